# ruff: noqa: E501
"""Business-arm wording of heldout138 (Argillo Atelier: tableware and team workshops on account).

Placeholders: {b} the business arm, {ref} case reference, {comp} competitor, {first} the
first complainer's first name, {day} a weekday, {name} the contact, {agent} an agent.
"""

from __future__ import annotations

T = dict[str, list[str]]

PROBLEM: dict[str, dict[str, str]] = {
    "it": {
        "invoice": "le fatture di {b} arrivano intestate alla vecchia ragione sociale e senza numero d'ordine, l'amministrazione le rifiuta",
        "wrong_batch": "i 120 piatti piani consegnati sono del lotto sbagliato, 2 cm più piccoli e con lo smalto opaco invece che lucido",
        "portal": "il portale non mostra più i nostri modelli, quindi non possiamo riordinare i piatti rotti",
        "overbilled": "ci avete fatturato il workshop aziendale per 25 persone quando ne sono venute 14, come da lista consegnata",
    },
    "de": {
        "invoice": "die Rechnungen von {b} kommen auf den alten Firmennamen und ohne Bestellnummer, die Buchhaltung lehnt sie ab",
        "wrong_batch": "die 120 flachen Teller sind aus der falschen Charge, 2 cm kleiner und matt statt glänzend glasiert",
        "portal": "das Portal zeigt unsere Modelle nicht mehr an, wir können zerbrochene Teller nicht nachbestellen",
        "overbilled": "der Team-Workshop wurde mit 25 Personen abgerechnet, gekommen sind laut Liste 14",
    },
    "en": {
        "invoice": "{b} invoices still carry our old company name and no PO number, so accounts payable rejects them",
        "wrong_batch": "the 120 dinner plates delivered are from the wrong batch, 2 cm smaller and matt instead of gloss",
        "portal": "the portal no longer shows our designs so we can't reorder broken plates",
        "overbilled": "you invoiced the team workshop for 25 people when 14 came, as per the list we sent",
    },
    "fr": {
        "invoice": "les factures {b} portent l'ancienne raison sociale et aucun numéro de commande, la comptabilité les rejette",
        "wrong_batch": "les 120 assiettes livrées sont du mauvais lot, 2 cm plus petites et mates au lieu de brillantes",
        "portal": "le portail n'affiche plus nos modèles, impossible de recommander les assiettes cassées",
        "overbilled": "l'atelier d'équipe est facturé pour 25 personnes alors que 14 sont venues",
    },
    "es": {
        "invoice": "las facturas de {b} llegan con la razón social antigua y sin número de pedido, contabilidad las rechaza",
        "wrong_batch": "los 120 platos llanos entregados son del lote equivocado, 2 cm más pequeños y mates en vez de brillo",
        "portal": "el portal ya no muestra nuestros modelos y no podemos reponer platos rotos",
        "overbilled": "nos habéis facturado el taller de equipo para 25 personas y vinieron 14",
    },
    "pt": {
        "invoice": "as faturas da {b} vêm com a denominação antiga e sem número de encomenda, a contabilidade rejeita-as",
        "wrong_batch": "os 120 pratos entregues são do lote errado, 2 cm mais pequenos e mate em vez de brilhante",
        "portal": "o portal já não mostra os nossos modelos e não conseguimos repor pratos partidos",
        "overbilled": "faturaram o workshop de equipa para 25 pessoas e vieram 14",
    },
}

