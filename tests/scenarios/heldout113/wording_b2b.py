# ruff: noqa: E501
"""Words of heldout113's business arm, Trinciva Business.

Firms rent locked paper consoles emptied on a contract schedule, order one-off
archive purges, and download certificates of destruction per collection from a
portal; they are invoiced per site on account.
"""

from __future__ import annotations

B2B_PRODUCTS: list[tuple[str, float]] = [
    ("Archive purge, 40 boxes / Svuotamento archivio, 40 scatole", 310.0),
    ("Extra console emptying / Svuotamento extra contenitore", 48.0),
    ("Drive destruction, 25 drives / Distruzione dischi, 25 pezzi", 190.0),
    ("Extra locked console, monthly / Contenitore extra, mensile", 22.0),
]
B2B_PAGES = [
    "/business/portal",
    "/business/certificates",
    "/business/invoices",
    "/business/schedule",
]

COMPANY_WORDS: dict[str, list[str]] = {
    "law": ["Studio Legale", "Solicitors", "Kanzlei", "Cabinet", "Bufete", "Advogados"],
    "clinic": ["Poliambulatorio", "Clinic", "Praxis", "Cabinet médical", "Clínica", "Clínica"],
    "accounting": [
        "Studio Commercialisti",
        "Accountants",
        "Steuerbüro",
        "Fiduciaire",
        "Asesoría",
        "Contabilidade",
    ],
}

