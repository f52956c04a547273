"""Wording of heldout130's business arm (Piscalia Pro) and of the spike."""

# ruff: noqa: E501  (data tables: customers' sentences are kept whole)

from __future__ import annotations

T = dict[str, list[str]]

CODE = "DSQ/519.pH"

SPIKE: T = {
    "fr": [
        "URGENT le doseur {b} injecte de l'acide sans arrêt depuis ce matin, pH à 5,2, l'appli affiche {k} et on ne peut pas l'arrêter, les enfants ont les yeux qui piquent",
        "c'est quoi ce délire, mon doseur vide tout le bidon de pH moins dans la piscine, code {k} sur l'appli",
        "Bonjour, alarme {k} sur le doseur connecté, le pH est tombé à 5 en une heure et le bidon d'acide est presque vide. On fait quoi ??",
    ],
    "es": [
        "URGENTE el dosificador de {b} esta metiendo acido sin parar desde esta mañana, pH en 5, la app pone {k} y no hay forma de pararlo",
        "que pasa con el dosificador?? me ha vaciado la garrafa de pH minus en la piscina, error {k}, a los niños les pican los ojos",
        "Buenos dias, el dosificador conectado marca {k} y el agua esta acidisima, se esta comiendo las escaleras de inox?",
    ],
    "en": [
        "Your doser is pumping acid non-stop, pH down to 5.1, app says {k} and won't let me stop it"
    ],
    "de": ["Der {b}-Dosierer pumpt seit heute früh ununterbrochen Säure, pH 5,0, App zeigt {k}"],
    "it": ["Il dosatore {b} pompa acido senza sosta, pH a 5, l'app dice {k}"],
    "pt": ["O doseador da {b} está a meter ácido sem parar, pH a 5, a app diz {k}"],
}
SPIKE_AGAIN: T = {
    "fr": [
        "Toujours {k}, j'ai débranché le doseur mais l'appli dit qu'il tourne encore, et le pH continue de baisser"
    ],
    "es": [
        "Sigue el {k}, he desenchufado el dosificador y la app dice que sigue dosificando, el pH sigue bajando"
    ],
    "en": ["Still {k}, unplugged it and the app says it's still dosing"],
    "de": ["Immer noch {k}, ausgesteckt, App sagt er dosiert weiter"],
    "it": ["Ancora {k}, staccato ma l'app dice che dosa ancora"],
    "pt": ["Continua {k}, desliguei e a app diz que ainda doseia"],
}
SPIKE_CHAT_A: T = {
    "fr": [
        "Oui, les doseurs connectés ont un souci depuis la mise à jour de cette nuit, fermez la vanne d'injection, nos techniciens sont dessus. – {b}"
    ],
    "es": [
        "Si, los dosificadores conectados fallan desde la actualizacion de esta noche, cierra la valvula de inyeccion, el equipo tecnico esta en ello. – {b}"
    ],
    "en": [
        "Yes, connected dosers are misbehaving since last night's update, close the injection valve, we're on it. – {b}"
    ],
    "de": [
        "Ja, die Dosierer spinnen seit dem Update heute Nacht, bitte Injektionsventil schließen. – {b}"
    ],
    "it": [
        "Sì, i dosatori hanno un problema dall'aggiornamento di stanotte, chiuda la valvola. – {b}"
    ],
    "pt": [
        "Sim, os doseadores têm um problema desde a atualização desta noite, feche a válvula. – {b}"
    ],
}
SPIKE_FIXED: T = {
    "fr": [
        "Bonjour {f}, les doseurs fonctionnent normalement depuis {t}. Un technicien passe rééquilibrer l'eau gratuitement, et 30 € sont crédités sur votre compte. – {b}"
    ],
    "es": [
        "Hola {f}, los dosificadores funcionan con normalidad desde las {t}. Un tecnico pasara a reequilibrar el agua gratis y te abonamos 30 €. – {b}"
    ],
    "en": [
        "Hi {f}, dosers work normally again since {t}. An engineer will rebalance your water free and £26 is credited. – {b}"
    ],
    "de": [
        "Hallo {f}, die Dosierer laufen seit {t} wieder normal; ein Techniker gleicht das Wasser kostenlos aus, 30 € Gutschrift. – {b}"
    ],
    "it": ["Buongiorno {f}, i dosatori funzionano di nuovo dalle {t}; 30 € di credito. – {b}"],
    "pt": ["Olá {f}, os doseadores funcionam desde as {t}; 30 € de crédito. – {b}"],
}
LONE_Q: T = {
    "fr": [
        "Bonjour, cette nuit le doseur a fait un petit bip et la lumière est passée à l'orange 2 minutes puis c'est revenu au vert, c'est normal ?"
    ],
    "es": [
        "Hola, anoche el dosificador pito una vez y la luz se puso naranja un par de minutos y luego verde, es normal?"
    ],
}
LONE_A: T = {
    "fr": ["Bonjour, oui c'est le recalibrage hebdomadaire de la sonde, rien à faire. – {b}"],
    "es": ["Hola, si, es la recalibracion semanal de la sonda, todo bien. – {b}"],
}

