"""The local SMS provider: records every message instead of sending it (tests and the demo read the codes)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from api.core.personal_data import mask_mobile


@dataclass(frozen=True)
class SentSms:
    phone: str
    text: str

    def __repr__(self) -> str:  # logs and test output never show the whole number
        return f"SentSms(phone={mask_mobile(self.phone)!r})"


@dataclass
class FakeSms:
    messages: list[SentSms] = field(default_factory=list)

    async def send(self, phone: str, text: str) -> None:
        self.messages.append(SentSms(phone, text))

    def last_code(self, phone: str) -> str | None:
        """The verification code of the last message to `phone`."""
        for message in reversed(self.messages):
            if message.phone == phone:
                found = re.search(r"\d{6}", message.text)
                return found.group(0) if found else None
        return None

    def sent_to(self, phone: str) -> int:
        return sum(1 for m in self.messages if m.phone == phone)


FAKE_SMS = FakeSms()
