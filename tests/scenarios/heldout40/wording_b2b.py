# ruff: noqa: E501
"""Hand-written wording of heldout40's company contacts (Volantia Business).

Volantia Business sells driver-safety courses and licence upgrades (vans, trucks) for
firms' staff, booked in a company portal and invoiced monthly. Placeholders: {name},
{first} (the first complainer), {day}, {ref}, {agent}, {comp}, {company}, {role}, {p},
{P}, {sp}, {sref}.
"""

from __future__ import annotations

PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "invoice": {
        "it": (
            "fattura intestata alla vecchia sede",
            "la fattura di settembre è intestata alla nostra vecchia sede legale e manca il numero d'ordine, la contabilità fornitori la rifiuta e non possiamo pagarla",
        ),
        "de": (
            "Rechnung an alte Adresse ohne Bestellnummer",
            "die Septemberrechnung ist an unseren alten Firmensitz adressiert und ohne Bestellnummer, unsere Kreditorenbuchhaltung weist sie zurück und wir können nicht zahlen",
        ),
        "en": (
            "invoice to our old office, no PO number",
            "September's invoice is addressed to our old registered office and has no PO number, so accounts payable have rejected it and we can't pay it",
        ),
        "es": (
            "factura a la antigua sede sin número de pedido",
            "la factura de septiembre va a nuestra antigua sede y sin número de pedido, cuentas a pagar la rechaza y no la podemos pagar",
        ),
        "fr": (
            "facture à l'ancien siège sans bon de commande",
            "la facture de septembre est adressée à notre ancien siège et sans numéro de bon de commande, la comptabilité fournisseurs la rejette et on ne peut pas la payer",
        ),
        "pt": (
            "fatura para a sede antiga sem nota de encomenda",
            "a fatura de setembro vem em nome da nossa sede antiga e sem número de encomenda, a contabilidade rejeita-a e não a conseguimos pagar",
        ),
    },
    "service_blocked": {
        "it": (
            "autisti bloccati sull'e-learning",
            "i nostri autisti non riescono ad accedere alla parte online del corso, esce LICENZE ESAURITE anche se abbiamo comprato 20 posti e ne usiamo 9",
        ),
        "de": (
            "Fahrer im E-Learning gesperrt",
            "unsere Pflegekräfte kommen nicht in den Online-Teil des Trainings, es heißt KONTINGENT AUSGESCHÖPFT, obwohl wir 20 Plätze gekauft haben und 9 nutzen",
        ),
        "en": (
            "drivers locked out of the e-learning",
            "our drivers can't get into the online part of the course, it says LICENCE POOL EXHAUSTED though we bought 20 seats and use 9",
        ),
        "es": (
            "conductores bloqueados en el e-learning",
            "nuestros conductores no pueden entrar en la parte online del curso, sale LICENCIAS AGOTADAS aunque compramos 20 plazas y usamos 9",
        ),
        "fr": (
            "chauffeurs bloqués sur l'e-learning",
            "nos chauffeurs n'arrivent pas à accéder à la partie en ligne du stage, il est écrit LICENCES ÉPUISÉES alors que nous avons acheté 20 places et en utilisons 9",
        ),
        "pt": (
            "motoristas bloqueados no e-learning",
            "os nossos motoristas não conseguem entrar na parte online do curso, aparece LICENÇAS ESGOTADAS apesar de termos comprado 20 lugares e usarmos 9",
        ),
    },
    "portal": {
        "it": (
            "attestati vuoti dal portale",
            "gli attestati del corso di guida sicura scaricati dal portale sono PDF bianchi, e l'assicurazione li vuole entro venerdì",
        ),
        "de": (
            "leere Bescheinigungen im Portal",
            "die Teilnahmebescheinigungen aus dem Portal sind leere PDFs, und die Versicherung will sie bis Freitag haben",
        ),
        "en": (
            "blank certificates from the portal",
            "the course certificates we download from the portal are blank PDFs, and our insurer wants them by Friday",
        ),
        "es": (
            "certificados en blanco en el portal",
            "los certificados del curso que descargamos del portal son PDF en blanco, y la aseguradora los pide para el viernes",
        ),
        "fr": (
            "attestations vides sur le portail",
            "les attestations du stage téléchargées sur le portail sont des PDF vides, et l'assureur les veut pour vendredi",
        ),
        "pt": (
            "certificados em branco no portal",
            "os certificados do curso que descarregamos do portal são PDF em branco, e a seguradora quer-os até sexta",
        ),
    },
    "overbilled": {
        "it": (
            "prezzo di listino invece della convenzione",
            "ci avete fatturato i posti del corso di guida difensiva a prezzo di listino, 190 euro, invece dei 150 della nostra convenzione",
        ),
        "de": (
            "Listenpreis statt Rahmenvertrag",
            "ihr habt uns die Plätze im Fahrsicherheitstraining zum Listenpreis von 190 Euro berechnet statt zu den 150 aus unserem Rahmenvertrag",
        ),
        "en": (
            "list price instead of our agreed rate",
            "you've billed the defensive driving seats at list price, 190 euros, instead of the 150 in our framework agreement",
        ),
        "es": (
            "precio de tarifa en vez del convenio",
            "nos habéis facturado las plazas del curso de conducción defensiva a precio de tarifa, 190 euros, en vez de los 150 del convenio",
        ),
        "fr": (
            "prix catalogue au lieu du contrat-cadre",
            "vous nous avez facturé les places du stage de conduite défensive au prix catalogue, 190 euros, au lieu des 150 de notre contrat-cadre",
        ),
        "pt": (
            "preço de tabela em vez do protocolo",
            "faturaram-nos os lugares do curso de condução defensiva a preço de tabela, 190 euros, em vez dos 150 do nosso protocolo",
        ),
    },
}

