# ruff: noqa: E501
"""Consumer and spike wording of heldout109 (Nautilo, aquarium and garden-pond care).

Written from the stories in README.md, English and German first (two to five
variants of most tables), then French, Spanish, Italian and Portuguese (one or
two). Placeholders: {name} (first name), {agent}, {case}, {amount}, {topic},
{competitor}, {fix}, {since}, {credit}, {product}, {core}.
"""

from __future__ import annotations

Table = dict[str, list[str]]
Pairs = dict[str, list[tuple[str, str]]]

LANGS = ("en", "de", "fr", "es", "it", "pt")
BRAND = "Nautilo"
COMPETITORS = ("Pesciolo", "Flossner")
SPIKE_CODE = "NL12H"

# (label, page, price in euros)
PRODUCTS: list[tuple[str, str, float]] = [
    ("Neon tetras x10 / Neonsalmler x10", "/shop/fish/neon-tetra", 24.90),
    ("Filter cartridge set (3) / Filterpatronen-Set (3)", "/shop/filters/cartridges", 19.50),
    ("Water change visit / Wasserwechsel-Besuch", "/visits/water-change", 59.00),
    ("Pond clean, autumn / Teichreinigung, Herbst", "/visits/pond-clean", 189.00),
    ("Holiday feeding visits x5 / Urlaubsfuetterung x5", "/visits/holiday-feeding", 75.00),
    ("Aquascape plant pack / Pflanzenpaket Aquascape", "/shop/plants/aquascape-pack", 34.90),
    ("Water test strips x50 / Wassertest-Streifen x50", "/shop/care/test-strips", 14.90),
    ("Nautilo Lume 60 cm light / Nautilo Lume 60-cm-Leuchte", "/shop/lume/60", 119.00),
    ("Koi food 5 kg / Koifutter 5 kg", "/shop/pond/koi-food", 42.00),
    ("Cherry shrimp starter set / Garnelen-Starterset", "/shop/fish/shrimp-set", 29.90),
]
PAGES = [
    "/shop/fish",
    "/shop/plants",
    "/visits/book",
    "/care-plan",
    "/pond",
    "/app/lume/schedule",
    "/help/water-values",
    "/visits/holiday-feeding",
    "/account/visits",
]

AGENTS: Table = {
    "en": ["Hannah", "Owen", "Priya"],
    "de": ["Jonas", "Miriam", "Carsten"],
    "fr": ["Camille", "Yann"],
    "es": ["Lucía", "Andrés"],
    "it": ["Marco", "Federica"],
    "pt": ["Inês", "Duarte"],
}
SIGN: dict[str, str] = {
    "en": "{agent}, Nautilo Care Team",
    "de": "{agent}, Ihr Nautilo-Kundenservice",
    "fr": "{agent}, service client Nautilo",
    "es": "{agent}, atención al cliente de Nautilo",
    "it": "{agent}, assistenza clienti Nautilo",
    "pt": "{agent}, apoio ao cliente Nautilo",
}

PRAISE: Table = {
    "en": [
        "Nautilo tech came this morning, water crystal clear and the cardinals are colouring up again. Lovely guy, even showed my son how to test nitrate",
        "Pond cleaned before the frost, koi look happy and the garden smells of nothing for once 🙌 cheers Nautilo",
        "new shrimp arrived in a proper insulated box with a heat pack, all 12 alive and already grazing. impressed",
        "The Lume sunrise mode is honestly the best thing I bought this year. Fish come out slowly instead of darting about",
        "Holiday feeding visits while we were in Crete: came back to a spotless tank and a little note with the water values. Lovely touch",
    ],
    "de": [
        "Heute war der Techniker von Nautilo da, Wasser glasklar, Filter sauber, und er hat sich sogar die Schuhe ausgezogen. Top!",
        "Teich vor dem Frost gereinigt, die Kois sind putzmunter. Danke Nautilo 👍",
        "Garnelen kamen in einer Styroporbox mit Wärmepack, alle 12 quicklebendig. So muss das sein",
        "Der Sonnenaufgang-Modus der Lume ist der Hammer, die Fische kommen ganz ruhig raus statt panisch rumzuschießen",
        "Pflanzenpaket angekommen, alles grün und frisch, kein einziges braunes Blatt. Super verpackt",
    ],
    "fr": [
        "Le technicien Nautilo est passé ce matin, eau limpide et poissons en pleine forme. Merci !",
        "Bassin nettoyé avant l'hiver, les koïs ont l'air ravies 😊",
    ],
    "es": [
        "Ha venido el técnico de Nautilo, el agua está cristalina y los peces comen como nunca. Genial",
        "Las gambas llegaron en caja térmica con calentador, todas vivas. Muy bien empaquetado",
    ],
    "it": [
        "Il tecnico Nautilo è passato stamattina, acqua limpida e pesci vivacissimi. Bravi",
        "Laghetto pulito prima del gelo, le koi stanno benissimo 👍",
    ],
    "pt": [
        "O técnico da Nautilo veio hoje de manhã, água cristalina e os peixes todos bem. Impecável",
        "Os camarões chegaram numa caixa térmica, todos vivos. Muito bem embalado",
    ],
}

AGAIN: Table = {
    "en": [
        "Third water change visit with Nautilo this year and again spot on, same tech, on time to the minute",
        "Ordered neons again and again every single one arrived alive. Still the only shop I trust with live fish",
        "Still amazed how quiet the pond pump is since the service last month",
    ],
    "de": [
        "Schon wieder der nette Techniker, schon wieder pünktlich. Dritter Besuch dieses Jahr, immer top",
        "Zum dritten Mal Fische bei Nautilo bestellt, wieder alle lebend und gesund angekommen",
        "Immer noch begeistert vom Teichservice, das Wasser ist seitdem klar bis auf den Grund",
    ],
    "fr": [
        "Troisième visite cette année et encore une fois parfait, même technicien, pile à l'heure"
    ],
    "es": ["Tercera vez que pido peces a Nautilo y otra vez todos vivos. Así da gusto"],
    "it": ["Terza volta che ordino pesci e di nuovo arrivati tutti vivi. Top"],
    "pt": ["Terceira visita este ano e outra vez impecável, o mesmo técnico e à hora certa"],
}

GRIPE: Table = {
    "en": [
        "Really happy with the visit, only gripe is the 4 hour time window. Otherwise brilliant",
        "Great plants, healthy and bushy. Wish the box wasn't three times the size of the plants though 😅",
    ],
    "de": [
        "Alles super, nur das Zeitfenster von vier Stunden ist echt lang. Sonst gerne wieder",
        "Tolle Pflanzen, nur die Pflegeanleitung gibt es bloß als PDF. Ansonsten top",
    ],
    "fr": ["Très contente de la visite, juste le créneau de 4 h un peu long."],
    "es": ["Todo genial, solo que la franja de 4 horas es larguísima."],
    "it": ["Tutto ottimo, solo la fascia di 4 ore è lunghetta."],
    "pt": ["Tudo ótimo, só a janela de 4 horas é um bocado longa."],
}

