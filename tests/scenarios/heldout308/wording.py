# ruff: noqa: E501
"""Wording for heldout308: Navilia, self-drive canal-boat and river-cruiser holidays.

Written by hand for this set, Spanish and Italian first. Placeholders: {ref} case
reference, {base} the boat base, {boat} the boat, {comp} a competitor, {name} a
first name, {when} a day word, {time} a local time, {code} the incident's code.
"""

from __future__ import annotations

Table = dict[str, list[str]]

LANGS = ("es", "it", "de", "en", "fr", "pt")
BRAND = "Navilia"
CLUB = "Navilia Club"
PRO = "Navilia Crew"
COMPETITORS = ("Fluvella", "Canalto")

BASES: dict[str, list[str]] = {
    "es": ["Herrera de Pisuerga", "Alar del Rey"],
    "it": ["Chioggia", "Porto Levante"],
    "de": ["Waren (Müritz)", "Fürstenberg"],
    "en": ["Carrick-on-Shannon", "Banagher"],
    "fr": ["Castelnaudary", "Homps"],
    "pt": ["Alqueva", "Amieira"],
}

PRODUCTS = [
    ("Weekend cruise, 2-berth boat / Crociera weekend, barca 2 posti", "289.00"),
    ("Short break, 4-berth cruiser / Mini crociera, barca 4 posti", "540.00"),
    ("Week cruise, 6-berth cruiser / Settimana, barca 6 posti", "1390.00"),
    ("Bike pair add-on / Coppia di bici a bordo", "60.00"),
    ("Kayak add-on / Kayak a bordo", "45.00"),
    ("Fuel package / Pacchetto carburante", "95.00"),
]
PAGES = [
    "/boats",
    "/bases",
    "/routes",
    "/club",
    "/prices",
    "/faq/locks",
    "/offers",
    "/boats/compare",
]

PRAISE: Table = {
    "es": [
        "Primera vez en barco sin licencia y lo hemos bordado 😄 gracias {brand}, el canal de Castilla al amanecer es otra cosa",
        "Tres días navegando despacito, las esclusas con los niños han sido lo mejor. {brand} repetiremos seguro",
        "El barco impecable y el chico de la base nos enseñó todo en media hora. Muy recomendable {brand}",
        "Tercera vez con {brand} y sigue siendo nuestro plan favorito del año",
    ],
    "it": [
        "Weekend in laguna con {brand}, barca pulitissima e il ragazzo della base gentilissimo. Torneremo!",
        "Mai guidato una barca in vita mia e dopo mezz'ora ero già capitano 😂 grazie {brand}",
        "Tramonto a Chioggia dal ponte della barca, non serve aggiungere altro. {brand} top",
        "Ancora una volta tutto perfetto con {brand}, ormai è il nostro rito di primavera",
    ],
    "de": [
        "Vier Tage Müritz mit {brand}, Boot top, Einweisung geduldig. Gerne wieder!",
        "Schon wieder ein super Wochenende auf dem Wasser, danke {brand}",
    ],
    "en": [
        "Lovely few days on the Shannon with {brand}, boat spotless and the handover lad was brilliant",
        "Third year in a row with {brand} and still the best holiday we take",
    ],
    "fr": [
        "Super semaine sur le canal du Midi avec {brand}, bateau nickel et accueil au top",
        "Encore une fois parfait, merci {brand} !",
    ],
    "pt": [
        "Fim de semana no Alqueva com a {brand}, barco impecável e equipa simpática",
        "Mais uma vez tudo perfeito com a {brand}, já é tradição cá em casa",
    ],
}

PRAISE_GRIPE: Table = {
    "es": [
        "Todo genial con {brand}, solo que el wifi del barco no llega ni a la proa jaja. Por lo demás de diez",
        "Muy contentos, aunque el manual de esclusas solo en PDF es un poco rollo. Volveremos",
    ],
    "it": [
        "Tutto bellissimo, solo la doccia della barca un po' piccolina per mio marito 😅 ma torneremo con {brand}",
        "Contentissimi, unica cosa: il check-in in base un po' lento. Per il resto {brand} promosso",
    ],
    "de": [
        "Sehr schön, nur die Kaffeemaschine an Bord war ein Witz. Sonst alles prima bei {brand}"
    ],
    "en": [
        "Great trip, only gripe is the tiny fridge on the 2-berth. Otherwise {brand} were spot on"
    ],
    "fr": ["Très bien, juste la plancha à bord un peu petite. Sinon {brand} au top"],
    "pt": ["Muito bom, só o frigorífico do barco é pequenino. De resto a {brand} está de parabéns"],
}

QUESTION: Table = {
    "es": [
        "Hola, ¿se puede llevar al perro en el barco de 4 plazas?",
        "Buenas, ¿a qué hora se puede embarcar el sábado en {base}?",
        "Hola! ¿Las bicis se reservan aparte o van incluidas?",
    ],
    "it": [
        "Ciao, si può portare il cane in barca?",
        "Buongiorno, a che ora è il check-in sabato a {base}?",
        "Salve, il pacchetto carburante conviene per tre giorni?",
    ],
    "de": [
        "Hallo, darf unser Hund mit aufs Boot?",
        "Guten Tag, ab wann kann man am Samstag in {base} an Bord?",
    ],
    "en": [
        "Hi, can we bring our dog on the 4-berth?",
        "Hello, what time is boarding on Saturday at {base}?",
    ],
    "fr": [
        "Bonjour, peut-on emmener le chien à bord ?",
        "Bonjour, à quelle heure embarque-t-on samedi à {base} ?",
    ],
    "pt": [
        "Olá, pode-se levar o cão no barco?",
        "Boa tarde, a que horas é o embarque no sábado em {base}?",
    ],
}

ANSWER: Table = {
    "es": [
        "¡Hola! Sí, claro: mascotas permitidas con un suplemento de limpieza de 25 €. El embarque es a partir de las 15:00. ¡Buen viaje!"
    ],
    "it": [
        "Ciao! Certo: gli animali sono ammessi con un supplemento pulizia di 25 €. L'imbarco è dalle 15:00. Buona navigazione!"
    ],
    "de": [
        "Hallo! Ja, Haustiere sind mit 25 € Reinigungszuschlag erlaubt. Einschiffung ab 15:00 Uhr. Gute Fahrt!"
    ],
    "en": [
        "Hi! Yes, pets are welcome with a £22 cleaning supplement. Boarding is from 3pm. Enjoy the trip!"
    ],
    "fr": [
        "Bonjour ! Oui, les animaux sont acceptés avec 25 € de ménage en plus. Embarquement dès 15h. Bonne croisière !"
    ],
    "pt": [
        "Olá! Sim, animais são aceites com suplemento de limpeza de 25 €. Embarque a partir das 15h. Boa viagem!"
    ],
}

THANKS: Table = {
    "es": ["Genial, gracias!", "Perfecto, mil gracias 🙌", "vale gracias!!"],
    "it": ["Perfetto grazie!", "Ottimo, grazie mille 🙏", "ok grz!"],
    "de": ["Super, danke!"],
    "en": ["Brilliant, thanks!"],
    "fr": ["Parfait, merci !"],
    "pt": ["Ótimo, obrigada!"],
}

