# ruff: noqa: E501
"""Texts of heldout157: Kurvano, karting tracks booked by app and web (and Kurvano Teams).

Placeholders: {case} case reference, {comp} a competitor, {p} a problem phrase,
{first} a colleague's first name, {day} a weekday, {n} a number, {code} a code.
Languages: de and pt first (two or three variants a table), then es, en, fr, it.
"""

from __future__ import annotations

BRAND = "Kurvano"
COMPETITORS = ("Pistaro", "Drehwerk")
LANGS = ("de", "pt", "es", "en", "fr", "it")

PRODUCTS = (
    ("Arrive-and-drive heat, 15 min", "29.00"),
    ("Grand Prix 3 x 12 min", "59.00"),
    ("Kids kart session 10 min", "18.00"),
    ("Birthday package, 8 kids", "189.00"),
    ("Kurvano Liga monthly", "34.90"),
    ("Gift voucher 50", "50.00"),
    ("Twin heat evening slot", "45.00"),
)

PAGES = ("/tracks", "/heats", "/liga", "/laptimes", "/vouchers", "/birthday", "/teams", "/account")

PRAISE: dict[str, list[str]] = {
    "de": [
        "Gestern mit den Jungs bei Kurvano, 3 Heats, alles pünktlich und die Karts liefen super. Nächsten Monat wieder!",
        "schon wieder Bestzeit geknackt 😎 die neue Strecke in der Halle ist der Hammer, danke Kurvano",
        "Dritte Geburtstagsfeier bei euch und wieder alles perfekt, die Kids reden von nix anderem",
    ],
    "pt": [
        "Fui com a minha filha ao Kurvano no sabado, ela adorou o kart infantil, staff super simpatico!",
        "mais uma vez uma tarde espetacular no Kurvano, pista limpa e karts rapidos 👌",
        "Terceira vez este mes e continuo viciado, obrigado Kurvano pela liga",
    ],
    "es": [
        "Otra vez en Kurvano con los del curro, Grand Prix genial y los karts como siempre de diez",
        "sabado de karts en Kurvano, mi hijo ganó su primera carrera jajaja 🏁",
    ],
    "en": [
        "Third Grand Prix at Kurvano this year and still grinning, marshals were brilliant again",
        "took my dad to Kurvano for his 70th, he beat me. cheers for a great afternoon",
    ],
    "fr": [
        "Encore une super soirée chez Kurvano, accueil au top et piste nickel 👍",
        "anniversaire du petit chez Kurvano, tout était parfait, merci à l'équipe",
    ],
    "it": [
        "Di nuovo da Kurvano con gli amici, gran premio bellissimo e personale gentilissimo",
        "terza volta questo mese, ormai siamo di casa da Kurvano 😄",
    ],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "de": [
        "Sehr schön wieder, nur die Helme riechen langsam etwas. Ansonsten top",
        "Super Abend, einzig das Parken vor der Halle ist ein Krampf",
    ],
    "pt": [
        "Correu tudo bem outra vez, so o cafe do bar e que esta sempre frio",
        "Adorei, mas os cacifos sao pequenos demais para um casaco",
    ],
    "es": ["Todo genial, solo que la app tarda un poco en enseñar los tiempos. Repetiremos"],
    "en": ["Great night out, only gripe is the queue for the balaclavas"],
    "fr": ["Très bien comme d'habitude, juste le vestiaire un peu petit"],
    "it": ["Tutto bene, solo le tute un po' strette. Torneremo"],
}

QUESTION: dict[str, list[str]] = {
    "de": [
        "Hallo, kann man den Heat am Samstag noch auf 16 Uhr verschieben?",
        "ab welchem alter dürfen kinder in die kleinen karts",
        "Gilt der Gutschein auch für den Grand Prix oder nur für Einzelheats?",
    ],
    "pt": [
        "Ola, posso levar o meu proprio capacete?",
        "a liga mensal inclui os karts infantis ou so adultos?",
        "Boa tarde, da para juntar dois vales num so pagamento?",
    ],
    "es": ["Hola, ¿se puede cambiar la sesión del sábado a las 18h?"],
    "en": ["hi is there a minimum height for the adult karts"],
    "fr": ["Bonjour, est-ce qu'on peut réserver une piste privée pour 10 personnes ?"],
    "it": ["Ciao, il buono regalo scade dopo un anno?"],
}

ANSWER: dict[str, list[str]] = {
    "de": [
        "Hallo! Ja, das geht, wir haben es direkt für Sie erledigt. Viel Spaß auf der Strecke! – Jonas, Kurvano",
        "Gerne: ab 8 Jahren und 1,30 m. Grüße, Mira von Kurvano",
    ],
    "pt": [
        "Ola! Sim, ja esta tratado. Boas corridas! – Ines, Kurvano",
        "Claro, ficou registado na sua conta. Cumprimentos, Tiago da Kurvano",
    ],
    "es": ["¡Hola! Sí, ya lo tienes cambiado. ¡A disfrutar! – Lucía, Kurvano"],
    "en": ["Hi! Yes, all sorted for you now. Enjoy the track – Sam, Kurvano"],
    "fr": ["Bonjour ! Oui, c'est fait. Bonne course ! – Chloé, Kurvano"],
    "it": ["Ciao! Sì, fatto. Buona gara! – Marco, Kurvano"],
}