FIRST: dict[str, str] = {
    "it": "Buongiorno,\n{P}.\nVi chiedo di sistemare con urgenza e di farci sapere.\n\n{name}\n{role} – {company}",
    "de": "Guten Tag,\n{P}.\nBitte klären Sie das dringend und geben Sie uns Bescheid.\n\n{name}\n{role} – {company}",
    "en": "Hello,\n{P}.\nPlease sort this out urgently and let us know.\n\n{name}\n{role} – {company}",
    "es": "Buenos días,\n{P}.\nOs pido que lo solucionéis con urgencia y nos digáis algo.\n\n{name}\n{role} – {company}",
    "fr": "Bonjour,\n{P}.\nMerci de régler cela en urgence et de nous tenir informés.\n\n{name}\n{role} – {company}",
    "pt": "Bom dia,\n{P}.\nPeço que resolvam com urgência e nos digam algo.\n\n{name}\n{role} – {company}",
}

LATER: dict[str, str] = {
    "it": "Buongiorno,\nscrivo anche io per la pratica {ref}, aperta {day} da {first} del nostro ufficio: {p}. Da noi è ancora tutto fermo.\n\n{name}\n{role} – {company}",
    "de": "Guten Tag,\nich schreibe ebenfalls zum Vorgang {ref}, den {first} aus unserem Büro {day} gemeldet hat: {p}. Bei uns steht immer noch alles.\n\n{name}\n{role} – {company}",
    "en": "Hello,\nI'm writing about case {ref} too, which my colleague {first} raised {day}: {p}. Nothing has moved on our side.\n\n{name}\n{role} – {company}",
    "es": "Buenos días,\nescribo yo también por el expediente {ref}, que abrió {first}, de nuestra oficina, {day}: {p}. Seguimos igual.\n\n{name}\n{role} – {company}",
    "fr": "Bonjour,\nj'écris moi aussi pour le dossier {ref}, ouvert {day} par {first}, de notre bureau : {p}. Rien n'a bougé chez nous.\n\n{name}\n{role} – {company}",
    "pt": "Bom dia,\nescrevo também sobre o processo {ref}, aberto {day} por {first}, do nosso escritório: {p}. Continua tudo parado.\n\n{name}\n{role} – {company}",
}

# The weekday of the first complaint, as a colleague says it; "today" when the same day.
DAY_WORDS: dict[str, tuple[str, str]] = {
    "it": ("mercoledì", "stamattina"),
    "de": ("am Mittwoch", "heute Morgen"),
    "en": ("on Wednesday", "this morning"),
    "es": ("el miércoles", "esta mañana"),
    "fr": ("mercredi", "ce matin"),
    "pt": ("na quarta-feira", "esta manhã"),
}

