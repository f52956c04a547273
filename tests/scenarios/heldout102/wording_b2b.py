# ruff: noqa: E501
"""Scolvia Pro's words for heldout102: firms on account (restaurants, hotels, property managers...).

Placeholders: {first}, {case}, {comp}, {sign}, {colleague}, {when}, {site}, {restate}.
"""

from __future__ import annotations

# Services booked on account: (label, price in EUR, page)
PRO_PRODUCTS: list[tuple[str, int, str]] = [
    ("Grease trap emptying, scheduled / Esvaziamento de separador de gorduras", 210, "/pro/grease"),
    ("Drain jetting, kitchen line / Hidrolimpeza de linha de cozinha", 180, "/pro/jetting"),
    ("CCTV survey with report / Inspeção vídeo com relatório", 260, "/pro/cctv"),
    ("Pumping station service / Manutenção de estação elevatória", 340, "/pro/pumps"),
    ("Car-park gully clearing / Limpeza de sumidouros", 290, "/pro/gullies"),
]

PRO_PAGES = ["/pro/portal", "/pro/sites", "/pro/invoices", "/pro/schedule", "/pro/reports"]

SIGN_PRO: dict[str, str] = {
    "pt": "{agent}, Scolvia Pro",
    "de": "{agent}, Scolvia Pro Geschäftskunden",
    "en": "{agent}, Scolvia Pro accounts",
    "fr": "{agent}, Scolvia Pro entreprises",
    "es": "{agent}, Scolvia Pro empresas",
    "it": "{agent}, Scolvia Pro aziende",
}

PRO_CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Bom dia, consigo mudar o esvaziamento do separador de gorduras de terça para quinta?",
            "Bom dia! Já está, passou para quinta à mesma hora.",
        ),
        (
            "Olá, o relatório da inspeção vídeo sai em nome do condomínio?",
            "Olá! Sai em nome da entidade da conta, com a morada do local.",
        ),
    ],
    "de": [
        (
            "Guten Morgen, können wir die Fettabscheider-Leerung von Dienstag auf Donnerstag schieben?",
            "Guten Morgen! Erledigt, Donnerstag gleiche Uhrzeit.",
        ),
        (
            "Hallo, kommt der Prüfbericht der Kamerainspektion auf den Namen der Liegenschaft?",
            "Hallo! Auf den Kontoinhaber, mit der Adresse des Standorts.",
        ),
        (
            "Kann der Techniker morgen vor 7 Uhr kommen, bevor die Küche startet?",
            "Ja, 6:30 ist eingetragen.",
        ),
    ],
    "en": [
        (
            "Morning, can we move the grease trap emptying from Tuesday to Thursday?",
            "Morning! Done, Thursday same time.",
        )
    ],
    "fr": [
        (
            "Bonjour, peut-on décaler la vidange du bac à graisse de mardi à jeudi ?",
            "Bonjour ! C'est fait, jeudi même heure.",
        )
    ],
    "es": [
        (
            "Buenos días, ¿podemos pasar el vaciado del separador de grasas del martes al jueves?",
            "¡Buenos días! Hecho, el jueves a la misma hora.",
        )
    ],
    "it": [
        (
            "Buongiorno, possiamo spostare lo svuotamento del degrassatore da martedì a giovedì?",
            "Buongiorno! Fatto, giovedì stessa ora.",
        )
    ],
}

PRO_THANKS: dict[str, list[str]] = {
    "pt": ["Obrigado!", "Perfeito, obrigada"],
    "de": ["Danke!", "Perfekt, danke"],
    "en": ["Thanks!"],
    "fr": ["Merci !"],
    "es": ["¡Gracias!"],
    "it": ["Grazie!"],
}

