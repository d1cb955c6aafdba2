"""The reader's name on a copy: whatever name the export takes fits every page of every
profile (cover, footer, watermark), however it is written; a longer one is refused at the
input. Real PDFs, read back as a reader would."""

from __future__ import annotations

import re

import pytest

from investigator_app.export.options import READER_MAX_LENGTH, ExportOptions, Profile
from investigator_app.export.render import render_dossier
from investigator_app.export.sample import sample_case
from tests.export.pdf_reading import read_pages

LONGEST = {
    "words": ("Karel Chef, diensthoofd Archief en Documentbeheer " * 10)[:READER_MAX_LENGTH],
    "line breaks": "K\n" * (READER_MAX_LENGTH // 2),
    "one long word": "W" * READER_MAX_LENGTH,
}


def squash(text: str) -> str:
    """Text without whitespace: wrapped words and lines joined."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("profile", list(Profile))
@pytest.mark.parametrize("reader", LONGEST.values(), ids=LONGEST.keys())
def test_the_longest_reader_fits_every_page(profile: Profile, reader: str) -> None:
    options = ExportOptions(profile, reader=reader, made_by="An Peeters")
    rendered = render_dossier(sample_case(), options)
    pages = read_pages(rendered.data)
    assert rendered.pages == len(pages) >= 1
    name = squash(reader)
    for number, page in enumerate(pages, start=1):
        # The whole name and the copy id in the watermark of every page, and every page
        # numbered (the footer keeps its place however long the name is).
        assert name in squash(page.rotated)
        assert str(options.copy_id) in squash(page.rotated)
        assert f"pagina {number} van {len(pages)}" in page.text
        assert str(options.copy_id) in squash(page.text)
    if profile is not Profile.FEEDBACK:  # the cover of a dossier names its reader in full
        assert name in squash(pages[0].text)
    assert options.reader == " ".join(reader.split())  # one line: breaks became spaces


def test_a_longer_reader_is_refused_before_anything_is_rendered() -> None:
    with pytest.raises(ValueError, match=str(READER_MAX_LENGTH)):
        ExportOptions(Profile.FULL, reader="K" * (READER_MAX_LENGTH + 1), made_by="An Peeters")
    with pytest.raises(ValueError):
        ExportOptions(Profile.FULL, reader=" \n\t ", made_by="An Peeters")
