# ruff: noqa: E501
"""Consumer and spike wording for heldout81 (Foliaro, bookbinding and book restoration by post).

Written from the customers' stories, French and Portuguese first. Placeholders:
{first} customer's first name, {agent} agent's name, {ref} case reference,
{amt} an amount in the customer's money, {comp} a competitor, {prod} a product.
"""

from __future__ import annotations

LANGS = ("fr", "pt", "en", "de", "it", "es")

# (English label / French label, price in euros)
PRODUCTS: list[tuple[str, int]] = [
    ("Bible restoration, full leather / Restauration de bible, cuir pleine peau", 189),
    ("Cookbook rebinding, cloth / Reliure de livre de cuisine, toile", 59),
    ("Thesis binding, 3 copies / Reliure de thèse, 3 exemplaires", 75),
    ("Photo album repair / Réparation d'album photo", 69),
    ("Gold-foil spine title / Titre doré au dos", 25),
    ("Paperback to hardback / Passage broché à relié", 45),
    ("Family record book rebinding / Reliure de livret de famille", 39),
    ("Children's book repair / Réparation de livre d'enfant", 29),
    ("Made-to-measure slipcase / Étui sur mesure", 49),
    ("Monogrammed leather journal / Carnet cuir monogrammé", 55),
]

PAGES = [
    "/restauration",
    "/reliure-these",
    "/albums",
    "/dorure",
    "/tarifs",
    "/club",
    "/comment-envoyer",
    "/suivi",
    "/ateliers",
    "/cartes-cadeaux",
]

AGENTS: dict[str, list[str]] = {
    "fr": ["Camille", "Mathilde", "Julien"],
    "pt": ["Inês", "Rui", "Marta"],
    "en": ["Hannah", "Owen"],
    "de": ["Katrin", "Jonas"],
    "it": ["Giulia", "Marco"],
    "es": ["Nuria", "Álvaro"],
}

COMPETITORS = ["Lombrello", "Buchfalz"]

PRAISE: dict[str, list[str]] = {
    "fr": [
        "La bible de mon arrière-grand-mère est revenue de chez Foliaro et honnêtement j'ai pleuré. Dos refait, plus une page qui se détache, même les annotations au crayon sont là.",
        "Thèse reliée en toile bleue avec titre doré, reçue en 5 jours. Mon directeur m'a demandé l'adresse 😄 merci Foliaro",
        "Le livre de recettes de ma mère tenait avec un élastique depuis 20 ans. Maintenant il a une vraie reliure et il s'ouvre à plat sur le plan de travail. Top Foliaro.",
        "Album photo de nos 30 ans de mariage réparé, les photos ne glissent plus. Ma femme ne l'a pas reconnu. Bravo à l'atelier Foliaro",
    ],
    "pt": [
        "Recebi hoje o álbum do casamento dos meus avós restaurado pela Foliaro. As fotos soltas voltaram todas ao sítio certo. Impecável.",
        "Mandei encadernar a tese em capa dura com letras douradas e ficou lindíssima, chegou antes do prazo. Recomendo a Foliaro a toda a gente",
        "o livro de receitas da minha mãe estava a desfazer-se, agora abre direitinho e a capa de tecido é linda. obg Foliaro!!",
        "A bíblia da família voltou com lombada nova e nem parece a mesma, a minha mãe chorou. Obrigada Foliaro",
    ],
    "en": [
        "My grandad's old logbook came back from Foliaro today, spine rebuilt, every page still there. Can't thank them enough.",
        "Had my tatty paperback Tolkiens turned into hardbacks by Foliaro and they look like they came out of a library. Chuffed.",
    ],
    "de": [
        "Das Gesangbuch meiner Oma ist zurück von Foliaro, neuer Rücken, alle Seiten fest. Sieht würdevoll aus und nicht nachgemacht. Danke!",
        "Diss in Leinen gebunden, Titel in Gold, nach 5 Tagen da. Mein Betreuer wollte sofort die Adresse. Foliaro top",
    ],
    "it": [
        "Il ricettario di mia nonna è tornato da Foliaro rilegato in tela verde, si apre piatto e non perde più pagine. Bellissimo lavoro.",
        "Tesi rilegata con titolo in oro, arrivata in 5 giorni. Il relatore mi ha chiesto dove l'ho fatta 😄 grazie Foliaro",
    ],
    "es": [
        "Me han devuelto la Biblia familiar de Foliaro con el lomo nuevo y las páginas cosidas otra vez. Mi madre no se lo creía.",
        "Tesis encuadernada en tela con letras doradas y en 5 días en casa. Mi directora me pidió la web jaja. Gracias Foliaro",
    ],
}

AGAIN: dict[str, list[str]] = {
    "fr": [
        "Troisième livre que je confie à Foliaro cette année et toujours le même soin, même l'emballage est parfait.",
        "Encore une fois impeccable, cette fois le livret de famille. Je ne vais plus ailleurs.",
    ],
    "pt": [
        "Terceira vez que mando livros à Foliaro e outra vez um trabalho perfeito, até o embrulho vem com cuidado.",
        "De novo impecável, desta vez o livro de família. Já não vou a mais lado nenhum",
    ],
    "en": [
        "Third book I've sent to Foliaro this year and still the same care. Even the packing is lovely."
    ],
    "de": ["Schon wieder alles top bei Foliaro, drittes Buch dieses Jahr und wieder pünktlich."],
    "it": ["Terza volta con Foliaro quest'anno e ancora lavoro perfetto, anche l'imballo."],
    "es": ["Tercera vez este año con Foliaro y otra vez perfecto, hasta el embalaje."],
}

GRIPE: dict[str, list[str]] = {
    "fr": [
        "Reliure magnifique, vraiment, juste dommage que le suivi dans l'appli ne bouge pas pendant 10 jours, on se demande où est le livre. Mais le résultat 👌",
        "Très beau travail sur l'album, seul bémol la boîte d'envoi est un peu juste pour les grands formats.",
    ],
    "pt": [
        "Trabalho lindíssimo, só é pena o seguimento na app ficar parado uma semana sem dizer nada. Mas o resultado compensa",
        "Adorei a capa nova, só a caixa de envio é um bocado pequena para álbuns grandes, tive de a forçar",
    ],
    "en": [
        "Gorgeous job on the cookbook, only wish the app said something in the 10 days it sat at the workshop. Would use again."
    ],
    "de": [
        "Tolle Arbeit, nur die Versandbox ist für große Alben etwas knapp. Ansonsten gerne wieder."
    ],
    "it": ["Lavoro splendido, peccato solo che il tracciamento nell'app resti fermo per giorni."],
    "es": [
        "Trabajo precioso, solo que la caja de envío se queda pequeña para álbumes grandes. Por lo demás genial."
    ],
}

# (question, agent answer, thanks)
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Bonjour, est-ce que vous pouvez garder les anciennes pages de garde marbrées ou il faut les remplacer ?",
            "Bonjour ! Oui, nous les gardons dès qu'elles sont en état, l'atelier vous le confirme sur le devis.",
            "Super merci",
        ),
        (
            "bjr, combien de temps pour une thèse en 3 exemplaires ? soutenance le 30",
            "Bonjour, comptez 5 jours ouvrés à réception, 48 h avec l'option express.",
            "parfait merci bcp",
        ),
        (
            "Est-ce que je peux choisir la couleur du fil de couture ?",
            "Oui, dans l'appli au moment du devis, il y a 8 couleurs.",
            "Génial, merci !",
        ),
    ],
    "pt": [
        (
            "Boa tarde, conseguem manter as guardas antigas marmoreadas ou têm de ser substituídas?",
            "Boa tarde! Mantemos sempre que estejam em bom estado, a oficina confirma no orçamento.",
            "Ótimo, obrigada",
        ),
        (
            "olá quanto tempo demora uma tese com 3 cópias? a defesa é dia 30",
            "Olá, são 5 dias úteis a partir da receção, ou 48 h com a opção expresso.",
            "perfeito obg",
        ),
        (
            "Posso escolher a cor da linha da costura?",
            "Pode sim, na app quando faz o orçamento, há 8 cores.",
            "Que bom, obrigado!",
        ),
    ],
    "en": [
        (
            "Hi, can you keep the original marbled endpapers or do they have to go?",
            "Hi! We keep them whenever they're sound, the workshop confirms it on your quote.",
            "Brilliant, thanks",
        ),
        (
            "how long for a thesis, 3 copies? hand-in is the 30th",
            "Hi, 5 working days from arrival, or 48 hours with express.",
            "perfect cheers",
        ),
    ],
    "de": [
        (
            "Hallo, könnt ihr die alten marmorierten Vorsatzblätter behalten?",
            "Hallo! Ja, wenn sie intakt sind, behalten wir sie, die Werkstatt bestätigt es im Angebot.",
            "Super, danke",
        ),
        (
            "wie lange dauert eine Diss in 3 Exemplaren? Abgabe ist am 30.",
            "Hallo, 5 Werktage ab Eingang, mit Express 48 Stunden.",
            "perfekt danke",
        ),
    ],
    "it": [
        (
            "Buongiorno, potete tenere i vecchi risguardi marmorizzati?",
            "Buongiorno! Sì, se sono in buono stato li teniamo, il laboratorio lo conferma nel preventivo.",
            "Perfetto grazie",
        ),
        (
            "quanto ci vuole per una tesi in 3 copie? discuto il 30",
            "Buongiorno, 5 giorni lavorativi dall'arrivo, 48 ore con l'espresso.",
            "ok grz",
        ),
    ],
    "es": [
        (
            "Hola, ¿podéis mantener las guardas marmoladas antiguas?",
            "¡Hola! Sí, si están en buen estado las mantenemos, el taller lo confirma en el presupuesto.",
            "Genial, gracias",
        ),
        (
            "cuanto tarda una tesis con 3 copias? la defensa es el 30",
            "Hola, 5 días laborables desde que llega, 48 h con urgente.",
            "perfecto gracias",
        ),
    ],
}

