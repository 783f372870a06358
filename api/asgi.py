"""ASGI entry for `uvicorn api.asgi:app` (URLs come from the environment)."""

from api.app import create_app
from api.core.logging import configure_logging
from api.settings import get_settings

_settings = get_settings()
configure_logging(_settings.log_level, json=_settings.log_json)
app = create_app(_settings)