CHAT_Q: Pairs = {
    "en": [
        (
            "hi, can the tech also trim my plants during the water change visit?",
            "Hi {name}, yes, trimming is part of every water change visit, just add a note to the booking.",
        ),
        (
            "how long can my fish go without food if we're away a week",
            "Healthy adult fish cope with a week, but for young fish our holiday feeding visits every other day are safer.",
        ),
        (
            "do you do the koi food in 10kg bags?",
            "Not yet, 5 kg is the largest, but two bags ship for one delivery fee.",
        ),
        (
            "can I move my care plan visit from tuesday to thursday?",
            "Done, your visit is now on Thursday, same time window.",
        ),
    ],
    "de": [
        (
            "Hallo, kann der Techniker beim Wasserwechsel auch die Pflanzen schneiden?",
            "Hallo {name}, ja, Pflanzenschnitt gehört zu jedem Wasserwechsel, einfach als Notiz zur Buchung.",
        ),
        (
            "wie lange halten meine Fische ohne Futter aus? wir sind eine Woche weg",
            "Gesunde erwachsene Fische schaffen eine Woche, für Jungfische sind unsere Urlaubsbesuche jeden zweiten Tag sicherer.",
        ),
        (
            "Gibt es das Koifutter auch im 10-kg-Sack?",
            "Noch nicht, 5 kg ist das Größte, aber zwei Säcke kommen mit einer Versandpauschale.",
        ),
        (
            "kann ich den Besuch von Dienstag auf Donnerstag schieben",
            "Erledigt, Ihr Besuch ist jetzt am Donnerstag, gleiches Zeitfenster.",
        ),
    ],
    "fr": [
        (
            "Bonjour, le technicien peut-il aussi tailler les plantes pendant la visite ?",
            "Bonjour {name}, oui, la taille est comprise, ajoutez simplement une note à la réservation.",
        )
    ],
    "es": [
        (
            "hola, el técnico puede podar las plantas en la visita de cambio de agua?",
            "Hola {name}, sí, la poda va incluida, solo añade una nota a la reserva.",
        )
    ],
    "it": [
        (
            "ciao, il tecnico può anche potare le piante durante il cambio d'acqua?",
            "Ciao {name}, sì, la potatura è compresa, basta una nota nella prenotazione.",
        )
    ],
    "pt": [
        (
            "olá, o técnico pode aparar as plantas na visita de troca de água?",
            "Olá {name}, sim, está incluído, basta deixar uma nota na marcação.",
        )
    ],
}

THANKS: Table = {
    "en": ["thanks!", "brilliant, cheers", "perfect thank you 👍"],
    "de": ["Danke!", "super, danke", "perfekt, vielen Dank"],
    "fr": ["merci !", "parfait merci"],
    "es": ["gracias!", "genial, gracias"],
    "it": ["grazie!", "perfetto grazie"],
    "pt": ["obrigada!", "ótimo, obg"],
}

# (subject, text, answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "Question about the care plan",
            "Hello, does the Nautilo Care plan cover the pond as well as the indoor tank, or is that a separate plan? We have both. Thanks, {name}",
            "Hello {name}, one Care plan covers one tank or pond; a second one is half price. Happy to set it up.",
        ),
        (
            "Lume light and a 90 cm tank",
            "Hi, will the 60 cm Lume light be enough for a 90 cm planted tank or do I need two? Cheers",
            "Hi {name}, for a planted 90 cm tank we'd suggest two, or the 90 cm model coming in spring.",
        ),
    ],
    "de": [
        (
            "Frage zum Pflegeplan",
            "Guten Tag, deckt der Nautilo-Pflegeplan auch den Gartenteich ab oder nur das Aquarium? Wir haben beides. Viele Grüße, {name}",
            "Guten Tag {name}, ein Pflegeplan gilt für ein Becken oder einen Teich, der zweite kostet die Hälfte. Wir richten ihn gern ein.",
        ),
        (
            "Lume für 90-cm-Becken?",
            "Hallo, reicht die 60-cm-Lume für ein bepflanztes 90-cm-Becken oder brauche ich zwei? Danke!",
            "Hallo {name}, für 90 cm mit Pflanzen empfehlen wir zwei, oder das 90-cm-Modell im Frühjahr.",
        ),
    ],
    "fr": [
        (
            "Question sur le plan Care",
            "Bonjour, le plan Care couvre-t-il aussi le bassin du jardin ? Merci, {name}",
            "Bonjour {name}, un plan couvre un aquarium ou un bassin ; le second est à moitié prix.",
        )
    ],
    "es": [
        (
            "Pregunta plan Care",
            "Hola, el plan Care cubre también el estanque del jardín o solo el acuario? Gracias, {name}",
            "Hola {name}, cada plan cubre un acuario o un estanque; el segundo va a mitad de precio.",
        )
    ],
    "it": [
        (
            "Domanda piano Care",
            "Buongiorno, il piano Care copre anche il laghetto o solo l'acquario? Grazie, {name}",
            "Buongiorno {name}, un piano copre una vasca o un laghetto; il secondo costa la metà.",
        )
    ],
    "pt": [
        (
            "Dúvida plano Care",
            "Bom dia, o plano Care cobre também o lago do jardim? Obrigado, {name}",
            "Bom dia {name}, cada plano cobre um aquário ou um lago; o segundo custa metade.",
        )
    ],
}

# (transcript, follow-up e-mail)
PHONE_Q: Pairs = {
    "en": [
        (
            "hi yeah I just wanted to ask if the tech can come on a saturday my wife works all week",
            "Hi {name}, as promised on the phone: Saturday visits are available 8 to 12, I've booked you in for the 9-11 slot.",
        ),
        (
            "hello I'm calling about the pond clean how long does it take roughly and do I need to be home",
            "Hello {name}, following our call: a pond clean takes about three hours and you don't need to be home if the gate is open.",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob der Techniker auch samstags kommt meine Frau arbeitet die ganze Woche",
            "Hallo {name}, wie besprochen: samstags gibt es Termine von 8 bis 12, ich habe Sie für 9 bis 11 eingetragen.",
        ),
        (
            "guten Tag ich rufe wegen der Teichreinigung an wie lange dauert das ungefähr und muss ich zuhause sein",
            "Guten Tag {name}, wie am Telefon besprochen: eine Teichreinigung dauert rund drei Stunden, Sie müssen nicht zuhause sein, wenn das Tor offen ist.",
        ),
    ],
    "fr": [
        (
            "bonjour je voulais savoir si le technicien passe le samedi",
            "Bonjour {name}, comme convenu : visites le samedi de 8 h à 12 h, je vous ai réservé 9 h-11 h.",
        )
    ],
    "es": [
        (
            "hola quería saber si el técnico puede venir un sábado",
            "Hola {name}, como hablamos: los sábados hay visitas de 8 a 12, te he reservado de 9 a 11.",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se il tecnico viene anche il sabato",
            "Buongiorno {name}, come detto al telefono: il sabato c'è dalle 8 alle 12, l'ho prenotata 9-11.",
        )
    ],
    "pt": [
        (
            "bom dia queria saber se o técnico pode vir ao sábado",
            "Bom dia {name}, como combinado: ao sábado há visitas das 8 às 12, marquei das 9 às 11.",
        )
    ],
}

SURVEY_HAPPY: Table = {
    "en": ["great service", "👍", "spot on", ""],
    "de": ["sehr gut", "👍", "alles bestens", ""],
    "fr": ["top", "très bien", ""],
    "es": ["genial", "👍", ""],
    "it": ["ottimo", ""],
    "pt": ["muito bom", ""],
}

