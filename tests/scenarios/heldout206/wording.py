# ruff: noqa: E501
"""Wording of heldout206 (Girello, e-scooter subscriptions): every table in every language.

Placeholders are filled by ``make_heldout206.py`` with ``str.format``.
"""

from __future__ import annotations

LANGS = ("es", "it", "en", "fr", "de", "pt")
MARKETS = {
    "es": ("ES",),
    "it": ("IT", "CH"),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT"),
    "pt": ("PT",),
}

FIRST = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Nuria",
        "Pablo",
        "Irene",
        "Raúl",
        "Elena",
        "Diego",
        "Carmen",
        "Álvaro",
    ],
    "it": [
        "Giulia",
        "Matteo",
        "Chiara",
        "Lorenzo",
        "Francesca",
        "Davide",
        "Sara",
        "Simone",
        "Elisa",
        "Marco",
        "Valentina",
        "Niccolò",
    ],
    "en": ["Hannah", "Oliver", "Grace", "Callum", "Aoife", "Liam", "Megan", "Rory"],
    "fr": ["Camille", "Julien", "Manon", "Théo", "Chloé", "Hugo", "Inès", "Bastien"],
    "de": ["Lena", "Jonas", "Katrin", "Florian", "Miriam", "Tobias", "Anja", "Lukas"],
    "pt": ["Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Duarte", "Catarina", "Nuno"],
}
LAST = {
    "es": [
        "Ortega",
        "Navarro",
        "Ibáñez",
        "Serrano",
        "Molina",
        "Castaño",
        "Herrera",
        "Vidal",
        "Peña",
        "Roldán",
    ],
    "it": [
        "Ferrante",
        "Bassi",
        "Galli",
        "Marchetti",
        "Rinaldi",
        "Colombo",
        "Deiana",
        "Longo",
        "Sartori",
        "Fabbri",
    ],
    "en": ["Whitlock", "Brennan", "Hargreaves", "Doyle", "Pemberton", "Kavanagh"],
    "fr": ["Lefèvre", "Moreau", "Garnier", "Rousseau", "Chevalier", "Perrin"],
    "de": ["Böhm", "Krämer", "Vogel", "Seidel", "Hartmann", "Brandl"],
    "pt": ["Figueiredo", "Carvalho", "Antunes", "Teixeira", "Lobo", "Sequeira"],
}
TOWNS = {
    "ES": ["Zaragoza", "Valencia", "Málaga", "Bilbao"],
    "IT": ["Bologna", "Torino", "Bari", "Verona"],
    "CH": ["Lugano", "Bellinzona"],
    "UK": ["Leeds", "Bristol"],
    "IE": ["Cork", "Galway"],
    "FR": ["Nantes", "Lille"],
    "BE": ["Liège", "Namur"],
    "DE": ["Leipzig", "Freiburg"],
    "AT": ["Graz", "Linz"],
    "PT": ["Braga", "Coimbra"],
}
PHONE = {
    "ES": ("+34", "6", 8),
    "IT": ("+39", "3", 9),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "PT": ("+351", "9", 8),
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}

PRODUCTS = [
    ("City scooter 25 km/h, monthly / Patinete urbano, mensual", "19.90"),
    ("Long-range scooter 60 km, monthly / Monopattino lunga autonomia, mensile", "29.90"),
    ("Seated scooter, monthly / Patinete con asiento, mensual", "34.90"),
    ("Helmet and lock pack / Pack casco y candado", "24.00"),
    ("Spare charger / Cargador de repuesto", "18.50"),
    ("Girello Club, yearly / Girello Club, annuale", "49.00"),
]
PAGES = ["/app/scooter", "/club", "/swap", "/service-visit", "/plans", "/helmets", "/faq/battery"]

