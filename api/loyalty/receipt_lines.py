"""The member's points on the receipt: what this order earned and redeemed, and what the member holds.

Points are earned when the paid-order event is handled (`api.selling.events`, seconds after the sale), so a
receipt printed before that shows the balance only; a reprint shows the points earned.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.loyalty import points_ledger
from api.loyalty.models import PointsMovement, PointsMovementKind
from api.selling.models import Order


async def points_lines(session: AsyncSession, order: Order) -> list[tuple[str, str]]:
    if order.member_id is None:
        return []
    rows = {kind: points for kind, points in (await session.execute(
        select(PointsMovement.kind, func.sum(PointsMovement.points)).where(PointsMovement.order_id == order.id)
        .group_by(PointsMovement.kind))).all()}
    lines = []
    if rows.get(PointsMovementKind.EARN):
        lines.append(("本单积分", f"+{int(rows[PointsMovementKind.EARN])}"))
    if rows.get(PointsMovementKind.REDEEM):
        lines.append(("积分抵扣", f"{int(rows[PointsMovementKind.REDEEM])} 分"))
    if rows.get(PointsMovementKind.REFUND):
        lines.append(("退款退回积分", f"+{int(rows[PointsMovementKind.REFUND])}"))
    if rows.get(PointsMovementKind.REVOKE):
        lines.append(("退款扣回积分", f"{int(rows[PointsMovementKind.REVOKE])}"))
    lines.append(("积分余额", str(await points_ledger.held(session, order.company_id, order.member_id))))
    return lines
