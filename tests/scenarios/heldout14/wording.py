# ruff: noqa: E501
"""What Aulora's learners and company admins write, by hand, for heldout14.

Written from the stories (what a learner of an online language school would say),
not from any rule. Spanish and Italian first, then English, French, German,
Portuguese. Placeholders: {ref} a booking code, {tutor} a tutor's first name,
{amount} euros or pounds, {comp} a competitor, {err} an error code, {cc} a cost centre.
"""

from __future__ import annotations

LANGS = ("es", "it", "en", "fr", "de", "pt")
COUNTRY = {"es": "ES", "it": "IT", "en": "GB", "fr": "FR", "de": "DE", "pt": "PT"}
PHONE_PREFIX = {"es": "+34", "it": "+39", "en": "+44", "fr": "+33", "de": "+49", "pt": "+351"}
CURRENCY = {"es": "€", "it": "€", "en": "£", "fr": "€", "de": "€", "pt": "€"}
COMPETITORS = ("Lenguino", "Parlivo")

FIRST = {
    "es": (
        "lucia",
        "javier",
        "marta",
        "sergio",
        "nerea",
        "alvaro",
        "paula",
        "ivan",
        "carmen",
        "rocio",
        "diego",
        "ainhoa",
    ),
    "it": (
        "giulia",
        "marco",
        "chiara",
        "luca",
        "federica",
        "davide",
        "sara",
        "matteo",
        "elena",
        "simone",
        "ilaria",
        "paolo",
    ),
    "en": (
        "emma",
        "james",
        "olivia",
        "harry",
        "sophie",
        "tom",
        "chloe",
        "ben",
        "amelia",
        "jack",
        "grace",
        "liam",
    ),
    "fr": (
        "camille",
        "julien",
        "manon",
        "theo",
        "ines",
        "hugo",
        "lea",
        "antoine",
        "chloe",
        "maxime",
        "sarah",
        "louis",
    ),
    "de": (
        "lena",
        "jonas",
        "anna",
        "felix",
        "marie",
        "lukas",
        "laura",
        "tim",
        "sophie",
        "paul",
        "hannah",
        "jan",
    ),
    "pt": (
        "ana",
        "joao",
        "beatriz",
        "tiago",
        "ines",
        "rui",
        "mariana",
        "pedro",
        "rita",
        "diogo",
        "catarina",
        "nuno",
    ),
}
LAST = {
    "es": (
        "garcia",
        "lopez",
        "martin",
        "sanchez",
        "ruiz",
        "navarro",
        "moreno",
        "iglesias",
        "castro",
        "ortega",
    ),
    "it": (
        "rossi",
        "bianchi",
        "ferrari",
        "esposito",
        "romano",
        "colombo",
        "ricci",
        "marino",
        "greco",
        "conti",
    ),
    "en": (
        "smith",
        "jones",
        "taylor",
        "brown",
        "wilson",
        "evans",
        "walker",
        "hughes",
        "wright",
        "clarke",
    ),
    "fr": (
        "martin",
        "bernard",
        "dubois",
        "lefebvre",
        "moreau",
        "laurent",
        "girard",
        "roux",
        "fournier",
        "morel",
    ),
    "de": (
        "mueller",
        "schmidt",
        "schneider",
        "fischer",
        "weber",
        "wagner",
        "becker",
        "hoffmann",
        "koch",
        "richter",
    ),
    "pt": (
        "silva",
        "santos",
        "ferreira",
        "pereira",
        "oliveira",
        "costa",
        "rodrigues",
        "martins",
        "sousa",
        "fernandes",
    ),
}
MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.net")
TUTORS = ("Alba", "Pietro", "Gwen", "Margaux", "Henrik", "Joana", "Nico", "Sienna", "Bruno", "Yara")
TARGET = {
    "es": ("ingles", "aleman", "frances", "italiano"),
    "it": ("inglese", "tedesco", "spagnolo", "francese"),
    "en": ("Spanish", "Italian", "French", "German"),
    "fr": ("anglais", "allemand", "espagnol", "italien"),
    "de": ("Englisch", "Spanisch", "Italienisch", "Französisch"),
    "pt": ("ingles", "espanhol", "frances", "alemao"),
}

# --- happy learners -------------------------------------------------------------

PRAISE = {
    "es": (
        "Clase de hoy con {tutor} genial, por fin entiendo el present perfect jaja",
        "Llevo 3 meses con Aulora Plus y se nota muchisimo, gracias!!",
        "Me encanta que pueda reservar clase a las 7 de la mañana antes del curro",
        "{tutor} es un solete, paciencia infinita conmigo 🙏",
        "Aprobado el test de nivel, B2!! muy contenta con las clases de grupo",
    ),
    "it": (
        "Lezione fantastica con {tutor} stasera, finalmente i phrasal verbs hanno senso",
        "Aulora Plus vale ogni centesimo, consigliato a tutti in ufficio",
        "Super comodo prenotare dall'app in pausa pranzo, brav*",
        "Grazie {tutor}! sempre puntuale e preparatissima",
        "Certificato B1 arrivato in 2 giorni, perfetto per il concorso",
    ),
    "en": (
        "Brilliant group class tonight, {tutor} made the subjunctive actually fun",
        "Six weeks into Aulora Plus and I ordered a coffee in Spanish without panicking. Chuffed",
        "Really like the little recap notes after each 1-to-1. Keep them coming",
        "{tutor} is a legend, best tutor I've had",
        "Placement test was quick and spot on tbh",
    ),
    "fr": (
        "Super cours avec {tutor} ce soir, j'ai enfin compris le passe en allemand",
        "Abonnee Plus depuis janvier, franchement top",
        "Les cours en petit groupe sont vraiment sympas, on parle bcp",
        "Merci {tutor} pour ta patience !! a jeudi",
        "Test de niveau rapide et precis, bravo",
    ),
    "de": (
        "Tolle Stunde mit {tutor} heute, endlich klappt's mit dem Konjunktiv",
        "Seit zwei Monaten Aulora Plus, bin echt zufrieden",
        "Kleine Gruppen, nette Leute, gutes Tempo. Gerne weiter so",
        "Danke {tutor}, super erklärt wie immer",
        "Zertifikat kam schnell, hat beim Bewerbungsgespräch geholfen",
    ),
    "pt": (
        "Aula top com {tutor} hoje, adorei",
        "Ja estou no B1 gracas ao Aulora Plus, obg!!",
        "Marcar aulas pela app e super facil",
        "A {tutor} e muito paciente, recomendo",
        "Teste de nivel rapido e certeiro",
    ),
}

