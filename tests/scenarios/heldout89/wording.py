# ruff: noqa: E501
"""Households' words for heldout89 (Velarno: made-to-measure blinds, shutters, awnings).

Written from the stories before any generation; German and Portuguese first (most
variants), then English, French, Italian and Spanish. Placeholders are filled by
``make_heldout89.py`` with ``str.format``: {first}, {last}, {ref}, {amount},
{comp}, {topic}, {agent}, {credit}, {local}, {subject}, {fix}.
"""

from __future__ import annotations

Table = dict[str, list[str]]

LANGS = ("de", "pt", "en", "fr", "it", "es")

# (label, price in euros, page)
PRODUCTS: list[tuple[str, int, str]] = [
    ("Roller blind 120 cm, blackout / Verdunkelungsrollo 120 cm", 139, "/roller-blinds/blackout"),
    ("Pleated blind 80 cm, day-night / Plissee 80 cm, Tag-Nacht", 169, "/pleated-blinds/day-night"),
    ("Wooden venetian 140 cm, oak / Holzjalousie 140 cm, Eiche", 289, "/venetians/wood"),
    ("Plantation shutters, 2 panels / Plantation Shutters, 2 Flügel", 940, "/shutters/plantation"),
    ("Cassette awning 4 m / Kassettenmarkise 4 m", 1890, "/awnings/cassette"),
    ("Insect screen door / Insektenschutztür", 129, "/insect-screens/door"),
    ("Insect screen window / Insektenschutzfenster", 59, "/insect-screens/window"),
    ("Made-to-measure curtains, linen, pair / Maßvorhänge Leinen, Paar", 360, "/curtains/linen"),
    ("Honeycomb blind 100 cm / Wabenplissee 100 cm", 229, "/pleated-blinds/honeycomb"),
    ("Roman blind 90 cm / Raffrollo 90 cm", 199, "/roman-blinds"),
    ("Fabric sample kit / Stoffmusterset", 5, "/samples"),
    ("Blind cleaning service / Reinigungsservice", 79, "/services/cleaning"),
]

CARE_PRODUCT = "Velarno Care, yearly / Velarno Care, jährlich"

PAGES = [
    "/measuring-guide",
    "/samples",
    "/care-plan",
    "/account/orders",
    "/inspiration/bedroom",
    "/inspiration/living-room",
    "/fitting-day",
    "/fabrics/linen",
    "/configurator",
    "/showrooms",
]

PRAISE: Table = {
    "de": [
        "Unsere neuen Plissees im Wohnzimmer sind da und ich bin einfach nur begeistert. Passen auf den Millimeter, der Monteur war super freundlich. Danke Velarno!",
        "Endlich schlafen wir im Dunkeln 😴 das Verdunkelungsrollo von Velarno ist der Hammer, kein Lichtspalt mehr.",
        "Kurzes Lob: Aufmaß am Dienstag, Montage heute, alles sauber hinterlassen. So muss das laufen. Velarno top",
        "Die Holzjalousie im Arbeitszimmer sieht so edel aus, mein Mann hat gefragt ob wir renoviert haben lol. Sehr gute Beratung bei Velarno",
        "Markise hängt, der Balkon ist endlich benutzbar ☀️ die zwei Monteure waren schnell und haben sogar die Löcher vom alten Ding zugespachtelt. Danke!",
    ],
    "pt": [
        "Os estores novos da sala chegaram e ficaram perfeitos!! Medidas certinhas, o técnico foi uma simpatia. Obrigada Velarno",
        "Finalmente o quarto fica escuro às 6h da manhã 😍 o estore blackout da Velarno foi a melhor compra do ano",
        "Só para deixar um elogio: vieram medir na terça, montaram hoje, deixaram tudo limpo. Assim dá gosto. Velarno 👏",
        "As portadas interiores ficaram lindas, a minha mãe já quer umas iguais kkk. Atendimento impecável da Velarno",
        "Toldo montado, varanda finalmente usável ☀️ os dois senhores foram rápidos e ainda taparam os buracos do antigo. Obg!",
    ],
    "en": [
        "New blackout blinds from Velarno are up and the baby slept till 7 for the first time in weeks. Fitted to the millimetre, lovely fitter.",
        "Shoutout to Velarno, measured Tuesday, fitted today, not a speck of dust left behind. That's how it's done",
    ],
    "fr": [
        "Nos stores plissés Velarno sont posés et c'est parfait, au millimètre près. Le poseur était adorable. Merci !",
        "Enfin une chambre dans le noir 😴 le store occultant Velarno change la vie",
    ],
    "it": [
        "Le tende plissé nuove di Velarno sono montate e sono perfette, al millimetro. Il montatore gentilissimo. Grazie!",
        "Finalmente la camera al buio 😴 la tenda oscurante di Velarno è stata la spesa migliore dell'anno",
    ],
    "es": [
        "Los estores plisados de Velarno ya están puestos y quedan perfectos, al milímetro. El montador un encanto. ¡Gracias!",
        "Por fin la habitación a oscuras 😴 el estor opaco de Velarno ha sido la mejor compra del año",
    ],
}

AGAIN: Table = {
    "de": [
        "Schon wieder so ein netter Monteur bei Velarno, der dritte Auftrag bei euch und jedes Mal pünktlich. Weiter so",
        "Drittes Zimmer mit Velarno-Rollos ausgestattet und immer noch begeistert. Die Musterbox kam wieder in zwei Tagen",
        "Zum zweiten Mal bestellt, wieder alles perfekt. Die Insektenschutztür hält die Mücken draußen und die Katze drinnen 😂",
    ],
    "pt": [
        "Terceira encomenda na Velarno e outra vez tudo impecável. Já não compro estores noutro lado",
        "Mais uma vez o mesmo técnico simpático, o Sr. Rui, pontual como sempre. Continuo fã da Velarno",
        "Segunda vez que encomendo e continua tudo perfeito, a rede mosquiteira da porta é uma maravilha",
    ],
    "en": [
        "Third room done with Velarno blinds and still as pleased as the first time. Samples came in two days again"
    ],
    "fr": [
        "Troisième commande chez Velarno et toujours aussi contente. Encore un poseur ponctuel et soigneux"
    ],
    "it": ["Terzo ordine con Velarno e ancora una volta tutto perfetto. Sempre puntuali"],
    "es": ["Tercer pedido con Velarno y otra vez todo perfecto. Siguen siendo puntualísimos"],
}

# Praise with a small gripe (reviews of 4 stars or community posts).
GRIPE: Table = {
    "de": [
        "Sehr schönes Plissee, gute Qualität. Nur die Bedienkette ist mir etwas zu lang, aber das lässt sich kürzen. Gerne wieder",
        "Beratung und Montage top. Einziger Minuspunkt: die Musterbox hat eine Woche gebraucht. Ansonsten alles bestens",
        "Rollos perfekt, nur die Anleitung fürs Insektengitter gibt es bloß als PDF, aber gut. Würde wieder bestellen",
    ],
    "pt": [
        "Estores muito bonitos e de boa qualidade. Só o cordão é um bocadinho comprido demais, mas de resto 5 estrelas",
        "Montagem impecável. O único senão foi a janela de visita das 8h às 13h, que é muito larga. Mas recomendo",
        "Adoro as cortinas de linho, só achei que o kit de amostras demorou uma semana a chegar. Tirando isso tudo ótimo",
    ],
    "en": [
        "Lovely shutters, really well made. Only gripe is the fitting window of 8 to 1, long morning. Would still recommend"
    ],
    "fr": [
        "Très beaux stores, bonne qualité. Seul bémol, la chaînette un peu longue. Sinon je recommande"
    ],
    "it": [
        "Tende bellissime, unico difetto la catenella un po' lunga. Per il resto consigliatissimo"
    ],
    "es": [
        "Estores preciosos y de buena calidad. Solo la cadenita un pelín larga, por lo demás genial"
    ],
}

REVIEW: Table = {
    "de": [
        "Top Qualität, passt perfekt, Montage in 40 Minuten erledigt. 5 Sterne",
        "Sehr zuverlässig, Aufmaß und Montage genau wie angekündigt. Gerne wieder",
        "Die Wabenplissees dämmen richtig gut, im Dachgeschoss merkt man das sofort",
    ],
    "pt": [
        "Qualidade top, ficou perfeito, montagem em 40 minutos. 5 estrelas",
        "Muito fiáveis, medição e montagem exatamente como combinado",
        "Os estores favo de mel isolam mesmo, no sótão nota-se logo a diferença",
    ],
    "en": ["Top quality, perfect fit, fitted in forty minutes. Five stars"],
    "fr": ["Qualité au top, pose en 40 minutes, parfait. 5 étoiles"],
    "it": ["Qualità ottima, montaggio in 40 minuti, perfetto. 5 stelle"],
    "es": ["Calidad top, montaje en 40 minutos, perfecto. 5 estrellas"],
}

# (question, agent's answer, thanks)
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Hallo, kann ich das Aufmaß auch selbst machen oder muss jemand kommen?",
            "Hallo! Sie können gern selbst messen, die Messanleitung in der App führt Schritt für Schritt durch. Falls Sie sich vermessen, fertigen wir einmal kostenlos neu.",
            "super danke!",
        ),
        (
            "Wie lange dauert die Fertigung bei Holzjalousien gerade?",
            "Aktuell etwa 12 Werktage ab Bestätigung, die Montage planen wir dann direkt mit Ihnen.",
            "Ok perfekt, danke",
        ),
        (
            "hi, kann man die Plissees auch ohne Bohren montieren? Mietwohnung...",
            "Ja, mit unseren Klemmträgern geht das ohne Bohren, einfach im Konfigurator 'Klemmfix' wählen.",
            "Genial, danke euch",
        ),
        (
            "Gibt es die Musterbox auch mit den Leinenstoffen?",
            "Ja, die Leinenmuster können Sie in der Musterbox frei auswählen, bis zu acht Stück.",
            "Danke!",
        ),
    ],
    "pt": [
        (
            "Olá, posso ser eu a tirar as medidas ou tem de vir alguém?",
            "Olá! Pode tirar as medidas sem problema, o guia na app explica passo a passo. Se houver engano, refazemos uma vez sem custos.",
            "ótimo, obrigada!",
        ),
        (
            "Quanto tempo demora o fabrico das portadas interiores?",
            "Neste momento cerca de 3 semanas a partir da confirmação, depois marcamos a montagem consigo.",
            "Ok, obg",
        ),
        (
            "boa tarde, dá para montar os plissados sem furar? é arrendado",
            "Dá sim, com os suportes de pressão, basta escolher 'sem furos' no configurador.",
            "Top, obrigado!",
        ),
        (
            "O kit de amostras inclui os tecidos de linho?",
            "Inclui, pode escolher até oito amostras à sua vontade, linho incluído.",
            "Perfeito, obrigada",
        ),
    ],
    "en": [
        (
            "Hi, can I measure myself or does someone need to come out?",
            "Hi! You can measure yourself, the guide in the app walks you through it, and if you get it wrong we remake once for free.",
            "brilliant thanks",
        ),
        (
            "how long are wooden venetians taking at the moment?",
            "About 12 working days from confirmation, then we book the fitting with you.",
            "Perfect, thanks",
        ),
    ],
    "fr": [
        (
            "Bonjour, je peux prendre les mesures moi-même ?",
            "Bonjour ! Oui, le guide de mesure dans l'appli vous accompagne, et en cas d'erreur nous refaisons une fois gratuitement.",
            "Super merci",
        ),
        (
            "bjr, on peut poser les plissés sans percer ? je suis locataire",
            "Oui, avec nos supports à pince, il suffit de choisir 'sans perçage' dans le configurateur.",
            "Génial merci",
        ),
    ],
    "it": [
        (
            "Salve, posso prendere le misure da solo?",
            "Certo! La guida nell'app spiega tutto passo per passo e se sbaglia rifacciamo una volta gratis.",
            "Ottimo grazie",
        ),
        (
            "si possono montare le plissé senza forare? sono in affitto",
            "Sì, con i supporti a pressione, basta scegliere 'senza fori' nel configuratore.",
            "grz!",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo tomar las medidas yo mismo?",
            "¡Hola! Sí, la guía de la app te lo explica paso a paso y si te equivocas lo rehacemos una vez gratis.",
            "genial gracias",
        ),
        (
            "se pueden poner los plisados sin taladrar? es de alquiler",
            "Sí, con los soportes de presión, elige 'sin taladro' en el configurador.",
            "Perfecto, gracias",
        ),
    ],
}

