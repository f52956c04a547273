# ruff: noqa: E501
"""Consumer and spike wording for heldout48 (hand-written, blind).

Arpeggo: musical-instrument rental by app and web (digital and upright pianos,
violins, cellos, guitars, saxophones, flutes, drum kits), delivered by van or
courier or collected at partner music shops, a deposit held on the card, rent
months counting towards buying the instrument, and an Arpeggo Care plan
(monthly: tuning, repairs, lower rent). Tokens in angle brackets are filled by
the generator: <B> brand, <case> case reference, <prod> instrument, <amt>
amount, <comp> competitor, <agent> agent's first name, <time> local time,
<credit> credit, <code> spike error code.
"""

from __future__ import annotations

LANGS = ("pt", "en", "de", "it", "fr", "es")

FIRST = {
    "pt": [
        ("Inês", "f"),
        ("Beatriz", "f"),
        ("Mariana", "f"),
        ("Joana", "f"),
        ("Catarina", "f"),
        ("Rita", "f"),
        ("Sofia", "f"),
        ("Filipa", "f"),
        ("Marta", "f"),
        ("Leonor", "f"),
        ("Tiago", "m"),
        ("Duarte", "m"),
        ("Rui", "m"),
        ("Nuno", "m"),
        ("Gonçalo", "m"),
        ("Afonso", "m"),
        ("Bruno", "m"),
        ("Hugo", "m"),
        ("Pedro", "m"),
        ("Vasco", "m"),
    ],
    "en": [
        ("Hannah", "f"),
        ("Chloe", "f"),
        ("Megan", "f"),
        ("Siobhan", "f"),
        ("Laura", "f"),
        ("Grace", "f"),
        ("Niamh", "f"),
        ("Amy", "f"),
        ("Rachel", "f"),
        ("Zoe", "f"),
        ("Callum", "m"),
        ("Owen", "m"),
        ("Declan", "m"),
        ("Rhys", "m"),
        ("Tom", "m"),
        ("Liam", "m"),
        ("Gareth", "m"),
        ("Connor", "m"),
        ("Ewan", "m"),
        ("Sam", "m"),
    ],
    "de": [
        ("Jana", "f"),
        ("Svenja", "f"),
        ("Katrin", "f"),
        ("Miriam", "f"),
        ("Anja", "f"),
        ("Tobias", "m"),
        ("Florian", "m"),
        ("Jens", "m"),
        ("Stefan", "m"),
        ("Lukas", "m"),
    ],
    "it": [
        ("Chiara", "f"),
        ("Federica", "f"),
        ("Giulia", "f"),
        ("Serena", "f"),
        ("Davide", "m"),
        ("Matteo", "m"),
        ("Lorenzo", "m"),
        ("Andrea", "m"),
    ],
    "fr": [
        ("Camille", "f"),
        ("Manon", "f"),
        ("Élodie", "f"),
        ("Pauline", "f"),
        ("Julien", "m"),
        ("Mathieu", "m"),
        ("Romain", "m"),
        ("Bastien", "m"),
    ],
    "es": [
        ("Nerea", "f"),
        ("Ainhoa", "f"),
        ("Rocío", "f"),
        ("Paula", "f"),
        ("Iker", "m"),
        ("Álvaro", "m"),
        ("Rubén", "m"),
        ("Sergio", "m"),
    ],
}

SURNAMES = {
    "pt": [
        "Carvalho",
        "Figueiredo",
        "Mendonça",
        "Sequeira",
        "Antunes",
        "Brandão",
        "Cardoso",
        "Lacerda",
        "Valente",
        "Pimentel",
        "Quintela",
        "Rebelo",
        "Teixeira",
        "Magalhães",
        "Fonseca",
        "Gouveia",
        "Nogueira",
        "Salgado",
        "Barros",
        "Leitão",
    ],
    "en": [
        "Whitfield",
        "Pryce",
        "Donnelly",
        "Hargreaves",
        "McAllister",
        "Ashworth",
        "Kavanagh",
        "Pemberton",
        "Gallagher",
        "Thornton",
        "Buckley",
        "Ellison",
        "Fairclough",
        "Morrow",
        "Lindqvist",
        "Okafor",
        "Redmond",
        "Sheridan",
        "Tennant",
        "Walsh",
    ],
    "de": ["Kessler", "Albrecht", "Winkler", "Hofbauer", "Reuter", "Stahl", "Pfeiffer", "Lorenz"],
    "it": ["Marchetti", "Bellini", "Galli", "Ferraresi", "Santoro", "Vitale", "Pellegrini"],
    "fr": ["Lemaire", "Garnier", "Roussel", "Chevalier", "Perrot", "Fabre", "Marchand"],
    "es": ["Echeverría", "Lozano", "Ibarra", "Navarro", "Cifuentes", "Solís", "Herrero"],
}

MARKETS = {
    "pt": [("PT", 8), ("LU", 1), ("CH", 1)],
    "en": [("UK", 6), ("IE", 3)],
    "de": [("DE", 5), ("AT", 2), ("CH", 2)],
    "it": [("IT", 4), ("CH", 1)],
    "fr": [("FR", 3), ("BE", 2), ("CH", 1)],
    "es": [("ES", 1)],
}

TOWNS = {
    "PT": ["Braga", "Coimbra", "Aveiro", "Setúbal", "Viseu", "Faro", "Porto", "Lisboa"],
    "UK": ["Leeds", "Bristol", "Norwich", "Swansea", "York", "Bath", "Derby"],
    "IE": ["Galway", "Cork", "Limerick", "Sligo"],
    "DE": ["Freiburg", "Kassel", "Leipzig", "Münster", "Bamberg"],
    "AT": ["Graz", "Linz", "Innsbruck"],
    "CH": ["Bern", "Lugano", "Fribourg", "Winterthur"],
    "IT": ["Modena", "Trento", "Bari", "Pavia"],
    "FR": ["Nantes", "Dijon", "Rennes", "Grenoble"],
    "BE": ["Liège", "Namur", "Mons"],
    "LU": ["Esch-sur-Alzette", "Luxembourg"],
    "ES": ["Bilbao", "Zaragoza", "Murcia", "Vigo"],
}

JOBS = {
    "pt": [
        "enfermeira",
        "professor de matemática",
        "designer",
        "contabilista",
        "estudante",
        "engenheiro civil",
        "farmacêutica",
        "cozinheiro",
        "reformada",
        "bombeiro",
    ],
    "en": [
        "nurse",
        "primary teacher",
        "web developer",
        "plumber",
        "student",
        "accountant",
        "bus driver",
        "GP receptionist",
        "retired",
        "electrician",
    ],
    "de": ["Erzieherin", "Maschinenbauer", "Zahnarzthelferin", "Student", "Tischler"],
    "it": ["infermiera", "impiegato", "architetta", "studente", "panettiere"],
    "fr": ["institutrice", "kiné", "étudiant", "comptable", "boulanger"],
    "es": ["maestra", "fontanero", "estudiante", "enfermera", "informático"],
}

# (label, monthly EUR price, page)
PRODUCTS = [
    (
        "Digital piano 88 keys, monthly / Piano digital 88 teclas, mensal",
        39.0,
        "/rent/digital-piano",
    ),
    ("Upright piano, monthly / Piano vertical, mensal", 79.0, "/rent/upright-piano"),
    ("Violin 4/4, monthly / Violino 4/4, mensal", 19.0, "/rent/violin"),
    ("Violin 3/4 for children, monthly / Violino 3/4 criança, mensal", 15.0, "/rent/violin-kids"),
    ("Cello 4/4, monthly / Violoncelo 4/4, mensal", 45.0, "/rent/cello"),
    ("Acoustic guitar, monthly / Guitarra acústica, mensal", 12.0, "/rent/acoustic-guitar"),
    (
        "Electric guitar and amp, monthly / Guitarra elétrica e amplificador, mensal",
        24.0,
        "/rent/electric-guitar",
    ),
    ("Alto saxophone, monthly / Saxofone alto, mensal", 29.0, "/rent/alto-sax"),
    ("Flute, monthly / Flauta transversal, mensal", 17.0, "/rent/flute"),
    ("Electronic drum kit, monthly / Bateria eletrónica, mensal", 35.0, "/rent/e-drums"),
    ("Tuning visit / Visita de afinação", 65.0, "/care/tuning"),
]