PRO_PRAISE: dict[str, list[str]] = {
    "pt": [
        "A equipa da Scolvia Pro fez a manutenção da estação elevatória do prédio num domingo sem incomodar ninguém. Top",
        "Separadores de gorduras dos três restaurantes sempre a horas. Recomendo Scolvia Pro",
    ],
    "de": [
        "Scolvia Pro hat den Pumpenschacht in der Tiefgarage am Sonntag gewartet, kein Mieter hat was gemerkt. Top",
        "Fettabscheider in allen drei Filialen immer pünktlich geleert. Klare Empfehlung",
    ],
    "en": [
        "Scolvia Pro serviced the pumping station on a Sunday, not one tenant noticed. Great crew"
    ],
    "fr": [
        "Scolvia Pro a fait l'entretien de la station de relevage un dimanche sans déranger personne. Top"
    ],
    "es": [
        "Scolvia Pro hizo el mantenimiento del pozo de bombeo un domingo sin molestar a nadie. Muy bien"
    ],
    "it": [
        "Scolvia Pro ha fatto la manutenzione della stazione di sollevamento di domenica senza disturbare nessuno. Ottimi"
    ],
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

PRO_SUBJECT: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "Faturas com nome antigo e sem n.º de encomenda",
        "de": "Rechnungen mit altem Firmennamen, ohne Bestellnummer",
        "en": "Invoices with old company name, no PO number",
        "fr": "Factures à l'ancienne raison sociale, sans bon de commande",
        "es": "Facturas con el nombre antiguo y sin número de pedido",
        "it": "Fatture con la vecchia ragione sociale, senza numero d'ordine",
    },
    "service_blocked": {
        "pt": "Intervenção urgente recusada: 'conta suspensa'",
        "de": "Notdienst abgelehnt: 'Konto gesperrt'",
        "en": "Emergency call-out refused: 'account on hold'",
        "fr": "Intervention urgente refusée : 'compte suspendu'",
        "es": "Urgencia rechazada: 'cuenta bloqueada'",
        "it": "Intervento urgente rifiutato: 'conto sospeso'",
    },
    "portal": {
        "pt": "Portal não mostra os nossos locais",
        "de": "Portal zeigt keine Standorte",
        "en": "Portal shows none of our sites",
        "fr": "Le portail n'affiche aucun de nos sites",
        "es": "El portal no muestra nuestros centros",
        "it": "Il portale non mostra le nostre sedi",
    },
    "overbilled": {
        "pt": "Esvaziamentos do contrato faturados como urgência",
        "de": "Vertragsleerungen als Notdienst abgerechnet",
        "en": "Contract emptyings billed at emergency rate",
        "fr": "Vidanges sous contrat facturées en urgence",
        "es": "Vaciados del contrato facturados como urgencia",
        "it": "Svuotamenti a contratto fatturati come urgenza",
    },
}