# (subject, question, agent answer)
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Question envoi",
            "Bonjour,\nJe voudrais envoyer trois livres anciens dans le même colis, est-ce possible avec une seule boîte Foliaro ? Ils sont assez fragiles.\nMerci, {first}",
            "Bonjour {first},\nOui, une boîte suffit jusqu'à 4 kg ; calez-les avec le papier fourni, dos contre dos. Nous photographions chaque volume à l'arrivée.\nBien à vous,\n{agent}",
        ),
        (
            "Devis cuir",
            "Bonjour, quelle différence de prix entre la toile et le cuir pour un missel de 1920 ? Cordialement, {first}",
            "Bonjour {first},\npour ce format comptez 59 € en toile et 149 € en cuir pleine peau. Le devis exact suit la photo.\n{agent}",
        ),
    ],
    "pt": [
        (
            "Dúvida envio",
            "Bom dia,\nPosso enviar três livros antigos na mesma caixa Foliaro? São um bocado frágeis.\nObrigada, {first}",
            "Bom dia {first},\nSim, uma caixa serve até 4 kg; acomode-os com o papel que vai na caixa, lombada com lombada. Fotografamos cada volume à chegada.\nCumprimentos,\n{agent}",
        ),
        (
            "Orçamento pele",
            "Boa tarde, qual a diferença de preço entre tecido e pele para um missal de 1920? Cumprimentos, {first}",
            "Boa tarde {first},\npara esse formato são 59 € em tecido e 149 € em pele. O orçamento exato segue depois da fotografia.\n{agent}",
        ),
    ],
    "en": [
        (
            "Question about posting",
            "Hi,\nCan I send three old books in one Foliaro box? They're quite fragile.\nThanks, {first}",
            "Hi {first},\nYes, one box takes up to 4 kg; pack them spine to spine with the paper supplied. We photograph every volume when it arrives.\nBest,\n{agent}",
        )
    ],
    "de": [
        (
            "Frage Versand",
            "Hallo,\nkann ich drei alte Bücher in einer Foliaro-Box schicken? Sie sind recht empfindlich.\nGrüße, {first}",
            "Hallo {first},\nja, eine Box reicht bis 4 kg; legen Sie sie Rücken an Rücken mit dem beiliegenden Papier. Jedes Buch wird bei Ankunft fotografiert.\nViele Grüße\n{agent}",
        )
    ],
    "it": [
        (
            "Domanda spedizione",
            "Buongiorno,\nposso spedire tre libri antichi nella stessa scatola Foliaro? Sono fragili.\nGrazie, {first}",
            "Buongiorno {first},\nsì, una scatola va bene fino a 4 kg; sistemateli dorso contro dorso con la carta inclusa. Fotografiamo ogni volume all'arrivo.\nCordiali saluti,\n{agent}",
        )
    ],
    "es": [
        (
            "Duda envío",
            "Hola,\n¿puedo mandar tres libros antiguos en la misma caja Foliaro? Son algo frágiles.\nGracias, {first}",
            "Hola {first}:\nsí, una caja vale hasta 4 kg; colócalos lomo con lomo con el papel que incluye. Fotografiamos cada volumen al llegar.\nUn saludo,\n{agent}",
        )
    ],
}

# (transcript, agent follow-up subject, agent follow-up text)
CALL_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "oui bonjour je vous appelle parce que j'ai un vieux dictionnaire de mon grand-père la couverture est partie je voulais savoir si vous faites juste la couverture ou s'il faut tout refaire voilà merci",
            "Suite à votre appel",
            "Bonjour {first},\ncomme convenu au téléphone : nous pouvons refaire seulement la couverture (à partir de 45 €). Envoyez-nous une photo dans l'appli pour le devis.\n{agent}",
        ),
        (
            "allô oui bonjour c'est pour savoir si vous faites les partitions ma fille joue du piano et les cahiers tombent en morceaux merci",
            "Suite à votre appel",
            "Bonjour {first},\noui, nous relions les partitions avec une couture qui s'ouvre à plat sur le pupitre, 35 € le cahier.\n{agent}",
        ),
    ],
    "pt": [
        (
            "sim bom dia estou a ligar porque tenho um dicionário antigo do meu avô a capa soltou-se queria saber se fazem só a capa ou se é preciso refazer tudo obrigado",
            "Na sequência da sua chamada",
            "Bom dia {first},\nconforme falámos: podemos refazer só a capa (a partir de 45 €). Mande-nos uma fotografia pela app para o orçamento.\n{agent}",
        ),
        (
            "olá boa tarde era para saber se encadernam partituras a minha filha toca piano e os cadernos estão todos desfeitos obrigada",
            "Na sequência da sua chamada",
            "Boa tarde {first},\nsim, encadernamos partituras com costura que abre plana na estante, 35 € o caderno.\n{agent}",
        ),
    ],
    "en": [
        (
            "yeah hi I'm calling about my granddad's old dictionary the cover's come off and I wanted to know do you just do the cover or does the whole thing need redoing thanks",
            "Following your call",
            "Hi {first},\nas discussed: we can replace just the cover (from £39). Send us a photo in the app for a quote.\n{agent}",
        )
    ],
    "de": [
        (
            "ja hallo ich rufe an wegen einem alten Wörterbuch von meinem Opa der Einband ist ab ich wollte fragen ob Sie nur den Einband machen oder alles neu danke",
            "Ihr Anruf",
            "Hallo {first},\nwie besprochen: Wir können nur den Einband erneuern (ab 45 €). Schicken Sie uns ein Foto über die App für ein Angebot.\n{agent}",
        )
    ],
    "it": [
        (
            "sì buongiorno chiamo per un vecchio dizionario di mio nonno la copertina si è staccata volevo sapere se fate solo la copertina o bisogna rifare tutto grazie",
            "In seguito alla sua chiamata",
            "Buongiorno {first},\ncome detto al telefono: possiamo rifare solo la copertina (da 45 €). Ci mandi una foto dall'app per il preventivo.\n{agent}",
        )
    ],
    "es": [
        (
            "sí hola llamo porque tengo un diccionario viejo de mi abuelo se le ha soltado la tapa y quería saber si hacéis solo la tapa o hay que rehacerlo entero gracias",
            "Sobre su llamada",
            "Hola {first}:\ncomo hablamos, podemos rehacer solo la tapa (desde 45 €). Mándanos una foto desde la app para el presupuesto.\n{agent}",
        )
    ],
}

REVIEW: dict[str, list[str]] = {
    "fr": [
        "Travail soigné, délais tenus, le livre revient mieux protégé qu'il n'est parti.",
        "Bon rapport qualité prix pour une thèse, dorure nette.",
    ],
    "pt": [
        "Trabalho cuidado, prazos cumpridos, o livro voltou mais bem embrulhado do que foi.",
        "Boa relação qualidade-preço para a tese, letras douradas certinhas.",
    ],
    "en": ["Careful work, on time, came back better packed than it went."],
    "de": ["Sorgfältige Arbeit, pünktlich, besser verpackt zurück als hin."],
    "it": ["Lavoro accurato, tempi rispettati, imballo ottimo."],
    "es": ["Trabajo cuidadoso, en plazo, vuelve mejor embalado de lo que fue."],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "fr": ["Parfait", "Rien à redire", "👍", "Merci à l'atelier", ""],
    "pt": ["Excelente", "Impecável", "👍", "Muito bom", ""],
    "en": ["Spot on", "👍", ""],
    "de": ["Top", "👍", ""],
    "it": ["Ottimo", "👍", ""],
    "es": ["Genial", "👍", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "fr": [
        "2h du mat, je viens de finir d'emballer le cahier de ma grand-mère pour l'envoyer à Foliaro demain. Insomnie productive.",
        "Garde de nuit aux urgences, je profite de la pause pour commander la reliure de la thèse de ma fille chez Foliaro. Surprise !",
    ],
    "pt": [
        "São 2 da manhã e estou a embrulhar o álbum da minha avó para mandar amanhã à Foliaro. Insónia produtiva",
        "Turno da noite no hospital, aproveitei a pausa para encomendar a encadernação da tese da minha filha na Foliaro. Surpresa!",
    ],
    "en": [
        "3am, can't sleep, watching bookbinding videos and finally ordered the rebind of Dad's atlas from Foliaro."
    ],
    "de": [
        "Nachtschicht an der Tankstelle, in der Pause die Bindung für Omas Kochbuch bei Foliaro bestellt."
    ],
    "it": [
        "Le 2 di notte e sto impacchettando l'album della nonna da spedire domani a Foliaro. Insonnia produttiva"
    ],
    "es": [
        "Las 2 de la mañana y empaquetando el álbum de mi abuela para mandarlo mañana a Foliaro. Insomnio productivo"
    ],
}

NIGHT_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "bonsoir, si je dépose la boîte au point relais demain matin elle part le jour même ?",
            "Bonsoir, oui si c'est avant 12 h, sinon le lendemain.",
            "ok merci, bonne nuit",
        )
    ],
    "pt": [
        (
            "boa noite, se deixar a caixa no ponto de entrega amanhã de manhã sai no mesmo dia?",
            "Boa noite, sim se for antes das 12 h, senão no dia seguinte.",
            "ok obrigado, boa noite",
        )
    ],
    "en": [
        (
            "evening, if I drop the box at the shop tomorrow morning does it go the same day?",
            "Evening! Yes if it's before 12, otherwise the next day.",
            "great, night",
        )
    ],
    "de": [
        (
            "n'Abend, wenn ich die Box morgen früh im Paketshop abgebe, geht sie am selben Tag raus?",
            "Guten Abend, ja, wenn es vor 12 Uhr ist, sonst am nächsten Tag.",
            "ok danke, gute Nacht",
        )
    ],
    "it": [
        (
            "buonasera, se lascio la scatola al punto di ritiro domattina parte in giornata?",
            "Buonasera, sì se è prima delle 12, altrimenti il giorno dopo.",
            "ok grazie, buonanotte",
        )
    ],
    "es": [
        (
            "buenas noches, si dejo la caja en el punto mañana por la mañana sale el mismo día?",
            "Buenas noches, sí si es antes de las 12, si no al día siguiente.",
            "vale gracias, buenas noches",
        )
    ],
}

