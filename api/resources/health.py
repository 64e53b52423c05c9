"""Whether the service and its cache are well."""

from __future__ import annotations

import marshmallow as ma
from flask import current_app
from flask_smorest import Blueprint

from api.core.model import MODEL_VERSION

blp = Blueprint("health", __name__, url_prefix="/v1/health",
                description="Whether the service and its cache are well.")


class CacheHealthSchema(ma.Schema):
    backend = ma.fields.String(metadata={"description": "redis or memory"})
    ok = ma.fields.Boolean()


class HealthSchema(ma.Schema):
    status = ma.fields.String(metadata={"description": "ok, or degraded when the cache is down"})
    cache = ma.fields.Nested(CacheHealthSchema)
    model_version = ma.fields.String()


@blp.route("")
@blp.response(200, HealthSchema)
def health():
    """Report the service's health and the cache's."""
    cache = current_app.extensions["wal_cache"]
    ok = cache.ping()
    return {"status": "ok" if ok else "degraded",
            "cache": {"backend": cache.backend, "ok": ok},
            "model_version": MODEL_VERSION}
