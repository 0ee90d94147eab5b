<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../scope_desk/ui/help_window.py" line="57" />
      <source>Gegevens: %1</source>
      <translation>Data: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/help_window.py" line="55" />
      <source>Het Protocol Sociale Media van SCOPE in de dagelijkse praktijk: protocol, toestemmingen, incidenten en de jaarlijkse toestemmingsronde.</source>
      <translation>SCOPE's Social Media Protocol in daily practice: protocol, consent, incidents and the yearly consent round.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/help_window.py" line="58" />
      <source>Meegeleverde onderdelen en hun licenties</source>
      <translation>Bundled components and their licences</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/help_window.py" line="51" />
      <source>Over scope-desk</source>
      <translation>About scope-desk</translation>
    </message>
  </context>
  <context>
    <name>AccountsTab</name>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="47" />
      <source> minuten</source>
      <translation> minutes</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="97" />
      <source>Account %1 gemaakt met tijdelijk wachtwoord %2; bij de eerste aanmelding kiest de gebruiker een eigen wachtwoord.</source>
      <translation>Account %1 created with temporary password %2; the user chooses their own password at the first sign-in.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="124" />
      <source>Account %1 is %2.</source>
      <translation>Account %1 is %2.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="120" />
      <source>Account %1 uitschakelen? Het blijft bewaard (met zijn naam in het logboek) en kan weer worden ingeschakeld.</source>
      <translation>Disable account %1? It is kept (with its name in the audit log) and can be enabled again.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="119" />
      <source>Account uitschakelen</source>
      <translation>Disable account</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="106" />
      <source>Kies eerst een account in de lijst.</source>
      <translation>Choose an account in the list first.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="37" />
      <source>Nieuw account…</source>
      <translation>New account…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="110" />
      <source>Nieuw tijdelijk wachtwoord voor %1: %2 (de gebruiker kiest bij aanmelden een eigen wachtwoord).</source>
      <translation>New temporary password for %1: %2 (the user chooses their own password when signing in).</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="142" />
      <source>Opgeslagen; geldt vanaf de volgende aanmelding.</source>
      <translation>Saved; applies from the next sign-in.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="48" />
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="41" />
      <source>Rol intrekken…</source>
      <translation>Revoke role…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="40" />
      <source>Rol toevoegen…</source>
      <translation>Add role…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="138" />
      <source>Rollen bijgewerkt.</source>
      <translation>Roles updated.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="39" />
      <source>Uitschakelen / inschakelen</source>
      <translation>Disable / enable</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="54" />
      <source>Venster vergrendelen na stilstand van</source>
      <translation>Lock the window after inactivity of</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="38" />
      <source>Wachtwoord resetten</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="125" />
      <source>ingeschakeld</source>
      <translation>enabled</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/accounts_tab.py" line="125" />
      <source>uitgeschakeld</source>
      <translation>disabled</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../../scope_desk/ui/pages/admin.py" line="22" />
      <source>Accounts</source>
      <translation>Accounts</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/admin.py" line="40" />
      <source>Accounts en rollen, het logboek van wie wat deed, bewaartermijnen en inzageverzoeken van ouders.</source>
      <translation>Accounts and roles, the log of who did what, retention periods and parents' subject access requests.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/admin.py" line="38" />
      <source>Beheer</source>
      <translation>Administration</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/admin.py" line="32" />
      <source>Bewaartermijnen</source>
      <translation>Retention periods</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/admin.py" line="37" />
      <source>Inzageverzoeken</source>
      <translation>Access requests</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/admin.py" line="27" />
      <source>Logboek</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/admin.py" line="51" />
      <source>Uw rol geeft geen toegang tot het beheer.</source>
      <translation>Your role gives no access to administration.</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/panels.py" line="54" />
      <source>%1 terugkommoment(en), waarvan %2 te laat. Dubbelklik om het incident te openen.</source>
      <translation>%1 check-back(s), %2 of them overdue. Double-click to open the incident.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/panels.py" line="25" />
      <source>Hele school</source>
      <translation>Whole school</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/panels.py" line="24" />
      <source>Mijn gesprekken</source>
      <translation>My conversations</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/panels.py" line="53" />
      <source>Niets om op terug te komen deze week.</source>
      <translation>Nothing to check back on this week.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/panels.py" line="32" />
      <source>Terugkomen deze week en te laat</source>
      <translation>Check back this week and overdue</translation>
    </message>
  </context>
  <context>
    <name>AuditTab</name>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="112" />
      <source>%1 regels (nieuwste eerst, hoogstens 1000)</source>
      <translation>%1 lines (newest first, at most 1000)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="59" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="52" />
      <source>Gebruiker</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="54" />
      <source>Handeling</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="44" />
      <source>Keten controleren</source>
      <translation>Verify chain</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="53" />
      <source>Leerling</source>
      <translation>Pupil</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="43" />
      <source>Zoeken</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="29" />
      <source>alle handelingen</source>
      <translation>all actions</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="24" />
      <source>deel van de naam</source>
      <translation>part of the name</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="26" />
      <source>naam of leerlingnummer</source>
      <translation>name or pupil number</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="38" />
      <source>tot en met</source>
      <translation>up to and including</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/audit_tab.py" line="36" />
      <source>vanaf</source>
      <translation>from</translation>
    </message>
  </context>
  <context>
    <name>BackupAction</name>
    <message>
      <location filename="../../scope_desk/ui/backup_action.py" line="33" />
      <source>De reservekopie is mislukt: %1</source>
      <translation>The backup failed: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/backup_action.py" line="21" />
      <source>Reservekopie</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/backup_action.py" line="42" />
      <source>Reservekopie gemaakt en gecontroleerd:
%1</source>
      <translation>Backup made and verified:
