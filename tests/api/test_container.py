"""The container and the compose files: one gunicorn config, pinned installs, health checks."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
import yaml

from tests.shared import IN_CI, ROOT

COMPOSE_FILES = ["docker-compose.yml", "docker-compose.scale.yml"]


def gunicorn_settings(**env: str) -> dict[str, str]:
    """The settings gunicorn reads from gunicorn.conf.py, as gunicorn itself prints them."""
    out = subprocess.run([str(ROOT / ".venv" / "bin" / "gunicorn"), "-c", "gunicorn.conf.py",
                          "--print-config"], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, **env}, timeout=60).stdout
    return dict(re.findall(r"^(\w+)\s+= (.*)$", out, re.M))


def test_one_gunicorn_config_sets_timeouts_graceful_shutdown_and_preloading():
    settings = gunicorn_settings(PORT="8123", WORKERS="3")
    assert settings["timeout"] == "30" and settings["graceful_timeout"] == "20"
    assert settings["preload_app"] == "True"
    assert settings["control_socket_disable"] == "True"
    assert settings["bind"] == "['127.0.0.1:8123']" and settings["workers"] == "3"
    assert gunicorn_settings(HOST="0.0.0.0")["bind"] == "['0.0.0.0:8000']"


def test_the_container_and_scripts_serve_use_that_config_and_the_constraints():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r'^CMD \["gunicorn", "-c", "gunicorn.conf.py"\]', dockerfile, re.M)
    assert "COPY pyproject.toml README.md gunicorn.conf.py" in dockerfile
    assert re.search(r"pip install .*-c constraints.txt", dockerfile)
    assert re.search(r"^USER nobody", dockerfile, re.M)
    assert re.search(r"^HEALTHCHECK ", dockerfile, re.M)
    serve = (ROOT / "scripts" / "serve").read_text()
    assert "gunicorn -c gunicorn.conf.py" in serve
    assert "-c constraints.txt" in (ROOT / "scripts" / "lib.sh").read_text()
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert "constraints.txt" not in ignored and "gunicorn.conf.py" not in ignored


@pytest.mark.parametrize("name", COMPOSE_FILES)
def test_every_service_has_a_health_check_and_waits_for_healthy_dependencies(name):
    compose = yaml.safe_load((ROOT / name).read_text())
    for service_name, service in compose["services"].items():
        assert "healthcheck" in service, service_name
        depends = service.get("depends_on") or {}
        assert isinstance(depends, dict), f"{service_name}: depends_on without a condition"
        for dependency, rule in depends.items():
            assert rule == {"condition": "service_healthy"}, (service_name, dependency)


def test_the_scale_out_file_runs_three_replicas_behind_nginx_sharing_one_redis():
    compose = yaml.safe_load((ROOT / "docker-compose.scale.yml").read_text())
    services = compose["services"]
    replicas = [name for name, service in services.items() if service.get("build")]
    assert len(replicas) == 3
    for name in replicas:
        environment = services[name]["environment"]
        assert environment["REDIS_URL"].startswith("redis://redis:")
        assert environment["TRUSTED_PROXIES"] == "1"
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    assert all(f"server {name}:8000" in conf for name in replicas)
    assert "./deploy/nginx.conf:/etc/nginx/nginx.conf:ro" in services["lb"]["volumes"]


@pytest.mark.parametrize("name", COMPOSE_FILES)
def test_docker_compose_accepts_the_file(name):
    binary = shutil.which("docker-compose")
    if binary is None:
        if IN_CI:
            pytest.fail("docker-compose is missing; scripts/test installs it")
        pytest.skip("docker-compose is not installed (Debian: apt-get install docker-compose)")
    result = subprocess.run([binary, "-f", name, "config", "-q"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
