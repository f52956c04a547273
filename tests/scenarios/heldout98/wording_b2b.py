# ruff: noqa: E501
"""Business-arm wording of heldout98: Cavalesta Groups, riding sessions on account.

Placeholders: {brand}, {arm}, {name}, {first} (the account's first complainer), {day},
{case}, {agent}, {company}, {comp}, {n}, {yard}.
"""

from __future__ import annotations

ARM = "Cavalesta Groups"

# site kind -> company names by language
COMPANIES: dict[str, dict[str, list[str]]] = {
    "school": {
        "es": ["Colegio Sagrada Familia de Sarrià"],
        "it": ["Istituto Comprensivo Galilei"],
        "de": ["Gesamtschule am Lindenhof"],
        "fr": ["Collège Jean-Moulin"],
        "pt": ["Colégio Vale Verde"],
        "en": ["Ashcombe Primary School"],
    },
    "camp": {
        "es": ["Campamentos Sierra Viva"],
        "it": ["Campi Estivi Arcobaleno"],
        "de": ["Feriencamp Wiesengrund"],
        "fr": ["Colonies Les Écureuils"],
        "pt": ["Campos de Férias Sol Nascente"],
        "en": ["Oakridge Summer Camps"],
    },
    "therapy": {
        "es": ["Centro de Terapias Ecuestres Aldaba"],
        "it": ["Cooperativa Sociale Il Girasole"],
        "de": ["Therapiezentrum Sonnenhang"],
        "fr": ["Centre Médico-Éducatif Les Tilleuls"],
        "pt": ["Associação Passo a Passo"],
        "en": ["Brightpath Therapy Trust"],
    },
    "hotel": {
        "es": ["Hotel Rural Los Almendros"],
        "it": ["Agriturismo Poggio ai Lecci"],
        "de": ["Landhotel Eichenhof"],
        "fr": ["Domaine des Trois Chênes"],
        "pt": ["Herdade do Monte Alto"],
        "en": ["The Old Rectory Hotel"],
    },
    "events": {
        "es": ["Eventia Incentivos"],
        "it": ["Teambuilding Toscana Srl"],
        "de": ["Eventwerk Süd GmbH"],
        "fr": ["Séminaires & Cie"],
        "pt": ["Equipa Mais Eventos"],
        "en": ["Teamworks Events Ltd"],
    },
    "university": {
        "es": ["Servicio de Deportes Universidad de Levante"],
        "it": ["CUS Ateneo di Pavia"],
        "de": ["Hochschulsport Neckartal"],
        "fr": ["SUAPS Université de Loire"],
        "pt": ["Desporto Universitário do Minho"],
        "en": ["Wessex University Sport"],
    },
    "municipality": {
        "es": ["Ayuntamiento de Vilanova, Juventud"],
        "it": ["Comune di Borgo San Lazzaro, Politiche Giovanili"],
        "de": ["Stadt Waldkirchen, Jugendamt"],
        "fr": ["Mairie de Saint-Aubin, Service Jeunesse"],
        "pt": ["Câmara Municipal de Alvalade, Juventude"],
        "en": ["Harlow Vale Council Youth Service"],
    },
    "scouts": {
        "es": ["Grupo Scout Osa Mayor"],
        "it": ["Gruppo Scout Agesci Roma 12"],
        "de": ["Pfadfinderstamm Greif"],
        "fr": ["Scouts de Sainte-Marie"],
        "pt": ["Agrupamento 214 CNE"],
        "en": ["2nd Kingsmere Scouts"],
    },
}

JOB_TITLES = (
    "Head of PE",
    "Programme coordinator",
    "Office manager",
    "Finance officer",
    "Activities manager",
    "Deputy head",
    "Bookings coordinator",
    "Director",
    "Guest relations manager",
    "Youth worker",
)

# (label, price per session in euros, page)
GROUP_PRODUCTS: tuple[tuple[str, int, str], ...] = (
    ("Group session, 8 riders / Sessione di gruppo, 8 cavalieri", 210, "/groups/sessions"),
    ("Term block, 10 sessions / Blocco trimestrale, 10 sessioni", 1850, "/groups/terms"),
    ("Team trail ride, 12 riders / Passeggiata aziendale, 12 cavalieri", 540, "/groups/team-rides"),
    ("Therapy session, 1:1 / Seduta di ippoterapia", 65, "/groups/therapy"),
    ("Guest rides, weekend / Passeggiate ospiti, weekend", 380, "/groups/guest-rides"),
)
PORTAL_PAGES = (
    "/groups/portal",
    "/groups/portal/sessions",
    "/groups/portal/invoices",
    "/groups/portal/riders",
    "/groups/portal/attendance",
)

