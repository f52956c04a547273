# ruff: noqa: E501
"""Sfrecca Business: company contacts' and agents' words for heldout101's b2b family.

Placeholders: {b} brand, {ref} case reference, {first} the first complainer's first name,
{wd} the weekday (or "this morning"), {comp} a competitor, {desc} the problem restated,
{name} the contact's first name, {company} the company.
"""

from __future__ import annotations

T = dict[str, list[str]]
QA = dict[str, list[tuple[str, str]]]

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "Buongiorno, la fattura di settembre di {b} Business è intestata ancora alla vecchia ragione sociale e non riporta i centri di costo. L'amministrazione l'ha respinta e non possiamo pagarla così. Ce la riemettete corretta?",
        "en": "Hello, September's {b} Business invoice is made out to our old company name and has no cost centres on it. Accounts have rejected it and we can't pay it like that. Could you reissue it?",
        "de": "Guten Tag, die Sfrecca-Business-Rechnung für September lautet noch auf unseren alten Firmennamen und hat keine Kostenstellen. Die Buchhaltung hat sie abgelehnt. Bitte neu ausstellen.",
        "fr": "Bonjour, la facture {b} Business de septembre est au nom de notre ancienne raison sociale, sans centres de coût. La compta l'a rejetée. Merci de la rééditer.",
        "es": "Hola, la factura de septiembre de {b} Business sale a nombre de la razón social antigua y sin centros de coste. Contabilidad la ha rechazado. ¿Podéis emitirla de nuevo?",
        "pt": "Olá, a fatura de setembro da {b} Business vem em nome da antiga firma e sem centros de custo. A contabilidade rejeitou-a. Podem reemiti-la?",
    },
    "service_blocked": {
        "it": "Da stamattina i nostri dipendenti non riescono a prenotare sul conto aziendale: l'app dice 'profilo aziendale sospeso'. Le fatture sono tutte pagate, l'ultima il 2 ottobre. Ho un avvocato bloccato in tribunale senza macchina.",
        "en": "Since this morning none of our staff can book on the company account: the app says 'business profile suspended'. Every invoice is paid, the last one on 2 October. I've got people stuck at a client's site.",
        "de": "Seit heute früh kann niemand bei uns auf das Firmenkonto buchen: 'Firmenprofil gesperrt'. Alle Rechnungen sind bezahlt, die letzte am 2. Oktober.",
        "fr": "Depuis ce matin personne ne peut réserver sur le compte entreprise : 'profil entreprise suspendu'. Toutes les factures sont payées.",
        "es": "Desde esta mañana nadie puede reservar con la cuenta de empresa: 'perfil de empresa suspendido'. Todas las facturas están pagadas.",
        "pt": "Desde esta manhã ninguém consegue reservar na conta da empresa: 'perfil empresarial suspenso'. As faturas estão todas pagas.",
    },
    "portal": {
        "it": "Il portale aziendale non mostra nessuna corsa da inizio mese, quindi non possiamo esportare il riepilogo né aggiungere i nuovi assunti. Ci serve per chiudere le note spese.",
        "en": "The business portal shows no rides at all since the start of the month, so we can't export anything or add our new starters. We need it to close expenses.",
        "de": "Das Firmenportal zeigt seit Monatsanfang keine einzige Fahrt, wir können nichts exportieren und keine neuen Mitarbeiter anlegen.",
        "fr": "Le portail entreprise n'affiche aucune course depuis le début du mois : impossible d'exporter ou d'ajouter nos nouveaux arrivants.",
        "es": "El portal de empresa no muestra ningún viaje desde principios de mes, así que no podemos exportar nada ni dar de alta a los nuevos.",
        "pt": "O portal da empresa não mostra nenhuma viagem desde o início do mês; não conseguimos exportar nem adicionar os novos colaboradores.",
    },
    "overbilled": {
        "it": "Il contratto prevede la tariffa aziendale fissa per le tratte aeroporto-sede, ma a settembre ci avete fatturato tutte le corse a tariffa standard con le maggiorazioni. Sono più di 900 € di differenza.",
        "en": "Our contract has the flat corporate rate for airport-to-office runs, but September's bill charges every ride at standard fares with surge on top. That's over £800 of difference.",
        "de": "Laut Vertrag gilt der feste Firmentarif für Flughafenfahrten, aber im September wurde alles zum Normaltarif mit Aufschlägen berechnet. Über 900 € Unterschied.",
        "fr": "Le contrat prévoit le tarif forfaitaire entreprise pour l'aéroport, mais septembre est facturé au tarif standard avec majorations. Plus de 900 € d'écart.",
        "es": "El contrato tiene tarifa plana de empresa para el aeropuerto, pero septiembre está facturado a tarifa estándar con recargos. Más de 900 € de diferencia.",
        "pt": "O contrato prevê a tarifa fixa empresarial para o aeroporto, mas setembro foi faturado a tarifa normal com sobretaxas. Mais de 900 € de diferença.",
    },
}

