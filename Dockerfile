# The Worth a Look API, served by gunicorn.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY api ./api
RUN pip install --no-cache-dir .
ENV PORT=8000
EXPOSE 8000
USER nobody
CMD ["sh", "-c", "exec gunicorn --bind 0.0.0.0:${PORT} --workers ${WORKERS:-2} --access-logfile - 'api:create_app()'"]
