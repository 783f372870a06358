"""Fleets (大客户 / 车队): enterprise customers, their vehicles, accounts, on-account tender and statements."""
