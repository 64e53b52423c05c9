"""Reading pages into opportunities."""

from __future__ import annotations

import marshmallow as ma
from flask_smorest import Blueprint, abort
from marshmallow import validate

from api.core.extraction import PageError, read_page
from api.resources import body
from api.resources.body import BodySchema, require_json_body
from api.resources.schemas import OpportunitySchema, PageSchema

blp = Blueprint(
    "extract", __name__, url_prefix="/v1/extract",
    description="What a page holds: its kind and the jobs or events on it.",
)
blp.before_request(require_json_body)


class ExtractRequestSchema(BodySchema):
    EXAMPLE = '{"page": {"url": ..., "html": ...}}'

    page = ma.fields.Nested(PageSchema, required=True)


class ExtractResponseSchema(ma.Schema):
    page_kind = ma.fields.String(validate=validate.OneOf(("job", "event", "list", "other")))
    opportunities = ma.fields.List(ma.fields.Nested(OpportunitySchema))


@blp.route("", methods=["POST"])
@blp.arguments(ExtractRequestSchema)
@blp.response(200, ExtractResponseSchema)
@blp.alt_response(422, description="Invalid request, or a page that cannot be read")
@body.common_errors(blp)
def extract(request):
    """Read a page: its kind and the opportunities on it."""
    try:
        return read_page(request["page"])
    except PageError as exc:
        abort(422, message=str(exc))
