"""The e-invoice request link printed as a QR code on every receipt.

`{public_url}/mp/invoice?o={order}&k={key}` — the path prefix `/mp/invoice` is registered in the WeChat
mini-program's "scan a plain link to open the mini-program" rule (扫普通链接二维码打开小程序), so a driver
scanning the receipt lands in the mini-program's invoice page, which receives the link and asks the
platform to record the request. `k` is a keyed hash of the order id: only someone holding the receipt can
ask for that order's invoice (the order ids are not secret, the key is not guessable).
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from urllib.parse import urlencode

from api.core.ids import to_global_id

PATH = "/mp/invoice"
KEY_LENGTH = 16


def invoice_key(secret_key: str, order_id: uuid.UUID) -> str:
    digest = hmac.new(secret_key.encode(), f"invoice:{order_id}".encode(), hashlib.sha256).hexdigest()
    return digest[:KEY_LENGTH]


def invoice_request_url(public_url: str, secret_key: str, order_id: uuid.UUID) -> str:
    return f"{public_url}{PATH}?" + urlencode({"o": to_global_id("Order", order_id),
                                               "k": invoice_key(secret_key, order_id)})


def invoice_key_matches(secret_key: str, order_id: uuid.UUID, key: str) -> bool:
    return hmac.compare_digest(invoice_key(secret_key, order_id), key)
