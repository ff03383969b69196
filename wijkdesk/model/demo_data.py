"""Content of the demo project: a fictional wijk with two bewonersavonden.

Everything here is made up: the wijk Klaverveld, the gemeente Wisselmonde, every organisation and
every person. Professionals are named by role and organisation; the few personal names (chair,
minute-taker) are invented. Plain data only, read by ``demo.py``; the text is in Dutch because the
demo shows what a facilitator would type.
"""

from __future__ import annotations

PROJECT = {
    "name": "Klaverveld aardgasvrij en leefbaar",
    "wijk": "Klaverveld",
    "municipality": "Wisselmonde",
    "description": (
        "Klaverveld is een wijk uit de jaren zestig met rijtjeshuizen, portiekflats en een "
        "winkelplein, ongeveer 1.900 woningen. De gemeente Wisselmonde wil de wijk samen met "
        "bewoners, Woonstichting Het Klaverhuis en de netbeheerder stap voor stap aardgasvrij "
        "maken en tegelijk werken aan groen, veiligheid en betaalbare woonlasten."
    ),
}

# The rounds of each evening are kept in their own constants to keep lines short.
# Insights are (table, text); "loose" insights are not (yet) in a cluster.

_B1_ROUNDS = [
    {
        "prompt": "Wat maakt Klaverveld de moeite waard, en wat zou beter kunnen?",
        "format": "world café",
        "stage": "ordenen",
        "clusters": [
            {
                "name": "Groen en buitenruimte",
                "votes": 0,
                "phase": 2,
                "track": "sociaal",
                "insights": [
                    (1, "Het parkje achter de Meidoornlaan is echt de long van de wijk."),
                    (3, "Veel bomen in de straat, maar de stoep ligt overal scheef."),
                    (2, "In de zomer is het op het Klaverplein bloedheet, nergens schaduw."),
                    (1, "De speeltuin bij de school is verouderd, kinderen komen er niet meer."),
                    (3, "Als de straat toch open moet, leg dan meteen meer groen aan."),
                ],
            },
            {
                "name": "Buren en saamhorigheid",
                "votes": 0,
                "phase": 2,
                "track": "sociaal",
                "insights": [
                    (2, "Je kent hier je buren nog, dat wil ik niet kwijt."),
                    (1, "Sinds het buurthuis minder open is, zie je elkaar alleen bij de super."),
                    (3, "Er wonen veel ouderen alleen, die komen niet naar zo'n avond als deze."),
                    (2, "Nieuwe bewoners in de flats doen weinig mee, ze weten het vaak niet."),
                ],
            },
            {
                "name": "Staat van de woningen",
                "votes": 0,
                "phase": 2,
                "track": "technisch",
                "insights": [
                    (1, "Onze huizen uit de jaren zestig tochten aan alle kanten."),
                    (3, "In de flat zit schimmel in de badkamers, dat moet eerst opgelost."),
                    (2, "Ik heb zelf al dakisolatie laten doen, dat scheelt echt op de rekening."),
                    (1, "Het Klaverhuis beloofde tien jaar geleden nieuwe kozijnen. Niks gebeurd."),
                    (3, "Nog enkel glas in de slaapkamers, dat is toch niet meer van deze tijd."),
                ],
            },
            {
                "name": "Verkeer en veiligheid",
                "votes": 0,
                "phase": None,
                "track": None,
                "insights": [
                    (2, "Er wordt veel te hard gereden op de Zwaluwstraat."),
                    (1, "Parkeren is 's avonds een ramp, zeker in de Bloemenbuurt."),
                    (3, "Het fietspad naar het station is slecht verlicht, 's avonds eng."),
                ],
            },
        ],
        "loose": [
            (2, "Waarom is deze avond op donderdag? Dan heb ik koor."),
            (1, "Kunnen de uitnodigingen volgende keer ook in andere talen?"),
            (3, "Wij wonen hier veertig jaar, we hebben al veel plannen zien komen en gaan."),
            (2, "Het riool is vorig jaar vervangen. Waarom is dat niet meteen gecombineerd?"),
        ],
    },
    {
        "prompt": (
            "Als het aardgas uit Klaverveld verdwijnt: waar maakt u zich zorgen over, "
            "en wat zou helpen?"
        ),
        "format": "world café",
        "stage": "kiezen",
        "clusters": [
            {
                "name": "Betaalbaarheid en woonlasten",
                "votes": 23,
                "phase": 3,
                "track": "technisch",
                "insights": [
                    (1, "Wat gaat het mij kosten, en wie betaalt de verbouwing?"),
                    (2, "Ik ben 74, ik ga echt geen lening van twintig jaar afsluiten."),
                    (3, "Als huurder wil ik zeker weten dat mijn huur niet omhooggaat."),
                    (1, "De woonlasten moeten gelijk blijven, anders doe ik niet mee."),
                    (2, "Subsidies veranderen elk jaar, daar kun je toch niet op plannen."),
                    (3, "De energierekening is nu al te hoog voor veel gezinnen hier."),
                ],
            },
            {
                "name": "Vertrouwen in gemeente en corporatie",
                "votes": 17,
                "phase": 1,
                "track": "sociaal",
                "insights": [
                    (2, "Eerst zien, dan geloven. Bij de vorige renovatie klopte er niks van."),
                    (1, "De gemeente komt pas praten als alles al besloten is."),
                    (3, "Wie is nou ons aanspreekpunt, de gemeente of het Klaverhuis?"),
                    (2, "Zeg eerlijk wat al vastligt en waar we nog over mogen meepraten."),
                    (1, "Ik wil dit niet alleen op een website lezen, kom gewoon langs."),
                ],
            },
            {
                "name": "Warmtepomp of warmtenet?",
                "votes": 12,
                "phase": 3,
                "track": "technisch",
                "insights": [
                    (3, "Zo'n warmtepomp maakt herrie, mijn zwager slaapt er slecht van."),
                    (1, "Bij een warmtenet zit je vast aan één leverancier, dat bevalt me niet."),
                    (2, "Waar komt die warmte dan vandaan? Van de rioolwaterzuivering?"),
                    (3, "Onze rijtjeshuizen hebben geen plek voor zo'n buitenunit."),
                    (1, "Mag ik mijn gasfornuis houden, of moet ik op inductie koken?"),
                ],
            },
            {
                "name": "Eigenaren, huurders en VvE's",
                "votes": 9,
                "phase": 4,
                "track": "sociaal",
                "insights": [
                    (1, "In onze VvE krijg je nooit zeventig procent van de mensen mee."),
                    (3, "Als eigenaar hoor ik nooit iets, alle informatie gaat naar de huurders."),
                    (2, "Een blok met half huur, half koop: wie beslist er dan?"),
                    (1, "De kas van onze VvE is leeg, groot onderhoud is al uitgesteld."),
                ],
            },
            {
                "name": "Overlast tijdens de werkzaamheden",
                "votes": 6,
                "phase": 5,
                "track": "sociaal",
                "insights": [
                    (2, "Hoe lang ligt de straat open? Mijn moeder loopt achter een rollator."),
                    (3, "Ik werk thuis, ik kan niet wekenlang bouwvakkers over de vloer hebben."),
                    (1, "Wie helpt de oudere buren als de werkzaamheden bezig zijn?"),
                    (2, "Doe het straat voor straat, dan blijft het overzichtelijk."),
                ],
            },
        ],
        "loose": [
            (3, "Waarom moet het eigenlijk? Het gas werkt toch prima?"),
            (2, "Misschien eerst een proefstraat, dan zien we hoe het uitpakt."),
            (1, "Ik wil best koploper zijn, met mijn huis mogen ze oefenen."),
        ],
    },
]