PRAISE_GRIPE = {
    "es": ("Muy buena clase con {tutor}. Lo unico: el chat de la clase se come las tildes xd",),
    "it": ("Lezione ottima, unica pecca: le notifiche arrivano doppie",),
    "en": (
        "Great session with {tutor}. Only gripe: the app's dark mode makes the slides hard to read",
    ),
    "fr": ("Tres bon cours. Seul bemol : le son du micro de {tutor} un peu faible",),
    "de": ("Gute Stunde, nur die Erinnerungs-Mail kommt immer erst 5 Min vorher",),
    "pt": ("Otima aula, so acho que a app podia ter modo offline",),
}

CHAT_Q = {
    "es": (
        "Hola, se puede cambiar de tutor sin perder las clases del bono?",
        "Como descargo el certificado en PDF?",
        "Puedo pausar Plus en agosto?",
    ),
    "it": (
        "Ciao, posso spostare la lezione di domani alle 19?",
        "Dove trovo il certificato in pdf?",
        "Si puo mettere in pausa Plus ad agosto?",
    ),
    "en": (
        "Hi, can I move tomorrow's 1-to-1 to Thursday?",
        "Where do I find my certificate as a PDF?",
        "quick q - do group classes count towards the certificate hours?",
    ),
    "fr": (
        "Bonjour, je peux changer de tuteur sans perdre mes credits ?",
        "Ou telecharger mon certificat svp ?",
        "On peut suspendre Plus pendant les vacances ?",
    ),
    "de": (
        "Hallo, kann ich die Stunde morgen auf 18 Uhr verschieben?",
        "Wo finde ich das Zertifikat als PDF?",
        "Kann man Plus im August pausieren?",
    ),
    "pt": (
        "Ola, posso mudar de tutor sem perder os creditos?",
        "Onde descarrego o certificado?",
        "Da para pausar o Plus em agosto?",
    ),
}

AGENT_ANSWER = {
    "es": (
        "Hola! Si, claro: en Perfil > Clases puedes hacerlo sin coste hasta 12 h antes. Un saludo, equipo Aulora",
    ),
    "it": (
        "Ciao! Certo, da Profilo > Lezioni lo fai gratis fino a 12 ore prima. Un saluto dal team Aulora",
    ),
    "en": (
        "Hi! Yes, under Profile > Classes you can do that free of charge up to 12 hours before. Aulora Support",
    ),
    "fr": ("Bonjour ! Oui, dans Profil > Cours, sans frais jusqu'a 12 h avant. L'equipe Aulora",),
    "de": (
        "Hallo! Ja, unter Profil > Stunden geht das bis 12 Std. vorher kostenlos. Dein Aulora-Team",
    ),
    "pt": ("Ola! Sim, em Perfil > Aulas, sem custos ate 12 h antes. Equipa Aulora",),
}

THANKS = {
    "es": ("Perfecto, gracias!!", "genial, mil gracias", "ok gracias 👍"),
    "it": ("Perfetto grazie!", "ok grazie mille", "top, grazie"),
    "en": ("Perfect, thanks!", "ta, sorted", "great, cheers"),
    "fr": ("Parfait merci !", "super merci bcp", "ok merci 👍"),
    "de": ("Super, danke!", "passt, danke", "alles klar, danke"),
    "pt": ("Perfeito, obg!", "otimo, obrigada", "ok obg 👍"),
}

SURVEY_WORDS = {
    "es": ("todo bien", "nada", "-", "👍", "10/10", "genial"),
    "it": ("tutto ok", "niente", "-", "👍", "top", "bene"),
    "en": ("grand", "all good", "-", "👍", "10/10", "nothing to add"),
    "fr": ("RAS", "top", "-", "👍", "nickel", "rien"),
    "de": ("passt", "alles gut", "-", "👍", "prima", "nix"),
    "pt": ("otimo", "nada", "-", "👍", "tudo bem", "5 estrelas"),
}

SARCASM = {
    "es": (
        "Genial, el gato del tutor ha dado la clase conmigo otra vez. Maravilloso 🙃 por lo demas bien",
    ),
    "it": (
        "Bellissimo, il wifi del tutor a singhiozzo per 10 minuti. Proprio quello che serviva 🙃 per il resto ok",
    ),
    "en": (
        "Oh lovely, the 'beginner' group had someone who's clearly fluent. Delightful 🙃 otherwise fine",
    ),
    "fr": ("Genial, le tuteur a oublie que c'etait mon cours. Trop bien 🙃 sinon ca va",),
    "de": (
        "Super, die App erinnert mich an eine Stunde, die gestern war. Danke auch 🙃 sonst alles gut",
    ),
    "pt": ("Que otimo, a aula comecou com 5 min de musica de espera. Adorei 🙃 de resto tudo bem",),
}

NIGHT = {
    "es": (
        "no puedo dormir asi que repaso vocabulario en la app, me encanta el modo flashcards",
        "clase nocturna con un tutor de Mexico, que lujo",
    ),
    "it": (
        "insonnia = esercizi su Aulora, le flashcard sono geniali",
        "lezione alle 2 con un tutor in Canada, comodissimo",
    ),
    "en": (
        "3am revision session, the flashcards are weirdly addictive",
        "night shift break, squeezed in a 20-min lesson, love it",
    ),
    "fr": (
        "insomnie, je revise sur l'app, les flashcards c'est top",
        "cours de nuit avec une tutrice au Quebec, genial",
    ),
    "de": (
        "Nachtschicht-Pause, schnell 20 Minuten Vokabeln, super App",
        "kann nicht schlafen, also Karteikarten auf Aulora",
    ),
    "pt": (
        "insonia, a rever vocabulario na app, adoro",
        "aula as 2 da manha com um tutor no Brasil, que bom",
    ),
}