PRO_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "Bom dia,\n\ndesde a fusão as vossas faturas continuam a sair em nome da empresa antiga e sem o número de encomenda. A contabilidade devolve-as todas e não as consegue pagar.\n\n{first}",
        "de": "Guten Tag,\n\nseit der Fusion kommen Ihre Rechnungen weiterhin auf den alten Firmennamen und ohne Bestellnummer. Unsere Buchhaltung weist jede einzelne zurück und kann nichts bezahlen.\n\n{first}",
        "en": "Hello,\n\nsince the merger your invoices still carry our old company name and no PO number. Accounts payable bounce every one of them and can't pay.\n\n{first}",
        "fr": "Bonjour,\n\ndepuis la fusion, vos factures portent toujours l'ancienne raison sociale et aucun numéro de bon de commande. La comptabilité les rejette toutes.\n\n{first}",
        "es": "Buenos días,\n\ndesde la fusión vuestras facturas siguen saliendo con el nombre antiguo y sin número de pedido. Contabilidad las devuelve todas y no puede pagarlas.\n\n{first}",
        "it": "Buongiorno,\n\ndalla fusione le vostre fatture escono ancora con la vecchia ragione sociale e senza numero d'ordine. L'amministrazione le respinge tutte.\n\n{first}",
    },
    "service_blocked": {
        "pt": "Bom dia,\n\nontem à noite tivemos um refluxo na cozinha e a vossa central recusou a intervenção urgente com 'conta suspensa'. A conta está paga, temos os comprovativos. Tivemos de fechar a cozinha.\n\n{first}",
        "de": "Guten Tag,\n\ngestern Abend hatten wir einen Rückstau in der Küche und Ihre Zentrale hat den Notdienst abgelehnt: 'Konto gesperrt'. Alles ist bezahlt, die Belege liegen vor. Wir mussten die Küche schließen.\n\n{first}",
        "en": "Hello,\n\nlast night we had a backflow in the kitchen and your dispatch refused the emergency call-out: 'account on hold'. Everything is paid, we have the remittances. We had to close the kitchen.\n\n{first}",
        "fr": "Bonjour,\n\nhier soir refoulement en cuisine et votre centrale a refusé l'intervention urgente : 'compte suspendu'. Tout est payé, nous avons les justificatifs. Nous avons dû fermer la cuisine.\n\n{first}",
        "es": "Buenos días,\n\nanoche tuvimos un retorno en la cocina y vuestra central rechazó la urgencia: 'cuenta bloqueada'. Está todo pagado, tenemos los justificantes. Tuvimos que cerrar la cocina.\n\n{first}",
        "it": "Buongiorno,\n\nieri sera abbiamo avuto un rigurgito in cucina e la vostra centrale ha rifiutato l'intervento urgente: 'conto sospeso'. È tutto pagato. Abbiamo dovuto chiudere la cucina.\n\n{first}",
    },
    "portal": {
        "pt": "Bom dia,\n\no portal Pro não mostra nenhum dos nossos locais desde segunda, por isso não conseguimos marcar nem alterar os esvaziamentos mensais. Isto vai acabar em transbordo.\n\n{first}",
        "de": "Guten Tag,\n\ndas Pro-Portal zeigt seit Montag keinen einzigen unserer Standorte, wir können die monatlichen Leerungen weder buchen noch ändern. Das endet in einem Überlauf.\n\n{first}",
        "en": "Hello,\n\nthe Pro portal has shown none of our sites since Monday, so we can't book or move the monthly emptyings. This will end in an overflow.\n\n{first}",
        "fr": "Bonjour,\n\nle portail Pro n'affiche aucun de nos sites depuis lundi, impossible de réserver ou de déplacer les vidanges mensuelles.\n\n{first}",
        "es": "Buenos días,\n\nel portal Pro no muestra ninguno de nuestros centros desde el lunes y no podemos reservar ni mover los vaciados mensuales.\n\n{first}",
        "it": "Buongiorno,\n\nil portale Pro da lunedì non mostra nessuna delle nostre sedi, non possiamo prenotare né spostare gli svuotamenti mensili.\n\n{first}",
    },
    "overbilled": {
        "pt": "Bom dia,\n\nos esvaziamentos programados do contrato vêm faturados à tarifa de urgência, mais de 700 € de diferença este mês. O contrato diz outra coisa.\n\n{first}",
        "de": "Guten Tag,\n\ndie geplanten Vertragsleerungen werden zum Notdienstsatz abgerechnet, über 700 € Unterschied diesen Monat. Im Vertrag steht etwas anderes.\n\n{first}",
        "en": "Hello,\n\nthe scheduled contract emptyings are billed at the emergency rate, over £600 difference this month. That's not what the contract says.\n\n{first}",
        "fr": "Bonjour,\n\nles vidanges programmées du contrat sont facturées au tarif urgence, plus de 700 € d'écart ce mois-ci.\n\n{first}",
        "es": "Buenos días,\n\nlos vaciados programados del contrato vienen facturados a tarifa de urgencia, más de 700 € de diferencia este mes.\n\n{first}",
        "it": "Buongiorno,\n\ngli svuotamenti programmati a contratto sono fatturati a tariffa urgente, oltre 700 € di differenza questo mese.\n\n{first}",
    },
}

