"""Local servers for the extension's tests: static files over HTTP, sites over HTTPS, the API."""

from __future__ import annotations

import io
import json
import mimetypes
import ssl
import subprocess
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from werkzeug.serving import make_server

# Real pages run none of their own scripts in unit tests: only same-origin modules may load.
PAGE_CSP = "script-src 'self'; object-src 'none'"


class _Server:
    def __init__(self, httpd):
        self.httpd = httpd
        self.port = httpd.server_address[1]
        self.thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class StaticServer(_Server):
    """Serves folders under URL prefixes: {'/src/': Path, '/real/': Path, ...}."""

    def __init__(self, mounts: dict[str, Path]):
        mounts = {prefix: Path(folder).resolve() for prefix, folder in mounts.items()}

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                path = urlsplit(self.path).path
                for prefix, folder in mounts.items():
                    if path.startswith(prefix):
                        target = (folder / path[len(prefix) :]).resolve()
                        if target.is_file() and target.is_relative_to(folder):
                            return self._send(target)
                self.send_error(404)

            def _send(self, target: Path):
                body = target.read_bytes()
                kind = (
                    "text/javascript"
                    if target.suffix in (".js", ".mjs")
                    else (mimetypes.guess_type(target.name)[0] or "application/octet-stream")
                )
                if kind == "text/html":
                    kind += "; charset=utf-8"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                if target.suffix in (".html", ".htm"):
                    self.send_header("Content-Security-Policy", PAGE_CSP)
                self.end_headers()
                self.wfile.write(body)

        super().__init__(ThreadingHTTPServer(("127.0.0.1", 0), Handler))
        self.url = f"http://127.0.0.1:{self.port}"


def self_signed_cert(folder: Path) -> tuple[Path, Path]:
    """A throwaway certificate for the HTTPS test sites (the browser ignores its errors)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=worth-a-look-test",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


class SiteServer(_Server):
    """HTTPS pages by host and path, for sites mapped here with --host-resolver-rules."""

    def __init__(self, cert: Path, key: Path):
        self.pages: dict[tuple[str, str], str | Callable[[], str]] = {}
        self.headers: dict[tuple[str, str], dict[str, str]] = {}
        pages, extra_headers = self.pages, self.headers

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                host = (self.headers.get("Host") or "").split(":")[0]
                key = (
                    (host, self.path)
                    if (host, self.path) in pages
                    else (host, urlsplit(self.path).path)
                )
                page = pages.get(key)
                if page is None:
                    self.send_error(404)
                    return
                body = (page() if callable(page) else page).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                for name, value in extra_headers.get(key, {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        super().__init__(httpd)

    def add(
        self, url: str, html: str | Callable[[], str], headers: dict[str, str] | None = None
    ) -> str:
        parts = urlsplit(url)
        key = (parts.hostname, parts.path + (f"?{parts.query}" if parts.query else ""))
        self.pages[key] = html
        self.headers[key] = headers or {}
        return url


class CountingApi:
    """The real API app served on a free port, counting the requests it gets by path."""

    def __init__(self, app):
        self.requests: list[tuple[str, str]] = []
        self.bodies: list[tuple[str, bytes]] = []  # (path, body) of every request with a body
        self._lock = threading.Lock()

        self.batch_items = 0

        def counted(environ, start_response):
            path = environ.get("PATH_INFO", "")
            length = int(environ.get("CONTENT_LENGTH") or 0)
            body = environ["wsgi.input"].read(length) if length else b""
            environ["wsgi.input"] = io.BytesIO(body)
            if path == "/v1/estimates/batch":
                try:
                    items = len(json.loads(body).get("items", []))
                except ValueError:
                    items = 0
                with self._lock:
                    self.batch_items += items
            with self._lock:
                self.requests.append((environ["REQUEST_METHOD"], path))
                if body:
                    self.bodies.append((path, body))
            return app(environ, start_response)

        self.server = make_server("127.0.0.1", 0, counted, threaded=True)
        self.port = self.server.server_port
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def count(self, method: str, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r == (method, path))

    def items_estimated(self) -> int:
        """Items sent to the batch endpoint since the last reset."""
        with self._lock:
            return self.batch_items

    def sent(self, path: str) -> list[dict]:
        """The JSON bodies the API was sent at `path` since the last reset."""
        with self._lock:
            return [json.loads(body) for p, body in self.bodies if p == path]

    def reset(self):
        with self._lock:
            self.requests.clear()
            self.bodies.clear()
            self.batch_items = 0

    def close(self):
        self.server.shutdown()
        self.server.server_close()