NIGHT_Q = {
    "es": ("hola? se puede reservar clase para las 5 am?",),
    "it": ("ciao, le lezioni notturne contano per il certificato?",),
    "en": ("hi, are there tutors online at 4am UK time?",),
    "fr": ("bonsoir, on peut reserver un cours a 4h du mat ?",),
    "de": ("hallo, gibt es um 4 Uhr nachts Tutoren?",),
    "pt": ("ola, ha tutores disponiveis as 4 da manha?",),
}

NIGHT_ANSWER = {
    "es": (
        "Hola! Si, hay tutores de Latinoamerica disponibles a esas horas, filtra por 'Ahora' en la app. Equipo Aulora",
    ),
    "it": ("Ciao! Si, contano come le altre: vale ogni lezione completata. Team Aulora",),
    "en": (
        "Hi! Yes, we've tutors in other time zones online then: filter by 'Available now'. Aulora Support",
    ),
    "fr": (
        "Bonsoir ! Oui, des tuteurs d'autres fuseaux sont dispo, filtre 'Maintenant'. L'equipe Aulora",
    ),
    "de": (
        "Hallo! Ja, Tutoren aus anderen Zeitzonen sind dann online, Filter 'Jetzt verfügbar'. Dein Aulora-Team",
    ),
    "pt": ("Ola! Sim, ha tutores noutros fusos horarios, filtre por 'Agora'. Equipa Aulora",),
}

# --- problems (consumer) ----------------------------------------------------------

PROBLEMS = (
    "tutor_cancel",
    "charged_after_cancel",
    "certificate",
    "logout",
    "video_freeze",
    "refund_refused",
    "placement_lost",
)

PROBLEM_SUBJECT = {
    "tutor_cancel": {
        "es": "Clase cancelada {ref}",
        "it": "Lezione annullata {ref}",
        "en": "Class cancelled {ref}",
        "fr": "Cours annule {ref}",
        "de": "Stunde abgesagt {ref}",
        "pt": "Aula cancelada {ref}",
    },
    "charged_after_cancel": {
        "es": "Cobro Aulora Plus",
        "it": "Addebito Aulora Plus",
        "en": "Aulora Plus charge",
        "fr": "Prelevement Aulora Plus",
        "de": "Abbuchung Aulora Plus",
        "pt": "Cobranca Aulora Plus",
    },
    "certificate": {
        "es": "Certificado {ref}",
        "it": "Certificato {ref}",
        "en": "Certificate {ref}",
        "fr": "Certificat {ref}",
        "de": "Zertifikat {ref}",
        "pt": "Certificado {ref}",
    },
    "logout": {
        "es": "App me echa",
        "it": "App mi disconnette",
        "en": "Logged out during class",
        "fr": "Deconnexion pendant le cours",
        "de": "Abmeldung mitten in der Stunde",
        "pt": "App faz logout",
    },
    "video_freeze": {
        "es": "Video congelado {ref}",
        "it": "Video bloccato {ref}",
        "en": "Video frozen {ref}",
        "fr": "Video figee {ref}",
        "de": "Video friert ein {ref}",
        "pt": "Video congelado {ref}",
    },
    "refund_refused": {
        "es": "Reembolso {ref}",
        "it": "Rimborso {ref}",
        "en": "Refund {ref}",
        "fr": "Remboursement {ref}",
        "de": "Erstattung {ref}",
        "pt": "Reembolso {ref}",
    },
    "placement_lost": {
        "es": "Prueba de nivel {ref}",
        "it": "Test di livello {ref}",
        "en": "Placement test {ref}",
        "fr": "Test de niveau {ref}",
        "de": "Einstufungstest {ref}",
        "pt": "Teste de nivel {ref}",
    },
}

