# ruff: noqa: E501
"""The business arm's words (Kassetto Archive: digitising for organisations on account).

English and German first, then French, Italian, Portuguese and Spanish (one
variant each). Placeholders: {case}, {comp}, {acct}, {first}, {agent},
{company}, {other}, {weekday}, {name}.
"""

from __future__ import annotations

Table = dict[str, list[str]]
Pairs = dict[str, list[tuple[str, str]]]

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

#: problem -> kind -> language. Kinds: topic, first (the first complaint), brief
#: (restated by later complainers).
B2B_PROB: dict[str, dict[str, Table]] = {
    "invoice": {
        "topic": {
            "en": ["invoices without our PO number"],
            "de": ["Rechnungen ohne Bestellnummer"],
            "fr": ["factures sans notre numéro de commande"],
            "it": ["fatture senza numero d'ordine"],
            "pt": ["faturas sem número de encomenda"],
            "es": ["facturas sin nuestro número de pedido"],
        },
        "first": {
            "en": [
                "Your last three invoices for account {acct} carry no purchase order number and are addressed to our old department name, so finance has rejected all three and the project is now flagged as unpaid on our side. Please reissue them with the PO number from the framework order.",
                "Finance has bounced your invoices again: no PO number, old department name. We cannot pay an invoice our system cannot match. Account {acct}; please reissue.",
            ],
            "de": [
                "Ihre letzten drei Rechnungen zum Konto {acct} tragen keine Bestellnummer und sind an unsere alte Amtsbezeichnung adressiert. Die Kämmerei hat alle drei zurückgewiesen, das Projekt gilt bei uns jetzt als unbezahlt. Bitte stellen Sie sie mit der Bestellnummer aus dem Rahmenauftrag neu aus.",
                "Die Buchhaltung hat Ihre Rechnungen schon wieder zurückgeschickt: keine Bestellnummer, alte Abteilungsbezeichnung. Eine Rechnung, die unser System nicht zuordnen kann, können wir nicht bezahlen. Konto {acct}, bitte neu ausstellen.",
            ],
            "fr": [
                "Vos trois dernières factures (compte {acct}) n'ont pas de numéro de bon de commande et portent l'ancien nom du service ; la comptabilité les a toutes rejetées. Merci de les rééditer avec le numéro du marché."
            ],
            "it": [
                "Le ultime tre fatture (conto {acct}) non hanno il numero d'ordine e riportano il vecchio nome dell'ufficio; la ragioneria le ha respinte tutte. Per favore riemettetele con il numero dell'ordine quadro."
            ],
            "pt": [
                "As últimas três faturas (conta {acct}) não têm número de encomenda e vêm com o nome antigo do departamento; a contabilidade rejeitou-as todas. Por favor reemitam com o número do contrato."
            ],
            "es": [
                "Vuestras tres últimas facturas (cuenta {acct}) no llevan número de pedido y van al nombre antiguo del departamento; contabilidad las ha rechazado todas. Reemitidlas con el número del contrato marco, por favor."
            ],
        },
        "brief": {
            "en": [
                "the invoices still come without our PO number and finance keeps rejecting them"
            ],
            "de": [
                "die Rechnungen kommen immer noch ohne Bestellnummer und die Kämmerei weist sie weiter zurück"
            ],
            "fr": [
                "les factures arrivent toujours sans numéro de commande et la comptabilité les rejette"
            ],
            "it": ["le fatture arrivano ancora senza numero d'ordine e la ragioneria le respinge"],
            "pt": ["as faturas continuam sem número de encomenda e a contabilidade rejeita-as"],
            "es": ["las facturas siguen llegando sin número de pedido y contabilidad las rechaza"],
        },
    },
    "service_blocked": {
        "topic": {
            "en": ["courier refusing to collect our crates"],
            "de": ["Kurier holt unsere Kisten nicht ab"],
            "fr": ["le coursier refuse d'enlever nos caisses"],
            "it": ["il corriere non ritira le nostre casse"],
            "pt": ["estafeta recusa recolher as nossas caixas"],
            "es": ["el mensajero no recoge nuestras cajas"],
        },
        "first": {
            "en": [
                "Your courier turned up this morning and refused to take our three crates of case files because account {acct} is 'on hold'. Every invoice is paid, I have the remittances. The batch was booked weeks ago and the court deadline doesn't move.",
                "Second collection in a row cancelled with 'account on hold' on the courier's screen. Account {acct} is fully paid. Nobody at Kassetto can tell me who put the hold on or why.",
            ],
            "de": [
                "Ihr Kurier war heute früh da und hat unsere drei Kisten Akten nicht mitgenommen, weil das Konto {acct} 'gesperrt' sei. Alle Rechnungen sind bezahlt, die Zahlungsbelege liegen mir vor. Die Abholung war seit Wochen gebucht.",
                "Zum zweiten Mal hintereinander fällt die Abholung aus, auf dem Gerät des Kuriers steht 'Konto gesperrt'. Konto {acct} ist vollständig bezahlt. Bei Kassetto kann mir niemand sagen, wer die Sperre gesetzt hat.",
            ],
            "fr": [
                "Votre coursier est venu ce matin et a refusé d'enlever nos trois caisses parce que le compte {acct} serait 'bloqué'. Toutes les factures sont payées."
            ],
            "it": [
                "Il vostro corriere è passato stamattina e non ha ritirato le nostre tre casse perché il conto {acct} risulterebbe 'bloccato'. Tutte le fatture sono pagate."
            ],
            "pt": [
                "O vosso estafeta veio esta manhã e recusou levar as nossas três caixas porque a conta {acct} estaria 'bloqueada'. Todas as faturas estão pagas."
            ],
            "es": [
                "Vuestro mensajero vino esta mañana y no se llevó nuestras tres cajas porque la cuenta {acct} estaría 'bloqueada'. Todas las facturas están pagadas."
            ],
        },
        "brief": {
            "en": [
                "the courier still won't collect because the account shows 'on hold', though everything is paid"
            ],
            "de": [
                "der Kurier holt immer noch nicht ab, weil das Konto als gesperrt angezeigt wird, obwohl alles bezahlt ist"
            ],
            "fr": [
                "le coursier refuse toujours d'enlever, le compte apparaît bloqué alors que tout est payé"
            ],
            "it": [
                "il corriere continua a non ritirare, il conto risulta bloccato anche se è tutto pagato"
            ],
            "pt": [
                "o estafeta continua a não recolher, a conta aparece bloqueada apesar de tudo pago"
            ],
            "es": [
                "el mensajero sigue sin recoger, la cuenta sale bloqueada aunque está todo pagado"
            ],
        },
    },
    "portal": {
        "topic": {
            "en": ["project portal shows no batches"],
            "de": ["Projektportal zeigt keine Lieferungen"],
            "fr": ["portail projet sans aucun lot"],
            "it": ["portale progetti senza lotti"],
            "pt": ["portal de projetos sem lotes"],
            "es": ["portal de proyectos sin lotes"],
        },
        "first": {
            "en": [
                "Since Monday the project portal for account {acct} shows no batches at all, so we cannot approve the scans and the lab won't start the next batch without an approval. We have a grant report due on these.",
                "The portal lists zero batches for us although 1,400 items went to you last month. No approval possible, project stalled. Account {acct}.",
            ],
            "de": [
                "Seit Montag zeigt das Projektportal für Konto {acct} überhaupt keine Lieferungen mehr an. Wir können die Scans nicht freigeben, und ohne Freigabe beginnt das Labor die nächste Lieferung nicht. Der Förderbericht hängt daran.",
                "Im Portal stehen null Lieferungen, obwohl letzten Monat 1.400 Objekte zu Ihnen gegangen sind. Keine Freigabe möglich, das Projekt steht. Konto {acct}.",
            ],
            "fr": [
                "Depuis lundi le portail projet du compte {acct} n'affiche plus aucun lot : impossible de valider les numérisations, le labo ne lance pas le lot suivant."
            ],
            "it": [
                "Da lunedì il portale del conto {acct} non mostra più nessun lotto: non possiamo approvare le scansioni e il laboratorio non parte col lotto successivo."
            ],
            "pt": [
                "Desde segunda-feira o portal da conta {acct} não mostra nenhum lote: não conseguimos aprovar as digitalizações e o laboratório não avança."
            ],
            "es": [
                "Desde el lunes el portal de la cuenta {acct} no muestra ningún lote: no podemos aprobar los escaneos y el laboratorio no empieza el siguiente."
            ],
        },
        "brief": {
            "en": [
                "the portal still shows no batches, so nothing can be approved and the project is stalled"
            ],
            "de": [
                "das Portal zeigt immer noch keine Lieferungen, nichts kann freigegeben werden, das Projekt steht"
            ],
            "fr": ["le portail n'affiche toujours aucun lot, rien ne peut être validé"],
            "it": ["il portale continua a non mostrare lotti, non si può approvare niente"],
            "pt": ["o portal continua sem lotes e não se pode aprovar nada"],
            "es": ["el portal sigue sin lotes y no se puede aprobar nada"],
        },
    },
    "overbilled": {
        "topic": {
            "en": ["billed at the standard rate, not our framework rate"],
            "de": ["Abrechnung zum Listenpreis statt Rahmenpreis"],
            "fr": ["facturé au tarif public au lieu du tarif cadre"],
            "it": ["fatturato a listino invece che a prezzo quadro"],
            "pt": ["faturado a preço de tabela em vez do preço do contrato"],
            "es": ["facturado a precio de tarifa y no al del contrato"],
        },
        "first": {
            "en": [
                "Our last two batches on account {acct} were billed per item at your standard rate instead of the framework rate in our contract. That's over £1,900 too much. Please credit the difference and fix the rate on the account.",
                "Again billed at list price, not at the contract rate. Account {acct}. Our bursar has asked me to stop sending material until it's corrected.",
            ],
            "de": [
                "Unsere letzten zwei Lieferungen auf Konto {acct} wurden pro Stück zum Listenpreis abgerechnet statt zum Rahmenpreis aus unserem Vertrag. Das sind über 2.200 € zu viel. Bitte schreiben Sie die Differenz gut und hinterlegen Sie den richtigen Preis.",
                "Schon wieder zum Listenpreis abgerechnet statt zum Vertragspreis. Konto {acct}. Unsere Verwaltung hat mich gebeten, nichts mehr zu schicken, bis das korrigiert ist.",
            ],
            "fr": [
                "Nos deux derniers lots (compte {acct}) ont été facturés au tarif public et non au tarif de notre contrat-cadre : plus de 2 000 € de trop. Merci de créditer la différence."
            ],
            "it": [
                "Gli ultimi due lotti (conto {acct}) sono stati fatturati a listino e non al prezzo del nostro accordo quadro: oltre 2.000 € in più. Per favore accreditate la differenza."
            ],
            "pt": [
                "Os dois últimos lotes (conta {acct}) foram faturados a preço de tabela e não ao preço do contrato: mais de 2.000 € a mais. Por favor creditem a diferença."
            ],
            "es": [
                "Los dos últimos lotes (cuenta {acct}) se han facturado a precio de tarifa y no al del contrato marco: más de 2.000 € de más. Abonad la diferencia, por favor."
            ],
        },
        "brief": {
            "en": ["we are still being billed at the standard rate instead of our framework rate"],
            "de": ["es wird immer noch zum Listenpreis statt zum Rahmenpreis abgerechnet"],
            "fr": ["la facturation est toujours au tarif public et non au tarif cadre"],
            "it": ["la fatturazione è ancora a listino e non al prezzo quadro"],
            "pt": ["continuam a faturar a preço de tabela e não ao preço do contrato"],
            "es": ["seguís facturando a precio de tarifa y no al del contrato"],
        },
    },
}