PAGES = [
    "/",
    "/rent",
    "/rent/digital-piano",
    "/rent/violin",
    "/rent/cello",
    "/care",
    "/care/tuning",
    "/account/rentals",
    "/account/rent-to-own",
    "/help/returns",
    "/help/delivery",
    "/shops",
    "/lessons",
]

# Instrument names used inside texts, per language.
INSTR = {
    "pt": [
        "piano digital",
        "violino",
        "violoncelo",
        "saxofone",
        "piano vertical",
        "bateria eletrónica",
    ],
    "en": ["digital piano", "violin", "cello", "sax", "upright piano", "drum kit"],
    "de": ["Digitalpiano", "Geige", "Cello", "Saxophon", "Klavier", "E-Drum-Set"],
    "it": [
        "pianoforte digitale",
        "violino",
        "violoncello",
        "sax",
        "pianoforte verticale",
        "batteria elettronica",
    ],
    "fr": [
        "piano numérique",
        "violon",
        "violoncelle",
        "saxo",
        "piano droit",
        "batterie électronique",
    ],
    "es": [
        "piano digital",
        "violín",
        "violonchelo",
        "saxo",
        "piano vertical",
        "batería electrónica",
    ],
}

# ---------------------------------------------------------------- happy acts
PRAISE = {
    "pt": [
        "O piano chegou hoje e o meu filho não sai de lá 😍 obrigada <B>",
        "Entrega impecável, os senhores subiram o piano ao 3º andar sem elevador e ainda o afinaram. Cinco estrelas <B>",
        "alugar o violino na <B> foi a melhor decisão, a professora até perguntou onde era",
        "Finalmente um sítio onde alugar um violoncelo não custa um rim. Recomendo a <B> a toda a gente",
        "A afinação de ontem ficou perfeita, o técnico explicou tudo com paciência. Obrigado <B>!",
        "Renovei o aluguer do sax por mais 6 meses, atendimento 5 estrelas <B> 👌",
    ],
    "en": [
        "Digital piano turned up bang on time and the lads even set the stool height for my daughter. Brilliant <B>",
        "Can't believe how good the rental violin from <B> sounds for the price. Teacher approved 🎻",
        "Shoutout to <B>, swapped my son's 3/4 violin for a full size in two days, no fuss",
        "the tuner who came out today was lovely, piano sounds like a different instrument. cheers <B>",
        "Rent-to-own with <B> is genuinely the only way we could afford a proper piano. 14 months in and nearly ours!",
        "Honestly the easiest rental I've ever done. App, delivery, all sorted. Well done <B>",
    ],
    "de": [
        "Das Digitalpiano von <B> ist heute gekommen, super nette Lieferanten und alles aufgebaut. Danke!",
        "Cello gemietet bei <B>, klingt toll und der Preis passt. Klare Empfehlung",
    ],
    "it": [
        "Violino arrivato perfetto e già accordato, grazie <B>!",
        "Servizio top da <B>, pianoforte consegnato e montato in mezz'ora",
    ],
    "fr": [
        "Le piano numérique loué chez <B> est arrivé nickel, ma fille est aux anges. Merci !",
        "Super service <B>, violon échangé en deux jours sans discuter",
    ],
    "es": [
        "El piano digital de <B> llegó hoy y ya está montado, genial el servicio",
        "Alquilar el violín con <B> ha sido facilísimo, lo recomiendo",
    ],
}

PRAISE_AGAIN = {
    "pt": [
        "Terceira afinação com a <B> e mais uma vez o mesmo técnico simpático, pontualíssimo",
        "Mais uma vez a <B> a resolver tudo numa chamada. Continuo fã",
        "outra vez entrega antes da hora marcada, já é hábito convosco <B> 😄",
    ],
    "en": [
        "Second rental from <B> this year and once again spot on, same friendly driver too",
        "Still loving the cello from <B>, third month now and not a single problem",
        "Yet again <B> sorted a swap the same week. Never had to chase them once",
    ],
    "de": ["Schon die zweite Miete bei <B> und wieder alles pünktlich. Weiter so"],
    "it": ["Ancora una volta <B> puntualissimi, terza accordatura e sempre perfetta"],
    "fr": ["Encore une fois <B> au top, deuxième location et toujours aussi simple"],
    "es": ["Otra vez <B> puntuales, segunda afinación y perfecta como siempre"],
}

PRAISE_GRIPE = {
    "pt": [
        "Adoro o piano, só o banco range um bocadinho. De resto tudo ótimo <B>",
        "Violino ótimo, só o estojo fecha mal. Mas pelo preço não me queixo",
        "Tudo impecável, só acho que a app podia avisar a hora da entrega com mais antecedência",
    ],
    "en": [
        "Really happy with the piano, only thing is the sustain pedal squeaks a bit. Otherwise great <B>",
        "Lovely violin, shame the rosin they send is so cheap. Still a great deal",
        "All good, wish the app gave a tighter delivery slot than 8-6 though",
    ],
    "de": ["Alles gut, nur die Noten-Ablage wackelt ein bisschen. Sonst top <B>"],
    "it": ["Tutto bene, solo il leggio è un po' traballante. Per il resto ottimo"],
    "fr": ["Très bien, juste la housse du violon qui ferme mal. Sinon rien à dire"],
    "es": ["Todo bien, solo que el atril baila un poco. Por lo demás genial"],
}

REVIEWS = {
    "pt": [
        (5, "Excelente serviço, entrega e montagem sem problemas."),
        (5, "Violino em ótimo estado, recomendo."),
        (4, "Bom preço e piano em bom estado, a entrega atrasou meia hora."),
    ],
    "en": [
        (5, "Great instrument, great service, would rent again."),
        (5, "Cello arrived well packed and in tune. Very happy."),
        (4, "Good value, the delivery window was long but they called ahead."),
    ],
    "de": [(5, "Top Zustand, schnelle Lieferung."), (4, "Gutes Instrument, Lieferung etwas spät.")],
    "it": [(5, "Strumento perfetto, consegna veloce.")],
    "fr": [(5, "Instrument impeccable, livraison rapide.")],
    "es": [(5, "Instrumento perfecto y entrega rápida.")],
}

# (customer question, agent answer, customer thanks)
CHAT_Q = {
    "pt": [
        (
            "olá, posso trocar o violino 3/4 por um 4/4 a meio do contrato?",
            "Olá! Pode sim, a troca é gratuita e os meses já pagos contam para a compra. Quer que marque a recolha?",
            "sim por favor, obg",
        ),
        (
            "Boa tarde, a afinação está incluída no plano Care ou paga-se à parte?",
            "Boa tarde! No Arpeggo Care tem uma afinação por ano incluída, pode marcar na app em Care > Afinação.",
            "Perfeito, obrigada!",
        ),
        (
            "Quantos meses faltam para o piano ser meu?",
            "Olá! Pagou 11 de 24 meses, faltam 13. Pode ver o contador em Conta > Compra.",
            "top, obrigado",
        ),
    ],
    "en": [
        (
            "hi can I pause the rental over the summer holidays?",
            "Hi! Yes, you can pause for up to 2 months once a year under Account > Rentals > Pause.",
            "amazing thanks",
        ),
        (
            "Do you deliver upright pianos to a first floor flat with no lift?",
            "Hi! Yes, our two-person team does stairs at no extra charge, just mention it in the delivery notes.",
            "Great, thank you!",
        ),
        (
            "how do I book the annual tuning on the Care plan?",
            "Hi there! In the app go to Care > Tuning and pick a slot, it's included in your plan.",
            "done, cheers",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich das Cello auch im Laden in der Stadt zurückgeben?",
            "Hallo! Ja, bei jedem Partnerladen, die Liste steht unter /shops.",
            "Danke!",
        ),
    ],
    "it": [
        (
            "Ciao, posso prolungare il noleggio del sax di un mese?",
            "Ciao! Certo, da app in Noleggi > Prolunga, il prezzo resta uguale.",
            "grazie mille",
        ),
    ],
    "fr": [
        (
            "Bonjour, la housse du violon est-elle comprise dans la location ?",
            "Bonjour ! Oui, housse, archet et colophane sont inclus.",
            "Merci beaucoup",
        ),
    ],
    "es": [
        (
            "Hola, ¿el piano digital viene con banqueta?",
            "¡Hola! Sí, la banqueta y los auriculares vienen incluidos.",
            "genial, gracias",
        ),
    ],
}

