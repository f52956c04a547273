# ruff: noqa: E501
"""Wording of heldout151's business arm (Levarina Gastro) and of the Saturday incident."""

from __future__ import annotations

T = dict[str, list[str]]

B2B_PROBLEMS = ["invoice", "short_delivery", "portal", "overbilled"]

B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "de": [
            "Ihre Rechnungen für {company} tragen noch den alten Firmennamen und keine Bestellnummer. Unsere Buchhaltung kann so nichts bezahlen."
        ],
        "pt": [
            "As faturas da {company} continuam com o nome antigo e sem número de encomenda. A contabilidade não consegue pagar assim."
        ],
        "en": [
            "Your invoices for {company} still carry our old company name and no PO number. Accounts can't pay them like this."
        ],
        "fr": ["Vos factures pour {company} portent l'ancien nom et aucun numéro de commande."],
        "it": [
            "Le fatture per {company} riportano ancora il vecchio nome e nessun numero d'ordine."
        ],
        "es": ["Las facturas de {company} siguen con el nombre antiguo y sin número de pedido."],
    },
    "short_delivery": {
        "de": [
            "Heute früh kamen für {company} nur 20 statt 60 Brötchen. Das Frühstücksbuffet war um 8 leer."
        ],
        "pt": [
            "Hoje de manhã chegaram à {company} só 20 pães em vez de 60. O buffet ficou vazio às 8h."
        ],
        "en": ["This morning {company} got 20 rolls instead of 60. Breakfast buffet empty by 8."],
        "fr": ["Ce matin {company} a reçu 20 petits pains au lieu de 60."],
        "it": ["Stamattina a {company} sono arrivati 20 panini invece di 60."],
        "es": ["Esta mañana a {company} llegaron 20 panecillos en vez de 60."],
    },
    "portal": {
        "de": [
            "Im Gastro-Portal sieht {company} keine offenen Bestellungen mehr, wir können nichts für nächste Woche ändern."
        ],
        "pt": [
            "No portal Gastro a {company} não vê nenhuma encomenda em aberto e não consegue alterar a próxima semana."
        ],
        "en": [
            "In the Gastro portal {company} sees no open orders, we can't change anything for next week."
        ],
        "fr": ["Sur le portail Gastro, {company} ne voit plus aucune commande en cours."],
        "it": ["Nel portale Gastro {company} non vede più ordini aperti."],
        "es": ["En el portal Gastro {company} no ve ningún pedido abierto."],
    },
    "overbilled": {
        "de": [
            "{company} wird der Einzelpreis statt unseres Rahmenvertragspreises berechnet, über 400 € zu viel im Oktober."
        ],
        "pt": [
            "À {company} estão a cobrar o preço avulso em vez do preço do contrato, mais de 400 € a mais em outubro."
        ],
        "en": [
            "{company} is charged the single-order price instead of our contract price, over £350 too much in October."
        ],
        "fr": [
            "{company} est facturé au prix unitaire au lieu du prix contrat, plus de 400 € de trop."
        ],
        "it": [
            "A {company} addebitate tariffe singole invece del prezzo contratto, oltre 400 € in più."
        ],
        "es": [
            "A {company} le cobran precio suelto en vez del precio de contrato, más de 400 € de más."
        ],
    },
}

B2B_LATER: T = {
    "de": ["Wie {first} schon am {weekday} geschrieben hat (Fall {case}): "],
    "pt": ["Como a/o {first} já escreveu na {weekday} (pedido {case}): "],
    "en": ["As {first} already wrote on {weekday} (case {case}): "],
    "fr": ["Comme {first} l'a écrit {weekday} (dossier {case}) : "],
    "it": ["Come ha già scritto {first} {weekday} (pratica {case}): "],
    "es": ["Como ya escribió {first} el {weekday} (caso {case}): "],
}

WEEKDAY: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
}