_B2_ROUNDS = [
    {
        "prompt": "Welke eerste stappen willen we in Klaverveld samen zetten?",
        "format": "thematafels",
        "stage": "kiezen",
        "clusters": [
            {
                "name": "Collectief isoleren per straat",
                "votes": 21,
                "phase": 3,
                "track": "technisch",
                "insights": [
                    (1, "Samen inkopen is goedkoper: één aannemer voor de hele straat."),
                    (1, "Begin met de zolders en de spouwmuren, dat is zo gebeurd."),
                    (1, "Een warmtescan in de winter laat precies zien waar het lekt."),
                    (2, "Eerst isoleren, dan pas praten over de warmtebron."),
                    (1, "Laat de energiecoaches ook bij huurders langs, niet alleen bij kopers."),
                ],
            },
            {
                "name": "Duidelijke en eerlijke informatie",
                "votes": 18,
                "phase": 1,
                "track": "sociaal",
                "insights": [
                    (3, "Eén nieuwsbrief per kwartaal op papier, niet alles digitaal."),
                    (3, "Een spreekuur in het buurthuis, elke eerste woensdag van de maand."),
                    (2, "Zet op één A4'tje wat al besloten is en wat nog open ligt."),
                    (1, "Vertel ook wat het energieloket gratis doet, dat weet bijna niemand."),
                    (3, "Laat buren zelf vertellen hoe het bij hen ging, dat geloof je eerder."),
                ],
            },
            {
                "name": "Proefstraat warmtenet",
                "votes": 14,
                "phase": 3,
                "track": "technisch",
                "insights": [
                    (2, "De Zwaluwstraat is ideaal als proef: allemaal dezelfde huurhuizen."),
                    (2, "Laat ons eerst een woning zien waar het al werkt."),
                    (2, "Wat als het warmtebedrijf over vijf jaar de prijs verhoogt?"),
                    (3, "Combineer de proef met het vervangen van de oude gasleiding."),
                    (2, "Graag een onafhankelijke vergelijking, niet alleen hun eigen folder."),
                ],
            },
            {
                "name": "Ouderen en kwetsbare buren",
                "votes": 11,
                "phase": 3,
                "track": "sociaal",
                "insights": [
                    (3, "Keukentafelgesprekken met het wijkteam, daar voelen ouderen zich veilig."),
                    (3, "Een vaste buurtcontactpersoon per straat die je kunt aanspreken."),
                    (1, "Mensen met schulden schrikken van elke brief van de gemeente."),
                    (3, "Help bij het aanvragen van subsidie, die formulieren zijn niet te doen."),
                ],
            },
            {
                "name": "Straat en groen mee-ontwerpen",
                "votes": 7,
                "phase": 4,
                "track": "sociaal",
                "insights": [
                    (2, "Als de straat opengaat, wil ik meepraten over bomen en bankjes."),
                    (3, "Koppel het regenwater meteen af als de warmteleidingen erin gaan."),
                    (1, "Een geveltuintjesactie zou een mooi begin zijn, dat verbindt."),
                ],
            },
        ],
        "loose": [
            (2, "Ik mis de netbeheerder vanavond, die hoort hier aan tafel."),
            (1, "Krijgen we deze flappen nog terug in het verslag?"),
            (3, "Kan de school ook iets doen? Kinderen nemen het mee naar huis."),
        ],
    },
    {
        "prompt": "Wat heeft u nodig om zelf de eerste stap te zetten?",
        "format": "plenair",
        "stage": "verzamelen",
        "clusters": [],
        "loose": [
            (1, "Een lijstje met betrouwbare installateurs uit de regio."),
            (2, "Weten wat mijn buurman betaald heeft, gewoon eerlijk."),
            (3, "Iemand die samen met mij de offertes doorneemt."),
            (1, "Een renteloze lening die je pas bij verkoop van het huis terugbetaalt."),
            (2, "Duidelijkheid over het warmtenet, anders koop ik nu een hybride pomp."),
            (3, "Tijd. Ik heb net een nieuwe cv-ketel, die gaat nog tien jaar mee."),
            (1, "Een aparte avond speciaal voor VvE-besturen."),
            (2, "Als huurder: een garantie op papier van het Klaverhuis."),
            (3, "Hulp bij het leeghalen van de zolder voordat de isolatie erin gaat."),
            (1, "Een energiecoach die ook Arabisch of Turks spreekt."),
            (2, "Dat de gemeente eerst het buurthuis aanpakt, dat lekt als een mandje."),
            (3, "Gewoon een keer een warmtepomp in het echt horen draaien."),
            (1, "Zekerheid dat mijn huis er meer waard door wordt."),
            (2, "Een duidelijke planning per straat, met data erbij."),
        ],
    },
]

