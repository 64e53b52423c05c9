"""Gunicorn settings for scripts/serve and the container alike (gunicorn -c gunicorn.conf.py).

Read from the environment: HOST (127.0.0.1; the container sets 0.0.0.0), PORT (8000),
WORKERS (2), and the service's own settings (api/config.py).
"""

import os
import shutil
import tempfile

from gunicorn import glogging

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WORKERS", "2"))
wsgi_app = "api:create_app()"

# A request that takes longer than this is a bug (a pathological page); the worker is
# replaced rather than left stuck. An estimate takes milliseconds, a 50-item batch seconds.
timeout = 30
# On SIGTERM (docker stop, a deploy), requests in flight get this long to finish.
graceful_timeout = 20
# Load the app, and warm it (when_ready), once in the master: workers fork with the
# occupation index, the places and the page readers already in memory, so the first
# requests pay nothing for loading, and the memory is shared until written.
preload_app = True
# The worker heartbeat in memory, not on a container's overlay disk that can stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# No control socket: nothing here uses gunicornc, and as an unprivileged user without a
# home (the container's) creating it fails with a permission error at every start.
control_socket_disable = True
# The app logs one JSON line per request (api/logs.py); gunicorn's access log would repeat it.
accesslog = None


class _Logger(glogging.Logger):
    """gunicorn's logger without its access log: with a logging config (below) it would
    build each request's access line (about a tenth of a cached hit's plumbing) only to drop
    it, the access logger having no handler."""

    def access(self, resp, req, environ, request_time):
        return None


logger_class = _Logger
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pythonjsonlogger.json.JsonFormatter",
                            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
                            "rename_fields": {"levelname": "level", "asctime": "time"}}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json",
                             "stream": "ext://sys.stderr"}},
    "root": {"level": loglevel.upper(), "handlers": ["console"]},
    "loggers": {"gunicorn.error": {"handlers": ["console"], "level": loglevel.upper(),
                                   "propagate": False},
                "gunicorn.access": {"handlers": [], "propagate": False}},
}

# Workers are processes: prometheus_client's multiprocess mode sums them at /metrics.
# A fresh folder per start, so counts of a previous run are not added in.
_metrics_dir = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if _metrics_dir:
    shutil.rmtree(_metrics_dir, ignore_errors=True)
    os.makedirs(_metrics_dir, exist_ok=True)
else:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="wal-metrics-")


def when_ready(server):
    """In the master, after the app is loaded and before any worker forks."""
    from api.warm import warm_up

    server.log.info("warmed up: %s", warm_up())


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
