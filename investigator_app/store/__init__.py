"""The desktop's local store: synced cases, the user's outbox, and read models for the GUI."""

from investigator_app.store.local_store import LocalStore
from investigator_app.store.outbox import UnknownCaseError
from investigator_app.store.sealing import StoreKeyError

__all__ = ["LocalStore", "StoreKeyError", "UnknownCaseError"]