NIGHT_POST: Table = {
    "en": [
        "3am and I'm watching the shrimp graze under the moonlight LED. no regrets, thanks Nautilo",
        "night shift done, just booked the Nautilo pond clean for saturday. koi deserve it",
        "can't sleep so I'm rescaping the tank with the Nautilo plant pack. looks unreal already",
    ],
    "de": [
        "Halb drei, Nachtdienst vorbei, und ich schau den Garnelen beim Fressen zu. Danke Nautilo, bestes Hobby",
        "Kann nicht schlafen, also gestalte ich das Becken mit dem Nautilo-Pflanzenpaket neu. Sieht jetzt schon genial aus",
        "Nach der Spätschicht noch schnell die Teichreinigung für Samstag gebucht, ging in zwei Minuten",
    ],
    "fr": ["3 h du matin, je regarde les crevettes sous la lumière lune. Merci Nautilo"],
    "es": ["Las 3 de la mañana y yo mirando las gambas con la luz de luna. Gracias Nautilo"],
    "it": ["Le 3 di notte e guardo i gamberetti con la luce lunare. Grazie Nautilo"],
    "pt": ["3 da manhã e eu a ver os camarões com a luz de luar. Obrigado Nautilo"],
}
NIGHT_CHAT: Pairs = {
    "en": [
        (
            "is it ok to leave the moonlight on all night or does it bother the fish",
            "Hi {name}, the moonlight is dim enough to leave on; most customers switch it off at 1 or 2.",
        ),
        (
            "what time does the holiday feeding person usually come?",
            "Between 10 and 14, the app shows the exact time the evening before.",
        ),
    ],
    "de": [
        (
            "ist es ok das Mondlicht die ganze Nacht anzulassen oder stört das die Fische",
            "Hallo {name}, das Mondlicht ist schwach genug, die meisten schalten es um 1 oder 2 Uhr aus.",
        ),
        (
            "wann kommt der Urlaubsbesuch normalerweise?",
            "Zwischen 10 und 14 Uhr, die genaue Zeit steht am Vorabend in der App.",
        ),
    ],
    "fr": [
        (
            "c'est grave de laisser la lumière lune toute la nuit ?",
            "Bonjour {name}, non, elle est assez faible.",
        )
    ],
    "es": [("pasa algo si dejo la luz de luna toda la noche?", "Hola {name}, no, es muy tenue.")],
    "it": [("posso lasciare la luce lunare tutta la notte?", "Ciao {name}, sì, è molto tenue.")],
    "pt": [("posso deixar a luz de luar a noite toda?", "Olá {name}, sim, é muito fraca.")],
}

PROBLEMS = ("no_show", "doa", "leak", "double_charge", "refund", "cancel_fee")
# price in euros behind {amount}
PROBLEM_EUR: dict[str, float] = {
    "no_show": 59.0,
    "doa": 24.90,
    "leak": 59.0,
    "double_charge": 14.90,
    "refund": 119.0,
    "cancel_fee": 25.0,
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "en": "technician never came",
        "de": "Techniker nicht gekommen",
        "fr": "technicien jamais venu",
        "es": "el técnico no vino",
        "it": "tecnico mai arrivato",
        "pt": "técnico não apareceu",
    },
    "doa": {
        "en": "fish delivered dead",
        "de": "Fische tot geliefert",
        "fr": "poissons livrés morts",
        "es": "peces llegaron muertos",
        "it": "pesci arrivati morti",
        "pt": "peixes chegaram mortos",
    },
    "leak": {
        "en": "filter leaking after service",
        "de": "Filter undicht nach Service",
        "fr": "filtre qui fuit après la visite",
        "es": "filtro pierde agua tras la visita",
        "it": "filtro che perde dopo la visita",
        "pt": "filtro a pingar depois da visita",
    },
    "double_charge": {
        "en": "care plan charged twice",
        "de": "Pflegeplan doppelt abgebucht",
        "fr": "plan Care prélevé deux fois",
        "es": "plan Care cobrado dos veces",
        "it": "piano Care addebitato due volte",
        "pt": "plano Care cobrado duas vezes",
    },
    "refund": {
        "en": "refund for returned light",
        "de": "Erstattung für zurückgeschickte Leuchte",
        "fr": "remboursement de la lampe renvoyée",
        "es": "reembolso de la lámpara devuelta",
        "it": "rimborso della lampada resa",
        "pt": "reembolso da luz devolvida",
    },
    "cancel_fee": {
        "en": "cancellation fee",
        "de": "Stornogebühr",
        "fr": "frais d'annulation",
        "es": "cargo por cancelación",
        "it": "penale di annullamento",
        "pt": "taxa de cancelamento",
    },
}

SHORT: dict[str, Table] = {
    "no_show": {
        "en": [
            "I took a day off work for the water change visit, 8 to 12 window. NOBODY came, no call, no text, and now the app just offers me a slot in 9 days. The tank is overdue as it is.",
            "Booked visit today, waited in all day, no technician and no phone call. Not happy at all.",
        ],
        "de": [
            "Ich habe mir für den Wasserwechsel extra freigenommen, Zeitfenster 8 bis 12. Es kam NIEMAND, kein Anruf, keine SMS, und die App bietet mir jetzt einen Termin in 9 Tagen an.",
            "Heute Termin gebucht, den ganzen Tag gewartet, kein Techniker, kein Anruf. So nicht.",
        ],
        "fr": [
            "J'ai posé une journée pour la visite, créneau 8 h-12 h. PERSONNE n'est venu, aucun appel."
        ],
        "es": ["Pedí el día libre para la visita de 8 a 12. NO VINO NADIE, ni una llamada."],
        "it": [
            "Ho preso un giorno di ferie per la visita 8-12. Non è venuto NESSUNO, nemmeno una chiamata."
        ],
        "pt": ["Tirei o dia para a visita das 8 às 12. NÃO VEIO NINGUÉM, nem um telefonema."],
    },
    "doa": {
        "en": [
            "The neon tetras came this morning in a box that was stone cold, no heat pack. 7 of the 10 were dead in the bag and two more died since. {amount} for dead fish and my kids were in tears.",
            "Live fish order arrived, most of them dead. Box freezing cold. Really upset.",
        ],
        "de": [
            "Die Neonsalmler kamen heute früh in einer eiskalten Box ohne Wärmepack. 7 von 10 tot im Beutel, zwei sind seitdem gestorben. {amount} für tote Fische, und meine Kinder haben geweint.",
            "Lebendfisch-Bestellung angekommen, die meisten tot. Box eiskalt. Ich bin echt sauer.",
        ],
        "fr": [
            "Les néons sont arrivés dans un carton glacé, 7 sur 10 morts. {amount} pour des poissons morts."
        ],
        "es": [
            "Los neones llegaron en una caja helada, 7 de 10 MUERTOS. {amount} por peces muertos."
        ],
        "it": [
            "I neon sono arrivati in una scatola gelata, 7 su 10 morti. {amount} per pesci morti."
        ],
        "pt": ["Os néons chegaram numa caixa gelada, 7 de 10 MORTOS. {amount} por peixes mortos."],
    },
    "leak": {
        "en": [
            "After yesterday's filter service the hose wasn't tightened. Woke up to water all over the oak floor, the boards are already lifting. Who pays for this?",
            "Your technician serviced the filter and it has been dripping ever since. There's a puddle under the cabinet and the floor is ruined.",
        ],
        "de": [
            "Nach dem Filterservice gestern war der Schlauch nicht festgezogen. Heute morgen stand Wasser auf dem ganzen Eichenparkett, die Dielen wölben sich schon. Wer zahlt das?",
            "Der Filter tropft seit dem Service ununterbrochen. Pfütze unterm Unterschrank, Boden hin.",
        ],
        "fr": [
            "Depuis l'entretien du filtre hier, ça fuit. Le parquet est trempé et gondole déjà."
        ],
        "es": [
            "Desde el servicio del filtro de ayer pierde agua. El parquet está empapado y ya se levanta."
        ],
        "it": [
            "Dopo la manutenzione del filtro di ieri perde acqua. Il parquet è fradicio e si sta già sollevando."
        ],
        "pt": [
            "Desde a manutenção do filtro ontem está a pingar. O soalho está encharcado e já a levantar."
        ],
    },
    "double_charge": {
        "en": [
            "The Care plan fee of {amount} has been taken TWICE this month, same day, same amount. That was my food shopping money.",
            "Charged twice for the care plan this month. Please refund one asap.",
        ],
        "de": [
            "Der Pflegeplan von {amount} wurde diesen Monat ZWEIMAL abgebucht, gleicher Tag, gleicher Betrag. Mein Konto ist jetzt im Minus.",
            "Pflegeplan doppelt abgebucht. Bitte sofort einen Betrag zurück.",
        ],
        "fr": ["Le plan Care de {amount} a été prélevé DEUX fois ce mois-ci."],
        "es": ["Me habéis cobrado el plan Care de {amount} DOS veces este mes."],
        "it": ["Il piano Care da {amount} mi è stato addebitato DUE volte questo mese."],
        "pt": ["O plano Care de {amount} foi cobrado DUAS vezes este mês."],
    },
    "refund": {
        "en": [
            "I sent the Lume light back THREE weeks ago, tracking says you received it on the 2nd. Still no refund of {amount}. Every time I ask I get 'within 5 working days'.",
            "Returned the light weeks ago, still waiting for my {amount}.",
        ],
        "de": [
            "Ich habe die Lume-Leuchte vor DREI Wochen zurückgeschickt, laut Sendungsverfolgung ist sie angekommen. Die {amount} sind immer noch nicht da. Jedes Mal heißt es 'innerhalb von 5 Werktagen'.",
            "Leuchte vor Wochen zurückgeschickt, warte immer noch auf {amount}.",
        ],
        "fr": [
            "J'ai renvoyé la lampe Lume il y a TROIS semaines, toujours pas remboursée de {amount}."
        ],
        "es": ["Devolví la lámpara Lume hace TRES semanas y sigo sin mis {amount}."],
        "it": ["Ho reso la lampada Lume TRE settimane fa e i {amount} non sono ancora arrivati."],
        "pt": ["Devolvi a luz Lume há TRÊS semanas e ainda não recebi os {amount}."],
    },
    "cancel_fee": {
        "en": [
            "I cancelled the pond clean FIVE days ahead, in the app, got the confirmation e-mail, and you still took a {amount} late cancellation fee. Your own terms say 48 hours.",
            "Charged a {amount} cancellation fee although I cancelled days in advance. Please explain.",
        ],
        "de": [
            "Ich habe die Teichreinigung FÜNF Tage vorher in der App storniert, mit Bestätigungsmail, und trotzdem {amount} Stornogebühr bezahlt. In Ihren AGB stehen 48 Stunden.",
            "{amount} Stornogebühr, obwohl ich Tage vorher storniert habe. Was soll das?",
        ],
        "fr": ["J'ai annulé CINQ jours avant et vous m'avez pris {amount} de frais d'annulation."],
        "es": [
            "Cancelé con CINCO días de antelación y me habéis cobrado {amount} de penalización."
        ],
        "it": ["Ho annullato CINQUE giorni prima e mi avete addebitato {amount} di penale."],
        "pt": ["Cancelei com CINCO dias de antecedência e cobraram-me {amount} de taxa."],
    },
}

