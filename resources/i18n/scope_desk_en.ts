<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../scope_desk/ui/letters/batch_job.py" line="80"/>
        <source>Afbreken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/batch_job.py" line="88"/>
        <source>Brieven maken… %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="37"/>
        <source>Nieuw account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="38"/>
        <source>Wachtwoord resetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="39"/>
        <source>Uitschakelen / inschakelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="40"/>
        <source>Rol toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="41"/>
        <source>Rol intrekken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="47"/>
        <source> minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="48"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="54"/>
        <source>Venster vergrendelen na stilstand van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="97"/>
        <source>Account %1 gemaakt met tijdelijk wachtwoord %2; bij de eerste aanmelding kiest de gebruiker een eigen wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="106"/>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="116"/>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="130"/>
        <source>Kies eerst een account in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="110"/>
        <source>Nieuw tijdelijk wachtwoord voor %1: %2 (de gebruiker kiest bij aanmelden een eigen wachtwoord).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="119"/>
        <source>Account uitschakelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="120"/>
        <source>Account %1 uitschakelen? Het blijft bewaard (met zijn naam in het logboek) en kan weer worden ingeschakeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="124"/>
        <source>Account %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="125"/>
        <source>ingeschakeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="125"/>
        <source>uitgeschakeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="138"/>
        <source>Rollen bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="142"/>
        <source>Opgeslagen; geldt vanaf de volgende aanmelding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../scope_desk/ui/pages/admin.py" line="21"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/admin.py" line="26"/>
        <source>Logboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/admin.py" line="31"/>
        <source>Bewaartermijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/admin.py" line="36"/>
        <source>Inzageverzoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/admin.py" line="41"/>
        <source>Uw rol geeft geen toegang tot het beheer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/panels.py" line="24"/>
        <source>Mijn gesprekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/panels.py" line="25"/>
        <source>Hele school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/panels.py" line="32"/>
        <source>Terugkomen deze week en te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/panels.py" line="53"/>
        <source>Niets om op terug te komen deze week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/panels.py" line="54"/>
        <source>%1 terugkommoment(en), waarvan %2 te laat. Dubbelklik om het incident te openen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../scope_desk/ui/admin/audit_tab.py" line="23"/>
        <source>deel van de naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/audit_tab.py" line="25"/>
        <source>naam of leerlingnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/audit_tab.py" line="28"/>
        <source>vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/audit_tab.py" line="30"/>
        <source>tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/audit_tab.py" line="35"/>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/audit_tab.py" line="36"/>
        <source>Keten controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/audit_tab.py" line="43"/>
        <source>Gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/audit_tab.py" line="44"/>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/audit_tab.py" line="45"/>
        <source>Handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/audit_tab.py" line="50"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/audit_tab.py" line="89"/>
        <source>%1 regels (nieuwste eerst, hoogstens 1000)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="102"/>
        <source>U bent aangemeld met een tijdelijk wachtwoord. Kies nu uw eigen wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="103"/>
        <source>Kies een nieuw wachtwoord van minstens 12 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="104"/>
        <source>Wachtwoord wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="110"/>
        <source>Huidig wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="111"/>
        <source>Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="112"/>
        <source>Nieuw wachtwoord nogmaals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="116"/>
        <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChronologyPanel</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/panels.py" line="71"/>
        <source>Zoek een leerling op naam of leerlingnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/panels.py" line="110"/>
        <source>Tijdlijn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/panels.py" line="111"/>
        <source>Tijdlijn van de leerling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationTableModel</name>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="59"/>
        <source>gelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="59"/>
        <source>nog niet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="77"/>
        <source>Zoek op naam of scan een strookje…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="79"/>
        <source>Iedereen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="79"/>
        <source>Met een weigering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="80"/>
        <source>Niet ingeleverd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="80"/>
        <source>Ouders oneens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="97"/>
        <source>Intrekken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="101"/>
        <source>School en jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="101"/>
        <source>Groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="102"/>
        <source>Ontvangen via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="102"/>
        <source>Tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="103"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="110"/>
        <source>Geschiedenis van de gekozen leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="121"/>
        <source>Toetsen: J = toestemming, N = geen toestemming, O = niet ingeleverd, I = intrekken; met Shift voor het hele strookje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="149"/>
        <source>Er is nog geen toestemmingsronde. Lees eerst leerlingen in en open een ronde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="161"/>
        <source>Alle groepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="180"/>
        <source>alle categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="198"/>
        <source>%1: %2 leerlingen, %3 ingeleverd, %4 niet ingeleverd, %5 met een weigering, %6 oneens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="203"/>
        <source>Per groep (ingeleverd/leerlingen, weigering, oneens): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="217"/>
        <source>U kunt deze lijst alleen bekijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="234"/>
        <source>Niet vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="241"/>
        <source>Vastgelegd: %1 voor %2 categorie(ën).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="287"/>
        <source>Dit strookje hoort bij een ronde die u niet kunt openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="293"/>
        <source>De leerling van dit strookje staat niet (meer) in deze ronde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="297"/>
        <source>Strookje geopend: typ de antwoorden (J/N) per categorie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../scope_desk/ui/consent_model.py" line="104"/>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/consent_model.py" line="106"/>
        <source>Groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/consent_model.py" line="119"/>
        <source>Leerlingnummer %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/consent_model.py" line="120"/>
        <source> · ouders zijn het oneens: het strengste antwoord telt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/consent_model.py" line="133"/>
        <source>ouders oneens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/consent_model.py" line="135"/>
        <source>overgenomen van vorig jaar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="32"/>
        <source>Gesprek vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="50"/>
        <source>Anderen, bijv. mentor, intern begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="53"/>
        <source>Terugkomen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="62"/>
        <source>Datum en tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="63"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="64"/>
        <source>Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="65"/>
        <source>Verder aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="66"/>
        <source>Verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="67"/>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="78"/>
        <source>Kies wie aan het gesprek deelnamen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="81"/>
        <source>Leg vast wat er besproken of afgesproken is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="85"/>
        <source>De terugkomdatum ligt vóór de datum van het gesprek.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsTab</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="91"/>
        <source>Gesprek vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="92"/>
        <source>Verslag wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="93"/>
        <source>Teruggekomen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="62"/>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="65"/>
        <source>Leerlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="66"/>
        <source>Toestemmingsronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="67"/>
        <source>Open incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="68"/>
        <source>Terugkoppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="75"/>
        <source>Per school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="80"/>
        <source>Nog geen leerlingen — importeer een export uit de leerlingadministratie, of start met --demo om het programma met voorbeeldgegevens te verkennen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="83"/>
        <source>Volledig: alle keuzes van de toestemmingsronde ingeleverd. Deels: een deel ingeleverd. Niets ingeleverd telt nooit als toestemming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="86"/>
        <source>Terugkoppeling nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="90"/>
        <source>Geen gesprekken die in de komende %1 dagen een terugkoppeling nodig hebben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="142"/>
        <source>Schooljaar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="143"/>
        <source>bijgewerkt om %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="152"/>
        <source>op 1 school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="152"/>
        <source>op %1 scholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="153"/>
        <source>nog geen scholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="172"/>
        <source>Nog geen toestemmingsronde in dit schooljaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="176"/>
        <source>volledig ingeleverd
