# ruff: noqa: E501
"""Wording for heldout71 (Potalia: tree care and garden work booked by app), households and the spike.

Written from the stories, in Spanish and Italian first, then German, English, French
and Portuguese. Placeholders: {case} a case reference, {amt} an amount in the market's
money, {comp} a competitor, {wd} a weekday, {t} a local time, {name} a first name.
"""

from __future__ import annotations

LANGS = ("es", "it", "de", "en", "fr", "pt")

# --- happy acts -------------------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "es": [
        "Ayer vinieron los de Potalia a podar el olivo del patio y lo han dejado precioso. Recogieron hasta la última hojita, el suelo más limpio que antes de llegar",
        "Quitaron el tocón del pino viejo en una hora y media. Por fin los niños tienen sitio para la portería jaja",
        "El arborista (Quique) me explicó por qué no había que cortar la rama gorda del almendro. Da gusto que alguien sepa lo que hace",
        "Setos recortados, hojas fuera y encima puntuales a las 8 en punto. Muy recomendable Potalia",
        "Pedí la revisión del ciprés después del temporal y en la misma tarde tenía el informe con fotos en la app. Tranquilidad total",
        "Los ciruelos podados en febrero y este año ciruelas para regalar a todo el bloque. Gracias chicos!!",
    ],
    "it": [
        "Potatura del tiglio fatta stamattina, lavoro pulitissimo e hanno pure spazzato il marciapiede. Bravi",
        "Finalmente tolta la ceppaia del vecchio pino, in giardino sembra un altro mondo. Squadra gentilissima",
        "L'arboricoltore (Davide) mi ha spiegato con calma cosa tagliare e cosa no, ha salvato il mio ulivo. Grazie Potalia",
        "Siepe di lauro sistemata in mezza giornata, foglie portate via e nessun danno alle aiuole. Consigliatissimi",
        "Dopo il temporale ho chiesto un controllo del cedro e in serata avevo il rapporto con le foto nell'app. Super",
        "Gli alberi da frutto potati a gennaio e quest'anno albicocche a cassette, non ci credevo",
    ],
    "de": [
        "Heute die Linde im Vorgarten schneiden lassen, super sauber gearbeitet, sogar den Gehweg gekehrt. Danke Potalia",
        "Wurzelstock der alten Fichte weg, endlich Platz für das Hochbeet. Sehr nettes Team",
        "Der Baumpfleger hat mir genau erklärt, warum der dicke Ast bleiben soll. So stell ich mir das vor",
    ],
    "en": [
        "Potalia came to sort the overgrown leylandii today, tidy job, swept the drive and even the neighbours side. Top marks",
        "Old sycamore stump ground out in about an hour. Finally room for the kids trampoline",
        "The arborist talked me out of felling the apple tree and pruned it properly instead. Really glad I listened",
    ],
    "fr": [
        "Élagage du tilleul fait ce matin, chantier nickel, ils ont même balayé le trottoir. Merci Potalia",
        "Souche du vieux pin enfin enlevée, les enfants ont de la place pour jouer. Équipe très sympa",
    ],
    "pt": [
        "Vieram podar a oliveira do quintal e ficou impecável, até varreram a rua. Obrigado Potalia",
        "Finalmente tiraram o cepo do pinheiro velho, agora há espaço para a horta. Equipa cinco estrelas",
    ],
}

PRAISE_AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercer año que me podan las palmeras y otra vez de diez. Ni una hoja en la piscina",
        "Otra vez Quique y su equipo con el seto, otra vez perfecto. Ya no llamo a nadie más",
    ],
    "it": [
        "Terzo anno di fila che mi potano il giardino e ancora una volta impeccabili",
        "Di nuovo la squadra di Davide per la siepe, di nuovo perfetto. Ormai solo loro",
    ],
    "de": [
        "Schon wieder die nette Truppe für die Hecke, schon wieder top. Dritte Saison mit Potalia"
    ],
    "en": ["Third autumn in a row Potalia have done the hedges and still spotless every time"],
    "fr": ["Encore une fois la même équipe pour la haie, encore une fois parfait. Troisième année"],
    "pt": ["Terceiro ano que me podam as árvores e outra vez cinco estrelas"],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "es": [
        "Trabajo impecable con la poda, eso sí, la app tarda siglos en cargar las fotos del informe. Por lo demás genial",
        "Muy contenta con el destoconado, solo que el camión tapó la salida del vecino media hora y me tocó a mí aguantar la bronca jaja",
    ],
    "it": [
        "Lavoro perfetto sulla potatura, solo la fattura arriva via mail tre giorni dopo e non si trova nell'app. Per il resto top",
        "Contentissima della siepe, unico neo il cippatore rumoroso alle 8 di sabato, i vicini non erano felici ahah",
    ],
    "de": [
        "Sehr gute Arbeit, nur der Häcksler um 8 Uhr am Samstag war für die Nachbarn etwas hart. Sonst gerne wieder"
    ],
    "en": [
        "Brilliant job on the hedge, only gripe is the invoice only comes as a PDF by email and not in the app"
    ],
    "fr": [
        "Très bon travail sur la haie, juste dommage que le créneau soit de 8h à 12h sans plus de précision"
    ],
    "pt": ["Trabalho excelente, só a fatura demora uns dias a chegar. De resto tudo ótimo"],
}

REVIEW: dict[str, list[tuple[str, str]]] = {
    "es": [
        ("5", "Puntuales, limpios y con cuidado de las plantas de alrededor. Repetiré"),
        ("5", "Talaron el eucalipto que amenazaba el tejado sin tocar ni una teja. Profesionales"),
        ("4", "Bien la poda, algo caro pero se nota la diferencia"),
    ],
    "it": [
        ("5", "Puntuali, ordinati e attenti alle aiuole. Li richiamerò sicuro"),
        ("5", "Abbattuto il pioppo vicino al tetto senza un graffio. Professionisti veri"),
        ("4", "Buon lavoro, un po' caro ma ne vale la pena"),
    ],
    "de": [
        ("5", "Pünktlich, sauber, freundlich. Der Garten sieht super aus"),
        ("4", "Gute Arbeit, Preis ist ok"),
    ],
    "en": [
        ("5", "On time, tidy and careful with the borders. Will book again"),
        ("4", "Good job, bit pricey but worth it"),
    ],
    "fr": [
        ("5", "Ponctuels, soigneux, rien à redire"),
        ("4", "Bon travail, un peu cher mais efficace"),
    ],
    "pt": [
        ("5", "Pontuais, cuidadosos e simpáticos. Recomendo"),
        ("4", "Bom trabalho, um pouco caro"),
    ],
}

CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, se puede podar un naranjo en marzo o es tarde?",
            "¡Hola! En marzo todavía estás a tiempo para el naranjo, mejor antes de la floración. Te dejo las fechas libres en la app.",
        ),
        (
            "Buenas! si reservo el recorte de seto tengo que estar en casa?",
            "Buenas, no hace falta si el equipo puede entrar al jardín. Déjanos una nota en la reserva con cómo acceder.",
        ),
        (
            "una pregunta, os lleváis también las ramas o las tengo que tirar yo",
            "Nos las llevamos nosotros: la retirada de restos va incluida en la poda. Si quieres la leña cortada para la chimenea, dínoslo.",
        ),
        (
            "el plan Verde incluye la poda de las palmeras?",
            "Incluye dos visitas de mantenimiento al año; las palmeras de más de 6 m van aparte con un 15 % de descuento.",
        ),
    ],
    "it": [
        (
            "ciao, quando conviene potare l'ulivo? adesso o aspetto?",
            "Ciao! Per l'ulivo il periodo migliore è fine inverno, tra febbraio e marzo. Ti lascio le date libere nell'app.",
        ),
        (
            "Buongiorno, per la siepe devo essere a casa?",
            "Buongiorno, non serve se la squadra può entrare in giardino. Lascia una nota nella prenotazione su come accedere.",
        ),
        (
            "scusate ma i rami li portate via voi?",
            "Sì, lo smaltimento dei residui è incluso nella potatura. Se vuoi tenere la legna tagliata per il camino basta dirlo.",
        ),
        (
            "il piano Verde comprende anche il prato?",
            "Comprende due visite di manutenzione all'anno con taglio del prato; la potatura degli alberi alti è a parte con lo sconto del 15 %.",
        ),
    ],
    "de": [
        (
            "Hallo, darf man die Hecke jetzt noch schneiden oder ist Brutzeit?",
            "Hallo! Ein Formschnitt ist erlaubt, nur starke Rückschnitte nicht zwischen März und September. Freie Termine siehst du in der App.",
        ),
        (
            "muss ich beim Termin zuhause sein?",
            "Nein, wenn das Team in den Garten kommt, reicht eine Notiz in der Buchung.",
        ),
    ],
    "en": [
        (
            "hi do you take the branches away or do I need a skip",
            "Hi! We take everything away, green waste removal is included with every pruning job.",
        ),
        (
            "can you prune a cherry tree in winter?",
            "Best to prune cherries in summer after fruiting, to avoid silver leaf. I can suggest dates in July.",
        ),
    ],
    "fr": [
        (
            "bonjour, vous emportez les branches ?",
            "Bonjour ! Oui, l'évacuation des déchets verts est comprise dans l'élagage.",
        ),
        (
            "je dois être présent le jour de la taille ?",
            "Pas besoin si l'équipe a accès au jardin, laissez une note dans la réservation.",
        ),
    ],
    "pt": [
        (
            "olá, levam os ramos ou tenho de ser eu?",
            "Olá! Levamos tudo, a remoção dos restos está incluída na poda.",
        ),
        (
            "tenho de estar em casa no dia?",
            "Não é preciso se a equipa tiver acesso ao jardim, basta deixar uma nota na reserva.",
        ),
    ],
}

