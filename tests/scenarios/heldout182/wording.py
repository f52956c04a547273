"""Wording of heldout182 (Archetta: instrument hire for pupils and adults). Written blind."""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("de", "it", "en", "fr", "pt", "es")
MARKETS = {
    "de": ("DE", "AT", "CH"),
    "it": ("IT", "CH"),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "pt": ("PT",),
    "es": ("ES",),
}
PHONE = {
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "IT": ("+39", "3", 9),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "PT": ("+351", "9", 8),
    "ES": ("+34", "6", 8),
}
FIRST = {
    "de": (
        "Jonas",
        "Miriam",
        "Lukas",
        "Henrike",
        "Florian",
        "Anja",
        "Tobias",
        "Greta",
        "Matthias",
        "Sabine",
        "Kilian",
        "Ronja",
        "Dirk",
        "Ute",
    ),
    "it": (
        "Chiara",
        "Matteo",
        "Giulia",
        "Lorenzo",
        "Federica",
        "Davide",
        "Elisa",
        "Simone",
        "Ilaria",
        "Paolo",
        "Serena",
        "Tommaso",
        "Marta",
        "Enrico",
    ),
    "en": ("Hannah", "Owen", "Chloe", "Declan", "Priya", "Callum", "Niamh", "Rhys"),
    "fr": ("Camille", "Bastien", "Léa", "Mathis", "Inès", "Yannick", "Margaux", "Arnaud"),
    "pt": ("Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Nuno", "Catarina", "Duarte"),
    "es": ("Lucía", "Álvaro", "Nerea", "Iker", "Carmen", "Sergio", "Paula", "Rubén"),
}
LAST = {
    "de": (
        "Hartmann",
        "Vogel",
        "Brandl",
        "Kessler",
        "Seidl",
        "Lorenz",
        "Bauer",
        "Winkler",
        "Hofer",
        "Auer",
        "Pohl",
        "Krämer",
    ),
    "it": (
        "Ferraro",
        "Galli",
        "Conti",
        "Marchetti",
        "Barbieri",
        "Fontana",
        "Rinaldi",
        "Moretti",
        "Caruso",
        "Leone",
        "Villa",
        "Sala",
    ),
    "en": ("Walsh", "Hughes", "Patel", "Doyle", "Price", "Quinn", "Fletcher", "Byrne"),
    "fr": ("Lefèvre", "Morel", "Girard", "Fontaine", "Roux", "Chevalier", "Blanc", "Perrin"),
    "pt": ("Ferreira", "Carvalho", "Pinto", "Sousa", "Lopes", "Teixeira", "Moreira", "Ramos"),
    "es": ("Navarro", "Iglesias", "Ortega", "Delgado", "Romero", "Castillo", "Vidal", "Herrero"),
}
PRODUCTS = (
    ("Violin 3/4, term hire / Violine 3/4", "19.00"),
    ("Cello 1/2, term hire / Cello 1/2", "34.00"),
    ("Clarinet in B flat, rent-to-own / Klarinette", "24.00"),
    ("Alto saxophone, rent-to-own / Altsaxophon", "39.00"),
    ("Flute, term hire / Querflöte", "21.00"),
    ("Trumpet, month / Trompete", "17.00"),
    ("Viola 15 inch, term hire / Bratsche", "23.00"),
    ("Bow rehair / Bogen neu behaaren", "55.00"),
)
PAGES = ("/instrumente", "/size-guide", "/rent-to-own", "/plus", "/werkstatt", "/noten", "/konto")
COMPETITORS = ("Fidelmo", "Tonwiese")
AGENTS = ("Sarah", "Marco", "Ines", "Ben", "Lotte", "Giada")

