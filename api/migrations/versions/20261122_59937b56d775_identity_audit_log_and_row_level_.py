"""identity, audit log and row-level security

Revision ID: 59937b56d775
Revises: b30a3cafcf34
Create Date: 2026-11-22 12:32:09.979802
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls
from sqlalchemy.dialects import postgresql
revision: str = '59937b56d775'
down_revision: str | None = 'b30a3cafcf34'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


APP_ROLE = "forecourt_app"
STATION_SCOPED = {"stations": "id", "devices": "station_id", "audit_logs": "station_id"}  # table -> station column

ROLE_SQL = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN CREATE ROLE {APP_ROLE} NOLOGIN; END IF;
END $$;
GRANT {APP_ROLE} TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO {APP_ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP_ROLE};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP_ROLE};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {APP_ROLE};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {APP_ROLE};
REVOKE UPDATE, DELETE ON audit_logs FROM {APP_ROLE};
"""

# forecourt.company: '*' (system) or a company id; forecourt.stations: '*' or a comma list of station ids.
# Unset (a session that never declared its scope while in the app role) sees nothing.
VISIBLE_SQL = """
CREATE OR REPLACE FUNCTION forecourt_visible(company uuid, station uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN coalesce(current_setting('forecourt.company', true), '') = '' THEN false
    WHEN current_setting('forecourt.company', true) = '*' THEN true
    WHEN company IS DISTINCT FROM current_setting('forecourt.company', true)::uuid THEN false
    WHEN current_setting('forecourt.stations', true) = '*' THEN true
    WHEN station IS NULL THEN true
    ELSE station = ANY (string_to_array(nullif(current_setting('forecourt.stations', true), ''), ',')::uuid[])
  END
$$;

CREATE OR REPLACE FUNCTION forecourt_audit_head(company uuid) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT hash FROM audit_logs WHERE company_id IS NOT DISTINCT FROM company ORDER BY seq DESC LIMIT 1
$$;

-- which company a station belongs to, whatever the caller's scope: tells "out of scope" from "no such station"
CREATE OR REPLACE FUNCTION forecourt_station_company(station uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT company_id FROM stations WHERE id = station
$$;

CREATE OR REPLACE FUNCTION forecourt_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_logs is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_logs_append_only BEFORE UPDATE OR DELETE ON audit_logs
  FOR EACH ROW EXECUTE FUNCTION forecourt_refuse_change();
CREATE TRIGGER audit_logs_no_truncate BEFORE TRUNCATE ON audit_logs
  FOR EACH STATEMENT EXECUTE FUNCTION forecourt_refuse_change();
"""


