"""Compiled Designer forms (generated; see scripts/build_forms.py)."""
