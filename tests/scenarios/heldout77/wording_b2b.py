# ruff: noqa: E501
"""Business-arm wording for heldout77 (Cartuvo Office: toner and leased printers on account).

Placeholders: {name} (the writer's first name), {agent}, {ref}, {first} (the first
complainer's first name), {day} (a weekday or "this morning"), {comp} (a competitor),
{company}.
"""

from __future__ import annotations

B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B_PRODUCTS: list[tuple[str, float]] = [
    ("Toner black TN-3480, box of 5 / Toner noir TN-3480, carton de 5", 289.00),
    ("Copier paper A4 80 g, pallet of 40 reams / Papier A4 80 g, 40 ramettes", 176.00),
    ("Toner set CMYK C532 / Lot toners CMJN C532", 412.00),
    ("Maintenance kit MFP 40 / Kit de maintenance MFP 40", 148.00),
    ("Staple cartridges, box of 10 / Cartouches d'agrafes, 10", 39.00),
]
B_PAGES = [
    "/pro/portal/printers",
    "/pro/portal/invoices",
    "/pro/portal/meter-readings",
    "/pro/shop/toner",
    "/pro/portal/orders",
]

B_TOPIC: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "factures sans centre de coût ni bon de commande",
        "service_blocked": "commandes de toner bloquées",
        "portal": "portail sans imprimantes",
        "overbilled": "pages noires facturées en couleur",
    },
    "it": {
        "invoice": "fatture senza centro di costo né numero d'ordine",
        "service_blocked": "ordini toner bloccati",
        "portal": "portale senza stampanti",
        "overbilled": "pagine nere fatturate a colori",
    },
    "en": {
        "invoice": "invoices without cost centre or PO",
        "service_blocked": "toner orders blocked",
        "portal": "portal shows no printers",
        "overbilled": "black pages billed as colour",
    },
    "de": {
        "invoice": "Rechnungen ohne Kostenstelle und Bestellnummer",
        "service_blocked": "Tonerbestellungen gesperrt",
        "portal": "Portal zeigt keine Drucker",
        "overbilled": "Schwarzweißseiten als Farbe berechnet",
    },
    "pt": {
        "invoice": "faturas sem centro de custo nem nota de encomenda",
        "service_blocked": "encomendas de toner bloqueadas",
        "portal": "portal sem impressoras",
        "overbilled": "páginas a preto faturadas a cores",
    },
    "es": {
        "invoice": "facturas sin centro de coste ni número de pedido",
        "service_blocked": "pedidos de tóner bloqueados",
        "portal": "portal sin impresoras",
        "overbilled": "páginas en negro facturadas en color",
    },
}