FIRST: T = {
    "it": [
        "Buongiorno, {p}. Vi chiediamo di correggere con urgenza.",
        "Salve, vi segnalo che {p}. Attendo riscontro.",
    ],
    "de": [
        "Guten Tag, {p}. Bitte um dringende Korrektur.",
        "Hallo, ich muss leider melden: {p}. Bitte um Rückmeldung.",
    ],
    "en": ["Hello, {p}. Please correct this urgently."],
    "fr": ["Bonjour, {p}. Merci de corriger rapidement."],
    "es": ["Buenos días, {p}. Os pido que lo corrijáis urgentemente."],
    "pt": ["Bom dia, {p}. Peço correção urgente."],
}
LATER: T = {
    "it": [
        "Buongiorno, come vi ha già scritto {first} {day}, {p}. Segnalazione {ref}. Anche io sono bloccata."
    ],
    "de": [
        "Guten Tag, wie {first} {day} schon geschrieben hat: {p}. Vorgang {ref}. Ich hänge jetzt auch fest."
    ],
    "en": ["Hello, as {first} wrote {day}: {p}. Case {ref}. I'm stuck with it too now."],
    "fr": ["Bonjour, comme {first} l'a écrit {day} : {p}. Demande {ref}. Je suis bloquée aussi."],
    "es": [
        "Hola, como ya escribió {first} el {day}: {p}. Incidencia {ref}. Yo también estoy atascada."
    ],
    "pt": ["Olá, como a {first} escreveu na {day}: {p}. Pedido {ref}. Também estou bloqueada."],
}
LAST_MAIL: T = {
    "it": [
        "Segnalazione {ref}: non è cambiato nulla e ormai vi hanno scritto in tre. L'ufficio acquisti ha già chiesto un preventivo a {comp}."
    ],
    "de": [
        "Vorgang {ref}: nichts hat sich geändert, inzwischen haben Ihnen mehrere Kollegen geschrieben. Der Einkauf hat schon ein Angebot bei {comp} angefragt."
    ],
    "en": [
        "Case {ref}: nothing has changed and several of us have written now. Procurement has already asked {comp} for a quote."
    ],
    "fr": [
        "Demande {ref} : rien n'a changé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé un devis à {comp}."
    ],
    "es": [
        "Incidencia {ref}: no ha cambiado nada y ya os hemos escrito varios. Compras ya ha pedido presupuesto a {comp}."
    ],
    "pt": [
        "Pedido {ref}: nada mudou e já vários colegas escreveram. As compras já pediram orçamento à {comp}."
    ],
}
LAST_CALL: T = {
    "it": [
        "si buongiorno chiamo per la segnalazione {ref} non e stato sistemato niente vi hanno scritto anche i miei colleghi e il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "de": [
        "ja guten Tag ich rufe an wegen Vorgang {ref} es ist nichts behoben meine Kollegen haben auch geschrieben und mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Lieferanten"
    ],
    "en": [
        "hi it's about case {ref} nothing's been fixed my colleagues wrote too and my boss says if it's not sorted this week we move the account"
    ],
    "fr": [
        "oui bonjour c'est pour la demande {ref} rien n'est réglé mes collègues ont écrit aussi et mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "es": [
        "hola llamo por la incidencia {ref} no se ha arreglado nada mis compañeros también escribieron y mi jefe dice que si no se soluciona esta semana cambiamos de proveedor"
    ],
    "pt": [
        "sim bom dia é sobre o pedido {ref} não foi resolvido nada os meus colegas também escreveram e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor"
    ],
}
ACK: T = {
    "it": [
        "Gentile {name}, abbiamo aperto la segnalazione {ref} e la gestiamo con priorità. {agent}, {b}"
    ],
    "de": [
        "Guten Tag {name}, wir haben Vorgang {ref} angelegt und bearbeiten ihn vorrangig. {agent}, {b}"
    ],
    "en": ["Dear {name}, we've opened case {ref} and are treating it as a priority. {agent}, {b}"],
    "fr": ["Bonjour {name}, nous avons ouvert la demande {ref}, traitée en priorité. {agent}, {b}"],
    "es": [
        "Hola {name}, hemos abierto la incidencia {ref} y la tratamos con prioridad. {agent}, {b}"
    ],
    "pt": ["Olá {name}, abrimos o pedido {ref} e tratamos com prioridade. {agent}, {b}"],
}
SUGGEST: T = {
    "it": [
        "Sarebbe utile poter esportare gli ordini per centro di costo. Grazie",
        "Suggerimento: indicare sul documento di trasporto la temperatura di cottura, ce la chiede l'HACCP",
    ],
    "de": [
        "Wäre praktisch, wenn man Bestellungen nach Kostenstelle exportieren könnte. Danke",
        "Vorschlag: die Brenntemperatur auf dem Lieferschein angeben, fragt unsere Hygieneprüfung immer",
    ],
    "en": ["It would help to export orders by cost centre. Thanks"],
    "fr": ["Ce serait pratique d'exporter les commandes par centre de coûts. Merci"],
    "es": ["Sería útil exportar los pedidos por centro de coste. Gracias"],
    "pt": ["Seria útil exportar as encomendas por centro de custo. Obrigado"],
}
SUGGEST_ACK: T = {
    "it": ["Grazie {name}, giro il suggerimento al team del portale. {agent}"],
    "de": ["Danke {name}, ich gebe den Vorschlag ans Portal-Team weiter. {agent}"],
    "en": ["Thanks {name}, passing that to the portal team. {agent}"],
    "fr": ["Merci {name}, je transmets à l'équipe du portail. {agent}"],
    "es": ["Gracias {name}, lo paso al equipo del portal. {agent}"],
    "pt": ["Obrigado {name}, passo a sugestão à equipa do portal. {agent}"],
}
ROUTINE_Q: T = {
    "it": [
        "Buongiorno, per un riordino di 40 tazze da cappuccino i tempi sono sempre tre settimane?",
        "Ciao, possiamo spostare il workshop del team a giovedì prossimo?",
    ],
    "de": [
        "Guten Morgen, für 40 Espressotassen nachbestellt bleibt es bei drei Wochen Lieferzeit?",
        "Hallo, können wir den Team-Workshop auf nächsten Donnerstag verlegen?",
    ],
    "en": ["Morning, is it still three weeks for a reorder of 40 espresso cups?"],
    "fr": ["Bonjour, toujours trois semaines pour recommander 40 tasses ?"],
    "es": ["Buenos días, ¿siguen siendo tres semanas para reponer 40 tazas?"],
    "pt": ["Bom dia, continuam a ser três semanas para repor 40 chávenas?"],
}
ROUTINE_A: T = {
    "it": ["Buongiorno {name}, sì, confermato. {agent}, {b}"],
    "de": ["Guten Morgen {name}, ja, das passt. {agent}, {b}"],
    "en": ["Morning {name}, yes, confirmed. {agent}, {b}"],
    "fr": ["Bonjour {name}, oui, c'est confirmé. {agent}, {b}"],
    "es": ["Buenos días {name}, sí, confirmado. {agent}, {b}"],
    "pt": ["Bom dia {name}, sim, confirmado. {agent}, {b}"],
}
PRAISE: T = {
    "it": [
        "I piatti nuovi di {b} in sala da una settimana: i clienti chiedono dove li abbiamo presi",
        "Workshop di team con {b} riuscitissimo, consigliato",
    ],
    "de": [
        "Seit einer Woche die neuen Teller von {b} im Restaurant, die Gäste fragen woher die sind",
        "Team-Workshop mit {b} war ein voller Erfolg",
    ],
    "en": [
        "New plates from {b} in the restaurant for a week now, guests keep asking where they're from"
    ],
    "fr": ["Les nouvelles assiettes {b} en salle depuis une semaine, les clients adorent"],
    "es": [
        "Una semana con los platos nuevos de {b} en el restaurante y los clientes preguntan de dónde son"
    ],
    "pt": ["Uma semana com os pratos novos da {b} e os clientes perguntam onde os comprámos"],
}