# (subject, question, agent's answer)
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Frage zur Markise",
            "Guten Tag,\n\nwir überlegen eine Kassettenmarkise für den Balkon (4 m). Braucht man dafür eine Genehmigung der Hausverwaltung oder kümmern Sie sich darum?\n\nViele Grüße",
            "Die Genehmigung holen Sie bei Ihrer Hausverwaltung ein, wir schicken Ihnen gern ein Datenblatt mit Farbe und Maßen dafür. Das Aufmaß ist kostenlos.",
        ),
        (
            "Reinigung Vorhänge",
            "Hallo, kann man die Leinenvorhänge in die Waschmaschine tun oder lieber nicht? Danke und Gruß",
            "Die Leinenvorhänge vertragen 30 °C im Schonwaschgang, ohne Schleudern. Mit Velarno Care holen wir sie auch einmal im Jahr zur Reinigung ab.",
        ),
        (
            "Farbe Rahmen",
            "Hallo zusammen, gibt es die Insektenschutzfenster auch in Anthrazit? Im Konfigurator sehe ich nur weiß und braun. LG",
            "Anthrazit gibt es, Sie finden es unter 'weitere Farben' ganz unten im Konfigurator.",
        ),
    ],
    "pt": [
        (
            "Pergunta sobre toldo",
            "Boa tarde,\n\nestamos a pensar num toldo de cofre para a varanda (4 m). É preciso autorização do condomínio ou tratam vocês disso?\n\nCumprimentos",
            "A autorização é pedida ao condomínio, mas enviamos-lhe com todo o gosto uma ficha técnica com cor e medidas. A medição é gratuita.",
        ),
        (
            "Lavagem das cortinas",
            "Olá, as cortinas de linho podem ir à máquina? Obrigada",
            "Podem, a 30 °C em programa delicado e sem centrifugar. Com o Velarno Care também as recolhemos uma vez por ano para limpeza.",
        ),
        (
            "Cor da rede mosquiteira",
            "Bom dia, as redes mosquiteiras existem em antracite? No configurador só vejo branco e castanho.",
            "Existem sim, está em 'mais cores' no fundo do configurador.",
        ),
    ],
    "en": [
        (
            "Awning question",
            "Hi,\n\nthinking about a 4 m cassette awning for the balcony. Do we need the management company's permission or do you sort that?\n\nThanks",
            "The permission comes from your management company, but we're happy to send a data sheet with colour and sizes for it. Measuring is free.",
        ),
    ],
    "fr": [
        (
            "Question store banne",
            "Bonjour,\n\nnous pensons à un store banne coffre de 4 m. Faut-il l'accord du syndic ?\n\nCordialement",
            "L'accord se demande au syndic, nous vous envoyons volontiers une fiche technique avec coloris et dimensions. La prise de mesures est gratuite.",
        ),
    ],
    "it": [
        (
            "Domanda tenda da sole",
            "Buongiorno,\n\nvorremmo una tenda a cassonetto di 4 m per il balcone. Serve il permesso del condominio?\n\nGrazie",
            "Il permesso va chiesto all'amministratore, ma le inviamo volentieri una scheda tecnica con colore e misure. Il sopralluogo è gratuito.",
        ),
    ],
    "es": [
        (
            "Duda toldo",
            "Hola,\n\nqueremos un toldo cofre de 4 m para el balcón. ¿Hace falta permiso de la comunidad?\n\nGracias",
            "El permiso lo pide usted a la comunidad, pero le enviamos encantados una ficha técnica con color y medidas. La medición es gratuita.",
        ),
    ],
}

MAIL_SIGN: dict[str, str] = {
    "de": "Viele Grüße\n{agent}, Velarno Kundenservice",
    "pt": "Cumprimentos,\n{agent}, Apoio ao Cliente Velarno",
    "en": "Best,\n{agent}, Velarno Customer Care",
    "fr": "Cordialement,\n{agent}, Service client Velarno",
    "it": "Cordiali saluti,\n{agent}, Servizio clienti Velarno",
    "es": "Un saludo,\n{agent}, Atención al cliente Velarno",
}

HELLO: dict[str, str] = {
    "de": "Hallo {first},",
    "pt": "Olá {first},",
    "en": "Hi {first},",
    "fr": "Bonjour {first},",
    "it": "Buongiorno {first},",
    "es": "Hola, {first}:",
}

RE: dict[str, str] = {
    "de": "AW: ",
    "pt": "RE: ",
    "en": "Re: ",
    "fr": "RE : ",
    "it": "R: ",
    "es": "RE: ",
}

# Phone questions, speech-to-text without punctuation: (transcript, follow-up subject, follow-up text)
PHONE_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "ja hallo hier ist {first} {last} ich wollte fragen ob der Monteur auch am Samstag kommen kann wir arbeiten beide unter der Woche",
            "Ihr Anruf: Montage am Samstag",
            "wie am Telefon besprochen: Samstagstermine gibt es zwischen 8 und 14 Uhr, Sie können ihn direkt in der App unter 'Montage' wählen.",
        ),
        (
            "guten Tag {last} mein Name ich hab Rollos bestellt und wollte wissen ob ich die alten Halterungen selber abmachen muss oder ob das der Monteur macht",
            "Ihr Anruf: alte Halterungen",
            "wie besprochen: Unsere Monteure nehmen die alten Halterungen ab und auf Wunsch auch mit, ohne Aufpreis.",
        ),
    ],
    "pt": [
        (
            "olá fala {first} {last} queria saber se o técnico pode vir ao sábado é que trabalhamos os dois durante a semana",
            "A sua chamada: montagem ao sábado",
            "como falámos: há montagens ao sábado entre as 8h e as 14h, pode escolher diretamente na app em 'Montagem'.",
        ),
        (
            "bom dia é {first} {last} encomendei estores e queria saber se tenho de tirar os suportes velhos ou se é o técnico que tira",
            "A sua chamada: suportes antigos",
            "como falámos: os nossos técnicos retiram os suportes antigos e levam-nos se quiser, sem custo.",
        ),
    ],
    "en": [
        (
            "hi it's {first} {last} just wondering if the fitter can come on a saturday we both work during the week",
            "Your call: Saturday fitting",
            "as discussed, Saturday fittings run 8am to 2pm, you can pick one in the app under Fitting.",
        ),
    ],
    "fr": [
        (
            "oui bonjour {first} {last} je voulais savoir si le poseur peut venir un samedi on travaille tous les deux en semaine",
            "Votre appel : pose le samedi",
            "comme convenu, les poses du samedi ont lieu de 8 h à 14 h, à choisir dans l'appli sous « Pose ».",
        ),
    ],
    "it": [
        (
            "pronto buongiorno sono {first} {last} volevo sapere se il montatore può venire di sabato lavoriamo tutti e due in settimana",
            "La sua chiamata: montaggio il sabato",
            "come detto al telefono, il sabato montiamo dalle 8 alle 14, può scegliere lo slot in app sotto 'Montaggio'.",
        ),
    ],
    "es": [
        (
            "hola soy {first} {last} quería saber si el montador puede venir un sábado que trabajamos los dos entre semana",
            "Su llamada: montaje en sábado",
            "como hablamos, los sábados montamos de 8 a 14 h, puede elegirlo en la app en 'Montaje'.",
        ),
    ],
}

SURVEY_WORD: Table = {
    "de": ["Alles super", "Top!", "👍", "Gerne wieder", "Schnell und unkompliziert", "😊"],
    "pt": ["Excelente", "Tudo ótimo", "👏", "Recomendo", "Rápido e simples"],
    "en": ["Great", "Easy", "👍"],
    "fr": ["Parfait", "Très bien 👍"],
    "it": ["Ottimo", "Tutto perfetto"],
    "es": ["Genial", "Todo perfecto"],
}

THANKS: Table = {
    "de": ["Vielen Dank für die schnelle Antwort!", "Danke, das hilft mir weiter 👍"],
    "pt": ["Muito obrigada pela resposta rápida!", "Obrigado, era isso mesmo"],
    "en": ["Thanks, that's really helpful"],
    "fr": ["Merci pour la réponse rapide !"],
    "it": ["Grazie mille per la risposta veloce"],
    "es": ["¡Gracias por la respuesta tan rápida!"],
}

