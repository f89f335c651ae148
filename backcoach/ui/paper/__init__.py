"""Paper: the routine handout and the progress report as PDF, or printed."""
