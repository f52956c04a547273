# ruff: noqa: E501
"""Velarno Pro (the business arm, on account) words for heldout89.

Placeholders: {first}, {last}, {ref}, {topic}, {detail}, {firstc}, {when},
{comp}, {company}, {job_title}, {agent}.
"""

from __future__ import annotations

Table = dict[str, list[str]]

# (label, price in euros, page)
B2B_PRODUCTS: list[tuple[str, int, str]] = [
    (
        "Roller blinds, office floor (24) / Rollos Bürofläche (24)",
        4200,
        "/pro/catalogue/roller-blinds",
    ),
    (
        "Blackout blinds, hotel rooms (18) / Verdunkelung Hotelzimmer (18)",
        3900,
        "/pro/catalogue/blackout",
    ),
    (
        "Fire-rated screen blinds (10) / Screenrollos schwer entflammbar (10)",
        2600,
        "/pro/catalogue/screen",
    ),
    ("External venetians, façade (12) / Raffstores Fassade (12)", 9800, "/pro/catalogue/external"),
    ("Service visit, repairs / Servicetermin Reparatur", 280, "/pro/portal/service"),
    (
        "Insect screens, kitchen (6) / Insektenschutz Küche (6)",
        540,
        "/pro/catalogue/insect-screens",
    ),
    (
        "Vertical blinds, classroom (8) / Lamellen Klassenzimmer (8)",
        1900,
        "/pro/catalogue/vertical",
    ),
]

B2B_PAGES = [
    "/pro/portal/sites",
    "/pro/portal/invoices",
    "/pro/portal/service",
    "/pro/portal/documents",
    "/pro/catalogue",
    "/pro/framework-prices",
]

B2B_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Hallo, können wir Servicetermine für drei Standorte auf einmal anlegen?",
            "Ja, im Portal unter 'Service' mehrere Standorte markieren, dann entsteht ein Termin pro Standort.",
            "Danke!",
        ),
        (
            "Gibt es die Screenrollos auch mit B1-Zertifikat für Schulen?",
            "Ja, alle Screen-Stoffe der Pro-Linie sind B1, das Zertifikat liegt im Portal unter 'Dokumente'.",
            "Super, danke",
        ),
        (
            "Wie lange ist die Lieferzeit für 40 Verdunkelungsrollos?",
            "Rund 3 Wochen ab Freigabe, bei Teillieferung kommen die ersten 20 nach 10 Werktagen.",
            "Passt, danke",
        ),
    ],
    "pt": [
        (
            "Olá, conseguimos marcar assistência para três locais de uma vez?",
            "Sim, no portal em 'Assistência' selecione os vários locais, fica uma visita por local.",
            "Obrigado!",
        ),
        (
            "Os screens têm certificado de reação ao fogo para escolas?",
            "Têm, todos os tecidos screen da linha Pro são classe M1/B1 e o certificado está no portal em 'Documentos'.",
            "Ótimo, obrigada",
        ),
        (
            "Qual o prazo para 40 estores blackout?",
            "Cerca de 3 semanas após aprovação; com entrega parcial, os primeiros 20 em 10 dias úteis.",
            "Perfeito, obg",
        ),
    ],
    "en": [
        (
            "Hi, can we book service visits for three sites at once?",
            "Yes, tick the sites under Service in the portal and it makes one visit per site.",
            "Great, thanks",
        )
    ],
    "fr": [
        (
            "Bonjour, peut-on planifier l'entretien de trois sites d'un coup ?",
            "Oui, dans le portail rubrique Service, cochez les sites, une visite est créée par site.",
            "Merci !",
        )
    ],
    "it": [
        (
            "Salve, possiamo prenotare la manutenzione per tre sedi insieme?",
            "Sì, nel portale sotto 'Assistenza' selezioni le sedi, si crea una visita per sede.",
            "Grazie!",
        )
    ],
    "es": [
        (
            "Hola, ¿podemos pedir mantenimiento para tres centros a la vez?",
            "Sí, en el portal en 'Servicio' marque los centros y se crea una visita por centro.",
            "¡Gracias!",
        )
    ],
}

