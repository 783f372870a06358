"""The command line: clear messages for bad configuration, never a stack trace."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from api.cli import cli
from api.schema import export_sdl


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "is not a database URL"),
        ("mysql://root@127.0.0.1/x", "must be a PostgreSQL URL"),
        ("postgresql://nobody@127.0.0.1:1/none", "cannot reach PostgreSQL at postgresql://nobody@127.0.0.1:1/none"),
    ],
)
def test_bad_database_url_is_a_clear_error(url: str, message: str, services: object) -> None:
    result = CliRunner().invoke(cli, ["migrate"], env={"FORECOURT_DATABASE_URL": url,
                                                      "FORECOURT_REDIS_URL": "redis://127.0.0.1:1"})
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_unreachable_redis_is_a_clear_error(services: object) -> None:
    from tests.support.services import TestServices

    assert isinstance(services, TestServices)
    result = CliRunner().invoke(cli, ["migrate"], env={"FORECOURT_DATABASE_URL": services.database_url,
                                                      "FORECOURT_REDIS_URL": "redis://127.0.0.1:1/0"})
    assert result.exit_code == 1
    assert "cannot reach Redis at redis://127.0.0.1:1/0" in result.output


def test_bad_setting_value_names_the_setting() -> None:
    result = CliRunner().invoke(cli, ["migrate"], env={"FORECOURT_PORT": "eighty"})
    assert result.exit_code == 1
    assert "bad configuration: port" in result.output


def test_export_schema_prints_the_sdl() -> None:
    result = CliRunner().invoke(cli, ["export-schema"])
    assert result.exit_code == 0
    assert result.output == export_sdl()