def upgrade() -> None:
    op.create_table('roles',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=True),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=True),
    sa.Column('permissions', sa.ARRAY(sa.String(length=64)), nullable=False),
    sa.Column('is_builtin', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_roles_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roles')),
    sa.UniqueConstraint('company_id', 'name', name=op.f('uq_roles_company_id_name'))
    )
    op.create_index(op.f('ix_roles_company_id'), 'roles', ['company_id'], unique=False)
    op.create_table('staff_users',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('mobile_encrypted', sa.LargeBinary(), nullable=True),
    sa.Column('mobile_index', sa.String(length=64), nullable=True),
    sa.Column('employee_code', sa.String(length=32), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_staff_users_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_users')),
    sa.UniqueConstraint('company_id', 'employee_code', name=op.f('uq_staff_users_company_id_employee_code')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_users_username'))
    )
    op.create_index(op.f('ix_staff_users_company_id'), 'staff_users', ['company_id'], unique=False)
    op.create_index(op.f('ix_staff_users_mobile_index'), 'staff_users', ['mobile_index'], unique=False)
    op.create_table('api_keys',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('secret_hash', sa.String(length=64), nullable=False),
    sa.Column('permissions', sa.ARRAY(sa.String(length=64)), nullable=False),
    sa.Column('station_ids', sa.ARRAY(sa.Uuid()), nullable=True),
    sa.Column('rate_limit_per_minute', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Uuid(), nullable=True),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_api_keys_company_id_companies')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff_users.id'], name=op.f('fk_api_keys_created_by_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_keys'))
    )
    op.create_index(op.f('ix_api_keys_company_id'), 'api_keys', ['company_id'], unique=False)
    op.create_index('ix_api_keys_prefix', 'api_keys', ['prefix'], unique=True)
    op.create_table('grants',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('role_id', sa.Uuid(), nullable=False),
    sa.Column('scope', sa.Enum('company', 'regions', 'stations', name='grant_scope'), nullable=False),
    sa.Column('region_ids', sa.ARRAY(sa.Uuid()), nullable=False),
    sa.Column('station_ids', sa.ARRAY(sa.Uuid()), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['role_id'], ['roles.id'], name=op.f('fk_grants_role_id_roles')),
    sa.ForeignKeyConstraint(['user_id'], ['staff_users.id'], name=op.f('fk_grants_user_id_staff_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grants'))
    )
    op.create_index(op.f('ix_grants_role_id'), 'grants', ['role_id'], unique=False)
    op.create_index(op.f('ix_grants_user_id'), 'grants', ['user_id'], unique=False)
    op.create_table('staff_sessions',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('ip', sa.String(length=64), nullable=True),
    sa.Column('user_agent', sa.String(length=300), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_reason', sa.String(length=64), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['staff_users.id'], name=op.f('fk_staff_sessions_user_id_staff_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_sessions'))
    )
    op.create_index(op.f('ix_staff_sessions_user_id'), 'staff_sessions', ['user_id'], unique=False)
    op.create_table('audit_logs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('company_id', sa.Uuid(), nullable=True),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('actor_type', sa.String(length=16), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('actor_label', sa.String(length=100), nullable=True),
    sa.Column('ip', sa.String(length=64), nullable=True),
    sa.Column('request_id', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('object_type', sa.String(length=64), nullable=False),
    sa.Column('object_id', sa.String(length=64), nullable=True),
    sa.Column('before', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('after', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('reason', sa.String(length=500), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_audit_logs_company_id_companies')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_audit_logs_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_logs')),
    sa.UniqueConstraint('seq', name=op.f('uq_audit_logs_seq'))
    )
    op.create_index(op.f('ix_audit_logs_action'), 'audit_logs', ['action'], unique=False)
    op.create_index(op.f('ix_audit_logs_actor_id'), 'audit_logs', ['actor_id'], unique=False)
    op.create_index(op.f('ix_audit_logs_company_id'), 'audit_logs', ['company_id'], unique=False)
    op.create_index('ix_audit_logs_company_time', 'audit_logs', ['company_id', 'occurred_at'], unique=False)
    op.create_index('ix_audit_logs_object', 'audit_logs', ['object_type', 'object_id'], unique=False)
    op.create_index(op.f('ix_audit_logs_station_id'), 'audit_logs', ['station_id'], unique=False)
    op.create_table('devices',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('secret_hash', sa.String(length=64), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_devices_company_id_companies')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_devices_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices'))
    )
    op.create_index(op.f('ix_devices_company_id'), 'devices', ['company_id'], unique=False)
    op.create_index('ix_devices_prefix', 'devices', ['prefix'], unique=True)
    op.create_index(op.f('ix_devices_station_id'), 'devices', ['station_id'], unique=False)
    op.create_table('refresh_tokens',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('secret_hash', sa.String(length=64), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['staff_sessions.id'], name=op.f('fk_refresh_tokens_session_id_staff_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refresh_tokens'))
    )
    op.create_index(op.f('ix_refresh_tokens_session_id'), 'refresh_tokens', ['session_id'], unique=False)

    op.execute(VISIBLE_SQL)
    op.execute(ROLE_SQL)
    for table, station_column in STATION_SCOPED.items():
        enable_station_rls(table, station_column)


def downgrade() -> None:
    for table in STATION_SCOPED:
        disable_station_rls(table)
    op.execute("DROP TRIGGER IF EXISTS audit_logs_append_only ON audit_logs")
    op.execute("DROP TRIGGER IF EXISTS audit_logs_no_truncate ON audit_logs")
    op.drop_index(op.f('ix_refresh_tokens_session_id'), table_name='refresh_tokens')
    op.drop_table('refresh_tokens')
    op.drop_index(op.f('ix_devices_station_id'), table_name='devices')
    op.drop_index('ix_devices_prefix', table_name='devices')
    op.drop_index(op.f('ix_devices_company_id'), table_name='devices')
    op.drop_table('devices')
    op.drop_index(op.f('ix_audit_logs_station_id'), table_name='audit_logs')
    op.drop_index('ix_audit_logs_object', table_name='audit_logs')
    op.drop_index('ix_audit_logs_company_time', table_name='audit_logs')
    op.drop_index(op.f('ix_audit_logs_company_id'), table_name='audit_logs')
    op.drop_index(op.f('ix_audit_logs_actor_id'), table_name='audit_logs')
    op.drop_index(op.f('ix_audit_logs_action'), table_name='audit_logs')
    op.drop_table('audit_logs')
    op.drop_index(op.f('ix_staff_sessions_user_id'), table_name='staff_sessions')
    op.drop_table('staff_sessions')
    op.drop_index(op.f('ix_grants_user_id'), table_name='grants')
    op.drop_index(op.f('ix_grants_role_id'), table_name='grants')
    op.drop_table('grants')
    op.drop_index('ix_api_keys_prefix', table_name='api_keys')
    op.drop_index(op.f('ix_api_keys_company_id'), table_name='api_keys')
    op.drop_table('api_keys')
    op.drop_index(op.f('ix_staff_users_mobile_index'), table_name='staff_users')
    op.drop_index(op.f('ix_staff_users_company_id'), table_name='staff_users')
    op.drop_table('staff_users')
    op.drop_index(op.f('ix_roles_company_id'), table_name='roles')
    op.drop_table('roles')
