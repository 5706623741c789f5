"""Tests of mindmap_app.model."""