NIGHT_POST: Table = {
    "de": [
        "3 Uhr nachts und ich kann nicht schlafen, aber immerhin ist es dank Velarno-Rollo stockdunkel 😅",
        "Nachtschicht vorbei, jetzt am Tag schlafen. Das Verdunkelungsrollo von Velarno macht das Schlafzimmer wie Mitternacht. Bestes Teil im Haus",
        "kann nicht schlafen und stöbere durch die Velarno Stoffe... Leinen in Salbei oder Sand? Meinungen?",
    ],
    "pt": [
        "3 da manhã e sem sono, mas ao menos com o estore da Velarno o quarto está escurinho 😅",
        "Fim do turno da noite no hospital, agora dormir de dia. O blackout da Velarno faz milagres",
        "sem sono a ver os tecidos da Velarno... linho salva ou areia? opiniões?",
    ],
    "en": ["2am, can't sleep, scrolling Velarno fabrics. Sage or sand linen? Opinions please"],
    "fr": ["3h du mat, insomnie, je compare les tissus Velarno... lin sauge ou sable ?"],
    "it": ["Le 3 di notte e non dormo, ma grazie alla tenda Velarno almeno è buio pesto 😅"],
    "es": ["Las 3 de la mañana sin dormir, mirando telas de Velarno... ¿lino salvia o arena?"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Noch jemand wach? Kann ich die Montage für nächste Woche noch verschieben?",
            "Hallo, ja, bis 48 Stunden vorher können Sie den Termin in der App unter 'Montage' kostenlos verschieben.",
            "Danke, und sorry für die Uhrzeit",
        ),
        (
            "kurze Frage mitten in der Nacht: kann ich die Musterbox auch an die Arbeit schicken lassen?",
            "Klar, einfach beim Bestellen der Musterbox die Lieferadresse ändern.",
            "Perfekt, danke! gute Nacht",
        ),
    ],
    "pt": [
        (
            "Ainda há alguém acordado? Dá para adiar a montagem da próxima semana?",
            "Olá, sim, até 48 horas antes pode remarcar na app em 'Montagem' sem custos.",
            "Obrigada e desculpem a hora",
        ),
        (
            "pergunta a meio da noite: o kit de amostras pode ir para o trabalho?",
            "Claro, basta mudar a morada de entrega ao pedir o kit.",
            "Top, obrigado! boa noite",
        ),
    ],
    "en": [
        (
            "anyone awake? can I move next week's fitting?",
            "Hi, yes, up to 48 hours before you can move it for free in the app under Fitting.",
            "thanks, sorry for the hour",
        )
    ],
    "fr": [
        (
            "quelqu'un est là ? je peux décaler la pose de la semaine prochaine ?",
            "Bonjour, oui, jusqu'à 48 h avant dans l'appli, rubrique Pose, sans frais.",
            "Merci, désolée pour l'heure",
        )
    ],
    "it": [
        (
            "c'è qualcuno? posso spostare il montaggio della settimana prossima?",
            "Salve, sì, fino a 48 ore prima dall'app sotto 'Montaggio', gratis.",
            "Grazie e scusate l'ora",
        )
    ],
    "es": [
        (
            "¿hay alguien? ¿puedo cambiar el montaje de la semana que viene?",
            "Hola, sí, hasta 48 horas antes desde la app en 'Montaje', sin coste.",
            "Gracias y perdón por la hora",
        )
    ],
}

# ---------------------------------------------------------------- problems
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

# Amount in euros each problem's texts speak of (None: no amount).
PROBLEM_EUROS: dict[str, tuple[int, int] | None] = {
    "no_show": None,
    "double_charge": (380, 520),
    "damage": (940, 1490),
    "refund": (280, 460),
    "wrong_price": (900, 1900),
    "cancel_fee": (60, 60),
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "de": "Monteur nicht erschienen",
        "pt": "Técnico não apareceu",
        "en": "Fitter never turned up",
        "fr": "Poseur jamais venu",
        "it": "Montatore mai arrivato",
        "es": "El montador no vino",
    },
    "double_charge": {
        "de": "Anzahlung doppelt abgebucht",
        "pt": "Sinal cobrado duas vezes",
        "en": "Deposit taken twice",
        "fr": "Acompte prélevé deux fois",
        "it": "Acconto addebitato due volte",
        "es": "Señal cobrada dos veces",
    },
    "damage": {
        "de": "Shutters beschädigt geliefert",
        "pt": "Portadas chegaram danificadas",
        "en": "Shutters arrived damaged",
        "fr": "Volets livrés abîmés",
        "it": "Scuretti arrivati rovinati",
        "es": "Contraventanas llegaron dañadas",
    },
    "refund": {
        "de": "Anzahlung nicht erstattet",
        "pt": "Sinal não devolvido",
        "en": "Deposit not refunded",
        "fr": "Acompte non remboursé",
        "it": "Acconto non rimborsato",
        "es": "Señal no devuelta",
    },
    "wrong_price": {
        "de": "Care-Rabatt fehlt",
        "pt": "Desconto Care não aplicado",
        "en": "Care discount missing",
        "fr": "Remise Care absente",
        "it": "Sconto Care mancante",
        "es": "Falta el descuento Care",
    },
    "cancel_fee": {
        "de": "Gebühr für abgesagtes Aufmaß",
        "pt": "Taxa por medição desmarcada",
        "en": "Fee for a cancelled measuring visit",
        "fr": "Frais pour une prise de mesures annulée",
        "it": "Costo per sopralluogo annullato",
        "es": "Cobro por medición cancelada",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "es": "Reclamación: {topic}",
}

# One angry message (e-mail, web form, chat, social): written, with {amount}.
PROB: dict[str, Table] = {
    "no_show": {
        "de": [
            "Ich habe mir heute extra Urlaub genommen, Montage war 8-13 Uhr bestätigt. Jetzt ist es nach 14 Uhr, KEINER gekommen, kein Anruf, nichts. In der App steht immer noch 'Team unterwegs'. Was soll das?",
            "Montagetermin heute, niemand erschienen. Zweimal in der Warteschleife gehangen. Ich will einen neuen Termin UND eine Erklärung.",
        ],
        "pt": [
            "Tirei o dia de férias para a montagem, confirmada das 8h às 13h. São 14h e NINGUÉM apareceu, nem uma chamada. Na app continua 'equipa a caminho'. Isto é sério?",
            "Montagem marcada para hoje e o técnico não apareceu. Esperei a manhã toda. Quero nova data e uma explicação.",
        ],
        "en": [
            "Took a day off for the fitting, confirmed 8 to 1. It's gone 2, NOBODY came, no call. App still says 'team on the way'. Seriously?"
        ],
        "fr": [
            "J'ai posé une journée pour la pose, confirmée de 8 h à 13 h. Il est 14 h passées, PERSONNE, aucun appel. L'appli affiche toujours « équipe en route ». Sérieusement ?"
        ],
        "it": [
            "Ho preso un giorno di ferie per il montaggio, confermato 8-13. Sono le 14 passate e NESSUNO si è visto, nessuna chiamata. L'app dice ancora 'squadra in arrivo'. Ma dai"
        ],
        "es": [
            "Me cogí el día libre para el montaje, confirmado de 8 a 13. Son más de las 2 y NADIE ha venido, ni una llamada. La app sigue diciendo 'equipo en camino'. ¿En serio?"
        ],
    },
    "double_charge": {
        "de": [
            "Die Anzahlung von {amount} für meine Shutters wurde ZWEIMAL abgebucht, das Konto ist jetzt im Minus. Bitte sofort zurückbuchen.",
            "Schaue gerade aufs Konto: zweimal {amount} Anzahlung an Velarno, gleiches Datum. Das ist die Miete. Ich erwarte die Rückbuchung heute noch.",
        ],
        "pt": [
            "O sinal de {amount} das portadas foi cobrado DUAS vezes e agora tenho a conta a descoberto. Devolvam já por favor.",
            "Acabei de ver o extrato: duas vezes {amount} à Velarno, no mesmo dia. É o dinheiro da renda. Quero isso devolvido hoje.",
        ],
        "en": [
            "The {amount} deposit for my shutters has gone out TWICE and now I'm overdrawn. Please put it back today."
        ],
        "fr": [
            "L'acompte de {amount} pour mes volets a été prélevé DEUX fois, je suis à découvert. Remboursez-moi immédiatement svp."
        ],
        "it": [
            "L'acconto di {amount} per gli scuretti mi è stato addebitato DUE volte e ora sono in rosso. Rimborsate subito per favore."
        ],
        "es": [
            "La señal de {amount} de las contraventanas me la habéis cobrado DOS veces y estoy en números rojos. Devolvedla ya, por favor."
        ],
    },
    "damage": {
        "de": [
            "Die Plantation Shutters kamen heute, eine Lamelle gesprungen und am Rahmen eine tiefe Macke. Der Monteur meinte 'das sieht man kaum'. Für {amount} sieht man das sehr wohl.",
            "Shutters ausgepackt: zwei Lamellen geknickt, ein Scharnier schief. Das soll neu sein?? Ich will Ersatz, nicht 'wir schauen mal'. Bezahlt habe ich {amount}.",
        ],
        "pt": [
            "As portadas chegaram hoje com uma lâmina rachada e uma mossa no aro. O técnico disse 'nem se nota'. Por {amount} nota-se e muito.",
            "Abri a caixa das portadas: duas lâminas dobradas e uma dobradiça torta. Isto é novo?? Quero substituição, não 'vamos ver'. Paguei {amount}.",
        ],
        "en": [
            "Shutters arrived today with a cracked louvre and a deep dent in the frame. Fitter said 'you can hardly see it'. For {amount} you can see it fine."
        ],
        "fr": [
            "Les volets intérieurs sont arrivés avec une lame fendue et un gros choc sur le cadre. Le poseur m'a dit « ça se voit à peine ». Pour {amount}, ça se voit très bien."
        ],
        "it": [
            "Gli scuretti sono arrivati con una lamella spaccata e un'ammaccatura sul telaio. Il montatore dice 'non si vede quasi'. Per {amount} si vede eccome."
        ],
        "es": [
            "Las contraventanas llegaron con una lama rajada y un golpe en el marco. El montador dijo 'casi no se nota'. Por {amount} se nota y mucho."
        ],
    },
    "refund": {
        "de": [
            "Ich habe die Bestellung vor drei Wochen storniert, noch vor der Fertigung, die Bestätigung liegt vor. Die Anzahlung über {amount} ist immer noch nicht zurück. Wie lange noch?",
            "DREI Wochen warte ich jetzt auf meine {amount} Anzahlung. Storniert innerhalb der Frist, alles schriftlich. Langsam reicht's.",
        ],
        "pt": [
            "Cancelei a encomenda há três semanas, antes do fabrico, tenho a confirmação. O sinal de {amount} ainda não voltou. Quanto tempo mais?",
            "TRÊS semanas à espera dos meus {amount}. Cancelado dentro do prazo, tudo por escrito. Já chega.",
        ],
        "en": [
            "Cancelled three weeks ago, before production, I have the confirmation. The {amount} deposit still isn't back. How much longer?"
        ],
        "fr": [
            "J'ai annulé il y a trois semaines, avant fabrication, j'ai la confirmation. L'acompte de {amount} n'est toujours pas revenu."
        ],
        "it": [
            "Ho annullato tre settimane fa, prima della produzione, ho la conferma. L'acconto di {amount} non è ancora tornato. Quanto ci vuole?"
        ],
        "es": [
            "Cancelé hace tres semanas, antes de fabricar, tengo la confirmación. La señal de {amount} sigue sin volver. ¿Cuánto más?"
        ],
    },
    "wrong_price": {
        "de": [
            "Ich bin seit letztem Jahr Care-Mitglied und auf der Rechnung über {amount} fehlen die 10 % komplett. Das ist ordentlich Geld. Bitte korrigieren.",
            "Wofür zahl ich eigentlich Velarno Care wenn ich dann den normalen Preis zahle?? Rechnung über {amount}, kein Rabatt.",
        ],
        "pt": [
            "Sou cliente Care desde o ano passado e na fatura de {amount} não aparece o desconto de 10 %. É bastante dinheiro. Corrijam por favor.",
            "Para que pago o Velarno Care se depois pago o preço normal?? Fatura de {amount} sem desconto nenhum.",
        ],
        "en": [
            "I've been a Care member since last year and the 10% is missing from the {amount} invoice. That's real money. Please fix it."
        ],
        "fr": [
            "Je suis membre Care depuis l'an dernier et la remise de 10 % n'apparaît pas sur la facture de {amount}. Merci de corriger."
        ],
        "it": [
            "Sono socio Care dall'anno scorso e nella fattura di {amount} manca lo sconto del 10 %. Non sono spiccioli. Correggete per favore."
        ],
        "es": [
            "Soy socia Care desde el año pasado y en la factura de {amount} no aparece el 10 %. Corregidlo, por favor."
        ],
    },
    "cancel_fee": {
        "de": [
            "Ich habe das Aufmaß FÜNF Tage vorher abgesagt, kostenlos bis 48 Stunden laut eurer Seite. Trotzdem {amount} 'Anfahrtspauschale' abgebucht. Geht's noch?",
            "Aufmaßtermin fristgerecht storniert, jetzt kommt eine Gebühr von {amount}. Das steht so nirgends. Bitte erstatten.",
        ],
        "pt": [
            "Desmarquei a medição com CINCO dias de antecedência, grátis até 48 horas segundo o vosso site. Mesmo assim cobraram {amount} de 'deslocação'. A sério?",
            "Cancelei a medição dentro do prazo e agora aparece uma taxa de {amount}. Isso não está escrito em lado nenhum. Devolvam.",
        ],
        "en": [
            "Cancelled the measuring visit FIVE days ahead, free up to 48 hours says your site. Still charged {amount} 'call-out'. Really?"
        ],
        "fr": [
            "J'ai annulé la prise de mesures CINQ jours avant, gratuit jusqu'à 48 h selon votre site. Et on me prélève {amount} de « déplacement ». Sérieux ?"
        ],
        "it": [
            "Ho disdetto il sopralluogo CINQUE giorni prima, gratis fino a 48 ore dice il vostro sito. E mi addebitate {amount} di 'uscita'. Ma scherziamo?"
        ],
        "es": [
            "Cancelé la medición CINCO días antes, gratis hasta 48 horas según vuestra web. Y me cobráis {amount} de 'desplazamiento'. ¿En serio?"
        ],
    },
}

