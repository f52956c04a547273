# ruff: noqa: E501
"""Consumer and spike wording for heldout69 (Pescadra, fishing permits by app).

Written from the customers' stories, French and Portuguese first. Placeholders:
{first} the customer's first name, {agent} the agent's name, {ref} the case,
{comp} a competitor, {a} / {b} amounts in the customer's money, {time} a local time.
"""

from __future__ import annotations

BRAND = "Pescadra"
COMPETITORS = ("Rivoka", "Anglomat")
LANGS = ("fr", "pt", "it", "de", "es", "en")

# (label, price in EUR, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("Day permit, river stretch / Carte journée, parcours rivière", 12.0, "/permits/day"),
    ("Weekly holiday permit / Carte vacances 7 jours", 35.0, "/permits/holiday"),
    ("Annual permit, all waters / Carte annuelle, toutes eaux", 98.0, "/permits/annual"),
    ("Youth annual permit / Carte annuelle jeune", 24.0, "/permits/youth"),
    ("Night carp permit, 3 nights / Carte carpe de nuit, 3 nuits", 45.0, "/permits/night-carp"),
    ("Lake trout day ticket / Ticket journée lac à truites", 28.0, "/permits/trout-lake"),
    ("Boat permit, season / Carte bateau, saison", 60.0, "/permits/boat"),
    ("Fly-only stretch, day / Parcours mouche, journée", 18.0, "/permits/fly"),
    ("Pescadra Plus, yearly / Pescadra Plus, annuel", 49.0, "/plus"),
]
PAGES = [
    "/waters/map",
    "/waters/levels",
    "/permits",
    "/catch-log",
    "/rules/sizes",
    "/plus",
    "/account/permits",
    "/waters/closures",
]

AGENTS: dict[str, list[str]] = {
    "fr": ["Camille", "Julien", "Sandrine", "Mehdi"],
    "pt": ["Inês", "Tiago", "Catarina", "Rui"],
    "it": ["Giulia", "Marco"],
    "de": ["Katrin", "Jonas"],
    "es": ["Lucía", "Álvaro"],
    "en": ["Hannah", "Owen"],
}

SIGN: dict[str, str] = {
    "fr": "{agent}, service clients Pescadra",
    "pt": "{agent}, apoio ao cliente Pescadra",
    "it": "{agent}, assistenza clienti Pescadra",
    "de": "{agent}, Kundenservice Pescadra",
    "es": "{agent}, atención al cliente Pescadra",
    "en": "{agent}, Pescadra customer care",
}

# ---------------------------------------------------------------- happy acts
PRAISE = {
    "fr": [
        "Premier brochet de la saison sur la Saône, carte prise dans l'appli à 6h du mat depuis le parking. Trop simple, merci Pescadra",
        "Encore une fois la carte journée en 30 secondes, le garde-pêche l'a scannée sans rien dire. Nickel",
        "3e année avec la carte annuelle Pescadra et jamais un souci, la carte des parcours est vraiment bien faite",
        "ma fille a pris sa carte jeune toute seule dans l'appli, elle était trop fière de la montrer au garde 😄",
        "La carte avec les niveaux d'eau c'est génial, on a évité une sortie pour rien hier avec la crue du Doubs",
        "Toujours aussi content de Pescadra. Le carnet de prises m'a appris que je prends tout entre 7 et 9h, logique mais marrant à voir",
    ],
    "pt": [
        "Primeira truta do ano no Paiva e a licença tirada na app às 6h no parque de estacionamento. Facílimo, obrigado Pescadra",
        "Mais uma vez licença diária em meio minuto, o guarda viu no telemóvel e pronto. Top",
        "Terceiro ano com a anual da Pescadra, nunca tive problema nenhum",
        "o meu filho tirou a licença jovem sozinho na app e ficou todo vaidoso a mostrar ao guarda 😄",
        "O mapa dos troços com o nível da água é espetacular, poupou-me uma viagem ao Zêzere ontem",
        "Continuo fã da Pescadra. O diário de capturas mostrou-me que só apanho achigã depois das 18h, quem diria",
    ],
    "it": [
        "Prima trota della stagione sul Sesia, permesso fatto dall'app al parcheggio alle 6. Comodissimo, grazie Pescadra",
        "Ancora una volta permesso giornaliero in un minuto, la guardia l'ha controllato subito. Ottimo",
        "Terzo anno con l'annuale Pescadra, mai un problema",
    ],
    "de": [
        "Erste Bachforelle der Saison an der Iller, Tageskarte um 6 Uhr am Parkplatz per App gekauft. Super einfach, danke Pescadra",
        "Schon wieder Tageskarte in 30 Sekunden, der Fischereiaufseher hat sie direkt gescannt. Top",
        "Drittes Jahr mit der Jahreskarte von Pescadra, nie Ärger gehabt",
    ],
    "es": [
        "Primera trucha de la temporada en el Tormes, permiso sacado con la app en el aparcamiento a las 6. Facilísimo, gracias Pescadra",
        "Otra vez permiso de día en medio minuto, el guarda lo escaneó sin problema. Genial",
        "Tercer año con el anual de Pescadra y ni un problema",
    ],
    "en": [
        "First grayling of the season on the Wye, day ticket bought in the app from the car park at 6am. Dead easy, cheers Pescadra",
        "Again a day permit in 30 seconds, the bailiff scanned it no bother. Brilliant",
        "Third year on the Pescadra annual, never had an issue",
    ],
}

GRIPE = {
    "fr": [
        "Appli au top, juste dommage que la carte des parcours ne marche pas hors réseau, au bord de l'eau y a jamais de 4G 😅",
        "Super service, seul bémol le reçu n'existe qu'en PDF et mon CE veut un papier",
    ],
    "pt": [
        "App muito boa, só é pena o mapa não funcionar sem rede, e à beira do rio nunca há rede",
        "Tudo ótimo, só a fatura podia vir logo com o NIF preenchido",
    ],
    "it": [
        "App ottima, peccato che la mappa non vada senza campo, e al fiume il campo non c'è mai"
    ],
    "de": [
        "Tolle App, nur schade dass die Gewässerkarte ohne Netz nicht lädt, am Wasser hat man nie Empfang"
    ],
    "es": ["App genial, pena que el mapa no funcione sin cobertura, y en el río nunca hay"],
    "en": [
        "Great app, only gripe is the map won't load with no signal, and there's never signal on a riverbank"
    ],
}

