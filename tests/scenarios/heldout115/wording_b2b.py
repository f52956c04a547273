# ruff: noqa: E501
"""Business-arm wording for heldout115: Quadrelo Trade (repairs on account for firms).

Placeholders: {ref} case reference, {agent}, {name}, {first} the colleague who wrote
first, {when} when they wrote, {what} the problem restated, {comp} a competitor,
{company} the firm.
"""

from __future__ import annotations

TRADE = "Quadrelo Trade"

# (label, price in euros)
TRADE_PRODUCTS: list[tuple[str, int]] = [
    ("Trade battery change, batch of 10 / Troca de pilha revenda, lote de 10", 120),
    ("Trade full service, mechanical / Revisão completa revenda, mecânico", 170),
    ("Trade water-resistance test / Teste de estanquidade revenda", 14),
    ("Valuation report / Relatório de avaliação", 60),
    ("Lobby clock service on site / Revisão de relógio de átrio no local", 260),
    ("Tower clock inspection / Inspeção de relógio de torre", 420),
    ("Trade crystal replacement / Substituição de vidro revenda", 70),
]

TRADE_PAGES: list[str] = [
    "/trade/portal",
    "/trade/jobs",
    "/trade/invoices",
    "/trade/batches",
    "/trade/rates",
    "/trade/on-site",
]

COMPANY_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_SUBJECT: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "Faturas sem número de trabalho",
        "es": "Facturas sin número de trabajo",
        "en": "Invoices without job numbers",
        "de": "Rechnungen ohne Auftragsnummern",
        "it": "Fatture senza numero di lavoro",
        "fr": "Factures sans numéro de travail",
    },
    "service_blocked": {
        "pt": "Recolha recusada, conta bloqueada",
        "es": "Recogida rechazada, cuenta bloqueada",
        "en": "Collection refused, account on hold",
        "de": "Abholung verweigert, Konto gesperrt",
        "it": "Ritiro rifiutato, conto bloccato",
        "fr": "Enlèvement refusé, compte bloqué",
    },
    "portal": {
        "pt": "Portal Trade sem trabalhos",
        "es": "Portal Trade sin trabajos",
        "en": "Trade portal shows no jobs",
        "de": "Trade-Portal zeigt keine Aufträge",
        "it": "Portale Trade senza lavori",
        "fr": "Portail Trade sans travaux",
    },
    "overbilled": {
        "pt": "Preços de balcão em vez da tarifa Trade",
        "es": "Precios de tienda en vez de tarifa Trade",
        "en": "Retail prices instead of trade rate",
        "de": "Endkundenpreise statt Händlertarif",
        "it": "Prezzi al pubblico invece della tariffa Trade",
        "fr": "Prix publics au lieu du tarif Trade",
    },
}

