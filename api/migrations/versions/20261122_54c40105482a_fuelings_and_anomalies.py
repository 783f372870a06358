"""fuelings and anomalies

Revision ID: 54c40105482a
Revises: d7d52509d646
Create Date: 2026-11-22 13:09:49.885667
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls
from sqlalchemy.dialects import postgresql
revision: str = '54c40105482a'
down_revision: str | None = 'd7d52509d646'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATION_SCOPED = ("fuelings", "anomalies")


def upgrade() -> None:
    op.create_table('fuelings',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('dispenser_id', sa.Uuid(), nullable=False),
    sa.Column('nozzle_id', sa.Uuid(), nullable=False),
    sa.Column('grade_id', sa.Uuid(), nullable=False),
    sa.Column('ttc', sa.BigInteger(), nullable=False),
    sa.Column('grade_code', sa.String(length=8), nullable=False),
    sa.Column('volume_ml', sa.BigInteger(), nullable=False),
    sa.Column('unit_price_fen', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('computed_amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('amount_mismatch', sa.Boolean(), nullable=False),
    sa.Column('totalizer_ml', sa.BigInteger(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('card_no', sa.String(length=32), nullable=True),
    sa.Column('raw_frame', sa.String(length=1024), nullable=True),
    sa.Column('paid', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_fuelings_company_id_companies')),
    sa.ForeignKeyConstraint(['dispenser_id'], ['dispensers.id'], name=op.f('fk_fuelings_dispenser_id_dispensers')),
    sa.ForeignKeyConstraint(['grade_id'], ['fuel_grades.id'], name=op.f('fk_fuelings_grade_id_fuel_grades')),
    sa.ForeignKeyConstraint(['nozzle_id'], ['nozzles.id'], name=op.f('fk_fuelings_nozzle_id_nozzles')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_fuelings_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fuelings')),
    sa.UniqueConstraint('station_id', 'dispenser_id', 'ttc', name=op.f('uq_fuelings_station_id_dispenser_id_ttc'))
    )
    op.create_index(op.f('ix_fuelings_company_id'), 'fuelings', ['company_id'], unique=False)
    op.create_index('ix_fuelings_nozzle_ended', 'fuelings', ['nozzle_id', 'ended_at'], unique=False)
    op.create_index('ix_fuelings_station_ended', 'fuelings', ['station_id', 'ended_at'], unique=False)
    op.create_table('anomalies',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('totalizer_break', 'amount_mismatch', name='anomaly_kind'), nullable=False),
    sa.Column('nozzle_id', sa.Uuid(), nullable=True),
    sa.Column('fueling_id', sa.Uuid(), nullable=True),
    sa.Column('details', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_anomalies_company_id_companies')),
    sa.ForeignKeyConstraint(['fueling_id'], ['fuelings.id'], name=op.f('fk_anomalies_fueling_id_fuelings')),
    sa.ForeignKeyConstraint(['nozzle_id'], ['nozzles.id'], name=op.f('fk_anomalies_nozzle_id_nozzles')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_anomalies_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_anomalies'))
    )
    op.create_index(op.f('ix_anomalies_company_id'), 'anomalies', ['company_id'], unique=False)
    op.create_index('ix_anomalies_station_created', 'anomalies', ['station_id', 'created_at'], unique=False)

    for table in STATION_SCOPED:
        enable_station_rls(table)


def downgrade() -> None:
    for table in STATION_SCOPED:
        disable_station_rls(table)
    op.drop_index('ix_anomalies_station_created', table_name='anomalies')
    op.drop_index(op.f('ix_anomalies_company_id'), table_name='anomalies')
    op.drop_table('anomalies')
    op.drop_index('ix_fuelings_station_ended', table_name='fuelings')
    op.drop_index('ix_fuelings_nozzle_ended', table_name='fuelings')
    op.drop_index(op.f('ix_fuelings_company_id'), table_name='fuelings')
    op.drop_table('fuelings')
