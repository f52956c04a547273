"""Business-arm wording for heldout119 (Guinzo Pro: dog care for firms on account).

Placeholders: {case}, {first}, {day}, {comp}.
"""

# ruff: noqa: E501

T = dict[str, list[str]]

B2B_PROBLEM: dict[str, dict[str, str]] = {
    "invoice": {
        "de": "die Monatsrechnung trägt wieder unseren alten Firmennamen und keine Bestellnummer, so kann die Buchhaltung nicht zahlen",
        "en": "the monthly invoice still shows our old company name and no PO number, so accounts can't pay it",
        "fr": "la facture mensuelle porte encore notre ancien nom et aucun numéro de commande",
        "es": "la factura mensual sigue con el nombre antiguo de la empresa y sin número de pedido",
        "it": "la fattura mensile riporta ancora il vecchio nome e nessun numero d'ordine",
        "pt": "a fatura mensal continua com o nome antigo e sem número de encomenda",
    },
    "service_blocked": {
        "de": "die Walker sagen, unser Konto sei 'gesperrt', und nehmen die Hunde der Gäste nicht mit, obwohl alles bezahlt ist",
        "en": "your walkers say our account is 'on hold' and won't take guests' dogs out, though every invoice is paid",
        "fr": "les promeneurs disent que notre compte est bloqué alors que tout est payé",
        "es": "los paseadores dicen que la cuenta está bloqueada aunque está todo pagado",
        "it": "i dogsitter dicono che l'account è bloccato anche se è tutto pagato",
        "pt": "os passeadores dizem que a conta está bloqueada apesar de estar tudo pago",
    },
    "portal": {
        "de": "im Firmenportal werden keine laufenden Buchungen angezeigt, wir können nichts abbestellen und es wird weiter berechnet",
        "en": "the business portal shows no active bookings, so we can't stop any and they keep billing",
        "fr": "le portail n'affiche aucune réservation en cours, impossible d'arrêter quoi que ce soit",
        "es": "el portal no muestra reservas activas y no podemos anular nada",
        "it": "il portale non mostra prenotazioni attive e non possiamo disdire niente",
        "pt": "o portal não mostra reservas ativas e não conseguimos cancelar nada",
    },
    "overbilled": {
        "de": "uns wird der Einzelpreis pro Runde berechnet statt der vereinbarten Monatspauschale, über 700 € Differenz",
        "en": "we're billed per walk instead of our agreed monthly flat rate, over £600 difference",
        "fr": "on nous facture à la promenade au lieu du forfait mensuel convenu, plus de 700 € d'écart",
        "es": "nos cobran por paseo en vez de la tarifa plana mensual pactada, más de 700 € de diferencia",
        "it": "ci fatturate a passeggiata invece della tariffa mensile concordata, oltre 700 € di differenza",
        "pt": "cobram-nos por passeio em vez da tarifa mensal acordada, mais de 700 € de diferença",
    },
}

FIRST_COMPLAINT: T = {
    "de": ["Guten Tag, {problem}. Bitte um kurzfristige Korrektur. Mit freundlichen Grüßen"],
    "en": ["Hello, {problem}. Please correct this urgently. Regards"],
    "fr": ["Bonjour, {problem}. Merci de corriger rapidement. Cordialement"],
    "es": ["Buenos días, {problem}. Rogamos lo corrijan cuanto antes. Saludos"],
    "it": ["Buongiorno, {problem}. Vi chiediamo di correggere al più presto. Saluti"],
    "pt": ["Bom dia, {problem}. Pedimos correção urgente. Cumprimentos"],
}

LATER_COMPLAINT: T = {
    "de": [
        "Hallo, {first} aus unserem Team hat am {day} schon wegen {case} geschrieben: {problem}. Bei mir genauso."
    ],
    "en": ["Hi, my colleague {first} already wrote on {day} about {case}: {problem}. Same here."],
    "fr": [
        "Bonjour, {first} vous a déjà écrit {day} au sujet de {case} : {problem}. Pareil chez moi."
    ],
    "es": ["Hola, {first} ya os escribió el {day} por {case}: {problem}. A mí me pasa igual."],
    "it": ["Buongiorno, {first} vi ha già scritto {day} per {case}: {problem}. Anche per me."],
    "pt": ["Olá, {first} já escreveu {day} sobre {case}: {problem}. Comigo igual."],
}

