# ruff: noqa: E501
"""Company contacts' and account managers' words for heldout150 (Pneuvo Flotte, fleets on account)."""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "fleet_blocked", "portal", "overbilled")

B2B_FIRST: dict[str, dict[str, list[str]]] = {
    "invoice": {
        "it": [
            "Buongiorno, le fatture Pneuvo Flotte di settembre arrivano senza numero d'ordine e con la vecchia ragione sociale. L'amministrazione le respinge tutte",
            "Ancora fatture senza PO e intestate al vecchio nome societario, non possiamo registrarle",
        ],
        "en": [
            "Hello, September's Pneuvo Flotte invoices come without our PO number and under our old company name. Accounts payable are rejecting every one",
            "Invoices still missing the PO and addressed to the pre-merger name. We cannot book them",
        ],
        "fr": ["Vos factures arrivent sans numéro de commande et à l'ancien nom de la société"],
        "de": ["Ihre Rechnungen kommen ohne Bestellnummer und auf den alten Firmennamen"],
        "pt": ["As faturas chegam sem numero de encomenda e com o nome antigo da empresa"],
        "es": ["Las facturas llegan sin numero de pedido y con el nombre antiguo de la empresa"],
    },
    "fleet_blocked": {
        "it": [
            "Il nostro furgone è stato mandato via dal centro di {town}: 'conto flotta bloccato'. Abbiamo pagato tutto, i mezzi sono senza invernali",
            "Secondo furgone rifiutato oggi, conto flotta ancora bloccato. Non possiamo lavorare",
        ],
        "en": [
            "Our van was turned away at the {town} centre: 'fleet account on hold'. Everything is paid and the vans still have summer tyres",
            "Second van refused today, account still on hold. Our engineers can't go out",
        ],
        "fr": ["Notre utilitaire a été refusé au centre : compte flotte bloqué. Tout est payé"],
        "de": ["Unser Transporter wurde abgewiesen: Flottenkonto gesperrt. Alles ist bezahlt"],
        "pt": ["A nossa carrinha foi recusada: conta de frota bloqueada. Esta tudo pago"],
        "es": ["Han rechazado nuestra furgoneta: cuenta de flota bloqueada. Esta todo pagado"],
    },
    "portal": {
        "it": [
            "Il portale Flotte non mostra nessun veicolo in deposito, non riesco a prenotare i cambi per i nostri 30 mezzi",
            "portale ancora vuoto, nessun veicolo visibile, prenotazioni ferme",
        ],
        "en": [
            "The Flotte portal shows none of our vehicles or stored sets, so I can't book swaps for our 30 vans",
            "portal still empty, no vehicles showing, bookings on hold on our side",
        ],
        "fr": ["Le portail Flotte n'affiche aucun véhicule, impossible de réserver"],
        "de": ["Das Flotten-Portal zeigt keine Fahrzeuge, wir können nichts buchen"],
        "pt": ["O portal Frota nao mostra nenhum veiculo, nao consigo marcar"],
        "es": ["El portal de flota no muestra ningun vehiculo, no puedo reservar"],
    },
    "overbilled": {
        "it": [
            "Ci avete fatturato ogni cambio a prezzo privati invece della tariffa contrattuale flotta. Oltre 900 € di differenza",
            "La differenza di tariffa non è ancora stata corretta, oltre 900 €",
        ],
        "en": [
            "You've billed every swap at retail price instead of our fleet contract rate. Over £800 difference",
            "The rate difference is still not corrected, over £800",
        ],
        "fr": [
            "Chaque changement facturé au tarif particulier au lieu du tarif flotte. Plus de 900 €"
        ],
        "de": [
            "Jeder Wechsel zum Privatpreis statt zum Flottentarif berechnet. Über 900 € Differenz"
        ],
        "pt": ["Cada troca faturada a preco de particular e nao ao preco de frota. Mais de 900 €"],
        "es": ["Cada cambio facturado a precio de particular y no de flota. Mas de 900 €"],
    },
}

B2B_AGAIN: dict[str, str] = {
    "it": "Riprendo la pratica {case}: non è cambiato niente. La direzione mi chiede se valutare {comp}",
    "en": "Back on case {case}: nothing has changed. Management is asking whether we should get rates from {comp}",
    "fr": "Dossier {case} : rien n'a changé. La direction demande un devis à {comp}",
    "de": "Zu Fall {case}: nichts hat sich geändert. Die Geschäftsleitung will ein Angebot von {comp}",
    "pt": "Processo {case}: nada mudou. A direcao quer pedir precos a {comp}",
    "es": "Caso {case}: nada ha cambiado. La direccion quiere pedir precios a {comp}",
}

