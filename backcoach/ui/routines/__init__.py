"""The routine editor: routines, their exercises, and the user's own exercises."""
