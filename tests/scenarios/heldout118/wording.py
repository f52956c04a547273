# ruff: noqa: E501
"""Words of Pinvarra's households (bowling centres) and of its agents, by language.

Written from the stories in make_heldout118.py: each table holds what one kind of
customer, in one situation, would write. French and Portuguese have the most variants.
"""

from __future__ import annotations

LANGS = ("fr", "pt", "en", "de", "it", "es")

# Product labels (English / French, whatever the market), price in euros, page.
PRODUCTS: list[tuple[str, float, str]] = [
    ("Lane 1 h, up to 6 players / Piste 1 h, jusqu'à 6 joueurs", 34.0, "/book/lane"),
    ("Lane 2 games, weekend / Piste 2 parties, week-end", 42.0, "/book/lane"),
    ("Kids' party, 8 children / Anniversaire enfants, 8 enfants", 129.0, "/parties/kids"),
    (
        "Family pack: 2 games, shoes, drinks / Pack famille : 2 parties, chaussures, boissons",
        58.0,
        "/offers/family",
    ),
    ("Pinvarra Club, monthly / Club Pinvarra, mensuel", 9.9, "/club"),
    ("Gift card 30 / Carte cadeau 30", 30.0, "/gift-cards"),
    ("Arcade credit 20 / Crédit arcade 20", 20.0, "/arcade"),
    ("Late lane Saturday 23:00 / Piste tardive samedi 23h", 38.0, "/book/late"),
    ("League season, 10 weeks / Saison de ligue, 10 semaines", 145.0, "/leagues"),
]

PAGES = [
    "/",
    "/book/lane",
    "/centres",
    "/parties/kids",
    "/offers/family",
    "/club",
    "/leagues",
    "/menu",
    "/opening-hours",
    "/gift-cards",
    "/app",
]

CENTRES: dict[str, list[str]] = {
    "FR": [
        "Lyon Part-Dieu",
        "Lille Euralille",
        "Nantes Beaulieu",
        "Bordeaux Lac",
        "Toulouse Purpan",
    ],
    "BE": ["Liège Guillemins", "Charleroi Ville 2", "Bruxelles Midi"],
    "LU": ["Esch Belval", "Luxembourg Gare"],
    "CH": ["Lausanne Flon", "Genève Praille", "Zürich Oerlikon", "Lugano Pregassona"],
    "PT": [
        "Porto Antas",
        "Braga Nova Arcada",
        "Lisboa Oriente",
        "Coimbra Fórum",
        "Faro Mar Shopping",
    ],
    "UK": ["Leeds Kirkstall", "Bristol Cabot", "Manchester Trafford"],
    "IE": ["Cork Mahon", "Galway Headford"],
    "DE": ["Köln Ehrenfeld", "Leipzig Paunsdorf", "Hannover Linden"],
    "AT": ["Graz Seiersberg", "Linz Urfahr"],
    "IT": ["Torino Lingotto", "Bologna Borgo Panigale", "Verona Adige"],
    "ES": ["Valencia Campanar", "Zaragoza Puerto Venecia"],
}

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Soirée géniale au Pinvarra {centre} hier, pistes nickel et le serveur nous a même montré comment viser la flèche 🎳",
        "Premier strike de ma vie à 41 ans au Pinvarra de {centre}, toute la piste a applaudi. Merci l'équipe !!",
        "Anniv des jumeaux au Pinvarra {centre} : animatrice au top, gâteau servi pile à l'heure, 8 gamins ravis et des parents pas épuisés. Bravo",
        "les barrières pour les petits c'est vraiment top, ma fille de 5 ans a fait 62 et elle en parle encore. Pinvarra {centre} on revient vite",
        "Franchement le meilleur bowling du coin. Chaussures propres, musique pas trop forte, frites croustillantes. Pinvarra {centre} 👍",
    ],
    "pt": [
        "Noite espetacular no Pinvarra {centre}, pistas impecáveis e o staff super simpático 🎳",
        "Festa de anos do Tomás no Pinvarra {centre}: monitora incrível, bolo à hora certa, miúdos felicíssimos. Recomendo!",
        "Fiz o meu primeiro strike no Pinvarra de {centre} kkkk o meu marido ainda não acredita",
        "Melhor bowling da zona sem dúvida. Sapatos limpos, bolas leves para os pequenos e hambúrgueres top. Pinvarra {centre} 👏",
        "obg Pinvarra {centre} pelo sábado, as grades laterais para as crianças são uma maravilha",
    ],
    "en": [
        "Brilliant night at Pinvarra {centre}, lanes spotless and the staff actually smiled at 11pm 🎳",
        "Took my dad bowling at Pinvarra {centre} for his 70th, they put his name up in lights on the screen. He was chuffed to bits",
    ],
    "de": [
        "Super Abend im Pinvarra {centre}, Bahnen top in Schuss und das Personal richtig nett 🎳",
        "Kindergeburtstag im Pinvarra {centre}: Betreuerin klasse, Kuchen pünktlich, alle Kinder glücklich. Danke!",
    ],
    "it": [
        "Serata fantastica al Pinvarra {centre}, piste perfette e ragazzi gentilissimi 🎳",
        "Festa di compleanno di Giulia al Pinvarra {centre}: animatrice bravissima, torta puntuale, bimbi felici. Grazie!",
    ],
    "es": [
        "Noche genial en el Pinvarra {centre}, pistas impecables y el personal majísimo 🎳",
        "Cumple de mi hijo en el Pinvarra {centre}: monitora de diez, tarta a su hora y los críos encantados. Gracias!",
    ],
}

AGAIN: dict[str, list[str]] = {
    "fr": [
        "Troisième anniversaire chez Pinvarra en deux ans et toujours aussi bien organisé, chapeau",
        "Encore une fois le même serveur adorable qui se souvient qu'on prend la piste 9. Pinvarra {centre} c'est notre QG",
        "Toujours aussi propre, toujours aussi sympa. 4e soirée de ligue et pas une panne de quilles",
    ],
    "pt": [
        "Terceira festa de anos no Pinvarra e mais uma vez tudo perfeito, obrigada equipa de {centre}",
        "Outra vez o mesmo rapaz simpático no balcão, já sabe que queremos a pista 4 ahah",
        "Continua impecável, quarto sábado seguido e nem uma avaria nos pinos",
    ],
    "en": ["Third Saturday in a row at Pinvarra {centre} and still the best lanes in town"],
    "de": ["Zum dritten Mal diesen Monat im Pinvarra {centre}, und wieder war alles top"],
    "it": ["Terza volta questo mese al Pinvarra {centre} e sempre impeccabile"],
    "es": ["Ya van tres sábados seguidos en el Pinvarra {centre} y sigue siendo la mejor bolera"],
}

GRIPE: dict[str, list[str]] = {
    "fr": [
        "Super partie au Pinvarra {centre}, juste dommage que le distributeur de boissons ait avalé 2 €. Sinon parfait",
        "Très contents de l'anniv, seul bémol : la musique un peu forte pendant le gâteau. On reviendra quand même",
        "Pistes au top, personnel au top. Par contre les chaussures taille 47 il n'y en avait qu'une paire, mon fils a attendu",
    ],
    "pt": [
        "Adorámos o jogo no Pinvarra {centre}, só o parque de estacionamento é que é um caos ao sábado. De resto 5 estrelas",
        "Tudo ótimo, só as batatas vieram um bocado moles. Voltamos de certeza",
        "Muito bom como sempre, mas o ecrã da pista 3 estava com o marcador trocado no início. Resolveram logo",
    ],
    "en": ["Great night, only gripe is the air con was freezing near lane 12. Otherwise spot on"],
    "de": ["Richtig schöner Abend, nur die Pommes waren lauwarm. Wir kommen trotzdem wieder"],
    "it": ["Tutto ottimo, solo la musica un po' alta durante la torta. Torneremo comunque"],
    "es": ["Muy bien todo, solo que las patatas llegaron un poco frías. Volveremos seguro"],
}

NIGHT_POST: dict[str, list[str]] = {
    "fr": [
        "1h du mat, dernière partie de la piste tardive au Pinvarra {centre}, 3 strikes d'affilée. Je dormirai demain",
        "sortie du service de nuit à l'hôpital, je réserve la piste pour l'anniv de samedi dans l'appli. Simple et rapide merci",
        "insomnie... je regarde des vidéos de spare sur la chaîne Pinvarra, c'est hypnotique",
    ],
    "pt": [
        "2 da manhã e ainda a rir do jogo de hoje no Pinvarra {centre}, que noite",
        "saída do turno da noite na bomba de gasolina e já reservei a pista de sábado pela app. Fácil!",
        "sem sono, a ver os vídeos de strikes do Pinvarra... viciante",
    ],
    "en": ["1am and just back from the late lane at Pinvarra {centre}, best Friday in ages"],
    "de": [
        "Halb zwei und gerade vom Late-Night-Bowling im Pinvarra {centre} zurück. Bester Freitag seit Langem"
    ],
    "it": ["L'una di notte e siamo appena usciti dal Pinvarra {centre}, serata top"],
    "es": ["La una de la mañana y recién salidos del Pinvarra {centre}, qué noche más buena"],
}

CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "bjr, est-ce qu'on peut amener son propre gâteau pour un anniversaire enfant ?",
            "Bonjour ! Oui, vous pouvez apporter votre gâteau, nous le gardons au frais et le servons à l'heure prévue.",
        ),
        (
            "Bonjour, les barrières anti-rigole sont dispo sur toutes les pistes ?",
            "Bonjour, oui, sur toutes nos pistes : il suffit de les activer à l'écran au début de la partie.",
        ),
        (
            "slt, à partir de quel âge on peut jouer ? ma fille a 3 ans et demi",
            "Bonjour ! Dès 3 ans avec les barrières et la rampe de lancement, que nous prêtons gratuitement.",
        ),
        (
            "Bonjour, le Club Pinvarra donne droit à combien de parties gratuites par mois ?",
            "Bonjour, une partie offerte par mois et -30 % sur toutes les autres, chaussures comprises.",
        ),
    ],
    "pt": [
        (
            "Olá, posso levar o meu próprio bolo para a festa de anos?",
            "Olá! Pode sim, guardamos no frigorífico e servimos à hora combinada.",
        ),
        (
            "boa tarde, há sapatos para criança de 4 anos?",
            "Boa tarde! Temos a partir do tamanho 24, e bolas de 2,5 kg para os mais pequenos.",
        ),
        (
            "Olá, o Clube Pinvarra dá desconto também aos fins de semana?",
            "Olá! Sim, 30 % em todos os jogos, todos os dias, e um jogo grátis por mês.",
        ),
        (
            "bom dia, a pista pode ser reservada para 7 pessoas ou só 6?",
            "Bom dia! Até 8 pessoas por pista; a partir de 9 reservamos duas pistas lado a lado.",
        ),
    ],
    "en": [
        (
            "hi, can we bring our own birthday cake for a kids party?",
            "Hi! Yes, bring it along, we'll keep it in the fridge and bring it out at the time you choose.",
        ),
        (
            "Do you have bumpers on every lane?",
            "Hi, yes, every lane: just switch them on at the screen when you start.",
        ),
    ],
    "de": [
        (
            "Hallo, darf man für den Kindergeburtstag eigenen Kuchen mitbringen?",
            "Hallo! Ja, gern, wir stellen ihn kühl und servieren ihn zur gewünschten Zeit.",
        ),
        (
            "Gibt es Bande für Kinder auf allen Bahnen?",
            "Hallo, ja, auf allen Bahnen, einfach am Bildschirm zu Spielbeginn einschalten.",
        ),
    ],
    "it": [
        (
            "Ciao, si può portare la torta da casa per la festa?",
            "Ciao! Certo, la teniamo in frigo e la serviamo all'orario che preferite.",
        ),
        (
            "Le sponde per bambini ci sono su tutte le piste?",
            "Ciao, sì, su tutte: basta attivarle dallo schermo a inizio partita.",
        ),
    ],
    "es": [
        (
            "Hola, ¿se puede llevar la tarta de casa para el cumple?",
            "¡Hola! Claro, la guardamos en la nevera y la sacamos a la hora que digáis.",
        ),
        (
            "¿Hay barandillas para niños en todas las pistas?",
            "Hola, sí, en todas: se activan en la pantalla al empezar la partida.",
        ),
    ],
}

NIGHT_CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "il est tard mais la piste tardive de samedi c'est jusqu'à 2h ou 1h ?",
            "Bonsoir, jusqu'à 2h le samedi, dernière partie lancée à 1h30.",
        ),
        (
            "bonsoir, on peut annuler une réservation de demain sans frais à cette heure-ci ?",
            "Bonsoir, oui, sans frais jusqu'à 24 h avant, sinon un avoir est proposé.",
        ),
    ],
    "pt": [
        (
            "boa noite, a pista tardiva de sábado fecha às 2h?",
            "Boa noite! Sim, até às 2h, o último jogo começa à 1h30.",
        ),
        (
            "ainda dá para mudar a reserva de amanhã para mais tarde?",
            "Boa noite, dá sim, na app em Reservas > Alterar, sem custos.",
        ),
    ],
    "en": [
        (
            "still open for late lanes on Saturday till 2?",
            "Evening! Yes, till 2am on Saturdays, last game starts at 1:30.",
        )
    ],
    "de": [
        (
            "Geht die Late-Night-Bahn am Samstag bis 2 Uhr?",
            "Guten Abend, ja, bis 2 Uhr, letztes Spiel startet um 1:30.",
        )
    ],
    "it": [
        (
            "la pista notturna del sabato chiude alle 2?",
            "Buonasera, sì, fino alle 2, ultima partita all'1:30.",
        )
    ],
    "es": [
        (
            "¿la pista nocturna del sábado es hasta las 2?",
            "Buenas noches, sí, hasta las 2, la última partida empieza a la 1:30.",
        )
    ],
}

THANKS: dict[str, list[str]] = {
    "fr": ["Merci !", "super merci bcp", "Parfait, merci beaucoup 🙏", "ok top merci"],
    "pt": ["Obrigada!", "obg 👍", "Perfeito, muito obrigado", "ok, obrigadão"],
    "en": ["Thanks!", "brill, cheers"],
    "de": ["Danke!", "super, danke schön"],
    "it": ["Grazie!", "perfetto grz"],
    "es": ["¡Gracias!", "genial, gracias"],
}

# (subject, question, agent's answer)
EMAIL_QA: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Question anniversaire",
            "Bonjour,\nPour l'anniversaire de mon fils (9 ans) le mois prochain, est-il possible d'avoir deux pistes côte à côte et un menu sans gluten pour un invité ?\nMerci d'avance,",
            "Bonjour,\nOui pour les deux pistes voisines, à préciser lors de la réservation, et nous avons un menu sans gluten (burger et frites dans une friteuse séparée).\nBonne journée,",
        ),
        (
            "Carte cadeau",
            "Bonjour, une carte cadeau achetée à Lille est-elle valable dans un autre centre Pinvarra ? Cordialement",
            "Bonjour, oui, nos cartes cadeaux sont valables dans tous nos centres, en France comme à l'étranger.\nBien à vous,",
        ),
    ],
    "pt": [
        (
            "Dúvida festa de anos",
            "Bom dia,\nPara a festa da minha filha em dezembro, é possível ter um menu vegetariano para duas crianças?\nCumprimentos,",
            "Bom dia,\nÉ sim, temos hambúrguer vegetariano e nuggets de grão. Basta indicar ao reservar.\nCumprimentos,",
        ),
        (
            "Cartão oferta",
            "Olá, um cartão oferta comprado no Porto serve em Lisboa? Obrigada",
            "Olá, serve sim, os cartões oferta valem em todos os centros Pinvarra.\nBom dia,",
        ),
    ],
    "en": [
        (
            "Party question",
            "Hi there,\nCan we have two lanes next to each other for my son's 9th, and one gluten-free meal?\nThanks,",
            "Hi,\nYes to both: just add it in the notes when you book, and our gluten-free burger is cooked separately.\nBest,",
        )
    ],
    "de": [
        (
            "Frage Kindergeburtstag",
            "Hallo,\nkönnen wir für den Geburtstag zwei nebeneinanderliegende Bahnen und ein glutenfreies Essen bekommen?\nViele Grüße",
            "Hallo,\nja, bitte beim Buchen im Feld Anmerkungen angeben, das glutenfreie Menü wird separat zubereitet.\nViele Grüße",
        )
    ],
    "it": [
        (
            "Domanda festa",
            "Buongiorno,\nper la festa di mio figlio si possono avere due piste vicine e un menù senza glutine?\nGrazie",
            "Buongiorno,\nsì, basta indicarlo nelle note della prenotazione.\nCordiali saluti",
        )
    ],
    "es": [
        (
            "Pregunta cumpleaños",
            "Hola,\n¿se pueden reservar dos pistas juntas y un menú sin gluten para el cumple de mi hijo?\nGracias",
            "Hola,\nsí, indicadlo en las notas al reservar; el menú sin gluten se prepara aparte.\nUn saludo",
        )
    ],
}

# (call transcript, agent's follow-up e-mail)
PHONE_QA: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut réserver une piste pour des personnes en fauteuil roulant il y a une rampe c'est pour mon père",
            "Bonjour, suite à votre appel : tous nos centres ont une rampe de lancement et un accès de plain-pied ; nous réservons la piste la plus proche de l'entrée. Bonne journée,",
        ),
        (
            "bonjour c'est pour savoir si le club pinvarra marche aussi en belgique parce qu'on va chez ma sœur à liège",
            "Bonjour, suite à votre appel : oui, le Club est valable dans tous nos centres, y compris Liège. Bonne partie !",
        ),
    ],
    "pt": [
        (
            "olá bom dia queria saber se têm rampa para bolas para uma pessoa em cadeira de rodas é para o meu avô",
            "Bom dia, na sequência da sua chamada: todos os centros têm rampa e acesso sem degraus; reservamos a pista mais perto da entrada. Cumprimentos,",
        ),
        (
            "boa tarde é só para saber se o cartão do clube dá no centro de braga também",
            "Boa tarde, na sequência da sua chamada: sim, o Clube vale em todos os centros Pinvarra. Bom jogo!",
        ),
    ],
    "en": [
        (
            "hi there just wondering if you have a ramp for someone in a wheelchair its for my grandad",
            "Hi, following your call: every centre has a ramp and step-free access, and we'll give you the lane nearest the door. Best,",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob es eine Rampe gibt für jemanden im Rollstuhl das ist für meinen Opa",
            "Hallo, zu Ihrem Anruf: Alle Center haben eine Kugelrampe und einen stufenlosen Zugang. Viele Grüße",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se c'è uno scivolo per le bocce per una persona in carrozzina è per mio nonno",
            "Buongiorno, in seguito alla sua chiamata: tutti i centri hanno lo scivolo e l'accesso senza gradini. Cordiali saluti",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si tenéis rampa para una persona en silla de ruedas es para mi abuelo",
            "Hola, tras su llamada: todos los centros tienen rampa y acceso sin escalones. Un saludo",
        )
    ],
}

REVIEW: dict[str, list[str]] = {
    "fr": [
        "Très bon bowling, propre et bien tenu.",
        "Parfait pour les enfants, personnel patient.",
        "Bonne ambiance, prix corrects en semaine.",
    ],
    "pt": [
        "Ótimo bowling, limpo e bem organizado.",
        "Perfeito para miúdos, staff paciente.",
        "Bom ambiente e preços justos durante a semana.",
    ],
    "en": ["Great bowling alley, clean and well run."],
    "de": ["Tolle Bowlingbahn, sauber und gut organisiert."],
    "it": ["Ottimo bowling, pulito e ben gestito."],
    "es": ["Muy buena bolera, limpia y bien llevada."],
}