MAIL_SUBJECT: Table = {
    "es": ["Pregunta sobre mi reserva", "Duda embarque"],
    "it": ["Domanda prenotazione", "Info imbarco"],
    "de": ["Frage zur Buchung"],
    "en": ["Question about my booking"],
    "fr": ["Question réservation"],
    "pt": ["Dúvida sobre a reserva"],
}

PHONE_Q: Table = {
    "es": [
        "hola mira llamaba porque queremos ir en octubre al canal de castilla y no sé si hace falta experiencia para las esclusas",
        "buenas quería saber si el barco de seis plazas tiene calefacción que vamos en marzo",
    ],
    "it": [
        "sì buongiorno chiamavo per sapere se in laguna serve la patente nautica o va bene così",
        "salve volevo chiedere se posso aggiungere il kayak alla prenotazione di settembre",
    ],
    "de": ["ja hallo ich wollte fragen ob man für das Boot einen Führerschein braucht"],
    "en": ["hi there just ringing to ask if we need a licence for the boat on the shannon"],
    "fr": ["oui bonjour je voulais savoir s'il faut un permis pour le bateau"],
    "pt": ["olá bom dia queria saber se é preciso carta de navegador para o barco"],
}

PHONE_FOLLOW: Table = {
    "es": [
        "Hola {name}, como hablamos por teléfono: no hace falta licencia ni experiencia, en la base te damos una formación de 45 minutos. ¡Un saludo!"
    ],
    "it": [
        "Ciao {name}, come detto al telefono: non serve patente, in base facciamo una prova di 45 minuti. A presto!"
    ],
    "de": [
        "Hallo {name}, wie besprochen: kein Führerschein nötig, an der Basis gibt es eine Einweisung von 45 Minuten. Viele Grüße!"
    ],
    "en": [
        "Hi {name}, as discussed on the phone: no licence needed, the base gives you a 45-minute handover. Best wishes!"
    ],
    "fr": [
        "Bonjour {name}, comme convenu au téléphone : pas de permis, la base vous forme 45 minutes. Bonne journée !"
    ],
    "pt": [
        "Olá {name}, como falámos ao telefone: não é precisa carta, na base damos 45 minutos de formação. Cumprimentos!"
    ],
}

REVIEW: Table = {
    "es": [
        "Barco limpio, base bien organizada y el canal precioso. 5 estrellas",
        "Muy buena experiencia en familia, repetiremos",
    ],
    "it": [
        "Barca pulita e personale gentile, esperienza da rifare",
        "Ottima organizzazione, laguna stupenda",
    ],
    "de": ["Sauberes Boot, nette Einweisung, tolle Seen"],
    "en": ["Clean boat, friendly base staff, cracking scenery"],
    "fr": ["Bateau propre, équipe sympa, paysages superbes"],
    "pt": ["Barco limpo, equipa simpática, paisagem linda"],
}

SURVEY_WORD: Table = {
    "es": ["genial", "todo perfecto", "👍", ""],
    "it": ["ottimo", "tutto bene", "👏", ""],
    "de": ["super", ""],
    "en": ["great", ""],
    "fr": ["top", ""],
    "pt": ["ótimo", ""],
}

NIGHT_POST: Table = {
    "es": [
        "Las 2 de la mañana y yo mirando rutas de {brand} por el canal de Castilla en vez de dormir 😅",
        "Salgo del turno de noche y ya tengo reservado el finde en barco con {brand}. Qué ganas",
    ],
    "it": [
        "Insonnia e mi ritrovo a sognare la laguna sul sito di {brand} 🌙",
        "Fine turno in ospedale alle 3, e la crociera con {brand} è prenotata. Me la merito",
    ],
    "de": ["Nachtschicht vorbei und das Boot bei {brand} für Pfingsten gebucht 🌙"],
    "en": ["3am and I'm planning a Shannon trip on {brand} instead of sleeping"],
    "fr": ["Insomnie, du coup je planifie le canal du Midi avec {brand} 🌙"],
    "pt": ["Três da manhã e eu a ver barcos da {brand} em vez de dormir 😅"],
}

NIGHT_Q: Table = {
    "es": [
        "hola, ¿la cancelación gratis es hasta 14 días antes o 30?",
        "¿Se puede embarcar más tarde de las 20h si llegamos tarde?",
    ],
    "it": [
        "ciao, la cancellazione gratuita vale fino a 14 giorni prima?",
        "Si può arrivare in base dopo le 20?",
    ],
    "de": ["Hallo, bis wann kann man kostenlos stornieren?"],
    "en": ["Hi, how late can we arrive at the base on Saturday?"],
    "fr": ["Bonsoir, on peut annuler gratuitement jusqu'à quand ?"],
    "pt": ["Olá, até quando posso cancelar sem custos?"],
}

NIGHT_A: Table = {
    "es": [
        "¡Hola! Cancelación gratuita hasta 14 días antes, y si llegáis tarde avisad a la base: os esperan hasta las 21:00."
    ],
    "it": [
        "Ciao! Cancellazione gratuita fino a 14 giorni prima; se arrivate tardi avvisate la base, vi aspetta fino alle 21."
    ],
    "de": [
        "Hallo! Kostenlos stornieren bis 14 Tage vorher; bei später Ankunft bitte die Basis anrufen, sie wartet bis 21 Uhr."
    ],
    "en": [
        "Hi! Free cancellation up to 14 days before; if you're late, ring the base, they wait until 9pm."
    ],
    "fr": [
        "Bonjour ! Annulation gratuite jusqu'à 14 jours avant ; en cas de retard, appelez la base, elle attend jusqu'à 21h."
    ],
    "pt": [
        "Olá! Cancelamento grátis até 14 dias antes; se chegarem tarde liguem para a base, esperam até às 21h."
    ],
}

PROBLEMS = ("no_boat", "double_charge", "breakdown", "refund", "wrong_price", "cancel_fee")

TOPIC: dict[str, Table] = {
    "no_boat": {
        "es": ["barco no disponible"],
        "it": ["barca non disponibile"],
        "de": ["Boot nicht da"],
        "en": ["boat not available"],
        "fr": ["bateau indisponible"],
        "pt": ["barco indisponível"],
    },
    "double_charge": {
        "es": ["fianza cobrada dos veces"],
        "it": ["cauzione addebitata due volte"],
        "de": ["Kaution doppelt"],
        "en": ["deposit taken twice"],
        "fr": ["caution prélevée deux fois"],
        "pt": ["caução cobrada duas vezes"],
    },
    "breakdown": {
        "es": ["avería del barco"],
        "it": ["guasto della barca"],
        "de": ["Motorschaden"],
        "en": ["boat broke down"],
        "fr": ["panne du bateau"],
        "pt": ["avaria do barco"],
    },
    "refund": {
        "es": ["fianza no devuelta"],
        "it": ["cauzione non restituita"],
        "de": ["Kaution nicht zurück"],
        "en": ["deposit not returned"],
        "fr": ["caution non rendue"],
        "pt": ["caução não devolvida"],
    },
    "wrong_price": {
        "es": ["precio de socio no aplicado"],
        "it": ["prezzo soci non applicato"],
        "de": ["Club-Preis fehlt"],
        "en": ["Club price not applied"],
        "fr": ["tarif Club non appliqué"],
        "pt": ["preço de sócio não aplicado"],
    },
    "cancel_fee": {
        "es": ["gastos de cancelación injustos"],
        "it": ["penale di cancellazione"],
        "de": ["Stornogebühr"],
        "en": ["cancellation fee"],
        "fr": ["frais d'annulation"],
        "pt": ["taxa de cancelamento"],
    },
}

