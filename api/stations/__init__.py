"""The organisation: companies (tenants), their regions and their stations."""