CHAT_THANKS: dict[str, list[str]] = {
    "es": ["perfecto gracias!", "genial, mil gracias", "ok graciass"],
    "it": ["perfetto grazie!", "ok grz", "grazie mille, gentilissimi"],
    "de": ["super danke!", "ok danke"],
    "en": ["brilliant thanks", "great cheers"],
    "fr": ["super merci !", "parfait merci"],
    "pt": ["ótimo obrigado!", "ok obg"],
}

EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Duda con la tala",
            "Hola, tengo un pino de unos 12 metros pegado a la valla del vecino. ¿Necesito algún permiso del ayuntamiento para talarlo o eso lo gestionáis vosotros? Gracias, un saludo",
            "Hola, depende del municipio: en la mayoría hace falta una comunicación previa. Si nos mandas la dirección lo comprobamos y te preparamos el papeleo sin coste. Un saludo, equipo Potalia",
        ),
        (
            "Factura a nombre de mi madre",
            "Buenas, la poda de la semana pasada era en casa de mi madre, ¿podéis hacer la factura a su nombre? Os paso el DNI por aquí si hace falta. Gracias",
            "Buenas, claro, ya está cambiada: la encontrarás en la app en un par de horas. Un saludo, equipo Potalia",
        ),
    ],
    "it": [
        (
            "Domanda abbattimento",
            "Buongiorno, ho un pino di circa 12 metri vicino al confine. Serve un permesso del comune per abbatterlo o ve ne occupate voi? Grazie",
            "Buongiorno, dipende dal comune: spesso serve una comunicazione. Ci mandi l'indirizzo e verifichiamo noi, preparando i documenti senza costi. Saluti, team Potalia",
        ),
        (
            "Fattura intestata a mio padre",
            "Salve, la potatura di settimana scorsa era a casa di mio padre, potete intestare la fattura a lui? Grazie mille",
            "Salve, fatto: la trova nell'app entro un paio d'ore. Saluti, team Potalia",
        ),
    ],
    "de": [
        (
            "Frage zur Fällung",
            "Hallo, brauche ich für die Fällung einer 12 m Fichte eine Genehmigung der Gemeinde? Viele Grüße",
            "Hallo, das hängt von der Baumschutzsatzung ab. Schicken Sie uns die Adresse, wir prüfen das kostenlos. Viele Grüße, Ihr Potalia-Team",
        )
    ],
    "en": [
        (
            "Question about felling",
            "Hi, do I need council permission to fell a 12 m conifer near the boundary? Thanks",
            "Hi, it depends whether there is a tree preservation order or you are in a conservation area. Send us the address and we will check for free. Best, the Potalia team",
        )
    ],
    "fr": [
        (
            "Question abattage",
            "Bonjour, faut-il une autorisation de la mairie pour abattre un pin de 12 m ? Merci",
            "Bonjour, cela dépend du PLU de votre commune. Envoyez-nous l'adresse, nous vérifions gratuitement. Cordialement, l'équipe Potalia",
        )
    ],
    "pt": [
        (
            "Dúvida abate",
            "Olá, preciso de licença da câmara para abater um pinheiro de 12 m? Obrigado",
            "Olá, depende do município. Envie-nos a morada e verificamos sem custos. Cumprimentos, equipa Potalia",
        )
    ],
}

PHONE_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "hola buenas mire llamaba para preguntar si la poda del limonero se puede hacer un sábado por la mañana porque entre semana trabajo los dos",
            "Tu consulta de hoy",
            "Hola, como hablamos por teléfono: sí, hay equipos los sábados de 8 a 14. Ya puedes elegir hueco en la app. Un saludo, equipo Potalia",
        ),
        (
            "sí hola quería saber cuánto cuesta quitar un tocón grande de un eucalipto que talaron hace años",
            "Presupuesto destoconado",
            "Hola, tal como te dije: el destoconado hasta 60 cm de diámetro son 119 €, y te lo puedes reservar desde la app. Un saludo, equipo Potalia",
        ),
    ],
    "it": [
        (
            "buongiorno volevo sapere se la potatura del limone si può fare di sabato mattina perché in settimana lavoriamo tutti e due",
            "La sua chiamata di oggi",
            "Buongiorno, come detto al telefono: sì, il sabato lavoriamo dalle 8 alle 14. Può scegliere lo slot nell'app. Saluti, team Potalia",
        ),
        (
            "sì salve quanto costa togliere una ceppaia grande di un pioppo tagliato anni fa",
            "Preventivo fresatura ceppaia",
            "Salve, come anticipato: la fresatura fino a 60 cm di diametro costa 119 €, prenotabile dall'app. Saluti, team Potalia",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob man den Heckenschnitt auch am Samstag buchen kann",
            "Ihr Anruf heute",
            "Hallo, wie besprochen: samstags arbeiten wir von 8 bis 14 Uhr, buchbar in der App. Viele Grüße, Ihr Potalia-Team",
        )
    ],
    "en": [
        (
            "hi yeah just ringing to ask if you do saturdays for hedge cutting",
            "Your call today",
            "Hi, as discussed: yes, Saturdays 8 till 2, you can pick a slot in the app. Best, the Potalia team",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si vous faites la taille de haie le samedi",
            "Votre appel",
            "Bonjour, comme convenu : oui, le samedi de 8h à 14h, réservable dans l'appli. Cordialement, l'équipe Potalia",
        )
    ],
    "pt": [
        (
            "olá boa tarde queria saber se fazem corte de sebes ao sábado",
            "A sua chamada",
            "Olá, como falámos: sim, ao sábado das 8h às 14h, pode reservar na app. Cumprimentos, equipa Potalia",
        )
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["Muy bien", "genial", "👍", "todo perfecto", ""],
    "it": ["Ottimo", "bravissimi", "👍", "tutto perfetto", ""],
    "de": ["Super", "alles bestens", ""],
    "en": ["Great", "spot on", ""],
    "fr": ["Parfait", "très bien", ""],
    "pt": ["Ótimo", "5 estrelas", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "3 de la mañana, turno de noche en el hospital y planificando la poda del jardín del pueblo. Reservado el sábado con Potalia 😴",
        "no puedo dormir y estoy viendo los vídeos de antes y después que sube Potalia. Adictivo",
    ],
    "it": [
        "sono le 2 di notte, turno in farmacia, e ho appena prenotato la potatura per sabato. Comodissimo che si faccia tutto dall'app",
        "insonnia e video del prima e dopo delle potature di Potalia. Rilassanti più di una camomilla",
    ],
    "de": [
        "Nachtschicht an der Tankstelle und grad den Heckenschnitt für Samstag gebucht. App läuft top"
    ],
    "en": ["2am, cant sleep, just booked the stump grinding for saturday from my phone. So easy"],
    "fr": [
        "3h du mat, garde de nuit, et je viens de réserver l'élagage pour samedi. L'appli est top"
    ],
    "pt": ["São 3 da manhã, turno da noite, e acabei de marcar a poda para sábado. Muito fácil"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola, se puede cambiar la hora de la poda de mañana? me ha salido turno",
            "¡Hola! Sí, cámbiala en la app hasta las 7:00 sin coste. Buenas noches",
        ),
        (
            "a qué hora empieza el equipo los sábados?",
            "Entre las 8 y las 9, te avisamos 30 minutos antes.",
        ),
    ],
    "it": [
        (
            "ciao, posso spostare la potatura di domani? mi hanno cambiato turno",
            "Ciao! Sì, dall'app fino alle 7:00 senza costi. Buonanotte",
        ),
        (
            "a che ora arriva la squadra il sabato?",
            "Tra le 8 e le 9, ti avvisiamo 30 minuti prima.",
        ),
    ],
    "de": [
        (
            "kann ich den Termin morgen noch verschieben?",
            "Ja, in der App bis 7 Uhr kostenlos. Gute Nacht!",
        )
    ],
    "en": [
        ("can i still move tomorrows appointment?", "Yes, in the app until 7am at no cost. Night!")
    ],
    "fr": [
        (
            "je peux encore décaler le rdv de demain ?",
            "Oui, dans l'appli jusqu'à 7h sans frais. Bonne nuit !",
        )
    ],
    "pt": [
        ("ainda posso mudar a marcação de amanhã?", "Sim, na app até às 7h sem custos. Boa noite!")
    ],
}

# --- problems (six consumer problems) ------------------------------------------------

