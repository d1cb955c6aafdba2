"""The yearly report as JSON, CSV, XLSX (one sheet per table) and PDF (the dossier's house
style: its fonts, colours and page canvas, with tables and a bar chart). Every format
writes the rows of ``yearly.build_report`` as they are: the numbers are computed once."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from functools import partial
from typing import Any

from investigator_app.accountability.yearly import (
    ALL,
    CONCLUSION_KEYS,
    GROUND_KEYS,
    Metric,
    Row,
    TableKey,
    Value,
    YearlyReport,
)
from investigator_app.domain.investigation import ClosingGround, Conclusion
from investigator_app.domain.vocabulary import Category, Channel, Outcome

FORMATS = ("json", "csv", "xlsx", "pdf")
MEDIA_TYPES = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}
COLUMNS = ("table", "scope", "group", "metric", "current", "previous")

TABLE_TITLES: dict[TableKey, tuple[str, str]] = {
    TableKey.OVERVIEW: ("Overzicht", "Overview"),
    TableKey.GROUNDS: ("Afgerond zonder onderzoek, per grond", "Closed without investigation"),
    TableKey.OUTCOMES: ("Uitkomst per melding", "Outcome per report"),
    TableKey.CONCLUSIONS: ("Bevinding per tenlastelegging", "Finding per allegation"),
    TableKey.CATEGORIES: ("Per categorie", "By category"),
    TableKey.CHANNELS: ("Per kanaal", "By channel"),
}
METRIC_LABELS: dict[str, tuple[str, str]] = {
    Metric.RECEIVED: ("ontvangen", "received"),
    Metric.FORWARDED: ("doorgestuurd", "forwarded"),
    Metric.REROUTED: ("heroriënteerd", "re-routed"),
    Metric.RETURNED: ("teruggestuurd naar 1700", "returned to 1700"),
    Metric.STILL_OPEN: ("nog in behandeling", "still being handled"),
    Metric.ACK_MET: ("ontvangstbevestiging tijdig", "acknowledgement on time"),
    Metric.ACK_MISSED: ("ontvangstbevestiging te laat", "acknowledgement missed"),
    Metric.FEEDBACK_MET: ("terugkoppeling tijdig", "feedback on time"),
    Metric.FEEDBACK_MISSED: ("terugkoppeling te laat", "feedback missed"),
    Metric.CLOSED: ("afgerond", "closed"),
    Metric.WITHOUT_INVESTIGATION: ("afgerond zonder onderzoek", "closed without investigation"),
    Metric.INVESTIGATED: ("onderzocht", "investigated"),
    Metric.DAYS_MEDIAN: ("behandelduur, mediaan (dagen)", "handling time, median (days)"),
    Metric.DAYS_P90: ("behandelduur, 90e percentiel (dagen)", "handling time, 90th pct (days)"),
    "allegations": ("tenlasteleggingen", "allegations"),
}
GROUP_LABELS: dict[str, tuple[str, str]] = {
    "not_recorded": ("grond niet vastgelegd", "ground not recorded"),
    "no_finding": ("zonder bevinding", "without finding"),
    "withdrawn": ("ingetrokken", "withdrawn"),
}
_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Jaarverslag integriteitsmeldingen", "Yearly report on integrity reports"),
    "period": ("Periode", "Period"),
    "previous": ("Vorige periode", "Previous period"),
    "made": ("Opgemaakt op", "Made on"),
    "scope_all": ("Alle diensten", "All departments"),
    "domain": ("Beleidsdomein", "Policy domain"),
    "department": ("Dienst", "Department"),
    "none": ("geen", "none"),
    "chart": ("Ontvangen meldingen per dienst", "Reports received per department"),
    "cohorts": (
        "Ontvangen, doorgestuurd, teruggestuurd, heroriënteerd, termijnen en nog in "
        "behandeling: de meldingen ontvangen in de periode. Afgerond, gronden, "
        "uitkomsten, bevindingen en behandelduur: de meldingen afgerond in de periode. "
        "Alleen aantallen: geen namen, geen referenties.",
        "Received, forwarded, returned, re-routed, deadlines and still being handled: the "
        "reports received in the period. Closed, grounds, outcomes, findings and handling "
        "time: the reports closed in the period. Numbers only: no names, no references.",
    ),
    "page": ("pagina {page} van {pages}", "page {page} of {pages}"),
    "what": ("Wat", "What"),
}
_ENUMS: dict[str, Any] = {
    **{c.value: c for c in Category},
    **{c.value: c for c in Channel},
    **{o.value: o for o in Outcome},
    **{g.value: g for g in ClosingGround},
    **{c.value: c for c in Conclusion},
}


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def text(key: str, language: str = "nl") -> str:
    return _pick(_TEXTS[key], language)


def metric_label(metric: str, language: str = "nl") -> str:
    return _pick(METRIC_LABELS[metric], language)


def group_label(group: str, table: TableKey, language: str = "nl") -> str:
    if group in GROUP_LABELS:
        return _pick(GROUP_LABELS[group], language)
    if table is TableKey.CONCLUSIONS and group in {c.value for c in Conclusion}:
        member: Any = Conclusion(group)
    elif table is TableKey.GROUNDS and group in {g.value for g in ClosingGround}:
        member = ClosingGround(group)
    else:
        member = _ENUMS.get(group, group)
    from investigator_app.export.texts import Texts

    return Texts(language).label(member) if member is not group else group


def scope_label(scope: str, report: YearlyReport, language: str = "nl") -> str:
    if scope == ALL:
        return text("scope_all", language)
    kind, _sep, name = scope.partition(":")
    if kind == "domain":
        return f"{text('domain', language)}: {name}"
    if kind == "department":
        names = {d.code: d.name for d in report.departments}
        return f"{name} · {names.get(name, '')}".rstrip(" ·")
    return scope


# --- JSON, CSV, XLSX ---------------------------------------------------------------------


def to_json(report: YearlyReport) -> dict[str, Any]:
    return {
        "period": {"from": report.period.start.isoformat(), "to": report.period.end.isoformat()},
        "previous_period": {
            "from": report.previous.start.isoformat(),
            "to": report.previous.end.isoformat(),
        },
        "made_at": report.made_at.isoformat(),
        "scopes": report.scopes,
        "departments": [
            {"code": d.code, "name": d.name, "policy_domain": d.policy_domain}
            for d in report.departments
        ],
        "tables": [
            {
                "table": table.key.value,
                "columns": list(COLUMNS[1:]),
                "rows": [[r.scope, r.group, r.metric, r.current, r.previous] for r in table.rows],
            }
            for table in report.tables
        ],
    }


def _cell(value: Value) -> str:
    return "" if value is None else str(value)


def to_csv(report: YearlyReport) -> bytes:
    """One file: a ``table`` column names each row's table."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for table in report.tables:
        for r in table.rows:
            writer.writerow(
                [table.key.value, r.scope, r.group, r.metric, _cell(r.current), _cell(r.previous)]
            )
    return out.getvalue().encode("utf-8")


