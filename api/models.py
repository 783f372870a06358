"""Every model of the platform, imported so that Alembic and the tests see the whole metadata."""

from api.core.db import Base
from api.core.outbox import OutboxMessage
from api.stations.models import Company, Region, Station

metadata = Base.metadata

__all__ = ["Company", "OutboxMessage", "Region", "Station", "metadata"]