# the problem told in full (first complainer, one unhappy contact)
B_COMPLAINT: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "Bonjour,\nvos factures de ce mois n'ont plus ni centre de coût ni numéro de bon de commande, et notre comptabilité les rejette toutes. On ne peut pas payer des factures qu'on ne peut pas imputer.\nMerci de les rééditer,\n{name}",
        "service_blocked": "Bonjour,\nimpossible de commander du toner depuis ce matin : le portail affiche « compte suspendu » alors que toutes nos factures sont payées, virement du 28 compris. Deux copieurs sont déjà à l'arrêt.\nMerci de débloquer ça en urgence,\n{name}",
        "portal": "Bonjour,\nle portail Cartuvo Office n'affiche plus aucune de nos imprimantes, donc impossible de saisir les relevés de compteurs, et vous nous facturez au forfait estimé. Il faut corriger ça.\n{name}",
        "overbilled": "Bonjour,\nsur la facture de location des multifonctions, toutes nos pages noir et blanc sont facturées au tarif couleur. Sur trois machines, ça fait plusieurs centaines d'euros de trop.\nMerci de corriger,\n{name}",
    },
    "it": {
        "invoice": "Buongiorno,\nle fatture di questo mese non riportano più né il centro di costo né il numero d'ordine e la nostra amministrazione le respinge tutte. Non possiamo pagare fatture che non possiamo imputare.\nVi chiedo di riemetterle,\n{name}",
        "service_blocked": "Buongiorno,\nda stamattina non riusciamo a ordinare toner: il portale dice 'account sospeso' ma le fatture sono tutte pagate, compreso il bonifico del 28. Due fotocopiatrici sono già ferme.\nVi prego di sbloccare subito,\n{name}",
        "portal": "Buongiorno,\nil portale Cartuvo Office non mostra più nessuna delle nostre stampanti, quindi non possiamo inserire le letture dei contatori e ci fatturate a forfait stimato. Va sistemato.\n{name}",
        "overbilled": "Buongiorno,\nnella fattura del noleggio multifunzione tutte le pagine in bianco e nero sono fatturate a tariffa colore. Su tre macchine sono parecchie centinaia di euro in più.\nVi chiedo di correggere,\n{name}",
    },
    "en": {
        "invoice": "Hello,\nthis month's invoices no longer carry our cost centre or PO number and accounts payable is rejecting every one. We can't pay invoices we can't allocate.\nPlease reissue them,\n{name}",
        "service_blocked": "Hello,\nwe can't order toner since this morning: the portal says 'account on hold' though every invoice is paid, including the transfer on the 28th. Two copiers are already down.\nPlease unblock this urgently,\n{name}",
        "portal": "Hello,\nthe Cartuvo Office portal doesn't show any of our printers any more, so we can't enter meter readings and you're billing us on estimates. This needs fixing.\n{name}",
        "overbilled": "Hello,\non the MFP lease invoice every black and white page is billed at the colour rate. Across three machines that's several hundred pounds too much.\nPlease correct it,\n{name}",
    },
    "de": {
        "invoice": "Guten Tag,\ndie Rechnungen dieses Monats haben weder Kostenstelle noch Bestellnummer, unsere Buchhaltung weist alle zurück. Rechnungen, die wir nicht zuordnen können, können wir nicht bezahlen.\nBitte neu ausstellen,\n{name}",
        "service_blocked": "Guten Tag,\nseit heute früh können wir keinen Toner bestellen: im Portal steht 'Konto gesperrt', obwohl alle Rechnungen bezahlt sind, auch die Überweisung vom 28. Zwei Kopierer stehen schon.\nBitte dringend freischalten,\n{name}",
        "portal": "Guten Tag,\ndas Cartuvo-Office-Portal zeigt keinen unserer Drucker mehr an, wir können keine Zählerstände eingeben und Sie rechnen nach Schätzung ab. Das muss behoben werden.\n{name}",
        "overbilled": "Guten Tag,\nauf der Mietrechnung der Multifunktionsgeräte sind alle Schwarzweißseiten zum Farbtarif berechnet. Bei drei Geräten sind das mehrere hundert Euro zu viel.\nBitte korrigieren,\n{name}",
    },
    "pt": {
        "invoice": "Bom dia,\nas faturas deste mês já não trazem centro de custo nem número de nota de encomenda e a contabilidade rejeita-as todas. Não podemos pagar faturas que não conseguimos imputar.\nPor favor emitam-nas de novo,\n{name}",
        "service_blocked": "Bom dia,\ndesde esta manhã não conseguimos encomendar toner: o portal diz 'conta suspensa' mas as faturas estão todas pagas, incluindo a transferência de dia 28. Duas fotocopiadoras já pararam.\nPor favor desbloqueiem com urgência,\n{name}",
        "portal": "Bom dia,\no portal Cartuvo Office já não mostra nenhuma das nossas impressoras, não conseguimos lançar as leituras dos contadores e estão a faturar por estimativa. Tem de ser corrigido.\n{name}",
        "overbilled": "Bom dia,\nna fatura do aluguer das multifunções todas as páginas a preto e branco estão faturadas a preço de cor. Em três máquinas são várias centenas de euros a mais.\nPor favor corrijam,\n{name}",
    },
    "es": {
        "invoice": "Buenos días,\nlas facturas de este mes ya no llevan centro de coste ni número de pedido y contabilidad las rechaza todas. No podemos pagar facturas que no podemos imputar.\nPor favor, reemitidlas,\n{name}",
        "service_blocked": "Buenos días,\ndesde esta mañana no podemos pedir tóner: el portal dice 'cuenta bloqueada' y todas las facturas están pagadas, transferencia del 28 incluida. Dos fotocopiadoras ya están paradas.\nPor favor, desbloquead esto urgente,\n{name}",
        "portal": "Buenos días,\nel portal de Cartuvo Office ya no muestra ninguna de nuestras impresoras, no podemos meter las lecturas de contadores y nos facturáis por estimación. Hay que arreglarlo.\n{name}",
        "overbilled": "Buenos días,\nen la factura del renting de las multifunción todas las páginas en blanco y negro van a tarifa color. En tres máquinas son varios cientos de euros de más.\nPor favor, corregidlo,\n{name}",
    },
}

