# ruff: noqa: E501
"""Business-arm wording for heldout69 (Pescadra Pro: clubs, guides, campsites, schools on account)."""

from __future__ import annotations

# (label, price in EUR, page)
PRO_PRODUCTS: list[tuple[str, float, str]] = [
    ("Guest permits, pack of 20 / Cartes invités, lot de 20", 180.0, "/pro/guest-packs"),
    ("Club annual cards, 10 members / Cartes annuelles club, 10 membres", 760.0, "/pro/club-cards"),
    (
        "Competition stretch booking, 1 day / Réservation parcours concours, 1 jour",
        220.0,
        "/pro/competitions",
    ),
    (
        "School youth programme, 15 permits / Programme jeunes scolaire, 15 cartes",
        210.0,
        "/pro/schools",
    ),
    ("Guided trip permits, 5 days / Cartes sorties guidées, 5 jours", 140.0, "/pro/guides"),
]
PRO_PAGES = ["/pro/portal", "/pro/members", "/pro/invoices", "/pro/guest-packs", "/pro/reports"]

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

SUBJECT = {
    "fr": {
        "invoice": "Factures au mauvais nom",
        "service_blocked": "Portail : compte suspendu",
        "portal": "Portail sans membres",
        "overbilled": "Tarif club non appliqué",
    },
    "pt": {
        "invoice": "Faturas com o nome errado",
        "service_blocked": "Portal: conta suspensa",
        "portal": "Portal sem sócios",
        "overbilled": "Tarifa de clube não aplicada",
    },
    "it": {
        "invoice": "Fatture intestate male",
        "service_blocked": "Portale: account sospeso",
        "portal": "Portale senza soci",
        "overbilled": "Tariffa club non applicata",
    },
    "de": {
        "invoice": "Rechnungen falscher Name",
        "service_blocked": "Portal: Konto gesperrt",
        "portal": "Portal ohne Mitglieder",
        "overbilled": "Vereinstarif fehlt",
    },
    "es": {
        "invoice": "Facturas a nombre equivocado",
        "service_blocked": "Portal: cuenta suspendida",
        "portal": "Portal sin socios",
        "overbilled": "Tarifa de club no aplicada",
    },
    "en": {
        "invoice": "Invoices in the wrong name",
        "service_blocked": "Portal: account suspended",
        "portal": "Portal shows no members",
        "overbilled": "Club rate not applied",
    },
}