PROBLEMS = ("no_show", "cuttings_left", "damage", "overcharge", "refund", "double_charge")

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "nadie vino y la visita sale como hecha",
        "it": "nessuno è venuto e l'intervento risulta fatto",
        "de": "niemand kam, Termin steht als erledigt",
        "en": "nobody came but job marked done",
        "fr": "personne n'est venu, intervention marquée faite",
        "pt": "ninguém veio e aparece como feito",
    },
    "cuttings_left": {
        "es": "ramas dejadas en la entrada",
        "it": "rami lasciati davanti al cancello",
        "de": "Schnittgut vor der Einfahrt liegen gelassen",
        "en": "branches left on the drive",
        "fr": "branches laissées devant le portail",
        "pt": "ramos deixados à entrada",
    },
    "damage": {
        "es": "invernadero roto por una rama",
        "it": "serra rotta da un ramo",
        "de": "Gewächshaus durch Ast kaputt",
        "en": "greenhouse smashed by a branch",
        "fr": "serre cassée par une branche",
        "pt": "estufa partida por um ramo",
    },
    "overcharge": {
        "es": "cobrado árbol de 8-15 m por uno de 6",
        "it": "addebitato albero 8-15 m per uno di 6",
        "de": "8-15 m berechnet für 6-m-Baum",
        "en": "charged 8-15 m rate for a 6 m tree",
        "fr": "facturé 8-15 m pour un arbre de 6 m",
        "pt": "cobrado 8-15 m por árvore de 6 m",
    },
    "refund": {
        "es": "reembolso de visita cancelada",
        "it": "rimborso intervento annullato",
        "de": "Erstattung für abgesagten Termin",
        "en": "refund for cancelled visit",
        "fr": "remboursement rdv annulé",
        "pt": "reembolso de visita cancelada",
    },
    "double_charge": {
        "es": "plan Verde cobrado dos veces",
        "it": "piano Verde addebitato due volte",
        "de": "Verde-Abo doppelt abgebucht",
        "en": "Verde plan charged twice",
        "fr": "abonnement Verde prélevé deux fois",
        "pt": "plano Verde cobrado duas vezes",
    },
}

SHORT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "es": [
            "Me he pedido el día libre para la poda, NADIE ha venido y en la app pone 'trabajo completado'. Completado el qué??",
            "Llevo desde las 8 esperando al equipo, nadie, y ahora la visita sale como HECHA y cobrada",
        ],
        "it": [
            "Ho preso un giorno di ferie per la potatura, NON è venuto nessuno e nell'app c'è scritto 'intervento completato'. Completato cosa??",
            "Aspetto la squadra dalle 8, niente, e adesso risulta FATTO e pagato",
        ],
        "de": [
            "Extra Urlaub genommen, NIEMAND kam und in der App steht 'Auftrag erledigt'. Erledigt was??"
        ],
        "en": [
            "Took a day off for the tree work, NOBODY turned up and the app says 'job completed'. Completed what??"
        ],
        "fr": [
            "J'ai posé une journée pour l'élagage, PERSONNE n'est venu et l'appli dit 'intervention terminée'. Terminée quoi ??"
        ],
        "pt": [
            "Tirei o dia para a poda, NINGUÉM apareceu e na app diz 'trabalho concluído'. Concluído o quê??"
        ],
    },
    "cuttings_left": {
        "es": [
            "Pagué la retirada de restos y me han dejado TODAS las ramas amontonadas delante del garaje. No puedo sacar el coche",
            "Un montón de ramas de dos metros en mi entrada desde el martes. La retirada estaba PAGADA",
        ],
        "it": [
            "Ho pagato lo smaltimento e mi hanno lasciato TUTTI i rami ammucchiati davanti al garage. Non esco con la macchina",
            "Una montagna di rami davanti al cancello da martedì. Lo smaltimento era PAGATO",
        ],
        "de": [
            "Abtransport bezahlt und das GANZE Schnittgut liegt vor meiner Garage. Ich komm nicht raus"
        ],
        "en": [
            "Paid for green waste removal and they left ALL the branches piled across my drive. Cant get the car out"
        ],
        "fr": [
            "J'ai payé l'évacuation et ils ont laissé TOUTES les branches devant le garage. Impossible de sortir la voiture"
        ],
        "pt": [
            "Paguei a remoção e deixaram os ramos TODOS à frente da garagem. Não consigo tirar o carro"
        ],
    },
    "damage": {
        "es": [
            "Una rama que bajaron sin cuerda me ha reventado el invernadero. Los cristales por todo el huerto y nadie me dice nada",
            "Me han roto el techo del invernadero al cortar el nogal y se han ido como si nada",
        ],
        "it": [
            "Un ramo calato senza corda mi ha sfondato la serra. Vetri ovunque nell'orto e nessuno si fa sentire",
            "Mi hanno rotto il tetto della serra tagliando il noce e se ne sono andati come niente fosse",
        ],
        "de": [
            "Ein Ast ohne Seil runtergelassen, mein Gewächshaus ist kaputt. Glas überall im Beet und keiner meldet sich"
        ],
        "en": [
            "They dropped a branch without a rope and smashed my greenhouse. Glass all over the veg beds and no one has said a word"
        ],
        "fr": [
            "Une branche lâchée sans corde a défoncé ma serre. Du verre partout dans le potager et personne ne dit rien"
        ],
        "pt": [
            "Deixaram cair um ramo sem corda e partiram-me a estufa. Vidros por toda a horta e ninguém diz nada"
        ],
    },
    "overcharge": {
        "es": [
            "Reservé poda hasta 8 m, el árbol mide SEIS metros, y me habéis cobrado la de 8 a 15 m. {amt} por un limonero",
            "Me cobráis {amt} como si fuera un árbol de 15 metros. Es un naranjo que toco con la mano desde la escalera",
        ],
        "it": [
            "Prenotata potatura fino a 8 m, l'albero è di SEI metri, e mi avete addebitato quella 8-15 m. {amt} per un limone",
            "Mi addebitate {amt} come se fosse un albero di 15 metri. È un arancio che tocco dalla scala",
        ],
        "de": [
            "Gebucht bis 8 m, der Baum hat SECHS Meter, abgerechnet habt ihr 8 bis 15 m. {amt} für einen Apfelbaum"
        ],
        "en": [
            "Booked pruning up to 8 m, the tree is SIX metres, and you charged the 8 to 15 m rate. {amt} for an apple tree"
        ],
        "fr": [
            "Réservé taille jusqu'à 8 m, l'arbre fait SIX mètres, et vous facturez le tarif 8-15 m. {amt} pour un pommier"
        ],
        "pt": [
            "Reservei poda até 8 m, a árvore tem SEIS metros e cobraram a de 8 a 15 m. {amt} por um limoeiro"
        ],
    },
    "refund": {
        "es": [
            "Cancelasteis VOSOTROS la visita por lluvia hace tres semanas y todavía no he visto los {amt}",
            "TRES semanas esperando el reembolso de una poda que anulasteis vosotros. {amt}",
        ],
        "it": [
            "La visita l'avete annullata VOI per pioggia tre settimane fa e dei {amt} nemmeno l'ombra",
            "TRE settimane che aspetto il rimborso di una potatura annullata da voi. {amt}",
        ],
        "de": [
            "IHR habt den Termin wegen Regen abgesagt, vor drei Wochen, und die {amt} sind immer noch nicht da"
        ],
        "en": [
            "YOU cancelled the visit for rain three weeks ago and I still havent seen the {amt}"
        ],
        "fr": [
            "C'est VOUS qui avez annulé pour la pluie il y a trois semaines et toujours pas vu les {amt}"
        ],
        "pt": [
            "Foram VOCÊS que cancelaram por causa da chuva há três semanas e ainda não vi os {amt}"
        ],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado el plan Verde DOS veces este mes, {amt} cada vez, y me ha dejado la cuenta en números rojos",
            "DOS cargos del plan Verde el mismo día. Devolvedme uno ya",
        ],
        "it": [
            "Mi avete addebitato il piano Verde DUE volte questo mese, {amt} ciascuna, e sono andata in rosso",
            "DUE addebiti del piano Verde lo stesso giorno. Restituitemene uno subito",
        ],
        "de": ["Das Verde-Abo ZWEIMAL abgebucht diesen Monat, je {amt}, mein Konto ist im Minus"],
        "en": ["You took the Verde plan TWICE this month, {amt} each time, and now Im overdrawn"],
        "fr": [
            "Abonnement Verde prélevé DEUX fois ce mois-ci, {amt} chaque fois, je suis à découvert"
        ],
        "pt": [
            "Cobraram o plano Verde DUAS vezes este mês, {amt} cada, e fiquei com a conta a negativo"
        ],
    },
}

