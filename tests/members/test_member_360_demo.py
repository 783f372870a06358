"""The demo's pending certification: made once for the demo card's holder, with three documents that pass the
uploads' byte checks and read back by their hash, and visible on the member's 360° fields. The request is removed
afterwards: other tests read every stored document."""

from __future__ import annotations

from sqlalchemy import delete, select

from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.demo.certification_seed import DEMO_CERTIFICATION_PLATE, seed_certification
from api.loyalty import certifications
from api.loyalty.models import Certification, CertificationDocument, CertificationStatus
from api.members.models import Member, MemberChannel, MemberStatus
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.org import Org

HOLDER = "M100000001"


async def test_the_demo_certification_is_pending_with_valid_documents(
        database: Database, org: Org, settings: Settings, staff_client: StaffClientFactory) -> None:
    data_dir = settings.data_dir  # where the platform under test reads documents
    async with database.transaction() as session:
        holder = Member(company_id=org.company.id, number=HOLDER, status=MemberStatus.REGISTERED, name="王师傅",
                        channel=MemberChannel.POS)
        session.add(holder)
    try:
        with database.sync_transaction() as session:
            assert seed_certification(session, org.company.id, HOLDER, data_dir)
        with database.sync_transaction() as session:
            assert not seed_certification(session, org.company.id, HOLDER, data_dir)  # once
            assert not seed_certification(session, org.company.id, "M999999999", data_dir)
        async with database.session() as session:
            requests = (await session.scalars(select(Certification).where(
                Certification.company_id == org.company.id))).all()
            assert [(r.status, r.plate) for r in requests] == [(CertificationStatus.PENDING, DEMO_CERTIFICATION_PLATE)]
            documents = (await session.scalars(select(CertificationDocument).where(
                CertificationDocument.certification_id == requests[0].id))).all()
        assert len(documents) == 3
        for document in documents:
            data = certifications.read(data_dir, document)
            assert certifications.sniff(data) == document.content_type == "image/png"
            assert len(data) == document.size_bytes
        reviewer = await staff_client(permissions=[P.VIEW_MEMBERS])
        got = (await reviewer.execute("query($id: ID!) { member(id: $id) { vehicles { plate } certification { status } } }",
                                      {"id": to_global_id("Member", holder.id)})).data["member"]
        assert got == {"vehicles": [{"plate": DEMO_CERTIFICATION_PLATE}], "certification": {"status": "PENDING"}}
    finally:
        async with database.transaction() as session:
            await session.execute(delete(Certification).where(Certification.company_id == org.company.id))
