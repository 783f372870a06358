"""points on refunds: a points payment refunded gives its points back, an order refunded takes back what
it earned (what the member still holds; the rest recorded as the movement's shortfall)

Revision ID: c8e2f4a6b0d1
Revises: ed9e3ae12966
Create Date: 2026-12-04 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c8e2f4a6b0d1'
down_revision: str | None = 'ed9e3ae12966'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VALUES = ("refund", "revoke")


def upgrade() -> None:
    for value in VALUES:
        op.execute(f"ALTER TYPE points_movement_kind ADD VALUE IF NOT EXISTS '{value}'")
    op.add_column('points_movements', sa.Column('refund_id', sa.Uuid(), nullable=True))
    op.add_column('points_movements', sa.Column('shortfall', sa.BigInteger(), server_default='0', nullable=False))
    op.create_foreign_key(op.f('fk_points_movements_refund_id_refunds'), 'points_movements', 'refunds',
                          ['refund_id'], ['id'])
    op.alter_column('points_movements', 'transfer_id', existing_type=sa.Uuid(), nullable=True)
    op.create_index('uq_points_movements_refund_kind', 'points_movements', ['refund_id', 'kind'], unique=True,
                    postgresql_where=sa.text('refund_id IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('uq_points_movements_refund_kind', table_name='points_movements',
                  postgresql_where=sa.text('refund_id IS NOT NULL'))
    op.execute("DELETE FROM points_movements WHERE kind IN ('refund', 'revoke')")
    op.alter_column('points_movements', 'transfer_id', existing_type=sa.Uuid(), nullable=False)
    op.drop_constraint(op.f('fk_points_movements_refund_id_refunds'), 'points_movements', type_='foreignkey')
    op.drop_column('points_movements', 'shortfall')
    op.drop_column('points_movements', 'refund_id')
    # PostgreSQL cannot drop an enum value: the type is rebuilt without them (no row uses them any more)
    op.execute("ALTER TYPE points_movement_kind RENAME TO points_movement_kind_old")
    op.execute("CREATE TYPE points_movement_kind AS ENUM ('earn', 'redeem', 'gift', 'expire')")
    op.execute("ALTER TABLE points_movements ALTER COLUMN kind TYPE points_movement_kind "
               "USING kind::text::points_movement_kind")
    op.execute("DROP TYPE points_movement_kind_old")
