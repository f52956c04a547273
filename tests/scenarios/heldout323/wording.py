# ruff: noqa: E501
"""Wording of the Fornavo set (heldout323): oven and hob deep-cleaning at home."""

from __future__ import annotations

BRAND = "Fornavo"
CLUB = "Fornavo Club"
PRO = "Fornavo Gastro"
COMPETITORS = ("Backrein", "Ofvana")
CODE = "slot_409"
LANGS = ("de", "en", "es", "fr", "it", "pt")

FIRST = {
    "de": ["Jonas", "Heike", "Tobias", "Ulrike", "Malte", "Sabine", "Florian", "Petra"],
    "en": ["Gareth", "Siobhan", "Callum", "Niamh", "Rhys", "Harriet", "Owen", "Bethany"],
    "es": ["Íñigo", "Rocío", "Adrián", "Nerea", "Gonzalo", "Marta"],
    "fr": ["Thibault", "Océane", "Grégoire", "Margaux", "Cédric"],
    "it": ["Davide", "Chiara", "Lorenzo", "Ilaria", "Matteo"],
    "pt": ["Tiago", "Inês", "Rui", "Leonor", "Duarte"],
}
LAST = {
    "de": ["Kessler", "Brandl", "Hüttner", "Vogt", "Reichert", "Lindner"],
    "en": ["Pryce", "Donnelly", "Whitfield", "Mercer", "Gallagher", "Ashby"],
    "es": ["Arrieta", "Peñalver", "Quintana", "Olmedo", "Zubiri"],
    "fr": ["Lemaire", "Fauvel", "Bérard", "Joubert", "Rivière"],
    "it": ["Ferrante", "Bellucci", "Gallo", "Santoro", "Pagani"],
    "pt": ["Correia", "Magalhães", "Pinheiro", "Antunes", "Teixeira"],
}
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "es": ["ES"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "DE": ("+49", "17", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "79", 7),
    "UK": ("+44", "77", 8),
    "IE": ("+353", "87", 7),
    "ES": ("+34", "6", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "IT": ("+39", "34", 8),
    "PT": ("+351", "91", 7),
}

PRAISE = {
    "de": [
        "Backofen glänzt wieder, die Reinigerin von Fornavo war in zwei Stunden durch und hat nichts verschmiert. Top!",
        "Schon wieder super gelaufen mit Fornavo, das Ceranfeld sieht aus wie am ersten Tag.",
        "Endlich kein Eingebranntes mehr im Ofen. Pünktlich, freundlich, alles abgedeckt. Danke Fornavo",
        "Zum dritten Mal gebucht und jedes Mal gründlich. Weiter so!",
    ],
    "en": [
        "Oven is spotless again, the Fornavo cleaner was done in two hours and left the kitchen tidier than she found it",
        "Third booking with Fornavo and still impressed, the racks came back looking new",
        "Honestly didn't think the grill pan could be saved. Fornavo proved me wrong. Cheers!",
        "Booked Fornavo before the in-laws arrive, best money I've spent all month",
    ],
    "es": [
        "El horno ha quedado como el primer día, el técnico de Fornavo muy majo y puntual",
        "Otra vez Fornavo y otra vez de diez, la vitro reluciente",
    ],
    "fr": [
        "Four impeccable après le passage de Fornavo, rien à redire, merci !",
        "Deuxième nettoyage avec Fornavo, toujours aussi soigné",
    ],
    "it": [
        "Forno tornato pulitissimo, il ragazzo di Fornavo preciso e gentile",
        "Ancora una volta Fornavo non delude, piano cottura perfetto",
    ],
    "pt": [
        "O forno ficou impecável, a técnica da Fornavo foi super cuidadosa",
        "Mais uma limpeza da Fornavo e tudo perfeito, obrigada",
    ],
}
GRIPE = {
    "de": [
        "Sehr gründlich, nur das Zeitfenster von vier Stunden ist echt lang. Sonst gerne wieder",
        "Ofen top, aber die App erinnert mich dreimal am Tag an die Bewertung",
    ],
    "en": [
        "Great clean, only gripe is the four-hour arrival window. Otherwise spot on",
        "Brilliant job though the app's reminder texts are a bit much",
    ],
    "es": ["Muy bien todo, solo que la franja de llegada es larguísima"],
    "fr": ["Très bon travail, juste le créneau de quatre heures un peu long"],
    "it": ["Ottimo lavoro, solo la fascia oraria è troppo ampia"],
    "pt": ["Tudo ótimo, só a janela de chegada é muito longa"],
}
QUESTION = {
    "de": [
        "Hallo, muss ich den Ofen vorher ausräumen oder machen Sie das?",
        "Kann ich im Club den Termin kostenlos verschieben?",
        "Reinigen Sie auch die Dunstabzugshaube mit?",
    ],
    "en": [
        "Hi, do I need to take the racks out before the cleaner arrives?",
        "Can Club members move a booking without a fee?",
        "Do you do extractor hoods as well or just the oven?",
    ],
    "es": [
        "Hola, ¿tengo que vaciar el horno antes de que venga el técnico?",
        "¿Limpiáis también la campana extractora?",
    ],
    "fr": [
        "Bonjour, faut-il vider le four avant votre passage ?",
        "Vous nettoyez aussi la hotte ?",
    ],
    "it": ["Ciao, devo svuotare il forno prima che arrivi il tecnico?", "Pulite anche la cappa?"],
    "pt": ["Olá, tenho de tirar as grelhas antes da limpeza?", "Também limpam o exaustor?"],
}
ANSWER = {
    "de": "Hallo, das übernehmen wir gern, Sie müssen nichts vorbereiten. Viele Grüße, Ihr Fornavo-Team",
    "en": "Hi, no need to prepare anything, our cleaner takes care of it. Best, the Fornavo team",
    "es": "Hola, no hace falta preparar nada, nuestro técnico se encarga. Un saludo, equipo Fornavo",
    "fr": "Bonjour, inutile de préparer quoi que ce soit, notre technicien s'en occupe. L'équipe Fornavo",
    "it": "Ciao, non serve preparare nulla, ci pensa il nostro tecnico. Il team Fornavo",
    "pt": "Olá, não precisa de preparar nada, o nosso técnico trata de tudo. Equipa Fornavo",
}
THANKS = {
    "de": ["Super, danke!", "Perfekt, vielen Dank"],
    "en": ["Brilliant, thanks", "Perfect, cheers"],
    "es": ["Genial, gracias"],
    "fr": ["Parfait, merci"],
    "it": ["Perfetto, grazie"],
    "pt": ["Ótimo, obrigado"],
}
REVIEW = {
    "de": ["Gründlich und pünktlich, klare Empfehlung"],
    "en": ["Thorough, on time, would book again"],
    "es": ["Rápidos y cuidadosos, repetiré"],
    "fr": ["Soigné et ponctuel"],
    "it": ["Puntuali e accurati"],
    "pt": ["Cuidadosos e pontuais"],
}
SURVEY_WORD = {
    "de": ["Top", "", "👍"],
    "en": ["Great", "", "👌"],
    "es": ["Genial", ""],
    "fr": ["Super", ""],
    "it": ["Ottimo", ""],
    "pt": ["Ótimo", ""],
}
NIGHT_POST = {
    "de": [
        "Nachtschicht vorbei, morgen kommt Fornavo für den Ofen. Endlich.",
        "Kann nicht schlafen und schau mir Vorher-Nachher-Videos von Fornavo an 😅",
    ],
    "en": [
        "Night shift done, Fornavo booked for the oven tomorrow. Bliss",
        "3am and I'm watching Fornavo before-and-after reels, send help 😅",
    ],
    "es": ["Las 2 de la mañana y reservando Fornavo para el sábado, así soy yo"],
    "fr": ["2h du matin et je réserve Fornavo pour samedi, normal"],
    "it": ["Le due di notte e prenoto Fornavo per sabato, tutto normale"],
    "pt": ["Duas da manhã a marcar a Fornavo para sábado, normal"],
}
PRODUCTS = [
    ("Oven deep clean / Limpieza de horno", "89.00"),
    ("Oven and hob / Horno y vitro", "119.00"),
    ("Range cooker / Cocina de gama alta", "159.00"),
    ("Extractor hood / Campana", "69.00"),
]

PROBLEMS = ("no_show", "double_charge", "damage", "refund")
PROBLEM = {
    "no_show": {
        "de": [
            "Termin heute 8-12 bestätigt, niemand gekommen, kein Anruf. Ich hab extra Urlaub genommen!",
            "Die Reinigungskraft ist NICHT erschienen. App sagt erledigt. Was soll das?",
        ],
        "en": [
            "Booked 8-12 today, confirmed twice, nobody turned up and no call. I took a day off for this!",
            "Cleaner never came but the app says COMPLETED. Seriously?",
        ],
        "es": [
            "Cita confirmada de 8 a 12 y no ha venido nadie, ni una llamada. He pedido el día libre"
        ],
        "fr": [
            "Rendez-vous confirmé 8h-12h, personne n'est venu, aucun appel. J'ai posé ma journée !"
        ],
        "it": ["Appuntamento confermato 8-12, non si è presentato nessuno, nessuna chiamata"],
        "pt": ["Marcação confirmada das 8 às 12 e ninguém apareceu, nem um telefonema"],
    },
    "double_charge": {
        "de": [
            "Mir wurden für EINE Reinigung zweimal 119 € abgebucht. Bitte sofort zurück",
            "Doppelt abgebucht, jetzt ist mein Konto im Minus",
        ],
        "en": [
            "You've charged me TWICE for one clean, £104 each. Want it back now",
            "Double charge on my card and now my rent payment bounced",
        ],
        "es": ["Me habéis cobrado DOS veces la misma limpieza, 119 €"],
        "fr": ["Vous m'avez débité DEUX fois le même nettoyage, 119 €"],
        "it": ["Mi avete addebitato DUE volte la stessa pulizia, 119 €"],
        "pt": ["Cobraram-me DUAS vezes a mesma limpeza, 119 €"],
    },
    "damage": {
        "de": [
            "Nach der Reinigung ist die Türdichtung vom Ofen eingerissen und das Ceranfeld hat Kratzer. Vorher war alles heil",
            "Ihr Mitarbeiter hat mit einer Klinge das Ceranfeld zerkratzt. Ärgerlich ohne Ende",
        ],
        "en": [
            "After your clean the oven door seal is torn and there are scratches right across the hob. It was fine before",
            "Your cleaner used a scraper on my induction hob and it's scratched to bits",
        ],
        "es": ["Después de la limpieza la junta de la puerta está rota y la vitro rayada"],
        "fr": ["Après votre passage le joint de la porte est déchiré et la plaque rayée"],
        "it": ["Dopo la pulizia la guarnizione del forno è strappata e il piano graffiato"],
        "pt": ["Depois da limpeza a borracha da porta ficou rasgada e a placa riscada"],
    },
    "refund": {
        "de": [
            "Ich habe vor drei Wochen storniert und warte immer noch auf mein Geld",
            "Stornierung bestätigt, Erstattung nie angekommen",
        ],
        "en": [
            "Cancelled three weeks ago and still no refund",
            "You confirmed the cancellation but the refund never arrived",
        ],
        "es": ["Cancelé hace tres semanas y sigo sin el reembolso"],
        "fr": ["Annulé il y a trois semaines, toujours pas remboursé"],
        "it": ["Ho annullato tre settimane fa e ancora nessun rimborso"],
        "pt": ["Cancelei há três semanas e ainda não recebi o reembolso"],
    },
}
SUBJECT = {
    "de": "Beschwerde",
    "en": "Complaint",
    "es": "Reclamación",
    "fr": "Réclamation",
    "it": "Reclamo",
    "pt": "Reclamação",
}
LONG_EMAIL = {
    "de": "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, weil ich sonst keine ruhige Minute finde. Wir ziehen nächste Woche aus und die Wohnungsübergabe ist am Freitag, deshalb hatte ich bei Ihnen die Ofenreinigung gebucht.\n\n{problem}\n\nDer Vermieter ist pingelig, und ich habe keine Zeit, das selbst zu machen. Ich war bisher immer zufrieden mit Ihnen, aber so geht das nicht. Bitte melden Sie sich heute noch.\n\nMit freundlichen Grüßen\n{name}",
    "en": "Hello,\n\nI'm writing this on the train home because there is no other quiet moment in my week. My daughter's christening is on Sunday, we're hosting forty people, and the oven was meant to be ready for it.\n\n{problem}\n\nI've recommended you to half my street, so this is embarrassing as well as annoying. Please sort it today.\n\nKind regards,\n{name}",
}
CASE_OPENED = {
    "de": "Hallo {first}, es tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns heute. Ihr Fornavo-Team",
    "en": "Hi {first}, we're sorry. We've opened case {case} and will be back to you today. The Fornavo team",
    "es": "Hola {first}, lo sentimos. Hemos abierto la incidencia {case} y te contestamos hoy. Equipo Fornavo",
    "fr": "Bonjour {first}, désolés. Nous avons ouvert le dossier {case} et revenons vers vous aujourd'hui. L'équipe Fornavo",
    "it": "Ciao {first}, ci dispiace. Abbiamo aperto la pratica {case} e ti rispondiamo oggi. Il team Fornavo",
    "pt": "Olá {first}, lamentamos. Abrimos o processo {case} e respondemos hoje. Equipa Fornavo",
}
GOOD_NEWS = {
    "de": "Gute Nachricht zu {case}: erledigt. Können Sie kurz bestätigen, dass alles passt?",
    "en": "Good news on {case}: it's sorted. Could you confirm all is well on your side?",
    "es": "Buenas noticias sobre {case}: resuelto. ¿Nos confirmas que todo está bien?",
    "fr": "Bonne nouvelle pour {case} : c'est réglé. Pouvez-vous confirmer ?",
    "it": "Buone notizie su {case}: risolto. Ci confermi che è tutto a posto?",
    "pt": "Boas notícias sobre {case}: resolvido. Pode confirmar que está tudo bem?",
}
CONFIRM = {
    "de": "Bestätigt, {case} ist erledigt, danke!",
    "en": "Confirmed, {case} is sorted, thanks",
    "es": "Confirmado, {case} resuelto, gracias",
    "fr": "Confirmé, {case} est réglé, merci",
    "it": "Confermo, {case} risolto, grazie",
    "pt": "Confirmado, {case} resolvido, obrigado",
}
APOLOGY = {
    "de": ["Sorry wegen gestern, war nicht gegen Sie persönlich. Danke fürs schnelle Kümmern"],
    "en": ["Sorry for my tone yesterday, thanks for sorting it so fast"],
    "es": ["Perdón por el tono de ayer, gracias por resolverlo tan rápido"],
    "fr": ["Désolé pour mon ton d'hier, merci d'avoir réglé ça vite"],
    "it": ["Scusate per il tono di ieri, grazie per la rapidità"],
    "pt": ["Desculpem o tom de ontem, obrigado pela rapidez"],
}
ESCALATED = {
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "es": "Hola {first}, tu incidencia {case} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "fr": "Bonjour {first}, votre dossier {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi.",
    "it": "Ciao {first}, la pratica {case} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "pt": "Olá {first}, o processo {case} está agora com a nossa responsável de qualidade, que liga até sexta ao almoço.",
}
STILL_OPEN = {
    "de": "Vorgang {case} ist immer noch offen. {problem}",
    "en": "Case {case} is still open. {problem}",
    "es": "La incidencia {case} sigue abierta. {problem}",
    "fr": "Le dossier {case} est toujours ouvert. {problem}",
    "it": "La pratica {case} è ancora aperta. {problem}",
    "pt": "O processo {case} continua aberto. {problem}",
}
THIRD = {
    "de": "Dritte Nachricht zu {case}. Eine Kollegin bucht bei {comp}, die klären sowas am selben Tag.",
    "en": "Third message about {case}. A friend uses {comp} and they sort this the same day.",
    "es": "Tercer mensaje por {case}. Una amiga usa {comp} y lo arreglan en el día.",
    "fr": "Troisième message pour {case}. Une amie passe par {comp}, eux règlent ça dans la journée.",
    "it": "Terzo messaggio per {case}. Una collega usa {comp} e risolvono in giornata.",
    "pt": "Terceira mensagem sobre {case}. Uma amiga usa a {comp} e resolvem no próprio dia.",
}
FOURTH = {
    "de": "Zum VIERTEN Mal: {case} ist nicht gelöst.",
    "en": "FOURTH time: {case} is still not fixed.",
    "es": "CUARTA vez: {case} sin resolver.",
    "fr": "QUATRIÈME fois : {case} toujours pas réglé.",
    "it": "QUARTA volta: {case} non risolto.",
    "pt": "QUARTA vez: {case} por resolver.",
}
URGENT = {
    "de": "Zu Ihrem Vorgang hinzugefügt und als dringend markiert.",
    "en": "Added to your case and marked urgent.",
    "es": "Añadido a tu incidencia y marcado urgente.",
    "fr": "Ajouté à votre dossier, marqué urgent.",
    "it": "Aggiunto alla pratica, segnato urgente.",
    "pt": "Adicionado ao processo e marcado urgente.",
}
SLIDE = {
    "de": [
        "Diesmal kam die Reinigerin drei Stunden zu spät, ohne Bescheid.",
        "Roste nur halb sauber, an der Tür noch Fettfilm.",
        "Jetzt soll ich vorher Fotos vom Ofen hochladen? Wozu?",
        "Preis für Club-Mitglieder plötzlich 20 € höher, ohne Ankündigung.",
        "Reinigung abgebrochen weil 'Gerät zu verschmutzt'. Bezahlt hab ich trotzdem.",
        "Reicht. Meine Nachbarin nimmt {comp}, ich hab dort für Samstag gebucht.",
    ],
    "en": [
        "Cleaner three hours late this time and no heads-up.",
        "Racks only half done, grease film still on the door.",
        "Now I have to upload photos of my oven before booking? Why?",
        "Club price went up £18 with no notice.",
        "Clean abandoned as 'too dirty' and I was still charged.",
        "That's it. My neighbour uses {comp}, I've booked them for Saturday.",
    ],
    "es": [
        "Esta vez tres horas tarde y sin avisar.",
        "Bandejas a medio limpiar.",
        "¿Ahora fotos del horno antes de reservar?",
        "Precio del Club 20 € más caro sin avisar.",
        "Limpieza abandonada por 'demasiado sucio' y cobrada igual.",
        "Se acabó. Mi vecina usa {comp}, ya tengo cita el sábado.",
    ],
    "fr": [
        "Trois heures de retard cette fois, sans prévenir.",
        "Grilles à moitié propres.",
        "Des photos du four avant de réserver, sérieusement ?",
        "Prix Club +20 € sans prévenir.",
        "Nettoyage abandonné 'trop sale' mais facturé.",
        "Terminé. Ma voisine passe par {comp}, réservé pour samedi.",
    ],
    "it": [
        "Stavolta tre ore di ritardo senza avvisare.",
        "Griglie pulite a metà.",
        "Ora servono foto del forno prima di prenotare?",
        "Prezzo Club +20 € senza preavviso.",
        "Pulizia interrotta 'troppo sporco' e pagata lo stesso.",
        "Basta. La mia vicina usa {comp}, prenotato per sabato.",
    ],
    "pt": [
        "Desta vez três horas de atraso sem avisar.",
        "Grelhas meio sujas.",
        "Agora fotos do forno antes de marcar?",
        "Preço do Club +20 € sem aviso.",
        "Limpeza abandonada 'demasiado sujo' e cobrada na mesma.",
        "Chega. A minha vizinha usa a {comp}, marquei para sábado.",
    ],
}
CANCEL = {
    "de": "Hallo, wir ziehen in eine Wohnung mit Einbauküche vom Vermieter. Bitte meinen Fornavo Club kündigen und das Konto schließen.",
    "en": "Hi, we've bought a new cooker with a self-cleaning oven. Please cancel my Fornavo Club and close my account.",
    "es": "Hola, nos mudamos y la cocina es del casero. Quiero darme de baja del Fornavo Club y cerrar la cuenta.",
    "fr": "Bonjour, nous avons un four à pyrolyse maintenant. Merci de résilier mon Fornavo Club et fermer mon compte.",
    "it": "Ciao, ora abbiamo un forno autopulente. Vorrei disdire il Fornavo Club e chiudere l'account.",
    "pt": "Olá, comprámos um forno pirolítico. Quero cancelar o Fornavo Club e fechar a conta.",
}
SORRY_GO = {
    "de": "Schade, dass Sie gehen, {first}. Kündigen können Sie selbst in der App oder auf der Website.",
    "en": "Sorry to see you go, {first}. You can cancel yourself in the app or on the website.",
    "es": "Sentimos que te vayas, {first}. Puedes darte de baja en la app o la web.",
    "fr": "Dommage, {first}. Vous pouvez résilier dans l'appli ou sur le site.",
    "it": "Ci dispiace, {first}. Puoi disdire dall'app o dal sito.",
    "pt": "Lamentamos, {first}. Pode cancelar na app ou no site.",
}
GRUMBLE = {
    "de": [
        "Die App loggt mich jedes Mal aus.",
        "Vier-Stunden-Fenster, immer noch.",
        "Erinnerungs-SMS um 6 Uhr morgens, danke auch.",
    ],
    "en": [
        "App logs me out every single time.",
        "Four-hour window, still.",
        "Reminder text at 6am, lovely.",
    ],
    "es": ["La app me echa cada vez."],
    "fr": ["L'appli me déconnecte à chaque fois."],
    "it": ["L'app mi disconnette ogni volta."],
    "pt": ["A app faz logout sempre."],
}
SARCASM = {
    "de": ["Toll, Termin 'zwischen 8 und 20 Uhr'. Ich nehm mir einfach den Tag frei 👏"],
    "en": ["Love a 'between 8am and 8pm' slot, who needs a job anyway 👏"],
    "es": ["Genial, franja 'de 8 a 20h', total no trabajo 👏"],
    "fr": ["Génial, créneau '8h-20h', qui a besoin de travailler 👏"],
    "it": ["Fantastico, fascia '8-20', tanto non lavoro 👏"],
    "pt": ["Ótimo, janela 'das 8 às 20', quem precisa de trabalhar 👏"],
}
MILD = {
    "de": ["Die Ortssuche in der App zeigt die falsche Stadt."],
    "en": ["The app's postcode search shows the wrong town."],
    "es": ["La app me muestra la ciudad equivocada."],
    "fr": ["L'appli affiche la mauvaise ville."],
    "it": ["L'app mostra la città sbagliata."],
    "pt": ["A app mostra a cidade errada."],
}
SPIKE = {
    "de": [
        "Buchung geht nicht, jeder Termin zeigt Fehler {code}",
        "App sagt bei jedem Slot {code}, kann nicht buchen",
        "Bezahlen klappt nicht, immer {code}",
    ],
    "en": [
        "Can't book anything, every slot gives error {code}",
        "App throws {code} on every time slot",
        "Booking fails at payment with {code}",
    ],
    "es": ["No puedo reservar, error {code} en cada franja"],
    "fr": ["Impossible de réserver, erreur {code} sur chaque créneau"],
    "it": ["Non riesco a prenotare, errore {code} su ogni fascia"],
    "pt": ["Não consigo marcar, erro {code} em todas as horas"],
}
SPIKE_AGAIN = {
    "de": "Immer noch {code}, auch auf dem Handy meiner Frau",
    "en": "Still {code}, tried on my partner's phone too",
    "es": "Sigue {code}, también en el móvil de mi pareja",
    "fr": "Toujours {code}, aussi sur le téléphone de ma femme",
    "it": "Ancora {code}, anche sul telefono di mia moglie",
    "pt": "Continua {code}, também no telemóvel da minha mulher",
}
SPIKE_CHAT = {
    "de": "Ja, Buchungen schlagen gerade überall fehl, die Technik ist dran.",
    "en": "Yes, bookings are failing for everyone right now, engineers are on it.",
    "es": "Sí, las reservas fallan ahora mismo para todos, lo estamos arreglando.",
    "fr": "Oui, les réservations échouent pour tous, nos équipes s'en occupent.",
    "it": "Sì, le prenotazioni non vanno per nessuno, ci stiamo lavorando.",
    "pt": "Sim, as marcações estão a falhar para todos, estamos a tratar.",
}
SPIKE_FIXED = {
    "de": "Buchungen funktionieren seit {t} wieder, 10 € Gutschrift ist auf Ihrem Konto.",
    "en": "Bookings work again since {t}, a 10 credit is on your account.",
    "es": "Las reservas funcionan desde las {t}, 10 € de crédito en tu cuenta.",
    "fr": "Les réservations fonctionnent depuis {t}, 10 € crédités.",
    "it": "Le prenotazioni funzionano dalle {t}, 10 € di credito.",
    "pt": "As marcações funcionam desde as {t}, 10 € de crédito.",
}
LONE_Q = {
    "de": "Gestern Abend hing die App kurz beim Bezahlen, dann ging es. Ist die Buchung für morgen sicher?",
    "es": "Anoche la app tardó en pagar pero funcionó. ¿Mi reserva de mañana está bien?",
}
LONE_A = {"de": "Ja, Ihre Buchung ist bestätigt.", "es": "Sí, tu reserva está confirmada."}

B2B_PROBLEM = {
    "invoice": {
        "de": "Rechnungen kommen ohne Bestellnummer, unsere Buchhaltung kann nicht zahlen.",
        "en": "Invoices arrive without our PO number so accounts can't pay them.",
        "es": "Las facturas llegan sin número de pedido y no podemos pagarlas.",
        "fr": "Les factures arrivent sans numéro de commande.",
        "it": "Le fatture arrivano senza numero d'ordine.",
        "pt": "As faturas chegam sem número de encomenda.",
    },
    "missed_hood": {
        "de": "Die Abzugshaube in der Küche wurde nicht gereinigt, wir haben kein Brandschutz-Zertifikat.",
        "en": "The extraction canopy was skipped and we've no fire-safety certificate now.",
        "es": "No limpiaron la campana y no tenemos certificado contra incendios.",
        "fr": "La hotte n'a pas été nettoyée, pas de certificat incendie.",
        "it": "La cappa non è stata pulita, niente certificato antincendio.",
        "pt": "O exaustor não foi limpo e não temos certificado de incêndio.",
    },
    "overbilled": {
        "de": "Wir werden nach Einzelpreis statt Rahmenvertrag abgerechnet.",
        "en": "We're billed the one-off rate instead of our contract rate.",
        "es": "Nos cobran tarifa suelta en vez de la del contrato.",
        "fr": "On nous facture le tarif ponctuel au lieu du contrat.",
        "it": "Ci fatturate la tariffa singola invece di quella a contratto.",
        "pt": "Cobram a tarifa avulsa em vez da do contrato.",
    },
}
B2B_SAME = {
    "de": "Wie {who} schon geschrieben hat, Vorgang {case}: {problem}",
    "en": "As {who} already wrote, case {case}: {problem}",
    "es": "Como ya escribió {who}, incidencia {case}: {problem}",
    "fr": "Comme l'a écrit {who}, dossier {case} : {problem}",
    "it": "Come ha scritto {who}, pratica {case}: {problem}",
    "pt": "Como {who} já escreveu, processo {case}: {problem}",
}
B2B_LAST = {
    "de": "Vorgang {case}: nichts ist behoben, mehrere Kollegen haben geschrieben. Der Einkauf fragt schon bei {comp} an.",
    "en": "Case {case}: nothing is fixed and several of us have written. Procurement is already asking {comp} for rates.",
    "es": "Incidencia {case}: nada resuelto y varios hemos escrito. Compras ya pide precio a {comp}.",
    "fr": "Dossier {case} : rien n'est réglé. Les achats consultent déjà {comp}.",
    "it": "Pratica {case}: niente risolto. L'ufficio acquisti chiede già a {comp}.",
    "pt": "Processo {case}: nada resolvido. As compras já pedem preço à {comp}.",
}
B2B_SUGGEST = {
    "de": "Vorschlag: Reinigungsprotokolle pro Filiale als PDF exportieren.",
    "en": "Suggestion: could the portal export cleaning logs per site?",
    "es": "Sugerencia: exportar los informes por local.",
    "fr": "Suggestion : exporter les rapports par site.",
    "it": "Suggerimento: esportare i rapporti per sede.",
    "pt": "Sugestão: exportar os relatórios por loja.",
}
ACK = {
    "de": "Danke, notiert unter {case}.",
    "en": "Thanks, noted under {case}.",
    "es": "Gracias, anotado en {case}.",
    "fr": "Merci, noté sous {case}.",
    "it": "Grazie, annotato in {case}.",
    "pt": "Obrigado, registado em {case}.",
}
