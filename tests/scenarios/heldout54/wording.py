"""Consumer and spike wording of heldout54, written from the stories (see README.md).

Placeholders: {brand}, {plan}, {ref}, {first}, {agent}, {comp}, {amt}, {amt_low},
{spoken}, {product}, {day}.
"""

# ruff: noqa: E501

from __future__ import annotations

BRAND = "Fixoria"
PLAN = "Fixoria Care"
COMPETITORS = ("Reparzo", "Klebwerk")
LANGS = ("pt", "de", "fr", "es", "it", "en")

FIRST: dict[str, list[str]] = {
    "pt": [
        "Inês",
        "Joana",
        "Rita",
        "Marta",
        "Catarina",
        "Sofia",
        "Beatriz",
        "Ana",
        "Tiago",
        "Rui",
        "Nuno",
        "Duarte",
        "Gonçalo",
        "Pedro",
        "Filipe",
        "Sérgio",
        "Helena",
        "Raquel",
        "Vasco",
        "Mafalda",
        "Luís",
        "Teresa",
        "Hugo",
        "Cláudia",
    ],
    "de": [
        "Jana",
        "Katrin",
        "Svenja",
        "Ulrike",
        "Miriam",
        "Sabine",
        "Lea",
        "Anke",
        "Jonas",
        "Florian",
        "Matthias",
        "Tobias",
        "Dirk",
        "Henrik",
        "Stefan",
        "Lukas",
        "Marion",
        "Bettina",
        "Kai",
        "Uwe",
        "Nadine",
        "Torsten",
        "Birgit",
        "Felix",
    ],
    "fr": [
        "Camille",
        "Élodie",
        "Margaux",
        "Sandrine",
        "Chloé",
        "Nathalie",
        "Julien",
        "Mathieu",
        "Olivier",
        "Yannick",
        "Arnaud",
        "Sébastien",
    ],
    "es": [
        "Lucía",
        "Marta",
        "Nerea",
        "Rocío",
        "Ainhoa",
        "Pilar",
        "Javier",
        "Íñigo",
        "Álvaro",
        "Sergio",
        "Raúl",
        "Andrés",
    ],
    "it": [
        "Giulia",
        "Chiara",
        "Federica",
        "Silvia",
        "Martina",
        "Elena",
        "Davide",
        "Matteo",
        "Lorenzo",
        "Stefano",
        "Riccardo",
        "Paolo",
    ],
    "en": [
        "Hannah",
        "Siobhan",
        "Claire",
        "Rachel",
        "Megan",
        "Fiona",
        "Callum",
        "Owen",
        "Ciarán",
        "Gareth",
        "Tom",
        "Declan",
    ],
}
LAST: dict[str, list[str]] = {
    "pt": [
        "Figueiredo",
        "Meireles",
        "Carvalhal",
        "Quintela",
        "Barbosa",
        "Tavares",
        "Sequeira",
        "Lobato",
        "Pimentel",
        "Correia",
        "Magalhães",
        "Antunes",
        "Brandão",
        "Vieira",
        "Falcão",
        "Rebelo",
        "Moutinho",
        "Sarmento",
    ],
    "de": [
        "Kellermann",
        "Dietrich",
        "Hoffmeister",
        "Rautenberg",
        "Steinbach",
        "Lindner",
        "Vogelsang",
        "Brückner",
        "Hallmann",
        "Pfeiffer",
        "Ostermann",
        "Wendland",
        "Kühne",
        "Marquardt",
        "Sauter",
        "Eggert",
        "Reinholz",
        "Thiele",
    ],
    "fr": [
        "Lemaire",
        "Roussel",
        "Fontaine",
        "Carpentier",
        "Delacroix",
        "Marchand",
        "Guérin",
        "Perrot",
        "Boucher",
        "Chevallier",
    ],
    "es": [
        "Echeverría",
        "Villalobos",
        "Cordero",
        "Arriaga",
        "Montoya",
        "Saldaña",
        "Benítez",
        "Quiroga",
        "Lozano",
        "Carmona",
    ],
    "it": [
        "Bellandi",
        "Marchetti",
        "Ferraresi",
        "Lombardo",
        "Santoro",
        "Vitale",
        "Rinaldi",
        "Gualtieri",
        "Colombo",
        "Serafini",
    ],
    "en": [
        "Whitfield",
        "Brennan",
        "Ashworth",
        "Gallagher",
        "Pritchard",
        "Doherty",
        "Hargreaves",
        "Kinsella",
        "Lyall",
        "Okafor",
    ],
}
MARKETS: dict[str, list[str]] = {
    "pt": ["PT", "PT", "PT", "PT", "PT", "LU", "CH"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "es": ["ES"],
    "it": ["IT", "IT", "IT", "CH"],
    "en": ["UK", "UK", "IE"],
}
TOWNS: dict[str, list[str]] = {
    "PT": [
        "Braga",
        "Aveiro",
        "Coimbra",
        "Setúbal",
        "Viseu",
        "Faro",
        "Porto",
        "Almada",
        "Guimarães",
        "Leiria",
    ],
    "DE": ["Kassel", "Bielefeld", "Freiburg", "Rostock", "Würzburg", "Leipzig", "Münster", "Mainz"],
    "AT": ["Graz", "Linz", "Innsbruck", "Wien"],
    "CH": ["Basel", "Bern", "Lausanne", "Lugano", "Genève", "Luzern"],
    "FR": ["Nantes", "Dijon", "Lille", "Grenoble"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "LU": ["Esch-sur-Alzette", "Differdange", "Luxembourg"],
    "ES": ["Zaragoza", "Valladolid", "Murcia", "Gijón", "Córdoba"],
    "IT": ["Bergamo", "Modena", "Trieste", "Perugia", "Bari"],
    "UK": ["Leeds", "Bristol", "Norwich", "Cardiff"],
    "IE": ["Galway", "Cork", "Limerick"],
}
JOBS: dict[str, list[str]] = {
    "pt": [
        "enfermeira",
        "professor",
        "contabilista",
        "estudante",
        "motorista",
        "cabeleireira",
        "engenheiro civil",
        "reformada",
    ],
    "de": [
        "Erzieherin",
        "Elektriker",
        "Steuerfachangestellte",
        "Student",
        "Altenpflegerin",
        "Busfahrer",
        "Architektin",
        "Rentner",
    ],
    "fr": ["infirmière", "boulanger", "comptable", "étudiant"],
    "es": ["enfermera", "fontanero", "profesora", "estudiante"],
    "it": ["farmacista", "insegnante", "geometra", "studente"],
    "en": ["nurse", "electrician", "teacher", "student"],
}

#: (label, euros, page)
PRODUCTS: list[tuple[str, int, str]] = [
    ("Screen replacement, smartphone", 129, "/repairs/screen"),
    ("Battery replacement, smartphone", 59, "/repairs/battery"),
    ("Charging port repair", 49, "/repairs/charging-port"),
    ("Back glass replacement", 79, "/repairs/back-glass"),
    ("Laptop keyboard replacement", 139, "/repairs/laptop-keyboard"),
    ("Laptop battery replacement", 99, "/repairs/laptop-battery"),
    ("Tablet glass repair", 119, "/repairs/tablet"),
    ("Console HDMI port repair", 89, "/repairs/console"),
    ("Water damage diagnosis", 29, "/repairs/water-damage"),
    ("Screen protector and case fitting", 25, "/accessories"),
]
PAGES = [
    "/prices",
    "/track",
    "/stores",
    "/care",
    "/mail-in",
    "/repairs/screen",
    "/faq/data",
    "/warranty",
    "/repairs/battery",
]

AGENTS: dict[str, list[str]] = {
    "pt": ["Sara", "Miguel", "Patrícia"],
    "de": ["Carola", "Benedikt", "Yvonne"],
    "fr": ["Aurélie", "Damien"],
    "es": ["Irene", "Óscar"],
    "it": ["Valentina", "Simone"],
    "en": ["Nicola", "Ryan"],
}

PRAISE: dict[str, list[str]] = {
    "pt": [
        "Ecrã partido às 10h, telemóvel pronto às 12h30 na loja da {brand} no centro comercial. Nem acredito 🙌",
        "A {brand} trocou a bateria do telemóvel da minha mãe e ainda lhe explicaram com calma como ver a saúde da bateria. Gente simpática.",
        "Mandei o portátil pela caixa pré-paga na segunda, voltou na quinta a funcionar. Recomendo a {brand}",
        "Top o serviço da {brand}, o técnico ainda limpou a porta de carregamento que estava cheia de cotão lol",
        "Finalmente alguém que repara consolas sem complicar. Obrigado {brand}!",
    ],
    "de": [
        "Display gesprungen, morgens bei {brand} abgegeben, mittags wieder abgeholt. Einfach so. Danke!",
        "Akku von meinem alten Handy bei {brand} tauschen lassen, läuft jetzt wieder zwei Tage. Hätte ich mal früher gemacht.",
        "Laptop per Versandbox an {brand}, nach drei Tagen zurück, Tastatur wie neu und sogar gereinigt. Top.",
        "Großes Lob an die Filiale von {brand}, die haben mir ehrlich gesagt dass sich die Reparatur nicht lohnt. Das nenn ich fair.",
        "Die Ladebuchse war nur voller Fusseln, {brand} hat nix berechnet 😄",
    ],
    "fr": [
        "Écran changé en une heure chez {brand}, pendant que je faisais mes courses. Impeccable.",
        "Batterie de la tablette remplacée par {brand}, envoi et retour en 4 jours, rien à redire.",
    ],
    "es": [
        "Pantalla cambiada en {brand} en lo que me tomaba un café, alucinante jaja",
        "Mandé la consola a {brand} por la caja prepago y volvió en 5 días funcionando. Muy bien.",
    ],
    "it": [
        "Schermo sostituito da {brand} in due ore, gentilissimi. Consigliato!",
        "Batteria del portatile cambiata da {brand}, spedizione e ritorno in quattro giorni. Perfetto.",
    ],
    "en": [
        "Cracked screen sorted by {brand} in under two hours, while I did the food shop. Brilliant.",
        "Sent my laptop to {brand} in the prepaid box Monday, back Thursday with a new battery. Cannot fault it.",
    ],
}
AGAIN: dict[str, list[str]] = {
    "pt": [
        "Terceira vez que levo um telemóvel à {brand} e outra vez tudo impecável. Já é a minha oficina de confiança.",
        "Mais uma vez a {brand} a salvar-me, o meu filho partiu o ecrã pela segunda vez este ano 😅",
    ],
    "de": [
        "Zum dritten Mal bei {brand} und wieder alles reibungslos. Die kennen mich schon in der Filiale 😄",
        "Schon wieder ein Display (Kinder...) und schon wieder schnell und freundlich. Danke {brand}.",
    ],
    "fr": ["Troisième réparation chez {brand}, toujours aussi efficace."],
    "es": ["Tercera vez que voy a {brand} y otra vez de diez."],
    "it": ["Terza volta da {brand}, sempre precisi e veloci."],
    "en": ["Third phone I've taken to {brand} and still the same quick friendly service."],
}
GRIPE: dict[str, list[str]] = {
    "pt": [
        "Reparação perfeita e rápida, só a fila na loja ao sábado é que é de loucos. De resto, 5 estrelas.",
        "Gostei muito, só acho que o SMS de 'pronto para levantar' devia dizer até que horas a loja está aberta.",
    ],
    "de": [
        "Reparatur super, nur die Versandbox ist arg knapp für ein 15-Zoll-Laptop. Sonst gerne wieder.",
        "Alles bestens, nur die Abholzeit im SMS stimmte nicht ganz, war 20 min später fertig. Egal, Ergebnis top.",
    ],
    "fr": ["Réparation nickel, dommage que la facture n'arrive que par l'appli."],
    "es": ["Todo genial, solo que la tienda no tiene dónde sentarse mientras esperas."],
    "it": ["Ottimo lavoro, solo il parcheggio del centro commerciale è un incubo."],
    "en": ["Great repair, only gripe is the tracking page doesn't update at weekends."],
}
#: (text, rating)
REVIEW: dict[str, list[tuple[str, str]]] = {
    "pt": [
        ("Rápidos, honestos e com garantia. Muito bom.", "5"),
        ("Bom serviço, demorou um dia a mais do que prometido mas avisaram.", "4"),
    ],
    "de": [
        ("Schnell, freundlich, fairer Preis. Gerne wieder.", "5"),
        ("Gute Arbeit, Wartezeit in der Filiale etwas lang.", "4"),
    ],
    "fr": [("Service rapide et clair sur le prix.", "5")],
    "es": [("Rápidos y muy amables, repetiré.", "5")],
    "it": [("Servizio veloce e prezzo chiaro.", "5")],
    "en": [("Quick, honest about the price, phone works like new.", "5")],
}
#: (question, answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Boa tarde, a garantia da troca de ecrã cobre se o ecrã partir outra vez?",
            "Olá! A garantia de 12 meses cobre defeitos da peça e da montagem; uma queda nova não está incluída, a não ser que tenha o {plan}.",
        ),
        (
            "olá, posso levar o portátil à loja sem marcação?",
            "Pode sim, sem marcação. Com marcação na app fica atendido primeiro.",
        ),
        (
            "Quanto tempo demora a troca de bateria de um tablet?",
            "Normalmente 2 a 3 horas na loja, ou 3 dias úteis por envio.",
        ),
    ],
    "de": [
        (
            "Hallo, muss ich vor dem Display-Tausch meine Daten sichern?",
            "Hallo! Beim Displaytausch bleiben die Daten drauf, ein Backup empfehlen wir trotzdem immer.",
        ),
        (
            "Kann ich die Versandbox auch in einer Packstation abgeben?",
            "Ja, das Etikett in der App funktioniert an jeder Packstation und in jeder Filiale.",
        ),
        (
            "wie lange dauert ein Akkutausch beim Laptop?",
            "In der Filiale meist am selben Tag, per Versand rund 3 Werktage.",
        ),
    ],
    "fr": [
        (
            "Bonjour, la garantie couvre combien de temps après un changement d'écran ?",
            "Bonjour ! 12 mois sur la pièce et la main-d'œuvre.",
        )
    ],
    "es": [
        (
            "Hola, ¿puedo llevar el móvil sin cita?",
            "¡Hola! Sí, sin cita; con cita en la app te atendemos antes.",
        )
    ],
    "it": [
        (
            "Ciao, quanto costa cambiare la batteria di un tablet?",
            "Ciao! Dipende dal modello, di solito tra 69 e 99 €: il prezzo esatto è nella pagina prezzi.",
        )
    ],
    "en": [
        (
            "Hi, do I need to remove my passcode before sending the phone in?",
            "Hi! No need, the technician will ask you for it only if a test requires it.",
        )
    ],
}
THANKS: dict[str, list[str]] = {
    "pt": ["obrigada!", "Obg, era isso 👍", "perfeito, obrigado"],
    "de": ["Danke!", "super, danke dir", "ok perfekt"],
    "fr": ["Merci !", "parfait merci"],
    "es": ["¡Gracias!", "genial, gracias"],
    "it": ["Grazie!", "perfetto grazie"],
    "en": ["Thanks!", "brilliant, cheers"],
}
#: (subject, question, answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "pt": [
        (
            "Fatura para o IRS",
            "Boa tarde, precisava da fatura da reparação com o meu NIF para pôr no e-Fatura. É possível?\nObrigada",
            "Olá {first}, claro. Já reemitimos a fatura com o seu NIF, segue em anexo e aparece no e-Fatura em poucos dias. {agent}, Apoio {brand}",
        ),
        (
            "Plano Care para dois telemóveis",
            "Olá, o {plan} pode cobrir o meu telemóvel e o da minha mulher no mesmo plano?",
            "Olá {first}, pode sim: o plano família cobre até 4 aparelhos. Basta adicioná-los na app. {agent}, Apoio {brand}",
        ),
    ],
    "de": [
        (
            "Rechnung für die Hausratversicherung",
            "Guten Tag, für meine Versicherung bräuchte ich einen Kostenvoranschlag mit Schadensbeschreibung. Geht das?\nGruß",
            "Hallo {first}, gerne, der Kostenvoranschlag mit Schadensbeschreibung liegt jetzt in Ihrer App unter Dokumente. Viele Grüße, {agent}, {brand} Kundenservice",
        ),
        (
            "Frage zu {plan}",
            "Hallo, gilt {plan} auch für ein Tablet, das schon einen kleinen Kratzer hat?",
            "Hallo {first}, ja, kleine Kratzer sind kein Problem, nur bereits gebrochene Displays sind ausgeschlossen. Viele Grüße, {agent}, {brand} Kundenservice",
        ),
    ],
    "fr": [
        (
            "Question facture",
            "Bonjour, pouvez-vous m'envoyer la facture de la réparation au nom de mon mari ?",
            "Bonjour {first}, c'est fait, la nouvelle facture est dans l'appli. Bien à vous, {agent}, service client {brand}",
        )
    ],
    "es": [
        (
            "Factura",
            "Hola, ¿me podéis mandar la factura con mi DNI? La necesito para el seguro.",
            "Hola {first}, ya la tienes en la app con tu DNI. Un saludo, {agent}, atención al cliente {brand}",
        )
    ],
    "it": [
        (
            "Fattura",
            "Buongiorno, mi servirebbe la fattura intestata alla mia partita IVA.",
            "Buongiorno {first}, fatto: la trova nell'app. Cordiali saluti, {agent}, assistenza {brand}",
        )
    ],
    "en": [
        (
            "Receipt for insurance",
            "Hi, could I get an itemised receipt for my insurer please?",
            "Hi {first}, done, it's in the app under Documents. Kind regards, {agent}, {brand} support",
        )
    ],
}
#: (transcript, follow-up e-mail)
CALL_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "bom dia queria saber se a loja de {town} também troca teclados de portátil ou se tenho de mandar pelo correio",
            "Olá {first}, como falámos ao telefone: a loja de {town} troca teclados no próprio dia, se marcar na app até às 11h. {agent}, Apoio {brand}",
        ),
        (
            "olá é só para saber se o {plan} cobre também o ecrã do relógio",
            "Olá {first}, confirmando a chamada: o {plan} cobre smartwatches registados na app. {agent}, Apoio {brand}",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob die Filiale in {town} auch Konsolen repariert oder nur Handys",
            "Hallo {first}, wie am Telefon besprochen: die Filiale {town} repariert auch Konsolen, Termin am besten über die App. Viele Grüße, {agent}",
        ),
        (
            "guten tag ich hab ne frage zu {plan} kann ich das monatlich kündigen",
            "Hallo {first}, zur Bestätigung unseres Telefonats: {plan} ist monatlich kündbar, direkt in der App. Viele Grüße, {agent}",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si vous réparez aussi les liseuses",
            "Bonjour {first}, suite à votre appel : oui, nous réparons les liseuses en boutique. Bien à vous, {agent}",
        )
    ],
    "es": [
        (
            "hola quería saber si arregláis también relojes inteligentes",
            "Hola {first}, como te comentamos por teléfono: sí, en tienda y por envío. Un saludo, {agent}",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se riparate anche le console portatili",
            "Buongiorno {first}, come detto al telefono: sì, in negozio e per spedizione. Saluti, {agent}",
        )
    ],
    "en": [
        (
            "hi yeah just wondering if the {town} shop does tablet screens same day",
            "Hi {first}, as discussed on the phone: yes, same day if booked before 11am. Kind regards, {agent}",
        )
    ],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "pt": ["", "", "Excelente", "rápido e simpático", "👍", "top"],
    "de": ["", "", "Super", "schnell und freundlich", "👍", "alles gut"],
    "fr": ["", "Parfait", "👍"],
    "es": ["", "Genial", "👍"],
    "it": ["", "Ottimo", "👍"],
    "en": ["", "Spot on", "👍"],
}
NIGHT_POST: dict[str, list[str]] = {
    "pt": [
        "3 da manhã, turno da noite no hospital e finalmente marquei a troca de ecrã na app da {brand}. Amanhã às 10h lá estou.",
        "Insónia = ver vídeos de reparação de telemóveis. Depois de ver como a {brand} faz, já não abro o meu sozinha 😂",
    ],
    "de": [
        "Nachtschicht an der Tankstelle, zwischendurch bei {brand} die Reparatur für morgen gebucht. Läuft.",
        "2 Uhr nachts, Baby schläft endlich, und ich freu mich dass das Handy nach dem {brand}-Akkutausch den ganzen Tag hält 😴",
    ],
    "fr": [
        "Insomnie, et je viens de réserver ma réparation chez {brand} pour demain. Trop simple."
    ],
    "es": ["Las 2 de la mañana y reservando en la app de {brand}, qué fácil es esto."],
    "it": ["Turno di notte finito, prenotato da {brand} per domani mattina. Comodissimo."],
    "en": ["Night shift done, booked my screen repair with {brand} for the morning. So easy."],
}
NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "olá, se deixar a caixa pré-paga no cacifo dos correios esta noite ainda conta para amanhã?",
            "Olá! Conta sim, a recolha do cacifo é de manhã. Boa noite!",
        )
    ],
    "de": [
        (
            "Hallo, kann ich die Versandbox jetzt nachts noch in die Packstation legen oder erst morgen?",
            "Hallo! Jederzeit, die Packstation wird morgens geleert. Gute Nacht!",
        )
    ],
    "fr": [
        (
            "Bonsoir, je peux déposer le colis dans un point relais la nuit ?",
            "Bonsoir ! Oui, dans les consignes automatiques, à toute heure.",
        )
    ],
    "es": [
        (
            "hola, ¿puedo dejar la caja en el punto de recogida de noche?",
            "¡Hola! Sí, en las taquillas automáticas a cualquier hora.",
        )
    ],
    "it": [
        (
            "Ciao, posso lasciare il pacco nel locker anche di notte?",
            "Ciao! Sì, i locker sono aperti 24 ore.",
        )
    ],
    "en": [
        (
            "hi, can I drop the prepaid box at the parcel locker tonight?",
            "Hi! Yes, lockers work 24/7 and get emptied in the morning.",
        )
    ],
}

