"""Untrusted text into paragraph markup: literal, clean, redacted without a trace."""

from __future__ import annotations

from investigator_app.export.fonts import SANS, register_fonts
from investigator_app.export.safe_text import NBSP, clean, merge_spans, phrase_spans, to_markup
from investigator_app.gui.dossiers.export_dialog import utf16_to_index


def test_markup_characters_are_escaped() -> None:
    register_fonts()
    assert to_markup("<b>x</b> & <img src='/etc/passwd'/>", font=SANS, size=10) == (
        "&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src='/etc/passwd'/&gt;"
    )


def test_control_characters_go_and_line_breaks_stay() -> None:
    assert clean("a\x00b\x1b[0m\r\nc\td\u200ee\ud800") == "ab[0m\nc de?"


def test_spans_are_clipped_and_merged() -> None:
    assert merge_spans([(5, 9), (-3, 2), (8, 12), (40, 50), (3, 3)], 20) == [(0, 2), (5, 12)]


def test_phrases_match_any_case() -> None:
    assert phrase_spans("Jan en jan en JAN", ["jan"]) == [(0, 3), (7, 10), (14, 17)]
    assert phrase_spans("x", ["", "  "]) == []


def test_a_redacted_passage_leaves_only_a_bar() -> None:
    register_fonts()
    markup = to_markup("geheim woord hier", [(0, 12)], font=SANS, size=10)
    assert "geheim" not in markup and "woord" not in markup
    assert markup.startswith('<span backColor="#000000">') and markup.endswith(" hier")
    bar = markup.split(">", 1)[1].split("<", 1)[0]
    assert set(bar) <= {NBSP, " "} and bar.count(" ") == 1  # one gap: two words


def test_qt_selection_offsets_become_string_indices() -> None:
    text = "😀 abc"  # the emoji is two UTF-16 units, one Python character
    assert utf16_to_index(text, 3) == 2
    assert text[utf16_to_index(text, 3) :] == "abc"
