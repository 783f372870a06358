"""The one exception protocol code raises."""


class ProtocolError(ValueError):
    """Bytes that are not a valid frame or message of the protocol."""
