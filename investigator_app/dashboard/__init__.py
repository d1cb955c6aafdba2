"""The manager's dashboard: figures over the department's cases for a period (no Qt)."""
