# ruff: noqa: E501
"""Wording of heldout201 (Fixelio, home-appliance repair visits): every table per language.

Placeholders, filled by ``make_heldout201.py``: {brand} {appl} {case} {comp} {prob}
{first} {day} {agent} {amount} {company} {code} {time}.
"""

from __future__ import annotations

LANGS = ("de", "en", "fr", "it", "pt", "es")

APPLIANCES: dict[str, list[str]] = {
    "de": [
        "Waschmaschine",
        "Spülmaschine",
        "Kühlschrank",
        "Backofen",
        "Trockner",
        "Kaffeevollautomat",
    ],
    "en": ["washing machine", "dishwasher", "fridge", "oven", "tumble dryer", "coffee machine"],
    "fr": ["lave-linge", "lave-vaisselle", "frigo", "four", "sèche-linge", "machine à café"],
    "it": ["lavatrice", "lavastoviglie", "frigo", "forno", "asciugatrice", "macchina del caffè"],
    "pt": [
        "máquina de lavar",
        "máquina da loiça",
        "frigorífico",
        "forno",
        "máquina de secar",
        "máquina de café",
    ],
    "es": ["lavadora", "lavavajillas", "nevera", "horno", "secadora", "cafetera"],
}

PRODUCTS = [
    ("Repair visit, washing machine", "89.00"),
    ("Repair visit, dishwasher", "89.00"),
    ("Fridge seal replacement", "64.00"),
    ("Oven heating element", "119.00"),
    ("Descaling service, coffee machine", "49.00"),
    ("Fixelio Plus, 12 months", "118.80"),
    ("Dryer drum belt", "72.00"),
]

PAGES = ["/book", "/plus", "/visits", "/prices", "/help/slots", "/account", "/parts"]

PRAISE: dict[str, list[str]] = {
    "de": [
        "Techniker von {brand} war pünktlich um 8, {appl} läuft wieder. Top Service!",
        "Ganz ehrlich: {brand} hat meine {appl} in 40 Minuten gerettet. Danke an den Monteur!",
        "Sehr nette Technikerin, hat sogar die Schuhe ausgezogen. {brand} bleibt mein Ding.",
    ],
    "en": [
        "{brand} tech turned up on time and the {appl} is humming again. Brilliant.",
        "Honestly impressed, {brand} fixed our {appl} the same afternoon I booked.",
        "lovely engineer from {brand}, explained everything and tidied up after. 10/10",
    ],
    "fr": [
        "Technicien {brand} au top, mon {appl} remarche en une heure. Merci !",
        "Super rapide, {brand} a réparé le {appl} le jour même.",
    ],
    "it": [
        "Tecnico {brand} puntualissimo, la {appl} va di nuovo. Grazie!",
        "Servizio {brand} ottimo, riparato tutto in mezz'ora.",
    ],
    "pt": ["O técnico da {brand} foi impecável, a {appl} já trabalha. Obrigada!"],
    "es": [
        "El técnico de {brand} llegó puntual y la {appl} va como la seda. Genial.",
        "Muy contenta con {brand}, arreglado en una visita.",
    ],
}

PRAISE_AGAIN: dict[str, list[str]] = {
    "de": [
        "Schon wieder alles perfekt mit {brand}, dritte Reparatur dieses Jahr und immer derselbe nette Monteur.",
        "Und wieder pünktlich. {brand} ist einfach verlässlich.",
    ],
    "en": [
        "Third time this year {brand} has sorted an appliance for us, still the same cheerful engineer.",
        "Again spot on from {brand}. Still can't believe how easy the booking is.",
    ],
    "fr": ["Troisième fois que {brand} me dépanne, toujours aussi efficace."],
    "it": ["Terza volta con {brand}, sempre perfetti."],
    "pt": ["Terceira vez com a {brand} e outra vez tudo certo."],
    "es": ["Tercera vez que llamo a {brand} y otra vez de diez."],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "de": [
        "Reparatur super, nur das Zeitfenster von 8 bis 12 ist echt lang. Sonst gerne wieder.",
        "Alles gut gelaufen, nur die Rechnung kam erst nach drei Tagen per Mail.",
    ],
    "en": [
        "Great fix, only gripe is the 4-hour slot, bit long to wait in. Would book again.",
        "Happy overall, just wish the app showed the engineer's name earlier.",
    ],
    "fr": ["Très bien, seul bémol : le créneau de 4 heures, c'est long."],
    "it": ["Tutto bene, solo la fascia oraria di 4 ore è lunghetta."],
    "pt": ["Tudo bem, só a janela de 4 horas é um bocado longa."],
    "es": ["Todo bien, solo que la franja de 4 horas se hace larga."],
}

QUESTIONS: dict[str, list[str]] = {
    "de": [
        "Hallo, kann ich den Termin für die {appl} noch auf Freitag schieben?",
        "Muss ich bei der Reparatur zu Hause sein oder reicht ein Schlüssel beim Nachbarn?",
        "Gilt Fixelio Plus auch für den Trockner meiner Mutter?",
    ],
    "en": [
        "Hi, can I move the {appl} visit to Friday?",
        "Do I need to be home or can my neighbour let the engineer in?",
        "Does Plus cover my mum's tumble dryer too?",
    ],
    "fr": ["Bonjour, je peux décaler la visite pour le {appl} à vendredi ?"],
    "it": ["Ciao, posso spostare la visita per la {appl} a venerdì?"],
    "pt": ["Olá, posso mudar a visita da {appl} para sexta?"],
    "es": [
        "Hola, ¿puedo cambiar la visita de la {appl} al viernes?",
        "¿Tengo que estar en casa o puede abrir mi vecina?",
    ],
}

ANSWERS: dict[str, list[str]] = {
    "de": [
        "Gern, ich habe den Termin verschoben, die Bestätigung kommt per Mail. Viele Grüße, {agent}",
        "Das geht, bitte im Termin vermerken, wer öffnet. Viele Grüße, {agent}",
    ],
    "en": [
        "Done, your visit is moved and the confirmation is on its way. {agent}",
        "That's fine, just add who lets the engineer in to the booking notes. {agent}",
    ],
    "fr": ["C'est fait, la visite est décalée, confirmation par e-mail. {agent}"],
    "it": ["Fatto, visita spostata, conferma via e-mail. {agent}"],
    "pt": ["Feito, a visita foi mudada, a confirmação segue por e-mail. {agent}"],
    "es": ["Hecho, visita cambiada, te llega la confirmación por correo. {agent}"],
}

