# ruff: noqa: E501
"""Wording of heldout228 (Fotondo: photo books, prints and calendars by app and web).

Every table has Spanish and English first (two or three variants), then French,
German, Italian and Portuguese. Placeholders: {brand}, {case}, {prod}, {comp},
{name}, {first}, {day}, {prob}, {code}, {time}, {amount}, {agent}.
"""

from __future__ import annotations

T = dict[str, list[str]]

LANGS = ("es", "en", "fr", "de", "it", "pt")
BRAND = "Fotondo"
CLUB = "Fotondo Club"
PRO = "Fotondo Business"
COMPETITORS = ("Albumora", "Papyrix")
CODE = "ALB-276"

MARKETS: dict[str, list[str]] = {
    "es": ["ES", "ES", "ES"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "BE"],
    "de": ["DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
}

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Álvaro",
        "Nerea",
        "Sergio",
        "Inés",
        "Raúl",
        "Carmen",
        "Diego",
        "Paula",
        "Íñigo",
        "Rocío",
        "Pablo",
        "Elena",
        "Héctor",
    ],
    "en": [
        "Olivia",
        "Callum",
        "Niamh",
        "Harry",
        "Sophie",
        "Rory",
        "Megan",
        "Owen",
        "Grace",
        "Liam",
        "Ellie",
        "Declan",
    ],
    "fr": ["Camille", "Théo", "Manon", "Lucas", "Chloé", "Hugo", "Léa", "Julien"],
    "de": ["Jonas", "Lea", "Felix", "Hannah", "Tobias", "Jana", "Lukas", "Marie"],
    "it": ["Giulia", "Matteo", "Chiara", "Luca", "Sara", "Davide", "Elisa", "Marco"],
    "pt": ["Inês", "Tiago", "Beatriz", "João", "Mariana", "Rui", "Sofia", "Pedro"],
}
LAST: dict[str, list[str]] = {
    "es": [
        "Ortega",
        "Navarro",
        "Gil",
        "Serrano",
        "Molina",
        "Castro",
        "Ibáñez",
        "Prieto",
        "Vidal",
        "Rubio",
        "Crespo",
        "Santos",
    ],
    "en": [
        "Walsh",
        "Hughes",
        "Brennan",
        "Patel",
        "Clarke",
        "Doyle",
        "Foster",
        "Kaur",
        "Murphy",
        "Reid",
    ],
    "fr": ["Lefèvre", "Moreau", "Girard", "Bonnet", "Fontaine", "Roux", "Mercier"],
    "de": ["Vogel", "Krämer", "Hofmann", "Brandt", "Schuster", "Lang", "Winter"],
    "it": ["Ferri", "Colombo", "Rinaldi", "Greco", "Marini", "Conti", "Bruno"],
    "pt": ["Antunes", "Carvalho", "Mota", "Pires", "Nunes", "Lopes", "Tavares"],
}

PRODUCTS = [
    ("Photo book A4 hardcover / Fotolibro A4 tapa dura", 39.9),
    ("Wall calendar A3 / Calendario de pared A3", 24.5),
    ("Canvas print 60x40 / Lienzo 60x40", 49.0),
    ("Prints 10x15, 100 pcs / Copias 10x15, 100 uds", 14.9),
    ("Layflat photo book 30x30 / Fotolibro layflat 30x30", 69.0),
    ("Acrylic print 40x30 / Foto en metacrilato 40x30", 44.0),
]
B2B_PRODUCTS = [
    ("Brochures A5, 500 pcs / Folletos A5, 500 uds", 189.0),
    ("Business cards, 1000 pcs / Tarjetas de visita, 1000 uds", 79.0),
    ("Roll-up banner 85x200 / Roll-up 85x200", 129.0),
    ("Event posters A2, 50 pcs / Carteles A2, 50 uds", 159.0),
]

