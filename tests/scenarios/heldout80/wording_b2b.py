"""Words of Rivestra Contract's company contacts and agents (heldout80, written blind).

Rivestra Contract reupholsters banquettes, dining chairs, cinema and theatre
seats, headboards and lounge furniture for firms on account: a portal to book
collections and follow jobs, per-site invoices with a PO number, and a
fire-safety certificate for every reupholstered seat.
"""

# ruff: noqa: E501

from __future__ import annotations

T = dict[str, list[str]]
P = dict[str, list[tuple[str, str]]]

# (label, EUR price, page)
B2B_PRODUCTS: list[tuple[str, int, str]] = [
    ("Banquette reupholstery per metre / Panca imbottita al metro", 310, "/contract/banquettes"),
    ("Restaurant chairs x12 / Sedie ristorante x12", 1380, "/contract/sedie"),
    ("Cinema seats x20 / Poltrone cinema x20", 3900, "/contract/sale"),
    ("Hotel headboards x10 / Testiere hotel x10", 1850, "/contract/hotel"),
    ("Lounge sofas x4 / Divani lounge x4", 2640, "/contract/lounge"),
]

PORTAL_PAGES = [
    "/contract/portal",
    "/contract/portal/jobs",
    "/contract/portal/invoices",
    "/contract/portal/certificates",
    "/contract/portal/collections",
]

WEEKDAY = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
THIS_MORNING = {
    "it": "stamattina",
    "en": "this morning",
    "fr": "ce matin",
    "de": "heute Morgen",
    "pt": "esta manhã",
    "es": "esta mañana",
}