THANKS: dict[str, list[str]] = {
    "de": ["Danke, mega!", "super, merci dir", "Top, danke euch"],
    "en": ["cheers, legend", "ta very much!", "Brill, thanks"],
    "fr": ["Merci, trop cool !"],
    "it": ["Grazie mille, gentilissimi!"],
    "pt": ["Obrigado, és um espetáculo!"],
    "es": ["Mil gracias, sois unos cracks"],
}

PHONE_Q: dict[str, list[str]] = {
    "de": [
        "ja hallo ich wollte fragen ob der Techniker morgen auch Ersatzteile für die {appl} dabei hat",
        "hallo ich hab Fixelio Plus und wollte wissen ob die Anfahrt dann wirklich nichts kostet",
    ],
    "en": [
        "hi yeah just wondering if the engineer tomorrow brings parts for the {appl} or do i need to order them",
        "hello i've got plus and wanted to check the callout is really free",
    ],
    "fr": [
        "oui bonjour je voulais savoir si le technicien apporte les pièces pour le {appl} demain"
    ],
    "it": ["sì buongiorno volevo sapere se il tecnico domani porta i pezzi per la {appl}"],
    "pt": ["olá bom dia queria saber se o técnico amanhã traz as peças para a {appl}"],
    "es": ["hola buenas quería saber si el técnico mañana trae las piezas de la {appl}"],
}

PHONE_FOLLOWUP: dict[str, list[str]] = {
    "de": [
        "Wie telefonisch besprochen: Der Techniker bringt die gängigen Teile mit. Viele Grüße, {agent}"
    ],
    "en": ["As discussed on the phone: the engineer carries the common parts. Best, {agent}"],
    "fr": ["Comme convenu au téléphone : le technicien apporte les pièces courantes. {agent}"],
    "it": ["Come detto al telefono: il tecnico porta i ricambi più comuni. {agent}"],
    "pt": ["Como falámos ao telefone: o técnico leva as peças mais comuns. {agent}"],
    "es": ["Como hablamos por teléfono: el técnico lleva las piezas habituales. {agent}"],
}

REVIEWS: dict[str, list[str]] = {
    "de": [
        "Schnell, sauber, fair. Die {appl} läuft wie am ersten Tag.",
        "Termin per App in 2 Minuten gebucht, Reparatur am selben Tag.",
    ],
    "en": [
        "Quick, tidy and fairly priced. The {appl} works like day one.",
        "Booked in the app in two minutes, fixed the same day.",
    ],
    "fr": ["Rapide, propre et honnête. Le {appl} marche comme au premier jour."],
    "it": ["Veloci, puliti e onesti. La {appl} va come nuova."],
    "pt": ["Rápidos, limpos e honestos. A {appl} funciona na perfeição."],
    "es": ["Rápidos, limpios y honestos. La {appl} funciona perfecta."],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "de": [
        "2 Uhr nachts, Nachtschicht vorbei, und die {appl} läuft endlich wieder dank {brand}. Gute Nacht 😴",
        "Kann nicht schlafen, buche schon mal den {brand} Termin für Samstag. Läuft.",
    ],
    "en": [
        "3am after a night shift and the {appl} {brand} fixed yesterday is purring away. Bliss",
        "can't sleep so booked the {brand} descale for saturday, sorted",
    ],
    "fr": ["Insomnie, j'ai réservé {brand} pour samedi, trop simple l'appli."],
    "it": ["Insonnia, ho prenotato {brand} per sabato, app comodissima."],
    "pt": ["Sem sono, marquei a {brand} para sábado, a app é mesmo fácil."],
    "es": ["Sin sueño a las 3, reservada la visita de {brand} para el sábado. Qué fácil."],
}

NIGHT_Q: dict[str, list[str]] = {
    "de": [
        "Kurze Frage um die Uhrzeit: kann der Techniker morgen auch vor 8 kommen?",
        "Ab wann kann ich für Samstag buchen?",
    ],
    "en": [
        "quick one at this hour, can the engineer come before 8 tomorrow?",
        "when do saturday slots open?",
    ],
    "fr": ["Petite question nocturne : le technicien peut venir avant 8h demain ?"],
    "it": ["Domanda notturna: il tecnico può venire prima delle 8 domani?"],
    "pt": ["Pergunta da noite: o técnico pode vir antes das 8 amanhã?"],
    "es": ["Pregunta nocturna: ¿puede venir el técnico antes de las 8 mañana?"],
}

NIGHT_A: dict[str, list[str]] = {
    "de": [
        "Guten Morgen! Slots vor 8 gibt es leider nicht, der früheste ist 8 bis 10 Uhr. {agent}"
    ],
    "en": ["Morning! No slots before 8, sorry, the earliest is 8-10. {agent}"],
    "fr": ["Bonjour ! Pas de créneau avant 8h, le premier est 8h-10h. {agent}"],
    "it": ["Buongiorno! Niente prima delle 8, la prima fascia è 8-10. {agent}"],
    "pt": ["Bom dia! Antes das 8 não há, o primeiro horário é 8-10. {agent}"],
    "es": ["¡Buenos días! Antes de las 8 no hay, la primera franja es 8-10. {agent}"],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["Top", "Sehr zügig", ""],
    "en": ["Spot on", "quick and easy", ""],
    "fr": ["Parfait", ""],
    "it": ["Ottimo", ""],
    "pt": ["Excelente", ""],
    "es": ["Genial", ""],
}

LOW_WORDS: dict[str, list[str]] = {
    "de": ["Schlecht.", ""],
    "en": ["Poor.", ""],
    "fr": ["Nul.", ""],
    "it": ["Pessimo.", ""],
    "pt": ["Mau.", ""],
    "es": ["Fatal.", ""],
}

