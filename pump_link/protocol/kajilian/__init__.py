"""卡机联动 (card-dispenser linkage), the FA-framed dispenser–PC protocol; see shared/protocols/kajilian.md."""
