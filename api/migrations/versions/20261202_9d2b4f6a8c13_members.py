"""members, their vehicles and sessions, the mini-program

Revision ID: 9d2b4f6a8c13
Revises: a7e9c1d3b5f2
Create Date: 2026-12-02 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from api.migrations.rls import disable_station_rls, enable_company_rls

revision: str = '9d2b4f6a8c13'
down_revision: str | None = 'a7e9c1d3b5f2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("members", "member_vehicles", "member_sessions", "mini_programs")
NEW_GRANTS = {"members.register": ("company_admin", "station_manager", "cashier", "marketing"),
              "exports.create": ("marketing",)}


def _keyed() -> list[sa.Column]:
    return [sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
            sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False)]


def upgrade() -> None:
    op.create_table('members',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('status', sa.Enum('guest', 'registered', name='member_status'), nullable=False),
    sa.Column('phone_encrypted', sa.LargeBinary(), nullable=True),
    sa.Column('phone_index', sa.String(length=64), nullable=True),
    sa.Column('openid', sa.String(length=64), nullable=True),
    sa.Column('unionid', sa.String(length=64), nullable=True),
    sa.Column('name', sa.String(length=32), nullable=True),
    sa.Column('gender', sa.Enum('unknown', 'male', 'female', name='member_gender'), nullable=False),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('tags', postgresql.ARRAY(sa.String(length=32)), nullable=False),
    sa.Column('channel', sa.Enum('mini_program', 'pos', 'referral', name='member_channel'), nullable=True),
    sa.Column('referrer_id', sa.Uuid(), nullable=True),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('marketing_consent', sa.Boolean(), nullable=False),
    sa.Column('marketing_consent_at', sa.DateTime(timezone=True), nullable=True),
    *_keyed(),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_members_company_id_companies')),
    sa.ForeignKeyConstraint(['referrer_id'], ['staff_users.id'], name=op.f('fk_members_referrer_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members')),
    sa.UniqueConstraint('company_id', 'number', name=op.f('uq_members_company_id_number')),
    sa.UniqueConstraint('company_id', 'openid', name=op.f('uq_members_company_id_openid')),
    sa.UniqueConstraint('company_id', 'phone_index', name=op.f('uq_members_company_id_phone_index'))
    )
    op.create_index(op.f('ix_members_company_id'), 'members', ['company_id'], unique=False)
    op.create_index('ix_members_company_registered', 'members', ['company_id', 'registered_at'], unique=False)
    op.create_index('ix_members_tags', 'members', ['tags'], unique=False, postgresql_using='gin')
    op.create_index(op.f('ix_members_unionid'), 'members', ['unionid'], unique=False)
    op.create_table('member_vehicles',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('plate', sa.String(length=10), nullable=False),
    sa.Column('vehicle_type', sa.Enum('car', 'suv', 'mpv', 'van', 'truck', 'bus', 'motorcycle', 'other',
                                      name='vehicle_type'), nullable=False),
    *_keyed(),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_member_vehicles_company_id_companies')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_vehicles_member_id_members'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_vehicles')),
    sa.UniqueConstraint('member_id', 'plate', name=op.f('uq_member_vehicles_member_id_plate'))
    )
    op.create_index('ix_member_vehicles_company_plate', 'member_vehicles', ['company_id', 'plate'], unique=False)
    op.create_index(op.f('ix_member_vehicles_member_id'), 'member_vehicles', ['member_id'], unique=False)
    op.create_table('member_sessions',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('refresh_hash', sa.String(length=64), nullable=False),
    sa.Column('previous_hash', sa.String(length=64), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    *_keyed(),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_member_sessions_company_id_companies')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_sessions_member_id_members'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_sessions'))
    )
    op.create_index(op.f('ix_member_sessions_member_id'), 'member_sessions', ['member_id'], unique=False)
    op.create_table('mini_programs',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('app_id', sa.String(length=32), nullable=False),
    sa.Column('app_secret_encrypted', sa.LargeBinary(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    *_keyed(),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_mini_programs_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mini_programs')),
    sa.UniqueConstraint('app_id', name=op.f('uq_mini_programs_app_id')),
    sa.UniqueConstraint('company_id', name=op.f('uq_mini_programs_company_id'))
    )
    for table in TABLES:
        enable_company_rls(table)
    # the built-in roles of existing companies get what the new definitions give them
    for permission, roles in NEW_GRANTS.items():
        op.execute(sa.text("UPDATE roles SET permissions = array_append(permissions, :p) WHERE is_builtin "
                           "AND code = ANY(:codes) AND NOT (:p = ANY(permissions))")
                   .bindparams(sa.bindparam("codes", list(roles), type_=postgresql.ARRAY(sa.String())), p=permission))


def downgrade() -> None:
    for permission in NEW_GRANTS:
        if permission == "members.register":
            op.execute(sa.text("UPDATE roles SET permissions = array_remove(permissions, :p)").bindparams(p=permission))
    for table in reversed(TABLES):
        disable_station_rls(table)
    op.drop_table('mini_programs')
    op.drop_index(op.f('ix_member_sessions_member_id'), table_name='member_sessions')
    op.drop_table('member_sessions')
    op.drop_index(op.f('ix_member_vehicles_member_id'), table_name='member_vehicles')
    op.drop_index('ix_member_vehicles_company_plate', table_name='member_vehicles')
    op.drop_table('member_vehicles')
    op.drop_index(op.f('ix_members_unionid'), table_name='members')
    op.drop_index('ix_members_tags', table_name='members', postgresql_using='gin')
    op.drop_index('ix_members_company_registered', table_name='members')
    op.drop_index(op.f('ix_members_company_id'), table_name='members')
    op.drop_table('members')
    for enum in ("vehicle_type", "member_channel", "member_gender", "member_status"):
        op.execute(f"DROP TYPE IF EXISTS {enum}")