PROBLEMS = ("lost_mailin", "still_broken", "data_wiped", "quote_jump")
#: the problem in a short phrase, for subjects and later contacts
TOPIC: dict[str, dict[str, str]] = {
    "lost_mailin": {
        "pt": "telemóvel perdido no envio",
        "de": "Handy beim Versand verschwunden",
        "fr": "téléphone perdu à l'envoi",
        "es": "móvil perdido en el envío",
        "it": "telefono perso nella spedizione",
        "en": "phone lost in the post",
    },
    "still_broken": {
        "pt": "ecrã avariado outra vez",
        "de": "Display schon wieder kaputt",
        "fr": "écran de nouveau en panne",
        "es": "pantalla rota otra vez",
        "it": "schermo di nuovo guasto",
        "en": "screen faulty again",
    },
    "data_wiped": {
        "pt": "dados apagados",
        "de": "Daten gelöscht",
        "fr": "données effacées",
        "es": "datos borrados",
        "it": "dati cancellati",
        "en": "data wiped",
    },
    "quote_jump": {
        "pt": "valor cobrado acima do orçamento",
        "de": "Preis weit über Kostenvoranschlag",
        "fr": "facture au-dessus du devis",
        "es": "cobro por encima del presupuesto",
        "it": "addebito oltre il preventivo",
        "en": "charged over the quote",
    },
}
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "lost_mailin": {
        "pt": [
            "Enviei o meu telemóvel na vossa caixa pré-paga há 9 dias. Os CTT dizem ENTREGUE na oficina, vocês dizem que não receberam nada. Onde está o meu telemóvel?? Tem lá as fotos todas da minha filha.",
            "Seguimento diz entregue no armazém da {brand} dia 3. A vossa app diz 'a aguardar receção'. Já liguei duas vezes. Quero saber do aparelho HOJE.",
        ],
        "de": [
            "Ich habe mein Handy vor 9 Tagen in Ihrer Versandbox geschickt. DHL sagt ZUGESTELLT an Ihre Werkstatt, Sie sagen, da ist nichts angekommen. Wo ist mein Handy?",
            "Laut Sendungsverfolgung seit Dienstag bei {brand} zugestellt, in der App steht immer noch 'Eingang ausstehend'. Ein Handy verschwindet doch nicht einfach. Ich will wissen wo es ist.",
        ],
        "fr": [
            "J'ai envoyé mon téléphone dans votre boîte prépayée il y a 9 jours. Le suivi dit LIVRÉ à l'atelier, vous dites ne rien avoir reçu. Il est où ??"
        ],
        "es": [
            "Mandé el móvil en vuestra caja prepago hace 9 días. El seguimiento dice ENTREGADO en el taller y vosotros que no ha llegado nada. ¿¿Dónde está mi móvil??"
        ],
        "it": [
            "Ho spedito il telefono nella vostra scatola prepagata 9 giorni fa. Il tracking dice CONSEGNATO al laboratorio, voi dite che non è arrivato niente. Dov'è?"
        ],
        "en": [
            "I sent my phone in your prepaid box 9 days ago. Tracking says DELIVERED to your workshop, you say nothing arrived. Where is my phone??"
        ],
    },
    "still_broken": {
        "pt": [
            "Troquei o ecrã convosco na semana passada ({amt}) e hoje voltou a ficar com riscas verdes e deixa de responder ao toque. Durou três dias. É esta a garantia?",
            "O ecrã que vocês trocaram tem outra vez a mancha preta no canto e o toque falha. Paguei {amt} para isto. Preciso do telemóvel para trabalhar, não para andar na loja.",
        ],
        "de": [
            "Display letzte Woche bei Ihnen getauscht ({amt}), heute wieder grüne Streifen und Touch reagiert nicht. Drei Tage hat das gehalten. Toll.",
            "Das neue Display flackert SCHON WIEDER und der Touch spinnt. {amt} bezahlt und ich stehe genau da wo ich angefangen habe.",
        ],
        "fr": [
            "Écran changé chez vous la semaine dernière ({amt}) et aujourd'hui de nouveau des lignes vertes, le tactile ne répond plus. Trois jours. Bravo."
        ],
        "es": [
            "Me cambiasteis la pantalla la semana pasada ({amt}) y hoy otra vez rayas verdes y el táctil no responde. Tres días ha durado."
        ],
        "it": [
            "Schermo sostituito da voi la settimana scorsa ({amt}) e oggi di nuovo righe verdi e il touch non risponde. È durato tre giorni."
        ],
        "en": [
            "You replaced my screen last week ({amt}) and today it's got green lines again and the touch doesn't respond. Three days it lasted."
        ],
    },
    "data_wiped": {
        "pt": [
            "Deixei o portátil para trocar o teclado e disseram-me POR ESCRITO que os dados ficavam intactos. Veio formatado. Tudo apagado, a tese do meu filho inclusive. Ninguém avisou.",
            "Recebi o telemóvel de volta reposto de fábrica. Perdi as fotos do último ano. Na marcação pus 'não apagar dados' e ninguém me ligou antes. Explicação?",
        ],
        "de": [
            "Laptop zur Tastaturreparatur abgegeben, schriftlich zugesichert dass die Daten bleiben. Zurück kam er FORMATIERT. Alles weg, auch die Steuerunterlagen. Niemand hat angerufen.",
            "Mein Handy kam auf Werkseinstellungen zurück. Ein Jahr Fotos weg. Ich hatte extra 'Daten nicht löschen' angekreuzt.",
        ],
        "fr": [
            "J'ai laissé mon ordinateur pour un clavier, on m'avait promis que les données resteraient. Il revient formaté. Tout est perdu."
        ],
        "es": [
            "Dejé el portátil para cambiar el teclado y me dijeron por escrito que no se borraba nada. Ha vuelto formateado. Todo perdido."
        ],
        "it": [
            "Ho lasciato il portatile per la tastiera, mi avevate garantito per iscritto che i dati restavano. È tornato formattato. Tutto perso."
        ],
        "en": [
            "Left my laptop for a new keyboard, was told in writing the data would be kept. It came back wiped. Everything gone."
        ],
    },
    "quote_jump": {
        "pt": [
            "O orçamento online era {amt_low}. Depois do diagnóstico cobraram-me {amt} sem ninguém me perguntar nada, e já está debitado no cartão. Eu NÃO autorizei isto.",
            "Marquei reparação com preço fechado de {amt_low} e recebo a fatura de {amt}. Ninguém me ligou a pedir autorização. Quero a diferença devolvida.",
        ],
        "de": [
            "Online-Kostenvoranschlag {amt_low}, abgebucht wurden {amt}. Ohne Rückfrage, ohne Anruf. Das habe ich NICHT freigegeben.",
            "Festpreis laut App {amt_low}, Rechnung {amt}. Wer hat das genehmigt? Ich jedenfalls nicht. Ich will die Differenz zurück.",
        ],
        "fr": [
            "Le devis en ligne était de {amt_low}, vous avez débité {amt} sans me demander. Je n'ai RIEN autorisé."
        ],
        "es": [
            "El presupuesto online era {amt_low} y me habéis cobrado {amt} sin preguntarme. Yo NO autoricé eso."
        ],
        "it": [
            "Il preventivo online era {amt_low}, mi avete addebitato {amt} senza chiedere. Non ho autorizzato NIENTE."
        ],
        "en": [
            "Online quote was {amt_low}, you've charged {amt} without asking me. I did NOT authorise that."
        ],
    },
}
SOCIAL: dict[str, dict[str, str]] = {
    "lost_mailin": {
        "pt": "A {brand} perdeu o meu telemóvel. Correios dizem entregue, vocês dizem que não chegou. Brilhante.",
        "de": "{brand} hat mein Handy verschlampt. DHL: zugestellt. {brand}: nie angekommen. Super.",
        "fr": "{brand} a perdu mon téléphone. Livré selon La Poste, jamais reçu selon eux. Génial.",
        "es": "{brand} ha perdido mi móvil. Correos dice entregado, ellos que no llegó. Genial.",
        "it": "{brand} ha perso il mio telefono. Consegnato per il corriere, mai arrivato per loro. Bravi.",
        "en": "{brand} have lost my phone. Courier says delivered, they say never arrived. Great.",
    },
    "still_broken": {
        "pt": "3 dias. Foi quanto durou o ecrã novo da {brand}. Riscas verdes outra vez 🙄",
        "de": "3 Tage. So lange hat das neue Display von {brand} gehalten. Wieder Streifen 🙄",
        "fr": "3 jours. C'est ce qu'a tenu l'écran neuf de {brand} 🙄",
        "es": "3 días. Es lo que ha durado la pantalla nueva de {brand} 🙄",
        "it": "3 giorni. Tanto è durato lo schermo nuovo di {brand} 🙄",
        "en": "3 days. That's how long the new screen from {brand} lasted 🙄",
    },
    "data_wiped": {
        "pt": "Levei o portátil à {brand} para trocar o teclado e veio FORMATADO. Anos de ficheiros. Obrigadinho.",
        "de": "Laptop zu {brand} für neue Tastatur, zurück kommt er FORMATIERT. Alles weg. Danke für nichts.",
        "fr": "Ordinateur chez {brand} pour un clavier, il revient FORMATÉ. Merci pour rien.",
        "es": "Portátil a {brand} para cambiar el teclado y vuelve FORMATEADO. Gracias por nada.",
        "it": "Portatile da {brand} per la tastiera, torna FORMATTATO. Grazie di niente.",
        "en": "Laptop to {brand} for a keyboard, comes back WIPED. Thanks for nothing.",
    },
    "quote_jump": {
        "pt": "Orçamento {amt_low}, cobrado {amt}. Sem perguntar. É assim a {brand}.",
        "de": "Kostenvoranschlag {amt_low}, abgebucht {amt}. Ohne Rückfrage. So läuft das bei {brand}.",
        "fr": "Devis {amt_low}, débité {amt}. Sans demander. Merci {brand}.",
        "es": "Presupuesto {amt_low}, cobrado {amt}. Sin preguntar. Así es {brand}.",
        "it": "Preventivo {amt_low}, addebitato {amt}. Senza chiedere. Complimenti {brand}.",
        "en": "Quote {amt_low}, charged {amt}. Nobody asked me. Cheers {brand}.",
    },
}
CALL: dict[str, dict[str, str]] = {
    "lost_mailin": {
        "pt": "olá eu mandei o telemóvel na vossa caixa há nove dias o seguimento diz entregue e vocês dizem que não receberam eu preciso de saber onde está o aparelho",
        "de": "ja hallo ich hab mein Handy vor neun Tagen in der Versandbox geschickt DHL sagt zugestellt und bei Ihnen ist angeblich nichts angekommen wo ist das Handy",
        "fr": "oui bonjour j'ai envoyé mon téléphone il y a neuf jours le suivi dit livré et vous dites que vous n'avez rien reçu",
        "es": "hola mandé el móvil hace nueve días el seguimiento dice entregado y vosotros decís que no ha llegado dónde está",
        "it": "buongiorno ho spedito il telefono nove giorni fa il tracking dice consegnato e voi dite che non è arrivato niente",
        "en": "hi I sent my phone nine days ago tracking says delivered and you're saying it never arrived where is it",
    },
    "still_broken": {
        "pt": "boa tarde o ecrã que vocês trocaram na semana passada já está outra vez com riscas e não responde ao toque paguei {spoken} e durou três dias",
        "de": "guten tag das Display das Sie letzte Woche getauscht haben hat schon wieder Streifen und der Touch geht nicht ich hab {spoken} bezahlt",
        "fr": "bonjour l'écran que vous avez changé la semaine dernière a de nouveau des lignes et ne répond plus j'ai payé {spoken}",
        "es": "hola la pantalla que me cambiasteis la semana pasada otra vez tiene rayas y no responde pagué {spoken}",
        "it": "buongiorno lo schermo che avete cambiato la settimana scorsa ha di nuovo le righe e non risponde ho pagato {spoken}",
        "en": "hi the screen you replaced last week has got lines again and the touch doesn't work I paid {spoken} for that",
    },
    "data_wiped": {
        "pt": "olá deixei o portátil para trocar o teclado disseram que os dados ficavam e veio tudo apagado ninguém me ligou",
        "de": "hallo ich hab den Laptop für die Tastatur abgegeben es hieß die Daten bleiben und jetzt ist alles gelöscht keiner hat angerufen",
        "fr": "bonjour j'ai laissé mon ordinateur pour le clavier on m'a dit que les données restaient et tout est effacé",
        "es": "hola dejé el portátil para el teclado me dijeron que no se borraba nada y ha vuelto todo borrado",
        "it": "buongiorno ho lasciato il portatile per la tastiera mi avevate detto che i dati restavano ed è tutto cancellato",
        "en": "hi I left my laptop for a keyboard you said the data stays and it's all been wiped nobody rang me",
    },
    "quote_jump": {
        "pt": "boa tarde o orçamento era {spoken_low} e cobraram-me {spoken} sem me perguntar nada quero perceber isto",
        "de": "ja guten tag der Kostenvoranschlag war {spoken_low} und abgebucht wurden {spoken} ohne dass mich jemand gefragt hat",
        "fr": "bonjour le devis était de {spoken_low} et vous avez débité {spoken} sans me demander",
        "es": "hola el presupuesto era {spoken_low} y me habéis cobrado {spoken} sin preguntarme",
        "it": "buongiorno il preventivo era {spoken_low} e mi avete addebitato {spoken} senza chiedere",
        "en": "hi the quote was {spoken_low} and you've taken {spoken} without asking me",
    },
}
#: long e-mails: (opening, closing), the complaint goes between them
LONG_EMAIL: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Bom dia,\n\nescrevo-vos do carro, à porta do ATL dos miúdos, porque é o único bocado de sossego que tenho esta semana. Ando a tratar das partilhas da casa da minha avó em Viseu e preciso do telemóvel para falar com o advogado, o notário e metade da família. Foi por isso que confiei em vocês e não numa lojinha qualquer.",
            "Sou cliente há quatro anos e sempre recomendei a {brand} a toda a gente. Mas assim não dá. Aguardo uma resposta séria, não um e-mail automático.\n\nCumprimentos,\n{first}",
        ),
        (
            "Boa tarde,\n\nperdoem o tamanho do e-mail, mas estou na sala de espera da fisioterapia do meu pai e tenho tempo. Trabalho por turnos num lar e o telemóvel é por onde me chamam quando falta alguém, por isso não posso andar sem ele.",
            "Não quero descontos nem vales. Quero que isto se resolva e que alguém me diga o que se passou.\n\nObrigada,\n{first}",
        ),
    ],
    "de": [
        (
            "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kieferorthopäden meiner Tochter, weil ich sonst diese Woche keine ruhige Minute habe. Wir renovieren gerade die Wohnung meiner Schwiegermutter, die nach einer Knie-OP zu uns zieht, und ich koordiniere Handwerker, Ärzte und Pflegedienst über dieses eine Gerät.",
            "Ich bin seit Jahren Kundin bei Ihnen und habe Sie überall empfohlen. Ich erwarte eine ernsthafte Antwort und keine Textbausteine.\n\nMit freundlichen Grüßen\n{first}",
        ),
        (
            "Hallo,\n\nentschuldigen Sie die lange Mail, ich sitze auf dem Parkplatz vor der Berufsschule, wo ich abends unterrichte, und habe zwanzig Minuten. Ich bin selbstständig, meine Kunden erreichen mich nur übers Handy, und genau deshalb bin ich zu einem Fachbetrieb gegangen.",
            "Ich möchte keinen Gutschein, ich möchte, dass das in Ordnung gebracht wird und mir jemand erklärt, wie das passieren konnte.\n\nGruß\n{first}",
        ),
    ],
}
SUBJ_COMPLAINT: dict[str, str] = {
    "pt": "Reclamação: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
}
SUBJ_RE: dict[str, str] = {
    "pt": "RE: Processo {ref}",
    "de": "AW: Vorgang {ref}",
    "fr": "RE : Dossier {ref}",
    "es": "RE: Incidencia {ref}",
    "it": "R: Pratica {ref}",
    "en": "Re: Your case {ref}",
}