BIJEENKOMSTEN = [
    {
        "key": "b1",
        "title": "Bewonersavond 1: Wat maakt Klaverveld waardevol?",
        "date": "2026-09-17",
        "place": "Buurthuis De Klaverhof, Meidoornlaan 14",
        "chair": "Lotte Zonnewende (gemeente Wisselmonde, procesbegeleider)",
        "minute_taker": "Bram Vlierbes (Wijkteam Klaverveld, notulist)",
        "format": "world café",
        "agenda": (
            "1. Opening en welkom\n"
            "2. Waarom deze avond? Korte toelichting door de gemeente\n"
            "3. Mededelingen\n"
            "4. World café ronde 1: wat maakt Klaverveld de moeite waard?\n"
            "5. World café ronde 2: zorgen en wensen rond aardgasvrij\n"
            "6. Stemmen met stickers\n"
            "7. Afspraken en actiepunten\n"
            "8. Rondvraag en sluiting"
        ),
        # The evening's programme (format 6): (title, minutes, who, [(round, timer, autostart)])
        # with the rounds above by their place in "rounds"; the text above stays for older
        # readers of the file (the calendar export).
        "programme": [
            ("Opening en welkom", 10, "voorzitter", []),
            ("Waarom deze avond? Korte toelichting door de gemeente", 15,
             "wijkregisseur gemeente", []),
            ("Mededelingen", 5, "voorzitter", []),
            ("World café ronde 1: wat maakt Klaverveld de moeite waard?", 25, "tafelhosts",
             [(0, 20, True)]),
            ("World café ronde 2: zorgen en wensen rond aardgasvrij", 25, "tafelhosts",
             [(1, 20, True)]),
            ("Stemmen met stickers", 15, "procesbegeleider", []),
            ("Afspraken en actiepunten", 10, "procesbegeleider", []),
            ("Rondvraag en sluiting", 5, "voorzitter", []),
        ],
        "tables": 3,
        "rounds": _B1_ROUNDS,
        "agreements": [
            "Afgesproken wordt dat de gemeente vóór de volgende avond op één pagina zet wat al "
            "vastligt en waarover bewoners nog kunnen meepraten.",
            "Afgesproken wordt dat Het Klaverhuis geen plannen voor de Zwaluwstraat uitwerkt "
            "zonder eerst met de huurdersvereniging te overleggen.",
            "Afgesproken wordt dat het verslag van deze avond binnen twee weken op papier en "
            "online wordt gedeeld.",
            "Afgesproken wordt dat er een werkgroep 'Betaalbaar wonen' komt met bewoners, het "
            "energieloket en de huurdersvereniging.",
        ],
        "actions": [
            {
                "what": "Verslag van deze avond verspreiden, op papier in de bus en op de "
                "wijkwebsite",
                "who": "Gemeente Wisselmonde, procesbegeleider",
                "due": "2026-10-01",
                "status": "klaar",
                "postponed": 0,
            },
            {
                "what": "Overzicht 'wat ligt vast, wat is nog open' opstellen",
                "who": "Gemeente Wisselmonde, wijkregisseur",
                "due": "2026-10-31",
                "status": "klaar",
                "postponed": 1,
            },
            {
                "what": "Eerste bijeenkomst van de werkgroep 'Betaalbaar wonen' plannen",
                "who": "Energieloket Wisselmonde, energiecoach",
                "due": "2026-10-22",
                "status": "klaar",
                "postponed": 0,
            },
            {
                "what": "Geluidsmetingen van warmtepompen in vergelijkbare wijken opvragen",
                "who": "Energiecoöperatie Klaverkracht",
                "due": "2026-11-05",
                "status": "uitgesteld",
                "postponed": 2,
            },
            {
                "what": "Netbeheerder uitnodigen voor een toelichting op de volgende avond",
                "who": "Gemeente Wisselmonde, procesbegeleider",
                "due": "2026-10-15",
                "status": "bezig",
                "postponed": 0,
            },
        ],
        "attendance": [
            {"group": "bewoners", "organisation": "", "role": "bewoner, koopwoning",
             "count": 31},
            {"group": "bewoners", "organisation": "", "role": "bewoner, huurwoning",
             "count": 24},
            {"group": "gemeente", "organisation": "Gemeente Wisselmonde",
             "role": "procesbegeleider", "count": 1},
            {"group": "gemeente", "organisation": "Gemeente Wisselmonde",
             "role": "wijkregisseur", "count": 1},
            {"group": "gemeente", "organisation": "Gemeente Wisselmonde",
             "role": "beleidsadviseur warmte", "count": 1},
            {"group": "woningcorporatie", "organisation": "Woonstichting Het Klaverhuis",
             "role": "projectleider duurzaamheid", "count": 1},
            {"group": "woningcorporatie", "organisation": "Woonstichting Het Klaverhuis",
             "role": "huurdersconsulent", "count": 1},
            {"group": "huurdersvereniging", "organisation": "Huurdersvereniging Klaverveld",
             "role": "bestuurslid", "count": 2},
            {"group": "energiecoöperatie", "organisation": "Energiecoöperatie Klaverkracht",
             "role": "vrijwillige energiecoach", "count": 3},
            {"group": "netbeheerder", "organisation": "Netbeheer Waardland",
             "role": "omgevingsmanager", "count": 1},
            {"group": "zorg en welzijn", "organisation": "Wijkteam Klaverveld",
             "role": "wijkcoach", "count": 2},
            {"group": "energieloket", "organisation": "Energieloket Wisselmonde",
             "role": "energiecoach", "count": 1},
        ],
        "absent": [
            {"organisation": "VvE De Meidoornhof", "role": "voorzitter"},
            {"organisation": "Basisschool De Vlinderboom", "role": "directeur"},
            {"organisation": "Winkeliersvereniging Klaverplein", "role": "secretaris"},
        ],
        "next_meeting": "Donderdag 12 november 2026, 19.30 uur, aula van basisschool "
        "De Vlinderboom",
    },
    {
        "key": "b2",
        "title": "Bewonersavond 2: Eerste stappen kiezen",
        "date": "2026-11-12",
        "place": "Aula basisschool De Vlinderboom, Lijsterstraat 8",
        "chair": "Lotte Zonnewende (gemeente Wisselmonde, procesbegeleider)",
        "minute_taker": "Mila Duinroos (gemeente Wisselmonde, wijksecretariaat)",
        "format": "thematafels",
        "agenda": (
            "1. Opening en welkom\n"
            "2. Verslag vorige avond en stand van de actiepunten\n"
            "3. Presentatie: mogelijke routes (warmtenet, all-electric, eerst isoleren)\n"
            "4. Vragen en antwoorden\n"
            "5. Thematafels: isoleren (tafel 1), warmte (tafel 2), samen en informatie (tafel 3)\n"
            "6. Stemmen en top 5 per tafel\n"
            "7. Korte plenaire ronde: wat heeft u nodig?\n"
            "8. Afspraken, actiepunten en volgende bijeenkomst\n"
            "9. Sluiting"
        ),
        "programme": [
            ("Opening en welkom", 5, "voorzitter", []),
            ("Verslag vorige avond en stand van de actiepunten", 10, "wijkregisseur gemeente",
             []),
            ("Presentatie: mogelijke routes (warmtenet, all-electric, eerst isoleren)", 20,
             "beleidsadviseur warmte gemeente", []),
            ("Vragen en antwoorden", 15, "voorzitter", []),
            ("Thematafels: isoleren (tafel 1), warmte (tafel 2), samen en informatie "
             "(tafel 3)", 30, "tafelhosts", [(0, 30, True)]),
            ("Stemmen en top 5 per tafel", 15, "procesbegeleider", []),
            ("Korte plenaire ronde: wat heeft u nodig?", 15, "procesbegeleider",
             [(1, 10, False)]),
            ("Afspraken, actiepunten en volgende bijeenkomst", 10, "procesbegeleider", []),
            ("Sluiting", 5, "voorzitter", []),
        ],
        "tables": 3,
        "rounds": _B2_ROUNDS,
        "agreements": [
            "Afgesproken wordt dat de Zwaluwstraat wordt voorgedragen als proefstraat, op "
            "voorwaarde dat ten minste 70% van de huurders instemt.",
            "Afgesproken wordt dat de energiecoöperatie in het voorjaar van 2027 een "
            "collectieve isolatieactie per straat organiseert.",
            "Afgesproken wordt dat het wijkteam met vrijwilligers keukentafelgesprekken voert "
            "met oudere en kwetsbare bewoners.",
            "Afgesproken wordt dat er vanaf januari 2027 elke eerste woensdag van de maand een "
            "spreekuur is in buurthuis De Klaverhof.",
            "Afgesproken wordt dat de netbeheerder op de volgende avond de planning van de "
            "vervanging van de gasleidingen toelicht.",
        ],
        "actions": [
            {
                "what": "Informatiebijeenkomst voor de huurders van de Zwaluwstraat organiseren",
                "who": "Woonstichting Het Klaverhuis, projectleider duurzaamheid",
                "due": "2027-01-20",
                "status": "open",
                "postponed": 0,
            },
            {
                "what": "Offertes voor collectieve isolatie opvragen bij drie aannemers",
                "who": "Energiecoöperatie Klaverkracht",
                "due": "2027-02-15",
                "status": "open",
                "postponed": 0,
            },
            {
                "what": "Afspraken maken over het benaderen van kwetsbare huishoudens "
                "(binnen de AVG-afspraken)",
                "who": "Wijkteam Klaverveld, wijkcoach",
                "due": "2027-01-31",
                "status": "bezig",
                "postponed": 0,
            },
            {
                "what": "Onafhankelijke kostenvergelijking warmtenet en all-electric laten maken",
                "who": "Gemeente Wisselmonde, beleidsadviseur warmte",
                "due": "2027-03-31",
                "status": "open",
                "postponed": 0,
            },
            {
                "what": "Planning van de vervanging van de gasleidingen delen",
                "who": "Netbeheer Waardland, omgevingsmanager",
                "due": "2026-12-15",
                "status": "uitgesteld",
                "postponed": 1,
            },
        ],
        "attendance": [
            {"group": "bewoners", "organisation": "", "role": "bewoner, koopwoning",
             "count": 22},
            {"group": "bewoners", "organisation": "", "role": "bewoner, huurwoning",
             "count": 19},
            {"group": "bewoners", "organisation": "VvE De Meidoornhof",
             "role": "bestuurslid", "count": 1},
            {"group": "gemeente", "organisation": "Gemeente Wisselmonde",
             "role": "procesbegeleider", "count": 1},
            {"group": "gemeente", "organisation": "Gemeente Wisselmonde",
             "role": "beleidsadviseur warmte", "count": 1},
            {"group": "woningcorporatie", "organisation": "Woonstichting Het Klaverhuis",
             "role": "projectleider duurzaamheid", "count": 1},
            {"group": "huurdersvereniging", "organisation": "Huurdersvereniging Klaverveld",
             "role": "bestuurslid", "count": 2},
            {"group": "energiecoöperatie", "organisation": "Energiecoöperatie Klaverkracht",
             "role": "vrijwillige energiecoach", "count": 4},
            {"group": "warmtebedrijf", "organisation": "WarmteWaard",
             "role": "accountmanager gebiedsontwikkeling", "count": 1},
            {"group": "zorg en welzijn", "organisation": "Wijkteam Klaverveld",
             "role": "wijkcoach", "count": 1},
            {"group": "energieloket", "organisation": "Energieloket Wisselmonde",
             "role": "energiecoach", "count": 2},
        ],
        "absent": [
            {"organisation": "Netbeheer Waardland", "role": "omgevingsmanager"},
            {"organisation": "Gemeente Wisselmonde", "role": "wijkregisseur"},
        ],
        "next_meeting": "Voorjaar 2027 (datum volgt): informatieavond over de proefstraat "
        "Zwaluwstraat, met de netbeheerder",
    },
]

