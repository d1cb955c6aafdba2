"""PDF dossier benchmark: a 1,000-event dossier with messages, our export against plain
reportlab laying out the same flowables.

    uv run python bench/pdf_bench.py [--events 1000] [--messages 100] [--runs 5]

Prints the median seconds, pages and pages/s of both, and the ratio.
Targets: our export <= 2 s, and <= 2x plain reportlab.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import UTC, datetime

from reportlab.platypus import SimpleDocTemplate  # type: ignore[import-untyped]

from investigator_app.export.fonts import SANS, register_fonts
from investigator_app.export.options import ExportOptions, Profile
from investigator_app.export.page_canvas import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PageDecoration,
)
from investigator_app.export.render import build_story, render_dossier
from investigator_app.export.sample import sample_case


def plain(case_events: int, messages: int) -> tuple[float, int]:
    """The same flowables through SimpleDocTemplate: no page decoration, watermark, contents
    or copy hash. Both sides are timed from the case model to the PDF bytes."""
    case = sample_case(case_events, messages)
    options = ExportOptions(Profile.FULL, reader="Bench", made_by="Bench")
    started = time.perf_counter()
    story = build_story(case, options, PageDecoration("", "", "", "", ""), datetime.now(UTC))
    story = [f for f in story if type(f).__name__ != "TocPlaceholder"]
    target = io.BytesIO()
    doc = SimpleDocTemplate(  # the same page and frame, so the same pages
        target,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=SANS,
    )
    doc.build(story)
    return time.perf_counter() - started, doc.page


def ours(case_events: int, messages: int) -> tuple[float, int]:
    case = sample_case(case_events, messages)
    options = ExportOptions(Profile.FULL, reader="Bench", made_by="Bench")
    started = time.perf_counter()
    rendered = render_dossier(case, options)
    return time.perf_counter() - started, rendered.pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    register_fonts()
    plain(50, 5)  # warm up both: font files parsed, modules imported, caches filled
    ours(50, 5)
    runs: dict[str, list[tuple[float, int]]] = {"plain reportlab": [], "our export": []}
    for _ in range(args.runs):  # interleaved, so drift of the machine hits both alike
        runs["plain reportlab"].append(plain(args.events, args.messages))
        runs["our export"].append(ours(args.events, args.messages))
    results = {}
    for name, measured in runs.items():
        median = statistics.median(seconds for seconds, _pages in measured)
        pages = measured[-1][1]
        results[name] = median
        print(f"{name:16s} {median:6.2f} s  {pages:4d} pages  {pages / median:6.0f} pages/s")
    ratio = results["our export"] / results["plain reportlab"]
    print(f"ratio            {ratio:6.2f} x   (targets: <= 2 s, <= 2 x)")


if __name__ == "__main__":
    main()