# The same, as a phone call (speech-to-text, spoken amounts).
PROB_PHONE: dict[str, dict[str, str]] = {
    "no_show": {
        "de": "ja guten Tag {first} {last} ich hatte heute Montage zwischen acht und eins es ist jetzt zwei und es ist niemand gekommen ich hab mir extra frei genommen das kann doch nicht sein",
        "pt": "sim boa tarde é {first} {last} tinha montagem hoje entre as oito e a uma já são duas e não apareceu ninguém tirei o dia de propósito isto não pode ser",
        "en": "yeah hi it's {first} {last} i had a fitting today between eight and one it's two now and nobody's come i took the day off for this",
        "fr": "oui bonjour {first} {last} j'avais une pose aujourd'hui entre huit heures et treize heures il est quatorze heures personne n'est venu j'ai posé ma journée",
        "it": "sì buongiorno {first} {last} avevo il montaggio oggi tra le otto e l'una sono le due e non è venuto nessuno ho preso ferie apposta",
        "es": "sí hola soy {first} {last} tenía montaje hoy de ocho a una son las dos y no ha venido nadie me cogí el día libre para esto",
    },
    "double_charge": {
        "de": "hallo {last} hier mir wurde die Anzahlung zweimal abgebucht zweimal {amount} mein Konto ist im Minus ich brauch das Geld zurück und zwar schnell",
        "pt": "olá é {first} {last} cobraram-me o sinal duas vezes duas vezes {amount} tenho a conta a descoberto preciso do dinheiro de volta rápido",
        "en": "hi {first} {last} here you've taken my deposit twice {amount} twice and i'm overdrawn i need it back quickly",
        "fr": "bonjour {first} {last} vous avez prélevé l'acompte deux fois deux fois {amount} je suis à découvert il me faut le remboursement vite",
        "it": "salve sono {first} {last} mi avete addebitato l'acconto due volte due volte {amount} sono in rosso rivoglio i soldi subito",
        "es": "hola soy {first} {last} me habéis cobrado la señal dos veces dos veces {amount} estoy en números rojos necesito el dinero ya",
    },
    "damage": {
        "de": "ja {first} {last} die Shutters sind heute gekommen und eine Lamelle ist gesprungen und der Rahmen hat eine Macke für {amount} erwarte ich einwandfreie Ware",
        "pt": "boa tarde {first} {last} as portadas chegaram hoje com uma lâmina rachada e o aro amolgado por {amount} quero aquilo perfeito",
        "en": "hi it's {first} {last} the shutters came today one louvre is cracked and the frame's dented for {amount} i expect them perfect",
        "fr": "bonjour {first} {last} les volets sont arrivés une lame fendue et le cadre abîmé pour {amount} je veux du neuf",
        "it": "buongiorno {first} {last} gli scuretti sono arrivati con una lamella spaccata e il telaio ammaccato per {amount} li voglio perfetti",
        "es": "hola {first} {last} las contraventanas han llegado con una lama rajada y el marco golpeado por {amount} las quiero perfectas",
    },
    "refund": {
        "de": "guten Tag {first} {last} ich warte seit drei Wochen auf meine Anzahlung {amount} die Bestellung ist storniert und bestätigt wo bleibt das Geld",
        "pt": "bom dia {first} {last} estou há três semanas à espera do sinal {amount} a encomenda foi cancelada e confirmada onde está o dinheiro",
        "en": "hi {first} {last} i've been waiting three weeks for my deposit {amount} the order was cancelled and confirmed where's the money",
        "fr": "bonjour {first} {last} j'attends depuis trois semaines mon acompte de {amount} la commande est annulée et confirmée où est l'argent",
        "it": "buongiorno {first} {last} aspetto da tre settimane l'acconto di {amount} l'ordine è annullato e confermato dove sono i soldi",
        "es": "buenos días {first} {last} llevo tres semanas esperando la señal de {amount} el pedido está cancelado y confirmado dónde está el dinero",
    },
    "wrong_price": {
        "de": "hallo {first} {last} ich bin Care Mitglied und auf meiner Rechnung über {amount} fehlt der Rabatt komplett das müssen Sie korrigieren",
        "pt": "olá {first} {last} sou cliente Care e na fatura de {amount} não está o desconto isso tem de ser corrigido",
        "en": "hello {first} {last} i'm a Care member and there's no discount on my {amount} invoice that needs fixing",
        "fr": "bonjour {first} {last} je suis membre Care et la remise n'est pas sur ma facture de {amount} il faut corriger",
        "it": "buongiorno {first} {last} sono socio Care e nella fattura di {amount} lo sconto non c'è va corretto",
        "es": "hola {first} {last} soy socia Care y en la factura de {amount} no está el descuento hay que corregirlo",
    },
    "cancel_fee": {
        "de": "ja {last} hier ich hab das Aufmaß fünf Tage vorher abgesagt und jetzt buchen Sie {amount} ab das ist laut Ihrer Seite kostenlos",
        "pt": "olá {first} {last} desmarquei a medição cinco dias antes e agora cobram {amount} no vosso site diz que é grátis",
        "en": "hi {first} {last} i cancelled the measuring visit five days before and you've charged {amount} your site says it's free",
        "fr": "bonjour {first} {last} j'ai annulé la prise de mesures cinq jours avant et vous prélevez {amount} c'est gratuit d'après votre site",
        "it": "salve {first} {last} ho disdetto il sopralluogo cinque giorni prima e mi addebitate {amount} sul sito c'è scritto gratis",
        "es": "hola {first} {last} cancelé la medición cinco días antes y me cobráis {amount} en vuestra web pone gratis",
    },
}

# Long e-mails: the complaint ({core}) inside a letter.
LONG_FRAME: Table = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Kinderärztin, weil ich sonst einfach keine ruhige Minute finde. Wir sind im Frühjahr in das Haus meiner Schwiegereltern gezogen, renovieren Zimmer für Zimmer neben zwei Jobs, und ich hatte mich ehrlich gesagt gefreut, dass wenigstens die Fenster mit Ihnen unkompliziert werden.\n\n{core}\n\nIch habe Ihre Firma bisher im Bekanntenkreis empfohlen und möchte das eigentlich weiter tun. Aber so geht das nicht. Ich bitte um eine schriftliche Antwort bis Ende der Woche.\n\nMit freundlichen Grüßen\n{first} {last}",
        "Hallo Velarno-Team,\n\nich sitze gerade im Auto vor der Musikschule, meine Tochter hat noch 40 Minuten Cello, also nutze ich die Zeit. Meine Mutter ist nach einem Sturz zu uns gezogen, wir haben ihr Zimmer im Erdgeschoss hergerichtet und dafür bei Ihnen bestellt, weil sie das grelle Morgenlicht nicht verträgt.\n\n{core}\n\nIch bin wirklich kein Mensch, der sich schnell beschwert, aber die letzten Wochen waren anstrengend genug. Bitte melden Sie sich zeitnah.\n\nViele Grüße\n{first} {last}",
    ],
    "pt": [
        "Exmos. Senhores,\n\nescrevo-vos da sala de espera do centro de saúde, porque é o único momento calmo que tenho. Mudámo-nos em março para a casa que era da minha avó, estamos a recuperá-la aos poucos ao fim de semana, e confesso que contava que ao menos as janelas fossem a parte fácil.\n\n{core}\n\nTenho recomendado a vossa empresa a amigos e gostava de continuar a fazê-lo. Mas assim não dá. Peço uma resposta por escrito até ao fim da semana.\n\nCom os melhores cumprimentos,\n{first} {last}",
        "Olá equipa Velarno,\n\nestou no carro à porta da natação dos miúdos, faltam 40 minutos, por isso aproveito. O meu pai veio viver connosco depois da operação à anca, preparámos-lhe o quarto de baixo e encomendámos convosco porque a luz da manhã não o deixa descansar.\n\n{core}\n\nNão sou pessoa de reclamar, mas estas semanas já foram duras que chegue. Agradeço que me respondam rapidamente.\n\nCumprimentos,\n{first} {last}",
    ],
}

# Agent: case opened (subject, body); {topic} {ref}
CASE_MAIL: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Vorgang {ref}",
        "danke für Ihre Nachricht. Wir haben den Vorgang {ref} angelegt ({topic}) und melden uns, sobald wir mehr wissen. Bitte geben Sie die Nummer bei Rückfragen an.",
    ),
    "pt": (
        "O seu processo {ref}",
        "obrigado pela mensagem. Abrimos o processo {ref} ({topic}) e damos notícias assim que soubermos mais. Indique este número em qualquer contacto.",
    ),
    "en": (
        "Your case {ref}",
        "thanks for getting in touch. We've opened case {ref} ({topic}) and will come back to you as soon as we know more. Please quote the number if you contact us again.",
    ),
    "fr": (
        "Votre demande {ref}",
        "merci pour votre message. Nous avons ouvert la demande {ref} ({topic}) et revenons vers vous dès que possible. Merci de rappeler ce numéro.",
    ),
    "it": (
        "La sua segnalazione {ref}",
        "grazie del messaggio. Abbiamo aperto la segnalazione {ref} ({topic}) e la ricontattiamo appena possibile. Indichi il numero in ogni contatto.",
    ),
    "es": (
        "Su incidencia {ref}",
        "gracias por escribirnos. Hemos abierto la incidencia {ref} ({topic}) y le contestaremos en cuanto sepamos más. Indique el número si vuelve a contactarnos.",
    ),
}

