"""Words of heldout84's business arm, Praiola Pro (team surf days, school beach days,
hotel guest lessons, board fleet hire on account)."""

# ruff: noqa: E501

from __future__ import annotations

Table = dict[str, list[str]]

# (label, price in euros, page)
PRO_PRODUCTS: list[tuple[str, int, str]] = [
    ("Team surf day, 12 people / Journée surf équipe, 12 pers.", 1180, "/pro/team-day"),
    ("School beach day, 25 pupils / Sortie scolaire plage, 25 élèves", 875, "/pro/school-day"),
    ("Hotel guest lessons, 10 vouchers / Cours clients hôtel, 10 bons", 320, "/pro/vouchers"),
    ("Board fleet hire, week / Location flotte planches, semaine", 640, "/pro/fleet"),
    ("Stand-up paddle team session / Session paddle équipe", 540, "/pro/sup"),
]

PRO_PAGES: list[str] = ["/pro/portal", "/pro/sessions", "/pro/invoices", "/pro/participants"]

PRO_CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, pour la journée d'équipe du 22, peut-on ajouter 2 personnes ?",
            "Bonjour, oui, c'est ajouté, la facture suivra sur le compte.",
        ),
        (
            "Le moniteur peut-il parler anglais pour nos collègues irlandais ?",
            "Oui, nous prévoyons un moniteur bilingue, c'est noté sur la réservation.",
        ),
    ],
    "pt": [
        (
            "Bom dia, para o dia de equipa de dia 22 podemos juntar mais 2 pessoas?",
            "Bom dia, sim, já está, a fatura segue na conta.",
        ),
        (
            "O instrutor pode falar inglês para os colegas estrangeiros?",
            "Sim, pomos um instrutor bilingue, ficou anotado na reserva.",
        ),
    ],
    "en": [
        (
            "Hi, can we add 2 people to the team day on the 22nd?",
            "Hi, yes, done, it'll go on the account invoice.",
        )
    ],
    "de": [
        (
            "Hallo, können wir beim Teamtag am 22. noch 2 Personen dazunehmen?",
            "Hallo, ja, ist eingetragen, die Rechnung läuft über das Konto.",
        )
    ],
    "it": [
        (
            "Buongiorno, possiamo aggiungere 2 persone alla giornata di team del 22?",
            "Buongiorno, sì, fatto, andrà in fattura sul conto.",
        )
    ],
    "es": [
        (
            "Hola, ¿podemos añadir 2 personas a la jornada de equipo del 22?",
            "Hola, sí, hecho, irá en la factura de la cuenta.",
        )
    ],
}

PRO_PRAISE: Table = {
    "fr": [
        "Journée surf d'équipe avec Praiola Pro : 14 collègues, zéro noyé, tout le monde veut recommencer. Organisation impeccable.",
        "Deuxième sortie scolaire avec Praiola Pro, les élèves en parlent encore. Moniteurs au top avec les ados.",
    ],
    "pt": [
        "Dia de equipa com a Praiola Pro: 14 colegas, ninguém se afogou e todos querem repetir. Organização impecável.",
        "Segunda visita de estudo com a Praiola Pro, os alunos ainda falam disso. Instrutores excelentes com os miúdos.",
    ],
    "en": [
        "Team surf day with Praiola Pro: 14 colleagues, nobody drowned, everyone wants another go. Spot-on organisation."
    ],
    "de": [
        "Teamtag mit Praiola Pro: 14 Kollegen, keiner untergegangen, alle wollen wieder. Top organisiert."
    ],
    "it": [
        "Giornata di team con Praiola Pro: 14 colleghi, nessun naufrago, tutti vogliono rifarla. Organizzazione perfetta."
    ],
    "es": [
        "Jornada de equipo con Praiola Pro: 14 compañeros, ningún ahogado y todos quieren repetir. Organización impecable."
    ],
}

B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]