def to_xlsx(report: YearlyReport) -> bytes:
    """One sheet per table (named by its key), a header row, then the rows."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for table in report.tables:
        sheet = book.create_sheet(title=table.key.value[:31])
        sheet.append(list(COLUMNS[1:]))
        for r in table.rows:
            sheet.append([r.scope, r.group, r.metric, r.current, r.previous])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def render(report: YearlyReport, kind: str, language: str = "nl") -> bytes:
    """The report as ``kind`` (json, csv, xlsx or pdf) bytes."""
    if kind == "json":
        return json.dumps(to_json(report), ensure_ascii=False, indent=1).encode("utf-8")
    if kind == "csv":
        return to_csv(report)
    if kind == "xlsx":
        return to_xlsx(report)
    if kind == "pdf":
        return to_pdf(report, language)
    raise ValueError(f"unknown format {kind!r}")


# --- PDF ----------------------------------------------------------------------------------


def to_pdf(report: YearlyReport, language: str = "nl") -> bytes:
    from reportlab.graphics.charts.barcharts import (  # type: ignore[import-untyped]
        VerticalBarChart,
    )
    from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]
    from reportlab.platypus import (  # type: ignore[import-untyped]
        BaseDocTemplate,
        Frame,
        KeepTogether,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from investigator_app.export.fonts import SANS, SANS_BOLD, register_fonts
    from investigator_app.export.page_canvas import (
        MARGIN_BOTTOM,
        MARGIN_TOP,
        MARGIN_X,
        PAGE_HEIGHT,
        PAGE_WIDTH,
        DossierCanvas,
        PageDecoration,
    )
    from investigator_app.export.safe_text import clean
    from investigator_app.export.styles import ACCENT, INK, MUTED, RULE, make_styles

    register_fonts()
    styles = make_styles()
    t = partial(text, language=language)
    title = f"{t('title')} {report.period.label()}"
    decoration = PageDecoration(
        header_left=title,
        classification="",
        page_label=t("page"),
        footer_left=f"{t('made')} {_day(report.made_at)}",
        watermark="",
    )
    story: list[Any] = [
        Paragraph(clean(title), styles.title),
        Paragraph(
            clean(
                f"{t('period')}: {report.period.start:%d/%m/%Y} – {report.period.end:%d/%m/%Y}"
                f" · {t('previous')}: {report.previous.start:%d/%m/%Y} – "
                f"{report.previous.end:%d/%m/%Y}"
            ),
            styles.subtitle,
        ),
        Spacer(1, 6),
        Paragraph(clean(t("cohorts")), styles.small),
    ]
    # The chart: reports received per department, this period beside the previous one.
    overview = report.table(TableKey.OVERVIEW).rows
    received = {
        r.scope.partition(":")[2]: r
        for r in overview
        if r.scope.startswith("department:") and r.metric == Metric.RECEIVED
    }
    if received:
        codes = sorted(received)
        drawing = Drawing(PAGE_WIDTH - 2 * MARGIN_X, 170)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 30, 30, PAGE_WIDTH - 2 * MARGIN_X - 50, 120
        chart.data = [
            [int(received[c].current or 0) for c in codes],
            [int(received[c].previous or 0) for c in codes],
        ]
        chart.categoryAxis.categoryNames = codes
        chart.categoryAxis.labels.fontName = SANS
        chart.categoryAxis.labels.fontSize = 7
        chart.valueAxis.labels.fontName = SANS
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        chart.bars[0].fillColor = ACCENT
        chart.bars[1].fillColor = RULE
        chart.bars.strokeColor = None
        drawing.add(chart)
        story += [
            Paragraph(clean(t("chart")), styles.heading),
            Paragraph(
                clean(f"{report.period.label()} (■ donker) · {report.previous.label()} (■ licht)")
                if language == "nl"
                else clean(f"{report.period.label()} (dark) · {report.previous.label()} (light)"),
                styles.small,
            ),
            drawing,
        ]
    header_style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), SANS, 8),
            ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("ALIGN", (-2, 0), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    width = PAGE_WIDTH - 2 * MARGIN_X
    head = [t("what"), report.period.label(), report.previous.label()]
    for scope in _scopes_in_order(report):
        story.append(Paragraph(clean(scope_label(scope, report, language)), styles.heading))
        for table in report.tables:
            rows = [r for r in table.rows if r.scope == scope]
            if not rows:
                continue
            data = [head] + [
                [clean(_row_label(r, table.key, language)), _shown(r.current), _shown(r.previous)]
                for r in rows
            ]
            grid = Table(data, colWidths=[width - 140, 70, 70], repeatRows=1, style=header_style)
            story.append(
                KeepTogether(
                    [
                        Paragraph(
                            clean(_pick(TABLE_TITLES[table.key], language)), styles.subheading
                        ),
                        grid,
                    ]
                )
            )
    story.append(Spacer(1, 8))
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        creator="investigator-app",
        lang=language,
        initialFontName=SANS,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=partial(DossierCanvas, decoration=decoration))
    return out.getvalue()


def _scopes_in_order(report: YearlyReport) -> list[str]:
    """The report's scopes, then the top scope of the category and channel tables."""
    order = list(report.scopes)
    for key in (TableKey.CATEGORIES, TableKey.CHANNELS):
        for r in report.table(key).rows:
            if r.scope not in order:
                order.append(r.scope)
    return order


def _row_label(r: Row, table: TableKey, language: str) -> str:
    metric = metric_label(r.metric, language)
    if not r.group:
        return metric
    group = group_label(r.group, table, language)
    if table in (TableKey.CATEGORIES, TableKey.CHANNELS):
        return f"{group}: {metric}"
    return group


def _shown(value: Value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def _day(moment: datetime) -> str:
    from investigator_app.domain.deadlines import BRUSSELS

    return f"{moment.astimezone(BRUSSELS):%d/%m/%Y}"


__all__ = [
    "COLUMNS",
    "CONCLUSION_KEYS",
    "FORMATS",
    "GROUND_KEYS",
    "MEDIA_TYPES",
    "render",
    "to_csv",
    "to_json",
    "to_pdf",
    "to_xlsx",
]
