"""The data menu, restore from backup, the notices about the data, and export."""