# consumer problems: no_show, double_charge, damage, refund, wrong_price, cancel_fee
PROBLEMS: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "der Techniker ist nie gekommen, aber die App zeigt die Reparatur der {appl} als ERLEDIGT",
        "double_charge": "die Anfahrtspauschale wurde ZWEIMAL von meiner Karte abgebucht",
        "damage": "seit dem Besuch tropft die {appl} und der Parkettboden ist aufgequollen",
        "refund": "das Geld für das nicht eingebaute Ersatzteil ist nach drei Wochen immer noch nicht zurück",
        "wrong_price": "ich habe Fixelio Plus und trotzdem wurde mir die volle Anfahrt berechnet",
        "cancel_fee": "ich habe vier Tage vorher storniert und soll trotzdem 39 Euro Stornogebühr zahlen",
    },
    "en": {
        "no_show": "the engineer never turned up but the app says the {appl} repair is COMPLETED",
        "double_charge": "the callout fee has been taken from my card TWICE",
        "damage": "since the visit the {appl} leaks and the kitchen floor is ruined",
        "refund": "the refund for the part that was never fitted still hasn't arrived after three weeks",
        "wrong_price": "I pay for Plus and was still charged the full callout fee",
        "cancel_fee": "I cancelled four days ahead and got hit with a £35 cancellation fee",
    },
    "fr": {
        "no_show": "le technicien n'est jamais venu mais l'appli indique la réparation du {appl} comme TERMINÉE",
        "double_charge": "les frais de déplacement ont été prélevés DEUX fois",
        "damage": "depuis la visite le {appl} fuit et le parquet a gonflé",
        "refund": "le remboursement de la pièce jamais posée n'est toujours pas arrivé après trois semaines",
        "wrong_price": "je suis membre Plus et on m'a facturé le déplacement plein tarif",
        "cancel_fee": "j'ai annulé quatre jours avant et on me facture 39 € de frais d'annulation",
    },
    "it": {
        "no_show": "il tecnico non è mai venuto ma l'app segna la riparazione della {appl} come COMPLETATA",
        "double_charge": "il diritto di chiamata mi è stato addebitato DUE volte",
        "damage": "dopo la visita la {appl} perde acqua e il parquet è rovinato",
        "refund": "il rimborso del pezzo mai montato dopo tre settimane non è ancora arrivato",
        "wrong_price": "sono socia Plus e mi hanno fatto pagare l'uscita intera",
        "cancel_fee": "ho disdetto quattro giorni prima e mi chiedono 39 € di penale",
    },
    "pt": {
        "no_show": "o técnico nunca apareceu mas a app diz que a reparação da {appl} está CONCLUÍDA",
        "double_charge": "a taxa de deslocação foi cobrada DUAS vezes",
        "damage": "desde a visita a {appl} pinga e o soalho ficou estragado",
        "refund": "o reembolso da peça que nunca foi montada ainda não chegou ao fim de três semanas",
        "wrong_price": "sou cliente Plus e cobraram-me a deslocação completa",
        "cancel_fee": "cancelei com quatro dias de antecedência e querem cobrar 39 € de taxa",
    },
    "es": {
        "no_show": "el técnico no vino nunca pero la app marca la reparación de la {appl} como COMPLETADA",
        "double_charge": "me han cobrado la salida DOS veces en la tarjeta",
        "damage": "desde la visita la {appl} gotea y el parquet se ha hinchado",
        "refund": "el reembolso de la pieza que nunca montaron sigue sin llegar tras tres semanas",
        "wrong_price": "soy socia Plus y me han cobrado la salida completa",
        "cancel_fee": "cancelé con cuatro días de antelación y me cobran 39 € de penalización",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "de": "Beschwerde: Auftrag {case}",
    "en": "Complaint: job {case}",
    "fr": "Réclamation : intervention {case}",
    "it": "Reclamo: intervento {case}",
    "pt": "Reclamação: serviço {case}",
    "es": "Reclamación: servicio {case}",
}

SHORT_COMPLAINT: dict[str, list[str]] = {
    "de": [
        "Hallo, {prob}. Ich erwarte eine Lösung, und zwar schnell.",
        "Das ist echt unverschämt: {prob}. JETZT REICHTS.",
    ],
    "en": ["Hello, {prob}. I expect this sorted quickly.", "Unbelievable. {prob}. NOT acceptable."],
    "fr": ["Bonjour, {prob}. J'attends une solution rapidement."],
    "it": ["Buongiorno, {prob}. Aspetto una soluzione subito."],
    "pt": ["Boa tarde, {prob}. Quero isto resolvido já."],
    "es": ["Hola, {prob}. Exijo una solución YA."],
}

SOCIAL_COMPLAINT: dict[str, list[str]] = {
    "de": [
        "{brand} ihr seid unglaublich: {prob}. Danke für nichts.",
        "Hey {brand}, {prob}. Wer ist da eigentlich zuständig?",
    ],
    "en": [
        "{brand} seriously?? {prob}. Thanks for nothing.",
        "Hey {brand}, {prob}. Anyone actually in charge over there?",
    ],
    "fr": ["{brand} sérieusement ? {prob}. Merci pour rien."],
    "it": ["{brand} davvero? {prob}. Grazie di niente."],
    "pt": ["{brand} a sério? {prob}. Obrigado por nada."],
    "es": ["{brand} en serio? {prob}. Gracias por nada."],
}

PHONE_COMPLAINT: dict[str, list[str]] = {
    "de": ["ja guten Tag ich rufe an weil {prob} und ich will jetzt wissen was Sie da machen"],
    "en": ["yeah hi i'm calling because {prob} and i want to know what you're doing about it"],
    "fr": ["oui bonjour j'appelle parce que {prob} et je veux savoir ce que vous faites"],
    "it": ["sì salve chiamo perché {prob} e voglio sapere cosa fate"],
    "pt": ["sim olá estou a ligar porque {prob} e quero saber o que vão fazer"],
    "es": ["sí hola llamo porque {prob} y quiero saber qué vais a hacer"],
}

