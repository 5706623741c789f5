"""Tests of mindmap_app.cli."""