THANKS: dict[str, list[str]] = {
    "de": ["Danke, super schnell!", "perfekt, danke euch"],
    "pt": ["Obrigado, rapidissimo!", "top, obg"],
    "es": ["Gracias!! 🙌"],
    "en": ["brilliant thanks"],
    "fr": ["Merci beaucoup !"],
    "it": ["Grazie mille!"],
}

NIGHT_POST: dict[str, list[str]] = {
    "de": [
        "3 Uhr nachts und ich schau mir immer noch meine Rundenzeiten bei Kurvano an. Samstag wird angegriffen",
        "Nachtschicht vorbei, noch schnell den Heat für morgen gebucht. Kurvano app läuft auch um 4 Uhr 👍",
    ],
    "pt": [
        "nao consigo dormir, a rever o video da corrida no Kurvano 😅",
        "saido do turno da noite, ja reservei o Grand Prix de domingo no Kurvano",
    ],
    "es": ["las 2 de la mañana y yo mirando la clasificacion de la liga Kurvano, no tengo remedio"],
    "en": ["can't sleep so booked a twin heat at Kurvano for friday. priorities"],
    "fr": ["insomnie, du coup je regarde mes temps au tour sur Kurvano 😂"],
    "it": ["le 3 di notte e sto guardando i tempi sul giro di Kurvano, aiuto"],
}

NIGHT_Q: dict[str, list[str]] = {
    "de": [
        "kann ich jetzt noch für morgen früh 10 uhr buchen oder ist das zu spät?",
        "Hallo, nachts noch da? Wie lange vorher muss man einen Heat stornieren",
    ],
    "pt": [
        "ainda da para marcar para amanha as 10h?",
        "boa noite, ate quando posso cancelar sem custos?",
    ],
    "es": ["hola, ¿hasta que hora se puede reservar para mañana?"],
    "en": ["hi, still time to book for 10am tomorrow?"],
    "fr": ["bonsoir, je peux encore réserver pour demain matin ?"],
    "it": ["ciao, posso ancora prenotare per domattina?"],
}

SURVEY_WORD: dict[str, list[str]] = {
    "de": ["Top", "", "immer wieder gern"],
    "pt": ["Excelente", "", "5 estrelas"],
    "es": ["Genial"],
    "en": ["great"],
    "fr": ["Parfait"],
    "it": ["Ottimo"],
}

REVIEW: dict[str, list[str]] = {
    "de": [
        "Schnelle Karts, nettes Team, faire Preise.",
        "Kindergeburtstag war perfekt organisiert.",
    ],
    "pt": ["Pista excelente e equipa muito profissional.", "Otimo para festas de anos."],
    "es": ["Muy buena pista y buen trato."],
    "en": ["Well run track, decent karts."],
    "fr": ["Piste top, personnel sympa."],
    "it": ["Pista ottima, staff gentile."],
}

# consumer problems: turned_away (paid heat, booking gone, sent home), double_charge,
# refund (cancelled heat, refund never came)
PROBLEM: dict[str, dict[str, str]] = {
    "de": {
        "turned_away": "mein bezahlter Heat war an der Kasse nicht zu finden und wir wurden nach Hause geschickt",
        "double_charge": "der Grand Prix wurde ZWEIMAL von der Karte abgebucht",
        "refund": "die Erstattung für den abgesagten Heat ist nach drei Wochen immer noch nicht da",
    },
    "pt": {
        "turned_away": "a minha reserva paga nao aparecia na rececao e mandaram-nos embora",
        "double_charge": "cobraram o Grand Prix DUAS vezes no cartao",
        "refund": "o reembolso da sessao cancelada ainda nao chegou passadas tres semanas",
    },
    "es": {
        "turned_away": "mi reserva pagada no aparecía en recepción y nos mandaron a casa",
        "double_charge": "me cobrasteis el Grand Prix DOS veces",
        "refund": "el reembolso de la sesión cancelada sigue sin llegar tres semanas después",
    },
    "en": {
        "turned_away": "my paid heat wasn't on the system at the desk and we were sent home",
        "double_charge": "you charged my card TWICE for the Grand Prix",
        "refund": "the refund for the cancelled heat still hasn't arrived after three weeks",
    },
    "fr": {
        "turned_away": "ma session payée n'existait pas à l'accueil et on nous a renvoyés",
        "double_charge": "vous avez débité le Grand Prix DEUX fois",
        "refund": "le remboursement de la session annulée n'est toujours pas arrivé après trois semaines",
    },
    "it": {
        "turned_away": "la mia sessione pagata non risultava alla cassa e ci hanno mandati via",
        "double_charge": "mi avete addebitato il Gran Premio DUE volte",
        "refund": "il rimborso della sessione annullata non è ancora arrivato dopo tre settimane",
    },
}
PROBLEM_CALL: dict[str, dict[str, str]] = {
    "de": {
        "turned_away": "wir standen an der Kasse und der Heat war einfach weg",
        "double_charge": "das geld ist zweimal runter",
        "refund": "die Erstattung kommt nicht",
    },
    "pt": {
        "turned_away": "chegamos la e a reserva tinha desaparecido",
        "double_charge": "cobraram duas vezes",
        "refund": "o reembolso nunca mais chega",
    },
    "es": {
        "turned_away": "llegamos y la reserva no existía",
        "double_charge": "me cobraron dos veces",
        "refund": "el reembolso no llega",
    },
    "en": {
        "turned_away": "we got there and the booking was gone",
        "double_charge": "i was charged twice",
        "refund": "the refund never came",
    },
    "fr": {
        "turned_away": "on est arrivés et la réservation avait disparu",
        "double_charge": "j'ai été débité deux fois",
        "refund": "le remboursement n'arrive pas",
    },
    "it": {
        "turned_away": "siamo arrivati e la prenotazione non c'era",
        "double_charge": "mi hanno addebitato due volte",
        "refund": "il rimborso non arriva",
    },
}
SUBJECT: dict[str, str] = {
    "de": "Beschwerde",
    "pt": "Reclamação",
    "es": "Reclamación",
    "en": "Complaint",
    "fr": "Réclamation",
    "it": "Reclamo",
}
RE_CASE: dict[str, str] = {
    "de": "AW: Vorgang {case}",
    "pt": "RE: Pedido {case}",
    "es": "RE: Incidencia {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "it": "R: Segnalazione {case}",
}