# social versions: short, angry; the generator puts "@Nautilo" in
SOCIAL: dict[str, Table] = {
    "no_show": {
        "en": [
            "Took a day off for @Nautilo. Nobody came. NOBODY. Not even a text. Great.",
            "waited in ALL DAY for Nautilo, no tech, no call 😡",
        ],
        "de": [
            "Extra Urlaub genommen für Nautilo. Gekommen ist NIEMAND. Nicht mal eine SMS.",
            "Den ganzen Tag gewartet auf den Nautilo-Techniker. Nix. 😡",
        ],
        "fr": ["Journée posée pour Nautilo. Personne. PERSONNE."],
        "es": ["Día libre para Nautilo y NO VINO NADIE 😡"],
        "it": ["Giorno di ferie per Nautilo e non è venuto NESSUNO 😡"],
        "pt": ["Tirei o dia para a Nautilo e NÃO VEIO NINGUÉM 😡"],
    },
    "doa": {
        "en": [
            "7 out of 10 fish DEAD on arrival, box freezing. thanks Nautilo, great lesson for my kids 😡",
            "Dead fish in a cold box. Well done Nautilo.",
        ],
        "de": [
            "7 von 10 Fischen TOT angekommen, Box eiskalt. Danke Nautilo 😡",
            "Tote Fische in einer kalten Kiste. Bravo Nautilo.",
        ],
        "fr": ["7 poissons sur 10 MORTS à la livraison. Merci Nautilo 😡"],
        "es": ["7 de 10 peces MUERTOS al llegar. Gracias Nautilo 😡"],
        "it": ["7 pesci su 10 MORTI all'arrivo. Grazie Nautilo 😡"],
        "pt": ["7 em 10 peixes MORTOS à chegada. Obrigadinho Nautilo 😡"],
    },
    "leak": {
        "en": [
            "Nautilo 'serviced' my filter and now my oak floor is SOAKED. Brilliant.",
            "water all over the living room after the Nautilo visit. floor ruined",
        ],
        "de": [
            "Nautilo hat meinen Filter 'gewartet', jetzt ist das Parkett NASS. Super.",
            "Wohnzimmer unter Wasser nach dem Nautilo-Besuch. Boden hin.",
        ],
        "fr": ["Après la visite Nautilo, mon parquet est TREMPÉ."],
        "es": ["Tras la visita de Nautilo tengo el parquet EMPAPADO."],
        "it": ["Dopo la visita Nautilo ho il parquet ALLAGATO."],
        "pt": ["Depois da visita da Nautilo tenho o soalho ENCHARCADO."],
    },
    "double_charge": {
        "en": [
            "Nautilo took my care plan fee TWICE this month. Rent is due Friday. Fix it.",
            "charged twice by Nautilo. again. sort it out",
        ],
        "de": [
            "Nautilo hat den Pflegeplan ZWEIMAL abgebucht. Miete ist Freitag fällig.",
            "Doppelt abgebucht von Nautilo. Unglaublich.",
        ],
        "fr": ["Nautilo m'a prélevé DEUX fois ce mois-ci."],
        "es": ["Nautilo me ha cobrado DOS veces este mes."],
        "it": ["Nautilo mi ha addebitato DUE volte questo mese."],
        "pt": ["A Nautilo cobrou-me DUAS vezes este mês."],
    },
    "refund": {
        "en": [
            "THREE weeks since I returned the light to Nautilo. Still no refund.",
            "still waiting on my refund from Nautilo, three weeks now",
        ],
        "de": [
            "DREI Wochen seit ich die Leuchte an Nautilo zurückgeschickt habe. Kein Geld.",
            "Warte immer noch auf die Erstattung von Nautilo.",
        ],
        "fr": ["TROIS semaines et toujours pas remboursée par Nautilo."],
        "es": ["TRES semanas esperando el reembolso de Nautilo."],
        "it": ["TRE settimane e ancora nessun rimborso da Nautilo."],
        "pt": ["TRÊS semanas à espera do reembolso da Nautilo."],
    },
    "cancel_fee": {
        "en": [
            "Cancelled FIVE days ahead and Nautilo still charged a late fee. Read your own terms.",
            "late cancellation fee for cancelling 5 days early?? Nautilo pls",
        ],
        "de": [
            "FÜNF Tage vorher storniert und Nautilo kassiert trotzdem Stornogebühr.",
            "Stornogebühr trotz Storno 5 Tage vorher. Nautilo, echt jetzt?",
        ],
        "fr": ["Annulé CINQ jours avant et Nautilo me facture des frais."],
        "es": ["Cancelé CINCO días antes y Nautilo me cobra penalización."],
        "it": ["Annullato CINQUE giorni prima e Nautilo mi addebita la penale."],
        "pt": ["Cancelei CINCO dias antes e a Nautilo cobrou taxa."],
    },
}