PROBLEM_TEXT = {
    "tutor_cancel": {
        "es": (
            "{tutor} cancelo la clase {ref} 10 minutos antes y encima me habeis quitado el credito. Como es posible??",
            "Me cancelan la clase {ref} a ultima hora y el credito desaparece. Quiero que me lo devolvais",
        ),
        "it": (
            "{tutor} ha annullato la lezione {ref} 5 minuti prima e il credito e sparito. Ma scherziamo?",
            "Lezione {ref} cancellata all'ultimo dal tutor e credito perso. Rivoglio il credito",
        ),
        "en": (
            "{tutor} cancelled class {ref} ten minutes before it started and I've LOST the credit. How is that fair?",
            "My 1-to-1 {ref} got cancelled last minute by the tutor and the credit's just gone from my balance",
        ),
        "fr": (
            "{tutor} a annule le cours {ref} 10 min avant et mon credit a disparu. Pardon ??",
            "Cours {ref} annule au dernier moment par le tuteur, credit perdu. Je veux le recuperer",
        ),
        "de": (
            "{tutor} hat die Stunde {ref} 10 Minuten vorher abgesagt und mein Guthaben ist weg. Geht's noch?",
            "Stunde {ref} kurzfristig vom Tutor abgesagt, Credit verloren. Bitte zurückbuchen",
        ),
        "pt": (
            "O {tutor} cancelou a aula {ref} 10 min antes e perdi o credito. Isto e serio?",
            "Aula {ref} cancelada a ultima hora e o credito sumiu. Quero o credito de volta",
        ),
    },
    "charged_after_cancel": {
        "es": (
            "Cancele Aulora Plus el dia 2 y hoy me cobrais {amount} otra vez. Tengo el email de confirmacion!!",
            "Por que me cobrais Plus si lo di de baja el mes pasado?",
        ),
        "it": (
            "Ho disdetto Aulora Plus il 2 e oggi mi avete addebitato {amount}. Ho la mail di conferma!!",
            "Perche mi addebitate Plus se l'ho disdetto il mese scorso?",
        ),
        "en": (
            "I cancelled Aulora Plus on the 2nd and you've just charged me {amount} AGAIN. I have the confirmation email",
            "Why am I being charged for Plus when I cancelled it last month?",
        ),
        "fr": (
            "J'ai resilie Plus le 2 et vous m'avez preleve {amount} aujourd'hui. J'ai le mail de confirmation !",
            "Pourquoi je suis encore preleve pour Plus alors que j'ai resilie le mois dernier ?",
        ),
        "de": (
            "Ich habe Aulora Plus am 2. gekündigt und heute wurden {amount} abgebucht. Die Bestätigung habe ich!",
            "Warum wird Plus noch abgebucht, obwohl ich letzten Monat gekündigt habe?",
        ),
        "pt": (
            "Cancelei o Aulora Plus dia 2 e hoje cobraram {amount} outra vez. Tenho o email de confirmacao!",
            "Porque me cobram o Plus se cancelei no mes passado?",
        ),
    },
    "certificate": {
        "es": (
            "Hice el examen final hace 5 semanas ({ref}) y el certificado sigue sin llegar. Lo necesito para un trabajo",
            "Donde esta mi certificado {ref}? Me dijisteis 10 dias",
        ),
        "it": (
            "Esame finale fatto 5 settimane fa ({ref}) e il certificato non e mai arrivato. Mi serve per il lavoro",
            "Dov'e il mio certificato {ref}? Avevate detto 10 giorni",
        ),
        "en": (
            "Sat the final exam 5 weeks ago ({ref}), certificate never issued. I need it for a job application",
            "Where is certificate {ref}? You said 10 working days",
        ),
        "fr": (
            "Examen final passe il y a 5 semaines ({ref}), toujours pas de certificat. J'en ai besoin pour un dossier",
            "Il est ou mon certificat {ref} ? Vous aviez dit 10 jours",
        ),
        "de": (
            "Abschlussprüfung vor 5 Wochen ({ref}), Zertifikat nie ausgestellt. Brauche es für eine Bewerbung",
            "Wo bleibt das Zertifikat {ref}? Es hieß 10 Tage",
        ),
        "pt": (
            "Fiz o exame final ha 5 semanas ({ref}) e nada de certificado. Preciso dele para o trabalho",
            "Onde esta o certificado {ref}? Disseram 10 dias",
        ),
    },
    "logout": {
        "es": (
            "La app me echa a mitad de clase y cuando vuelvo a entrar ya ha terminado. Ya van 3 veces",
            "me desconecta la app en medio de la clase {ref}, me pide login otra vez y pierdo 15 min",
        ),
        "it": (
            "L'app mi fa logout a meta lezione e quando rientro e finita. Gia 3 volte",
            "app che si disconnette durante la lezione {ref}, chiede di nuovo la password e perdo 15 minuti",
        ),
        "en": (
            "The app logs me out halfway through class and by the time I'm back in it's over. Third time now",
            "kicked out of the app mid-lesson ({ref}), asked for my password again, lost 15 min",
        ),
        "fr": (
            "L'appli me deconnecte en plein cours et quand je reviens c'est fini. Deja 3 fois",
            "deconnecte au milieu du cours {ref}, on me redemande le mdp, 15 min perdues",
        ),
        "de": (
            "Die App meldet mich mitten in der Stunde ab, bis ich wieder drin bin ist sie vorbei. Schon 3 mal",
            "mitten in Stunde {ref} rausgeflogen, Passwort neu eingeben, 15 Min weg",
        ),
        "pt": (
            "A app faz logout a meio da aula e quando volto ja acabou. Ja foram 3 vezes",
            "a app desligou-me a meio da aula {ref}, pediu a password outra vez, perdi 15 min",
        ),
    },
    "video_freeze": {
        "es": (
            "El video se congela cada 2 minutos en la clase {ref}, no se ve al tutor. Mi internet va perfecto",
            "Clase {ref} imposible, imagen congelada todo el rato",
        ),
        "it": (
            "Il video si blocca ogni 2 minuti nella lezione {ref}, il tutor non si vede. La mia connessione va benissimo",
            "Lezione {ref} inutilizzabile, video fermo tutto il tempo",
        ),
        "en": (
            "Video froze every couple of minutes in class {ref}, couldn't see the tutor at all. My broadband is fine",
            "Class {ref} was unusable, picture frozen the whole time",
        ),
        "fr": (
            "La video se fige toutes les 2 min pendant le cours {ref}, impossible de voir le tuteur. Ma connexion est nickel",
            "Cours {ref} inutilisable, image figee tout le long",
        ),
        "de": (
            "Das Video friert alle 2 Minuten ein in Stunde {ref}, Tutor nicht zu sehen. Mein Internet ist top",
            "Stunde {ref} unbrauchbar, Bild die ganze Zeit eingefroren",
        ),
        "pt": (
            "O video congela de 2 em 2 minutos na aula {ref}, nao se ve o tutor. A minha net esta otima",
            "Aula {ref} impossivel, imagem congelada o tempo todo",
        ),
    },
    "refund_refused": {
        "es": (
            "Pedi el reembolso del bono {ref} ({amount}) dentro de los 14 dias y me lo denegais sin explicacion",
            "Reembolso {ref} rechazado. Por que? No use ni una clase",
        ),
        "it": (
            "Ho chiesto il rimborso del pacchetto {ref} ({amount}) entro 14 giorni e me lo negate senza spiegazioni",
            "Rimborso {ref} rifiutato. Perche? Non ho usato nessuna lezione",
        ),
        "en": (
            "Asked for a refund on pack {ref} ({amount}) within 14 days and it got refused with no reason given",
            "Refund {ref} declined. Why? I didn't use a single class",
        ),
        "fr": (
            "Demande de remboursement du pack {ref} ({amount}) dans les 14 jours, refusee sans explication",
            "Remboursement {ref} refuse. Pourquoi ? Je n'ai utilise aucun cours",
        ),
        "de": (
            "Erstattung für Paket {ref} ({amount}) innerhalb von 14 Tagen beantragt, ohne Begründung abgelehnt",
            "Erstattung {ref} abgelehnt. Warum? Keine einzige Stunde genutzt",
        ),
        "pt": (
            "Pedi o reembolso do pack {ref} ({amount}) dentro dos 14 dias e recusaram sem explicacao",
            "Reembolso {ref} recusado. Porque? Nao usei nenhuma aula",
        ),
    },
    "placement_lost": {
        "es": (
            "Hice la prueba de nivel {ref} y el resultado ha desaparecido, ahora me pone A1 y no puedo reservar B2",
            "La app ha perdido mi prueba de nivel {ref}, me obliga a repetirla",
        ),
        "it": (
            "Ho fatto il test di livello {ref} e il risultato e sparito, ora risulto A1 e non posso prenotare B2",
            "L'app ha perso il mio test {ref}, devo rifarlo",
        ),
        "en": (
            "Did placement test {ref} and the result has vanished, now it says A1 and won't let me book B2 classes",
            "The app lost my placement test {ref} and wants me to do it again",
        ),
        "fr": (
            "Test de niveau {ref} fait, resultat disparu, je suis en A1 et je ne peux plus reserver en B2",
            "L'appli a perdu mon test {ref}, il faut le refaire",
        ),
        "de": (
            "Einstufungstest {ref} gemacht, Ergebnis weg, jetzt steht A1 da und ich kann kein B2 buchen",
            "Die App hat meinen Test {ref} verloren, soll ihn nochmal machen",
        ),
        "pt": (
            "Fiz o teste de nivel {ref} e o resultado desapareceu, agora aparece A1 e nao consigo marcar B2",
            "A app perdeu o meu teste {ref}, obriga a repetir",
        ),
    },
}

