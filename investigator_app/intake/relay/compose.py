"""Turning a message into the e-mail the reporter receives.

The mail never carries case content: it says which department writes, the case's
reference, the answer deadline for a request, and the link to the page where the message
is read (and a request answered). Templates are plain text in the reporter's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from jinja2 import Environment, PackageLoader, StrictUndefined

from investigator_app.domain.messages import MessageKind
from investigator_app.intake.relay.language import PageLanguage, long_date

_env = Environment(
    loader=PackageLoader("investigator_app.intake", "templates/mail"),
    autoescape=False,  # plain-text mail; nothing in it comes from the reporter or a case
    undefined=StrictUndefined,
    keep_trailing_newline=True,
)


@dataclass(frozen=True)
class MailContent:
    """What a mail may say; deliberately no field for the message's text."""

    kind: MessageKind
    reminder: bool
    language: PageLanguage
    department: str
    reference: str
    answer_due: date | None
    link: str


def template_name(content: MailContent) -> str:
    name = "reminder" if content.reminder else content.kind.value
    return f"{content.language}/{name}.txt"


def compose(content: MailContent, sender: str, recipient: str, now: datetime) -> EmailMessage:
    rendered = _env.get_template(template_name(content)).render(
        department=content.department,
        reference=content.reference,
        due=long_date(content.answer_due, content.language) if content.answer_due else "",
        link=content.link,
    )
    subject, _, body = rendered.partition("\n\n")
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = recipient
    mail["Subject"] = subject.removeprefix("Subject:").strip()
    mail["Date"] = format_datetime(now)
    mail["Message-ID"] = make_msgid(domain="1700.relay")
    mail["Auto-Submitted"] = "auto-generated"
    mail.set_content(body.strip() + "\n", charset="utf-8")
    mail["Content-Language"] = content.language  # after set_content, which resets Content-*
    return mail
