"""Input and output pieces shared by the resources: page, profile, opportunity."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import validate

SENIORITIES = ("intern", "entry", "mid", "senior", "lead", "executive")
DEGREES = ("secondary", "associate", "bachelor", "master", "doctorate")
GOALS = ("practice", "explore", "network", "learn", "land")
PERIODS = ("HOUR", "DAY", "WEEK", "MONTH", "YEAR")


class InputSchema(ma.Schema):
    """Scraped input is messy: unknown fields are dropped, not refused."""

    class Meta:
        unknown = ma.EXCLUDE


class PageSchema(InputSchema):
    url = ma.fields.String(
        required=True, validate=validate.Length(max=4096),
        metadata={"description": "The page's address"},
    )
    jsonld = ma.fields.List(
        ma.fields.Raw(),
        metadata={"description": "The page's JSON-LD blocks, as objects or as JSON text"},
    )
    html = ma.fields.String(metadata={"description": "HTML of the page or of its main block"})
    text = ma.fields.String(metadata={"description": "Visible text, when there is no HTML"})
    title = ma.fields.String(metadata={"description": "The document title"})
    meta = ma.fields.Dict(
        keys=ma.fields.String(), values=ma.fields.Raw(allow_none=True),
        metadata={"description": "Meta tags, name or property -> content"},
    )

    @ma.pre_load
    def one_jsonld_block(self, data, **kwargs):
        # A single JSON-LD object is as good as a list of one.
        if isinstance(data, dict) and isinstance(data.get("jsonld"), dict | str):
            data = {**data, "jsonld": [data["jsonld"]]}
        return data

    @ma.validates_schema
    def has_content(self, data, **kwargs):
        if not any(data.get(field) for field in ("jsonld", "html", "text", "title")):
            raise ma.ValidationError(
                "A page needs at least one of jsonld, html, text or title.", "_schema"
            )


class MoneySchema(InputSchema):
    amount = ma.fields.Float(required=True, validate=validate.Range(min=0))
    currency = ma.fields.String(load_default="USD", validate=validate.Length(equal=3))
    period = ma.fields.String(load_default="YEAR", validate=validate.OneOf(PERIODS))


class ContactsSchema(InputSchema):
    organization = ma.fields.String(required=True, validate=validate.Length(min=1, max=200))
    count = ma.fields.Integer(required=True, validate=validate.Range(min=1, max=100_000))
    positions = ma.fields.List(
        ma.fields.String(validate=validate.Length(max=200)), validate=validate.Length(max=50),
        metadata={"description": "Their job titles, no names"},
    )


class ProfileSchema(InputSchema):
    """What the person wants; it stays in this request and is never stored."""

    target_roles = ma.fields.List(ma.fields.String(validate=validate.Length(max=200)))
    skills = ma.fields.List(ma.fields.String(validate=validate.Length(max=200)))
    industries = ma.fields.List(ma.fields.String(validate=validate.Length(max=200)))
    seniority = ma.fields.String(validate=validate.OneOf(SENIORITIES), allow_none=True)
    location = ma.fields.String(validate=validate.Length(max=300), allow_none=True)
    remote_only = ma.fields.Boolean()
    min_salary = ma.fields.Nested(MoneySchema, allow_none=True)
    recent_interviews = ma.fields.Integer(validate=validate.Range(min=0, max=1000))
    goals = ma.fields.List(ma.fields.String(validate=validate.OneOf(GOALS)))
    avoid = ma.fields.List(ma.fields.String(validate=validate.Length(max=200)))
    languages = ma.fields.List(
        ma.fields.String(validate=validate.Length(max=50)),
        metadata={"description": "Languages the person works in: ISO 639-1 codes or names"},
    )
    work_authorization = ma.fields.List(
        ma.fields.String(validate=validate.Length(max=100)),
        metadata={"description": "Where the person may work without sponsorship: ISO 3166-1 "
                  "alpha-2 codes, country names or regions (EU)"},
    )
    willing_to_relocate = ma.fields.Boolean(allow_none=True)
    max_travel_km = ma.fields.Float(
        allow_none=True, validate=validate.Range(min=0, max=40_000),
        metadata={"description": "How far the person would go for an interview or an event"},
    )
    years_experience = ma.fields.Float(
        allow_none=True, validate=validate.Range(min=0, max=70),
        metadata={"description": "Years of work in the field; without it, the level's usual range"},
    )
    degree = ma.fields.String(
        allow_none=True, validate=validate.OneOf(DEGREES),
        metadata={"description": "The highest degree held (else read from skills such as "
                  "'associate degree in drafting'; unknown is never a reason to doubt)"},
    )
    contacts = ma.fields.List(
        ma.fields.Nested(ContactsSchema), validate=validate.Length(max=200),
        metadata={"description": "Aggregates of the person's own contacts at the organizations "
                  "on this page (counted in the browser; never names)"},
    )


class RemoteScopeSchema(InputSchema):
    anywhere = ma.fields.Boolean()
    countries = ma.fields.List(ma.fields.String(), metadata={"description": "ISO 3166-1 alpha-2"})
    regions = ma.fields.List(ma.fields.String(), metadata={"description": "EU, EMEA, US-CA, ..."})
    timezones = ma.fields.List(ma.fields.String(), metadata={"description": "As written"})
    evidence = ma.fields.String(allow_none=True)


class LocationSchema(InputSchema):
    text = ma.fields.String(allow_none=True)
    locality = ma.fields.String(allow_none=True, metadata={"description": "The city"})
    region = ma.fields.String(allow_none=True)
    country = ma.fields.String(allow_none=True, metadata={"description": "ISO 3166-1 alpha-2"})
    remote = ma.fields.Boolean()
    hybrid = ma.fields.Boolean()
    online = ma.fields.Boolean()
    remote_scope = ma.fields.Nested(
        RemoteScopeSchema, allow_none=True,
        metadata={"description": "For remote work: where applicants must live"},
    )
    evidence = ma.fields.String(allow_none=True, metadata={"description": "The page's words"})


class AmountRangeSchema(InputSchema):
    min = ma.fields.Float(allow_none=True)
    max = ma.fields.Float(allow_none=True)
    currency = ma.fields.String(allow_none=True)
    period = ma.fields.String(allow_none=True, validate=validate.OneOf(PERIODS))
    free = ma.fields.Boolean()


class CountsSchema(InputSchema):
    open_roles = ma.fields.Integer(allow_none=True, validate=validate.Range(min=0))
    employers = ma.fields.Integer(allow_none=True, validate=validate.Range(min=0))
    attendees = ma.fields.Integer(allow_none=True, validate=validate.Range(min=0))


class OpportunitySchema(InputSchema):
    """A job or an event, normalized (what /v1/extract returns)."""

    kind = ma.fields.String(required=True, validate=validate.OneOf(("job", "event")))
    title = ma.fields.String(required=True, validate=validate.Length(min=1, max=1000))
    organization = ma.fields.String(
        allow_none=True, metadata={"description": "The employer or organizer"}
    )
    via = ma.fields.String(
        allow_none=True, metadata={"description": "The job board, ticket site or platform"}
    )
    is_agency = ma.fields.Boolean()
    language = ma.fields.String(allow_none=True, metadata={"description": "ISO 639-1"})
    description = ma.fields.String()
    url = ma.fields.String(allow_none=True)
    location = ma.fields.Nested(LocationSchema, allow_none=True)
    date_posted = ma.fields.String(allow_none=True)
    valid_through = ma.fields.String(allow_none=True)
    start = ma.fields.String(allow_none=True)
    end = ma.fields.String(allow_none=True)
    other_dates = ma.fields.List(ma.fields.String(), metadata={"description": "A series' others"})
    pay = ma.fields.Nested(AmountRangeSchema, allow_none=True)
    price = ma.fields.Nested(AmountRangeSchema, allow_none=True)
    employment_type = ma.fields.List(ma.fields.String())
    event_type = ma.fields.String(allow_none=True)
    status = ma.fields.String(allow_none=True)
    attendance_mode = ma.fields.String(allow_none=True)
    capacity = ma.fields.Integer(allow_none=True, validate=validate.Range(min=0))
    counts = ma.fields.Nested(CountsSchema, allow_none=True)
    speakers = ma.fields.List(ma.fields.String())
    skills = ma.fields.List(ma.fields.String())
    sources = ma.fields.Dict(keys=ma.fields.String(), values=ma.fields.String())
    evidence = ma.fields.Dict(
        keys=ma.fields.String(), values=ma.fields.String(),
        metadata={"description": "Field -> the page's words it was read from"},
    )
