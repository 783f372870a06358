"""Entry module for the `dramatiq` command: configures the Redis broker from settings."""

from api.core.logging import configure_logging
from api.settings import get_settings
from workers.broker import configure

_settings = get_settings()
configure_logging(_settings.log_level, json=_settings.log_json)
if _settings.redis_url is None:
    raise SystemExit("FORECOURT_REDIS_URL is not set for this worker")
broker = configure(_settings.redis_url)