COMPLAINT: dict[str, Table] = {
    "no_boat": {
        "es": [
            "Llegamos a {base} a las 15:00 con dos niños y el barco que reservamos NO ESTABA. Nos dicen que se lo han dado a otros. Tres horas esperando en el muelle. Inaceptable.",
            "Reservado hace cuatro meses y al llegar a la base no hay barco. Ni una llamada, ni un correo. Vergonzoso.",
        ],
        "it": [
            "Arrivati a {base} alle 15 con i bambini e la barca prenotata NON C'ERA. L'hanno data a un altro gruppo. Tre ore sul molo. Vergogna.",
            "Prenotato da mesi e in base nessuna barca per noi. Nessuno ci ha avvisato. Inaccettabile.",
        ],
        "de": [
            "Wir kommen in {base} an und unser Boot ist einfach NICHT DA, an andere vergeben. Drei Stunden am Steg gewartet. Unmöglich."
        ],
        "en": [
            "Turned up at {base} with the kids and our boat WASN'T THERE, given to another group. Three hours on the jetty. Disgraceful."
        ],
        "fr": [
            "Arrivés à {base} avec les enfants, notre bateau n'était PAS LÀ, donné à d'autres. Trois heures sur le quai. Inadmissible."
        ],
        "pt": [
            "Chegámos a {base} com os miúdos e o barco que reservámos NÃO ESTAVA. Deram-no a outros. Três horas no cais. Inaceitável."
        ],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado la fianza de 500 € DOS veces y ahora tengo la cuenta en rojo. Quiero que me lo devolváis ya.",
            "Dos cargos de 500 € de fianza por el mismo barco. Me han devuelto un recibo del alquiler por vuestra culpa.",
        ],
        "it": [
            "Mi avete bloccato la cauzione di 500 € DUE volte e ora ho il conto in rosso. Sbloccate subito.",
            "Due addebiti di cauzione per la stessa barca. Mi è tornato indietro l'affitto per colpa vostra.",
        ],
        "de": [
            "Die Kaution von 500 € wurde ZWEIMAL geblockt, mein Konto ist im Minus. Bitte sofort freigeben."
        ],
        "en": ["You've taken the £430 deposit TWICE and now I'm overdrawn. Release it now please."],
        "fr": [
            "Vous avez bloqué la caution de 500 € DEUX fois, mon compte est à découvert. Débloquez ça."
        ],
        "pt": [
            "Cobraram a caução de 500 € DUAS vezes e fiquei com a conta a descoberto. Devolvam já."
        ],
    },
    "breakdown": {
        "es": [
            "El motor del barco se paró el segundo día en mitad del canal. Esperamos al mecánico 7 horas. Hemos perdido un día entero de vacaciones.",
            "La hélice de proa no funcionaba desde la salida y nos comimos una esclusa. Nadie vino hasta la tarde.",
        ],
        "it": [
            "Il motore si è spento il secondo giorno in mezzo alla laguna. Sette ore ad aspettare il meccanico. Un giorno di ferie buttato.",
            "L'elica di prua non andava dall'inizio e abbiamo sbattuto in chiusa. Nessuno è venuto fino a sera.",
        ],
        "de": [
            "Der Motor ist am zweiten Tag mitten auf dem See ausgegangen. Sieben Stunden auf den Mechaniker gewartet. Ein Urlaubstag weg."
        ],
        "en": [
            "Engine died on day two in the middle of the river. Seven hours waiting for a mechanic. A whole day of the holiday gone."
        ],
        "fr": [
            "Le moteur a lâché le deuxième jour en plein canal. Sept heures à attendre le mécano. Une journée de vacances perdue."
        ],
        "pt": [
            "O motor parou no segundo dia a meio do lago. Sete horas à espera do mecânico. Um dia de férias perdido."
        ],
    },
    "refund": {
        "es": [
            "Devolvimos el barco perfecto hace TRES semanas y la fianza sigue sin aparecer. ¿Dónde está mi dinero?",
            "Tres semanas ya esperando la fianza. Cada vez que pregunto me dicen que 'está en proceso'.",
        ],
        "it": [
            "Barca riconsegnata perfetta TRE settimane fa e la cauzione ancora non c'è. Dove sono i miei soldi?",
            "Tre settimane che aspetto lo sblocco della cauzione, e mi dite sempre 'in lavorazione'.",
        ],
        "de": [
            "Boot vor DREI Wochen einwandfrei zurückgegeben und die Kaution ist immer noch nicht da."
        ],
        "en": [
            "Returned the boat spotless THREE weeks ago and still no deposit back. Where's my money?"
        ],
        "fr": [
            "Bateau rendu impeccable il y a TROIS semaines et toujours pas de caution. Où est mon argent ?"
        ],
        "pt": [
            "Entregámos o barco impecável há TRÊS semanas e a caução nada. Onde está o meu dinheiro?"
        ],
    },
    "wrong_price": {
        "es": [
            "Soy socia del Club y me habéis cobrado la tarifa normal, 140 € más. Para qué pago el Club entonces.",
            "Pago el {club} todos los meses y en la reserva no me aplicáis el precio de socio. Quiero la diferencia.",
        ],
        "it": [
            "Sono socio del Club e mi avete fatto pagare la tariffa piena, 140 € in più. A cosa serve il Club allora?",
            "Pago il {club} ogni mese e il prezzo soci non è stato applicato. Rivoglio la differenza.",
        ],
        "de": [
            "Ich bin im Club und zahle trotzdem den Normalpreis, 140 € mehr. Wozu dann der Club?"
        ],
        "en": [
            "I'm a Club member and got charged the full rate, £120 more. What's the point of the Club then?"
        ],
        "fr": [
            "Je suis membre du Club et j'ai payé le plein tarif, 140 € de plus. À quoi sert le Club alors ?"
        ],
        "pt": [
            "Sou sócia do Club e cobraram-me a tarifa normal, mais 140 €. Para que pago o Club?"
        ],
    },
    "cancel_fee": {
        "es": [
            "Cancelé con 40 días de antelación y me cobráis 300 € de gastos. Vuestras condiciones dicen 14 días. Esto es un abuso.",
            "Gastos de cancelación de 300 € cancelando más de un mes antes. Devolvedlo.",
        ],
        "it": [
            "Ho cancellato 40 giorni prima e mi addebitate 300 € di penale. Le vostre condizioni dicono 14 giorni. È un furto.",
            "Penale di 300 € cancellando più di un mese prima. Rimborsatemi.",
        ],
        "de": [
            "40 Tage vorher storniert und trotzdem 300 € Gebühr. Laut AGB gilt 14 Tage. Frechheit."
        ],
        "en": [
            "Cancelled 40 days ahead and you've charged a £260 fee. Your terms say 14 days. Not on."
        ],
        "fr": [
            "Annulé 40 jours avant et 300 € de frais. Vos conditions disent 14 jours. C'est abusif."
        ],
        "pt": [
            "Cancelei com 40 dias de antecedência e cobraram 300 € de taxa. As condições dizem 14 dias."
        ],
    },
}