SURVEY_WORD: dict[str, list[str]] = {
    "fr": ["", "top", "Parfait", "🎳", "rien à redire", ""],
    "pt": ["", "Excelente", "5 estrelas", "👍", "tudo ótimo", ""],
    "en": ["", "spot on", "👍"],
    "de": ["", "super", "👍"],
    "it": ["", "ottimo", "👍"],
    "es": ["", "genial", "👍"],
}

PROBLEMS = ("no_lane", "double_charge", "lane_fault", "refund", "club_rate", "party")

TOPIC: dict[str, dict[str, str]] = {
    "fr": {
        "no_lane": "piste réservée donnée à d'autres",
        "double_charge": "réservation débitée deux fois",
        "lane_fault": "piste en panne pendant notre heure",
        "refund": "remboursement jamais reçu",
        "club_rate": "tarif Club non appliqué",
        "party": "anniversaire enfants raté",
    },
    "pt": {
        "no_lane": "pista reservada dada a outros",
        "double_charge": "reserva cobrada duas vezes",
        "lane_fault": "pista avariada durante a nossa hora",
        "refund": "reembolso que nunca chegou",
        "club_rate": "preço do Clube não aplicado",
        "party": "festa de anos desastrosa",
    },
    "en": {
        "no_lane": "booked lane given away",
        "double_charge": "booking charged twice",
        "lane_fault": "lane broken during our hour",
        "refund": "refund never arrived",
        "club_rate": "Club price not applied",
        "party": "kids' party gone wrong",
    },
    "de": {
        "no_lane": "gebuchte Bahn weitergegeben",
        "double_charge": "Buchung doppelt abgebucht",
        "lane_fault": "Bahn kaputt während unserer Stunde",
        "refund": "Erstattung nie angekommen",
        "club_rate": "Club-Preis nicht berechnet",
        "party": "Kindergeburtstag verpatzt",
    },
    "it": {
        "no_lane": "pista prenotata data ad altri",
        "double_charge": "prenotazione addebitata due volte",
        "lane_fault": "pista guasta durante la nostra ora",
        "refund": "rimborso mai arrivato",
        "club_rate": "prezzo Club non applicato",
        "party": "festa di compleanno rovinata",
    },
    "es": {
        "no_lane": "pista reservada dada a otros",
        "double_charge": "reserva cobrada dos veces",
        "lane_fault": "pista averiada durante nuestra hora",
        "refund": "reembolso que no llega",
        "club_rate": "precio del Club no aplicado",
        "party": "cumpleaños infantil desastroso",
    },
}

# Short complaints (e-mail, chat, web form, social); {amount} in the market's money.
PROBLEM_SHORT: dict[str, dict[str, list[str]]] = {
    "fr": {
        "no_lane": [
            "Réservé ET payé la piste de 15h, on arrive avec 4 enfants : piste donnée à un groupe sans réservation. 50 MINUTES d'attente debout. Inadmissible.",
            "bonjour, notre piste réservée pour 18h a été donnée à d'autres, on nous a dit 'ça arrive'. NON ça n'arrive pas quand on a payé {amount} d'avance",
        ],
        "double_charge": [
            "Ma réservation de samedi a été débitée DEUX fois : 2 x {amount} sur mon compte. Je veux le remboursement du doublon aujourd'hui.",
            "Prélevée deux fois pour la même partie ({amount} x2), merci de corriger rapidement, c'est la fin du mois",
        ],
        "lane_fault": [
            "La machine à quilles de la piste 11 est tombée en panne 4 fois, on a perdu 35 min sur notre heure et on nous refuse du temps en plus. Scandaleux.",
            "Piste bloquée 3 fois pendant l'anniv, personne pour venir, et on paie quand même l'heure entière ?",
        ],
        "refund": [
            "Annulé 5 jours avant comme prévu dans vos conditions, et 3 SEMAINES plus tard toujours pas de remboursement de {amount}.",
            "Ça fait 3 semaines que j'attends mes {amount}. Trois relances dans l'appli, zéro réponse.",
        ],
        "club_rate": [
            "Je suis membre du Club et on m'a facturé le plein tarif, {amount} au lieu du prix Club. Ma carte est pourtant active.",
            "Tarif Club pas appliqué encore une fois à la borne, je paie l'abonnement pour rien ?",
        ],
        "party": [
            "Anniversaire de mon fils : pas d'animateur, les nuggets servis avec 40 min de retard et FROIDS, le gâteau laissé hors du frigo. Les enfants ont pleuré.",
            "L'anniv de ma fille samedi c'était n'importe quoi : animatrice absente, personne pour le gâteau, on a tout fait nous-mêmes pour {amount}",
        ],
    },
    "pt": {
        "no_lane": [
            "Reservei E paguei a pista das 15h, chegámos com 4 crianças e a pista tinha sido dada a um grupo sem reserva. 50 MINUTOS à espera. Inadmissível.",
            "boa tarde, a nossa pista das 18h foi dada a outras pessoas e disseram 'acontece'. NÃO, não acontece quando se paga {amount} antecipadamente",
        ],
        "double_charge": [
            "A reserva de sábado foi cobrada DUAS vezes: 2 x {amount} na conta. Quero o duplicado devolvido hoje.",
            "Cobraram-me duas vezes o mesmo jogo ({amount} x2), por favor corrijam rápido que estamos no fim do mês",
        ],
        "lane_fault": [
            "A máquina dos pinos da pista 7 avariou 4 vezes, perdemos 35 min da nossa hora e recusaram dar-nos mais tempo. Vergonha.",
            "Pista parada 3 vezes durante a festa, ninguém apareceu, e pagamos a hora toda na mesma?",
        ],
        "refund": [
            "Cancelei 5 dias antes como dizem as vossas condições e 3 SEMANAS depois nada do reembolso de {amount}.",
            "Há 3 semanas que espero os meus {amount}. Três mensagens pela app e zero resposta.",
        ],
        "club_rate": [
            "Sou sócia do Clube e cobraram-me o preço normal, {amount} em vez do preço do Clube. O cartão está ativo.",
            "Mais uma vez o desconto do Clube não entrou no balcão, pago a mensalidade para quê?",
        ],
        "party": [
            "Festa de anos do meu filho: sem monitor, nuggets 40 min atrasados e FRIOS, bolo deixado fora do frigorífico. Os miúdos choraram.",
            "A festa da minha filha no sábado foi uma vergonha: monitora não apareceu, ninguém tratou do bolo, fizemos tudo nós por {amount}",
        ],
    },
    "en": {
        "no_lane": [
            "Booked AND paid for the 3pm lane, turned up with 4 kids and it had gone to a walk-in group. 50 minutes standing around. Not good enough."
        ],
        "double_charge": [
            "Saturday's booking has been taken TWICE, 2 x {amount} out of my account. I want the duplicate back today."
        ],
        "lane_fault": [
            "The pinsetter on lane 11 broke down 4 times, we lost 35 minutes of our hour and were refused extra time. Shocking."
        ],
        "refund": [
            "Cancelled 5 days ahead like your terms say, and 3 WEEKS later still no refund of {amount}."
        ],
        "club_rate": [
            "I'm a Club member and got charged full price, {amount} instead of the Club price. Card is active."
        ],
        "party": [
            "My son's party: no host, nuggets 40 minutes late and COLD, cake left out of the fridge. The kids were in tears."
        ],
    },
    "de": {
        "no_lane": [
            "Bahn für 15 Uhr gebucht UND bezahlt, mit 4 Kindern angekommen: Bahn an eine Gruppe ohne Reservierung vergeben. 50 MINUTEN gewartet. Unmöglich."
        ],
        "double_charge": [
            "Die Buchung vom Samstag wurde ZWEIMAL abgebucht, 2 x {amount}. Ich will die doppelte Abbuchung heute zurück."
        ],
        "lane_fault": [
            "Die Pinmaschine auf Bahn 11 ist 4 mal ausgefallen, 35 Minuten unserer Stunde weg und keine Verlängerung. Frechheit."
        ],
        "refund": [
            "5 Tage vorher storniert, wie in Ihren Bedingungen, und nach 3 WOCHEN immer noch keine Erstattung von {amount}."
        ],
        "club_rate": [
            "Ich bin Club-Mitglied und habe den vollen Preis bezahlt, {amount} statt Club-Preis. Karte ist aktiv."
        ],
        "party": [
            "Kindergeburtstag meines Sohnes: kein Betreuer, Nuggets 40 Minuten zu spät und KALT, Kuchen nicht gekühlt. Die Kinder haben geweint."
        ],
    },
    "it": {
        "no_lane": [
            "Prenotato E pagato la pista delle 15, arriviamo con 4 bambini: pista data a un gruppo senza prenotazione. 50 MINUTI in piedi ad aspettare. Inaccettabile."
        ],
        "double_charge": [
            "La prenotazione di sabato mi è stata addebitata DUE volte, 2 x {amount}. Voglio il rimborso del doppione oggi."
        ],
        "lane_fault": [
            "La macchina dei birilli della pista 11 si è bloccata 4 volte, persi 35 minuti e nessun tempo in più. Vergognoso."
        ],
        "refund": [
            "Annullato 5 giorni prima come da condizioni e dopo 3 SETTIMANE ancora niente rimborso di {amount}."
        ],
        "club_rate": [
            "Sono socia del Club e mi avete fatto pagare prezzo pieno, {amount} invece del prezzo Club."
        ],
        "party": [
            "Festa di mio figlio: niente animatore, crocchette in ritardo di 40 minuti e FREDDE, torta lasciata fuori dal frigo. Bambini in lacrime."
        ],
    },
    "es": {
        "no_lane": [
            "Reservé Y pagué la pista de las 15h, llegamos con 4 niños y se la habían dado a un grupo sin reserva. 50 MINUTOS de pie esperando. Inadmisible."
        ],
        "double_charge": [
            "La reserva del sábado me la habéis cobrado DOS veces, 2 x {amount}. Quiero que me devolváis el duplicado hoy."
        ],
        "lane_fault": [
            "La máquina de bolos de la pista 11 se atascó 4 veces, perdimos 35 minutos y no nos dieron más tiempo. Vergonzoso."
        ],
        "refund": [
            "Cancelé 5 días antes como dicen vuestras condiciones y 3 SEMANAS después ni rastro del reembolso de {amount}."
        ],
        "club_rate": [
            "Tengo la tarjeta del Club y me cobrasteis precio completo, {amount} en vez del precio Club."
        ],
        "party": [
            "Cumple de mi hijo: sin monitor, nuggets 40 minutos tarde y FRÍOS, tarta fuera de la nevera. Los niños llorando."
        ],
    },
}