PRAISE = {
    "de": (
        "Die Geige für meine Tochter kam super eingestellt an, sogar mit Kolophonium dabei. Danke Archetta!",
        "Archetta ist echt klasse, Größenwechsel von 1/2 auf 3/4 ging in zwei Tagen.",
        "Klarinette gemietet, klingt wunderbar und die Blätter lagen auch bei. Top!",
    ),
    "it": (
        "Il violoncello è arrivato perfetto, accordato e con la custodia nuova. Bravi Archetta!",
        "Archetta non sbaglia un colpo, cambio misura del violino in due giorni.",
        "Sax noleggiato per mio figlio, suona benissimo e il bocchino era nuovo. Grazie!",
    ),
    "en": ("The violin arrived set up beautifully, even came with rosin. Lovely job Archetta!",),
    "fr": (
        "Le violon de ma fille est arrivé parfaitement réglé, avec la colophane. Merci Archetta !",
    ),
    "pt": ("O violino chegou afinado e com breu, a minha filha adorou. Obrigada Archetta!",),
    "es": (
        "El violín de mi hija llegó perfecto y afinado, con resina incluida. ¡Gracias Archetta!",
    ),
}
AGAIN = {
    "de": (
        "Schon wieder die nette Frau im Werkstatt-Chat, dritte Reparatur und wieder perfekt.",
        "Immer noch begeistert vom Cello, jetzt im dritten Halbjahr gemietet.",
    ),
    "it": (
        "Terza volta che noleggio da Archetta e ancora tutto impeccabile.",
        "Di nuovo il corriere gentilissimo, ha pure aspettato che provassimo la viola.",
    ),
    "en": ("Third term hiring from Archetta and still not a single problem.",),
    "fr": ("Troisième location chez Archetta et toujours aussi impeccable.",),
    "pt": ("Terceira vez que alugo na Archetta e continua tudo impecável.",),
    "es": ("Tercera vez que alquilo en Archetta y sigue todo perfecto.",),
}
GRIPE = {
    "de": (
        "Sehr schöne Bratsche, nur der Koffergurt ist ziemlich kurz. Sonst gerne wieder.",
        "Alles prima, nur die Rechnung kommt als PDF ohne Bestellnummer. Kleinigkeit.",
    ),
    "it": (
        "Violino splendido, solo la custodia è un po' pesante per un bambino. Per il resto ottimo.",
        "Tutto bene, peccato che l'app non ricordi la misura del figlio. Ma il servizio è top.",
    ),
    "en": ("Lovely flute, only the cleaning rod was missing. Otherwise spot on.",),
    "fr": ("Très beau violoncelle, juste la housse un peu fine pour le froid. Sinon parfait.",),
    "pt": ("Clarinete ótimo, só a caixa chegou um pouco riscada. De resto tudo bem.",),
    "es": ("Saxo estupendo, solo que la correa es un poco corta. Por lo demás genial.",),
}
QUESTION = {
    "de": (
        "Hallo, kann ich die Geige auch in den Sommerferien behalten?",
        "Welche Größe braucht ein Kind mit 52 cm Armlänge?",
        "Wird die Miete bei Mietkauf wirklich ganz angerechnet?",
    ),
    "it": (
        "Buongiorno, posso tenere il violino anche d'estate?",
        "Che misura serve per una bambina di 8 anni?",
        "Il riscatto del sax conta tutti i mesi pagati?",
    ),
    "en": ("Hi, can we keep the cello over the summer holidays?",),
    "fr": ("Bonjour, peut-on garder le violon pendant les vacances d'été ?",),
    "pt": ("Olá, posso ficar com o violino durante as férias de verão?",),
    "es": ("Hola, ¿puedo quedarme el violín en verano?",),
}
ANSWER = {
    "de": "Hallo, ja, das geht: die Miete läuft einfach weiter und Sie können jederzeit tauschen. Viele Grüße, {agent} von Archetta",
    "it": "Buongiorno, sì, certo: il noleggio continua e può cambiare misura quando vuole. Saluti, {agent} di Archetta",
    "en": "Hi, yes: the hire simply carries on and you can swap at any time. Best, {agent} at Archetta",
    "fr": "Bonjour, oui : la location continue et vous pouvez échanger à tout moment. Cordialement, {agent} d'Archetta",
    "pt": "Olá, sim: o aluguer continua e pode trocar quando quiser. Cumprimentos, {agent} da Archetta",
    "es": "Hola, sí: el alquiler sigue y puede cambiar de talla cuando quiera. Un saludo, {agent} de Archetta",
}
THANKS = {
    "de": ("Danke, passt!", "merci, top 👍", "Super, danke euch!"),
    "it": ("Grazie mille!", "grz, gentilissimi", "Perfetto, grazie!"),
    "en": ("cheers, ta!",),
    "fr": ("Merci, super !",),
    "pt": ("obg, top!",),
    "es": ("¡Gracias, genial!",),
}
PHONE_Q = {
    "de": (
        "ja hallo ich wollte fragen ob man die Klarinette auch vor Ort im Laden abholen kann wir wohnen in der Nähe",
    ),
    "it": ("sì buongiorno volevo sapere se il violino si può ritirare in negozio abitiamo vicino",),
    "en": (
        "hi yeah just wondering if we can pick the violin up from the shop instead we live round the corner",
    ),
    "fr": (
        "oui bonjour je voulais savoir si on peut récupérer le violon en boutique on habite à côté",
    ),
    "pt": ("sim bom dia queria saber se posso levantar o violino na loja moramos perto",),
    "es": ("sí hola quería saber si puedo recoger el violín en la tienda vivimos cerca",),
}
PHONE_FOLLOW = {
    "de": "Wie besprochen: Abholung im Laden ist möglich, die Bestellung ist vorgemerkt. Viele Grüße, {agent}",
    "it": "Come detto al telefono: il ritiro in negozio è possibile, l'ordine è segnato. Saluti, {agent}",
    "en": "As discussed: shop pick-up is fine, your order is noted. Best, {agent}",
    "fr": "Comme convenu : le retrait en boutique est possible, la commande est notée. Cordialement, {agent}",
    "pt": "Como combinado: pode levantar na loja, a encomenda está registada. Cumprimentos, {agent}",
    "es": "Como hablamos: puede recogerlo en tienda, el pedido está anotado. Un saludo, {agent}",
}
REVIEW = {
    "de": (
        "Schnell, freundlich, Instrument in Topzustand. 5 Sterne.",
        "Gute Beratung zur Größe, gerne wieder.",
    ),
    "it": (
        "Veloci, cortesi, strumento come nuovo. Cinque stelle.",
        "Ottima consulenza sulla misura, consigliato.",
    ),
    "en": ("Quick, friendly, instrument in great shape.",),
    "fr": ("Rapide, aimable, instrument en parfait état.",),
    "pt": ("Rápidos, simpáticos, instrumento em ótimo estado.",),
    "es": ("Rápidos, amables, instrumento en perfecto estado.",),
}
SURVEY_WORD = {
    "de": ("sehr gut", "", "👍"),
    "it": ("ottimo", "", "🎻"),
    "en": ("great",),
    "fr": ("parfait",),
    "pt": ("excelente",),
    "es": ("genial",),
}
NIGHT_POST = {
    "de": (
        "2 Uhr nachts, Nachtschicht vorbei, und ich übe leise mit Dämpfer auf der Archetta-Geige. Liebe es.",
    ),
    "it": (
        "Le 2 di notte e sto ancora provando il sax col sordino, grazie Archetta per lo strumento 😅",
    ),
    "en": (
        "can't sleep so I'm watching cello videos and planning the next size up with Archetta lol",
    ),
    "fr": (
        "3h du mat, insomnie, je regarde des tutos de violoncelle. Vivement demain pour la location Archetta",
    ),
    "pt": ("duas da manhã e eu a ver vídeos de clarinete, amanhã levanto o meu na Archetta",),
    "es": ("las 2 de la mañana y yo viendo vídeos de violín, mañana recojo el de Archetta jaja",),
}
NIGHT_CHAT = {
    "de": (
        "Kurze Frage mitten in der Nacht: kann ich den Rückgabeschein auch morgen früh drucken?",
    ),
    "it": ("Domanda notturna: posso stampare l'etichetta di reso domattina?",),
    "en": ("Late one, sorry: can I print the returns label tomorrow morning instead?",),
    "fr": ("Question de nuit : je peux imprimer l'étiquette de retour demain matin ?",),
    "pt": ("Pergunta noturna: posso imprimir a etiqueta de devolução amanhã de manhã?",),
    "es": ("Pregunta de madrugada: ¿puedo imprimir la etiqueta de devolución mañana?",),
}
NIGHT_ANSWER = {
    "de": "Ja, natürlich, der Schein ist 14 Tage gültig. Gute Nacht, {agent}",
    "it": "Certo, l'etichetta vale 14 giorni. Buonanotte, {agent}",
    "en": "Of course, the label is valid for 14 days. Night, {agent}",
    "fr": "Bien sûr, l'étiquette est valable 14 jours. Bonne nuit, {agent}",
    "pt": "Claro, a etiqueta é válida 14 dias. Boa noite, {agent}",
    "es": "Claro, la etiqueta vale 14 días. Buenas noches, {agent}",
}

