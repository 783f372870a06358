"""Every model of the platform, imported so that Alembic and the tests see the whole metadata."""

from api.core.audit import AuditLog
from api.core.db import Base
from api.core.outbox import OutboxMessage
from api.identity.models import ApiKey, Device, Grant, RefreshToken, Role, StaffSession, StaffUser
from api.stations.models import Company, Region, Station

metadata = Base.metadata

__all__ = ["ApiKey", "AuditLog", "Company", "Device", "Grant", "OutboxMessage", "RefreshToken", "Region", "Role",
           "StaffSession", "StaffUser", "Station", "metadata"]
