"""The receipt in every form: thermal text, ESC/POS with the printer's own QR code, and HTML for the
browser; a paid order's e-invoice request link is on each, signed so that only the receipt's holder can
use it, and nothing a cashier typed can break the HTML."""

from __future__ import annotations

import base64
from urllib.parse import parse_qs, urlparse

import segno

from api.core.ids import from_global_id
from api.core.permissions import Permission as P
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from api.selling.invoice_links import PATH, invoice_key, invoice_key_matches
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.selling.pos import Pos
from tests.selling.test_goods_discounts_drops import SAVE
from tests.selling.test_payment_code import EXPIRED, code_tender, merchant  # noqa: F401 (fixture)

RECEIPTS = """query($id: ID!) { node(id: $id) { ... on Order { number invoiceRequestUrl receipt(width: 48)
  receiptEscpos(width: 48) receiptHtml } } }"""


async def receipts(pos: Pos, order: str) -> dict[str, str]:
    return (await pos.cashier.execute(RECEIPTS, {"id": order})).data["node"]  # type: ignore[no-any-return]


async def test_a_paid_order_carries_its_signed_invoice_link_in_every_form(
        pos: Pos, staff_client: StaffClientFactory, settings: Settings) -> None:
    keeper = await staff_client(permissions=[P.MANAGE_INVENTORY])
    odd = {"barcode": "6901234567885", "name": "<b>洗车液</b>&", "category": "养护", "unit": "瓶", "priceFen": 1_500}
    goods = (await keeper.execute(SAVE, {"input": odd})).data["goodsItemSave"]["goodsItem"]["id"]
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    result = await pos.cashier.execute("""mutation($input: CheckoutCreateInput!) { checkoutCreate(input: $input) {
      order { id } errors { field code message } } }""", {"input": {
        "stationId": pos.station, "idempotencyKey": "receipt-formats-1", "fuelingIds": [fueling],
        "goods": [{"goodsId": goods, "quantity": 1}], "tenders": [{"tender": "CASH", "amountFen": amount + 1_500}]}})
    order_id = result.data["checkoutCreate"]["order"]["id"]
    order = await receipts(pos, order_id)
    url = order["invoiceRequestUrl"]
    link = urlparse(url)
    query = parse_qs(link.query)
    assert f"{link.scheme}://{link.netloc}" == settings.public_url and link.path == PATH
    assert query["o"] == [order_id]
    _, pk = from_global_id(order_id, "Order")
    assert invoice_key_matches(settings.secret_key, pk, query["k"][0])
    assert not invoice_key_matches(settings.secret_key, pk, invoice_key("another secret key", pk))
    assert "扫码开具电子发票" in order["receipt"] and order["number"] in order["receipt"]
    escpos = base64.b64decode(order["receiptEscpos"])
    stored = b"\x1d(k" + bytes(((len(url) + 3) % 256, (len(url) + 3) // 256)) + b"1P0" + url.encode()
    assert stored in escpos and escpos.index(stored) < escpos.index(b"\x1d(k\x03\x001Q0") < escpos.index(b"\x1dV")
    assert order["receipt"].encode("gb18030") in escpos
    html = order["receiptHtml"]
    assert segno.make(url, error="m").svg_inline(scale=3, title="扫码开具电子发票") in html
    assert "&lt;b&gt;洗车液&lt;/b&gt;&amp;" in html and "<b>洗车液" not in html
    assert order["number"] in html and "现金" in html and "15.00" in html


async def test_an_unpaid_order_has_no_invoice_link(pos: Pos, merchant: FakeWeChatPay) -> None:  # noqa: F811
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    order = (await pos.checkout([fueling], [code_tender(amount, EXPIRED)]))["order"]
    assert order["status"] == "AWAITING_PAYMENT"
    unpaid = await receipts(pos, order["id"])
    assert unpaid["invoiceRequestUrl"] is None
    assert "发票" not in unpaid["receipt"] and "<svg" not in unpaid["receiptHtml"]
    assert b"\x1d(k" not in base64.b64decode(unpaid["receiptEscpos"])