LAST: dict[str, str] = {
    "it": "Pratica {ref}: ancora niente di sistemato. Vi hanno scritto già diversi colleghi, {p}. Nel frattempo abbiamo chiesto un preventivo a {comp}.\n\n{name}\n{role} – {company}",
    "de": "Vorgang {ref}: immer noch nichts behoben. Mehrere Kollegen haben Ihnen bereits geschrieben, {p}. Wir haben inzwischen ein Angebot bei {comp} angefragt.\n\n{name}\n{role} – {company}",
    "en": "Case {ref}: still nothing fixed. Several colleagues have written to you already, {p}. In the meantime we've asked {comp} for a quote.\n\n{name}\n{role} – {company}",
    "es": "Expediente {ref}: sigue sin resolverse. Ya os han escrito varios compañeros, {p}. Mientras tanto hemos pedido presupuesto a {comp}.\n\n{name}\n{role} – {company}",
    "fr": "Dossier {ref} : toujours rien de réglé. Plusieurs collègues vous ont déjà écrit, {p}. Entre-temps nous avons demandé un devis à {comp}.\n\n{name}\n{role} – {company}",
    "pt": "Processo {ref}: continua sem resolução. Vários colegas já vos escreveram, {p}. Entretanto pedimos um orçamento à {comp}.\n\n{name}\n{role} – {company}",
}

LAST_PHONE: dict[str, str] = {
    "it": "pronto buongiorno sono {name} di {company} chiamo per la pratica {sref} non è cambiato niente {sp} vi hanno già scritto in tanti noi stiamo guardando altri fornitori",
    "de": "ja guten Tag {name} von {company} es geht um den Vorgang {sref} da hat sich nichts getan {sp} es haben schon mehrere Kollegen geschrieben wir schauen uns jetzt nach anderen Anbietern um",
    "en": "hi there it's {name} from {company} calling about case {sref} nothing's changed {sp} loads of us have written in we're looking at other providers now",
    "es": "sí hola buenos días soy {name} de {company} llamo por el expediente {sref} no ha cambiado nada {sp} ya os han escrito varios estamos mirando otros proveedores",
    "fr": "oui bonjour {name} de {company} j'appelle pour le dossier {sref} rien n'a changé {sp} plusieurs collègues vous ont écrit on regarde d'autres prestataires",
    "pt": "sim bom dia fala {name} da {company} ligo pelo processo {sref} não mudou nada {sp} já vos escreveram vários estamos a ver outros fornecedores",
}

ACK: dict[str, str] = {
    "it": "Buongiorno {name}, abbiamo registrato la segnalazione con riferimento {ref} e la stiamo verificando con il team competente. Vi aggiorniamo entro domani.\n{agent}, Volantia Business",
    "de": "Guten Tag {name}, wir haben Ihre Meldung unter dem Vorgang {ref} erfasst und prüfen sie mit dem zuständigen Team. Sie hören bis morgen von uns.\n{agent}, Volantia Business",
    "en": "Hello {name}, we've logged this as case {ref} and are checking it with the team concerned. We'll update you by tomorrow.\n{agent}, Volantia Business",
    "es": "Buenos días {name}, hemos registrado la incidencia con el expediente {ref} y la estamos revisando con el equipo correspondiente. Os decimos algo mañana.\n{agent}, Volantia Business",
    "fr": "Bonjour {name}, nous avons enregistré votre signalement sous le dossier {ref} et le vérifions avec l'équipe concernée. Retour d'ici demain.\n{agent}, Volantia Business",
    "pt": "Bom dia {name}, registámos a ocorrência com o processo {ref} e estamos a verificar com a equipa responsável. Damos notícias até amanhã.\n{agent}, Volantia Business",
}

SUGGEST: dict[str, list[str]] = {
    "it": [
        "Sarebbe utile se il promemoria del corso arrivasse anche per SMS al telefono personale degli autisti, molti non leggono la mail aziendale.",
        "Si potrebbe aggiungere il numero di patente dell'autista sull'attestato? L'assicurazione ce lo chiede ogni volta.",
    ],
    "de": [
        "Wäre hilfreich, wenn die Kurserinnerung auch per SMS aufs private Handy der Fahrer käme, viele lesen die Firmenmail nicht.",
        "Könnte man die Führerscheinnummer des Fahrers mit auf die Bescheinigung drucken? Die Versicherung fragt jedes Mal danach.",
    ],
    "en": [
        "It would help if course reminders also went by text to drivers' own phones, many never read their work e-mail.",
        "Could the certificate show the driver's licence number? Our insurer asks for it every time.",
    ],
    "es": [
        "Nos ayudaría que el recordatorio del curso llegara también por SMS al móvil personal de los conductores, muchos no leen el correo de empresa.",
        "¿Se podría poner el número de permiso del conductor en el certificado? La aseguradora nos lo pide siempre.",
    ],
    "fr": [
        "Ce serait utile que le rappel du stage arrive aussi par SMS sur le portable perso des chauffeurs, beaucoup ne lisent pas leur mail pro.",
        "Pourrait-on ajouter le numéro de permis du chauffeur sur l'attestation ? L'assureur le demande à chaque fois.",
    ],
    "pt": [
        "Dava jeito que o lembrete do curso chegasse também por SMS ao telemóvel pessoal dos motoristas, muitos não leem o e-mail da empresa.",
        "Seria possível pôr o número da carta do motorista no certificado? A seguradora pede sempre.",
    ],
}

