"""price book and price changes

Revision ID: 81c5b02d8215
Revises: 54c40105482a
Create Date: 2026-11-22 13:12:49.562284
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls
from sqlalchemy.dialects import postgresql
revision: str = '81c5b02d8215'
down_revision: str | None = '54c40105482a'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATION_SCOPED = ("station_prices", "price_deliveries")


def upgrade() -> None:
    op.create_table('price_changes',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('grade_id', sa.Uuid(), nullable=False),
    sa.Column('scope', sa.Enum('stations', 'region', 'company', name='price_scope'), nullable=False),
    sa.Column('region_id', sa.Uuid(), nullable=True),
    sa.Column('station_ids', postgresql.ARRAY(sa.Uuid()), nullable=False),
    sa.Column('price_fen', sa.Integer(), nullable=False),
    sa.Column('effective_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.Enum('pending_approval', 'scheduled', 'applied', 'rejected', 'cancelled', name='price_change_status'), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('needs_approval', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.Uuid(), nullable=True),
    sa.Column('decided_by_id', sa.Uuid(), nullable=True),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_price_changes_company_id_companies')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff_users.id'], name=op.f('fk_price_changes_created_by_id_staff_users')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['staff_users.id'], name=op.f('fk_price_changes_decided_by_id_staff_users')),
    sa.ForeignKeyConstraint(['grade_id'], ['fuel_grades.id'], name=op.f('fk_price_changes_grade_id_fuel_grades')),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_price_changes_region_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_price_changes'))
    )
    op.create_index(op.f('ix_price_changes_company_id'), 'price_changes', ['company_id'], unique=False)
    op.create_index('ix_price_changes_due', 'price_changes', ['status', 'effective_at'], unique=False)
    op.create_table('station_prices',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('grade_id', sa.Uuid(), nullable=False),
    sa.Column('price_fen', sa.Integer(), nullable=False),
    sa.Column('change_id', sa.Uuid(), nullable=True),
    sa.Column('effective_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['change_id'], ['price_changes.id'], name=op.f('fk_station_prices_change_id_price_changes')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_station_prices_company_id_companies')),
    sa.ForeignKeyConstraint(['grade_id'], ['fuel_grades.id'], name=op.f('fk_station_prices_grade_id_fuel_grades')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_station_prices_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_station_prices')),
    sa.UniqueConstraint('station_id', 'grade_id', name=op.f('uq_station_prices_station_id_grade_id'))
    )
    op.create_index(op.f('ix_station_prices_company_id'), 'station_prices', ['company_id'], unique=False)
    op.create_index(op.f('ix_station_prices_station_id'), 'station_prices', ['station_id'], unique=False)
    op.create_table('price_deliveries',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('change_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('nozzle_id', sa.Uuid(), nullable=False),
    sa.Column('price_fen', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'sent', 'confirmed', 'failed', name='price_delivery_status'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['change_id'], ['price_changes.id'], name=op.f('fk_price_deliveries_change_id_price_changes')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_price_deliveries_company_id_companies')),
    sa.ForeignKeyConstraint(['nozzle_id'], ['nozzles.id'], name=op.f('fk_price_deliveries_nozzle_id_nozzles')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_price_deliveries_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_price_deliveries')),
    sa.UniqueConstraint('change_id', 'nozzle_id', name=op.f('uq_price_deliveries_change_id_nozzle_id'))
    )
    op.create_index(op.f('ix_price_deliveries_change_id'), 'price_deliveries', ['change_id'], unique=False)
    op.create_index(op.f('ix_price_deliveries_company_id'), 'price_deliveries', ['company_id'], unique=False)
    op.create_index(op.f('ix_price_deliveries_station_id'), 'price_deliveries', ['station_id'], unique=False)

    for table in STATION_SCOPED:
        enable_station_rls(table)


def downgrade() -> None:
    for table in STATION_SCOPED:
        disable_station_rls(table)
    op.drop_index(op.f('ix_price_deliveries_station_id'), table_name='price_deliveries')
    op.drop_index(op.f('ix_price_deliveries_company_id'), table_name='price_deliveries')
    op.drop_index(op.f('ix_price_deliveries_change_id'), table_name='price_deliveries')
    op.drop_table('price_deliveries')
    op.drop_index(op.f('ix_station_prices_station_id'), table_name='station_prices')
    op.drop_index(op.f('ix_station_prices_company_id'), table_name='station_prices')
    op.drop_table('station_prices')
    op.drop_index('ix_price_changes_due', table_name='price_changes')
    op.drop_index(op.f('ix_price_changes_company_id'), table_name='price_changes')
    op.drop_table('price_changes')