B2B_FIRST: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "Bom dia,\n\nas faturas de setembro da Quadrelo Trade chegaram sem número de trabalho nem nome do cliente final em nenhuma linha. Temos 46 reparações num só documento e não conseguimos saber qual é de quem, por isso não conseguimos cobrar aos nossos clientes. Podem reemitir com os números?\n\nObrigada,\n{name}",
        "es": "Buenos días:\n\nlas facturas de septiembre de Quadrelo Trade llegan sin número de trabajo ni nombre del cliente en ninguna línea. Son más de 40 reparaciones en un documento y no sabemos cuál es de quién, así que no podemos cobrar a nuestros clientes. ¿Podéis reemitirlas con los números?\n\nGracias,\n{name}",
        "en": "Hello,\n\nSeptember's Quadrelo Trade invoices arrived with no job numbers and no end-client names on any line. Over 40 repairs on one document and we can't tell which is whose, so we can't bill our customers. Could you reissue them with the job numbers?\n\nThanks,\n{name}",
        "de": "Guten Tag,\n\ndie Rechnungen von Quadrelo Trade für September kamen ohne Auftragsnummern und ohne Kundennamen auf den Positionen. Über 40 Reparaturen auf einem Beleg, wir können nichts zuordnen und unseren Einlieferern nichts berechnen. Bitte mit Auftragsnummern neu ausstellen.\n\nMit freundlichen Grüßen\n{name}",
        "it": "Buongiorno,\n\nle fatture di settembre di Quadrelo Trade sono arrivate senza numero di lavoro né nome del cliente su nessuna riga. Più di 40 riparazioni in un documento e non sappiamo di chi sono. Potete riemetterle con i numeri?\n\nGrazie,\n{name}",
        "fr": "Bonjour,\n\nles factures Quadrelo Trade de septembre sont arrivées sans numéro de travail ni nom du client final sur aucune ligne. Plus de 40 réparations sur un document, impossible de savoir qui est qui. Pouvez-vous les rééditer avec les numéros ?\n\nMerci,\n{name}",
    },
    "service_blocked": {
        "pt": "Bom dia,\n\no estafeta da Quadrelo recusou hoje levar o nosso lote de relógios: diz que a conta está 'bloqueada por falta de pagamento'. Está tudo pago, a última fatura foi liquidada a 14 de setembro, tenho o comprovativo. Temos hóspedes à espera dos relógios deles.\n\n{name}",
        "es": "Buenos días:\n\nel mensajero de Quadrelo se ha negado hoy a llevarse nuestro lote: dice que la cuenta está 'bloqueada por impago'. Está todo pagado, la última factura se abonó el 14 de septiembre y tengo el justificante. Tenemos clientes esperando sus relojes.\n\n{name}",
        "en": "Hello,\n\nyour courier refused to take our batch today, saying the account is 'on hold for non-payment'. Everything is paid, the last invoice was settled on 14 September and I have the remittance. We have clients waiting.\n\n{name}",
        "de": "Guten Tag,\n\nIhr Kurier hat heute die Abholung unserer Sammelsendung verweigert: Konto 'wegen Zahlungsverzug gesperrt'. Alles ist bezahlt, die letzte Rechnung am 14. September, Beleg liegt vor.\n\n{name}",
        "it": "Buongiorno,\n\noggi il vostro corriere si è rifiutato di ritirare il nostro lotto: dice che il conto è 'bloccato per mancato pagamento'. È tutto pagato, ultima fattura saldata il 14 settembre.\n\n{name}",
        "fr": "Bonjour,\n\nvotre coursier a refusé aujourd'hui d'enlever notre lot : compte 'bloqué pour impayé'. Tout est réglé, la dernière facture le 14 septembre, j'ai le justificatif.\n\n{name}",
    },
    "portal": {
        "pt": "Olá,\n\no portal Quadrelo Trade mostra 'Sem trabalhos em curso' desde segunda, mas temos pelo menos 30 relógios convosco. Os clientes ligam a perguntar e não sabemos responder, nem prazos nem orçamentos.\n\n{name}",
        "es": "Hola:\n\nel portal de Quadrelo Trade pone 'Sin trabajos en curso' desde el lunes, y tenéis al menos 30 relojes nuestros. Los clientes llaman a preguntar y no sabemos qué decirles, ni plazos ni presupuestos.\n\n{name}",
        "en": "Hi,\n\nthe Quadrelo Trade portal has shown 'No jobs in progress' since Monday, but you have at least 30 of our watches. Clients ring and we can't tell them anything.\n\n{name}",
        "de": "Hallo,\n\nim Quadrelo-Trade-Portal steht seit Montag 'Keine laufenden Aufträge', obwohl Sie mindestens 30 Uhren von uns haben. Wir können unseren Kunden nichts sagen.\n\n{name}",
        "it": "Salve,\n\nil portale Quadrelo Trade mostra 'Nessun lavoro in corso' da lunedì, ma avete almeno 30 nostri orologi. I clienti chiamano e non sappiamo cosa rispondere.\n\n{name}",
        "fr": "Bonjour,\n\nle portail Quadrelo Trade affiche 'Aucun travail en cours' depuis lundi alors que vous avez au moins 30 de nos montres. Les clients appellent et nous ne savons rien leur dire.\n\n{name}",
    },
    "overbilled": {
        "pt": "Olá,\n\na fatura deste mês aplica preços de balcão a todas as linhas, em vez da nossa tarifa Trade com 30 % de desconto, como está no contrato. São mais de 700 € de diferença. Peço a correção.\n\n{name}",
        "es": "Hola:\n\nla factura de este mes aplica precios de tienda a todas las líneas en lugar de nuestra tarifa Trade con un 30 % de descuento, como dice el contrato. Son más de 700 € de diferencia. Solicito la corrección.\n\n{name}",
        "en": "Hello,\n\nthis month's invoice uses retail prices on every line instead of our contracted trade rate (30 % off). That's over 700 € difference. Please correct it.\n\n{name}",
        "de": "Guten Tag,\n\ndie Rechnung dieses Monats hat auf allen Positionen Endkundenpreise statt unseres vertraglichen Händlertarifs (30 % Rabatt). Über 700 € Unterschied. Bitte korrigieren.\n\n{name}",
        "it": "Salve,\n\nla fattura di questo mese applica prezzi al pubblico su tutte le righe invece della nostra tariffa Trade con il 30 % di sconto. Oltre 700 € di differenza. Chiedo la correzione.\n\n{name}",
        "fr": "Bonjour,\n\nla facture du mois applique les prix publics sur toutes les lignes au lieu de notre tarif Trade (30 % de remise). Plus de 700 € d'écart. Merci de corriger.\n\n{name}",
    },
}

