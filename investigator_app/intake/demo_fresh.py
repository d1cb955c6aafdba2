"""The templates for the new cases the demo forwards every minute: a fictional report, a
place to fill in and a reporter picked at random. Fictional people, places and facts only
(no real persons)."""

from __future__ import annotations

from dataclasses import dataclass

from investigator_app.domain.vocabulary import Category, Channel

C = Category
CH = Channel


@dataclass(frozen=True)
class FreshTemplate:
    category: Category
    channel: Channel
    summary: str
    description: str
    involved_entity: str  # "{place}" is filled in


# fmt: off
FRESH: tuple[FreshTemplate, ...] = (
    FreshTemplate(
        C.CONFLICT_OF_INTEREST, CH.PHONE,
        "Schepen beslist mee over subsidie voor club van zoon",
        "De melder stelt dat een schepen mee besliste over een investeringssubsidie voor de "
        "voetbalclub waar zijn zoon bestuurder is.",
        "Gemeente {place}",
    ),
    FreshTemplate(
        C.THEFT_OF_RESOURCES, CH.EMAIL,
        "Tankkaart van de gemeente gebruikt tijdens vakantie",
        "Volgens de melder werd met een tankkaart van de gemeente getankt in het buitenland "
        "tijdens de vakantie van de kaarthouder.",
        "Gemeente {place}",
    ),
    FreshTemplate(
        C.BRIBERY, CH.CHAT,
        "Geschenken van leverancier na gunning van schoonmaakcontract",
        "Een medewerker zag hoe een leverancier dure geschenken afleverde bij de "
        "aankoopdienst, een week na de gunning van het schoonmaakcontract.",
        "Gemeente {place} - aankoopdienst",
    ),
    FreshTemplate(
        C.LEAK_OF_CONFIDENTIAL_INFORMATION, CH.EMAIL,
        "Beraadslaging over personeelsdossier uitgelekt",
        "Details uit een besloten beraadslaging over een personeelsdossier circuleren in een "
        "WhatsAppgroep van inwoners.",
        "Gemeente {place}",
    ),
    FreshTemplate(
        C.ABUSE_OF_POWERS, CH.PHONE,
        "Ambtenaar dreigt vergunning in te trekken na kritiek",
        "Een handelaar kreeg na een kritisch lezersbericht te horen dat zijn vergunning "
        "'opnieuw bekeken' zou worden.",
        "Gemeente {place} - dienst economie",
    ),
    FreshTemplate(
        C.OTHER, CH.CHAT,
        "Onregelmatigheden bij verkoop van gemeentegrond",
        "De melder vermoedt dat een perceel gemeentegrond onder de marktprijs verkocht werd "
        "aan een kennis van een raadslid.",
        "Gemeente {place}",
    ),
)
# fmt: on

FRESH_PLACES = ("Lindebeek", "Bruggeveld", "Oudenhoek", "Heiveld", "Kastelbroek", "Meerhoeve")
FRESH_REPORTERS = (
    ("Annick Verbeke", "0471 23 45 67"),
    ("Thomas De Vos", "0484 56 78 90"),
    ("Kathleen Stevens", "0493 21 09 87"),
    ("Michiel Geerts", "0478 32 10 98"),
    ("Evelien Dierckx", "0460 11 99 88"),
)
