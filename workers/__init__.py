"""Dramatiq actors and the scheduler: bulk and scheduled work of the platform."""
