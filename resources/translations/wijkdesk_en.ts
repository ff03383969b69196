<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="76"/>
        <source>About wijkdesk</source>
        <translation>About wijkdesk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="82"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="93"/>
        <source>For the people who facilitate Dutch neighbourhood meetings (bewonersavonden): collect what residents say, cluster and vote on it, map the stakeholders, plan both tracks on a timeline, merge the table laptops&apos; files and export the minutes. It works without internet and sends nothing anywhere.</source>
        <translation>For the people who facilitate Dutch neighbourhood meetings (bewonersavonden): collect what residents say, cluster and vote on it, map the stakeholders, plan both tracks on a timeline, merge the table laptops&apos; files and export the minutes. It works without internet and sends nothing anywhere.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="99"/>
        <source>Licence: EUPL-1.2 (European Union Public Licence v. 1.2). wijkdesk uses the free software listed below, each under its own licence.</source>
        <translation>Licence: EUPL-1.2 (European Union Public Licence v. 1.2). wijkdesk uses the free software listed below, each under its own licence.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="103"/>
        <source>Qt %1 · Python %2</source>
        <translation>Qt %1 · Python %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="107"/>
        <source>This text is missing from this installation: %1</source>
        <translation>This text is missing from this installation: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="125"/>
        <source>Third-party licences</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="126"/>
        <source>Licence of wijkdesk</source>
        <translation>Licence of wijkdesk</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="560"/>
        <source>Agreements and actions</source>
        <extracomment>the evening the Bijeenkomst view shows (set by the main window): chosen on showing the last dialog opened (tests)</extracomment>
        <translation>Agreements and actions</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="335"/>
        <location filename="../../wijkdesk/ui/actions_view.py" line="565"/>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="71"/>
        <source>open</source>
        <extracomment>the columns of an evening&apos;s table, and of the overview of open actions</extracomment>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="72"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="73"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="74"/>
        <source>postponed</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="89"/>
        <source>cluster “%1”</source>
        <translation>cluster “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="90"/>
        <source>note “%1”</source>
        <translation>note “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="95"/>
        <source> (deleted)</source>
        <translation> (deleted)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="103"/>
        <source>(no evening)</source>
        <translation>(no evening)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="178"/>
        <source>A party of the network, or free text</source>
        <translation>A party of the network, or free text</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="179"/>
        <location filename="../../wijkdesk/ui/actions_view.py" line="331"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="181"/>
        <source>Choose a party of the network, or type a name or role</source>
        <translation>Choose a party of the network, or type a name or role</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="209"/>
        <location filename="../../wijkdesk/ui/actions_view.py" line="333"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="328"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="329"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="330"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="332"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="334"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="350"/>
        <source>A party of the network</source>
        <translation>A party of the network</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="567"/>
        <source>E&amp;vening:</source>
        <translation>E&amp;vening:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="578"/>
        <location filename="../../wijkdesk/ui/actions_view.py" line="591"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="581"/>
        <location filename="../../wijkdesk/ui/actions_view.py" line="592"/>
        <source>Action points</source>
        <translation>Action points</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="584"/>
        <location filename="../../wijkdesk/ui/actions_view.py" line="598"/>
        <source>Open actions of all evenings</source>
        <translation>Open actions of all evenings</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="588"/>
        <source>New a&amp;greement…</source>
        <translation>New a&amp;greement…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="589"/>
        <source>New a&amp;ction point…</source>
        <translation>New a&amp;ction point…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="596"/>
        <source>This evening</source>
        <translation>This evening</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="617"/>
        <source>Add one by hand (Insert)</source>
        <translation>Add one by hand (Insert)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="620"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="621"/>
        <source>Text, who, when and status of the chosen one (Return)</source>
        <translation>Text, who, when and status of the chosen one (Return)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="623"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="624"/>
        <source>Delete the chosen ones (Delete; Ctrl+Z brings them back)</source>
        <translation>Delete the chosen ones (Delete; Ctrl+Z brings them back)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="629"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="630"/>
        <source>One place up in the list (Ctrl+Up)</source>
        <translation>One place up in the list (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="632"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="633"/>
        <source>One place down in the list (Ctrl+Down)</source>
        <translation>One place down in the list (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="635"/>
        <source>Renumber</source>
        <translation>Renumber</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="636"/>
        <source>Number the list 1, 2, 3, … in its order</source>
        <translation>Number the list 1, 2, 3, … in its order</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="654"/>
        <source>Add an agreement or action point</source>
        <translation>Add an agreement or action point</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="649"/>
        <source>Delete the chosen ones</source>
        <translation>Delete the chosen ones</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="648"/>
        <source>Edit the chosen one in a dialog</source>
        <translation>Edit the chosen one in a dialog</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="656"/>
        <source>Move the chosen one up</source>
        <translation>Move the chosen one up</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="658"/>
        <source>Move the chosen one down</source>
        <translation>Move the chosen one down</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="718"/>
        <source>Open actions of all evenings (%1)</source>
        <translation>Open actions of all evenings (%1)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="736"/>
        <source>Add agreement</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="736"/>
        <source>Add action point</source>
        <translation>Add action point</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="737"/>
        <source>Edit agreement</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="737"/>
        <source>Edit action point</source>
        <translation>Edit action point</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="738"/>
        <source>Delete agreement</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="739"/>
        <source>Delete action point</source>
        <translation>Delete action point</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="740"/>
        <source>Move agreement</source>
        <translation>Move agreement</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="740"/>
        <source>Move action point</source>
        <translation>Move action point</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="741"/>
        <source>Renumber agreements</source>
        <translation>Renumber agreements</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="742"/>
        <source>Renumber action points</source>
        <translation>Renumber action points</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/actions_view.py" line="848"/>
        <source>Deleted %n; Ctrl+Z brings it back</source>
        <translation>
            <numerusform>Deleted %n; Ctrl+Z brings it back</numerusform>
            <numerusform>Deleted %n; Ctrl+Z brings them back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="142"/>
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="142"/>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="145"/>
        <source>e.g. Welcome and introduction</source>
        <translation>e.g. Welcome and introduction</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="149"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="150"/>
        <source>not planned</source>
        <translation>not planned</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="154"/>
        <source>e.g. chair, wijkregisseur</source>
        <translation>e.g. chair, wijkregisseur</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="157"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="158"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="159"/>
        <source>&amp;Who</source>
        <translation>&amp;Who</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="131"/>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1530"/>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="244"/>
        <source>Not in a cluster</source>
        <translation>Not in a cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="246"/>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="258"/>
        <source>Face down · table %1</source>
        <translation>Face down · table %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="260"/>
        <source>Face down</source>
        <translation>Face down</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="307"/>
        <source>(continued)</source>
        <translation>(continued)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="430"/>
        <source>No cards in this round yet.</source>
        <translation>No cards in this round yet.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="469"/>
        <source>Not all fits at a readable size: the cards are shown page by page.</source>
        <translation>Not all fits at a readable size: the cards are shown page by page.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="527"/>
        <source>No votes counted yet.</source>
        <translation>No votes counted yet.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="58"/>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="59"/>
        <source>%1 votes</source>
        <translation>%1 votes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="65"/>
        <source>and 1 more cluster</source>
        <translation>and 1 more cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="66"/>
        <source>and %1 more clusters</source>
        <translation>and %1 more clusters</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="559"/>
        <source>(shared)</source>
        <translation>(shared)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="645"/>
        <source>No stakeholders yet.</source>
        <translation>No stakeholders yet.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="912"/>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="998"/>
        <source>Interest →     ↑ Influence</source>
        <translation>Interest →     ↑ Influence</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1033"/>
        <source>Too many parties to show whole on this screen.</source>
        <translation>Too many parties to show whole on this screen.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1158"/>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1223"/>
        <source>Denk-spoor</source>
        <translation>Denk-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1159"/>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1224"/>
        <source>Doe-spoor</source>
        <translation>Doe-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1279"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1297"/>
        <source>Nothing planned around today.</source>
        <translation>Nothing planned around today.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1475"/>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1476"/>
        <source>The round</source>
        <translation>The round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1477"/>
        <source>The top of the ranking</source>
        <translation>The top of the ranking</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1478"/>
        <source>Who is involved?</source>
        <translation>Who is involved?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1479"/>
        <source>Power and interest</source>
        <translation>Power and interest</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1480"/>
        <source>Denk-spoor and doe-spoor</source>
        <translation>Denk-spoor and doe-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1481"/>
        <source>Where do we stand?</source>
        <translation>Where do we stand?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1505"/>
        <source>Choose a cluster on the board first.</source>
        <translation>Choose a cluster on the board first.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="90"/>
        <source>wijkdesk — audience</source>
        <extracomment>the audience window asked to end presenting (Esc)</extracomment>
        <translation>wijkdesk — audience</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="91"/>
        <source>Audience view</source>
        <translation>Audience view</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="108"/>
        <source>Page ▶ (PgDn)</source>
        <translation>Page ▶ (PgDn)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="111"/>
        <source>Hide (H)</source>
        <translation>Hide (H)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="112"/>
        <source>End (Esc)</source>
        <translation>End (Esc)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="109"/>
        <source>Votes (Ctrl+K)</source>
        <translation>Votes (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="110"/>
        <source>Timer (Space)</source>
        <translation>Timer (Space)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="192"/>
        <source>This opens on the laptop&apos;s screen only after presenting ends (Esc): the room would see it.</source>
        <translation>This opens on the laptop&apos;s screen only after presenting ends (Esc): the room would see it.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="106"/>
        <source>◀ Previous view</source>
        <translation>◀ Previous view</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="107"/>
        <source>Next view ▶</source>
        <translation>Next view ▶</translation>
    </message>
</context>
<context>
    <name>BeamerMenu</name>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="35"/>
        <source>Follow my view</source>
        <extracomment>what the beamer can show (besides &quot;follow&quot;: what the facilitator&apos;s view shows) the choice that follows the facilitator&apos;s view</extracomment>
        <translation>Follow my view</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="36"/>
        <source>The whole round</source>
        <translation>The whole round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="37"/>
        <source>One cluster</source>
        <translation>One cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="38"/>
        <source>The top of the ranking</source>
        <translation>The top of the ranking</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="39"/>
        <source>The whole network</source>
        <translation>The whole network</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="40"/>
        <source>The whole power/interest grid</source>
        <translation>The whole power/interest grid</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="41"/>
        <source>The timeline around today</source>
        <translation>The timeline around today</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="42"/>
        <source>Where do we stand?</source>
        <translation>Where do we stand?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="43"/>
        <source>Title only</source>
        <translation>Title only</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="20"/>
        <source>&amp;Beamer</source>
        <translation>&amp;Beamer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="22"/>
        <source>&amp;Follow my view</source>
        <translation>&amp;Follow my view</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="22"/>
        <source>The whole &amp;round</source>
        <translation>The whole &amp;round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="23"/>
        <source>One &amp;cluster</source>
        <translation>One &amp;cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="24"/>
        <source>The &amp;top of the ranking</source>
        <translation>The &amp;top of the ranking</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="25"/>
        <source>The whole &amp;network</source>
        <translation>The whole &amp;network</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="26"/>
        <source>The whole power/interest &amp;grid</source>
        <translation>The whole power/interest &amp;grid</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="27"/>
        <source>The time&amp;line around today</source>
        <translation>The time&amp;line around today</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="28"/>
        <source>&amp;Where do we stand?</source>
        <translation>&amp;Where do we stand?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="28"/>
        <source>Title &amp;only</source>
        <translation>Title &amp;only</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="43"/>
        <source>Next show</source>
        <translation>Next show</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="44"/>
        <source>Previous show</source>
        <translation>Previous show</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="46"/>
        <source>Next page (or cluster)</source>
        <translation>Next page (or cluster)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="48"/>
        <source>Previous page (or cluster)</source>
        <translation>Previous page (or cluster)</translation>
    </message>
</context>
<context>
    <name>BeamerPanel</name>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="41"/>
        <source>On the beamer:</source>
        <extracomment>the facilitator chose a show (FOLLOW or one of SHOWS) ◀ / ▶: the page (or cluster) before or after the N of the top N</extracomment>
        <translation>On the beamer:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="45"/>
        <source>What the room sees</source>
        <translation>What the room sees</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="53"/>
        <source>What the beamer shows</source>
        <translation>What the beamer shows</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="58"/>
        <source>Previous page on the beamer</source>
        <translation>Previous page on the beamer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="59"/>
        <source>Previous page on the beamer (Ctrl+PgUp)</source>
        <translation>Previous page on the beamer (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="61"/>
        <source>Next page on the beamer</source>
        <translation>Next page on the beamer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="62"/>
        <source>Next page on the beamer (Ctrl+PgDown)</source>
        <translation>Next page on the beamer (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="73"/>
        <source>Top </source>
        <translation>Top </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="74"/>
        <source>How many of the top the beamer shows</source>
        <translation>How many of the top the beamer shows</translation>
    </message>
</context>
<context>
    <name>BijeenkomstView</name>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="115"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="123"/>
        <source>Bijeenkomsten</source>
        <extracomment>called with a format&apos;s name when the facilitator chose it for a round (minutes, start) -&gt; None: the programme moved to a round with its own timer (minutes 0: the timer&apos;s own), to be started if start (the main window&apos;s timer) (kind, id) -&gt; None: called after a note or cluster was made an agreement or action point (the main window opens it in the editor, to reword it and fill in who/when)</extracomment>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="118"/>
        <source>New bijeenkomst</source>
        <translation>New bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="120"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="816"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="144"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="145"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="146"/>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="147"/>
        <source>C&amp;hair</source>
        <translation>C&amp;hair</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="148"/>
        <source>&amp;Minute-taker</source>
        <translation>&amp;Minute-taker</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="149"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="154"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="903"/>
        <source>Number of tables</source>
        <translation>Number of tables</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="156"/>
        <source>Names and colours…</source>
        <translation>Names and colours…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="158"/>
        <source>The names and colours of this evening&apos;s tables (empty: the settings&apos;)</source>
        <translation>The names and colours of this evening&apos;s tables (empty: the settings&apos;)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="160"/>
        <source>Ta&amp;bles</source>
        <translation>Ta&amp;bles</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="181"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="292"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="183"/>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="185"/>
        <source>&amp;Votes…</source>
        <translation>&amp;Votes…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="186"/>
        <source>Type in the dot-vote tallies (Ctrl+K)</source>
        <translation>Type in the dot-vote tallies (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="189"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1033"/>
        <source>Format of the round</source>
        <translation>Format of the round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="194"/>
        <source>1 Collect</source>
        <translation>1 Collect</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="195"/>
        <source>2 Order</source>
        <translation>2 Order</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="196"/>
        <source>3 Choose</source>
        <translation>3 Choose</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="199"/>
        <source>Stage of the round (Alt+%1)</source>
        <translation>Stage of the round (Alt+%1)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="204"/>
        <source>Stage of the round: %1</source>
        <translation>Stage of the round: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="211"/>
        <source>Collect &amp;hidden</source>
        <translation>Collect &amp;hidden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="214"/>
        <source>New notes lie face down until you reveal them, so early voices do not steer the room.</source>
        <translation>New notes lie face down until you reveal them, so early voices do not steer the room.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="217"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1052"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Reveal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="220"/>
        <source>Type in the dot-vote tallies</source>
        <translation>Type in the dot-vote tallies</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="231"/>
        <source>Change the question of the round (in the list of rounds)</source>
        <translation>Change the question of the round (in the list of rounds)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="234"/>
        <source>Insights of this round</source>
        <translation>Insights of this round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="242"/>
        <source>Make a cluster of the selected notes (in the list of notes)</source>
        <translation>Make a cluster of the selected notes (in the list of notes)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="248"/>
        <source>Edit the note&apos;s text (in the list of notes)</source>
        <translation>Edit the note&apos;s text (in the list of notes)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="251"/>
        <source>Colour of the cards</source>
        <translation>Colour of the cards</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="252"/>
        <source>Colour by table</source>
        <translation>Colour by table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="253"/>
        <source>Colour by theme</source>
        <translation>Colour by theme</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="254"/>
        <source>Colour by phase</source>
        <translation>Colour by phase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="261"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="262"/>
        <source>+ Table</source>
        <translation>+ Table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="264"/>
        <source>One more table at this evening, for the notes typed in (Ctrl+Shift+T)</source>
        <translation>One more table at this evening, for the notes typed in (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="265"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="921"/>
        <source>Add a table</source>
        <translation>Add a table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="268"/>
        <source>One more table at this evening</source>
        <translation>One more table at this evening</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="271"/>
        <source>Type what is said and press Enter</source>
        <translation>Type what is said and press Enter</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="272"/>
        <source>New insight</source>
        <translation>New insight</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="278"/>
        <source>The next table, for the notes typed in</source>
        <translation>The next table, for the notes typed in</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="280"/>
        <source>Delete the selected notes (in the list of notes)</source>
        <translation>Delete the selected notes (in the list of notes)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="298"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="388"/>
        <source>Show or hide the list of bijeenkomsten</source>
        <translation>Show or hide the list of bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="299"/>
        <source>Show or hide the list of bijeenkomsten (Ctrl+B)</source>
        <translation>Show or hide the list of bijeenkomsten (Ctrl+B)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="583"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1074"/>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="87"/>
        <source>Table %n</source>
        <translation>
            <numerusform>Table %n</numerusform>
            <numerusform>Table %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="649"/>
        <source>(no prompt)</source>
        <translation>(no prompt)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="731"/>
        <source>%1 (hidden)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="782"/>
        <source>Change bijeenkomst</source>
        <translation>Change bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="792"/>
        <source>Bewonersavond</source>
        <translation>Bewonersavond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="815"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="818"/>
        <source>Delete bijeenkomst</source>
        <translation>Delete bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="831"/>
        <source>Ctrl+Z (Undo) brings it all back.</source>
        <translation>Ctrl+Z (Undo) brings it all back.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="833"/>
        <source>Delete %1? It has no rounds yet.</source>
        <translation>Delete %1? It has no rounds yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="835"/>
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round(s)</numerusform>
            <numerusform>%n round(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="835"/>
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n insight(s)</numerusform>
            <numerusform>%n insight(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="837"/>
        <source>%n agreement(s) and action point(s)</source>
        <translation>
            <numerusform>%n agreement(s) and action point(s)</numerusform>
            <numerusform>%n agreement(s) and action point(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="838"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="840"/>
        <source>Delete %1 with its %2?</source>
        <translation>Delete %1 with its %2?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="919"/>
        <source>An evening has at most %n tables.</source>
        <translation>
            <numerusform>An evening has at most %n tables.</numerusform>
            <numerusform>An evening has at most %n tables.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="926"/>
        <source>%1 added; the notes typed now belong to it.</source>
        <translation>%1 added; the notes typed now belong to it.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="948"/>
        <source>Tables of the evening</source>
        <translation>Tables of the evening</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="967"/>
        <source>This text is longer than %n characters; shorten it.</source>
        <translation>
            <numerusform>This text is longer than %n characters; shorten it.</numerusform>
            <numerusform>This text is longer than %n characters; shorten it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="972"/>
        <source>Add insight</source>
        <translation>Add insight</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1011"/>
        <source>Choose: count the stickers and type them in with Votes… (Ctrl+K); right-click a line of the ranking to make an agreement or action point of it.</source>
        <translation>Choose: count the stickers and type them in with Votes… (Ctrl+K); right-click a line of the ranking to make an agreement or action point of it.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1033"/>
        <source>Stage of the round</source>
        <translation>Stage of the round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1043"/>
        <source>Collect hidden</source>
        <translation>Collect hidden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1052"/>
        <source>&amp;Reveal (%n face down)</source>
        <translation>
            <numerusform>&amp;Reveal (%n face down)</numerusform>
            <numerusform>&amp;Reveal (%n face down)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1068"/>
        <source>Reveal &amp;all</source>
        <translation>Reveal &amp;all</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1073"/>
        <source>Reveal %1</source>
        <translation>Reveal %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1075"/>
        <source>Reveal table %1</source>
        <translation>Reveal table %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1095"/>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1133"/>
        <source>Make a &amp;cluster of the selection… (Ctrl+G)</source>
        <translation>Make a &amp;cluster of the selection… (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1135"/>
        <source>&amp;Move to cluster</source>
        <translation>&amp;Move to cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1144"/>
        <source>Take &amp;out of the cluster</source>
        <translation>Take &amp;out of the cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1146"/>
        <source>&amp;Rename cluster “%1”…</source>
        <translation>&amp;Rename cluster “%1”…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1148"/>
        <source>&amp;Dissolve cluster “%1”</source>
        <translation>&amp;Dissolve cluster “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1150"/>
        <source>Merge &amp;duplicates (keep all texts, count once)</source>
        <translation>Merge &amp;duplicates (keep all texts, count once)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1154"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1183"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1157"/>
        <source>Tags of cluster “%1”</source>
        <translation>Tags of cluster “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1160"/>
        <source>&amp;Erase (AVG)…</source>
        <translation>&amp;Erase (AVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1177"/>
        <source>&amp;Rename… (F2)</source>
        <translation>&amp;Rename… (F2)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1179"/>
        <source>&amp;Dissolve (notes stay on the board)</source>
        <translation>&amp;Dissolve (notes stay on the board)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1191"/>
        <source>Wijkkompas &amp;phase</source>
        <translation>Wijkkompas &amp;phase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1192"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1197"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1201"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1196"/>
        <source>T&amp;rack</source>
        <translation>T&amp;rack</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1200"/>
        <source>Koppelkans &amp;theme</source>
        <translation>Koppelkans &amp;theme</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1209"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1222"/>
        <source>New cluster</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1222"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1256"/>
        <source>Name of the cluster:</source>
        <translation>Name of the cluster:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1231"/>
        <source>Make cluster</source>
        <translation>Make cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1228"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="283"/>
        <source>T&amp;idy up</source>
        <translation>T&amp;idy up</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="285"/>
        <source>Clusters side by side, loose notes in a grid below them (one undo step)</source>
        <translation>Clusters side by side, loose notes in a grid below them (one undo step)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="346"/>
        <source>Notes</source>
        <extracomment>called when the programme moves on by key from another view (given to the panel)</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="732"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="751"/>
        <source>Hidden on the beamer: %1</source>
        <translation>Hidden on the beamer: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="874"/>
        <source>Question of the round</source>
        <translation>Question of the round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1008"/>
        <source>Order: drag a card onto another to make a cluster, or select cards and press Ctrl+G; right-click a card to merge duplicates or tag it.</source>
        <translation>Order: drag a card onto another to make a cluster, or select cards and press Ctrl+G; right-click a card to merge duplicates or tag it.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1243"/>
        <source>Move to cluster</source>
        <translation>Move to cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1256"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1259"/>
        <source>Rename cluster</source>
        <translation>Rename cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1264"/>
        <source>Dissolve cluster</source>
        <translation>Dissolve cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1271"/>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1277"/>
        <source>Make an &amp;agreement</source>
        <translation>Make an &amp;agreement</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1278"/>
        <source>Make an a&amp;ction point</source>
        <translation>Make an a&amp;ction point</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1279"/>
        <source>On the timeline, &amp;doe-spoor</source>
        <translation>On the timeline, &amp;doe-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1280"/>
        <source>On the timeline, d&amp;enk-spoor</source>
        <translation>On the timeline, d&amp;enk-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1294"/>
        <source>Promote</source>
        <translation>Promote</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1300"/>
        <source>from cluster “%1”</source>
        <translation>from cluster “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1301"/>
        <source>from note “%1”</source>
        <translation>from note “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1303"/>
        <source>%1 made %2, %n vote(s)</source>
        <translation>
            <numerusform>%1 made %2, %n vote</numerusform>
            <numerusform>%1 made %2, %n votes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1316"/>
        <source>Delete insight</source>
        <translation>Delete insight</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1318"/>
        <source>Delete insights</source>
        <translation>Delete insights</translation>
    </message>
</context>
<context>
    <name>BoardCanvas</name>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="356"/>
        <source>Board with the notes of this round</source>
        <extracomment>the ids of the selected notes changed (the notes list follows)</extracomment>
        <translation>Board with the notes of this round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="392"/>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="576"/>
        <source>no theme</source>
        <translation>no theme</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="417"/>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="579"/>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="147"/>
        <source>Hidden on the beamer (F2: edit)</source>
        <translation>Hidden on the beamer (F2: edit)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="581"/>
        <source>no phase</source>
        <translation>no phase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="587"/>
        <source>No notes yet in this round.</source>
        <translation>No notes yet in this round.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="697"/>
        <source>Edit the selected note&apos;s text or cluster&apos;s name</source>
        <translation>Edit the selected note&apos;s text or cluster&apos;s name</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="699"/>
        <source>Delete the selected notes; dissolve a selected cluster</source>
        <translation>Delete the selected notes; dissolve a selected cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="747"/>
        <source>New cluster</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="761"/>
        <source>Make cluster</source>
        <translation>Make cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="762"/>
        <source>Move to cluster</source>
        <translation>Move to cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="763"/>
        <source>Move notes</source>
        <translation>Move notes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="763"/>
        <source>Move cluster</source>
        <translation>Move cluster</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/board_canvas.py" line="927"/>
        <source>This text is longer than %n characters; shorten it.</source>
        <translation>
            <numerusform>This text is longer than %n characters; shorten it.</numerusform>
            <numerusform>This text is longer than %n characters; shorten it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="930"/>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="967"/>
        <source>Rename cluster</source>
        <translation>Rename cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="997"/>
        <source>Delete notes</source>
        <translation>Delete notes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="998"/>
        <source>Dissolve cluster</source>
        <translation>Dissolve cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="998"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1016"/>
        <source>Tidy up the board</source>
        <translation>Tidy up the board</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1023"/>
        <source>Fit all (0)</source>
        <translation>Fit all (0)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1024"/>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1025"/>
        <source>Zoom out (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1026"/>
        <source>&amp;Tidy up the board</source>
        <translation>&amp;Tidy up the board</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1036"/>
        <source>Colour by table</source>
        <translation>Colour by table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1036"/>
        <source>Colour by theme</source>
        <translation>Colour by theme</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1037"/>
        <source>Colour by phase</source>
        <translation>Colour by phase</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="293"/>
        <source>Text of the note</source>
        <translation>Text of the note</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../wijkdesk/cli.py" line="179"/>
        <source>Not enough memory to finish; nothing was changed.</source>
        <extracomment>The formats of ``wijkdesk export``; a new format is one more entry here.</extracomment>
        <translation>Not enough memory to finish; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="192"/>
        <source>Demo project written to {path}</source>
        <translation>Demo project written to {path}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="214"/>
        <source>OK: {path} is a valid wijkdesk project (format {version}, {records} records, {ops} changes, {conflicts} conflicts)</source>
        <translation>OK: {path} is a valid wijkdesk project (format {version}, {records} records, {ops} changes, {conflicts} conflicts)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="220"/>
        <source>The file holds an edit that was cut off (wijkdesk was stopped while saving). It was checked as it will be once that edit is undone, which opening it in wijkdesk does; the file itself was not changed.</source>
        <translation>The file holds an edit that was cut off (wijkdesk was stopped while saving). It was checked as it will be once that edit is undone, which opening it in wijkdesk does; the file itself was not changed.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="234"/>
        <source>Imported {n} insights ({clusters} new clusters, {votes} votes)</source>
        <translation>Imported {n} insights ({clusters} new clusters, {votes} votes)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="257"/>
        <location filename="../../wijkdesk/cli.py" line="285"/>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="306"/>
        <source>Would erase completely: {kind} “{label}”</source>
        <translation>Would erase completely: {kind} “{label}”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="308"/>
        <source>Texts that mention the name: {n}</source>
        <translation>Texts that mention the name: {n}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="317"/>
        <source>Erased completely: {kind} {id}</source>
        <translation>Erased completely: {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="319"/>
        <source>Name taken out of {n} texts</source>
        <translation>Name taken out of {n} texts</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="183"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="185"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="185"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="185"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="195"/>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="197"/>
        <source>&amp;Keep this value</source>
        <translation>&amp;Keep this value</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="199"/>
        <source>Nothing to review: every merged value is clear.</source>
        <translation>Nothing to review: every merged value is clear.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="200"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="208"/>
        <source>These fields were changed on more than one laptop, or deleted on one and changed on another. The value shown now is the latest; choose the one to keep.</source>
        <translation>These fields were changed on more than one laptop, or deleted on one and changed on another. The value shown now is the latest; choose the one to keep.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="229"/>
        <source>delete it</source>
        <translation>delete it</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="229"/>
        <source>keep it</source>
        <translation>keep it</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="232"/>
        <source>keep it, changed: %1 = %2</source>
        <translation>keep it, changed: %1 = %2</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <location filename="../../wijkdesk/ui/theme.py" line="296"/>
        <source>&amp;Larger text</source>
        <extracomment>the beamer theme&apos;s base type: this many times the system&apos;s, and at least MIN_BEAMER_PT the audience window&apos;s body type at 1080 screen lines (font scale 1), and its least size the beamer palette: (role, colour); text roles reach 7:1 on their backgrounds text of disabled controls in the beamer theme (on Window, Base and Button) the pairs of the beamer palette that are text on a background (the contrast test reads it) edges of controls in the beamer theme, and a checked button the theme or the font scale changed: fonts and colours are to be made again</extracomment>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/theme.py" line="299"/>
        <source>S&amp;maller text</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/theme.py" line="301"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/theme.py" line="303"/>
        <source>&amp;Beamer theme (high contrast)</source>
        <translation>&amp;Beamer theme (high contrast)</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="123"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="125"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="126"/>
        <source>The date it is due; Delete: no date</source>
        <translation>The date it is due; Delete: no date</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="45"/>
        <source>Erase (AVG)</source>
        <extracomment>what the erasure did (wijkdesk.model.erasure.Result), once done</extracomment>
        <translation>Erase (AVG)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="50"/>
        <source>This erases %1 “%2” completely, with every text it holds.</source>
        <translation>This erases %1 “%2” completely, with every text it holds.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="56"/>
        <source>Name to erase</source>
        <translation>Name to erase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="57"/>
        <source>a name; more names separated by ;</source>
        <translation>a name; more names separated by ;</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="58"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="60"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="69"/>
        <source>Texts that mention the name</source>
        <translation>Texts that mention the name</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="73"/>
        <source>Erasing removes this text from the file for good, also from its history: it cannot be undone, and the steps before it can no longer be undone either. In the other texts the name is replaced by “%1”. Copies of the file on other laptops keep the text until they are merged with this one.</source>
        <translation>Erasing removes this text from the file for good, also from its history: it cannot be undone, and the steps before it can no longer be undone either. In the other texts the name is replaced by “%1”. Copies of the file on other laptops keep the text until they are merged with this one.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="83"/>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="315"/>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="105"/>
        <source>[erased]</source>
        <translation>[erased]</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="127"/>
        <source>Type a name to find the texts that mention it.</source>
        <translation>Type a name to find the texts that mention it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="130"/>
        <source>%n text(s) mention the name. The name is taken out of every ticked one:</source>
        <translation>
            <numerusform>%n text(s) mention the name. The name is taken out of every ticked one:</numerusform>
            <numerusform>%n text(s) mention the name. The name is taken out of every ticked one:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="133"/>
        <source>No other text mentions the name.</source>
        <translation>No other text mentions the name.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="138"/>
        <source>%1 “%2” — %3: %4</source>
        <translation>%1 “%2” — %3: %4</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="141"/>
        <source>(an earlier version)</source>
        <translation>(an earlier version)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="143"/>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../wijkdesk/messages.py" line="16"/>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="17"/>
        <source>{path} is a folder, not a wijkdesk project file.</source>
        <translation>{path} is a folder, not a wijkdesk project file.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="18"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>The file {path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="19"/>
        <source>{path} is not a wijkdesk project file (it is not a database).</source>
        <translation>{path} is not a wijkdesk project file (it is not a database).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="21"/>
        <source>{path} is a database of another application, not a wijkdesk project.</source>
        <translation>{path} is a database of another application, not a wijkdesk project.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="23"/>
        <source>{path} was made by a newer version of wijkdesk (file format {found}; this version reads up to {supported}). Update wijkdesk to open it; the file was not changed.</source>
        <translation>{path} was made by a newer version of wijkdesk (file format {found}; this version reads up to {supported}). Update wijkdesk to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="27"/>
        <source>{path} is damaged and cannot be opened safely ({reason}).</source>
        <translation>{path} is damaged and cannot be opened safely ({reason}).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="28"/>
        <source>{path} does not have the structure of a wijkdesk project ({reason}).</source>
        <translation>{path} does not have the structure of a wijkdesk project ({reason}).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="30"/>
        <source>The file {path} already exists.</source>
        <translation>The file {path} already exists.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="31"/>
        <source>{path} is not a regular file.</source>
        <translation>{path} is not a regular file.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="32"/>
        <source>{path} is too large to be a wijkdesk project.</source>
        <translation>{path} is too large to be a wijkdesk project.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="33"/>
        <source>{path} belongs to another project; only copies of this project can be merged.</source>
        <translation>{path} belongs to another project; only copies of this project can be merged.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="36"/>
        <source>Could not write {path}: {reason}. Nothing was changed.</source>
        <translation>Could not write {path}: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="38"/>
        <source>{path} can only be read, not changed (an e-mail attachment, a read-only folder or stick): your change was not saved. Choose Save as… to work on in a copy.</source>
        <translation>{path} can only be read, not changed (an e-mail attachment, a read-only folder or stick): your change was not saved. Choose Save as… to work on in a copy.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="41"/>
        <source>The file {path} is no longer there (a USB stick that was pulled out?): your change was not saved. Choose Save as… to save the whole project elsewhere.</source>
        <translation>The file {path} is no longer there (a USB stick that was pulled out?): your change was not saved. Choose Save as… to save the whole project elsewhere.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="44"/>
        <source>The disk holding {path} is full: your change was not saved. Make room, or choose Save as… to save the whole project on another disk.</source>
        <translation>The disk holding {path} is full: your change was not saved. Make room, or choose Save as… to save the whole project on another disk.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="47"/>
        <source>{path} is being saved by another program right now; nothing was changed. Try again in a moment.</source>
        <translation>{path} is being saved by another program right now; nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="50"/>
        <source>{path} is open in wijkdesk by {user} on {host} since {since}. You can open it read-only, or ask them to close it first.</source>
        <translation>{path} is open in wijkdesk by {user} on {host} since {since}. You can open it read-only, or ask them to close it first.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="53"/>
        <source>The field &apos;{field}&apos; needs a value.</source>
        <translation>The field &apos;{field}&apos; needs a value.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="54"/>
        <source>The field &apos;{field}&apos; needs {expected}.</source>
        <translation>The field &apos;{field}&apos; needs {expected}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="55"/>
        <source>The text for &apos;{field}&apos; is longer than {limit} characters.</source>
        <translation>The text for &apos;{field}&apos; is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="57"/>
        <source>&apos;{value}&apos; in &apos;{field}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>&apos;{value}&apos; in &apos;{field}&apos; is not a date (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="58"/>
        <source>&apos;{value}&apos; is not a valid choice for &apos;{field}&apos;.</source>
        <translation>&apos;{value}&apos; is not a valid choice for &apos;{field}&apos;.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="59"/>
        <source>{value} is out of range for &apos;{field}&apos;.</source>
        <translation>{value} is out of range for &apos;{field}&apos;.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="60"/>
        <source>&apos;{field}&apos; is not a field of {kind}.</source>
        <translation>&apos;{field}&apos; is not a field of {kind}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="61"/>
        <source>&apos;{kind}&apos; is not a kind of record.</source>
        <translation>&apos;{kind}&apos; is not a kind of record.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="62"/>
        <source>There is no {kind} with id {id}.</source>
        <translation>There is no {kind} with id {id}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="63"/>
        <source>The {field} of this {kind} points to nothing that exists.</source>
        <translation>The {field} of this {kind} points to nothing that exists.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="65"/>
        <source>A person&apos;s name may only be stored with their consent.</source>
        <translation>A person&apos;s name may only be stored with their consent.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="67"/>
        <source>Give a name of at least two letters to search for.</source>
        <translation>Give a name of at least two letters to search for.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="69"/>
        <source>This project has no record with id {id}.</source>
        <translation>This project has no record with id {id}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="70"/>
        <source>The CSV file {path} is empty.</source>
        <translation>The CSV file {path} is empty.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="71"/>
        <source>The CSV file {path} has no column for the text (name it &apos;tekst&apos; or &apos;text&apos;).</source>
        <translation>The CSV file {path} has no column for the text (name it &apos;tekst&apos; or &apos;text&apos;).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="73"/>
        <source>Line {line} of {path}: {reason}</source>
        <translation>Line {line} of {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="74"/>
        <source>Line {line} of {path}: this bijeenkomst has no table &apos;{table}&apos;; its tables are {tables} (a table can be named by its name or its number). Nothing was imported.</source>
        <translation>Line {line} of {path}: this bijeenkomst has no table &apos;{table}&apos;; its tables are {tables} (a table can be named by its name or its number). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="77"/>
        <source>The CSV file {path} is not in a known character encoding.</source>
        <translation>The CSV file {path} is not in a known character encoding.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="79"/>
        <source>The CSV file {path} has more than {limit} lines; wijkdesk takes at most {limit} insights at a time. Nothing was imported.</source>
        <translation>The CSV file {path} has more than {limit} lines; wijkdesk takes at most {limit} insights at a time. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="82"/>
        <source>Line {line} of {path}: a quote (&quot;) is opened but never closed. Nothing was imported.</source>
        <translation>Line {line} of {path}: a quote (&quot;) is opened but never closed. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="85"/>
        <source>There is no bijeenkomst &apos;{session}&apos; in this project.</source>
        <translation>There is no bijeenkomst &apos;{session}&apos; in this project.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="86"/>
        <source>This project has no bijeenkomst to put the insights in.</source>
        <translation>This project has no bijeenkomst to put the insights in.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="88"/>
        <source>This project has no bijeenkomst yet, so there are no minutes to make.</source>
        <translation>This project has no bijeenkomst yet, so there are no minutes to make.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="90"/>
        <source>&apos;{session}&apos; names {count} bijeenkomsten in this project; name one by its title or id.</source>
        <translation>&apos;{session}&apos; names {count} bijeenkomsten in this project; name one by its title or id.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="93"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="94"/>
        <source>{path} is not a picture wijkdesk can use as a logo: {reason}. Use a PNG or JPEG picture.</source>
        <translation>{path} is not a picture wijkdesk can use as a logo: {reason}. Use a PNG or JPEG picture.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="97"/>
        <source>The logo {path} is too large ({size}); use a picture of at most {limit}.</source>
        <translation>The logo {path} is too large ({size}); use a picture of at most {limit}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="170"/>
        <source>it is not a PNG or JPEG picture</source>
        <translation>it is not a PNG or JPEG picture</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="171"/>
        <source>the picture is damaged or incomplete</source>
        <translation>the picture is damaged or incomplete</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="173"/>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="174"/>
        <source>it is not a file</source>
        <translation>it is not a file</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="176"/>
        <source>a change that differs from this project&apos;s</source>
        <translation>a change that differs from this project&apos;s</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="178"/>
        <source>a change dated after the year 2200</source>
        <translation>a change dated after the year 2200</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="180"/>
        <source>a change that cannot be read</source>
        <translation>a change that cannot be read</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="181"/>
        <source>a change with a malformed id</source>
        <translation>a change with a malformed id</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="182"/>
        <source>a change with a text that is not valid Unicode</source>
        <translation>a change with a text that is not valid Unicode</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="184"/>
        <source>a change with a value of the wrong type</source>
        <translation>a change with a value of the wrong type</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="186"/>
        <source>a change with malformed predecessors</source>
        <translation>a change with malformed predecessors</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="188"/>
        <source>a malformed delete</source>
        <translation>a malformed delete</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="189"/>
        <source>a malformed erasure</source>
        <translation>a malformed erasure</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="190"/>
        <source>a second project record</source>
        <translation>a second project record</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="191"/>
        <source>a change that replaces a later one</source>
        <translation>a change that replaces a later one</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="193"/>
        <source>a record of another kind than in another file</source>
        <translation>a record of another kind than in another file</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="195"/>
        <source>a record of another kind than in this project</source>
        <translation>a record of another kind than in this project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="197"/>
        <source>a record of two kinds</source>
        <translation>a record of two kinds</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="198"/>
        <source>a record without a required field</source>
        <translation>a record without a required field</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="200"/>
        <source>tables differ</source>
        <translation>tables differ</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="201"/>
        <source>it has an unfinished change</source>
        <translation>it has an unfinished change</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="99"/>
        <source>There is no stakeholder with id {id} (it may have been deleted).</source>
        <translation>There is no stakeholder with id {id} (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="101"/>
        <source>{name} cannot have a relation with itself.</source>
        <translation>{name} cannot have a relation with itself.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="102"/>
        <source>There already is a relation &apos;{type}&apos; from {source} to {target}.</source>
        <translation>There already is a relation &apos;{type}&apos; from {source} to {target}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="104"/>
        <source>{path} is the project file itself; choose another name for the export.</source>
        <translation>{path} is the project file itself; choose another name for the export.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="106"/>
        <source>{path} is not an ordinary file (a pipe, a device or a socket); choose a file name for the export. Nothing was written.</source>
        <translation>{path} is not an ordinary file (a pipe, a device or a socket); choose a file name for the export. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="109"/>
        <source>A picture can be saved as PNG, SVG or PDF; &apos;{suffix}&apos; is none of these.</source>
        <translation>A picture can be saved as PNG, SVG or PDF; &apos;{suffix}&apos; is none of these.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="111"/>
        <source>The CSV file {path} is not a Kumu sheet: it has the columns {found}; wijkdesk needs {wanted}.</source>
        <translation>The CSV file {path} is not a Kumu sheet: it has the columns {found}; wijkdesk needs {wanted}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="114"/>
        <source>{path} is a spreadsheet workbook, not a CSV file; save the Elements and Connections sheets as CSV first.</source>
        <translation>{path} is a spreadsheet workbook, not a CSV file; save the Elements and Connections sheets as CSV first.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="117"/>
        <source>The CSV file {path} has more than {limit} lines; wijkdesk takes at most {limit} stakeholders or relations at a time. Nothing was imported.</source>
        <translation>The CSV file {path} has more than {limit} lines; wijkdesk takes at most {limit} stakeholders or relations at a time. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="120"/>
        <source>The connections in {path} name parties that are neither in the elements nor in this project: {names}. Nothing was imported.</source>
        <translation>The connections in {path} name parties that are neither in the elements nor in this project: {names}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="123"/>
        <source>The date {value} is outside the timeline, which runs from {first} to {last}.</source>
        <translation>The date {value} is outside the timeline, which runs from {first} to {last}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="125"/>
        <source>&apos;{title}&apos; ends ({end}) before it starts ({start}).</source>
        <translation>&apos;{title}&apos; ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="127"/>
        <source>A stip on the horizon belongs on the denk-spoor; &apos;{title}&apos; is on the doe-spoor.</source>
        <translation>A stip on the horizon belongs on the denk-spoor; &apos;{title}&apos; is on the doe-spoor.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="129"/>
        <source>There is no step with id {id} on the timeline (it may have been deleted).</source>
        <translation>There is no step with id {id} on the timeline (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="131"/>
        <source>&apos;{title}&apos; cannot depend on itself.</source>
        <translation>&apos;{title}&apos; cannot depend on itself.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="132"/>
        <source>&apos;{after}&apos; already depends on &apos;{before}&apos;.</source>
        <translation>&apos;{after}&apos; already depends on &apos;{before}&apos;.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="133"/>
        <source>The steps would wait for each other in a circle: {cycle}.</source>
        <translation>The steps would wait for each other in a circle: {cycle}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="135"/>
        <source>There is nothing with id {id} that can be linked here (it may have been deleted).</source>
        <translation>There is nothing with id {id} that can be linked here (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="137"/>
        <source>&apos;{title}&apos; cannot be linked to itself.</source>
        <translation>&apos;{title}&apos; cannot be linked to itself.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="138"/>
        <source>&apos;{source}&apos; and &apos;{target}&apos; are already linked.</source>
        <translation>&apos;{source}&apos; and &apos;{target}&apos; are already linked.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="139"/>
        <source>&apos;{source}&apos; and &apos;{target}&apos; are not linked.</source>
        <translation>&apos;{source}&apos; and &apos;{target}&apos; are not linked.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="140"/>
        <source>&apos;{title}&apos; comes with the Wijkkompas and cannot be deleted; set it to &apos;not applicable&apos; instead.</source>
        <translation>&apos;{title}&apos; comes with the Wijkkompas and cannot be deleted; set it to &apos;not applicable&apos; instead.</translation>
    </message>
</context>
<context>
    <name>EveningTablesDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/evening_tables.py" line="22"/>
        <source>Tables of “%1”</source>
        <translation>Tables of “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/evening_tables.py" line="27"/>
        <source>These names and colours hold for this evening only; a table left as it is follows the settings (Settings → Tables). The number of tables is set in the evening&apos;s form.</source>
        <translation>These names and colours hold for this evening only; a table left as it is follows the settings (Settings → Tables). The number of tables is set in the evening&apos;s form.</translation>
    </message>
</context>
<context>
    <name>Expected</name>
    <message>
        <location filename="../../wijkdesk/messages.py" line="208"/>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="209"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="210"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="211"/>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="212"/>
        <source>a date</source>
        <translation>a date</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="213"/>
        <source>a reference to another record</source>
        <translation>a reference to another record</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="214"/>
        <source>a list of numbers</source>
        <translation>a list of numbers</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="215"/>
        <source>an id (UUID)</source>
        <translation>an id (UUID)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../wijkdesk/messages.py" line="277"/>
        <source>absent with notice</source>
        <translation>absent with notice</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="278"/>
        <source>step after</source>
        <translation>step after</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="279"/>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="287"/>
        <source>step before</source>
        <translation>step before</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="288"/>
        <source>bijeenkomst</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="289"/>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="290"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="291"/>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="294"/>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="295"/>
        <source>contact consent</source>
        <translation>contact consent</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="296"/>
        <source>contact person</source>
        <translation>contact person</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="322"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="298"/>
        <source>current phase</source>
        <translation>current phase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="280"/>
        <source>agenda item</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="281"/>
        <source>start the timer</source>
        <translation>start the timer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="282"/>
        <source>stickers per participant</source>
        <translation>stickers per participant</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="283"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="284"/>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="285"/>
        <source>who (a party)</source>
        <translation>who (a party)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="286"/>
        <source>approach</source>
        <translation>approach</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="292"/>
        <source>results communicated</source>
        <translation>results communicated</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="293"/>
        <source>note on communication</source>
        <translation>note on communication</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="297"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="299"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="300"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="301"/>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="302"/>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="303"/>
        <source>process facilitated</source>
        <translation>process facilitated</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="304"/>
        <source>note on facilitation</source>
        <translation>note on facilitation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="305"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="307"/>
        <source>front-runners</source>
        <translation>front-runners</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="308"/>
        <source>note on front-runners</source>
        <translation>note on front-runners</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="309"/>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="310"/>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="311"/>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="312"/>
        <source>influence</source>
        <translation>influence</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="313"/>
        <source>interest</source>
        <translation>interest</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="314"/>
        <source>Wijkkompas key</source>
        <translation>Wijkkompas key</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="315"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="316"/>
        <source>minute-taker</source>
        <translation>minute-taker</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="317"/>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="318"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="319"/>
        <source>next meeting</source>
        <translation>next meeting</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="320"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="321"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="323"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="324"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="325"/>
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="326"/>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="327"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="328"/>
        <source>phases</source>
        <translation>phases</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="329"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="330"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="331"/>
        <source>times postponed</source>
        <translation>times postponed</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="332"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="333"/>
        <source>residents&apos; role</source>
        <translation>residents&apos; role</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="334"/>
        <source>note on residents&apos; role</source>
        <translation>note on residents&apos; role</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="335"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="336"/>
        <source>round</source>
        <translation>round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="337"/>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="338"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="339"/>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="340"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="341"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="342"/>
        <source>strength</source>
        <translation>strength</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="343"/>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="344"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="345"/>
        <source>tables</source>
        <translation>tables</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="346"/>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="347"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="348"/>
        <source>tips</source>
        <translation>tips</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="349"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="351"/>
        <source>track</source>
        <translation>track</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="352"/>
        <source>trust</source>
        <translation>trust</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="353"/>
        <source>note on trust</source>
        <translation>note on trust</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="354"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="355"/>
        <source>urgency</source>
        <translation>urgency</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="356"/>
        <source>note on urgency</source>
        <translation>note on urgency</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="357"/>
        <source>vision</source>
        <translation>vision</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="358"/>
        <source>note on vision</source>
        <translation>note on vision</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="359"/>
        <source>what</source>
        <translation>what</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="360"/>
        <source>who</source>
        <translation>who</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="361"/>
        <source>wijk</source>
        <translation>wijk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="362"/>
        <source>position across</source>
        <translation>position across</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="363"/>
        <source>position down</source>
        <translation>position down</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="364"/>
        <source>deleted or kept</source>
        <translation>deleted or kept</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="306"/>
        <source>linked from</source>
        <translation>linked from</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="350"/>
        <source>linked to</source>
        <translation>linked to</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../wijkdesk/ui/network_view.py" line="557"/>
        <source>Power/interest grid</source>
        <translation>Power/interest grid</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="812"/>
        <location filename="../../wijkdesk/ui/network_view.py" line="564"/>
        <source>Manage closely</source>
        <translation>Manage closely</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="813"/>
        <location filename="../../wijkdesk/ui/network_view.py" line="565"/>
        <source>Keep satisfied</source>
        <translation>Keep satisfied</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="814"/>
        <location filename="../../wijkdesk/ui/network_view.py" line="566"/>
        <source>Keep informed</source>
        <translation>Keep informed</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="815"/>
        <location filename="../../wijkdesk/ui/network_view.py" line="567"/>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/network_view.py" line="631"/>
        <source>Interest →</source>
        <translation>Interest →</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/network_view.py" line="634"/>
        <source>Influence →</source>
        <translation>Influence →</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="27"/>
        <source>Import insights</source>
        <translation>Import insights</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="29"/>
        <source>%1, %2 and %3 will be added to %4.</source>
        <translation>%1, %2 and %3 will be added to %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/import_dialog.py" line="30"/>
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n insight</numerusform>
            <numerusform>%n insights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/import_dialog.py" line="31"/>
        <source>%n new cluster(s)</source>
        <translation>
            <numerusform>%n new cluster</numerusform>
            <numerusform>%n new clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/import_dialog.py" line="32"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="37"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="37"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="37"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="37"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="38"/>
        <source>The lines that will be imported</source>
        <translation>The lines that will be imported</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="48"/>
        <source>… and %1 more lines.</source>
        <translation>… and %1 more lines.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="52"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../wijkdesk/ui/interaction.py" line="16"/>
        <source>wijkdesk projects (*.wijkdesk)</source>
        <translation>wijkdesk projects (*.wijkdesk)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/interaction.py" line="151"/>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Open the PDF</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/interaction.py" line="153"/>
        <source>Open its &amp;folder</source>
        <translation>Open its &amp;folder</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="496"/>
        <source>New agreement</source>
        <extracomment>the buttons beside the table (enabled while an evening is chosen) columns of a fixed width; the others share the rest (the text the most, at least these)</extracomment>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="496"/>
        <source>New action point</source>
        <translation>New action point</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="498"/>
        <source>Agreement %1</source>
        <translation>Agreement %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="498"/>
        <source>Action point %1</source>
        <translation>Action point %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="504"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="504"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="513"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Agreement:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="513"/>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="514"/>
        <source>W&amp;ho:</source>
        <translation>W&amp;ho:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="515"/>
        <source>Whe&amp;n:</source>
        <translation>Whe&amp;n:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="516"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="521"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../wijkdesk/messages.py" line="223"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="224"/>
        <source>bijeenkomst</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="225"/>
        <source>round</source>
        <translation>round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="226"/>
        <source>agenda item</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="227"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="228"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="229"/>
        <source>insight</source>
        <translation>insight</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="230"/>
        <source>vote tally</source>
        <translation>vote tally</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="231"/>
        <source>stakeholder</source>
        <translation>stakeholder</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="232"/>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="233"/>
        <source>timeline step</source>
        <translation>timeline step</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="234"/>
        <source>dependency</source>
        <translation>dependency</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="235"/>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="236"/>
        <source>action point</source>
        <translation>action point</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="237"/>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="238"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="239"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="240"/>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="241"/>
        <source>knooppunt</source>
        <translation>knooppunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="242"/>
        <source>health check (APK)</source>
        <translation>health check (APK)</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../wijkdesk/messages.py" line="250"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="251"/>
        <source>bijeenkomsten</source>
        <translation>bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="252"/>
        <source>rounds</source>
        <translation>rounds</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="253"/>
        <source>agenda items</source>
        <translation>agenda items</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="254"/>
        <source>tables of an evening</source>
        <translation>tables of an evening</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="255"/>
        <source>clusters</source>
        <translation>clusters</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="256"/>
        <source>insights</source>
        <translation>insights</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="257"/>
        <source>vote tallies</source>
        <translation>vote tallies</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="258"/>
        <source>stakeholders</source>
        <translation>stakeholders</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="259"/>
        <source>relations</source>
        <translation>relations</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="260"/>
        <source>timeline steps</source>
        <translation>timeline steps</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="261"/>
        <source>dependencies</source>
        <translation>dependencies</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="262"/>
        <source>agreements</source>
        <translation>agreements</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="263"/>
        <source>action points</source>
        <translation>action points</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="264"/>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="265"/>
        <source>phases</source>
        <translation>phases</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="266"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="267"/>
        <source>links</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="268"/>
        <source>knooppunten</source>
        <translation>knooppunten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="269"/>
        <source>health checks (APK)</source>
        <translation>health checks (APK)</translation>
    </message>
</context>
<context>
    <name>KnooppuntDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="24"/>
        <source>Knooppunt</source>
        <translation>Knooppunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="30"/>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="31"/>
        <source>Technical and financial</source>
        <translation>Technical and financial</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="37"/>
        <source>One tip per line</source>
        <translation>One tip per line</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="41"/>
        <source>Parties involved</source>
        <translation>Parties involved</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="46"/>
        <source>A question for the first round of an evening</source>
        <translation>A question for the first round of an evening</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="48"/>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="49"/>
        <source>T&amp;rack</source>
        <translation>T&amp;rack</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="50"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="51"/>
        <source>&amp;Goal</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="52"/>
        <source>&amp;Approach</source>
        <translation>&amp;Approach</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="53"/>
        <source>T&amp;ips</source>
        <translation>T&amp;ips</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="54"/>
        <source>Part&amp;ies</source>
        <translation>Part&amp;ies</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="55"/>
        <source>P&amp;rompt</source>
        <translation>P&amp;rompt</translation>
    </message>
</context>
<context>
    <name>KompasView</name>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="99"/>
        <source>Wijkkompas</source>
        <extracomment>how a status looks in the grid: a mark before the title and the cell&apos;s colour the kinds a knooppunt can be linked to, with the field that names them changes that touch what this view shows</extracomment>
        <translation>Wijkkompas</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="115"/>
        <source>&amp;Process</source>
        <translation>&amp;Process</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="116"/>
        <source>&amp;Where do we stand?</source>
        <translation>&amp;Where do we stand?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="117"/>
        <source>AP&amp;K</source>
        <translation>AP&amp;K</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="132"/>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="593"/>
        <source>Current phase</source>
        <translation>Current phase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="133"/>
        <source>From the statuses</source>
        <translation>From the statuses</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="135"/>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="139"/>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="166"/>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="486"/>
        <source>Phase %1, %2</source>
        <translation>Phase %1, %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="188"/>
        <source>The chosen knooppunt</source>
        <translation>The chosen knooppunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="191"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="195"/>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="199"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="203"/>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="295"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="204"/>
        <source>A short note</source>
        <translation>A short note</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="207"/>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="236"/>
        <source>What serves it</source>
        <translation>What serves it</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="209"/>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="211"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="213"/>
        <source>Starter te&amp;xt</source>
        <translation>Starter te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="214"/>
        <source>Put the starter set&apos;s texts back</source>
        <translation>Put the starter set&apos;s texts back</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="216"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="218"/>
        <source>&amp;New knooppunt…</source>
        <translation>&amp;New knooppunt…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="224"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="226"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="260"/>
        <source>Where do we stand?</source>
        <translation>Where do we stand?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="261"/>
        <source>Show the rules behind the suggestions</source>
        <translation>Show the rules behind the suggestions</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="271"/>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="277"/>
        <source>&lt;b&gt;Question&lt;/b&gt;</source>
        <translation>&lt;b&gt;Question&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="278"/>
        <source>&lt;b&gt;Score (1–5)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Score (1–5)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="279"/>
        <source>&lt;b&gt;Since last time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Since last time&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="280"/>
        <source>&lt;b&gt;Note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Note&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="290"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="291"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="307"/>
        <source>In a few sentences: what stands out?</source>
        <translation>In a few sentences: what stands out?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="309"/>
        <source>&amp;Save APK</source>
        <translation>&amp;Save APK</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="317"/>
        <source>APK of the evening</source>
        <translation>APK of the evening</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="305"/>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="326"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="329"/>
        <source>Scores over time</source>
        <translation>Scores over time</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="341"/>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="342"/>
        <source>Technical and financial</source>
        <translation>Technical and financial</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="353"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="353"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="354"/>
        <source>Action point</source>
        <translation>Action point</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="354"/>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="355"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="408"/>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="439"/>
        <source>We are in phase %1: %2.</source>
        <translation>We are in phase %1: %2.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="441"/>
        <source>No phase yet.</source>
        <translation>No phase yet.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="472"/>
        <source>Pick a knooppunt to see its goal, approach and tips, and to set its status.</source>
        <translation>Pick a knooppunt to see its goal, approach and tips, and to set its status.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="482"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="482"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="483"/>
        <source>not yet in the network</source>
        <translation>not yet in the network</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="484"/>
        <source>own knooppunt</source>
        <translation>own knooppunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="489"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="489"/>
        <source>Approach</source>
        <translation>Approach</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="500"/>
        <source>Prompt for a first round</source>
        <translation>Prompt for a first round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="518"/>
        <source>Nothing linked yet.</source>
        <translation>Nothing linked yet.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="555"/>
        <source>Status of “%1”</source>
        <translation>Status of “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="567"/>
        <source>Date of “%1”</source>
        <translation>Date of “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="582"/>
        <source>Note on “%1”</source>
        <translation>Note on “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="617"/>
        <source>New knooppunt</source>
        <translation>New knooppunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="645"/>
        <source>Change “%1”</source>
        <translation>Change “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="674"/>
        <source>Starter text of “%1”</source>
        <translation>Starter text of “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="684"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="718"/>
        <source>Links of “%1”</source>
        <translation>Links of “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="741"/>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="741"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="742"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="742"/>
        <source>Open now: social</source>
        <translation>Open now: social</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="743"/>
        <source>Open now: technical and financial</source>
        <translation>Open now: technical and financial</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="744"/>
        <source>Not yet in the network</source>
        <translation>Not yet in the network</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="745"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="746"/>
        <source>First round of the next evening:</source>
        <translation>First round of the next evening:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="747"/>
        <source>How the phase is found:</source>
        <translation>How the phase is found:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="748"/>
        <source>How the next steps are chosen:</source>
        <translation>How the next steps are chosen:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="752"/>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="753"/>
        <source>No phase yet</source>
        <translation>No phase yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/kompas_view.py" line="770"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="829"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="858"/>
        <source>Saved for this evening.</source>
        <translation>Saved for this evening.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="859"/>
        <source>Not held at this evening yet.</source>
        <translation>Not held at this evening yet.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="874"/>
        <source>Give at least one question a score first.</source>
        <translation>Give at least one question a score first.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="876"/>
        <source>APK</source>
        <translation>APK</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="885"/>
        <source>No APK yet: score the seven questions at an evening.</source>
        <translation>No APK yet: score the seven questions at an evening.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="896"/>
        <source>The chart could not be drawn: %1</source>
        <translation>The chart could not be drawn: %1</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="77"/>
        <source>Link “%1”</source>
        <translation>Link “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="79"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="82"/>
        <source>Linked to</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="87"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="72"/>
        <source>Views</source>
        <extracomment>emitted once, after the window&apos;s first paint (start-up benchmark, tests)</extracomment>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="97"/>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="98"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="100"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="96"/>
        <source>Bijeenkomst</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="99"/>
        <source>Wijkkompas</source>
        <translation>Wijkkompas</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="163"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="165"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="167"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="168"/>
        <source>Open the &amp;demo project</source>
        <translation>Open the &amp;demo project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="172"/>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="173"/>
        <source>Copy for a &amp;table…</source>
        <translation>Copy for a &amp;table…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="175"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="177"/>
        <source>S&amp;hare…</source>
        <translation>S&amp;hare…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="179"/>
        <source>&amp;Import insights from CSV…</source>
        <translation>&amp;Import insights from CSV…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="181"/>
        <source>Export round as C&amp;SV…</source>
        <translation>Export round as C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="183"/>
        <source>Export round as &amp;JSON Canvas…</source>
        <translation>Export round as &amp;JSON Canvas…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="190"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="191"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="193"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="185"/>
        <source>C&amp;lose project</source>
        <translation>C&amp;lose project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="101"/>
        <source>Agreements and actions</source>
        <translation>Agreements and actions</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="170"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="198"/>
        <source>To re&amp;view…</source>
        <translation>To re&amp;view…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="200"/>
        <source>&amp;Erase personal data (AVG)…</source>
        <translation>&amp;Erase personal data (AVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="206"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="210"/>
        <source>&amp;Present on the beamer</source>
        <translation>&amp;Present on the beamer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="212"/>
        <source>Show the room a clean, large view (F5); Esc ends it</source>
        <translation>Show the room a clean, large view (F5); Esc ends it</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="214"/>
        <source>Presenting</source>
        <translation>Presenting</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="234"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="235"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="238"/>
        <source>&amp;About wijkdesk</source>
        <translation>&amp;About wijkdesk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="287"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="300"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="436"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="451"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="542"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="687"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="336"/>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/main_window.py" line="343"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="360"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="375"/>
        <source>Merge files</source>
        <translation>Merge files</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="366"/>
        <source>Checking the files…</source>
        <translation>Checking the files…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="367"/>
        <source>Checked %1 of %2 files…</source>
        <translation>Checked %1 of %2 files…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="377"/>
        <source>Merge cancelled: nothing changed</source>
        <translation>Merge cancelled: nothing changed</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="380"/>
        <source>Cannot merge</source>
        <translation>Cannot merge</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/main_window.py" line="384"/>
        <source>Merge %n file(s)</source>
        <translation>
            <numerusform>Merge %n file(s)</numerusform>
            <numerusform>Merge %n file(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="425"/>
        <source>Copy for a table</source>
        <translation>Copy for a table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="426"/>
        <source>For which table?</source>
        <translation>For which table?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="429"/>
        <source>Copy for table %1</source>
        <translation>Copy for table %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="445"/>
        <source>Share a copy</source>
        <translation>Share a copy</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="465"/>
        <source>Choose or make a round first: this works on the round on screen.</source>
        <translation>Choose or make a round first: this works on the round on screen.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="472"/>
        <source>the round “%1” of %2</source>
        <translation>the round “%1” of %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="473"/>
        <source>(no prompt)</source>
        <translation>(no prompt)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="482"/>
        <source>Import insights</source>
        <translation>Import insights</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="488"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="491"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="498"/>
        <source>Import cancelled: nothing changed</source>
        <translation>Import cancelled: nothing changed</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="501"/>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/main_window.py" line="507"/>
        <source>Import %n insight(s)</source>
        <translation>
            <numerusform>Import %n insight</numerusform>
            <numerusform>Import %n insights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/main_window.py" line="513"/>
        <source>Imported %n insight(s)</source>
        <translation>
            <numerusform>Imported %n insight</numerusform>
            <numerusform>Imported %n insights</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="519"/>
        <source>Export round</source>
        <translation>Export round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="525"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="526"/>
        <source>JSON Canvas files (*.canvas)</source>
        <translation>JSON Canvas files (*.canvas)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="540"/>
        <source>{n} votes</source>
        <translation>{n} votes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="544"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="555"/>
        <source>Decide a conflict</source>
        <translation>Decide a conflict</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="589"/>
        <source>%1 — table %2</source>
        <translation>%1 — table %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="592"/>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="610"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="621"/>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="615"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="628"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="616"/>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="637"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="646"/>
        <source>First bewonersavond</source>
        <translation>First bewonersavond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="659"/>
        <source>What makes this wijk worth living in?</source>
        <translation>What makes this wijk worth living in?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="661"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="672"/>
        <source>Cannot create project</source>
        <translation>Cannot create project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="681"/>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="438"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="453"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="689"/>
        <source>Copy saved as %1</source>
        <translation>Copy saved as %1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../wijkdesk/messages.py" line="371"/>
        <source>{new} new, {changed} changed, {deleted} deleted, {conflicts} to review</source>
        <translation>{new} new, {changed} changed, {deleted} deleted, {conflicts} to review</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="378"/>
        <source>Merged {files} file(s): {counts}</source>
        <translation>Merged {files} file(s): {counts}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="387"/>
        <source>Erasures of personal data (AVG): {n}</source>
        <translation>Erasures of personal data (AVG): {n}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="397"/>
        <source>{kind}: erased completely</source>
        <translation>{kind}: erased completely</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="401"/>
        <source>{kind}, {field}: a name taken out (“{text}”)</source>
        <translation>{kind}, {field}: a name taken out (“{text}”)</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="67"/>
        <source>Merge files</source>
        <translation>Merge files</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="68"/>
        <source>Merging %n file(s) into this project will change:</source>
        <translation>
            <numerusform>Merging %n file(s) into this project will change:</numerusform>
            <numerusform>Merging %n file(s) into this project will change:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="74"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="74"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="74"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="74"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="75"/>
        <source>What the merge changes</source>
        <translation>What the merge changes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="78"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="88"/>
        <source>These files hold nothing new for this project.</source>
        <translation>These files hold nothing new for this project.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="91"/>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="103"/>
        <source>What the merge erases</source>
        <extracomment>the erasures (AVG) the files bring: listed, and the merge waits for a tick</extracomment>
        <translation>What the merge erases</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="105"/>
        <source>I understand that this data will be erased for good</source>
        <translation>I understand that this data will be erased for good</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="109"/>
        <source>These files bring %n erasure(s) of personal data (AVG): the texts below leave this file and its history for good. The merge cannot be undone.</source>
        <translation>
            <numerusform>These files bring %n erasure(s) of personal data (AVG): the texts below leave this file and its history for good. The merge cannot be undone.</numerusform>
            <numerusform>These files bring %n erasure(s) of personal data (AVG): the texts below leave this file and its history for good. The merge cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="102"/>
        <source>Minutes</source>
        <extracomment>the last PDF written (for tests and &quot;open&quot;)</extracomment>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="108"/>
        <source>Bijeenkomst of the minutes</source>
        <translation>Bijeenkomst of the minutes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="110"/>
        <source>&amp;Anonymised (for residents)</source>
        <translation>&amp;Anonymised (for residents)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="112"/>
        <source>Residents&apos; names and contact details become “bewoner”; no named attendance; professionals by role and organisation</source>
        <translation>Residents&apos; names and contact details become “bewoner”; no named attendance; professionals by role and organisation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="115"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="117"/>
        <source>Copy as &amp;e-mail text</source>
        <translation>Copy as &amp;e-mail text</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="118"/>
        <source>The agreements and action points as plain text</source>
        <translation>The agreements and action points as plain text</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="128"/>
        <source>Sender and &amp;logo…</source>
        <translation>Sender and &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="137"/>
        <source>Number of residents</source>
        <translation>Number of residents</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="140"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="373"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="579"/>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="143"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="173"/>
        <source>Present by organisation and role</source>
        <translation>Present by organisation and role</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="146"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="431"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="146"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="147"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="148"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="574"/>
        <source>Absent with notice</source>
        <translation>Absent with notice</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="157"/>
        <source>Add organisation</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="159"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="454"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="169"/>
        <source>&amp;Residents present</source>
        <translation>&amp;Residents present</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="170"/>
        <source>&amp;Next meeting</source>
        <translation>&amp;Next meeting</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="176"/>
        <source>Per agenda item: questions and answers in essence</source>
        <translation>Per agenda item: questions and answers in essence</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="185"/>
        <source>Preview of the minutes</source>
        <translation>Preview of the minutes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="264"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="416"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="347"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="359"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="363"/>
        <source>Minutes: %1</source>
        <translation>Minutes: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="399"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="573"/>
        <source>Residents present</source>
        <translation>Residents present</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="421"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="429"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="439"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="455"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="457"/>
        <source>&amp;Erase (AVG)…</source>
        <translation>&amp;Erase (AVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="608"/>
        <source>Without votes</source>
        <translation>Without votes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="129"/>
        <source>The organisation name and logo on the minutes (in the settings)</source>
        <translation>The organisation name and logo on the minutes (in the settings)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="518"/>
        <source>The agreements and actions are on the clipboard</source>
        <translation>The agreements and actions are on the clipboard</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="534"/>
        <source>Save the minutes</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="535"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="544"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="562"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="551"/>
        <source>Minutes as PDF</source>
        <translation>Minutes as PDF</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="552"/>
        <source>Laying out the minutes… %1%</source>
        <translation>Laying out the minutes… %1%</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="559"/>
        <source>Cancelled: no PDF written</source>
        <translation>Cancelled: no PDF written</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="565"/>
        <source>Minutes saved</source>
        <translation>Minutes saved</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="566"/>
        <source>The minutes are saved as %1.</source>
        <translation>The minutes are saved as %1.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="572"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="572"/>
        <source>Minute-taker</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="573"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="574"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="575"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="575"/>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="576"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="576"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="577"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="577"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="577"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="578"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="578"/>
        <source>(picture in the PDF)</source>
        <translation>(picture in the PDF)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="579"/>
        <source>Other notes</source>
        <translation>Other notes</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../wijkdesk/ui/network_view.py" line="368"/>
        <source>Network of the stakeholders and their relations</source>
        <translation>Network of the stakeholders and their relations</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/network_view.py" line="387"/>
        <source>Delete the selected stakeholders or relation</source>
        <translation>Delete the selected stakeholders or relation</translation>
    </message>
</context>
<context>
    <name>NewEveningDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="177"/>
        <source>New bijeenkomst</source>
        <translation>New bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="179"/>
        <source>&amp;Empty: no programme yet</source>
        <translation>&amp;Empty: no programme yet</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="180"/>
        <source>From an evening &amp;template:</source>
        <translation>From an evening &amp;template:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="182"/>
        <source>Evening templates</source>
        <translation>Evening templates</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/programme_panel.py" line="184"/>
        <source>%1 — %2 min, %n round(s)</source>
        <translation>
            <numerusform>%1 — %2 min, %n round(s)</numerusform>
            <numerusform>%1 — %2 min, %n round(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="192"/>
        <source>&amp;Copy the programme of an earlier evening:</source>
        <translation>&amp;Copy the programme of an earlier evening:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="194"/>
        <source>Earlier evening</source>
        <translation>Earlier evening</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="213"/>
        <source>The copy takes the agenda items and the rounds with their questions, werkvormen and timers, not what was said.</source>
        <translation>The copy takes the agenda items and the rounds with their questions, werkvormen and timers, not what was said.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="280"/>
        <source>Start or end presenting on the beamer</source>
        <translation>Start or end presenting on the beamer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="282"/>
        <source>End presenting (on the audience&apos;s screen)</source>
        <translation>End presenting (on the audience&apos;s screen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="283"/>
        <source>The next show on the beamer (Shift+F6: the one before)</source>
        <translation>The next show on the beamer (Shift+F6: the one before)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="285"/>
        <source>The next or previous page on the beamer (Ctrl+PgDown and Ctrl+PgUp on the laptop)</source>
        <translation>The next or previous page on the beamer (Ctrl+PgDown and Ctrl+PgUp on the laptop)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="289"/>
        <source>The next or previous view (on the audience&apos;s screen)</source>
        <translation>The next or previous view (on the audience&apos;s screen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="291"/>
        <source>Show the round, a cluster, the top, the network, the grid, the timeline, where we stand, the title; V: follow my view (on the audience&apos;s screen)</source>
        <translation>Show the round, a cluster, the top, the network, the grid, the timeline, where we stand, the title; V: follow my view (on the audience&apos;s screen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="295"/>
        <source>Start or pause the round timer (on the audience&apos;s screen)</source>
        <translation>Start or pause the round timer (on the audience&apos;s screen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="298"/>
        <source>Hide or show the control strip (one screen)</source>
        <translation>Hide or show the control strip (one screen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="299"/>
        <source>The next round of the programme (Shift+F8: the next agenda item), also on the audience&apos;s screen</source>
        <translation>The next round of the programme (Shift+F8: the next agenda item), also on the audience&apos;s screen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="612"/>
        <source>This window</source>
        <translation>This window</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="613"/>
        <source>“%1” opens after presenting ends (Esc): on one screen the room would see it.</source>
        <translation>“%1” opens after presenting ends (Esc): on one screen the room would see it.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="636"/>
        <source>Choose a round first: the votes are for the round on screen.</source>
        <translation>Choose a round first: the votes are for the round on screen.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="666"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="56"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="338"/>
        <source>Programme</source>
        <extracomment>called when the programme moves on by key from another view (the main window shows the Bijeenkomst view)</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="346"/>
        <source>No programme yet: add an agenda item, or take one over from a template.</source>
        <translation>No programme yet: add an agenda item, or take one over from a template.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="349"/>
        <source>+ Agenda item</source>
        <translation>+ Agenda item</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="351"/>
        <source>+ Round</source>
        <translation>+ Round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="353"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="354"/>
        <source>Change the chosen agenda item or round (Enter)</source>
        <translation>Change the chosen agenda item or round (Enter)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="356"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="358"/>
        <source>Delete the chosen agenda item or round (Delete); Ctrl+Z brings it back</source>
        <translation>Delete the chosen agenda item or round (Delete); Ctrl+Z brings it back</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="361"/>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="710"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="362"/>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="365"/>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="710"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="366"/>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="368"/>
        <source>Take over…</source>
        <translation>Take over…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="370"/>
        <source>Add an evening template&apos;s programme, or an earlier evening&apos;s</source>
        <translation>Add an evening template&apos;s programme, or an earlier evening&apos;s</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="102"/>
        <source>The next round of the programme (F8); its timer starts if it asks for it</source>
        <translation>The next round of the programme (F8); its timer starts if it asks for it</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="100"/>
        <source>Next &amp;round</source>
        <translation>Next &amp;round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="106"/>
        <source>Next agenda &amp;item</source>
        <translation>Next agenda &amp;item</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="108"/>
        <source>The next agenda item of the programme, and its first round (Shift+F8)</source>
        <translation>The next agenda item of the programme, and its first round (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="378"/>
        <source>Next round ▶</source>
        <translation>Next round ▶</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="381"/>
        <source>Next agenda item ▶▶</source>
        <translation>Next agenda item ▶▶</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="433"/>
        <source>Rounds outside the agenda</source>
        <translation>Rounds outside the agenda</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="440"/>
        <source>(no prompt)</source>
        <translation>(no prompt)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="459"/>
        <source>The timer keeps the minutes it has</source>
        <translation>The timer keeps the minutes it has</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="461"/>
        <source>%1 minutes; the timer starts when the programme moves here</source>
        <translation>%1 minutes; the timer starts when the programme moves here</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="463"/>
        <source>%1 minutes on the timer</source>
        <translation>%1 minutes on the timer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="576"/>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="644"/>
        <source>Type the title of the agenda item.</source>
        <translation>Type the title of the agenda item.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="578"/>
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="611"/>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="667"/>
        <source>Type the question of the round.</source>
        <translation>Type the question of the round.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="615"/>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="648"/>
        <source>Change agenda item</source>
        <translation>Change agenda item</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="671"/>
        <source>Change round</source>
        <translation>Change round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="686"/>
        <source>Delete round</source>
        <translation>Delete round</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/programme_panel.py" line="687"/>
        <source>Round “%1” deleted, with its %n note(s); Ctrl+Z brings it back</source>
        <translation>
            <numerusform>Round “%1” deleted, with its %n note(s); Ctrl+Z brings it back</numerusform>
            <numerusform>Round “%1” deleted, with its %n note(s); Ctrl+Z brings it back</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="696"/>
        <source>Delete agenda item</source>
        <translation>Delete agenda item</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="697"/>
        <source>Agenda item “%1” deleted; Ctrl+Z brings it back</source>
        <translation>Agenda item “%1” deleted; Ctrl+Z brings it back</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/programme_panel.py" line="700"/>
        <source>(%n round(s) with notes kept, outside the agenda)</source>
        <translation>
            <numerusform>(%n round(s) with notes kept, outside the agenda)</numerusform>
            <numerusform>(%n round(s) with notes kept, outside the agenda)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="732"/>
        <source>Template: %1</source>
        <translation>Template: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="740"/>
        <source>Copy of “%1”</source>
        <translation>Copy of “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="753"/>
        <source>Programme from “%1”</source>
        <translation>Programme from “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="760"/>
        <source>Copy of a programme</source>
        <translation>Copy of a programme</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="782"/>
        <source>New bijeenkomst</source>
        <translation>New bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="811"/>
        <source>This was the last round of the programme.</source>
        <translation>This was the last round of the programme.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="834"/>
        <source>This was the last agenda item of the programme.</source>
        <translation>This was the last agenda item of the programme.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="852"/>
        <source>Agenda item %1: %2</source>
        <translation>Agenda item %1: %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="855"/>
        <source>round: %1</source>
        <translation>round: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeTree</name>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="282"/>
        <source>Programme of the evening</source>
        <translation>Programme of the evening</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../wijkdesk/ui/progress.py" line="51"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Promoted</name>
    <message>
        <location filename="../../wijkdesk/ui/promoted.py" line="16"/>
        <source>Agreement %1</source>
        <translation>Agreement %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/promoted.py" line="19"/>
        <source>Action point %1</source>
        <translation>Action point %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/promoted.py" line="22"/>
        <source>Denk-spoor step</source>
        <translation>Denk-spoor step</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/promoted.py" line="23"/>
        <source>Doe-spoor step</source>
        <translation>Doe-spoor step</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="32"/>
        <source>Question of the round</source>
        <translation>Question of the round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="37"/>
        <source>Double-click or press F2 to change the question</source>
        <translation>Double-click or press F2 to change the question</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="44"/>
        <source>Change the question of the round (on its heading)</source>
        <translation>Change the question of the round (on its heading)</translation>
    </message>
</context>
<context>
    <name>RankWords</name>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="74"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="78"/>
        <source>(shared)</source>
        <translation>(shared)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="82"/>
        <source>▒▒▒▒▒▒ (face down)</source>
        <translation>▒▒▒▒▒▒ (face down)</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="132"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="149"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="150"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="151"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="152"/>
        <source>&amp;Strength (1–3)</source>
        <translation>&amp;Strength (1–3)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="153"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="115"/>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="145"/>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="199"/>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="202"/>
        <source>Not saved</source>
        <extracomment>edits the file had not taken, saved after all (Save as…, Try again): list of commands a line for the status bar what went wrong, for a facilitator who cannot see the bar (presenting on one screen)</extracomment>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="128"/>
        <source>%1 can only be read, not changed (an e-mail attachment, a read-only folder or another wijkdesk that has it open). Choose Save as… to work on in a copy.</source>
        <translation>%1 can only be read, not changed (an e-mail attachment, a read-only folder or another wijkdesk that has it open). Choose Save as… to work on in a copy.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="138"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="148"/>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/storage_bar.py" line="197"/>
        <source>%n change(s) could not be saved in %1.</source>
        <translation>
            <numerusform>%n change(s) could not be saved in %1.</numerusform>
            <numerusform>%n change(s) could not be saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="200"/>
        <source>Save the whole project elsewhere first?</source>
        <translation>Save the whole project elsewhere first?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="200"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="203"/>
        <source>Close without them? They will be lost.</source>
        <translation>Close without them? They will be lost.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="204"/>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="142"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="146"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="146"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="168"/>
        <source>this laptop</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="171"/>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="172"/>
        <source>laptop %1</source>
        <translation>laptop %1</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="71"/>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="71"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="74"/>
        <source>The question the tables talk about</source>
        <translation>The question the tables talk about</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="77"/>
        <source>(no agenda item)</source>
        <translation>(no agenda item)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="90"/>
        <source>1 Collect</source>
        <translation>1 Collect</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="91"/>
        <source>2 Order</source>
        <translation>2 Order</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="91"/>
        <source>3 Choose</source>
        <translation>3 Choose</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="97"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="98"/>
        <source>as set in the timer</source>
        <translation>as set in the timer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="102"/>
        <source>Start the timer when the programme moves to this round (F8)</source>
        <translation>Start the timer when the programme moves to this round (F8)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="105"/>
        <source>Collect hidden (notes face down until revealed)</source>
        <translation>Collect hidden (notes face down until revealed)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="108"/>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="109"/>
        <source>&amp;Agenda item</source>
        <translation>&amp;Agenda item</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="110"/>
        <source>&amp;Werkvorm</source>
        <translation>&amp;Werkvorm</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="111"/>
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="112"/>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../wijkdesk/settings.py" line="41"/>
        <source>Evening</source>
        <extracomment>the translation context of the labels below (``QCoreApplication.translate(CONTEXT, …)``) the pages of the settings dialog, in order, with their titles</extracomment>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="42"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="43"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="44"/>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="45"/>
        <location filename="../../wijkdesk/settings.py" line="108"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="46"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="83"/>
        <source>Number of tables</source>
        <translation>Number of tables</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="84"/>
        <source>For new bijeenkomsten; each evening can still have its own number</source>
        <translation>For new bijeenkomsten; each evening can still have its own number</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="87"/>
        <source>Stickers per participant</source>
        <translation>Stickers per participant</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="88"/>
        <source>Dots each participant gets for the dot vote, for new bijeenkomsten; 0: not set</source>
        <translation>Dots each participant gets for the dot vote, for new bijeenkomsten; 0: not set</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="91"/>
        <source>Table names</source>
        <translation>Table names</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="94"/>
        <source>Table colours</source>
        <translation>Table colours</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="96"/>
        <source>Minutes for a round</source>
        <translation>Minutes for a round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="98"/>
        <source>Sound at the end of a round</source>
        <translation>Sound at the end of a round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="100"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="101"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="102"/>
        <source>Beamer (high contrast)</source>
        <translation>Beamer (high contrast)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="104"/>
        <source>Font scale</source>
        <translation>Font scale</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="105"/>
        <source>Larger type for this project (Ctrl++ and Ctrl+-)</source>
        <translation>Larger type for this project (Ctrl++ and Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="111"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="112"/>
        <source>The organisation name on the minutes</source>
        <translation>The organisation name on the minutes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="114"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="115"/>
        <source>A PNG or JPEG picture on the minutes</source>
        <translation>A PNG or JPEG picture on the minutes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="63"/>
        <source>black</source>
        <translation>black</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="64"/>
        <source>white</source>
        <translation>white</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="65"/>
        <source>grey</source>
        <translation>grey</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="67"/>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="69"/>
        <source>brown</source>
        <translation>brown</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="69"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="71"/>
        <source>olive</source>
        <translation>olive</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="71"/>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="73"/>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="75"/>
        <source>teal</source>
        <translation>teal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="77"/>
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="79"/>
        <source>purple</source>
        <translation>purple</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="81"/>
        <source>pink</source>
        <translation>pink</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="253"/>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="254"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="258"/>
        <source>Areas of the settings</source>
        <extracomment>key -&gt; its editor, for every declared setting</extracomment>
        <translation>Areas of the settings</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="261"/>
        <source>The new language takes effect when you restart wijkdesk.</source>
        <translation>The new language takes effect when you restart wijkdesk.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="279"/>
        <source>Restore the default settings</source>
        <translation>Restore the default settings</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="322"/>
        <source>Open a project to set these: they are kept per project, on this laptop.</source>
        <translation>Open a project to set these: they are kept per project, on this laptop.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="368"/>
        <source>e.g. Gemeente Wisselmonde</source>
        <translation>e.g. Gemeente Wisselmonde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="384"/>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="388"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="385"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="386"/>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="389"/>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="403"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="404"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="475"/>
        <source>Not a usable logo</source>
        <translation>Not a usable logo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="486"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="39"/>
        <source>Board (Bijeenkomst)</source>
        <extracomment>the canvases whose own keys the sheet lists: (module, class, title for the sheet)</extracomment>
        <translation>Board (Bijeenkomst)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="41"/>
        <source>Stakeholder network</source>
        <translation>Stakeholder network</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="43"/>
        <source>Power/interest grid</source>
        <translation>Power/interest grid</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="45"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="136"/>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="158"/>
        <source>Other actions</source>
        <translation>Other actions</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="175"/>
        <source>Presenting</source>
        <translation>Presenting</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="200"/>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="208"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="202"/>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="203"/>
        <source>Search the shortcuts</source>
        <translation>Search the shortcuts</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="209"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="209"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="226"/>
        <source>Tab moves between the controls of a view; in a menu, the underlined letter chooses. Open this sheet again with F1 or ?.</source>
        <translation>Tab moves between the controls of a view; in a menu, the underlined letter chooses. Open this sheet again with F1 or ?.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="232"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="37"/>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="38"/>
        <source>New stakeholder</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="69"/>
        <source>Personal data (AVG): only with consent, left out of exports and anonymised minutes</source>
        <translation>Personal data (AVG): only with consent, left out of exports and anonymised minutes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="71"/>
        <source>Consent to record this contact</source>
        <translation>Consent to record this contact</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="81"/>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="90"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="91"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="92"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="93"/>
        <source>&amp;Influence (1–5)</source>
        <translation>&amp;Influence (1–5)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="94"/>
        <source>Inter&amp;est (1–5)</source>
        <translation>Inter&amp;est (1–5)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="95"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="96"/>
        <source>&amp;Participation</source>
        <translation>&amp;Participation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="97"/>
        <source>&amp;Contact person (personal data)</source>
        <translation>&amp;Contact person (personal data)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="99"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="100"/>
        <source>Matters in phases</source>
        <translation>Matters in phases</translation>
    </message>
</context>
<context>
    <name>StakeholderView</name>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="53"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="92"/>
        <source>Stakeholders</source>
        <extracomment>the last dialog opened (tests fill it in and accept it)</extracomment>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="54"/>
        <source>&amp;New stakeholder…</source>
        <translation>&amp;New stakeholder…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="55"/>
        <source>Add a stakeholder (Insert)</source>
        <translation>Add a stakeholder (Insert)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="57"/>
        <source>New &amp;relation…</source>
        <translation>New &amp;relation…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="58"/>
        <source>Add a relation (Ctrl+Shift+R)</source>
        <translation>Add a relation (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="60"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="722"/>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="63"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="673"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="66"/>
        <source>F&amp;ocus</source>
        <translation>F&amp;ocus</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="68"/>
        <source>Show the selected stakeholder and its neighbours</source>
        <translation>Show the selected stakeholder and its neighbours</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="70"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="73"/>
        <source>&amp;Import (Kumu CSV)…</source>
        <translation>&amp;Import (Kumu CSV)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="105"/>
        <source>All stakeholders</source>
        <translation>All stakeholders</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="107"/>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="150"/>
        <source>&amp;Network</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="151"/>
        <source>Power/&amp;interest grid</source>
        <translation>Power/&amp;interest grid</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="176"/>
        <source>willing</source>
        <translation>willing</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="176"/>
        <source>middle ground</source>
        <translation>middle ground</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="177"/>
        <source>unwilling</source>
        <translation>unwilling</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="177"/>
        <source>inform</source>
        <translation>inform</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="178"/>
        <source>consult</source>
        <translation>consult</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="178"/>
        <source>advise</source>
        <translation>advise</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="179"/>
        <source>co-produce</source>
        <translation>co-produce</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="180"/>
        <source>co-decide</source>
        <translation>co-decide</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="236"/>
        <source>No places saved yet: this is a computed layout. Choose Layout to keep it, or drag the stakeholders where you want them.</source>
        <translation>No places saved yet: this is a computed layout. Choose Layout to keep it, or drag the stakeholders where you want them.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="262"/>
        <source>No stakeholders yet. Start with who is already at the table (Insert).</source>
        <translation>No stakeholders yet. Start with who is already at the table (Insert).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="269"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="272"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="277"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="279"/>
        <source>There is no resident group in the network yet.</source>
        <translation>There is no resident group in the network yet.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="282"/>
        <source>Brokers (betweenness)</source>
        <translation>Brokers (betweenness)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="283"/>
        <source>Without any relation</source>
        <translation>Without any relation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="284"/>
        <source>No path to a resident group</source>
        <translation>No path to a resident group</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="285"/>
        <source>Per segment</source>
        <translation>Per segment</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="286"/>
        <source>Typical parties not yet in view</source>
        <translation>Typical parties not yet in view</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="349"/>
        <source>Select a stakeholder to focus on.</source>
        <translation>Select a stakeholder to focus on.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="365"/>
        <source>There is already a stakeholder called “%1”; saving makes a second one.</source>
        <translation>There is already a stakeholder called “%1”; saving makes a second one.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="382"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="432"/>
        <source>A stakeholder needs a name.</source>
        <translation>A stakeholder needs a name.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="130"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="392"/>
        <source>New stakeholder</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="437"/>
        <source>Change stakeholder</source>
        <translation>Change stakeholder</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="132"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="459"/>
        <source>New relation</source>
        <translation>New relation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="492"/>
        <source>Change relation</source>
        <translation>Change relation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="522"/>
        <source>Delete stakeholder</source>
        <translation>Delete stakeholder</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="522"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="731"/>
        <source>Delete relation</source>
        <translation>Delete relation</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="537"/>
        <source>Move stakeholder</source>
        <translation>Move stakeholder</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="563"/>
        <source>Influence and interest</source>
        <translation>Influence and interest</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="598"/>
        <source>Spring</source>
        <translation>Spring</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="598"/>
        <source>Kamada–Kawai</source>
        <translation>Kamada–Kawai</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="598"/>
        <source>Grouped by type</source>
        <translation>Grouped by type</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="618"/>
        <source>All anew, also what I placed by hand</source>
        <translation>All anew, also what I placed by hand</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="627"/>
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="673"/>
        <source>&amp;Filter (on)</source>
        <translation>&amp;Filter (on)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="678"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="698"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="713"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="679"/>
        <source>New &amp;relation from here…</source>
        <translation>New &amp;relation from here…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="681"/>
        <source>&amp;Focus on this one</source>
        <translation>&amp;Focus on this one</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="684"/>
        <source>&amp;Unpin (layouts may move it)</source>
        <translation>&amp;Unpin (layouts may move it)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="685"/>
        <source>&amp;Pin (layouts keep it)</source>
        <translation>&amp;Pin (layouts keep it)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="688"/>
        <source>&amp;Delete (with its relations)</source>
        <translation>&amp;Delete (with its relations)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="689"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="699"/>
        <source>&amp;Erase (AVG)…</source>
        <translation>&amp;Erase (AVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="714"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="720"/>
        <source>New stakeholder &amp;here…</source>
        <translation>New stakeholder &amp;here…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="721"/>
        <source>Fit all (0)</source>
        <translation>Fit all (0)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="739"/>
        <source>GraphML (Gephi, yEd)…</source>
        <translation>GraphML (Gephi, yEd)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="740"/>
        <source>GEXF (Gephi)…</source>
        <translation>GEXF (Gephi)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="741"/>
        <source>Gephi CSV (nodes and edges)…</source>
        <translation>Gephi CSV (nodes and edges)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="742"/>
        <source>Kumu CSV (elements and connections)…</source>
        <translation>Kumu CSV (elements and connections)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="743"/>
        <source>Picture (PNG)…</source>
        <translation>Picture (PNG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="744"/>
        <source>Picture (SVG)…</source>
        <translation>Picture (SVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="745"/>
        <source>Picture (PDF)…</source>
        <translation>Picture (PDF)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="762"/>
        <source>Export the network</source>
        <translation>Export the network</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="774"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="778"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="790"/>
        <source>Import stakeholders</source>
        <translation>Import stakeholders</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="794"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="801"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="804"/>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="833"/>
        <source>%n new stakeholder(s)</source>
        <translation>
            <numerusform>%n new stakeholder(s)</numerusform>
            <numerusform>%n new stakeholder(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="834"/>
        <source>%n new relation(s)</source>
        <translation>
            <numerusform>%n new relation(s)</numerusform>
            <numerusform>%n new relation(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="836"/>
        <source>Unknown types, imported as “overig”: %1</source>
        <translation>Unknown types, imported as “overig”: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="839"/>
        <source>Already in the network, linked: %1</source>
        <translation>Already in the network, linked: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="842"/>
        <source>%n duplicate row(s) skipped</source>
        <translation>
            <numerusform>%n duplicate row(s) skipped</numerusform>
            <numerusform>%n duplicate row(s) skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="843"/>
        <source>Import them?</source>
        <translation>Import them?</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="54"/>
        <source>Step on the timeline</source>
        <translation>Step on the timeline</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="56"/>
        <source>Denk-spoor</source>
        <translation>Denk-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="57"/>
        <source>Doe-spoor</source>
        <translation>Doe-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="69"/>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="82"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="92"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="99"/>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="103"/>
        <source>Linked to</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="108"/>
        <source>&amp;Lane</source>
        <translation>&amp;Lane</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="109"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="110"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="111"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="113"/>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="114"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="115"/>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="116"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="117"/>
        <source>&amp;Depends on</source>
        <translation>&amp;Depends on</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="118"/>
        <source>Lin&amp;ked to</source>
        <translation>Lin&amp;ked to</translation>
    </message>
</context>
<context>
    <name>StorageBar</name>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="60"/>
        <source>Save as…</source>
        <extracomment>the error codes that mean &quot;the file could not be written&quot; (not a refused value)</extracomment>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="63"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="70"/>
        <source>The file cannot be saved</source>
        <translation>The file cannot be saved</translation>
    </message>
</context>
<context>
    <name>TablesEditor</name>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="130"/>
        <source>Table names and colours</source>
        <extracomment>(current colour, title) -&gt; a new colour or None; tests replace it</extracomment>
        <translation>Table names and colours</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="131"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="131"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="132"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="142"/>
        <source>Choose c&amp;olour…</source>
        <translation>Choose c&amp;olour…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="144"/>
        <source>Choose the colour of the selected table</source>
        <translation>Choose the colour of the selected table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="147"/>
        <source>Type a name in the list (empty: the default name); a colour&apos;s button, or Choose colour… for the selected table, gives it another colour.</source>
        <translation>Type a name in the list (empty: the default name); a colour&apos;s button, or Choose colour… for the selected table, gives it another colour.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="196"/>
        <source>Name of table %1</source>
        <translation>Name of table %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="209"/>
        <source>Colour of table %1: %2</source>
        <translation>Colour of table %1: %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="211"/>
        <source>Choose the colour of table %1</source>
        <translation>Choose the colour of table %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="215"/>
        <source>Colour of table %1</source>
        <translation>Colour of table %1</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="73"/>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="445"/>
        <source>Timeline with the denk-spoor and the doe-spoor</source>
        <extracomment>the status told in words&apos; stead beside the colour (gepland has none; uitgesteld: ↻n) the design&apos;s type sizes of the labels (points, before the font scale) length of the bar in days (0 for a point); a drag on the right end changes it a step was activated (double-click, Enter): its id</extracomment>
        <translation>Timeline with the denk-spoor and the doe-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="468"/>
        <source>Denk-spoor</source>
        <translation>Denk-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="468"/>
        <source>Doe-spoor</source>
        <translation>Doe-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="501"/>
        <source>The step before or after</source>
        <translation>The step before or after</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="502"/>
        <source>The nearest step on the denk-spoor or the doe-spoor</source>
        <translation>The nearest step on the denk-spoor or the doe-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="505"/>
        <source>Edit the selected step</source>
        <translation>Edit the selected step</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="506"/>
        <source>Go to today</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="508"/>
        <source>Delete the selected step</source>
        <translation>Delete the selected step</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="660"/>
        <source>(now)</source>
        <translation>(now)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="751"/>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="782"/>
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="153"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="154"/>
        <source>&amp;New step…</source>
        <translation>&amp;New step…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="155"/>
        <source>Add a step (Insert)</source>
        <translation>Add a step (Insert)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="157"/>
        <source>&amp;All in view</source>
        <translation>&amp;All in view</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="158"/>
        <source>Show every step (0); zoom with Ctrl+wheel or + and −</source>
        <translation>Show every step (0); zoom with Ctrl+wheel or + and −</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="160"/>
        <source>T&amp;oday</source>
        <translation>T&amp;oday</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="161"/>
        <source>Go to today (T)</source>
        <translation>Go to today (T)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="163"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="174"/>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="186"/>
        <source>Clashes</source>
        <translation>Clashes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="184"/>
        <source>Steps without a date</source>
        <translation>Steps without a date</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="191"/>
        <source>Chosen step</source>
        <translation>Chosen step</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="193"/>
        <source>Without a date</source>
        <translation>Without a date</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="241"/>
        <source>milestone</source>
        <translation>milestone</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="241"/>
        <source>activity</source>
        <translation>activity</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="242"/>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="242"/>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="243"/>
        <source>dot on the horizon</source>
        <translation>dot on the horizon</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="247"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="247"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="248"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="248"/>
        <source>postponed</source>
        <translation>postponed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/timeline_view.py" line="284"/>
        <source>Clashes (%n)</source>
        <translation>
            <numerusform>Clashes (%n)</numerusform>
            <numerusform>Clashes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="286"/>
        <source>No clashes.</source>
        <translation>No clashes.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="318"/>
        <source>Click a step to see its details; double-click to edit it.</source>
        <translation>Click a step to see its details; double-click to edit it.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="329"/>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="352"/>
        <source>Knooppunt</source>
        <translation>Knooppunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="358"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="358"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="359"/>
        <source>Action point</source>
        <translation>Action point</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="359"/>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="360"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="414"/>
        <source>A step needs a title.</source>
        <translation>A step needs a title.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="208"/>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="444"/>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="444"/>
        <source>Change step</source>
        <translation>Change step</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="466"/>
        <source>Move step</source>
        <translation>Move step</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="487"/>
        <source>Delete step</source>
        <translation>Delete step</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="492"/>
        <source>&amp;Edit… (Enter)</source>
        <translation>&amp;Edit… (Enter)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="493"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="500"/>
        <source>New step on %1 (doe-spoor)…</source>
        <translation>New step on %1 (doe-spoor)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="502"/>
        <source>New step on %1 (denk-spoor)…</source>
        <translation>New step on %1 (denk-spoor)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="504"/>
        <source>All in view (0)</source>
        <translation>All in view (0)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="512"/>
        <source>Calendar (iCalendar, .ics)…</source>
        <translation>Calendar (iCalendar, .ics)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="513"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="513"/>
        <source>Picture (PNG)…</source>
        <translation>Picture (PNG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="514"/>
        <source>Picture (SVG)…</source>
        <translation>Picture (SVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="514"/>
        <source>Picture (PDF)…</source>
        <translation>Picture (PDF)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="529"/>
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="542"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="544"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="136"/>
        <source>Time left in this round</source>
        <extracomment>the remaining whole seconds, whenever they change (and on set, start, pause, reset) the countdown reached zero</extracomment>
        <translation>Time left in this round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="143"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="144"/>
        <source>Minutes for the round</source>
        <translation>Minutes for the round</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="148"/>
        <source>Start or pause the timer (F9)</source>
        <translation>Start or pause the timer (F9)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="150"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="151"/>
        <source>Back to the full time (Shift+F9)</source>
        <translation>Back to the full time (Shift+F9)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="153"/>
        <source>Sound at the end</source>
        <translation>Sound at the end</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="162"/>
        <source>Start or pause the round timer</source>
        <translation>Start or pause the round timer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="164"/>
        <source>Reset the round timer</source>
        <translation>Reset the round timer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="171"/>
        <source>Round timer</source>
        <translation>Round timer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="192"/>
        <source>Time!</source>
        <translation>Time!</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="199"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="199"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="322"/>
        <source>Name of the cluster</source>
        <translation>Name of the cluster</translation>
    </message>
</context>
<context>
    <name>TopDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="512"/>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="520"/>
        <source>Top of the ranking</source>
        <translation>Top of the ranking</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="531"/>
        <source>Esc closes this view.</source>
        <translation>Esc closes this view.</translation>
    </message>
</context>
<context>
    <name>VotesDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="118"/>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="481"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="119"/>
        <source>Count &amp;per table</source>
        <translation>Count &amp;per table</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="122"/>
        <source>Also &amp;loose insights</source>
        <translation>Also &amp;loose insights</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="124"/>
        <source>Insights that are in no cluster get a line too. An insight in a cluster counts for its cluster.</source>
        <translation>Insights that are in no cluster get a line too. An insight in a cluster counts for its cluster.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="130"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="132"/>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="310"/>
        <source>Stickers per participant</source>
        <translation>Stickers per participant</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="138"/>
        <source>Votes per cluster and note</source>
        <translation>Votes per cluster and note</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="145"/>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="185"/>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="151"/>
        <source>Right-click a line to make an agreement, action point or timeline step of it.</source>
        <translation>Right-click a line to make an agreement, action point or timeline step of it.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="157"/>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="158"/>
        <source>How many to show on the beamer</source>
        <translation>How many to show on the beamer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="159"/>
        <source>Show on the &amp;beamer</source>
        <translation>Show on the &amp;beamer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="162"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="168"/>
        <source>Type the number of stickers and press Tab or Enter for the next line; + and − work too. Every count is saved at once.</source>
        <translation>Type the number of stickers and press Tab or Enter for the next line; + and − work too. Every count is saved at once.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="178"/>
        <source>Stickers per participant:</source>
        <translation>Stickers per participant:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="241"/>
        <source>(+%n on its insights)</source>
        <translation>
            <numerusform>(+%n on its insights)</numerusform>
            <numerusform>(+%n on its insights)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="268"/>
        <source>Cluster or insight</source>
        <translation>Cluster or insight</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="269"/>
        <source>Whole room</source>
        <translation>Whole room</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="250"/>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="324"/>
        <source>This round has no clusters yet: make them in Order, or tick “Also loose insights” to vote on single insights.</source>
        <translation>This round has no clusters yet: make them in Order, or tick “Also loose insights” to vote on single insights.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="328"/>
        <source>%n sticker(s) counted so far.</source>
        <translation>
            <numerusform>%n sticker counted so far.</numerusform>
            <numerusform>%n stickers counted so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="332"/>
        <source>Everyone has %n sticker(s).</source>
        <translation>
            <numerusform>Everyone has %n sticker.</numerusform>
            <numerusform>Everyone has %n stickers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="334"/>
        <source>%1 present: %2 stickers to expect.</source>
        <translation>%1 present: %2 stickers to expect.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="336"/>
        <source>%n counted so far.</source>
        <translation>
            <numerusform>%n counted so far.</numerusform>
            <numerusform>%n counted so far.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="355"/>
        <source>No votes yet:</source>
        <translation>No votes yet:</translation>
    </message>
</context>
<context>
    <name>VotesEntry</name>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="154"/>
        <source>Votes</source>
        <extracomment>the target being typed changed (its id), or the entry ended (&quot;&quot;)</extracomment>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="155"/>
        <source>Enter: next (after the last: done) · Shift+Tab: back · Esc: done</source>
        <translation>Enter: next (after the last: done) · Shift+Tab: back · Esc: done</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="179"/>
        <source>This round has no clusters or notes to vote on.</source>
        <translation>This round has no clusters or notes to vote on.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="185"/>
        <source>Votes for “%1” (%2 of %3):</source>
        <translation>Votes for “%1” (%2 of %3):</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="36"/>
        <source>Welcome to wijkdesk</source>
        <extracomment>the user asked for a new project the user asked to open a file through a dialog the user asked for the demo project the user picked a recent project (its path)</extracomment>
        <translation>Welcome to wijkdesk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="43"/>
        <source>wijkdesk helps you run a bewonersavond: collect what residents say, cluster and vote on it, map the stakeholders and plan both tracks on a timeline. It works without internet, and afterwards you merge the table laptops&apos; files and export the minutes.</source>
        <translation>wijkdesk helps you run a bewonersavond: collect what residents say, cluster and vote on it, map the stakeholders and plan both tracks on a timeline. It works without internet, and afterwards you merge the table laptops&apos; files and export the minutes.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="48"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="49"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="50"/>
        <source>View the &amp;demo</source>
        <translation>View the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="57"/>
        <location filename="../../wijkdesk/ui/welcome.py" line="75"/>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="61"/>
        <source>No recent projects yet: start a new project, or look around in the demo first.</source>
        <translation>No recent projects yet: start a new project, or look around in the demo first.</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="177"/>
        <source>Zoom in, zoom out</source>
        <extracomment>keys this view handles itself, before window shortcuts see them the focus frame&apos;s width (pixels) and colour (palette.FOCUS) the type size (points) of the canvas&apos;s main texts at scale 1</extracomment>
        <translation>Zoom in, zoom out</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="178"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + mouse wheel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="179"/>
        <source>Zoom where the mouse is</source>
        <translation>Zoom where the mouse is</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="180"/>
        <source>Show everything</source>
        <translation>Show everything</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="182"/>
        <source>Hold and drag to move the view</source>
        <translation>Hold and drag to move the view</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="183"/>
        <source>Clear the selection</source>
        <translation>Clear the selection</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="185"/>
        <source>Menu of the selection</source>
        <translation>Menu of the selection</translation>
    </message>
</context>
</TS>