# problem -> lang -> (subject topic, first complaint, restated short form for later complainers)
B2B_PROBLEMS: dict[str, dict[str, tuple[str, str, str]]] = {
    "invoice": {
        "it": (
            "fatture senza ordine d'acquisto",
            "Buongiorno, le ultime quattro fatture Rivestra Contract sono intestate alla nostra vecchia ragione sociale e non riportano il numero d'ordine. La nostra amministrazione le respinge tutte, quindi non possiamo pagarvi. Ce le riemettete corrette per favore?",
            "le fatture hanno ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le blocca",
        ),
        "en": (
            "invoices without PO numbers",
            "Hello, your last four invoices are addressed to our old company name and carry no PO number. Accounts payable reject every one of them, so we literally cannot pay you. Can you reissue them correctly?",
            "the invoices still have the old company name and no PO, accounts won't pay them",
        ),
        "fr": (
            "factures sans bon de commande",
            "Bonjour, vos quatre dernières factures portent notre ancienne raison sociale et aucun numéro de bon de commande. Notre comptabilité les rejette. Merci de les rééditer",
            "les factures portent l'ancien nom et pas de bon de commande",
        ),
        "de": (
            "Rechnungen ohne Bestellnummer",
            "Guten Tag, Ihre letzten vier Rechnungen lauten auf unseren alten Firmennamen und haben keine Bestellnummer. Die Buchhaltung weist alle zurück. Bitte neu ausstellen",
            "die Rechnungen haben den alten Namen und keine Bestellnummer",
        ),
        "pt": (
            "faturas sem nota de encomenda",
            "Bom dia, as últimas quatro faturas vêm com a nossa antiga denominação e sem número de encomenda. A contabilidade recusa-as. Podem reemitir?",
            "as faturas continuam com o nome antigo e sem número de encomenda",
        ),
        "es": (
            "facturas sin número de pedido",
            "Buenos días, vuestras cuatro últimas facturas van a nuestra antigua razón social y sin número de pedido. Contabilidad las rechaza. ¿Podéis reemitirlas?",
            "las facturas siguen con la razón social antigua y sin número de pedido",
        ),
    },
    "certificate": {
        "it": (
            "certificati antincendio mancanti",
            "Buongiorno, ci avete riconsegnato 40 sedute senza i certificati di reazione al fuoco. Senza certificato i vigili del fuoco non ci fanno riaprire la sala, e l'ispezione è tra dieci giorni. Ci servono subito",
            "mancano ancora i certificati antincendio delle sedute, senza quelli la sala resta chiusa",
        ),
        "en": (
            "fire certificates missing",
            "Hi, the 40 seats you returned came without their fire-safety certificates. Without them the fire officer won't sign off and we can't reopen the room. Inspection is in ten days. We need them now",
            "the fire certificates for the seats are still missing, we can't reopen without them",
        ),
        "fr": (
            "certificats feu manquants",
            "Bonjour, les 40 fauteuils sont revenus sans certificats de réaction au feu. Sans eux la commission de sécurité ne nous laisse pas rouvrir la salle",
            "toujours pas de certificats feu pour les fauteuils",
        ),
        "de": (
            "Brandschutzzertifikate fehlen",
            "Guten Tag, die 40 Sitze kamen ohne Brandschutzzertifikate zurück. Ohne die gibt die Feuerwehr den Saal nicht frei",
            "die Brandschutzzertifikate fehlen immer noch",
        ),
        "pt": (
            "certificados de incêndio em falta",
            "Bom dia, os 40 lugares voltaram sem os certificados de reação ao fogo. Sem eles não podemos reabrir a sala",
            "continuam a faltar os certificados de incêndio",
        ),
        "es": (
            "faltan certificados de fuego",
            "Buenos días, las 40 butacas han vuelto sin los certificados de reacción al fuego. Sin ellos no podemos reabrir la sala",
            "siguen faltando los certificados de fuego de las butacas",
        ),
    },
    "portal": {
        "it": (
            "portale senza lavori",
            "Buongiorno, da lunedì il portale Contract non mostra nessuno dei nostri lavori aperti e il pulsante per prenotare il ritiro è sparito. Abbiamo 18 sedie da mandare in laboratorio e non possiamo farlo",
            "il portale non mostra i lavori aperti e non si può prenotare il ritiro",
        ),
        "en": (
            "portal shows no jobs",
            "Hello, since Monday the Contract portal shows none of our open jobs and the book-a-collection button has gone. We've got 18 chairs waiting to go to the workshop and no way to book them",
            "the portal still shows no open jobs and we can't book collections",
        ),
        "fr": (
            "portail sans commandes",
            "Bonjour, depuis lundi le portail n'affiche plus nos travaux en cours et on ne peut plus réserver de collecte",
            "le portail n'affiche toujours rien et pas de collecte possible",
        ),
        "de": (
            "Portal zeigt keine Aufträge",
            "Guten Tag, seit Montag zeigt das Portal keine offenen Aufträge mehr und man kann keine Abholung buchen",
            "das Portal zeigt immer noch keine Aufträge, keine Abholung buchbar",
        ),
        "pt": (
            "portal sem trabalhos",
            "Bom dia, desde segunda o portal não mostra os trabalhos em curso e não dá para marcar recolhas",
            "o portal continua sem trabalhos e sem recolhas",
        ),
        "es": (
            "portal sin trabajos",
            "Buenos días, desde el lunes el portal no muestra nuestros trabajos abiertos y no se pueden reservar recogidas",
            "el portal sigue sin mostrar trabajos ni permitir recogidas",
        ),
    },
    "overbilled": {
        "it": (
            "fatturato a prezzo di listino",
            "Buongiorno, le 24 sedie del ristorante ci sono state fatturate a prezzo di listino e non al prezzo del contratto quadro. La differenza è di oltre 600 €. Chiediamo nota di credito",
            "ci fatturate il listino invece del prezzo di contratto, oltre 600 € di differenza",
        ),
        "en": (
            "billed at list price",
            "Hello, the 24 restaurant chairs were invoiced at list price, not our framework contract price. That's over £500 difference. Please issue a credit note",
            "we're billed list price instead of the contract price, over £500 out",
        ),
        "fr": (
            "facturé au prix catalogue",
            "Bonjour, les 24 chaises ont été facturées au prix catalogue et non au tarif du contrat. Plus de 600 € d'écart",
            "facturé au prix catalogue au lieu du tarif contrat",
        ),
        "de": (
            "Listenpreis statt Vertragspreis",
            "Guten Tag, die 24 Stühle wurden zum Listenpreis statt zum Rahmenvertragspreis berechnet. Über 600 € Differenz",
            "Listenpreis statt Vertragspreis berechnet",
        ),
        "pt": (
            "faturado a preço de tabela",
            "Bom dia, as 24 cadeiras foram faturadas a preço de tabela e não ao preço do contrato. Mais de 600 € de diferença",
            "faturado a preço de tabela em vez do contrato",
        ),
        "es": (
            "facturado a precio de tarifa",
            "Buenos días, las 24 sillas se facturaron a precio de tarifa y no al del contrato marco. Más de 600 € de diferencia",
            "facturado a tarifa en vez de precio de contrato",
        ),
    },
}
B2B_SUBJECT = {
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
    "es": "Reclamación: {topic}",
}