SUGGEST_ACK: dict[str, str] = {
    "it": "Grazie {name} per il suggerimento, l'abbiamo girato al team del portale Volantia Business.",
    "de": "Danke {name} für den Vorschlag, wir haben ihn an das Team des Volantia-Business-Portals weitergegeben.",
    "en": "Thanks {name} for the suggestion, we've passed it to the Volantia Business portal team.",
    "es": "Gracias {name} por la sugerencia, la hemos pasado al equipo del portal de Volantia Business.",
    "fr": "Merci {name} pour la suggestion, nous l'avons transmise à l'équipe du portail Volantia Business.",
    "pt": "Obrigado {name} pela sugestão, passámos à equipa do portal Volantia Business.",
}

ROUTINE_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Buongiorno, come aggiungo un nuovo autista al corso di novembre?",
            "Dal portale: Dipendenti > Aggiungi, poi lo assegna al corso dal calendario.",
        ),
        (
            "Il corso di guida sicura rilascia un attestato?",
            "Sì, un attestato nominativo che si scarica dal portale il giorno dopo il corso.",
        ),
    ],
    "de": [
        (
            "Guten Tag, wie melde ich einen neuen Fahrer für den Novemberkurs an?",
            "Im Portal unter Mitarbeiter > Hinzufügen, dann im Kalender dem Kurs zuordnen.",
        ),
        (
            "Gibt es für das Sicherheitstraining eine Teilnahmebescheinigung?",
            "Ja, eine persönliche Bescheinigung, die am Tag nach dem Kurs im Portal bereitsteht.",
        ),
    ],
    "en": [
        (
            "Hi, how do I add a new driver to November's course?",
            "In the portal: Staff > Add, then assign them to the course from the calendar.",
        )
    ],
    "es": [
        (
            "Hola, ¿cómo añado un conductor nuevo al curso de noviembre?",
            "Desde el portal: Empleados > Añadir, y luego lo asignas al curso en el calendario.",
        )
    ],
    "fr": [
        (
            "Bonjour, comment ajouter un nouveau chauffeur au stage de novembre ?",
            "Dans le portail : Salariés > Ajouter, puis l'affecter au stage depuis le calendrier.",
        )
    ],
    "pt": [
        (
            "Olá, como acrescento um motorista novo ao curso de novembro?",
            "No portal: Funcionários > Adicionar, e depois atribui ao curso no calendário.",
        )
    ],
}

PRAISE: dict[str, list[str]] = {
    "it": [
        "Corso di guida sicura per i nostri 8 autisti fatto con Volantia Business: feedback ottimi, soprattutto la parte sulla frenata d'emergenza.",
        "Terzo anno che mandiamo i nuovi assunti al corso furgoni di Volantia e terzo anno senza un graffio ai mezzi 👍",
    ],
    "de": [
        "Fahrsicherheitstraining mit Volantia Business für unser Außendienstteam: die Kollegen waren begeistert, vor allem vom Bremstraining auf nasser Fahrbahn.",
        "Zum dritten Mal den LKW-Führerschein für Mitarbeiter über Volantia gemacht, zum dritten Mal alles reibungslos",
    ],
    "en": [
        "Sent our van drivers on Volantia Business's safety day, great feedback from the whole team."
    ],
    "es": [
        "Curso de conducción segura con Volantia Business para nuestros repartidores, muy buen feedback del equipo."
    ],
    "fr": [
        "Stage de conduite préventive avec Volantia Business pour nos livreurs, excellents retours de l'équipe."
    ],
    "pt": [
        "Curso de condução defensiva com a Volantia Business para os nossos estafetas, ótimo feedback da equipa."
    ],
}

PRODUCTS: list[tuple[str, float, str]] = [
    (
        "Defensive driving course seat / Posto corso guida difensiva",
        190.0,
        "/business/courses/defensive",
    ),
    ("C licence upgrade / Patente C", 1850.0, "/business/licences/c"),
    ("Van safety day / Giornata sicurezza furgoni", 240.0, "/business/courses/van-day"),
    ("Eco-driving workshop / Corso guida ecologica", 150.0, "/business/courses/eco"),
]

PAGES = [
    "/business/portal/staff",
    "/business/portal/invoices",
    "/business/portal/calendar",
    "/business/courses",
    "/business/portal/certificates",
]
