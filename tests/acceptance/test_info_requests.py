"""Asking the reporter, service side, end to end: a question becomes a mail (a real SMTP
server on loopback receives it), the reporter answers on the reply page in a real headless
Chromium, and the answer with its file reaches the investigator's feed.

The investigator never sees the reporter's address and the mail never carries the
question; every refusal is a page a person can understand.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from sqlalchemy import func, select, update

from investigator_app.domain.deadlines import BRUSSELS, add_working_days
from investigator_app.domain.messages import DEFAULT_ANSWER_WORKING_DAYS
from investigator_app.intake import cli
from investigator_app.intake.db import utcnow
from investigator_app.intake.models import Blob, Message, ReplyLink
from investigator_app.intake.relay.language import long_date
from investigator_app.intake.settings import MailSettings, RelayPolicy, Settings
from investigator_app.protocol import API_PREFIX, ATTACHMENT_PATH
from tests.support import web
from tests.support.engines import EngineLoan
from tests.support.operations import wire_op
from tests.support.relay import SmtpSink, body_of, link_in, wait_until
from tests.support.world import ABB, AN, DESK, TOM, World, report_json, start_world

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
MAX_FILE_BYTES = 100 * 1024  # small, so that "too large" is quick to provoke
REPORTER = {"kind": "citizen", "name": "Marleen Goossens", "email": "marleen@example.org"}
QUESTION = "Op welke dag zag u de bestelwagen?\nHebt u foto's van de nummerplaat?"

pytestmark = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None or shutil.which(CHROMEDRIVER) is None,
    reason="needs Debian's chromium and chromium-driver",
)


# --- fixtures -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    """One headless Chromium for the module, with a fresh profile; cookies are cleared
    between tests."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def reporter_browser(browser: WebDriver) -> WebDriver:
    browser.delete_all_cookies()
    return browser


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    try:
        yield sink
    finally:
        sink.stop()


def relay_settings(database_url: str, smtp_port: int) -> Settings:
    return Settings(
        database_url=database_url,
        mail=MailSettings(
            transport="smtp",
            smtp_host="127.0.0.1",
            smtp_port=smtp_port,
            smtp_timeout=2,
            sender="1700 <no-reply@1700.example.org>",
            poll_interval=0.05,
            retry_base_delay=timedelta(milliseconds=200),
            max_attempts=8,
        ),
        relay=RelayPolicy(max_file_bytes=MAX_FILE_BYTES),
    )


@pytest.fixture
def relay_world(tmp_path: Path, smtp: SmtpSink, engines: EngineLoan) -> Iterator[World]:
    database_url = f"sqlite:///{tmp_path / 'intake.sqlite3'}"
    settings = relay_settings(database_url, smtp.port)
    world = start_world(database_url, settings=settings, engine=engines.engine_for(database_url))
    try:
        yield world
    finally:
        world.service.stop()


# --- helpers -------------------------------------------------------------------------


def brussels_today() -> date:
    return utcnow().astimezone(BRUSSELS).date()


def case_in_assessment(world: World, reporter: dict[str, Any] | None = None) -> dict[str, Any]:
    created = world.register_and_forward(ABB, reporter=reporter or REPORTER)
    case = world.case(AN, created["id"])
    [ack] = world.operate(AN, wire_op(case, "acknowledge"))
    [assess] = world.operate(AN, wire_op(ack["case"], "start_assessment"))
    assert assess["status"] == "applied", assess
    return dict(assess["case"])


def ask(
    world: World, case: dict[str, Any], question: str = QUESTION, due: date | None = None
) -> str:
    """The investigator's desktop pushes request_info; returns the message id."""
    message_id = str(uuid.uuid4())
    due = due or add_working_days(brussels_today(), DEFAULT_ANSWER_WORKING_DAYS)
    message = {"message_id": message_id, "body": question, "answer_due": due.isoformat()}
    [result] = world.operate(AN, wire_op(case, "request_info", message=message))
    assert result["status"] == "applied", result
    return message_id


def message_in_feed(world: World, case_id: str, message_id: str) -> dict[str, Any]:
    [message] = [m for m in world.case(AN, case_id)["messages"] if m["id"] == message_id]
    return dict(message)


def page_state(driver: WebDriver) -> str:
    return str(driver.find_element(By.ID, "status").get_attribute("data-state"))


def fresh_csrf(client: httpx.Client, link: str) -> str:
    """Load the form as a plain HTTP client would (cookie + hidden token): a hostile client,
    since browsers never send folder paths in file names. Each form has its own token."""
    page = client.get(link)
    assert page.status_code == 200
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    return token.group(1)


# --- tests ---------------------------------------------------------------------------