B2B_PRAISE: Table = {
    "de": [
        "Rollos für die ganze dritte Etage an einem Tag montiert, ohne dass der Betrieb gestört war. Danke an das Velarno Pro Team",
        "Servicetermin in den Zimmern lief reibungslos, die Monteure sehr diskret. Velarno Pro weiter so",
    ],
    "pt": [
        "Estores de um piso inteiro montados num dia sem parar o trabalho. Obrigado equipa Velarno Pro",
        "A assistência nos quartos correu na perfeição, técnicos muito discretos. Recomendo a Velarno Pro",
    ],
    "en": [
        "Whole second floor fitted in a day without disturbing the office. Cheers to the Velarno Pro team"
    ],
    "fr": [
        "Tout l'étage équipé en une journée sans gêner le travail. Merci à l'équipe Velarno Pro"
    ],
    "it": [
        "Tutto il piano montato in un giorno senza disturbare il lavoro. Grazie al team Velarno Pro"
    ],
    "es": [
        "Toda la planta montada en un día sin molestar al trabajo. Gracias al equipo de Velarno Pro"
    ],
}

B2B_SURVEY_WORD: Table = {
    "de": ["Zuverlässig", "Sehr gut", ""],
    "pt": ["Muito bom", "Fiáveis", ""],
    "en": ["Reliable", ""],
    "fr": ["Fiable", ""],
    "it": ["Affidabili", ""],
    "es": ["Fiables", ""],
}

COMPANY_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

C_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "de": "Rechnungen mit altem Firmennamen, ohne Bestellnummer",
        "pt": "Faturas com o nome antigo e sem número de encomenda",
        "en": "Invoices in our old company name, no PO number",
        "fr": "Factures à l'ancien nom, sans numéro de commande",
        "it": "Fatture con la vecchia ragione sociale e senza numero d'ordine",
        "es": "Facturas con el nombre antiguo y sin número de pedido",
    },
    "service_blocked": {
        "de": "Montage vor Ort verweigert: 'Konto gesperrt'",
        "pt": "Montagem recusada no local: 'conta bloqueada'",
        "en": "Fitters refused to start on site: 'account on hold'",
        "fr": "Pose refusée sur site : « compte bloqué »",
        "it": "Montaggio rifiutato in sede: 'conto bloccato'",
        "es": "Montaje rechazado en el centro: 'cuenta bloqueada'",
    },
    "portal": {
        "de": "Portal zeigt keine Standorte, keine Serviceanfrage möglich",
        "pt": "Portal não mostra os locais, impossível pedir assistência",
        "en": "Portal shows no sites, no service request possible",
        "fr": "Le portail n'affiche aucun site, impossible de demander une intervention",
        "it": "Il portale non mostra le sedi, impossibile chiedere assistenza",
        "es": "El portal no muestra los centros, imposible pedir servicio",
    },
    "overbilled": {
        "de": "Listenpreise statt Rahmenvertragspreise berechnet",
        "pt": "Preço de tabela em vez do preço do contrato-quadro",
        "en": "List prices charged instead of our framework prices",
        "fr": "Prix catalogue facturés au lieu des prix de l'accord-cadre",
        "it": "Prezzi di listino invece dei prezzi della convenzione",
        "es": "Precios de tarifa en vez de los del contrato marco",
    },
}

