"""Driver certification: uploads checked (type by the bytes, 5 MB, all three documents), stored by hash,
one pending request at a time, reviewed by staff (a rejection needs a reason; audited), the list in the same
statements for 1 and 20 requests; and the settings mutations' access (company-wide grant only)."""

from __future__ import annotations

import base64
import hashlib
import uuid

from sqlalchemy import func, select

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.permissions import Permission
from api.loyalty.models import Certification, CertificationDocument, Tier
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory
from tests.fixtures.pumps import Forecourt
from tests.support.sql_counter import StatementCounter

JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + bytes(range(200)) + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + bytes(100)
SUBMIT = """mutation($i: CertificationSubmitInput!) { certificationSubmit(input: $i) {
  certification { id status plate documents { kind sha256 sizeBytes } } errors { field code } } }"""
REVIEW = """mutation($i: CertificationReviewInput!) { certificationReview(input: $i) {
  certification { status reason } errors { field code } } }"""
LIST = """query($n: Int!) { certifications(first: $n, filter: {status: PENDING}) { edges { node { plate platform
  member { number phone } documents { kind contentType dataUrl } } } } }"""
TIER = """mutation($i: TierSaveInput!) { tierSave(input: $i) { tier { name rank } errors { field code } } }"""


def docs(driver: bytes = JPEG, vehicle: bytes = PNG, platform: bytes = JPEG,
         types: tuple[str, str, str] = ("image/jpeg", "image/png", "image/jpeg")) -> list[dict[str, str]]:
    return [{"kind": kind, "contentType": t, "contentBase64": base64.b64encode(data).decode()}
            for kind, data, t in zip(("DRIVER_LICENCE", "VEHICLE_LICENCE", "PLATFORM_CERTIFICATE"),
                                     (driver, vehicle, platform), types, strict=True)]


async def count(database: Database, model: type[Certification] | type[AuditLog], company: uuid.UUID) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(model)
                                        .where(model.company_id == company)) or 0)


async def test_uploads_are_checked_then_stored_by_hash_and_reviewed(
        member_client: MemberClientFactory, staff_client: StaffClientFactory, database: Database,
        settings: Settings, forecourt: Forecourt) -> None:
    company = forecourt.org.company.id
    driver = await member_client()
    ask = {"platform": "滴滴出行", "plate": "川a12345"}
    for documents, field, code in (
            (docs(platform=b"GIF89a" + bytes(50)), "documents.2.contentBase64", "FILE_TYPE"),
            (docs(types=("image/png", "image/png", "image/jpeg")), "documents.0.contentBase64", "FILE_TYPE"),
            (docs(vehicle=PNG + bytes(5 * 1024 * 1024)), "documents.1.contentBase64", "FILE_TOO_LARGE"),
            (docs()[:2], "documents", "REQUIRED")):
        refused = (await driver.execute(SUBMIT, {"i": {**ask, "documents": documents}})).data["certificationSubmit"]
        assert [(e["field"], e["code"]) for e in refused["errors"]] == [(field, code)]
    assert await count(database, Certification, company) == 0
    made = (await driver.execute(SUBMIT, {"i": {**ask, "documents": docs()}})).data["certificationSubmit"]
    assert made["errors"] == [] and made["certification"]["plate"] == "川A12345"
    assert {d["sha256"] for d in made["certification"]["documents"]} == {hashlib.sha256(JPEG).hexdigest(),
                                                                        hashlib.sha256(PNG).hexdigest()}
    async with database.session() as session:
        paths = (await session.scalars(select(CertificationDocument.path))).all()
    assert all((settings.data_dir / p).read_bytes() in (JPEG, PNG) for p in paths)
    twice = (await driver.execute(SUBMIT, {"i": {**ask, "documents": docs()}})).data["certificationSubmit"]
    assert [e["code"] for e in twice["errors"]] == ["ALREADY_PENDING"]
    staff = await staff_client(role_code="station_manager")
    audits = await count(database, AuditLog, company)
    assert (await driver.execute(REVIEW, {"i": {"id": made["certification"]["id"], "approve": True}})
            ).error_codes == ["FORBIDDEN"]
    nobody = await staff_client(permissions=[])
    assert (await nobody.execute(REVIEW, {"i": {"id": made["certification"]["id"], "approve": True}})
            ).error_codes == ["FORBIDDEN"]
    no_reason = (await staff.execute(REVIEW, {"i": {"id": made["certification"]["id"], "approve": False}})).data
    assert [(e["field"], e["code"]) for e in no_reason["certificationReview"]["errors"]] == [("reason", "REQUIRED")]
    assert await count(database, AuditLog, company) == audits
    rejected = (await staff.execute(REVIEW, {"i": {"id": made["certification"]["id"], "approve": False,
                                                   "reason": "行驶证照片不清晰"}})).data["certificationReview"]
    assert rejected["certification"] == {"status": "REJECTED", "reason": "行驶证照片不清晰"}
    assert await count(database, AuditLog, company) == audits + 1
    again = (await staff.execute(REVIEW, {"i": {"id": made["certification"]["id"], "approve": True}})).data
    assert [e["code"] for e in again["certificationReview"]["errors"]] == ["NOT_PENDING"]


async def test_the_review_list_costs_the_same_for_1_and_20(
        member_client: MemberClientFactory, staff_client: StaffClientFactory, database: Database,
        forecourt: Forecourt, sql: StatementCounter) -> None:
    staff = await staff_client(permissions=[Permission.REVIEW_CERTIFICATIONS])
    counts = []
    for total in (1, 20):
        while True:
            driver = await member_client()
            made = await driver.execute(SUBMIT, {"i": {"platform": "曹操出行", "plate": "川A12345", "documents": docs()}})
            assert made.data["certificationSubmit"]["errors"] == []
            async with database.session() as session:
                pending = await session.scalar(select(func.count()).select_from(Certification).where(
                    Certification.company_id == forecourt.org.company.id))
            if pending >= total:
                break
        with sql.counting() as counter:
            listed = await staff.execute(LIST, {"n": 20})
        edges = listed.data["certifications"]["edges"]
        assert len(edges) == total and all(len(e["node"]["documents"]) == 3 for e in edges)
        assert edges[0]["node"]["documents"][0]["dataUrl"].startswith("data:image/")
        assert "****" in edges[0]["node"]["member"]["phone"]
        counts.append(counter.count)
    assert counts[0] == counts[1]


async def test_settings_need_the_permission_over_the_whole_company(
        staff_client: StaffClientFactory, database: Database, forecourt: Forecourt) -> None:
    company = forecourt.org.company.id
    ask = {"i": {"name": "普通", "rank": 0}}
    local = await staff_client(permissions=[Permission.MANAGE_LOYALTY], stations=[forecourt.org.stations[0].id])
    nobody = await staff_client(permissions=[])
    for client in (local, nobody):
        assert (await client.execute(TIER, ask)).error_codes == ["FORBIDDEN"]
    async with database.session() as session:
        assert await session.scalar(select(func.count()).select_from(Tier).where(Tier.company_id == company)) == 0
    admin = await staff_client(permissions=[Permission.MANAGE_LOYALTY])
    saved = (await admin.execute(TIER, ask)).data["tierSave"]
    assert saved == {"tier": {"name": "普通", "rank": 0}, "errors": []}
    duplicate = (await admin.execute(TIER, {"i": {"name": "银卡", "rank": 0}})).data["tierSave"]
    assert [(e["field"], e["code"]) for e in duplicate["errors"]] == [("rank", "DUPLICATE")]
