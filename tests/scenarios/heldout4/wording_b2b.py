"""Hand-written texts of Lumeo Negocios' business contacts (shops, restaurants, hotels).

Each business problem has, per language, a ``thing`` for the generic templates of
:mod:`wording_problems` and one complaint. Happy business lines and mild remarks
come last.
"""

from __future__ import annotations

B2B_PROBLEMS: dict[str, dict[str, dict[str, str]]] = {
    "invoice_vat": {
        "pt": {
            "thing": "a fatura consolidada das lojas",
            "complaint": "A fatura consolidada traz IVA a 23% em lojas com taxa reduzida e "
            "duas lojas que ja fechamos. A contabilidade nao a pode aceitar.",
        },
        "es": {
            "thing": "la factura consolidada de las tiendas",
            "complaint": "La factura consolidada lleva el IVA mal y dos tiendas que ya "
            "cerramos. Contabilidad no la puede aceptar asi.",
        },
        "it": {
            "thing": "la fattura cumulativa dei punti vendita",
            "complaint": "La fattura cumulativa ha l'IVA sbagliata e due negozi chiusi da "
            "mesi. L'amministrazione non puo' registrarla.",
        },
        "de": {
            "thing": "die Sammelrechnung der Filialen",
            "complaint": "Die Sammelrechnung hat falsche MwSt und zwei Filialen, die längst "
            "geschlossen sind. Die Buchhaltung kann sie so nicht buchen.",
        },
        "fr": {
            "thing": "la facture groupee des magasins",
            "complaint": "La facture groupee a une TVA fausse et deux magasins fermes depuis "
            "des mois. La compta ne peut pas la passer.",
        },
        "en": {
            "thing": "the consolidated invoice for our sites",
            "complaint": "The consolidated invoice has the wrong VAT and two sites we closed "
            "months ago. Finance can't book it like this.",
        },
    },
    "site_outage": {
        "pt": {
            "thing": "o corte de luz na loja",
            "complaint": "A loja de Braga esta SEM luz desde as 9h, perdemos a manha toda e "
            "a arca congeladora. Precisamos de alguem JA.",
        },
        "es": {
            "thing": "el corte de luz en el local",
            "complaint": "El local de Valencia lleva SIN luz desde las 9, perdida toda la "
            "manana y las camaras frigorificas. Necesitamos a alguien YA.",
        },
        "it": {
            "thing": "il blackout nel punto vendita",
            "complaint": "Il negozio di Bergamo e' SENZA corrente dalle 9, mattina persa e "
            "frigoriferi a rischio. Serve qualcuno SUBITO.",
        },
        "de": {
            "thing": "den Stromausfall in der Filiale",
            "complaint": "Die Filiale in Graz ist seit 9 Uhr OHNE Strom, der ganze Vormittag "
            "weg und die Kühlung fällt aus. Wir brauchen SOFORT jemanden.",
        },
        "fr": {
            "thing": "la coupure au restaurant",
            "complaint": "Le restaurant de Lyon est SANS courant depuis 9h, service du midi "
            "perdu et chambre froide en panne. Il faut quelqu'un TOUT DE SUITE.",
        },
        "en": {
            "thing": "the power cut at the hotel",
            "complaint": "Our Faro hotel has had NO power since 9am, guests complaining and "
            "the kitchen is down. We need someone NOW.",
        },
    },
    "renewal_price": {
        "pt": {
            "thing": "a proposta de renovacao",
            "complaint": "A proposta de renovacao sobe 35%. Sem explicacao nenhuma. Assim "
            "vamos ter de ver outras ofertas.",
        },
        "es": {
            "thing": "la oferta de renovacion",
            "complaint": "La oferta de renovacion sube un 35%, sin ninguna explicacion. Asi "
            "tendremos que mirar otras ofertas.",
        },
        "it": {
            "thing": "l'offerta di rinnovo",
            "complaint": "L'offerta di rinnovo aumenta del 35% senza spiegazioni. Cosi' "
            "dovremo valutare altri fornitori.",
        },
        "de": {
            "thing": "das Verlängerungsangebot",
            "complaint": "Das Verlängerungsangebot ist 35% teurer, ohne jede Begründung. So "
            "müssen wir uns andere Angebote ansehen.",
        },
        "fr": {
            "thing": "l'offre de renouvellement",
            "complaint": "L'offre de renouvellement augmente de 35% sans explication. On va "
            "devoir regarder ailleurs.",
        },
        "en": {
            "thing": "the renewal quote",
            "complaint": "The renewal quote is up 35% with no explanation at all. We'll "
            "have to look at other offers.",
        },
    },
    "peak_penalty": {
        "pt": {
            "thing": "a penalizacao de potencia",
            "complaint": "Cobraram-nos 1.240€ de penalizacao por excesso de potencia num mes "
            "em que a fabrica esteve parada. Isto esta errado.",
        },
        "es": {
            "thing": "la penalizacion por exceso de potencia",
            "complaint": "Nos habeis cobrado 1.240€ de penalizacion por potencia en un mes "
            "con la nave parada. Esto esta mal.",
        },
        "it": {
            "thing": "la penale per superamento di potenza",
            "complaint": "Ci avete addebitato 1.240 euro di penale di potenza in un mese con "
            "lo stabilimento fermo. E' sbagliato.",
        },
        "de": {
            "thing": "die Strafe für Leistungsüberschreitung",
            "complaint": "1.240 Euro Strafe für Leistungsüberschreitung in einem Monat, in dem "
            "die Halle stillstand. Das ist falsch.",
        },
        "fr": {
            "thing": "la penalite de depassement de puissance",
            "complaint": "1 240 euros de penalite de depassement un mois ou l'atelier etait "
            "ferme. C'est faux.",
        },
        "en": {
            "thing": "the peak demand penalty",
            "complaint": "We were charged 1,240 EUR in peak demand penalties for a month the "
            "plant was shut. That's wrong.",
        },
    },
    "fleet_chargers": {
        "pt": {
            "thing": "os carregadores da frota",
            "complaint": "Metade dos carregadores da frota no parque esta offline desde "
            "segunda. As carrinhas de entrega nao carregam.",
        },
        "es": {
            "thing": "los cargadores de la flota",
            "complaint": "La mitad de los cargadores de la flota estan offline desde el lunes. "
            "Las furgonetas de reparto no cargan.",
        },
        "it": {
            "thing": "le colonnine della flotta",
            "complaint": "Meta' delle colonnine della flotta sono offline da lunedi'. I "
            "furgoni delle consegne non caricano.",
        },
        "de": {
            "thing": "die Ladepunkte der Flotte",
            "complaint": "Die Hälfte der Flotten-Ladepunkte ist seit Montag offline. Unsere "
            "Lieferwagen laden nicht.",
        },
        "fr": {
            "thing": "les bornes de la flotte",
            "complaint": "La moitie des bornes de la flotte sont hors ligne depuis lundi. Les "
            "utilitaires de livraison ne chargent pas.",
        },
        "en": {
            "thing": "the fleet chargers",
            "complaint": "Half the fleet chargers in our depot have been offline since Monday. "
            "The delivery vans aren't charging.",
        },
    },
}

