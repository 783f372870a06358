"""tenders of members and fleets: stored-value card, points, coupon, on account

Revision ID: d4e6f8a0b2c3
Revises: c3d5e7f9a1b2
Create Date: 2026-12-01 08:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = 'd4e6f8a0b2c3'
down_revision: str | None = 'c3d5e7f9a1b2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VALUES = ("card", "points", "coupon", "on_account")


def upgrade() -> None:
    for value in VALUES:
        op.execute(f"ALTER TYPE tender ADD VALUE IF NOT EXISTS '{value}'")


def downgrade() -> None:
    # PostgreSQL cannot drop an enum value: the type is rebuilt without them (no row may use them)
    op.execute("ALTER TYPE tender RENAME TO tender_old")
    op.execute("CREATE TYPE tender AS ENUM ('cash', 'unionpay', 'wechat', 'alipay')")
    for table in ("payments",):
        op.execute(f"ALTER TABLE {table} ALTER COLUMN tender TYPE tender USING tender::text::tender")
    op.execute("DROP TYPE tender_old")