COMPLAINT: dict[str, list[str]] = {
    "de": [
        "Ich bin echt sauer: {p}. Das war der Geburtstag meines Sohnes!!",
        "Hallo, {p}. Bitte um schnelle Klärung, so geht das nicht.",
    ],
    "pt": [
        "Estou furioso: {p}. INACEITAVEL.",
        "Boa tarde, {p}. Quero uma resposta hoje por favor.",
    ],
    "es": ["Vaya tela: {p}. YA ESTÁ BIEN."],
    "en": ["Really not happy: {p}. Sort it out please."],
    "fr": ["Franchement déçu : {p}. C'est inadmissible."],
    "it": ["Sono arrabbiatissimo: {p}. Vergognoso."],
}

LONG_EMAIL: dict[str, list[str]] = {
    "de": [
        "Sehr geehrtes Kurvano-Team,\n\nich schreibe Ihnen aus dem Wartezimmer der Kinderärztin, weil ich sonst keine ruhige Minute finde. Wir sind seit zwei Jahren Stammkunden, mein Mann fährt in der Liga und die Kinder lieben die kleinen Karts. Umso mehr ärgert mich, was am Wochenende passiert ist: {p}. Wir hatten die Großeltern extra aus Kassel geholt.\n\nIch erwarte, dass Sie das in Ordnung bringen.\n\nMit freundlichen Grüßen",
        "Liebes Kurvano Team,\n\neigentlich wollte ich nur kurz Danke sagen für die vielen schönen Abende, aber jetzt muss ich mich leider beschweren: {p}. Ich schreibe das abends nach der Arbeit im Zug, also entschuldigen Sie Tippfehler.\n\nBitte melden Sie sich.\n\nViele Grüße",
    ],
    "pt": [
        "Caros senhores,\n\nescrevo-vos da sala de espera do hospital enquanto a minha mae faz exames, porque nao tenho outro momento. Somos clientes ha muito tempo e o meu filho corre na liga todos os meses. Mas desta vez {p}. Tinhamos convidado os primos todos.\n\nAguardo uma solucao rapida.\n\nCumprimentos",
        "Ola equipa Kurvano,\n\nsempre gostei muito de ir ao vosso kartodromo e recomendei-vos a meio mundo. Infelizmente hoje tenho de me queixar: {p}. Escrevo isto no autocarro a caminho do trabalho.\n\nEspero noticias.\n\nObrigada",
    ],
    "es": [
        "Hola,\n\nos escribo desde el coche mientras espero a que salga mi hija de natación. Somos clientes desde hace años y siempre os he recomendado, pero esta vez {p}. Espero que lo arregléis.\n\nUn saludo"
    ],
    "en": [
        "Hello,\n\nI'm writing this on my lunch break as it's the only quiet moment I get. We've been coming for years and I've always sung your praises, but this time {p}. I'd like it put right.\n\nRegards"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du dentiste. Nous sommes clients depuis longtemps mais cette fois {p}. Merci de régler cela.\n\nCordialement"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del veterinario. Siamo clienti da anni ma questa volta {p}. Aspetto una soluzione.\n\nCordiali saluti"
    ],
}

CALL: dict[str, list[str]] = {
    "de": [
        "ja hallo ich ruf an weil {p} und ich will wissen was jetzt passiert",
        "guten tag also {p} das kann doch nicht sein",
    ],
    "pt": [
        "sim bom dia estou a ligar porque {p} e queria saber o que fazem",
        "ola olhe {p} isto nao pode ser",
    ],
    "es": ["hola mire le llamo porque {p} y quiero saber qué pasa"],
    "en": ["yeah hi im calling because {p} and i want to know whats happening"],
    "fr": ["oui bonjour j'appelle parce que {p} je voudrais savoir ce qui se passe"],
    "it": ["sì buongiorno chiamo perché {p} e vorrei sapere cosa succede"],
}

CALL_Q: dict[str, list[str]] = {
    "de": [
        "hallo kurze frage kann man bei euch auch ohne buchung einfach vorbeikommen",
        "ja hallo wie lange geht so ein grand prix ungefähr",
    ],
    "pt": [
        "ola so uma pergunta posso aparecer sem reserva",
        "bom dia quanto tempo dura um grand prix mais ou menos",
    ],
    "es": ["hola una pregunta se puede ir sin reserva"],
    "en": ["hi quick question can we just turn up without booking"],
    "fr": ["bonjour une question on peut venir sans réserver"],
    "it": ["buongiorno una domanda si può venire senza prenotare"],
}