ANGRY_TAIL = {
    "es": (" VERGONZOSO.", " Estoy harta.", " Que servicio mas malo."),
    "it": (" VERGOGNOSO.", " Sono stufo.", " Servizio pessimo."),
    "en": (" RIDICULOUS.", " Absolutely fuming.", " Shocking service."),
    "fr": (" C'EST INADMISSIBLE.", " J'en ai marre.", " Service lamentable."),
    "de": (" UNMÖGLICH.", " Ich bin echt sauer.", " Schlechter Service."),
    "pt": (" VERGONHOSO.", " Estou farta.", " Pessimo servico."),
}

# Second contact: names the booking, not always the problem.
FOLLOW_2 = {
    "es": (
        "RE: {ref} - alguna novedad? sigo igual",
        "Otra vez yo. Lo de {ref} SIGUE sin resolver",
        "Os escribi ayer por {ref} y nadie contesta",
        "SIGO SIN RESPUESTA sobre {ref}",
    ),
    "it": (
        "R: {ref} - novita? ancora niente",
        "Di nuovo io, per {ref}. ANCORA nessuna soluzione",
        "Vi ho scritto ieri per {ref}, nessuna risposta",
        "{ref}: sto ancora aspettando",
    ),
    "en": (
        "RE: {ref} - any update? still nothing my end",
        "Me again about {ref}. STILL not sorted",
        "Wrote yesterday about {ref}, heard nothing back",
        "is anyone actually reading these? {ref} still open",
    ),
    "fr": (
        "RE : {ref} - des nouvelles ? toujours rien",
        "Encore moi pour {ref}. TOUJOURS pas regle",
        "Je vous ai ecrit hier pour {ref}, aucune reponse",
        "{ref} : j'attends encore",
    ),
    "de": (
        "AW: {ref} - gibt's was Neues? immer noch nichts",
        "Nochmal wegen {ref}. IMMER NOCH nicht gelöst",
        "Habe gestern wegen {ref} geschrieben, keine Antwort",
        "{ref}: warte immer noch",
    ),
    "pt": (
        "RES: {ref} - novidades? continua igual",
        "Outra vez eu, sobre {ref}. AINDA nada",
        "Escrevi ontem sobre {ref} e ninguem responde",
        "{ref}: continuo a espera",
    ),
}

FOLLOW_3 = {
    "es": (
        "Tercera vez que escribo por {ref}. Si esto no se arregla me voy a {comp}",
        "Van tres veces con {ref}. {comp} me ofrece un mes gratis, vosotros vereis",
    ),
    "it": (
        "Terza volta che scrivo per {ref}. Se non si risolve passo a {comp}",
        "Tre messaggi per {ref}. {comp} mi offre un mese gratis, fate voi",
    ),
    "en": (
        "Third time writing about {ref}. Sort it or I'm off to {comp}",
        "Three messages now re {ref}. {comp} are offering a free month, just saying",
    ),
    "fr": (
        "Troisieme fois pour {ref}. Si rien ne bouge je pars chez {comp}",
        "3e message pour {ref}. {comp} m'offre un mois, a vous de voir",
    ),
    "de": (
        "Dritte Nachricht wegen {ref}. Wenn nichts passiert, wechsle ich zu {comp}",
        "Dreimal jetzt wegen {ref}. {comp} bietet einen Gratismonat an",
    ),
    "pt": (
        "Terceira vez que escrevo sobre {ref}. Se nao resolverem vou para a {comp}",
        "Tres mensagens sobre {ref}. A {comp} oferece um mes gratis",
    ),
}

FOLLOW_4 = {
    "es": ("{ref}. Cuarta vez. Ni una respuesta util.",),
    "it": ("{ref}. Quarta volta. Nessuna risposta utile.",),
    "en": ("{ref}. Fourth time. Not one useful reply.",),
    "fr": ("{ref}. Quatrieme fois. Aucune reponse utile.",),
    "de": ("{ref}. Zum vierten Mal. Keine brauchbare Antwort.",),
    "pt": ("{ref}. Quarta vez. Nenhuma resposta util.",),
}

AGENT_PASSED = {
    "es": "Hola, sentimos lo ocurrido con {ref}. Lo hemos pasado al equipo responsable y te escribiremos en cuanto tengamos respuesta. Equipo Aulora",
    "it": "Ciao, ci dispiace per {ref}. Abbiamo passato la richiesta al team e ti aggiorniamo appena possibile. Team Aulora",
    "en": "Hi, sorry about {ref}. We've passed this to the team and will come back to you as soon as we hear. Aulora Support",
    "fr": "Bonjour, desoles pour {ref}. Nous avons transmis a l'equipe concernee et revenons vers vous des que possible. L'equipe Aulora",
    "de": "Hallo, das tut uns leid wegen {ref}. Wir haben es ans Team weitergegeben und melden uns. Dein Aulora-Team",
    "pt": "Ola, lamentamos o sucedido com {ref}. Passamos a equipa responsavel e voltamos a contactar. Equipa Aulora",
}