# (question, agent answer)
CHAT_Q = {
    "fr": [
        (
            "Bonjour, est-ce que la carte annuelle couvre aussi la carpe de nuit ?",
            "Bonjour ! La carte annuelle ne couvre pas la nuit, il faut ajouter la carte carpe de nuit dans l'appli (3 nuits ou saison).",
        ),
        (
            "bjr je peux prendre une carte pour mon fils sur mon compte ?",
            "Bonjour, oui : Mon compte > Famille, vous ajoutez votre fils et vous lui prenez une carte jeune.",
        ),
        (
            "Salut, c'est combien la taille mini du sandre au lac de Vassivière ?",
            "Bonjour, 50 cm sur ce plan d'eau, c'est sur la fiche du parcours dans l'appli.",
        ),
        (
            "Est ce que je peux pêcher avec deux cannes avec la carte journée ?",
            "Bonjour, oui, deux cannes en 1re catégorie hors parcours mouche, quatre en 2e catégorie.",
        ),
    ],
    "pt": [
        (
            "Boa tarde, a licença anual dá para pesca noturna à carpa?",
            "Boa tarde! A anual não inclui a noite, tem de juntar a licença carpa noturna na app.",
        ),
        (
            "ola posso tirar licença para o meu filho na minha conta?",
            "Olá, sim: em A minha conta > Família adiciona o seu filho e tira a licença jovem.",
        ),
        (
            "Bom dia, qual é o tamanho mínimo do achigã em Montargil?",
            "Bom dia, 23 cm, está na ficha do troço na app.",
        ),
        (
            "a licença semanal começa no dia que compro ou posso escolher?",
            "Pode escolher o dia de início no momento da compra, até 30 dias à frente.",
        ),
    ],
    "it": [
        (
            "Buongiorno, l'annuale vale anche per la carpa di notte?",
            "Buongiorno! No, per la notte serve il permesso carpa notturna, si aggiunge dall'app.",
        ),
        (
            "ciao posso fare il permesso per mio figlio dal mio account?",
            "Ciao, sì: Account > Famiglia, aggiungi tuo figlio e prendi il permesso giovani.",
        ),
    ],
    "de": [
        (
            "Hallo, gilt die Jahreskarte auch fürs Nachtangeln auf Karpfen?",
            "Hallo! Nein, dafür brauchen Sie zusätzlich die Karpfen-Nachtkarte, die lässt sich in der App dazubuchen.",
        ),
        (
            "Kann ich für meinen Sohn eine Karte über mein Konto kaufen?",
            "Ja: Konto > Familie, Ihren Sohn hinzufügen und dann die Jugendkarte kaufen.",
        ),
    ],
    "es": [
        (
            "Hola, el anual vale para carpa de noche?",
            "¡Hola! No, para la noche hace falta el permiso de carpa nocturna, se añade en la app.",
        ),
        (
            "puedo sacar el permiso de mi hijo desde mi cuenta?",
            "Sí: Mi cuenta > Familia, añades a tu hijo y le sacas el permiso juvenil.",
        ),
    ],
    "en": [
        (
            "Hi, does the annual cover night fishing for carp?",
            "Hi! Not nights, you'd add the night carp permit in the app.",
        ),
        (
            "can I buy a permit for my lad on my account?",
            "Yes: Account > Family, add him and get him a youth permit.",
        ),
    ],
}

THANKS = {
    "fr": ["Merci !", "super merci", "parfait, merci bcp", "ok merci bonne journée"],
    "pt": ["Obrigado!", "obg", "Perfeito, obrigada", "ok muito obrigado"],
    "it": ["Grazie!", "grz mille"],
    "de": ["Danke!", "Super, danke"],
    "es": ["¡Gracias!", "genial gracias"],
    "en": ["Thanks!", "cheers"],
}

# (subject, question, answer)
MAIL_Q = {
    "fr": [
        (
            "Question carte vacances",
            "Bonjour,\nNous partons une semaine dans le Jura en août avec les enfants. La carte vacances 7 jours marche-t-elle sur le Doubs et la Loue ?\nMerci d'avance,\n{first}",
            "Bonjour {first},\nOui, la carte vacances couvre le Doubs et la Loue, hors parcours mouche réservés (en violet sur la carte). Bonne pêche en famille !\n{sign}",
        ),
        (
            "Changement de téléphone",
            "Bonjour, je change de téléphone la semaine prochaine, est-ce que je garde ma carte annuelle ou je dois la racheter ? Cordialement, {first}",
            "Bonjour {first},\nVotre carte est liée à votre compte : il suffit de vous reconnecter sur le nouveau téléphone.\n{sign}",
        ),
    ],
    "pt": [
        (
            "Dúvida licença férias",
            "Bom dia,\nVamos uma semana para o Gerês em agosto. A licença de 7 dias serve para o Cávado e para o rio Homem?\nCumprimentos,\n{first}",
            "Bom dia {first},\nSim, a licença de férias cobre os dois rios, exceto os troços só mosca (a roxo no mapa). Boas pescarias!\n{sign}",
        ),
        (
            "Troca de telemóvel",
            "Boa tarde, vou trocar de telemóvel, perco a licença anual? {first}",
            "Boa tarde {first},\nNão perde: a licença está na sua conta, basta entrar no telemóvel novo.\n{sign}",
        ),
    ],
    "it": [
        (
            "Permesso vacanze",
            "Buongiorno,\nad agosto siamo una settimana in Val d'Aosta, il permesso 7 giorni vale sulla Dora?\nGrazie, {first}",
            "Buongiorno {first},\nsì, tranne i tratti solo mosca (in viola sulla mappa). Buona pesca!\n{sign}",
        )
    ],
    "de": [
        (
            "Frage Urlaubskarte",
            "Hallo,\nwir sind im August eine Woche im Allgäu. Gilt die 7-Tage-Karte auch an der Iller und am Niedersonthofener See?\nViele Grüße\n{first}",
            "Hallo {first},\nja, beides ist dabei, außer den reinen Fliegenstrecken (lila auf der Karte). Petri Heil!\n{sign}",
        )
    ],
    "es": [
        (
            "Duda permiso vacaciones",
            "Hola,\nen agosto vamos una semana a Asturias, el permiso de 7 días sirve para el Sella?\nGracias, {first}",
            "Hola {first},\nsí, salvo los cotos de solo mosca (en morado en el mapa). ¡Buena pesca!\n{sign}",
        )
    ],
    "en": [
        (
            "Holiday permit question",
            "Hi,\nwe're in the Lakes for a week in August, does the 7-day permit cover Windermere and the Kent?\nThanks, {first}",
            "Hi {first},\nyes, both, except the fly-only beats (purple on the map). Tight lines!\n{sign}",
        )
    ],
}

# (call transcript, agent's follow-up e-mail)
CALL_Q = {
    "fr": [
        (
            "oui bonjour c'est pour savoir si avec ma carte annuelle je peux pêcher à l'étang communal de mon village ou si c'est une autre carte voilà merci",
            "Bonjour {first},\nSuite à votre appel : l'étang communal n'est pas dans notre réseau, la carte se prend en mairie. Vos autres parcours restent couverts.\n{sign}",
        ),
        (
            "bonjour euh je voulais savoir si la carte de nuit c'est valable à partir de quelle heure parce que samedi on arrive vers 20 heures",
            "Bonjour {first},\nComme dit au téléphone : la carte de nuit est valable dès une demi-heure après le coucher du soleil.\n{sign}",
        ),
    ],
    "pt": [
        (
            "bom dia queria saber se com a licença anual posso pescar na barragem aqui da terra ou se é outra licença obrigado",
            "Bom dia {first},\nNa sequência da sua chamada: essa barragem não está na nossa rede, a licença é na junta de freguesia.\n{sign}",
        ),
        (
            "olá boa tarde é só para saber a licença noturna começa a que horas porque chegamos lá pelas 20 horas",
            "Boa tarde {first},\nComo falámos: a licença noturna vale a partir de meia hora depois do pôr do sol.\n{sign}",
        ),
    ],
    "it": [
        (
            "buongiorno volevo sapere se con l'annuale posso pescare anche nel laghetto del comune o serve un altro permesso grazie",
            "Buongiorno {first},\ncome detto al telefono: il laghetto comunale non è nella nostra rete, il permesso si fa in comune.\n{sign}",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob ich mit der Jahreskarte auch am Baggersee bei uns im Ort angeln darf oder ob das eine andere Karte ist danke",
            "Hallo {first},\nwie am Telefon besprochen: der Baggersee gehört nicht zu unserem Netz, die Karte gibt es beim Verein vor Ort.\n{sign}",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si con el anual puedo pescar en el embalse del pueblo o es otro permiso gracias",
            "Hola {first},\ncomo hablamos: ese embalse no está en nuestra red, el permiso lo da el ayuntamiento.\n{sign}",
        )
    ],
    "en": [
        (
            "hi yeah just wanted to check if the annual covers the club lake in our village or is that a separate ticket cheers",
            "Hi {first},\nas discussed: the club lake isn't on our network, the club sells its own ticket.\n{sign}",
        )
    ],
}

REVIEW = {
    "fr": [
        (5, "Appli simple, carte en 30 s, le garde la scanne direct. Je recommande"),
        (
            4,
            "Très bien, la carte des parcours mériterait d'être plus à jour sur les petits ruisseaux",
        ),
    ],
    "pt": [
        (5, "App simples, licença em segundos, o guarda lê logo. Recomendo"),
        (4, "Muito bom, o mapa dos troços pequenos podia estar mais atualizado"),
    ],
    "it": [(5, "App semplice, permesso in pochi secondi. Consigliata")],
    "de": [(5, "Einfach, schnell, der Aufseher scannt sie sofort. Empfehlenswert")],
    "es": [(5, "App sencilla, permiso en segundos. Recomendada")],
    "en": [(5, "Simple, quick, the bailiff scans it straight away. Recommended")],
}