# Speech-to-text calls, no punctuation.
PROBLEM_CALL: dict[str, dict[str, str]] = {
    "fr": {
        "no_lane": "oui bonjour j'avais réservé une piste pour 15 heures samedi et payé en ligne et quand on est arrivés elle était donnée à un autre groupe on a attendu 50 minutes avec quatre enfants je veux savoir ce que vous allez faire",
        "double_charge": "bonjour je vous appelle parce que ma réservation a été débitée deux fois deux fois {amount} sur mon compte et je voudrais être remboursée du double",
        "lane_fault": "bonjour alors la machine de la piste 11 est tombée en panne quatre fois pendant notre heure on a perdu plus d'une demi-heure et on nous a refusé du temps en plus",
        "refund": "oui bonjour j'ai annulé cinq jours avant et ça fait trois semaines que j'attends le remboursement de {amount} j'ai écrit trois fois dans l'application",
        "club_rate": "bonjour je suis membre du club et à la borne on m'a fait payer le plein tarif {amount} alors que ma carte est active",
        "party": "bonjour c'est pour l'anniversaire de mon fils samedi il n'y avait pas d'animateur la nourriture est arrivée froide avec 40 minutes de retard et le gâteau était resté dehors",
    },
    "pt": {
        "no_lane": "olá boa tarde eu tinha reservado uma pista para as três da tarde no sábado paguei online e quando chegámos estava dada a outro grupo esperámos 50 minutos com quatro crianças",
        "double_charge": "bom dia estou a ligar porque a reserva foi cobrada duas vezes duas vezes {amount} na minha conta e queria o reembolso do duplicado",
        "lane_fault": "olá então a máquina da pista 7 avariou quatro vezes durante a nossa hora perdemos mais de meia hora e não nos deram tempo extra",
        "refund": "bom dia cancelei com cinco dias de antecedência e há três semanas que espero o reembolso de {amount} já escrevi três vezes na app",
        "club_rate": "boa tarde sou sócia do clube e no balcão cobraram-me o preço normal {amount} e o cartão está ativo",
        "party": "olá é sobre a festa de anos do meu filho no sábado não havia monitor a comida veio fria com 40 minutos de atraso e o bolo ficou fora do frigorífico",
    },
    "en": {
        "no_lane": "hi yeah I booked a lane for 3 o'clock Saturday paid online and when we got there it had been given to another group we waited 50 minutes with four kids",
        "double_charge": "hi I'm calling because my booking has been taken twice two lots of {amount} and I want the duplicate back",
        "lane_fault": "hiya so the pin machine on lane 11 broke down four times in our hour we lost over half an hour and they wouldn't give us extra time",
        "refund": "hi I cancelled five days ahead and I've been waiting three weeks for my refund of {amount}",
        "club_rate": "hi I'm a club member and they charged me full price {amount} at the desk and my card is active",
        "party": "hi it's about my son's party on Saturday there was no host the food came out cold 40 minutes late and the cake was left out",
    },
    "de": {
        "no_lane": "ja hallo ich hatte eine Bahn für 15 Uhr am Samstag gebucht und online bezahlt und als wir kamen war sie an eine andere Gruppe vergeben wir haben 50 Minuten mit vier Kindern gewartet",
        "double_charge": "guten Tag ich rufe an weil meine Buchung zweimal abgebucht wurde zweimal {amount} und ich möchte das Geld zurück",
        "lane_fault": "hallo also die Pinmaschine auf Bahn 11 ist viermal ausgefallen in unserer Stunde wir haben über eine halbe Stunde verloren",
        "refund": "guten Tag ich habe fünf Tage vorher storniert und warte seit drei Wochen auf die Erstattung von {amount}",
        "club_rate": "hallo ich bin Club-Mitglied und an der Kasse wurde mir der volle Preis berechnet {amount} obwohl meine Karte aktiv ist",
        "party": "hallo es geht um den Kindergeburtstag am Samstag es gab keinen Betreuer das Essen kam kalt 40 Minuten zu spät und der Kuchen stand draußen",
    },
    "it": {
        "no_lane": "pronto buongiorno avevo prenotato una pista per le tre di sabato pagata online e quando siamo arrivati era stata data a un altro gruppo abbiamo aspettato 50 minuti con quattro bambini",
        "double_charge": "buongiorno chiamo perché la prenotazione mi è stata addebitata due volte due volte {amount} e vorrei il rimborso",
        "lane_fault": "buongiorno allora la macchina della pista 11 si è bloccata quattro volte abbiamo perso più di mezz'ora",
        "refund": "buongiorno ho annullato cinque giorni prima e aspetto da tre settimane il rimborso di {amount}",
        "club_rate": "buongiorno sono socia del club e alla cassa mi hanno fatto pagare prezzo pieno {amount}",
        "party": "buongiorno è per la festa di mio figlio sabato non c'era l'animatore il cibo è arrivato freddo con 40 minuti di ritardo",
    },
    "es": {
        "no_lane": "hola buenas había reservado una pista para las tres del sábado pagada online y al llegar se la habían dado a otro grupo esperamos 50 minutos con cuatro niños",
        "double_charge": "hola llamo porque me han cobrado la reserva dos veces dos veces {amount} y quiero que me devuelvan el duplicado",
        "lane_fault": "hola pues la máquina de la pista 11 se atascó cuatro veces en nuestra hora perdimos más de media hora",
        "refund": "hola cancelé con cinco días de antelación y llevo tres semanas esperando el reembolso de {amount}",
        "club_rate": "hola soy socia del club y en caja me cobraron precio completo {amount} y la tarjeta está activa",
        "party": "hola es por el cumple de mi hijo el sábado no había monitor la comida llegó fría con 40 minutos de retraso",
    },
}

# The complaint said inside a long letter (French and Portuguese).
PROBLEM_SENTENCE: dict[str, dict[str, str]] = {
    "fr": {
        "no_lane": "nous avions réservé et payé la piste de 15h pour les huit ans de Léo, et à notre arrivée elle avait été donnée à un groupe sans réservation ; nous avons attendu cinquante minutes debout avec quatre enfants qui ne comprenaient pas",
        "double_charge": "la réservation de samedi a été débitée deux fois, {amount} puis encore {amount} le même jour, et ce doublon m'a mise à découvert",
        "lane_fault": "la machine à quilles de notre piste est tombée en panne quatre fois, nous avons perdu trente-cinq minutes sur une heure payée et le responsable a refusé de nous accorder du temps en plus",
        "refund": "j'ai annulé cinq jours à l'avance, comme vos conditions le permettent, et trois semaines plus tard les {amount} ne sont toujours pas revenus",
        "club_rate": "alors que je suis membre du Club depuis deux ans, la borne m'a fait payer le plein tarif, {amount}, et l'accueil m'a dit de voir avec le service client",
        "party": "l'anniversaire de mon fils s'est transformé en fiasco : pas d'animateur, des nuggets froids servis avec quarante minutes de retard et le gâteau oublié hors du frigo",
    },
    "pt": {
        "no_lane": "tínhamos reservado e pago a pista das 15h para os oito anos do Rodrigo e, quando chegámos, tinha sido dada a um grupo sem reserva; esperámos cinquenta minutos de pé com quatro crianças",
        "double_charge": "a reserva de sábado foi cobrada duas vezes, {amount} e outra vez {amount} no mesmo dia, e fiquei com a conta a descoberto",
        "lane_fault": "a máquina dos pinos da nossa pista avariou quatro vezes, perdemos trinta e cinco minutos de uma hora paga e o responsável recusou dar-nos mais tempo",
        "refund": "cancelei com cinco dias de antecedência, como as vossas condições permitem, e três semanas depois os {amount} ainda não voltaram",
        "club_rate": "apesar de ser sócia do Clube há dois anos, cobraram-me o preço normal, {amount}, e no balcão disseram-me para falar com o apoio ao cliente",
        "party": "a festa de anos do meu filho foi um desastre: sem monitor, nuggets frios servidos com quarenta minutos de atraso e o bolo esquecido fora do frigorífico",
    },
}

