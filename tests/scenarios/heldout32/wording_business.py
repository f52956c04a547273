# ruff: noqa: E501
"""Hand-written wording of Netvero Business contacts (heldout32, report only).

Placeholders: {case}, {colleague}, {weekday}, {competitor}, {company},
{first}, {title}, {agent}, {lines}, {spoken_case}; the writer's gender as
[[fem|masc]], the colleague's as <<fem|masc>>.
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "lines_blocked", "portal", "overbilled")

SITES = ("accounting", "clinic", "logistics", "software", "architecture", "retail")

COMPANIES: dict[str, list[tuple[str, str]]] = {
    "PT": [
        ("Contabilidade Ribeiro & Filhos", "accounting"),
        ("Clínica Dentária Sorriso Norte", "clinic"),
        ("Transportes Vale do Ave", "logistics"),
        ("Bytecanto Software", "software"),
        ("Atelier Arq. Lume", "architecture"),
        ("Mercearia Fina do Bolhão", "retail"),
    ],
    "DE": [
        ("Steuerkanzlei Brandt & Partner", "accounting"),
        ("Spedition Köhler GmbH", "logistics"),
        ("Praxis Dr. Albers", "clinic"),
    ],
    "AT": [("Architekturbüro Hollerer", "architecture"), ("Softwerk Linz GmbH", "software")],
    "CH": [("Treuhand Egli AG", "accounting"), ("Velo Gerber GmbH", "retail")],
    "ES": [("Asesoría Lozano", "accounting")],
    "FR": [("Cabinet Dentaire Moreau", "clinic")],
    "IT": [("Studio Tecnico Bianchi", "architecture")],
    "UK": [("Harwood Logistics Ltd", "logistics")],
}

DOMAINS = {
    "Contabilidade Ribeiro & Filhos": "ribeirofilhos",
    "Clínica Dentária Sorriso Norte": "sorrisonorte",
    "Transportes Vale do Ave": "valedoave",
    "Bytecanto Software": "bytecanto",
    "Atelier Arq. Lume": "lume-arq",
    "Mercearia Fina do Bolhão": "merceariabolhao",
    "Steuerkanzlei Brandt & Partner": "kanzlei-brandt",
    "Spedition Köhler GmbH": "koehler-spedition",
    "Praxis Dr. Albers": "praxis-albers",
    "Architekturbüro Hollerer": "hollerer-arch",
    "Softwerk Linz GmbH": "softwerk-linz",
    "Treuhand Egli AG": "egli-treuhand",
    "Velo Gerber GmbH": "velogerber",
    "Asesoría Lozano": "asesorialozano",
    "Cabinet Dentaire Moreau": "cabinet-moreau",
    "Studio Tecnico Bianchi": "studiobianchi",
    "Harwood Logistics Ltd": "harwoodlogistics",
}

WEEKDAYS = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
}

B2B_TOPIC: dict[str, dict[str, str]] = {
    "pt": {
        "invoice": "fatura sem NIF nem ATCUD",
        "lines_blocked": "linhas dos colaboradores bloqueadas",
        "portal": "portal não grava a lista de linhas",
        "overbilled": "linhas canceladas ainda faturadas",
    },
    "de": {
        "invoice": "Rechnung ohne USt-IdNr.",
        "lines_blocked": "Mitarbeiterleitungen gesperrt",
        "portal": "Portal speichert die Leitungsliste nicht",
        "overbilled": "gekündigte Leitungen weiter berechnet",
    },
    "en": {
        "invoice": "invoice without VAT number",
        "lines_blocked": "staff lines barred",
        "portal": "portal not saving the line list",
        "overbilled": "cancelled lines still billed",
    },
    "es": {
        "invoice": "factura sin NIF",
        "lines_blocked": "líneas del personal bloqueadas",
        "portal": "el portal no guarda las líneas",
        "overbilled": "líneas dadas de baja facturadas",
    },
    "fr": {
        "invoice": "facture sans numéro de TVA",
        "lines_blocked": "lignes du personnel bloquées",
        "portal": "le portail n'enregistre pas les lignes",
        "overbilled": "lignes résiliées toujours facturées",
    },
    "it": {
        "invoice": "fattura senza partita IVA",
        "lines_blocked": "linee dei dipendenti bloccate",
        "portal": "il portale non salva le linee",
        "overbilled": "linee disdette ancora fatturate",
    },
}

B2B_FIRST: dict[str, dict[str, str]] = {
    "pt": {
        "invoice": "Boa tarde, a fatura de setembro da conta empresarial vem sem o nosso NIF e sem código ATCUD, o contabilista não a consegue lançar. Já é a segunda vez. Precisamos de uma fatura corrigida com urgência.",
        "lines_blocked": "Bom dia, desde ontem quatro colaboradores têm o telemóvel da empresa bloqueado, aparece «conta suspensa». A conta está paga. Temos técnicos na estrada sem conseguir ligar aos clientes.",
        "portal": "Olá, no portal empresarial atribuo as linhas aos colaboradores, carrego em Guardar e ao voltar está tudo como estava. Já tentei em dois browsers. Não consigo gerir nada assim.",
        "overbilled": "Boa tarde, cancelámos 3 linhas em agosto e continuam a aparecer na fatura, {lines} a mais por mês. Peço a correção e a devolução.",
    },
    "de": {
        "invoice": "Guten Tag, die Septemberrechnung unseres Geschäftskontos enthält weder unsere USt-IdNr. noch die korrekte Firmenanschrift, die Buchhaltung kann sie so nicht verbuchen. Bitte dringend korrigieren.",
        "lines_blocked": "Guten Morgen, seit gestern sind vier Diensthandys unserer Mitarbeitenden gesperrt, Meldung «Konto gesperrt». Die Rechnungen sind bezahlt. Unsere Fahrer erreichen keine Kunden.",
        "portal": "Hallo, im Geschäftskundenportal ordne ich die Leitungen den Mitarbeitenden zu, klicke auf Speichern und danach ist alles wie vorher. In zwei Browsern probiert. So kann ich nichts verwalten.",
        "overbilled": "Guten Tag, wir haben im August 3 Leitungen gekündigt und sie stehen weiter auf der Rechnung, {lines} zu viel im Monat. Bitte korrigieren und erstatten.",
    },
    "en": {
        "invoice": "Hi, September's business invoice has no VAT number on it and our accounts team can't post it. Second month running. We need a corrected one urgently.",
        "lines_blocked": "Morning, since yesterday four of our drivers' work phones are barred with account suspended. The account is paid up.",
        "portal": "Hi, in the business portal I assign lines to staff, hit Save and it all reverts. Tried two browsers.",
        "overbilled": "Hi, we cancelled 3 lines in August and they're still on the invoice, {lines} extra a month. Please correct and refund.",
    },
    "es": {
        "invoice": "Buenas, la factura de septiembre de la cuenta de empresa viene sin nuestro NIF y la gestoría no la puede contabilizar. Necesitamos una rectificativa urgente.",
        "lines_blocked": "Buenos días, desde ayer cuatro móviles de empresa están bloqueados con «cuenta suspendida». Está todo pagado.",
        "portal": "Hola, en el portal de empresa asigno las líneas, le doy a Guardar y vuelve todo como estaba.",
        "overbilled": "Buenas, dimos de baja 3 líneas en agosto y siguen en la factura, {lines} de más al mes.",
    },
    "fr": {
        "invoice": "Bonjour, la facture de septembre du compte entreprise n'a pas notre numéro de TVA, le comptable ne peut pas la passer. Il nous faut une facture corrigée rapidement.",
        "lines_blocked": "Bonjour, depuis hier quatre téléphones pro sont bloqués avec « compte suspendu ». Tout est payé.",
        "portal": "Bonjour, dans le portail entreprise j'attribue les lignes, j'enregistre et tout revient comme avant.",
        "overbilled": "Bonjour, nous avons résilié 3 lignes en août et elles sont toujours facturées, {lines} de trop par mois.",
    },
    "it": {
        "invoice": "Buongiorno, la fattura di settembre dell'account aziendale non riporta la nostra partita IVA e il commercialista non la può registrare. Serve una nota di credito e una fattura corretta.",
        "lines_blocked": "Buongiorno, da ieri quattro cellulari aziendali sono bloccati con «account sospeso». È tutto pagato.",
        "portal": "Salve, nel portale aziende assegno le linee ai dipendenti, salvo e torna tutto com'era.",
        "overbilled": "Buongiorno, abbiamo disdetto 3 linee ad agosto e sono ancora in fattura, {lines} in più al mese.",
    },
}

B2B_NEXT: dict[str, list[str]] = {
    "pt": [
        "Bom dia, <<a minha colega|o meu colega>> {colleague} já vos escreveu na {weekday} sobre isto (processo {case}) e continua igual: {topic}. Também me afeta a mim. Quando fica resolvido?",
        "Olá, venho juntar-me à reclamação d<<a|o>> {colleague} (processo {case}, enviada na {weekday}). Aqui também: {topic}. Ninguém nos deu resposta e temos trabalho parado.",
    ],
    "de": [
        "Guten Tag, <<meine Kollegin|mein Kollege>> {colleague} hat Ihnen am {weekday} bereits dazu geschrieben (Fall {case}) und es ist unverändert: {topic}. Das betrifft auch mich. Wann wird das gelöst?",
        "Hallo, ich schließe mich der Meldung von {colleague} vom {weekday} an (Fall {case}). Bei mir dasselbe: {topic}. Bisher keine Rückmeldung, und bei uns steht die Arbeit.",
    ],
    "en": [
        "Hi, my colleague {colleague} wrote to you on {weekday} about this (case {case}) and nothing's changed: {topic}. It affects me too. When will it be fixed?"
    ],
    "es": [
        "Buenas, <<mi compañera|mi compañero>> {colleague} os escribió el {weekday} por esto (caso {case}) y sigue igual: {topic}. A mí también me afecta."
    ],
    "fr": [
        "Bonjour, <<ma collègue|mon collègue>> {colleague} vous a écrit {weekday} à ce sujet (dossier {case}) et rien n'a changé : {topic}. Cela me concerne aussi."
    ],
    "it": [
        "Buongiorno, <<la mia collega|il mio collega>> {colleague} vi ha scritto {weekday} per questo (pratica {case}) ed è tutto uguale: {topic}. Riguarda anche me."
    ],
}

B2B_LAST: dict[str, str] = {
    "pt": "Processo {case}: continua tudo por resolver. Já vários colegas vos reportaram o mesmo ({topic}) e ninguém nos dá uma data. Pedimos entretanto uma proposta à {competitor}.",
    "de": "Fall {case}: nach wie vor nichts gelöst. Mehrere Kolleginnen und Kollegen haben das gemeldet ({topic}) und niemand nennt uns einen Termin. Wir haben inzwischen ein Angebot bei {competitor} angefragt.",
    "en": "Case {case}: still nothing fixed. Several colleagues have reported it ({topic}) and nobody gives us a date. We've asked {competitor} for a quote in the meantime.",
    "es": "Caso {case}: sigue sin resolverse. Varios compañeros lo han reportado ({topic}) y nadie nos da fecha. Hemos pedido presupuesto a {competitor}.",
    "fr": "Dossier {case} : toujours rien. Plusieurs collègues l'ont signalé ({topic}) et personne ne nous donne de date. Nous avons demandé un devis à {competitor}.",
    "it": "Pratica {case}: ancora niente. Diversi colleghi l'hanno segnalato ({topic}) e nessuno ci dà una data. Abbiamo chiesto un preventivo a {competitor}.",
}

B2B_LAST_PHONE: dict[str, str] = {
    "pt": "bom dia ligo da {company} por causa do processo {spoken_case} continua sem solução já vários colegas reclamaram e estamos a ver outros operadores",
    "de": "guten tag ich rufe von der {company} an wegen fall {spoken_case} das ist immer noch nicht gelöst mehrere kollegen haben sich gemeldet wir schauen uns jetzt andere anbieter an",
    "en": "hi it's {company} about case {spoken_case} still not fixed several of us have reported it and we're looking at other providers",
    "es": "hola llamo de {company} por el caso {spoken_case} sigue sin solución varios compañeros lo han dicho y estamos mirando otros operadores",
    "fr": "bonjour j'appelle de {company} pour le dossier {spoken_case} toujours rien plusieurs collègues l'ont signalé on regarde d'autres opérateurs",
    "it": "buongiorno chiamo da {company} per la pratica {spoken_case} ancora niente diversi colleghi l'hanno segnalato e stiamo guardando altri operatori",
}

B2B_ACK: dict[str, str] = {
    "pt": "Olá {first}, obrigado pelo contacto. Registámos o pedido da {company} com o processo {case} ({topic}); a equipa Netvero Empresas dá-lhe resposta em breve. {agent}",
    "de": "Guten Tag {title}, danke für Ihre Nachricht. Wir haben das Anliegen der {company} als Fall {case} ({topic}) erfasst; das Team Netvero Geschäftskunden meldet sich in Kürze. {agent}",
    "en": "Hi {first}, thanks for getting in touch. We've logged {company}'s request as case {case} ({topic}); the Netvero Business team will be back to you shortly. {agent}",
    "es": "Hola {first}, gracias. Hemos registrado la solicitud de {company} con el caso {case} ({topic}); el equipo Netvero Empresas te responde en breve. {agent}",
    "fr": "Bonjour {title}, merci. La demande de {company} est enregistrée sous le dossier {case} ({topic}) ; l'équipe Netvero Entreprises revient vers vous rapidement. {agent}",
    "it": "Ciao {first}, grazie. Abbiamo registrato la richiesta di {company} con la pratica {case} ({topic}); il team Netvero Aziende ti risponde a breve. {agent}",
}

B2B_QA: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Bom dia, como acrescento uma linha para um colaborador novo que entra na segunda?",
            "Olá {first}, no portal vá a Linhas > Nova linha; o cartão SIM chega em 2 dias úteis ou pode usar eSIM já hoje.",
        ),
        (
            "É possível ter as faturas enviadas também para o email do contabilista?",
            "Olá {first}, sim: em Conta > Destinatários de faturas acrescente o email dele.",
        ),
        (
            "Podemos limitar o roaming nas linhas dos estagiários?",
            "Olá {first}, pode: em Linhas > Regras escolha as linhas e desative o roaming de dados.",
        ),
    ],
    "de": [
        (
            "Guten Morgen, wie lege ich eine Leitung für einen neuen Mitarbeiter an, der Montag anfängt?",
            "Guten Tag {title}, im Portal unter Leitungen > Neue Leitung; die SIM kommt in 2 Werktagen, eine eSIM geht sofort.",
        ),
        (
            "Kann die Rechnung zusätzlich an unser Steuerbüro gehen?",
            "Guten Tag {title}, ja, unter Konto > Rechnungsempfänger die Adresse ergänzen.",
        ),
        (
            "Lässt sich Roaming für die Azubi-Leitungen sperren?",
            "Guten Tag {title}, ja, unter Leitungen > Regeln die Leitungen wählen und Daten-Roaming abschalten.",
        ),
    ],
    "en": [
        (
            "Morning, how do I add a line for a new starter on Monday?",
            "Hi {first}, in the portal go to Lines > New line; the SIM arrives in 2 working days or use an eSIM today.",
        )
    ],
    "es": [
        (
            "Buenos días, ¿cómo añado una línea para un empleado nuevo?",
            "Hola {first}, en el portal, Líneas > Nueva línea; la SIM llega en 2 días o usa eSIM hoy mismo.",
        )
    ],
    "fr": [
        (
            "Bonjour, comment ajouter une ligne pour un nouvel arrivant lundi ?",
            "Bonjour {title}, dans le portail, Lignes > Nouvelle ligne ; la SIM arrive en 2 jours ouvrés ou eSIM tout de suite.",
        )
    ],
    "it": [
        (
            "Buongiorno, come aggiungo una linea per un nuovo dipendente?",
            "Ciao {first}, nel portale vai su Linee > Nuova linea; la SIM arriva in 2 giorni lavorativi o usa l'eSIM subito.",
        )
    ],
}

B2B_THANKS: dict[str, list[str]] = {
    "pt": ["Obrigad[[a|o]] {agent}, já está feito", "Perfeito, obrigad[[a|o]]"],
    "de": ["Danke {agent}, erledigt", "Prima, danke"],
    "en": ["Thanks {agent}, done"],
    "es": ["Gracias {agent}, hecho"],
    "fr": ["Merci {agent}, c'est fait"],
    "it": ["Grazie {agent}, fatto"],
}

B2B_PHONE_Q: dict[str, list[str]] = {
    "pt": ["queria saber se a fibra do escritório pode ter ip fixo e quanto custa"],
    "de": ["ich wollte fragen ob wir für den büroanschluss eine feste ip bekommen können"],
    "en": ["just asking can we get a static ip on the office line"],
    "es": ["quería saber si podemos tener ip fija en la oficina"],
    "fr": ["je voulais savoir si on peut avoir une ip fixe au bureau"],
    "it": ["volevo sapere se possiamo avere un ip fisso in ufficio"],
}

B2B_PRAISE: dict[str, list[str]] = {
    "pt": [
        "A passagem da nossa equipa toda para a Netvero Empresas correu sem uma falha. Portal simples e fatura única, recomendo a outras PME",
        "Um ano com a Netvero no escritório e nem uma quebra de fibra. Muito bom",
    ],
    "de": [
        "Unser ganzes Team auf Netvero Geschäftskunden umgestellt, ohne einen Ausfall. Portal einfach, eine Rechnung. Empfehlenswert",
        "Ein Jahr Netvero im Büro und kein einziger Ausfall",
    ],
    "en": ["Moved the whole team to Netvero Business without a hitch. One invoice, simple portal"],
    "es": ["Pasamos todo el equipo a Netvero Empresas sin un fallo. Muy recomendable"],
    "fr": ["Toute l'équipe passée chez Netvero Entreprises sans accroc. Je recommande"],
    "it": ["Passato tutto il team a Netvero Aziende senza intoppi. Consigliato"],
}

B2B_SUGGEST: dict[str, list[str]] = {
    "pt": [
        "Sugestão: seria útil a fatura mostrar o centro de custo de cada linha, para dividirmos por departamento.",
        "Ideia: na exportação de consumos, o número de colaborador numa coluna própria dava imenso jeito.",
    ],
    "de": [
        "Vorschlag: Es wäre hilfreich, wenn die Rechnung pro Leitung die Kostenstelle zeigt.",
        "Idee: Im Verbrauchsexport die Personalnummer als eigene Spalte wäre super.",
    ],
    "en": [
        "Suggestion: it'd help if the invoice showed a cost centre per line.",
        "Idea: the staff number as its own column in the usage export would be handy.",
    ],
    "es": [
        "Sugerencia: estaría bien que la factura mostrara el centro de coste por línea.",
        "Idea: el número de empleado en una columna aparte en la exportación.",
    ],
    "fr": [
        "Suggestion : ce serait pratique d'avoir le centre de coût par ligne sur la facture.",
        "Idée : le matricule dans une colonne à part dans l'export.",
    ],
    "it": [
        "Suggerimento: sarebbe utile il centro di costo per linea in fattura.",
        "Idea: la matricola in una colonna a parte nell'export.",
    ],
}

B2B_SUGGEST_ACK: dict[str, str] = {
    "pt": "Olá {first}, obrigado pela sugestão, passámo-la à equipa de produto. {agent}",
    "de": "Guten Tag {title}, danke für den Vorschlag, wir haben ihn an das Produktteam weitergegeben. {agent}",
    "en": "Hi {first}, thanks for the suggestion, passed to our product team. {agent}",
    "es": "Hola {first}, gracias por la sugerencia, la pasamos al equipo de producto. {agent}",
    "fr": "Bonjour {title}, merci pour la suggestion, transmise à l'équipe produit. {agent}",
    "it": "Ciao {first}, grazie del suggerimento, l'abbiamo girato al team prodotto. {agent}",
}

# Add-ons: page, label, price in EUR.
ADDONS: list[tuple[str, str, str]] = [
    ("/empresas/linhas", "Linha adicional empresa / Extra business line", "15.90"),
    ("/business/ip-fixo", "IP fixo / Static IP", "9.00"),
    ("/business/roaming-team", "Roaming equipa 10 linhas / Team roaming 10 lines", "49.00"),
]
