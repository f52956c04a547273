"""Business-arm wording of heldout152 (Mappento Equipos, team events on account)."""

# ruff: noqa: E501

B2B_PROBLEM = {
    "invoice": {
        "fr": "Bonjour, vos factures pour nos sorties d'equipe portent toujours l'ancien nom de la societe et aucun numero de commande, la compta les rejette. Demande {case}.",
        "es": "Buenas, las facturas de las actividades de equipo siguen con el nombre antiguo de la empresa y sin numero de pedido, contabilidad las devuelve. Incidencia {case}.",
        "de": "Guten Tag, Ihre Rechnungen tragen den alten Firmennamen und keine Bestellnummer. Vorgang {case}.",
    },
    "overbilled": {
        "fr": "On nous facture le tarif public par personne au lieu du tarif contrat, plus de 600 € d'ecart. Demande {case}.",
        "es": "Nos cobrais la tarifa publica por persona y no la de contrato, mas de 600 € de diferencia. Incidencia {case}.",
        "de": "Sie berechnen den Einzelpreis statt des Vertragspreises, über 600 € Differenz. Vorgang {case}.",
    },
    "portal": {
        "fr": "Le portail entreprise n'affiche aucune sortie reservee, impossible d'ajouter les participants. Demande {case}.",
        "es": "El portal de empresa no muestra ninguna actividad reservada, no podemos añadir participantes. Incidencia {case}.",
        "de": "Das Firmenportal zeigt keine gebuchten Events, wir können keine Teilnehmer eintragen. Vorgang {case}.",
    },
}

LATER = {
    "fr": "Bonjour, je rejoins {first_name} qui vous a ecrit {day} : toujours le meme probleme, demande {case}. ",
    "es": "Hola, me sumo a lo que os escribio {first_name} {day}: sigue igual, incidencia {case}. ",
    "de": "Hallo, wie {first_name} schon {day} schrieb: gleiches Problem, Vorgang {case}. ",
}

LAST = {
    "fr": "Rien n'est regle pour {case}, plusieurs collegues vous ont ecrit. Les achats ont deja demande les tarifs de {comp}.",
    "es": "Nada resuelto en {case} y varios compañeros os han escrito. Compras ya ha pedido precios a {comp}.",
    "de": "Nichts erledigt bei {case}, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
}

ACK = {
    "fr": "Bonjour, bien reçu, votre demande {case} est ouverte. – Mappento Equipos",
    "es": "Hola, recibido, incidencia {case} abierta. – Mappento Equipos",
    "de": "Guten Tag, erhalten, Vorgang {case} ist eröffnet. – Mappento Equipos",
}

SUGGEST = {
    "fr": "Suggestion : pourriez-vous ajouter le code projet sur les factures des sorties ? Ce serait pratique.",
    "es": "Sugerencia: podriais poner el codigo de proyecto en las facturas? Nos ayudaria mucho.",
    "de": "Vorschlag: könnten Sie die Projektnummer auf die Rechnungen schreiben?",
}

ROUTINE = {
    "fr": [
        "Bonjour, peut-on ajouter 3 personnes a la sortie de jeudi ?",
        "Super journee d'equipe hier avec Mappento Equipos, tout le monde a adore",
    ],
    "es": [
        "Hola, podemos sumar 3 personas a la actividad del jueves?",
        "Gran actividad de equipo ayer con Mappento Equipos, todos encantados",
    ],
    "de": [
        "Hallo, können wir 3 Personen zum Event am Donnerstag hinzufügen?",
        "Toller Teamtag gestern mit Mappento Equipos",
    ],
}

ROUTINE_ANSWER = {
    "fr": "Bonjour, c'est fait, à jeudi !",
    "es": "Hola, hecho, ¡hasta el jueves!",
    "de": "Guten Tag, erledigt, bis Donnerstag!",
}
