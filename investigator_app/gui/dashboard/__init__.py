"""The manager's dashboard: the dialog, its charts and its table of numbers."""
