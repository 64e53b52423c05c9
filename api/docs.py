"""Swagger UI served from the installed swagger-ui-bundle package: no CDN, works offline."""

from __future__ import annotations

from flask import Blueprint, Response, send_from_directory
from swagger_ui_bundle import swagger_ui_path

blp = Blueprint("docs", __name__)

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Worth a Look API</title>
<link rel="stylesheet" href="/docs/static/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/static/swagger-ui-bundle.js"></script>
<script src="/docs/static/start.js"></script></body></html>
"""

# Kept out of the page so that a strict CSP (no inline script) still allows it.
START = "window.ui = SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui'});\n"


@blp.get("/docs")
def docs_page():
    return Response(PAGE, mimetype="text/html")


@blp.get("/docs/static/start.js")
def docs_start():
    return Response(START, mimetype="text/javascript")


@blp.get("/docs/static/<path:filename>")
def docs_static(filename):
    return send_from_directory(swagger_ui_path, filename)