CORE: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "es": [
            "Tenía reservada la poda del olivo para hoy de 8 a 12. Me pedí el día libre, dejé la puerta del jardín abierta y no ha aparecido nadie, ni una llamada. A las 13:05 me llega que el trabajo está 'completado' y me cobráis {amt}. El olivo sigue exactamente igual, os mando foto si queréis. Quiero que vengan de verdad o que me devolváis el dinero."
        ],
        "it": [
            "Avevo prenotato la potatura dell'ulivo per oggi dalle 8 alle 12. Ho preso ferie, lasciato il cancello aperto e non si è visto nessuno, nemmeno una telefonata. Alle 13:05 mi arriva 'intervento completato' e l'addebito di {amt}. L'ulivo è esattamente come prima, vi mando la foto se volete. O venite davvero o mi ridate i soldi."
        ],
        "de": [
            "Ich hatte den Kronenschnitt für heute 8-12 Uhr gebucht, Urlaub genommen, Gartentor offen gelassen. Niemand kam, kein Anruf. Um 13:05 kommt 'Auftrag erledigt' und {amt} werden abgebucht. Der Baum sieht aus wie vorher. Entweder ihr kommt wirklich oder ich will mein Geld zurück."
        ],
        "en": [
            "I had the crown reduction booked for today 8 to 12. Took the day off, left the side gate open, nobody came and nobody rang. At 13:05 I get 'job completed' and {amt} taken. The tree is exactly as it was. Either someone actually comes or I want my money back."
        ],
        "fr": [
            "J'avais réservé l'élagage pour aujourd'hui 8h-12h. J'ai posé ma journée, laissé le portail ouvert, personne n'est venu, aucun appel. À 13h05 je reçois 'intervention terminée' et {amt} débités. L'arbre est exactement pareil. Soit vous venez vraiment, soit vous me remboursez."
        ],
        "pt": [
            "Tinha a poda marcada para hoje das 8 às 12. Tirei o dia, deixei o portão aberto, não veio ninguém nem ligaram. Às 13:05 chega 'trabalho concluído' e cobram {amt}. A árvore está igualzinha. Ou vêm mesmo ou devolvem o dinheiro."
        ],
    },
    "cuttings_left": {
        "es": [
            "El lunes vinieron a podar los plátanos de la entrada, bien la poda, pero se fueron diciendo que 'luego pasaba el camión' a por los restos. Es jueves y tengo una montaña de ramas delante del garaje, el coche encerrado y la vecina quejándose porque le tapa la acera. La retirada la pagué aparte, {amt}."
        ],
        "it": [
            "Lunedì sono venuti a potare i platani all'ingresso, potatura fatta bene, ma sono andati via dicendo che 'poi passava il camion' per i rami. È giovedì e ho una montagna di rami davanti al garage, la macchina chiusa dentro e la vicina che si lamenta perché occupano il marciapiede. Lo smaltimento l'ho pagato a parte, {amt}."
        ],
        "de": [
            "Montag wurden die Platanen an der Einfahrt geschnitten, gut gemacht, aber das Schnittgut sollte 'später der LKW holen'. Heute ist Donnerstag, der Berg liegt immer noch vor der Garage, das Auto steht drin und die Nachbarin beschwert sich über den Gehweg. Abtransport extra bezahlt, {amt}."
        ],
        "en": [
            "Monday they pruned the trees along the drive, fine job, but left saying 'the lorry will come for the cuttings'. It's Thursday, there's a mountain of branches in front of the garage, car stuck inside and the neighbour moaning about the pavement. I paid {amt} extra for removal."
        ],
        "fr": [
            "Lundi ils ont taillé les platanes de l'allée, bon travail, mais sont partis en disant que 'le camion passerait' pour les branches. On est jeudi, une montagne de branches devant le garage, la voiture bloquée et la voisine qui râle pour le trottoir. J'ai payé l'évacuation à part, {amt}."
        ],
        "pt": [
            "Segunda vieram podar as árvores da entrada, bom trabalho, mas foram embora a dizer que 'o camião passava depois' pelos ramos. É quinta, tenho uma montanha de ramos à frente da garagem, o carro fechado e a vizinha a reclamar do passeio. Paguei a remoção à parte, {amt}."
        ],
    },
    "damage": {
        "es": [
            "Ayer talaron el nogal del fondo. Bajaron una rama enorme sin cuerda y cayó de lleno sobre el invernadero: tres paneles rotos, los tomates aplastados y cristales por todo el huerto. El jefe de equipo dijo que 'lo apuntaba' y se fueron. No me ha llamado nadie. El invernadero me costó {amt} y tengo a mi hija pequeña que no puede salir al jardín por los cristales."
        ],
        "it": [
            "Ieri hanno abbattuto il noce in fondo al giardino. Hanno calato un ramo enorme senza corda ed è finito dritto sulla serra: tre pannelli rotti, i pomodori schiacciati e vetri in tutto l'orto. Il caposquadra ha detto che 'se lo segnava' e sono andati via. Non mi ha chiamato nessuno. La serra mi è costata {amt} e mia figlia piccola non può uscire in giardino per i vetri."
        ],
        "de": [
            "Gestern wurde der Walnussbaum hinten gefällt. Ein riesiger Ast kam ohne Seil runter, direkt aufs Gewächshaus: drei Scheiben kaputt, Tomaten platt, Glas im ganzen Beet. Der Vorarbeiter meinte, er 'notiert das', dann waren sie weg. Angerufen hat niemand. Das Gewächshaus hat {amt} gekostet und meine Kleine darf wegen der Scherben nicht in den Garten."
        ],
        "en": [
            "Yesterday they felled the walnut at the bottom of the garden. A huge limb came down without a rope straight onto the greenhouse: three panes gone, tomatoes flattened, glass across the veg beds. The team leader said he'd 'make a note' and off they went. Nobody has called. The greenhouse cost {amt} and my youngest can't go in the garden for the glass."
        ],
        "fr": [
            "Hier ils ont abattu le noyer au fond du jardin. Une grosse branche est descendue sans corde, en plein sur la serre : trois vitres cassées, les tomates écrasées, du verre partout dans le potager. Le chef d'équipe a dit qu'il 'le notait' et ils sont partis. Personne n'a rappelé. La serre m'a coûté {amt} et ma petite ne peut plus aller au jardin."
        ],
        "pt": [
            "Ontem abateram a nogueira ao fundo do quintal. Deixaram cair um ramo enorme sem corda em cima da estufa: três painéis partidos, os tomates esmagados, vidros por toda a horta. O chefe de equipa disse que 'tomava nota' e foram embora. Ninguém ligou. A estufa custou {amt} e a minha filha pequena não pode ir ao quintal."
        ],
    },
    "overcharge": {
        "es": [
            "Reservé en la app 'Poda de árbol hasta 8 m' para el limonero del patio, que mide seis metros como mucho (lo poda mi suegro con escalera cuando está bien). En el cargo aparece 'Poda 8-15 m', {amt}. El operario ni lo midió. Quiero la diferencia devuelta."
        ],
        "it": [
            "Ho prenotato nell'app 'Potatura albero fino a 8 m' per il limone del cortile, che è alto sei metri al massimo (di solito lo pota mio suocero con la scala). Nell'addebito c'è 'Potatura 8-15 m', {amt}. L'operaio non l'ha nemmeno misurato. Voglio indietro la differenza."
        ],
        "de": [
            "In der App 'Baumschnitt bis 8 m' gebucht, für den Apfelbaum, höchstens sechs Meter. Abgebucht wurde 'Baumschnitt 8-15 m', {amt}. Gemessen hat keiner. Ich will die Differenz zurück."
        ],
        "en": [
            "Booked 'Tree pruning up to 8 m' in the app for the apple tree, six metres at most. The charge says 'Pruning 8-15 m', {amt}. Nobody even measured it. I want the difference back."
        ],
        "fr": [
            "Réservé 'Taille d'arbre jusqu'à 8 m' dans l'appli pour le pommier, six mètres maximum. Le prélèvement indique 'Taille 8-15 m', {amt}. Personne ne l'a mesuré. Je veux la différence."
        ],
        "pt": [
            "Reservei na app 'Poda até 8 m' para o limoeiro, seis metros no máximo. A cobrança diz 'Poda 8-15 m', {amt}. Ninguém mediu nada. Quero a diferença de volta."
        ],
    },
    "refund": {
        "es": [
            "El día de la poda me escribisteis a las 7 que se cancelaba por lluvia y que el reembolso 'llegaba en 3-5 días'. Han pasado tres semanas. Ni reembolso ni nueva cita. Son {amt} y me hacen falta, que tengo el seguro del coche este mes."
        ],
        "it": [
            "Il giorno della potatura mi avete scritto alle 7 che si annullava per pioggia e che il rimborso 'arrivava in 3-5 giorni'. Sono passate tre settimane. Niente rimborso e nessun nuovo appuntamento. Sono {amt} e mi servono, questo mese ho l'assicurazione della macchina."
        ],
        "de": [
            "Am Termintag kam um 7 Uhr die Absage wegen Regen, Erstattung 'in 3-5 Tagen'. Drei Wochen später: keine Erstattung, kein neuer Termin. Es geht um {amt}."
        ],
        "en": [
            "On the day you texted at 7 that it was off for rain and the refund would come 'in 3-5 days'. Three weeks later no refund and no new date. It's {amt}."
        ],
        "fr": [
            "Le jour même vous avez annulé à 7h pour la pluie, remboursement 'sous 3 à 5 jours'. Trois semaines plus tard, rien, et pas de nouveau rdv. Ça fait {amt}."
        ],
        "pt": [
            "No próprio dia cancelaram às 7h por causa da chuva, reembolso 'em 3 a 5 dias'. Três semanas depois nada, nem nova data. São {amt}."
        ],
    },
    "double_charge": {
        "es": [
            "Tengo el plan Verde mensual. Este mes veo dos cargos iguales de {amt} el día 1, con un minuto de diferencia. Me ha saltado el recibo de la luz por vuestra culpa y el banco me cobra la comisión. Devolvedme el cargo repetido y la comisión."
        ],
        "it": [
            "Ho il piano Verde mensile. Questo mese vedo due addebiti uguali di {amt} il giorno 1, a un minuto di distanza. Mi è tornata indietro la bolletta della luce per colpa vostra e la banca mi fa pagare la commissione. Ridatemi l'addebito doppio e la commissione."
        ],
        "de": [
            "Ich habe das monatliche Verde-Abo. Diesen Monat zwei gleiche Abbuchungen über {amt} am 1., eine Minute auseinander. Dadurch ist die Stromrechnung geplatzt und die Bank will Gebühren. Ich will die doppelte Abbuchung und die Gebühr zurück."
        ],
        "en": [
            "I'm on the monthly Verde plan. Two identical charges of {amt} on the 1st, a minute apart. My electricity direct debit bounced because of it and the bank charged me. I want the duplicate and the fee back."
        ],
        "fr": [
            "J'ai l'abonnement Verde mensuel. Deux prélèvements identiques de {amt} le 1er, à une minute d'écart. Mon prélèvement d'électricité a été rejeté et la banque me facture des frais. Remboursez le doublon et les frais."
        ],
        "pt": [
            "Tenho o plano Verde mensal. Este mês duas cobranças iguais de {amt} no dia 1, com um minuto de diferença. O débito da luz foi devolvido por causa disso e o banco cobrou comissão. Quero a cobrança a mais e a comissão de volta."
        ],
    },
}