B2B_SUBJECT: Table = {
    "en": ["Complaint: {topic} (account {acct})"],
    "de": ["Beschwerde: {topic} (Konto {acct})"],
    "fr": ["Réclamation : {topic} (compte {acct})"],
    "it": ["Reclamo: {topic} (conto {acct})"],
    "pt": ["Reclamação: {topic} (conta {acct})"],
    "es": ["Reclamación: {topic} (cuenta {acct})"],
}

#: A later complainer of the same account: names the first, the weekday and the case.
B2B_LATER: Table = {
    "en": [
        "{other} from our team already wrote on {weekday} (case {case}) and I'm adding my name to it: {brief}. It's holding up my part of the project too.",
        "Following up on case {case}, which {other} opened on {weekday}. Same problem on my side: {brief}. Please treat this as urgent.",
    ],
    "de": [
        "{other} aus unserem Team hat am {weekday} schon geschrieben (Vorgang {case}), ich schließe mich an: {brief}. Mein Teil des Projekts hängt genauso.",
        "Nachtrag zu Vorgang {case}, den {other} am {weekday} eröffnet hat. Bei mir dasselbe: {brief}. Bitte dringend behandeln.",
    ],
    "fr": [
        "{other} vous a déjà écrit {weekday} (dossier {case}) et je m'y joins : {brief}. Ma partie du projet est bloquée aussi."
    ],
    "it": [
        "{other} vi ha già scritto {weekday} (pratica {case}) e mi associo: {brief}. Anche la mia parte del progetto è ferma."
    ],
    "pt": [
        "{other} já vos escreveu na {weekday} (processo {case}) e junto-me: {brief}. A minha parte do projeto também está parada."
    ],
    "es": [
        "{other} ya os escribió el {weekday} (caso {case}) y me sumo: {brief}. Mi parte del proyecto también está parada."
    ],
}

