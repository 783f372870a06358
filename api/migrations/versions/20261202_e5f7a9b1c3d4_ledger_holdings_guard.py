"""the ledger guards holdings (accounts of someone's money) from going above zero

Signs are debit-positive everywhere: what we hold for a card, a fleet or a member is a credit (negative).

Revision ID: e5f7a9b1c3d4
Revises: d4e6f8a0b2c3
Create Date: 2026-12-01 08:20:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = 'e5f7a9b1c3d4'
down_revision: str | None = 'd4e6f8a0b2c3'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_constraint(op.f('ck_ledger_accounts_non_negative'), 'ledger_accounts', type_='check')
    op.alter_column('ledger_accounts', 'allow_negative', new_column_name='guarded')
    op.execute("UPDATE ledger_accounts SET guarded = NOT guarded")
    op.create_check_constraint(op.f('ck_ledger_accounts_holding_never_owed'), 'ledger_accounts',
                               'NOT guarded OR balance <= 0')


def downgrade() -> None:
    op.drop_constraint(op.f('ck_ledger_accounts_holding_never_owed'), 'ledger_accounts', type_='check')
    op.execute("UPDATE ledger_accounts SET guarded = NOT guarded")
    op.alter_column('ledger_accounts', 'guarded', new_column_name='allow_negative')
    op.create_check_constraint(op.f('ck_ledger_accounts_non_negative'), 'ledger_accounts',
                               'allow_negative OR balance >= 0')
