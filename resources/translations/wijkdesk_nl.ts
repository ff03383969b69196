<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>BijeenkomstView</name>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="45" />
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="52" />
      <source>Bijeenkomsten</source>
      <translation>Bijeenkomsten</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="47" />
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="266" />
      <source>New bijeenkomst</source>
      <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="49" />
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="72" />
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="73" />
      <source>&amp;Date</source>
      <translation>&amp;Datum</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="74" />
      <source>&amp;Place</source>
      <translation>&amp;Plaats</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="75" />
      <source>C&amp;hair</source>
      <translation>&amp;Voorzitter</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="76" />
      <source>&amp;Minute-taker</source>
      <translation>&amp;Notulist</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="77" />
      <source>&amp;Format</source>
      <translation>&amp;Werkvorm</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="88" />
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="120" />
      <source>Round</source>
      <translation>Ronde</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="90" />
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="291" />
      <source>New round</source>
      <translation>Nieuwe ronde</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="100" />
      <source>Insights of this round</source>
      <translation>Inzichten van deze ronde</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="103" />
      <source>Table</source>
      <translation>Tafel</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="106" />
      <source>Type what is said and press Enter</source>
      <translation>Typ wat er gezegd wordt en druk op Enter</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="107" />
      <source>New insight</source>
      <translation>Nieuw inzicht</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="116" />
      <source>The board with cards, clusters and dot-voting comes in a next version.</source>
      <translation>Het bord met kaartjes, clusters en stickerstemmen komt in een volgende versie.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="209" />
      <source>Table %n</source>
      <translation>
        <numerusform>Tafel %n</numerusform>
        <numerusform>Tafel %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="214" />
      <source>(no prompt)</source>
      <translation>(geen vraag)</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="233" />
      <source>Table %1: %2</source>
      <translation>Tafel %1: %2</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="259" />
      <source>Change bijeenkomst</source>
      <translation>Bijeenkomst wijzigen</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="267" />
      <source>Bewonersavond</source>
      <translation>Bewonersavond</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="282" />
      <source>Delete bijeenkomst</source>
      <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="292" />
      <source>What makes this wijk worth living in?</source>
      <translation>Wat maakt deze wijk de moeite waard?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="314" />
      <source>This text is longer than %n characters; shorten it.</source>
      <translation>
        <numerusform>Deze tekst is langer dan %n teken; maak hem korter.</numerusform>
        <numerusform>Deze tekst is langer dan %n tekens; maak hem korter.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="317" />
      <source>Add insight</source>
      <translation>Inzicht toevoegen</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="330" />
      <source>Delete insight</source>
      <translation>Inzicht verwijderen</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <location filename="../../wijkdesk/cli.py" line="69" />
      <source>Demo project written to {path}</source>
      <translation>Demoproject geschreven naar {path}</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/cli.py" line="91" />
      <source>OK: {path} is a valid wijkdesk project (format {version}, {records} records, {ops} changes, {conflicts} conflicts)</source>
      <translation>OK: {path} is een geldig wijkdesk-project (formaat {version}, {records} gegevens, {ops} wijzigingen, {conflicts} conflicten)</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/cli.py" line="106" />
      <source>Imported {n} insights ({clusters} new clusters, {votes} votes)</source>
      <translation>{n} inzichten geïmporteerd ({clusters} nieuwe clusters, {votes} stemmen)</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../wijkdesk/messages.py" line="16" />
      <source>The file {path} does not exist.</source>
      <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="17" />
      <source>{path} is a folder, not a wijkdesk project file.</source>
      <translation>{path} is een map, geen wijkdesk-projectbestand.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="18" />
      <source>The file {path} cannot be read: {reason}.</source>
      <translation>Het bestand {path} kan niet gelezen worden: {reason}.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="19" />
      <source>{path} is not a wijkdesk project file (it is not a database).</source>
      <translation>{path} is geen wijkdesk-projectbestand (het is geen database).</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="21" />
      <source>{path} is a database of another application, not a wijkdesk project.</source>
      <translation>{path} is een database van een ander programma, geen wijkdesk-project.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="23" />
      <source>{path} was made by a newer version of wijkdesk (file format {found}; this version reads up to {supported}). Update wijkdesk to open it; the file was not changed.</source>
      <translation>{path} is gemaakt met een nieuwere versie van wijkdesk (bestandsformaat {found}; deze versie leest tot en met {supported}). Werk wijkdesk bij om het te openen; het bestand is niet veranderd.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="27" />
      <source>{path} is damaged and cannot be opened safely ({reason}).</source>
      <translation>{path} is beschadigd en kan niet veilig geopend worden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="28" />
      <source>{path} does not have the structure of a wijkdesk project ({reason}).</source>
      <translation>{path} heeft niet de opbouw van een wijkdesk-project ({reason}).</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="30" />
      <source>The file {path} already exists.</source>
      <translation>Het bestand {path} bestaat al.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="31" />
      <source>Could not write {path}: {reason}. Nothing was changed.</source>
      <translation>Kon {path} niet schrijven: {reason}. Er is niets veranderd.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="33" />
      <source>The field '{field}' needs a value.</source>
      <translation>Het veld '{field}' moet een waarde hebben.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="34" />
      <source>The field '{field}' needs {expected}.</source>
      <translation>Het veld '{field}' verwacht {expected}.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="35" />
      <source>The text for '{field}' is longer than {limit} characters.</source>
      <translation>De tekst voor '{field}' is langer dan {limit} tekens.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="37" />
      <source>'{value}' in '{field}' is not a date (use YYYY-MM-DD).</source>
      <translation>'{value}' in '{field}' is geen datum (gebruik JJJJ-MM-DD).</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="38" />
      <source>'{value}' is not a valid choice for '{field}'.</source>
      <translation>'{value}' is geen geldige keuze voor '{field}'.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="39" />
      <source>{value} is out of range for '{field}'.</source>
      <translation>{value} valt buiten het bereik van '{field}'.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="40" />
      <source>'{field}' is not a field of {kind}.</source>
      <translation>'{field}' is geen veld van {kind}.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="41" />
      <source>'{kind}' is not a kind of record.</source>
      <translation>'{kind}' is geen soort gegeven.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="42" />
      <source>There is no {kind} with id {id}.</source>
      <translation>Er is geen {kind} met id {id}.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="43" />
      <source>The {field} of this {kind} points to nothing that exists.</source>
      <translation>Het veld {field} van deze {kind} verwijst naar iets dat niet bestaat.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="45" />
      <source>A person's name may only be stored with their consent.</source>
      <translation>Een naam van een persoon mag alleen worden opgeslagen met diens toestemming.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="47" />
      <source>The CSV file {path} is empty.</source>
      <translation>Het CSV-bestand {path} is leeg.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="48" />
      <source>The CSV file {path} has no column for the text (name it 'tekst' or 'text').</source>
      <translation>Het CSV-bestand {path} heeft geen kolom voor de tekst (noem die 'tekst' of 'text').</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="50" />
      <source>Line {line} of {path}: {reason}</source>
      <translation>Regel {line} van {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="51" />
      <source>The CSV file {path} is not in a known character encoding.</source>
      <translation>Het CSV-bestand {path} heeft geen bekende tekencodering.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="53" />
      <source>There is no bijeenkomst '{session}' in this project.</source>
      <translation>Er is geen bijeenkomst '{session}' in dit project.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="54" />
      <source>This project has no bijeenkomst to put the insights in.</source>
      <translation>Dit project heeft geen bijeenkomst om de inzichten in te zetten.</translation>
    </message>
  </context>
  <context>
    <name>Interaction</name>
    <message>
      <location filename="../../wijkdesk/ui/interaction.py" line="14" />
      <source>wijkdesk projects (*.wijkdesk)</source>
      <translation>wijkdesk-projecten (*.wijkdesk)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="60" />
      <source>Views</source>
      <extracomment>emitted once, after the window's first paint (start-up benchmark, tests)</extracomment>
      <translation>Weergaven</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="68" />
      <location filename="../../wijkdesk/ui/main_window.py" line="81" />
      <source>Stakeholders</source>
      <translation>Belanghebbenden</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="69" />
      <source>The network view and the power/interest grid come in a next version.</source>
      <translation>Het netwerk en het invloed/belang-schema komen in een volgende versie.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="70" />
      <source>{n} stakeholders</source>
      <translation>{n} belanghebbenden</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="70" />
      <source>{n} relations</source>
      <translation>{n} relaties</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="72" />
      <location filename="../../wijkdesk/ui/main_window.py" line="82" />
      <source>Timeline</source>
      <translation>Tijdlijn</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="73" />
      <source>The timeline with the denk-spoor and the doe-spoor comes in a next version.</source>
      <translation>De tijdlijn met het denk-spoor en het doe-spoor komt in een volgende versie.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="74" />
      <source>{n} steps on the timeline</source>
      <translation>{n} stappen op de tijdlijn</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="75" />
      <source>{n} dependencies</source>
      <translation>{n} afhankelijkheden</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="77" />
      <location filename="../../wijkdesk/ui/main_window.py" line="83" />
      <source>Minutes</source>
      <translation>Verslag</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="78" />
      <source>The minutes (verslag) and their PDF export come in a next version.</source>
      <translation>Het verslag en de PDF-export komen in een volgende versie.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="79" />
      <source>{n} agreements</source>
      <translation>{n} afspraken</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="79" />
      <source>{n} action points</source>
      <translation>{n} actiepunten</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="80" />
      <source>Bijeenkomst</source>
      <translation>Bijeenkomst</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="109" />
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="110" />
      <source>&amp;New project…</source>
      <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="112" />
      <source>&amp;Open…</source>
      <translation>&amp;Openen…</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="114" />
      <source>Open &amp;recent</source>
      <translation>&amp;Recent geopend</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="115" />
      <source>Open the &amp;demo project</source>
      <translation>&amp;Demoproject openen</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="117" />
      <source>Save a &amp;copy as…</source>
      <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="119" />
      <source>&amp;Close project</source>
      <translation>Project &amp;sluiten</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="122" />
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="124" />
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="125" />
      <source>&amp;Undo</source>
      <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="127" />
      <source>&amp;Redo</source>
      <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="132" />
      <source>&amp;View</source>
      <translation>Bee&amp;ld</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="140" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="141" />
      <source>&amp;About wijkdesk</source>
      <translation>&amp;Over wijkdesk</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="159" />
      <location filename="../../wijkdesk/ui/main_window.py" line="169" />
      <location filename="../../wijkdesk/ui/main_window.py" line="254" />
      <source>Not saved</source>
      <translation>Niet opgeslagen</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="173" />
      <source>Saved at %1</source>
      <translation>Opgeslagen om %1</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="200" />
      <source>Cannot open project</source>
      <translation>Project kan niet geopend worden</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="207" />
      <source>Open project</source>
      <translation>Project openen</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="213" />
      <source>New project</source>
      <translation>Nieuw project</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="222" />
      <source>First bewonersavond</source>
      <translation>Eerste bewonersavond</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="226" />
      <source>What makes this wijk worth living in?</source>
      <translation>Wat maakt deze wijk de moeite waard?</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="228" />
      <location filename="../../wijkdesk/ui/main_window.py" line="239" />
      <source>Cannot create project</source>
      <translation>Project kan niet gemaakt worden</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="248" />
      <source>Save a copy as</source>
      <translation>Kopie opslaan als</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="256" />
      <source>Copy saved as %1</source>
      <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="264" />
      <source>About wijkdesk</source>
      <translation>Over wijkdesk</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="265" />
      <source>wijkdesk %1 — for facilitators of bewonersavonden. Works without internet. Licence: EUPL-1.2.</source>
      <translation>wijkdesk %1 — voor procesbegeleiders van bewonersavonden. Werkt zonder internet. Licentie: EUPL-1.2.</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="34" />
      <source>Welcome to wijkdesk</source>
      <extracomment>the user asked for a new project the user asked to open a file through a dialog the user asked for the demo project the user picked a recent project (its path)</extracomment>
      <translation>Welkom bij wijkdesk</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="41" />
      <source>wijkdesk helps you run a bewonersavond: collect what residents say, cluster and vote on it, map the stakeholders and plan both tracks on a timeline. It works without internet, and afterwards you merge the table laptops' files and export the minutes.</source>
      <translation>wijkdesk helpt je een bewonersavond te begeleiden: verzamel wat bewoners zeggen, orden en kies samen, breng de belanghebbenden in beeld en zet beide sporen op een tijdlijn. Het werkt zonder internet; na afloop voeg je de bestanden van de tafellaptops samen en maak je het verslag.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="46" />
      <source>&amp;New project…</source>
      <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="47" />
      <source>&amp;Open…</source>
      <translation>&amp;Openen…</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="48" />
      <source>View the &amp;demo</source>
      <translation>&amp;Demo bekijken</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="55" />
      <location filename="../../wijkdesk/ui/welcome.py" line="69" />
      <source>Recent projects</source>
      <translation>Recente projecten</translation>
    </message>
  </context>
</TS>
