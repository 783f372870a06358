"""cash drops, goods and discounts

Revision ID: 2a2fdccc93e3
Revises: 916dc82c0e69
Create Date: 2026-11-22 19:48:34.836499
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls

revision: str = '2a2fdccc93e3'
down_revision: str | None = '916dc82c0e69'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('goods_items',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('barcode', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.Column('price_fen', sa.Integer(), nullable=False),
    sa.Column('tax_rate_bp', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_goods_items_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goods_items')),
    sa.UniqueConstraint('company_id', 'barcode', name=op.f('uq_goods_items_company_id_barcode'))
    )
    op.create_index(op.f('ix_goods_items_company_id'), 'goods_items', ['company_id'], unique=False)
    op.create_table('cash_drops',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('shift_id', sa.Uuid(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('created_by_id', sa.Uuid(), nullable=False),
    sa.Column('transfer_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_cash_drops_company_id_companies')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff_users.id'], name=op.f('fk_cash_drops_created_by_id_staff_users')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_cash_drops_shift_id_shifts')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_cash_drops_station_id_stations')),
    sa.ForeignKeyConstraint(['transfer_id'], ['ledger_transfers.id'], name=op.f('fk_cash_drops_transfer_id_ledger_transfers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_drops'))
    )
    op.create_index(op.f('ix_cash_drops_company_id'), 'cash_drops', ['company_id'], unique=False)
    op.create_index(op.f('ix_cash_drops_shift_id'), 'cash_drops', ['shift_id'], unique=False)
    op.add_column('order_lines', sa.Column('goods_id', sa.Uuid(), nullable=True))
    op.add_column('order_lines', sa.Column('quantity', sa.Integer(), nullable=True))
    op.create_foreign_key(op.f('fk_order_lines_goods_id_goods_items'), 'order_lines', 'goods_items', ['goods_id'], ['id'])
    op.add_column('orders', sa.Column('discount_reason', sa.String(length=200), nullable=True))
    enable_station_rls("cash_drops")
    enable_station_rls("goods_items", "NULL")


def downgrade() -> None:
    disable_station_rls("goods_items")
    disable_station_rls("cash_drops")
    op.drop_column('orders', 'discount_reason')
    op.drop_constraint(op.f('fk_order_lines_goods_id_goods_items'), 'order_lines', type_='foreignkey')
    op.drop_column('order_lines', 'quantity')
    op.drop_column('order_lines', 'goods_id')
    op.drop_index(op.f('ix_cash_drops_shift_id'), table_name='cash_drops')
    op.drop_index(op.f('ix_cash_drops_company_id'), table_name='cash_drops')
    op.drop_table('cash_drops')
    op.drop_index(op.f('ix_goods_items_company_id'), table_name='goods_items')
    op.drop_table('goods_items')
