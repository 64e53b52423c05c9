# The Worth a Look API, served by gunicorn with the settings scripts/serve uses.
FROM python:3.11-slim
WORKDIR /app
# The pinned versions first, so a code change does not reinstall the dependencies.
COPY constraints.txt ./
COPY pyproject.toml README.md gunicorn.conf.py ./
COPY api ./api
RUN pip install --no-cache-dir -c constraints.txt . \
 && python -c "import api"
ENV HOST=0.0.0.0 \
    PORT=8000 \
    PROMETHEUS_MULTIPROC_DIR=/tmp/wal-metrics \
    PYTHONDONTWRITEBYTECODE=1
EXPOSE 8000
USER nobody
# Health answers 200 while Redis is down too ("degraded"): the API still works without it.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ['PORT'] + '/v1/health', timeout=2)"]
STOPSIGNAL SIGTERM
CMD ["gunicorn", "-c", "gunicorn.conf.py"]
