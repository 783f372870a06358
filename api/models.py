"""Every model of the platform, imported so that Alembic and the tests see the whole metadata."""

from api.cards.models import Card, CardProduct, CardSpend, CardTopUp
from api.cards.top_up_payment_models import CardTopUpPayment
from api.core.audit import AuditLog
from api.core.db import Base
from api.core.outbox import OutboxMessage
from api.fleets.models import Fleet, FleetAdjustment, FleetReceipt, FleetSpend, FleetVehicle
from api.fuelings.models import Anomaly, Fueling
from api.identity.models import ApiKey, Device, Grant, RefreshToken, Role, StaffSession, StaffUser
from api.ledger.models import LedgerAccount, LedgerEntry, LedgerTransfer
from api.loyalty.models import (
    Certification,
    CertificationDocument,
    LoyaltyProgram,
    MemberTier,
    PointsMovement,
    PointsRule,
    Tier,
    TierChange,
)
from api.members.models import Member, MemberSession, MemberVehicle, MiniProgram
from api.payments.models import PaymentMerchant, PaymentNotification
from api.pricing.models import PriceChange, PriceDelivery, StationPrice
from api.pumps.models import (
    Dispenser,
    DispenserOfflinePeriod,
    FuelGrade,
    Nozzle,
    NozzleTotalizerReading,
    Tank,
    TotalizerReadRequest,
)
from api.selling.day_close_model import DayClose
from api.selling.history_model import OrderEvent
from api.selling.invoice_request_model import InvoiceRequest
from api.selling.jsapi_models import JsapiPayment
from api.selling.meter_readings_model import ShiftNozzleMeter
from api.selling.models import (
    CashDrop,
    GoodsItem,
    Order,
    OrderDiscount,
    OrderLine,
    OrderPaymentRequest,
    Payment,
    Refund,
    Shift,
)
from api.stations.models import Company, Region, Station

metadata = Base.metadata

__all__ = [
           "Anomaly",
           "ApiKey",
           "AuditLog",
           "Card",
           "CardProduct",
           "CardSpend",
           "CardTopUp",
           "CardTopUpPayment",
           "CashDrop",
           "Certification",
           "CertificationDocument",
           "Company",
           "DayClose",
           "Device",
           "Dispenser",
           "DispenserOfflinePeriod",
           "Fleet",
           "FleetAdjustment",
           "FleetReceipt",
           "FleetSpend",
           "FleetVehicle",
           "FuelGrade",
           "Fueling",
           "GoodsItem",
           "Grant",
           "InvoiceRequest",
           "JsapiPayment",
           "LedgerAccount",
           "LedgerEntry",
           "LedgerTransfer",
           "LoyaltyProgram",
           "Member",
           "MemberSession",
           "MemberTier",
           "MemberVehicle",
           "MiniProgram",
           "Nozzle",
           "NozzleTotalizerReading",
           "Order",
           "OrderDiscount",
           "OrderEvent",
           "OrderLine",
           "OrderPaymentRequest",
           "OutboxMessage",
           "Payment",
           "PaymentMerchant",
           "PaymentNotification",
           "PointsMovement",
           "PointsRule",
           "PriceChange",
           "PriceDelivery",
           "RefreshToken",
           "Refund",
           "Region",
           "Role",
           "Shift",
           "ShiftNozzleMeter",
           "StaffSession",
           "StaffUser",
           "Station",
           "StationPrice",
           "Tank",
           "Tier",
           "TierChange",
           "TotalizerReadRequest",
           "metadata",
]