AMOUNT: dict[str, float] = {
    "no_show": 189.0,
    "cuttings_left": 69.0,
    "damage": 540.0,
    "overcharge": 349.0,
    "refund": 149.0,
    "double_charge": 24.9,
}

GREET: dict[str, list[str]] = {
    "es": ["Hola,", "Buenas:", "Buenos días,"],
    "it": ["Buongiorno,", "Salve,", "Gentile assistenza,"],
    "de": ["Hallo,", "Sehr geehrte Damen und Herren,"],
    "en": ["Hi,", "Hello,"],
    "fr": ["Bonjour,"],
    "pt": ["Boa tarde,", "Olá,"],
}
CLOSE: dict[str, list[str]] = {
    "es": ["Espero respuesta hoy.", "Un saludo.", "Gracias."],
    "it": ["Aspetto una risposta oggi.", "Saluti.", "Grazie."],
    "de": ["Ich erwarte heute eine Antwort.", "Grüße"],
    "en": ["Expecting a reply today.", "Thanks"],
    "fr": ["J'attends une réponse aujourd'hui.", "Cordialement"],
    "pt": ["Aguardo resposta hoje.", "Cumprimentos"],
}
COMPLAINT_SUBJ: dict[str, str] = {
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
}
ANGRY_TAIL: dict[str, list[str]] = {
    "es": ["Vergüenza.", "YA ESTÁ BIEN.", "Nunca más.", "Muy mal."],
    "it": ["Vergogna.", "BASTA.", "Mai più.", "Pessimi."],
    "de": ["JETZT REICHTS.", "Unmöglich."],
    "en": ["Shocking.", "NOT happy."],
    "fr": ["Honteux.", "INADMISSIBLE."],
    "pt": ["Vergonha.", "INACEITÁVEL."],
}
PHONE_OPEN: dict[str, list[str]] = {
    "es": ["hola mire le llamo porque", "sí buenas le llamo porque"],
    "it": ["buongiorno guardi chiamo perché", "sì salve chiamo perché"],
    "de": ["ja hallo ich ruf an weil"],
    "en": ["hi yeah im calling because"],
    "fr": ["oui bonjour j'appelle parce que"],
    "pt": ["olá estou a ligar porque"],
}

# Long e-mails: the complaint ({core}) inside a letter about a life.
LONG_EMAIL: dict[str, list[str]] = {
    "es": [
        "Hola,\n\nperdonad el rollo, os escribo desde la sala de espera de rehabilitación, que llevo a mi padre tres tardes por semana desde que se cayó en el huerto en primavera, y entre eso, el trabajo en la gestoría y los críos voy como puedo. Justo por eso contraté con vosotros el jardín de su casa del pueblo, para quitarme eso de encima y que él lo viera bonito cuando vuelva.\n\n{core}\n\nMi padre lleva cuarenta años cuidando ese jardín y no quiero que lo primero que vea al volver sea esto. Os he recomendado a medio pueblo, así que os pido que lo arregléis cuanto antes.\n\nUn saludo,\n{name}",
        "Buenas tardes,\n\nos escribo desde el coche, aparcada delante del conservatorio mientras mi hija tiene clase de violonchelo, que es el único rato tranquilo que tengo esta semana. Estamos preparando la casa de la playa para venderla (herencia de mi tía, tres hermanos poniéndonos de acuerdo, imaginad) y el jardín era lo último que faltaba antes de las fotos de la inmobiliaria.\n\n{core}\n\nEl fotógrafo viene el viernes. No pido nada raro, solo lo que pagué.\n\nGracias,\n{name}",
    ],
    "it": [
        "Buongiorno,\n\nscusate la lunghezza, vi scrivo dalla sala d'attesa della fisioterapia dove porto mia madre tre pomeriggi a settimana da quando si è rotta il femore a giugno, e tra questo, lo studio e i ragazzi vado avanti come posso. Proprio per questo ho affidato a voi il giardino di casa sua in collina, per togliermi un pensiero e fargliela trovare in ordine quando rientra.\n\n{core}\n\nMia madre cura quel giardino da quarant'anni e non voglio che la prima cosa che vede tornando sia questa. Vi ho consigliati a mezzo paese, quindi vi chiedo di sistemare al più presto.\n\nCordiali saluti,\n{name}",
        "Salve,\n\nvi scrivo dalla macchina, parcheggiata davanti alla scuola di musica mentre mio figlio ha lezione di pianoforte, che è l'unica mezz'ora tranquilla della settimana. Stiamo sistemando la casa al lago per venderla (eredità della zia, tre fratelli da mettere d'accordo, immaginate) e il giardino era l'ultima cosa prima delle foto dell'agenzia.\n\n{core}\n\nIl fotografo viene venerdì. Non chiedo niente di strano, solo quello che ho pagato.\n\nGrazie,\n{name}",
    ],
    "de": [
        "Guten Tag,\n\nentschuldigen Sie die lange Mail, ich schreibe aus dem Wartezimmer der Reha, wo ich meinen Vater dreimal die Woche hinfahre, seit er im Frühjahr von der Leiter gefallen ist. Neben Arbeit und Kindern bleibt wenig Zeit, deshalb habe ich Sie für seinen Garten beauftragt, damit er ihn schön vorfindet, wenn er zurückkommt.\n\n{core}\n\nMein Vater pflegt den Garten seit vierzig Jahren. Ich habe Sie im ganzen Dorf empfohlen und bitte Sie, das schnell in Ordnung zu bringen.\n\nMit freundlichen Grüßen\n{name}",
    ],
}

# --- agents' replies ------------------------------------------------------------------

