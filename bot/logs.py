"""Structured logs: one JSON object per line, with anything shaped like a Slack token redacted.

Secrets come only from the environment and are never logged; the redaction is a second
line of defence for tokens that could reach a message through an exception or a payload.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import TextIO

_TOKEN = re.compile(r"\b(?:xox[abposr]|xapp|xoxe(?:\.xox[bp])?)-[A-Za-z0-9-]+")


def redact(text: str) -> str:
    """Mask Slack tokens.

    >>> redact("auth failed for xoxb-123-456-abc")
    'auth failed for [redacted]'
    """
    return _TOKEN.sub("[redacted]", text)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        if record.exc_info:
            entry["error"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: int = logging.INFO, stream: TextIO = sys.stderr) -> None:
    """JSON lines on ``stream`` for every logger (Bolt's and slack_sdk's included)."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(max(level, logging.WARNING))  # not a line per start about the schema
