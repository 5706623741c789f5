"""Tests of mindmap_app.commands."""
