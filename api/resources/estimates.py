"""Estimates of what a job or an event is worth beyond the obvious."""

from __future__ import annotations

import marshmallow as ma
from flask import current_app
from flask_smorest import Blueprint, abort
from marshmallow import validate

from api.errors import ErrorDetailSchema, plainly
from api.estimating import estimate_items
from api.resources import body
from api.resources.body import BodySchema, require_json_body
from api.resources.schemas import OpportunitySchema, PageSchema, ProfileSchema

blp = Blueprint(
    "estimates", __name__, url_prefix="/v1/estimates",
    description="Estimates of the non-obvious value of a job or an event.",
)
blp.before_request(require_json_body)

LENS_IDS = (
    "second_look", "other_openings", "offer_upside", "practice",
    "new_questions", "network_reach", "learning",
)


class ItemSchema(BodySchema):
    EXAMPLE = '{"page": {"url": ..., "html": ...}} or {"opportunity": {...}}'

    page = ma.fields.Nested(PageSchema, metadata={"description": "A page to read"})
    opportunity = ma.fields.Nested(
        OpportunitySchema, metadata={"description": "An opportunity already read"}
    )

    @ma.validates_schema
    def page_or_opportunity(self, data, **kwargs):
        if ("page" in data) == ("opportunity" in data):
            raise ma.ValidationError("Send exactly one of page or opportunity.", "_schema")


class EstimateRequestSchema(ItemSchema):
    EXAMPLE = '{"page": {"url": ..., "html": ...}, "profile": {...}}'

    profile = ma.fields.Nested(
        ProfileSchema, allow_none=True,
        metadata={"description": "What the person wants; optional, never stored"},
    )


class BatchRequestSchema(BodySchema):
    EXAMPLE = '{"items": [{"page": {...}}, {"opportunity": {...}}], "profile": {...}}'

    items = ma.fields.List(
        ma.fields.Raw(allow_none=True),
        required=True,
        metadata={"description": "Items shaped like ItemSchema: {page} or {opportunity}. "
                  "Each is checked alone, so one bad item does not fail the others."},
    )
    profile = ma.fields.Nested(ProfileSchema, allow_none=True)


class ReasonSchema(ma.Schema):
    text = ma.fields.String()
    evidence = ma.fields.String(metadata={"description": "Words of the page, or a field name"})


class LensSchema(ma.Schema):
    id = ma.fields.String(validate=validate.OneOf(LENS_IDS))
    label = ma.fields.String()
    score = ma.fields.Float(metadata={"description": "0 to 1"})
    reasons = ma.fields.List(ma.fields.Nested(ReasonSchema))


class CostSchema(ma.Schema):
    id = ma.fields.String()
    label = ma.fields.String()
    text = ma.fields.String()
    evidence = ma.fields.String()
    weight = ma.fields.Float()


class QuantitySchema(ma.Schema):
    value = ma.fields.Integer(metadata={"description": "The count"})
    range = ma.fields.List(ma.fields.Integer(), metadata={"description": "Low and high, when "
                           "the count is an estimate"})
    evidence = ma.fields.String(metadata={"description": "Words of the page it rests on"})


class OpeningSchema(ma.Schema):
    title = ma.fields.String()
    url = ma.fields.String(allow_none=True)
    location = ma.fields.String(allow_none=True, metadata={"description": "As the board says"})
    remote = ma.fields.Boolean(allow_none=True)


class BoardSchema(ma.Schema):
    provider = ma.fields.String(metadata={"description": "greenhouse, lever, ashby, ..."})
    site = ma.fields.String()
    url = ma.fields.String(metadata={"description": "The employer's public job board"})
    status = ma.fields.String(
        validate=validate.OneOf(("ready", "pending")),
        metadata={"description": "pending: being looked up; ask again in a few seconds"},
    )
    count = ma.fields.Integer(allow_none=True, metadata={"description": "Open roles on it"})
    nearest = ma.fields.List(
        ma.fields.Nested(OpeningSchema),
        metadata={"description": "Its roles nearest to the profile's targets (never stored)"},
    )


