# ruff: noqa: E501
"""Wording of heldout65's business arm, Piscelia Pro (pools of hotels, campsites, residences...).

Placeholders: {case} a case reference, {first} the writer's first name, {who} the
first complainer's first name, {day} a weekday or "this morning", {comp} a competitor.
"""

from __future__ import annotations

#: (label, price in euros)
PRODUCTS: list[tuple[str, int]] = [
    ("Commercial pool weekly contract, monthly / Contrato semanal piscina comercial, mensual", 420),
    ("Legionella test / Análisis de legionela", 180),
    ("Sodium hypochlorite 200 L / Hipoclorito sódico 200 L", 260),
    ("Pump overhaul / Revisión completa de bomba", 640),
    ("Emergency call-out / Salida de urgencia", 190),
    ("Sanitary logbook / Libro de registro sanitario", 45),
    ("Spa pool service / Mantenimiento de spa comercial", 230),
]
PAGES = ["/pro/sites", "/pro/logbook", "/pro/invoices", "/pro/visits", "/pro/orders"]

PRAISE: dict[str, list[str]] = {
    "es": [
        "El equipo de Piscelia Pro nos dejó la piscina del hotel lista para la inspección sanitaria en una mañana. Profesionales de verdad",
        "Otra temporada sin un solo cierre de piscina en la residencia. Gracias Piscelia Pro",
    ],
    "fr": [
        "Contrôle sanitaire de l'ARS passé sans remarque, merci à l'équipe Piscelia Pro pour le suivi",
        "Intervention en urgence un dimanche au camping, pompe réparée en deux heures. Chapeau Piscelia Pro",
    ],
    "de": [
        "Gesundheitsamt war da, keine Beanstandung. Danke an Piscelia Pro für die saubere Dokumentation"
    ],
    "en": ["Spa pool passed its inspection with flying colours, thanks to the Piscelia Pro team"],
}
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "buenos días, podemos añadir una segunda visita semanal en agosto para la piscina infantil?",
            "¡Buenos días! Sí, la he añadido a vuestro contrato para agosto, la veréis en el portal.",
        ),
        (
            "hola, dónde descargo el certificado de legionela del último análisis?",
            "Hola, está en el portal, en 'Registro sanitario', con fecha de ayer.",
        ),
    ],
    "fr": [
        (
            "bonjour, pouvez-vous ajouter un deuxième passage par semaine en août pour la pataugeoire ?",
            "Bonjour ! C'est ajouté au contrat pour août, visible dans le portail.",
        ),
        (
            "où je trouve le rapport légionelle du dernier prélèvement ?",
            "Bonjour, il est dans le portail, rubrique 'Carnet sanitaire', daté d'hier.",
        ),
    ],
    "de": [
        (
            "Hallo, können wir im August einen zweiten Termin pro Woche fürs Kinderbecken buchen?",
            "Hallo! Ist im Vertrag für August ergänzt, Sie sehen es im Portal.",
        )
    ],
    "en": [
        (
            "morning, can we add a second weekly visit for the spa pool in August?",
            "Morning! Added to your contract for August, you'll see it in the portal.",
        )
    ],
}
THANKS = {
    "es": ["gracias!", "perfecto gracias"],
    "fr": ["merci !", "parfait merci"],
    "de": ["danke!"],
    "en": ["cheers, thanks"],
}

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "facturas con el nombre antiguo y sin número de pedido",
        "service_blocked": "técnicos que no hacen la visita por 'cuenta bloqueada'",
        "portal": "el portal no muestra el registro sanitario",
        "overbilled": "cobro por visita en vez de la tarifa del contrato",
    },
    "fr": {
        "invoice": "factures à l'ancien nom et sans numéro de commande",
        "service_blocked": "techniciens qui refusent le passage, 'compte bloqué'",
        "portal": "carnet sanitaire absent du portail",
        "overbilled": "facturation à la visite au lieu du tarif contrat",
    },
    "de": {
        "invoice": "Rechnungen mit altem Firmennamen und ohne Bestellnummer",
        "service_blocked": "Techniker verweigern den Termin, 'Konto gesperrt'",
        "portal": "Portal zeigt das Hygiene-Betriebsbuch nicht",
        "overbilled": "Einzelpreis statt Vertragspreis berechnet",
    },
    "en": {
        "invoice": "invoices under the old company name with no PO number",
        "service_blocked": "engineers refusing the visit, 'account on hold'",
        "portal": "portal not showing the water-quality logbook",
        "overbilled": "charged per visit instead of the contract rate",
    },
}
#: The first complaint (e-mail).
FIRST: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "Buenos días:\n\nLas tres últimas facturas vienen a nombre de la sociedad antigua (antes de la fusión) y sin nuestro número de pedido. Contabilidad las rechaza y no podemos pagarlas. Por favor, reemitidlas correctamente.\n\n{first}",
        "service_blocked": "Buenos días:\n\nHoy el técnico se ha negado a hacer la visita semanal porque en su tablet pone 'cuenta bloqueada'. Tenemos todas las facturas pagadas. La piscina abre al público a las 11.\n\n{first}",
        "portal": "Buenos días:\n\nEl portal no muestra ninguna anotación del registro sanitario desde hace dos semanas. La inspección viene el jueves y necesitamos esos registros.\n\n{first}",
        "overbilled": "Buenos días:\n\nEste mes nos habéis cobrado cada visita suelta en lugar de la tarifa mensual del contrato. La diferencia es de más de 700 €.\n\n{first}",
    },
    "fr": {
        "invoice": "Bonjour,\n\nLes trois dernières factures sont à l'ancien nom de la société (avant la fusion) et sans notre numéro de bon de commande. La comptabilité les rejette, nous ne pouvons pas payer. Merci de les réémettre.\n\n{first}",
        "service_blocked": "Bonjour,\n\nLe technicien a refusé ce matin le passage hebdomadaire, sa tablette indique 'compte bloqué'. Toutes nos factures sont payées. Le bassin ouvre au public à 11h.\n\n{first}",
        "portal": "Bonjour,\n\nLe portail n'affiche plus aucun relevé du carnet sanitaire depuis deux semaines. Le contrôle de l'ARS est jeudi, il nous faut ces relevés.\n\n{first}",
        "overbilled": "Bonjour,\n\nCe mois-ci vous avez facturé chaque passage à l'unité au lieu du forfait mensuel du contrat. Plus de 700 € d'écart.\n\n{first}",
    },
    "de": {
        "invoice": "Guten Tag,\n\ndie letzten drei Rechnungen laufen auf den alten Firmennamen (vor der Fusion) und ohne unsere Bestellnummer. Die Buchhaltung lehnt sie ab. Bitte neu ausstellen.\n\n{first}",
        "service_blocked": "Guten Tag,\n\nder Techniker hat heute den Wochentermin verweigert, auf seinem Tablet steht 'Konto gesperrt'. Alle Rechnungen sind bezahlt. Das Becken öffnet um 11 Uhr.\n\n{first}",
        "portal": "Guten Tag,\n\ndas Portal zeigt seit zwei Wochen keine Einträge im Hygiene-Betriebsbuch. Das Gesundheitsamt kommt Donnerstag.\n\n{first}",
        "overbilled": "Guten Tag,\n\ndiesen Monat wurde jeder Termin einzeln berechnet statt des Monatspreises aus dem Vertrag. Über 700 € Unterschied.\n\n{first}",
    },
    "en": {
        "invoice": "Hello,\n\nThe last three invoices are under our old company name (before the merger) and have no PO number. Accounts won't pay them. Please reissue.\n\n{first}",
        "service_blocked": "Hello,\n\nYour engineer refused this week's visit this morning, his tablet says 'account on hold'. Every invoice is paid. The pool opens at 11.\n\n{first}",
        "portal": "Hello,\n\nThe portal hasn't shown any water-quality logbook entries for two weeks. We have an inspection on Thursday.\n\n{first}",
        "overbilled": "Hello,\n\nThis month every visit was billed individually instead of our contract's monthly rate. Over £600 difference.\n\n{first}",
    },
}
#: A later complainer: names the first one, the day and the case.
LATER: dict[str, str] = {
    "es": "Hola:\n\nEscribo por lo mismo que os contó {who} {day} (incidencia {case}): {topic}. Sigue igual y ahora me afecta a mí también.\n\n{first}",
    "fr": "Bonjour,\n\nJe vous écris pour la même chose que {who} vous a signalée {day} (dossier {case}) : {topic}. Rien n'a changé et ça me bloque aussi.\n\n{first}",
    "de": "Hallo,\n\nes geht um dasselbe, was {who} {day} gemeldet hat (Vorgang {case}): {topic}. Unverändert, jetzt betrifft es auch mich.\n\n{first}",
    "en": "Hello,\n\nSame issue my colleague {who} raised {day} (case {case}): {topic}. Still the same and now it's affecting me too.\n\n{first}",
}
#: The at-risk account's last contact again: e-mail (names {comp}) and call.
LAST_EMAIL: dict[str, str] = {
    "es": "Hola:\n\nIncidencia {case}: {topic}. Sigue sin resolverse y ya os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.\n\n{first}",
    "fr": "Bonjour,\n\nDossier {case} : {topic}. Toujours pas réglé alors que plusieurs collègues vous ont écrit. Les achats ont déjà demandé un devis à {comp}.\n\n{first}",
    "de": "Hallo,\n\nVorgang {case}: {topic}. Immer noch nicht gelöst, obwohl mehrere Kollegen geschrieben haben. Der Einkauf hat schon bei {comp} angefragt.\n\n{first}",
    "en": "Hello,\n\nCase {case}: {topic}. Still not sorted though several colleagues have written. Procurement has already asked {comp} for a quote.\n\n{first}",
}
LAST_CALL: dict[str, str] = {
    "es": "hola buenos días llamo por la incidencia {case} {topic} sigue sin arreglarse ya os han escrito varios compañeros y mi jefe dice que si esta semana no está resuelto cambiamos de proveedor",
    "fr": "bonjour j'appelle pour le dossier {case} {topic} c'est toujours pas réglé plusieurs collègues vous ont écrit et ma directrice dit que si c'est pas réglé cette semaine on change de prestataire",
    "de": "ja guten Tag ich rufe an wegen Vorgang {case} {topic} das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht erledigt ist wechseln wir den Anbieter",
    "en": "hi morning I'm calling about case {case} {topic} it's still not sorted several of my colleagues have written in and my boss says if it's not fixed this week we're moving supplier",
}
ACK: dict[str, str] = {
    "es": "Hola {first}:\n\nLo sentimos. Hemos abierto la incidencia {case} y la lleva vuestro gestor de cuenta.\n\nUn saludo,\nPiscelia Pro",
    "fr": "Bonjour {first},\n\nNous sommes désolés. Le dossier {case} est ouvert et suivi par votre chargé de compte.\n\nCordialement,\nPiscelia Pro",
    "de": "Hallo {first},\n\ndas tut uns leid. Vorgang {case} ist angelegt, Ihr Kundenbetreuer kümmert sich.\n\nViele Grüße\nPiscelia Pro",
    "en": "Hi {first},\n\nSorry about this. We've opened case {case} and your account manager has it.\n\nKind regards\nPiscelia Pro",
}
MILD: dict[str, list[str]] = {
    "es": [
        "Sería útil poder exportar los costes por piscina y por centro, no solo por factura.",
        "Estaría bien que el parte de visita indicase la hora de llegada y salida del técnico.",
    ],
    "fr": [
        "Ce serait pratique d'exporter les coûts par bassin et par site, pas seulement par facture.",
        "Pourriez-vous indiquer l'heure d'arrivée et de départ du technicien sur les comptes rendus ?",
    ],
    "de": ["Praktisch wäre ein Export der Kosten pro Becken und Standort."],
    "en": ["It'd help to export costs per pool and per site, not just per invoice."],
}
MILD_ACK: dict[str, str] = {
    "es": "Hola {first}:\n\nGracias por la sugerencia, la hemos pasado al equipo del portal.\n\nUn saludo,\nPiscelia Pro",
    "fr": "Bonjour {first},\n\nMerci pour la suggestion, transmise à l'équipe du portail.\n\nCordialement,\nPiscelia Pro",
    "de": "Hallo {first},\n\ndanke für den Vorschlag, ist an das Portal-Team weitergegeben.\n\nViele Grüße\nPiscelia Pro",
    "en": "Hi {first},\n\nThanks for the suggestion, passed to the portal team.\n\nKind regards\nPiscelia Pro",
}
DAY: dict[str, list[str]] = {
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "heute Morgen",
    ],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
}
JOBS = [
    "Facilities manager",
    "Hotel manager",
    "Maintenance lead",
    "Accounts payable",
    "Operations manager",
    "Pool supervisor",
    "Purchasing officer",
    "Site director",
]
