"""`python -m magazine_index` runs the command line."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while Python is still loading the tool
    sys.exit(130)

main()
