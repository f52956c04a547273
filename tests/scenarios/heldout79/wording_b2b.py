# ruff: noqa: E501
"""Olfavia Pro (scenting for hotels, shops, practices and offices on account): its contacts' and agents' words.

Fields in braces: {name} the writer, {first} the account's first complainer (first name),
{day} the weekday of the first complaint, {case} the case reference, {comp} a competitor.
"""

from __future__ import annotations

B2B_PRODUCTS: list[tuple[str, float, str]] = [
    ("Pro cartridge 500 ml, Lobby Cedar / Pro-Kartusche 500 ml", 58.0, "/pro/cartridges"),
    ("Pro cartridge 500 ml, White Tea / Pro-Kartusche 500 ml", 58.0, "/pro/cartridges"),
    ("Pro cartridges x6, seasonal scent / Pro-Kartuschen x6", 312.0, "/pro/cartridges"),
    ("Wall diffuser Pro M / Wanddiffusor Pro M", 390.0, "/pro/diffusers"),
    ("HVAC diffuser Pro XL / Lüftungsdiffusor Pro XL", 1240.0, "/pro/diffusers"),
]
PORTAL_PAGES = [
    "/pro/portal",
    "/pro/portal/sites",
    "/pro/portal/schedules",
    "/pro/portal/invoices",
    "/pro/portal/deliveries",
]

TOPIC = {
    "invoice": {
        "de": "Rechnungen mit altem Firmennamen, ohne Bestellnummer",
        "pt": "faturas com o nome antigo, sem n.º de encomenda",
        "en": "invoices with old company name, no PO",
        "fr": "factures à l'ancien nom, sans n° de commande",
        "it": "fatture con la vecchia ragione sociale, senza n. d'ordine",
        "es": "facturas con el nombre antiguo, sin n.º de pedido",
    },
    "service_blocked": {
        "de": "Kartuschenlieferung verweigert, Konto gesperrt",
        "pt": "entrega de cartuchos recusada, conta bloqueada",
        "en": "cartridge delivery refused, account on hold",
        "fr": "livraison de recharges refusée, compte bloqué",
        "it": "consegna cartucce rifiutata, conto bloccato",
        "es": "entrega de cartuchos rechazada, cuenta bloqueada",
    },
    "portal": {
        "de": "Portal zeigt keine Standorte",
        "pt": "portal não mostra os locais",
        "en": "portal shows no sites",
        "fr": "le portail n'affiche aucun site",
        "it": "il portale non mostra le sedi",
        "es": "el portal no muestra los centros",
    },
    "overbilled": {
        "de": "Kartuschen zum Listenpreis statt Vertragspreis",
        "pt": "cartuchos faturados a preço de tabela",
        "en": "cartridges billed at list price, not contract price",
        "fr": "recharges facturées au prix catalogue",
        "it": "cartucce fatturate a listino",
        "es": "cartuchos facturados a precio de tarifa",
    },
}