# ---- trouble -------------------------------------------------------------

PROBLEMS = ("not_collected", "double_charge", "damage", "refund", "wrong_price", "delay")

TOPIC: dict[str, dict[str, str]] = {
    "fr": {
        "not_collected": "enlèvement jamais fait",
        "double_charge": "double prélèvement",
        "damage": "livre rogné",
        "refund": "remboursement",
        "wrong_price": "tarif Club",
        "delay": "retard atelier",
    },
    "pt": {
        "not_collected": "recolha não feita",
        "double_charge": "cobrança duplicada",
        "damage": "livro cortado",
        "refund": "reembolso",
        "wrong_price": "preço Club",
        "delay": "atraso",
    },
    "en": {
        "not_collected": "collection never happened",
        "double_charge": "charged twice",
        "damage": "pages trimmed",
        "refund": "refund",
        "wrong_price": "Club price",
        "delay": "delay",
    },
    "de": {
        "not_collected": "Abholung nicht erfolgt",
        "double_charge": "doppelt abgebucht",
        "damage": "Seiten beschnitten",
        "refund": "Erstattung",
        "wrong_price": "Club-Preis",
        "delay": "Verzögerung",
    },
    "it": {
        "not_collected": "ritiro mai fatto",
        "double_charge": "addebito doppio",
        "damage": "pagine tagliate",
        "refund": "rimborso",
        "wrong_price": "prezzo Club",
        "delay": "ritardo",
    },
    "es": {
        "not_collected": "recogida no hecha",
        "double_charge": "cobro doble",
        "damage": "páginas cortadas",
        "refund": "reembolso",
        "wrong_price": "precio Club",
        "delay": "retraso",
    },
}

COMPLAINT_SUBJECT = {
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "es": "Reclamación: {topic}",
}

# short complaint (e-mail, chat, web form)
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "fr": {
        "not_collected": [
            "L'appli dit « colis enlevé » depuis mardi mais la boîte Foliaro est toujours dans mon entrée, personne n'est passé. J'ai pris une demi-journée pour rien. C'est quoi ce suivi ?",
            "Enlèvement marqué ENLEVÉ ce matin, le coursier n'est jamais venu, j'étais là toute la journée. Le livre est toujours chez moi.",
        ],
        "double_charge": [
            "Vous m'avez prélevé DEUX fois {amt} pour la même restauration. Mon compte est à découvert à cause de vous, je veux le remboursement aujourd'hui.",
            "Deux prélèvements de {amt} le même jour pour une seule commande. Merci de corriger vite.",
        ],
        "damage": [
            "La bible est revenue avec les marges rognées si court que les notes de mon grand-père sont coupées en deux. C'est irréparable. Je suis écœurée.",
            "Le livre de recettes est revenu rogné, les annotations de ma mère dans les marges sont à moitié coupées. Je vous l'avais écrit en toutes lettres.",
        ],
        "refund": [
            "Commande annulée il y a TROIS semaines, toujours pas vu les {amt} de remboursement. On me répond « en cours » à chaque fois.",
            "Trois semaines que j'attends le remboursement de {amt} pour une commande que vous avez annulée vous-mêmes.",
        ],
        "wrong_price": [
            "Je suis membre du Foliaro Club et on m'a facturé le plein tarif plus le retour, {amt} de trop. À quoi sert l'abonnement ?",
            "Membre Club depuis deux ans, facturée au prix normal et le port du retour en plus. Merci de corriger.",
        ],
        "delay": [
            "On m'avait promis 4 semaines pour l'album de mes parents, on en est à 9 et aucune nouvelle. C'est pour leurs 50 ans de mariage samedi !",
            "9 semaines pour une reliure annoncée en 4, zéro message de votre part. Où est mon livre ?",
        ],
    },
    "pt": {
        "not_collected": [
            "A app diz «recolhido» desde terça mas a caixa da Foliaro continua no meu hall, ninguém apareceu. Tirei meio dia de folga para nada. Que seguimento é este?",
            "Recolha marcada como FEITA hoje de manhã, o estafeta nunca veio, estive em casa o dia todo. O livro continua aqui.",
        ],
        "double_charge": [
            "Cobraram-me DUAS vezes {amt} pela mesma restauração. Fiquei com a conta a descoberto por vossa causa, quero o reembolso hoje.",
            "Duas cobranças de {amt} no mesmo dia para uma só encomenda. Corrijam isto depressa por favor.",
        ],
        "damage": [
            "A bíblia voltou com as margens cortadas tão rente que as notas do meu avô ficaram cortadas ao meio. Não tem arranjo. Estou revoltada.",
            "O livro de receitas voltou aparado, as anotações da minha mãe nas margens estão meio cortadas. Eu escrevi isso bem claro no pedido.",
        ],
        "refund": [
            "Encomenda cancelada há TRÊS semanas e nem sinal dos {amt} do reembolso. Respondem sempre «em curso».",
            "Há três semanas que espero o reembolso de {amt} de uma encomenda que foram vocês a cancelar.",
        ],
        "wrong_price": [
            "Sou sócia do Foliaro Club e cobraram-me o preço normal mais o envio de volta, {amt} a mais. Para que serve a assinatura?",
            "Sócio do Club há dois anos, cobrado ao preço normal e com portes de volta. Corrijam por favor.",
        ],
        "delay": [
            "Prometeram 4 semanas para o álbum dos meus pais, já vamos em 9 e nenhuma notícia. É para as bodas de ouro deles no sábado!",
            "9 semanas para uma encadernação anunciada em 4, nem uma mensagem vossa. Onde está o meu livro?",
        ],
    },
    "en": {
        "not_collected": [
            "App says COLLECTED since Tuesday but the Foliaro box is still sat in my hallway, nobody came. Took half a day off for nothing."
        ],
        "double_charge": [
            "You've taken {amt} TWICE for the same restoration. I'm overdrawn because of it, I want it back today."
        ],
        "damage": [
            "The bible came back trimmed so close that my grandad's notes in the margins are cut in half. That can't be undone. Gutted."
        ],
        "refund": [
            "Order cancelled THREE weeks ago and still no sign of the {amt} refund. Every time it's 'in progress'."
        ],
        "wrong_price": [
            "I'm a Foliaro Club member and got charged full price plus return postage, {amt} too much. What's the membership for?"
        ],
        "delay": [
            "Promised 4 weeks for my parents' album, it's now 9 and not a word. It's for their golden wedding on Saturday!"
        ],
    },
    "de": {
        "not_collected": [
            "Die App sagt seit Dienstag ABGEHOLT, aber die Foliaro-Box steht immer noch in meinem Flur, keiner war da. Einen halben Tag Urlaub umsonst genommen."
        ],
        "double_charge": [
            "Sie haben ZWEIMAL {amt} für dieselbe Restaurierung abgebucht. Mein Konto ist im Minus, ich will das Geld heute zurück."
        ],
        "damage": [
            "Die Bibel kam so knapp beschnitten zurück, dass die Randnotizen meines Opas halbiert sind. Das ist nicht mehr gutzumachen."
        ],
        "refund": [
            "Auftrag vor DREI Wochen storniert und von den {amt} Erstattung keine Spur. Jedes Mal heißt es 'in Bearbeitung'."
        ],
        "wrong_price": [
            "Ich bin Foliaro-Club-Mitglied und habe den vollen Preis plus Rückversand bezahlt, {amt} zu viel. Wofür zahle ich den Club?"
        ],
        "delay": [
            "4 Wochen waren versprochen für das Album meiner Eltern, jetzt sind es 9 und keine Nachricht. Am Samstag ist ihre goldene Hochzeit!"
        ],
    },
    "it": {
        "not_collected": [
            "L'app dice RITIRATO da martedì ma la scatola Foliaro è ancora nel mio ingresso, non è passato nessuno. Mezza giornata di ferie buttata."
        ],
        "double_charge": [
            "Mi avete addebitato DUE volte {amt} per lo stesso restauro. Sono andata in rosso per colpa vostra, voglio il rimborso oggi."
        ],
        "damage": [
            "La Bibbia è tornata rifilata così corta che le note di mio nonno a margine sono tagliate a metà. Non si può più rimediare."
        ],
        "refund": [
            "Ordine annullato TRE settimane fa e dei {amt} di rimborso nessuna traccia. Mi rispondete sempre 'in lavorazione'."
        ],
        "wrong_price": [
            "Sono socio Foliaro Club e mi avete fatto pagare prezzo pieno più la spedizione di ritorno, {amt} in più. A che serve l'abbonamento?"
        ],
        "delay": [
            "Mi avevate promesso 4 settimane per l'album dei miei, siamo a 9 e nessuna notizia. Sabato sono le loro nozze d'oro!"
        ],
    },
    "es": {
        "not_collected": [
            "La app dice RECOGIDO desde el martes pero la caja de Foliaro sigue en mi recibidor, no ha venido nadie. Medio día libre para nada."
        ],
        "double_charge": [
            "Me habéis cobrado DOS veces {amt} por la misma restauración. Estoy en números rojos por vuestra culpa, quiero el dinero hoy."
        ],
        "damage": [
            "La Biblia ha vuelto guillotinada tan al ras que las notas de mi abuelo en los márgenes están cortadas por la mitad. No tiene arreglo."
        ],
        "refund": [
            "Pedido cancelado hace TRES semanas y de los {amt} del reembolso ni rastro. Siempre me decís 'en curso'."
        ],
        "wrong_price": [
            "Soy socia del Foliaro Club y me habéis cobrado precio normal más el envío de vuelta, {amt} de más. ¿Para qué pago el club?"
        ],
        "delay": [
            "Me prometisteis 4 semanas para el álbum de mis padres, vamos por 9 y ni una noticia. ¡Es para sus bodas de oro el sábado!"
        ],
    },
}

