"""order tags

Revision ID: bb124c0fbf19
Revises: a26d2e934c46
Create Date: 2026-11-22 20:30:41.524238
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
revision: str = 'bb124c0fbf19'
down_revision: str | None = 'a26d2e934c46'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('orders', sa.Column('tags', postgresql.ARRAY(sa.String(length=16)), nullable=False, server_default='{}'))
    op.create_index('ix_orders_tags', 'orders', ['tags'], unique=False, postgresql_using='gin')


def downgrade() -> None:
    op.drop_index('ix_orders_tags', table_name='orders', postgresql_using='gin')
    op.drop_column('orders', 'tags')