FIRST: dict[str, dict[str, str]] = {
    "invoice": {
        "de": "Guten Tag,\nseit der Umfirmierung im Sommer kommen Ihre Rechnungen weiterhin auf den alten Firmennamen und ohne unsere Bestellnummer. Unsere Buchhaltung darf so nichts bezahlen, drei Rechnungen hängen schon. Bitte korrigieren und neu ausstellen.\n{name}",
        "pt": "Boa tarde,\ndesde a mudança de denominação as vossas faturas continuam com o nome antigo e sem o nosso número de encomenda. A contabilidade não as pode pagar assim e já há três paradas. Por favor corrijam e reemitam.\n{name}",
        "en": "Hello,\nsince our name change your invoices still carry the old company name and no PO number. Accounts can't pay them like that; three are stuck. Please reissue.\n{name}",
        "fr": "Bonjour,\nvos factures portent toujours notre ancien nom et aucun numéro de commande. La compta ne peut pas les régler, trois sont bloquées. Merci de les rééditer.\n{name}",
        "it": "Buongiorno,\nle vostre fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine. L'amministrazione non può pagarle, tre sono ferme. Vi prego di riemetterle.\n{name}",
        "es": "Buenos días,\nvuestras facturas siguen saliendo con el nombre antiguo y sin número de pedido. Contabilidad no puede pagarlas, hay tres paradas. Por favor, reemitidlas.\n{name}",
    },
    "service_blocked": {
        "de": "Guten Tag,\nIhr Fahrer hat heute die Kartuschen für unsere Lobby nicht dagelassen, auf seinem Gerät stand 'Konto gesperrt'. Wir haben alles bezahlt, die letzte Rechnung am 2. Jetzt riecht die Lobby nach nichts und wir haben Gäste. Bitte sofort klären.\n{name}",
        "pt": "Boa tarde,\no vosso estafeta hoje não deixou os cartuchos, no terminal dizia 'conta bloqueada'. Está tudo pago. Temos a loja sem cheiro e clientes a entrar. Resolvam já por favor.\n{name}",
        "en": "Hello,\nyour driver refused to leave our cartridges today, his handset said 'account on hold'. Everything is paid. The lobby smells of nothing and we have guests. Please sort this now.\n{name}",
        "fr": "Bonjour,\nvotre livreur a refusé de laisser nos recharges ce matin, son terminal affichait 'compte bloqué'. Tout est payé. La boutique ne sent plus rien et nous avons des clients. Merci de régler cela immédiatement.\n{name}",
        "it": "Buongiorno,\nil vostro corriere oggi non ci ha lasciato le cartucce, sul terminale c'era 'conto bloccato'. È tutto pagato. Sistemate subito per favore.\n{name}",
        "es": "Buenos días,\nvuestro repartidor no nos ha dejado los cartuchos, en su terminal ponía 'cuenta bloqueada'. Está todo pagado. Arregladlo ya, por favor.\n{name}",
    },
    "portal": {
        "de": "Hallo,\nim Kundenportal werden seit Montag keine Standorte mehr angezeigt, die Liste ist leer. Wir können weder die Duftzeiten ändern noch Kartuschen nachbestellen, und die Geräte laufen nachts weiter. Bitte beheben.\n{name}",
        "pt": "Olá,\no portal deixou de mostrar os nossos locais desde segunda, a lista está vazia. Não conseguimos mudar horários nem encomendar cartuchos. Por favor resolvam.\n{name}",
        "en": "Hi,\nsince Monday the portal shows none of our sites, the list is empty. We can't change schedules or reorder cartridges. Please fix.\n{name}",
        "fr": "Bonjour,\ndepuis lundi le portail n'affiche plus aucun de nos sites. Impossible de changer les horaires ou de recommander. Merci de corriger.\n{name}",
        "it": "Buongiorno,\nda lunedì il portale non mostra più le nostre sedi. Non possiamo cambiare orari né riordinare. Per favore sistemate.\n{name}",
        "es": "Hola,\ndesde el lunes el portal no muestra ninguno de nuestros centros. No podemos cambiar horarios ni pedir cartuchos. Por favor, arregladlo.\n{name}",
    },
    "overbilled": {
        "de": "Guten Tag,\nunsere letzten beiden Lieferungen Kartuschen sind zum Listenpreis berechnet, nicht zum vereinbarten Vertragspreis. Das sind über 400 € Differenz. Bitte Gutschrift.\n{name}",
        "pt": "Boa tarde,\nas duas últimas entregas de cartuchos vieram faturadas a preço de tabela e não ao preço do contrato. São mais de 400 € de diferença. Pedimos nota de crédito.\n{name}",
        "en": "Hello,\nour last two cartridge deliveries were billed at list price, not our contract price. That's over £350 difference. Please credit us.\n{name}",
        "fr": "Bonjour,\nles deux dernières livraisons sont facturées au prix catalogue et non au tarif du contrat, plus de 400 € d'écart. Merci de faire un avoir.\n{name}",
        "it": "Buongiorno,\nle ultime due consegne sono fatturate a listino e non al prezzo del contratto, oltre 400 € di differenza. Chiediamo una nota di credito.\n{name}",
        "es": "Buenos días,\nlas dos últimas entregas están facturadas a tarifa y no al precio del contrato, más de 400 € de diferencia. Pedimos un abono.\n{name}",
    },
}