# the problem said again, short, for later contacts
RESTATE: dict[str, dict[str, str]] = {
    "fr": {
        "not_collected": "La boîte est toujours chez moi et l'appli dit toujours enlevée.",
        "double_charge": "Les deux prélèvements sont toujours là.",
        "damage": "Personne ne m'a dit ce que vous comptez faire pour la bible rognée.",
        "refund": "Toujours pas de remboursement sur mon compte.",
        "wrong_price": "Toujours facturée au plein tarif malgré le Club.",
        "delay": "Toujours pas de livre ni de date.",
    },
    "pt": {
        "not_collected": "A caixa continua cá em casa e a app continua a dizer recolhida.",
        "double_charge": "As duas cobranças continuam lá.",
        "damage": "Ninguém me disse o que vão fazer com a bíblia cortada.",
        "refund": "Continuo sem reembolso na conta.",
        "wrong_price": "Continua cobrado ao preço normal apesar do Club.",
        "delay": "Continuo sem livro e sem data.",
    },
    "en": {
        "not_collected": "The box is still here and the app still says collected.",
        "double_charge": "Both charges are still on my account.",
        "damage": "Nobody has told me what you'll do about the trimmed bible.",
        "refund": "Still no refund in my account.",
        "wrong_price": "Still charged full price despite the Club.",
        "delay": "Still no book and no date.",
    },
    "de": {
        "not_collected": "Die Box steht immer noch hier und die App sagt immer noch abgeholt.",
        "double_charge": "Beide Abbuchungen sind immer noch da.",
        "damage": "Niemand hat mir gesagt, was mit der beschnittenen Bibel passiert.",
        "refund": "Immer noch keine Erstattung auf dem Konto.",
        "wrong_price": "Immer noch der volle Preis trotz Club.",
        "delay": "Immer noch kein Buch und kein Termin.",
    },
    "it": {
        "not_collected": "La scatola è ancora qui e l'app dice ancora ritirato.",
        "double_charge": "I due addebiti sono ancora lì.",
        "damage": "Nessuno mi ha detto cosa farete per la Bibbia rifilata.",
        "refund": "Ancora nessun rimborso sul conto.",
        "wrong_price": "Ancora prezzo pieno nonostante il Club.",
        "delay": "Ancora nessun libro e nessuna data.",
    },
    "es": {
        "not_collected": "La caja sigue aquí y la app sigue diciendo recogida.",
        "double_charge": "Los dos cobros siguen ahí.",
        "damage": "Nadie me ha dicho qué vais a hacer con la Biblia cortada.",
        "refund": "Sigo sin reembolso en la cuenta.",
        "wrong_price": "Sigue cobrado a precio normal pese al Club.",
        "delay": "Sigo sin libro y sin fecha.",
    },
}

SOCIAL_BAD: dict[str, dict[str, str]] = {
    "fr": {
        "not_collected": "Foliaro marque mon colis « enlevé » alors qu'il est toujours dans mon entrée. Demi-journée de congé à la poubelle. Merci.",
        "double_charge": "Prélevée deux fois {amt} par Foliaro pour UNE commande. Découvert. Génial.",
        "damage": "Foliaro a rogné la bible de mon grand-père et coupé ses notes en deux. Je n'ai pas de mots.",
        "refund": "3 semaines que Foliaro me doit {amt}. « En cours ». Bien sûr.",
        "wrong_price": "Membre du Club Foliaro et facturée plein pot. Cherchez l'erreur.",
        "delay": "9 semaines chez Foliaro pour un album promis en 4. Les noces d'or c'est samedi.",
    },
    "pt": {
        "not_collected": "A Foliaro marca a minha caixa como «recolhida» e ela continua no meu hall. Meio dia de folga para o lixo.",
        "double_charge": "A Foliaro cobrou-me {amt} duas vezes por UMA encomenda. Conta a descoberto. Lindo.",
        "damage": "A Foliaro cortou as margens da bíblia do meu avô e as notas dele foram à vida. Sem palavras.",
        "refund": "Há 3 semanas que a Foliaro me deve {amt}. «Em curso». Pois.",
        "wrong_price": "Sócia do Club Foliaro e cobrada a preço normal. Descubram o erro.",
        "delay": "9 semanas na Foliaro para um álbum prometido em 4. As bodas de ouro são sábado.",
    },
    "en": {
        "not_collected": "Foliaro marked my box COLLECTED while it's still in my hallway. Half a day's leave wasted.",
        "double_charge": "Foliaro took {amt} twice for ONE order. Overdrawn. Great.",
        "damage": "Foliaro trimmed my grandad's bible and cut his notes in half. No words.",
        "refund": "Foliaro has owed me {amt} for 3 weeks. 'In progress'. Sure.",
        "wrong_price": "Foliaro Club member, charged full whack anyway.",
        "delay": "9 weeks at Foliaro for an album promised in 4. Golden wedding is Saturday.",
    },
    "de": {
        "not_collected": "Foliaro meldet meine Box als ABGEHOLT, sie steht aber noch im Flur. Halber Urlaubstag weg.",
        "double_charge": "Foliaro hat {amt} zweimal abgebucht für EINEN Auftrag. Konto im Minus.",
        "damage": "Foliaro hat Opas Bibel beschnitten und seine Notizen halbiert. Mir fehlen die Worte.",
        "refund": "Seit 3 Wochen schuldet mir Foliaro {amt}. 'In Bearbeitung'. Klar.",
        "wrong_price": "Foliaro-Club-Mitglied und trotzdem voller Preis.",
        "delay": "9 Wochen bei Foliaro für ein Album, versprochen waren 4. Goldene Hochzeit ist Samstag.",
    },
    "it": {
        "not_collected": "Foliaro segna la mia scatola come RITIRATA ma è ancora nell'ingresso. Mezza giornata di ferie buttata.",
        "double_charge": "Foliaro mi ha addebitato {amt} due volte per UN ordine. Conto in rosso.",
        "damage": "Foliaro ha rifilato la Bibbia di mio nonno tagliando le sue note. Senza parole.",
        "refund": "Da 3 settimane Foliaro mi deve {amt}. 'In lavorazione'. Certo.",
        "wrong_price": "Socio del Club Foliaro e pagato a prezzo pieno.",
        "delay": "9 settimane da Foliaro per un album promesso in 4. Le nozze d'oro sono sabato.",
    },
    "es": {
        "not_collected": "Foliaro marca mi caja como RECOGIDA y sigue en mi recibidor. Medio día libre a la basura.",
        "double_charge": "Foliaro me ha cobrado {amt} dos veces por UN pedido. En rojos.",
        "damage": "Foliaro ha guillotinado la Biblia de mi abuelo y le ha cortado las notas. Sin palabras.",
        "refund": "Foliaro me debe {amt} desde hace 3 semanas. 'En curso'. Ya.",
        "wrong_price": "Socia del Club Foliaro y cobrada a precio normal.",
        "delay": "9 semanas en Foliaro para un álbum prometido en 4. Las bodas de oro son el sábado.",
    },
}

