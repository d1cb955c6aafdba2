"""Pure rules of the product: vocabularies, the case life cycle, deadlines.

Nothing here imports Qt, SQLAlchemy or an HTTP library, so both the intake service and
the desktop apply exactly the same rules.
"""