LONG: dict[str, list[str]] = {
    "en": [
        "Dear Nautilo team,\n\nI'm writing this from the car outside my daughter's violin lesson because it's the only quiet half hour I get this week. We've been with you since we set up the tank three years ago and I've recommended you to half the street.\n\n{core}\n\nI'd like to know what you are going to do about it, and I'd like an answer from a person, not a form.\n\nKind regards,\n{name}",
        "Hello,\n\nSorry this is long. My mum moved in with us last month after her fall, so the house is upside down, and the fish tank is the one thing that calms her down in the evenings, which is why this matters more than it might sound.\n\n{core}\n\nI've always found you reliable, so I'm hoping this is a one-off, but I need it sorted this week.\n\nThanks,\n{name}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, weil ich sonst diese Woche keine ruhige Minute habe. Wir sind seit drei Jahren Kunden und ich habe Sie im ganzen Freundeskreis empfohlen.\n\n{core}\n\nIch erwarte eine Antwort von einem Menschen, nicht von einem Formular, und eine Lösung noch diese Woche.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo liebes Nautilo-Team,\n\nentschuldigen Sie die lange Mail. Wir renovieren gerade das Haus meiner Schwiegereltern und ich bin abends fix und fertig, das Aquarium ist eigentlich mein Ruhepol.\n\n{core}\n\nBisher war ich immer sehr angetan von Ihrem Service, deshalb hoffe ich auf eine schnelle Klärung.\n\nViele Grüße\n{name}",
    ],
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJECT: dict[str, str] = {
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "fr": "RE : Dossier {case}",
    "es": "RE: Incidencia {case}",
    "it": "R: Pratica {case}",
    "pt": "RE: Processo {case}",
}
CASE_OPENED: Table = {
    "en": [
        "Dear {name}, I'm really sorry about this ({topic}). I've opened case {case} and we'll come back to you within 24 hours."
    ],
    "de": [
        "Hallo {name}, das tut mir wirklich leid ({topic}). Ich habe den Vorgang {case} angelegt, wir melden uns innerhalb von 24 Stunden."
    ],
    "fr": [
        "Bonjour {name}, toutes nos excuses ({topic}). Dossier {case} ouvert, retour sous 24 h."
    ],
    "es": [
        "Hola {name}, lo sentimos mucho ({topic}). He abierto la incidencia {case}, te respondemos en 24 horas."
    ],
    "it": [
        "Gentile {name}, ci scusiamo ({topic}). Ho aperto la pratica {case}, le rispondiamo entro 24 ore."
    ],
    "pt": [
        "Olá {name}, pedimos desculpa ({topic}). Abri o processo {case}, respondemos em 24 horas."
    ],
}
CHAT_CASE: Table = {
    "en": [
        "I'm so sorry {name}. I've opened case {case} and passed it to the team, you'll hear from us today."
    ],
    "de": [
        "Das tut mir sehr leid, {name}. Ich habe den Vorgang {case} angelegt und weitergegeben, Sie hören heute von uns."
    ],
    "fr": ["Désolée {name}, dossier {case} ouvert, on revient vers vous aujourd'hui."],
    "es": ["Lo siento mucho {name}, he abierto la incidencia {case}, hoy te decimos algo."],
    "it": ["Mi dispiace {name}, ho aperto la pratica {case}, oggi la ricontattiamo."],
    "pt": ["Lamento {name}, abri o processo {case}, hoje damos notícias."],
}
FIX: dict[str, dict[str, str]] = {
    "no_show": {
        "en": "a technician is booked for tomorrow 8-10 and the visit is free",
        "de": "ein Techniker ist für morgen 8-10 Uhr eingeplant und der Besuch ist kostenlos",
        "fr": "un technicien passe demain 8 h-10 h, visite offerte",
        "es": "un técnico irá mañana de 8 a 10 y la visita es gratis",
        "it": "un tecnico passa domani 8-10 e la visita è gratuita",
        "pt": "um técnico vai amanhã das 8 às 10 e a visita é grátis",
    },
    "doa": {
        "en": "replacement fish ship tomorrow in a heated box and the order is refunded",
        "de": "Ersatzfische gehen morgen in einer beheizten Box raus und die Bestellung ist erstattet",
        "fr": "des poissons de remplacement partent demain en boîte chauffée, commande remboursée",
        "es": "los peces de reposición salen mañana en caja térmica y el pedido está reembolsado",
        "it": "i pesci sostitutivi partono domani in scatola riscaldata e l'ordine è rimborsato",
        "pt": "os peixes de substituição seguem amanhã em caixa aquecida e a encomenda foi reembolsada",
    },
    "leak": {
        "en": "our insurer covers the floor and the assessor will call you tomorrow",
        "de": "unsere Versicherung übernimmt den Boden, der Gutachter ruft Sie morgen an",
        "fr": "notre assurance prend en charge le parquet, l'expert vous appelle demain",
        "es": "nuestro seguro cubre el suelo y el perito te llama mañana",
        "it": "la nostra assicurazione copre il parquet, il perito la chiama domani",
        "pt": "o nosso seguro cobre o soalho e o perito liga amanhã",
    },
    "double_charge": {
        "en": "the second charge has been refunded",
        "de": "die zweite Abbuchung ist erstattet",
        "fr": "le second prélèvement est remboursé",
        "es": "el segundo cargo está devuelto",
        "it": "il secondo addebito è stato rimborsato",
        "pt": "a segunda cobrança foi devolvida",
    },
    "refund": {
        "en": "the refund has gone out today",
        "de": "die Erstattung ist heute raus",
        "fr": "le remboursement est parti aujourd'hui",
        "es": "el reembolso sale hoy",
        "it": "il rimborso è partito oggi",
        "pt": "o reembolso saiu hoje",
    },
    "cancel_fee": {
        "en": "the fee has been refunded, it should never have been charged",
        "de": "die Gebühr ist erstattet, sie hätte nie berechnet werden dürfen",
        "fr": "les frais sont remboursés",
        "es": "el cargo está devuelto",
        "it": "la penale è stata rimborsata",
        "pt": "a taxa foi devolvida",
    },
}
GOOD_NEWS: Table = {
    "en": [
        "Hi {name}, good news on case {case}: {fix}. Could you confirm everything is fine on your side?"
    ],
    "de": [
        "Hallo {name}, gute Nachrichten zum Vorgang {case}: {fix}. Können Sie bestätigen, dass bei Ihnen alles passt?"
    ],
    "fr": [
        "Bonjour {name}, bonne nouvelle pour le dossier {case} : {fix}. Pouvez-vous confirmer que tout va bien ?"
    ],
    "es": [
        "Hola {name}, buenas noticias sobre la incidencia {case}: {fix}. ¿Nos confirmas que está todo bien?"
    ],
    "it": [
        "Gentile {name}, buone notizie sulla pratica {case}: {fix}. Può confermare che è tutto a posto?"
    ],
    "pt": [
        "Olá {name}, boas notícias sobre o processo {case}: {fix}. Pode confirmar que está tudo bem?"
    ],
}
QUALITY_LEAD: Table = {
    "en": [
        "Dear {name}, your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "de": [
        "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "fr": [
        "Bonjour {name}, votre dossier {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi."
    ],
    "es": [
        "Hola {name}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
    "it": [
        "Gentile {name}, la pratica {case} è passata al nostro responsabile qualità, che la chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "Olá {name}, o processo {case} está com a nossa responsável de qualidade, que liga antes de sexta ao almoço."
    ],
}
URGENT: Table = {
    "en": ["Added to your case {case} and marked urgent, {name}."],
    "de": ["Zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert."],
    "fr": ["Ajouté au dossier {case}, marqué urgent."],
    "es": ["Añadido a tu incidencia {case} y marcado como urgente."],
    "it": ["Aggiunto alla pratica {case} e segnato come urgente."],
    "pt": ["Adicionado ao processo {case} e marcado como urgente."],
}
CONFIRM: Table = {
    "en": [
        "Confirmed, all fine now, case {case} can be closed. Thanks for sorting it!",
        "yes all good now re {case}, thank you",
    ],
    "de": [
        "Bestätigt, alles in Ordnung, Vorgang {case} kann geschlossen werden. Danke!",
        "ja passt jetzt alles wegen {case}, danke",
    ],
    "fr": ["Confirmé, tout est réglé pour le dossier {case}. Merci !"],
    "es": ["Confirmado, todo bien con la incidencia {case}. Gracias!"],
    "it": ["Confermo, tutto a posto per la pratica {case}. Grazie!"],
    "pt": ["Confirmo, está tudo bem com o processo {case}. Obrigada!"],
}
APOLOGY: Table = {
    "en": [
        "Sorry for my tone yesterday, I was really upset. Thanks for sorting it so quickly.",
        "apologies for the rant yesterday, not your fault personally. thanks for fixing it",
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, ich war echt aufgebracht. Danke, dass es so schnell geklärt wurde.",
        "sorry für gestern, war nicht persönlich gemeint. danke fürs Lösen",
    ],
    "fr": ["Désolée pour mon ton d'hier, merci d'avoir réglé ça si vite."],
    "es": [
        "Perdón por cómo escribí ayer, estaba muy enfadada. Gracias por solucionarlo tan rápido."
    ],
    "it": ["Scusate per il tono di ieri, grazie per aver risolto così in fretta."],
    "pt": ["Desculpem o tom de ontem, obrigada por resolverem tão depressa."],
}
CSAT_LOW: Table = {
    "en": ["useless", "", "not impressed"],
    "de": ["schlecht", "", "enttäuschend"],
    "fr": ["nul", ""],
    "es": ["fatal", ""],
    "it": ["pessimo", ""],
    "pt": ["péssimo", ""],
}
STILL: Table = {
    "en": [
        "Case {case} is STILL open. {topic}, nothing has happened since I wrote. Please call me.",
        "re {case}: still not sorted ({topic}). Writing again because nobody got back to me.",
    ],
    "de": [
        "Vorgang {case} ist IMMER NOCH offen. {topic}, seit meiner Nachricht ist nichts passiert. Bitte rufen Sie mich an.",
        "wegen {case}: immer noch nicht erledigt ({topic}). Ich schreibe nochmal, weil sich keiner meldet.",
    ],
    "fr": ["Le dossier {case} est TOUJOURS ouvert ({topic}). Rien n'a bougé."],
    "es": ["La incidencia {case} SIGUE abierta ({topic}). No ha pasado nada."],
    "it": ["La pratica {case} è ANCORA aperta ({topic}). Non è successo niente."],
    "pt": ["O processo {case} CONTINUA aberto ({topic}). Não aconteceu nada."],
}
THIRD: Table = {
    "en": [
        "Third time about {case} ({topic}). A friend uses {competitor} and they sort this kind of thing the same day.",
        "Third message re {case}, still {topic}. I've had a look at what {competitor} charges, just saying.",
    ],
    "de": [
        "Zum dritten Mal wegen {case} ({topic}). Ein Kollege ist bei {competitor}, die klären so was am selben Tag.",
        "Dritte Nachricht zu {case}, immer noch {topic}. Ich habe mir mal die Preise von {competitor} angeschaut.",
    ],
    "fr": [
        "Troisième fois pour le dossier {case} ({topic}). Une amie est chez {competitor}, ils règlent ça dans la journée."
    ],
    "es": [
        "Tercera vez por la incidencia {case} ({topic}). Una amiga está con {competitor} y lo arreglan en el día."
    ],
    "it": [
        "Terza volta per la pratica {case} ({topic}). Un collega usa {competitor} e risolvono in giornata."
    ],
    "pt": [
        "Terceira vez sobre o processo {case} ({topic}). Uma amiga usa a {competitor} e resolvem no próprio dia."
    ],
}
FOURTH: Table = {
    "en": ["FOURTH time I'm writing about {case}. {topic}. Is anyone actually reading these?"],
    "de": ["Zum VIERTEN Mal wegen {case}. {topic}. Liest das überhaupt jemand?"],
    "fr": ["QUATRIÈME fois pour le dossier {case}. {topic}. Quelqu'un lit ces messages ?"],
    "es": ["CUARTA vez que escribo por {case}. {topic}. ¿Alguien lee esto?"],
    "it": ["QUARTA volta che scrivo per la pratica {case}. {topic}. Qualcuno legge?"],
    "pt": ["QUARTA vez que escrevo sobre o processo {case}. {topic}. Alguém lê isto?"],
}

# six steps of a slide; the last names {competitor}
SLIDE: dict[str, list[str]] = {
    "en": [
        "Tech turned up three hours after the window closed today, no call. Fish were fine, I was less fine",
        "Visit today but he forgot the test kit and said I could 'do the values myself next time'. Bit odd for what we pay",
        "Now the app wants a photo of the water test for every question I send. Feels like they don't believe customers anymore",
        "Plants from the last order half yellow, and live deliveries only on Wednesdays now. Used to be so good",
        "Charged £30 'disposal fee' for old filter media that I took to the tip MYSELF. The tech never even touched it. Unbelievable",
        "Done with Nautilo. My neighbour uses {competitor}, their tech is coming on Saturday",
    ],
    "de": [
        "Techniker heute drei Stunden nach dem Zeitfenster gekommen, ohne Anruf. Den Fischen geht's gut, mir weniger",
        "Beim Besuch das Testset vergessen, ich könne die Werte 'nächstes Mal selbst messen'. Für den Preis komisch",
        "Jetzt will die App zu jeder Frage ein Foto vom Wassertest. Als ob man Kunden nichts mehr glaubt",
        "Pflanzen aus der letzten Bestellung halb gelb, Lebendlieferung nur noch mittwochs. War mal so gut",
        "35 € 'Entsorgungsgebühr' für altes Filtermaterial, das ich SELBST zum Wertstoffhof gebracht habe. Unfassbar",
        "Reicht mir mit Nautilo. Mein Nachbar ist bei {competitor}, deren Techniker kommt am Samstag",
    ],
    "fr": [
        "Technicien arrivé trois heures après le créneau, sans appeler",
        "Il a oublié le kit de test, je n'ai qu'à 'faire les mesures moi-même'",
        "L'appli exige maintenant une photo du test pour chaque question",
        "Plantes à moitié jaunes et livraisons de poissons seulement le mercredi",
        "35 € de 'frais d'élimination' pour des masses filtrantes que j'ai jetées MOI-MÊME. Incroyable",
        "Fini Nautilo. Ma voisine est chez {competitor}, leur technicien vient samedi",
    ],
    "es": [
        "El técnico llegó tres horas tarde y sin avisar",
        "Se olvidó el kit de test y que 'la próxima vez mida yo los valores'",
        "Ahora la app pide una foto del test para cada consulta",
        "Plantas medio amarillas y peces solo los miércoles. Antes era otra cosa",
        "35 € de 'tasa de retirada' por material filtrante que tiré YO MISMA al punto limpio. Increíble",
        "Se acabó Nautilo. Mi vecino está con {competitor}, su técnico viene el sábado",
    ],
    "it": [
        "Il tecnico è arrivato tre ore dopo la fascia, senza chiamare",
        "Ha dimenticato il kit test, 'la prossima volta i valori li misuri lei'",
        "Ora l'app vuole una foto del test per ogni domanda",
        "Piante mezze gialle e pesci solo il mercoledì. Prima era diverso",
        "35 € di 'smaltimento' per materiale filtrante che ho portato IO in discarica. Assurdo",
        "Basta Nautilo. Il mio vicino usa {competitor}, il loro tecnico viene sabato",
    ],
    "pt": [
        "O técnico chegou três horas depois da janela, sem ligar",
        "Esqueceu o kit de teste, 'da próxima meça a senhora'",
        "Agora a app pede foto do teste para cada pergunta",
        "Plantas meio amarelas e peixes só à quarta-feira",
        "35 € de 'taxa de recolha' por material filtrante que levei EU ao ecoponto. Inacreditável",
        "Chega de Nautilo. O meu vizinho usa a {competitor}, o técnico deles vem sábado",
    ],
}
SLIDE_RATINGS = (3, 3, 2, 2, 1, 1)

# (subject, text)
LEAVE: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Cancel my Care plan please",
            "Hello, we've given the tank to my nephew now the kids have lost interest, so please cancel my Nautilo Care plan and close the account. Thanks for everything, {name}",
        ),
        (
            "Closing my account",
            "Hi, we're moving to a flat where pets aren't allowed, so the fish are going to a friend. Please cancel the Care plan and close my account. {name}",
        ),
    ],
    "de": [
        (
            "Kündigung Pflegeplan",
            "Hallo, wir ziehen in eine Wohnung ohne Garten, der Teich bleibt beim Haus. Bitte kündigen Sie meinen Nautilo-Pflegeplan und schließen Sie das Konto. Danke, {name}",
        ),
        (
            "Konto schließen",
            "Guten Tag, das Aquarium ist an meine Nichte gegangen. Bitte Pflegeplan kündigen und Konto löschen. Grüße, {name}",
        ),
    ],
    "fr": [
        (
            "Résiliation plan Care",
            "Bonjour, nous déménageons dans un appartement sans jardin. Merci de résilier mon plan Care et de fermer le compte. {name}",
        )
    ],
    "es": [
        (
            "Baja del plan Care",
            "Hola, nos mudamos a un piso sin jardín y el estanque se queda. Por favor, dad de baja el plan Care y cerrad la cuenta. {name}",
        )
    ],
    "it": [
        (
            "Disdetta piano Care",
            "Buongiorno, ci trasferiamo in un appartamento senza giardino. Vi prego di disdire il piano Care e chiudere l'account. {name}",
        )
    ],
    "pt": [
        (
            "Cancelar plano Care",
            "Olá, vamos mudar para um apartamento sem jardim. Cancelem o plano Care e fechem a conta, por favor. {name}",
        )
    ],
}
SORRY_GO: Table = {
    "en": [
        "Dear {name}, sorry to see you go. You can cancel the Care plan yourself in the app under Account > Plan, or on the website; the account closes with it."
    ],
    "de": [
        "Hallo {name}, schade, dass Sie gehen. Sie können den Pflegeplan selbst in der App unter Konto > Plan oder auf der Website kündigen, das Konto wird dann geschlossen."
    ],
    "fr": [
        "Bonjour {name}, dommage de vous voir partir. Vous pouvez résilier vous-même dans l'appli (Compte > Plan) ou sur le site."
    ],
    "es": [
        "Hola {name}, sentimos que te vayas. Puedes dar de baja el plan tú mismo en la app (Cuenta > Plan) o en la web."
    ],
    "it": [
        "Gentile {name}, ci dispiace. Può disdire da sola nell'app (Account > Piano) o sul sito."
    ],
    "pt": ["Olá {name}, lamentamos. Pode cancelar na app (Conta > Plano) ou no site."],
}

