"""dispenser offline periods

Revision ID: c9524114e54a
Revises: 81c5b02d8215
Create Date: 2026-11-22 13:23:17.068419
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls

revision: str = 'c9524114e54a'
down_revision: str | None = '81c5b02d8215'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('dispenser_offline_periods',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('dispenser_id', sa.Uuid(), nullable=False),
    sa.Column('down_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('up_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_dispenser_offline_periods_company_id_companies')),
    sa.ForeignKeyConstraint(['dispenser_id'], ['dispensers.id'], name=op.f('fk_dispenser_offline_periods_dispenser_id_dispensers')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_dispenser_offline_periods_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispenser_offline_periods'))
    )
    op.create_index(op.f('ix_dispenser_offline_periods_company_id'), 'dispenser_offline_periods', ['company_id'], unique=False)
    op.create_index(op.f('ix_dispenser_offline_periods_dispenser_id'), 'dispenser_offline_periods', ['dispenser_id'], unique=False)
    op.create_index(op.f('ix_dispenser_offline_periods_station_id'), 'dispenser_offline_periods', ['station_id'], unique=False)

    enable_station_rls("dispenser_offline_periods")


def downgrade() -> None:
    disable_station_rls("dispenser_offline_periods")
    op.drop_index(op.f('ix_dispenser_offline_periods_station_id'), table_name='dispenser_offline_periods')
    op.drop_index(op.f('ix_dispenser_offline_periods_dispenser_id'), table_name='dispenser_offline_periods')
    op.drop_index(op.f('ix_dispenser_offline_periods_company_id'), table_name='dispenser_offline_periods')
    op.drop_table('dispenser_offline_periods')
