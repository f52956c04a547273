"""Wording of heldout180 (Cantivo: piano tuning and piano hire). Hand-written, per language."""

# ruff: noqa: E501

LANGS = ("es", "en", "fr", "de", "it", "pt")

PRAISE = {
    "es": [
        "Lucía la afinadora dejó el piano de mi madre sonando precioso. Gracias Cantivo",
        "tercera vez que os llamo y otra vez puntuales, el piano suena de lujo",
        "El vertical de alquiler llegó sin un rasguño y los transportistas majísimos",
    ],
    "en": [
        "The tuner was lovely and the old Broadwood sounds alive again, thanks Cantivo",
        "third time this year and still the same careful tuner, cannot fault it",
        "hire piano arrived on time, two guys carried it up three floors without a scratch",
    ],
    "fr": [
        "L'accordeur était adorable, le piano de ma grand-mère chante de nouveau. Merci Cantivo"
    ],
    "de": [
        "Der Stimmer war super freundlich, das Klavier klingt wieder wie es soll. Danke Cantivo"
    ],
    "it": [
        "L'accordatore gentilissimo, il pianoforte di mia nonna suona di nuovo benissimo. Grazie Cantivo"
    ],
    "pt": ["O afinador foi impecável, o piano da minha avó voltou a cantar. Obrigada Cantivo"],
}
GRIPE = {
    "es": [
        "Todo genial con la afinación, solo que el aviso de llegada me llegó cuando ya estaba en la puerta jaja"
    ],
    "en": ["Great tuning as always, only gripe is the invoice PDF still has my old address on it"],
    "fr": ["Très bon accord, juste dommage que le créneau du samedi soit toujours complet"],
    "de": ["Stimmung top, nur die Rechnung kam als PDF ohne Kundennummer, naja"],
    "it": ["Accordatura perfetta, solo il promemoria è arrivato due volte, pazienza"],
    "pt": ["Afinação perfeita, só a mensagem de confirmação veio em inglês, mas tudo bem"],
}
QUESTION = {
    "es": [
        "hola, cada cuánto hay que afinar un piano que está junto a la calefacción?",
        "Puedo cambiar la cita del jueves al viernes por la mañana?",
    ],
    "en": [
        "hi, can I move Thursday's tuning to Friday morning?",
        "how often should a piano in a damp flat be tuned?",
    ],
    "fr": ["bonjour, peut-on décaler l'accord de jeudi à vendredi matin ?"],
    "de": ["hallo, kann ich den Stimmtermin von Donnerstag auf Freitag verschieben?"],
    "it": ["ciao, posso spostare l'accordatura da giovedì a venerdì mattina?"],
    "pt": ["olá, posso passar a afinação de quinta para sexta de manhã?"],
}
ANSWER = {
    "es": ["¡Hola! Hecho, la cita queda para el viernes a las 10:00. Un saludo, Marta de Cantivo"],
    "en": ["Hi! Done, your appointment is now Friday at 10:00. Best, Owen at Cantivo"],
    "fr": [
        "Bonjour ! C'est fait, le rendez-vous est vendredi à 10 h. Bien à vous, Claire de Cantivo"
    ],
    "de": [
        "Hallo! Erledigt, der Termin ist jetzt Freitag um 10 Uhr. Viele Grüße, Jonas von Cantivo"
    ],
    "it": ["Ciao! Fatto, l'appuntamento è venerdì alle 10. Un saluto, Giulia di Cantivo"],
    "pt": ["Olá! Feito, a marcação fica para sexta às 10h. Cumprimentos, Rita da Cantivo"],
}
THANKS = {
    "es": ["mil gracias crack", "genial, gracias!!"],
    "en": ["cheers, legend", "brilliant ta"],
    "fr": ["super merci"],
    "de": ["danke dir, top"],
    "it": ["grazie mille, gentilissimi"],
    "pt": ["valeu, obrigado!"],
}
CALL_Q = {
    "es": [
        "hola llamaba para preguntar si el afinador puede venir el sábado por la mañana que entre semana trabajo"
    ],
    "en": [
        "hi yeah i was just calling to ask if the tuner can come on saturday morning as i work weekdays"
    ],
    "fr": [
        "bonjour j'appelais pour savoir si l'accordeur peut passer samedi matin je travaille en semaine"
    ],
    "de": [
        "hallo ich wollte fragen ob der Stimmer auch am Samstagvormittag kommen kann ich arbeite unter der Woche"
    ],
    "it": [
        "buongiorno volevo sapere se l'accordatore può venire sabato mattina perché in settimana lavoro"
    ],
    "pt": [
        "olá estava a ligar para saber se o afinador pode vir sábado de manhã que durante a semana trabalho"
    ],
}
NIGHT_POST = {
    "es": [
        "las 2 de la mañana y yo tocando Chopin con sordina en el piano de Cantivo, los vecinos no saben lo que se pierden"
    ],
    "en": [
        "3am, can't sleep, playing the hire piano with the soft pedal down. best decision this year @Cantivo"
    ],
    "fr": ["2h du matin, insomnie, Satie au piano de location en sourdine. merci Cantivo"],
    "de": [
        "2 Uhr nachts, Nachtschicht vorbei, noch leise am Mietklavier von Cantivo gespielt. herrlich"
    ],
    "it": ["le 2 di notte e suono piano piano il pianoforte di Cantivo, pace totale"],
    "pt": ["2 da manhã, sem sono, a tocar baixinho no piano alugado da Cantivo. que paz"],
}
NIGHT_Q = {
    "es": ["hola, a estas horas igual no hay nadie, pero el alquiler incluye el banco del piano?"],
    "en": ["hi, late one I know, does the hire include the piano stool?"],
    "fr": ["bonsoir, la location comprend-elle le tabouret ?"],
    "de": ["hallo, spät ich weiß, ist die Klavierbank bei der Miete dabei?"],
    "it": ["ciao, so che è tardi, il noleggio include lo sgabello?"],
    "pt": ["olá, eu sei que é tarde, o aluguer inclui o banco do piano?"],
}
NIGHT_A = {
    "es": [
        "¡Hola! Sí, el banco regulable va incluido en todos los alquileres. Buenas noches, Cantivo"
    ],
    "en": ["Hi! Yes, an adjustable stool comes with every hire. Good night, Cantivo"],
    "fr": ["Bonsoir ! Oui, une banquette réglable est incluse. Bonne nuit, Cantivo"],
    "de": ["Hallo! Ja, eine verstellbare Bank ist bei jeder Miete dabei. Gute Nacht, Cantivo"],
    "it": ["Ciao! Sì, la panca regolabile è inclusa. Buonanotte, Cantivo"],
    "pt": ["Olá! Sim, o banco regulável vem com todos os alugueres. Boa noite, Cantivo"],
}
PROBLEMS = ("no_show", "double_charge", "damage", "wrong_price")
COMPLAINT = {
    "es": {
        "no_show": "El afinador NO VINO. Me pedí la mañana libre y nadie avisó. Esto es una vergüenza",
        "double_charge": "Me habéis cobrado la cuota Club DOS veces este mes, 2 x 14,90 €. Quiero el dinero ya",
        "damage": "El piano de alquiler llegó con una pata rajada y el suelo rayado. Estoy furiosa",
        "wrong_price": "Soy socia del Club y me cobraron la afinación a precio normal, 95 € en vez de 70 €",
    },
    "en": {
        "no_show": "The tuner NEVER TURNED UP. Took the morning off work and nobody called. Not good enough",
        "double_charge": "You've charged my Club fee TWICE this month, 2 x £12.90. I want it back now",
        "damage": "The hire piano arrived with a cracked leg and a gouge in my floorboards. Furious",
        "wrong_price": "I'm a Club member and was charged the full £82 tuning rate instead of £60",
    },
    "fr": {
        "no_show": "L'accordeur n'est JAMAIS venu. J'ai posé ma matinée pour rien, personne n'a prévenu",
        "double_charge": "Vous avez prélevé l'abonnement Club DEUX fois ce mois-ci. Remboursez-moi",
        "damage": "Le piano loué est arrivé avec un pied fendu et mon parquet rayé. Inadmissible",
        "wrong_price": "Je suis membre Club et on m'a facturé 95 € au lieu de 70 €",
    },
    "de": {
        "no_show": "Der Stimmer ist NICHT GEKOMMEN. Ich habe mir frei genommen, niemand hat angerufen",
        "double_charge": "Sie haben den Club-Beitrag ZWEIMAL abgebucht. Ich will das Geld zurück",
        "damage": "Das Mietklavier kam mit gebrochenem Bein und hat das Parkett zerkratzt. Unfassbar",
        "wrong_price": "Ich bin Club-Mitglied und zahle trotzdem 95 € statt 70 € für die Stimmung",
    },
    "it": {
        "no_show": "L'accordatore NON è MAI arrivato. Ho preso mezza giornata di ferie per niente",
        "double_charge": "Mi avete addebitato la quota Club DUE volte questo mese. Rivoglio i soldi",
        "damage": "Il piano a noleggio è arrivato con una gamba crepata e il parquet rigato",
        "wrong_price": "Sono socia Club e mi avete fatto pagare 95 € invece di 70 €",
    },
    "pt": {
        "no_show": "O afinador NUNCA APARECEU. Tirei a manhã de folga e ninguém avisou",
        "double_charge": "Cobraram a mensalidade Club DUAS vezes este mês. Quero o dinheiro de volta",
        "damage": "O piano alugado chegou com uma perna rachada e riscou-me o soalho",
        "wrong_price": "Sou sócia Club e cobraram-me 95 € em vez de 70 € pela afinação",
    },
}
LONG_EMAIL = {
    "es": "Buenas tardes:\n\nLes escribo desde la sala de espera del pediatra, así que perdonen si me enrollo. Llevo cuatro años con ustedes y siempre he quedado contenta. Pero {problem}. Mi hija tenía audición el lunes y no ha podido practicar.\n\nEspero una respuesta hoy.\n\nUn saludo,\n{name}",
    "en": "Hello,\n\nI'm writing this on the train home so forgive the length. I've used you for years and always been happy, honestly. But {problem}. My son's grade 5 exam is on Monday and he couldn't practise.\n\nI expect a reply today.\n\nRegards,\n{name}",
    "fr": "Bonjour,\n\nJe vous écris depuis le bus, pardon pour la longueur. Cliente depuis des années, toujours satisfaite. Mais {problem}. Mon fils passe son examen lundi.\n\nJ'attends une réponse aujourd'hui.\n\n{name}",
    "de": "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Zahnarzt. Seit Jahren Kundin, nie Ärger gehabt. Aber {problem}. Meine Tochter hat Montag Vorspiel.\n\nIch erwarte heute eine Antwort.\n\n{name}",
    "it": "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista. Cliente da anni, sempre contenta. Ma {problem}. Mio figlio ha il saggio lunedì.\n\nAttendo risposta oggi.\n\n{name}",
    "pt": "Boa tarde,\n\nescrevo do comboio, desculpem o tamanho. Sou cliente há anos e sempre gostei. Mas {problem}. A minha filha tem audição na segunda.\n\nEspero resposta hoje.\n\n{name}",
}
CASE_OPENED = {
    "es": "Hola {name}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te respondemos en 24 h. Cantivo",
    "en": "Hi {name}, we're very sorry. We've opened case {case} and will come back to you within 24 hours. Cantivo",
    "fr": "Bonjour {name}, nous sommes désolés. Demande {case} ouverte, réponse sous 24 h. Cantivo",
    "de": "Hallo {name}, das tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns binnen 24 Stunden. Cantivo",
    "it": "Ciao {name}, ci dispiace molto. Abbiamo aperto la segnalazione {case}, risposta entro 24 ore. Cantivo",
    "pt": "Olá {name}, lamentamos muito. Abrimos o pedido {case} e respondemos em 24 horas. Cantivo",
}
QUALITY_LEAD = {
    "es": "Hola {name}, tu incidencia {case} ya está con nuestra responsable de calidad, que te llamará antes del viernes. Cantivo",
    "en": "Hi {name}, your case {case} is now with our quality lead, who will call you before Friday. Cantivo",
    "fr": "Bonjour {name}, votre demande {case} est chez notre responsable qualité, qui vous appellera avant vendredi.",
    "de": "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitag anruft.",
    "it": "Ciao {name}, la segnalazione {case} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì.",
    "pt": "Olá {name}, o pedido {case} está agora com a nossa responsável de qualidade, que liga antes de sexta.",
}
GOOD_NEWS = {
    "es": "Hola {name}, buenas noticias sobre {case}: ya está resuelto. ¿Nos lo confirmas?",
    "en": "Hi {name}, good news on {case}: it's sorted. Could you confirm on your side?",
    "fr": "Bonjour {name}, bonne nouvelle pour {case} : c'est réglé. Pouvez-vous confirmer ?",
    "de": "Hallo {name}, gute Nachricht zu {case}: erledigt. Können Sie das bestätigen?",
    "it": "Ciao {name}, buone notizie su {case}: è risolto. Ce lo confermi?",
    "pt": "Olá {name}, boas notícias sobre {case}: está resolvido. Pode confirmar?",
}
CONFIRM = {
    "es": "Confirmado lo de {case}, todo bien ya. Gracias",
    "en": "Confirmed on {case}, all good now. Thanks",
    "fr": "Confirmé pour {case}, tout est en ordre. Merci",
    "de": "Bestätigt zu {case}, alles gut jetzt. Danke",
    "it": "Confermo per {case}, tutto a posto. Grazie",
    "pt": "Confirmo o {case}, está tudo bem. Obrigado",
}
APOLOGY = {
    "es": "Perdón por las mayúsculas de ayer, estaba desbordada. Gracias por la paciencia",
    "en": "sorry for yesterday's rant, bad day. thanks for being patient",
    "fr": "Désolée pour mon message d'hier, journée difficile. Merci",
    "de": "Sorry für den Ton gestern, war ein mieser Tag. Danke",
    "it": "Scusate per ieri, giornata pessima. Grazie della pazienza",
    "pt": "Desculpem a mensagem de ontem, dia mau. Obrigada",
}
STILL_OPEN = {
    "es": "Sigo esperando con lo de {case}, sigue sin resolverse. {problem}",
    "en": "Still waiting on {case}, nothing has been fixed. {problem}",
    "fr": "Toujours rien pour {case}, ce n'est pas réglé. {problem}",
    "de": "Immer noch nichts zu {case}, nicht gelöst. {problem}",
    "it": "Ancora niente per {case}, non è risolto. {problem}",
    "pt": "Continuo à espera do {case}, nada resolvido. {problem}",
}
THIRD = {
    "es": " Una amiga afina con {comp} y se lo arreglan el mismo día.",
    "en": " A friend uses {comp} and they sort this the same day.",
    "fr": " Une amie passe par {comp}, ils règlent ça le jour même.",
    "de": " Eine Freundin nutzt {comp}, die lösen das am selben Tag.",
    "it": " Un'amica usa {comp} e lo risolvono in giornata.",
    "pt": " Uma amiga usa a {comp} e resolvem no mesmo dia.",
}
FOURTH = {
    "es": " Es la CUARTA vez que escribo.",
    "en": " This is the FOURTH time I'm writing.",
    "fr": " C'est la QUATRIÈME fois que j'écris.",
    "de": " Das ist das VIERTE Mal, dass ich schreibe.",
    "it": " È la QUARTA volta che scrivo.",
    "pt": " É a QUARTA vez que escrevo.",
}
SLIDE = {
    "es": [
        "el afinador llegó una hora tarde y sin avisar, vaya",
        "la afinación ya se nota floja a las dos semanas",
        "me cambiaron la cita tres veces en una semana",
        "nadie contesta en el chat, una hora esperando",
        "me cobráis 30 € por desplazamiento que nunca existió. Harta",
        "Mi profesora usa {comp} y ya he pedido cita con ellos. Adiós",
    ],
    "en": [
        "tuner an hour late and no call, hmm",
        "tuning already drifting after two weeks",
        "appointment moved three times in one week",
        "an hour waiting in chat, nobody answers",
        "£25 call-out fee for a visit that never happened. Fed up",
        "My teacher uses {comp}, booked them for Saturday. Done",
    ],
    "fr": [
        "accordeur en retard d'une heure sans prévenir",
        "l'accord ne tient déjà plus après deux semaines",
        "rendez-vous déplacé trois fois",
        "une heure d'attente sur le chat",
        "30 € de déplacement pour rien. Marre",
        "Ma prof passe par {comp}, j'ai réservé chez eux",
    ],
    "de": [
        "Stimmer eine Stunde zu spät, ohne Anruf",
        "nach zwei Wochen schon wieder verstimmt",
        "Termin dreimal verschoben",
        "eine Stunde im Chat gewartet, keiner antwortet",
        "30 € Anfahrt für nichts. Reicht",
        "Meine Lehrerin nutzt {comp}, hab dort gebucht",
    ],
    "it": [
        "accordatore in ritardo di un'ora senza avvisare",
        "dopo due settimane è già scordato",
        "appuntamento spostato tre volte",
        "un'ora in chat senza risposta",
        "30 € di uscita per niente. Basta",
        "La mia insegnante usa {comp}, ho prenotato da loro",
    ],
    "pt": [
        "afinador uma hora atrasado sem avisar",
        "ao fim de duas semanas já desafinou",
        "marcação mudada três vezes",
        "uma hora no chat sem resposta",
        "30 € de deslocação por nada. Farta",
        "A minha professora usa a {comp}, marquei com eles",
    ],
}
CANCEL = {
    "es": "Hola, mi hija ha dejado el piano y nos mudamos a un piso pequeño. Quiero cancelar el Club y cerrar la cuenta",
    "en": "Hi, my daughter has given up piano and we're moving to a small flat. Please cancel my Club membership and close my account",
    "fr": "Bonjour, nous déménageons dans un studio, je veux résilier le Club et fermer mon compte",
    "de": "Hallo, wir ziehen in eine kleine Wohnung, bitte Club kündigen und Konto schließen",
    "it": "Ciao, ci trasferiamo in un monolocale, voglio disdire il Club e chiudere l'account",
    "pt": "Olá, vamos mudar para um T0, quero cancelar o Club e fechar a conta",
}
SORRY_GO = {
    "es": "Hola {name}, sentimos que te vayas. Puedes cancelar tú misma en la app o en la web. Cantivo",
    "en": "Hi {name}, sorry to see you go. You can cancel yourself in the app or on the website. Cantivo",
    "fr": "Bonjour {name}, dommage de vous voir partir. Résiliation possible dans l'appli ou sur le site.",
    "de": "Hallo {name}, schade. Kündigen können Sie selbst in der App oder auf der Website.",
    "it": "Ciao {name}, ci spiace vederti andare. Puoi disdire nell'app o sul sito.",
    "pt": "Olá {name}, temos pena. Pode cancelar na app ou no site.",
}
GRUMBLE = {
    "es": [
        "la app me cierra la sesión cada vez, qué pesadez",
        "el recordatorio de las 7 de la mañana sobra",
    ],
    "en": ["app logs me out every single time", "the 7am reminder text is a bit much"],
    "fr": ["l'appli me déconnecte à chaque fois"],
    "de": ["die App meldet mich jedes Mal ab"],
    "it": ["l'app mi scollega ogni volta"],
    "pt": ["a app termina a sessão sempre"],
}
SARCASM = {
    "es": "Genial, el afinador llegó a las 20:45, justo para molestar a todo el edificio 👏",
    "en": "Love that the tuner turned up at 8:45pm, perfect time to annoy the whole building 👏",
    "fr": "Top, l'accordeur à 20h45, parfait pour réveiller l'immeuble 👏",
    "de": "Super, Stimmer um 20:45, ideal fürs ganze Haus 👏",
    "it": "Fantastico, accordatore alle 20:45, perfetto per i vicini 👏",
    "pt": "Ótimo, o afinador às 20h45, perfeito para o prédio todo 👏",
}
SURVEY_WORD = {
    "es": "genial",
    "en": "spot on",
    "fr": "parfait",
    "de": "super",
    "it": "ottimo",
    "pt": "impecável",
}
SPIKE = {
    "es": [
        "me ha llegado un aviso de que mi afinación de hoy está CANCELADA y yo no he cancelado nada. al reconfirmar sale error {code}",
        "la app dice que mi cita está cancelada?? y al darle a confirmar: {code}",
    ],
    "en": [
        "just got a text saying today's tuning is CANCELLED, I didn't cancel anything, reconfirm gives {code}",
        "app says my appointment is cancelled?? reconfirm button just spins then error",
    ],
    "fr": [
        "reçu un avis d'annulation pour l'accord de ce matin, je n'ai rien annulé. erreur {code} en reconfirmant"
    ],
    "de": [
        "Absage für meinen Stimmtermin heute bekommen, hab nichts abgesagt. Erneut bestätigen gibt Fehler {code}"
    ],
    "it": [
        "mi è arrivato un avviso di annullamento dell'accordatura di oggi, non ho annullato niente. errore {code}"
    ],
    "pt": [
        "recebi aviso de que a afinação de hoje foi CANCELADA, não cancelei nada. ao reconfirmar dá erro {code}"
    ],
}
SPIKE_REPEAT = {
    "es": "sigo igual, cita cancelada y {code} también desde el ordenador. viene el afinador o no?",
    "en": "still the same, still {code} on the laptop too. is the tuner coming or not?",
    "fr": "toujours pareil, {code} aussi sur l'ordinateur. l'accordeur vient ou pas ?",
    "de": "immer noch {code}, auch am Laptop. kommt der Stimmer jetzt oder nicht?",
    "it": "sempre uguale, {code} anche dal computer. l'accordatore viene o no?",
    "pt": "igual, {code} também no computador. o afinador vem ou não?",
}
SPIKE_CHAT_A = {
    "es": "Hola, sí: un fallo está enviando avisos de cancelación falsos. Tu cita sigue en pie, lo estamos arreglando.",
    "en": "Hi, yes: a fault is sending false cancellation notices. Your appointment still stands, we're fixing it.",
    "fr": "Bonjour, oui : une panne envoie de faux avis d'annulation. Votre rendez-vous est maintenu.",
    "de": "Hallo, ja: ein Fehler verschickt falsche Absagen. Ihr Termin bleibt bestehen.",
    "it": "Ciao, sì: un guasto invia falsi avvisi di annullamento. L'appuntamento resta confermato.",
    "pt": "Olá, sim: uma falha está a enviar avisos de cancelamento falsos. A marcação mantém-se.",
}
LONE_Q = {
    "es": "hola, la app me pidió reconfirmar la cita de mañana y lo hice sin problema, con eso vale?",
    "de": "hallo, die App wollte, dass ich den Termin morgen bestätige, hat geklappt. reicht das?",
}
LONE_Q.update(
    {
        "en": "hi, the app asked me to reconfirm tomorrow's tuning and it went through fine, is that all?",
        "fr": "bonjour, l'appli m'a demandé de reconfirmer demain, ça a marché, c'est bon ?",
        "it": "ciao, l'app mi ha chiesto di riconfermare domani, è andato a buon fine, basta così?",
        "pt": "olá, a app pediu para reconfirmar amanhã e correu bem, chega?",
    }
)
LONE_A = {
    "es": "¡Hola! Sí, la cita queda confirmada, no hace falta nada más. Cantivo",
    "de": "Hallo! Ja, der Termin ist bestätigt, sonst nichts nötig. Cantivo",
    "en": "Hi! Yes, you're confirmed, nothing else needed. Cantivo",
    "fr": "Bonjour ! Oui, c'est confirmé, rien d'autre à faire. Cantivo",
    "it": "Ciao! Sì, è confermato, nient'altro. Cantivo",
    "pt": "Olá! Sim, está confirmado, mais nada. Cantivo",
}
MILD = {
    "es": "la búsqueda de afinadores me sale en otra ciudad, un poco raro",
    "en": "tuner search keeps showing another city, bit odd",
    "fr": "la recherche d'accordeurs affiche une autre ville, bizarre",
    "de": "die Stimmersuche zeigt immer eine andere Stadt, komisch",
    "it": "la ricerca accordatori mostra un'altra città, strano",
    "pt": "a pesquisa de afinadores mostra outra cidade, estranho",
}
B2B_PROBLEM = {
    "es": {
        "invoice": "las facturas siguen saliendo sin número de pedido y con el nombre antiguo",
        "portal": "el portal no muestra los pianos alquilados y no podemos pedir la recogida",
    },
    "en": {
        "invoice": "invoices still come without our PO number and under the old company name",
        "portal": "the portal shows no open hires so we cannot request collection",
    },
    "fr": {
        "invoice": "les factures arrivent toujours sans numéro de commande",
        "portal": "le portail n'affiche aucune location, impossible de demander l'enlèvement",
    },
    "de": {
        "invoice": "Rechnungen kommen weiter ohne Bestellnummer und mit altem Firmennamen",
        "portal": "das Portal zeigt keine Mietflügel, Abholung nicht möglich",
    },
    "it": {
        "invoice": "le fatture arrivano ancora senza numero d'ordine",
        "portal": "il portale non mostra i noleggi aperti, non possiamo chiedere il ritiro",
    },
    "pt": {
        "invoice": "as faturas continuam sem número de encomenda",
        "portal": "o portal não mostra os alugueres, não dá para pedir a recolha",
    },
}
B2B_COMPLAINT = {
    "es": "Reclamación: {problem}. Por favor, resuélvanlo.",
    "en": "Complaint: {problem}. Please fix this.",
    "fr": "Réclamation : {problem}. Merci de corriger.",
    "de": "Beschwerde: {problem}. Bitte beheben.",
    "it": "Reclamo: {problem}. Per favore sistematelo.",
    "pt": "Reclamação: {problem}. Por favor resolvam.",
}
B2B_FOLLOW = {
    "es": "Como ya escribió {first}, sigue igual con {case}: {problem}.",
    "en": "As {first} already wrote, still the same on {case}: {problem}.",
    "fr": "Comme {first} l'a écrit, toujours pareil pour {case} : {problem}.",
    "de": "Wie {first} schon schrieb, weiter offen bei {case}: {problem}.",
    "it": "Come ha già scritto {first}, ancora uguale su {case}: {problem}.",
    "pt": "Como o {first} já escreveu, continua igual no {case}: {problem}.",
}
B2B_LAST = {
    "es": "nada resuelto con {case} y ya han escrito varios compañeros, compras ha pedido precios a {comp}",
    "en": "nothing fixed on {case} and several colleagues have written, procurement has asked {comp} for rates",
    "fr": "rien de réglé pour {case}, plusieurs collègues ont écrit, les achats consultent {comp}",
    "de": "bei {case} nichts behoben, mehrere Kollegen haben geschrieben, der Einkauf fragt bei {comp} an",
    "it": "niente risolto su {case}, hanno scritto vari colleghi, gli acquisti chiedono a {comp}",
    "pt": "nada resolvido no {case}, vários colegas escreveram, as compras pediram preços à {comp}",
}
B2B_SUGGEST = {
    "es": "Sugerencia: ¿podrían poner la fecha de la última afinación en el albarán?",
    "en": "Suggestion: could delivery notes show the date of the last tuning?",
    "fr": "Suggestion : indiquer la date du dernier accord sur le bon de livraison ?",
    "de": "Vorschlag: das Datum der letzten Stimmung auf den Lieferschein drucken?",
    "it": "Suggerimento: indicare la data dell'ultima accordatura sulla bolla?",
    "pt": "Sugestão: pôr a data da última afinação na guia de entrega?",
}
ACK = {
    "es": "Gracias, lo hemos recibido: {case}. Cantivo Escena",
    "en": "Thanks, received: {case}. Cantivo Stage",
    "fr": "Merci, bien reçu : {case}. Cantivo Scène",
    "de": "Danke, erhalten: {case}. Cantivo Bühne",
    "it": "Grazie, ricevuto: {case}. Cantivo Palco",
    "pt": "Obrigado, recebido: {case}. Cantivo Palco",
}