ROUTINE_QA: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, para el grupo del jueves podemos añadir dos alumnos más?",
            "¡Hola! Sí, hay caballos libres; los hemos añadido a la sesión del jueves.",
        ),
        (
            "Buenos días, el seguro de los alumnos lo cubrís vosotros en las sesiones de grupo?",
            "Buenos días: sí, todas las sesiones de grupo incluyen seguro de accidentes para los participantes.",
        ),
    ],
    "it": [
        (
            "Buongiorno, per il gruppo di giovedì possiamo aggiungere due ragazzi?",
            "Buongiorno! Sì, ci sono cavalli liberi: li abbiamo aggiunti alla sessione di giovedì.",
        ),
        (
            "Salve, l'assicurazione dei partecipanti è inclusa nelle sessioni di gruppo?",
            "Salve! Sì, tutte le sessioni di gruppo includono l'assicurazione infortuni dei partecipanti.",
        ),
    ],
    "de": [
        (
            "Guten Morgen, können wir für Donnerstag zwei Teilnehmer nachmelden?",
            "Guten Morgen! Ja, es sind Pferde frei, wir haben beide eingetragen.",
        )
    ],
    "fr": [
        (
            "Bonjour, peut-on ajouter deux participants pour jeudi ?",
            "Bonjour ! Oui, il reste des chevaux, c'est fait.",
        )
    ],
    "pt": [
        (
            "Bom dia, podemos juntar mais dois participantes na quinta?",
            "Bom dia! Sim, há cavalos livres, já os acrescentámos.",
        )
    ],
    "en": [
        (
            "Morning, can we add two more riders to Thursday's group?",
            "Morning! Yes, there are horses free, both added.",
        )
    ],
}
THANKS: dict[str, str] = {
    "es": "Perfecto, gracias",
    "it": "Perfetto, grazie",
    "de": "Prima, danke",
    "fr": "Parfait, merci",
    "pt": "Ótimo, obrigado",
    "en": "Great, thanks",
}

PRAISE: dict[str, list[str]] = {
    "es": [
        "Sesión de equitación con los alumnos de 3º en {brand}: monitores pacientes y organización impecable. Los chicos vuelven encantados",
        "Hemos cerrado el trimestre con {arm} y todo ha ido rodado. Gracias al equipo de {yard}",
    ],
    "it": [
        "Uscita a cavallo con le classi terze da {brand}: istruttori pazienti e organizzazione impeccabile. Ragazzi entusiasti",
        "Chiuso il trimestre con {arm}, tutto filato liscio. Grazie allo staff di {yard}",
    ],
    "de": [
        "Reittag mit unseren Gruppen bei {brand}, super organisiert und geduldige Reitlehrer. Alle begeistert"
    ],
    "fr": [
        "Journée équitation avec nos groupes chez {brand}, organisation parfaite, moniteurs patients. Tout le monde ravi"
    ],
    "pt": [
        "Dia de equitação com os nossos grupos na {brand}, tudo muito bem organizado. Todos adoraram"
    ],
    "en": [
        "Riding day with our groups at {brand}, brilliantly organised and patient instructors. Everyone loved it"
    ],
}

COMPANY_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "facturas sin número de pedido",
        "it": "fatture senza codice CIG",
        "de": "Rechnungen ohne Bestellnummer",
        "fr": "factures sans bon de commande",
        "pt": "faturas sem nota de encomenda",
        "en": "invoices without our PO number",
    },
    "service_blocked": {
        "es": "cuenta bloqueada en el portal",
        "it": "account bloccato sul portale",
        "de": "Konto im Portal gesperrt",
        "fr": "compte bloqué sur le portail",
        "pt": "conta bloqueada no portal",
        "en": "account on hold in the portal",
    },
    "portal": {
        "es": "sesiones que no aparecen en el portal",
        "it": "sessioni che non compaiono sul portale",
        "de": "Termine fehlen im Portal",
        "fr": "séances absentes du portail",
        "pt": "sessões que não aparecem no portal",
        "en": "sessions missing from the portal",
    },
    "overbilled": {
        "es": "tarifa individual en vez de la de grupo",
        "it": "tariffa singola invece di quella di gruppo",
        "de": "Einzelpreis statt Gruppentarif",
        "fr": "tarif individuel au lieu du tarif groupe",
        "pt": "preço individual em vez do de grupo",
        "en": "per-rider price instead of our group rate",
    },
}

