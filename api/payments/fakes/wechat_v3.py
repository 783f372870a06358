"""A local WeChat Pay v3 notifier following the real contract: it holds a "WeChat Pay" key pair (its public
key is what merchants configure, under a `PUB_KEY_ID_...` serial), encrypts the resource with the
merchant's APIv3 key (AEAD_AES_256_GCM, associated data `transaction` or `refund`) and signs
`timestamp\\nnonce\\nbody\\n` (RSA SHA-256). The local v3 server (`wechat_jsapi.py`) signs its answers
with the same key."""

from __future__ import annotations

import base64
import json
import secrets
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class FakeWeChatNotifier:
    api_v3_key: bytes
    serial: str = "PUB_KEY_ID_0114232134912410000000000000"
    private_key: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048))

    @property
    def public_key_pem(self) -> str:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()

    def transaction(self, *, mch_id: str, app_id: str, out_trade_no: str, total_fen: int,
                    state: str = "SUCCESS") -> dict[str, Any]:
        return {"mchid": mch_id, "appid": app_id, "out_trade_no": out_trade_no,
                "transaction_id": f"4200{secrets.randbelow(10**24):024d}", "trade_type": "JSAPI",
                "trade_state": state, "trade_state_desc": "支付成功", "bank_type": "OTHERS",
                "success_time": "2026-11-22T10:34:56+08:00", "payer": {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},
                "amount": {"total": total_fen, "payer_total": total_fen, "currency": "CNY", "payer_currency": "CNY"}}

    @staticmethod
    def refund(*, mch_id: str, out_trade_no: str, transaction_id: str, out_refund_no: str, refund_id: str,
               total_fen: int, refund_fen: int, status: str = "SUCCESS") -> dict[str, Any]:
        """A refund notification's resource (it carries no appid)."""
        return {"mchid": mch_id, "out_trade_no": out_trade_no, "transaction_id": transaction_id,
                "out_refund_no": out_refund_no, "refund_id": refund_id, "refund_status": status,
                "success_time": "2026-11-22T11:34:56+08:00", "user_received_account": "支付用户零钱",
                "amount": {"total": total_fen, "refund": refund_fen, "payer_total": total_fen,
                           "payer_refund": refund_fen}}

    def body(self, resource: dict[str, Any], *, event_type: str = "TRANSACTION.SUCCESS",
             notification_id: str | None = None) -> bytes:
        kind = "refund" if event_type.startswith("REFUND.") else "transaction"
        nonce = secrets.token_urlsafe(9)[:12]
        ciphertext = AESGCM(self.api_v3_key).encrypt(nonce.encode(), json.dumps(resource).encode(), kind.encode())
        return json.dumps({
            "id": notification_id or str(uuid.uuid4()), "create_time": "2026-11-22T10:34:56+08:00",
            "resource_type": "encrypt-resource", "event_type": event_type,
            "summary": "退款成功" if kind == "refund" else "支付成功",
            "resource": {"original_type": kind, "algorithm": "AEAD_AES_256_GCM",
                         "ciphertext": base64.b64encode(ciphertext).decode(), "associated_data": kind,
                         "nonce": nonce}}, ensure_ascii=False, separators=(",", ":")).encode()

    def headers(self, body: bytes, *, at: float | None = None, serial: str | None = None) -> dict[str, str]:
        """The headers WeChat Pay puts on a message it signs (a notification or an answer)."""
        timestamp, nonce = str(int(at if at is not None else time.time())), secrets.token_hex(16)
        signature = self.private_key.sign(timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n",
                                          padding.PKCS1v15(), hashes.SHA256())
        return {"Wechatpay-Timestamp": timestamp, "Wechatpay-Nonce": nonce, "Wechatpay-Serial": serial or self.serial,
                "Wechatpay-Signature": base64.b64encode(signature).decode(),
                "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048", "Content-Type": "application/json"}