B2B_WHAT: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "as faturas continuam sem número de trabalho nem cliente",
        "es": "las facturas siguen sin número de trabajo ni cliente",
        "en": "the invoices still have no job numbers or client names",
        "de": "die Rechnungen haben immer noch keine Auftragsnummern",
        "it": "le fatture sono ancora senza numero di lavoro",
        "fr": "les factures n'ont toujours pas de numéro de travail",
    },
    "service_blocked": {
        "pt": "a conta continua bloqueada e o estafeta não leva os relógios",
        "es": "la cuenta sigue bloqueada y el mensajero no se lleva los relojes",
        "en": "the account is still on hold and the courier won't take our watches",
        "de": "das Konto ist weiter gesperrt und der Kurier nimmt nichts mit",
        "it": "il conto è ancora bloccato e il corriere non ritira",
        "fr": "le compte est toujours bloqué et le coursier ne prend rien",
    },
    "portal": {
        "pt": "o portal continua a mostrar zero trabalhos",
        "es": "el portal sigue mostrando cero trabajos",
        "en": "the portal still shows no jobs",
        "de": "das Portal zeigt weiter keine Aufträge",
        "it": "il portale mostra ancora zero lavori",
        "fr": "le portail n'affiche toujours aucun travail",
    },
    "overbilled": {
        "pt": "continuam a faturar-nos a preço de balcão",
        "es": "nos siguen facturando a precio de tienda",
        "en": "we're still billed retail prices",
        "de": "wir werden weiter zu Endkundenpreisen abgerechnet",
        "it": "ci fatturate ancora a prezzo pieno",
        "fr": "on nous facture toujours au prix public",
    },
}

WEEKDAY: dict[str, list[str]] = {
    "pt": [
        "na segunda-feira",
        "na terça-feira",
        "na quarta-feira",
        "na quinta-feira",
        "na sexta-feira",
    ],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
}

THIS_MORNING: dict[str, str] = {
    "pt": "hoje de manhã",
    "es": "esta mañana",
    "en": "this morning",
    "de": "heute Morgen",
    "it": "stamattina",
    "fr": "ce matin",
}