# (subject, e-mail question, agent answer)
MAIL_Q = {
    "pt": [
        (
            "Dúvida sobre aluguer com opção de compra",
            "Bom dia,\n\nGostava de saber se posso comprar o piano antes dos 24 meses e quanto fica.\n\nCumprimentos",
            "Bom dia,\n\nPode sim: o valor em falta aparece em Conta > Compra e pode pagar de uma vez.\n\nCom os melhores cumprimentos,\n<agent>, Arpeggo",
        ),
    ],
    "en": [
        (
            "Question about the Care plan",
            "Hello,\n\nDoes the Care plan cover a broken string if my son is a bit rough with the guitar?\n\nThanks",
            "Hello,\n\nYes, strings and small repairs are covered by Care at no charge, just send us a photo in the app.\n\nKind regards,\n<agent>, Arpeggo",
        ),
    ],
    "de": [
        (
            "Frage zur Miete",
            "Hallo,\n\nzählen die Mietmonate auch, wenn ich das Klavier später kaufen möchte?\n\nGrüße",
            "Hallo,\n\nja, alle gezahlten Monate werden angerechnet.\n\nViele Grüße\n<agent>, Arpeggo",
        ),
    ],
    "it": [
        (
            "Domanda consegna",
            "Buongiorno, consegnate anche il sabato?\nGrazie",
            "Buongiorno, sì, il sabato mattina dalle 8 alle 13.\nCordiali saluti\n<agent>, Arpeggo",
        ),
    ],
    "fr": [
        (
            "Question livraison",
            "Bonjour, livrez-vous aussi le samedi ?\nMerci",
            "Bonjour, oui, le samedi de 8h à 13h.\nBien cordialement,\n<agent>, Arpeggo",
        ),
    ],
    "es": [
        (
            "Pregunta entrega",
            "Hola, ¿entregáis también los sábados?\nGracias",
            "Hola, sí, los sábados de 8 a 13 h.\nUn saludo,\n<agent>, Arpeggo",
        ),
    ],
}

# (transcript, agent follow-up e-mail)
CALL_Q = {
    "pt": [
        (
            "bom dia queria saber se o violoncelo pode ir num estojo rígido para as viagens da escola se há essa opção",
            "Olá,\n\nna sequência da sua chamada: o estojo rígido custa mais 4 € por mês, já o adicionámos.\n\nCumprimentos,\n<agent>",
        ),
    ],
    "en": [
        (
            "hi yeah just ringing to ask if the drum kit comes with headphones because the neighbours you know",
            "Hi,\n\nFollowing your call: yes, headphones are included with every electronic kit.\n\nBest wishes,\n<agent>",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob das Klavier auch gestimmt geliefert wird",
            "Hallo,\n\nwie am Telefon besprochen: ja, jedes Klavier wird vor der Lieferung gestimmt.\n\nGrüße\n<agent>",
        ),
    ],
    "it": [
        (
            "buongiorno volevo sapere se il violino è già accordato quando arriva",
            "Buongiorno,\n\ncome detto al telefono: sì, arriva accordato.\n\nSaluti\n<agent>",
        ),
    ],
    "fr": [
        (
            "bonjour je voulais savoir si le piano est accordé à la livraison",
            "Bonjour,\n\nsuite à votre appel : oui, il est accordé avant la livraison.\n\nCordialement\n<agent>",
        ),
    ],
    "es": [
        (
            "hola quería saber si el piano viene afinado cuando lo traéis",
            "Hola,\n\ncomo hablamos: sí, llega afinado.\n\nSaludos\n<agent>",
        ),
    ],
}

SURVEY_WORDS = {
    "pt": ["", "top", "👍", "Muito bom", "5 estrelas", "nada a apontar"],
    "en": ["", "great", "👍", "spot on", "no complaints", "🎹"],
    "de": ["", "super", "👍"],
    "it": ["", "ottimo", "👍"],
    "fr": ["", "parfait", "👍"],
    "es": ["", "genial", "👍"],
}

NIGHT_POSTS = {
    "pt": [
        "3 da manhã e eu a praticar escalas com auscultadores no piano da <B>. Abençoados auscultadores",
        "turno da noite acabou, vim para casa tocar um bocado de violoncelo. melhor aluguer de sempre <B>",
    ],
    "en": [
        "2am, can't sleep, headphones on, digital piano from <B> going. Bliss",
        "night shift done, 20 minutes of sax practice before bed (mute on, neighbours safe) thanks <B>",
    ],
    "de": ["Nachtschicht vorbei, noch kurz am Digitalpiano von <B> mit Kopfhörer. Herrlich"],
    "it": ["Le 2 di notte e suono il piano di <B> con le cuffie, che pace"],
    "fr": ["2h du mat, casque sur les oreilles, piano <B>. Le bonheur"],
    "es": ["Las 3 de la mañana y yo con el piano de <B> y los cascos. Gloria"],
}

NIGHT_CHAT = {
    "pt": [
        (
            "ainda está alguém? posso devolver o violino numa loja diferente da que levantei?",
            "Olá! Sim, em qualquer loja parceira.",
            "obrigada, boa noite",
        )
    ],
    "en": [
        (
            "anyone about? does the rent-to-own count pause months too?",
            "Hi! Paused months don't count, but nothing is lost.",
            "ok thanks, night",
        )
    ],
    "de": [
        (
            "Noch jemand da? Kann ich die Miete im Sommer pausieren?",
            "Hallo! Ja, bis zu zwei Monate.",
            "danke, gute Nacht",
        )
    ],
    "it": [
        (
            "c'è qualcuno? posso pagare il noleggio ogni tre mesi?",
            "Ciao! Sì, da app in Pagamenti.",
            "grazie, buonanotte",
        )
    ],
    "fr": [
        (
            "il y a quelqu'un ? je peux payer tous les trois mois ?",
            "Bonjour ! Oui, dans l'app, rubrique Paiements.",
            "merci, bonne nuit",
        )
    ],
    "es": [
        (
            "¿hay alguien? ¿puedo pagar cada tres meses?",
            "¡Hola! Sí, en la app, en Pagos.",
            "gracias, buenas noches",
        )
    ],
}

# ---------------------------------------------------------------- problems
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

TOPIC = {
    "no_show": {
        "pt": "piano nunca entregue",
        "en": "piano never delivered",
        "de": "Klavier nie geliefert",
        "it": "pianoforte mai consegnato",
        "fr": "piano jamais livré",
        "es": "piano nunca entregado",
    },
    "double_charge": {
        "pt": "mensalidade cobrada duas vezes",
        "en": "rent charged twice",
        "de": "Miete doppelt abgebucht",
        "it": "canone addebitato due volte",
        "fr": "loyer prélevé deux fois",
        "es": "cuota cobrada dos veces",
    },
    "damage": {
        "pt": "piano com teclas mortas",
        "en": "piano arrived with dead keys",
        "de": "Digitalpiano mit toten Tasten",
        "it": "piano con tasti muti",
        "fr": "piano avec touches muettes",
        "es": "piano con teclas muertas",
    },
    "refund": {
        "pt": "caução não devolvida",
        "en": "deposit not returned",
        "de": "Kaution nicht zurück",
        "it": "deposito non restituito",
        "fr": "caution non rendue",
        "es": "fianza no devuelta",
    },
    "wrong_price": {
        "pt": "preço Care não aplicado",
        "en": "Care price not applied",
        "de": "Care-Preis nicht angewendet",
        "it": "prezzo Care non applicato",
        "fr": "tarif Care non appliqué",
        "es": "precio Care no aplicado",
    },
    "cancel_fee": {
        "pt": "taxa de cancelamento indevida",
        "en": "unfair cancellation fee",
        "de": "Stornogebühr zu Unrecht",
        "it": "penale di annullamento ingiusta",
        "fr": "frais d'annulation injustes",
        "es": "penalización injusta",
    },
}