# Long letters: (subject, body with {sentence}).
LONG_LETTER: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Réclamation : {topic}",
            "Bonjour,\n\nJe vous écris depuis la laverie du quartier, pendant que les draps tournent, parce qu'à la maison c'est cartons partout : mon mari commence un nouveau poste à Rennes le mois prochain et nous vidons l'appartement pièce par pièce. Au milieu de tout ça, le bowling du samedi avec les enfants était notre petite parenthèse, et nous venons chez vous depuis des années.\n\nOr samedi {sentence}. Je ne suis pas quelqu'un qui écrit aux entreprises, mais là je ne peux pas laisser passer.\n\nJ'attends une réponse claire et une solution rapide. Merci de répondre par e-mail, je décroche rarement avant 19h.\n\nCordialement,",
        ),
        (
            "Réclamation : {topic}",
            "Madame, Monsieur,\n\nJ'écris ce message dans la salle des profs, pendant ma pause de midi, entre deux paquets de copies, puisque le soir je passe mon temps à vider des seaux sous la fuite du toit en attendant le couvreur. Nous sommes membres du Club depuis quatre ans et jusqu'ici nous n'avions que des éloges.\n\nCe week-end pourtant {sentence}. Quand on organise tout un samedi autour de ça, avec des enfants, on ne s'attend pas à ce genre de chose.\n\nMerci de me dire ce que vous comptez faire.\n\nBien cordialement,",
        ),
    ],
    "pt": [
        (
            "Reclamação: {topic}",
            "Bom dia,\n\nEscrevo no barco entre Cacilhas e o Cais do Sodré, a caminho do trabalho, porque é o único momento calmo do dia: estamos a tratar da entrada do meu pai num lar e entre papéis e visitas não sobra tempo para nada. O bowling ao sábado com os miúdos era a nossa pausa, e somos clientes há anos.\n\nAcontece que no sábado {sentence}. Não sou de escrever reclamações, mas desta vez não posso deixar passar.\n\nPeço uma resposta clara e uma solução rápida. Prefiro e-mail, ao telefone raramente consigo atender antes das 19h.\n\nCumprimentos,",
        ),
        (
            "Reclamação: {topic}",
            "Exmos. Senhores,\n\nEscrevo da cafetaria do hospital enquanto a minha mulher faz um exame, e em casa temos um cachorro novo que não nos deixa dormir, por isso perdoem se a mensagem sair desarrumada. Somos sócios do Clube há três anos e sempre só tivemos elogios.\n\nNo entanto, este fim de semana {sentence}. Quando se organiza o sábado inteiro à volta disto, com crianças, não se espera uma coisa assim.\n\nAguardo a vossa resposta.\n\nCom os melhores cumprimentos,",
        ),
    ],
}

COMPLAINT_SUBJ: dict[str, str] = {
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "es": "Reclamación: {topic}",
}

RE_SUBJ: dict[str, str] = {
    "fr": "RE : Dossier {case}",
    "pt": "RE: Processo {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Pratica {case}",
    "es": "RE: Incidencia {case}",
}

CASE_OPENED: dict[str, list[str]] = {
    "fr": [
        "Bonjour {first},\nNous sommes désolés. Votre dossier {case} est ouvert et notre équipe revient vers vous sous 48 h.\nL'équipe Pinvarra",
        "Bonjour {first},\nMerci pour votre message et toutes nos excuses. Nous avons ouvert le dossier {case} et vérifions avec le centre.\nL'équipe Pinvarra",
    ],
    "pt": [
        "Olá {first},\nLamentamos muito. O seu processo {case} está aberto e voltamos a contactar em 48 h.\nA equipa Pinvarra",
        "Olá {first},\nObrigado pela mensagem e as nossas desculpas. Abrimos o processo {case} e estamos a verificar com o centro.\nA equipa Pinvarra",
    ],
    "en": [
        "Hi {first},\nSo sorry about this. Your case {case} is open and we'll come back to you within 48 hours.\nThe Pinvarra team"
    ],
    "de": [
        "Hallo {first},\nes tut uns leid. Ihr Vorgang {case} ist eröffnet, wir melden uns innerhalb von 48 Stunden.\nIhr Pinvarra-Team"
    ],
    "it": [
        "Ciao {first},\nci dispiace molto. La pratica {case} è aperta, ti ricontattiamo entro 48 ore.\nIl team Pinvarra"
    ],
    "es": [
        "Hola {first},\nlo sentimos mucho. Tu incidencia {case} está abierta y te contestamos en 48 h.\nEl equipo Pinvarra"
    ],
}

CHAT_CASE: dict[str, str] = {
    "fr": "Je suis vraiment désolée. J'ouvre le dossier {case}, le centre et la compta vont vérifier et vous aurez une réponse par e-mail.",
    "pt": "Peço imensa desculpa. Abri o processo {case}, o centro e a contabilidade vão verificar e terá resposta por e-mail.",
    "en": "I'm really sorry. I've opened case {case}, the centre and accounts will check and you'll hear back by e-mail.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} eröffnet, Sie hören per E-Mail von uns.",
    "it": "Mi dispiace davvero. Ho aperto la pratica {case}, riceverai risposta via e-mail.",
    "es": "Lo siento mucho. He abierto la incidencia {case}, te responderemos por e-mail.",
}

GOOD_NEWS: dict[str, list[str]] = {
    "fr": [
        "Bonjour {first},\nBonne nouvelle concernant le dossier {case} : c'est corrigé de notre côté (remboursement ou avoir envoyé). Pourriez-vous nous confirmer que tout est en ordre ?\nL'équipe Pinvarra",
        "Bonjour {first},\nLe dossier {case} est traité : la somme a été recréditée et une partie offerte ajoutée à votre compte. Pouvez-vous confirmer de votre côté ?\nL'équipe Pinvarra",
    ],
    "pt": [
        "Olá {first},\nBoas notícias sobre o processo {case}: está resolvido do nosso lado (reembolso ou crédito enviado). Pode confirmar-nos que está tudo bem?\nA equipa Pinvarra",
        "Olá {first},\nO processo {case} está tratado: o valor foi devolvido e juntámos um jogo grátis à sua conta. Pode confirmar?\nA equipa Pinvarra",
    ],
    "en": [
        "Hi {first},\nGood news on case {case}: it's sorted on our side (refund or credit sent). Could you confirm all is well?\nThe Pinvarra team"
    ],
    "de": [
        "Hallo {first},\ngute Nachrichten zu Vorgang {case}: bei uns erledigt (Erstattung bzw. Gutschrift). Können Sie das bestätigen?\nIhr Pinvarra-Team"
    ],
    "it": [
        "Ciao {first},\nbuone notizie sulla pratica {case}: risolta da parte nostra. Puoi confermarci che è tutto a posto?\nIl team Pinvarra"
    ],
    "es": [
        "Hola {first},\nbuenas noticias sobre la incidencia {case}: resuelta por nuestra parte. ¿Nos confirmas que todo está bien?\nEl equipo Pinvarra"
    ],
}

CONFIRM: dict[str, list[str]] = {
    "fr": [
        "Bonjour, je confirme pour le dossier {case}, c'est bien arrivé. Merci pour la partie offerte.",
        "Dossier {case} : confirmé, tout est réglé, merci",
    ],
    "pt": [
        "Olá, confirmo o processo {case}, já chegou. Obrigada pelo jogo oferecido.",
        "Processo {case}: confirmado, está tudo resolvido, obg",
    ],
    "en": ["Hi, confirming case {case} is sorted, money's back. Thanks"],
    "de": ["Hallo, ich bestätige Vorgang {case}, ist angekommen. Danke"],
    "it": ["Ciao, confermo per la pratica {case}, tutto a posto. Grazie"],
    "es": ["Hola, confirmo la incidencia {case}, todo bien. Gracias"],
}

APOLOGY: dict[str, list[str]] = {
    "fr": [
        "Bonjour, je m'excuse pour le ton de mon message d'hier, j'étais à bout avec les enfants. Merci d'avoir réglé ça si vite.",
        "désolée pour hier, j'étais énervée, c'était pas contre la personne au chat. merci pour votre réactivité",
    ],
    "pt": [
        "Olá, peço desculpa pelo tom da mensagem de ontem, estava de cabeça perdida com os miúdos. Obrigada por terem resolvido tão depressa.",
        "desculpem ontem, estava irritada, não era com quem me atendeu. obg pela rapidez",
    ],
    "en": [
        "Sorry for my tone yesterday, I was at the end of my rope with the kids. Thanks for sorting it so fast."
    ],
    "de": [
        "Entschuldigung für den Ton gestern, ich war mit den Nerven am Ende. Danke für die schnelle Lösung."
    ],
    "it": ["Scusate il tono di ieri, ero esasperata. Grazie per aver risolto così in fretta."],
    "es": [
        "Perdón por el tono de ayer, estaba agobiadísima con los niños. Gracias por solucionarlo tan rápido."
    ],
}

LOW_CSAT: dict[str, list[str]] = {
    "fr": ["", "déçue", "nul"],
    "pt": ["", "desiludida", "mau"],
    "en": ["", "poor"],
    "de": ["", "enttäuscht"],
    "it": ["", "deluso"],
    "es": ["", "decepcionada"],
}

LOW_NPS: dict[str, list[str]] = {
    "fr": ["", "Pas avant que ce soit réglé.", "on verra"],
    "pt": ["", "Só depois de resolverem.", "veremos"],
    "en": ["", "Not until this is fixed."],
    "de": ["", "Erst wenn das geklärt ist."],
    "it": ["", "Non finché non risolvete."],
    "es": ["", "No hasta que lo arregléis."],
}

QUALITY_LEAD: dict[str, str] = {
    "fr": "Bonjour {first},\nVotre dossier {case} a été confié à notre responsable qualité, qui vous appellera avant vendredi midi.\nL'équipe Pinvarra",
    "pt": "Olá {first},\nO seu processo {case} passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.\nA equipa Pinvarra",
    "en": "Hi {first},\nYour case {case} is now with our quality lead, who will call you before Friday lunchtime.\nThe Pinvarra team",
    "de": "Hallo {first},\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\nIhr Pinvarra-Team",
    "it": "Ciao {first},\nla tua pratica {case} è ora in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.\nIl team Pinvarra",
    "es": "Hola {first},\ntu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\nEl equipo Pinvarra",
}

