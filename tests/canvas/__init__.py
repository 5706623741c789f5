"""Tests of mindmap_app.canvas."""
