"""A fleet's ledger accounts and what each posting does to them (signs debit-positive, `api.ledger.service`).

| account                | guarded | balance                  | meaning                                     |
|------------------------|---------|--------------------------|---------------------------------------------|
| `fleet:{id}:pool`      | yes     | -(prepaid balance)       | money the fleet paid in advance (预存)       |
| `fleet:{id}:granted`   | yes     | -(granted balance)       | money we gave it, e.g. a rebate (赠额)       |
| `credit:{id}`          | yes     | -(credit available)      | what it may still spend on account          |
| `credit_line:{id}`     | no      | +(credit limit)          | the limit granted (授信额度)                 |
| `clearing:bank:fleets` | no      | + money received         | the company's bank account, fleets' share   |
| `fleet_adjustments`    | no      | + corrections, rebates   | the company's expense of adjustments        |

The credit used (what the fleet owes, 欠款) is `balance(credit_line) + balance(credit)` = limit - available:
the two accounts together are the company's receivable from the fleet. The guard keeps each holding at or
below zero, so none of these can be overdrawn, whatever a caller checked before.

| operation              | legs                                                                         |
|------------------------|------------------------------------------------------------------------------|
| top-up of x (bank)     | `clearing:bank:fleets` +x, `pool` -x                                         |
| credit limit L -> L'   | `credit_line` +(L'-L), `credit` -(L'-L); below what is used: guard refuses   |
| prepaid/granted by ±x  | `fleet_adjustments` ±x, `pool` or `granted` ∓x; below zero: guard refuses    |
| spend of a on account  | `pool` +p, `granted` +g, `credit` +c, the station's receivable -a, where     |
|                        | p + g + c = a: prepaid first, then granted, then credit (guard: the limit)   |
| payment of y received  | `clearing:bank:fleets` +y, `credit` -y (y at most the credit used)           |
"""

from __future__ import annotations

import uuid

BANK = "clearing:bank:fleets"
ADJUSTMENTS = "fleet_adjustments"


def pool(fleet_id: uuid.UUID) -> str:
    return f"fleet:{fleet_id}:pool"


def granted(fleet_id: uuid.UUID) -> str:
    return f"fleet:{fleet_id}:granted"


def credit(fleet_id: uuid.UUID) -> str:
    return f"credit:{fleet_id}"


def credit_line(fleet_id: uuid.UUID) -> str:
    return f"credit_line:{fleet_id}"


def codes(fleet_id: uuid.UUID) -> tuple[str, str, str, str]:
    return pool(fleet_id), granted(fleet_id), credit(fleet_id), credit_line(fleet_id)
