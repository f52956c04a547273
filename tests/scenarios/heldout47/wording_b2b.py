"""Business-arm wording of heldout47: Nidolo Hotel, baby gear for hotels and holiday lets.

Placeholders: {ref} case reference, {first} the first complainer's first name,
{when} a weekday or "this morning", {comp} a competitor, {amt} an amount, {name}.
"""

# ruff: noqa: E501

from __future__ import annotations

B2B_PRODUCTS = [
    ("Hotel cot, season", "Culla hotel, stagione", 240.0, "pro/hotel-cot"),
    ("High chair x10, month", "Seggioloni x10, mese", 310.0, "pro/high-chairs"),
    ("Bath set x5, month", "Set bagnetto x5, mese", 95.0, "pro/bath-set"),
    ("Stroller fleet x6, month", "Flotta passeggini x6, mese", 420.0, "pro/stroller-fleet"),
]

# problem -> language -> (topic, complaint sentence, call fragment)
B2B_PROBLEMS: dict[str, dict[str, tuple[str, str, str]]] = {
    "invoice": {
        "it": (
            "fatture intestate male",
            "le fatture di Nidolo Hotel sono ancora intestate alla vecchia ragione sociale e senza il numero d'ordine, l'amministrazione le respinge tutte",
            "le fatture hanno ancora il vecchio nome e niente numero d'ordine",
        ),
        "es": (
            "facturas mal emitidas",
            "las facturas de Nidolo Hotel siguen saliendo con la razón social antigua y sin número de pedido, contabilidad las rechaza todas",
            "las facturas siguen con el nombre antiguo y sin número de pedido",
        ),
        "en": (
            "invoices wrong",
            "Nidolo Hotel invoices still carry our old company name and no PO number, accounts reject every one",
            "the invoices still have the old name and no PO number",
        ),
        "fr": (
            "factures erronées",
            "les factures Nidolo Hotel portent toujours l'ancienne raison sociale et aucun numéro de commande, la compta les rejette toutes",
            "les factures ont toujours l'ancien nom et pas de numéro de commande",
        ),
        "de": (
            "Rechnungen falsch",
            "die Rechnungen von Nidolo Hotel laufen immer noch auf den alten Firmennamen und ohne Bestellnummer, die Buchhaltung lehnt alle ab",
            "die Rechnungen haben immer noch den alten Namen und keine Bestellnummer",
        ),
        "pt": (
            "faturas erradas",
            "as faturas da Nidolo Hotel continuam com a denominação antiga e sem número de encomenda, a contabilidade rejeita todas",
            "as faturas continuam com o nome antigo e sem número de encomenda",
        ),
    },
    "service_blocked": {
        "it": (
            "consegne bloccate",
            'il vostro autista si è rifiutato di scaricare le culle perché il conto risulta "sospeso", ma abbiamo pagato tutto il mese scorso. Stasera arrivano tre famiglie con neonati',
            "l'autista non ci scarica le culle dice che il conto è sospeso ma abbiamo pagato",
        ),
        "es": (
            "entregas bloqueadas",
            'vuestro repartidor se negó a descargar las cunas porque la cuenta aparece "suspendida", y pagamos todo el mes pasado. Esta noche llegan tres familias con bebés',
            "el repartidor no nos descarga las cunas dice que la cuenta está suspendida pero hemos pagado",
        ),
        "en": (
            "deliveries blocked",
            'your driver refused to unload the cots because the account shows "on hold", though we paid in full last month. Three families with babies check in tonight',
            "the driver won't unload the cots says the account is on hold but we've paid",
        ),
        "fr": (
            "livraisons bloquées",
            'votre livreur a refusé de décharger les lits car le compte est "suspendu", alors que tout est payé depuis le mois dernier. Trois familles avec bébé arrivent ce soir',
            "le livreur veut pas décharger les lits il dit que le compte est suspendu mais on a payé",
        ),
        "de": (
            "Lieferungen gesperrt",
            'Ihr Fahrer hat sich geweigert, die Babybetten abzuladen, weil das Konto "gesperrt" sei, obwohl wir letzten Monat alles bezahlt haben. Heute Abend kommen drei Familien mit Babys',
            "der Fahrer lädt die Betten nicht ab er sagt das Konto ist gesperrt aber wir haben bezahlt",
        ),
        "pt": (
            "entregas bloqueadas",
            'o vosso estafeta recusou-se a descarregar os berços porque a conta aparece "suspensa", e pagámos tudo no mês passado. Chegam hoje três famílias com bebés',
            "o estafeta não descarrega os berços diz que a conta está suspensa mas pagámos",
        ),
    },
    "portal": {
        "it": (
            "portale senza articoli",
            "il portale non mostra più nessun articolo in noleggio, quindi non possiamo chiedere il ritiro delle culle e il noleggio continua a correre",
            "il portale non mostra niente in noleggio e non possiamo chiedere il ritiro",
        ),
        "es": (
            "portal sin artículos",
            "el portal no muestra ningún artículo alquilado, así que no podemos pedir la recogida de las cunas y el alquiler sigue corriendo",
            "el portal no enseña nada alquilado y no podemos pedir la recogida",
        ),
        "en": (
            "portal shows nothing",
            "the portal shows no items on hire at all, so we can't request collection of the cots and the hire keeps running",
            "the portal shows nothing on hire and we can't book a collection",
        ),
        "fr": (
            "portail vide",
            "le portail n'affiche plus aucun article en location, impossible de demander la reprise des lits et la location continue de courir",
            "le portail affiche rien en location et on peut pas demander la reprise",
        ),
        "de": (
            "Portal leer",
            "das Portal zeigt keine gemieteten Artikel mehr, wir können die Abholung der Betten nicht anfordern und die Miete läuft weiter",
            "das Portal zeigt nichts Gemietetes an und wir können keine Abholung anfordern",
        ),
        "pt": (
            "portal vazio",
            "o portal não mostra nenhum artigo alugado, não conseguimos pedir a recolha dos berços e o aluguer continua a contar",
            "o portal não mostra nada alugado e não conseguimos pedir a recolha",
        ),
    },
    "overbilled": {
        "it": (
            "tariffa giornaliera invece di stagionale",
            "ci avete fatturato le culle a tariffa giornaliera invece della tariffa stagionale del contratto, più di {amt} di differenza",
            "ci fatturate a giornata invece della tariffa stagionale del contratto",
        ),
        "es": (
            "tarifa diaria en vez de temporada",
            "nos habéis facturado las cunas a tarifa diaria en vez de la tarifa de temporada del contrato, más de {amt} de diferencia",
            "nos facturáis por días en vez de la tarifa de temporada del contrato",
        ),
        "en": (
            "daily rate instead of season rate",
            "you've billed the cots at the daily rate instead of our contract season rate, over {amt} difference",
            "you're billing daily instead of the contract season rate",
        ),
        "fr": (
            "tarif journalier au lieu de saisonnier",
            "vous facturez les lits au tarif journalier au lieu du tarif saison du contrat, plus de {amt} d'écart",
            "vous facturez à la journée au lieu du tarif saison du contrat",
        ),
        "de": (
            "Tagessatz statt Saisonpreis",
            "Sie berechnen die Betten zum Tagessatz statt zum vertraglichen Saisonpreis, über {amt} Unterschied",
            "Sie rechnen nach Tagessatz statt Saisonpreis ab",
        ),
        "pt": (
            "tarifa diária em vez de época",
            "faturaram os berços à tarifa diária em vez da tarifa de época do contrato, mais de {amt} de diferença",
            "estão a faturar ao dia em vez da tarifa de época do contrato",
        ),
    },
}

