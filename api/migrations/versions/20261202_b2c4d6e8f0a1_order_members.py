"""orders know their member and vehicle

Revision ID: b2c4d6e8f0a1
Revises: 9d2b4f6a8c13
Create Date: 2026-12-01 07:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'b2c4d6e8f0a1'
down_revision: str | None = '9d2b4f6a8c13'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('orders', sa.Column('member_id', sa.Uuid(), nullable=True))
    op.add_column('orders', sa.Column('vehicle_plate', sa.String(length=10), nullable=True))
    op.create_foreign_key(op.f('fk_orders_member_id_members'), 'orders', 'members', ['member_id'], ['id'])
    op.create_index('ix_orders_member', 'orders', ['member_id', 'created_at'], unique=False,
                    postgresql_where=sa.text('member_id IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_orders_member', table_name='orders', postgresql_where=sa.text('member_id IS NOT NULL'))
    op.drop_constraint(op.f('fk_orders_member_id_members'), 'orders', type_='foreignkey')
    op.drop_column('orders', 'vehicle_plate')
    op.drop_column('orders', 'member_id')