AGENT_CASE: dict[str, str] = {
    "de": "Es tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns so schnell wie möglich. – Kurvano Kundenservice",
    "pt": "Lamentamos muito. Abrimos o pedido {case} e voltamos a contactar com brevidade. – Apoio Kurvano",
    "es": "Lo sentimos mucho. Hemos abierto la incidencia {case} y te contestamos lo antes posible. – Atención Kurvano",
    "en": "We're very sorry. We've opened case {case} and will come back to you as soon as we can. – Kurvano Support",
    "fr": "Nous sommes désolés. Nous avons ouvert la demande {case} et revenons vers vous rapidement. – Service client Kurvano",
    "it": "Ci dispiace molto. Abbiamo aperto la segnalazione {case} e vi ricontattiamo al più presto. – Assistenza Kurvano",
}
AGENT_LEAD: dict[str, str] = {
    "de": "Ihr Vorgang {case} liegt jetzt bei unserer Teamleitung, die Sie vor Freitagmittag anruft.",
    "pt": "O seu pedido {case} foi passado a nossa chefe de equipa, que lhe liga antes de sexta ao almoco.",
    "es": "Tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "en": "Your case {case} is now with our team lead, who will call you before Friday lunchtime.",
    "fr": "Votre demande {case} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi.",
    "it": "La sua segnalazione {case} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
}
AGENT_GOOD: dict[str, str] = {
    "de": "Gute Nachricht zu {case}: das ist erledigt. Können Sie das bitte kurz bestätigen?",
    "pt": "Boas noticias sobre {case}: esta resolvido. Pode confirmar, por favor?",
    "es": "Buenas noticias sobre {case}: ya está solucionado. ¿Nos lo confirmas?",
    "en": "Good news on {case}: it's sorted. Could you confirm on your side?",
    "fr": "Bonne nouvelle pour {case} : c'est réglé. Pouvez-vous confirmer ?",
    "it": "Buone notizie su {case}: è risolto. Può confermare?",
}
AGENT_URGENT: dict[str, str] = {
    "de": "Ich habe das zu {case} hinzugefügt und dringend markiert.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
    "es": "Lo he añadido a {case} y marcado como urgente.",
    "en": "I've added this to {case} and marked it urgent.",
    "fr": "J'ai ajouté cela à {case}, marqué urgent.",
    "it": "Ho aggiunto a {case} e segnato come urgente.",
}
CONFIRM: dict[str, list[str]] = {
    "de": [
        "Bestätigt, {case} passt jetzt, danke!",
        "ja ist angekommen ({case}), danke für die schnelle Hilfe",
    ],
    "pt": ["Confirmo, {case} resolvido, obrigado!", "sim ja esta ({case}), obg pela ajuda"],
    "es": ["Confirmado, {case} ya está bien, gracias"],
    "en": ["Confirmed, {case} is fine now, thanks"],
    "fr": ["Confirmé, {case} c'est bon, merci"],
    "it": ["Confermo, {case} a posto, grazie"],
}
APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs Kümmern",
        "Entschuldigung wegen gestern, ich war echt geladen",
    ],
    "pt": [
        "Desculpem o tom de ontem, estava de cabeca quente",
        "peco desculpa pela mensagem de ontem, obrigado pela paciencia",
    ],
    "es": ["Perdón por el tono de ayer, se me fue la olla"],
    "en": ["sorry for the rant yesterday, long day. thanks for sorting"],
    "fr": ["Désolé pour mon message d'hier, j'étais énervé"],
    "it": ["Scusate il tono di ieri, ero nervoso"],
}
REPEAT_LATER: dict[str, list[str]] = {
    "de": [
        "Vorgang {case} ist IMMER NOCH offen: {p}. Ich warte seit Tagen.",
        "Nochmal wegen {case}: {p}, und keiner meldet sich",
    ],
    "pt": [
        "O pedido {case} continua por resolver: {p}. Ja escrevi antes.",
        "Outra vez sobre {case}: {p}, ninguem me responde",
    ],
    "es": ["Sigo con la incidencia {case} abierta: {p}. Ya escribí."],
    "en": ["Case {case} STILL open: {p}. I've already been in touch."],
    "fr": ["La demande {case} est toujours ouverte : {p}. J'ai déjà écrit."],
    "it": ["La segnalazione {case} è ancora aperta: {p}. Ho già scritto."],
}
REPEAT_THIRD: dict[str, str] = {
    "de": "Dritter Versuch wegen {case}, {p}. Ein Kollege fährt bei {comp}, da wird sowas am selben Tag geklärt.",
    "pt": "Terceira vez por causa do {case}, {p}. Um colega vai ao {comp} e la resolvem no mesmo dia.",
    "es": "Tercera vez por {case}, {p}. Un compañero va a {comp} y allí lo arreglan el mismo día.",
    "en": "Third time about {case}, {p}. I've looked at what {comp} charges, just saying.",
    "fr": "Troisième fois pour {case}, {p}. Un collègue va chez {comp}, eux règlent ça le jour même.",
    "it": "Terza volta per {case}, {p}. Un collega va da {comp} e lì risolvono in giornata.",
}
REPEAT_FOURTH: dict[str, str] = {
    "de": "VIERTES MAL wegen {case}. {p}. Ich hab keine Lust mehr.",
    "pt": "QUARTA VEZ por causa do {case}. {p}. Estou farto.",
    "es": "CUARTA vez con {case}. {p}. Estoy harto.",
    "en": "FOURTH time about {case}. {p}. Fed up.",
    "fr": "QUATRIÈME fois pour {case}. {p}. J'en ai marre.",
    "it": "QUARTA volta per {case}. {p}. Sono stufo.",
}