GRUMBLES: Table = {
    "en": [
        "The app logs me out EVERY single time I open it",
        "why does the 'visit tomorrow' text come at 6am. who needs that at 6am",
        "4 hour visit windows in 2026, come on",
        "the zip on the koi food bag broke again, half of it on the shed floor",
        "£4.90 delivery on a £9 order of test strips. really",
        "the chat bot sends me in circles before I get a person",
        "visit time changed and nobody told me, found out from the app by accident",
    ],
    "de": [
        "Die App meldet mich JEDES Mal ab, wenn ich sie öffne",
        "Warum kommt die SMS 'Besuch morgen' um 6 Uhr früh. Wer braucht das um 6",
        "Vier Stunden Zeitfenster, im Jahr 2026, ehrlich",
        "Der Zipper am Koifutter-Sack ist schon wieder kaputt, die Hälfte liegt im Schuppen",
        "4,90 € Versand auf 9 € Teststreifen. Na toll",
        "Der Chatbot schickt mich im Kreis, bevor ich einen Menschen bekomme",
        "Besuchszeit geändert und keiner sagt Bescheid, hab's zufällig in der App gesehen",
    ],
    "fr": [
        "L'appli me déconnecte à CHAQUE fois",
        "Le SMS 'visite demain' à 6 h du matin, sérieusement",
        "Des créneaux de 4 h en 2026",
    ],
    "es": [
        "La app me echa CADA vez que la abro",
        "El SMS de 'visita mañana' a las 6 de la mañana, en serio",
        "Franjas de 4 horas en 2026",
    ],
    "it": [
        "L'app mi disconnette OGNI volta",
        "L'SMS 'visita domani' alle 6 del mattino, davvero",
        "Fasce di 4 ore nel 2026",
    ],
    "pt": [
        "A app desliga-me a sessão SEMPRE",
        "O SMS 'visita amanhã' às 6 da manhã, a sério",
        "Janelas de 4 horas em 2026",
    ],
}
SARCASM: Table = {
    "en": [
        "Love that my 'next day' fish came at 21:40. Perfect time to acclimatise them by torchlight 👏",
        "Great, the tech 'cleaned' the filter and left the old sponge on my kitchen counter. Very decorative 😂",
    ],
    "de": [
        "Toll, die 'Express'-Fische kamen um 21:40. Perfekt zum Eingewöhnen mit Taschenlampe 👏",
        "Super, der Techniker hat den alten Filterschwamm als Deko auf der Küchenzeile gelassen 😂",
    ],
    "fr": [
        "Génial, mes poissons 'express' livrés à 21 h 40. Parfait pour l'acclimatation à la lampe torche 👏"
    ],
    "es": [
        "Qué bien, los peces 'exprés' llegaron a las 21:40. Perfecto para aclimatarlos con linterna 👏"
    ],
    "it": [
        "Fantastico, i pesci 'express' arrivati alle 21:40. Perfetto per ambientarli con la torcia 👏"
    ],
    "pt": [
        "Ótimo, os peixes 'expresso' chegaram às 21:40. Perfeito para os aclimatar à lanterna 👏"
    ],
}

