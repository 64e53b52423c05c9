"""A real HTTP server on loopback that answers as the board providers' APIs do.

It serves the recordings in ../shared/fixtures/ats-api (read in place) at each provider's
real path, plus boards that misbehave: slow, failing, junk, a 50 MB body, missing. Every
request's path is kept, so a test can say what was (and was not) fetched.
"""

from __future__ import annotations

import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.shared import SHARED

ATS_API = SHARED / "fixtures" / "ats-api"
RECORDINGS = {
    "/v1/boards/smarterdx/jobs":
        "ericleerepo-ATS_Polling__greenhouse-boards-api-smarterdx-jobs-content.json",
    "/v0/postings/palantir": "ericleerepo-ATS_Polling__lever-postings-api-palantir.json",
    "/posting-api/job-board/openevidence":
        "ericleerepo-ATS_Polling__ashby-posting-api-openevidence.json",
    "/v1/companies/Tieto2/postings":
        "Mali3454-work-scrapper__smartrecruiters-postings-api-tieto2.json",
}
HUGE_BYTES = 50 * 1024 * 1024
SLOW_SECONDS = 10.0
DELAYED_SECONDS = 0.6


class _Handler(BaseHTTPRequestHandler):
    server: AtsServer

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):  # noqa: N802 (http.server's name)
        self.server.requests.append(self.path)
        path = self.path.split("?", 1)[0]
        token = path.rstrip("/").split("/")[-1] if "/boards/" in path else ""
        if path in RECORDINGS:
            return self._send(200, (ATS_API / RECORDINGS[path]).read_bytes())
        if path == "/v1/boards/delayed/jobs":
            time.sleep(DELAYED_SECONDS)
            return self._send(200, (ATS_API / RECORDINGS["/v1/boards/smarterdx/jobs"]).read_bytes())
        if token == "jobs":
            token = path.split("/")[-2]
        if token == "slow":
            time.sleep(SLOW_SECONDS)
            return self._send(200, b'{"jobs": []}')
        if token.startswith("broken"):
            return self._send(500, b"Internal Server Error")
        if token == "junk":
            return self._send(200, b"<html><body>Not a board</body></html>")
        if token == "gzip-bomb":
            return self._gzip_bomb()
        if token in ("huge", "huge-declared"):
            return self._huge(declared=token == "huge-declared")
        if token == "redirect":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        return self._send(404, b'{"status": 404, "error": "Job not found"}')

    def _send(self, status: int, body: bytes):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _gzip_bomb(self):
        body = self.server.gzip_bomb
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _huge(self, declared: bool):
        # A JSON array that never ends within the cap: the reader must stop, not buffer it all.
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if declared:
            self.send_header("Content-Length", str(HUGE_BYTES))
        self.end_headers()
        chunk = b'{"text": "' + b"x" * 65_000 + b'"},'
        try:
            self.wfile.write(b"[")
            for _ in range(HUGE_BYTES // len(chunk)):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True


class AtsServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[str] = []
        # About 100 KB on the wire that unpacks to 100 MB: the cap counts unpacked bytes.
        packer = zlib.compressobj(1, zlib.DEFLATED, 31)  # 31: a gzip stream
        zeros = b"0" * (1024 * 1024)
        self.gzip_bomb = b"".join(packer.compress(zeros) for _ in range(100)) + packer.flush()
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def start(self) -> AtsServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