C_DETAIL: dict[str, dict[str, str]] = {
    "invoice": {
        "de": "Seit unserer Umfirmierung im Sommer kommen alle Rechnungen weiter auf den alten Namen und ohne unsere Bestellnummer, unsere Kreditorenbuchhaltung weist sie komplett zurück.",
        "pt": "Desde a mudança de nome da empresa no verão, todas as faturas continuam a vir com o nome antigo e sem número de encomenda, e a contabilidade devolve-as todas.",
        "en": "Since we changed our company name in the summer every invoice still comes in the old name and without our PO number, and accounts payable rejects the lot.",
        "fr": "Depuis notre changement de raison sociale cet été, toutes les factures arrivent à l'ancien nom et sans numéro de commande ; notre comptabilité les rejette toutes.",
        "it": "Dal cambio di ragione sociale in estate tutte le fatture arrivano col vecchio nome e senza numero d'ordine, e la contabilità le respinge tutte.",
        "es": "Desde el cambio de razón social en verano todas las facturas llegan con el nombre antiguo y sin número de pedido, y contabilidad las rechaza todas.",
    },
    "service_blocked": {
        "de": "Ihr Montageteam stand heute früh bei uns und hat nicht angefangen: laut Ihrer Disposition ist unser Konto 'gesperrt'. Alle Rechnungen sind bezahlt, die Zahlungsnachweise haben wir.",
        "pt": "A vossa equipa de montagem apareceu hoje de manhã e não começou: segundo o vosso planeamento a nossa conta está 'bloqueada'. Está tudo pago, temos os comprovativos.",
        "en": "Your fitting team turned up this morning and wouldn't start: your scheduling says our account is 'on hold'. Everything is paid, we have the remittances.",
        "fr": "Votre équipe de pose est venue ce matin et n'a pas commencé : selon votre planning notre compte est « bloqué ». Tout est payé, nous avons les justificatifs.",
        "it": "La vostra squadra è arrivata stamattina e non ha iniziato: secondo la vostra pianificazione il conto è 'bloccato'. È tutto pagato, abbiamo le contabili.",
        "es": "Su equipo de montaje vino esta mañana y no empezó: según su planificación nuestra cuenta está 'bloqueada'. Está todo pagado, tenemos los justificantes.",
    },
    "portal": {
        "de": "Im Pro-Portal werden seit Tagen keine Standorte mehr angezeigt, damit können wir keine Serviceanfrage anlegen, und die defekten Rollos in den Räumen bleiben kaputt.",
        "pt": "Há dias que o portal Pro não mostra nenhum local, por isso não conseguimos pedir assistência e os estores avariados continuam assim.",
        "en": "For days the Pro portal hasn't shown any of our sites, so we can't raise a service request and the broken blinds stay broken.",
        "fr": "Depuis des jours le portail Pro n'affiche plus aucun site, impossible de demander une intervention, et les stores cassés le restent.",
        "it": "Da giorni il portale Pro non mostra più nessuna sede, non possiamo chiedere assistenza e le tende rotte restano rotte.",
        "es": "Desde hace días el portal Pro no muestra ningún centro, no podemos pedir servicio y los estores rotos siguen rotos.",
    },
    "overbilled": {
        "de": "Die letzten Rechnungen sind zu Listenpreisen gestellt, nicht zu unseren Rahmenvertragspreisen. Über alle Standorte sind das mehr als 2.000 € zu viel.",
        "pt": "As últimas faturas vêm a preço de tabela e não ao preço do nosso contrato-quadro. Somando todos os locais são mais de 2.000 € a mais.",
        "en": "The latest invoices are at list price, not our framework prices. Across all sites that's well over £1,700 too much.",
        "fr": "Les dernières factures sont au prix catalogue et non aux prix de notre accord-cadre. Sur tous les sites, cela fait plus de 2 000 € de trop.",
        "it": "Le ultime fatture sono a prezzo di listino e non ai prezzi della convenzione. Su tutte le sedi sono oltre 2.000 € in più.",
        "es": "Las últimas facturas van a precio de tarifa y no a los del contrato marco. En todos los centros son más de 2.000 € de más.",
    },
}

C_FIRST: dict[str, str] = {
    "de": "Guten Tag,\n\n{detail}\n\nBitte klären Sie das umgehend, so können wir nicht weiterarbeiten.\n\nMit freundlichen Grüßen\n{first} {last}\n{job_title}, {company}",
    "pt": "Bom dia,\n\n{detail}\n\nPeço que resolvam isto com urgência, assim não conseguimos trabalhar.\n\nCumprimentos,\n{first} {last}\n{job_title}, {company}",
    "en": "Hello,\n\n{detail}\n\nPlease sort this out urgently, we can't work like this.\n\nRegards,\n{first} {last}\n{job_title}, {company}",
    "fr": "Bonjour,\n\n{detail}\n\nMerci de régler cela rapidement, nous ne pouvons pas travailler ainsi.\n\nCordialement,\n{first} {last}\n{job_title}, {company}",
    "it": "Buongiorno,\n\n{detail}\n\nVi prego di risolvere al più presto, così non possiamo lavorare.\n\nCordiali saluti,\n{first} {last}\n{job_title}, {company}",
    "es": "Buenos días:\n\n{detail}\n\nLes ruego que lo resuelvan cuanto antes, así no podemos trabajar.\n\nUn saludo,\n{first} {last}\n{job_title}, {company}",
}

