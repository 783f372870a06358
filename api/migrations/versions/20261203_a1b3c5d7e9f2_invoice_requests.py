"""invoice requests

Revision ID: a1b3c5d7e9f2
Revises: f6a8b0c2d4e6
Create Date: 2026-12-03 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.migrations.rls import disable_station_rls, enable_station_rls

revision: str = 'a1b3c5d7e9f2'
down_revision: str | None = 'f6a8b0c2d4e6'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('invoice_requests',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=True),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('tax_number', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=100), nullable=False),
    sa.Column('status', sa.Enum('requested', 'issued', name='invoice_request_status'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_invoice_requests_company_id_companies')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_invoice_requests_member_id_members')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_invoice_requests_order_id_orders')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_invoice_requests_station_id_stations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_requests')),
    sa.UniqueConstraint('order_id', name=op.f('uq_invoice_requests_order_id'))
    )
    op.create_index(op.f('ix_invoice_requests_company_id'), 'invoice_requests', ['company_id'], unique=False)
    op.create_index(op.f('ix_invoice_requests_member_id'), 'invoice_requests', ['member_id'], unique=False)
    enable_station_rls("invoice_requests")


def downgrade() -> None:
    disable_station_rls("invoice_requests")
    op.drop_index(op.f('ix_invoice_requests_member_id'), table_name='invoice_requests')
    op.drop_index(op.f('ix_invoice_requests_company_id'), table_name='invoice_requests')
    op.drop_table('invoice_requests')
    sa.Enum(name='invoice_request_status').drop(op.get_bind(), checkfirst=True)
