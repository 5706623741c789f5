"""Tests of mindmap_app.safety."""
