"""E-invoice requests (申请开票): the buyer of a paid order asks for its e-invoice.

Rules:
- One request per order (a second is refused); only a paid order (or one partly refunded) may ask.
- A driver asks for an order of their own, or for any order of the company with the key of the receipt's
  `/mp/invoice` link (`invoice_links.py`): holding the receipt is what entitles one to its invoice.
- A company title needs its taxpayer number (15 to 20 letters and digits); a person's title (个人) needs
  none. The email is where the e-invoice will be sent.
"""

from __future__ import annotations

import re
import uuid
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor, ActorKind
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.selling.invoice_links import invoice_key_matches
from api.selling.invoice_request_model import InvoiceRequest
from api.selling.models import Order, OrderStatus

TAX_NUMBER = re.compile(r"^[0-9A-Z]{15,20}$")
EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
PERSONAL_TITLE = "个人"
INVOICEABLE = (OrderStatus.PAID, OrderStatus.PARTIALLY_REFUNDED)


class InvoiceRequestErrorCode(StrEnum):
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    NOT_INVOICEABLE = "NOT_INVOICEABLE"
    ALREADY_REQUESTED = "ALREADY_REQUESTED"


Code = InvoiceRequestErrorCode


def _clean(title: str, tax_number: str | None, email: str) -> tuple[str, str | None, str]:
    problems = ValidationErrors()
    title, email = title.strip(), email.strip()
    tax = (tax_number or "").strip().upper() or None
    if not 2 <= len(title) <= 100:
        problems.add(Code.INVALID, "请填写发票抬头（2 到 100 个字）", "title")
    if title != PERSONAL_TITLE and tax is None:
        problems.add(Code.INVALID, "单位抬头须填写纳税人识别号", "taxNumber")
    if tax is not None and not TAX_NUMBER.match(tax):
        problems.add(Code.INVALID, "纳税人识别号为 15 到 20 位字母或数字", "taxNumber")
    if len(email) > 100 or not EMAIL.match(email):
        problems.add(Code.INVALID, "邮箱格式不正确", "email")
    problems.raise_if_any()
    return title, tax, email


async def request_invoice(session: AsyncSession, actor: Actor, order_id: uuid.UUID, *, key: str | None, title: str,
                          tax_number: str | None, email: str, secret_key: str) -> InvoiceRequest:
    """Record the request (see the rules above)."""
    if actor.kind is not ActorKind.MEMBER or actor.id is None:
        raise Forbidden("仅会员可用")
    title, tax, email = _clean(title, tax_number, email)
    order = await session.scalar(select(Order).where(Order.id == order_id).with_for_update())
    own = order is not None and order.member_id == actor.id
    if order is None or order.company_id != actor.company_id or not (
            own or (key is not None and invoice_key_matches(secret_key, order.id, key))):
        raise DomainError(Code.NOT_FOUND, "订单不存在或开票链接无效", field="orderId")
    if order.status not in INVOICEABLE:
        raise DomainError(Code.NOT_INVOICEABLE, "订单未支付或已全额退款，不能开票", field="orderId")
    if await session.scalar(select(InvoiceRequest.id).where(InvoiceRequest.order_id == order.id)) is not None:
        raise DomainError(Code.ALREADY_REQUESTED, "该订单已申请过发票", field="orderId")
    request = InvoiceRequest(company_id=order.company_id, station_id=order.station_id, order_id=order.id,
                             member_id=actor.id, title=title, tax_number=tax, email=email)
    session.add(request)
    await session.flush()
    return request