AGENT_FIXED = {
    "es": "Hola, ya esta solucionado lo de {ref}: lo tienes corregido en tu cuenta. Disculpa las molestias. Equipo Aulora",
    "it": "Ciao, {ref} e sistemato: trovi tutto corretto nel tuo account. Scusa il disagio. Team Aulora",
    "en": "Hi, {ref} is fixed now and your account has been corrected. Sorry for the hassle. Aulora Support",
    "fr": "Bonjour, c'est regle pour {ref}, votre compte est corrige. Desoles pour la gene. L'equipe Aulora",
    "de": "Hallo, {ref} ist erledigt, dein Konto ist korrigiert. Entschuldige die Umstände. Dein Aulora-Team",
    "pt": "Ola, {ref} esta resolvido e a sua conta foi corrigida. Pedimos desculpa. Equipa Aulora",
}

SORTED = {
    "es": ("Confirmado, ya lo veo bien. Gracias!", "Todo arreglado, gracias por la rapidez"),
    "it": ("Confermo, ora e tutto a posto. Grazie!", "Sistemato, grazie"),
    "en": ("All sorted now, thanks for fixing it", "Confirmed, it's right now. Cheers"),
    "fr": ("C'est bon, tout est regle. Merci !", "Confirme, merci pour la rapidite"),
    "de": ("Passt jetzt, danke fürs Lösen!", "Alles erledigt, danke"),
    "pt": ("Confirmo, ja esta tudo certo. Obg!", "Resolvido, obrigado"),
}

SORRY = {
    "es": ("Perdon por el tono de ayer, ya esta todo bien 🙏",),
    "it": ("Scusate per ieri, ero nervoso. Tutto ok ora",),
    "en": ("Sorry for the rant yesterday, all good now",),
    "fr": ("Desolee pour le ton d'hier, tout va bien maintenant",),
    "de": ("Sorry für gestern, war genervt. Alles wieder gut",),
    "pt": ("Desculpem o tom de ontem, ja esta tudo bem",),
}

LONG_MAIL = {
    "es": "Hola equipo de Aulora:\n\nAntes de nada, deciros que las clases de grupo de los martes me gustan mucho y que {tutor} es una profesora estupenda.\n\nPero os escribo por otra cosa. {complaint}\n\nPor lo demas sigo con ganas de llegar al B2 antes del verano, asi que espero que lo podais mirar pronto.\n\nUn saludo",
    "it": "Buongiorno,\n\nsono iscritta da diversi mesi e in generale mi trovo bene, le lezioni di gruppo sono ben organizzate.\n\nVi scrivo pero per un problema. {complaint}\n\nVi ringrazio in anticipo e resto in attesa di un riscontro.\n\nCordiali saluti",
    "en": "Hello,\n\nI've been a member for about a year and normally have nothing but good things to say, the Tuesday conversation group in particular.\n\nHowever: {complaint}\n\nI'd appreciate it if someone could look into this. Otherwise keep up the good work.\n\nKind regards",
    "fr": "Bonjour,\n\nJe suis inscrite depuis l'automne et dans l'ensemble je suis contente, les cours du soir sont tres bien.\n\nMais voila : {complaint}\n\nMerci de regarder ca rapidement.\n\nCordialement",
}

SLIDE = {
    "es": (
        "Las clases ultimamente van un poco lentas, no se",
        "Un poco decepcionada con el ultimo mes, la verdad",
        "Estoy harta de que cambien de tutor cada semana",
        "El servicio ha empeorado muchisimo, fatal",
        "Estoy MUY enfadada, nadie responde a nada",
        "Hasta aqui. Me paso a {comp}",
    ),
    "it": (
        "Ultimamente le lezioni sono un po' lente",
        "Un po' deluso dall'ultimo mese, sinceramente",
        "Sono stufo di cambiare tutor ogni settimana",
        "Il servizio e peggiorato tantissimo",
        "Sono davvero arrabbiato, nessuno risponde",
        "Basta. Passo a {comp}",
    ),
    "en": (
        "Classes feel a bit slow lately tbh",
        "Bit disappointed with the last month, honestly",
        "Fed up with a different tutor every single week",
        "Service has gone right downhill, poor",
        "Really angry now, nobody answers anything",
        "Had enough. Trying {comp}",
    ),
    "fr": (
        "Les cours sont un peu lents ces temps-ci",
        "Un peu decue par le dernier mois, franchement",
        "Marre de changer de tuteur chaque semaine",
        "Le service s'est vraiment degrade, nul",
        "Je suis vraiment en colere, personne ne repond",
        "J'en ai assez. Je passe chez {comp}",
    ),
    "de": (
        "Die Stunden sind in letzter Zeit etwas zäh",
        "Etwas enttäuscht vom letzten Monat, ehrlich",
        "Hab es satt, jede Woche einen anderen Tutor",
        "Der Service ist echt schlecht geworden",
        "Ich bin richtig wütend, keiner antwortet",
        "Mir reicht's. Ich probiere {comp}",
    ),
    "pt": (
        "As aulas andam um pouco lentas",
        "Um pouco desiludida com o ultimo mes",
        "Farta de mudar de tutor todas as semanas",
        "O servico piorou imenso, mau",
        "Estou mesmo zangada, ninguem responde",
        "Chega. Vou experimentar a {comp}",
    ),
}

CANCEL_ASK = {
    "es": "Hola, quiero dar de baja Aulora Plus y cerrar mi cuenta. No me compensa. Gracias",
    "it": "Buongiorno, vorrei disdire Aulora Plus e chiudere l'account. Non lo uso abbastanza",
    "en": "Hi, please cancel my Aulora Plus and close my account. It's not worth it for me any more",
    "fr": "Bonjour, je souhaite resilier Aulora Plus et fermer mon compte. Ca ne me sert plus",
    "de": "Hallo, bitte Aulora Plus kündigen und mein Konto schließen. Lohnt sich nicht mehr für mich",
    "pt": "Ola, quero cancelar o Aulora Plus e fechar a conta. Ja nao compensa",
}