CALL_BAD: dict[str, dict[str, str]] = {
    "fr": {
        "not_collected": "oui bonjour je vous appelle parce que votre appli dit que mon colis est enlevé mais la boîte est toujours dans mon entrée personne n'est venu j'ai posé une demi-journée pour ça",
        "double_charge": "bonjour je vous appelle parce que j'ai été prélevée deux fois {amt} pour la même commande et là je suis à découvert donc faut me rembourser",
        "damage": "oui bonjour c'est pour la bible que vous m'avez renvoyée les marges sont coupées et les notes de mon grand-père sont à moitié parties je suis vraiment en colère",
        "refund": "bonjour ça fait trois semaines que j'attends un remboursement de {amt} pour une commande annulée et à chaque fois c'est en cours",
        "wrong_price": "oui bonjour je suis membre du club et on m'a facturé le plein tarif plus le retour je comprends pas",
        "delay": "bonjour c'est pour l'album de mes parents vous m'aviez dit quatre semaines ça fait neuf semaines et c'est leurs noces d'or samedi",
    },
    "pt": {
        "not_collected": "sim bom dia estou a ligar porque a app diz que a caixa foi recolhida mas ela continua no meu hall ninguém veio e eu tirei meio dia para isso",
        "double_charge": "bom dia estou a ligar porque me cobraram duas vezes {amt} pela mesma encomenda e estou com a conta a descoberto",
        "damage": "sim boa tarde é por causa da bíblia que me devolveram as margens estão cortadas e as notas do meu avô foram metade embora estou mesmo chateada",
        "refund": "bom dia há três semanas que espero um reembolso de {amt} de uma encomenda cancelada e dizem sempre que está em curso",
        "wrong_price": "sim olá sou sócio do club e cobraram-me o preço normal mais o envio não percebo",
        "delay": "boa tarde é por causa do álbum dos meus pais disseram quatro semanas já vão nove e as bodas de ouro são no sábado",
    },
    "en": {
        "not_collected": "yeah hi I'm ringing because your app says my box was collected but it's still in my hallway nobody came and I took half a day off for it",
        "double_charge": "hi I've been charged {amt} twice for the same order and now I'm overdrawn so I need that back",
        "damage": "hi it's about the bible you sent back the margins have been trimmed and my granddad's notes are half gone I'm really upset",
        "refund": "hi I've been waiting three weeks for a refund of {amt} on a cancelled order and it's always in progress",
        "wrong_price": "yeah hi I'm a club member and I got charged full price plus the return postage I don't get it",
        "delay": "hi it's about my parents' album you said four weeks it's been nine and their golden wedding is Saturday",
    },
    "de": {
        "not_collected": "ja hallo ich rufe an weil die App sagt die Box ist abgeholt aber sie steht noch in meinem Flur keiner war da und ich hab extra frei genommen",
        "double_charge": "hallo Sie haben zweimal {amt} abgebucht für denselben Auftrag und jetzt ist mein Konto im Minus",
        "damage": "ja hallo es geht um die Bibel die zurückkam die Ränder sind beschnitten und die Notizen von meinem Opa sind halb weg ich bin echt sauer",
        "refund": "hallo ich warte seit drei Wochen auf eine Erstattung von {amt} für einen stornierten Auftrag und es heißt immer in Bearbeitung",
        "wrong_price": "ja hallo ich bin im Club und hab den vollen Preis plus Rückversand gezahlt das verstehe ich nicht",
        "delay": "hallo es geht um das Album meiner Eltern vier Wochen hieß es jetzt sind es neun und am Samstag ist goldene Hochzeit",
    },
    "it": {
        "not_collected": "sì buongiorno chiamo perché l'app dice che la scatola è stata ritirata ma è ancora nel mio ingresso non è venuto nessuno e ho preso mezza giornata",
        "double_charge": "buongiorno mi avete addebitato due volte {amt} per lo stesso ordine e adesso sono in rosso",
        "damage": "sì buongiorno è per la Bibbia che mi avete rimandato i margini sono tagliati e le note di mio nonno sono sparite a metà sono arrabbiatissima",
        "refund": "buongiorno aspetto da tre settimane un rimborso di {amt} per un ordine annullato e mi dite sempre in lavorazione",
        "wrong_price": "sì salve sono socio del club e mi avete fatto pagare prezzo pieno più il ritorno non capisco",
        "delay": "buongiorno è per l'album dei miei mi avevate detto quattro settimane sono nove e sabato ci sono le nozze d'oro",
    },
    "es": {
        "not_collected": "sí hola llamo porque la app dice que la caja está recogida pero sigue en mi recibidor no ha venido nadie y me cogí medio día",
        "double_charge": "hola me habéis cobrado dos veces {amt} por el mismo pedido y estoy en números rojos",
        "damage": "sí hola es por la Biblia que me devolvisteis los márgenes están cortados y las notas de mi abuelo están a medias estoy muy enfadada",
        "refund": "hola llevo tres semanas esperando un reembolso de {amt} de un pedido cancelado y siempre me decís que en curso",
        "wrong_price": "sí hola soy socio del club y me habéis cobrado precio normal más el envío no lo entiendo",
        "delay": "hola es por el álbum de mis padres dijisteis cuatro semanas van nueve y el sábado son las bodas de oro",
    },
}

# long e-mails with the complaint inside a letter: (language, problem) -> text
LONG_MAIL: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nJe vous écris de la salle d'attente du kiné de ma mère, qui se remet doucement de sa chute de janvier, alors pardonnez le décousu. Depuis, je m'occupe de ses papiers, de ses courses, et de ce qu'elle appelle « ses trésors », dont la bible de famille où mon grand-père notait les naissances, les baptêmes et même le prix du blé les années de grêle.\n\nC'est pour ça que je l'avais confiée à Foliaro, en précisant dans la commande, en toutes lettres, de ne SURTOUT PAS rogner les marges. Elle est revenue hier, magnifique de loin, et rognée. Les notes de mon grand-père sont coupées en deux sur une trentaine de pages. Ma mère l'a ouverte devant moi et n'a rien dit, ce qui est pire que tout.\n\nJe ne sais pas ce qu'on peut faire maintenant, sans doute rien. Mais j'aimerais au moins que quelqu'un m'explique comment une consigne écrite a pu être ignorée, et ce que vous proposez.\n\nCordialement,\n{first}",
        "Bonjour,\n\nJe profite d'une pause entre deux clients sur le marché (je vends des fromages le samedi, les mains froides excusent les fautes) pour vous écrire. Nous préparons les 50 ans de mariage de mes beaux-parents, toute la famille vient, ma belle-sœur a loué la salle des fêtes, et le clou devait être leur album de mariage restauré.\n\nVous aviez annoncé 4 semaines. Nous en sommes à 9. Aucune nouvelle, le suivi dit « en atelier » depuis le premier jour, et au chat on me répond qu'on va « relancer ». La fête est samedi.\n\nJe ne demande pas un miracle, juste de savoir si l'album arrivera, et sinon qu'on me le renvoie tel quel pour qu'au moins ils l'aient entre les mains.\n\nMerci de me répondre vite,\n{first}",
    ],
    "pt": [
        "Bom dia,\n\nEscrevo do carro, à porta da natação dos gémeos, por isso desculpem a desarrumação. Andamos a arrumar a casa da minha sogra, que foi para um lar em março, e no meio das caixas apareceu o caderno de receitas dela, escrito à mão desde os anos 60, com anotações nas margens de cada vez que uma receita correu mal ou bem.\n\nMandei-o à Foliaro para encadernar e escrevi no pedido, com todas as letras, que as margens NÃO podiam ser aparadas por causa dessas notas. Voltou ontem lindo por fora e aparado por dentro. Metade das notas desapareceram. A minha sogra perguntou ao telefone se o caderno já tinha chegado e eu não tive coragem de lhe dizer.\n\nSei que não há volta a dar, mas gostava que alguém me explicasse como é que uma instrução escrita foi ignorada e o que propõem.\n\nCumprimentos,\n{first}",
        "Boa tarde,\n\nEstou num banco à porta da escola profissional do meu filho, à espera que ele acabe o exame, e aproveito para vos escrever porque ao telefone já não consigo. Em maio cancelaram vocês mesmos a restauração do livro de família (disseram que o papel não aguentava a costura, tudo bem, acontece).\n\nO problema é que o reembolso de {amt} nunca chegou. Já passaram três semanas. No chat dizem «em curso», por e-mail dizem «em curso», e entretanto eu tenho a renda a pagar e a obra da casa da minha avó que não para de pedir dinheiro.\n\nPeço só que me digam quando é que o dinheiro entra, com uma data, não com «em curso».\n\nObrigada,\n{first}",
    ],
}

CASE_OPENED: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre dossier {ref}",
        "Bonjour {first},\nnous avons bien reçu votre message et ouvert le dossier {ref}. L'équipe revient vers vous sous 48 h.\n{agent}, service client Foliaro",
    ),
    "pt": (
        "O seu processo {ref}",
        "Olá {first},\nrecebemos a sua mensagem e abrimos o processo {ref}. A equipa responde em 48 h.\n{agent}, apoio ao cliente Foliaro",
    ),
    "en": (
        "Your case {ref}",
        "Hi {first},\nwe've got your message and opened case {ref}. The team will get back to you within 48 hours.\n{agent}, Foliaro customer care",
    ),
    "de": (
        "Ihr Vorgang {ref}",
        "Hallo {first},\nwir haben Ihre Nachricht erhalten und den Vorgang {ref} eröffnet. Das Team meldet sich innerhalb von 48 Stunden.\n{agent}, Foliaro Kundenservice",
    ),
    "it": (
        "La sua pratica {ref}",
        "Buongiorno {first},\nabbiamo ricevuto il suo messaggio e aperto la pratica {ref}. Il team la ricontatta entro 48 ore.\n{agent}, servizio clienti Foliaro",
    ),
    "es": (
        "Tu incidencia {ref}",
        "Hola {first}:\nhemos recibido tu mensaje y abierto la incidencia {ref}. El equipo te responde en 48 h.\n{agent}, atención al cliente Foliaro",
    ),
}

CHAT_CASE: dict[str, str] = {
    "fr": "Je suis vraiment désolée. J'ai ouvert le dossier {ref} et je le transmets tout de suite à l'atelier.",
    "pt": "Lamento muito. Abri o processo {ref} e passo-o já à oficina.",
    "en": "I'm really sorry. I've opened case {ref} and passed it straight to the workshop.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {ref} eröffnet und gebe ihn sofort an die Werkstatt.",
    "it": "Mi dispiace molto. Ho aperto la pratica {ref} e la passo subito al laboratorio.",
    "es": "Lo siento mucho. He abierto la incidencia {ref} y la paso ya al taller.",
}

