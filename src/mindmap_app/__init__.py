"""A desktop mind-mapping app for workshop facilitators."""

__version__ = "0.1.0"