B2B_LATER_SUBJECT: Table = {
    "en": ["Case {case} - {topic}"],
    "de": ["Vorgang {case} - {topic}"],
    "fr": ["Dossier {case} - {topic}"],
    "it": ["Pratica {case} - {topic}"],
    "pt": ["Processo {case} - {topic}"],
    "es": ["Caso {case} - {topic}"],
}

#: The last complainer writes again: by e-mail (procurement asked a competitor) ...
B2B_FINAL_MAIL: Table = {
    "en": [
        "Case {case}: nothing is fixed, and several of us have now written about it. Procurement has already asked {comp} for a quote for the rest of the collection."
    ],
    "de": [
        "Vorgang {case}: nichts ist behoben, inzwischen haben mehrere von uns geschrieben. Unser Einkauf hat bereits ein Angebot bei {comp} für den Rest des Bestands angefragt."
    ],
    "fr": [
        "Dossier {case} : rien n'est réglé et plusieurs d'entre nous vous ont écrit. Les achats ont déjà demandé un devis à {comp}."
    ],
    "it": [
        "Pratica {case}: niente è risolto e ormai vi abbiamo scritto in tanti. L'ufficio acquisti ha già chiesto un preventivo a {comp}."
    ],
    "pt": [
        "Processo {case}: nada está resolvido e já vários de nós escrevemos. As compras já pediram orçamento à {comp}."
    ],
    "es": [
        "Caso {case}: no se ha arreglado nada y ya os hemos escrito varios. Compras ya ha pedido presupuesto a {comp}."
    ],
}

