"""Platform machinery shared by every domain; holds no business rules."""
