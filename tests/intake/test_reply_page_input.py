"""What the reporter's page does with input it cannot take: a NUL character in any field of
its form, forms that are too big or broken. Always the page itself, in the reporter's
language (never the framework's JSON), the same on SQLite and PostgreSQL, and nothing
stored: the link still takes a proper answer afterwards. Real service, real requests."""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from investigator_app.intake.db import utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import Message, MessageAttachment
from investigator_app.intake.reply_texts import TEXTS
from investigator_app.intake.settings import MailSettings, RelayPolicy, Settings
from tests.intake.conftest import World, op
from tests.support import web
from tests.support.engines import EngineLoan
from tests.support.relay import link_in, mails_in, wait_until

NUL = "\x00"
POLICY = RelayPolicy(max_file_bytes=1024 * 1024)  # a whole form may weigh about 5 MB


def reply_settings(database_url: str, folder: Path, policy: RelayPolicy = POLICY) -> Settings:
    mail = MailSettings(transport="folder", folder=folder, poll_interval=0.05)
    return Settings(database_url=database_url, mail=mail, relay=policy)


@pytest.fixture
def service(database_url: str, tmp_path: Path, engines: EngineLoan) -> Iterator[EmbeddedService]:
    settings = reply_settings(database_url, tmp_path / "mail")
    with engines.service(database_url, settings=settings) as running:
        yield running


def ask(world: World, language: str = "nl") -> tuple[str, str]:
    """An information request to a reporter who reads ``language``: its link, its id."""
    reporter = {"kind": "citizen", "name": "Marleen Goossens", "email": "m@example.org"}
    case = world.case(world.forwarded_case(reporter={**reporter, "language": language}))
    [ack] = world.operate("an", op(case, "acknowledge"))
    [assess] = world.operate("an", op(ack["case"], "start_assessment"))
    message_id = str(uuid.uuid4())
    due = (utcnow() + timedelta(days=14)).date().isoformat()
    question = {"message_id": message_id, "body": "Welke dag?", "answer_due": due}
    [asked] = world.operate("an", op(assess["case"], "request_info", message=question))
    assert asked["status"] == "applied", asked
    folder = world.service.mail_folder
    assert folder is not None
    reference = case["reference"]
    mail = wait_until(
        lambda: next((m for m in mails_in(folder) if reference in str(m["Subject"])), None)
    )
    return link_in(mail), message_id


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found is not None, "no form on the page"
    return found.group(1)


def multipart(boundary: str, parts: list[tuple[bytes, bytes]]) -> bytes:
    """A multipart body from (Content-Disposition parameters, content): raw bytes, so a
    test can put in it what a browser never would."""
    body = b""
    for disposition, content in parts:
        body += f"--{boundary}\r\n".encode() + b"Content-Disposition: form-data; "
        body += disposition + b"\r\n\r\n" + content + b"\r\n"
    return body + f"--{boundary}--\r\n".encode()


def post_multipart(client: httpx.Client, url: str, fields: dict[str, str], **more: Any) -> Any:
    """The form as a browser posts it (multipart), no file chosen: an empty file part."""
    parts = [(f'name="{name}"'.encode(), value.encode()) for name, value in fields.items()]
    parts.append((b'name="files"; filename=""', b""))
    return client.post(
        url,
        content=multipart("b0undary", parts),
        headers={"Content-Type": "multipart/form-data; boundary=b0undary"},
        **more,
    )


def assert_reply_page(response: httpx.Response, lang: str, *texts: str) -> None:
    """The reply page's own answer: HTML in ``lang`` with ``texts``, never JSON or a 5xx."""
    assert 400 <= response.status_code < 500, response.status_code
    assert response.headers["content-type"].startswith("text/html"), response.text[:200]
    assert f'<html lang="{lang}">' in response.text
    for text in texts:
        assert html.escape(text) in response.text, text


def answered(world: World, message_id: str) -> tuple[str | None, list[str]]:
    with world.service.session() as session:
        message = session.get_one(Message, message_id)
        names = session.scalars(select(MessageAttachment.name)).all()
        return message.answer, list(names)


def form_fields(page: str) -> dict[str, str]:
    """The names in the page's form and their kinds (file or text)."""
    form = page[page.index("<form") : page.index("</form>")]
    fields = {}
    for tag in re.findall(r"<(?:input|textarea)[^>]*>", form):
        name = re.search(r'name="([^"]+)"', tag)
        if name is not None:
            fields[name.group(1)] = "file" if 'type="file"' in tag else "text"
    return fields