SURVEY_WORD = {
    "fr": ["Parfait", "top", "", "👍", "rapide et simple"],
    "pt": ["Perfeito", "5 estrelas", "", "👍", "rápido e fácil"],
    "it": ["Perfetto", "", "👍"],
    "de": ["Super", "", "👍"],
    "es": ["Perfecto", "", "👍"],
    "en": ["Spot on", "", "👍"],
}

NIGHT_POST = {
    "fr": [
        "3h du mat, impossible de dormir, je monte mes bas de ligne pour samedi. Carte carpe de nuit déjà prise sur l'appli 🎣",
        "Retour de garde à l'hôpital, carte de dimanche prise, maintenant dodo",
        "Minuit et demi au bord de l'étang, la carpe ne mord pas mais la nuit est belle. Merci Pescadra pour la carte de nuit",
    ],
    "pt": [
        "Turno da noite acabado, licença de sábado já tirada na app. Agora cama",
        "2 da manhã, não consigo dormir, a preparar as amostras para domingo 🎣",
        "Meia-noite na barragem, a carpa não pica mas a noite está linda. Licença noturna da Pescadra no bolso",
    ],
    "it": ["Notte di turno finita, permesso di domenica già fatto. Adesso a letto"],
    "de": ["Nachtschicht vorbei, Karte für Samstag ist in der App. Jetzt ins Bett"],
    "es": ["Las 2 de la mañana y sin sueño, montando bajos de línea para el sábado 🎣"],
    "en": ["Night shift done, Saturday's ticket sorted in the app. Bed now"],
}

NIGHT_CHAT = {
    "fr": [
        (
            "si je prends la carte de nuit maintenant elle commence quand ?",
            "Bonsoir, elle commence à l'heure d'achat et dure 3 nuits de suite.",
        ),
        (
            "je peux relâcher un silure la nuit ou c'est interdit ?",
            "Bonsoir, le silure se relâche sans problème sur ce parcours, c'est indiqué dans la fiche.",
        ),
    ],
    "pt": [
        (
            "se tirar a licença noturna agora começa quando?",
            "Boa noite, começa à hora da compra e vale 3 noites seguidas.",
        ),
        (
            "posso devolver a carpa à água de noite?",
            "Boa noite, sim, captura e solta é permitida nesse troço.",
        ),
    ],
    "it": [
        (
            "se prendo ora il notturno quando inizia?",
            "Buonasera, inizia all'acquisto e vale 3 notti di fila.",
        )
    ],
    "de": [
        (
            "wenn ich jetzt die Nachtkarte kaufe ab wann gilt die?",
            "Guten Abend, ab dem Kauf, drei Nächte am Stück.",
        )
    ],
    "es": [
        (
            "si saco ahora el nocturno cuándo empieza?",
            "Buenas noches, empieza al comprarlo y vale 3 noches seguidas.",
        )
    ],
    "en": [
        (
            "if I buy the night permit now when does it start?",
            "Evening! From when you buy it, three nights in a row.",
        )
    ],
}

# ---------------------------------------------------------------- problems
PROBLEMS = ("not_issued", "double_charge", "wrong_water", "refund", "wrong_price", "renewal")
TOPIC = {
    "fr": {
        "not_issued": "carte payée jamais reçue",
        "double_charge": "double prélèvement",
        "wrong_water": "carte émise pour le mauvais parcours",
        "refund": "remboursement fermeture crue",
        "wrong_price": "tarif Plus non appliqué",
        "renewal": "renouvellement non voulu",
    },
    "pt": {
        "not_issued": "licença paga não emitida",
        "double_charge": "cobrança em duplicado",
        "wrong_water": "licença do troço errado",
        "refund": "reembolso troço fechado",
        "wrong_price": "preço Plus não aplicado",
        "renewal": "renovação automática indevida",
    },
    "it": {
        "not_issued": "permesso pagato mai arrivato",
        "double_charge": "doppio addebito",
        "wrong_water": "permesso per il tratto sbagliato",
        "refund": "rimborso chiusura piena",
        "wrong_price": "prezzo Plus non applicato",
        "renewal": "rinnovo non richiesto",
    },
    "de": {
        "not_issued": "bezahlte Karte nie ausgestellt",
        "double_charge": "doppelte Abbuchung",
        "wrong_water": "Karte für falsches Gewässer",
        "refund": "Erstattung Hochwassersperre",
        "wrong_price": "Plus-Preis nicht berechnet",
        "renewal": "ungewollte Verlängerung",
    },
    "es": {
        "not_issued": "permiso pagado no emitido",
        "double_charge": "cobro duplicado",
        "wrong_water": "permiso del tramo equivocado",
        "refund": "reembolso cierre por crecida",
        "wrong_price": "precio Plus no aplicado",
        "renewal": "renovación no pedida",
    },
    "en": {
        "not_issued": "paid permit never issued",
        "double_charge": "charged twice",
        "wrong_water": "permit issued for the wrong water",
        "refund": "refund for flood closure",
        "wrong_price": "Plus price not applied",
        "renewal": "unwanted renewal",
    },
}
# amounts: problem -> (a, b) in EUR
AMOUNTS = {
    "not_issued": (12, 0),
    "double_charge": (98, 0),
    "wrong_water": (35, 12),
    "refund": (45, 0),
    "wrong_price": (35, 28),
    "renewal": (98, 0),
}