CORE: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "Les factures du compte {account} portent toujours l'ancien nom de notre société et aucun numéro de bon de commande. Notre comptabilité les rejette toutes, on ne peut donc pas les payer.",
        "pt": "As faturas da conta {account} continuam com o nome antigo da empresa e sem número de nota de encomenda. A contabilidade rejeita-as todas e assim não as podemos pagar.",
        "en": "The invoices on account {account} still carry our old company name and no PO number. Accounts reject every one of them, so we can't pay them.",
        "de": "Die Rechnungen zum Konto {account} tragen immer noch unseren alten Firmennamen und keine Bestellnummer. Unsere Buchhaltung weist alle zurück, wir können sie so nicht bezahlen.",
        "it": "Le fatture del conto {account} riportano ancora il vecchio nome della società e nessun numero d'ordine. L'amministrazione le rifiuta tutte, quindi non possiamo pagarle.",
        "es": "Las facturas de la cuenta {account} siguen con el nombre antiguo de la empresa y sin número de pedido. Contabilidad las rechaza todas y así no podemos pagarlas.",
    },
    "service_blocked": {
        "fr": "Ce matin à {beach}, le moniteur a refusé notre groupe : l'app Pro affiche « compte suspendu ». Toutes nos factures sont payées. Douze personnes renvoyées au bureau.",
        "pt": "Hoje de manhã em {beach} o instrutor recusou o nosso grupo: a app Pro diz « conta suspensa ». Temos as faturas todas pagas. Doze pessoas mandadas de volta.",
        "en": "This morning at {beach} the instructor turned our group away: the Pro app says 'account suspended'. Every invoice is paid. Twelve people sent back to the office.",
        "de": "Heute Morgen in {beach} hat der Lehrer unsere Gruppe abgewiesen: In der Pro-App steht „Konto gesperrt“. Alle Rechnungen sind bezahlt. Zwölf Leute zurück ins Büro.",
        "it": "Stamattina a {beach} l'istruttore ha respinto il nostro gruppo: l'app Pro dice «conto sospeso». Le fatture sono tutte pagate. Dodici persone rimandate in ufficio.",
        "es": "Esta mañana en {beach} el monitor ha rechazado a nuestro grupo: la app Pro pone «cuenta suspendida». Todas las facturas están pagadas. Doce personas de vuelta a la oficina.",
    },
    "portal": {
        "fr": "Le portail Pro n'affiche plus aucune session réservée : impossible d'ajouter les participants ou d'annuler quoi que ce soit, et pendant ce temps les sessions tournent et sont facturées.",
        "pt": "O portal Pro já não mostra nenhuma sessão reservada: não dá para juntar participantes nem cancelar nada, e entretanto as sessões continuam a ser faturadas.",
        "en": "The Pro portal shows no booked sessions at all: we can't add participants or cancel anything, and meanwhile the sessions run on and get billed.",
        "de": "Das Pro-Portal zeigt keine gebuchten Sessions mehr: Wir können weder Teilnehmer eintragen noch etwas stornieren, und die Sessions laufen weiter und werden berechnet.",
        "it": "Il portale Pro non mostra più nessuna sessione prenotata: non possiamo aggiungere partecipanti né annullare nulla, e intanto le sessioni vengono fatturate.",
        "es": "El portal Pro no muestra ninguna sesión reservada: no podemos añadir participantes ni cancelar nada, y mientras tanto las sesiones se siguen facturando.",
    },
    "overbilled": {
        "fr": "Vous nous facturez le tarif individuel au lieu du tarif de groupe prévu au contrat : plus de 600 € d'écart sur le mois.",
        "pt": "Estão a faturar-nos o preço individual em vez do preço de grupo do contrato: mais de 600 € de diferença no mês.",
        "en": "You're billing us the individual rate instead of the group rate in our contract: over €600 difference this month.",
        "de": "Sie berechnen uns den Einzelpreis statt des vertraglichen Gruppentarifs: über 600 € Differenz im Monat.",
        "it": "Ci fatturate la tariffa individuale invece di quella di gruppo del contratto: oltre 600 € di differenza nel mese.",
        "es": "Nos facturáis la tarifa individual en vez de la de grupo del contrato: más de 600 € de diferencia en el mes.",
    },
}

GIST: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "les factures à l'ancien nom sans bon de commande",
        "pt": "as faturas com o nome antigo e sem nota de encomenda",
        "en": "the invoices with our old name and no PO number",
        "de": "die Rechnungen mit altem Namen ohne Bestellnummer",
        "it": "le fatture con il vecchio nome e senza numero d'ordine",
        "es": "las facturas con el nombre antiguo y sin número de pedido",
    },
    "service_blocked": {
        "fr": "le « compte suspendu » sur la plage alors que tout est payé",
        "pt": "a « conta suspensa » na praia com tudo pago",
        "en": "'account suspended' at the beach though everything's paid",
        "de": "das „Konto gesperrt“ am Strand, obwohl alles bezahlt ist",
        "it": "il «conto sospeso» in spiaggia con tutto pagato",
        "es": "la «cuenta suspendida» en la playa con todo pagado",
    },
    "portal": {
        "fr": "le portail qui n'affiche aucune session",
        "pt": "o portal que não mostra nenhuma sessão",
        "en": "the portal showing no sessions",
        "de": "das Portal ohne Sessions",
        "it": "il portale che non mostra nessuna sessione",
        "es": "el portal que no muestra ninguna sesión",
    },
    "overbilled": {
        "fr": "le tarif individuel au lieu du tarif groupe",
        "pt": "o preço individual em vez do de grupo",
        "en": "the individual rate instead of our group rate",
        "de": "den Einzelpreis statt Gruppentarif",
        "it": "la tariffa individuale invece di quella di gruppo",
        "es": "la tarifa individual en vez de la de grupo",
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "Factures au mauvais nom",
        "pt": "Faturas com nome errado",
        "en": "Invoices in wrong name",
        "de": "Rechnungen mit falschem Namen",
        "it": "Fatture con intestazione errata",
        "es": "Facturas a nombre equivocado",
    },
    "service_blocked": {
        "fr": "Groupe refusé, compte suspendu",
        "pt": "Grupo recusado, conta suspensa",
        "en": "Group turned away, account suspended",
        "de": "Gruppe abgewiesen, Konto gesperrt",
        "it": "Gruppo respinto, conto sospeso",
        "es": "Grupo rechazado, cuenta suspendida",
    },
    "portal": {
        "fr": "Portail Pro vide",
        "pt": "Portal Pro vazio",
        "en": "Pro portal empty",
        "de": "Pro-Portal leer",
        "it": "Portale Pro vuoto",
        "es": "Portal Pro vacío",
    },
    "overbilled": {
        "fr": "Tarif groupe non appliqué",
        "pt": "Preço de grupo não aplicado",
        "en": "Group rate not applied",
        "de": "Gruppentarif nicht angewendet",
        "it": "Tariffa di gruppo non applicata",
        "es": "Tarifa de grupo no aplicada",
    },
}

