"""One error format for every error the API answers: {"error": {status, message, details}}."""

from __future__ import annotations

import marshmallow as ma
from werkzeug.exceptions import HTTPException

# Messages a person can act on, for statuses whose default text says little.
ADVICE = {
    400: "The request body is not valid JSON. Send a JSON object with Content-Type: "
    "application/json.",
    404: "No such endpoint. See /docs for the API.",
    405: "This endpoint does not take that method. See /docs for the API.",
    413: "The request is too large. Send less HTML (the main block of the page is enough) "
    "or raise MAX_CONTENT_LENGTH.",
    415: "Send the request body as JSON with Content-Type: application/json.",
    422: "The request does not have the expected shape; see details and /docs.",
    500: "Something went wrong on our side. Try again; if it keeps happening, report it.",
}


class ErrorDetailSchema(ma.Schema):
    status = ma.fields.Integer(metadata={"description": "HTTP status code"})
    message = ma.fields.String(metadata={"description": "What went wrong and what to do"})
    details = ma.fields.Dict(
        metadata={"description": "Per-field messages for validation errors"}
    )


class ErrorSchema(ma.Schema):
    error = ma.fields.Nested(ErrorDetailSchema)


def error_body(status: int, message: str, details: dict | None = None) -> dict:
    """Return the error payload the API answers with."""
    body = {"status": status, "message": message}
    if details:
        body["details"] = details
    return {"error": body}


def plainly(details: dict, message: str) -> str:
    """When the only problem is with the body as a whole (``_schema``), its text says it best."""
    if set(details) == {"_schema"}:
        return " ".join(map(str, details["_schema"]))
    return message


def from_http_exception(error: HTTPException) -> tuple[dict, int, dict]:
    """Turn any HTTPException (webargs validation included) into the one format."""
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    details = data.get("errors") or data.get("messages")
    message = data.get("message")
    if not message:
        # Our advice replaces werkzeug's stock wording, and any 5xx description (never leak).
        stock = not error.description or error.description == type(error).description
        if status in ADVICE and (stock or status >= 500):
            message = ADVICE[status]
        else:
            message = error.description or error.name
    # webargs nests by location ("json"); the body is the only location we read.
    if isinstance(details, dict) and set(details) == {"json"}:
        details = details["json"]
    if not isinstance(details, dict):
        details = None  # e.g. webargs' ["Invalid JSON body."]: the message says it already
    elif not data.get("message"):
        message = plainly(details, message)
    headers = dict(data.get("headers") or {})
    headers.update({k: v for k, v in error.get_headers() if k.lower() == "allow"})
    return error_body(status, message, details), status, headers
