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
