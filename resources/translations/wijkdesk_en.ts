<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
      <translation>New bijeenkomst</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="49" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="72" />
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="73" />
      <source>&amp;Date</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="74" />
      <source>&amp;Place</source>
      <translation>&amp;Place</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="75" />
      <source>C&amp;hair</source>
      <translation>C&amp;hair</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="76" />
      <source>&amp;Minute-taker</source>
      <translation>&amp;Minute-taker</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="77" />
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="88" />
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="120" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="90" />
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="291" />
      <source>New round</source>
      <translation>New round</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="100" />
      <source>Insights of this round</source>
      <translation>Insights of this round</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="103" />
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="106" />
      <source>Type what is said and press Enter</source>
      <translation>Type what is said and press Enter</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="107" />
      <source>New insight</source>
      <translation>New insight</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="116" />
      <source>The board with cards, clusters and dot-voting comes in a next version.</source>
      <translation>The board with cards, clusters and dot-voting comes in a next version.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="209" />
      <source>Table %n</source>
      <translation>
        <numerusform>Table %n</numerusform>
        <numerusform>Table %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="214" />
      <source>(no prompt)</source>
      <translation>(no prompt)</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="233" />
      <source>Table %1: %2</source>
      <translation>Table %1: %2</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="259" />
      <source>Change bijeenkomst</source>
      <translation>Change bijeenkomst</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="267" />
      <source>Bewonersavond</source>
      <translation>Bewonersavond</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="282" />
      <source>Delete bijeenkomst</source>
      <translation>Delete bijeenkomst</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="292" />
      <source>What makes this wijk worth living in?</source>
      <translation>What makes this wijk worth living in?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="314" />
      <source>This text is longer than %n characters; shorten it.</source>
      <translation>
        <numerusform>This text is longer than %n characters; shorten it.</numerusform>
        <numerusform>This text is longer than %n characters; shorten it.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="317" />
      <source>Add insight</source>
      <translation>Add insight</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="330" />
      <source>Delete insight</source>
      <translation>Delete insight</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <location filename="../../wijkdesk/cli.py" line="69" />
      <source>Demo project written to {path}</source>
      <translation>Demo project written to {path}</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/cli.py" line="91" />
      <source>OK: {path} is a valid wijkdesk project (format {version}, {records} records, {ops} changes, {conflicts} conflicts)</source>
      <translation>OK: {path} is a valid wijkdesk project (format {version}, {records} records, {ops} changes, {conflicts} conflicts)</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/cli.py" line="106" />
      <source>Imported {n} insights ({clusters} new clusters, {votes} votes)</source>
      <translation>Imported {n} insights ({clusters} new clusters, {votes} votes)</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../wijkdesk/messages.py" line="16" />
      <source>The file {path} does not exist.</source>
      <translation>The file {path} does not exist.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="17" />
      <source>{path} is a folder, not a wijkdesk project file.</source>
      <translation>{path} is a folder, not a wijkdesk project file.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="18" />
      <source>The file {path} cannot be read: {reason}.</source>
      <translation>The file {path} cannot be read: {reason}.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="19" />
      <source>{path} is not a wijkdesk project file (it is not a database).</source>
      <translation>{path} is not a wijkdesk project file (it is not a database).</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="21" />
      <source>{path} is a database of another application, not a wijkdesk project.</source>
      <translation>{path} is a database of another application, not a wijkdesk project.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="23" />
      <source>{path} was made by a newer version of wijkdesk (file format {found}; this version reads up to {supported}). Update wijkdesk to open it; the file was not changed.</source>
      <translation>{path} was made by a newer version of wijkdesk (file format {found}; this version reads up to {supported}). Update wijkdesk to open it; the file was not changed.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="27" />
      <source>{path} is damaged and cannot be opened safely ({reason}).</source>
      <translation>{path} is damaged and cannot be opened safely ({reason}).</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="28" />
      <source>{path} does not have the structure of a wijkdesk project ({reason}).</source>
      <translation>{path} does not have the structure of a wijkdesk project ({reason}).</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="30" />
      <source>The file {path} already exists.</source>
      <translation>The file {path} already exists.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="31" />
      <source>Could not write {path}: {reason}. Nothing was changed.</source>
      <translation>Could not write {path}: {reason}. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="33" />
      <source>The field '{field}' needs a value.</source>
      <translation>The field '{field}' needs a value.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="34" />
      <source>The field '{field}' needs {expected}.</source>
      <translation>The field '{field}' needs {expected}.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="35" />
      <source>The text for '{field}' is longer than {limit} characters.</source>
      <translation>The text for '{field}' is longer than {limit} characters.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="37" />
      <source>'{value}' in '{field}' is not a date (use YYYY-MM-DD).</source>
      <translation>'{value}' in '{field}' is not a date (use YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="38" />
      <source>'{value}' is not a valid choice for '{field}'.</source>
      <translation>'{value}' is not a valid choice for '{field}'.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="39" />
      <source>{value} is out of range for '{field}'.</source>
      <translation>{value} is out of range for '{field}'.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="40" />
      <source>'{field}' is not a field of {kind}.</source>
      <translation>'{field}' is not a field of {kind}.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="41" />
      <source>'{kind}' is not a kind of record.</source>
      <translation>'{kind}' is not a kind of record.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="42" />
      <source>There is no {kind} with id {id}.</source>
      <translation>There is no {kind} with id {id}.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="43" />
      <source>The {field} of this {kind} points to nothing that exists.</source>
      <translation>The {field} of this {kind} points to nothing that exists.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="45" />
      <source>A person's name may only be stored with their consent.</source>
      <translation>A person's name may only be stored with their consent.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="47" />
      <source>The CSV file {path} is empty.</source>
      <translation>The CSV file {path} is empty.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="48" />
      <source>The CSV file {path} has no column for the text (name it 'tekst' or 'text').</source>
      <translation>The CSV file {path} has no column for the text (name it 'tekst' or 'text').</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="50" />
      <source>Line {line} of {path}: {reason}</source>
      <translation>Line {line} of {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="51" />
      <source>The CSV file {path} is not in a known character encoding.</source>
      <translation>The CSV file {path} is not in a known character encoding.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="53" />
      <source>There is no bijeenkomst '{session}' in this project.</source>
      <translation>There is no bijeenkomst '{session}' in this project.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/messages.py" line="54" />
      <source>This project has no bijeenkomst to put the insights in.</source>
      <translation>This project has no bijeenkomst to put the insights in.</translation>
    </message>
  </context>
  <context>
    <name>Interaction</name>
    <message>
      <location filename="../../wijkdesk/ui/interaction.py" line="14" />
      <source>wijkdesk projects (*.wijkdesk)</source>
      <translation>wijkdesk projects (*.wijkdesk)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="60" />
      <source>Views</source>
      <extracomment>emitted once, after the window's first paint (start-up benchmark, tests)</extracomment>
      <translation>Views</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="68" />
      <location filename="../../wijkdesk/ui/main_window.py" line="81" />
      <source>Stakeholders</source>
      <translation>Stakeholders</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="69" />
      <source>The network view and the power/interest grid come in a next version.</source>
      <translation>The network view and the power/interest grid come in a next version.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="70" />
      <source>{n} stakeholders</source>
      <translation>{n} stakeholders</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="70" />
      <source>{n} relations</source>
      <translation>{n} relations</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="72" />
      <location filename="../../wijkdesk/ui/main_window.py" line="82" />
      <source>Timeline</source>
      <translation>Timeline</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="73" />
      <source>The timeline with the denk-spoor and the doe-spoor comes in a next version.</source>
      <translation>The timeline with the denk-spoor and the doe-spoor comes in a next version.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="74" />
      <source>{n} steps on the timeline</source>
      <translation>{n} steps on the timeline</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="75" />
      <source>{n} dependencies</source>
      <translation>{n} dependencies</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="77" />
      <location filename="../../wijkdesk/ui/main_window.py" line="83" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="78" />
      <source>The minutes (verslag) and their PDF export come in a next version.</source>
      <translation>The minutes (verslag) and their PDF export come in a next version.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="79" />
      <source>{n} agreements</source>
      <translation>{n} agreements</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="79" />
      <source>{n} action points</source>
      <translation>{n} action points</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="80" />
      <source>Bijeenkomst</source>
      <translation>Bijeenkomst</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="109" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="110" />
      <source>&amp;New project…</source>
      <translation>&amp;New project…</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="112" />
      <source>&amp;Open…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="114" />
      <source>Open &amp;recent</source>
      <translation>Open &amp;recent</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="115" />
      <source>Open the &amp;demo project</source>
      <translation>Open the &amp;demo project</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="117" />
      <source>Save a &amp;copy as…</source>
      <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="119" />
      <source>&amp;Close project</source>
      <translation>&amp;Close project</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="122" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="124" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="125" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="127" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="132" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="140" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="141" />
      <source>&amp;About wijkdesk</source>
      <translation>&amp;About wijkdesk</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="159" />
      <location filename="../../wijkdesk/ui/main_window.py" line="169" />
      <location filename="../../wijkdesk/ui/main_window.py" line="254" />
      <source>Not saved</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="173" />
      <source>Saved at %1</source>
      <translation>Saved at %1</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="200" />
      <source>Cannot open project</source>
      <translation>Cannot open project</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="207" />
      <source>Open project</source>
      <translation>Open project</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="213" />
      <source>New project</source>
      <translation>New project</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="222" />
      <source>First bewonersavond</source>
      <translation>First bewonersavond</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="226" />
      <source>What makes this wijk worth living in?</source>
      <translation>What makes this wijk worth living in?</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="228" />
      <location filename="../../wijkdesk/ui/main_window.py" line="239" />
      <source>Cannot create project</source>
      <translation>Cannot create project</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="248" />
      <source>Save a copy as</source>
      <translation>Save a copy as</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="256" />
      <source>Copy saved as %1</source>
      <translation>Copy saved as %1</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="264" />
      <source>About wijkdesk</source>
      <translation>About wijkdesk</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/main_window.py" line="265" />
      <source>wijkdesk %1 — for facilitators of bewonersavonden. Works without internet. Licence: EUPL-1.2.</source>
      <translation>wijkdesk %1 — for facilitators of bewonersavonden. Works without internet. Licence: EUPL-1.2.</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="34" />
      <source>Welcome to wijkdesk</source>
      <extracomment>the user asked for a new project the user asked to open a file through a dialog the user asked for the demo project the user picked a recent project (its path)</extracomment>
      <translation>Welcome to wijkdesk</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="41" />
      <source>wijkdesk helps you run a bewonersavond: collect what residents say, cluster and vote on it, map the stakeholders and plan both tracks on a timeline. It works without internet, and afterwards you merge the table laptops' files and export the minutes.</source>
      <translation>wijkdesk helps you run a bewonersavond: collect what residents say, cluster and vote on it, map the stakeholders and plan both tracks on a timeline. It works without internet, and afterwards you merge the table laptops' files and export the minutes.</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="46" />
      <source>&amp;New project…</source>
      <translation>&amp;New project…</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="47" />
      <source>&amp;Open…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="48" />
      <source>View the &amp;demo</source>
      <translation>View the &amp;demo</translation>
    </message>
    <message>
      <location filename="../../wijkdesk/ui/welcome.py" line="55" />
      <location filename="../../wijkdesk/ui/welcome.py" line="69" />
      <source>Recent projects</source>
      <translation>Recent projects</translation>
    </message>
  </context>
</TS>
