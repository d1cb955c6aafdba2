<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
<context>
    <name>AccountDialogs</name>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="18"/>
        <source>Sleutelopslag</source>
        <translation>Credential store</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="26"/>
        <source>1 wijziging is nog niet naar de server verzonden.</source>
        <translation>1 change has not been sent to the server yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="29"/>
        <source>%1 wijzigingen zijn nog niet naar de server verzonden.</source>
        <translation>%1 changes have not been sent to the server yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="38"/>
        <source>Nog niet verzonden wijzigingen</source>
        <translation>Changes not sent yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="44"/>
        <source>Aangemeld blijven</source>
        <translation>Stay signed in</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="56"/>
        <source>Deze werkplek heeft geen veilige opslag voor sleutels: na het afmelden kan de app ze niet meer lezen en gaan ze verloren. Blijf aangemeld tot de server bereikbaar is; de app verzendt ze dan vanzelf.</source>
        <translation>This workstation has no secure key storage: after signing out the app can no longer read them and they are lost. Stay signed in until the server can be reached; the app then sends them by itself.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="62"/>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="83"/>
        <source>Toch afmelden</source>
        <translation>Sign out anyway</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="64"/>
        <source>Deze werkplek heeft geen veilige opslag voor sleutels: na het afsluiten van de app kan ze ze niet meer lezen en gaan ze verloren. Blijf aangemeld tot de server bereikbaar is; de app verzendt ze dan vanzelf.</source>
        <translation>This workstation has no secure key storage: once the app has quit it can no longer read them and they are lost. Stay signed in until the server can be reached; the app then sends them by itself.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="70"/>
        <source>Toch afsluiten</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="77"/>
        <source>Ze blijven op deze werkplek bewaard, maar worden pas verzonden wanneer u zich hier opnieuw aanmeldt. Blijf aangemeld, dan verzendt de app ze zodra de server bereikbaar is.</source>
        <translation>They are kept on this workstation, but are only sent when you sign in here again. Stay signed in and the app sends them as soon as the server can be reached.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="90"/>
        <source>Deze werkplek heeft geen veilige opslag voor sleutels. De lokale gegevens van uw vorige sessie zijn daardoor onleesbaar geworden; ze zijn apart gezet en de app haalt uw meldingen opnieuw op bij de server.</source>
        <translation>This workstation has no secure key storage. The local data of your previous session has therefore become unreadable; it was set aside and the app fetches your cases from the server again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="97"/>
        <source>De sleutel van de lokale gegevens op deze werkplek ontbreekt (bijvoorbeeld na een nieuw Windows-profiel of een gewiste sleutelopslag). De lokale kopie is daardoor onleesbaar; de app haalt uw meldingen opnieuw op bij de server.</source>
        <translation>The key of the local data on this workstation is missing (for example after a new Windows profile or a wiped credential store). The local copy is therefore unreadable; the app fetches your cases from the server again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="104"/>
        <source>1 nog niet verzonden wijziging gaat daarbij verloren. Voer ze opnieuw uit.</source>
        <translation>1 change not yet sent is lost with it. Please make it again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="109"/>
        <source>%1 nog niet verzonden wijzigingen gaan daarbij verloren. Voer ze opnieuw uit.</source>
        <translation>%1 changes not yet sent are lost with it. Please make them again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="128"/>
        <source>Let op: %1 Ze gaan verloren.</source>
        <translation>Note: %1 They will be lost.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="114"/>
        <source>Lokale gegevens onleesbaar</source>
        <translation>Local data unreadable</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="121"/>
        <source>Uw aanmelding, de sleutel en alle lokale gegevens van uw meldingen worden van deze werkplek gewist. Op de server blijft alles bewaard; na het aanmelden worden de meldingen opnieuw opgehaald.</source>
        <translation>Your sign-in, the key and all local data of your cases are wiped from this workstation. Everything stays on the server; after signing in the cases are fetched again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="133"/>
        <source>Deze werkplek vergeten</source>
        <translation>Forget this workstation</translation>
    </message>
</context>
<context>
    <name>ActionTexts</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="44"/>
        <source>Ontvangst bevestigen…</source>
        <translation>Acknowledge receipt…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="45"/>
        <source>Toewijzen…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="46"/>
        <source>Gegrondheid beoordelen…</source>
        <translation>Assess whether founded…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="49"/>
        <source>Onderzoek starten…</source>
        <translation>Start investigation…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="50"/>
        <source>Melding afronden…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="51"/>
        <source>Terugsturen naar 1700…</source>
        <translation>Return to 1700…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="52"/>
        <source>Vraag bijkomende informatie…</source>
        <translation>Request more information…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="55"/>
        <source>Terugkoppeling sturen…</source>
        <translation>Send feedback…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="82"/>
        <source>Dat kan alleen voor een doorgestuurde melding.</source>
        <translation>That is only possible for a forwarded case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="85"/>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="99"/>
        <source>Dat kan alleen zolang de melding niet afgerond is.</source>
        <translation>That is only possible while the case is not closed.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="88"/>
        <source>Dat kan na de ontvangstbevestiging, zolang de beoordeling niet begonnen is.</source>
        <translation>That is possible after the acknowledgement, as long as the assessment has not begun.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="92"/>
        <source>Dat kan alleen tijdens de beoordeling van de gegrondheid.</source>
        <translation>That is only possible during the assessment of whether the case is founded.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="95"/>
        <source>Dat kan tijdens de beoordeling (afronden zonder onderzoek) of na het onderzoek.</source>
        <translation>That is possible during the assessment (close without investigation) or after the investigation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="102"/>
        <source>Dat kan na de ontvangstbevestiging, zolang de melding niet afgerond is.</source>
        <translation>That is possible after the acknowledgement, as long as the case is not closed.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="105"/>
        <source>Dat kan vanaf de ontvangstbevestiging.</source>
        <translation>That is possible from the acknowledgement on.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="113"/>
        <source>Nu niet mogelijk: de melding heeft de status ‘%1’.</source>
        <translation>Not possible now: the case has the status ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="122"/>
        <source>Ontvangst bevestigd</source>
        <translation>Receipt acknowledged</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="123"/>
        <source>Toegewezen</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="124"/>
        <source>Beoordeling van de gegrondheid gestart</source>
        <translation>Assessment started</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="127"/>
        <source>Onderzoek gestart</source>
        <translation>Investigation started</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="128"/>
        <source>Melding afgerond</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="129"/>
        <source>Teruggestuurd naar 1700</source>
        <translation>Returned to 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="130"/>
        <source>Vraag om bijkomende informatie</source>
        <translation>Request for more information</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="133"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="134"/>
        <source>Herinnering</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="135"/>
        <source>Vraag om bijkomende informatie geannuleerd</source>
        <translation>Request for more information cancelled</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="138"/>
        <source>Notitie toegevoegd</source>
        <translation>Note added</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="139"/>
        <source>Notitie bewerkt</source>
        <translation>Note edited</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="140"/>
        <source>Geen belangenconflict verklaard</source>
        <translation>No conflict of interest declared</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="143"/>
        <source>Onthouden wegens belangenconflict</source>
        <translation>Recused for a conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="146"/>
        <source>Kopie van het dossier</source>
        <translation>Copy of the case file</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="147"/>
        <source>Tenlastelegging toegevoegd</source>
        <translation>Allegation added</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="150"/>
        <source>Tenlastelegging bewerkt</source>
        <translation>Allegation edited</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="153"/>
        <source>Tenlastelegging ingetrokken</source>
        <translation>Allegation withdrawn</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="156"/>
        <source>Bevinding vastgelegd</source>
        <translation>Finding recorded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="157"/>
        <source>Onderzoekstaak toegevoegd</source>
        <translation>Task added</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="158"/>
        <source>Onderzoekstaak bewerkt</source>
        <translation>Task edited</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="159"/>
        <source>Status van een onderzoekstaak gewijzigd</source>
        <translation>State of a task changed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="162"/>
        <source>Stuk toegevoegd</source>
        <translation>Piece added</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="163"/>
        <source>Nieuwe versie van een stuk</source>
        <translation>New version of a piece</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="166"/>
        <source>Stuk ingetrokken</source>
        <translation>Piece withdrawn</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/action_texts.py" line="167"/>
        <source>Bewaringsketen: stuk geopend of in een dossier opgenomen</source>
        <translation>Chain of custody: piece opened or included in a case file</translation>
    </message>
</context>
<context>
    <name>AddPiecesDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="159"/>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="216"/>
        <source>Stukken toevoegen</source>
        <translation>Add pieces</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="176"/>
        <source>Het bestand wordt meteen versleuteld op deze werkplek bewaard en verzonden zodra de server bereikbaar is. Geef het stuk een titel en zeg waar het vandaan komt.</source>
        <translation>The file is stored encrypted on this workstation at once and sent as soon as the server can be reached. Give the piece a title and say where it came from.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="183"/>
        <source>De %1 bestanden worden meteen versleuteld op deze werkplek bewaard en verzonden zodra de server bereikbaar is. Geef elk stuk een titel en zeg waar het vandaan komt.</source>
        <translation>The %1 files are stored encrypted on this workstation at once and sent as soon as the server can be reached. Give each piece a title and say where it came from.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="195"/>
        <source>Bestanden</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="214"/>
        <source>Stuk toevoegen</source>
        <translation>Add piece</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="227"/>
        <source>Deze bestanden worden niet toegevoegd:</source>
        <translation>These files are not added:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="233"/>
        <source>Bestanden die niet toegevoegd worden</source>
        <translation>Files that are not added</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="240"/>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="242"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="243"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="245"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="246"/>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="248"/>
        <source>wie het bezorgde, of waar het gevonden werd</source>
        <translation>who provided it, or where it was found</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="249"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="250"/>
        <source>&amp;Bron:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="252"/>
        <source>Verkregen op</source>
        <translation>Obtained on</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="253"/>
        <source>&amp;Verkregen op:</source>
        <translation>&amp;Obtained on:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="254"/>
        <source>&amp;Dezelfde bron en datum voor alle bestanden</source>
        <translation>The same source and &amp;date for all files</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="260"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="261"/>
        <source>B&amp;eschrijving:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="323"/>
        <source>Geen van de gekozen bestanden kan toegevoegd worden.</source>
        <translation>None of the chosen files can be added.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="330"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="338"/>
        <source>Geef het stuk een titel.</source>
        <translation>Give the piece a title.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="341"/>
        <source>De titel is te lang: hoogstens %1 tekens.</source>
        <translation>The title is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="345"/>
        <source>De bron is te lang: hoogstens %1 tekens.</source>
        <translation>The source is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="349"/>
        <source>De beschrijving is te lang: hoogstens %1 tekens.</source>
        <translation>The description is too long: at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>AllegationCard</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="39"/>
        <source>Tenlastelegging %1</source>
        <translation>Allegation %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="46"/>
        <source>Motivering</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="50"/>
        <source>Steunt op</source>
        <translation>Rests on</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="53"/>
        <source>geen stukken aangeduid</source>
        <translation>no pieces marked</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="61"/>
        <source>Aanbevolen opvolging</source>
        <translation>Recommended follow-up</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="72"/>
        <source>Nog geen bevinding (nodig voordat de melding afgerond kan worden).</source>
        <translation>No finding yet (needed before the case can be closed).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="77"/>
        <source>Bevinding: %1 · versie %2</source>
        <translation>Finding: %1 · version %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="89"/>
        <source>Vastgelegd door %1 op %2</source>
        <translation>Recorded by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="103"/>
        <source>versie %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="108"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="110"/>
        <source>nog niet verzonden</source>
        <translation>not yet sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="112"/>
        <source>Betrokkenen: %1</source>
        <translation>Involved persons: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="115"/>
        <source>Periode van de feiten: %1</source>
        <translation>Period of the facts: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="119"/>
        <source>Toegevoegd door %1 op %2</source>
        <translation>Added by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="125"/>
        <source>gewijzigd door %1 op %2</source>
        <translation>changed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="139"/>
        <source>Ingetrokken door %1 op %2. Reden: %3</source>
        <translation>Withdrawn by %1 on %2. Reason: %3</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="199"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="200"/>
        <source>%1 bewerken</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="206"/>
        <source>Intrekken…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="207"/>
        <source>%1 intrekken</source>
        <translation>Withdraw %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="213"/>
        <source>Bevinding vastleggen…</source>
        <translation>Record finding…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="214"/>
        <source>Bevinding bij tenlastelegging %1 vastleggen</source>
        <translation>Record the finding on allegation %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="220"/>
        <source>Bevinding bij tenlastelegging %1 wijzigen</source>
        <translation>Change the finding on allegation %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="235"/>
        <source>Eerdere versies van tenlastelegging %1</source>
        <translation>Earlier versions of allegation %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="219"/>
        <source>Bevinding wijzigen…</source>
        <translation>Change finding…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_card.py" line="233"/>
        <source>Eerdere versies…</source>
        <translation>Earlier versions…</translation>
    </message>
</context>
<context>
    <name>AllegationDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_dialog.py" line="57"/>
        <location filename="../../investigator_app/gui/workspace/allegation_dialog.py" line="58"/>
        <source>Tenlastelegging toevoegen</source>
        <translation>Add allegation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_dialog.py" line="61"/>
        <source>Tenlastelegging %1 bewerken</source>
        <translation>Edit allegation %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_dialog.py" line="63"/>
        <source>Nieuwe versie bewaren</source>
        <translation>Save new version</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_dialog.py" line="76"/>
        <source>De melding noemt geen betrokkenen: typ ze hieronder.</source>
        <translation>The case names no involved persons: type them below.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_dialog.py" line="163"/>
        <source>Beschrijf wat er aangeklaagd wordt.</source>
        <translation>Describe what is alleged.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_dialog.py" line="165"/>
        <source>De tekst is te lang: kort hem in tot %1 tekens.</source>
        <translation>The text is too long: shorten it to %1 characters.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_dialog.py" line="170"/>
        <source>Te veel betrokkenen: hoogstens %1.</source>
        <translation>Too many involved persons: at most %1.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_dialog.py" line="174"/>
        <source>Een betrokkene is te lang (hoogstens %1 tekens): %2…</source>
        <translation>An involved person is too long (at most %1 characters): %2…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_dialog.py" line="180"/>
        <source>De periode van de feiten eindigt voor ze begint.</source>
        <translation>The period of the facts ends before it begins.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/allegation_dialog.py" line="182"/>
        <source>Er is nog niets gewijzigd.</source>
        <translation>Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>Tenlastelegging</source>
        <translation>Allegation</translation>
    </message>
    <message>
        <source>Een tenlastelegging zegt wat er aangeklaagd wordt en wie het betreft. Elke tenlastelegging krijgt een bevinding. Na een wijziging blijft de vorige versie bewaard.</source>
        <translation>An allegation says what is alleged and whom it concerns. Every allegation gets a finding. After a change the previous version is kept.</translation>
    </message>
    <message>
        <source>&amp;Wat wordt er aangeklaagd?</source>
        <translation>&amp;What is alleged?</translation>
    </message>
    <message>
        <source>Tekst van de tenlastelegging</source>
        <translation>Text of the allegation</translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation>Involved persons</translation>
    </message>
    <message>
        <source>&amp;Uit de melding (vink aan wie het betreft)</source>
        <translation>&amp;From the case (tick whom it concerns)</translation>
    </message>
    <message>
        <source>Betrokkenen uit de melding</source>
        <translation>Involved persons from the case</translation>
    </message>
    <message>
        <source>&amp;Andere betrokkenen (één per regel)</source>
        <translation>&amp;Other involved persons (one per line)</translation>
    </message>
    <message>
        <source>Andere betrokkenen, één per regel</source>
        <translation>Other involved persons, one per line</translation>
    </message>
    <message>
        <source>&amp;Categorie</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>Categorie van de tenlastelegging</source>
        <translation>Category of the allegation</translation>
    </message>
    <message>
        <source>Periode van de feiten (als die bekend is)</source>
        <translation>Period of the facts (if known)</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Begindatum van de feiten opgeven</source>
        <translation>Give the start date of the facts</translation>
    </message>
    <message>
        <source>Begindatum van de feiten</source>
        <translation>Start date of the facts</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;Up to and including</translation>
    </message>
    <message>
        <source>Einddatum van de feiten opgeven</source>
        <translation>Give the end date of the facts</translation>
    </message>
    <message>
        <source>Einddatum van de feiten</source>
        <translation>End date of the facts</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="44"/>
        <source>Mezelf</source>
        <translation>Myself</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="48"/>
        <source>Niemand (toewijzing opheffen)</source>
        <translation>Nobody (remove the assignment)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="51"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="51"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Melding toewijzen</source>
        <translation>Assign case</translation>
    </message>
    <message>
        <source>&amp;Toewijzen aan</source>
        <translation>&amp;Assign to</translation>
    </message>
    <message>
        <source>Onderzoeker aan wie de melding wordt toegewezen</source>
        <translation>Investigator to whom the case is assigned</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../../investigator_app/gui/conversation/attachment_opener.py" line="70"/>
        <source>Mogelijk gevaarlijke bijlage</source>
        <translation>Possibly dangerous attachment</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/attachment_opener.py" line="71"/>
        <source>&apos;%1&apos; is een bestandstype dat programma&apos;s of macro&apos;s kan uitvoeren. Open het alleen als u de inhoud vertrouwt. Toch openen?</source>
        <translation>&apos;%1&apos; is a file type that can run programs or macros. Only open it if you trust its content. Open it anyway?</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="26"/>
        <source>Dossier geëxporteerd</source>
        <translation>Case file exported</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="27"/>
        <source>Dossier afgedrukt</source>
        <translation>Case file printed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="28"/>
        <source>Identiteit melder getoond</source>
        <translation>Reporter&apos;s identity shown</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="31"/>
        <source>Verklaard: geen belangenconflict</source>
        <translation>Declared: no conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="34"/>
        <source>Onthouden wegens belangenconflict</source>
        <translation>Recused for a conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="37"/>
        <source>Tenlastelegging toegevoegd</source>
        <translation>Allegation added</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="40"/>
        <source>Tenlastelegging gewijzigd</source>
        <translation>Allegation changed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="43"/>
        <source>Tenlastelegging ingetrokken</source>
        <translation>Allegation withdrawn</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="46"/>
        <source>Bevinding vastgelegd</source>
        <translation>Finding recorded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="47"/>
        <source>Onderzoekstaak toegevoegd</source>
        <translation>Task added</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="48"/>
        <source>Onderzoekstaak gewijzigd</source>
        <translation>Task changed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="49"/>
        <source>Onderzoekstaak van toestand veranderd</source>
        <translation>Task state changed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="52"/>
        <source>Stuk toegevoegd</source>
        <translation>Piece added</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="53"/>
        <source>Stuk vervangen door een nieuwe versie</source>
        <translation>Piece replaced by a new version</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="56"/>
        <source>Stuk ingetrokken</source>
        <translation>Piece withdrawn</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="57"/>
        <source>Stuk geopend, geëxporteerd of afgedrukt</source>
        <translation>Piece opened, exported or printed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="60"/>
        <source>Verhoor toegevoegd</source>
        <translation>Interview record added</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="61"/>
        <source>Verhoor gewijzigd</source>
        <translation>Interview record changed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="62"/>
        <source>Verhoor ondertekend</source>
        <translation>Interview record signed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="63"/>
        <source>Verbetering van een verhoor</source>
        <translation>Correction of an interview record</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="75"/>
        <source>Audittrail van %1</source>
        <translation>Audit trail of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="77"/>
        <source>De audittrail wordt opgehaald bij de server…</source>
        <translation>Fetching the audit trail from the server…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="81"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="81"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="81"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="81"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="83"/>
        <source>Audittrail van de melding</source>
        <translation>Audit trail of the case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="114"/>
        <source>%1 registraties.</source>
        <translation>%1 entries.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="116"/>
        <source>Nog niets geregistreerd voor deze melding.</source>
        <translation>Nothing recorded for this case yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="122"/>
        <source>De audittrail staat op de server en is nu niet bereikbaar. Probeer opnieuw wanneer u online bent.</source>
        <translation>The audit trail is kept on the server, which cannot be reached now. Try again when you are online.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="50"/>
        <source>Selectie exporteren</source>
        <translation>Export selection</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="55"/>
        <source>Volledig dossier (onderzoeker)</source>
        <translation>Full case file (investigator)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="56"/>
        <source>Afdruk leidinggevende</source>
        <translation>Manager&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="62"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="68"/>
        <source>&amp;Profiel</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="69"/>
        <source>&amp;Voor (lezer)</source>
        <translation>&amp;For (reader)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="72"/>
        <source>&amp;Map</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="42"/>
        <source>%1 dossiers</source>
        <translation>%1 case files</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="41"/>
        <source>1 dossier</source>
        <translation>1 case file</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="83"/>
        <source>Geëxporteerde meldingen</source>
        <translation>Exported cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="88"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="89"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="90"/>
        <source>Toon in m&amp;ap</source>
        <translation>Show in f&amp;older</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="108"/>
        <source>Map kiezen</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="117"/>
        <source>Vul in voor wie deze exemplaren zijn.</source>
        <translation>Fill in who these copies are for.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="120"/>
        <source>Die map bestaat niet.</source>
        <translation>That folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="134"/>
        <source>%1 opgeslagen in %2.</source>
        <translation>%1 saved in %2.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="140"/>
        <source>Niet gelukt: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="145"/>
        <source>De registratie volgt zodra de dienst bereikbaar is.</source>
        <translation>The copies will be recorded as soon as the service can be reached.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="156"/>
        <source>De export is mislukt.</source>
        <translation>The export failed.</translation>
    </message>
</context>
<context>
    <name>BrowserUnlock</name>
    <message>
        <location filename="../../investigator_app/gui/session/browser_unlock.py" line="55"/>
        <source>Uw browser werd geopend. Meld u daar opnieuw aan met uw organisatieaccount; daarna wordt dit venster vanzelf ontgrendeld.</source>
        <translation>Your browser was opened. Sign in there again with your organisation account; this window then unlocks by itself.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/browser_unlock.py" line="85"/>
        <source>Het aanmelden via de browser werd gestopt.</source>
        <translation>Signing in through the browser was stopped.</translation>
    </message>
