"""Wire schemas shared by the intake service and the desktop client (JSON over HTTPS).

Every field has a bound: the service rejects oversized or malformed input with a 422
before it touches the database, and the client validates what it receives.
Errors are answered as ``{"detail": {"code": ..., "message": ...}}`` (see ErrorCode).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from investigator_app.domain.events import EventKind
from investigator_app.domain.file_names import without_bidi_controls
from investigator_app.domain.investigation import (
    EMPTY as EMPTY_INVESTIGATION,
    ClosingGround,
    Investigation,
)
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import (
    Category,
    Channel,
    Language,
    Outcome,
    ReporterKind,
    Role,
    Status,
)

API_PREFIX = "/api/v1"
MAX_PAGE = 1000
DEFAULT_PAGE = 500
MAX_WAIT_SECONDS = 30.0
MAX_MESSAGE_LENGTH = 20_000
ATTACHMENT_PATH = API_PREFIX + "/attachments/{sha256}"
"""GET (investigators): the bytes of an attachment of a case in the caller's department,
by content address; ``?case_id=`` names the case. Answers 404 exactly like a missing one
for anything else. The client verifies the sha256 of what it receives."""

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
OptionalShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]
Summary = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
LongText = Annotated[str, StringConstraints(min_length=1, max_length=100_000)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, max_length=10_000)]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9_-]{0,31}$")]
# A TOTP code (6 digits) or a recovery code, as typed: spaces and dashes are ignored.
OneTimeCode = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=32)]


class ErrorCode(StrEnum):
    NOT_AUTHENTICATED = "not_authenticated"  # no bearer token
    INVALID_TOKEN = "invalid_token"  # unknown or forged
    TOKEN_EXPIRED = "token_expired"
    TOKEN_REVOKED = "token_revoked"
    INVALID_CREDENTIALS = "invalid_credentials"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    FORBIDDEN_ROLE = "forbidden_role"
    NOT_FOUND = "not_found"
    ANONYMOUS_REPORT = "anonymous_report"
    INVALID_TRANSITION = "invalid_transition"
    UNKNOWN_DEPARTMENT = "unknown_department"
    SAME_DEPARTMENT = "same_department"  # re-routing to the department that returned it
    INVALID_REQUEST = "invalid_request"  # malformed or out-of-bounds input (422)
    REQUEST_TOO_LARGE = "request_too_large"
    INTERNAL_ERROR = "internal_error"
    SERVICE_BUSY = "service_busy"  # too many password checks at once: retry (503)
    # Evidence uploads (protocol_evidence): a chunk whose bytes do not match its
    # X-Chunk-SHA256 (nothing kept), a whole file that does not match its sha256 (the
    # upload starts over), an upload id reused with other parameters (409).
    CHUNK_CORRUPTED = "chunk_corrupted"
    SHA256_MISMATCH = "sha256_mismatch"
    UPLOAD_CONFLICT = "upload_conflict"
    # Sign-in (issue 16, protocol_signin). A right password of an account with a second
    # factor, sent without its code (401); a wrong, reused or unknown one-time code (401);
    # a token that may only enrol a second factor, used for anything else (403).
    SECOND_FACTOR_REQUIRED = "second_factor_required"
    INVALID_ONE_TIME_CODE = "invalid_one_time_code"
    SECOND_FACTOR_ENROLMENT_REQUIRED = "second_factor_enrolment_required"
    # Sign-in through the organisation's identity provider, handed to the desktop's
    # loopback address as ?error=... (or answered by the code exchange, 400/401): none is
    # configured; the provider refused or the user cancelled; its ID token failed a check
    # (signature, issuer, audience, expiry, nonce); the organisation claim maps to no
    # department; the role claim is missing or maps to no role; the user is unknown and
    # unknown users are not created; the sign-in expired or its code was used or does not
    # match the PKCE verifier; the account exists but an administrator disabled it here.
    SIGN_IN_NOT_CONFIGURED = "sign_in_not_configured"
    PROVIDER_REFUSED = "provider_refused"
    INVALID_ID_TOKEN = "invalid_id_token"
    UNKNOWN_ORGANISATION = "unknown_organisation"
    NO_ROLE = "no_role"
    UNKNOWN_USER = "unknown_user"
    INVALID_SIGN_IN = "invalid_sign_in"
    ACCOUNT_DISABLED = "account_disabled"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- accounts ---------------------------------------------------------------------------


class LoginRequest(Strict):
    username: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=150)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    device_name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    # The second factor (issue 16) of an account that has one: a TOTP code or a recovery
    # code. Without it such an account gets 401 second_factor_required.
    one_time_code: OneTimeCode | None = None
    # The token this device had for the account (expired is fine): a known device is not
    # slowed down by a stranger's guesses.
    previous_token: Annotated[str, StringConstraints(max_length=200)] | None = None


class PasswordCheck(Strict):
    """POST /auth/verify-password: the signed-in user proves it is still them (unlocking
    the desktop after the idle lock). 204 when right; 401 invalid_credentials when wrong;
    429 too_many_attempts after repeated failures of this device."""

    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    # Asked after the password when the account has a second factor (issue 16).
    one_time_code: OneTimeCode | None = None


VERIFY_PASSWORD_PATH = API_PREFIX + "/auth/verify-password"


class DepartmentOut(Strict):
    code: str
    name: str
    ack_days: int
    feedback_months: int


class PersonOut(Strict):
    """A department member as colleagues see them (no contact data)."""

    id: str
    display_name: str
    role: Role


class UserOut(Strict):
    id: str
    username: str
    display_name: str
    role: Role
    department: DepartmentOut | None


class LoginResponse(Strict):
    token: str
    expires_at: AwareDatetime
    user: UserOut


class DepartmentSettingsOut(Strict):
    """What the department configured that its desktops need (issue 12)."""

    max_piece_bytes: int  # the service's per-file limit for evidence (refused before queueing)
    interview_notice: str = ""  # the notice read at the start of an interview


class SecondFactorOut(Strict):
    """The caller's second factor (issue 16): whether their department requires one,
    whether they enrolled, and how many unused recovery codes are left. Accounts of the
    identity provider have none here (the provider does its own)."""

    required: bool
    enrolled: bool
    recovery_codes_left: int = 0


class MeResponse(Strict):
    user: UserOut
    colleagues: list[PersonOut]
    settings: DepartmentSettingsOut | None = None  # None from a service before issue 12
    # How this device signed in (protocol_signin.SignInMethod values); "password" from a
    # service before issue 16.
    sign_in_method: str = "password"
    second_factor: SecondFactorOut | None = None  # None for accounts of the provider


# --- operator: registering and forwarding ------------------------------------------------


class ReporterIn(Strict):
    """Who reported. 1700 never handles anonymous reports: a name (a person's, or an
    organisation's for an association or business) and a way to reach them are required."""

    kind: ReporterKind
    name: OptionalShortText = ""
    organisation: OptionalShortText = ""
    email: Annotated[str, StringConstraints(strip_whitespace=True, max_length=254)] = ""
    phone: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] = ""
    language: Language = Language.NL

    @model_validator(mode="after")
    def _identifiable(self) -> ReporterIn:
        if not self.name and not (self.kind is not ReporterKind.CITIZEN and self.organisation):
            raise ValueError("anonymous reports are not handled: the reporter's name is required")
        if not self.email and not self.phone:
            raise ValueError(
                "anonymous reports are not handled: an e-mail address or phone number is required"
            )
        if self.email and (
            "@" not in self.email or self.email.startswith("@") or self.email.endswith("@")
        ):
            raise ValueError("the reporter's e-mail address is not valid")
        return self


