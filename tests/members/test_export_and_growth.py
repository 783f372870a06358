"""The member export (Excel, by registration day and channel, phones masked unless permitted, audited) and the
monthly new-member counts per channel."""

from __future__ import annotations

import base64
import io
from datetime import UTC, datetime

from openpyxl import load_workbook
from sqlalchemy import select, update

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.permissions import Permission as P
from api.members.models import Member, MemberChannel
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import make_member, new_phone
from tests.fixtures.org import Org

EXPORT = """query($from: Date, $to: Date, $c: MemberChannel) {
  memberExport(registeredFrom: $from, registeredTo: $to, channel: $c) { filename rows xlsx } }"""
GROWTH = """query($from: Date!, $to: Date!) { memberGrowth(registeredFrom: $from, registeredTo: $to) {
  month channel count } }"""


async def _registered_at(database: Database, member: Member, when: datetime) -> None:
    async with database.transaction() as session:
        await session.execute(update(Member).where(Member.id == member.id).values(registered_at=when))


async def test_growth_per_month_and_channel(staff_client: StaffClientFactory, database: Database,
                                            settings: Settings, org: Org) -> None:
    for when, channel in ((datetime(2026, 1, 5, tzinfo=UTC), MemberChannel.POS),
                          (datetime(2026, 1, 31, 17, tzinfo=UTC), MemberChannel.POS),  # 1 Feb in China
                          (datetime(2026, 2, 10, tzinfo=UTC), MemberChannel.MINI_PROGRAM),
                          (datetime(2026, 2, 11, tzinfo=UTC), MemberChannel.MINI_PROGRAM),
                          (datetime(2025, 12, 1, tzinfo=UTC), MemberChannel.POS)):
        await _registered_at(database, await make_member(database, settings, org, channel=channel), when)
    viewer = await staff_client(permissions=[P.VIEW_MEMBERS])
    rows = (await viewer.execute(GROWTH, {"from": "2026-01-01", "to": "2026-12-31"})).data["memberGrowth"]
    assert rows == [{"month": "2026-01", "channel": "POS", "count": 1},
                    {"month": "2026-02", "channel": "MINI_PROGRAM", "count": 2},
                    {"month": "2026-02", "channel": "POS", "count": 1}]


async def test_export_by_time_and_channel(staff_client: StaffClientFactory, database: Database, settings: Settings,
                                          org: Org) -> None:
    phone = new_phone()
    inside = await make_member(database, settings, org, phone=phone, name="钱七", plates=["京A12345"])
    await _registered_at(database, inside, datetime(2026, 3, 3, tzinfo=UTC))
    await _registered_at(database, await make_member(database, settings, org), datetime(2026, 5, 1, tzinfo=UTC))
    await _registered_at(database, await make_member(database, settings, org, channel=MemberChannel.REFERRAL),
                         datetime(2026, 3, 4, tzinfo=UTC))
    exporter = await staff_client(permissions=[P.VIEW_MEMBERS, P.EXPORT_DATA])
    data = (await exporter.execute(EXPORT, {"from": "2026-03-01", "to": "2026-03-31", "c": "POS"})).data["memberExport"]
    assert data["rows"] == 1 and data["filename"] == "members-20260301-20260331.xlsx"
    sheet = load_workbook(io.BytesIO(base64.b64decode(data["xlsx"]))).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("会员号", "手机号", "姓名")
    assert rows[1][:3] == (inside.number, phone[:3] + "****" + phone[-4:], "钱七") and rows[1][5] == "京A12345"
    full = await staff_client(permissions=[P.VIEW_MEMBERS, P.EXPORT_DATA, P.VIEW_PHONE_NUMBERS])
    data = (await full.execute(EXPORT, {"from": "2026-03-01", "to": "2026-03-31"})).data["memberExport"]
    assert data["rows"] == 2
    sheet = load_workbook(io.BytesIO(base64.b64decode(data["xlsx"]))).active
    assert sheet is not None
    assert phone in [r[1] for r in sheet.iter_rows(values_only=True)]
    async with database.session() as session:
        audits = (await session.scalars(select(AuditLog).where(AuditLog.company_id == org.company.id,
                                                               AuditLog.action == "member.export")
                                    .order_by(AuditLog.id))).all()  # ids are time-ordered
    assert [a.after["full_phones"] for a in audits] == [False, True]
    no_export = await staff_client(permissions=[P.VIEW_MEMBERS])
    assert (await no_export.execute(EXPORT, {})).error_codes == ["FORBIDDEN"]
