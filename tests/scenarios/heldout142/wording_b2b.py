# ruff: noqa: E501
"""Company contacts' wording for heldout142 (Abetello Business)."""

from __future__ import annotations

T = dict[str, list[str]]

B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "fr": [
            "Votre facture {case} porte encore l'ancien nom de la société et pas notre n° de bon de commande. Elle est rejetée par notre compta."
        ],
        "pt": [
            "A fatura {case} vem com o nome antigo da empresa e sem número de encomenda. A contabilidade rejeitou."
        ],
        "en": [
            "Invoice {case} has our old company name and no PO number, accounts payable rejected it."
        ],
        "de": [
            "Rechnung {case} hat den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab."
        ],
        "it": [
            "La fattura {case} ha la vecchia ragione sociale e nessun numero d'ordine, respinta."
        ],
        "es": [
            "La factura {case} lleva el nombre antiguo y sin número de pedido, contabilidad la rechaza."
        ],
    },
    "service_blocked": {
        "fr": [
            "Votre équipe refuse de livrer les sapins du hall, compte « bloqué ». Nous sommes à jour de paiement ! {case}"
        ],
        "pt": [
            "Recusaram entregar as árvores do átrio, conta 'bloqueada'. Temos tudo pago! {case}"
        ],
        "en": [
            "Your crew refused to deliver the lobby trees, account 'on stop'. We're fully paid up! {case}"
        ],
        "de": [
            "Ihr Team liefert die Bäume für die Lobby nicht, Konto 'gesperrt'. Alles bezahlt! {case}"
        ],
        "it": ["Non consegnate gli alberi della hall, conto 'bloccato'. Siamo in regola! {case}"],
        "es": [
            "No entregan los árboles del vestíbulo, cuenta 'bloqueada'. ¡Está todo pagado! {case}"
        ],
    },
    "portal": {
        "fr": [
            "Le portail Business n'affiche aucune de nos 14 locations en cours, impossible de programmer les retours. {case}"
        ],
        "pt": [
            "O portal Business não mostra nenhum dos 14 alugueres, não consigo marcar recolhas. {case}"
        ],
        "en": [
            "The Business portal shows none of our 14 open hires, can't book any returns. {case}"
        ],
        "de": [
            "Das Business-Portal zeigt keine unserer 14 Mieten, keine Rückholung buchbar. {case}"
        ],
        "it": [
            "Il portale Business non mostra nessuno dei 14 noleggi, impossibile prenotare i ritiri. {case}"
        ],
        "es": [
            "El portal Business no muestra ninguno de los 14 alquileres, no puedo pedir recogidas. {case}"
        ],
    },
    "overbilled": {
        "fr": [
            "Facturé au tarif journalier au lieu du tarif saisonnier du contrat. Écart de 2 300 €. {case}"
        ],
        "pt": [
            "Faturaram à diária em vez da tarifa sazonal do contrato. Diferença de 2 300 €. {case}"
        ],
        "en": [
            "Billed at the daily rate instead of our contract seasonal rate, £2,000 difference. {case}"
        ],
        "de": ["Tagessatz statt Saisonpreis laut Vertrag berechnet, 2.300 € Differenz. {case}"],
        "it": ["Fatturato a tariffa giornaliera invece della stagionale del contratto. {case}"],
        "es": ["Nos cobran tarifa diaria en vez de la de temporada del contrato. {case}"],
    },
}

B2B_STILL: T = {
    "fr": [
        "Je relance pour {case} : rien n'est réglé et ma direction commence à demander des devis chez {comp}."
    ],
    "pt": ["Volto a insistir no {case}: nada resolvido e a direção já pediu orçamento à {comp}."],
    "en": ["Chasing {case} again: nothing fixed and procurement has asked {comp} for rates."],
    "de": ["Ich hake bei {case} nach: nichts gelöst, der Einkauf fragt bei {comp} an."],
    "it": [
        "Sollecito {case}: niente risolto, l'ufficio acquisti ha chiesto un preventivo a {comp}."
    ],
    "es": ["Reclamo otra vez {case}: nada resuelto y compras ha pedido precio a {comp}."],
}

B2B_PRAISE: T = {
    "fr": [
        "Les sapins du siège sont superbes, les équipes adorent. Merci !",
        "Installation du showroom parfaite, merci à l'équipe",
    ],
    "pt": [
        "As árvores da receção estão lindas, os clientes adoram.",
        "Instalação impecável no hotel, obrigado",
    ],
    "en": ["The office trees look great, staff love them. Thanks!"],
    "de": ["Die Bäume im Büro sehen super aus, danke!"],
    "it": ["Gli alberi in ufficio sono bellissimi, grazie!"],
    "es": ["Los árboles de la oficina quedan preciosos, ¡gracias!"],
}

B2B_MILD: T = {
    "fr": [
        "Petite suggestion : ce serait pratique d'avoir les bons de livraison en PDF dans le portail."
    ],
    "pt": ["Sugestão: seria útil ter as guias de entrega em PDF no portal."],
    "en": ["Small suggestion: delivery notes as PDFs in the portal would help."],
    "de": ["Kleiner Vorschlag: Lieferscheine als PDF im Portal wären praktisch."],
    "it": ["Piccolo suggerimento: bolle in PDF nel portale sarebbero comode."],
    "es": ["Pequeña sugerencia: los albaranes en PDF en el portal serían útiles."],
}

B2B_ACK: T = {
    "fr": [
        "Bonjour, bien reçu, dossier {case} ouvert, notre service comptes clés revient vers vous. Élodie, Abetello Business"
    ],
    "pt": [
        "Olá, recebido, processo {case} aberto, a equipa de contas responde em breve. Rui, Abetello Business"
    ],
    "en": [
        "Hello, received, case {case} opened, key accounts will be in touch. Priya, Abetello Business"
    ],
    "de": [
        "Hallo, erhalten, Fall {case} eröffnet, Key Account meldet sich. Lena, Abetello Business"
    ],
    "it": ["Salve, ricevuto, pratica {case} aperta, vi ricontattiamo. Marco, Abetello Business"],
    "es": [
        "Hola, recibido, caso {case} abierto, cuentas clave les contactará. Pablo, Abetello Business"
    ],
}
