"""Forecourt platform: the GraphQL API, its domains and the command line."""

__version__ = "0.1.0"
