"""order payment requests

Revision ID: a7e9c1d3b5f2
Revises: 4b7e1d2c9f30
Create Date: 2026-12-01 07:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls

revision: str = 'a7e9c1d3b5f2'
down_revision: str | None = '4b7e1d2c9f30'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('order_payment_requests',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=128), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_order_payment_requests_company_id_companies')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_payment_requests_order_id_orders')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_order_payment_requests_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_payment_requests')),
    sa.UniqueConstraint('company_id', 'idempotency_key', name=op.f('uq_order_payment_requests_company_id_idempotency_key'))
    )
    op.create_index(op.f('ix_order_payment_requests_company_id'), 'order_payment_requests', ['company_id'], unique=False)
    op.create_index(op.f('ix_order_payment_requests_order_id'), 'order_payment_requests', ['order_id'], unique=False)
    enable_station_rls("order_payment_requests")


def downgrade() -> None:
    disable_station_rls("order_payment_requests")
    op.drop_index(op.f('ix_order_payment_requests_order_id'), table_name='order_payment_requests')
    op.drop_index(op.f('ix_order_payment_requests_company_id'), table_name='order_payment_requests')
    op.drop_table('order_payment_requests')
