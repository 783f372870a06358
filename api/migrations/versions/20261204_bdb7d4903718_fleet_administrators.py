"""fleet administrators (车队管理员): members who administer a fleet from the mini-program; company-level
row-level security

Revision ID: bdb7d4903718
Revises: ebd106e6ca65
Create Date: 2026-12-04 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_company_rls

revision: str = 'bdb7d4903718'
down_revision: str | None = 'ebd106e6ca65'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('fleet_administrators',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('fleet_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('named_by', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'],
                            name=op.f('fk_fleet_administrators_company_id_companies')),
    sa.ForeignKeyConstraint(['fleet_id'], ['fleets.id'], name=op.f('fk_fleet_administrators_fleet_id_fleets'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_fleet_administrators_member_id_members')),
    sa.ForeignKeyConstraint(['named_by'], ['staff_users.id'],
                            name=op.f('fk_fleet_administrators_named_by_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fleet_administrators')),
    sa.UniqueConstraint('fleet_id', 'member_id', name=op.f('uq_fleet_administrators_fleet_id_member_id'))
    )
    op.create_index(op.f('ix_fleet_administrators_company_id'), 'fleet_administrators', ['company_id'],
                    unique=False)
    op.create_index('ix_fleet_administrators_member', 'fleet_administrators', ['member_id'], unique=False)
    enable_company_rls('fleet_administrators')


def downgrade() -> None:
    disable_station_rls('fleet_administrators')
    op.drop_index('ix_fleet_administrators_member', table_name='fleet_administrators')
    op.drop_index(op.f('ix_fleet_administrators_company_id'), table_name='fleet_administrators')
    op.drop_table('fleet_administrators')