%1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/backup_action.py" line="19" />
      <source>Reservekopie maken…</source>
      <translation>Making a backup…</translation>
    </message>
  </context>
  <context>
    <name>CategoryEditorDialog</name>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="55" />
      <source>Categorieën van %1</source>
      <translation>Categories of %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="144" />
      <source>Deze naam staat er twee keer in: %1.</source>
      <translation>This name appears twice: %1.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="82" />
      <source>Dubbelklik op een categorie om de naam te wijzigen. De volgorde is die van de brief, het strookje en de kolommen.</source>
      <translation>Double-click a category to rename it. The order is that of the letter, the return slip and the columns.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="139" />
      <source>Een naam is langer dan %1 tekens.</source>
      <translation>A name is longer than %1 characters.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="136" />
      <source>Elke categorie heeft een naam nodig.</source>
      <translation>Every category needs a name.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="60" />
      <source>Nieuwe categorie</source>
      <translation>New category</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="63" />
      <source>Omhoog</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="64" />
      <source>Omlaag</source>
      <translation>Down</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="62" />
      <source>Toevoegen</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="114" />
      <source>Typ eerst de naam van de nieuwe categorie.</source>
      <translation>Type the name of the new category first.</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="116" />
      <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
      <translation>The two new passwords do not match.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="110" />
      <source>Huidig wachtwoord</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="103" />
      <source>Kies een nieuw wachtwoord van minstens 12 tekens.</source>
      <translation>Choose a new password of at least 12 characters.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="111" />
      <source>Nieuw wachtwoord</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="112" />
      <source>Nieuw wachtwoord nogmaals</source>
      <translation>New password again</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="102" />
      <source>U bent aangemeld met een tijdelijk wachtwoord. Kies nu uw eigen wachtwoord.</source>
      <translation>You signed in with a temporary password. Choose your own password now.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="104" />
      <source>Wachtwoord wijzigen</source>
      <translation>Change password</translation>
    </message>
  </context>
  <context>
    <name>ChronologyPanel</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/panels.py" line="111" />
      <source>Tijdlijn van de leerling</source>
      <translation>Pupil timeline</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/panels.py" line="110" />
      <source>Tijdlijn: %1</source>
      <translation>Timeline: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/panels.py" line="71" />
      <source>Zoek een leerling op naam of leerlingnummer</source>
      <translation>Find a pupil by name or pupil number</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/panels.py" line="113" />
      <source>geen incidenten of gesprekken</source>
      <translation>no incidents or conversations</translation>
    </message>
  </context>
  <context>
    <name>ClassProgressTableModel</name>
    <message>
      <location filename="../../scope_desk/ui/letters/progress_model.py" line="25" />
      <source>Groep</source>
      <translation>Class</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/progress_model.py" line="25" />
      <source>Ingeleverd</source>
      <translation>Returned</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/progress_model.py" line="25" />
      <source>Leerlingen</source>
      <translation>Pupils</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/progress_model.py" line="25" />
      <source>Niet ingeleverd</source>
      <translation>Not returned</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/progress_model.py" line="25" />
      <source>Voortgang</source>
      <translation>Progress</translation>
    </message>
  </context>
  <context>
    <name>ConfirmationTableModel</name>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="59" />
      <source>gelezen</source>
      <translation>read</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="59" />
      <source>nog niet</source>
      <translation>not yet</translation>
    </message>
  </context>
  <context>
    <name>ConsentPage</name>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="184" />
      <source>Alle groepen</source>
      <translation>All classes</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="99" />
      <source>Categorieën van deze ronde toevoegen, hernoemen of in een andere volgorde zetten</source>
      <translation>Add, rename or reorder the categories of this round</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="98" />
      <source>Categorieën…</source>
      <translation>Categories…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="306" />
      <source>De categorieën zijn opgeslagen.</source>
      <translation>The categories have been saved.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="390" />
      <source>De leerling van dit strookje staat niet (meer) in deze ronde.</source>
      <translation>The pupil on this slip is not (or no longer) in this round.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="384" />
      <source>Dit strookje hoort bij een ronde die u niet kunt openen.</source>
      <translation>This slip belongs to a round you cannot open.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="170" />
      <source>Er is nog geen toestemmingsronde. Lees eerst leerlingen in en open een ronde.</source>
      <translation>There is no consent round yet. Import pupils first and open a round.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="121" />
      <source>Geschiedenis van de gekozen leerling</source>
      <translation>History of the selected pupil</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="106" />
      <source>Groep</source>
      <translation>Class</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="63" />
      <source>Iedereen</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="94" />
      <source>Intrekken…</source>
      <translation>Withdraw…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="95" />
      <source>Leerlingen inlezen…</source>
      <translation>Import pupils…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="63" />
      <source>Met een weigering</source>
      <translation>With a refusal</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="64" />
      <source>Niet ingeleverd</source>
      <translation>Not returned</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="303" />
      <source>Niet opgeslagen</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="336" />
      <source>Niet vastgelegd</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="107" />
      <source>Ontvangen via</source>
      <translation>Received via</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="64" />
      <source>Ouders oneens</source>
      <translation>Parents disagree</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="256" />
      <source>Per groep · samen %1 leerlingen, %2 ingeleverd, %3 met weigering</source>
      <translation>Per class · in all %1 pupils, %2 returned, %3 with a refusal</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="106" />
      <source>School en jaar</source>
      <translation>School and year</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="394" />
      <source>Strookje geopend: typ de antwoorden (J/N) per categorie.</source>
      <translation>Slip opened: type the answers (J/N) per category.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="138" />
      <source>Toetsen: J = toestemming, N = geen toestemming, O = niet ingeleverd, I = intrekken; met Shift voor het hele strookje.</source>
      <translation>Keys: J = consent, N = no consent, O = not returned, I = withdraw; with Shift for the whole slip.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="107" />
      <source>Tonen</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="315" />
      <source>U kunt deze lijst alleen bekijken.</source>
      <translation>You can only view this list.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="343" />
      <source>Vastgelegd: %1 voor %2 categorie(ën).</source>
      <translation>Recorded: %1 for %2 categories.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="61" />
      <source>Zoek op naam of scan een strookje…</source>
      <translation>Search by name or scan a slip…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="207" />
      <source>alle categorieën</source>
      <translation>all categories</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/consent.py" line="108" />
      <source>in</source>
      <translation>in</translation>
    </message>
  </context>
  <context>
    <name>ConsentTableModel</name>
    <message>
      <location filename="../../scope_desk/ui/consent_model.py" line="125" />
      <source> · ouders zijn het oneens: het strengste antwoord telt</source>
      <translation> · parents disagree: the strictest answer counts</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_model.py" line="109" />
      <source>Groep</source>
      <translation>Class</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_model.py" line="107" />
      <source>Leerling</source>
      <translation>Pupil</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_model.py" line="124" />
      <source>Leerlingnummer %s</source>
      <translation>Pupil number %s</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_model.py" line="138" />
      <source>ouders oneens</source>
      <translation>parents disagree</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_model.py" line="140" />
      <source>overgenomen van vorig jaar</source>
      <translation>carried over from last year</translation>
    </message>
  </context>
  <context>
    <name>ConversationDialog</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="67" />
      <source>Afspraken</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="50" />
      <source>Anderen, bijv. mentor, intern begeleider</source>
      <translation>Others, e.g. mentor, special needs coordinator</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="62" />
      <source>Datum en tijd</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="85" />
      <source>De terugkomdatum ligt vóór de datum van het gesprek.</source>
      <translation>The check-back date is before the date of the conversation.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="64" />
      <source>Deelnemers</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="32" />
      <source>Gesprek vastleggen</source>
      <translation>Record conversation</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="78" />
      <source>Kies wie aan het gesprek deelnamen.</source>
      <translation>Choose who took part in the conversation.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="81" />
      <source>Leg vast wat er besproken of afgesproken is.</source>
      <translation>Record what was discussed or agreed.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="63" />
      <source>Plaats</source>
      <translation>Setting</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="53" />
      <source>Terugkomen op</source>
      <translation>Check back on</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="65" />
      <source>Verder aanwezig</source>
      <translation>Also present</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="66" />
      <source>Verslag</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>ConversationsTab</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="91" />
      <source>Gesprek vastleggen</source>
      <translation>Record conversation</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="118" />
      <source>Nog geen gesprekken vastgelegd.</source>
      <translation>No conversations recorded yet.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="93" />
      <source>Teruggekomen</source>
      <translation>Checked back</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="92" />
      <source>Verslag wijzigen</source>
      <translation>Edit notes</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="136" />
      <source>Geen gesprekken die in de komende %1 dagen een terugkoppeling nodig hebben.</source>
      <translation>No conversations need a check-back in the next %1 days.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="103" />
      <source>Leerlingen</source>
      <translation>Pupils</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="108" />
      <source>Mijn groep</source>
      <translation>My class</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="266" />
      <source>Mijn groep · %1</source>
      <translation>My class · %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="121" />
      <source>Nog geen leerlingen — importeer een export uit de leerlingadministratie, of start met --demo om het programma met voorbeeldgegevens te verkennen.</source>
      <translation>No pupils yet — import an export from the pupil administration system, or start with --demo to explore the program with sample data.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="242" />
      <source>Nog geen toestemmingsronde in dit schooljaar</source>
      <translation>No consent round in this school year yet</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="105" />
      <source>Open incidenten</source>
      <translation>Open incidents</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="100" />
      <source>Overzicht</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="301" />
      <source>Peildatum %1</source>
      <translation>Reference date %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="115" />
      <source>Per school</source>
      <translation>Per school</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="190" />
      <source>Schooljaar %1</source>
      <translation>School year %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="106" />
      <source>Terugkoppelen</source>
      <translation>Check back</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="132" />
      <source>Terugkoppeling nodig</source>
      <translation>Check-back needed</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="104" />
      <source>Toestemmingsronde</source>
      <translation>Consent round</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="124" />
      <source>Volledig: alle keuzes van de toestemmingsronde ingeleverd. Deels: een deel ingeleverd. Niets ingeleverd telt nooit als toestemming.</source>
      <translation>Complete: every choice of the consent round returned. Partial: some returned. Nothing returned never counts as consent.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="191" />
      <source>bijgewerkt om %1</source>
      <translation>updated at %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="290" />
      <source>binnen %1 dagen</source>
      <translation>within %1 days</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="275" />
      <source>nieuw of in behandeling</source>
      <translation>new or in progress</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="203" />
      <source>nog geen scholen</source>
      <translation>no schools yet</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="202" />
      <source>op %1 scholen</source>
      <translation>at %1 schools</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="202" />
      <source>op 1 school</source>
      <translation>at 1 school</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="246" />
      <source>volledig ingeleverd
%1 deels · %2 niets ingeleverd</source>
      <translation>fully returned