class ReportIn(Strict):
    channel: Channel
    category: Category
    received_at: AwareDatetime
    summary: Summary
    description: LongText
    involved_entity: ShortText
    involved_persons: Annotated[list[ShortText], Field(max_length=50)] = []
    reporter: ReporterIn | None = None  # None is refused with ErrorCode.ANONYMOUS_REPORT


class ReportCreated(Strict):
    id: str
    reference: str
    status: Status


class ForwardRequest(Strict):
    department: Code
    note: Reason = ""


class ReportOut(Strict):
    """A report as the 1700 desk sees it in its listings (no confidential notes)."""

    id: str
    reference: str
    status: Status
    department: str | None
    received_at: AwareDatetime
    category: Category
    summary: str
    return_reason: str | None


# --- investigator: the change feed -----------------------------------------------------


class CaseEventOut(Strict):
    id: str
    at: AwareDatetime
    actor: str  # display name; a department name for what happened elsewhere
    kind: EventKind
    from_status: Status | None
    to_status: Status | None
    outcome: Outcome | None = None
    reason: str | None = None
    assignee: str | None = None  # for "assigned": the new assignee's name (None: unassigned)


Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
# Also a name an older release stored: what reorders its display goes wherever it is read.
FileName = Annotated[str, AfterValidator(without_bidi_controls)]


class AttachmentOut(Strict):
    """A file kept with a case by content address: added by 1700 at registration (the
    e-mail or chat transcript) or by the reporter with an answer."""

    sha256: Sha256
    name: FileName  # sanitised on arrival: no path, no control characters
    size: int
    media_type: str
    added_at: AwareDatetime
    added_by: str  # "1700" or a department-facing label for the reporter, never a name


