"""The one error the read package raises."""


class ReadError(Exception):
    """A file that cannot be read as a report; the message names the file and the problem."""
