"""Imports every module that defines actors, so that configuring a broker declares them all."""

from workers import ledger, loyalty, orders, outbox, payments, pricing  # noqa: F401
