# ruff: noqa: E501
"""Hand-written wording for heldout33: Croquo Pro, for groomers, kennels, vet clinics, shops.

Placeholders as in the other wording modules, plus {company}, {colleague} (the first
name of the colleague who wrote first), {weekday} (the day they wrote), {vat} (the
market's tax number), {site} (the number of sites). <<fem|masc>> agrees with the
colleague named, [[fem|masc]] with the writer.
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "orders_blocked", "portal", "overbilled")

#: market -> (company, e-mail domain, kind of firm)
COMPANIES: dict[str, list[tuple[str, str, str]]] = {
    "FR": [
        ("Toilettage Poil de Carotte", "poildecarotte-toilettage.example", "groomer"),
        ("Pension Canine des Mauges", "pension-mauges.example", "kennel"),
        ("Clinique Vétérinaire du Parc", "cliniqueduparc-veto.example", "vet_clinic"),
        ("Animalerie Le Terrier", "leterrier-animalerie.example", "pet_shop"),
        ("Refuge des Quatre Pattes", "refuge4pattes.example", "shelter"),
        ("Crèche Canine Wouf", "wouf-creche.example", "daycare"),
    ],
    "BE": [("Toilettage Bichon & Cie", "bichon-cie.example", "groomer")],
    "CH": [("Cabinet Vétérinaire du Lac", "veto-dulac.example", "vet_clinic")],
    "ES": [
        ("Peluquería Canina Ricitos", "ricitos-canina.example", "groomer"),
        ("Residencia Canina El Olivar", "elolivar-residencia.example", "kennel"),
        ("Clínica Veterinaria San Antón", "vetsananton.example", "vet_clinic"),
        ("Tienda Animal Guau", "guau-tienda.example", "pet_shop"),
        ("Protectora Huellas", "huellas-protectora.example", "shelter"),
    ],
    "DE": [("Hundepension Waldblick", "waldblick-pension.example", "kennel")],
    "IT": [("Toelettatura Pelo Lucido", "pelolucido.example", "groomer")],
    "PT": [("Clínica Veterinária da Sé", "vetdase.example", "vet_clinic")],
    "UK": [("Muddy Paws Grooming", "muddypaws-grooming.example", "groomer")],
}

VAT: dict[str, str] = {
    "FR": "numéro de TVA intracommunautaire",
    "BE": "numéro de TVA",
    "CH": "numéro IDE",
    "ES": "CIF",
    "DE": "USt-IdNr.",
    "IT": "partita IVA",
    "PT": "NIF",
    "UK": "VAT number",
}

#: (question, answer, thanks)
B2B_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Bonjour, on peut avoir la facture du mois en un seul PDF pour nos deux salons ?",
            "Bonjour {name}, oui : Espace Pro > Factures > « Regrouper les sites ». C'est activé pour {company}.",
            "Parfait, merci {agent}",
        ),
        (
            "Bonjour, est-ce qu'on peut faire livrer les sacs de 20 kg le mardi plutôt que le lundi ? Le lundi on est fermés",
            "Bonjour {name}, c'est fait, vos livraisons passent au mardi à partir de la semaine prochaine.",
            "Top, merci beaucoup",
        ),
        (
            "Bonjour, il existe une remise volume au-delà de 10 sacs par mois ?",
            "Bonjour {name}, oui, 8 % à partir de 10 sacs et 12 % à partir de 25, appliqués automatiquement.",
            "Super, merci pour l'info",
        ),
    ],
    "es": [
        (
            "Hola, ¿podemos tener la factura del mes en un solo PDF para los dos locales?",
            "Hola {name}, sí: Área Pro > Facturas > «Agrupar locales». Ya está activado para {company}.",
            "Perfecto, gracias {agent}",
        ),
        (
            "Buenas, ¿se puede pasar la entrega de los sacos de 20 kg al martes? Los lunes cerramos",
            "Hola {name}, hecho, desde la semana que viene os llega el martes.",
            "Genial, muchas gracias",
        ),
        (
            "Hola, ¿hay descuento por volumen a partir de 10 sacos al mes?",
            "Hola {name}, sí, un 8 % desde 10 sacos y un 12 % desde 25, se aplica solo.",
            "Estupendo, gracias",
        ),
    ],
    "de": [
        (
            "Guten Tag, können wir die Monatsrechnung für beide Standorte als ein PDF bekommen?",
            "Hallo {name}, ja: Pro-Bereich > Rechnungen > «Standorte zusammenfassen». Ist für {company} aktiviert.",
            "Danke {agent}",
        )
    ],
    "en": [
        (
            "Hi, can we get the monthly invoice for both sites as one PDF?",
            "Hi {name}, yes: Pro area > Invoices > «Group sites». Done for {company}.",
            "Cheers {agent}",
        )
    ],
    "it": [
        (
            "Buongiorno, possiamo avere la fattura mensile dei due negozi in un solo PDF?",
            "Buongiorno {name}, sì: Area Pro > Fatture > «Raggruppa sedi». Attivato per {company}.",
            "Grazie {agent}",
        )
    ],
    "pt": [
        (
            "Bom dia, podemos receber a fatura do mês num só PDF para as duas clínicas?",
            "Bom dia {name}, sim: Área Pro > Faturas > «Agrupar locais». Já está ativo para a {company}.",
            "Obrigad[[a|o]] {agent}",
        )
    ],
}

B2B_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Chez {company} on est passés à Croquo Pro en début d'année : livraison le mardi, une facture, zéro rupture. Ça change la vie d'un salon.",
        "Service pro de Croquo au top, réponse en 10 minutes sur le chat un samedi matin.",
    ],
    "es": [
        "En {company} nos pasamos a Croquo Pro a principios de año: entrega los martes, una factura y cero roturas de stock.",
        "El servicio Pro de Croquo de diez, contestan en 10 minutos por el chat.",
    ],
    "de": [
        "Bei {company} seit Januar mit Croquo Pro: eine Rechnung, pünktliche Lieferung, nie mehr leere Regale."
    ],
    "en": [
        "At {company} we moved to Croquo Pro in January: one invoice, on-time deliveries, never run out."
    ],
    "it": ["Da {company} usiamo Croquo Pro da gennaio: una fattura, consegne puntuali."],
    "pt": ["Na {company} passámos para a Croquo Pro em janeiro: uma fatura, entregas certinhas."],
}

#: (label, price in EUR)
ADDONS: list[tuple[str, float]] = [
    ("Sac pro 20 kg / Saco profesional 20 kg", 79.00),
    ("Shampooing pro 5 L / Champú profesional 5 L", 42.50),
    ("Carton friandises x200 / Caja snacks x200", 36.00),
    ("Litière pro 40 L / Arena profesional 40 L", 29.90),
]
PRO_PAGES: list[str] = [
    "/pro/factures",
    "/pro/commandes-recurrentes",
    "/pro/sites",
    "/pro/catalogue",
]

B2B_SUBJECT: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "Facture sans {vat}",
        "es": "Factura sin {vat}",
        "de": "Rechnung ohne {vat}",
        "en": "Invoice missing {vat}",
        "it": "Fattura senza {vat}",
        "pt": "Fatura sem {vat}",
    },
    "orders_blocked": {
        "fr": "Compte pro bloqué",
        "es": "Cuenta Pro bloqueada",
        "de": "Pro-Konto gesperrt",
        "en": "Pro account blocked",
        "it": "Account Pro bloccato",
        "pt": "Conta Pro bloqueada",
    },
    "portal": {
        "fr": "Espace Pro : adresses des sites",
        "es": "Área Pro: direcciones de los locales",
        "de": "Pro-Bereich: Standorte",
        "en": "Pro area: site addresses",
        "it": "Area Pro: sedi",
        "pt": "Área Pro: moradas",
    },
    "overbilled": {
        "fr": "Commande récurrente résiliée encore facturée",
        "es": "Pedido recurrente cancelado y cobrado",
        "de": "Gekündigter Dauerauftrag berechnet",
        "en": "Cancelled standing order still billed",
        "it": "Ordine ricorrente disdetto ancora fatturato",
        "pt": "Encomenda recorrente cancelada ainda faturada",
    },
}

B2B_PROBLEM: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "Bonjour,\n\nLa facture d'octobre de {company} n'a pas notre {vat}. Notre comptable refuse de la passer et nous ne pouvons pas récupérer la TVA. C'est la deuxième fois. Merci de nous envoyer une facture rectifiée.\n\n{first}",
        "es": "Hola,\n\nLa factura de octubre de {company} sale sin nuestro {vat}. La gestoría no la acepta y no podemos deducir el IVA. Ya es la segunda vez. Necesitamos una factura rectificativa.\n\n{first}",
        "de": "Guten Tag,\n\nauf der Oktoberrechnung von {company} fehlt unsere {vat}. Unser Steuerbüro kann sie so nicht buchen. Bitte um korrigierte Rechnung.\n\n{first}",
        "en": "Hi,\n\nOctober's invoice for {company} has no {vat} on it. Our accountant can't post it. Please send a corrected invoice.\n\n{first}",
        "it": "Buongiorno,\n\nla fattura di ottobre di {company} non riporta la nostra {vat}. Il commercialista non può registrarla. Chiediamo una fattura corretta.\n\n{first}",
        "pt": "Bom dia,\n\na fatura de outubro da {company} vem sem o nosso {vat}. O contabilista não a aceita. Precisamos de uma fatura corrigida.\n\n{first}",
    },
    "orders_blocked": {
        "fr": "Bonjour,\n\nDepuis ce matin impossible de commander sur l'Espace Pro : « Compte suspendu – impayé ». Nous avons TOUT payé, virement du 2 en pièce jointe. On a 14 chiens en pension et plus que deux sacs. Urgent.\n\n{first}, {company}",
        "es": "Hola,\n\nDesde esta mañana no podemos pedir en el Área Pro: «Cuenta suspendida – impago». Está TODO pagado, adjunto la transferencia del día 2. Tenemos 14 perros en residencia y dos sacos. Urgente.\n\n{first}, {company}",
        "de": "Guten Tag,\n\nseit heute früh können wir nicht bestellen: «Konto gesperrt – offene Zahlung». Es ist ALLES bezahlt. Wir haben 14 Hunde hier. Dringend.\n\n{first}, {company}",
        "en": "Hi,\n\nSince this morning we can't order: «Account suspended – unpaid». EVERYTHING is paid. We have 14 dogs in and two bags left. Urgent.\n\n{first}, {company}",
        "it": "Buongiorno,\n\nda stamattina non possiamo ordinare: «Account sospeso – insoluto». Abbiamo pagato TUTTO. Urgente.\n\n{first}, {company}",
        "pt": "Bom dia,\n\ndesde esta manhã não conseguimos encomendar: «Conta suspensa – pagamento em falta». Está TUDO pago. Urgente.\n\n{first}, {company}",
    },
    "portal": {
        "fr": "Bonjour,\n\nL'Espace Pro n'enregistre pas les adresses de nos sites : je saisis les deux salons, j'enregistre, et au rechargement il n'y a plus que le premier. Du coup toutes les commandes partent au même endroit. Ça fait trois fois que je recommence.\n\n{first}, {company}",
        "es": "Hola,\n\nEl Área Pro no guarda las direcciones de los locales: meto los dos, guardo, y al recargar solo queda el primero. Todos los pedidos van al mismo sitio. Ya van tres intentos.\n\n{first}, {company}",
        "de": "Guten Tag,\n\nder Pro-Bereich speichert unsere Standorte nicht: beide eingetragen, gespeichert, nach dem Neuladen nur noch einer. Alles geht an dieselbe Adresse.\n\n{first}, {company}",
        "en": "Hi,\n\nThe Pro area won't save our site addresses: enter both, save, reload and only the first is left. Everything ships to the one place.\n\n{first}, {company}",
        "it": "Buongiorno,\n\nl'Area Pro non salva gli indirizzi delle sedi: inserisco entrambe, salvo, e ricaricando ne resta una sola.\n\n{first}, {company}",
        "pt": "Bom dia,\n\na Área Pro não guarda as moradas: ponho as duas, gravo, e ao recarregar só fica a primeira.\n\n{first}, {company}",
    },
    "overbilled": {
        "fr": "Bonjour,\n\nNous avons résilié la commande récurrente de litière en septembre (confirmation reçue), et elle est ENCORE facturée en octobre : {amount}. Merci de rembourser et de vérifier que c'est bien arrêté.\n\n{first}, {company}",
        "es": "Hola,\n\nCancelamos el pedido recurrente de arena en septiembre (tenemos la confirmación) y en octubre la siguen cobrando: {amount}. Queremos el abono y que se pare de verdad.\n\n{first}, {company}",
        "de": "Guten Tag,\n\nden Daueraftrag für Streu haben wir im September gekündigt, im Oktober wird er TROTZDEM berechnet: {amount}. Bitte erstatten.\n\n{first}, {company}",
        "en": "Hi,\n\nWe cancelled the litter standing order in September and it's STILL billed in October: {amount}. Please refund.\n\n{first}, {company}",
        "it": "Buongiorno,\n\nabbiamo disdetto l'ordine ricorrente a settembre ed è ANCORA fatturato a ottobre: {amount}. Chiediamo il rimborso.\n\n{first}, {company}",
        "pt": "Bom dia,\n\ncancelámos a encomenda recorrente em setembro e continua faturada em outubro: {amount}. Pedimos o reembolso.\n\n{first}, {company}",
    },
}

#: the account's problem restated by a later colleague
B2B_STILL: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "la facture n'a toujours pas notre {vat}",
        "es": "la factura sigue sin nuestro {vat}",
        "de": "die Rechnung hat immer noch keine {vat}",
        "en": "the invoice still has no {vat}",
        "it": "la fattura è ancora senza {vat}",
        "pt": "a fatura continua sem {vat}",
    },
    "orders_blocked": {
        "fr": "le compte est toujours « suspendu » et personne ne peut commander",
        "es": "la cuenta sigue «suspendida» y nadie puede pedir",
        "de": "das Konto ist immer noch gesperrt",
        "en": "the account is still «suspended»",
        "it": "l'account è ancora sospeso",
        "pt": "a conta continua suspensa",
    },
    "portal": {
        "fr": "l'Espace Pro ne garde toujours qu'une adresse",
        "es": "el Área Pro sigue guardando una sola dirección",
        "de": "der Pro-Bereich speichert immer noch nur einen Standort",
        "en": "the Pro area still only keeps one address",
        "it": "l'Area Pro salva ancora una sola sede",
        "pt": "a Área Pro continua a guardar só uma morada",
    },
    "overbilled": {
        "fr": "la commande résiliée est toujours facturée",
        "es": "el pedido cancelado se sigue cobrando",
        "de": "der gekündigte Auftrag wird weiter berechnet",
        "en": "the cancelled order is still billed",
        "it": "l'ordine disdetto è ancora fatturato",
        "pt": "a encomenda cancelada continua faturada",
    },
}

B2B_JOIN: dict[str, str] = {
    "fr": "Bonjour,\n\n<<Ma collègue|Mon collègue>> {colleague} vous a écrit {weekday} (dossier {ref}) : {still}. Je confirme, même problème de mon côté, et on ne peut pas continuer comme ça.\n\n{first}, {company}",
    "es": "Hola,\n\n<<Mi compañera|Mi compañero>> {colleague} os escribió el {weekday} (caso {ref}): {still}. Lo confirmo, a mí me pasa lo mismo, y así no podemos trabajar.\n\n{first}, {company}",
    "de": "Guten Tag,\n\n<<meine Kollegin|mein Kollege>> {colleague} hat Ihnen am {weekday} geschrieben (Fall {ref}): {still}. Bei mir genau dasselbe.\n\n{first}, {company}",
    "en": "Hi,\n\nMy colleague {colleague} wrote to you on {weekday} (case {ref}): {still}. Same here, we can't work like this.\n\n{first}, {company}",
    "it": "Buongiorno,\n\n<<la mia collega|il mio collega>> {colleague} vi ha scritto {weekday} (pratica {ref}): {still}. Confermo, stesso problema.\n\n{first}, {company}",
    "pt": "Bom dia,\n\n<<a minha colega|o meu colega>> {colleague} escreveu-vos na {weekday} (processo {ref}): {still}. Confirmo, o mesmo aqui.\n\n{first}, {company}",
}

B2B_LAST: dict[str, str] = {
    "fr": "Dossier {ref} : rien n'est réglé, {still}. Plusieurs collègues vous ont écrit. Nous avons demandé un devis à {comp} pour la suite.",
    "es": "Caso {ref}: nada resuelto, {still}. Varios compañeros os han escrito. Hemos pedido presupuesto a {comp}.",
    "de": "Fall {ref}: nichts gelöst, {still}. Mehrere Kollegen haben geschrieben. Wir haben bei {comp} ein Angebot angefragt.",
    "en": "Case {ref}: nothing fixed, {still}. Several of us have written. We've asked {comp} for a quote.",
    "it": "Pratica {ref}: niente risolto, {still}. Più colleghi vi hanno scritto. Abbiamo chiesto un preventivo a {comp}.",
    "pt": "Processo {ref}: nada resolvido, {still}. Vários colegas escreveram. Pedimos orçamento à {comp}.",
}
B2B_LAST_SPOKEN: dict[str, str] = {
    "fr": "j'appelle pour le dossier {sref} c'est toujours pas réglé plusieurs collègues vous ont écrit et là on regarde d'autres fournisseurs",
    "es": "llamo por el caso {sref} sigue sin resolverse varios compañeros os han escrito y ya estamos mirando otros proveedores",
    "de": "ich rufe wegen fall {sref} an es ist immer noch nicht gelöst mehrere kollegen haben geschrieben wir schauen uns jetzt andere anbieter an",
    "en": "I'm ringing about case {sref} it's still not sorted a few of us have written in and we're looking at other suppliers now",
    "it": "chiamo per la pratica {sref} non è ancora risolto hanno scritto in tanti e stiamo guardando altri fornitori",
    "pt": "ligo por causa do processo {sref} continua por resolver vários colegas escreveram e estamos a ver outros fornecedores",
}

B2B_ACK: dict[str, str] = {
    "fr": "Bonjour {name}, merci pour votre message. Dossier {ref} ouvert pour {company}, l'équipe Croquo Pro s'en occupe. {agent}",
    "es": "Hola {name}, gracias por escribirnos. Caso {ref} abierto para {company}, el equipo Croquo Pro se encarga. {agent}",
    "de": "Hallo {name}, danke für Ihre Nachricht. Fall {ref} für {company} eröffnet, das Croquo Pro Team kümmert sich. {agent}",
    "en": "Hi {name}, thanks for your message. Case {ref} opened for {company}, the Croquo Pro team is on it. {agent}",
    "it": "Buongiorno {name}, grazie. Pratica {ref} aperta per {company}, se ne occupa il team Croquo Pro. {agent}",
    "pt": "Bom dia {name}, obrigado. Processo {ref} aberto para a {company}, a equipa Croquo Pro está a tratar. {agent}",
}

SUGGEST: dict[str, list[str]] = {
    "fr": [
        "Suggestion : ce serait pratique d'avoir le nom du chien ou du client sur chaque ligne de la facture, pour refacturer aux propriétaires.",
        "Petite idée : pouvoir exporter l'historique des commandes par site en CSV.",
    ],
    "es": [
        "Sugerencia: estaría bien poder poner el nombre del perro o del cliente en cada línea de la factura, para repercutirlo.",
        "Una idea: poder exportar el historial de pedidos por local en CSV.",
    ],
    "de": ["Vorschlag: ein CSV-Export der Bestellungen pro Standort wäre praktisch."],
    "en": ["Suggestion: a CSV export of orders per site would be handy."],
    "it": ["Suggerimento: un export CSV degli ordini per sede sarebbe comodo."],
    "pt": ["Sugestão: exportar as encomendas por local em CSV dava jeito."],
}
SUGGEST_ACK: dict[str, str] = {
    "fr": "Bonjour {name}, merci pour l'idée, elle est transmise à l'équipe produit Croquo Pro. {agent}",
    "es": "Hola {name}, gracias por la idea, la pasamos al equipo de producto de Croquo Pro. {agent}",
    "de": "Hallo {name}, danke für die Idee, sie ist an das Produktteam weitergegeben. {agent}",
    "en": "Hi {name}, thanks for the idea, passed on to the Croquo Pro product team. {agent}",
    "it": "Buongiorno {name}, grazie dell'idea, l'abbiamo girata al team prodotto. {agent}",
    "pt": "Bom dia {name}, obrigado pela ideia, passámos à equipa de produto. {agent}",
}