%1 deels · %2 niets ingeleverd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="184"/>
        <source>nieuw of in behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="198"/>
        <source>waarvan %1 te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="199"/>
        <source>binnen %1 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/dashboard.py" line="210"/>
        <source>Peildatum %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepictedDialog</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="97"/>
        <source>Leerlingen in beeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="116"/>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="117"/>
        <source>Geplaatst op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="118"/>
        <source>In beeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="124"/>
        <source>Vink de leerlingen aan die in beeld zijn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="178"/>
        <source>Bestand toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="208"/>
        <source>Bewijsstuk kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="209"/>
        <source>Afbeeldingen en documenten (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.eml *.mp4);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="234"/>
        <source>Het bestand klopt niet meer met de vastgelegde hash; gebruik het niet als bewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="244"/>
        <source>Geen voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="244"/>
        <source>Geen voorbeeld: het bestand is gewijzigd of ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="73"/>
        <source>Eerste beheerder aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="74"/>
        <source>Er is nog geen account. Maak het account van de beheerder aan; de beheerder maakt daarna de accounts van directeuren, anti-pestcoördinatoren, leerkrachten en bestuur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="82"/>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="83"/>
        <source>Naam (voor het logboek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="84"/>
        <source>Wachtwoord (minstens 12 tekens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="85"/>
        <source>Wachtwoord nogmaals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="89"/>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesTab</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="252"/>
        <source>Leerlingen in beeld kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="271"/>
        <source>Toestemming zoals die gold op de dag van plaatsing. Zonder toestemming: %1 van %2 leerlingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="274"/>
        <source>Kies de leerlingen die op de foto of video staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="276"/>
        <source>Alleen nodig bij beeldmateriaal dat zonder toestemming is geplaatst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDetailView</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="44"/>
        <source>Bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="46"/>
        <source>Dossier (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="61"/>
        <source>Betrokkene toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="62"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="63"/>
        <source>Tijdlijn van deze leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="66"/>
        <source>Maatregel vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="70"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="71"/>
        <source>Betrokkenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="72"/>
        <source>Gesprekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="73"/>
        <source>Maatregelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="74"/>
        <source>Bewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="75"/>
        <source>Beeldmateriaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="76"/>
        <source>Kies links een incident, of leg een nieuw incident vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="136"/>
        <source>In behandeling nemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="137"/>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="138"/>
        <source>Heropenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="145"/>
        <source>Betrokkenen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="146"/>
        <source>Gesprekken (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="147"/>
        <source>Maatregelen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="148"/>
        <source>Bewijs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="151"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="151"/>
        <source>Gemeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="152"/>
        <source>Voorval op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="152"/>
        <source>Gemeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="153"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="153"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="154"/>
        <source>Ernst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="154"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="155"/>
        <source>Zichtbaar voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="156"/>
        <source>Vastgelegd door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/detail_view.py" line="222"/>
        <source>Kies eerst een leerling in de lijst van betrokkenen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="41"/>
        <source>Incident bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="41"/>
        <source>Nieuw incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="48"/>
        <source>Korte omschrijving, zonder namen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="60"/>
        <source>Eén link per regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="68"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="68"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="69"/>
        <source>Omschrijving (titel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="69"/>
        <source>Gemeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="70"/>
        <source>Voorval op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="70"/>
        <source>Gemeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="71"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="71"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="72"/>
        <source>Ernst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="72"/>
        <source>Zichtbaar voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="73"/>
        <source>Wat er gebeurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="73"/>
        <source>Links naar berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="74"/>
        <source>Protocolartikelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="115"/>
        <source>Geen protocolversie van kracht op deze datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="126"/>
        <source>Kies de school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="129"/>
        <source>Geef het incident een korte omschrijving (titel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="132"/>
        <source>De datum van het voorval ligt na de datum van de melding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="136"/>
        <source>Een link moet met http:// of https:// beginnen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="40"/>
        <source>Incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="42"/>
        <source>Meldingen van grensoverschrijdend gedrag op sociale media (protocol A.7), de gesprekken daarna en de afspraken om op terug te komen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="63"/>
        <source>Terugkomagenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="66"/>
        <source>Tijdlijn leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="70"/>
        <source>Jaaroverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="74"/>
        <source>U hebt geen toegang tot incidenten. Incidenten zijn alleen zichtbaar voor de directeur en de anti-pestcoördinator van de school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="81"/>
        <source>Alle scholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="85"/>
        <source>Alle statussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="88"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="98"/>
        <source>Zoeken in omschrijving, platform, categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="100"/>
        <source>Nieuw incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="132"/>
        <source>Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="149"/>
        <source>%1 incident(en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="203"/>
        <source>PDF opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="212"/>
        <source>Dossier maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="220"/>
        <source>Jaaroverzicht maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/incidents.py" line="232"/>
        <source>PDF opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="38"/>
        <source>Ronde openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="45"/>
        <source>Alleen wie nog niet inleverde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="46"/>
        <source>Herinnering (alleen wie nog niet inleverde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="47"/>
        <source>Eén brief per gezin (broers en zussen samen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="48"/>
        <source>Eén bestand per groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="49"/>
        <source>Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="50"/>
        <source>Brieven maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="52"/>
        <source>Openen / afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="53"/>
        <source>Map openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="71"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="71"/>
        <source>Schooljaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="78"/>
        <source>Groepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="91"/>
        <source>Voortgang per groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="101"/>
        <source>Brieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="102"/>
        <source>Ronde instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="103"/>
        <source>Strookjes invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="104"/>
        <source>Brieven en strookjes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="143"/>
        <source>Er is geen school waarvoor u brieven mag maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="159"/>
        <source>Nog geen toestemmingsronde voor dit schooljaar; open de ronde eerst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="161"/>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="162"/>
        <source>Ronde %1 · %2 categorieën · inleveren vóór %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="209"/>
        <location filename="../../scope_desk/ui/pages/letters.py" line="243"/>
        <source>Kies ten minste één groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="216"/>
        <location filename="../../scope_desk/ui/pages/letters.py" line="251"/>
        <source>Er zijn geen brieven voor deze keuze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="222"/>
        <source>Voorbeeld: de eerste %1 brieven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="234"/>
        <source>Brieven opslaan als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="234"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="258"/>
        <source>Bezig met %1 brieven…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="273"/>
        <source>%1 bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="274"/>
        <source>%1 brieven met %2 strookjes (%3 pagina&apos;s) opgeslagen in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="284"/>
        <source>Afgebroken; er is geen bestand weggeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/letters.py" line="317"/>
        <source>%1 van %2 strookjes ingeleverd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../scope_desk/ui/idle_lock.py" line="80"/>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/idle_lock.py" line="82"/>
        <source>Dit venster is vergrendeld omdat het een tijd niet is gebruikt. %1, typ uw wachtwoord om verder te gaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/idle_lock.py" line="88"/>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/idle_lock.py" line="92"/>
        <source>Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/idle_lock.py" line="94"/>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="49"/>
        <source>Aanmelden bij scope-desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="49"/>
        <source>Meld u aan met uw gebruikersnaam en wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="54"/>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="55"/>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="56"/>
        <source>Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/login.py" line="60"/>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="41"/>
        <source>scope-desk — Protocol Sociale Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="108"/>
        <source>Deze pagina kan niet worden geopend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="160"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="161"/>
        <source>&amp;Reservekopie maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="166"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="169"/>
        <source>Bee&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="170"/>
        <source>&amp;Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="173"/>
        <source>&amp;Navigatie tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="179"/>
        <source>&amp;Ga naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="188"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="189"/>
        <source>&amp;Over scope-desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="193"/>
        <source>Gegevens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="195"/>
        <source>Aangemeld als %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="201"/>
        <source>Over scope-desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/main_window.py" line="202"/>
        <source>&lt;h3&gt;scope-desk %1&lt;/h3&gt;&lt;p&gt;Het Protocol Sociale Media van SCOPE in de dagelijkse praktijk: protocol, toestemmingen, incidenten en de jaarlijkse toestemmingsronde.&lt;/p&gt;&lt;p&gt;Gegevens: %2&lt;/p&gt;&lt;p&gt;Gemaakt met Qt (PySide6, LGPL), SQLAlchemy (MIT) en ReportLab (BSD).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="121"/>
        <source>Maatregel vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="132"/>
        <source>(het incident als geheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="136"/>
        <source>Maatregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="137"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="138"/>
        <source>Besloten door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="139"/>
        <source>Betreft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="140"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="145"/>
        <source>Vul in wie de maatregel heeft genomen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditDialog</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="95"/>
        <source>Verslag wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="103"/>
        <source>Waarom wordt het verslag gewijzigd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="104"/>
        <source>Verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="105"/>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="106"/>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="111"/>
        <source>Geef een reden voor de wijziging; de eerdere versie blijft leesbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="114"/>
        <source>Het verslag is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/overview_view.py" line="77"/>
        <source>Jaaroverzicht (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/overview_view.py" line="84"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/overview_view.py" line="108"/>
        <source>%1 incidenten, %2 gesprekken, %3 maatregelen in %4 (%5). Alleen aantallen, geen namen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/overview_view.py" line="111"/>
        <source>Per categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/overview_view.py" line="112"/>
        <source>Per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/overview_view.py" line="113"/>
        <source>Per platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/overview_view.py" line="114"/>
        <source>Maatregelen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="22"/>
        <source>Betrokkene toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="32"/>
        <source>Zoek op naam of leerlingnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="37"/>
        <source>Naam van de buitenstaander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="39"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="40"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="41"/>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="43"/>
        <source>Buitenstaander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="44"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="82"/>
        <source>Vul de naam van de buitenstaander in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="86"/>
        <source>Kies iemand uit de lijst (zoek op naam).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolDiffDialog</name>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_diff.py" line="20"/>
        <source>Wat is er veranderd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_diff.py" line="26"/>
        <source>versie %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_diff.py" line="35"/>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_diff.py" line="37"/>
        <source>naar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolImportDialog</name>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="28"/>
        <source>Nieuwe protocolversie inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="34"/>
        <source>Kies een Markdown- of tekstbestand met dezelfde artikelnotatie als het protocol (## A. Titel, daaronder A.1 Tekst …) en de datum waarop de versie ingaat. Oudere versies blijven leesbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="39"/>
        <source>protocol-2027.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="40"/>
        <source>Bladeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="49"/>
        <source>standaard uit het bestand of het jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="56"/>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="57"/>
        <source>Geldig vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="58"/>
        <source>Versielabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="60"/>
        <source>Inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="71"/>
        <source>Protocolbestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="72"/>
        <source>Protocoltekst (*.md *.txt);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="83"/>
        <source>Kies eerst een bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="85"/>
        <source>Het bestand %1 bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="88"/>
        <source>Op %1 gaat al versie %2 in; kies een andere datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="95"/>
        <source>Het bestand kan niet worden gelezen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="71"/>
        <source>Protocol Sociale Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="77"/>
        <source>Wat is er veranderd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="78"/>
        <source>Nieuwe versie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="79"/>
        <source>Afdrukken / PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="80"/>
        <source>Leesbevestigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="82"/>
        <source>Zoeken in het protocol (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="86"/>
        <source>Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="87"/>
        <source>Volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="88"/>
        <source>Vorige treffer (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="89"/>
        <source>Volgende treffer (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="94"/>
        <source>Ik heb deze versie gelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="102"/>
        <source>Citaat kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="103"/>
        <source>Kopieer de verwijzing naar het gekozen artikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="197"/>
        <source>versie %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="199"/>
        <source> (van kracht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="218"/>
        <source>van kracht sinds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="220"/>
        <source>gaat in op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="222"/>
        <source>vervangen; gold vanaf %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="223"/>
        <source>Versie %1, %2 · %3 artikelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="280"/>
        <source>Gekopieerd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="286"/>
        <source>Kies eerst een artikel in de inhoudsopgave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="296"/>
        <source>Incidenten bij artikel %1: zie de pagina Incidenten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="321"/>
        <source>geen treffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="323"/>
        <source>%1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="338"/>
        <source>✓ U las deze versie op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="348"/>
        <source>Dank u; uw leesbevestiging is vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="367"/>
        <source>Versie %1 is ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="389"/>
        <source>Protocol opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="402"/>
        <source>PDF wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="408"/>
        <source>PDF opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/protocol.py" line="415"/>
        <source>De PDF kon niet worden gemaakt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolRegisterDialog</name>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="86"/>
        <source>Leesbevestigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="104"/>
        <source>Papieren bevestiging vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="106"/>
        <source>Afdrukken als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="112"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="135"/>
        <source>Er zijn geen scholen waarvan u de leesbevestigingen mag zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="144"/>
        <source>Versie %1: %2 van %3 medewerkers hebben bevestigd dat zij deze versie lazen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="152"/>
        <source>Kies eerst een medewerker in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="165"/>
        <source>Leesbevestigingen opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="26"/>
        <source>Nieuw inzageverzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="28"/>
        <source>zoek op naam of leerlingnummer en druk op Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="34"/>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="36"/>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="38"/>
        <source>Aangevraagd door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="39"/>
        <source>Ontvangen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="41"/>
        <source>Gegevens exporteren (PDF en JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="42"/>
        <source>Afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="73"/>
        <source>Geen leerling gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="78"/>
        <source>Zoek en kies eerst de leerling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="86"/>
        <source>Vastgelegd; uiterlijk beantwoorden op %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="94"/>
        <source>Kies eerst een verzoek van een leerling die nog in het systeem staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="96"/>
        <source>Map voor de export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="104"/>
        <source>Geëxporteerd: %1 en %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/requests_tab.py" line="109"/>
        <source>Kies eerst een verzoek in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="23"/>
        <source>Bewaartermijnen (dagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="33"/>
        <source>Termijnen opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="37"/>
        <source>Bewaarplicht (legal hold) op incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="43"/>
        <source>Bewaarplicht aan / uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="48"/>
        <source>Opschonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="49"/>
        <source>Toon wat verwijderd wordt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="50"/>
        <source>Nu verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="98"/>
        <source>Bewaartermijnen opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="104"/>
        <source>Kies eerst een incident in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="122"/>
        <source>Te verwijderen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="123"/>
        <source>Er is niets waarvan de bewaartermijn voorbij is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="129"/>
        <source>Gegevens verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="130"/>
        <source>De gegevens in de lijst worden definitief verwijderd. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/retention_tab.py" line="137"/>
        <source>Verwijderd; het verwijderlogboek vermeldt aantallen, geen inhoud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPanel</name>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="31"/>
        <source>Scan de code op het strookje (of typ hem) en druk op Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="40"/>
        <source>Alles Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="41"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="44"/>
        <source>Ontvangen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="55"/>
        <source>Niet aangekruist telt als Nee, zoals op het strookje staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="99"/>
        <source>Strookje van %1 opgeslagen. Scan het volgende strookje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="122"/>
        <source>&lt;b&gt;Ja&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="123"/>
        <source>&lt;b&gt;Nee&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="124"/>
        <source>&lt;i&gt;nu&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../scope_desk/ui/admin/role_dialog.py" line="17"/>
        <source>Nieuw account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/role_dialog.py" line="17"/>
        <location filename="../../scope_desk/ui/admin/role_dialog.py" line="39"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/role_dialog.py" line="27"/>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/role_dialog.py" line="28"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/role_dialog.py" line="29"/>
        <source>Tijdelijk wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/role_dialog.py" line="35"/>
        <source>alle scholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/role_dialog.py" line="40"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/admin/role_dialog.py" line="41"/>
        <source>Groep (alleen leerkracht)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundSetupPanel</name>
    <message>
        <location filename="../../scope_desk/ui/letters/setup_panel.py" line="42"/>
        <source>Plaatshouders in de tekst (een lege regel begint een nieuwe alinea):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/setup_panel.py" line="45"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/setup_panel.py" line="49"/>
        <source>Inleveren vóór</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/setup_panel.py" line="50"/>
        <source>Ondertekend door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/setup_panel.py" line="51"/>
        <source>Functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/setup_panel.py" line="52"/>
        <source>Categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/setup_panel.py" line="54"/>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/setup_panel.py" line="55"/>
        <source>Herinnering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/setup_panel.py" line="75"/>
        <source>Nog geen ronde voor deze school en dit jaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/setup_panel.py" line="83"/>
        <source>U kunt deze ronde alleen bekijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/setup_panel.py" line="97"/>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatingDialog</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/dialog_base.py" line="35"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/dialog_base.py" line="36"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="43"/>
        <source>Toestemming intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="52"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="53"/>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="59"/>
        <source>Geef een reden voor het intrekken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/pages/consent.py" line="62"/>
        <source>De datum ligt in de toekomst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../scope_desk/app.py" line="145"/>
        <source>Demo: automatisch aangemeld als %1 (wachtwoord van alle demo-accounts: demo-wachtwoord)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../scope_desk/ui/incidents/pdf_job.py" line="43"/>
        <location filename="../../scope_desk/ui/letters/batch_job.py" line="60"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/incidents/pdf_job.py" line="45"/>
        <source>PDF maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/batch_job.py" line="60"/>
        <source>Brieven maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/batch_job.py" line="62"/>
        <source>Brieven maken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="141"/>
        <source>toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="142"/>
        <source>geen toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="143"/>
        <source>ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/letters/returns_panel.py" line="144"/>
        <source>niet ingeleverd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../scope_desk/ui/backup_action.py" line="19"/>
        <source>Reservekopie maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/backup_action.py" line="21"/>
        <location filename="../../scope_desk/ui/backup_action.py" line="39"/>
        <location filename="../../scope_desk/ui/backup_action.py" line="41"/>
        <source>Reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/backup_action.py" line="33"/>
        <source>De reservekopie is mislukt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../scope_desk/ui/backup_action.py" line="42"/>
        <source>Reservekopie gemaakt en gecontroleerd:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