</context>
<context>
    <name>CaseActionBar</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_action_bar.py" line="47"/>
        <source>Acties voor de melding</source>
        <translation>Actions for the case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_action_bar.py" line="60"/>
        <source>Toon identiteit melder…</source>
        <translation>Show reporter&apos;s identity…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_action_bar.py" line="67"/>
        <source>Alle acties voor deze melding, altijd in dezelfde volgorde</source>
        <translation>All actions for this case, always in the same order</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_action_bar.py" line="114"/>
        <source>Geen volgende stap</source>
        <translation>No next step</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_action_bar.py" line="117"/>
        <source>Voor deze melding is er geen volgende stap.</source>
        <translation>There is no next step for this case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_action_bar.py" line="122"/>
        <source>Volgende stap: geen</source>
        <translation>Next step: none</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_action_bar.py" line="128"/>
        <source>Volgende stap: %1</source>
        <translation>Next step: %1</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_actions.py" line="126"/>
        <source>De wijziging is ongedaan gemaakt; ze werd niet verzonden.</source>
        <translation>The change was undone; it was not sent.</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_controller.py" line="423"/>
        <source>Deze actie is in de huidige status niet meer mogelijk; verwerp ze.</source>
        <translation>This action is no longer possible in the current status; discard it.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="22"/>
        <source>Deze actie is niet (meer) mogelijk in de huidige status van de melding.</source>
        <translation>This action is not (or no longer) possible in the case&apos;s current status.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="28"/>
        <source>De notitie werd niet bewaard: ze moet tekst bevatten (niet te lang), en alleen eigen notities kunnen bewerkt worden.</source>
        <translation>The note was not saved: it must contain text (not too long), and only your own notes can be edited.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="36"/>
        <source>De wijziging aan het onderzoek werd niet bewaard: ze is niet (meer) mogelijk in de huidige status van de melding of van het onderzoek, of een veld is leeg of te lang.</source>
        <translation>The change to the investigation was not saved: it is not (or no longer) possible in the current status of the case or the investigation, or a field is empty or too long.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="54"/>
        <source>De melding werd niet afgerond: tenlastelegging %1 heeft nog geen bevinding. Elke tenlastelegging die niet ingetrokken is, heeft een bevinding nodig.</source>
        <translation>The case was not closed: allegation %1 has no finding yet. Every allegation that was not withdrawn needs a finding.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="64"/>
        <source>De brief werd niet verzonden: hij bevat alleen de aanhef en de groet. Schrijf ertussen wat u de melder wilt laten weten.</source>
        <translation>The letter was not sent: it holds only the greeting and the closing. Write what you want to tell the reporter in between.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="69"/>
        <source>De wijziging aan het onderzoek werd niet bewaard: alleen het dossierteam (wie de melding toegewezen kreeg en de leidinggevenden) kan het onderzoek wijzigen.</source>
        <translation>The change to the investigation was not saved: only the case team (the assignee and the managers) can change the investigation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="74"/>
        <source>De taak werd niet bewaard: de verantwoordelijke moet een actief lid van de dienst zijn dat zich niet onthouden heeft van deze melding.</source>
        <translation>The task was not saved: the owner must be an active member of the department who has not recused from this case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="79"/>
        <source>De bevinding werd niet bewaard: een stuk waarop ze steunt, hoort niet bij deze melding (een bijlage van de melding, een antwoord van de melder, een bijlage bij dat antwoord of een stuk van het onderzoek).</source>
        <translation>The finding was not saved: a piece it rests on does not belong to this case (an attachment to the case, an answer of the reporter, an attachment to that answer or a piece of the investigation).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="85"/>
        <source>De melding werd niet afgerond: wie afrondt zonder onderzoek, kiest de grond.</source>
        <translation>The case was not closed: closing without investigation needs a ground.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="89"/>
        <source>De melding werd niet afgerond: een melding in onderzoek wordt afgerond op haar bevindingen, niet op een grond.</source>
        <translation>The case was not closed: a case under investigation is closed on its findings, not on a ground.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="94"/>
        <source>De melding werd niet afgerond: het onderzoek heeft geen tenlastelegging die niet ingetrokken is. Voeg een tenlastelegging en haar bevinding toe.</source>
        <translation>The case was not closed: the investigation has no allegation that was not withdrawn. Add an allegation and its finding.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="99"/>
        <source>De melding werd niet afgerond: de uitkomst past niet (meer) bij de bevindingen of de grond. Kies opnieuw Melding afronden… en bevestig de uitkomst die getoond wordt.</source>
        <translation>The case was not closed: the outcome no longer matches the findings or the ground. Choose Close case… again and confirm the outcome shown.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="110"/>
        <source>De tenlastelegging werd niet bewaard: beschrijf wat er ten laste gelegd wordt.</source>
        <translation>The allegation was not saved: describe what is alleged.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="114"/>
        <source>De tenlastelegging werd niet bewaard: de periode van de feiten eindigt voor ze begint.</source>
        <translation>The allegation was not saved: the period of the facts ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="118"/>
        <source>De wijziging werd niet bewaard: deze tenlastelegging bestaat niet in deze melding.</source>
        <translation>The change was not saved: this allegation does not exist in this case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="122"/>
        <source>De wijziging werd niet bewaard: deze tenlastelegging werd ingetrokken.</source>
        <translation>The change was not saved: this allegation was withdrawn.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="125"/>
        <source>Er werd niets gewijzigd aan de tenlastelegging; er is niets bewaard.</source>
        <translation>Nothing was changed in the allegation; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="128"/>
        <source>De tenlastelegging werd niet ingetrokken: geef de reden.</source>
        <translation>The allegation was not withdrawn: give the reason.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="131"/>
        <source>De bevinding werd niet bewaard: ze heeft een motivering nodig.</source>
        <translation>The finding was not saved: it needs a motivation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="135"/>
        <source>De bevinding werd niet bewaard: kies de aanbevolen opvolging van een (deels) gegronde tenlastelegging.</source>
        <translation>The finding was not saved: choose the recommended follow-up of a (partly) founded allegation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="141"/>
        <source>De bevinding werd niet bewaard: alleen een (deels) gegronde tenlastelegging krijgt een aanbevolen opvolging.</source>
        <translation>The finding was not saved: only a (partly) founded allegation gets a recommended follow-up.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="146"/>
        <source>De bevinding werd niet bewaard: beschrijf de andere aanbevolen opvolging.</source>
        <translation>The finding was not saved: describe the other recommended follow-up.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="150"/>
        <source>De bevinding werd niet bewaard: een stuk wordt twee keer vermeld.</source>
        <translation>The finding was not saved: a piece is cited twice.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="153"/>
        <source>Er werd niets gewijzigd aan de bevinding; er is niets bewaard.</source>
        <translation>Nothing was changed in the finding; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="156"/>
        <source>De taak werd niet bewaard: ze heeft een omschrijving nodig.</source>
        <translation>The task was not saved: it needs a description.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="159"/>
        <source>De wijziging werd niet bewaard: deze taak bestaat niet in deze melding.</source>
        <translation>The change was not saved: this task does not exist in this case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="162"/>
        <source>De taak werd niet gewijzigd: alleen een open taak kan gewijzigd worden.</source>
        <translation>The task was not changed: only an open task can be changed.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="165"/>
        <source>Er werd niets gewijzigd aan de taak; er is niets bewaard.</source>
        <translation>Nothing was changed in the task; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="168"/>
        <source>De tenlastelegging werd niet bewaard: ze bestaat al in deze melding.</source>
        <translation>The allegation was not saved: it exists already in this case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="171"/>
        <source>De taak werd niet bewaard: ze bestaat al in deze melding.</source>
        <translation>The task was not saved: it exists already in this case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="174"/>
        <source>Het verhoor werd niet bewaard: het bestaat al in deze melding.</source>
        <translation>The interview record was not saved: it exists already in this case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="177"/>
        <source>De melding werd niet afgerond: kies de grond om zonder onderzoek af te ronden.</source>
        <translation>The case was not closed: choose the ground for closing without investigation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="181"/>
        <source>De melding werd niet afgerond: een onderzochte melding wordt afgerond op haar bevindingen, niet op een grond.</source>
        <translation>The case was not closed: an investigated case closes on its findings, not on a ground.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="186"/>
        <source>De melding werd niet afgerond: een onderzoek heeft minstens één tenlastelegging nodig.</source>
        <translation>The case was not closed: an investigation needs at least one allegation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="198"/>
        <source>De taak heeft die toestand al; er is niets gewijzigd.</source>
        <translation>The task is in that state already; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="206"/>
        <source>Deze actie kan niet meer ongedaan gemaakt worden: ze is al verzonden of wordt op dit moment verzonden.</source>
        <translation>This action can no longer be undone: it has been sent or is being sent right now.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="212"/>
        <source>Deze actie kan niet ongedaan gemaakt worden: een latere actie op deze melding, nog niet verzonden, bouwt erop voort. Maak eerst die latere actie ongedaan.</source>
        <translation>This action cannot be undone: a later action on this case, not yet sent, builds on it. Undo that later action first.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="219"/>
        <source>Deze actie wacht niet meer op verzending: ze werd intussen verwerkt.</source>
        <translation>This action no longer waits to be sent: it has been processed in the meantime.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/queue_refusals.py" line="225"/>
        <source>Een gemaakte kopie en het openen, exporteren of afdrukken van een stuk worden altijd in de audittrail vastgelegd: dit kan niet ongedaan gemaakt worden.</source>
        <translation>A copy made, and opening, exporting or printing a piece, are always recorded in the audit trail: this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="20"/>
        <source>Het bestand werd niet aanvaard: het is groter dan %1, de grens die de dienst instelde.</source>
        <translation>The file was not accepted: it is larger than %1, the limit the department set.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="26"/>
        <source>Het bestand werd niet aanvaard: het staat niet (meer) op deze werkplek. Kies het opnieuw.</source>
        <translation>The file was not accepted: it is not (or no longer) on this workstation. Choose it again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="35"/>
        <source>Het stuk werd niet bewaard: na de afronding kan alleen nog het ondertekende exemplaar van een verhoor toegevoegd worden.</source>
        <translation>The piece was not saved: after the closing, only the signed copy of an interview record can be added.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="40"/>
        <source>Het stuk werd niet bewaard: geef het een titel.</source>
        <translation>The piece was not saved: give it a title.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="43"/>
        <source>Het stuk werd niet bewaard: het bestand is leeg.</source>
        <translation>The piece was not saved: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="46"/>
        <source>De wijziging werd niet bewaard: dit stuk bestaat niet in deze melding.</source>
        <translation>The change was not saved: this piece does not exist in this case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="49"/>
        <source>De wijziging werd niet bewaard: dit stuk werd ingetrokken.</source>
        <translation>The change was not saved: this piece was withdrawn.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="52"/>
        <source>Het stuk werd niet bewaard: het bestaat al in deze melding.</source>
        <translation>The piece was not saved: it already exists in this case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="55"/>
        <source>De nieuwe versie werd niet bewaard: geef de reden.</source>
        <translation>The new version was not saved: give the reason.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="58"/>
        <source>De nieuwe versie werd niet bewaard: het gekozen bestand is hetzelfde als de huidige versie.</source>
        <translation>The new version was not saved: the chosen file is the same as the current version.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="63"/>
        <source>Het stuk werd niet ingetrokken: geef de reden.</source>
        <translation>The piece was not withdrawn: give the reason.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_refusals.py" line="66"/>
        <source>Deze versie van het stuk bestaat niet.</source>
        <translation>This version of the piece does not exist.</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="115"/>
        <source>Gegrondheid beoordelen</source>
        <translation>Assess whether founded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="116"/>
        <source>U begint de beoordeling van de gegrondheid van melding %1. Daarna kunt u een onderzoek starten of de melding afronden zonder onderzoek.</source>
        <translation>You start assessing whether case %1 is founded. After that you can start an investigation or close the case without investigation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="121"/>
        <source>Beoordeling starten</source>
        <translation>Start assessment</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="128"/>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="134"/>
        <source>Onderzoek starten</source>
        <translation>Start investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="129"/>
        <source>U start het onderzoek van melding %1. Leg daarna op het tabblad Onderzoek de tenlasteleggingen vast en plan de onderzoekstaken.</source>
        <translation>You start the investigation of case %1. Then record the allegations on the Investigation tab and plan the tasks.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="52"/>
        <source>Geen openstaande termijn</source>
        <translation>No open deadline</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="54"/>
        <source>%1 uiterlijk %2</source>
        <translation>%1 due %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="59"/>
        <source>termijn verstreken</source>
        <translation>deadline passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="63"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="66"/>
        <source>nog 1 werkdag</source>
        <translation>1 working day left</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="68"/>
        <source>geen werkdag meer</source>
        <translation>no working day left</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="69"/>
        <source>nog %1 werkdagen</source>
        <translation>%1 working days left</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="115"/>
        <source>Nog niet verzonden wijzigingen</source>
        <translation>Changes not sent yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="133"/>
        <source>Toegewezen aan %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="137"/>
        <source>Niet toegewezen</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="190"/>
        <source>1 wijziging nog niet verzonden</source>
        <translation>1 change not sent yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="192"/>
        <source>%1 wijzigingen nog niet verzonden</source>
        <translation>%1 changes not sent yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="200"/>
        <source>Ze wachten om naar de server te gaan (bijvoorbeeld omdat u offline bent). Zolang ze niet verzonden zijn, kunt u ze hier ongedaan maken.</source>
        <translation>They are waiting to go to the server (for example because you are offline). As long as they are not sent, you can undo them here.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="207"/>
        <source>Nog niet verzonden (nieuwste onderaan):</source>
        <translation>Not yet sent (newest at the bottom):</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="212"/>
        <source>Ongedaan maken: %1 (%2)</source>
        <translation>Undo: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_header.py" line="222"/>
        <source>Wordt nu verzonden of hangt af van een latere wijziging: kan niet meer ongedaan gemaakt worden.</source>
        <translation>Being sent now, or a later change depends on it: it can no longer be undone.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="65"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="66"/>
        <source>Alle open meldingen</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="67"/>
        <source>Mijn meldingen</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="68"/>
        <source>Mijn taken</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="69"/>
        <source>Termijn verstreken</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="70"/>
        <source>Wacht op antwoord</source>
        <translation>Awaiting answer</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="71"/>
        <source>Te herverdelen</source>
        <translation>To be reassigned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="81"/>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="136"/>
        <source>%1 van %2 meldingen</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="136"/>
        <source>%1 van 1 melding</source>
        <translation>%1 of 1 case</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>Verberg identiteit</source>
        <translation>Hide identity</translation>
    </message>
    <message>
        <source>Onthoudingen wegens belangenconflict</source>
        <translation>Recusals for a conflict of interest</translation>
    </message>
    <message>
        <source>Selecteer een melding in de lijst.</source>
        <translation>Select a case in the list.</translation>
    </message>
    <message>
        <source>Opnieuw uitvoeren</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Verwerpen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Toewijzen…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Toegewezen aan</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Betrokken entiteit</source>
        <translation>Involved entity</translation>
    </message>
    <message>
        <source>Betrokken personen</source>
        <translation>Involved persons</translation>
    </message>
    <message>
        <source>Beschrijving van de melding</source>
        <translation>Description of the case</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Vraag bijkomende informatie…</source>
        <translation>Request more information…</translation>
    </message>
    <message>
        <source>Terugkoppeling sturen…</source>
        <translation>Send feedback…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="270"/>
        <source>Berichten</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Berichten met de melder</source>
        <translation>Messages with the reporter</translation>
    </message>
    <message>
        <source>Toon identiteit melder…</source>
        <translation>Show reporter&apos;s identity…</translation>
    </message>
    <message>
        <source>Kop van de melding</source>
        <translation>Case header</translation>
    </message>
    <message>
        <source>Referentie</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Te herverdelen</source>
        <translation>To be reassigned</translation>
    </message>
    <message>
        <source>Iemand onthield zich wegens een belangenconflict. Een leidinggevende wijst de melding opnieuw toe.</source>
        <translation>Someone recused for a conflict of interest. A manager assigns the case again.</translation>
    </message>
    <message>
        <source>Nieuw antwoord</source>
        <translation>New answer</translation>
    </message>
    <message>
        <source>Nieuw antwoord van de melder: toon de berichten</source>
        <translation>New answer from the reporter: show the messages</translation>
    </message>
    <message>
        <source>De melder antwoordde sinds u de melding laatst opende. Klik om de berichten te tonen.</source>
        <translation>The reporter answered since you last opened the case. Click to show the messages.</translation>
    </message>
    <message>
        <source>Titel van de melding</source>
        <translation>Title of the case</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Meer acties</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>Meer acties voor de melding</source>
        <translation>More actions for the case</translation>
    </message>
    <message>
        <source>Nog niet verzonden wijzigingen</source>
        <translation>Changes not sent yet</translation>
    </message>
    <message>
        <source>Onderdelen van de melding</source>
        <translation>Parts of the case</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Afronding van de melding</source>
        <translation>Closing of the case</translation>
    </message>
    <message>
        <source>Afronding</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Uitkomst en grond</source>
        <translation>Outcome and ground</translation>
    </message>
    <message>
        <source>Motivering van de afronding</source>
        <translation>Motivation of the closing</translation>
    </message>
    <message>
        <source>Onderzoek</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Vraag bijkomende informatie</source>
        <translation>Request more information</translation>
    </message>
    <message>
        <source>Terugkoppeling sturen</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="138"/>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="277"/>
        <source>Verhoren</source>
        <translation>Interview records</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="156"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="179"/>
        <source>Toon identiteit melder</source>
        <translation>Show reporter&apos;s identity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="182"/>
        <source>Vraagt de identiteit van de melder op bij de server, met een reden. Elke opvraging wordt in de Audittrail bewaard.</source>
        <translation>Requests the reporter&apos;s identity from the server, with a reason. Every request is kept on the audit trail.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="190"/>
        <source>Identiteit van de melder</source>
        <translation>The reporter&apos;s identity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="194"/>
        <source>Verberg identiteit melder</source>
        <translation>Hide reporter&apos;s identity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="197"/>
        <source>Haalt de identiteit uit het venster; opnieuw tonen vraagt een nieuwe reden.</source>
        <translation>Removes the identity from the window; showing it again asks for a new reason.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="274"/>
        <source>Stukken</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="309"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="324"/>
        <source>doorgestuurd op %1</source>
        <translation>forwarded on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="329"/>
        <source>%1 (identiteit vertrouwelijk, bekend bij 1700)</source>
        <translation>%1 (identity confidential, known to 1700)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="337"/>
        <source>Geen vermeld</source>
        <translation>None given</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="355"/>
        <source>Uitkomst: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="361"/>
        <source>Afgerond zonder onderzoek, grond: %1</source>
        <translation>Closed without investigation, ground: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="370"/>
        <source>Afgerond op %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="379"/>
        <source>Motivering:</source>
        <translation>Motivation:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="381"/>
        <source>Geen motivering bewaard.</source>
        <translation>No motivation kept.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="422"/>
        <source>(nog niet verzonden)</source>
        <translation>(not yet sent)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="427"/>
        <source>Te herverdelen: iemand onthield zich wegens een belangenconflict. Een leidinggevende wijst de melding opnieuw toe.</source>
        <translation>To be reassigned: someone recused for a conflict of interest. A manager assigns the case again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="435"/>
        <source>Onthouden wegens een belangenconflict:</source>
        <translation>Recused for a conflict of interest:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="463"/>
        <source>Identiteit van de melder (enkel voor deze sessie, niet bewaard)</source>
        <translation>The reporter&apos;s identity (for this session only, not kept)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="466"/>
        <source>Naam: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="467"/>
        <source>Organisatie: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="470"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="473"/>
        <source>Telefoon: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="476"/>
        <source>Taal: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="491"/>
        <source>Uw actie &apos;%1&apos; werd niet uitgevoerd: een collega wijzigde deze melding eerst. Bekijk de huidige toestand en voer de actie opnieuw uit of verwerp ze.</source>
        <translation>Your action &apos;%1&apos; was not carried out: a colleague changed this case first. Look at its current state and carry out the action again, or discard it.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="497"/>
        <source>Uw actie &apos;%1&apos; werd niet uitgevoerd: de server kon deze actie niet verwerken, ook niet na enkele pogingen. Probeer ze later opnieuw of verwerp ze.</source>
        <translation>Your action &apos;%1&apos; was not carried out: the server could not process it, not even after several attempts. Try it again later or discard it.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="503"/>
        <source>Uw actie &apos;%1&apos; werd door de server geweigerd: %2</source>
        <translation>Your action &apos;%1&apos; was refused by the server: %2</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="43"/>
        <source>Referentie</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="44"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="45"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="46"/>
        <source>Betrokken entiteit</source>
        <translation>Involved entity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="49"/>
        <source>Toegewezen aan</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="214"/>
        <source>Nieuw antwoord van de melder; nog niet gelezen.</source>
        <translation>New answer from the reporter; not read yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="218"/>
        <source>Een actie van u werd niet uitgevoerd; open de melding.</source>
        <translation>One of your actions was not carried out; open the case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="48"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="55"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="60"/>
        <source>De volgende termijn: ontvangstbevestiging of terugkoppeling</source>
        <translation>The next deadline: acknowledgement or feedback</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="130"/>
        <source>Te herverdelen</source>
        <translation>To be reassigned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="210"/>
        <source>Nieuw doorgestuurd; nog niet geopend op deze werkplek.</source>
        <translation>Newly forwarded; not opened on this workstation yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="222"/>
        <source>Nog niet verzonden wijzigingen: %1</source>
        <translation>Changes not sent yet: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="232"/>
        <source>De melder antwoordde niet binnen de gevraagde termijn</source>
        <translation>The reporter did not answer within the requested time</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="236"/>
        <source>Wacht op antwoord van de melder (uiterlijk %1)</source>
        <translation>Awaiting the reporter&apos;s answer (by %1)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="240"/>
        <source>Wacht op antwoord van de melder</source>
        <translation>Awaiting the reporter&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="252"/>
        <source>Iemand onthield zich wegens een belangenconflict; wijs de melding opnieuw toe.</source>
        <translation>Someone recused themselves for a conflict of interest; assign the case again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="268"/>
        <source>Termijn voor %1 verstreken</source>
        <translation>Deadline for %1 passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="272"/>
        <source>Termijn voor %1 nadert</source>
        <translation>Deadline for %1 approaching</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="275"/>
        <source>Termijn voor %1</source>
        <translation>Deadline for %1</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="60"/>
        <source>Geen integriteitsschending</source>
        <translation>No integrity violation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="63"/>
        <source>Feiten ouder dan een jaar</source>
        <translation>The facts are more than a year old</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="66"/>
        <source>Kennelijk ongegrond</source>
        <translation>Manifestly unfounded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="69"/>
        <source>Reeds behandeld</source>
        <translation>Already handled</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="72"/>
        <source>Andere (zeg welke in de motivering)</source>
        <translation>Other (say which in the motivation)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="100"/>
        <source>ingetrokken (telt niet mee)</source>
        <translation>withdrawn (does not count)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="102"/>
        <source>nog geen bevinding</source>
        <translation>no finding yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="123"/>
        <source>Melding afronden…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="125"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="146"/>
        <source>Melding afronden zonder onderzoek</source>
        <translation>Close case without investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="149"/>
        <source>U rondt de melding %1 af zonder onderzoek. Kies de grond en motiveer ze; de uitkomst volgt uit de grond.</source>
        <translation>You close case %1 without investigation. Choose the ground and give your motivation; the outcome follows from the ground.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="165"/>
        <source>Uitkomst: kies eerst een grond.</source>
        <translation>Outcome: choose a ground first.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="173"/>
        <source>Uitkomst: %1 (afgerond zonder onderzoek)</source>
        <translation>Outcome: %1 (closed without investigation)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="181"/>
        <source>Melding afronden na onderzoek</source>
        <translation>Close case after investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="184"/>
        <source>U rondt het onderzoek van melding %1 af. De uitkomst volgt uit de bevindingen op de tenlasteleggingen die niet ingetrokken zijn.</source>
        <translation>You close the investigation of case %1. The outcome follows from the findings on the allegations that were not withdrawn.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="196"/>
        <source>Er is nog geen tenlastelegging (of ze zijn alle ingetrokken). Leg op het tabblad Onderzoek vast wat onderzocht werd, met een bevinding per tenlastelegging.</source>
        <translation>There is no allegation yet (or all were withdrawn). Record on the Investigation tab what was investigated, with a finding per allegation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="205"/>
        <source>Nog niet mogelijk: tenlastelegging %1 heeft nog geen bevinding.</source>
        <translation>Not possible yet: allegation %1 has no finding yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="210"/>
        <source>Nog niet mogelijk: tenlasteleggingen %1 hebben nog geen bevinding.</source>
        <translation>Not possible yet: allegations %1 have no finding yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="215"/>
        <source>Leg die vast op het tabblad Onderzoek, of trek een tenlastelegging in.</source>
        <translation>Record it on the Investigation tab, or withdraw an allegation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="226"/>
        <source>Uitkomst: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="228"/>
        <source>Uitkomst: nog onbekend</source>
        <translation>Outcome: not known yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="257"/>
        <source>Kies de grond waarop u de melding afrondt.</source>
        <translation>Choose the ground on which you close the case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="261"/>
        <source>Een motivering is verplicht.</source>
        <translation>A motivation is required.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="263"/>
        <source>De motivering is te lang (maximaal %1 tekens).</source>
        <translation>The motivation is too long (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="289"/>
        <source>Melding %1 afronden met de uitkomst ‘%2’?</source>
        <translation>Close case %1 with the outcome ‘%2’?</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="297"/>
        <source>Grond: %1.</source>
        <translation>Ground: %1.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="301"/>
        <source>Daarna liggen de tenlasteleggingen en bevindingen vast; openstaande taken kunt u nog afvinken.</source>
        <translation>After that the allegations and findings are fixed; open tasks can still be ticked off.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="313"/>
        <source>De melder kreeg op %1 een terugkoppeling. Over deze afronding hoort de melder niets, tenzij u een nieuwe terugkoppeling stuurt.</source>
        <translation>The reporter received feedback on %1. The reporter hears nothing of this closing unless you send new feedback.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="319"/>
        <source>De melder hoort niets van de afronding tot u de terugkoppeling stuurt: die vertelt welk gevolg aan de melding gegeven werd.</source>
        <translation>The reporter hears nothing of the closing until you send the feedback: it tells how the report was followed up.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="327"/>
        <source>De termijn voor de terugkoppeling verstreek op %1.</source>
        <translation>The deadline for the feedback passed on %1.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="331"/>
        <source>De termijn voor de terugkoppeling loopt tot %1.</source>
        <translation>The deadline for the feedback runs until %1.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="336"/>
        <source>De melder heeft geen e-mailadres: 1700 brengt de melder telefonisch op de hoogte.</source>
        <translation>The reporter has no e-mail address: 1700 informs the reporter by phone.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="348"/>
        <source>Melding afronden</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="351"/>
        <source>Afronden en terugkoppeling schrijven…</source>
        <translation>Close and write feedback…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="355"/>
        <source>Alleen afronden</source>
        <translation>Close only</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/close_dialog.py" line="359"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Grond om af te ronden zonder onderzoek</source>
        <translation>Ground for closing without investigation</translation>
    </message>
    <message>
        <source>Niet bevoegd? Dat is geen grond om af te ronden: stuur de melding dan terug naar 1700, dat ze doorstuurt naar de bevoegde dienst.</source>
        <translation>Not competent? That is no ground for closing: return the case to 1700 instead, which forwards it to the competent department.</translation>
    </message>
    <message>
        <source>Terugsturen naar 1700…</source>
        <translation>Return to 1700…</translation>
    </message>
    <message>
        <source>In plaats daarvan terugsturen naar 1700</source>
        <translation>Return to 1700 instead</translation>
    </message>
    <message>
        <source>Bevindingen per tenlastelegging</source>
        <translation>Findings per allegation</translation>
    </message>
    <message>
        <source>Naar het tabblad Onderzoek</source>
        <translation>Go to the Investigation tab</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Motivering (verplicht)</source>
        <translation>&amp;Motivation (required)</translation>
    </message>
    <message>
        <source>Motivering van de afronding</source>
        <translation>Motivation of the closing</translation>
    </message>
</context>
<context>
    <name>ConflictGate</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="46"/>
        <source>Verklaring belangenconflict</source>
        <translation>Conflict-of-interest declaration</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="57"/>
        <source>Voor u deze melding opent, verklaart u of u een belangenconflict hebt met de betrokken entiteit of personen. Uw verklaring wordt bewaard in de audittrail.</source>
        <translation>Before you open this case, you declare whether you have a conflict of interest with the involved entity or persons. Your declaration is kept in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="69"/>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="73"/>
        <source>Betrokken entiteit</source>
        <translation>Involved entity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="75"/>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="79"/>
        <source>Betrokken personen</source>
        <translation>Involved persons</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="84"/>
        <source>&amp;Geen belangenconflict</source>
        <translation>&amp;No conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="85"/>
        <source>Geen belangenconflict</source>
        <translation>No conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="87"/>
        <source>Ik heb een belangenconflict…</source>
        <translation>I have a conflict of interest…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="88"/>
        <source>Ik heb een belangenconflict</source>
        <translation>I have a conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="102"/>
        <source>Melding %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="104"/>
        <source>Geen vermeld</source>
        <translation>None given</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../../investigator_app/gui/dashboard/coordinator_window.py" line="26"/>
        <source>Integriteitsmeldingen — Coördinator — %1</source>
        <translation>Integrity reports — Coordinator — %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/coordinator_window.py" line="29"/>
        <source>Aangemeld als integriteitscoördinator</source>
        <translation>Signed in as integrity coordinator</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/coordinator_window.py" line="37"/>
        <source>De rol coördinator werkt met het jaarverslag: de aantallen van alle diensten en beleidsdomeinen, zonder inhoud van meldingen, namen of referenties. Meldingen zelf openen en behandelen de diensten; deze rol ziet ze niet, en deze werkplek synchroniseert dus geen meldingen.</source>
        <translation>The coordinator role works with the yearly report: the numbers of all departments and policy domains, without any case content, names or references. The departments open and handle the cases themselves; this role does not see them, so this workstation does not synchronise any cases.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/coordinator_window.py" line="50"/>
        <source>&amp;Jaarverslag…</source>
        <translation>&amp;Yearly report…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/coordinator_window.py" line="53"/>
        <source>&amp;Afmelden</source>
        <translation>Sign &amp;out</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../investigator_app/desktop/crash_handler.py" line="137"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../investigator_app/desktop/crash_handler.py" line="140"/>
        <source>Er ging iets mis in de app. Uw gegevens en nog niet verzonden wijzigingen blijven bewaard; u kunt verder werken. Blijft het gebeuren, herstart dan de app en bezorg het logboek aan de helpdesk.</source>
        <translation>Something went wrong in the app. Your data and changes not yet sent are kept; you can carry on working. If it keeps happening, restart the app and send the log file to the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/desktop/crash_handler.py" line="145"/>
        <source>Logboek: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/desktop/crash_handler.py" line="148"/>
        <location filename="../../investigator_app/desktop/crash_handler.py" line="150"/>
        <source>Map van het logboek openen</source>
        <translation>Open the log folder</translation>
    </message>
</context>
<context>
    <name>CustodyTable</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/custody_view.py" line="78"/>
        <source>kopie %1</source>
        <translation>copy %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/custody_view.py" line="90"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/custody_view.py" line="90"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/custody_view.py" line="90"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/custody_view.py" line="90"/>
        <source>Versie · sha256</source>
        <translation>Version · sha256</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/custody_view.py" line="92"/>
        <source>Bewaringsketen</source>
        <translation>Chain of custody</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="46"/>
        <source>Grafiek: ontvangen en afgerond</source>
        <translation>Chart: received and closed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="47"/>
        <source>Grafiek: ontvangen per categorie</source>
        <translation>Chart: received by category</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="49"/>
        <source>Grafiek: termijnen gehaald of niet</source>
        <translation>Chart: deadlines met or missed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="64"/>
        <source>Klik op een staaf om de meldingen ervan in de lijst te tonen.</source>
        <translation>Click a bar to show its cases in the list.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="74"/>
        <source>Ontvangen en afgerond in de periode</source>
        <translation>Received and closed in the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="84"/>
        <source>Ontvangen per categorie</source>
        <translation>Received by category</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="138"/>
        <source>Afgerond in de periode, per resultaat</source>
        <translation>Closed in the period, by outcome</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="156"/>
        <source>Afgerond in de periode, per resultaat: geen</source>
        <translation>Closed in the period, by outcome: none</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="161"/>
        <source>Termijnen van de meldingen ontvangen in de periode</source>
        <translation>Deadlines of the cases received in the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="166"/>
        <source>Niet op tijd</source>
        <translation>Not on time</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="176"/>
        <source>Ontvangstbevestiging</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="117"/>
        <source>Meldingen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="48"/>
        <source>Grafiek: afgeronde meldingen per resultaat</source>
        <translation>Chart: closed cases by outcome</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="165"/>
        <source>Op tijd</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="176"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="83"/>
        <source>Dashboard — %1</source>
        <translation>Dashboard — %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="85"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="100"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="102"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="104"/>
        <source>Deze maand</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="105"/>
        <source>Laatste 3 maanden</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="106"/>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="107"/>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="108"/>
        <source>Zelf kiezen</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="112"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="114"/>
        <source>Begin van de periode</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="115"/>
        <source>&amp;Tot en met</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="117"/>
        <source>Einde van de periode</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="132"/>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="134"/>
        <source>Exporteren als PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="135"/>
        <source>Exporteren als PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="139"/>
        <source>Het getoonde tabblad als afbeelding of PDF</source>
        <translation>The tab shown, as an image or a PDF</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="143"/>
        <source>Cijfers worden geladen…</source>
        <translation>Loading figures…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="146"/>
        <source>Samenvatting van de periode</source>
        <translation>Summary of the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="150"/>
        <source>Grafieken, tabel of werklast</source>
        <translation>Charts, table or workload</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="274"/>
        <source>Dashboard %1, %2 tot en met %3</source>
        <translation>Dashboard %1, %2 to %3</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="281"/>
        <source>Exporteren als PNG</source>
        <translation>Export as PNG</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="281"/>
        <source>Exporteren als PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="282"/>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="282"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="295"/>
        <source>Het bestand kon niet geschreven worden: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="312"/>
        <source>Werklast %1 op %2</source>
        <translation>Workload %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="152"/>
        <source>Grafieken</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="154"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="156"/>
        <source>Werklast</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="160"/>
        <source>Klik op een aantal of een staaf: de lijst toont dan precies die meldingen. Meldingen die naar 1700 teruggestuurd werden, staan niet meer op deze werkplek; het jaarverslag van de server telt ze wel.</source>
        <translation>Click a number or a bar: the list then shows exactly those cases. Cases returned to 1700 are no longer on this workstation; the yearly report from the server does count them.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="222"/>
        <source>De cijfers konden niet gelezen worden.</source>
        <translation>The figures could not be read.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="229"/>
        <source>Het begin van de periode ligt na het einde.</source>
        <translation>The start of the period is after its end.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="232"/>
        <source>Kies een periode van hoogstens drie jaar.</source>
        <translation>Choose a period of at most three years.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="243"/>
        <source>%1 meldingen ontvangen van %2 tot en met %3. %4 afgerond in de periode.</source>
        <translation>%1 cases received from %2 to %3 inclusive. %4 closed in the period.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="250"/>
        <source>Mediaan: %1 dagen van ontvangst tot afronding.</source>
        <translation>Median: %1 days from receipt to closing.</translation>
    </message>
</context>
<context>
    <name>DashboardLabels</name>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="19"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="20"/>
        <source>Doorgestuurd door 1700</source>
        <translation>Forwarded by 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="21"/>
        <source>Opnieuw doorgestuurd</source>
        <translation>Forwarded again</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="22"/>
        <source>Teruggestuurd naar 1700</source>
        <translation>Returned to 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="23"/>
        <source>Nog in behandeling</source>
        <translation>Still being handled</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="24"/>
        <source>Ontvangstbevestiging op tijd</source>
        <translation>Acknowledgement on time</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="27"/>
        <source>Ontvangstbevestiging niet op tijd</source>
        <translation>Acknowledgement not on time</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="30"/>
        <source>Terugkoppeling op tijd</source>
        <translation>Feedback on time</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="33"/>
        <source>Terugkoppeling niet op tijd</source>
        <translation>Feedback not on time</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="36"/>
        <source>Afgerond</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="37"/>
        <source>Afgerond zonder onderzoek</source>
        <translation>Closed without investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="40"/>
        <source>Afgerond na onderzoek</source>
        <translation>Closed after investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="41"/>
        <source>Behandelduur, mediaan (dagen)</source>
        <translation>Handling time, median (days)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="44"/>
        <source>Behandelduur, 90e percentiel (dagen)</source>
        <translation>Handling time, 90th percentile (days)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="52"/>
        <source>Andere grond</source>
        <translation>Other ground</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="55"/>
        <source>Grond niet vastgelegd</source>
        <translation>Ground not recorded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="64"/>
        <source>Zonder onderzoek: %1</source>
        <translation>Without investigation: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="68"/>
        <source>Resultaat: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="81"/>
        <source>Instroom: meldingen ontvangen in de periode</source>
        <translation>Intake: cases received in the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="84"/>
        <source>Afhandeling: meldingen afgerond in de periode</source>
        <translation>Handling: cases closed in the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="87"/>
        <source>Ontvangen per categorie</source>
        <translation>Received by category</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_labels.py" line="88"/>
        <source>Ontvangen per kanaal</source>
        <translation>Received by channel</translation>
    </message>
</context>
<context>
    <name>DashboardTable</name>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="47"/>
        <source>Cijfers van de periode</source>
        <translation>Figures for the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="49"/>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="49"/>
        <source>Deze periode</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="49"/>
        <source>Vorige periode</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="61"/>
        <source>Klik op een aantal om de meldingen ervan in de lijst te tonen.</source>
        <translation>Click a number to show its cases in the list.</translation>
    </message>
</context>
<context>
    <name>DeclarationActions</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/declaration_actions.py" line="33"/>
        <source>U onthoudt zich van melding %1; ze verdwijnt uit uw lijst en uw leidinggevende wordt gevraagd ze opnieuw toe te wijzen.</source>
        <translation>You recused yourself from case %1; it leaves your list and your manager is asked to assign it again.</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="141"/>
        <source>Postvak van de melder (demo)…</source>
        <translation>Reporter&apos;s mailbox (demo)…</translation>
    </message>
</context>
<context>
    <name>DemoMailboxDialog</name>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="78"/>
        <source>Postvak van de melder (demo)</source>
        <translation>Reporter&apos;s mailbox (demo)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="82"/>
        <source>De e-mails die de dienst 1700 in deze demo aan melders stuurde. Open de link om als melder te lezen of te antwoorden.</source>
        <translation>The e-mails the 1700 service sent to reporters in this demo. Open the link to read or answer as the reporter.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="89"/>
        <source>Verzonden e-mails</source>
        <translation>Sent e-mails</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="92"/>
        <source>Inhoud van de e-mail</source>
        <translation>Content of the e-mail</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="98"/>
        <source>&amp;Link openen in de browser</source>
        <translation>Open the &amp;link in the browser</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="99"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="125"/>
        <source>Nog geen e-mails verzonden.</source>
        <translation>No e-mails sent yet.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../investigator_app/desktop/app.py" line="326"/>
        <source>De gewijzigde instellingen gelden vanaf de volgende start van de app.</source>
        <translation>The changed settings take effect the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/desktop/app.py" line="361"/>
        <source>alle diensten</source>
        <translation>all departments</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../investigator_app/gui/common/dialog_buttons.py" line="13"/>
        <location filename="../../investigator_app/gui/common/dialog_buttons.py" line="14"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EarlierVersionsDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="91"/>
        <source>Eerdere versies van de notitie</source>
        <translation>Earlier versions of the note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="92"/>
        <source>Versies van de notitie</source>
        <translation>Versions of the note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="99"/>
        <source>Versie %1 — %2 — %3</source>
        <translation>Version %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="105"/>
        <source>Huidige versie — %1 — %2</source>
        <translation>Current version — %1 — %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="107"/>
        <source>Huidige versie (nog niet verzonden) — %1 — %2</source>
        <translation>Current version (not sent yet) — %1 — %2</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../investigator_app/gui/shell/empty_state.py" line="47"/>
        <source>Geen meldingen gevonden voor “%1” met het filter %2.</source>
        <translation>No cases found for “%1” with the filter %2.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/empty_state.py" line="52"/>
        <source>Geen meldingen gevonden voor “%1”.</source>
        <translation>No cases found for “%1”.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/empty_state.py" line="54"/>
        <source>Geen meldingen gevonden voor het filter %1.</source>
        <translation>No cases found for the filter %1.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/empty_state.py" line="59"/>
        <source>Nog geen meldingen. Een melding die 1700 naar uw entiteit doorstuurt, verschijnt hier.</source>
        <translation>No cases yet. A case that 1700 forwards to your department appears here.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/empty_state.py" line="66"/>
        <source>Wis de zoekterm of kies een ander filter.</source>
        <translation>Clear the search or choose another filter.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="54"/>
        <source>versie %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="57"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="62"/>
        <location filename="../../investigator_app/gui/workspace/piece_status.py" line="57"/>
        <source>nog niet verzonden</source>
        <translation>not yet sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="71"/>
        <source>verkregen op %1</source>
        <translation>obtained on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="74"/>
        <source>Bron: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="76"/>
        <source>Bron: niet opgegeven · %1</source>
        <translation>Source: not given · %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="79"/>
        <source>Toegevoegd door %1 op %2</source>
        <translation>Added by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="94"/>
        <source>versie %3 door %1 op %2</source>
        <translation>version %3 by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="108"/>
        <source>Ingetrokken door %1 op %2. Reden: %3</source>
        <translation>Withdrawn by %1 on %2. Reason: %3</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="152"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="162"/>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="342"/>
        <source>Bestand: </source>
        <translation>File: </translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="225"/>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="348"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="226"/>
        <source>%1 openen</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="236"/>
        <source>Nieuwe versie…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="237"/>
        <source>Nieuwe versie van %1</source>
        <translation>New version of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="243"/>
        <source>Intrekken…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="244"/>
        <source>%1 intrekken</source>
        <translation>Withdraw %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="252"/>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="309"/>
        <source>Bewaringsketen</source>
        <translation>Chain of custody</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="253"/>
        <source>Bewaringsketen van %1</source>
        <translation>Chain of custody of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="257"/>
        <source>Toont de beschrijving, de eerdere versies en de bewaringsketen.</source>
        <translation>Shows the description, the earlier versions and the chain of custody.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="292"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="296"/>
        <source>geen beschrijving</source>
        <translation>no description</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="331"/>
        <source>Versie %3 · %4 · toegevoegd door %1 op %2</source>
        <translation>Version %3 · %4 · added by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="349"/>
        <source>Versie %1 openen</source>
        <translation>Open version %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_status.py" line="59"/>
        <source>wordt verzonden %1%</source>
        <translation>being sent %1%</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_status.py" line="63"/>
        <source>door de server geweigerd</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_status.py" line="65"/>
        <source>nog niet opgehaald</source>
        <translation>not fetched yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_status.py" line="67"/>
        <source>wordt opgehaald %1%</source>
        <translation>being fetched %1%</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_status.py" line="71"/>
        <source>beschadigd</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_status.py" line="78"/>
        <source>De inhoud komt niet meer overeen met de sha256 van het stuk: het is beschadigd en wordt niet geopend. Synchroniseer opnieuw om het op te halen.</source>
        <translation>The content no longer matches the piece&apos;s sha256: it is damaged and will not be opened. Synchronise again to fetch it.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_status.py" line="84"/>
        <source>Het stuk is nog niet op deze werkplek: het wordt opgehaald zodra de server bereikbaar is.</source>
        <translation>The piece is not on this workstation yet: it is fetched as soon as the server can be reached.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="93"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="94"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="95"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="96"/>
        <source>Audio/video</source>
        <translation>Audio/video</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="97"/>
        <source>Uittreksel uit een register</source>
        <translation>Extract from a register</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="100"/>
        <source>Verhoor</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="101"/>
        <source>Ander</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="107"/>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="108"/>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="109"/>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="110"/>
        <source>Afgedrukt</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="111"/>
        <source>Vervangen door een nieuwe versie</source>
        <translation>Replaced by a new version</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="114"/>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_texts.py" line="133"/>
        <source>Stuk %1</source>
        <translation>Piece %1</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="103"/>
        <source>De stukken worden versleuteld op deze werkplek bewaard…</source>
        <translation>The pieces are being stored encrypted on this workstation…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="106"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="111"/>
        <source>Stukken bewaren</source>
        <translation>Storing pieces</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="159"/>
        <source>Niet alle stukken toegevoegd</source>
        <translation>Not all pieces added</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="164"/>
        <source>%1 toegevoegd; verzonden zodra de server bereikbaar is.</source>
        <translation>%1 added; sent as soon as the server can be reached.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="169"/>
        <source>1 stuk</source>
        <translation>1 piece</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="171"/>
        <source>%1 stukken</source>
        <translation>%1 pieces</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="212"/>
        <source>Er is geen programma om dit type bestand te openen.</source>
        <translation>There is no program to open this type of file.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="224"/>
        <source>Het stuk is nog niet opgehaald; het wordt opgehaald zodra de server bereikbaar is. Probeer straks opnieuw.</source>
        <translation>The piece has not been fetched yet; it is fetched as soon as the server can be reached. Try again later.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="241"/>
        <source>Stuk beschadigd</source>
        <translation>Piece damaged</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="242"/>
        <source>De inhoud van dit stuk op deze werkplek komt niet meer overeen met zijn sha256: het is beschadigd en wordt niet geopend. Synchroniseer opnieuw om het op te halen; blijft het beschadigd, meld het dan aan de beheerder.</source>
        <translation>The content of this piece on this workstation no longer matches its sha256: it is damaged and will not be opened. Synchronise again to fetch it; if it stays damaged, tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="257"/>
        <source>Nieuwe versie van %1</source>
        <translation>New version of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="280"/>
        <source>Het gekozen bestand is hetzelfde als de huidige versie; er werd geen nieuwe versie toegevoegd.</source>
        <translation>The chosen file is the same as the current version; no new version was added.</translation>
    </message>
</context>
<context>
    <name>EvidenceChoices</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="61"/>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="63"/>
        <source>Verhoren in dit exemplaar</source>
        <translation>Interview records in this copy</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="71"/>
        <source>Inhoud van stukken meenemen</source>
        <translation>Carry the content of pieces</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="73"/>
        <source>Stukken waarvan de inhoud meegaat</source>
        <translation>Pieces whose content is carried</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="96"/>
        <source>melder</source>
        <translation>reporter</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="97"/>
        <source>getuige</source>
        <translation>witness</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="98"/>
        <source>betrokkene</source>
        <translation>person concerned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="101"/>
        <source>Verhoor %1: %2 (%3), %4</source>
        <translation>Interview record %1: %2 (%3), %4</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="118"/>
        <source>Stuk %1: %2 · %3</source>
        <translation>Piece %1: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="131"/>
        <source>beschadigd</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="132"/>
        <source>Beschadigd: het bestand klopt niet meer met zijn sha256.</source>
        <translation>Damaged: the file no longer matches its sha256.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="136"/>
        <source>wordt opgehaald</source>
        <translation>being fetched</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="137"/>
        <source>Wordt nog opgehaald; probeer het zo meteen opnieuw.</source>
        <translation>Still being fetched; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="141"/>
        <source>nog niet op deze werkplek</source>
        <translation>not on this workstation yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="142"/>
        <source>Het bestand is nog niet op deze werkplek.</source>
        <translation>The file is not on this workstation yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="172"/>
        <source>Alleen het volledige dossier neemt stukken mee.</source>
        <translation>Only the full case file carries pieces.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="176"/>
        <source>Afbeeldingen worden als pagina afgedrukt.</source>
        <translation>Images are printed as pages.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="178"/>
        <source>Als bijlage in de PDF; afbeeldingen ook als pagina.</source>
        <translation>As attachments in the PDF; images also as pages.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="181"/>
        <source>Samen %1.</source>
        <translation>Together %1.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_evidence.py" line="208"/>
        <source>De gekozen stukken zijn samen groter dan %1: kies er minder.</source>
        <translation>The chosen pieces together are larger than %1: choose fewer.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="110"/>
        <source>Het dossier kon niet geladen worden.</source>
        <translation>The case file could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="155"/>
        <source>Dossier opgeslagen en geregistreerd.</source>
        <translation>Case file saved and recorded.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="158"/>
        <source>Dossier opgeslagen; de registratie volgt zodra de dienst bereikbaar is.</source>
        <translation>Case file saved; it will be recorded as soon as the service can be reached.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="214"/>
        <source>Afdrukvoorbeeld %1</source>
        <translation>Print preview %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="222"/>
        <source>Afdruk geregistreerd.</source>
        <translation>Print recorded.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="224"/>
        <source>Afgedrukt; de registratie volgt zodra de dienst bereikbaar is.</source>
        <translation>Printed; it will be recorded as soon as the service can be reached.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="40"/>
        <source>Open de melding eerst en verklaar of u een belangenconflict hebt.</source>
        <translation>Open the case first and declare whether you have a conflict of interest.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="295"/>
        <source>%1 melding(en) overgeslagen: nog geen verklaring over een belangenconflict.</source>
        <translation>%1 case(s) skipped: no conflict-of-interest declaration yet.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="100"/>
        <source>Volledig dossier (onderzoeker)</source>
        <translation>Full case file (investigator)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="101"/>
        <source>Afdruk leidinggevende</source>
        <translation>Manager&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="102"/>
        <source>Terugkoppeling aan de melder</source>
        <translation>Feedback to the reporter</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="107"/>
        <source>Naam van wie dit exemplaar krijgt</source>
        <translation>Name of the person receiving this copy</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="131"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="131"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="132"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="136"/>
        <source>Dossier exporteren</source>
        <translation>Export case file</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="136"/>
        <source>Dossier afdrukken</source>
        <translation>Print case file</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="227"/>
        <source>1 passage zwart</source>
        <translation>1 passage blacked out</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="229"/>
        <source>%1 passages zwart</source>
        <translation>%1 passages blacked out</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="246"/>
        <source>Selecteer eerst de passage die zwart moet.</source>
        <translation>First select the passage to black out.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="274"/>
        <source>Dossier opslaan</source>
        <translation>Save case file</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="274"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="309"/>
        <source>Vul in voor wie dit exemplaar is (hoogstens %1 tekens).</source>
        <translation>Fill in who this copy is for (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="323"/>
        <source>Kies waar het dossier moet komen.</source>
        <translation>Choose where the case file should go.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="332"/>
        <source>Bezig met het dossier…</source>
        <translation>Working on the case file…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="360"/>
        <source>De schijf is vol: het dossier is niet opgeslagen. Maak ruimte vrij of kies een andere plaats.</source>
        <translation>The disk is full: the case file was not saved. Free up space or choose another place.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="364"/>
        <source>Het dossier kan daar niet opgeslagen worden. Kies een andere plaats.</source>
        <translation>The case file cannot be saved there. Choose another place.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="368"/>
        <source>Een gekozen stuk is beschadigd: het bestand klopt niet meer met zijn sha256. Het dossier is niet gemaakt; neem dat stuk niet mee.</source>
        <translation>A chosen piece is damaged: the file no longer matches its sha256. The case file was not made; leave that piece out.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="373"/>
        <source>Een gekozen stuk is nog niet op deze werkplek. Het dossier is niet gemaakt; probeer het opnieuw na de volgende synchronisatie.</source>
        <translation>A chosen piece is not on this workstation yet. The case file was not made; try again after the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="378"/>
        <source>Het dossier kon niet gemaakt worden (%1).</source>
        <translation>The case file could not be made (%1).</translation>
    </message>
    <message>
        <source>&amp;Profiel</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Profiel van het exemplaar</source>
        <translation>Profile of the copy</translation>
    </message>
    <message>
        <source>&amp;Voor (lezer)</source>
        <translation>&amp;For (reader)</translation>
    </message>
    <message>
        <source>Naam van de lezer</source>
        <translation>Name of the reader</translation>
    </message>
    <message>
        <source>Identiteit van de melder opnemen (alleen indien onthuld)</source>
        <translation>Include the reporter&apos;s identity (only if revealed)</translation>
    </message>
    <message>
        <source>&amp;Opslaan als</source>
        <translation>&amp;Save as</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Notities in dit exemplaar</source>
        <translation>Notes in this copy</translation>
    </message>
    <message>
        <source>Passages zwart maken</source>
        <translation>Black out passages</translation>
    </message>
    <message>
        <source>Tekst om passages in te selecteren</source>
        <translation>Text to select passages in</translation>
    </message>
    <message>
        <source>&amp;Zwart maken</source>
        <translation>&amp;Black out</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="31"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="33"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="41"/>
        <source>Bericht %1</source>
        <translation>Message %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="46"/>
        <source>Antwoord op bericht %1</source>
        <translation>Answer to message %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="53"/>
        <source>Notitie van %1</source>
        <translation>Note by %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="66"/>
        <source>Tenlastelegging %1 — tekst</source>
        <translation>Allegation %1 — text</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="73"/>
        <source>Tenlastelegging %1 — reden van intrekking</source>
        <translation>Allegation %1 — reason for withdrawal</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="81"/>
        <source>Tenlastelegging %1 — betrokkene %2</source>
        <translation>Allegation %1 — involved person %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="90"/>
        <source>Bevinding bij tenlastelegging %1 — motivering</source>
        <translation>Finding on allegation %1 — motivation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="97"/>
        <source>Bevinding bij tenlastelegging %1 — aanbevolen opvolging</source>
        <translation>Finding on allegation %1 — recommended follow-up</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="104"/>
        <source>Taak: %1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="119"/>
        <source>Verhoor %1 — verklaring %2: %3</source>
        <translation>Interview record %1 — statement %2: %3</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="127"/>
        <source>Verhoor %1 — opmerkingen van de gehoorde persoon</source>
        <translation>Interview record %1 — remarks of the person heard</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/redactable_fields.py" line="135"/>
        <source>Stuk %1 — reden van intrekking</source>
        <translation>Piece %1 — reason for withdrawal</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_done.py" line="33"/>
        <source>Dossier opgeslagen</source>
        <translation>Case file saved</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_done.py" line="39"/>
        <source>Het dossier is opgeslagen als %1</source>
        <translation>The case file was saved as %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_done.py" line="40"/>
        <source>in de map %1.</source>
        <translation>in the folder %1.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_done.py" line="43"/>
        <source>Het exemplaar staat in de audittrail.</source>
        <translation>The copy is on the audit trail.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_done.py" line="45"/>
        <source>De registratie in de audittrail volgt zodra de dienst bereikbaar is.</source>
        <translation>It will be recorded on the audit trail as soon as the service can be reached.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_done.py" line="48"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_done.py" line="49"/>
        <source>Toon in &amp;map</source>
        <translation>Show in &amp;folder</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="58"/>
        <source>Er is geen melding gekozen.</source>
        <translation>No case is selected.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="60"/>
        <source>Alleen het dossierteam (de onderzoeker aan wie de melding is toegewezen en de leidinggevenden van de dienst) kan stukken toevoegen, vervangen of intrekken.</source>
        <translation>Only the case team (the investigator the case is assigned to and the department&apos;s managers) can add, replace or withdraw pieces.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="66"/>
        <source>De melding is afgerond: alleen het ondertekende exemplaar van een verhoor kan nog toegevoegd worden, op het tabblad Verhoren.</source>
        <translation>The case is closed: only the signed copy of an interview record can still be added, on the Interview records tab.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="76"/>
        <source>Dat kan niet in de status ‘%1’ van de melding.</source>
        <translation>That is not possible in the case&apos;s status ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="104"/>
        <source>Stukken van de melding</source>
        <translation>Pieces of the case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="126"/>
        <source>Stukken van het onderzoek</source>
        <translation>Pieces of the investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="132"/>
        <source>Stukken toevoegen…</source>
        <translation>Add pieces…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="133"/>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="310"/>
        <source>Stukken toevoegen</source>
        <translation>Add pieces</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="139"/>
        <source>Stukken</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="204"/>
        <source>Voeg documenten, e-mails, foto&apos;s en andere stukken toe met de knop of door bestanden hierheen te slepen.</source>
        <translation>Add documents, e-mails, photos and other pieces with the button or by dragging files here.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="211"/>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="216"/>
        <source>Nog geen stukken van het onderzoek.</source>
        <translation>No pieces of the investigation yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="228"/>
        <source>Bijlagen bij de melding</source>
        <translation>Attachments to the case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="235"/>
        <source>Toegevoegd door 1700 bij de registratie.</source>
        <translation>Added by 1700 at registration.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="248"/>
        <source>Bestanden van de melder</source>
        <translation>Files from the reporter</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="254"/>
        <source>Met het antwoord van %1</source>
        <translation>With the answer of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_view.py" line="118"/>
        <location filename="../../investigator_app/gui/workspace/files_view.py" line="278"/>
        <source>Aangehaald in de bevinding bij tenlastelegging %1</source>
        <translation>Cited in the finding on allegation %1</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="73"/>
        <source>Bevinding vastleggen</source>
        <translation>Record finding</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="71"/>
        <source>Bevinding bij tenlastelegging %1 vastleggen</source>
        <translation>Record the finding on allegation %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="75"/>
        <source>Bevinding bij tenlastelegging %1 wijzigen</source>
        <translation>Change the finding on allegation %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="76"/>
        <source>Nieuwe versie bewaren</source>
        <translation>Save new version</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="77"/>
        <source>&amp;%1</source>
        <translation>&amp;%1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="85"/>
        <source>Kies een opvolging…</source>
        <translation>Choose a follow-up…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="169"/>
        <source>Kies een conclusie.</source>
        <translation>Choose a conclusion.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="172"/>
        <source>Motiveer de bevinding.</source>
        <translation>Give the motivation of the finding.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="175"/>
        <source>De motivering is te lang: kort ze in tot %1 tekens.</source>
        <translation>The motivation is too long: shorten it to %1 characters.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="179"/>
        <source>Te veel stukken aangevinkt: hoogstens %1.</source>
        <translation>Too many pieces ticked: at most %1.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="182"/>
        <source>Kies de aanbevolen opvolging (‘Geen’ kan ook).</source>
        <translation>Choose the recommended follow-up (‘None’ is possible too).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="184"/>
        <source>Zeg in de toelichting welke opvolging u aanbeveelt.</source>
        <translation>Say in the explanation which follow-up you recommend.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="187"/>
        <source>De toelichting is te lang: hoogstens %1 tekens.</source>
        <translation>The explanation is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="194"/>
        <source>Deze bevinding is nog niet volledig.</source>
        <translation>This finding is not complete yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="196"/>
        <source>Er is nog niets gewijzigd.</source>
        <translation>Nothing has been changed yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/finding_dialog.py" line="203"/>
        <source>Alleen bij een gegronde of deels gegronde tenlastelegging.</source>
        <translation>Only for a founded or partly founded allegation.</translation>
    </message>
    <message>
        <source>Bevinding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>&amp;Tenlastelegging</source>
        <translation>&amp;Allegation</translation>
    </message>
    <message>
        <source>Tekst van de tenlastelegging</source>
        <translation>Text of the allegation</translation>
    </message>
    <message>
        <source>Conclusie</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Conclusie van de bevinding</source>
        <translation>Conclusion of the finding</translation>
    </message>
    <message>
        <source>&amp;Gegrond</source>
        <translation>&amp;Founded</translation>
    </message>
    <message>
        <source>Gegrond</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>&amp;Deels gegrond</source>
        <translation>&amp;Partly founded</translation>
    </message>
    <message>
        <source>Deels gegrond</source>
        <translation>Partly founded</translation>
    </message>
    <message>
        <source>&amp;Ongegrond</source>
        <translation>&amp;Unfounded</translation>
    </message>
    <message>
        <source>Ongegrond</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <source>&amp;Niet vast te stellen</source>
        <translation>&amp;Not determinable</translation>
    </message>
    <message>
        <source>Niet vast te stellen</source>
        <translation>Not determinable</translation>
    </message>
    <message>
        <source>&amp;Motivering</source>
        <translation>&amp;Motivation</translation>
    </message>
    <message>
        <source>Motivering van de bevinding</source>
        <translation>Motivation of the finding</translation>
    </message>
    <message>
        <source>&amp;Stukken waarop de bevinding steunt (vink aan)</source>
        <translation>&amp;Pieces the finding rests on (tick them)</translation>
    </message>
    <message>
        <source>Stukken waarop de bevinding steunt</source>
        <translation>Pieces the finding rests on</translation>
    </message>
    <message>
        <source>Deze melding heeft nog geen stukken: geen bijlagen van 1700 en geen antwoorden van de melder.</source>
        <translation>This case has no pieces yet: no attachments from 1700 and no answers from the reporter.</translation>
    </message>
    <message>
        <source>Aanbevolen opvolging (bij een gegronde of deels gegronde tenlastelegging)</source>
        <translation>Recommended follow-up (for a founded or partly founded allegation)</translation>
    </message>
    <message>
        <source>O&amp;pvolging</source>
        <translation>Follow-&amp;up</translation>
    </message>
    <message>
        <source>Aanbevolen opvolging</source>
        <translation>Recommended follow-up</translation>
    </message>
    <message>
        <source>Toe&amp;lichting</source>
        <translation>E&amp;xplanation</translation>
    </message>
    <message>
        <source>Toelichting bij de aanbevolen opvolging</source>
        <translation>Explanation of the recommended follow-up</translation>
    </message>
</context>
<context>
    <name>IdFilterBar</name>
    <message>
        <location filename="../../investigator_app/gui/shell/id_filter_bar.py" line="24"/>
        <source>Filter &amp;wissen</source>
        <translation>&amp;Clear filter</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/id_filter_bar.py" line="26"/>
        <source>Filter van het overzicht wissen</source>
        <translation>Clear the filter from the dashboard</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/id_filter_bar.py" line="33"/>
        <source>1 melding</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/id_filter_bar.py" line="35"/>
        <source>%1 meldingen</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/id_filter_bar.py" line="38"/>
        <source>Uit het overzicht: %1 — %2</source>
        <translation>From the dashboard: %1 — %2</translation>
    </message>
</context>
<context>
    <name>IdentityReveal</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="130"/>
        <source>De identiteit van de melder kan niet getoond worden: hiervoor moet de server online zijn. Probeer het opnieuw wanneer er verbinding is.</source>
        <translation>The reporter&apos;s identity cannot be shown: the server must be online for this. Try again when there is a connection.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="135"/>
        <source>De identiteit van de melder kan niet getoond worden: uw sessie is verlopen. Meld u opnieuw aan en probeer het dan nog eens.</source>
        <translation>The reporter&apos;s identity cannot be shown: your session has expired. Sign in again and then try once more.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="140"/>
        <source>De identiteit van de melder kan niet getoond worden: de melding is niet (meer) van uw dienst.</source>
        <translation>The reporter&apos;s identity cannot be shown: the case is not (or no longer) your department&apos;s.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="144"/>
        <source>De identiteit van de melder kan nu niet opgevraagd worden.</source>
        <translation>The reporter&apos;s identity cannot be requested now.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="145"/>
        <source>Identiteit melder</source>
        <translation>Reporter&apos;s identity</translation>
    </message>
</context>
<context>
    <name>InfoRequestDialog</name>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="54"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="54"/>
        <source>Vraag verzenden</source>
        <translation>Send request</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="71"/>
        <source>Schrijf uw vraag aan de melder.</source>
        <translation>Write your question to the reporter.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="76"/>
        <source>De vraag is te lang (maximaal %1 tekens).</source>
        <translation>The question is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Vraag bijkomende informatie</source>
        <translation>Request more information</translation>
    </message>
    <message>
        <source>De dienst 1700 bezorgt uw vraag aan de melder en stuurt het antwoord terug. U ziet de contactgegevens van de melder niet.</source>
        <translation>The 1700 service delivers your question to the reporter and sends the answer back. You do not see the reporter&apos;s contact details.</translation>
    </message>
    <message>
        <source>Noem geen andere personen als dat niet nodig is: de melder leest alles wat u hier schrijft.</source>
        <translation>Do not name other persons unless necessary: the reporter reads everything you write here.</translation>
    </message>
    <message>
        <source>&amp;Uw vraag (platte tekst)</source>
        <translation>&amp;Your question (plain text)</translation>
    </message>
    <message>
        <source>Vraag aan de melder</source>
        <translation>Question to the reporter</translation>
    </message>
    <message>
        <source>&amp;Antwoorden uiterlijk op</source>
        <translation>&amp;Answer by</translation>
    </message>
    <message>
        <source>Uiterste antwoorddatum</source>
        <translation>Answer deadline</translation>
    </message>
    <message>
        <source>(standaard 10 werkdagen)</source>
        <translation>(default 10 working days)</translation>
    </message>
    <message>
        <source>De melder heeft geen e-mailadres opgegeven: 1700 belt de melder op met uw vraag en noteert het antwoord.</source>
        <translation>The reporter gave no e-mail address: 1700 phones the reporter with your question and records the answer.</translation>
    </message>
</context>
<context>
    <name>InterviewActions</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="107"/>
        <source>Verhoor opslaan als PDF</source>
        <translation>Save interview record as PDF</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="109"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="129"/>
        <source>Het verhoor wordt opgemaakt…</source>
        <translation>The interview record is being laid out…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="148"/>
        <source>Verhoor opgeslagen als PDF (%1 pagina&apos;s); het exemplaar wordt geregistreerd.</source>
        <translation>Interview record saved as PDF (%1 pages); the copy is being recorded.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="153"/>
        <source>Verhoor opgeslagen als PDF (%1 pagina&apos;s).</source>
        <translation>Interview record saved as PDF (%1 pages).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="164"/>
        <source>Het verhoor werd niet opgeslagen: de schijf is vol.</source>
        <translation>The interview record was not saved: the disk is full.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="168"/>
        <source>Het verhoor werd niet opgeslagen: op die plaats kan niet geschreven worden. Kies een andere map.</source>
        <translation>The interview record was not saved: that place cannot be written to. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="176"/>
        <source>Het verhoor kon niet opgemaakt worden.</source>
        <translation>The interview record could not be laid out.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="188"/>
        <source>Afdrukvoorbeeld %1</source>
        <translation>Print preview %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="196"/>
        <source>Verhoor afgedrukt; het exemplaar wordt geregistreerd.</source>
        <translation>Interview record printed; the copy is being recorded.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="211"/>
        <source>Het ondertekend exemplaar is gekoppeld; het verhoor is nu alleen-lezen.</source>
        <translation>The signed copy is linked; the interview record is now read-only.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="226"/>
        <source>Ondertekend exemplaar van %1</source>
        <translation>Signed copy of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="235"/>
        <source>Het ondertekend exemplaar wordt ingelezen…</source>
        <translation>The signed copy is being read in…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="243"/>
        <source>Het ondertekend exemplaar is als stuk toegevoegd en gekoppeld; het verhoor is nu alleen-lezen.</source>
        <translation>The signed copy was added as a piece and linked; the interview record is now read-only.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="264"/>
        <source>Het ondertekend exemplaar werd niet toegevoegd: het bestand is groter dan de grens van de dienst voor een stuk (%1 MB).</source>
        <translation>The signed copy was not added: the file is larger than the department&apos;s limit for a piece (%1 MB).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="270"/>
        <source>Het ondertekend exemplaar werd niet toegevoegd: het bestand is leeg.</source>
        <translation>The signed copy was not added: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_actions.py" line="275"/>
        <source>Het ondertekend exemplaar werd niet toegevoegd: het bestand kan niet gelezen worden (bestaat het nog, is het niet leeg, en mag u het openen?).</source>
        <translation>The signed copy was not added: the file cannot be read (does it still exist, is it not empty, and may you open it?).</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="106"/>
        <source>Een verbetering wordt versie %1 van het verhoor; de ondertekende versie %2 blijft bewaard, met het ondertekend exemplaar.</source>
        <translation>A correction becomes version %1 of the interview record; the signed version %2 is kept, with its signed copy.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="117"/>
        <source>&amp;Reden van de verbetering (verplicht)</source>
        <translation>&amp;Reason for the correction (required)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="119"/>
        <source>Reden van de verbetering</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="124"/>
        <source>Verhoor</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="126"/>
        <source>Verklaringen</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="127"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="151"/>
        <source>Gehoorde persoon</source>
        <translation>Person heard</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="152"/>
        <source>&amp;Gehoorde persoon:</source>
        <translation>&amp;Person heard:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="156"/>
        <source>Hoedanigheid</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="157"/>
        <source>&amp;Hoedanigheid:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="161"/>
        <source>Datum van het verhoor</source>
        <translation>Date of the interview</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="163"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="166"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="167"/>
        <source>&amp;Plaats:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="170"/>
        <source>Aanvang</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="172"/>
        <source>&amp;Aanvang:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="173"/>
        <source>&amp;Einde:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="174"/>
        <source>Einde ingevuld</source>
        <translation>End filled in</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="177"/>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="180"/>
        <source>Aanwezigen, één per regel</source>
        <translation>Persons present, one per line</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="182"/>
        <source>Eén naam per regel, met de hoedanigheid: verhoorder, tolk, …</source>
        <translation>One name per line, with their role: interviewer, interpreter, …</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="184"/>
        <source>Aan&amp;wezigen:</source>
        <translation>Persons pre&amp;sent:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="188"/>
        <source>Bijstand door advocaat of vertrouwenspersoon</source>
        <translation>Assisted by counsel or a trusted person</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="191"/>
        <source>Naam en hoedanigheid; leeg als niemand bijstand verleende</source>
        <translation>Name and capacity; empty when nobody assisted</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="194"/>
        <source>&amp;Bijstand door advocaat
of vertrouwenspersoon:</source>
        <translation>&amp;Assisted by counsel
or a trusted person:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="200"/>
        <source>Voorafgaande mededeling</source>
        <translation>Notice read at the start</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="204"/>
        <source>De dienst stelde geen voorafgaande mededeling in.</source>
        <translation>The department configured no notice to read at the start.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="209"/>
        <source>Voorge&amp;lezen aan de gehoorde persoon bij het begin van het verhoor</source>
        <translation>&amp;Read to the person heard at the start of the interview</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="213"/>
        <source>Voorafgaande
mededeling:</source>
        <translation>Notice read
at the start:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="219"/>
        <source>&amp;Opmerkingen van de gehoorde persoon</source>
        <translation>&amp;Remarks of the person heard</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="223"/>
        <source>Opmerkingen van de gehoorde persoon</source>
        <translation>Remarks of the person heard</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="233"/>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="234"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="236"/>
        <source>%1 (alleen lezen)</source>
        <translation>%1 (read only)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="243"/>
        <source>Nieuw verhoor</source>
        <translation>New interview record</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="244"/>
        <source>Verhoor bewaren</source>
        <translation>Save interview record</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="246"/>
        <source>%1 bewerken</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="247"/>
        <source>Wijzigingen bewaren</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="249"/>
        <source>Verbetering van %1</source>
        <translation>Correction of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="250"/>
        <source>Verbetering bewaren</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="365"/>
        <source>Geef de reden van de verbetering.</source>
        <translation>Give the reason for the correction.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="367"/>
        <source>Vul de gehoorde persoon in.</source>
        <translation>Fill in the person heard.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="369"/>
        <source>Het einde ligt voor de aanvang.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="371"/>
        <source>Er is nog niets gewijzigd.</source>
        <translation>Nothing has been changed yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="376"/>
        <source>Hoogstens %1 aanwezigen.</source>
        <translation>At most %1 persons present.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="379"/>
        <source>Een naam bij de aanwezigen is te lang: hoogstens %1 tekens.</source>
        <translation>A name among the persons present is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="385"/>
        <source>%1 (nummer %2 in de lijst) is te lang: hoogstens %3 tekens.</source>
        <translation>%1 (number %2 in the list) is too long: at most %3 characters.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="392"/>
        <source>De opmerkingen zijn te lang: hoogstens %1 tekens.</source>
        <translation>The remarks are too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="397"/>
        <source>De reden is te lang: hoogstens %1 tekens.</source>
        <translation>The reason is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="415"/>
        <source>Verhoor niet bewaren?</source>
        <translation>Do not save the interview record?</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="416"/>
        <source>Wat u in dit verhoor typte of wijzigde, gaat verloren.</source>
        <translation>What you typed or changed in this interview record will be lost.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="420"/>
        <source>Niet bewaren</source>
        <translation>Do not save</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialog.py" line="421"/>
        <source>Verder bewerken</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="28"/>
        <source>melder</source>
        <translation>reporter</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="29"/>
        <source>getuige</source>
        <translation>witness</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="30"/>
        <source>betrokkene</source>
        <translation>person concerned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="36"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="37"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="38"/>
        <source>Verklaring</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="48"/>
        <source>Verhoor %1</source>
        <translation>Interview record %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="58"/>
        <source>%1, vanaf %2</source>
        <translation>%1, from %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="61"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="73"/>
        <source>Nog geen verklaringen opgenomen.</source>
        <translation>No statements recorded yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="75"/>
        <source>%1 vragen, %2 antwoorden, %3 verklaringen</source>
        <translation>%1 questions, %2 answers, %3 statements</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="106"/>
        <source>stuk %1: %2</source>
        <translation>piece %1: %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="114"/>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="126"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="117"/>
        <source>Gehoorde persoon: %1</source>
        <translation>Person heard: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="121"/>
        <source>Hoedanigheid: %1</source>
        <translation>Capacity: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="124"/>
        <source>Wanneer: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="125"/>
        <source>Plaats: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="127"/>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="128"/>
        <source>Aanwezigen: %1</source>
        <translation>Persons present: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="131"/>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="133"/>
        <source>Bijstand door advocaat of vertrouwenspersoon: %1</source>
        <translation>Assisted by counsel or a trusted person: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="139"/>
        <source>voorgelezen</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="141"/>
        <source>niet voorgelezen</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="145"/>
        <source>Voorafgaande mededeling (%1):</source>
        <translation>Notice read at the start (%1):</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="148"/>
        <source>Verklaringen:</source>
        <translation>Statements:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="153"/>
        <source>Opmerkingen van de gehoorde persoon:</source>
        <translation>Remarks of the person heard:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="160"/>
        <source>Het verhoor werd niet bewaard: vul de gehoorde persoon in.</source>
        <translation>The interview record was not saved: fill in the person heard.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="163"/>
        <source>Het verhoor werd niet bewaard: het einde ligt voor de aanvang.</source>
        <translation>The interview record was not saved: the end is before the start.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="166"/>
        <source>Het verhoor werd niet ondertekend: de voorafgaande mededeling moet bij het begin voorgelezen zijn. Vink dat aan in het verhoor en voeg het ondertekende exemplaar dan toe.</source>
        <translation>The interview record was not signed: the notice must have been read at the start. Tick that in the interview record, then add the signed copy.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="172"/>
        <source>De wijziging werd niet bewaard: dit verhoor bestaat niet in deze melding.</source>
        <translation>The change was not saved: this interview record does not exist in this case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="176"/>
        <source>Het verhoor werd niet gewijzigd: het is ondertekend. Leg een verbetering vast.</source>
        <translation>The interview record was not changed: it is signed. Record a correction.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="181"/>
        <source>Er werd niets gewijzigd aan het verhoor; er is niets bewaard.</source>
        <translation>Nothing was changed in the interview record; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="184"/>
        <source>Deze versie van het verhoor is al ondertekend.</source>
        <translation>This version of the interview record is signed already.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="187"/>
        <source>Het ondertekend exemplaar werd niet gekoppeld: het moet een stuk van de soort verhoor zijn.</source>
        <translation>The signed copy was not linked: it must be a piece of the type interview record.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="192"/>
        <source>Het ondertekend exemplaar werd niet gekoppeld: dit stuk hoort al bij een ander verhoor.</source>
        <translation>The signed copy was not linked: this piece belongs to another interview record already.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="197"/>
        <source>Een verbetering kan alleen bij een ondertekend verhoor; bewerk dit verhoor gewoon.</source>
        <translation>Only a signed interview record takes a correction; simply edit this one.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="202"/>
        <source>De verbetering werd niet bewaard: geef de reden.</source>
        <translation>The correction was not saved: give the reason.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="205"/>
        <source>De verbetering verandert niets; er is niets bewaard.</source>
        <translation>The correction changes nothing; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_texts.py" line="218"/>
        <source>De wijziging aan het verhoor werd niet bewaard: ze is niet (meer) mogelijk in de huidige status van de melding of van het verhoor, of een veld is leeg of te lang.</source>
        <translation>The change to the interview record was not saved: it is not (or no longer) possible in the current status of the case or of the interview record, or a field is empty or too long.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="74"/>
        <source>Er is geen melding gekozen.</source>
        <translation>No case is selected.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="77"/>
        <source>Alleen het dossierteam (de onderzoeker aan wie de melding is toegewezen en de leidinggevenden van de dienst) kan verhoren opstellen en wijzigen.</source>
        <translation>Only the case team (the investigator the case is assigned to and the department&apos;s managers) can draw up and change interview records.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="83"/>
        <source>Dat kan niet in de status ‘%1’ van de melding.</source>
        <translation>That is not possible in the case&apos;s status ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="103"/>
        <source>Dit verhoor is ondertekend en kan niet meer bewerkt worden. Leg een verbetering vast: de ondertekende versie blijft bewaard.</source>
        <translation>This interview record is signed and can no longer be edited. Record a correction: the signed version is kept.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="116"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="120"/>
        <source>versie %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="123"/>
        <source>nog niet verzonden</source>
        <translation>not yet sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="140"/>
        <source>Opgesteld door %1 op %2</source>
        <translation>Drawn up by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="146"/>
        <source>gewijzigd door %1 op %2</source>
        <translation>changed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="156"/>
        <source>Verbetering van een ondertekende versie. Reden: %1</source>
        <translation>Correction of a signed version. Reason: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="169"/>
        <source>Nog niet ondertekend: kan nog bewerkt worden.</source>
        <translation>Not signed yet: can still be edited.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="176"/>
        <source>een stuk</source>
        <translation>a piece</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="179"/>
        <source>Ondertekend: versie %3 is alleen-lezen. Ondertekend exemplaar: %4 (gekoppeld door %1 op %2).</source>
        <translation>Signed: version %3 is read-only. Signed copy: %4 (linked by %1 on %2).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="229"/>
        <source>Bekijken…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="230"/>
        <source>%1 bekijken</source>
        <translation>View %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="235"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="236"/>
        <source>%1 bewerken</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="249"/>
        <source>Verbetering…</source>
        <translation>Correction…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="250"/>
        <source>Verbetering van %1</source>
        <translation>Correction of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="257"/>
        <source>Nalezen en ondertekenen…</source>
        <translation>Read back and sign…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="258"/>
        <source>%1 nalezen en ondertekenen</source>
        <translation>Read back and sign %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="263"/>
        <source>Ondertekend exemplaar toevoegen…</source>
        <translation>Add signed copy…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="264"/>
        <source>Ondertekend exemplaar van %1 toevoegen</source>
        <translation>Add the signed copy of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="273"/>
        <source>Eerdere versies…</source>
        <translation>Earlier versions…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="274"/>
        <source>Eerdere versies van %1</source>
        <translation>Earlier versions of %1</translation>
    </message>
</context>
<context>
    <name>InterviewsPanel</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="315"/>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="322"/>
        <source>Verhoren</source>
        <translation>Interview records</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="324"/>
        <source>Nieuw verhoor…</source>
        <translation>New interview record…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="324"/>
        <source>Nieuw verhoor</source>
        <translation>New interview record</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="329"/>
        <source>Wat u hier kunt doen</source>
        <translation>What you can do here</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="406"/>
        <source>Nog geen verhoren. Een verhoor legt vast wie gehoord werd, in welke hoedanigheid, en wat er gevraagd en verklaard werd; de gehoorde persoon leest het na en ondertekent het.</source>
        <translation>No interview records yet. An interview record sets down who was heard, in what capacity, and what was asked and stated; the person heard reads it back and signs it.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="414"/>
        <source>1 verhoor</source>
        <translation>1 interview record</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="414"/>
        <source>%1 verhoren</source>
        <translation>%1 interview records</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interviews_panel.py" line="416"/>
        <source>%1 ondertekend</source>
        <translation>%1 signed</translation>
    </message>
</context>
<context>
    <name>Investigation</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="42"/>
        <source>Gegrond</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="43"/>
        <source>Deels gegrond</source>
        <translation>Partly founded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="44"/>
        <source>Ongegrond</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="45"/>
        <source>Niet vast te stellen</source>
        <translation>Not determinable</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="53"/>
        <source>Tuchtprocedure</source>
        <translation>Disciplinary procedure</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="54"/>
        <source>Melding aan het parket</source>
        <translation>Report to the public prosecutor</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="55"/>
        <source>Organisatorische maatregel</source>
        <translation>Organisational measure</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="58"/>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="59"/>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="65"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="66"/>
        <source>Uitgevoerd</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="67"/>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="106"/>
        <source>op %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="110"/>
        <source>van %1 tot %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="115"/>
        <source>vanaf %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="119"/>
        <source>tot %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="120"/>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="127"/>
        <source>niet opgegeven</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="143"/>
        <source>stuk %1: %2</source>
        <translation>piece %1: %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="145"/>
        <source>(ingetrokken)</source>
        <translation>(withdrawn)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="165"/>
        <source>%1 (bij het antwoord van de melder)</source>
        <translation>%1 (with the reporter&apos;s answer)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="184"/>
        <source>Antwoord van de melder</source>
        <translation>The reporter&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="185"/>
        <source>Antwoord van de melder van %1</source>
        <translation>The reporter&apos;s answer of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="195"/>
        <source>stuk dat hier (nog) niet beschikbaar is</source>
        <translation>piece not available here (yet)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="199"/>
        <source>nog niemand</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="204"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_texts.py" line="206"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>InvestigationDialogs</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="47"/>
        <source>%1 van maximaal %2 tekens</source>
        <translation>%1 of at most %2 characters</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="59"/>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="60"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="141"/>
        <source>Betrokkenen: %1</source>
        <translation>Involved persons: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="145"/>
        <source>Categorie: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="149"/>
        <source>Periode van de feiten: %1</source>
        <translation>Period of the facts: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="159"/>
        <source>Conclusie: %1</source>
        <translation>Conclusion: %1</translation>
    </message>
</context>
<context>
    <name>InvestigationPanel</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="96"/>
        <source>Onderzoek</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="105"/>
        <source>Wat u hier kunt doen</source>
        <translation>What you can do here</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="110"/>
        <source>Tenlasteleggingen en bevindingen</source>
        <translation>Allegations and findings</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="113"/>
        <source>Tenlastelegging toevoegen…</source>
        <translation>Add allegation…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="113"/>
        <source>Tenlastelegging toevoegen</source>
        <translation>Add allegation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="119"/>
        <source>Stand van de tenlasteleggingen</source>
        <translation>State of the allegations</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="216"/>
        <source>Er is geen melding gekozen.</source>
        <translation>No case is selected.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="220"/>
        <source>Alleen het dossierteam (de onderzoeker aan wie de melding is toegewezen en de leidinggevenden van de dienst) kan het onderzoek wijzigen.</source>
        <translation>Only the case team (the investigator the case is assigned to and the department&apos;s managers) can change the investigation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="235"/>
        <source>Een bevinding kan alleen vastgelegd worden terwijl de melding in onderzoek is (nu: ‘%1’).</source>
        <translation>A finding can only be recorded while the case is under investigation (now: ‘%1’).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="229"/>
        <source>Dat kan niet in de status ‘%1’ van de melding.</source>
        <translation>That is not possible in the case&apos;s status ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="251"/>
        <source>De melding heeft de status ‘%1’: tenlasteleggingen en taken kunnen nu niet gewijzigd worden.</source>
        <translation>The case has the status ‘%1’: allegations and tasks cannot be changed now.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="255"/>
        <source>Een open taak kan nog afgevinkt of geannuleerd worden.</source>
        <translation>An open task can still be ticked off or cancelled.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="257"/>
        <source>Bevindingen kunnen vastgelegd worden zodra het onderzoek gestart is.</source>
        <translation>Findings can be recorded once the investigation has started.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="266"/>
        <source>Tenlasteleggingen</source>
        <translation>Allegations</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="363"/>
        <source>Nog geen tenlasteleggingen. Leg vast wat de melding aanklaagt: per tenlastelegging komt er een bevinding, en die zijn nodig om de melding na onderzoek af te ronden.</source>
        <translation>No allegations yet. Record what the case alleges: each allegation gets a finding, and those are needed to close the case after the investigation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="369"/>
        <source>1 tenlastelegging</source>
        <translation>1 allegation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="369"/>
        <source>%1 tenlasteleggingen</source>
        <translation>%1 allegations</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="373"/>
        <source>1 ingetrokken</source>
        <translation>1 withdrawn</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="373"/>
        <source>%1 ingetrokken</source>
        <translation>%1 withdrawn</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="377"/>
        <source>1 zonder bevinding</source>
        <translation>1 without a finding</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="377"/>
        <source>%1 zonder bevinding</source>
        <translation>%1 without a finding</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_panel.py" line="380"/>
        <source>elk met een bevinding</source>
        <translation>each with a finding</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="16"/>
        <source>Geregistreerd</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="17"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="91"/>
        <source>Doorgestuurd</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="18"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="93"/>
        <source>Ontvangst bevestigd</source>
        <translation>Receipt acknowledged</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="19"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="71"/>
        <source>Gegrondheid beoordelen</source>
        <translation>Assess whether founded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="20"/>
        <source>In onderzoek</source>
        <translation>Under investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="22"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="100"/>
        <source>Teruggestuurd naar 1700</source>
        <translation>Returned to 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="28"/>
        <source>Gegrond</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="29"/>
        <source>Ongegrond</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="30"/>
        <source>Niet-ontvankelijk</source>
        <translation>Inadmissible</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="31"/>
        <source>Deels gegrond</source>
        <translation>Partly founded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="32"/>
        <source>Niet vast te stellen</source>
        <translation>Not determinable</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="38"/>
        <source>Belangenvermenging</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="39"/>
        <source>Omkoping</source>
        <translation>Bribery</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="40"/>
        <source>Lekken van vertrouwelijke informatie</source>
        <translation>Leaking confidential information</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="43"/>
        <source>Misbruik van bevoegdheden</source>
        <translation>Abuse of powers</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="44"/>
        <source>Diefstal van werkingsmiddelen</source>
        <translation>Theft of operating resources</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="47"/>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="53"/>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="54"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="55"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="61"/>
        <source>Burger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="62"/>
        <source>Vereniging</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="63"/>
        <source>Bedrijf</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="69"/>
        <source>Ontvangst bevestigen</source>
        <translation>Acknowledge receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="70"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="72"/>
        <source>Onderzoek starten</source>
        <translation>Start investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="73"/>
        <source>Melding afronden</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="78"/>
        <source>Vraag annuleren</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="101"/>
        <source>Ontvangstbevestiging verzonden</source>
        <translation>Acknowledgement sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="107"/>
        <source>Herinnering verzonden</source>
        <translation>Reminder sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="108"/>
        <source>Vraag geannuleerd</source>
        <translation>Request cancelled</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="109"/>
        <source>Vraag verlopen</source>
        <translation>Request expired</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="111"/>
        <source>Terugkoppeling verzonden</source>
        <translation>Feedback sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="138"/>
        <source>Nog niet verzonden</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="139"/>
        <source>Wordt verzonden</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="140"/>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="74"/>
        <source>Terugsturen naar 1700</source>
        <translation>Return to 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="75"/>
        <source>Vraag bijkomende informatie</source>
        <translation>Request more information</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="76"/>
        <source>Terugkoppeling sturen</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="77"/>
        <source>Herinnering sturen</source>
        <translation>Send reminder</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="79"/>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="80"/>
        <source>Notitie bewerken</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="81"/>
        <source>Geen belangenconflict verklaren</source>
        <translation>Declare no conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="84"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="113"/>
        <source>Onthouden wegens belangenconflict</source>
        <translation>Recused for a conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="90"/>
        <source>Geregistreerd door 1700</source>
        <translation>Registered by 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="92"/>
        <source>Opnieuw doorgestuurd</source>
        <translation>Forwarded again</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="94"/>
        <source>Beoordeling gegrondheid gestart</source>
        <translation>Assessment of whether founded started</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="97"/>
        <source>Onderzoek gestart</source>
        <translation>Investigation started</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="98"/>
        <source>Toegewezen</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="104"/>
        <source>Bijkomende informatie gevraagd</source>
        <translation>More information requested</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="110"/>
        <source>Antwoord ontvangen</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="112"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="141"/>
        <source>Niet afgeleverd</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="121"/>
        <source>ontvangstbevestiging</source>
        <translation>acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="122"/>
        <source>terugkoppeling</source>
        <translation>feedback</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="128"/>
        <source>Vraag om bijkomende informatie</source>
        <translation>Request for more information</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="131"/>
        <source>Ontvangstbevestiging</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="132"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="142"/>
        <source>Beantwoord</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="143"/>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="144"/>
        <source>Verlopen zonder antwoord</source>
        <translation>Expired without an answer</translation>
    </message>
    <message>
        <location filename="../../investigator_app/desktop/self_test.py" line="70"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="21"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="99"/>
        <source>Afgerond</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="137"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="150"/>
        <source>De brief is leeg.</source>
        <translation>The letter is empty.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="165"/>
        <source>De brief is te lang (maximaal %1 tekens).</source>
        <translation>The letter is too long (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="176"/>
        <source>De brief is in het Engels, de taal van de melder.</source>
        <translation>The letter is in English, the reporter&apos;s language.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="180"/>
        <source>Er is nog geen sjabloon in de taal van de melder; de brief is in het Nederlands.</source>
        <translation>There is no template in the reporter&apos;s language yet; the letter is in Dutch.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="195"/>
        <source>Bevestig de ontvangst aan de melder (binnen 7 dagen na ontvangst). 1700 bezorgt de brief; u kunt hem eerst aanpassen.</source>
        <translation>Acknowledge receipt to the reporter (within 7 days of receipt). 1700 delivers the letter; you can edit it first.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="203"/>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="205"/>
        <source>Ontvangst bevestigen</source>
        <translation>Acknowledge receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="209"/>
        <source>De brief bevat alleen de aanhef en de groet. Schrijf ertussen dat de melding ontvangen is en wat de melder nu mag verwachten, of vink ‘Geen brief sturen’ aan.</source>
        <translation>The letter holds only the greeting and the closing. Write between them that the report was received and what the reporter may now expect, or tick ‘Send no letter’.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="226"/>
        <source>Laat de melder weten welk gevolg aan de melding gegeven wordt (binnen 3 maanden na de ontvangstbevestiging): schrijf dat tussen de aanhef en de groet. Noem geen andere personen als dat niet nodig is.</source>
        <translation>Let the reporter know how the report is followed up (within 3 months of the acknowledgement): write it between the greeting and the closing. Do not name other persons unless it is needed.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="241"/>
        <source>De brief bevat alleen de aanhef en de groet van het sjabloon. Schrijf ertussen welk gevolg aan de melding gegeven wordt of werd (bijvoorbeeld dat het onderzoek loopt, of de uitkomst en wat er nu gebeurt), zonder andere personen te noemen als dat niet nodig is.</source>
        <translation>The letter holds only the template&apos;s greeting and closing. Write between them how the report is or was followed up (for example that the investigation is under way, or the outcome and what happens now), without naming other persons unless it is needed.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="235"/>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="237"/>
        <source>Terugkoppeling sturen</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <source>Brief aan de melder</source>
        <translation>Letter to the reporter</translation>
    </message>
    <message>
        <source>&amp;Brief (platte tekst)</source>
        <translation>&amp;Letter (plain text)</translation>
    </message>
    <message>
        <source>&amp;Geen brief sturen (alleen de ontvangst registreren)</source>
        <translation>&amp;Send no letter (only record the receipt)</translation>
    </message>
    <message>
        <source>De melder heeft geen e-mailadres opgegeven: 1700 brengt de melder telefonisch op de hoogte.</source>
        <translation>The reporter gave no e-mail address: 1700 informs the reporter by phone.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="21"/>
        <source>Vergrendeld scherm</source>
        <translation>Locked screen</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="22"/>
        <source>Integriteitsmeldingen</source>
        <translation>Integrity reports</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="28"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="30"/>
        <source>Aangemeld als %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="35"/>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="137"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="36"/>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="138"/>
        <source>Wachtwoord om te ontgrendelen</source>
        <translation>Password to unlock</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="41"/>
        <source>Melding bij het ontgrendelen</source>
        <translation>Unlock message</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="43"/>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="45"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="52"/>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="54"/>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="99"/>
        <source>Opnieuw aanmelden via de browser</source>
        <translation>Sign in again through the browser</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="56"/>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="58"/>
        <source>Afmelden</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="89"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="90"/>
        <source>Pincode om te ontgrendelen</source>
        <translation>PIN to unlock</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="99"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="108"/>
        <source>Vul de code in.</source>
        <translation>Enter the code.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="110"/>
        <source>Vul uw pincode in.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="112"/>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="130"/>
        <source>Code uit de app of herstelcode</source>
        <translation>Code from the app or recovery code</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="131"/>
        <source>Code om te ontgrendelen</source>
        <translation>Code to unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="48"/>
        <source>Geef een volledig serveradres, bv. https://meldingen.voorbeeld.be</source>
        <translation>Enter a full server address, e.g. https://meldingen.voorbeeld.be</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="52"/>
        <source>Gebruik een beveiligd adres dat met https:// begint.</source>
        <translation>Use a secure address that starts with https://.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="85"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="87"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="139"/>
        <source>Vul uw gebruikersnaam in.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="141"/>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="146"/>
        <source>Bezig met aanmelden…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="176"/>
        <source>Aanmelden zonder de code van de tweestapsverificatie kan niet.</source>
        <translation>Signing in without the two-step verification code is not possible.</translation>
    </message>
    <message>
        <source>Meld u aan bij de meldingendienst van uw entiteit.</source>
        <translation>Sign in to your department&apos;s reporting service.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>https://meldingen.voorbeeld.vlaanderen.be</source>
        <translation>https://meldingen.voorbeeld.vlaanderen.be</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Melding bij het aanmelden</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <source>Of meld u aan zoals bij de andere toepassingen van uw organisatie:</source>
        <translation>Or sign in as you do in your organisation&apos;s other applications:</translation>
    </message>
    <message>
        <source>Aanmelden met uw organisatieaccount</source>
        <translation>Sign in with your organisation account</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../investigator_app/gui/shell/main_window.py" line="94"/>
        <source>Integriteitsmeldingen — %1 — %2</source>
        <translation>Integrity reports — %1 — %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/main_window.py" line="169"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/main_window.py" line="241"/>
        <source>Deze actie is nu niet mogelijk voor de gekozen melding.</source>
        <translation>This action is not possible for the selected case now.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/main_window.py" line="332"/>
        <source>&amp;Jaarverslag…</source>
        <translation>&amp;Yearly report…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/main_window.py" line="334"/>
        <source>Het jaarverslag van de entiteit als PDF, CSV of XLSX</source>
        <translation>The entity&apos;s yearly report as PDF, CSV or XLSX</translation>
    </message>
    <message numerus="yes">
        <location filename="../../investigator_app/gui/shell/main_window.py" line="375"/>
        <source>%n actie(s) niet uitgevoerd: open de gemarkeerde melding(en).</source>
        <translation>
            <numerusform>%n action not carried out: open the highlighted case.</numerusform>
            <numerusform>%n actions not carried out: open the highlighted cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integriteitsmeldingen</source>
        <translation>Integrity reports</translation>
    </message>
    <message>
        <source>Zoeken op referentie, samenvatting, entiteit of persoon…</source>
        <translation>Search by reference, summary, department or person…</translation>
    </message>
    <message>
        <source>Zoeken in meldingen</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter op categorie</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Synchroniseren</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Afmelden</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Afmelden op deze werkplek; lokale gegevens blijven bewaard</source>
        <translation>Sign out on this workstation; local data is kept</translation>
    </message>
    <message>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Melding</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Nu synchroniseren met de meldingendienst</source>
        <translation>Synchronise with the reporting service now</translation>
    </message>
    <message>
        <source>De app afsluiten</source>
        <translation>Quit the app</translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>De gekozen melding als PDF-dossier exporteren</source>
        <translation>Export the selected case as a PDF case file</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>De gekozen melding afdrukken</source>
        <translation>Print the selected case</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Server, synchronisatie, taal en gegevensmap</source>
        <translation>Server, synchronisation, language and data folder</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Naar het zoekveld boven de lijst</source>
        <translation>Go to the search field above the list</translation>
    </message>
    <message>
        <source>&amp;Volgende melding</source>
        <translation>&amp;Next case</translation>
    </message>
    <message>
        <source>De volgende melding in de lijst tonen</source>
        <translation>Show the next case in the list</translation>
    </message>
    <message>
        <source>Vo&amp;rige melding</source>
        <translation>Pre&amp;vious case</translation>
    </message>
    <message>
        <source>De vorige melding in de lijst tonen</source>
        <translation>Show the previous case in the list</translation>
    </message>
    <message>
        <source>De ontvangst van de gekozen melding bevestigen</source>
        <translation>Acknowledge receipt of the selected case</translation>
    </message>
    <message>
        <source>&amp;Toewijzen…</source>
        <translation>Ass&amp;ign…</translation>
    </message>
    <message>
        <source>De gekozen melding aan een onderzoeker toewijzen</source>
        <translation>Assign the selected case to an investigator</translation>
    </message>
    <message>
        <source>De melder om bijkomende informatie vragen</source>
        <translation>Ask the reporter for more information</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Cijfers van de entiteit over een gekozen periode</source>
        <translation>The department&apos;s figures over a chosen period</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Overzicht van de sneltoetsen</source>
        <translation>List of the keyboard shortcuts</translation>
    </message>
    <message>
        <source>Deze &amp;werkplek vergeten…</source>
        <translation>Forget this &amp;workstation…</translation>
    </message>
    <message>
        <source>Afmelden en de lokale gegevens, het token en de sleutel van deze werkplek wissen</source>
        <translation>Sign out and wipe the local data, the token and the key of this workstation</translation>
    </message>
    <message>
        <source>&amp;Selectie exporteren…</source>
        <translation>Export &amp;selection…</translation>
    </message>
    <message>
        <source>De geselecteerde (of alle getoonde) meldingen exporteren, één PDF-dossier per melding</source>
        <translation>Export the selected (or all shown) cases, one PDF case file per case</translation>
    </message>
    <message>
        <source>Audittrail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>Wie deze melding exporteerde of afdrukte, voor wie en wanneer</source>
        <translation>Who exported or printed this case, for whom and when</translation>
    </message>
    <message>
        <source>Melding a&amp;fronden…</source>
        <translation>&amp;Close case…</translation>
    </message>
    <message>
        <source>De gekozen melding afronden met een resultaat</source>
        <translation>Close the selected case with an outcome</translation>
    </message>
    <message>
        <source>Mijn &amp;taken…</source>
        <translation>My &amp;tasks…</translation>
    </message>
    <message>
        <source>Uw open onderzoekstaken in alle meldingen</source>
        <translation>Your open tasks in all cases</translation>
    </message>
    <message>
        <source>&amp;Ontvangst bevestigen…</source>
        <translation>&amp;Acknowledge receipt…</translation>
    </message>
    <message>
        <source>Vraag bijkomende &amp;informatie…</source>
        <translation>&amp;Request more information…</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_actions.py" line="73"/>
        <source>Vraag annuleren</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_actions.py" line="74"/>
        <source>De vraag annuleren? De link in het bericht aan de melder werkt dan niet meer; een antwoord is niet meer mogelijk.</source>
        <translation>Cancel the request? The link in the message to the reporter then no longer works; an answer is no longer possible.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_actions.py" line="91"/>
        <source>De bijlage is beschadigd en wordt niet geopend. Synchroniseer opnieuw.</source>
        <translation>The attachment is damaged and will not be opened. Synchronise again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_actions.py" line="99"/>
        <source>De bijlage is nog niet opgehaald; ze wordt opgehaald zodra de server bereikbaar is. Probeer straks opnieuw.</source>
        <translation>The attachment has not been fetched yet; it will be fetched as soon as the server can be reached. Try again shortly.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_actions.py" line="119"/>
        <source>Er is geen programma om dit type bestand te openen.</source>
        <translation>There is no program to open this type of file.</translation>
    </message>
</context>
<context>
    <name>MessageThread</name>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="48"/>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="50"/>
        <source>Berichtendienst</source>
        <translation>Message service</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="52"/>
        <source>1700</source>
        <translation>1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="70"/>
        <source>Niet afgeleverd na %1 pogingen</source>
        <translation>Not delivered after %1 attempts</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="75"/>
        <source>Beantwoord op %1 (telefonisch, genoteerd door 1700)</source>
        <translation>Answered on %1 (by phone, recorded by 1700)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="79"/>
        <source>Beantwoord op %1</source>
        <translation>Answered on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="85"/>
        <source>Geannuleerd op %1</source>
        <translation>Cancelled on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="60"/>
        <source>Verzonden op %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="65"/>
        <source>Niet per e-mail verzonden: de melder heeft geen e-mailadres; 1700 belt.</source>
        <translation>Not sent by e-mail: the reporter has no e-mail address; 1700 calls.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="83"/>
        <source>Geannuleerd (nog niet verzonden)</source>
        <translation>Cancelled (not yet sent)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="89"/>
        <source>herinnering verzonden op %1</source>
        <translation>reminder sent on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="93"/>
        <source>herinnering in wachtrij</source>
        <translation>reminder queued</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="95"/>
        <source>antwoordtermijn verstreken</source>
        <translation>answer deadline passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="107"/>
        <source>nog niet opgehaald</source>
        <translation>not fetched yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="110"/>
        <source>Toegevoegd door %1 op %2</source>
        <translation>Added by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="114"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="116"/>
        <source>Bijlage %1 openen</source>
        <translation>Open attachment %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="143"/>
        <source>Antwoord gevraagd uiterlijk op %1</source>
        <translation>Answer requested by %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="156"/>
        <source>Antwoord van de melder:</source>
        <translation>The reporter&apos;s answer:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="167"/>
        <source>Herinnering sturen</source>
        <translation>Send reminder</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="170"/>
        <source>Vraag annuleren</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="196"/>
        <source>Bijlagen bij de melding (toegevoegd door 1700):</source>
        <translation>Attachments to the case (added by 1700):</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="210"/>
        <source>Nog geen berichten met de melder.</source>
        <translation>No messages with the reporter yet.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="23"/>
        <source>Gebruikersnaam of wachtwoord is niet juist.</source>
        <translation>The username or password is incorrect.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="25"/>
        <source>Uw aanmelding op deze werkplek is verlopen. Meld u opnieuw aan; uw lokale gegevens en nog niet verzonden wijzigingen blijven bewaard.</source>
        <translation>Your sign-in on this workstation has expired. Sign in again; your local data and changes not yet sent are kept.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="31"/>
        <source>De toegang van deze werkplek werd ingetrokken. Meld u opnieuw aan; uw lokale gegevens en nog niet verzonden wijzigingen blijven bewaard.</source>
        <translation>This workstation&apos;s access was revoked. Sign in again; your local data and changes not yet sent are kept.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="36"/>
        <source>De server herkent deze werkplek niet meer. Meld u opnieuw aan; uw lokale gegevens en nog niet verzonden wijzigingen blijven bewaard.</source>
        <translation>The server no longer recognises this workstation. Sign in again; your local data and changes not yet sent are kept.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="44"/>
        <source>Er is op deze werkplek geen veilige opslag voor wachtwoorden beschikbaar (Windows Referentiebeheer). U kunt nu werken, maar moet u bij de volgende start opnieuw aanmelden, en wijzigingen die bij het afsluiten nog niet naar de server verzonden zijn, kan de app dan niet meer lezen (de app waarschuwt u voor u afsluit). Vraag uw IT-dienst om de sleutelopslag in orde te brengen.</source>
        <translation>There is no secure password storage on this workstation (Windows Credential Manager). You can work now, but you will have to sign in again at the next start, and changes not yet sent to the server when the app quits can then no longer be read (the app warns you before you quit). Ask your IT department to repair the key storage.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="57"/>
        <source>De server is niet bereikbaar. Controleer het adres en uw netwerkverbinding. U kunt offline verder werken; wijzigingen worden later verzonden.</source>
        <translation>The server cannot be reached. Check the address and your network connection. You can carry on working offline; changes are sent later.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="63"/>
        <source>Te veel mislukte pogingen. Wacht een minuut en probeer opnieuw.</source>
        <translation>Too many failed attempts. Wait a minute and try again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="71"/>
        <source>De server gaf een antwoord dat deze versie van de toepassing niet begrijpt. Controleer het serveradres of installeer de nieuwste versie.</source>
        <translation>The server sent a response that this version of the application does not understand. Check the server address or install the latest version.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="77"/>
        <source>De server meldt een fout (%1). Probeer het later opnieuw.</source>
        <translation>The server reports an error (%1). Please try again later.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="81"/>
        <source>De schijf is vol: de wijziging kon niet bewaard worden. Maak ruimte vrij en probeer opnieuw; er ging niets verloren.</source>
        <translation>The disk is full: the change could not be saved. Free up some space and try again; nothing has been lost.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="86"/>
        <source>Er ging iets mis: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="94"/>
        <source>De server is niet bereikbaar; u werkt offline. Wijzigingen worden later verzonden.</source>
        <translation>The server cannot be reached; you are working offline. Changes are sent later.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="99"/>
        <source>De server gaf een antwoord dat deze versie niet begrijpt. Installeer de nieuwste versie van de toepassing.</source>
        <translation>The server sent a response that this version does not understand. Install the latest version of the application.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="105"/>
        <source>De server meldt een fout. Er wordt later opnieuw gesynchroniseerd.</source>
        <translation>The server reports an error. Syncing will be retried later.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="109"/>
        <source>Het serveradres is niet geldig. Meld u af en geef het juiste adres.</source>
        <translation>The server address is not valid. Sign out and enter the correct address.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="112"/>
        <source>Synchroniseren lukte niet door een interne fout; details staan in het logbestand. Er ging niets verloren.</source>
        <translation>Syncing failed because of an internal error; details are in the log file. Nothing has been lost.</translation>
    </message>
</context>
<context>
    <name>MotivationDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="77"/>
        <source>&amp;Motivering (niet verplicht; ze staat op de tijdlijn)</source>
        <translation>&amp;Motivation (optional; it is shown on the timeline)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="82"/>
        <source>Motivering</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="92"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="104"/>
        <source>De motivering is te lang (maximaal %1 tekens).</source>
        <translation>The motivation is too long (at most %1 characters).</translation>
    </message>
</context>
<context>
    <name>MyTasksDialog</name>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="53"/>
        <source>Mijn taken</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="61"/>
        <source>Mijn open taken</source>
        <translation>My open tasks</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="63"/>
        <source>Melding</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="63"/>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="63"/>
        <source>Uiterlijk op</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="63"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="97"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="98"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="98"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="113"/>
        <source>U hebt geen open taken.</source>
        <translation>You have no open tasks.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="115"/>
        <source>U hebt 1 open taak.</source>
        <translation>You have 1 open task.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="117"/>
        <source>U hebt %1 open taken.</source>
        <translation>You have %1 open tasks.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="120"/>
        <source>Te laat: %1.</source>
        <translation>Overdue: %1.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/my_tasks.py" line="121"/>
        <source>Dubbelklik op een taak om de melding te openen.</source>
        <translation>Double-click a task to open its case.</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="52"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="60"/>
        <source>Aangemaakt op %1</source>
        <translation>Created on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="62"/>
        <source>bewerkt op %1</source>
        <translation>edited on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="64"/>
        <source>nog niet verzonden</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="69"/>
        <source>Tekst van de notitie</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="72"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="73"/>
        <source>Notitie bewerken</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="77"/>
        <source>Eerdere versies…</source>
        <translation>Earlier versions…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="78"/>
        <source>Eerdere versies van de notitie</source>
        <translation>Earlier versions of the note</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="36"/>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="37"/>
        <source>Notitie bewaren</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="39"/>
        <source>Notitie bewerken</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="40"/>
        <source>Nieuwe versie bewaren</source>
        <translation>Save new version</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="46"/>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="47"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="48"/>
        <source>Aantal tekens</source>
        <translation>Number of characters</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="70"/>
        <source>%1 van maximaal %2 tekens</source>
        <translation>%1 of at most %2 characters</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="76"/>
        <source>De notitie is te lang: kort ze in tot %1 tekens.</source>
        <translation>The note is too long: shorten it to %1 characters.</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Een notitie is vertrouwelijk: ze gaat nooit naar de melder en nooit naar 1700. Eerdere versies blijven bewaard.</source>
        <translation>A note is confidential: it never goes to the reporter and never to 1700. Earlier versions are kept.</translation>
    </message>
    <message>
        <source>&amp;Tekst (platte tekst)</source>
        <translation>&amp;Text (plain text)</translation>
    </message>
    <message>
        <source>Tekst van de notitie</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <source>Wie mag deze notitie lezen?</source>
        <translation>Who may read this note?</translation>
    </message>
    <message>
        <source>&amp;Alleen ik</source>
        <translation>&amp;Only me</translation>
    </message>
    <message>
        <source>Alleen ik</source>
        <translation>Only me</translation>
    </message>
    <message>
        <source>&amp;Dossierteam: de onderzoeker aan wie de melding is toegewezen en de leidinggevenden van de dienst</source>
        <translation>&amp;Case team: the investigator the case is assigned to and the department&apos;s managers</translation>
    </message>
    <message>
        <source>Dossierteam</source>
        <translation>Case team</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="23"/>
        <source>Alleen ik</source>
        <translation>Only me</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="24"/>
        <source>Dossierteam</source>
        <translation>Case team</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="102"/>
        <source>Notities zijn vertrouwelijk: ze gaan nooit naar de melder of naar 1700. ‘Alleen ik’ leest alleen u; ‘Dossierteam’ lezen ook de toegewezen onderzoeker en de leidinggevenden van de dienst.</source>
        <translation>Notes are confidential: they never go to the reporter or to 1700. ‘Only me’ is read by you alone; ‘Case team’ also by the assigned investigator and the department&apos;s managers.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="109"/>
        <source>Nieuwe notitie…</source>
        <translation>New note…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="110"/>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="115"/>
        <source>Nog geen notities bij deze melding.</source>
        <translation>No notes on this case yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="121"/>
        <source>Notities bij de melding</source>
        <translation>Notes on the case</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="86"/>
        <source>Integriteitsmeldingen</source>
        <translation>Integrity reports</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="142"/>
        <source>Antwoorden ontvangen</source>
        <translation>Answers received</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="143"/>
        <source>Antwoorden van melders ontvangen voor %1 meldingen</source>
        <translation>Answers from reporters received for %1 cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="150"/>
        <source>Antwoord ontvangen</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="151"/>
        <source>Antwoord van de melder ontvangen voor %1</source>
        <translation>Answer from the reporter received for %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="174"/>
        <source>Nieuwe meldingen</source>
        <translation>New cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="175"/>
        <source>%1 nieuwe meldingen doorgestuurd</source>
        <translation>%1 new cases forwarded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="182"/>
        <source>Nieuwe melding</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="183"/>
        <source>Nieuwe melding %1 doorgestuurd</source>
        <translation>New case %1 forwarded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="206"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="207"/>
        <source>%1 meldingen met een termijn die nadert of verstreken is</source>
        <translation>%1 cases with a deadline that is near or has passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="215"/>
        <source>Termijn verstreken</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="216"/>
        <source>De termijn voor %1 is verstreken</source>
        <translation>The deadline for %1 has passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="222"/>
        <source>Termijn nadert</source>
        <translation>Deadline near</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="223"/>
        <source>De termijn voor %1 nadert</source>
        <translation>The deadline for %1 is near</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="262"/>
        <source>Taken</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="263"/>
        <source>Taken van u in %1 meldingen zijn vandaag uiterlijk of te laat</source>
        <translation>Tasks of yours in %1 cases are due today or overdue</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="271"/>
        <source>Taak te laat</source>
        <translation>Task overdue</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="272"/>
        <source>Een taak van u in %1 is te laat</source>
        <translation>A task of yours in %1 is overdue</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="278"/>
        <source>Taak vandaag uiterlijk</source>
        <translation>Task due today</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="279"/>
        <source>Een taak van u in %1 moet vandaag uitgevoerd zijn</source>
        <translation>A task of yours in %1 is due today</translation>
    </message>
</context>
<context>
    <name>OneTimeCodeDialog</name>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="67"/>
        <source>Tweestapsverificatie</source>
        <translation>Two-step verification</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="82"/>
        <source>Melding bij de code</source>
        <translation>Code message</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="87"/>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="88"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="90"/>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="91"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="104"/>
        <source>Vul een van uw herstelcodes in. Elke herstelcode werkt één keer.</source>
        <translation>Enter one of your recovery codes. Each recovery code works once.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="106"/>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="107"/>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="108"/>
        <source>Code uit de app gebruiken</source>
        <translation>Use the code from the app</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="112"/>
        <source>Uw account vraagt tweestapsverificatie. Vul de code van zes cijfers in die de authenticator-app op uw telefoon toont.</source>
        <translation>Your account uses two-step verification. Enter the six-digit code the authenticator app on your phone shows.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="116"/>
        <source>Code van zes cijfers</source>
        <translation>Six-digit code</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="117"/>
        <source>Code uit de authenticator-app</source>
        <translation>Code from the authenticator app</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="118"/>
        <source>Herstelcode gebruiken</source>
        <translation>Use a recovery code</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="132"/>
        <source>Vul uw herstelcode in.</source>
        <translation>Enter your recovery code.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="134"/>
        <source>Vul de code in die de app toont.</source>
        <translation>Enter the code the app shows.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="138"/>
        <source>Bezig met aanmelden…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>OrganisationChoice</name>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_choice.py" line="111"/>
        <source>Aanmelden met uw organisatieaccount (%1)</source>
        <translation>Sign in with your organisation account (%1)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_choice.py" line="116"/>
        <source>Aanmelden met uw organisatieaccount</source>
        <translation>Sign in with your organisation account</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_choice.py" line="137"/>
        <source>Uw browser werd geopend. Meld u daar aan met uw organisatieaccount; daarna gaat het hier vanzelf verder.</source>
        <translation>Your browser was opened. Sign in there with your organisation account; this window then carries on by itself.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_choice.py" line="157"/>
        <source>Het aanmelden via de browser werd gestopt.</source>
        <translation>Signing in through the browser was stopped.</translation>
    </message>
</context>
<context>
    <name>OrganisationSignIn</name>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="22"/>
        <source>Uw organisatie is niet gekoppeld aan een dienst op deze server. Vraag de beheerder van de server om uw organisatie te koppelen.</source>
        <translation>Your organisation is not linked to a department on this server. Ask the server&apos;s administrator to link your organisation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="28"/>
        <source>Uw organisatieaccount heeft geen rol voor deze toepassing. Vraag uw beheerder om u de rol van onderzoeker of leidinggevende te geven.</source>
        <translation>Your organisation account has no role for this application. Ask your administrator to give you the role of investigator or manager.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="34"/>
        <source>Er is op deze server geen account voor u. Vraag de beheerder van de server om uw account aan te maken.</source>
        <translation>There is no account for you on this server. Ask the server&apos;s administrator to create your account.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="40"/>
        <source>Uw account op deze server is uitgeschakeld. Vraag de beheerder van de server om het weer in te schakelen.</source>
        <translation>Your account on this server has been disabled. Ask the server&apos;s administrator to enable it again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="46"/>
        <source>Het aanmelden bij uw organisatie werd geweigerd of geannuleerd. Probeer opnieuw.</source>
        <translation>Signing in at your organisation was refused or cancelled. Try again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="51"/>
        <source>Het antwoord van de aanmeldingsdienst van uw organisatie kon niet gecontroleerd worden. Probeer opnieuw; lukt het dan nog niet, neem dan contact op met uw IT-dienst.</source>
        <translation>The answer of your organisation&apos;s sign-in service could not be verified. Try again; if it still does not work, contact your IT department.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="60"/>
        <source>Aanmelden met een organisatieaccount is op deze server niet ingesteld. Meld u aan met uw gebruikersnaam en wachtwoord.</source>
        <translation>Signing in with an organisation account is not set up on this server. Sign in with your username and password.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="66"/>
        <source>De aanmeldingsdienst van uw organisatie is nu niet bereikbaar. Probeer het over enkele minuten opnieuw.</source>
        <translation>Your organisation&apos;s sign-in service cannot be reached now. Try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="71"/>
        <source>Het aanmelden met uw organisatieaccount is niet gelukt (%1).</source>
        <translation>Signing in with your organisation account did not succeed (%1).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="77"/>
        <source>Deze aanmelding is verlopen of werd al gebruikt. Probeer opnieuw.</source>
        <translation>This sign-in has expired or was used already. Try again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="88"/>
        <source>Er kwam geen antwoord van de browser. Probeer opnieuw en meld u aan in het venster dat opengaat.</source>
        <translation>No answer came from the browser. Try again and sign in in the window that opens.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="94"/>
        <source>De browser kon niet geopend worden. Controleer of er een standaardbrowser ingesteld is en probeer opnieuw.</source>
        <translation>The browser could not be opened. Check that a default browser is set and try again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/organisation_messages.py" line="100"/>
        <source>U meldde zich aan als een andere gebruiker. Meld u aan met het account dat op deze werkplek aangemeld is, of meld u af.</source>
        <translation>You signed in as another user. Sign in with the account that is signed in on this workstation, or sign out.</translation>
    </message>
</context>
<context>
    <name>PieceDialogs</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="317"/>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="109"/>
        <source>Dit bestand is leeg.</source>
        <translation>This file is empty.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/evidence_actions.py" line="319"/>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="107"/>
        <source>Dit bestand is niet leesbaar.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="99"/>
        <source>Dit bestand bestaat niet (meer) of is niet leesbaar.</source>
        <translation>This file does not exist (any more) or cannot be read.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="103"/>
        <source>Dit is een map; kies de bestanden erin.</source>
        <translation>This is a folder; choose the files in it.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_dialogs.py" line="118"/>
        <source>Dit bestand is %1 groot; de dienst aanvaardt stukken tot %2.</source>
        <translation>This file is %1; the department accepts pieces up to %2.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="46"/>
        <source>&amp;Reden (verplicht)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="77"/>
        <source>Geef de reden.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="80"/>
        <source>De reden is te lang: hoogstens %1 tekens.</source>
        <translation>The reason is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="107"/>
        <source>Nieuwe versie van %1</source>
        <translation>New version of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="111"/>
        <source>Het gekozen bestand wordt versie %1 van dit stuk. Versie %2 blijft bewaard en zichtbaar in de bewaringsketen.</source>
        <translation>The chosen file becomes version %1 of this piece. Version %2 is kept and stays visible in the chain of custody.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="119"/>
        <source>Nieuwe versie toevoegen</source>
        <translation>Add new version</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="120"/>
        <source>Reden van de nieuwe versie</source>
        <translation>Reason for the new version</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="127"/>
        <source>Nu (versie %1): </source>
        <translation>Now (version %1): </translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="134"/>
        <source>Nieuw (%1): </source>
        <translation>New (%1): </translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="149"/>
        <source>%1 intrekken</source>
        <translation>Withdraw %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="153"/>
        <source>%1 wordt ingetrokken: het blijft zichtbaar op de melding, in de bewaringsketen en in het dossier, met de reden, maar wordt niet meer als stuk van het onderzoek gebruikt.</source>
        <translation>%1 is withdrawn: it stays visible on the case, in the chain of custody and in the case file, with the reason, but is no longer used as a piece of the investigation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="161"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/piece_reason_dialogs.py" line="162"/>
        <source>Reden van de intrekking</source>
        <translation>Reason for withdrawing</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="53"/>
        <source>Pincode instellen</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="56"/>
        <source>Met een pincode ontgrendelt u deze werkplek na de automatische vergrendeling, ook zonder verbinding, zonder opnieuw aan te melden via de browser. De pincode geldt alleen op deze werkplek en wordt er niet zelf bewaard. Gebruik %1 tot %2 cijfers.</source>
        <translation>With a PIN you unlock this workstation after the automatic lock, also without a connection, without signing in again through the browser. The PIN applies to this workstation only and is not itself stored there. Use %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="66"/>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="67"/>
        <source>Nieuwe pincode herhalen</source>
        <translation>Repeat the new PIN</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="69"/>
        <source>&amp;Pincode</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="70"/>
        <source>&amp;Herhaal</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="75"/>
        <source>Melding bij de pincode</source>
        <translation>Message about the PIN</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="79"/>
        <source>Instellen</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="80"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="103"/>
        <source>Een pincode heeft %1 tot %2 cijfers.</source>
        <translation>A PIN has %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="108"/>
        <source>Deze pincode is te makkelijk te raden. Kies een andere.</source>
        <translation>This PIN is too easy to guess. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="110"/>
        <source>De twee pincodes verschillen.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="146"/>
        <source>&amp;Pincode instellen…</source>
        <translation>Set &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="149"/>
        <source>Een pincode om deze werkplek te ontgrendelen zonder opnieuw aan te melden</source>
        <translation>A PIN to unlock this workstation without signing in again</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/pin_dialog.py" line="158"/>
        <source>Uw pincode werd ingesteld voor deze werkplek.</source>
        <translation>Your PIN was set for this workstation.</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="55"/>
        <source>Onderzoeksplan</source>
        <translation>Investigation plan</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="57"/>
        <source>Taak toevoegen…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="57"/>
        <source>Taak toevoegen</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="62"/>
        <source>Stand van het onderzoeksplan</source>
        <translation>State of the investigation plan</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="67"/>
        <source>Gekozen taak:</source>
        <translation>Selected task:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="69"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="69"/>
        <source>Gekozen taak bewerken</source>
        <translation>Edit the selected task</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="72"/>
        <source>Uitgevoerd</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="72"/>
        <source>Gekozen taak is uitgevoerd</source>
        <translation>The selected task is done</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="75"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="75"/>
        <source>Gekozen taak annuleren</source>
        <translation>Cancel the selected task</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="78"/>
        <source>Opnieuw openen</source>
        <translation>Open again</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="78"/>
        <source>Gekozen taak opnieuw openen</source>
        <translation>Open the selected task again</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="88"/>
        <source>Gekozen taak</source>
        <translation>Selected task</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="122"/>
        <source>Nog geen taken. Plan hier wat er te doen is: wie, wat, en tegen wanneer.</source>
        <translation>No tasks yet. Plan here what there is to do: who, what, and by when.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="127"/>
        <source>1 taak</source>
        <translation>1 task</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="127"/>
        <source>%1 taken</source>
        <translation>%1 tasks</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="128"/>
        <source>1 open</source>
        <translation>1 open</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="128"/>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="131"/>
        <source>1 te laat</source>
        <translation>1 overdue</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="131"/>
        <source>%1 te laat</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="140"/>
        <source>Kies eerst een taak in de lijst.</source>
        <translation>Choose a task in the list first.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="145"/>
        <source>Alleen een open taak kan gewijzigd worden.</source>
        <translation>Only an open task can be changed.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="151"/>
        <source>Deze taak is open.</source>
        <translation>This task is open.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="160"/>
        <source>Verantwoordelijke: %1 · uiterlijk op %2 · %3</source>
        <translation>Owner: %1 · due %2 · %3</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="165"/>
        <source>Aangemaakt door %1 op %2</source>
        <translation>Created by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="170"/>
        <source>opnieuw geopend door %1 op %2</source>
        <translation>opened again by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="171"/>
        <source>afgevinkt als uitgevoerd door %1 op %2</source>
        <translation>ticked off as done by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="172"/>
        <source>geannuleerd door %1 op %2</source>
        <translation>cancelled by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_plan.py" line="178"/>
        <source>nog niet verzonden</source>
        <translation>not yet sent</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/print_preview.py" line="82"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/print_preview.py" line="105"/>
        <source>Verkleinen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/print_preview.py" line="108"/>
        <source>Vergroten</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/print_preview.py" line="110"/>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/print_preview.py" line="111"/>
        <source>Hele pagina</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/print_preview.py" line="140"/>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReadBackDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="59"/>
        <source>%1 nalezen en ondertekenen</source>
        <translation>Read back and sign %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="66"/>
        <source>Druk het verhoor af (of sla het op als PDF en druk het later af). Lees het samen met de gehoorde persoon na: die parafeert elke pagina in het vak onderaan en ondertekent op de laatste pagina, net als de verhoorders. Voeg daarna de scan toe met ‘Ondertekend exemplaar toevoegen…’: vanaf dan kan het verhoor niet meer bewerkt worden.</source>
        <translation>Print the interview record (or save it as PDF and print it later). Read it back with the person heard: they initial every page in the box at the bottom and sign on the last page, as do the interviewers. Then add the scan with ‘Add signed copy…’: from then on the interview record can no longer be edited.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="77"/>
        <source>Exemplaar voor</source>
        <translation>Copy for</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="78"/>
        <source>Exemplaar &amp;voor:</source>
        <translation>Copy &amp;for:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="80"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="81"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="82"/>
        <source>Taal van het verhoor</source>
        <translation>Language of the interview record</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="83"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="90"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="93"/>
        <source>&amp;Opslaan als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="95"/>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="96"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="126"/>
        <source>Vul in voor wie dit exemplaar is.</source>
        <translation>Fill in whom this copy is for.</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="125"/>
        <source>Onthouden wegens belangenconflict</source>
        <translation>Recused for a conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="129"/>
        <source>U onthoudt zich van melding %1. De melding wordt niet langer aan u toegewezen, u ziet de inhoud ervan niet meer, en uw leidinggevende wordt gevraagd ze opnieuw toe te wijzen. U kunt dit niet zelf ongedaan maken.</source>
        <translation>You recuse yourself from case %1. The case is no longer assigned to you, you no longer see its content, and your manager is asked to assign it again. You cannot undo this yourself.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="138"/>
        <source>&amp;Reden (niet verplicht; alleen de leidinggevenden van uw dienst lezen ze)</source>
        <translation>&amp;Reason (optional; only your department&apos;s managers read it)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="145"/>
        <source>Reden van de onthouding</source>
        <translation>Reason for the recusal</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="149"/>
        <source>De reden is te lang (hoogstens %1 tekens).</source>
        <translation>The reason is too long (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="159"/>
        <source>Onthouden</source>
        <translation>Recuse</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="160"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RelatedCases</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/related_cases_view.py" line="31"/>
        <source>Verwante meldingen</source>
        <translation>Related cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/related_cases_view.py" line="42"/>
        <source>Meldingen van uw dienst die dezelfde persoon of entiteit vermelden. Klik op een referentie om die melding te openen.</source>
        <translation>Cases of your department that name the same person or entity. Click a reference to open that case.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/related_cases_view.py" line="69"/>
        <source>Verwante melding bij een andere dienst: %1. Neem contact op met 1700 om af te stemmen.</source>
        <translation>Related case at another department: %1. Contact 1700 to coordinate.</translation>
    </message>
</context>
<context>
    <name>ReturnCaseDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="176"/>
        <source>Terugsturen</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="147"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="147"/>
        <source>Terugsturen…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="157"/>
        <source>&amp;Reden (verplicht, maximaal %1 tekens)</source>
        <translation>&amp;Reason (required, at most %1 characters)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="168"/>
        <source>Terugsturen naar 1700</source>
        <translation>Return to 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="171"/>
        <source>Melding %1 terugsturen naar 1700? Zodra dat verzonden is, verdwijnt de melding van de werkplekken van uw dienst en stuurt 1700 ze door naar de bevoegde dienst. Dat kan daarna niet meer ongedaan gemaakt worden.</source>
        <translation>Return case %1 to 1700? Once that is sent, the case disappears from your department&apos;s workstations and 1700 forwards it to the competent department. That cannot be undone afterwards.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="177"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Uw entiteit is niet bevoegd voor deze melding. 1700 stuurt ze door naar de bevoegde dienst; de melding verdwijnt dan van de werkplekken van uw entiteit.</source>
        <translation>Your department is not competent for this case. 1700 forwards it to the competent department; the case then disappears from your department&apos;s workstations.</translation>
    </message>
    <message>
        <source>&amp;Reden (verplicht)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <source>Reden om terug te sturen</source>
        <translation>Reason for returning</translation>
    </message>
</context>
<context>
    <name>RevealReasonDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="36"/>
        <source>Identiteit melder tonen</source>
        <translation>Show reporter&apos;s identity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="40"/>
        <source>Waarom hebt u de identiteit van de melder van %1 nodig? De opvraging wordt met deze reden in de audittrail van de melding bewaard. De identiteit wordt enkel in deze sessie getoond en niet op deze computer bewaard. Hiervoor is een verbinding met de server nodig.</source>
        <translation>Why do you need the identity of the reporter of %1? The request is kept with this reason on the case&apos;s audit trail. The identity is shown in this session only and is not stored on this computer. This needs a connection to the server.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="51"/>
        <source>Reden voor het tonen van de identiteit</source>
        <translation>Reason for showing the identity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="52"/>
        <source>Minstens 10 tekens</source>
        <translation>At least 10 characters</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="58"/>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="59"/>
        <source>Identiteit tonen</source>
        <translation>Show identity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="61"/>
        <location filename="../../investigator_app/gui/workspace/identity_reveal.py" line="62"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="295"/>
        <source>Integriteitsmeldingen — Vergrendeld</source>
        <translation>Integrity reports — Locked</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="323"/>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="376"/>
        <source>Onjuiste pincode.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="377"/>
        <source>Onjuist wachtwoord.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="379"/>
        <source>Uw sessie is verlopen. Meld u opnieuw aan.</source>
        <translation>Your session has expired. Sign in again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="383"/>
        <source>Te veel onjuiste pogingen.</source>
        <translation>Too many wrong attempts.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="387"/>
        <source>Op deze werkplek is geen pincode ingesteld. Meld u opnieuw aan via de browser, of meld u af.</source>
        <translation>No PIN is set on this workstation. Sign in again through the browser, or sign out.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="394"/>
        <source>De server is niet bereikbaar en deze werkplek kan uw wachtwoord niet controleren. Probeer opnieuw zodra u online bent, of meld u af.</source>
        <translation>The server cannot be reached and this workstation cannot check your password. Try again once you are online, or sign out.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="407"/>
        <source>Probeer opnieuw over %1 seconden.</source>
        <translation>Try again in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>SecondFactor</name>
    <message>
        <location filename="../../investigator_app/gui/session/lock_code_step.py" line="57"/>
        <source>Vul nu de code in die de authenticator-app op uw telefoon toont, of een herstelcode.</source>
        <translation>Now enter the code the authenticator app on your phone shows, or a recovery code.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="46"/>
        <source>Deze herstelcode is niet juist of werd al gebruikt.</source>
        <translation>This recovery code is not correct or was already used.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_code.py" line="49"/>
        <source>Deze code is niet juist of werd al gebruikt. Wacht op de volgende code in de app en probeer opnieuw.</source>
        <translation>This code is not correct or was already used. Wait for the next code in the app and try again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_sign_in.py" line="54"/>
        <source>&amp;Tweestapsverificatie instellen…</source>
        <translation>&amp;Set up two-step verification…</translation>
    </message>
</context>
<context>
    <name>SecondFactorDialog</name>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="64"/>
        <source>Tweestapsverificatie</source>
        <translation>Two-step verification</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="68"/>
        <source>Melding bij de tweestapsverificatie</source>
        <translation>Two-step verification message</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="70"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="70"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="81"/>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="280"/>
        <source>Even geduld…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="97"/>
        <source>Uw dienst vraagt dat u zich aanmeldt met tweestapsverificatie. Stel ze nu in om verder te gaan.</source>
        <translation>Your department requires you to sign in with two-step verification. Set it up now to continue.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="102"/>
        <source>Met tweestapsverificatie vraagt de app bij het aanmelden en ontgrendelen, na uw wachtwoord, ook een code uit de authenticator-app op uw telefoon.</source>
        <translation>With two-step verification, signing in and unlocking ask, after your password, for a code from the authenticator app on your phone as well.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="108"/>
        <source>QR-code voor de authenticator-app</source>
        <translation>QR code for the authenticator app</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="113"/>
        <source>Sleutel om zelf in te voeren</source>
        <translation>Key to enter yourself</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="116"/>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="144"/>
        <source>Code van zes cijfers</source>
        <translation>Six-digit code</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="117"/>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="145"/>
        <source>Code uit de authenticator-app</source>
        <translation>Code from the authenticator app</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="119"/>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="120"/>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="129"/>
        <source>1. Scan deze QR-code met de authenticator-app op uw telefoon.</source>
        <translation>1. Scan this QR code with the authenticator app on your phone.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="132"/>
        <source>Kunt u niet scannen? Voer dan deze sleutel in:</source>
        <translation>Cannot scan? Then enter this key:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="134"/>
        <source>2. Vul de code in die de app nu toont.</source>
        <translation>2. Enter the code the app shows now.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="147"/>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="148"/>
        <source>Nieuwe herstelcodes maken</source>
        <translation>Make new recovery codes</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="159"/>
        <source>Nieuwe herstelcodes vervangen de vorige. Vul daarvoor de code in die de app nu toont. Een nieuwe telefoon of de app kwijt? Vraag uw beheerder om de tweestapsverificatie opnieuw in te stellen.</source>
        <translation>New recovery codes replace the previous ones. Enter the code the app shows now to make them. A new phone, or lost the app? Ask your administrator to set up two-step verification again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="174"/>
        <source>Herstelcodes</source>
        <translation>Recovery codes</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="175"/>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="176"/>
        <source>Ik heb ze bewaard</source>
        <translation>I have saved them</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="182"/>
        <source>Uw herstelcodes. Hebt u uw telefoon niet bij de hand, dan meldt u zich aan met een herstelcode in plaats van de code uit de app. Elke code werkt één keer. Schrijf ze op en bewaar ze op een veilige plaats: ze worden maar één keer getoond.</source>
        <translation>Your recovery codes. When your phone is not at hand, sign in with a recovery code instead of the code from the app. Each code works once. Write them down and keep them in a safe place: they are shown only once.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="208"/>
        <source>U meldt zich aan met uw organisatieaccount; de tweestapsverificatie regelt uw organisatie.</source>
        <translation>You sign in with your organisation account; your organisation handles two-step verification.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="218"/>
        <source>Tweestapsverificatie is ingesteld. Ongebruikte herstelcodes: %1.</source>
        <translation>Two-step verification is set up. Unused recovery codes: %1.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="236"/>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="243"/>
        <source>Vul de code in die de app toont.</source>
        <translation>Enter the code the app shows.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="258"/>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="259"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/second_factor_enrolment.py" line="297"/>
        <source>Bevestig eerst dat u de herstelcodes bewaard hebt.</source>
        <translation>First confirm that you have saved the recovery codes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../investigator_app/gui/shell/settings_dialog.py" line="79"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/settings_dialog.py" line="80"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/settings_dialog.py" line="102"/>
        <source>Gegevensmap kiezen</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/settings_dialog.py" line="111"/>
        <source>In deze map kan de app niet schrijven. Kies een andere map.</source>
        <translation>The app cannot write in this folder. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/settings_dialog.py" line="136"/>
        <source>Deze wijzigingen gelden vanaf de volgende start van de app.</source>
        <translation>These changes take effect the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/settings_dialog.py" line="154"/>
        <source>Er zijn nog wijzigingen die niet naar de server verzonden zijn. Synchroniseer eerst (F5) en kies dan opnieuw een andere gegevensmap.</source>
        <translation>There are still changes that have not been sent to the server. Synchronise first (F5), then choose another data folder again.</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Verbinding</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>https://meldingen.voorbeeld.vlaanderen.be</source>
        <translation>https://meldingen.voorbeeld.vlaanderen.be</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>S&amp;ynchronisatie</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Synchronisatie-interval in seconden</source>
        <translation>Synchronisation interval in seconds</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Nieuwe meldingen komen meteen binnen; de app vraagt de server minstens zo vaak naar wijzigingen.</source>
        <translation>New cases arrive at once; the app asks the server for changes at least this often.</translation>
    </message>
    <message>
        <source>Werkplek</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen na</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <source>Minuten zonder activiteit voor de vergrendeling</source>
        <translation>Minutes without activity before locking</translation>
    </message>
    <message>
        <source> min zonder activiteit</source>
        <translation> min without activity</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <source>&amp;Gegevensmap</source>
        <translation>&amp;Data folder</translation>
    </message>
    <message>
        <source>Map met de lokale gegevens en het logboek</source>
        <translation>Folder with the local data and the log</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Gegevensmap openen</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Andere gegevensmap kiezen</source>
        <translation>Choose another data folder</translation>
    </message>
    <message>
        <source>Melding bij de instellingen</source>
        <translation>Message about the settings</translation>
    </message>
    <message>
        <source>Een andere map geldt vanaf de volgende start: de app begint daar met een lege lokale opslag en haalt alle meldingen opnieuw op bij de server. De oude map blijft staan. Dat kan alleen als alle wijzigingen verzonden zijn.</source>
        <translation>Another folder takes effect from the next start: the app starts there with an empty local store and fetches all cases from the server again. The old folder stays. This is only possible when all changes have been sent.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="80"/>
        <source>Nu synchroniseren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="81"/>
        <source>Zoeken in de meldingen</source>
        <translation>Search the cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="82"/>
        <source>Volgende melding</source>
        <translation>Next case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="83"/>
        <source>Vorige melding</source>
        <translation>Previous case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="84"/>
        <source>Ontvangst bevestigen</source>
        <translation>Acknowledge receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="85"/>
        <source>Melding toewijzen</source>
        <translation>Assign the case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="86"/>
        <source>De melder om informatie vragen</source>
        <translation>Ask the reporter for information</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="89"/>
        <source>Melding afronden</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="90"/>
        <source>Dossier exporteren als PDF</source>
        <translation>Export the case file as PDF</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="91"/>
        <source>Geselecteerde meldingen exporteren, één dossier per melding</source>
        <translation>Export the selected cases, one case file per case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="94"/>
        <source>Dossier afdrukken</source>
        <translation>Print the case file</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="95"/>
        <source>Mijn taken: uw open onderzoekstaken</source>
        <translation>My tasks: your open tasks</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="98"/>
        <source>Dashboard openen</source>
        <translation>Open the dashboard</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="99"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="100"/>
        <source>Het scherm vergrendelen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="101"/>
        <source>Dit overzicht van sneltoetsen</source>
        <translation>This list of keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="102"/>
        <source>De app afsluiten</source>
        <translation>Quit the app</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="152"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="155"/>
        <source>Deze sneltoetsen werken overal in het hoofdvenster.</source>
        <translation>These shortcuts work anywhere in the main window.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="159"/>
        <source>Sneltoetsen en wat ze doen</source>
        <translation>Keyboard shortcuts and what they do</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="160"/>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="160"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="138"/>
        <source>Ondertekend exemplaar van %1 toevoegen</source>
        <translation>Add the signed copy of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="146"/>
        <source>Kies de scan (of foto) van het ondertekende exemplaar. Ze wordt als stuk van de soort verhoor aan de melding toegevoegd en aan %1 (versie %2) gekoppeld. Daarna kan het verhoor niet meer bewerkt worden; een verbetering blijft mogelijk.</source>
        <translation>Choose the scan (or photo) of the signed copy. It is added to the case as a piece of the type interview record and linked to %1 (version %2). After that the interview record can no longer be edited; a correction remains possible.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="156"/>
        <source>Een &amp;bestand:</source>
        <translation>A &amp;file:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="161"/>
        <source>Bestand met het ondertekende exemplaar</source>
        <translation>File with the signed copy</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="163"/>
        <source>B&amp;laderen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="171"/>
        <source>Een &amp;stuk van deze melding:</source>
        <translation>A &amp;piece of this case:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="175"/>
        <source>Stuk met het ondertekende exemplaar</source>
        <translation>Piece with the signed copy</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="185"/>
        <source>De melding heeft geen stuk van de soort verhoor dat nog vrij is.</source>
        <translation>The case has no piece of the type interview record that is still free.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="196"/>
        <source>Toevoegen en koppelen</source>
        <translation>Add and link</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="208"/>
        <source>Ondertekend exemplaar kiezen</source>
        <translation>Choose the signed copy</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="210"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle bestanden (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="230"/>
        <source>Kies het bestand met de scan.</source>
        <translation>Choose the file with the scan.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="232"/>
        <source>Dat bestand bestaat niet (of is een map).</source>
        <translation>That file does not exist (or is a folder).</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="50"/>
        <source>&amp;Verklaringen (in de volgorde waarin ze afgelegd werden)</source>
        <translation>&amp;Statements (in the order they were made)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="53"/>
        <source>Verklaringen</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="58"/>
        <source>+ Vraag</source>
        <translation>+ Question</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="58"/>
        <source>Vraag toevoegen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="59"/>
        <source>+ Antwoord</source>
        <translation>+ Answer</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="59"/>
        <source>Antwoord toevoegen</source>
        <translation>Add answer</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="61"/>
        <source>+ Verklaring</source>
        <translation>+ Statement</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="61"/>
        <source>Vrije verklaring toevoegen</source>
        <translation>Add free statement</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="63"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="63"/>
        <source>Verklaring omhoog</source>
        <translation>Move statement up</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="64"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="64"/>
        <source>Verklaring omlaag</source>
        <translation>Move statement down</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="65"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="65"/>
        <source>Verklaring verwijderen</source>
        <translation>Remove statement</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="82"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="94"/>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="99"/>
        <source>Soort van de gekozen verklaring</source>
        <translation>Kind of the selected statement</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="106"/>
        <source>Tekst van de gekozen verklaring</source>
        <translation>Text of the selected statement</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="108"/>
        <source>Kies een verklaring in de lijst, of voeg er een toe.</source>
        <translation>Choose a statement in the list, or add one.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/statement_editor.py" line="241"/>
        <source>(nog leeg)</source>
        <translation>(still empty)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../investigator_app/gui/shell/sync_status.py" line="21"/>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/sync_status.py" line="28"/>
        <source>Voortgang van de synchronisatie</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/sync_status.py" line="39"/>
        <source>Bezig met synchroniseren…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/sync_status.py" line="47"/>
        <source>%v van %m meldingen</source>
        <translation>%v of %m cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/sync_status.py" line="53"/>
        <source>Laatst gesynchroniseerd om %1</source>
        <translation>Last synced at %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/sync_status.py" line="59"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/sync_status.py" line="62"/>
        <source>Offline — wijzigingen worden later verzonden</source>
        <translation>Offline — changes are sent later</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/sync_status.py" line="71"/>
        <source>Niet aangemeld — wijzigingen blijven bewaard</source>
        <translation>Signed out — changes are kept</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_dialog.py" line="59"/>
        <location filename="../../investigator_app/gui/workspace/task_dialog.py" line="60"/>
        <source>Taak toevoegen</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_dialog.py" line="62"/>
        <source>Taak bewerken</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_dialog.py" line="63"/>
        <source>Wijzigingen bewaren</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_dialog.py" line="65"/>
        <source>nog niemand</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_dialog.py" line="79"/>
        <source>%1 (kan deze taak niet meer krijgen)</source>
        <translation>%1 (can no longer get this task)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_dialog.py" line="122"/>
        <source>Beschrijf wat er moet gebeuren.</source>
        <translation>Describe what has to be done.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_dialog.py" line="125"/>
        <source>De beschrijving is te lang: kort ze in tot %1 tekens.</source>
        <translation>The description is too long: shorten it to %1 characters.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_dialog.py" line="129"/>
        <source>Kies een andere verantwoordelijke, of ‘nog niemand’.</source>
        <translation>Choose another owner, or ‘nobody yet’.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_dialog.py" line="136"/>
        <source>Er is nog niets gewijzigd.</source>
        <translation>Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>&amp;Wat moet er gebeuren?</source>
        <translation>&amp;What has to be done?</translation>
    </message>
    <message>
        <source>Beschrijving van de taak</source>
        <translation>Description of the task</translation>
    </message>
    <message>
        <source>&amp;Verantwoordelijke</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>Verantwoordelijke voor de taak</source>
        <translation>Owner of the task</translation>
    </message>
    <message>
        <source>&amp;Uiterlijk op</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <source>Een datum opgeven waarop de taak uiterlijk klaar moet zijn</source>
        <translation>Give a date by which the task must be done</translation>
    </message>
    <message>
        <source>Uiterlijk op</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_table.py" line="46"/>
        <source>nog niet verzonden</source>
        <translation>not yet sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_table.py" line="55"/>
        <source>%1 door %2 op %3</source>
        <translation>%1 by %2 on %3</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_table.py" line="73"/>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_table.py" line="74"/>
        <source>Verantwoordelijke</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_table.py" line="75"/>
        <source>Uiterlijk op</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_table.py" line="76"/>
        <source>Status</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/task_table.py" line="156"/>
        <source>Taken van het onderzoeksplan</source>
        <translation>Tasks of the investigation plan</translation>
    </message>
</context>
<context>
    <name>TextBlock</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/text_block.py" line="148"/>
        <source>Tekst kopiëren</source>
        <translation>Copy text</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/timeline_view.py" line="37"/>
        <source>Toegewezen aan %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/timeline_view.py" line="41"/>
        <source>Toewijzing opgeheven</source>
        <translation>Assignment removed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/timeline_view.py" line="44"/>
        <source>(nog niet verzonden)</source>
        <translation>(not yet sent)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/timeline_view.py" line="50"/>
        <source>Motivering:</source>
        <translation>Motivation:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/timeline_view.py" line="52"/>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/timeline_view.py" line="78"/>
        <source>Grond: %1</source>
        <translation>Ground: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/timeline_view.py" line="103"/>
        <source>Tijdlijn van de melding</source>
        <translation>Timeline of the case</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="247"/>
        <source>Eerdere versies van %1</source>
        <translation>Earlier versions of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="250"/>
        <source>Versies van het verhoor</source>
        <translation>Versions of the interview record</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="257"/>
        <source>Versie %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="261"/>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="271"/>
        <source>ondertekend</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="266"/>
        <source>Huidige versie %1 — %2</source>
        <translation>Current version %1 — %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/interview_dialogs.py" line="275"/>
        <source>Reden van de verbetering: %1</source>
        <translation>Reason for the correction: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="176"/>
        <source>Eerdere versies van tenlastelegging %1</source>
        <translation>Earlier versions of allegation %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="182"/>
        <source>Versies van tenlastelegging %1</source>
        <translation>Versions of allegation %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="192"/>
        <source>Tenlastelegging, versie %3 — %1, %2</source>
        <translation>Allegation, version %3 — %1, %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="198"/>
        <source>Tenlastelegging, versie %3 (huidige) — %1, %2</source>
        <translation>Allegation, version %3 (current) — %1, %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="210"/>
        <source>Bevinding, versie %3 — %1, %2</source>
        <translation>Finding, version %3 — %1, %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="219"/>
        <source>Bevinding, versie %3 (huidige) — %1, %2</source>
        <translation>Finding, version %3 (current) — %1, %2</translation>
    </message>
</context>
<context>
    <name>VersionsDialogBase</name>
    <message>
        <location filename="../../investigator_app/gui/common/versions_dialog.py" line="38"/>
        <source>&amp;Versies (de oudste eerst)</source>
        <translation>&amp;Versions (oldest first)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/versions_dialog.py" line="48"/>
        <source>Tekst van de gekozen versie</source>
        <translation>Text of the selected version</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="77"/>
        <source>%1 intrekken</source>
        <translation>Withdraw %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="83"/>
        <source>%1 wordt ingetrokken: ze blijft zichtbaar op de melding en in het dossier, met de reden, maar heeft geen bevinding meer nodig.</source>
        <translation>%1 is withdrawn: it stays visible on the case and in the case file, with the reason, but no longer needs a finding.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="93"/>
        <source>&amp;Reden (verplicht)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="97"/>
        <source>Reden van de intrekking</source>
        <translation>Reason for the withdrawal</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="107"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="124"/>
        <source>Geef de reden van de intrekking.</source>
        <translation>Give the reason for the withdrawal.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/investigation_dialogs.py" line="127"/>
        <source>De reden is te lang: hoogstens %1 tekens.</source>
        <translation>The reason is too long: at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>WorkloadTable</name>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="32"/>
        <source>Werklast per onderzoeker</source>
        <translation>Workload per investigator</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="35"/>
        <source>Onderzoeker</source>
        <translation>Investigator</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="36"/>
        <source>Open meldingen</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="37"/>
        <source>Termijn verstreken</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="38"/>
        <source>Open taken</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="39"/>
        <source>Taken over datum</source>
        <translation>Tasks past their due date</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="54"/>
        <source>Klik op een aantal om de meldingen ervan in de lijst te tonen.</source>
        <translation>Click a number to show its cases in the list.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="60"/>
        <source>Niet toegewezen</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="60"/>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="64"/>
        <source>open meldingen van %1</source>
        <translation>open cases of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="68"/>
        <source>termijn verstreken bij %1</source>
        <translation>deadline passed with %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="70"/>
        <source>open taken van %1</source>
        <translation>open tasks of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_workload.py" line="74"/>
        <source>taken over datum van %1</source>
        <translation>tasks of %1 past their due date</translation>
    </message>
</context>
<context>
    <name>YearlyReportDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="70"/>
        <source>Jaarverslag</source>
        <translation>Yearly report</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="78"/>
        <source>Het jaarverslag (Bestuursdecreet, art. II.87) met de aantallen van %1: ontvangen, afgerond met en zonder onderzoek, resultaten, behandelduur en termijnen, met de vorige periode ernaast. Geen namen, geen referenties.</source>
        <translation>The yearly report (Bestuursdecreet, art. II.87) with the numbers of %1: received, closed with and without investigation, outcomes, handling time and deadlines, with the previous period beside them. No names, no references.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="88"/>
        <source>&amp;Kalenderjaar</source>
        <translation>&amp;Calendar year</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="93"/>
        <source>Kalenderjaar</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="95"/>
        <source>Andere &amp;periode</source>
        <translation>Other &amp;period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="98"/>
        <source>Begin van de periode</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="100"/>
        <source>Einde van de periode</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="112"/>
        <source>PDF (om te lezen en in te dienen)</source>
        <translation>PDF (to read and to submit)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="113"/>
        <source>CSV (één tabel)</source>
        <translation>CSV (one table)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="114"/>
        <source>XLSX (één blad per tabel)</source>
        <translation>XLSX (one sheet per table)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="117"/>
        <source>&amp;Formaat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="127"/>
        <source>&amp;Opslaan…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="131"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="165"/>
        <source>Het begin van de periode ligt na het einde.</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="168"/>
        <source>Kies een periode van hoogstens drie jaar.</source>
        <translation>Choose a period of at most three years.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="179"/>
        <source>Jaarverslag opslaan</source>
        <translation>Save the yearly report</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="194"/>
        <source>Het jaarverslag wordt opgehaald…</source>
        <translation>Fetching the yearly report…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="212"/>
        <source>Het bestand kon niet geschreven worden: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="215"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="223"/>
        <source>Geen verbinding met de server. Het jaarverslag wordt op de server gemaakt; probeer het opnieuw wanneer u online bent. Er is niets opgeslagen.</source>
        <translation>No connection to the server. The yearly report is made on the server; try again when you are online. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="227"/>
        <source>Uw sessie is verlopen. Meld opnieuw aan en probeer het opnieuw.</source>
        <translation>Your session has expired. Sign in again and try again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="229"/>
        <source>Uw rol mag het jaarverslag niet opvragen.</source>
        <translation>Your role may not request the yearly report.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/yearly_dialog.py" line="231"/>
        <source>De server kon het jaarverslag niet maken. Probeer het later opnieuw.</source>
        <translation>The server could not make the yearly report. Try again later.</translation>
    </message>
</context>
</TS>
