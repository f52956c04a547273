"""Wording of heldout264 (Abissa: scuba courses, guided dives, gear hire and servicing)."""

# ruff: noqa: E501

LANGS = ["de", "it", "en", "es", "fr", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "IT", "CH"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "fr": ["FR", "BE"],
    "pt": ["PT"],
}
FIRST = {
    "de": [
        "Jonas",
        "Miriam",
        "Tobias",
        "Sabine",
        "Lukas",
        "Anja",
        "Florian",
        "Heike",
        "Dominik",
        "Katrin",
    ],
    "it": [
        "Matteo",
        "Giulia",
        "Davide",
        "Chiara",
        "Simone",
        "Federica",
        "Lorenzo",
        "Marta",
        "Andrea",
        "Ilaria",
    ],
    "en": ["Owen", "Harriet", "Callum", "Niamh", "Rory", "Imogen"],
    "es": ["Iker", "Nerea", "Álvaro", "Lucía", "Rubén", "Alba"],
    "fr": ["Théo", "Margaux", "Baptiste", "Clémence", "Hugo", "Élodie"],
    "pt": ["Tiago", "Inês", "Rui", "Beatriz", "Nuno", "Joana"],
}
LAST = {
    "de": ["Krämer", "Vogt", "Lindner", "Seidel", "Haas", "Brunner", "Ebert", "Pohl"],
    "it": ["Ferraro", "Galli", "Rinaldi", "Costa", "Marini", "Fontana", "Greco", "Leone"],
    "en": ["Hughes", "Doyle", "Fraser", "Kendall", "Quinn"],
    "es": ["Navarro", "Ibáñez", "Serrano", "Molina", "Prieto"],
    "fr": ["Lefèvre", "Garnier", "Roux", "Mercier", "Faure"],
    "pt": ["Ferreira", "Lopes", "Cardoso", "Matos", "Pires"],
}
PRODUCTS = [
    ("Open Water course, 3 days / Corso Open Water", "389.00"),
    ("Guided boat dive, 2 tanks", "95.00"),
    ("Regulator service", "79.00"),
    ("Wetsuit 5 mm hire, weekend", "35.00"),
    ("Nitrox specialty", "189.00"),
    ("Night dive, guided", "69.00"),
]

