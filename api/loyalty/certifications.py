"""Ride-hailing driver certification (网约车司机认证): a member submits its documents, staff review them.

States: PENDING -> APPROVED | REJECTED (with a reason), once; a member has at most one PENDING request
and may submit again after a rejection. An approved member gets the certified drivers' prices
(`api.loyalty.pricing`). Every review is audited.

Documents: the three images (driver's licence, vehicle licence, the platform's certificate), each JPEG or
PNG as its bytes say (the declared type must agree), at most 5 MB, stored under the data directory as
`certifications/{company}/{sha256}.{ext}` (written to a temporary name, then renamed: a reader never
sees half a file; the same image twice is one file). A refused submission may leave a file nobody
references; it holds nothing beyond what the member sent.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.permissions import Permission
from api.loyalty.errors import CertificationErrorCode as Code
from api.loyalty.models import Certification, CertificationDocument, CertificationStatus, DocumentKind
from api.members.models import Member, MemberStatus
from api.members.plates import normalize_plate

MAX_BYTES = 5 * 1024 * 1024
TYPES = {"image/jpeg": "jpg", "image/png": "png"}


def sniff(data: bytes) -> str | None:
    """The image type the bytes are (JPEG: SOI marker, ends with EOI; PNG: signature then the IHDR chunk)."""
    if data[:3] == b"\xff\xd8\xff" and data.rstrip(b"\x00")[-2:] == b"\xff\xd9":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        return "image/png"
    return None


@dataclass(frozen=True)
class DocumentUpload:
    kind: DocumentKind
    content_type: str
    content_base64: str


@dataclass(frozen=True)
class StoredFile:
    path: str
    sha256: str
    size_bytes: int
    content_type: str


def _decode(upload: DocumentUpload, field: str, problems: ValidationErrors) -> bytes | None:
    if len(upload.content_base64) > (MAX_BYTES * 4) // 3 + 8:
        problems.add(Code.FILE_TOO_LARGE, "图片不能超过 5 MB", field)
        return None
    try:
        data = base64.b64decode(upload.content_base64, validate=True)
    except (binascii.Error, ValueError):
        problems.add(Code.INVALID, "图片内容不是有效的 base64", field)
        return None
    if not data:
        problems.add(Code.REQUIRED, "请上传图片", field)
    elif len(data) > MAX_BYTES:
        problems.add(Code.FILE_TOO_LARGE, "图片不能超过 5 MB", field)
    elif upload.content_type not in TYPES or sniff(data) != upload.content_type:
        problems.add(Code.FILE_TYPE, "仅支持 JPEG 或 PNG 图片", field)
    else:
        return data
    return None


def store(data_dir: Path, company_id: uuid.UUID, data: bytes, content_type: str) -> StoredFile:
    digest = hashlib.sha256(data).hexdigest()
    relative = Path("certifications") / str(company_id) / f"{digest}.{TYPES[content_type]}"
    target = data_dir / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{uuid.uuid4().hex}.part")
        temporary.write_bytes(data)
        os.replace(temporary, target)
    return StoredFile(relative.as_posix(), digest, len(data), content_type)


def read(data_dir: Path, document: CertificationDocument) -> bytes:
    data = (data_dir / document.path).read_bytes()
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise ValueError(f"certification document {document.id} does not match its hash")
    return data


async def submit(session: AsyncSession, actor: Actor, data_dir: Path, *, platform: str, plate: str,
                 documents: list[DocumentUpload]) -> Certification:
    """A member's own request, with its three documents."""
    if actor.kind is not ActorKind.MEMBER or actor.id is None or actor.company_id is None:
        raise Forbidden("仅会员可用")
    problems = ValidationErrors()
    if not 2 <= len(platform.strip()) <= 32:
        problems.add(Code.INVALID, "请填写网约车平台名称", "platform")
    normalized = normalize_plate(plate)
    if normalized is None:
        problems.add(Code.INVALID, "车牌号格式不正确", "plate")
    kinds = [d.kind for d in documents]
    for kind in DocumentKind:
        if kinds.count(kind) != 1:
            problems.add(Code.REQUIRED, "请各上传一张驾驶证、行驶证和网约车平台证明", "documents")
            break
    decoded = [_decode(d, f"documents.{i}.contentBase64", problems) for i, d in enumerate(documents)]
    problems.raise_if_any()
    member = await session.get(Member, actor.id)
    if member is None or member.status is not MemberStatus.REGISTERED:
        raise DomainError(Code.NOT_REGISTERED, "请先绑定手机号成为会员")
    assert normalized is not None
    certification = Certification(company_id=actor.company_id, member_id=actor.id, platform=platform.strip(),
                                  plate=normalized, status=CertificationStatus.PENDING)
    session.add(certification)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as error:
        raise DomainError(Code.ALREADY_PENDING, "已有待审核的认证申请，请等待审核结果") from error
    for upload, data in zip(documents, decoded, strict=True):
        assert data is not None
        stored = store(data_dir, actor.company_id, data, upload.content_type)
        session.add(CertificationDocument(company_id=actor.company_id, certification_id=certification.id,
                                          kind=upload.kind, path=stored.path, sha256=stored.sha256,
                                          size_bytes=stored.size_bytes, content_type=stored.content_type))
    await session.flush()
    return certification


async def review(session: AsyncSession, actor: Actor, certification_id: uuid.UUID, *, approve: bool,
                 reason: str | None) -> Certification:
    """Approve or reject a pending request (a rejection needs its reason); audited."""
    actor.require(Permission.REVIEW_CERTIFICATIONS)
    certification = await session.scalar(select(Certification).where(
        Certification.id == certification_id, Certification.company_id == actor.company_id).with_for_update())
    if certification is None:
        raise DomainError(Code.NOT_FOUND, "认证申请不存在", field="id")
    reason = (reason or "").strip() or None
    if not approve and (reason is None or len(reason) < 2):
        raise DomainError(Code.REQUIRED, "驳回须填写原因", field="reason")
    if reason is not None and len(reason) > 200:
        raise DomainError(Code.INVALID, "原因最多 200 个字", field="reason")
    if certification.status is not CertificationStatus.PENDING:
        raise DomainError(Code.NOT_PENDING, "该申请已审核", field="id")
    certification.status = CertificationStatus.APPROVED if approve else CertificationStatus.REJECTED
    certification.reviewer_id, certification.reviewed_at, certification.reason = actor.id, utcnow(), reason
    await session.flush()
    await audit.record(session, actor, action="certification.review", object_type="Certification",
                       object_id=certification.id, company_id=certification.company_id,
                       before={"status": CertificationStatus.PENDING.value},
                       after={"status": certification.status.value, "member_id": str(certification.member_id)},
                       reason=reason)
    return certification
