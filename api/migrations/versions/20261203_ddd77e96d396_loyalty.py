"""loyalty: the programme, tiers and members' tiers, points rules and movements, driver certifications

Company-level row-level security on every table; the built-in roles get the new permissions.

Revision ID: ddd77e96d396
Revises: a1b3c5d7e9f2
Create Date: 2026-12-03 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from api.migrations.rls import disable_station_rls, enable_company_rls

revision: str = 'ddd77e96d396'
down_revision: str | None = 'a1b3c5d7e9f2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("loyalty_programs", "points_rules", "tiers", "certifications", "member_tiers", "certification_documents",
          "points_movements", "tier_changes")
ENUMS = ("tier_change_reason", "points_movement_kind", "certification_document_kind", "certification_status",
         "points_basis", "points_target", "points_rule_kind")
NEW_GRANTS = {"loyalty.manage": ("company_admin", "marketing"),
              "certifications.review": ("company_admin", "station_manager", "marketing")}


def upgrade() -> None:
    op.create_table('loyalty_programs',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('tier_window_days', sa.Integer(), nullable=False),
    sa.Column('points_validity_days', sa.Integer(), nullable=False),
    sa.Column('redeem_points_per_yuan', sa.Integer(), nullable=False),
    sa.Column('redeem_min_points', sa.Integer(), nullable=False),
    sa.Column('redeem_max_share_pct', sa.Integer(), nullable=False),
    sa.Column('certified_discounts', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('certified_stacks', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_loyalty_programs_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loyalty_programs')),
    sa.UniqueConstraint('company_id', name=op.f('uq_loyalty_programs_company_id'))
    )
    op.create_table('points_rules',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.Enum('base', 'campaign', name='points_rule_kind'), nullable=False),
    sa.Column('target', sa.Enum('fuel', 'goods', name='points_target'), nullable=False),
    sa.Column('grade_code', sa.String(length=16), nullable=True),
    sa.Column('basis', sa.Enum('per_yuan', 'per_litre', name='points_basis'), nullable=True),
    sa.Column('points', sa.Integer(), nullable=True),
    sa.Column('multiplier_pct', sa.Integer(), nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_points_rules_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_points_rules'))
    )
    op.create_index(op.f('ix_points_rules_company_id'), 'points_rules', ['company_id'], unique=False)
    op.create_table('tiers',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=16), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('min_spend_fen', sa.BigInteger(), nullable=True),
    sa.Column('min_volume_ml', sa.BigInteger(), nullable=True),
    sa.Column('points_multiplier_pct', sa.Integer(), nullable=False),
    sa.Column('grade_discounts', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_tiers_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tiers')),
    sa.UniqueConstraint('company_id', 'name', name=op.f('uq_tiers_company_id_name')),
    sa.UniqueConstraint('company_id', 'rank', name=op.f('uq_tiers_company_id_rank'))
    )
    op.create_index(op.f('ix_tiers_company_id'), 'tiers', ['company_id'], unique=False)
    op.create_table('certifications',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'approved', 'rejected', name='certification_status'), nullable=False),
    sa.Column('platform', sa.String(length=32), nullable=False),
    sa.Column('plate', sa.String(length=10), nullable=False),
    sa.Column('reviewer_id', sa.Uuid(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_certifications_company_id_companies')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_certifications_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewer_id'], ['staff_users.id'], name=op.f('fk_certifications_reviewer_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certifications'))
    )
    op.create_index('ix_certifications_company_status', 'certifications', ['company_id', 'status', 'created_at'], unique=False)
    op.create_index(op.f('ix_certifications_member_id'), 'certifications', ['member_id'], unique=False)
    op.create_index('uq_certifications_one_pending', 'certifications', ['member_id'], unique=True, postgresql_where=sa.text("status = 'pending'"))
    op.create_table('member_tiers',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('tier_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_member_tiers_company_id_companies')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_tiers_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tier_id'], ['tiers.id'], name=op.f('fk_member_tiers_tier_id_tiers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_tiers')),
    sa.UniqueConstraint('member_id', name=op.f('uq_member_tiers_member_id'))
    )
    op.create_index(op.f('ix_member_tiers_company_id'), 'member_tiers', ['company_id'], unique=False)
    op.create_index(op.f('ix_member_tiers_tier_id'), 'member_tiers', ['tier_id'], unique=False)
    op.create_table('certification_documents',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('certification_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('driver_licence', 'vehicle_licence', 'platform_certificate', name='certification_document_kind'), nullable=False),
    sa.Column('path', sa.String(length=200), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('content_type', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['certification_id'], ['certifications.id'], name=op.f('fk_certification_documents_certification_id_certifications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_certification_documents_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certification_documents')),
    sa.UniqueConstraint('certification_id', 'kind', name=op.f('uq_certification_documents_certification_id_kind'))
    )
    op.create_index(op.f('ix_certification_documents_certification_id'), 'certification_documents', ['certification_id'], unique=False)
    op.create_table('points_movements',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('earn', 'redeem', 'gift', 'expire', name='points_movement_kind'), nullable=False),
    sa.Column('points', sa.BigInteger(), nullable=False),
    sa.Column('balance_after', sa.BigInteger(), nullable=False),
    sa.Column('transfer_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=True),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('description', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_points_movements_company_id_companies')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_points_movements_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_points_movements_order_id_orders')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_points_movements_station_id_stations')),
    sa.ForeignKeyConstraint(['transfer_id'], ['ledger_transfers.id'], name=op.f('fk_points_movements_transfer_id_ledger_transfers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_points_movements')),
    sa.UniqueConstraint('transfer_id', name=op.f('uq_points_movements_transfer_id'))
    )
    op.create_index('ix_points_movements_company_kind', 'points_movements', ['company_id', 'kind', 'occurred_at'], unique=False)
    op.create_index('ix_points_movements_member', 'points_movements', ['member_id', 'created_at', 'id'], unique=False)
    op.create_table('tier_changes',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('from_tier_id', sa.Uuid(), nullable=True),
    sa.Column('to_tier_id', sa.Uuid(), nullable=False),
    sa.Column('reason', sa.Enum('order', 'schedule', name='tier_change_reason'), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=True),
    sa.Column('spend_fen', sa.BigInteger(), nullable=False),
    sa.Column('volume_ml', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_tier_changes_company_id_companies')),
    sa.ForeignKeyConstraint(['from_tier_id'], ['tiers.id'], name=op.f('fk_tier_changes_from_tier_id_tiers')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_tier_changes_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_tier_changes_order_id_orders')),
    sa.ForeignKeyConstraint(['to_tier_id'], ['tiers.id'], name=op.f('fk_tier_changes_to_tier_id_tiers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tier_changes'))
    )
    op.create_index(op.f('ix_tier_changes_company_id'), 'tier_changes', ['company_id'], unique=False)
    op.create_index('ix_tier_changes_member', 'tier_changes', ['member_id', 'created_at'], unique=False)
    for table in TABLES:
        enable_company_rls(table)
    # the built-in roles of existing companies get what the new definitions give them
    for permission, roles in NEW_GRANTS.items():
        op.execute(sa.text("UPDATE roles SET permissions = array_append(permissions, :p) WHERE is_builtin "
                           "AND code = ANY(:codes) AND NOT (:p = ANY(permissions))")
                   .bindparams(sa.bindparam("codes", list(roles), type_=postgresql.ARRAY(sa.String())), p=permission))


def downgrade() -> None:
    for permission in NEW_GRANTS:
        op.execute(sa.text("UPDATE roles SET permissions = array_remove(permissions, :p)").bindparams(p=permission))
    for table in reversed(TABLES):
        disable_station_rls(table)
    op.drop_index('ix_tier_changes_member', table_name='tier_changes')
    op.drop_index(op.f('ix_tier_changes_company_id'), table_name='tier_changes')
    op.drop_table('tier_changes')
    op.drop_index('ix_points_movements_member', table_name='points_movements')
    op.drop_index('ix_points_movements_company_kind', table_name='points_movements')
    op.drop_table('points_movements')
    op.drop_index(op.f('ix_certification_documents_certification_id'), table_name='certification_documents')
    op.drop_table('certification_documents')
    op.drop_index(op.f('ix_member_tiers_tier_id'), table_name='member_tiers')
    op.drop_index(op.f('ix_member_tiers_company_id'), table_name='member_tiers')
    op.drop_table('member_tiers')
    op.drop_index('uq_certifications_one_pending', table_name='certifications', postgresql_where=sa.text("status = 'pending'"))
    op.drop_index(op.f('ix_certifications_member_id'), table_name='certifications')
    op.drop_index('ix_certifications_company_status', table_name='certifications')
    op.drop_table('certifications')
    op.drop_index(op.f('ix_tiers_company_id'), table_name='tiers')
    op.drop_table('tiers')
    op.drop_index(op.f('ix_points_rules_company_id'), table_name='points_rules')
    op.drop_table('points_rules')
    op.drop_table('loyalty_programs')
    for enum in ENUMS:
        op.execute(f"DROP TYPE IF EXISTS {enum}")
