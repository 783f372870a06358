"""The demo company that `make run` starts with; later domains extend its seed."""
