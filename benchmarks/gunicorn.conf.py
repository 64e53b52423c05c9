"""gunicorn settings for the benchmark while the service has no config file of its own.

The harness uses the repository's ``gunicorn.conf.py`` when there is one (the service's
settings, which should warm workers up the same way); until then this stands in for it,
with the settings of ``scripts/serve`` plus the warm-up.
"""

import time

timeout = 30


def post_fork(server, worker):
    # Load indexes and parsers before the worker takes its first request (see api.estimating).
    from api.estimating import warm_up

    started = time.monotonic()
    warm_up()
    server.log.info("worker %s warmed up in %.2f s", worker.pid, time.monotonic() - started)