LONG_EMAIL: dict[str, list[str]] = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Kinderärztin, weil ich sonst keine ruhige Minute finde. Wir haben gerade Zwillinge bekommen, die Wäscheberge sind entsprechend, und deshalb war ich froh, über Ihre App so schnell einen Termin zu bekommen. Leider muss ich Ihnen mitteilen, dass {prob}. Ich habe zweimal in der App nachgesehen und einmal eine Nachricht geschrieben, ohne Antwort.\n\nIch bin seit zwei Jahren Kundin und war bisher sehr zufrieden, aber so geht das nicht. Bitte melden Sie sich bis morgen.\n\nMit freundlichen Grüßen\n{first}",
    ],
    "en": [
        "Dear Fixelio team,\n\nI'm writing this on the train home from visiting my dad in hospital, so forgive the tone. We booked you because the {appl} packed in the week the in-laws arrived, and the booking itself was painless. However, {prob}. I've checked the app twice and nobody has been in touch.\n\nI've recommended you to half the street, so this is embarrassing. Please sort it by tomorrow.\n\nKind regards,\n{first}",
    ],
    "fr": [
        "Madame, Monsieur,\n\nJe vous écris depuis le parking de la piscine pendant le cours de mon fils. Nous vous avons choisis parce que tout semblait simple. Malheureusement, {prob}. Personne ne m'a recontacté.\n\nMerci de régler cela rapidement.\n\nCordialement,\n{first}"
    ],
    "it": [
        "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del dentista. Vi avevo scelto perché l'app sembrava comoda. Purtroppo {prob}. Nessuno mi ha richiamato.\n\nVi chiedo di risolvere entro domani.\n\nCordiali saluti,\n{first}"
    ],
    "pt": [
        "Caros senhores,\n\nescrevo do carro à porta da escola da minha filha. Escolhi-vos porque a app parecia prática. Infelizmente {prob}. Ninguém me contactou.\n\nPeço que resolvam até amanhã.\n\nCumprimentos,\n{first}"
    ],
    "es": [
        "Estimados señores:\n\nles escribo desde el puesto del mercado entre cliente y cliente, porque no tengo otro rato. Les elegí porque la app parecía cómoda y la primera vez fue todo bien. Por desgracia {prob}. Nadie me ha llamado.\n\nLes ruego que lo resuelvan mañana.\n\nUn saludo,\n{first}"
    ],
}

CASE_OPENED: dict[str, list[str]] = {
    "de": [
        "Es tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns innerhalb von 24 Stunden. {agent}"
    ],
    "en": [
        "Sorry about this. We've opened case {case} and will get back to you within 24 hours. {agent}"
    ],
    "fr": ["Désolés. Nous avons ouvert le dossier {case} et revenons vers vous sous 24 h. {agent}"],
    "it": ["Ci dispiace. Abbiamo aperto la pratica {case}, vi ricontattiamo entro 24 ore. {agent}"],
    "pt": ["Lamentamos. Abrimos o processo {case} e respondemos em 24 horas. {agent}"],
    "es": ["Lo sentimos. Hemos abierto la incidencia {case} y te respondemos en 24 horas. {agent}"],
}

QUALITY_LEAD: dict[str, list[str]] = {
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}"
    ],
    "en": [
        "Your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "fr": [
        "Votre dossier {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi. {agent}"
    ],
    "it": [
        "La pratica {case} è ora alla nostra responsabile qualità, che la chiama entro venerdì. {agent}"
    ],
    "pt": [
        "O processo {case} está com a nossa responsável de qualidade, que liga até sexta. {agent}"
    ],
    "es": [
        "Tu incidencia {case} está ya con nuestra responsable de calidad, que te llama antes del viernes. {agent}"
    ],
}

GOOD_NEWS: dict[str, list[str]] = {
    "de": [
        "Gute Nachrichten zu {case}: das ist erledigt. Können Sie uns kurz bestätigen, dass alles passt? {agent}"
    ],
    "en": [
        "Good news on case {case}: it's sorted. Could you confirm everything is fine now? {agent}"
    ],
    "fr": ["Bonne nouvelle pour {case} : c'est réglé. Pouvez-vous confirmer ? {agent}"],
    "it": ["Buone notizie sulla pratica {case}: risolto. Può confermarci? {agent}"],
    "pt": ["Boas notícias sobre {case}: está resolvido. Pode confirmar? {agent}"],
    "es": ["Buenas noticias sobre {case}: resuelto. ¿Nos lo confirmas? {agent}"],
}

CONFIRM: dict[str, list[str]] = {
    "de": ["Bestätigt, {case} ist erledigt, danke!", "ja passt jetzt, {case} kann zu. Danke"],
    "en": ["Confirmed, {case} is sorted, thanks!", "all good now on {case}, cheers"],
    "fr": ["Confirmé, {case} est réglé, merci !"],
    "it": ["Confermo, {case} risolto, grazie!"],
    "pt": ["Confirmo, {case} resolvido, obrigado!"],
    "es": ["Confirmado, {case} resuelto, ¡gracias!"],
}

APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs Kümmern.",
        "Entschuldigung nochmal wegen gestern, ihr könnt ja nix für meinen Stress.",
    ],
    "en": [
        "Sorry for snapping yesterday, long day. Thanks for sorting it.",
        "apologies for the rant yesterday, not your fault personally",
    ],
    "fr": ["Désolée pour mon ton hier, journée difficile. Merci."],
    "it": ["Scusate per ieri, giornataccia. Grazie."],
    "pt": ["Desculpem o tom de ontem, foi um dia mau. Obrigada."],
    "es": ["Perdón por el tono de ayer, día horrible. Gracias."],
}

CHAT_CASE: dict[str, list[str]] = {
    "de": [
        "Das tut mir leid. Ich habe den Vorgang {case} angelegt, die Kollegen melden sich heute noch. {agent}"
    ],
    "en": ["I'm sorry. I've opened case {case}, the team will be in touch today. {agent}"],
    "fr": [
        "Je suis désolée, j'ai ouvert le dossier {case}, l'équipe vous recontacte aujourd'hui. {agent}"
    ],
    "it": ["Mi dispiace, ho aperto la pratica {case}, la ricontattiamo oggi. {agent}"],
    "pt": ["Lamento, abri o processo {case}, a equipa contacta hoje. {agent}"],
    "es": ["Lo siento, he abierto la incidencia {case}, te contactan hoy. {agent}"],
}

ADDED_URGENT: dict[str, list[str]] = {
    "de": ["Ich habe das zu {case} hinzugefügt und als dringend markiert. {agent}"],
    "en": ["I've added this to case {case} and marked it urgent. {agent}"],
    "fr": ["Ajouté au dossier {case}, marqué urgent. {agent}"],
    "it": ["Aggiunto alla pratica {case}, segnata urgente. {agent}"],
    "pt": ["Acrescentei ao processo {case} e marquei como urgente. {agent}"],
    "es": ["Lo he añadido a la incidencia {case} y marcado urgente. {agent}"],
}

