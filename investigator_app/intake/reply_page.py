"""The reporter's page behind a mailed link: read a letter, or answer a request once.

Plain HTML from autoescaped templates, no JavaScript, Dutch or English. The page is
protected by a double-submit CSRF token (SameSite=Strict cookie + hidden field) and
strict headers (no scripts, no framing, no referrer, no caching). Unknown and forged
links get the same page. Nothing is stored unless the whole answer is accepted.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.types import Scope

from investigator_app.domain.messages import MessageKind
from investigator_app.intake import audit
from investigator_app.intake.blobs import (
    ALLOWED_EXTENSIONS,
    AttachmentRefusedError,
    StoredFile,
    check_uploads,
    megabytes,
)
from investigator_app.intake.cases import lock_case
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.deps import get_database, get_settings
from investigator_app.intake.messages import REPORTER, record_answer
from investigator_app.intake.models import Case, Department, Message, Reporter
from investigator_app.intake.relay.language import PageLanguage, choose, long_date
from investigator_app.intake.relay.links import REPLY_PATH, LinkState, resolve
from investigator_app.intake.reply_form import FormRefusedError, read_form
from investigator_app.intake.reply_texts import TEXTS
from investigator_app.intake.reply_views import record_view, viewed_since
from investigator_app.intake.settings import RelayPolicy

log = logging.getLogger("investigator_app.intake.reply_page")

router = APIRouter(prefix=REPLY_PATH, include_in_schema=False)

CSRF_COOKIE = "reply_csrf"
CSS_PATH = f"{REPLY_PATH}/static/reply.css"
_CSS = (Path(__file__).parent / "templates" / "reply" / "static" / "reply.css").read_bytes()
_env = Environment(
    loader=PackageLoader("investigator_app.intake", "templates/reply"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
}
_STATUS_CODES = {
    LinkState.UNKNOWN: 404,
    LinkState.EXPIRED: 410,
    LinkState.USED: 410,
    LinkState.CANCELLED: 410,
    LinkState.REPLACED: 410,
}


@dataclass(frozen=True)
class PageData:
    """What the page shows about a message (read in one transaction)."""

    state: LinkState
    language: PageLanguage = "nl"
    message_id: str = ""
    kind: MessageKind = MessageKind.INFO_REQUEST
    body: str = ""
    department: str = ""
    reference: str = ""
    case_id: str = ""
    answer_due: date | None = None
    viewed_recently: bool = False  # a view of it is on the audit trail already


@dataclass
class FieldError:
    field: str
    text: str


@dataclass
class FormState:
    answer: str = ""
    errors: list[FieldError] = field(default_factory=list)
    files_again: bool = False


# --- reading ----------------------------------------------------------------------------


def _page_data(
    db: Database, token: str, now: datetime, view_interval: timedelta | None = None
) -> PageData:
    """With ``view_interval``: also whether a view is on the trail within it."""
    with db.read() as session:
        resolved = resolve(session, token, now)
        if resolved.message is None:
            return PageData(state=resolved.state)
        message = resolved.message
        case = session.get_one(Case, message.case_id)
        reporter = session.get_one(Reporter, case.reporter_id)
        department = session.get_one(Department, message.department_id)
        language = choose(reporter.language)
        recently = view_interval is not None and viewed_since(
            session, case.id, message.id, now - view_interval
        )
        return PageData(
            state=resolved.state,
            language=language,
            message_id=message.id,
            kind=message.kind,
            body=message.body,
            department=department.name,
            reference=case.reference,
            case_id=case.id,
            answer_due=message.answer_due,
            viewed_recently=recently,
        )


# --- rendering --------------------------------------------------------------------------


def _language(request: Request, data: PageData, posted: str | None = None) -> PageLanguage:
    wanted = request.query_params.get("lang") or posted
    return choose(wanted) if wanted in ("nl", "en") else data.language


def _render(template: str, status: int, lang: PageLanguage, **context: Any) -> HTMLResponse:
    html = _env.get_template(template).render(lang=lang, t=TEXTS[lang], css_url=CSS_PATH, **context)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def status_page(state: LinkState, lang: PageLanguage) -> HTMLResponse:
    t = TEXTS[lang]
    return _render(
        "status.html",
        _STATUS_CODES.get(state, 400),
        lang,
        title=t[f"{state.value}_title"],
        text=t[f"{state.value}_body"],
        state=state.value,
    )


def body_too_large_page(limit: int, scope: Scope) -> HTMLResponse:
    """For the body limit, before the body is read: in the language of the page the form
    was on (its address says it), else Dutch."""
    wanted = Request(scope).query_params.get("lang")
    lang = choose(wanted)
    t = TEXTS[lang]
    return _render(
        "status.html",
        413,
        lang,
        title=t["body_too_large_title"],
        text=t["body_too_large_body"].format(limit=megabytes(limit)),
        state="too_large",
    )


def _types() -> str:
    return ", ".join(extension.lstrip(".") for extension in ALLOWED_EXTENSIONS)


def _form_page(
    data: PageData,
    lang: PageLanguage,
    policy: RelayPolicy,
    csrf: str,
    form: FormState,
    *,
    secure: bool,
    status: int = 200,
) -> HTMLResponse:
    t = TEXTS[lang]
    due = long_date(data.answer_due, lang) if data.answer_due else ""
    response = _render(
        "form.html",
        status,
        lang,
        title=t["title_request"],
        intro=t["intro_request"].format(department=data.department, reference=data.reference),
        due_text=t["due"].format(due=due),
        body=data.body,
        csrf=csrf,
        answer=form.answer,
        errors=form.errors,
        error_fields={error.field for error in form.errors},
        files_again=form.files_again,
        max_chars=policy.max_answer_chars,
        answer_hint=t["answer_hint"].format(max_chars=policy.max_answer_chars),
        files_hint=t["files_hint"].format(
            max_files=policy.max_files, max_size=megabytes(policy.max_file_bytes), types=_types()
        ),
        accept=",".join(ALLOWED_EXTENSIONS),
    )
    response.set_cookie(
        CSRF_COOKIE,
        csrf,
        path=REPLY_PATH,
        httponly=True,
        samesite="strict",
        secure=secure,
    )
    return response


def _letter_page(data: PageData, lang: PageLanguage) -> HTMLResponse:
    t = TEXTS[lang]
    return _render(
        "letter.html",
        200,
        lang,
        title=t[f"title_{data.kind.value}"],
        intro=t["intro_letter"].format(department=data.department, reference=data.reference),
        body=data.body,
    )


def _served_securely(request: Request) -> bool:
    settings = get_settings(request)
    public = settings.public_url or ""
    return request.url.scheme == "https" or public.startswith("https://")


# --- routes -----------------------------------------------------------------------------


@router.get("/static/reply.css")
def get_css() -> Response:
    return Response(
        _CSS,
        media_type="text/css",
        headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"},
    )


@router.get("/{token}")
def get_page(token: str, request: Request) -> HTMLResponse:
    db = get_database(request)
    policy = get_settings(request).relay
    now = utcnow()
    data = _page_data(db, token, now, policy.view_audit_interval)
    lang = _language(request, data)
    if data.state is not LinkState.OPEN:
        return status_page(data.state, lang)
    if not data.viewed_recently:  # a reload loop reads, it does not write
        record_view(
            db, data.case_id, data.reference, data.message_id, now, policy.view_audit_interval
        )
    if data.kind is not MessageKind.INFO_REQUEST:
        return _letter_page(data, lang)
    csrf = secrets.token_urlsafe(32)
    return _form_page(data, lang, policy, csrf, FormState(), secure=_served_securely(request))


@router.post("/{token}")
async def post_answer(token: str, request: Request) -> HTMLResponse:
    db = get_database(request)
    settings = get_settings(request)
    policy = settings.relay
    data = await run_in_threadpool(_page_data, db, token, utcnow())
    lang = _language(request, data)
    if data.state is not LinkState.OPEN or data.kind is not MessageKind.INFO_REQUEST:
        return status_page(
            data.state if data.state is not LinkState.OPEN else LinkState.UNKNOWN, lang
        )
    secure = _served_securely(request)
    fresh_csrf = secrets.token_urlsafe(32)
    t = TEXTS[lang]

    def again(form: FormState, status: int) -> HTMLResponse:
        return _form_page(data, lang, policy, fresh_csrf, form, secure=secure, status=status)

    try:
        posted = await read_form(request, policy)
    except FormRefusedError as refused:
        text = t[refused.key].format(max_chars=refused.limit, limit=refused.limit)
        return again(FormState(errors=[FieldError(refused.field, text)], files_again=True), 400)
    lang = _language(request, data, posted.lang)
    t = TEXTS[lang]
    answer, uploads = posted.answer, posted.uploads
    form = FormState(answer=answer)
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not cookie or not hmac.compare_digest(cookie.encode(), posted.csrf.encode()):
        form.errors.append(FieldError("answer", t["form_expired"]))
        form.files_again = True
        return again(form, 403)

    if not answer:
        form.errors.append(FieldError("answer", t["answer_required"]))
    elif len(answer) > policy.max_answer_chars:
        form.errors.append(
            FieldError("answer", t["answer_too_long"].format(max_chars=policy.max_answer_chars))
        )
    status = 400
    try:
        files = check_uploads(uploads, policy)
    except AttachmentRefusedError as refusal:
        files = []
        form.errors.append(FieldError("files", _refusal_text(refusal, lang)))
        status = 413 if refusal.code == "too_large" else 400
        await run_in_threadpool(_audit_refusal, db, data, refusal.code)
    if form.errors:
        form.files_again = bool(uploads)
        return again(form, status)

    state = await run_in_threadpool(_accept, db, token, answer, files)
    if state is not LinkState.OPEN:
        return status_page(state, lang)
    return _render(
        "thanks.html",
        200,
        lang,
        title=t["thanks_title"],
        text=t["thanks_body"].format(department=data.department, reference=data.reference),
        files=[stored.name for stored in files],
    )


def _refusal_text(refusal: AttachmentRefusedError, lang: PageLanguage) -> str:
    limit = megabytes(refusal.limit) if refusal.code == "too_large" else str(refusal.limit)
    return TEXTS[lang][refusal.code].format(
        name=f"“{refusal.name}”" if refusal.name else "", limit=limit, types=_types()
    )


def _audit_refusal(db: Database, data: PageData, code: str) -> None:
    with db.write() as session:
        audit.record(
            session,
            REPORTER,
            "reply.attachment_refused",
            utcnow(),
            case_id=data.case_id,
            detail={"reference": data.reference, "message_id": data.message_id, "code": code},
        )


def _accept(db: Database, token: str, answer: str, files: list[StoredFile]) -> LinkState:
    """Store the answer if the link is still open (checked again under the locks)."""
    now = utcnow()
    with db.write() as session:
        first = resolve(session, token, now)
        if first.message is None:
            return first.state
        case = lock_case(session, first.message.case_id)  # case first, then the message
        resolved = resolve(session, token, now, lock=True)
        if case is None or resolved.state is not LinkState.OPEN or resolved.message is None:
            return resolved.state
        message: Message = resolved.message
        record_answer(session, REPORTER, case, message, answer, "web", files, now)
    log.info("answer received for message %s", message.id)
    return LinkState.OPEN
