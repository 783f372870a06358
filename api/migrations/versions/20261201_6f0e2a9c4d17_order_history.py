"""order history

Revision ID: 6f0e2a9c4d17
Revises: 51154b1c6c95
Create Date: 2026-12-01 07:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls

revision: str = '6f0e2a9c4d17'
down_revision: str | None = '51154b1c6c95'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('order_events',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('order', 'payment', 'refund', 'tags', name='order_event_kind'), nullable=False),
    sa.Column('from_value', sa.String(length=120), nullable=True),
    sa.Column('to_value', sa.String(length=120), nullable=False),
    sa.Column('payment_id', sa.Uuid(), nullable=True),
    sa.Column('refund_id', sa.Uuid(), nullable=True),
    sa.Column('tender', sa.String(length=16), nullable=True),
    sa.Column('amount_fen', sa.BigInteger(), nullable=True),
    sa.Column('actor_kind', sa.String(length=16), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('actor_label', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_order_events_company_id_companies')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_events_order_id_orders')),
    sa.ForeignKeyConstraint(['payment_id'], ['payments.id'], name=op.f('fk_order_events_payment_id_payments')),
    sa.ForeignKeyConstraint(['refund_id'], ['refunds.id'], name=op.f('fk_order_events_refund_id_refunds')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_order_events_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_events'))
    )
    op.create_index(op.f('ix_order_events_company_id'), 'order_events', ['company_id'], unique=False)
    op.create_index('ix_order_events_order', 'order_events', ['order_id', 'created_at'], unique=False)
    enable_station_rls("order_events")


def downgrade() -> None:
    disable_station_rls("order_events")
    op.drop_index('ix_order_events_order', table_name='order_events')
    op.drop_index(op.f('ix_order_events_company_id'), table_name='order_events')
    op.drop_table('order_events')
    op.execute("DROP TYPE IF EXISTS order_event_kind")