# later complainers of an at-risk account: name the first, the weekday and the case
PRO_FOLLOW: dict[str, str] = {
    "pt": "Bom dia,\n\nescrevo na sequência do email que {colleague} enviou {when} (processo {case}). {restate} Aqui em {site} estamos com o mesmo problema.\n\n{first}",
    "de": "Guten Tag,\n\nich schließe mich der Mail von {colleague} {when} an (Vorgang {case}). {restate} Bei uns am Standort {site} genau dasselbe.\n\n{first}",
    "en": "Hello,\n\nfollowing up {colleague}'s e-mail {when} (case {case}). {restate} Same problem here at {site}.\n\n{first}",
    "fr": "Bonjour,\n\nje fais suite au mail de {colleague} {when} (dossier {case}). {restate} Même problème ici, {site}.\n\n{first}",
    "es": "Buenos días,\n\nsigo el correo de {colleague} {when} (incidencia {case}). {restate} Aquí en {site} igual.\n\n{first}",
    "it": "Buongiorno,\n\nriprendo la mail di {colleague} {when} (pratica {case}). {restate} Qui in {site} stesso problema.\n\n{first}",
}

# how a later complainer names the day of the first complaint: (a weekday, this morning)
FOLLOW_WHEN: dict[str, tuple[str, str]] = {
    "pt": ("na {day}", "hoje de manhã"),
    "de": ("vom {day}", "von heute Morgen"),
    "en": ("of {day}", "from this morning"),
    "fr": ("de {day}", "de ce matin"),
    "es": ("del {day}", "de esta mañana"),
    "it": ("di {day}", "di stamattina"),
}

PRO_RESTATE: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "As faturas continuam com o nome antigo e sem n.º de encomenda.",
        "de": "Die Rechnungen tragen weiter den alten Namen und keine Bestellnummer.",
        "en": "Invoices still have the old name and no PO number.",
        "fr": "Les factures ont toujours l'ancien nom et pas de bon de commande.",
        "es": "Las facturas siguen con el nombre antiguo y sin pedido.",
        "it": "Le fatture hanno ancora il vecchio nome e nessun ordine.",
    },
    "service_blocked": {
        "pt": "A central continua a recusar intervenções com 'conta suspensa'.",
        "de": "Die Zentrale lehnt weiter ab mit 'Konto gesperrt'.",
        "en": "Dispatch is still refusing call-outs with 'account on hold'.",
        "fr": "La centrale refuse toujours avec 'compte suspendu'.",
        "es": "La central sigue rechazando con 'cuenta bloqueada'.",
        "it": "La centrale rifiuta ancora con 'conto sospeso'.",
    },
    "portal": {
        "pt": "O portal continua sem mostrar nenhum local.",
        "de": "Das Portal zeigt weiterhin keinen Standort.",
        "en": "The portal still shows no sites.",
        "fr": "Le portail n'affiche toujours aucun site.",
        "es": "El portal sigue sin mostrar centros.",
        "it": "Il portale non mostra ancora nessuna sede.",
    },
    "overbilled": {
        "pt": "Os esvaziamentos do contrato continuam à tarifa de urgência.",
        "de": "Die Vertragsleerungen laufen weiter zum Notdienstsatz.",
        "en": "Contract emptyings are still at the emergency rate.",
        "fr": "Les vidanges sous contrat sont toujours au tarif urgence.",
        "es": "Los vaciados siguen a tarifa de urgencia.",
        "it": "Gli svuotamenti sono ancora a tariffa urgente.",
    },
}

PRO_LAST_EMAIL: dict[str, str] = {
    "pt": "Bom dia,\n\nprocesso {case}: nada está resolvido e já vários colegas vos escreveram. As compras já pediram preços à {comp}.\n\n{first}",
    "de": "Guten Tag,\n\nVorgang {case}: nichts ist gelöst, mehrere Kollegen haben Ihnen geschrieben. Der Einkauf hat schon bei {comp} Preise angefragt.\n\n{first}",
    "en": "Hello,\n\ncase {case}: nothing is fixed and several colleagues have written. Procurement has already asked {comp} for their rates.\n\n{first}",
    "fr": "Bonjour,\n\ndossier {case} : rien n'est réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n\n{first}",
    "es": "Buenos días,\n\nincidencia {case}: no se ha arreglado nada y os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.\n\n{first}",
    "it": "Buongiorno,\n\npratica {case}: niente è risolto e vi hanno scritto diversi colleghi. Gli acquisti hanno già chiesto i prezzi a {comp}.\n\n{first}",
}

