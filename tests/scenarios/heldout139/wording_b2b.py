# ruff: noqa: E501
"""Company-account and spike wording of heldout139 (Pattinova Empresas)."""

from __future__ import annotations

T = dict[str, list[str]]

B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "es": [
            "La factura de la pista para el evento de empresa sale sin número de pedido y con el nombre antiguo. Contabilidad no la puede pagar"
        ],
        "fr": [
            "La facture de la location de glace pour notre soirée d'entreprise n'a pas de numéro de commande. La compta bloque"
        ],
        "de": [
            "Die Rechnung für die Eismiete hat keine Bestellnummer, die Buchhaltung zahlt so nicht"
        ],
        "en": ["The ice-hire invoice has no PO number, accounts can't pay it"],
    },
    "ice_time": {
        "es": [
            "Nuestro bloque de hielo de los martes se lo han dado a otro club, el equipo se quedó en la puerta"
        ],
        "fr": [
            "Notre créneau glace du mardi a été attribué à un autre club, l'équipe est restée dehors"
        ],
        "de": [
            "Unsere Dienstags-Eiszeit wurde einem anderen Verein gegeben, das Team stand vor der Tür"
        ],
        "en": ["Our Tuesday ice block was given to another club, the team was left outside"],
    },
    "overbilled": {
        "es": ["Nos cobran tarifa por hora suelta en vez de la tarifa de temporada del contrato"],
        "fr": ["On nous facture l'heure à l'unité au lieu du tarif saison du contrat"],
        "de": ["Uns wird der Einzelstundenpreis statt des Saisonvertrags berechnet"],
        "en": ["We're billed the single-hour rate instead of our contract season rate"],
    },
}

B2B_LATER: T = {
    "es": ["Como ya escribió {other} el {day} (caso {case}): {problem}. Nos pasa a varios"],
    "fr": [
        "Comme {other} vous l'a écrit {day} (dossier {case}) : {problem}. Nous sommes plusieurs"
    ],
    "de": ["Wie {other} am {day} schrieb (Fall {case}): {problem}. Betrifft mehrere von uns"],
    "en": ["As {other} wrote on {day} (case {case}): {problem}. Several of us affected"],
}

B2B_LAST: T = {
    "es": [
        "si hola llamo por el caso {case} sigue igual varios compañeros ya os han escrito mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor"
    ],
    "fr": [
        "oui bonjour j'appelle pour le dossier {case} rien n'a changé plusieurs collègues vous ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "ja hallo wegen Fall {case} es ist nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht gelöst ist"
    ],
    "en": [
        "hi calling about case {case} nothing fixed several colleagues wrote my boss says we move the account if it isn't fixed this week"
    ],
}

B2B_ACK: T = {
    "es": [
        "Gracias, hemos abierto el caso {case} para vuestra cuenta. {agent}, Pattinova Empresas"
    ],
    "fr": ["Merci, le dossier {case} est ouvert pour votre compte. {agent}, Pattinova Entreprises"],
    "de": ["Danke, Fall {case} für Ihr Konto ist eröffnet. {agent}, Pattinova Business"],
    "en": ["Thanks, case {case} is open for your account. {agent}, Pattinova Business"],
}

B2B_MILD: T = {
    "es": ["Sugerencia: estaría bien poder descargar las facturas por centro de coste"],
    "fr": ["Suggestion : pouvoir exporter les factures par centre de coût serait pratique"],
    "de": ["Vorschlag: Rechnungen nach Kostenstelle exportieren wäre hilfreich"],
    "en": ["Suggestion: exporting invoices by cost centre would help"],
}

B2B_HAPPY: T = {
    "es": ["La jornada de patinaje con el equipo fue un éxito, gracias a todo el personal"],
    "fr": ["La sortie patinoire avec l'équipe était top, merci à tous"],
    "de": ["Teamevent auf dem Eis war ein voller Erfolg, danke"],
    "en": ["Team skating day was a big hit, thanks all"],
}