GOOD_NEWS: dict[str, tuple[str, str]] = {
    "fr": (
        "RE : Dossier {ref}",
        "Bonjour {first},\nbonne nouvelle pour le dossier {ref} : c'est réglé de notre côté. Pourriez-vous nous confirmer que tout est en ordre ?\n{agent}",
    ),
    "pt": (
        "RE: Processo {ref}",
        "Olá {first},\nboas notícias sobre o processo {ref}: ficou resolvido do nosso lado. Pode confirmar-nos que está tudo bem?\n{agent}",
    ),
    "en": (
        "Re: Your case {ref}",
        "Hi {first},\ngood news on case {ref}: it's sorted on our side. Could you confirm everything's fine now?\n{agent}",
    ),
    "de": (
        "AW: Vorgang {ref}",
        "Hallo {first},\ngute Nachricht zum Vorgang {ref}: Auf unserer Seite ist alles erledigt. Können Sie bestätigen, dass alles passt?\n{agent}",
    ),
    "it": (
        "R: Pratica {ref}",
        "Buongiorno {first},\nbuone notizie sulla pratica {ref}: da parte nostra è risolta. Può confermarci che è tutto a posto?\n{agent}",
    ),
    "es": (
        "RE: Incidencia {ref}",
        "Hola {first}:\nbuenas noticias sobre la incidencia {ref}: está resuelta por nuestra parte. ¿Nos confirmas que todo está bien?\n{agent}",
    ),
}

CONFIRM: dict[str, str] = {
    "fr": "Confirmé pour le dossier {ref}, tout est bon maintenant. Merci.",
    "pt": "Confirmo, processo {ref} resolvido, está tudo certo. Obrigado.",
    "en": "Confirmed for {ref}, all fine now. Thanks.",
    "de": "Bestätigt für {ref}, jetzt passt alles. Danke.",
    "it": "Confermo per la pratica {ref}, ora è tutto a posto. Grazie.",
    "es": "Confirmado lo de {ref}, ya está todo bien. Gracias.",
}

QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "fr": (
        "Dossier {ref}",
        "Bonjour {first},\nvotre dossier {ref} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi.\n{agent}",
    ),
    "pt": (
        "Processo {ref}",
        "Olá {first},\no seu processo {ref} passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao meio-dia.\n{agent}",
    ),
    "en": (
        "Case {ref}",
        "Hi {first},\nyour case {ref} is now with our quality lead, who will call you before Friday lunchtime.\n{agent}",
    ),
    "de": (
        "Vorgang {ref}",
        "Hallo {first},\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.\n{agent}",
    ),
    "it": (
        "Pratica {ref}",
        "Buongiorno {first},\nla sua pratica {ref} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.\n{agent}",
    ),
    "es": (
        "Incidencia {ref}",
        "Hola {first}:\ntu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n{agent}",
    ),
}

URGENT_CHAT: dict[str, str] = {
    "fr": "C'est ajouté à votre dossier {ref}, marqué urgent.",
    "pt": "Acrescentei ao seu processo {ref}, marcado como urgente.",
    "en": "Added to your case {ref}, marked urgent.",
    "de": "Ist zu Ihrem Vorgang {ref} hinzugefügt, als dringend markiert.",
    "it": "Aggiunto alla sua pratica {ref}, segnata come urgente.",
    "es": "Añadido a tu incidencia {ref}, marcada como urgente.",
}

# later contacts of a repeat contact: 2nd, 3rd, 4th
LATER: dict[str, list[str]] = {
    "fr": [
        "Je reviens vers vous pour le dossier {ref}, toujours rien. {restate}",
        "Troisième fois que j'écris pour le dossier {ref}. {restate} Une collègue fait relier chez {comp} et eux règlent ça dans la journée.",
        "QUATRIÈME fois pour le dossier {ref}. {restate} J'attends une vraie réponse, pas un copier-coller.",
    ],
    "pt": [
        "Volto a escrever por causa do processo {ref}, continua tudo igual. {restate}",
        "Terceira vez que escrevo sobre o processo {ref}. {restate} Uma colega manda encadernar na {comp} e lá resolvem isto no mesmo dia.",
        "QUARTA vez pelo processo {ref}. {restate} Quero uma resposta a sério, não um copiar-colar.",
    ],
    "en": [
        "Back about case {ref}, still nothing. {restate}",
        "Third time I'm writing about {ref}. {restate} I've looked at what {comp} charges, honestly.",
        "FOURTH time for case {ref}. {restate} I want a real answer, not copy-paste.",
    ],
    "de": [
        "Ich melde mich wieder wegen Vorgang {ref}, immer noch nichts. {restate}",
        "Zum dritten Mal wegen {ref}. {restate} Eine Kollegin lässt bei {comp} binden, die klären sowas am selben Tag.",
        "Zum VIERTEN Mal wegen Vorgang {ref}. {restate} Ich will eine echte Antwort.",
    ],
    "it": [
        "Vi riscrivo per la pratica {ref}, ancora niente. {restate}",
        "Terza volta che scrivo per la pratica {ref}. {restate} Ho guardato quanto chiede {comp}, sinceramente.",
        "QUARTA volta per la pratica {ref}. {restate} Voglio una risposta vera.",
    ],
    "es": [
        "Vuelvo a escribir por la incidencia {ref}, sigue igual. {restate}",
        "Tercera vez que escribo por {ref}. {restate} Una compañera encuaderna en {comp} y allí lo arreglan en el día.",
        "CUARTA vez por la incidencia {ref}. {restate} Quiero una respuesta de verdad.",
    ],
}

LATER_CALL: dict[str, list[str]] = {
    "fr": [
        "oui bonjour je rappelle pour le dossier {ref} toujours rien {restate}",
        "bonjour c'est la troisième fois pour le dossier {ref} {restate} une collègue passe par {comp} et eux c'est réglé dans la journée",
        "bonjour quatrième fois pour le dossier {ref} {restate} j'en ai vraiment assez",
    ],
    "pt": [
        "sim bom dia volto a ligar por causa do processo {ref} continua igual {restate}",
        "olá é a terceira vez pelo processo {ref} {restate} uma colega usa a {comp} e lá resolvem no mesmo dia",
        "bom dia quarta vez pelo processo {ref} {restate} já estou farta",
    ],
    "en": [
        "hi calling again about case {ref} still nothing {restate}",
        "hi third time about case {ref} {restate} I've been looking at what {comp} charge",
        "hi fourth time about {ref} {restate} I've had enough",
    ],
    "de": [
        "ja hallo ich rufe nochmal an wegen Vorgang {ref} immer noch nichts {restate}",
        "hallo zum dritten Mal wegen {ref} {restate} eine Kollegin ist bei {comp} da geht das am selben Tag",
        "hallo zum vierten Mal wegen {ref} {restate} mir reichts",
    ],
    "it": [
        "sì buongiorno richiamo per la pratica {ref} ancora niente {restate}",
        "buongiorno terza volta per la pratica {ref} {restate} ho visto quanto chiede {comp}",
        "buongiorno quarta volta per {ref} {restate} sono stufa",
    ],
    "es": [
        "sí hola vuelvo a llamar por la incidencia {ref} sigue igual {restate}",
        "hola tercera vez por {ref} {restate} una compañera va a {comp} y allí lo arreglan en el día",
        "hola cuarta vez por {ref} {restate} estoy harta",
    ],
}

APOLOGY: dict[str, str] = {
    "fr": "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir pris ça en main.",
    "pt": "Peço desculpa pela mensagem de ontem, estava de cabeça perdida. Obrigada por tratarem disto.",
    "en": "Sorry about my message yesterday, I'd had a day. Thanks for sorting it.",
    "de": "Sorry für meine Nachricht gestern, ich war echt durch. Danke, dass Sie sich kümmern.",
    "it": "Scusate per il messaggio di ieri, ero fuori di me. Grazie per esservene occupati.",
    "es": "Perdón por el mensaje de ayer, estaba desbordada. Gracias por ocuparos.",
}

LOW_CSAT: dict[str, list[str]] = {
    "fr": ["Nul", "Toujours pas réglé", ""],
    "pt": ["Péssimo", "Nada resolvido", ""],
    "en": ["Poor", ""],
    "de": ["Schlecht", ""],
    "it": ["Pessimo", ""],
    "es": ["Fatal", ""],
}

SORRY_GO: dict[str, tuple[str, str]] = {
    "fr": (
        "RE : Résiliation",
        "Bonjour {first},\ndommage de vous voir partir. Vous pouvez résilier le Club vous-même dans l'appli ou sur le site, rubrique Mon compte.\n{agent}",
    ),
    "pt": (
        "RE: Cancelamento",
        "Olá {first},\ntemos pena de a ver partir. Pode cancelar o Club na app ou no site, em A minha conta.\n{agent}",
    ),
    "en": (
        "Re: Cancelling",
        "Hi {first},\nsorry to see you go. You can cancel the Club yourself in the app or on the website, under My account.\n{agent}",
    ),
    "de": (
        "AW: Kündigung",
        "Hallo {first},\nschade, dass Sie gehen. Sie können den Club selbst in der App oder auf der Website unter Mein Konto kündigen.\n{agent}",
    ),
    "it": (
        "R: Disdetta",
        "Buongiorno {first},\nci dispiace vederla andare. Può disdire il Club da sola nell'app o sul sito, in Il mio account.\n{agent}",
    ),
    "es": (
        "RE: Baja",
        "Hola {first}:\nsentimos que te vayas. Puedes darte de baja del Club en la app o en la web, en Mi cuenta.\n{agent}",
    ),
}