SIGN: dict[str, str] = {
    "fr": "Cordialement,\n{first} {last}\n{title}, {company}",
    "pt": "Cumprimentos,\n{first} {last}\n{title}, {company}",
    "en": "Regards,\n{first} {last}\n{title}, {company}",
    "de": "Mit freundlichen Grüßen\n{first} {last}\n{title}, {company}",
    "it": "Cordiali saluti,\n{first} {last}\n{title}, {company}",
    "es": "Un saludo,\n{first} {last}\n{title}, {company}",
}

FIRST: dict[str, str] = {
    "fr": "Bonjour,\n\n{core}\n\nMerci de nous dire rapidement comment vous comptez régler cela.\n\n",
    "pt": "Bom dia,\n\n{core}\n\nAgradeço que nos digam rapidamente como vão resolver isto.\n\n",
    "en": "Hello,\n\n{core}\n\nPlease let us know quickly how you'll fix this.\n\n",
    "de": "Guten Tag,\n\n{core}\n\nBitte teilen Sie uns kurzfristig mit, wie Sie das lösen.\n\n",
    "it": "Buongiorno,\n\n{core}\n\nVi chiediamo di farci sapere al più presto come intendete risolvere.\n\n",
    "es": "Buenos días,\n\n{core}\n\nOs pedimos que nos digáis cuanto antes cómo lo vais a solucionar.\n\n",
}

LATER: dict[str, str] = {
    "fr": "Bonjour,\n\nJe reviens sur le dossier {case}, ouvert par {who} {when} : {gist}, rien n'a changé de notre côté. {core}\n\n",
    "pt": "Bom dia,\n\nVenho no seguimento do processo {case}, aberto por {who} {when}: {gist}, nada mudou. {core}\n\n",
    "en": "Hello,\n\nFollowing up case {case}, opened by {who} {when}: {gist}, nothing has changed. {core}\n\n",
    "de": "Guten Tag,\n\nich melde mich zu Vorgang {case}, den {who} {when} eröffnet hat. Es geht um {gist}, geändert hat sich nichts. {core}\n\n",
    "it": "Buongiorno,\n\nriprendo la pratica {case}, aperta da {who} {when}: {gist}, non è cambiato nulla. {core}\n\n",
    "es": "Buenos días,\n\nsigo con la incidencia {case}, abierta por {who} {when}: {gist}, no ha cambiado nada. {core}\n\n",
}

LAST_EMAIL: dict[str, str] = {
    "fr": "Bonjour,\n\nDossier {case} : toujours rien pour {gist}, alors que plusieurs collègues vous ont écrit. Notre service achats a déjà demandé ses tarifs à {comp}.\n\n",
    "pt": "Bom dia,\n\nProcesso {case}: continua tudo igual com {gist}, e vários colegas já vos escreveram. As compras já pediram preços à {comp}.\n\n",
    "en": "Hello,\n\nCase {case}: still nothing on {gist}, and several colleagues have written to you. Procurement has already asked {comp} for their rates.\n\n",
    "de": "Guten Tag,\n\nVorgang {case}: immer noch keine Lösung, es geht um {gist}, und mehrere Kollegen haben Ihnen geschrieben. Unser Einkauf hat bereits Preise bei {comp} angefragt.\n\n",
    "it": "Buongiorno,\n\npratica {case}: ancora niente per {gist}, e diversi colleghi vi hanno scritto. L'ufficio acquisti ha già chiesto le tariffe a {comp}.\n\n",
    "es": "Buenos días,\n\nincidencia {case}: seguimos igual con {gist}, y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}.\n\n",
}