CASE_CHAT: dict[str, str] = {
    "de": "Das tut mir sehr leid! Ich habe den Vorgang {ref} angelegt und an die Fachabteilung gegeben, Sie bekommen eine Mail.",
    "pt": "Lamento muito! Abri o processo {ref} e passei ao departamento responsável, vai receber um email.",
    "en": "I'm really sorry! I've opened case {ref} and passed it to the team, you'll get an e-mail.",
    "fr": "Je suis vraiment désolée ! J'ai ouvert la demande {ref} et transmis au service concerné, vous recevrez un e-mail.",
    "it": "Mi dispiace molto! Ho aperto la segnalazione {ref} e l'ho passata al reparto, riceverà una mail.",
    "es": "¡Lo siento mucho! He abierto la incidencia {ref} y la he pasado al departamento, recibirá un correo.",
}

QLEAD_MAIL: dict[str, str] = {
    "de": "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag persönlich anruft.",
    "pt": "O seu processo {ref} está agora com a nossa responsável de qualidade, que lhe liga pessoalmente antes de sexta ao almoço.",
    "en": "Your case {ref} is now with our quality lead, who will call you personally before Friday lunchtime.",
    "fr": "Votre demande {ref} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "La sua segnalazione {ref} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
    "es": "Su incidencia {ref} está ahora con nuestra responsable de calidad, que le llamará personalmente antes del viernes a mediodía.",
}

URGENT_CHAT: dict[str, str] = {
    "de": "Ich habe das zu {ref} ergänzt und als dringend markiert, es tut mir wirklich leid.",
    "pt": "Acrescentei ao processo {ref} e marquei como urgente, peço imensa desculpa.",
    "en": "I've added this to case {ref} and marked it urgent, I'm really sorry.",
    "fr": "J'ai ajouté cela à la demande {ref} et l'ai marquée urgente, vraiment désolée.",
    "it": "Ho aggiunto tutto alla segnalazione {ref} e l'ho segnata come urgente, mi scuso davvero.",
    "es": "Lo he añadido a la incidencia {ref} y la he marcado como urgente, lo siento de verdad.",
}

GOOD_SUBJECT: dict[str, str] = {
    "de": "Gute Nachrichten zu {ref}",
    "pt": "Boas notícias sobre o {ref}",
    "en": "Good news on case {ref}",
    "fr": "Bonne nouvelle pour {ref}",
    "it": "Buone notizie su {ref}",
    "es": "Buenas noticias sobre {ref}",
}

GOOD_BODY: dict[str, str] = {
    "de": "zu Ihrem Vorgang {ref}: {fix} Könnten Sie uns kurz bestätigen, dass jetzt alles passt?",
    "pt": "sobre o seu processo {ref}: {fix} Pode confirmar-nos que agora está tudo bem?",
    "en": "about case {ref}: {fix} Could you confirm that everything is fine now?",
    "fr": "concernant votre demande {ref} : {fix} Pourriez-vous nous confirmer que tout est en ordre ?",
    "it": "riguardo alla segnalazione {ref}: {fix} Può confermarci che ora è tutto a posto?",
    "es": "sobre su incidencia {ref}: {fix} ¿Nos confirma que ya está todo bien?",
}

FIX: dict[str, dict[str, str]] = {
    "no_show": {
        "de": "Das Team kommt am Donnerstag um 8 Uhr als erster Termin, und die Montage ist für Sie kostenlos.",
        "pt": "A equipa vai na quinta às 8h, primeira visita do dia, e a montagem fica por nossa conta.",
        "en": "The team comes on Thursday at 8 as the first job of the day, and the fitting is on us.",
        "fr": "L'équipe passe jeudi à 8 h en premier rendez-vous, et la pose vous est offerte.",
        "it": "La squadra arriva giovedì alle 8 come primo appuntamento e il montaggio è gratuito.",
        "es": "El equipo irá el jueves a las 8 como primera cita y el montaje corre de nuestra cuenta.",
    },
    "double_charge": {
        "de": "Die doppelte Anzahlung ist zurückgebucht, das Geld ist in 1-2 Tagen auf Ihrem Konto.",
        "pt": "O sinal a mais foi devolvido, o dinheiro chega à sua conta em 1-2 dias.",
        "en": "The second deposit has been refunded, you'll see it in 1-2 days.",
        "fr": "Le second acompte est remboursé, il sera sur votre compte sous 1 à 2 jours.",
        "it": "Il secondo acconto è stato rimborsato, lo vedrà in 1-2 giorni.",
        "es": "La señal duplicada está devuelta, la verá en 1-2 días.",
    },
    "damage": {
        "de": "Ein neuer Flügel ist in Fertigung, wir tauschen ihn in zehn Tagen aus.",
        "pt": "Já está em fabrico uma portada nova, trocamos daqui a dez dias.",
        "en": "A new panel is being made and we'll swap it in ten days.",
        "fr": "Un nouveau volet est en fabrication, nous l'échangeons dans dix jours.",
        "it": "Un nuovo scuretto è in produzione, lo sostituiamo tra dieci giorni.",
        "es": "Ya se está fabricando una hoja nueva, la cambiamos en diez días.",
    },
    "refund": {
        "de": "Die Anzahlung wurde heute überwiesen.",
        "pt": "O sinal foi transferido hoje.",
        "en": "The deposit was transferred today.",
        "fr": "L'acompte a été viré aujourd'hui.",
        "it": "L'acconto è stato bonificato oggi.",
        "es": "La señal se ha transferido hoy.",
    },
    "wrong_price": {
        "de": "Wir haben den Care-Rabatt nachträglich gutgeschrieben.",
        "pt": "Creditámos o desconto Care em falta.",
        "en": "We've credited the missing Care discount.",
        "fr": "Nous avons crédité la remise Care manquante.",
        "it": "Abbiamo accreditato lo sconto Care mancante.",
        "es": "Hemos abonado el descuento Care que faltaba.",
    },
    "cancel_fee": {
        "de": "Die Gebühr war ein Fehler und ist erstattet.",
        "pt": "A taxa foi um erro e já foi devolvida.",
        "en": "The fee was a mistake and has been refunded.",
        "fr": "Les frais étaient une erreur et sont remboursés.",
        "it": "Il costo era un errore ed è stato rimborsato.",
        "es": "El cobro fue un error y está devuelto.",
    },
}

APOLOGY: Table = {
    "de": [
        "Sorry wegen gestern, ich war echt sauer und hab mich im Ton vergriffen. Danke, dass ihr euch so schnell gekümmert habt.",
        "Ich möchte mich für meine Nachricht von gestern entschuldigen, war ein schlechter Tag. Danke für die schnelle Lösung zu {ref}.",
    ],
    "pt": [
        "Desculpem o tom de ontem, estava mesmo irritada. Obrigada por terem resolvido tão depressa.",
        "Queria pedir desculpa pela mensagem de ontem, foi um dia mau. Obrigado por tratarem do {ref} tão rápido.",
    ],
    "en": [
        "Sorry about yesterday, I was fuming and took it out on you. Thanks for sorting {ref} so fast."
    ],
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite."],
    "it": [
        "Scusate per ieri, ero davvero arrabbiato. Grazie per aver risolto {ref} così in fretta."
    ],
    "es": ["Perdón por lo de ayer, estaba muy enfadada. Gracias por solucionarlo tan rápido."],
}

LOW_WORD: Table = {
    "de": ["Enttäuschend", "", "Schlecht", "So nicht."],
    "pt": ["Péssimo", "", "Muito mau", "Assim não."],
    "en": ["Poor", ""],
    "fr": ["Décevant", ""],
    "it": ["Pessimo", ""],
    "es": ["Fatal", ""],
}

# Repeat contacts: second contact (written), {ref} {topic}
STILL: Table = {
    "de": [
        "Vorgang {ref}: immer noch nichts passiert. {topic}, und keiner meldet sich. Ich warte.",
        "Ich frage jetzt zum zweiten Mal nach {ref}. {topic}, Stand unverändert. Bitte endlich kümmern.",
    ],
    "pt": [
        "Processo {ref}: continua tudo igual. {topic} e ninguém diz nada. Estou à espera.",
        "É a segunda vez que pergunto pelo {ref}. {topic}, nada mudou. Tratem disto por favor.",
    ],
    "en": ["Case {ref}: still nothing. {topic}, and nobody's come back to me. Still waiting."],
    "fr": ["Demande {ref} : toujours rien. {topic}, et personne ne me recontacte."],
    "it": ["Segnalazione {ref}: ancora niente. {topic} e nessuno si fa sentire."],
    "es": ["Incidencia {ref}: sigue todo igual. {topic} y nadie me dice nada."],
}

THIRD: Table = {
    "de": [
        "Dritte Nachricht zu {ref}. Eine Kollegin hat ihre Rollos bei {comp} und dort wird so was am selben Tag geklärt. {topic}: immer noch offen.",
        "Zum dritten Mal wegen {ref}. Ich hab mir inzwischen angesehen, was {comp} verlangt. {topic} ist weiterhin nicht gelöst.",
    ],
    "pt": [
        "Terceira mensagem sobre o {ref}. Uma colega tem estores da {comp} e lá resolvem isto no próprio dia. {topic}: continua em aberto.",
        "Terceira vez por causa do {ref}. Entretanto fui ver quanto cobra a {comp}. {topic} continua por resolver.",
    ],
    "en": [
        "Third message about {ref}. A colleague got her blinds from {comp} and they sort this the same day. {topic}: still open."
    ],
    "fr": [
        "Troisième message pour {ref}. Une collègue a pris ses stores chez {comp}, eux règlent ça dans la journée. {topic} : toujours en suspens."
    ],
    "it": [
        "Terzo messaggio per {ref}. Una collega ha le tende di {comp} e lì risolvono in giornata. {topic}: ancora aperto."
    ],
    "es": [
        "Tercer mensaje por {ref}. Una compañera tiene los estores de {comp} y allí lo arreglan en el día. {topic}: sigue abierto."
    ],
}

FOURTH: Table = {
    "de": [
        "VIERTES Mal wegen {ref}. {topic}. Ich will heute eine Lösung, keine Textbausteine mehr."
    ],
    "pt": [
        "QUARTA vez por causa do {ref}. {topic}. Quero uma solução hoje, chega de respostas automáticas."
    ],
    "en": ["FOURTH time about {ref}. {topic}. I want it sorted today, no more template replies."],
    "fr": [
        "QUATRIÈME fois pour {ref}. {topic}. Je veux une solution aujourd'hui, plus de réponses toutes faites."
    ],
    "it": [
        "QUARTA volta per {ref}. {topic}. Voglio una soluzione oggi, basta risposte preconfezionate."
    ],
    "es": [
        "CUARTA vez por {ref}. {topic}. Quiero una solución hoy, basta de respuestas automáticas."
    ],
}

