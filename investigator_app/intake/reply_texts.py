"""The words of the reporter's pages, in Dutch (the fallback) and English."""

from __future__ import annotations

from investigator_app.intake.relay.language import PageLanguage

TEXTS: dict[PageLanguage, dict[str, str]] = {
    "nl": {
        "brand": "1700 — Vlaamse overheid",
        "switch_label": "Taal",
        "help": "Hulp nodig? Bel gratis 1700, op werkdagen van 9 tot 19 uur, en vermeld uw "
        "referentie.",
        "title_request": "Vraag over uw melding",
        "title_acknowledgement": "Ontvangstbevestiging van uw melding",
        "title_feedback": "Terugkoppeling over uw melding",
        "intro_request": "{department} behandelt uw melding met referentie {reference} en "
        "stelt u de volgende vraag.",
        "intro_letter": "Brief van {department} over uw melding met referentie {reference}.",
        "due": "Antwoord ten laatste op {due}.",
        "question_heading": "De vraag",
        "letter_heading": "De brief",
        "answer_label": "Uw antwoord",
        "answer_hint": "Ten hoogste {max_chars} tekens.",
        "files_label": "Bijlagen (niet verplicht)",
        "files_hint": "Ten hoogste {max_files} bestanden van elk ten hoogste {max_size}. "
        "Toegelaten: {types}.",
        "once_hint": "U kunt één keer antwoorden. Daarna werkt deze link niet meer.",
        "submit": "Antwoord versturen",
        "error_summary": "Uw antwoord is niet verstuurd",
        "answer_required": "Vul uw antwoord in.",
        "answer_too_long": "Uw antwoord is langer dan {max_chars} tekens.",
        "form_expired": "Het formulier is verlopen. Verstuur uw antwoord opnieuw.",
        "invalid_form": "Het formulier kwam onvolledig aan. Probeer het opnieuw.",
        "nul_in_answer": "Uw antwoord bevat een nulteken (U+0000), dat we niet kunnen "
        "bewaren. Verwijder het en verstuur opnieuw.",
        "too_many_files": "U kunt ten hoogste {limit} bestanden meesturen.",
        "too_large": "Het bestand {name} is groter dan {limit}.",
        "path_in_name": "Een bestandsnaam bevat een mappad (zoals ../). Geef het bestand een "
        "gewone naam en probeer opnieuw.",
        "type_not_allowed": "Het bestand {name} heeft een type dat niet toegelaten is. "
        "Toegelaten: {types}.",
        "content_mismatch": "De inhoud van het bestand {name} past niet bij het bestandstype.",
        "empty": "Het bestand {name} is leeg.",
        "files_again": "Kies uw bijlagen opnieuw: om veiligheidsredenen onthoudt deze pagina "
        "ze niet.",
        "thanks_title": "Bedankt voor uw antwoord",
        "thanks_body": "{department} heeft uw antwoord over melding {reference} ontvangen. "
        "U kunt dit venster sluiten.",
        "thanks_files": "Ontvangen bijlagen:",
        "unknown_title": "Deze link is niet geldig",
        "unknown_body": "Controleer of u de volledige link uit de e-mail gebruikt.",
        "expired_title": "Deze link is verlopen",
        "expired_body": "De termijn om te antwoorden is voorbij. Bel 1700 als u toch nog "
        "iets wilt laten weten.",
        "used_title": "U hebt deze vraag al beantwoord",
        "used_body": "Uw antwoord is ontvangen. Een link werkt maar één keer.",
        "cancelled_title": "Deze vraag is ingetrokken",
        "cancelled_body": "De dienst heeft deze vraag ingetrokken. U hoeft niet meer te "
        "antwoorden.",
        "replaced_title": "Deze link werkt niet meer",
        "replaced_body": "U kreeg een nieuwere e-mail over deze vraag. Gebruik de link uit de "
        "meest recente e-mail.",
        "body_too_large_title": "Uw bestanden zijn te groot",
        "body_too_large_body": "Samen mogen de bijlagen niet groter zijn dan {limit}. Ga terug "
        "en kies minder of kleinere bestanden.",
    },
    "en": {
        "brand": "1700 — Flemish government",
        "switch_label": "Language",
        "help": "Need help? Call 1700 free of charge, on working days from 9:00 to 19:00, and "
        "mention your reference.",
        "title_request": "A question about your report",
        "title_acknowledgement": "Acknowledgement of receipt of your report",
        "title_feedback": "Feedback on your report",
        "intro_request": "{department} is handling your report with reference {reference} and "
        "asks you the following question.",
        "intro_letter": "Letter from {department} about your report with reference {reference}.",
        "due": "Please answer by {due}.",
        "question_heading": "The question",
        "letter_heading": "The letter",
        "answer_label": "Your answer",
        "answer_hint": "At most {max_chars} characters.",
        "files_label": "Attachments (optional)",
        "files_hint": "At most {max_files} files of at most {max_size} each. Accepted: {types}.",
        "once_hint": "You can answer once. After that this link no longer works.",
        "submit": "Send answer",
        "error_summary": "Your answer was not sent",
        "answer_required": "Enter your answer.",
        "answer_too_long": "Your answer is longer than {max_chars} characters.",
        "form_expired": "The form has expired. Please send your answer again.",
        "invalid_form": "The form arrived incomplete. Please try again.",
        "nul_in_answer": "Your answer contains a null character (U+0000), which we cannot "
        "store. Remove it and send again.",
        "too_many_files": "You can send at most {limit} files.",
        "too_large": "The file {name} is larger than {limit}.",
        "path_in_name": "A file name contains a folder path (such as ../). Give the file a "
        "plain name and try again.",
        "type_not_allowed": "The file {name} is of a type that is not accepted. Accepted: {types}.",
        "content_mismatch": "The content of the file {name} does not match its file type.",
        "empty": "The file {name} is empty.",
        "files_again": "Choose your attachments again: for your safety this page does not "
        "keep them.",
        "thanks_title": "Thank you for your answer",
        "thanks_body": "{department} has received your answer about report {reference}. You "
        "can close this window.",
        "thanks_files": "Attachments received:",
        "unknown_title": "This link is not valid",
        "unknown_body": "Check that you use the complete link from the e-mail.",
        "expired_title": "This link has expired",
        "expired_body": "The time to answer is over. Call 1700 if you still want to tell us "
        "something.",
        "used_title": "You have already answered this question",
        "used_body": "Your answer has been received. A link works only once.",
        "cancelled_title": "This question has been withdrawn",
        "cancelled_body": "The department has withdrawn this question. You no longer need to "
        "answer.",
        "replaced_title": "This link no longer works",
        "replaced_body": "You received a newer e-mail about this question. Use the link in the "
        "most recent e-mail.",
        "body_too_large_title": "Your files are too large",
        "body_too_large_body": "Together the attachments may not be larger than {limit}. Go "
        "back and choose fewer or smaller files.",
    },
}
