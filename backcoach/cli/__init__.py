"""The command line: reports, exports and imports run without the window."""