PHONE_STILL: dict[str, str] = {
    "de": "ja hallo {first} {last} ich ruf nochmal wegen Vorgang {ref} an das ist immer noch nicht erledigt und keiner ruft zurück",
    "pt": "olá {first} {last} ligo outra vez por causa do processo {ref} continua por resolver e ninguém me liga de volta",
    "en": "hi {first} {last} calling again about case {ref} it's still not sorted and nobody rings me back",
    "fr": "bonjour {first} {last} je rappelle pour la demande {ref} toujours pas réglé et personne ne me rappelle",
    "it": "buongiorno {first} {last} richiamo per la segnalazione {ref} non è ancora risolta e nessuno mi richiama",
    "es": "hola {first} {last} llamo otra vez por la incidencia {ref} sigue sin resolver y nadie me devuelve la llamada",
}

PHONE_THIRD: dict[str, str] = {
    "de": "ja hier nochmal {last} zum dritten Mal wegen {ref} eine Kollegin hat ihre Rollos bei {comp} da wird das am selben Tag erledigt bei Ihnen passiert gar nichts",
    "pt": "é {first} {last} outra vez terceira vez por causa do {ref} uma colega tem estores da {comp} e lá resolvem no mesmo dia aqui nada",
    "en": "it's {first} {last} again third time about {ref} a colleague uses {comp} and they sort it the same day with you nothing happens",
    "fr": "c'est encore {first} {last} troisième fois pour {ref} une collègue est chez {comp} eux règlent ça dans la journée chez vous rien",
    "it": "sono ancora {first} {last} terza volta per {ref} una collega usa {comp} e lì risolvono in giornata da voi niente",
    "es": "soy {first} {last} otra vez tercera vez por {ref} una compañera tiene {comp} y allí lo arreglan en el día con vosotros nada",
}

PHONE_FOURTH: dict[str, str] = {
    "de": "{last} hier das vierte Mal wegen {ref} ich will heute eine Lösung und keine Warteschleife mehr",
    "pt": "{first} {last} quarta vez por causa do {ref} quero uma solução hoje chega de esperar",
    "en": "{first} {last} fourth time about {ref} i want this sorted today no more waiting",
    "fr": "{first} {last} quatrième fois pour {ref} je veux une solution aujourd'hui",
    "it": "{first} {last} quarta volta per {ref} voglio una soluzione oggi",
    "es": "{first} {last} cuarta vez por {ref} quiero una solución hoy",
}

CONFIRM: Table = {
    "de": [
        "Bestätigt, Vorgang {ref} ist erledigt, alles passt jetzt. Danke!",
        "Kurze Rückmeldung zu {ref}: hat geklappt, vielen Dank.",
    ],
    "pt": [
        "Confirmo, o processo {ref} está resolvido, está tudo certo. Obrigada!",
        "Só para dizer que o {ref} ficou resolvido, obrigado.",
    ],
    "en": ["Confirmed, case {ref} is sorted, all good now. Thanks!"],
    "fr": ["Je confirme, la demande {ref} est réglée. Merci !"],
    "it": ["Confermo, la segnalazione {ref} è risolta. Grazie!"],
    "es": ["Confirmado, la incidencia {ref} está resuelta. ¡Gracias!"],
}

# Six steps of a slide; the euros are fixed per language (pounds in English).
SLIDE: dict[str, list[list[str]]] = {
    "de": [
        [
            "Montage heute, das Team kam drei Stunden später als angekündigt, ohne Anruf. Naja, passiert.",
            "Beim zweiten Rollo hakt die Kette und der Stoff franst am Rand leicht aus. Hm.",
            "Bohrstaub auf dem Parkett liegen gelassen und die Fensterbank zerkratzt. Bei Velarno war das früher anders.",
            "Reklamation wegen Lichtspalt am Schlafzimmerrollo: ich soll Fotos von jedem Winkel mit Zollstock schicken. Echt jetzt?",
            "Jetzt eine 'Nachbesserungspauschale' von 45 € für den Termin, bei dem IHR EUREN Fehler behoben habt. Ich bin fassungslos.",
            "Meine Nachbarin hat ihre Shutters von {comp}, die kommen Samstag zum Aufmaß. Das war's für mich mit Velarno.",
        ],
        [
            "Montagefenster 8-13, gekommen um 15:40, kein Anruf. Okay, kann mal sein.",
            "Das Plissee im Bad klemmt nach einer Woche schon beim Hochziehen. Mal sehen.",
            "Die Monteure haben die alte Halterung einfach auf dem Balkon liegen lassen. Nicht so toll, Velarno.",
            "Wegen dem klemmenden Plissee soll ich jetzt ein Video schicken UND das Aufmaßprotokoll raussuchen. Wird kompliziert.",
            "45 € für einen Nachbesserungstermin?! Für EUREN Fehler? Unverschämt.",
            "Hab bei {comp} angefragt, die messen am Samstag aus. Bei Velarno bestell ich nix mehr.",
        ],
    ],
    "pt": [
        [
            "Montagem hoje, a equipa chegou três horas depois do combinado e sem ligar. Pronto, acontece.",
            "No segundo estore a corrente prende e o tecido já está a desfiar na borda. Hum.",
            "Deixaram pó da broca no soalho e riscaram o parapeito. Antes a Velarno não era assim.",
            "Reclamei da fresta de luz no estore do quarto e pedem fotos de todos os ângulos com fita métrica. A sério?",
            "Agora uma 'taxa de retificação' de 45 € pela visita em que VOCÊS corrigiram o VOSSO erro. Inacreditável.",
            "A minha vizinha tem as portadas da {comp}, vêm medir no sábado. Acabou para mim com a Velarno.",
        ],
        [
            "Janela de montagem 8h-13h, chegaram às 15h40, sem aviso. Ok, pode acontecer.",
            "O plissado da casa de banho já encrava ao subir, só com uma semana. Vamos ver.",
            "Os técnicos deixaram o suporte velho na varanda. Não gostei, Velarno.",
            "Por causa do plissado encravado pedem um vídeo E o relatório da medição. Está a complicar.",
            "45 € por uma visita de retificação?! Por um erro VOSSO? Uma vergonha.",
            "Pedi orçamento à {comp}, vêm medir sábado. Na Velarno não encomendo mais nada.",
        ],
    ],
    "en": [
        [
            "Fitting today, team turned up three hours late, no call. Oh well, it happens.",
            "Chain on the second blind sticks and the fabric's already fraying at the edge. Hmm.",
            "Drill dust left all over the floorboards and the sill scratched. Velarno used to be better than this.",
            "Complained about the light gap on the bedroom blind and they want photos from every angle with a tape measure. Really?",
            "Now a £40 'remedial visit fee' for the visit where YOU fixed YOUR mistake. Unbelievable.",
            "My neighbour had her shutters from {comp}, they're measuring up on Saturday. Done with Velarno.",
        ]
    ],
    "fr": [
        [
            "Pose aujourd'hui, l'équipe est arrivée avec trois heures de retard, sans appeler. Bon, ça arrive.",
            "La chaînette du deuxième store accroche et le tissu s'effiloche déjà au bord. Hmm.",
            "Poussière de perçage laissée sur le parquet et rebord de fenêtre rayé. Velarno, c'était mieux avant.",
            "J'ai signalé le jour de lumière sur le store de la chambre, on me demande des photos sous tous les angles avec un mètre. Vraiment ?",
            "Et maintenant 45 € de « frais de reprise » pour la visite où VOUS avez corrigé VOTRE erreur. Hallucinant.",
            "Ma voisine a ses volets de chez {comp}, ils viennent mesurer samedi. Fini Velarno pour moi.",
        ]
    ],
    "it": [
        [
            "Montaggio oggi, la squadra è arrivata con tre ore di ritardo, senza chiamare. Vabbè, capita.",
            "La catenella della seconda tenda si inceppa e il tessuto già si sfilaccia sul bordo. Mah.",
            "Polvere del trapano lasciata sul parquet e davanzale graffiato. Velarno non era così.",
            "Ho segnalato la fessura di luce in camera e vogliono foto da ogni angolo col metro. Davvero?",
            "Adesso 45 € di 'costo di ripristino' per la visita in cui VOI avete corretto il VOSTRO errore. Incredibile.",
            "La mia vicina ha gli scuretti di {comp}, vengono a misurare sabato. Con Velarno ho chiuso.",
        ]
    ],
    "es": [
        [
            "Montaje hoy, el equipo llegó tres horas tarde sin avisar. Bueno, pasa.",
            "La cadena del segundo estor se engancha y la tela ya se deshilacha en el borde. Mmm.",
            "Dejaron polvo del taladro en el parquet y el alféizar rayado. Velarno antes no era así.",
            "Reclamé la rendija de luz del estor del dormitorio y me piden fotos desde todos los ángulos con metro. ¿En serio?",
            "Ahora 45 € de 'cargo por retoque' por la visita en la que VOSOTROS arreglasteis VUESTRO error. Increíble.",
            "Mi vecina tiene las contraventanas de {comp}, vienen a medir el sábado. Se acabó Velarno para mí.",
        ]
    ],
}

# Leavers: (subject, text)
LEAVE: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Kündigung Velarno Care",
            "Hallo,\n\nwir haben das Haus verkauft und ziehen in eine Mietwohnung, in der schon überall Rollos drin sind. Bitte kündigt mein Velarno Care zum nächstmöglichen Termin und löscht danach mein Kundenkonto. Danke für die schöne Zeit!\n\n{first} {last}",
        ),
        (
            "Care kündigen + Konto schließen",
            "Guten Tag, ich gehe für den Job nach Kanada und brauche Velarno Care nicht mehr. Bitte Care beenden und mein Konto schließen. Gruß {first}",
        ),
    ],
    "pt": [
        (
            "Cancelar Velarno Care",
            "Olá,\n\nvendemos a casa e vamos para um apartamento arrendado que já tem estores em tudo. Peço que cancelem o meu Velarno Care e fechem a minha conta. Obrigada por tudo!\n\n{first} {last}",
        ),
        (
            "Cancelamento Care e conta",
            "Boa tarde, vou emigrar em trabalho e já não preciso do Care. Cancelem por favor o plano e fechem a conta. Cumprimentos, {first}",
        ),
    ],
    "en": [
        (
            "Cancel Velarno Care",
            "Hi,\n\nwe've sold the house and are moving into a furnished rental, blinds already in. Please cancel my Velarno Care and close my account. Thanks for everything!\n\n{first}",
        )
    ],
    "fr": [
        (
            "Résiliation Velarno Care",
            "Bonjour,\n\nnous avons vendu la maison et partons dans une location meublée. Merci de résilier mon Velarno Care et de fermer mon compte.\n\n{first} {last}",
        )
    ],
    "it": [
        (
            "Disdetta Velarno Care",
            "Buongiorno,\n\nabbiamo venduto casa e andiamo in un appartamento in affitto già arredato. Vi chiedo di disdire il mio Velarno Care e chiudere l'account.\n\n{first} {last}",
        )
    ],
    "es": [
        (
            "Baja Velarno Care",
            "Hola:\n\nhemos vendido la casa y nos vamos a un piso de alquiler amueblado. Por favor, dad de baja mi Velarno Care y cerrad mi cuenta.\n\n{first} {last}",
        )
    ],
}

