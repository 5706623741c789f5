"""Tests of mindmap_app.io."""
