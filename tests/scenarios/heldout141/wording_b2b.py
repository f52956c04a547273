# ruff: noqa: E501
"""Wording of heldout141's business arm (bakeries, cafés, schools) and its spike."""

from __future__ import annotations

B2B_PROBLEMS = {
    "invoice": "invoices under the old company name without PO number",
    "short_delivery": "pallets delivered 200 kg short of the contract",
    "portal": "portal shows no standing orders, nothing can be changed",
    "overbilled": "list price instead of the contract price per tonne",
}

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Guten Tag, die Rechnungen kommen seit der Umfirmierung auf den alten Namen und ohne Bestellnummer. Unsere Buchhaltung kann sie so nicht bezahlen.",
        "short_delivery": "Hallo, die Palette heute früh hatte wieder 200 kg weniger als vereinbart. Wir mussten die Brötchenproduktion kürzen.",
        "portal": "Das Portal zeigt keine Daueraufträge mehr an, wir können für nächste Woche nichts ändern.",
        "overbilled": "Sie berechnen uns den Listenpreis statt des Vertragspreises pro Tonne. Das sind über 600 € im Monat.",
    },
    "en": {
        "invoice": "Hello, since the name change your invoices still carry the old company name and no PO number. Accounts can't pay them.",
        "short_delivery": "Hi, this morning's pallet was 200 kg short again. We had to cut the morning bake.",
        "portal": "The portal shows none of our standing orders, so we can't change next week's.",
        "overbilled": "You're billing list price instead of our contract price per tonne. That's over £500 a month.",
    },
    "fr": {
        "invoice": "Bonjour, les factures portent l'ancien nom et pas de numéro de commande.",
        "short_delivery": "La palette de ce matin avait encore 200 kg de moins.",
        "portal": "Le portail n'affiche plus nos commandes permanentes.",
        "overbilled": "Vous facturez le prix catalogue au lieu du prix contrat.",
    },
    "it": {
        "invoice": "Buongiorno, le fatture hanno il vecchio nome e nessun numero d'ordine.",
        "short_delivery": "Il bancale di stamattina aveva di nuovo 200 kg in meno.",
        "portal": "Il portale non mostra più gli ordini fissi.",
        "overbilled": "Ci fatturate il prezzo di listino invece di quello del contratto.",
    },
    "pt": {
        "invoice": "Bom dia, as faturas vêm com o nome antigo e sem número de encomenda.",
        "short_delivery": "A palete de hoje tinha outra vez menos 200 kg.",
        "portal": "O portal não mostra as encomendas fixas.",
        "overbilled": "Estão a faturar o preço de tabela em vez do contrato.",
    },
    "es": {
        "invoice": "Buenos días, las facturas llevan el nombre antiguo y sin número de pedido.",
        "short_delivery": "El palé de esta mañana traía otra vez 200 kg menos.",
        "portal": "El portal no muestra los pedidos fijos.",
        "overbilled": "Nos cobráis el precio de tarifa en vez del de contrato.",
    },
}
B2B_ALSO = {
    "de": "Wie mein Kollege NAME schon geschrieben hat (Vorgang CASE): ",
    "en": "As my colleague NAME already wrote (case CASE): ",
    "fr": "Comme mon collègue NAME l'a écrit (dossier CASE) : ",
    "it": "Come ha già scritto il collega NAME (pratica CASE): ",
    "pt": "Como o meu colega NAME já escreveu (processo CASE): ",
    "es": "Como ya escribió mi compañero NAME (incidencia CASE): ",
}
B2B_LAST = {
    "de": "ja hier nochmal wegen CASE es ist immer noch nichts gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir gehen zu einem anderen Lieferanten wenn das diese Woche nicht geklärt ist",
    "en": "hi calling again about CASE still nothing fixed several of us have written my boss says we move to another supplier if it isnt sorted this week",
    "fr": "oui bonjour encore pour CASE toujours rien plusieurs collègues ont écrit mon chef dit qu on change de fournisseur si ce n est pas réglé cette semaine",
    "it": "buongiorno ancora per CASE niente di risolto diversi colleghi hanno scritto il capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "bom dia outra vez por CASE nada resolvido vários colegas escreveram o chefe diz que mudamos de fornecedor se não resolverem esta semana",
    "es": "hola otra vez por CASE sigue sin resolverse varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}
B2B_MILD = {
    "de": "Vorschlag: Könnten die Lieferscheine die Chargennummer des Mehls zeigen? Wäre für unsere HACCP-Doku praktisch.",
    "en": "Suggestion: could invoices be exported per site cost centre? Would save us a morning a month.",
    "fr": "Suggestion : pourriez-vous indiquer le numéro de lot sur les bons de livraison ?",
    "it": "Suggerimento: potreste indicare il lotto sulle bolle?",
    "pt": "Sugestão: podiam pôr o lote nas guias de remessa?",
    "es": "Sugerencia: ¿podríais poner el lote en los albaranes?",
}
B2B_ACK = {
    "de": "Danke für Ihre Nachricht, Vorgang CASE ist angelegt.",
    "en": "Thanks for your message, we've logged it as CASE.",
    "fr": "Merci, c'est enregistré sous CASE.",
    "it": "Grazie, registrato come CASE.",
    "pt": "Obrigado, registado como CASE.",
    "es": "Gracias, registrado como CASE.",
}
B2B_Q = {
    "de": (
        "Können wir die Lieferung am Freitag eine Stunde früher bekommen?",
        "Ja, ist eingetragen: Freitag ab 5 Uhr.",
    ),
    "en": ("Can Friday's drop come an hour earlier?", "Yes, booked in for 5am on Friday."),
    "fr": ("Livraison vendredi une heure plus tôt possible ?", "Oui, c'est noté pour 5h."),
    "it": ("Consegna venerdì un'ora prima?", "Sì, alle 5."),
    "pt": ("Entrega de sexta uma hora mais cedo?", "Sim, às 5h."),
    "es": ("¿Entrega el viernes una hora antes?", "Sí, a las 5."),
}
B2B_PRAISE = {
    "de": "Seit wir das Dinkelmehl von Kornelo Backstube nehmen, fragen die Kunden nach unserem Brot. Danke!",
    "en": "Switched our café to Kornelo Backstube flour last spring and the focaccia has never been better.",
    "fr": "Depuis qu'on travaille avec Kornelo Backstube, nos baguettes sont parfaites.",
    "it": "Con la farina Kornelo Backstube la nostra focaccia è perfetta.",
    "pt": "Com a farinha Kornelo Backstube o nosso pão está ótimo.",
    "es": "Con la harina de Kornelo Backstube nuestro pan está perfecto.",
}

# The spike: described only here and in the truth's spike block.
SPIKE_TOPIC = "home mills stall after the overnight firmware push: stones clamped shut, motor stops, error GAP0.41-K"
SPIKE_REPORT: dict[str, tuple[str, ...]] = {
    "de": (
        "Meine M2 brummt nur noch und bleibt stehen, Display zeigt GAP0.41-K. Heute Nacht war wohl ein Update? Samstagsbrot fällt aus.",
        "Mühle blockiert seit heute früh, Steine sitzen fest aufeinander, Fehler GAP0.41-K. Was ist da los bei Kornelo?",
        "hilfe die mühle geht nicht mehr GAP0.41-K und der Teig wartet",
    ),
    "en": (
        "My M2 just hums and stops this morning, display says GAP0.41-K. Was there an update overnight?",
        "mill jammed solid since this morning, stones clamped together, error GAP0.41-K. Kornelo what happened",
        "Can't grind anything, GAP0.41-K on the mill, and I've got a bake sale at noon",
    ),
    "fr": ("Mon moulin bourdonne et s'arrête, erreur GAP0.41-K depuis ce matin.",),
    "it": ("La macina si blocca subito, errore GAP0.41-K da stamattina.",),
    "pt": ("O moinho pára logo, erro GAP0.41-K desde esta manhã.",),
    "es": ("El molino se bloquea nada más arrancar, error GAP0.41-K desde esta mañana.",),
}
SPIKE_AGAIN = {
    "de": "Nochmal: immer noch GAP0.41-K, auch nach Stecker ziehen. Auch die zweite Mühle meiner Mutter.",
    "en": "Still GAP0.41-K after unplugging it for ten minutes. My sister's mill does the same.",
    "fr": "Toujours GAP0.41-K après débranchement.",
    "it": "Ancora GAP0.41-K anche dopo averla staccata.",
    "pt": "Continua GAP0.41-K mesmo depois de desligar.",
    "es": "Sigue GAP0.41-K incluso después de desenchufarlo.",
}
SPIKE_AGENT_CHAT = {
    "de": "Ja, die Mühlen stoppen gerade nach dem nächtlichen Update, unsere Technik ist dran. Bitte nicht aufschrauben.",
    "en": "Yes, mills are stalling after last night's update, our engineers are on it. Please don't open the mill.",
    "fr": "Oui, les moulins s'arrêtent après la mise à jour de cette nuit, nos techniciens s'en occupent.",
    "it": "Sì, le macine si bloccano dopo l'aggiornamento di stanotte, ci stiamo lavorando.",
    "pt": "Sim, os moinhos param após a atualização desta noite, estamos a tratar.",
    "es": "Sí, los molinos se paran tras la actualización de anoche, estamos en ello.",
}
SPIKE_FIXED = {
    "de": "Die Mühlen laufen seit 11:30 Uhr wieder (bitte einmal aus- und einschalten). Als Entschuldigung haben wir 10 € gutgeschrieben.",
    "en": "Mills are working again since 11:30 (please switch off and on once). We've added a £9 / €10 credit by way of apology.",
    "fr": "Les moulins refonctionnent depuis 11h30. 10 € de crédit ajoutés.",
    "it": "Le macine funzionano di nuovo dalle 11:30. Accreditati 10 €.",
    "pt": "Os moinhos voltaram a funcionar às 11:30. Crédito de 10 € adicionado.",
    "es": "Los molinos funcionan de nuevo desde las 11:30. Hemos añadido 10 € de crédito.",
}
LONE_Q = {
    "de": (
        "Meine Mühle hat gestern Abend kurz 'Update verfügbar' angezeigt und dann normal gemahlen. Muss ich da was machen?",
        "Nein, das Update installiert sich von selbst, alles gut.",
    ),
    "en": (
        "the mill showed 'update available' last night and then ground normally, do I need to do anything?",
        "No, it installs itself, nothing to do.",
    ),
}