SLIDE: dict[str, list[list[str]]] = {
    "de": [
        [
            "Heat hat 40 Minuten später angefangen, ohne Ansage. Naja.",
            "Das Kart hat nach zwei Runden gezogen wie verrückt, Bremsen schwammig",
            "Jetzt muss man für jede Buchung die Führerscheinnummer eingeben?? Wozu",
            "Ligapunkte vom letzten Rennen einfach weg, und niemand weiß warum",
            "15 € 'Helmreinigungsgebühr' obwohl ich meinen eigenen Helm hatte. Echt jetzt, Kurvano??",
            "Mein Schwager fährt bei {comp}, ich hab den Samstag jetzt dort gebucht.",
        ],
        [
            "Wieder Verspätung beim Start, zum zweiten Mal diesen Monat",
            "kart mit platten vorderreifen bekommen, an der box nur schulterzucken",
            "Die App zeigt die Rundenzeiten erst am nächsten Tag, früher ging das sofort",
            "Ligawertung falsch, ich bin plötzlich 9. statt 4.",
            "Und jetzt 15 € extra für die Sturmhaube. FRECH.",
            "Ich probier nächsten Monat {comp}, die Liga dort soll fairer sein.",
        ],
    ],
    "pt": [
        [
            "A sessao comecou com 40 minutos de atraso e ninguem avisou",
            "o kart puxava todo para a esquerda, travoes fracos",
            "agora pedem o numero da carta para cada reserva? para que",
            "Os pontos da liga da ultima corrida desapareceram",
            "15 € de 'taxa de limpeza do capacete' e eu levei o meu!! A GOZAR, Kurvano?",
            "O meu cunhado corre no {comp}, ja marquei sabado la.",
        ],
        [
            "Outra vez atrasados no arranque, segunda vez este mes",
            "deram-me um kart com o pneu furado e na box encolheram os ombros",
            "os tempos so aparecem na app no dia seguinte, antes era logo",
            "classificacao da liga errada, passei de 4º para 9º",
            "E agora 15 € pela balaclava. Vergonha.",
            "Vou experimentar o {comp} no proximo mes.",
        ],
    ],
    "es": [
        [
            "La sesión empezó 40 minutos tarde sin avisar",
            "el kart tiraba a la izquierda y frenaba fatal",
            "¿ahora hay que poner el número del carnet en cada reserva? para qué",
            "Han desaparecido los puntos de liga de la última carrera",
            "15 € de 'limpieza de casco' llevando el mío propio. ¿En serio, Kurvano?",
            "Mi cuñado corre en {comp}, ya he reservado el sábado allí.",
        ]
    ],
    "en": [
        [
            "Heat started 40 min late, no announcement",
            "kart pulled hard left, brakes spongy",
            "why do I now need my licence number for every booking",
            "League points from last race just vanished",
            "£13 'helmet cleaning fee' when I brought my own helmet. Seriously Kurvano?",
            "Brother-in-law races at {comp}, booked Saturday there instead.",
        ]
    ],
    "fr": [
        [
            "Session commencée avec 40 minutes de retard, sans annonce",
            "le kart tirait à gauche, freins mous",
            "il faut maintenant le numéro de permis pour chaque réservation ? pourquoi",
            "Les points de ligue de la dernière course ont disparu",
            "15 € de 'nettoyage de casque' alors que j'avais le mien. Sérieux Kurvano ?",
            "Mon beau-frère roule chez {comp}, j'ai réservé samedi là-bas.",
        ]
    ],
    "it": [
        [
            "Sessione iniziata con 40 minuti di ritardo senza avvisi",
            "il kart tirava a sinistra, freni molli",
            "adesso serve il numero di patente per ogni prenotazione? perché",
            "Spariti i punti di campionato dell'ultima gara",
            "15 € di 'pulizia casco' e il casco era mio. Sul serio Kurvano?",
            "Mio cognato corre da {comp}, ho prenotato sabato lì.",
        ]
    ],
}

LEAVE: dict[str, list[str]] = {
    "de": [
        "Hallo, wir ziehen aufs Land, keine Bahn weit und breit. Bitte die Kurvano Liga kündigen und mein Konto schließen.",
        "Guten Tag, ich höre mit dem Kartfahren auf (Rücken). Bitte Liga-Mitgliedschaft kündigen und Konto löschen.",
    ],
    "pt": [
        "Ola, vou emigrar para o Canada. Queria cancelar a liga e fechar a conta, por favor.",
        "Bom dia, quero cancelar a subscricao da liga e encerrar a minha conta. Obrigado pelos bons momentos.",
    ],
    "es": ["Hola, me mudo a otra ciudad. Quiero darme de baja de la liga y cerrar la cuenta."],
    "en": [
        "Hi, baby on the way so no more karting for a while. Please cancel my Liga membership and close the account."
    ],
    "fr": ["Bonjour, je déménage. Merci de résilier la Ligue et de fermer mon compte."],
    "it": ["Buongiorno, mi trasferisco. Vorrei disdire la Liga e chiudere l'account."],
}
AGENT_SORRY: dict[str, str] = {
    "de": "Schade, dass Sie gehen! Sie können die Liga selbst in der App oder auf der Website kündigen.",
    "pt": "Que pena! Pode cancelar a liga na app ou no site.",
    "es": "¡Qué pena! Puedes darte de baja tú mismo en la app o en la web.",
    "en": "Sorry to see you go! You can cancel yourself in the app or on the website.",
    "fr": "Dommage ! Vous pouvez résilier vous-même dans l'appli ou sur le site.",
    "it": "Peccato! Può disdire da sé nell'app o sul sito.",
}

