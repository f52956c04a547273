# ruff: noqa: E501
"""Business-arm wording for heldout120 (Pagaldo Grupos: group trips on account)."""

from __future__ import annotations

# (company, kind of firm, language, market)
COMPANIES: list[tuple[str, str, str, str]] = [
    ("Colegio Valdeluz", "school", "es", "ES"),
    ("Hotel Mirasierra Cangas", "hotel", "es", "ES"),
    ("Eventos Norte Team", "events", "es", "ES"),
    ("Campamentos Picos Azules", "summer_camp", "es", "ES"),
    ("Istituto Comprensivo Garda Sud", "school", "it", "IT"),
    ("Hotel Lago Blu Riva", "hotel", "it", "IT"),
    ("TeamUp Eventi Verona", "events", "it", "IT"),
    ("Cooperativa Sociale Il Ponte", "social_coop", "it", "IT"),
    ("Highland Outdoor Schools", "school", "en", "UK"),
    ("Corrib Corporate Days", "events", "en", "IE"),
    ("Lycée Jean Moulin Annecy", "school", "fr", "FR"),
    ("Comité d'entreprise Sodimar", "works_council", "fr", "BE"),
    ("Jugendherberge Altmühltal", "youth_hostel", "de", "DE"),
    ("Gemeinde Lienz Ferienprogramm", "municipality", "de", "AT"),
    ("Escola Básica Ribamar", "school", "pt", "PT"),
]
JOB_TITLES = [
    "Office manager",
    "Events coordinator",
    "Head of PE",
    "Finance assistant",
    "Group sales manager",
    "Activities lead",
    "Procurement officer",
]

