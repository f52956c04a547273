"""Hand-written wording for heldout30: Aparvia Empresas (fleet parking for firms).

Company problems: the monthly invoice without the VAT broken down by vehicle, so
it cannot be deducted (invoice); drivers' payments refused, "company account
suspended" (blocked_drivers); the portal failing to add vehicles or drivers
(portal); fines arriving for fleet cars whose sessions were paid (fines).
Extra placeholders: {company}, {colleague} (the first complainer's first name),
{day} (the weekday of the first complaint), <<fem|masc>> agrees with the colleague.
"""

# ruff: noqa: E501

from __future__ import annotations

B_PROBLEMS = ("invoice", "blocked_drivers", "portal", "fines")

WEEKDAYS: dict[str, list[str]] = {
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta"],
}

B: dict[str, dict[str, list[str]]] = {
    "es": {
        "subj": [
            "Factura mensual sin IVA por vehículo",
            "Conductores con pago rechazado",
            "Portal: no deja añadir vehículos",
            "Multas con sesiones pagadas",
        ],
        "invoice": [
            "Buenos días, la factura mensual de {company} ha llegado sin el IVA desglosado por vehículo y así nuestra gestoría no la puede deducir. Necesitamos una rectificativa este mes",
            "Hola, otra vez la factura de flota viene con un único total. Sin desglose de IVA no nos sirve para contabilidad",
        ],
        "blocked_drivers": [
            'Buenos días, esta mañana a varios de nuestros comerciales les sale "cuenta de empresa suspendida" al pagar y han tenido que pagar de su bolsillo. La cuenta está al día',
            "Hola, los conductores de {company} no pueden iniciar sesión de aparcamiento: pago rechazado, cuenta suspendida. Estamos al corriente de pago",
        ],
        "portal": [
            "Hola, desde el portal no hay manera de añadir las matrículas de las tres furgonetas nuevas, da error al guardar",
            "Buenos días, el portal de empresa no deja dar de alta conductores nuevos, se queda cargando y no guarda",
        ],
        "fines": [
            "Buenos días, nos están llegando multas de coches de {company} que tenían la sesión pagada con vuestra app. Necesitamos los justificantes",
            "Hola, ya van tres multas de vehículos de la flota con el aparcamiento pagado en Aparvia. Quién nos manda los comprobantes?",
        ],
        "later": [
            "Hola, os escribo también por el caso {ref}: mi compañer<<a|o>> {colleague} os lo comunicó {day} y seguimos igual. {restate}",
            "Buenas, sumo mi queja al caso {ref} que abrió {colleague} {day}. {restate}",
            "Buenos días. Lo mismo que os dijo {colleague} {day} (caso {ref}), y ya es la segunda semana. {restate} Esto nos está frenando el trabajo",
        ],
        "restate": [
            "La factura sigue sin IVA desglosado.",
            "Los conductores siguen con el pago rechazado.",
            "El portal sigue sin guardar vehículos ni conductores.",
            "Siguen llegando multas con sesiones pagadas.",
        ],
        "escalate": [
            "Caso {ref}: seguimos sin solución. Varios compañeros os lo hemos dicho ya y no ha cambiado nada. Estamos pidiendo presupuesto a {comp}",
            "Vuelvo con el caso {ref}. Nada resuelto, tres personas de {company} os hemos escrito. Ya estamos hablando con {comp}",
        ],
        "escalate_phone": [
            "sí hola buenas le llamo de {company} por el caso {spoken} que sigue sin resolver varios compañeros ya han escrito y estamos mirando otras empresas"
        ],
        "ack": [
            "Hola,\n\nhemos registrado vuestra incidencia de Aparvia Empresas con el caso {ref}. Os contestamos en cuanto lo revise el equipo de cuentas.\n\n{agent}"
        ],
        "mild": [
            "Una sugerencia: estaría bien poder poner un centro de coste por vehículo en la factura",
            "Sería útil que la exportación de trayectos tuviera la matrícula en una columna propia",
        ],
        "ack_mild": [
            "Hola,\n\ngracias por la sugerencia, la pasamos al equipo de producto.\n\n{agent}"
        ],
        "routine": [
            "Hola, ¿cómo damos de baja un vehículo que hemos vendido?||Hola, en el portal: Flota > el vehículo > Dar de baja. Queda fuera de la factura siguiente. {agent}",
            "Buenos días, ¿se puede limitar a los conductores a aparcar solo en horario laboral?||Buenos días, sí: Portal > Normas > Horario, lo aplicáis por grupo de conductores. {agent}",
            "Hola, ¿dónde descargo el informe de gasto del trimestre?||Hola, en Informes > Gasto > elegir trimestre > Exportar. {agent}",
        ],
        "phone": [
            "sí hola buenas llamo de {company} quería saber si podemos añadir un segundo administrador al portal vale gracias",
            "hola buenos días una consulta cómo se cambia la tarjeta de la empresa en el portal",
        ],
        "praise": [
            "Desde que toda la flota de {company} va con Aparvia Empresas se acabaron los tickets en papel. Una factura al mes y listo 👌",
            "Muy contentos con Aparvia Empresas, los comerciales ya no adelantan dinero",
        ],
        "thanks": ["Perfecto, gracias", "Muchas gracias, resuelto"],
        "addon": ["Bono de 200 horas flota", "Plaza fija mensual", "Alertas de gasto"],
    },
    "fr": {
        "subj": [
            "Facture mensuelle sans TVA par véhicule",
            "Conducteurs : paiement refusé",
            "Portail : impossible d'ajouter des véhicules",
            "PV avec stationnement payé",
        ],
        "invoice": [
            "Bonjour, la facture mensuelle de {company} est arrivée sans la TVA détaillée par véhicule, notre comptable ne peut pas la déduire. Il nous faut une facture rectificative ce mois-ci",
            "Bonjour, encore une facture flotte avec un seul total. Sans TVA détaillée elle est inutilisable",
        ],
        "blocked_drivers": [
            'Bonjour, ce matin plusieurs de nos commerciaux ont "compte entreprise suspendu" au paiement et ont payé de leur poche. Le compte est à jour',
            "Bonjour, les conducteurs de {company} ne peuvent plus lancer de stationnement : paiement refusé, compte suspendu. Nous sommes à jour",
        ],
        "portal": [
            "Bonjour, impossible d'ajouter les plaques des trois utilitaires neufs dans le portail, erreur à l'enregistrement",
            "Bonjour, le portail entreprise ne permet pas de créer de nouveaux conducteurs, ça tourne et rien n'est enregistré",
        ],
        "fines": [
            "Bonjour, nous recevons des PV pour des véhicules de {company} dont le stationnement était payé avec votre appli. Il nous faut les justificatifs",
            "Bonjour, trois PV déjà sur la flotte avec le stationnement payé via Aparvia. Qui nous envoie les preuves ?",
        ],
        "later": [
            "Bonjour, je vous écris aussi pour le dossier {ref} : m<<a collègue|on collègue>> {colleague} vous l'a signalé {day} et rien n'a changé. {restate}",
            "Bonjour, j'ajoute ma voix au dossier {ref} ouvert par {colleague} {day}. {restate}",
            "Bonjour. Même problème que celui signalé par {colleague} {day} (dossier {ref}). {restate} Ça nous bloque au quotidien",
        ],
        "restate": [
            "La facture n'a toujours pas la TVA détaillée.",
            "Les conducteurs ont toujours le paiement refusé.",
            "Le portail n'enregistre toujours ni véhicules ni conducteurs.",
            "Les PV continuent d'arriver malgré les stationnements payés.",
        ],
        "escalate": [
            "Dossier {ref} : toujours rien. Plusieurs collègues vous l'ont signalé et rien n'a bougé. Nous demandons un devis à {comp}",
            "Je reviens sur le dossier {ref}. Rien de réglé, trois personnes de {company} vous ont écrit. Nous sommes en contact avec {comp}",
        ],
        "escalate_phone": [
            "oui bonjour j'appelle de {company} pour le dossier {spoken} toujours pas réglé plusieurs collègues ont écrit on regarde ailleurs"
        ],
        "ack": [
            "Bonjour,\n\nnous avons enregistré votre demande Aparvia Entreprises sous le dossier {ref}. L'équipe comptes vous répond au plus vite.\n\n{agent}"
        ],
        "mild": [
            "Une suggestion : pouvoir mettre un centre de coût par véhicule sur la facture",
            "Ce serait pratique d'avoir la plaque dans une colonne à part dans l'export des trajets",
        ],
        "ack_mild": [
            "Bonjour,\n\nmerci pour la suggestion, nous la transmettons à l'équipe produit.\n\n{agent}"
        ],
        "routine": [
            "Bonjour, comment retirer un véhicule que nous avons vendu ?||Bonjour, dans le portail : Flotte > le véhicule > Retirer. Il sort de la facture suivante. {agent}",
            "Bonjour, peut-on limiter le stationnement aux heures de bureau pour les conducteurs ?||Bonjour, oui : Portail > Règles > Horaires, par groupe de conducteurs. {agent}",
            "Bonjour, où télécharger le rapport de dépenses du trimestre ?||Bonjour, Rapports > Dépenses > trimestre > Exporter. {agent}",
        ],
        "phone": [
            "oui bonjour j'appelle de {company} je voulais savoir si on peut ajouter un deuxième administrateur au portail merci",
            "allô bonjour comment on change la carte de l'entreprise dans le portail",
        ],
        "praise": [
            "Depuis que toute la flotte de {company} est sur Aparvia Entreprises, fini les tickets papier. Une facture par mois 👌",
            "Très satisfaits d'Aparvia Entreprises, les commerciaux n'avancent plus rien",
        ],
        "thanks": ["Parfait, merci", "Merci beaucoup, c'est réglé"],
        "addon": ["Forfait 200 heures flotte", "Place fixe mensuelle", "Alertes de dépenses"],
    },
    "de": {
        "subj": [
            "Monatsrechnung ohne MwSt. je Fahrzeug",
            "Fahrer: Zahlung abgelehnt",
            "Portal: Fahrzeuge lassen sich nicht anlegen",
            "Strafzettel trotz bezahltem Parken",
        ],
        "invoice": [
            "Guten Tag, die Monatsrechnung von {company} kam ohne MwSt. je Fahrzeug, unsere Buchhaltung kann sie so nicht absetzen"
        ],
        "blocked_drivers": [
            'Guten Tag, heute früh bekommen mehrere Außendienstler "Firmenkonto gesperrt" beim Bezahlen. Das Konto ist ausgeglichen'
        ],
        "portal": [
            "Guten Tag, im Portal lassen sich die Kennzeichen der drei neuen Transporter nicht speichern, Fehler beim Speichern"
        ],
        "fines": [
            "Guten Tag, wir bekommen Strafzettel für Fahrzeuge von {company}, deren Parken über Ihre App bezahlt war"
        ],
        "later": [
            "Guten Tag, ich schreibe auch wegen Fall {ref}: <<meine Kollegin|mein Kollege>> {colleague} hat es {day} gemeldet, nichts hat sich getan. {restate}"
        ],
        "restate": [
            "Die Rechnung hat immer noch keine MwSt. je Fahrzeug.",
            "Die Fahrer werden immer noch abgelehnt.",
            "Das Portal speichert immer noch nichts.",
            "Es kommen weiter Strafzettel.",
        ],
        "escalate": [
            "Fall {ref}: immer noch keine Lösung. Mehrere Kollegen haben es gemeldet. Wir holen jetzt Angebote von {comp} ein"
        ],
        "escalate_phone": [
            "ja guten tag ich rufe an von {company} wegen fall {spoken} immer noch nicht gelöst mehrere kollegen haben geschrieben wir schauen uns andere anbieter an"
        ],
        "ack": [
            "Guten Tag,\n\nwir haben Ihr Anliegen zu Aparvia Business unter Fall {ref} erfasst.\n\n{agent}"
        ],
        "mild": [
            "Ein Vorschlag: eine Kostenstelle je Fahrzeug auf der Rechnung wäre hilfreich",
            "Das Kennzeichen als eigene Spalte im Fahrten-Export wäre praktisch",
        ],
        "ack_mild": [
            "Guten Tag,\n\ndanke für den Vorschlag, wir geben ihn an das Produktteam weiter.\n\n{agent}"
        ],
        "routine": [
            "Guten Tag, wie melden wir ein verkauftes Fahrzeug ab?||Guten Tag, im Portal: Flotte > Fahrzeug > Abmelden. {agent}",
            "Hallo, wo lade ich den Kostenbericht fürs Quartal?||Hallo, Berichte > Kosten > Quartal > Export. {agent}",
        ],
        "phone": [
            "ja guten tag ich rufe an von {company} können wir einen zweiten admin im portal anlegen danke"
        ],
        "praise": [
            "Seit die ganze Flotte von {company} über Aparvia Business läuft, keine Papierbelege mehr 👌"
        ],
        "thanks": ["Danke, passt"],
        "addon": ["Flotten-Paket 200 Stunden", "Fester Stellplatz monatlich"],
    },
    "en": {
        "subj": [
            "Monthly invoice without VAT per vehicle",
            "Drivers: payment declined",
            "Portal: can't add vehicles",
            "Fines with paid sessions",
        ],
        "invoice": [
            "Hi, the monthly invoice for {company} came without VAT broken down by vehicle, so our accountant can't reclaim it"
        ],
        "blocked_drivers": [
            'Hi, this morning several of our reps get "company account suspended" when paying. The account is fully paid up'
        ],
        "portal": ["Hi, the portal won't save the plates of our three new vans, error on save"],
        "fines": [
            "Hi, we're getting fines for {company} vehicles whose parking was paid through your app"
        ],
        "later": [
            "Hi, writing about case {ref} too: my colleague {colleague} reported it {day} and nothing has changed. {restate}"
        ],
        "restate": [
            "The invoice still has no VAT per vehicle.",
            "Drivers are still declined.",
            "The portal still saves nothing.",
            "Fines keep arriving.",
        ],
        "escalate": [
            "Case {ref}: still no fix. Several colleagues have reported it. We're getting quotes from {comp}"
        ],
        "escalate_phone": [
            "yeah hi calling from {company} about case {spoken} still not fixed several colleagues wrote in we're looking at other providers"
        ],
        "ack": ["Hi,\n\nwe've logged your Aparvia Business request as case {ref}.\n\n{agent}"],
        "mild": [
            "A suggestion: a cost centre per vehicle on the invoice would help",
            "The plate as its own column in the trips export would be handy",
        ],
        "ack_mild": [
            "Hi,\n\nthanks for the suggestion, passing it to the product team.\n\n{agent}"
        ],
        "routine": [
            "Hi, how do we remove a vehicle we've sold?||Hi, in the portal: Fleet > the vehicle > Remove. {agent}",
            "Hi, where do I download the quarter's spend report?||Hi, Reports > Spend > quarter > Export. {agent}",
        ],
        "phone": ["yeah hi calling from {company} can we add a second admin to the portal thanks"],
        "praise": [
            "Since all of {company}'s fleet went on Aparvia Business no more paper receipts. One invoice a month 👌"
        ],
        "thanks": ["Great, thanks"],
        "addon": ["Fleet bundle 200 hours", "Monthly reserved space"],
    },
    "it": {
        "subj": [
            "Fattura mensile senza IVA per veicolo",
            "Autisti: pagamento rifiutato",
            "Portale: impossibile aggiungere veicoli",
            "Multe con sosta pagata",
        ],
        "invoice": [
            "Buongiorno, la fattura mensile di {company} è arrivata senza IVA per veicolo, il commercialista non può detrarla"
        ],
        "blocked_drivers": [
            'Buongiorno, stamattina diversi agenti hanno "account aziendale sospeso" al pagamento. Siamo in regola'
        ],
        "portal": [
            "Buongiorno, il portale non salva le targhe dei tre furgoni nuovi, errore al salvataggio"
        ],
        "fines": [
            "Buongiorno, ci arrivano multe per veicoli di {company} con la sosta pagata tramite la vostra app"
        ],
        "later": [
            "Buongiorno, scrivo anch'io per la pratica {ref}: <<la mia collega|il mio collega>> {colleague} l'ha segnalata {day} e non è cambiato nulla. {restate}"
        ],
        "restate": [
            "La fattura è ancora senza IVA per veicolo.",
            "Gli autisti sono ancora rifiutati.",
            "Il portale non salva ancora niente.",
            "Continuano ad arrivare multe.",
        ],
        "escalate": [
            "Pratica {ref}: ancora nessuna soluzione. Più colleghi l'hanno segnalato. Stiamo chiedendo preventivi a {comp}"
        ],
        "escalate_phone": [
            "pronto buongiorno chiamo da {company} per la pratica {spoken} ancora non risolta più colleghi hanno scritto stiamo guardando altri fornitori"
        ],
        "ack": [
            "Buongiorno,\n\nabbiamo registrato la richiesta Aparvia Business con la pratica {ref}.\n\n{agent}"
        ],
        "mild": [
            "Un suggerimento: un centro di costo per veicolo in fattura",
            "La targa in una colonna a parte nell'export dei tragitti sarebbe comoda",
        ],
        "ack_mild": [
            "Buongiorno,\n\ngrazie del suggerimento, lo passiamo al team prodotto.\n\n{agent}"
        ],
        "routine": [
            "Buongiorno, come togliamo un veicolo venduto?||Buongiorno, nel portale: Flotta > veicolo > Rimuovi. {agent}",
            "Salve, dove scarico il report spese del trimestre?||Salve, Report > Spese > trimestre > Esporta. {agent}",
        ],
        "phone": [
            "pronto buongiorno chiamo da {company} possiamo aggiungere un secondo amministratore al portale grazie"
        ],
        "praise": [
            "Da quando tutta la flotta di {company} usa Aparvia Business basta scontrini di carta 👌"
        ],
        "thanks": ["Perfetto, grazie"],
        "addon": ["Pacchetto flotta 200 ore", "Posto fisso mensile"],
    },
    "pt": {
        "subj": [
            "Fatura mensal sem IVA por veículo",
            "Condutores: pagamento recusado",
            "Portal: não deixa adicionar veículos",
            "Multas com estacionamento pago",
        ],
        "invoice": [
            "Bom dia, a fatura mensal da {company} veio sem o IVA discriminado por veículo e a contabilidade não a consegue deduzir"
        ],
        "blocked_drivers": [
            'Bom dia, hoje de manhã vários comerciais têm "conta de empresa suspensa" ao pagar. A conta está em dia'
        ],
        "portal": ["Bom dia, o portal não grava as matrículas das três carrinhas novas, dá erro"],
        "fines": [
            "Bom dia, estão a chegar multas de viaturas da {company} com o estacionamento pago pela vossa app"
        ],
        "later": [
            "Bom dia, escrevo também sobre o processo {ref}: <<a minha colega|o meu colega>> {colleague} comunicou {day} e está tudo igual. {restate}"
        ],
        "restate": [
            "A fatura continua sem IVA discriminado.",
            "Os condutores continuam recusados.",
            "O portal continua sem gravar nada.",
            "Continuam a chegar multas.",
        ],
        "escalate": [
            "Processo {ref}: continua sem solução. Vários colegas já reportaram. Estamos a pedir orçamento à {comp}"
        ],
        "escalate_phone": [
            "bom dia ligo da {company} por causa do processo {spoken} continua por resolver vários colegas já escreveram estamos a ver outras empresas"
        ],
        "ack": [
            "Bom dia,\n\nregistámos o seu pedido Aparvia Business com o processo {ref}.\n\n{agent}"
        ],
        "mild": [
            "Uma sugestão: um centro de custo por veículo na fatura",
            "A matrícula numa coluna própria na exportação dos trajetos dava jeito",
        ],
        "ack_mild": [
            "Bom dia,\n\nobrigado pela sugestão, passamos à equipa de produto.\n\n{agent}"
        ],
        "routine": [
            "Bom dia, como retiramos uma viatura que vendemos?||Bom dia, no portal: Frota > viatura > Retirar. {agent}",
            "Olá, onde descarrego o relatório de gastos do trimestre?||Olá, Relatórios > Gastos > trimestre > Exportar. {agent}",
        ],
        "phone": [
            "está sim bom dia ligo da {company} podemos pôr um segundo administrador no portal obrigado"
        ],
        "praise": [
            "Desde que a frota toda da {company} está na Aparvia Business acabaram os talões de papel 👌"
        ],
        "thanks": ["Perfeito, obrigado"],
        "addon": ["Pacote frota 200 horas", "Lugar fixo mensal"],
    },
}