#: Wie, wanneer and status of the evenings' agreements and action points, and the cluster an
#: agreement or action was made from: by (evening, kind, number). "party" is a stakeholder's key
#: (wie from the network); "who" is free text.
FOLLOW_UP = {
    ("b1", "agreement", 1): {"party": "gemeente", "due": "2026-11-12", "status": "klaar"},
    ("b1", "agreement", 2): {"party": "corporatie", "status": "bezig"},
    ("b1", "agreement", 3): {"who": "Gemeente Wisselmonde, procesbegeleider",
                             "due": "2026-10-01", "status": "klaar"},
    ("b1", "agreement", 4): {"party": "loket", "due": "2026-10-22", "status": "klaar",
                             "source": "Betaalbaarheid en woonlasten"},
    ("b1", "action_item", 4): {"party": "coop"},
    ("b2", "agreement", 1): {"party": "corporatie", "due": "2027-03-01",
                             "source": "Proefstraat warmtenet"},
    ("b2", "agreement", 2): {"party": "coop", "due": "2027-05-31",
                             "source": "Collectief isoleren per straat"},
    ("b2", "agreement", 3): {"party": "wijkteam", "due": "2027-02-28", "status": "bezig",
                             "source": "Ouderen en kwetsbare buren"},
    ("b2", "agreement", 4): {"who": "Gemeente Wisselmonde, wijkregisseur",
                             "due": "2027-01-06"},
    ("b2", "agreement", 5): {"party": "netbeheer", "due": "2027-02-11"},
    ("b2", "action_item", 1): {"source": "Proefstraat warmtenet"},
    ("b2", "action_item", 2): {"party": "coop", "source": "Collectief isoleren per straat"},
}