LAST_CALL: dict[str, str] = {
    "fr": "oui bonjour {first} {last} de {company} je vous appelle pour le dossier {case} toujours rien pour {gist} plusieurs collègues vous ont écrit et mon patron dit qu'on change de prestataire si c'est pas réglé cette semaine",
    "pt": "bom dia fala {first} {last} {company} ligo por causa do processo {case} continua tudo igual com {gist} vários colegas já escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "en": "hi it's {first} {last} from {company} calling about case {case} still nothing on {gist} several of my colleagues have written in and my boss says we're moving the account if it isn't fixed this week",
    "de": "ja guten Tag {first} {last} von {company} ich rufe an wegen Vorgang {case} es geht um {gist} da ist immer noch nichts passiert mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht geklärt ist",
    "it": "sì buongiorno sono {first} {last} di {company} chiamo per la pratica {case} ancora niente per {gist} diversi colleghi vi hanno scritto e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "es": "hola buenos días soy {first} {last} de {company} llamo por la incidencia {case} seguimos igual con {gist} varios compañeros os han escrito y mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}

ACK: dict[str, str] = {
    "fr": "Bonjour {first},\nMerci pour votre message. Le dossier {case} est ouvert pour le compte {account}, nous revenons vers vous sous 48 h ouvrées.\n{agent}, Praiola Pro",
    "pt": "Bom dia {first},\nObrigada pela mensagem. O processo {case} está aberto para a conta {account}, respondemos em 48 horas úteis.\n{agent}, Praiola Pro",
    "en": "Hello {first},\nThank you for your message. Case {case} is open for account {account}, we'll come back to you within two working days.\n{agent}, Praiola Pro",
    "de": "Guten Tag {first},\nvielen Dank für Ihre Nachricht. Vorgang {case} ist für das Konto {account} eröffnet, wir melden uns innerhalb von zwei Werktagen.\n{agent}, Praiola Pro",
    "it": "Buongiorno {first},\ngrazie del messaggio. La pratica {case} è aperta per il conto {account}, la ricontattiamo entro due giorni lavorativi.\n{agent}, Praiola Pro",
    "es": "Buenos días {first},\ngracias por tu mensaje. La incidencia {case} está abierta para la cuenta {account}, te respondemos en dos días laborables.\n{agent}, Praiola Pro",
}

SUGGEST: Table = {
    "fr": [
        "Suggestion : pourriez-vous ajouter notre code projet sur les factures ? Ça nous éviterait de répartir les coûts à la main.",
        "Ce serait pratique d'avoir dans le portail la liste des participants avec leurs tailles de combi avant la journée.",
    ],
    "pt": [
        "Sugestão: podiam pôr o nosso código de projeto nas faturas? Evitava repartir os custos à mão.",
        "Dava jeito ter no portal a lista de participantes com os tamanhos de fato antes do dia.",
    ],
    "en": [
        "Small suggestion: could invoices carry our project code? Saves us splitting costs by hand."
    ],
    "de": [
        "Kleiner Vorschlag: Könnten die Rechnungen unseren Projektcode tragen? Dann müssten wir die Kosten nicht von Hand aufteilen."
    ],
    "it": [
        "Un suggerimento: potreste mettere il nostro codice progetto sulle fatture? Ci evita di ripartire i costi a mano.",
        "Sarebbe comodo avere nel portale l'elenco dei partecipanti con le taglie delle mute prima della giornata.",
    ],
    "es": [
        "Una sugerencia: ¿podríais poner nuestro código de proyecto en las facturas? Nos ahorraría repartir los costes a mano."
    ],
}

SUGGEST_ACK: dict[str, str] = {
    "fr": "Bonjour {first},\nMerci pour la suggestion, elle est transmise à l'équipe produit Pro.\n{agent}, Praiola Pro",
    "pt": "Bom dia {first},\nObrigada pela sugestão, já seguiu para a equipa de produto Pro.\n{agent}, Praiola Pro",
    "en": "Hello {first},\nThanks for the suggestion, it's gone to the Pro product team.\n{agent}, Praiola Pro",
    "de": "Guten Tag {first},\ndanke für den Vorschlag, er ist beim Pro-Produktteam.\n{agent}, Praiola Pro",
    "it": "Buongiorno {first},\ngrazie del suggerimento, l'abbiamo girato al team prodotto Pro.\n{agent}, Praiola Pro",
    "es": "Buenos días {first},\ngracias por la sugerencia, se la hemos pasado al equipo de producto Pro.\n{agent}, Praiola Pro",
}

SUGGEST_SUBJ: dict[str, str] = {
    "fr": "Suggestion",
    "pt": "Sugestão",
    "en": "Suggestion",
    "de": "Vorschlag",
    "it": "Suggerimento",
    "es": "Sugerencia",
}