B2B_HAPPY: dict[str, list[str]] = {
    "pt": [
        "Relatorio mensal de consumos das lojas recebido, muito util. Obrigado.",
        "Portal empresas funciona bem, faturas todas num so sitio.",
    ],
    "es": [
        "Recibido el informe mensual de consumos de los locales, muy util. Gracias.",
        "El portal de empresas va muy bien, todas las facturas en un sitio.",
    ],
    "it": [
        "Ricevuto il report mensile dei consumi, molto utile. Grazie.",
        "Il portale aziende funziona bene, tutte le fatture in un posto.",
    ],
    "de": [
        "Monatsbericht der Filialverbräuche erhalten, sehr hilfreich. Danke.",
        "Das Firmenportal läuft gut, alle Rechnungen an einem Ort.",
    ],
    "fr": [
        "Rapport mensuel de conso des sites recu, tres utile. Merci.",
        "Le portail pro marche bien, toutes les factures au meme endroit.",
    ],
    "en": [
        "Got the monthly usage report for our sites, very useful. Thanks.",
        "Business portal works well, all invoices in one place.",
    ],
}

B2B_QUESTION: dict[str, str] = {
    "pt": "Podem enviar-nos as faturas de 2025 em PDF para a auditoria?",
    "es": "Nos podeis mandar las facturas de 2025 en PDF para la auditoria?",
    "it": "Potete inviarci le fatture 2025 in PDF per la revisione?",
    "de": "Können Sie uns die Rechnungen 2025 als PDF für die Prüfung schicken?",
    "fr": "Pouvez-vous nous envoyer les factures 2025 en PDF pour l'audit ?",
    "en": "Could you send us the 2025 invoices as PDFs for the audit?",
}
