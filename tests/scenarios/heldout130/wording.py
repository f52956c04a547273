"""Wording of heldout130 (Piscalia, pool care), written from the stories.

French and Spanish first (two or three variants of most tables), then English,
German, Italian and Portuguese. ``{b}`` is the brand, ``{c}`` a case reference,
``{x}`` a competitor, ``{p}`` a product, ``{t}`` a local time.
"""

# ruff: noqa: E501  (data tables: customers' sentences are kept whole)

from __future__ import annotations

T = dict[str, list[str]]

FIRST: T = {
    "fr": [
        "Camille",
        "Nathalie",
        "Julien",
        "Sandrine",
        "Mathieu",
        "Élodie",
        "Olivier",
        "Agnès",
        "Thierry",
        "Manon",
        "Luc",
        "Sophie",
        "Rémi",
        "Hélène",
        "Yannick",
        "Claire",
    ],
    "es": [
        "Marta",
        "Javier",
        "Lucía",
        "Andrés",
        "Nuria",
        "Sergio",
        "Pilar",
        "Íñigo",
        "Rocío",
        "Álvaro",
        "Begoña",
        "Raúl",
        "Inés",
        "Jordi",
        "Carmen",
        "Paco",
    ],
    "en": ["Gemma", "Owen", "Fiona", "Declan", "Harriet", "Niall", "Becky", "Stuart"],
    "de": ["Jana", "Tobias", "Ulrike", "Florian", "Heike", "Matthias", "Svenja", "Jörg"],
    "it": ["Chiara", "Davide", "Federica", "Marco", "Silvia", "Luca", "Giulia", "Enzo"],
    "pt": ["Inês", "Rui", "Joana", "Tiago", "Filipa", "Nuno", "Catarina", "Hugo"],
}
LAST: T = {
    "fr": [
        "Lemaire",
        "Fabre",
        "Roussel",
        "Giraud",
        "Chevalier",
        "Marchand",
        "Perrin",
        "Barbier",
        "Mercier",
        "Dufour",
        "Blanchard",
        "Gauthier",
        "Lacroix",
        "Vidal",
        "Arnaud",
        "Brun",
    ],
    "es": [
        "Navarro",
        "Quintana",
        "Herrero",
        "Castaño",
        "Ibáñez",
        "Robles",
        "Serrano",
        "Peña",
        "Vidal",
        "Cabrera",
        "Montero",
        "Lozano",
        "Soler",
        "Calvo",
        "Bravo",
        "Ortega",
    ],
    "en": ["Hughes", "Doyle", "Pritchard", "Kearney", "Whitfield", "Lynch", "Marsh", "Brennan"],
    "de": ["Kessler", "Hartung", "Brandl", "Vogt", "Seidel", "Lindner", "Wirth", "Pohl"],
    "it": ["Bellini", "Ferraro", "Gatti", "Marchetti", "Riva", "Sartori", "Testa", "Fabbri"],
    "pt": ["Azevedo", "Barros", "Correia", "Figueira", "Lopes", "Meireles", "Pinto", "Tavares"],
}
TOWN: T = {
    "fr": ["Montpellier", "Aix-en-Provence", "Perpignan", "Nîmes", "Toulon", "Annecy"],
    "es": ["Murcia", "Alicante", "Sevilla", "Castellón", "Málaga", "Lleida"],
    "en": ["Bristol", "Guildford", "Galway", "Cork"],
    "de": ["Freiburg", "Regensburg", "Graz", "Basel"],
    "it": ["Verona", "Pesaro", "Lecce", "Bergamo"],
    "pt": ["Faro", "Setúbal", "Braga", "Portimão"],
}
JOB: T = {
    "fr": ["infirmière", "boulanger", "professeure", "kiné", "comptable", "artisan"],
    "es": ["enfermera", "fontanero", "profesora", "taxista", "administrativa", "autónomo"],
    "en": ["nurse", "electrician", "teacher", "accountant"],
    "de": ["Pflegerin", "Schreiner", "Lehrerin", "Steuerberater"],
    "it": ["infermiera", "idraulico", "insegnante", "farmacista"],
    "pt": ["enfermeira", "eletricista", "professora", "contabilista"],
}