CANCEL: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Résiliation",
            "Bonjour,\nNous avons fini de vider la maison de mes parents et il n'y a plus de livres à sauver. Je voudrais résilier le Foliaro Club et fermer mon compte.\nMerci pour tout, {first}",
        ),
        (
            "Fermeture de compte",
            "Bonjour, ma thèse est soutenue et reliée, je n'aurai plus besoin de vos services. Merci de résilier mon abonnement Club et de fermer le compte. {first}",
        ),
    ],
    "pt": [
        (
            "Cancelamento",
            "Bom dia,\nAcabámos de esvaziar a casa dos meus pais e já não há livros para salvar. Queria cancelar o Foliaro Club e fechar a conta.\nObrigada por tudo, {first}",
        ),
        (
            "Fechar conta",
            "Olá, a tese está defendida e encadernada, já não vou precisar. Cancelem por favor a assinatura do Club e fechem a conta. {first}",
        ),
    ],
    "en": [
        (
            "Cancelling",
            "Hi,\nWe've finished clearing my parents' house and there are no more books to save. I'd like to cancel Foliaro Club and close my account.\nThanks for everything, {first}",
        )
    ],
    "de": [
        (
            "Kündigung",
            "Hallo,\ndas Haus meiner Eltern ist geräumt, es gibt keine Bücher mehr zu retten. Ich möchte den Foliaro Club kündigen und mein Konto schließen.\nDanke für alles, {first}",
        )
    ],
    "it": [
        (
            "Disdetta",
            "Buongiorno,\nabbiamo svuotato la casa dei miei e non ci sono più libri da salvare. Vorrei disdire il Foliaro Club e chiudere l'account.\nGrazie di tutto, {first}",
        )
    ],
    "es": [
        (
            "Baja",
            "Hola:\nhemos terminado de vaciar la casa de mis padres y ya no quedan libros que salvar. Quiero darme de baja del Foliaro Club y cerrar mi cuenta.\nGracias por todo, {first}",
        )
    ],
}

# six steps of a slide; the last names a competitor
SLIDE: dict[str, list[str]] = {
    "fr": [
        "La boîte d'envoi est arrivée avec deux jours de retard, sans prévenir. Bon.",
        "Livre revenu avec le titre doré un peu de travers. Avant c'était parfait chez Foliaro.",
        "Maintenant il faut photographier chaque page abîmée avant l'envoi ?? C'est nouveau et pénible.",
        "Devis qui passe de 59 à 84 € une fois le livre reçu, sans explication. Je commence à me lasser.",
        "Franchement furieuse : 25 € de « frais de conditionnement » pour un livre que j'ai emballé moi-même dans leur propre boîte. Non.",
        "Ma sœur fait relier chez {comp}, j'y ai envoyé le missel de mamie ce matin.",
    ],
    "pt": [
        "A caixa de envio chegou dois dias atrasada, sem aviso. Pronto.",
        "O livro voltou com o título dourado meio torto. Antes era perfeito na Foliaro.",
        "Agora é preciso fotografar cada página estragada antes de enviar?? Isto é novo e chato.",
        "Orçamento que passa de 59 para 84 € depois de receberem o livro, sem explicação. Começo a cansar-me.",
        "Furiosa: 25 € de «taxa de acondicionamento» por um livro que embrulhei eu na caixa deles. Não.",
        "A minha irmã encaderna na {comp}, mandei para lá o missal da avó hoje de manhã.",
    ],
    "en": [
        "Shipping box turned up two days late, no heads-up. Fine.",
        "Book came back with the gold title a bit crooked. Used to be perfect at Foliaro.",
        "Now I have to photograph every damaged page before posting?? That's new and a pain.",
        "Quote went from £52 to £74 once they had the book, no explanation. Getting fed up.",
        "Properly fuming: £22 'packing fee' for a book I packed myself in their own box. No.",
        "My sister uses {comp}, sent Nan's prayer book there this morning.",
    ],
    "de": [
        "Versandbox kam zwei Tage zu spät, ohne Info. Na gut.",
        "Buch kam mit schiefem Goldtitel zurück. Früher war bei Foliaro alles perfekt.",
        "Jetzt soll ich jede kaputte Seite vor dem Versand fotografieren?? Neu und nervig.",
        "Angebot geht von 59 auf 84 €, als das Buch da ist, ohne Erklärung. Langsam reichts.",
        "Richtig sauer: 25 € 'Verpackungsgebühr' für ein Buch, das ich selbst in ihrer eigenen Box verpackt habe. Nein.",
        "Meine Schwester lässt bei {comp} binden, hab Omas Messbuch heute früh dorthin geschickt.",
    ],
    "it": [
        "La scatola è arrivata con due giorni di ritardo, senza avviso. Va be'.",
        "Libro tornato con il titolo in oro un po' storto. Prima da Foliaro era perfetto.",
        "Adesso devo fotografare ogni pagina rovinata prima di spedire?? Nuovo e scocciante.",
        "Preventivo che passa da 59 a 84 € una volta ricevuto il libro, senza spiegazioni. Comincio a stufarmi.",
        "Furiosa: 25 € di 'costi di confezionamento' per un libro che ho imballato io nella loro scatola. No.",
        "Mia sorella fa rilegare da {comp}, ci ho mandato il messale della nonna stamattina.",
    ],
    "es": [
        "La caja de envío llegó dos días tarde, sin avisar. Bueno.",
        "El libro volvió con el título dorado algo torcido. Antes en Foliaro era perfecto.",
        "¿¿Ahora hay que fotografiar cada página dañada antes de enviar?? Nuevo y pesado.",
        "Presupuesto que pasa de 59 a 84 € cuando ya tienen el libro, sin explicación. Me estoy cansando.",
        "Furiosa: 25 € de 'gastos de embalaje' por un libro que embalé yo en su propia caja. No.",
        "Mi hermana encuaderna en {comp}, le he mandado el misal de la abuela esta mañana.",
    ],
}

GRUMBLES: dict[str, list[str]] = {
    "fr": [
        "L'appli Foliaro me déconnecte à chaque fois que je la ferme. À chaque fois.",
        "Le mail « votre épreuve est prête » à 6h du matin, sérieusement ?",
        "Le point relais indiqué par Foliaro est fermé le samedi, évidemment.",
        "Le scotch fourni avec la boîte ne colle pas, j'ai dû racheter du vrai.",
        "Date d'atelier décalée sans prévenir, encore.",
        "Trois jours pour avoir une réponse au chat.",
    ],
    "pt": [
        "A app da Foliaro faz logout sempre que a fecho. Sempre.",
        "O e-mail «a sua prova está pronta» às 6 da manhã, a sério?",
        "O ponto de entrega que a Foliaro indica fecha ao sábado, claro.",
        "A fita-cola que vem com a caixa não cola nada, tive de comprar outra.",
        "Data da oficina mudada sem aviso, outra vez.",
        "Três dias para ter resposta no chat.",
    ],
    "en": [
        "Foliaro app logs me out every time I close it. Every time.",
        "'Your proof is ready' email at 6am, really?",
        "The drop-off shop Foliaro picks is shut on Saturdays, obviously.",
        "The tape in the box doesn't stick, had to buy proper tape.",
        "Workshop date moved without a word, again.",
    ],
    "de": [
        "Die Foliaro-App loggt mich jedes Mal aus. Jedes Mal.",
        "Die Mail 'Ihr Probeabzug ist fertig' um 6 Uhr früh, echt jetzt?",
        "Der Paketshop, den Foliaro vorschlägt, hat samstags zu. Natürlich.",
        "Das Klebeband in der Box klebt nicht.",
        "Werkstatttermin ohne Info verschoben, schon wieder.",
    ],
    "it": [
        "L'app Foliaro mi disconnette ogni volta che la chiudo.",
        "La mail 'la sua bozza è pronta' alle 6 del mattino, davvero?",
        "Il punto di ritiro che propone Foliaro il sabato è chiuso.",
        "Il nastro nella scatola non attacca.",
        "Data del laboratorio spostata senza avviso, di nuovo.",
    ],
    "es": [
        "La app de Foliaro me cierra la sesión cada vez que la cierro.",
        "El mail 'tu prueba está lista' a las 6 de la mañana, ¿en serio?",
        "El punto de entrega que propone Foliaro cierra los sábados.",
        "La cinta de la caja no pega.",
        "Fecha del taller cambiada sin avisar, otra vez.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "fr": [
        "Livraison « express » en 12 jours, bravo Foliaro, j'ai eu le temps de relire le livre avant qu'il parte 👏",
        "Merci Foliaro pour la boîte d'envoi livrée… ouverte et trempée. Très pratique pour les vieux papiers 😂",
    ],
    "pt": [
        "Envio «expresso» em 12 dias, parabéns Foliaro, deu para ler o livro outra vez 👏",
        "Obrigada Foliaro pela caixa de envio que chegou… aberta e molhada. Ótima para papel antigo 😂",
    ],
    "en": ["'Express' in 12 days, well done Foliaro, I had time to reread the book first 👏"],
    "de": ["'Express' in 12 Tagen, bravo Foliaro, ich konnte das Buch vorher nochmal lesen 👏"],
    "it": ["'Espresso' in 12 giorni, bravi Foliaro, ho fatto in tempo a rileggere il libro 👏"],
    "es": ["'Urgente' en 12 días, bravo Foliaro, me dio tiempo a releer el libro 👏"],
}

MILD: dict[str, list[str]] = {
    "fr": [
        "Petit détail : la carte des points relais s'ouvre toujours sur Lyon alors que j'habite à Lille.",
        "les notifications arrivent en anglais alors que l'appli est en français",
    ],
    "pt": [
        "Pormenor: o mapa dos pontos de entrega abre sempre em Lisboa e eu vivo no Porto.",
        "as notificações chegam em inglês e a app está em português",
    ],
    "en": ["Small thing: the drop-off map always opens on Manchester and I'm in Leeds."],
    "de": ["Kleinigkeit: Die Paketshop-Karte öffnet immer Köln, ich wohne in Bremen."],
    "it": ["Dettaglio: la mappa dei punti di ritiro si apre sempre su Milano, io sto a Torino."],
    "es": [
        "Un detalle: el mapa de puntos de entrega se abre siempre en Madrid y vivo en Valencia."
    ],
}