STAKEHOLDERS = [
    {
        "key": "gemeente",
        "name": "Gemeente Wisselmonde",
        "type": "gemeente",
        "role": "Regisseur van de warmtetransitie; schrijft de Transitievisie Warmte en het "
        "wijkuitvoeringsplan",
        "influence": 5,
        "interest": 5,
        "segment": "willen",
        "participation": "meebeslissen",
        "contact_name": "wijkregisseur",
        "notes": "Procesbegeleider leidt de bewonersavonden; beleidsadviseur warmte is het "
        "aanspreekpunt voor techniek en subsidies.",
        "phases": [1, 2, 3, 4, 5, 6],
    },
    {
        "key": "raad",
        "name": "Gemeenteraad Wisselmonde",
        "type": "gemeente",
        "role": "Stelt de Transitievisie Warmte, het wijkuitvoeringsplan en het budget vast",
        "influence": 5,
        "interest": 3,
        "segment": "middenveld",
        "participation": "informeren",
        "contact_name": "griffier",
        "notes": "Twee raadsleden kwamen als toehoorder naar de eerste avond. Wil vooral weten "
        "of het draagvlak groeit.",
        "phases": [1, 4],
    },
    {
        "key": "netbeheer",
        "name": "Netbeheer Waardland",
        "type": "netbeheerder",
        "role": "Beheert het gas- en elektriciteitsnet; levert netcapaciteit en de planning "
        "van de vervanging van gasleidingen",
        "influence": 4,
        "interest": 3,
        "segment": "middenveld",
        "participation": "adviseren",
        "contact_name": "omgevingsmanager",
        "notes": "Gasleidingen in de Vogelbuurt zijn aan vervanging toe: koppelkans. "
        "Netcijfers komen later dan beloofd.",
        "phases": [2, 3, 4, 5, 6],
    },
    {
        "key": "corporatie",
        "name": "Woonstichting Het Klaverhuis",
        "type": "woningcorporatie",
        "role": "Eigenaar van circa 640 huurwoningen, vooral in de Vogelbuurt",
        "influence": 5,
        "interest": 5,
        "segment": "willen",
        "participation": "coproduceren",
        "contact_name": "projectleider duurzaamheid",
        "notes": "Renovatie per complex vraagt instemming van 70% van de huurders. "
        "Vertrouwen is broos na de uitgestelde kozijnvervanging.",
        "phases": [1, 2, 3, 4, 5, 6],
    },
    {
        "key": "huurders",
        "name": "Huurdersvereniging Klaverveld",
        "type": "huurdersvereniging",
        "role": "Vertegenwoordigt de huurders van Het Klaverhuis; adviseert over "
        "renovatievoorstellen",
        "influence": 3,
        "interest": 5,
        "segment": "middenveld",
        "participation": "adviseren",
        "contact_name": "secretaris",
        "notes": "Klein bestuur van vrijwilligers; vraagt om ondersteuning door een "
        "onafhankelijk adviseur.",
        "phases": [1, 2, 3, 4, 5],
    },
    {
        "key": "vve_meidoorn",
        "name": "VvE De Meidoornhof",
        "type": "vve",
        "role": "Vereniging van eigenaars van een portiekflat met 48 appartementen uit 1968",
        "influence": 3,
        "interest": 3,
        "segment": "middenveld",
        "participation": "raadplegen",
        "contact_name": "",
        "notes": "Moeilijk bereikbaar: het bestuur vergadert één keer per jaar en de "
        "onderhoudskas is leeg.",
        "phases": [2, 3, 4, 5],
    },
    {
        "key": "vve_zonnehof",
        "name": "VvE Zonnehof",
        "type": "vve",
        "role": "Gemengd complex: de helft huur (Het Klaverhuis), de helft koop",
        "influence": 3,
        "interest": 4,
        "segment": "middenveld",
        "participation": "raadplegen",
        "contact_name": "",
        "notes": "Besluiten vragen afstemming tussen corporatie en eigenaar-bewoners. "
        "Eigenaren voelen zich overstemd.",
        "phases": [3, 4, 5],
    },
    {
        "key": "coop",
        "name": "Energiecoöperatie Klaverkracht",
        "type": "energiecooperatie",
        "role": "Bewonersinitiatief met vrijwillige energiecoaches; organiseert collectieve "
        "inkoop van isolatie",
        "influence": 2,
        "interest": 5,
        "segment": "willen",
        "participation": "coproduceren",
        "contact_name": "coördinator energiecoaches",
        "notes": "Koplopers met veel energie; let op dat ze niet overbelast raken.",
        "phases": [1, 2, 3, 5, 6],
    },
    {
        "key": "warmte",
        "name": "WarmteWaard",
        "type": "warmtebedrijf",
        "role": "Mogelijke exploitant van een warmtenet op restwarmte van de "
        "rioolwaterzuivering",
        "influence": 4,
        "interest": 4,
        "segment": "willen",
        "participation": "adviseren",
        "contact_name": "accountmanager gebiedsontwikkeling",
        "notes": "Bewoners vragen om tariefgaranties en een onafhankelijke vergelijking.",
        "phases": [3, 4, 5, 6],
    },
    {
        "key": "wijkteam",
        "name": "Wijkteam Klaverveld (Stichting Welzijn Wisselmonde)",
        "type": "wijkteam",
        "role": "Bereikt oudere en kwetsbare bewoners; koppelkansen armoede en eenzaamheid",
        "influence": 2,
        "interest": 4,
        "segment": "willen",
        "participation": "coproduceren",
        "contact_name": "wijkcoach",
        "notes": "Kent de keukentafels in de flats. Alleen met toestemming gegevens delen.",
        "phases": [1, 2, 3, 5, 6],
    },
    {
        "key": "school",
        "name": "Basisschool De Vlinderboom",
        "type": "school",
        "role": "Schoolgebouw midden in de wijk; kinderen als ambassadeurs via lesprojecten",
        "influence": 1,
        "interest": 2,
        "segment": "middenveld",
        "participation": "informeren",
        "contact_name": "directeur",
        "notes": "Stelt de aula beschikbaar. Nog geen afspraken over een lesproject.",
        "phases": [2, 5],
    },
    {
        "key": "winkeliers",
        "name": "Winkeliersvereniging Klaverplein",
        "type": "ondernemers",
        "role": "Twaalf winkels en een huisartsenpost rond het Klaverplein",
        "influence": 2,
        "interest": 2,
        "segment": "middenveld",
        "participation": "raadplegen",
        "contact_name": "secretaris",
        "notes": "De panden zijn grotendeels van beleggers buiten de gemeente; die zijn "
        "nog niet in beeld.",
        "phases": [2, 4, 5],
    },
    {
        "key": "loket",
        "name": "Energieloket Wisselmonde",
        "type": "energieloket",
        "role": "Onafhankelijk advies, warmtescans en hulp bij subsidieaanvragen",
        "influence": 2,
        "interest": 4,
        "segment": "willen",
        "participation": "adviseren",
        "contact_name": "energiecoach",
        "notes": "Weinig bewoners kennen het loket; spreekuur in het buurthuis vanaf 2027.",
        "phases": [2, 3, 4, 5, 6],
    },
    {
        "key": "bg_bloemen",
        "name": "Bewonersgroep Bloemenbuurt",
        "type": "bewonersgroep",
        "role": "Vooral eigenaar-bewoners van rijtjeshuizen uit de jaren zestig",
        "influence": 2,
        "interest": 4,
        "segment": "middenveld",
        "participation": "raadplegen",
        "contact_name": "",
        "notes": "Veel vragen over kosten en over de geluidsoverlast van warmtepompen.",
        "phases": [1, 2, 3, 4, 5],
    },
    {
        "key": "bg_zwaluw",
        "name": "Straatgroep Zwaluwstraat",
        "type": "bewonersgroep",
        "role": "Huurders in de beoogde proefstraat; een paar koplopers en veel snelle volgers",
        "influence": 2,
        "interest": 5,
        "segment": "willen",
        "participation": "coproduceren",
        "contact_name": "",
        "notes": "Willen meedenken over het ontwerp van de straat en het groen.",
        "phases": [2, 3, 4, 5, 6],
    },
    {
        "key": "bg_betaalbaar",
        "name": "Bewonerscomité Eerst Betaalbaar",
        "type": "bewonersgroep",
        "role": "Bewoners die de aanpak wantrouwen zolang de woonlasten niet gegarandeerd zijn",
        "influence": 2,
        "interest": 5,
        "segment": "niet willen",
        "participation": "raadplegen",
        "contact_name": "",
        "notes": "Kritisch maar betrokken: kwam met een petitie van 140 handtekeningen. "
        "Serieus nemen, niet wegzetten.",
        "phases": [1, 2, 3, 4],
    },
    {
        "key": "waterschap",
        "name": "Waterschap Lage Waard",
        "type": "overig",
        "role": "Eigenaar van de rioolwaterzuivering (mogelijke warmtebron); koppelkans "
        "klimaatadaptatie",
        "influence": 3,
        "interest": 2,
        "segment": "middenveld",
        "participation": "adviseren",
        "contact_name": "adviseur energie en klimaat",
        "notes": "Denkt mee over het afkoppelen van regenwater als de straten open gaan.",
        "phases": [2, 3, 4, 5],
    },
]

