"""PDF dossiers: per-reader profiles, redaction, traceable copies (reportlab).

The renderer depends only on ``model`` (what a case says) and ``options`` (what this copy
shows); ``from_store`` builds the model from the desktop's store.
"""