#: ... or by phone (the boss would move the work).
B2B_FINAL_CALL: Table = {
    "en": [
        "hello it's {name} from {company} calling about case {case} nothing's been fixed several of us have written now and my director says we move the digitising to another supplier if it isn't sorted this week"
    ],
    "de": [
        "ja guten Tag hier ist {name} von {company} es geht um Vorgang {case} es ist nichts behoben mehrere Kollegen haben schon geschrieben und meine Chefin sagt wir geben das Projekt an einen anderen Anbieter wenn das diese Woche nicht geklärt ist"
    ],
    "fr": [
        "oui bonjour {name} de {company} pour le dossier {case} rien n'est réglé plusieurs collègues vous ont écrit et ma directrice dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "it": [
        "sì buongiorno sono {name} di {company} per la pratica {case} non è risolto niente vi hanno scritto in tanti e la mia direttrice dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "pt": [
        "sim bom dia é {name} da {company} sobre o processo {case} não está nada resolvido vários colegas já escreveram e a minha diretora diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "es": [
        "sí hola soy {name} de {company} por el caso {case} no se ha arreglado nada ya os han escrito varios compañeros y mi jefa dice que nos vamos a otro proveedor si no se soluciona esta semana"
    ],
}

B2B_ACK: Table = {
    "en": [
        "Hello {first}, thank you, and I'm sorry. I've logged this as case {case} on account {acct}; our account team will reply within one working day. {agent}, Kassetto Archive"
    ],
    "de": [
        "Guten Tag {first}, vielen Dank, und es tut mir leid. Ich habe das als Vorgang {case} zum Konto {acct} erfasst; unser Kundenteam meldet sich innerhalb eines Werktags. {agent}, Kassetto Archive"
    ],
    "fr": [
        "Bonjour {first}, merci et toutes nos excuses. J'ai enregistré le dossier {case} sur le compte {acct} ; l'équipe grands comptes revient vers vous sous un jour ouvré. {agent}, Kassetto Archive"
    ],
    "it": [
        "Buongiorno {first}, grazie e ci scusi. Ho registrato la pratica {case} sul conto {acct}; il team clienti le risponde entro un giorno lavorativo. {agent}, Kassetto Archive"
    ],
    "pt": [
        "Olá {first}, obrigado e pedimos desculpa. Registei o processo {case} na conta {acct}; a equipa de clientes responde num dia útil. {agent}, Kassetto Archive"
    ],
    "es": [
        "Hola {first}, gracias y disculpa. He registrado el caso {case} en la cuenta {acct}; el equipo de cuentas te responde en un día laborable. {agent}, Kassetto Archive"
    ],
}