PRO_PRODUCTS = [
    ("Pro weekly maintenance, hotel pool", "420.00", "pro-weekly"),
    ("Pro chemical delivery 50 kg", "310.00", "pro-chemicals"),
    ("Pro water analysis (health authority)", "95.00", "pro-analysis"),
]
JOB_TITLE = [
    "facilities manager",
    "general manager",
    "maintenance lead",
    "accountant",
    "front office manager",
    "operations manager",
]
SITE = ["hotel", "campsite", "gym", "residence", "spa", "school", "municipality", "holiday park"]
B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "fr": [
            "Nos factures sortent encore au nom de l'ancienne société et sans numéro de bon de commande, la compta les rejette toutes"
        ],
        "es": [
            "Las facturas siguen saliendo con la razon social antigua y sin numero de pedido, contabilidad las devuelve todas"
        ],
        "en": [
            "Invoices still carry our old company name and no PO number, finance rejects every one"
        ],
        "de": ["Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer"],
        "it": ["Le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine"],
        "pt": ["As faturas continuam com o nome antigo e sem número de encomenda"],
    },
    "service_blocked": {
        "fr": [
            "Votre technicien a refusé d'intervenir ce matin, « compte bloqué », alors que tout est payé. Piscine fermée aux clients de l'hôtel"
        ],
        "es": [
            "El tecnico se nego a hacer el mantenimiento, «cuenta bloqueada», con todo pagado. Piscina cerrada a los clientes"
        ],
        "en": [
            "Engineer refused to service the pool, 'account on hold', though everything is paid"
        ],
        "de": ["Techniker hat die Wartung verweigert, 'Konto gesperrt', obwohl alles bezahlt ist"],
        "it": ["Il tecnico si è rifiutato di intervenire, 'conto bloccato', tutto pagato"],
        "pt": ["O técnico recusou a manutenção, 'conta bloqueada', com tudo pago"],
    },
    "portal": {
        "fr": [
            "Le portail Pro n'affiche plus les analyses d'eau, impossible de les fournir à l'ARS pour le contrôle de la semaine"
        ],
        "es": [
            "El portal Pro ya no muestra las analiticas del agua y Sanidad nos las pide para la inspeccion"
        ],
        "en": ["The Pro portal no longer shows the water analyses and the inspector wants them"],
        "de": ["Das Pro-Portal zeigt keine Wasseranalysen mehr, das Gesundheitsamt will sie sehen"],
        "it": ["Il portale Pro non mostra più le analisi dell'acqua, l'ASL le chiede"],
        "pt": ["O portal Pro já não mostra as análises da água e a inspeção pede-as"],
    },
    "overbilled": {
        "fr": [
            "On nous facture le tarif visite à l'unité au lieu du forfait annuel du contrat, plus de 900 € d'écart"
        ],
        "es": [
            "Nos cobrais la visita suelta en vez de la tarifa anual del contrato, mas de 900 € de diferencia"
        ],
        "en": ["We're billed per visit instead of our annual contract rate, over £800 difference"],
        "de": ["Es wird pro Besuch abgerechnet statt zum Jahresvertrag, über 900 € Differenz"],
        "it": ["Ci fatturate a visita invece della tariffa annuale, oltre 900 € di differenza"],
        "pt": ["Faturam à visita em vez da tarifa anual do contrato, mais de 900 € de diferença"],
    },
}
B2B_AGAIN: T = {
    "fr": ["Comme l'a écrit {o}, le problème n'est toujours pas réglé (dossier {c}). {p}"],
    "es": ["Como ya os dijo {o}, sigue sin resolverse (incidencia {c}). {p}"],
    "en": ["As {o} already wrote, this is still not fixed (case {c}). {p}"],
    "de": ["Wie {o} schon schrieb, ist das immer noch nicht gelöst (Vorgang {c}). {p}"],
    "it": ["Come ha già scritto {o}, non è ancora risolto ({c}). {p}"],
    "pt": ["Como a {o} já escreveu, continua por resolver ({c}). {p}"],
}
B2B_LAST: T = {
    "fr": [
        "Dossier {c} : rien n'a bougé et trois collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {x}."
    ],
    "es": [
        "Incidencia {c}: nada ha cambiado y os han escrito tres compañeros. Compras ya ha pedido precios a {x}."
    ],
    "en": [
        "Case {c}: nothing has moved and three of us have written. Procurement has asked {x} for rates."
    ],
    "de": [
        "Vorgang {c}: nichts passiert, drei Kollegen haben geschrieben. Der Einkauf hat bei {x} angefragt."
    ],
    "it": ["{c}: nulla è cambiato. L'ufficio acquisti ha chiesto i prezzi a {x}."],
    "pt": ["{c}: nada mudou. As compras já pediram preços à {x}."],
}
B2B_ACK: T = {
    "fr": ["Bonjour {f}, bien reçu, dossier {c} ouvert auprès de l'équipe Pro. – {b} Pro"],
    "es": ["Hola {f}, recibido, incidencia {c} abierta con el equipo Pro. – {b} Pro"],
    "en": ["Hi {f}, received, case {c} opened with the Pro team. – {b} Pro"],
    "de": ["Hallo {f}, erhalten, Vorgang {c} beim Pro-Team eröffnet. – {b} Pro"],
    "it": ["Buongiorno {f}, ricevuto, {c} aperta. – {b} Pro"],
    "pt": ["Olá {f}, recebido, {c} aberto. – {b} Pro"],
}
B2B_MILD: T = {
    "fr": ["Suggestion : pourriez-vous ajouter le chlore libre mesuré sur le bon d'intervention ?"],
    "es": ["Sugerencia: podriais poner el cloro libre medido en el parte de visita?"],
    "en": ["Suggestion: could the visit report show the measured free chlorine?"],
    "de": ["Vorschlag: freies Chlor bitte auf dem Besuchsbericht angeben?"],
    "it": ["Suggerimento: potete riportare il cloro libero nel rapporto?"],
    "pt": ["Sugestão: podem pôr o cloro livre no relatório?"],
}
B2B_PRAISE: T = {
    "fr": ["Saison parfaite pour le bassin de l'hôtel, merci à l'équipe {b} Pro"],
    "es": ["Temporada perfecta en la piscina del camping, gracias equipo {b} Pro"],
    "en": ["Spotless season at the hotel pool, thanks {b} Pro"],
    "de": ["Top Saison im Hotelpool, danke {b} Pro"],
    "it": ["Stagione perfetta, grazie {b} Pro"],
    "pt": ["Época perfeita, obrigado {b} Pro"],
}
B2B_Q: T = {
    "fr": ["Bonjour, pouvez-vous avancer la visite de mardi à 7h avant l'ouverture ?"],
    "es": ["Hola, podeis adelantar la visita del martes a las 7 antes de abrir?"],
    "en": ["Hi, can Tuesday's visit move to 7am before opening?"],
    "de": ["Kann der Dienstagstermin auf 7 Uhr?"],
    "it": ["Si può anticipare la visita di martedì alle 7?"],
    "pt": ["Podem antecipar a visita de terça para as 7h?"],
}