# written description, then a spoken one (lower case, no punctuation), per language, per problem
DESC: dict[str, dict[str, list[str]]] = {
    "fr": {
        "not_issued": [
            "J'ai payé ma carte journée {a} à 6h30 ce matin et RIEN, ni dans l'appli ni par mail. Le garde est passé, j'ai dû ranger les cannes et rentrer. 80 km aller-retour pour rien.",
            "Carte payée {a}, débitée, et aucune carte émise. Résultat je pêche pas, je suis au bord de l'eau avec le café qui refroidit.",
        ],
        "double_charge": [
            "Ma carte annuelle ({a}) a été prélevée DEUX fois. Deux fois ! Le découvert derrière, c'est moi qui le paie.",
            "On m'a débité deux fois {a} pour la même carte annuelle, j'ai les deux lignes sur mon relevé.",
        ],
        "wrong_water": [
            "J'ai acheté une carte pour l'Allier et l'appli m'a sorti une carte pour la Loire. Le garde m'a mis une amende de {a}, alors que j'ai payé ma carte {b}.",
            "Carte achetée pour le bon parcours, carte émise pour un autre, et c'est moi qui prends {a} d'amende.",
        ],
        "refund": [
            "Le parcours a été fermé par arrêté (crue) le jour de ma carte vacances. Vous m'avez promis le remboursement de {a} il y a TROIS semaines, toujours rien.",
            "Remboursement de {a} promis après la fermeture pour crue, trois semaines et pas un centime.",
        ],
        "wrong_price": [
            "Je suis membre Plus et on m'a fait payer la carte vacances plein tarif, {a} au lieu de {b}. C'est quoi l'intérêt du Plus alors ?",
            "Tarif membre pas appliqué, {a} au lieu de {b}, alors que je paie Plus tous les ans.",
        ],
        "renewal": [
            "Ma carte annuelle s'est renouvelée toute seule, {a} prélevés, alors que j'avais désactivé le renouvellement en janvier (j'ai la capture d'écran).",
            "Renouvellement automatique de {a} alors que je l'avais coupé, je ne pêche plus cette année.",
        ],
    },
    "pt": {
        "not_issued": [
            "Paguei a licença diária {a} às 6h30 e NADA, nem na app nem por email. O guarda passou e tive de arrumar as canas e ir embora. 80 km para nada.",
            "Licença paga {a}, debitada, e licença nenhuma. Estou à beira do rio sem poder pescar.",
        ],
        "double_charge": [
            "A minha licença anual ({a}) foi cobrada DUAS vezes. Duas! E o descoberto sou eu que pago.",
            "Cobraram-me duas vezes {a} pela mesma anual, tenho as duas linhas no extrato.",
        ],
        "wrong_water": [
            "Comprei licença para o Paiva e a app emitiu para o Vouga. O guarda multou-me em {a}, depois de eu ter pago {b} pela licença.",
            "Comprei para o troço certo, veio para outro, e a multa de {a} fica para mim.",
        ],
        "refund": [
            "O troço foi fechado pela cheia no dia da minha licença de férias. Prometeram o reembolso de {a} há TRÊS semanas e nada.",
            "Reembolso de {a} prometido depois do fecho pela cheia, três semanas e nem um cêntimo.",
        ],
        "wrong_price": [
            "Sou sócio Plus e cobraram-me a semanal a preço normal, {a} em vez de {b}. Então para que serve o Plus?",
            "Preço de sócio não aplicado, {a} em vez de {b}, e pago o Plus todos os anos.",
        ],
        "renewal": [
            "A licença anual renovou-se sozinha, {a} debitados, e eu tinha desligado a renovação em janeiro (tenho print).",
            "Renovação automática de {a} que eu tinha desligado, este ano nem vou pescar.",
        ],
    },
    "it": {
        "not_issued": [
            "Pagato il giornaliero {a} alle 6.30 e NIENTE, né in app né per mail. È passata la guardia e ho dovuto smontare tutto."
        ],
        "double_charge": ["L'annuale ({a}) mi è stato addebitato DUE volte."],
        "wrong_water": [
            "Ho comprato il permesso per il Sesia e l'app me l'ha fatto per il Ticino. La guardia mi ha multato {a}, dopo che ho pagato {b}."
        ],
        "refund": [
            "Il tratto è stato chiuso per piena il giorno del mio permesso. Rimborso di {a} promesso TRE settimane fa, ancora niente."
        ],
        "wrong_price": [
            "Sono socio Plus e mi avete fatto pagare il settimanale a prezzo pieno, {a} invece di {b}."
        ],
        "renewal": [
            "L'annuale si è rinnovato da solo, {a} addebitati, e io il rinnovo l'avevo tolto a gennaio."
        ],
    },
    "de": {
        "not_issued": [
            "Tageskarte um 6:30 bezahlt ({a}) und NICHTS, weder in der App noch per Mail. Der Aufseher kam und ich musste einpacken."
        ],
        "double_charge": ["Meine Jahreskarte ({a}) wurde ZWEIMAL abgebucht."],
        "wrong_water": [
            "Ich habe eine Karte für die Iller gekauft und die App hat eine für die Wertach ausgestellt. Der Aufseher hat mir {a} Verwarngeld aufgebrummt, obwohl ich {b} bezahlt habe."
        ],
        "refund": [
            "Die Strecke war wegen Hochwasser gesperrt, an meinem Kartentag. Erstattung von {a} vor DREI Wochen zugesagt, bis heute nichts."
        ],
        "wrong_price": [
            "Ich bin Plus-Mitglied und habe für die Wochenkarte den vollen Preis gezahlt, {a} statt {b}."
        ],
        "renewal": [
            "Meine Jahreskarte hat sich von selbst verlängert, {a} abgebucht, obwohl ich die Verlängerung im Januar ausgeschaltet hatte."
        ],
    },
    "es": {
        "not_issued": [
            "Pagué el permiso de día {a} a las 6:30 y NADA, ni en la app ni por email. Vino el guarda y tuve que recoger."
        ],
        "double_charge": ["El permiso anual ({a}) me lo habéis cobrado DOS veces."],
        "wrong_water": [
            "Compré el permiso para el Tormes y la app me lo hizo para el Alberche. El guarda me ha multado con {a}, después de pagar {b}."
        ],
        "refund": [
            "El tramo se cerró por crecida el día de mi permiso. Me prometisteis el reembolso de {a} hace TRES semanas y nada."
        ],
        "wrong_price": [
            "Soy socio Plus y me cobrasteis el semanal a precio normal, {a} en vez de {b}."
        ],
        "renewal": [
            "El anual se renovó solo, {a} cobrados, y yo había quitado la renovación en enero."
        ],
    },
    "en": {
        "not_issued": [
            "Paid {a} for a day permit at 6:30 this morning and NOTHING, not in the app, not by email. Bailiff came round and I had to pack up."
        ],
        "double_charge": ["My annual permit ({a}) has been taken TWICE."],
        "wrong_water": [
            "Bought a permit for the Wye and the app issued one for the Usk. Bailiff fined me {a}, after I'd paid {b} for the permit."
        ],
        "refund": [
            "The beat was shut for flooding on my permit day. You promised a {a} refund THREE weeks ago, still nothing."
        ],
        "wrong_price": [
            "I'm a Plus member and got charged full price for the weekly, {a} instead of {b}."
        ],
        "renewal": ["My annual renewed itself, {a} taken, when I switched renewal off in January."],
    },
}

SPOKEN: dict[str, dict[str, str]] = {
    "fr": {
        "not_issued": "oui bonjour alors j'ai payé ma carte journée {a} ce matin à six heures et demie et j'ai jamais eu la carte ni dans l'application ni par mail et le garde est passé donc j'ai dû rentrer chez moi voilà je veux savoir ce qui se passe",
        "double_charge": "bonjour je vous appelle parce que ma carte annuelle a été prélevée deux fois {a} deux fois et je suis à découvert maintenant",
        "wrong_water": "oui bonjour j'ai acheté une carte pour l'Allier et l'application m'a donné une carte pour la Loire et le garde m'a mis une amende de {a} donc voilà c'est pas normal",
        "refund": "bonjour c'est pour le remboursement de ma carte vacances {a} le parcours était fermé pour la crue on m'avait dit que ce serait remboursé ça fait trois semaines",
        "wrong_price": "bonjour je suis membre Plus et j'ai payé la carte vacances plein tarif {a} au lieu de {b} je comprends pas",
        "renewal": "oui bonjour ma carte annuelle a été renouvelée toute seule {a} alors que j'avais enlevé le renouvellement en janvier",
    },
    "pt": {
        "not_issued": "bom dia olhe paguei a licença diária {a} hoje às seis e meia e nunca apareceu na aplicação nem no email e o guarda passou e tive de vir embora quero saber o que se passa",
        "double_charge": "boa tarde estou a ligar porque a licença anual foi cobrada duas vezes {a} duas vezes e fiquei com a conta a descoberto",
        "wrong_water": "bom dia comprei licença para o Paiva e a aplicação deu-me para o Vouga e o guarda multou-me em {a} isto não pode ser",
        "refund": "boa tarde é por causa do reembolso da licença de férias {a} o troço estava fechado pela cheia disseram que devolviam e já vão três semanas",
        "wrong_price": "olá sou sócio Plus e paguei a semanal a preço normal {a} em vez de {b} não percebo",
        "renewal": "bom dia a minha licença anual renovou-se sozinha {a} e eu tinha desligado a renovação em janeiro",
    },
    "it": {
        p: "buongiorno chiamo perché " + s
        for p, s in {
            "not_issued": "ho pagato il giornaliero {a} stamattina e il permesso non è mai arrivato né in app né per mail e la guardia mi ha fatto andare via",
            "double_charge": "l'annuale mi è stato addebitato due volte {a} due volte",
            "wrong_water": "ho comprato il permesso per il Sesia e me l'avete fatto per il Ticino e la guardia mi ha multato {a}",
            "refund": "aspetto il rimborso di {a} per il tratto chiuso per la piena da tre settimane",
            "wrong_price": "sono socio Plus e ho pagato il settimanale {a} invece di {b}",
            "renewal": "l'annuale si è rinnovato da solo {a} e io il rinnovo l'avevo tolto",
        }.items()
    },
    "de": {
        p: "ja hallo ich rufe an weil " + s
        for p, s in {
            "not_issued": "ich heute früh die Tageskarte bezahlt habe {a} und die Karte nie gekommen ist weder in der App noch per Mail und der Aufseher hat mich heimgeschickt",
            "double_charge": "meine Jahreskarte zweimal abgebucht wurde {a} zweimal",
            "wrong_water": "ich eine Karte für die Iller gekauft habe und eine für die Wertach bekommen hab und jetzt {a} Verwarngeld zahlen soll",
            "refund": "ich seit drei Wochen auf die Erstattung von {a} warte die Strecke war wegen Hochwasser zu",
            "wrong_price": "ich Plus-Mitglied bin und trotzdem den vollen Preis gezahlt hab {a} statt {b}",
            "renewal": "sich meine Jahreskarte von selbst verlängert hat {a} und ich hatte das ausgeschaltet",
        }.items()
    },
    "es": {
        p: "hola buenas llamo porque " + s
        for p, s in {
            "not_issued": "pagué el permiso de día {a} esta mañana y nunca me llegó ni en la app ni por email y el guarda me mandó para casa",
            "double_charge": "me habéis cobrado el anual dos veces {a} dos veces",
            "wrong_water": "compré el permiso para el Tormes y me salió para el Alberche y el guarda me ha multado con {a}",
            "refund": "llevo tres semanas esperando el reembolso de {a} del tramo cerrado por la crecida",
            "wrong_price": "soy socio Plus y pagué el semanal a {a} en vez de {b}",
            "renewal": "el anual se me renovó solo {a} y yo lo había quitado",
        }.items()
    },
    "en": {
        p: "hi yeah I'm calling because " + s
        for p, s in {
            "not_issued": "I paid {a} for a day permit this morning and it never came through not in the app not by email and the bailiff sent me home",
            "double_charge": "my annual's been taken twice {a} twice",
            "wrong_water": "I bought a permit for the Wye and got one for the Usk and now the bailiff's fined me {a}",
            "refund": "I've been waiting three weeks for the {a} refund for the flooded beat",
            "wrong_price": "I'm a Plus member and I paid {a} for the weekly instead of {b}",
            "renewal": "my annual renewed itself {a} and I'd turned that off",
        }.items()
    },
}