B2B_SUGGEST: Table = {
    "en": [
        "Suggestion: could the portal export costs by project code? Our finance team splits everything by grant.",
        "Small request: could the delivery note list a checksum for each file? Our archivist asks every time.",
    ],
    "de": [
        "Anregung: Könnte das Portal die Kosten nach Projektnummer exportieren? Unsere Buchhaltung rechnet alles nach Förderprojekt ab.",
        "Kleiner Wunsch: Könnte auf dem Lieferschein zu jeder Datei eine Prüfsumme stehen? Unsere Archivarin fragt jedes Mal.",
    ],
    "fr": ["Suggestion : le portail pourrait-il exporter les coûts par code projet ?"],
    "it": ["Suggerimento: il portale potrebbe esportare i costi per codice progetto?"],
    "pt": ["Sugestão: o portal podia exportar os custos por código de projeto?"],
    "es": ["Sugerencia: ¿podría el portal exportar los costes por código de proyecto?"],
}

B2B_SUGGEST_ACK: Table = {
    "en": [
        "Hello {first}, thank you for the suggestion, I've passed it to our product team. {agent}, Kassetto Archive"
    ],
    "de": [
        "Guten Tag {first}, danke für die Anregung, ich habe sie an unser Produktteam weitergegeben. {agent}, Kassetto Archive"
    ],
    "fr": ["Bonjour {first}, merci pour la suggestion, transmise à l'équipe produit. {agent}"],
    "it": ["Buongiorno {first}, grazie del suggerimento, l'ho girato al team prodotto. {agent}"],
    "pt": ["Olá {first}, obrigado pela sugestão, já a passei à equipa de produto. {agent}"],
    "es": [
        "Hola {first}, gracias por la sugerencia, se la he pasado al equipo de producto. {agent}"
    ],
}

