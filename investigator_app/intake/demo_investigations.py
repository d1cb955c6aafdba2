"""The demo's investigations: for each case in investigation, and each case closed after
one, its allegations (one edited, some withdrawn), the findings on them (every conclusion,
follow-ups, the pieces they rest on) and the plan's tasks (done, cancelled, open, one past
its date). demo_investigator.py plays them through the real operations as the case team;
the findings decide the closing's outcome, which demo_cases_*.py states and a test checks.
Fictional people, places and facts only (no real persons).

A finding cites the case's pieces by what they are: ``CASE_FILE`` (the file 1700 attached
at registration, ``files`` below), ``ANSWER`` (the reporter's answer to the demo's
question), ``ANSWER_FILE`` (the photo sent with that answer, by reporters with an e-mail
address; others answer by phone).
"""

from __future__ import annotations

from dataclasses import dataclass

from investigator_app.domain.investigation import Conclusion, FollowUp, SourceKind, TaskState
from investigator_app.domain.vocabulary import Category

C = Category
K = Conclusion
F = FollowUp
T = TaskState
CASE_FILE, ANSWER, ANSWER_FILE = SourceKind.CASE_FILE, SourceKind.ANSWER, SourceKind.ANSWER_FILE


@dataclass(frozen=True)
class DemoFinding:
    conclusion: Conclusion
    motivation: str
    cites: tuple[SourceKind, ...] = ()
    follow_up: FollowUp | None = None
    follow_up_text: str = ""


@dataclass(frozen=True)
class DemoAllegation:
    text: str
    persons: tuple[str, ...]
    category: Category
    period_days_ago: tuple[int | None, int | None] = (None, None)  # (start, end) before now
    finding: DemoFinding | None = None
    first_text: str = ""  # an earlier wording, edited into ``text`` (version 2)
    withdrawn: str = ""  # the reason it was withdrawn


@dataclass(frozen=True)
class DemoTask:
    description: str
    owner: str | None  # a demo username of the case's department
    due_days: int | None  # OPEN: days from today (negative: past); else: after it was made
    state: TaskState = TaskState.OPEN


@dataclass(frozen=True)
class DemoInvestigation:
    allegations: tuple[DemoAllegation, ...]
    tasks: tuple[DemoTask, ...]
    files: tuple[str, ...] = ()  # names of files 1700 attached at registration
    ask: bool = False  # a closed case: the reporter answered a question before the findings
    motivation: str = ""  # why the investigation was started (on the timeline)


