# ruff: noqa: E501
"""Wording of heldout319 (Sonaro: party sound, DJ and light hire). Written by hand."""

from __future__ import annotations

LANGS = ("pt", "de", "en", "es", "fr", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "pt": ("PT",),
    "de": ("DE", "AT", "CH"),
    "en": ("UK", "IE"),
    "es": ("ES",),
    "fr": ("FR", "BE"),
    "it": ("IT", "CH"),
}
FIRST = {
    "pt": ("Inês", "Rui", "Joana", "Tiago", "Marta", "Hugo", "Beatriz", "Nuno", "Sofia", "Duarte"),
    "de": (
        "Jonas",
        "Leonie",
        "Felix",
        "Hannah",
        "Tobias",
        "Miriam",
        "Lukas",
        "Anja",
        "Stefan",
        "Carla",
    ),
    "en": ("Owen", "Niamh", "Callum", "Freya", "Declan", "Imogen"),
    "es": ("Álvaro", "Nuria", "Iker", "Paloma", "Rubén", "Celia"),
    "fr": ("Mathis", "Océane", "Bastien", "Lise", "Gaël", "Manon"),
    "it": ("Matteo", "Giulia", "Davide", "Chiara", "Simone", "Elisa"),
}
LAST = {
    "pt": ("Carvalho", "Moura", "Tavares", "Pinto", "Barros", "Macedo", "Lobo", "Fontes"),
    "de": ("Krüger", "Vogt", "Seidel", "Hahn", "Brandl", "Kessler", "Lorenz", "Wendt"),
    "en": ("Hughes", "Doyle", "Fraser", "Kendall", "Walsh", "Pryce"),
    "es": ("Serrano", "Ibáñez", "Castro", "Vidal", "Prieto", "Lozano"),
    "fr": ("Morel", "Gauthier", "Lemaire", "Roux", "Perrin", "Chevalier"),
    "it": ("Rinaldi", "Ferraro", "Galli", "Conti", "Marchetti", "Bruno"),
}
PRODUCTS = (
    ("Party speaker pair 2x500 W, weekend", 89),
    ("DJ controller with two monitors, weekend", 119),
    ("Wireless microphone kit (2), day", 35),
    ("LED light bars and uplighters, weekend", 59),
    ("Karaoke set with screen, weekend", 75),
    ("Outdoor cinema projector and screen, night", 99),
    ("Smoke machine and fluid, weekend", 29),
)
PROBLEMS = ("no_show", "double_charge", "damage", "refund")