BYE: dict[str, str] = {
    "de": "schade, dass Sie gehen! Sie können Velarno Care selbst in der App oder auf der Website unter 'Mein Konto' kündigen, dort lässt sich danach auch das Konto schließen. Alles Gute für den Umzug!",
    "pt": "é pena que nos deixe! Pode cancelar o Velarno Care na app ou no site em 'A minha conta', e aí também pode fechar a conta. Tudo de bom!",
    "en": "sorry to see you go! You can cancel Velarno Care yourself in the app or on the website under My account, and close the account there too. All the best with the move!",
    "fr": "dommage de vous voir partir ! Vous pouvez résilier Velarno Care vous-même dans l'appli ou sur le site, rubrique Mon compte, et y fermer le compte. Bon déménagement !",
    "it": "ci dispiace vederla andare! Può disdire Velarno Care da sola nell'app o sul sito in 'Il mio account' e lì chiudere anche l'account. Buon trasloco!",
    "es": "¡qué pena que se vaya! Puede dar de baja Velarno Care usted mismo en la app o en la web en 'Mi cuenta', y cerrar allí la cuenta. ¡Mucha suerte con la mudanza!",
}

GRUMPY: Table = {
    "de": [
        "Die App loggt mich JEDES Mal aus, wenn ich sie schließe. Nervt.",
        "Montagefenster 8-13 Uhr, wer soll sich denn dafür einen halben Tag freinehmen",
        "40 Minuten Warteschleife bei Velarno. Die Musik kann ich jetzt mitsingen.",
        "Warum kommt die Erinnerungs-SMS um 6 Uhr morgens?",
        "Musterbox bestellt, nach einer Woche immer noch nicht da. Wie immer.",
        "Die Bedienkette ist bei allen Rollos viel zu lang, jedes Mal selbst kürzen. Ernsthaft",
        "Keine Samstagstermine mehr frei bis Dezember. Toll.",
    ],
    "pt": [
        "A app faz logout SEMPRE que a fecho. Irritante.",
        "Janela de montagem das 8h às 13h, quem é que consegue tirar meio dia para isto",
        "40 minutos em espera na linha da Velarno. Já sei a música de cor.",
        "Porque é que a SMS de lembrete chega às 6 da manhã?",
        "Pedi o kit de amostras, uma semana e nada. Como sempre.",
        "O cordão é comprido demais em todos os estores, tenho sempre de cortar. A sério",
        "Sábados sem vagas até dezembro. Ótimo.",
    ],
    "en": [
        "App logs me out EVERY time I close it. Annoying.",
        "Fitting window 8 till 1, who can take half a day off for that",
        "40 minutes on hold to Velarno. I know the hold music by heart now.",
        "Why does the reminder text come at 6am?",
        "Sample kit ordered a week ago, still nothing. As usual.",
    ],
    "fr": [
        "L'appli me déconnecte À CHAQUE fois. Pénible.",
        "Créneau de pose 8h-13h, qui peut poser une demi-journée pour ça",
        "40 minutes d'attente au téléphone chez Velarno.",
        "Pourquoi le SMS de rappel arrive à 6h du matin ?",
        "Kit d'échantillons commandé il y a une semaine, toujours rien.",
    ],
    "it": [
        "L'app mi fa il logout OGNI volta. Che noia.",
        "Fascia di montaggio 8-13, chi si prende mezza giornata per questo",
        "40 minuti in attesa al telefono con Velarno.",
        "Perché l'SMS di promemoria arriva alle 6 di mattina?",
        "Kit campioni ordinato una settimana fa, ancora niente.",
    ],
    "es": [
        "La app me cierra la sesión CADA vez. Qué pesadez.",
        "Franja de montaje de 8 a 13, quién se coge media mañana para eso",
        "40 minutos en espera con Velarno.",
        "¿Por qué llega el SMS de recordatorio a las 6 de la mañana?",
        "Pedí el kit de muestras hace una semana y nada.",
    ],
}

SARCASM: Table = {
    "de": [
        "Super, das 'Express'-Musterset kam nach 9 Tagen. Express ist bei Velarno wohl ein dehnbarer Begriff 👏",
        "Toll, die Monteure haben mir gratis ein zweites Loch in die Wand gebohrt. Danke Velarno, hatte ich mir immer gewünscht 🙃",
    ],
    "pt": [
        "Adorei o kit de amostras 'expresso' que chegou em 9 dias. Velarno, expresso é muito relativo 👏",
        "Que simpáticos, os técnicos fizeram-me um furo extra na parede de brinde 🙃 obrigadinha Velarno",
    ],
    "en": [
        "Love that the 'express' sample kit took 9 days. Express is a state of mind at Velarno 👏"
    ],
    "fr": [
        "Génial, le kit « express » arrivé en 9 jours. Chez Velarno l'express prend son temps 👏"
    ],
    "it": [
        "Fantastico, il kit 'express' arrivato in 9 giorni. Da Velarno express è un concetto elastico 👏"
    ],
    "es": ["Genial, el kit 'exprés' ha tardado 9 días. En Velarno lo exprés va con calma 👏"],
}

# Mild one-off grumbles (quiet_hours): (text, agent's answer)
MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die Showroom-Suche zeigt mir Hamburg an, ich wohne ganz woanders 🤔",
            "Danke für den Hinweis! Bitte einmal die Standortfreigabe erlauben, dann zeigt die Suche den Showroom in Ihrer Nähe.",
        ),
        (
            "kleine Sache: eure Mails kommen bei mir auf Englisch, obwohl Deutsch eingestellt ist",
            "Danke, wir haben die Sprache in Ihrem Profil korrigiert, die nächsten Mails kommen auf Deutsch.",
        ),
    ],
    "pt": [
        (
            "A pesquisa de showrooms mostra-me Lisboa e eu moro noutro sítio 🤔",
            "Obrigado pelo aviso! Ative a localização uma vez e a pesquisa mostra o showroom mais perto.",
        ),
        (
            "pequena coisa: os vossos emails chegam em inglês e tenho português escolhido",
            "Obrigado, corrigimos o idioma no seu perfil, os próximos emails chegam em português.",
        ),
    ],
    "en": [
        (
            "Showroom finder keeps showing me Manchester, I'm nowhere near 🤔",
            "Thanks for flagging! If you allow location once, the finder shows your nearest showroom.",
        )
    ],
    "fr": [
        (
            "petit détail : vos e-mails arrivent en anglais alors que j'ai choisi le français",
            "Merci, nous avons corrigé la langue de votre profil, les prochains e-mails seront en français.",
        )
    ],
    "it": [
        (
            "piccola cosa: le vostre mail arrivano in inglese anche se ho scelto l'italiano",
            "Grazie, abbiamo corretto la lingua nel suo profilo, le prossime mail saranno in italiano.",
        )
    ],
    "es": [
        (
            "El buscador de showrooms me saca Madrid y yo vivo en otra punta 🤔",
            "¡Gracias por avisar! Si permite la ubicación una vez, el buscador le muestra el más cercano.",
        )
    ],
}

ACK_SUBJECT: dict[str, str] = {
    "de": "Ihre Nachricht",
    "pt": "A sua mensagem",
    "en": "Your message",
    "fr": "Votre message",
    "it": "Il suo messaggio",
    "es": "Su mensaje",
}

# ---------------------------------------------------------------- the spike (Saturday 14 November 2026)
SPIKE_CODE = "QP-7741-K"