PRAISE = {
    "es": [
        "El patinete de Girello me ha cambiado las mañanas, llego al curro en 12 minutos y sin sudar",
        "Cambio de batería en casa en media hora, el técnico majísimo. Girello, sois unos cracks",
        "Tres meses con el patinete de Girello y ni un problema, lo recomiendo a todo el mundo",
    ],
    "it": [
        "Il monopattino di Girello è la cosa migliore che ho fatto quest'anno, in ufficio in dieci minuti",
        "Tecnico Girello arrivato puntuale, freno sistemato in venti minuti. Grandi!",
        "Con l'abbonamento Girello niente più autobus pieni, consigliatissimo",
    ],
    "en": [
        "Girello scooter sorted my commute, 15 minutes door to door and no parking fees",
        "Swap van came within the hour, new scooter, no fuss. Cheers Girello",
    ],
    "fr": [
        "Trottinette Girello au top, je traverse la ville en 12 minutes",
        "Technicien Girello venu à l'heure, pneu changé en un quart d'heure, merci",
    ],
    "de": [
        "Mit dem Girello-Roller bin ich morgens in zehn Minuten im Büro, herrlich",
        "Girello-Techniker kam pünktlich, Bremse nachgestellt, alles super",
    ],
    "pt": [
        "A trotinete da Girello mudou as minhas manhãs, chego ao trabalho em dez minutos",
        "Técnico da Girello chegou a horas e trocou o pneu num instante, obrigada",
    ],
}
AGAIN = {
    "es": [
        "Tercera vez que me cambian la batería en casa y otra vez en menos de una hora, así da gusto",
        "Otra vez el mismo técnico simpático, ya nos conocemos jaja",
    ],
    "it": [
        "Terza volta che chiamo l'assistenza e ancora una volta risolto in giornata",
        "Ancora soddisfatta dopo un anno di abbonamento, il monopattino va come il primo giorno",
    ],
    "en": ["Third swap this year and again it was done before my coffee went cold"],
    "fr": ["Troisième fois que j'appelle le service et encore une fois réglé le jour même"],
    "de": ["Schon wieder so schnell getauscht, dritte Mal dieses Jahr und immer noch begeistert"],
    "pt": ["Terceira vez que troco a bateria e outra vez em menos de uma hora, impecável"],
}
GRIPE_PRAISE = {
    "es": [
        "Muy contenta con el patinete, solo que el candado pesa un montón. Por lo demás genial",
        "Todo bien con Girello, aunque la app tarda en abrir por las mañanas",
    ],
    "it": [
        "Monopattino ottimo, solo il cavalletto è un po' traballante. Per il resto perfetto",
        "Servizio top, peccato che il casco incluso sia solo taglia unica",
    ],
    "en": ["Love the scooter, only wish the charger cable was longer. Otherwise spot on"],
    "fr": ["Très bien dans l'ensemble, juste la sonnette qui grince un peu"],
    "de": ["Sehr gut, nur das Ladekabel ist etwas kurz. Sonst gerne weiter so"],
    "pt": ["Muito satisfeito, só o suporte do telemóvel é que abana um bocado"],
}
REVIEW = {
    "es": ["Buen servicio, patinete nuevo y el cambio de batería gratis con el Club"],
    "it": ["Abbonamento comodo e assistenza veloce, cinque stelle"],
    "en": ["Decent scooters, friendly techs, fair monthly price"],
    "fr": ["Abonnement pratique, service rapide, je recommande"],
    "de": ["Fairer Monatspreis, schneller Service, klare Empfehlung"],
    "pt": ["Serviço rápido e trotinete em ótimo estado, recomendo"],
}
JOKE = {
    "es": ["Mi perro ya reconoce el pitido del patinete y sale a la puerta jajaja"],
    "it": ["Mia nonna vuole l'abbonamento Girello anche lei, ha 81 anni ahah"],
    "en": ["My cat now sleeps on the scooter deck, might need a second subscription lol"],
    "fr": ["Mon fils appelle la trottinette « la fusée », il veut la même pour ses 6 ans mdr"],
    "de": ["Meine Nachbarin fragt schon, ob sie den Roller mal ausleihen darf haha"],
    "pt": ["O meu filho já diz que quer ser técnico da Girello quando for grande ahah"],
}
SURVEY_WORD = {
    "es": ["genial", "todo perfecto", "👍", ""],
    "it": ["ottimo", "tutto bene", "👌", ""],
    "en": ["great", "all good", "👍", ""],
    "fr": ["parfait", "top", "👍", ""],
    "de": ["super", "alles gut", "👍", ""],
    "pt": ["ótimo", "tudo certo", "👍", ""],
}
THANKS = {
    "es": ["mil gracias, crack", "genial, gracias!!", "vale, graciaaas"],
    "it": ["grazie mille, top", "perfetto grz", "ok grazie!!"],
    "en": ["cheers mate", "ta, legend"],
    "fr": ["merci, au top", "super merci !"],
    "de": ["danke, spitze", "merci dir!"],
    "pt": ["obg, és um espetáculo", "valeu, obrigado!"],
}
CHAT_Q = {
    "es": [
        "¿Puedo cambiar el patinete urbano por el de asiento sin pagar permanencia?",
        "Hola, ¿el Club incluye el cambio de ruedas o solo la batería?",
        "¿Cuánto se tarda en cargar la batería de larga autonomía?",
    ],
    "it": [
        "Posso mettere in pausa l'abbonamento ad agosto?",
        "Ciao, il Club copre anche la foratura?",
        "Quanto dura la batteria del modello lunga autonomia con il freddo?",
    ],
    "en": ["Can I pause my subscription while I'm away for three weeks?"],
    "fr": ["Est-ce que je peux passer au modèle avec siège en cours de mois ?"],
    "de": ["Kann ich das Abo im Winter pausieren?"],
    "pt": ["Posso trocar para o modelo com assento a meio do mês?"],
}
CHAT_A = {
    "es": "Hola {name}, sí, sin problema: lo tienes en la app, en Mi plan. Cualquier cosa nos dices. Un saludo, {agent}",
    "it": "Ciao {name}, certo: lo trovi nell'app, in Il mio piano. Per qualsiasi cosa siamo qui. {agent}",
    "en": "Hi {name}, yes, you can do that in the app under My plan. Any trouble, just shout. {agent}",
    "fr": "Bonjour {name}, oui, c'est possible dans l'appli, rubrique Mon offre. Bonne journée, {agent}",
    "de": "Hallo {name}, ja, das geht in der App unter Mein Tarif. Viele Grüße, {agent}",
    "pt": "Olá {name}, sim, é possível na app, em O meu plano. Qualquer coisa diga. {agent}",
}
EMAIL_Q = {
    "es": [
        (
            "Duda con la factura",
            "Hola, ¿me podéis decir si la cuota del Club se cobra el día 1 o el día que me di de alta? Gracias, {name}",
        )
    ],
    "it": [
        (
            "Domanda fattura",
            "Buongiorno, la quota del Club viene addebitata il primo del mese o alla data di iscrizione? Grazie, {name}",
        )
    ],
    "en": [
        (
            "Billing question",
            "Hi, is the Club fee taken on the 1st or on the day I joined? Thanks, {name}",
        )
    ],
    "fr": [
        (
            "Question facture",
            "Bonjour, la cotisation du Club est prélevée le 1er du mois ou à la date d'inscription ? Merci, {name}",
        )
    ],
    "de": [
        (
            "Frage zur Rechnung",
            "Hallo, wird der Club-Beitrag am Monatsersten abgebucht oder am Tag der Anmeldung? Danke, {name}",
        )
    ],
    "pt": [
        (
            "Dúvida fatura",
            "Olá, a quota do Club é cobrada no dia 1 ou no dia em que aderi? Obrigada, {name}",
        )
    ],
}
EMAIL_A = {
    "es": (
        "RE: Duda",
        "Hola {name}, se cobra el mismo día del mes en que te diste de alta. Un saludo, {agent} (Girello)",
    ),
    "it": (
        "R: Domanda",
        "Ciao {name}, l'addebito avviene lo stesso giorno del mese dell'iscrizione. Saluti, {agent} (Girello)",
    ),
    "en": (
        "Re: Your question",
        "Hi {name}, it's taken on the same day of the month you joined. Best, {agent} (Girello)",
    ),
    "fr": (
        "RE : Votre question",
        "Bonjour {name}, le prélèvement a lieu le même jour du mois que l'inscription. Cordialement, {agent} (Girello)",
    ),
    "de": (
        "AW: Ihre Frage",
        "Hallo {name}, der Beitrag wird am selben Tag im Monat wie die Anmeldung abgebucht. Viele Grüße, {agent} (Girello)",
    ),
    "pt": (
        "RE: A sua questão",
        "Olá {name}, é cobrada no mesmo dia do mês em que aderiu. Cumprimentos, {agent} (Girello)",
    ),
}
CALL_Q = {
    "es": [
        "hola buenos días quería saber si puedo pedir un casco de otra talla para mi hija que también usa el patinete",
        "sí mire llamaba para saber si el técnico puede venir el sábado por la mañana",
    ],
    "it": [
        "buongiorno volevo sapere se posso avere un casco di un'altra taglia per mio figlio",
        "sì salve chiamavo per sapere se il tecnico può passare sabato mattina",
    ],
    "en": ["hi there just wondering if the technician can come on saturday morning instead"],
    "fr": ["bonjour je voulais savoir si le technicien peut passer samedi matin plutôt"],
    "de": ["hallo ich wollte fragen ob der Techniker auch am Samstagvormittag kommen kann"],
    "pt": ["bom dia queria saber se o técnico pode vir no sábado de manhã"],
}
CALL_FOLLOW = {
    "es": (
        "Tu llamada de hoy",
        "Hola {name}, como hablamos por teléfono, queda confirmado. Gracias por llamar. {agent} (Girello)",
    ),
    "it": (
        "La sua chiamata di oggi",
        "Ciao {name}, come detto al telefono, è tutto confermato. Grazie, {agent} (Girello)",
    ),
    "en": (
        "Your call today",
        "Hi {name}, as discussed on the phone, that's all confirmed. Thanks for calling, {agent} (Girello)",
    ),
    "fr": (
        "Votre appel",
        "Bonjour {name}, comme convenu au téléphone, c'est confirmé. Merci, {agent} (Girello)",
    ),
    "de": (
        "Ihr Anruf heute",
        "Hallo {name}, wie am Telefon besprochen ist alles bestätigt. Danke, {agent} (Girello)",
    ),
    "pt": (
        "A sua chamada",
        "Olá {name}, como falámos ao telefone, fica confirmado. Obrigado, {agent} (Girello)",
    ),
}
NIGHT_POST = {
    "es": [
        "3 de la mañana, turno de noche acabado y el patinete de Girello esperándome en la puerta del hospital. Amor",
        "insomnio y viendo vídeos de patinetes a las 2, lo mío no es normal",
    ],
    "it": [
        "Fine turno all'una e mezza, il monopattino Girello mi riporta a casa in dieci minuti. Amore",
        "le 2 di notte e sto guardando gli accessori Girello, aiuto",
    ],
    "en": ["Night shift done, Girello scooter home at 2am, empty streets, bliss"],
    "fr": ["Sortie du service de nuit à 2h, la trottinette Girello m'attendait, le bonheur"],
    "de": ["Nachtschicht vorbei, mit dem Girello-Roller um 2 Uhr durch die leere Stadt, herrlich"],
    "pt": ["Saí do turno da noite às 2h e a trotinete da Girello levou-me a casa num instante"],
}
NIGHT_Q = {
    "es": [
        "¿se puede cargar la batería de noche entera o es malo?",
        "una pregunta a estas horas, ¿el cambio de batería del sábado es gratis con el Club?",
    ],
    "it": [
        "si può lasciare la batteria in carica tutta la notte?",
        "domanda notturna: il cambio batteria del sabato è gratis col Club?",
    ],
    "en": ["is it ok to leave the battery charging overnight?"],
    "fr": ["on peut laisser la batterie en charge toute la nuit ?"],
    "de": ["darf der Akku die ganze Nacht laden?"],
    "pt": ["pode-se deixar a bateria a carregar a noite toda?"],
}
NIGHT_A = {
    "es": "Hola {name}, sí, el cargador corta solo al llegar al 100 %. ¡Buenas noches! {agent}",
    "it": "Ciao {name}, sì, il caricatore si ferma da solo al 100 %. Buonanotte! {agent}",
    "en": "Hi {name}, yes, the charger stops by itself at 100 %. Night! {agent}",
    "fr": "Bonjour {name}, oui, le chargeur s'arrête seul à 100 %. Bonne nuit ! {agent}",
    "de": "Hallo {name}, ja, das Ladegerät schaltet bei 100 % selbst ab. Gute Nacht! {agent}",
    "pt": "Olá {name}, sim, o carregador desliga sozinho aos 100 %. Boa noite! {agent}",
}