B2B_AGENT: dict[str, str] = {
    "it": "Buongiorno, abbiamo aperto la pratica {case} e il suo account manager la contatterà oggi. {agent}, Pneuvo Flotte",
    "en": "Good morning, we've opened case {case} and your account manager will be in touch today. {agent}, Pneuvo Flotte",
    "fr": "Bonjour, dossier {case} ouvert, votre chargé de compte vous contacte aujourd'hui. {agent}",
    "de": "Guten Tag, Fall {case} ist eröffnet, Ihr Kundenbetreuer meldet sich heute. {agent}",
    "pt": "Bom dia, abrimos o processo {case}, o gestor de conta contacta hoje. {agent}",
    "es": "Buenos dias, caso {case} abierto, su gestor le llama hoy. {agent}",
}

B2B_ROUTINE: dict[str, list[str]] = {
    "it": [
        "Buongiorno, prenotiamo il cambio per i furgoni targati FX 201 e FX 202 giovedì, grazie",
        "Potete mandarmi il riepilogo dei mezzi in deposito? Grazie",
    ],
    "en": [
        "Morning, booking swaps for vans 14 and 15 on Thursday please",
        "Could you send the list of our stored sets by site? Thanks",
    ],
    "fr": ["Bonjour, nous réservons le changement pour deux utilitaires jeudi"],
    "de": ["Guten Morgen, bitte Wechsel für zwei Transporter am Donnerstag einplanen"],
    "pt": ["Bom dia, marcamos a troca de duas carrinhas para quinta"],
    "es": ["Buenos dias, reservamos el cambio de dos furgonetas el jueves"],
}

B2B_ROUTINE_ANSWER: dict[str, str] = {
    "it": "Fatto, trova tutto nel portale. {agent}",
    "en": "Done, it's all in the portal. {agent}",
    "fr": "C'est fait, tout est dans le portail. {agent}",
    "de": "Erledigt, alles im Portal. {agent}",
    "pt": "Feito, esta tudo no portal. {agent}",
    "es": "Hecho, esta todo en el portal. {agent}",
}

B2B_THANKS: dict[str, str] = {
    "it": "Grazie mille",
    "en": "Great, thank you",
    "fr": "Merci",
    "de": "Danke",
    "pt": "Obrigado",
    "es": "Gracias",
}

B2B_PRAISE: dict[str, list[str]] = {
    "it": [
        "Ottimo lavoro sul cambio flotta di questa settimana, tutti i mezzi pronti in due giorni",
        "i vostri tecnici a domicilio in cantiere sono stati impeccabili",
    ],
    "en": [
        "Great job on this week's fleet swap, all vans ready in two days",
        "your mobile fitters on our depot were spot on, thanks to the team",
    ],
    "fr": ["Excellent travail sur le changement de la flotte cette semaine"],
    "de": ["Tolle Arbeit beim Flottenwechsel diese Woche"],
    "pt": ["Excelente trabalho na troca da frota esta semana"],
    "es": ["Muy buen trabajo con el cambio de la flota esta semana"],
}

B2B_MILD: dict[str, list[str]] = {
    "it": ["Sarebbe utile poter scaricare dal portale un CSV per targa, ma nulla di grave"],
    "en": ["Would be handy to export a CSV per registration from the portal, not a big deal"],
    "fr": ["Un export CSV par immatriculation serait pratique"],
    "de": ["Ein CSV-Export pro Kennzeichen wäre praktisch"],
    "pt": ["Um export CSV por matricula dava jeito"],
    "es": ["Un CSV por matricula vendria bien"],
}

B2B_ONE_UNHAPPY: dict[str, list[str]] = {
    "it": [
        "Deluso: il tecnico è arrivato in cantiere con due ore di ritardo e i ragazzi sono rimasti fermi"
    ],
    "en": ["Disappointed today, the fitter was two hours late to our yard and the crew sat idle"],
    "fr": ["Déçu : le technicien est arrivé avec deux heures de retard"],
    "de": ["Enttäuscht: der Monteur kam zwei Stunden zu spät"],
    "pt": ["Desiludido: o tecnico chegou duas horas atrasado"],
    "es": ["Decepcionado: el tecnico llego dos horas tarde"],
}

SITES = (
    "construction",
    "courier",
    "plumbing",
    "taxi",
    "municipality",
    "catering",
    "security",
    "cleaning",
    "school",
    "rental",
    "electrician",
    "landscaping",
    "hotel",
    "pharmacy",
    "bakery",
)

JOB_TITLES = (
    "Fleet manager",
    "Office manager",
    "Accounts payable",
    "Operations lead",
    "Site supervisor",
    "Managing director",
)

COMPANY_WORDS: dict[str, list[str]] = {
    "it": [
        "Edil Brenta",
        "Idraulica Sarti",
        "Taxi Lario",
        "Pulizie Aurora",
        "Forno Ravizza",
        "Farmacia Conti",
    ],
    "en": [
        "Harcourt Builders",
        "Dunmore Couriers",
        "Kestrel Security",
        "Ashby Electrical",
        "Greenway Grounds",
        "Pellow Hotels",
    ],
    "fr": ["Transports Morvan"],
    "de": ["Stadtwerke Kranach"],
    "pt": ["Limpezas Douro"],
    "es": ["Catering Albera"],
}