B2B_LATER: dict[str, list[str]] = {
    "pt": [
        "Olá,\n\na {first}, aqui da loja, já vos escreveu {when} sobre isto (processo {ref}): {what}. Aqui continua tudo igual e sou eu que atendo os clientes.\n\n{name}",
        "Olá,\n\nvolto ao processo {ref}, que a {first} abriu {when}: {what}. Precisamos disto resolvido, não dá para continuar assim.\n\n{name}",
    ],
    "es": [
        "Hola:\n\n{first}, de aquí, ya os escribió {when} sobre esto (incidencia {ref}): {what}. Aquí sigue todo igual y soy yo quien atiende a los clientes.\n\n{name}",
        "Hola:\n\nsobre la incidencia {ref} que abrió {first} {when}: {what}. Necesitamos que se resuelva ya.\n\n{name}",
    ],
    "en": [
        "Hello,\n\nmy colleague {first} already wrote to you {when} about this (case {ref}): {what}. Nothing has changed on our side.\n\n{name}"
    ],
    "de": [
        "Guten Tag,\n\n{first} aus unserem Team hat Ihnen {when} schon geschrieben (Vorgang {ref}): {what}. Bei uns hat sich nichts geändert.\n\n{name}"
    ],
    "it": [
        "Buongiorno,\n\n{first} del nostro ufficio vi ha già scritto {when} (segnalazione {ref}): {what}. Da noi non è cambiato niente.\n\n{name}"
    ],
    "fr": [
        "Bonjour,\n\n{first}, de notre équipe, vous a déjà écrit {when} (dossier {ref}) : {what}. Rien n'a changé de notre côté.\n\n{name}"
    ],
}

B2B_LAST_EMAIL: dict[str, str] = {
    "pt": "Processo {ref}: {what}. Já vos escreveram várias pessoas daqui e nada. As compras já pediram preços à {comp}.\n\n{name}",
    "es": "Incidencia {ref}: {what}. Ya os han escrito varias personas de aquí y nada. Compras ya ha pedido tarifas a {comp}.\n\n{name}",
    "en": "Case {ref}: {what}. Several of us have written and nothing. Procurement has already asked {comp} for their rates.\n\n{name}",
    "de": "Vorgang {ref}: {what}. Mehrere Kollegen haben geschrieben, nichts passiert. Der Einkauf hat schon bei {comp} nach Preisen gefragt.\n\n{name}",
    "it": "Segnalazione {ref}: {what}. Vi abbiamo scritto in diversi e niente. L'ufficio acquisti ha già chiesto i prezzi a {comp}.\n\n{name}",
    "fr": "Dossier {ref} : {what}. Plusieurs d'entre nous vous ont écrit, rien. Les achats ont déjà demandé les tarifs de {comp}.\n\n{name}",
}

B2B_LAST_CALL: dict[str, str] = {
    "pt": "olá ligo por causa do processo {ref} {what} já vos escreveram várias pessoas daqui e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "es": "hola llamo por la incidencia {ref} {what} ya os han escrito varios compañeros y mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor",
    "en": "hi I'm calling about case {ref} {what} several of us have written and my boss says if it isn't fixed this week we move the account",
    "de": "guten Tag ich rufe wegen Vorgang {ref} an {what} mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir",
    "it": "salve chiamo per la segnalazione {ref} {what} vi hanno scritto in tanti e il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "fr": "bonjour j'appelle pour le dossier {ref} {what} plusieurs collègues vous ont écrit et mon chef dit que si ce n'est pas réglé cette semaine on change de prestataire",
}

B2B_ACK: dict[str, tuple[str, str]] = {
    "pt": (
        "RE: {subject} [Processo {ref}]",
        "Olá {name},\n\nobrigado pelo aviso. Registámos o processo {ref} e a equipa Trade está a analisar; damos resposta o mais depressa possível.\n\n{agent}\nQuadrelo Trade",
    ),
    "es": (
        "RE: {subject} [Incidencia {ref}]",
        "Hola {name}:\n\ngracias por avisarnos. Hemos registrado la incidencia {ref} y el equipo Trade la está revisando; te respondemos lo antes posible.\n\n{agent}\nQuadrelo Trade",
    ),
    "en": (
        "Re: {subject} [Case {ref}]",
        "Hi {name},\n\nthanks for letting us know. We've logged case {ref} and the Trade team is on it; we'll get back to you as soon as we can.\n\n{agent}\nQuadrelo Trade",
    ),
    "de": (
        "AW: {subject} [Vorgang {ref}]",
        "Hallo {name},\n\ndanke für die Nachricht. Wir haben den Vorgang {ref} angelegt, das Trade-Team prüft ihn; Sie hören so bald wie möglich von uns.\n\n{agent}\nQuadrelo Trade",
    ),
    "it": (
        "R: {subject} [Segnalazione {ref}]",
        "Ciao {name},\n\ngrazie della segnalazione. Abbiamo aperto la pratica {ref} e il team Trade la sta verificando; le rispondiamo al più presto.\n\n{agent}\nQuadrelo Trade",
    ),
    "fr": (
        "RE : {subject} [Dossier {ref}]",
        "Bonjour {name},\n\nmerci du signalement. Nous avons ouvert le dossier {ref} et l'équipe Trade s'en occupe ; nous revenons vers vous au plus vite.\n\n{agent}\nQuadrelo Trade",
    ),
}

