"""The API as it is deployed, for tests: scripts/serve (gunicorn with gunicorn.conf.py), and
nginx in front of several of them, as real processes on loopback."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.redis_server import free_port
from tests.shared import ROOT


def get(url: str, timeout: float = 5) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_until_up(url: str, seconds: float = 60, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited ({process.returncode}) before answering")
        try:
            if get(url, timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class Service:
    """scripts/serve on a free loopback port, its log (JSON lines) kept in a file."""

    def __init__(self, **settings: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.dir = Path(tempfile.mkdtemp(prefix="wal-serve-"))
        self.log_path = self.dir / "serve.log"
        env = {key: value for key, value in os.environ.items()
               if key not in ("REDIS_URL", "RATE_LIMIT", "API_KEYS", "PROMETHEUS_MULTIPROC_DIR")}
        env.update({"HOST": "127.0.0.1", "PORT": str(self.port), "WORKERS": "2",
                    "PROMETHEUS_MULTIPROC_DIR": str(self.dir / "metrics")})
        env.update(settings)
        self.env = env
        self.process: subprocess.Popen | None = None

    def start(self, wait: bool = True) -> Service:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen([str(ROOT / "scripts" / "serve")], cwd=ROOT, env=self.env,
                                        stdout=log, stderr=log, start_new_session=True)
        log.close()
        if wait:
            wait_until_up(f"{self.url}/v1/health", process=self.process)
        return self

    def workers(self) -> list[int]:
        assert self.process is not None
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def log_lines(self) -> list[str]:
        return self.log_path.read_text(errors="replace").splitlines()

    def stop(self, timeout: float = 30) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # gunicorn's graceful shutdown
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        code, self.process = self.process.returncode, None
        return code

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class LoadBalancer:
    """nginx from Debian running deploy/nginx.conf, its upstreams rewritten to loopback."""

    def __init__(self, upstream_ports: list[int]):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.dir = Path(tempfile.mkdtemp(prefix="wal-nginx-"))
        self.dir.chmod(0o755)  # nginx workers run as an unprivileged user
        conf = (ROOT / "deploy" / "nginx.conf").read_text()
        servers = iter(upstream_ports)
        conf = re.sub(r"server api\d+:8000", lambda _: f"server 127.0.0.1:{next(servers)}", conf)
        conf = conf.replace("listen 8080;", f"listen 127.0.0.1:{self.port};")
        conf = conf.replace("worker_processes auto;", "worker_processes 1;")
        temp = "".join(f"  {name}_temp_path {self.dir}/{name};\n"
                       for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        conf = conf.replace("http {\n", "http {\n" + temp, 1)
        (self.dir / "nginx.conf").write_text(conf)
        self.process: subprocess.Popen | None = None

    def start(self) -> LoadBalancer:
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(binary).exists():
            raise RuntimeError("nginx is not installed (Debian: apt-get install -y nginx-light)")
        with (self.dir / "error.log").open("ab") as log:
            self.process = subprocess.Popen(
                [binary, "-p", str(self.dir), "-c", str(self.dir / "nginx.conf"), "-e", "stderr",
                 "-g", f"daemon off; pid {self.dir}/nginx.pid; error_log stderr warn;"],
                stdout=subprocess.DEVNULL, stderr=log)
        try:
            wait_until_up(f"{self.url}/v1/health", 20, self.process)
        except RuntimeError as error:
            raise RuntimeError(f"{error}: {(self.dir / 'error.log').read_text()}") from None
        return self

    def close(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)
