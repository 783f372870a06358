"""payment notification inbox

Revision ID: 7e865e056da8
Revises: 2a2fdccc93e3
Create Date: 2026-11-22 19:53:28.579216
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls
from sqlalchemy.dialects import postgresql
revision: str = '7e865e056da8'
down_revision: str | None = '2a2fdccc93e3'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('payment_notifications',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('notification_id', sa.String(length=64), nullable=False),
    sa.Column('event_type', sa.String(length=32), nullable=False),
    sa.Column('out_trade_no', sa.String(length=64), nullable=True),
    sa.Column('resource', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('raw_body', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=64), nullable=False),
    sa.Column('processed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_payment_notifications_company_id_companies')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_payment_notifications_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_notifications')),
    sa.UniqueConstraint('channel', 'notification_id', name=op.f('uq_payment_notifications_channel_notification_id'))
    )
    op.create_index(op.f('ix_payment_notifications_company_id'), 'payment_notifications', ['company_id'], unique=False)
    op.add_column('payment_merchants', sa.Column('api_v3_key_encrypted', sa.LargeBinary(), nullable=True))
    op.add_column('payment_merchants', sa.Column('platform_keys', postgresql.JSONB(astext_type=sa.Text()), nullable=False, server_default='{}'))
    enable_station_rls("payment_notifications")


def downgrade() -> None:
    disable_station_rls("payment_notifications")
    op.drop_column('payment_merchants', 'platform_keys')
    op.drop_column('payment_merchants', 'api_v3_key_encrypted')
    op.drop_index(op.f('ix_payment_notifications_company_id'), table_name='payment_notifications')
    op.drop_table('payment_notifications')