ANGER = {
    "fr": [
        "Franchement c'est n'importe quoi.",
        "J'attends une solution AUJOURD'HUI.",
        "Je suis vraiment déçu.",
        "Ça commence à bien faire.",
    ],
    "pt": [
        "Sinceramente, isto é uma vergonha.",
        "Quero uma solução HOJE.",
        "Estou mesmo desiludido.",
        "Já chega.",
    ],
    "it": ["Davvero assurdo.", "Voglio una soluzione OGGI."],
    "de": ["Echt unmöglich.", "Ich erwarte HEUTE eine Lösung."],
    "es": ["De verdad, qué vergüenza.", "Quiero una solución HOY."],
    "en": ["Honestly not good enough.", "I want this sorted TODAY."],
}

HELLO = {
    "fr": "Bonjour,",
    "pt": "Bom dia,",
    "it": "Buongiorno,",
    "de": "Hallo,",
    "es": "Hola,",
    "en": "Hello,",
}
COMPLAINT = {
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
    "it": "Reclamo: {topic}",
    "de": "Beschwerde: {topic}",
    "es": "Reclamación: {topic}",
    "en": "Complaint: {topic}",
}
RE_CASE = {
    "fr": "RE : Dossier {ref}",
    "pt": "RE: Processo {ref}",
    "it": "R: Pratica {ref}",
    "de": "AW: Vorgang {ref}",
    "es": "RE: Incidencia {ref}",
    "en": "Re: Your case {ref}",
}

# long letters: the complaint sits inside a life
LONG_MAIL = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de ma mère, qui se remet doucement de sa prothèse de genou, alors excusez le style. Cette année j'avais promis à mon petit-fils de l'emmener sur la Creuse dès qu'on aurait un moment, et on avait enfin trouvé ce samedi.\n\n{desc}\n\nJe ne suis pas du genre à râler, je suis client depuis l'époque où il fallait encore imprimer la carte, mais là je ne comprends pas. Le petit était déçu, moi aussi. Merci de me dire ce que vous comptez faire.\n\nCordialement,\n{first}",
        "Bonjour,\n\nPetit message écrit sur mon téléphone pendant la pause de midi au chantier, on refait la toiture de la grange de mes beaux-parents et je n'ai pas beaucoup de temps. La pêche c'est ma seule soupape en ce moment.\n\n{desc}\n\nJ'ai toujours recommandé Pescadra à mes collègues, mais là honnêtement j'hésite. J'attends une réponse rapide.\n\n{first}",
    ],
    "pt": [
        "Bom dia,\n\nEscrevo do carro, à porta da escola de música da minha filha, por isso desculpem alguma gralha. Andamos a tratar da casa dos meus pais em Viseu e o fim de semana no rio era a única folga que eu tinha.\n\n{desc}\n\nSou cliente desde que a licença ainda se imprimia e sempre vos recomendei aos amigos do clube, mas assim não dá. Aguardo resposta.\n\nCumprimentos,\n{first}",
        "Boa tarde,\n\nDesculpem o texto comprido, estou no hospital à espera que o meu pai saia de uma análise e tenho tempo. Tinha prometido ao meu sobrinho levá-lo à pesca pela primeira vez.\n\n{desc}\n\nNão costumo reclamar de nada, mas isto deixou-me mesmo aborrecido. Digam-me por favor o que vão fazer.\n\n{first}",
    ],
}

CLOSE_SIMPLE = {
    "fr": "Merci de régler ça.\n{first}",
    "pt": "Obrigado por resolverem.\n{first}",
    "it": "Grazie.\n{first}",
    "de": "Bitte klären.\n{first}",
    "es": "Gracias.\n{first}",
    "en": "Please sort it.\n{first}",
}

