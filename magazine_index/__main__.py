"""`python -m magazine_index` runs the command line, as the console script does."""

from .entry import main

main()
