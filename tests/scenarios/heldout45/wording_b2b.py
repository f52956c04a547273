# ruff: noqa: E501
"""Company wording for heldout45: Ouvela Work (workplace hearing screening and
custom ear protection for firms on account, with a portal and per-site invoices)."""

ARM = "Ouvela Work"

B2B_PRODUCTS = [
    ("Screening day, up to 40 staff", "/work/screening-day", 1450.00),
    ("Custom ear protection, 10 pairs", "/work/ear-protection", 890.00),
    ("Noise survey, one site", "/work/noise-survey", 620.00),
    ("Refit visit, moulds", "/work/refit", 340.00),
]
B2B_PAGES = [
    "/work/portal",
    "/work/portal/results",
    "/work/portal/invoices",
    "/work/portal/sites",
    "/work/book",
]

B2B_CHAT_Q = {
    "en": [
        (
            "Can we add two agency workers to Thursday's screening at the Leeds site?",
            "Yes, both added; the audiologist has the list.",
        ),
        (
            "Is the noise survey report in the portal yet?",
            "It went up this morning under Sites > Reports.",
        ),
    ],
    "pt": [
        (
            "Podemos acrescentar dois trabalhadores ao rastreio de quinta no armazem?",
            "Sim, ja estao na lista da audiologista.",
        ),
        (
            "O relatorio de ruido ja esta no portal?",
            "Sim, foi publicado hoje em Instalações > Relatórios.",
        ),
    ],
    "fr": [
        (
            "Peut-on ajouter deux intérimaires au dépistage de jeudi ?",
            "Oui, c'est fait, l'audioprothésiste a la liste.",
        )
    ],
    "es": [
        ("¿Podemos añadir dos trabajadores al cribado del jueves?", "Sí, ya están en la lista.")
    ],
    "de": [
        (
            "Können wir zwei Leiharbeiter zum Screening am Donnerstag dazunehmen?",
            "Ja, sind auf der Liste.",
        )
    ],
    "it": [
        (
            "Possiamo aggiungere due interinali allo screening di giovedì?",
            "Sì, aggiunti alla lista.",
        )
    ],
}

B2B_PRAISE = {
    "en": [
        "Screening day with {arm} at our plant went like clockwork, 38 staff done before lunch and the results were in the portal by 4",
        "The custom ear protection from {arm} is the first kind our lads actually keep in. Good kit",
    ],
    "pt": [
        "O dia de rastreio da {arm} na fabrica correu na perfeição, 40 pessoas antes do almoço",
        "Os protetores por medida da {arm} sao os primeiros que o pessoal usa mesmo. Recomendo",
    ],
    "fr": ["Journée de dépistage {arm} parfaite sur notre site, tout le monde vu avant midi"],
    "es": ["El cribado de {arm} en la nave fue perfecto, todos atendidos antes de comer"],
    "de": ["Screening-Tag mit {arm} im Werk lief reibungslos, alle vor der Mittagspause durch"],
    "it": ["Giornata di screening {arm} in stabilimento perfetta, tutti visitati prima di pranzo"],
}

B2B_SUBJECT = {
    "en": {
        "invoice": "Invoices: wrong company name, no PO",
        "service_blocked": "Screening day refused: account on hold",
        "portal": "Portal: no results or certificates",
        "overbilled": "Billed per worker instead of day rate",
    },
    "pt": {
        "invoice": "Faturas com nome errado e sem nota de encomenda",
        "service_blocked": "Rastreio recusado: conta bloqueada",
        "portal": "Portal sem resultados nem certificados",
        "overbilled": "Faturado por trabalhador em vez de diaria",
    },
    "fr": {
        "invoice": "Factures : mauvaise raison sociale, pas de bon de commande",
        "service_blocked": "Dépistage refusé : compte bloqué",
        "portal": "Portail : aucun résultat",
        "overbilled": "Facturé par salarié au lieu du forfait jour",
    },
    "es": {
        "invoice": "Facturas con razón social errónea y sin pedido",
        "service_blocked": "Cribado rechazado: cuenta bloqueada",
        "portal": "Portal sin resultados",
        "overbilled": "Facturado por trabajador y no por día",
    },
    "de": {
        "invoice": "Rechnungen: falscher Firmenname, keine Bestellnummer",
        "service_blocked": "Screening abgelehnt: Konto gesperrt",
        "portal": "Portal ohne Ergebnisse",
        "overbilled": "Pro Mitarbeiter statt Tagessatz abgerechnet",
    },
    "it": {
        "invoice": "Fatture con ragione sociale errata e senza ordine",
        "service_blocked": "Screening rifiutato: conto bloccato",
        "portal": "Portale senza risultati",
        "overbilled": "Fatturato a lavoratore invece che a giornata",
    },
}