PRAISE: dict[str, list[str]] = {
    "pt": [
        "As colunas da Sonaro aguentaram a festa toda dos 40 anos da minha irmã, som limpinho até às 3h 🎉",
        "Terceira vez que alugo o kit de karaoke, os miúdos já nem querem outra coisa. Obrigada Sonaro!",
        "Entrega à hora certa e o técnico ainda me explicou a mesa de mistura. 5 estrelas",
    ],
    "de": [
        "Die Boxen von Sonaro haben auf unserer Gartenparty richtig gut geklungen, Nachbarn haben sogar mitgetanzt 😄",
        "Schon wieder die Lichtleisten gemietet, Aufbau in 10 Minuten, klappt jedes Mal.",
        "Fahrer war superfreundlich und hat die Anlage sogar in den Keller getragen. Danke Sonaro!",
    ],
    "en": [
        "Sonaro speakers made my son's 18th, crisp sound all night and collection dead on time",
        "Third time hiring the outdoor cinema kit, still the best night of the summer",
    ],
    "es": [
        "Los altavoces de Sonaro sonaron de lujo en la boda de mi prima, todo el mundo preguntando de dónde eran",
        "Otra vez el karaoke de Sonaro en el cumple, mis tías no soltaban el micro jaja",
    ],
    "fr": [
        "Enceintes Sonaro au top pour l'anniversaire de ma fille, livraison pile à l'heure",
        "Encore une soirée réussie avec les barres LED, montage hyper simple",
    ],
    "it": [
        "Casse Sonaro perfette per la festa in terrazza, suono pulito e ritiro puntuale",
        "Terza volta che noleggio il proiettore, cinema all'aperto riuscitissimo",
    ],
}
QUESTION: dict[str, list[str]] = {
    "pt": [
        "Olá, a mesa de DJ vem com os cabos para ligar às colunas ou tenho de ter os meus?",
        "Boa tarde, posso levantar o kit de microfones na sexta à noite em vez de sábado?",
    ],
    "de": [
        "Hallo, sind beim DJ-Controller die Kabel für die Boxen dabei oder brauche ich eigene?",
        "Kann ich die Nebelmaschine auch am Sonntagabend zurückgeben statt Montag früh?",
    ],
    "en": ["Hi, does the karaoke set need wifi or does it work offline?"],
    "es": ["Hola, ¿el proyector trae cable HDMI largo o lo tengo que llevar yo?"],
    "fr": ["Bonjour, est-ce que le kit micro fonctionne avec une enceinte Bluetooth ?"],
    "it": ["Ciao, le barre LED si possono comandare dal telefono?"],
}
ANSWER: dict[str, list[str]] = {
    "pt": ["Olá! Sim, vêm todos os cabos na mala e um guia rápido. Boa festa!"],
    "de": ["Hallo! Ja, alle Kabel liegen im Koffer, dazu eine Kurzanleitung. Viel Spaß!"],
    "en": ["Hi! Yes, it all works offline, the song list is on the unit. Have fun!"],
    "es": ["¡Hola! Sí, va todo incluido en la maleta con una guía rápida. ¡Buena fiesta!"],
    "fr": ["Bonjour ! Oui, tout est fourni dans la valise avec un guide rapide. Bonne fête !"],
    "it": ["Ciao! Sì, è tutto incluso nella valigia con una guida rapida. Buona festa!"],
}
THANKS: dict[str, list[str]] = {
    "pt": ["Perfeito, obrigada!", "Top, obg 👍"],
    "de": ["Super, danke!", "Alles klar, danke dir 👍"],
    "en": ["Brilliant, thanks!"],
    "es": ["Genial, ¡gracias!"],
    "fr": ["Parfait, merci !"],
    "it": ["Perfetto, grazie!"],
}
NIGHT_POST: dict[str, list[str]] = {
    "pt": [
        "3 da manhã e ainda a arrumar as colunas depois da festa. Valeu cada minuto, Sonaro",
        "Turno da noite no hospital e já a marcar o karaoke para o aniversário de sábado 😴",
    ],
    "de": [
        "Halb drei, Party vorbei, Boxen verstaut. Beste Anlage bisher, Sonaro",
        "Nachtschicht an der Tanke und nebenbei schon die Lichter für Samstag gebucht",
    ],
    "en": ["2am, last guests gone, speakers packed. Worth every penny Sonaro"],
    "es": ["Las 3 de la mañana y recogiendo los altavoces, fiestón. Gracias Sonaro"],
    "fr": ["3h du mat, soirée finie, enceintes rangées. Top Sonaro"],
    "it": ["Le 3 di notte, festa finita, casse imballate. Grande Sonaro"],
}
NIGHT_Q: dict[str, list[str]] = {
    "pt": ["Ainda alguém aí? Posso deixar as colunas no cacifo amanhã às 6h?"],
    "de": ["Noch jemand da? Kann ich die Boxen morgen um 6 in den Abholschrank legen?"],
    "en": ["Anyone about? Can I drop the speakers in the locker at 6am?"],
    "es": ["¿Hay alguien? ¿Puedo dejar los altavoces en la taquilla a las 6?"],
    "fr": ["Quelqu'un ? Je peux déposer les enceintes au casier à 6h ?"],
    "it": ["C'è qualcuno? Posso lasciare le casse nell'armadietto alle 6?"],
}
NIGHT_A: dict[str, list[str]] = {
    "pt": ["Pode sim, o cacifo abre 24h com o código da app."],
    "de": ["Ja, der Schrank ist rund um die Uhr offen, Code steht in der App."],
    "en": ["Yes, the locker is open 24/7 with the code in the app."],
    "es": ["Sí, la taquilla abre 24h con el código de la app."],
    "fr": ["Oui, le casier est ouvert 24h/24 avec le code de l'appli."],
    "it": ["Sì, l'armadietto è aperto 24 ore con il codice dell'app."],
}
SURVEY_WORD: dict[str, list[str]] = {
    "pt": ["Excelente", "Tudo 5 estrelas", ""],
    "de": ["Top", "Immer wieder gern", ""],
    "en": ["Spot on", ""],
    "es": ["Muy bien", ""],
    "fr": ["Nickel", ""],
    "it": ["Ottimo", ""],
}
REVIEW: dict[str, list[str]] = {
    "pt": ["Colunas potentes e entrega pontual. Recomendo."],
    "de": ["Kräftiger Sound, pünktliche Lieferung. Gern wieder."],
    "en": ["Loud, clear and on time. Would hire again."],
    "es": ["Sonido potente y entrega puntual. Repetiré."],
    "fr": ["Son puissant et livraison à l'heure. Je recommande."],
    "it": ["Suono potente e consegna puntuale. Consigliato."],
}
PHONE_Q: dict[str, list[str]] = {
    "pt": [
        "olá queria saber se a entrega no sábado pode ser antes das dez porque a festa é ao almoço"
    ],
    "de": [
        "ja hallo ich wollte fragen ob die Lieferung am Samstag vor zehn klappt die Feier ist mittags"
    ],
    "en": [
        "hi there just checking if saturday delivery can be before ten the party starts at lunch"
    ],
    "es": [
        "hola quería saber si la entrega del sábado puede ser antes de las diez que la fiesta es a mediodía"
    ],
    "fr": [
        "bonjour je voulais savoir si la livraison samedi peut être avant dix heures la fête est à midi"
    ],
    "it": [
        "buongiorno volevo sapere se la consegna di sabato può essere prima delle dieci la festa è a pranzo"
    ],
}
PHONE_FOLLOW: dict[str, list[str]] = {
    "pt": ["Como falado ao telefone: entrega marcada para sábado entre as 8h e as 10h."],
    "de": ["Wie telefonisch besprochen: Lieferung am Samstag zwischen 8 und 10 Uhr."],
    "en": ["As discussed: delivery booked for Saturday between 8 and 10am."],
    "es": ["Como hablamos: entrega el sábado entre las 8 y las 10."],
    "fr": ["Comme convenu : livraison samedi entre 8h et 10h."],
    "it": ["Come concordato: consegna sabato tra le 8 e le 10."],
}

