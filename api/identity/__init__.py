"""Staff users, roles and grants, sign-in tokens, partner API keys and station devices."""