B2B: dict[str, dict[str, str]] = {
    "it": {
        "first": "Buongiorno, scrivo per {company}: {complaint}. Chiediamo di sistemare con urgenza.\n{name}, {title}",
        "later": "Buongiorno, anch'io di {company}, sulla segnalazione {ref} aperta da {first} {when}: {complaint}. Non possiamo andare avanti così.\n{name}",
        "last_email": "Buongiorno, segnalazione {ref}: non è cambiato nulla e ormai vi hanno scritto in quattro. L'ufficio acquisti ha già chiesto un preventivo a {comp}.\n{name}",
        "last_call": "buongiorno sono {name} di {company} per la segnalazione {ref} non è cambiato niente vi abbiamo scritto in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
        "ack": "Buongiorno {name}, abbiamo aperto la segnalazione {ref} per {company} e la seguiamo con priorità. {agent} - Nidolo Hotel",
        "one": "Buongiorno, {complaint}. Ci aspettiamo una correzione.\n{name}, {company}",
        "mild1": "Suggerimento: sarebbe comodo poter scaricare dal portale l'elenco delle culle per camera.",
        "mild2": "Un'idea: sulle bolle di consegna si potrebbe indicare l'anno di fabbricazione di ogni culla?",
        "ack_mild": "Grazie {name}, giriamo il suggerimento al team del portale. {agent} - Nidolo Hotel",
        "q": "Buongiorno, potete portare due seggioloni in più per venerdì?|Certo, li aggiungiamo alla consegna di venerdì mattina.|perfetto grazie",
        "praise": "Con Nidolo Hotel le famiglie trovano già tutto in camera, gli ospiti ce lo scrivono nelle recensioni.",
    },
    "es": {
        "first": "Buenos días, escribo por {company}: {complaint}. Pedimos que se arregle con urgencia.\n{name}, {title}",
        "later": "Buenos días, también de {company}, sobre la incidencia {ref} que abrió {first} {when}: {complaint}. Así no podemos seguir.\n{name}",
        "last_email": "Buenos días, incidencia {ref}: no ha cambiado nada y ya os hemos escrito cuatro personas. Compras ya ha pedido presupuesto a {comp}.\n{name}",
        "last_call": "buenos días soy {name} de {company} por la incidencia {ref} no ha cambiado nada os hemos escrito varios mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
        "ack": "Buenos días {name}, hemos abierto la incidencia {ref} para {company} y la llevamos con prioridad. {agent} - Nidolo Hotel",
        "one": "Buenos días, {complaint}. Esperamos una corrección.\n{name}, {company}",
        "mild1": "Sugerencia: estaría bien poder descargar del portal la lista de cunas por habitación.",
        "mild2": "Una idea: ¿se podría poner en los albaranes el año de fabricación de cada cuna?",
        "ack_mild": "Gracias {name}, pasamos la sugerencia al equipo del portal. {agent} - Nidolo Hotel",
        "q": "Buenas, podéis traer dos tronas más para el viernes?|Claro, las añadimos a la entrega del viernes por la mañana.|perfecto gracias",
        "praise": "Con Nidolo Hotel las familias encuentran todo en la habitación, los huéspedes lo ponen en las reseñas.",
    },
    "en": {
        "first": "Hello, writing for {company}: {complaint}. Please fix this urgently.\n{name}, {title}",
        "later": "Hello, also from {company}, about case {ref} that {first} opened {when}: {complaint}. We can't carry on like this.\n{name}",
        "last_email": "Hello, case {ref}: nothing has changed and four of us have written now. Purchasing has already asked {comp} for a quote.\n{name}",
        "last_call": "hi it's {name} from {company} about case {ref} nothing's changed several of us have written my manager says if it isn't fixed this week we change supplier",
        "ack": "Hello {name}, we've opened case {ref} for {company} and are treating it as a priority. {agent} - Nidolo Hotel",
        "one": "Hello, {complaint}. We expect a correction.\n{name}, {company}",
        "mild1": "Suggestion: it would help to download a list of cots per room from the portal.",
        "mild2": "An idea: could the delivery notes show each cot's year of manufacture?",
        "ack_mild": "Thanks {name}, we've passed the suggestion to the portal team. {agent} - Nidolo Hotel",
        "q": "Hi, can you bring two extra high chairs for Friday?|Of course, added to Friday morning's delivery.|great thanks",
        "praise": "With Nidolo Hotel families find everything in the room, guests mention it in reviews.",
    },
    "fr": {
        "first": "Bonjour, j'écris pour {company} : {complaint}. Merci de corriger en urgence.\n{name}, {title}",
        "later": "Bonjour, également de {company}, au sujet de la demande {ref} ouverte par {first} {when} : {complaint}. Ça ne peut pas continuer.\n{name}",
        "last_email": "Bonjour, demande {ref} : rien n'a changé et nous sommes quatre à vous avoir écrit. Les achats ont déjà demandé un devis à {comp}.\n{name}",
        "last_call": "bonjour c'est {name} de {company} pour la demande {ref} rien a changé on est plusieurs à avoir écrit mon chef dit que si c'est pas réglé cette semaine on change de fournisseur",
        "ack": "Bonjour {name}, nous avons ouvert la demande {ref} pour {company} et la traitons en priorité. {agent} - Nidolo Hotel",
        "one": "Bonjour, {complaint}. Nous attendons une correction.\n{name}, {company}",
        "mild1": "Suggestion : pouvoir télécharger depuis le portail la liste des lits par chambre serait pratique.",
        "mild2": "Une idée : indiquer l'année de fabrication de chaque lit sur les bons de livraison ?",
        "ack_mild": "Merci {name}, nous transmettons la suggestion à l'équipe du portail. {agent} - Nidolo Hotel",
        "q": "Bonjour, pouvez-vous apporter deux chaises hautes de plus pour vendredi ?|Bien sûr, ajoutées à la livraison de vendredi matin.|parfait merci",
        "praise": "Avec Nidolo Hotel les familles trouvent tout dans la chambre, les clients le notent dans leurs avis.",
    },
    "de": {
        "first": "Guten Tag, ich schreibe für {company}: {complaint}. Bitte dringend klären.\n{name}, {title}",
        "later": "Guten Tag, ebenfalls von {company}, zum Vorgang {ref}, den {first} {when} eröffnet hat: {complaint}. So geht es nicht weiter.\n{name}",
        "last_email": "Guten Tag, Vorgang {ref}: nichts hat sich geändert und inzwischen haben vier von uns geschrieben. Der Einkauf hat schon ein Angebot bei {comp} angefragt.\n{name}",
        "last_call": "ja guten Tag {name} von {company} wegen Vorgang {ref} es hat sich nichts geändert mehrere von uns haben geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter",
        "ack": "Guten Tag {name}, wir haben den Vorgang {ref} für {company} eröffnet und bearbeiten ihn mit Priorität. {agent} - Nidolo Hotel",
        "one": "Guten Tag, {complaint}. Wir erwarten eine Korrektur.\n{name}, {company}",
        "mild1": "Vorschlag: eine Liste der Babybetten pro Zimmer zum Herunterladen im Portal wäre praktisch.",
        "mild2": "Eine Idee: könnte auf den Lieferscheinen das Baujahr jedes Bettes stehen?",
        "ack_mild": "Danke {name}, wir geben den Vorschlag ans Portal-Team weiter. {agent} - Nidolo Hotel",
        "q": "Hallo, können Sie für Freitag zwei Hochstühle mehr bringen?|Natürlich, zur Lieferung am Freitagmorgen hinzugefügt.|super danke",
        "praise": "Mit Nidolo Hotel finden Familien alles schon im Zimmer, die Gäste schreiben es in die Bewertungen.",
    },
    "pt": {
        "first": "Bom dia, escrevo pela {company}: {complaint}. Pedimos que corrijam com urgência.\n{name}, {title}",
        "later": "Bom dia, também da {company}, sobre o pedido {ref} que a {first} abriu {when}: {complaint}. Assim não dá.\n{name}",
        "last_email": "Bom dia, pedido {ref}: nada mudou e já vos escrevemos quatro. As compras já pediram orçamento à {comp}.\n{name}",
        "last_call": "bom dia fala {name} da {company} sobre o pedido {ref} nada mudou já escrevemos vários o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
        "ack": "Bom dia {name}, abrimos o pedido {ref} para a {company} e estamos a tratar com prioridade. {agent} - Nidolo Hotel",
        "one": "Bom dia, {complaint}. Esperamos uma correção.\n{name}, {company}",
        "mild1": "Sugestão: dava jeito descarregar do portal a lista de berços por quarto.",
        "mild2": "Uma ideia: as guias de entrega podiam indicar o ano de fabrico de cada berço?",
        "ack_mild": "Obrigado {name}, passámos a sugestão à equipa do portal. {agent} - Nidolo Hotel",
        "q": "Bom dia, podem trazer mais duas cadeiras de refeição para sexta?|Claro, acrescentadas à entrega de sexta de manhã.|ótimo obrigada",
        "praise": "Com a Nidolo Hotel as famílias encontram tudo no quarto, os hóspedes escrevem isso nas avaliações.",
    },
}

