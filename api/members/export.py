"""Member statistics and exports: monthly new registrations per channel (the growth chart) and the member
list as an Excel workbook, by registration time and channel. Months are calendar months in China time.
Phones in a workbook are masked unless the exporting actor may see them."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.personal_data import decrypt, mask_mobile
from api.identity.models import StaffUser
from api.members.models import Member, MemberChannel, MemberStatus, MemberVehicle

ZONE = ZoneInfo("Asia/Shanghai")
MAX_EXPORT_ROWS = 50_000
CHANNEL_LABELS = {MemberChannel.MINI_PROGRAM: "小程序", MemberChannel.POS: "收银台", MemberChannel.REFERRAL: "员工推荐"}
GENDER_LABELS = {"male": "男", "female": "女", "unknown": ""}


@dataclass(frozen=True)
class GrowthRow:
    month: str  # 2026-01
    channel: MemberChannel | None
    count: int


def start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), ZONE)


def registered_between(company_id: uuid.UUID, start: date | None, end: date | None,
                       channel: MemberChannel | None = None) -> Select[Any]:
    """Registered members of the company, registered from `start` to `end` (both days included, China time)."""
    stmt = select(Member).where(Member.company_id == company_id, Member.status == MemberStatus.REGISTERED)
    if start is not None:
        stmt = stmt.where(Member.registered_at >= start_of(start))
    if end is not None:
        stmt = stmt.where(Member.registered_at < start_of(date.fromordinal(end.toordinal() + 1)))
    if channel is not None:
        stmt = stmt.where(Member.channel == channel)
    return stmt


async def monthly_growth(session: AsyncSession, company_id: uuid.UUID, start: date, end: date) -> list[GrowthRow]:
    """New registered members per month and channel, months with none left out."""
    month = func.to_char(func.timezone("Asia/Shanghai", Member.registered_at), "YYYY-MM")
    stmt = (registered_between(company_id, start, end).with_only_columns(month, Member.channel, func.count())
            .group_by(month, Member.channel).order_by(month, Member.channel))
    return [GrowthRow(m, c, int(n)) for m, c, n in (await session.execute(stmt)).all()]


async def export_members(session: AsyncSession, company_id: uuid.UUID, data_key: str, *, start: date | None,
                         end: date | None, channel: MemberChannel | None, full_phones: bool) -> tuple[bytes, int]:
    """The workbook and its number of members (at most MAX_EXPORT_ROWS, newest first)."""
    members: list[Member] = list((await session.scalars(registered_between(company_id, start, end, channel)
                                          .order_by(Member.registered_at.desc(), Member.id.desc())
                                          .limit(MAX_EXPORT_ROWS))).all())
    ids = [m.id for m in members]
    plates: dict[uuid.UUID, list[str]] = {}
    for member_id, plate in (await session.execute(select(MemberVehicle.member_id, MemberVehicle.plate)
                                                   .where(MemberVehicle.member_id.in_(ids))
                                                   .order_by(MemberVehicle.created_at))).all():
        plates.setdefault(member_id, []).append(plate)
    referrer_ids = {m.referrer_id for m in members if m.referrer_id}
    referrers = dict((await session.execute(select(StaffUser.id, StaffUser.name)
                                            .where(StaffUser.id.in_(referrer_ids)))).all()) if referrer_ids else {}
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "会员"
    sheet.append(["会员号", "手机号", "姓名", "性别", "生日", "车牌", "标签", "注册渠道", "推荐员工", "注册时间",
                  "营销授权"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for m in members:
        phone = decrypt(data_key, m.phone_encrypted) if m.phone_encrypted else ""
        registered = m.registered_at.astimezone(ZONE).replace(tzinfo=None) if m.registered_at else None
        sheet.append([m.number, phone if full_phones else mask_mobile(phone) if phone else "", m.name or "",
                      GENDER_LABELS[m.gender.value], m.birthday, "、".join(plates.get(m.id, [])),
                      "、".join(m.tags or []), CHANNEL_LABELS.get(m.channel, "") if m.channel else "",
                      referrers.get(m.referrer_id, "") if m.referrer_id else "", registered,
                      "是" if m.marketing_consent else "否"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), len(members)