B2B_LAST_CALL: T = {
    "de": [
        "ja guten tag hier nochmal wegen fall {case} es ist immer noch nichts passiert mehrere kollegen haben schon geschrieben mein chef sagt wenn das diese woche nicht gelöst ist wechseln wir den lieferanten"
    ],
    "pt": [
        "sim bom dia ligo outra vez por causa do pedido {case} continua tudo na mesma vários colegas já escreveram o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor"
    ],
    "en": [
        "yes hello calling again about case {case} nothing has happened several colleagues have written my boss says if it isn't fixed this week we move to another supplier"
    ],
    "fr": [
        "oui bonjour je rappelle pour le dossier {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "it": [
        "sì buongiorno richiamo per la pratica {case} ancora niente diversi colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "es": [
        "sí buenos días llamo otra vez por el caso {case} sigue igual varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}

B2B_LAST_MAIL: T = {
    "de": [
        "Fall {case} ist weiterhin nicht gelöst, obwohl mehrere Kollegen geschrieben haben. Unser Einkauf hat bereits bei {comp} ein Angebot angefragt."
    ],
    "pt": [
        "O pedido {case} continua por resolver, apesar de vários colegas terem escrito. As compras já pediram proposta à {comp}."
    ],
    "en": [
        "Case {case} is still not fixed although several colleagues have written. Procurement has already asked {comp} for a quote."
    ],
    "fr": [
        "Le dossier {case} n'est toujours pas réglé. Nos achats ont déjà demandé un devis à {comp}."
    ],
    "it": [
        "La pratica {case} non è ancora risolta. L'ufficio acquisti ha già chiesto un preventivo a {comp}."
    ],
    "es": ["El caso {case} sigue sin resolverse. Compras ya ha pedido presupuesto a {comp}."],
}

B2B_ACK: T = {
    "de": [
        "Danke, wir haben den Fall {case} für {company} angelegt und kümmern uns. {agent}, Levarina Gastro"
    ],
    "pt": ["Obrigado, abrimos o pedido {case} para a {company}. {agent}, Levarina Gastro"],
    "en": [
        "Thanks, we've opened case {case} for {company} and are on it. {agent}, Levarina Gastro"
    ],
    "fr": ["Merci, dossier {case} ouvert pour {company}. {agent}, Levarina Gastro"],
    "it": ["Grazie, pratica {case} aperta per {company}. {agent}, Levarina Gastro"],
    "es": ["Gracias, caso {case} abierto para {company}. {agent}, Levarina Gastro"],
}

B2B_MILD: T = {
    "de": [
        "Vorschlag: könnten die Lieferscheine das Backdatum tragen? Wäre für unsere HACCP-Liste praktisch."
    ],
    "pt": ["Sugestão: as guias de remessa podiam ter a data de fabrico? Dava jeito para o HACCP."],
    "en": ["Suggestion: could delivery notes show the bake date? Handy for our HACCP log."],
    "fr": ["Suggestion : la date de cuisson sur les bons de livraison ?"],
    "it": ["Suggerimento: la data di cottura sulle bolle di consegna?"],
    "es": ["Sugerencia: ¿podrían los albaranes llevar la fecha de horneado?"],
}

B2B_Q: T = {
    "de": ["Können wir für Freitag 30 Laugenbrezeln zusätzlich bekommen?"],
    "pt": ["Podemos ter mais 30 pães de deus na sexta?"],
    "en": ["Can we add 30 extra pretzels for Friday?"],
    "fr": ["Pouvons-nous ajouter 30 bretzels vendredi ?"],
    "it": ["Possiamo aggiungere 30 pretzel per venerdì?"],
    "es": ["¿Podemos añadir 30 pretzels el viernes?"],
}

B2B_A: T = {
    "de": ["Ja, ist eingetragen. {agent}"],
    "pt": ["Sim, já está. {agent}"],
    "en": ["Yes, added. {agent}"],
    "fr": ["Oui, c'est ajouté. {agent}"],
    "it": ["Sì, aggiunti. {agent}"],
    "es": ["Sí, añadido. {agent}"],
}

B2B_PRAISE: T = {
    "de": ["Unsere Gäste fragen jeden Morgen, wo das Brot herkommt. Danke Levarina Gastro"],
    "pt": [
        "Os nossos clientes perguntam todas as manhãs de onde vem o pão. Obrigado Levarina Gastro"
    ],
    "en": ["Our guests ask every morning where the bread is from. Thanks Levarina Gastro"],
    "fr": ["Nos clients demandent chaque matin d'où vient le pain. Merci Levarina Gastro"],
    "it": ["I clienti chiedono ogni mattina da dove viene il pane. Grazie Levarina Gastro"],
    "es": ["Los clientes preguntan cada mañana de dónde es el pan. Gracias Levarina Gastro"],
}

SPIKE_CODE = "PZ.27-R"

SPIKE: T = {
    "de": [
        "Wollte gerade die Brote für nächste Woche aussuchen und die App sagt mein Abo ist bis 01.01.2027 PAUSIERT?? Hab nix pausiert. Fortsetzen geht nicht, Fehler PZ.27-R",
        "abo plötzlich pausiert bis januar, fortsetzen -> fehler PZ.27-R. Wir haben dann ab Montag kein Brot!",
        "Levarina was ist los, meine Box steht auf pausiert bis 2027 und der Knopf Fortsetzen bringt nur PZ.27-R",
    ],
    "pt": [
        "Fui escolher os pães da próxima semana e a app diz que a minha assinatura está PAUSADA até 01/01/2027?? Não pausei nada. Retomar dá erro PZ.27-R",
        "assinatura pausada até janeiro do nada, retomar -> erro PZ.27-R. Ficamos sem pão segunda!",
        "Levarina o que se passa, a minha caixa está em pausa até 2027 e o botão retomar só dá PZ.27-R",
    ],
    "en": [
        "Went to pick next week's loaves and the app says my subscription is PAUSED until 01/01/2027?? I paused nothing. Resume gives error PZ.27-R"
    ],
    "fr": [
        "L'appli dit que mon abonnement est EN PAUSE jusqu'au 01/01/2027 ?? Reprendre donne l'erreur PZ.27-R"
    ],
    "it": [
        "L'app dice che il mio abbonamento è IN PAUSA fino al 01/01/2027?? Riprendi dà errore PZ.27-R"
    ],
    "es": [
        "La app dice que mi suscripción está PAUSADA hasta el 01/01/2027?? Reanudar da error PZ.27-R"
    ],
}

SPIKE_AGAIN: T = {
    "de": [
        "Immer noch PZ.27-R, auch im Browser und auf dem Handy meines Mannes. Bis wann ist Bestellschluss?"
    ],
    "pt": [
        "Continua PZ.27-R, também no site e no telemóvel do meu marido. Até quando posso encomendar?"
    ],
    "en": ["Still PZ.27-R, on the website too and on my wife's phone. When's the order cut-off?"],
    "fr": ["Toujours PZ.27-R, aussi sur le site. Quelle est l'heure limite ?"],
    "it": ["Ancora PZ.27-R, anche dal sito. Qual è l'orario limite?"],
    "es": ["Sigue PZ.27-R, también en la web. ¿Hasta cuándo se puede pedir?"],
}

SPIKE_CHAT_A: T = {
    "de": [
        "Ja, Abos werden gerade fälschlich als pausiert angezeigt, unser Team arbeitet daran. Ihre Lieferung ist nicht verloren. {agent}"
    ],
    "pt": [
        "Sim, as assinaturas aparecem por engano como pausadas, a equipa está a tratar. A sua entrega não se perde. {agent}"
    ],
    "en": [
        "Yes, subscriptions are wrongly showing as paused right now, our team is on it. Your delivery isn't lost. {agent}"
    ],
    "fr": ["Oui, les abonnements s'affichent à tort en pause, nous y travaillons. {agent}"],
    "it": ["Sì, gli abbonamenti risultano per errore in pausa, ci stiamo lavorando. {agent}"],
    "es": ["Sí, las suscripciones salen por error como pausadas, estamos en ello. {agent}"],
}

SPIKE_FIXED: T = {
    "de": [
        "Ihr Abo läuft wieder normal (seit 12:30 Uhr), die Box für Montag kommt. Als Entschuldigung schenken wir Ihnen ein Walnussbrot. {agent}"
    ],
    "pt": [
        "A sua assinatura já está normal (desde as 11:30), a caixa de segunda chega. Oferecemos um pão de nozes como desculpa. {agent}"
    ],
    "en": [
        "Your subscription is running again (since 11:30), Monday's box is coming. A walnut loaf is on us. {agent}"
    ],
    "fr": ["Votre abonnement refonctionne (depuis 12 h 30), un pain aux noix offert. {agent}"],
    "it": [
        "Il suo abbonamento funziona di nuovo (dalle 12:30), un pane alle noci in omaggio. {agent}"
    ],
    "es": [
        "Su suscripción vuelve a funcionar (desde las 12:30), un pan de nueces de regalo. {agent}"
    ],
}

LONE_Q: T = {
    "de": [
        "Kurze Frage: in der App stand gestern kurz 'Pause' bei meinem Abo, nach Neustart war es weg. Kommt die Box Montag trotzdem?"
    ],
    "pt": [
        "Pergunta rápida: ontem a app mostrou 'pausa' na assinatura por um momento, depois de reiniciar desapareceu. A caixa de segunda vem na mesma?"
    ],
}

LONE_A: T = {
    "de": ["Ja, Ihr Abo ist aktiv, die Box kommt Montag wie immer. {agent}"],
    "pt": ["Sim, a assinatura está ativa, a caixa chega segunda como sempre. {agent}"],
}