STILL_OPEN: dict[str, list[str]] = {
    "de": [
        "Vorgang {case}: immer noch nichts passiert. {prob}. Ich warte.",
        "Zu {case}: es ist IMMER NOCH offen, {prob}.",
    ],
    "en": ["Case {case}: still nothing. {prob}. Still waiting.", "Re {case}, STILL open, {prob}."],
    "fr": ["Dossier {case} : toujours rien. {prob}."],
    "it": ["Pratica {case}: ancora niente. {prob}."],
    "pt": ["Processo {case}: ainda nada. {prob}."],
    "es": ["Incidencia {case}: sigue sin resolver. {prob}."],
}

THIRD: dict[str, list[str]] = {
    "de": [
        "Dritter Anlauf wegen {case}. Mein Kollege nimmt {comp}, die regeln so was am selben Tag."
    ],
    "en": ["Third time about {case}. I've looked at what {comp} charges, just saying."],
    "fr": [
        "Troisième fois pour {case}. Un collègue passe par {comp}, ils règlent ça dans la journée."
    ],
    "it": ["Terza volta per {case}. Un collega usa {comp}, risolvono in giornata."],
    "pt": ["Terceira vez por causa de {case}. Um colega usa a {comp}, resolvem no mesmo dia."],
    "es": ["Tercera vez por {case}. Un compañero usa {comp} y lo arreglan en el día."],
}

FOURTH: dict[str, list[str]] = {
    "de": ["Zum VIERTEN Mal: {case} ist nicht gelöst."],
    "en": ["FOURTH time: {case} is not resolved."],
    "fr": ["QUATRIÈME fois : {case} n'est pas réglé."],
    "it": ["QUARTA volta: {case} non è risolto."],
    "pt": ["QUARTA vez: {case} não está resolvido."],
    "es": ["CUARTA vez: {case} sin resolver."],
}

SLIDE: dict[str, list[str]] = {
    "de": [
        "Techniker kam drei Stunden zu spät, ohne Anruf. Schade, {brand}.",
        "Die neue Dichtung am Kühlschrank ist schon wieder locker. Hm.",
        "Für jedes Teil soll ich jetzt ein Foto hochladen, bevor jemand kommt? Ernsthaft?",
        "Anfahrt wieder teurer, und das Zeitfenster jetzt 6 Stunden. Wird immer schlechter.",
        "49 € für eine 'Zweitdiagnose', die nur ein Blick war. Ich bin sauer, {brand}.",
        "Meine Schwester nimmt {comp}, ich hab für Samstag dort gebucht.",
    ],
    "en": [
        "Engineer three hours late and no call. Not like you, {brand}.",
        "The new fridge seal is loose again already. Hmm.",
        "Now I have to upload photos of every part before anyone comes? Really?",
        "Callout up again and the slot is six hours now. Going downhill.",
        "£40 for a 'second diagnosis' that was a two-minute look. Fuming, {brand}.",
        "My sister uses {comp}, booked them for Saturday.",
    ],
    "fr": [
        "Technicien en retard de trois heures, sans appel. Dommage, {brand}.",
        "Le joint du frigo se décolle déjà. Bof.",
        "Il faut maintenant envoyer une photo de chaque pièce avant la visite ?",
        "Déplacement plus cher et créneau de 6 heures. Ça se dégrade.",
        "45 € pour un 'second diagnostic' de deux minutes. Je suis furieuse, {brand}.",
        "Ma sœur passe par {comp}, j'ai réservé chez eux samedi.",
    ],
    "it": [
        "Tecnico in ritardo di tre ore, senza avvisare. Peccato, {brand}.",
        "La guarnizione nuova del frigo si stacca già.",
        "Ora devo mandare la foto di ogni pezzo prima della visita?",
        "Uscita più cara e fascia di 6 ore. Peggiorate.",
        "45 € per una 'seconda diagnosi' di due minuti. Sono furiosa, {brand}.",
        "Mia sorella usa {comp}, ho prenotato da loro per sabato.",
    ],
    "pt": [
        "Técnico três horas atrasado, sem ligar. Pena, {brand}.",
        "A borracha nova do frigorífico já está a soltar-se.",
        "Agora tenho de enviar foto de cada peça antes da visita?",
        "Deslocação mais cara e janela de 6 horas. Cada vez pior.",
        "45 € por um 'segundo diagnóstico' de dois minutos. Estou furiosa, {brand}.",
        "A minha irmã usa a {comp}, marquei com eles para sábado.",
    ],
    "es": [
        "El técnico llegó tres horas tarde y sin avisar. Qué pena, {brand}.",
        "La goma nueva de la nevera ya se despega.",
        "¿Ahora tengo que mandar foto de cada pieza antes de la visita?",
        "Salida más cara y franja de 6 horas. Vais a peor.",
        "45 € por un 'segundo diagnóstico' de dos minutos. Estoy FARTA, {brand}.",
        "Mi hermana usa {comp}, ya he reservado con ellos el sábado.",
    ],
}

LEAVE: dict[str, list[str]] = {
    "de": [
        "Hallo, wir ziehen in eine möblierte Wohnung mit Hausmeister-Service. Bitte Fixelio Plus kündigen und mein Konto schließen. Danke für alles."
    ],
    "en": [
        "Hi, we've bought all-new appliances with a five-year warranty, so please cancel my Plus membership and close my account. Thanks for everything."
    ],
    "fr": [
        "Bonjour, nous emménageons dans un meublé avec gardien. Merci de résilier Plus et de fermer mon compte."
    ],
    "it": [
        "Buongiorno, ci trasferiamo in un appartamento arredato con portiere. Vi prego di disdire Plus e chiudere l'account."
    ],
    "pt": [
        "Olá, mudamos para um apartamento mobilado com porteiro. Por favor cancelem o Plus e fechem a conta."
    ],
    "es": [
        "Hola, nos mudamos a un piso amueblado con conserje. Por favor, dad de baja Plus y cerrad mi cuenta."
    ],
}