AG_CASE_MAIL = {
    "fr": "Bonjour {first},\nNous avons bien reçu votre message et nous sommes désolés. Dossier {ref} ouvert, nous revenons vers vous sous 48 h.\n{sign}",
    "pt": "Olá {first},\nRecebemos a sua mensagem e lamentamos. Processo {ref} aberto, voltamos a contactar em 48 h.\n{sign}",
    "it": "Buongiorno {first},\nabbiamo ricevuto il suo messaggio, ci scusiamo. Pratica {ref} aperta, la ricontattiamo entro 48 ore.\n{sign}",
    "de": "Hallo {first},\nwir haben Ihre Nachricht erhalten und bitten um Entschuldigung. Vorgang {ref} ist eröffnet, wir melden uns innerhalb von 48 Stunden.\n{sign}",
    "es": "Hola {first},\nhemos recibido tu mensaje, lo sentimos. Incidencia {ref} abierta, te contestamos en 48 h.\n{sign}",
    "en": "Hi {first},\nwe've got your message and we're sorry. Case {ref} is open, we'll be back to you within 48 hours.\n{sign}",
}
AG_CASE_CHAT = {
    "fr": "Je suis vraiment désolée, j'ouvre le dossier {ref} tout de suite et je le passe au service concerné.",
    "pt": "Lamento muito, abro já o processo {ref} e passo à equipa responsável.",
    "it": "Mi dispiace molto, apro subito la pratica {ref}.",
    "de": "Das tut mir sehr leid, ich lege sofort den Vorgang {ref} an.",
    "es": "Lo siento mucho, abro ahora mismo la incidencia {ref}.",
    "en": "Really sorry about that, I'm opening case {ref} right now.",
}
AG_URGENT = {
    "fr": "Ajouté à votre dossier {ref}, marqué urgent.",
    "pt": "Acrescentado ao processo {ref}, marcado como urgente.",
    "it": "Aggiunto alla pratica {ref}, segnata urgente.",
    "de": "Zum Vorgang {ref} hinzugefügt, als dringend markiert.",
    "es": "Añadido a la incidencia {ref}, marcada urgente.",
    "en": "Added to case {ref}, marked urgent.",
}
AG_QUALITY = {
    "fr": "Bonjour {first},\nVotre dossier {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.\n{sign}",
    "pt": "Olá {first},\nO seu processo {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao meio-dia.\n{sign}",
    "it": "Buongiorno {first},\nla sua pratica {ref} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.\n{sign}",
    "de": "Hallo {first},\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie bis Freitagmittag an.\n{sign}",
    "es": "Hola {first},\ntu incidencia {ref} la tiene ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n{sign}",
    "en": "Hi {first},\nyour case {ref} is now with our quality lead, who will call you before Friday lunchtime.\n{sign}",
}
AG_GOOD_NEWS = {
    "fr": "Bonjour {first},\nBonne nouvelle pour le dossier {ref} : c'est corrigé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ?\n{sign}",
    "pt": "Olá {first},\nBoas notícias sobre o processo {ref}: está corrigido do nosso lado. Pode confirmar que está tudo bem?\n{sign}",
    "it": "Buongiorno {first},\nbuone notizie sulla pratica {ref}: è sistemato. Può confermarci?\n{sign}",
    "de": "Hallo {first},\ngute Nachricht zum Vorgang {ref}: ist bei uns korrigiert. Können Sie das bestätigen?\n{sign}",
    "es": "Hola {first},\nbuenas noticias sobre la incidencia {ref}: ya está corregido. ¿Nos lo confirmas?\n{sign}",
    "en": "Hi {first},\ngood news on case {ref}: it's fixed on our side. Could you confirm all is well?\n{sign}",
}
CONFIRM = {
    "fr": [
        "Oui c'est bon pour le dossier {ref}, c'est réglé. Merci !",
        "Confirmé, dossier {ref} ok, merci pour la rapidité",
    ],
    "pt": ["Sim, processo {ref} resolvido. Obrigado!", "Confirmo, o {ref} está ok, obrigada"],
    "it": ["Confermo, pratica {ref} a posto. Grazie!"],
    "de": ["Bestätigt, Vorgang {ref} ist erledigt. Danke!"],
    "es": ["Confirmado, la incidencia {ref} está bien. ¡Gracias!"],
    "en": ["Confirmed, case {ref} is sorted. Thanks!"],
}
APOLOGY = {
    "fr": "Désolé pour mon message d'hier, j'étais à bout. Merci pour votre aide quand même.",
    "pt": "Desculpem a mensagem de ontem, estava mesmo chateado. Obrigado pela ajuda.",
    "it": "Scusate per il messaggio di ieri, ero arrabbiato. Grazie comunque.",
    "de": "Sorry für meine Nachricht gestern, war echt sauer. Danke trotzdem.",
    "es": "Perdón por el mensaje de ayer, estaba muy enfadado. Gracias igualmente.",
    "en": "Sorry about my message yesterday, I'd lost it a bit. Thanks for the help.",
}
LOW_CSAT_WORD = {
    "fr": ["nul", ""],
    "pt": ["mau", ""],
    "it": ["pessimo", ""],
    "de": ["schlecht", ""],
    "es": ["fatal", ""],
    "en": ["poor", ""],
}
LOW_NPS_WORD = {
    "fr": ["Plus jamais de carte en ligne", "bof", ""],
    "pt": ["Desiludido", ""],
    "it": ["Deluso", ""],
    "de": ["Enttäuscht", ""],
    "es": ["Decepcionado", ""],
    "en": ["Let down", ""],
}

# repeat contacts: later contacts (n = 2, 3, 4)
AGAIN = {
    "fr": [
        "Je relance pour le dossier {ref} : toujours pas réglé. {desc}",
        "Dossier {ref}, toujours ouvert, toujours rien. C'est la {nth} fois que je vous contacte.",
    ],
    "pt": [
        "Volto a escrever sobre o processo {ref}: continua por resolver. {desc}",
        "Processo {ref} ainda aberto e nada. É a {nth} vez que vos contacto.",
    ],
    "it": ["Riscrivo per la pratica {ref}: ancora niente. {desc}"],
    "de": ["Ich melde mich wieder wegen Vorgang {ref}: immer noch nicht erledigt. {desc}"],
    "es": ["Vuelvo a escribir por la incidencia {ref}: sigue sin resolver. {desc}"],
    "en": ["Chasing case {ref} again: still not sorted. {desc}"],
}
NTH = {"fr": {2: "2e", 3: "3e", 4: "QUATRIÈME"}, "pt": {2: "2.ª", 3: "3.ª", 4: "QUARTA"}}
THIRD = {
    "fr": [
        "Un collègue prend ses cartes chez {comp} et eux règlent ça le jour même.",
        "J'ai regardé les prix chez {comp}, je vais finir par y aller.",
    ],
    "pt": [
        "Um colega tira as licenças na {comp} e lá resolvem isto no próprio dia.",
        "Já fui ver os preços da {comp}.",
    ],
    "it": ["Un collega prende i permessi da {comp} e lì risolvono in giornata."],
    "de": ["Ein Kollege holt seine Karten bei {comp}, da wird sowas am selben Tag erledigt."],
    "es": ["Un compañero saca los permisos con {comp} y allí lo arreglan en el día."],
    "en": ["A mate gets his permits from {comp} and they sort this the same day."],
}
FOURTH = {
    "fr": "QUATRIÈME fois que j'écris pour le dossier {ref}. Toujours rien.",
    "pt": "QUARTA vez que escrevo sobre o processo {ref}. Nada.",
    "it": "QUARTA volta che scrivo per la pratica {ref}. Niente.",
    "de": "VIERTES Mal wegen Vorgang {ref}. Nichts passiert.",
    "es": "CUARTA vez que escribo por la incidencia {ref}. Nada.",
    "en": "FOURTH time I'm writing about case {ref}. Nothing.",
}
CALL_AGAIN = {
    "fr": "oui bonjour je rappelle pour le dossier {ref} c'est toujours pas réglé j'ai déjà écrit plusieurs fois",
    "pt": "bom dia ligo outra vez por causa do processo {ref} continua sem estar resolvido já escrevi várias vezes",
    "it": "buongiorno richiamo per la pratica {ref} è ancora aperta ho già scritto",
    "de": "ja hallo ich rufe wieder an wegen Vorgang {ref} ist immer noch nicht erledigt",
    "es": "hola llamo otra vez por la incidencia {ref} sigue sin resolver",
    "en": "hi I'm calling again about case {ref} it's still not sorted",
}

