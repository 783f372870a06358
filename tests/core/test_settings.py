import pytest
from pydantic import ValidationError

from api.settings import DEV_SECRET, Settings


def test_production_refuses_default_secrets() -> None:
    with pytest.raises(ValidationError, match="FORECOURT_SECRET_KEY"):
        Settings(env="production", database_url="postgresql://x/y", redis_url="redis://x")


def test_production_needs_real_servers() -> None:
    with pytest.raises(ValidationError, match="FORECOURT_DATABASE_URL"):
        Settings(env="production", secret_key="k" * 40, data_key="d" * 40)


def test_production_accepts_real_secrets() -> None:
    settings = Settings(env="production", secret_key="k" * 40, data_key="d" * 40,
                        database_url="postgresql://x/y", redis_url="redis://x")
    assert settings.is_production
    assert settings.secret_key != DEV_SECRET


def test_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORECOURT_PORT", "9123")
    monkeypatch.setenv("FORECOURT_MAX_QUERY_DEPTH", "7")
    settings = Settings()
    assert (settings.port, settings.max_query_depth) == (9123, 7)