PRAISE = {
    "de": [
        "Heute zwei Tauchgänge mit Abissa am Riff, Sicht 20 Meter und ein Guide mit Engelsgeduld 🐠",
        "Mein Atemregler kam vom Service zurück und atmet sich butterweich. Top, Abissa!",
        "Zum dritten Mal dieses Jahr mit Abissa draußen, und wieder alles pünktlich am Boot",
        "Open-Water-Kurs bestanden!! Danke an Tanja vom Abissa-Team, ohne sie hätte ich beim Maske ausblasen aufgegeben",
    ],
    "it": [
        "Immersione stupenda stamattina con Abissa, una murena enorme e la guida bravissima",
        "Il mio erogatore è tornato dalla revisione perfetto, respira che è un piacere. Grazie Abissa!",
        "Terza uscita in barca con Abissa quest'anno e sempre tutto preciso, muta pulita compresa",
        "Brevetto Open Water preso!!! Istruttore paziente anche con me che avevo paura dello svuotamento maschera",
    ],
    "en": [
        "Two dives with Abissa today, a seahorse on the second one and a lovely calm guide",
        "Regulator back from Abissa's service and it breathes like a dream",
    ],
    "es": [
        "Dos inmersiones hoy con Abissa, vimos un pulpo enorme y el guía un crack",
        "Me devolvieron el regulador revisado y va finísimo, gracias Abissa",
    ],
    "fr": [
        "Deux plongées avec Abissa ce matin, une tortue et un guide adorable",
        "Mon détendeur est revenu de la révision nickel, merci Abissa",
    ],
    "pt": [
        "Dois mergulhos hoje com a Abissa, um polvo gigante e o guia impecável",
        "O regulador voltou da revisão como deve ser, obrigada Abissa",
    ],
}
GRIPE_PRAISE = {
    "de": [
        "Super Kurs, nur das Theoriebuch gibt es leider bloß als PDF. Sonst gerne wieder",
        "Tauchgang klasse, aber der Kaffee am Steg war kalt 😅",
    ],
    "it": [
        "Corso ottimo, solo che il manuale è solo in PDF. Per il resto tornerò",
        "Uscita bellissima, peccato che la doccia al molo fosse fredda",
    ],
    "en": ["Great course, only the theory book is a PDF. Otherwise spot on"],
    "es": ["Curso genial, solo que el manual es un PDF. Por lo demás repetiré"],
    "fr": ["Super cours, juste le manuel seulement en PDF. Sinon parfait"],
    "pt": ["Curso ótimo, só o manual é que é em PDF. De resto impecável"],
}
QUESTION = {
    "de": [
        "Hallo, kann ich für Samstag noch eine 7-mm-Weste dazubuchen?",
        "Muss ich für den Nitrox-Kurs mein Logbuch mitbringen?",
        "Wie früh muss man am Boot sein, wenn Abfahrt 8:30 ist?",
    ],
    "it": [
        "Ciao, posso aggiungere una muta da 7 mm per sabato?",
        "Per il corso nitrox serve il logbook?",
        "A che ora bisogna essere al molo se si parte alle 8:30?",
    ],
    "en": [
        "Hi, can I add a 7 mm suit to Saturday's boat dive?",
        "Do I need my logbook for the nitrox course?",
    ],
    "es": [
        "Hola, ¿puedo añadir un neopreno de 7 mm para el sábado?",
        "¿Hace falta el logbook para el curso de nitrox?",
    ],
    "fr": [
        "Bonjour, je peux ajouter une combi 7 mm pour samedi ?",
        "Faut-il le carnet de plongée pour le cours nitrox ?",
    ],
    "pt": [
        "Olá, posso juntar um fato de 7 mm para sábado?",
        "Preciso do logbook para o curso de nitrox?",
    ],
}
ANSWER = {
    "de": "Gerne, das ist erledigt und steht in Ihrer Buchung. Bei Fragen einfach melden!",
    "it": "Certo, fatto: lo trova già nella prenotazione. Per qualsiasi cosa siamo qui!",
    "en": "Sure, that's done and shows in your booking. Any questions, just ask!",
    "es": "Claro, hecho, ya aparece en tu reserva. ¡Cualquier cosa nos dices!",
    "fr": "Bien sûr, c'est fait, c'est dans votre réservation. À bientôt !",
    "pt": "Claro, já está na sua reserva. Qualquer dúvida, diga!",
}
THANKS = {
    "de": ["Danke!", "Super, danke euch", "Perfekt 👍"],
    "it": ["Grazie!", "Perfetto grazie mille", "Ottimo 👍"],
    "en": ["Thanks!"],
    "es": ["¡Gracias!"],
    "fr": ["Merci !"],
    "pt": ["Obrigado!"],
}
PHONE_Q = {
    "de": [
        "ja hallo Krämer hier ich wollte fragen ob der Tauchgang am Sonntag auch bei Wind rausfährt",
        "guten Tag ich hab einen Gutschein geschenkt bekommen und weiß nicht wie ich den einlöse",
    ],
    "it": [
        "buongiorno volevo chiedere se l'uscita di domenica si fa anche con il vento",
        "salve mi hanno regalato un buono e non so come usarlo",
    ],
    "en": ["hi there just wondering if sunday's boat goes out when it's windy"],
    "es": ["hola quería saber si la salida del domingo se hace con viento"],
    "fr": ["bonjour je voulais savoir si la sortie de dimanche part même avec du vent"],
    "pt": ["bom dia queria saber se a saída de domingo vai mesmo com vento"],
}
PHONE_FOLLOW = {
    "de": "Wie telefonisch besprochen: alle Infos zu Ihrer Frage anbei. Schöne Tauchgänge!",
    "it": "Come detto al telefono, ecco le informazioni richieste. Buone immersioni!",
    "en": "As discussed on the phone, here is what you asked about. Happy diving!",
    "es": "Como hablamos por teléfono, aquí tienes la información. ¡Buenas inmersiones!",
    "fr": "Comme convenu au téléphone, voici les informations. Bonnes plongées !",
    "pt": "Como falámos ao telefone, seguem as informações. Bons mergulhos!",
}
REVIEW = {
    "de": [
        "Toller Kurs, klare Erklärungen, faire Preise",
        "Ausrüstung gepflegt, Boot pünktlich, gerne wieder",
    ],
    "it": ["Corso chiaro e istruttori seri", "Attrezzatura curata, barca puntuale"],
    "en": ["Well-kept kit, punctual boat"],
    "es": ["Equipo cuidado y barco puntual"],
    "fr": ["Matériel soigné, bateau à l'heure"],
    "pt": ["Equipamento cuidado, barco pontual"],
}
NIGHT_POST = {
    "de": [
        "Nachtschicht im Klinikum vorbei und ich buch mir jetzt den Tauchgang für Samstag bei Abissa",
        "kann nicht schlafen, schaue Wrack-Videos und freue mich auf Sonntag mit Abissa",
    ],
    "it": [
        "Fine turno di notte in ospedale, prenoto ora l'uscita di sabato con Abissa",
        "non riesco a dormire, guardo video di relitti e penso alla domenica con Abissa",
    ],
    "en": ["Night shift done, booking Saturday's dive with Abissa before bed"],
    "es": ["Salgo del turno de noche y reservo la inmersión del sábado con Abissa"],
    "fr": ["Fin de garde de nuit, je réserve la plongée de samedi chez Abissa"],
    "pt": ["Fim do turno da noite, vou marcar o mergulho de sábado na Abissa"],
}
NIGHT_Q = {
    "de": [
        "Kann ich die nasse Leihausrüstung auch nachts in die Rückgabebox legen?",
        "Ab wann gilt der Wochenendtarif für den Anzug?",
    ],
    "it": [
        "Posso lasciare l'attrezzatura bagnata nel box di notte?",
        "Da che ora vale la tariffa weekend della muta?",
    ],
    "en": ["Can I drop wet hire kit in the box at night?"],
    "es": ["¿Puedo dejar el equipo mojado en el buzón de noche?"],
    "fr": ["Je peux déposer le matériel mouillé dans la boîte la nuit ?"],
    "pt": ["Posso deixar o equipamento molhado na caixa à noite?"],
}
SURVEY_WORD = {
    "de": ["super", "", "🐠", "alles top"],
    "it": ["ottimo", "", "🐬", "tutto perfetto"],
    "en": ["great", ""],
    "es": ["genial", ""],
    "fr": ["top", ""],
    "pt": ["ótimo", ""],
}

