"""What every request body must be: a JSON object, sent as JSON.

The checks a person trying the API with curl meets first: a body sent without
``Content-Type: application/json`` (curl -d sends form encoding), an empty body, or JSON
that is not an object. Each gets an answer that says what to send instead.
"""

from __future__ import annotations

import marshmallow as ma
from flask import request
from flask_smorest import abort

from api.resources.schemas import InputSchema


def require_json_body() -> None:
    """Refuse a POST whose body is empty (400) or not declared as JSON (415)."""
    if request.method != "POST":
        return
    if not request.content_length and not request.get_data(cache=True):
        abort(400, message="The request body is empty. Send a JSON object with "
              "Content-Type: application/json; see /docs for its shape.")
    if not request.is_json:
        sent = request.mimetype or "no Content-Type"
        abort(415, message=f"The body was sent as {sent}. Send it as JSON with the header "
              "Content-Type: application/json (with curl: -H 'Content-Type: application/json').")


class BodySchema(InputSchema):
    """A request body: a JSON object. ``EXAMPLE`` shows its shape in the error for anything else."""

    EXAMPLE = "{...}"

    @ma.pre_load(pass_collection=True)
    def an_object(self, data, **kwargs):
        if not isinstance(data, dict):
            got = "an array" if isinstance(data, list) else f"a {type(data).__name__}"
            raise ma.ValidationError(
                f"Expected a JSON object such as {self.EXAMPLE}; got {got}.", "_schema")
        return data


# The answers any POST may get besides its own: documented once, for every endpoint.
COMMON_ERRORS = {
    400: "The body is empty or not valid JSON",
    401: "API_KEYS is set and no valid X-API-Key was sent",
    413: "The body is larger than MAX_CONTENT_LENGTH",
    415: "The body was not sent with Content-Type: application/json",
    429: "Past RATE_LIMIT for this client; Retry-After says when to try again",
}


def common_errors(blp):
    """Decorate a view with the error answers every POST may get."""
    def decorate(view):
        for status, description in COMMON_ERRORS.items():
            view = blp.alt_response(status, description=description)(view)
        return view
    return decorate