# The six consumer problems: what the customer says went wrong.
PROBLEM = {
    "no_show": {
        "es": "el técnico del cambio de patinete no vino el sábado y me tuve que ir en taxi",
        "it": "il tecnico per la sostituzione non si è presentato sabato e ho preso il taxi",
        "en": "the swap technician never turned up on Saturday and I had to get a taxi",
        "fr": "le technicien pour l'échange n'est jamais venu samedi, j'ai dû prendre un taxi",
        "de": "der Techniker für den Tausch ist am Samstag nicht gekommen, ich musste ein Taxi nehmen",
        "pt": "o técnico da troca não apareceu no sábado e tive de apanhar um táxi",
    },
    "double_charge": {
        "es": "me habéis cobrado la cuota de octubre DOS veces, 29,90 y otros 29,90",
        "it": "mi avete addebitato la quota DUE volte, 29,90 e altri 29,90",
        "en": "you charged my monthly fee TWICE, 29.90 and another 29.90",
        "fr": "vous avez prélevé l'abonnement DEUX fois, 29,90 puis encore 29,90",
        "de": "ihr habt die Monatsgebühr ZWEIMAL abgebucht, 29,90 und nochmal 29,90",
        "pt": "cobraram a mensalidade DUAS vezes, 29,90 e mais 29,90",
    },
    "damage": {
        "es": "el patinete nuevo llegó con el freno trasero roto y casi me como un coche",
        "it": "il monopattino nuovo è arrivato con il freno posteriore rotto, ho rischiato grosso",
        "en": "the new scooter came with the rear brake broken and I nearly went under a van",
        "fr": "la nouvelle trottinette est arrivée avec le frein arrière cassé, j'ai failli y passer",
        "de": "der neue Roller kam mit kaputter Hinterbremse, ich wäre fast unters Auto gekommen",
        "pt": "a trotinete nova chegou com o travão de trás partido e quase fui contra um carro",
    },
    "refund": {
        "es": "me di de baja hace tres semanas y la fianza de 80 € sigue sin aparecer",
        "it": "ho disdetto tre settimane fa e la cauzione di 80 € non è ancora tornata",
        "en": "I ended my plan three weeks ago and the 80 deposit still hasn't come back",
        "fr": "j'ai résilié il y a trois semaines et la caution de 80 € n'est toujours pas revenue",
        "de": "ich habe vor drei Wochen gekündigt und die 80 € Kaution ist immer noch nicht zurück",
        "pt": "cancelei há três semanas e a caução de 80 € ainda não voltou",
    },
    "wrong_price": {
        "es": "soy del Club y me habéis cobrado el cambio de rueda a precio de no socio, 25 €",
        "it": "sono socia del Club e mi avete fatto pagare la ruota a prezzo pieno, 25 €",
        "en": "I'm a Club member and got charged the non-member price for a tyre swap, 25",
        "fr": "je suis membre du Club et on m'a facturé le pneu au prix non-membre, 25 €",
        "de": "ich bin im Club und mir wurde der Reifenwechsel zum Nichtmitgliedspreis berechnet, 25 €",
        "pt": "sou sócia do Club e cobraram a troca de pneu a preço de não sócio, 25 €",
    },
    "cancel_fee": {
        "es": "anulé la visita del técnico con tres días de antelación y aun así me cobrais 15 € de penalización",
        "it": "ho annullato la visita del tecnico tre giorni prima e mi addebitate lo stesso 15 € di penale",
        "en": "I cancelled the technician visit three days ahead and you still charged a 15 cancellation fee",
        "fr": "j'ai annulé la visite du technicien trois jours avant et vous me facturez quand même 15 € de pénalité",
        "de": "ich habe den Technikertermin drei Tage vorher abgesagt und trotzdem 15 € Stornogebühr bezahlt",
        "pt": "cancelei a visita do técnico com três dias de antecedência e mesmo assim cobraram 15 € de multa",
    },
}
TOPIC = {
    "no_show": {
        "es": "técnico que no vino",
        "it": "tecnico non arrivato",
        "en": "technician no-show",
        "fr": "technicien absent",
        "de": "Techniker nicht gekommen",
        "pt": "técnico não apareceu",
    },
    "double_charge": {
        "es": "cobro doble",
        "it": "doppio addebito",
        "en": "double charge",
        "fr": "double prélèvement",
        "de": "doppelte Abbuchung",
        "pt": "cobrança dupla",
    },
    "damage": {
        "es": "patinete con freno roto",
        "it": "freno rotto",
        "en": "broken brake",
        "fr": "frein cassé",
        "de": "kaputte Bremse",
        "pt": "travão partido",
    },
    "refund": {
        "es": "fianza no devuelta",
        "it": "cauzione non resa",
        "en": "deposit not returned",
        "fr": "caution non rendue",
        "de": "Kaution nicht zurück",
        "pt": "caução não devolvida",
    },
    "wrong_price": {
        "es": "precio de no socio",
        "it": "prezzo da non socio",
        "en": "non-member price",
        "fr": "prix non-membre",
        "de": "Nichtmitgliedspreis",
        "pt": "preço de não sócio",
    },
    "cancel_fee": {
        "es": "penalización injusta",
        "it": "penale ingiusta",
        "en": "unfair cancellation fee",
        "fr": "pénalité injuste",
        "de": "unfaire Stornogebühr",
        "pt": "multa injusta",
    },
}
COMPLAINT_SUBJ = {
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
}
SHORT_EMAIL = {
    "es": [
        "Hola, {what}. Quiero una solución YA. {name}",
        "Buenas, os escribo porque {what}. Esto no puede ser, espero respuesta hoy. {name}",
    ],
    "it": [
        "Buongiorno, {what}. Voglio una soluzione SUBITO. {name}",
        "Salve, vi scrivo perché {what}. Non è accettabile, aspetto risposta oggi. {name}",
    ],
    "en": ["Hi, {what}. I want this sorted TODAY. {name}"],
    "fr": ["Bonjour, {what}. Je veux une solution AUJOURD'HUI. {name}"],
    "de": ["Hallo, {what}. Ich erwarte HEUTE eine Lösung. {name}"],
    "pt": ["Olá, {what}. Quero isto resolvido HOJE. {name}"],
}
LONG_EMAIL = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde la sala de espera del pediatra, con el pequeño con fiebre en brazos, así que perdonen si me enrollo. Llevo casi un año con ustedes, primero el patinete urbano y luego el de asiento porque con la rodilla operada lo necesito para ir al trabajo, y hasta ahora no tenía queja ninguna. Pero esta semana {what}, y cuando llamé nadie supo decirme nada.\n\nNo les pido nada raro: que lo arreglen y que alguien me llame. Tengo que ir a trabajar igual.\n\nUn saludo,\n{name}",
        "Hola:\n\nAprovecho que estoy en el coche esperando a que salga mi madre de rehabilitación. Estamos de mudanza, con cajas por todas partes y mi suegro en casa mientras le arreglan la suya, así que el patinete era lo único que funcionaba bien en mi vida. Hasta que {what}.\n\nLes agradecería una respuesta por escrito y una solución esta semana.\n\nAtentamente,\n{name}",
    ],
    "it": [
        "Buonasera,\n\nvi scrivo dal corridoio dell'ospedale mentre aspetto che mio padre esca dalla visita, quindi scusate se sono confusa. Sono abbonata da più di un anno e ho sempre parlato bene di voi a tutti, colleghi compresi. Questa settimana però {what}, e al telefono mi hanno rimbalzata da un reparto all'altro.\n\nVi chiedo solo di sistemare e di farmi richiamare da qualcuno che sappia qualcosa.\n\nCordiali saluti,\n{name}",
        "Gentile Girello,\n\nscrivo dalla macchina, fuori dalla piscina dei bambini, perché a casa tra il trasloco e i lavori non ho un minuto. Il monopattino era l'unica cosa che funzionava. Poi {what}.\n\nAttendo una risposta scritta entro la settimana.\n\n{name}",
    ],
    "en": [
        "Dear Girello,\n\nI'm writing this on the bus, ironically, because {what}. I've been with you since last spring and recommended you to half my office, so this is disappointing. I'd like someone to call me and fix it this week.\n\nRegards,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné, entre deux séances. Abonnée depuis un an, je n'avais jamais eu de souci, mais cette semaine {what}. Je souhaite une réponse écrite et une solution rapide.\n\nCordialement,\n{name}"
    ],
    "de": [
        "Sehr geehrtes Girello-Team,\n\nich schreibe aus dem Wartezimmer beim Zahnarzt, zwischen zwei Terminen. Seit einem Jahr bin ich zufriedene Kundin, aber diese Woche {what}. Ich bitte um eine schriftliche Antwort und eine Lösung.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo da sala de espera do centro de saúde. Sou cliente há um ano e nunca tive razão de queixa, mas esta semana {what}. Peço uma resposta por escrito e uma solução rápida.\n\nCumprimentos,\n{name}"
    ],
}
CHAT_COMPLAINT = {
    "es": ["oye que {what}, qué hacemos??", "Hola, {what}. ESTOY HARTA"],
    "it": ["senti, {what}, come la risolviamo??", "Ciao, {what}. SONO STUFA"],
    "en": ["hey, {what}, what now??"],
    "fr": ["bonjour, {what}, on fait comment ??"],
    "de": ["hallo, {what}, was jetzt??"],
    "pt": ["olá, {what}, e agora??"],
}
SOCIAL_COMPLAINT = {
    "es": ["@Girello {what}. VERGONZOSO", "Increíble, {what}. Gracias por nada @Girello"],
    "it": ["@Girello {what}. VERGOGNOSO", "Incredibile, {what}. Grazie di niente @Girello"],
    "en": ["@Girello {what}. UNREAL"],
    "fr": ["@Girello {what}. HONTEUX"],
    "de": ["@Girello {what}. UNFASSBAR"],
    "pt": ["@Girello {what}. VERGONHOSO"],
}
FORM_COMPLAINT = {
    "es": "Reclamación: {what}. Pido que se corrija cuanto antes.",
    "it": "Reclamo: {what}. Chiedo che venga corretto al più presto.",
    "en": "Complaint: {what}. Please put this right as soon as possible.",
    "fr": "Réclamation : {what}. Merci de corriger au plus vite.",
    "de": "Beschwerde: {what}. Bitte schnellstmöglich korrigieren.",
    "pt": "Reclamação: {what}. Peço que corrijam o quanto antes.",
}
CALL_COMPLAINT = {
    "es": "sí hola mire le llamo porque {what} y estoy bastante enfadada la verdad",
    "it": "sì pronto chiamo perché {what} e sono parecchio arrabbiata",
    "en": "yeah hi i'm calling because {what} and honestly i'm fuming",
    "fr": "oui bonjour j'appelle parce que {what} et franchement je suis en colère",
    "de": "ja hallo ich rufe an weil {what} und ich bin echt sauer",
    "pt": "sim olá estou a ligar porque {what} e estou mesmo chateada",
}
CASE_OPENED = {
    "es": (
        "Incidencia {case}",
        "Hola {name}, sentimos lo ocurrido. Hemos abierto la incidencia {case} y la revisamos hoy mismo. {agent} (Girello)",
    ),
    "it": (
        "Segnalazione {case}",
        "Ciao {name}, ci dispiace. Abbiamo aperto la segnalazione {case} e la verifichiamo oggi. {agent} (Girello)",
    ),
    "en": (
        "Your case {case}",
        "Hi {name}, sorry about this. We've opened case {case} and are looking at it today. {agent} (Girello)",
    ),
    "fr": (
        "Demande {case}",
        "Bonjour {name}, désolés. Nous avons ouvert la demande {case} et la traitons aujourd'hui. {agent} (Girello)",
    ),
    "de": (
        "Vorgang {case}",
        "Hallo {name}, das tut uns leid. Wir haben den Vorgang {case} angelegt und prüfen ihn heute. {agent} (Girello)",
    ),
    "pt": (
        "Pedido {case}",
        "Olá {name}, lamentamos. Abrimos o pedido {case} e vamos tratar hoje. {agent} (Girello)",
    ),
}
CHAT_CASE = {
    "es": "Lo siento mucho, {name}. Te abro la incidencia {case} y te escribimos por correo. {agent}",
    "it": "Mi dispiace molto, {name}. Apro la segnalazione {case} e ti scriviamo via email. {agent}",
    "en": "Really sorry, {name}. I've opened case {case}, we'll email you. {agent}",
    "fr": "Vraiment désolé, {name}. J'ouvre la demande {case}, on vous écrit par e-mail. {agent}",
    "de": "Das tut mir sehr leid, {name}. Ich lege den Vorgang {case} an, wir melden uns per Mail. {agent}",
    "pt": "Lamento imenso, {name}. Abri o pedido {case}, vamos escrever por e-mail. {agent}",
}
GOOD_NEWS = {
    "es": (
        "RE: Incidencia {case}",
        "Hola {name}, buenas noticias: la incidencia {case} está resuelta. ¿Nos confirmas que todo está bien? {agent} (Girello)",
    ),
    "it": (
        "R: Segnalazione {case}",
        "Ciao {name}, buone notizie: la segnalazione {case} è risolta. Ci confermi che è tutto a posto? {agent} (Girello)",
    ),
    "en": (
        "Re: Your case {case}",
        "Hi {name}, good news: case {case} is sorted. Could you confirm all is well? {agent} (Girello)",
    ),
    "fr": (
        "RE : Demande {case}",
        "Bonjour {name}, bonne nouvelle : la demande {case} est réglée. Pouvez-vous confirmer ? {agent} (Girello)",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Hallo {name}, gute Nachricht: Vorgang {case} ist erledigt. Können Sie das bestätigen? {agent} (Girello)",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Olá {name}, boas notícias: o pedido {case} está resolvido. Pode confirmar? {agent} (Girello)",
    ),
}
CONFIRM = {
    "es": "Confirmado, {case} resuelto, todo bien. Gracias!",
    "it": "Confermo, {case} risolta, tutto ok. Grazie!",
    "en": "Confirmed, {case} is sorted, all good. Thanks!",
    "fr": "Je confirme, {case} réglée, tout va bien. Merci !",
    "de": "Bestätigt, {case} ist erledigt, alles gut. Danke!",
    "pt": "Confirmo, {case} resolvido, está tudo bem. Obrigada!",
}
APOLOGY = {
    "es": [
        "Perdón por cómo escribí ayer, estaba muy quemada. Gracias por la paciencia",
        "Oye, siento el tono de ayer, no era con vosotros",
    ],
    "it": [
        "Scusate per i toni di ieri, ero esasperata. Grazie della pazienza",
        "Ieri ho esagerato, scusatemi",
    ],
    "en": ["Sorry for my tone yesterday, bad day. Thanks for your patience"],
    "fr": ["Désolée pour mon ton d'hier, mauvaise journée. Merci de votre patience"],
    "de": ["Sorry für meinen Ton gestern, war ein schlechter Tag. Danke für die Geduld"],
    "pt": ["Desculpem o tom de ontem, foi um dia mau. Obrigada pela paciência"],
}
REPEAT_LATER = {
    "es": [
        "Sigo igual con {case}: {what}. Nadie me ha dicho nada",
        "Vuelvo a escribir por {case}, sigue SIN resolver: {what}",
    ],
    "it": [
        "Sono ancora qui con {case}: {what}. Nessuno mi ha risposto",
        "Riscrivo per {case}, ancora NON risolto: {what}",
    ],
    "en": ["Still waiting on {case}: {what}. Nobody's got back to me"],
    "fr": ["Toujours rien pour {case} : {what}. Personne ne m'a répondu"],
    "de": ["Immer noch nichts zu {case}: {what}. Niemand meldet sich"],
    "pt": ["Continua tudo igual com {case}: {what}. Ninguém me disse nada"],
}
REPEAT_THIRD = {
    "es": "Tercera vez que escribo por {case}. Una compañera tiene {comp} y se lo arreglan en el día",
    "it": "Terza volta che scrivo per {case}. Una collega ha {comp} e glielo sistemano in giornata",
    "en": "Third time writing about {case}. A colleague's with {comp} and they fix this same day",
    "fr": "Troisième fois que j'écris pour {case}. Une collègue est chez {comp}, c'est réglé dans la journée",
    "de": "Dritte Nachricht zu {case}. Eine Kollegin ist bei {comp}, da geht das am selben Tag",
    "pt": "Terceira vez que escrevo por {case}. Uma colega tem {comp} e resolvem no mesmo dia",
}
REPEAT_FOURTH = {
    "es": "CUARTA vez con {case}. Sigue igual. Ya no sé qué más hacer",
    "it": "QUARTA volta per {case}. Tutto uguale. Non so più cosa fare",
    "en": "FOURTH time about {case}. Nothing has changed",
    "fr": "QUATRIÈME fois pour {case}. Rien n'a changé",
    "de": "VIERTES Mal wegen {case}. Nichts hat sich getan",
    "pt": "QUARTA vez por {case}. Está tudo igual",
}
URGENT = {
    "es": "Lo añado a {case} y lo marco como urgente, {name}. {agent}",
    "it": "Aggiungo a {case} e la segno urgente, {name}. {agent}",
    "en": "Added to {case} and marked urgent, {name}. {agent}",
    "fr": "Ajouté à {case}, marqué urgent, {name}. {agent}",
    "de": "Zu {case} hinzugefügt und als dringend markiert, {name}. {agent}",
    "pt": "Acrescentei ao {case} e marquei como urgente, {name}. {agent}",
}
QUALITY_LEAD = {
    "es": (
        "Incidencia {case}",
        "Hola {name}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent} (Girello)",
    ),
    "it": (
        "Segnalazione {case}",
        "Ciao {name}, la tua segnalazione {case} è ora in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. {agent} (Girello)",
    ),
    "en": (
        "Your case {case}",
        "Hi {name}, case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent} (Girello)",
    ),
    "fr": (
        "Demande {case}",
        "Bonjour {name}, la demande {case} est maintenant suivie par notre responsable qualité, qui vous appellera avant vendredi midi. {agent} (Girello)",
    ),
    "de": (
        "Vorgang {case}",
        "Hallo {name}, Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent} (Girello)",
    ),
    "pt": (
        "Pedido {case}",
        "Olá {name}, o pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta à hora de almoço. {agent} (Girello)",
    ),
}
SLIDE = {
    "es": [
        "El técnico llegó dos horas tarde y sin avisar",
        "Me dieron un patinete con la batería a medias y las ruedas gastadas",
        "Ahora para devolverlo piden fotos de todas las piezas, qué pereza",
        "La fianza retenida dos veces y una semana para liberarla",
        "25 € de 'limpieza' por un patinete que devolví impecable, con las fotos de vuestra propia app. FATAL",
        "Mi cuñado tiene {comp} y ya he pedido uno para el lunes",
    ],
    "it": [
        "Il tecnico è arrivato con due ore di ritardo senza avvisare",
        "Mi hanno dato un monopattino con la batteria a metà e le gomme consumate",
        "Ora per restituirlo vogliono le foto di ogni pezzo, che noia",
        "Cauzione bloccata due volte e una settimana per sbloccarla",
        "25 € di 'pulizia' per un monopattino reso perfetto, con le foto della vostra app. PESSIMI",
        "Mio cognato ha {comp} e ne ho già prenotato uno per lunedì",
    ],
    "en": [
        "Tech turned up two hours late, no call",
        "Got a scooter with a half-charged battery and worn tyres",
        "Now they want photos of every part at return, really?",
        "Deposit held twice and a week to release it",
        "£20 'cleaning fee' for a scooter I returned spotless, with your own app's photos. AWFUL",
        "My brother-in-law is with {comp}, I've ordered one for Monday",
    ],
    "fr": [
        "Le technicien est arrivé avec deux heures de retard, sans prévenir",
        "Trottinette avec batterie à moitié et pneus usés",
        "Maintenant il faut des photos de chaque pièce au retour, sérieux ?",
        "Caution bloquée deux fois, une semaine pour la libérer",
        "25 € de « nettoyage » pour une trottinette rendue nickel, photos de votre appli à l'appui. NUL",
        "Mon beau-frère est chez {comp}, j'en ai commandé une pour lundi",
    ],
    "de": [
        "Techniker kam zwei Stunden zu spät, ohne Anruf",
        "Roller mit halbvollem Akku und abgefahrenen Reifen bekommen",
        "Jetzt wollen sie bei Rückgabe Fotos von jedem Teil, echt jetzt?",
        "Kaution doppelt geblockt und eine Woche bis zur Freigabe",
        "25 € 'Reinigung' für einen blitzsauber zurückgegebenen Roller, mit Fotos aus eurer eigenen App. MIES",
        "Mein Schwager ist bei {comp}, ich habe dort für Montag einen bestellt",
    ],
    "pt": [
        "O técnico chegou duas horas atrasado e sem avisar",
        "Deram-me uma trotinete com a bateria a meio e os pneus gastos",
        "Agora para devolver pedem fotos de todas as peças, a sério?",
        "Caução retida duas vezes e uma semana para a libertar",
        "25 € de 'limpeza' por uma trotinete devolvida impecável, com as fotos da vossa app. PÉSSIMO",
        "O meu cunhado tem {comp} e já encomendei uma para segunda",
    ],
}
CANCEL_REQ = {
    "es": (
        "Baja del Club",
        "Hola, me he comprado mi propio patinete con la paga extra, así que quiero darme de baja del Girello Club y cerrar la cuenta. Gracias por todo, {name}",
    ),
    "it": (
        "Disdetta Club",
        "Buongiorno, mi trasferisco in campagna e il monopattino non mi serve più: vorrei disdire il Girello Club e chiudere l'account. Grazie di tutto, {name}",
    ),
    "en": (
        "Cancel Club",
        "Hi, I've bought my own scooter with my bonus, so I'd like to cancel Girello Club and close my account. Thanks for everything, {name}",
    ),
    "fr": (
        "Résiliation Club",
        "Bonjour, je déménage à la campagne, je souhaite résilier le Girello Club et fermer mon compte. Merci pour tout, {name}",
    ),
    "de": (
        "Kündigung Club",
        "Hallo, ich habe mir mit dem Bonus einen eigenen Roller gekauft und möchte den Girello Club kündigen und mein Konto schließen. Danke für alles, {name}",
    ),
    "pt": (
        "Cancelar Club",
        "Olá, comprei a minha própria trotinete com o subsídio, por isso quero cancelar o Girello Club e fechar a conta. Obrigada por tudo, {name}",
    ),
}
SORRY_GO = {
    "es": (
        "RE: Baja del Club",
        "Hola {name}, sentimos que te vayas. Puedes darte de baja tú misma en la app o en la web, en Mi plan. {agent} (Girello)",
    ),
    "it": (
        "R: Disdetta Club",
        "Ciao {name}, ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito, in Il mio piano. {agent} (Girello)",
    ),
    "en": (
        "Re: Cancel Club",
        "Hi {name}, sorry to see you go. You can cancel yourself in the app or on the website under My plan. {agent} (Girello)",
    ),
    "fr": (
        "RE : Résiliation Club",
        "Bonjour {name}, dommage de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site. {agent} (Girello)",
    ),
    "de": (
        "AW: Kündigung Club",
        "Hallo {name}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen. {agent} (Girello)",
    ),
    "pt": (
        "RE: Cancelar Club",
        "Olá {name}, lamentamos vê-la partir. Pode cancelar na app ou no site, em O meu plano. {agent} (Girello)",
    ),
}
GRUMBLE = {
    "es": [
        "La app me cierra la sesión cada dos por tres",
        "El aviso de 'batería baja' a las 6 de la mañana sobra",
        "El soporte del móvil se afloja siempre",
    ],
    "it": [
        "L'app mi disconnette ogni volta",
        "La notifica 'batteria scarica' alle 6 di mattina non serve",
        "Il porta cellulare si allenta sempre",
    ],
    "en": ["App logs me out every single time", "The 6am 'battery low' ping is not needed"],
    "fr": ["L'appli me déconnecte à chaque fois", "La notif 'batterie faible' à 6h, franchement"],
    "de": ["Die App meldet mich jedes Mal ab", "Die 'Akku schwach'-Meldung um 6 Uhr nervt"],
    "pt": ["A app faz logout sempre", "O aviso de 'bateria fraca' às 6 da manhã é demais"],
}
SARCASM = {
    "es": [
        "Qué maravilla, el técnico 'express' llegó a las 21:40, justo para salir a pasear de noche 👏",
        "Me encanta que el casco 'nuevo' venga con pelos del anterior 😂",
    ],
    "it": [
        "Che meraviglia, il tecnico 'express' alle 21:40, giusto per una gita notturna 👏",
        "Adoro il casco 'nuovo' con i capelli del cliente prima 😂",
    ],
    "en": ["Love that the 'express' swap came at 21:40, perfect for a moonlit ride 👏"],
    "fr": ["Génial, l'échange 'express' à 21h40, parfait pour une balade nocturne 👏"],
    "de": ["Super, der 'Express'-Tausch um 21:40, perfekt für eine Nachtfahrt 👏"],
    "pt": ["Adoro a troca 'expresso' às 21:40, perfeita para um passeio noturno 👏"],
}
MILD = {
    "es": "La app me enseña estaciones de cambio de otra ciudad, ¿es normal?",
    "it": "L'app mi mostra punti di scambio di un'altra città, è normale?",
    "en": "App shows swap points in another city, is that normal?",
    "fr": "L'appli affiche des points d'échange d'une autre ville, c'est normal ?",
    "de": "Die App zeigt Tauschpunkte in einer anderen Stadt, ist das normal?",
    "pt": "A app mostra pontos de troca de outra cidade, é normal?",
}
MILD_ACK = {
    "es": (
        "Tu mensaje",
        "Hola {name}, gracias por avisar, lo pasamos al equipo de la app. {agent} (Girello)",
    ),
    "it": (
        "Il tuo messaggio",
        "Ciao {name}, grazie della segnalazione, la giriamo al team dell'app. {agent} (Girello)",
    ),
    "en": (
        "Your message",
        "Hi {name}, thanks for flagging, passed to the app team. {agent} (Girello)",
    ),
    "fr": (
        "Votre message",
        "Bonjour {name}, merci, c'est transmis à l'équipe de l'appli. {agent} (Girello)",
    ),
    "de": (
        "Ihre Nachricht",
        "Hallo {name}, danke für den Hinweis, ist an das App-Team weitergegeben. {agent} (Girello)",
    ),
    "pt": (
        "A sua mensagem",
        "Olá {name}, obrigado pelo aviso, passámos à equipa da app. {agent} (Girello)",
    ),
}