def test_a_nul_in_any_field_of_the_reply_form_gets_the_page_and_nothing_is_stored(
    world: World,
) -> None:
    link, message_id = ask(world)
    t = TEXTS["nl"]
    with web.client(timeout=30) as browser:
        page = browser.get(link).text
        fields = form_fields(page)
        assert fields == {"csrf": "text", "lang": "text", "answer": "text", "files": "file"}
        texts = sorted(
            (name for name, kind in fields.items() if kind == "text"), key="answer".__ne__
        )
        for name in texts:  # the answer first: the field a reporter fills in
            for encoding in ("multipart", "urlencoded"):
                filled = {"csrf": csrf_of(page), "lang": "nl", "answer": "Op maandag."}
                filled[name] = filled[name][:2] + NUL + filled[name][2:]
                if encoding == "multipart":
                    response = post_multipart(browser, link, filled)
                else:
                    response = browser.post(link, data=filled)
                assert_reply_page(response, "nl", t["error_summary"])
                # The answer says what is wrong; other fields never hold one from a browser.
                assert name != "answer" or "nulteken (U+0000)" in response.text
                page = response.text
        # The path and the query of the page: the page's answers too, never JSON.
        assert_reply_page(browser.get(link + "%00"), "nl", t["unknown_title"])
        assert browser.get(link + "?lang=%00").status_code == 200
        assert answered(world, message_id) == (None, [])

        # A file name with a NUL (which browsers never send) is cleaned like any control
        # character, the same on both databases; the answer is taken.
        parts = [
            (b'name="csrf"', csrf_of(browser.get(link).text).encode()),
            (b'name="answer"', b"Zie bijlage."),
            (b'name="files"; filename="bew\x00ijs.txt"', b"De bestelwagen.\n"),
        ]
        response = browser.post(
            link,
            content=multipart("b0undary", parts),
            headers={"Content-Type": "multipart/form-data; boundary=b0undary"},
        )
    assert response.status_code == 200, response.text
    assert answered(world, message_id) == ("Zie bijlage.", ["bew_ijs.txt"])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_oversize_and_broken_forms_get_the_reply_page_in_the_reporters_language(
    world: World, language: str
) -> None:
    link, message_id = ask(world, language)
    t = TEXTS[language]  # type: ignore[index]
    too_long = t["answer_too_long"].format(max_chars=POLICY.max_answer_chars)
    huge = "x" * 2_000_000
    with web.client(timeout=60) as browser:
        csrf = csrf_of(browser.get(link).text)
        answer = {"csrf": csrf, "lang": language, "answer": huge}
        assert_reply_page(post_multipart(browser, link, answer), language, too_long)
        assert_reply_page(browser.post(link, data=answer), language, too_long)

        many_files = [
            (f'name="files"; filename="f{i}.txt"'.encode(), b"tekst\n")
            for i in range(POLICY.max_files + 21)
        ]
        many_fields = [(f'name="f{i}"'.encode(), b"x") for i in range(21)]
        nameless = [(b'filename="a.txt"', b"tekst\n")]
        limit = t["too_many_files"].format(limit=POLICY.max_files)
        for parts, text in [
            (many_files, limit),
            (many_fields, t["invalid_form"]),
            (nameless, t["invalid_form"]),
        ]:
            body = multipart("b0undary", [(b'name="csrf"', csrf.encode()), *parts])
            content_type = "multipart/form-data; boundary=b0undary"
            response = browser.post(link, content=body, headers={"Content-Type": content_type})
            assert_reply_page(response, language, text)

        for content_type, body in [
            ("multipart/form-data", b"no boundary"),
            ("multipart/form-data; boundary=b0undary", b"--b0undary\r\nbroken"),
            ("application/json", b'{"answer": "Op maandag."}'),
            ("text/plain", b"answer=Op maandag."),
        ]:
            response = browser.post(link, content=body, headers={"Content-Type": content_type})
            assert_reply_page(response, language, t["error_summary"])

        # Over the limit of a whole form: refused before it is read, in the language the
        # form's address carries.
        action = re.search(r'<form method="post" action="([^"]+)"', browser.get(link).text)
        assert action is not None and action.group(1) == f"?lang={language}"
        oversize = b"x" * (POLICY.max_reply_body_bytes + 1)
        response = browser.post(
            link + html.unescape(action.group(1)),
            content=oversize,
            headers={"Content-Type": "multipart/form-data; boundary=b0undary"},
        )
        assert_reply_page(response, language, t["body_too_large_title"])
        assert response.status_code == 413
        assert answered(world, message_id) == (None, [])

        csrf = csrf_of(browser.get(link).text)
        response = post_multipart(browser, link, {"csrf": csrf, "answer": "Op maandag."})
    assert response.status_code == 200 and t["thanks_title"] in response.text
    assert answered(world, message_id) == ("Op maandag.", [])