# Short complaint (e-mail, chat, web form): one or two sentences.
SHORT = {
    "no_show": {
        "pt": [
            "A app diz que o piano foi ENTREGUE às 10h12 e eu estive em casa o dia todo e não apareceu ninguém. A professora veio para a primeira aula e foi-se embora. Onde está o piano?",
            "piano marcado como entregue e nada!! tirei o dia de ferias para isto",
        ],
        "en": [
            "The app says the piano was DELIVERED at 10:12. I was in all day, nobody came, no card, nothing. My daughter's first lesson was today. Where is it?",
            "marked as delivered, never arrived. took a day off work for this",
        ],
        "de": [
            "Laut App wurde das Klavier um 10:12 GELIEFERT. Ich war den ganzen Tag zuhause, niemand kam. Wo ist es?"
        ],
        "it": [
            "L'app dice che il pianoforte è stato CONSEGNATO alle 10:12, ero a casa tutto il giorno e non è venuto nessuno."
        ],
        "fr": [
            "L'appli dit que le piano a été LIVRÉ à 10h12, j'étais là toute la journée, personne n'est venu."
        ],
        "es": [
            "La app dice que el piano se ENTREGÓ a las 10:12, estuve en casa todo el día y no vino nadie."
        ],
    },
    "double_charge": {
        "pt": [
            "Cobraram-me a mensalidade do violoncelo DUAS vezes este mês (<amt> cada). Fiquei sem saldo para a renda da casa. Quero o dinheiro de volta já.",
            "mensalidade debitada 2x!! expliquem-me isto",
        ],
        "en": [
            "You've taken this month's rent TWICE (<amt> each). My direct debit for the council tax bounced because of it. I want it back today.",
            "charged twice for the same month?? sort it out please",
        ],
        "de": [
            "Sie haben die Monatsmiete ZWEIMAL abgebucht (je <amt>). Bitte sofort zurückbuchen."
        ],
        "it": [
            "Mi avete addebitato il canone DUE volte questo mese (<amt> ciascuno). Rivoglio i soldi."
        ],
        "fr": [
            "Vous avez prélevé le loyer DEUX fois ce mois-ci (<amt> chacun). Remboursez-moi svp."
        ],
        "es": [
            "Me habéis cobrado la cuota DOS veces este mes (<amt> cada una). Quiero el dinero ya."
        ],
    },
    "damage": {
        "pt": [
            "O piano digital chegou com cinco teclas mudas no registo grave e o pedal não funciona. Paguei para o meu filho estudar, não para olhar para ele.",
            "piano chegou com teclas que nao tocam. isto é o que alugam??",
        ],
        "en": [
            "The digital piano arrived with five dead keys in the bass and the pedal does nothing. Exam is in three weeks.",
            "piano came with dead keys. not what we're paying for",
        ],
        "de": ["Das Digitalpiano kam mit fünf stummen Tasten im Bass und das Pedal geht nicht."],
        "it": [
            "Il piano digitale è arrivato con cinque tasti muti nei bassi e il pedale non funziona."
        ],
        "fr": [
            "Le piano numérique est arrivé avec cinq touches muettes dans les graves et la pédale ne marche pas."
        ],
        "es": [
            "El piano digital llegó con cinco teclas mudas en los graves y el pedal no funciona."
        ],
    },
    "refund": {
        "pt": [
            "Devolvi o violoncelo na loja há TRÊS semanas, tenho o talão, e a caução de <amt> continua cativa no cartão.",
            "3 semanas à espera da caução. quanto tempo mais?",
        ],
        "en": [
            "I returned the cello to the shop THREE weeks ago, I have the receipt, and the <amt> deposit is still held on my card.",
            "3 weeks and still no deposit back. how long does it take??",
        ],
        "de": [
            "Ich habe das Cello vor DREI Wochen zurückgegeben und die Kaution von <amt> ist immer noch blockiert."
        ],
        "it": [
            "Ho restituito il violoncello TRE settimane fa e il deposito di <amt> è ancora bloccato."
        ],
        "fr": [
            "J'ai rendu le violoncelle il y a TROIS semaines et la caution de <amt> est toujours bloquée."
        ],
        "es": ["Devolví el violonchelo hace TRES semanas y la fianza de <amt> sigue retenida."],
    },
    "wrong_price": {
        "pt": [
            "Sou cliente Care desde janeiro e cobraram-me o preço normal do piano, <amt> a mais. Isto já não é engano, é a segunda fatura.",
            "tenho o plano care e pago preço normal?? para que serve entao",
        ],
        "en": [
            "I'm on the Care plan and I've been charged the standard rate again, <amt> more than I should pay. What am I paying Care for?",
            "care member charged full price. again.",
        ],
        "de": ["Ich habe den Care-Plan und zahle trotzdem den normalen Preis, <amt> zu viel."],
        "it": ["Ho il piano Care e mi avete fatto pagare il prezzo pieno, <amt> in più."],
        "fr": ["J'ai le plan Care et vous m'avez facturé le prix normal, <amt> de trop."],
        "es": ["Tengo el plan Care y me habéis cobrado el precio normal, <amt> de más."],
    },
    "cancel_fee": {
        "pt": [
            "Cancelei a entrega do violino com cinco dias de antecedência, como diz nas condições, e cobraram-me <amt> de taxa. Não aceito.",
            "taxa de cancelamento de <amt> porquê? cancelei 5 dias antes",
        ],
        "en": [
            "I cancelled the violin delivery five days ahead, exactly as your terms say, and you've charged me a <amt> fee. Not having it.",
            "why a <amt> cancellation fee when I cancelled 5 days early?",
        ],
        "de": [
            "Ich habe die Lieferung fünf Tage vorher storniert und trotzdem <amt> Gebühr bezahlt."
        ],
        "it": [
            "Ho annullato la consegna cinque giorni prima e mi avete addebitato <amt> di penale."
        ],
        "fr": ["J'ai annulé la livraison cinq jours avant et vous m'avez facturé <amt> de frais."],
        "es": ["Cancelé la entrega cinco días antes y me habéis cobrado <amt> de penalización."],
    },
}

SOCIAL = {
    "no_show": {
        "pt": '@Arpeggo piano "entregue" às 10h12 e não está cá em casa. alguém me explica?? 😡',
        "en": "@Arpeggo app says DELIVERED. no piano, no driver, no call. daughter in tears. brilliant",
        "de": "@Arpeggo angeblich GELIEFERT. Kein Klavier da. Super.",
        "it": '@Arpeggo pianoforte "consegnato"... a chi??',
        "fr": "@Arpeggo piano soi-disant LIVRÉ. Il est où ??",
        "es": '@Arpeggo piano "entregado". ¿Dónde? 😡',
    },
    "double_charge": {
        "pt": "@Arpeggo cobraram-me a mensalidade 2 VEZES. obrigadinho pela renda em atraso",
        "en": "@Arpeggo charged me TWICE this month. thanks for the bounced direct debit",
        "de": "@Arpeggo ZWEIMAL abgebucht. Danke für nichts",
        "it": "@Arpeggo addebito DOPPIO. complimenti",
        "fr": "@Arpeggo prélevé DEUX fois. Merci bien",
        "es": "@Arpeggo me cobráis DOS veces. Gracias por nada",
    },
    "damage": {
        "pt": "@Arpeggo piano alugado chega com 5 teclas mortas. é isto a qualidade?",
        "en": "@Arpeggo rental piano with five dead keys. exam in 3 weeks. cheers",
        "de": "@Arpeggo Mietpiano mit fünf toten Tasten. Toll",
        "it": "@Arpeggo piano con cinque tasti muti. bravi",
        "fr": "@Arpeggo piano loué avec cinq touches muettes. Bravo",
        "es": "@Arpeggo piano con cinco teclas muertas. Genial",
    },
    "refund": {
        "pt": "@Arpeggo 3 SEMANAS sem a caução. devolvam o meu dinheiro",
        "en": "@Arpeggo THREE weeks waiting for my deposit. give it back",
        "de": "@Arpeggo DREI Wochen ohne Kaution. Zurückzahlen bitte",
        "it": "@Arpeggo TRE settimane senza deposito",
        "fr": "@Arpeggo TROIS semaines sans ma caution",
        "es": "@Arpeggo TRES semanas sin mi fianza",
    },
    "wrong_price": {
        "pt": "@Arpeggo pago o plano Care para pagar preço normal? piada",
        "en": "@Arpeggo paying for Care to be charged full price. what a joke",
        "de": "@Arpeggo Care zahlen und Normalpreis bezahlen. Witz",
        "it": "@Arpeggo pago Care e pago prezzo pieno. ridicolo",
        "fr": "@Arpeggo je paie Care et je paie plein tarif. Sérieux ?",
        "es": "@Arpeggo pago Care y precio completo. Vaya broma",
    },
    "cancel_fee": {
        "pt": "@Arpeggo cancelei 5 dias antes e cobram taxa. vergonha",
        "en": "@Arpeggo cancelled 5 days early and still got a fee. shameful",
        "de": "@Arpeggo 5 Tage vorher storniert und trotzdem Gebühr. Frechheit",
        "it": "@Arpeggo annullato 5 giorni prima e mi fate pagare. vergogna",
        "fr": "@Arpeggo annulé 5 jours avant et des frais quand même. Honteux",
        "es": "@Arpeggo cancelé 5 días antes y me cobráis. Vergüenza",
    },
}