# One bad day: the problem, short form. {ref} is never in these.
BAD: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "pt": [
            "A app diz ENTREGUE às 9h14 e não há colunas nenhuma. Festa às 14h e 60 convidados. Isto é inacreditável",
            "Paguei 89 € por colunas que nunca chegaram, marcadas como entregues. Ninguém atende o telefone!",
        ],
        "de": [
            "App sagt GELIEFERT um 9:14, hier ist nichts. Party um 14 Uhr, 60 Gäste. Unfassbar",
            "89 € bezahlt, Boxen als zugestellt markiert und nie angekommen. Keiner geht ans Telefon!",
        ],
        "en": [
            "App says DELIVERED at 9:14, no speakers anywhere. Party at 2, 60 guests. Unbelievable"
        ],
        "es": [
            "La app dice ENTREGADO a las 9:14 y aquí no hay nada. Fiesta a las 14h con 60 invitados. Increíble"
        ],
        "fr": ["L'appli dit LIVRÉ à 9h14 et rien ici. Fête à 14h, 60 invités. Inadmissible"],
        "it": [
            "L'app dice CONSEGNATO alle 9:14 e qui non c'è niente. Festa alle 14, 60 invitati. Assurdo"
        ],
    },
    "double_charge": {
        "pt": [
            "Cobraram a caução DUAS vezes, 300 € presos no cartão e a renda vai falhar. Resolvam isto já",
            "Caução cobrada em duplicado no meu cartão. Estou sem dinheiro para as compras da semana, que vergonha",
        ],
        "de": [
            "Kaution ZWEIMAL abgebucht, 300 € blockiert und die Miete platzt. Sofort klären bitte",
            "Die Kaution wurde doppelt reserviert, mein Konto ist im Minus. Das ist echt das Letzte",
        ],
        "en": ["Deposit taken TWICE, £260 held on my card and my rent bounced. Sort it out now"],
        "es": [
            "Me han cobrado la fianza DOS veces, 300 € retenidos y no me llega para el alquiler. Vergüenza"
        ],
        "fr": ["Caution prélevée DEUX fois, 300 € bloqués et mon loyer est rejeté. Réglez ça vite"],
        "it": ["Cauzione addebitata DUE volte, 300 € bloccati e salta l'affitto. Vergognoso"],
    },
    "damage": {
        "pt": [
            "A coluna da esquerda chegou a estalar e rebentou ao fim de meia hora. Festa estragada, péssimo",
            "O microfone sem fios corta a cada dez segundos, os brindes do casamento ficaram sem som. Horrível",
        ],
        "de": [
            "Linke Box hat von Anfang an geknackt und nach einer halben Stunde aufgegeben. Feier ruiniert",
            "Das Funkmikro bricht alle zehn Sekunden ab, die Hochzeitsreden waren nicht zu hören. Furchtbar",
        ],
        "en": [
            "Left speaker crackled from the start and died after half an hour. Party ruined, awful"
        ],
        "es": [
            "El altavoz izquierdo crujía desde el principio y murió a la media hora. Fiesta arruinada"
        ],
        "fr": [
            "L'enceinte gauche grésillait dès le début et a lâché au bout d'une demi-heure. Soirée gâchée"
        ],
        "it": ["La cassa sinistra gracchiava dall'inizio ed è morta dopo mezz'ora. Festa rovinata"],
    },
    "refund": {
        "pt": [
            "Três semanas e a caução de 150 € ainda não foi devolvida. Devolvi tudo impecável. Quero o meu dinheiro",
            "Devolvi as luzes no dia certo e a caução continua presa há TRÊS semanas. Estou farta",
        ],
        "de": [
            "Drei Wochen und die 150 € Kaution sind immer noch nicht zurück. Alles tadellos abgegeben. Ich will mein Geld",
            "Lichter pünktlich zurückgebracht, Kaution hängt seit DREI Wochen fest. Mir reichts",
        ],
        "en": [
            "Three weeks and my £130 deposit still isn't back. Returned everything spotless. I want my money"
        ],
        "es": [
            "Tres semanas y la fianza de 150 € sin devolver. Lo devolví todo perfecto. Quiero mi dinero"
        ],
        "fr": [
            "Trois semaines et ma caution de 150 € n'est toujours pas rendue. Tout rendu nickel. Je veux mon argent"
        ],
        "it": [
            "Tre settimane e la cauzione di 150 € non è ancora tornata. Tutto restituito perfetto. Rivoglio i miei soldi"
        ],
    },
}
TOPIC = {
    "pt": {
        "no_show": "entrega não feita",
        "double_charge": "caução duplicada",
        "damage": "equipamento avariado",
        "refund": "caução por devolver",
    },
    "de": {
        "no_show": "Lieferung nicht erfolgt",
        "double_charge": "Kaution doppelt",
        "damage": "Gerät defekt",
        "refund": "Kaution nicht erstattet",
    },
    "en": {
        "no_show": "delivery never came",
        "double_charge": "deposit taken twice",
        "damage": "faulty speaker",
        "refund": "deposit not returned",
    },
    "es": {
        "no_show": "entrega no realizada",
        "double_charge": "fianza duplicada",
        "damage": "equipo averiado",
        "refund": "fianza sin devolver",
    },
    "fr": {
        "no_show": "livraison jamais faite",
        "double_charge": "caution en double",
        "damage": "matériel en panne",
        "refund": "caution non rendue",
    },
    "it": {
        "no_show": "consegna mai fatta",
        "double_charge": "cauzione doppia",
        "damage": "attrezzatura guasta",
        "refund": "cauzione non resa",
    },
}
COMPLAINT_SUBJECT = {
    "pt": "Reclamação: ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "es": "Reclamación: ",
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
}
CASE_SUBJECT = {
    "pt": "RE: Pedido ",
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "es": "RE: Incidencia ",
    "fr": "RE : Demande ",
    "it": "R: Segnalazione ",
}
LONG_FRAME: dict[str, list[str]] = {
    "pt": [
        "Bom dia,\n\nescrevo-vos do carro à porta da natação dos gémeos, que é o único sítio onde tenho dez minutos. Alugo convosco há dois anos para as festas da associação de pais e nunca tive razão de queixa. {problem}. Sei que há dias maus, mas preciso de uma resposta hoje.\n\nCumprimentos,\n{name}",
        "Olá,\n\ndesculpem o testamento, estou na sala de espera do veterinário com o cão. No sábado fizemos a festa de reforma do meu pai, correu tudo bem menos isto: {problem}. Não é o que espero de vocês.\n\nObrigada,\n{name}",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe in der Mittagspause aus dem Auto, weil ich sonst nicht dazu komme. Seit Jahren miete ich bei Ihnen für unser Vereinsfest und war immer zufrieden. {problem}. Ich erwarte bis heute Abend eine Antwort.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo,\n\nentschuldigen Sie den langen Text, ich sitze im Wartezimmer beim Kinderarzt. Die Konfirmation meiner Tochter war schön, bis auf das hier: {problem}. So geht das nicht.\n\nGruß\n{name}",
    ],
}
CASE_OPENED: dict[str, list[str]] = {
    "pt": ["Lamentamos muito. Abrimos o pedido {ref} e voltamos a contactar até amanhã."],
    "de": [
        "Das tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und melden uns bis morgen."
    ],
    "en": ["We're really sorry. We've opened case {ref} and will be back to you by tomorrow."],
    "es": [
        "Lo sentimos mucho. Hemos abierto la incidencia {ref} y le contestamos antes de mañana."
    ],
    "fr": ["Nous sommes désolés. La demande {ref} est ouverte, retour d'ici demain."],
    "it": [
        "Ci dispiace molto. Abbiamo aperto la segnalazione {ref}, la ricontattiamo entro domani."
    ],
}
GOOD_NEWS: dict[str, list[str]] = {
    "pt": ["Boas notícias sobre o pedido {ref}: já está resolvido do nosso lado. Pode confirmar?"],
    "de": [
        "Gute Nachrichten zu Vorgang {ref}: auf unserer Seite erledigt. Können Sie das bestätigen?"
    ],
    "en": ["Good news on case {ref}: it's sorted on our side. Could you confirm?"],
    "es": [
        "Buenas noticias sobre la incidencia {ref}: resuelta por nuestra parte. ¿Nos lo confirma?"
    ],
    "fr": [
        "Bonne nouvelle pour la demande {ref} : c'est réglé de notre côté. Pouvez-vous confirmer ?"
    ],
    "it": ["Buone notizie sulla segnalazione {ref}: risolta da parte nostra. Può confermare?"],
}
APOLOGY: dict[str, list[str]] = {
    "pt": [
        "Desculpem o tom de ontem, estava com os nervos da festa. Obrigada por resolverem.",
        "Peço desculpa pela mensagem de ontem, exagerei. Tudo certo agora.",
    ],
    "de": [
        "Sorry für den Ton gestern, war im Partystress. Danke fürs Klären.",
        "Entschuldigung für gestern, war zu heftig. Jetzt passt alles.",
    ],
    "en": ["Sorry for yesterday's tone, party stress. Thanks for sorting it."],
    "es": ["Perdón por el tono de ayer, estaba con los nervios. Gracias por resolverlo."],
    "fr": ["Désolée pour le ton d'hier, le stress de la fête. Merci d'avoir réglé ça."],
    "it": ["Scusate il tono di ieri, ero agitata per la festa. Grazie per aver risolto."],
}
CONFIRM: dict[str, list[str]] = {
    "pt": ["Confirmo, o pedido {ref} está resolvido. Obrigado!"],
    "de": ["Bestätigt, Vorgang {ref} ist erledigt. Danke!"],
    "en": ["Confirmed, case {ref} is sorted. Thanks!"],
    "es": ["Confirmado, la incidencia {ref} está resuelta. ¡Gracias!"],
    "fr": ["Confirmé, la demande {ref} est réglée. Merci !"],
    "it": ["Confermo, la segnalazione {ref} è risolta. Grazie!"],
}
STILL_OPEN: dict[str, list[str]] = {
    "pt": [
        "Continua tudo igual, pedido {ref}. {problem}. Ninguém me diz nada.",
        "Volto a escrever sobre o pedido {ref}: ainda não está resolvido. {problem}.",
    ],
    "de": [
        "Immer noch nichts passiert, Vorgang {ref}. {problem}. Niemand meldet sich.",
        "Ich schreibe nochmal wegen {ref}: weiterhin offen. {problem}.",
    ],
    "en": ["Still nothing, case {ref}. {problem}. Nobody gets back to me."],
    "es": ["Sigue igual, incidencia {ref}. {problem}. Nadie me contesta."],
    "fr": ["Toujours rien, demande {ref}. {problem}. Personne ne me répond."],
    "it": ["Ancora niente, segnalazione {ref}. {problem}. Nessuno mi risponde."],
}
THIRD: dict[str, str] = {
    "pt": " Uma colega aluga na {comp} e resolvem isto no mesmo dia.",
    "de": " Eine Kollegin mietet bei {comp}, da ist sowas am selben Tag erledigt.",
    "en": " A mate hires from {comp} and they sort this the same day.",
    "es": " Una compañera alquila en {comp} y lo arreglan en el día.",
    "fr": " Une collègue loue chez {comp}, eux règlent ça le jour même.",
    "it": " Una collega noleggia da {comp} e lo risolvono in giornata.",
}
FOURTH: dict[str, str] = {
    "pt": " É a QUARTA vez que escrevo.",
    "de": " Das ist das VIERTE Mal, dass ich schreibe.",
    "en": " This is the FOURTH time I'm writing.",
    "es": " Es la CUARTA vez que escribo.",
    "fr": " C'est la QUATRIÈME fois que j'écris.",
    "it": " È la QUARTA volta che scrivo.",
}
ESCALATED: dict[str, list[str]] = {
    "pt": [
        "O seu pedido {ref} passou para a nossa responsável de qualidade, que lhe liga antes de sexta à hora de almoço."
    ],
    "de": [
        "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie vor Freitagmittag an."
    ],
    "en": [
        "Your case {ref} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "es": [
        "Su incidencia {ref} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía."
    ],
    "fr": [
        "Votre demande {ref} est chez notre responsable qualité, qui vous appelle avant vendredi midi."
    ],
    "it": [
        "La sua segnalazione {ref} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo."
    ],
}
ADDED: dict[str, list[str]] = {
    "pt": ["Acrescentei ao pedido {ref} e marquei como urgente."],
    "de": ["Zu Vorgang {ref} hinzugefügt und als dringend markiert."],
    "en": ["Added to your case {ref} and marked urgent."],
    "es": ["Añadido a la incidencia {ref} y marcado como urgente."],
    "fr": ["Ajouté à la demande {ref} et marqué urgent."],
    "it": ["Aggiunto alla segnalazione {ref} e segnato come urgente."],
}
SLIDE: dict[str, list[str]] = {
    "pt": [
        "Desta vez a entrega veio três horas atrasada e sem aviso. Pena.",
        "Colunas com riscos e uma bateria do microfone a meio. Está a piorar.",
        "Agora exigem foto de cada cabo na devolução? A sério?",
        "Caução duplicada e uma semana para a libertar. Já não é a Sonaro de antes.",
        "35 € de 'taxa de limpeza' por uma máquina de fumo devolvida impecável, com as fotos da própria app. Ridículo.",
        "O meu cunhado aluga na {comp}, já marquei lá o som para o casamento de sábado.",
    ],
    "de": [
        "Diesmal kam die Lieferung drei Stunden zu spät, ohne Anruf. Schade.",
        "Boxen verkratzt und der Mikro-Akku halb leer. Wird schlechter.",
        "Jetzt soll ich bei der Rückgabe jedes Kabel fotografieren? Ernsthaft?",
        "Kaution doppelt und eine Woche bis zur Freigabe. Das ist nicht mehr das Sonaro von früher.",
        "35 € 'Reinigungsgebühr' für eine tadellos zurückgegebene Nebelmaschine, mit den Fotos aus der eigenen App. Lächerlich.",
        "Mein Schwager mietet bei {comp}, ich habe die Anlage für die Hochzeit am Samstag dort gebucht.",
    ],
    "en": [
        "Delivery three hours late this time, no call. Shame.",
        "Scratched speakers and a half-charged mic battery. Going downhill.",
        "Now I have to photograph every cable at return? Really?",
        "Deposit doubled and a week to release it. Not the Sonaro it was.",
        "£30 'cleaning fee' for a smoke machine returned spotless, with the app's own photos. Ridiculous.",
        "My brother-in-law hires from {comp}, I've booked Saturday's wedding sound there.",
    ],
    "es": [
        "Esta vez la entrega llegó tres horas tarde y sin avisar. Qué pena.",
        "Altavoces rayados y la batería del micro a medias. Va a peor.",
        "¿Ahora hay que fotografiar cada cable al devolver? ¿En serio?",
        "Fianza doble y una semana para liberarla. Ya no es la Sonaro de antes.",
        "35 € de 'limpieza' por una máquina de humo devuelta impecable, con las fotos de su propia app. Ridículo.",
        "Mi cuñado alquila en {comp}, ya he reservado allí el sonido de la boda del sábado.",
    ],
    "fr": [
        "Livraison avec trois heures de retard cette fois, sans appel. Dommage.",
        "Enceintes rayées et batterie du micro à moitié. Ça se dégrade.",
        "Maintenant il faut photographier chaque câble au retour ? Sérieux ?",
        "Caution doublée et une semaine pour la libérer. Ce n'est plus le Sonaro d'avant.",
        "35 € de 'frais de nettoyage' pour une machine à fumée rendue nickel, photos de leur propre appli à l'appui. Ridicule.",
        "Mon beau-frère loue chez {comp}, j'ai réservé la sono du mariage de samedi chez eux.",
    ],
    "it": [
        "Stavolta consegna con tre ore di ritardo, senza chiamare. Peccato.",
        "Casse graffiate e batteria del microfono a metà. Si peggiora.",
        "Adesso bisogna fotografare ogni cavo alla restituzione? Davvero?",
        "Cauzione doppia e una settimana per sbloccarla. Non è più la Sonaro di prima.",
        "35 € di 'pulizia' per una macchina del fumo resa perfetta, con le foto della loro app. Ridicolo.",
        "Mio cognato noleggia da {comp}, ho già prenotato lì l'impianto per il matrimonio di sabato.",
    ],
}
CANCEL_REQ: dict[str, list[str]] = {
    "pt": [
        "Comprei as minhas próprias colunas com o subsídio de Natal. Quero cancelar o Sonaro Club e fechar a conta, por favor.",
        "Vamos mudar para um T1 sem jardim, acabaram-se as festas. Cancelem o Sonaro Club e fechem a minha conta.",
    ],
    "de": [
        "Ich habe mir mit dem Bonus eine eigene Anlage gekauft. Bitte Sonaro Club kündigen und mein Konto schließen.",
        "Wir ziehen in eine Wohnung ohne Garten, keine Partys mehr. Bitte Sonaro Club beenden und Konto löschen.",
    ],
    "en": ["Bought my own speakers with my bonus. Please cancel Sonaro Club and close my account."],
    "es": ["Me he comprado mis propios altavoces. Quiero cancelar Sonaro Club y cerrar la cuenta."],
    "fr": ["J'ai acheté ma propre sono. Merci de résilier Sonaro Club et de fermer mon compte."],
    "it": ["Ho comprato le mie casse. Vorrei disdire Sonaro Club e chiudere l'account."],
}
SORRY_GO: dict[str, list[str]] = {
    "pt": ["Lamentamos vê-la partir. Pode cancelar na app ou no site, em Conta > Sonaro Club."],
    "de": [
        "Schade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website unter Konto > Sonaro Club."
    ],
    "en": [
        "Sorry to see you go. You can cancel in the app or on the website under Account > Sonaro Club."
    ],
    "es": ["Sentimos que se vaya. Puede cancelar en la app o la web, en Cuenta > Sonaro Club."],
    "fr": [
        "Désolés de vous voir partir. Résiliation dans l'appli ou sur le site, Compte > Sonaro Club."
    ],
    "it": [
        "Ci dispiace vederla andare. Può disdire nell'app o sul sito, in Account > Sonaro Club."
    ],
}
GRUMBLE: dict[str, list[str]] = {
    "pt": [
        "A app voltou a pedir login outra vez. Todas as vezes.",
        "Mensagem 'aluguer termina em 2 horas' às 6 da manhã, a sério",
        "Fila de 40 minutos no balcão ao sábado, como sempre",
    ],
    "de": [
        "App hat mich schon wieder ausgeloggt. Jedes Mal.",
        "SMS 'Miete endet in 2 Stunden' um 6 Uhr früh, echt jetzt",
        "40 Minuten Schlange am Schalter samstags, wie immer",
    ],
    "en": [
        "App logged me out again. Every single time.",
        "'Hire ends in 2 hours' text at 6am, really",
    ],
    "es": [
        "La app me ha vuelto a sacar. Siempre igual.",
        "SMS de 'el alquiler termina en 2 horas' a las 6 de la mañana, en serio",
    ],
    "fr": [
        "L'appli m'a encore déconnecté. À chaque fois.",
        "SMS 'location terminée dans 2 h' à 6h du matin, sérieux",
    ],
    "it": [
        "L'app mi ha di nuovo scollegato. Ogni volta.",
        "SMS 'noleggio finisce tra 2 ore' alle 6 di mattina, dai",
    ],
}
SARCASM: dict[str, list[str]] = {
    "pt": ["Entrega 'expresso' às 23h40, mesmo a tempo de acabar a festa 👏"],
    "de": ["'Express'-Lieferung um 23:40, genau rechtzeitig zum Partyende 👏"],
    "en": ["'Express' delivery at 11.40pm, just in time for the party to end 👏"],
    "es": ["Entrega 'exprés' a las 23:40, justo a tiempo para acabar la fiesta 👏"],
    "fr": ["Livraison 'express' à 23h40, pile pour la fin de la soirée 👏"],
    "it": ["Consegna 'express' alle 23:40, giusto in tempo per la fine della festa 👏"],
}
MILD: dict[str, list[str]] = {
    "pt": ["A pesquisa de lojas mostra Braga quando estou em Setúbal, é só para saberem"],
    "de": ["Die Filialsuche zeigt mir Kiel statt Köln, nur als Hinweis"],
    "en": ["Depot search keeps showing Leeds instead of Lisburn, just so you know"],
    "es": ["El buscador de tiendas me sale en inglés, por si acaso"],
    "fr": ["Les notifications arrivent en anglais, pour info"],
    "it": ["Le notifiche arrivano in tedesco, ve lo segnalo"],
}
# The spike.
SPIKE_CODE = "ckt.58.k"
SPIKE: dict[str, list[str]] = {
    "pt": [
        "Não consigo pagar a reserva na app, dá erro ckt.58.k em todos os cartões. A festa é hoje!",
        "Pagamento falha sempre com ckt.58.k, já tentei MB Way e cartão. E agora?",
    ],
    "de": [
        "Buchung lässt sich nicht bezahlen, Fehler ckt.58.k bei jeder Karte. Party ist heute Abend!",
        "Bezahlen geht nicht, immer ckt.58.k, mit PayPal und Karte. Was nun?",
    ],
    "en": ["Can't pay for my booking in the app, error ckt.58.k on every card. Party is tonight!"],
    "es": ["No puedo pagar la reserva, error ckt.58.k con todas las tarjetas. ¡La fiesta es hoy!"],
    "fr": [
        "Impossible de payer la réservation, erreur ckt.58.k avec toutes les cartes. La fête c'est ce soir !"
    ],
    "it": [
        "Non riesco a pagare la prenotazione, errore ckt.58.k con ogni carta. La festa è stasera!"
    ],
}
SPIKE_ANSWER: dict[str, list[str]] = {
    "pt": [
        "Sim, o pagamento está a falhar para todos neste momento, a equipa técnica já está a tratar."
    ],
    "de": ["Ja, das Bezahlen schlägt gerade bei allen fehl, die Technik ist dran."],
    "en": ["Yes, payments are failing for everyone right now, our engineers are on it."],
    "es": ["Sí, los pagos fallan a todo el mundo ahora mismo, el equipo técnico está en ello."],
    "fr": [
        "Oui, les paiements échouent pour tout le monde en ce moment, nos techniciens s'en occupent."
    ],
    "it": [
        "Sì, i pagamenti non funzionano per nessuno in questo momento, i tecnici ci stanno lavorando."
    ],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "pt": ["Continua ckt.58.k, agora também no site e no telemóvel do meu marido."],
    "de": ["Immer noch ckt.58.k, jetzt auch auf der Website und am Handy meiner Frau."],
    "en": ["Still ckt.58.k, on the website too and on my partner's phone."],
    "es": ["Sigue el ckt.58.k, también en la web y en el móvil de mi pareja."],
    "fr": ["Toujours ckt.58.k, aussi sur le site et sur le téléphone de ma femme."],
    "it": ["Sempre ckt.58.k, anche sul sito e sul telefono di mio marito."],
}
WORKS_AGAIN: dict[str, list[str]] = {
    "pt": [
        "O pagamento funciona outra vez desde as 11h30 (hora local). Como pedido de desculpa, a entrega de hoje é por nossa conta."
    ],
    "de": [
        "Bezahlen funktioniert wieder seit 12:30 Uhr (Ortszeit). Die Lieferung heute geht auf uns."
    ],
    "en": ["Payments work again since 11:30 local time. Today's delivery is on us."],
    "es": [
        "Los pagos funcionan de nuevo desde las 12:30 (hora local). La entrega de hoy corre de nuestra cuenta."
    ],
    "fr": [
        "Les paiements fonctionnent à nouveau depuis 12h30 (heure locale). La livraison d'aujourd'hui est offerte."
    ],
    "it": [
        "I pagamenti funzionano di nuovo dalle 12:30 (ora locale). La consegna di oggi è offerta da noi."
    ],
}
LONE_Q: dict[str, list[str]] = {
    "pt": ["Ontem o pagamento pediu confirmação duas vezes no banco mas passou. É normal?"],
    "de": ["Gestern wollte die Bank die Zahlung zweimal bestätigen, ging dann aber durch. Normal?"],
}
LONE_A: dict[str, list[str]] = {
    "pt": ["É normal, é a verificação 3-D Secure do banco. Está tudo pago."],
    "de": ["Das ist normal, die 3-D-Secure-Prüfung der Bank. Alles bezahlt."],
}
