"""Serve: the HTTP API and the event page over a stored database (``dateline serve``)."""

from __future__ import annotations

from dateline.serve.api import create_app

__all__ = ["create_app"]