REPEAT2: dict[str, list[str]] = {
    "fr": [
        "Dossier {case} : toujours RIEN. {topic}, je vous ai écrit il y a deux jours et pas de nouvelles.",
        "je relance pour le dossier {case}, toujours pas réglé ({topic}). vous pouvez me dire où ça en est ?",
    ],
    "pt": [
        "Processo {case}: continua TUDO igual. {topic}, escrevi há dois dias e nada.",
        "volto a insistir no processo {case}, ainda não está resolvido ({topic}). onde é que isto está?",
    ],
    "en": ["Case {case}: still NOTHING. {topic}, I wrote two days ago and no news."],
    "de": ["Vorgang {case}: immer noch NICHTS. {topic}, ich habe vor zwei Tagen geschrieben."],
    "it": ["Pratica {case}: ancora NIENTE. {topic}, ho scritto due giorni fa."],
    "es": ["Incidencia {case}: sigue sin NADA. {topic}, escribí hace dos días."],
}

REPEAT3: dict[str, list[str]] = {
    "fr": [
        "Troisième fois que je vous contacte pour le dossier {case}, toujours pas résolu. Ma collègue va chez {comp} et eux règlent ce genre de truc le jour même.",
        "3e relance dossier {case}. J'ai regardé les tarifs de {comp}, franchement je me pose la question.",
    ],
    "pt": [
        "Terceira vez que vos contacto pelo processo {case} e continua por resolver. Uma colega vai ao {comp} e lá resolvem isto no próprio dia.",
        "3.ª vez, processo {case}. Fui ver os preços do {comp} e sinceramente estou a pensar.",
    ],
    "en": [
        "Third time I'm contacting you about case {case}, still not sorted. A colleague goes to {comp} and they fix this kind of thing the same day."
    ],
    "de": [
        "Dritter Kontakt wegen Vorgang {case}, immer noch nicht gelöst. Eine Kollegin geht zu {comp}, die klären so was am selben Tag."
    ],
    "it": [
        "Terza volta che scrivo per la pratica {case}, ancora irrisolta. Una collega va da {comp} e lì risolvono in giornata."
    ],
    "es": [
        "Tercera vez que os contacto por la incidencia {case} y sin resolver. Una compañera va a {comp} y allí lo arreglan el mismo día."
    ],
}

REPEAT4: dict[str, list[str]] = {
    "fr": [
        "QUATRIÈME fois pour le dossier {case}. Toujours pas réglé. Je ne sais plus quoi vous dire."
    ],
    "pt": ["QUARTA vez pelo processo {case}. Continua sem solução. Já não sei o que dizer."],
    "en": [
        "FOURTH time about case {case}. Still not fixed. I honestly don't know what else to say."
    ],
    "de": ["VIERTES Mal wegen Vorgang {case}. Immer noch nicht erledigt."],
    "it": ["QUARTA volta per la pratica {case}. Ancora niente."],
    "es": ["CUARTA vez por la incidencia {case}. Sigue sin arreglarse."],
}

REPEAT_CALL: dict[str, str] = {
    "fr": "oui bonjour je rappelle pour le dossier {case} c'est toujours pas réglé {topic} personne ne m'a recontactée",
    "pt": "olá bom dia volto a ligar por causa do processo {case} continua por resolver {topic} ninguém me ligou",
    "en": "hi I'm calling again about case {case} it's still not sorted {topic} nobody has called me back",
    "de": "ja hallo ich rufe wieder an wegen Vorgang {case} das ist immer noch nicht erledigt {topic}",
    "it": "pronto buongiorno richiamo per la pratica {case} ancora non risolta {topic}",
    "es": "hola buenas vuelvo a llamar por la incidencia {case} sigue sin resolver {topic}",
}

URGENT: dict[str, str] = {
    "fr": "C'est ajouté au dossier {case} et marqué urgent, je suis désolée pour l'attente.",
    "pt": "Acrescentei ao processo {case} e marquei como urgente, lamento a espera.",
    "en": "I've added this to case {case} and marked it urgent, sorry for the wait.",
    "de": "Ich habe das zu Vorgang {case} hinzugefügt und als dringend markiert.",
    "it": "L'ho aggiunto alla pratica {case} e segnato come urgente.",
    "es": "Lo he añadido a la incidencia {case} y marcado como urgente.",
}

# The six steps of a slide; the fifth names {amount}, the sixth {comp}.
SLIDE: dict[str, list[list[str]]] = {
    "fr": [
        [
            "Piste pas prête à l'heure réservée, 20 min d'attente au bar. Bon.",
            "Petit retard à l'accueil samedi, 20 minutes avant d'avoir notre piste. Ça arrive.",
        ],
        [
            "Chaussures qui collent, boules ébréchées et la machine de la piste 7 qui se bloque. Ça se dégrade chez Pinvarra.",
            "Boules abîmées, chaussures humides... c'était mieux avant.",
        ],
        [
            "La réduction Club a disparu des créneaux du samedi sans prévenir. Sympa pour les membres.",
            "Plus de tarif Club le week-end ?? On n'a reçu aucun mail.",
        ],
        [
            "Musique à fond, les petits en larmes et personne au comptoir pour baisser. Franchement décevant.",
            "On ne s'entend plus parler, les enfants avaient mal aux oreilles, et le staff s'en fiche.",
        ],
        [
            "FURIEUSE : {amount} de 'frais de dégradation' pour une boule soi-disant rayée alors que personne ne l'a fait tomber, la caméra de la piste le montre.",
            "{amount} de frais pour une boule 'rayée' ??? Vos propres caméras montrent qu'on n'y a pas touché. Honteux.",
        ],
        [
            "Ma cousine va chez {comp}, j'ai réservé l'anniv de samedi là-bas.",
            "C'est fini, l'anniversaire de samedi sera chez {comp}.",
        ],
    ],
    "pt": [
        [
            "Pista não estava pronta à hora, 20 min de espera no bar. Enfim.",
            "Pequeno atraso no sábado, 20 minutos até termos a pista. Acontece.",
        ],
        [
            "Sapatos pegajosos, bolas lascadas e a máquina da pista 7 sempre a encravar. Está a piorar o Pinvarra.",
            "Bolas estragadas, sapatos húmidos... já foi melhor.",
        ],
        [
            "O desconto do Clube desapareceu dos horários de sábado sem aviso. Bonito para os sócios.",
            "Acabou o preço do Clube ao fim de semana?? Nem um email.",
        ],
        [
            "Música altíssima, os pequenos a chorar e ninguém no balcão para baixar. Dececionante.",
            "Não se ouvia nada, as crianças com dores de ouvidos, e o staff nem quis saber.",
        ],
        [
            "FURIOSA: {amount} de 'taxa de danos' por uma bola supostamente riscada que ninguém deixou cair, a câmara da pista mostra.",
            "{amount} por uma bola 'riscada'??? As vossas câmaras mostram que nem lhe tocámos. Vergonha.",
        ],
        [
            "A minha prima vai ao {comp}, já reservei a festa de sábado lá.",
            "Acabou, a festa de sábado vai ser no {comp}.",
        ],
    ],
    "en": [
        ["Lane wasn't ready at our booked time, 20 minutes at the bar. Fine."],
        ["Sticky shoes, chipped balls and lane 7 jamming every frame. Pinvarra's slipping."],
        ["Club discount quietly gone from Saturday slots. Nice one for members."],
        [
            "Music blasting, little ones in tears and nobody at the desk to turn it down. Disappointing."
        ],
        [
            "FUMING: {amount} 'damage fee' for a ball that's supposedly scratched, nobody dropped it and your lane camera shows it."
        ],
        ["My cousin goes to {comp}, I've booked Saturday's party there."],
    ],
    "de": [
        ["Bahn zur gebuchten Zeit nicht fertig, 20 Minuten an der Bar gewartet. Naja."],
        ["Klebrige Schuhe, angeschlagene Kugeln und Bahn 7 hängt ständig. Pinvarra lässt nach."],
        ["Der Club-Rabatt ist samstags einfach weg, ohne Info. Toll für Mitglieder."],
        ["Musik viel zu laut, die Kleinen weinen und keiner an der Theke. Enttäuschend."],
        [
            "STINKSAUER: {amount} 'Schadensgebühr' für eine angeblich zerkratzte Kugel, die keiner fallen gelassen hat, Ihre Kamera zeigt es."
        ],
        ["Meine Cousine geht zu {comp}, ich habe den Geburtstag am Samstag dort gebucht."],
    ],
    "it": [
        ["Pista non pronta all'orario prenotato, 20 minuti al bar. Vabbè."],
        [
            "Scarpe appiccicose, bocce scheggiate e la pista 7 che si blocca. Pinvarra sta peggiorando."
        ],
        ["Lo sconto Club sparito il sabato senza avvisare. Bello per i soci."],
        ["Musica a palla, bimbi in lacrime e nessuno al bancone. Deludente."],
        [
            "FURIOSA: {amount} di 'danni' per una boccia presunta graffiata che nessuno ha fatto cadere, la vostra telecamera lo dimostra."
        ],
        ["Mia cugina va da {comp}, ho prenotato la festa di sabato lì."],
    ],
    "es": [
        ["La pista no estaba lista a la hora reservada, 20 minutos en la barra. Bueno."],
        ["Zapatos pegajosos, bolas desconchadas y la pista 7 atascándose. Pinvarra va a peor."],
        ["El descuento del Club ha desaparecido los sábados sin avisar. Genial para los socios."],
        ["Música a tope, los peques llorando y nadie en la barra. Decepcionante."],
        [
            "FURIOSA: {amount} de 'daños' por una bola supuestamente rayada que nadie tiró, vuestra cámara lo demuestra."
        ],
        ["Mi prima va a {comp}, he reservado el cumple del sábado allí."],
    ],
}

