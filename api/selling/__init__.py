"""Selling: shifts, orders, payments, refunds and their reports.

Importing the package registers the hook that records every order's history (`api.selling.history`).
"""

from api.selling import history as history
