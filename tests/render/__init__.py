"""Tests of mindmap_app.render."""