CALL = {
    "no_show": {
        "pt": "sim boa tarde liguei porque a app diz que o piano foi entregue às dez e doze e não foi eu estive em casa o dia todo a professora veio e foi embora quero saber onde está o piano",
        "en": "yeah hi I'm calling because the app says the piano was delivered at ten twelve and it wasn't I was in all day nobody came where is it",
        "de": "ja hallo die App sagt das Klavier wurde um zehn Uhr zwölf geliefert das stimmt nicht ich war zuhause",
        "it": "sì buongiorno l'app dice consegnato alle dieci e dodici ma non è arrivato niente",
        "fr": "oui bonjour l'appli dit livré à dix heures douze mais rien n'est arrivé",
        "es": "sí hola la app dice entregado a las diez y doce y no ha venido nadie",
    },
    "double_charge": {
        "pt": "olá estou a ligar porque me cobraram a mensalidade duas vezes <amt> e <amt> e fiquei sem dinheiro para a renda preciso que devolvam hoje",
        "en": "hiya I've been charged twice for the rent <amt> and <amt> and my council tax bounced I need that back today please",
        "de": "hallo Sie haben die Miete zweimal abgebucht <amt> zweimal das muss zurück",
        "it": "buongiorno mi avete addebitato il canone due volte <amt> due volte",
        "fr": "bonjour vous avez prélevé deux fois <amt> il faut me rembourser",
        "es": "hola me habéis cobrado dos veces <amt> necesito que me lo devolváis",
    },
    "damage": {
        "pt": "boa tarde o piano digital chegou com cinco teclas que não tocam e o pedal também não o meu filho tem exame daqui a três semanas",
        "en": "hello the digital piano came with five keys that don't make a sound and the pedal's dead my son's got his exam in three weeks",
        "de": "guten Tag das Digitalpiano hat fünf Tasten die nicht gehen und das Pedal auch nicht",
        "it": "buongiorno il piano ha cinque tasti muti e il pedale non va",
        "fr": "bonjour le piano a cinq touches muettes et la pédale ne marche pas",
        "es": "hola el piano tiene cinco teclas mudas y el pedal no va",
    },
    "refund": {
        "pt": "olá devolvi o violoncelo há três semanas tenho o talão e a caução de <amt> ainda está presa no cartão",
        "en": "hi I returned the cello three weeks ago got the receipt and the <amt> deposit is still on my card",
        "de": "hallo ich habe das Cello vor drei Wochen zurückgegeben und die <amt> Kaution ist noch gesperrt",
        "it": "salve ho restituito il violoncello tre settimane fa e il deposito di <amt> è ancora bloccato",
        "fr": "bonjour j'ai rendu le violoncelle il y a trois semaines et les <amt> de caution sont bloqués",
        "es": "hola devolví el violonchelo hace tres semanas y los <amt> de fianza siguen bloqueados",
    },
    "wrong_price": {
        "pt": "bom dia eu tenho o plano care e estão a cobrar-me o preço normal são mais <amt> por mês já é a segunda vez",
        "en": "morning I'm on the Care plan and you're charging me the normal price that's <amt> extra second month running",
        "de": "guten Morgen ich habe Care und zahle den Normalpreis <amt> zu viel",
        "it": "buongiorno ho il piano Care e pago il prezzo pieno <amt> in più",
        "fr": "bonjour j'ai Care et je paie le plein tarif <amt> de trop",
        "es": "buenos días tengo Care y me cobráis precio normal <amt> de más",
    },
    "cancel_fee": {
        "pt": "olá cancelei a entrega do violino cinco dias antes e cobraram-me <amt> de taxa as condições dizem quarenta e oito horas",
        "en": "hi I cancelled the violin delivery five days before and got charged <amt> your terms say forty eight hours",
        "de": "hallo ich habe fünf Tage vorher storniert und <amt> Gebühr bezahlt",
        "it": "salve ho annullato cinque giorni prima e mi avete addebitato <amt>",
        "fr": "bonjour j'ai annulé cinq jours avant et on m'a facturé <amt>",
        "es": "hola cancelé cinco días antes y me cobrasteis <amt>",
    },
}

# Long e-mails with the complaint inside a letter (pt and en; the bilingual one in en).
LONG = {
    "pt": [
        "Boa noite,\n\nescrevo-vos do carro, à porta do ginásio onde a minha filha tem natação, porque é o único bocado do dia em que consigo sentar-me. "
        "Esta semana foi de loucos: a minha mãe foi operada à anca na segunda, tenho andado entre o hospital em <town> e o trabalho, e o meu marido está embarcado até ao fim do mês.\n\n"
        "No meio disto tudo, a única coisa que eu queria que corresse bem era o aluguer. O <instr> era uma surpresa para a minha filha, que anda a juntar moedas há um ano para as aulas. "
        "<short>\n\n"
        "Liguei duas vezes e ninguém atende depois das seis. Sinceramente, pensei que convosco ia ser diferente.\n\nAguardo resposta,\n<name>",
        "Bom dia,\n\nsou professora primária e passo o dia a pedir aos meus alunos que sejam pacientes, por isso vou tentar ser paciente também. "
        'Mudámo-nos para <town> em agosto, a casa ainda tem caixas por todo o lado e o <instr> era a primeira coisa "normal" da nossa vida nova.\n\n'
        "<short>\n\n"
        "Não quero descontos nem desculpas bonitas. Quero que resolvam isto (<prob>) e que alguém me diga o que vai acontecer e quando.\n\nObrigada,\n<name>",
    ],
    "en": [
        "Hi,\n\nI'm writing this on my lunch break in the staff room, so apologies if it rambles. It's been a long month: we've just had our second baby, "
        "my husband is back at work, and the one thing keeping our eldest sane is his music. He's been saving his birthday money for lessons since Easter.\n\n"
        "So we rented the <instr> from you, and now this. <short>\n\n"
        "I rang on Tuesday and was told someone would call back. Nobody did. I don't want a voucher, I want this fixed and a straight answer.\n\nRegards,\n<name>",
        "Dear Arpeggo,\n\nI run a small bakery in <town>, so I'm up at four and in bed by nine, and I really don't have the time for this. "
        "My partner plays the cello in a community orchestra and the concert is in a fortnight, which is why we rented from you in the first place.\n\n"
        "<short>\n\nI've been a customer for over a year and recommended you to half the orchestra. Please sort this out this week (<prob>).\n\n<name>",
    ],
}