LAST_MAIL: T = {
    "de": [
        "Zu {case}: immer noch nicht behoben, mehrere Kollegen haben geschrieben. Unser Einkauf hat bereits Angebote bei {comp} angefragt."
    ],
    "en": [
        "Re {case}: still not fixed and several colleagues have written. Procurement has already asked {comp} for their rates."
    ],
    "fr": [
        "Pour {case} : toujours pas réglé, plusieurs collègues ont écrit. Les achats ont demandé un devis à {comp}."
    ],
    "es": [
        "Sobre {case}: sigue sin arreglarse y han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}."
    ],
    "it": [
        "Per {case}: ancora non risolto, hanno scritto diversi colleghi. Gli acquisti hanno già chiesto un'offerta a {comp}."
    ],
    "pt": [
        "Sobre {case}: continua por resolver e vários colegas escreveram. As compras já pediram preços à {comp}."
    ],
}

LAST_CALL: T = {
    "de": [
        "ja guten Tag ich ruf an wegen {case} das ist immer noch nicht behoben mehrere Kollegen haben schon geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht läuft"
    ],
    "en": [
        "hi it's about {case} it's still not fixed several of my colleagues have written in and my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "oui bonjour c'est pour {case} toujours pas réglé plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas fait cette semaine"
    ],
    "es": [
        "hola llamo por {case} sigue sin arreglarse han escrito varios compañeros y mi jefe dice que nos vamos a otro proveedor si no se soluciona esta semana"
    ],
    "it": [
        "pronto chiamo per {case} non è ancora risolto hanno scritto vari colleghi il mio capo dice che cambiamo fornitore se non si sistema questa settimana"
    ],
    "pt": [
        "olá ligo por causa do {case} continua por resolver vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}

ACK: T = {
    "de": [
        "Vielen Dank, wir haben den Vorgang {case} angelegt und prüfen das umgehend. Guinzo Pro"
    ],
    "en": ["Thank you, we've opened case {case} and are looking into it. Guinzo Pro"],
    "fr": ["Merci, nous avons ouvert la demande {case}. Guinzo Pro"],
    "es": ["Gracias, hemos abierto la incidencia {case}. Guinzo Pro"],
    "it": ["Grazie, abbiamo aperto la segnalazione {case}. Guinzo Pro"],
    "pt": ["Obrigado, abrimos o pedido {case}. Guinzo Pro"],
}

SUGGEST: T = {
    "de": [
        "Wäre schön, wenn die Rechnung pro Standort aufgeschlüsselt würde.",
        "Anregung: Impfstatus der Hunde im Portal exportierbar machen?",
    ],
    "en": [
        "It would help if the invoice were split per site.",
        "Suggestion: could the portal export walk times by cost centre?",
    ],
    "fr": ["Ce serait bien d'avoir la facture par site."],
    "es": ["Estaría bien tener la factura desglosada por centro."],
    "it": ["Sarebbe utile la fattura divisa per sede."],
    "pt": ["Seria útil a fatura dividida por local."],
}

SUGGEST_ACK: T = {
    "de": ["Danke für die Anregung, wir nehmen sie auf."],
    "en": ["Thanks for the suggestion, we've noted it."],
    "fr": ["Merci pour la suggestion."],
    "es": ["Gracias por la sugerencia."],
    "it": ["Grazie per il suggerimento."],
    "pt": ["Obrigado pela sugestão."],
}

B2B_Q: T = {
    "de": ["Können wir für Freitag zwei zusätzliche Runden für Gästehunde buchen?"],
    "en": ["Can we add two extra walks for guests' dogs on Friday?"],
    "fr": ["Pouvons-nous ajouter deux promenades vendredi ?"],
    "es": ["¿Podemos añadir dos paseos extra el viernes?"],
    "it": ["Possiamo aggiungere due passeggiate venerdì?"],
    "pt": ["Podemos juntar dois passeios extra na sexta?"],
}

B2B_A: T = {
    "de": ["Ja, ist eingetragen. Guinzo Pro"],
    "en": ["Yes, that's booked. Guinzo Pro"],
    "fr": ["Oui, c'est réservé."],
    "es": ["Sí, reservado."],
    "it": ["Sì, prenotato."],
    "pt": ["Sim, marcado."],
}

B2B_PRAISE: T = {
    "de": [
        "Unsere Mitarbeitenden lieben den Bürohund-Service von Guinzo Pro, läuft seit Monaten reibungslos."
    ],
    "en": ["Guinzo Pro has made our dog-friendly office actually work, months without a hitch."],
    "fr": ["Guinzo Pro, impeccable depuis des mois pour nos clients avec chiens."],
    "es": ["Guinzo Pro nos funciona de maravilla desde hace meses."],
    "it": ["Guinzo Pro funziona benissimo da mesi."],
    "pt": ["A Guinzo Pro funciona muito bem há meses."],
}

WEEKDAY = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