SPOKEN: dict[str, Table] = {
    "no_boat": {
        "es": ["el barco que reservamos no estaba en la base"],
        "it": ["la barca che avevamo prenotato non c'era"],
        "de": ["unser Boot war nicht da"],
        "en": ["our boat wasn't at the base"],
        "fr": ["notre bateau n'était pas à la base"],
        "pt": ["o barco não estava na base"],
    },
    "double_charge": {
        "es": ["me habéis cobrado la fianza dos veces"],
        "it": ["mi avete preso la cauzione due volte"],
        "de": ["die Kaution wurde zweimal abgebucht"],
        "en": ["you've taken the deposit twice"],
        "fr": ["vous avez prélevé la caution deux fois"],
        "pt": ["cobraram a caução duas vezes"],
    },
    "breakdown": {
        "es": ["el motor se paró y perdimos un día entero"],
        "it": ["il motore si è fermato e abbiamo perso un giorno"],
        "de": ["der Motor ist ausgefallen und wir haben einen Tag verloren"],
        "en": ["the engine died and we lost a whole day"],
        "fr": ["le moteur a lâché et on a perdu une journée"],
        "pt": ["o motor parou e perdemos um dia"],
    },
    "refund": {
        "es": ["la fianza no me la habéis devuelto en tres semanas"],
        "it": ["la cauzione non me l'avete ridata da tre settimane"],
        "de": ["die Kaution ist nach drei Wochen nicht zurück"],
        "en": ["three weeks and no deposit back"],
        "fr": ["trois semaines et toujours pas la caution"],
        "pt": ["três semanas e a caução não foi devolvida"],
    },
    "wrong_price": {
        "es": ["soy del club y me cobrasteis la tarifa normal"],
        "it": ["sono del club e ho pagato la tariffa piena"],
        "de": ["ich bin im Club und habe den vollen Preis gezahlt"],
        "en": ["i'm in the club and paid full price"],
        "fr": ["je suis au club et j'ai payé plein tarif"],
        "pt": ["sou do club e paguei a tarifa normal"],
    },
    "cancel_fee": {
        "es": ["cancelé con cuarenta días y me cobrasteis gastos"],
        "it": ["ho cancellato quaranta giorni prima e mi avete messo la penale"],
        "de": ["ich habe vierzig Tage vorher storniert und soll zahlen"],
        "en": ["i cancelled forty days ahead and got charged a fee"],
        "fr": ["j'ai annulé quarante jours avant et on me facture des frais"],
        "pt": ["cancelei com quarenta dias e cobraram taxa"],
    },
}

PHONE_COMPLAINT: Table = {
    "es": [
        "sí hola mire le llamo porque {spoken} y estoy harta de esperar esto no puede ser quiero una solución hoy",
        "hola buenas mire es que {spoken} y nadie me dice nada de verdad que ya no sé qué hacer",
    ],
    "it": [
        "pronto sì buongiorno chiamo perché {spoken} e sono veramente arrabbiato voglio una soluzione oggi",
        "salve guardi {spoken} e nessuno mi risponde non è possibile così",
    ],
    "de": [
        "ja guten Tag ich rufe an weil {spoken} und das geht so nicht ich will heute eine Lösung"
    ],
    "en": ["yeah hi i'm calling because {spoken} and honestly i'm fed up i want this sorted today"],
    "fr": [
        "oui bonjour j'appelle parce que {spoken} et franchement j'en ai marre je veux une solution"
    ],
    "pt": ["sim olá estou a ligar porque {spoken} e estou farta disto quero uma solução hoje"],
}

SUBJ_COMPLAINT: Table = {
    "es": ["Reclamación: {topic}"],
    "it": ["Reclamo: {topic}"],
    "de": ["Beschwerde: {topic}"],
    "en": ["Complaint: {topic}"],
    "fr": ["Réclamation : {topic}"],
    "pt": ["Reclamação: {topic}"],
}

SUBJ_CASE: Table = {
    "es": ["RE: Incidencia {ref}"],
    "it": ["R: Segnalazione {ref}"],
    "de": ["AW: Vorgang {ref}"],
    "en": ["Re: Your case {ref}"],
    "fr": ["RE : Dossier {ref}"],
    "pt": ["RE: Pedido {ref}"],
}

LONG_LETTER: Table = {
    "es": [
        "Hola,\n\nOs escribo desde la sala de espera del dentista de mi hija, así que perdonad si voy a saltos. Este año habíamos decidido que las vacaciones de mi padre, que cumple 75, serían en barco por el canal, porque él trabajó de joven en las esclusas de la zona y le hacía muchísima ilusión volver a verlas. Lo organicé todo con meses de antelación, hasta la silla plegable para que pudiera sentarse en cubierta.\n\n{complaint}\n\nNo os escribo para montar un drama, pero entended que para nosotros esto no era un finde cualquiera. Espero una respuesta seria y una solución, no un correo automático.\n\nUn saludo,\n{name}",
        "Buenas tardes:\n\nLes escribo aprovechando que estoy en el coche esperando a que salgan los niños de natación. Llevamos tres años reservando con ustedes y siempre hemos hablado bien de la empresa a amigos y compañeros; de hecho dos familias del cole reservaron por nosotros.\n\nEsta vez no ha sido así. {complaint}\n\nMe gustaría saber qué piensan hacer, porque tal y como está ahora mismo no me veo recomendándoles a nadie.\n\nAtentamente,\n{name}",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla stazione mentre aspetto un regionale in ritardo, quindi perdonate il disordine. Quest'anno la crociera in laguna era il regalo per i quarant'anni di matrimonio dei miei suoceri, e ci tenevamo tantissimo: mio suocero è di Chioggia e voleva far vedere ai nipoti i canali dove pescava da ragazzo.\n\n{complaint}\n\nNon voglio fare polemica, ma capite che per noi non era un weekend qualunque. Mi aspetto una risposta seria, non un messaggio automatico.\n\nCordiali saluti,\n{name}",
        "Gentile servizio clienti,\n\nscrivo in pausa pranzo dall'ufficio. Siamo clienti da tre anni e abbiamo sempre parlato bene di voi, tanto che due coppie di amici hanno prenotato dopo averci sentito raccontare le nostre vacanze.\n\nQuesta volta no. {complaint}\n\nVorrei sapere cosa intendete fare, perché così non me la sento più di consigliarvi.\n\nDistinti saluti,\n{name}",
    ],
    "de": [
        "Hallo,\n\nich schreibe aus dem Wartezimmer beim Tierarzt. Wir buchen seit Jahren bei Ihnen und waren immer begeistert.\n\n{complaint}\n\nIch erwarte eine ernsthafte Antwort.\n\nViele Grüße\n{name}"
    ],
    "en": [
        "Hello,\n\nWriting from the car outside my son's football practice. We've booked with you for years and always recommended you.\n\n{complaint}\n\nI'd like a proper answer, not a template.\n\nRegards,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du médecin. Nous réservons chez vous depuis des années.\n\n{complaint}\n\nJ'attends une vraie réponse.\n\nCordialement,\n{name}"
    ],
    "pt": [
        "Olá,\n\nEscrevo da sala de espera do hospital. Reservamos convosco há anos.\n\n{complaint}\n\nEspero uma resposta a sério.\n\nCumprimentos,\n{name}"
    ],
}

