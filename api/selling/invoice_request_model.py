"""An e-invoice request of a paid order: what the buyer asked for (title, tax number, email), one per order,
recorded until the e-invoice interface issues it."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class InvoiceRequestStatus(StrEnum):
    REQUESTED = "requested"
    ISSUED = "issued"


class InvoiceRequest(Keyed, Base):
    __tablename__ = "invoice_requests"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), unique=True)
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.id"), index=True)
    title: Mapped[str] = mapped_column(String(100))  # 抬头: a company's name, or 个人
    tax_number: Mapped[str | None] = mapped_column(String(20))  # 纳税人识别号 (companies)
    email: Mapped[str] = mapped_column(String(100))
    status: Mapped[InvoiceRequestStatus] = mapped_column(str_enum(InvoiceRequestStatus, "invoice_request_status"),
                                                         default=InvoiceRequestStatus.REQUESTED)
