"""The station service: reads dispensers' ports, keeps sales durable locally, and feeds the platform."""
