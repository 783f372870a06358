"""Receipts: plain text laid out for 58 mm (32 columns) or 80 mm (48 columns) thermal printers, where a
Chinese character takes two columns, and the same text as ESC/POS bytes (GB18030, the e-invoice request
link as the printer's own QR code, cut at the end). The browser's HTML receipt is `receipt_html.py`."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.identity.models import StaffUser
from api.payments.models import PaymentMerchant
from api.selling.models import Order, OrderDiscount, OrderLine, Payment, Refund, RefundStatus, Tender
from api.stations.models import Station

WIDTHS = (32, 48)
TENDER_NAMES = {Tender.CASH: "现金", Tender.UNIONPAY: "银行卡", Tender.WECHAT: "微信支付", Tender.ALIPAY: "支付宝",
                Tender.CARD: "储值卡", Tender.POINTS: "积分抵扣", Tender.COUPON: "优惠券", Tender.ON_ACCOUNT: "挂账"}
STATUS_NAMES = {"paid": "已支付", "awaiting_payment": "待支付", "partially_refunded": "部分退款",
                "refunded": "已退款", "voided": "已作废", "drive_off": "逃单"}
ESC_INIT, ESC_LEFT, ESC_CENTER, ESC_CUT = b"\x1b@", b"\x1ba\x00", b"\x1ba\x01", b"\x1dV\x42\x00"


def columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _fit(text: str, width: int) -> str:
    out = ""
    for char in text:
        if columns(out + char) > width:
            break
        out += char
    return out


def _pair(left: str, right: str, width: int) -> str:
    left = _fit(left, width - columns(right) - 1)
    return left + " " * (width - columns(left) - columns(right)) + right


def _center(text: str, width: int) -> str:
    text = _fit(text, width)
    return " " * ((width - columns(text)) // 2) + text


def yuan(fen: int) -> str:
    return f"{fen / 100:.2f}"


@dataclass(frozen=True)
class ReceiptData:
    station_name: str
    payee_name: str | None
    time_zone: str
    order: Order
    lines: list[OrderLine]
    payments: list[Payment]
    refunds: list[Refund]
    cashier: str | None
    discounts: list[OrderDiscount] = field(default_factory=list)
    invoice_url: str | None = None  # the e-invoice request link (`api.selling.invoice_links`)
    extras: list[tuple[str, str]] = field(default_factory=list)  # lines of other domains (points earned...)


ReceiptLines = Callable[[AsyncSession, Order], Awaitable[list[tuple[str, str]]]]
RECEIPT_LINES: list[ReceiptLines] = []  # filled by domains that print on the receipt (loyalty: points)


def on_receipt(provider: ReceiptLines) -> ReceiptLines:
    """Register `provider(session, order)` giving (label, value) lines for the receipt."""
    if provider not in RECEIPT_LINES:
        RECEIPT_LINES.append(provider)
    return provider


def receipt_text(data: ReceiptData, width: int = 32) -> str:
    if width not in WIDTHS:
        raise ValueError("a receipt is 32 or 48 columns wide")
    order, rule = data.order, "-" * width
    moment = (order.paid_at or order.created_at).astimezone(ZoneInfo(data.time_zone))
    out = [_center(data.station_name, width), _center("销售小票", width), rule,
           _pair("单号", order.number, width), _pair("时间", moment.strftime("%Y-%m-%d %H:%M:%S"), width)]
    if data.cashier:
        out.append(_pair("收银员", data.cashier, width))
    out.append(rule)
    for line in data.lines:
        out.append(_fit(line.description, width))
        quantity = f"{line.quantity_ml / 1000:.2f}L x {yuan(line.unit_price_fen)}" if line.quantity_ml else ""
        out.append(_pair("  " + quantity, yuan(line.amount_fen), width))
    out += [rule, _pair("合计", yuan(order.total_fen), width)]
    for discount in data.discounts:
        out.append(_pair(discount.label, "-" + yuan(discount.amount_fen), width))
    if order.discount_fen and not data.discounts:
        out.append(_pair("优惠", "-" + yuan(order.discount_fen), width))
    out.append(_pair("应收", yuan(order.payable_fen), width))
    for payment in data.payments:
        if payment.status.value != "succeeded":
            continue
        out.append(_pair(TENDER_NAMES.get(payment.tender, payment.tender.value), yuan(payment.amount_fen), width))
        if payment.given_fen is not None:
            out.append(_pair("  实收", yuan(payment.given_fen), width))
            out.append(_pair("  找零", yuan(payment.change_fen or 0), width))
    refunded = sum(r.amount_fen for r in data.refunds if r.status is RefundStatus.SUCCEEDED)
    if refunded:
        out.append(_pair("已退款", yuan(refunded), width))
    out.append(_pair("状态", STATUS_NAMES.get(order.status.value, order.status.value), width))
    out += [_pair(label, value, width) for label, value in data.extras]
    out.append(rule)
    if data.payee_name:
        out.append(_fit(f"收款方：{data.payee_name}", width))
    if data.invoice_url:
        out.append(_center("扫码开具电子发票", width))
    out += [_center("谢谢惠顾，欢迎再次光临", width), ""]
    return "\n".join(out)


def escpos_qr(data: str, module: int = 6) -> bytes:
    """The printer's own QR code (GS ( k, function 165-169): model 2, error correction M, centred."""
    payload = data.encode()
    store = len(payload) + 3
    return (ESC_CENTER
            + b"\x1d(k\x04\x001A2\x00"  # model 2
            + b"\x1d(k\x03\x001C" + bytes((module,))  # module size in dots
            + b"\x1d(k\x03\x001E1"  # error correction M
            + b"\x1d(k" + bytes((store % 256, store // 256)) + b"1P0" + payload  # store the data
            + b"\x1d(k\x03\x001Q0"  # print it
            + ESC_LEFT)


def receipt_escpos(text: str, qr: str | None = None) -> bytes:
    """ESC/POS: initialise, print the text (GB18030, as Chinese thermal printers expect), the QR code if
    any, feed and cut."""
    return (ESC_INIT + ESC_LEFT + text.encode("gb18030") + (b"\n" + escpos_qr(qr) if qr else b"")
            + b"\n\n\n" + ESC_CUT)



async def load_receipt(session: AsyncSession, order_id: uuid.UUID, invoice_url: str | None = None) -> ReceiptData:
    order = await session.get(Order, order_id)
    assert order is not None
    station = await session.get(Station, order.station_id)
    assert station is not None
    payee = await session.scalar(select(PaymentMerchant.payee_name).where(
        PaymentMerchant.station_id == order.station_id).order_by(PaymentMerchant.channel).limit(1))
    cashier = await session.scalar(select(StaffUser.name).where(StaffUser.id == order.cashier_id))
    return ReceiptData(
        station_name=station.name, payee_name=payee, time_zone=station.time_zone or "Asia/Shanghai", order=order,
        lines=list((await session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)
                                          .order_by(OrderLine.position))).all()),
        payments=list((await session.scalars(select(Payment).where(Payment.order_id == order.id)
                                             .order_by(Payment.position))).all()),
        refunds=list((await session.scalars(select(Refund).where(Refund.order_id == order.id))).all()),
        cashier=cashier,
        discounts=list((await session.scalars(select(OrderDiscount).where(OrderDiscount.order_id == order.id)
                                              .order_by(OrderDiscount.position))).all()),
        invoice_url=invoice_url,
        extras=[line for provider in RECEIPT_LINES for line in await provider(session, order)])
