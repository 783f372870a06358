"""payment channels and merchants

Revision ID: 538d1ce03bf4
Revises: dbab636a6583
Create Date: 2026-11-22 19:27:06.728840
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls

revision: str = '538d1ce03bf4'
down_revision: str | None = 'dbab636a6583'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('payment_merchants',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('mch_id', sa.String(length=32), nullable=False),
    sa.Column('app_id', sa.String(length=32), nullable=False),
    sa.Column('api_key_encrypted', sa.LargeBinary(), nullable=False),
    sa.Column('api_base_url', sa.String(length=200), nullable=False),
    sa.Column('payee_name', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_payment_merchants_company_id_companies')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_payment_merchants_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_merchants')),
    sa.UniqueConstraint('station_id', 'channel', name=op.f('uq_payment_merchants_station_id_channel'))
    )
    op.create_index(op.f('ix_payment_merchants_company_id'), 'payment_merchants', ['company_id'], unique=False)
    op.add_column('payments', sa.Column('auth_code', sa.String(length=32), nullable=True))
    op.add_column('payments', sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('payments', sa.Column('channel_state', sa.String(length=16), nullable=True))
    op.add_column('payments', sa.Column('channel_message', sa.String(length=200), nullable=True))
    op.add_column('payments', sa.Column('transaction_id', sa.String(length=64), nullable=True))
    op.add_column('payments', sa.Column('settled_at', sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_payments_pending", "payments", ["created_at"], postgresql_where=sa.text("status = 'pending'"))
    op.execute("ALTER TYPE tender ADD VALUE IF NOT EXISTS 'wechat'")
    enable_station_rls("payment_merchants")


def downgrade() -> None:
    disable_station_rls("payment_merchants")
    op.drop_index("ix_payments_pending", table_name="payments")
    op.drop_column('payments', 'settled_at')
    op.drop_column('payments', 'transaction_id')
    op.drop_column('payments', 'channel_message')
    op.drop_column('payments', 'channel_state')
    op.drop_column('payments', 'sent_at')
    op.drop_column('payments', 'auth_code')
    op.drop_index(op.f('ix_payment_merchants_company_id'), table_name='payment_merchants')
    op.drop_table('payment_merchants')