# Later complainers of the same account: {firstc} {when} {ref} {topic}
C_LATER: Table = {
    "de": [
        "Guten Tag,\n\n{firstc} aus unserem Haus hat Ihnen {when} geschrieben, Vorgang {ref}. Bei mir genau dasselbe: {topic}. Bitte melden Sie sich heute noch.\n\n{first} {last}\n{job_title}, {company}",
        "Hallo,\n\nich schließe mich {firstc} an (Vorgang {ref}, {when}): {topic}. Das wird bei uns intern langsam unangenehm.\n\nGruß\n{first} {last}, {company}",
        "Sehr geehrte Damen und Herren,\n\nauch ich muss mich melden. {firstc} hat das Problem {when} gemeldet (Vorgang {ref}), passiert ist seitdem nichts: {topic}. Ich bitte um einen Rückruf.\n\n{first} {last}\n{job_title}, {company}",
    ],
    "pt": [
        "Bom dia,\n\n{firstc}, cá da casa, escreveu-vos {when}, processo {ref}. Comigo passa-se o mesmo: {topic}. Agradeço resposta ainda hoje.\n\n{first} {last}\n{job_title}, {company}",
        "Olá,\n\njunto-me ao pedido de {firstc} (processo {ref}, {when}): {topic}. Isto já está a criar problemas internamente.\n\nCumprimentos,\n{first} {last}, {company}",
        "Exmos. Senhores,\n\ntambém eu tenho de vos escrever. {firstc} reportou isto {when} (processo {ref}) e desde então nada: {topic}. Peço que me liguem.\n\n{first} {last}\n{job_title}, {company}",
    ],
    "en": [
        "Hello,\n\n{firstc} from our team wrote to you {when}, case {ref}. Same here: {topic}. Please get back to us today.\n\n{first} {last}\n{job_title}, {company}"
    ],
    "fr": [
        "Bonjour,\n\n{firstc} de notre équipe vous a écrit {when}, demande {ref}. Même chose de mon côté : {topic}. Merci de revenir vers nous aujourd'hui.\n\n{first} {last}\n{job_title}, {company}"
    ],
    "it": [
        "Buongiorno,\n\n{firstc} del nostro ufficio vi ha scritto {when}, segnalazione {ref}. Anche per me: {topic}. Attendo risposta oggi.\n\n{first} {last}\n{job_title}, {company}"
    ],
    "es": [
        "Buenos días:\n\n{firstc}, de nuestro equipo, les escribió {when}, incidencia {ref}. A mí me pasa lo mismo: {topic}. Espero respuesta hoy.\n\n{first} {last}\n{job_title}, {company}"
    ],
}

ON_DAY: dict[str, list[str]] = {
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "pt": [
        "na segunda-feira",
        "na terça-feira",
        "na quarta-feira",
        "na quinta-feira",
        "na sexta-feira",
        "no sábado",
        "no domingo",
    ],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
}

THIS_MORNING: dict[str, str] = {
    "de": "heute Morgen",
    "pt": "hoje de manhã",
    "en": "this morning",
    "fr": "ce matin",
    "it": "stamattina",
    "es": "esta mañana",
}

# The at-risk account's last complainer writes or calls again.
C_LAST_MAIL: dict[str, str] = {
    "de": "Vorgang {ref}: es ist NICHTS behoben, inzwischen haben mehrere Kollegen geschrieben. Unser Einkauf hat bereits bei {comp} nach Konditionen gefragt.\n\n{first} {last}, {company}",
    "pt": "Processo {ref}: NADA foi resolvido e entretanto vários colegas já escreveram. As nossas compras já pediram condições à {comp}.\n\n{first} {last}, {company}",
    "en": "Case {ref}: NOTHING is fixed, and several colleagues have written since. Procurement has already asked {comp} for their rates.\n\n{first} {last}, {company}",
    "fr": "Demande {ref} : RIEN n'est réglé et plusieurs collègues vous ont écrit depuis. Nos achats ont déjà demandé les conditions de {comp}.\n\n{first} {last}, {company}",
    "it": "Segnalazione {ref}: NIENTE è risolto e nel frattempo hanno scritto diversi colleghi. Gli acquisti hanno già chiesto le condizioni a {comp}.\n\n{first} {last}, {company}",
    "es": "Incidencia {ref}: NO se ha arreglado NADA y ya han escrito varios compañeros. Compras ya ha pedido condiciones a {comp}.\n\n{first} {last}, {company}",
}