B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "las facturas de Pagaldo Grupos salen con el CIF antiguo y sin nuestro número de pedido, contabilidad no puede pagarlas",
        "service_blocked": "al ir a reservar la salida de grupo el portal dice 'cuenta suspendida', y está todo pagado",
        "portal": "el portal no muestra las listas de participantes, así que no podemos añadir nombres ni confirmar la salida",
        "overbilled": "nos cobran la tarifa por persona en vez de la tarifa de grupo del contrato, más de 600 € de diferencia",
    },
    "it": {
        "invoice": "le fatture di Pagaldo Grupos riportano la vecchia partita IVA e nessun numero d'ordine, l'amministrazione non può pagarle",
        "service_blocked": "prenotando l'uscita di gruppo il portale dice 'account sospeso', ma è tutto pagato",
        "portal": "il portale non mostra le liste dei partecipanti, non possiamo aggiungere nomi né confermare l'uscita",
        "overbilled": "ci addebitate la tariffa a persona invece della tariffa di gruppo del contratto, oltre 600 € di differenza",
    },
    "en": {
        "invoice": "your invoices carry our old company number and no PO number, so finance can't pay them",
        "service_blocked": "the portal says 'account suspended' when we book a group trip, although everything is paid",
        "portal": "the portal shows no participant lists, so we can't add names or confirm the trip",
        "overbilled": "we're billed the per-person rate instead of our contract group rate, over £500 difference",
    },
    "fr": {
        "invoice": "vos factures portent notre ancien numéro de TVA et aucun numéro de commande",
        "service_blocked": "le portail affiche 'compte suspendu' alors que tout est payé",
        "portal": "le portail n'affiche aucune liste de participants, impossible de confirmer la sortie",
        "overbilled": "vous facturez le tarif individuel au lieu du tarif groupe du contrat",
    },
    "de": {
        "invoice": "Ihre Rechnungen tragen unsere alte USt-IdNr. und keine Bestellnummer, die Buchhaltung kann nicht zahlen",
        "service_blocked": "das Portal meldet 'Konto gesperrt', obwohl alles bezahlt ist",
        "portal": "das Portal zeigt keine Teilnehmerlisten, wir können weder Namen eintragen noch bestätigen",
        "overbilled": "Sie berechnen den Einzelpreis statt unseres vertraglichen Gruppentarifs, über 600 € Differenz",
    },
    "pt": {
        "invoice": "as faturas vêm com o NIF antigo e sem número de encomenda",
        "service_blocked": "o portal diz 'conta suspensa' apesar de estar tudo pago",
        "portal": "o portal não mostra as listas de participantes, não conseguimos confirmar a saída",
        "overbilled": "cobram o preço individual em vez do preço de grupo do contrato",
    },
}
FIRST_COMPLAINT: dict[str, str] = {
    "es": "Buenos días,\n\n{p}. Necesitamos que lo reviséis esta semana.\n\n{name}\n{title}, {company}",
    "it": "Buongiorno,\n\n{p}. Vi chiediamo di sistemarlo entro la settimana.\n\n{name}\n{title}, {company}",
    "en": "Hello,\n\n{p}. Please sort this out this week.\n\n{name}\n{title}, {company}",
    "fr": "Bonjour,\n\n{p}. Merci de régler cela cette semaine.\n\n{name}\n{title}, {company}",
    "de": "Guten Tag,\n\n{p}. Bitte klären Sie das diese Woche.\n\n{name}\n{title}, {company}",
    "pt": "Bom dia,\n\n{p}. Pedimos que resolvam esta semana.\n\n{name}\n{title}, {company}",
}
LATER_COMPLAINT: dict[str, str] = {
    "es": "Hola, escribo también por la incidencia {case} que abrió {first} el {day}: {p}. Sigue igual y nos está bloqueando.\n\n{name}, {company}",
    "it": "Buongiorno, scrivo anch'io per la segnalazione {case} aperta da {first} {day}: {p}. È ancora tutto fermo.\n\n{name}, {company}",
    "en": "Hi, writing too about case {case} that {first} opened on {day}: {p}. Still the same.\n\n{name}, {company}",
    "fr": "Bonjour, j'écris aussi pour le dossier {case} ouvert par {first} {day} : {p}. Rien n'a changé.\n\n{name}, {company}",
    "de": "Hallo, ich schreibe ebenfalls zu Vorgang {case}, den {first} am {day} eröffnet hat: {p}. Unverändert.\n\n{name}, {company}",
    "pt": "Olá, escrevo também sobre o pedido {case} aberto por {first} na {day}: {p}. Continua igual.\n\n{name}, {company}",
}
WEEKDAYS: dict[str, list[str]] = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
LAST_EMAIL: dict[str, str] = {
    "es": "Incidencia {case}: sigue SIN arreglar y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.\n\n{name}, {company}",
    "it": "Segnalazione {case}: ancora NON risolta e vi hanno scritto già diversi colleghi. L'ufficio acquisti ha già chiesto i prezzi a {comp}.\n\n{name}, {company}",
    "de": "Vorgang {case}: immer noch NICHT gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.\n\n{name}, {company}",
}
LAST_CALL: dict[str, str] = {
    "es": "hola llamo de {company} por la incidencia {case} sigue todo igual y ya os han escrito varios compañeros mi jefa dice que si no se arregla esta semana nos vamos a otro proveedor",
    "it": "buongiorno chiamo da {company} per la segnalazione {case} è ancora tutto uguale vi hanno scritto diversi colleghi il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "de": "ja hallo hier ist {company} wegen Vorgang {case} es ist immer noch alles gleich mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Anbieter",
}
ACK: dict[str, str] = {
    "es": "Hola {first}, gracias. Hemos abierto la incidencia {case} para {company} y la revisa el equipo de cuentas. {ag}, Pagaldo Grupos",
    "it": "Buongiorno {first}, grazie. Abbiamo aperto la segnalazione {case} per {company}, la segue il team account. {ag}, Pagaldo Grupos",
    "en": "Hi {first}, thanks. We've opened case {case} for {company}; our accounts team is on it. {ag}, Pagaldo Grupos",
    "fr": "Bonjour {first}, merci. Dossier {case} ouvert pour {company}, l'équipe comptes s'en charge. {ag}, Pagaldo Grupos",
    "de": "Hallo {first}, danke. Vorgang {case} für {company} ist eröffnet, das Key-Account-Team kümmert sich. {ag}, Pagaldo Grupos",
    "pt": "Olá {first}, obrigado. Abrimos o pedido {case} para {company}. {ag}, Pagaldo Grupos",
}
MILD: dict[str, list[str]] = {
    "es": [
        "Sugerencia: estaría bien poder exportar las salidas por centro de coste.",
        "Una idea: poner en el albarán la fecha de la última revisión de los chalecos.",
    ],
    "it": [
        "Suggerimento: sarebbe utile esportare le uscite per centro di costo.",
        "Un'idea: indicare sulla bolla la data dell'ultima revisione dei giubbotti.",
    ],
    "en": [
        "Suggestion: it would help to export trips by cost centre.",
        "Idea: show the last buoyancy-aid check date on the delivery note.",
    ],
    "fr": [
        "Suggestion : pouvoir exporter les sorties par centre de coûts.",
        "Idée : indiquer la date du dernier contrôle des gilets.",
    ],
    "de": [
        "Vorschlag: Export der Touren nach Kostenstelle wäre hilfreich.",
        "Idee: das Datum der letzten Westenprüfung auf dem Lieferschein.",
    ],
    "pt": [
        "Sugestão: exportar as saídas por centro de custo.",
        "Ideia: indicar a data da última revisão dos coletes.",
    ],
}
MILD_ACK: dict[str, str] = {
    "es": "Gracias por la sugerencia, {first}, la pasamos al equipo de producto. {ag}",
    "it": "Grazie del suggerimento, {first}, lo giriamo al team prodotto. {ag}",
    "en": "Thanks for the suggestion, {first}, passed to our product team. {ag}",
    "fr": "Merci pour la suggestion, {first}, transmise à l'équipe produit. {ag}",
    "de": "Danke für den Vorschlag, {first}, ist beim Produktteam. {ag}",
    "pt": "Obrigado pela sugestão, {first}, passámos à equipa de produto. {ag}",
}
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "¿Podemos añadir 4 alumnos más a la salida del jueves?",
            "Sí, ya están añadidos, el minibús tiene sitio.",
        ),
        ("¿La ruta de grupo incluye monitor de apoyo?", "Sí, un monitor cada 8 participantes."),
    ],
    "it": [
        (
            "Possiamo aggiungere 4 ragazzi all'uscita di giovedì?",
            "Sì, aggiunti, c'è posto in navetta.",
        ),
        ("L'uscita di gruppo include un istruttore in più?", "Sì, uno ogni 8 partecipanti."),
    ],
    "en": [
        ("Can we add four more to Thursday's group?", "Yes, added, there's room on the minibus.")
    ],
    "fr": [("Peut-on ajouter 4 élèves jeudi ?", "Oui, c'est fait.")],
    "de": [("Können wir am Donnerstag vier Personen mehr mitnehmen?", "Ja, ist eingetragen.")],
    "pt": [("Podemos juntar mais 4 alunos na quinta?", "Sim, já estão.")],
}
THANKS: dict[str, str] = {
    "es": "Perfecto, gracias",
    "it": "Perfetto, grazie",
    "en": "Great, thanks",
    "fr": "Parfait, merci",
    "de": "Super, danke",
    "pt": "Ótimo, obrigado",
}
PRAISE: dict[str, list[str]] = {
    "es": [
        "La salida de grupo con Pagaldo Grupos fue un éxito, los alumnos encantados",
        "Team building en canoa con Pagaldo Grupos: organización de diez",
    ],
    "it": [
        "Uscita di gruppo con Pagaldo Grupos riuscitissima, ragazzi entusiasti",
        "Team building in canoa con Pagaldo Grupos, tutto perfetto",
    ],
    "en": ["Group trip with Pagaldo Grupos went brilliantly, thanks team"],
    "fr": ["Sortie de groupe avec Pagaldo Grupos réussie, merci"],
    "de": ["Gruppentour mit Pagaldo Grupos war ein voller Erfolg"],
    "pt": ["Saída de grupo com a Pagaldo Grupos correu muito bem"],
}
PRODUCTS: list[tuple[str, float]] = [
    ("Group canoe descent, 20 people / Descenso en canoa de grupo, 20 personas", 620.0),
    ("School kayak morning, 30 pupils / Mañana de kayak escolar, 30 alumnos", 780.0),
    ("Team-building raft day, 12 people / Jornada de rafting team building, 12 personas", 540.0),
]