CASE_OPENED: Table = {
    "es": [
        "Hola {name}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {ref} y te respondemos en menos de 48 horas."
    ],
    "it": [
        "Ciao {name}, ci dispiace molto. Abbiamo aperto la segnalazione {ref} e ti rispondiamo entro 48 ore."
    ],
    "de": [
        "Hallo {name}, das tut uns leid. Wir haben den Vorgang {ref} eröffnet und melden uns binnen 48 Stunden."
    ],
    "en": [
        "Hi {name}, we're very sorry. We've opened case {ref} and will come back to you within 48 hours."
    ],
    "fr": [
        "Bonjour {name}, nous sommes désolés. Le dossier {ref} est ouvert, réponse sous 48 heures."
    ],
    "pt": ["Olá {name}, lamentamos muito. Abrimos o pedido {ref} e respondemos em 48 horas."],
}

GOOD_NEWS: Table = {
    "es": [
        "Hola {name}, buenas noticias sobre la incidencia {ref}: ya está solucionado por nuestra parte. ¿Nos confirmas que te llega todo bien?"
    ],
    "it": [
        "Ciao {name}, buone notizie sulla segnalazione {ref}: abbiamo risolto. Ci confermi che è tutto a posto?"
    ],
    "de": [
        "Hallo {name}, gute Nachrichten zu Vorgang {ref}: erledigt. Können Sie bestätigen, dass alles passt?"
    ],
    "en": [
        "Hi {name}, good news on case {ref}: it's sorted on our side. Could you confirm all is well?"
    ],
    "fr": [
        "Bonjour {name}, bonne nouvelle pour le dossier {ref} : c'est réglé. Pouvez-vous confirmer ?"
    ],
    "pt": ["Olá {name}, boas notícias sobre o pedido {ref}: está resolvido. Pode confirmar?"],
}

CONFIRM: Table = {
    "es": [
        "Confirmado, ya está todo bien con la {ref}. Gracias!",
        "Sí, resuelto lo de la {ref}, gracias por la rapidez",
    ],
    "it": ["Confermo, per la {ref} è tutto a posto. Grazie!", "Sì, risolto {ref}, grazie"],
    "de": ["Bestätigt, {ref} ist erledigt. Danke!"],
    "en": ["Confirmed, {ref} is all sorted. Thanks!"],
    "fr": ["Confirmé, {ref} c'est réglé. Merci !"],
    "pt": ["Confirmo, {ref} está resolvido. Obrigado!"],
}

APOLOGY: Table = {
    "es": [
        "Perdonad el tono de ayer, estaba desbordada. Gracias por arreglarlo tan rápido",
        "Siento cómo escribí ayer, se me fue de las manos. Gracias",
    ],
    "it": [
        "Scusate i toni di ieri, ero fuori di me. Grazie per aver risolto",
        "Mi scuso per ieri, ero stanchissima. Grazie",
    ],
    "de": ["Entschuldigung für gestern, war sehr gestresst. Danke fürs schnelle Lösen"],
    "en": ["Sorry for my tone yesterday, it was a long day. Thanks for fixing it"],
    "fr": ["Désolée pour le ton d'hier, j'étais à bout. Merci"],
    "pt": ["Desculpem o tom de ontem, estava nervosa. Obrigada"],
}

LOW_CSAT: Table = {
    "es": ["mal", ""],
    "it": ["pessimo", ""],
    "de": ["schlecht"],
    "en": ["poor"],
    "fr": ["nul"],
    "pt": ["mau"],
}

FOLLOWUP: Table = {
    "es": [
        "Sigo esperando con la incidencia {ref}. Sigue sin resolverse.",
        "Otra vez yo, {ref}, nada de nada. Sigue abierto.",
    ],
    "it": [
        "Sto ancora aspettando per la {ref}. Ancora niente.",
        "Di nuovo io, {ref}, tutto fermo. Ancora aperta.",
    ],
    "de": ["Immer noch nichts zu {ref}. Weiterhin offen."],
    "en": ["Still waiting on {ref}. Nothing has happened."],
    "fr": ["Toujours rien pour {ref}. Toujours ouvert."],
    "pt": ["Ainda à espera do {ref}. Continua por resolver."],
}

THIRD: Table = {
    "es": [
        "Tercera vez que escribo por la {ref}. Una compañera reserva con {comp} y allí lo arreglan en el día.",
        "Tercer mensaje por {ref}. He mirado lo que cobra {comp} y empiezo a pensar.",
    ],
    "it": [
        "Terza volta che scrivo per la {ref}. Una collega prenota con {comp} e lì risolvono in giornata.",
        "Terzo messaggio per {ref}. Ho guardato i prezzi di {comp}.",
    ],
    "de": ["Dritte Nachricht zu {ref}. Bei {comp} klappt sowas am selben Tag, sagt ein Kollege."],
    "en": [
        "Third time writing about {ref}. A mate books with {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième fois pour {ref}. Un collègue réserve chez {comp}, eux règlent ça dans la journée."
    ],
    "pt": [
        "Terceira vez que escrevo sobre {ref}. Um colega reserva na {comp} e lá resolvem no mesmo dia."
    ],
}

FOURTH: Table = {
    "es": ["CUARTA vez. {ref}. Sigue igual. Ya está bien."],
    "it": ["QUARTA volta. {ref}. Sempre uguale. Basta."],
    "de": ["Zum VIERTEN Mal: {ref}. Nichts passiert."],
    "en": ["FOURTH time. {ref}. Still the same."],
    "fr": ["QUATRIÈME fois. {ref}. Rien ne bouge."],
    "pt": ["QUARTA vez. {ref}. Tudo igual."],
}

CHAT_CASE: Table = {
    "es": [
        "Lo siento mucho, {name}. He abierto la incidencia {ref}, te escribimos en cuanto sepamos algo."
    ],
    "it": [
        "Mi dispiace molto, {name}. Ho aperto la segnalazione {ref}, ti scriviamo appena possibile."
    ],
    "de": ["Tut mir leid, {name}. Vorgang {ref} ist eröffnet, wir melden uns."],
    "en": ["So sorry, {name}. I've opened case {ref}, we'll be in touch shortly."],
    "fr": ["Désolé, {name}. Dossier {ref} ouvert, on revient vers vous."],
    "pt": ["Lamento, {name}. Abri o pedido {ref}, contactamos em breve."],
}

CHAT_URGENT: Table = {
    "es": ["Añadido a tu incidencia {ref} y marcado como urgente."],
    "it": ["Aggiunto alla tua segnalazione {ref} e segnato come urgente."],
    "de": ["Zu Vorgang {ref} hinzugefügt und als dringend markiert."],
    "en": ["Added to your case {ref} and marked urgent."],
    "fr": ["Ajouté au dossier {ref}, marqué urgent."],
    "pt": ["Acrescentado ao pedido {ref} e marcado como urgente."],
}