PRO_LAST_CALL: dict[str, str] = {
    "pt": "bom dia é sobre o processo {case} continua tudo na mesma já vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "de": "guten Tag es geht um den Vorgang {case} es ist immer noch nichts passiert mehrere Kollegen haben geschrieben und mein Chef sagt wir ziehen das Konto ab wenn das diese Woche nicht gelöst ist",
    "en": "hello it's about case {case} nothing's changed several of us have written and my boss says we move the account if it isn't fixed this week",
    "fr": "bonjour c'est pour le dossier {case} rien n'a bougé plusieurs collègues ont écrit et mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "es": "hola es por la incidencia {case} sigue todo igual varios compañeros han escrito y mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana",
    "it": "buongiorno è per la pratica {case} è tutto uguale diversi colleghi hanno scritto e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
}

PRO_ACK: dict[str, str] = {
    "pt": "Olá {first},\n\nlamentamos. Abrimos o processo {case} para a vossa conta e damos notícias assim que possível.\n\n{sign}",
    "de": "Hallo {first},\n\ndas tut uns leid. Wir haben für Ihr Konto den Vorgang {case} angelegt und melden uns so bald wie möglich.\n\n{sign}",
    "en": "Hi {first},\n\nsorry about this. We've opened case {case} for your account and will be back to you as soon as we can.\n\n{sign}",
    "fr": "Bonjour {first},\n\ndésolés. Nous avons ouvert le dossier {case} pour votre compte et revenons vers vous au plus vite.\n\n{sign}",
    "es": "Hola {first},\n\nlo sentimos. Hemos abierto la incidencia {case} para vuestra cuenta y os decimos algo lo antes posible.\n\n{sign}",
    "it": "Ciao {first},\n\nci dispiace. Abbiamo aperto la pratica {case} per il vostro conto e vi aggiorniamo appena possibile.\n\n{sign}",
}

PRO_MILD: dict[str, list[str]] = {
    "pt": [
        "Sugestão: seria útil exportar os custos por código de local para a contabilidade.",
        "Dava jeito o relatório de serviço trazer a data do último esvaziamento do separador.",
    ],
    "de": [
        "Vorschlag: ein Export der Kosten nach Standortcode wäre für die Buchhaltung praktisch.",
        "Schön wäre, wenn der Servicebericht das Datum der letzten Abscheider-Leerung zeigt.",
    ],
    "en": [
        "Suggestion: an export of costs by site code would help our accounts team.",
        "Would be handy if the service report showed the date of the last trap emptying.",
    ],
    "fr": [
        "Suggestion : un export des coûts par code de site aiderait la compta.",
        "Ce serait pratique d'avoir la date de la dernière vidange sur le rapport.",
    ],
    "es": [
        "Sugerencia: exportar los costes por código de centro ayudaría a contabilidad.",
        "Estaría bien que el parte de servicio mostrara la fecha del último vaciado.",
    ],
    "it": [
        "Suggerimento: un export dei costi per codice sede aiuterebbe l'amministrazione.",
        "Sarebbe comodo avere sul rapporto la data dell'ultimo svuotamento.",
    ],
}

PRO_MILD_ACK: dict[str, str] = {
    "pt": "Olá {first},\n\nobrigado pela sugestão, passámos à equipa do portal.\n\n{sign}",
    "de": "Hallo {first},\n\ndanke für den Vorschlag, er ist beim Portal-Team.\n\n{sign}",
    "en": "Hi {first},\n\nthanks for the suggestion, it's with the portal team.\n\n{sign}",
    "fr": "Bonjour {first},\n\nmerci pour la suggestion, transmise à l'équipe du portail.\n\n{sign}",
    "es": "Hola {first},\n\ngracias por la sugerencia, la tiene el equipo del portal.\n\n{sign}",
    "it": "Ciao {first},\n\ngrazie del suggerimento, l'abbiamo girato al team del portale.\n\n{sign}",
}

WEEKDAYS: dict[str, list[str]] = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
