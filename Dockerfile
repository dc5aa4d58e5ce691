# tipwh in a container: the locked dependencies (uv.lock), the code, the bundled reports.
#   docker compose run --rm tipwh build      (see docker-compose.yml)
FROM python:3.11-slim-bookworm

COPY --from=ghcr.io/astral-sh/uv:0.13.9 /uv /uvx /bin/

ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_NO_PROGRESS=1 \
    DBT_SEND_ANONYMOUS_USAGE_STATS=false \
    PATH="/app/.venv/bin:$PATH"

WORKDIR /app

# Dependencies first (cached while only the code changes), exactly as locked.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --locked --no-dev --no-install-project

COPY alembic.ini ./
COPY migrations ./migrations
COPY dbt_project ./dbt_project
COPY data ./data
COPY etl ./etl
RUN uv sync --locked --no-dev

ENTRYPOINT ["tipwh"]
CMD ["build"]