GRUMPY = {
    "es": (
        "La app es lentisima, como siempre",
        "Otra clase con 5 minutos de retraso. Normal",
        "Precio de Plus caro para lo que es",
        "Los ejercicios son aburridos",
    ),
    "it": (
        "L'app e lentissima, come sempre",
        "Altra lezione iniziata in ritardo. Normale",
        "Plus caro per quello che offre",
        "Esercizi noiosi",
    ),
    "en": (
        "App's slow as ever",
        "Another class starting 5 min late. Standard",
        "Plus is overpriced for what it is",
        "the exercises are dull",
    ),
    "fr": (
        "L'appli rame comme d'hab",
        "Encore un cours en retard. Classique",
        "Plus trop cher pour ce que c'est",
        "Exercices ennuyeux",
    ),
    "de": (
        "App lahm wie immer",
        "Wieder 5 Minuten zu spät angefangen. Typisch",
        "Plus ist zu teuer für das Gebotene",
        "Übungen sind langweilig",
    ),
    "pt": (
        "A app e lentissima como sempre",
        "Mais uma aula atrasada. Normal",
        "O Plus e caro para o que e",
        "Exercicios aborrecidos",
    ),
}

# --- spike: the Join class button fails (error CL-503) -----------------------

SPIKE = {
    "es": (
        "No puedo entrar a mi clase de las 20h, el boton Unirme da error {err}",
        "error {err} al unirme a la clase, alguien mas??",
        "Clase de grupo ahora y la app dice {err}, no me deja entrar",
        "Pagando Plus para esto: {err} y sin clase",
    ),
    "it": (
        "Non riesco a entrare nella lezione delle 20, errore {err} su Partecipa",
        "errore {err} quando provo a entrare in classe, anche voi?",
        "Lezione adesso e l'app dice {err}, non entro",
        "{err} e lezione persa. Bene.",
    ),
    "en": (
        "Can't join my 7pm class, Join button just says {err}",
        "anyone else getting {err} trying to get into class??",
        "Group class starting now and the app throws {err}. Can't get in",
        "{err} again, missing my lesson",
    ),
    "fr": (
        "Impossible de rejoindre mon cours de 20h, erreur {err}",
        "erreur {err} en rejoignant le cours, vous aussi ?",
        "Cours maintenant et l'appli affiche {err}, je ne peux pas entrer",
        "{err} et cours rate, super",
    ),
    "de": (
        "Komme nicht in meine 20-Uhr-Stunde, Fehler {err} beim Beitreten",
        "noch jemand Fehler {err} beim Kurs-Beitritt??",
        "Gruppenstunde jetzt und die App zeigt {err}",
        "{err}, Stunde verpasst",
    ),
    "pt": (
        "Nao consigo entrar na aula das 19h, erro {err} ao clicar Entrar",
        "erro {err} para entrar na aula, mais alguem?",
        "Aula agora e a app diz {err}, nao entro",
        "{err} e perdi a aula",
    ),
}

SPIKE_AGAIN = {
    "es": ("Sigue saliendo {err}, ya me he perdido media clase", "RE: {err} - sigue igual, nada"),
    "it": ("Ancora {err}, mezza lezione persa", "R: {err} - sempre uguale"),
    "en": ("Still {err}, half the class gone now", "RE: {err} - still the same, nothing works"),
    "fr": ("Toujours {err}, la moitie du cours perdue", "RE : {err} - toujours pareil"),
    "de": ("Immer noch {err}, halbe Stunde verpasst", "AW: {err} - immer noch dasselbe"),
    "pt": ("Continua {err}, ja perdi meia aula", "RES: {err} - continua igual"),
}

SPIKE_FIXED = {
    "es": "Hola, el fallo {err} al unirse a las clases ya esta corregido. Te hemos devuelto el credito de la clase perdida. Equipo Aulora",
    "it": "Ciao, l'errore {err} per entrare in classe e risolto. Ti abbiamo restituito il credito della lezione persa. Team Aulora",
    "en": "Hi, the {err} error when joining classes is fixed and we've put the missed class credit back on your account. Aulora Support",
    "fr": "Bonjour, l'erreur {err} pour rejoindre les cours est corrigee et le credit du cours manque vous a ete rendu. L'equipe Aulora",
    "de": "Hallo, der Fehler {err} beim Beitreten ist behoben, das Guthaben für die verpasste Stunde ist zurück. Dein Aulora-Team",
    "pt": "Ola, o erro {err} ao entrar nas aulas esta corrigido e devolvemos o credito da aula perdida. Equipa Aulora",
}

# --- Aulora Teams (companies) -------------------------------------------------

B2B_ROUTINE = {
    "es": (
        "Hola, podeis añadir 3 licencias para el equipo de ventas? Gracias",
        "Necesito el informe de progreso del trimestre para RRHH",
        "Se puede cambiar el administrador del portal?",
    ),
    "it": (
        "Buongiorno, potete aggiungere 3 licenze per il commerciale?",
        "Mi serve il report di avanzamento del trimestre per le HR",
        "Come cambio l'amministratore del portale?",
    ),
    "en": (
        "Hi, could you add 3 seats for the sales team please?",
        "Need the quarterly progress report for HR",
        "How do I change the portal admin?",
    ),
    "fr": (
        "Bonjour, pouvez-vous ajouter 3 licences pour l'equipe commerciale ?",
        "Il me faut le rapport de progression du trimestre pour les RH",
        "Comment changer l'administrateur du portail ?",
    ),
    "de": (
        "Hallo, könnt ihr 3 Lizenzen für den Vertrieb hinzufügen?",
        "Brauche den Quartalsbericht zum Lernfortschritt für HR",
        "Wie ändere ich den Portal-Admin?",
    ),
    "pt": (
        "Ola, podem adicionar 3 licencas para a equipa comercial?",
        "Preciso do relatorio de progresso do trimestre para os RH",
        "Como mudo o administrador do portal?",
    ),
}