PROBLEM_TEXT = {
    "fr": {
        "invoice": "Les factures de ce mois arrivent encore au nom de l'ancienne association, avant la fusion, et sans notre numéro de TVA. Notre trésorier ne peut pas les payer comme ça.",
        "service_blocked": 'Le portail refuse d\'émettre des cartes invités : "compte suspendu". La facture de septembre est payée depuis le 2, nous avons le virement. Nos clients arrivent ce week-end.',
        "portal": "Le portail n'affiche plus aucun de nos membres, la liste est vide. Impossible de renouveler les cartes du club, et la saison carnassiers ouvre.",
        "overbilled": "Nous sommes facturés au tarif individuel au lieu du tarif club signé en mars, plus de 400 € d'écart sur le mois.",
    },
    "pt": {
        "invoice": "As faturas deste mês continuam a vir em nome da associação antiga, de antes da fusão, e sem o nosso NIF. O tesoureiro não as pode pagar assim.",
        "service_blocked": 'O portal recusa emitir licenças de convidados: "conta suspensa". A fatura de setembro está paga desde dia 2, temos o comprovativo. Os hóspedes chegam no fim de semana.',
        "portal": "O portal não mostra nenhum dos nossos sócios, a lista está vazia. Não conseguimos renovar as licenças do clube.",
        "overbilled": "Estamos a ser faturados à tarifa individual em vez da tarifa de clube assinada em março, mais de 400 € de diferença no mês.",
    },
    "it": {
        "invoice": "Le fatture di questo mese arrivano ancora intestate alla vecchia associazione, prima della fusione, e senza partita IVA. Il tesoriere non può pagarle.",
        "service_blocked": 'Il portale non emette permessi ospiti: "account sospeso". La fattura di settembre è pagata dal 2.',
        "portal": "Il portale non mostra più nessuno dei nostri soci, lista vuota. Non possiamo rinnovare i permessi del club.",
        "overbilled": "Ci fatturate la tariffa individuale invece di quella club firmata a marzo, più di 400 € di differenza.",
    },
    "de": {
        "invoice": "Die Rechnungen kommen immer noch auf den alten Vereinsnamen vor der Fusion, ohne USt-IdNr. So kann unser Kassenwart nicht zahlen.",
        "service_blocked": 'Das Portal stellt keine Gästekarten aus: "Konto gesperrt". Die Septemberrechnung ist seit dem 2. bezahlt.',
        "portal": "Das Portal zeigt keines unserer Mitglieder mehr an, Liste leer. Wir können die Vereinskarten nicht verlängern.",
        "overbilled": "Sie berechnen uns den Einzeltarif statt des im März vereinbarten Vereinstarifs, über 400 € Unterschied im Monat.",
    },
    "es": {
        "invoice": "Las facturas de este mes siguen llegando a nombre de la asociación antigua, de antes de la fusión, y sin nuestro CIF.",
        "service_blocked": 'El portal no emite permisos de invitados: "cuenta suspendida". La factura de septiembre está pagada desde el día 2.',
        "portal": "El portal no muestra a ninguno de nuestros socios, lista vacía. No podemos renovar los permisos del club.",
        "overbilled": "Nos facturáis la tarifa individual en vez de la tarifa de club firmada en marzo, más de 400 € de diferencia.",
    },
    "en": {
        "invoice": "This month's invoices still come in the old association's name from before the merger, with no VAT number. Our treasurer can't pay them like that.",
        "service_blocked": "The portal won't issue guest permits: \"account suspended\". September's invoice was paid on the 2nd.",
        "portal": "The portal shows none of our members any more, the list is empty. We can't renew the club cards.",
        "overbilled": "We're billed the individual rate instead of the club rate signed in March, over £350 difference this month.",
    },
}

