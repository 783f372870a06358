"""The receipt as HTML for the browser (the POS's print preview, the driver's order page): the same
content as the thermal receipt (`receipts.py`), with the e-invoice request link as an inline SVG QR code.
Every value is escaped; the page needs nothing from outside (no fonts, scripts or images to fetch)."""

from __future__ import annotations

from html import escape
from zoneinfo import ZoneInfo

import segno

from api.selling.models import RefundStatus
from api.selling.receipts import STATUS_NAMES, TENDER_NAMES, ReceiptData, yuan

STYLE = ("body{font-family:sans-serif;margin:0}.receipt{width:72mm;margin:0 auto;padding:4mm;font-size:13px}"
         "h1,h2{text-align:center;margin:2px 0}h1{font-size:16px}h2{font-size:14px;font-weight:normal}"
         "table{width:100%;border-collapse:collapse}td{padding:1px 0;vertical-align:top}td.n{text-align:right;"
         "white-space:nowrap}tr.sep td{border-top:1px dashed #000}.qr{text-align:center;margin-top:6px}"
         "@media print{.receipt{padding:0}}")


def _row(left: str, right: str, css: str = "") -> str:
    return f'<tr class="{css}"><td>{escape(left)}</td><td class="n">{escape(right)}</td></tr>'


def receipt_html(data: ReceiptData) -> str:
    order = data.order
    moment = (order.paid_at or order.created_at).astimezone(ZoneInfo(data.time_zone))
    rows = [_row("单号", order.number), _row("时间", moment.strftime("%Y-%m-%d %H:%M:%S"))]
    if data.cashier:
        rows.append(_row("收银员", data.cashier))
    for i, line in enumerate(data.lines):
        detail = f"{line.quantity_ml / 1000:.2f}L × {yuan(line.unit_price_fen)}" if line.quantity_ml else ""
        rows.append(_row(line.description, yuan(line.amount_fen), "sep" if i == 0 else ""))
        if detail:
            rows.append(_row(detail, ""))
    rows.append(_row("合计", yuan(order.total_fen), "sep"))
    rows += [_row(d.label, "-" + yuan(d.amount_fen)) for d in data.discounts]
    rows.append(_row("应收", yuan(order.payable_fen)))
    for payment in data.payments:
        if payment.status.value == "succeeded":
            rows.append(_row(TENDER_NAMES.get(payment.tender, payment.tender.value), yuan(payment.amount_fen)))
            if payment.given_fen is not None:
                rows += [_row("实收", yuan(payment.given_fen)), _row("找零", yuan(payment.change_fen or 0))]
    refunded = sum(r.amount_fen for r in data.refunds if r.status is RefundStatus.SUCCEEDED)
    if refunded:
        rows.append(_row("已退款", yuan(refunded)))
    rows.append(_row("状态", STATUS_NAMES.get(order.status.value, order.status.value), "sep"))
    rows += [_row(label, value) for label, value in data.extras]
    payee = f"<p>收款方：{escape(data.payee_name)}</p>" if data.payee_name else ""
    qr = ""
    if data.invoice_url:
        svg = segno.make(data.invoice_url, error="m").svg_inline(scale=3, title="扫码开具电子发票")
        qr = f'<div class="qr">{svg}<div>扫码开具电子发票</div></div>'
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(order.number)}</title>'
            f"<style>{STYLE}</style></head><body><div class=\"receipt\"><h1>{escape(data.station_name)}</h1>"
            f"<h2>销售小票</h2><table>{''.join(rows)}</table>{payee}{qr}"
            "<p style=\"text-align:center\">谢谢惠顾，欢迎再次光临</p></div></body></html>")
