"""organisation and outbox

Revision ID: b30a3cafcf34
Revises: 
Create Date: 2026-11-22 12:18:52.136672
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
revision: str = 'b30a3cafcf34'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('companies',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_companies')),
    sa.UniqueConstraint('code', name=op.f('uq_companies_code'))
    )
    op.create_table('outbox_messages',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('actor_name', sa.String(length=100), nullable=False),
    sa.Column('kwargs', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('dispatched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_messages'))
    )
    op.create_index('ix_outbox_messages_pending', 'outbox_messages', ['created_at'], unique=False, postgresql_where=sa.text('dispatched_at IS NULL'))
    op.create_table('regions',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_regions_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regions')),
    sa.UniqueConstraint('company_id', 'code', name=op.f('uq_regions_company_id_code'))
    )
    op.create_index(op.f('ix_regions_company_id'), 'regions', ['company_id'], unique=False)
    op.create_table('stations',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('region_id', sa.Uuid(), nullable=True),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('latitude', sa.Numeric(precision=9, scale=6), nullable=True),
    sa.Column('longitude', sa.Numeric(precision=9, scale=6), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('opening_hours', sa.String(length=100), nullable=True),
    sa.Column('photo_url', sa.String(length=500), nullable=True),
    sa.Column('status', sa.Enum('open', 'closed', name='station_status'), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_stations_company_id_companies')),
    sa.ForeignKeyConstraint(['region_id'], ['regions.id'], name=op.f('fk_stations_region_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stations')),
    sa.UniqueConstraint('company_id', 'code', name=op.f('uq_stations_company_id_code'))
    )
    op.create_index(op.f('ix_stations_company_id'), 'stations', ['company_id'], unique=False)
    op.create_index(op.f('ix_stations_region_id'), 'stations', ['region_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_stations_region_id'), table_name='stations')
    op.drop_index(op.f('ix_stations_company_id'), table_name='stations')
    op.drop_table('stations')
    op.drop_index(op.f('ix_regions_company_id'), table_name='regions')
    op.drop_table('regions')
    op.drop_index('ix_outbox_messages_pending', table_name='outbox_messages', postgresql_where=sa.text('dispatched_at IS NULL'))
    op.drop_table('outbox_messages')
    op.drop_table('companies')