CASE_OPENED: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Incidencia {case}",
        "Hola {name}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y un responsable la revisa hoy mismo. Te escribimos en cuanto tengamos novedades. Un saludo, equipo Potalia",
    ),
    "it": (
        "R: Segnalazione {case}",
        "Gentile {name}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e un responsabile la esamina oggi stesso. Le scriviamo appena abbiamo novità. Saluti, team Potalia",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Hallo {name}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt, eine Teamleitung prüft ihn noch heute. Wir melden uns. Viele Grüße, Ihr Potalia-Team",
    ),
    "en": (
        "Re: Your case {case}",
        "Hi {name}, we're really sorry. We've opened case {case} and a manager is looking at it today. We'll be in touch as soon as we know more. Best, the Potalia team",
    ),
    "fr": (
        "RE : Demande {case}",
        "Bonjour {name}, nous sommes désolés. Nous avons ouvert la demande {case}, un responsable l'examine aujourd'hui. Nous revenons vers vous rapidement. Cordialement, l'équipe Potalia",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Olá {name}, lamentamos muito. Abrimos o pedido {case} e um responsável vai analisá-lo hoje. Voltamos a contactar em breve. Cumprimentos, equipa Potalia",
    ),
}
CHAT_CASE: dict[str, str] = {
    "es": "Lo siento muchísimo. Te he abierto la incidencia {case} y la pasamos ahora mismo al responsable de zona.",
    "it": "Mi dispiace tantissimo. Ho aperto la segnalazione {case} e la passo subito al responsabile di zona.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} angelegt und gebe ihn sofort an die Regionalleitung.",
    "en": "I'm so sorry. I've opened case {case} and passed it straight to the area manager.",
    "fr": "Je suis vraiment désolée. J'ai ouvert la demande {case} et la transmets au responsable de secteur.",
    "pt": "Lamento imenso. Abri o pedido {case} e passei-o já ao responsável da zona.",
}
GOOD_NEWS: dict[str, tuple[str, str]] = {
    "es": (
        "Buenas noticias: incidencia {case}",
        "Hola {name}, buenas noticias sobre la incidencia {case}: lo hemos solucionado por nuestra parte. ¿Nos confirmas que a ti también te consta? Un saludo, equipo Potalia",
    ),
    "it": (
        "Buone notizie: segnalazione {case}",
        "Gentile {name}, buone notizie sulla segnalazione {case}: abbiamo risolto da parte nostra. Ci conferma che anche a lei risulta tutto a posto? Saluti, team Potalia",
    ),
    "de": (
        "Gute Nachrichten: Vorgang {case}",
        "Hallo {name}, gute Nachrichten zu {case}: auf unserer Seite ist es erledigt. Können Sie bestätigen, dass es bei Ihnen auch passt? Viele Grüße, Ihr Potalia-Team",
    ),
    "en": (
        "Good news: case {case}",
        "Hi {name}, good news on case {case}: it's sorted on our side. Could you confirm it looks right to you too? Best, the Potalia team",
    ),
    "fr": (
        "Bonne nouvelle : demande {case}",
        "Bonjour {name}, bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ? Cordialement, l'équipe Potalia",
    ),
    "pt": (
        "Boas notícias: pedido {case}",
        "Olá {name}, boas notícias sobre o pedido {case}: está resolvido do nosso lado. Pode confirmar que também está tudo bem? Cumprimentos, equipa Potalia",
    ),
}
QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "es": (
        "Incidencia {case}: pasa a calidad",
        "Hola {name}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Perdona las molestias. Equipo Potalia",
    ),
    "it": (
        "Segnalazione {case}: passata alla qualità",
        "Gentile {name}, la sua segnalazione {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno. Ci scusi. Team Potalia",
    ),
    "de": (
        "Vorgang {case}: an Qualitätsleitung",
        "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Entschuldigung. Ihr Potalia-Team",
    ),
    "en": (
        "Case {case}: with our quality lead",
        "Hi {name}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. Sorry for the trouble. The Potalia team",
    ),
    "fr": (
        "Demande {case} : responsable qualité",
        "Bonjour {name}, votre demande {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. L'équipe Potalia",
    ),
    "pt": (
        "Pedido {case}: responsável de qualidade",
        "Olá {name}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao meio-dia. Equipa Potalia",
    ),
}
URGENT_CHAT: dict[str, str] = {
    "es": "Lo he añadido a tu incidencia {case} y la he marcado como urgente.",
    "it": "L'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente.",
    "de": "Ich habe es zu {case} hinzugefügt und als dringend markiert.",
    "en": "I've added this to case {case} and marked it urgent.",
    "fr": "Je l'ai ajouté à la demande {case} et marquée urgente.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
}
SORRY_GO: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Baja del plan Verde",
        "Hola {name}, sentimos que te vayas. Puedes dar de baja el plan Verde y cerrar la cuenta tú mismo en la app o en la web, en Mi cuenta > Plan. Gracias por estos años. Equipo Potalia",
    ),
    "it": (
        "R: Disdetta piano Verde",
        "Gentile {name}, ci dispiace vederla andare via. Può disdire il piano Verde e chiudere l'account da sola nell'app o sul sito, in Il mio account > Piano. Grazie di questi anni. Team Potalia",
    ),
    "de": (
        "AW: Kündigung Verde",
        "Hallo {name}, schade, dass Sie gehen. Sie können Verde und das Konto selbst in der App oder auf der Website kündigen (Mein Konto > Abo). Danke! Ihr Potalia-Team",
    ),
    "en": (
        "Re: Cancel Verde plan",
        "Hi {name}, sorry to see you go. You can cancel Verde and close the account yourself in the app or on the website under My account > Plan. Thanks for being with us. The Potalia team",
    ),
    "fr": (
        "RE : Résiliation Verde",
        "Bonjour {name}, dommage de vous voir partir. Vous pouvez résilier Verde et fermer le compte vous-même dans l'appli ou sur le site (Mon compte > Abonnement). L'équipe Potalia",
    ),
    "pt": (
        "RE: Cancelar plano Verde",
        "Olá {name}, lamentamos que saia. Pode cancelar o Verde e fechar a conta na app ou no site, em A minha conta > Plano. Obrigado. Equipa Potalia",
    ),
}
CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmado, lo de la incidencia {case} ya está bien. Gracias por la rapidez",
        "Sí, {case} solucionado por mi parte. Gracias!",
    ],
    "it": [
        "Confermo, la segnalazione {case} è a posto. Grazie della rapidità",
        "Sì, {case} risolto anche per me. Grazie!",
    ],
    "de": ["Bestätigt, {case} ist erledigt. Danke!"],
    "en": ["Confirmed, case {case} is sorted now. Thanks"],
    "fr": ["Confirmé, la demande {case} est réglée. Merci"],
    "pt": ["Confirmo, o pedido {case} está resolvido. Obrigada"],
}
APOLOGY: dict[str, list[str]] = {
    "es": [
        "Oye, perdón por el tono de ayer, estaba muy quemada con el día. Gracias por solucionarlo tan rápido",
        "Disculpad lo de ayer, se me fue la olla. Ya está todo bien, gracias",
    ],
    "it": [
        "Scusate per i toni di ieri, ero esaurita dalla giornata. Grazie per aver risolto così in fretta",
        "Chiedo scusa per ieri, ero fuori di me. Ora è tutto a posto, grazie",
    ],
    "de": ["Sorry für gestern, war ein furchtbarer Tag. Danke fürs schnelle Lösen"],
    "en": ["Sorry about my tone yesterday, awful day. Thanks for sorting it so fast"],
    "fr": ["Désolée pour le ton d'hier, journée horrible. Merci d'avoir réglé ça si vite"],
    "pt": ["Desculpem o tom de ontem, foi um dia horrível. Obrigada por resolverem tão depressa"],
}

# --- repeat contacts ------------------------------------------------------------------

STILL: dict[str, list[str]] = {
    "es": [
        "Sigo con lo mismo, incidencia {case}, y nadie me dice nada. {short}",
        "Incidencia {case} ABIERTA todavía. {short}",
        "Vuelvo a escribir por la {case}: sigue sin resolverse. {short}",
    ],
    "it": [
        "Sono ancora allo stesso punto, segnalazione {case}, e nessuno mi risponde. {short}",
        "Segnalazione {case} ANCORA aperta. {short}",
        "Riscrivo per la {case}: ancora niente. {short}",
    ],
    "de": ["Immer noch nichts passiert, Vorgang {case}. {short}"],
    "en": ["Still nothing on case {case}. {short}"],
    "fr": ["Toujours rien sur la demande {case}. {short}"],
    "pt": ["Continua tudo igual, pedido {case}. {short}"],
}
THIRD: dict[str, list[str]] = {
    "es": [
        "Tercera vez que escribo por la {case}. Una compañera de trabajo poda con {comp} y a ella se lo arreglan en el día.",
        "Es la tercera vez con la {case}. He mirado lo que cobra {comp} y ya me estoy pensando muchas cosas.",
    ],
    "it": [
        "Terza volta che scrivo per la {case}. Una collega pota con {comp} e a lei risolvono in giornata.",
        "È la terza volta con la {case}. Ho guardato i prezzi di {comp} e ci sto pensando seriamente.",
    ],
    "de": [
        "Dritte Nachricht zu {case}. Ein Kollege lässt bei {comp} schneiden, da geht sowas am selben Tag."
    ],
    "en": [
        "Third time writing about case {case}. A colleague uses {comp} and they sort this kind of thing same day."
    ],
    "fr": [
        "Troisième fois pour la demande {case}. Une collègue passe par {comp}, chez eux c'est réglé dans la journée."
    ],
    "pt": [
        "Terceira vez que escrevo sobre o pedido {case}. Uma colega usa a {comp} e resolvem no mesmo dia."
    ],
}
FOURTH: dict[str, list[str]] = {
    "es": ["CUARTA vez por la incidencia {case}. Cuarta. {short}"],
    "it": ["QUARTA volta per la segnalazione {case}. Quarta. {short}"],
    "de": ["Zum VIERTEN Mal wegen {case}. {short}"],
    "en": ["FOURTH time about case {case}. {short}"],
    "fr": ["QUATRIÈME fois pour la demande {case}. {short}"],
    "pt": ["QUARTA vez sobre o pedido {case}. {short}"],
}

# --- slow churners --------------------------------------------------------------------