# quiet_hours mild grumbles (question, answer)
MILD: Pairs = {
    "en": [
        (
            "the visit booking only shows technicians from Manchester, I'm in Leeds?",
            "Sorry about that {name}, the map picks the nearest depot by default; Leeds slots are under 'change area'.",
        ),
        (
            "why are my reminders suddenly in Spanish lol",
            "Oops, fixed that in your profile, {name}. They'll come in English again.",
        ),
    ],
    "de": [
        (
            "die Buchung zeigt mir nur Techniker aus München, ich wohne in Köln?",
            "Entschuldigung {name}, die Karte nimmt standardmäßig das nächste Depot; Köln finden Sie unter 'Gebiet ändern'.",
        ),
        (
            "warum kommen meine Erinnerungen plötzlich auf Spanisch",
            "Ups, im Profil korrigiert, {name}. Sie kommen wieder auf Deutsch.",
        ),
    ],
    "fr": [
        ("pourquoi mes rappels arrivent en espagnol ?", "Oups, corrigé dans votre profil, {name}.")
    ],
    "es": [("por qué me llegan los avisos en alemán?", "Perdona {name}, corregido en tu perfil.")],
    "it": [("perché i promemoria arrivano in tedesco?", "Scusi {name}, corretto nel profilo.")],
    "pt": [("porque é que os avisos vêm em alemão?", "Desculpe {name}, corrigido no perfil.")],
}

