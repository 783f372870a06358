"""card top-up payments: top-ups paid by WeChat Pay JSAPI or a payment code, credited when the channel confirms

Revision ID: ed9e3ae12966
Revises: bdb7d4903718
Create Date: 2026-12-05 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_company_rls

revision: str = 'ed9e3ae12966'
down_revision: str | None = 'bdb7d4903718'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = 'card_top_up_payments'


def upgrade() -> None:
    op.create_table(TABLE,
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('card_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=True),
    sa.Column('shift_id', sa.Uuid(), nullable=True),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.Enum('jsapi', 'payment_code', name='card_top_up_payment_kind'), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('status', sa.Enum('pending', 'succeeded', 'failed', 'closed', name='card_top_up_payment_status'),
              nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('bonus_fen', sa.BigInteger(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=128), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('description', sa.String(length=127), nullable=False),
    sa.Column('app_id', sa.String(length=32), nullable=True),
    sa.Column('payer_openid_encrypted', sa.LargeBinary(), nullable=True),
    sa.Column('notify_url', sa.String(length=255), nullable=True),
    sa.Column('time_expire', sa.DateTime(timezone=True), nullable=True),
    sa.Column('time_stamp', sa.String(length=16), nullable=True),
    sa.Column('nonce_str', sa.String(length=32), nullable=True),
    sa.Column('prepay_id', sa.String(length=64), nullable=True),
    sa.Column('auth_code', sa.String(length=32), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('channel_state', sa.String(length=16), nullable=True),
    sa.Column('channel_message', sa.String(length=255), nullable=True),
    sa.Column('transaction_id', sa.String(length=64), nullable=True),
    sa.Column('fee_fen', sa.BigInteger(), nullable=False),
    sa.Column('card_top_up_id', sa.Uuid(), nullable=True),
    sa.Column('settled_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'],
                            name=op.f('fk_card_top_up_payments_company_id_companies')),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_card_top_up_payments_card_id_cards')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_card_top_up_payments_station_id_stations')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_card_top_up_payments_member_id_members')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_card_top_up_payments_shift_id_shifts')),
    sa.ForeignKeyConstraint(['card_top_up_id'], ['card_top_ups.id'],
                            name=op.f('fk_card_top_up_payments_card_top_up_id_card_top_ups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card_top_up_payments')),
    sa.UniqueConstraint('company_id', 'idempotency_key',
                        name=op.f('uq_card_top_up_payments_company_id_idempotency_key')))
    op.create_index(op.f('ix_card_top_up_payments_company_id'), TABLE, ['company_id'], unique=False)
    op.create_index(op.f('ix_card_top_up_payments_card_id'), TABLE, ['card_id'], unique=False)
    op.create_index(op.f('ix_card_top_up_payments_status'), TABLE, ['status'], unique=False)
    enable_company_rls(TABLE)


def downgrade() -> None:
    disable_station_rls(TABLE)
    op.drop_table(TABLE)
    op.execute("DROP TYPE card_top_up_payment_status")
    op.execute("DROP TYPE card_top_up_payment_kind")
