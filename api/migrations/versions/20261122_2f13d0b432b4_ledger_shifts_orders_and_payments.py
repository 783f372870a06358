"""ledger, shifts, orders and payments

Revision ID: 2f13d0b432b4
Revises: c9524114e54a
Create Date: 2026-11-22 19:18:08.970736
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls

revision: str = '2f13d0b432b4'
down_revision: str | None = 'c9524114e54a'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATION_SCOPED = ("shifts", "orders", "order_lines", "payments")
COMPANY_SCOPED = ("ledger_accounts", "ledger_transfers", "ledger_entries")


def upgrade() -> None:
    op.create_table('ledger_accounts',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=96), nullable=False),
    sa.Column('currency', sa.String(length=8), nullable=False),
    sa.Column('balance', sa.BigInteger(), nullable=False),
    sa.Column('allow_negative', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('allow_negative OR balance >= 0', name=op.f('ck_ledger_accounts_non_negative')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_ledger_accounts_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_accounts')),
    sa.UniqueConstraint('company_id', 'code', name=op.f('uq_ledger_accounts_company_id_code'))
    )
    op.create_index(op.f('ix_ledger_accounts_company_id'), 'ledger_accounts', ['company_id'], unique=False)
    op.create_table('ledger_transfers',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=128), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_ledger_transfers_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_transfers')),
    sa.UniqueConstraint('company_id', 'idempotency_key', name=op.f('uq_ledger_transfers_company_id_idempotency_key'))
    )
    op.create_index(op.f('ix_ledger_transfers_company_id'), 'ledger_transfers', ['company_id'], unique=False)
    op.create_table('ledger_entries',
    sa.Column('seq', sa.BigInteger(), sa.Identity(always=True), nullable=False),
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('transfer_id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('balance_before', sa.BigInteger(), nullable=False),
    sa.Column('balance_after', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('amount <> 0', name=op.f('ck_ledger_entries_not_zero')),
    sa.CheckConstraint('balance_after = balance_before + amount', name=op.f('ck_ledger_entries_balance_follows')),
    sa.ForeignKeyConstraint(['account_id'], ['ledger_accounts.id'], name=op.f('fk_ledger_entries_account_id_ledger_accounts')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_ledger_entries_company_id_companies')),
    sa.ForeignKeyConstraint(['transfer_id'], ['ledger_transfers.id'], name=op.f('fk_ledger_entries_transfer_id_ledger_transfers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entries'))
    )
    op.create_index('ix_ledger_entries_account', 'ledger_entries', ['account_id', 'seq'], unique=False)
    op.create_index(op.f('ix_ledger_entries_company_id'), 'ledger_entries', ['company_id'], unique=False)
    op.create_index(op.f('ix_ledger_entries_transfer_id'), 'ledger_entries', ['transfer_id'], unique=False)
    op.create_table('shifts',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('open', 'closed', name='shift_status'), nullable=False),
    sa.Column('cashier_id', sa.Uuid(), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('opening_float_fen', sa.BigInteger(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by_id', sa.Uuid(), nullable=True),
    sa.Column('expected_cash_fen', sa.BigInteger(), nullable=True),
    sa.Column('counted_cash_fen', sa.BigInteger(), nullable=True),
    sa.Column('over_short_fen', sa.BigInteger(), nullable=True),
    sa.Column('over_short_reason', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['cashier_id'], ['staff_users.id'], name=op.f('fk_shifts_cashier_id_staff_users')),
    sa.ForeignKeyConstraint(['closed_by_id'], ['staff_users.id'], name=op.f('fk_shifts_closed_by_id_staff_users')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_shifts_company_id_companies')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_shifts_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shifts')),
    sa.UniqueConstraint('station_id', 'number', name=op.f('uq_shifts_station_id_number'))
    )
    op.create_index(op.f('ix_shifts_company_id'), 'shifts', ['company_id'], unique=False)
    op.create_index('uq_shifts_one_open', 'shifts', ['station_id'], unique=True, postgresql_where=sa.text("status = 'open'"))
    op.create_table('orders',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('shift_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('status', sa.Enum('awaiting_payment', 'paid', 'partially_refunded', 'refunded', 'voided', 'drive_off', name='order_status'), nullable=False),
    sa.Column('cashier_id', sa.Uuid(), nullable=False),
    sa.Column('total_fen', sa.BigInteger(), nullable=False),
    sa.Column('discount_fen', sa.BigInteger(), nullable=False),
    sa.Column('payable_fen', sa.BigInteger(), nullable=False),
    sa.Column('paid_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('remark', sa.String(length=200), nullable=True),
    sa.Column('idempotency_key', sa.String(length=128), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['cashier_id'], ['staff_users.id'], name=op.f('fk_orders_cashier_id_staff_users')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_orders_company_id_companies')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_orders_shift_id_shifts')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_orders_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orders')),
    sa.UniqueConstraint('company_id', 'idempotency_key', name=op.f('uq_orders_company_id_idempotency_key')),
    sa.UniqueConstraint('station_id', 'number', name=op.f('uq_orders_station_id_number'))
    )
    op.create_index(op.f('ix_orders_company_id'), 'orders', ['company_id'], unique=False)
    op.create_index('ix_orders_shift', 'orders', ['shift_id'], unique=False)
    op.create_index('ix_orders_station_created', 'orders', ['station_id', 'created_at'], unique=False)
    op.create_table('payments',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('shift_id', sa.Uuid(), nullable=False),
    sa.Column('tender', sa.Enum('cash', 'unionpay', name='tender'), nullable=False),
    sa.Column('status', sa.Enum('created', 'pending', 'succeeded', 'failed', 'closed', name='payment_status'), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('given_fen', sa.BigInteger(), nullable=True),
    sa.Column('change_fen', sa.BigInteger(), nullable=True),
    sa.Column('reference', sa.String(length=64), nullable=True),
    sa.Column('transfer_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_payments_company_id_companies')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_payments_order_id_orders')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_payments_shift_id_shifts')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_payments_station_id_stations')),
    sa.ForeignKeyConstraint(['transfer_id'], ['ledger_transfers.id'], name=op.f('fk_payments_transfer_id_ledger_transfers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    op.create_index(op.f('ix_payments_company_id'), 'payments', ['company_id'], unique=False)
    op.create_index(op.f('ix_payments_order_id'), 'payments', ['order_id'], unique=False)
    op.create_index(op.f('ix_payments_shift_id'), 'payments', ['shift_id'], unique=False)
    op.create_table('order_lines',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('fueling_id', sa.Uuid(), nullable=True),
    sa.Column('description', sa.String(length=100), nullable=False),
    sa.Column('grade_code', sa.String(length=8), nullable=True),
    sa.Column('quantity_ml', sa.BigInteger(), nullable=True),
    sa.Column('unit_price_fen', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_order_lines_company_id_companies')),
    sa.ForeignKeyConstraint(['fueling_id'], ['fuelings.id'], name=op.f('fk_order_lines_fueling_id_fuelings')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_lines_order_id_orders')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_order_lines_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_lines')),
    sa.UniqueConstraint('fueling_id', name=op.f('uq_order_lines_fueling_id'))
    )
    op.create_index(op.f('ix_order_lines_company_id'), 'order_lines', ['company_id'], unique=False)
    op.create_index(op.f('ix_order_lines_order_id'), 'order_lines', ['order_id'], unique=False)
    op.add_column('fuelings', sa.Column('order_id', sa.Uuid(), nullable=True))
    op.create_foreign_key(op.f('fk_fuelings_order_id_orders'), 'fuelings', 'orders', ['order_id'], ['id'], use_alter=True)

    for table in STATION_SCOPED:
        enable_station_rls(table)
    for table in COMPANY_SCOPED:
        enable_station_rls(table, "NULL")  # visible to the whole company, never to another


def downgrade() -> None:
    for table in (*STATION_SCOPED, *COMPANY_SCOPED):
        disable_station_rls(table)
    op.drop_constraint(op.f('fk_fuelings_order_id_orders'), 'fuelings', type_='foreignkey')
    op.drop_column('fuelings', 'order_id')
    op.drop_index(op.f('ix_order_lines_order_id'), table_name='order_lines')
    op.drop_index(op.f('ix_order_lines_company_id'), table_name='order_lines')
    op.drop_table('order_lines')
    op.drop_index(op.f('ix_payments_shift_id'), table_name='payments')
    op.drop_index(op.f('ix_payments_order_id'), table_name='payments')
    op.drop_index(op.f('ix_payments_company_id'), table_name='payments')
    op.drop_table('payments')
    op.drop_index('ix_orders_station_created', table_name='orders')
    op.drop_index('ix_orders_shift', table_name='orders')
    op.drop_index(op.f('ix_orders_company_id'), table_name='orders')
    op.drop_table('orders')
    op.drop_index('uq_shifts_one_open', table_name='shifts', postgresql_where=sa.text("status = 'open'"))
    op.drop_index(op.f('ix_shifts_company_id'), table_name='shifts')
    op.drop_table('shifts')
    op.drop_index(op.f('ix_ledger_entries_transfer_id'), table_name='ledger_entries')
    op.drop_index(op.f('ix_ledger_entries_company_id'), table_name='ledger_entries')
    op.drop_index('ix_ledger_entries_account', table_name='ledger_entries')
    op.drop_table('ledger_entries')
    op.drop_index(op.f('ix_ledger_transfers_company_id'), table_name='ledger_transfers')
    op.drop_table('ledger_transfers')
    op.drop_index(op.f('ix_ledger_accounts_company_id'), table_name='ledger_accounts')
    op.drop_table('ledger_accounts')
    for enum in ("payment_status", "tender", "order_status", "shift_status"):
        op.execute(f"DROP TYPE IF EXISTS {enum}")
