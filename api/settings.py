"""Settings: one object read from `FORECOURT_*` environment variables (and `.env`)."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "dev-secret-change-me-in-production-0123456789"


class Environment(StrEnum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


class Settings(BaseSettings):
    """Every setting of the platform; see the README table."""

    model_config = SettingsConfigDict(env_prefix="FORECOURT_", env_file=".env", extra="ignore")

    env: Environment = Environment.DEVELOPMENT
    database_url: str | None = Field(
        default=None, description="PostgreSQL URL; unset = embedded PostgreSQL under data_dir"
    )
    redis_url: str | None = Field(
        default=None, description="Redis URL; unset = embedded Redis under data_dir"
    )
    data_dir: Path = Field(default=Path(".data"), description="embedded services' data")
    secret_key: str = Field(default=DEV_SECRET, description="signs tokens; ≥ 32 chars")
    data_key: str = Field(default=DEV_SECRET, description="encrypts personal data at rest")
    host: str = "127.0.0.1"
    port: int = 8000
    allowed_origins: list[str] = Field(
        default_factory=lambda: ["http://127.0.0.1:8000", "http://localhost:8000",
                                 "http://127.0.0.1:5173", "http://localhost:5173"],
        description="browser origins allowed to open WebSockets",
    )
    access_token_minutes: int = 15
    refresh_token_days: int = 14
    db_pool_size: int = 10
    log_level: str = "INFO"
    log_json: bool = True
    web_dist: Path = Field(default=Path("web-admin/dist"), description="built admin console")
    demo_password: str | None = Field(default=None, description="demo users' password")
    public_url: str = Field(
        default="", description="the platform's public base URL (WeChat Pay notify_url); unset = the local "
                                "server's own address, except in production where an https URL is required"
    )
    tune_gc: bool = Field(default=True, description="freeze the heap built at startup and collect garbage less "
                                                   "often (api.core.gc_tuning)")
    # GraphQL limits
    max_query_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 2000
    max_query_cost: int = 20000
    max_mutations_per_request: int = 5
    price_delivery_timeout_minutes: int = Field(default=10, description="unconfirmed price deliveries fail after")
    price_max_step_fen: int = Field(default=50, description="largest price step per litre without approval")
    # members (mini-program sign-in, SMS codes, member codes)
    wechat_api_base_url: str = Field(default="https://api.weixin.qq.com/",
                                     description="WeChat server API (code2Session, phone numbers), ends with /")
    member_token_minutes: int = Field(default=120, description="member access tokens' lifetime")
    member_session_days: int = Field(default=30, description="member refresh tokens' lifetime")
    member_code_seconds: int = Field(default=60, description="a member code's lifetime (shown as a QR code)")
    sms_provider: str = Field(default="fake", description="SMS adapter: fake (records messages, sends nothing)")
    # login protection
    login_max_failures: int = 5
    login_lockout_minutes: int = 15

    @model_validator(mode="after")
    def _refuse_default_secrets(self) -> Settings:
        if self.env is Environment.PRODUCTION:
            for name in ("secret_key", "data_key"):
                value = getattr(self, name)
                if value == DEV_SECRET or len(value) < 32:
                    raise ValueError(
                        f"FORECOURT_{name.upper()} must be set to a random value of at least "
                        "32 characters in production"
                    )
            if not self.database_url or not self.redis_url:
                raise ValueError(
                    "FORECOURT_DATABASE_URL and FORECOURT_REDIS_URL are required in production"
                )
            public = urlparse(self.public_url)
            if public.scheme != "https" or not public.hostname or public.query or public.fragment:
                raise ValueError(
                    "FORECOURT_PUBLIC_URL must be the platform's public https URL in production "
                    "(WeChat Pay sends its notifications there)"
                )
        elif not self.public_url:
            local = "127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host  # noqa: S104 (a comparison)
            self.public_url = f"http://{local}:{self.port}"
        self.public_url = self.public_url.rstrip("/")
        return self

    @property
    def is_production(self) -> bool:
        return self.env is Environment.PRODUCTION


@lru_cache
def get_settings() -> Settings:
    return Settings()