# fmt: off
INVESTIGATIONS: dict[str, DemoInvestigation] = {
    # --- ABB, in investigation ---------------------------------------------------------
    "Notulen van besloten zitting op sociale media": DemoInvestigation(
        motivation="De foto toont de echte notulen; het lek komt van binnen het bestuur.",
        files=("schermafdruk-facebookgroep.png",),
        allegations=(
            DemoAllegation(
                "Een medewerker van het secretariaat fotografeerde de notulen van de besloten "
                "collegezitting en plaatste de foto in de Facebookgroep 'Lindebeek Leeft'.",
                ("onbekende medewerker van het secretariaat",), C.LEAK_OF_CONFIDENTIAL_INFORMATION,
                (61, 60),
            ),
            DemoAllegation(
                "De notulen werden buiten de beveiligde map bewaard, zodat ook personen buiten "
                "het secretariaat ze konden openen.",
                ("Gemeente Lindebeek - secretariaat",), C.OTHER, (90, 60),
                DemoFinding(
                    K.UNFOUNDED,
                    "De notulen staan enkel in de beveiligde map; de rechten zijn beperkt tot "
                    "vier medewerkers en de algemeen directeur. De schermafdruk toont een "
                    "papieren exemplaar, geen scherm.",
                    (CASE_FILE,),
                ),
            ),
        ),
        tasks=(
            DemoTask("Lijst opvragen van wie een papieren exemplaar van de notulen kreeg.",
                     "jonas.maes", 5, T.DONE),
            DemoTask("De beheerder van de Facebookgroep vragen wie de foto plaatste.",
                     "jonas.maes", 2),
            DemoTask("Gesprek met de algemeen directeur over het bewaren van notulen.",
                     "els.wouters", 9),
        ),
    ),
    "Verdwenen laptops uit de gemeentelijke uitleendienst": DemoInvestigation(
        motivation="Serienummers uit de inventaris duiken op in advertenties.",
        files=("inventaris-uitleendienst.txt",),
        allegations=(
            DemoAllegation(
                "Betrokkene verkocht veertien laptops van de uitleendienst via een "
                "tweedehandssite.",
                ("Mohamed El Amrani",), C.THEFT_OF_RESOURCES, (140, 100),
                DemoFinding(
                    K.PARTLY_FOUNDED,
                    "Zes van de veertien serienummers uit de inventaris staan in advertenties "
                    "van een account dat op naam van betrokkene staat. Voor de andere acht "
                    "laptops is er geen spoor.",
                    (CASE_FILE,), F.DISCIPLINARY,
                    "Voorstel tot tuchtprocedure aan de algemeen directeur, na het verhoor.",
                ),
                first_text="Betrokkene verkocht laptops van de uitleendienst via een "
                "tweedehandssite.",
            ),
            DemoAllegation(
                "Betrokkene registreerde de laptops in de inventaris als 'afgeschreven' om de "
                "verkoop te verdoezelen.",
                ("Mohamed El Amrani",), C.THEFT_OF_RESOURCES, (110, 100),
            ),
            DemoAllegation(
                "Een tweede medewerker van de uitleendienst hielp bij de verkoop.",
                ("tweede medewerker van de uitleendienst",), C.THEFT_OF_RESOURCES,
                withdrawn="De melder heeft alleen betrokkene gezien; er is geen enkele aanwijzing "
                "voor een tweede persoon.",
            ),
        ),
        tasks=(
            DemoTask("De advertenties op de tweedehandssite laten vastleggen.",
                     "an.peeters", 3, T.DONE),
            DemoTask("Serienummers van de advertenties vergelijken met de inventaris.",
                     "an.peeters", 5, T.DONE),
            DemoTask("Navragen bij de politie of de gemeente aangifte deed.",
                     "els.wouters", 7, T.CANCELLED),
            DemoTask("Betrokkene horen.", "an.peeters", 6),
        ),
    ),
    "Ambtenaar vraagt geld voor snellere huisnummering": DemoInvestigation(
        motivation="Drie bewoners melden los van elkaar hetzelfde bedrag.",
        allegations=(
            DemoAllegation(
                "Betrokkene vroeg nieuwe bewoners van de verkaveling Kouterveld 50 euro in "
                "contanten voor een 'spoedprocedure' voor hun huisnummer.",
                ("Rudi Wouters",), C.BRIBERY, (45, 28),
                DemoFinding(
                    K.FOUNDED,
                    "Drie bewoners bevestigen de vraag onafhankelijk van elkaar; de melder "
                    "bezorgde een foto van het briefje met het bedrag. Het retributiereglement "
                    "kent geen spoedprocedure.",
                    (ANSWER, ANSWER_FILE), F.PROSECUTOR,
                    "De feiten melden aan het parket; het verslag volgt na het verhoor.",
                ),
            ),
            DemoAllegation(
                "Betrokkene kende huisnummers sneller toe aan wie betaalde.",
                ("Rudi Wouters",), C.ABUSE_OF_POWERS, (45, 28),
                DemoFinding(
                    K.NOT_DETERMINABLE,
                    "Het register toont geen verschil in doorlooptijd, maar werd achteraf in "
                    "één keer aangevuld: de werkelijke data zijn niet meer na te gaan.",
                ),
            ),
        ),
        tasks=(
            DemoTask("Bewoners van de verkaveling horen.", "an.peeters", 4, T.DONE),
            DemoTask("Register van de huisnummering opvragen.", "jonas.maes", 3, T.DONE),
            DemoTask("Betrokkene horen.", "an.peeters", -2),
            DemoTask("Verslag voor het parket opstellen.", "an.peeters", 8),
        ),
    ),
    "Vriendjespolitiek bij aanwerving in de sporthal": DemoInvestigation(
        allegations=(
            DemoAllegation(
                "Het diensthoofd liet drie familieleden aanwerven zonder openbare vacature.",
                ("Hans Verlinden",), C.CONFLICT_OF_INTEREST, (300, 60),
                first_text="Het diensthoofd liet familieleden aanwerven.",
            ),
            DemoAllegation(
                "Het diensthoofd zetelde in de selectiecommissie die zijn neef aanwierf.",
                ("Hans Verlinden", "Tim Verlinden"), C.CONFLICT_OF_INTEREST, (120, 118),
                DemoFinding(
                    K.FOUNDED,
                    "Het verslag van de selectiecommissie dat de melder bezorgde, draagt de "
                    "handtekening van het diensthoofd; hij meldde de familieband niet.",
                    (ANSWER_FILE,), F.ORGANISATIONAL,
                    "Selectiecommissies samenstellen zonder familie van kandidaten en het "
                    "reglement daarop aanpassen.",
                ),
            ),
        ),
        tasks=(
            DemoTask("Personeelsdossiers van de vier laatste aanwervingen opvragen.",
                     "jonas.maes", 4, T.DONE),
            DemoTask("De personeelsdienst bevragen over de vacatureprocedure.", "els.wouters", 4),
            DemoTask("Het diensthoofd horen.", "jonas.maes", 12),
        ),
    ),
    "Projectontwikkelaar betaalt studiereis van schepenen": DemoInvestigation(
        files=("mail-raadslid.txt",),
        allegations=(
            DemoAllegation(
                "Twee schepenen maakten een studiereis naar Rotterdam op kosten van "
                "projectontwikkelaar Noordhaven.",
                ("Hilde Schepers", "Luc Vanhove"), C.BRIBERY, (120, 117),
            ),
            DemoAllegation(
                "Beide schepenen stemden daarna mee over de verkavelingsaanvraag van dezelfde "
                "ontwikkelaar, zonder hun belang te melden.",
                ("Hilde Schepers", "Luc Vanhove"), C.CONFLICT_OF_INTEREST, (104, 104),
            ),
        ),
        tasks=(
            DemoTask("De deontologische code van Kastelbroek nalezen.", "els.wouters", 2, T.DONE),
            DemoTask("Notulen van het college over de verkaveling opvragen.", "jonas.maes", 6),
            DemoTask("Reisprogramma en facturen opvragen bij de ontwikkelaar.", "jonas.maes",
                     None),
        ),
    ),
    # --- ABB, closed after an investigation -------------------------------------------
    "Voorzitter OCMW beslist over huurcontract eigen pand": DemoInvestigation(
        ask=True,
        allegations=(
            DemoAllegation(
                "De voorzitter van het bijzonder comité besliste mee over de huur van een pand "
                "waarvan hij zelf eigenaar is.",
                ("Frank Lambrechts",), C.CONFLICT_OF_INTEREST, (230, 228),
                DemoFinding(
                    K.FOUNDED,
                    "De notulen vermelden zijn stem; het kadaster bevestigt dat hij eigenaar "
                    "is. Hij verliet de zitting niet, zoals de melder telefonisch verklaarde.",
                    (ANSWER,), F.OTHER,
                    "Het dossier overmaken aan de toezichthouder.",
                ),
            ),
            DemoAllegation(
                "De huurprijs ligt ver boven de marktprijs.",
                ("Frank Lambrechts",), C.OTHER, (230, 228),
                DemoFinding(
                    K.NOT_DETERMINABLE,
                    "Er zijn geen vergelijkbare panden in Wilgendaal; de schatting van de "
                    "landmeter laat een marge van twintig procent.",
                ),
            ),
        ),
        tasks=(
            DemoTask("Notulen van het bijzonder comité opvragen.", "jonas.maes", 5, T.DONE),
            DemoTask("Kadastrale gegevens van het pand opvragen.", "els.wouters", 5, T.DONE),
        ),
    ),
    "Materiaal van de groendienst verkocht op rommelmarkt": DemoInvestigation(
        ask=True,
        files=("foto-rommelmarkt.png",),
        allegations=(
            DemoAllegation(
                "Betrokkene bood bosmaaiers en kettingzagen van de groendienst te koop aan op "
                "de rommelmarkt.",
                ("Danny Peeters",), C.THEFT_OF_RESOURCES, (185, 185),
                DemoFinding(
                    K.FOUNDED,
                    "De inventarisnummers op de foto horen bij de groendienst; de melder "
                    "herkende betrokkene aan de kraam.",
                    (CASE_FILE, ANSWER), F.DISCIPLINARY, "Voorstel tot ontslag om dringende reden.",
                ),
            ),
            DemoAllegation(
                "Betrokkene schreef het materiaal in de inventaris af als 'defect, afgevoerd'.",
                ("Danny Peeters",), C.THEFT_OF_RESOURCES, (200, 186),
                DemoFinding(
                    K.FOUNDED,
                    "De afvoerbonnen dragen zijn paraaf; het containerpark heeft geen spoor van "
                    "de toestellen.",
                    (), F.PROSECUTOR,
                    "Valsheid in geschrifte: melden aan het parket, samen met de klacht van de "
                    "gemeente.",
                ),
            ),
            DemoAllegation(
                "Het diensthoofd van de groendienst wist van de verkoop.",
                ("diensthoofd van de groendienst",), C.THEFT_OF_RESOURCES,
                withdrawn="Het diensthoofd was die maand met ziekteverlof; de melder trok de "
                "bewering in.",
            ),
        ),
        tasks=(
            DemoTask("Inventarisnummers vergelijken met de foto.", "an.peeters", 3, T.DONE),
            DemoTask("Betrokkene horen.", "an.peeters", 10, T.DONE),
            DemoTask("Klacht neerleggen namens de gemeente.", "els.wouters", 5, T.CANCELLED),
            DemoTask("De terugvordering van het materiaal opvolgen.", "els.wouters", 20),
        ),
    ),
    "Adresgegevens van inwoners gedeeld met een makelaar": DemoInvestigation(
        ask=True,
        allegations=(
            DemoAllegation(
                "Een medewerker van de dienst bevolking bezorgde adreslijsten van nieuwe "
                "inwoners aan een makelaarskantoor.",
                ("Immo Meerhoeve",), C.LEAK_OF_CONFIDENTIAL_INFORMATION, (160, 135),
                DemoFinding(
                    K.PARTLY_FOUNDED,
                    "Eén lijst van maart kwam uit het bevolkingsregister en werd op vraag van "
                    "het kantoor gemaild; de andere lijsten komen uit de openbare bekendmaking "
                    "van bouwaanvragen.",
                    (ANSWER, ANSWER_FILE), F.ORGANISATIONAL,
                    "Een procedure voor het opvragen van registergegevens invoeren en de "
                    "medewerkers opleiden.",
                ),
            ),
            DemoAllegation(
                "De medewerker kreeg een vergoeding van het kantoor.",
                ("Immo Meerhoeve",), C.BRIBERY,
                finding=DemoFinding(
                    K.UNFOUNDED,
                    "Geen enkele aanwijzing: het kantoor en de medewerker verklaren hetzelfde "
                    "en de boekhouding van het kantoor toont geen betaling.",
                ),
            ),
        ),
        tasks=(
            DemoTask("De mailbox van de dienst bevolking laten doorzoeken.", "an.peeters", 5,
                     T.DONE),
            DemoTask("Het makelaarskantoor bevragen.", "jonas.maes", 7, T.DONE),
        ),
    ),
    # --- other departments --------------------------------------------------------------
    "Handhaver legt boetes op aan ex-partner": DemoInvestigation(
        allegations=(
            DemoAllegation(
                "Betrokkene voerde sinds januari zes controles uit bij de zaak van zijn "
                "ex-partner, telkens op eigen initiatief.",
                ("Tom Luyten",), C.ABUSE_OF_POWERS, (200, 70),
            ),
        ),
        tasks=(
            DemoTask("De planning van de controles opvragen.", "tom.janssens", 4, T.DONE),
            DemoTask("Betrokkene horen.", "tom.janssens", 8),
        ),
    ),
    "Asfalt van werf geleverd aan privéoprit": DemoInvestigation(
        allegations=(
            DemoAllegation(
                "Restasfalt van de werf aan de gewestweg werd gestort op de oprit van de "
                "werfleider.",
                ("Jef Van Rompaey",), C.THEFT_OF_RESOURCES, (62, 60),
                DemoFinding(
                    K.FOUNDED,
                    "De leveringsbonnen tonen twee ton meer dan op de werf verwerkt; de oprit "
                    "werd dezelfde week aangelegd.",
                    (), F.DISCIPLINARY, "Tuchtprocedure en terugvordering van de kosten.",
                ),
            ),
        ),
        tasks=(
            DemoTask("Leveringsbonnen van de asfaltcentrale vergelijken.", "lotte.mertens", 3,
                     T.DONE),
        ),
    ),
    "Examencijfers zouden aangepast zijn": DemoInvestigation(
        allegations=(
            DemoAllegation(
                "De cijfers van een student werden aangepast na tussenkomst van een ouder.",
                ("examencommissie",), C.OTHER, (150, 145),
                DemoFinding(
                    K.UNFOUNDED,
                    "De cijfers werden herzien na een beroep dat de interne beroepscommissie "
                    "gegrond verklaarde, zoals het examenreglement voorschrijft.",
                ),
            ),
            DemoAllegation(
                "De ouder kreeg vooraf inzage in de examenvragen.",
                ("examencommissie",), C.LEAK_OF_CONFIDENTIAL_INFORMATION, (160, 150),
                DemoFinding(
                    K.NOT_DETERMINABLE,
                    "Het examenplatform bewaart de toegangslogs zes maanden; niemand kon de "
                    "bewering bevestigen of weerleggen.",
                ),
            ),
        ),
        tasks=(
            DemoTask("De beslissing van de beroepscommissie opvragen.", "bart.willems", 5,
                     T.DONE),
        ),
    ),
}
# fmt: on

FILE_TEXTS = {
    "inventaris-uitleendienst.txt": (
        "Inventaris uitleendienst Heiveld (uittreksel, bezorgd door de melder)\n"
        "LT-0412 SN 5CD1234A7X afgeschreven\nLT-0415 SN 5CD1234B2K afgeschreven\n"
        "LT-0419 SN 5CD1234C9P afgeschreven\nLT-0423 SN 5CD1234D4M afgeschreven\n"
    ),
    "mail-raadslid.txt": (
        "Van: raadslid (naam bij 1700)\nOnderwerp: studiereis Rotterdam\n\n"
        "In bijlage het programma van de reis, met het logo van Noordhaven op elke bladzijde.\n"
    ),
}
"""The text files 1700 attached (the PNG files are small pictures, demo_messages.tiny_png)."""