GRUMBLE: dict[str, list[str]] = {
    "de": [
        "App loggt mich schon wieder aus. Jedes. Mal.",
        "die Erinnerungs-SMS um 6 Uhr morgens nervt",
        "Warteschlange am Samstag wieder 40 min",
    ],
    "pt": [
        "a app faz logout sempre, que chatice",
        "o estacionamento ao sabado e um caos",
        "fila de 40 min outra vez",
    ],
    "es": ["la app me saca de la sesión cada vez"],
    "en": ["queue at the desk 40 minutes again on saturday"],
    "fr": ["l'appli me déconnecte à chaque fois"],
    "it": ["coda di 40 minuti anche oggi"],
}
MILD: dict[str, list[str]] = {
    "de": [
        "Die Hallenkarte in der App zeigt die falsche Stadt an",
        "Benachrichtigungen kommen bei mir auf Englisch",
    ],
    "pt": ["o mapa da app mostra a pista errada", "as notificacoes vem em ingles"],
    "es": ["el mapa de pistas enseña la ciudad equivocada"],
    "en": ["the track finder keeps showing the wrong city"],
    "fr": ["les notifications arrivent en anglais"],
    "it": ["la mappa delle piste mostra la città sbagliata"],
}
SARCASM: dict[str, list[str]] = {
    "de": [
        "Toll, 'Express-Check-in' hat nur 35 Minuten gedauert 👏",
        "Super, Kart mit eingebauter Sauna, der Sitz war noch warm vom Vorgänger 😂",
    ],
    "pt": [
        "Adorei o 'check-in rapido' de 35 minutos 👏",
        "kart com banco pre-aquecido pelo cliente anterior, que luxo 😂",
    ],
    "es": ["Qué maravilla el 'check-in exprés' de 35 minutos 👏"],
    "en": ["love the 'express check-in', only 35 minutes 👏"],
    "fr": ["Génial le 'check-in express' de 35 minutes 👏"],
    "it": ["Bellissimo il 'check-in rapido' da 35 minuti 👏"],
}

# the spike (topic_spike only; what it is stays in the truth's spike block)
SPIKE: dict[str, list[str]] = {
    "de": [
        "Gerade Grand Prix gefahren und in der App steht bei ALLEN 'keine Zeit'. Ligarennen umsonst?? Fehler {code}",
        "rennen vorbei, ergebnis zeigt nur striche und die liga punkte fehlen. was ist da los",
        "Hallo, unsere Rundenzeiten vom Heat eben sind nicht da, Anzeige sagt {code}. Das war das Finale!!",
    ],
    "pt": [
        "Acabei de correr e a app mostra 'sem tempo' para TODOS. Corrida da liga para nada? erro {code}",
        "os resultados da corrida aparecem em branco e os pontos da liga nao contam",
        "ola, os tempos da nossa sessao desapareceram, diz {code}. era a final!!",
    ],
    "es": [
        "Acabamos de correr y en la app no sale ningún tiempo, pone {code}. ¿Y los puntos de liga?"
    ],
    "en": [
        "just finished a heat and the app shows no lap times for anyone, says {code}. league race wasted??"
    ],
    "fr": [
        "on sort de la course et l'appli n'affiche aucun temps, erreur {code}. et les points de ligue ?"
    ],
    "it": [
        "appena finita la gara e l'app non mostra nessun tempo, errore {code}. e i punti del campionato?"
    ],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "de": [
        "Nochmal: auch am Monitor in der Halle keine Zeiten, immer noch {code}",
        "immer noch keine ergebnisse, jetzt auch auf dem handy meiner frau leer",
    ],
    "pt": [
        "Outra vez: nem no ecra da pista aparecem os tempos, continua {code}",
        "continua sem resultados, no telemovel da minha mulher tambem",
    ],
    "es": ["Sigue igual, tampoco salen en la pantalla de la pista, {code}"],
    "en": ["still nothing, not even on the screen at the track, {code}"],
    "fr": ["toujours rien, même sur l'écran de la piste, {code}"],
    "it": ["ancora niente, nemmeno sullo schermo in pista, {code}"],
}
SPIKE_ANSWER: dict[str, str] = {
    "de": "Ja, gerade werden an allen Strecken keine Zeiten übertragen, unsere Technik ist dran. Ihre Zeiten sind gespeichert.",
    "pt": "Sim, neste momento nenhuma pista esta a enviar tempos, a equipa tecnica ja esta a tratar. Os seus tempos estao guardados.",
    "es": "Sí, ahora mismo ninguna pista está enviando tiempos, el equipo técnico está en ello.",
    "en": "Yes, no track is sending times right now, our engineers are on it.",
    "fr": "Oui, aucune piste n'envoie les temps en ce moment, nos techniciens s'en occupent.",
    "it": "Sì, al momento nessuna pista invia i tempi, i tecnici ci stanno lavorando.",
}
SPIKE_FIXED: dict[str, str] = {
    "de": "Die Zeiten und Ligapunkte von heute Nachmittag sind jetzt da. Als Entschuldigung: 10 € Guthaben auf Ihrem Konto.",
    "pt": "Os tempos e pontos da liga desta tarde ja estao disponiveis. Como desculpa: 10 € de credito na sua conta.",
    "es": "Los tiempos y puntos de esta tarde ya están. Te hemos dejado 10 € de saldo.",
    "en": "This afternoon's times and league points are now in. We've added £9 credit to say sorry.",
    "fr": "Les temps et points de cet après-midi sont en ligne. 10 € de crédit ajoutés.",
    "it": "Tempi e punti di oggi pomeriggio ora ci sono. 10 € di credito aggiunti.",
}
LONE_Q: dict[str, str] = {
    "de": "Kurze Frage: gestern kamen die Rundenzeiten erst nach 5 Minuten in die App, ist das normal?",
    "pt": "Pergunta: ontem os tempos demoraram uns 5 minutos a aparecer na app, e normal?",
}
LONE_A: dict[str, str] = {
    "de": "Ja, nach dem Rennen dauert es ein paar Minuten, bis alles geprüft ist. Alles in Ordnung!",
    "pt": "Sim, depois da corrida demora uns minutos ate tudo ser validado. Esta tudo bem!",
}