PRAISE: T = {
    "es": [
        "El fotolibro de la boda de mi hermana ha quedado precioso, {brand} gracias!! 😍",
        "Acabo de recibir el calendario de la familia y los colores son una pasada. Bien hecho {brand}",
        "Lienzo colgado en el salón y mi madre llorando de emoción jaja. Top {brand}",
    ],
    "en": [
        "The wedding photo book from {brand} arrived and it's gorgeous, honestly better than I hoped",
        "Proper chuffed with my canvas from {brand}, colours spot on",
        "Gave Nan the {brand} calendar with all the grandkids, she hasn't stopped smiling",
    ],
    "fr": ["Le livre photo de nos vacances est magnifique, merci {brand} !"],
    "de": ["Das Fotobuch von unserer Hochzeit ist wunderschön geworden, danke {brand}!"],
    "it": ["Il fotolibro del battesimo è bellissimo, grazie {brand}!"],
    "pt": ["O álbum do casamento ficou lindo, obrigada {brand}!"],
}
AGAIN: T = {
    "es": [
        "Tercer fotolibro este año con {brand} y otra vez perfecto. Ya no me voy a otro sitio",
        "Otra vez el envío ha llegado en dos días, no sé cómo lo hacen",
    ],
    "en": [
        "Third photo book with {brand} and again not a single wonky page. Love it",
        "Still the best prints I've had, ordered again this week",
    ],
    "fr": ["Encore une fois impeccable, troisième calendrier chez {brand}"],
    "de": ["Schon wieder ein perfektes Fotobuch, das dritte dieses Jahr bei {brand}"],
    "it": ["Ancora una volta perfetto, terzo calendario con {brand}"],
    "pt": ["Mais uma vez perfeito, terceiro álbum com a {brand}"],
}
GRIPE: T = {
    "es": [
        "Muy contenta con el álbum, solo que el editor del móvil va un poco lento con muchas fotos. Por lo demás genial",
        "Todo perfecto, aunque la caja venía un poco abollada. El libro intacto",
    ],
    "en": [
        "Lovely book, only gripe is the app editor gets sluggish past 200 photos. Otherwise brill",
        "Great prints, shame the box was a bit bashed. Prints themselves fine",
    ],
    "fr": ["Très beau livre, juste l'éditeur un peu lent sur mobile"],
    "de": ["Tolles Buch, nur der Editor am Handy ist etwas langsam"],
    "it": ["Album bellissimo, solo l'editor sul telefono è un po' lento"],
    "pt": ["Álbum lindo, só o editor no telemóvel é um pouco lento"],
}
CHATQ: T = {
    "es": [
        "hola, se puede cambiar la portada de un fotolibro ya pedido?",
        "Buenas, cuánto tarda un lienzo a Canarias?",
        "se puede pagar con bizum?",
    ],
    "en": [
        "hi can I still change the cover on a book I ordered this morning?",
        "Hiya, do you ship canvases to Northern Ireland?",
        "how long do layflat books take at the moment?",
    ],
    "fr": ["bonjour, est-ce qu'on peut encore modifier la couverture d'une commande ?"],
    "de": ["Hallo, kann ich bei einer Bestellung noch das Cover ändern?"],
    "it": ["ciao, posso ancora cambiare la copertina di un ordine?"],
    "pt": ["olá, ainda posso mudar a capa de uma encomenda?"],
}
CHATA: T = {
    "es": [
        "¡Hola! Sí, durante las primeras 4 horas puedes cambiarlo desde Mis pedidos. Un saludo, {agent}"
    ],
    "en": ["Hi! Yes, within the first 4 hours you can change it under My orders. Cheers, {agent}"],
    "fr": [
        "Bonjour ! Oui, pendant les 4 premières heures, dans Mes commandes. Bonne journée, {agent}"
    ],
    "de": ["Hallo! Ja, in den ersten 4 Stunden unter Meine Bestellungen. Viele Grüße, {agent}"],
    "it": ["Ciao! Sì, entro le prime 4 ore da I miei ordini. Buona giornata, {agent}"],
    "pt": ["Olá! Sim, nas primeiras 4 horas em As minhas encomendas. Boa tarde, {agent}"],
}
THANKS: T = {
    "es": ["genial mil gracias!!", "vale perfe, grcs", "gracias crack"],
    "en": ["legend, cheers", "ta very much!", "sorted, thanks a mil"],
    "fr": ["super merci bcp !"],
    "de": ["super, danke dir!"],
    "it": ["perfetto grz!"],
    "pt": ["top, obg!"],
}
CALLQ: T = {
    "es": [
        "hola buenos dias quería saber si puedo recoger un pedido en la tienda de valencia o solo va a domicilio",
        "si mire es para preguntar si el calendario se puede empezar en septiembre en vez de enero",
    ],
    "en": [
        "hi there yeah just wondering if the calendar can start in september rather than january",
        "hello um I wanted to ask if I can add a gift note to an order I placed yesterday",
    ],
    "fr": ["bonjour je voulais savoir si le calendrier peut commencer en septembre"],
    "de": ["ja hallo ich wollte fragen ob der Kalender auch im September anfangen kann"],
    "it": ["buongiorno volevo sapere se il calendario può iniziare a settembre"],
    "pt": ["bom dia queria saber se o calendário pode começar em setembro"],
}
CALLA: T = {
    "es": [
        "Hola {first}, como hablamos por teléfono: sí, se puede, al crear el calendario eliges el mes de inicio. Un saludo, {agent}"
    ],
    "en": [
        "Hi {first}, as we said on the phone: yes, you can, just pick it when you create it. Kind regards, {agent}"
    ],
    "fr": [
        "Bonjour {first}, comme convenu au téléphone : oui, c'est possible à la création. Cordialement, {agent}"
    ],
    "de": [
        "Hallo {first}, wie am Telefon besprochen: ja, das geht beim Erstellen. Viele Grüße, {agent}"
    ],
    "it": [
        "Ciao {first}, come detto al telefono: sì, si sceglie alla creazione. Cordiali saluti, {agent}"
    ],
    "pt": ["Olá {first}, como falámos ao telefone: sim, escolhe ao criar. Cumprimentos, {agent}"],
}
REVIEW: T = {
    "es": [
        "Calidad de papel excelente y llegó antes de lo previsto",
        "Cuarto pedido y siempre igual de bien",
    ],
    "en": ["Cracking print quality and arrived early", "Colours true to the screen, really happy"],
    "fr": ["Qualité d'impression excellente, livré en avance"],
    "de": ["Top Druckqualität und schnell geliefert"],
    "it": ["Qualità di stampa ottima, arrivato in anticipo"],
    "pt": ["Qualidade de impressão ótima e chegou cedo"],
}
SURVEY_GOOD: T = {
    "es": ["todo bien", "👍", ""],
    "en": ["spot on", "🙌", ""],
    "fr": ["parfait"],
    "de": ["alles top"],
    "it": ["tutto ok"],
    "pt": ["tudo ótimo"],
}
NIGHT_POST: T = {
    "es": [
        "Las 2 de la mañana y yo aquí eligiendo fotos para el álbum del viaje de fin de curso. {brand} me tiene enganchada",
        "turno de noche en urgencias y aprovecho para montar el calendario de la abuela con {brand}",
    ],
    "en": [
        "3am, baby finally asleep, and I'm building her first-year photo book on {brand}. Worth it",
        "night shift at the depot, finishing the canvas order on {brand} in my break",
    ],
    "fr": [
        "2h du matin et je fais le livre photo des vacances sur {brand}, impossible de m'arrêter"
    ],
    "de": ["2 Uhr nachts und ich sortiere noch Fotos fürs Fotobuch bei {brand}, süchtig"],
    "it": ["le 2 di notte e sto ancora facendo il fotolibro su {brand}"],
    "pt": ["2 da manhã e eu a fazer o álbum das férias na {brand}"],
}
NIGHT_Q: T = {
    "es": ["hola, a estas horas hay alguien? si pido ahora el fotolibro llega antes del sábado?"],
    "en": ["anyone about? if I order the book now will it make it by Saturday?"],
    "fr": ["bonsoir, si je commande maintenant c'est livré avant samedi ?"],
    "de": ["Hallo, wenn ich jetzt bestelle, kommt es bis Samstag?"],
    "it": ["ciao, se ordino adesso arriva entro sabato?"],
    "pt": ["olá, se encomendar agora chega até sábado?"],
}
NIGHT_A: T = {
    "es": ["¡Hola! Sí, si lo pides antes de las 10:00 sale hoy y llega el viernes. {agent}"],
    "en": ["Hi! Yes, order before 10:00 and it ships today, arriving Friday. {agent}"],
    "fr": ["Bonjour ! Oui, commandé avant 10h00, expédié aujourd'hui, livré vendredi. {agent}"],
    "de": ["Hallo! Ja, vor 10:00 bestellt geht es heute raus und kommt Freitag. {agent}"],
    "it": ["Ciao! Sì, ordinando prima delle 10:00 parte oggi e arriva venerdì. {agent}"],
    "pt": ["Olá! Sim, antes das 10:00 sai hoje e chega sexta. {agent}"],
}