%1 partial · %2 nothing returned</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/dashboard.py" line="289" />
      <source>waarvan %1 te laat</source>
      <translation>%1 of them overdue</translation>
    </message>
  </context>
  <context>
    <name>DepictedDialog</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="124" />
      <source>Achter elke aangevinkte leerling: de toestemming voor dit kanaal op de dag van plaatsing.</source>
      <translation>After each ticked pupil: the consent for this channel on the day of posting.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="129" />
      <source>Geplaatst op</source>
      <translation>Posted on</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="130" />
      <source>In beeld</source>
      <translation>Depicted</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="128" />
      <source>Kanaal</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="103" />
      <source>Leerlingen in beeld</source>
      <translation>Pupils depicted</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="168" />
      <source>Vink de leerlingen aan die in beeld zijn.</source>
      <translation>Tick the pupils who are depicted.</translation>
    </message>
  </context>
  <context>
    <name>EvidenceTab</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="223" />
      <source>Afbeeldingen en documenten (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.eml *.mp4);;Alle bestanden (*)</source>
      <translation>Images and documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.eml *.mp4);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="178" />
      <source>Bestand toevoegen…</source>
      <translation>Add file…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="222" />
      <source>Bewijsstuk kiezen</source>
      <translation>Choose evidence</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="259" />
      <source>Geen voorbeeld</source>
      <translation>No preview</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="259" />
      <source>Geen voorbeeld: het bestand is gewijzigd of ontbreekt</source>
      <translation>No preview: the file has been changed or is missing</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="249" />
      <source>Het bestand klopt niet meer met de vastgelegde hash; gebruik het niet als bewijs.</source>
      <translation>The file no longer matches the recorded hash; do not use it as evidence.</translation>
    </message>
  </context>
  <context>
    <name>FirstAdministratorDialog</name>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="89" />
      <source>De twee wachtwoorden zijn niet gelijk.</source>
      <translation>The two passwords do not match.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="73" />
      <source>Eerste beheerder aanmaken</source>
      <translation>Create the first administrator</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="74" />
      <source>Er is nog geen account. Maak het account van de beheerder aan; de beheerder maakt daarna de accounts van directeuren, anti-pestcoördinatoren, leerkrachten en bestuur.</source>
      <translation>There is no account yet. Create the administrator's account; the administrator then creates the accounts of principals, anti-bullying coordinators, teachers and the board.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="82" />
      <source>Gebruikersnaam</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="83" />
      <source>Naam (voor het logboek)</source>
      <translation>Name (for the audit log)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="84" />
      <source>Wachtwoord (minstens 12 tekens)</source>
      <translation>Password (at least 12 characters)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="85" />
      <source>Wachtwoord nogmaals</source>
      <translation>Password again</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../scope_desk/ui/help_window.py" line="33" />
      <source>Gebruikershandleiding</source>
      <translation>User guide</translation>
    </message>
  </context>
  <context>
    <name>HorizontalBars</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/horizontal_bars.py" line="103" />
      <source>Geen meldingen in deze periode</source>
      <translation>No reports in this period</translation>
    </message>
  </context>
  <context>
    <name>ImagesTab</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="291" />
      <source>Alleen nodig bij beeldmateriaal dat zonder toestemming is geplaatst.</source>
      <translation>Only needed for images posted without consent.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="289" />
      <source>Kies de leerlingen die op de foto of video staan.</source>
      <translation>Choose the pupils who are in the photo or video.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="267" />
      <source>Leerlingen in beeld kiezen…</source>
      <translation>Choose depicted pupils…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_tabs.py" line="286" />
      <source>Toestemming zoals die gold op de dag van plaatsing. Zonder toestemming: %1 van %2 leerlingen.</source>
      <translation>Consent as it stood on the day of posting. Without consent: %1 of %2 pupils.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="300" />
      <source>%1: %2 nieuw, %3 gewijzigd, %4 ongewijzigd, %5 vertrokken, %6 afgewezen.</source>
      <translation>%1: %2 new, %3 changed, %4 unchanged, %5 left, %6 rejected.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="88" />
      <source>Afgewezen regels overslaan en de rest inlezen</source>
      <translation>Skip the rejected lines and import the rest</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="62" />
      <source>BRIN-code, bv. 12AB</source>
      <translation>BRIN code, e.g. 12AB</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="102" />
      <source>Bestand</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="235" />
      <source>Bestand lezen en vergelijken…</source>
      <translation>Reading the file and comparing…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="55" />
      <source>CSV-, Excel- (.xlsx) of EDEXML-bestand (.xml)</source>
      <translation>CSV, Excel (.xlsx) or EDEXML file (.xml)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="68" />
      <source>Daarna de toestemmingsronde van dit schooljaar openen (als die er nog niet is)</source>
      <translation>Then open this school year's consent round (if there is none yet)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="360" />
      <source>De import is afgebroken; er is niets veranderd.</source>
      <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="282" />
      <source>De proefimport is afgebroken; er is niets veranderd.</source>
      <translation>The dry run was cancelled; nothing has changed.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="316" />
      <source>Er zijn afgewezen regels: verbeter het bestand, of vink aan dat ze worden overgeslagen.</source>
      <translation>Some lines were rejected: correct the file, or tick that they are to be skipped.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="153" />
      <source>Export uit de leerlingadministratie</source>
      <translation>Export from the pupil administration</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="154" />
      <source>Exports (*.csv *.txt *.xlsx *.xml);;Alle bestanden (*)</source>
      <translation>Exports (*.csv *.txt *.xlsx *.xml);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="299" />
      <source>Geïmporteerd</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="92" />
      <source>Importeren</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="73" />
      <source>Kies een bestand; u ziet eerst wat er zou veranderen.</source>
      <translation>Choose a file; you will first see what would change.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="56" />
      <source>Kiezen…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="71" />
      <source>Kolommen koppelen…</source>
      <translation>Map columns…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="44" />
      <source>Leerlingen inlezen</source>
      <translation>Import pupils</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="261" />
      <source>Niet alle kolommen zijn herkend: koppel ze eerst.</source>
      <translation>Not every column was recognised: map them first.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="61" />
      <source>Nieuwe school (BRIN-code)…</source>
      <translation>New school (BRIN code)…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="292" />
      <source>Overgeslagen kolommen: %1.</source>
      <translation>Skipped columns: %1.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="72" />
      <source>Proefimport</source>
      <translation>Dry run</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="299" />
      <source>Proefimport, er is nog niets veranderd</source>
      <translation>Dry run, nothing has been changed yet</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="103" />
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="294" />
      <source>School %1 bestaat nog niet en wordt aangemaakt.</source>
      <translation>School %1 does not exist yet and will be created.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="104" />
      <source>Schooljaar</source>
      <translation>School year</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="93" />
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="111" />
      <source>Tonen</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="66" />
      <source>Volledige export: wie er niet in staat, wordt als vertrokken gemarkeerd</source>
      <translation>Full export: pupils not in it are marked as left</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_dialog.py" line="76" />
      <source>alle regels</source>
      <translation>all lines</translation>
    </message>
  </context>
  <context>
    <name>ImportJob</name>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_job.py" line="52" />
      <source>Afbreken…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_job.py" line="34" />
      <source>Afbreken… er wordt niets veranderd.</source>
      <translation>Cancelling… nothing will be changed.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_job.py" line="34" />
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_job.py" line="51" />
      <source>Bestand lezen en vergelijken met de leerlingen die er al zijn…</source>
      <translation>Reading the file and comparing it with the existing pupils…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_job.py" line="24" />
      <source>De import is mislukt (%1); er is niets veranderd.</source>
      <translation>The import failed (%1); nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_job.py" line="63" />
      <source>De proefimport is mislukt (%1); er is niets veranderd.</source>
      <translation>The dry run failed (%1); nothing has changed.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_job.py" line="33" />
      <source>Leerlingen inlezen</source>
      <translation>Import pupils</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_job.py" line="33" />
      <source>Leerlingen inlezen…</source>
      <translation>Importing pupils…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/import_job.py" line="50" />
      <source>Proefimport</source>
      <translation>Dry run</translation>
    </message>
  </context>
  <context>
    <name>IncidentDetailView</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="156" />
      <source>Afsluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="82" />
      <source>Beeldmateriaal zonder toestemming: de leerlingen die in beeld zijn</source>
      <translation>Images without consent: the pupils shown</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="63" />
      <source>Betrokkene toevoegen</source>
      <translation>Add person involved</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="77" />
      <source>Betrokkenen</source>
      <translation>People involved</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="117" />
      <source>Betrokkenen (%1)</source>
      <translation>People involved (%1)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="46" />
      <source>Bewerken</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="80" />
      <source>Bewijs</source>
      <translation>Evidence</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="118" />
      <source>Bewijs (%1)</source>
      <translation>Evidence (%1)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="176" />
      <source>Categorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="48" />
      <source>Dossier (PDF)</source>
      <translation>Case file (PDF)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="177" />
      <source>Ernst</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="175" />
      <source>Gemeld door</source>
      <translation>Reported by</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="174" />
      <source>Gemeld op</source>
      <translation>Reported on</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="78" />
      <source>Gesprekken</source>
      <translation>Conversations</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="117" />
      <source>Gesprekken (%1)</source>
      <translation>Conversations (%1)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="157" />
      <source>Heropenen</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="81" />
      <source>In beeld</source>
      <translation>In the image</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="169" />
      <source>In beeld (%1)</source>
      <translation>In the image (%1)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="155" />
      <source>In behandeling nemen</source>
      <translation>Take into progress</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="245" />
      <source>Kies eerst een leerling in de lijst van betrokkenen.</source>
      <translation>Choose a pupil in the list of people involved first.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="83" />
      <source>Kies links een incident, of leg een nieuw incident vast.</source>
      <translation>Choose an incident on the left, or record a new incident.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="185" />
      <source>Links</source>
      <translation>Links</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="68" />
      <source>Maatregel vastleggen</source>
      <translation>Record measure</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="79" />
      <source>Maatregelen</source>
      <translation>Measures</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="118" />
      <source>Maatregelen (%1)</source>
      <translation>Measures (%1)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="76" />
      <source>Melding</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="176" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="187" />
      <source>Protocolartikelen</source>
      <translation>Protocol articles</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="174" />
      <source>Soort</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="177" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="65" />
      <source>Tijdlijn van deze leerling</source>
      <translation>Timeline of this pupil</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="179" />
      <source>Vastgelegd door</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="64" />
      <source>Verwijderen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="175" />
      <source>Voorval op</source>
      <translation>Occurred on</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="183" />
      <source>Wat er gebeurde</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="178" />
      <source>Zichtbaar voor</source>
      <translation>Visible to</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/detail_view.py" line="154" />
      <source>voorval</source>
      <translation>occurred</translation>
    </message>
  </context>
  <context>
    <name>IncidentDialog</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="71" />
      <source>Categorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="132" />
      <source>De datum van het voorval ligt na de datum van de melding.</source>
      <translation>The date of the occurrence is after the date of the report.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="136" />
      <source>Een link moet met http:// of https:// beginnen: %1</source>
      <translation>A link must start with http:// or https://: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="72" />
      <source>Ernst</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="60" />
      <source>Eén link per regel</source>
      <translation>One link per line</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="129" />
      <source>Geef het incident een korte omschrijving (titel).</source>
      <translation>Give the incident a short description (title).</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="115" />
      <source>Geen protocolversie van kracht op deze datum.</source>
      <translation>No protocol version in force on this date.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="70" />
      <source>Gemeld door</source>
      <translation>Reported by</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="69" />
      <source>Gemeld op</source>
      <translation>Reported on</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="41" />
      <source>Incident bewerken</source>
      <translation>Edit incident</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="126" />
      <source>Kies de school.</source>
      <translation>Choose the school.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="48" />
      <source>Korte omschrijving, zonder namen</source>
      <translation>Short description, without names</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="73" />
      <source>Links naar berichten</source>
      <translation>Links to posts</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="41" />
      <source>Nieuw incident</source>
      <translation>New incident</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="69" />
      <source>Omschrijving (titel)</source>
      <translation>Description (title)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="71" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="74" />
      <source>Protocolartikelen</source>
      <translation>Protocol articles</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="68" />
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="68" />
      <source>Soort</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="70" />
      <source>Voorval op</source>
      <translation>Occurred on</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="73" />
      <source>Wat er gebeurde</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/incident_dialog.py" line="72" />
      <source>Zichtbaar voor</source>
      <translation>Visible to</translation>
    </message>
  </context>
  <context>
    <name>IncidentsPage</name>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="229" />
      <source>%1 bij artikel %2</source>
      <translation>%1 under article %2</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="227" />
      <source>%1 incident(en)</source>
      <translation>%1 incident(s)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="94" />
      <source>Alle scholen</source>
      <translation>All schools</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="98" />
      <source>Alle statussen</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="244" />
      <source>Artikel %1  ✕</source>
      <translation>Article %1  ✕</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="323" />
      <source>Dossier maken…</source>
      <translation>Make case file…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="53" />
      <source>Incidenten</source>
      <translation>Incidents</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="239" />
      <source>Incidenten bij een artikel kunt u niet openen; het jaaroverzicht telt ze zonder namen.</source>
      <translation>You cannot open the incidents under an article; the yearly overview counts them without names.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="83" />
      <source>Jaaroverzicht</source>
      <translation>Annual overview</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="331" />
      <source>Jaaroverzicht maken…</source>
      <translation>Make annual overview…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="158" />
      <source>Meldingen</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="55" />
      <source>Meldingen van grensoverschrijdend gedrag op sociale media (protocol A.7), de gesprekken daarna en de afspraken om op terug te komen.</source>
      <translation>Reports of inappropriate behaviour on social media (protocol A.7), the conversations that followed and the agreed check-backs.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="122" />
      <source>Nieuw incident</source>
      <translation>New incident</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="343" />
      <source>PDF opgeslagen: %1</source>
      <translation>PDF saved: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="314" />
      <source>PDF opslaan</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="101" />
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="76" />
      <source>Terugkomagenda</source>
      <translation>Check-back agenda</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="79" />
      <source>Tijdlijn leerling</source>
      <translation>Pupil timeline</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="120" />
      <source>Toon weer alle incidenten</source>
      <translation>Show all incidents again</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="87" />
      <source>U hebt geen toegang tot incidenten. Incidenten zijn alleen zichtbaar voor de directeur en de anti-pestcoördinator van de school.</source>
      <translation>You have no access to incidents. Incidents are visible only to the school's principal and anti-bullying coordinator.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="112" />
      <source>Zoeken in omschrijving, platform, categorie</source>
      <translation>Search description, platform, category</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="112" />
      <source>Zoeken…</source>
      <translation>Search…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/incidents.py" line="114" />
      <source>Zoekt in de omschrijving, het platform en de categorie</source>
      <translation>Searches the description, the platform and the category</translation>
    </message>
  </context>
  <context>
    <name>LetterBatchJob</name>
    <message>
      <location filename="../../scope_desk/ui/letters/batch_job.py" line="40" />
      <source>Afbreken…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/batch_job.py" line="39" />
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/batch_job.py" line="37" />
      <source>Brieven maken</source>
      <translation>Making letters</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/batch_job.py" line="38" />
      <source>Brieven maken…</source>
      <translation>Making letters…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/batch_job.py" line="46" />
      <source>Brieven maken… %1 van %2</source>
      <translation>Making letters… %1 of %2</translation>
    </message>
  </context>
  <context>
    <name>LetterPrinting</name>
    <message>
      <location filename="../../scope_desk/ui/letters/printing.py" line="154" />
      <source>%1 pagina's naar de printer gestuurd.</source>
      <translation>%1 pages sent to the printer.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/printing.py" line="152" />
      <source>Afdrukken afgebroken na %1 pagina's.</source>
      <translation>Printing cancelled after %1 pages.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/printing.py" line="121" />
      <source>Afdrukken…</source>
      <translation>Printing…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/printing.py" line="139" />
      <source>Afdrukken… pagina %1 van %2</source>
      <translation>Printing… page %1 of %2</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/printing.py" line="121" />
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/printing.py" line="112" />
      <source>Brieven afdrukken</source>
      <translation>Print letters</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/printing.py" line="50" />
      <source>De printer kon niet worden gestart.</source>
      <translation>The printer could not be started.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/printing.py" line="44" />
      <source>Het bestand is geen leesbare PDF.</source>
      <translation>The file is not a readable PDF.</translation>
    </message>
  </context>
  <context>
    <name>LetterheadTab</name>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="43" />
      <source>1234 AB</source>
      <translation>1234 AB</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="148" />
      <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="71" />
      <source>BRIN</source>
      <translation>BRIN</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="77" />
      <source>Directeur</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="76" />
      <source>E-mail</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="79" />
      <source>Het logo (PNG of JPEG, kleiner dan 1 MB) staat linksboven op de brieven; een breed logo wordt verkleind tot 600 pixels.</source>
      <translation>The logo (PNG or JPEG, smaller than 1 MB) is printed top left on the letters; a wide logo is scaled down to 600 pixels.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="78" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="147" />
      <source>Logo kiezen</source>
      <translation>Choose logo</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="53" />
      <source>Logo kiezen…</source>
      <translation>Choose logo…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="54" />
      <source>Logo verwijderen</source>
      <translation>Remove logo</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="72" />
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="153" />
      <source>Niet te lezen: %1</source>
      <translation>Cannot be read: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="74" />
      <source>Postcode en plaats</source>
      <translation>Postcode and town</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="70" />
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="73" />
      <source>Straat en huisnummer</source>
      <translation>Street and number</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="75" />
      <source>Telefoon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="82" />
      <source>U mag het briefhoofd van geen enkele school wijzigen.</source>
      <translation>You may not change the letterhead of any school.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="133" />
      <source>geen logo</source>
      <translation>no logo</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/letterhead_tab.py" line="141" />
      <source>geen voorbeeld</source>
      <translation>no preview</translation>
    </message>
  </context>
  <context>
    <name>LettersPage</name>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="324" />
      <source>%1 bestanden</source>
      <translation>%1 files</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="325" />
      <source>%1 brieven met %2 strookjes (%3 pagina's) opgeslagen in %4.</source>
      <translation>%1 letters with %2 slips (%3 pages) saved in %4.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="390" />
      <source>%1 van %2 strookjes ingeleverd.</source>
      <translation>%1 of %2 slips returned.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="59" />
      <source>Afdrukken…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="335" />
      <source>Afgebroken; er is geen bestand weggeschreven.</source>
      <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="51" />
      <source>Alleen wie nog niet inleverde</source>
      <translation>Only those who have not returned it</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="309" />
      <source>Bezig met %1 brieven…</source>
      <translation>Working on %1 letters…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="120" />
      <source>Brieven</source>
      <translation>Letters</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="123" />
      <source>Brieven en strookjes</source>
      <translation>Letters and slips</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="56" />
      <source>Brieven maken…</source>
      <translation>Make letters…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="285" />
      <source>Brieven opslaan als</source>
      <translation>Save letters as</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="125" />
      <source>Brieven over de toestemmingsronde voor de ouders, herinneringen voor wie nog niet inleverde, en de ingeleverde strookjes.</source>
      <translation>Letters about the consent round for the parents, reminders for those who have not returned theirs yet, and the returned slips.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="175" />
      <source>Er is geen school waarvoor u brieven mag maken.</source>
      <translation>There is no school for which you may make letters.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="255" />
      <source>Er zijn geen brieven voor deze keuze.</source>
      <translation>There are no letters for this selection.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="54" />
      <source>Eén bestand per groep</source>
      <translation>One file per class</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="53" />
      <source>Eén brief per gezin (broers en zussen samen)</source>
      <translation>One letter per family (brothers and sisters together)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="90" />
      <source>Groepen</source>
      <translation>Classes</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="52" />
      <source>Herinnering (alleen wie nog niet inleverde)</source>
      <translation>Reminder (only those who have not returned it)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="245" />
      <source>Kies ten minste één groep.</source>
      <translation>Choose at least one class.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="60" />
      <source>Map openen</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="192" />
      <source>Nog geen toestemmingsronde voor dit schooljaar; open de ronde eerst.</source>
      <translation>No consent round for this school year yet; open the round first.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="58" />
      <source>Openen</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="285" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="194" />
      <source>Ronde %1 · %2 categorieën</source>
      <translation>Round %1 · %2 categories</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="121" />
      <source>Ronde instellen</source>
      <translation>Set up round</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="44" />
      <source>Ronde openen</source>
      <translation>Open round</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="83" />
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="83" />
      <source>Schooljaar</source>
      <translation>School year</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="122" />
      <source>Strookjes invoeren</source>
      <translation>Enter slips</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="263" />
      <source>U heeft de keuze gewijzigd. Klik op Voorbeeld om de eerste brieven van de nieuwe keuze te zien.</source>
      <translation>You changed the selection. Click Preview to see the first letters of the new selection.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="55" />
      <source>Voorbeeld</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="257" />
      <source>Voorbeeld: de eerste %1 brieven (%2 pagina's).</source>
      <translation>Preview: the first %1 letters (%2 pages).</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/letters.py" line="112" />
      <source>Voortgang per groep</source>
      <translation>Progress per class</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <location filename="../../scope_desk/ui/idle_lock.py" line="94" />
      <source>Afsluiten</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/idle_lock.py" line="82" />
      <source>Dit venster is vergrendeld omdat het een tijd niet is gebruikt. %1, typ uw wachtwoord om verder te gaan.</source>
      <translation>This window was locked because it was not used for a while. %1, type your password to continue.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/idle_lock.py" line="92" />
      <source>Ontgrendelen</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/idle_lock.py" line="80" />
      <source>Vergrendeld</source>
      <translation>Locked</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/idle_lock.py" line="88" />
      <source>Wachtwoord</source>
      <translation>Password</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="56" />
      <source>Aanmelden</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="49" />
      <source>Aanmelden bij scope-desk</source>
      <translation>Sign in to scope-desk</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="54" />
      <source>Gebruikersnaam</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="49" />
      <source>Meld u aan met uw gebruikersnaam en wachtwoord.</source>
      <translation>Sign in with your user name and password.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="60" />
      <source>Vul uw gebruikersnaam en wachtwoord in.</source>
      <translation>Enter your user name and password.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/login.py" line="55" />
      <source>Wachtwoord</source>
      <translation>Password</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="180" />
      <source>&amp;Afsluiten</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="174" />
      <source>&amp;Bestand</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="198" />
      <source>&amp;Ga naar</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="208" />
      <source>&amp;Gebruikershandleiding</source>
      <translation>&amp;User guide</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="207" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="194" />
      <source>&amp;Instellingen…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="187" />
      <source>&amp;Navigatie tonen</source>
      <translation>Show &amp;navigation</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="211" />
      <source>&amp;Over scope-desk</source>
      <translation>&amp;About scope-desk</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="175" />
      <source>&amp;Reservekopie maken…</source>
      <translation>Make a &amp;backup…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="184" />
      <source>&amp;Vernieuwen</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="217" />
      <source>Aangemeld als %1</source>
      <translation>Signed in as %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="183" />
      <source>Bee&amp;ld</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="122" />
      <source>Deze pagina kan niet worden geopend: %1</source>
      <translation>This page cannot be opened: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="193" />
      <source>E&amp;xtra</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="215" />
      <source>Gegevens: %1</source>
      <translation>Data: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/main_window.py" line="40" />
      <source>scope-desk — Protocol Sociale Media</source>
      <translation>scope-desk — Social Media Protocol</translation>
    </message>
  </context>
  <context>
    <name>MappingDialog</name>
    <message>
      <location filename="../../scope_desk/ui/consent_import/mapping_dialog.py" line="53" />
      <source>(zonder kop)</source>
      <translation>(no header)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/mapping_dialog.py" line="40" />
      <source>Bevat</source>
      <translation>Contains</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/mapping_dialog.py" line="71" />
      <source>De eerste regels van het bestand:</source>
      <translation>The first lines of the file:</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/mapping_dialog.py" line="27" />
      <source>Dit bestand heeft een indeling die scope-desk niet (helemaal) herkent. Kies per kolom wat erin staat; kolommen op 'overslaan' worden niet ingelezen. Leerlingnummer, achternaam en groep zijn nodig. De koppeling wordt onthouden voor bestanden met dezelfde kolommen.</source>
      <translation>scope-desk does not (fully) recognise the layout of this file. Choose for each column what it holds; columns set to 'skip' are not imported. Pupil number, surname and class are required. The mapping is remembered for files with the same columns.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/mapping_dialog.py" line="93" />
      <source>Elk gegeven mag maar één kolom hebben; dubbel gekozen: %1.</source>
      <translation>Each field may have only one column; chosen twice: %1.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/mapping_dialog.py" line="98" />
      <source>Kies nog een kolom voor: %1.</source>
      <translation>Still choose a column for: %1.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/mapping_dialog.py" line="40" />
      <source>Kolom in het bestand</source>
      <translation>Column in the file</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/mapping_dialog.py" line="21" />
      <source>Kolommen koppelen</source>
      <translation>Map columns</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/mapping_dialog.py" line="40" />
      <source>Voorbeeld</source>
      <translation>Example</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/mapping_dialog.py" line="48" />
      <source>overslaan</source>
      <translation>skip</translation>
    </message>
  </context>
  <context>
    <name>MeasureDialog</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="132" />
      <source>(het incident als geheel)</source>
      <translation>(the incident as a whole)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="138" />
      <source>Besloten door</source>
      <translation>Decided by</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="139" />
      <source>Betreft</source>
      <translation>Concerns</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="137" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="136" />
      <source>Maatregel</source>
      <translation>Measure</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="121" />
      <source>Maatregel vastleggen</source>
      <translation>Record measure</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="140" />
      <source>Toelichting</source>
      <translation>Explanation</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="145" />
      <source>Vul in wie de maatregel heeft genomen.</source>
      <translation>Enter who took the measure.</translation>
    </message>
  </context>
  <context>
    <name>NoteEditDialog</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="105" />
      <source>Afspraken</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="111" />
      <source>Geef een reden voor de wijziging; de eerdere versie blijft leesbaar.</source>
      <translation>Give a reason for the change; the earlier version stays readable.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="114" />
      <source>Het verslag is niet gewijzigd.</source>
      <translation>The notes have not been changed.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="106" />
      <source>Reden</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="104" />
      <source>Verslag</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="95" />
      <source>Verslag wijzigen</source>
      <translation>Edit notes</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/followup_dialogs.py" line="103" />
      <source>Waarom wordt het verslag gewijzigd?</source>
      <translation>Why are the notes being changed?</translation>
    </message>
  </context>
  <context>
    <name>OverviewView</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/overview_view.py" line="110" />
      <source>%1 incidenten, %2 gesprekken, %3 maatregelen in %4 (%5). Alleen aantallen, geen namen.</source>
      <translation>%1 incidents, %2 conversations, %3 measures in %4 (%5). Numbers only, no names.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/overview_view.py" line="79" />
      <source>Jaaroverzicht (PDF)…</source>
      <translation>Annual overview (PDF)…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/overview_view.py" line="115" />
      <source>Maatregelen</source>
      <translation>Measures</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/overview_view.py" line="114" />
      <source>Per categorie</source>
      <translation>By category</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/overview_view.py" line="116" />
      <source>Per maand</source>
      <translation>By month</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/overview_view.py" line="117" />
      <source>Per platform</source>
      <translation>By platform</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/overview_view.py" line="86" />
      <source>Periode</source>
      <translation>Period</translation>
    </message>
  </context>
  <context>
    <name>PartyDialog</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="28" />
      <source>Betrokkene toevoegen</source>
      <translation>Add person involved</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="49" />
      <source>Buitenstaander</source>
      <translation>Outsider</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="92" />
      <source>Kies iemand uit de lijst (zoek op naam).</source>
      <translation>Choose someone from the list (search by name).</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="43" />
      <source>Naam van de buitenstaander</source>
      <translation>Name of the outsider</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="46" />
      <source>Rol</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="45" />
      <source>Soort</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="50" />
      <source>Toelichting</source>
      <translation>Explanation</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="88" />
      <source>Vul de naam van de buitenstaander in.</source>
      <translation>Enter the name of the outsider.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="38" />
      <source>Zoek op naam of leerlingnummer</source>
      <translation>Search by name or pupil number</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/party_dialog.py" line="47" />
      <source>Zoeken</source>
      <translation>Search</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../scope_desk/ui/dialogs/passphrase.py" line="20" />
      <source>De database %1 is versleuteld. Geef het wachtwoord van de database (niet dat van uw account) om haar te openen.</source>
      <translation>The database %1 is encrypted. Enter the database's passphrase (not your account's password) to open it.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/passphrase.py" line="27" />
      <source>Openen</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/passphrase.py" line="19" />
      <source>Versleutelde database openen</source>
      <translation>Open encrypted database</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/passphrase.py" line="32" />
      <source>Vul het wachtwoord van de database in.</source>
      <translation>Enter the database's passphrase.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/passphrase.py" line="26" />
      <source>Wachtwoord van de database</source>
      <translation>Database passphrase</translation>
    </message>
  </context>
  <context>
    <name>PdfJob</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/pdf_job.py" line="43" />
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/pdf_job.py" line="45" />
      <source>PDF maken</source>
      <translation>Making PDF</translation>
    </message>
  </context>
  <context>
    <name>PreviewPane</name>
    <message>
      <location filename="../../scope_desk/ui/letters/preview_pane.py" line="105" />
      <source>Er zijn geen brieven voor deze keuze.</source>
      <translation>There are no letters for this selection.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/preview_pane.py" line="86" />
      <source>Het voorbeeld wordt gemaakt…</source>
      <translation>Making the preview…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/preview_pane.py" line="78" />
      <source>Hier ziet u de eerste drie brieven van uw keuze, precies zoals ze worden afgedrukt: met het adres in het venster van de envelop, de brieftekst en het strookje met de streepjescode.

Kies links de groepen en klik op Voorbeeld.</source>
      <translation>Here you see the first three letters of your selection exactly as they will be printed: the address in the envelope window, the letter text and the slip with its barcode.

Choose the classes on the left and click Preview.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/preview_pane.py" line="57" />
      <source>Voorbeeld tonen</source>
      <translation>Show preview</translation>
    </message>
  </context>
  <context>
    <name>ProtocolDiffDialog</name>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_diff.py" line="35" />
      <source>Van</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_diff.py" line="20" />
      <source>Wat is er veranderd?</source>
      <translation>What has changed?</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_diff.py" line="37" />
      <source>naar</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_diff.py" line="26" />
      <source>versie %1 (%2)</source>
      <translation>version %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>ProtocolImportDialog</name>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="56" />
      <source>Bestand</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="40" />
      <source>Bladeren…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="57" />
      <source>Geldig vanaf</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="85" />
      <source>Het bestand %1 bestaat niet.</source>
      <translation>The file %1 does not exist.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="95" />
      <source>Het bestand kan niet worden gelezen: %1</source>
      <translation>The file cannot be read: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="60" />
      <source>Inlezen</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="34" />
      <source>Kies een Markdown- of tekstbestand met dezelfde artikelnotatie als het protocol (## A. Titel, daaronder A.1 Tekst …) en de datum waarop de versie ingaat. Oudere versies blijven leesbaar.</source>
      <translation>Choose a Markdown or text file with the same article notation as the protocol (## A. Title, below it A.1 Text …) and the date on which the version takes effect. Older versions stay readable.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="83" />
      <source>Kies eerst een bestand.</source>
      <translation>Choose a file first.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="28" />
      <source>Nieuwe protocolversie inlezen</source>
      <translation>Import a new protocol version</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="88" />
      <source>Op %1 gaat al versie %2 in; kies een andere datum.</source>
      <translation>Version %2 already takes effect on %1; choose another date.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="71" />
      <source>Protocolbestand kiezen</source>
      <translation>Choose protocol file</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="72" />
      <source>Protocoltekst (*.md *.txt);;Alle bestanden (*)</source>
      <translation>Protocol text (*.md *.txt);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="58" />
      <source>Versielabel</source>
      <translation>Version label</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="39" />
      <source>protocol-2027.md</source>
      <translation>protocol-2027.md</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_import.py" line="49" />
      <source>standaard uit het bestand of het jaar</source>
      <translation>by default from the file or the year</translation>
    </message>
  </context>
  <context>
    <name>ProtocolPage</name>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="205" />
      <source> (van kracht)</source>
      <translation> (in force)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/protocol_html.py" line="63" />
      <source>%1 incidenten</source>
      <translation>%1 incidents</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="328" />
      <source>%1 van %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/protocol_html.py" line="63" />
      <source>1 incident</source>
      <translation>1 incident</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="82" />
      <source>Afdrukken / PDF…</source>
      <translation>Print / PDF…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="105" />
      <source>Citaat kopiëren</source>
      <translation>Copy citation</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="353" />
      <source>Dank u; uw leesbevestiging is vastgelegd.</source>
      <translation>Thank you; your read confirmation has been recorded.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="426" />
      <source>De PDF kon niet worden gemaakt: %1</source>
      <translation>The PDF could not be made: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/protocol_html.py" line="84" />
      <source>De twee versies zijn gelijk.</source>
      <translation>The two versions are the same.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="286" />
      <source>Gekopieerd: %1</source>
      <translation>Copied: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="97" />
      <source>Ik heb deze versie gelezen</source>
      <translation>I have read this version</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/protocol_html.py" line="88" />
      <source>Inleiding van %1</source>
      <translation>Introduction to %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="292" />
      <source>Kies eerst een artikel in de inhoudsopgave.</source>
      <translation>Choose an article in the table of contents first.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="106" />
      <source>Kopieer de verwijzing naar het gekozen artikel</source>
      <translation>Copy the reference to the chosen article</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="83" />
      <source>Leesbevestigingen</source>
      <translation>Read confirmations</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="81" />
      <source>Nieuwe versie…</source>
      <translation>New version…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="419" />
      <source>PDF opgeslagen: %1</source>
      <translation>PDF saved: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="413" />
      <source>PDF wordt gemaakt…</source>
      <translation>Making the PDF…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="74" />
      <source>Protocol Sociale Media</source>
      <translation>Social Media Protocol</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="393" />
      <source>Protocol opslaan als PDF</source>
      <translation>Save protocol as PDF</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/protocol_html.py" line="77" />
      <source>Van versie %1 (%2) naar versie %3 (%4): %5 gewijzigd, %6 nieuw, %7 vervallen, %8 ongewijzigd.</source>
      <translation>From version %1 (%2) to version %3 (%4): %5 changed, %6 new, %7 withdrawn, %8 unchanged.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="372" />
      <source>Versie %1 is ingelezen.</source>
      <translation>Version %1 has been imported.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/protocol_html.py" line="45" />
      <source>Versie %1 · geldig vanaf %2</source>
      <translation>Version %1 · valid from %2</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="229" />
      <source>Versie %1, %2 · %3 artikelen</source>
      <translation>Version %1, %2 · %3 articles</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="90" />
      <source>Volgende</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="92" />
      <source>Volgende treffer (F3)</source>
      <translation>Next match (F3)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="89" />
      <source>Vorige</source>
      <translation>Previous</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="91" />
      <source>Vorige treffer (Shift+F3)</source>
      <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/protocol_html.py" line="93" />
      <source>Was:</source>
      <translation>Was:</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="80" />
      <source>Wat is er veranderd?</source>
      <translation>What has changed?</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/protocol_html.py" line="96" />
      <source>Wordt:</source>
      <translation>Becomes:</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="85" />
      <source>Zoeken in het protocol (Ctrl+F)</source>
      <translation>Search the protocol (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="226" />
      <source>gaat in op %1</source>
      <translation>takes effect on %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="326" />
      <source>geen treffers</source>
      <translation>no matches</translation>
    </message>
    <message>
      <source>gewijzigd</source>
      <translation>changed</translation>
    </message>
    <message>
      <source>nieuw</source>
      <translation>new</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="224" />
      <source>van kracht sinds %1</source>
      <translation>in force since %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="203" />
      <source>versie %1 · %2</source>
      <translation>version %1 · %2</translation>
    </message>
    <message>
      <source>vervallen</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="228" />
      <source>vervangen; gold vanaf %1</source>
      <translation>superseded; applied from %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/pages/protocol.py" line="343" />
      <source>✓ U las deze versie op %1</source>
      <translation>✓ You read this version on %1</translation>
    </message>
  </context>
  <context>
    <name>ProtocolRegisterDialog</name>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="106" />
      <source>Afdrukken als PDF…</source>
      <translation>Print as PDF…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="135" />
      <source>Er zijn geen scholen waarvan u de leesbevestigingen mag zien.</source>
      <translation>There are no schools whose read confirmations you may see.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="152" />
      <source>Kies eerst een medewerker in de lijst.</source>
      <translation>Choose a staff member in the list first.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="86" />
      <source>Leesbevestigingen</source>
      <translation>Read confirmations</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="165" />
      <source>Leesbevestigingen opslaan</source>
      <translation>Save read confirmations</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="104" />
      <source>Papieren bevestiging vastleggen</source>
      <translation>Record paper confirmation</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="112" />
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/protocol_register.py" line="144" />
      <source>Versie %1: %2 van %3 medewerkers hebben bevestigd dat zij deze versie lazen.</source>
      <translation>Version %1: %2 of %3 staff members confirmed that they read this version.</translation>
    </message>
  </context>
  <context>
    <name>RequestsTab</name>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="38" />
      <source>Aangevraagd door</source>
      <translation>Requested by</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="42" />
      <source>Afgehandeld</source>
      <translation>Completed</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="73" />
      <source>Geen leerling gevonden.</source>
      <translation>No pupil found.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="41" />
      <source>Gegevens exporteren (PDF en JSON)…</source>
      <translation>Export data (PDF and JSON)…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="104" />
      <source>Geëxporteerd: %1 en %2</source>
      <translation>Exported: %1 and %2</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="109" />
      <source>Kies eerst een verzoek in de lijst.</source>
      <translation>Choose a request in the list first.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="94" />
      <source>Kies eerst een verzoek van een leerling die nog in het systeem staat.</source>
      <translation>Choose a request for a pupil who is still in the system first.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="36" />
      <source>Leerling</source>
      <translation>Pupil</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="96" />
      <source>Map voor de export</source>
      <translation>Folder for the export</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="26" />
      <source>Nieuw inzageverzoek</source>
      <translation>New access request</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="39" />
      <source>Ontvangen op</source>
      <translation>Received on</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="86" />
      <source>Vastgelegd; uiterlijk beantwoorden op %1.</source>
      <translation>Recorded; answer by %1 at the latest.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="34" />
      <source>Vastleggen</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="78" />
      <source>Zoek en kies eerst de leerling.</source>
      <translation>Find and choose the pupil first.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/requests_tab.py" line="28" />
      <source>zoek op naam of leerlingnummer en druk op Enter</source>
      <translation>search by name or pupil number and press Enter</translation>
    </message>
  </context>
  <context>
    <name>RetentionTab</name>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="37" />
      <source>Bewaarplicht (legal hold) op incidenten</source>
      <translation>Legal hold on incidents</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="43" />
      <source>Bewaarplicht aan / uit</source>
      <translation>Legal hold on / off</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="23" />
      <source>Bewaartermijnen (dagen)</source>
      <translation>Retention periods (days)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="98" />
      <source>Bewaartermijnen opgeslagen.</source>
      <translation>Retention periods saved.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="130" />
      <source>De gegevens in de lijst worden definitief verwijderd. Doorgaan?</source>
      <translation>The data in the list will be deleted permanently. Continue?</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="123" />
      <source>Er is niets waarvan de bewaartermijn voorbij is.</source>
      <translation>Nothing has passed its retention period.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="129" />
      <source>Gegevens verwijderen</source>
      <translation>Delete data</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="104" />
      <source>Kies eerst een incident in de lijst.</source>
      <translation>Choose an incident in the list first.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="50" />
      <source>Nu verwijderen…</source>
      <translation>Delete now…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="48" />
      <source>Opschonen</source>
      <translation>Clean up</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="122" />
      <source>Te verwijderen: %1.</source>
      <translation>To be deleted: %1.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="33" />
      <source>Termijnen opslaan</source>
      <translation>Save periods</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="49" />
      <source>Toon wat verwijderd wordt</source>
      <translation>Show what will be deleted</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/retention_tab.py" line="137" />
      <source>Verwijderd; het verwijderlogboek vermeldt aantallen, geen inhoud.</source>
      <translation>Deleted; the deletion log records numbers, no content.</translation>
    </message>
  </context>
  <context>
    <name>ReturnsPanel</name>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="149" />
      <source>&lt;b&gt;Ja&lt;/b&gt;</source>
      <translation>&lt;b&gt;Yes&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="150" />
      <source>&lt;b&gt;Nee&lt;/b&gt;</source>
      <translation>&lt;b&gt;No&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="151" />
      <source>&lt;i&gt;nu&lt;/i&gt;</source>
      <translation>&lt;i&gt;now&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="45" />
      <source>Alles Ja</source>
      <translation>All yes</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="46" />
      <source>Alles Nee</source>
      <translation>All no</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="137" />
      <source>Dit kind kreeg %1 strookjes met dezelfde code, één per adres. Naast de code staat van wie dit strookje is: kies die naam.</source>
      <translation>This child received %1 slips with the same code, one per address. The name beside the code says whose slip this is: choose that name.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="67" />
      <source>Een leeg vakje blijft 'niet ingeleverd': dat is nooit toestemming.</source>
      <translation>An empty box stays 'not returned': that is never consent.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="50" />
      <source>Ontvangen op</source>
      <translation>Received on</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="47" />
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="31" />
      <source>Scan de code op het strookje (of typ hem) en druk op Enter</source>
      <translation>Scan the code on the slip (or type it) and press Enter</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="113" />
      <source>Strookje van %1 opgeslagen. Scan het volgende strookje.</source>
      <translation>Slip of %1 saved. Scan the next slip.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="39" />
      <source>Strookje van:</source>
      <translation>Slip from:</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="169" />
      <source>geen toestemming</source>
      <translation>no consent</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="170" />
      <source>ingetrokken</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="171" />
      <source>niet ingeleverd</source>
      <translation>not returned</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="168" />
      <source>toestemming</source>
      <translation>consent</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/returns_panel.py" line="139" />
      <source>— kies de naam die naast de code staat —</source>
      <translation>— choose the name printed beside the code —</translation>
    </message>
  </context>
  <context>
    <name>RoleDialog</name>
    <message>
      <location filename="../../scope_desk/ui/admin/role_dialog.py" line="27" />
      <source>Gebruikersnaam</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/role_dialog.py" line="41" />
      <source>Groep (alleen leerkracht)</source>
      <translation>Class (teacher only)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/role_dialog.py" line="28" />
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/role_dialog.py" line="17" />
      <source>Nieuw account</source>
      <translation>New account</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/role_dialog.py" line="17" />
      <source>Rol</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/role_dialog.py" line="40" />
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/role_dialog.py" line="29" />
      <source>Tijdelijk wachtwoord</source>
      <translation>Temporary password</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/role_dialog.py" line="35" />
      <source>alle scholen</source>
      <translation>all schools</translation>
    </message>
  </context>
  <context>
    <name>RoundDeadline</name>
    <message>
      <location filename="../../scope_desk/ui/letters/deadline.py" line="26" />
      <source>De inleverdatum is verstreken op %1. Een herinnering noemt die datum nog: kies bij Ronde instellen eerst een nieuwe inleverdatum.</source>
      <translation>The return deadline passed on %1. A reminder still prints that date: first choose a new deadline under Set up round.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/deadline.py" line="22" />
      <source>Er is geen inleverdatum ingesteld (zie Ronde instellen).</source>
      <translation>No return deadline has been set (see Set up round).</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/deadline.py" line="30" />
      <source>Strookjes inleveren vóór %1 (%2).</source>
      <translation>Slips due before %1 (%2).</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/deadline.py" line="29" />
      <source>nog %1 dagen</source>
      <translation>%1 days left</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/deadline.py" line="29" />
      <source>nog 1 dag</source>
      <translation>1 day left</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/deadline.py" line="29" />
      <source>vandaag</source>
      <translation>today</translation>
    </message>
  </context>
  <context>
    <name>RoundSetupPanel</name>
    <message>
      <location filename="../../scope_desk/ui/letters/setup_panel.py" line="54" />
      <source>Brief</source>
      <translation>Letter</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/setup_panel.py" line="52" />
      <source>Categorieën</source>
      <translation>Categories</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/setup_panel.py" line="51" />
      <source>Functie</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/setup_panel.py" line="55" />
      <source>Herinnering</source>
      <translation>Reminder</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/setup_panel.py" line="49" />
      <source>Inleveren vóór</source>
      <translation>Return by</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/setup_panel.py" line="75" />
      <source>Nog geen ronde voor deze school en dit jaar.</source>
      <translation>No round for this school and year yet.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/setup_panel.py" line="50" />
      <source>Ondertekend door</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/setup_panel.py" line="97" />
      <source>Opgeslagen.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/setup_panel.py" line="45" />
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/setup_panel.py" line="42" />
      <source>Plaatshouders in de tekst (een lege regel begint een nieuwe alinea):</source>
      <translation>Placeholders in the text (a blank line starts a new paragraph):</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/letters/setup_panel.py" line="83" />
      <source>U kunt deze ronde alleen bekijken.</source>
      <translation>You can only view this round.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="63" />
      <source> minuten</source>
      <translation> minutes</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="67" />
      <source>Algemeen</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="76" />
      <source>Automatische kopieën bewaren</source>
      <translation>Automatic backups to keep</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="48" />
      <source>Bladeren…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="95" />
      <source>Briefhoofd</source>
      <translation>Letterhead</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="73" />
      <source>Database (bestand of URL)</source>
      <translation>Database (file or URL)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="125" />
      <source>De instellingen konden niet worden opgeslagen: %1</source>
      <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="138" />
      <source>De map van het databasebestand bestaat niet: %1</source>
      <translation>The folder of the database file does not exist: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="145" />
      <source>De map voor reservekopieën bestaat niet: %1</source>
      <translation>The backup folder does not exist: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="77" />
      <source>Een andere database geldt vanaf de volgende start. Het briefhoofd (naam, adres, logo) van elke school staat op het tabblad Briefhoofd.</source>
      <translation>A different database applies from the next start. Each school's letterhead (name, address, logo) is on the Letterhead tab.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="135" />
      <source>Een database-URL begint met sqlite:// of postgresql+psycopg://.</source>
      <translation>A database URL starts with sqlite:// or postgresql+psycopg://.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="53" />
      <source>Elke dag automatisch een reservekopie (bij het starten)</source>
      <translation>An automatic backup every day (at start-up)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="71" />
      <source>Gegevens en reservekopieën</source>
      <translation>Data and backups</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="36" />
      <source>Instellingen</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="74" />
      <source>Map voor reservekopieën</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="69" />
      <source>Taal</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="70" />
      <source>Venster vergrendelen na</source>
      <translation>Lock the window after</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dialogs/settings_dialog.py" line="45" />
      <source>standaard: %1</source>
      <translation>default: %1</translation>
    </message>
  </context>
  <context>
    <name>ValidatingDialog</name>
    <message>
      <location filename="../../scope_desk/ui/incidents/dialog_base.py" line="36" />
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/dialog_base.py" line="35" />
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>WithdrawDialog</name>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="30" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="40" />
      <source>De datum ligt in de toekomst.</source>
      <translation>The date is in the future.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="37" />
      <source>Geef een reden voor het intrekken.</source>
      <translation>Give a reason for withdrawing.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="31" />
      <source>Reden</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_dialogs.py" line="21" />
      <source>Toestemming intrekken</source>
      <translation>Withdraw consent</translation>
    </message>
  </context>
  <context>
    <name>_PreviewWorker</name>
    <message>
      <location filename="../../scope_desk/ui/letters/preview_pane.py" line="41" />
      <source>Het voorbeeld kon niet worden gemaakt (%1).</source>
      <translation>The preview could not be made (%1).</translation>
    </message>
  </context>
  <context>
    <name>admin</name>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="156" />
      <source>(niet zichtbaar voor uw rol)</source>
      <translation>(not visible to your role)</translation>
    </message>
    <message>
      <source>Aangemeld</source>
      <translation>Signed in</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="144" />
      <source>Aangevraagd door</source>
      <translation>Requested by</translation>
    </message>
    <message>
      <source>Aanmelden mislukt</source>
      <translation>Sign-in failed</translation>
    </message>
    <message>
      <source>Account aangemaakt</source>
      <translation>Account created</translation>
    </message>
    <message>
      <source>Account geblokkeerd na mislukte pogingen</source>
      <translation>Account locked after failed attempts</translation>
    </message>
    <message>
      <source>Account ingeschakeld</source>
      <translation>Account enabled</translation>
    </message>
    <message>
      <source>Account uitgeschakeld</source>
      <translation>Account disabled</translation>
    </message>
    <message>
      <source>Afgebeelde leerlingen vastgelegd</source>
      <translation>Depicted pupils recorded</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="147" />
      <source>Afgehandeld</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>Afgemeld</source>
      <translation>Signed out</translation>
    </message>
    <message>
      <source>Betrokkene toegevoegd</source>
      <translation>Person involved added</translation>
    </message>
    <message>
      <source>Betrokkene verwijderd</source>
      <translation>Person involved removed</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="157" />
      <source>Bewaarplicht</source>
      <translation>Legal hold</translation>
    </message>
    <message>
      <source>Bewaarplicht aangezet</source>
      <translation>Legal hold switched on</translation>
    </message>
    <message>
      <source>Bewaarplicht uitgezet</source>
      <translation>Legal hold switched off</translation>
    </message>
    <message>
      <source>Bewaartermijn gewijzigd</source>
      <translation>Retention period changed</translation>
    </message>
    <message>
      <source>Bewijsstuk geopend</source>
      <translation>Evidence opened</translation>
    </message>
    <message>
      <source>Bewijsstuk toegevoegd</source>
      <translation>Evidence added</translation>
    </message>
    <message>
      <source>Briefhoofd van school gewijzigd</source>
      <translation>School letterhead changed</translation>
    </message>
    <message>
      <source>Brieven gemaakt</source>
      <translation>Letters made</translation>
    </message>
    <message>
      <source>Demogegevens gemaakt</source>
      <translation>Demo data made</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="132" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Eerste beheerder aangemaakt</source>
      <translation>First administrator created</translation>
    </message>
    <message>
      <source>Eigen wachtwoord gewijzigd</source>
      <translation>Own password changed</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="128" />
      <source>Gebruiker</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="111" />
      <source>Gebruikersnaam</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="155" />
      <source>Gemeld</source>
      <translation>Reported</translation>
    </message>
    <message>
      <source>Gesprek vastgelegd</source>
      <translation>Conversation recorded</translation>
    </message>
    <message>
      <source>Gespreksverslag gewijzigd</source>
      <translation>Conversation notes changed</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="129" />
      <source>Handeling</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="153" />
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <source>Incident geopend</source>
      <translation>Incident opened</translation>
    </message>
    <message>
      <source>Incident gewijzigd</source>
      <translation>Incident changed</translation>
    </message>
    <message>
      <source>Incident heropend</source>
      <translation>Incident reopened</translation>
    </message>
    <message>
      <source>Incident vastgelegd</source>
      <translation>Incident recorded</translation>
    </message>
    <message>
      <source>Incidentdossier gemaakt</source>
      <translation>Incident dossier made</translation>
    </message>
    <message>
      <source>Inzage-export gemaakt</source>
      <translation>Subject access export made</translation>
    </message>
    <message>
      <source>Inzageverzoek afgehandeld</source>
      <translation>Subject access request completed</translation>
    </message>
    <message>
      <source>Inzageverzoek vastgelegd</source>
      <translation>Subject access request recorded</translation>
    </message>
    <message>
      <source>Jaaroverzicht incidenten gemaakt</source>
      <translation>Yearly incident overview made</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="164" />
      <source>Kenmerk</source>
      <translation>Reference</translation>
    </message>
    <message>
      <source>Klassenlijst toestemmingen gemaakt</source>
      <translation>Consent class sheet made</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="115" />
      <source>Laatst aangemeld</source>
      <translation>Last sign-in</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="131" />
      <source>Leerling</source>
      <translation>Pupil</translation>
    </message>
    <message>
      <source>Leerlingen geïmporteerd</source>
      <translation>Pupils imported</translation>
    </message>
    <message>
      <source>Lezen van het protocol bevestigd</source>
      <translation>Reading of the protocol confirmed</translation>
    </message>
    <message>
      <source>Lijst leesbevestigingen gemaakt</source>
      <translation>Read-confirmation list made</translation>
    </message>
    <message>
      <source>Maatregel vastgelegd</source>
      <translation>Measure recorded</translation>
    </message>
    <message>
      <source>Meegeleverd protocol geïnstalleerd</source>
      <translation>Bundled protocol installed</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="127" />
      <source>Moment</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="112" />
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="145" />
      <source>Ontvangen</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="130" />
      <source>Over</source>
      <translation>About</translation>
    </message>
    <message>
      <source>Platformlijst gewijzigd</source>
      <translation>Platform list changed</translation>
    </message>
    <message>
      <source>Protocolversie ingelezen</source>
      <translation>Protocol version imported</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="113" />
      <source>Rollen</source>
      <translation>Roles</translation>
    </message>
    <message>
      <source>Rollen gewijzigd</source>
      <translation>Roles changed</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="154" />
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <source>School aangemaakt</source>
      <translation>School created</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="166" />
      <source>Sinds</source>
      <translation>Since</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="163" />
      <source>Soort</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="114" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Status van incident gewijzigd</source>
      <translation>Incident status changed</translation>
    </message>
    <message>
      <source>Terugkoppeling afgevinkt</source>
      <translation>Check-back ticked off</translation>
    </message>
    <message>
      <source>Tijdlijn van een leerling geopend</source>
      <translation>Pupil timeline opened</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="156" />
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Toestemming vastgelegd</source>
      <translation>Consent recorded</translation>
    </message>
    <message>
      <source>Toestemmingen geëxporteerd</source>
      <translation>Consent exported</translation>
    </message>
    <message>
      <source>Toestemmingen overgenomen van vorig jaar</source>
      <translation>Consent carried over from last year</translation>
    </message>
    <message>
      <source>Toestemmingscategorie hernoemd</source>
      <translation>Consent category renamed</translation>
    </message>
    <message>
      <source>Toestemmingscategorie toegevoegd</source>
      <translation>Consent category added</translation>
    </message>
    <message>
      <source>Toestemmingscategorieën bewerkt</source>
      <translation>Consent categories edited</translation>
    </message>
    <message>
      <source>Toestemmingscategorieën herschikt</source>
      <translation>Consent categories reordered</translation>
    </message>
    <message>
      <source>Toestemmingsronde geopend</source>
      <translation>Consent round opened</translation>
    </message>
    <message>
      <source>Toestemmingsronde gewijzigd</source>
      <translation>Consent round changed</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="146" />
      <source>Uiterlijk</source>
      <translation>Due by</translation>
    </message>
    <message>
      <source>Vergrendeld na stilstand</source>
      <translation>Locked after inactivity</translation>
    </message>
    <message>
      <source>Vergrendeltijd ingesteld</source>
      <translation>Lock time set</translation>
    </message>
    <message>
      <source>Verlopen gegevens verwijderd</source>
      <translation>Expired data removed</translation>
    </message>
    <message>
      <source>Voorbeeldbrief gemaakt</source>
      <translation>Sample letter made</translation>
    </message>
    <message>
      <source>Wachtwoord opnieuw ingesteld</source>
      <translation>Password reset</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="114" />
      <source>actief</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="103" />
      <source>alle scholen</source>
      <translation>all schools</translation>
    </message>
    <message>
      <source>anti-pestcoördinator / vertrouwenspersoon</source>
      <translation>anti-bullying coordinator / confidential adviser</translation>
    </message>
    <message>
      <source>beheerder</source>
      <translation>administrator</translation>
    </message>
    <message>
      <source>bestuur</source>
      <translation>board</translation>
    </message>
    <message>
      <source>betrokkenheid bij incidenten (geanonimiseerd)</source>
      <translation>involvement in incidents (anonymised)</translation>
    </message>
    <message>
      <source>directeur</source>
      <translation>principal</translation>
    </message>
    <message>
      <source>incidenten</source>
      <translation>incidents</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="157" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>leerkracht</source>
      <translation>teacher</translation>
    </message>
    <message>
      <source>leerlingen</source>
      <translation>pupils</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="157" />
      <source>nee</source>
      <translation>no</translation>
    </message>
    <message>
      <source>ouders/verzorgers</source>
      <translation>parents/guardians</translation>
    </message>
    <message>
      <source>reservekopieën</source>
      <translation>backups</translation>
    </message>
    <message>
      <source>toestemmingskeuzes</source>
      <translation>consent decisions</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/admin/models.py" line="114" />
      <source>uitgeschakeld</source>
      <translation>disabled</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../scope_desk/app.py" line="210" />
      <source>Automatische reservekopie gemaakt: %1</source>
      <translation>Automatic backup made: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/app.py" line="207" />
      <source>Automatische reservekopie mislukt: %1</source>
      <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/app.py" line="182" />
      <source>Demo: automatisch aangemeld als %1 (wachtwoord van alle demo-accounts: demo-wachtwoord)</source>
      <translation>Demo: signed in automatically as %1 (password of all demo accounts: demo-wachtwoord)</translation>
    </message>
  </context>
  <context>
    <name>consent</name>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="98" />
      <source>%1 niet ingeleverd</source>
      <translation>%1 not returned</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="123" />
      <source>(telt niet: geen gezag)</source>
      <translation>(does not count: no parental authority)</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="23" />
      <source>Beeld &amp;
geluid</source>
      <translation>Video &amp;
sound</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="111" />
      <source>Categorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="111" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="130" />
      <source>Deze ouder/verzorger heeft geen gezag: het antwoord is bewaard maar telt niet mee.</source>
      <translation>This parent/guardian has no parental authority: the answer is kept but does not count.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="82" />
      <source>Groep</source>
      <translation>Class</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="82" />
      <source>Ingel.</source>
      <translation>Ret.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="111" />
      <source>Keuze · via · door</source>
      <translation>Answer · via · by</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="82" />
      <source>Leerl.</source>
      <translation>Pupils</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="85" />
      <source>Leerlingen in de groep</source>
      <translation>Pupils in the class</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="86" />
      <source>Leerlingen met minstens één weigering of intrekking</source>
      <translation>Pupils with at least one refusal or withdrawal</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="87" />
      <source>Leerlingen van wie de ouders het oneens zijn</source>
      <translation>Pupils whose parents disagree</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="85" />
      <source>Leerlingen van wie een antwoord is ingeleverd</source>
      <translation>Pupils whose answer was returned</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="21" />
      <source>Nieuws-
brief</source>
      <translation>News-
letter</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="23" />
      <source>Onder-
zoek</source>
      <translation>Re-
search</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="82" />
      <source>Oneens</source>
      <translation>Disagree</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="22" />
      <source>Ouder-
app</source>
      <translation>Parent
app</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="22" />
      <source>Pers</source>
      <translation>Press</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="21" />
      <source>School-
gids</source>
      <translation>School
guide</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="22" />
      <source>Social
media</source>
      <translation>Social
media</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="21" />
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="82" />
      <source>Weig.</source>
      <translation>Ref.</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>email</translation>
    </message>
    <message>
      <source>geen toestemming</source>
      <translation>no consent</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="125" />
      <source>gezin</source>
      <translation>family</translation>
    </message>
    <message>
      <source>ingetrokken</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <source>niet ingeleverd</source>
      <translation>not returned</translation>
    </message>
    <message>
      <source>ouderapp</source>
      <translation>parent app</translation>
    </message>
    <message>
      <source>overgenomen van vorig jaar</source>
      <translation>carried over from last year</translation>
    </message>
    <message>
      <source>papier</source>
      <translation>paper</translation>
    </message>
    <message>
      <source>persoonlijk</source>
      <translation>in person</translation>
    </message>
    <message>
      <source>systeem</source>
      <translation>system</translation>
    </message>
    <message>
      <source>telefoon</source>
      <translation>phone</translation>
    </message>
    <message>
      <source>toestemming</source>
      <translation>consent</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_tables.py" line="127" />
      <source>vastgelegd door %1 op %2</source>
      <translation>recorded by %1 on %2</translation>
    </message>
  </context>
  <context>
    <name>dashboard</name>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="190" />
      <source>%1 dagen te laat</source>
      <translation>%1 days overdue</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_classes.py" line="92" />
      <source>%1 heeft in dit schooljaar nog geen toestemmingsronde.</source>
      <translation>%1 has no consent round in this school year yet.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="182" />
      <source>%1 van %2 leerlingen hebben alle %3 keuzes ingeleverd</source>
      <translation>%1 of %2 pupils returned all %3 choices</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="190" />
      <source>1 dag te laat</source>
      <translation>1 day overdue</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_classes.py" line="44" />
      <source>Deels</source>
      <translation>Partial</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="210" />
      <source>Gesprek van</source>
      <translation>Conversation of</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_classes.py" line="41" />
      <source>Groep</source>
      <translation>Class</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="208" />
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_classes.py" line="87" />
      <source>Klik op een school in de tabel hierboven: hier ziet u dan per groep wie het strookje inleverde.</source>
      <translation>Click a school in the table above to see here, per class, who returned the slip.</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_classes.py" line="42" />
      <source>Leerlingen</source>
      <translation>Pupils</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_classes.py" line="45" />
      <source>Niets ingeleverd</source>
      <translation>Nothing returned</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="158" />
      <source>Open incidenten</source>
      <translation>Open incidents</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_classes.py" line="69" />
      <source>Per groep</source>
      <translation>Per class</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_classes.py" line="90" />
      <source>Per groep · %1</source>
      <translation>Per class · %1</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="147" />
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="206" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="205" />
      <source>Terugkoppelen op</source>
      <translation>Check back on</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_classes.py" line="43" />
      <source>Volledig</source>
      <translation>Complete</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_classes.py" line="46" />
      <source>Voortgang</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="165" />
      <source>geen ronde</source>
      <translation>no round</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="194" />
      <source>morgen</source>
      <translation>tomorrow</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="195" />
      <source>over %1 dagen</source>
      <translation>in %1 days</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/dashboard_models.py" line="192" />
      <source>vandaag</source>
      <translation>today</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../scope_desk/ui/consent_import/plan_model.py" line="50" />
      <source>Groep</source>
      <translation>Class</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/plan_model.py" line="50" />
      <source>Leerlingnummer</source>
      <translation>Pupil number</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/plan_model.py" line="50" />
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/plan_model.py" line="50" />
      <source>Regel</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/plan_model.py" line="50" />
      <source>Toelichting</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/plan_model.py" line="50" />
      <source>Wat</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/plan_model.py" line="23" />
      <source>afgewezen</source>
      <translation>rejected</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/plan_model.py" line="22" />
      <source>gewijzigd</source>
      <translation>changed</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/plan_model.py" line="22" />
      <source>nieuw</source>
      <translation>new</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/plan_model.py" line="43" />
      <source>staat niet in de volledige export</source>
      <translation>not in the full export</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/consent_import/plan_model.py" line="22" />
      <source>vertrokken</source>
      <translation>left</translation>
    </message>
  </context>
  <context>
    <name>incidents</name>
    <message>
      <source>Aangifte bij de politie</source>
      <translation>Police report</translation>
    </message>
    <message>
      <source>Afgesloten</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Alleen de directeur</source>
      <translation>Principal only</translation>
    </message>
    <message>
      <source>Anderszins schade toebrengen</source>
      <translation>Otherwise causing harm</translation>
    </message>
    <message>
      <source>Bedreigen</source>
      <translation>Threatening</translation>
    </message>
    <message>
      <source>Beeldmateriaal zonder toestemming</source>
      <translation>Images without consent</translation>
    </message>
    <message>
      <source>Belasteren / zwartmaken</source>
      <translation>Defaming / slandering</translation>
    </message>
    <message>
      <source>Bericht verwijderd</source>
      <translation>Post removed</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="187" />
      <source>Besloten door</source>
      <translation>Decided by</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="195" />
      <source>Bestand</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="188" />
      <source>Betreft</source>
      <translation>Concerns</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="229" />
      <source>Bijzonderheden</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Buitenstaander</source>
      <translation>Outsider</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="122" />
      <source>Categorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="196" />
      <source>Controle</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="185" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="175" />
      <source>Datum en tijd</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="179" />
      <source>Deelnemers</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Directeur en anti-pestcoördinator</source>
      <translation>Principal and anti-bullying coordinator</translation>
    </message>
    <message>
      <source>Doelwit</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="124" />
      <source>Ernst</source>
      <translation>Severity</translation>
    </message>
    <message>
      <source>Ernstig</source>
      <translation>Serious</translation>
    </message>
    <message>
      <source>GEWIJZIGD</source>
      <translation>ALTERED</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="207" />
      <source>Geplaatst</source>
      <translation>Posted</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="227" />
      <source>Gesprek</source>
      <translation>Conversation</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="218" />
      <source>Gesprek van</source>
      <translation>Conversation of</translation>
    </message>
    <message>
      <source>Getuige</source>
      <translation>Witness</translation>
    </message>
    <message>
      <source>In behandeling</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="217" />
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="206" />
      <source>Kanaal</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Kwetsen</source>
      <translation>Hurting</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="205" />
      <source>Leerling</source>
      <translation>Pupil</translation>
    </message>
    <message>
      <source>Leerlingen</source>
      <translation>Pupils</translation>
    </message>
    <message>
      <source>Licht</source>
      <translation>Minor</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="186" />
      <source>Maatregel</source>
      <translation>Measure</translation>
    </message>
    <message>
      <source>Maatregel conform de CAO</source>
      <translation>Measure under the collective labour agreement</translation>
    </message>
    <message>
      <source>Medewerker</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <source>Melder</source>
      <translation>Reporter</translation>
    </message>
    <message>
      <source>Melding bij Veilig Thuis</source>
      <translation>Report to Veilig Thuis</translation>
    </message>
    <message>
      <source>Middel</source>
      <translation>Moderate</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="166" />
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nieuw</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="116" />
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>ONTBREEKT</source>
      <translation>MISSING</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="118" />
      <source>Omschrijving</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Ouder/verzorger</source>
      <translation>Parent/guardian</translation>
    </message>
    <message>
      <source>Ouders geïnformeerd</source>
      <translation>Parents informed</translation>
    </message>
    <message>
      <source>Overig</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Personeel (conform de CAO)</source>
      <translation>Staff (under the collective labour agreement)</translation>
    </message>
    <message>
      <source>Persoonlijk (op school)</source>
      <translation>In person (at school)</translation>
    </message>
    <message>
      <source>Pesten</source>
      <translation>Bullying</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="123" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <source>Pleger</source>
      <translation>Perpetrator</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="168" />
      <source>Rol</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="198" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Schade aan de goede naam van de school</source>
      <translation>Damage to the school's reputation</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="125" />
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <source>Schorsing</source>
      <translation>Suspension</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="167" />
      <source>Soort</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Stalken</source>
      <translation>Stalking</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="119" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Telefonisch</source>
      <translation>By phone</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="121" />
      <source>Terugkomen</source>
      <translation>Check back</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="199" />
      <source>Toegevoegd</source>
      <translation>Added</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="169" />
      <source>Toelichting</source>
      <translation>Explanation</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="208" />
      <source>Toestemming op die datum</source>
      <translation>Consent on that date</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="219" />
      <source>Vastgelegd door</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="178" />
      <source>Versies</source>
      <translation>Versions</translation>
    </message>
    <message>
      <source>Vertrouwelijke informatie gepubliceerd</source>
      <translation>Confidential information published</translation>
    </message>
    <message>
      <source>Verwijdering</source>
      <translation>Expulsion</translation>
    </message>
    <message>
      <source>Videogesprek</source>
      <translation>Video call</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="117" />
      <source>Voorval</source>
      <translation>Occurred</translation>
    </message>
    <message>
      <source>Waarschuwing</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../../scope_desk/ui/incidents/models.py" line="227" />
      <source>Wat</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Zeer ernstig</source>
      <translation>Very serious</translation>
    </message>
    <message>
      <source>gecontroleerd</source>
      <translation>verified</translation>
    </message>
    <message>
      <source>geen toestemming (geweigerd)</source>
      <translation>no consent (refused)</translation>
    </message>
    <message>
      <source>geen toestemming (ingetrokken)</source>
      <translation>no consent (withdrawn)</translation>
    </message>
    <message>
      <source>geen toestemming (niet ingeleverd)</source>
      <translation>no consent (not returned)</translation>
    </message>
    <message>
      <source>toestemming</source>
      <translation>consent</translation>
    </message>
  </context>
  <context>
    <name>pages</name>
    <message>
      <source>Beheer</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Brieven</source>
      <translation>Letters</translation>
    </message>
    <message>
      <source>Incidenten</source>
      <translation>Incidents</translation>
    </message>
    <message>
      <source>Overzicht</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>Protocol</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <source>Toestemmingen</source>
      <translation>Consent</translation>
    </message>
  </context>
</TS>
