"""The GraphQL error types of fleet payloads (shared by the staff's and the administrators' mutations)."""

from __future__ import annotations

from api.core.user_errors import error_type
from api.fleets.errors import FleetAdjustmentErrorCode, FleetErrorCode, FleetFundsErrorCode

FleetError = error_type("Fleet", FleetErrorCode, "a fleet or vehicle change")
FleetFundsError = error_type("FleetFunds", FleetFundsErrorCode, "recording money received")
FleetAdjustmentError = error_type("FleetAdjustment", FleetAdjustmentErrorCode, "an adjustment")