PRODUCTS = [
    ("Weekly cleaning visit / Limpieza semanal", "49.00", "weekly-visit"),
    ("Chlorine tablets 5 kg / Pastillas de cloro 5 kg", "38.50", "shop-chlorine"),
    ("Robot cleaner hire, 1 month / Robot limpiafondos, 1 mes", "65.00", "robot-hire"),
    ("Spring opening / Mise en service printemps", "129.00", "opening"),
    ("Winterising / Hivernage", "119.00", "winterising"),
    ("pH minus 6 kg / pH moins 6 kg", "24.90", "shop-ph"),
    ("Sand filter change / Cambio de arena del filtro", "89.00", "filter"),
]
PAGES = ["/app/water", "/offers/azur", "/shop", "/robot-hire", "/visits", "/faq/green-water"]

PRAISE: T = {
    "fr": [
        "Piscine nickel après le passage de Karim ce matin, l'eau est limpide. Merci {b} !",
        "franchement {b} c'est le top, je regarde l'appli le soir et tout est vert, plus besoin de me prendre la tête avec les bandelettes",
        "Le technicien a pris le temps de m'expliquer le filtre à sable, super pro. Je recommande {b} à tous les voisins",
    ],
    "es": [
        "La piscina como un espejo después de la visita de hoy, gracias {b} 🙌",
        "Encantada con {b}, el chico del mantenimiento super majo y puntual, los niños ya se han bañado jaja",
        "Mejor decision del verano contratar {b}, ni me acuerdo de lo que era pelearme con el cloro",
    ],
    "en": [
        "Pool's crystal clear after today's visit, cheers {b}",
        "Honestly {b} has saved my summer, the app readings are spot on",
    ],
    "de": [
        "Pool glasklar nach dem Besuch heute, danke {b}!",
        "Sehr freundlicher Techniker von {b}, alles erklärt, top",
    ],
    "it": [
        "Piscina perfetta dopo il passaggio di oggi, grazie {b}!",
        "Servizio {b} impeccabile, tecnico gentilissimo",
    ],
    "pt": [
        "Piscina impecável depois da visita de hoje, obrigada {b}!",
        "Muito contente com a {b}, técnico simpático e pontual",
    ],
}
AGAIN: T = {
    "fr": [
        "Encore une fois Karim au top, troisième été avec {b} et toujours aussi content",
        "Toujours la même technicienne adorable, c'est la quatrième visite et rien à redire",
    ],
    "es": [
        "Tercer verano con {b} y otra vez perfecto, siguen igual de majos",
        "Otra vez el mismo tecnico, ya es como de la familia jaja, todo genial de nuevo",
    ],
    "en": ["Third summer with {b} and still brilliant"],
    "de": ["Schon wieder super gelaufen, dritter Sommer mit {b}"],
    "it": ["Ancora una volta tutto perfetto, terza estate con {b}"],
    "pt": ["Outra vez tudo perfeito, terceiro verão com a {b}"],
}
GRIPE: T = {
    "fr": [
        "Très contente du service, juste l'appli qui me déconnecte tous les deux jours. Sinon rien à dire",
        "Super passage comme d'hab, seul bémol le créneau annoncé à 2h près. Mais l'eau est parfaite",
    ],
    "es": [
        "Muy contenta con todo, solo que la app manda demasiadas notificaciones. Por lo demás genial",
        "Servicio de 10, lo unico que el bote de pH viene sin tapon dosificador. Repetiremos",
    ],
    "en": ["Really happy, only gripe is the visit window is a bit wide. Water's perfect though"],
    "de": ["Sehr zufrieden, nur das Zeitfenster ist recht groß. Sonst alles bestens"],
    "it": ["Molto contenta, solo la fascia oraria è troppo larga. Per il resto ottimo"],
    "pt": ["Muito satisfeita, só a janela horária é larga demais. De resto ótimo"],
}
QUESTION: T = {
    "fr": [
        "Bonjour, je pars 3 semaines en août, est-ce que les visites continuent sans moi ?",
        "bjr, le robot loué peut rester dans l'eau pendant qu'on se baigne ?",
        "Quelle dose de chlore choc pour 40 m3 après un gros orage svp ?",
    ],
    "es": [
        "Hola, si me voy de vacaciones en agosto seguis viniendo aunque no este en casa?",
        "buenas, el robot de alquiler puede quedarse dentro mientras nos bañamos?",
        "Cuanto cloro de choque echo para 35 m3 despues de la tormenta? gracias",
    ],
    "en": ["Hi, can I move Thursday's visit to Friday this week?"],
    "de": ["Hallo, kann ich den Termin am Donnerstag auf Freitag verschieben?"],
    "it": ["Ciao, posso spostare la visita di giovedì a venerdì?"],
    "pt": ["Olá, posso mudar a visita de quinta para sexta?"],
}
ANSWER: T = {
    "fr": ["Bonjour, oui bien sûr, c'est noté dans votre dossier. Bonne journée ! – L'équipe {b}"],
    "es": ["Hola, sin problema, lo dejamos anotado en tu ficha. ¡Un saludo! – Equipo {b}"],
    "en": ["Hi, yes of course, that's noted on your account. – The {b} team"],
    "de": ["Hallo, natürlich, ist in Ihrem Konto vermerkt. – Ihr {b}-Team"],
    "it": ["Buongiorno, certo, l'abbiamo annotato. – Il team {b}"],
    "pt": ["Olá, claro, fica registado na sua conta. – Equipa {b}"],
}
THANKS: T = {
    "fr": ["Merci beaucoup !", "super merci 👍"],
    "es": ["Genial, gracias!", "mil gracias 😊"],
    "en": ["Brilliant, thanks"],
    "de": ["Danke!"],
    "it": ["Grazie mille!"],
    "pt": ["Obrigada!"],
}
CALL_Q: T = {
    "fr": [
        "oui bonjour c'est pour savoir si le technicien passe quand même s'il pleut jeudi parce que j'ai pas vu dans l'appli",
        "bonjour je voudrais ajouter l'hivernage à mon abonnement Azur c'est possible au même prix que l'an dernier",
    ],
    "es": [
        "hola buenas llamaba para preguntar si el tecnico viene igual aunque llueva el jueves que en la app no lo pone",
        "si hola queria añadir la invernada al plan Azur se puede al mismo precio que el año pasado",
    ],
    "en": ["hi yeah just calling to check the engineer still comes if it rains on thursday"],
    "de": ["ja hallo ich wollte fragen ob der Techniker auch kommt wenn es am Donnerstag regnet"],
    "it": ["pronto buongiorno volevo sapere se il tecnico viene lo stesso se giovedì piove"],
    "pt": ["olá bom dia queria saber se o técnico vem na mesma se chover na quinta"],
}
CALL_FOLLOW: T = {
    "fr": [
        "Bonjour, suite à votre appel : oui, la visite est maintenue sauf orage. – L'équipe {b}"
    ],
    "es": ["Hola, tras tu llamada: sí, la visita se mantiene salvo tormenta. – Equipo {b}"],
    "en": ["Hi, following your call: yes, the visit goes ahead unless there's a storm. – {b}"],
    "de": ["Hallo, zu Ihrem Anruf: Ja, der Termin bleibt, außer bei Gewitter. – {b}"],
    "it": ["Buongiorno, come da telefonata: la visita resta confermata salvo temporale. – {b}"],
    "pt": ["Olá, na sequência da sua chamada: a visita mantém-se salvo trovoada. – {b}"],
}
REVIEW: T = {
    "fr": ["Service sérieux, eau parfaite tout l'été.", "Technicien ponctuel et sympa, 5 étoiles"],
    "es": ["Servicio serio, agua perfecta todo el verano.", "Puntuales y amables, 5 estrellas"],
    "en": ["Reliable, friendly, pool perfect all summer."],
    "de": ["Zuverlässig und freundlich."],
    "it": ["Affidabili e gentili."],
    "pt": ["Sérios e simpáticos."],
}
SURVEY_HAPPY: T = {
    "fr": ["Parfait", "très satisfaite", ""],
    "es": ["Todo perfecto", "genial", ""],
    "en": ["Great"],
    "de": ["Top"],
    "it": ["Ottimo"],
    "pt": ["Ótimo"],
}
NIGHT: T = {
    "fr": [
        "3h du mat, insomnie, je regarde les courbes de pH de ma piscine sur l'appli {b}... c'est apaisant en fait 😅",
        "sortie de garde de nuit, petit plongeon à 2h dans une eau parfaite, merci {b}",
    ],
    "es": [
        "Las 2 de la mañana y yo mirando el cloro en la app de {b} jajaja, vicio",
        "saliendo del turno de noche y la piscina perfecta, gracias {b}",
    ],
    "en": ["2am and I'm reading pool chemistry in the {b} app. Send help"],
    "de": ["Nachtschicht vorbei, um 3 Uhr in den Pool, Wasser perfekt, danke {b}"],
    "it": ["Le 3 di notte e guardo il pH nell'app di {b} 😂"],
    "pt": ["Três da manhã e eu a ver o cloro na app da {b} 😂"],
}
NIGHT_Q: T = {
    "fr": [
        "Bonsoir, le robot s'est arrêté au milieu du bassin, je le sors ou je le laisse jusqu'à demain ?"
    ],
    "es": ["Buenas noches, el robot se ha parado en medio, lo saco o lo dejo hasta mañana?"],
    "en": ["Hi, robot stopped mid-pool, leave it in overnight or take it out?"],
    "de": ["Hallo, der Roboter ist mitten im Becken stehen geblieben, drinlassen?"],
    "it": ["Buonasera, il robot si è fermato, lo tolgo o lo lascio?"],
    "pt": ["Boa noite, o robô parou a meio, tiro ou deixo até amanhã?"],
}
NIGHT_A: T = {
    "fr": ["Bonsoir, vous pouvez le laisser, il repartira au prochain cycle. – {b}"],
    "es": ["Buenas noches, puedes dejarlo, arranca en el siguiente ciclo. – {b}"],
    "en": ["Hi, leave it in, it restarts at the next cycle. – {b}"],
    "de": ["Hallo, einfach drin lassen, er startet beim nächsten Zyklus. – {b}"],
    "it": ["Buonasera, può lasciarlo, ripartirà al prossimo ciclo. – {b}"],
    "pt": ["Boa noite, pode deixar, arranca no próximo ciclo. – {b}"],
}

