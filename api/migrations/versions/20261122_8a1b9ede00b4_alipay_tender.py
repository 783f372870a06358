"""alipay tender

Revision ID: 8a1b9ede00b4
Revises: 7e865e056da8
Create Date: 2026-11-22 19:57:24.114458
"""

from collections.abc import Sequence

from alembic import op

revision: str = '8a1b9ede00b4'
down_revision: str | None = '7e865e056da8'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TYPE tender ADD VALUE IF NOT EXISTS 'alipay'")


def downgrade() -> None:
    pass  # PostgreSQL cannot drop an enum value; unused values are harmless