# (source, target, type, strength 1-3, note). The school has no relations yet.
RELATIONS = [
    ("gemeente", "corporatie", "regisseert", 3,
     "Prestatieafspraken noemen de verduurzaming van de Vogelbuurt"),
    ("raad", "gemeente", "stemt in", 3,
     "Stelt de Transitievisie Warmte en straks het wijkuitvoeringsplan vast"),
    ("gemeente", "loket", "financiert", 3, "Subsidie voor energiecoaches en warmtescans"),
    ("gemeente", "coop", "ondersteunt", 2, "Startsubsidie en zaalhuur voor bewonersavonden"),
    ("gemeente", "warmte", "regisseert", 2,
     "Haalbaarheidsstudie warmtenet in opdracht van de gemeente"),
    ("netbeheer", "gemeente", "adviseert", 2,
     "Levert netcapaciteit en de vervangingsplanning van de gasleidingen aan"),
    ("corporatie", "vve_zonnehof", "is eigenaar van", 3,
     "Bezit 24 van de 48 appartementen en heeft de helft van de stemmen"),
    ("huurders", "bg_zwaluw", "vertegenwoordigt", 3,
     "Voert namens de huurders het overleg over de proefstraat"),
    ("huurders", "corporatie", "adviseert", 3, "Formeel adviesrecht bij renovatievoorstellen"),
    ("bg_zwaluw", "corporatie", "stemt in", 2,
     "Instemming van 70% van de huurders nodig voor de proefstraat"),
    ("warmte", "corporatie", "levert", 2,
     "Mogelijke warmtelevering aan de huurcomplexen in de Vogelbuurt, nog in verkenning"),
    ("waterschap", "warmte", "levert", 2,
     "Restwarmte uit de rioolwaterzuivering als bron voor het warmtenet"),
    ("loket", "bg_bloemen", "adviseert", 2, "Warmtescans en spreekuur voor eigenaar-bewoners"),
    ("loket", "vve_meidoorn", "adviseert", 1, "Aanbod van een VvE-adviesgesprek, nog niet benut"),
    ("coop", "bg_bloemen", "ondersteunt", 2,
     "Energiecoaches aan de keukentafel en collectieve inkoop van isolatie"),
    ("coop", "wijkteam", "informeert", 1,
     "Meldt kwetsbare huishoudens aan het wijkteam, alleen met toestemming"),
    ("wijkteam", "bg_betaalbaar", "ondersteunt", 1,
     "Gesprekken over woonlasten en schulden; nog weinig contact"),
    ("gemeente", "bg_betaalbaar", "informeert", 2,
     "Maandelijks gesprek met de woordvoerders van het comité"),
    ("gemeente", "winkeliers", "informeert", 1,
     "Nieuwsbrief; nog geen eigen overleg met de vastgoedeigenaren"),
    ("corporatie", "huurders", "financiert", 1,
     "Vergoedt een onafhankelijk adviseur voor de huurdersvereniging"),
]

TIMELINE = [
    {
        "key": "tvw",
        "track": "denk",
        "kind": "besluit",
        "title": "Transitievisie Warmte vastgesteld: Klaverveld is startwijk",
        "start": "2025-03-20",
        "end": None,
        "owner": "raad",
        "status": "klaar",
        "postponed": 0,
        "phase": 1,
        "note": "Besluit van de gemeenteraad; de visie wordt in 2030 herzien.",
    },
    {
        "key": "samenwerking",
        "track": "denk",
        "kind": "activiteit",
        "title": "Samenwerkingsafspraken en communicatieplan",
        "start": "2025-04-01",
        "end": "2025-12-31",
        "owner": "gemeente",
        "status": "klaar",
        "postponed": 0,
        "phase": 1,
        "note": "Wie doet wat, en hoe houden we bewoners vanaf het begin op de hoogte?",
    },
    {
        "key": "startavond",
        "track": "doe",
        "kind": "bijeenkomst",
        "title": "Startavond in buurthuis De Klaverhof",
        "start": "2025-11-06",
        "end": None,
        "owner": "gemeente",
        "status": "klaar",
        "postponed": 0,
        "phase": 1,
        "note": "Kennismaking; veel vragen over het waarom en de kosten.",
    },
    {
        "key": "wijkanalyse",
        "track": "denk",
        "kind": "activiteit",
        "title": "Wijkanalyse: technisch en sociaal karakter van Klaverveld",
        "start": "2026-07-01",
        "end": "2027-03-31",
        "owner": "gemeente",
        "status": "bezig",
        "postponed": 0,
        "phase": 2,
        "note": "Harde cijfers (bouwjaren, energielabels) naast de gesprekken met bewoners.",
    },
    # The two bewonersavonden of 2026 are on the doe-spoor as they are: the timeline shows
    # every dated bijeenkomst (timeline.evening_items), so they are not stored here again.
    {
        "key": "infobrief",
        "track": "doe",
        "kind": "activiteit",
        "title": "Brief aan alle bewoners: wat ligt vast, wat is nog open",
        "start": "2026-10-15",
        "end": "2026-10-31",
        "owner": "gemeente",
        "status": "bezig",
        "postponed": 0,
        "phase": 2,
        "note": "Het overzicht is klaar, maar de brief is nog niet bezorgd (afspraak van "
        "avond 1).",
    },
    {
        "key": "warmtescans",
        "track": "doe",
        "kind": "activiteit",
        "title": "Warmtescans en energiecoaches aan huis",
        "start": "2026-10-01",
        "end": "2027-03-31",
        "owner": "loket",
        "status": "bezig",
        "postponed": 0,
        "phase": 2,
        "note": "Alleen in de koude maanden zinvol.",
    },
    {
        "key": "netplanning",
        "track": "denk",
        "kind": "activiteit",
        "title": "Netcapaciteit en vervangingsplanning gasnet in kaart",
        "start": "2026-11-01",
        "end": "2027-06-30",
        "owner": "netbeheer",
        "status": "uitgesteld",
        "postponed": 2,
        "phase": 2,
        "note": "Twee keer verschoven; de haalbaarheidsstudie wacht hierop.",
    },
    {
        "key": "subsidie",
        "track": "doe",
        "kind": "mijlpaal",
        "title": "Deadline aanvraag gemeentelijke isolatiesubsidie",
        "start": "2027-06-30",
        "end": None,
        "owner": "gemeente",
        "status": "gepland",
        "postponed": 0,
        "phase": 2,
        "note": "Botst met de haalbaarheidsstudie: bewoners willen eerst weten welke "
        "warmtebron er komt voordat ze isoleren.",
    },
    {
        "key": "isolatie",
        "track": "doe",
        "kind": "activiteit",
        "title": "Collectieve isolatieactie per straat",
        "start": "2027-04-01",
        "end": "2027-10-31",
        "owner": "coop",
        "status": "gepland",
        "postponed": 0,
        "phase": 2,
        "note": "Begint in de Bloemenbuurt; spouwmuur, vloer en dak.",
    },
    {
        "key": "haalbaarheid",
        "track": "denk",
        "kind": "activiteit",
        "title": "Haalbaarheidsstudie warmtenet op restwarmte",
        "start": "2027-07-01",
        "end": "2028-03-31",
        "owner": "warmte",
        "status": "gepland",
        "postponed": 1,
        "phase": 3,
        "note": "Start een kwartaal later door de vertraagde netcijfers.",
    },
    {
        "key": "proefstraat",
        "track": "doe",
        "kind": "activiteit",
        "title": "Proefstraat Zwaluwstraat: ontwerp en instemming huurders",
        "start": "2027-09-01",
        "end": "2028-06-30",
        "owner": "corporatie",
        "status": "gepland",
        "postponed": 0,
        "phase": 3,
        "note": "Ten minste 70% instemming nodig.",
    },
    {
        "key": "infomarkt",
        "track": "doe",
        "kind": "bijeenkomst",
        "title": "Informatiemarkt warmteopties per buurt",
        "start": "2028-10-14",
        "end": None,
        "owner": "gemeente",
        "status": "gepland",
        "postponed": 0,
        "phase": 4,
        "note": "Moet de keuze van de warmteoplossing voorbereiden, maar staat nu ná het "
        "besluit: dan kunnen bewoners niet meer meepraten.",
    },
    {
        "key": "voorkeur",
        "track": "denk",
        "kind": "besluit",
        "title": "Keuze van de warmteoplossing per buurt",
        "start": "2028-09-30",
        "end": None,
        "owner": "gemeente",
        "status": "gepland",
        "postponed": 0,
        "phase": 4,
        "note": "Warmtenet voor de Vogelbuurt, all-electric of hybride voor de Bloemenbuurt?",
    },
    {
        "key": "wup",
        "track": "denk",
        "kind": "mijlpaal",
        "title": "Wijkuitvoeringsplan vastgesteld door de gemeenteraad",
        "start": "2029-06-30",
        "end": None,
        "owner": "raad",
        "status": "gepland",
        "postponed": 0,
        "phase": 4,
        "note": "Met een bewonersparagraaf: wat is met bewoners afgesproken?",
    },
    {
        "key": "uitwerking",
        "track": "doe",
        "kind": "activiteit",
        "title": "Uitwerking per complex en aanbesteding",
        "start": "2029-07-01",
        "end": "2030-12-31",
        "owner": "corporatie",
        "status": "gepland",
        "postponed": 0,
        "phase": 5,
        "note": "Maatregelen per complex afstemmen met de VvE's.",
    },
    {
        "key": "renovatie",
        "track": "doe",
        "kind": "activiteit",
        "title": "Renovatie Zwaluwstraat (32 woningen)",
        "start": "2029-09-01",
        "end": "2030-06-30",
        "owner": "corporatie",
        "status": "gepland",
        "postponed": 0,
        "phase": 5,
        "note": "Bewoners blijven wonen; logeerwoning beschikbaar voor ouderen.",
    },
    {
        "key": "groen",
        "track": "doe",
        "kind": "activiteit",
        "title": "Vergroenen Klaverplein (koppelkans hittestress)",
        "start": "2030-03-01",
        "end": "2031-05-31",
        "owner": "gemeente",
        "status": "gepland",
        "postponed": 0,
        "phase": 5,
        "note": "Samen met het waterschap en de winkeliers.",
    },
    {
        "key": "warmtenet",
        "track": "doe",
        "kind": "activiteit",
        "title": "Aanleg warmtenet fase 1 (Vogelbuurt)",
        "start": "2031-09-01",
        "end": "2033-06-30",
        "owner": "warmte",
        "status": "gepland",
        "postponed": 0,
        "phase": 6,
        "note": "Straat voor straat, gecombineerd met de vervanging van de gasleidingen.",
    },
    {
        "key": "bloemenbuurt",
        "track": "doe",
        "kind": "activiteit",
        "title": "Bloemenbuurt: woning voor woning over op all-electric of hybride",
        "start": "2031-07-01",
        "end": "2035-06-30",
        "owner": "loket",
        "status": "gepland",
        "postponed": 0,
        "phase": 6,
        "note": "Op natuurlijke momenten, zoals de vervanging van de cv-ketel.",
    },
    {
        "key": "apk",
        "track": "denk",
        "kind": "mijlpaal",
        "title": "APK van de wijkaanpak: evaluatie met bewoners",
        "start": "2033-01-15",
        "end": None,
        "owner": "gemeente",
        "status": "gepland",
        "postponed": 0,
        "phase": 6,
        "note": "Groeit het vertrouwen? Zijn de resultaten goed gecommuniceerd?",
    },
    {
        "key": "stip",
        "track": "denk",
        "kind": "stip",
        "title": "Klaverveld aardgasvrij en prettiger om te wonen",
        "start": "2035-12-31",
        "end": None,
        "owner": None,
        "status": "gepland",
        "postponed": 0,
        "phase": 6,
        "note": "De stip op de horizon, samen met bewoners geformuleerd.",
    },
]

