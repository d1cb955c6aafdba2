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
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="28"/>
        <source>Niet verstuurde wijzigingen</source>
        <translation>Unsent changes</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="29"/>
        <source>%1 wijziging(en) zijn nog niet naar de server verstuurd. Deze werkplek heeft geen veilige opslag voor sleutels: na het afsluiten kan de app ze niet meer lezen en gaan ze verloren. Blijf aangemeld tot de server bereikbaar is; de app verstuurt ze dan vanzelf.</source>
        <translation>%1 change(s) have not been sent to the server yet. This workstation has no secure key storage: once you quit, the app can no longer read them and they are lost. Stay signed in until the server can be reached; the app then sends them by itself.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="40"/>
        <source>Aangemeld blijven</source>
        <translation>Stay signed in</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="43"/>
        <source>Toch afsluiten</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="52"/>
        <source>Deze werkplek heeft geen veilige opslag voor sleutels. De lokale gegevens van uw vorige sessie zijn daardoor onleesbaar geworden; ze zijn apart gezet en de app haalt uw meldingen opnieuw op bij de server.</source>
        <translation>This workstation has no secure key storage. The local data of your previous session has therefore become unreadable; it was set aside and the app fetches your reports from the server again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="59"/>
        <source>De sleutel van de lokale gegevens op deze werkplek ontbreekt (bijvoorbeeld na een nieuw Windows-profiel of een gewiste sleutelopslag). De lokale kopie is daardoor onleesbaar; de app haalt uw meldingen opnieuw op bij de server.</source>
        <translation>The key of the local data on this workstation is missing (for example after a new Windows profile or a wiped credential store). The local copy is therefore unreadable; the app fetches your cases from the server again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="66"/>
        <source>%1 nog niet verstuurde wijziging(en) gaan daarbij verloren. Voer ze opnieuw uit.</source>
        <translation>%1 change(s) not yet sent are lost. Please make them again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="71"/>
        <source>Lokale gegevens onleesbaar</source>
        <translation>Local data unreadable</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="78"/>
        <source>Uw aanmelding, de sleutel en alle lokale gegevens van uw meldingen worden van deze werkplek gewist. Op de server blijft alles bewaard; na het aanmelden worden de meldingen opnieuw opgehaald.</source>
        <translation>Your sign-in, the key and all local data of your cases are wiped from this workstation. Everything stays on the server; after signing in the cases are fetched again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="85"/>
        <source>Let op: %1 wijziging(en) zijn nog niet naar de server verstuurd en gaan verloren.</source>
        <translation>Note: %1 change(s) have not been sent to the server yet and will be lost.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/account_dialogs.py" line="91"/>
        <source>Deze werkplek vergeten</source>
        <translation>Forget this workstation</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="36"/>
        <source>Mezelf</source>
        <translation>Myself</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="40"/>
        <source>Niemand (toewijzing opheffen)</source>
        <translation>Nobody (remove the assignment)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="43"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="43"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Melding toewijzen</source>
        <translation>Assign report</translation>
    </message>
    <message>
        <source>&amp;Toewijzen aan</source>
        <translation>&amp;Assign to</translation>
    </message>
    <message>
        <source>Onderzoeker aan wie de melding wordt toegewezen</source>
        <translation>Investigator to whom the report is assigned</translation>
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
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="46"/>
        <source>Audittrail van %1</source>
        <translation>Audit trail of %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="48"/>
        <source>De audittrail wordt opgehaald bij de server…</source>
        <translation>Fetching the audit trail from the server…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="52"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="52"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="52"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="52"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="54"/>
        <source>Audittrail van de melding</source>
        <translation>Audit trail of the case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="78"/>
        <source>%1 registraties.</source>
        <translation>%1 entries.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="80"/>
        <source>Nog niets geregistreerd voor deze melding.</source>
        <translation>Nothing recorded for this case yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/audit_trail_dialog.py" line="86"/>
        <source>De audittrail staat op de server en is nu niet bereikbaar. Probeer opnieuw wanneer u online bent.</source>
        <translation>The audit trail is kept on the server, which cannot be reached now. Try again when you are online.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="40"/>
        <source>Selectie exporteren</source>
        <translation>Export selection</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="44"/>
        <source>Volledig dossier (onderzoeker)</source>
        <translation>Full case file (investigator)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="45"/>
        <source>Afdruk leidinggevende</source>
        <translation>Manager&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="51"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="57"/>
        <source>&amp;Profiel</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="58"/>
        <source>&amp;Voor (lezer)</source>
        <translation>&amp;For (reader)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="59"/>
        <source>&amp;Map</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="63"/>
        <source>%1 dossiers</source>
        <translation>%1 case files</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="69"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="70"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="83"/>
        <source>Map kiezen</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="92"/>
        <source>Vul in voor wie deze exemplaren zijn.</source>
        <translation>Fill in who these copies are for.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="95"/>
        <source>Die map bestaat niet.</source>
        <translation>That folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="107"/>
        <source>%1 dossiers opgeslagen.</source>
        <translation>%1 case files saved.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="110"/>
        <source>Niet gelukt: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="115"/>
        <source>De registratie volgt zodra de dienst bereikbaar is.</source>
        <translation>The copies will be recorded as soon as the service can be reached.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/batch_export_dialog.py" line="120"/>
        <source>De export is mislukt.</source>
        <translation>The export failed.</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_controller.py" line="258"/>
        <source>Deze actie is niet (meer) mogelijk in de huidige status van de melding.</source>
        <translation>This action is not (or no longer) possible in the report&apos;s current status.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_controller.py" line="265"/>
        <source>De notitie werd niet bewaard: ze moet tekst bevatten (niet te lang), en alleen eigen notities kunnen bewerkt worden.</source>
        <translation>The note was not saved: it needs text (not too long), and only your own notes can be edited.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_controller.py" line="211"/>
        <source>Deze actie is in de huidige status niet meer mogelijk; verwerp ze.</source>
        <translation>This action is no longer possible in the current status; discard it.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="61"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="62"/>
        <source>Alle open meldingen</source>
        <translation>All open reports</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="63"/>
        <source>Wacht op antwoord</source>
        <translation>Awaiting answer</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="64"/>
        <source>Te herverdelen</source>
        <translation>To reassign</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="74"/>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_list.py" line="104"/>
        <source>%1 van %2 meldingen</source>
        <translation>%1 of %2 reports</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="83"/>
        <source>Toon identiteit melder</source>
        <translation>Show reporter&apos;s identity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="86"/>
        <source>Vraagt de identiteit van de melder op bij de server, met een reden. Elke opvraging wordt in het auditspoor bewaard.</source>
        <translation>Requests the reporter&apos;s identity from the server, with a reason. Every request is kept in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="91"/>
        <source>Identiteit van de melder</source>
        <translation>Reporter&apos;s identity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="92"/>
        <source>Verberg identiteit</source>
        <translation>Hide identity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="93"/>
        <source>Verberg identiteit melder</source>
        <translation>Hide the reporter&apos;s identity</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="95"/>
        <source>Haalt de identiteit uit het venster; opnieuw tonen vraagt een nieuwe reden.</source>
        <translation>Removes the identity from the window; showing it again asks for a new reason.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="114"/>
        <source>Onthoudingen wegens belangenconflict</source>
        <translation>Recusals for a conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="167"/>
        <source>Niet toegewezen</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="172"/>
        <source>%1 (identiteit vertrouwelijk, bekend bij 1700)</source>
        <translation>%1 (identity confidential, known to 1700)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="177"/>
        <source>Geen vermeld</source>
        <translation>None mentioned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="210"/>
        <source>Te herverdelen: iemand onthield zich wegens een belangenconflict. Een leidinggevende wijst de melding opnieuw toe.</source>
        <translation>To reassign: someone recused themselves for a conflict of interest. A manager assigns the case again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="215"/>
        <source>Onthouden wegens een belangenconflict:</source>
        <translation>Recused for a conflict of interest:</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="238"/>
        <source>Identiteit van de melder (enkel voor deze sessie, niet bewaard)</source>
        <translation>Reporter&apos;s identity (for this session only, not stored)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="239"/>
        <source>Naam: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="240"/>
        <source>Organisatie: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="241"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="242"/>
        <source>Telefoon: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="243"/>
        <source>Taal: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="251"/>
        <source>Geen openstaande termijn</source>
        <translation>No outstanding deadline</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="252"/>
        <source>%1 uiterlijk %2</source>
        <translation>%1 due by %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="258"/>
        <source>verstreken</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="260"/>
        <source>nadert</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="205"/>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="271"/>
        <source>(nog niet verstuurd)</source>
        <translation>(not sent yet)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="290"/>
        <source>Uw actie &apos;%1&apos; werd niet uitgevoerd: een collega wijzigde deze melding eerst. Bekijk de huidige toestand en voer de actie opnieuw uit of verwerp ze.</source>
        <translation>Your action &apos;%1&apos; was not carried out: a colleague changed this report first. Review its current state, then retry the action or discard it.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="295"/>
        <source>Uw actie &apos;%1&apos; werd niet uitgevoerd: de server kon deze actie niet verwerken, ook niet na enkele pogingen. Probeer ze later opnieuw of verwerp ze.</source>
        <translation>Your action &apos;%1&apos; was not carried out: the server could not process it, not even after several attempts. Try it again later or discard it.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_pane.py" line="299"/>
        <source>Uw actie &apos;%1&apos; werd door de server geweigerd: %2</source>
        <translation>Your action &apos;%1&apos; was refused by the server: %2</translation>
    </message>
    <message>
        <source>Selecteer een melding in de lijst.</source>
        <translation>Select a report in the list.</translation>
    </message>
    <message>
        <source>Referentie en status</source>
        <translation>Reference and status</translation>
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
        <source>Ontvangst bevestigen</source>
        <translation>Acknowledge receipt</translation>
    </message>
    <message>
        <source>Toewijzen…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Gegrondheid beoordelen</source>
        <translation>Assess whether founded</translation>
    </message>
    <message>
        <source>Onderzoek starten</source>
        <translation>Start investigation</translation>
    </message>
    <message>
        <source>Afsluiten…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Terugsturen naar 1700…</source>
        <translation>Return to 1700…</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
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
        <translation>Department concerned</translation>
    </message>
    <message>
        <source>Betrokken personen</source>
        <translation>Persons involved</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Beschrijving van de melding</source>
        <translation>Description of the report</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Tijdlijn van de melding</source>
        <translation>Timeline of the report</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat en waarom</source>
        <translation>What and why</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
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
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="40"/>
        <source>Referentie</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="41"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="42"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="43"/>
        <source>Betrokken entiteit</source>
        <translation>Department concerned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="45"/>
        <source>Volgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="46"/>
        <source>Toegewezen aan</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="140"/>
        <source>Nieuw antwoord van de melder; nog niet gelezen.</source>
        <translation>New answer from the reporter; not read yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="144"/>
        <source>Een actie van u werd niet uitgevoerd; open de melding.</source>
        <translation>One of your actions was not carried out; open the report.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="148"/>
        <source>Nog niet verstuurde wijzigingen: %1</source>
        <translation>Changes not sent yet: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="96"/>
        <source>Te herverdelen</source>
        <translation>To reassign</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="158"/>
        <source>De melder antwoordde niet binnen de gevraagde termijn</source>
        <translation>The reporter did not answer within the requested time</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="162"/>
        <source>Wacht op antwoord van de melder (uiterlijk %1)</source>
        <translation>Awaiting the reporter&apos;s answer (by %1)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="166"/>
        <source>Wacht op antwoord van de melder</source>
        <translation>Awaiting the reporter&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="178"/>
        <source>Iemand onthield zich wegens een belangenconflict; wijs de melding opnieuw toe.</source>
        <translation>Someone recused themselves for a conflict of interest; assign the case again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="194"/>
        <source>Termijn voor %1 verstreken</source>
        <translation>Deadline for %1 passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="198"/>
        <source>Termijn voor %1 nadert</source>
        <translation>Deadline for %1 approaching</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/case_columns.py" line="201"/>
        <source>Termijn voor %1</source>
        <translation>Deadline for %1</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="193"/>
        <source>Melding en notities</source>
        <translation>Case and notes</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="195"/>
        <source>Melding</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="197"/>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="201"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="201"/>
        <source>Notities (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="63"/>
        <source>Een melding kan pas gegrond verklaard worden na een onderzoek.</source>
        <translation>A report can only be declared founded after an investigation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="65"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="65"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="77"/>
        <source>Een motivering is verplicht.</source>
        <translation>A justification is required.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="82"/>
        <source>De motivering is te lang (maximaal %1 tekens).</source>
        <translation>The justification is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Melding afsluiten</source>
        <translation>Close report</translation>
    </message>
    <message>
        <source>&amp;Uitkomst</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Uitkomst van het onderzoek</source>
        <translation>Outcome of the investigation</translation>
    </message>
    <message>
        <source>&amp;Motivering</source>
        <translation>&amp;Justification</translation>
    </message>
    <message>
        <source>Motivering van de uitkomst</source>
        <translation>Justification of the outcome</translation>
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
        <source>Voor u deze melding opent, verklaart u of u een belangenconflict hebt met de betrokken entiteit of personen. Uw verklaring wordt bewaard in het auditspoor.</source>
        <translation>Before you open this case, declare whether you have a conflict of interest with the entity or persons involved. Your declaration is kept in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="69"/>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="73"/>
        <source>Betrokken entiteit</source>
        <translation>Entity involved</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="75"/>
        <location filename="../../investigator_app/gui/workspace/conflict_gate.py" line="79"/>
        <source>Betrokken personen</source>
        <translation>Persons involved</translation>
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
    <name>CrashHandler</name>
    <message>
        <location filename="../../investigator_app/desktop/crash_handler.py" line="137"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../investigator_app/desktop/crash_handler.py" line="140"/>
        <source>Er ging iets mis in de app. Uw gegevens en niet-verstuurde wijzigingen blijven bewaard; u kunt verder werken. Blijft het gebeuren, herstart dan de app en bezorg het logboek aan de helpdesk.</source>
        <translation>Something went wrong in the app. Your data and unsent changes are kept; you can carry on working. If it keeps happening, restart the app and send the log to the helpdesk.</translation>
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
    <name>DashboardCharts</name>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="32"/>
        <source>Grafiek: meldingen per status</source>
        <translation>Chart: reports by status</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="33"/>
        <source>Grafiek: meldingen per categorie</source>
        <translation>Chart: reports by category</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="34"/>
        <source>Grafiek: afgesloten meldingen per resultaat</source>
        <translation>Chart: closed reports by outcome</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="35"/>
        <source>Grafiek: termijnen gehaald of niet</source>
        <translation>Chart: deadlines met or missed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="51"/>
        <source>Meldingen per status</source>
        <translation>Reports by status</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="58"/>
        <source>Meldingen per categorie</source>
        <translation>Reports by category</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="83"/>
        <source>Meldingen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="103"/>
        <source>Afgesloten meldingen per resultaat</source>
        <translation>Closed reports by outcome</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="117"/>
        <source>Afgesloten meldingen per resultaat: geen in deze periode</source>
        <translation>Closed reports by outcome: none in this period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="122"/>
        <source>Termijnen: ontvangstbevestiging en terugkoppeling</source>
        <translation>Deadlines: acknowledgement and feedback</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="127"/>
        <source>Op tijd</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="128"/>
        <source>Te laat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="130"/>
        <source>Verstreken, nog niet gedaan</source>
        <translation>Overdue, not yet done</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="141"/>
        <source>Ontvangst</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_charts.py" line="141"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="65"/>
        <source>Dashboard — %1</source>
        <translation>Dashboard — %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="67"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="83"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="85"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="87"/>
        <source>Deze maand</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="88"/>
        <source>Laatste 3 maanden</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="89"/>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="90"/>
        <source>Zelf kiezen</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="94"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="96"/>
        <source>Begin van de periode</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="97"/>
        <source>&amp;Tot en met</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="99"/>
        <source>Einde van de periode</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="116"/>
        <source>Cijfers worden geladen…</source>
        <translation>Loading figures…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="119"/>
        <source>Samenvatting van de periode</source>
        <translation>Summary of the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="123"/>
        <source>Grafieken of tabel</source>
        <translation>Charts or table</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="125"/>
        <source>Grafieken</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="127"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="131"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="181"/>
        <source>De cijfers konden niet gelezen worden.</source>
        <translation>The figures could not be read.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="188"/>
        <source>Het begin van de periode ligt na het einde.</source>
        <translation>The start of the period is after its end.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="199"/>
        <source>%1 meldingen ontvangen van %2 tot en met %3. %4 afgesloten in de periode.</source>
        <translation>%1 reports received from %2 to %3. %4 closed in the period.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard.py" line="206"/>
        <source>Mediaan: %1 dagen van ontvangst tot afsluiting.</source>
        <translation>Median: %1 days from receipt to closing.</translation>
    </message>
</context>
<context>
    <name>DashboardTable</name>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="36"/>
        <source>Cijfers van de periode</source>
        <translation>Figures for the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="37"/>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="37"/>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="60"/>
        <source>Ontvangen meldingen</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="62"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="67"/>
        <source>Categorie: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="74"/>
        <source>Resultaat: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="80"/>
        <source>Ontvangstbevestiging</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="81"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="84"/>
        <source>%1 op tijd</source>
        <translation>%1 on time</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="85"/>
        <source>%1 te laat</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="86"/>
        <source>%1 verstreken, nog niet gedaan</source>
        <translation>%1 overdue, not yet done</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="88"/>
        <source>Afgesloten in de periode</source>
        <translation>Closed in the period</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dashboard/dashboard_table.py" line="90"/>
        <source>Mediaan dagen tot afsluiting</source>
        <translation>Median days to closing</translation>
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
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="77"/>
        <source>Postvak van de melder (demo)</source>
        <translation>Reporter&apos;s mailbox (demo)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="81"/>
        <source>De e-mails die de dienst 1700 in deze demo aan melders stuurde. Open de link om als melder te lezen of te antwoorden.</source>
        <translation>The e-mails the 1700 service sent to reporters in this demo. Open the link to read or answer as the reporter.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="88"/>
        <source>Verstuurde e-mails</source>
        <translation>Sent e-mails</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="91"/>
        <source>Inhoud van de e-mail</source>
        <translation>Content of the e-mail</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="97"/>
        <source>&amp;Link openen in de browser</source>
        <translation>Open the &amp;link in the browser</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="98"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/demo_mailbox.py" line="125"/>
        <source>Nog geen e-mails verstuurd.</source>
        <translation>No e-mails sent yet.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../investigator_app/desktop/app.py" line="282"/>
        <source>De gewijzigde instellingen gelden vanaf de volgende start van de app.</source>
        <translation>The changed settings take effect the next time the app starts.</translation>
    </message>
</context>
<context>
    <name>EarlierVersionsDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="95"/>
        <source>Eerdere versies van de notitie</source>
        <translation>Earlier versions of the note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="98"/>
        <source>&amp;Versies (de oudste eerst)</source>
        <translation>&amp;Versions (oldest first)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="101"/>
        <source>Versies van de notitie</source>
        <translation>Versions of the note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="106"/>
        <source>Tekst van de gekozen versie</source>
        <translation>Text of the chosen version</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="111"/>
        <source>Versie %1 — %2 — %3</source>
        <translation>Version %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="117"/>
        <source>Huidige versie — %1 — %2</source>
        <translation>Current version — %1 — %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="119"/>
        <source>Huidige versie (nog niet verzonden) — %1 — %2</source>
        <translation>Current version (not sent yet) — %1 — %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="130"/>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="131"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="103"/>
        <source>Het dossier kon niet geladen worden.</source>
        <translation>The case file could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="153"/>
        <source>Dossier opgeslagen en geregistreerd.</source>
        <translation>Case file saved and recorded.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="156"/>
        <source>Dossier opgeslagen; de registratie volgt zodra de dienst bereikbaar is.</source>
        <translation>Case file saved; it will be recorded as soon as the service can be reached.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="210"/>
        <source>Afdrukvoorbeeld %1</source>
        <translation>Print preview %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="218"/>
        <source>Afdruk geregistreerd.</source>
        <translation>Print recorded.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="220"/>
        <source>Afgedrukt; de registratie volgt zodra de dienst bereikbaar is.</source>
        <translation>Printed; it will be recorded as soon as the service can be reached.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="38"/>
        <source>Open de melding eerst en verklaar of u een belangenconflict hebt.</source>
        <translation>Open the case first and declare whether you have a conflict of interest.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_actions.py" line="291"/>
        <source>%1 melding(en) overgeslagen: nog geen verklaring over een belangenconflict.</source>
        <translation>%1 case(s) skipped: no conflict-of-interest declaration yet.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="80"/>
        <source>Volledig dossier (onderzoeker)</source>
        <translation>Full case file (investigator)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="81"/>
        <source>Afdruk leidinggevende</source>
        <translation>Manager&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="82"/>
        <source>Terugkoppeling aan de melder</source>
        <translation>Feedback to the reporter</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="87"/>
        <source>Naam van wie dit exemplaar krijgt</source>
        <translation>Name of the person receiving this copy</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="108"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="108"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="109"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="113"/>
        <source>Dossier exporteren</source>
        <translation>Export case file</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="113"/>
        <source>Dossier afdrukken</source>
        <translation>Print case file</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="121"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="122"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="126"/>
        <source>Bericht %1</source>
        <translation>Message %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="131"/>
        <source>Antwoord op bericht %1</source>
        <translation>Answer to message %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="136"/>
        <source>Notitie van %1</source>
        <translation>Note by %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="164"/>
        <source>Selecteer eerst de passage die zwart moet.</source>
        <translation>First select the passage to black out.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="190"/>
        <source>Dossier opslaan</source>
        <translation>Save case file</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="190"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="223"/>
        <source>Vul in voor wie dit exemplaar is (hoogstens %1 tekens).</source>
        <translation>Fill in who this copy is for (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="233"/>
        <source>Kies waar het dossier moet komen.</source>
        <translation>Choose where the case file should go.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="240"/>
        <source>Bezig met het dossier…</source>
        <translation>Working on the case file…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="268"/>
        <source>De schijf is vol: het dossier is niet opgeslagen. Maak ruimte vrij of kies een andere plaats.</source>
        <translation>The disk is full: the case file was not saved. Free up space or choose another place.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="272"/>
        <source>Het dossier kan daar niet opgeslagen worden. Kies een andere plaats.</source>
        <translation>The case file cannot be saved there. Choose another place.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/export_dialog.py" line="276"/>
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
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="50"/>
        <source>Vraag versturen</source>
        <translation>Send question</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="50"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="67"/>
        <source>Schrijf uw vraag aan de melder.</source>
        <translation>Write your question to the reporter.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="72"/>
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
    <name>Labels</name>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="16"/>
        <source>Geregistreerd</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="17"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="89"/>
        <source>Doorgestuurd</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="18"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="91"/>
        <source>Ontvangst bevestigd</source>
        <translation>Receipt acknowledged</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="19"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="69"/>
        <source>Gegrondheid beoordelen</source>
        <translation>Assess whether founded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="20"/>
        <source>In onderzoek</source>
        <translation>Under investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/desktop/self_test.py" line="70"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="21"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="97"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="22"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="98"/>
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
        <location filename="../../investigator_app/gui/common/labels.py" line="36"/>
        <source>Belangenvermenging</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="37"/>
        <source>Omkoping</source>
        <translation>Bribery</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="38"/>
        <source>Lekken van vertrouwelijke informatie</source>
        <translation>Leaking confidential information</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="41"/>
        <source>Misbruik van bevoegdheden</source>
        <translation>Abuse of powers</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="42"/>
        <source>Diefstal van werkingsmiddelen</source>
        <translation>Theft of operating resources</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="45"/>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="51"/>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="52"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="53"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="59"/>
        <source>Burger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="60"/>
        <source>Vereniging</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="61"/>
        <source>Bedrijf</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="67"/>
        <source>Ontvangst bevestigen</source>
        <translation>Acknowledge receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="68"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="70"/>
        <source>Onderzoek starten</source>
        <translation>Start investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="71"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="72"/>
        <source>Terugsturen naar 1700</source>
        <translation>Return to 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="73"/>
        <source>Vraag bijkomende informatie</source>
        <translation>Request more information</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="74"/>
        <source>Terugkoppeling sturen</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="75"/>
        <source>Herinnering sturen</source>
        <translation>Send reminder</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="76"/>
        <source>Verzoek annuleren</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="77"/>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="78"/>
        <source>Notitie bewerken</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="79"/>
        <source>Geen belangenconflict verklaren</source>
        <translation>Declare no conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="82"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="111"/>
        <source>Onthouden wegens belangenconflict</source>
        <translation>Recused for a conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="88"/>
        <source>Geregistreerd door 1700</source>
        <translation>Registered by 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="90"/>
        <source>Opnieuw doorgestuurd</source>
        <translation>Forwarded again</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="92"/>
        <source>Beoordeling gegrondheid gestart</source>
        <translation>Assessment of whether founded started</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="95"/>
        <source>Onderzoek gestart</source>
        <translation>Investigation started</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="96"/>
        <source>Toegewezen</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="99"/>
        <source>Ontvangstbevestiging verstuurd</source>
        <translation>Acknowledgement sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="102"/>
        <source>Bijkomende informatie gevraagd</source>
        <translation>More information requested</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="105"/>
        <source>Herinnering verstuurd</source>
        <translation>Reminder sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="106"/>
        <source>Verzoek geannuleerd</source>
        <translation>Request cancelled</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="107"/>
        <source>Verzoek verlopen</source>
        <translation>Request expired</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="108"/>
        <source>Antwoord ontvangen</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="109"/>
        <source>Terugkoppeling verstuurd</source>
        <translation>Feedback sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="110"/>
        <location filename="../../investigator_app/gui/common/labels.py" line="141"/>
        <source>Niet afgeleverd</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="119"/>
        <source>ontvangstbevestiging</source>
        <translation>acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="120"/>
        <source>terugkoppeling</source>
        <translation>feedback</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="126"/>
        <source>Vraag om bijkomende informatie</source>
        <translation>Request for more information</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="129"/>
        <source>Ontvangstbevestiging</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="130"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="136"/>
        <source>In wachtrij (nog niet verstuurd)</source>
        <translation>Queued (not sent yet)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="139"/>
        <source>Wordt verstuurd</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/labels.py" line="140"/>
        <source>Verstuurd</source>
        <translation>Sent</translation>
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
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="106"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="119"/>
        <source>De brief is leeg.</source>
        <translation>The letter is empty.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="124"/>
        <source>De brief is te lang (maximaal %1 tekens).</source>
        <translation>The letter is too long (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="135"/>
        <source>De brief is in het Engels, de taal van de melder.</source>
        <translation>The letter is in English, the reporter&apos;s language.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="139"/>
        <source>Er is nog geen sjabloon in de taal van de melder; de brief is in het Nederlands.</source>
        <translation>There is no template in the reporter&apos;s language yet; the letter is in Dutch.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="154"/>
        <source>Bevestig de ontvangst aan de melder (binnen 7 dagen na ontvangst). 1700 bezorgt de brief; u kunt hem eerst aanpassen.</source>
        <translation>Acknowledge receipt to the reporter (within 7 days of receipt). 1700 delivers the letter; you can edit it first.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="162"/>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="164"/>
        <source>Ontvangst bevestigen</source>
        <translation>Acknowledge receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="179"/>
        <source>Laat de melder weten welk gevolg aan de melding gegeven wordt (binnen 3 maanden na de ontvangstbevestiging). Noem geen andere personen als dat niet nodig is.</source>
        <translation>Let the reporter know what follow-up the report is given (within 3 months of the acknowledgement). Do not name other persons unless necessary.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="187"/>
        <location filename="../../investigator_app/gui/conversation/message_dialogs.py" line="189"/>
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
        <location filename="../../investigator_app/gui/session/lock_page.py" line="20"/>
        <source>Vergrendeld scherm</source>
        <translation>Locked screen</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="21"/>
        <source>Integriteitsmeldingen</source>
        <translation>Integrity reports</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="27"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="29"/>
        <source>Aangemeld als %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="34"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="35"/>
        <source>Wachtwoord om te ontgrendelen</source>
        <translation>Password to unlock</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="40"/>
        <source>Melding bij het ontgrendelen</source>
        <translation>Unlock message</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="42"/>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="44"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="46"/>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="48"/>
        <source>Afmelden</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/lock_page.py" line="77"/>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="38"/>
        <source>Geef een volledig serveradres, bv. https://meldingen.voorbeeld.be</source>
        <translation>Enter a full server address, e.g. https://meldingen.voorbeeld.be</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="42"/>
        <source>Gebruik een beveiligd adres dat met https:// begint.</source>
        <translation>Use a secure address that starts with https://.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="68"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="70"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="97"/>
        <source>Vul uw gebruikersnaam in.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="99"/>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/login_dialog.py" line="104"/>
        <source>Bezig met aanmelden…</source>
        <translation>Signing in…</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../investigator_app/gui/shell/main_window.py" line="88"/>
        <source>Integriteitsmeldingen — %1 — %2</source>
        <translation>Integrity reports — %1 — %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/main_window.py" line="153"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/main_window.py" line="237"/>
        <source>Deze actie is nu niet mogelijk voor de gekozen melding.</source>
        <translation>This action is not possible for the selected report now.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../investigator_app/gui/shell/main_window.py" line="343"/>
        <source>%n actie(s) niet uitgevoerd: open de gemarkeerde melding(en).</source>
        <translation>
            <numerusform>%n action not carried out: open the highlighted report.</numerusform>
            <numerusform>%n actions not carried out: open the highlighted reports.</numerusform>
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
        <translation>Search reports</translation>
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
        <translation>Reports</translation>
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
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Melding</source>
        <translation>&amp;Report</translation>
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
        <translation>Export the selected report as a PDF case file</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>De gekozen melding afdrukken</source>
        <translation>Print the selected report</translation>
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
        <translation>&amp;Next report</translation>
    </message>
    <message>
        <source>De volgende melding in de lijst tonen</source>
        <translation>Show the next report in the list</translation>
    </message>
    <message>
        <source>Vo&amp;rige melding</source>
        <translation>Pre&amp;vious report</translation>
    </message>
    <message>
        <source>De vorige melding in de lijst tonen</source>
        <translation>Show the previous report in the list</translation>
    </message>
    <message>
        <source>&amp;Ontvangst bevestigen</source>
        <translation>&amp;Acknowledge receipt</translation>
    </message>
    <message>
        <source>De ontvangst van de gekozen melding bevestigen</source>
        <translation>Acknowledge receipt of the selected report</translation>
    </message>
    <message>
        <source>&amp;Toewijzen…</source>
        <translation>Ass&amp;ign…</translation>
    </message>
    <message>
        <source>De gekozen melding aan een onderzoeker toewijzen</source>
        <translation>Assign the selected report to an investigator</translation>
    </message>
    <message>
        <source>&amp;Informatie vragen…</source>
        <translation>Request &amp;information…</translation>
    </message>
    <message>
        <source>De melder om bijkomende informatie vragen</source>
        <translation>Ask the reporter for more information</translation>
    </message>
    <message>
        <source>Melding a&amp;fsluiten…</source>
        <translation>&amp;Close report…</translation>
    </message>
    <message>
        <source>De gekozen melding afsluiten met een resultaat</source>
        <translation>Close the selected report with an outcome</translation>
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
        <translation>Export the selected (or all shown) cases, one PDF dossier per case</translation>
    </message>
    <message>
        <source>Audittrail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>Wie deze melding exporteerde of afdrukte, voor wie en wanneer</source>
        <translation>Who exported or printed this case, for whom and when</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_actions.py" line="73"/>
        <source>Verzoek annuleren</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_actions.py" line="74"/>
        <source>Het verzoek annuleren? De link in het bericht aan de melder werkt dan niet meer; een antwoord is niet meer mogelijk.</source>
        <translation>Cancel the request? The link in the message to the reporter then stops working; an answer is no longer possible.</translation>
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
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="60"/>
        <source>Verstuurd op %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="65"/>
        <source>Niet per e-mail verstuurd: de melder heeft geen e-mailadres; 1700 belt.</source>
        <translation>Not sent by e-mail: the reporter has no e-mail address; 1700 phones them.</translation>
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
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="83"/>
        <source>Geannuleerd (nog niet verstuurd)</source>
        <translation>Cancelled (not sent yet)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="85"/>
        <source>Geannuleerd op %1</source>
        <translation>Cancelled on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="89"/>
        <source>herinnering verstuurd op %1</source>
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
        <source>Verzoek annuleren</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/conversation/message_thread.py" line="196"/>
        <source>Bijlagen bij de melding (toegevoegd door 1700):</source>
        <translation>Attachments to the report (added by 1700):</translation>
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
        <source>Uw aanmelding op deze werkplek is verlopen. Meld u opnieuw aan; uw lokale gegevens en nog niet verstuurde wijzigingen blijven bewaard.</source>
        <translation>Your session on this workstation has expired. Please sign in again; your local data and any changes not sent yet are kept.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="31"/>
        <source>De toegang van deze werkplek werd ingetrokken. Meld u opnieuw aan; uw lokale gegevens en nog niet verstuurde wijzigingen blijven bewaard.</source>
        <translation>This workstation&apos;s access has been revoked. Please sign in again; your local data and any changes not sent yet are kept.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="36"/>
        <source>De server herkent deze werkplek niet meer. Meld u opnieuw aan; uw lokale gegevens en nog niet verstuurde wijzigingen blijven bewaard.</source>
        <translation>The server no longer recognises this workstation. Please sign in again; your local data and any changes not sent yet are kept.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="44"/>
        <source>Er is op deze werkplek geen veilige opslag voor wachtwoorden beschikbaar (Windows Referentiebeheer). U kunt nu werken, maar moet u bij de volgende start opnieuw aanmelden, en wijzigingen die bij het afsluiten nog niet naar de server verstuurd zijn, kan de app dan niet meer lezen (de app waarschuwt u voor u afsluit). Vraag uw IT-dienst om de sleutelopslag in orde te brengen.</source>
        <translation>No secure password storage is available on this workstation (Windows Credential Manager). You can work now, but you will have to sign in again at the next start, and changes not yet sent to the server when you quit can then no longer be read by the app (it warns you before you quit). Ask your IT department to repair the key storage.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/common/messages.py" line="57"/>
        <source>De server is niet bereikbaar. Controleer het adres en uw netwerkverbinding. U kunt offline verder werken; wijzigingen worden later verstuurd.</source>
        <translation>The server cannot be reached. Check the address and your network connection. You can carry on working offline; changes will be sent later.</translation>
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
        <source>De server is niet bereikbaar; u werkt offline. Wijzigingen worden later verstuurd.</source>
        <translation>The server cannot be reached; you are working offline. Changes will be sent later.</translation>
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
    <name>NoteCard</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="54"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="62"/>
        <source>Aangemaakt op %1</source>
        <translation>Created on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="64"/>
        <source>bewerkt op %1</source>
        <translation>edited on %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="66"/>
        <source>nog niet verzonden</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="71"/>
        <source>Tekst van de notitie</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="74"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="75"/>
        <source>Notitie bewerken</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="79"/>
        <source>Eerdere versies…</source>
        <translation>Earlier versions…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="80"/>
        <source>Eerdere versies van de notitie</source>
        <translation>Earlier versions of the note</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="40"/>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="41"/>
        <source>Notitie bewaren</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="43"/>
        <source>Notitie bewerken</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="44"/>
        <source>Nieuwe versie bewaren</source>
        <translation>Save new version</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="50"/>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="51"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="52"/>
        <source>Aantal tekens</source>
        <translation>Number of characters</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="74"/>
        <source>%1 van maximaal %2 tekens</source>
        <translation>%1 of at most %2 characters</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="80"/>
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
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="27"/>
        <source>Alleen ik</source>
        <translation>Only me</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/note_dialogs.py" line="28"/>
        <source>Dossierteam</source>
        <translation>Case team</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="104"/>
        <source>Notities zijn vertrouwelijk: ze gaan nooit naar de melder of naar 1700. ‘Alleen ik’ leest alleen u; ‘Dossierteam’ lezen ook de toegewezen onderzoeker en de leidinggevenden van de dienst.</source>
        <translation>Notes are confidential: they never go to the reporter or to 1700. ‘Only me’ is read by you alone; ‘Case team’ also by the assigned investigator and the department&apos;s managers.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="111"/>
        <source>Nieuwe notitie…</source>
        <translation>New note…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="112"/>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="117"/>
        <source>Nog geen notities bij deze melding.</source>
        <translation>No notes on this case yet.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/notes_panel.py" line="123"/>
        <source>Notities bij de melding</source>
        <translation>Notes on the case</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="80"/>
        <source>Integriteitsmeldingen</source>
        <translation>Integrity reports</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="131"/>
        <source>Antwoorden ontvangen</source>
        <translation>Answers received</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="132"/>
        <source>Antwoorden van melders ontvangen voor %1 meldingen</source>
        <translation>Answers from reporters received for %1 reports</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="139"/>
        <source>Antwoord ontvangen</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="140"/>
        <source>Antwoord van de melder ontvangen voor %1</source>
        <translation>Answer from the reporter received for %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="162"/>
        <source>Nieuwe meldingen</source>
        <translation>New reports</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="163"/>
        <source>%1 nieuwe meldingen doorgestuurd</source>
        <translation>%1 new reports forwarded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="170"/>
        <source>Nieuwe melding</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="171"/>
        <source>Nieuwe melding %1 doorgestuurd</source>
        <translation>New report %1 forwarded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="194"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="195"/>
        <source>%1 meldingen met een termijn die nadert of verstreken is</source>
        <translation>%1 reports with a deadline that is near or has passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="203"/>
        <source>Termijn verstreken</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="204"/>
        <source>De termijn voor %1 is verstreken</source>
        <translation>The deadline for %1 has passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="210"/>
        <source>Termijn nadert</source>
        <translation>Deadline near</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/notifications.py" line="211"/>
        <source>De termijn voor %1 nadert</source>
        <translation>The deadline for %1 is near</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../investigator_app/gui/dossiers/print_preview.py" line="69"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/dossiers/print_preview.py" line="71"/>
        <source>Sluiten</source>
        <translation>Close</translation>
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
    <name>ReturnCaseDialog</name>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="97"/>
        <source>Terugsturen</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="97"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/workspace/case_dialogs.py" line="107"/>
        <source>&amp;Reden (verplicht, maximaal %1 tekens)</source>
        <translation>&amp;Reason (required, at most %1 characters)</translation>
    </message>
    <message>
        <source>Terugsturen naar 1700</source>
        <translation>Return to 1700</translation>
    </message>
    <message>
        <source>Uw entiteit is niet bevoegd voor deze melding. 1700 stuurt ze door naar de bevoegde dienst; de melding verdwijnt dan van de werkplekken van uw entiteit.</source>
        <translation>Your department is not responsible for this report. 1700 will forward it to the responsible service; the report will then disappear from your department&apos;s workstations.</translation>
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
        <source>Waarom hebt u de identiteit van de melder van %1 nodig? De opvraging wordt met deze reden in het auditspoor van de melding bewaard. De identiteit wordt enkel in deze sessie getoond en niet op deze computer bewaard. Hiervoor is een verbinding met de server nodig.</source>
        <translation>Why do you need the identity of the reporter of %1? The request is kept with this reason in the case&apos;s audit trail. The identity is only shown in this session and not stored on this computer. This needs a connection to the server.</translation>
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
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="273"/>
        <source>Integriteitsmeldingen — Vergrendeld</source>
        <translation>Integrity reports — Locked</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="301"/>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="342"/>
        <source>Onjuist wachtwoord.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="344"/>
        <source>Uw sessie is verlopen. Meld u opnieuw aan.</source>
        <translation>Your session has expired. Sign in again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="348"/>
        <source>Te veel onjuiste pogingen.</source>
        <translation>Too many wrong attempts.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="352"/>
        <source>De server is niet bereikbaar en deze werkplek kan uw wachtwoord niet controleren. Probeer opnieuw zodra u online bent, of meld u af.</source>
        <translation>The server cannot be reached and this workstation cannot check your password. Try again once you are online, or sign out.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/session/idle_lock.py" line="365"/>
        <source>Probeer opnieuw over %1 seconden.</source>
        <translation>Try again in %1 seconds.</translation>
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
        <source>Er zijn nog wijzigingen die niet naar de server verstuurd zijn. Synchroniseer eerst (F5) en kies dan opnieuw een andere gegevensmap.</source>
        <translation>Some changes have not been sent to the server yet. Synchronise first (F5), then choose another data folder again.</translation>
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
        <translation>New reports arrive at once; the app asks the server for changes at least this often.</translation>
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
        <source>Een andere map geldt vanaf de volgende start: de app begint daar met een lege lokale opslag en haalt alle meldingen opnieuw op bij de server. De oude map blijft staan. Dat kan alleen als alle wijzigingen verstuurd zijn.</source>
        <translation>Another folder takes effect at the next start: the app starts there with an empty local store and fetches all reports again from the server. The old folder is left as it is. This is only possible when all changes have been sent.</translation>
    </message>
    <message>
        <source>Melding bij de instellingen</source>
        <translation>Message about the settings</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="78"/>
        <source>Nu synchroniseren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="79"/>
        <source>Zoeken in de meldingen</source>
        <translation>Search the reports</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="80"/>
        <source>Volgende melding</source>
        <translation>Next report</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="81"/>
        <source>Vorige melding</source>
        <translation>Previous report</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="82"/>
        <source>Ontvangst bevestigen</source>
        <translation>Acknowledge receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="83"/>
        <source>Melding toewijzen</source>
        <translation>Assign the report</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="84"/>
        <source>De melder om informatie vragen</source>
        <translation>Ask the reporter for information</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="87"/>
        <source>Melding afsluiten</source>
        <translation>Close the report</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="88"/>
        <source>Dossier exporteren als PDF</source>
        <translation>Export the case file as PDF</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="89"/>
        <source>Geselecteerde meldingen exporteren, één dossier per melding</source>
        <translation>Export the selected cases, one dossier per case</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="92"/>
        <source>Dossier afdrukken</source>
        <translation>Print the case file</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="93"/>
        <source>Dashboard openen</source>
        <translation>Open the dashboard</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="94"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="95"/>
        <source>Het scherm vergrendelen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="96"/>
        <source>Dit overzicht van sneltoetsen</source>
        <translation>This list of keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="97"/>
        <source>De app afsluiten</source>
        <translation>Quit the app</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="147"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="150"/>
        <source>Deze sneltoetsen werken overal in het hoofdvenster.</source>
        <translation>These shortcuts work anywhere in the main window.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="154"/>
        <source>Sneltoetsen en wat ze doen</source>
        <translation>Keyboard shortcuts and what they do</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="155"/>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="155"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/shortcuts.py" line="167"/>
        <source>Sluiten</source>
        <translation>Close</translation>
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
        <translation>%v of %m reports</translation>
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
        <source>Offline — wijzigingen worden later verstuurd</source>
        <translation>Offline — changes will be sent later</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/shell/sync_status.py" line="71"/>
        <source>Niet aangemeld — wijzigingen blijven bewaard</source>
        <translation>Signed out — changes are kept</translation>
    </message>
</context>
</TS>
