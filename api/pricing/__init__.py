"""The price book: the current price of each grade at each station, and price changes with approval."""
