"""The history view: streaks, charts of active minutes and pain, a calendar, the sessions."""
