# ruff: noqa: E501
"""Business-arm wording of heldout149 (Nevado Grupos: schools, clubs, hotels on account)."""

from __future__ import annotations

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
CORE: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "las facturas llegan sin nuestro número de pedido y a nombre de la antigua razón social, contabilidad no puede pagarlas",
        "de": "die Rechnungen kommen ohne unsere Bestellnummer und auf den alten Firmennamen, die Buchhaltung kann nicht zahlen",
        "en": "invoices arrive without our PO number and under our old company name, accounts cannot pay them",
        "fr": "les factures arrivent sans notre numéro de commande et à l'ancien nom",
        "it": "le fatture arrivano senza il nostro numero d'ordine e con la vecchia ragione sociale",
        "pt": "as faturas chegam sem o nosso número de encomenda e com a antiga designação",
    },
    "service_blocked": {
        "es": "en el mostrador nos dicen 'cuenta bloqueada' y no nos entregan el material del grupo, aunque todo está pagado",
        "de": "am Schalter heißt es 'Konto gesperrt', das Gruppenmaterial wird nicht ausgegeben, obwohl alles bezahlt ist",
        "en": "the counter says 'account on stop' and won't release the group's kit though everything is paid",
        "fr": "au comptoir on nous dit 'compte bloqué' alors que tout est payé",
        "it": "al banco dicono 'conto bloccato' anche se è tutto pagato",
        "pt": "no balcão dizem 'conta bloqueada' apesar de estar tudo pago",
    },
    "portal": {
        "es": "el portal no muestra los alquileres del grupo y no podemos cargar las tallas de los alumnos",
        "de": "das Portal zeigt keine Gruppenmieten an und wir können die Größen der Schüler nicht eintragen",
        "en": "the portal shows none of the group's hires and we cannot enter the pupils' sizes",
        "fr": "le portail n'affiche aucune location du groupe",
        "it": "il portale non mostra i noleggi del gruppo",
        "pt": "o portal não mostra os alugueres do grupo",
    },
    "overbilled": {
        "es": "nos cobran tarifa por día y alumno en vez de la tarifa semanal de grupo del contrato, más de 600 € de diferencia",
        "de": "uns wird der Tagessatz pro Schüler statt des vertraglichen Gruppen-Wochentarifs berechnet, über 600 € Unterschied",
        "en": "we're charged the daily rate per pupil instead of our contract's weekly group rate, over 600 € difference",
        "fr": "on nous facture le tarif journalier au lieu du tarif semaine de groupe",
        "it": "ci addebitano la tariffa giornaliera invece di quella settimanale di gruppo",
        "pt": "cobram-nos a tarifa diária em vez da semanal de grupo",
    },
}
FIRST = {
    "es": "Buenos días:\n\n{core}. ¿Pueden revisarlo con urgencia?\n\n{name}, {title}",
    "de": "Guten Tag,\n\n{core}. Bitte prüfen Sie das dringend.\n\n{name}, {title}",
    "en": "Hello,\n\n{core}. Please look into it urgently.\n\n{name}, {title}",
    "fr": "Bonjour,\n\n{core}. Merci de vérifier rapidement.\n\n{name}, {title}",
    "it": "Buongiorno,\n\n{core}. Vi prego di verificare.\n\n{name}, {title}",
    "pt": "Bom dia,\n\n{core}. Por favor verifiquem com urgência.\n\n{name}, {title}",
}
LATER = {
    "es": "Hola, como ya escribió {other} {day} (incidencia {case}): {core}. Seguimos igual.\n\n{name}",
    "de": "Hallo, wie {other} schon {day} geschrieben hat (Vorgang {case}): {core}. Unverändert.\n\n{name}",
    "en": "Hi, as {other} wrote {day} (case {case}): {core}. No change.\n\n{name}",
    "fr": "Bonjour, comme {other} l'a écrit {day} (demande {case}) : {core}. Toujours pareil.\n\n{name}",
    "it": "Buongiorno, come ha scritto {other} {day} (segnalazione {case}): {core}. Niente di nuovo.\n\n{name}",
    "pt": "Olá, como {other} escreveu {day} (pedido {case}): {core}. Nada mudou.\n\n{name}",
}
LAST_EMAIL = {
    "es": "Incidencia {case}: sigue sin arreglar y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.",
    "de": "Vorgang {case}: weiterhin nicht behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt.",
    "en": "Case {case}: still not fixed and several colleagues have written. Procurement has already asked {comp} for rates.",
    "fr": "Demande {case} : toujours rien, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}.",
    "it": "Segnalazione {case}: ancora niente, più colleghi hanno scritto. Gli acquisti hanno chiesto le tariffe a {comp}.",
    "pt": "Pedido {case}: continua por resolver, vários colegas escreveram. As compras já pediram preços à {comp}.",
}
LAST_CALL = {
    "es": "sí hola llamo por la incidencia {case} sigue sin arreglarse ya han escrito varios compañeros y mi jefe dice que si no está esta semana nos vamos a otro proveedor",
    "de": "ja hallo ich rufe wegen Vorgang {case} an das ist immer noch nicht behoben mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Anbieter",
    "en": "hi calling about case {case} still not fixed several colleagues have written and my boss says we move the account if it isn't sorted this week",
    "fr": "bonjour j'appelle pour la demande {case} toujours rien mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "it": "buongiorno chiamo per la segnalazione {case} ancora niente il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "bom dia ligo pelo pedido {case} continua igual o meu chefe diz que mudamos de fornecedor se não resolverem esta semana",
}
ACK = {
    "es": "Buenos días, hemos abierto la incidencia {case} y la revisa nuestro equipo de empresas. Un saludo, {agent}",
    "de": "Guten Tag, wir haben den Vorgang {case} angelegt, unser Firmenkunden-Team prüft das. Viele Grüße, {agent}",
    "en": "Hello, we've opened case {case} for our business team. Best, {agent}",
    "fr": "Bonjour, demande {case} ouverte pour notre équipe entreprises. Cordialement, {agent}",
    "it": "Buongiorno, aperta la segnalazione {case} per il team aziende. Saluti, {agent}",
    "pt": "Bom dia, abrimos o pedido {case} para a equipa de empresas. Cumprimentos, {agent}",
}
SUGGEST = {
    "es": [
        "Sugerencia: ¿podríais exportar los costes de alquiler por código de proyecto?",
        "Estaría bien que el albarán indicara la fecha de la última revisión de las fijaciones",
    ],
    "de": [
        "Vorschlag: Mietkosten nach Projektcode exportieren können?",
        "Schön wäre das Datum der letzten Bindungsprüfung auf dem Lieferschein",
    ],
    "en": ["Suggestion: could hire costs be exported by project code?"],
    "fr": ["Suggestion : exporter les coûts par code projet ?"],
    "it": ["Suggerimento: esportare i costi per codice progetto?"],
    "pt": ["Sugestão: exportar custos por código de projeto?"],
}
SUGGEST_ACK = {
    "es": "Gracias por la sugerencia, la pasamos al equipo. {agent}",
    "de": "Danke für den Vorschlag, geben wir weiter. {agent}",
    "en": "Thanks for the suggestion, passed on. {agent}",
    "fr": "Merci, transmis. {agent}",
    "it": "Grazie, lo inoltriamo. {agent}",
    "pt": "Obrigado, vamos passar à equipa. {agent}",
}
CHAT = {
    "es": [
        (
            "hola, podemos añadir dos alumnos más al grupo de la semana blanca?",
            "Sí, añadidlos en el portal o pasadnos las tallas por aquí.",
        )
    ],
    "de": [
        (
            "Hallo, können wir zwei Schüler zur Skiwoche nachmelden?",
            "Ja, gern im Portal oder hier mit Größen.",
        )
    ],
    "en": [
        (
            "hi, can we add two pupils to the ski week group?",
            "Yes, in the portal or send sizes here.",
        )
    ],
    "fr": [("bonjour, on peut ajouter deux élèves au groupe ?", "Oui, via le portail ou ici.")],
    "it": [("ciao, possiamo aggiungere due alunni al gruppo?", "Sì, dal portale o qui.")],
    "pt": [("olá, podemos juntar dois alunos ao grupo?", "Sim, no portal ou aqui.")],
}
THANKS = {
    "es": "perfecto, gracias",
    "de": "super, danke",
    "en": "great, thanks",
    "fr": "merci",
    "it": "grazie",
    "pt": "obrigada",
}
PRAISE = {
    "es": "La semana blanca con {brand} Grupos, todo el material listo y bien ajustado para 40 alumnos. Gracias",
    "de": "Skiwoche mit {brand} Grupos, Material für 40 Schüler pünktlich und gut eingestellt. Danke",
    "en": "Ski week with {brand} Grupos, kit for 40 pupils ready and fitted. Thanks",
    "fr": "Semaine au ski avec {brand} Grupos, tout prêt. Merci",
    "it": "Settimana bianca con {brand} Grupos, tutto pronto. Grazie",
    "pt": "Semana de neve com {brand} Grupos, tudo pronto. Obrigada",
}
TITLES = [
    "Head of PE",
    "Office manager",
    "Ski club secretary",
    "Hotel concierge",
    "Bookkeeper",
    "Trip coordinator",
]