SORRY_GO: dict[str, list[str]] = {
    "de": [
        "Schade, dass Sie gehen. Kündigen können Sie selbst in der App oder auf der Website unter Konto. {agent}"
    ],
    "en": [
        "Sorry to see you go. You can cancel yourself in the app or on the website under Account. {agent}"
    ],
    "fr": [
        "Dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site. {agent}"
    ],
    "it": ["Ci dispiace. Può disdire da sola nell'app o sul sito. {agent}"],
    "pt": ["Lamentamos. Pode cancelar na app ou no site. {agent}"],
    "es": ["Qué pena que te vayas. Puedes darte de baja en la app o en la web. {agent}"],
}

GRUMBLES: dict[str, list[str]] = {
    "de": [
        "Die App loggt mich jedes Mal aus. Nervig.",
        "Warum kommt die Erinnerung um 6 Uhr morgens?",
        "Warteschleife 25 Minuten. Wie immer.",
    ],
    "en": [
        "The app logs me out every single time. Annoying.",
        "Why is the reminder text at 6am?",
        "25 minutes on hold. As usual.",
    ],
    "fr": ["L'appli me déconnecte à chaque fois. Pénible.", "Pourquoi le rappel à 6h du matin ?"],
    "it": ["L'app mi disconnette ogni volta. Che noia.", "Perché il promemoria alle 6?"],
    "pt": ["A app desliga-me sempre a sessão. Irritante.", "Porque é que o lembrete chega às 6?"],
    "es": [
        "La app me cierra la sesión cada vez. Qué pesadez.",
        "¿Por qué el aviso a las 6 de la mañana?",
    ],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Wow, {brand}, 'Express-Termin' um 19:45. Genau dann wollte ich Wäsche waschen 👏",
        "Danke {brand}, der Techniker hat die Anleitung vom letzten Kunden dagelassen 😂",
    ],
    "en": [
        "Love that the {brand} 'express' slot is 7:45pm. Perfect time to run a wash 👏",
        "Cheers {brand}, engineer left me someone else's receipt as a souvenir 😂",
    ],
    "fr": ["Merci {brand}, créneau 'express' à 19h45, idéal pour une lessive 👏"],
    "it": ["Grazie {brand}, fascia 'express' alle 19:45, perfetta per il bucato 👏"],
    "pt": ["Obrigada {brand}, horário 'expresso' às 19:45, ótimo para lavar roupa 👏"],
    "es": ["Gracias {brand}, franja 'exprés' a las 19:45, ideal para poner lavadoras 👏"],
}

MILD: dict[str, list[str]] = {
    "de": ["Kleine Sache: die Karte in der App zeigt meinen Ort falsch an."],
    "en": ["Small thing: the map in the app shows the wrong town for me."],
    "fr": ["Petit détail : la carte de l'appli affiche la mauvaise ville."],
    "it": ["Piccola cosa: la mappa dell'app mostra la città sbagliata."],
    "pt": ["Pormenor: o mapa da app mostra a cidade errada."],
    "es": ["Un detalle: el mapa de la app me pone otra ciudad."],
}

MILD_ACK: dict[str, list[str]] = {
    "de": ["Danke für den Hinweis, wir geben das an die App-Kollegen weiter. {agent}"],
    "en": ["Thanks for flagging, passed to the app team. {agent}"],
    "fr": ["Merci du signalement, transmis à l'équipe appli. {agent}"],
    "it": ["Grazie della segnalazione, girata al team app. {agent}"],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app. {agent}"],
    "es": ["Gracias por avisar, se lo pasamos al equipo de la app. {agent}"],
}

# business arm (Fixelio Pro): invoice, service_blocked, portal, overbilled
B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "die Sammelrechnungen tragen noch den alten Firmennamen und keine Bestellnummer, unsere Buchhaltung kann sie nicht verbuchen",
        "service_blocked": "Ihre Disposition lehnt Einsätze für unsere Objekte ab, 'Konto gesperrt', obwohl alles bezahlt ist",
        "portal": "im Portal sehen wir keine offenen Aufträge und können nichts stornieren",
        "overbilled": "uns wird der Einzelpreis statt des vereinbarten Rahmenvertragspreises berechnet",
    },
    "en": {
        "invoice": "the monthly invoices still carry our old company name and no PO number, so accounts can't book them",
        "service_blocked": "your dispatch refuses jobs for our properties, 'account on stop', though everything is paid",
        "portal": "the portal shows no open jobs and we can't cancel anything",
        "overbilled": "we're charged the single-visit price instead of our framework rate",
    },
    "fr": {
        "invoice": "les factures portent encore l'ancien nom de la société et aucun numéro de commande",
        "service_blocked": "votre planification refuse nos interventions, 'compte bloqué', alors que tout est payé",
        "portal": "le portail n'affiche aucune intervention ouverte",
        "overbilled": "on nous facture le tarif unitaire au lieu du tarif contrat",
    },
    "it": {
        "invoice": "le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine",
        "service_blocked": "la vostra pianificazione rifiuta gli interventi, 'conto bloccato', anche se è tutto pagato",
        "portal": "il portale non mostra nessun intervento aperto",
        "overbilled": "ci addebitate la tariffa singola invece di quella del contratto quadro",
    },
    "pt": {
        "invoice": "as faturas ainda têm o nome antigo da empresa e nenhum número de encomenda",
        "service_blocked": "a vossa marcação recusa serviços, 'conta bloqueada', apesar de tudo pago",
        "portal": "o portal não mostra serviços em aberto",
        "overbilled": "cobram-nos o preço avulso em vez do preço do contrato",
    },
    "es": {
        "invoice": "las facturas siguen con el nombre antiguo de la empresa y sin número de pedido",
        "service_blocked": "vuestra planificación rechaza los servicios, 'cuenta bloqueada', aunque está todo pagado",
        "portal": "el portal no muestra ningún servicio abierto",
        "overbilled": "nos cobráis la tarifa suelta en lugar de la del contrato marco",
    },
}

B2B_FIRST: dict[str, str] = {
    "de": "Guten Tag, {company} hier: {prob}. Bitte um Klärung.",
    "en": "Hello, {company} here: {prob}. Please look into it.",
    "fr": "Bonjour, ici {company} : {prob}. Merci de vérifier.",
    "it": "Buongiorno, qui {company}: {prob}. Vi prego di verificare.",
    "pt": "Bom dia, aqui {company}: {prob}. Peço que verifiquem.",
    "es": "Buenos días, aquí {company}: {prob}. Rogamos lo revisen.",
}