LATER = {
    "de": "Hallo,\nich schließe mich {first} an, der/die Ihnen am {day} geschrieben hat (Vorgang {case}): {topic}. Bei uns am Standort genau dasselbe, und es hat sich nichts getan.\n{name}",
    "pt": "Olá,\njunto-me ao que o/a {first} vos escreveu na {day} (pedido {case}): {topic}. Aqui é igual e nada mudou.\n{name}",
    "en": "Hello,\nfollowing up on what {first} wrote on {day} (case {case}): {topic}. Same here and nothing has changed.\n{name}",
    "fr": "Bonjour,\nje rejoins {first} qui vous a écrit {day} (demande {case}) : {topic}. Pareil chez nous, rien n'a bougé.\n{name}",
    "it": "Buongiorno,\nmi aggiungo a quanto scritto da {first} {day} (segnalazione {case}): {topic}. Stessa cosa da noi, niente è cambiato.\n{name}",
    "es": "Hola,\nme sumo a lo que os escribió {first} el {day} (incidencia {case}): {topic}. Aquí igual y nada ha cambiado.\n{name}",
}
LAST_MAIL = {
    "de": "Guten Tag,\nzu {case}: immer noch nicht gelöst, inzwischen haben Ihnen mehrere Kolleginnen und Kollegen geschrieben. Unser Einkauf hat bereits bei {comp} ein Angebot angefragt.\n{name}",
    "pt": "Bom dia,\nsobre o pedido {case}: continua sem solução e já vos escreveram vários colegas. As compras já pediram preços à {comp}.\n{name}",
    "en": "Hello,\nre case {case}: still not fixed, and several of my colleagues have written. Procurement has already asked {comp} for their rates.\n{name}",
    "fr": "Bonjour,\npour la demande {case} : toujours rien, plusieurs collègues vous ont écrit. Les achats ont déjà demandé un devis à {comp}.\n{name}",
    "it": "Buongiorno,\nper la segnalazione {case}: ancora niente, vi hanno scritto diversi colleghi. L'ufficio acquisti ha già chiesto i prezzi a {comp}.\n{name}",
    "es": "Hola,\nsobre la incidencia {case}: sigue sin arreglarse y os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.\n{name}",
}
LAST_CALL = {
    "de": "ja guten tag hier ist {name} ich ruf an wegen dem Vorgang {case} das ist immer noch nicht erledigt mehrere Kollegen haben schon geschrieben und mein Chef sagt wenn das diese Woche nicht läuft wechseln wir den Anbieter",
    "pt": "bom dia fala {name} estou a ligar por causa do pedido {case} continua por resolver já vários colegas escreveram e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "en": "hi it's {name} calling about case {case} it's still not fixed several colleagues have written and my boss says we move the account if it isn't sorted this week",
    "fr": "bonjour c'est {name} j'appelle pour la demande {case} toujours pas réglée plusieurs collègues ont écrit et mon patron dit qu'on change de fournisseur si c'est pas réglé cette semaine",
    "it": "buongiorno sono {name} chiamo per la segnalazione {case} non è ancora risolta hanno scritto vari colleghi e il capo dice che cambiamo fornitore se non si sistema questa settimana",
    "es": "hola soy {name} llamo por la incidencia {case} sigue sin arreglarse han escrito varios compañeros y mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}
ACK = {
    "de": "Guten Tag {name},\nvielen Dank, wir haben den Vorgang {case} angelegt und kümmern uns.\nIhr Olfavia-Pro-Team",
    "pt": "Boa tarde {name},\nobrigado, abrimos o pedido {case} e estamos a tratar.\nEquipa Olfavia Pro",
    "en": "Hello {name},\nthank you, we've opened case {case} and are on it.\nOlfavia Pro",
    "fr": "Bonjour {name},\nmerci, la demande {case} est ouverte, nous nous en occupons.\nOlfavia Pro",
    "it": "Buongiorno {name},\ngrazie, abbiamo aperto la segnalazione {case}.\nOlfavia Pro",
    "es": "Hola {name},\ngracias, hemos abierto la incidencia {case}.\nOlfavia Pro",
}
CASE_SUBJ = {
    "de": "AW: Vorgang {case}",
    "pt": "RE: Pedido {case}",
    "en": "Re: case {case}",
    "fr": "RE : Demande {case}",
    "it": "R: Segnalazione {case}",
    "es": "RE: Incidencia {case}",
}
COMPLAINT_SUBJ = {
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "es": "Reclamación: {topic}",
}

MILD = {
    "de": [
        (
            "Wäre super, wenn man im Portal den Verbrauch pro Standort als Excel exportieren könnte, für die Kostenstellen.",
            "Danke für den Vorschlag, {name}, wir geben ihn an das Portal-Team weiter.",
        ),
        (
            "Kleiner Wunsch: das Sicherheitsdatenblatt bei jeder Lieferung gleich mit auf den Lieferschein.",
            "Danke, {name}, guter Hinweis, ist notiert.",
        ),
    ],
    "pt": [
        (
            "Dava jeito exportar do portal o consumo por loja em Excel, para os centros de custo.",
            "Obrigado pela sugestão, {name}, passámos à equipa do portal.",
        ),
        (
            "Pequeno pedido: a ficha de segurança junto com cada guia de entrega.",
            "Obrigado, {name}, fica registado.",
        ),
    ],
    "en": [
        (
            "Would be handy to export consumption per site from the portal, for our cost centres.",
            "Thanks for the idea, {name}, passed on to the portal team.",
        )
    ],
    "fr": [
        (
            "Ce serait pratique d'exporter la consommation par site depuis le portail.",
            "Merci {name}, suggestion transmise.",
        )
    ],
    "it": [
        (
            "Sarebbe utile esportare dal portale i consumi per sede.",
            "Grazie {name}, suggerimento inoltrato.",
        )
    ],
    "es": [
        (
            "Estaría bien poder exportar el consumo por centro desde el portal.",
            "Gracias {name}, lo pasamos al equipo del portal.",
        ),
        ("Una petición: la ficha de seguridad con cada albarán.", "Gracias {name}, anotado."),
    ],
}
MILD_SUBJ = {
    "de": "Vorschlag",
    "pt": "Sugestão",
    "en": "Suggestion",
    "fr": "Suggestion",
    "it": "Suggerimento",
    "es": "Sugerencia",
}

CHAT_Q = {
    "de": [
        (
            "Können wir in der Lobby ab 1. Dezember auf den Winterduft umstellen?",
            "Ja, {name}, im Portal unter Zeitpläne oder ich mache es für Sie: erledigt ab 1.12.",
            "Danke!",
        ),
        (
            "Wie viele Kartuschen braucht ein Pro XL im Monat bei 12 Stunden Betrieb?",
            "Etwa zwei, {name}, bei mittlerer Intensität.",
            "ok danke",
        ),
    ],
    "pt": [
        (
            "Podemos mudar a receção para o cheiro de inverno a partir de 1 de dezembro?",
            "Sim, {name}, já fica programado a partir de 1/12.",
            "obrigada",
        ),
        (
            "Quantos cartuchos gasta um Pro XL por mês com 12 horas por dia?",
            "Cerca de dois, {name}, em intensidade média.",
            "ok obrigado",
        ),
    ],
    "en": [
        (
            "Can we switch reception to the winter scent from 1 December?",
            "Yes {name}, scheduled from 1 December.",
            "thanks",
        )
    ],
    "fr": [
        (
            "On peut passer l'accueil au parfum d'hiver à partir du 1er décembre ?",
            "Oui {name}, c'est programmé.",
            "merci",
        )
    ],
    "it": [
        (
            "Possiamo passare la reception al profumo invernale dal 1° dicembre?",
            "Sì {name}, programmato.",
            "grazie",
        )
    ],
    "es": [
        (
            "¿Podemos cambiar la recepción al aroma de invierno desde el 1 de diciembre?",
            "Sí {name}, queda programado.",
            "gracias",
        )
    ],
}
PRAISE = {
    "de": [
        "Seit wir Olfavia Pro in der Praxis haben, sagen Patienten dass es nicht mehr nach Zahnarzt riecht. Bestes Kompliment",
        "Lieferungen immer pünktlich, Fahrer freundlich, Lobby duftet. So soll's sein",
    ],
    "pt": [
        "Desde que temos Olfavia Pro na loja os clientes ficam mais tempo, juro. Muito bom",
        "Entregas sempre a horas e o portal é simples. Recomendo",
    ],
    "en": ["Guests keep asking what the lobby scent is. Olfavia Pro has been spot on"],
    "fr": ["Les clients demandent sans arrêt quel est le parfum de la boutique, bravo Olfavia Pro"],
    "it": ["I clienti chiedono sempre che profumo è, ottimo Olfavia Pro"],
    "es": ["Los clientes preguntan siempre a qué huele la tienda, genial Olfavia Pro"],
}