class EstimateSchema(ma.Schema):
    kind = ma.fields.String(validate=validate.OneOf(("job", "event")))
    verdict = ma.fields.String(validate=validate.OneOf(("worth_a_look", "maybe", "skip", "ended")))
    score = ma.fields.Integer(metadata={"description": "0 to 100"})
    fit = ma.fields.Integer(metadata={"description": "0 to 100: the obvious value, beside"})
    lenses = ma.fields.List(ma.fields.Nested(LensSchema), metadata={"description": "Highest first"})
    costs = ma.fields.List(ma.fields.Nested(CostSchema))
    plan = ma.fields.List(ma.fields.String())
    notes = ma.fields.List(ma.fields.String())
    opportunity = ma.fields.Nested(OpportunitySchema)
    quantities = ma.fields.Dict(
        keys=ma.fields.String(), values=ma.fields.Nested(QuantitySchema),
        metadata={"description": "Counts read from the page (open_roles, employers, attendees, "
                  "...) and, for an event, the conversations it is likely to give"},
    )
    model_version = ma.fields.String()
    cache = ma.fields.String(validate=validate.OneOf(("hit", "miss", "off")))
    board = ma.fields.Nested(
        BoardSchema,
        metadata={"description": "The employer's public job board, when the posting sits on "
                  "or links to one and BOARDS_FETCH is on"},
    )


class BatchItemResultSchema(EstimateSchema):
    """An Estimate (the same shape as POST /v1/estimates answers), or only an error."""

    error = ma.fields.Nested(ErrorDetailSchema, metadata={
        "description": "Why this item has no estimate; the other fields are then absent"})


class BatchResultSchema(ma.Schema):
    results = ma.fields.List(
        ma.fields.Nested(BatchItemResultSchema),
        metadata={"description": "In the order of the items: an Estimate, or {error: {...}}"},
    )


item_schema = ItemSchema()


@blp.route("", methods=["POST"])
@blp.arguments(EstimateRequestSchema)
@blp.response(200, EstimateSchema)
@blp.alt_response(422, description="Invalid request, or no job or event on the page")
@body.common_errors(blp)
def estimate(request):
    """Estimate one job or event page, or one opportunity."""
    profile = request.pop("profile", None)
    (result,) = _estimate([request], profile)
    if "error" in result:
        abort(422, message=result["error"]["message"])
    return result


@blp.route("/batch", methods=["POST"])
@blp.arguments(BatchRequestSchema)
@blp.response(200, BatchResultSchema)
@blp.alt_response(422, description="Invalid request, or too many items")
@body.common_errors(blp)
def estimate_batch(request):
    """Estimate many jobs or events at once, in order; one bad item fails alone."""
    limit = current_app.config["BATCH_MAX_ITEMS"]
    items = request["items"]
    if len(items) > limit:
        abort(422, message=f"A batch takes at most {limit} items; this one has {len(items)}. "
              "Split it into several requests.")
    current_app.extensions["wal_metrics"].batch_items.observe(len(items))
    valid, problems = [], []
    for item in items:
        try:
            valid.append(item_schema.load(item))
            problems.append(None)
        except ma.ValidationError as exc:
            problems.append(exc.messages)
    estimates = iter(_estimate(valid, request.get("profile")))
    results = [
        next(estimates) if problem is None
        else {"error": {"status": 422, "details": problem,
                        "message": plainly(problem, "This item is not valid; see details.")}}
        for problem in problems
    ]
    return {"results": results}


def _estimate(items, profile):
    results = estimate_items(items, profile, cache=current_app.extensions["wal_cache"],
                             prefix=current_app.config["CACHE_PREFIX"],
                             boards=current_app.extensions.get("wal_boards"))
    current_app.extensions["wal_metrics"].count_estimates(results)
    return results