LATER_COMPLAINT = {
    "it": "Buongiorno, {first1} vi ha già scritto {when} per la segnalazione {case} e non è cambiato niente: {restated}. Anche io ho bisogno che si risolva.",
    "en": "Hi, {first1} already wrote to you {when} about case {case} and nothing has changed: {restated}. I need this sorted too.",
    "fr": "Bonjour, {first1} vous a déjà écrit {when} pour le dossier {case} et rien n'a changé : {restated}.",
    "de": "Guten Tag, {first1} hat Ihnen schon {when} wegen Vorgang {case} geschrieben und nichts hat sich geändert: {restated}.",
    "pt": "Bom dia, {first1} já vos escreveu {when} sobre o processo {case} e nada mudou: {restated}.",
    "es": "Buenos días, {first1} ya os escribió {when} por la incidencia {case} y nada ha cambiado: {restated}.",
}
WHEN_DAY = {
    "it": "{day}",
    "en": "on {day}",
    "fr": "{day}",
    "de": "am {day}",
    "pt": "na {day}",
    "es": "el {day}",
}

LAST_EMAIL = {
    "it": "Segnalazione {case}: non è sistemato NIENTE e vi hanno scritto ormai diversi colleghi. L'ufficio acquisti ha già chiesto i prezzi a {comp}.",
    "en": "Case {case}: NOTHING is fixed and several of my colleagues have written to you now. Procurement has already asked {comp} for their rates.",
    "fr": "Dossier {case} : RIEN n'est réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "de": "Vorgang {case}: NICHTS ist erledigt, mehrere Kollegen haben Ihnen geschrieben. Der Einkauf hat schon bei {comp} Preise angefragt.",
    "pt": "Processo {case}: NADA está resolvido e vários colegas já vos escreveram. As compras já pediram preços à {comp}.",
    "es": "Incidencia {case}: NO está arreglado NADA y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.",
}
LAST_CALL = {
    "it": "sì buongiorno chiamo per la segnalazione {case} non è ancora risolto niente vi hanno scritto in tre o quattro da noi e il mio capo dice che se non si sistema questa settimana spostiamo tutto a un altro fornitore",
    "en": "yeah hi it's about case {case} still nothing's fixed three or four of us have written in now and my boss says if it's not sorted this week we're moving the account",
    "fr": "oui bonjour c'est pour le dossier {case} toujours rien de réglé plusieurs collègues vous ont écrit et mon chef dit que si ce n'est pas réglé cette semaine on change de fournisseur",
    "de": "ja guten Tag es geht um Vorgang {case} immer noch nichts erledigt mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht geklärt ist wechseln wir den Anbieter",
    "pt": "sim bom dia é sobre o processo {case} continua tudo por resolver vários colegas já escreveram e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "es": "sí hola llamo por la incidencia {case} sigue sin arreglarse nada ya os han escrito varios compañeros y mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor",
}

B2B_ACK = {
    "it": "Gentile {first}, abbiamo aperto la segnalazione {case} per il vostro account e la seguiamo con priorità. {agent}, Rivestra Contract",
    "en": "Dear {first}, we've opened case {case} on your account and are treating it as a priority. {agent}, Rivestra Contract",
    "fr": "Bonjour {first}, nous avons ouvert le dossier {case} sur votre compte, en priorité. {agent}, Rivestra Contract",
    "de": "Hallo {first}, wir haben den Vorgang {case} für Ihr Konto angelegt und bearbeiten ihn vorrangig. {agent}, Rivestra Contract",
    "pt": "Olá {first}, abrimos o processo {case} na vossa conta, com prioridade. {agent}, Rivestra Contract",
    "es": "Hola {first}, hemos abierto la incidencia {case} en vuestra cuenta, con prioridad. {agent}, Rivestra Contract",
}