DESC: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "la fattura è ancora intestata alla vecchia ragione sociale e senza centri di costo",
        "en": "the invoice is still in our old name with no cost centres",
        "de": "die Rechnung lautet immer noch auf den alten Namen, ohne Kostenstellen",
        "fr": "la facture est toujours à l'ancien nom, sans centres de coût",
        "es": "la factura sigue a nombre antiguo y sin centros de coste",
        "pt": "a fatura continua com o nome antigo e sem centros de custo",
    },
    "service_blocked": {
        "it": "il profilo aziendale risulta ancora sospeso e nessuno può prenotare",
        "en": "the business profile is still 'suspended' and nobody can book",
        "de": "das Firmenprofil ist immer noch gesperrt, niemand kann buchen",
        "fr": "le profil entreprise est toujours suspendu",
        "es": "el perfil de empresa sigue suspendido",
        "pt": "o perfil empresarial continua suspenso",
    },
    "portal": {
        "it": "il portale continua a non mostrare nessuna corsa",
        "en": "the portal still shows no rides at all",
        "de": "das Portal zeigt immer noch keine Fahrten",
        "fr": "le portail n'affiche toujours aucune course",
        "es": "el portal sigue sin mostrar ningún viaje",
        "pt": "o portal continua sem mostrar viagens",
    },
    "overbilled": {
        "it": "ci fatturate ancora la tariffa standard invece di quella del contratto",
        "en": "we're still billed standard fares instead of the contract rate",
        "de": "wir werden immer noch zum Normaltarif statt zum Vertragstarif abgerechnet",
        "fr": "on nous facture toujours le tarif standard au lieu du contrat",
        "es": "seguís facturando tarifa estándar en vez de la del contrato",
        "pt": "continuam a faturar a tarifa normal em vez da do contrato",
    },
}

LATER: dict[str, list[str]] = {
    "it": [
        "Buongiorno, scrivo anch'io per la pratica {ref}: {first} vi ha già scritto {wd}. {desc}. Da noi la cosa blocca mezzo ufficio.",
        "Salve, sempre pratica {ref}, di cui vi ha scritto {first} {wd}. {desc}. Mi chiedono tutti a che punto siamo e non so cosa rispondere.",
    ],
    "en": [
        "Hello, I'm writing too about case {ref}: {first} already wrote to you {wd}. {desc}. It's holding up half the office here.",
        "Hi, same case {ref} that {first} raised {wd}. {desc}. I've had three people at my desk about it today.",
    ],
    "de": [
        "Guten Tag, ich schreibe auch wegen Fall {ref}: {first} hat Ihnen schon {wd} geschrieben. {desc}. Das blockiert bei uns das halbe Büro.",
        "Hallo, nochmal Fall {ref}, den {first} {wd} gemeldet hat. {desc}. Bei mir fragen inzwischen alle nach.",
    ],
    "fr": [
        "Bonjour, j'écris aussi pour le dossier {ref} : {first} vous a déjà écrit {wd}. {desc}.",
        "Bonjour, toujours le dossier {ref} signalé par {first} {wd}. {desc}.",
    ],
    "es": [
        "Hola, escribo yo también por el caso {ref}: {first} ya os escribió {wd}. {desc}.",
        "Hola, sigue el caso {ref} que abrió {first} {wd}. {desc}.",
    ],
    "pt": [
        "Olá, escrevo também sobre o processo {ref}: {first} já vos escreveu {wd}. {desc}.",
        "Olá, continua o processo {ref} que {first} abriu {wd}. {desc}.",
    ],
}

WEEKDAY: dict[str, list[str]] = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "heute früh"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "esta manhã"],
}

