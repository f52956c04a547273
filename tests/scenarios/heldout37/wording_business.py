# ruff: noqa: E501
"""Hand-written wording for heldout37's Movetta Pro accounts (firms' deliveries and office moves).

``<<fem|masc>>`` agrees with the colleague named, ``[[fem|masc]]`` with the writer.
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "bookings_blocked", "portal", "overbilled")

# (market, language, company, kind of firm, mail domain)
COMPANIES: list[tuple[str, str, str, str, str]] = [
    ("FR", "fr", "Atelier Lumen Architectes", "architects", "atelier-lumen.example"),
    (
        "IT",
        "it",
        "Mobilificio Brambilla & Figli",
        "furniture_shop",
        "mobilificio-brambilla.example",
    ),
    ("IT", "it", "Hotel Riviera Group", "hotels", "rivieragroup.example"),
    ("FR", "fr", "Agence Immo Saint-Clair", "estate_agency", "immo-saintclair.example"),
    ("CH", "fr", "Léman Events Sàrl", "events", "leman-events.example"),
    ("BE", "fr", "Brasserie Les Trois Tilleuls", "catering", "troistilleuls.example"),
    ("CH", "it", "Studio Medico Ceresio", "clinic", "studioceresio.example"),
    ("DE", "de", "Küchenwerk Rhein GmbH", "furniture_shop", "kuechenwerk-rhein.example"),
    ("IT", "it", "Coworking Navigli", "offices", "coworkingnavigli.example"),
    ("FR", "fr", "Librairie du Canal", "bookshop", "librairie-canal.example"),
    ("UK", "en", "Harbour & Finch Interiors", "furniture_shop", "harbourfinch.example"),
    ("ES", "es", "Estudio Albada Arquitectura", "architects", "albada-arq.example"),
    ("IT", "it", "Enoteca Sorsi Srl", "catering", "enotecasorsi.example"),
    ("FR", "fr", "Crèches Petits Pas", "childcare", "petitspas.example"),
    ("PT", "pt", "Galeria Azulejo Lda", "galleries", "galeria-azulejo.example"),
]
ROLES: dict[str, list[str]] = {
    "fr": [
        "responsable administrati[[ve|f]]",
        "comptable",
        "assistant[[e|]] de direction",
        "office manager",
        "gérant[[e|]]",
        "[[cheffe|chef]] de projet",
        "responsable logistique",
    ],
    "it": [
        "responsabile amministrazione",
        "contabile",
        "assistente di direzione",
        "office manager",
        "titolare",
        "capo progetto",
        "responsabile logistica",
    ],
    "de": [
        "Buchhalter[[in|]]",
        "Office-Manager[[in|]]",
        "Geschäftsführer[[in|]]",
        "Logistikleiter[[in|]]",
    ],
    "en": ["office manager", "accounts", "operations lead", "director"],
    "es": ["administración", "contable", "office manager", "gerente"],
    "pt": ["administrativ[[a|o]]", "contabilista", "gerente", "office manager"],
}
WEEKDAYS: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
TAX_ID = {
    "FR": "numéro de TVA intracommunautaire",
    "BE": "numéro de TVA",
    "CH": "numéro IDE",
    "IT": "partita IVA",
    "DE": "USt-IdNr.",
    "UK": "VAT number",
    "ES": "NIF",
    "PT": "NIF",
}
TAX_ID_IT_CH = "numero IDI"
B2B_TOPIC: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "facture mensuelle sans {tax}",
        "bookings_blocked": "réservations bloquées « compte suspendu »",
        "portal": "portail Pro qui n'enregistre rien",
        "overbilled": "agences fermées toujours facturées",
    },
    "it": {
        "invoice": "fattura mensile senza {tax}",
        "bookings_blocked": "prenotazioni bloccate «account sospeso»",
        "portal": "portale Pro che non salva",
        "overbilled": "sedi chiuse ancora fatturate",
    },
    "de": {
        "invoice": "Monatsrechnung ohne {tax}",
        "bookings_blocked": "Buchungen gesperrt",
        "portal": "Pro-Portal speichert nichts",
        "overbilled": "geschlossene Filialen berechnet",
    },
    "en": {
        "invoice": "monthly invoice without {tax}",
        "bookings_blocked": "bookings blocked",
        "portal": "Pro portal not saving",
        "overbilled": "closed sites still billed",
    },
    "es": {
        "invoice": "factura mensual sin {tax}",
        "bookings_blocked": "reservas bloqueadas",
        "portal": "portal Pro que no guarda",
        "overbilled": "sedes cerradas facturadas",
    },
    "pt": {
        "invoice": "fatura mensal sem {tax}",
        "bookings_blocked": "reservas bloqueadas",
        "portal": "portal Pro não grava",
        "overbilled": "lojas fechadas faturadas",
    },
}
B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "Bonjour,\n\nLa facture Movetta Pro de septembre est arrivée sans notre {tax}. Notre expert-comptable refuse de la passer en l'état, et c'est la deuxième fois. Merci de nous renvoyer une facture correcte rapidement, la clôture du trimestre approche.\n\n{first} {last}\n{company}",
        "bookings_blocked": "Bonjour,\n\nDepuis ce matin toutes nos réservations Movetta Pro sont « en attente – compte suspendu, impayé ». Tout est payé, j'ai le relevé sous les yeux. On a trois livraisons clients aujourd'hui et l'équipe refuse de charger.\n\n{first} {last}\n{company}",
        "portal": "Bonjour,\n\nLe portail Movetta Pro n'enregistre ni les nouvelles adresses de livraison ni le centre de coût. Je saisis, j'enregistre, je reviens : tout a disparu. Ça fait trois fois ce matin.\n\n{first} {last}\n{company}",
        "overbilled": "Bonjour,\n\nNous avons fermé deux de nos agences fin août et les avons retirées du contrat Movetta Pro. Elles sont TOUJOURS facturées sur septembre. Merci de corriger et de rembourser.\n\n{first} {last}\n{company}",
    },
    "it": {
        "invoice": "Buongiorno,\n\nla fattura Movetta Pro di settembre è arrivata senza la nostra {tax}. Il commercialista non la registra così, ed è la seconda volta. Vi chiedo una fattura corretta al più presto, c'è la chiusura trimestrale.\n\n{first} {last}\n{company}",
        "bookings_blocked": "Buongiorno,\n\nda stamattina tutte le nostre prenotazioni Movetta Pro risultano «in sospeso – account sospeso, insoluto». È tutto pagato, ho l'estratto conto davanti. Oggi abbiamo tre consegne a clienti e la squadra non carica.\n\n{first} {last}\n{company}",
        "portal": "Buongiorno,\n\nil portale Movetta Pro non salva né i nuovi indirizzi di consegna né il centro di costo. Inserisco, salvo, torno indietro: sparito tutto. Tre volte stamattina.\n\n{first} {last}\n{company}",
        "overbilled": "Buongiorno,\n\nabbiamo chiuso due sedi a fine agosto e le abbiamo tolte dal contratto Movetta Pro. Sono ANCORA fatturate a settembre. Per favore correggete e rimborsate.\n\n{first} {last}\n{company}",
    },
    "de": {
        "invoice": "Hallo,\n\ndie Movetta-Pro-Rechnung für September kam ohne unsere {tax}. Unser Steuerbüro bucht sie so nicht.\n\n{first} {last}\n{company}",
        "bookings_blocked": "Hallo,\n\nseit heute früh stehen alle Buchungen auf „Konto gesperrt, unbezahlt“. Alles ist bezahlt.\n\n{first} {last}\n{company}",
        "portal": "Hallo,\n\ndas Pro-Portal speichert weder neue Lieferadressen noch die Kostenstelle.\n\n{first} {last}\n{company}",
        "overbilled": "Hallo,\n\nzwei Ende August geschlossene Filialen werden im September IMMER NOCH berechnet.\n\n{first} {last}\n{company}",
    },
    "en": {
        "invoice": "Hi,\n\nSeptember's Movetta Pro invoice came without our {tax}. Our accountant won't post it.\n\n{first} {last}\n{company}",
        "bookings_blocked": "Hi,\n\nSince this morning every booking shows 'account suspended, unpaid'. Everything is paid.\n\n{first} {last}\n{company}",
        "portal": "Hi,\n\nThe Pro portal won't save new delivery addresses or the cost centre.\n\n{first} {last}\n{company}",
        "overbilled": "Hi,\n\nTwo sites we closed end of August are STILL billed for September.\n\n{first} {last}\n{company}",
    },
    "es": {
        "invoice": "Hola,\n\nLa factura de septiembre de Movetta Pro ha llegado sin nuestro {tax}. La gestoría no la contabiliza así.\n\n{first} {last}\n{company}",
        "bookings_blocked": "Hola,\n\nDesde esta mañana todas las reservas salen «cuenta suspendida, impagada». Está todo pagado.\n\n{first} {last}\n{company}",
        "portal": "Hola,\n\nEl portal Pro no guarda ni direcciones nuevas ni el centro de coste.\n\n{first} {last}\n{company}",
        "overbilled": "Hola,\n\nDos sedes cerradas a finales de agosto SIGUEN facturadas en septiembre.\n\n{first} {last}\n{company}",
    },
    "pt": {
        "invoice": "Olá,\n\nA fatura de setembro da Movetta Pro veio sem o nosso {tax}. O contabilista não a lança assim.\n\n{first} {last}\n{company}",
        "bookings_blocked": "Olá,\n\nDesde esta manhã todas as reservas aparecem «conta suspensa, por pagar». Está tudo pago.\n\n{first} {last}\n{company}",
        "portal": "Olá,\n\nO portal Pro não grava moradas novas nem o centro de custo.\n\n{first} {last}\n{company}",
        "overbilled": "Olá,\n\nDuas lojas fechadas no fim de agosto CONTINUAM faturadas em setembro.\n\n{first} {last}\n{company}",
    },
}
B2B_SHORT: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "la facture sans {tax}",
        "bookings_blocked": "les réservations bloquées alors que tout est payé",
        "portal": "le portail qui n'enregistre pas les adresses ni le centre de coût",
        "overbilled": "les deux agences fermées encore facturées",
    },
    "it": {
        "invoice": "la fattura senza {tax}",
        "bookings_blocked": "le prenotazioni bloccate anche se è tutto pagato",
        "portal": "il portale che non salva indirizzi né centro di costo",
        "overbilled": "le due sedi chiuse ancora fatturate",
    },
    "de": {
        "invoice": "die Rechnung ohne {tax}",
        "bookings_blocked": "die gesperrten Buchungen",
        "portal": "das Portal, das nichts speichert",
        "overbilled": "die geschlossenen Filialen auf der Rechnung",
    },
    "en": {
        "invoice": "the invoice without {tax}",
        "bookings_blocked": "the blocked bookings",
        "portal": "the portal not saving",
        "overbilled": "the closed sites still billed",
    },
    "es": {
        "invoice": "la factura sin {tax}",
        "bookings_blocked": "las reservas bloqueadas",
        "portal": "el portal que no guarda",
        "overbilled": "las sedes cerradas facturadas",
    },
    "pt": {
        "invoice": "a fatura sem {tax}",
        "bookings_blocked": "as reservas bloqueadas",
        "portal": "o portal que não grava",
        "overbilled": "as lojas fechadas faturadas",
    },
}
B2B_FOLLOW: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\n<<Ma collègue|Mon collègue>> {colleague} vous a écrit {weekday} (dossier {case}) : {short}. Je vous confirme que c'est toujours le cas de notre côté, et ça nous bloque.\n\n{first} {last}\n{company}",
        "Bonjour,\n\nJe reviens sur le dossier {case} ouvert par {colleague} {weekday}. {Short}, rien n'a bougé. Pouvez-vous nous donner une date ?\n\n{first} {last}\n{company}",
    ],
    "it": [
        "Buongiorno,\n\n<<la mia collega|il mio collega>> {colleague} vi ha scritto {weekday} (pratica {case}): {short}. Vi confermo che da noi è ancora così, e ci blocca il lavoro.\n\n{first} {last}\n{company}",
        "Buongiorno,\n\ntorno sulla pratica {case} aperta da {colleague} {weekday}. {Short}, non si è mosso niente. Ci date una data?\n\n{first} {last}\n{company}",
    ],
    "de": [
        "Hallo,\n\n<<meine Kollegin|mein Kollege>> {colleague} hat am {weekday} geschrieben (Fall {case}): {short}. Das ist bei uns immer noch so.\n\n{first} {last}\n{company}"
    ],
    "en": [
        "Hi,\n\nMy colleague {colleague} wrote on {weekday} (case {case}): {short}. Still the same here.\n\n{first} {last}\n{company}"
    ],
    "es": [
        "Hola,\n\n<<Mi compañera|Mi compañero>> {colleague} os escribió el {weekday} (caso {case}): {short}. Seguimos igual.\n\n{first} {last}\n{company}"
    ],
    "pt": [
        "Olá,\n\n<<A minha colega|O meu colega>> {colleague} escreveu na {weekday} (processo {case}): {short}. Continua igual.\n\n{first} {last}\n{company}"
    ],
}
B2B_LAST: dict[str, str] = {
    "fr": "Bonjour,\n\nDossier {case}, encore. {Short} : rien n'est réglé, plusieurs collègues vous ont écrit cette semaine. Nous avons demandé un devis à {comp}.\n\n{first} {last}\n{company}",
    "it": "Buongiorno,\n\npratica {case}, di nuovo. {Short}: niente è risolto, vi hanno scritto più colleghi questa settimana. Abbiamo chiesto un preventivo a {comp}.\n\n{first} {last}\n{company}",
    "de": "Hallo,\n\nFall {case}, wieder. {Short}: nichts ist gelöst, mehrere Kollegen haben geschrieben. Wir haben bei {comp} ein Angebot angefragt.\n\n{first} {last}\n{company}",
    "en": "Hi,\n\nCase {case}, again. {Short}: nothing fixed, several colleagues have written. We've asked {comp} for a quote.\n\n{first} {last}\n{company}",
    "es": "Hola,\n\nCaso {case}, otra vez. {Short}: nada resuelto, os han escrito varios compañeros. Hemos pedido presupuesto a {comp}.\n\n{first} {last}\n{company}",
    "pt": "Olá,\n\nProcesso {case}, outra vez. {Short}: nada resolvido, vários colegas escreveram. Pedimos orçamento à {comp}.\n\n{first} {last}\n{company}",
}
B2B_LAST_PHONE: dict[str, str] = {
    "fr": "oui bonjour {first} {last} de chez {company} j'appelle pour le dossier {spoken} {short} c'est toujours pas réglé plusieurs collègues vous ont écrit et là on regarde ailleurs chez d'autres prestataires",
    "it": "sì buongiorno sono {first} {last} di {company} chiamo per la pratica {spoken} {short} non è ancora risolto vi hanno scritto più colleghi e adesso stiamo guardando altri fornitori",
    "de": "ja guten tag {first} {last} von {company} wegen fall {spoken} {short} das ist immer noch nicht gelöst mehrere kollegen haben geschrieben wir schauen uns jetzt andere anbieter an",
    "en": "hi it's {first} {last} from {company} about case {spoken} {short} still not fixed several of us have written and we're looking at other providers now",
    "es": "hola soy {first} {last} de {company} llamo por el caso {spoken} {short} sigue sin resolver han escrito varios compañeros y estamos mirando otros proveedores",
    "pt": "boa tarde fala {first} {last} da {company} ligo pelo processo {spoken} {short} continua por resolver vários colegas escreveram e estamos a ver outros fornecedores",
}
B2B_ACK: dict[str, str] = {
    "fr": "Bonjour {first},\n\nMerci pour votre message. Votre demande Movetta Pro est enregistrée sous la référence {case}, notre équipe comptes entreprises la traite.\n\n{agent} – Movetta Pro",
    "it": "Buongiorno {first},\n\ngrazie del messaggio. La richiesta Movetta Pro è registrata con il numero {case}, se ne occupa il team clienti business.\n\n{agent} – Movetta Pro",
    "de": "Hallo {first},\n\ndanke. Ihr Anliegen ist unter {case} erfasst, unser Business-Team kümmert sich.\n\n{agent} – Movetta Pro",
    "en": "Hi {first},\n\nThanks. Your request is logged as {case}, our business accounts team is on it.\n\n{agent} – Movetta Pro",
    "es": "Hola {first},\n\nGracias. Tu solicitud queda registrada como {case}, la revisa el equipo de empresas.\n\n{agent} – Movetta Pro",
    "pt": "Olá {first},\n\nObrigado. O pedido ficou registado como {case}, a equipa de empresas está a tratar.\n\n{agent} – Movetta Pro",
}
SUGGEST: dict[str, list[str]] = {
    "fr": [
        "Suggestion : ce serait pratique d'avoir le nom du chantier ou du client sur chaque ligne de la facture mensuelle.",
        "Petite idée : un export CSV des transports par agence depuis le portail, pour notre compta analytique.",
    ],
    "it": [
        "Suggerimento: sarebbe comodo avere il nome del cliente su ogni riga della fattura mensile.",
        "Un'idea: un export CSV dei trasporti per sede dal portale, per il controllo di gestione.",
    ],
    "de": ["Vorschlag: der Kundenname auf jeder Zeile der Monatsrechnung wäre praktisch."],
    "en": ["Suggestion: the customer's name on each line of the monthly invoice would help."],
    "es": ["Sugerencia: el nombre del cliente en cada línea de la factura mensual."],
    "pt": ["Sugestão: o nome do cliente em cada linha da fatura mensal."],
}
B2B_ROUTINE_CHAT: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, on peut réserver un créneau récurrent tous les mardis pour les livraisons ?",
            "Bonjour ! Oui, dans le portail Pro > Réservations récurrentes, vous choisissez le jour et la plage.",
        ),
        (
            "Bonjour, comment j'ajoute un collègue sur le compte Pro ?",
            "Bonjour, portail Pro > Utilisateurs > Inviter, il reçoit un lien par e-mail.",
        ),
    ],
    "it": [
        (
            "Buongiorno, si può prenotare una fascia fissa ogni martedì per le consegne?",
            "Buongiorno! Sì, nel portale Pro > Prenotazioni ricorrenti scegli giorno e fascia.",
        ),
        (
            "Salve, come aggiungo un collega all'account Pro?",
            "Salve, portale Pro > Utenti > Invita, riceve un link via e-mail.",
        ),
    ],
    "de": [
        (
            "Hallo, kann man jeden Dienstag einen festen Termin buchen?",
            "Hallo! Ja, im Pro-Portal unter Wiederkehrende Buchungen.",
        )
    ],
    "en": [
        (
            "Hi, can we book a fixed slot every Tuesday for deliveries?",
            "Hi! Yes, Pro portal > Recurring bookings.",
        )
    ],
    "es": [
        (
            "Hola, se puede reservar una franja fija cada martes?",
            "¡Hola! Sí, en el portal Pro > Reservas recurrentes.",
        )
    ],
    "pt": [
        (
            "Olá, dá para marcar um horário fixo todas as terças?",
            "Olá! Sim, no portal Pro > Reservas recorrentes.",
        )
    ],
}
B2B_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Retour d'expérience Movetta Pro : 40 livraisons clients ce trimestre, zéro casse. L'équipe de Guillaume est top.",
        "Déménagement de nos bureaux fait un samedi, lundi 9h tout le monde avait son poste branché. Merci Movetta Pro.",
    ],
    "it": [
        "Esperienza con Movetta Pro: 40 consegne ai clienti nel trimestre, zero danni. La squadra di Davide è fantastica.",
        "Trasloco dell'ufficio fatto di sabato, lunedì alle 9 tutti con la postazione pronta. Grazie Movetta Pro.",
    ],
    "de": ["40 Lieferungen im Quartal mit Movetta Pro, null Schäden."],
    "en": ["40 customer deliveries this quarter with Movetta Pro, zero breakages."],
    "es": ["40 entregas este trimestre con Movetta Pro, cero roturas."],
    "pt": ["40 entregas este trimestre com a Movetta Pro, zero estragos."],
}
B2B_THANKS: dict[str, list[str]] = {
    "fr": ["Parfait, merci {agent} !", "Merci, c'est fait."],
    "it": ["Perfetto, grazie {agent}!", "Grazie, fatto."],
    "de": ["Danke {agent}!"],
    "en": ["Cheers {agent}!"],
    "es": ["¡Gracias {agent}!"],
    "pt": ["Obrigad[[a|o]] {agent}!"],
}
ADDONS: list[tuple[str, float, str]] = [
    ("Pro extra van day / Giornata furgone extra", 240.0, "/pro/addons/van-day"),
    ("Pro storage 10 m3 / Deposito Pro 10 m3", 120.0, "/pro/addons/storage"),
    ("Pro packing team / Squadra imballaggio Pro", 180.0, "/pro/addons/packing"),
]
PORTAL_PAGES = ["/pro/dashboard", "/pro/bookings", "/pro/invoices", "/pro/addresses", "/pro/users"]