B2B_COMPLAINT = {
    "en": {
        "invoice": "Every {arm} invoice this quarter is made out to our old trading name and has no PO number on it, so accounts payable bounces them straight back to me. We can't pay what our system won't accept. Please reissue them.",
        "service_blocked": "Your audiologist arrived for our screening day this morning and was told by your office not to start because our account is 'on hold'. Everything is paid, I have the remittance. 30 people stood down from the line for nothing.",
        "portal": "The portal shows no results and no certificates for last month's screening at any of our sites. Our safety audit is next week and I cannot download a single certificate.",
        "overbilled": "We've been billed per worker screened (over £1,900) instead of the day rate in our contract. Please correct the invoice.",
    },
    "pt": {
        "invoice": "Todas as faturas da {arm} deste trimestre vêm com a nossa antiga denominação social e sem numero de nota de encomenda, e a contabilidade devolve-as. Nao conseguimos pagar assim. Por favor reemitam.",
        "service_blocked": "A vossa audiologista chegou hoje para o dia de rastreio e foi-lhe dito pelo vosso escritorio para nao começar porque a conta esta 'bloqueada'. Está tudo pago, tenho o comprovativo. 30 pessoas sairam da linha para nada.",
        "portal": "O portal nao mostra resultados nem certificados do rastreio do mes passado em nenhuma das nossas instalações. A auditoria de segurança é para a semana e nao consigo descarregar um unico certificado.",
        "overbilled": "Fomos faturados por trabalhador rastreado (mais de 2.200 €) em vez da diaria do contrato. Corrijam a fatura por favor.",
    },
    "fr": {
        "invoice": "Toutes les factures {arm} du trimestre portent notre ancienne raison sociale et aucun numéro de bon de commande, la compta les rejette. Merci de les réémettre.",
        "service_blocked": "Votre audioprothésiste est venue ce matin et votre bureau lui a dit de ne pas commencer, compte 'bloqué'. Tout est payé. 30 personnes arrêtées pour rien.",
        "portal": "Le portail n'affiche aucun résultat ni certificat du dépistage du mois dernier. Audit sécurité la semaine prochaine.",
        "overbilled": "Facturés par salarié (plus de 2 200 €) au lieu du forfait jour du contrat. Merci de corriger.",
    },
    "es": {
        "invoice": "Todas las facturas de {arm} del trimestre llevan nuestra antigua razón social y ningún número de pedido, y contabilidad las rechaza. Reemítanlas por favor.",
        "service_blocked": "Su audióloga vino hoy al cribado y su oficina le dijo que no empezara porque la cuenta está 'bloqueada'. Está todo pagado. 30 personas paradas para nada.",
        "portal": "El portal no muestra resultados ni certificados del cribado del mes pasado. La auditoría es la semana que viene.",
        "overbilled": "Nos han facturado por trabajador (más de 2.200 €) en vez de la tarifa diaria del contrato. Corríjanlo por favor.",
    },
    "de": {
        "invoice": "Alle {arm}-Rechnungen dieses Quartals laufen auf unseren alten Firmennamen und haben keine Bestellnummer, die Buchhaltung weist sie ab. Bitte neu ausstellen.",
        "service_blocked": "Ihre Akustikerin kam heute zum Screening und Ihr Büro sagte ihr, nicht anzufangen, Konto 'gesperrt'. Alles bezahlt. 30 Leute umsonst von der Linie geholt.",
        "portal": "Im Portal sind keine Ergebnisse und keine Bescheinigungen vom Screening letzten Monat. Nächste Woche ist Sicherheitsaudit.",
        "overbilled": "Wir wurden pro Mitarbeiter abgerechnet (über 2.200 €) statt zum vertraglichen Tagessatz. Bitte korrigieren.",
    },
    "it": {
        "invoice": "Tutte le fatture {arm} del trimestre riportano la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le respinge. Riemettetele per favore.",
        "service_blocked": "La vostra audiologa è arrivata oggi per lo screening e il vostro ufficio le ha detto di non iniziare, conto 'bloccato'. È tutto pagato. 30 persone ferme per niente.",
        "portal": "Il portale non mostra risultati né certificati dello screening del mese scorso. L'audit è la settimana prossima.",
        "overbilled": "Fatturati a lavoratore (oltre 2.200 €) invece della tariffa giornaliera del contratto. Correggete per favore.",
    },
}