B2B_AGENT = {
    "es": "Hola, hecho. Ya lo tienes en el portal de Aulora Teams. Un saludo",
    "it": "Buongiorno, fatto: lo trova nel portale Aulora Teams. Saluti",
    "en": "Hi, done: you'll find it in the Aulora Teams portal. Best regards",
    "fr": "Bonjour, c'est fait : disponible dans le portail Aulora Teams. Cordialement",
    "de": "Hallo, erledigt: im Aulora-Teams-Portal verfügbar. Viele Grüße",
    "pt": "Ola, feito: ja esta no portal Aulora Teams. Cumprimentos",
}

B2B_HAPPY = {
    "es": (
        "El equipo esta encantado con las clases, gracias",
        "Los informes nos vienen genial para RRHH",
    ),
    "it": ("Il team e contentissimo delle lezioni, grazie", "I report sono utilissimi per le HR"),
    "en": (
        "Staff are really enjoying the classes, thanks",
        "Progress reports are great for our HR reviews",
    ),
    "fr": ("Les equipes adorent les cours, merci", "Les rapports sont tres utiles pour les RH"),
    "de": ("Das Team ist begeistert von den Stunden, danke", "Die Berichte helfen HR sehr"),
    "pt": (
        "A equipa esta a gostar muito das aulas, obrigado",
        "Os relatorios sao otimos para os RH",
    ),
}

B2B_PROBLEMS = ("seats_left", "reports_empty", "sso_broken", "cost_centre")

B2B_PROBLEM = {
    "seats_left": {
        "es": "La factura de este mes sigue cobrando 9 licencias de gente que ya no esta en la empresa. Lo comunicamos en el portal hace dos meses",
        "it": "La fattura di questo mese addebita ancora 9 licenze di persone che hanno lasciato l'azienda. L'abbiamo segnalato nel portale due mesi fa",
        "en": "This month's invoice is still billing 9 seats for people who left the company. We removed them in the portal two months ago",
        "fr": "La facture du mois facture encore 9 licences de personnes parties. Nous les avons retirees du portail il y a deux mois",
        "de": "Die Rechnung berechnet immer noch 9 Lizenzen für Leute, die nicht mehr bei uns sind. Im Portal vor zwei Monaten entfernt",
        "pt": "A fatura deste mes continua a cobrar 9 licencas de pessoas que ja sairam. Removemos no portal ha dois meses",
    },
    "reports_empty": {
        "es": "Los informes de progreso del equipo salen vacios, 0 horas para todos, y sabemos que estan dando clase",
        "it": "I report di avanzamento escono vuoti, 0 ore per tutti, e sappiamo che seguono le lezioni",
        "en": "Progress reports for our staff come out empty, 0 hours for everyone, and we know they're attending",
        "fr": "Les rapports de progression sont vides, 0 heure pour tout le monde, alors qu'ils suivent les cours",
        "de": "Die Fortschrittsberichte sind leer, 0 Stunden für alle, obwohl alle teilnehmen",
        "pt": "Os relatorios de progresso vem vazios, 0 horas para todos, e sabemos que estao a ter aulas",
    },
    "sso_broken": {
        "es": "El login con SSO no funciona para nuestros empleados desde el lunes, nadie puede entrar a sus clases",
        "it": "Il login SSO non funziona per i dipendenti da lunedi, nessuno riesce a entrare",
        "en": "SSO login has been broken for our staff since Monday, nobody can get into their classes",
        "fr": "La connexion SSO ne marche plus pour nos salaries depuis lundi, personne ne peut acceder aux cours",
        "de": "Der SSO-Login geht seit Montag für unsere Mitarbeitenden nicht, niemand kommt in die Stunden",
        "pt": "O login SSO nao funciona para os colaboradores desde segunda, ninguem consegue entrar",
    },
    "cost_centre": {
        "es": "Las facturas ya no vienen separadas por centro de coste ({cc}), contabilidad no puede imputarlas",
        "it": "Le fatture non sono piu divise per centro di costo ({cc}), la contabilita non riesce a registrarle",
        "en": "Invoices no longer come split per cost centre ({cc}), finance can't allocate them",
        "fr": "Les factures ne sont plus ventilees par centre de cout ({cc}), la compta ne peut pas les imputer",
        "de": "Rechnungen kommen nicht mehr nach Kostenstelle ({cc}) getrennt, die Buchhaltung kann nichts zuordnen",
        "pt": "As faturas deixaram de vir separadas por centro de custo ({cc}), a contabilidade nao consegue imputar",
    },
}

B2B_STILL = {
    "es": "Seguimos igual, nadie nos ha dado solucion. Ya estamos pidiendo presupuesto a otros proveedores",
    "it": "Siamo ancora allo stesso punto, nessuna soluzione. Stiamo gia chiedendo preventivi ad altri fornitori",
    "en": "Still not fixed and no one has come back to us. We're now getting quotes from other providers",
    "fr": "Toujours rien de regle, aucune reponse. Nous demandons des devis a d'autres prestataires",
    "de": "Immer noch nicht gelöst, keine Rückmeldung. Wir holen jetzt Angebote anderer Anbieter ein",
    "pt": "Continua sem solucao e sem resposta. Ja estamos a pedir orcamentos a outros fornecedores",
}

B2B_MILD = {
    "es": "Pequeña cosa: en el PDF de la factura el nombre del centro de coste sale cortado",
    "it": "Piccola cosa: nel PDF della fattura il nome del centro di costo e tagliato",
    "en": "Minor thing: the cost centre name gets cut off on the invoice PDF",
    "fr": "Petit detail : le nom du centre de cout est coupe sur le PDF de la facture",
    "de": "Kleinigkeit: der Kostenstellenname ist im Rechnungs-PDF abgeschnitten",
    "pt": "Pequena coisa: no PDF da fatura o nome do centro de custo aparece cortado",
}

COMPANY_WORDS = (
    "Grupo Ebro",
    "Logistica Sur",
    "Farmacie Nord",
    "Tessili Brianza",
    "Brightwell Legal",
    "Harbour Foods",
    "Atelier Rhone",
    "Batiplus",
    "Kranwerk",
    "Nordlicht Pflege",
    "Cortica Lusa",
    "Mar Azul Hoteis",
    "Vinos Duero",
    "Studio Lumen",
    "Pennine Print",
    "Clairval",
    "Hafenblick",
    "Porto Tech",
    "Andes Seguros",
    "Ferro Veneto",
)