B2B_LATER: dict[str, str] = {
    "de": "Zu Vorgang {case}: meine Kollegin {first} hat am {day} schon geschrieben. Es ist unverändert: {prob}.",
    "en": "Re case {case}: my colleague {first} wrote on {day} already. Nothing has changed: {prob}.",
    "fr": "Dossier {case} : ma collègue {first} vous a écrit {day}. Rien n'a changé : {prob}.",
    "it": "Pratica {case}: la mia collega {first} vi ha scritto {day}. Nulla è cambiato: {prob}.",
    "pt": "Processo {case}: a minha colega {first} escreveu {day}. Nada mudou: {prob}.",
    "es": "Incidencia {case}: mi compañera {first} os escribió el {day}. Sigue igual: {prob}.",
}

B2B_LAST_EMAIL: dict[str, str] = {
    "de": "Vorgang {case} ist weiter offen, mehrere Kollegen haben geschrieben. Der Einkauf hat bereits bei {comp} Preise angefragt.",
    "en": "Case {case} is still open and several colleagues have written. Procurement has already asked {comp} for their rates.",
    "fr": "Le dossier {case} est toujours ouvert, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}.",
    "it": "La pratica {case} è ancora aperta, più colleghi hanno scritto. Gli acquisti hanno chiesto i prezzi a {comp}.",
    "pt": "O processo {case} continua aberto, vários colegas escreveram. As compras já pediram preços à {comp}.",
    "es": "La incidencia {case} sigue abierta y han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.",
}

B2B_LAST_CALL: dict[str, str] = {
    "de": "ja hallo wegen Vorgang {case} das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "en": "hi it's about case {case} it's still not fixed several of us have written my boss says we move the account if it isn't sorted this week",
    "fr": "oui bonjour pour le dossier {case} toujours pas réglé plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si rien ne bouge cette semaine",
    "it": "sì salve per la pratica {case} non è ancora risolta hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si sistema questa settimana",
    "pt": "olá é sobre o processo {case} ainda não está resolvido vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "es": "hola es por la incidencia {case} sigue sin resolver han escrito varios compañeros mi jefe dice que nos cambiamos de proveedor si no se arregla esta semana",
}

B2B_ACK: dict[str, str] = {
    "de": "Danke, wir haben den Vorgang {case} angelegt und prüfen das mit der Buchhaltung. {agent}",
    "en": "Thanks, we've opened case {case} and are checking with billing. {agent}",
    "fr": "Merci, dossier {case} ouvert, nous vérifions avec la facturation. {agent}",
    "it": "Grazie, abbiamo aperto la pratica {case} e verifichiamo con l'amministrazione. {agent}",
    "pt": "Obrigado, abrimos o processo {case} e vamos verificar com a faturação. {agent}",
    "es": "Gracias, hemos abierto la incidencia {case} y lo revisamos con facturación. {agent}",
}

B2B_SUGGEST: dict[str, list[str]] = {
    "de": [
        "Vorschlag: könnten die Rechnungen die Objektnummer zeigen?",
        "Wäre schön, wenn der Einsatzbericht das Datum der letzten Wartung hätte.",
    ],
    "en": [
        "Suggestion: could invoices show our property reference?",
        "Would be handy if job reports showed the last service date.",
    ],
    "fr": ["Suggestion : les factures pourraient-elles indiquer la référence du site ?"],
    "it": ["Suggerimento: le fatture potrebbero indicare il codice immobile?"],
    "pt": ["Sugestão: as faturas podiam mostrar a referência do imóvel?"],
    "es": ["Sugerencia: ¿podrían las facturas llevar la referencia del inmueble?"],
}

B2B_Q: dict[str, list[str]] = {
    "de": [
        "Können Sie für Objekt 12 morgen noch einen Techniker schicken?",
        "Wie exportiere ich die Aufträge des Quartals?",
    ],
    "en": ["Can you send an engineer to site 12 tomorrow?", "How do I export this quarter's jobs?"],
    "fr": ["Pouvez-vous envoyer un technicien sur le site 12 demain ?"],
    "it": ["Potete mandare un tecnico all'immobile 12 domani?"],
    "pt": ["Podem enviar um técnico ao imóvel 12 amanhã?"],
    "es": ["¿Podéis mandar un técnico al inmueble 12 mañana?"],
}

B2B_A: dict[str, list[str]] = {
    "de": ["Erledigt, Techniker ist eingeplant, Details im Portal. {agent}"],
    "en": ["Done, an engineer is booked, details in the portal. {agent}"],
    "fr": ["C'est fait, technicien planifié, détails sur le portail. {agent}"],
    "it": ["Fatto, tecnico pianificato, dettagli nel portale. {agent}"],
    "pt": ["Feito, técnico marcado, detalhes no portal. {agent}"],
    "es": ["Hecho, técnico asignado, detalles en el portal. {agent}"],
}

B2B_PRAISE: dict[str, list[str]] = {
    "de": [
        "Fixelio Pro hat diese Woche sieben Wohnungen durchgetaktet, alles sauber dokumentiert. Danke!"
    ],
    "en": ["Fixelio Pro got through seven flats for us this week, all documented. Great work."],
    "fr": ["Fixelio Pro a traité sept logements cette semaine, tout est documenté. Bravo."],
    "it": ["Fixelio Pro ha sistemato sette appartamenti questa settimana. Ottimo lavoro."],
    "pt": ["A Fixelio Pro tratou de sete apartamentos esta semana. Excelente."],
    "es": ["Fixelio Pro nos ha resuelto siete pisos esta semana. Buen trabajo."],
}

