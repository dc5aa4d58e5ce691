"""`python -m etl` runs the tipwh command line."""

from etl.cli import main

main()