# The business arm, Girello Flota: fleets for companies on account.
B2B_PROBLEM = {
    "invoice": {
        "es": "las facturas siguen saliendo con el nombre antiguo de la empresa y sin número de pedido",
        "it": "le fatture escono ancora con la vecchia ragione sociale e senza numero d'ordine",
        "en": "the invoices still carry our old company name and no PO number",
        "fr": "les factures portent toujours l'ancienne raison sociale et aucun numéro de commande",
        "de": "die Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer",
        "pt": "as faturas continuam com o nome antigo da empresa e sem número de encomenda",
    },
    "service_blocked": {
        "es": "el servicio técnico se niega a cambiar nuestros patinetes porque dice que la cuenta está bloqueada, y está pagada",
        "it": "l'assistenza si rifiuta di sostituire i nostri monopattini perché dice che il conto è bloccato, ed è pagato",
        "en": "your technicians refuse to swap our scooters saying the account is on stop, and it's paid",
        "fr": "vos techniciens refusent d'échanger nos trottinettes, compte soi-disant bloqué alors qu'il est payé",
        "de": "eure Techniker verweigern den Tausch, das Konto sei gesperrt, dabei ist alles bezahlt",
        "pt": "os técnicos recusam trocar as nossas trotinetes porque dizem que a conta está bloqueada, e está paga",
    },
    "portal": {
        "es": "el portal no muestra ningún patinete activo y no podemos dar de baja los que sobran, así que seguimos pagando",
        "it": "il portale non mostra nessun monopattino attivo e non possiamo restituire quelli in più, quindi paghiamo ancora",
        "en": "the portal shows no active scooters so we can't return the spare ones and the bill keeps running",
        "fr": "le portail n'affiche aucune trottinette active, impossible de rendre celles en trop, on continue de payer",
        "de": "das Portal zeigt keine aktiven Roller, wir können die überzähligen nicht zurückgeben und zahlen weiter",
        "pt": "o portal não mostra nenhuma trotinete ativa e não conseguimos devolver as que sobram, continuamos a pagar",
    },
    "overbilled": {
        "es": "nos facturáis tarifa diaria en vez de la tarifa mensual del contrato, más de 600 € de diferencia",
        "it": "ci fatturate la tariffa giornaliera invece di quella mensile del contratto, oltre 600 € di differenza",
        "en": "you're billing day rates instead of our contract monthly rate, over £500 difference",
        "fr": "vous facturez au tarif journalier au lieu du tarif mensuel du contrat, plus de 600 € d'écart",
        "de": "ihr berechnet Tagessätze statt der vertraglichen Monatsrate, über 600 € Unterschied",
        "pt": "estão a faturar tarifa diária em vez da mensal do contrato, mais de 600 € de diferença",
    },
}
B2B_FIRST = {
    "es": (
        "Cuenta {account}: incidencia",
        "Buenos días,\n\n{what}. Necesitamos que se corrija esta semana.\n\nSaludos,\n{name}\n{job}, {company}",
    ),
    "it": (
        "Conto {account}: problema",
        "Buongiorno,\n\n{what}. Serve una correzione entro questa settimana.\n\nSaluti,\n{name}\n{job}, {company}",
    ),
    "en": (
        "Account {account}: issue",
        "Good morning,\n\n{what}. We need this corrected this week.\n\nRegards,\n{name}\n{job}, {company}",
    ),
    "fr": (
        "Compte {account} : problème",
        "Bonjour,\n\n{what}. Merci de corriger cette semaine.\n\nCordialement,\n{name}\n{job}, {company}",
    ),
    "de": (
        "Konto {account}: Problem",
        "Guten Morgen,\n\n{what}. Bitte diese Woche korrigieren.\n\nGrüße\n{name}\n{job}, {company}",
    ),
    "pt": (
        "Conta {account}: problema",
        "Bom dia,\n\n{what}. Precisamos que seja corrigido esta semana.\n\nCumprimentos,\n{name}\n{job}, {company}",
    ),
}
B2B_LATER = {
    "es": (
        "RE: {case}",
        "Hola, escribo además de {first}, que ya os avisó el {day} ({case}): {what}. Sigue igual.\n{name}, {company}",
    ),
    "it": (
        "R: {case}",
        "Buongiorno, scrivo anch'io oltre a {first}, che vi ha avvisato {day} ({case}): {what}. Ancora uguale.\n{name}, {company}",
    ),
    "en": (
        "Re: {case}",
        "Hello, writing as well as {first}, who told you on {day} ({case}): {what}. Still the same.\n{name}, {company}",
    ),
    "fr": (
        "RE : {case}",
        "Bonjour, j'écris en plus de {first}, qui vous a prévenus {day} ({case}) : {what}. Toujours pareil.\n{name}, {company}",
    ),
    "de": (
        "AW: {case}",
        "Hallo, ich schreibe zusätzlich zu {first}, die/der sich am {day} gemeldet hat ({case}): {what}. Unverändert.\n{name}, {company}",
    ),
    "pt": (
        "RE: {case}",
        "Olá, escrevo além de {first}, que já avisou {day} ({case}): {what}. Continua igual.\n{name}, {company}",
    ),
}
WEEKDAY = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
B2B_LAST_EMAIL = {
    "es": (
        "RE: {case} - sin resolver",
        "Seguimos igual con {case}, y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.\n{name}, {company}",
    ),
    "it": (
        "R: {case} - irrisolto",
        "Siamo ancora fermi con {case}, e vi hanno scritto diversi colleghi. L'ufficio acquisti ha già chiesto i prezzi a {comp}.\n{name}, {company}",
    ),
    "en": (
        "Re: {case} - unresolved",
        "Still nothing on {case}, and several colleagues have written. Procurement has already asked {comp} for rates.\n{name}, {company}",
    ),
    "fr": (
        "RE : {case} - non résolu",
        "Toujours rien sur {case}, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n{name}, {company}",
    ),
    "de": (
        "AW: {case} - ungelöst",
        "Immer noch nichts zu {case}, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt.\n{name}, {company}",
    ),
    "pt": (
        "RE: {case} - por resolver",
        "Continua tudo igual com {case}, e vários colegas já escreveram. As compras já pediram preços à {comp}.\n{name}, {company}",
    ),
}
B2B_LAST_CALL = {
    "es": "hola llamo por la incidencia {case} sigue sin arreglarse y ya os han escrito varios compañeros mi jefe dice que si no se arregla esta semana nos cambiamos de proveedor",
    "it": "buongiorno chiamo per la segnalazione {case} non è ancora risolta e vi hanno scritto vari colleghi il mio capo dice che se non si sistema questa settimana cambiamo fornitore",
    "en": "hi calling about case {case} still not fixed several colleagues have written my boss says we move the account if it isn't sorted this week",
    "fr": "bonjour j'appelle pour la demande {case} toujours pas réglée plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas fait cette semaine",
    "de": "hallo ich rufe wegen Vorgang {case} an immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "pt": "olá ligo por causa do pedido {case} continua por resolver vários colegas já escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
B2B_ACK = {
    "es": (
        "RE: Cuenta {account}",
        "Hola {name}, lo sentimos. Referencia {case}; lo revisa hoy el equipo de cuentas. {agent} (Girello Flota)",
    ),
    "it": (
        "R: Conto {account}",
        "Buongiorno {name}, ci scusiamo. Riferimento {case}; lo verifica oggi l'ufficio clienti aziendali. {agent} (Girello Flota)",
    ),
    "en": (
        "Re: Account {account}",
        "Hi {name}, sorry about this. Reference {case}; our accounts team is on it today. {agent} (Girello Flota)",
    ),
    "fr": (
        "RE : Compte {account}",
        "Bonjour {name}, désolés. Référence {case} ; l'équipe comptes s'en occupe aujourd'hui. {agent} (Girello Flota)",
    ),
    "de": (
        "AW: Konto {account}",
        "Hallo {name}, das tut uns leid. Referenz {case}; das Kundenteam prüft es heute. {agent} (Girello Flota)",
    ),
    "pt": (
        "RE: Conta {account}",
        "Olá {name}, lamentamos. Referência {case}; a equipa de contas trata hoje. {agent} (Girello Flota)",
    ),
}
B2B_SUGGEST = {
    "es": [
        "Sugerencia: poder exportar el coste por centro de trabajo desde el portal",
        "Estaría bien ver en el portal la fecha de la última revisión de cada patinete",
    ],
    "it": [
        "Suggerimento: esportare i costi per sede dal portale",
        "Sarebbe utile vedere nel portale la data dell'ultima revisione di ogni monopattino",
    ],
    "en": [
        "Suggestion: export costs by site from the portal",
        "Would be handy to see each scooter's last service date in the portal",
    ],
    "fr": [
        "Suggestion : exporter les coûts par site depuis le portail",
        "Ce serait bien de voir la date de la dernière révision de chaque trottinette",
    ],
    "de": [
        "Vorschlag: Kosten pro Standort aus dem Portal exportieren",
        "Praktisch wäre das letzte Wartungsdatum jedes Rollers im Portal",
    ],
    "pt": [
        "Sugestão: exportar custos por local a partir do portal",
        "Seria útil ver no portal a data da última revisão de cada trotinete",
    ],
}
B2B_Q = {
    "es": "¿Podemos añadir dos patinetes más para la sede nueva desde el portal?",
    "it": "Possiamo aggiungere due monopattini per la nuova sede dal portale?",
    "en": "Can we add two more scooters for the new site through the portal?",
    "fr": "Peut-on ajouter deux trottinettes pour le nouveau site via le portail ?",
    "de": "Können wir über das Portal zwei Roller für den neuen Standort hinzufügen?",
    "pt": "Podemos acrescentar duas trotinetes para o novo local pelo portal?",
}
B2B_PRAISE = {
    "es": "El equipo usa los patinetes de Girello Flota a diario, cero incidencias este trimestre",
    "it": "Il team usa ogni giorno i monopattini Girello Flota, zero problemi questo trimestre",
    "en": "Our team rides Girello Flota scooters daily, zero issues this quarter",
    "fr": "L'équipe utilise les trottinettes Girello Flota tous les jours, zéro souci ce trimestre",
    "de": "Unser Team fährt täglich Girello-Flota-Roller, null Probleme dieses Quartal",
    "pt": "A equipa usa as trotinetes Girello Flota todos os dias, zero problemas este trimestre",
}

# The planted incident (topic_spike only).
SPIKE = {
    "es": [
        "desde la actualización de anoche el patinete no pasa de 6 km/h, sale el error FW-628 en la pantalla",
        "el patinete va a paso de tortuga, 6 km/h máximo, ¿qué habéis hecho?? LLEGO TARDE",
        "modo peatón atascado después de actualizar, no hay manera de quitarlo",
    ],
    "it": [
        "dopo l'aggiornamento di stanotte il monopattino non supera i 6 km/h, sul display c'è FW-628",
        "il monopattino va a passo d'uomo, massimo 6 km/h, cosa avete combinato?? FACCIO TARDI",
    ],
    "en": [
        "since last night's update my scooter won't go over 6 km/h, display says FW-628",
        "scooter stuck at walking pace after the update, what have you done",
    ],
    "fr": [
        "depuis la mise à jour de cette nuit la trottinette plafonne à 6 km/h, erreur FW-628",
        "trottinette bloquée en mode piéton après la mise à jour",
    ],
    "de": [
        "seit dem Update heute Nacht fährt der Roller nur noch 6 km/h, Anzeige FW-628",
        "Roller hängt nach dem Update im Schrittmodus fest",
    ],
    "pt": [
        "desde a atualização desta noite a trotinete não passa dos 6 km/h, aparece FW-628",
        "trotinete presa em modo peão depois da atualização",
    ],
}
SPIKE_AGAIN = {
    "es": "Sigo igual, 6 km/h y FW-628, he reiniciado tres veces. ¿Alguna novedad?",
    "it": "Ancora uguale, 6 km/h e FW-628, ho riavviato tre volte. Novità?",
    "en": "Still the same, 6 km/h and FW-628, restarted three times. Any news?",
    "fr": "Toujours pareil, 6 km/h et FW-628, redémarrée trois fois. Du nouveau ?",
    "de": "Immer noch 6 km/h und FW-628, dreimal neu gestartet. Gibt es was Neues?",
    "pt": "Continua igual, 6 km/h e FW-628, reiniciei três vezes. Novidades?",
}
SPIKE_CHAT_A = {
    "es": "Sí, {name}, la actualización de anoche ha dejado muchos patinetes en modo peatón; el equipo técnico ya está en ello. {agent}",
    "it": "Sì, {name}, l'aggiornamento di stanotte ha bloccato molti monopattini in modalità pedone; i tecnici ci stanno lavorando. {agent}",
    "en": "Yes, {name}, last night's update left many scooters in walking mode; engineers are on it. {agent}",
    "fr": "Oui, {name}, la mise à jour de cette nuit a bloqué beaucoup de trottinettes en mode piéton ; nos techniciens s'en occupent. {agent}",
    "de": "Ja, {name}, das Update heute Nacht hat viele Roller im Schrittmodus gelassen; die Technik arbeitet daran. {agent}",
    "pt": "Sim, {name}, a atualização desta noite deixou muitas trotinetes em modo peão; a equipa técnica está a tratar. {agent}",
}
SPIKE_FIXED = {
    "es": (
        "Tu patinete vuelve a la normalidad",
        "Hola {name}, desde las 14:30 los patinetes vuelven a ir a velocidad normal tras una actualización correctora. Te hemos abonado 5 € por las molestias. {agent} (Girello)",
    ),
    "it": (
        "Il tuo monopattino è di nuovo a posto",
        "Ciao {name}, dalle 14:30 i monopattini vanno di nuovo a velocità normale. Ti abbiamo accreditato 5 € per il disagio. {agent} (Girello)",
    ),
    "en": (
        "Your scooter is back to normal",
        "Hi {name}, since 13:30 scooters are back to normal speed after a fix. We've added a 5 credit for the trouble. {agent} (Girello)",
    ),
    "fr": (
        "Votre trottinette refonctionne",
        "Bonjour {name}, depuis 14h30 les trottinettes roulent de nouveau normalement. 5 € de crédit ajoutés. {agent} (Girello)",
    ),
    "de": (
        "Ihr Roller fährt wieder normal",
        "Hallo {name}, seit 14:30 fahren die Roller wieder normal. Wir haben 5 € gutgeschrieben. {agent} (Girello)",
    ),
    "pt": (
        "A sua trotinete voltou ao normal",
        "Olá {name}, desde as 13:30 as trotinetes voltaram à velocidade normal. Creditámos 5 €. {agent} (Girello)",
    ),
}
LONE_Q = {
    "es": "La app dice que hay una actualización para esta noche, ¿tengo que dejar el patinete enchufado?",
    "it": "L'app dice che c'è un aggiornamento stanotte, devo lasciare il monopattino in carica?",
    "en": "App says there's an update tonight, do I need to leave the scooter plugged in?",
    "fr": "L'appli annonce une mise à jour cette nuit, je dois laisser la trottinette branchée ?",
    "de": "Die App kündigt ein Update für heute Nacht an, muss der Roller am Ladegerät bleiben?",
    "pt": "A app diz que há uma atualização esta noite, tenho de deixar a trotinete a carregar?",
}
LONE_A = {
    "es": "Hola {name}, no hace falta, basta con que tenga más del 30 % de batería. {agent}",
    "it": "Ciao {name}, non serve, basta che abbia più del 30 % di batteria. {agent}",
    "en": "Hi {name}, no need, just over 30 % battery is enough. {agent}",
    "fr": "Bonjour {name}, pas besoin, plus de 30 % de batterie suffit. {agent}",
    "de": "Hallo {name}, nicht nötig, über 30 % Akku reichen. {agent}",
    "pt": "Olá {name}, não é preciso, basta ter mais de 30 % de bateria. {agent}",
}
AGENTS = ["Noelia", "Federico", "Sam", "Aurélie", "Jannik", "Joana"]
COMPETITORS = ("Vroomba", "Patinelo")
