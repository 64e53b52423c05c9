"""Fixtures shared by all tests: a real Redis, the app, its client, the shared material."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
import redis

from api import create_app
from tests.redis_server import RedisServer

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WAL_SHARED", ROOT.parent / "shared"))
IN_CI = os.environ.get("CI", "").lower() == "true"


def shared_path(env_name: str, relative: str) -> Path:
    """Return a folder of ../shared (or the env override); skip when absent, except in CI."""
    path = Path(os.environ.get(env_name) or SHARED / relative)
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing; CI must run the tests that need it")
        pytest.skip(f"{path} is not here")
    return path


@pytest.fixture(scope="session")
def redis_url():
    """A real Redis: WAL_TEST_REDIS_URL if set, else a private redis-server on a free port."""
    configured = os.environ.get("WAL_TEST_REDIS_URL")
    if configured:
        yield configured
        return
    server = RedisServer().start()
    yield server.url
    server.stop()


@pytest.fixture
def redis_client(redis_url):
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


@pytest.fixture
def cache_prefix():
    """A prefix of our own, so tests sharing one Redis never see each other's keys."""
    return f"test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def app(redis_url, cache_prefix):
    return create_app({"REDIS_URL": redis_url, "CACHE_PREFIX": cache_prefix})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def realpages():
    return shared_path("WAL_REALPAGES", "fixtures/realpages")


@pytest.fixture(scope="session")
def scenarios_file():
    return shared_path("WAL_SCENARIOS", "scenarios/dev.jsonl")