PROBLEMS = ("no_show", "damaged", "deposit", "wrong_size", "plus_price", "buyout")
PROBLEM_SHORT = {
    "de": {
        "no_show": "Das Cello steht seit gestern 9:12 als ZUGESTELLT in der App, hier ist NICHTS angekommen und morgen ist die Prüfung.",
        "damaged": "Die Geige kam mit gerissenem Steg und offener Zarge an. So kann mein Sohn nicht spielen.",
        "deposit": "Die Klarinette ist seit drei Wochen zurück und die Kaution von 150 € ist immer noch nicht erstattet.",
        "wrong_size": "Bestellt war eine 1/2-Geige, gekommen ist eine 3/4. Meine Tochter ist sieben!",
        "plus_price": "Ich bin Plus-Mitglied und trotzdem wurde die Reparatur voll berechnet, 89 € statt 0.",
        "buyout": "Beim Mietkauf des Saxophons sind 14 Monatsraten bezahlt, die App rechnet aber nur 6 an.",
    },
    "it": {
        "no_show": "Il violoncello risulta CONSEGNATO da ieri alle 9:12, qui non è arrivato NIENTE e domani c'è il saggio.",
        "damaged": "Il violino è arrivato col ponticello spaccato e la fascia scollata. Mio figlio non può suonare.",
        "deposit": "Il clarinetto è tornato da tre settimane e la cauzione di 150 € non è ancora rimborsata.",
        "wrong_size": "Avevo ordinato un violino 1/2, è arrivato un 3/4. Mia figlia ha sette anni!",
        "plus_price": "Sono socio Plus e la riparazione mi è stata addebitata per intero, 89 € invece di zero.",
        "buyout": "Per il riscatto del sax ho pagato 14 rate, ma l'app ne conta solo 6.",
    },
    "en": {
        "no_show": "The cello has shown DELIVERED since 9:12 yesterday, NOTHING came and the exam is tomorrow.",
        "damaged": "The violin arrived with a snapped bridge and an open seam. My son can't play it.",
        "deposit": "The clarinet went back three weeks ago and the £130 deposit still hasn't been refunded.",
        "wrong_size": "We ordered a 1/2 violin and got a 3/4. She's seven!",
        "plus_price": "I'm a Plus member and was charged the full repair, £77 instead of nothing.",
        "buyout": "14 rent-to-own payments made on the sax and the app only counts 6.",
    },
    "fr": {
        "no_show": "Le violoncelle est marqué LIVRÉ depuis hier 9h12, RIEN n'est arrivé et l'audition est demain.",
        "damaged": "Le violon est arrivé avec le chevalet cassé et une éclisse décollée. Mon fils ne peut pas jouer.",
        "deposit": "La clarinette est rendue depuis trois semaines et la caution de 150 € n'est toujours pas remboursée.",
        "wrong_size": "J'avais commandé un violon 1/2, on a reçu un 3/4. Ma fille a sept ans !",
        "plus_price": "Je suis membre Plus et la réparation m'a été facturée en entier, 89 € au lieu de zéro.",
        "buyout": "14 mensualités payées en location-achat pour le saxo, l'appli n'en compte que 6.",
    },
    "pt": {
        "no_show": "O violoncelo aparece ENTREGUE desde ontem às 9:12, não chegou NADA e a prova é amanhã.",
        "damaged": "O violino chegou com o cavalete partido e a ilharga descolada. O meu filho não consegue tocar.",
        "deposit": "O clarinete foi devolvido há três semanas e a caução de 150 € ainda não foi devolvida.",
        "wrong_size": "Encomendei um violino 1/2 e veio um 3/4. A minha filha tem sete anos!",
        "plus_price": "Sou sócia Plus e cobraram-me a reparação inteira, 89 € em vez de zero.",
        "buyout": "Paguei 14 prestações do aluguer com opção de compra do saxofone e a app só conta 6.",
    },
    "es": {
        "no_show": "El chelo sale ENTREGADO desde ayer a las 9:12, aquí no ha llegado NADA y mañana es la audición.",
        "damaged": "El violín llegó con el puente roto y un aro despegado. Mi hijo no puede tocar.",
        "deposit": "El clarinete se devolvió hace tres semanas y la fianza de 150 € sigue sin devolverse.",
        "wrong_size": "Pedí un violín 1/2 y llegó un 3/4. ¡Mi hija tiene siete años!",
        "plus_price": "Soy socia Plus y me cobraron la reparación entera, 89 € en vez de cero.",
        "buyout": "He pagado 14 cuotas del alquiler con compra del saxo y la app solo cuenta 6.",
    },
}
COMPLAINT_SUBJECT = {
    "de": "Beschwerde: Mietinstrument",
    "it": "Reclamo: strumento a noleggio",
    "en": "Complaint: hired instrument",
    "fr": "Réclamation : instrument loué",
    "pt": "Reclamação: instrumento alugado",
    "es": "Reclamación: instrumento alquilado",
}
LETTER = {
    "de": (
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Kinderärztin, zwischen zwei Telefonaten mit der Musikschule, weil ich es anders nicht mehr schaffe. Unsere Familie mietet seit drei Jahren bei Ihnen, und bisher lief alles gut.\n\n{problem}\n\nIch habe das meiner Tochter erklären müssen, die seit Wochen übt. Ich erwarte eine Lösung bis Ende der Woche.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo Archetta-Team,\n\nich sitze gerade im Auto vor der Turnhalle und warte auf die Zwillinge, also nehme ich mir endlich die Zeit. Nebenbei renovieren wir die Wohnung meiner Mutter, deshalb ist bei uns alles etwas chaotisch.\n\nAber jetzt zur Sache: {problem}\n\nSo geht das wirklich nicht, bitte melden Sie sich.\n\nGrüße\n{name}",
    ),
    "it": (
        "Gentili signori,\n\nvi scrivo dalla sala d'attesa del dentista, tra una telefonata e l'altra con la scuola di musica, perché altrimenti non trovo il tempo. Noleggiamo da voi da tre anni e non ci siamo mai lamentati.\n\n{problem}\n\nHo dovuto spiegarlo a mia figlia che si esercita da settimane. Mi aspetto una soluzione entro venerdì.\n\nCordiali saluti\n{name}",
        "Buongiorno,\n\nscrivo dal bar sotto l'ufficio nella pausa pranzo, con il trasloco di mia suocera in corso e mille cose da fare.\n\nMa veniamo al punto: {problem}\n\nCosì non va, aspetto una risposta.\n\nSaluti\n{name}",
    ),
}
CASE_OPENED = {
    "de": "Hallo {first}, danke für Ihre Nachricht. Wir haben den Vorgang {case} angelegt und melden uns so schnell wie möglich. Viele Grüße, {agent}",
    "it": "Buongiorno {first}, grazie del messaggio. Abbiamo aperto la pratica {case} e la ricontattiamo al più presto. Saluti, {agent}",
    "en": "Hi {first}, thanks for getting in touch. We've opened case {case} and will come back to you shortly. Best, {agent}",
    "fr": "Bonjour {first}, merci pour votre message. Nous avons ouvert le dossier {case} et revenons vers vous rapidement. Cordialement, {agent}",
    "pt": "Olá {first}, obrigado pela mensagem. Abrimos o processo {case} e voltamos a contactar brevemente. Cumprimentos, {agent}",
    "es": "Hola {first}, gracias por escribirnos. Hemos abierto la incidencia {case} y le respondemos en breve. Un saludo, {agent}",
}
QUALITY_LEAD = {
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. Viele Grüße, {agent}",
    "it": "Buongiorno {first}, la pratica {case} è ora alla responsabile qualità, che la chiamerà entro venerdì a pranzo. Saluti, {agent}",
    "en": "Hi {first}, case {case} is now with our quality lead, who will ring you before Friday lunchtime. Best, {agent}",
    "fr": "Bonjour {first}, le dossier {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi. Cordialement, {agent}",
    "pt": "Olá {first}, o processo {case} está agora com a nossa responsável de qualidade, que liga antes de sexta ao almoço. Cumprimentos, {agent}",
    "es": "Hola {first}, la incidencia {case} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía. Un saludo, {agent}",
}
GOOD_NEWS = {
    "de": "Hallo {first}, gute Nachrichten zu Vorgang {case}: das ist erledigt. Können Sie uns das kurz bestätigen? Viele Grüße, {agent}",
    "it": "Buongiorno {first}, buone notizie sulla pratica {case}: è risolta. Può confermarci? Saluti, {agent}",
    "en": "Hi {first}, good news on case {case}: it's sorted. Could you confirm? Best, {agent}",
    "fr": "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ? Cordialement, {agent}",
    "pt": "Olá {first}, boas notícias sobre o processo {case}: está resolvido. Pode confirmar? Cumprimentos, {agent}",
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: está resuelta. ¿Nos lo confirma? Un saludo, {agent}",
}
CONFIRM = {
    "de": (
        "Bestätigt, {case} ist erledigt, alles angekommen. Danke!",
        "Passt, Vorgang {case} kann zu. Danke euch.",
    ),
    "it": (
        "Confermo, la pratica {case} è a posto. Grazie!",
        "Tutto ok per la {case}, potete chiuderla. Grazie.",
    ),
    "en": ("Confirmed, {case} is all sorted now. Thanks!",),
    "fr": ("Je confirme, le dossier {case} est réglé. Merci !",),
    "pt": ("Confirmo, o processo {case} está resolvido. Obrigada!",),
    "es": ("Confirmado, la incidencia {case} está resuelta. ¡Gracias!",),
}
APOLOGY = {
    "de": ("Sorry für meinen Ton gestern, war ein langer Tag. Danke, dass ihr dran seid.",),
    "it": ("Scusate per i toni di ieri, giornata pesante. Grazie per l'aiuto.",),
    "en": ("Sorry for snapping yesterday, long day. Thanks for sorting it.",),
    "fr": ("Désolée pour le ton d'hier, journée difficile. Merci de vous en occuper.",),
    "pt": ("Desculpem o tom de ontem, dia difícil. Obrigada pela ajuda.",),
    "es": ("Perdón por el tono de ayer, fue un día largo. Gracias por la ayuda.",),
}
STILL_OPEN = {
    "de": (
        "Vorgang {case}: immer noch nicht gelöst. {problem}",
        "Ich melde mich WIEDER wegen {case}, es ist nichts passiert. {problem}",
    ),
    "it": (
        "Pratica {case}: ancora niente. {problem}",
        "Scrivo DI NUOVO per la {case}, nessuna novità. {problem}",
    ),
    "en": ("Case {case}: still not sorted. {problem}",),
    "fr": ("Dossier {case} : toujours rien. {problem}",),
    "pt": ("Processo {case}: continua sem solução. {problem}",),
    "es": ("Incidencia {case}: sigue sin resolverse. {problem}",),
}
THIRD = {
    "de": "Eine Kollegin mietet bei {comp}, dort wird so etwas am selben Tag geklärt.",
    "it": "Ho guardato quanto costa {comp}, e lì risolvono in giornata.",
    "en": "A friend hires from {comp} and they sort this the same day.",
    "fr": "Une amie loue chez {comp}, eux règlent ça dans la journée.",
    "pt": "Uma amiga aluga na {comp} e lá resolvem no mesmo dia.",
    "es": "Una amiga alquila en {comp} y allí lo arreglan el mismo día.",
}
FOURTH = {
    "de": "Das ist jetzt das VIERTE Mal.",
    "it": "È la QUARTA volta.",
    "en": "This is the FOURTH time.",
    "fr": "C'est la QUATRIÈME fois.",
    "pt": "É a QUARTA vez.",
    "es": "Es la CUARTA vez.",
}
URGENT = {
    "de": "Ich habe das zu {case} ergänzt und als dringend markiert. {agent}",
    "it": "Ho aggiunto tutto alla pratica {case} e l'ho segnata urgente. {agent}",
    "en": "I've added this to case {case} and marked it urgent. {agent}",
    "fr": "J'ai ajouté ceci au dossier {case} et l'ai marqué urgent. {agent}",
    "pt": "Acrescentei isto ao processo {case} e marquei como urgente. {agent}",
    "es": "Lo he añadido a la incidencia {case} y la he marcado urgente. {agent}",
}
SLIDE = {
    "de": (
        "Lieferung drei Stunden zu spät, ohne Anruf. Na gut.",
        "Die Saiten der neuen Geige sind abgenutzt und der Kinnhalter wackelt.",
        "Jetzt soll ich vor der Rückgabe jedes Teil fotografieren? Ernsthaft?",
        "Kaution plötzlich verdoppelt und eine Woche bis zur Freigabe. Wird immer schlechter.",
        "35 € Reinigungsgebühr für einen Koffer, der sauber war, mit euren eigenen Fotos. Unverschämt.",
        "Meine Schwester mietet bei {comp}, ich habe die Bratsche für Samstag dort reserviert.",
    ),
    "it": (
        "Consegna in ritardo di tre ore, senza una chiamata. Pazienza.",
        "Le corde del violino nuovo sono consumate e la mentoniera balla.",
        "Adesso devo fotografare ogni pezzo prima del reso? Davvero?",
        "Cauzione raddoppiata e una settimana per lo sblocco. Sempre peggio.",
        "35 € di pulizia per una custodia restituita pulita, con le vostre stesse foto. Vergognoso.",
        "Mia sorella noleggia da {comp}, ho prenotato la viola lì per sabato.",
    ),
    "en": (
        "Delivery three hours late and no call. Fine.",
        "Strings on the new violin worn and the chinrest loose.",
        "Now I have to photograph every part before returning? Really?",
        "Deposit suddenly doubled and a week to release it. Getting worse.",
        "£30 cleaning fee for a case returned spotless, with your own photos. Shameful.",
        "My sister hires from {comp}, I've booked the viola there for Saturday.",
    ),
    "fr": (
        "Livraison avec trois heures de retard, sans appel. Bon.",
        "Cordes usées sur le violon neuf et mentonnière qui bouge.",
        "Maintenant il faut photographier chaque pièce avant le retour ? Sérieux ?",
        "Caution doublée et une semaine pour la libérer. De pire en pire.",
        "35 € de nettoyage pour un étui rendu propre, avec vos propres photos. Honteux.",
        "Ma sœur loue chez {comp}, j'ai réservé l'alto là-bas pour samedi.",
    ),
    "pt": (
        "Entrega com três horas de atraso, sem aviso. Pronto.",
        "Cordas gastas no violino novo e a queixeira solta.",
        "Agora tenho de fotografar cada peça antes da devolução? A sério?",
        "Caução duplicada e uma semana para libertar. Cada vez pior.",
        "35 € de limpeza por uma caixa devolvida limpa, com as vossas fotos. Vergonhoso.",
        "A minha irmã aluga na {comp}, reservei a viola lá para sábado.",
    ),
    "es": (
        "Entrega tres horas tarde y sin llamar. Bueno.",
        "Cuerdas gastadas en el violín nuevo y la barbada suelta.",
        "¿Ahora tengo que fotografiar cada pieza antes de devolverlo? ¿En serio?",
        "Fianza doblada y una semana para liberarla. Cada vez peor.",
        "35 € de limpieza por un estuche devuelto limpio, con vuestras propias fotos. Vergonzoso.",
        "Mi hermana alquila en {comp}, he reservado la viola allí para el sábado.",
    ),
}
CANCEL = {
    "de": (
        "Hallo, unser Sohn hat mit dem Cello aufgehört, er spielt jetzt Fußball. Bitte kündigen Sie Archetta Plus und schließen Sie mein Konto.",
    ),
    "it": (
        "Buongiorno, mia figlia ha smesso con il violino. Vorrei disdire Archetta Plus e chiudere l'account.",
    ),
    "en": (
        "Hi, our daughter has given up the flute. Please cancel Archetta Plus and close my account.",
    ),
    "fr": (
        "Bonjour, notre fils arrête le violoncelle. Merci de résilier Archetta Plus et de fermer mon compte.",
    ),
    "pt": (
        "Olá, o meu filho desistiu do clarinete. Quero cancelar o Archetta Plus e fechar a conta.",
    ),
    "es": ("Hola, mi hija deja el violín. Quiero cancelar Archetta Plus y cerrar mi cuenta.",),
}
SORRY_GO = {
    "de": "Schade, dass Sie gehen, {first}. Sie können Plus selbst in der App oder auf der Website kündigen. {agent}",
    "it": "Ci dispiace vederla andare, {first}. Può disdire Plus da sola nell'app o sul sito. {agent}",
    "en": "Sorry to see you go, {first}. You can cancel Plus yourself in the app or on the website. {agent}",
    "fr": "Dommage de vous voir partir, {first}. Vous pouvez résilier Plus dans l'appli ou sur le site. {agent}",
    "pt": "Lamentamos vê-la partir, {first}. Pode cancelar o Plus na app ou no site. {agent}",
    "es": "Sentimos que se vaya, {first}. Puede cancelar Plus en la app o en la web. {agent}",
}
GRUMBLE = {
    "de": (
        "Die App meldet mich JEDES Mal ab.",
        "Warum kommt die Erinnerung an die Rückgabe um 6 Uhr früh?",
        "40 Minuten Schlange im Laden am Samstag, wie immer.",
    ),
    "it": (
        "L'app mi disconnette OGNI volta.",
        "Perché il promemoria del reso arriva alle 6 di mattina?",
        "40 minuti di fila in negozio il sabato, come sempre.",
    ),
    "en": ("The app logs me out EVERY time.",),
    "fr": ("L'appli me déconnecte À CHAQUE fois.",),
    "pt": ("A app desliga-me TODAS as vezes.",),
    "es": ("La app me cierra la sesión CADA vez.",),
}
SARCASM = {
    "de": ('Lieferung "bis 12 Uhr" um 19:40, perfekt für Geigenüben um Mitternacht 👏',),
    "it": ('Consegna "entro le 12" alle 19:40, ottimo per provare il sax a mezzanotte 👏',),
    "en": ('"Express" delivery at 19:40, just in time for midnight trumpet practice 👏',),
    "fr": ('Livraison "express" à 19h40, parfait pour répéter la trompette à minuit 👏',),
    "pt": ('Entrega "expresso" às 19:40, mesmo a tempo de ensaiar à meia-noite 👏',),
    "es": ('Entrega "exprés" a las 19:40, justo para ensayar a medianoche 👏',),
}
MILD = {
    "de": ("Die Größensuche zeigt mir nur Erwachsenengrößen, egal was ich eingebe.",),
    "it": ("Le notifiche dell'app arrivano in tedesco, non in italiano.",),
    "en": ("The size finder only shows adult sizes whatever I enter.",),
    "fr": ("Les notifications arrivent en allemand, pas en français.",),
    "pt": ("As notificações chegam em alemão, não em português.",),
    "es": ("Las notificaciones llegan en alemán, no en español.",),
}
MILD_ANSWER = {
    "de": "Danke für den Hinweis, wir geben das an das App-Team weiter. {agent}",
    "it": "Grazie della segnalazione, la giriamo al team dell'app. {agent}",
    "en": "Thanks for flagging, we've passed it to the app team. {agent}",
    "fr": "Merci du signalement, nous le transmettons à l'équipe de l'appli. {agent}",
    "pt": "Obrigado pelo aviso, passámos à equipa da app. {agent}",
    "es": "Gracias por avisar, lo pasamos al equipo de la app. {agent}",
}
SPIKE_CODE = "NPL-682"
SPIKE = {
    "de": (
        "Die Noten-Bibliothek in der App gibt mir die Flötenstimme statt Cello, Probe in einer Stunde!!",
        "Fehler NPL-682 beim Öffnen der Orchesterstimme, und wenn sie aufgeht ist es das falsche Instrument.",
        "in der App ist bei JEDEM Stück die falsche Stimme drin, meine Klarinette kriegt Posaune",
    ),
    "it": (
        "La libreria spartiti dell'app mi dà la parte del flauto invece del violoncello, prova tra un'ora!!",
        "Errore NPL-682 quando apro la parte d'orchestra, e quando si apre è lo strumento sbagliato.",
        "nell'app OGNI brano ha la parte sbagliata, al mio clarinetto esce il trombone",
    ),
    "en": (
        "The sheet music in the app gives me the flute part instead of cello, rehearsal in an hour! Error NPL-682",
    ),
    "fr": (
        "La bibliothèque de partitions de l'appli m'affiche la partie de flûte au lieu du violoncelle, répétition dans une heure !",
    ),
    "pt": (
        "A biblioteca de partituras da app dá-me a parte de flauta em vez de violoncelo, erro NPL-682, ensaio daqui a uma hora!",
    ),
    "es": (
        "La biblioteca de partituras de la app me da la parte de flauta en vez de chelo, ¡ensayo en una hora!",
    ),
}
SPIKE_AGAIN = {
    "de": "Immer noch NPL-682, auch auf dem Handy meines Mannes, falsche Stimme.",
    "it": "Ancora NPL-682, anche sul telefono di mio marito, parte sbagliata.",
    "en": "Still wrong part, NPL-682 on my husband's phone too.",
    "fr": "Toujours la mauvaise partie, NPL-682 aussi sur le téléphone de mon mari.",
    "pt": "Continua a parte errada, NPL-682 também no telemóvel do meu marido.",
    "es": "Sigue la parte equivocada, NPL-682 también en el móvil de mi marido.",
}
SPIKE_CHAT_ANSWER = {
    "de": "Ja, die Noten-Bibliothek liefert gerade falsche Stimmen, unsere Technik ist dran. {agent}",
    "it": "Sì, la libreria spartiti sta dando parti sbagliate, i tecnici ci stanno lavorando. {agent}",
    "en": "Yes, the sheet-music library is serving wrong parts right now, our engineers are on it. {agent}",
    "fr": "Oui, la bibliothèque de partitions affiche de mauvaises parties, nos techniciens s'en occupent. {agent}",
    "pt": "Sim, a biblioteca de partituras está a dar partes erradas, a equipa técnica está a tratar. {agent}",
    "es": "Sí, la biblioteca de partituras está dando partes equivocadas, los técnicos están en ello. {agent}",
}
SPIKE_FIXED = {
    "de": "Die Noten-Bibliothek zeigt seit 13:20 Uhr wieder die richtigen Stimmen. Als Entschuldigung: ein Monat Plus gratis. {agent}",
    "it": "La libreria spartiti mostra di nuovo le parti giuste dalle 13:20. Per scusarci: un mese di Plus gratis. {agent}",
    "en": "The sheet-music library shows the right parts again since 12:20. To say sorry: a month of Plus free. {agent}",
    "fr": "La bibliothèque affiche à nouveau les bonnes parties depuis 13h20. Pour nous excuser : un mois de Plus offert. {agent}",
    "pt": "A biblioteca mostra outra vez as partes certas desde as 12:20. Pedimos desculpa: um mês de Plus grátis. {agent}",
    "es": "La biblioteca muestra otra vez las partes correctas desde las 13:20. Para disculparnos: un mes de Plus gratis. {agent}",
}
LONE_Q = {
    "de": "Gestern Abend war die Stimme in der Noten-App ganz klein, bis ich gezoomt habe, dann alles normal. Ist das so gewollt?",
    "it": "Ieri sera la parte nell'app spartiti era minuscola finché non ho zoomato, poi tutto normale. È normale?",
}
LONE_A = {
    "de": "Ja, die Ansicht startet auf Seitenbreite, Zoomen ist richtig. {agent}",
    "it": "Sì, la vista parte a pagina intera, lo zoom va benissimo. {agent}",
}

