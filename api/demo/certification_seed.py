"""A pending ride-hailing driver certification of the demo card's holder, so the console's review queue has a
request to review: the three documents are small PNG images drawn here (valid by their bytes, as uploads must
be), stored as the mini-program's uploads are. Seeded once per company; the certified car is the holder's."""

from __future__ import annotations

import struct
import uuid
import zlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.loyalty import certifications
from api.loyalty.models import Certification, CertificationDocument, CertificationStatus, DocumentKind
from api.members.models import Member, MemberVehicle, VehicleType

DEMO_CERTIFICATION_PLATFORM = "滴滴出行"
DEMO_CERTIFICATION_PLATE = "川A8D3F2"
# each document's background and band colour (RGB)
DOCUMENT_COLOURS = {DocumentKind.DRIVER_LICENCE: ((232, 240, 254), (66, 133, 244)),
                    DocumentKind.VEHICLE_LICENCE: ((237, 247, 237), (52, 168, 83)),
                    DocumentKind.PLATFORM_CERTIFICATE: ((254, 243, 232), (251, 140, 0))}


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def document_png(background: tuple[int, int, int], band: tuple[int, int, int], width: int = 160,
                 height: int = 100) -> bytes:
    """An RGB PNG of `width` x `height`: a card-like image with a coloured band at the top and a photo box."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")  # filter type None
        for x in range(width):
            photo = 12 <= x < 52 and 36 <= y < 88
            row += bytes(band if y < 24 or photo else background)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + _chunk(b"IEND", b""))


def seed_certification(session: Session, company_id: uuid.UUID, holder_number: str, data_dir: Path) -> bool:
    """The pending request of the member numbered `holder_number`, unless the company has any request already or
    no such member; whether it was made."""
    if session.scalar(select(Certification.id).where(Certification.company_id == company_id).limit(1)) is not None:
        return False
    holder = session.scalar(select(Member).where(Member.company_id == company_id, Member.number == holder_number))
    if holder is None:
        return False
    if session.scalar(select(MemberVehicle.id).where(MemberVehicle.member_id == holder.id,
                                                     MemberVehicle.plate == DEMO_CERTIFICATION_PLATE)) is None:
        session.add(MemberVehicle(company_id=company_id, member_id=holder.id, plate=DEMO_CERTIFICATION_PLATE,
                                  vehicle_type=VehicleType.CAR))
    request = Certification(company_id=company_id, member_id=holder.id, platform=DEMO_CERTIFICATION_PLATFORM,
                            plate=DEMO_CERTIFICATION_PLATE, status=CertificationStatus.PENDING)
    session.add(request)
    session.flush()
    for kind, (background, band) in DOCUMENT_COLOURS.items():
        stored = certifications.store(data_dir, company_id, document_png(background, band), "image/png")
        session.add(CertificationDocument(company_id=company_id, certification_id=request.id, kind=kind,
                                          path=stored.path, sha256=stored.sha256, size_bytes=stored.size_bytes,
                                          content_type=stored.content_type))
    session.flush()
    return True
