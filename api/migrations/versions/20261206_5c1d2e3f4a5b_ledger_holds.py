"""ledger holds: pending two-phase transfers reserving what guarded accounts would pay

Revision ID: 5c1d2e3f4a5b
Revises: c8e2f4a6b0d1
Create Date: 2026-12-06 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from api.migrations.rls import disable_station_rls, enable_company_rls

revision: str = '5c1d2e3f4a5b'
down_revision: str | None = 'c8e2f4a6b0d1'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUS = postgresql.ENUM('pending', 'posted', 'voided', 'expired', name='ledger_hold_status', create_type=False)


def upgrade() -> None:
    op.add_column('ledger_accounts', sa.Column('reserved', sa.BigInteger(), server_default='0', nullable=False))
    op.create_check_constraint(op.f('ck_ledger_accounts_reserved_within_held'), 'ledger_accounts',
                               'reserved >= 0 AND (NOT guarded OR balance + reserved <= 0)')
    STATUS.create(op.get_bind(), checkfirst=True)
    op.create_table('ledger_holds',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=128), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=True),
    sa.Column('legs', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('reservations', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('status', STATUS, nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('transfer_id', sa.Uuid(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_ledger_holds_company_id_companies')),
    sa.ForeignKeyConstraint(['transfer_id'], ['ledger_transfers.id'],
                            name=op.f('fk_ledger_holds_transfer_id_ledger_transfers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_holds')),
    sa.UniqueConstraint('company_id', 'idempotency_key', name=op.f('uq_ledger_holds_company_id_idempotency_key'))
    )
    op.create_index(op.f('ix_ledger_holds_company_id'), 'ledger_holds', ['company_id'], unique=False)
    op.create_index('ix_ledger_holds_pending_expiry', 'ledger_holds', ['expires_at'], unique=False,
                    postgresql_where=sa.text("status = 'pending'"))
    enable_company_rls('ledger_holds')


def downgrade() -> None:
    disable_station_rls('ledger_holds')
    op.drop_index('ix_ledger_holds_pending_expiry', table_name='ledger_holds',
                  postgresql_where=sa.text("status = 'pending'"))
    op.drop_index(op.f('ix_ledger_holds_company_id'), table_name='ledger_holds')
    op.drop_table('ledger_holds')
    STATUS.drop(op.get_bind(), checkfirst=True)
    op.drop_constraint(op.f('ck_ledger_accounts_reserved_within_held'), 'ledger_accounts', type_='check')
    op.drop_column('ledger_accounts', 'reserved')
