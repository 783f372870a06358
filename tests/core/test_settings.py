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
                        database_url="postgresql://x/y", redis_url="redis://x", public_url="https://pay.example.com/")
    assert settings.is_production
    assert settings.secret_key != DEV_SECRET
    assert settings.public_url == "https://pay.example.com"


@pytest.mark.parametrize("public_url", ["", "http://pay.example.com", "https://", "pay.example.com"])
def test_production_needs_a_public_https_url(public_url: str) -> None:
    with pytest.raises(ValidationError, match="FORECOURT_PUBLIC_URL"):
        Settings(env="production", secret_key="k" * 40, data_key="d" * 40, database_url="postgresql://x/y",
                 redis_url="redis://x", public_url=public_url)


def test_the_public_url_defaults_to_the_local_server() -> None:
    assert Settings(host="0.0.0.0", port=9123).public_url == "http://127.0.0.1:9123"
    assert Settings(host="10.0.0.5").public_url == "http://10.0.0.5:8000"


def test_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORECOURT_PORT", "9123")
    monkeypatch.setenv("FORECOURT_MAX_QUERY_DEPTH", "7")
    settings = Settings()
    assert (settings.port, settings.max_query_depth) == (9123, 7)
