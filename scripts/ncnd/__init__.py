"""ncnd: UK police FOI responses and ICO decisions about surveillance technology, as SQLite."""

__version__ = "0.1.0"
