"""The seeded demo cases outside ABB: a few for each other department (OMG, AWV, OND) and
two still at the 1700 desk, not forwarded yet. Fictional people, places and facts only
(no real persons). One OMG case names a person of an ABB case: the related pair."""

from __future__ import annotations

from investigator_app.domain.investigation import ClosingGround
from investigator_app.domain.vocabulary import Category, Channel, Outcome, ReporterKind, Status
from investigator_app.intake.demo_records import DemoCase, demo_reporter as _r

C = Category
CH = Channel
S = Status
O = Outcome  # noqa: E741
G = ClosingGround
CIT, ASSOC, BIZ = ReporterKind.CITIZEN, ReporterKind.ASSOCIATION, ReporterKind.BUSINESS

# fmt: off
OTHER_CASES: tuple[DemoCase, ...] = (
    # --- OMG -------------------------------------------------------------------------
    DemoCase(
        "OMG", S.FORWARDED, 2, CH.EMAIL, C.CONFLICT_OF_INTEREST,
        "Adviseur beoordeelt vergunning van vroegere werkgever",
        "Een projectontwikkelaar stelt dat de adviseur die zijn dossier behandelt tot vorig "
        "jaar bij een concurrent werkte.",
        "Departement Omgeving - afdeling vergunningen", ("Steven Raes",),
        _r(BIZ, "Filip De Clercq", "De Clercq Projecten", email="filip@declercq.example.be"),
    ),
    DemoCase(
        "OMG", S.ACKNOWLEDGED, 14, CH.PHONE, C.BRIBERY,
        "Milieu-inspecteur sluit ogen voor lozing",
        "Een buurtbewoner vermoedt dat een bedrijf in Kastelbroek geen proces-verbaal kreeg "
        "voor lozingen in de beek na een 'vriendschappelijk etentje'.",
        "Departement Omgeving - milieu-inspectie", ("onbekende inspecteur",),
        _r(CIT, "Peter Vos", phone="0489 87 65 43"),
        acknowledged_days_ago=9, assignee="tom.janssens",
    ),
    DemoCase(
        "OMG", S.ASSESSING, 45, CH.EMAIL, C.LEAK_OF_CONFIDENTIAL_INFORMATION,
        "Ontwerp-RUP vooraf bekend bij grondspeculant",
        "Gronden in Wilgendaal werden opgekocht vlak voor de bekendmaking van een "
        "ruimtelijk uitvoeringsplan; de melder vermoedt een lek.",
        "Departement Omgeving - ruimtelijke planning", (),
        _r(ASSOC, "", "Natuurvereniging Wilgendaal", email="bestuur@wilgendaal.example.org"),
        acknowledged_days_ago=40, assignee="tom.janssens",
    ),
    DemoCase(
        "OMG", S.INVESTIGATING, 70, CH.PHONE, C.ABUSE_OF_POWERS,
        "Handhaver legt boetes op aan ex-partner",
        "De melder stelt dat een handhaver herhaaldelijk controles uitvoert bij de zaak van "
        "zijn ex-partner.",
        "Departement Omgeving - handhaving", ("Tom Luyten",),
        _r(CIT, "Sofie Daems", phone="0473 21 43 65"),
        acknowledged_days_ago=66, assignee="tom.janssens",
    ),
    DemoCase(
        "OMG", S.CLOSED, 120, CH.CHAT, C.OTHER,
        "Vertraging van een bezwaarschrift",
        "Een burger vindt dat zijn bezwaarschrift opzettelijk te laat behandeld werd.",
        "Departement Omgeving", (),
        _r(CIT, "Guy Martens", email="guy.martens@example.org"),
        outcome=O.UNFOUNDED, acknowledged_days_ago=117, assignee="tom.janssens",
        close_reason="Behandeling binnen de wettelijke termijn; geen aanwijzing van opzet.",
        ground=G.MANIFESTLY_UNFOUNDED,
    ),
    DemoCase(
        "OMG", S.RETURNED, 10, CH.EMAIL, C.THEFT_OF_RESOURCES,
        "Dienstfietsen van de stad verdwijnen",
        "Een medewerker meldt dat dienstfietsen van de stad Bruggeveld verdwijnen.",
        "Stad Bruggeveld", (),
        _r(CIT, "Nathalie Cools", email="nathalie.cools@example.org"),
        acknowledged_days_ago=8,
        return_reason="Lokaal bestuur: niet bevoegd, mogelijk voor ABB.",
    ),
    # Names a schepen of ABB's Kastelbroek case as well: the demo's related pair across
    # departments (both managers see "verwante melding bij een andere dienst").
    DemoCase(
        "OMG", S.FORWARDED, 3, CH.EMAIL, C.CONFLICT_OF_INTEREST,
        "Schepen dringt aan op snelle vergunning voor verkaveling",
        "Een medewerker van de afdeling vergunningen meldt dat een schepen van Kastelbroek "
        "herhaaldelijk belde om de vergunning voor een verkaveling van een "
        "projectontwikkelaar voorrang te geven.",
        "Departement Omgeving - afdeling vergunningen", ("Hilde Schepers",),
        _r(CIT, "Karel Wouman", email="karel.wouman@example.org"),
    ),
    # --- AWV -------------------------------------------------------------------------
    DemoCase(
        "AWV", S.FORWARDED, 4, CH.PHONE, C.BRIBERY,
        "Signalisatiefirma betaalt opzichter voor meerwerken",
        "Een onderaannemer meldt dat een opzichter van wegenwerken meerwerken goedkeurt die "
        "nooit werden uitgevoerd.",
        "Agentschap Wegen en Verkeer - district Heiveld", ("Erik Janssen",),
        _r(BIZ, "Bert Smolders", "Smolders Signalisatie", phone="011 22 33 44"),
    ),
    DemoCase(
        "AWV", S.INVESTIGATING, 55, CH.EMAIL, C.THEFT_OF_RESOURCES,
        "Asfalt van werf geleverd aan privéoprit",
        "Restasfalt van een werf aan de gewestweg zou op de oprit van een werfleider beland "
        "zijn.",
        "Agentschap Wegen en Verkeer", ("Jef Van Rompaey",),
        _r(CIT, "Lutgart Peeters", email="lutgart.p@example.org"),
        acknowledged_days_ago=50, assignee="lotte.mertens",
    ),
    DemoCase(
        "AWV", S.ASSESSING, 20, CH.PHONE, C.CONFLICT_OF_INTEREST,
        "Werfleider keurt werken goed van aannemer waar broer werkt",
        "Een bewoner langs de gewestweg meldt dat de werfleider de oplevering tekende van "
        "werken door een aannemer waar zijn broer projectleider is.",
        "Agentschap Wegen en Verkeer - district Oudenhoek", ("Stefaan Wuyts",),
        _r(CIT, "Carine Baert", phone="0467 44 33 22"),
        acknowledged_days_ago=15, assignee="lotte.mertens",
    ),
    DemoCase(
        "AWV", S.CLOSED, 90, CH.CHAT, C.ABUSE_OF_POWERS,
        "Klacht over een flitscamera voor de deur",
        "Een burger vindt dat een flitscamera bewust voor zijn deur werd geplaatst.",
        "Agentschap Wegen en Verkeer", (),
        _r(CIT, "Roger Dewitte", phone="0466 55 66 77"),
        outcome=O.INADMISSIBLE, acknowledged_days_ago=86, assignee="lotte.mertens",
        close_reason="Geen integriteitsschending; doorverwezen naar de klachtendienst.",
        ground=G.NO_INTEGRITY_VIOLATION,
    ),
    # --- OND -------------------------------------------------------------------------
    DemoCase(
        "OND", S.FORWARDED, 7.5, CH.EMAIL, C.CONFLICT_OF_INTEREST,
        "Inspecteur beoordeelt school van eigen kinderen",
        "Een ouder meldt dat de onderwijsinspecteur die de doorlichting van een school in "
        "Meerhoeve leidde, zelf kinderen op die school heeft.",
        "Departement Onderwijs en Vorming - onderwijsinspectie", ("Katrien Bosmans",),
        _r(CIT, "Dries Van Acker", email="dries.vanacker@example.net"),
    ),
    DemoCase(
        "OND", S.ACKNOWLEDGED, 18, CH.PHONE, C.THEFT_OF_RESOURCES,
        "Werkingsmiddelen van een academie gebruikt voor reis",
        "Een leerkracht meldt dat werkingsmiddelen van een academie gebruikt werden voor een "
        "privéreis van de directie.",
        "Academie voor Muziek Ravelberg", ("directeur van de academie",),
        _r(CIT, "Mieke Gielen", phone="0495 67 89 01"),
        acknowledged_days_ago=13, assignee="bart.willems",
    ),
    DemoCase(
        "OND", S.CLOSED, 140, CH.EMAIL, C.OTHER,
        "Examencijfers zouden aangepast zijn",
        "Een student vermoedt dat examencijfers werden aangepast na tussenkomst van een ouder.",
        "Departement Onderwijs en Vorming", (),
        _r(CIT, "Lore Jacobs", email="lore.jacobs@example.org"),
        outcome=O.NOT_DETERMINABLE, acknowledged_days_ago=136, assignee="bart.willems",
        close_reason="De cijfers werden herzien na een gegrond beroep, conform het reglement; "
        "of de ouder vooraf inzage kreeg in de vragen, viel niet meer na te gaan.",
    ),
    # --- at the 1700 desk, not forwarded yet -------------------------------------------
    DemoCase(
        None, S.REGISTERED, 0.3, CH.PHONE, C.BRIBERY,
        "Ambtenaar vraagt vergoeding voor attest",
        "Een burger meldt dat voor een attest van goed gedrag een 'administratieve bijdrage' "
        "in contanten gevraagd werd.",
        "Gemeente Kastelbroek", (),
        _r(CIT, "Ahmed Benali", phone="0488 99 88 77"),
    ),
    DemoCase(
        None, S.REGISTERED, 1.1, CH.EMAIL, C.OTHER,
        "Vermoeden van fraude met een subsidie voor jeugdwerk",
        "Een jeugdleider meldt dat een subsidie voor kampmateriaal gebruikt werd voor de "
        "aankoop van meubilair voor een privéwoning.",
        "Gemeente Wilgendaal - jeugddienst", (),
        _r(ASSOC, "Jelle Wouters", "Jeugdhuis De Schakel", email="jelle@deschakel.example.org"),
    ),
)
# fmt: on
