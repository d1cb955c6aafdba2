"""Which characters of which text field a copy blacks out."""

from __future__ import annotations

from investigator_app.export.options import ExportOptions, Span
from investigator_app.export.safe_text import phrase_spans


def field_key_event_reason(index: int) -> str:
    return f"event:{index}:reason"


def field_key_message(message_id: str, part: str) -> str:
    """``part`` is ``body`` or ``answer``."""
    return f"message:{message_id}:{part}"


def field_key_note(note_id: str) -> str:
    return f"note:{note_id}"


def field_key_allegation(allegation_id: str, part: str) -> str:
    """``part`` is ``text``, ``person:<index>`` or ``withdrawn`` (the reason)."""
    return f"allegation:{allegation_id}:{part}"


def field_key_finding(allegation_id: str, part: str) -> str:
    """The finding on an allegation; ``part`` is ``motivation`` or ``follow_up``."""
    return f"finding:{allegation_id}:{part}"


def field_key_task(task_id: str) -> str:
    return f"task:{task_id}"


def field_key_piece_withdrawn(piece_id: str) -> str:
    """Why a piece was withdrawn (the annex prints it)."""
    return f"piece:{piece_id}:withdrawn"


def field_key_interview(interview_id: str, part: str) -> str:
    """An interview record's text; ``part`` is ``statement:<index>`` or ``remarks``."""
    return f"interview:{interview_id}:{part}"


class Redactor:
    def __init__(self, options: ExportOptions) -> None:
        self._by_field: dict[str, list[Span]] = {}
        for span in options.redact_spans:
            self._by_field.setdefault(span.field, []).append(span)
        self._phrases = options.redact_phrases

    def spans(self, field: str | None, text: str) -> list[tuple[int, int]]:
        """The chosen spans of ``field`` (None: a text without its own key, such as a name)
        and every occurrence of the phrases to black out everywhere."""
        chosen = [(span.start, span.end) for span in self._by_field.get(field or "", [])]
        return chosen + phrase_spans(text, self._phrases) if self._phrases else chosen