# Consumer problems: a sentence each (used inside frames), and the same as spoken.
PROBLEMS = ("lost", "double_charge", "misprint", "refund", "club_price", "cancel_fee")
PROB: dict[str, dict[str, str]] = {
    "lost": {
        "es": "el pedido sale como ENTREGADO desde el martes y aquí no ha llegado nada",
        "en": "my order has said DELIVERED since Tuesday and nothing has come",
        "fr": "ma commande est marquée LIVRÉE depuis mardi et je n'ai rien reçu",
        "de": "meine Bestellung steht seit Dienstag auf ZUGESTELLT und es ist nichts da",
        "it": "l'ordine risulta CONSEGNATO da martedì e non è arrivato niente",
        "pt": "a encomenda aparece como ENTREGUE desde terça e não chegou nada",
    },
    "double_charge": {
        "es": "me habéis cobrado el fotolibro DOS veces, 39,90 y otra vez 39,90",
        "en": "you've charged me TWICE for the same photo book",
        "fr": "vous m'avez débité DEUX fois le même livre photo",
        "de": "ihr habt mir das Fotobuch ZWEIMAL abgebucht",
        "it": "mi avete addebitato il fotolibro DUE volte",
        "pt": "cobraram-me o álbum DUAS vezes",
    },
    "misprint": {
        "es": "el álbum ha llegado con la mitad de las páginas cortadas, se han comido las caras de la gente",
        "en": "the album came with half the pages cropped, people's heads cut off",
        "fr": "l'album est arrivé avec la moitié des pages rognées, les têtes coupées",
        "de": "das Album kam mit halb abgeschnittenen Seiten, die Köpfe fehlen",
        "it": "l'album è arrivato con metà pagine tagliate, teste mozzate",
        "pt": "o álbum chegou com metade das páginas cortadas, sem as cabeças",
    },
    "refund": {
        "es": "llevo TRES semanas esperando el reembolso del lienzo que devolví",
        "en": "I've been waiting THREE weeks for the refund on the canvas I sent back",
        "fr": "j'attends depuis TROIS semaines le remboursement de la toile renvoyée",
        "de": "ich warte seit DREI Wochen auf die Erstattung für die zurückgeschickte Leinwand",
        "it": "aspetto da TRE settimane il rimborso della tela restituita",
        "pt": "estou há TRÊS semanas à espera do reembolso da tela devolvida",
    },
    "club_price": {
        "es": "soy del Club y me habéis cobrado el envío y el precio normal",
        "en": "I'm a Club member and got charged full price plus delivery",
        "fr": "je suis membre du Club et j'ai payé le prix normal plus la livraison",
        "de": "ich bin Club-Mitglied und habe den normalen Preis plus Versand bezahlt",
        "it": "sono socia del Club e ho pagato prezzo pieno più spedizione",
        "pt": "sou sócia do Club e paguei preço normal mais portes",
    },
    "cancel_fee": {
        "es": "me cobráis 12 euros por cancelar un pedido CINCO minutos después de hacerlo",
        "en": "you charged me £10 for cancelling an order FIVE minutes after placing it",
        "fr": "vous me facturez 12 euros pour une annulation CINQ minutes après la commande",
        "de": "ihr berechnet 12 Euro, weil ich FÜNF Minuten nach der Bestellung storniert habe",
        "it": "mi fate pagare 12 euro per aver annullato CINQUE minuti dopo l'ordine",
        "pt": "cobram 12 euros por cancelar CINCO minutos depois de encomendar",
    },
}
SUBJ_COMPLAINT = {
    "es": "Reclamación: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
SUBJ_CASE = {
    "es": "RE: Incidencia {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}
TOPIC_WORD = {
    "es": "pedido",
    "en": "order",
    "fr": "commande",
    "de": "Bestellung",
    "it": "ordine",
    "pt": "encomenda",
}

EMAIL_SHORT: T = {
    "es": [
        "Hola, {prob}. Quiero una solución YA, no es normal. {first}",
        "Buenas tardes: {prob}. Espero respuesta hoy. Saludos, {first}",
    ],
    "en": [
        "Hello, {prob}. I want this sorted today please. {first}",
        "Hi, {prob}. Frankly not good enough. {first}",
    ],
    "fr": ["Bonjour, {prob}. J'attends une solution rapidement. {first}"],
    "de": ["Hallo, {prob}. Ich erwarte eine schnelle Lösung. {first}"],
    "it": ["Buongiorno, {prob}. Voglio una soluzione subito. {first}"],
    "pt": ["Olá, {prob}. Quero uma solução rápida. {first}"],
}
CHAT_BAD: T = {
    "es": ["oye {prob}. que hago??", "hola, {prob} y nadie me dice nada"],
    "en": ["hi {prob}. what do I do??", "right so {prob} and nobody's told me anything"],
    "fr": ["bonjour {prob}. je fais quoi ?"],
    "de": ["hallo {prob}. was soll ich jetzt machen?"],
    "it": ["ciao {prob}. che faccio??"],
    "pt": ["olá {prob}. o que faço??"],
}
SOCIAL_BAD: T = {
    "es": [
        "{brand} {prob}. Y nadie contesta. YA ESTÁ BIEN",
        "Pues nada, {prob}. Gracias por nada {brand}",
    ],
    "en": ["{brand} {prob}. And nobody answers. NOT ON", "So {prob}. Cheers for nothing {brand}"],
    "fr": ["{brand} {prob}. Et personne ne répond. INADMISSIBLE"],
    "de": ["{brand} {prob}. Und keiner antwortet. JETZT REICHTS"],
    "it": ["{brand} {prob}. E nessuno risponde. BASTA"],
    "pt": ["{brand} {prob}. E ninguém responde. CHEGA"],
}
WEB_BAD: T = {
    "es": ["{prob}. Pido que lo revisen con urgencia."],
    "en": ["{prob}. Please look into this urgently."],
    "fr": ["{prob}. Merci de traiter en urgence."],
    "de": ["{prob}. Bitte dringend prüfen."],
    "it": ["{prob}. Vi prego di verificare subito."],
    "pt": ["{prob}. Peço que verifiquem com urgência."],
}
CALL_BAD: T = {
    "es": [
        "hola mire le llamo porque {prob} y necesito que alguien me lo arregle hoy",
        "si buenas {prob} y ya no se a quien llamar",
    ],
    "en": [
        "hi yeah I'm calling because {prob} and I need someone to sort it today",
        "hello so {prob} and honestly I'm fed up",
    ],
    "fr": ["bonjour j'appelle parce que {prob} et il faut que ce soit réglé"],
    "de": ["ja hallo ich rufe an weil {prob} und das muss heute geklärt werden"],
    "it": ["pronto chiamo perché {prob} e deve essere risolto oggi"],
    "pt": ["olá estou a ligar porque {prob} e preciso que resolvam hoje"],
}
LONG_EMAIL: T = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde el hospital, donde estoy acompañando a mi padre después de su operación de cadera, así que perdonen si me enrollo. Encargué con ustedes el fotolibro de sus 80 años para dárselo cuando le den el alta, con fotos que mis hermanos y yo llevamos meses buscando en cajas de zapatos.\n\nEl problema es que {prob}. Con todo lo que tenemos encima, lo último que necesitaba era esto.\n\nLes pido que me den una solución esta semana. Llevo años pidiendo con ustedes y nunca me había pasado.\n\nUn saludo,\n{first}",
        "Hola:\n\nSoy maestra y os escribo en el recreo, con veinticinco críos gritando de fondo. El álbum era el regalo de fin de curso para mi compañera que se jubila, lo hemos pagado entre todo el claustro.\n\nResulta que {prob}. La despedida es el viernes y no sé qué voy a decirles a los demás.\n\nEspero vuestra respuesta cuanto antes.\n\n{first}",
    ],
    "en": [
        "Dear Fotondo team,\n\nI'm writing this on the train home from my mum's care home, so forgive the rambling. I ordered a photo book of her life for her 90th, pictures my sister and I spent months scanning from old albums.\n\nThe problem is that {prob}. With everything going on, this was the last thing I needed.\n\nI'd appreciate a proper answer this week. I've ordered from you for years and never had an issue.\n\nBest wishes,\n{first}",
        "Hello,\n\nQuick one from the sidelines of my son's football training, apologies for typos. The canvas was a surprise for our tenth anniversary next week.\n\nBasically {prob}. Not what I needed with the anniversary on Friday.\n\nPlease get back to me soon.\n\n{first}",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, pardon si c'est décousu. Le livre photo était pour les 60 ans de ma mère, des mois de travail.\n\nOr {prob}. La fête est samedi.\n\nMerci de me répondre vite, je suis cliente depuis des années.\n\n{first}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus der Mittagspause im Lager, entschuldigen Sie die Kürze. Das Fotobuch war das Geschenk zur Goldenen Hochzeit meiner Eltern, wir haben monatelang Bilder gesammelt.\n\nLeider {prob}. Die Feier ist am Samstag.\n\nIch bestelle seit Jahren bei Ihnen und war immer froh, aber so geht das nicht.\n\nMit freundlichen Grüßen\n{first}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista, scusate il disordine. Il fotolibro era per i 50 anni di matrimonio dei miei suoceri.\n\nPurtroppo {prob}. La festa è domenica.\n\nAttendo una risposta rapida, sono cliente da anni.\n\n{first}"
    ],
    "pt": [
        "Bom dia,\n\nescrevo da paragem do autocarro, desculpem a confusão. O álbum era para os 70 anos do meu pai, meses a juntar fotografias.\n\nAcontece que {prob}. A festa é no sábado.\n\nAguardo resposta rápida, sou cliente há anos.\n\n{first}"
    ],
}
CASE_OPENED: T = {
    "es": [
        "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te escribimos en cuanto sepamos algo. {agent}"
    ],
    "en": [
        "Hi {first}, really sorry about this. We've opened case {case} and will be back to you as soon as we know more. {agent}"
    ],
    "fr": [
        "Bonjour {first}, désolés. Nous avons ouvert le dossier {case} et revenons vers vous rapidement. {agent}"
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns bald. {agent}"
    ],
    "it": [
        "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case} e ti aggiorniamo presto. {agent}"
    ],
    "pt": [
        "Olá {first}, lamentamos. Abrimos o pedido {case} e voltamos a contactar em breve. {agent}"
    ],
}
QUALITY_LEAD: T = {
    "es": [
        "Hola {first}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
    ],
    "en": [
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "fr": [
        "Bonjour {first}, votre dossier {case} est entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}"
    ],
    "it": [
        "Ciao {first}, la segnalazione {case} è passata alla responsabile qualità, che ti chiamerà entro venerdì a pranzo. {agent}"
    ],
    "pt": [
        "Olá {first}, o pedido {case} está com a nossa responsável de qualidade, que ligará antes de sexta ao almoço. {agent}"
    ],
}
GOOD_NEWS: T = {
    "es": [
        "Hola {first}, buenas noticias sobre {case}: ya está solucionado por nuestra parte. ¿Nos confirmas que lo ves bien? {agent}"
    ],
    "en": [
        "Hi {first}, good news on {case}: it's sorted our end. Could you confirm it looks right to you? {agent}"
    ],
    "fr": [
        "Bonjour {first}, bonne nouvelle pour {case} : c'est réglé. Pouvez-vous confirmer ? {agent}"
    ],
    "de": [
        "Hallo {first}, gute Nachrichten zu {case}: es ist erledigt. Können Sie das bestätigen? {agent}"
    ],
    "it": ["Ciao {first}, buone notizie su {case}: è risolto. Ci confermi? {agent}"],
    "pt": ["Olá {first}, boas notícias sobre {case}: está resolvido. Pode confirmar? {agent}"],
}
CHAT_CASE: T = {
    "es": [
        "Lo siento mucho, {first}. He abierto la incidencia {case} y lo miramos hoy mismo. {agent}"
    ],
    "en": ["So sorry, {first}. I've opened case {case} and we're on it today. {agent}"],
    "fr": ["Désolé, {first}. J'ai ouvert le dossier {case}, on s'en occupe aujourd'hui. {agent}"],
    "de": [
        "Tut mir leid, {first}. Ich habe den Vorgang {case} angelegt, wir kümmern uns heute. {agent}"
    ],
    "it": ["Mi dispiace, {first}. Ho aperto la segnalazione {case}, ce ne occupiamo oggi. {agent}"],
    "pt": ["Lamento, {first}. Abri o pedido {case}, tratamos disso hoje. {agent}"],
}
URGENT: T = {
    "es": ["Añadido a tu incidencia {case} y marcado como urgente. {agent}"],
    "en": ["Added to your case {case} and marked urgent. {agent}"],
    "fr": ["Ajouté à votre dossier {case}, marqué urgent. {agent}"],
    "de": ["Zum Vorgang {case} hinzugefügt und als dringend markiert. {agent}"],
    "it": ["Aggiunto alla segnalazione {case} e segnato come urgente. {agent}"],
    "pt": ["Adicionado ao pedido {case} e marcado como urgente. {agent}"],
}
APOLOGY: T = {
    "es": [
        "Perdón por el tono de ayer con lo de {case}, estaba desbordada. Gracias por la paciencia",
        "oye siento lo de ayer, no era culpa vuestra personalmente",
    ],
    "en": [
        "Sorry for my tone yesterday about {case}, it had been a long day. Thanks for your patience",
        "apologies for yesterday, wasn't aimed at you personally",
    ],
    "fr": ["Désolée pour le ton d'hier concernant {case}, journée difficile"],
    "de": ["Entschuldigung für meinen Ton gestern wegen {case}, war ein langer Tag"],
    "it": ["Scusate il tono di ieri per {case}, giornata pesante"],
    "pt": ["Desculpem o tom de ontem sobre {case}, dia complicado"],
}
CONFIRM: T = {
    "es": [
        "Confirmo que {case} está solucionado, todo bien. Gracias!",
        "Sí, lo de {case} ya está, mil gracias",
    ],
    "en": ["Confirmed, {case} is sorted now. Thanks!", "Yep all good on {case}, cheers"],
    "fr": ["Je confirme, {case} est réglé. Merci !"],
    "de": ["Bestätigt, {case} ist erledigt. Danke!"],
    "it": ["Confermo, {case} è risolto. Grazie!"],
    "pt": ["Confirmo, {case} está resolvido. Obrigado!"],
}
REPEAT: T = {
    "es": [
        "Vuelvo a escribir por {case}: sigue sin resolverse, {prob}.",
        "{case} sigue abierta. Nadie me ha llamado y {prob}.",
    ],
    "en": [
        "Writing again about {case}: still not fixed, {prob}.",
        "{case} is still open. Nobody's called and {prob}.",
    ],
    "fr": ["Je relance pour {case} : toujours rien, {prob}."],
    "de": ["Ich melde mich wieder wegen {case}: immer noch nicht gelöst, {prob}."],
    "it": ["Scrivo di nuovo per {case}: ancora niente, {prob}."],
    "pt": ["Volto a escrever sobre {case}: continua por resolver, {prob}."],
}
REPEAT_CALL: T = {
    "es": ["hola llamo otra vez por la incidencia {case} sigue igual {prob}"],
    "en": ["hi calling again about case {case} it's still the same {prob}"],
    "fr": ["bonjour je rappelle pour le dossier {case} toujours pareil {prob}"],
    "de": ["hallo ich rufe nochmal wegen Vorgang {case} an immer noch dasselbe {prob}"],
    "it": ["pronto richiamo per la segnalazione {case} sempre uguale {prob}"],
    "pt": ["olá volto a ligar pelo pedido {case} continua igual {prob}"],
}
THIRD: T = {
    "es": [
        " Una amiga pide en {comp} y allí esto lo arreglan en el día.",
        " He estado mirando lo que cobra {comp}.",
    ],
    "en": [
        " A mate orders from {comp} and they fix this the same day.",
        " I've had a look at what {comp} charges.",
    ],
    "fr": [" Une amie commande chez {comp}, eux règlent ça dans la journée."],
    "de": [" Eine Freundin bestellt bei {comp}, die klären sowas am selben Tag."],
    "it": [" Un'amica ordina da {comp} e lì risolvono in giornata."],
    "pt": [" Uma amiga encomenda na {comp} e lá resolvem no mesmo dia."],
}
FOURTH: T = {
    "es": [" Es la CUARTA vez que escribo."],
    "en": [" This is the FOURTH time I'm writing."],
    "fr": [" C'est la QUATRIÈME fois que j'écris."],
    "de": [" Das ist das VIERTE Mal, dass ich schreibe."],
    "it": [" È la QUARTA volta che scrivo."],
    "pt": [" É a QUARTA vez que escrevo."],
}
SLIDE: dict[str, list[str]] = {
    "es": [
        "El último fotolibro ha tardado una semana más de lo que decía la web, sin avisar",
        "Los colores del calendario salen más apagados que antes, no sé qué habéis cambiado",
        "Ahora el editor me pide volver a subir todas las fotos cada vez que entro",
        "Me habéis cobrado los gastos de envío siendo del Club y el chat tarda una hora",
        "Lienzo con una raya blanca en medio y me piden fotos desde tres ángulos para creérselo. Harta",
        "Mi cuñada pide en {comp} y el sábado ya le mandé allí el álbum de la comunión. Se acabó",
    ],
    "en": [
        "Last book took a week longer than the site said, no heads-up",
        "Calendar colours look duller than they used to, not sure what changed",
        "Editor now makes me re-upload every photo each time I log in",
        "Charged delivery despite being a Club member and chat takes an hour",
        "Canvas with a white streak through it and they want photos from three angles to believe me. Fed up",
        "My sister-in-law uses {comp}, sent the christening album there on Saturday. Done",
    ],
    "fr": [
        "Le dernier livre a eu une semaine de retard sans prévenir",
        "Les couleurs du calendrier sont plus ternes qu'avant",
        "L'éditeur me fait recharger toutes les photos à chaque fois",
        "Frais de port facturés alors que je suis membre du Club",
        "Toile avec une rayure blanche et on me demande trois photos pour me croire. Ras le bol",
        "Ma belle-sœur commande chez {comp}, j'y ai envoyé l'album samedi. Fini",
    ],
    "de": [
        "Das letzte Buch kam eine Woche später als angegeben, ohne Info",
        "Die Farben im Kalender sind blasser als früher",
        "Der Editor will jedes Mal alle Fotos neu hochladen",
        "Versand berechnet, obwohl ich Club-Mitglied bin, und der Chat braucht eine Stunde",
        "Leinwand mit weißem Streifen und ich soll drei Fotos schicken, damit man mir glaubt. Mir reichts",
        "Meine Schwägerin bestellt bei {comp}, ich habe das Album am Samstag dort bestellt. Schluss",
    ],
    "it": [
        "L'ultimo libro è arrivato con una settimana di ritardo senza avviso",
        "I colori del calendario sono più spenti di prima",
        "L'editor mi fa ricaricare tutte le foto ogni volta",
        "Spedizione addebitata anche se sono socia del Club",
        "Tela con una riga bianca e vogliono tre foto per credermi. Basta",
        "Mia cognata ordina da {comp}, sabato ho mandato lì l'album. Chiuso",
    ],
    "pt": [
        "O último álbum chegou uma semana atrasado sem aviso",
        "As cores do calendário estão mais apagadas do que antes",
        "O editor obriga a carregar as fotos todas outra vez",
        "Cobraram portes apesar de ser sócia do Club",
        "Tela com uma risca branca e pedem três fotos para acreditar. Farta",
        "A minha cunhada encomenda na {comp}, mandei o álbum para lá no sábado. Acabou",
    ],
}
CANCEL_REQ: T = {
    "es": [
        "Hola, ya he impreso todas las fotos de la boda y no voy a pedir más en mucho tiempo. Quiero darme de baja del Club y cerrar la cuenta. Gracias por todo. {first}",
        "Buenas, me mudo al extranjero y quiero cancelar el Club y cerrar mi cuenta. {first}",
    ],
    "en": [
        "Hi, all the wedding photos are printed and I won't need more for ages. Please cancel my Club membership and close the account. Thanks for everything. {first}",
        "Hello, moving abroad, so I'd like to cancel the Club and close my account. {first}",
    ],
    "fr": [
        "Bonjour, je souhaite résilier le Club et fermer mon compte, je n'imprime plus. {first}"
    ],
    "de": [
        "Hallo, ich möchte den Club kündigen und mein Konto schließen, ich drucke nichts mehr. {first}"
    ],
    "it": ["Buongiorno, vorrei disdire il Club e chiudere l'account, non stampo più. {first}"],
    "pt": ["Olá, quero cancelar o Club e fechar a conta, já não imprimo. {first}"],
}
SORRY_GO: T = {
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes cancelar tú mismo en la app o en la web, en Mi cuenta. {agent}"
    ],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website under My account. {agent}"
    ],
    "fr": [
        "Bonjour {first}, désolés de vous voir partir. Résiliation dans l'app ou sur le site, Mon compte. {agent}"
    ],
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website unter Mein Konto. {agent}"
    ],
    "it": [
        "Ciao {first}, ci dispiace. Puoi disdire nell'app o sul sito in Il mio account. {agent}"
    ],
    "pt": ["Olá {first}, lamentamos. Pode cancelar na app ou no site em A minha conta. {agent}"],
}
GRUMBLE: T = {
    "es": [
        "otra vez la app me cierra la sesión cada vez que la abro",
        "el aviso de 'tu pedido está casi listo' a las 6 de la mañana, de verdad?",
        "la web de Fotondo tarda una eternidad en cargar las plantillas",
        "los portes siguen siendo carísimos",
    ],
    "en": [
        "app logs me out every single time, again",
        "a 'your order is nearly ready' text at 6am, really?",
        "templates take forever to load on the Fotondo site",
        "delivery still costs a fortune",
    ],
    "fr": ["l'app me déconnecte à chaque fois", "une notification à 6h du matin, sérieusement ?"],
    "de": [
        "die App loggt mich jedes Mal aus",
        "eine Benachrichtigung um 6 Uhr morgens, echt jetzt?",
    ],
    "it": ["l'app mi disconnette ogni volta", "una notifica alle 6 di mattina, davvero?"],
    "pt": ["a app desliga-me a sessão sempre", "uma notificação às 6 da manhã, a sério?"],
}
SARCASM: T = {
    "es": [
        "Envío urgente de {brand}: llegó justo después de la fiesta. Qué puntualidad 👏",
        "Me encanta que el calendario 2027 me llegue con enero de 2026. Genial {brand} 😂",
    ],
    "en": [
        "{brand} express delivery: arrived the morning after the party. Impeccable timing 👏",
        "Love that my 2027 calendar starts in January 2026. Nice one {brand} 😂",
    ],
    "fr": ["Livraison express {brand} : arrivée le lendemain de la fête. Bravo 👏"],
    "de": ["{brand} Expressversand: kam am Tag nach der Feier. Super Timing 👏"],
    "it": ["Spedizione express {brand}: arrivata il giorno dopo la festa. Complimenti 👏"],
    "pt": ["Envio expresso {brand}: chegou no dia a seguir à festa. Parabéns 👏"],
}
MILD: T = {
    "es": ["la búsqueda de tiendas de recogida me muestra otra ciudad"],
    "en": ["the pick-up shop finder keeps showing the wrong town"],
    "fr": ["la recherche de points relais affiche la mauvaise ville"],
    "de": ["die Abholstellen-Suche zeigt die falsche Stadt"],
    "it": ["la ricerca dei punti ritiro mostra la città sbagliata"],
    "pt": ["a pesquisa de pontos de recolha mostra a cidade errada"],
}
MILD_A: T = {
    "es": ["Gracias por avisar, lo pasamos al equipo de la web. {agent}"],
    "en": ["Thanks for flagging, passed to the web team. {agent}"],
    "fr": ["Merci, transmis à l'équipe web. {agent}"],
    "de": ["Danke für den Hinweis, ist beim Web-Team. {agent}"],
    "it": ["Grazie, passato al team web. {agent}"],
    "pt": ["Obrigado, passámos à equipa web. {agent}"],
}
LOW_CSAT: T = {
    "es": ["fatal", ""],
    "en": ["poor", ""],
    "fr": ["nul"],
    "de": ["schlecht"],
    "it": ["pessimo"],
    "pt": ["mau"],
}