QUALITY_LEAD: Table = {
    "es": [
        "Hola {name}, tu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
    "it": [
        "Ciao {name}, la segnalazione {ref} ora è in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno."
    ],
    "de": [
        "Hallo {name}, Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "en": [
        "Hi {name}, case {ref} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Bonjour {name}, le dossier {ref} est chez notre responsable qualité, qui vous appelle avant vendredi midi."
    ],
    "pt": [
        "Olá {name}, o pedido {ref} está agora com a nossa responsável de qualidade, que liga até sexta ao meio-dia."
    ],
}

SLIDE: Table = {
    "es": [
        "El barco llegó a la base con dos horas de retraso y nadie avisó. Bueno, pasa.",
        "Colchones hundidos y el toldo roto. Antes no era así.",
        "Ahora nos hacen fotografiar cada rincón del barco al devolverlo. Media hora de fotos.",
        "Fianza subida a 800 € y una semana para desbloquearla. Cada vez peor {brand}.",
        "Nos cobran 60 € de 'limpieza extra' con el barco impecable y sus propias fotos lo demuestran. Indignada.",
        "Mi cuñado navega con {comp} y ya he reservado allí el puente de octubre. Se acabó.",
    ],
    "it": [
        "La barca era pronta con due ore di ritardo, senza avviso. Vabbè, capita.",
        "Materassi sfondati e tendalino strappato. Prima non era così.",
        "Adesso alla riconsegna vogliono una foto di ogni angolo della barca. Mezz'ora di foto.",
        "Cauzione salita a 800 € e una settimana per sbloccarla. Sempre peggio {brand}.",
        "Ci addebitano 60 € di 'pulizia extra' con la barca perfetta, e le loro foto lo dimostrano. Furiosa.",
        "Mio cognato naviga con {comp} e ho già prenotato lì per ottobre. Chiuso.",
    ],
    "de": [
        "Boot zwei Stunden zu spät bereit, ohne Info. Naja.",
        "Durchgelegene Matratzen, Sonnendach kaputt. Früher war das anders.",
        "Jetzt soll man bei Rückgabe jede Ecke fotografieren. Eine halbe Stunde Fotos.",
        "Kaution auf 800 € erhöht, eine Woche bis zur Freigabe. Immer schlechter, {brand}.",
        "60 € 'Extrareinigung' für ein blitzsauberes Boot, ihre eigenen Fotos zeigen es. Wütend.",
        "Mein Schwager fährt mit {comp}, ich habe den Herbst dort gebucht. Schluss.",
    ],
    "en": [
        "Boat ready two hours late, nobody told us. Oh well.",
        "Saggy mattresses and a torn canopy. Never used to be like this.",
        "Now they want a photo of every corner of the boat at return. Half an hour of photos.",
        "Deposit up to £700 and a week to release it. Going downhill, {brand}.",
        "£50 'extra cleaning' for a spotless boat, their own photos prove it. Livid.",
        "Brother-in-law goes with {comp}, I've booked October there. Done.",
    ],
    "fr": [
        "Bateau prêt avec deux heures de retard, sans prévenir. Bon.",
        "Matelas affaissés, taud déchiré. Ce n'était pas comme ça avant.",
        "Maintenant il faut photographier chaque recoin au retour. Une demi-heure de photos.",
        "Caution passée à 800 € et une semaine pour la débloquer. De pire en pire {brand}.",
        "60 € de 'ménage supplémentaire' pour un bateau impeccable, leurs photos le prouvent. Furieuse.",
        "Mon beau-frère navigue avec {comp}, j'ai réservé octobre chez eux. Fini.",
    ],
    "pt": [
        "Barco pronto com duas horas de atraso, sem aviso. Enfim.",
        "Colchões afundados e toldo rasgado. Antes não era assim.",
        "Agora querem fotografia de cada canto do barco na entrega. Meia hora de fotos.",
        "Caução subiu para 800 € e uma semana para desbloquear. Cada vez pior, {brand}.",
        "60 € de 'limpeza extra' com o barco impecável, as fotos deles provam. Furiosa.",
        "O meu cunhado navega com a {comp}, já reservei outubro lá. Acabou.",
    ],
}

LEAVE: Table = {
    "es": [
        "Hola, nos hemos comprado un velero de segunda mano con unos amigos, así que quiero darme de baja del {club} y cerrar la cuenta. Gracias por estos años.",
        "Buenas, nos mudamos a Chile por trabajo. Quiero cancelar el {club} y cerrar mi cuenta, por favor.",
    ],
    "it": [
        "Ciao, abbiamo comprato una barchetta usata con amici, quindi vorrei disdire il {club} e chiudere l'account. Grazie di tutto.",
        "Buongiorno, ci trasferiamo all'estero. Vorrei cancellare il {club} e chiudere il mio account.",
    ],
    "de": [
        "Hallo, wir haben uns ein eigenes Boot gekauft. Bitte {club} kündigen und Konto schließen."
    ],
    "en": [
        "Hi, we've bought our own little cruiser, so please cancel my {club} and close the account."
    ],
    "fr": [
        "Bonjour, nous avons acheté notre propre bateau. Merci de résilier le {club} et fermer le compte."
    ],
    "pt": ["Olá, comprámos um barco nosso. Quero cancelar o {club} e fechar a conta, por favor."],
}

SORRY_GO: Table = {
    "es": [
        "Hola {name}, qué pena que te vayas. Puedes cancelar el Club tú misma en la app o en la web, en Mi cuenta. ¡Buena navegación!"
    ],
    "it": [
        "Ciao {name}, ci dispiace vederti andare. Puoi disdire il Club dall'app o dal sito, in Il mio account. Buon vento!"
    ],
    "de": [
        "Hallo {name}, schade! Kündigen können Sie selbst in der App oder auf der Website unter Mein Konto."
    ],
    "en": [
        "Hi {name}, sorry to see you go. You can cancel the Club yourself in the app or on the website under My account."
    ],
    "fr": [
        "Bonjour {name}, dommage ! Vous pouvez résilier le Club dans l'appli ou sur le site, rubrique Mon compte."
    ],
    "pt": ["Olá {name}, que pena! Pode cancelar o Club na app ou no site, em A minha conta."],
}

GRUMBLE: Table = {
    "es": [
        "La app me cierra la sesión cada vez que la abro. Un rollo.",
        "El SMS de 'devolución en 2 horas' a las 6 de la mañana, en serio?",
        "Otra vez cola de 40 minutos en la base el sábado.",
        "El aparcamiento de la base es un barrizal.",
    ],
    "it": [
        "L'app mi slogga ogni volta. Che noia.",
        "Il messaggio 'riconsegna tra 2 ore' alle 6 di mattina, davvero?",
        "Ancora 40 minuti di coda in base il sabato.",
        "Il parcheggio della base è un pantano.",
    ],
    "de": ["Die App meldet mich jedes Mal ab.", "Wieder 40 Minuten Schlange an der Basis."],
    "en": ["App logs me out every single time.", "40-minute queue at the base again on Saturday."],
    "fr": ["L'appli me déconnecte à chaque fois.", "Encore 40 minutes de queue à la base samedi."],
    "pt": ["A app faz logout sempre.", "Outra vez 40 minutos de fila na base ao sábado."],
}

SARCASM: Table = {
    "es": [
        "Qué detalle de {brand} mandarme el recordatorio de embarque cuando ya estábamos de vuelta en casa 👏",
        "Genial el 'barco recién limpiado' con las migas del grupo anterior de regalo 😂",
    ],
    "it": [
        "Che pensiero gentile di {brand} mandarmi il promemoria d'imbarco quando eravamo già a casa 👏",
        "Bellissima la 'barca appena pulita' con le briciole del gruppo prima in omaggio 😂",
    ],
    "de": ["Danke {brand} für die Boarding-Erinnerung, als wir schon wieder zu Hause waren 👏"],
    "en": ["Cheers {brand} for the boarding reminder the day after we got home 👏"],
    "fr": ["Merci {brand} pour le rappel d'embarquement reçu une fois rentrés 👏"],
    "pt": ["Obrigada {brand} pelo lembrete de embarque quando já estávamos em casa 👏"],
}

MILD: Table = {
    "es": [
        "El mapa de bases me sale en otra ciudad, ¿es cosa mía?",
        "Las notificaciones me llegan en inglés aunque tengo la app en español.",
    ],
    "it": [
        "La mappa delle basi mi mostra un'altra città, succede solo a me?",
        "Le notifiche arrivano in inglese anche se l'app è in italiano.",
    ],
    "de": ["Die Basis-Karte zeigt eine falsche Stadt an."],
    "en": ["The base map shows the wrong town for me."],
    "fr": ["La carte des bases affiche la mauvaise ville."],
    "pt": ["O mapa das bases mostra outra cidade."],
}

MILD_ACK: Table = {
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
    "it": ["Grazie della segnalazione, la giriamo al team dell'app."],
    "de": ["Danke für den Hinweis, geht ans App-Team."],
    "en": ["Thanks for flagging, passed to the app team."],
    "fr": ["Merci du signalement, transmis à l'équipe de l'appli."],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app."],
}

SPIKE_REPORT: Table = {
    "es": [
        "Estamos en {base} para el cambio de sábado y el check-in de la app da error {code}, 'reserva no encontrada'. Sin check-in no nos dan el barco. ¿Qué pasa?",
        "{brand} la app no deja hacer el check-in, sale {code}. Toda la familia en el muelle con maletas.",
        "error {code} al hacer el check-in en la app, y en la base dicen que sin eso no entregan las llaves",
    ],
    "it": [
        "Siamo in base a {base} e il check-in dall'app dà errore {code}, 'prenotazione non trovata'. Senza check-in niente barca.",
        "{brand} l'app non fa fare il check-in, esce {code}. Siamo sul molo con le valigie.",
        "errore {code} sul check-in dell'app e in base non ci danno le chiavi",
    ],
    "de": [
        "Check-in in der App geht nicht, Fehler {code}, 'Buchung nicht gefunden'. Ohne Check-in kein Boot."
    ],
    "en": [
        "App check-in fails with {code}, 'booking not found'. Base won't hand over the boat without it."
    ],
    "fr": [
        "Le check-in de l'appli plante, erreur {code}, 'réservation introuvable'. Pas de bateau sans ça."
    ],
    "pt": [
        "O check-in na app dá erro {code}, 'reserva não encontrada'. Sem check-in não nos dão o barco."
    ],
}

SPIKE_REPEAT: Table = {
    "es": ["Sigue igual, {code} también desde el móvil de mi marido. Seguimos en el muelle."],
    "it": ["Ancora {code}, anche dal telefono di mia moglie. Siamo ancora sul molo."],
    "de": ["Immer noch {code}, auch auf dem Handy meiner Frau."],
    "en": ["Still {code}, tried my husband's phone too."],
    "fr": ["Toujours {code}, même sur le téléphone de ma femme."],
    "pt": ["Continua {code}, também no telemóvel do meu marido."],
}

SPIKE_CHAT_A: Table = {
    "es": [
        "Sí, ahora mismo el check-in de la app falla en todas las bases, el equipo técnico ya está con ello."
    ],
    "it": [
        "Sì, in questo momento il check-in dell'app non funziona in nessuna base, i tecnici ci stanno lavorando."
    ],
    "de": ["Ja, der App-Check-in fällt gerade an allen Basen aus, die Technik ist dran."],
    "en": ["Yes, app check-in is failing at every base right now, our engineers are on it."],
    "fr": [
        "Oui, le check-in de l'appli est en panne sur toutes les bases, nos techniciens s'en occupent."
    ],
    "pt": [
        "Sim, neste momento o check-in da app falha em todas as bases, a equipa técnica está a tratar."
    ],
}

SPIKE_FIXED: Table = {
    "es": [
        "Hola {name}, el check-in de la app funciona de nuevo desde las {time}. Te hemos abonado 30 € por la espera. Disculpa las molestias."
    ],
    "it": [
        "Ciao {name}, il check-in dall'app funziona di nuovo dalle {time}. Ti abbiamo accreditato 30 € per l'attesa. Scusa il disagio."
    ],
    "de": [
        "Hallo {name}, der App-Check-in geht seit {time} wieder. Wir haben 30 € gutgeschrieben."
    ],
    "en": ["Hi {name}, app check-in works again since {time}. We've credited £25 for the wait."],
    "fr": [
        "Bonjour {name}, le check-in fonctionne de nouveau depuis {time}. 30 € crédités pour l'attente."
    ],
    "pt": [
        "Olá {name}, o check-in da app volta a funcionar desde as {time}. Creditámos 30 € pela espera."
    ],
}

LONE_Q: Table = {
    "es": [
        "Hola, ayer hice el check-in online para mañana y me salió bien, pero el correo de confirmación no llega. ¿Es normal?"
    ],
    "it": [
        "Ciao, ho fatto il check-in online per domani ed è andato, ma non mi è arrivata la mail di conferma. È normale?"
    ],
}

LONE_A: Table = {
    "es": [
        "¡Hola! Sí, el check-in está hecho, lo vemos en tu reserva. El correo a veces tarda, no te preocupes."
    ],
    "it": [
        "Ciao! Sì, il check-in risulta fatto nella prenotazione. La mail a volte tarda, tranquilla."
    ],
}

# --- business arm (Navilia Crew: team days and corporate charters on account) ---
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_COMPLAINT: dict[str, Table] = {
    "invoice": {
        "es": [
            "Las facturas de {pro} siguen saliendo sin nuestro número de pedido y con la razón social antigua. Contabilidad no puede pagarlas."
        ],
        "it": [
            "Le fatture {pro} arrivano ancora senza numero d'ordine e con la vecchia ragione sociale. L'amministrazione non le può pagare."
        ],
        "de": [
            "Die {pro}-Rechnungen kommen ohne Bestellnummer und mit alter Firmierung. Buchhaltung kann nicht zahlen."
        ],
        "en": [
            "{pro} invoices still come without our PO number and under our old company name. Accounts can't pay them."
        ],
        "fr": [
            "Les factures {pro} arrivent sans numéro de commande et avec l'ancienne raison sociale. Impossible de payer."
        ],
        "pt": [
            "As faturas {pro} vêm sem número de encomenda e com a denominação antiga. A contabilidade não paga."
        ],
    },
    "service_blocked": {
        "es": [
            "Hoy en la base nos han negado el barco del equipo: 'cuenta bloqueada'. Tenemos todo pagado."
        ],
        "it": [
            "Oggi in base ci hanno negato la barca per il team: 'conto bloccato'. Abbiamo pagato tutto."
        ],
        "de": ["Heute an der Basis kein Boot fürs Team: 'Konto gesperrt'. Alles ist bezahlt."],
        "en": ["The base refused our team boat today: 'account on stop'. Everything is paid."],
        "fr": ["La base nous a refusé le bateau d'équipe : 'compte bloqué'. Tout est payé."],
        "pt": ["Na base recusaram o barco da equipa: 'conta bloqueada'. Está tudo pago."],
    },
    "portal": {
        "es": [
            "El portal de empresa no muestra ninguna reserva, así que no podemos añadir a los participantes ni cambiar fechas."
        ],
        "it": [
            "Il portale aziendale non mostra nessuna prenotazione, non possiamo aggiungere partecipanti né cambiare date."
        ],
        "de": ["Das Firmenportal zeigt keine Buchungen, wir können keine Teilnehmer eintragen."],
        "en": ["The company portal shows no bookings, so we can't add attendees or change dates."],
        "fr": [
            "Le portail entreprise n'affiche aucune réservation, impossible d'ajouter des participants."
        ],
        "pt": ["O portal da empresa não mostra reservas, não conseguimos adicionar participantes."],
    },
    "overbilled": {
        "es": [
            "Nos facturáis tarifa de semana completa por jornadas de un día. El contrato dice tarifa por jornada."
        ],
        "it": [
            "Ci fatturate la tariffa settimanale per uscite di un giorno. Il contratto dice tariffa giornaliera."
        ],
        "de": ["Sie berechnen Wochenpreise für Tagesausflüge. Vertraglich gilt der Tagessatz."],
        "en": ["You're billing a full-week rate for one-day charters. The contract says day rate."],
        "fr": [
            "Vous facturez le tarif semaine pour des sorties d'une journée. Le contrat dit tarif jour."
        ],
        "pt": ["Faturam tarifa semanal para saídas de um dia. O contrato diz tarifa diária."],
    },
}

B2B_LATER: Table = {
    "es": [
        "Escribo también yo por lo mismo que mi compañero {name} el {when} (incidencia {ref}). {problem}",
        "Me sumo a lo que os contó {name} el {when}, {ref}: {problem}",
    ],
    "it": [
        "Scrivo anch'io per la stessa cosa del collega {name} di {when} (segnalazione {ref}). {problem}",
        "Mi unisco a quanto scritto da {name} {when}, {ref}: {problem}",
    ],
    "de": [
        "Ich schreibe wegen derselben Sache wie mein Kollege {name} am {when} ({ref}). {problem}"
    ],
    "en": ["Writing about the same thing as my colleague {name} on {when} ({ref}). {problem}"],
    "fr": ["J'écris pour la même chose que mon collègue {name} {when} ({ref}). {problem}"],
    "pt": ["Escrevo pelo mesmo que o colega {name} na {when} ({ref}). {problem}"],
}

WEEKDAYS: Table = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}