B2B_SUGGEST: dict[str, dict[str, str]] = {
    "export": {
        "pt": "Sugestão: seria ótimo poder exportar os trabalhos do portal por nome de cliente, para Excel. Hoje copiamos à mão.",
        "es": "Sugerencia: estaría genial poder exportar los trabajos del portal por nombre de cliente a Excel. Ahora lo copiamos a mano.",
        "en": "Suggestion: it'd be great to export portal jobs by client name to a spreadsheet. We copy them by hand today.",
        "de": "Vorschlag: Ein Export der Aufträge nach Kundenname als Tabelle wäre toll. Heute tippen wir ab.",
        "it": "Suggerimento: sarebbe utile esportare i lavori del portale per nome cliente in Excel.",
        "fr": "Suggestion : pouvoir exporter les travaux du portail par nom de client vers un tableur serait top.",
    },
    "photos": {
        "pt": "Uma ideia: podiam pôr as fotos do movimento antes e depois no relatório de cada trabalho? Os nossos clientes adoram ver.",
        "es": "Una idea: ¿podríais incluir fotos del movimiento antes y después en el informe de cada trabajo? A los clientes les encanta.",
        "en": "An idea: could the job report include before-and-after photos of the movement? Our clients love seeing them.",
        "de": "Eine Idee: Vorher-Nachher-Fotos des Werks im Auftragsbericht wären super, unsere Kunden mögen das.",
        "it": "Un'idea: potreste mettere le foto del movimento prima e dopo nel rapporto di ogni lavoro?",
        "fr": "Une idée : des photos du mouvement avant et après dans le rapport de chaque travail ?",
    },
}

B2B_SUGGEST_ACK: dict[str, tuple[str, str]] = {
    "pt": (
        "Obrigado pela sugestão",
        "Olá {name},\n\nobrigado pela sugestão, já a passámos à equipa do portal.\n\n{agent}\nQuadrelo Trade",
    ),
    "es": (
        "Gracias por la sugerencia",
        "Hola {name}:\n\ngracias por la sugerencia, ya la hemos pasado al equipo del portal.\n\n{agent}\nQuadrelo Trade",
    ),
    "en": (
        "Thanks for the suggestion",
        "Hi {name},\n\nthanks for the suggestion, we've passed it to the portal team.\n\n{agent}\nQuadrelo Trade",
    ),
    "de": (
        "Danke für den Vorschlag",
        "Hallo {name},\n\ndanke für den Vorschlag, er liegt beim Portal-Team.\n\n{agent}\nQuadrelo Trade",
    ),
    "it": (
        "Grazie del suggerimento",
        "Ciao {name},\n\ngrazie del suggerimento, l'abbiamo girato al team del portale.\n\n{agent}\nQuadrelo Trade",
    ),
    "fr": (
        "Merci pour la suggestion",
        "Bonjour {name},\n\nmerci pour la suggestion, nous l'avons transmise à l'équipe du portail.\n\n{agent}\nQuadrelo Trade",
    ),
}

