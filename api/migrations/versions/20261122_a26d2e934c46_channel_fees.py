"""channel fees

Revision ID: a26d2e934c46
Revises: 8a1b9ede00b4
Create Date: 2026-11-22 20:00:16.941864
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'a26d2e934c46'
down_revision: str | None = '8a1b9ede00b4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('payment_merchants', sa.Column('fee_rate_bp', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('payments', sa.Column('fee_fen', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.drop_column('payments', 'fee_fen')
    op.drop_column('payment_merchants', 'fee_rate_bp')
