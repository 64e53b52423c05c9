"""Worth a Look: what an interview or an event is worth beyond the obvious."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask_cors import CORS
from flask_smorest import Api
from werkzeug.exceptions import HTTPException, InternalServerError

from api import config, errors
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
    logging.basicConfig(level=app.config["LOG_LEVEL"])
    app.extensions["wal_cache"] = make_cache(app.config)
    app.extensions["wal_boards"] = make_boards(
        app.config, getattr(app.extensions["wal_cache"], "client", None))

    cors.init_app(app, resources={r"/v1/*": {"origins": app.config["CORS_ORIGINS"]}})
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