class MessageOut(Strict):
    """One message of the conversation with the reporter, as the department sees it (never
    the reporter's address)."""

    id: str  # the client's message_id
    kind: MessageKind
    state: MessageState  # never QUEUED: that exists on the desktop only
    body: str  # the question or letter as the investigator wrote it
    author: str  # display name; a department name for what happened elsewhere
    created_at: AwareDatetime
    answer_due: date | None = None  # information requests: last day to answer (Brussels)
    sent_at: AwareDatetime | None = None
    delivery_attempts: int = 0
    delivery_error: str | None = None  # why it was not delivered; no address, no content
    reminded_at: AwareDatetime | None = None  # the last reminder
    cancelled_at: AwareDatetime | None = None
    answered_at: AwareDatetime | None = None
    answer: str | None = None
    answer_channel: Literal["web", "phone"] | None = None
    attachments: list[AttachmentOut] = []


class NoteVersionOut(Strict):
    """An earlier text of a note (edits never overwrite)."""

    version: int
    body: str
    visibility: NoteVisibility
    edited_at: AwareDatetime


class NoteOut(Strict):
    """A confidential note, sent only to whom domain.notes.may_read allows."""

    id: str  # the client's note_id
    author: PersonOut
    visibility: NoteVisibility
    body: str
    version: int  # 1 for a note never edited
    created_at: AwareDatetime
    edited_at: AwareDatetime  # == created_at for a note never edited
    earlier: list[NoteVersionOut] = []  # oldest first, the current text not among them


class RecusalOut(Strict):
    """A department member who declared a conflict of interest on the case."""

    person: PersonOut
    at: AwareDatetime
    reason: str | None = None  # optional; the manager reads it to reassign


class RelatedCaseOut(Strict):
    """A case of the viewer's own department that names the same person or entity."""

    id: str
    reference: str


class RelatedOut(Strict):
    """Related cases as one viewer sees them (intake/related.py): links within the
    department, and for its managers the names of other departments with a related case
    (1700 is the contact; nothing of that case itself)."""

    same_department: list[RelatedCaseOut] = []  # newest first
    other_departments: list[str] = []  # department names; managers only


class CaseOut(Strict):
    id: str
    reference: str
    version: int
    department: str
    status: Status
    outcome: Outcome | None
    channel: Channel
    category: Category
    received_at: AwareDatetime
    forwarded_at: AwareDatetime
    acknowledged_at: AwareDatetime | None
    closed_at: AwareDatetime | None
    summary: str
    description: str
    involved_entity: str
    involved_persons: list[str]
    reporter_kind: ReporterKind  # never the reporter's identity
    reporter_language: Language = Language.NL  # for letters in the reporter's language
    reporter_reachable_by_email: bool = True  # False: messages go through 1700 by phone
    assignee: PersonOut | None
    events: list[CaseEventOut]
    feedback_sent_at: AwareDatetime | None = None  # meets the 3-month deadline
    messages: list[MessageOut] = []  # oldest first
    attachments: list[AttachmentOut] = []  # added by 1700 at registration
    # Per viewer: the notes they may read; whether they declared no conflict of interest
    # (a member who recused no longer receives the case at all: a tombstone).
    notes: list[NoteOut] = []  # oldest first
    conflict_declared: bool = False
    recusals: list[RecusalOut] = []
    needs_reassignment: bool = False  # someone recused; cleared by the next assignment
    # Allegations, findings and tasks the viewer's department recorded (never another
    # department's, never to 1700).
    investigation: Investigation = EMPTY_INVESTIGATION
    closing_ground: ClosingGround | None = None  # closed without investigation: why
    related: RelatedOut = RelatedOut()  # per viewer: related cases (intake/related.py)


class ChangeOut(Strict):
    seq: int
    case_id: str
    deleted: bool  # a tombstone: the case left the department
    case: CaseOut | None


class ChangesResponse(Strict):
    changes: list[ChangeOut]
    cursor: int  # pass back as ?cursor= to continue
    has_more: bool
    remaining: int  # changes after this page, for progress
    reset: bool = False  # the cursor is ahead of the service: drop local state, start at 0


# --- the relay to the reporter (additions) ---------------------------------------------

REPORTER_LABEL = "reporter"
"""CaseEventOut.actor and AttachmentOut.added_by for what the reporter did (answered, sent a
file): a label for the desktop to translate, never a name."""
RELAY_LABEL = "relay"
"""CaseEventOut.actor for what the relay did by itself (a delivery failed, a request
expired)."""
CENTRAL_DESK_LABEL = "1700"
"""AttachmentOut.added_by for files 1700 attached at registration."""

DELIVERY_NO_EMAIL = "no_email"
"""MessageOut.delivery_error when the reporter has no e-mail address: 1700 calls them."""

Answer = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]


class PhoneAnswerIn(Strict):
    """An answer the reporter gave 1700 by phone, logged by the operator."""

    answer: Answer


class PhoneRequestOut(Strict):
    """An open information request 1700 must put to the reporter by phone (the reporter
    has no e-mail address, or the mail could not be delivered)."""

    message_id: str
    reference: str
    department: str  # the asking department's name
    question: str  # to read out to the reporter
    answer_due: date | None
    created_at: AwareDatetime
    delivery_error: str | None
    reporter_name: str
    reporter_phone: str
    reporter_language: Language
