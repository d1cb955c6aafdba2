<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="36"/>
        <source>Mezelf</source>
        <translation>Myself</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="40"/>
        <source>Niemand (toewijzing opheffen)</source>
        <translation>Nobody (remove the assignment)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="43"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="43"/>
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
    <name>CaseController</name>
    <message>
        <location filename="../../investigator_app/gui/case_controller.py" line="111"/>
        <source>Deze actie is niet (meer) mogelijk in de huidige status van de melding.</source>
        <translation>This action is not (or no longer) possible in the report&apos;s current status.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_controller.py" line="132"/>
        <source>Deze actie is in de huidige status niet meer mogelijk; verwerp ze.</source>
        <translation>This action is no longer possible in the current status; discard it.</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <location filename="../../investigator_app/gui/case_pane.py" line="95"/>
        <source>Niet toegewezen</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_pane.py" line="100"/>
        <source>%1 (identiteit vertrouwelijk, bekend bij 1700)</source>
        <translation>%1 (identity confidential, known to 1700)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_pane.py" line="105"/>
        <source>Geen vermeld</source>
        <translation>None mentioned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_pane.py" line="115"/>
        <source>Geen openstaande termijn</source>
        <translation>No outstanding deadline</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_pane.py" line="116"/>
        <source>%1 uiterlijk %2</source>
        <translation>%1 due by %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_pane.py" line="122"/>
        <source>verstreken</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_pane.py" line="124"/>
        <source>nadert</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_pane.py" line="135"/>
        <source>(nog niet verstuurd)</source>
        <translation>(not sent yet)</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_pane.py" line="154"/>
        <source>Uw actie &apos;%1&apos; werd niet uitgevoerd: een collega wijzigde deze melding eerst. Bekijk de huidige toestand en voer de actie opnieuw uit of verwerp ze.</source>
        <translation>Your action &apos;%1&apos; was not carried out: a colleague changed this report first. Review its current state, then retry the action or discard it.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_pane.py" line="158"/>
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
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="58"/>
        <source>Referentie</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="59"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="60"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="61"/>
        <source>Betrokken entiteit</source>
        <translation>Department concerned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="63"/>
        <source>Volgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="64"/>
        <source>Toegewezen aan</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="259"/>
        <source>Een actie van u werd niet uitgevoerd; open de melding.</source>
        <translation>One of your actions was not carried out; open the report.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="263"/>
        <source>Nog niet verstuurde wijzigingen: %1</source>
        <translation>Changes not sent yet: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="301"/>
        <source>Termijn voor %1 verstreken</source>
        <translation>Deadline for %1 passed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="305"/>
        <source>Termijn voor %1 nadert</source>
        <translation>Deadline for %1 approaching</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_table.py" line="308"/>
        <source>Termijn voor %1</source>
        <translation>Deadline for %1</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="63"/>
        <source>Een melding kan pas gegrond verklaard worden na een onderzoek.</source>
        <translation>A report can only be declared founded after an investigation.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="65"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="65"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="77"/>
        <source>Een motivering is verplicht.</source>
        <translation>A justification is required.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="82"/>
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
    <name>DesktopApp</name>
    <message>
        <location filename="../../investigator_app/app.py" line="197"/>
        <source>Sleutelopslag</source>
        <translation>Credential store</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="15"/>
        <source>Geregistreerd</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="16"/>
        <location filename="../../investigator_app/gui/labels.py" line="78"/>
        <source>Doorgestuurd</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="17"/>
        <location filename="../../investigator_app/gui/labels.py" line="80"/>
        <source>Ontvangst bevestigd</source>
        <translation>Receipt acknowledged</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="18"/>
        <location filename="../../investigator_app/gui/labels.py" line="68"/>
        <source>Gegrondheid beoordelen</source>
        <translation>Assess whether founded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="19"/>
        <source>In onderzoek</source>
        <translation>Under investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="20"/>
        <location filename="../../investigator_app/gui/labels.py" line="86"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="21"/>
        <location filename="../../investigator_app/gui/labels.py" line="87"/>
        <source>Teruggestuurd naar 1700</source>
        <translation>Returned to 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="27"/>
        <source>Gegrond</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="28"/>
        <source>Ongegrond</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="29"/>
        <source>Niet-ontvankelijk</source>
        <translation>Inadmissible</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="35"/>
        <source>Belangenvermenging</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="36"/>
        <source>Omkoping</source>
        <translation>Bribery</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="37"/>
        <source>Lekken van vertrouwelijke informatie</source>
        <translation>Leaking confidential information</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="40"/>
        <source>Misbruik van bevoegdheden</source>
        <translation>Abuse of powers</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="41"/>
        <source>Diefstal van werkingsmiddelen</source>
        <translation>Theft of operating resources</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="44"/>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="50"/>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="51"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="52"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="58"/>
        <source>Burger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="59"/>
        <source>Vereniging</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="60"/>
        <source>Bedrijf</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="66"/>
        <source>Ontvangst bevestigen</source>
        <translation>Acknowledge receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="67"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="69"/>
        <source>Onderzoek starten</source>
        <translation>Start investigation</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="70"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="71"/>
        <source>Terugsturen naar 1700</source>
        <translation>Return to 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="77"/>
        <source>Geregistreerd door 1700</source>
        <translation>Registered by 1700</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="79"/>
        <source>Opnieuw doorgestuurd</source>
        <translation>Forwarded again</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="81"/>
        <source>Beoordeling gegrondheid gestart</source>
        <translation>Assessment of whether founded started</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="84"/>
        <source>Onderzoek gestart</source>
        <translation>Investigation started</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="85"/>
        <source>Toegewezen</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="93"/>
        <source>ontvangstbevestiging</source>
        <translation>acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/labels.py" line="94"/>
        <source>terugkoppeling</source>
        <translation>feedback</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../investigator_app/gui/login_dialog.py" line="26"/>
        <source>Geef een volledig serveradres, bv. https://meldingen.voorbeeld.be</source>
        <translation>Enter a full server address, e.g. https://meldingen.voorbeeld.be</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/login_dialog.py" line="30"/>
        <source>Gebruik een beveiligd adres dat met https:// begint.</source>
        <translation>Use a secure address that starts with https://.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/login_dialog.py" line="55"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/login_dialog.py" line="57"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/login_dialog.py" line="78"/>
        <source>Vul uw gebruikersnaam in.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/login_dialog.py" line="80"/>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/login_dialog.py" line="85"/>
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
        <location filename="../../investigator_app/gui/main_window.py" line="63"/>
        <source>Integriteitsmeldingen — %1 — %2</source>
        <translation>Integrity reports — %1 — %2</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="111"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="112"/>
        <source>Alle open meldingen</source>
        <translation>All open reports</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="122"/>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="129"/>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="136"/>
        <source>Voortgang van de synchronisatie</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="206"/>
        <source>%1 van %2 meldingen</source>
        <translation>%1 of %2 reports</translation>
    </message>
    <message numerus="yes">
        <location filename="../../investigator_app/gui/main_window.py" line="272"/>
        <source>%n actie(s) niet uitgevoerd: open de gemarkeerde melding(en).</source>
        <translation>
            <numerusform>%n action not carried out: open the highlighted report.</numerusform>
            <numerusform>%n actions not carried out: open the highlighted reports.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="279"/>
        <source>Bezig met synchroniseren…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="287"/>
        <source>%v van %m meldingen</source>
        <translation>%v of %m reports</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="293"/>
        <source>Laatst gesynchroniseerd om %1</source>
        <translation>Last synced at %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="299"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="302"/>
        <source>Offline — wijzigingen worden later verstuurd</source>
        <translation>Offline — changes will be sent later</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/main_window.py" line="311"/>
        <source>Niet aangemeld — wijzigingen blijven bewaard</source>
        <translation>Signed out — changes are kept</translation>
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
        <source>Nu synchroniseren met de meldingendienst (F5)</source>
        <translation>Sync with the reporting service now (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
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
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="23"/>
        <source>Gebruikersnaam of wachtwoord is niet juist.</source>
        <translation>The username or password is incorrect.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="25"/>
        <source>Uw aanmelding op deze werkplek is verlopen. Meld u opnieuw aan; uw lokale gegevens en nog niet verstuurde wijzigingen blijven bewaard.</source>
        <translation>Your session on this workstation has expired. Please sign in again; your local data and any changes not sent yet are kept.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="31"/>
        <source>De toegang van deze werkplek werd ingetrokken. Meld u opnieuw aan; uw lokale gegevens en nog niet verstuurde wijzigingen blijven bewaard.</source>
        <translation>This workstation&apos;s access has been revoked. Please sign in again; your local data and any changes not sent yet are kept.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="36"/>
        <source>De server herkent deze werkplek niet meer. Meld u opnieuw aan; uw lokale gegevens en nog niet verstuurde wijzigingen blijven bewaard.</source>
        <translation>The server no longer recognises this workstation. Please sign in again; your local data and any changes not sent yet are kept.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="44"/>
        <source>Er is op deze werkplek geen veilige opslag voor wachtwoorden beschikbaar (Windows Referentiebeheer). U kunt nu werken, maar moet u bij de volgende start opnieuw aanmelden. Vraag uw IT-dienst om de sleutelopslag in orde te brengen.</source>
        <translation>No secure password storage is available on this workstation (Windows Credential Manager). You can work now, but you will have to sign in again the next time you start the application. Ask your IT department to repair the credential store.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="55"/>
        <source>De server is niet bereikbaar. Controleer het adres en uw netwerkverbinding. U kunt offline verder werken; wijzigingen worden later verstuurd.</source>
        <translation>The server cannot be reached. Check the address and your network connection. You can carry on working offline; changes will be sent later.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="61"/>
        <source>Te veel mislukte pogingen. Wacht een minuut en probeer opnieuw.</source>
        <translation>Too many failed attempts. Wait a minute and try again.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="69"/>
        <source>De server gaf een antwoord dat deze versie van de toepassing niet begrijpt. Controleer het serveradres of installeer de nieuwste versie.</source>
        <translation>The server sent a response that this version of the application does not understand. Check the server address or install the latest version.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="75"/>
        <source>De server meldt een fout (%1). Probeer het later opnieuw.</source>
        <translation>The server reports an error (%1). Please try again later.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="79"/>
        <source>De schijf is vol: de wijziging kon niet bewaard worden. Maak ruimte vrij en probeer opnieuw; er ging niets verloren.</source>
        <translation>The disk is full: the change could not be saved. Free up some space and try again; nothing has been lost.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="84"/>
        <source>Er ging iets mis: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="92"/>
        <source>De server is niet bereikbaar; u werkt offline. Wijzigingen worden later verstuurd.</source>
        <translation>The server cannot be reached; you are working offline. Changes will be sent later.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="97"/>
        <source>De server gaf een antwoord dat deze versie niet begrijpt. Installeer de nieuwste versie van de toepassing.</source>
        <translation>The server sent a response that this version does not understand. Install the latest version of the application.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="103"/>
        <source>De server meldt een fout. Er wordt later opnieuw gesynchroniseerd.</source>
        <translation>The server reports an error. Syncing will be retried later.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="107"/>
        <source>Het serveradres is niet geldig. Meld u af en geef het juiste adres.</source>
        <translation>The server address is not valid. Sign out and enter the correct address.</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/messages.py" line="110"/>
        <source>Synchroniseren lukte niet door een interne fout; details staan in het logbestand. Er ging niets verloren.</source>
        <translation>Syncing failed because of an internal error; details are in the log file. Nothing has been lost.</translation>
    </message>
</context>
<context>
    <name>ReturnCaseDialog</name>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="97"/>
        <source>Terugsturen</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="97"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../investigator_app/gui/case_dialogs.py" line="107"/>
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
</TS>