B2B_LAST_MAIL: Table = {
    "es": [
        "{ref}: sigue sin resolverse y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}."
    ],
    "it": [
        "{ref}: ancora niente e vi hanno scritto già diversi colleghi. L'ufficio acquisti ha chiesto i prezzi a {comp}."
    ],
    "de": [
        "{ref}: immer noch offen, mehrere Kollegen haben geschrieben. Der Einkauf fragt schon bei {comp} an."
    ],
    "en": [
        "{ref}: still not fixed and several colleagues have written. Procurement has asked {comp} for rates."
    ],
    "fr": [
        "{ref} : toujours rien, plusieurs collègues vous ont écrit. Les achats consultent {comp}."
    ],
    "pt": [
        "{ref}: continua por resolver e vários colegas escreveram. As compras já pediram preços à {comp}."
    ],
}

B2B_LAST_PHONE: Table = {
    "es": [
        "hola llamo por la incidencia {ref} que sigue igual ya os han escrito varios compañeros y mi jefa dice que si no se arregla esta semana nos vamos a otro proveedor"
    ],
    "it": [
        "buongiorno chiamo per la segnalazione {ref} è ancora tutto fermo vi hanno scritto in tanti e il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "de": [
        "ja hallo wegen {ref} das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "en": [
        "hi it's about {ref} still not sorted several of us have written and my boss says we move the account if it isn't fixed this week"
    ],
    "fr": [
        "bonjour c'est pour {ref} toujours rien plusieurs collègues ont écrit et mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "pt": [
        "olá é sobre o {ref} continua igual vários colegas já escreveram e o meu chefe diz que mudamos de fornecedor se não resolverem esta semana"
    ],
}

