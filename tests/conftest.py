"""Fixtures shared by all tests: a real Redis, the app, its client, the shared material."""

from __future__ import annotations

import os
import uuid

import pytest
import redis

from api import create_app
from tests.redis_server import RedisServer
from tests.shared import REALPAGES, SCENARIOS, required

# No test may reach a job board's provider on the internet: every app made in tests reads
# no boards unless it says so (tests/api/test_boards.py serves recordings on loopback).
os.environ["BOARDS_FETCH"] = "off"


@pytest.fixture(scope="session")
def redis_url():
    """A real Redis: WAL_TEST_REDIS_URL if set, else a private redis-server on a free port."""
    configured = os.environ.get("WAL_TEST_REDIS_URL")
    if configured:
        yield configured
        return
    server = RedisServer().start()
    yield server.url
    server.close()


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
    return required(REALPAGES)


@pytest.fixture(scope="session")
def scenarios_file():
    return required(SCENARIOS)