PROBLEMS_B2B = ("invoice", "service_blocked", "portal", "overbilled")

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "Buongiorno, anche questo mese le fatture Trinciva arrivano intestate alla vecchia ragione sociale e senza numero d'ordine. L'amministrazione non può pagarle così e ci ritroviamo i solleciti.",
        "en": "Hello, once again this month's Trinciva invoices carry our old company name and no PO number. Accounts can't pay them like that and we then get reminders.",
        "de": "Guten Tag, auch diesen Monat tragen die Trinciva-Rechnungen den alten Firmennamen und keine Bestellnummer. So kann die Buchhaltung nicht zahlen.",
        "fr": "Bonjour, ce mois-ci encore les factures Trinciva portent notre ancienne raison sociale et aucun numéro de commande. La comptabilité ne peut pas les régler.",
        "es": "Buenos días, otra vez este mes las facturas de Trinciva llevan la razón social antigua y sin número de pedido. Administración no puede pagarlas así.",
        "pt": "Bom dia, outra vez este mês as faturas da Trinciva vêm com o nome antigo da empresa e sem número de encomenda. A contabilidade não as pode pagar.",
    },
    "service_blocked": {
        "it": "Il vostro autista stamattina si è rifiutato di svuotare i contenitori: 'account bloccato per insolvenza'. Abbiamo pagato tutto, ho le ricevute. Ora ho documenti riservati che traboccano in ufficio.",
        "en": "Your driver refused to empty our consoles this morning, 'account on stop'. We are fully paid up, I have the remittances. Now confidential papers are piling up in the office.",
        "de": "Ihr Fahrer hat heute die Behälter nicht geleert, 'Konto gesperrt'. Wir haben alles bezahlt. Jetzt stapeln sich vertrauliche Unterlagen im Büro.",
        "fr": "Votre chauffeur a refusé de vider nos conteneurs ce matin, 'compte bloqué'. Tout est payé. Des documents confidentiels s'entassent au bureau.",
        "es": "Vuestro conductor se negó esta mañana a vaciar los contenedores, 'cuenta bloqueada'. Está todo pagado. Ahora tenemos papeles confidenciales acumulados.",
        "pt": "O vosso motorista recusou esvaziar os contentores esta manhã, 'conta bloqueada'. Está tudo pago. Temos papéis confidenciais a acumular no escritório.",
    },
    "portal": {
        "it": "Dal portale non si scaricano più i certificati di distruzione: ultimi tre ritiri 'documento non disponibile'. Ci servono per l'audit GDPR di fine mese.",
        "en": "The portal won't let us download certificates of destruction any more: last three collections say 'document not available'. We need them for the data-protection audit at month end.",
        "de": "Im Portal lassen sich keine Vernichtungszertifikate mehr herunterladen, die letzten drei Abholungen: 'Dokument nicht verfügbar'. Wir brauchen sie für das Datenschutz-Audit.",
        "fr": "Le portail ne permet plus de télécharger les certificats de destruction, 'document indisponible' pour les trois dernières collectes. Nous en avons besoin pour l'audit RGPD.",
        "es": "El portal ya no deja descargar los certificados de destrucción, 'documento no disponible' en las tres últimas recogidas. Los necesitamos para la auditoría de protección de datos.",
        "pt": "O portal já não deixa descarregar os certificados de destruição, 'documento indisponível' nas três últimas recolhas. Precisamos deles para a auditoria RGPD.",
    },
    "overbilled": {
        "it": "Il contratto prevede lo svuotamento quindicinale e ci fatturate quello settimanale da due mesi. Sono più di 400 € di differenza.",
        "en": "Our contract is fortnightly emptying and you've billed weekly for two months. That's over £350 difference.",
        "de": "Unser Vertrag sieht 14-tägige Leerung vor und Sie berechnen seit zwei Monaten wöchentlich. Über 400 € Unterschied.",
        "fr": "Notre contrat prévoit un vidage tous les quinze jours et vous facturez chaque semaine depuis deux mois. Plus de 400 € d'écart.",
        "es": "El contrato es vaciado quincenal y nos facturáis semanal desde hace dos meses. Más de 400 € de diferencia.",
        "pt": "O contrato é de recolha quinzenal e faturam semanal há dois meses. Mais de 400 € de diferença.",
    },
}
B2B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "fatture con la vecchia ragione sociale",
        "en": "invoices with our old name and no PO",
        "de": "Rechnungen mit altem Firmennamen",
        "fr": "factures à l'ancienne raison sociale",
        "es": "facturas con la razón social antigua",
        "pt": "faturas com o nome antigo",
    },
    "service_blocked": {
        "it": "contenitori non svuotati, account bloccato",
        "en": "consoles not emptied, account on stop",
        "de": "Behälter nicht geleert, Konto gesperrt",
        "fr": "conteneurs non vidés, compte bloqué",
        "es": "contenedores sin vaciar, cuenta bloqueada",
        "pt": "contentores por esvaziar, conta bloqueada",
    },
    "portal": {
        "it": "certificati non scaricabili dal portale",
        "en": "certificates not downloadable from the portal",
        "de": "Zertifikate nicht im Portal",
        "fr": "certificats introuvables sur le portail",
        "es": "certificados sin descargar del portal",
        "pt": "certificados indisponíveis no portal",
    },
    "overbilled": {
        "it": "svuotamento settimanale fatturato al posto del quindicinale",
        "en": "weekly emptying billed instead of fortnightly",
        "de": "wöchentliche statt 14-tägige Leerung berechnet",
        "fr": "vidage hebdomadaire facturé au lieu de bimensuel",
        "es": "vaciado semanal facturado en vez de quincenal",
        "pt": "recolha semanal faturada em vez de quinzenal",
    },
}
B2B_SUBJECT = {
    "it": "Reclamo account {account}: {topic}",
    "en": "Account {account} complaint: {topic}",
    "de": "Beschwerde Konto {account}: {topic}",
    "fr": "Réclamation compte {account} : {topic}",
    "es": "Reclamación cuenta {account}: {topic}",
    "pt": "Reclamação conta {account}: {topic}",
}
B2B_FOLLOW: dict[str, str] = {
    "it": "Scrivo anch'io per la pratica {case}, già segnalata da {first_name} {when}: {topic}. Qui in ufficio è un problema per tutti.",
    "en": "I'm writing too about case {case}, already raised by {first_name} {when}: {topic}. It's a problem for all of us here.",
    "de": "Ich melde mich auch wegen Vorgang {case}, den {first_name} {when} schon gemeldet hat: {topic}. Das betrifft uns alle.",
    "fr": "Je vous écris aussi pour le dossier {case}, déjà signalé par {first_name} {when} : {topic}. C'est un problème pour tout le bureau.",
    "es": "Escribo yo también por la incidencia {case}, que ya abrió {first_name} {when}: {topic}. Nos afecta a todos.",
    "pt": "Escrevo também sobre o processo {case}, já reportado pela/o {first_name} {when}: {topic}. Afeta-nos a todos.",
}
WEEKDAY: dict[str, list[str]] = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ],
}
THIS_MORNING = {
    "it": "stamattina",
    "en": "this morning",
    "de": "heute Morgen",
    "fr": "ce matin",
    "es": "esta mañana",
    "pt": "esta manhã",
}
B2B_ACK: dict[str, str] = {
    "it": "Gentile {first}, abbiamo aperto la pratica {case} per l'account {account} e la seguiamo con priorità. {agent}, Trinciva Business",
    "en": "Dear {first}, we've opened case {case} for account {account} and are treating it as a priority. {agent}, Trinciva Business",
    "de": "Hallo {first}, wir haben Vorgang {case} für Konto {account} eröffnet und bearbeiten ihn vorrangig. {agent}, Trinciva Business",
    "fr": "Bonjour {first}, nous avons ouvert le dossier {case} pour le compte {account}, traité en priorité. {agent}, Trinciva Business",
    "es": "Hola {first}, hemos abierto la incidencia {case} para la cuenta {account} y la tratamos con prioridad. {agent}, Trinciva Business",
    "pt": "Olá {first}, abrimos o processo {case} para a conta {account} e tratamos com prioridade. {agent}, Trinciva Business",
}
B2B_LAST_EMAIL: dict[str, str] = {
    "it": "Pratica {case}: ancora niente di risolto e ormai vi hanno scritto in diversi da noi. L'ufficio acquisti ha già chiesto un preventivo a {comp}.",
    "en": "Case {case}: still nothing fixed and several of us have written now. Procurement has already asked {comp} for a quote.",
    "de": "Vorgang {case}: immer noch nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon ein Angebot bei {comp} angefragt.",
    "fr": "Dossier {case} : toujours rien de réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé un devis à {comp}.",
    "es": "Incidencia {case}: sigue sin resolverse y ya os hemos escrito varios. Compras ya ha pedido presupuesto a {comp}.",
    "pt": "Processo {case}: continua por resolver e já vos escreveram vários colegas. As compras já pediram orçamento à {comp}.",
}
B2B_LAST_CALL: dict[str, str] = {
    "it": "buongiorno chiamo per la pratica {case} non è cambiato niente vi hanno scritto in tre o quattro da noi il mio responsabile dice che se non si risolve questa settimana cambiamo fornitore",
    "en": "hi I'm calling about case {case} nothing has changed three or four of us have written my manager says if it isn't fixed this week we move to another supplier",
    "de": "guten Tag ich rufe wegen Vorgang {case} an es hat sich nichts geändert mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir",
    "fr": "bonjour j'appelle pour le dossier {case} rien n'a changé plusieurs collègues ont écrit mon chef dit que si ce n'est pas réglé cette semaine on change de prestataire",
    "es": "hola llamo por la incidencia {case} no ha cambiado nada ya os han escrito varios compañeros mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
    "pt": "olá ligo por causa do processo {case} nada mudou vários colegas já escreveram o meu chefe diz que se não resolverem esta semana mudamos de fornecedor",
}
B2B_MILD: dict[str, list[str]] = {
    "it": [
        "Suggerimento: sarebbe utile esportare i costi per centro di costo direttamente dal portale.",
        "Sarebbe comodo vedere sul certificato anche il piano dell'ufficio da cui viene il contenitore.",
    ],
    "en": [
        "Suggestion: it would help to export costs by cost centre straight from the portal.",
        "It would be handy if the certificate showed which floor each console came from.",
    ],
    "de": [
        "Vorschlag: Kosten nach Kostenstelle aus dem Portal exportieren wäre hilfreich.",
        "Schön wäre, wenn das Zertifikat das Stockwerk des Behälters zeigt.",
    ],
    "fr": [
        "Suggestion : pouvoir exporter les coûts par centre de coût depuis le portail.",
        "Ce serait pratique que le certificat indique l'étage de chaque conteneur.",
    ],
    "es": [
        "Sugerencia: exportar costes por centro de coste desde el portal sería útil.",
        "Estaría bien que el certificado indicara la planta de cada contenedor.",
    ],
    "pt": [
        "Sugestão: exportar custos por centro de custo a partir do portal seria útil.",
        "Seria prático o certificado indicar o piso de cada contentor.",
    ],
}
B2B_MILD_ACK = {
    "it": "Grazie {first}, ottima idea, l'abbiamo passata al team del portale. {agent}",
    "en": "Thanks {first}, good idea, we've passed it to the portal team. {agent}",
    "de": "Danke {first}, gute Idee, ist ans Portal-Team weitergegeben. {agent}",
    "fr": "Merci {first}, bonne idée, transmise à l'équipe du portail. {agent}",
    "es": "Gracias {first}, buena idea, la pasamos al equipo del portal. {agent}",
    "pt": "Obrigado {first}, boa ideia, passámos à equipa do portal. {agent}",
}
B2B_Q: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "possiamo anticipare lo svuotamento di venerdì a giovedì?",
            "Certo, spostato a giovedì mattina.",
            "grazie!",
        ),
        (
            "quanti giorni resta disponibile il certificato nel portale?",
            "Per sempre: li trova tutti in Certificati, anche gli anni passati.",
            "perfetto",
        ),
    ],
    "en": [
        (
            "can we move Friday's emptying to Thursday?",
            "Of course, moved to Thursday morning.",
            "thanks!",
        ),
        (
            "how long do certificates stay in the portal?",
            "Indefinitely: all of them are under Certificates, past years included.",
            "great",
        ),
    ],
    "de": [
        (
            "Können wir die Leerung von Freitag auf Donnerstag legen?",
            "Natürlich, auf Donnerstagvormittag verschoben.",
            "Danke!",
        )
    ],
    "fr": [
        (
            "Peut-on avancer le vidage de vendredi à jeudi ?",
            "Bien sûr, c'est décalé à jeudi matin.",
            "merci !",
        )
    ],
    "es": [
        (
            "¿Podemos pasar el vaciado del viernes al jueves?",
            "Claro, cambiado al jueves por la mañana.",
            "¡gracias!",
        )
    ],
    "pt": [
        (
            "Podemos passar a recolha de sexta para quinta?",
            "Claro, passou para quinta de manhã.",
            "obrigado!",
        )
    ],
}
B2B_PRAISE: dict[str, str] = {
    "it": "Usiamo Trinciva Business da due anni in studio: svuotamenti puntuali e certificati sempre in ordine per gli audit.",
    "en": "We've used Trinciva Business at the practice for two years: emptied on time and certificates always ready for audits.",
    "de": "Wir nutzen Trinciva Business seit zwei Jahren: pünktliche Leerung, Zertifikate immer audit-fertig.",
    "fr": "Nous utilisons Trinciva Business depuis deux ans : vidages ponctuels et certificats toujours prêts pour les audits.",
    "es": "Usamos Trinciva Business desde hace dos años: vaciados puntuales y certificados siempre listos para auditorías.",
    "pt": "Usamos a Trinciva Business há dois anos: recolhas pontuais e certificados sempre prontos para auditorias.",
}
JOB_TITLES = [
    "Office manager",
    "Practice manager",
    "Finance officer",
    "Data protection officer",
    "Facilities coordinator",
    "Partner",
    "Receptionist",
    "IT administrator",
]
