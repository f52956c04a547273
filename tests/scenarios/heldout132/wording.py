# ruff: noqa: E501
"""Consumer wording of heldout132 (Pianelo: piano hire, tuning and moving)."""

from __future__ import annotations

BRAND = "Pianelo"
COMPETITORS = ("Tonvaro", "Klavito")
LANGS = ("es", "de", "en", "fr", "it", "pt")

FIRST = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Álvaro",
        "Carmen",
        "Sergio",
        "Nuria",
        "Pablo",
        "Irene",
        "Raúl",
        "Elena",
        "Diego",
    ],
    "de": [
        "Jonas",
        "Katrin",
        "Matthias",
        "Anja",
        "Felix",
        "Sabine",
        "Tobias",
        "Miriam",
        "Lukas",
        "Heike",
        "Stefan",
        "Lena",
    ],
    "en": ["Oliver", "Hannah", "George", "Chloe", "Aidan", "Megan"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Inès", "Romain"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Sara", "Luca"],
    "pt": ["Beatriz", "Tiago", "Inês", "Rui", "Mariana", "João"],
}
LAST = {
    "es": [
        "García",
        "Moreno",
        "Ruiz",
        "Navarro",
        "Serrano",
        "Ortega",
        "Castillo",
        "Delgado",
        "Prieto",
        "Vidal",
    ],
    "de": [
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Krüger",
        "Wolff",
        "Lange",
        "Vogel",
        "Brandt",
        "Kühn",
        "Seidel",
    ],
    "en": ["Hughes", "Walsh", "Turner", "Doyle", "Barker", "Quinn"],
    "fr": ["Lefèvre", "Girard", "Mercier", "Faure", "Roussel", "Blanc"],
    "it": ["Ferrari", "Colombo", "Galli", "Conti", "Marini", "Rinaldi"],
    "pt": ["Ferreira", "Costa", "Martins", "Sousa", "Lopes", "Carvalho"],
}
MARKETS = {
    "es": ["ES", "ES", "ES"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
}
PHONE = {
    "ES": ("+34", "6", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}

PRODUCTS = [
    ("Upright piano hire, monthly / Alquiler piano vertical, mensual", "49.00"),
    ("Tuning visit / Afinación a domicilio", "95.00"),
    ("Digital piano hire, 3 months / Alquiler piano digital, 3 meses", "87.00"),
    ("Piano move, ground floor / Mudanza piano, planta baja", "180.00"),
    ("Humidity kit / Kit de humedad", "39.00"),
    ("Bench and lamp / Banqueta y lámpara", "65.00"),
]
PAGES = [
    "/hire/upright",
    "/tuning/book",
    "/hire/digital",
    "/moving/quote",
    "/account/plan",
    "/help/tuning-interval",
]

PRAISE = {
    "es": [
        "El afinador de Pianelo vino puntual y el piano suena de maravilla, mi hija no para de tocar",
        "Tercera vez que alquilamos con Pianelo y otra vez todo perfecto jaja",
        "el de la mudanza subió el piano por la escalera estrecha sin un rasguño, chapó",
    ],
    "de": [
        "Der Stimmer von Pianelo war pünktlich und das Klavier klingt wieder traumhaft",
        "Schon wieder der nette Stimmer, der sich an unser altes Schimmel-Klavier erinnert hat. Danke Pianelo",
        "umzug vom klavier in den 3. stock ohne kratzer, respekt an die zwei jungs",
    ],
    "en": [
        "Pianelo tuner came bang on time and the upright sounds lovely again",
        "third year hiring from Pianelo and still no complaints, kids love it",
    ],
    "fr": [
        "Accordeur Pianelo très pro, le piano sonne enfin juste",
        "encore une fois parfait avec Pianelo, merci",
    ],
    "it": [
        "Accordatore di Pianelo puntualissimo, il pianoforte suona benissimo",
        "ancora una volta tutto perfetto con Pianelo grz",
    ],
    "pt": [
        "O afinador da Pianelo foi impecável, o piano está ótimo",
        "mais uma vez tudo certo com a Pianelo obg",
    ],
}
PRAISE_GRIPE = {
    "es": [
        "Muy contentos con el piano, solo que la banqueta cojea un poco. Por lo demás genial",
        "Afinación perfecta, aunque la confirmación llegó a las 23h, vaya horas jaja",
    ],
    "de": [
        "Sehr schönes Leihklavier, nur die Lieferzeit von 8 bis 16 Uhr ist echt lang. Sonst top",
        "Stimmung super, nur die Rechnung kam nur als PDF ohne Adresse",
    ],
    "en": ["Great tuning, only wish the app showed the tuner's name beforehand"],
    "fr": ["Super location, juste le tabouret qui grince un peu"],
    "it": ["Tutto bene, solo la panca un po' bassa per mio figlio"],
    "pt": ["Tudo ótimo, só o banco um bocadinho baixo"],
}
QUESTION = {
    "es": [
        "hola, cada cuánto hay que afinar un piano de alquiler?",
        "Se puede cambiar el vertical por uno digital a mitad de contrato?",
        "buenas, la banqueta va incluida en el alquiler?",
    ],
    "de": [
        "Hallo, wie oft sollte man ein Leihklavier stimmen lassen?",
        "kann ich das Klavier vor Ende der Mietzeit kaufen und wird die Miete angerechnet?",
        "Gibt es Kopfhörer für das Digitalpiano dazu?",
    ],
    "en": [
        "hi, does the hire include a tuning after delivery?",
        "Can I swap the upright for a digital one mid contract?",
    ],
    "fr": [
        "Bonjour, l'accordage est compris dans la location ?",
        "bjr on peut changer de modèle en cours de contrat ?",
    ],
    "it": [
        "Ciao, l'accordatura è compresa nel noleggio?",
        "si può passare a un digitale a metà contratto?",
    ],
    "pt": [
        "Olá, a afinação está incluída no aluguer?",
        "da para trocar por um digital a meio do contrato?",
    ],
}
ANSWER = {
    "es": ["¡Hola! Sí, sin problema. Te lo dejo anotado en tu cuenta. Un saludo, {agent}"],
    "de": ["Hallo! Ja, das geht. Ich habe es in Ihrem Konto vermerkt. Viele Grüße, {agent}"],
    "en": ["Hi! Yes, that's fine, I've noted it on your account. Best, {agent}"],
    "fr": ["Bonjour ! Oui, c'est possible, c'est noté sur votre compte. {agent}"],
    "it": ["Ciao! Sì, nessun problema, l'ho annotato sul tuo account. {agent}"],
    "pt": ["Olá! Sim, sem problema, fica registado na sua conta. {agent}"],
}
THANKS = {
    "es": ["genial, gracias!!", "Perfecto, muchas gracias"],
    "de": ["super, danke!", "Alles klar, vielen Dank"],
    "en": ["brilliant thanks"],
    "fr": ["parfait merci"],
    "it": ["perfetto grazie"],
    "pt": ["ótimo obrigado"],
}
CALL_Q = {
    "es": [
        "hola buenas quería saber si el afinador puede venir un sábado por la mañana que entre semana trabajo"
    ],
    "de": [
        "ja hallo ich wollte fragen ob der Stimmer auch samstags kommen kann unter der Woche bin ich nicht da"
    ],
    "en": ["hi yeah just wondering can the tuner come on a saturday morning"],
    "fr": ["oui bonjour je voulais savoir si l'accordeur peut passer un samedi matin"],
    "it": ["sì buongiorno volevo sapere se l'accordatore può venire di sabato mattina"],
    "pt": ["olá boa tarde queria saber se o afinador pode vir a um sábado de manhã"],
}
REVIEW = {
    "es": ["Servicio de 10. Piano en perfecto estado y afinado al llegar."],
    "de": ["Top Service, Klavier kam gestimmt und tadellos an."],
    "en": ["Excellent service, piano arrived tuned and spotless."],
    "fr": ["Service impeccable, piano livré accordé."],
    "it": ["Servizio ottimo, piano consegnato già accordato."],
    "pt": ["Serviço excelente, piano entregue afinado."],
}
SURVEY_WORD = {
    "es": ["todo genial", "", "👍"],
    "de": ["alles bestens", "", "👍"],
    "en": ["spot on", ""],
    "fr": ["très bien", ""],
    "it": ["ottimo", ""],
    "pt": ["tudo bem", ""],
}
NIGHT_POST = {
    "es": [
        "3 de la mañana, turno de noche en urgencias y pensando en que mañana llega el piano de Pianelo 🎹",
        "no puedo dormir asi que reservo la afinación del sabado, que app tan facil",
    ],
    "de": [
        "Nachtschicht an der Tanke, nebenbei die Klavierstimmung bei Pianelo gebucht. Ging in 2 Minuten",
        "kann nicht schlafen, schaue Klavier-Tutorials und freu mich aufs Leihklavier morgen",
    ],
    "en": ["2am and finally booked the tuning on Pianelo, ridiculously easy"],
    "fr": ["insomnie, j'ai réservé l'accordage Pianelo en 2 min"],
    "it": ["notte insonne, prenotato l'accordatore Pianelo in due minuti"],
    "pt": ["insónia, marquei a afinação na Pianelo em dois minutos"],
}
NIGHT_Q = {
    "es": [
        "hola, a estas horas hay alguien? el piano hace un ruido raro en el la grave, es normal?"
    ],
    "de": ["Ist um die Uhrzeit jemand da? das tiefe A schnarrt ein bisschen, normal?"],
    "en": ["anyone there at this hour? low A buzzes a bit, normal?"],
    "fr": ["quelqu'un à cette heure ? le la grave grésille un peu"],
    "it": ["c'è qualcuno a quest'ora? il la grave vibra un po'"],
    "pt": ["está alguém? o lá grave vibra um pouco, é normal?"],
}

# The six consumer problems, as the customer names them.
PROBLEM = {
    "no_show": {
        "es": "el afinador no vino y en la app pone 'afinación realizada'",
        "de": "der Stimmer ist nicht gekommen und in der App steht 'Stimmung erledigt'",
        "en": "the tuner never came and the app says 'tuning done'",
        "fr": "l'accordeur n'est jamais venu et l'appli indique 'accordage effectué'",
        "it": "l'accordatore non è mai venuto e l'app dice 'accordatura eseguita'",
        "pt": "o afinador não apareceu e a app diz 'afinação feita'",
    },
    "damage": {
        "es": "los de la mudanza rayaron el lateral del piano y el parquet",
        "de": "die Möbelpacker haben die Seite vom Klavier und das Parkett zerkratzt",
        "en": "the movers scratched the side of the piano and the floor",
        "fr": "les déménageurs ont rayé le piano et le parquet",
        "it": "i traslocatori hanno graffiato il piano e il parquet",
        "pt": "os da mudança riscaram o piano e o soalho",
    },
    "refund": {
        "es": "la fianza de 300 € del alquiler sigue sin devolverse",
        "de": "die Kaution von 300 € ist immer noch nicht zurück",
        "en": "the £260 hire deposit still hasn't been returned",
        "fr": "la caution de 300 € n'est toujours pas rendue",
        "it": "la cauzione di 300 € non è ancora stata restituita",
        "pt": "a caução de 300 € ainda não foi devolvida",
    },
    "wrong_price": {
        "es": "me cobraron 69 € al mes en vez de los 49 € del contrato",
        "de": "ihr bucht 69 € im Monat ab statt der 49 € laut Vertrag",
        "en": "you're charging £60 a month instead of the £42 in my contract",
        "fr": "vous prélevez 69 € par mois au lieu de 49 €",
        "it": "mi addebitate 69 € al mese invece di 49 €",
        "pt": "cobram 69 € por mês em vez de 49 €",
    },
    "cancel_fee": {
        "es": "me cobraron 80 € por cancelar la afinación con una semana de antelación",
        "de": "ihr habt 80 € Stornogebühr berechnet, obwohl ich eine Woche vorher abgesagt habe",
        "en": "I was charged £70 for cancelling a tuning a week ahead",
        "fr": "80 € de frais pour une annulation faite une semaine avant",
        "it": "80 € di penale per una disdetta fatta una settimana prima",
        "pt": "80 € de taxa por cancelar com uma semana de antecedência",
    },
    "out_of_tune": {
        "es": "el piano vuelve a estar desafinado cinco días después de la afinación",
        "de": "das Klavier ist fünf Tage nach dem Stimmen schon wieder verstimmt",
        "en": "the piano is out of tune again five days after the tuning",
        "fr": "le piano est désaccordé cinq jours après l'accordage",
        "it": "il piano è di nuovo scordato cinque giorni dopo",
        "pt": "o piano está desafinado cinco dias depois da afinação",
    },
}
PROBLEMS = tuple(PROBLEM)
COMPLAINT_SUBJECT = {
    "es": "Reclamación",
    "de": "Beschwerde",
    "en": "Complaint",
    "fr": "Réclamation",
    "it": "Reclamo",
    "pt": "Reclamação",
}
CASE_SUBJECT = {
    "es": "RE: Incidencia {case}",
    "de": "AW: Vorgang {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}
ANGRY = {
    "es": [
        "Esto es una vergüenza: {p}. Quiero una solución YA.",
        "hola, {p}. llevo toda la mañana esperando y nadie me dice nada",
        "{p}. DOS semanas con esto, de verdad",
    ],
    "de": [
        "Das ist eine Frechheit: {p}. Ich erwarte heute noch eine Lösung.",
        "hallo, {p}. Niemand meldet sich, JETZT REICHTS",
        "{p}. Und auf Mails antwortet keiner.",
    ],
    "en": ["Honestly: {p}. Sort it out please.", "{p}. NOT impressed"],
    "fr": ["Inadmissible : {p}. J'attends une solution.", "{p}, franchement c'est nul"],
    "it": ["Vergognoso: {p}. Voglio una soluzione.", "{p}. BASTA"],
    "pt": ["Inaceitável: {p}. Quero uma solução.", "{p}. JÁ CHEGA"],
}
ANGRY_CALL = {
    "es": "sí hola mire le llamo porque {p} y estoy muy enfadada necesito que alguien me lo solucione",
    "de": "ja hallo ich rufe an weil {p} und ich bin echt sauer ich brauche eine Lösung",
    "en": "yeah hi I'm calling because {p} and I'm really annoyed I need this fixed",
    "fr": "oui bonjour j'appelle parce que {p} et je suis très en colère",
    "it": "sì buongiorno chiamo perché {p} e sono molto arrabbiata",
    "pt": "sim olá estou a ligar porque {p} e estou muito chateada",
}
LONG_EMAIL = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde la sala de espera del fisio de mi madre, que se operó de la cadera hace dos semanas, así que perdonen si me enrollo. Alquilamos el piano para que mi hijo prepare la prueba del conservatorio en junio, y hasta ahora todo había ido bien, el de la entrega muy amable.\n\nEl problema es que {p}. Llamé y me dijeron que me escribirían y no ha escrito nadie. Con todo lo que tenemos encima esto es lo último que necesito.\n\nEspero noticias pronto.\nUn saludo",
        "Hola,\n\nos escribo desde el coche, esperando a que salgan las gemelas de natación. Llevamos un año con vosotros y siempre contentos, pero esto no: {p}. Mi marido dice que lo deje, yo prefiero avisar antes de cambiarnos.\n\nGracias de antemano",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen zwischen zwei Kundinnen vom Marktstand aus, entschuldigen Sie die Kürze der Absätze. Unsere Tochter übt für die Aufnahmeprüfung an der Musikschule, und das Leihklavier war bisher ein Segen.\n\nAllerdings: {p}. Ich habe bereits angerufen, man wollte sich melden, passiert ist nichts. Ich miete seit Jahren bei Ihnen, aber so etwas geht nicht.\n\nMit freundlichen Grüßen",
        "Hallo Pianelo-Team,\n\nich sitze gerade im Wartezimmer beim Tierarzt, also kurz: wir renovieren das Haus meiner Oma und das Klavier musste umziehen. {p}. Bitte melden Sie sich zeitnah.\n\nGruß",
    ],
}
CASE_OPENED = {
    "es": "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te escribimos en cuanto tengamos novedades. {agent}",
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} eröffnet und melden uns, sobald wir mehr wissen. {agent}",
    "en": "Hi {first}, we're very sorry. We've opened case {case} and will be in touch as soon as we know more. {agent}",
    "fr": "Bonjour {first}, nous sommes désolés. La demande {case} est ouverte, nous revenons vers vous vite. {agent}",
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case}, ti aggiorniamo presto. {agent}",
    "pt": "Olá {first}, lamentamos muito. Abrimos o pedido {case} e voltamos a contactar em breve. {agent}",
}
GOOD_NEWS = {
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: ya está resuelto. ¿Nos confirmas que todo está bien? {agent}",
    "de": "Hallo {first}, gute Nachrichten zum Vorgang {case}: das ist erledigt. Können Sie kurz bestätigen, dass alles passt? {agent}",
    "en": "Hi {first}, good news on case {case}: it's sorted. Could you confirm all is well? {agent}",
    "fr": "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous confirmer ? {agent}",
    "it": "Ciao {first}, buone notizie sulla segnalazione {case}: risolto. Ci confermi? {agent}",
    "pt": "Olá {first}, boas notícias sobre o pedido {case}: está resolvido. Pode confirmar? {agent}",
}
QUALITY_LEAD = {
    "es": "Hola {first}, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}",
    "fr": "Bonjour {first}, votre demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi. {agent}",
    "it": "Ciao {first}, la segnalazione {case} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì. {agent}",
    "pt": "Olá {first}, o pedido {case} está com a nossa responsável de qualidade, que liga até sexta. {agent}",
}
CHAT_CASE = {
    "es": "Lo siento mucho, te abro la incidencia {case} ahora mismo.",
    "de": "Das tut mir leid, ich eröffne sofort den Vorgang {case}.",
    "en": "So sorry, I've opened case {case} for you.",
    "fr": "Désolée, j'ouvre la demande {case}.",
    "it": "Mi dispiace, apro la segnalazione {case}.",
    "pt": "Lamento, abri o pedido {case}.",
}
CHAT_URGENT = {
    "es": "Añadido a tu incidencia {case} y marcado como urgente.",
    "de": "Zum Vorgang {case} hinzugefügt und als dringend markiert.",
    "en": "Added to your case {case}, marked urgent.",
    "fr": "Ajouté à la demande {case}, marqué urgent.",
    "it": "Aggiunto alla segnalazione {case}, segnato urgente.",
    "pt": "Acrescentado ao pedido {case}, marcado urgente.",
}
APOLOGY = {
    "es": [
        "Perdón por el tono de ayer, estaba desbordada. Gracias por resolverlo",
        "oye siento lo de ayer, mal día. gracias",
    ],
    "de": [
        "Sorry für meinen Ton gestern, war ein furchtbarer Tag. Danke fürs Lösen",
        "entschuldigung wegen gestern, danke euch",
    ],
    "en": ["sorry for the rant yesterday, rough day. thanks for sorting it"],
    "fr": ["Désolée pour hier, merci d'avoir réglé ça"],
    "it": ["Scusate per ieri, giornata no. Grazie"],
    "pt": ["Desculpem ontem, dia mau. Obrigada"],
}
CONFIRM = {
    "es": "Confirmado, la incidencia {case} está resuelta. Gracias!",
    "de": "Bestätigt, Vorgang {case} ist erledigt. Danke!",
    "en": "Confirmed, case {case} is sorted. Thanks!",
    "fr": "Confirmé, la demande {case} est réglée. Merci !",
    "it": "Confermo, segnalazione {case} risolta. Grazie!",
    "pt": "Confirmado, o pedido {case} está resolvido. Obrigado!",
}
STILL_OPEN = {
    "es": [
        "Incidencia {case}: sigue igual, {p}. Nadie me ha llamado.",
        "vuelvo a escribir por la {case}, sigue sin resolverse: {p}",
    ],
    "de": [
        "Vorgang {case}: immer noch nichts, {p}. Keiner hat angerufen.",
        "ich schreibe nochmal wegen {case}, es ist weiterhin offen: {p}",
    ],
    "en": ["Case {case}: still nothing, {p}. Nobody called."],
    "fr": ["Demande {case} : toujours rien, {p}."],
    "it": ["Segnalazione {case}: ancora niente, {p}."],
    "pt": ["Pedido {case}: continua tudo igual, {p}."],
}
STILL_CALL = {
    "es": "hola llamo otra vez por la incidencia {case} sigue sin resolverse {p}",
    "de": "ja hallo ich rufe nochmal an wegen Vorgang {case} das ist immer noch nicht gelöst {p}",
    "en": "hi calling again about case {case} still not sorted {p}",
    "fr": "bonjour je rappelle pour la demande {case} toujours pas réglé {p}",
    "it": "buongiorno richiamo per la segnalazione {case} ancora niente {p}",
    "pt": "olá ligo outra vez pelo pedido {case} continua por resolver {p}",
}
THIRD = {
    "es": " Una compañera alquila con {comp} y se lo solucionan el mismo día.",
    "de": " Eine Kollegin mietet bei {comp}, da wird sowas am selben Tag gelöst.",
    "en": " I've looked at what {comp} charges, just saying.",
    "fr": " Une collègue loue chez {comp}, eux règlent ça le jour même.",
    "it": " Una collega noleggia da {comp} e risolvono in giornata.",
    "pt": " Uma colega aluga na {comp} e resolvem no mesmo dia.",
}
FOURTH = {
    "es": " Es la CUARTA vez que escribo.",
    "de": " Das ist das VIERTE Mal, dass ich schreibe.",
    "en": " This is the FOURTH time.",
    "fr": " C'est la QUATRIÈME fois.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
}
SLIDE = {
    "es": [
        "El afinador llegó tres horas tarde y sin avisar, vaya",
        "piano de alquiler nuevo con dos teclas que se quedan pegadas",
        "ahora piden foto de cada tecla al devolverlo?? en serio",
        "subieron la fianza al doble y tardan semanas en devolverla",
        "35 € de 'limpieza' por un piano que devolví impecable, con vuestras propias fotos. INCREÍBLE",
        "mi cuñado alquila con {comp}, ya he reservado allí el piano para el curso que viene",
    ],
    "de": [
        "Stimmer drei Stunden zu spät und ohne Anruf, naja",
        "neues Leihklavier, zwei Tasten klemmen",
        "jetzt soll man bei Rückgabe jede Taste fotografieren?? ernsthaft",
        "Kaution verdoppelt und Wochen bis zur Rückzahlung",
        "35 € 'Reinigung' für ein Klavier, das tadellos zurückkam, mit euren eigenen Fotos. UNFASSBAR",
        "mein Schwager mietet bei {comp}, ich hab dort das Klavier fürs nächste Schuljahr reserviert",
    ],
    "en": [
        "tuner 3 hours late, no call",
        "new hire piano, two sticky keys",
        "a photo of every key at return?? really",
        "deposit doubled and weeks to get it back",
        "£30 'cleaning fee' for a piano I returned spotless, with your own photos. UNBELIEVABLE",
        "my brother-in-law hires from {comp}, I've booked next year's piano there",
    ],
    "fr": [
        "accordeur 3h en retard sans prévenir",
        "piano neuf, deux touches collent",
        "une photo de chaque touche au retour ?? sérieux",
        "caution doublée et des semaines pour la récupérer",
        "35 € de 'nettoyage' pour un piano rendu impeccable. INCROYABLE",
        "mon beau-frère loue chez {comp}, j'ai réservé là-bas pour l'an prochain",
    ],
    "it": [
        "accordatore 3 ore in ritardo senza avvisare",
        "piano nuovo, due tasti si bloccano",
        "foto di ogni tasto alla restituzione?? davvero",
        "cauzione raddoppiata e settimane per riaverla",
        "35 € di 'pulizia' per un piano reso perfetto. INCREDIBILE",
        "mio cognato noleggia da {comp}, ho già prenotato lì per l'anno prossimo",
    ],
    "pt": [
        "afinador 3 horas atrasado sem avisar",
        "piano novo com duas teclas presas",
        "foto de cada tecla na devolução?? a sério",
        "caução a dobrar e semanas para devolver",
        "35 € de 'limpeza' por um piano devolvido impecável. INACREDITÁVEL",
        "o meu cunhado aluga na {comp}, já reservei lá para o próximo ano",
    ],
}
CANCEL = {
    "es": "Hola, mi hijo ha dejado el piano y nos mudamos a un piso pequeño. Quiero dar de baja Pianelo Plus y cerrar la cuenta, gracias por todo.",
    "de": "Hallo, wir haben uns mit dem Weihnachtsgeld ein eigenes Klavier gekauft. Bitte Pianelo Plus kündigen und das Konto schließen.",
    "en": "Hi, we've bought our own piano so please cancel Pianelo Plus and close my account.",
    "fr": "Bonjour, nous avons acheté notre piano, merci de résilier Pianelo Plus et fermer le compte.",
    "it": "Ciao, abbiamo comprato un piano nostro, vorrei disdire Pianelo Plus e chiudere l'account.",
    "pt": "Olá, comprámos um piano nosso, quero cancelar o Pianelo Plus e fechar a conta.",
}
SORRY_GO = {
    "es": "Hola {first}, sentimos que te vayas. Puedes dar de baja Plus tú misma en la app o en la web. {agent}",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können Plus selbst in der App oder auf der Website kündigen. {agent}",
    "en": "Hi {first}, sorry to see you go. You can cancel Plus yourself in the app or on the website. {agent}",
    "fr": "Bonjour {first}, dommage ! Vous pouvez résilier Plus dans l'appli ou sur le site. {agent}",
    "it": "Ciao {first}, ci dispiace. Puoi disdire Plus dall'app o dal sito. {agent}",
    "pt": "Olá {first}, lamentamos. Pode cancelar o Plus na app ou no site. {agent}",
}
GRUMBLE = {
    "es": [
        "la app vuelve a cerrar sesión cada vez, qué pesadez",
        "otra vez la franja de entrega de 8 a 16h, quién puede esperar tanto",
        "el aviso de afinación a las 7 de la mañana, no gracias",
    ],
    "de": [
        "App loggt mich schon wieder aus, nervig",
        "Lieferfenster 8 bis 16 Uhr, wer hat so viel Zeit",
        "SMS zur Stimmung um 7 Uhr morgens, muss das sein",
    ],
    "en": ["app logged me out AGAIN", "8am-4pm delivery window, who has that time"],
    "fr": ["l'appli me déconnecte encore", "créneau de livraison 8h-16h, sérieux"],
    "it": ["l'app mi disconnette di nuovo", "fascia consegna 8-16, ma dai"],
    "pt": ["a app desliga-me outra vez", "janela de entrega 8-16h, a sério"],
}
SARCASM = {
    "es": [
        "Entrega 'exprés' a las 21:40, justo a tiempo para tocar y que los vecinos nos adoren 👏"
    ],
    "de": [
        "'Express'-Lieferung um 21:40, perfekt für ein Nachtkonzert, die Nachbarn lieben uns 👏"
    ],
    "en": ["'express' delivery at 9:40pm, perfect for a midnight recital, neighbours thrilled 👏"],
    "fr": ["livraison 'express' à 21h40, parfait pour un concert de nuit 👏"],
    "it": ["consegna 'express' alle 21:40, perfetta per un concerto notturno 👏"],
    "pt": ["entrega 'expresso' às 21:40, perfeita para um concerto noturno 👏"],
}
MILD = {
    "es": "la búsqueda de afinadores me muestra otra ciudad, no es grave",
    "de": "die Stimmersuche zeigt mir eine andere Stadt an, nicht schlimm",
    "en": "tuner search shows the wrong city, not a big deal",
    "fr": "la recherche d'accordeur affiche une autre ville, pas grave",
    "it": "la ricerca accordatori mostra un'altra città, niente di grave",
    "pt": "a pesquisa de afinadores mostra outra cidade, nada de grave",
}
MILD_ACK = {
    "es": "Gracias por avisar, {first}, lo pasamos al equipo. {agent}",
    "de": "Danke für den Hinweis, {first}, wir geben es weiter. {agent}",
    "en": "Thanks for flagging, {first}, passed to the team. {agent}",
    "fr": "Merci {first}, c'est transmis. {agent}",
    "it": "Grazie {first}, lo giriamo al team. {agent}",
    "pt": "Obrigado {first}, passámos à equipa. {agent}",
}
SPIKE = {
    "es": [
        "ayuda!! el piano digital de alquiler se ha bloqueado, todas las teclas mudas y en la pantalla pone 'Alquiler en pausa' RNT-LK9, y estoy al día con todo",
        "Tengo la clase en una hora y el piano de Pianelo está bloqueado, RNT-LK9, no suena NADA",
        "hola el digital no toca, sale RNT-LK9 alquiler pausado, pagado todo hace una semana",
    ],
    "de": [
        "Leih-Digitalpiano komplett gesperrt, keine Taste gibt Ton, Display: 'Miete pausiert RNT-LK9'. Ist alles bezahlt!",
        "Tochter hat gleich Vorspiel und das Pianelo Digitalpiano ist gesperrt, RNT-LK9, was soll das",
        "hallo das klavier ist stumm, RNT-LK9 miete pausiert??",
    ],
    "en": [
        "hire digital piano locked, every key silent, screen says 'Hire paused RNT-LK9', account fully paid"
    ],
    "fr": [
        "piano numérique loué bloqué, aucune touche ne sonne, 'Location en pause RNT-LK9', tout est payé"
    ],
    "it": [
        "pianoforte digitale bloccato, nessun tasto suona, 'Noleggio in pausa RNT-LK9', pagato tutto"
    ],
    "pt": [
        "piano digital alugado bloqueado, nenhuma tecla toca, 'Aluguer em pausa RNT-LK9', está tudo pago"
    ],
}
SPIKE_AGAIN = {
    "es": "sigue bloqueado con RNT-LK9, lo he apagado y encendido tres veces",
    "de": "immer noch RNT-LK9, dreimal aus- und eingeschaltet, nichts",
    "en": "still RNT-LK9 after switching it off and on three times",
    "fr": "toujours RNT-LK9, éteint et rallumé trois fois",
    "it": "ancora RNT-LK9, spento e riacceso tre volte",
    "pt": "continua RNT-LK9, desliguei e liguei três vezes",
}
SPIKE_CHAT = {
    "es": "Sí, ahora mismo los digitales de alquiler se bloquean por error en toda la red, el equipo técnico está en ello.",
    "de": "Ja, gerade werden Leih-Digitalpianos fälschlich gesperrt, unsere Technik ist dran.",
    "en": "Yes, hire digital pianos are being locked by mistake right now, our engineers are on it.",
    "fr": "Oui, les pianos numériques loués sont bloqués par erreur en ce moment, nos techniciens s'en occupent.",
    "it": "Sì, in questo momento i digitali a noleggio si bloccano per errore, i tecnici ci lavorano.",
    "pt": "Sim, neste momento os digitais alugados estão a bloquear por erro, a equipa técnica está a tratar.",
}
SPIKE_FIXED = {
    "es": "Hola {first}, los pianos funcionan de nuevo desde las 12:40. Este mes de alquiler corre de nuestra cuenta: 10 € de abono. {agent}",
    "de": "Hallo {first}, die Pianos funktionieren wieder seit 12:40 Uhr. Als Entschuldigung 10 € Gutschrift. {agent}",
    "en": "Hi {first}, pianos work again since 11:40. We've added a £9 credit, sorry. {agent}",
    "fr": "Bonjour {first}, les pianos fonctionnent à nouveau depuis 12h40. 10 € de crédit ajoutés. {agent}",
    "it": "Ciao {first}, i piani funzionano di nuovo dalle 12:40. 10 € di credito aggiunti. {agent}",
    "pt": "Olá {first}, os pianos funcionam desde as 11:40. Acrescentámos 10 € de crédito. {agent}",
}
LONE_Q = {
    "es": "hola, anoche el digital se quedó en modo demo hasta que lo reinicié, luego bien. es normal?",
    "de": "Hallo, gestern Abend hing das Digitalpiano im Demo-Modus, nach Neustart ging's. Ist das normal?",
}
LONE_A = {
    "es": "Hola, sí, a veces pasa tras una actualización, reiniciar lo arregla. {agent}",
    "de": "Hallo, das kommt nach Updates vor, ein Neustart behebt es. {agent}",
}
AGENTS = ["Marisa", "Jan", "Tom", "Noor", "Paula", "Henrik", "Chiara", "Rita"]