B2B_ACK: Table = {
    "es": [
        "Hola {name}, gracias por avisar. Lo registramos como incidencia {ref} y lo revisa el equipo de cuentas de empresa."
    ],
    "it": [
        "Ciao {name}, grazie. Abbiamo aperto la segnalazione {ref}, la segue il team clienti business."
    ],
    "de": ["Hallo {name}, danke. Vorgang {ref} ist eröffnet, unser Firmenkunden-Team prüft das."],
    "en": [
        "Hi {name}, thanks. We've logged this as case {ref}; our business accounts team is on it."
    ],
    "fr": ["Bonjour {name}, merci. Dossier {ref} ouvert, notre équipe entreprises s'en occupe."],
    "pt": ["Olá {name}, obrigado. Abrimos o pedido {ref}, a equipa de empresas está a tratar."],
}

SUGGEST: Table = {
    "es": [
        "Sugerencia: estaría bien poder exportar los costes de cada salida por centro de coste.",
        "Sería útil que el albarán de embarque incluyera la lista de participantes.",
    ],
    "it": [
        "Suggerimento: sarebbe comodo esportare i costi delle uscite per centro di costo.",
        "Sarebbe utile avere l'elenco partecipanti sul foglio d'imbarco.",
    ],
    "de": ["Vorschlag: Kosten je Ausflug nach Kostenstelle exportieren können."],
    "en": ["Suggestion: it'd help to export trip costs by cost centre."],
    "fr": ["Suggestion : pouvoir exporter les coûts par centre de coût."],
    "pt": ["Sugestão: exportar custos por centro de custo."],
}

B2B_Q: Table = {
    "es": [
        "Hola, ¿podemos añadir catering a bordo para 12 personas en la salida del jueves?",
        "Buenas, ¿cuál es el plazo para cambiar participantes?",
    ],
    "it": [
        "Ciao, si può aggiungere il catering a bordo per 12 persone giovedì?",
        "Buongiorno, entro quando possiamo cambiare i partecipanti?",
    ],
    "de": ["Hallo, können wir Catering für 12 Personen am Donnerstag dazubuchen?"],
    "en": ["Hi, can we add onboard catering for 12 on Thursday's trip?"],
    "fr": ["Bonjour, peut-on ajouter un traiteur à bord pour 12 jeudi ?"],
    "pt": ["Olá, podemos juntar catering a bordo para 12 pessoas na quinta?"],
}

B2B_A: Table = {
    "es": [
        "¡Claro! Añadido, y los participantes se pueden cambiar hasta 48 h antes desde el portal."
    ],
    "it": ["Certo! Aggiunto; i partecipanti si cambiano fino a 48 ore prima dal portale."],
    "de": ["Gern! Hinzugefügt; Teilnehmer bis 48 h vorher im Portal änderbar."],
    "en": ["Sure! Added; attendees can be changed up to 48h before in the portal."],
    "fr": ["Bien sûr ! Ajouté ; participants modifiables jusqu'à 48 h avant."],
    "pt": ["Claro! Adicionado; participantes alteráveis até 48 h antes no portal."],
}

B2B_PRAISE: Table = {
    "es": ["Jornada de equipo en el canal con {brand}, todo el mundo encantado"],
    "it": ["Giornata aziendale in laguna con {brand}, tutti entusiasti"],
    "de": ["Teamtag auf dem See mit {brand}, alle begeistert"],
    "en": ["Team day on the river with {brand}, everyone loved it"],
    "fr": ["Journée d'équipe sur le canal avec {brand}, tout le monde ravi"],
    "pt": ["Dia de equipa no lago com a {brand}, todos adoraram"],
}
