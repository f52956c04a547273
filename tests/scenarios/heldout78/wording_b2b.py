# ruff: noqa: E501
"""Business-arm wording for heldout78 (Etikora Pro: workwear, badges and laundry labels on account).

Placeholders: {first} the first complainer's first name, {day} a weekday or "this morning",
{case} the case reference, {comp} a competitor, {name} the addressee.
"""

from __future__ import annotations

# (product label, page, price in EUR)
PRODUCTS: tuple[tuple[str, str, float], ...] = (
    ("Embroidered polo shirts, 25 / Polos bordados, 25", "/pro/workwear/polos", 412.50),
    ("Name badges, 50 / Identificadores con nombre, 50", "/pro/badges", 187.00),
    (
        "Laundry labels for residents, 1000 / Etiquetas de lavandería para residentes, 1000",
        "/pro/laundry-labels",
        139.00,
    ),
    ("Printed tabards, 20 / Casacas estampadas, 20", "/pro/workwear/tabards", 236.00),
    ("Heat-seal kit / Kit de termosellado", "/pro/heat-seal", 329.00),
    ("Embroidered fleeces, 10 / Forros polares bordados, 10", "/pro/workwear/fleeces", 298.00),
)
PAGES = (
    "/pro/portal/orders",
    "/pro/portal/invoices",
    "/pro/badges",
    "/pro/workwear",
    "/pro/laundry-labels",
    "/pro/portal/staff",
)

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

