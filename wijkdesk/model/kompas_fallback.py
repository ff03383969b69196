"""The Wijkkompas starter set built into the code: what ``kompas.starter_set`` falls back on
when ``resources/templates/knooppunten.json`` is missing, damaged or holds no usable entry.
Data only (like ``demo_data``), in the JSON file's shape."""

from __future__ import annotations

from typing import Any

#: The built-in starter set, used when knooppunten.json is missing or holds no usable entry:
#: two per phase, one per track, in our own words.
BUILT_IN: tuple[dict[str, Any], ...] = (
    {"key": "partijen-aan-tafel", "phase": 1, "track": "sociaal",
     "title": "De juiste partijen aan tafel", "title_en": "The right parties at the table",
     "goal": "Weten wie bij de wijkaanpak horen en hen vanaf het begin betrekken.",
     "approach": "Maak samen een eerste kaart van de partijen: wie heeft belang, wie beslist "
                 "mee, wie ontbreekt nog? Nodig wie ontbreekt persoonlijk uit.",
     "tips": ["Begin klein en maak de kring stap voor stap groter.",
              "Vraag bewoners wie zij vertrouwen.",
              "Vergeet huurders en VvE's niet: zij beslissen mee over hun woning."],
     "parties": ["gemeente", "woningcorporatie", "huurdersvereniging", "bewonersgroep"],
     "prompt": "Wie mist er nog aan tafel als het over de toekomst van onze wijk gaat?"},
    {"key": "gebied-afbakenen", "phase": 1, "track": "technisch",
     "title": "Het gebied afbakenen", "title_en": "Marking out the area",
     "goal": "Samen vastleggen over welk gebied het gaat, en waarom juist dit gebied.",
     "approach": "Leg kaarten van bebouwing, eigendom en leidingen naast elkaar en trek samen "
                 "een grens die bewoners herkennen.",
     "tips": ["Gebruik de buurtnamen die bewoners zelf gebruiken.",
              "Kijk waar de straat de komende jaren toch al open moet."],
     "parties": ["gemeente", "netbeheerder"],
     "prompt": "Waar houdt onze wijk voor u op, en wat hoort er nog bij?"},
    {"key": "wensen-van-bewoners", "phase": 2, "track": "sociaal",
     "title": "Wat bewoners willen voor huis en buurt",
     "title_en": "What residents want for their home and neighbourhood",
     "goal": "Ophalen wat bewoners belangrijk vinden aan hun huis en hun buurt, ook bij wie "
             "niet naar een avond komt.",
     "approach": "Combineer een bewonersavond met gesprekken aan de keukentafel en op straat; "
                 "schrijf wensen en zorgen apart op.",
     "tips": ["Zoek de mensen op die niet komen: de wijkcoach weet waar.",
              "Laat zien wat er met de inbreng gebeurt."],
     "parties": ["bewonersgroep", "wijkteam", "huurdersvereniging"],
     "prompt": "Wat moet er in uw buurt blijven zoals het is, en wat moet anders?"},
    {"key": "wijk-technisch-in-beeld", "phase": 2, "track": "technisch",
     "title": "De wijk technisch in beeld", "title_en": "The technical picture of the wijk",
     "goal": "Weten hoe de woningen, de netten en de ondergrond ervoor staan.",
     "approach": "Verzamel bouwjaren, energielabels, eigendom en gegevens over de netten, en "
                 "toets ze bij bewoners: klopt dit voor uw straat?",
     "tips": ["Harde cijfers en verhalen van bewoners horen samen.",
              "Vraag de netbeheerder vroeg om de planning van vervanging."],
     "parties": ["netbeheerder", "woningcorporatie", "gemeente"],
     "prompt": "Hoe staat uw woning ervoor: tocht, vocht, isolatie?"},
    {"key": "vormen-van-meedoen", "phase": 3, "track": "sociaal",
     "title": "Vormen van meedoen kiezen", "title_en": "Choosing ways to take part",
     "goal": "Voor elke groep bewoners een manier van meedoen die bij hen past.",
     "approach": "Kies per groep een trede van de participatieladder en een werkvorm, van "
                 "informeren tot meebeslissen, en zeg vooraf waarover wel en niet.",
     "tips": ["Het middenveld is de grootste groep: maak het hen makkelijk.",
              "Koplopers kunnen anderen meenemen."],
     "parties": ["bewonersgroep", "energiecooperatie"],
     "prompt": "Hoe wilt u meepraten en meebeslissen over de volgende stappen?"},
    {"key": "warmteopties-vergelijken", "phase": 3, "track": "technisch",
     "title": "Warmteopties naast elkaar", "title_en": "Comparing the heat options",
     "goal": "De mogelijke manieren om de wijk te verwarmen eerlijk vergelijken.",
     "approach": "Zet per optie kosten, overlast, tempo en zekerheden op een rij, in taal "
                 "die bewoners begrijpen.",
     "tips": ["Laat ook zien wat nog onzeker is.",
              "Reken voor met een paar echte woningen uit de wijk."],
     "parties": ["netbeheerder", "warmtebedrijf", "gemeente"],
     "prompt": "Wat vindt u het belangrijkst bij de keuze voor een nieuwe warmtebron?"},
    {"key": "keuze-toetsen", "phase": 4, "track": "sociaal",
     "title": "De keuze toetsen bij bewoners", "title_en": "Testing the choice with residents",
     "goal": "Weten of de voorgenomen keuze draagvlak heeft, en waar niet.",
     "approach": "Leg de keuze voor op een avond en in de straten; haal bezwaren op en zeg "
                 "wat ermee gebeurt.",
     "tips": ["Een keuze zonder draagvlak kost later meer tijd.",
              "Let op huurders: bij renovatie is instemming van 70% nodig."],
     "parties": ["bewonersgroep", "huurdersvereniging", "vve"],
     "prompt": "Wat heeft u nodig om achter deze keuze te kunnen staan?"},
    {"key": "uitvoeringsplan-opstellen", "phase": 4, "track": "technisch",
     "title": "Het wijkuitvoeringsplan opstellen", "title_en": "Drafting the wijk's plan",
     "goal": "Een plan dat zegt wat er waar en wanneer gebeurt, en wie wat betaalt.",
     "approach": "Werk de gekozen opgaven uit per buurt en per type woning; leg vast wie "
                 "trekker is en wanneer het plan wordt vastgesteld.",
     "tips": ["Schrijf het plan zo dat een bewoner het kan lezen.",
              "Neem koppelkansen mee, zoals groen en riolering."],
     "parties": ["gemeente", "netbeheerder", "woningcorporatie"],
     "prompt": "Wat moet er volgens u zeker in het plan voor onze wijk staan?"},
    {"key": "bewoners-voorbereiden", "phase": 5, "track": "sociaal",
     "title": "Bewoners voorbereiden op de overstap",
     "title_en": "Preparing residents for the switch",
     "goal": "Elk huishouden weet wat er gaat gebeuren en waar het terecht kan.",
     "approach": "Organiseer spreekuren en huisbezoeken en zet energiecoaches in; houd een "
                 "overzicht van vragen bij.",
     "tips": ["Denk aan wie een andere taal spreekt.",
              "Maak de betaalbaarheid per huishouden bespreekbaar."],
     "parties": ["energieloket", "energiecooperatie", "wijkteam"],
     "prompt": "Welke vragen heeft u nog voordat de werkzaamheden in uw straat beginnen?"},
    {"key": "maatregelen-per-complex", "phase": 5, "track": "technisch",
     "title": "Maatregelen per complex uitwerken",
     "title_en": "Working out the measures per building complex",
     "goal": "Per complex of straat een uitvoerbaar pakket maatregelen.",
     "approach": "Stem met eigenaren, VvE's en de netbeheerder af wat, wanneer en in welke "
                 "volgorde gebeurt.",
     "tips": ["Een VvE besluit traag: begin vroeg.", "Bundel werk in de straat."],
     "parties": ["woningcorporatie", "vve", "netbeheerder"],
     "prompt": "Wat moet er geregeld zijn voordat uw complex aan de beurt is?"},
    {"key": "nazorg", "phase": 6, "track": "sociaal",
     "title": "Nazorg na de overstap", "title_en": "Aftercare after the switch",
     "goal": "Bewoners houden na de overstap een plek voor vragen en klachten.",
     "approach": "Houd spreekuren na de oplevering, vraag naar ervaringen en deel wat goed "
                 "ging en wat niet.",
     "tips": ["Verhalen van buren overtuigen de volgende straat.",
              "Maak klachten zichtbaar en los ze op."],
     "parties": ["energieloket", "wijkteam"],
     "prompt": "Hoe bevalt het nu, en wat kan beter voor de volgende straat?"},
    {"key": "uitvoering-volgen", "phase": 6, "track": "technisch",
     "title": "De uitvoering volgen en bijsturen", "title_en": "Following and steering the works",
     "goal": "Zien of de uitvoering volgens plan loopt en op tijd bijsturen.",
     "approach": "Spreek vaste momenten af om planning, kosten en overlast te bespreken, met "
                 "bewoners erbij.",
     "tips": ["Meld vertraging vroeg en eerlijk.", "Vier wat af is."],
     "parties": ["gemeente", "netbeheerder", "warmtebedrijf"],
     "prompt": "Wat merkt u van de werkzaamheden, en wat moet er anders?"},
)
