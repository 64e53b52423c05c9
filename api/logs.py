"""JSON logs: one line per request with a request id, echoed as the X-Request-ID header.

A request line says what was asked and how it went (method, path, endpoint, status,
duration), never the body, the profile, the query string or any header (API keys travel
in one). Every other line logged during a request carries the same request id.
"""

from __future__ import annotations

import logging
import re
import sys
import time
import uuid

from flask import Flask, g, has_request_context, request
from pythonjsonlogger.json import JsonFormatter

HEADER = "X-Request-ID"
# An id given by a proxy or a client is kept if it is short and plain; otherwise a new one.
_GIVEN_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"

log = logging.getLogger("api.requests")


class RequestIdFilter(logging.Filter):
    """Stamp each record logged during a request with that request's id."""

    def filter(self, record: logging.LogRecord) -> bool:
        if has_request_context() and "wal_request_id" in g:
            record.request_id = g.wal_request_id
        return True


def json_handler(stream=None) -> logging.Handler:
    """A handler that writes JSON lines (also used by gunicorn.conf.py for its own logs)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter(FORMAT, rename_fields={"levelname": "level",
                                                              "asctime": "time"}))
    handler.addFilter(RequestIdFilter())
    return handler


def configure(level: str) -> None:
    """Send the root logger's lines to stderr as JSON, once per process.

    Under gunicorn, gunicorn.conf.py has already given the root logger a JSON handler:
    that one is kept (with the request id added), so no line is written twice.
    """
    root = logging.getLogger()
    ours = [handler for handler in root.handlers if isinstance(handler.formatter, JsonFormatter)]
    if not ours:
        root.addHandler(json_handler())
    for handler in ours:
        if not any(isinstance(f, RequestIdFilter) for f in handler.filters):
            handler.addFilter(RequestIdFilter())
    root.setLevel(level)


def init_app(app: Flask) -> None:
    configure(app.config["LOG_LEVEL"])

    @app.before_request
    def start():
        given = request.headers.get(HEADER, "")
        g.wal_request_id = given if _GIVEN_ID.fullmatch(given) else uuid.uuid4().hex
        g.wal_started = time.perf_counter()

    @app.after_request
    def finish(response):
        request_id = g.get("wal_request_id") or uuid.uuid4().hex
        response.headers[HEADER] = request_id
        started = g.get("wal_started")
        log.info("request", extra={
            "request_id": request_id,
            "method": request.method,
            "path": request.path,
            "endpoint": request.endpoint,
            "status": response.status_code,
            "duration_ms": round((time.perf_counter() - started) * 1000, 2) if started else None,
            "client": request.remote_addr,
        })
        return response
