"""Estimates of what a job or an event is worth beyond the obvious."""

from __future__ import annotations

import functools

import marshmallow as ma
from flask import current_app, g
from flask import request as http_request
from flask_smorest import Blueprint, abort
from marshmallow import validate

from api.errors import ErrorDetailSchema, plainly
from api.estimating import cached_entries, estimate_items
from api.resources import body
from api.resources.body import BodySchema, require_json_body
from api.resources.dumping import dumper, json_response
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


class FindingSchema(ma.Schema):
    id = ma.fields.String(metadata={"description": "remote_scope, residency, language, "
                                    "authorization, sponsorship, seniority, years, degree, ..."})
    status = ma.fields.String(validate=validate.OneOf(("blocks", "stretch", "unknown",
                                                       "contradiction")))
    text = ma.fields.String()
    evidence = ma.fields.String(metadata={"description": "The page's words, or that it is silent"})
    ask = ma.fields.String(metadata={"description": "What to ask, when it is unknown"})


class EligibilitySchema(ma.Schema):
    status = ma.fields.String(validate=validate.OneOf(("eligible", "uncertain", "ineligible")))
    findings = ma.fields.List(ma.fields.Nested(FindingSchema),
                              metadata={"description": "Worst first"})


class EstimateSchema(ma.Schema):
    kind = ma.fields.String(validate=validate.OneOf(("job", "event")))
    verdict = ma.fields.String(validate=validate.OneOf(("worth_a_look", "maybe", "skip", "ended")))
    score = ma.fields.Integer(metadata={"description": "0 to 100"})
    fit = ma.fields.Integer(metadata={"description": "0 to 100: the obvious value, beside"})
    reasons = ma.fields.List(
        ma.fields.Nested(ReasonSchema),
        metadata={"description": "What decides the verdict, the deciding reason first (for a "
                  "Skip because the person cannot be considered: why, in the page's words)"},
    )
    eligibility = ma.fields.Nested(
        EligibilitySchema,
        metadata={"description": "Whether the person can realistically be considered or attend"},
    )
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
profile_schema = ProfileSchema()
estimate_response = dumper(EstimateSchema())
batch_response = dumper(BatchResultSchema())


def answer_from_cache(view):
    """Answer a request whose page or opportunity is cached before the schemas run.

    The entry was made from the same item as sent, which was valid then, so only the
    profile is validated (it is never cached). Anything unusual (not a JSON object, an
    invalid profile, a miss) goes on to ``view``, which validates the whole request and
    answers errors as usual; a miss passes its lookup along in ``g``.
    """

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        sent = http_request.get_json(silent=True)
        if not isinstance(sent, dict) or ("page" in sent) == ("opportunity" in sent):
            return view(*args, **kwargs)
        if not isinstance(sent.get("page", sent.get("opportunity")), dict):
            return view(*args, **kwargs)
        try:
            profile = sent.get("profile")
            profile = profile_schema.load(profile) if profile is not None else None
        except ma.ValidationError:
            return view(*args, **kwargs)
        found = cached_entries([sent], current_app.extensions["wal_cache"],
                               current_app.config["CACHE_PREFIX"])
        if found[1][0] is None:
            g.wal_found = found
            return view(*args, **kwargs)
        (result,) = _estimate([sent], profile, found)
        return json_response(estimate_response(result))

    return wrapper


@blp.route("", methods=["POST"])
@answer_from_cache
@blp.arguments(EstimateRequestSchema)
@blp.response(200, EstimateSchema)
@blp.alt_response(422, description="Invalid request, or no job or event on the page")
@body.common_errors(blp)
def estimate(request):
    """Estimate one job or event page, or one opportunity."""
    profile = request.pop("profile", None)
    (result,) = _estimate([request], profile, g.pop("wal_found", None))
    if "error" in result:
        abort(422, message=result["error"]["message"])
    return json_response(estimate_response(result))  # what EstimateSchema's dump gives, faster


def batch_before_schemas(view):
    """Answer a well-formed batch without its request schema.

    ``BatchRequestSchema`` holds a list of anything (each item is checked alone, below) and
    an optional profile: for a JSON object whose ``items`` is a list within the limit and
    whose profile is valid or absent, it gives back the same items and profile, so the batch
    is answered from them directly (webargs' parse of a batch of 25 cards cost about as much
    as a card's estimate). Anything else goes to ``view``, which answers errors as usual.
    """

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        sent = http_request.get_json(silent=True)
        if not isinstance(sent, dict) or type(sent.get("items")) is not list \
                or len(sent["items"]) > current_app.config["BATCH_MAX_ITEMS"]:
            return view(*args, **kwargs)
        try:
            profile = sent.get("profile")
            profile = profile_schema.load(profile) if profile is not None else None
        except ma.ValidationError:
            return view(*args, **kwargs)
        return _batch(list(sent["items"]), profile)

    return wrapper


@blp.route("/batch", methods=["POST"])
@batch_before_schemas
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
    return _batch(items, request.get("profile"))


def _batch(items, profile):
    current_app.extensions["wal_metrics"].batch_items.observe(len(items))
    found = cached_entries(items, current_app.extensions["wal_cache"],
                           current_app.config["CACHE_PREFIX"])
    valid, problems = [], []
    for item, entry in zip(items, found[1], strict=True):
        try:
            # A cached item needs no validation: its entry was made from the same valid item.
            valid.append(item if entry is not None else item_schema.load(item))
            problems.append(None)
        except ma.ValidationError as exc:
            valid.append(None)
            problems.append(exc.messages)
    estimates = _estimate(valid, profile, found)
    results = [
        estimate if problem is None
        else {"error": {"status": 422, "details": problem,
                        "message": plainly(problem, "This item is not valid; see details.")}}
        for estimate, problem in zip(estimates, problems, strict=True)
    ]
    # What BatchResultSchema's dump gives, in a sixth of the time (25 cards: 0.5 ms, not 3).
    return json_response(batch_response({"results": results}))


def _estimate(items, profile, found=None):
    results = estimate_items(items, profile, cache=current_app.extensions["wal_cache"],
                             prefix=current_app.config["CACHE_PREFIX"],
                             boards=current_app.extensions.get("wal_boards"), found=found)
    current_app.extensions["wal_metrics"].count_estimates([r for r in results if r])
    return results
