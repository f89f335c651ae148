"""BackCoach: a desktop coach for back-pain relief exercises."""

__version__ = "0.1.0"
APP_NAME = "BackCoach"
