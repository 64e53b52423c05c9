"""The one error extraction raises: the page cannot be read at all."""


class PageError(ValueError):
    """A page that cannot be read; the message says why, for a person."""
