"""day closes

Revision ID: dfeb248974b8
Revises: bb124c0fbf19
Create Date: 2026-11-22 21:40:12.118204
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from api.migrations.rls import disable_station_rls, enable_station_rls

revision: str = 'dfeb248974b8'
down_revision: str | None = 'bb124c0fbf19'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IMMUTABLE = """
CREATE OR REPLACE FUNCTION forecourt_day_close_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'day_closes never change: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER day_closes_immutable BEFORE UPDATE OR DELETE ON day_closes
  FOR EACH ROW EXECUTE FUNCTION forecourt_day_close_immutable();
CREATE TRIGGER day_closes_no_truncate BEFORE TRUNCATE ON day_closes
  FOR EACH STATEMENT EXECUTE FUNCTION forecourt_day_close_immutable();
"""


def upgrade() -> None:
    op.create_table('day_closes',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_by_id', sa.Uuid(), nullable=False),
    sa.Column('remark', sa.String(length=200), nullable=True),
    sa.Column('shift_count', sa.Integer(), nullable=False),
    sa.Column('orders', sa.Integer(), nullable=False),
    sa.Column('sales_fen', sa.BigInteger(), nullable=False),
    sa.Column('refunds_fen', sa.BigInteger(), nullable=False),
    sa.Column('drive_offs', sa.Integer(), nullable=False),
    sa.Column('drive_off_fen', sa.BigInteger(), nullable=False),
    sa.Column('expected_cash_fen', sa.BigInteger(), nullable=False),
    sa.Column('counted_cash_fen', sa.BigInteger(), nullable=False),
    sa.Column('over_short_fen', sa.BigInteger(), nullable=False),
    sa.Column('breakdown', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('idempotency_key', sa.String(length=128), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['closed_by_id'], ['staff_users.id'], name=op.f('fk_day_closes_closed_by_id_staff_users')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_day_closes_company_id_companies')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_day_closes_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_day_closes')),
    sa.UniqueConstraint('company_id', 'idempotency_key', name=op.f('uq_day_closes_company_id_idempotency_key')),
    sa.UniqueConstraint('station_id', 'business_date', name=op.f('uq_day_closes_station_id_business_date'))
    )
    op.create_index(op.f('ix_day_closes_company_id'), 'day_closes', ['company_id'], unique=False)
    enable_station_rls("day_closes")
    op.execute(IMMUTABLE)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS day_closes_no_truncate ON day_closes")
    op.execute("DROP TRIGGER IF EXISTS day_closes_immutable ON day_closes")
    op.execute("DROP FUNCTION IF EXISTS forecourt_day_close_immutable()")
    disable_station_rls("day_closes")
    op.drop_index(op.f('ix_day_closes_company_id'), table_name='day_closes')
    op.drop_table('day_closes')