DEPENDENCIES = [
    ("tvw", "samenwerking"),
    ("warmtescans", "isolatie"),
    ("netplanning", "haalbaarheid"),
    ("netplanning", "proefstraat"),
    # Deliberate clash: the subsidy deadline falls before the study that residents wait for.
    ("haalbaarheid", "subsidie"),
    ("wijkanalyse", "voorkeur"),
    ("haalbaarheid", "voorkeur"),
    # Deliberate clash: the information market that prepares the choice comes after it.
    ("infomarkt", "voorkeur"),
    ("voorkeur", "wup"),
    ("wup", "uitwerking"),
    ("proefstraat", "renovatie"),
    ("uitwerking", "warmtenet"),
    ("warmtenet", "stip"),
    ("bloemenbuurt", "stip"),
]

#: Timeline steps linked to what they came from or who carries them: (step key, kind, what)
#: with a cluster by name, an agreement or action point by (evening key, number), a
#: stakeholder or another step by key.
LINKS = [
    ("infobrief", "agreement", ("b1", 1)),
    ("infobrief", "action_item", ("b1", 2)),
    ("infobrief", "cluster", "Duidelijke en eerlijke informatie"),
    ("isolatie", "cluster", "Collectief isoleren per straat"),
    ("isolatie", "agreement", ("b2", 2)),
    ("isolatie", "action_item", ("b2", 2)),
    ("isolatie", "stakeholder", "coop"),
    ("subsidie", "cluster", "Betaalbaarheid en woonlasten"),
    ("proefstraat", "cluster", "Proefstraat warmtenet"),
    ("proefstraat", "agreement", ("b2", 1)),
    ("proefstraat", "action_item", ("b2", 1)),
    ("proefstraat", "stakeholder", "huurders"),
    ("proefstraat", "stakeholder", "bg_zwaluw"),
    ("netplanning", "agreement", ("b2", 5)),
    ("netplanning", "action_item", ("b2", 5)),
    ("voorkeur", "cluster", "Warmtepomp of warmtenet?"),
    ("voorkeur", "action_item", ("b2", 4)),
    ("infomarkt", "timeline_item", "haalbaarheid"),
    ("groen", "cluster", "Groen en buitenruimte"),
    ("groen", "stakeholder", "winkeliers"),
    ("groen", "stakeholder", "waterschap"),
]

PHASE_SPANS = {
    1: ("2025-01-01", "2026-06-30"),
    2: ("2026-07-01", "2027-06-30"),
    3: ("2027-07-01", "2028-06-30"),
    4: ("2028-07-01", "2029-06-30"),
    5: ("2029-07-01", "2031-06-30"),
    6: ("2031-07-01", "2036-12-31"),
}

