"""dateline: raw news reports in, auditable events out."""

__version__ = "0.1.0"