PROBLEMS = ["no_show", "double_charge", "damage", "refund"]
PROBLEM_TEXT = {
    "de": {
        "no_show": "der gebuchte Bootstauchgang am Samstag: wir standen um 7:45 am Steg, kein Boot, kein Guide, niemand ging ans Telefon",
        "double_charge": "der Open-Water-Kurs wurde ZWEIMAL abgebucht, 389 € und nochmal 389 €",
        "damage": "mein Atemregler kam vom Service zurück und bläst unter Wasser ab, ich musste den Tauchgang abbrechen",
        "refund": "der abgesagte Nitrox-Kurs, die 189 € sind seit drei Wochen nicht zurück",
    },
    "it": {
        "no_show": "l'uscita in barca di sabato: eravamo al molo alle 7:45, niente barca, niente guida, nessuno rispondeva al telefono",
        "double_charge": "il corso Open Water addebitato DUE volte, 389 € e ancora 389 €",
        "damage": "l'erogatore è tornato dalla revisione e va in erogazione continua, ho dovuto interrompere l'immersione",
        "refund": "il corso nitrox annullato, i 189 € non sono ancora rientrati dopo tre settimane",
    },
    "en": {
        "no_show": "Saturday's boat dive: we were on the jetty at 7:45, no boat, no guide, nobody answering the phone",
        "double_charge": "the Open Water course was charged TWICE, £330 and £330 again",
        "damage": "my regulator came back from service free-flowing and I had to abort the dive",
        "refund": "the cancelled nitrox course, the £160 still hasn't come back after three weeks",
    },
    "es": {
        "no_show": "la salida en barco del sábado: estábamos en el muelle a las 7:45 y ni barco ni guía ni nadie al teléfono",
        "double_charge": "el curso Open Water cobrado DOS veces, 389 € y otros 389 €",
        "damage": "el regulador volvió de la revisión en flujo continuo y tuve que abortar la inmersión",
        "refund": "el curso de nitrox cancelado, los 189 € siguen sin volver tres semanas después",
    },
    "fr": {
        "no_show": "la sortie bateau de samedi : on était au ponton à 7h45, pas de bateau, pas de guide, personne au téléphone",
        "double_charge": "le cours Open Water débité DEUX fois, 389 € et encore 389 €",
        "damage": "mon détendeur est revenu de révision en débit continu, j'ai dû interrompre la plongée",
        "refund": "le cours nitrox annulé, les 189 € ne sont toujours pas revenus après trois semaines",
    },
    "pt": {
        "no_show": "a saída de barco de sábado: estávamos no cais às 7:45, nem barco nem guia nem ninguém ao telefone",
        "double_charge": "o curso Open Water cobrado DUAS vezes, 389 € e mais 389 €",
        "damage": "o regulador voltou da revisão em débito contínuo e tive de abortar o mergulho",
        "refund": "o curso de nitrox cancelado, os 189 € ainda não voltaram passadas três semanas",
    },
}
COMPLAINT = {
    "de": [
        "Ich bin echt sauer. Es geht um {p}. So geht das nicht, ich erwarte heute eine Lösung.",
        "Was ist bei euch los?? {p}. Unmöglich.",
        "Beschwerde: {p}. Ich will eine Erklärung und mein Geld.",
    ],
    "it": [
        "Sono davvero arrabbiato. Il problema è {p}. Così non va, voglio una soluzione oggi.",
        "Ma cosa succede da voi?? {p}. Inaccettabile.",
        "Reclamo: {p}. Voglio una spiegazione e i miei soldi.",
    ],
    "en": [
        "Really not happy. It's {p}. Not acceptable, I expect this sorted today.",
        "What is going on?? {p}. Ridiculous.",
    ],
    "es": [
        "Estoy muy enfadada. Se trata de {p}. Así no, quiero una solución hoy.",
        "¿Qué os pasa?? {p}. Inaceptable.",
    ],
    "fr": [
        "Je suis vraiment en colère. Il s'agit de {p}. Ce n'est pas acceptable, je veux une solution aujourd'hui.",
        "C'est quoi ce service ?? {p}. Inadmissible.",
    ],
    "pt": [
        "Estou mesmo chateado. É {p}. Assim não dá, quero uma solução hoje.",
        "O que se passa?? {p}. Inaceitável.",
    ],
}
CALL_COMPLAINT = {
    "de": "ja guten Tag ich ruf an wegen {p} und ich bin wirklich verärgert das muss heute noch geklärt werden",
    "it": "sì buongiorno chiamo per {p} e sono davvero arrabbiato va sistemato oggi",
    "en": "hi yes i'm calling about {p} and honestly i'm fuming this needs sorting today",
    "es": "hola llamo por {p} y estoy muy enfadado esto hay que arreglarlo hoy",
    "fr": "bonjour j'appelle pour {p} et je suis vraiment énervé il faut régler ça aujourd'hui",
    "pt": "bom dia ligo por causa de {p} e estou mesmo chateado tem de se resolver hoje",
}
LETTER = {
    "de": "Liebes Abissa-Team,\n\nich schreibe Ihnen vom Campingplatz aus, wo wir gerade mit den Kindern und dem Hund eine Woche verbringen, und eigentlich wollte ich Ihnen nur erzählen, wie sehr ich mich auf die Tauchsaison gefreut habe. Mein Mann hat mir den Kurs zum Geburtstag geschenkt, meine Schwester kommt im August nach, und wir hatten uns alles so schön ausgemalt.\n\nLeider muss ich mich aber beschweren: {p}. Ich habe das beim Frühstück meinem Mann gezeigt und er meinte nur, so kennt er Abissa gar nicht. Ich auch nicht.\n\nIch bitte Sie wirklich, sich das anzuschauen und mir bis Montag zu antworten. Die Kinder fragen schon, ob wir überhaupt noch tauchen gehen.\n\nMit freundlichen Grüßen\n{n}",
    "it": "Gentile team Abissa,\n\nvi scrivo dalla sala d'attesa del dentista, mentre mia figlia fa l'apparecchio, quindi perdonate la fretta. Sono cliente da due anni, ho fatto con voi il corso base e l'avanzato, e ho sempre parlato bene di voi a tutti in ufficio, tanto che due colleghi si sono iscritti.\n\nPerò questa volta devo lamentarmi: {p}. Mio marito dice che dovrei lasciar perdere, ma non mi sembra giusto.\n\nVi chiedo di ricontrollare e di farmi sapere entro lunedì. Ci tengo davvero a continuare con voi.\n\nCordiali saluti\n{n}",
    "fr": "Bonjour à toute l'équipe Abissa,\n\nje vous écris depuis le train qui me ramène de chez ma mère, qui se remet doucement d'une opération du genou. Cela fait trois saisons que je plonge avec vous et je vous ai recommandés à tout mon club de lecture.\n\nMais cette fois je dois me plaindre : {p}. Franchement, cela m'a gâché le week-end.\n\nMerci de regarder cela rapidement et de me répondre avant lundi.\n\nCordialement,\n{n}",
}
CASE_OPENED = {
    "de": "Danke für Ihre Nachricht. Wir haben den Vorgang {c} angelegt und melden uns schnellstmöglich.",
    "it": "Grazie per il messaggio. Abbiamo aperto la pratica {c} e la ricontatteremo al più presto.",
    "en": "Thanks for getting in touch. We've opened case {c} and will come back to you shortly.",
    "es": "Gracias por escribirnos. Hemos abierto la incidencia {c} y te respondemos en breve.",
    "fr": "Merci pour votre message. Nous avons ouvert le dossier {c} et revenons vers vous rapidement.",
    "pt": "Obrigado pela mensagem. Abrimos o processo {c} e respondemos em breve.",
}
GOOD_NEWS = {
    "de": "Gute Nachrichten zu {c}: das ist erledigt. Können Sie uns kurz bestätigen, dass alles passt?",
    "it": "Buone notizie sulla pratica {c}: è risolto. Può confermarci che è tutto a posto?",
    "en": "Good news on case {c}: it's sorted. Could you confirm all is well?",
    "es": "Buenas noticias sobre {c}: está solucionado. ¿Nos confirmas que todo bien?",
    "fr": "Bonne nouvelle pour le dossier {c} : c'est réglé. Pouvez-vous nous confirmer ?",
    "pt": "Boas notícias sobre {c}: está resolvido. Pode confirmar que está tudo bem?",
}
QUALITY_LEAD = {
    "de": "Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "it": "La sua pratica {c} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
    "en": "Your case {c} is now with our quality lead, who will call you before Friday lunchtime.",
    "es": "Tu incidencia {c} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "fr": "Votre dossier {c} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "pt": "O seu processo {c} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
}
URGENT = {
    "de": "Zu Vorgang {c} hinzugefügt und als dringend markiert.",
    "it": "Aggiunto alla pratica {c} e segnato come urgente.",
    "en": "Added to case {c} and marked urgent.",
    "es": "Añadido a {c} y marcado como urgente.",
    "fr": "Ajouté au dossier {c}, marqué urgent.",
    "pt": "Adicionado ao processo {c} e marcado como urgente.",
}
STILL_OPEN = {
    "de": [
        "Nochmal wegen {c}: {p}. Das ist immer noch nicht gelöst!",
        "Vorgang {c} ist weiterhin offen. {p}. Ich warte.",
    ],
    "it": [
        "Riscrivo per la pratica {c}: {p}. Ancora niente!",
        "La pratica {c} è ancora aperta. {p}. Sto aspettando.",
    ],
    "en": ["Again about {c}: {p}. Still not sorted!"],
    "es": ["Otra vez por {c}: {p}. ¡Sigue sin resolverse!"],
    "fr": ["Encore pour le dossier {c} : {p}. Toujours rien !"],
    "pt": ["Outra vez sobre {c}: {p}. Continua sem solução!"],
}
THIRD = {
    "de": " Eine Kollegin taucht bei {k}, da wird sowas am selben Tag geklärt.",
    "it": " Un collega va con {k} e lì queste cose le risolvono in giornata.",
    "en": " A colleague dives with {k} and they sort this the same day.",
    "es": " Una compañera bucea con {k} y allí lo arreglan el mismo día.",
    "fr": " Une collègue plonge chez {k}, eux règlent ça le jour même.",
    "pt": " Um colega mergulha com a {k} e lá resolvem isto no mesmo dia.",
}
FOURTH = {
    "de": " Das ist jetzt das VIERTE Mal.",
    "it": " È la QUARTA volta che scrivo.",
    "en": " This is the FOURTH time.",
    "es": " Es la CUARTA vez.",
    "fr": " C'est la QUATRIÈME fois.",
    "pt": " É a QUARTA vez.",
}
CONFIRM = {
    "de": "Bestätigt, {c} passt jetzt, danke!",
    "it": "Confermo, {c} ora è a posto, grazie!",
    "en": "Confirmed, {c} is fine now, thanks!",
    "es": "Confirmado, {c} ya está bien, ¡gracias!",
    "fr": "Confirmé, {c} c'est bon, merci !",
    "pt": "Confirmado, {c} já está bem, obrigado!",
}
APOLOGY = {
    "de": [
        "Sorry für meinen Ton gestern, war einfach frustriert.",
        "Entschuldigung wegen gestern, ich war etwas laut.",
    ],
    "it": ["Scusate il tono di ieri, ero esasperato.", "Chiedo scusa per ieri, ho esagerato."],
    "en": ["Sorry for my tone yesterday."],
    "es": ["Perdón por el tono de ayer."],
    "fr": ["Désolé pour mon ton hier."],
    "pt": ["Desculpem o tom de ontem."],
}
SLIDE = {
    "de": [
        "Boot heute 40 Minuten zu spät, ohne Info",
        "Leihjacket hatte einen undichten Inflator, nervig",
        "Schon wieder umgebucht, diesmal per SMS um 6 Uhr",
        "Die Flaschen waren nur halb gefüllt, zwei Tauchgänge auf einen verkürzt",
        "Jetzt soll ich 40 € Reinigungsgebühr für einen Anzug zahlen, den ich gespült zurückgegeben habe. Frechheit",
        "Mein Schwager taucht bei {k}, ich habe den Samstag dort gebucht",
    ],
    "it": [
        "Barca in ritardo di 40 minuti oggi, senza avvisare",
        "Il jacket a noleggio aveva l'inflator che perdeva, che palle",
        "Di nuovo spostata l'uscita, con un SMS alle 6",
        "Bombole mezze vuote, due immersioni ridotte a una",
        "Ora vogliono 40 € di pulizia per una muta che ho riconsegnato sciacquata. Vergogna",
        "Mio cognato va con {k}, ho prenotato lì per sabato",
    ],
    "en": [
        "Boat 40 minutes late today, no word",
        "Hire BCD had a leaking inflator",
        "Moved again, by text at 6am",
        "Tanks half filled, two dives cut to one",
        "Now a £35 cleaning fee for a suit I returned rinsed. Outrageous",
        "My brother-in-law dives with {k}, booked Saturday there",
    ],
    "es": [
        "Barco 40 minutos tarde hoy, sin avisar",
        "El chaleco de alquiler perdía aire",
        "Otra vez cambiada la salida, por SMS a las 6",
        "Botellas medio llenas, dos inmersiones en una",
        "Ahora 40 € de limpieza por un neopreno que devolví aclarado. Vergüenza",
        "Mi cuñado bucea con {k}, he reservado allí el sábado",
    ],
    "fr": [
        "Bateau 40 minutes en retard, sans prévenir",
        "Le gilet loué avait un inflateur qui fuyait",
        "Encore déplacée, par SMS à 6h",
        "Blocs à moitié gonflés, deux plongées réduites à une",
        "Maintenant 40 € de nettoyage pour une combi rendue rincée. Honteux",
        "Mon beau-frère plonge chez {k}, j'ai réservé samedi là-bas",
    ],
    "pt": [
        "Barco 40 minutos atrasado hoje, sem aviso",
        "O colete alugado tinha o inflador a perder ar",
        "Outra vez mudada a saída, por SMS às 6",
        "Garrafas meio cheias, dois mergulhos passaram a um",
        "Agora 40 € de limpeza por um fato que devolvi passado por água. Vergonha",
        "O meu cunhado mergulha com a {k}, marquei sábado lá",
    ],
}
CANCEL = {
    "de": "Hallo, ich habe mir jetzt eine eigene Ausrüstung gekauft und ziehe beruflich ins Landesinnere. Bitte kündigen Sie Abissa Blu und schließen Sie mein Konto.",
    "it": "Salve, mi sono comprato l'attrezzatura e mi trasferisco in montagna per lavoro. Vi prego di disdire Abissa Blu e chiudere il mio account.",
    "en": "Hi, I've bought my own kit and I'm moving inland. Please cancel Abissa Blu and close my account.",
    "es": "Hola, me he comprado mi equipo y me mudo a Madrid. Cancelad Abissa Blu y cerrad mi cuenta, por favor.",
    "fr": "Bonjour, j'ai acheté mon propre matériel et je déménage. Merci de résilier Abissa Blu et de fermer mon compte.",
    "pt": "Olá, comprei o meu equipamento e vou mudar de cidade. Cancelem o Abissa Blu e fechem a minha conta, por favor.",
}
SORRY_GO = {
    "de": "Schade, dass Sie gehen! Sie können Abissa Blu selbst in der App oder auf der Website kündigen.",
    "it": "Ci dispiace! Può disdire Abissa Blu da sola/o nell'app o sul sito.",
    "en": "Sorry to see you go! You can cancel Abissa Blu yourself in the app or on the website.",
    "es": "¡Qué pena! Puedes cancelar Abissa Blu tú mismo en la app o en la web.",
    "fr": "Dommage ! Vous pouvez résilier Abissa Blu vous-même dans l'appli ou sur le site.",
    "pt": "Que pena! Pode cancelar o Abissa Blu na app ou no site.",
}
GRUMBLE = {
    "de": [
        "Die App meldet mich jedes Mal ab, nervt",
        "Warum kommt die Erinnerung immer um 5 Uhr morgens?",
    ],
    "it": [
        "L'app mi disconnette ogni volta, che noia",
        "Perché il promemoria arriva sempre alle 5 di mattina?",
    ],
    "en": ["The app logs me out every time"],
    "es": ["La app me desconecta cada vez"],
    "fr": ["L'appli me déconnecte à chaque fois"],
    "pt": ["A app desliga-me sempre a sessão"],
}
SARCASM = {
    "de": "Toll, Abissa, Briefing um 8, Boot um 10. Ich liebe es zu warten 👏",
    "it": "Bravissimi Abissa, briefing alle 8 e barca alle 10. Adoro aspettare 👏",
    "en": "Brilliant Abissa, briefing at 8, boat at 10. Love waiting 👏",
    "es": "Genial Abissa, briefing a las 8 y barco a las 10. Me encanta esperar 👏",
    "fr": "Bravo Abissa, briefing à 8h, bateau à 10h. J'adore attendre 👏",
    "pt": "Boa Abissa, briefing às 8 e barco às 10. Adoro esperar 👏",
}
SPIKE = {
    "de": [
        "Check-in am Steg geht nicht, das Terminal zeigt CHK:7720 und wir dürfen nicht aufs Boot",
        "Abissa App: Check-in Fehler CHK:7720, das Boot wartet, was soll das",
        "Kann nicht einchecken für den Tauchgang, CHK:7720 immer wieder",
    ],
    "it": [
        "Il check-in al molo non va, il terminale dà CHK:7720 e non ci fanno salire",
        "App Abissa: errore CHK:7720 al check-in, la barca aspetta",
        "Impossibile fare il check-in per l'immersione, sempre CHK:7720",
    ],
    "en": ["Can't check in at the jetty, kiosk says CHK:7720 and they won't let us on the boat"],
    "es": ["No puedo hacer el check-in en el muelle, sale CHK:7720 y no nos dejan subir"],
    "fr": ["Impossible de faire le check-in au ponton, erreur CHK:7720, on ne peut pas embarquer"],
    "pt": ["Não consigo fazer check-in no cais, dá CHK:7720 e não nos deixam embarcar"],
}
SPIKE_AGAIN = {
    "de": "Immer noch CHK:7720, auch mit dem Handy meiner Frau",
    "it": "Ancora CHK:7720, anche col telefono di mia moglie",
    "en": "Still CHK:7720, tried my wife's phone too",
    "es": "Sigue CHK:7720, también con el móvil de mi mujer",
    "fr": "Toujours CHK:7720, même avec le téléphone de ma femme",
    "pt": "Continua CHK:7720, também com o telemóvel da minha mulher",
}
SPIKE_CHAT = {
    "de": "Ja, der Check-in schlägt gerade an allen Stegen fehl, unsere Technik ist dran.",
    "it": "Sì, il check-in non funziona ora in tutti i moli, i tecnici ci lavorano.",
    "en": "Yes, check-in is failing at every jetty right now, our engineers are on it.",
    "es": "Sí, el check-in falla ahora en todos los muelles, el equipo técnico está en ello.",
    "fr": "Oui, le check-in échoue partout en ce moment, nos techniciens s'en occupent.",
    "pt": "Sim, o check-in está a falhar em todos os cais, a equipa técnica está a tratar.",
}
SPIKE_FIXED = {
    "de": "Der Check-in funktioniert seit 11:30 wieder. Der heutige Tauchgang geht auf uns, 15 € Guthaben sind gebucht.",
    "it": "Il check-in funziona di nuovo dalle 11:30. L'immersione di oggi è offerta, 15 € di credito accreditati.",
    "en": "Check-in works again since 10:30. Today's dive is on us, £13 credit added.",
    "es": "El check-in funciona de nuevo desde las 11:30. La inmersión de hoy corre de nuestra cuenta, 15 € de crédito.",
    "fr": "Le check-in fonctionne à nouveau depuis 11h30. La plongée d'aujourd'hui est offerte, 15 € de crédit.",
    "pt": "O check-in funciona de novo desde as 10:30. O mergulho de hoje é por nossa conta, 15 € de crédito.",
}
LONE_Q = {
    "de": "Gestern Abend zeigte die App beim Check-in kurz eine Sanduhr, dann ging es. Klappt das morgen am Steg?",
    "it": "Ieri sera l'app al check-in ha mostrato una clessidra per un attimo, poi è andata. Domani al molo funzionerà?",
}
LONE_A = {
    "de": "Ja, die Sanduhr ist nur das Laden, am Steg klappt es.",
    "it": "Sì, la clessidra è solo il caricamento, al molo funziona.",
}
MILD = {
    "de": "Am Wochenende fand die Karte der Tauchbasen den falschen Ort",
    "it": "Nel weekend la mappa dei diving center mostrava la città sbagliata",
    "en": "The dive centre map showed the wrong town this weekend",
    "es": "El mapa de centros mostraba otra ciudad este finde",
    "fr": "La carte des centres affichait la mauvaise ville",
    "pt": "O mapa dos centros mostrava a cidade errada",
}

