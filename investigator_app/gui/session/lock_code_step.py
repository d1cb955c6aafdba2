"""The idle lock's second step for an account with a second factor: when the service says
the password is right but wants the code (second_factor_required), the lock page's field
takes the code next, and the password proven a moment ago goes with it. Online only: the
offline unlock checks the password against the keyring's verifier, as before (a code
cannot be checked without the service, which alone holds the secret)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from investigator_app.gui.session.second_factor_code import (
    code_error_message,
    is_code_asked,
    is_code_refused,
)


def is_recovery_code(typed: str | None) -> bool:
    """What the user typed is not the six digits of the app: a recovery code."""
    digits = "".join((typed or "").split()).replace("-", "")
    return not (len(digits) == 6 and digits.isascii() and digits.isdigit())


class CodePage(Protocol):
    def ask_code(self) -> None: ...


class LockCodeStep:
    """What was typed last, and the password once the service asked for the code (kept in
    memory until the unlock or the next lock)."""

    def __init__(self) -> None:
        self._password: str | None = None
        self._typed: str | None = None

    @property
    def asking(self) -> bool:
        return self._password is not None

    def attempt(self, typed: str) -> tuple[str, str | None]:
        """The password and the code (None while the password is asked) to check."""
        self._typed = typed
        if self._password is not None:
            return self._password, typed
        return typed, None

    def refusal(self, error: BaseException, pages: Sequence[CodePage]) -> tuple[str, bool] | None:
        """What to say when ``error`` is about the code, and whether it counts as a wrong
        try; None when it is not."""
        if is_code_asked(error) and self._typed is not None and self._password is None:
            self._password = self._typed
            for page in pages:
                page.ask_code()
            text = QCoreApplication.translate(
                "SecondFactor",
                "Vul nu de code in die de authenticator-app op uw telefoon toont, of een "
                "herstelcode.",
            )
            return text, False
        if is_code_refused(error):
            return code_error_message(error, recovery=is_recovery_code(self._typed)), True
        return None

    def reset(self) -> None:
        self._password = None
        self._typed = None
