"""Alembic migrations of the intake service (run through investigator_app.intake.migrate)."""
