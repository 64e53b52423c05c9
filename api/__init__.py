"""Worth a Look: what an interview or an event is worth beyond the obvious."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask_cors import CORS
from flask_smorest import Api
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.middleware.proxy_fix import ProxyFix

from api import config, errors, keys, logs, metrics, rate_limits
from api.boards import make_boards
from api.cache import make_cache

log = logging.getLogger(__name__)


class ServiceApi(Api):
    """flask-smorest's Api with the service's one error format."""

    ERROR_SCHEMA = errors.ErrorSchema

    def handle_http_exception(self, error):
        return errors.from_http_exception(error)


cors = CORS()


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then the environment, then ``overrides``."""
    app = Flask(__name__)
    app.config.update(config.load(overrides))
    app.config.update(
        API_TITLE="Worth a Look",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
    )
    app.json.sort_keys = False  # keep the documented order: verdict and score first
    if app.config["TRUSTED_PROXIES"]:
        # Only the proxies we run may say who the client is; a client's own header is ignored.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=app.config["TRUSTED_PROXIES"])
    logs.init_app(app)  # first: the request id and the clock start before anything can refuse
    service_metrics = metrics.init_app(app)
    app.extensions["wal_cache"] = make_cache(app.config, on_error=service_metrics.redis_errors.inc)
    rate_limits.init_app(app)
    keys.init_app(app)  # after the limiter, so that wrong keys count against the sender
    app.extensions["wal_boards"] = make_boards(
        app.config, getattr(app.extensions["wal_cache"], "client", None))

    cors.init_app(app, resources={r"/v1/*": {
        "origins": extension_origins(app.config["EXTENSION_IDS"]),
        "expose_headers": [logs.HEADER, "Retry-After"],
        "allow_headers": ["Content-Type", keys.HEADER, logs.HEADER],
        "max_age": 600,
    }})
    service_api = ServiceApi(app, spec_kwargs={"info": {"description": __doc__}})

    from api import docs
    from api.resources import estimates, extract, health

    for blueprint in (estimates.blp, extract.blp, health.blp):
        service_api.register_blueprint(blueprint)
    app.register_blueprint(docs.blp)

    @app.errorhandler(Exception)
    def unexpected(error):  # the last net: never an HTML page or a stack trace to a client
        if isinstance(error, HTTPException):
            return errors.from_http_exception(error)
        if isinstance(error, RecursionError):  # JSON nested past what the parser takes
            return errors.error_body(400, "The request is nested too deeply to read. Send the "
                                     "page's JSON-LD blocks as they are, not wrapped."), 400
        log.exception("unexpected error on a request")
        return errors.from_http_exception(InternalServerError())

    return app


def extension_origins(extension_ids: list[str]) -> list[str]:
    """The browser origins of the configured extensions (exact strings, never patterns).

    Chrome's origin is its extension ID; Firefox gives each install a random UUID of its own.
    An extension calling with a host permission for the API needs no CORS at all.
    """
    return [f"{scheme}://{extension_id}" for extension_id in extension_ids
            for scheme in ("chrome-extension", "moz-extension")]
