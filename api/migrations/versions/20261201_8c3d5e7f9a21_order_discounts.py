"""order discounts

Revision ID: 8c3d5e7f9a21
Revises: 6f0e2a9c4d17
Create Date: 2026-12-01 07:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls

revision: str = '8c3d5e7f9a21'
down_revision: str | None = '6f0e2a9c4d17'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('order_discounts',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('line_position', sa.Integer(), nullable=True),
    sa.Column('account', sa.String(length=120), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_order_discounts_company_id_companies')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_discounts_order_id_orders')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_order_discounts_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_discounts'))
    )
    op.create_index(op.f('ix_order_discounts_company_id'), 'order_discounts', ['company_id'], unique=False)
    op.create_index(op.f('ix_order_discounts_order_id'), 'order_discounts', ['order_id'], unique=False)
    # the manual discounts of orders made before discounts were itemised
    op.execute("""
        INSERT INTO order_discounts (id, company_id, station_id, order_id, position, rule, label, amount_fen,
                                     account, reason, created_at, updated_at)
        SELECT gen_random_uuid(), company_id, station_id, id, 0, 'manual', '手工优惠', discount_fen,
               'revenue:discounts:' || station_id::text, discount_reason, created_at, created_at
        FROM orders WHERE discount_fen > 0
    """)
    enable_station_rls("order_discounts")


def downgrade() -> None:
    disable_station_rls("order_discounts")
    op.drop_index(op.f('ix_order_discounts_order_id'), table_name='order_discounts')
    op.drop_index(op.f('ix_order_discounts_company_id'), table_name='order_discounts')
    op.drop_table('order_discounts')
