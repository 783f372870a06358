"""The one GraphQL schema: per-domain roots merged in a fixed order, with the limits of every request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry
import structlog
from graphql import ASTValidationRule, GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
)
from strawberry.extensions.base_extension import SchemaExtension
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from api.audit.schema import AuditQuery
from api.cards.mutations import CardMutation
from api.cards.product_schema import CardProductMutation
from api.cards.schema import CardQuery
from api.cards.top_up_schema import TopUpPaymentMutation, TopUpPaymentQuery
from api.core.error_masking import MaskUnexpectedErrors, is_unexpected
from api.core.input_plans import install as install_input_plans
from api.core.limits import QueryCost, mutation_count_rule
from api.core.node import NodeQuery
from api.core.scalars import SCALARS
from api.core.selection_plans import PlannedExecutionContext
from api.core.validation_cache import TextValidationCache
from api.driver.schema import DriverMutation, DriverQuery
from api.fleets.mutations import FleetMutation
from api.fleets.schema import FleetQuery
from api.fuelings.schema import FuelingMutation, FuelingQuery
from api.identity.mutations import AuthMutation, CredentialMutation, RoleMutation, StaffMutation
from api.identity.schema import IdentityQuery
from api.loyalty.mutations import LoyaltyMutation
from api.loyalty.schema import LoyaltyQuery
from api.members.mutations import MemberMutation
from api.members.schema import MemberQuery
from api.payments.schema import PaymentMutation, PaymentQuery
from api.pricing.schema import PriceMutation, PriceQuery
from api.pumps.mutations import ForecourtConfigDeleteMutation, ForecourtConfigMutation
from api.pumps.schema import PumpLinkMutation, PumpMutation, PumpQuery, PumpSubscription
from api.selling.cashier_schema import CashierQuery
from api.selling.day_close_schema import DayCloseMutation
from api.selling.goods_schema import GoodsMutation, GoodsQuery
from api.selling.order_payment_schema import OrderPaymentMutation
from api.selling.paid_feed_schema import OrderPaidSubscription
from api.selling.payment_list_schema import PaymentListQuery
from api.selling.quote_schema import QuoteQuery
from api.selling.report_schema import ReportQuery
from api.selling.schema import SellingMutation, SellingQuery
from api.selling.shift_list_schema import ShiftListQuery
from api.settings import Settings
from api.stations.schema import StationMutation, StationQuery
from api.system.schema import SystemQuery

log = structlog.get_logger(__name__)
install_input_plans()  # arguments converted by plans compiled once per field (api.core.input_plans)

QUERY_ROOTS: tuple[type, ...] = (SystemQuery, NodeQuery, IdentityQuery, StationQuery, PumpQuery, FuelingQuery,
                                  PriceQuery, SellingQuery, QuoteQuery, ShiftListQuery, GoodsQuery, ReportQuery,
                                  PaymentQuery, PaymentListQuery, AuditQuery, MemberQuery, FleetQuery, LoyaltyQuery,
                                  DriverQuery, CardQuery, CashierQuery, TopUpPaymentQuery)
MUTATION_ROOTS: tuple[type, ...] = (AuthMutation, StaffMutation, RoleMutation, CredentialMutation, StationMutation,
                                     PumpMutation, PumpLinkMutation, ForecourtConfigMutation,
                                     ForecourtConfigDeleteMutation, FuelingMutation,
                                     PriceMutation, SellingMutation, OrderPaymentMutation, DayCloseMutation,
                                     GoodsMutation, PaymentMutation, MemberMutation, FleetMutation, LoyaltyMutation,
                                     DriverMutation, CardProductMutation, CardMutation,
                                     TopUpPaymentMutation)
SUBSCRIPTION_ROOTS: tuple[type, ...] = (PumpSubscription, OrderPaidSubscription)


class ForecourtSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError],
                       execution_context: ExecutionContext | None = None) -> None:
        for error in errors:
            if is_unexpected(error):
                log.error("graphql_unexpected_error", path=error.path, exc_info=error.original_error)


ROOT_DESCRIPTIONS = {
    "Query": "Everything a client can read. Each field states the permission it needs.",
    "Mutation": "Everything a client can change. Each mutation takes one `input` and returns a payload "
                "with `errors`; each states the permission it needs.",
    "Subscription": "Live updates over WebSocket (graphql-transport-ws); a subscriber first receives the "
                    "current state, then each change.",
}


def _root(name: str, roots: tuple[type, ...]) -> Any:
    if not roots:
        return None
    merged = merge_types(name, roots)
    definition = merged.__strawberry_definition__  # type: ignore[attr-defined]
    definition.description = ROOT_DESCRIPTIONS[name]
    return merged


def build_schema(settings: Settings, *, public: bool = False) -> strawberry.Schema:
    """The schema with its limits. `public` is the mini-program endpoint: no introspection either."""
    # The rule classes are made once, so that the validation cache (keyed by the rules) hits every time.
    rules: list[type[ASTValidationRule]] = [
        *QueryDepthLimiter(max_depth=settings.max_query_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=settings.max_aliases).validation_rules,
        mutation_count_rule(settings.max_mutations_per_request),
    ]
    extensions: list[Callable[[], SchemaExtension] | type[SchemaExtension]] = [
        lambda: ParserCache(maxsize=512),  # the caches live at module level, shared by every request
        TextValidationCache,
        lambda: MaxTokensLimiter(max_token_count=settings.max_tokens),
        lambda: AddValidationRules(rules),
        lambda: QueryCost(settings.max_query_cost),
    ]
    if settings.is_production or public:
        extensions.append(MaskUnexpectedErrors)
    if public:
        extensions.append(DisableIntrospection)
    return ForecourtSchema(
        query=_root("Query", QUERY_ROOTS),
        mutation=_root("Mutation", MUTATION_ROOTS),
        subscription=_root("Subscription", SUBSCRIPTION_ROOTS),
        extensions=extensions,
        config=StrawberryConfig(auto_camel_case=True, scalar_map=SCALARS),
        execution_context_class=PlannedExecutionContext,
    )


def export_sdl() -> str:
    """The published contract, as `schema.graphql` holds it."""
    return build_schema(Settings()).as_str() + "\n"
