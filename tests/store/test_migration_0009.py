"""Migration 0009: a store of the previous release keeps who is signed in, as a password
account (all there was then), and learns from then on how the user signed in (the idle
lock of an account of the organisation's provider asks for a PIN or the browser)."""

from __future__ import annotations

from pathlib import Path

from investigator_app.protocol_signin import SignInMethod
from investigator_app.store import LocalStore
from investigator_app.store.sealing import Sealer
from investigator_app.vault.cipher import new_key
from tests.store.case_factory import make_case, me, page
from tests.store.old_store import fill_as_an_older_release, store_at


def test_a_store_of_the_previous_release_is_a_password_account_until_told_otherwise(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite"
    key = new_key()
    sealer = Sealer(key)
    engine = store_at(path, sealer, "0008")
    fill_as_an_older_release(engine, sealer, me(), page(make_case("c1"), cursor=1), tmp_path / "n")
    engine.dispose()

    store = LocalStore.open(path, key)
    try:
        identity = store.identity()
        assert identity is not None and identity.user.id == me().user.id
        assert identity.sign_in_method == SignInMethod.PASSWORD
        store.set_identity(me().model_copy(update={"sign_in_method": SignInMethod.OIDC.value}))
        again = store.identity()
        assert again is not None and again.sign_in_method == SignInMethod.OIDC
    finally:
        store.close()