# a later complainer, naming the first one and the case, restating the problem
B_RESTATE: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "les factures arrivent toujours sans centre de coût ni bon de commande",
        "service_blocked": "le portail refuse toujours nos commandes de toner, « compte suspendu »",
        "portal": "le portail n'affiche toujours aucune imprimante",
        "overbilled": "nos pages noir et blanc sont toujours facturées en couleur",
    },
    "it": {
        "invoice": "le fatture arrivano ancora senza centro di costo né numero d'ordine",
        "service_blocked": "il portale rifiuta ancora gli ordini di toner, 'account sospeso'",
        "portal": "il portale non mostra ancora nessuna stampante",
        "overbilled": "le pagine in bianco e nero sono ancora fatturate a colori",
    },
    "en": {
        "invoice": "invoices still come without cost centre or PO",
        "service_blocked": "the portal still refuses our toner orders, 'account on hold'",
        "portal": "the portal still shows no printers",
        "overbilled": "our black and white pages are still billed as colour",
    },
    "de": {
        "invoice": "die Rechnungen kommen immer noch ohne Kostenstelle und Bestellnummer",
        "service_blocked": "das Portal lehnt unsere Tonerbestellungen immer noch ab, 'Konto gesperrt'",
        "portal": "das Portal zeigt immer noch keinen Drucker",
        "overbilled": "unsere Schwarzweißseiten werden immer noch als Farbe berechnet",
    },
    "pt": {
        "invoice": "as faturas continuam a vir sem centro de custo nem nota de encomenda",
        "service_blocked": "o portal continua a recusar as encomendas de toner, 'conta suspensa'",
        "portal": "o portal continua sem mostrar impressoras",
        "overbilled": "as páginas a preto e branco continuam faturadas a cores",
    },
    "es": {
        "invoice": "las facturas siguen llegando sin centro de coste ni número de pedido",
        "service_blocked": "el portal sigue rechazando los pedidos de tóner, 'cuenta bloqueada'",
        "portal": "el portal sigue sin mostrar ninguna impresora",
        "overbilled": "las páginas en blanco y negro siguen facturadas en color",
    },
}
B_LATER: dict[str, str] = {
    "fr": "Bonjour,\n{first} vous a déjà écrit {day} (dossier {ref}) : {restate}. Chez nous aussi, au service, ça bloque tout.\n{name}",
    "it": "Buongiorno,\n{first} vi ha già scritto {day} (pratica {ref}): {restate}. Anche nel mio reparto è tutto fermo.\n{name}",
    "en": "Hello,\nmy colleague {first} already wrote to you {day} (case {ref}): {restate}. It's holding up my team too.\n{name}",
    "de": "Guten Tag,\n{first} hat Ihnen schon {day} geschrieben (Vorgang {ref}): {restate}. Bei uns in der Abteilung steht damit alles.\n{name}",
    "pt": "Bom dia,\n{first} já vos escreveu {day} (pedido {ref}): {restate}. No meu serviço também está tudo parado.\n{name}",
    "es": "Buenos días,\n{first} ya os escribió {day} (incidencia {ref}): {restate}. En mi departamento también está todo parado.\n{name}",
}
B_THIS_MORNING = {
    "fr": "ce matin",
    "it": "stamattina",
    "en": "this morning",
    "de": "heute Morgen",
    "pt": "esta manhã",
    "es": "esta mañana",
}
B_ON_DAY = {
    "fr": "{day}",
    "it": "{day}",
    "en": "on {day}",
    "de": "am {day}",
    "pt": "na {day}",
    "es": "el {day}",
}
B_LAST_MAIL: dict[str, str] = {
    "fr": "Bonjour,\ndossier {ref} : toujours rien, {restate}. Nous sommes plusieurs à vous avoir écrit. Les achats ont déjà demandé ses tarifs à {comp}.\n{name}",
    "it": "Buongiorno,\npratica {ref}: ancora niente, {restate}. Vi abbiamo scritto in diversi. L'ufficio acquisti ha già chiesto le tariffe a {comp}.\n{name}",
    "en": "Hello,\ncase {ref}: still nothing, {restate}. Several of us have written. Procurement has already asked {comp} for their rates.\n{name}",
    "de": "Guten Tag,\nVorgang {ref}: immer noch nichts, {restate}. Mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} nach Preisen gefragt.\n{name}",
    "pt": "Bom dia,\npedido {ref}: ainda nada, {restate}. Já vos escrevemos vários. As compras já pediram preços à {comp}.\n{name}",
    "es": "Buenos días,\nincidencia {ref}: todavía nada, {restate}. Os hemos escrito varios. Compras ya ha pedido precios a {comp}.\n{name}",
}
B_LAST_CALL: dict[str, str] = {
    "fr": "oui bonjour {name} de chez {company} je vous appelle pour le dossier {ref} c'est toujours pas réglé plusieurs collègues vous ont écrit et mon chef dit qu'on change de fournisseur si c'est pas réglé cette semaine",
    "it": "sì buongiorno sono {name} {company} chiamo per la pratica {ref} non è ancora risolta vi hanno scritto diversi colleghi e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "en": "yeah hi it's {name} from {company} ringing about case {ref} it's still not fixed several of my colleagues have written and my boss says we move the account if it isn't sorted this week",
    "de": "ja guten Tag {name} von {company} ich rufe wegen Vorgang {ref} an das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht geht",
    "pt": "sim bom dia fala {name} da {company} estou a ligar por causa do pedido {ref} ainda não está resolvido vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "es": "sí buenos días soy {name} de {company} llamo por la incidencia {ref} sigue sin resolverse varios compañeros os han escrito y mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}