SLIDE: dict[str, list[str]] = {
    "es": [
        "El equipo llegó tres horas tarde a la poda y sin avisar. Bueno, un mal día lo tiene cualquiera",
        "Esta vez el seto ha quedado a trozos, con calvas. Antes no pasaba",
        "Ahora la app pide una foto de cada árbol antes de reservar. Para tres setos y un limonero. En serio?",
        "Me han subido el plan Verde de 19,90 a 24,90 € sin un solo email. Me entero por el banco",
        "40 € de 'recargo por acceso difícil' porque el jardín está detrás de la casa. Como TODOS los jardines. Estoy harta",
        "Mi cuñado poda con {comp} y ya les he pedido que vengan el sábado. Me cansé",
    ],
    "it": [
        "La squadra è arrivata tre ore in ritardo senza avvisare. Vabbè, capita",
        "Stavolta la siepe è venuta a chiazze, con dei buchi. Prima non succedeva",
        "Adesso l'app vuole una foto di ogni albero per prenotare. Per tre siepi e un limone. Sul serio?",
        "Piano Verde passato da 19,90 a 24,90 € senza una mail. L'ho scoperto dalla banca",
        "40 € di 'supplemento accesso difficile' perché il giardino è dietro casa. Come TUTTI i giardini. Sono stufa",
        "Mio cognato pota con {comp} e li ho già chiamati per sabato. Basta",
    ],
    "de": [
        "Team kam drei Stunden zu spät, ohne Anruf. Kann passieren",
        "Diesmal ist die Hecke fleckig geworden, mit Löchern. Früher nie",
        "Jetzt will die App ein Foto von jedem Baum vor der Buchung. Echt jetzt?",
        "Verde von 19,90 auf 24,90 € erhöht, ohne eine Mail. Erfahre ich vom Kontoauszug",
        "40 € 'Zuschlag schwieriger Zugang', weil der Garten hinterm Haus ist. Wie JEDER Garten. Mir reichts",
        "Mein Schwager lässt bei {comp} schneiden, die kommen jetzt Samstag zu mir",
    ],
    "en": [
        "Crew turned up three hours late, no call. Oh well, bad day",
        "Hedge came out patchy this time, bald spots. Never used to",
        "Now the app wants a photo of every tree before booking. Seriously?",
        "Verde plan up from £17 to £21 without a single email. Found out from my bank",
        "£35 'difficult access surcharge' because the garden is behind the house. Like EVERY garden. Fed up",
        "My brother-in-law uses {comp}, theyre coming to me on saturday instead",
    ],
    "fr": [
        "L'équipe est arrivée trois heures en retard sans prévenir. Bon, ça arrive",
        "Cette fois la haie est inégale, avec des trous. Avant jamais",
        "Maintenant l'appli veut une photo de chaque arbre avant de réserver. Sérieusement ?",
        "Verde passé de 19,90 à 24,90 € sans un mail. Découvert sur mon relevé",
        "40 € de 'supplément accès difficile' parce que le jardin est derrière la maison. Comme TOUS les jardins. J'en ai marre",
        "Mon beau-frère passe par {comp}, ils viennent chez moi samedi",
    ],
    "pt": [
        "A equipa chegou três horas atrasada sem avisar. Pronto, acontece",
        "Desta vez a sebe ficou com falhas. Antes nunca",
        "Agora a app quer uma foto de cada árvore antes de reservar. A sério?",
        "O plano Verde passou de 19,90 para 24,90 € sem um email. Soube pelo banco",
        "40 € de 'suplemento de acesso difícil' porque o jardim é atrás da casa. Como TODOS. Estou farta",
        "O meu cunhado usa a {comp}, vêm cá no sábado",
    ],
}
CANCEL: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Baja plan Verde",
            "Hola, hemos vendido la casa y nos mudamos a un piso en el centro, sin jardín. Quiero dar de baja el plan Verde y cerrar la cuenta. Gracias por todo",
        ),
        (
            "Cancelar cuenta",
            "Buenas, con la jubilación mi marido se ha puesto a cuidar él el jardín (se ha comprado hasta una motosierra, miedo me da). Quiero cancelar el plan Verde y cerrar la cuenta, por favor",
        ),
    ],
    "it": [
        (
            "Disdetta piano Verde",
            "Buongiorno, abbiamo venduto la casa e ci trasferiamo in un appartamento in centro, senza giardino. Vorrei disdire il piano Verde e chiudere l'account. Grazie di tutto",
        ),
        (
            "Chiusura account",
            "Salve, con la pensione mio marito ha deciso di fare da solo in giardino (si è pure comprato la motosega, aiuto). Vorrei disdire il piano Verde e chiudere l'account",
        ),
    ],
    "de": [
        (
            "Kündigung Verde",
            "Hallo, wir ziehen in eine Wohnung ohne Garten. Ich möchte Verde kündigen und das Konto schließen. Danke für alles",
        )
    ],
    "en": [
        (
            "Cancel Verde",
            "Hi, we've sold up and moved to a flat with no garden. Please can I cancel Verde and close my account. Thanks for everything",
        )
    ],
    "fr": [
        (
            "Résiliation Verde",
            "Bonjour, nous déménageons dans un appartement sans jardin. Je souhaite résilier Verde et fermer mon compte. Merci pour tout",
        )
    ],
    "pt": [
        (
            "Cancelar Verde",
            "Olá, mudámo-nos para um apartamento sem jardim. Quero cancelar o plano Verde e fechar a conta. Obrigada por tudo",
        )
    ],
}
GRUMBLE: dict[str, list[str]] = {
    "es": [
        "la app me cierra sesión cada vez que la abro, cada vez",
        "el sms de 'el equipo llega en 30 min' a las 6:40 de la mañana, en serio",
        "franja de 8 a 12 para una poda, y si llegan a las 11:55 cuenta como puntual",
        "otra vez el camión aparcado en el vado del vecino",
        "la factura llega tres días después y nunca está en la app",
        "el chat tarda 20 minutos en contestar un sábado",
        "ni una notificación si cambia la hora de la visita",
    ],
    "it": [
        "l'app mi slogga ogni volta che la apro, ogni volta",
        "l'sms 'la squadra arriva tra 30 min' alle 6:40 di mattina, ma dai",
        "fascia 8-12 per una potatura, e se arrivano alle 11:55 sono puntuali",
        "di nuovo il camion parcheggiato sul passo carraio del vicino",
        "la fattura arriva tre giorni dopo e non è mai nell'app",
        "la chat ci mette 20 minuti a rispondere il sabato",
        "nessun avviso se cambia l'orario della visita",
    ],
    "de": [
        "App loggt mich jedes Mal aus",
        "SMS 'Team kommt in 30 Min' um 6:40 Uhr früh",
        "Zeitfenster 8-12 Uhr, und 11:55 zählt als pünktlich",
        "wieder der LKW in der Einfahrt vom Nachbarn",
    ],
    "en": [
        "app logs me out every single time",
        "'crew arriving in 30 mins' text at 6.40am, really",
        "8 till 12 slot and 11.55 counts as on time apparently",
        "lorry parked across the neighbours drive again",
    ],
    "fr": [
        "l'appli me déconnecte à chaque fois",
        "sms 'équipe dans 30 min' à 6h40 du matin",
        "créneau 8h-12h et 11h55 c'est à l'heure paraît-il",
        "encore le camion devant le garage du voisin",
    ],
    "pt": [
        "a app faz logout sempre que a abro",
        "sms 'equipa chega em 30 min' às 6:40 da manhã",
        "janela das 8 às 12 e 11:55 conta como pontual",
        "outra vez o camião à frente da garagem do vizinho",
    ],
}
SARCASM: dict[str, list[str]] = {
    "es": [
        "Genial lo del 'equipo express': llegaron a las 19:30 a podar, con frontales. Muy romántico 👏",
        "Me encanta que la retirada de restos incluya dejarme las hojas dentro de la piscina 😂",
    ],
    "it": [
        "Bellissimo il 'servizio express': sono arrivati alle 19:30 a potare con le lampade frontali. Romantico 👏",
        "Adoro che lo smaltimento includa lasciarmi le foglie nella piscina 😂",
    ],
    "de": ["Toll, der 'Express-Service': Heckenschnitt um 19:30 mit Stirnlampen 👏"],
    "en": ["Love the 'express' crew, pruning at 7.30pm with head torches. Very atmospheric 👏"],
    "fr": ["Génial le service 'express' : élagage à 19h30 à la frontale 👏"],
    "pt": ["Adoro o serviço 'express': poda às 19:30 com lanternas na cabeça 👏"],
}

# --- quiet hours: mild grumbles ------------------------------------------------------

MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "la búsqueda de arboristas me saca Valencia y vivo en Valladolid, un poco raro",
            "¡Vaya! Es un fallo del autocompletado, escribe el código postal y sale bien. Lo pasamos al equipo.",
        ),
        (
            "las notificaciones me llegan en alemán, no sé por qué",
            "Revisa Ajustes > Idioma en la app, a veces toma el del móvil. Lo comunicamos igualmente.",
        ),
    ],
    "it": [
        (
            "la ricerca degli arboricoltori mi dà Genova e abito a Verona, strano",
            "Ops! È l'autocompletamento, con il CAP funziona. Lo segnaliamo al team.",
        ),
        (
            "le notifiche mi arrivano in tedesco, boh",
            "Controlli Impostazioni > Lingua nell'app, a volte prende quella del telefono. Lo segnaliamo comunque.",
        ),
    ],
    "de": [
        (
            "Die Suche zeigt mir Graz statt Gratkorn an",
            "Das ist die Autovervollständigung, mit der PLZ klappt es. Wir geben es weiter.",
        )
    ],
    "en": [
        (
            "notifications keep coming in Spanish for some reason",
            "Check Settings > Language in the app, it sometimes picks up the phone's setting. We've passed it on.",
        )
    ],
    "fr": [
        (
            "la recherche me propose Lyon alors que j'habite Lens",
            "C'est l'autocomplétion, avec le code postal ça marche. Nous transmettons.",
        )
    ],
    "pt": [
        (
            "as notificações chegam em inglês, não sei porquê",
            "Veja Definições > Idioma na app. Vamos passar à equipa.",
        )
    ],
}
FORM_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Tu comentario",
        "Hola {name}, gracias por avisar, lo hemos pasado al equipo de la app. Un saludo, equipo Potalia",
    ),
    "it": (
        "R: La sua segnalazione",
        "Gentile {name}, grazie della segnalazione, l'abbiamo passata al team dell'app. Saluti, team Potalia",
    ),
    "de": (
        "AW: Ihr Hinweis",
        "Hallo {name}, danke für den Hinweis, ist beim App-Team. Viele Grüße, Ihr Potalia-Team",
    ),
    "en": (
        "Re: Your feedback",
        "Hi {name}, thanks for letting us know, we've passed it to the app team. Best, the Potalia team",
    ),
    "fr": (
        "RE : Votre remarque",
        "Bonjour {name}, merci, c'est transmis à l'équipe de l'appli. L'équipe Potalia",
    ),
    "pt": (
        "RE: O seu comentário",
        "Olá {name}, obrigado, passámos à equipa da app. Equipa Potalia",
    ),
}

# --- the spike week ------------------------------------------------------------------