FIRST: dict[str, dict[str, str]] = {
    "invoice": {
        "en": "Hello, your invoices since September carry no purchase-order number and our old trading name, so our finance team rejects every one of them. Please reissue them with the PO numbers from our orders.",
        "es": "Buenos días, las facturas desde septiembre salen sin número de pedido y con nuestra antigua razón social, así que administración las rechaza todas. Por favor, reemitidlas con los números de pedido.",
        "de": "Guten Tag, Ihre Rechnungen seit September haben keine Bestellnummer und noch unseren alten Firmennamen, unsere Buchhaltung lehnt sie deshalb ab. Bitte neu ausstellen.",
        "fr": "Bonjour, vos factures depuis septembre n'ont pas de numéro de bon de commande et portent notre ancienne raison sociale, notre comptabilité les rejette.",
        "pt": "Bom dia, as faturas desde setembro vêm sem número de encomenda e com a nossa antiga denominação, a contabilidade rejeita-as todas.",
        "it": "Buongiorno, le fatture da settembre non hanno il numero d'ordine e riportano la vecchia ragione sociale, l'amministrazione le rifiuta.",
    },
    "service_blocked": {
        "en": "Hi, we tried to order name badges for five new starters and the portal says 'account on hold'. Our last invoice was paid on the 2nd. We need these badges for Monday's inductions.",
        "es": "Hola, intentamos pedir identificadores para cinco incorporaciones y el portal dice 'cuenta bloqueada'. La última factura se pagó el día 2. Los necesitamos para el lunes.",
        "de": "Hallo, wir wollten Namensschilder für fünf neue Kollegen bestellen und das Portal sagt 'Konto gesperrt'. Die letzte Rechnung ist am 2. bezahlt worden.",
        "fr": "Bonjour, impossible de commander des badges pour cinq nouveaux, le portail indique 'compte suspendu'. La dernière facture a été payée le 2.",
        "pt": "Olá, tentámos encomendar crachás para cinco novos colaboradores e o portal diz 'conta bloqueada'. A última fatura foi paga dia 2.",
        "it": "Salve, volevamo ordinare badge per cinque nuovi assunti e il portale dice 'account sospeso'. L'ultima fattura è stata pagata il 2.",
    },
    "portal": {
        "en": "Hello, the Pro portal shows none of our staff list any more, so we can't reorder workwear for anyone. It's been like this since the weekend.",
        "es": "Hola, el portal Pro ya no muestra nuestra lista de personal, así que no podemos repetir pedidos de uniformes para nadie. Así desde el fin de semana.",
        "de": "Hallo, das Pro-Portal zeigt unsere Mitarbeiterliste nicht mehr an, wir können für niemanden Arbeitskleidung nachbestellen. Seit dem Wochenende.",
        "fr": "Bonjour, le portail Pro n'affiche plus notre liste du personnel, impossible de recommander des tenues. Depuis le week-end.",
        "pt": "Olá, o portal Pro deixou de mostrar a lista de pessoal, não conseguimos voltar a encomendar fardas. Desde o fim de semana.",
        "it": "Salve, il portale Pro non mostra più l'elenco del personale, non possiamo riordinare le divise. Dal fine settimana.",
    },
    "overbilled": {
        "en": "Hi, our contract has the embroidery set-up fee once per logo. You've charged it on every single order since August, 45 pounds a time. That's well over £500 now.",
        "es": "Hola, en el contrato el coste de preparación del bordado es una sola vez por logotipo. Lo estáis cobrando en cada pedido desde agosto, 45 € cada vez. Ya son más de 600 €.",
        "de": "Hallo, laut Vertrag fällt die Stick-Einrichtungsgebühr einmal pro Logo an. Sie berechnen sie seit August bei jeder Bestellung, 45 € jedes Mal. Inzwischen über 600 €.",
        "fr": "Bonjour, notre contrat prévoit les frais de mise en place de la broderie une seule fois par logo. Vous les facturez à chaque commande depuis août.",
        "pt": "Olá, o contrato prevê a taxa de preparação do bordado uma vez por logótipo. Estão a cobrá-la em cada encomenda desde agosto.",
        "it": "Salve, da contratto il costo d'impianto del ricamo è una tantum per logo. Lo state addebitando a ogni ordine da agosto.",
    },
}
SUBJECT: dict[str, dict[str, str]] = {
    "invoice": {
        "en": "Invoices without PO numbers",
        "es": "Facturas sin número de pedido",
        "de": "Rechnungen ohne Bestellnummer",
        "fr": "Factures sans numéro de commande",
        "pt": "Faturas sem número de encomenda",
        "it": "Fatture senza numero d'ordine",
    },
    "service_blocked": {
        "en": "Account on hold",
        "es": "Cuenta bloqueada",
        "de": "Konto gesperrt",
        "fr": "Compte suspendu",
        "pt": "Conta bloqueada",
        "it": "Account sospeso",
    },
    "portal": {
        "en": "Portal shows no staff",
        "es": "El portal no muestra el personal",
        "de": "Portal zeigt keine Mitarbeiter",
        "fr": "Portail sans personnel",
        "pt": "Portal sem pessoal",
        "it": "Portale senza personale",
    },
    "overbilled": {
        "en": "Set-up fee charged every order",
        "es": "Coste de preparación cobrado en cada pedido",
        "de": "Einrichtungsgebühr bei jeder Bestellung",
        "fr": "Frais de mise en place facturés à chaque commande",
        "pt": "Taxa de preparação em cada encomenda",
        "it": "Costo d'impianto a ogni ordine",
    },
}
LATER: dict[str, str] = {
    "en": "Hello, following on from {first}'s e-mail {day} (case {case}): same problem here. {restate} Please treat this as urgent.",
    "es": "Buenas, en relación con el correo de {first} {day} (incidencia {case}): a mí me pasa lo mismo. {restate} Por favor, es urgente.",
    "de": "Guten Tag, zur E-Mail von {first} {day} (Vorgang {case}): bei mir dasselbe Problem. {restate} Bitte dringend.",
    "fr": "Bonjour, suite au mail de {first} {day} (demande {case}) : même problème chez moi. {restate} Merci de traiter en urgence.",
    "pt": "Bom dia, na sequência do e-mail da {first} {day} (pedido {case}): aqui o mesmo problema. {restate} É urgente.",
    "it": "Buongiorno, in seguito alla mail di {first} {day} (segnalazione {case}): stesso problema anche per me. {restate} È urgente.",
}
RESTATE: dict[str, dict[str, str]] = {
    "invoice": {
        "en": "Our invoices still have no PO number and the old name.",
        "es": "Las facturas siguen sin número de pedido y con el nombre antiguo.",
        "de": "Die Rechnungen haben weiterhin keine Bestellnummer und den alten Namen.",
        "fr": "Toujours pas de numéro de commande et l'ancien nom.",
        "pt": "As faturas continuam sem número e com o nome antigo.",
        "it": "Le fatture sono ancora senza numero e col vecchio nome.",
    },
    "service_blocked": {
        "en": "The portal still says account on hold and we can't order.",
        "es": "El portal sigue diciendo cuenta bloqueada y no podemos pedir.",
        "de": "Das Portal sagt weiter Konto gesperrt, wir können nicht bestellen.",
        "fr": "Toujours 'compte suspendu', aucune commande possible.",
        "pt": "O portal continua a dizer conta bloqueada.",
        "it": "Il portale dice ancora account sospeso.",
    },
    "portal": {
        "en": "I can't see any staff in the portal either, so no reorders.",
        "es": "Yo tampoco veo al personal en el portal, no hay forma de repetir pedidos.",
        "de": "Ich sehe im Portal auch keine Mitarbeiter, keine Nachbestellung möglich.",
        "fr": "Je ne vois aucun employé non plus.",
        "pt": "Também não vejo ninguém no portal.",
        "it": "Anch'io non vedo nessuno nel portale.",
    },
    "overbilled": {
        "en": "The set-up fee is on my order again too.",
        "es": "En mi pedido también vuelve a aparecer el coste de preparación.",
        "de": "Auf meiner Bestellung steht die Einrichtungsgebühr auch wieder.",
        "fr": "Les frais de mise en place sont encore sur ma commande.",
        "pt": "A taxa de preparação voltou a aparecer na minha encomenda.",
        "it": "Anche sul mio ordine c'è di nuovo il costo d'impianto.",
    },
}
THIS_MORNING = {
    "en": "this morning",
    "es": "de esta mañana",
    "de": "von heute Morgen",
    "fr": "ce matin",
    "pt": "desta manhã",
    "it": "di stamattina",
}
WEEKDAYS = {
    "en": ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"),
    "es": ("del lunes", "del martes", "del miércoles", "del jueves", "del viernes"),
    "de": ("am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"),
    "fr": ("de lundi", "de mardi", "de mercredi", "de jeudi", "de vendredi"),
    "pt": ("de segunda", "de terça", "de quarta", "de quinta", "de sexta"),
    "it": ("di lunedì", "di martedì", "di mercoledì", "di giovedì", "di venerdì"),
}
LAST_EMAIL: dict[str, str] = {
    "en": "Case {case}: nothing has changed and four of us have now written to you about it. Our procurement team has already asked {comp} for their rates. I'd rather not move, but I need this fixed.",
    "es": "Incidencia {case}: no ha cambiado nada y ya os hemos escrito varios compañeros. Compras ya ha pedido precios a {comp}. Preferiría no cambiar, pero necesito que se resuelva.",
    "de": "Vorgang {case}: Es hat sich nichts getan, mehrere Kollegen haben Ihnen geschrieben. Unser Einkauf hat schon bei {comp} Preise angefragt.",
    "fr": "Demande {case} : rien n'a bougé et plusieurs collègues vous ont écrit. Nos achats ont déjà demandé les tarifs de {comp}.",
    "pt": "Pedido {case}: nada mudou e vários colegas já escreveram. As compras já pediram preços à {comp}.",
    "it": "Segnalazione {case}: non è cambiato nulla e diversi colleghi vi hanno scritto. L'ufficio acquisti ha già chiesto i prezzi a {comp}.",
}
LAST_CALL: dict[str, str] = {
    "en": "hi it's about case {case} still nothing fixed and several of us have written in my boss says if it isn't sorted this week we move the account",
    "es": "hola llamo por la incidencia {case} sigue todo igual y ya os hemos escrito varios mi jefa dice que si no se arregla esta semana nos vamos a otro proveedor",
    "de": "hallo es geht um Vorgang {case} immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter",
    "fr": "bonjour c'est pour la demande {case} toujours rien de réglé plusieurs collègues ont écrit mon directeur dit que si ce n'est pas réglé cette semaine on change de fournisseur",
    "pt": "olá é sobre o pedido {case} continua tudo igual vários colegas já escreveram o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "it": "buongiorno è per la segnalazione {case} ancora niente diversi colleghi hanno scritto il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
}
ACK: dict[str, str] = {
    "en": "Dear {name}, thank you, we've logged this as case {case} and our accounts team will come back to you within two working days. Etikora Pro",
    "es": "Estimado/a {name}, gracias, lo hemos registrado como incidencia {case} y el equipo de cuentas le responderá en dos días laborables. Etikora Pro",
    "de": "Guten Tag {name}, danke, wir haben den Vorgang {case} angelegt, unser Kundenteam meldet sich innerhalb von zwei Werktagen. Etikora Pro",
    "fr": "Bonjour {name}, merci, enregistré sous la demande {case}, notre équipe revient vers vous sous deux jours ouvrés. Etikora Pro",
    "pt": "Caro/a {name}, obrigado, registámos como pedido {case} e a equipa de contas responde em dois dias úteis. Etikora Pro",
    "it": "Gentile {name}, grazie, abbiamo registrato la segnalazione {case}, il team risponde entro due giorni lavorativi. Etikora Pro",
}
MILD: dict[str, tuple[str, ...]] = {
    "en": (
        "Small suggestion: could the portal export orders by cost centre? I copy them into a spreadsheet by hand every month.",
        "Would be handy if the delivery note listed which staff member each garment is for.",
    ),
    "es": (
        "Una sugerencia: ¿podría el portal exportar los pedidos por centro de coste? Cada mes lo paso a mano a Excel.",
        "Sería útil que el albarán indicara para qué trabajador es cada prenda.",
    ),
    "de": (
        "Kleiner Vorschlag: Könnte das Portal Bestellungen nach Kostenstelle exportieren?",
        "Praktisch wäre, wenn auf dem Lieferschein stünde, für wen jedes Teil ist.",
    ),
    "fr": ("Petite suggestion : un export des commandes par centre de coût dans le portail ?",),
    "pt": ("Sugestão: o portal podia exportar as encomendas por centro de custo?",),
    "it": ("Un suggerimento: il portale potrebbe esportare gli ordini per centro di costo?",),
}
MILD_ACK: dict[str, str] = {
    "en": "Thanks {name}, good idea, I've passed it to the portal team. Etikora Pro",
    "es": "Gracias {name}, buena idea, la pasamos al equipo del portal. Etikora Pro",
    "de": "Danke {name}, gute Idee, wir geben sie ans Portal-Team weiter. Etikora Pro",
    "fr": "Merci {name}, bonne idée, transmise à l'équipe du portail. Etikora Pro",
    "pt": "Obrigado {name}, boa ideia, passámos à equipa do portal. Etikora Pro",
    "it": "Grazie {name}, buona idea, l'abbiamo girata al team del portale. Etikora Pro",
}
QA: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "Can we add a new starter to the staff list and order one fleece for her?",
            "Yes: Staff > Add, then 'reorder for' on her line. It ships in 3 working days.",
        ),
        (
            "What's the lead time on 200 embroidered polos?",
            "About 8 working days from proof approval.",
        ),
    ),
    "es": (
        (
            "¿Podemos dar de alta a un trabajador nuevo y pedirle un polar?",
            "Sí: Personal > Añadir y luego 'repetir pedido' en su línea. Sale en 3 días laborables.",
        ),
        (
            "¿Qué plazo tienen 200 polos bordados?",
            "Unos 8 días laborables desde que se aprueba la prueba.",
        ),
    ),
    "de": (
        (
            "Können wir eine neue Kollegin anlegen und ihr eine Fleecejacke bestellen?",
            "Ja: Mitarbeiter > Hinzufügen, dann 'nachbestellen'. Versand in 3 Werktagen.",
        ),
    ),
    "fr": (
        (
            "On peut ajouter une nouvelle employée et lui commander une polaire ?",
            "Oui : Personnel > Ajouter puis 'recommander'. Expédition en 3 jours ouvrés.",
        ),
    ),
    "pt": (
        (
            "Podemos adicionar uma colaboradora nova e encomendar-lhe um polar?",
            "Sim: Pessoal > Adicionar e depois 'repetir encomenda'. Sai em 3 dias úteis.",
        ),
    ),
    "it": (
        (
            "Possiamo aggiungere una nuova collega e ordinarle un pile?",
            "Sì: Personale > Aggiungi, poi 'riordina'. Spedizione in 3 giorni lavorativi.",
        ),
    ),
}
PRAISE: dict[str, tuple[str, ...]] = {
    "en": (
        "Our care home switched to Etikora Pro laundry labels in spring. Residents' clothes come back to the right room now, the families have noticed.",
        "New polos for the whole front-of-house team arrived in a week, embroidery spot on. Thanks Etikora Pro",
    ),
    "es": (
        "Desde que usamos las etiquetas de lavandería de Etikora Pro la ropa de los residentes vuelve a su habitación. Las familias lo notan.",
        "Polos nuevos para todo el equipo en una semana y el bordado perfecto. Gracias Etikora Pro",
    ),
    "de": (
        "Seit wir die Wäscheetiketten von Etikora Pro nutzen, kommt die Kleidung der Bewohner ins richtige Zimmer zurück.",
    ),
    "fr": ("Les étiquettes de blanchisserie Etikora Pro ont tout changé dans notre EHPAD.",),
    "pt": (
        "Com as etiquetas de lavandaria da Etikora Pro a roupa dos utentes volta ao quarto certo.",
    ),
    "it": ("Con le etichette Etikora Pro i vestiti degli ospiti tornano nella stanza giusta.",),
}
