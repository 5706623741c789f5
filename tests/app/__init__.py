"""Tests of mindmap_app.app."""
