"""The forecourt: fuel grades, tanks, dispensers and nozzles, and the live state of every nozzle."""