CORE: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "Las facturas de octubre de {arm} llegan sin nuestro número de pedido y a nombre de la antigua razón social. Administración no puede pagarlas así y ya nos reclaman de vuestro lado.",
        "it": "Le fatture di ottobre di {arm} arrivano senza codice CIG e intestate alla vecchia ragione sociale. L'amministrazione non può pagarle e voi intanto ci sollecitate.",
        "de": "Die Oktoberrechnungen von {arm} kommen ohne unsere Bestellnummer und auf den alten Firmennamen. Die Buchhaltung kann so nicht zahlen, und Sie mahnen schon.",
        "fr": "Les factures d'octobre de {arm} arrivent sans notre numéro de bon de commande et à l'ancienne raison sociale. La comptabilité ne peut pas les payer et vous nous relancez déjà.",
        "pt": "As faturas de outubro da {arm} chegam sem a nossa nota de encomenda e em nome da antiga firma. A contabilidade não as pode pagar e vocês já nos estão a cobrar.",
        "en": "October's {arm} invoices arrive without our PO number and in our old company name. Finance can't pay them like that, and you're already chasing us.",
    },
    "service_blocked": {
        "es": "El portal de {arm} no nos deja reservar ninguna sesión: 'cuenta bloqueada por impago'. Todas las facturas están pagadas, tengo los justificantes. Tenemos 24 alumnos esperando la salida del jueves.",
        "it": "Il portale di {arm} non ci fa prenotare nessuna sessione: 'account bloccato per mancato pagamento'. Tutte le fatture sono pagate, ho le ricevute. Abbiamo 24 ragazzi in attesa dell'uscita di giovedì.",
        "de": "Das {arm}-Portal lässt uns keine Termine buchen: 'Konto wegen Zahlungsrückstand gesperrt'. Alle Rechnungen sind bezahlt, Belege liegen vor. 24 Teilnehmer warten auf Donnerstag.",
        "fr": "Le portail {arm} refuse toute réservation : 'compte bloqué pour impayé'. Toutes les factures sont réglées, j'ai les justificatifs. 24 jeunes attendent la sortie de jeudi.",
        "pt": "O portal da {arm} não nos deixa reservar nada: 'conta bloqueada por falta de pagamento'. Está tudo pago, tenho os comprovativos. Temos 24 participantes à espera da saída de quinta.",
        "en": "The {arm} portal won't let us book anything: 'account on hold, payment overdue'. Every invoice is paid, I have the receipts. 24 pupils are waiting for Thursday's session.",
    },
    "portal": {
        "es": "En el portal de {arm} no aparece ninguna de nuestras sesiones reservadas, así que no podemos cambiar el número de participantes. Nos facturáis 14 alumnos por sesión cuando vienen 9.",
        "it": "Sul portale di {arm} non compare nessuna delle nostre sessioni prenotate, quindi non possiamo cambiare il numero dei partecipanti. Ci fatturate 14 ragazzi a sessione quando ne vengono 9.",
        "de": "Im {arm}-Portal erscheint keiner unserer gebuchten Termine, wir können die Teilnehmerzahl nicht ändern. Berechnet werden 14 pro Termin, es kommen 9.",
        "fr": "Aucune de nos séances réservées n'apparaît sur le portail {arm}, impossible de modifier le nombre de participants. Vous facturez 14 jeunes par séance alors qu'il en vient 9.",
        "pt": "No portal da {arm} não aparece nenhuma das nossas sessões, por isso não conseguimos alterar o número de participantes. Faturam 14 por sessão quando vêm 9.",
        "en": "None of our booked sessions shows in the {arm} portal, so we can't change rider numbers. You bill us for 14 per session when 9 come.",
    },
    "overbilled": {
        "es": "Nos estáis cobrando cada alumno a tarifa individual en lugar de la tarifa de grupo por trimestre que firmamos en septiembre. Son más de 900 € de diferencia solo en octubre.",
        "it": "Ci state addebitando ogni partecipante a tariffa singola invece della tariffa di gruppo trimestrale firmata a settembre. Sono più di 900 € di differenza solo a ottobre.",
        "de": "Sie berechnen jeden Teilnehmer zum Einzelpreis statt zum im September vereinbarten Gruppentarif pro Trimester. Allein im Oktober über 900 € Unterschied.",
        "fr": "Vous facturez chaque participant au tarif individuel au lieu du tarif groupe trimestriel signé en septembre. Plus de 900 € d'écart rien qu'en octobre.",
        "pt": "Estão a cobrar cada participante a preço individual em vez do preço de grupo por trimestre assinado em setembro. Mais de 900 € de diferença só em outubro.",
        "en": "You're charging every rider at the individual price instead of the termly group rate we signed in September. Over £800 difference in October alone.",
    },
}

