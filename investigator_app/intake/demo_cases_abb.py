"""The seeded demo cases of ABB, the demo investigator's department: every status, with
assignees, returns and re-routings, so the desktop's list, pane and dashboard have
something to show. Fictional people, places and facts only (no real persons)."""

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
ABB_CASES: tuple[DemoCase, ...] = (
    # --- ABB: the demo investigator's department --------------------------------------
    DemoCase(
        "ABB", S.FORWARDED, 9.2, CH.PHONE, C.CONFLICT_OF_INTEREST,
        "Schepen keurt bouwaanvraag van eigen schoonbroer goed",
        "De melder stelt dat de schepen van ruimtelijke ordening van Lindebeek mee heeft "
        "gestemd over een omgevingsvergunning voor een loods van zijn schoonbroer. Volgens "
        "de melder heeft hij zich niet onthouden en werd de familieband niet vermeld in de "
        "notulen van het college.",
        "Gemeente Lindebeek", ("Ward Verhaegen",),
        _r(CIT, "Marleen Goossens", phone="0470 11 22 33"),
    ),
    DemoCase(
        "ABB", S.FORWARDED, 8.1, CH.EMAIL, C.THEFT_OF_RESOURCES,
        "Gemeentelijke bestelwagen wordt in het weekend privé gebruikt",
        "Een buurtbewoner ziet al maanden op zaterdag een bestelwagen met het logo van de "
        "technische dienst van Bruggeveld bij een privéwoning staan. Er worden bouwmaterialen "
        "mee aangevoerd voor een verbouwing. De melder heeft foto's en is bereid die te "
        "bezorgen.",
        "Gemeente Bruggeveld - technische dienst", ("onbekende medewerker",),
        _r(CIT, "Hilde Van Damme", email="hilde.vandamme@example.org"),
    ),
    DemoCase(
        "ABB", S.FORWARDED, 6.0, CH.CHAT, C.LEAK_OF_CONFIDENTIAL_INFORMATION,
        "Vertrouwelijke sollicitatiegegevens doorgespeeld aan kandidaat",
        "Volgens de melder kreeg een kandidaat voor de functie van financieel directeur in "
        "Oudenhoek vooraf de vragen van het schriftelijk examen van een personeelslid van de "
        "dienst HR. De melder nam zelf deel aan dezelfde selectie.",
        "Gemeente Oudenhoek - dienst personeel", ("Nele Segers",),
        _r(CIT, "Stijn Lemmens", email="stijn.lemmens@example.org", phone="0486 55 44 33"),
    ),
    DemoCase(
        "ABB", S.FORWARDED, 5.6, CH.EMAIL, C.BRIBERY,
        "Aannemer biedt ambtenaar voetbaltickets aan voor gunning",
        "Een medewerker van een bouwbedrijf meldt dat zijn werkgever abonnementen voor een "
        "voetbalclub cadeau deed aan de projectleider van de gemeente Heiveld, kort voor de "
        "gunning van de heraanleg van het marktplein.",
        "Gemeente Heiveld", ("Dirk Verbruggen",),
        _r(CIT, "Yannick Peeters", email="y.peeters@example.net"),
    ),
    DemoCase(
        "ABB", S.FORWARDED, 1.2, CH.PHONE, C.ABUSE_OF_POWERS,
        "Burgemeester laat parkeerboetes van vrienden seponeren",
        "De melder, zelf medewerker van het parkeerbedrijf, stelt dat de burgemeester van "
        "Kastelbroek herhaaldelijk vraagt om GAS-boetes van kennissen te laten vallen. Er zou "
        "een lijst bestaan met nummerplaten die niet beboet mogen worden.",
        "Gemeente Kastelbroek", ("burgemeester van Kastelbroek",),
        _r(CIT, "Kristof Mertens", phone="0499 12 34 56"),
    ),
    DemoCase(
        "ABB", S.FORWARDED, 0.15, CH.EMAIL, C.OTHER,
        "Vermoeden van fictieve tewerkstelling in het OCMW",
        "Een melder wijst op een personeelslid dat al twee jaar op de loonlijst van het "
        "OCMW van Wilgendaal staat maar volgens collega's nooit op het werk verschijnt.",
        "OCMW Wilgendaal", (),
        _r(ASSOC, "", "Buurtcomité De Linde", email="info@delinde.example.org"),
    ),
    DemoCase(
        "ABB", S.ACKNOWLEDGED, 20, CH.PHONE, C.CONFLICT_OF_INTEREST,
        "Raadslid zetelt in jury van subsidie voor eigen vzw",
        "Een gemeenteraadslid van Meerhoeve maakte deel uit van de jury die de "
        "cultuursubsidies verdeelt, terwijl de vzw waarvan zij voorzitter is de grootste "
        "subsidie kreeg.",
        "Gemeente Meerhoeve", ("Ilse Claes",),
        _r(CIT, "Bart Wuyts", phone="0472 98 76 54"),
        acknowledged_days_ago=15, assignee="an.peeters",
    ),
    DemoCase(
        "ABB", S.ACKNOWLEDGED, 12, CH.EMAIL, C.THEFT_OF_RESOURCES,
        "Brandstofkaart van de gemeente gebruikt voor privéwagen",
        "Bij een controle van de brandstofkosten van Dommelhoek viel op dat met een "
        "dienstkaart wekelijks diesel werd getankt, terwijl de dienstwagens op benzine rijden.",
        "Gemeente Dommelhoek", ("Geert Jacobs",),
        _r(CIT, "Annelies Maes", email="annelies.m@example.org"),
        acknowledged_days_ago=6,
    ),
    DemoCase(
        "ABB", S.ASSESSING, 40, CH.CHAT, C.BRIBERY,
        "Vergunning voor terras in ruil voor gratis catering",
        "Een horeca-uitbater uit Ravelberg meldt dat een ambtenaar van de dienst economie "
        "liet verstaan dat een terrasvergunning sneller zou gaan als de catering van de "
        "personeelsreceptie gratis werd verzorgd.",
        "Gemeente Ravelberg - dienst lokale economie", ("Sven Dubois",),
        _r(BIZ, "Karen Smet", "Brasserie Het Anker", email="karen@hetanker.example.be"),
        acknowledged_days_ago=35, assignee="an.peeters",
    ),
    DemoCase(
        "ABB", S.ASSESSING, 88, CH.PHONE, C.ABUSE_OF_POWERS,
        "Algemeen directeur weigert inzage in dossiers aan oppositie",
        "Oppositieraadsleden van Boekhoven melden dat de algemeen directeur stelselmatig "
        "inzage weigert in stukken over de verkoop van gemeentegrond, zonder motivering.",
        "Gemeente Boekhoven", ("algemeen directeur van Boekhoven",),
        _r(ASSOC, "Luc Hendrickx", "Fractie Samen Boekhoven",
           email="fractie@samenboekhoven.example.org"),
        acknowledged_days_ago=85, assignee="jonas.maes",
    ),
    DemoCase(
        "ABB", S.ASSESSING, 104, CH.EMAIL, C.CONFLICT_OF_INTEREST,
        "Schepen gunt drukwerk aan bedrijf van echtgenote",
        "Al het drukwerk van de gemeente Sint-Arnoutskerke gaat sinds twee jaar zonder "
        "prijsvraag naar één drukkerij; de zaakvoerder is de echtgenote van de schepen van "
        "communicatie.",
        "Gemeente Sint-Arnoutskerke", ("Patrick Aerts", "Veerle Aerts"),
        _r(BIZ, "Johan Vermeulen", "Drukkerij Vermeulen", phone="050 12 34 56"),
        acknowledged_days_ago=99, assignee="an.peeters",
    ),
    DemoCase(
        "ABB", S.INVESTIGATING, 60, CH.PHONE, C.LEAK_OF_CONFIDENTIAL_INFORMATION,
        "Notulen van besloten zitting op sociale media",
        "Kort na een besloten zitting van het college van Lindebeek verscheen een foto van de "
        "vertrouwelijke notulen op een Facebookgroep. De melder vermoedt een medewerker van "
        "het secretariaat.",
        "Gemeente Lindebeek - secretariaat", (),
        _r(CIT, "Tine De Backer", phone="0477 66 55 44"),
        acknowledged_days_ago=55, assignee="jonas.maes",
    ),
    DemoCase(
        "ABB", S.INVESTIGATING, 118, CH.EMAIL, C.THEFT_OF_RESOURCES,
        "Verdwenen laptops uit de gemeentelijke uitleendienst",
        "Bij de jaarlijkse inventaris van Heiveld ontbraken veertien laptops. Volgens de "
        "melder werden ze via een tweedehandssite verkocht door iemand met toegang tot het "
        "depot.",
        "Gemeente Heiveld - uitleendienst", ("Mohamed El Amrani",),
        _r(CIT, "Sarah Pauwels", email="sarah.pauwels@example.org"),
        acknowledged_days_ago=113, assignee="an.peeters",
    ),
    DemoCase(
        "ABB", S.INVESTIGATING, 30, CH.CHAT, C.BRIBERY,
        "Ambtenaar vraagt geld voor snellere huisnummering",
        "Meerdere nieuwe bewoners van een verkaveling in Oudenhoek kregen de vraag om "
        "contant te betalen voor een 'spoedprocedure' voor hun huisnummer.",
        "Gemeente Oudenhoek - dienst burgerzaken", ("Rudi Wouters",),
        _r(CIT, "Eva Michiels", email="eva.michiels@example.net"),
        acknowledged_days_ago=27, assignee="an.peeters",
    ),
    DemoCase(
        "ABB", S.CLOSED, 210, CH.PHONE, C.CONFLICT_OF_INTEREST,
        "Voorzitter OCMW beslist over huurcontract eigen pand",
        "Het OCMW van Wilgendaal huurt een pand als kantoor; de eigenaar is de voorzitter van "
        "het bijzonder comité, die mee over het contract besliste.",
        "OCMW Wilgendaal", ("Frank Lambrechts",),
        _r(CIT, "Paul Vandenberghe", phone="0468 12 12 12"),
        outcome=O.FOUNDED, acknowledged_days_ago=205, assignee="jonas.maes",
        close_reason="Belangenconflict vastgesteld; dossier overgemaakt aan de toezichthouder.",
    ),
    DemoCase(
        "ABB", S.CLOSED, 150, CH.EMAIL, C.ABUSE_OF_POWERS,
        "Klacht over weigering van evenementenvergunning",
        "Een vereniging meent dat haar evenement in Ravelberg geweigerd werd uit wraak van "
        "een schepen.",
        "Gemeente Ravelberg", ("schepen van evenementen",),
        _r(ASSOC, "Griet Verstraete", "Feestcomité Ravelberg",
           email="feest@ravelberg.example.org"),
        outcome=O.UNFOUNDED, acknowledged_days_ago=146, assignee="an.peeters",
        close_reason="De weigering steunt op een negatief advies van de brandweer.",
        ground=G.MANIFESTLY_UNFOUNDED,
    ),
    DemoCase(
        "ABB", S.CLOSED, 75, CH.CHAT, C.OTHER,
        "Melding over burenruzie met een gemeentebediende",
        "De melder heeft een geschil over een tuinafsluiting met een buurman die bij de "
        "gemeente Bruggeveld werkt.",
        "Gemeente Bruggeveld", ("Kevin De Wilde",),
        _r(CIT, "Rita Coppens", phone="0456 78 90 12"),
        outcome=O.INADMISSIBLE, acknowledged_days_ago=72, assignee="jonas.maes",
        close_reason="Privégeschil zonder verband met de uitoefening van een functie.",
        ground=G.NO_INTEGRITY_VIOLATION,
    ),
    DemoCase(
        "ABB", S.CLOSED, 180, CH.PHONE, C.THEFT_OF_RESOURCES,
        "Materiaal van de groendienst verkocht op rommelmarkt",
        "Bosmaaiers en kettingzagen met inventarisnummers van de groendienst van Dommelhoek "
        "werden te koop aangeboden op een rommelmarkt.",
        "Gemeente Dommelhoek - groendienst", ("Danny Peeters",),
        _r(CIT, "Wim Bogaerts", phone="0475 10 20 30"),
        outcome=O.FOUNDED, acknowledged_days_ago=176, assignee="an.peeters",
        close_reason="Diefstal bevestigd; tuchtprocedure opgestart en klacht neergelegd.",
    ),
    DemoCase(
        "ABB", S.CLOSED, 130, CH.EMAIL, C.LEAK_OF_CONFIDENTIAL_INFORMATION,
        "Adresgegevens van inwoners gedeeld met een makelaar",
        "Een makelaarskantoor zou adreslijsten van nieuwe inwoners van Meerhoeve gekregen "
        "hebben.",
        "Gemeente Meerhoeve - bevolking", (),
        _r(CIT, "Joke Willems", email="joke.w@example.org"),
        outcome=O.PARTLY_FOUNDED, acknowledged_days_ago=126, assignee="an.peeters",
        close_reason="Eén lijst kwam uit het bevolkingsregister en had het gemeentehuis niet "
        "mogen verlaten; de andere komen uit een publieke bron. Geen vergoeding betaald.",
    ),
    DemoCase(
        "ABB", S.RETURNED, 16, CH.PHONE, C.BRIBERY,
        "Keuringsagent aanvaardt geld bij technische controle",
        "Een garagehouder meldt dat een keurder bij de autokeuring betaald wordt om gebreken "
        "over het hoofd te zien.",
        "Keuringscentrum Kastelbroek", ("onbekende keurder",),
        _r(BIZ, "Ali Yilmaz", "Garage Yilmaz", phone="03 123 45 67"),
        acknowledged_days_ago=12,
        return_reason="Niet bevoegd: de autokeuring valt onder Mobiliteit en Openbare Werken.",
    ),
    DemoCase(
        "ABB", S.ACKNOWLEDGED, 25, CH.EMAIL, C.ABUSE_OF_POWERS,
        "Intercommunale weigert aansluiting zonder gegronde reden",
        "Een burger meldt dat de intercommunale van de regio Heiveld zijn aansluiting "
        "blokkeert na een kritische brief aan de gemeenteraad.",
        "Gemeente Heiveld", ("Koen Vervaet",),
        _r(CIT, "Inge Van Hoof", email="inge.vanhoof@example.org"),
        acknowledged_days_ago=10, assignee="an.peeters", returned_by="OMG",
        return_reason="Geen omgevingsmaterie: het gaat om het gemeentebestuur.",
    ),
    DemoCase(
        "ABB", S.FORWARDED, 11, CH.PHONE, C.CONFLICT_OF_INTEREST,
        "Gemeente koopt strooizout bij firma van raadslid",
        "Volgens de melder koopt Boekhoven al jaren strooizout bij de firma van een "
        "raadslid, zonder vergelijking van offertes.",
        "Gemeente Boekhoven", ("Marc Desmet",),
        _r(CIT, "Lieve Mattheus", phone="0497 45 45 45"),
        returned_by="AWV",
        return_reason="Het gaat niet om gewestwegen maar om een gemeentelijke aankoop.",
    ),
    DemoCase(
        "ABB", S.INVESTIGATING, 50, CH.CHAT, C.OTHER,
        "Vriendjespolitiek bij aanwerving in de sporthal",
        "Drie van de vier laatste aanwervingen in de sporthal van Sint-Arnoutskerke zijn "
        "familieleden van de diensthoofd, zonder openbare vacature.",
        "Gemeente Sint-Arnoutskerke - sportdienst", ("Hans Verlinden",),
        _r(CIT, "Ruben Lenaerts", email="ruben.lenaerts@example.net"),
        acknowledged_days_ago=46, assignee="jonas.maes",
    ),
    DemoCase(
        "ABB", S.ACKNOWLEDGED, 3, CH.PHONE, C.THEFT_OF_RESOURCES,
        "Cafetariakas van het administratief centrum klopt niet",
        "Een vrijwilliger merkt al maanden tekorten in de kas van de cafetaria van het "
        "administratief centrum van Oudenhoek.",
        "Gemeente Oudenhoek", (),
        _r(CIT, "Jan Huybrechts", phone="0479 33 22 11"),
        acknowledged_days_ago=1,
    ),
    DemoCase(
        "ABB", S.INVESTIGATING, 100, CH.EMAIL, C.BRIBERY,
        "Projectontwikkelaar betaalt studiereis van schepenen",
        "Een raadslid van Kastelbroek meldt dat twee schepenen op kosten van een "
        "projectontwikkelaar een studiereis maakten, enkele weken voor de goedkeuring van "
        "diens verkavelingsaanvraag.",
        "Gemeente Kastelbroek", ("Hilde Schepers", "Luc Vanhove"),
        _r(CIT, "Wout Dewaele", email="wout.dewaele@example.org"),
        acknowledged_days_ago=84, assignee="jonas.maes",
    ),
)
# fmt: on