CASE_OPENED: dict[str, str] = {
    "pt": "Olá {first}, lamentamos muito. Abrimos o processo {ref} e um técnico vai analisá-lo hoje; respondemos por aqui. {agent}, Apoio {brand}",
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {ref} angelegt, ein Techniker schaut sich das heute an; wir melden uns hier. Viele Grüße, {agent}, {brand} Kundenservice",
    "fr": "Bonjour {first}, nous sommes désolés. Le dossier {ref} est ouvert, un technicien l'examine aujourd'hui. Bien à vous, {agent}, service client {brand}",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {ref} y un técnico la revisa hoy. Un saludo, {agent}, atención al cliente {brand}",
    "it": "Buongiorno {first}, ci dispiace molto. Abbiamo aperto la pratica {ref}, un tecnico la esamina oggi. Cordiali saluti, {agent}, assistenza {brand}",
    "en": "Hi {first}, we're really sorry. We've opened case {ref} and a technician will look at it today. Kind regards, {agent}, {brand} support",
}
CHAT_CASE: dict[str, str] = {
    "pt": "Lamento muito, {first}. Abri o processo {ref} e passei-o já à oficina; vai receber notícias por e-mail.",
    "de": "Das tut mir sehr leid, {first}. Ich habe den Vorgang {ref} angelegt und an die Werkstatt gegeben, Sie hören per Mail von uns.",
    "fr": "Je suis désolée, {first}. J'ai ouvert le dossier {ref} et l'ai transmis à l'atelier.",
    "es": "Lo siento mucho, {first}. He abierto la incidencia {ref} y la he pasado al taller.",
    "it": "Mi dispiace molto, {first}. Ho aperto la pratica {ref} e l'ho passata al laboratorio.",
    "en": "I'm so sorry, {first}. I've opened case {ref} and passed it to the workshop.",
}
QUALITY_LEAD: dict[str, str] = {
    "pt": "Olá {first}, o seu processo {ref} passou para a nossa responsável de qualidade, que lhe liga até sexta ao meio-dia. {agent}, Apoio {brand}",
    "de": "Hallo {first}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Viele Grüße, {agent}",
    "fr": "Bonjour {first}, votre dossier {ref} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi. {agent}",
    "es": "Hola {first}, tu incidencia {ref} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}",
    "it": "Buongiorno {first}, la sua pratica {ref} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno. {agent}",
    "en": "Hi {first}, your case {ref} is now with our quality lead, who will call you before Friday lunchtime. {agent}",
}
GOOD_NEWS: dict[str, str] = {
    "pt": "Olá {first}, boas notícias sobre o processo {ref}: já está tratado do nosso lado. Pode confirmar-nos que ficou tudo bem? {agent}, Apoio {brand}",
    "de": "Hallo {first}, gute Nachrichten zu Vorgang {ref}: das ist auf unserer Seite erledigt. Können Sie uns bestätigen, dass alles passt? Viele Grüße, {agent}",
    "fr": "Bonjour {first}, bonne nouvelle pour le dossier {ref} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout va bien ? {agent}",
    "es": "Hola {first}, buenas noticias sobre la incidencia {ref}: está resuelta por nuestra parte. ¿Nos confirmas que todo está bien? {agent}",
    "it": "Buongiorno {first}, buone notizie sulla pratica {ref}: è risolta da parte nostra. Ci conferma che è tutto a posto? {agent}",
    "en": "Hi {first}, good news on case {ref}: it's sorted on our side. Could you confirm everything's fine now? {agent}",
}
CONFIRM: dict[str, str] = {
    "pt": "Confirmo, processo {ref} resolvido, está tudo bem. Obrigada pela rapidez.",
    "de": "Bestätigt, Vorgang {ref} ist erledigt, alles wieder gut. Danke.",
    "fr": "Je confirme, dossier {ref} réglé. Merci.",
    "es": "Confirmado, incidencia {ref} resuelta. Gracias.",
    "it": "Confermo, pratica {ref} risolta. Grazie.",
    "en": "Confirmed, case {ref} is sorted. Thanks.",
}
APOLOGY: dict[str, str] = {
    "pt": "Peço desculpa pelo tom de ontem, estava mesmo em baixo. Obrigada por terem resolvido tão depressa.",
    "de": "Sorry für meinen Ton gestern, war echt ein mieser Tag. Danke, dass das so schnell geklärt wurde.",
    "fr": "Désolée pour mon ton d'hier, journée difficile. Merci d'avoir réglé ça si vite.",
    "es": "Perdón por el tono de ayer, fue un mal día. Gracias por solucionarlo tan rápido.",
    "it": "Scusate il tono di ieri, giornata storta. Grazie per aver risolto così in fretta.",
    "en": "Sorry about my tone yesterday, rough day. Thanks for sorting it so fast.",
}
LOW_CSAT: dict[str, list[str]] = {
    "pt": ["", "péssimo", "nada resolvido"],
    "de": ["", "schlecht", "nichts gelöst"],
    "fr": ["", "nul"],
    "es": ["", "fatal"],
    "it": ["", "pessimo"],
    "en": ["", "useless"],
}
LOW_NPS: dict[str, list[str]] = {
    "pt": ["", "Não recomendo depois disto.", "Até agora era bom."],
    "de": ["", "So nicht.", "Bisher war ich zufrieden, jetzt nicht mehr."],
    "fr": ["", "Déçue."],
    "es": ["", "Decepcionante."],
    "it": ["", "Deluso."],
    "en": ["", "Disappointed."],
}
#: a repeat contact's later contacts: {topic} is the problem, {ref} the case
STILL_OPEN: dict[str, str] = {
    "pt": "Volto a escrever sobre o processo {ref} ({topic}). Continua tudo na mesma, ninguém me disse nada.",
    "de": "Ich melde mich erneut wegen Vorgang {ref} ({topic}). Es hat sich nichts getan, niemand hat sich gemeldet.",
    "fr": "Je reviens vers vous pour le dossier {ref} ({topic}). Toujours rien, personne ne m'a répondu.",
    "es": "Vuelvo a escribir por la incidencia {ref} ({topic}). Sigue todo igual, nadie me ha dicho nada.",
    "it": "Riscrivo per la pratica {ref} ({topic}). Ancora niente, nessuno si è fatto sentire.",
    "en": "Writing again about case {ref} ({topic}). Still nothing, nobody has been in touch.",
}
STILL_OPEN_CALL: dict[str, str] = {
    "pt": "olá é sobre o processo {ref} ainda não está resolvido ninguém me ligou",
    "de": "ja hallo es geht um den Vorgang {ref} das ist immer noch nicht gelöst und keiner hat angerufen",
    "fr": "bonjour c'est pour le dossier {ref} c'est toujours pas réglé personne ne m'a rappelé",
    "es": "hola llamo por la incidencia {ref} sigue sin resolverse nadie me ha llamado",
    "it": "buongiorno chiamo per la pratica {ref} non è ancora risolta nessuno mi ha richiamato",
    "en": "hi it's about case {ref} it's still not sorted nobody has called me back",
}
THIRD: dict[str, str] = {
    "pt": "Terceira vez que contacto sobre o {ref}. Uma colega minha foi à {comp} com o mesmo problema e resolveram-lhe no próprio dia. Estou a ponderar seriamente.",
    "de": "Zum dritten Mal wegen {ref}. Ein Kollege war mit sowas bei {comp} und die haben es am selben Tag geregelt. Ich überlege ernsthaft.",
    "fr": "Troisième fois pour le dossier {ref}. Une collègue est allée chez {comp}, réglé dans la journée.",
    "es": "Tercera vez por la incidencia {ref}. Una compañera fue a {comp} con lo mismo y se lo arreglaron en el día.",
    "it": "Terza volta per la pratica {ref}. Un collega è andato da {comp} e gliel'hanno risolto in giornata.",
    "en": "Third time about case {ref}. A colleague went to {comp} with the same thing and they sorted it the same day.",
}
FOURTH: dict[str, str] = {
    "pt": "QUARTA vez. Processo {ref}. {topic}. Continua sem solução. Até quando?",
    "de": "Zum VIERTEN Mal: Vorgang {ref}, {topic}. Immer noch nichts. Wie lange noch?",
    "fr": "QUATRIÈME fois. Dossier {ref}, {topic}. Toujours rien.",
    "es": "CUARTA vez. Incidencia {ref}, {topic}. Sigue sin solución.",
    "it": "QUARTA volta. Pratica {ref}, {topic}. Ancora niente.",
    "en": "FOURTH time. Case {ref}, {topic}. Still not fixed.",
}
URGENT_CHAT: dict[str, str] = {
    "pt": "Acrescentei ao processo {ref} e marquei como urgente. Peço desculpa pela demora.",
    "de": "Ich habe das zu Vorgang {ref} hinzugefügt und als dringend markiert. Entschuldigen Sie die Wartezeit.",
    "fr": "J'ai ajouté ça au dossier {ref} et l'ai marqué urgent.",
    "es": "Lo he añadido a la incidencia {ref} y la he marcado urgente.",
    "it": "L'ho aggiunto alla pratica {ref} e l'ho segnata urgente.",
    "en": "I've added that to case {ref} and marked it urgent.",
}
#: six steps of a slide, the last naming a competitor
SLIDE: dict[str, list[str]] = {
    "pt": [
        "Hmm, a loja da {brand} hoje disse 2 horas e foram quase 4. Sem mensagem nenhuma.",
        "A capa que puseram na reparação já está a descolar. Pequenas coisas, mas chateia.",
        "Agora a marcação na app só dá para daqui a 6 dias?? Antes era no próprio dia.",
        "Cobraram 15 € de 'diagnóstico' numa reparação que acabei por não fazer. Ninguém me avisou disso antes.",
        "Fartinha da {brand}. Telemóvel devolvido com o parafuso de baixo a faltar e 'não é connosco'. A sério?",
        "O meu cunhado repara tudo na {comp} e já marquei lá a troca de bateria do tablet para sábado.",
    ],
    "de": [
        "Hm, {brand} sagte heute 2 Stunden, geworden sind es fast 4. Ohne Nachricht.",
        "Die Hülle, die bei der Reparatur drauf kam, löst sich schon. Kleinigkeit, nervt aber.",
        "Termin in der App erst in 6 Tagen?? Früher ging das am selben Tag.",
        "15 € 'Diagnosegebühr' für eine Reparatur, die ich dann gar nicht gemacht habe. Vorher hat das keiner gesagt.",
        "Reicht mir langsam mit {brand}. Handy zurück, untere Schraube fehlt, 'nicht unser Problem'. Echt jetzt?",
        "Mein Schwager lässt alles bei {comp} machen, hab da jetzt den Tablet-Akku für Samstag gebucht.",
    ],
    "fr": [
        "Hmm, {brand} m'a dit 2 heures, ça en a fait presque 4. Sans message.",
        "La coque posée lors de la réparation se décolle déjà. Détail, mais bon.",
        "Rendez-vous dans l'appli seulement dans 6 jours ?? Avant c'était le jour même.",
        "15 € de 'diagnostic' pour une réparation que je n'ai pas faite. Personne ne l'avait dit.",
        "Ras-le-bol de {brand}. Téléphone rendu avec une vis en moins et 'ce n'est pas nous'. Sérieux ?",
        "Mon beau-frère fait tout réparer chez {comp}, j'ai réservé là-bas pour samedi.",
    ],
    "es": [
        "Mmm, en {brand} hoy me dijeron 2 horas y fueron casi 4. Sin avisar.",
        "La funda que pusieron en la reparación ya se está despegando. Tontería, pero molesta.",
        "¿¿Cita en la app para dentro de 6 días?? Antes era en el día.",
        "15 € de 'diagnóstico' por una reparación que al final no hice. Nadie lo avisó.",
        "Harta de {brand}. Móvil devuelto sin el tornillo de abajo y 'no es cosa nuestra'. ¿En serio?",
        "Mi cuñado lo arregla todo en {comp} y ya he reservado allí para el sábado.",
    ],
    "it": [
        "Mah, da {brand} oggi dicevano 2 ore e sono state quasi 4. Senza avvisare.",
        "La cover messa durante la riparazione si sta già staccando. Piccolezza, ma dà fastidio.",
        "Appuntamento in app solo tra 6 giorni?? Prima era in giornata.",
        "15 € di 'diagnosi' per una riparazione che poi non ho fatto. Nessuno l'aveva detto.",
        "Stufa di {brand}. Telefono restituito senza la vite sotto e 'non è colpa nostra'. Davvero?",
        "Mio cognato fa riparare tutto da {comp}, ho prenotato lì per sabato.",
    ],
    "en": [
        "Hmm, {brand} said 2 hours today, it was nearly 4. No text or anything.",
        "The case they fitted with the repair is already peeling. Small thing, but still.",
        "Next booking in the app is 6 days away?? Used to be same day.",
        "£13 'diagnostic fee' for a repair I didn't even go ahead with. Nobody mentioned that.",
        "Fed up with {brand}. Phone back with the bottom screw missing and 'not our problem'. Really?",
        "My brother-in-law gets everything fixed at {comp}, I've booked in there for Saturday.",
    ],
}
#: leavers: (reason, request); the request asks to cancel the plan and close the account
LEAVE: dict[str, list[str]] = {
    "pt": [
        "Olá, comprei um telemóvel novo com garantia de 3 anos e já não preciso do {plan}. Quero cancelar o {plan} e fechar a minha conta, por favor.",
        "Boa tarde, vou viver para fora e o meu telemóvel passa a ser da empresa. Peço o cancelamento do {plan} e o encerramento da conta.",
    ],
    "de": [
        "Hallo, ich habe ein neues Handy mit Herstellergarantie und brauche {plan} nicht mehr. Bitte {plan} kündigen und mein Konto schließen.",
        "Guten Tag, ich bekomme ein Diensthandy und gebe mein privates ab. Ich möchte {plan} kündigen und das Kundenkonto auflösen.",
    ],
    "fr": [
        "Bonjour, j'ai un nouveau téléphone sous garantie, je souhaite résilier {plan} et fermer mon compte."
    ],
    "es": ["Hola, tengo un móvil nuevo con garantía y quiero cancelar {plan} y cerrar mi cuenta."],
    "it": [
        "Buongiorno, ho un telefono nuovo in garanzia: vorrei disdire {plan} e chiudere il mio account."
    ],
    "en": [
        "Hi, I've got a new phone under warranty so I'd like to cancel {plan} and close my account please."
    ],
}
SUBJ_LEAVE: dict[str, str] = {
    "pt": "Cancelar {plan}",
    "de": "Kündigung {plan}",
    "fr": "Résiliation {plan}",
    "es": "Cancelar {plan}",
    "it": "Disdetta {plan}",
    "en": "Cancel {plan}",
}
SORRY_GO: dict[str, str] = {
    "pt": "Olá {first}, temos pena de a ver partir. Pode cancelar o {plan} e fechar a conta sozinha na app ou no site, em Conta > Plano. {agent}, Apoio {brand}",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können {plan} und Ihr Konto selbst in der App oder auf der Website unter Konto > Tarif kündigen. Viele Grüße, {agent}",
    "fr": "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, Compte > Formule. {agent}",
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelarlo tú en la app o la web, en Cuenta > Plan. {agent}",
    "it": "Buongiorno {first}, ci dispiace perderla. Può disdire da sola in app o sul sito, in Account > Piano. {agent}",
    "en": "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website under Account > Plan. {agent}",
}
GRUMPY: dict[str, list[str]] = {
    "pt": [
        "A app da {brand} pede-me login todas as vezes. TODAS.",
        "Porque é que o SMS de 'reparação pronta' chega às 7 da manhã?",
        "Fila de 40 minutos na loja ao sábado, como sempre.",
        "O estacionamento do centro comercial onde está a loja é um pesadelo.",
        "Ninguém avisa quando a hora de entrega muda.",
        "A caixa pré-paga não fecha bem, tive de pôr fita-cola.",
    ],
    "de": [
        "Die {brand}-App loggt mich JEDES Mal aus.",
        "Warum kommt die 'Reparatur fertig'-SMS um 6 Uhr morgens?",
        "Samstags 40 Minuten Schlange in der Filiale. Wie immer.",
        "Versandbox geht nicht richtig zu, musste Klebeband nehmen.",
        "Keiner sagt Bescheid, wenn sich die Abholzeit ändert.",
        "Parkhaus beim Einkaufszentrum der Filiale ist eine Zumutung.",
    ],
    "fr": [
        "L'appli {brand} me déconnecte à chaque fois.",
        "Pourquoi le SMS arrive à 6h du matin ?",
        "40 minutes de queue le samedi, comme d'hab.",
    ],
    "es": [
        "La app de {brand} me saca cada vez.",
        "¿Por qué el SMS llega a las 6 de la mañana?",
        "40 minutos de cola el sábado, como siempre.",
    ],
    "it": [
        "L'app di {brand} mi disconnette ogni volta.",
        "Perché l'SMS arriva alle 6 di mattina?",
        "40 minuti di fila il sabato, come sempre.",
    ],
    "en": [
        "The {brand} app logs me out every single time.",
        "Why does the 'repair ready' text come at 6am?",
        "40-minute queue on a Saturday, as usual.",
    ],
}
SARCASM: dict[str, list[str]] = {
    "pt": [
        "Adoro a reparação 'expresso' da {brand}: pronto às 19h55, a loja fecha às 20h. Obrigadinha 👏",
        "Telemóvel devolvido com a película do cliente anterior ainda na caixa, que simpático 😂",
    ],
    "de": [
        "Liebe den 'Express'-Service von {brand}: fertig um 19:55, Filiale schließt um 20 Uhr. Danke auch 👏",
        "Handy zurück, mit der Schutzfolie vom Vorbesitzer noch in der Box. Wie aufmerksam 😂",
    ],
    "fr": [
        "J'adore la réparation 'express' de {brand} : prête à 19h55, la boutique ferme à 20h 👏"
    ],
    "es": [
        "Me encanta la reparación 'exprés' de {brand}: lista a las 19:55, la tienda cierra a las 20:00 👏"
    ],
    "it": [
        "Adoro la riparazione 'express' di {brand}: pronta alle 19:55, il negozio chiude alle 20 👏"
    ],
    "en": ["Love {brand}'s 'express' repair: ready at 7:55pm, shop shuts at 8 👏"],
}
#: mild grumbles in chat: (text, answer)
MILD: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "a pesquisa de lojas mostra-me lojas em Espanha, estou em Braga",
            "Peço desculpa! Já corrigimos a localização da sua conta, deve aparecer bem agora.",
        ),
        (
            "as notificações chegam-me em inglês, dá para mudar?",
            "Dá sim, em Perfil > Idioma. Peço desculpa pelo incómodo.",
        ),
    ],
    "de": [
        (
            "die Filialsuche zeigt mir Filialen in Polen an, ich wohne in Kassel",
            "Entschuldigung! Ich habe den Standort in Ihrem Konto korrigiert.",
        ),
        (
            "Benachrichtigungen kommen auf Englisch, kann man das umstellen?",
            "Ja, unter Profil > Sprache. Sorry für die Umstände.",
        ),
    ],
    "fr": [("les notifications arrivent en anglais", "Désolée, changez-le dans Profil > Langue.")],
    "es": [("las notificaciones me llegan en inglés", "Perdona, se cambia en Perfil > Idioma.")],
    "it": [("le notifiche arrivano in inglese", "Ci scusi, si cambia in Profilo > Lingua.")],
    "en": [
        (
            "store finder keeps showing shops in Spain",
            "Sorry about that, I've fixed the location on your account.",
        )
    ],
}
FORM_ACK: dict[str, str] = {
    "pt": "Olá {first}, obrigado pelo aviso, já passámos à equipa da app. {agent}, Apoio {brand}",
    "de": "Hallo {first}, danke für den Hinweis, ist an das App-Team weitergegeben. Viele Grüße, {agent}",
    "fr": "Bonjour {first}, merci, c'est transmis à l'équipe de l'appli. {agent}",
    "es": "Hola {first}, gracias, lo hemos pasado al equipo de la app. {agent}",
    "it": "Buongiorno {first}, grazie, l'abbiamo passato al team dell'app. {agent}",
    "en": "Hi {first}, thanks, passed on to the app team. {agent}",
}

