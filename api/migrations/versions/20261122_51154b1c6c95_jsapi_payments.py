"""jsapi payments

Revision ID: 51154b1c6c95
Revises: dfeb248974b8
Create Date: 2026-11-22 21:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls
revision: str = '51154b1c6c95'
down_revision: str | None = 'dfeb248974b8'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('jsapi_payments',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('payment_id', sa.Uuid(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=128), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('app_id', sa.String(length=32), nullable=False),
    sa.Column('payer_openid_encrypted', sa.LargeBinary(), nullable=False),
    sa.Column('description', sa.String(length=127), nullable=False),
    sa.Column('notify_url', sa.String(length=255), nullable=False),
    sa.Column('time_expire', sa.DateTime(timezone=True), nullable=False),
    sa.Column('time_stamp', sa.String(length=16), nullable=False),
    sa.Column('nonce_str', sa.String(length=32), nullable=False),
    sa.Column('prepay_id', sa.String(length=64), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_jsapi_payments_company_id_companies')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_jsapi_payments_order_id_orders')),
    sa.ForeignKeyConstraint(['payment_id'], ['payments.id'], name=op.f('fk_jsapi_payments_payment_id_payments')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_jsapi_payments_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jsapi_payments')),
    sa.UniqueConstraint('company_id', 'idempotency_key', name=op.f('uq_jsapi_payments_company_id_idempotency_key')),
    sa.UniqueConstraint('payment_id', name=op.f('uq_jsapi_payments_payment_id'))
    )
    op.create_index(op.f('ix_jsapi_payments_company_id'), 'jsapi_payments', ['company_id'], unique=False)
    op.create_index(op.f('ix_jsapi_payments_order_id'), 'jsapi_payments', ['order_id'], unique=False)
    op.add_column('payment_merchants', sa.Column('mini_program_app_id', sa.String(length=32), nullable=True))
    op.add_column('payment_merchants', sa.Column('merchant_serial', sa.String(length=64), nullable=True))
    op.add_column('payment_merchants', sa.Column('merchant_private_key_encrypted', sa.LargeBinary(), nullable=True))
    enable_station_rls("jsapi_payments")


def downgrade() -> None:
    disable_station_rls("jsapi_payments")
    op.drop_column('payment_merchants', 'merchant_private_key_encrypted')
    op.drop_column('payment_merchants', 'merchant_serial')
    op.drop_column('payment_merchants', 'mini_program_app_id')
    op.drop_index(op.f('ix_jsapi_payments_order_id'), table_name='jsapi_payments')
    op.drop_index(op.f('ix_jsapi_payments_company_id'), table_name='jsapi_payments')
    op.drop_table('jsapi_payments')
