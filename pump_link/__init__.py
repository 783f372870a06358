"""pump_link: the station-side link between dispensers and the platform."""