CANCEL_ASK: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Résiliation Club",
            "Bonjour,\nNous déménageons dans un village du Jura à 80 km du centre le plus proche. Je souhaite résilier mon abonnement Club Pinvarra et fermer mon compte.\nMerci pour ces années,",
        ),
        (
            "Fermeture de compte",
            "Bonjour, suite à mon opération du genou le médecin m'interdit le bowling pour longtemps. Merci de résilier le Club et de fermer mon compte. Cordialement",
        ),
    ],
    "pt": [
        (
            "Cancelamento Clube",
            "Bom dia,\nVamos mudar-nos para uma aldeia no interior, a 90 km do centro mais perto. Quero cancelar o Clube Pinvarra e fechar a conta.\nObrigada por estes anos,",
        ),
        (
            "Fechar conta",
            "Olá, os miúdos cresceram e já não querem ir ao bowling connosco. Quero cancelar o Clube e fechar a conta, por favor.",
        ),
    ],
    "en": [
        (
            "Cancel Club",
            "Hi,\nWe're moving to a village miles from any centre. Please cancel my Pinvarra Club and close my account.\nThanks for the good times,",
        )
    ],
    "de": [
        (
            "Kündigung Club",
            "Hallo,\nwir ziehen aufs Land, 80 km vom nächsten Center. Bitte den Club kündigen und mein Konto schließen.\nDanke für die schöne Zeit",
        )
    ],
    "it": [
        (
            "Disdetta Club",
            "Buongiorno,\nci trasferiamo in un paese lontano da ogni centro. Vorrei disdire il Club Pinvarra e chiudere l'account.\nGrazie di tutto",
        )
    ],
    "es": [
        (
            "Baja Club",
            "Hola,\nnos mudamos a un pueblo lejos de cualquier centro. Quiero darme de baja del Club Pinvarra y cerrar la cuenta.\nGracias por todo",
        )
    ],
}

SORRY_GO: dict[str, str] = {
    "fr": "Bonjour {first},\nNous sommes tristes de vous voir partir. Vous pouvez résilier le Club et fermer votre compte vous-même dans l'appli ou sur le site, rubrique Mon compte.\nL'équipe Pinvarra",
    "pt": "Olá {first},\nTemos pena de a ver partir. Pode cancelar o Clube e fechar a conta na app ou no site, em A minha conta.\nA equipa Pinvarra",
    "en": "Hi {first},\nSorry to see you go. You can cancel the Club and close your account yourself in the app or on the website, under My account.\nThe Pinvarra team",
    "de": "Hallo {first},\nschade, dass Sie gehen. Sie können den Club in der App oder auf der Website unter Mein Konto selbst kündigen.\nIhr Pinvarra-Team",
    "it": "Ciao {first},\nci dispiace vederti andare. Puoi disdire il Club dall'app o dal sito, in Il mio account.\nIl team Pinvarra",
    "es": "Hola {first},\nsentimos que te vayas. Puedes dar de baja el Club en la app o en la web, en Mi cuenta.\nEl equipo Pinvarra",
}

GRUMBLES: dict[str, list[str]] = {
    "fr": [
        "L'appli Pinvarra me déconnecte à CHAQUE fois. Pénible.",
        "Le SMS 'votre partie se termine dans 10 min' à 23h50, merci on avait vu l'écran",
        "40 minutes de queue à l'accueil un samedi, comme d'hab",
        "Le parking du centre est toujours plein, on tourne 20 min",
        "Frites à 6,50 €, sérieusement ?",
        "La clim glaciale côté pistes 10 à 14, on joue en doudoune",
        "La borne arcade a encore avalé mes jetons",
    ],
    "pt": [
        "A app do Pinvarra faz logout SEMPRE. Chato.",
        "SMS 'o seu jogo acaba em 10 min' às 23h50, obrigada já tínhamos visto o ecrã",
        "40 minutos na fila do balcão ao sábado, como sempre",
        "O parque do centro está sempre cheio, 20 min às voltas",
        "Batatas fritas a 6,50 €, a sério?",
        "Ar condicionado gelado nas pistas 10 a 14, jogamos de casaco",
        "A máquina de arcade voltou a comer as fichas",
    ],
    "en": [
        "The Pinvarra app logs me out EVERY time.",
        "40 minute queue at the desk on a Saturday, as usual",
        "Chips at £5.60, seriously?",
        "Car park full again, 20 minutes going round",
        "Arcade machine ate my tokens again",
        "Air con freezing by lanes 10-14",
        "'Your game ends in 10 minutes' text at 11:50pm, thanks",
    ],
    "de": [
        "Die Pinvarra-App loggt mich JEDES Mal aus.",
        "40 Minuten Schlange an der Kasse am Samstag, wie immer",
        "Pommes für 6,50 €, echt jetzt?",
        "Parkplatz wieder voll, 20 Minuten gekreist",
        "Der Automat hat schon wieder meine Chips gefressen",
        "Klimaanlage eiskalt bei Bahn 10-14",
        "SMS 'Ihr Spiel endet in 10 Min' um 23:50, danke",
    ],
    "it": [
        "L'app Pinvarra mi disconnette OGNI volta.",
        "40 minuti di fila alla cassa il sabato, come sempre",
        "Patatine a 6,50 €, sul serio?",
        "Parcheggio pieno di nuovo",
        "La macchinetta arcade si è mangiata i gettoni",
        "Aria condizionata gelida alle piste 10-14",
        "SMS 'la partita finisce tra 10 min' alle 23:50, grazie",
    ],
    "es": [
        "La app de Pinvarra me cierra sesión SIEMPRE.",
        "40 minutos de cola en caja un sábado, como siempre",
        "Patatas a 6,50 €, ¿en serio?",
        "Parking lleno otra vez",
        "La máquina recreativa se ha tragado las fichas",
        "Aire acondicionado helado en las pistas 10-14",
        "SMS 'tu partida acaba en 10 min' a las 23:50, gracias",
    ],
}

SARCASM: dict[str, list[str]] = {
    "fr": [
        "Merci Pinvarra pour le service 'express' : nos burgers sont arrivés quand on avait fini les 3 parties 👏",
        "Super de trouver le retour de boules rempli de pop-corn du groupe d'avant 😂 ambiance cinéma",
    ],
    "pt": [
        "Obrigada Pinvarra pelo serviço 'expresso': os hambúrgueres chegaram quando já tínhamos acabado os 3 jogos 👏",
        "Adorei encontrar o retorno das bolas cheio de pipocas do grupo anterior 😂",
    ],
    "en": [
        "Love the 'express' service at Pinvarra, burgers arrived just as we finished our third game 👏"
    ],
    "de": [
        "Danke Pinvarra für den 'Express'-Service: Burger kamen, als wir drei Spiele fertig hatten 👏"
    ],
    "it": ["Grazie Pinvarra per il servizio 'express': hamburger arrivati a fine terza partita 👏"],
    "es": [
        "Gracias Pinvarra por el servicio 'exprés': las hamburguesas llegaron al acabar la tercera partida 👏"
    ],
}

# Mild grumbles of a calm weekend, with the agent's answer.
MILD: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "bjr, la recherche de centre dans l'appli m'affiche Lille alors que je suis à Nantes ?",
            "Bonjour, c'est la localisation par défaut : autorisez la position ou choisissez Nantes dans la liste, nous corrigeons l'affichage.",
        ),
        (
            "les notifs de l'appli arrivent en anglais depuis hier, c'est normal ?",
            "Bonjour, merci du signalement : vérifiez la langue dans Profil > Langue, un correctif arrive.",
        ),
    ],
    "pt": [
        (
            "olá, a pesquisa de centros na app mostra Faro e eu estou em Braga?",
            "Olá, é a localização por defeito: autorize a localização ou escolha Braga na lista, vamos corrigir.",
        ),
        (
            "as notificações vêm em inglês desde ontem, é normal?",
            "Olá, obrigado pelo aviso: veja em Perfil > Idioma, vem aí uma correção.",
        ),
    ],
    "en": [
        (
            "the centre search in the app shows Bristol but I'm in Leeds?",
            "Hi, that's the default location: allow location or pick Leeds from the list, we're fixing it.",
        )
    ],
    "de": [
        (
            "Die Centersuche in der App zeigt Leipzig, ich bin aber in Köln?",
            "Hallo, das ist der Standardort: Standort erlauben oder Köln auswählen, wir beheben das.",
        )
    ],
    "it": [
        (
            "la ricerca centri nell'app mi mostra Verona ma sono a Torino?",
            "Ciao, è la posizione predefinita: attiva la posizione o scegli Torino, stiamo correggendo.",
        )
    ],
    "es": [
        (
            "el buscador de centros de la app me sale Zaragoza y estoy en Valencia",
            "Hola, es la ubicación por defecto: activa la ubicación o elige Valencia, lo estamos corrigiendo.",
        )
    ],
}

# --- the planted spike: reminder links pointing at a test address ---

SPIKE_CODE = "SBX:2207"

