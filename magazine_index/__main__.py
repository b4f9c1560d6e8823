"""`python -m magazine_index` runs the command line."""

from .startup import main

main()
