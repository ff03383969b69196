<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="76"/>
        <source>About wijkdesk</source>
        <translation>Over wijkdesk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="82"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="93"/>
        <source>For the people who facilitate Dutch neighbourhood meetings (bewonersavonden): collect what residents say, cluster and vote on it, map the stakeholders, plan both tracks on a timeline, merge the table laptops&apos; files and export the minutes. It works without internet and sends nothing anywhere.</source>
        <translation>Voor wie bewonersavonden begeleidt: verzamel wat bewoners zeggen, cluster en stem erover, breng de belanghebbenden in kaart, plan beide sporen op een tijdlijn, voeg de bestanden van de tafellaptops samen en maak het verslag. Het werkt zonder internet en stuurt nergens iets heen.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="99"/>
        <source>Licence: EUPL-1.2 (European Union Public Licence v. 1.2). wijkdesk uses the free software listed below, each under its own licence.</source>
        <translation>Licentie: EUPL-1.2 (European Union Public Licence v. 1.2). wijkdesk gebruikt de vrije software hieronder, elk onder een eigen licentie.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="103"/>
        <source>Qt %1 · Python %2</source>
        <translation>Qt %1 · Python %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="107"/>
        <source>This text is missing from this installation: %1</source>
        <translation>Deze tekst ontbreekt in deze installatie: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="125"/>
        <source>Third-party licences</source>
        <translation>Licenties van derden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/about_dialog.py" line="126"/>
        <source>Licence of wijkdesk</source>
        <translation>Licentie van wijkdesk</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="560"/>
        <source>Agreements and actions</source>
        <extracomment>the evening the Bijeenkomst view shows (set by the main window): chosen on showing the last dialog opened (tests)</extracomment>
        <translation>Afspraken en acties</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="335"/>
        <location filename="../../wijkdesk/ui/actions_view.py" line="565"/>
        <source>Evening</source>
        <translation>Avond</translation>
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
        <translation>bezig</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="73"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="74"/>
        <source>postponed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="89"/>
        <source>cluster “%1”</source>
        <translation>cluster “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="90"/>
        <source>note “%1”</source>
        <translation>notitie “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="95"/>
        <source> (deleted)</source>
        <translation> (verwijderd)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="103"/>
        <source>(no evening)</source>
        <translation>(geen avond)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="178"/>
        <source>A party of the network, or free text</source>
        <translation>Een partij uit het netwerk, of vrije tekst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="179"/>
        <location filename="../../wijkdesk/ui/actions_view.py" line="331"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="181"/>
        <source>Choose a party of the network, or type a name or role</source>
        <translation>Kies een partij uit het netwerk, of typ een naam of rol</translation>
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
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="329"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="330"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="332"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="334"/>
        <source>From</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="350"/>
        <source>A party of the network</source>
        <translation>Een partij uit het netwerk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="567"/>
        <source>E&amp;vening:</source>
        <translation>Av&amp;ond:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="578"/>
        <location filename="../../wijkdesk/ui/actions_view.py" line="591"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="581"/>
        <location filename="../../wijkdesk/ui/actions_view.py" line="592"/>
        <source>Action points</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="584"/>
        <location filename="../../wijkdesk/ui/actions_view.py" line="598"/>
        <source>Open actions of all evenings</source>
        <translation>Open acties van alle avonden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="588"/>
        <source>New a&amp;greement…</source>
        <translation>Nieuwe &amp;afspraak…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="589"/>
        <source>New a&amp;ction point…</source>
        <translation>Nieuw a&amp;ctiepunt…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="596"/>
        <source>This evening</source>
        <translation>Deze avond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="617"/>
        <source>Add one by hand (Insert)</source>
        <translation>Zelf toevoegen (Insert)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="620"/>
        <source>&amp;Edit…</source>
        <translation>Wijzi&amp;gen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="621"/>
        <source>Text, who, when and status of the chosen one (Return)</source>
        <translation>Tekst, wie, wanneer en status van de gekozen regel (Enter)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="623"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="624"/>
        <source>Delete the chosen ones (Delete; Ctrl+Z brings them back)</source>
        <translation>De gekozen regels verwijderen (Delete; Ctrl+Z zet ze terug)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="629"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="630"/>
        <source>One place up in the list (Ctrl+Up)</source>
        <translation>Eén plaats omhoog in de lijst (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="632"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="633"/>
        <source>One place down in the list (Ctrl+Down)</source>
        <translation>Eén plaats omlaag in de lijst (Ctrl+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="635"/>
        <source>Renumber</source>
        <translation>Hernummeren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="636"/>
        <source>Number the list 1, 2, 3, … in its order</source>
        <translation>De lijst in deze volgorde nummeren: 1, 2, 3, …</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="654"/>
        <source>Add an agreement or action point</source>
        <translation>Een afspraak of actiepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="649"/>
        <source>Delete the chosen ones</source>
        <translation>De gekozen regels verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="648"/>
        <source>Edit the chosen one in a dialog</source>
        <translation>De gekozen regel in een venster wijzigen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="656"/>
        <source>Move the chosen one up</source>
        <translation>De gekozen regel omhoog</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="658"/>
        <source>Move the chosen one down</source>
        <translation>De gekozen regel omlaag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="718"/>
        <source>Open actions of all evenings (%1)</source>
        <translation>Open acties van alle avonden (%1)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="736"/>
        <source>Add agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="736"/>
        <source>Add action point</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="737"/>
        <source>Edit agreement</source>
        <translation>Afspraak wijzigen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="737"/>
        <source>Edit action point</source>
        <translation>Actiepunt wijzigen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="738"/>
        <source>Delete agreement</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="739"/>
        <source>Delete action point</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="740"/>
        <source>Move agreement</source>
        <translation>Afspraak verplaatsen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="740"/>
        <source>Move action point</source>
        <translation>Actiepunt verplaatsen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="741"/>
        <source>Renumber agreements</source>
        <translation>Afspraken hernummeren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="742"/>
        <source>Renumber action points</source>
        <translation>Actiepunten hernummeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/actions_view.py" line="848"/>
        <source>Deleted %n; Ctrl+Z brings it back</source>
        <translation>
            <numerusform>Eén verwijderd; Ctrl+Z zet hem terug</numerusform>
            <numerusform>%n verwijderd; Ctrl+Z zet ze terug</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="142"/>
        <source>New agenda item</source>
        <translation>Nieuw agendapunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="142"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="145"/>
        <source>e.g. Welcome and introduction</source>
        <translation>bijv. Welkom en opening</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="149"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="150"/>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="154"/>
        <source>e.g. chair, wijkregisseur</source>
        <translation>bijv. voorzitter, wijkregisseur</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="157"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="158"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="159"/>
        <source>&amp;Who</source>
        <translation>&amp;Wie</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="131"/>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1530"/>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="244"/>
        <source>Not in a cluster</source>
        <translation>Niet in een cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="246"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="258"/>
        <source>Face down · table %1</source>
        <translation>Omgekeerd · tafel %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="260"/>
        <source>Face down</source>
        <translation>Omgekeerd</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="307"/>
        <source>(continued)</source>
        <translation>(vervolg)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="430"/>
        <source>No cards in this round yet.</source>
        <translation>Nog geen kaarten in deze ronde.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="469"/>
        <source>Not all fits at a readable size: the cards are shown page by page.</source>
        <translation>Niet alles past leesbaar: de kaarten staan per pagina.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="527"/>
        <source>No votes counted yet.</source>
        <translation>Nog geen stemmen geteld.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="58"/>
        <source>1 vote</source>
        <translation>1 stem</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="59"/>
        <source>%1 votes</source>
        <translation>%1 stemmen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="65"/>
        <source>and 1 more cluster</source>
        <translation>en nog 1 cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="66"/>
        <source>and %1 more clusters</source>
        <translation>en nog %1 clusters</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="559"/>
        <source>(shared)</source>
        <translation>(gedeeld)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="645"/>
        <source>No stakeholders yet.</source>
        <translation>Nog geen betrokken partijen.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="912"/>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="998"/>
        <source>Interest →     ↑ Influence</source>
        <translation>Belang →     ↑ Invloed</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1033"/>
        <source>Too many parties to show whole on this screen.</source>
        <translation>Te veel partijen om heel op dit scherm te tonen.</translation>
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
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1297"/>
        <source>Nothing planned around today.</source>
        <translation>Niets gepland rond vandaag.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1475"/>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1476"/>
        <source>The round</source>
        <translation>De ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1477"/>
        <source>The top of the ranking</source>
        <translation>De top van de ranglijst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1478"/>
        <source>Who is involved?</source>
        <translation>Wie zijn erbij betrokken?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1479"/>
        <source>Power and interest</source>
        <translation>Invloed en belang</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1480"/>
        <source>Denk-spoor and doe-spoor</source>
        <translation>Denk-spoor en doe-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1481"/>
        <source>Where do we stand?</source>
        <translation>Waar staan we?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="1505"/>
        <source>Choose a cluster on the board first.</source>
        <translation>Kies eerst een cluster op het bord.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="90"/>
        <source>wijkdesk — audience</source>
        <extracomment>the audience window asked to end presenting (Esc)</extracomment>
        <translation>wijkdesk — zaal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="91"/>
        <source>Audience view</source>
        <translation>Zaalbeeld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="108"/>
        <source>Page ▶ (PgDn)</source>
        <translation>Pagina ▶ (PgDn)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="111"/>
        <source>Hide (H)</source>
        <translation>Verbergen (H)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="112"/>
        <source>End (Esc)</source>
        <translation>Stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="109"/>
        <source>Votes (Ctrl+K)</source>
        <translation>Stemmen (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="110"/>
        <source>Timer (Space)</source>
        <translation>Timer (spatie)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="192"/>
        <source>This opens on the laptop&apos;s screen only after presenting ends (Esc): the room would see it.</source>
        <translation>Dit opent pas op het scherm van de laptop als het presenteren stopt (Esc): anders ziet de zaal het.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="106"/>
        <source>◀ Previous view</source>
        <translation>◀ Vorig scherm</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="107"/>
        <source>Next view ▶</source>
        <translation>Volgend scherm ▶</translation>
    </message>
</context>
<context>
    <name>BeamerMenu</name>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="35"/>
        <source>Follow my view</source>
        <extracomment>what the beamer can show (besides &quot;follow&quot;: what the facilitator&apos;s view shows) the choice that follows the facilitator&apos;s view</extracomment>
        <translation>Mijn scherm volgen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="36"/>
        <source>The whole round</source>
        <translation>De hele ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="37"/>
        <source>One cluster</source>
        <translation>Eén cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="38"/>
        <source>The top of the ranking</source>
        <translation>De top van de ranglijst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="39"/>
        <source>The whole network</source>
        <translation>Het hele netwerk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="40"/>
        <source>The whole power/interest grid</source>
        <translation>De hele matrix invloed/belang</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="41"/>
        <source>The timeline around today</source>
        <translation>De tijdlijn rond vandaag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="42"/>
        <source>Where do we stand?</source>
        <translation>Waar staan we?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/__init__.py" line="43"/>
        <source>Title only</source>
        <translation>Alleen de titel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="20"/>
        <source>&amp;Beamer</source>
        <translation>&amp;Beamer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="22"/>
        <source>&amp;Follow my view</source>
        <translation>Mijn scherm &amp;volgen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="22"/>
        <source>The whole &amp;round</source>
        <translation>De hele &amp;ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="23"/>
        <source>One &amp;cluster</source>
        <translation>Eén &amp;cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="24"/>
        <source>The &amp;top of the ranking</source>
        <translation>De &amp;top van de ranglijst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="25"/>
        <source>The whole &amp;network</source>
        <translation>Het hele &amp;netwerk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="26"/>
        <source>The whole power/interest &amp;grid</source>
        <translation>De hele &amp;matrix invloed/belang</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="27"/>
        <source>The time&amp;line around today</source>
        <translation>De &amp;tijdlijn rond vandaag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="28"/>
        <source>&amp;Where do we stand?</source>
        <translation>&amp;Waar staan we?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="28"/>
        <source>Title &amp;only</source>
        <translation>Alleen de t&amp;itel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="43"/>
        <source>Next show</source>
        <translation>Volgende beamerweergave</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="44"/>
        <source>Previous show</source>
        <translation>Vorige beamerweergave</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="46"/>
        <source>Next page (or cluster)</source>
        <translation>Volgende pagina (of cluster)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/actions.py" line="48"/>
        <source>Previous page (or cluster)</source>
        <translation>Vorige pagina (of cluster)</translation>
    </message>
</context>
<context>
    <name>BeamerPanel</name>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="41"/>
        <source>On the beamer:</source>
        <extracomment>the facilitator chose a show (FOLLOW or one of SHOWS) ◀ / ▶: the page (or cluster) before or after the N of the top N</extracomment>
        <translation>Op de beamer:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="45"/>
        <source>What the room sees</source>
        <translation>Wat de zaal ziet</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="53"/>
        <source>What the beamer shows</source>
        <translation>Wat de beamer toont</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="58"/>
        <source>Previous page on the beamer</source>
        <translation>Vorige pagina op de beamer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="59"/>
        <source>Previous page on the beamer (Ctrl+PgUp)</source>
        <translation>Vorige pagina op de beamer (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="61"/>
        <source>Next page on the beamer</source>
        <translation>Volgende pagina op de beamer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="62"/>
        <source>Next page on the beamer (Ctrl+PgDown)</source>
        <translation>Volgende pagina op de beamer (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="73"/>
        <source>Top </source>
        <translation>Top </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="74"/>
        <source>How many of the top the beamer shows</source>
        <translation>Hoeveel van de top de beamer toont</translation>
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
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="120"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="816"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="144"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="145"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="146"/>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="147"/>
        <source>C&amp;hair</source>
        <translation>&amp;Voorzitter</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="148"/>
        <source>&amp;Minute-taker</source>
        <translation>&amp;Notulist</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="149"/>
        <source>&amp;Format</source>
        <translation>&amp;Werkvorm</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="154"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="903"/>
        <source>Number of tables</source>
        <translation>Aantal tafels</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="156"/>
        <source>Names and colours…</source>
        <translation>Namen en kleuren…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="158"/>
        <source>The names and colours of this evening&apos;s tables (empty: the settings&apos;)</source>
        <translation>De namen en kleuren van de tafels van deze avond (leeg: die uit de instellingen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="160"/>
        <source>Ta&amp;bles</source>
        <translation>Ta&amp;fels</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="181"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="292"/>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="183"/>
        <source>New round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="185"/>
        <source>&amp;Votes…</source>
        <translation>&amp;Stemmen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="186"/>
        <source>Type in the dot-vote tallies (Ctrl+K)</source>
        <translation>Stickerstemmen invoeren (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="189"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1033"/>
        <source>Format of the round</source>
        <translation>Werkvorm van de ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="194"/>
        <source>1 Collect</source>
        <translation>1 Verzamelen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="195"/>
        <source>2 Order</source>
        <translation>2 Ordenen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="196"/>
        <source>3 Choose</source>
        <translation>3 Kiezen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="199"/>
        <source>Stage of the round (Alt+%1)</source>
        <translation>Fase van de ronde (Alt+%1)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="204"/>
        <source>Stage of the round: %1</source>
        <translation>Fase van de ronde: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="211"/>
        <source>Collect &amp;hidden</source>
        <translation>&amp;Verborgen verzamelen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="214"/>
        <source>New notes lie face down until you reveal them, so early voices do not steer the room.</source>
        <translation>Nieuwe inzichten liggen omgekeerd tot u ze onthult, zodat de eerste stemmen de zaal niet sturen.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="217"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1052"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Onthullen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="220"/>
        <source>Type in the dot-vote tallies</source>
        <translation>De stemmen per tafel intypen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="231"/>
        <source>Change the question of the round (in the list of rounds)</source>
        <translation>De vraag van de ronde wijzigen (in de lijst met rondes)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="234"/>
        <source>Insights of this round</source>
        <translation>Inzichten van deze ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="242"/>
        <source>Make a cluster of the selected notes (in the list of notes)</source>
        <translation>Een cluster maken van de gekozen inzichten (in de lijst met inzichten)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="248"/>
        <source>Edit the note&apos;s text (in the list of notes)</source>
        <translation>De tekst van de notitie bewerken (in de lijst met notities)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="251"/>
        <source>Colour of the cards</source>
        <translation>Kleur van de kaartjes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="252"/>
        <source>Colour by table</source>
        <translation>Kleur per tafel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="253"/>
        <source>Colour by theme</source>
        <translation>Kleur per thema</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="254"/>
        <source>Colour by phase</source>
        <translation>Kleur per fase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="261"/>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="262"/>
        <source>+ Table</source>
        <translation>+ tafel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="264"/>
        <source>One more table at this evening, for the notes typed in (Ctrl+Shift+T)</source>
        <translation>Een tafel erbij op deze avond, voor de notities die u typt (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="265"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="921"/>
        <source>Add a table</source>
        <translation>Tafel toevoegen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="268"/>
        <source>One more table at this evening</source>
        <translation>Een tafel erbij op deze avond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="271"/>
        <source>Type what is said and press Enter</source>
        <translation>Typ wat er gezegd wordt en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="272"/>
        <source>New insight</source>
        <translation>Nieuw inzicht</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="278"/>
        <source>The next table, for the notes typed in</source>
        <translation>De volgende tafel, voor de ingetypte inzichten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="280"/>
        <source>Delete the selected notes (in the list of notes)</source>
        <translation>De gekozen inzichten verwijderen (in de lijst met inzichten)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="298"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="388"/>
        <source>Show or hide the list of bijeenkomsten</source>
        <translation>De lijst met bijeenkomsten tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="299"/>
        <source>Show or hide the list of bijeenkomsten (Ctrl+B)</source>
        <translation>De lijst met bijeenkomsten tonen of verbergen (Ctrl+B)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="583"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1074"/>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="87"/>
        <source>Table %n</source>
        <translation>
            <numerusform>Tafel %n</numerusform>
            <numerusform>Tafel %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="649"/>
        <source>(no prompt)</source>
        <translation>(geen vraag)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="731"/>
        <source>%1 (hidden)</source>
        <translation>%1 (verborgen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="782"/>
        <source>Change bijeenkomst</source>
        <translation>Bijeenkomst wijzigen</translation>
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
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="831"/>
        <source>Ctrl+Z (Undo) brings it all back.</source>
        <translation>Ctrl+Z (Ongedaan maken) haalt alles terug.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="833"/>
        <source>Delete %1? It has no rounds yet.</source>
        <translation>%1 verwijderen? Er zijn nog geen rondes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="835"/>
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n ronde</numerusform>
            <numerusform>%n rondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="835"/>
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n inzicht</numerusform>
            <numerusform>%n inzichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="837"/>
        <source>%n agreement(s) and action point(s)</source>
        <translation>
            <numerusform>%n afspraak of actiepunt</numerusform>
            <numerusform>%n afspraken en actiepunten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="838"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="840"/>
        <source>Delete %1 with its %2?</source>
        <translation>%1 verwijderen, met de %2?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="919"/>
        <source>An evening has at most %n tables.</source>
        <translation>
            <numerusform>Een avond heeft hoogstens %n tafel.</numerusform>
            <numerusform>Een avond heeft hoogstens %n tafels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="926"/>
        <source>%1 added; the notes typed now belong to it.</source>
        <translation>%1 toegevoegd; de notities die u nu typt horen erbij.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="948"/>
        <source>Tables of the evening</source>
        <translation>Tafels van de avond</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="967"/>
        <source>This text is longer than %n characters; shorten it.</source>
        <translation>
            <numerusform>Deze tekst is langer dan %n teken; maak hem korter.</numerusform>
            <numerusform>Deze tekst is langer dan %n tekens; maak hem korter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="972"/>
        <source>Add insight</source>
        <translation>Inzicht toevoegen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1011"/>
        <source>Choose: count the stickers and type them in with Votes… (Ctrl+K); right-click a line of the ranking to make an agreement or action point of it.</source>
        <translation>Kiezen: tel de stickers en typ ze in bij Stemmen… (Ctrl+K); klik met rechts op een regel van de ranglijst om er een afspraak of actiepunt van te maken.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1033"/>
        <source>Stage of the round</source>
        <translation>Fase van de ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1043"/>
        <source>Collect hidden</source>
        <translation>Verborgen verzamelen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1052"/>
        <source>&amp;Reveal (%n face down)</source>
        <translation>
            <numerusform>&amp;Onthullen (%n omgekeerd)</numerusform>
            <numerusform>&amp;Onthullen (%n omgekeerd)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1068"/>
        <source>Reveal &amp;all</source>
        <translation>&amp;Alles onthullen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1073"/>
        <source>Reveal %1</source>
        <translation>%1 onthullen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1075"/>
        <source>Reveal table %1</source>
        <translation>Tafel %1 onthullen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1095"/>
        <source>Reveal</source>
        <translation>Onthullen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1133"/>
        <source>Make a &amp;cluster of the selection… (Ctrl+G)</source>
        <translation>Maak een &amp;cluster van de selectie… (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1135"/>
        <source>&amp;Move to cluster</source>
        <translation>&amp;Naar cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1144"/>
        <source>Take &amp;out of the cluster</source>
        <translation>&amp;Uit het cluster halen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1146"/>
        <source>&amp;Rename cluster “%1”…</source>
        <translation>Cluster “%1” &amp;hernoemen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1148"/>
        <source>&amp;Dissolve cluster “%1”</source>
        <translation>Cluster “%1” &amp;opheffen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1150"/>
        <source>Merge &amp;duplicates (keep all texts, count once)</source>
        <translation>&amp;Dubbele samenvoegen (alle teksten blijven, telt één keer)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1154"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1183"/>
        <source>&amp;Tags</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1157"/>
        <source>Tags of cluster “%1”</source>
        <translation>Labels van cluster “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1160"/>
        <source>&amp;Erase (AVG)…</source>
        <translation>&amp;Wissen (AVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1177"/>
        <source>&amp;Rename… (F2)</source>
        <translation>&amp;Hernoemen… (F2)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1179"/>
        <source>&amp;Dissolve (notes stay on the board)</source>
        <translation>&amp;Opheffen (inzichten blijven op het bord)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1191"/>
        <source>Wijkkompas &amp;phase</source>
        <translation>Wijkkompas-&amp;fase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1192"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1197"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1201"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1196"/>
        <source>T&amp;rack</source>
        <translation>&amp;Spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1200"/>
        <source>Koppelkans &amp;theme</source>
        <translation>Koppelkans-&amp;thema</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1209"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1222"/>
        <source>New cluster</source>
        <translation>Nieuw cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1222"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1256"/>
        <source>Name of the cluster:</source>
        <translation>Naam van het cluster:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1231"/>
        <source>Make cluster</source>
        <translation>Cluster maken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1228"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="283"/>
        <source>T&amp;idy up</source>
        <translation>&amp;Opruimen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="285"/>
        <source>Clusters side by side, loose notes in a grid below them (one undo step)</source>
        <translation>Clusters naast elkaar, losse inzichten in een raster eronder (één stap ongedaan te maken)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="346"/>
        <source>Notes</source>
        <extracomment>called when the programme moves on by key from another view (given to the panel)</extracomment>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="732"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="751"/>
        <source>Hidden on the beamer: %1</source>
        <translation>Verborgen op de beamer: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="874"/>
        <source>Question of the round</source>
        <translation>Vraag van de ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1008"/>
        <source>Order: drag a card onto another to make a cluster, or select cards and press Ctrl+G; right-click a card to merge duplicates or tag it.</source>
        <translation>Ordenen: sleep een kaartje op een ander om een cluster te maken, of selecteer kaartjes en druk Ctrl+G; klik met rechts op een kaartje om dubbele samen te voegen of labels te geven.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1243"/>
        <source>Move to cluster</source>
        <translation>Naar cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1256"/>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1259"/>
        <source>Rename cluster</source>
        <translation>Cluster hernoemen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1264"/>
        <source>Dissolve cluster</source>
        <translation>Cluster opheffen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1271"/>
        <source>Merge duplicates</source>
        <translation>Dubbele samenvoegen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1277"/>
        <source>Make an &amp;agreement</source>
        <translation>Maak er een &amp;afspraak van</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1278"/>
        <source>Make an a&amp;ction point</source>
        <translation>Maak er een a&amp;ctiepunt van</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1279"/>
        <source>On the timeline, &amp;doe-spoor</source>
        <translation>Op de tijdlijn, &amp;doe-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1280"/>
        <source>On the timeline, d&amp;enk-spoor</source>
        <translation>Op de tijdlijn, d&amp;enk-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1294"/>
        <source>Promote</source>
        <translation>Afspraak of actie maken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1300"/>
        <source>from cluster “%1”</source>
        <translation>uit cluster “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1301"/>
        <source>from note “%1”</source>
        <translation>uit inzicht “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1303"/>
        <source>%1 made %2, %n vote(s)</source>
        <translation>
            <numerusform>%1 gemaakt %2, %n stem</numerusform>
            <numerusform>%1 gemaakt %2, %n stemmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1316"/>
        <source>Delete insight</source>
        <translation>Inzicht verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="1318"/>
        <source>Delete insights</source>
        <translation>Inzichten verwijderen</translation>
    </message>
</context>
<context>
    <name>BoardCanvas</name>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="356"/>
        <source>Board with the notes of this round</source>
        <extracomment>the ids of the selected notes changed (the notes list follows)</extracomment>
        <translation>Bord met de inzichten van deze ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="392"/>
        <source>Table %1</source>
        <translation>Tafel %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="576"/>
        <source>no theme</source>
        <translation>geen thema</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="417"/>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="579"/>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="147"/>
        <source>Hidden on the beamer (F2: edit)</source>
        <translation>Verborgen op de beamer (F2: bewerken)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="581"/>
        <source>no phase</source>
        <translation>geen fase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="587"/>
        <source>No notes yet in this round.</source>
        <translation>Nog geen inzichten in deze ronde.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="697"/>
        <source>Edit the selected note&apos;s text or cluster&apos;s name</source>
        <translation>De tekst van het gekozen inzicht of de naam van het cluster bewerken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="699"/>
        <source>Delete the selected notes; dissolve a selected cluster</source>
        <translation>De gekozen inzichten verwijderen; een gekozen cluster opheffen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="747"/>
        <source>New cluster</source>
        <translation>Nieuw cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="761"/>
        <source>Make cluster</source>
        <translation>Cluster maken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="762"/>
        <source>Move to cluster</source>
        <translation>Naar cluster verplaatsen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="763"/>
        <source>Move notes</source>
        <translation>Inzichten verplaatsen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="763"/>
        <source>Move cluster</source>
        <translation>Cluster verplaatsen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/board_canvas.py" line="927"/>
        <source>This text is longer than %n characters; shorten it.</source>
        <translation>
            <numerusform>Deze tekst is langer dan %n teken; maak hem korter.</numerusform>
            <numerusform>Deze tekst is langer dan %n tekens; maak hem korter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="930"/>
        <source>Edit note</source>
        <translation>Inzicht bewerken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="967"/>
        <source>Rename cluster</source>
        <translation>Cluster hernoemen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="997"/>
        <source>Delete notes</source>
        <translation>Inzichten verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="998"/>
        <source>Dissolve cluster</source>
        <translation>Cluster opheffen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="998"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1016"/>
        <source>Tidy up the board</source>
        <translation>Bord opruimen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1023"/>
        <source>Fit all (0)</source>
        <translation>Alles in beeld (0)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1024"/>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1025"/>
        <source>Zoom out (−)</source>
        <translation>Uitzoomen (−)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1026"/>
        <source>&amp;Tidy up the board</source>
        <translation>Bord &amp;opruimen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1036"/>
        <source>Colour by table</source>
        <translation>Kleur per tafel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1036"/>
        <source>Colour by theme</source>
        <translation>Kleur per thema</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="1037"/>
        <source>Colour by phase</source>
        <translation>Kleur per fase</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../wijkdesk/ui/board_canvas.py" line="293"/>
        <source>Text of the note</source>
        <translation>Tekst van het inzicht</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../wijkdesk/cli.py" line="179"/>
        <source>Not enough memory to finish; nothing was changed.</source>
        <extracomment>The formats of ``wijkdesk export``; a new format is one more entry here.</extracomment>
        <translation>Niet genoeg geheugen om dit af te maken; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="192"/>
        <source>Demo project written to {path}</source>
        <translation>Demoproject geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="214"/>
        <source>OK: {path} is a valid wijkdesk project (format {version}, {records} records, {ops} changes, {conflicts} conflicts)</source>
        <translation>OK: {path} is een geldig wijkdesk-project (formaat {version}, {records} gegevens, {ops} wijzigingen, {conflicts} conflicten)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="220"/>
        <source>The file holds an edit that was cut off (wijkdesk was stopped while saving). It was checked as it will be once that edit is undone, which opening it in wijkdesk does; the file itself was not changed.</source>
        <translation>Het bestand bevat een afgebroken wijziging (wijkdesk werd gestopt tijdens het opslaan). Het is gecontroleerd zoals het wordt als die wijziging ongedaan is gemaakt; dat gebeurt als u het opent in wijkdesk. Het bestand zelf is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="234"/>
        <source>Imported {n} insights ({clusters} new clusters, {votes} votes)</source>
        <translation>{n} inzichten geïmporteerd ({clusters} nieuwe clusters, {votes} stemmen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="257"/>
        <location filename="../../wijkdesk/cli.py" line="285"/>
        <source>Written: {path}</source>
        <translation>Geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="306"/>
        <source>Would erase completely: {kind} “{label}”</source>
        <translation>Zou helemaal wissen: {kind} “{label}”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="308"/>
        <source>Texts that mention the name: {n}</source>
        <translation>Teksten die de naam noemen: {n}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="317"/>
        <source>Erased completely: {kind} {id}</source>
        <translation>Volledig gewist: {kind} {id}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="319"/>
        <source>Name taken out of {n} texts</source>
        <translation>Naam weggehaald uit {n} teksten</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="183"/>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="185"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="185"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="185"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="195"/>
        <source>Conflicts to review</source>
        <translation>Conflicten om te beoordelen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="197"/>
        <source>&amp;Keep this value</source>
        <translation>Deze waarde &amp;houden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="199"/>
        <source>Nothing to review: every merged value is clear.</source>
        <translation>Niets te beoordelen: elke samengevoegde waarde is duidelijk.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="200"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="208"/>
        <source>These fields were changed on more than one laptop, or deleted on one and changed on another. The value shown now is the latest; choose the one to keep.</source>
        <translation>Deze velden zijn op meer dan één laptop gewijzigd, of op de ene verwijderd en op de andere gewijzigd. Nu staat de laatste waarde in beeld; kies welke u houdt.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="229"/>
        <source>delete it</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="229"/>
        <source>keep it</source>
        <translation>houden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="232"/>
        <source>keep it, changed: %1 = %2</source>
        <translation>houden, gewijzigd: %1 = %2</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <location filename="../../wijkdesk/ui/theme.py" line="296"/>
        <source>&amp;Larger text</source>
        <extracomment>the beamer theme&apos;s base type: this many times the system&apos;s, and at least MIN_BEAMER_PT the audience window&apos;s body type at 1080 screen lines (font scale 1), and its least size the beamer palette: (role, colour); text roles reach 7:1 on their backgrounds text of disabled controls in the beamer theme (on Window, Base and Button) the pairs of the beamer palette that are text on a background (the contrast test reads it) edges of controls in the beamer theme, and a checked button the theme or the font scale changed: fonts and colours are to be made again</extracomment>
        <translation>&amp;Grotere letters</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/theme.py" line="299"/>
        <source>S&amp;maller text</source>
        <translation>&amp;Kleinere letters</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/theme.py" line="301"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale lettergrootte</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/theme.py" line="303"/>
        <source>&amp;Beamer theme (high contrast)</source>
        <translation>&amp;Beamerthema (hoog contrast)</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="123"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="125"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="126"/>
        <source>The date it is due; Delete: no date</source>
        <translation>De datum waarop het klaar moet zijn; Delete: geen datum</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="45"/>
        <source>Erase (AVG)</source>
        <extracomment>what the erasure did (wijkdesk.model.erasure.Result), once done</extracomment>
        <translation>Wissen (AVG)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="50"/>
        <source>This erases %1 “%2” completely, with every text it holds.</source>
        <translation>Dit wist %1 “%2” helemaal, met alle tekst erin.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="56"/>
        <source>Name to erase</source>
        <translation>Naam om te wissen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="57"/>
        <source>a name; more names separated by ;</source>
        <translation>een naam; meer namen gescheiden door ;</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="58"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="60"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="69"/>
        <source>Texts that mention the name</source>
        <translation>Teksten die de naam noemen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="73"/>
        <source>Erasing removes this text from the file for good, also from its history: it cannot be undone, and the steps before it can no longer be undone either. In the other texts the name is replaced by “%1”. Copies of the file on other laptops keep the text until they are merged with this one.</source>
        <translation>Wissen haalt deze tekst voorgoed uit het bestand, ook uit de geschiedenis ervan. Dit kan niet ongedaan worden gemaakt, en de stappen ervoor kunnen daarna ook niet meer ongedaan worden gemaakt. In de andere teksten komt “%1” in plaats van de naam. Kopieën van het bestand op andere laptops houden de tekst tot ze met dit bestand worden samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="83"/>
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/cli.py" line="315"/>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="105"/>
        <source>[erased]</source>
        <translation>[gewist]</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="127"/>
        <source>Type a name to find the texts that mention it.</source>
        <translation>Typ een naam om de teksten te vinden die hem noemen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="130"/>
        <source>%n text(s) mention the name. The name is taken out of every ticked one:</source>
        <translation>
            <numerusform>Eén tekst noemt de naam. Is hij aangevinkt, dan gaat de naam eruit:</numerusform>
            <numerusform>%n teksten noemen de naam. Uit elke aangevinkte tekst gaat de naam eruit:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="133"/>
        <source>No other text mentions the name.</source>
        <translation>Geen andere tekst noemt de naam.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="138"/>
        <source>%1 “%2” — %3: %4</source>
        <translation>%1 “%2” — %3: %4</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="141"/>
        <source>(an earlier version)</source>
        <translation>(een eerdere versie)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/erase_dialog.py" line="143"/>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../wijkdesk/messages.py" line="16"/>
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="17"/>
        <source>{path} is a folder, not a wijkdesk project file.</source>
        <translation>{path} is een map, geen wijkdesk-projectbestand.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="18"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Het bestand {path} kan niet gelezen worden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="19"/>
        <source>{path} is not a wijkdesk project file (it is not a database).</source>
        <translation>{path} is geen wijkdesk-projectbestand (het is geen database).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="21"/>
        <source>{path} is a database of another application, not a wijkdesk project.</source>
        <translation>{path} is een database van een ander programma, geen wijkdesk-project.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="23"/>
        <source>{path} was made by a newer version of wijkdesk (file format {found}; this version reads up to {supported}). Update wijkdesk to open it; the file was not changed.</source>
        <translation>{path} is gemaakt met een nieuwere versie van wijkdesk (bestandsformaat {found}; deze versie leest tot en met {supported}). Werk wijkdesk bij om het te openen; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="27"/>
        <source>{path} is damaged and cannot be opened safely ({reason}).</source>
        <translation>{path} is beschadigd en kan niet veilig geopend worden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="28"/>
        <source>{path} does not have the structure of a wijkdesk project ({reason}).</source>
        <translation>{path} heeft niet de opbouw van een wijkdesk-project ({reason}).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="30"/>
        <source>The file {path} already exists.</source>
        <translation>Het bestand {path} bestaat al.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="31"/>
        <source>{path} is not a regular file.</source>
        <translation>{path} is geen gewoon bestand.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="32"/>
        <source>{path} is too large to be a wijkdesk project.</source>
        <translation>{path} is te groot voor een wijkdesk-project.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="33"/>
        <source>{path} belongs to another project; only copies of this project can be merged.</source>
        <translation>{path} hoort bij een ander project; alleen kopieën van dit project kunnen worden samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="36"/>
        <source>Could not write {path}: {reason}. Nothing was changed.</source>
        <translation>Kon {path} niet schrijven: {reason}. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="38"/>
        <source>{path} can only be read, not changed (an e-mail attachment, a read-only folder or stick): your change was not saved. Choose Save as… to work on in a copy.</source>
        <translation>{path} kan alleen gelezen worden, niet gewijzigd (een bijlage uit de e-mail, een map of stick die alleen-lezen is): uw wijziging is niet bewaard. Kies Opslaan als… om in een kopie verder te werken.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="41"/>
        <source>The file {path} is no longer there (a USB stick that was pulled out?): your change was not saved. Choose Save as… to save the whole project elsewhere.</source>
        <translation>Het bestand {path} is er niet meer (een USB-stick die is losgehaald?): uw wijziging is niet bewaard. Kies Opslaan als… om het hele project ergens anders op te slaan.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="44"/>
        <source>The disk holding {path} is full: your change was not saved. Make room, or choose Save as… to save the whole project on another disk.</source>
        <translation>De schijf met {path} is vol: uw wijziging is niet bewaard. Maak ruimte, of kies Opslaan als… om het hele project op een andere schijf op te slaan.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="47"/>
        <source>{path} is being saved by another program right now; nothing was changed. Try again in a moment.</source>
        <translation>{path} wordt nu door een ander programma opgeslagen; er is niets veranderd. Probeer het zo nog eens.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="50"/>
        <source>{path} is open in wijkdesk by {user} on {host} since {since}. You can open it read-only, or ask them to close it first.</source>
        <translation>{path} is geopend in wijkdesk door {user} op {host} sinds {since}. U kunt het alleen-lezen openen, of vragen het eerst te sluiten.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="53"/>
        <source>The field &apos;{field}&apos; needs a value.</source>
        <translation>Het veld &apos;{field}&apos; moet een waarde hebben.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="54"/>
        <source>The field &apos;{field}&apos; needs {expected}.</source>
        <translation>Het veld &apos;{field}&apos; verwacht {expected}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="55"/>
        <source>The text for &apos;{field}&apos; is longer than {limit} characters.</source>
        <translation>De tekst voor &apos;{field}&apos; is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="57"/>
        <source>&apos;{value}&apos; in &apos;{field}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>&apos;{value}&apos; in &apos;{field}&apos; is geen datum (gebruik JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="58"/>
        <source>&apos;{value}&apos; is not a valid choice for &apos;{field}&apos;.</source>
        <translation>&apos;{value}&apos; is geen geldige keuze voor &apos;{field}&apos;.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="59"/>
        <source>{value} is out of range for &apos;{field}&apos;.</source>
        <translation>{value} valt buiten het bereik van &apos;{field}&apos;.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="60"/>
        <source>&apos;{field}&apos; is not a field of {kind}.</source>
        <translation>&apos;{field}&apos; is geen veld van {kind}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="61"/>
        <source>&apos;{kind}&apos; is not a kind of record.</source>
        <translation>&apos;{kind}&apos; is geen soort gegeven.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="62"/>
        <source>There is no {kind} with id {id}.</source>
        <translation>Er is geen {kind} met id {id}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="63"/>
        <source>The {field} of this {kind} points to nothing that exists.</source>
        <translation>Het veld {field} van deze {kind} verwijst naar iets dat niet bestaat.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="65"/>
        <source>A person&apos;s name may only be stored with their consent.</source>
        <translation>Een naam van een persoon mag alleen worden opgeslagen met diens toestemming.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="67"/>
        <source>Give a name of at least two letters to search for.</source>
        <translation>Geef een naam van minstens twee letters om naar te zoeken.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="69"/>
        <source>This project has no record with id {id}.</source>
        <translation>Dit project heeft geen gegeven met id {id}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="70"/>
        <source>The CSV file {path} is empty.</source>
        <translation>Het CSV-bestand {path} is leeg.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="71"/>
        <source>The CSV file {path} has no column for the text (name it &apos;tekst&apos; or &apos;text&apos;).</source>
        <translation>Het CSV-bestand {path} heeft geen kolom voor de tekst (noem die &apos;tekst&apos; of &apos;text&apos;).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="73"/>
        <source>Line {line} of {path}: {reason}</source>
        <translation>Regel {line} van {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="74"/>
        <source>Line {line} of {path}: this bijeenkomst has no table &apos;{table}&apos;; its tables are {tables} (a table can be named by its name or its number). Nothing was imported.</source>
        <translation>Regel {line} van {path}: deze bijeenkomst heeft geen tafel &apos;{table}&apos;; de tafels zijn {tables} (een tafel kan bij naam of nummer genoemd worden). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="77"/>
        <source>The CSV file {path} is not in a known character encoding.</source>
        <translation>Het CSV-bestand {path} heeft geen bekende tekencodering.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="79"/>
        <source>The CSV file {path} has more than {limit} lines; wijkdesk takes at most {limit} insights at a time. Nothing was imported.</source>
        <translation>Het CSV-bestand {path} heeft meer dan {limit} regels; wijkdesk neemt er hoogstens {limit} inzichten tegelijk op. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="82"/>
        <source>Line {line} of {path}: a quote (&quot;) is opened but never closed. Nothing was imported.</source>
        <translation>Regel {line} van {path}: een aanhalingsteken (&quot;) wordt geopend maar nooit gesloten. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="85"/>
        <source>There is no bijeenkomst &apos;{session}&apos; in this project.</source>
        <translation>Er is geen bijeenkomst &apos;{session}&apos; in dit project.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="86"/>
        <source>This project has no bijeenkomst to put the insights in.</source>
        <translation>Dit project heeft geen bijeenkomst om de inzichten in te zetten.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="88"/>
        <source>This project has no bijeenkomst yet, so there are no minutes to make.</source>
        <translation>Dit project heeft nog geen bijeenkomst, dus er is geen verslag te maken.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="90"/>
        <source>&apos;{session}&apos; names {count} bijeenkomsten in this project; name one by its title or id.</source>
        <translation>&apos;{session}&apos; past bij {count} bijeenkomsten in dit project; noem er één bij titel of id.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="93"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Het exporteren is afgebroken; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="94"/>
        <source>{path} is not a picture wijkdesk can use as a logo: {reason}. Use a PNG or JPEG picture.</source>
        <translation>{path} is geen afbeelding die wijkdesk als logo kan gebruiken: {reason}. Gebruik een PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="97"/>
        <source>The logo {path} is too large ({size}); use a picture of at most {limit}.</source>
        <translation>Het logo {path} is te groot ({size}); gebruik een afbeelding van hoogstens {limit}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="170"/>
        <source>it is not a PNG or JPEG picture</source>
        <translation>het is geen PNG- of JPEG-afbeelding</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="171"/>
        <source>the picture is damaged or incomplete</source>
        <translation>de afbeelding is beschadigd of onvolledig</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="173"/>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="174"/>
        <source>it is not a file</source>
        <translation>het is geen bestand</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="176"/>
        <source>a change that differs from this project&apos;s</source>
        <translation>een wijziging die anders is dan in dit project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="178"/>
        <source>a change dated after the year 2200</source>
        <translation>een wijziging met een datum na het jaar 2200</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="180"/>
        <source>a change that cannot be read</source>
        <translation>een wijziging die niet te lezen is</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="181"/>
        <source>a change with a malformed id</source>
        <translation>een wijziging met een ongeldige id</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="182"/>
        <source>a change with a text that is not valid Unicode</source>
        <translation>een wijziging met een tekst die geen geldige Unicode is</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="184"/>
        <source>a change with a value of the wrong type</source>
        <translation>een wijziging met een waarde van de verkeerde soort</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="186"/>
        <source>a change with malformed predecessors</source>
        <translation>een wijziging met ongeldige voorgangers</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="188"/>
        <source>a malformed delete</source>
        <translation>een ongeldige verwijdering</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="189"/>
        <source>a malformed erasure</source>
        <translation>een ongeldige AVG-wissing</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="190"/>
        <source>a second project record</source>
        <translation>een tweede projectgegeven</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="191"/>
        <source>a change that replaces a later one</source>
        <translation>een wijziging die een latere wijziging vervangt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="193"/>
        <source>a record of another kind than in another file</source>
        <translation>een gegeven dat in een ander bestand van een andere soort is</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="195"/>
        <source>a record of another kind than in this project</source>
        <translation>een gegeven dat in dit project van een andere soort is</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="197"/>
        <source>a record of two kinds</source>
        <translation>een gegeven van twee soorten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="198"/>
        <source>a record without a required field</source>
        <translation>een gegeven zonder een verplicht veld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="200"/>
        <source>tables differ</source>
        <translation>de tabellen wijken af</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="201"/>
        <source>it has an unfinished change</source>
        <translation>er is een onafgemaakte wijziging; open het bestand in wijkdesk om die af te ronden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="99"/>
        <source>There is no stakeholder with id {id} (it may have been deleted).</source>
        <translation>Er is geen stakeholder met id {id} (misschien is die verwijderd).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="101"/>
        <source>{name} cannot have a relation with itself.</source>
        <translation>{name} kan geen relatie met zichzelf hebben.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="102"/>
        <source>There already is a relation &apos;{type}&apos; from {source} to {target}.</source>
        <translation>Er is al een relatie &apos;{type}&apos; van {source} naar {target}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="104"/>
        <source>{path} is the project file itself; choose another name for the export.</source>
        <translation>{path} is het projectbestand zelf; kies een andere naam voor de export.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="106"/>
        <source>{path} is not an ordinary file (a pipe, a device or a socket); choose a file name for the export. Nothing was written.</source>
        <translation>{path} is geen gewoon bestand (een pipe, een apparaat of een socket); kies een bestandsnaam voor de export. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="109"/>
        <source>A picture can be saved as PNG, SVG or PDF; &apos;{suffix}&apos; is none of these.</source>
        <translation>Een afbeelding kan worden opgeslagen als PNG, SVG of PDF; &apos;{suffix}&apos; is geen van deze.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="111"/>
        <source>The CSV file {path} is not a Kumu sheet: it has the columns {found}; wijkdesk needs {wanted}.</source>
        <translation>Het CSV-bestand {path} is geen Kumu-blad: het heeft de kolommen {found}; wijkdesk heeft {wanted} nodig.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="114"/>
        <source>{path} is a spreadsheet workbook, not a CSV file; save the Elements and Connections sheets as CSV first.</source>
        <translation>{path} is een werkmap van een rekenblad, geen CSV-bestand; sla de bladen Elements en Connections eerst op als CSV.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="117"/>
        <source>The CSV file {path} has more than {limit} lines; wijkdesk takes at most {limit} stakeholders or relations at a time. Nothing was imported.</source>
        <translation>Het CSV-bestand {path} heeft meer dan {limit} regels; wijkdesk neemt er hoogstens {limit} stakeholders of relaties tegelijk op. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="120"/>
        <source>The connections in {path} name parties that are neither in the elements nor in this project: {names}. Nothing was imported.</source>
        <translation>De verbindingen in {path} noemen partijen die niet bij de elementen staan en ook niet in dit project: {names}. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="123"/>
        <source>The date {value} is outside the timeline, which runs from {first} to {last}.</source>
        <translation>De datum {value} valt buiten de tijdlijn, die loopt van {first} tot en met {last}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="125"/>
        <source>&apos;{title}&apos; ends ({end}) before it starts ({start}).</source>
        <translation>&apos;{title}&apos; eindigt ({end}) voordat het begint ({start}).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="127"/>
        <source>A stip on the horizon belongs on the denk-spoor; &apos;{title}&apos; is on the doe-spoor.</source>
        <translation>Een stip op de horizon hoort op het denk-spoor; &apos;{title}&apos; staat op het doe-spoor.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="129"/>
        <source>There is no step with id {id} on the timeline (it may have been deleted).</source>
        <translation>Er staat geen stap met id {id} op de tijdlijn (misschien is die verwijderd).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="131"/>
        <source>&apos;{title}&apos; cannot depend on itself.</source>
        <translation>&apos;{title}&apos; kan niet van zichzelf afhangen.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="132"/>
        <source>&apos;{after}&apos; already depends on &apos;{before}&apos;.</source>
        <translation>&apos;{after}&apos; hangt al af van &apos;{before}&apos;.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="133"/>
        <source>The steps would wait for each other in a circle: {cycle}.</source>
        <translation>De stappen zouden in een kring op elkaar wachten: {cycle}.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="135"/>
        <source>There is nothing with id {id} that can be linked here (it may have been deleted).</source>
        <translation>Er is hier niets met id {id} om te koppelen (misschien is het verwijderd).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="137"/>
        <source>&apos;{title}&apos; cannot be linked to itself.</source>
        <translation>&apos;{title}&apos; kan niet aan zichzelf gekoppeld worden.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="138"/>
        <source>&apos;{source}&apos; and &apos;{target}&apos; are already linked.</source>
        <translation>&apos;{source}&apos; en &apos;{target}&apos; zijn al gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="139"/>
        <source>&apos;{source}&apos; and &apos;{target}&apos; are not linked.</source>
        <translation>&apos;{source}&apos; en &apos;{target}&apos; zijn niet gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="140"/>
        <source>&apos;{title}&apos; comes with the Wijkkompas and cannot be deleted; set it to &apos;not applicable&apos; instead.</source>
        <translation>&apos;{title}&apos; hoort bij het Wijkkompas en kan niet worden verwijderd; zet het op &apos;niet van toepassing&apos;.</translation>
    </message>
</context>
<context>
    <name>EveningTablesDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/evening_tables.py" line="22"/>
        <source>Tables of “%1”</source>
        <translation>Tafels van “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/evening_tables.py" line="27"/>
        <source>These names and colours hold for this evening only; a table left as it is follows the settings (Settings → Tables). The number of tables is set in the evening&apos;s form.</source>
        <translation>Deze namen en kleuren gelden alleen voor deze avond; een tafel die u laat zoals hij is, volgt de instellingen (Instellingen → Tafels). Het aantal tafels stelt u in het formulier van de avond in.</translation>
    </message>
</context>
<context>
    <name>Expected</name>
    <message>
        <location filename="../../wijkdesk/messages.py" line="208"/>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="209"/>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="210"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="211"/>
        <source>yes or no</source>
        <translation>ja of nee</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="212"/>
        <source>a date</source>
        <translation>een datum</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="213"/>
        <source>a reference to another record</source>
        <translation>een verwijzing naar iets anders in het project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="214"/>
        <source>a list of numbers</source>
        <translation>een lijst met getallen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="215"/>
        <source>an id (UUID)</source>
        <translation>een id (UUID)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../wijkdesk/messages.py" line="277"/>
        <source>absent with notice</source>
        <translation>afwezig met bericht</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="278"/>
        <source>step after</source>
        <translation>stap erna</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="279"/>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="287"/>
        <source>step before</source>
        <translation>stap ervoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="288"/>
        <source>bijeenkomst</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="289"/>
        <source>chair</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="290"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="291"/>
        <source>colour</source>
        <translation>kleur</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="294"/>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="295"/>
        <source>contact consent</source>
        <translation>toestemming contactpersoon</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="296"/>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="322"/>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="298"/>
        <source>current phase</source>
        <translation>huidige fase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="280"/>
        <source>agenda item</source>
        <translation>agendapunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="281"/>
        <source>start the timer</source>
        <translation>timer starten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="282"/>
        <source>stickers per participant</source>
        <translation>stickers per deelnemer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="283"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="284"/>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="285"/>
        <source>who (a party)</source>
        <translation>wie (een partij)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="286"/>
        <source>approach</source>
        <translation>aanpak</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="292"/>
        <source>results communicated</source>
        <translation>communicatie over resultaten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="293"/>
        <source>note on communication</source>
        <translation>notitie bij communicatie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="297"/>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="299"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="300"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="301"/>
        <source>due</source>
        <translation>wanneer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="302"/>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="303"/>
        <source>process facilitated</source>
        <translation>procesbegeleiding</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="304"/>
        <source>note on facilitation</source>
        <translation>notitie bij procesbegeleiding</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="305"/>
        <source>format</source>
        <translation>werkvorm</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="307"/>
        <source>front-runners</source>
        <translation>koplopers</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="308"/>
        <source>note on front-runners</source>
        <translation>notitie bij koplopers</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="309"/>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="310"/>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="311"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="312"/>
        <source>influence</source>
        <translation>invloed</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="313"/>
        <source>interest</source>
        <translation>belang</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="314"/>
        <source>Wijkkompas key</source>
        <translation>Wijkkompas-sleutel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="315"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="316"/>
        <source>minute-taker</source>
        <translation>notulist</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="317"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="318"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="319"/>
        <source>next meeting</source>
        <translation>volgende bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="320"/>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="321"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="323"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="324"/>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="325"/>
        <source>participation</source>
        <translation>participatie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="326"/>
        <source>parties</source>
        <translation>partijen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="327"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="328"/>
        <source>phases</source>
        <translation>fasen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="329"/>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="330"/>
        <source>position</source>
        <translation>positie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="331"/>
        <source>times postponed</source>
        <translation>keer uitgesteld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="332"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="333"/>
        <source>residents&apos; role</source>
        <translation>rol van bewoners</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="334"/>
        <source>note on residents&apos; role</source>
        <translation>notitie bij rol van bewoners</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="335"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="336"/>
        <source>round</source>
        <translation>ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="337"/>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="338"/>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="339"/>
        <source>stage</source>
        <translation>fase van de ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="340"/>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="341"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="342"/>
        <source>strength</source>
        <translation>sterkte</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="343"/>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="344"/>
        <source>table</source>
        <translation>tafel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="345"/>
        <source>tables</source>
        <translation>tafels</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="346"/>
        <source>for</source>
        <translation>voor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="347"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="348"/>
        <source>tips</source>
        <translation>tips</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="349"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="351"/>
        <source>track</source>
        <translation>spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="352"/>
        <source>trust</source>
        <translation>vertrouwen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="353"/>
        <source>note on trust</source>
        <translation>notitie bij vertrouwen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="354"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="355"/>
        <source>urgency</source>
        <translation>urgentie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="356"/>
        <source>note on urgency</source>
        <translation>notitie bij urgentie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="357"/>
        <source>vision</source>
        <translation>visie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="358"/>
        <source>note on vision</source>
        <translation>notitie bij visie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="359"/>
        <source>what</source>
        <translation>wat</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="360"/>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="361"/>
        <source>wijk</source>
        <translation>wijk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="362"/>
        <source>position across</source>
        <translation>positie horizontaal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="363"/>
        <source>position down</source>
        <translation>positie verticaal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="364"/>
        <source>deleted or kept</source>
        <translation>verwijderen of houden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="306"/>
        <source>linked from</source>
        <translation>gekoppeld vanuit</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="350"/>
        <source>linked to</source>
        <translation>gekoppeld aan</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../wijkdesk/ui/network_view.py" line="557"/>
        <source>Power/interest grid</source>
        <translation>Macht/belang-matrix</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="812"/>
        <location filename="../../wijkdesk/ui/network_view.py" line="564"/>
        <source>Manage closely</source>
        <translation>Nauw betrekken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="813"/>
        <location filename="../../wijkdesk/ui/network_view.py" line="565"/>
        <source>Keep satisfied</source>
        <translation>Tevreden houden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="814"/>
        <location filename="../../wijkdesk/ui/network_view.py" line="566"/>
        <source>Keep informed</source>
        <translation>Informeren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/screens.py" line="815"/>
        <location filename="../../wijkdesk/ui/network_view.py" line="567"/>
        <source>Monitor</source>
        <translation>Monitoren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/network_view.py" line="631"/>
        <source>Interest →</source>
        <translation>Belang →</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/network_view.py" line="634"/>
        <source>Influence →</source>
        <translation>Invloed →</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="27"/>
        <source>Import insights</source>
        <translation>Inzichten importeren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="29"/>
        <source>%1, %2 and %3 will be added to %4.</source>
        <translation>%1, %2 en %3 worden toegevoegd aan %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/import_dialog.py" line="30"/>
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n inzicht</numerusform>
            <numerusform>%n inzichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/import_dialog.py" line="31"/>
        <source>%n new cluster(s)</source>
        <translation>
            <numerusform>%n nieuw cluster</numerusform>
            <numerusform>%n nieuwe clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/import_dialog.py" line="32"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n stem</numerusform>
            <numerusform>%n stemmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="37"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="37"/>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="37"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="37"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="38"/>
        <source>The lines that will be imported</source>
        <translation>De regels die worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="48"/>
        <source>… and %1 more lines.</source>
        <translation>… en nog %1 regels.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/import_dialog.py" line="52"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../wijkdesk/ui/interaction.py" line="16"/>
        <source>wijkdesk projects (*.wijkdesk)</source>
        <translation>wijkdesk-projecten (*.wijkdesk)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/interaction.py" line="151"/>
        <source>&amp;Open the PDF</source>
        <translation>PDF &amp;openen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/interaction.py" line="153"/>
        <source>Open its &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="496"/>
        <source>New agreement</source>
        <extracomment>the buttons beside the table (enabled while an evening is chosen) columns of a fixed width; the others share the rest (the text the most, at least these)</extracomment>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="496"/>
        <source>New action point</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="498"/>
        <source>Agreement %1</source>
        <translation>Afspraak %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="498"/>
        <source>Action point %1</source>
        <translation>Actiepunt %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="504"/>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="504"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="513"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Afspraak:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="513"/>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="514"/>
        <source>W&amp;ho:</source>
        <translation>W&amp;ie:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="515"/>
        <source>Whe&amp;n:</source>
        <translation>Wa&amp;nneer:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="516"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/actions_view.py" line="521"/>
        <source>From:</source>
        <translation>Uit:</translation>
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
        <translation>ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="226"/>
        <source>agenda item</source>
        <translation>agendapunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="227"/>
        <source>table</source>
        <translation>tafel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="228"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="229"/>
        <source>insight</source>
        <translation>inzicht</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="230"/>
        <source>vote tally</source>
        <translation>stemtelling</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="231"/>
        <source>stakeholder</source>
        <translation>belanghebbende</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="232"/>
        <source>relation</source>
        <translation>relatie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="233"/>
        <source>timeline step</source>
        <translation>stap op de tijdlijn</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="234"/>
        <source>dependency</source>
        <translation>afhankelijkheid</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="235"/>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="236"/>
        <source>action point</source>
        <translation>actiepunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="237"/>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="238"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="239"/>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="240"/>
        <source>link</source>
        <translation>koppeling</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="241"/>
        <source>knooppunt</source>
        <translation>knooppunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="242"/>
        <source>health check (APK)</source>
        <translation>gezondheidscheck (APK)</translation>
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
        <translation>rondes</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="253"/>
        <source>agenda items</source>
        <translation>agendapunten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="254"/>
        <source>tables of an evening</source>
        <translation>tafels van een avond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="255"/>
        <source>clusters</source>
        <translation>clusters</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="256"/>
        <source>insights</source>
        <translation>inzichten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="257"/>
        <source>vote tallies</source>
        <translation>stemmen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="258"/>
        <source>stakeholders</source>
        <translation>belanghebbenden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="259"/>
        <source>relations</source>
        <translation>relaties</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="260"/>
        <source>timeline steps</source>
        <translation>stappen op de tijdlijn</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="261"/>
        <source>dependencies</source>
        <translation>afhankelijkheden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="262"/>
        <source>agreements</source>
        <translation>afspraken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="263"/>
        <source>action points</source>
        <translation>actiepunten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="264"/>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="265"/>
        <source>phases</source>
        <translation>fasen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="266"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="267"/>
        <source>links</source>
        <translation>koppelingen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="268"/>
        <source>knooppunten</source>
        <translation>knooppunten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="269"/>
        <source>health checks (APK)</source>
        <translation>gezondheidschecks (APK)</translation>
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
        <translation>Sociaal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="31"/>
        <source>Technical and financial</source>
        <translation>Technisch en financieel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="37"/>
        <source>One tip per line</source>
        <translation>Eén tip per regel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="41"/>
        <source>Parties involved</source>
        <translation>Betrokken partijen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="46"/>
        <source>A question for the first round of an evening</source>
        <translation>Een vraag voor de eerste ronde van een avond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="48"/>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="49"/>
        <source>T&amp;rack</source>
        <translation>&amp;Spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="50"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="51"/>
        <source>&amp;Goal</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="52"/>
        <source>&amp;Approach</source>
        <translation>&amp;Aanpak</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="53"/>
        <source>T&amp;ips</source>
        <translation>T&amp;ips</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="54"/>
        <source>Part&amp;ies</source>
        <translation>Part&amp;ijen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="55"/>
        <source>P&amp;rompt</source>
        <translation>V&amp;raag</translation>
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
        <translation>&amp;Proces</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="116"/>
        <source>&amp;Where do we stand?</source>
        <translation>&amp;Waar staan we?</translation>
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
        <translation>Huidige fase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="133"/>
        <source>From the statuses</source>
        <translation>Uit de statussen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="135"/>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="139"/>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="166"/>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="486"/>
        <source>Phase %1, %2</source>
        <translation>Fase %1, %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="188"/>
        <source>The chosen knooppunt</source>
        <translation>Het gekozen knooppunt</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="203"/>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="295"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="204"/>
        <source>A short note</source>
        <translation>Een korte notitie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="207"/>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="236"/>
        <source>What serves it</source>
        <translation>Wat eraan bijdraagt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="209"/>
        <source>&amp;Link…</source>
        <translation>&amp;Koppelen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="211"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="213"/>
        <source>Starter te&amp;xt</source>
        <translation>Startte&amp;kst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="214"/>
        <source>Put the starter set&apos;s texts back</source>
        <translation>Zet de teksten van de startset terug</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="216"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="218"/>
        <source>&amp;New knooppunt…</source>
        <translation>&amp;Nieuw knooppunt…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="224"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="226"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="260"/>
        <source>Where do we stand?</source>
        <translation>Waar staan we?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="261"/>
        <source>Show the rules behind the suggestions</source>
        <translation>Toon de regels achter de suggesties</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="271"/>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="277"/>
        <source>&lt;b&gt;Question&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vraag&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="278"/>
        <source>&lt;b&gt;Score (1–5)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Score (1–5)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="279"/>
        <source>&lt;b&gt;Since last time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sinds vorige keer&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="280"/>
        <source>&lt;b&gt;Note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notitie&lt;/b&gt;</translation>
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
        <translation>In een paar zinnen: wat valt op?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="309"/>
        <source>&amp;Save APK</source>
        <translation>APK op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="317"/>
        <source>APK of the evening</source>
        <translation>APK van de avond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="305"/>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="326"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="329"/>
        <source>Scores over time</source>
        <translation>Scores door de tijd</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="341"/>
        <source>Social</source>
        <translation>Sociaal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="342"/>
        <source>Technical and financial</source>
        <translation>Technisch en financieel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="353"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="353"/>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="354"/>
        <source>Action point</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="354"/>
        <source>Stakeholder</source>
        <translation>Belanghebbende</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="355"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="408"/>
        <source>%1 of %2 done</source>
        <translation>%1 van %2 afgerond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="439"/>
        <source>We are in phase %1: %2.</source>
        <translation>We zitten in fase %1: %2.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="441"/>
        <source>No phase yet.</source>
        <translation>Nog geen fase.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="472"/>
        <source>Pick a knooppunt to see its goal, approach and tips, and to set its status.</source>
        <translation>Kies een knooppunt om het doel, de aanpak en de tips te zien en de status te zetten.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="482"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="482"/>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="483"/>
        <source>not yet in the network</source>
        <translation>nog niet in het netwerk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="484"/>
        <source>own knooppunt</source>
        <translation>eigen knooppunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="489"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="489"/>
        <source>Approach</source>
        <translation>Aanpak</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="500"/>
        <source>Prompt for a first round</source>
        <translation>Vraag voor een eerste ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="518"/>
        <source>Nothing linked yet.</source>
        <translation>Nog niets gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="555"/>
        <source>Status of “%1”</source>
        <translation>Status van “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="567"/>
        <source>Date of “%1”</source>
        <translation>Datum van “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="582"/>
        <source>Note on “%1”</source>
        <translation>Notitie bij “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="617"/>
        <source>New knooppunt</source>
        <translation>Nieuw knooppunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="645"/>
        <source>Change “%1”</source>
        <translation>“%1” wijzigen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="674"/>
        <source>Starter text of “%1”</source>
        <translation>Starttekst van “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="684"/>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="718"/>
        <source>Links of “%1”</source>
        <translation>Koppelingen van “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="741"/>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="741"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="742"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="742"/>
        <source>Open now: social</source>
        <translation>Nu open: sociaal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="743"/>
        <source>Open now: technical and financial</source>
        <translation>Nu open: technisch en financieel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="744"/>
        <source>Not yet in the network</source>
        <translation>Nog niet in het netwerk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="745"/>
        <source>Next</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="746"/>
        <source>First round of the next evening:</source>
        <translation>Eerste ronde van de volgende avond:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="747"/>
        <source>How the phase is found:</source>
        <translation>Zo wordt de fase bepaald:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="748"/>
        <source>How the next steps are chosen:</source>
        <translation>Zo worden de volgende stappen gekozen:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="752"/>
        <source>Phase %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="753"/>
        <source>No phase yet</source>
        <translation>Nog geen fase</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/kompas_view.py" line="770"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="829"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="858"/>
        <source>Saved for this evening.</source>
        <translation>Opgeslagen voor deze avond.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="859"/>
        <source>Not held at this evening yet.</source>
        <translation>Nog niet gehouden op deze avond.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="874"/>
        <source>Give at least one question a score first.</source>
        <translation>Geef eerst minstens één vraag een score.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="876"/>
        <source>APK</source>
        <translation>APK</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="885"/>
        <source>No APK yet: score the seven questions at an evening.</source>
        <translation>Nog geen APK: geef op een avond de zeven vragen een score.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_view.py" line="896"/>
        <source>The chart could not be drawn: %1</source>
        <translation>De grafiek kon niet worden getekend: %1</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="77"/>
        <source>Link “%1”</source>
        <translation>“%1” koppelen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="79"/>
        <source>Filter…</source>
        <translation>Filteren…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/kompas_dialogs.py" line="82"/>
        <source>Linked to</source>
        <translation>Gekoppeld aan</translation>
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
        <translation>Weergaven</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="97"/>
        <source>Stakeholders</source>
        <translation>Belanghebbenden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="98"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="100"/>
        <source>Minutes</source>
        <translation>Verslag</translation>
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
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="163"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="165"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="167"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="168"/>
        <source>Open the &amp;demo project</source>
        <translation>&amp;Demoproject openen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="172"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="173"/>
        <source>Copy for a &amp;table…</source>
        <translation>Kopie voor &amp;tafel…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="175"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="177"/>
        <source>S&amp;hare…</source>
        <translation>&amp;Delen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="179"/>
        <source>&amp;Import insights from CSV…</source>
        <translation>Inzichten &amp;importeren uit CSV…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="181"/>
        <source>Export round as C&amp;SV…</source>
        <translation>Ronde exporteren als C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="183"/>
        <source>Export round as &amp;JSON Canvas…</source>
        <translation>Ronde exporteren als &amp;JSON Canvas…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="190"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="191"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="193"/>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="185"/>
        <source>C&amp;lose project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="101"/>
        <source>Agreements and actions</source>
        <translation>Afspraken en acties</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="170"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="198"/>
        <source>To re&amp;view…</source>
        <translation>Te be&amp;oordelen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="200"/>
        <source>&amp;Erase personal data (AVG)…</source>
        <translation>Persoonsgegevens &amp;wissen (AVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="206"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="209"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="210"/>
        <source>&amp;Present on the beamer</source>
        <translation>&amp;Presenteren op de beamer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="212"/>
        <source>Show the room a clean, large view (F5); Esc ends it</source>
        <translation>Laat de zaal een rustig, groot beeld zien (F5); Esc stopt het</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="214"/>
        <source>Presenting</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="234"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="235"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="238"/>
        <source>&amp;About wijkdesk</source>
        <translation>&amp;Over wijkdesk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="287"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="300"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="436"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="451"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="542"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="687"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="336"/>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/main_window.py" line="343"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n te beoordelen</numerusform>
            <numerusform>%n te beoordelen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="360"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="375"/>
        <source>Merge files</source>
        <translation>Bestanden samenvoegen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="366"/>
        <source>Checking the files…</source>
        <translation>Bestanden controleren…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="367"/>
        <source>Checked %1 of %2 files…</source>
        <translation>%1 van %2 bestanden gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="377"/>
        <source>Merge cancelled: nothing changed</source>
        <translation>Samenvoegen geannuleerd: er is niets veranderd</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="380"/>
        <source>Cannot merge</source>
        <translation>Samenvoegen lukt niet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/main_window.py" line="384"/>
        <source>Merge %n file(s)</source>
        <translation>
            <numerusform>%n bestand samenvoegen</numerusform>
            <numerusform>%n bestanden samenvoegen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="425"/>
        <source>Copy for a table</source>
        <translation>Kopie voor tafel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="426"/>
        <source>For which table?</source>
        <translation>Voor welke tafel?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="429"/>
        <source>Copy for table %1</source>
        <translation>Kopie voor tafel %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="445"/>
        <source>Share a copy</source>
        <translation>Kopie delen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="465"/>
        <source>Choose or make a round first: this works on the round on screen.</source>
        <translation>Kies of maak eerst een ronde: dit werkt op de ronde die in beeld is.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="472"/>
        <source>the round “%1” of %2</source>
        <translation>de ronde “%1” van %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="473"/>
        <source>(no prompt)</source>
        <translation>(geen vraag)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="482"/>
        <source>Import insights</source>
        <translation>Inzichten importeren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="488"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="491"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="498"/>
        <source>Import cancelled: nothing changed</source>
        <translation>Importeren geannuleerd: er is niets veranderd</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="501"/>
        <source>Cannot import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/main_window.py" line="507"/>
        <source>Import %n insight(s)</source>
        <translation>
            <numerusform>%n inzicht importeren</numerusform>
            <numerusform>%n inzichten importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/main_window.py" line="513"/>
        <source>Imported %n insight(s)</source>
        <translation>
            <numerusform>%n inzicht geïmporteerd</numerusform>
            <numerusform>%n inzichten geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="519"/>
        <source>Export round</source>
        <translation>Ronde exporteren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="525"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="526"/>
        <source>JSON Canvas files (*.canvas)</source>
        <translation>JSON Canvas-bestanden (*.canvas)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="540"/>
        <source>{n} votes</source>
        <translation>{n} stemmen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="544"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="555"/>
        <source>Decide a conflict</source>
        <translation>Conflict beslissen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="589"/>
        <source>%1 — table %2</source>
        <translation>%1 — tafel %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="592"/>
        <source>%1 (read-only)</source>
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="610"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="621"/>
        <source>Cannot open project</source>
        <translation>Project kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="615"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="628"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="616"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="637"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="646"/>
        <source>First bewonersavond</source>
        <translation>Eerste bewonersavond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="659"/>
        <source>What makes this wijk worth living in?</source>
        <translation>Wat maakt deze wijk de moeite waard?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="661"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="672"/>
        <source>Cannot create project</source>
        <translation>Project kan niet gemaakt worden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="681"/>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/main_window.py" line="438"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="453"/>
        <location filename="../../wijkdesk/ui/main_window.py" line="689"/>
        <source>Copy saved as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../wijkdesk/messages.py" line="371"/>
        <source>{new} new, {changed} changed, {deleted} deleted, {conflicts} to review</source>
        <translation>{new} nieuw, {changed} gewijzigd, {deleted} verwijderd, {conflicts} te beoordelen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="378"/>
        <source>Merged {files} file(s): {counts}</source>
        <translation>{files} bestand(en) samengevoegd: {counts}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="387"/>
        <source>Erasures of personal data (AVG): {n}</source>
        <translation>Wissingen van persoonsgegevens (AVG): {n}</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="397"/>
        <source>{kind}: erased completely</source>
        <translation>{kind}: helemaal gewist</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/messages.py" line="401"/>
        <source>{kind}, {field}: a name taken out (“{text}”)</source>
        <translation>{kind}, {field}: een naam eruit gehaald (“{text}”)</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="67"/>
        <source>Merge files</source>
        <translation>Bestanden samenvoegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="68"/>
        <source>Merging %n file(s) into this project will change:</source>
        <translation>
            <numerusform>Het samenvoegen van %n bestand in dit project verandert:</numerusform>
            <numerusform>Het samenvoegen van %n bestanden in dit project verandert:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="74"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="74"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="74"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="74"/>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="75"/>
        <source>What the merge changes</source>
        <translation>Wat het samenvoegen verandert</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="78"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="88"/>
        <source>These files hold nothing new for this project.</source>
        <translation>Deze bestanden bevatten niets nieuws voor dit project.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="91"/>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="103"/>
        <source>What the merge erases</source>
        <extracomment>the erasures (AVG) the files bring: listed, and the merge waits for a tick</extracomment>
        <translation>Wat het samenvoegen wist</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="105"/>
        <source>I understand that this data will be erased for good</source>
        <translation>Ik begrijp dat deze gegevens definitief worden gewist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="109"/>
        <source>These files bring %n erasure(s) of personal data (AVG): the texts below leave this file and its history for good. The merge cannot be undone.</source>
        <translation>
            <numerusform>Deze bestanden brengen één wissing van persoonsgegevens (AVG) mee: de tekst hieronder verdwijnt voorgoed uit dit bestand en de geschiedenis ervan. Het samenvoegen kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>Deze bestanden brengen %n wissingen van persoonsgegevens (AVG) mee: de teksten hieronder verdwijnen voorgoed uit dit bestand en de geschiedenis ervan. Het samenvoegen kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="102"/>
        <source>Minutes</source>
        <extracomment>the last PDF written (for tests and &quot;open&quot;)</extracomment>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="108"/>
        <source>Bijeenkomst of the minutes</source>
        <translation>Bijeenkomst van het verslag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="110"/>
        <source>&amp;Anonymised (for residents)</source>
        <translation>&amp;Geanonimiseerd (voor bewoners)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="112"/>
        <source>Residents&apos; names and contact details become “bewoner”; no named attendance; professionals by role and organisation</source>
        <translation>Namen en contactgegevens van bewoners worden “bewoner”; geen namen bij aanwezigheid; professionals met rol en organisatie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="115"/>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="117"/>
        <source>Copy as &amp;e-mail text</source>
        <translation>Kopieer als &amp;e-mailtekst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="118"/>
        <source>The agreements and action points as plain text</source>
        <translation>De afspraken en actiepunten als platte tekst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="128"/>
        <source>Sender and &amp;logo…</source>
        <translation>Afzender en &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="137"/>
        <source>Number of residents</source>
        <translation>Aantal bewoners</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="140"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="373"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="579"/>
        <source>Next meeting</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="143"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="173"/>
        <source>Present by organisation and role</source>
        <translation>Aanwezig per organisatie en rol</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="146"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="431"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="146"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="147"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="148"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="574"/>
        <source>Absent with notice</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="157"/>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="159"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="454"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="169"/>
        <source>&amp;Residents present</source>
        <translation>&amp;Bewoners aanwezig</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="170"/>
        <source>&amp;Next meeting</source>
        <translation>&amp;Volgende bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="176"/>
        <source>Per agenda item: questions and answers in essence</source>
        <translation>Per agendapunt: vragen en antwoorden in hoofdlijnen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="185"/>
        <source>Preview of the minutes</source>
        <translation>Voorbeeld van het verslag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="264"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="416"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="347"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="359"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="363"/>
        <source>Minutes: %1</source>
        <translation>Verslag: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="399"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="573"/>
        <source>Residents present</source>
        <translation>Bewoners aanwezig</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="421"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="429"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="439"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="455"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="457"/>
        <source>&amp;Erase (AVG)…</source>
        <translation>&amp;Wissen (AVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="608"/>
        <source>Without votes</source>
        <translation>Zonder stemmen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="129"/>
        <source>The organisation name and logo on the minutes (in the settings)</source>
        <translation>De naam en het logo van de organisatie op het verslag (in de instellingen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="518"/>
        <source>The agreements and actions are on the clipboard</source>
        <translation>De afspraken en acties staan op het klembord</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="534"/>
        <source>Save the minutes</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="535"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="544"/>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="562"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="551"/>
        <source>Minutes as PDF</source>
        <translation>Verslag als PDF</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="552"/>
        <source>Laying out the minutes… %1%</source>
        <translation>Verslag opmaken… %1%</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="559"/>
        <source>Cancelled: no PDF written</source>
        <translation>Afgebroken: geen PDF geschreven</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="565"/>
        <source>Minutes saved</source>
        <translation>Verslag opgeslagen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="566"/>
        <source>The minutes are saved as %1.</source>
        <translation>Het verslag is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="572"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="572"/>
        <source>Minute-taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="573"/>
        <source>Format</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="574"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="575"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="575"/>
        <source>Round %1</source>
        <translation>Ronde %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="576"/>
        <source>Decisions</source>
        <translation>Besluitenlijst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="576"/>
        <source>Actions</source>
        <translation>Actielijst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="577"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="577"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="577"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="578"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="578"/>
        <source>(picture in the PDF)</source>
        <translation>(afbeelding in de PDF)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/minutes_view.py" line="579"/>
        <source>Other notes</source>
        <translation>Overige aantekeningen</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../wijkdesk/ui/network_view.py" line="368"/>
        <source>Network of the stakeholders and their relations</source>
        <translation>Netwerk van de belanghebbenden en hun relaties</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/network_view.py" line="387"/>
        <source>Delete the selected stakeholders or relation</source>
        <translation>De gekozen partijen of relatie verwijderen</translation>
    </message>
</context>
<context>
    <name>NewEveningDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="177"/>
        <source>New bijeenkomst</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="179"/>
        <source>&amp;Empty: no programme yet</source>
        <translation>&amp;Leeg: nog geen programma</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="180"/>
        <source>From an evening &amp;template:</source>
        <translation>Uit een avond&amp;sjabloon:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="182"/>
        <source>Evening templates</source>
        <translation>Avondsjablonen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/programme_panel.py" line="184"/>
        <source>%1 — %2 min, %n round(s)</source>
        <translation>
            <numerusform>%1 — %2 min, %n ronde</numerusform>
            <numerusform>%1 — %2 min, %n rondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="192"/>
        <source>&amp;Copy the programme of an earlier evening:</source>
        <translation>Het programma van een eerdere avond &amp;kopiëren:</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="194"/>
        <source>Earlier evening</source>
        <translation>Eerdere avond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="213"/>
        <source>The copy takes the agenda items and the rounds with their questions, werkvormen and timers, not what was said.</source>
        <translation>De kopie neemt de agendapunten en de rondes over met hun vragen, werkvormen en timers, niet wat er gezegd is.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="280"/>
        <source>Start or end presenting on the beamer</source>
        <translation>Presenteren op de beamer starten of stoppen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="282"/>
        <source>End presenting (on the audience&apos;s screen)</source>
        <translation>Presenteren stoppen (op het zaalscherm)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="283"/>
        <source>The next show on the beamer (Shift+F6: the one before)</source>
        <translation>De volgende weergave op de beamer (Shift+F6: de vorige)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="285"/>
        <source>The next or previous page on the beamer (Ctrl+PgDown and Ctrl+PgUp on the laptop)</source>
        <translation>De volgende of vorige pagina op de beamer (Ctrl+PgDown en Ctrl+PgUp op de laptop)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="289"/>
        <source>The next or previous view (on the audience&apos;s screen)</source>
        <translation>Het volgende of vorige scherm (op het zaalscherm)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="291"/>
        <source>Show the round, a cluster, the top, the network, the grid, the timeline, where we stand, the title; V: follow my view (on the audience&apos;s screen)</source>
        <translation>Toon de ronde, een cluster, de top, het netwerk, de matrix, de tijdlijn, waar we staan, de titel; V: mijn scherm volgen (op het scherm van de zaal)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="295"/>
        <source>Start or pause the round timer (on the audience&apos;s screen)</source>
        <translation>De rondetimer starten of pauzeren (op het zaalscherm)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="298"/>
        <source>Hide or show the control strip (one screen)</source>
        <translation>De knoppenbalk verbergen of tonen (één scherm)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="299"/>
        <source>The next round of the programme (Shift+F8: the next agenda item), also on the audience&apos;s screen</source>
        <translation>De volgende ronde van het programma (Shift+F8: het volgende agendapunt), ook op het scherm van de zaal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="612"/>
        <source>This window</source>
        <translation>Dit venster</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="613"/>
        <source>“%1” opens after presenting ends (Esc): on one screen the room would see it.</source>
        <translation>“%1” opent pas als het presenteren stopt (Esc): met één scherm zou de zaal het zien.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="636"/>
        <source>Choose a round first: the votes are for the round on screen.</source>
        <translation>Kies eerst een ronde: de stemmen horen bij de ronde op het scherm.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/presenter.py" line="666"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
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
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="346"/>
        <source>No programme yet: add an agenda item, or take one over from a template.</source>
        <translation>Nog geen programma: voeg een agendapunt toe, of neem er een over uit een sjabloon.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="349"/>
        <source>+ Agenda item</source>
        <translation>+ Agendapunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="351"/>
        <source>+ Round</source>
        <translation>+ Ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="353"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="354"/>
        <source>Change the chosen agenda item or round (Enter)</source>
        <translation>Het gekozen agendapunt of de gekozen ronde wijzigen (Enter)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="356"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="358"/>
        <source>Delete the chosen agenda item or round (Delete); Ctrl+Z brings it back</source>
        <translation>Het gekozen agendapunt of de gekozen ronde verwijderen (Delete); Ctrl+Z haalt het terug</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="361"/>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="710"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="362"/>
        <source>Move up (Alt+Up)</source>
        <translation>Omhoog (Alt+pijl omhoog)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="365"/>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="710"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="366"/>
        <source>Move down (Alt+Down)</source>
        <translation>Omlaag (Alt+pijl omlaag)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="368"/>
        <source>Take over…</source>
        <translation>Overnemen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="370"/>
        <source>Add an evening template&apos;s programme, or an earlier evening&apos;s</source>
        <translation>Het programma van een avondsjabloon of van een eerdere avond toevoegen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="102"/>
        <source>The next round of the programme (F8); its timer starts if it asks for it</source>
        <translation>De volgende ronde van het programma (F8); de timer start als de ronde dat vraagt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="100"/>
        <source>Next &amp;round</source>
        <translation>Volgende &amp;ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="106"/>
        <source>Next agenda &amp;item</source>
        <translation>Volgend &amp;agendapunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="108"/>
        <source>The next agenda item of the programme, and its first round (Shift+F8)</source>
        <translation>Het volgende agendapunt van het programma, en de eerste ronde ervan (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="378"/>
        <source>Next round ▶</source>
        <translation>Volgende ronde ▶</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="381"/>
        <source>Next agenda item ▶▶</source>
        <translation>Volgend agendapunt ▶▶</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="433"/>
        <source>Rounds outside the agenda</source>
        <translation>Rondes buiten de agenda</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="440"/>
        <source>(no prompt)</source>
        <translation>(geen vraag)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="459"/>
        <source>The timer keeps the minutes it has</source>
        <translation>De timer houdt de minuten die hij heeft</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="461"/>
        <source>%1 minutes; the timer starts when the programme moves here</source>
        <translation>%1 minuten; de timer start als het programma hier aankomt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="463"/>
        <source>%1 minutes on the timer</source>
        <translation>%1 minuten op de timer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="576"/>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="644"/>
        <source>Type the title of the agenda item.</source>
        <translation>Typ de titel van het agendapunt.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="578"/>
        <source>New agenda item</source>
        <translation>Nieuw agendapunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="611"/>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="667"/>
        <source>Type the question of the round.</source>
        <translation>Typ de vraag van de ronde.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="615"/>
        <source>New round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="648"/>
        <source>Change agenda item</source>
        <translation>Agendapunt wijzigen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="671"/>
        <source>Change round</source>
        <translation>Ronde wijzigen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="686"/>
        <source>Delete round</source>
        <translation>Ronde verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/programme_panel.py" line="687"/>
        <source>Round “%1” deleted, with its %n note(s); Ctrl+Z brings it back</source>
        <translation>
            <numerusform>Ronde “%1” verwijderd, met %n notitie; Ctrl+Z haalt haar terug</numerusform>
            <numerusform>Ronde “%1” verwijderd, met %n notities; Ctrl+Z haalt haar terug</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="696"/>
        <source>Delete agenda item</source>
        <translation>Agendapunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="697"/>
        <source>Agenda item “%1” deleted; Ctrl+Z brings it back</source>
        <translation>Agendapunt “%1” verwijderd; Ctrl+Z haalt het terug</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/programme_panel.py" line="700"/>
        <source>(%n round(s) with notes kept, outside the agenda)</source>
        <translation>
            <numerusform>(%n ronde met notities bewaard, buiten de agenda)</numerusform>
            <numerusform>(%n rondes met notities bewaard, buiten de agenda)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="732"/>
        <source>Template: %1</source>
        <translation>Sjabloon: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="740"/>
        <source>Copy of “%1”</source>
        <translation>Kopie van “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="753"/>
        <source>Programme from “%1”</source>
        <translation>Programma uit “%1”</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="760"/>
        <source>Copy of a programme</source>
        <translation>Kopie van een programma</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="782"/>
        <source>New bijeenkomst</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="811"/>
        <source>This was the last round of the programme.</source>
        <translation>Dit was de laatste ronde van het programma.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="834"/>
        <source>This was the last agenda item of the programme.</source>
        <translation>Dit was het laatste agendapunt van het programma.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="852"/>
        <source>Agenda item %1: %2</source>
        <translation>Agendapunt %1: %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="855"/>
        <source>round: %1</source>
        <translation>ronde: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeTree</name>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="282"/>
        <source>Programme of the evening</source>
        <translation>Programma van de avond</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../wijkdesk/ui/progress.py" line="51"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Promoted</name>
    <message>
        <location filename="../../wijkdesk/ui/promoted.py" line="16"/>
        <source>Agreement %1</source>
        <translation>Afspraak %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/promoted.py" line="19"/>
        <source>Action point %1</source>
        <translation>Actiepunt %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/promoted.py" line="22"/>
        <source>Denk-spoor step</source>
        <translation>Stap op het denk-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/promoted.py" line="23"/>
        <source>Doe-spoor step</source>
        <translation>Stap op het doe-spoor</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="32"/>
        <source>Question of the round</source>
        <translation>Vraag van de ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="37"/>
        <source>Double-click or press F2 to change the question</source>
        <translation>Dubbelklik of druk op F2 om de vraag te wijzigen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/prompt_editor.py" line="44"/>
        <source>Change the question of the round (on its heading)</source>
        <translation>De vraag van de ronde wijzigen (op de kop)</translation>
    </message>
</context>
<context>
    <name>RankWords</name>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="74"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n stem</numerusform>
            <numerusform>%n stemmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="78"/>
        <source>(shared)</source>
        <translation>(gedeeld)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="82"/>
        <source>▒▒▒▒▒▒ (face down)</source>
        <translation>▒▒▒▒▒▒ (omgekeerd)</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="132"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="149"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="150"/>
        <source>&amp;To</source>
        <translation>&amp;Naar</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="151"/>
        <source>T&amp;ype</source>
        <translation>S&amp;oort</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="152"/>
        <source>&amp;Strength (1–3)</source>
        <translation>&amp;Sterkte (1–3)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="153"/>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
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
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="128"/>
        <source>%1 can only be read, not changed (an e-mail attachment, a read-only folder or another wijkdesk that has it open). Choose Save as… to work on in a copy.</source>
        <translation>%1 kan alleen gelezen worden, niet gewijzigd (een bijlage uit de e-mail, een map die alleen-lezen is, of een andere wijkdesk heeft het open). Kies Opslaan als… om in een kopie verder te werken.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="138"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="148"/>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/storage_bar.py" line="197"/>
        <source>%n change(s) could not be saved in %1.</source>
        <translation>
            <numerusform>Eén wijziging kon niet worden bewaard in %1.</numerusform>
            <numerusform>%n wijzigingen konden niet worden bewaard in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="200"/>
        <source>Save the whole project elsewhere first?</source>
        <translation>Eerst het hele project ergens anders opslaan?</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="200"/>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="203"/>
        <source>Close without them? They will be lost.</source>
        <translation>Sluiten zonder die wijzigingen? Dan zijn ze weg.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="204"/>
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="142"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="146"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="146"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="168"/>
        <source>this laptop</source>
        <translation>deze laptop</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/merge_dialogs.py" line="171"/>
        <source>table %1</source>
        <translation>tafel %1</translation>
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
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="71"/>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="74"/>
        <source>The question the tables talk about</source>
        <translation>De vraag waarover de tafels praten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="77"/>
        <source>(no agenda item)</source>
        <translation>(geen agendapunt)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="90"/>
        <source>1 Collect</source>
        <translation>1 Verzamelen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="91"/>
        <source>2 Order</source>
        <translation>2 Ordenen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="91"/>
        <source>3 Choose</source>
        <translation>3 Kiezen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="97"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="98"/>
        <source>as set in the timer</source>
        <translation>zoals de timer staat</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="102"/>
        <source>Start the timer when the programme moves to this round (F8)</source>
        <translation>De timer starten als het programma bij deze ronde komt (F8)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="105"/>
        <source>Collect hidden (notes face down until revealed)</source>
        <translation>Verborgen verzamelen (notities omgekeerd tot ze onthuld worden)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="108"/>
        <source>&amp;Question</source>
        <translation>&amp;Vraag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="109"/>
        <source>&amp;Agenda item</source>
        <translation>&amp;Agendapunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="110"/>
        <source>&amp;Werkvorm</source>
        <translation>&amp;Werkvorm</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/programme_panel.py" line="111"/>
        <source>&amp;Stage</source>
        <translation>&amp;Fase</translation>
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
        <translation>Avond</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="42"/>
        <source>Tables</source>
        <translation>Tafels</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="43"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="44"/>
        <source>Display</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="45"/>
        <location filename="../../wijkdesk/settings.py" line="108"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="46"/>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="83"/>
        <source>Number of tables</source>
        <translation>Aantal tafels</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="84"/>
        <source>For new bijeenkomsten; each evening can still have its own number</source>
        <translation>Voor nieuwe bijeenkomsten; elke avond kan nog een eigen aantal hebben</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="87"/>
        <source>Stickers per participant</source>
        <translation>Stickers per deelnemer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="88"/>
        <source>Dots each participant gets for the dot vote, for new bijeenkomsten; 0: not set</source>
        <translation>Stippen per deelnemer bij het stippen stemmen, voor nieuwe bijeenkomsten; 0: niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="91"/>
        <source>Table names</source>
        <translation>Tafelnamen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="94"/>
        <source>Table colours</source>
        <translation>Tafelkleuren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="96"/>
        <source>Minutes for a round</source>
        <translation>Minuten voor een ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="98"/>
        <source>Sound at the end of a round</source>
        <translation>Geluid aan het eind van een ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="100"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="101"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="102"/>
        <source>Beamer (high contrast)</source>
        <translation>Beamer (hoog contrast)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="104"/>
        <source>Font scale</source>
        <translation>Lettergrootte</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="105"/>
        <source>Larger type for this project (Ctrl++ and Ctrl+-)</source>
        <translation>Grotere letters voor dit project (Ctrl++ en Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="111"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="112"/>
        <source>The organisation name on the minutes</source>
        <translation>De naam van de organisatie op het verslag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="114"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/settings.py" line="115"/>
        <source>A PNG or JPEG picture on the minutes</source>
        <translation>Een PNG- of JPEG-afbeelding op het verslag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="63"/>
        <source>black</source>
        <translation>zwart</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="64"/>
        <source>white</source>
        <translation>wit</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="65"/>
        <source>grey</source>
        <translation>grijs</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="67"/>
        <source>red</source>
        <translation>rood</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="69"/>
        <source>brown</source>
        <translation>bruin</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="69"/>
        <source>orange</source>
        <translation>oranje</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="71"/>
        <source>olive</source>
        <translation>olijfgroen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="71"/>
        <source>yellow</source>
        <translation>geel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="73"/>
        <source>green</source>
        <translation>groen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="75"/>
        <source>teal</source>
        <translation>blauwgroen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="77"/>
        <source>blue</source>
        <translation>blauw</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="79"/>
        <source>purple</source>
        <translation>paars</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="81"/>
        <source>pink</source>
        <translation>roze</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="253"/>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="254"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="258"/>
        <source>Areas of the settings</source>
        <extracomment>key -&gt; its editor, for every declared setting</extracomment>
        <translation>Onderdelen van de instellingen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="261"/>
        <source>The new language takes effect when you restart wijkdesk.</source>
        <translation>De nieuwe taal werkt zodra u wijkdesk opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="279"/>
        <source>Restore the default settings</source>
        <translation>Standaardinstellingen terugzetten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="322"/>
        <source>Open a project to set these: they are kept per project, on this laptop.</source>
        <translation>Open een project om deze in te stellen: ze worden per project bewaard, op deze laptop.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="368"/>
        <source>e.g. Gemeente Wisselmonde</source>
        <translation>bijv. Gemeente Wisselmonde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="384"/>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="388"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="385"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="386"/>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="389"/>
        <source>Remove the logo</source>
        <translation>Logo weghalen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="403"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="404"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="475"/>
        <source>Not a usable logo</source>
        <translation>Geen bruikbaar logo</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="486"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="39"/>
        <source>Board (Bijeenkomst)</source>
        <extracomment>the canvases whose own keys the sheet lists: (module, class, title for the sheet)</extracomment>
        <translation>Bord (Bijeenkomst)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="41"/>
        <source>Stakeholder network</source>
        <translation>Netwerk van belanghebbenden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="43"/>
        <source>Power/interest grid</source>
        <translation>Macht/belang-matrix</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="45"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="136"/>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="158"/>
        <source>Other actions</source>
        <translation>Overige acties</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="175"/>
        <source>Presenting</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="200"/>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="208"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="202"/>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="203"/>
        <source>Search the shortcuts</source>
        <translation>Zoek in de sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="209"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="209"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="226"/>
        <source>Tab moves between the controls of a view; in a menu, the underlined letter chooses. Open this sheet again with F1 or ?.</source>
        <translation>Tab gaat van knop naar knop in een scherm; in een menu kiest de onderstreepte letter. Open dit overzicht opnieuw met F1 of ?.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/shortcut_sheet.py" line="232"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="37"/>
        <source>Stakeholder</source>
        <translation>Belanghebbende</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="38"/>
        <source>New stakeholder</source>
        <translation>Nieuwe belanghebbende</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="69"/>
        <source>Personal data (AVG): only with consent, left out of exports and anonymised minutes</source>
        <translation>Persoonsgegeven (AVG): alleen met toestemming; niet in exports en geanonimiseerde verslagen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="71"/>
        <source>Consent to record this contact</source>
        <translation>Toestemming om dit contact vast te leggen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="81"/>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="90"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="91"/>
        <source>&amp;Type</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="92"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="93"/>
        <source>&amp;Influence (1–5)</source>
        <translation>&amp;Invloed (1–5)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="94"/>
        <source>Inter&amp;est (1–5)</source>
        <translation>&amp;Belang (1–5)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="95"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="96"/>
        <source>&amp;Participation</source>
        <translation>&amp;Participatie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="97"/>
        <source>&amp;Contact person (personal data)</source>
        <translation>&amp;Contactpersoon (persoonsgegeven)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="99"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otities</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_dialogs.py" line="100"/>
        <source>Matters in phases</source>
        <translation>Van belang in fasen</translation>
    </message>
</context>
<context>
    <name>StakeholderView</name>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="53"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="92"/>
        <source>Stakeholders</source>
        <extracomment>the last dialog opened (tests fill it in and accept it)</extracomment>
        <translation>Belanghebbenden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="54"/>
        <source>&amp;New stakeholder…</source>
        <translation>&amp;Nieuwe belanghebbende…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="55"/>
        <source>Add a stakeholder (Insert)</source>
        <translation>Belanghebbende toevoegen (Insert)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="57"/>
        <source>New &amp;relation…</source>
        <translation>Nieuwe &amp;relatie…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="58"/>
        <source>Add a relation (Ctrl+Shift+R)</source>
        <translation>Relatie toevoegen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="60"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="722"/>
        <source>&amp;Layout</source>
        <translation>&amp;Schikken</translation>
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
        <translation>Toon de gekozen belanghebbende en haar buren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="70"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="73"/>
        <source>&amp;Import (Kumu CSV)…</source>
        <translation>&amp;Importeren (Kumu-CSV)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="105"/>
        <source>All stakeholders</source>
        <translation>Alle belanghebbenden</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="107"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="150"/>
        <source>&amp;Network</source>
        <translation>&amp;Netwerk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="151"/>
        <source>Power/&amp;interest grid</source>
        <translation>Macht/&amp;belang-matrix</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="176"/>
        <source>willing</source>
        <translation>willen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="176"/>
        <source>middle ground</source>
        <translation>middenveld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="177"/>
        <source>unwilling</source>
        <translation>niet willen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="177"/>
        <source>inform</source>
        <translation>informeren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="178"/>
        <source>consult</source>
        <translation>raadplegen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="178"/>
        <source>advise</source>
        <translation>adviseren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="179"/>
        <source>co-produce</source>
        <translation>coproduceren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="180"/>
        <source>co-decide</source>
        <translation>meebeslissen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="236"/>
        <source>No places saved yet: this is a computed layout. Choose Layout to keep it, or drag the stakeholders where you want them.</source>
        <translation>Nog geen plaatsen bewaard: dit is een berekende schikking. Kies Schikken om haar te bewaren, of sleep de belanghebbenden waar u ze wilt hebben.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="262"/>
        <source>No stakeholders yet. Start with who is already at the table (Insert).</source>
        <translation>Nog geen belanghebbenden. Begin met wie al aan tafel zit (Insert).</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="269"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="272"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="277"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="279"/>
        <source>There is no resident group in the network yet.</source>
        <translation>Er is nog geen bewonersgroep in het netwerk.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="282"/>
        <source>Brokers (betweenness)</source>
        <translation>Verbinders (betweenness)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="283"/>
        <source>Without any relation</source>
        <translation>Zonder enige relatie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="284"/>
        <source>No path to a resident group</source>
        <translation>Geen pad naar een bewonersgroep</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="285"/>
        <source>Per segment</source>
        <translation>Per segment</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="286"/>
        <source>Typical parties not yet in view</source>
        <translation>Gebruikelijke partijen nog niet in beeld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="349"/>
        <source>Select a stakeholder to focus on.</source>
        <translation>Selecteer een belanghebbende om op te focussen.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="365"/>
        <source>There is already a stakeholder called “%1”; saving makes a second one.</source>
        <translation>Er is al een belanghebbende die “%1” heet; opslaan maakt er een tweede.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="382"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="432"/>
        <source>A stakeholder needs a name.</source>
        <translation>Een belanghebbende heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="130"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="392"/>
        <source>New stakeholder</source>
        <translation>Nieuwe belanghebbende</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="437"/>
        <source>Change stakeholder</source>
        <translation>Belanghebbende wijzigen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="132"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="459"/>
        <source>New relation</source>
        <translation>Nieuwe relatie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="492"/>
        <source>Change relation</source>
        <translation>Relatie wijzigen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="522"/>
        <source>Delete stakeholder</source>
        <translation>Belanghebbende verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="522"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="731"/>
        <source>Delete relation</source>
        <translation>Relatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="537"/>
        <source>Move stakeholder</source>
        <translation>Belanghebbende verplaatsen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="563"/>
        <source>Influence and interest</source>
        <translation>Invloed en belang</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="598"/>
        <source>Spring</source>
        <translation>Veren (spring)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="598"/>
        <source>Kamada–Kawai</source>
        <translation>Kamada–Kawai</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="598"/>
        <source>Grouped by type</source>
        <translation>Gegroepeerd per soort</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="618"/>
        <source>All anew, also what I placed by hand</source>
        <translation>Alles opnieuw, ook wat ik zelf plaatste</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="627"/>
        <source>Show &amp;all</source>
        <translation>&amp;Alles tonen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="673"/>
        <source>&amp;Filter (on)</source>
        <translation>&amp;Filter (aan)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="678"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="698"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="713"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="679"/>
        <source>New &amp;relation from here…</source>
        <translation>Nieuwe &amp;relatie vanaf hier…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="681"/>
        <source>&amp;Focus on this one</source>
        <translation>&amp;Focus op deze</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="684"/>
        <source>&amp;Unpin (layouts may move it)</source>
        <translation>&amp;Losmaken (schikken mag hem verplaatsen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="685"/>
        <source>&amp;Pin (layouts keep it)</source>
        <translation>&amp;Vastzetten (schikken laat hem staan)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="688"/>
        <source>&amp;Delete (with its relations)</source>
        <translation>&amp;Verwijderen (met de relaties)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="689"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="699"/>
        <source>&amp;Erase (AVG)…</source>
        <translation>&amp;Wissen (AVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="714"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="720"/>
        <source>New stakeholder &amp;here…</source>
        <translation>Nieuwe belanghebbende &amp;hier…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="721"/>
        <source>Fit all (0)</source>
        <translation>Alles in beeld (0)</translation>
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
        <translation>Gephi-CSV (knopen en verbindingen)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="742"/>
        <source>Kumu CSV (elements and connections)…</source>
        <translation>Kumu-CSV (elementen en verbindingen)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="743"/>
        <source>Picture (PNG)…</source>
        <translation>Afbeelding (PNG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="744"/>
        <source>Picture (SVG)…</source>
        <translation>Afbeelding (SVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="745"/>
        <source>Picture (PDF)…</source>
        <translation>Afbeelding (PDF)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="762"/>
        <source>Export the network</source>
        <translation>Netwerk exporteren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="774"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="778"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="790"/>
        <source>Import stakeholders</source>
        <translation>Belanghebbenden importeren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="794"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="801"/>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="804"/>
        <source>Cannot import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="833"/>
        <source>%n new stakeholder(s)</source>
        <translation>
            <numerusform>%n nieuwe belanghebbende</numerusform>
            <numerusform>%n nieuwe belanghebbenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="834"/>
        <source>%n new relation(s)</source>
        <translation>
            <numerusform>%n nieuwe relatie</numerusform>
            <numerusform>%n nieuwe relaties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="836"/>
        <source>Unknown types, imported as “overig”: %1</source>
        <translation>Onbekende soorten, geïmporteerd als “overig”: %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="839"/>
        <source>Already in the network, linked: %1</source>
        <translation>Al in het netwerk, gekoppeld: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="842"/>
        <source>%n duplicate row(s) skipped</source>
        <translation>
            <numerusform>%n dubbele regel overgeslagen</numerusform>
            <numerusform>%n dubbele regels overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/stakeholder_view.py" line="843"/>
        <source>Import them?</source>
        <translation>Importeren?</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="54"/>
        <source>Step on the timeline</source>
        <translation>Stap op de tijdlijn</translation>
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
        <translation>Eindigt op</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="82"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="92"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="99"/>
        <source>Depends on</source>
        <translation>Hangt af van</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="103"/>
        <source>Linked to</source>
        <translation>Gekoppeld aan</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="108"/>
        <source>&amp;Lane</source>
        <translation>&amp;Spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="109"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="110"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="111"/>
        <source>&amp;Start</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="113"/>
        <source>&amp;Owner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="114"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="115"/>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="116"/>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="117"/>
        <source>&amp;Depends on</source>
        <translation>&amp;Hangt af van</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="118"/>
        <source>Lin&amp;ked to</source>
        <translation>Ge&amp;koppeld aan</translation>
    </message>
</context>
<context>
    <name>StorageBar</name>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="60"/>
        <source>Save as…</source>
        <extracomment>the error codes that mean &quot;the file could not be written&quot; (not a refused value)</extracomment>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="63"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/storage_bar.py" line="70"/>
        <source>The file cannot be saved</source>
        <translation>Het bestand kan niet worden opgeslagen</translation>
    </message>
</context>
<context>
    <name>TablesEditor</name>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="130"/>
        <source>Table names and colours</source>
        <extracomment>(current colour, title) -&gt; a new colour or None; tests replace it</extracomment>
        <translation>Tafelnamen en -kleuren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="131"/>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="131"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="132"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="142"/>
        <source>Choose c&amp;olour…</source>
        <translation>K&amp;leur kiezen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="144"/>
        <source>Choose the colour of the selected table</source>
        <translation>Kies de kleur van de gekozen tafel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="147"/>
        <source>Type a name in the list (empty: the default name); a colour&apos;s button, or Choose colour… for the selected table, gives it another colour.</source>
        <translation>Typ een naam in de lijst (leeg: de standaardnaam); de knop van een kleur, of Kleur kiezen… voor de gekozen tafel, geeft een andere kleur.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="196"/>
        <source>Name of table %1</source>
        <translation>Naam van tafel %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="209"/>
        <source>Colour of table %1: %2</source>
        <translation>Kleur van tafel %1: %2</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="211"/>
        <source>Choose the colour of table %1</source>
        <translation>Kies de kleur van tafel %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/settings_dialog.py" line="215"/>
        <source>Colour of table %1</source>
        <translation>Kleur van tafel %1</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../wijkdesk/ui/bijeenkomst_view.py" line="73"/>
        <source>P%1</source>
        <translation>F%1</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="445"/>
        <source>Timeline with the denk-spoor and the doe-spoor</source>
        <extracomment>the status told in words&apos; stead beside the colour (gepland has none; uitgesteld: ↻n) the design&apos;s type sizes of the labels (points, before the font scale) length of the bar in days (0 for a point); a drag on the right end changes it a step was activated (double-click, Enter): its id</extracomment>
        <translation>Tijdlijn met het denk-spoor en het doe-spoor</translation>
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
        <translation>De stap ervoor of erna</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="502"/>
        <source>The nearest step on the denk-spoor or the doe-spoor</source>
        <translation>De dichtstbijzijnde stap op het denk-spoor of het doe-spoor</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="505"/>
        <source>Edit the selected step</source>
        <translation>De gekozen stap bewerken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="506"/>
        <source>Go to today</source>
        <translation>Naar vandaag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="508"/>
        <source>Delete the selected step</source>
        <translation>De gekozen stap verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="660"/>
        <source>(now)</source>
        <translation>(nu)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="751"/>
        <location filename="../../wijkdesk/ui/timeline_canvas.py" line="782"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="153"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="154"/>
        <source>&amp;New step…</source>
        <translation>&amp;Nieuwe stap…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="155"/>
        <source>Add a step (Insert)</source>
        <translation>Stap toevoegen (Insert)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="157"/>
        <source>&amp;All in view</source>
        <translation>&amp;Alles in beeld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="158"/>
        <source>Show every step (0); zoom with Ctrl+wheel or + and −</source>
        <translation>Toon alle stappen (0); zoom met Ctrl+wiel of + en −</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="160"/>
        <source>T&amp;oday</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="161"/>
        <source>Go to today (T)</source>
        <translation>Naar vandaag (T)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="163"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="174"/>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="186"/>
        <source>Clashes</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="184"/>
        <source>Steps without a date</source>
        <translation>Stappen zonder datum</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="191"/>
        <source>Chosen step</source>
        <translation>Gekozen stap</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="193"/>
        <source>Without a date</source>
        <translation>Zonder datum</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="241"/>
        <source>milestone</source>
        <translation>mijlpaal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="241"/>
        <source>activity</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="242"/>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="242"/>
        <source>meeting</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="243"/>
        <source>dot on the horizon</source>
        <translation>stip op de horizon</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="247"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="247"/>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="248"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="248"/>
        <source>postponed</source>
        <translation>uitgesteld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/timeline_view.py" line="284"/>
        <source>Clashes (%n)</source>
        <translation>
            <numerusform>Knelpunten (%n)</numerusform>
            <numerusform>Knelpunten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="286"/>
        <source>No clashes.</source>
        <translation>Geen knelpunten.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="318"/>
        <source>Click a step to see its details; double-click to edit it.</source>
        <translation>Klik op een stap voor de details; dubbelklik om hem te bewerken.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="329"/>
        <source>Owner: %1</source>
        <translation>Eigenaar: %1</translation>
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
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="359"/>
        <source>Action point</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="359"/>
        <source>Stakeholder</source>
        <translation>Belanghebbende</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="360"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="414"/>
        <source>A step needs a title.</source>
        <translation>Een stap heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="208"/>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="444"/>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="444"/>
        <source>Change step</source>
        <translation>Stap wijzigen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="466"/>
        <source>Move step</source>
        <translation>Stap verplaatsen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="487"/>
        <source>Delete step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="492"/>
        <source>&amp;Edit… (Enter)</source>
        <translation>&amp;Bewerken… (Enter)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="493"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="500"/>
        <source>New step on %1 (doe-spoor)…</source>
        <translation>Nieuwe stap op %1 (doe-spoor)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="502"/>
        <source>New step on %1 (denk-spoor)…</source>
        <translation>Nieuwe stap op %1 (denk-spoor)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="504"/>
        <source>All in view (0)</source>
        <translation>Alles in beeld (0)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="512"/>
        <source>Calendar (iCalendar, .ics)…</source>
        <translation>Agenda (iCalendar, .ics)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="513"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="513"/>
        <source>Picture (PNG)…</source>
        <translation>Afbeelding (PNG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="514"/>
        <source>Picture (SVG)…</source>
        <translation>Afbeelding (SVG)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="514"/>
        <source>Picture (PDF)…</source>
        <translation>Afbeelding (PDF)…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="529"/>
        <source>Export the timeline</source>
        <translation>Tijdlijn exporteren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="542"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/timeline_view.py" line="544"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="136"/>
        <source>Time left in this round</source>
        <extracomment>the remaining whole seconds, whenever they change (and on set, start, pause, reset) the countdown reached zero</extracomment>
        <translation>Resterende tijd van deze ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="143"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="144"/>
        <source>Minutes for the round</source>
        <translation>Minuten voor de ronde</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="148"/>
        <source>Start or pause the timer (F9)</source>
        <translation>Timer starten of pauzeren (F9)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="150"/>
        <source>Reset</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="151"/>
        <source>Back to the full time (Shift+F9)</source>
        <translation>Terug naar de volle tijd (Shift+F9)</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="153"/>
        <source>Sound at the end</source>
        <translation>Geluid aan het eind</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="162"/>
        <source>Start or pause the round timer</source>
        <translation>De rondetimer starten of pauzeren</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="164"/>
        <source>Reset the round timer</source>
        <translation>De rondetimer terugzetten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="171"/>
        <source>Round timer</source>
        <translation>Rondetimer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="192"/>
        <source>Time!</source>
        <translation>Tijd!</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/round_timer.py" line="199"/>
        <source>Pause</source>
        <translation>Pauze</translation>
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
        <translation>Naam van het cluster</translation>
    </message>
</context>
<context>
    <name>TopDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="512"/>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="520"/>
        <source>Top of the ranking</source>
        <translation>Bovenaan de ranglijst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="531"/>
        <source>Esc closes this view.</source>
        <translation>Esc sluit deze weergave.</translation>
    </message>
</context>
<context>
    <name>VotesDialog</name>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="118"/>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="481"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="119"/>
        <source>Count &amp;per table</source>
        <translation>Tellen &amp;per tafel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="122"/>
        <source>Also &amp;loose insights</source>
        <translation>Ook &amp;losse inzichten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="124"/>
        <source>Insights that are in no cluster get a line too. An insight in a cluster counts for its cluster.</source>
        <translation>Inzichten die in geen cluster zitten krijgen ook een regel. Een inzicht in een cluster telt mee voor zijn cluster.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="130"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="132"/>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="310"/>
        <source>Stickers per participant</source>
        <translation>Stickers per deelnemer</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="138"/>
        <source>Votes per cluster and note</source>
        <translation>Stemmen per cluster en inzicht</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="145"/>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="185"/>
        <source>Ranking</source>
        <translation>Ranglijst</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="151"/>
        <source>Right-click a line to make an agreement, action point or timeline step of it.</source>
        <translation>Klik met rechts op een regel om er een afspraak, actiepunt of stap op de tijdlijn van te maken.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="157"/>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="158"/>
        <source>How many to show on the beamer</source>
        <translation>Hoeveel er op de beamer komen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="159"/>
        <source>Show on the &amp;beamer</source>
        <translation>Op de &amp;beamer tonen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="162"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="168"/>
        <source>Type the number of stickers and press Tab or Enter for the next line; + and − work too. Every count is saved at once.</source>
        <translation>Typ het aantal stickers en druk op Tab of Enter voor de volgende regel; + en − werken ook. Elke telling wordt meteen bewaard.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="178"/>
        <source>Stickers per participant:</source>
        <translation>Stickers per deelnemer:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="241"/>
        <source>(+%n on its insights)</source>
        <translation>
            <numerusform>(+%n op een inzicht erin)</numerusform>
            <numerusform>(+%n op inzichten erin)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="268"/>
        <source>Cluster or insight</source>
        <translation>Cluster of inzicht</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="269"/>
        <source>Whole room</source>
        <translation>Hele zaal</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="250"/>
        <source>Table %1</source>
        <translation>Tafel %1</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="324"/>
        <source>This round has no clusters yet: make them in Order, or tick “Also loose insights” to vote on single insights.</source>
        <translation>Deze ronde heeft nog geen clusters: maak ze bij Ordenen, of vink “Ook losse inzichten” aan om op losse inzichten te stemmen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="328"/>
        <source>%n sticker(s) counted so far.</source>
        <translation>
            <numerusform>%n sticker tot nu toe geteld.</numerusform>
            <numerusform>%n stickers tot nu toe geteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="332"/>
        <source>Everyone has %n sticker(s).</source>
        <translation>
            <numerusform>Iedereen heeft %n sticker.</numerusform>
            <numerusform>Iedereen heeft %n stickers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="334"/>
        <source>%1 present: %2 stickers to expect.</source>
        <translation>%1 aanwezig: %2 stickers te verwachten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="336"/>
        <source>%n counted so far.</source>
        <translation>
            <numerusform>%n tot nu toe geteld.</numerusform>
            <numerusform>%n tot nu toe geteld.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/votes_dialog.py" line="355"/>
        <source>No votes yet:</source>
        <translation>Nog geen stemmen:</translation>
    </message>
</context>
<context>
    <name>VotesEntry</name>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="154"/>
        <source>Votes</source>
        <extracomment>the target being typed changed (its id), or the entry ended (&quot;&quot;)</extracomment>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="155"/>
        <source>Enter: next (after the last: done) · Shift+Tab: back · Esc: done</source>
        <translation>Enter: volgende (na de laatste: klaar) · Shift+Tab: terug · Esc: klaar</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="179"/>
        <source>This round has no clusters or notes to vote on.</source>
        <translation>Deze ronde heeft geen clusters of kaarten om op te stemmen.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/audience/panel.py" line="185"/>
        <source>Votes for “%1” (%2 of %3):</source>
        <translation>Stemmen voor “%1” (%2 van %3):</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="36"/>
        <source>Welcome to wijkdesk</source>
        <extracomment>the user asked for a new project the user asked to open a file through a dialog the user asked for the demo project the user picked a recent project (its path)</extracomment>
        <translation>Welkom bij wijkdesk</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="43"/>
        <source>wijkdesk helps you run a bewonersavond: collect what residents say, cluster and vote on it, map the stakeholders and plan both tracks on a timeline. It works without internet, and afterwards you merge the table laptops&apos; files and export the minutes.</source>
        <translation>wijkdesk helpt u een bewonersavond te begeleiden: verzamel wat bewoners zeggen, orden en kies samen, breng de belanghebbenden in beeld en zet beide sporen op een tijdlijn. Het werkt zonder internet; na afloop voegt u de bestanden van de tafellaptops samen en maakt u het verslag.</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="48"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="49"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="50"/>
        <source>View the &amp;demo</source>
        <translation>&amp;Demo bekijken</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="57"/>
        <location filename="../../wijkdesk/ui/welcome.py" line="75"/>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/welcome.py" line="61"/>
        <source>No recent projects yet: start a new project, or look around in the demo first.</source>
        <translation>Nog geen recente projecten: begin een nieuw project, of kijk eerst rond in de demo.</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="177"/>
        <source>Zoom in, zoom out</source>
        <extracomment>keys this view handles itself, before window shortcuts see them the focus frame&apos;s width (pixels) and colour (palette.FOCUS) the type size (points) of the canvas&apos;s main texts at scale 1</extracomment>
        <translation>Inzoomen, uitzoomen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="178"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + muiswiel</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="179"/>
        <source>Zoom where the mouse is</source>
        <translation>Zoomen waar de muis staat</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="180"/>
        <source>Show everything</source>
        <translation>Alles in beeld</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="182"/>
        <source>Hold and drag to move the view</source>
        <translation>Vasthouden en slepen om het beeld te verschuiven</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="183"/>
        <source>Clear the selection</source>
        <translation>Selectie opheffen</translation>
    </message>
    <message>
        <location filename="../../wijkdesk/ui/zoom_view.py" line="185"/>
        <source>Menu of the selection</source>
        <translation>Menu van de selectie</translation>
    </message>
</context>
</TS>