B_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre demande {ref}",
        "Bonjour {name},\nmerci pour votre message. Le dossier {ref} est ouvert auprès de l'équipe Cartuvo Office, nous revenons vers vous rapidement.\n{agent}",
    ),
    "it": (
        "La sua richiesta {ref}",
        "Buongiorno {name},\ngrazie del messaggio. La pratica {ref} è aperta presso il team Cartuvo Office, la ricontattiamo a breve.\n{agent}",
    ),
    "en": (
        "Your request {ref}",
        "Hello {name},\nthanks for your message. Case {ref} is open with the Cartuvo Office team, we'll be back to you shortly.\n{agent}",
    ),
    "de": (
        "Ihre Anfrage {ref}",
        "Guten Tag {name},\ndanke für Ihre Nachricht. Der Vorgang {ref} liegt beim Cartuvo-Office-Team, wir melden uns in Kürze.\n{agent}",
    ),
    "pt": (
        "O seu pedido {ref}",
        "Bom dia {name},\nobrigado pela mensagem. O pedido {ref} está aberto na equipa Cartuvo Office, voltamos ao contacto em breve.\n{agent}",
    ),
    "es": (
        "Su solicitud {ref}",
        "Buenos días {name},\ngracias por su mensaje. La incidencia {ref} está abierta en el equipo de Cartuvo Office, le respondemos en breve.\n{agent}",
    ),
}
B_MILD: dict[str, list[str]] = {
    "fr": [
        "Suggestion : pouvoir exporter les coûts d'impression par centre de coût depuis le portail, ça nous ferait gagner une demi-journée par mois.",
        "Ce serait bien que l'alerte « toner bas » parte aussi sur une boîte mail partagée, pas seulement au compte principal.",
    ],
    "it": [
        "Suggerimento: poter esportare i costi di stampa per centro di costo dal portale, ci farebbe risparmiare mezza giornata al mese.",
        "Sarebbe comodo se l'avviso 'toner in esaurimento' arrivasse anche a una casella condivisa, non solo all'account principale.",
    ],
    "en": [
        "Suggestion: being able to export print costs by cost centre from the portal would save us half a day a month.",
        "Would be handy if the 'toner low' alert could also go to a shared mailbox, not just the main account.",
    ],
    "de": [
        "Vorschlag: Druckkosten nach Kostenstelle aus dem Portal exportieren, das würde uns einen halben Tag im Monat sparen.",
        "Schön wäre, wenn die Meldung 'Toner fast leer' auch an ein Sammelpostfach ginge, nicht nur ans Hauptkonto.",
    ],
    "pt": [
        "Sugestão: poder exportar os custos de impressão por centro de custo no portal poupava-nos meio dia por mês.",
        "Dava jeito que o alerta 'toner baixo' fosse também para uma caixa partilhada, não só para a conta principal.",
    ],
    "es": [
        "Sugerencia: poder exportar los costes de impresión por centro de coste desde el portal nos ahorraría medio día al mes.",
        "Estaría bien que el aviso de 'tóner bajo' llegara también a un buzón compartido, no solo a la cuenta principal.",
    ],
}
B_CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, si je commande du toner TN-3480 avant midi, c'est livré demain au bureau ?",
            "Bonjour ! Oui, avant midi c'est livré le lendemain ouvré.",
        ),
        (
            "Bonjour, comment ajouter un copieur au contrat ?",
            "Bonjour, dans le portail : Imprimantes > Ajouter, ou on le fait pour vous si vous nous donnez le numéro de série.",
        ),
    ],
    "it": [
        (
            "Buongiorno, se ordino il toner TN-3480 entro mezzogiorno arriva domani in ufficio?",
            "Buongiorno! Sì, entro mezzogiorno arriva il giorno lavorativo dopo.",
        ),
        (
            "Buongiorno, come aggiungo una fotocopiatrice al contratto?",
            "Buongiorno, nel portale: Stampanti > Aggiungi, oppure lo facciamo noi col numero di serie.",
        ),
    ],
    "en": [
        (
            "Hi, if I order TN-3480 toner before noon does it arrive tomorrow?",
            "Hi! Yes, before noon means next working day.",
        )
    ],
    "de": [
        (
            "Hallo, wenn ich TN-3480 vor 12 bestelle, ist er morgen im Büro?",
            "Hallo! Ja, bis 12 Uhr bestellt kommt er am nächsten Werktag.",
        )
    ],
    "pt": [
        (
            "Bom dia, se encomendar toner TN-3480 antes do meio-dia chega amanhã?",
            "Bom dia! Sim, até ao meio-dia chega no dia útil seguinte.",
        )
    ],
    "es": [
        (
            "Hola, si pido tóner TN-3480 antes de las 12, ¿llega mañana a la oficina?",
            "¡Hola! Sí, antes de las 12 llega el siguiente día laborable.",
        )
    ],
}
B_THANKS: dict[str, list[str]] = {
    "fr": ["Merci !", "parfait merci"],
    "it": ["Grazie!", "perfetto, grazie"],
    "en": ["Thanks!"],
    "de": ["Danke!"],
    "pt": ["Obrigado!"],
    "es": ["¡Gracias!"],
}
B_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Trois ans de contrat Cartuvo Office au cabinet et jamais un copieur à court de toner. Le technicien est passé en 24 h la seule fois où on a eu une panne.",
        "Le relevé automatique des compteurs nous a simplifié la vie, plus besoin de courir d'un étage à l'autre.",
    ],
    "it": [
        "Tre anni di contratto Cartuvo Office in studio e mai una fotocopiatrice senza toner. Il tecnico è venuto in 24 ore l'unica volta che si è guastata.",
        "La lettura automatica dei contatori ci ha semplificato la vita, niente più giri per i piani.",
    ],
    "en": [
        "Three years on Cartuvo Office and not one copier out of toner. The engineer came within 24 hours the one time we had a fault."
    ],
    "de": [
        "Drei Jahre Cartuvo Office und kein einziger Kopierer ohne Toner. Der Techniker kam beim einzigen Defekt innerhalb von 24 Stunden."
    ],
    "pt": [
        "Três anos de contrato Cartuvo Office e nunca uma fotocopiadora sem toner. O técnico veio em 24 horas a única vez que avariou."
    ],
    "es": [
        "Tres años con Cartuvo Office y ni una fotocopiadora sin tóner. El técnico vino en 24 horas la única vez que se estropeó."
    ],
}
B_SURVEY_WORD: dict[str, list[str]] = {
    "fr": ["Très bien", ""],
    "it": ["Molto bene", ""],
    "en": ["Very good", ""],
    "de": ["Sehr gut", ""],
    "pt": ["Muito bom", ""],
    "es": ["Muy bien", ""],
}