#: the spike: the app and website cannot create the prepaid shipping label
SPIKE_CODE = "ETQ-758"
SPIKE: dict[str, list[str]] = {
    "pt": [
        "A app da {brand} não gera a etiqueta de envio, dá erro ETQ-758. Tenho a caixa pronta e não consigo mandar nada.",
        "erro ETQ-758 ao criar a etiqueta pré-paga, já tentei no site e na app. Alguém mais??",
        "Não consigo marcar o envio do portátil, a etiqueta falha sempre com ETQ-758. O correio fecha às 18h...",
    ],
    "de": [
        "{brand}-App erstellt kein Versandetikett, Fehler ETQ-758. Box ist gepackt, ich komm nicht weiter.",
        "Fehler ETQ-758 beim Versandlabel, App und Website. Geht das noch jemandem so?",
        "Will meinen Laptop einschicken, Etikett scheitert jedes Mal mit ETQ-758. Die Post schließt gleich.",
    ],
    "fr": [
        "L'appli {brand} ne génère pas l'étiquette d'envoi, erreur ETQ-758. Impossible d'envoyer mon téléphone.",
        "ETQ-758 à chaque essai pour l'étiquette prépayée, sur le site aussi. C'est en panne ?",
    ],
    "es": [
        "La app de {brand} no genera la etiqueta de envío, error ETQ-758. No puedo mandar el móvil.",
        "error ETQ-758 al crear la etiqueta prepago, en la web igual. ¿Os pasa a más gente?",
    ],
    "it": [
        "L'app di {brand} non genera l'etichetta di spedizione, errore ETQ-758. Non riesco a spedire niente.",
        "Errore ETQ-758 ogni volta che provo a creare l'etichetta, anche dal sito. È giù?",
    ],
    "en": [
        "{brand} app won't create the shipping label, error ETQ-758. Box packed and nowhere to go.",
        "anyone else getting ETQ-758 when making the prepaid label? website too",
    ],
}
SPIKE_REPEAT: dict[str, str] = {
    "pt": "Continua ETQ-758, agora também no telemóvel do meu marido. Ainda não dá para criar a etiqueta.",
    "de": "Immer noch ETQ-758, jetzt auch am Rechner probiert. Kein Etikett.",
    "fr": "Toujours ETQ-758, même depuis l'ordinateur.",
    "es": "Sigue ETQ-758, también desde el ordenador.",
    "it": "Sempre ETQ-758, anche dal computer.",
    "en": "Still ETQ-758, tried on the laptop too.",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "pt": "Sim, neste momento a criação de etiquetas está a falhar para todos. A equipa técnica já está a tratar.",
    "de": "Ja, die Etikettenerstellung fällt gerade bei allen aus. Unsere Technik ist dran.",
    "fr": "Oui, la création d'étiquettes est en panne pour tout le monde, nos équipes sont dessus.",
    "es": "Sí, ahora mismo la creación de etiquetas falla para todos; el equipo técnico está en ello.",
    "it": "Sì, in questo momento la creazione delle etichette non funziona per nessuno; ci stiamo lavorando.",
    "en": "Yes, label creation is failing for everyone right now, our engineers are on it.",
}
SPIKE_FIXED: dict[str, str] = {
    "pt": "Olá {first}, as etiquetas de envio voltaram a funcionar desde as {local}. Pedimos desculpa: o envio desta reparação é por nossa conta e juntámos um vale de {credit} à sua conta. {agent}, Apoio {brand}",
    "de": "Hallo {first}, Versandetiketten funktionieren seit {local} Uhr wieder. Entschuldigung: der Versand dieser Reparatur geht auf uns, und {credit} Guthaben sind in Ihrem Konto. Viele Grüße, {agent}",
    "fr": "Bonjour {first}, les étiquettes fonctionnent à nouveau depuis {local}. L'envoi est offert et {credit} de crédit ajoutés. {agent}",
    "es": "Hola {first}, las etiquetas vuelven a funcionar desde las {local}. El envío corre de nuestra cuenta y te hemos añadido {credit} de saldo. {agent}",
    "it": "Buongiorno {first}, le etichette funzionano di nuovo dalle {local}. La spedizione è offerta e le abbiamo aggiunto {credit} di credito. {agent}",
    "en": "Hi {first}, shipping labels have worked again since {local}. Postage for this repair is on us and we've added {credit} credit. {agent}",
}
SUBJ_SPIKE: dict[str, str] = {
    "pt": "Erro ETQ-758",
    "de": "Fehler ETQ-758",
    "fr": "Erreur ETQ-758",
    "es": "Error ETQ-758",
    "it": "Errore ETQ-758",
    "en": "Error ETQ-758",
}
#: two lone questions the day before (a label that printed faintly but worked)
LONE: dict[str, tuple[str, str]] = {
    "pt": (
        "Ontem a etiqueta saiu muito clarinha na impressora velha, mas nos correios leram bem. Posso usar sempre assim ou é melhor imprimir noutro lado?",
        "Olá! Se os correios leram, está ótima. Se sair muito clara, pode mostrar o QR no telemóvel ao balcão.",
    ),
    "de": (
        "Gestern kam das Etikett ganz blass aus dem Drucker, die Post hat es trotzdem gescannt. Reicht das so oder lieber neu drucken?",
        "Hallo! Wenn es gescannt wurde, passt alles. Sonst können Sie den QR-Code auch am Handy zeigen.",
    ),
}
