"""Estimates of what a job or an event is worth beyond the obvious."""

from __future__ import annotations

import functools

import marshmallow as ma
from flask import current_app, g, jsonify
from flask import request as http_request
from flask_smorest import Blueprint, abort
from marshmallow import validate

from api.estimating import cached_entries, estimate_items
from api.resources.dumping import dumper
from api.resources.schemas import InputSchema, OpportunitySchema, PageSchema, ProfileSchema

blp = Blueprint(
    "estimates", __name__, url_prefix="/v1/estimates",
    description="Estimates of the non-obvious value of a job or an event.",
)

LENS_IDS = (
    "second_look", "other_openings", "offer_upside", "practice",
    "new_questions", "network_reach", "learning",
)


class ItemSchema(InputSchema):
    page = ma.fields.Nested(PageSchema, metadata={"description": "A page to read"})
    opportunity = ma.fields.Nested(
        OpportunitySchema, metadata={"description": "An opportunity already read"}
    )

    @ma.validates_schema
    def page_or_opportunity(self, data, **kwargs):
        if ("page" in data) == ("opportunity" in data):
            raise ma.ValidationError("Send exactly one of page or opportunity.", "_schema")


class EstimateRequestSchema(ItemSchema):
    profile = ma.fields.Nested(
        ProfileSchema, allow_none=True,
        metadata={"description": "What the person wants; optional, never stored"},
    )


class BatchRequestSchema(InputSchema):
    items = ma.fields.List(
        ma.fields.Dict(),
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
    model_version = ma.fields.String()
    cache = ma.fields.String(validate=validate.OneOf(("hit", "miss", "off")))
    board = ma.fields.Nested(
        BoardSchema,
        metadata={"description": "The employer's public job board, when the posting sits on "
                  "or links to one and BOARDS_FETCH is on"},
    )


class BatchResultSchema(ma.Schema):
    results = ma.fields.List(
        ma.fields.Dict(),
        metadata={"description": "In the order of the items: an Estimate, or {error: {...}}"},
    )


item_schema = ItemSchema()
profile_schema = ProfileSchema()
estimate_response = dumper(EstimateSchema())


def answer_from_cache(view):
    """Answer a request whose page or opportunity is cached before the schemas run.

    The entry was made from the same item as sent, which was valid then, so only the
    profile is validated (it is never cached). Anything unusual (not a JSON object, an
    invalid profile, a miss) goes on to ``view``, which validates the whole request and
    answers errors as usual; a miss passes its lookup along in ``g``.
    """

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        body = http_request.get_json(silent=True)
        if not isinstance(body, dict) or ("page" in body) == ("opportunity" in body):
            return view(*args, **kwargs)
        if not isinstance(body.get("page", body.get("opportunity")), dict):
            return view(*args, **kwargs)
        try:
            profile = body.get("profile")
            profile = profile_schema.load(profile) if profile is not None else None
        except ma.ValidationError:
            return view(*args, **kwargs)
        context = _context()
        found = cached_entries([body], context["cache"], context["prefix"])
        if found[1][0] is None:
            g.wal_found = found
            return view(*args, **kwargs)
        (result,) = estimate_items([body], profile, found=found, **context)
        return jsonify(estimate_response(result))

    return wrapper


@blp.route("", methods=["POST"])
@answer_from_cache
@blp.arguments(EstimateRequestSchema)
@blp.response(200, EstimateSchema)
@blp.alt_response(422, description="Invalid request, or no job or event on the page")
@blp.alt_response(413, description="Request too large")
def estimate(request):
    """Estimate one job or event page, or one opportunity."""
    profile = request.pop("profile", None)
    (result,) = estimate_items([request], profile, found=g.pop("wal_found", None), **_context())
    if "error" in result:
        abort(422, message=result["error"]["message"])
    return result


@blp.route("/batch", methods=["POST"])
@blp.arguments(BatchRequestSchema)
@blp.response(200, BatchResultSchema)
@blp.alt_response(422, description="Invalid request, or too many items")
def estimate_batch(request):
    """Estimate many jobs or events at once, in order; one bad item fails alone."""
    limit = current_app.config["BATCH_MAX_ITEMS"]
    items = request["items"]
    if len(items) > limit:
        abort(422, message=f"A batch takes at most {limit} items; this one has {len(items)}. "
              "Split it into several requests.")
    context = _context()
    found = cached_entries(items, context["cache"], context["prefix"])
    valid, problems = [], []
    for item, entry in zip(items, found[1], strict=True):
        try:
            # A cached item needs no validation: its entry was made from the same valid item.
            valid.append(item if entry is not None else item_schema.load(item))
            problems.append(None)
        except ma.ValidationError as exc:
            valid.append(None)
            problems.append(exc.messages)
    estimates = estimate_items(valid, request.get("profile"), found=found, **context)
    results = [
        estimate if problem is None
        else {"error": {"status": 422, "message": "This item is not valid; see details.",
                        "details": problem}}
        for estimate, problem in zip(estimates, problems, strict=True)
    ]
    return {"results": results}


def _context():
    return {"cache": current_app.extensions["wal_cache"],
            "prefix": current_app.config["CACHE_PREFIX"],
            "boards": current_app.extensions.get("wal_boards")}