# six-step slide; the last names a competitor
SLIDE = {
    "fr": [
        "Appli lente ce matin au bord de l'eau, 5 minutes pour afficher la carte. Bon.",
        "La carte des parcours n'est plus à jour, parcours indiqué ouvert mais privé depuis un an. 40 km pour rien.",
        "Plus moyen d'avoir quelqu'un au téléphone le week-end, ça a bien changé chez Pescadra.",
        "La journée est passée de 12 à 15 € sans prévenir. Sympa.",
        "Contrôlé par le garde, l'appli affichait ma carte SANS ma photo, avertissement. J'ai payé 98 € pour ça ? Furieux.",
        "Mon beau-frère prend ses cartes chez {comp}, j'ai pris ma journée de samedi chez eux.",
    ],
    "pt": [
        "App lenta esta manhã no rio, 5 minutos para mostrar a licença. Enfim.",
        "O mapa dos troços está desatualizado, troço aberto que afinal é privado há um ano. 40 km para nada.",
        "Ao fim de semana já não há ninguém no telefone, a Pescadra mudou muito.",
        "A diária passou de 12 para 15 € sem aviso. Simpático.",
        "Fiscalizado pelo guarda, a app mostrava a licença SEM a minha foto, levei advertência. Paguei 98 € para isto? Furioso.",
        "O meu cunhado tira as licenças na {comp}, o sábado já o tirei lá.",
    ],
    "it": [
        "App lenta stamattina al fiume, 5 minuti per aprire il permesso.",
        "Mappa dei tratti non aggiornata, tratto aperto che è privato da un anno. 40 km per niente.",
        "Nel weekend al telefono non risponde più nessuno.",
        "Il giornaliero è passato da 12 a 15 € senza avviso.",
        "Controllato dalla guardia, permesso SENZA la mia foto, richiamo. 98 € per questo? Furioso.",
        "Mio cognato prende i permessi da {comp}, sabato l'ho preso lì.",
    ],
    "de": [
        "App heute früh am Wasser lahm, 5 Minuten bis die Karte da war.",
        "Gewässerkarte veraltet, Strecke als offen angezeigt, ist aber seit einem Jahr privat. 40 km umsonst.",
        "Am Wochenende geht keiner mehr ans Telefon.",
        "Tageskarte von 12 auf 15 € ohne Ankündigung.",
        "Kontrolle, die App zeigte meine Karte OHNE Foto, Verwarnung. Dafür 98 €? Stinksauer.",
        "Mein Schwager holt seine Karten bei {comp}, Samstag hab ich dort gekauft.",
    ],
    "es": [
        "App lenta esta mañana en el río, 5 minutos para ver el permiso.",
        "El mapa de tramos no está al día, tramo abierto que es privado desde hace un año. 40 km para nada.",
        "El fin de semana ya no contesta nadie al teléfono.",
        "El permiso de día ha pasado de 12 a 15 € sin avisar.",
        "Control del guarda, la app mostraba el permiso SIN mi foto, aviso. ¿98 € para esto? Furioso.",
        "Mi cuñado saca los permisos con {comp}, el del sábado lo he sacado allí.",
    ],
    "en": [
        "App slow this morning on the bank, 5 minutes to show the permit.",
        "Water map out of date, beat shown open but it's been private a year. 40 miles for nothing.",
        "Nobody answers the phone at weekends any more.",
        "Day ticket gone from £10 to £13 with no warning.",
        "Checked by the bailiff, app showed my permit WITHOUT my photo, got a warning. Paid £85 for this? Fuming.",
        "My brother-in-law gets his permits from {comp}, booked Saturday there.",
    ],
}

CANCEL = {
    "fr": [
        (
            "Résiliation",
            "Bonjour,\nJ'ai vendu mon bateau et on part vivre en ville près de ma fille, je ne pêcherai plus. Je voudrais résilier Pescadra Plus et fermer mon compte.\nMerci pour ces années,\n{first}",
        ),
        (
            "Fermeture compte",
            "Bonjour, avec mon dos je dois arrêter la pêche. Je souhaite résilier Pescadra Plus et supprimer mon compte. {first}",
        ),
    ],
    "pt": [
        (
            "Cancelamento",
            "Bom dia,\nVendi o barco e vamos viver para Lisboa perto da minha filha, deixo de pescar. Quero cancelar o Pescadra Plus e fechar a conta.\nObrigado por estes anos,\n{first}",
        ),
        (
            "Fechar conta",
            "Boa tarde, por causa das costas tenho de deixar a pesca. Quero cancelar o Plus e apagar a conta. {first}",
        ),
    ],
    "it": [
        (
            "Disdetta",
            "Buongiorno,\nho venduto la barca e ci trasferiamo in città, smetto di pescare. Vorrei disdire Pescadra Plus e chiudere l'account.\n{first}",
        )
    ],
    "de": [
        (
            "Kündigung",
            "Hallo,\nich habe mein Boot verkauft und wir ziehen in die Stadt, ich höre mit dem Angeln auf. Bitte Pescadra Plus kündigen und mein Konto schließen.\n{first}",
        )
    ],
    "es": [
        (
            "Baja",
            "Hola,\nhe vendido la barca y nos mudamos a la ciudad, dejo la pesca. Quiero cancelar Pescadra Plus y cerrar la cuenta.\n{first}",
        )
    ],
    "en": [
        (
            "Cancel",
            "Hi,\nsold the boat and we're moving into town near our daughter, I'm giving up fishing. Please cancel Pescadra Plus and close my account.\n{first}",
        )
    ],
}
AG_SORRY_GO = {
    "fr": "Bonjour {first},\nDommage de vous voir partir, merci pour ces années. Vous pouvez résilier vous-même dans l'appli ou sur le site (Mon compte > Abonnement).\n{sign}",
    "pt": "Olá {first},\nTemos pena de o ver partir. Pode cancelar na app ou no site (A minha conta > Subscrição).\n{sign}",
    "it": "Buongiorno {first},\nci dispiace vederla andare. Può disdire dall'app o dal sito (Account > Abbonamento).\n{sign}",
    "de": "Hallo {first},\nschade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen (Konto > Abo).\n{sign}",
    "es": "Hola {first},\nqué pena que te vayas. Puedes darte de baja en la app o en la web (Mi cuenta > Suscripción).\n{sign}",
    "en": "Hi {first},\nsorry to see you go. You can cancel yourself in the app or on the website (Account > Subscription).\n{sign}",
}

GRUMBLE = {
    "fr": [
        "L'appli me déconnecte à CHAQUE fois, je retape mon mot de passe au bord de l'eau avec les mains pleines de vers.",
        'Encore le SMS "votre carte expire bientôt" à 5h du matin.',
        "La carte des parcours toujours fausse pour le ruisseau de chez moi, je l'ai signalé 3 fois.",
        "Le carnet de prises refuse mes photos de nuit, trop sombres paraît-il.",
        "Pourquoi la carte jeune s'arrête à 17 ans pile ? Mon fils a eu 18 ans en juin, j'ai dû racheter plein tarif.",
    ],
    "pt": [
        "A app desliga-me a sessão SEMPRE, volto a pôr a password à beira do rio com as mãos cheias de minhoca.",
        'Outra vez o SMS "a sua licença expira" às 5 da manhã.',
        "O mapa continua errado para a ribeira aqui da terra, já avisei 3 vezes.",
        "O diário de capturas recusa as fotos de noite, diz que estão escuras.",
        "Porque é que a licença jovem acaba aos 17 anos certinhos?",
    ],
    "it": [
        "L'app mi scollega OGNI volta.",
        'Di nuovo l\'SMS "il permesso scade" alle 5 di mattina.',
    ],
    "de": [
        "Die App meldet mich JEDES Mal ab.",
        'Schon wieder die SMS "Ihre Karte läuft ab" um 5 Uhr morgens.',
    ],
    "es": [
        "La app me cierra la sesión CADA vez.",
        'Otra vez el SMS de "tu permiso caduca" a las 5 de la mañana.',
    ],
    "en": ["App logs me out EVERY time.", 'Another "your permit expires soon" text at 5am.'],
}
SARCASM = {
    "fr": [
        "Génial la carte \"niveaux d'eau en temps réel\" qui affiche le niveau d'il y a trois jours, super utile en pleine crue 👏",
        'Merci Pescadra pour le rappel "pensez à votre carte" reçu pile quand le garde me contrôlait 😂',
    ],
    "pt": [
        'Adoro o mapa "em tempo real" que mostra a barragem cheia enquanto eu olho para a lama 😂',
        'Obrigado Pescadra pelo lembrete "tire a sua licença" que chegou quando o guarda já me estava a fiscalizar 👏',
    ],
    "it": ['Bellissima la mappa "in tempo reale" col livello di tre giorni fa 👏'],
    "de": ['Toll, die "Echtzeit"-Pegel von vor drei Tagen 👏'],
    "es": ['Qué maravilla el mapa "en tiempo real" con el nivel de hace tres días 👏'],
    "en": ['Love the "live" river levels from three days ago, very handy in a flood 👏'],
}
GRUMBLE_ONCE = {
    "fr": [
        (
            "la recherche des parcours me propose des rivières en Belgique alors que je suis à Tours ??",
            "Bonjour, la recherche se base sur la localisation du téléphone, si elle est coupée elle prend la dernière connue. On regarde ça, merci du signalement.",
        )
    ],
    "pt": [
        (
            "as notificações chegam-me em espanhol, tenho a app em português",
            "Olá, obrigado pelo aviso, já corrigimos a língua da sua conta.",
        )
    ],
    "it": [
        (
            "la ricerca mi propone fiumi in Svizzera ma sono a Novara",
            "Buongiorno, grazie della segnalazione, controlliamo.",
        )
    ],
    "de": [
        (
            "die Benachrichtigungen kommen auf Französisch, App steht auf Deutsch",
            "Hallo, danke für den Hinweis, ist korrigiert.",
        )
    ],
    "es": [
        (
            "las notificaciones me llegan en portugués",
            "Hola, gracias por avisar, ya está corregido.",
        )
    ],
    "en": [
        (
            "notifications come through in French, app's set to English",
            "Hi, thanks for flagging, sorted now.",
        )
    ],
}
FORM_ACK = {
    "fr": "Bonjour {first},\nMerci pour votre message, c'est transmis à l'équipe.\n{sign}",
    "pt": "Olá {first},\nObrigado pela mensagem, já passámos à equipa.\n{sign}",
    "it": "Buongiorno {first},\ngrazie, l'abbiamo girato al team.\n{sign}",
    "de": "Hallo {first},\ndanke, ist an das Team weitergegeben.\n{sign}",
    "es": "Hola {first},\ngracias, se lo pasamos al equipo.\n{sign}",
    "en": "Hi {first},\nthanks, passed on to the team.\n{sign}",
}