B2B_FIRMS = {
    "de": ["Hotel Seeblick GmbH", "Teamgeist Events GmbH", "Kurhaus Alpenrose"],
    "it": ["Resort Scogliera Srl", "Eventi Blu Srl", "Hotel Faro Rosso"],
    "en": ["Harbour View Hotels Ltd"],
    "es": ["Hotel Cala Serena SL"],
    "fr": ["Hôtel Les Calanques SARL"],
    "pt": ["Resort Arriba Lda"],
}
B2B_PROBLEM = {
    "de": {
        "invoice": "die Rechnungen für die Gruppen-Schnuppertauchgänge kommen ohne unsere Bestellnummer und werden von der Buchhaltung abgelehnt",
        "portal": "im Abissa-Pro-Portal sind unsere Gruppenbuchungen verschwunden, wir können keine Teilnehmer nachmelden",
    },
    "it": {
        "invoice": "le fatture dei battesimi del mare di gruppo arrivano senza il nostro numero d'ordine e l'amministrazione le respinge",
        "portal": "nel portale Abissa Pro sono sparite le prenotazioni di gruppo, non possiamo aggiungere partecipanti",
    },
    "en": {
        "invoice": "the invoices for the group try-dives come without our PO number and accounts reject them",
        "portal": "our group bookings have vanished from the Abissa Pro portal, we can't add guests",
    },
    "es": {
        "invoice": "las facturas de los bautismos de grupo llegan sin nuestro número de pedido y contabilidad las rechaza",
        "portal": "en el portal Abissa Pro han desaparecido las reservas de grupo",
    },
    "fr": {
        "invoice": "les factures des baptêmes de groupe arrivent sans notre numéro de commande et la compta les refuse",
        "portal": "nos réservations de groupe ont disparu du portail Abissa Pro",
    },
    "pt": {
        "invoice": "as faturas dos batismos de grupo chegam sem o nosso número de encomenda e a contabilidade recusa",
        "portal": "as reservas de grupo desapareceram do portal Abissa Pro",
    },
}
B2B_FIRST = {
    "de": "Guten Tag, {p}. Bitte um schnelle Klärung.",
    "it": "Buongiorno, {p}. Chiediamo una soluzione rapida.",
    "en": "Hello, {p}. Please sort this quickly.",
    "es": "Buenos días, {p}. Rogamos solución rápida.",
    "fr": "Bonjour, {p}. Merci de régler cela vite.",
    "pt": "Bom dia, {p}. Pedimos resolução rápida.",
}
B2B_LATER = {
    "de": "Hallo, meine Kollegin {f} hat schon wegen {c} geschrieben: {p}. Bei mir genauso.",
    "it": "Salve, la mia collega {f} vi ha già scritto per {c}: {p}. Anche per me uguale.",
    "en": "Hi, my colleague {f} already wrote about {c}: {p}. Same here.",
    "es": "Hola, mi compañera {f} ya escribió por {c}: {p}. A mí igual.",
    "fr": "Bonjour, ma collègue {f} a déjà écrit pour {c} : {p}. Pareil pour moi.",
    "pt": "Olá, a minha colega {f} já escreveu sobre {c}: {p}. Comigo igual.",
}
B2B_LAST = {
    "de": "ja hier nochmal wegen {c} es ist immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht geht",
    "it": "sì richiamo per {c} non è cambiato niente hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "en": "yes calling again about {c} nothing has changed several of us have written my boss says we move the account if it isn't fixed this week",
    "es": "sí llamo otra vez por {c} no ha cambiado nada han escrito varios compañeros mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "fr": "oui je rappelle pour {c} rien n'a changé plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "pt": "sim ligo outra vez por {c} nada mudou vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não se resolver esta semana",
}
B2B_MILD = {
    "de": "Vorschlag: könnten die Rechnungen die Teilnehmerzahl pro Gruppe ausweisen?",
    "it": "Suggerimento: le fatture potrebbero indicare il numero di partecipanti per gruppo?",
    "en": "Suggestion: could invoices show the headcount per group?",
    "es": "Sugerencia: ¿podrían las facturas indicar los participantes por grupo?",
    "fr": "Suggestion : les factures pourraient-elles indiquer l'effectif par groupe ?",
    "pt": "Sugestão: as faturas podiam indicar o número de participantes por grupo?",
}
B2B_Q = {
    "de": "Können wir für Donnerstag noch zwei Gäste zum Schnuppertauchen nachmelden?",
    "it": "Possiamo aggiungere due ospiti al battesimo di giovedì?",
    "en": "Can we add two guests to Thursday's try-dive?",
    "es": "¿Podemos añadir dos huéspedes al bautismo del jueves?",
    "fr": "On peut ajouter deux clients au baptême de jeudi ?",
    "pt": "Podemos juntar dois hóspedes ao batismo de quinta?",
}