SPIKE: T = {
    "es": [
        "acabo de afilar los patines en el kiosko de {rink} y me los ha devuelto SIN FILO, plano total, me he caído en la primera curva. el ticket pone {code}",
        "Ojo con la afiladora automática de {rink}: las cuchillas salen lisas, no agarran nada. Recibo con error {code}",
        "mis patines propios, recien afilados en la maquina, y patinan como una bandeja. {code} en el ticket. alguien mas??",
    ],
    "fr": [
        "je sors de l'affûteuse self-service de {rink}, lames rendues complètement plates, aucune accroche, ticket {code}",
        "Attention à la machine d'affûtage de {rink} : mes patins ressortent sans creux, je glisse partout. Erreur {code}",
    ],
    "en": [
        "self-service sharpener at {rink} just ground my blades totally flat, no edge at all, receipt says {code}"
    ],
    "de": [
        "Der Schleifautomat in {rink} hat meine Kufen komplett flach geschliffen, null Halt. Beleg zeigt {code}"
    ],
    "it": [
        "la macchina affilatrice di {rink} mi ha reso le lame piatte, niente presa. scontrino {code}"
    ],
    "pt": [
        "a máquina de afiar do {rink} deixou as lâminas lisas, sem aresta nenhuma. talão diz {code}"
    ],
}

SPIKE_REPEAT: T = {
    "es": [
        "Sigo con lo mismo: la he probado otra vez con los patines de mi hija y también salen planos, {code}"
    ],
    "fr": ["Toujours pareil : réessayé avec les patins de mon fils, encore plats, {code}"],
    "en": ["still the same, tried again with my son's skates, flat again, {code}"],
    "de": ["Immer noch: mit den Kufen meiner Tochter nochmal versucht, wieder flach, {code}"],
    "it": ["Ancora uguale, riprovato con i pattini di mio figlio, {code}"],
    "pt": ["Continua igual, tentei com os patins do meu filho, {code}"],
}

SPIKE_CHAT_A: T = {
    "es": [
        "Sí, las afiladoras automáticas fallan ahora mismo en varias pistas, las hemos parado. Pasa por el mostrador y te las afilamos a mano"
    ],
    "fr": [
        "Oui, les affûteuses automatiques sont en panne dans plusieurs patinoires, on les arrête. Passez au comptoir, on affûte à la main"
    ],
    "en": [
        "Yes, the automatic sharpeners are failing at several rinks right now, we're stopping them. The desk will sharpen by hand"
    ],
    "de": [
        "Ja, die Automaten fallen gerade in mehreren Hallen aus, wir schalten sie ab. Am Schalter wird von Hand geschliffen"
    ],
    "it": [
        "Sì, le affilatrici automatiche hanno un guasto in più piste, le fermiamo. Al banco affiliamo a mano"
    ],
    "pt": [
        "Sim, as máquinas automáticas estão com falha em várias pistas. No balcão afiamos à mão"
    ],
}

SPIKE_FIXED: T = {
    "es": [
        "Las afiladoras funcionan de nuevo desde las 13:30. Te hemos abonado 5 fichas de afilado. {agent}"
    ],
    "fr": ["Les affûteuses refonctionnent depuis 13h30. 5 jetons d'affûtage crédités. {agent}"],
    "en": [
        "The sharpeners work again since 12:30 (local time). 5 sharpening tokens credited. {agent}"
    ],
    "de": ["Die Automaten laufen wieder seit 13:30. 5 Schleifmarken gutgeschrieben. {agent}"],
    "it": ["Le affilatrici funzionano di nuovo dalle 13:30. 5 gettoni accreditati. {agent}"],
    "pt": ["As máquinas funcionam de novo desde as 12:30. 5 fichas creditadas. {agent}"],
}

LONE_Q: T = {
    "es": [
        "pregunta: ayer la afiladora de {rink} tardó mucho más de lo normal pero las cuchillas salieron bien. es normal?"
    ],
    "de": ["Frage: der Schleifautomat hat gestern länger gebraucht, Kufen waren aber gut. Normal?"],
}

LONE_A: T = {
    "es": ["Sí, en los patines de hockey tarda un poco más. ¡Todo correcto!"],
    "de": ["Ja, bei Hockeykufen dauert es etwas länger. Alles in Ordnung!"],
}