B2B_PROBLEMS = ("invoice", "portal", "blocked", "overbilled")
B2B_COMPLAINT = {
    "de": {
        "invoice": "Ihre Rechnungen tragen noch den alten Schulnamen und keine Bestellnummer, unsere Buchhaltung kann sie nicht zahlen.",
        "portal": "Das Portal zeigt keine laufenden Mieten, wir können die 12 Celli nicht zurückmelden und die Miete läuft weiter.",
        "blocked": "Im Laden wurde uns die Ausgabe der Orchesterinstrumente verweigert, Konto gesperrt, obwohl alles bezahlt ist.",
        "overbilled": "Sie berechnen Tagessätze statt unseres vertraglichen Semestertarifs, über 600 € zu viel.",
    },
    "it": {
        "invoice": "Le vostre fatture riportano ancora il vecchio nome della scuola e nessun numero d'ordine, l'amministrazione non può pagarle.",
        "portal": "Il portale non mostra i noleggi aperti, non possiamo chiudere i 12 violoncelli e il noleggio continua.",
        "blocked": "In negozio ci hanno rifiutato gli strumenti per l'orchestra, conto bloccato, anche se è tutto pagato.",
        "overbilled": "Ci addebitate tariffe giornaliere invece della tariffa semestrale da contratto, oltre 600 € in più.",
    },
    "en": {
        "invoice": "Your invoices still carry the old school name and no PO number, finance can't pay them.",
        "portal": "The portal shows no open hires, so we can't off-hire the 12 cellos and the bill runs on.",
        "blocked": "The shop refused our orchestra instruments, account on stop, though everything is paid.",
        "overbilled": "You're charging day rates instead of our contract term rate, over £500 too much.",
    },
    "fr": {
        "invoice": "Vos factures portent encore l'ancien nom du conservatoire et aucun numéro de commande.",
        "portal": "Le portail n'affiche aucune location en cours, impossible de rendre les 12 violoncelles.",
        "blocked": "La boutique a refusé nos instruments d'orchestre, compte bloqué, alors que tout est payé.",
        "overbilled": "Vous facturez au jour au lieu de notre tarif semestriel, plus de 600 € de trop.",
    },
    "pt": {
        "invoice": "As faturas ainda têm o nome antigo da escola e nenhum número de encomenda.",
        "portal": "O portal não mostra alugueres ativos, não conseguimos devolver os 12 violoncelos.",
        "blocked": "A loja recusou os instrumentos da orquestra, conta bloqueada, apesar de estar tudo pago.",
        "overbilled": "Estão a cobrar ao dia em vez da tarifa semestral do contrato, mais de 600 € a mais.",
    },
    "es": {
        "invoice": "Sus facturas llevan todavía el nombre antiguo del conservatorio y ningún número de pedido.",
        "portal": "El portal no muestra alquileres abiertos, no podemos devolver los 12 chelos.",
        "blocked": "La tienda nos negó los instrumentos de la orquesta, cuenta bloqueada, aunque está todo pagado.",
        "overbilled": "Nos cobran tarifa diaria en vez de la semestral del contrato, más de 600 € de más.",
    },
}
B2B_FOLLOW = {
    "de": "Wie {first} schon am {day} geschrieben hat (Vorgang {case}): {problem}",
    "it": "Come ha già scritto {first} {day} (pratica {case}): {problem}",
    "en": "As {first} wrote on {day} (case {case}): {problem}",
    "fr": "Comme {first} l'a écrit {day} (dossier {case}) : {problem}",
    "pt": "Como a {first} já escreveu na {day} (processo {case}): {problem}",
    "es": "Como ya escribió {first} el {day} (incidencia {case}): {problem}",
}
WEEKDAY = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
}
B2B_LAST_MAIL = {
    "de": "Vorgang {case}: NICHTS ist behoben, mehrere Kolleginnen haben geschrieben. Der Einkauf hat {comp} schon nach Preisen gefragt.",
    "it": "Pratica {case}: NON è risolto niente, hanno scritto più colleghi. L'ufficio acquisti ha già chiesto i prezzi a {comp}.",
    "en": "Case {case}: NOTHING is fixed, several colleagues have written. Procurement has already asked {comp} for rates.",
    "fr": "Dossier {case} : RIEN n'est réglé, plusieurs collègues ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "pt": "Processo {case}: NADA está resolvido, vários colegas escreveram. As compras já pediram preços à {comp}.",
    "es": "Incidencia {case}: NO se ha arreglado NADA, han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.",
}
B2B_LAST_CALL = {
    "de": "ja hier nochmal wegen Vorgang {case} es ist immer noch nichts behoben mehrere Kollegen haben geschrieben meine Chefin sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "it": "sì buongiorno di nuovo per la pratica {case} non è ancora risolto hanno scritto in tanti il direttore dice che cambiamo fornitore se non si sistema questa settimana",
    "en": "yeah hi again about case {case} still nothing fixed several of us have written my head says we move the account if it isn't sorted this week",
    "fr": "oui bonjour encore pour le dossier {case} toujours rien plusieurs collègues ont écrit ma directrice dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "pt": "sim bom dia outra vez sobre o processo {case} continua tudo igual vários colegas escreveram a diretora diz que mudamos de fornecedor se não resolverem esta semana",
    "es": "sí hola otra vez por la incidencia {case} sigue sin arreglarse han escrito varios compañeros la directora dice que cambiamos de proveedor si no se arregla esta semana",
}
B2B_SUGGEST = {
    "de": (
        "Vorschlag: könnten die Rechnungen die Kostenstelle pro Ensemble zeigen?",
        "Schön wäre das Datum der letzten Wartung auf dem Lieferschein.",
    ),
    "it": (
        "Suggerimento: si potrebbe esportare il costo per centro di costo?",
        "Sarebbe utile la data dell'ultima revisione sulla bolla.",
    ),
    "en": ("Suggestion: could invoices show the cost centre per ensemble?",),
    "fr": ("Suggestion : pourriez-vous indiquer le centre de coût par ensemble ?",),
    "pt": ("Sugestão: podiam mostrar o centro de custo por ensemble?",),
    "es": ("Sugerencia: ¿podrían mostrar el centro de coste por conjunto?",),
}
B2B_ACK = {
    "de": "Danke, wir haben das als {case} aufgenommen. {agent}",
    "it": "Grazie, lo abbiamo registrato come {case}. {agent}",
    "en": "Thanks, logged as {case}. {agent}",
    "fr": "Merci, enregistré sous {case}. {agent}",
    "pt": "Obrigado, registado como {case}. {agent}",
    "es": "Gracias, registrado como {case}. {agent}",
}
B2B_QUESTION = {
    "de": (
        "Können wir für das Frühjahrskonzert 4 Kontrabässe dazu mieten?",
        "Wie lange dauert die Lieferung der Leihgeigen an die Schule?",
    ),
    "it": (
        "Possiamo aggiungere 4 contrabbassi per il concerto di primavera?",
        "Quanto ci vuole per consegnare i violini alla scuola?",
    ),
    "en": ("Can we add 4 double basses for the spring concert?",),
    "fr": ("Peut-on ajouter 4 contrebasses pour le concert de printemps ?",),
    "pt": ("Podemos juntar 4 contrabaixos para o concerto da primavera?",),
    "es": ("¿Podemos añadir 4 contrabajos para el concierto de primavera?",),
}
B2B_PRAISE = {
    "de": ("Die Celli für das Schulorchester waren top eingestellt, danke an das Archetta-Team.",),
    "it": ("I violoncelli per l'orchestra della scuola erano perfetti, grazie Archetta.",),
    "en": ("The school orchestra's cellos came perfectly set up, thanks Archetta.",),
    "fr": ("Les violoncelles de l'orchestre étaient parfaitement réglés, merci Archetta.",),
    "pt": ("Os violoncelos da orquestra vieram perfeitos, obrigado Archetta.",),
    "es": ("Los chelos de la orquesta llegaron perfectos, gracias Archetta.",),
}
COMPANIES = {
    "de": (
        "Musikschule Lindenhof",
        "Jugendorchester Isartal",
        "Gymnasium am Wall",
        "Stadtmusik Feldkirch",
    ),
    "it": ("Scuola di Musica Arcobaleno", "Orchestra Giovanile Brianza", "Liceo Musicale Verdi"),
    "en": ("Riverside Music Hub",),
    "fr": ("Conservatoire des Tilleuls",),
    "pt": ("Academia de Música do Lima",),
    "es": ("Escuela de Música Alameda",),
}
