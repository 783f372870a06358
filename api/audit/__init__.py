"""Reading the audit log (writing it is `api.core.audit`, inside each change's transaction)."""