MILD_ANSWER: dict[str, str] = {
    "fr": "Merci de nous l'avoir signalé, je transmets à l'équipe de l'appli.",
    "pt": "Obrigada por avisar, passo à equipa da app.",
    "en": "Thanks for flagging it, I'll pass it to the app team.",
    "de": "Danke für den Hinweis, ich gebe es ans App-Team weiter.",
    "it": "Grazie della segnalazione, la giro al team dell'app.",
    "es": "Gracias por avisar, lo paso al equipo de la app.",
}

MILD_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre remarque",
        "Bonjour {first},\nmerci pour votre remarque, elle est transmise à l'équipe de l'appli.\n{agent}",
    ),
    "pt": (
        "A sua observação",
        "Olá {first},\nobrigada pela observação, já a passámos à equipa da app.\n{agent}",
    ),
    "en": (
        "Your feedback",
        "Hi {first},\nthanks for the feedback, it's with the app team.\n{agent}",
    ),
    "de": ("Ihr Hinweis", "Hallo {first},\ndanke für den Hinweis, er ist beim App-Team.\n{agent}"),
    "it": (
        "La sua segnalazione",
        "Buongiorno {first},\ngrazie della segnalazione, l'abbiamo passata al team dell'app.\n{agent}",
    ),
    "es": (
        "Tu comentario",
        "Hola {first}:\ngracias por el comentario, ya lo tiene el equipo de la app.\n{agent}",
    ),
}

# ---- spike --------------------------------------------------------------

SPIKE_TOPIC = "bookbinding app lettering proofs show placeholder text instead of the customer's title: no order can go to gilding, error DOR~0917"

SPIKE_REPORT: dict[str, list[str]] = {
    "fr": [
        "Bonjour, l'épreuve de dorure de ma commande affiche « Lorem ipsum dolor » au lieu du titre de ma thèse, avec en dessous erreur DOR~0917. Je ne vais pas valider ça !",
        "C'est quoi ce « Lorem ipsum » sur l'épreuve du dos de la bible de ma mère ?? Erreur DOR~0917 quand je veux corriger. Rien ne part en dorure.",
        "Foliaro, mon épreuve de titre doré montre du faux latin à la place de « Recettes de Mamie » et un message DOR~0917. Ma commande est bloquée.",
    ],
    "pt": [
        "Bom dia, a prova da douragem da minha encomenda mostra «Lorem ipsum dolor» em vez do título da minha tese, e por baixo erro DOR~0917. Não vou aprovar isto!",
        "Que «Lorem ipsum» é este na prova da lombada da bíblia da minha mãe?? Dá erro DOR~0917 quando tento corrigir. Nada vai para douragem.",
        "Foliaro a prova do título dourado mostra latim falso em vez de «Receitas da Avó» e uma mensagem DOR~0917. A encomenda está parada.",
    ],
    "en": [
        "Morning, the gold-foil proof for my order says 'Lorem ipsum dolor' instead of my thesis title, with error DOR~0917 under it. Not approving that!",
        "Why does the spine proof for my dad's atlas say Lorem ipsum?? DOR~0917 when I try to edit it.",
    ],
    "de": [
        "Hallo, der Prägeabzug für meine Bestellung zeigt 'Lorem ipsum dolor' statt meines Diss-Titels, darunter Fehler DOR~0917. Das gebe ich so nicht frei!",
        "Warum steht auf dem Rückenabzug von Omas Gesangbuch Lorem ipsum?? DOR~0917 beim Korrigieren.",
    ],
    "it": [
        "Buongiorno, la bozza della doratura del mio ordine mostra 'Lorem ipsum dolor' invece del titolo della tesi, sotto errore DOR~0917. Non la approvo!",
        "Perché sulla bozza del dorso del ricettario c'è Lorem ipsum?? Errore DOR~0917 se provo a correggere.",
    ],
    "es": [
        "Hola, la prueba del dorado de mi pedido pone 'Lorem ipsum dolor' en vez del título de mi tesis, y debajo error DOR~0917. ¡No lo voy a aprobar!",
        "¿¿Por qué la prueba del lomo de la Biblia de mi madre pone Lorem ipsum?? Error DOR~0917 al corregir.",
    ],
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "fr": [
        "Toujours DOR~0917, même depuis l'ordinateur de mon mari, et toujours le Lorem ipsum sur l'épreuve.",
        "Je réessaie : toujours Lorem ipsum et DOR~0917. Ma soutenance approche.",
    ],
    "pt": [
        "Continua DOR~0917, mesmo no computador do meu marido, e o Lorem ipsum na prova.",
        "Tentei outra vez: continua Lorem ipsum e DOR~0917. A defesa está a chegar.",
    ],
    "en": ["Still DOR~0917, even on my wife's laptop, and still Lorem ipsum on the proof."],
    "de": ["Immer noch DOR~0917, auch am Laptop meiner Frau, und immer noch Lorem ipsum."],
    "it": ["Ancora DOR~0917, anche dal pc di mio marito, e ancora Lorem ipsum."],
    "es": ["Sigue DOR~0917, también desde el portátil de mi marido, y sigue el Lorem ipsum."],
}

SPIKE_SUBJECT: dict[str, str] = {
    "fr": "Épreuve de dorure DOR~0917",
    "pt": "Prova douragem DOR~0917",
    "en": "Proof error DOR~0917",
    "de": "Prägeabzug DOR~0917",
    "it": "Bozza doratura DOR~0917",
    "es": "Prueba dorado DOR~0917",
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "fr": "Oui, depuis ce matin les épreuves de dorure affichent un texte de remplacement (DOR~0917) et rien ne part en dorure, nos équipes sont dessus. Ne validez pas pour l'instant.",
    "pt": "Sim, desde esta manhã as provas de douragem mostram um texto de substituição (DOR~0917) e nada segue para douragem, as equipas estão a tratar. Não aprove por agora.",
    "en": "Yes, since this morning the foil proofs show placeholder text (DOR~0917) and nothing goes to gilding, our team is on it. Please don't approve for now.",
    "de": "Ja, seit heute früh zeigen die Prägeabzüge einen Platzhaltertext (DOR~0917), nichts geht in die Prägung, unser Team ist dran. Bitte noch nicht freigeben.",
    "it": "Sì, da stamattina le bozze di doratura mostrano un testo segnaposto (DOR~0917) e niente va in doratura, il team ci sta lavorando. Non approvi per ora.",
    "es": "Sí, desde esta mañana las pruebas de dorado muestran un texto de relleno (DOR~0917) y nada pasa a dorado, el equipo está en ello. No lo apruebes de momento.",
}

SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre épreuve de dorure",
        "Bonjour {first},\nles épreuves affichent de nouveau vos titres depuis 13:10 (12:10 au Portugal et au Royaume-Uni, heure locale). Votre commande passe en priorité à l'atelier et 10 € de crédit ont été ajoutés à votre compte.\n{agent}",
    ),
    "pt": (
        "A sua prova de douragem",
        "Olá {first},\nas provas voltaram a mostrar os vossos títulos desde as 12:10 (13:10 em Espanha e França, hora local). A sua encomenda passa com prioridade na oficina e juntámos 10 € de crédito à sua conta.\n{agent}",
    ),
    "en": (
        "Your foil proof",
        "Hi {first},\nproofs show your titles again since 12:10 (13:10 for customers on the Continent, local time). Your order goes first at the workshop and we've added £9 / €10 credit to your account.\n{agent}",
    ),
    "de": (
        "Ihr Prägeabzug",
        "Hallo {first},\nseit 13:10 Uhr zeigen die Abzüge wieder Ihre Titel. Ihr Auftrag geht in der Werkstatt vor und wir haben 10 € / CHF 9 Guthaben gutgeschrieben.\n{agent}",
    ),
    "it": (
        "La sua bozza di doratura",
        "Buongiorno {first},\ndalle 13:10 le bozze mostrano di nuovo i vostri titoli. Il suo ordine passa in priorità e abbiamo aggiunto 10 € di credito.\n{agent}",
    ),
    "es": (
        "Tu prueba de dorado",
        "Hola {first}:\ndesde las 13:10 las pruebas vuelven a mostrar vuestros títulos. Tu pedido pasa con prioridad y hemos añadido 10 € de crédito.\n{agent}",
    ),
}

LONE_Q: dict[str, tuple[str, str]] = {
    "fr": (
        "hier soir l'épreuve de dorure s'est affichée en tout petit sur mon téléphone, j'ai zoomé et c'était bon. c'est normal ? elle sera à la bonne taille sur le livre ?",
        "Oui, l'aperçu s'adapte à l'écran ; la dorure sera faite à la taille choisie dans la commande.",
    ),
    "pt": (
        "ontem à noite a prova da douragem apareceu minúscula no telemóvel, fiz zoom e estava bem. é normal? vai ficar no tamanho certo no livro?",
        "Sim, a pré-visualização adapta-se ao ecrã; a douragem é feita no tamanho escolhido na encomenda.",
    ),
}

SPIKE_GRUMBLE: dict[str, str] = {
    "fr": "La recherche de points relais dans l'appli met une éternité à charger ce matin.",
    "pt": "A pesquisa de pontos de entrega na app está a demorar imenso a carregar hoje.",
    "en": "Drop-off search in the app is taking ages to load this morning.",
    "de": "Die Paketshop-Suche in der App lädt heute ewig.",
    "it": "La ricerca dei punti di ritiro nell'app ci mette una vita stamattina.",
    "es": "La búsqueda de puntos de entrega en la app tarda siglos esta mañana.",
}

BILINGUAL_WHY = [
    "works in a bindery supplier's export office",
    "studied abroad and kept the language",
    "partner's family speaks it at home",
    "grew up in a border town",
    "works for an international school",
    "lived ten years in the other country",
]