WHEN: dict[str, dict[str, str]] = {
    "it": {
        "0": "lunedì",
        "1": "martedì",
        "2": "mercoledì",
        "3": "giovedì",
        "4": "venerdì",
        "today": "stamattina",
    },
    "es": {
        "0": "el lunes",
        "1": "el martes",
        "2": "el miércoles",
        "3": "el jueves",
        "4": "el viernes",
        "today": "esta mañana",
    },
    "en": {
        "0": "on Monday",
        "1": "on Tuesday",
        "2": "on Wednesday",
        "3": "on Thursday",
        "4": "on Friday",
        "today": "this morning",
    },
    "fr": {
        "0": "lundi",
        "1": "mardi",
        "2": "mercredi",
        "3": "jeudi",
        "4": "vendredi",
        "today": "ce matin",
    },
    "de": {
        "0": "am Montag",
        "1": "am Dienstag",
        "2": "am Mittwoch",
        "3": "am Donnerstag",
        "4": "am Freitag",
        "today": "heute Morgen",
    },
    "pt": {
        "0": "na segunda",
        "1": "na terça",
        "2": "na quarta",
        "3": "na quinta",
        "4": "na sexta",
        "today": "esta manhã",
    },
}

TITLES = [
    "Front office manager",
    "Head of housekeeping",
    "Operations manager",
    "Guest services lead",
    "Accounts payable",
    "General manager",
]
SITES = ["hotel", "holiday_lets", "campsite", "resort", "aparthotel", "agriturismo", "b_and_b"]