LAST_EMAIL: dict[str, str] = {
    "it": "Pratica {ref}: non è cambiato nulla, {desc}. Vi abbiamo scritto in diversi colleghi. L'ufficio acquisti ha già chiesto un preventivo a {comp}.",
    "en": "Case {ref}: nothing has changed, {desc}. Several of us have written now. Procurement has already asked {comp} for their rates.",
    "de": "Fall {ref}: nichts hat sich geändert, {desc}. Mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} nach Preisen gefragt.",
    "fr": "Dossier {ref} : rien n'a changé, {desc}. Plusieurs collègues vous ont écrit. Les achats ont demandé les tarifs de {comp}.",
    "es": "Caso {ref}: nada ha cambiado, {desc}. Varios compañeros os hemos escrito. Compras ya ha pedido tarifas a {comp}.",
    "pt": "Processo {ref}: nada mudou, {desc}. Vários colegas já escreveram. As compras já pediram preços à {comp}.",
}
LAST_PHONE: dict[str, str] = {
    "it": "buongiorno chiamo per la pratica {ref} non è cambiato niente {desc} vi abbiamo scritto in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "en": "hi calling about case {ref} nothing's changed {desc} loads of us have written in my boss says we move the account if it isn't fixed this week",
    "de": "guten Tag wegen Fall {ref} es hat sich nichts geändert {desc} mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter",
    "fr": "bonjour pour le dossier {ref} rien n'a changé {desc} mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "es": "hola llamo por el caso {ref} no ha cambiado nada {desc} mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor",
    "pt": "olá ligo pelo processo {ref} não mudou nada {desc} o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}

SUBJECT: dict[str, str] = {
    "it": "Account aziendale {company}",
    "en": "{company} business account",
    "de": "Firmenkonto {company}",
    "fr": "Compte entreprise {company}",
    "es": "Cuenta de empresa {company}",
    "pt": "Conta empresarial {company}",
}
SUBJECT_CASE: dict[str, str] = {
    "it": "R: Pratica {ref}",
    "en": "Re: Case {ref}",
    "de": "AW: Fall {ref}",
    "fr": "RE : Dossier {ref}",
    "es": "RE: Caso {ref}",
    "pt": "RE: Processo {ref}",
}

ACK: dict[str, str] = {
    "it": "Buongiorno {name}, grazie per la segnalazione. Abbiamo aperto la pratica {ref} per {company} e la seguiamo con priorità.",
    "en": "Hello {name}, thanks for letting us know. We've opened case {ref} for {company} and are treating it as a priority.",
    "de": "Hallo {name}, danke für den Hinweis. Wir haben Fall {ref} für {company} eröffnet und bearbeiten ihn vorrangig.",
    "fr": "Bonjour {name}, merci. Nous avons ouvert le dossier {ref} pour {company} et le traitons en priorité.",
    "es": "Hola {name}, gracias por avisar. Hemos abierto el caso {ref} para {company} y lo tratamos con prioridad.",
    "pt": "Olá {name}, obrigado. Abrimos o processo {ref} para a {company} e tratamos com prioridade.",
}
ACK_MILD: dict[str, str] = {
    "it": "Grazie {name}, bel suggerimento: l'abbiamo passato al team del portale.",
    "en": "Thanks {name}, good suggestion: we've passed it on to the portal team.",
    "de": "Danke {name}, guter Vorschlag: wir haben ihn ans Portal-Team weitergegeben.",
    "fr": "Merci {name}, bonne idée : transmise à l'équipe du portail.",
    "es": "Gracias {name}, buena idea: se la hemos pasado al equipo del portal.",
    "pt": "Obrigado {name}, boa sugestão: passámos à equipa do portal.",
}

MILD: T = {
    "it": [
        "Sarebbe comodo poter esportare le corse divise per commessa, non solo per centro di costo.",
        "Si potrebbe mettere il nome del passeggero ospite sulla ricevuta? Per le trasferte dei clienti ci aiuterebbe.",
    ],
    "en": [
        "It'd be handy to export rides by project code, not just by cost centre.",
        "Could the guest passenger's name go on the receipt? Would help with client visits.",
    ],
    "de": [
        "Wäre praktisch, Fahrten nach Projektnummer exportieren zu können.",
        "Könnte der Name des Gastes auf die Quittung?",
    ],
    "fr": [
        "Ce serait pratique d'exporter les courses par code projet.",
        "Le nom du passager invité pourrait figurer sur le reçu ?",
    ],
    "es": [
        "Estaría bien exportar los viajes por código de proyecto.",
        "¿Se podría poner el nombre del invitado en el recibo?",
    ],
    "pt": [
        "Dava jeito exportar as viagens por código de projeto.",
        "Podiam pôr o nome do passageiro convidado no recibo?",
    ],
}

QUESTIONS: QA = {
    "it": [
        (
            "Come aggiungo un nuovo dipendente al conto aziendale?",
            "Dal portale, Persone > Aggiungi: basta nome, e-mail e centro di costo.",
        ),
        (
            "Posso prenotare un transfer per un cliente che arriva domani a Linate?",
            "Certo, in 'Ospite' inserisca nome e numero del cliente: la corsa va sul conto aziendale.",
        ),
    ],
    "en": [
        (
            "How do I add a new starter to the company account?",
            "In the portal, People > Add: just name, email and cost centre.",
        ),
        (
            "Can I book an airport pickup for a client landing tomorrow?",
            "Of course: put the client's name and number under 'Guest' and it goes on the company account.",
        ),
    ],
    "de": [
        (
            "Wie lege ich neue Mitarbeiter an?",
            "Im Portal unter Personen > Hinzufügen: Name, E-Mail, Kostenstelle.",
        )
    ],
    "fr": [
        (
            "Comment ajouter un nouveau salarié ?",
            "Dans le portail, Personnes > Ajouter : nom, e-mail et centre de coût.",
        )
    ],
    "es": [
        (
            "¿Cómo doy de alta a un empleado nuevo?",
            "En el portal, Personas > Añadir: nombre, correo y centro de coste.",
        )
    ],
    "pt": [
        (
            "Como adiciono um colaborador novo?",
            "No portal, Pessoas > Adicionar: nome, e-mail e centro de custo.",
        )
    ],
}
THANKS: T = {
    "it": ["Perfetto, grazie", "Grazie mille"],
    "en": ["Perfect, thanks", "Great, thank you"],
    "de": ["Danke!"],
    "fr": ["Merci !"],
    "es": ["¡Gracias!"],
    "pt": ["Obrigado!"],
}
PRAISE: T = {
    "it": [
        "Da quando usiamo {b} Business le note spese dei commerciali si chiudono in mezza giornata. Consigliato",
        "Autisti sempre puntuali per i nostri clienti in arrivo a Malpensa, ottima figura con tutti",
    ],
    "en": [
        "Since we moved to {b} Business our expenses close in half a day. Recommended",
        "Drivers always on time for our visitors at the airport, makes us look good",
    ],
    "de": ["Seit {b} Business ist die Spesenabrechnung in einem halben Tag erledigt"],
    "fr": ["Depuis {b} Business les notes de frais se bouclent en une demi-journée"],
    "es": ["Desde {b} Business cerramos los gastos en medio día"],
    "pt": ["Desde a {b} Business fechamos as despesas em meio dia"],
}

COMPANIES: dict[str, list[str]] = {
    "IT": [
        "Trasporti Brenta Logistica",
        "Studio Legale Vannucci & Ferri",
        "Ottica Caravaggi",
        "Fonderie Lario",
        "Agenzia Pontevecchio Eventi",
    ],
    "UK": ["Harrowgate Private Clinic", "The Wexley Hotel", "Pennant & Lowe Surveyors"],
    "IE": ["Liffeyside Software"],
    "DE": ["Brandauer Unternehmensberatung", "Kesselring Messebau"],
    "FR": ["Cabinet Dufresnoy Architectes"],
    "ES": ["Grupo Albariño Seguros"],
    "PT": ["Estaleiros Tejo Sul"],
    "CH": ["Bergli Treuhand"],
}
SITES: dict[str, str] = {
    "Trasporti Brenta Logistica": "logistics",
    "Studio Legale Vannucci & Ferri": "law_firm",
    "Ottica Caravaggi": "retail",
    "Fonderie Lario": "manufacturing",
    "Agenzia Pontevecchio Eventi": "events",
    "Harrowgate Private Clinic": "clinic",
    "The Wexley Hotel": "hotel",
    "Pennant & Lowe Surveyors": "surveyors",
    "Liffeyside Software": "software",
    "Brandauer Unternehmensberatung": "consultancy",
    "Kesselring Messebau": "exhibition_stands",
    "Cabinet Dufresnoy Architectes": "architects",
    "Grupo Albariño Seguros": "insurance",
    "Estaleiros Tejo Sul": "shipyard",
    "Bergli Treuhand": "accountants",
}
DOMAINS: dict[str, str] = {
    "Trasporti Brenta Logistica": "brentalogistica.example",
    "Studio Legale Vannucci & Ferri": "vannucciferri.example",
    "Ottica Caravaggi": "otticacaravaggi.example",
    "Fonderie Lario": "fonderielario.example",
    "Agenzia Pontevecchio Eventi": "pontevecchioeventi.example",
    "Harrowgate Private Clinic": "harrowgateclinic.example",
    "The Wexley Hotel": "wexleyhotel.example",
    "Pennant & Lowe Surveyors": "pennantlowe.example",
    "Liffeyside Software": "liffeyside.example",
    "Brandauer Unternehmensberatung": "brandauer-beratung.example",
    "Kesselring Messebau": "kesselring-messebau.example",
    "Cabinet Dufresnoy Architectes": "dufresnoy-archi.example",
    "Grupo Albariño Seguros": "albarinoseguros.example",
    "Estaleiros Tejo Sul": "tejosul.example",
    "Bergli Treuhand": "bergli-treuhand.example",
}
JOB_TITLES = [
    "Office Manager",
    "Travel Coordinator",
    "Finance Manager",
    "Executive Assistant",
    "Operations Lead",
    "HR Manager",
    "Facilities Manager",
    "Partner",
]
