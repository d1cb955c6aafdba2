"""The relay on the service: messages from desktop operations become mails with a link,
never with the message; requests are reminded, cancelled, answered, expired; lifecycle
actions no longer conflict with message traffic. Real service, real databases."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.intake.db import utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import AuditEvent, MailOutbox, Message, ReplyLink
from investigator_app.intake.settings import MailSettings, RelayPolicy, Settings
from tests.intake.conftest import World, op
from tests.support import web
from tests.support.engines import EngineLoan
from tests.support.relay import answer_on_page, body_of, link_in, mails_in, wait_until

QUESTION = "Op welke dag zag u de bestelwagen?\nHad u foto's?"


def fast_settings(database_url: str, folder: Path) -> Settings:
    return Settings(
        database_url=database_url,
        mail=MailSettings(
            transport="folder",
            folder=folder,
            poll_interval=0.05,
            retry_base_delay=timedelta(milliseconds=50),
            max_attempts=3,
        ),
        relay=RelayPolicy(max_file_bytes=64 * 1024),
    )


@pytest.fixture
def service(database_url: str, tmp_path: Path, engines: EngineLoan) -> Iterator[EmbeddedService]:
    settings = fast_settings(database_url, tmp_path / "mail")
    with engines.service(database_url, settings=settings) as running:
        yield running


def today() -> date:
    return utcnow().astimezone(BRUSSELS).date()


def assessing_case(world: World, **report: Any) -> dict[str, Any]:
    case = world.case(world.forwarded_case(**report))
    [ack] = world.operate("an", op(case, "acknowledge"))
    [assess] = world.operate("an", op(ack["case"], "start_assessment"))
    assert assess["status"] == "applied", assess
    return dict(assess["case"])


def request(
    world: World, case: dict[str, Any], body: str = QUESTION, due: date | None = None, **extra: Any
) -> tuple[str, dict[str, Any]]:
    message_id = str(uuid.uuid4())
    message = {
        "message_id": message_id,
        "body": body,
        "answer_due": str(due or today() + timedelta(days=14)),
    }
    [result] = world.operate("an", op(case, "request_info", message=message, **extra))
    return message_id, result


def message_of(world: World, case_id: str, message_id: str) -> dict[str, Any]:
    [found] = [m for m in world.case(case_id)["messages"] if m["id"] == message_id]
    return dict(found)


def mails(world: World, count: int) -> list[Any]:
    folder = world.service.mail_folder
    assert folder is not None
    return list(wait_until(lambda: len(found := mails_in(folder)) >= count and found))


def test_a_request_becomes_a_mail_with_a_link_and_never_the_question(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="investigator_app")
    case = assessing_case(world)
    message_id, result = request(
        world, case, due=date(2026, 12, 24) if today() < date(2026, 12, 24) else None
    )
    assert result["status"] == "applied"
    [mail] = mails(world, 1)
    text = body_of(mail)
    assert mail["To"] == "marleen@example.org"
    assert case["reference"] in mail["Subject"] and case["reference"] in text
    assert "Agentschap Binnenlands Bestuur" in text
    assert "bestelwagen" not in text and "foto" not in text  # the question stays on the page
    assert mail["Content-Language"] == "nl"
    link = link_in(mail)
    assert link.startswith(world.service.public_url + "/r/")

    sent = wait_until(
        lambda: (m := message_of(world, case["id"], message_id))["state"] == "sent" and m
    )
    assert sent["body"] == QUESTION and sent["delivery_attempts"] == 1 and sent["sent_at"]
    with world.service.session() as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        details = " ".join(str(d) for d in session.scalars(select(AuditEvent.detail)))
        hashes = session.scalars(select(ReplyLink.token_hash)).all()
    assert {"message.create", "mail.queued", "mail.sent"} <= set(actions)
    assert "marleen" not in details and "bestelwagen" not in details
    token = link.rsplit("/", 1)[1]
    assert token not in hashes and len(hashes) == 1  # only the hash is kept
    logged = caplog.text
    assert "mail" in logged and "sent" in logged  # the relay does log ...
    for secret in ("marleen@example.org", "bestelwagen", token):  # ... but none of these
        assert secret not in logged


def test_message_traffic_does_not_make_a_queued_lifecycle_action_conflict(world: World) -> None:
    case = assessing_case(world)
    message_id, _ = request(world, case)
    wait_until(lambda: message_of(world, case["id"], message_id)["state"] == "sent")
    assert world.case(case["id"])["version"] > case["version"]
    # The desktop's "start investigation" was based on the version before the request.
    [started] = world.operate("an", op(case, "start_investigation"))
    assert started["status"] == "applied", started
    # ... but a colleague's lifecycle change still conflicts.
    [late] = world.operate("jonas", op(case, "close", outcome="unfounded", reason="x"))
    assert late["status"] == "conflict"


def test_bad_requests_are_rejected_with_a_reason(world: World) -> None:
    case = assessing_case(world)
    other = assessing_case(world)
    other_message, _ = request(world, other)
    past = request(world, case, due=today() - timedelta(days=1))[1]
    far = request(world, case, due=today() + timedelta(days=400))[1]
    no_due = world.post(
        "an",
        "/operations",
        {
            "operations": [
                op(case, "request_info", message={"message_id": str(uuid.uuid4()), "body": "?"})
            ]
        },
    )
    [unknown] = world.operate("an", op(case, "remind", target_message_id=str(uuid.uuid4())))
    [foreign] = world.operate("an", op(case, "cancel_request", target_message_id=other_message))
    no_letter = world.post("an", "/operations", {"operations": [op(case, "send_feedback")]})
    assert past["status"] == "rejected" and "past" in past["message"]
    assert far["status"] == "rejected" and "year" in far["message"]
    # What an action needs is part of its operation's form: a 422 for the whole request.
    assert no_due.status_code == 422 and "message.answer_due: Field required" in no_due.text
    assert unknown["status"] == foreign["status"] == "rejected"
    assert unknown["message"] == foreign["message"] == "message not found"
    assert no_letter.status_code == 422 and "send_feedback.message" in no_letter.text
    assert world.case(case["id"])["messages"] == []
    # Forwarded only: no questions before the case is acknowledged.
    fresh = world.case(world.forwarded_case())
    assert request(world, fresh)[1]["status"] == "rejected"


def test_a_reminder_sends_a_fresh_link_and_the_old_one_stops_working(world: World) -> None:
    case = assessing_case(world)
    message_id, _ = request(world, case)
    first = link_in(mails(world, 1)[0])
    [reminded] = world.operate("an", op(case, "remind", target_message_id=message_id))
    assert reminded["status"] == "applied"
    second_mail = mails(world, 2)[1]
    second = link_in(second_mail)
    assert "Herinnering" in second_mail["Subject"] and second != first
    old = web.get(first)
    assert old.status_code == 410 and 'data-state="replaced"' in old.text
    assert web.get(second).status_code == 200
    current = message_of(world, case["id"], message_id)
    assert current["reminded_at"] is not None
    kinds = [e["kind"] for e in world.case(case["id"])["events"]]
    assert "info_requested" in kinds and "reminder_sent" in kinds


def test_a_cancelled_request_shows_its_page_and_a_returned_case_cancels_its_requests(
    world: World,
) -> None:
    case = assessing_case(world)
    message_id, _ = request(world, case)
    link = link_in(mails(world, 1)[0])
    [cancelled] = world.operate("an", op(case, "cancel_request", target_message_id=message_id))
    assert cancelled["status"] == "applied"
    page = web.get(link)
    assert page.status_code == 410 and 'data-state="cancelled"' in page.text
    assert message_of(world, case["id"], message_id)["state"] == "cancelled"

    other = assessing_case(world)
    other_id, _ = request(world, other)
    [returned] = world.operate("an", op(other, "return_to_1700", reason="Niet bevoegd"))
    assert returned["status"] == "applied"
    with world.service.session() as session:
        assert session.get_one(Message, other_id).state == "cancelled"


def test_a_reporter_without_email_is_asked_by_phone_through_1700(world: World) -> None:
    reporter = {"kind": "citizen", "name": "Jef Telefoon", "phone": "0470 99 88 77"}
    case = assessing_case(world, reporter=reporter)
    assert case["reporter_reachable_by_email"] is False
    message_id, result = request(world, case)
    message = result["case"]["messages"][0]
    assert message["state"] == "not_delivered" and message["delivery_error"] == "no_email"

    listed = world.get("operator", "/intake/phone-requests").json()
    [entry] = [row for row in listed if row["message_id"] == message_id]
    assert entry["question"] == QUESTION and entry["reporter_phone"] == "0470 99 88 77"
    assert world.get("an", "/intake/phone-requests").status_code == 403
    [remind] = world.operate("an", op(case, "remind", target_message_id=message_id))
    assert remind["status"] == "rejected" and "by phone" in remind["message"]

    answer = {"answer": "Op maandag 3 november, rond 8 uur."}
    logged = world.post("operator", f"/intake/messages/{message_id}/answer", answer)
    assert logged.status_code == 204, logged.text
    again = world.post("operator", f"/intake/messages/{message_id}/answer", answer)
    assert again.status_code == 409
    answered = message_of(world, case["id"], message_id)
    assert answered["state"] == "answered" and answered["answer_channel"] == "phone"
    assert answered["answer"] == answer["answer"]
    event = world.case(case["id"])["events"][-1]
    assert event["kind"] == "answer_received" and event["actor"] == "1700"
    assert world.get("operator", "/intake/phone-requests").json() == []


def test_an_unanswered_request_expires_after_the_grace_period(world: World) -> None:
    case = assessing_case(world)
    message_id, _ = request(world, case)
    link = link_in(mails(world, 1)[0])
    with world.service.session() as session:
        past = utcnow() - timedelta(minutes=1)
        session.execute(update(Message).where(Message.id == message_id).values(expires_at=past))
        session.execute(update(ReplyLink).values(expires_at=past))
    expired = wait_until(
        lambda: (m := message_of(world, case["id"], message_id))["state"] == "expired" and m
    )
    assert expired["answered_at"] is None
    event = world.case(case["id"])["events"][-1]
    assert event["kind"] == "request_expired" and event["actor"] == "relay"
    page = web.get(link)
    assert page.status_code == 410 and 'data-state="expired"' in page.text


def test_acknowledgement_and_feedback_letters_are_read_on_a_page_in_the_reporters_language(
    world: World,
) -> None:
    reporter = {
        "kind": "citizen",
        "name": "Ann Smith",
        "email": "ann@example.org",
        "language": "en",
    }
    case = world.case(world.forwarded_case(reporter=reporter))
    letter = {"message_id": str(uuid.uuid4()), "body": "We received your report.\n<b>Thanks</b>"}
    [ack] = world.operate("an", op(case, "acknowledge", message=letter))
    assert ack["status"] == "applied", ack
    assert ack["case"]["status"] == "acknowledged"
    assert [m["kind"] for m in ack["case"]["messages"]] == ["acknowledgement"]
    [mail] = mails(world, 1)
    assert mail["Content-Language"] == "en" and "Acknowledgement" in mail["Subject"]
    assert "We received" not in body_of(mail)
    link = link_in(mail)
    for _ in range(2):  # a letter may be read again
        page = web.get(link)
        assert page.status_code == 200 and '<html lang="en">' in page.text
        assert "We received your report.\n&lt;b&gt;Thanks&lt;/b&gt;" in page.text
        assert "<form" not in page.text
    dutch = web.get(link + "?lang=nl")
    assert '<html lang="nl">' in dutch.text and "Ontvangstbevestiging" in dutch.text

    [assess] = world.operate("an", op(ack["case"], "start_assessment"))
    feedback = {"message_id": str(uuid.uuid4()), "body": "Wij onderzoeken uw melding."}
    [sent] = world.operate("an", op(assess["case"], "send_feedback", message=feedback))
    assert sent["status"] == "applied"
    assert sent["case"]["feedback_sent_at"] is not None
    assert "Feedback" in mails(world, 2)[1]["Subject"]


def test_the_1700_desk_attaches_files_and_only_the_department_downloads_them(
    world: World,
) -> None:
    case_id = world.forwarded_case()
    transcript = b"From: melder\nSubject: melding\n\nDe bestelwagen stond er weer.\n"
    response = world.http.post(
        f"/intake/reports/{case_id}/attachments",
        files=[("files", ("../../transcript.eml", transcript, "message/rfc822"))],
        headers=world.auth("operator"),
    )
    assert response.status_code == 422 and "folder path" in response.json()["detail"]["message"]
    response = world.http.post(
        f"/intake/reports/{case_id}/attachments",
        files=[("files", ("chat transcript.eml", transcript, "message/rfc822"))],
        headers=world.auth("operator"),
    )
    assert response.status_code == 201, response.text
    [added] = response.json()
    import hashlib

    assert added["sha256"] == hashlib.sha256(transcript).hexdigest()
    [listed] = world.case(case_id)["attachments"]
    assert listed["name"] == "chat transcript.eml" and listed["added_by"] == "1700"

    path = f"/attachments/{added['sha256']}"
    mine = world.get("an", path, params={"case_id": case_id})
    assert mine.status_code == 200 and mine.content == transcript
    theirs = world.get("tom", path, params={"case_id": case_id})
    unknown = world.get("an", "/attachments/" + "0" * 64, params={"case_id": case_id})
    assert theirs.status_code == unknown.status_code == 404
    assert theirs.json() == unknown.json()
    with world.service.session() as session:
        assert session.scalar(select(MailOutbox.id)) is None  # attaching sends no mail


def test_a_reply_bigger_than_all_files_together_gets_a_page_not_json(world: World) -> None:
    case = assessing_case(world)
    request(world, case)
    link = link_in(mails(world, 1)[0])
    limit = world.service.settings.relay.max_reply_body_bytes
    response = web.post(
        link,
        content=b"x" * (limit + 1),
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    assert "Uw bestanden zijn te groot" in response.text
    # The API keeps its own, smaller limit and its JSON errors.
    api = world.http.post("/operations", content=b"x" * (5 * 1024 * 1024), headers=world.auth("an"))
    assert api.status_code == 413 and api.json()["detail"]["code"] == "request_too_large"


def test_a_rerouted_case_starts_a_fresh_conversation_in_the_new_department(
    world: World,
) -> None:
    case = assessing_case(world)
    message_id, _ = request(world, case)
    pdf = b"%PDF-1.4\nfictief bewijsstuk\n"
    status, _page = answer_on_page(
        link_in(mails(world, 1)[0]), "Zie bijlage.", [("bewijs.pdf", pdf)]
    )
    assert status == 200
    [file] = message_of(world, case["id"], message_id)["attachments"]
    current = world.case(case["id"])
    [returned] = world.operate("an", op(current, "return_to_1700", reason="Niet bevoegd"))
    assert returned["status"] == "applied"
    rerouted = world.post(
        "operator", f"/intake/reports/{case['id']}/reroute", {"department": "OMG"}
    )
    assert rerouted.status_code == 200, rerouted.text

    assert world.case(case["id"], who="tom")["messages"] == []
    download = world.get("tom", f"/attachments/{file['sha256']}", params={"case_id": case["id"]})
    assert download.status_code == 404