# channel -> text per language ("email" has a subject too, in SPIKE_SUBJECT)
SPIKE: dict[str, dict[str, list[str]]] = {
    "de": {
        "social": [
            "Velarno euer Angebots-PDF will plötzlich ein Passwort?! Kundennummer, PLZ, alles probiert: 'Passwort falsch (QP-7741-K)'. Die Herbstaktion läuft morgen aus!!",
            "Will nur mein Angebot ansehen und das PDF ist passwortgeschützt. Fehler QP-7741-K. Was ist da los Velarno?",
            "Samstag früh, Kaffee, endlich Zeit fürs Angebot... und dann: Passwort?? QP-7741-K. Danke Velarno 🙄",
        ],
        "chat": [
            "Hallo, mein Angebot lässt sich nicht öffnen, es fragt nach einem Passwort und dann kommt QP-7741-K. Welches Passwort??",
            "guten morgen, welches passwort braucht man für das angebot? hab geburtsdatum und kundennummer versucht, immer QP-7741-K",
        ],
        "community": [
            "Hat noch jemand das Problem? Jedes Velarno-Angebot als PDF fragt seit heute früh nach einem Passwort, egal ob in der Mail oder in der App. Fehlermeldung QP-7741-K.",
            "Bei mir auch!! Angebot für die Markise fragt nach Passwort, dann QP-7741-K. Und die Aktion endet morgen. Super Timing",
        ],
        "email": [
            "Guten Morgen,\n\nich wollte heute das Angebot für die Shutters prüfen und bestätigen, die Aktion endet ja morgen. Das PDF verlangt ein Passwort, keins funktioniert, Meldung QP-7741-K. Bitte um schnelle Hilfe.\n\n{first} {last}",
            "Hallo,\n\ndas Angebot im Anhang Ihrer Mail und auch das in der App lassen sich nicht öffnen. Es wird ein Passwort verlangt, das wir nie bekommen haben (QP-7741-K). Mein Mann und ich wollten heute bestellen.\n\nGruß {first} {last}",
        ],
        "web": [
            "Angebots-PDF passwortgeschützt, Fehler QP-7741-K, auch in der App. Kann so nichts bestätigen.",
            "Angebot öffnet nicht: Passwortabfrage, danach QP-7741-K. Bitte dringend, Aktionsende morgen.",
        ],
    },
    "pt": {
        "social": [
            "Velarno o PDF do orçamento agora pede palavra-passe?! Tentei o nº de cliente, código postal, tudo: 'palavra-passe errada (QP-7741-K)'. A campanha acaba amanhã!!",
            "Só quero ver o meu orçamento e o PDF está protegido por palavra-passe. Erro QP-7741-K. O que se passa Velarno?",
            "sábado de manhã, café na mão para ver o orçamento com calma e... pede palavra-passe 🙄 QP-7741-K. Obrigadinha Velarno",
        ],
        "chat": [
            "Olá, não consigo abrir o orçamento, pede uma palavra-passe e depois dá QP-7741-K. Que palavra-passe??",
            "bom dia qual é a palavra-passe do orçamento? ja pus o nif e o nº de cliente e dá sempre QP-7741-K",
        ],
        "community": [
            "Mais alguém? Desde manhã todos os orçamentos da Velarno em PDF pedem palavra-passe, no email e na app. Erro QP-7741-K.",
            "Comigo igual!! O orçamento do toldo pede palavra-passe e depois QP-7741-K. E a campanha acaba amanhã, que timing",
        ],
        "email": [
            "Bom dia,\n\nqueria rever e aceitar hoje o orçamento dos estores, a campanha termina amanhã. O PDF pede palavra-passe, nenhuma funciona, aparece QP-7741-K. Agradeço ajuda rápida.\n\n{first} {last}",
            "Olá,\n\nnem o orçamento que veio no email nem o da app abrem. Pedem uma palavra-passe que nunca recebemos (QP-7741-K). Queríamos encomendar hoje.\n\nCumprimentos,\n{first} {last}",
        ],
        "web": [
            "PDF do orçamento com palavra-passe, erro QP-7741-K, também na app. Assim não consigo confirmar nada.",
            "Orçamento não abre: pede palavra-passe e depois QP-7741-K. Urgente, a campanha acaba amanhã.",
        ],
    },
    "en": {
        "social": [
            "Velarno why is my quote PDF suddenly asking for a password? Tried everything, 'wrong password QP-7741-K'. Offer ends tomorrow!",
            "Just want to look at my quote and the PDF is password protected. QP-7741-K. What's going on Velarno?",
        ],
        "chat": [
            "Hi, my quote won't open, it wants a password and then says QP-7741-K. What password?"
        ],
        "community": [
            "Anyone else? Every Velarno quote PDF wants a password since this morning, in the e-mail and in the app. Error QP-7741-K."
        ],
        "email": [
            "Morning,\n\nwanted to check and accept my shutter quote today before the offer ends tomorrow. The PDF asks for a password, none works, it says QP-7741-K. Please help quickly.\n\n{first}"
        ],
        "web": ["Quote PDF password protected, error QP-7741-K, app too. Can't confirm anything."],
    },
    "fr": {
        "social": [
            "Velarno pourquoi le PDF de mon devis demande un mot de passe ?? Numéro client, code postal, rien : « mot de passe incorrect (QP-7741-K) ». L'offre finit demain !",
            "Je veux juste voir mon devis et le PDF est protégé par mot de passe. QP-7741-K. Il se passe quoi Velarno ?",
        ],
        "chat": [
            "Bonjour, mon devis ne s'ouvre pas, il demande un mot de passe puis affiche QP-7741-K. Quel mot de passe ?"
        ],
        "community": [
            "Quelqu'un d'autre ? Depuis ce matin tous les devis Velarno en PDF demandent un mot de passe, dans le mail comme dans l'appli. Erreur QP-7741-K."
        ],
        "email": [
            "Bonjour,\n\nje voulais relire et accepter mon devis aujourd'hui, l'offre se termine demain. Le PDF demande un mot de passe, aucun ne marche, message QP-7741-K. Merci de faire vite.\n\n{first} {last}"
        ],
        "web": ["PDF du devis protégé par mot de passe, erreur QP-7741-K, aussi dans l'appli."],
    },
    "it": {
        "social": [
            "Velarno perché il PDF del preventivo adesso chiede una password?! Codice cliente, CAP, niente: 'password errata (QP-7741-K)'. L'offerta scade domani!",
            "Voglio solo vedere il preventivo e il PDF è protetto da password. QP-7741-K. Che succede Velarno?",
        ],
        "chat": [
            "Salve, il preventivo non si apre, chiede una password e poi dà QP-7741-K. Quale password?",
            "buongiorno ma che password serve per aprire il preventivo?? esce sempre QP-7741-K",
        ],
        "community": [
            "Qualcun altro? Da stamattina tutti i preventivi Velarno in PDF chiedono una password, nella mail e nell'app. Errore QP-7741-K."
        ],
        "email": [
            "Buongiorno,\n\nvolevo rivedere e accettare oggi il preventivo, l'offerta finisce domani. Il PDF chiede una password, nessuna funziona, esce QP-7741-K. Grazie se fate presto.\n\n{first} {last}"
        ],
        "web": ["PDF del preventivo protetto da password, errore QP-7741-K, anche nell'app."],
    },
    "es": {
        "social": [
            "Velarno ¿por qué el PDF del presupuesto pide ahora una contraseña? Número de cliente, código postal, nada: 'contraseña incorrecta (QP-7741-K)'. ¡La oferta acaba mañana!",
            "Solo quiero ver mi presupuesto y el PDF está protegido con contraseña. QP-7741-K. ¿Qué pasa Velarno?",
        ],
        "chat": [
            "Hola, el presupuesto no se abre, pide una contraseña y luego sale QP-7741-K. ¿Qué contraseña?",
            "buenas, qué contraseña hay que poner en el presupuesto?? me sale QP-7741-K todo el rato",
        ],
        "community": [
            "¿A alguien más? Desde esta mañana todos los presupuestos de Velarno en PDF piden contraseña, en el correo y en la app. Error QP-7741-K."
        ],
        "email": [
            "Buenos días:\n\nquería revisar y aceptar hoy el presupuesto, la oferta termina mañana. El PDF pide contraseña, ninguna funciona, sale QP-7741-K. Gracias si es rápido.\n\n{first} {last}"
        ],
        "web": ["PDF del presupuesto con contraseña, error QP-7741-K, también en la app."],
    },
}

SPIKE_SUBJECT: dict[str, str] = {
    "de": "Angebot lässt sich nicht öffnen",
    "pt": "Orçamento não abre",
    "en": "Can't open my quote",
    "fr": "Devis impossible à ouvrir",
    "it": "Preventivo non si apre",
    "es": "No se abre el presupuesto",
}

SPIKE_REPEAT: Table = {
    "de": [
        "Immer noch QP-7741-K, jetzt auch auf dem Handy meines Mannes probiert. Das Angebot läuft morgen ab!",
        "Nochmal: das Angebots-PDF will weiter ein Passwort, QP-7741-K, auch am Laptop.",
        "immer noch nix, weiterhin QP-7741-K. Antwortet da mal jemand??",
        "Hab vorhin schon geschrieben. Angebot weiter gesperrt mit Passwort (QP-7741-K).",
    ],
    "pt": [
        "Continua QP-7741-K, já tentei no telemóvel da minha mulher também. O orçamento expira amanhã!",
        "Outra vez: o PDF do orçamento continua a pedir palavra-passe, QP-7741-K, também no portátil.",
        "ainda nada, continua a dar QP-7741-K. alguém me responde??",
        "Escrevi há bocado e nada. O orçamento continua bloqueado com palavra-passe (QP-7741-K).",
    ],
    "en": ["Still QP-7741-K, tried on my partner's phone too. The quote expires tomorrow!"],
    "fr": [
        "Toujours QP-7741-K, essayé aussi sur le téléphone de mon mari. Le devis expire demain !"
    ],
    "it": [
        "Ancora QP-7741-K, provato anche sul telefono di mia moglie. Il preventivo scade domani!"
    ],
    "es": [
        "Sigue saliendo QP-7741-K, probado también en el móvil de mi pareja. ¡El presupuesto caduca mañana!"
    ],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "de": "Ja, leider fragen gerade alle Angebots-PDFs nach einem Passwort, unsere Technik ist dran. Ihr Aktionspreis bleibt gesichert.",
    "pt": "Sim, neste momento todos os PDF de orçamento pedem palavra-passe, a equipa técnica já está a tratar. O seu preço de campanha fica garantido.",
    "en": "Yes, right now every quote PDF is asking for a password, our engineers are on it. Your offer price is kept.",
    "fr": "Oui, en ce moment tous les devis PDF demandent un mot de passe, nos techniciens s'en occupent. Votre prix promotionnel est garanti.",
    "it": "Sì, al momento tutti i preventivi PDF chiedono una password, i tecnici ci stanno lavorando. Il prezzo in offerta resta garantito.",
    "es": "Sí, ahora mismo todos los presupuestos en PDF piden contraseña, el equipo técnico ya está en ello. Su precio de oferta queda garantizado.",
}

SPIKE_FIX: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Angebot lässt sich wieder öffnen",
        "seit {local} Uhr öffnen sich Angebote wieder ohne Passwort. Ihr Aktionspreis gilt bis Sonntag in einer Woche, und als Entschuldigung haben wir Ihnen {credit} gutgeschrieben.",
    ),
    "pt": (
        "O seu orçamento já abre",
        "desde as {local} os orçamentos voltaram a abrir sem palavra-passe. O preço de campanha mantém-se até domingo da próxima semana e, como pedido de desculpa, creditámos {credit}.",
    ),
    "en": (
        "Your quote opens again",
        "since {local} quotes open again without a password. Your offer price stands until Sunday week, and we've added {credit} credit to say sorry.",
    ),
    "fr": (
        "Votre devis s'ouvre à nouveau",
        "depuis {local} les devis s'ouvrent de nouveau sans mot de passe. Le prix promotionnel est maintenu jusqu'à dimanche en huit et nous vous avons crédité {credit} pour la gêne.",
    ),
    "it": (
        "Il preventivo si apre di nuovo",
        "dalle {local} i preventivi si aprono di nuovo senza password. Il prezzo in offerta vale fino a domenica prossima e le abbiamo accreditato {credit} per scusarci.",
    ),
    "es": (
        "Su presupuesto ya se abre",
        "desde las {local} los presupuestos vuelven a abrirse sin contraseña. El precio de oferta se mantiene hasta el domingo de la semana que viene y le hemos abonado {credit} como disculpa.",
    ),
}

SPIKE_GRUMBLE: dict[str, tuple[str, str]] = {
    "de": (
        "Der Stoff-Konfigurator lädt heute ewig, jede Farbe braucht 20 Sekunden",
        "Danke für den Hinweis, wir hatten heute Vormittag eine langsame Bildauslieferung, es sollte jetzt wieder flott gehen.",
    ),
    "pt": (
        "O configurador de tecidos hoje está lentíssimo, cada cor demora 20 segundos",
        "Obrigado pelo aviso, tivemos as imagens lentas esta manhã, já deve estar rápido outra vez.",
    ),
}

# Two lone questions on the Friday before: a quote PDF that works.
LONE_Q: dict[str, tuple[str, str]] = {
    "de": (
        "Kurze Frage: im Angebots-PDF von gestern ist oben ein kleines Schloss-Symbol. Ist das normal? Das PDF selbst öffnet sich ganz normal.",
        "Ja, das Schloss ist nur unsere digitale Signatur, damit das Angebot nicht verändert werden kann. Öffnen und bestätigen geht ganz normal.",
    ),
    "pt": (
        "Pergunta rápida: no PDF do orçamento aparece um cadeado pequenino no canto. É normal? O documento abre bem.",
        "É normal, o cadeado é só a nossa assinatura digital para o orçamento não ser alterado. Abrir e aceitar funciona normalmente.",
    ),
}
