"""The `tipwh` command line."""

from etl.cli.app import app, main

__all__ = ["app", "main"]