B2B_QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Olá, qual é o prazo atual para revisões completas Trade?",
            "Olá! Neste momento 12 dias úteis a partir da aprovação. {agent}",
        ),
        (
            "Podem recolher o lote amanhã em vez de sexta?",
            "Claro, já alterámos a recolha para amanhã entre as 10h e as 12h. {agent}",
        ),
        (
            "Olá, a inspeção do relógio da torre pode ser num sábado?",
            "Pode, com marcação prévia de uma semana. {agent}",
        ),
    ],
    "es": [
        (
            "Hola, ¿qué plazo tenéis ahora para revisiones completas Trade?",
            "¡Hola! Ahora mismo 12 días laborables desde la aprobación. {agent}",
        ),
        (
            "¿Podéis pasar a recoger el lote mañana en vez del viernes?",
            "Sin problema, cambiada la recogida a mañana de 10 a 12. {agent}",
        ),
        (
            "Hola, ¿el relojero puede venir a ver el reloj del vestíbulo un sábado?",
            "Sí, reservándolo con una semana de antelación. {agent}",
        ),
    ],
    "en": [
        (
            "Hi, what's the current turnaround on trade full services?",
            "Hi! 12 working days from approval right now. {agent}",
        )
    ],
    "de": [
        (
            "Hallo, wie lange dauern Händler-Revisionen gerade?",
            "Hallo! Aktuell 12 Werktage ab Freigabe. {agent}",
        )
    ],
    "it": [
        (
            "Buongiorno, che tempi avete ora per le revisioni Trade?",
            "Buongiorno! Al momento 12 giorni lavorativi dall'approvazione. {agent}",
        )
    ],
    "fr": [
        (
            "Bonjour, quel délai en ce moment pour les révisions Trade ?",
            "Bonjour ! 12 jours ouvrés à partir de l'accord. {agent}",
        )
    ],
}

B2B_THANKS: dict[str, list[str]] = {
    "pt": ["Obrigada!", "Perfeito, obrigado."],
    "es": ["¡Gracias!", "Perfecto, gracias."],
    "en": ["Great, thanks."],
    "de": ["Danke!"],
    "it": ["Grazie!"],
    "fr": ["Merci !"],
}

B2B_PRAISE: dict[str, list[str]] = {
    "pt": [
        "Trabalhamos com a Quadrelo Trade há um ano e os prazos cumprem-se sempre. Os clientes da loja notam.",
        "Mais um lote de 20 relógios devolvido em 10 dias, tudo com certificado. Excelente parceiro.",
    ],
    "es": [
        "Llevamos un año con Quadrelo Trade y los plazos se cumplen siempre. Nuestros clientes lo notan.",
        "Otro lote de 20 relojes devuelto en 10 días, todo con certificado. Un socio de confianza.",
    ],
    "en": ["A year with Quadrelo Trade and they've never missed a deadline. Our clients notice."],
    "de": ["Seit einem Jahr mit Quadrelo Trade, Termine immer eingehalten. Sehr zuverlässig."],
    "it": ["Un anno con Quadrelo Trade e tempi sempre rispettati. Partner affidabile."],
    "fr": ["Un an avec Quadrelo Trade, délais toujours tenus. Partenaire fiable."],
}

B2B_SURVEY_WORDS: dict[str, list[str]] = {
    "pt": ["", "Muito bom", "Fiável"],
    "es": ["", "Muy bien", "Fiables"],
    "en": ["", "Reliable"],
    "de": ["", "Zuverlässig"],
    "it": ["", "Affidabili"],
    "fr": ["", "Fiable"],
}

B2B_NPS_WORDS: dict[str, list[str]] = {
    "pt": ["", "Problema por resolver.", "Inaceitável"],
    "es": ["", "Problema sin resolver.", "Inaceptable"],
    "en": ["", "Problem still open."],
    "de": ["", "Problem ungelöst."],
    "it": ["", "Problema irrisolto."],
    "fr": ["", "Problème non réglé."],
}

JOB_TITLES: list[str] = [
    "Store manager",
    "Owner",
    "Workshop coordinator",
    "Accounts assistant",
    "Head of procurement",
    "Facilities manager",
    "Sales assistant",
    "Operations lead",
    "Front office manager",
    "Curator",
    "Office manager",
    "Finance officer",
]
