# ruff: noqa: E501
"""Business-arm wording of heldout58: Cadelia Business, gift vouchers for organisations on account.

Placeholders: {ref}, {first} (the first complainer's first name), {day} (a weekday),
{comp} (a competitor), {n} (a number of codes), {company}.
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "codes_inactive", "portal", "overbilled")

WEEKDAYS: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

B2B_PRODUCTS: list[tuple[str, float]] = [
    ("E-vouchers 50 EUR x 40 (employee reward)", 2000.0),
    ("E-vouchers 100 EUR x 25 (client gifts)", 2500.0),
    ("Team experience: cooking class, 12 people", 960.0),
    ("Anniversary boxes x 15", 1348.5),
    ("E-vouchers 30 EUR x 120 (year-end)", 3600.0),
]

B2B_PAGES = [
    "/business/portal",
    "/business/orders",
    "/business/invoices",
    "/business/recipients",
    "/business/catalogue",
]

# first complaint: (subject, body)
B2B_COMPLAINT: dict[str, dict[str, tuple[str, str]]] = {
    "invoice": {
        "fr": (
            "Facture non conforme",
            "Bonjour,\n\nLa facture de notre commande de bons de fin d'année est encore au nom de l'ancienne raison sociale et sans notre numéro de bon de commande. Notre comptabilité la rejette, et donc ne vous paie pas. C'est la deuxième commande dans ce cas.\n\nCordialement",
        ),
        "en": (
            "Invoice can't be processed",
            "Hello,\n\nThe invoice for our staff voucher order still carries our old company name and no PO number, so accounts payable have bounced it. That's the second order like this.\n\nRegards",
        ),
        "de": (
            "Rechnung fehlerhaft",
            "Guten Tag,\n\ndie Rechnung zu unserer Gutscheinbestellung trägt noch den alten Firmennamen und keine Bestellnummer. Unsere Buchhaltung weist sie zurück. Schon die zweite Bestellung so.\n\nMfG",
        ),
        "es": (
            "Factura incorrecta",
            "Buenos días:\n\nLa factura de nuestro pedido de bonos sigue con la razón social antigua y sin número de pedido. Contabilidad la rechaza. Es el segundo pedido así.\n\nUn saludo",
        ),
        "it": (
            "Fattura non conforme",
            "Buongiorno,\n\nla fattura dell'ordine di buoni riporta ancora la vecchia ragione sociale e nessun numero d'ordine. L'amministrazione la respinge. È il secondo ordine così.\n\nCordiali saluti",
        ),
        "pt": (
            "Fatura incorreta",
            "Bom dia,\n\na fatura da encomenda de vales ainda tem o nome antigo da empresa e nenhum número de nota de encomenda. A contabilidade rejeita-a. É a segunda vez.\n\nCumprimentos",
        ),
    },
    "codes_inactive": {
        "fr": (
            "Codes non activés",
            "Bonjour,\n\nNous avons distribué hier {n} bons à nos équipes et tous affichent « code pas encore actif ». La commande est payée depuis dix jours. Les collègues m'écrivent les uns après les autres, c'est très gênant pour la direction.\n\nMerci de régler ça en urgence",
        ),
        "en": (
            "Codes not active",
            "Hi,\n\nWe handed out {n} vouchers to staff yesterday and every single one says 'code not yet active'. The order was paid ten days ago. I've had people coming to my desk all morning.\n\nPlease treat as urgent",
        ),
        "de": (
            "Codes nicht aktiv",
            "Guten Tag,\n\nwir haben gestern {n} Gutscheine an die Belegschaft verteilt, alle zeigen 'Code noch nicht aktiv'. Bezahlt ist seit zehn Tagen.\n\nBitte dringend klären",
        ),
        "es": (
            "Códigos sin activar",
            "Hola:\n\nAyer repartimos {n} bonos a la plantilla y todos dicen «código aún no activo». El pedido está pagado hace diez días.\n\nEs urgente",
        ),
        "it": (
            "Codici non attivi",
            "Buongiorno,\n\nieri abbiamo distribuito {n} buoni al personale e tutti risultano «codice non ancora attivo». Pagato da dieci giorni.\n\nUrgente, grazie",
        ),
        "pt": (
            "Códigos inativos",
            "Bom dia,\n\nontem distribuímos {n} vales aos colaboradores e todos dizem «código ainda não ativo». Está pago há dez dias.\n\nÉ urgente",
        ),
    },
    "portal": {
        "fr": (
            "Portail: import impossible",
            "Bonjour,\n\nImpossible d'importer la liste des bénéficiaires dans le portail: le fichier (le vôtre, le modèle téléchargé chez vous) est refusé à chaque fois sans explication. On ne peut donc pas envoyer les e-cartes.\n\nBien cordialement",
        ),
        "en": (
            "Portal won't take our recipient list",
            "Hello,\n\nThe portal rejects our recipient list every time, and it's your own template. No error message, it just spins and fails. So we can't send any e-cards.\n\nThanks",
        ),
        "de": (
            "Portal: Empfängerliste",
            "Hallo,\n\ndas Portal lehnt unsere Empfängerliste jedes Mal ab, obwohl es Ihre Vorlage ist. Keine Fehlermeldung. Wir können keine E-Karten verschicken.\n\nGrüße",
        ),
        "es": (
            "Portal: lista de destinatarios",
            "Hola:\n\nEl portal rechaza siempre nuestra lista de destinatarios, y es vuestra plantilla. No podemos enviar las e-tarjetas.\n\nGracias",
        ),
        "it": (
            "Portale: elenco destinatari",
            "Buongiorno,\n\nil portale rifiuta sempre il nostro elenco destinatari, che è il vostro modello. Non possiamo inviare le e-card.\n\nGrazie",
        ),
        "pt": (
            "Portal: lista de destinatários",
            "Olá,\n\no portal recusa sempre a nossa lista de destinatários, e é o vosso modelo. Não conseguimos enviar os e-cards.\n\nObrigado",
        ),
    },
    "overbilled": {
        "fr": (
            "Tarif contrat non appliqué",
            "Bonjour,\n\nNotre contrat prévoit 12 % de remise au-delà de 50 bons. La dernière facture est au prix catalogue, soit plus de 400 € d'écart.\n\nMerci de corriger",
        ),
        "en": (
            "Contract discount missing",
            "Hello,\n\nOur contract gives 12% off above 50 vouchers. The last invoice is at list price, over £350 difference.\n\nPlease correct it",
        ),
        "de": (
            "Vertragsrabatt fehlt",
            "Guten Tag,\n\nlaut Vertrag gibt es ab 50 Gutscheinen 12 % Rabatt. Die letzte Rechnung ist zum Listenpreis, über 400 € Unterschied.\n\nBitte korrigieren",
        ),
        "es": (
            "Falta el descuento",
            "Hola:\n\nEl contrato dice 12 % a partir de 50 bonos. La última factura va a precio de catálogo, más de 400 € de diferencia.\n\nCorregidla por favor",
        ),
        "it": (
            "Sconto mancante",
            "Buongiorno,\n\nil contratto prevede il 12 % oltre i 50 buoni. L'ultima fattura è a listino, oltre 400 € di differenza.\n\nVi prego di correggere",
        ),
        "pt": (
            "Desconto em falta",
            "Bom dia,\n\no contrato prevê 12 % acima de 50 vales. A última fatura está a preço de tabela, mais de 400 € de diferença.\n\nCorrijam por favor",
        ),
    },
}

# later complainers of an at-risk account
B2B_FOLLOW: dict[str, str] = {
    "fr": "Bonjour,\n\n{first} vous a écrit {day} (dossier {ref}) et je rencontre le même problème de mon côté: {issue} Rien n'a bougé.\n\nCordialement",
    "en": "Hello,\n\n{first} wrote to you on {day} (case {ref}) and I'm hitting the same problem: {issue} Nothing has changed.\n\nRegards",
    "de": "Guten Tag,\n\n{first} hat Ihnen am {day} geschrieben (Vorgang {ref}), bei mir dasselbe: {issue} Es hat sich nichts getan.\n\nMfG",
    "es": "Hola:\n\n{first} os escribió el {day} (caso {ref}) y a mí me pasa lo mismo: {issue} No ha cambiado nada.\n\nSaludos",
    "it": "Buongiorno,\n\n{first} vi ha scritto {day} (pratica {ref}) e ho lo stesso problema: {issue} Non è cambiato nulla.\n\nSaluti",
    "pt": "Bom dia,\n\n{first} escreveu-vos na {day} (processo {ref}) e eu tenho o mesmo problema: {issue} Nada mudou.\n\nCumprimentos",
}

B2B_ISSUE: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "facture à l'ancien nom, sans bon de commande, rejetée par la compta.",
        "en": "invoice under our old name, no PO number, rejected by accounts.",
        "de": "Rechnung auf den alten Namen, ohne Bestellnummer, von der Buchhaltung abgelehnt.",
        "es": "factura con el nombre antiguo y sin número de pedido, rechazada.",
        "it": "fattura con la vecchia ragione sociale, senza numero d'ordine, respinta.",
        "pt": "fatura com o nome antigo, sem número de encomenda, rejeitada.",
    },
    "codes_inactive": {
        "fr": "les bons distribués affichent tous « code pas encore actif ».",
        "en": "every voucher we handed out says 'code not yet active'.",
        "de": "alle verteilten Gutscheine zeigen 'Code noch nicht aktiv'.",
        "es": "todos los bonos repartidos dicen «código aún no activo».",
        "it": "tutti i buoni distribuiti dicono «codice non ancora attivo».",
        "pt": "todos os vales distribuídos dizem «código ainda não ativo».",
    },
    "portal": {
        "fr": "le portail refuse la liste des bénéficiaires, aucune e-carte ne part.",
        "en": "the portal rejects the recipient list and no e-cards go out.",
        "de": "das Portal lehnt die Empfängerliste ab, keine E-Karte geht raus.",
        "es": "el portal rechaza la lista y no sale ninguna e-tarjeta.",
        "it": "il portale rifiuta l'elenco e nessuna e-card parte.",
        "pt": "o portal recusa a lista e não sai nenhum e-card.",
    },
    "overbilled": {
        "fr": "facture au prix catalogue au lieu du tarif contrat à -12 %.",
        "en": "invoice at list price instead of our 12% contract rate.",
        "de": "Rechnung zum Listenpreis statt mit 12 % Vertragsrabatt.",
        "es": "factura a precio de catálogo en vez del 12 % de contrato.",
        "it": "fattura a listino invece dello sconto del 12 % da contratto.",
        "pt": "fatura a preço de tabela em vez dos 12 % do contrato.",
    },
}

# the at-risk last contact, second message: e-mail (names a competitor) or call
B2B_LAST_EMAIL: dict[str, str] = {
    "fr": "Bonjour,\n\nDossier {ref}: toujours rien de réglé, et plusieurs collègues vous ont écrit. Les achats ont déjà demandé un devis à {comp}.\n\nCordialement",
    "en": "Hello,\n\nCase {ref}: still not fixed, and several of my colleagues have written to you. Procurement has already asked {comp} for a quote.\n\nRegards",
    "de": "Guten Tag,\n\nVorgang {ref}: immer noch nicht gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon ein Angebot bei {comp} angefragt.\n\nMfG",
    "es": "Hola:\n\nCaso {ref}: sigue sin resolverse y varios compañeros os han escrito. Compras ya ha pedido presupuesto a {comp}.\n\nSaludos",
    "it": "Buongiorno,\n\npratica {ref}: ancora nulla, e diversi colleghi vi hanno scritto. L'ufficio acquisti ha già chiesto un preventivo a {comp}.\n\nSaluti",
    "pt": "Bom dia,\n\nprocesso {ref}: continua igual e vários colegas já vos escreveram. As compras já pediram orçamento à {comp}.\n\nCumprimentos",
}

B2B_LAST_CALL: dict[str, str] = {
    "fr": "oui bonjour je vous appelle pour le dossier {ref} toujours rien de réglé plusieurs collègues vous ont écrit et ma directrice dit qu'on change de prestataire si c'est pas réglé cette semaine",
    "en": "hi I'm calling about case {ref} it's still not fixed several of us have written in and my director says we're moving to another provider if it's not sorted this week",
    "de": "ja guten Tag wegen Vorgang {ref} immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "es": "hola llamo por el caso {ref} sigue sin resolverse varios compañeros han escrito y mi jefa dice que cambiamos de proveedor si no se arregla esta semana",
    "it": "buongiorno chiamo per la pratica {ref} ancora niente diversi colleghi hanno scritto e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "bom dia ligo por causa do processo {ref} continua por resolver vários colegas escreveram e a minha diretora diz que mudamos de fornecedor se não ficar resolvido esta semana",
}

B2B_ACK: dict[str, str] = {
    "fr": "Bonjour,\n\nMerci pour votre message. Votre demande est enregistrée sous {ref}; votre chargée de compte revient vers vous rapidement.\n\n{agent}, Cadelia Business",
    "en": "Hello,\n\nThanks for your message. It's logged as {ref} and your account manager will come back to you shortly.\n\n{agent}, Cadelia Business",
    "de": "Guten Tag,\n\ndanke für Ihre Nachricht. Sie ist unter {ref} erfasst; Ihre Kundenbetreuung meldet sich in Kürze.\n\n{agent}, Cadelia Business",
    "es": "Hola:\n\nGracias por escribir. Queda registrado como {ref}; tu gestora de cuenta te contesta enseguida.\n\n{agent}, Cadelia Business",
    "it": "Buongiorno,\n\ngrazie del messaggio. È registrato come {ref}; la referente del vostro account vi risponde a breve.\n\n{agent}, Cadelia Business",
    "pt": "Bom dia,\n\nobrigado pela mensagem. Fica registado como {ref}; a gestora de conta responde em breve.\n\n{agent}, Cadelia Business",
}

B2B_SUGGEST: dict[str, list[str]] = {
    "fr": [
        "Suggestion: ce serait pratique de voir dans le portail le taux d'utilisation des bons par service, pour notre bilan RH.",
        "Petite idée: pouvoir choisir la langue de l'e-carte bénéficiaire par bénéficiaire (on a des équipes en Belgique et en Suisse).",
    ],
    "en": [
        "Suggestion: it'd be handy to see voucher redemption by department in the portal, for our HR report.",
        "Small idea: let us pick the e-card language per recipient, we've staff in several countries.",
    ],
    "de": [
        "Vorschlag: Einlösequote pro Abteilung im Portal wäre praktisch für unseren HR-Bericht.",
        "Idee: Sprache der E-Karte pro Empfänger wählbar machen.",
    ],
    "es": [
        "Sugerencia: ver en el portal el uso de los bonos por departamento nos vendría bien para RR. HH.",
        "Idea: poder elegir el idioma de la e-tarjeta por destinatario.",
    ],
    "it": [
        "Suggerimento: vedere nel portale l'utilizzo dei buoni per reparto sarebbe utile per l'HR.",
        "Idea: scegliere la lingua dell'e-card per destinatario.",
    ],
    "pt": [
        "Sugestão: ver no portal a utilização dos vales por departamento dava jeito aos RH.",
        "Ideia: escolher a língua do e-card por destinatário.",
    ],
}

B2B_SUGGEST_ACK: dict[str, str] = {
    "fr": "Bonjour,\n\nMerci pour l'idée, elle est transmise à l'équipe du portail.\n\n{agent}, Cadelia Business",
    "en": "Hello,\n\nThanks for the idea, it's gone to the portal team.\n\n{agent}, Cadelia Business",
    "de": "Guten Tag,\n\ndanke für die Idee, sie ist beim Portal-Team.\n\n{agent}, Cadelia Business",
    "es": "Hola:\n\nGracias por la idea, la pasamos al equipo del portal.\n\n{agent}, Cadelia Business",
    "it": "Buongiorno,\n\ngrazie dell'idea, l'abbiamo girata al team del portale.\n\n{agent}, Cadelia Business",
    "pt": "Bom dia,\n\nobrigado pela ideia, seguiu para a equipa do portal.\n\n{agent}, Cadelia Business",
}

B2B_CHAT: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, peut-on programmer l'envoi des e-cartes pour le 1er du mois ?",
            "Bonjour ! Oui, à l'étape 3 de la commande, « Programmer l'envoi ».",
        ),
        (
            "Les bons pros ont-ils la même durée de validité ?",
            "Oui, 3 ans, et prolongeables gratuitement une fois.",
        ),
    ],
    "en": [
        (
            "Hi, can we schedule the e-cards to go out on the 1st?",
            "Hi! Yes, step 3 of the order, 'Schedule sending'.",
        ),
        (
            "Do business vouchers last as long as consumer ones?",
            "Yes, 3 years, with one free extension.",
        ),
    ],
    "de": [
        (
            "Hallo, kann man den Versand der E-Karten auf den 1. planen?",
            "Hallo! Ja, in Schritt 3 der Bestellung, 'Versand planen'.",
        )
    ],
    "es": [
        (
            "Hola, ¿se puede programar el envío de las e-tarjetas para el día 1?",
            "¡Hola! Sí, en el paso 3, «Programar envío».",
        )
    ],
    "it": [
        (
            "Buongiorno, si può programmare l'invio delle e-card per il primo del mese?",
            "Buongiorno! Sì, al passo 3, «Programma invio».",
        )
    ],
    "pt": [
        (
            "Olá, dá para agendar o envio dos e-cards para dia 1?",
            "Olá! Dá, no passo 3, «Agendar envio».",
        )
    ],
}

B2B_THANKS: dict[str, list[str]] = {
    "fr": ["merci !", "parfait, merci"],
    "en": ["thanks!", "great, thank you"],
    "de": ["danke!", "super, danke"],
    "es": ["gracias!", "perfecto, gracias"],
    "it": ["grazie!", "perfetto, grazie"],
    "pt": ["obrigado!", "perfeito, obrigada"],
}

B2B_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Nos équipes ont adoré les bons de fin d'année, merci Cadelia. Le choix fait vraiment plaisir.",
        "Atelier cuisine d'équipe hier, ambiance au top, on refera.",
    ],
    "en": [
        "Staff loved the year-end vouchers, thanks Cadelia. Having a real choice makes a difference.",
        "Team cooking class yesterday, great fun, we'll do it again.",
    ],
    "de": ["Die Belegschaft war von den Gutscheinen begeistert. Danke Cadelia!"],
    "es": ["A la plantilla le encantaron los bonos de fin de año. ¡Gracias Cadelia!"],
    "it": ["Il personale ha adorato i buoni di fine anno. Grazie Cadelia!"],
    "pt": ["Os colaboradores adoraram os vales de fim de ano. Obrigado Cadelia!"],
}