MILD: P = {
    "it": [
        (
            "Sarebbe comodo poter esportare i costi per codice cantiere/sede dal portale",
            "Grazie del suggerimento, lo passiamo al team del portale. {agent}",
        ),
        (
            "si potrebbe mettere la data del certificato antincendio sulla bolla di consegna?",
            "Ottima idea, l'abbiamo girata al laboratorio. {agent}",
        ),
    ],
    "en": [
        (
            "Would be handy to export costs by site code from the portal",
            "Thanks for the suggestion, passed to the portal team. {agent}",
        ),
        (
            "could the fire certificate date go on the delivery note?",
            "Good idea, we've passed it to the workshop. {agent}",
        ),
    ],
    "fr": [
        (
            "Ce serait pratique d'exporter les coûts par site depuis le portail",
            "Merci de la suggestion, transmise. {agent}",
        ),
        (
            "pourriez-vous mettre la date du certificat feu sur le bon de livraison ?",
            "Bonne idée, transmise à l'atelier. {agent}",
        ),
    ],
    "de": [
        (
            "Wäre praktisch, Kosten je Standort aus dem Portal zu exportieren",
            "Danke für den Vorschlag, weitergegeben. {agent}",
        ),
        (
            "könnte das Datum vom Brandschutzzertifikat auf den Lieferschein?",
            "Gute Idee, an die Werkstatt weitergegeben. {agent}",
        ),
    ],
    "pt": [
        (
            "Dava jeito exportar os custos por local no portal",
            "Obrigado pela sugestão, já passámos. {agent}",
        ),
        (
            "podiam pôr a data do certificado de incêndio na guia de entrega?",
            "Boa ideia, passámos à oficina. {agent}",
        ),
    ],
    "es": [
        (
            "Sería útil exportar los costes por centro desde el portal",
            "Gracias por la sugerencia, la pasamos. {agent}",
        ),
        (
            "¿podríais poner la fecha del certificado de fuego en el albarán?",
            "Buena idea, se la pasamos al taller. {agent}",
        ),
    ],
}

B2B_CHAT: P = {
    "it": [
        (
            "Ciao, per le panche del dehor avete tessuti da esterno?",
            "Ciao! Sì, abbiamo tre tessuti da esterno idrorepellenti, li trova nel portale sotto Tessuti Outdoor",
        ),
        (
            "il ritiro di giovedì può essere dopo le 15? prima abbiamo il pranzo",
            "Certo, spostato alla fascia 15-18",
        ),
    ],
    "en": [
        (
            "Hi, do you do wipe-clean vinyl for the breakfast room chairs?",
            "Hi! Yes, three contract vinyls, all in the portal under Wipe-clean",
        ),
        (
            "can Thursday's collection be after 3? we've got lunch service before",
            "Of course, moved to the 3-6pm slot",
        ),
    ],
    "fr": [
        (
            "Bonjour, vous avez des tissus d'extérieur pour la terrasse ?",
            "Bonjour ! Oui, trois références dans le portail, rubrique Extérieur",
        )
    ],
    "de": [
        (
            "Hallo, haben Sie abwaschbares Kunstleder für die Frühstücksstühle?",
            "Hallo! Ja, drei Qualitäten im Portal unter Abwaschbar",
        )
    ],
    "pt": [("Olá, têm tecidos para esplanada?", "Olá! Temos três, estão no portal em Exterior")],
    "es": [
        (
            "Hola, tenéis tela para exterior para la terraza?",
            "Hola! Sí, tres referencias en el portal, en Exterior",
        )
    ],
}
B2B_THANKS = {
    "it": ["grazie!", "perfetto"],
    "en": ["thanks!", "great, cheers"],
    "fr": ["merci"],
    "de": ["danke"],
    "pt": ["obrigado"],
    "es": ["gracias"],
}

B2B_PRAISE: T = {
    "it": [
        "Rivestra Contract ci ha rifatto le 30 sedie della sala in una settimana, a ristorante chiuso solo il lunedì. Organizzazione perfetta",
        "Le testiere delle camere sono tornate perfette, i clienti se ne sono accorti subito. Bravi",
    ],
    "en": [
        "Rivestra Contract turned round our 30 dining chairs in a week and we only closed on the Monday. Slick",
        "Guest room headboards came back beautifully, guests noticed straight away. Cheers Rivestra",
    ],
    "fr": ["Rivestra Contract a refait nos banquettes en une semaine. Impeccable"],
    "de": ["Rivestra Contract hat unsere Bänke in einer Woche neu bezogen. Top organisiert"],
    "pt": ["A Rivestra Contract forrou os bancos do restaurante numa semana. Impecável"],
    "es": ["Rivestra Contract nos retapizó las banquetas en una semana. Impecable"],
}