# ---------------------------------------------------------------- spike: permits hidden "outside your zone", error ZN/27
SPIKE_CODE = "ZN/27"
SPIKE = {
    "fr": [
        "L'appli dit que je suis \"hors zone de votre carte\" erreur ZN/27 alors que je suis PILE sur le parcours de la Vienne, et du coup la carte ne s'affiche plus. Le garde arrive, je fais comment ??",
        'Erreur ZN/27 "hors zone" sur ma carte annuelle, impossible de l\'afficher. Je suis sur le lac de Vassivière comme tous les samedis',
        "zn/27 sur les deux téléphones, ma carte journée est cachée \"vous n'êtes pas dans la zone\". Si, je suis dans l'eau jusqu'aux genoux",
    ],
    "pt": [
        'A app diz que estou "fora da zona da licença" erro ZN/27 e estou MESMO no troço do Paiva, a licença deixou de aparecer. O guarda vem aí, como faço??',
        'Erro ZN/27 "fora da zona" na licença anual, não consigo mostrar nada. Estou em Montargil como todos os sábados',
        'ZN/27 nos dois telemóveis, a licença diária está escondida "não está na zona". Estou dentro de água, estou na zona sim',
    ],
    "it": [
        'L\'app dice "fuori zona del permesso" errore ZN/27 ma sono sul Sesia, il permesso non si vede più. Arriva la guardia, che faccio?'
    ],
    "de": [
        'App sagt "außerhalb der Zone Ihrer Karte" Fehler ZN/27, ich stehe aber direkt an der Iller und die Karte wird nicht mehr angezeigt. Was mach ich wenn kontrolliert wird??'
    ],
    "es": [
        'La app dice "fuera de la zona del permiso" error ZN/27 y estoy en el Tormes, el permiso ya no se ve. Si viene el guarda qué hago??'
    ],
    "en": [
        "App says \"outside your permit zone\" error ZN/27 and I'm standing right on the Wye, permit won't show any more. What do I do if the bailiff comes??"
    ],
}
SPIKE_SUBJECT = {
    "fr": "Erreur ZN/27 carte cachée",
    "pt": "Erro ZN/27 licença não aparece",
    "it": "Errore ZN/27",
    "de": "Fehler ZN/27",
    "es": "Error ZN/27",
    "en": "Error ZN/27 permit hidden",
}
SPIKE_AGAIN = {
    "fr": [
        "Toujours ZN/27, même sur le téléphone de ma femme, et la localisation est bonne.",
        "Je réessaie depuis l'autre rive, toujours ZN/27, carte invisible.",
    ],
    "pt": [
        "Continua ZN/27, até no telemóvel da minha mulher, e a localização está certa.",
        "Mudei de margem, continua ZN/27, licença invisível.",
    ],
    "it": ["Ancora ZN/27, anche sul telefono di mia moglie."],
    "de": ["Immer noch ZN/27, auch auf dem Handy meiner Frau."],
    "es": ["Sigue ZN/27, también en el móvil de mi mujer."],
    "en": ["Still ZN/27, on my wife's phone too."],
}
SPIKE_CHAT_ANSWER = {
    "fr": "Oui, les cartes sont masquées avec ZN/27 partout en ce moment, nos équipes sont dessus et les gardes sont prévenus.",
    "pt": "Sim, as licenças estão escondidas com o ZN/27 em todo o lado neste momento, a equipa está a tratar e os guardas foram avisados.",
    "it": "Sì, i permessi sono nascosti con ZN/27 ovunque in questo momento, ci stiamo lavorando e le guardie sono avvisate.",
    "de": "Ja, die Karten werden gerade überall mit ZN/27 ausgeblendet, wir sind dran und die Aufseher sind informiert.",
    "es": "Sí, los permisos se ocultan con ZN/27 en todas partes ahora mismo, estamos en ello y los guardas están avisados.",
    "en": "Yes, permits are being hidden with ZN/27 everywhere right now, we're on it and the bailiffs know.",
}
SPIKE_FIXED = {
    "fr": (
        "Vos cartes s'affichent de nouveau",
        "Bonjour {first},\nLes cartes s'affichent de nouveau depuis {time} (heure locale). La journée d'aujourd'hui vous est offerte : {a} de crédit ajouté à votre compte. Désolés pour la matinée.\n{sign}",
    ),
    "pt": (
        "As licenças voltaram a aparecer",
        "Olá {first},\nAs licenças voltaram a aparecer desde as {time} (hora local). O dia de hoje é por nossa conta: {a} de crédito na sua conta. Pedimos desculpa pela manhã.\n{sign}",
    ),
    "it": (
        "I permessi sono di nuovo visibili",
        "Buongiorno {first},\ni permessi sono di nuovo visibili dalle {time} (ora locale). Oggi è offerto da noi: {a} di credito. Ci scusiamo.\n{sign}",
    ),
    "de": (
        "Karten werden wieder angezeigt",
        "Hallo {first},\ndie Karten werden seit {time} Uhr (Ortszeit) wieder angezeigt. Der heutige Tag geht auf uns: {a} Guthaben. Entschuldigung.\n{sign}",
    ),
    "es": (
        "Los permisos vuelven a verse",
        "Hola {first},\nlos permisos vuelven a verse desde las {time} (hora local). Hoy invitamos nosotros: {a} de saldo. Perdona.\n{sign}",
    ),
    "en": (
        "Permits showing again",
        "Hi {first},\npermits are showing again since {time} (local time). Today's on us: {a} credit added. Sorry about the morning.\n{sign}",
    ),
}
LONE_Q = {
    "fr": (
        "Hier soir l'appli m'a redemandé l'autorisation de localisation, j'ai dit oui et ma carte s'affiche normalement. Demain au bord de l'eau sans réseau ça marchera quand même ?",
        "Bonjour, oui, une fois téléchargée la carte s'affiche aussi hors réseau. Bonne pêche !",
    ),
    "pt": (
        "Ontem à noite a app voltou a pedir autorização de localização, disse que sim e a licença aparece normal. Amanhã no rio sem rede vai funcionar?",
        "Olá, sim, depois de descarregada a licença aparece mesmo sem rede. Boas pescarias!",
    ),
}
SPIKE_GRUMBLE = {
    "fr": (
        "la carte des niveaux d'eau met une éternité à charger ce matin",
        "Bonjour, merci, on a eu un ralentissement ce matin, c'est revenu.",
    ),
    "pt": (
        "o mapa dos níveis de água está a demorar imenso a carregar hoje",
        "Olá, obrigado, houve lentidão esta manhã, já está normal.",
    ),
}
