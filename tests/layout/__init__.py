"""Tests of mindmap_app.layout."""
