"""The team server files: what can be checked without Docker (which cannot run here).

The compose file parses with the expected services, each service of ours is given exactly
the variables the code reads, and the Dockerfile's install steps work with this lock file.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from etl.deploy.metabase import SETTINGS
from tests.conftest import PROJECT_ROOT

COMPOSE = PROJECT_ROOT / "docker-compose.yml"
DOCKERFILE = PROJECT_ROOT / "Dockerfile"
ENV_READ = re.compile(r"""(?:environ\.get|getenv|environ\[)\(?\s*["']([A-Z_][A-Z0-9_]*)["']""")
ENVVAR_OPTION = re.compile(r"""envvar=["']([A-Z_][A-Z0-9_]*)["']""")
DBT_ENV_VAR = re.compile(r"""env_var\(\s*'([A-Z_][A-Z0-9_]*)'""")


def _compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def variables_the_code_reads() -> set[str]:
    """Environment variables read by etl/ (os.environ, typer envvar=) and dbt's profile."""
    names: set[str] = set()
    for path in (PROJECT_ROOT / "etl").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(ENV_READ.findall(text)) | set(ENVVAR_OPTION.findall(text))
    return names


def test_compose_has_the_database_the_build_and_metabase() -> None:
    services = _compose()["services"]
    assert set(services) == {"postgres", "tipwh", "metabase", "metabase-setup"}
    postgres = services["postgres"]
    assert re.fullmatch(r"postgres:\d+", postgres["image"])
    assert postgres["healthcheck"]["test"][0] in ("CMD", "CMD-SHELL")
    volume = postgres["volumes"][0].split(":")[0]
    assert volume in _compose()["volumes"]
    tipwh = services["tipwh"]
    assert tipwh["build"] == "." and tipwh["command"] == ["build"]
    assert tipwh["depends_on"]["postgres"]["condition"] == "service_healthy"
    metabase = services["metabase"]
    assert re.fullmatch(r"metabase/metabase:v[\d.]+", metabase["image"])
    assert "127.0.0.1:3000:3000" in metabase["ports"]


def test_the_build_service_is_given_exactly_what_the_code_reads() -> None:
    read = variables_the_code_reads()
    assert {"DATABASE_URL", "TIPWH_DATA_DIR"} <= read
    environment = _compose()["services"]["tipwh"]["environment"]
    assert set(environment) == {"DATABASE_URL", "TIPWH_READER_PASSWORD"}
    assert set(environment) <= read
    # the reader's password the build gives the role is the one metabase-setup logs in with
    setup = _compose()["services"]["metabase-setup"]["environment"]
    assert environment["TIPWH_READER_PASSWORD"] == setup["TIPWH_READER_PASSWORD"]
    assert environment["TIPWH_READER_PASSWORD"].startswith("${TIPWH_READER_PASSWORD:?")
    postgres = _compose()["services"]["postgres"]["environment"]
    url = environment["DATABASE_URL"]
    user, password, db = (
        postgres["POSTGRES_USER"],
        postgres["POSTGRES_PASSWORD"],
        postgres["POSTGRES_DB"],
    )
    assert url == f"postgresql://{user}:{password}@postgres:5432/{db}"
    profile = (PROJECT_ROOT / "dbt_project" / "profiles.yml").read_text()
    assert set(DBT_ENV_VAR.findall(profile)) == {
        "TIPWH_PGHOST",
        "TIPWH_PGPORT",
        "TIPWH_PGUSER",
        "TIPWH_PGPASSWORD",
        "TIPWH_PGDATABASE",
    }  # set by tipwh itself from DATABASE_URL (Warehouse.dbt_env), not by compose


def test_metabase_keeps_its_settings_in_a_volume() -> None:
    metabase = _compose()["services"]["metabase"]
    assert set(metabase["environment"]) == {"MB_DB_FILE", "MB_JETTY_PORT"}
    mount = next(v for v in metabase["volumes"] if v.startswith("metabase-data:"))
    assert metabase["environment"]["MB_DB_FILE"].startswith(mount.split(":")[1] + "/")


def _dockerfile_steps() -> list[tuple[str, list[str]]]:
    """The Dockerfile's steps on the build context, in order: COPY sources and RUN commands."""
    steps = []
    for line in DOCKERFILE.read_text().splitlines():
        if line.startswith("COPY ") and "--from=" not in line:
            steps.append(("COPY", shlex.split(line)[1:-1]))
        elif line.startswith("RUN "):
            steps.append(("RUN", shlex.split(line.removeprefix("RUN "))))
    return steps


def test_the_dockerfile_install_works_with_this_lock_file(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("no uv on PATH")
    steps = _dockerfile_steps()
    assert [command for kind, command in steps if kind == "RUN"] == [
        ["uv", "sync", "--locked", "--no-dev", "--no-install-project"],
        ["uv", "sync", "--locked", "--no-dev"],
    ]
    ignored = {line.strip() for line in (PROJECT_ROOT / ".dockerignore").read_text().splitlines()}
    assert {".venv", ".tipwh", "dbt_project/target"} <= ignored
    app = tmp_path / "app"
    app.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "UV_"))}
    env |= {"UV_PROJECT_ENVIRONMENT": str(app / ".venv"), "UV_NO_PROGRESS": "1", "UV_OFFLINE": "1"}
    for kind, arguments in steps:
        if kind == "RUN":
            done = subprocess.run(
                arguments, cwd=app, env=env, capture_output=True, text=True, timeout=600
            )
            assert done.returncode == 0, done.stderr
            continue
        for source in arguments:
            origin = PROJECT_ROOT / source
            if origin.is_dir():
                ignore = shutil.ignore_patterns("__pycache__", "target", "logs")
                shutil.copytree(origin, app / source, ignore=ignore)
            else:
                shutil.copy2(origin, app / source)
    assert (app / "uv.lock").read_bytes() == (PROJECT_ROOT / "uv.lock").read_bytes()
    helped = subprocess.run(
        [str(app / ".venv" / "bin" / "tipwh"), "--help"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert helped.returncode == 0, helped.stderr
    assert "export" in helped.stdout and "report" in helped.stdout
    assert not (app / ".venv" / "bin" / "pytest").exists()  # --no-dev: no test tools


def test_the_metabase_setup_is_given_exactly_what_it_reads() -> None:
    setup = _compose()["services"]["metabase-setup"]
    assert setup["entrypoint"] == ["python", "-m", "etl.deploy.metabase"]
    assert set(setup["environment"]) == set(SETTINGS)
    assert setup["environment"]["TIPWH_READER_USER"] == "tipwh_reader"
    assert setup["environment"]["METABASE_URL"] == "http://metabase:3000"
    assert setup["depends_on"]["metabase"]["condition"] == "service_healthy"
    assert "${TIPWH_READER_PASSWORD:?" in setup["environment"]["TIPWH_READER_PASSWORD"]
