"""Private, real Redis processes on free ports, for tests: one server, a cluster, a sentinel."""

from __future__ import annotations

import random
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import redis


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def free_cluster_port() -> int:
    """A free port whose cluster bus port (10000 above it) is free and exists too."""
    for _ in range(1000):
        port = random.randint(20000, 55000)
        try:
            for candidate in (port, port + 10000):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", candidate))
        except OSError:
            continue
        return port
    raise RuntimeError("no free port pair for a cluster node")


def _binary(name: str) -> str:
    binary = shutil.which(name)
    if binary is None:
        raise RuntimeError(
            f"{name} is not installed. Install it (Debian: apt-get install -y redis-server "
            "redis-tools) or set WAL_TEST_REDIS_URL to a Redis the tests may use."
        )
    return binary


def _wait(check, what: str, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (redis.RedisError, OSError):
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not happen within {seconds} s")


class RedisServer:
    """Starts and stops one redis-server process that keeps nothing on disk (but a cluster's
    node file, in a folder of its own)."""

    def __init__(self, port: int | None = None, *args: str):
        self.port = port or free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.args = list(args)
        self.dir = Path(tempfile.mkdtemp(prefix=f"wal-redis-{self.port}-"))
        self._process: subprocess.Popen | None = None

    def start(self) -> RedisServer:
        self._process = subprocess.Popen(
            [_binary("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning",
             "--dir", str(self.dir), *self.args],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)
        try:
            _wait(client.ping, f"redis-server on port {self.port} answering", 10)
        except RuntimeError:
            self.stop()
            raise
        finally:
            client.close()
        return self

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class RedisCluster:
    """A real Redis Cluster of masters on loopback, made with redis-cli --cluster create.

    Without replicas, a lost node takes its slots with it; cluster-require-full-coverage
    off keeps the other nodes serving theirs meanwhile, as one would run a cache.
    """

    def __init__(self, nodes: int = 3):
        self.servers = [
            RedisServer(free_cluster_port(), "--cluster-enabled", "yes",
                        "--cluster-node-timeout", "1000", "--cluster-require-full-coverage", "no")
            for _ in range(nodes)
        ]

    def start(self) -> RedisCluster:
        for server in self.servers:
            server.start()
        addresses = [f"127.0.0.1:{server.port}" for server in self.servers]
        subprocess.run([_binary("redis-cli"), "--cluster", "create", *addresses,
                        "--cluster-replicas", "0", "--cluster-yes"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=60)
        for server in self.servers:
            client = redis.Redis(port=server.port)
            _wait(lambda c=client: c.cluster("info")["cluster_state"] == "ok",
                  f"cluster state ok on {server.port}")
            client.close()
        return self

    def node_of(self, key: str) -> RedisServer:
        """The server that holds ``key``'s slot."""
        client = redis.Redis(port=self.servers[0].port)
        slot = client.cluster("keyslot", key)
        for start, end, master, *_ in client.execute_command("CLUSTER SLOTS"):
            if start <= slot <= end:
                port = int(master[1])
                client.close()
                return next(s for s in self.servers if s.port == port)
        raise LookupError(key)

    def close(self) -> None:
        for server in self.servers:
            server.close()


class RedisSentinel:
    """A master, one replica and one sentinel watching them (quorum 1), on loopback."""

    MASTER = "walmaster"

    def __init__(self):
        self.master = RedisServer()
        self.replica = RedisServer()
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.dir = Path(tempfile.mkdtemp(prefix=f"wal-sentinel-{self.port}-"))
        self._process: subprocess.Popen | None = None

    def start(self) -> RedisSentinel:
        self.master.start()
        self.replica.args = ["--replicaof", "127.0.0.1", str(self.master.port)]
        self.replica.start()
        conf = self.dir / "sentinel.conf"
        conf.write_text(
            f"port {self.port}\nbind 127.0.0.1\ndir {self.dir}\n"
            f"sentinel monitor {self.MASTER} 127.0.0.1 {self.master.port} 1\n"
            f"sentinel down-after-milliseconds {self.MASTER} 1000\n"
            f"sentinel failover-timeout {self.MASTER} 5000\n"
        )
        self._process = subprocess.Popen(
            [_binary("redis-server"), str(conf), "--sentinel", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sentinel = redis.Redis(port=self.port)
        _wait(lambda: sentinel.execute_command("SENTINEL", "REPLICAS", self.MASTER),
              "the sentinel seeing the replica")
        sentinel.close()
        return self

    def master_port(self) -> int:
        sentinel = redis.Redis(port=self.port)
        host, port = sentinel.execute_command("SENTINEL", "GET-MASTER-ADDR-BY-NAME", self.MASTER)
        sentinel.close()
        return int(port)

    def close(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
        self.master.close()
        self.replica.close()
        shutil.rmtree(self.dir, ignore_errors=True)