# Later contacts: still open, third (competitor), fourth.
LATER = {
    "pt": [
        "Volto a escrever sobre o processo <case>: <topic>. Continua tudo igual, ninguém resolveu nada.",
        "Processo <case> ainda em aberto. Já expliquei tudo, <topic>. Quanto tempo mais?",
    ],
    "en": [
        "Writing again about case <case>: <topic>. Still not sorted, nobody has done anything.",
        "Case <case> is still open. I've explained it all already, <topic>. How much longer?",
    ],
    "de": ["Ich schreibe nochmal wegen Vorgang <case>: <topic>. Immer noch nichts passiert."],
    "it": ["Scrivo di nuovo per la pratica <case>: <topic>. Ancora niente."],
    "fr": ["Je réécris pour le dossier <case> : <topic>. Toujours rien."],
    "es": ["Escribo otra vez por el caso <case>: <topic>. Sigue igual."],
}
THIRD = {
    "pt": [
        "Terceira vez que contacto por causa do <case> (<topic>). Uma colega aluga na <comp> e lá trocam o instrumento no dia seguinte.",
        "Pela terceira vez, processo <case>: <topic>. Já fui ver quanto cobra a <comp>.",
    ],
    "en": [
        "Third time I'm contacting you about <case> (<topic>). A friend rents from <comp> and they swap things the next day.",
        "Third time now, case <case>: <topic>. I've had a look at what <comp> charge.",
    ],
    "de": [
        "Zum dritten Mal wegen <case> (<topic>). Eine Kollegin mietet bei <comp>, da geht das am nächsten Tag."
    ],
    "it": [
        "Terza volta per la pratica <case> (<topic>). Un'amica noleggia da <comp> e lì risolvono in un giorno."
    ],
    "fr": [
        "Troisième fois pour le dossier <case> (<topic>). Une amie loue chez <comp>, eux règlent ça en un jour."
    ],
    "es": [
        "Tercera vez por el caso <case> (<topic>). Una amiga alquila en <comp> y allí lo arreglan en un día."
    ],
}
FOURTH = {
    "pt": "QUARTA vez. Processo <case>, <topic>. Ninguém me responde a sério.",
    "en": "FOURTH time. Case <case>, <topic>. Is anyone actually reading these?",
    "de": "Zum VIERTEN Mal. Vorgang <case>, <topic>. Liest das überhaupt jemand?",
    "it": "QUARTA volta. Pratica <case>, <topic>. Qualcuno legge?",
    "fr": "QUATRIÈME fois. Dossier <case>, <topic>. Quelqu'un lit ces messages ?",
    "es": "CUARTA vez. Caso <case>, <topic>. ¿Alguien lee esto?",
}
CALL_LATER = {
    "pt": "olá estou a ligar outra vez por causa do processo <case> <topic> ainda não está resolvido",
    "en": "hi it's me again about case <case> <topic> still not sorted",
    "de": "hallo ich rufe wieder an wegen Vorgang <case> <topic> immer noch nicht erledigt",
    "it": "salve richiamo per la pratica <case> <topic> ancora niente",
    "fr": "bonjour je rappelle pour le dossier <case> <topic> toujours rien",
    "es": "hola llamo otra vez por el caso <case> <topic> sigue sin resolver",
}

SUBJ_CASE = {
    "pt": "RE: Processo <case>",
    "en": "Re: Your case <case>",
    "de": "AW: Vorgang <case>",
    "it": "R: Pratica <case>",
    "fr": "RE : Dossier <case>",
    "es": "RE: Caso <case>",
}
SUBJ_COMPLAINT = {
    "pt": "Reclamação: <topic>",
    "en": "Complaint: <topic>",
    "de": "Beschwerde: <topic>",
    "it": "Reclamo: <topic>",
    "fr": "Réclamation : <topic>",
    "es": "Reclamación: <topic>",
}

# Agents
AGENTS = ["Sara", "Tomás", "Helen", "Marco", "Lea", "Noémie", "Javier", "Carla"]
CASE_OPENED = {
    "pt": "Olá <name>,\n\nlamentamos muito. Abrimos o processo <case> e vamos responder em 24 horas.\n\n<agent>, Apoio Arpeggo",
    "en": "Hi <name>,\n\nI'm really sorry about this. I've opened case <case> and we'll come back to you within 24 hours.\n\n<agent>, Arpeggo Support",
    "de": "Hallo <name>,\n\ndas tut uns leid. Wir haben den Vorgang <case> eröffnet und melden uns binnen 24 Stunden.\n\n<agent>, Arpeggo",
    "it": "Ciao <name>,\n\nci dispiace. Abbiamo aperto la pratica <case>, risposta entro 24 ore.\n\n<agent>, Arpeggo",
    "fr": "Bonjour <name>,\n\nnous sommes désolés. Le dossier <case> est ouvert, réponse sous 24 heures.\n\n<agent>, Arpeggo",
    "es": "Hola <name>,\n\nlo sentimos mucho. Hemos abierto el caso <case>, respuesta en 24 horas.\n\n<agent>, Arpeggo",
}
CHAT_CASE = {
    "pt": "Lamento imenso! Abri o processo <case>, a equipa trata disto hoje.",
    "en": "So sorry about that! I've opened case <case>, the team will pick it up today.",
    "de": "Das tut mir leid! Vorgang <case> ist eröffnet.",
    "it": "Mi dispiace! Ho aperto la pratica <case>.",
    "fr": "Désolé ! J'ai ouvert le dossier <case>.",
    "es": "¡Lo siento! He abierto el caso <case>.",
}
CHAT_URGENT = {
    "pt": "Acrescentei ao processo <case> e marquei como urgente.",
    "en": "Added to case <case> and marked urgent.",
    "de": "Zum Vorgang <case> hinzugefügt, als dringend markiert.",
    "it": "Aggiunto alla pratica <case>, segnata urgente.",
    "fr": "Ajouté au dossier <case>, marqué urgent.",
    "es": "Añadido al caso <case>, marcado urgente.",
}
QUALITY_LEAD = {
    "pt": "Olá <name>,\n\no seu processo <case> passou para a nossa responsável de qualidade, que lhe liga até quinta-feira ao fim do dia.\n\n<agent>, Arpeggo",
    "en": "Hi <name>,\n\nyour case <case> is now with our quality lead, who will ring you by the end of Thursday.\n\n<agent>, Arpeggo",
    "de": "Hallo <name>,\n\nIhr Vorgang <case> liegt jetzt bei unserer Qualitätsleitung, die Sie bis Donnerstagabend anruft.\n\n<agent>, Arpeggo",
    "it": "Ciao <name>,\n\nla pratica <case> è passata alla responsabile qualità, che ti chiama entro giovedì sera.\n\n<agent>, Arpeggo",
    "fr": "Bonjour <name>,\n\nvotre dossier <case> est chez notre responsable qualité, qui vous appelle d'ici jeudi soir.\n\n<agent>, Arpeggo",
    "es": "Hola <name>,\n\ntu caso <case> lo tiene nuestra responsable de calidad, que te llama antes del jueves por la tarde.\n\n<agent>, Arpeggo",
}
GOOD_NEWS = {
    "pt": "Olá <name>,\n\nboas notícias sobre o processo <case>: já está resolvido do nosso lado. Pode confirmar-nos que está tudo bem?\n\n<agent>, Arpeggo",
    "en": "Hi <name>,\n\ngood news on case <case>: it's sorted on our side. Could you confirm everything is fine now?\n\n<agent>, Arpeggo",
    "de": "Hallo <name>,\n\ngute Nachricht zu <case>: auf unserer Seite erledigt. Können Sie bestätigen, dass alles passt?\n\n<agent>, Arpeggo",
    "it": "Ciao <name>,\n\nbuone notizie sulla pratica <case>: risolta. Ci confermi che è tutto a posto?\n\n<agent>, Arpeggo",
    "fr": "Bonjour <name>,\n\nbonne nouvelle pour le dossier <case> : c'est réglé. Pouvez-vous confirmer ?\n\n<agent>, Arpeggo",
    "es": "Hola <name>,\n\nbuenas noticias del caso <case>: resuelto. ¿Nos confirmas que todo está bien?\n\n<agent>, Arpeggo",
}
CONFIRM = {
    "pt": [
        "Confirmo, processo <case> resolvido. Obrigada pela rapidez!",
        "sim tudo ok com o <case>, obrigado",
    ],
    "en": [
        "Confirmed, case <case> is sorted. Thanks for getting on it.",
        "yep all good re <case>, thanks",
    ],
    "de": ["Bestätigt, <case> ist erledigt. Danke!"],
    "it": ["Confermo, pratica <case> risolta. Grazie!"],
    "fr": ["Je confirme, dossier <case> réglé. Merci !"],
    "es": ["Confirmo, caso <case> resuelto. ¡Gracias!"],
}
APOLOGY = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava de cabeça perdida. Obrigada pela ajuda.",
        "ontem exagerei, desculpem. vocês não têm culpa de tudo",
    ],
    "en": [
        "Sorry for the tone yesterday, it had been a rotten day. Thanks for sorting it.",
        "apologies for yesterday's message, bit of a meltdown. appreciate the help",
    ],
    "de": ["Entschuldigung für gestern, war ein schlechter Tag. Danke."],
    "it": ["Scusate per ieri, giornata storta. Grazie."],
    "fr": ["Désolée pour hier, mauvaise journée. Merci."],
    "es": ["Perdón por lo de ayer, mal día. Gracias."],
}
LOW_CSAT = {
    "pt": ["", "mau", "péssimo"],
    "en": ["", "poor", "rubbish"],
    "de": ["", "schlecht"],
    "it": ["", "pessimo"],
    "fr": ["", "nul"],
    "es": ["", "fatal"],
}
LOW_NPS = {
    "pt": ["", "não recomendo", "desiludida"],
    "en": ["", "wouldn't recommend", "let down"],
    "de": ["", "enttäuscht"],
    "it": ["", "deluso"],
    "fr": ["", "déçu"],
    "es": ["", "decepcionado"],
}