B2B_LATER = {
    "en": "{colleague} from our team wrote to you {day} about this, case {case}. Same problem here: {core_short}",
    "pt": "A {colleague} da nossa equipa escreveu-vos {day} sobre isto, processo {case}. Mesmo problema aqui: {core_short}",
    "fr": "{colleague} de notre équipe vous a écrit {day} à ce sujet, dossier {case}. Même problème ici : {core_short}",
    "es": "{colleague}, de nuestro equipo, les escribió {day} por esto, incidencia {case}. Mismo problema: {core_short}",
    "de": "{colleague} aus unserem Team hat Ihnen {day} deswegen geschrieben, Vorgang {case}. Gleiches Problem hier: {core_short}",
    "it": "{colleague} del nostro team vi ha scritto {day} per questo, pratica {case}. Stesso problema: {core_short}",
}
B2B_CORE_SHORT = {
    "en": {
        "invoice": "invoices under the old name and no PO, finance won't pay them.",
        "service_blocked": "our site's screening was refused too, 'on hold', though we're paid up.",
        "portal": "no results or certificates in the portal for our site either.",
        "overbilled": "per-worker billing again, not the day rate.",
    },
    "pt": {
        "invoice": "faturas com o nome antigo e sem nota de encomenda, a contabilidade nao paga.",
        "service_blocked": "o rastreio da nossa instalação tambem foi recusado, 'bloqueada', com tudo pago.",
        "portal": "tambem nao ha resultados nem certificados da nossa instalação.",
        "overbilled": "outra vez faturado por trabalhador, nao pela diaria.",
    },
    "fr": {
        "invoice": "factures à l'ancien nom sans bon de commande.",
        "service_blocked": "dépistage refusé chez nous aussi.",
        "portal": "aucun certificat pour notre site non plus.",
        "overbilled": "encore facturé par salarié.",
    },
    "es": {
        "invoice": "facturas con el nombre antiguo y sin pedido.",
        "service_blocked": "nos han rechazado el cribado también.",
        "portal": "tampoco hay certificados de nuestra nave.",
        "overbilled": "otra vez por trabajador, no por día.",
    },
    "de": {
        "invoice": "Rechnungen mit altem Namen und ohne Bestellnummer.",
        "service_blocked": "auch unser Screening wurde abgelehnt.",
        "portal": "auch für unseren Standort keine Bescheinigungen.",
        "overbilled": "wieder pro Mitarbeiter abgerechnet.",
    },
    "it": {
        "invoice": "fatture con il vecchio nome e senza ordine.",
        "service_blocked": "anche il nostro screening è stato rifiutato.",
        "portal": "nessun certificato nemmeno per il nostro sito.",
        "overbilled": "di nuovo a lavoratore, non a giornata.",
    },
}
B2B_LAST_EMAIL = {
    "en": "Case {case} is still not fixed. Several of us have written now. Procurement has already asked {comp} for a quote for next year's screening.",
    "pt": "O processo {case} continua por resolver. Ja varios de nos escreveram. As compras ja pediram orçamento à {comp} para o rastreio do proximo ano.",
    "fr": "Le dossier {case} n'est toujours pas réglé. Plusieurs d'entre nous vous ont écrit. Les achats ont déjà demandé un devis à {comp}.",
    "es": "La incidencia {case} sigue sin resolverse. Ya les hemos escrito varios. Compras ya ha pedido presupuesto a {comp}.",
    "de": "Vorgang {case} ist immer noch nicht gelöst. Mehrere von uns haben geschrieben. Der Einkauf hat schon bei {comp} ein Angebot angefragt.",
    "it": "La pratica {case} non è ancora risolta. Vi abbiamo scritto in diversi. Gli acquisti hanno già chiesto un preventivo a {comp}.",
}
B2B_LAST_CALL = {
    "en": "yes hi it's about case {case} still nothing fixed and three of us have written now my manager says if it isn't sorted this week we move the contract",
    "pt": "sim bom dia é sobre o processo {case} continua tudo igual e ja escreveram tres colegas o meu diretor diz que se nao ficar resolvido esta semana mudamos de fornecedor",
    "fr": "oui bonjour c'est pour le dossier {case} toujours rien de réglé on est trois à avoir écrit mon directeur dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "es": "sí hola es por la incidencia {case} sigue todo igual ya hemos escrito tres mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
    "de": "ja hallo es geht um Vorgang {case} immer noch nichts passiert drei von uns haben geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir",
    "it": "sì pronto è per la pratica {case} ancora niente e abbiamo scritto in tre il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
}
B2B_MILD = {
    "en": [
        "Small request: could the results export include our cost-centre code per site?",
        "Would be handy if certificates showed the re-screening due date",
    ],
    "pt": [
        "Pequeno pedido: a exportação de resultados podia incluir o centro de custo de cada instalação?",
        "Dava jeito os certificados mostrarem a data do proximo rastreio",
    ],
    "fr": ["Petite demande : l'export pourrait-il inclure le centre de coût par site ?"],
    "es": ["Una sugerencia: ¿podría la exportación incluir el centro de coste por nave?"],
    "de": ["Kleiner Wunsch: Kostenstelle pro Standort im Export?"],
    "it": ["Piccola richiesta: l'export potrebbe includere il centro di costo per sito?"],
}
B2B_DAY = {
    "en": {
        "Monday": "on Monday",
        "Tuesday": "on Tuesday",
        "Wednesday": "on Wednesday",
        "Thursday": "on Thursday",
        "Friday": "on Friday",
        "today": "this morning",
    },
    "pt": {
        "Monday": "na segunda",
        "Tuesday": "na terça",
        "Wednesday": "na quarta",
        "Thursday": "na quinta",
        "Friday": "na sexta",
        "today": "esta manhã",
    },
    "fr": {
        "Monday": "lundi",
        "Tuesday": "mardi",
        "Wednesday": "mercredi",
        "Thursday": "jeudi",
        "Friday": "vendredi",
        "today": "ce matin",
    },
    "es": {
        "Monday": "el lunes",
        "Tuesday": "el martes",
        "Wednesday": "el miércoles",
        "Thursday": "el jueves",
        "Friday": "el viernes",
        "today": "esta mañana",
    },
    "de": {
        "Monday": "am Montag",
        "Tuesday": "am Dienstag",
        "Wednesday": "am Mittwoch",
        "Thursday": "am Donnerstag",
        "Friday": "am Freitag",
        "today": "heute Morgen",
    },
    "it": {
        "Monday": "lunedì",
        "Tuesday": "martedì",
        "Wednesday": "mercoledì",
        "Thursday": "giovedì",
        "Friday": "venerdì",
        "today": "stamattina",
    },
}