# the planted incident (topic_spike only)
SPIKE_REPORT: dict[str, list[str]] = {
    "de": [
        "{brand} die App zeigt meinen heutigen Termin plötzlich für den 01.01.2027 an, Fehler {code}. Kommt jetzt jemand oder nicht??",
        "Heute Reparatur gebucht, jetzt steht da 'verschoben auf 1. Januar 2027'. Was soll das?",
        "Mein Termin für die {appl} ist aus der App verschwunden und taucht im Januar 2027 wieder auf. Fehlermeldung {code}.",
    ],
    "en": [
        "{brand} my visit today now says 1 January 2027?! error {code}. Is the engineer coming or not",
        "app just moved my {appl} repair to next January. I didn't touch anything. What's going on",
        "All my bookings show 01/01/2027 and a code {code}. Help?",
    ],
    "fr": [
        "L'appli a déplacé ma réparation d'aujourd'hui au 1er janvier 2027, erreur {code}. Le technicien vient ou pas ?",
        "Mon rendez-vous pour le {appl} est passé à janvier 2027 tout seul. Bizarre.",
    ],
    "it": [
        "L'app ha spostato la visita di oggi al 1 gennaio 2027, errore {code}. Il tecnico viene?",
        "La mia riparazione della {appl} ora risulta a gennaio 2027. Ma che succede?",
    ],
    "pt": [
        "A app passou a visita de hoje para 1 de janeiro de 2027, erro {code}. O técnico vem ou não?",
        "A reparação da {appl} aparece agora em janeiro de 2027. O que se passa?",
    ],
    "es": [
        "La app me ha movido la visita de hoy al 1 de enero de 2027, error {code}. ¿Viene el técnico o no?",
        "Mi reparación de la {appl} sale ahora en enero de 2027. ¿Qué pasa?",
    ],
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "de": [
        "Nochmal wegen dem Termin: immer noch 01.01.2027 in der App, auch auf dem Handy meines Mannes. {code}."
    ],
    "en": ["Still showing January 2027 on my partner's phone too, {code}. Anyone?"],
    "fr": ["Toujours janvier 2027 dans l'appli, même sur le téléphone de mon mari. {code}."],
    "it": ["Ancora gennaio 2027 nell'app, anche sul telefono di mio marito. {code}."],
    "pt": ["Continua janeiro de 2027 na app, também no telemóvel do meu marido. {code}."],
    "es": ["Sigue saliendo enero de 2027, también en el móvil de mi marido. {code}."],
}

SPIKE_CHAT_A: dict[str, list[str]] = {
    "de": [
        "Ja, die App zeigt gerade falsche Termindaten an, unsere Technik ist dran. Ihr Termin heute bleibt bestehen. {agent}"
    ],
    "en": [
        "Yes, the app is showing wrong visit dates right now, engineers are on it. Your visit today still stands. {agent}"
    ],
    "fr": [
        "Oui, l'appli affiche de mauvaises dates en ce moment, nos équipes sont dessus. Votre visite est maintenue. {agent}"
    ],
    "it": [
        "Sì, l'app mostra date sbagliate in questo momento, ci stiamo lavorando. La visita di oggi resta. {agent}"
    ],
    "pt": [
        "Sim, a app está a mostrar datas erradas, estamos a tratar. A visita de hoje mantém-se. {agent}"
    ],
    "es": [
        "Sí, la app muestra fechas erróneas ahora mismo, lo estamos arreglando. Tu visita de hoy sigue en pie. {agent}"
    ],
}

SPIKE_FIXED: dict[str, list[str]] = {
    "de": [
        "Die Termine in der App stimmen seit {time} Uhr wieder. Als Entschuldigung schreiben wir Ihnen 10 € gut. {agent}"
    ],
    "en": [
        "Visit dates in the app are correct again since {time}. We've added a {amount} credit to say sorry. {agent}"
    ],
    "fr": ["Les dates sont correctes depuis {time}. Nous vous offrons 10 € de crédit. {agent}"],
    "it": [
        "Le date nell'app sono di nuovo corrette dalle {time}. Le abbiamo accreditato 10 €. {agent}"
    ],
    "pt": ["As datas na app estão corretas desde as {time}. Creditámos 10 €. {agent}"],
    "es": [
        "Las fechas de la app vuelven a estar bien desde las {time}. Te hemos abonado 10 €. {agent}"
    ],
}

LONE_Q: dict[str, list[str]] = {
    "de": [
        "Kurze Frage: In der App steht bei meinem Termin 'Zeitfenster wird bestätigt'. Ist das normal?"
    ],
    "es": [
        "Una pregunta: en la app pone 'franja pendiente de confirmar' en mi visita. ¿Es normal?"
    ],
}

LONE_A: dict[str, list[str]] = {
    "de": ["Ja, das ist normal, das genaue Fenster kommt am Vorabend per SMS. {agent}"],
    "es": ["Sí, es normal, la franja exacta llega por SMS la tarde antes. {agent}"],
}

AGENTS = ["Lena", "Tom", "Claire", "Giulia", "Rui", "Marta", "Jonas", "Aoife"]

FIRST_NAMES: dict[str, list[str]] = {
    "de": [
        "Anna",
        "Lukas",
        "Sabine",
        "Jan",
        "Miriam",
        "Felix",
        "Katrin",
        "Tobias",
        "Ulrike",
        "Moritz",
        "Hanna",
        "Stefan",
    ],
    "en": ["Emma", "Oliver", "Siobhan", "Jack", "Priya", "Tom", "Grace", "Liam", "Fiona", "Callum"],
    "fr": ["Camille", "Julien", "Manon", "Hugo", "Léa", "Antoine"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Paolo"],
    "pt": ["Inês", "João", "Mariana", "Tiago", "Beatriz", "Rui"],
    "es": ["Lucía", "Pablo", "Carmen", "Javier", "Irene", "Sergio"],
}

SURNAMES: dict[str, list[str]] = {
    "de": ["Brandt", "Keller", "Hoffmann", "Vogel", "Schulze", "Krüger", "Lehmann", "Wolf"],
    "en": ["Walsh", "Hughes", "Patel", "Murphy", "Clarke", "Byrne", "Evans"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Bonnet", "Roux"],
    "it": ["Ferri", "Conti", "Rinaldi", "Greco", "Marino"],
    "pt": ["Santos", "Ferreira", "Costa", "Pires", "Lopes"],
    "es": ["Torres", "Navarro", "Romero", "Gil", "Ortega"],
}

MARKETS: dict[str, list[str]] = {
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "pt": ["PT"],
    "es": ["ES"],
}

PHONE_PREFIX: dict[str, tuple[str, str, int]] = {
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "79", 7),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
    "ES": ("+34", "6", 8),
}

WEEKDAYS: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
