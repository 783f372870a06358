"""fleets (大客户 / 车队): enterprise customers, whitelisted vehicles, on-account spends, money received and
adjustments with two-person approval; company-level row-level security; fleets.view for the built-in roles

Revision ID: ebd106e6ca65
Revises: ddd77e96d396
Create Date: 2026-12-03 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from api.migrations.rls import disable_station_rls, enable_company_rls

revision: str = 'ebd106e6ca65'
down_revision: str | None = 'ddd77e96d396'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("fleets", "fleet_adjustments", "fleet_receipts", "fleet_vehicles", "fleet_spends")
ENUMS = ("fleet_status", "fleet_adjustment_kind", "fleet_adjustment_status", "fleet_receipt_kind",
         "fleet_vehicle_status")
NEW_GRANTS = {"fleets.view": ("company_admin", "station_manager", "finance"),
              "fleets.manage": ("station_manager",)}


def upgrade() -> None:
    op.create_table('fleets',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('tax_number', sa.String(length=18), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('normal', 'frozen', name='fleet_status'), nullable=False),
    sa.Column('contacts', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('remark', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_fleets_company_id_companies')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_fleets_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fleets')),
    sa.UniqueConstraint('company_id', 'number', name=op.f('uq_fleets_company_id_number')),
    sa.UniqueConstraint('company_id', 'tax_number', name=op.f('uq_fleets_company_id_tax_number'))
    )
    op.create_index(op.f('ix_fleets_company_id'), 'fleets', ['company_id'], unique=False)
    op.create_index('ix_fleets_company_station', 'fleets', ['company_id', 'station_id'], unique=False)
    op.create_table('fleet_adjustments',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('fleet_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('credit_limit', 'prepaid', 'granted', name='fleet_adjustment_kind'), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('status', sa.Enum('pending', 'approved', 'rejected', name='fleet_adjustment_status'), nullable=False),
    sa.Column('idempotency_key', sa.String(length=128), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('requested_by', sa.Uuid(), nullable=False),
    sa.Column('decided_by', sa.Uuid(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_note', sa.String(length=200), nullable=True),
    sa.Column('before_fen', sa.BigInteger(), nullable=True),
    sa.Column('after_fen', sa.BigInteger(), nullable=True),
    sa.Column('transfer_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_fleet_adjustments_company_id_companies')),
    sa.ForeignKeyConstraint(['decided_by'], ['staff_users.id'],
                            name=op.f('fk_fleet_adjustments_decided_by_staff_users')),
    sa.ForeignKeyConstraint(['fleet_id'], ['fleets.id'], name=op.f('fk_fleet_adjustments_fleet_id_fleets')),
    sa.ForeignKeyConstraint(['requested_by'], ['staff_users.id'],
                            name=op.f('fk_fleet_adjustments_requested_by_staff_users')),
    sa.ForeignKeyConstraint(['transfer_id'], ['ledger_transfers.id'],
                            name=op.f('fk_fleet_adjustments_transfer_id_ledger_transfers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fleet_adjustments')),
    sa.UniqueConstraint('company_id', 'idempotency_key', name=op.f('uq_fleet_adjustments_company_id_idempotency_key'))
    )
    op.create_index(op.f('ix_fleet_adjustments_company_id'), 'fleet_adjustments', ['company_id'], unique=False)
    op.create_index('ix_fleet_adjustments_fleet', 'fleet_adjustments', ['fleet_id', 'created_at'], unique=False)
    op.create_index('ix_fleet_adjustments_pending', 'fleet_adjustments', ['company_id', 'status'], unique=False)
    op.create_table('fleet_receipts',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('fleet_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('top_up', 'payment', name='fleet_receipt_kind'), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('bank_reference', sa.String(length=64), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('remark', sa.String(length=200), nullable=True),
    sa.Column('recorded_by', sa.Uuid(), nullable=True),
    sa.Column('transfer_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_fleet_receipts_company_id_companies')),
    sa.ForeignKeyConstraint(['fleet_id'], ['fleets.id'], name=op.f('fk_fleet_receipts_fleet_id_fleets')),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff_users.id'],
                            name=op.f('fk_fleet_receipts_recorded_by_staff_users')),
    sa.ForeignKeyConstraint(['transfer_id'], ['ledger_transfers.id'],
                            name=op.f('fk_fleet_receipts_transfer_id_ledger_transfers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fleet_receipts')),
    sa.UniqueConstraint('transfer_id', name=op.f('uq_fleet_receipts_transfer_id'))
    )
    op.create_index(op.f('ix_fleet_receipts_company_id'), 'fleet_receipts', ['company_id'], unique=False)
    op.create_index('ix_fleet_receipts_fleet_time', 'fleet_receipts', ['fleet_id', 'created_at'], unique=False)
    op.create_table('fleet_vehicles',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('fleet_id', sa.Uuid(), nullable=False),
    sa.Column('plate', sa.String(length=10), nullable=False),
    sa.Column('driver_name', sa.String(length=32), nullable=True),
    sa.Column('status', sa.Enum('active', 'frozen', name='fleet_vehicle_status'), nullable=False),
    sa.Column('grade_codes', postgresql.ARRAY(sa.String(length=16)), nullable=False),
    sa.Column('daily_amount_fen', sa.BigInteger(), nullable=True),
    sa.Column('daily_volume_ml', sa.BigInteger(), nullable=True),
    sa.Column('daily_count', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_fleet_vehicles_company_id_companies')),
    sa.ForeignKeyConstraint(['fleet_id'], ['fleets.id'],
                            name=op.f('fk_fleet_vehicles_fleet_id_fleets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fleet_vehicles')),
    sa.UniqueConstraint('company_id', 'plate', name=op.f('uq_fleet_vehicles_company_id_plate'))
    )
    op.create_index(op.f('ix_fleet_vehicles_company_id'), 'fleet_vehicles', ['company_id'], unique=False)
    op.create_index(op.f('ix_fleet_vehicles_fleet_id'), 'fleet_vehicles', ['fleet_id'], unique=False)
    op.create_table('fleet_spends',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('fleet_id', sa.Uuid(), nullable=False),
    sa.Column('vehicle_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('plate', sa.String(length=10), nullable=False),
    sa.Column('local_day', sa.Date(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('volume_ml', sa.BigInteger(), nullable=False),
    sa.Column('prepaid_fen', sa.BigInteger(), nullable=False),
    sa.Column('granted_fen', sa.BigInteger(), nullable=False),
    sa.Column('credit_fen', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('amount_fen = prepaid_fen + granted_fen + credit_fen',
                       name=op.f('ck_fleet_spends_split_adds_up')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_fleet_spends_company_id_companies')),
    sa.ForeignKeyConstraint(['fleet_id'], ['fleets.id'], name=op.f('fk_fleet_spends_fleet_id_fleets')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_fleet_spends_order_id_orders')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_fleet_spends_station_id_stations')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['fleet_vehicles.id'],
                            name=op.f('fk_fleet_spends_vehicle_id_fleet_vehicles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fleet_spends')),
    sa.UniqueConstraint('order_id', name=op.f('uq_fleet_spends_order_id'))
    )
    op.create_index(op.f('ix_fleet_spends_company_id'), 'fleet_spends', ['company_id'], unique=False)
    op.create_index('ix_fleet_spends_fleet_time', 'fleet_spends', ['fleet_id', 'created_at'], unique=False)
    op.create_index('ix_fleet_spends_vehicle_day', 'fleet_spends', ['vehicle_id', 'local_day'], unique=False)
    for table in TABLES:
        enable_company_rls(table)
    # the built-in roles of existing companies get what the new definitions give them
    for permission, roles in NEW_GRANTS.items():
        op.execute(sa.text("UPDATE roles SET permissions = array_append(permissions, :p) WHERE is_builtin "
                           "AND code = ANY(:codes) AND NOT (:p = ANY(permissions))")
                   .bindparams(sa.bindparam("codes", list(roles), type_=postgresql.ARRAY(sa.String())), p=permission))


def downgrade() -> None:
    op.execute(sa.text("UPDATE roles SET permissions = array_remove(permissions, 'fleets.view')"))
    op.execute(sa.text("UPDATE roles SET permissions = array_remove(permissions, 'fleets.manage') WHERE is_builtin "
                       "AND code = 'station_manager'"))
    for table in reversed(TABLES):
        disable_station_rls(table)
    op.drop_index('ix_fleet_spends_vehicle_day', table_name='fleet_spends')
    op.drop_index('ix_fleet_spends_fleet_time', table_name='fleet_spends')
    op.drop_index(op.f('ix_fleet_spends_company_id'), table_name='fleet_spends')
    op.drop_table('fleet_spends')
    op.drop_index(op.f('ix_fleet_vehicles_fleet_id'), table_name='fleet_vehicles')
    op.drop_index(op.f('ix_fleet_vehicles_company_id'), table_name='fleet_vehicles')
    op.drop_table('fleet_vehicles')
    op.drop_index('ix_fleet_receipts_fleet_time', table_name='fleet_receipts')
    op.drop_index(op.f('ix_fleet_receipts_company_id'), table_name='fleet_receipts')
    op.drop_table('fleet_receipts')
    op.drop_index('ix_fleet_adjustments_pending', table_name='fleet_adjustments')
    op.drop_index('ix_fleet_adjustments_fleet', table_name='fleet_adjustments')
    op.drop_index(op.f('ix_fleet_adjustments_company_id'), table_name='fleet_adjustments')
    op.drop_table('fleet_adjustments')
    op.drop_index('ix_fleets_company_station', table_name='fleets')
    op.drop_index(op.f('ix_fleets_company_id'), table_name='fleets')
    op.drop_table('fleets')
    for enum in ENUMS:
        op.execute(f"DROP TYPE IF EXISTS {enum}")
