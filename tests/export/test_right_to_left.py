"""Arabic and Hebrew in a dossier print as a reader reads them: right to left, Arabic
letters joined, mixed Dutch paragraphs in order, every glyph drawable, and still escaped
and redacted without a trace."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace

import pytest
from arabic_reshaper.letters import LETTERS_ARABIC  # type: ignore[import-untyped]
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

from investigator_app.export.fonts import SANS, SANS_BOLD, register_fonts
from investigator_app.export.model import DossierCase, DossierNote
from investigator_app.export.options import ExportOptions, Profile
from investigator_app.export.page_canvas import MARGIN_X, PAGE_WIDTH
from investigator_app.export.render import render_dossier
from investigator_app.export.rtl import display_runs, font_for, shape
from investigator_app.export.sample import sample_case
from tests.export.pdf_reading import all_text

NAME = "أحمد بن علي"
# The name as joined letters: alef-hamza alone, hah initial, meem medial, dal final; ...
NAME_JOINED = "\ufe83\ufea3\ufee4\ufeaa \ufe91\ufee6 \ufecb\ufee0\ufef2"
NOTE = "ملاحظة: لم يرد بعد."
# ... and lam-alef one ligature.
NOTE_JOINED = "\ufee3\ufefc\ufea3\ufec8\ufe94: \ufedf\ufee2 \ufef3\ufeae\ufea9 \ufe91\ufecc\ufeaa."
HEBREW = "השיחה התקיימה בבית העירייה."
PERSON_HEBREW = "שרה כהן"
QUESTION = "هل يمكنك تأكيد تاريخ الرحلة؟"
DESCRIPTION = f"De aannemer {NAME} betaalde de reis. Een getuige zei: {HEBREW} Daarna niets."


def squashed(text: str) -> str:
    """The letters and digits in order: where pypdf puts spaces and punctuation around a
    change of direction is its own business."""
    return "".join(re.findall(r"\w", text))


def case_in_two_scripts() -> DossierCase:
    case = sample_case(messages=1)
    message = replace(case.messages[0], body=QUESTION, answer=HEBREW)
    return replace(
        case,
        summary=f"رشوة في البلدية — {NAME}",
        description=DESCRIPTION,
        involved_persons=(NAME, PERSON_HEBREW, "Piet Fictief"),
        notes=(DossierNote("n1", "An Peeters", case.received_at, NOTE),),
        messages=(message,),
    )


def render(case: DossierCase, **options: object) -> bytes:
    chosen = ExportOptions(profile=Profile.FULL, reader="Sara", made_by="An", **options)  # type: ignore[arg-type]
    return render_dossier(case, chosen).data


def test_arabic_and_hebrew_read_in_order_with_arabic_letters_joined() -> None:
    text = all_text(render(case_in_two_scripts()))
    flat = squashed(text)
    # Summary, persons, the mixed description, the note, the question and the answer.
    assert squashed(f"رشوة في البلدية — {NAME}") not in flat  # never the unjoined letters
    assert squashed(shape("رشوة في البلدية") + " — " + NAME_JOINED) in flat
    assert squashed(f"De aannemer {NAME_JOINED} betaalde de reis. Een getuige zei:") in flat
    assert squashed(HEBREW) in flat and squashed(PERSON_HEBREW) in flat
    assert squashed(NOTE_JOINED) in flat
    assert squashed(shape(QUESTION)) in flat
    # What a reader copies out of the page is the text as written.
    assert squashed(NAME) in squashed(unicodedata.normalize("NFKC", text))


def _line_starts(data: bytes, needle: str) -> list[float]:
    """Where the page's text runs that hold ``needle``'s letters start (x, in points)."""
    starts: list[float] = []
    for page in PdfReader(io.BytesIO(data)).pages:

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if set(needle.replace(" ", "")) <= set(text):
                starts.append(tm[4] * cm[0] + cm[4])

        page.extract_text(visitor_text=visit)
    return starts


def test_a_right_to_left_paragraph_is_right_aligned_and_a_mixed_one_left() -> None:
    data = render(case_in_two_scripts())
    [person] = _line_starts(data, PERSON_HEBREW)
    assert person > PAGE_WIDTH / 2  # a short Hebrew line ends at the right margin
    [dutch_person] = _line_starts(data, "Piet Fictief")
    assert dutch_person < MARGIN_X + 10
    assert min(_line_starts(data, "De aannemer")) == pytest.approx(dutch_person)


def test_a_redacted_arabic_word_leaves_only_a_bar_and_markup_stays_text() -> None:
    case = replace(
        case_in_two_scripts(),
        description=f"<b>Betaald</b> & gezwegen: de aannemer {NAME}. تم دفع الرشوة في مارس.",
    )
    data = render(case, redact_phrases=("الرشوة",))
    text = all_text(data)
    plain = unicodedata.normalize("NFKC", text)
    assert "الرشوة" not in plain and "الرشوة"[::-1] not in plain
    assert "<b>Betaald</b> & gezwegen: de aannemer" in text
    assert squashed(shape("تم دفع")) in squashed(text) and squashed(shape("في مارس.")) in squashed(
        text
    )


def test_runs_of_markup_keep_their_place_and_brackets_turn() -> None:
    # A bar (one run) between two Arabic words of a Dutch sentence stays between them.
    pieces = display_runs(["zei: אבג ", "\u00a0\u00a0", " דהו. Einde"], rtl=False)
    assert pieces == [(0, "zei: "), (2, "והד "), (1, "\u00a0\u00a0"), (0, " גבא"), (2, ". Einde")]
    # In a right-to-left line an opening bracket is drawn as the closing one.
    assert display_runs(["אבג (דה)"], rtl=True) == [(0, "(הד) גבא")]


@pytest.mark.parametrize("face", [SANS, SANS_BOLD])
def test_every_letter_the_dossier_writes_has_a_glyph(face: str) -> None:
    """Every form of every Arabic letter the shaping can write, the lam-alef ligatures and
    the Hebrew letters: drawn by DejaVu or, where it lacks them, by the Arabic face."""
    register_fonts()
    letters = {chr(code) for code in range(0x05D0, 0x05EB)}  # Hebrew
    letters |= {chr(code) for code in range(0xFEF5, 0xFEFD)}  # lam-alef
    letters |= {"٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"[i] for i in range(20)}  # Arabic-Indic digits
    for letter, forms in LETTERS_ARABIC.items():
        letters |= {letter, *(form for form in forms if form)}
    lacking = []
    for letter in sorted(letters):
        used = font_for(letter, face)
        if ord(letter) not in pdfmetrics.getFont(used).face.charToGlyph:
            lacking.append(f"U+{ord(letter):04X} {unicodedata.name(letter, '?')}")
    assert lacking == []