# ---------------------------------------------------------------- slide (six steps)
SLIDE = {
    "pt": [
        "A entrega do piano veio com 4 horas de atraso e sem aviso nenhum. Fiquei em casa à espera a manhã inteira.",
        "O piano chegou desafinado e com o banco partido. Já não é o que era, <B>.",
        "Agora a app pede fotografias de cada risco para aceitar a devolução? Sentimo-nos tratados como suspeitos.",
        "A caução subiu para o dobro sem explicação e a anterior demorou 10 dias a voltar. Cada vez pior.",
        'Cobraram-me 40 € de "limpeza" por um violino devolvido impecável, com as vossas próprias fotos a prová-lo. Estou farta.',
        "A minha cunhada aluga na <comp> e já marquei lá o piano para o próximo ano letivo.",
    ],
    "en": [
        "Piano delivery four hours late today and not so much as a text. Whole morning gone.",
        "The replacement piano came out of tune with a wobbly stool. Not the <B> I signed up with.",
        "Now the app wants a photo of every scratch before it'll accept a return? Feels like we're suspects.",
        "Deposit doubled with no explanation and the last one took ten days to come back. Getting worse.",
        'Charged £35 for "cleaning" a violin I returned spotless, with your own app\'s photos proving it. Fed up.',
        "My sister-in-law rents from <comp>, I've booked next year's piano with them.",
    ],
    "de": [
        "Lieferung vier Stunden zu spät, kein Anruf.",
        "Das Ersatzpiano kam verstimmt, der Hocker wackelt. Nicht mehr das <B> von früher.",
        "Jetzt will die App Fotos von jedem Kratzer bei der Rückgabe? Wie Verdächtige.",
        "Kaution verdoppelt ohne Erklärung, die letzte kam erst nach zehn Tagen zurück.",
        '40 € "Reinigung" für eine saubere Geige, eure eigenen Fotos beweisen es. Mir reicht\'s.',
        "Meine Schwägerin mietet bei <comp>, ich habe das Klavier fürs nächste Schuljahr dort gebucht.",
    ],
    "it": [
        "Consegna in ritardo di quattro ore, nessuna chiamata.",
        "Il piano sostitutivo è arrivato scordato e la panca balla. Non è più la <B> di prima.",
        "Ora l'app vuole foto di ogni graffio per il reso? Trattati da sospettati.",
        "Deposito raddoppiato senza spiegazioni, l'ultimo è tornato dopo dieci giorni.",
        '40 € di "pulizia" per un violino restituito perfetto, con le vostre foto. Basta.',
        "Mia cognata noleggia da <comp>, ho prenotato lì il piano per il prossimo anno.",
    ],
    "fr": [
        "Livraison avec quatre heures de retard, aucun appel.",
        "Le piano de remplacement est arrivé désaccordé, banquette bancale. Plus le <B> d'avant.",
        "Maintenant l'appli veut une photo de chaque rayure pour le retour ? On est suspects ?",
        "Caution doublée sans explication, la dernière est revenue en dix jours.",
        '40 € de "nettoyage" pour un violon rendu impeccable, vos propres photos le prouvent. Ras le bol.',
        "Ma belle-sœur loue chez <comp>, j'ai réservé le piano de l'an prochain là-bas.",
    ],
    "es": [
        "Entrega con cuatro horas de retraso y sin avisar.",
        "El piano de sustitución llegó desafinado y la banqueta cojea. Ya no es la <B> de antes.",
        "¿Ahora la app pide fotos de cada arañazo para la devolución? Como sospechosos.",
        "Fianza doblada sin explicación, la anterior tardó diez días en volver.",
        '40 € de "limpieza" por un violín devuelto impecable, con vuestras fotos. Estoy harta.',
        "Mi cuñada alquila en <comp>, ya he reservado allí el piano para el próximo curso.",
    ],
}

CANCEL_REQ = {
    "pt": [
        "Olá,\n\ncomprámos finalmente um piano em segunda mão de uma vizinha, por isso quero cancelar o Arpeggo Care e fechar a conta. Obrigada por tudo.\n\n<name>",
        "Boa tarde,\n\nvamos emigrar para o Canadá no próximo mês. Quero cancelar o plano Care e encerrar a minha conta.\n\n<name>",
    ],
    "en": [
        "Hi,\n\nmy daughter has given up the violin for football, so please cancel Arpeggo Care and close my account.\n\n<name>",
        "Hello,\n\nwe've been given my gran's old piano, so I'd like to cancel the Care plan and close the account.\n\n<name>",
    ],
    "de": [
        "Hallo,\n\nwir haben ein gebrauchtes Klavier gekauft. Bitte Care kündigen und Konto schließen.\n\n<name>"
    ],
    "it": [
        "Buongiorno,\n\nabbiamo comprato un piano usato. Vorrei disdire Care e chiudere l'account.\n\n<name>"
    ],
    "fr": [
        "Bonjour,\n\nnous avons acheté un piano d'occasion. Merci de résilier Care et de fermer le compte.\n\n<name>"
    ],
    "es": [
        "Hola,\n\nhemos comprado un piano de segunda mano. Quiero cancelar Care y cerrar la cuenta.\n\n<name>"
    ],
}
SORRY_GO = {
    "pt": "Olá <name>,\n\nlamentamos vê-la partir. Pode cancelar o Care e fechar a conta na app ou no site, em Conta > Plano.\n\n<agent>, Arpeggo",
    "en": "Hi <name>,\n\nsorry to see you go. You can cancel Care and close the account yourself in the app or on the website, under Account > Plan.\n\n<agent>, Arpeggo",
    "de": "Hallo <name>,\n\nschade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website unter Konto > Plan.\n\n<agent>, Arpeggo",
    "it": "Ciao <name>,\n\nci dispiace vederti andare. Puoi disdire da app o sito, in Account > Piano.\n\n<agent>, Arpeggo",
    "fr": "Bonjour <name>,\n\ndésolés de vous voir partir. Vous pouvez résilier dans l'app ou sur le site, Compte > Plan.\n\n<agent>, Arpeggo",
    "es": "Hola <name>,\n\nsentimos que te vayas. Puedes cancelar en la app o en la web, en Cuenta > Plan.\n\n<agent>, Arpeggo",
}