# Kurvano Teams (company events on account)
B2B_PROBLEM: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "die Rechnung für unser Teamevent hat keine Bestellnummer und den alten Firmennamen",
        "overbilled": "uns wurden 20 Fahrer berechnet, gekommen sind 12",
    },
    "pt": {
        "invoice": "a fatura do evento nao tem o numero de encomenda e vem com o nome antigo da empresa",
        "overbilled": "cobraram-nos 20 pilotos e vieram 12",
    },
    "es": {
        "invoice": "la factura del evento no lleva el número de pedido y sale con el nombre antiguo",
        "overbilled": "nos habéis cobrado 20 pilotos y vinieron 12",
    },
    "en": {
        "invoice": "the invoice for our team event has no PO number and the old company name",
        "overbilled": "we were billed for 20 drivers and 12 came",
    },
    "fr": {
        "invoice": "la facture de l'événement n'a pas de numéro de commande",
        "overbilled": "on nous a facturé 20 pilotes pour 12 présents",
    },
    "it": {
        "invoice": "la fattura dell'evento non ha il numero d'ordine",
        "overbilled": "ci avete fatturato 20 piloti ma ne sono venuti 12",
    },
}
B2B_FIRST: dict[str, list[str]] = {
    "de": [
        "Guten Tag, {p}. Unsere Buchhaltung kann das so nicht zahlen. Bitte korrigieren.",
        "Hallo Kurvano Teams, {p}. Bitte um Korrektur bis Ende der Woche.",
    ],
    "pt": [
        "Bom dia, {p}. A contabilidade nao pode pagar assim. Agradeco correcao.",
        "Ola, {p}. Precisamos disto corrigido esta semana.",
    ],
    "es": ["Buenos días, {p}. Así no lo podemos pagar."],
    "en": ["Hello, {p}. Accounts can't pay it like this, please correct."],
    "fr": ["Bonjour, {p}. Merci de corriger."],
    "it": ["Buongiorno, {p}. Vi preghiamo di correggere."],
}
B2B_LATER: dict[str, list[str]] = {
    "de": [
        "Hallo, {first} hat Ihnen am {day} schon geschrieben ({case}): {p}. Bei mir dasselbe, bitte endlich klären."
    ],
    "pt": ["Ola, a {first} ja vos escreveu na {day} ({case}): {p}. Continua igual."],
    "es": ["Hola, {first} ya os escribió el {day} ({case}): {p}. Sigue igual."],
    "en": ["Hi, {first} wrote to you on {day} ({case}): {p}. Same problem here."],
    "fr": ["Bonjour, {first} vous a écrit {day} ({case}) : {p}. Toujours pareil."],
    "it": ["Buongiorno, {first} vi ha scritto {day} ({case}): {p}. Ancora uguale."],
}
B2B_LAST_CALL: dict[str, str] = {
    "de": "ja hallo wegen {case} es ist immer noch nichts passiert mehrere kollegen haben geschrieben mein chef sagt wir gehen zu einem anderen anbieter wenn das diese woche nicht geklärt ist",
    "pt": "sim bom dia por causa do {case} continua tudo igual varios colegas ja escreveram o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana",
    "es": "hola por lo de {case} sigue todo igual varios compañeros han escrito y mi jefe dice que nos vamos a otro sitio si no se arregla esta semana",
    "en": "hi about {case} still nothing fixed several colleagues have written my boss says we move the account if it isnt sorted this week",
    "fr": "bonjour pour {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé",
    "it": "buongiorno per {case} ancora niente diversi colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve",
}
B2B_LAST_MAIL: dict[str, str] = {
    "de": "Zu {case}: weiterhin nichts korrigiert, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Angebote bei {comp} angefragt.",
    "pt": "Sobre {case}: nada corrigido, varios colegas escreveram. As compras ja pediram orcamento ao {comp}.",
    "es": "Sobre {case}: nada corregido. Compras ya ha pedido precios a {comp}.",
    "en": "Re {case}: still not corrected, several colleagues have written. Procurement has asked {comp} for rates.",
    "fr": "Pour {case} : rien de corrigé. Les achats ont demandé un devis à {comp}.",
    "it": "Per {case}: niente corretto. Gli acquisti hanno chiesto un preventivo a {comp}.",
}
B2B_SUGGEST: dict[str, list[str]] = {
    "de": [
        "Vorschlag: könnten die Rechnungen die Kostenstelle pro Abteilung ausweisen?",
        "Wäre schön, wenn man die Fahrerliste vorab im Portal hochladen könnte",
    ],
    "pt": [
        "Sugestao: as faturas podiam indicar o centro de custo por departamento?",
        "Seria util poder carregar a lista de pilotos no portal antes do evento",
    ],
    "es": ["Sugerencia: ¿podríais poner el centro de coste en la factura?"],
    "en": ["Suggestion: could invoices show a cost centre per department?"],
    "fr": ["Suggestion : indiquer le centre de coût sur les factures ?"],
    "it": ["Suggerimento: indicare il centro di costo in fattura?"],
}
B2B_Q: dict[str, list[str]] = {
    "de": [
        "Hallo, können wir für Donnerstag noch 4 Fahrer nachmelden?",
        "Gibt es für Firmenevents auch ein Catering-Paket?",
    ],
    "pt": [
        "Ola, ainda podemos acrescentar 4 pilotos para quinta?",
        "Ha pacote de catering para eventos de empresa?",
    ],
    "es": ["Hola, ¿podemos añadir 4 pilotos para el jueves?"],
    "en": ["Hi, can we add 4 drivers for Thursday?"],
    "fr": ["Bonjour, peut-on ajouter 4 pilotes pour jeudi ?"],
    "it": ["Buongiorno, possiamo aggiungere 4 piloti per giovedì?"],
}
B2B_PRAISE: dict[str, list[str]] = {
    "de": [
        "Teamevent gestern bei Kurvano war ein voller Erfolg, Organisation top",
        "Wieder ein gelungener Abteilungsabend bei Kurvano, danke",
    ],
    "pt": [
        "Evento de equipa no Kurvano foi um sucesso, organizacao impecavel",
        "Mais um jantar de departamento no Kurvano, tudo otimo",
    ],
    "es": ["El evento de empresa en Kurvano fue un éxito"],
    "en": ["Team away day at Kurvano went brilliantly"],
    "fr": ["Événement d'équipe chez Kurvano très réussi"],
    "it": ["Evento aziendale da Kurvano riuscitissimo"],
}
WEEKDAY: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda", "terca", "quarta", "quinta", "sexta", "sabado", "domingo"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}

