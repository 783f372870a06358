"""WeChat Pay API v3 messages (notifications, and the answers to our requests): verified, and notifications
decrypted, before anything is believed.

The rules (pay.weixin.qq.com, "签名验证" and "回调通知"), each enforced here, none left to an SDK:
- the signed string is `timestamp\\nnonce\\nbody\\n` over the body exactly as received;
- the timestamp must be within five minutes of our clock (a replayed notification is refused);
- the key is chosen by `Wechatpay-Serial` among the keys we hold (the WeChat Pay public key `PUB_KEY_ID_...`
  or platform certificates): an unknown serial is refused without any network call (an attacker cannot make
  us fetch certificates), and signature-probe traffic simply fails verification;
- the signature is RSA PKCS#1 v1.5 with SHA-256; the resource is AEAD_AES_256_GCM under the APIv3 key,
  with its nonce and associated data.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

WINDOW_S = 300
SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"


class UnverifiedMessage(Exception):
    """Not signed by WeChat Pay as far as we can tell; the reason is for our logs, never for the sender."""


class NotificationRejected(UnverifiedMessage):
    """Not a notification we can believe; the reason is for our logs, never for the sender."""


@dataclass(frozen=True)
class Notification:
    id: str
    event_type: str
    resource: dict[str, Any]  # decrypted


def load_public_key(pem: str) -> rsa.RSAPublicKey:
    key = serialization.load_pem_public_key(pem.encode())
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("the WeChat Pay key must be an RSA public key")
    return key


def check_signature(keys: Mapping[str, rsa.RSAPublicKey], headers: Mapping[str, str], body: bytes,
                    now: datetime) -> None:
    """`body` (exactly as received) is signed by the WeChat Pay key named by `Wechatpay-Serial`, within the
    five-minute window; raises `UnverifiedMessage` otherwise."""
    lowered = {k.lower(): v for k, v in headers.items()}
    try:
        timestamp, nonce = lowered["wechatpay-timestamp"], lowered["wechatpay-nonce"]
        signature, serial = lowered["wechatpay-signature"], lowered["wechatpay-serial"]
    except KeyError as exc:
        raise UnverifiedMessage(f"missing header {exc.args[0]}") from None
    if lowered.get("wechatpay-signature-type", SIGNATURE_TYPE) != SIGNATURE_TYPE:
        raise UnverifiedMessage("unexpected signature type")
    key = keys.get(serial)
    if key is None:
        raise UnverifiedMessage(f"unknown serial {serial[:40]}")
    try:
        skew = abs(now.timestamp() - int(timestamp))
    except ValueError:
        raise UnverifiedMessage("timestamp is not a number") from None
    if skew > WINDOW_S:
        raise UnverifiedMessage(f"timestamp {int(skew)} s away from our clock")
    message = timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
    try:
        key.verify(base64.b64decode(signature, validate=True), message, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, binascii.Error, ValueError):
        raise UnverifiedMessage("bad signature") from None


@dataclass(frozen=True)
class NotifyVerifier:
    keys: Mapping[str, rsa.RSAPublicKey]  # serial -> key
    api_v3_key: bytes  # 32 bytes
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)

    def verify(self, headers: Mapping[str, str], body: bytes) -> Notification:
        try:
            check_signature(self.keys, headers, body, self.clock())
        except UnverifiedMessage as exc:
            raise NotificationRejected(str(exc)) from None
        try:
            envelope = json.loads(body)
            resource = envelope["resource"]
            if resource.get("algorithm") != "AEAD_AES_256_GCM":
                raise NotificationRejected("unexpected algorithm")
            plain = AESGCM(self.api_v3_key).decrypt(
                resource["nonce"].encode(), base64.b64decode(resource["ciphertext"]),
                (resource.get("associated_data") or "").encode() or None)
            return Notification(id=str(envelope["id"]), event_type=str(envelope["event_type"]),
                                resource=json.loads(plain))
        except NotificationRejected:
            raise
        except (InvalidTag, KeyError, ValueError, TypeError) as exc:
            raise NotificationRejected(f"unreadable notification: {type(exc).__name__}") from None