FIRST_MAIL = {
    "fr": "Bonjour,\n{problem}\nMerci de corriger rapidement.\n{first} {last}\n{title}, {company}",
    "pt": "Bom dia,\n{problem}\nAgradecemos correção rápida.\n{first} {last}\n{title}, {company}",
    "it": "Buongiorno,\n{problem}\nGrazie di correggere presto.\n{first} {last}\n{title}, {company}",
    "de": "Guten Tag,\n{problem}\nBitte zeitnah korrigieren.\n{first} {last}\n{title}, {company}",
    "es": "Hola,\n{problem}\nOs pedimos que lo corrijáis pronto.\n{first} {last}\n{title}, {company}",
    "en": "Hello,\n{problem}\nPlease fix this quickly.\n{first} {last}\n{title}, {company}",
}
LATER_MAIL = {
    "fr": "Bonjour,\nJe vous écris aussi pour le dossier {ref} que {firstc} a ouvert {when}. {problem} C'est toujours pareil de notre côté.\n{first} {last}, {company}",
    "pt": "Bom dia,\nEscrevo também sobre o processo {ref} que a/o {firstc} abriu {when}. {problem} Continua tudo igual.\n{first} {last}, {company}",
    "it": "Buongiorno,\nscrivo anch'io per la pratica {ref} aperta da {firstc} {when}. {problem} Da noi è tutto uguale.\n{first} {last}, {company}",
    "de": "Guten Tag,\nich schreibe auch wegen Vorgang {ref}, den {firstc} {when} eröffnet hat. {problem} Bei uns ist alles unverändert.\n{first} {last}, {company}",
    "es": "Hola,\nescribo también por la incidencia {ref} que abrió {firstc} {when}. {problem} Seguimos igual.\n{first} {last}, {company}",
    "en": "Hello,\nwriting as well about case {ref} that {firstc} opened {when}. {problem} Nothing has changed our end.\n{first} {last}, {company}",
}
WHEN = {
    "fr": {"today": "ce matin", 0: "lundi", 1: "mardi", 2: "mercredi", 3: "jeudi", 4: "vendredi"},
    "pt": {
        "today": "esta manhã",
        0: "na segunda",
        1: "na terça",
        2: "na quarta",
        3: "na quinta",
        4: "na sexta",
    },
    "it": {
        "today": "stamattina",
        0: "lunedì",
        1: "martedì",
        2: "mercoledì",
        3: "giovedì",
        4: "venerdì",
    },
    "de": {
        "today": "heute Morgen",
        0: "am Montag",
        1: "am Dienstag",
        2: "am Mittwoch",
        3: "am Donnerstag",
        4: "am Freitag",
    },
    "es": {
        "today": "esta mañana",
        0: "el lunes",
        1: "el martes",
        2: "el miércoles",
        3: "el jueves",
        4: "el viernes",
    },
    "en": {
        "today": "this morning",
        0: "on Monday",
        1: "on Tuesday",
        2: "on Wednesday",
        3: "on Thursday",
        4: "on Friday",
    },
}
LAST_MAIL = {
    "fr": "Bonjour,\nDossier {ref} : toujours rien de réglé, et plusieurs d'entre nous vous ont écrit. Notre trésorier a déjà demandé les tarifs de {comp}.\n{first} {last}, {company}",
    "pt": "Bom dia,\nProcesso {ref}: nada resolvido e já vários de nós escreveram. O tesoureiro já pediu preços à {comp}.\n{first} {last}, {company}",
    "it": "Buongiorno,\npratica {ref}: ancora niente, e in diversi vi abbiamo scritto. Il tesoriere ha già chiesto le tariffe a {comp}.\n{first} {last}, {company}",
    "de": "Guten Tag,\nVorgang {ref}: nichts gelöst, mehrere von uns haben geschrieben. Unser Kassenwart hat schon bei {comp} nach Preisen gefragt.\n{first} {last}, {company}",
    "es": "Hola,\nincidencia {ref}: nada resuelto y ya os hemos escrito varios. El tesorero ya ha pedido precios a {comp}.\n{first} {last}, {company}",
    "en": "Hello,\ncase {ref}: nothing fixed and several of us have written. Our treasurer has already asked {comp} for their rates.\n{first} {last}, {company}",
}
LAST_CALL = {
    "fr": "oui bonjour {first} {last} de {company} c'est pour le dossier {ref} toujours rien de réglé plusieurs collègues vous ont écrit et notre président dit qu'on change de fournisseur si c'est pas réglé cette semaine",
    "pt": "bom dia fala {first} {last} da {company} é sobre o processo {ref} continua tudo na mesma vários colegas já escreveram e o presidente diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "it": "buongiorno sono {first} {last} di {company} per la pratica {ref} ancora niente hanno scritto in tanti e il presidente dice che cambiamo fornitore se non si risolve questa settimana",
    "de": "ja guten Tag {first} {last} von {company} wegen Vorgang {ref} immer noch nichts mehrere Kollegen haben geschrieben und unser Vorsitzender sagt wir wechseln den Anbieter wenn das diese Woche nicht gelöst ist",
    "es": "hola buenas soy {first} {last} de {company} por la incidencia {ref} sigue igual varios compañeros os han escrito y el presidente dice que cambiamos de proveedor si no se arregla esta semana",
    "en": "hi it's {first} {last} from {company} about case {ref} still nothing fixed several of us have written and our chair says we move to another supplier if it isn't sorted this week",
}
AG_ACK = {
    "fr": "Bonjour {first},\nMerci, dossier {ref} ouvert pour {company}. Nous revenons vers vous rapidement.\n{sign}",
    "pt": "Olá {first},\nObrigado, processo {ref} aberto para {company}. Voltamos a contactar em breve.\n{sign}",
    "it": "Buongiorno {first},\ngrazie, pratica {ref} aperta per {company}.\n{sign}",
    "de": "Hallo {first},\ndanke, Vorgang {ref} für {company} ist eröffnet.\n{sign}",
    "es": "Hola {first},\ngracias, incidencia {ref} abierta para {company}.\n{sign}",
    "en": "Hi {first},\nthanks, case {ref} opened for {company}.\n{sign}",
}
MILD = {
    "fr": [
        "Ce serait pratique de pouvoir exporter les cartes invités émises par sortie ou par groupe, pour notre compta.",
        "Petite suggestion : afficher le nom du titulaire sur le bon de carte invité, nos clients se les échangent.",
    ],
    "pt": [
        "Dava jeito poder exportar as licenças de convidados por saída ou grupo, para a contabilidade.",
        "Sugestão: mostrar o nome do titular no vale de convidado, os hóspedes trocam-nos entre si.",
    ],
    "it": ["Sarebbe comodo esportare i permessi ospiti per uscita o gruppo."],
    "de": [
        "Praktisch wäre ein Export der Gästekarten pro Ausflug oder Gruppe, für die Buchhaltung.",
        "Vorschlag: den Namen des Inhabers auf dem Gästekarten-Gutschein anzeigen.",
    ],
    "es": ["Estaría bien poder exportar los permisos de invitados por salida o grupo."],
    "en": ["Would be handy to export guest permits by trip or group, for our accounts."],
}
MILD_ACK = {
    "fr": "Bonjour {first},\nMerci pour la suggestion, transmise à l'équipe produit.\n{sign}",
    "pt": "Olá {first},\nObrigado pela sugestão, já seguiu para a equipa de produto.\n{sign}",
    "it": "Buongiorno {first},\ngrazie del suggerimento, girato al team prodotto.\n{sign}",
    "de": "Hallo {first},\ndanke für den Vorschlag, ist beim Produktteam.\n{sign}",
    "es": "Hola {first},\ngracias por la sugerencia, se la pasamos al equipo de producto.\n{sign}",
    "en": "Hi {first},\nthanks for the suggestion, passed to the product team.\n{sign}",
}
B2B_CHAT = {
    "fr": [
        (
            "Bonjour, on peut ajouter un membre en cours de saison sur la carte club ?",
            "Bonjour, oui, dans le portail > Membres > Ajouter, la carte est au prorata.",
        ),
        (
            "Les cartes invités non utilisées sont reportées sur l'année suivante ?",
            "Bonjour, oui, jusqu'au 31 mars.",
        ),
    ],
    "pt": [
        (
            "Bom dia, podemos juntar um sócio a meio da época?",
            "Bom dia, sim, no portal > Sócios > Adicionar, paga-se proporcional.",
        ),
        (
            "As licenças de convidados não usadas passam para o ano seguinte?",
            "Sim, até 31 de março.",
        ),
    ],
    "it": [
        (
            "Buongiorno, si può aggiungere un socio a metà stagione?",
            "Buongiorno, sì, portale > Soci > Aggiungi, in proporzione.",
        )
    ],
    "de": [
        (
            "Hallo, kann man mitten in der Saison ein Mitglied dazunehmen?",
            "Hallo, ja, im Portal unter Mitglieder > Hinzufügen, anteilig berechnet.",
        )
    ],
    "es": [
        (
            "Hola, se puede añadir un socio a mitad de temporada?",
            "Hola, sí, en el portal > Socios > Añadir, a prorrata.",
        )
    ],
    "en": [
        (
            "Hi, can we add a member mid-season?",
            "Hi, yes, portal > Members > Add, charged pro rata.",
        )
    ],
}
B2B_PRAISE = {
    "fr": [
        "Concours du club organisé avec le portail Pescadra Pro, 42 cartes invités émises en 10 minutes. Bravo",
        "Troisième saison avec Pescadra Pro pour nos clients du camping, aucun souci",
    ],
    "pt": [
        "Concurso do clube organizado com o portal Pescadra Pro, 42 licenças de convidados em 10 minutos. Parabéns",
        "Terceira época com a Pescadra Pro para os hóspedes, sem problemas",
    ],
    "it": ["Gara del club organizzata col portale Pescadra Pro, 40 permessi in 10 minuti"],
    "de": [
        "Vereinsfischen mit dem Pescadra-Pro-Portal organisiert, 40 Gästekarten in 10 Minuten. Klasse"
    ],
    "es": ["Concurso del club con el portal Pescadra Pro, 40 permisos en 10 minutos"],
    "en": ["Club match run through the Pescadra Pro portal, 40 guest permits in 10 minutes. Great"],
}
