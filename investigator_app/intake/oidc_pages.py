"""The few pages the service itself shows in the browser during a sign-in through the
identity provider: only when it cannot hand the outcome to the desktop's loopback address
(the sign-in is unknown or was answered already, the desktop's address is not a loopback
one). Dutch and English on one page (the browser is the user's, its language unknown),
plain HTML, no script, no case content; nothing is kept by the browser's cache.
"""

from __future__ import annotations

from html import escape

from starlette.responses import HTMLResponse

_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}

# (Dutch, English) of each page: a title and what to do.
PAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "invalid_redirect": (
        ("Aanmelden kan zo niet", "Signing in cannot start like this"),
        (
            "Dit aanmeldadres is niet geldig. Start het aanmelden opnieuw vanuit de "
            "toepassing Integriteitsmeldingen.",
            "This sign-in address is not valid. Start signing in again from the "
            "Integriteitsmeldingen application.",
        ),
    ),
    "unknown_sign_in": (
        ("Deze aanmelding is niet (meer) geldig", "This sign-in is not valid (any more)"),
        (
            "Deze aanmelding is onbekend, verlopen of al afgehandeld. Sluit dit venster en "
            "start het aanmelden opnieuw vanuit de toepassing Integriteitsmeldingen.",
            "This sign-in is unknown, expired or finished already. Close this window and "
            "start signing in again from the Integriteitsmeldingen application.",
        ),
    ),
    "not_configured": (
        ("Aanmelden met uw organisatieaccount kan hier niet", "No organisation sign-in here"),
        (
            "Deze dienst is niet ingesteld voor aanmelden met uw organisatieaccount. Meld u "
            "aan met uw gebruikersnaam en wachtwoord, of vraag het de beheerder.",
            "This service is not set up for signing in with your organisation's account. "
            "Sign in with your username and password, or ask the administrator.",
        ),
    ),
}


def page(kind: str, status: int = 400) -> HTMLResponse:
    (title_nl, title_en), (text_nl, text_en) = PAGES[kind]
    body = f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{escape(title_nl)}</title>
<style>body{{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;
line-height:1.5}}section+section{{border-top:1px solid #ccc;margin-top:2rem}}</style>
</head>
<body>
<section lang="nl" id="nl"><h1>{escape(title_nl)}</h1><p>{escape(text_nl)}</p></section>
<section lang="en" id="en"><h1>{escape(title_en)}</h1><p>{escape(text_en)}</p></section>
</body>
</html>
"""
    return HTMLResponse(body, status_code=status, headers=_HEADERS)
