"""totalizer readings and shift meters

Revision ID: 4b7e1d2c9f30
Revises: 8c3d5e7f9a21
Create Date: 2026-12-01 07:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from api.migrations.rls import disable_station_rls, enable_station_rls

revision: str = '4b7e1d2c9f30'
down_revision: str | None = '8c3d5e7f9a21'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("nozzle_totalizer_readings", "totalizer_read_requests", "shift_nozzle_meters")


def _keyed() -> list[sa.Column]:
    return [sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
            sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False)]


def upgrade() -> None:
    op.create_table('nozzle_totalizer_readings',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('nozzle_id', sa.Uuid(), nullable=False),
    sa.Column('totalizer_ml', sa.BigInteger(), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=False),
    *_keyed(),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_nozzle_totalizer_readings_company_id_companies')),
    sa.ForeignKeyConstraint(['nozzle_id'], ['nozzles.id'], name=op.f('fk_nozzle_totalizer_readings_nozzle_id_nozzles')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_nozzle_totalizer_readings_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nozzle_totalizer_readings')),
    sa.UniqueConstraint('nozzle_id', 'read_at', name=op.f('uq_nozzle_totalizer_readings_nozzle_id_read_at'))
    )
    op.create_index(op.f('ix_nozzle_totalizer_readings_company_id'), 'nozzle_totalizer_readings', ['company_id'], unique=False)
    op.create_index('ix_nozzle_totalizer_readings_station_read', 'nozzle_totalizer_readings', ['station_id', 'read_at'], unique=False)

    op.create_table('totalizer_read_requests',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    *_keyed(),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_totalizer_read_requests_company_id_companies')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_totalizer_read_requests_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_totalizer_read_requests')),
    sa.UniqueConstraint('station_id', name=op.f('uq_totalizer_read_requests_station_id'))
    )
    op.create_index(op.f('ix_totalizer_read_requests_company_id'), 'totalizer_read_requests', ['company_id'], unique=False)

    meter_source = postgresql.ENUM('totalizer', 'fueling', name='meter_source')
    meter_source.create(op.get_bind())
    source = postgresql.ENUM('totalizer', 'fueling', name='meter_source', create_type=False)
    op.create_table('shift_nozzle_meters',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('shift_id', sa.Uuid(), nullable=False),
    sa.Column('nozzle_id', sa.Uuid(), nullable=False),
    sa.Column('nozzle_number', sa.Integer(), nullable=False),
    sa.Column('opening_ml', sa.BigInteger(), nullable=True),
    sa.Column('opening_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('opening_source', source, nullable=True),
    sa.Column('closing_ml', sa.BigInteger(), nullable=True),
    sa.Column('closing_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closing_source', source, nullable=True),
    sa.Column('fueling_count', sa.Integer(), nullable=True),
    sa.Column('fueling_ml', sa.BigInteger(), nullable=True),
    *_keyed(),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_shift_nozzle_meters_company_id_companies')),
    sa.ForeignKeyConstraint(['nozzle_id'], ['nozzles.id'], name=op.f('fk_shift_nozzle_meters_nozzle_id_nozzles')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_shift_nozzle_meters_shift_id_shifts')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_shift_nozzle_meters_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_nozzle_meters')),
    sa.UniqueConstraint('shift_id', 'nozzle_id', name=op.f('uq_shift_nozzle_meters_shift_id_nozzle_id'))
    )
    op.create_index(op.f('ix_shift_nozzle_meters_company_id'), 'shift_nozzle_meters', ['company_id'], unique=False)

    for table in TABLES:
        enable_station_rls(table)


def downgrade() -> None:
    for table in TABLES:
        disable_station_rls(table)
    op.drop_index(op.f('ix_shift_nozzle_meters_company_id'), table_name='shift_nozzle_meters')
    op.drop_table('shift_nozzle_meters')
    postgresql.ENUM(name='meter_source').drop(op.get_bind())
    op.drop_index(op.f('ix_totalizer_read_requests_company_id'), table_name='totalizer_read_requests')
    op.drop_table('totalizer_read_requests')
    op.drop_index('ix_nozzle_totalizer_readings_station_read', table_name='nozzle_totalizer_readings')
    op.drop_index(op.f('ix_nozzle_totalizer_readings_company_id'), table_name='nozzle_totalizer_readings')
    op.drop_table('nozzle_totalizer_readings')
