"""stored-value cards: card products, cards, top-ups and spends (company-level row security)

Revision ID: f6a8b0c2d4e6
Revises: e5f7a9b1c3d4
Create Date: 2026-12-03 08:00:00.000000
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from api.migrations.rls import disable_station_rls, enable_company_rls

revision: str = 'f6a8b0c2d4e6'
down_revision: str | None = 'e5f7a9b1c3d4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("card_products", "cards", "card_top_ups", "card_spends")
NEW_GRANTS = {"card_products.manage": ("company_admin", "station_manager"),
              "cards.top_up": ("company_admin", "station_manager", "cashier")}
KIND = postgresql.ENUM('virtual', 'physical', name='card_kind', create_type=False)


def _keyed() -> list[sa.Column]:
    return [sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
            sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False)]


def _company(table: str) -> list[Any]:
    return [sa.Column('company_id', sa.Uuid(), nullable=False),
            sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=f'fk_{table}_company_id_companies'),
            sa.PrimaryKeyConstraint('id', name=f'pk_{table}')]


def upgrade() -> None:
    KIND.create(op.get_bind())
    op.create_table('card_products', *_keyed(), *_company('card_products'),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('kind', KIND, nullable=False),
    sa.Column('named', sa.Boolean(), nullable=False),
    sa.Column('grade_codes', postgresql.ARRAY(sa.String(length=8)), nullable=False),
    sa.Column('allows_goods', sa.Boolean(), nullable=False),
    sa.Column('goods_categories', postgresql.ARRAY(sa.String(length=32)), nullable=False),
    sa.Column('station_ids', postgresql.ARRAY(sa.Uuid()), nullable=False),
    sa.Column('top_up_min_fen', sa.BigInteger(), nullable=False),
    sa.Column('top_up_max_fen', sa.BigInteger(), nullable=False),
    sa.Column('bonus_tiers', postgresql.JSONB(), nullable=False),
    sa.Column('per_transaction_limit_fen', sa.BigInteger(), nullable=True),
    sa.Column('daily_limit_fen', sa.BigInteger(), nullable=True),
    sa.Column('monthly_limit_fen', sa.BigInteger(), nullable=True),
    sa.Column('daily_count_limit', sa.Integer(), nullable=True),
    sa.Column('password_above_fen', sa.BigInteger(), nullable=True),
    sa.Column('valid_days', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.UniqueConstraint('company_id', 'name', name='uq_card_products_company_id_name'))
    op.create_index('ix_card_products_company_id', 'card_products', ['company_id'])
    op.create_table('cards', *_keyed(), *_company('cards'),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('kind', KIND, nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=True),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('mode', sa.Enum('allocated', 'shared', name='card_mode'), nullable=True),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('state', sa.Enum('active', 'frozen', 'reported_lost', 'disabled', 'closed', name='card_state'),
              nullable=False),
    sa.Column('phone_encrypted', sa.LargeBinary(), nullable=True),
    sa.Column('phone_index', sa.String(length=64), nullable=True),
    sa.Column('password_hash', sa.String(length=128), nullable=True),
    sa.Column('per_transaction_limit_fen', sa.BigInteger(), nullable=True),
    sa.Column('daily_limit_fen', sa.BigInteger(), nullable=True),
    sa.Column('monthly_limit_fen', sa.BigInteger(), nullable=True),
    sa.Column('daily_count_limit', sa.Integer(), nullable=True),
    sa.Column('principal_in_fen', sa.BigInteger(), nullable=False),
    sa.Column('bonus_in_fen', sa.BigInteger(), nullable=False),
    sa.Column('spent_fen', sa.BigInteger(), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('recovered', sa.Boolean(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['product_id'], ['card_products.id'], name='fk_cards_product_id_card_products'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name='fk_cards_member_id_members'),
    sa.ForeignKeyConstraint(['parent_id'], ['cards.id'], name='fk_cards_parent_id_cards'),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name='fk_cards_station_id_stations'),
    sa.CheckConstraint('principal_in_fen >= 0 AND bonus_in_fen >= 0 AND spent_fen >= 0 '
                       'AND spent_fen <= principal_in_fen + bonus_in_fen', name='ck_cards_history_consistent'),
    sa.UniqueConstraint('company_id', 'number', name='uq_cards_company_id_number'))
    op.create_index('ix_cards_company_id', 'cards', ['company_id'])
    op.create_index('ix_cards_member', 'cards', ['member_id'])
    op.create_index('ix_cards_parent', 'cards', ['parent_id'])
    op.create_index('ix_cards_phone_index', 'cards', ['phone_index'])
    op.create_table('card_top_ups', *_keyed(), *_company('card_top_ups'),
    sa.Column('card_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('shift_id', sa.Uuid(), nullable=True),
    sa.Column('method', sa.Enum('cash', 'bank_transfer', 'wechat', 'alipay', name='card_top_up_method'),
              nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('bonus_fen', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=True),
    sa.Column('idempotency_key', sa.String(length=128), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('transfer_id', sa.Uuid(), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name='fk_card_top_ups_card_id_cards'),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name='fk_card_top_ups_station_id_stations'),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name='fk_card_top_ups_shift_id_shifts'),
    sa.ForeignKeyConstraint(['transfer_id'], ['ledger_transfers.id'],
                            name='fk_card_top_ups_transfer_id_ledger_transfers'),
    sa.UniqueConstraint('company_id', 'idempotency_key', name='uq_card_top_ups_company_id_idempotency_key'))
    op.create_index('ix_card_top_ups_company_id', 'card_top_ups', ['company_id'])
    op.create_index('ix_card_top_ups_card_id', 'card_top_ups', ['card_id'])
    op.create_table('card_spends', *_keyed(), *_company('card_spends'),
    sa.Column('card_id', sa.Uuid(), nullable=False),
    sa.Column('paying_card_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('principal_fen', sa.BigInteger(), nullable=False),
    sa.Column('bonus_fen', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name='fk_card_spends_card_id_cards'),
    sa.ForeignKeyConstraint(['paying_card_id'], ['cards.id'], name='fk_card_spends_paying_card_id_cards'),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name='fk_card_spends_station_id_stations'),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name='fk_card_spends_order_id_orders'),
    sa.UniqueConstraint('order_id', 'card_id', name=op.f('uq_card_spends_order_id_card_id')))
    op.create_index('ix_card_spends_company_id', 'card_spends', ['company_id'])
    op.create_index('ix_card_spends_card_time', 'card_spends', ['card_id', 'created_at'])
    for table in TABLES:
        enable_company_rls(table)
    for permission, roles in NEW_GRANTS.items():
        op.execute(sa.text("UPDATE roles SET permissions = array_append(permissions, :p) WHERE is_builtin "
                           "AND code = ANY(:codes) AND NOT (:p = ANY(permissions))")
                   .bindparams(sa.bindparam("codes", list(roles), type_=postgresql.ARRAY(sa.String())), p=permission))


def downgrade() -> None:
    for permission in NEW_GRANTS:
        op.execute(sa.text("UPDATE roles SET permissions = array_remove(permissions, :p)").bindparams(p=permission))
    for table in reversed(TABLES):
        disable_station_rls(table)
        op.drop_table(table)
    for name in ('card_top_up_method', 'card_state', 'card_mode', 'card_kind'):
        op.execute(f"DROP TYPE {name}")
