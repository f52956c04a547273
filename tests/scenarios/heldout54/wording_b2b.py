"""Business-arm wording of heldout54 (company device fleets repaired on account).

Placeholders: {brand}, {pro}, {ref}, {first}, {agent}, {comp}, {firstname} (the
first complainer), {day}, {amt}, {topic}, {company}.
"""

# ruff: noqa: E501

from __future__ import annotations

PRO = "Fixoria Business"

#: (company, kind of firm) by language
COMPANIES: dict[str, list[tuple[str, str]]] = {
    "pt": [
        ("Transportes Lobo Ribeiro", "logistics"),
        ("Clínica Dentária Foz", "clinic"),
        ("Colégio Sol Nascente", "school"),
        ("Matos & Reis Advogados", "law_firm"),
        ("Construções Alvarinho", "construction"),
    ],
    "de": [
        ("Spedition Kranich", "logistics"),
        ("Praxisgemeinschaft am Wall", "clinic"),
        ("Gesamtschule Nordhang", "school"),
        ("Kanzlei Bertram & Vogt", "law_firm"),
        ("Stadtwerke Lindau", "municipality"),
        ("Taxi Zentrale Süd", "taxi"),
        ("Hotel Seeblick", "hotel"),
    ],
    "fr": [("Transports Gaudin", "logistics")],
    "es": [("Clínica Aranda", "clinic"), ("Reformas Iturbe", "construction")],
    "it": [("Assicurazioni Morandi", "insurance_broker")],
    "en": [("Harrow Field Services", "field_service")],
}
JOB_TITLES = [
    "IT coordinator",
    "office manager",
    "fleet manager",
    "head of administration",
    "operations lead",
    "purchasing officer",
    "team lead",
    "accounts payable clerk",
]

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "faturas sem número de encomenda",
        "de": "Rechnungen ohne Bestellnummer",
        "fr": "factures sans numéro de commande",
        "es": "facturas sin número de pedido",
        "it": "fatture senza numero d'ordine",
        "en": "invoices without PO number",
    },
    "service_blocked": {
        "pt": "recolhas recusadas, conta bloqueada",
        "de": "Abholung verweigert, Konto gesperrt",
        "fr": "collectes refusées, compte bloqué",
        "es": "recogidas rechazadas, cuenta bloqueada",
        "it": "ritiri rifiutati, conto bloccato",
        "en": "collections refused, account on hold",
    },
    "portal": {
        "pt": "portal sem aparelhos em reparação",
        "de": "Portal zeigt keine Geräte in Reparatur",
        "fr": "portail sans appareils en réparation",
        "es": "portal sin equipos en reparación",
        "it": "portale senza dispositivi in riparazione",
        "en": "portal shows no devices in repair",
    },
    "overbilled": {
        "pt": "preço de tabela em vez do preço de contrato",
        "de": "Listenpreis statt Vertragspauschale",
        "fr": "prix catalogue au lieu du forfait",
        "es": "precio de tarifa en vez del de contrato",
        "it": "prezzo di listino invece del forfait",
        "en": "list price instead of contract rate",
    },
}
FIRST_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "Bom dia, as faturas de {pro} deste mês vêm sem o número de encomenda e com o centro de custo errado. A contabilidade devolve-as todas. Preciso que sejam reemitidas.",
        "de": "Guten Tag, die {pro}-Rechnungen dieses Monats haben keine Bestellnummer und die falsche Kostenstelle. Unsere Buchhaltung weist alle zurück. Bitte neu ausstellen.",
        "fr": "Bonjour, les factures {pro} de ce mois n'ont pas de numéro de commande et le mauvais centre de coûts. La compta les rejette toutes.",
        "es": "Buenos días, las facturas de {pro} de este mes vienen sin número de pedido y con el centro de coste mal. Contabilidad las devuelve todas.",
        "it": "Buongiorno, le fatture {pro} di questo mese non hanno il numero d'ordine e il centro di costo è sbagliato. L'amministrazione le respinge tutte.",
        "en": "Hello, this month's {pro} invoices have no PO number and the wrong cost centre. Accounts payable are rejecting every one.",
    },
    "service_blocked": {
        "pt": "O estafeta recusou hoje a recolha de 6 portáteis avariados: diz que a nossa conta está bloqueada. Está tudo pago, tenho os comprovativos. Tenho pessoas sem computador.",
        "de": "Der Kurier hat heute die Abholung von 6 defekten Laptops verweigert, angeblich ist unser Konto gesperrt. Alles bezahlt, Belege liegen vor. Meine Leute sitzen ohne Rechner da.",
        "fr": "Le coursier a refusé aujourd'hui de collecter 6 portables en panne : compte bloqué, paraît-il. Tout est payé.",
        "es": "El mensajero se ha negado hoy a recoger 6 portátiles averiados: dice que la cuenta está bloqueada. Está todo pagado.",
        "it": "Il corriere oggi si è rifiutato di ritirare 6 portatili guasti: dice che il conto è bloccato. È tutto pagato.",
        "en": "The courier refused to collect 6 broken laptops today, says our account is on hold. Everything's paid.",
    },
    "portal": {
        "pt": "O portal {pro} mostra 0 aparelhos em reparação, mas temos 9 convosco. Sem isso não consigo pedir aparelhos de substituição e a equipa está parada.",
        "de": "Das {pro}-Portal zeigt 0 Geräte in Reparatur, dabei sind 9 bei Ihnen. So kann ich keine Ersatzgeräte anfordern und das Team steht.",
        "fr": "Le portail {pro} affiche 0 appareil en réparation alors que 9 sont chez vous. Impossible de demander des appareils de remplacement.",
        "es": "El portal de {pro} muestra 0 equipos en reparación y tenéis 9. Así no puedo pedir equipos de sustitución.",
        "it": "Il portale {pro} mostra 0 dispositivi in riparazione, ma ne avete 9. Non posso chiedere i sostitutivi.",
        "en": "The {pro} portal shows 0 devices in repair but you've got 9 of ours. I can't request swap devices.",
    },
    "overbilled": {
        "pt": "Fomos faturados a preço de tabela em todas as reparações de outubro, quando o contrato tem preço fixo por aparelho. São mais de {amt} de diferença.",
        "de": "Alle Reparaturen im Oktober wurden zum Listenpreis berechnet, laut Vertrag gilt eine Pauschale pro Gerät. Das sind über {amt} Differenz.",
        "fr": "Toutes les réparations d'octobre facturées au prix catalogue alors que le contrat prévoit un forfait. Plus de {amt} d'écart.",
        "es": "Nos habéis cobrado a precio de tarifa todas las reparaciones de octubre cuando el contrato tiene tarifa plana. Más de {amt} de diferencia.",
        "it": "Tutte le riparazioni di ottobre fatturate a listino, ma il contratto prevede un forfait. Oltre {amt} di differenza.",
        "en": "Every October repair billed at list price though our contract has a flat rate per device. That's over {amt} difference.",
    },
}
LATER_COMPLAINT: dict[str, str] = {
    "pt": "Bom dia, {firstname}, cá da casa, já vos escreveu {day} sobre isto (processo {ref}): {topic}. Aqui no meu departamento é igual e continua sem solução.",
    "de": "Guten Tag, {firstname} aus unserem Haus hat Ihnen schon {day} deswegen geschrieben (Vorgang {ref}): {topic}. Bei uns in der Abteilung genau dasselbe, immer noch ungelöst.",
    "fr": "Bonjour, {firstname} vous a déjà écrit {day} à ce sujet (dossier {ref}) : {topic}. Même chose dans mon service, toujours rien.",
    "es": "Buenos días, {firstname} ya os escribió {day} sobre esto (incidencia {ref}): {topic}. En mi departamento igual, sin solución.",
    "it": "Buongiorno, {firstname} vi ha già scritto {day} su questo (pratica {ref}): {topic}. Nel mio reparto stessa cosa, ancora niente.",
    "en": "Hello, {firstname} already wrote to you {day} about this (case {ref}): {topic}. Same in my department, still not sorted.",
}
DAYWORDS: dict[str, list[str]] = {
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "hoje de manhã",
    ],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "heute Morgen",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
}
LAST_EMAIL: dict[str, str] = {
    "pt": "Processo {ref}: continua tudo por resolver e já vos escreveram várias pessoas da {company}. As compras já pediram preços à {comp}.",
    "de": "Vorgang {ref}: immer noch nichts gelöst, und inzwischen haben Ihnen mehrere Leute von {company} geschrieben. Der Einkauf hat bereits bei {comp} ein Angebot angefragt.",
    "fr": "Dossier {ref} : toujours rien, et plusieurs personnes de {company} vous ont écrit. Les achats ont déjà demandé un devis à {comp}.",
    "es": "Incidencia {ref}: sigue todo sin resolver y os ha escrito ya medio {company}. Compras ya ha pedido precios a {comp}.",
    "it": "Pratica {ref}: ancora niente e vi hanno scritto in diversi da {company}. Gli acquisti hanno già chiesto un preventivo a {comp}.",
    "en": "Case {ref}: still nothing fixed and several of us at {company} have written. Procurement have already asked {comp} for a quote.",
}
LAST_CALL: dict[str, str] = {
    "pt": "bom dia ligo por causa do processo {ref} continua sem solução já vos escreveram vários colegas e o meu diretor diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "de": "guten tag ich rufe wegen Vorgang {ref} an das ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben und mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Anbieter",
    "fr": "bonjour j'appelle pour le dossier {ref} toujours pas réglé plusieurs collègues vous ont écrit mon directeur dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "es": "buenos días llamo por la incidencia {ref} sigue sin resolver varios compañeros os han escrito y mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
    "it": "buongiorno chiamo per la pratica {ref} ancora non risolta vi hanno scritto diversi colleghi e il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "en": "hi calling about case {ref} still not sorted several colleagues have written and my boss says we move supplier if it isn't fixed this week",
}
SUBJ: dict[str, str] = {
    "pt": "{pro}: {topic}",
    "de": "{pro}: {topic}",
    "fr": "{pro} : {topic}",
    "es": "{pro}: {topic}",
    "it": "{pro}: {topic}",
    "en": "{pro}: {topic}",
}
ACK: dict[str, str] = {
    "pt": "Bom dia {first}, registámos o processo {ref} e a gestora da vossa conta está a analisar. Cumprimentos, {agent}, {pro}",
    "de": "Guten Tag {first}, wir haben den Vorgang {ref} angelegt, Ihre Kundenbetreuung prüft das. Viele Grüße, {agent}, {pro}",
    "fr": "Bonjour {first}, dossier {ref} ouvert, votre chargée de compte examine. Cordialement, {agent}, {pro}",
    "es": "Buenos días {first}, hemos abierto la incidencia {ref} y vuestra gestora lo revisa. Un saludo, {agent}, {pro}",
    "it": "Buongiorno {first}, abbiamo aperto la pratica {ref}, la vostra referente sta verificando. Saluti, {agent}, {pro}",
    "en": "Hello {first}, we've opened case {ref} and your account manager is looking into it. Regards, {agent}, {pro}",
}
MILD: dict[str, list[str]] = {
    "pt": [
        "Sugestão: seria útil exportar os custos de reparação por centro de custo diretamente do portal.",
        "Era ótimo se a guia de devolução indicasse se o aparelho foi limpo de dados.",
    ],
    "de": [
        "Vorschlag: Reparaturkosten pro Kostenstelle direkt aus dem Portal exportieren zu können, wäre praktisch.",
        "Schön wäre, wenn auf dem Rücksendeschein stünde, ob das Gerät datenbereinigt wurde.",
    ],
    "fr": ["Suggestion : pouvoir exporter les coûts par centre de coûts depuis le portail."],
    "es": ["Sugerencia: poder exportar los costes por centro de coste desde el portal."],
    "it": ["Suggerimento: esportare i costi per centro di costo dal portale."],
    "en": ["Suggestion: exporting repair costs by cost centre from the portal would help."],
}
MILD_ACK: dict[str, str] = {
    "pt": "Obrigado pela sugestão, {first}, passámo-la à equipa do portal. {agent}, {pro}",
    "de": "Danke für den Vorschlag, {first}, ist beim Portal-Team. {agent}, {pro}",
    "fr": "Merci pour la suggestion, {first}, transmise à l'équipe du portail. {agent}",
    "es": "Gracias por la sugerencia, {first}, se la hemos pasado al equipo del portal. {agent}",
    "it": "Grazie del suggerimento, {first}, girato al team del portale. {agent}",
    "en": "Thanks for the suggestion, {first}, passed on to the portal team. {agent}",
}
#: routine chat questions: (question, answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Bom dia, quanto tempo demora a recolha de um portátil em Lisboa?",
            "Bom dia! Recolha no dia útil seguinte, e o aparelho de substituição vai no mesmo estafeta.",
        ),
        (
            "Posso adicionar 3 tablets novos ao contrato pelo portal?",
            "Pode sim, em Frota > Adicionar aparelhos.",
        ),
    ],
    "de": [
        (
            "Hallo, wie schnell kommt ein Ersatzgerät, wenn ich heute bis 12 bestelle?",
            "Hallo! Bestellung bis 12 Uhr, Lieferung am nächsten Werktag.",
        ),
        (
            "Können wir zusätzliche Nutzer fürs Portal anlegen?",
            "Ja, unter Verwaltung > Nutzer, beliebig viele.",
        ),
    ],
    "fr": [
        (
            "Bonjour, le remplaçant arrive en combien de temps ?",
            "Bonjour ! Le jour ouvré suivant pour toute commande avant midi.",
        )
    ],
    "es": [
        (
            "Hola, ¿en cuánto llega un equipo de sustitución?",
            "¡Hola! Al día laborable siguiente si se pide antes de las 12.",
        )
    ],
    "it": [
        (
            "Buongiorno, in quanto tempo arriva il sostitutivo?",
            "Buongiorno! Il giorno lavorativo successivo se ordinato entro le 12.",
        )
    ],
    "en": [
        (
            "Hi, how quickly does a swap device arrive?",
            "Hi! Next working day if ordered before noon.",
        )
    ],
}
PRAISE: dict[str, list[str]] = {
    "pt": [
        "Com o {pro} os portáteis da equipa voltam em 3 dias e o substituto chega no dia seguinte. Recomendo a outras empresas.",
        "O portal do {pro} poupa-me imensos e-mails. Bom trabalho.",
    ],
    "de": [
        "Mit {pro} sind unsere Dienstlaptops in drei Tagen zurück, Ersatz kommt am nächsten Tag. Klare Empfehlung.",
        "Das {pro}-Portal spart mir jede Woche Zeit. Gute Arbeit.",
    ],
    "fr": ["Avec {pro}, nos portables reviennent en 3 jours. Recommandé."],
    "es": ["Con {pro} los portátiles del equipo vuelven en 3 días. Recomendable."],
    "it": ["Con {pro} i portatili tornano in 3 giorni. Consigliato."],
    "en": ["With {pro} our team laptops are back in 3 days. Recommended."],
}
#: fleet repairs ordered: (label, euros)
ORDERS: list[tuple[str, int]] = [
    ("Fleet laptop screen repair", 189),
    ("Fleet smartphone battery batch (5)", 245),
    ("Swap device, 2 weeks", 35),
    ("Fleet tablet glass repair", 129),
    ("Data wipe certificate, 10 devices", 90),
]