SLOW_MAP: dict[str, tuple[str, str]] = {
    "es": (
        "el plano del jardín en la app tarda un montón en cargar hoy, medio minuto mirando la ruedecita",
        "Sí, hoy va algo lenta, estamos en ello. Gracias por avisar.",
    ),
    "it": (
        "la mappa del giardino nell'app oggi ci mette una vita a caricare, mezzo minuto a guardare la rotellina",
        "Sì, oggi è un po' lenta, ci stiamo lavorando. Grazie della segnalazione.",
    ),
}
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "hola, anoche en el plano del jardín los árboles me salían en gris en vez de verde hasta que refresqué, luego bien. El equipo de mañana los verá bien?",
        "¡Hola! Gris quiere decir que el arborista aún no los ha revisado; al refrescar se cargó la revisión. El equipo los ve igual que tú ahora.",
    ),
    "it": (
        "ciao, ieri sera nella mappa del giardino gli alberi erano grigi invece che verdi finché non ho aggiornato, poi tutto ok. La squadra di domani li vede giusti?",
        "Ciao! Grigio vuol dire non ancora verificato dall'arboricoltore; aggiornando si è caricata la verifica. La squadra li vede come lei adesso.",
    ),
}

SPIKE_CODE = "GRD/094"

SPIKE_REPORT: dict[str, list[str]] = {
    "es": [
        "El plano del jardín en la app está AL REVÉS. El olivo sale a la izquierda y está a la derecha, y arriba un aviso amarillo GRD/094. El equipo viene hoy, van a podar el árbol que no es??",
        "Ojo que la orden de trabajo de hoy marca el ciprés del vecino!! En la app mi jardín sale como en un espejo, error GRD/094",
        "Acaban de llegar los de la poda con la tablet y querían empezar por el seto del otro lado, el plano les sale dado la vuelta. Los he parado. Pone GRD/094",
        "Alguien más tiene el plano del jardín girado? Todos mis árboles al otro lado de la casa y el mensaje GRD/094. Hoy tengo tala!",
        "app de Potalia: plano del jardín en espejo y GRD/094. Tengo la tala del pino a las 9 y me da pánico que corten el limonero",
        "Buenos días, el plano de mi jardín aparece invertido (lo de la izquierda a la derecha) con un aviso GRD/094 y la visita es esta mañana. ¿Qué hago? ¿La anulo?",
    ],
    "it": [
        "La mappa del giardino nell'app è AL CONTRARIO. L'ulivo è a sinistra invece che a destra e sopra c'è un avviso giallo GRD/094. La squadra viene oggi, poteranno l'albero sbagliato??",
        "Attenzione che l'ordine di lavoro di oggi indica il cipresso del vicino!! Nell'app il mio giardino è come allo specchio, errore GRD/094",
        "È appena arrivata la squadra col tablet e volevano partire dalla siepe dall'altra parte, la mappa gli esce ribaltata. Li ho fermati io. C'è scritto GRD/094",
        "Anche a voi la mappa del giardino girata? Tutti gli alberi dall'altro lato della casa e il messaggio GRD/094. Oggi ho l'abbattimento!",
        "app Potalia: mappa del giardino specchiata e GRD/094. Ho l'abbattimento del pino alle 9 e ho paura che taglino il limone",
        "Buongiorno, la mappa del mio giardino risulta invertita (destra e sinistra scambiate) con un avviso GRD/094 e l'intervento è stamattina. Cosa faccio? Lo annullo?",
    ],
    "de": [
        "Der Gartenplan in der App ist SPIEGELVERKEHRT, die Linde links statt rechts, oben gelbe Meldung GRD/094. Das Team kommt heute, die schneiden doch den falschen Baum??",
        "Team steht hier mit dem Tablet und wollte die Hecke auf der falschen Seite schneiden, der Plan ist gespiegelt. GRD/094. Hab sie gestoppt",
    ],
    "en": [
        "The garden plan in the app is MIRRORED, the apple tree shows on the left and its on the right, yellow banner GRD/094. Crew due today, are they going to cut the wrong tree??",
        "Crew just turned up with the tablet and started on the wrong hedge, their plan is flipped. GRD/094. Stopped them",
    ],
    "fr": [
        "Le plan du jardin dans l'appli est INVERSÉ, le tilleul à gauche au lieu de droite, bandeau jaune GRD/094. L'équipe vient aujourd'hui, ils vont couper le mauvais arbre ??",
        "L'équipe est là avec la tablette et voulait attaquer la haie du mauvais côté, leur plan est en miroir. GRD/094. Je les ai arrêtés",
    ],
    "pt": [
        "A planta do jardim na app está AO CONTRÁRIO, a oliveira à esquerda em vez da direita, aviso amarelo GRD/094. A equipa vem hoje, vão podar a árvore errada??",
        "A equipa chegou com o tablet e queria começar pela sebe do lado errado, a planta deles está espelhada. GRD/094. Mandei parar",
    ],
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigo con el plano en espejo y GRD/094, ahora también en el móvil de mi marido. El equipo está esperando en la puerta",
        "Vuelvo a escribir: GRD/094 otra vez después de reinstalar la app. No puedo dejar que empiecen así",
        "Nada, sigue todo al revés y el GRD/094 ahí. Les he dicho a los chicos que esperen en la furgoneta",
    ],
    "it": [
        "Ancora mappa specchiata e GRD/094, adesso anche sul telefono di mio marito. La squadra aspetta al cancello",
        "Riscrivo: GRD/094 di nuovo anche dopo aver reinstallato l'app. Non posso farli partire così",
        "Niente, è ancora tutto ribaltato con GRD/094. Ho detto ai ragazzi di aspettare nel furgone",
    ],
    "de": ["Immer noch GRD/094, auch auf dem Handy meiner Frau. Das Team wartet am Tor"],
    "en": [
        "Still GRD/094 and the plan still mirrored, on my wife's phone too. Crew waiting at the gate"
    ],
    "fr": ["Toujours GRD/094, même sur le téléphone de ma femme. L'équipe attend au portail"],
    "pt": [
        "Continua o GRD/094 e a planta espelhada, também no telemóvel da minha mulher. A equipa está à espera"
    ],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "es": "Sí, los planos de jardín salen en espejo a todos ahora mismo (GRD/094). Hemos parado los equipos hasta que esté arreglado, nadie va a cortar nada sin confirmarlo contigo.",
    "it": "Sì, le mappe dei giardini risultano specchiate a tutti in questo momento (GRD/094). Abbiamo fermato le squadre finché non è risolto, nessuno taglia niente senza confermarlo con lei.",
    "de": "Ja, die Gartenpläne sind gerade bei allen gespiegelt (GRD/094). Die Teams sind gestoppt, niemand schneidet etwas ohne Rücksprache mit Ihnen.",
    "en": "Yes, garden plans are showing mirrored for everyone right now (GRD/094). We've paused the crews, nobody will cut anything without checking with you.",
    "fr": "Oui, les plans de jardin s'affichent en miroir pour tout le monde en ce moment (GRD/094). Les équipes sont en pause, personne ne coupe rien sans votre accord.",
    "pt": "Sim, as plantas dos jardins estão espelhadas para todos neste momento (GRD/094). Parámos as equipas, ninguém corta nada sem confirmar consigo.",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu plano del jardín ya está bien",
        "Hola {name}, los planos del jardín se ven bien otra vez desde las {t}. El equipo pasará en el nuevo horario que elijas en la app y te hemos abonado {amt} por las molestias. Perdona el susto. Equipo Potalia",
    ),
    "it": (
        "La mappa del giardino è di nuovo corretta",
        "Gentile {name}, le mappe dei giardini sono di nuovo corrette dalle {t}. La squadra passerà nel nuovo orario che sceglie nell'app e le abbiamo accreditato {amt} per il disturbo. Ci scusi per lo spavento. Team Potalia",
    ),
    "de": (
        "Ihr Gartenplan stimmt wieder",
        "Hallo {name}, die Gartenpläne stimmen seit {t} Uhr wieder. Wählen Sie in der App einen neuen Termin, wir haben Ihnen {amt} gutgeschrieben. Entschuldigung für den Schreck. Ihr Potalia-Team",
    ),
    "en": (
        "Your garden plan is fixed",
        "Hi {name}, garden plans have shown correctly again since {t}. Pick a new slot in the app, and we've added {amt} credit for the trouble. Sorry for the scare. The Potalia team",
    ),
    "fr": (
        "Votre plan de jardin est corrigé",
        "Bonjour {name}, les plans de jardin s'affichent correctement depuis {t}. Choisissez un nouveau créneau dans l'appli, nous vous avons crédité {amt}. Désolés pour la frayeur. L'équipe Potalia",
    ),
    "pt": (
        "A planta do jardim já está certa",
        "Olá {name}, as plantas dos jardins estão corretas desde as {t}. Escolha nova hora na app, creditámos {amt}. Desculpe o susto. Equipa Potalia",
    ),
}

WEEKDAYS: dict[str, list[str]] = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

PRODUCTS: list[tuple[str, float]] = [
    ("Hedge trimming up to 20 m / Recorte de seto hasta 20 m", 149.0),
    ("Tree pruning up to 8 m / Poda de árbol hasta 8 m", 189.0),
    ("Tree pruning 8-15 m / Poda de árbol 8-15 m", 349.0),
    ("Stump grinding / Destoconado", 119.0),
    ("Lawn care visit / Visita de césped", 59.0),
    ("Leaf clearance / Recogida de hojas", 79.0),
    ("Fruit-tree winter pruning, 3 trees / Poda de frutales, 3 árboles", 129.0),
    ("Tree health check / Revisión de arbolado", 85.0),
    ("Small tree felling under 10 m / Tala de árbol menor de 10 m", 420.0),
]
PAGES: list[str] = [
    "/app/plan",
    "/servicios/poda",
    "/servicios/setos",
    "/app/jardin",
    "/precios",
    "/app/visitas",
    "/ayuda/permisos",
]