B2B_QUESTIONS: Pairs = {
    "en": [
        (
            "hi, can we add 200 glass plate negatives to the current project or does that need a new quote?",
            "You can add them to the current project; glass plates are on your price list, I've noted it on the project.",
        ),
        (
            "what resolution do you scan A3 maps at by default?",
            "600 dpi as standard for maps, 1200 if you tick 'archival master' on the batch.",
        ),
        (
            "can the next crate be collected Thursday instead of Wednesday?",
            "Yes, I've moved the collection to Thursday between 9 and 12.",
        ),
    ],
    "de": [
        (
            "hallo, können wir 200 Glasplattennegative ins laufende Projekt nehmen oder braucht das ein neues Angebot?",
            "Das geht im laufenden Projekt; Glasplatten stehen auf Ihrer Preisliste, ich habe es vermerkt.",
        ),
        (
            "mit welcher Auflösung scannen Sie A3-Karten standardmäßig?",
            "Standard sind 600 dpi, mit 'Archivmaster' auf der Lieferung 1200 dpi.",
        ),
        (
            "kann die nächste Kiste Donnerstag statt Mittwoch abgeholt werden?",
            "Ja, ich habe die Abholung auf Donnerstag zwischen 9 und 12 Uhr verlegt.",
        ),
    ],
    "fr": [
        (
            "bonjour, peut-on ajouter 200 plaques de verre au projet en cours ?",
            "Oui, c'est dans votre grille tarifaire, je l'ai noté sur le projet.",
        )
    ],
    "it": [
        (
            "buongiorno, possiamo aggiungere 200 lastre di vetro al progetto in corso?",
            "Sì, sono nel vostro listino, l'ho annotato sul progetto.",
        )
    ],
    "pt": [
        (
            "bom dia, podemos juntar 200 negativos em vidro ao projeto atual?",
            "Sim, estão na vossa tabela de preços, já anotei no projeto.",
        )
    ],
    "es": [
        (
            "hola, ¿podemos añadir 200 placas de vidrio al proyecto actual?",
            "Sí, están en vuestra tarifa, lo he anotado en el proyecto.",
        )
    ],
}

B2B_THANKS: Table = {
    "en": ["great, thanks", "perfect, thank you"],
    "de": ["prima, danke", "sehr gut, vielen Dank"],
    "fr": ["parfait, merci"],
    "it": ["perfetto, grazie"],
    "pt": ["ótimo, obrigado"],
    "es": ["perfecto, gracias"],
}

B2B_PRAISE: Table = {
    "en": [
        "Our 1950s files are finally searchable thanks to Kassetto Archive. The OCR on faded typescript is better than we hoped",
        "Third project with Kassetto Archive, and again every box back in the order we packed it",
    ],
    "de": [
        "Unsere Akten aus den 50ern sind dank Kassetto Archive endlich durchsuchbar. Die Texterkennung auf verblasster Schreibmaschinenschrift ist besser als erhofft",
        "Drittes Projekt mit Kassetto Archive, und wieder kam jede Kiste in der Reihenfolge zurück, in der wir sie gepackt haben",
    ],
    "fr": [
        "Nos archives des années 50 enfin consultables grâce à Kassetto Archive. Travail soigné"
    ],
    "it": [
        "I nostri archivi degli anni '50 finalmente consultabili grazie a Kassetto Archive. Lavoro accurato"
    ],
    "pt": [
        "Os nossos arquivos dos anos 50 finalmente pesquisáveis graças à Kassetto Archive. Trabalho cuidado"
    ],
    "es": [
        "Nuestros archivos de los años 50 por fin se pueden buscar gracias a Kassetto Archive. Trabajo cuidadoso"
    ],
}

B2B_SURVEY_WORDS: Table = {
    "en": ["reliable", "", "good service"],
    "de": ["zuverlässig", "", "gute Zusammenarbeit"],
    "fr": ["fiable", ""],
    "it": ["affidabili", ""],
    "pt": ["fiáveis", ""],
    "es": ["fiables", ""],
}

#: (label, page, price in euros) for project orders.
B2B_PRODUCTS: list[tuple[str, str, int]] = [
    ("Archive batch: 500 documents A4, OCR", "/portal/order/documents", 420),
    ("Archive batch: 300 slides or negatives", "/portal/order/slides", 310),
    ("Archive batch: 40 video tapes", "/portal/order/video", 980),
    ("Archive batch: 100 maps and plans up to A0", "/portal/order/maps", 760),
    ("Archive batch: 25 film reels 16 mm", "/portal/order/film", 1450),
]

B2B_PAGES = ["/portal/projects", "/portal/batches", "/portal/invoices", "/portal/collections"]

#: Weekday names as a later complainer writes them ("on Wednesday").
WEEKDAYS: Table = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
