"""How closing a card (销户) splits what it was given.

The bonus is forfeited; what was spent is attributed to principal and bonus in proportion to the principal
topped up and the bonus granted (largest remainder, ties to principal); the refund is the principal not
consumed. For every history with `0 <= spent <= principal + bonus`:

    refund + forfeited_bonus + consumed_principal + consumed_bonus == principal + bonus

every part is >= 0, consumed_principal <= principal and consumed_bonus <= bonus, and the split depends on the
three numbers only. The ledger does not need the same order: a spend takes principal first, then bonus, and
the closing transfer empties both accounts (which hold `principal + bonus - spent` = refund + forfeited) into
the refund paid out and the forfeited bonus.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CloseSplit:
    refund_fen: int
    forfeited_bonus_fen: int
    consumed_principal_fen: int
    consumed_bonus_fen: int


def allocate(total: int, weights: list[int]) -> list[int]:
    """`total` in parts proportional to `weights` (largest remainder; ties to the earlier weight)."""
    whole = sum(weights)
    if total < 0 or any(w < 0 for w in weights) or (whole == 0 and total != 0):
        raise ValueError("cannot allocate")
    if whole == 0:
        return [0] * len(weights)
    shares = [total * w // whole for w in weights]
    remainders = [total * w % whole for w in weights]
    left = total - sum(shares)
    for i in sorted(range(len(weights)), key=lambda i: (-remainders[i], i))[:left]:
        shares[i] += 1
    return shares


def split_close(principal_fen: int, bonus_fen: int, spent_fen: int) -> CloseSplit:
    """The closing split of a card given `principal_fen`, granted `bonus_fen` and that has spent `spent_fen`."""
    if min(principal_fen, bonus_fen, spent_fen) < 0 or spent_fen > principal_fen + bonus_fen:
        raise ValueError("a card cannot have spent more than it was given")
    consumed_principal, consumed_bonus = allocate(spent_fen, [principal_fen, bonus_fen])
    return CloseSplit(refund_fen=principal_fen - consumed_principal, forfeited_bonus_fen=bonus_fen - consumed_bonus,
                      consumed_principal_fen=consumed_principal, consumed_bonus_fen=consumed_bonus)