NOTES = [
    {
        "bijeenkomst": "b1",
        "title": "Sfeer van de avond",
        "text": (
            "Ruim vijftig bewoners, meer dan verwacht. In het begin veel boosheid over de brief "
            "van de gemeente in juni; na de uitleg over wat nog open ligt werd de sfeer "
            "constructiever. Aan tafel 3 zaten weinig huurders: volgende keer actief uitnodigen "
            "via de huurdersvereniging."
        ),
    },
    {
        "bijeenkomst": "b1",
        "title": "Bereik van de flats",
        "text": (
            "Bijna niemand uit de portiekflats aan de Meidoornlaan. De wijkcoach stelt voor om "
            "een koffieochtend in de hal van de flat te houden en daar de uitnodiging persoonlijk "
            "te geven."
        ),
    },
    {
        "bijeenkomst": "b2",
        "title": "Stemmen met stickers",
        "text": (
            "Bij het stemmen liepen veel mensen achter de eerste stickers aan. Volgende keer "
            "verborgen stemmen overwegen, met stembriefjes per tafel."
        ),
    },
    {
        "bijeenkomst": None,
        "title": "Vragen voor de APK in 2027",
        "text": (
            "Voelen alle partijen de urgentie? Hebben bewoners een duidelijke rol? Groeit het "
            "vertrouwen? Zijn er genoeg koplopers in de Bloemenbuurt? Worden de resultaten "
            "goed gecommuniceerd?"
        ),
    },
]

#: Wijkkompas statuses: (starter key, (phase, track, index) to use when the starter set has no
#: such key, status, date, note). An entry whose knooppunt the starter set does not have is
#: left out, so the demo builds with any starter set (also the built-in fallback).
KOMPAS = [
    ("start-partijen-aan-tafel", (1, "sociaal", 0), "afgerond", "2025-04-10",
     "Kernteam staat: gemeente, Het Klaverhuis, netbeheerder, huurdersvereniging en de energiecoöperatie."),
    ("start-doel-en-verhaal", (1, "sociaal", 1), "afgerond", "2025-06-05",
     "Het verhaal: 'Klaverveld aardgasvrij en prettiger om te wonen'. Op één pagina gezet voor de brief."),
    ("start-communicatieplan", (1, "sociaal", 2), "afgerond", "2025-09-18",
     "Communicatieplan vastgesteld: brief, wijkkrant, spreekuur en een pagina op de site van de gemeente."),
    ("start-bewonersinitiatieven", (1, "sociaal", 3), "bezig", None,
     "Klaverkracht doet mee; de afspraken over wie wat doet staan nog niet op papier."),
    ("start-samenwerking-vastleggen", (1, "sociaal", 4), "afgerond", "2025-11-20",
     "Samenwerkingsafspraken getekend door gemeente, corporatie en netbeheerder."),
    ("start-gebied-afbakenen", (1, "technisch", 0), "afgerond", "2025-03-20",
     "Grens langs de Zwaluwstraat, de Meidoornlaan en het Klaverplein; met de bewonersgroepen besproken."),
    ("start-projectteam-en-budget", (1, "technisch", 1), "afgerond", "2025-05-15",
     "Projectteam en budget tot en met 2027."),
    ("start-bestaande-plannen", (1, "technisch", 2), "nvt", None,
     "Voor Klaverveld lagen er nog geen plannen of afspraken om op voort te bouwen."),
    ("karakter-woon-en-wijkwensen", (2, "sociaal", 0), "bezig", "2026-09-17",
     "Eerste bewonersavond gehouden; de flats en de ouderen zijn nog niet bereikt."),
    ("karakter-cijfers-en-verhalen", (2, "sociaal", 1), "afgerond", "2026-11-12",
     "Wijkanalyse en de verhalen van de eerste avond besproken op de tweede avond."),
    ("karakter-woningen-en-gebouwen", (2, "technisch", 0), "bezig", None,
     "Warmtescans lopen; Het Klaverhuis levert de labels van zijn woningen."),
    ("karakter-netten-en-warmtebronnen", (2, "technisch", 1), "bezig", None,
     "De netcijfers komen later dan beloofd."),
    ("keuze-zakelijke-eigenaren", (4, "technisch", 3), "nvt", None,
     "Geen zakelijke eigenaren van betekenis: de winkels aan het Klaverplein zijn van de corporatie."),
]

#: A knooppunt the facilitator made: (phase, track, title, goal, approach, status, note).
KOMPAS_OWN = [
    (2, "sociaal", "Koffieochtenden in de portiekflats",
     "Bewoners van de portiekflats aan de Meidoornlaan horen het verhaal en praten mee.",
     "Een koffieochtend in de hal van elke flat, met de wijkcoach en iemand van de corporatie; "
     "de uitnodiging persoonlijk aan de deur.",
     "bezig", "Eerste koffieochtend in december; de wijkcoach zorgt voor koffie en een tolk."),
]

#: Links from a knooppunt (starter key, or the title of KOMPAS_OWN) to what serves it: (key,
#: kind, what) as in LINKS.
KOMPAS_LINKS = [
    ("start-partijen-aan-tafel", "stakeholder", "huurders"),
    ("start-doel-en-verhaal", "agreement", ("b1", 1)),
    ("karakter-woon-en-wijkwensen", "cluster", "Buren en saamhorigheid"),
    ("karakter-cijfers-en-verhalen", "timeline_item", "wijkanalyse"),
    ("karakter-woningen-en-gebouwen", "cluster", "Staat van de woningen"),
    ("karakter-netten-en-warmtebronnen", "timeline_item", "netplanning"),
    ("karakter-netten-en-warmtebronnen", "stakeholder", "netbeheer"),
    ("Koffieochtenden in de portiekflats", "stakeholder", "wijkteam"),
]

#: An "APK van de wijkaanpak" at each evening: scores 1-5 per question and a few notes.
APKS = [
    {
        "bijeenkomst": "b1",
        "scores": {"urgency": 3, "vision": 2, "residents_role": 2, "trust": 2,
                   "frontrunners": 3, "facilitation": 4, "communication": 2},
        "notes": {
            "vision": "Bewoners weten nog niet wat 'aardgasvrij' voor hun eigen huis betekent.",
            "trust": "De brief van juni heeft veel kwaad bloed gezet.",
            "communication": "Het verslag kwam vorige keer pas na zes weken.",
        },
        "summary": "Een voorzichtig begin: de opkomst was goed, het vertrouwen nog niet.",
    },
    {
        "bijeenkomst": "b2",
        "scores": {"urgency": 4, "vision": 3, "residents_role": 3, "trust": 3,
                   "frontrunners": 4, "facilitation": 3, "communication": 3},
        "notes": {
            "trust": "De proefstraat en het spreekuur helpen; huurders blijven kritisch.",
            "frontrunners": "De Bloemenbuurt en de Zwaluwstraat hebben nu eigen trekkers.",
            "facilitation": "De avond liep uit; te weinig tijd voor de laatste ronde.",
        },
        "summary": "Meer richting en meer vertrouwen; let op de tijd en blijf de flats opzoeken.",
    },
]