def test_a_question_is_mailed_answered_on_the_page_with_a_file_and_reaches_the_investigator(
    relay_world: World, smtp: SmtpSink, reporter_browser: WebDriver, tmp_path: Path
) -> None:
    world, driver = relay_world, reporter_browser
    case = case_in_assessment(world)
    due = add_working_days(brussels_today(), DEFAULT_ANSWER_WORKING_DAYS)
    message_id = ask(world, case, due=due)

    [mail] = smtp.wait_for(1)
    text = body_of(mail)
    assert smtp.received[0].rcpt_tos == ["marleen@example.org"]
    assert mail["Content-Language"] == "nl" and mail["Subject"].startswith("Vraag over uw melding")
    assert case["reference"] in mail["Subject"] and case["reference"] in text
    assert "Agentschap Binnenlands Bestuur" in text
    assert long_date(due, "nl") in text  # e.g. "10 december 2026"
    assert "bestelwagen" not in text and "nummerplaat" not in text
    link = link_in(mail)
    sent = wait_until(
        lambda: (m := message_in_feed(world, case["id"], message_id))["sent_at"] and m
    )
    assert sent["state"] == "sent"
    assert "marleen" not in str(world.case(AN, case["id"]))  # the investigator never sees it

    photo = tmp_path / "nummerplaat.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    driver.get(link)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Vraag over uw melding"
    assert driver.find_element(By.ID, "question").text == QUESTION
    assert case["reference"] in driver.find_element(By.TAG_NAME, "main").text
    answer = "Op maandag 3 november.\nDe foto zit erbij."
    driver.find_element(By.ID, "answer").send_keys(answer)
    driver.find_element(By.ID, "files").send_keys(str(photo))
    driver.find_element(By.ID, "send").click()
    wait_until(lambda: driver.find_elements(By.ID, "thanks"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Bedankt voor uw antwoord"
    assert driver.find_element(By.ID, "received-files").text == "nummerplaat.png"

    answered = message_in_feed(world, case["id"], message_id)
    assert answered["state"] == "answered" and answered["answer_channel"] == "web"
    assert answered["answer"] == answer
    [file] = answered["attachments"]
    assert file["name"] == "nummerplaat.png" and file["media_type"] == "image/png"
    assert file["added_by"] == "reporter" and file["size"] == photo.stat().st_size
    event = world.case(AN, case["id"])["events"][-1]
    assert event["kind"] == "answer_received" and event["actor"] == "reporter"

    path = ATTACHMENT_PATH.removeprefix(API_PREFIX).format(sha256=file["sha256"])
    with world.http(AN) as an, world.http(TOM) as tom:
        download = an.get(path, params={"case_id": case["id"]})
        other_department = tom.get(path, params={"case_id": case["id"]})
        unknown = an.get(path.replace(file["sha256"], "f" * 64), params={"case_id": case["id"]})
    assert download.status_code == 200
    assert hashlib.sha256(download.content).hexdigest() == file["sha256"]
    assert download.content == photo.read_bytes()
    assert other_department.status_code == unknown.status_code == 404
    assert other_department.json() == unknown.json()  # nothing tells it exists

    driver.get(link)  # the link was for one answer
    assert page_state(driver) == "used"
    assert driver.find_element(By.TAG_NAME, "h1").text == "U hebt deze vraag al beantwoord"


def test_a_question_with_html_and_script_is_shown_as_literal_text(
    relay_world: World, smtp: SmtpSink, reporter_browser: WebDriver
) -> None:
    world, driver = relay_world, reporter_browser
    question = (
        "<b>Vet?</b> <script>window.__ran = 1; document.title = 'pwned'</script>\n"
        '<img src=x onerror="window.__ran = 2"> & "quotes"'
    )
    case = case_in_assessment(world)
    ask(world, case, question)
    driver.get(link_in(smtp.wait_for(1)[0]))
    shown = driver.find_element(By.ID, "question")
    assert shown.text == question
    assert shown.find_elements(By.CSS_SELECTOR, "*") == []  # no element was made of it
    assert driver.execute_script("return window.__ran === undefined") is True
    assert driver.title == "Vraag over uw melding — 1700"


def test_forged_expired_and_reused_links_show_a_clear_page(
    relay_world: World, smtp: SmtpSink, reporter_browser: WebDriver
) -> None:
    world, driver = relay_world, reporter_browser
    case = case_in_assessment(world)
    message_id = ask(world, case)
    link = link_in(smtp.wait_for(1)[0])

    token = link.rsplit("/", 1)[1]
    forged = link[: -len(token)] + ("A" if token[0] != "A" else "B") + token[1:]
    driver.get(forged)
    assert page_state(driver) == "unknown"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Deze link is niet geldig"
    driver.get(link[: -len(token)] + "kort")
    assert page_state(driver) == "unknown"  # malformed looks the same as forged

    other = case_in_assessment(world)
    ask(world, other)
    expiring = link_in(smtp.wait_for(2)[1])
    with world.service.session() as session:
        past = utcnow() - timedelta(minutes=1)
        other_ids = select(Message.id).where(Message.case_id == other["id"])
        session.execute(
            update(ReplyLink).where(ReplyLink.message_id.in_(other_ids)).values(expires_at=past)
        )
    driver.get(expiring + "?lang=en")
    assert page_state(driver) == "expired"
    assert driver.find_element(By.TAG_NAME, "h1").text == "This link has expired"

    driver.get(link)
    driver.find_element(By.ID, "answer").send_keys("Eén keer.")
    driver.find_element(By.ID, "send").click()
    wait_until(lambda: driver.find_elements(By.ID, "thanks"))
    driver.back()  # the form again, from the browser's history: submit it a second time
    driver.refresh()
    assert page_state(driver) == "used"
    assert message_in_feed(world, case["id"], message_id)["answer"] == "Eén keer."


def test_a_form_sent_twice_is_accepted_once(relay_world: World, smtp: SmtpSink) -> None:
    world = relay_world
    case = case_in_assessment(world)
    message_id = ask(world, case)
    link = link_in(smtp.wait_for(1)[0])
    with web.client(timeout=10) as client:
        csrf = fresh_csrf(client, link)
        first = client.post(link, data={"csrf": csrf, "answer": "Eerste"})
        second = client.post(link, data={"csrf": csrf, "answer": "Tweede"})
        no_csrf = web.post(link, data={"answer": "Zonder token"})
    assert first.status_code == 200 and 'id="thanks"' in first.text
    assert second.status_code == 410 and 'data-state="used"' in second.text
    assert no_csrf.status_code == 410  # the link is used; nothing more is taken
    assert message_in_feed(world, case["id"], message_id)["answer"] == "Eerste"


def test_a_mail_server_that_is_down_is_retried_and_the_mail_delivered_once(
    relay_world: World, smtp: SmtpSink
) -> None:
    world = relay_world
    smtp.stop()  # the mail server is down
    case = case_in_assessment(world)
    message_id = ask(world, case)
    failing = wait_until(
        lambda: (
            (m := message_in_feed(world, case["id"], message_id))["delivery_attempts"] >= 2 and m
        )
    )
    assert failing["state"] == "sending" and failing["delivery_error"] == "mail_server_unreachable"

    smtp.start()  # back up
    [mail] = smtp.wait_for(1, timeout=20)
    delivered = wait_until(
        lambda: (m := message_in_feed(world, case["id"], message_id))["state"] == "sent" and m
    )
    assert delivered["delivery_error"] is None and delivered["delivery_attempts"] >= 3
    assert case["reference"] in mail["Subject"]
    assert web.get(link_in(mail)).status_code == 200  # the delivered link is the working one
    time.sleep(1.0)  # the relay keeps looking every 50 ms: give it twenty rounds
    assert len(smtp.mails()) == 1  # exactly once


def test_a_mail_server_that_stays_down_ends_in_not_delivered(
    tmp_path: Path,
) -> None:
    sink = SmtpSink()  # never started
    database_url = f"sqlite:///{tmp_path / 'intake.sqlite3'}"
    settings = relay_settings(database_url, sink.port)
    settings = Settings(
        database_url=database_url,
        mail=MailSettings(
            transport="smtp",
            smtp_host="127.0.0.1",
            smtp_port=sink.port,
            poll_interval=0.05,
            retry_base_delay=timedelta(milliseconds=20),
            max_attempts=3,
        ),
        relay=settings.relay,
    )
    world = start_world(database_url, settings=settings)
    try:
        case = case_in_assessment(world)
        message_id = ask(world, case)
        failed = wait_until(
            lambda: (
                (m := message_in_feed(world, case["id"], message_id))["state"] == "not_delivered"
                and m
            )
        )
        assert failed["delivery_attempts"] == 3
        assert failed["delivery_error"] == "mail_server_unreachable"
        event = world.case(AN, case["id"])["events"][-1]
        assert event["kind"] == "delivery_failed" and event["actor"] == "relay"
        with world.http(DESK) as desk:
            listed = desk.get("/intake/phone-requests").json()
        assert [row["message_id"] for row in listed] == [message_id]  # 1700 can call instead
    finally:
        world.service.stop()


def test_path_traversal_and_oversized_attachments_are_refused_and_nothing_is_stored(
    relay_world: World, smtp: SmtpSink, reporter_browser: WebDriver, tmp_path: Path
) -> None:
    world, driver = relay_world, reporter_browser
    case = case_in_assessment(world)
    message_id = ask(world, case)
    link = link_in(smtp.wait_for(1)[0])

    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * MAX_FILE_BYTES)
    driver.get(link)
    driver.find_element(By.ID, "answer").send_keys("Met een grote scan.")
    driver.find_element(By.ID, "files").send_keys(str(big))
    driver.find_element(By.ID, "send").click()
    summary = wait_until(lambda: driver.find_elements(By.ID, "error-summary"))[0]
    assert "Uw antwoord is niet verstuurd" in summary.text
    assert "Het bestand “scan.pdf” is groter dan 100 KB." in summary.text
    assert driver.find_element(By.ID, "answer").get_attribute("value") == "Met een grote scan."

    with web.client(timeout=10) as client:
        traversal = client.post(
            link,
            data={"csrf": fresh_csrf(client, link), "answer": "Zie bijlage"},
            files=[
                (
                    "files",
                    ("../../../etc/cron.d/evil.txt", b"* * * * * root rm -rf /", "text/plain"),
                )
            ],
        )
        windows = client.post(
            link,
            data={"csrf": fresh_csrf(client, link), "answer": "Zie bijlage"},
            files=[("files", ("..\\..\\boot.ini.txt", b"x", "text/plain"))],
        )
        disguised = client.post(
            link,
            data={"csrf": fresh_csrf(client, link), "answer": "Zie bijlage"},
            files=[("files", ("foto.png", b"MZ\x90\x00 not a png", "image/png"))],
        )
    assert traversal.status_code == windows.status_code == 400
    assert "Een bestandsnaam bevat een mappad (zoals ../)" in traversal.text
    assert "evil" not in traversal.text and "cron" not in traversal.text
    assert disguised.status_code == 400 and "past niet bij het bestandstype" in disguised.text

    with world.service.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 0
    still_open = message_in_feed(world, case["id"], message_id)
    assert still_open["state"] == "sent" and still_open["answer"] is None
    assert web.get(link).status_code == 200  # the reporter can still answer


def test_a_phone_answer_is_logged_by_1700_through_the_cli(
    relay_world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world = relay_world
    reporter = {"kind": "citizen", "name": "Jef Telefoon", "phone": "0470 99 88 77"}
    case = case_in_assessment(world, reporter)
    message_id = ask(world, case)
    queued = message_in_feed(world, case["id"], message_id)
    assert queued["state"] == "not_delivered" and queued["delivery_error"] == "no_email"

    database = ["--database-url", world.service.settings.database_url]
    assert cli.main([*database, "report", "phone-requests"]) == 0
    listing = capsys.readouterr().out
    assert message_id in listing and case["reference"] in listing
    assert "Op welke dag zag u de bestelwagen?" in listing  # to read out
    assert "0470" not in listing and "Jef" not in listing  # identity stays in the CRM/API
    answer = "Op maandag 3 november, zegt de melder aan de telefoon."
    assert cli.main([*database, "report", "answer", message_id, "--text", answer]) == 0
    assert cli.main([*database, "report", "answer", message_id, "--text", answer]) == 1
    assert "no longer be answered" in capsys.readouterr().err

    answered = message_in_feed(world, case["id"], message_id)
    assert answered["state"] == "answered" and answered["answer_channel"] == "phone"
    assert answered["answer"] == answer


def test_1700_attaches_the_transcript_at_registration_through_the_cli(
    relay_world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = relay_world
    with world.http(DESK) as desk:
        created = desk.post("/intake/reports", json=report_json(reporter=REPORTER)).json()
    transcript = tmp_path / "chat-transcript.txt"
    transcript.write_text("Melder: de bestelwagen stond er weer.\n", encoding="utf-8")
    database = ["--database-url", world.service.settings.database_url]
    assert cli.main([*database, "report", "attach", created["reference"], str(transcript)]) == 0
    assert "Attached chat-transcript.txt" in capsys.readouterr().out
    world.forward(created["id"], ABB)
    [file] = world.case(AN, created["id"])["attachments"]
    assert file["name"] == "chat-transcript.txt" and file["added_by"] == "1700"
    assert file["sha256"] == hashlib.sha256(transcript.read_bytes()).hexdigest()


def test_answer_deadlines_count_belgian_working_days_across_holidays(
    relay_world: World, smtp: SmtpSink
) -> None:
    # Ten working days from Friday 18 December 2026 skip two weekends, Christmas (Friday)
    # and New Year's Day (Friday): Tuesday 5 January 2027.
    assert add_working_days(date(2026, 12, 18), 10) == date(2027, 1, 5)
    # Easter Monday 2027 (29 March) is skipped as well.
    assert add_working_days(date(2027, 3, 26), 1) == date(2027, 3, 30)

    world = relay_world
    case = case_in_assessment(world)
    due = add_working_days(brussels_today(), DEFAULT_ANSWER_WORKING_DAYS)
    message_id = ask(world, case, due=due)
    assert message_in_feed(world, case["id"], message_id)["answer_due"] == due.isoformat()
    assert f"Antwoord ten laatste op {long_date(due, 'nl')}." in body_of(smtp.wait_for(1)[0])
