"""Completed fuelings reported by dispensers, and the anomalies their totalizers reveal."""