# Consumer problems: one sentence each, in the customer's words.
PROBLEM: dict[str, T] = {
    "no_show": {
        "fr": [
            "La visite de jeudi est marquée FAITE dans l'appli mais personne n'est venu, j'étais chez moi toute la journée",
            "on me facture une visite qui n'a jamais eu lieu, personne dans le jardin, la caméra du portail le prouve",
        ],
        "es": [
            "La visita del jueves sale como REALIZADA en la app y aqui no ha venido nadie, estuve en casa todo el dia",
            "me cobrais una limpieza que no se hizo, nadie paso por el jardin, lo tengo en la camara",
        ],
        "en": ["Thursday's visit is marked DONE in the app but nobody came, I was home all day"],
        "de": ["Der Termin am Donnerstag steht als ERLEDIGT in der App, aber es war niemand da"],
        "it": ["La visita di giovedì risulta FATTA nell'app ma non è venuto nessuno"],
        "pt": ["A visita de quinta aparece como FEITA na app mas não veio ninguém"],
    },
    "green": {
        "fr": [
            "Le lendemain de votre passage l'eau est VERTE, le technicien a dû oublier le chlore, les enfants ne peuvent plus se baigner",
            "piscine verte 24h après la visite, bravo, on avait des invités samedi",
        ],
        "es": [
            "Al dia siguiente de la visita el agua esta VERDE, el tecnico no echo cloro o algo, los niños sin poder bañarse",
            "piscina verde 24 horas despues de la limpieza, y con la comunion el sabado",
        ],
        "en": ["Pool went GREEN the day after your visit, kids can't swim"],
        "de": ["Einen Tag nach Ihrem Besuch ist das Wasser GRÜN"],
        "it": ["Il giorno dopo la visita l'acqua è diventata VERDE"],
        "pt": ["No dia a seguir à visita a água ficou VERDE"],
    },
    "refund": {
        "fr": [
            "J'ai rendu le robot il y a trois semaines et la caution de 300 € n'est toujours pas revenue",
            "TROIS semaines que j'attends ma caution du robot, 300 €, c'est pas rien",
        ],
        "es": [
            "Devolvi el robot hace tres semanas y la fianza de 300 € sigue sin aparecer",
            "TRES semanas esperando la fianza del robot, 300 euros que no son moco de pavo",
        ],
        "en": ["Returned the robot three weeks ago, still no sign of my £260 deposit"],
        "de": ["Roboter vor drei Wochen zurückgegeben, die 300 € Kaution sind immer noch nicht da"],
        "it": ["Ho restituito il robot tre settimane fa e la cauzione di 300 € non è tornata"],
        "pt": ["Devolvi o robô há três semanas e a caução de 300 € ainda não voltou"],
    },
    "wrong_price": {
        "fr": [
            "Je suis abonnée Azur et on m'a facturé les visites au tarif normal, 62 € au lieu de 49 €"
        ],
        "es": [
            "Soy socia Azur y me habeis cobrado las visitas a precio normal, 62 € en vez de 49 €",
            "plan Azur pagado y me cobrais la tarifa sin plan, no entiendo nada",
        ],
        "en": ["I'm on Azur and got billed the standard rate, £54 instead of £42"],
        "de": ["Ich habe Azur und mir wurde der Normaltarif berechnet, 62 € statt 49 €"],
        "it": ["Ho l'abbonamento Azur e mi avete addebitato la tariffa piena"],
        "pt": ["Tenho o plano Azur e cobraram-me a tarifa normal"],
    },
    "cancel_fee": {
        "fr": [
            "J'ai annulé l'ouverture de printemps 10 jours avant et vous me prenez 40 € de frais d'annulation ?"
        ],
        "es": [
            "Cancele la puesta en marcha con 10 dias de antelacion y me cobrais 40 € de penalizacion??"
        ],
        "en": ["Cancelled the spring opening 10 days ahead and you've charged me a £35 fee?"],
        "de": ["Ich habe 10 Tage vorher storniert und soll 40 € Gebühr zahlen?"],
        "it": ["Ho disdetto 10 giorni prima e mi addebitate 40 € di penale?"],
        "pt": ["Cancelei com 10 dias de antecedência e cobram-me 40 € de taxa?"],
    },
    "damage": {
        "fr": [
            "Le technicien a fendu le couvercle du skimmer et n'a rien dit, je l'ai trouvé en morceaux"
        ],
        "es": [
            "El tecnico rompio la tapa del skimmer y no dijo nada, me la encontre partida",
            "me habeis rajado el liner con el limpiafondos, hay una raja de 10 cm",
        ],
        "en": ["Your engineer cracked the skimmer lid and said nothing"],
        "de": ["Der Techniker hat den Skimmerdeckel zerbrochen und nichts gesagt"],
        "it": ["Il tecnico ha rotto il coperchio dello skimmer senza dire niente"],
        "pt": ["O técnico partiu a tampa do skimmer e não disse nada"],
    },
}
TOPIC = {
    "no_show": {
        "fr": "visite non effectuée",
        "es": "visita no realizada",
        "en": "missed visit",
        "de": "Termin nicht erfolgt",
        "it": "visita non effettuata",
        "pt": "visita não feita",
    },
    "green": {
        "fr": "eau verte",
        "es": "agua verde",
        "en": "green water",
        "de": "grünes Wasser",
        "it": "acqua verde",
        "pt": "água verde",
    },
    "refund": {
        "fr": "caution robot",
        "es": "fianza robot",
        "en": "robot deposit",
        "de": "Kaution Roboter",
        "it": "cauzione robot",
        "pt": "caução robô",
    },
    "wrong_price": {
        "fr": "tarif Azur",
        "es": "tarifa Azur",
        "en": "Azur rate",
        "de": "Azur-Tarif",
        "it": "tariffa Azur",
        "pt": "tarifa Azur",
    },
    "cancel_fee": {
        "fr": "frais d'annulation",
        "es": "penalización",
        "en": "cancellation fee",
        "de": "Stornogebühr",
        "it": "penale",
        "pt": "taxa de cancelamento",
    },
    "damage": {
        "fr": "skimmer cassé",
        "es": "desperfecto",
        "en": "damage",
        "de": "Schaden",
        "it": "danno",
        "pt": "dano",
    },
}
COMPLAINT_SUBJ = {
    "fr": "Réclamation : {t}",
    "es": "Reclamación: {t}",
    "en": "Complaint: {t}",
    "de": "Beschwerde: {t}",
    "it": "Reclamo: {t}",
    "pt": "Reclamação: {t}",
}
RE_SUBJ = {
    "fr": "RE : Dossier {c}",
    "es": "RE: Incidencia {c}",
    "en": "Re: Your case {c}",
    "de": "AW: Vorgang {c}",
    "it": "R: Segnalazione {c}",
    "pt": "RE: Pedido {c}",
}
ANGRY_END: T = {
    "fr": ["C'est inadmissible.", "Je suis furieuse.", "J'attends une réponse rapide."],
    "es": ["Es una vergüenza.", "ESTOY HARTA.", "Espero respuesta ya."],
    "en": ["Not good enough."],
    "de": ["Unmöglich."],
    "it": ["Inaccettabile."],
    "pt": ["Inaceitável."],
}
LONG: T = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rhumes, donc pardon si c'est décousu. Nous sommes clients depuis deux ans et jusqu'ici tout allait bien, ma mère vient passer l'été chez nous et se réjouissait de nager le matin. {p} {e}\n\nMerci de me rappeler, de préférence après 18h.\n\nCordialement,\n{n}"
    ],
    "es": [
        "Buenas tardes:\n\nOs escribo desde el coche en la puerta de la academia de inglés de mi hija, asi que perdonad si me enrollo. Llevamos dos veranos con vosotros y siempre bien, este año viene mi suegro a recuperarse de la operacion de rodilla y el medico le ha mandado nadar. {p} {e}\n\nQuedo a la espera.\n\nUn saludo,\n{n}"
    ],
}
REPLY_CASE: T = {
    "fr": [
        "Bonjour {f}, nous sommes désolés. Dossier {c} ouvert, un responsable vous recontacte sous 48h. – {b}"
    ],
    "es": [
        "Hola {f}, lo sentimos mucho. Hemos abierto la incidencia {c}, te llamamos en 48 h. – {b}"
    ],
    "en": ["Hi {f}, we're sorry. Case {c} is open and a manager will call within 48h. – {b}"],
    "de": ["Hallo {f}, das tut uns leid. Vorgang {c} ist eröffnet, wir melden uns in 48 h. – {b}"],
    "it": [
        "Buongiorno {f}, ci scusi. Segnalazione {c} aperta, la ricontattiamo entro 48 ore. – {b}"
    ],
    "pt": ["Olá {f}, lamentamos. Pedido {c} aberto, contactamos em 48 h. – {b}"],
}
ESCALATE: T = {
    "fr": ["Bonjour {f}, votre dossier {c} est transmis à notre responsable qualité. – {b}"],
    "es": ["Hola {f}, tu incidencia {c} pasa a nuestra responsable de calidad. – {b}"],
    "en": ["Hi {f}, case {c} has been passed to our quality lead. – {b}"],
    "de": ["Hallo {f}, Vorgang {c} liegt jetzt bei unserer Qualitätsleitung. – {b}"],
    "it": ["Buongiorno {f}, la segnalazione {c} è passata alla responsabile qualità. – {b}"],
    "pt": ["Olá {f}, o pedido {c} seguiu para a responsável de qualidade. – {b}"],
}
FIXED_MAIL: T = {
    "fr": [
        "Bonjour {f}, bonne nouvelle pour le dossier {c} : c'est corrigé. Pouvez-vous nous confirmer ? – {b}"
    ],
    "es": ["Hola {f}, buenas noticias sobre la incidencia {c}: resuelto. ¿Nos lo confirmas? – {b}"],
    "en": ["Hi {f}, good news on case {c}: it's sorted. Could you confirm? – {b}"],
    "de": ["Hallo {f}, gute Nachricht zu {c}: erledigt. Können Sie das bestätigen? – {b}"],
    "it": ["Buongiorno {f}, buone notizie per {c}: risolto. Ce lo conferma? – {b}"],
    "pt": ["Olá {f}, boas notícias sobre {c}: resolvido. Pode confirmar? – {b}"],
}
CONFIRM: T = {
    "fr": [
        "Confirmé pour le dossier {c}, tout est rentré dans l'ordre, merci",
        "oui c bon pour {c} merci bcp",
    ],
    "es": [
        "Confirmo lo de la incidencia {c}, todo solucionado, gracias",
        "si si {c} resuelto, gracias!!",
    ],
    "en": ["Confirming case {c} is sorted, thanks"],
    "de": ["Bestätige: {c} ist erledigt, danke"],
    "it": ["Confermo, {c} risolto, grazie"],
    "pt": ["Confirmo, {c} resolvido, obrigada"],
}
STILL: T = {
    "fr": [
        "Dossier {c} : toujours rien. {p}",
        "Je relance pour le dossier {c}, toujours pas réglé. {p}",
    ],
    "es": [
        "Incidencia {c}: sigo igual. {p}",
        "Vuelvo a escribir por la {c}, SIGUE sin resolverse. {p}",
    ],
    "en": ["Case {c}: still nothing. {p}"],
    "de": ["Vorgang {c}: immer noch nichts. {p}"],
    "it": ["Segnalazione {c}: ancora niente. {p}"],
    "pt": ["Pedido {c}: continua igual. {p}"],
}
THIRD: T = {
    "fr": [
        "Troisième fois que j'écris pour le dossier {c}. Ma voisine est chez {x}, eux règlent ça dans la journée."
    ],
    "es": [
        "Tercera vez que escribo por la {c}. Mi cuñado esta con {x} y se lo arreglan en el dia."
    ],
    "en": ["Third time about case {c}. A mate uses {x} and they fix this same day."],
    "de": ["Zum dritten Mal wegen {c}. Mein Nachbar ist bei {x}, die regeln das am selben Tag."],
    "it": ["Terza volta per {c}. Mio cognato è con {x} e risolvono in giornata."],
    "pt": ["Terceira vez por causa do {c}. O meu vizinho está na {x} e resolvem no próprio dia."],
}
FOURTH: T = {
    "fr": ["QUATRIÈME message pour {c}. Toujours pas réglé."],
    "es": ["CUARTA vez con la {c}. Sigue igual."],
    "en": ["FOURTH message about {c}. Still not fixed."],
    "de": ["VIERTE Nachricht zu {c}. Immer noch nicht gelöst."],
    "it": ["QUARTO messaggio per {c}. Ancora niente."],
    "pt": ["QUARTA mensagem sobre {c}. Nada."],
}
CALL_STILL: T = {
    "fr": ["oui bonjour je rappelle pour le dossier {c} c'est toujours pas réglé"],
    "es": ["hola llamo otra vez por la incidencia {c} que sigue sin arreglarse"],
    "en": ["hi calling again about case {c} it's still not sorted"],
    "de": ["ja hallo ich rufe nochmal wegen {c} an das ist immer noch nicht erledigt"],
    "it": ["pronto richiamo per la segnalazione {c} ancora non risolta"],
    "pt": ["olá volto a ligar por causa do {c} continua por resolver"],
}
APOLOGY: T = {
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça vite."],
    "es": ["Perdon por el mensaje de ayer, estaba desbordada. Gracias por solucionarlo rapido."],
    "en": ["Sorry for yesterday's rant, bad day. Thanks for sorting it."],
    "de": ["Sorry für gestern, war ein schlechter Tag. Danke fürs Regeln."],
    "it": ["Scusate il messaggio di ieri, giornataccia. Grazie."],
    "pt": ["Desculpem a mensagem de ontem, dia mau. Obrigada."],
}
LOW_CSAT: T = {
    "fr": ["déçue"],
    "es": ["mal"],
    "en": ["poor"],
    "de": ["schlecht"],
    "it": ["male"],
    "pt": ["mau"],
}
SARCASM: T = {
    "fr": [
        "Bravo {b}, technicien arrivé à 20h30 pour le créneau 9h-12h, on a nettoyé la piscine à la frontale 👏"
    ],
    "es": [
        "Genial {b}, la visita de 9 a 12 llego a las 20:30, limpieza con linterna, muy romantico 👏"
    ],
    "en": [
        "Cheers {b}, 9-12 slot, engineer turned up at 8:30pm. Torchlit pool cleaning, lovely 👏"
    ],
    "de": ["Danke {b}, Zeitfenster 9-12, Techniker um 20:30 da. Poolpflege mit Stirnlampe 👏"],
    "it": ["Grazie {b}, fascia 9-12, tecnico arrivato alle 20:30. Pulizia a lume di torcia 👏"],
    "pt": ["Obrigada {b}, janela 9-12, técnico chegou às 20:30. Limpeza à lanterna 👏"],
}
SLIDE: T = {
    "fr": [
        "Visite décalée deux fois cette semaine sans prévenir, bon.",
        "Le technicien a oublié de remettre le couvercle du skimmer, rempli de feuilles.",
        "Le pH à 8 depuis 5 jours malgré deux passages, c'est plus comme avant.",
        "On a payé 62 € une visite de 10 minutes. Je commence à me poser des questions.",
        "Le chat met trois jours à répondre maintenant, l'an dernier c'était dans l'heure.",
        "Mes voisins sont passés chez {x}, 39 € la visite. On y réfléchit sérieusement.",
    ],
    "es": [
        "Esta semana me han cambiado la visita dos veces sin avisar, en fin.",
        "El tecnico se dejo la tapa del skimmer quitada, llena de hojas.",
        "El pH en 8 desde hace cinco dias con dos visitas, esto ya no es lo que era.",
        "62 € por una visita de 10 minutos. Empiezo a dudar.",
        "El chat tarda tres dias en contestar, el año pasado era en una hora.",
        "Mi hermana se ha pasado a {x}, 39 € la visita. Nos lo estamos pensando.",
    ],
    "en": [
        "Visit moved twice this week without a word, oh well.",
        "Skimmer lid left off, full of leaves.",
        "pH stuck at 8 for five days despite two visits.",
        "£54 for a ten-minute visit. Hmm.",
        "Chat takes three days to answer now.",
        "Neighbours switched to {x}, £34 a visit. Tempted.",
    ],
    "de": [
        "Termin zweimal ohne Info verschoben, naja.",
        "Skimmerdeckel vergessen, voller Laub.",
        "pH seit fünf Tagen bei 8 trotz zwei Besuchen.",
        "62 € für 10 Minuten. Hm.",
        "Der Chat braucht jetzt drei Tage.",
        "Nachbarn sind bei {x}, 39 € pro Besuch. Wir überlegen.",
    ],
    "it": [
        "Visita spostata due volte senza avviso, va beh.",
        "Coperchio dello skimmer dimenticato, pieno di foglie.",
        "pH a 8 da cinque giorni nonostante due visite.",
        "62 € per 10 minuti. Mah.",
        "La chat risponde dopo tre giorni ormai.",
        "I vicini sono passati a {x}, 39 € a visita. Ci pensiamo.",
    ],
    "pt": [
        "Visita mudada duas vezes sem aviso, enfim.",
        "Deixaram a tampa do skimmer fora, cheia de folhas.",
        "pH em 8 há cinco dias apesar de duas visitas.",
        "62 € por 10 minutos. Hmm.",
        "O chat demora três dias agora.",
        "Os vizinhos mudaram para a {x}, 39 € a visita. Estamos a pensar.",
    ],
}
CANCEL: T = {
    "fr": [
        "Bonjour, merci de résilier mon abonnement Azur et de fermer mon compte. On a vendu la maison.",
        "je résilie Azur et je ferme le compte svp, on a fait combler la piscine",
    ],
    "es": [
        "Hola, quiero dar de baja el plan Azur y cerrar mi cuenta. Nos mudamos a un piso.",
        "porfa darme de baja del Azur y cerrar la cuenta, hemos vendido el chalet",
    ],
    "en": ["Please cancel my Azur plan and close my account, we've sold the house."],
    "de": ["Bitte Azur kündigen und Konto schließen, wir ziehen in eine Wohnung."],
    "it": ["Vorrei disdire Azur e chiudere l'account, abbiamo venduto casa."],
    "pt": ["Quero cancelar o Azur e fechar a conta, vendemos a casa."],
}
GOODBYE: T = {
    "fr": ["Bonjour {f}, c'est fait, désolés de vous voir partir. – {b}"],
    "es": ["Hola {f}, hecho. Sentimos que te vayas. – {b}"],
    "en": ["Hi {f}, done. Sorry to see you go. – {b}"],
    "de": ["Hallo {f}, erledigt. Schade, dass Sie gehen. – {b}"],
    "it": ["Buongiorno {f}, fatto. Ci dispiace. – {b}"],
    "pt": ["Olá {f}, feito. Lamentamos. – {b}"],
}
GRUMPY: T = {
    "fr": [
        "Encore des notifications à 7h du mat, c'est pénible.",
        "Les pastilles ont encore augmenté, ça devient n'importe quoi.",
        "Le technicien a marché sur mes plates-bandes. Comme d'hab.",
    ],
    "es": [
        "Otra vez notificaciones a las 7 de la mañana, que pesadez.",
        "Las pastillas han vuelto a subir, esto es un robo.",
        "El tecnico piso el cesped recien sembrado. Como siempre.",
    ],
    "en": ["Notifications at 7am again, annoying.", "Tablets gone up again, daylight robbery."],
    "de": ["Schon wieder Push um 7 Uhr, nervig.", "Tabletten wieder teurer, Frechheit."],
    "it": ["Di nuovo notifiche alle 7, che noia.", "Pastiglie di nuovo aumentate, assurdo."],
    "pt": ["Outra vez notificações às 7 da manhã.", "As pastilhas subiram outra vez, um roubo."],
}
MILD: T = {
    "fr": ["L'appli met un peu de temps à charger les courbes ce matin"],
    "es": ["La app tarda un poco en cargar las graficas hoy"],
    "en": ["App's a bit slow loading the charts today"],
    "de": ["App lädt die Kurven heute etwas langsam"],
    "it": ["L'app è un po' lenta a caricare i grafici"],
    "pt": ["A app está lenta a carregar os gráficos"],
}
MILD_A: T = {
    "fr": ["Bonjour, merci du signalement, c'est noté. – {b}"],
    "es": ["Hola, gracias por avisar, lo miramos. – {b}"],
    "en": ["Thanks for flagging, we're looking. – {b}"],
    "de": ["Danke für den Hinweis. – {b}"],
    "it": ["Grazie della segnalazione. – {b}"],
    "pt": ["Obrigado pelo aviso. – {b}"],
}
COMPETITORS = ["Nadaro", "Azulbay"]