SUBJ: dict[str, str] = {
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
}
CASE_SUBJ: dict[str, str] = {
    "es": "RE: Incidencia {case} - {company}",
    "it": "R: Segnalazione {case} - {company}",
    "de": "AW: Vorgang {case} - {company}",
    "fr": "RE : Demande {case} - {company}",
    "pt": "RE: Pedido {case} - {company}",
    "en": "Re: Case {case} - {company}",
}

FIRST: dict[str, str] = {
    "es": "Buenos días,\n\nLes escribo en nombre de {company}. {core}\n\nQuedo a la espera de una solución.\n{name}",
    "it": "Buongiorno,\n\nvi scrivo per conto di {company}. {core}\n\nResto in attesa di una soluzione.\n{name}",
    "de": "Guten Tag,\n\nich schreibe für {company}. {core}\n\nIch bitte um eine Lösung.\n{name}",
    "fr": "Bonjour,\n\nJe vous écris pour {company}. {core}\n\nDans l'attente d'une solution,\n{name}",
    "pt": "Bom dia,\n\nEscrevo em nome da {company}. {core}\n\nAguardo uma solução.\n{name}",
    "en": "Hello,\n\nI'm writing on behalf of {company}. {core}\n\nI look forward to a solution.\n{name}",
}
LATER: dict[str, list[str]] = {
    "es": [
        "Hola,\n\n{first} ya os escribió {day} (incidencia {case}) y seguimos igual. {core}\n\n{name}",
        "Buenas,\n\nSobre la incidencia {case} que abrió {first} el {day}: nada ha cambiado. {core}\n\nUn saludo,\n{name}",
    ],
    "it": [
        "Buongiorno,\n\n{first} vi ha già scritto {day} (segnalazione {case}) e siamo ancora allo stesso punto. {core}\n\n{name}",
        "Salve,\n\nriguardo alla segnalazione {case} aperta da {first} {day}: non è cambiato niente. {core}\n\nCordiali saluti,\n{name}",
    ],
    "de": [
        "Hallo,\n\n{first} hat Ihnen schon {day} geschrieben (Vorgang {case}), es hat sich nichts getan. {core}\n\n{name}"
    ],
    "fr": [
        "Bonjour,\n\n{first} vous a déjà écrit {day} (demande {case}) et rien n'a bougé. {core}\n\n{name}"
    ],
    "pt": [
        "Olá,\n\n{first} já vos escreveu {day} (pedido {case}) e continua tudo igual. {core}\n\n{name}"
    ],
    "en": [
        "Hello,\n\n{first} already wrote to you {day} (case {case}) and nothing has changed. {core}\n\n{name}"
    ],
}
LAST_EMAIL: dict[str, str] = {
    "es": "Buenos días,\n\nIncidencia {case}: sigue sin resolverse y ya os hemos escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.\n\n{name}",
    "it": "Buongiorno,\n\nsegnalazione {case}: ancora non risolta, e vi abbiamo scritto in diversi colleghi. L'ufficio acquisti ha già chiesto le tariffe a {comp}.\n\n{name}",
    "de": "Guten Tag,\n\nVorgang {case} ist weiterhin offen, mehrere Kollegen haben geschrieben. Der Einkauf hat bereits Preise bei {comp} angefragt.\n\n{name}",
    "fr": "Bonjour,\n\nDemande {case} : toujours pas réglée, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n\n{name}",
    "pt": "Bom dia,\n\nPedido {case}: continua por resolver e já vos escrevemos vários colegas. As compras já pediram preços à {comp}.\n\n{name}",
    "en": "Hello,\n\nCase {case} is still not fixed and several of us have written. Procurement has already asked {comp} for their rates.\n\n{name}",
}
LAST_CALL: dict[str, str] = {
    "es": "sí buenos días llamo de {company} por la incidencia {case} que sigue igual ya os hemos escrito varios y mi jefa dice que si esta semana no se arregla cambiamos de proveedor",
    "it": "sì buongiorno chiamo da {company} per la segnalazione {case} che è ancora uguale vi abbiamo scritto in tanti e la mia responsabile dice che se non si risolve questa settimana cambiamo fornitore",
    "de": "ja guten Tag hier {company} wegen Vorgang {case} das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Anbieter",
    "fr": "oui bonjour j'appelle de {company} pour la demande {case} rien n'a changé plusieurs collègues vous ont écrit et ma directrice dit que si ce n'est pas réglé cette semaine on change de prestataire",
    "pt": "sim bom dia ligo da {company} por causa do pedido {case} continua igual já vos escreveram vários colegas e a minha chefe diz que se não se resolver esta semana mudamos de fornecedor",
    "en": "yes morning calling from {company} about case {case} still not sorted several of us have written and my boss says if it's not fixed this week we're moving to another provider",
}
ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Incidencia {case} - {company}",
        "Hola {name}:\n\nHemos registrado la incidencia {case} para {company} y la revisa el equipo de {arm}. Te escribimos en cuanto tengamos novedades.\n\n",
    ),
    "it": (
        "Segnalazione {case} - {company}",
        "Gentile {name},\n\nabbiamo registrato la segnalazione {case} per {company}; la sta verificando il team {arm}. Ti scriviamo appena ci sono novità.\n\n",
    ),
    "de": (
        "Vorgang {case} - {company}",
        "Hallo {name},\n\nwir haben den Vorgang {case} für {company} angelegt; das {arm}-Team prüft ihn. Wir melden uns.\n\n",
    ),
    "fr": (
        "Demande {case} - {company}",
        "Bonjour {name},\n\nNous avons enregistré la demande {case} pour {company}; l'équipe {arm} l'examine. Nous revenons vers vous.\n\n",
    ),
    "pt": (
        "Pedido {case} - {company}",
        "Olá {name},\n\nRegistámos o pedido {case} para a {company}; a equipa {arm} está a analisá-lo. Voltamos a contactar.\n\n",
    ),
    "en": (
        "Case {case} - {company}",
        "Hello {name},\n\nWe've logged case {case} for {company}; the {arm} team is looking into it. We'll be in touch.\n\n",
    ),
}