# Business arm (Fotondo Business: print on account, portal, invoices).
B2B_PROBLEMS = ("invoice", "blocked", "portal", "overbilled")
B2B_PROB: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "las facturas siguen saliendo sin número de pedido de compra y con el nombre antiguo de la empresa",
        "en": "the invoices still have no PO number and carry our old company name",
        "fr": "les factures n'ont toujours pas de numéro de bon de commande et portent l'ancien nom",
        "de": "die Rechnungen haben immer noch keine Bestellnummer und den alten Firmennamen",
        "it": "le fatture non hanno ancora il numero d'ordine e riportano il vecchio nome",
        "pt": "as faturas continuam sem número de nota de encomenda e com o nome antigo",
    },
    "blocked": {
        "es": "el portal rechaza los pedidos con 'cuenta bloqueada' aunque todo está pagado",
        "en": "the portal refuses our orders with 'account on hold' though everything is paid",
        "fr": "le portail refuse nos commandes, 'compte bloqué', alors que tout est payé",
        "de": "das Portal lehnt Bestellungen mit 'Konto gesperrt' ab, obwohl alles bezahlt ist",
        "it": "il portale rifiuta gli ordini con 'account bloccato' anche se è tutto pagato",
        "pt": "o portal recusa as encomendas com 'conta bloqueada' apesar de estar tudo pago",
    },
    "portal": {
        "es": "el portal no muestra los pedidos en curso y no podemos aprobar las pruebas de impresión",
        "en": "the portal shows no open orders so we can't approve print proofs",
        "fr": "le portail n'affiche aucune commande en cours, impossible de valider les épreuves",
        "de": "das Portal zeigt keine offenen Aufträge, wir können keine Druckfreigaben erteilen",
        "it": "il portale non mostra ordini aperti e non possiamo approvare le bozze",
        "pt": "o portal não mostra encomendas em curso e não conseguimos aprovar provas",
    },
    "overbilled": {
        "es": "nos facturáis a precio de tarifa y no al precio pactado en el contrato",
        "en": "you bill us list prices instead of our contract rate",
        "fr": "vous facturez le prix catalogue au lieu du tarif du contrat",
        "de": "ihr rechnet Listenpreise statt unseres Vertragspreises ab",
        "it": "ci fatturate a listino invece della tariffa del contratto",
        "pt": "faturam a preço de tabela em vez do preço do contrato",
    },
}
B2B_FIRST: T = {
    "es": [
        "Buenos días: en {company} {prob}. Necesitamos que se corrija esta semana. Saludos, {first}"
    ],
    "en": ["Good morning, at {company} {prob}. We need this corrected this week. Regards, {first}"],
    "fr": [
        "Bonjour, chez {company} {prob}. Merci de corriger cette semaine. Cordialement, {first}"
    ],
    "de": [
        "Guten Morgen, bei {company} gilt: {prob}. Bitte diese Woche korrigieren. Gruß, {first}"
    ],
    "it": ["Buongiorno, in {company} {prob}. Va corretto questa settimana. Saluti, {first}"],
    "pt": [
        "Bom dia, na {company} {prob}. Precisamos de correção esta semana. Cumprimentos, {first}"
    ],
}
B2B_LATER: T = {
    "es": [
        "Hola, mi compañero {other} ya os escribió el {day} (incidencia {case}). Lo mismo aquí: {prob}. {first}"
    ],
    "en": [
        "Hi, my colleague {other} already wrote on {day} (case {case}). Same here: {prob}. {first}"
    ],
    "fr": [
        "Bonjour, mon collègue {other} vous a écrit {day} (dossier {case}). Pareil ici : {prob}. {first}"
    ],
    "de": [
        "Hallo, mein Kollege {other} hat am {day} geschrieben (Vorgang {case}). Hier dasselbe: {prob}. {first}"
    ],
    "it": [
        "Buongiorno, il collega {other} vi ha scritto {day} (segnalazione {case}). Idem qui: {prob}. {first}"
    ],
    "pt": [
        "Olá, o meu colega {other} já escreveu na {day} (pedido {case}). O mesmo aqui: {prob}. {first}"
    ],
}
B2B_LAST_CALL: T = {
    "es": [
        "hola llamo por la incidencia {case} sigue todo igual varios compañeros os han escrito y mi jefa dice que si no se arregla esta semana nos vamos a otro proveedor"
    ],
    "en": [
        "hi calling about case {case} nothing's changed several of us have written and my boss says we move the account if it isn't fixed this week"
    ],
    "fr": [
        "bonjour j'appelle pour le dossier {case} rien n'a changé plusieurs collègues ont écrit et ma cheffe dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "hallo ich rufe wegen Vorgang {case} an es hat sich nichts getan mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
    ],
    "it": [
        "pronto chiamo per la segnalazione {case} niente è cambiato più colleghi vi hanno scritto e il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "pt": [
        "olá ligo pelo pedido {case} nada mudou vários colegas escreveram e a minha chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}
B2B_LAST_MAIL: T = {
    "es": [
        "{case}: sigue sin arreglarse y ya os han escrito varios compañeros. Compras ya ha pedido precios a {comp}. {first}"
    ],
    "en": [
        "{case}: still not fixed and several colleagues have written. Procurement has already asked {comp} for their rates. {first}"
    ],
    "fr": [
        "{case} : toujours rien et plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}. {first}"
    ],
    "de": [
        "{case}: immer noch nicht gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt. {first}"
    ],
    "it": [
        "{case}: ancora niente e più colleghi vi hanno scritto. Gli acquisti hanno già chiesto prezzi a {comp}. {first}"
    ],
    "pt": [
        "{case}: continua sem solução e vários colegas escreveram. As compras já pediram preços à {comp}. {first}"
    ],
}
B2B_ACK: T = {
    "es": [
        "Hola {first}, gracias. Lo hemos registrado como incidencia {case} y lo revisa el equipo de cuentas. {agent}"
    ],
    "en": ["Hi {first}, thanks. Logged as case {case}, our accounts team is on it. {agent}"],
    "fr": [
        "Bonjour {first}, merci. Enregistré sous le dossier {case}, l'équipe comptes s'en charge. {agent}"
    ],
    "de": ["Hallo {first}, danke. Erfasst als Vorgang {case}, unser Kundenteam prüft das. {agent}"],
    "it": [
        "Ciao {first}, grazie. Registrato come segnalazione {case}, se ne occupa il team clienti. {agent}"
    ],
    "pt": [
        "Olá {first}, obrigado. Registado como pedido {case}, a equipa de contas está a tratar. {agent}"
    ],
}
B2B_SUGGEST: T = {
    "es": [
        "Sugerencia: estaría bien poder exportar los pedidos por centro de coste.",
        "Una idea: mostrar la fecha de entrega prevista en el albarán.",
    ],
    "en": [
        "Suggestion: it'd help to export orders by cost centre.",
        "Idea: show the expected delivery date on the delivery note.",
    ],
    "fr": ["Suggestion : pouvoir exporter les commandes par centre de coût."],
    "de": ["Vorschlag: Aufträge nach Kostenstelle exportieren können."],
    "it": ["Suggerimento: esportare gli ordini per centro di costo."],
    "pt": ["Sugestão: exportar encomendas por centro de custo."],
}
B2B_Q: T = {
    "es": [
        "hola, el pedido de folletos de esta mañana ya está en producción?",
        "se puede añadir una dirección de entrega nueva a la cuenta?",
    ],
    "en": [
        "hi, is this morning's brochure order in production yet?",
        "can we add a new delivery address to the account?",
    ],
    "fr": ["bonjour, la commande de flyers de ce matin est en production ?"],
    "de": ["Hallo, ist der Flyer-Auftrag von heute früh schon in Produktion?"],
    "it": ["ciao, l'ordine di volantini di stamattina è in produzione?"],
    "pt": ["olá, a encomenda de folhetos de hoje já está em produção?"],
}
B2B_A: T = {
    "es": ["Hola, sí, en producción, sale mañana. {agent}"],
    "en": ["Hi, yes, in production, ships tomorrow. {agent}"],
    "fr": ["Bonjour, oui, en production, expédié demain. {agent}"],
    "de": ["Hallo, ja, in Produktion, geht morgen raus. {agent}"],
    "it": ["Ciao, sì, in produzione, parte domani. {agent}"],
    "pt": ["Olá, sim, em produção, sai amanhã. {agent}"],
}
B2B_PRAISE: T = {
    "es": ["Los roll-ups para la feria han llegado perfectos, gracias {brand}"],
    "en": ["Event banners arrived spot on, cheers {brand}"],
    "fr": ["Les kakémonos du salon sont parfaits, merci {brand}"],
    "de": ["Die Roll-ups für die Messe sind perfekt, danke {brand}"],
    "it": ["I roll-up per la fiera sono perfetti, grazie {brand}"],
    "pt": ["Os roll-ups da feira chegaram perfeitos, obrigado {brand}"],
}
WEEKDAY = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}

# The planted incident (topic_spike only).
SPIKE_TOPIC = "photo-book app: saved draft projects open empty (0 photos, no pages), work lost before ordering, error ALB-276"
SPIKE: T = {
    "es": [
        "{brand} he abierto la app y mi fotolibro de la boda sale VACÍO, 0 fotos, meses de trabajo. Error {code}",
        "oye que el borrador del álbum ha desaparecido, abro el proyecto y no hay ni una página",
        "mis proyectos guardados salen en blanco!! pone {code} y no deja recuperar nada",
    ],
    "en": [
        "{brand} opened the app and my saved photo book is EMPTY, 0 photos, weeks of work gone. Error {code}",
        "my draft album has just vanished, project opens with no pages at all",
        "all my saved projects show blank!! says {code} and won't restore anything",
    ],
    "fr": [
        "{brand} mon livre photo enregistré s'ouvre VIDE, 0 photo. Erreur {code}",
        "mon brouillon d'album a disparu, le projet s'ouvre sans aucune page",
    ],
    "de": [
        "{brand} mein gespeichertes Fotobuch ist LEER, 0 Fotos. Fehler {code}",
        "mein Album-Entwurf ist weg, das Projekt öffnet sich ohne Seiten",
    ],
    "it": [
        "{brand} il mio fotolibro salvato si apre VUOTO, 0 foto. Errore {code}",
        "la bozza dell'album è sparita, il progetto si apre senza pagine",
    ],
    "pt": [
        "{brand} o meu álbum guardado abre VAZIO, 0 fotos. Erro {code}",
        "o rascunho do álbum desapareceu, o projeto abre sem páginas",
    ],
}
SPIKE_AGAIN: T = {
    "es": [
        "Sigue igual, ahora también en el ordenador: proyecto vacío, {code}. Por favor decidme que no se ha perdido",
        "lo he probado en el móvil de mi marido y lo mismo, el álbum sigue vacío",
    ],
    "en": [
        "Still the same, on the laptop too now: project empty, {code}. Please tell me it's not lost",
        "tried on my husband's phone, same thing, album still empty",
    ],
    "fr": ["Toujours pareil sur l'ordinateur aussi, projet vide, {code}"],
    "de": ["Immer noch, jetzt auch am Laptop: Projekt leer, {code}"],
    "it": ["Ancora uguale anche dal computer, progetto vuoto, {code}"],
    "pt": ["Continua igual também no computador, projeto vazio, {code}"],
}
SPIKE_CHAT_A: T = {
    "es": [
        "Sí, ahora mismo los proyectos guardados se abren vacíos para muchos clientes; tus fotos no se han borrado y el equipo técnico está en ello. {agent}"
    ],
    "en": [
        "Yes, saved projects are opening empty for many customers right now; your photos aren't deleted and our engineers are on it. {agent}"
    ],
    "fr": [
        "Oui, les projets enregistrés s'ouvrent vides en ce moment ; vos photos ne sont pas supprimées, nos techniciens s'en occupent. {agent}"
    ],
    "de": [
        "Ja, gespeicherte Projekte öffnen sich gerade leer; Ihre Fotos sind nicht gelöscht, die Technik ist dran. {agent}"
    ],
    "it": [
        "Sì, in questo momento i progetti salvati si aprono vuoti; le foto non sono cancellate, i tecnici ci lavorano. {agent}"
    ],
    "pt": [
        "Sim, neste momento os projetos guardados abrem vazios; as fotos não foram apagadas, os técnicos estão a tratar. {agent}"
    ],
}
SPIKE_FIXED: T = {
    "es": [
        "Hola {first}, tus proyectos vuelven a abrirse con todas las fotos desde las {time}. Te hemos dejado un cupón de 10 € por las molestias. {agent}"
    ],
    "en": [
        "Hi {first}, your projects open with all their photos again since {time}. We've added a {amount} voucher for the trouble. {agent}"
    ],
    "fr": [
        "Bonjour {first}, vos projets s'ouvrent à nouveau avec toutes les photos depuis {time}. Un bon de 10 € a été ajouté. {agent}"
    ],
    "de": [
        "Hallo {first}, Ihre Projekte öffnen sich seit {time} wieder mit allen Fotos. Wir haben einen Gutschein über {amount} hinterlegt. {agent}"
    ],
    "it": [
        "Ciao {first}, dalle {time} i progetti si aprono di nuovo con tutte le foto. Ti abbiamo aggiunto un buono da 10 €. {agent}"
    ],
    "pt": [
        "Olá {first}, desde as {time} os projetos voltam a abrir com todas as fotos. Adicionámos um vale de 10 €. {agent}"
    ],
}
LONE_Q: T = {
    "es": [
        "hola, anoche al abrir mi fotolibro tardó un rato en cargar las fotos y luego salieron todas. es normal?"
    ],
    "en": [
        "hi, last night my photo book took a while to load the photos, then they all showed. is that normal?"
    ],
    "fr": [
        "bonjour, hier soir mon livre photo a mis du temps à charger puis tout s'est affiché, c'est normal ?"
    ],
    "de": [
        "Hallo, gestern Abend hat mein Fotobuch lange geladen, dann war alles da. Ist das normal?"
    ],
    "it": [
        "ciao, ieri sera il fotolibro ci ha messo un po' a caricare poi è apparso tutto, è normale?"
    ],
    "pt": ["olá, ontem à noite o álbum demorou a carregar e depois apareceu tudo, é normal?"],
}
LONE_A: T = {
    "es": ["Sí, con muchas fotos la primera carga tarda un poco; todo está guardado. {agent}"],
    "en": ["Yes, with lots of photos the first load takes a moment; everything is saved. {agent}"],
    "fr": [
        "Oui, avec beaucoup de photos le premier chargement prend un moment ; tout est enregistré. {agent}"
    ],
    "de": ["Ja, bei vielen Fotos dauert das erste Laden etwas; alles ist gespeichert. {agent}"],
    "it": ["Sì, con tante foto il primo caricamento richiede un attimo; è tutto salvato. {agent}"],
    "pt": ["Sim, com muitas fotos o primeiro carregamento demora; está tudo guardado. {agent}"],
}
AGENTS = ["Nuria", "Tom", "Aline", "Katrin", "Paolo", "Rita"]
