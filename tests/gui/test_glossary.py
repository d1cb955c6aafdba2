"""One word for one thing (docs/glossary.md): every translatable string of the desktop (as
lupdate finds it in the sources and forms now), its English translation, the dossier's
words in both languages and the letters to the reporter are held against the words the
glossary rules out. A new string with such a word fails here, whoever adds it."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from investigator_app.accountability import formats
from investigator_app.domain.evidence import PieceType
from investigator_app.domain.interviews import Capacity, StatementKind
from investigator_app.domain.investigation import ClosingGround, Conclusion, FollowUp, TaskState
from investigator_app.domain.letters import LetterKind, template
from investigator_app.domain.vocabulary import Language
from investigator_app.export import interview_record_texts as record_texts, texts
from investigator_app.export.texts_evidence import EvidenceCode, evidence_term
from investigator_app.export.texts_investigation import term

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "investigator_en.ts"

# (pattern, what to write instead); matched case-insensitively on the text without "&".
DUTCH_NOT: tuple[tuple[str, str], ...] = (
    (r"\bafgesloten\b", "afgerond (a case)"),
    (r"\bafsluiting\b", "afronding (a case)"),
    (r"\bafslui(?:t|ten)\b", "afronden (a case); afsluiten quits the app only"),
    (r"auditspoor|\baudit ?log\b|\baudit trail\b", "Audittrail"),
    (r"geachte melder", "Beste melder,"),
    (r"beste melder(?!,)", "Beste melder, (with the comma)"),
    (r"\bverstu(?:u)?r", "verzenden, verzonden"),
    (r"\bverzoek", "vraag (om bijkomende informatie)"),
    (r"\bbeschuldiging|\baantijging", "tenlastelegging"),
    (r"\bvaststelling", "bevinding"),
    (r"\bgedeeltelijk gegrond|\bonbepaald", "deels gegrond, niet vast te stellen"),
    (r"\bactiepunt|\bto-?do\b", "onderzoekstaak, taak"),
    (r"\beigenaar", "verantwoordelijke"),
    (r"\bvervaldatum|\bdeadline", "uiterlijk op (a date), termijn (a deadline)"),
    (r"\bklokkenluider|\bindiener\b|\baangever\b", "melder"),
    (r"\b(?:in|uit)loggen\b|\b(?:in|uit)gelogd\b", "aanmelden, afmelden"),
    (r"\bwraking", "onthouden (wegens een belangenconflict)"),
    (r"\bbehandelteam", "dossierteam"),
    (r"\bbewaarketen|\bchain of custody\b", "bewaringsketen"),
    (r"\bcorrupt", "beschadigd"),
    (r"\bondervraging", "verhoor"),
    (r"\bcorrectie", "verbetering"),
    (r"\bherkomst", "bron (van een stuk)"),
)
ENGLISH_NOT: tuple[tuple[str, str], ...] = (
    (r"\bdossiers?\b", "case file"),
    (r"\baudit log\b", "audit trail"),
    (r"whistle-?blow", "reporter"),
    (r"\bcomplainant", "reporter"),
    (r"\blog(?:ged)? (?:in|out)\b|\blogin\b|\blogout\b", "sign in, sign out"),
    (r"\b(?:un)?substantiated\b", "founded, unfounded"),
    (r"\bundetermined\b", "not determinable"),
    (r"dear reporter(?!,)", "Dear reporter, (with the comma)"),
    (r"\baction items?\b|\bto-?dos?\b", "task"),
    (r"\bexit\b", "quit"),
    (r"\bcorrupt", "damaged"),
    (r"\binterrogation|\binterviewee", "interview record, person heard"),
    (r"\bcustody log\b", "chain of custody"),
)


QUITTING = {("MainWindow", "Afsluiten"), ("AccountDialogs", "Toch afsluiten")}

# "melding" as a word of the Dutch source: not "melder", not a compound (the app's name
# Integriteitsmeldingen, the meldingendienst), and "melding(en)" counts.
MELDING = re.compile(r"\bmelding(?:en|\(en\))?\b", re.IGNORECASE)
REPORT = re.compile(r"\breports?\b", re.IGNORECASE)  # "reporter" is right for melder

# A melding is the department's case, and "case" in English. "Report" is right only where
# the text speaks to or about the reporter's own act: (phrase in the Dutch source, the
# English that may then say "report", why). Only that English is let through; any other
# "report" in the same message still fails.
REPORTER_FACING: tuple[tuple[str, str, str], ...] = (
    (
        r"\buw meldingen?\b",
        r"\byour reports?\b",
        "speaking to the reporter about their own report (glossary: 'your report'); "
        "where 'uw meldingen' speaks to the investigator it is 'your cases'",
    ),
    (
        r"\bgevolg aan de melding\b",
        r"\bhow the report (?:is |was |is or was )?followed up\b",
        "the feedback tells the reporter what follow-up their report was given",
    ),
    (
        r"\bdat de melding ontvangen is\b",
        r"\bthat the report was received\b",
        "the acknowledgement tells the reporter their report was received",
    ),
    (
        r"\bjaarverslag\b",
        r"\byearly report\b",
        "the yearly report (jaarverslag) is a report about the cases, not a case",
    ),
    (
        r"^melding aan het parket$",
        r"^report to the public prosecutor$",
        "a recommended follow-up (glossary): a report to the prosecutor, not the case",
    ),
)

# Fixed terms (glossary rows): wherever the Dutch says the left, the English says the right.
TERMS: tuple[tuple[str, str], ...] = (
    (r"\bbetrokken entiteit\b", "involved entity"),
    (r"\bte herverdelen\b", "to be reassigned"),
    (r"\bbetrokken personen\b|\bbetrokkenen\b", "involved persons"),
    (r"^mijn meldingen$", "my cases"),
    (r"^termijn verstreken$", "deadline passed"),
    (r"\bbewaringsketen\b", "chain of custody"),
    (r"\bbeschadigd\b", "damaged"),
    (r"\bgehoorde persoon\b", "person heard"),
)


def allowed_dutch(context: str, text: str) -> bool:
    """Afsluiten quits the app: the Bestand menu's command, the button that quits anyway,
    and what speaks of the app."""
    return re.search(r"\bapp\b", text, re.IGNORECASE) is not None or (context, text) in QUITTING


def offences(
    strings: list[tuple[str, str]], rules: tuple[tuple[str, str], ...], dutch: bool
) -> list[str]:
    found = []
    for where, raw in strings:
        text = raw.replace("&&", "\0").replace("&", "").replace("\0", "&")
        for pattern, instead in rules:
            if re.search(pattern, text, re.IGNORECASE) is None:
                continue
            if dutch and "afslui" in pattern and allowed_dutch(where.split(":")[0], text):
                continue
            found.append(f"{where}: {raw!r} (write: {instead})")
    return found


def fresh_sources(tmp_path: Path) -> list[tuple[str, str]]:
    """(context, source) of every translatable string of the sources and forms now."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations as updater
    finally:
        sys.path.pop(0)
    listing = tmp_path / "sources.lst"
    listing.write_text("\n".join(str(ROOT / p) for p in updater.source_files()), "utf-8")
    ts = tmp_path / "fresh.ts"
    subprocess.run(
        [str(updater.tool("pyside6-lupdate")), f"@{listing}", "-silent", "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return _messages(ts, translations=False)


def _messages(ts: Path, *, translations: bool) -> list[tuple[str, str]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if not translations:
                found.append((f"{name}: {source[:60]}", source))
                continue
            node = message.find("translation")
            if node is None or node.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            found += [(f"{name}: {source[:60]}", form) for form in forms if form]
    return found


def _translated(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translated forms) of every current message of ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            found.append((name, message.findtext("source") or "", forms))
    return found


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def melding_as_report(messages: list[tuple[str, str, list[str]]]) -> list[str]:
    """Messages whose Dutch melding is the department's case but whose English says
    "report", outside the reporter-facing phrases of REPORTER_FACING."""
    found = []
    for context, raw_source, forms in messages:
        source = _plain(raw_source)
        if MELDING.search(source) is None:
            continue
        allowed = [
            english
            for dutch, english, _why in REPORTER_FACING
            if re.search(dutch, source, re.IGNORECASE)
        ]
        for form in forms:
            rest = _plain(form)
            for english in allowed:
                rest = re.sub(english, "", rest, flags=re.IGNORECASE)
            if REPORT.search(rest):
                found.append(f"{context}: {raw_source[:60]!r} -> {form!r} (write: case)")
    return found


def terms_not_kept(messages: list[tuple[str, str, list[str]]]) -> list[str]:
    found = []
    for context, raw_source, forms in messages:
        source = _plain(raw_source)
        for dutch, english in TERMS:
            if re.search(dutch, source, re.IGNORECASE) is None:
                continue
            found += [
                f"{context}: {raw_source[:60]!r} -> {form!r} (write: {english})"
                for form in forms
                if english not in _plain(form).lower()
            ]
    return found


def dossier_words() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The dossier's and the letters' words: (Dutch, English), each with where it is."""
    dutch = [(f"export/texts: {k[:40]}", k) for k in texts._EN]
    english = [(f"export/texts: {k[:40]}", v) for k, v in texts._EN.items()]
    dutch += [(f"export/texts: {code}", word) for code, word in texts._LABELS_NL.items()]
    english += [(f"export/texts: {code}", word) for code, word in texts._LABELS_EN.items()]
    codes: list[ClosingGround | Conclusion | FollowUp | TaskState] = [
        *ClosingGround,
        *Conclusion,
        *FollowUp,
        *TaskState,
    ]
    dutch += [(f"export/texts_investigation: {c}", term(c, "nl")) for c in codes]
    dutch += [(f"export/interview_record_texts: {k[:40]}", k) for k in record_texts._EN]
    english += [
        (f"export/interview_record_texts: {k[:40]}", v) for k, v in record_texts._EN.items()
    ]
    evidence_codes: list[EvidenceCode] = [*PieceType, *Capacity, *StatementKind]
    dutch += [(f"export/texts_evidence: {c}", evidence_term(c, "nl")) for c in evidence_codes]
    english += [(f"export/texts_evidence: {c}", evidence_term(c, "en")) for c in evidence_codes]
    for table in (formats.TABLE_TITLES, formats.METRIC_LABELS, formats.GROUP_LABELS):
        for code, (nl, en) in table.items():
            dutch.append((f"accountability/formats: {code}", nl))
            english.append((f"accountability/formats: {code}", en))
    english += [(f"export/texts_investigation: {c}", term(c, "en")) for c in codes]
    for kind in LetterKind:
        for language, side in ((Language.NL, dutch), (Language.EN, english)):
            letter = template(kind, language)
            side += [
                (f"letters: {kind} {language}", part)
                for part in (letter.opening, letter.middle, letter.closing)
            ]
    return dutch, english


def test_no_desktop_string_uses_a_word_the_glossary_rules_out(tmp_path: Path) -> None:
    assert offences(fresh_sources(tmp_path), DUTCH_NOT, dutch=True) == []


def test_the_english_translation_uses_the_glossarys_english() -> None:
    assert offences(_messages(TS, translations=True), ENGLISH_NOT, dutch=False) == []


def test_a_melding_is_a_case_in_english() -> None:
    """The department's melding is a "case"; "report" only where the reporter's own act
    is meant (REPORTER_FACING)."""
    assert melding_as_report(_translated(TS)) == []


def test_every_reporter_facing_exception_is_still_needed() -> None:
    """An exception no message uses any more goes, so the list stays the real one."""
    sources = [_plain(source) for _, source, _ in _translated(TS)]
    unused = [
        dutch
        for dutch, _english, _why in REPORTER_FACING
        if not any(re.search(dutch, s, re.IGNORECASE) for s in sources)
    ]
    assert unused == []


def test_the_fixed_terms_are_translated_as_the_glossary_says() -> None:
    assert terms_not_kept(_translated(TS)) == []


def test_the_dossier_and_the_letters_use_the_glossary() -> None:
    dutch, english = dossier_words()
    assert offences(dutch, DUTCH_NOT, dutch=True) == []
    assert offences(english, ENGLISH_NOT, dutch=False) == []


def test_every_letter_opens_with_the_same_greeting() -> None:
    greetings = {
        template(kind, language).opening.splitlines()[0]
        for kind in LetterKind
        for language in (Language.NL, Language.EN)
    }
    assert greetings == {"Beste melder,", "Dear reporter,"}
    assert texts.Texts("nl")("Beste melder,") == "Beste melder,"
    assert texts.Texts("en")("Beste melder,") == "Dear reporter,"


def test_the_rules_catch_what_they_are_for() -> None:
    """The checks themselves: each rule finds its word, and quitting the app may say
    afsluiten."""
    said = [
        ("CaseDialogs: x", "Afsluiten"),
        ("Labels: x", "Afgesloten"),
        ("X: x", "Opgeslagen in het auditspoor"),
        ("X: x", "Geachte melder,"),
        ("X: x", "Nog niet verstuurd"),
        ("MainWindow: x", "A&fsluiten"),
        ("Shortcuts: x", "De app afsluiten"),
    ]
    assert [line.split(":")[0] for line in offences(said, DUTCH_NOT, dutch=True)] == [
        "CaseDialogs",
        "Labels",
        "X",
        "X",
        "X",
    ]
    assert len(offences([("X: x", "Export the dossier")], ENGLISH_NOT, dutch=False)) == 1


def test_the_melding_rule_catches_what_it_is_for() -> None:
    """A case called "report" fails, numerus forms too; "reporter", another sense of the
    Dutch (the server "meldt"), a compound and the reporter-facing phrases pass; an
    exception lets only its own English through."""
    said = [
        ("MainWindow", "&Melding", ["&Report"]),
        ("CaseList", "%1 van %2 meldingen", ["%1 of %2 reports"]),
        ("MainWindow", "open de gemarkeerde melding(en).", ["the case.", "the reports."]),
        ("X", "Beste melder", ["Dear reporter,"]),
        ("X", "De server meldt een fout.", ["The server reports an error."]),
        ("X", "Integriteitsmeldingen", ["Integrity reports"]),
        ("X", "Melding afronden", ["Close case"]),
        ("X", "welk gevolg aan de melding gegeven werd", ["how the report was followed up"]),
        ("X", "haal uw meldingen op", ["fetch your reports"]),
        (
            "Y",
            "dat de melding ontvangen is; open de melding",
            ["that the report was received; open the report"],
        ),
    ]
    assert [line.split(":")[0] for line in melding_as_report(said)] == [
        "MainWindow",
        "CaseList",
        "MainWindow",
        "Y",
    ]
    terms = [
        ("A", "Betrokken entiteit", ["Department concerned"]),
        ("B", "Te herverdelen", ["To reassign"]),
        ("C", "Te herverdelen: wijs opnieuw toe", ["To be reassigned: assign again"]),
    ]
    assert [line.split(":")[0] for line in terms_not_kept(terms)] == ["A", "B"]
