"""The command line: its arguments, and the commands run without the window (reports, exports
and imports)."""