C_LAST_PHONE: dict[str, str] = {
    "de": "ja guten Tag {last} von {company} wegen Vorgang {ref} es ist immer noch nichts passiert mehrere Kollegen haben schon geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter",
    "pt": "bom dia fala {first} {last} da {company} por causa do processo {ref} continua tudo na mesma vários colegas já escreveram o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "en": "hi it's {first} {last} from {company} about case {ref} still nothing's happened several of us have written my boss says if it isn't fixed this week we move the account",
    "fr": "bonjour {first} {last} de {company} pour la demande {ref} toujours rien plusieurs collègues vous ont écrit mon chef dit que si ce n'est pas réglé cette semaine on change de fournisseur",
    "it": "buongiorno sono {first} {last} di {company} per la segnalazione {ref} ancora niente hanno scritto in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "es": "buenos días soy {first} {last} de {company} por la incidencia {ref} sigue todo igual han escrito varios compañeros mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
}

C_ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Vorgang {ref}",
        "vielen Dank, wir haben den Vorgang {ref} für Ihr Konto angelegt ({topic}) und melden uns so schnell wie möglich.",
    ),
    "pt": (
        "O seu processo {ref}",
        "obrigado, abrimos o processo {ref} para a vossa conta ({topic}) e respondemos o mais rapidamente possível.",
    ),
    "en": (
        "Your case {ref}",
        "thank you, we've opened case {ref} for your account ({topic}) and will come back to you as quickly as we can.",
    ),
    "fr": (
        "Votre demande {ref}",
        "merci, nous avons ouvert la demande {ref} pour votre compte ({topic}) et revenons vers vous au plus vite.",
    ),
    "it": (
        "La sua segnalazione {ref}",
        "grazie, abbiamo aperto la segnalazione {ref} per il vostro conto ({topic}) e vi rispondiamo al più presto.",
    ),
    "es": (
        "Su incidencia {ref}",
        "gracias, hemos abierto la incidencia {ref} para su cuenta ({topic}) y les respondemos lo antes posible.",
    ),
}

C_LOW_WORD: Table = {
    "de": ["Enttäuschend", ""],
    "pt": ["Mau serviço", ""],
    "en": ["Poor", ""],
    "fr": ["Décevant", ""],
    "it": ["Deludente", ""],
    "es": ["Decepcionante", ""],
}

# Mild suggestions (web form) and the acknowledgement
MILD_SUGGEST: Table = {
    "de": [
        "Vorschlag: Könnten die Rechnungen im Portal nach Standortcode exportiert werden? Das würde uns in der Buchhaltung viel Zeit sparen.",
        "Kleine Anregung: bitte das Brandschutzzertifikat des Stoffs gleich mit auf den Lieferschein drucken, dann müssen wir es nicht jedes Mal suchen.",
    ],
    "pt": [
        "Sugestão: seria possível exportar as faturas no portal por código de local? Poupava-nos muito tempo na contabilidade.",
        "Pequena sugestão: imprimam o certificado de reação ao fogo do tecido na guia de remessa, assim não temos de o procurar sempre.",
    ],
    "en": [
        "Suggestion: could the portal export invoices by site code? Would save our accounts team a lot of time.",
        "Small idea: print the fabric's fire certificate on the delivery note so we don't have to dig it out every time.",
    ],
    "fr": [
        "Suggestion : pourriez-vous permettre l'export des factures par code site dans le portail ?"
    ],
    "it": [
        "Suggerimento: si potrebbero esportare le fatture dal portale per codice sede? Ci farebbe risparmiare tempo.",
        "Piccola idea: stampate il certificato antincendio del tessuto sulla bolla di consegna.",
    ],
    "es": ["Sugerencia: ¿se podrían exportar las facturas del portal por código de centro?"],
}

MILD_ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Vorschlag",
        "danke für den Vorschlag, wir haben ihn an unser Produktteam weitergegeben.",
    ),
    "pt": ("A sua sugestão", "obrigado pela sugestão, já a passámos à equipa de produto."),
    "en": ("Your suggestion", "thanks for the suggestion, we've passed it on to our product team."),
    "fr": (
        "Votre suggestion",
        "merci pour la suggestion, nous l'avons transmise à l'équipe produit.",
    ),
    "it": ("Il suo suggerimento", "grazie del suggerimento, l'abbiamo girato al team di prodotto."),
    "es": ("Su sugerencia", "gracias por la sugerencia, la hemos pasado al equipo de producto."),
}
