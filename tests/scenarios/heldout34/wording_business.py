"""Deskora Business wording for heldout34 (team plans for firms), written by hand.

``<<fem|masc>>`` agrees with the colleague named (``{colleague}``);
``{weekday}`` is the day the colleague wrote, ``{case}`` the case reference.
"""

# ruff: noqa: E501

COMPANY_PROBLEMS: list[str] = ["invoice", "badges_blocked", "portal", "overbilled"]
SITES: list[str] = ["agency", "startup", "law_firm", "consultancy", "ngo", "studio"]

COMPANIES: dict[str, list[tuple[str, str]]] = {
    "IT": [
        ("Studio Ferraris Associati", "law_firm"),
        ("Lumina Web Agency", "agency"),
        ("Cooperativa Ponte Verde", "ngo"),
        ("Brevetti Rinaldi Consulting", "consultancy"),
    ],
    "DE": [
        ("Kranich Digital GmbH", "agency"),
        ("Nordlicht Robotics GmbH", "startup"),
        ("Kanzlei Brandt & Seidel", "law_firm"),
        ("Atelier Holzweg", "studio"),
    ],
    "AT": [("Donauwerk Beratung GmbH", "consultancy"), ("Grünraum Verein", "ngo")],
    "CH": [("Alpenbyte AG", "startup")],
    "UK": [("Kestrel Lane Studio Ltd", "studio")],
    "ES": [("Mirador Consultores SL", "consultancy")],
    "FR": [("Atelier Boussole SARL", "studio")],
    "PT": [("Farol Digital Lda", "agency")],
}
TAX_ID: dict[str, str] = {
    "it": "partita IVA",
    "de": "USt-IdNr.",
    "en": "VAT number",
    "es": "CIF",
    "fr": "numéro de TVA",
    "pt": "NIF",
}
WEEKDAYS: dict[str, list[str]] = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
SUBJECT: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "Fattura senza partita IVA",
        "de": "Rechnung ohne USt-IdNr.",
        "en": "Invoice missing our VAT number",
        "es": "Factura sin CIF",
        "fr": "Facture sans numéro de TVA",
        "pt": "Fatura sem NIF",
    },
    "badges_blocked": {
        "it": "Accessi del team bloccati",
        "de": "Team-Zugänge gesperrt",
        "en": "Team access blocked",
        "es": "Accesos del equipo bloqueados",
        "fr": "Accès de l'équipe bloqués",
        "pt": "Acessos da equipa bloqueados",
    },
    "portal": {
        "it": "Area Business non salva la seconda sede",
        "de": "Business-Bereich speichert zweiten Standort nicht",
        "en": "Business area won't save our second site",
        "es": "El área Business no guarda la segunda sede",
        "fr": "L'espace Business n'enregistre pas le second site",
        "pt": "A área Business não guarda o segundo espaço",
    },
    "overbilled": {
        "it": "Postazioni disdette ancora fatturate",
        "de": "Gekündigte Plätze weiter berechnet",
        "en": "Cancelled seats still billed",
        "es": "Puestos cancelados aún facturados",
        "fr": "Postes résiliés encore facturés",
        "pt": "Postos cancelados ainda faturados",
    },
}
PROBLEM: dict[str, dict[str, list[str]]] = {
    "invoice": {
        "it": [
            "Buongiorno, la fattura di settembre di {company} è arrivata senza la nostra partita IVA e il commercialista si rifiuta di registrarla. Ci serve una fattura corretta entro fine mese, per favore.",
            "Salve, di nuovo una fattura intestata a {company} senza partita IVA. Senza quella per noi non è deducibile. Potete riemetterla?",
        ],
        "de": [
            "Guten Tag, die Septemberrechnung für {company} kam ohne unsere USt-IdNr., und unser Steuerbüro bucht sie so nicht. Wir brauchen bis Monatsende eine korrekte Rechnung.",
            "Hallo, schon wieder eine Rechnung an {company} ohne USt-IdNr. Ohne die können wir die Vorsteuer nicht ziehen. Bitte neu ausstellen.",
        ],
        "en": [
            "Hello, September's invoice for {company} came without our VAT number and our accountant won't post it. We need a corrected invoice by month end, please."
        ],
        "es": [
            "Hola, la factura de septiembre de {company} ha llegado sin nuestro CIF y la gestoría no la contabiliza. Necesitamos una rectificativa antes de fin de mes."
        ],
        "fr": [
            "Bonjour, la facture de septembre de {company} est arrivée sans notre numéro de TVA et notre comptable refuse de la passer. Il nous faut une facture corrigée avant la fin du mois."
        ],
        "pt": [
            "Bom dia, a fatura de setembro da {company} veio sem o nosso NIF e o contabilista não a lança. Precisamos de uma fatura corrigida até ao fim do mês."
        ],
    },
    "badges_blocked": {
        "it": [
            "Da stamattina tutti i QR del team {company} danno 'sospeso – insoluto', ma la fattura è pagata (bonifico del 1°). Siamo in sei fuori dalla porta.",
            "Il nostro account Business risulta 'sospeso per mancato pagamento' e nessuno di {company} riesce a entrare né a prenotare. Abbiamo pagato, vi mando la contabile.",
        ],
        "de": [
            "Seit heute früh zeigen alle QR-Codes von {company} 'gesperrt – unbezahlt', aber die Rechnung ist bezahlt (Überweisung am 1.). Wir stehen zu sechst vor der Tür.",
            "Unser Business-Konto steht auf 'gesperrt wegen Zahlungsrückstand', niemand von {company} kommt rein oder kann buchen. Wir haben bezahlt, Beleg anbei.",
        ],
        "en": [
            "Since this morning every QR on the {company} team says 'suspended – unpaid', but the invoice is paid (transfer on the 1st). Six of us outside the door."
        ],
        "es": [
            "Desde esta mañana todos los QR del equipo de {company} dicen 'suspendido – impagado', pero la factura está pagada (transferencia del día 1). Estamos seis en la puerta."
        ],
        "fr": [
            "Depuis ce matin tous les QR de l'équipe {company} affichent 'suspendu – impayé', alors que la facture est payée (virement du 1er). Nous sommes six devant la porte."
        ],
        "pt": [
            "Desde manhã todos os QR da equipa {company} dizem 'suspenso – não pago', mas a fatura está paga (transferência dia 1). Estamos seis à porta."
        ],
    },
    "portal": {
        "it": [
            "L'area Business non salva la nostra seconda sede (il team di Torino): ogni volta che la aggiungo sparisce, e tutte le prenotazioni di {company} finiscono su Milano.",
            "Terza volta che inserisco il centro di costo del secondo ufficio nell'area Business di {company}, e al salvataggio torna vuoto.",
        ],
        "de": [
            "Der Business-Bereich speichert unseren zweiten Standort (Team Leipzig) nicht: jedes Mal verschwindet er, und alle Buchungen von {company} landen auf Berlin.",
            "Zum dritten Mal trage ich die Kostenstelle des zweiten Büros im Business-Bereich von {company} ein, beim Speichern ist sie wieder leer.",
        ],
        "en": [
            "The Business area won't save our second site (the Leeds team): it disappears every time and all {company} bookings land on Manchester."
        ],
        "es": [
            "El área Business no guarda nuestra segunda sede (el equipo de Valencia): desaparece cada vez y todas las reservas de {company} van a Madrid."
        ],
        "fr": [
            "L'espace Business n'enregistre pas notre second site (l'équipe de Lille) : il disparaît à chaque fois et toutes les réservations de {company} partent sur Lyon."
        ],
        "pt": [
            "A área Business não guarda o nosso segundo espaço (a equipa do Porto): desaparece sempre e todas as reservas da {company} vão para Lisboa."
        ],
    },
    "overbilled": {
        "it": [
            "Abbiamo disdetto 4 postazioni a settembre (conferma scritta) e la fattura di ottobre di {company} le addebita ancora tutte. Chiediamo una nota di credito.",
            "Le 4 postazioni disdette da {company} a settembre sono di nuovo in fattura. Non le usiamo da un mese.",
        ],
        "de": [
            "Wir haben im September 4 Plätze gekündigt (schriftlich bestätigt), und die Oktoberrechnung von {company} berechnet sie alle weiter. Wir bitten um eine Gutschrift.",
            "Die 4 im September gekündigten Plätze von {company} stehen wieder auf der Rechnung. Wir nutzen sie seit einem Monat nicht.",
        ],
        "en": [
            "We cancelled 4 seats in September (confirmed in writing) and {company}'s October invoice still bills all of them. Please issue a credit note."
        ],
        "es": [
            "Cancelamos 4 puestos en septiembre (con confirmación) y la factura de octubre de {company} los sigue cobrando todos. Pedimos un abono."
        ],
        "fr": [
            "Nous avons résilié 4 postes en septembre (confirmé par écrit) et la facture d'octobre de {company} les facture toujours. Merci d'émettre un avoir."
        ],
        "pt": [
            "Cancelámos 4 postos em setembro (com confirmação) e a fatura de outubro da {company} continua a cobrá-los. Pedimos uma nota de crédito."
        ],
    },
}
#: A later complainer in the same account, naming the first one, the weekday and the case.
ALSO: dict[str, list[str]] = {
    "it": [
        "Scrivo anch'io per {company}: <<la mia collega|il mio collega>> {colleague} vi ha già scritto {weekday} (pratica {case}). Il problema è lo stesso e non è cambiato nulla:",
        "Buongiorno, seguo la pratica {case} aperta {weekday} da {colleague}. Da noi è ancora tutto fermo:",
    ],
    "de": [
        "Ich schreibe auch für {company}: <<meine Kollegin|mein Kollege>> {colleague} hat sich schon am {weekday} gemeldet (Fall {case}). Das Problem ist dasselbe, nichts hat sich getan:",
        "Guten Tag, ich hänge mich an Fall {case}, den {colleague} am {weekday} eröffnet hat. Bei uns steht weiter alles:",
    ],
    "en": [
        "Writing for {company} too: my colleague {colleague} already wrote on {weekday} (case {case}). Same problem, nothing has changed:"
    ],
    "es": [
        "Escribo también por {company}: <<mi compañera|mi compañero>> {colleague} ya os escribió el {weekday} (caso {case}). El problema es el mismo y no ha cambiado nada:"
    ],
    "fr": [
        "J'écris aussi pour {company} : <<ma collègue|mon collègue>> {colleague} vous a déjà écrit {weekday} (dossier {case}). Même problème, rien n'a bougé :"
    ],
    "pt": [
        "Escrevo também pela {company}: <<a minha colega|o meu colega>> {colleague} já escreveu na {weekday} (processo {case}). O problema é o mesmo e nada mudou:"
    ],
}
LAST: dict[str, list[str]] = {
    "it": [
        "Pratica {case}: ancora niente. Vi hanno scritto in tre da {company}. Abbiamo chiesto un preventivo a Spazeo per tutto il team.",
        "Ancora nessuna soluzione per la pratica {case}, nonostante le mail di più colleghi. Stiamo valutando Workabi, il preventivo è già arrivato.",
    ],
    "de": [
        "Fall {case}: immer noch nichts. Drei Leute von {company} haben geschrieben. Wir haben bei Workabi ein Angebot fürs ganze Team angefragt.",
        "Für Fall {case} gibt es trotz Mails mehrerer Kollegen keine Lösung. Wir prüfen Spazeo, das Angebot liegt schon vor.",
    ],
    "en": [
        "Case {case}: still nothing. Three of us at {company} have written. We've asked Spazeo for a quote for the whole team."
    ],
    "es": [
        "Caso {case}: nada. Os hemos escrito tres personas de {company}. Hemos pedido presupuesto a Workabi para todo el equipo."
    ],
    "fr": [
        "Dossier {case} : toujours rien. Trois personnes de {company} vous ont écrit. Nous avons demandé un devis à Spazeo pour toute l'équipe."
    ],
    "pt": [
        "Processo {case}: nada. Já vos escreveram três pessoas da {company}. Pedimos orçamento ao Workabi para a equipa toda."
    ],
}
LAST_PHONE: dict[str, str] = {
    "it": "pronto buongiorno chiamo da {company} per la pratica {case_heard} non è ancora risolta vi hanno scritto diversi colleghi stiamo guardando altri coworking",
    "de": "ja guten tag hier {company} wegen fall {case_heard} das ist immer noch nicht gelöst mehrere kollegen haben geschrieben wir schauen uns andere anbieter an",
    "en": "hello its {company} about case {case_heard} still not fixed several of us have written were looking at other providers",
    "es": "sí buenos días llamo de {company} por el caso {case_heard} sigue sin resolver han escrito varios compañeros estamos mirando otros coworkings",
    "fr": "oui bonjour c'est {company} pour le dossier {case_heard} toujours pas réglé plusieurs collègues ont écrit on regarde d'autres espaces",
    "pt": "bom dia ligo da {company} pelo processo {case_heard} ainda não está resolvido vários colegas escreveram estamos a ver outros espaços",
}
ACK: dict[str, str] = {
    "it": "Buongiorno {name}, abbiamo aperto la pratica {case} per {company} e la seguiamo con il team amministrazione. Vi aggiorniamo a breve.",
    "de": "Guten Tag {name}, wir haben für {company} den Fall {case} eröffnet und klären das mit der Buchhaltung. Wir melden uns in Kürze.",
    "en": "Hello {name}, we've opened case {case} for {company} and are working on it with our billing team. We'll update you shortly.",
    "es": "Hola {name}, hemos abierto el caso {case} para {company} y lo vemos con administración. Os informamos en breve.",
    "fr": "Bonjour {name}, nous avons ouvert le dossier {case} pour {company} et le traitons avec la facturation. Nous revenons vers vous rapidement.",
    "pt": "Olá {name}, abrimos o processo {case} para a {company} e estamos a tratar com a faturação. Damos notícias em breve.",
}
MILD: dict[str, list[str]] = {
    "it": [
        "Suggerimento: sarebbe comodo vedere in fattura il nome di chi ha prenotato ogni sala, per riaddebitarla ai progetti.",
        "Si potrebbe avere un export CSV delle prenotazioni per sede? Ora le copiamo a mano.",
    ],
    "de": [
        "Vorschlag: praktisch wäre, auf der Rechnung bei jedem Raum den Namen der buchenden Person zu sehen, für die Projektabrechnung.",
        "Gäbe es einen CSV-Export der Buchungen pro Standort? Im Moment tippen wir sie ab.",
    ],
    "en": [
        "Suggestion: it'd help to see who booked each room on the invoice, so we can recharge projects."
    ],
    "es": [
        "Sugerencia: vendría bien ver en la factura quién reservó cada sala, para repercutirla a los proyectos."
    ],
    "fr": [
        "Suggestion : ce serait pratique de voir sur la facture qui a réservé chaque salle, pour refacturer aux projets."
    ],
    "pt": [
        "Sugestão: dava jeito ver na fatura quem reservou cada sala, para imputar aos projetos."
    ],
}
MILD_ACK: dict[str, str] = {
    "it": "Grazie {name} per il suggerimento, l'abbiamo girato al team prodotto.",
    "de": "Danke {name} für den Vorschlag, wir haben ihn ans Produktteam weitergegeben.",
    "en": "Thanks {name} for the suggestion, we've passed it to the product team.",
    "es": "Gracias {name} por la sugerencia, la hemos pasado al equipo de producto.",
    "fr": "Merci {name} pour la suggestion, transmise à l'équipe produit.",
    "pt": "Obrigado {name} pela sugestão, passámos à equipa de produto.",
}
ROUTINE_QA: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Buongiorno, come aggiungo una nuova collega al piano Business? Inizia lunedì",
            "Buongiorno! Dall'area Business > Team > Aggiungi: riceve subito l'invito e il QR.",
        ),
        (
            "Si può prenotare la sala grande per un'intera giornata a nome dell'azienda?",
            "Sì, dall'area Business scegliendo 'giornata intera': va in fattura mensile.",
        ),
        (
            "La fattura mensile arriva anche via PEC?",
            "Sì, basta indicare l'indirizzo PEC in area Business > Fatturazione.",
        ),
    ],
    "de": [
        (
            "Guten Tag, wie füge ich eine neue Kollegin zum Business-Plan hinzu? Sie fängt Montag an",
            "Guten Tag! Im Business-Bereich > Team > Hinzufügen: sie bekommt sofort Einladung und QR-Code.",
        ),
        (
            "Kann man den großen Raum einen ganzen Tag auf die Firma buchen?",
            "Ja, im Business-Bereich mit 'ganzer Tag': läuft über die Monatsrechnung.",
        ),
        (
            "Kommt die Monatsrechnung auch als XRechnung?",
            "Ja, einfach unter Business > Abrechnung das Format XRechnung wählen.",
        ),
    ],
    "en": [
        (
            "Hi, how do I add a new starter to our Business plan? She starts Monday",
            "Hi! Business area > Team > Add: she gets the invite and QR straight away.",
        )
    ],
    "es": [
        (
            "Hola, ¿cómo añado a una compañera nueva al plan Business? Empieza el lunes",
            "¡Hola! En el área Business > Equipo > Añadir: le llega la invitación y el QR al momento.",
        )
    ],
    "fr": [
        (
            "Bonjour, comment j'ajoute une nouvelle collègue au plan Business ? Elle commence lundi",
            "Bonjour ! Espace Business > Équipe > Ajouter : elle reçoit l'invitation et son QR tout de suite.",
        )
    ],
    "pt": [
        (
            "Olá, como adiciono uma colega nova ao plano Business? Começa segunda",
            "Olá! Área Business > Equipa > Adicionar: recebe logo o convite e o QR.",
        )
    ],
}
B2B_PRAISE: dict[str, list[str]] = {
    "it": [
        "Offsite del team in sala grande al Deskora: tutto pronto, caffè compreso. Ottimo lavoro",
        "Da quando abbiamo il piano Business nessuno litiga più per le sale. Grazie Deskora",
    ],
    "de": [
        "Team-Workshop im großen Raum bei Deskora: alles vorbereitet, Kaffee inklusive. Klasse",
        "Seit wir den Business-Plan haben, streitet keiner mehr um Räume. Danke Deskora",
    ],
    "en": ["Team away day in the big room at Deskora: all set up, coffee included. Top job"],
    "es": ["Jornada de equipo en la sala grande de Deskora: todo preparado, café incluido. De 10"],
    "fr": ["Séminaire d'équipe en grande salle chez Deskora : tout prêt, café compris. Bravo"],
    "pt": ["Dia de equipa na sala grande do Deskora: tudo pronto, café incluído. Impecável"],
}
ADDONS: list[tuple[str, str, str]] = [
    ("Postazione extra 1 mese / Zusatzplatz 1 Monat", "189.00", "/business/postazioni"),
    ("Sala grande giornata / Großer Raum Tag", "240.00", "/business/sale"),
    ("Pacchetto ospiti 10 / Gästepaket 10", "60.00", "/business/ospiti"),
]