GRUMBLES = {
    "pt": [
        "A app pede-me o login todos os dias, já chega.",
        "Porque é que o lembrete da mensalidade chega às 6 da manhã?",
        "Meia hora ao telefone para marcar uma afinação. Sempre a mesma coisa.",
        "O estojo do violino tem o fecho partido desde o início e ninguém liga.",
        "3 estrelas. O piano é bom mas o serviço anda fraquinho.",
    ],
    "en": [
        "App logs me out every single day. Every day.",
        "Why does the rent reminder come at 6am?",
        "Half an hour on hold to book a tuning. As usual.",
        "Violin case latch broken since day one and nobody cares.",
        "3 stars. Decent piano, meh service.",
    ],
    "de": ["Die App loggt mich jeden Tag aus.", "Warum kommt die Erinnerung um 6 Uhr morgens?"],
    "it": ["L'app mi scollega ogni giorno.", "Perché il promemoria arriva alle 6 di mattina?"],
    "fr": ["L'appli me déconnecte tous les jours.", "Pourquoi le rappel arrive à 6h du matin ?"],
    "es": ["La app me echa cada día.", "¿Por qué el recordatorio llega a las 6 de la mañana?"],
}

SARCASM = {
    "pt": 'Adorei a entrega "expresso" da <B> às 21h40, mesmo a tempo de tocar piano e acordar o prédio todo 👏',
    "en": 'Love that <B>\'s "next-day" violin came on day four. Really nailing the tempo there 👏',
    "de": 'Danke <B> für die "Express"-Lieferung um 21:40, perfekt für nächtliches Klavierspielen 👏',
    "it": 'Grazie <B> per la consegna "express" alle 21:40, perfetta per suonare di notte 👏',
    "fr": 'Merci <B> pour la livraison "express" à 21h40, idéal pour jouer du piano la nuit 👏',
    "es": 'Gracias <B> por la entrega "exprés" a las 21:40, perfecta para tocar de noche 👏',
}

MILD = {
    "pt": [
        "o mapa das lojas mostra uma loja em Braga que já fechou",
        "as notificações vêm em inglês",
    ],
    "en": [
        "the shop finder shows a shop in Leeds that closed months ago",
        "notifications arrive in Portuguese for some reason",
    ],
    "de": [
        "Die Ladensuche zeigt einen geschlossenen Laden",
        "Benachrichtigungen kommen auf Englisch",
    ],
    "it": ["la mappa dei negozi mostra un negozio chiuso", "le notifiche arrivano in inglese"],
    "fr": [
        "la carte des magasins montre une boutique fermée",
        "les notifications arrivent en anglais",
    ],
    "es": ["el mapa de tiendas muestra una tienda cerrada", "las notificaciones llegan en inglés"],
}
MILD_ANSWER = {
    "pt": "Obrigada pelo aviso, já passei à equipa da app.",
    "en": "Thanks for flagging, I've passed it to the app team.",
    "de": "Danke für den Hinweis, ist weitergegeben.",
    "it": "Grazie della segnalazione, l'ho girata al team.",
    "fr": "Merci du signalement, transmis à l'équipe.",
    "es": "Gracias por avisar, lo he pasado al equipo.",
}
FORM_ACK = {
    "pt": "Olá <name>,\n\nobrigado pela mensagem, já encaminhámos para a equipa.\n\n<agent>, Arpeggo",
    "en": "Hi <name>,\n\nthanks for letting us know, it's with the team now.\n\n<agent>, Arpeggo",
    "de": "Hallo <name>,\n\ndanke für den Hinweis, ist beim Team.\n\n<agent>, Arpeggo",
    "it": "Ciao <name>,\n\ngrazie, l'abbiamo passato al team.\n\n<agent>, Arpeggo",
    "fr": "Bonjour <name>,\n\nmerci, c'est transmis à l'équipe.\n\n<agent>, Arpeggo",
    "es": "Hola <name>,\n\ngracias, lo hemos pasado al equipo.\n\n<agent>, Arpeggo",
}

# ---------------------------------------------------------------- spike
SPIKE_CODE = "MZP-586"
SPIKE = {
    "pt": [
        'Não consigo pagar a mensalidade na app, dá "erro <code>" e agora diz que o aluguer está suspenso?!',
        "erro <code> ao pagar, tentei 3 cartões. o piano diz conta suspensa, o que se passa <B>",
        "A app e o site dão <code> no pagamento e o meu contrato aparece suspenso. Tenho aula daqui a uma hora.",
    ],
    "en": [
        'Can\'t pay my rent in the app, it just says "error <code>" and now my rental shows as suspended??',
        "error <code> at payment, tried two cards. account says SUSPENDED. what's going on <B>",
        "Website and app both give <code> when I pay, and my violin rental is now marked suspended.",
    ],
    "de": [
        "Zahlung in der App geht nicht, Fehler <code>, und jetzt steht die Miete auf gesperrt?!"
    ],
    "it": ["Non riesco a pagare il canone, errore <code>, e ora il noleggio risulta sospeso!"],
    "fr": ["Impossible de payer le loyer, erreur <code>, et ma location est marquée suspendue !"],
    "es": ["No puedo pagar la cuota, error <code>, y ahora el alquiler sale suspendido."],
}
SPIKE_AGAIN = {
    "pt": "Continua o <code>, agora também no site e no telemóvel do meu marido. Conta ainda suspensa.",
    "en": "Still <code>, on the website too and on my husband's phone. Still suspended.",
    "de": "Immer noch <code>, auch auf der Website und am Handy meines Mannes.",
    "it": "Ancora <code>, anche dal sito e dal telefono di mio marito.",
    "fr": "Toujours <code>, aussi sur le site et le téléphone de mon mari.",
    "es": "Sigue el <code>, también en la web y en el móvil de mi marido.",
}
SPIKE_CHAT_ANSWER = {
    "pt": "Sim, os pagamentos estão a falhar para todos neste momento. Nenhum aluguer fica suspenso, a equipa já está a tratar.",
    "en": "Yes, payments are failing for everyone right now. No rental will actually be suspended, the team is on it.",
    "de": "Ja, Zahlungen schlagen gerade bei allen fehl. Keine Miete wird gesperrt, das Team ist dran.",
    "it": "Sì, i pagamenti falliscono per tutti in questo momento. Nessun noleggio verrà sospeso.",
    "fr": "Oui, les paiements échouent pour tout le monde en ce moment. Aucune location ne sera suspendue.",
    "es": "Sí, los pagos fallan a todo el mundo ahora mismo. Ningún alquiler quedará suspendido.",
}
SPIKE_FIXED = {
    "pt": "Olá <name>,\n\nos pagamentos voltaram a funcionar desde as <time>. Pelo incómodo, juntámos <credit> de crédito à sua conta.\n\n<agent>, Arpeggo",
    "en": "Hi <name>,\n\npayments have worked again since <time>. For the trouble, we've added <credit> credit to your account.\n\n<agent>, Arpeggo",
    "de": "Hallo <name>,\n\nZahlungen funktionieren wieder seit <time>. Als Entschuldigung: <credit> Guthaben.\n\n<agent>, Arpeggo",
    "it": "Ciao <name>,\n\ni pagamenti funzionano di nuovo dalle <time>. Ti abbiamo accreditato <credit>.\n\n<agent>, Arpeggo",
    "fr": "Bonjour <name>,\n\nles paiements fonctionnent de nouveau depuis <time>. <credit> de crédit ajouté.\n\n<agent>, Arpeggo",
    "es": "Hola <name>,\n\nlos pagos funcionan de nuevo desde las <time>. Te hemos abonado <credit>.\n\n<agent>, Arpeggo",
}
SPIKE_SUBJ = {
    "pt": "Erro no pagamento",
    "en": "Payment error",
    "de": "Zahlungsfehler",
    "it": "Errore pagamento",
    "fr": "Erreur de paiement",
    "es": "Error en el pago",
}
LONE_Q = {
    "pt": (
        "ontem à noite o pagamento ficou a pensar quase um minuto antes de passar. é normal? amanhã vence a mensalidade",
        "É normal quando a rede está lenta, o pagamento passou bem. Amanhã vai correr sem problemas.",
    ),
    "en": (
        "last night the payment screen spun for nearly a minute before it went through, is that normal? rent's due tomorrow",
        "That happens on a slow connection, your payment went through fine. Tomorrow should be no problem.",
    ),
}
CALM_GRUMBLE = {
    "pt": ("o vídeo da aula na app demora imenso a carregar", "Obrigada, já estamos a ver isso."),
    "en": ("lesson videos in the app take ages to load", "Thanks, we're looking into it."),
}
