"""Dispenser protocols, sans-I/O: bytes in, frames and events out; commands in, bytes out."""
