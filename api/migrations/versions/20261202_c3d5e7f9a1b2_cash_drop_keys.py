"""cash drops are idempotent on a key

Revision ID: c3d5e7f9a1b2
Revises: b2c4d6e8f0a1
Create Date: 2026-12-01 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c3d5e7f9a1b2'
down_revision: str | None = 'b2c4d6e8f0a1'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('cash_drops', sa.Column('idempotency_key', sa.String(length=128), nullable=True))
    op.add_column('cash_drops', sa.Column('request_hash', sa.String(length=64), nullable=True))
    op.create_unique_constraint(op.f('uq_cash_drops_company_id_idempotency_key'), 'cash_drops',
                                ['company_id', 'idempotency_key'])


def downgrade() -> None:
    op.drop_constraint(op.f('uq_cash_drops_company_id_idempotency_key'), 'cash_drops', type_='unique')
    op.drop_column('cash_drops', 'request_hash')
    op.drop_column('cash_drops', 'idempotency_key')
