"""forecourt master data

Revision ID: d7d52509d646
Revises: 59937b56d775
Create Date: 2026-11-22 13:04:57.233700
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls

revision: str = 'd7d52509d646'
down_revision: str | None = '59937b56d775'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATION_SCOPED = ("tanks", "dispensers", "nozzles")


def upgrade() -> None:
    op.create_table('fuel_grades',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.Enum('gasoline', 'diesel', 'cng', 'lng', name='grade_kind'), nullable=False),
    sa.Column('density_g_per_l', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_fuel_grades_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fuel_grades')),
    sa.UniqueConstraint('company_id', 'code', name=op.f('uq_fuel_grades_company_id_code'))
    )
    op.create_index(op.f('ix_fuel_grades_company_id'), 'fuel_grades', ['company_id'], unique=False)
    op.create_table('dispensers',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('hub_port', sa.Integer(), nullable=False),
    sa.Column('protocol', sa.Enum('kajilian', 'dart', name='dispenser_protocol'), nullable=False),
    sa.Column('address', sa.Integer(), nullable=False),
    sa.Column('baud', sa.Integer(), nullable=False),
    sa.Column('parity', sa.Enum('none', 'even', 'odd', name='serial_parity'), nullable=False),
    sa.Column('data_bits', sa.Integer(), nullable=False),
    sa.Column('stop_bits', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_dispensers_company_id_companies')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_dispensers_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispensers')),
    sa.UniqueConstraint('station_id', 'number', name=op.f('uq_dispensers_station_id_number'))
    )
    op.create_index(op.f('ix_dispensers_company_id'), 'dispensers', ['company_id'], unique=False)
    op.create_index(op.f('ix_dispensers_station_id'), 'dispensers', ['station_id'], unique=False)
    op.create_table('tanks',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('grade_id', sa.Uuid(), nullable=False),
    sa.Column('capacity_ml', sa.BigInteger(), nullable=False),
    sa.Column('gauge_id', sa.String(length=32), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_tanks_company_id_companies')),
    sa.ForeignKeyConstraint(['grade_id'], ['fuel_grades.id'], name=op.f('fk_tanks_grade_id_fuel_grades')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_tanks_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tanks')),
    sa.UniqueConstraint('station_id', 'number', name=op.f('uq_tanks_station_id_number'))
    )
    op.create_index(op.f('ix_tanks_company_id'), 'tanks', ['company_id'], unique=False)
    op.create_index(op.f('ix_tanks_station_id'), 'tanks', ['station_id'], unique=False)
    op.create_table('nozzles',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('dispenser_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=8), nullable=True),
    sa.Column('grade_id', sa.Uuid(), nullable=False),
    sa.Column('tank_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_nozzles_company_id_companies')),
    sa.ForeignKeyConstraint(['dispenser_id'], ['dispensers.id'], name=op.f('fk_nozzles_dispenser_id_dispensers')),
    sa.ForeignKeyConstraint(['grade_id'], ['fuel_grades.id'], name=op.f('fk_nozzles_grade_id_fuel_grades')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_nozzles_station_id_stations')),
    sa.ForeignKeyConstraint(['tank_id'], ['tanks.id'], name=op.f('fk_nozzles_tank_id_tanks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nozzles')),
    sa.UniqueConstraint('station_id', 'number', name=op.f('uq_nozzles_station_id_number'))
    )
    op.create_index(op.f('ix_nozzles_company_id'), 'nozzles', ['company_id'], unique=False)
    op.create_index(op.f('ix_nozzles_dispenser_id'), 'nozzles', ['dispenser_id'], unique=False)
    op.create_index(op.f('ix_nozzles_station_id'), 'nozzles', ['station_id'], unique=False)

    for table in STATION_SCOPED:
        enable_station_rls(table)


def downgrade() -> None:
    for table in STATION_SCOPED:
        disable_station_rls(table)
    op.drop_index(op.f('ix_nozzles_station_id'), table_name='nozzles')
    op.drop_index(op.f('ix_nozzles_dispenser_id'), table_name='nozzles')
    op.drop_index(op.f('ix_nozzles_company_id'), table_name='nozzles')
    op.drop_table('nozzles')
    op.drop_index(op.f('ix_tanks_station_id'), table_name='tanks')
    op.drop_index(op.f('ix_tanks_company_id'), table_name='tanks')
    op.drop_table('tanks')
    op.drop_index(op.f('ix_dispensers_station_id'), table_name='dispensers')
    op.drop_index(op.f('ix_dispensers_company_id'), table_name='dispensers')
    op.drop_table('dispensers')
    op.drop_index(op.f('ix_fuel_grades_company_id'), table_name='fuel_grades')
    op.drop_table('fuel_grades')
