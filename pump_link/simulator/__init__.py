"""Simulated 卡机联动 dispensers, for tests, benchmarks and the demo, speaking the real protocol."""