MILD: dict[str, list[str]] = {
    "es": [
        "Sugerencia: ¿podrían las facturas de {arm} indicar los asistentes de cada sesión? Nos ahorraría cruzar listas.",
        "Sería útil poder exportar desde el portal la asistencia por clase, para la memoria de Educación Física.",
    ],
    "it": [
        "Suggerimento: le fatture di {arm} potrebbero indicare i partecipanti di ogni sessione? Ci eviterebbe di incrociare gli elenchi.",
        "Sarebbe utile esportare dal portale le presenze per classe, per la relazione di fine anno.",
    ],
    "de": [
        "Vorschlag: Könnten die {arm}-Rechnungen die Teilnehmer je Termin aufführen?",
        "Praktisch wäre ein Export der Anwesenheit pro Gruppe aus dem Portal.",
    ],
    "fr": [
        "Suggestion : les factures {arm} pourraient-elles indiquer les participants de chaque séance ?",
        "Un export des présences par groupe depuis le portail serait utile.",
    ],
    "pt": [
        "Sugestão: as faturas da {arm} podiam indicar os participantes de cada sessão?",
        "Seria útil exportar do portal as presenças por turma.",
    ],
    "en": [
        "Suggestion: could {arm} invoices list the riders at each session?",
        "It would help to export attendance per group from the portal.",
    ],
}
MILD_ACK: dict[str, str] = {
    "es": "Hola {name}:\n\nGracias por la sugerencia, la hemos pasado al equipo del portal de {arm}.\n\n",
    "it": "Gentile {name},\n\ngrazie del suggerimento, l'abbiamo girato al team del portale {arm}.\n\n",
    "de": "Hallo {name},\n\ndanke für den Vorschlag, er ist beim {arm}-Portalteam.\n\n",
    "fr": "Bonjour {name},\n\nMerci pour la suggestion, transmise à l'équipe du portail {arm}.\n\n",
    "pt": "Olá {name},\n\nObrigado pela sugestão, já seguiu para a equipa do portal {arm}.\n\n",
    "en": "Hello {name},\n\nThanks for the suggestion, passed to the {arm} portal team.\n\n",
}
SIGN: dict[str, str] = {
    "es": "Un saludo,\n{agent}\n{arm}",
    "it": "Cordiali saluti,\n{agent}\n{arm}",
    "de": "Viele Grüße\n{agent}\n{arm}",
    "fr": "Cordialement,\n{agent}\n{arm}",
    "pt": "Cumprimentos,\n{agent}\n{arm}",
    "en": "Best regards,\n{agent}\n{arm}",
}
SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["", "Muy buen servicio"],
    "it": ["", "Ottimo servizio"],
    "de": ["", "Sehr gut"],
    "fr": ["", "Très bien"],
    "pt": ["", "Muito bom"],
    "en": ["", "Great service"],
}
LOW_WORDS: dict[str, list[str]] = {
    "es": ["", "Sin resolver"],
    "it": ["", "Irrisolto"],
    "de": ["", "Ungelöst"],
    "fr": ["", "Non réglé"],
    "pt": ["", "Por resolver"],
    "en": ["", "Unresolved"],
}