FIRST_NAMES: dict[str, list[str]] = {
    "de": [
        "Jonas",
        "Lena",
        "Matthias",
        "Sabine",
        "Tobias",
        "Anja",
        "Felix",
        "Katrin",
        "Lukas",
        "Petra",
        "Stefan",
        "Nina",
        "Uwe",
        "Jana",
        "Florian",
        "Heike",
    ],
    "pt": [
        "Joao",
        "Ana",
        "Rui",
        "Marta",
        "Tiago",
        "Ines",
        "Pedro",
        "Sofia",
        "Nuno",
        "Beatriz",
        "Miguel",
        "Rita",
        "Andre",
        "Catarina",
        "Hugo",
        "Filipa",
    ],
    "es": ["Lucia", "Pablo", "Irene", "Javier", "Marta", "Sergio", "Elena", "Diego"],
    "en": ["Oliver", "Emma", "Harry", "Chloe", "Jack", "Sophie", "Liam", "Grace"],
    "fr": ["Camille", "Hugo", "Lea", "Louis", "Manon", "Theo", "Julie", "Antoine"],
    "it": ["Giulia", "Marco", "Sara", "Luca", "Chiara", "Andrea", "Elisa", "Paolo"],
}
SURNAMES: dict[str, list[str]] = {
    "de": [
        "Brandt",
        "Zimmermann",
        "Keller",
        "Vogel",
        "Hartmann",
        "Schulz",
        "Krüger",
        "Lang",
        "Berger",
        "Frank",
    ],
    "pt": [
        "Silva",
        "Costa",
        "Ferreira",
        "Pereira",
        "Almeida",
        "Ribeiro",
        "Carvalho",
        "Gomes",
        "Lopes",
        "Martins",
    ],
    "es": ["Torres", "Fuentes", "Navarro", "Romero", "Gil", "Ortega"],
    "en": ["Walker", "Hughes", "Clarke", "Price", "Bennett", "Doyle"],
    "fr": ["Lefebvre", "Moreau", "Girard", "Roux", "Fontaine", "Chevalier"],
    "it": ["Rossi", "Bianchi", "Ferri", "Greco", "Conti", "Marino"],
}
MARKETS: dict[str, list[tuple[str, str]]] = {
    "de": [("DE", "+49 17"), ("DE", "+49 15"), ("AT", "+43 66"), ("CH", "+41 79")],
    "pt": [("PT", "+351 91"), ("PT", "+351 93"), ("PT", "+351 96")],
    "es": [("ES", "+34 6")],
    "en": [("UK", "+44 7"), ("IE", "+353 8")],
    "fr": [("FR", "+33 6"), ("BE", "+32 47")],
    "it": [("IT", "+39 3"), ("CH", "+41 78")],
}
COMPANIES: list[tuple[str, str]] = [
    ("Hafenlogistik Nord", "de"),
    ("Brauwerk Isartal", "de"),
    ("Kanzlei Vogt & Partner", "de"),
    ("Sanitär Ebner", "de"),
    ("Stadtwerke Talheim", "de"),
    ("Conservas Atlantico", "pt"),
    ("Seguros Ribamar", "pt"),
    ("TecnoDouro", "pt"),
    ("Farmacias Alvor", "pt"),
    ("Grupo Levante", "es"),
    ("Northgate Software", "en"),
    ("Atelier Moreau", "fr"),
    ("Studio Ferri", "it"),
    ("Hotel Seeblick", "de"),
    ("Escola Tejo", "pt"),
]
JOB_TITLES = (
    "HR Manager",
    "Office Manager",
    "Team Assistant",
    "Finance Clerk",
    "Events Lead",
    "Head of Sales",
)
