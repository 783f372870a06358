"""order line and payment positions

Revision ID: dbab636a6583
Revises: 2f13d0b432b4
Create Date: 2026-11-22 19:23:43.445512
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'dbab636a6583'
down_revision: str | None = '2f13d0b432b4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('order_lines', sa.Column('position', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('payments', sa.Column('position', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    op.drop_column('payments', 'position')
    op.drop_column('order_lines', 'position')
