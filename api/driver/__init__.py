"""The drivers' side of the platform: what the WeChat mini-program asks with a member token."""