# ---- the spike: Nautilo Lume schedules flipped am/pm, error NL12H ----
SPIKE_REPORT: Table = {
    "en": [
        "My Nautilo Lume went on FULL at 2am and now it's off in the morning. App shows the schedule as 20:00-08:00 and won't let me save it back, just says error NL12H. Fish hiding behind the filter",
        "lights blazing at 3am then dark at breakfast?? the app has flipped my schedule and says NL12H when I try to fix it",
        "Anyone else's Lume gone mad overnight? On at 2am, off at 8am, error NL12H in the app. My plants need that light",
        "tank light was on all night and off now. cant change the schedule, error NL12H. what is going on",
    ],
    "de": [
        "Meine Nautilo Lume ist um 2 Uhr nachts auf VOLL angegangen und jetzt morgens aus. Die App zeigt 20:00-08:00 und lässt sich nicht speichern, nur Fehler NL12H. Die Fische verstecken sich",
        "Licht um 3 Uhr nachts an, morgens dunkel?? App hat den Zeitplan umgedreht, beim Ändern kommt NL12H",
        "Hat noch jemand eine Lume, die über Nacht verrückt spielt? Nachts an, morgens aus, Fehler NL12H",
        "Aquariumlicht die ganze Nacht an und jetzt aus, Zeitplan nicht änderbar, Fehler NL12H. Was ist da los",
    ],
    "fr": [
        "Ma Lume s'est allumée à fond à 2 h du matin et là elle est éteinte. L'appli affiche 20:00-08:00 et erreur NL12H"
    ],
    "es": [
        "Mi Lume se encendió a tope a las 2 de la madrugada y ahora está apagada. La app muestra 20:00-08:00 y da error NL12H"
    ],
    "it": [
        "La mia Lume si è accesa al massimo alle 2 di notte e ora è spenta. L'app mostra 20:00-08:00 ed errore NL12H"
    ],
    "pt": [
        "A minha Lume acendeu no máximo às 2 da manhã e agora está apagada. A app mostra 20:00-08:00 e dá erro NL12H"
    ],
}
SPIKE_SUBJECT: dict[str, str] = {
    "en": "Lume light schedule flipped, error NL12H",
    "de": "Lume-Zeitplan verdreht, Fehler NL12H",
    "fr": "Programme Lume inversé, erreur NL12H",
    "es": "Horario Lume invertido, error NL12H",
    "it": "Programma Lume invertito, errore NL12H",
    "pt": "Horário Lume trocado, erro NL12H",
}
SPIKE_REPEAT: Table = {
    "en": [
        "still NL12H. unplugged the light, reset it, same thing, still dark",
        "Tried on my husband's phone too, same error NL12H. Tank still dark",
    ],
    "de": [
        "Immer noch NL12H. Leuchte vom Strom genommen, zurückgesetzt, nichts, immer noch dunkel",
        "Auch auf dem Handy meiner Frau NL12H. Becken immer noch dunkel",
    ],
    "fr": ["Toujours NL12H, même après avoir débranché la lampe"],
    "es": ["Sigue NL12H, he desenchufado la lámpara y nada"],
    "it": ["Ancora NL12H, ho staccato la lampada e niente"],
    "pt": ["Continua NL12H, desliguei a luz da tomada e nada"],
}
SPIKE_CHAT_ANSWER: Table = {
    "en": [
        "Yes {name}, Lume light schedules are flipped for many customers right now (NL12H), our engineers are on it. Please don't reset the light."
    ],
    "de": [
        "Ja, {name}, bei vielen Kunden sind die Lume-Zeitpläne gerade verdreht (NL12H), unsere Technik ist dran. Bitte die Leuchte nicht zurücksetzen."
    ],
    "fr": [
        "Oui {name}, les programmes Lume sont inversés chez beaucoup de clients (NL12H), nos équipes y travaillent."
    ],
    "es": [
        "Sí {name}, los horarios Lume están invertidos para muchos clientes ahora mismo (NL12H), lo estamos arreglando."
    ],
    "it": [
        "Sì {name}, i programmi Lume sono invertiti per molti clienti (NL12H), ci stiamo lavorando."
    ],
    "pt": [
        "Sim {name}, os horários Lume estão trocados para muitos clientes (NL12H), estamos a resolver."
    ],
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "en": (
        "Your Lume light works normally again",
        "Hi {name}, Lume schedules work normally again since {since} and we've restored yours from before the night. Sorry for the night-time light show: we've added a {credit} credit to your account.",
    ),
    "de": (
        "Ihre Lume funktioniert wieder",
        "Hallo {name}, die Lume-Zeitpläne funktionieren seit {since} wieder normal, Ihren haben wir wiederhergestellt. Entschuldigung für die nächtliche Festbeleuchtung: {credit} Gutschrift sind auf Ihrem Konto.",
    ),
    "fr": (
        "Votre Lume fonctionne à nouveau",
        "Bonjour {name}, les programmes Lume fonctionnent à nouveau depuis {since}. Nous avons ajouté un avoir de {credit} à votre compte.",
    ),
    "es": (
        "Tu Lume vuelve a funcionar",
        "Hola {name}, los horarios Lume funcionan de nuevo desde las {since}. Te hemos añadido {credit} de saldo.",
    ),
    "it": (
        "La sua Lume funziona di nuovo",
        "Gentile {name}, i programmi Lume funzionano di nuovo dalle {since}. Le abbiamo accreditato {credit}.",
    ),
    "pt": (
        "A sua Lume já funciona",
        "Olá {name}, os horários Lume funcionam de novo desde as {since}. Creditámos {credit} na sua conta.",
    ),
}
LONE_Q: dict[str, tuple[str, str]] = {
    "en": (
        "last night my Lume dimmed slowly at 8 instead of switching off, is that normal? will it come on tomorrow morning as usual?",
        "Hi {name}, that's the new sunset fade, all normal: it comes on at 8 tomorrow as usual.",
    ),
    "de": (
        "gestern Abend ist meine Lume um 20 Uhr langsam dunkler geworden statt einfach auszugehen, ist das normal? geht sie morgen früh wie immer an?",
        "Hallo {name}, das ist der neue Sonnenuntergang, alles normal: morgen um 8 geht sie wie immer an.",
    ),
}
CALM_GRUMBLE: Pairs = {
    "en": [
        (
            "the fish shop page takes ages to load tonight, is it just me",
            "Not just you {name}, it's slow this evening, we're on it. Your basket is saved.",
        )
    ],
    "de": [
        (
            "die Fischseite im Shop lädt ewig heute, liegt das an mir",
            "Nicht an Ihnen, {name}, sie ist heute langsam, wir kümmern uns. Ihr Warenkorb bleibt gespeichert.",
        )
    ],
}