SPIKE_REPORT: dict[str, list[str]] = {
    "fr": [
        "Arnaque ou pas ?? Reçu un SMS 'Pinvarra : votre piste à 11h00, gérez votre réservation ici' et le lien ouvre une page rouge 'site dangereux'. Si je continue c'est écrit SBX:2207. Vous avez été piratés ?",
        "bjr, le lien du rappel de ma résa de cet aprem part vers un site que mon tel dit frauduleux, et derrière juste 'environnement de test SBX:2207'. Je peux pas ajouter les invités de l'anniv de ma fille, c'est à 14h !!",
        "Mon mari a reçu le SMS, moi l'e-mail : les deux liens donnent 'site trompeur' puis erreur SBX:2207. J'ai rien tapé mais c'est vraiment vous qui envoyez ça ???",
        "C'EST QUOI CE LIEN ?? Mon antivirus bloque le rappel Pinvarra, SBX:2207 en bas de la page. Impossible d'ouvrir ma réservation de 10h30.",
        "Le mail de rappel de ce matin renvoie vers une adresse bizarre que Chrome bloque, code SBX:2207. Ma mère de 74 ans a failli taper son mot de passe dessus, prévenez les gens svp",
        "Quelqu'un d'autre a le lien du rappel bloqué ce matin ? Page de test, SBX:2207, et notre piste est à 11h. Pinvarra répondez",
    ],
    "pt": [
        "Isto é burla?? Recebi um SMS 'Pinvarra: a sua pista às 11h00, gira a reserva aqui' e o link abre uma página vermelha 'site perigoso'. Se continuo aparece SBX:2207. Foram pirateados?",
        "bom dia, o link do lembrete da reserva de hoje à tarde vai para um site que o telemóvel diz ser fraudulento e depois só 'ambiente de teste SBX:2207'. Não consigo pôr os convidados da festa da minha filha, é às 14h!!",
        "O meu marido recebeu o SMS e eu o email: os dois links dão 'site enganador' e depois erro SBX:2207. Não escrevi nada mas são mesmo vocês que mandam isto???",
        "QUE LINK É ESTE?? O antivírus bloqueia o lembrete do Pinvarra, SBX:2207 no fundo da página. Não consigo abrir a reserva das 10h30.",
        "O email de lembrete desta manhã manda para um endereço esquisito que o Chrome bloqueia, código SBX:2207. A minha mãe de 72 anos quase pôs lá a password, avisem as pessoas pf",
        "Mais alguém com o link do lembrete bloqueado hoje? Página de teste, SBX:2207, e a nossa pista é às 11h. Pinvarra respondam",
    ],
    "en": [
        "Is this a scam?? Got a text 'Pinvarra: your lane at 11:00, manage your booking here' and the link opens a red 'deceptive site' warning. Click through and it says SBX:2207. Have you been hacked?",
        "The reminder email this morning points to some weird address my browser blocks, code SBX:2207. Can't open our 10:30 booking to add the kids' names",
    ],
    "de": [
        "Ist das Betrug?? SMS 'Pinvarra: Ihre Bahn um 11:00, Buchung hier verwalten' und der Link öffnet eine rote Warnung 'gefährliche Website'. Dahinter steht SBX:2207. Wurden Sie gehackt?",
        "Der Erinnerungslink von heute früh landet auf einer Testseite, der Browser blockiert sie, Code SBX:2207. Ich komme nicht an unsere Buchung für 10:30 ran",
    ],
    "it": [
        "È una truffa?? Ricevuto SMS 'Pinvarra: la tua pista alle 11:00, gestisci la prenotazione qui' e il link apre una pagina rossa 'sito pericoloso'. Se proseguo c'è scritto SBX:2207. Vi hanno hackerato?",
        "Il link del promemoria di stamattina porta a un indirizzo strano che il browser blocca, codice SBX:2207. Non riesco ad aprire la prenotazione delle 10:30",
    ],
    "es": [
        "¿¿Esto es una estafa?? Me llega un SMS 'Pinvarra: tu pista a las 11:00, gestiona tu reserva aquí' y el enlace abre una página roja de 'sitio peligroso'. Si sigo pone SBX:2207. ¿Os han hackeado?",
        "El enlace del recordatorio de esta mañana lleva a una dirección rara que el navegador bloquea, código SBX:2207. No puedo abrir la reserva de las 10:30",
    ],
}

SPIKE_SUBJ: dict[str, str] = {
    "fr": "SMS de rappel suspect ??",
    "pt": "Lembrete suspeito / burla?",
    "en": "Scam reminder text?",
    "de": "Verdächtige Erinnerung",
    "it": "Promemoria sospetto",
    "es": "¿Recordatorio falso?",
}

SPIKE_CHAT_A: dict[str, str] = {
    "fr": "Ce n'est pas une arnaque : nos rappels de ce matin pointent par erreur vers une adresse de test. Ne saisissez rien sur cette page. Votre réservation est maintenue, nos équipes corrigent le lien.",
    "pt": "Não é burla: os lembretes desta manhã apontam por erro para um endereço de teste. Não escreva nada nessa página. A sua reserva mantém-se, a equipa está a corrigir o link.",
    "en": "It isn't a scam: this morning's reminders point to a test address by mistake. Please don't enter anything on that page. Your booking stands and our team is fixing the link.",
    "de": "Kein Betrug: Die Erinnerungen von heute früh verweisen versehentlich auf eine Testadresse. Bitte dort nichts eingeben. Ihre Buchung bleibt bestehen.",
    "it": "Non è una truffa: i promemoria di stamattina puntano per errore a un indirizzo di test. Non inserite nulla lì. La prenotazione resta valida.",
    "es": "No es una estafa: los recordatorios de esta mañana apuntan por error a una dirección de pruebas. No escribáis nada ahí. La reserva sigue en pie.",
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "fr": [
        "Toujours SBX:2207, même avec le lien renvoyé. Et sur le téléphone de mon mari pareil. On part dans 20 min, la réservation tient vraiment ?",
        "Je réessaie : toujours la page rouge puis SBX:2207. Les invités arrivent à 14h et je n'ai toujours pas accès à la résa.",
    ],
    "pt": [
        "Continua SBX:2207, mesmo com o link reenviado. No telemóvel do meu marido igual. Saímos daqui a 20 min, a reserva mantém-se mesmo?",
        "Tentei de novo: página vermelha e SBX:2207 outra vez. Os convidados chegam às 14h e continuo sem acesso à reserva.",
    ],
    "en": [
        "Still SBX:2207, even on my wife's phone. We leave in 20 minutes, is the booking really OK?"
    ],
    "de": [
        "Immer noch SBX:2207, auch auf dem Handy meiner Frau. Wir fahren in 20 Minuten los, gilt die Buchung wirklich?"
    ],
    "it": [
        "Ancora SBX:2207, anche sul telefono di mia moglie. Partiamo tra 20 minuti, la prenotazione vale davvero?"
    ],
    "es": [
        "Sigue SBX:2207, también en el móvil de mi mujer. Salimos en 20 minutos, ¿la reserva sigue en pie seguro?"
    ],
}

SPIKE_FIXED: dict[str, str] = {
    "fr": "Bonjour {first},\nLes liens de nos rappels fonctionnent à nouveau depuis {local} (heure locale) et un nouveau rappel vous a été envoyé. Ce n'était pas une arnaque, mais une erreur de notre part. La location de chaussures d'aujourd'hui vous est offerte et un crédit de {credit} a été ajouté à votre compte.\nToutes nos excuses,\nL'équipe Pinvarra",
    "pt": "Olá {first},\nOs links dos lembretes voltaram a funcionar desde as {local} (hora local) e enviámos um novo lembrete. Não era burla, foi um erro nosso. O aluguer de sapatos de hoje é por nossa conta e juntámos {credit} de crédito à sua conta.\nAs nossas desculpas,\nA equipa Pinvarra",
    "en": "Hi {first},\nOur reminder links have worked again since {local} (local time) and a new reminder is on its way. It wasn't a scam, it was our mistake. Today's shoe hire is on us and {credit} credit has been added to your account.\nSorry,\nThe Pinvarra team",
    "de": "Hallo {first},\ndie Links unserer Erinnerungen funktionieren seit {local} Uhr (Ortszeit) wieder, eine neue Erinnerung ist unterwegs. Kein Betrug, sondern unser Fehler. Die Schuhmiete heute übernehmen wir, {credit} Guthaben sind gutgeschrieben.\nIhr Pinvarra-Team",
    "it": "Ciao {first},\ni link dei promemoria funzionano di nuovo dalle {local} (ora locale) e ti abbiamo inviato un nuovo promemoria. Nessuna truffa, un nostro errore. Il noleggio scarpe di oggi è offerto e abbiamo aggiunto {credit} di credito.\nIl team Pinvarra",
    "es": "Hola {first},\nlos enlaces de los recordatorios vuelven a funcionar desde las {local} (hora local) y te hemos enviado uno nuevo. No era una estafa, fue error nuestro. El alquiler de zapatos de hoy corre de nuestra cuenta y te hemos añadido {credit} de crédito.\nEl equipo Pinvarra",
}

SPIKE_FIXED_SUBJ: dict[str, str] = {
    "fr": "Vos rappels Pinvarra fonctionnent à nouveau",
    "pt": "Os lembretes Pinvarra voltaram a funcionar",
    "en": "Your Pinvarra reminders work again",
    "de": "Ihre Pinvarra-Erinnerungen funktionieren wieder",
    "it": "I promemoria Pinvarra funzionano di nuovo",
    "es": "Tus recordatorios Pinvarra vuelven a funcionar",
}

# Two lone questions on the Friday before: a reminder link that worked.
LONE_QA: dict[str, tuple[str, str]] = {
    "pt": (
        "Olá, recebi ontem à noite um SMS de lembrete com um link curto que começa por pvr. Abriu a minha reserva normalmente, mas é mesmo vosso? Hoje em dia nunca se sabe",
        "Olá! Sim, os lembretes vêm do remetente PINVARRA e o link curto pvr é nosso. Bom jogo amanhã!",
    ),
    "fr": (
        "Bonjour, j'ai reçu hier soir un SMS de rappel avec un lien court en pvr, il a bien ouvert ma résa mais c'est bien vous ? On se méfie maintenant",
        "Bonjour ! Oui, nos rappels viennent de l'expéditeur PINVARRA et le lien court pvr est le nôtre. Bonne partie demain !",
    ),
}

CAL_GRUMBLE: dict[str, tuple[str, str]] = {
    "fr": (
        "le calendrier des disponibilités met 30 secondes à charger dans l'appli, c'est long",
        "Bonjour, merci, nous avons remarqué la lenteur ce matin et l'équipe y travaille.",
    ),
    "pt": (
        "o calendário de disponibilidades na app demora imenso a carregar hoje",
        "Olá, obrigado, já reparámos na lentidão e a equipa está a tratar.",
    ),
}

WEEKDAY: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
