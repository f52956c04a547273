"""Words of heldout84's households and of its planted spike (Praiola, surf schools).

Tables are keyed by language (fr, pt first, then en, de, it, es). Slots in braces are
filled by ``make_heldout84.py``: {brand}, {beach}, {amount}, {spoken}, {case}, {gist},
{day}, {comp}, {first}, {last}, {agent}, {time}, {credit}.
"""

# ruff: noqa: E501

from __future__ import annotations

Table = dict[str, list[str]]
Pairs = dict[str, list[tuple[str, str]]]

AGENTS: Table = {
    "fr": ["Camille", "Yanis", "Maëlle"],
    "pt": ["Inês", "Tiago", "Leonor"],
    "en": ["Ruth", "Declan"],
    "de": ["Jonas", "Birte"],
    "it": ["Chiara", "Paolo"],
    "es": ["Nerea", "Unai"],
}

# (label, price in euros, page)
PRODUCTS: list[tuple[str, int, str]] = [
    ("Group lesson 2 h / Cours collectif 2 h", 35, "/lessons/group"),
    ("Private lesson 1.5 h / Cours particulier 1 h 30", 75, "/lessons/private"),
    ("5-lesson pack / Pack 5 cours", 150, "/lessons/pack-5"),
    ("Surf camp 7 nights / Surf camp 7 nuits", 590, "/camps/week"),
    ("Board + wetsuit hire, day / Location planche + combinaison, journée", 30, "/hire/day"),
    ("Softboard hire, half day / Location softboard, demi-journée", 15, "/hire/half-day"),
    ("Kids' lesson 1.5 h / Cours enfant 1 h 30", 30, "/lessons/kids"),
    ("Bodyboard lesson / Cours de bodyboard", 32, "/lessons/bodyboard"),
    ("Session photos / Photos de session", 19, "/photos"),
]

PAGES: list[str] = [
    "/lessons",
    "/camps",
    "/hire",
    "/pass",
    "/forecast",
    "/app/bookings",
    "/spots",
    "/gift-cards",
    "/faq",
]

BEACHES: Table = {
    "PT": ["Peniche", "Carcavelos", "Sagres", "Espinho", "Aljezur"],
    "FR": ["Hossegor", "Lacanau", "Biarritz", "Seignosse"],
    "ES": ["Zarautz", "Somo"],
    "UK": ["Bude", "Polzeath"],
    "IE": ["Lahinch", "Bundoran"],
    "IT": ["Varazze"],
}

PRAISE: Table = {
    "fr": [
        "Premier cours avec Praiola à {beach} ce matin et j'ai tenu debout sur ma troisième vague !! Moniteur hyper patient, merci 🤙",
        "Troisième stage cette année chez Praiola, toujours aussi bien. Les enfants réclament déjà le prochain",
        "Franchement top le cours collectif d'hier, on était 6 et on a vraiment surfé. Seul bémol : les douches froides 🥶 mais je reviens",
        "Encore une session parfaite à {beach}. La combi était à ma taille pour une fois, merci Praiola",
        "Mon fils de 9 ans a adoré son cours enfant, il n'a parlé que de ça au dîner. Merci à toute l'équipe Praiola !",
    ],
    "pt": [
        "Primeira aula com a Praiola em {beach} e consegui pôr-me de pé à terceira onda!! O instrutor foi impecável 🤙",
        "Terceira vez este ano na Praiola e continua top. Já marquei a próxima",
        "Aula de grupo ontem muito boa, só 6 pessoas e apanhámos mesmo ondas. Só a água do duche estava gelada mas pronto, volto de certeza",
        "Mais uma sessão perfeita em {beach}. A prancha nova é outra coisa, obrigado Praiola",
        "O meu filho de 8 anos adorou a aula de criança, não se calou o jantar todo. Obrigada à equipa Praiola!",
    ],
    "en": [
        "First lesson with Praiola at {beach} today and I stood up on my third wave!! Instructor was so patient, cheers 🤙",
        "Third camp with Praiola this year and still buzzing. Only gripe: the hut showers are freezing, but I'm coming back",
    ],
    "de": [
        "Erster Kurs bei Praiola in {beach} und ich stand bei der dritten Welle!! Super geduldiger Surflehrer, danke 🤙",
        "Schon wieder ein Traumtag mit Praiola. Nur die Duschen am Strand sind eiskalt, aber egal, wir kommen wieder",
    ],
    "it": [
        "Prima lezione con Praiola a {beach} e mi sono alzata alla terza onda!! Istruttore pazientissimo, grazie 🤙",
        "Terza volta quest'anno con Praiola, sempre fantastici. Unico neo le docce fredde, ma torno sicuro",
    ],
    "es": [
        "Primera clase con Praiola en {beach} y me levanté en la tercera ola!! El monitor majísimo, gracias 🤙",
        "Tercera vez este año con Praiola y sigo enganchada. Solo las duchas heladas, pero vuelvo seguro",
    ],
}

CHAT_QA: Pairs = {
    "fr": [
        (
            "Bonjour, je peux venir avec ma propre combi au cours collectif de samedi ?",
            "Bonjour, oui bien sûr ! Prévoyez une 4/3, l'eau est encore fraîche. Bonne session 🤙",
        ),
        (
            "slt, le cours de 9h est maintenu si il y a du brouillard ?",
            "Bonjour ! Oui, le brouillard ne gêne pas, on annule seulement avec le drapeau rouge et vous recevez un SMS.",
        ),
        (
            "Bonjour, à partir de quel âge les enfants peuvent faire le cours enfant svp",
            "Bonjour, dès 6 ans s'ils savent nager 25 m. Le cours dure 1 h 30, combi fournie.",
        ),
        (
            "Est-ce que le Praiola Pass marche aussi pour la location de planche ?",
            "Oui, avec le Pass la location est à -30 %, c'est appliqué tout seul dans l'app.",
        ),
    ],
    "pt": [
        (
            "Olá, posso levar o meu fato para a aula de grupo de sábado?",
            "Olá! Claro que sim, recomendamos um 4/3 que a água ainda está fresca. Boas ondas 🤙",
        ),
        (
            "boa tarde a aula das 9h mantém-se se houver nevoeiro?",
            "Boa tarde! Sim, o nevoeiro não impede, só cancelamos com bandeira vermelha e nesse caso recebe SMS.",
        ),
        (
            "Olá, a partir de que idade as crianças podem fazer a aula de criança?",
            "Olá, a partir dos 6 anos desde que saibam nadar 25 m. A aula tem 1h30 e o fato está incluído.",
        ),
        (
            "O Praiola Pass também dá desconto no aluguer de prancha?",
            "Dá sim, com o Pass o aluguer tem 30 % de desconto, aplicado automaticamente na app.",
        ),
    ],
    "en": [
        (
            "Hi, can I bring my own wetsuit to Saturday's group lesson?",
            "Hi! Of course, a 4/3 is best, the water's still chilly. Enjoy 🤙",
        ),
        (
            "does the 9am lesson still run if its foggy",
            "Hi! Yes, fog doesn't stop us, we only cancel on a red flag and you'd get a text.",
        ),
    ],
    "de": [
        (
            "Hallo, darf ich meinen eigenen Neoprenanzug zum Gruppenkurs am Samstag mitbringen?",
            "Hallo! Klar, am besten einen 4/3, das Wasser ist noch frisch. Viel Spaß 🤙",
        ),
        (
            "Ab welchem Alter dürfen Kinder in den Kinderkurs?",
            "Ab 6 Jahren, wenn sie 25 m schwimmen können. Der Kurs dauert 1,5 Stunden, Anzug inklusive.",
        ),
    ],
    "it": [
        (
            "Ciao, posso portare la mia muta alla lezione di gruppo di sabato?",
            "Ciao! Certo, meglio una 4/3, l'acqua è ancora fresca. Buone onde 🤙",
        ),
        (
            "la lezione delle 9 si fa anche con la nebbia?",
            "Ciao! Sì, la nebbia non ci ferma, annulliamo solo con bandiera rossa e ti arriva un SMS.",
        ),
    ],
    "es": [
        (
            "Hola, puedo llevar mi neopreno a la clase de grupo del sábado?",
            "¡Hola! Claro, mejor un 4/3 que el agua aún está fresca. Buenas olas 🤙",
        ),
        (
            "A partir de qué edad pueden hacer los niños la clase infantil?",
            "Desde los 6 años si nadan 25 m. La clase dura 1 h 30 y el neopreno va incluido.",
        ),
    ],
}

THANKS: Table = {
    "fr": ["Merci beaucoup !", "super merci", "Parfait, merci 👍"],
    "pt": ["Obrigada!", "obg 👍", "Perfeito, obrigado"],
    "en": ["Thanks!", "cheers"],
    "de": ["Danke!", "super, danke"],
    "it": ["Grazie mille!", "grz"],
    "es": ["¡Gracias!", "genial, gracias"],
}

# (subject, question, answer)
EMAIL_QA: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Question stage enfants",
            "Bonjour,\nJe voudrais inscrire mes deux filles (8 et 11 ans) au stage des vacances à {beach}. Est-ce qu'elles peuvent être dans le même groupe ?\nMerci d'avance,\n{first}",
            "Bonjour {first},\nOui : nous faisons les groupes par niveau plutôt que par âge, si elles débutent toutes les deux elles seront ensemble.\nBonne journée,\n{agent}, Praiola",
        ),
        (
            "Facture cours particulier",
            "Bonjour, pourriez-vous m'envoyer la facture du cours particulier de samedi pour mon CE ? Merci. {first}",
            "Bonjour {first},\nLa voici en pièce jointe, elle est aussi dans l'app sous Mes réservations.\nBonne semaine,\n{agent}, Praiola",
        ),
    ],
    "pt": [
        (
            "Dúvida campo de férias",
            "Bom dia,\nGostava de inscrever os meus dois filhos (9 e 12 anos) no campo de férias em {beach}. Ficam no mesmo grupo?\nObrigada,\n{first}",
            "Bom dia {first},\nFazemos os grupos por nível e não por idade: se ambos estão a começar ficam juntos.\nBom dia,\n{agent}, Praiola",
        ),
        (
            "Fatura aula privada",
            "Boa tarde, podem enviar-me a fatura da aula privada de sábado com o meu NIF? Obrigado. {first}",
            "Boa tarde {first},\nSegue em anexo com o NIF, também a encontra na app em As minhas reservas.\n{agent}, Praiola",
        ),
    ],
    "en": [
        (
            "Question about the kids' camp",
            "Hi,\nI'd like to book my two (8 and 11) on the holiday camp at {beach}. Can they be in the same group?\nThanks,\n{first}",
            "Hi {first},\nWe group by level rather than age, so if they're both beginners they'll be together.\nBest,\n{agent}, Praiola",
        ),
    ],
    "de": [
        (
            "Frage Kindercamp",
            "Hallo,\nich möchte meine beiden Kinder (8 und 11) für das Feriencamp in {beach} anmelden. Können sie in dieselbe Gruppe?\nViele Grüße\n{first}",
            "Hallo {first},\nwir teilen nach Niveau ein, nicht nach Alter: Wenn beide Anfänger sind, sind sie zusammen.\nViele Grüße\n{agent}, Praiola",
        ),
    ],
    "it": [
        (
            "Domanda campo bambini",
            "Buongiorno,\nvorrei iscrivere i miei due figli (8 e 11 anni) al campo estivo a {beach}. Possono stare nello stesso gruppo?\nGrazie,\n{first}",
            "Buongiorno {first},\nfacciamo i gruppi per livello e non per età: se sono entrambi principianti staranno insieme.\nCordiali saluti,\n{agent}, Praiola",
        ),
    ],
    "es": [
        (
            "Pregunta campamento niños",
            "Hola,\nquiero apuntar a mis dos hijos (8 y 11) al campamento de vacaciones en {beach}. ¿Pueden ir en el mismo grupo?\nGracias,\n{first}",
            "Hola {first},\nhacemos los grupos por nivel, no por edad: si los dos empiezan irán juntos.\nUn saludo,\n{agent}, Praiola",
        ),
    ],
}

PHONE_Q: Table = {
    "fr": [
        "oui bonjour je voulais savoir si on peut décaler le cours de samedi à dimanche même heure c'est pour mon mari il a un mariage samedi voilà merci",
        "bonjour c'est pour savoir s'il reste de la place au stage d'une semaine à {beach} pour deux adultes pendant les vacances",
    ],
    "pt": [
        "olá boa tarde queria saber se dá para passar a aula de sábado para domingo à mesma hora é que o meu marido tem um casamento obrigada",
        "bom dia era para saber se ainda há vaga no campo de uma semana em {beach} para dois adultos nas férias",
    ],
    "en": [
        "hi yeah just wondering if we can move saturday's lesson to sunday same time my husband's got a wedding on cheers"
    ],
    "de": [
        "ja hallo ich wollte fragen ob man die Stunde von Samstag auf Sonntag verschieben kann gleiche Uhrzeit mein Mann hat eine Hochzeit danke"
    ],
    "it": [
        "sì buongiorno volevo sapere se si può spostare la lezione di sabato a domenica stessa ora perché mio marito ha un matrimonio grazie"
    ],
    "es": [
        "hola buenas quería saber si se puede cambiar la clase del sábado al domingo a la misma hora es que mi marido tiene una boda gracias"
    ],
}

# (subject, text) of the agent's e-mail after a happy call
PHONE_FOLLOW: dict[str, tuple[str, str]] = {
    "fr": (
        "Suite à votre appel",
        "Bonjour {first},\nComme convenu au téléphone, c'est fait : vous voyez la réservation à jour dans l'app. Bonne session !\n{agent}, Praiola",
    ),
    "pt": (
        "Na sequência da sua chamada",
        "Olá {first},\nComo combinado ao telefone, está feito: a reserva já aparece atualizada na app. Boas ondas!\n{agent}, Praiola",
    ),
    "en": (
        "Following your call",
        "Hi {first},\nAs discussed on the phone, that's done: you'll see the booking updated in the app. Enjoy!\n{agent}, Praiola",
    ),
    "de": (
        "Zu Ihrem Anruf",
        "Hallo {first},\nwie am Telefon besprochen ist alles erledigt, Sie sehen die Buchung in der App.\n{agent}, Praiola",
    ),
    "it": (
        "Seguito alla sua chiamata",
        "Buongiorno {first},\ncome detto al telefono è tutto sistemato, trova la prenotazione aggiornata nell'app.\n{agent}, Praiola",
    ),
    "es": (
        "Sobre tu llamada",
        "Hola {first},\ncomo hablamos por teléfono, ya está hecho, verás la reserva actualizada en la app.\n{agent}, Praiola",
    ),
}

REVIEWS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("5", "5 étoiles, cours génial, moniteur au top et matériel nickel"),
        ("4", "Très bon stage. Juste le parking difficile à trouver le matin, sinon parfait"),
        ("5", "Monitrice incroyable de patience avec ma fille qui avait peur des vagues"),
    ],
    "pt": [
        ("5", "Cinco estrelas, aula excelente e material impecável"),
        ("4", "Muito bom. Só o estacionamento é complicado de manhã, de resto perfeito"),
        ("5", "Instrutora espetacular, paciência infinita com a minha filha"),
    ],
    "en": [
        ("5", "Brilliant lesson, kit was spotless"),
        ("4", "Great camp. Parking's a nightmare in the mornings though"),
    ],
    "de": [
        ("5", "Toller Kurs, Material top"),
        ("4", "Sehr gut, nur der Parkplatz morgens ist schwierig"),
    ],
    "it": [
        ("5", "Lezione bellissima, materiale perfetto"),
        ("4", "Molto bene, solo il parcheggio la mattina è un disastro"),
    ],
    "es": [
        ("5", "Clase genial, material impecable"),
        ("4", "Muy bien, solo el aparcamiento por la mañana fatal"),
    ],
}

SURVEY_WORDS: Table = {
    "fr": ["Top", "Super moniteurs", "🤙", ""],
    "pt": ["Excelente", "Tudo 5 estrelas", "🤙", ""],
    "en": ["great", "👍", ""],
    "de": ["Super", ""],
    "it": ["Ottimo", ""],
    "es": ["Genial", ""],
}

NIGHT_POSTS: Table = {
    "fr": [
        "3h du mat, je sors de ma garde aux urgences et je viens de réserver le cours de 8h à {beach}. Pas dormi mais tant pis 🌊",
        "Insomnie, ça fait une heure que je regarde des vidéos de surf. Vivement samedi avec Praiola",
    ],
    "pt": [
        "3 da manhã, acabei o turno no hospital e já marquei a aula das 8h em {beach}. Dormir é para os fracos 🌊",
        "Insónia total, há uma hora a ver vídeos de surf. Venha sábado com a Praiola",
    ],
    "en": [
        "2am, just off a night shift at the petrol station and booked the 8am at {beach}. Sleep is overrated 🌊"
    ],
    "de": ["2 Uhr nachts, Nachtschicht vorbei und schon den 8-Uhr-Kurs bei Praiola gebucht 🌊"],
    "it": ["Le 2 di notte, insonnia e video di surf. Sabato con Praiola non arriva mai"],
    "es": [
        "Las 3 de la mañana, salgo de guardia y ya he reservado la clase de las 8 con Praiola 🌊"
    ],
}

NIGHT_QA: Pairs = {
    "fr": [
        (
            "re bonsoir, je peux rendre la planche louée demain avant 8h ? la cabane ouvre à quelle heure",
            "Salut ! La cabane ouvre à 8h30, mais vous pouvez laisser la planche sur le rack derrière, on la récupère 🌙",
        ),
        (
            "Bonsoir, si je réserve maintenant le cours de demain 8h c'est encore bon ?",
            "Oui, jusqu'à 1 h avant le cours c'est possible. Bonne nuit et à demain 🌊",
        ),
    ],
    "pt": [
        (
            "boa noite a que horas abre a cabana amanhã? queria devolver a prancha antes do trabalho",
            "Olá! A cabana abre às 8h30, mas pode deixar a prancha no suporte atrás, nós recolhemos 🌙",
        ),
        (
            "Boa noite, se marcar agora a aula de amanhã às 8h ainda dá?",
            "Dá sim, até 1 hora antes da aula. Boa noite e até amanhã 🌊",
        ),
    ],
    "en": [
        (
            "hi, what time does the hut open tomorrow? need to drop the board back before work",
            "Hi! Hut opens 8:30 but you can leave the board on the rack round the back, we'll pick it up 🌙",
        )
    ],
    "de": [
        (
            "Hallo, wann öffnet die Hütte morgen? Ich will das Brett vor der Arbeit zurückbringen",
            "Hallo! Ab 8:30, Sie können das Brett aber hinten ins Rack stellen 🌙",
        )
    ],
    "it": [
        (
            "ciao, a che ora apre la capanna domani? devo riportare la tavola prima del lavoro",
            "Ciao! Apre alle 8:30, ma puoi lasciare la tavola sulla rastrelliera dietro 🌙",
        )
    ],
    "es": [
        (
            "hola a qué hora abre la caseta mañana? quiero devolver la tabla antes de trabajar",
            "¡Hola! Abre a las 8:30, pero puedes dejar la tabla en el soporte de atrás 🌙",
        )
    ],
}

# ---- trouble -------------------------------------------------------------------------

PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]

#: what each problem costs, in euros (converted for GBP and CHF markets)
PROBLEM_EUR: dict[str, int] = {
    "no_show": 75,
    "double_charge": 590,
    "damage": 30,
    "refund": 150,
    "wrong_price": 30,
    "cancel_fee": 295,
}

GIST: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "le cours où le moniteur ne s'est jamais présenté",
        "pt": "a aula em que o instrutor nunca apareceu",
        "en": "the lesson where the instructor never turned up",
        "de": "die Stunde, zu der der Surflehrer nie kam",
        "it": "la lezione in cui l'istruttore non si è mai presentato",
        "es": "la clase en la que el monitor nunca apareció",
    },
    "double_charge": {
        "fr": "le stage débité deux fois",
        "pt": "o campo de surf cobrado duas vezes",
        "en": "the camp charged twice",
        "de": "das doppelt abgebuchte Camp",
        "it": "il campo addebitato due volte",
        "es": "el campamento cobrado dos veces",
    },
    "damage": {
        "fr": "la planche louée arrivée avec le nez fendu",
        "pt": "a prancha alugada que veio com o bico rachado",
        "en": "the hire board that came with a cracked nose",
        "de": "das Leihbrett mit der gerissenen Nase",
        "it": "la tavola a noleggio con la punta crepata",
        "es": "la tabla de alquiler con la punta rajada",
    },
    "refund": {
        "fr": "le remboursement du pack annulé pour drapeau rouge",
        "pt": "o reembolso do pack cancelado por bandeira vermelha",
        "en": "the refund for the pack cancelled on a red flag",
        "de": "die Erstattung für das wegen roter Flagge abgesagte Paket",
        "it": "il rimborso del pacchetto annullato per bandiera rossa",
        "es": "el reembolso del pack cancelado por bandera roja",
    },
    "wrong_price": {
        "fr": "le plein tarif facturé alors que j'ai le Pass",
        "pt": "o preço normal cobrado apesar de ter o Pass",
        "en": "the full price charged though I have the Pass",
        "de": "den vollen Preis trotz Pass",
        "it": "il prezzo pieno addebitato nonostante il Pass",
        "es": "el precio completo cobrado aunque tengo el Pass",
    },
    "cancel_fee": {
        "fr": "les frais d'annulation pour un stage annulé six jours avant",
        "pt": "a taxa de cancelamento de um campo cancelado com seis dias de antecedência",
        "en": "the cancellation fee for a camp cancelled six days ahead",
        "de": "die Stornogebühr für ein sechs Tage vorher storniertes Camp",
        "it": "la penale per un campo annullato sei giorni prima",
        "es": "la penalización por un campamento cancelado seis días antes",
    },
}

SUBJ_TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "moniteur absent",
        "pt": "instrutor não apareceu",
        "en": "instructor no-show",
        "de": "Surflehrer nicht erschienen",
        "it": "istruttore assente",
        "es": "monitor no apareció",
    },
    "double_charge": {
        "fr": "double prélèvement",
        "pt": "cobrança em duplicado",
        "en": "charged twice",
        "de": "doppelte Abbuchung",
        "it": "doppio addebito",
        "es": "cobro duplicado",
    },
    "damage": {
        "fr": "planche cassée",
        "pt": "prancha partida",
        "en": "broken hire board",
        "de": "kaputtes Leihbrett",
        "it": "tavola rotta",
        "es": "tabla rota",
    },
    "refund": {
        "fr": "remboursement",
        "pt": "reembolso",
        "en": "refund",
        "de": "Erstattung",
        "it": "rimborso",
        "es": "reembolso",
    },
    "wrong_price": {
        "fr": "tarif Pass",
        "pt": "preço Pass",
        "en": "Pass price",
        "de": "Pass-Preis",
        "it": "prezzo Pass",
        "es": "precio Pass",
    },
    "cancel_fee": {
        "fr": "frais d'annulation",
        "pt": "taxa de cancelamento",
        "en": "cancellation fee",
        "de": "Stornogebühr",
        "it": "penale",
        "es": "penalización",
    },
}

COMPLAINT_PREFIX: dict[str, str] = {
    "fr": "Réclamation : ",
    "pt": "Reclamação: ",
    "en": "Complaint: ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "es": "Reclamación: ",
}

COMPLAINT: dict[str, Table] = {
    "no_show": {
        "fr": [
            "Cours particulier réservé à 9h à {beach}, payé {amount}. J'ai attendu UNE HEURE en combi sur la plage, personne. Et l'app marque le cours comme « effectué ». Vous vous moquez de qui ?",
            "bonjour, ce matin personne au point de rdv de {beach}. j'ai appelé 3 fois, répondeur. je veux être remboursée et une explication",
        ],
        "pt": [
            "Aula privada marcada para as 9h em {beach}, paga {amount}. Fiquei UMA HORA de fato na praia à espera e ninguém apareceu. E a app diz que a aula foi « concluída ». Estão a brincar?",
            "bom dia hoje de manhã não estava ninguém no ponto de encontro em {beach}. liguei 3 vezes e nada. quero o reembolso e uma explicação",
        ],
        "en": [
            "Booked a private lesson at 9 at {beach}, paid {amount}. Stood in a wetsuit on the beach for an HOUR, nobody came. App now says the lesson was 'completed'. Seriously?"
        ],
        "de": [
            "Privatstunde um 9 Uhr in {beach} gebucht, {amount} bezahlt. Ich habe EINE STUNDE im Neoprenanzug am Strand gewartet, niemand kam. Und die App zeigt die Stunde als „abgeschlossen“. Geht's noch?"
        ],
        "it": [
            "Lezione privata alle 9 a {beach}, pagata {amount}. Ho aspettato UN'ORA in muta sulla spiaggia, nessuno. E l'app dice che la lezione è «completata». Ma scherziamo?"
        ],
        "es": [
            "Clase particular a las 9 en {beach}, pagada {amount}. He esperado UNA HORA en neopreno en la playa y no ha venido nadie. Y la app dice que la clase está «completada». ¿En serio?"
        ],
    },
    "double_charge": {
        "fr": [
            "Le stage d'une semaine à {beach} m'a été prélevé DEUX fois, {amount} x2. Mon compte est à découvert à cause de vous. Remboursez le doublon au plus vite svp",
            "bonjour je vois deux prélèvements identiques de {amount} pour le même stage. merci de corriger rapidement",
        ],
        "pt": [
            "O campo de uma semana em {beach} foi cobrado DUAS vezes, {amount} x2. Fiquei com a conta a descoberto por vossa causa. Devolvam o duplicado já",
            "boa tarde tenho dois débitos iguais de {amount} para o mesmo campo. por favor corrijam rapido",
        ],
        "en": [
            "You've taken {amount} TWICE for the same camp at {beach}. My rent bounced because of it. Refund the duplicate now please"
        ],
        "de": [
            "Ihr habt das Camp in {beach} ZWEIMAL abgebucht, je {amount}. Mein Konto ist im Minus. Bitte sofort zurückbuchen"
        ],
        "it": [
            "Mi avete addebitato il campo a {beach} DUE volte, {amount} ciascuno. Conto in rosso per colpa vostra. Rimborsate subito il doppione"
        ],
        "es": [
            "Me habéis cobrado el campamento de {beach} DOS veces, {amount} cada uno. Tengo la cuenta en números rojos. Devolved el duplicado ya"
        ],
    },
    "damage": {
        "fr": [
            "Planche louée ce matin à {beach} : le nez était fendu et la dérive bougeait. Je me suis ouvert le pied dessus, trois points de suture. Comment du matériel pareil peut sortir de chez vous ?",
            "la combi louée était déchirée dans le dos et la planche avait une fissure, on a perdu la matinée. pas normal pour {amount}",
        ],
        "pt": [
            "Prancha alugada hoje em {beach}: o bico vinha rachado e a quilha abanava. Cortei o pé, três pontos. Como é que material assim sai daí?",
            "o fato alugado estava rasgado nas costas e a prancha tinha uma fissura, perdemos a manhã toda. nao é normal por {amount}",
        ],
        "en": [
            "Hire board this morning at {beach}: cracked nose and a wobbly fin. Sliced my foot on it, three stitches. How does kit like that leave your hut?"
        ],
        "de": [
            "Leihbrett heute in {beach}: Nase gerissen, Finne locker. Habe mir den Fuß aufgeschnitten, drei Stiche. Wie kann so ein Material rausgehen?"
        ],
        "it": [
            "Tavola a noleggio stamattina a {beach}: punta crepata e pinna che ballava. Mi sono tagliato il piede, tre punti. Come fa un materiale così a uscire da voi?"
        ],
        "es": [
            "Tabla de alquiler esta mañana en {beach}: la punta rajada y la quilla suelta. Me he cortado el pie, tres puntos. ¿Cómo sale material así de vuestra caseta?"
        ],
    },
    "refund": {
        "fr": [
            "Pack de 5 cours annulé par VOUS pour drapeau rouge il y a trois semaines, on m'a promis le remboursement de {amount} sous 5 jours. Toujours rien. TROIS semaines.",
            "bonjour, j'attends toujours le remboursement du pack annulé ({amount}). pouvez vous me dire où ça en est",
        ],
        "pt": [
            "Pack de 5 aulas cancelado por VOCÊS por bandeira vermelha há três semanas, prometeram o reembolso de {amount} em 5 dias. Nada. TRÊS semanas.",
            "olá continuo à espera do reembolso do pack cancelado ({amount}). podem dizer-me o ponto da situação",
        ],
        "en": [
            "You cancelled my 5-lesson pack on a red flag three weeks ago and promised {amount} back within 5 days. Nothing. THREE weeks."
        ],
        "de": [
            "Ihr habt mein 5er-Paket vor drei Wochen wegen roter Flagge abgesagt und {amount} Erstattung in 5 Tagen versprochen. Nichts. DREI Wochen."
        ],
        "it": [
            "Avete annullato voi il mio pacchetto da 5 lezioni per bandiera rossa tre settimane fa, rimborso di {amount} promesso in 5 giorni. Niente. TRE settimane."
        ],
        "es": [
            "Cancelasteis vosotros mi pack de 5 clases por bandera roja hace tres semanas y me prometisteis {amount} en 5 días. Nada. TRES semanas."
        ],
    },
    "wrong_price": {
        "fr": [
            "J'ai le Praiola Pass depuis un an et on vient de me facturer la location au plein tarif, {amount}. C'est quoi l'intérêt du Pass alors ?",
            "bjr, location de planche facturée plein tarif alors que je suis abonnée au Pass. merci de rembourser la différence",
        ],
        "pt": [
            "Tenho o Praiola Pass há um ano e cobraram-me o aluguer ao preço normal, {amount}. Então para que serve o Pass?",
            "ola, aluguer de prancha cobrado a preço normal e eu sou sócia do Pass. devolvam a diferença pf",
        ],
        "en": [
            "I've had the Praiola Pass a year and you charged me full price for the hire, {amount}. What's the Pass for then?"
        ],
        "de": [
            "Ich habe seit einem Jahr den Praiola Pass und zahle trotzdem den vollen Mietpreis, {amount}. Wozu dann der Pass?"
        ],
        "it": [
            "Ho il Praiola Pass da un anno e mi avete fatto pagare il noleggio a prezzo pieno, {amount}. A cosa serve il Pass allora?"
        ],
        "es": [
            "Tengo el Praiola Pass desde hace un año y me habéis cobrado el alquiler a precio completo, {amount}. ¿Para qué sirve el Pass entonces?"
        ],
    },
    "cancel_fee": {
        "fr": [
            "J'ai annulé le stage SIX jours avant, vos conditions disent 48 h, et vous me prélevez {amount} de frais d'annulation. Inadmissible.",
            "bonjour frais d'annulation de {amount} pour un stage annulé 6 jours avant ?? vos CGV disent 48h. merci de rembourser",
        ],
        "pt": [
            "Cancelei o campo com SEIS dias de antecedência, as vossas condições dizem 48 h, e cobraram-me {amount} de taxa de cancelamento. Inadmissível.",
            "boa tarde taxa de cancelamento de {amount} por um campo cancelado 6 dias antes?? as condições dizem 48h. devolvam por favor",
        ],
        "en": [
            "Cancelled the camp SIX days ahead, your terms say 48 hours, and you've charged me a {amount} cancellation fee. Unbelievable."
        ],
        "de": [
            "Camp SECHS Tage vorher storniert, eure AGB sagen 48 Stunden, und ihr bucht {amount} Stornogebühr ab. Unmöglich."
        ],
        "it": [
            "Ho annullato il campo SEI giorni prima, le condizioni dicono 48 ore, e mi avete addebitato {amount} di penale. Inaccettabile."
        ],
        "es": [
            "Cancelé el campamento SEIS días antes, vuestras condiciones dicen 48 horas, y me cobráis {amount} de penalización. Increíble."
        ],
    },
}

PHONE_COMPLAINT: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "oui bonjour alors voilà j'avais un cours particulier ce matin à {beach} à 9h j'ai attendu une heure sur la plage personne et dans l'application c'est marqué effectué donc j'aimerais comprendre et être remboursée les {spoken}",
        "pt": "sim bom dia olhe eu tinha uma aula privada hoje às 9 em {beach} fiquei uma hora na praia e ninguém apareceu e agora na aplicação diz concluída quero perceber isto e o reembolso dos {spoken}",
    },
    "double_charge": {
        "fr": "bonjour je vous appelle parce que vous m'avez prélevé deux fois le stage {spoken} deux fois et mon compte est à découvert il faut que ce soit remboursé aujourd'hui",
        "pt": "boa tarde estou a ligar porque cobraram duas vezes o campo {spoken} duas vezes e fiquei com a conta a descoberto tem de ser devolvido hoje",
    },
    "damage": {
        "fr": "oui bonjour je sors des urgences je me suis coupé le pied sur la dérive de la planche louée chez vous ce matin le nez était fendu je voudrais parler à un responsable",
        "pt": "olá boa tarde venho agora das urgências cortei o pé na quilha da prancha que aluguei hoje de manhã o bico vinha rachado queria falar com um responsável",
    },
    "refund": {
        "fr": "bonjour c'est pour le remboursement du pack annulé pour le drapeau rouge on m'avait dit cinq jours ça fait trois semaines {spoken} et toujours rien",
        "pt": "bom dia é por causa do reembolso do pack que foi cancelado pela bandeira vermelha disseram cinco dias já vai em três semanas {spoken} e nada",
    },
    "wrong_price": {
        "fr": "bonjour alors j'ai le pass depuis un an et on m'a facturé la location plein tarif {spoken} je comprends pas",
        "pt": "olá tenho o pass há um ano e cobraram-me o aluguer a preço normal {spoken} não percebo",
    },
    "cancel_fee": {
        "fr": "oui bonjour j'ai annulé mon stage six jours avant et vous m'avez pris {spoken} de frais alors que c'est 48 heures dans vos conditions",
        "pt": "sim boa tarde cancelei o campo seis dias antes e cobraram-me {spoken} de taxa quando nas condições diz 48 horas",
    },
}

PHONE_COMPLAINT_GENERIC: dict[str, str] = {
    "en": "hi yeah i'm calling about {gist} it's {spoken} and nobody's answered me can someone actually sort it today please",
    "de": "ja hallo es geht um {gist} das sind {spoken} und auf meine Mails antwortet keiner kann sich bitte heute jemand darum kümmern",
    "it": "sì buongiorno chiamo per {gist} sono {spoken} e nessuno mi risponde vorrei che qualcuno se ne occupasse oggi",
    "es": "hola buenas llamo por {gist} son {spoken} y nadie me contesta quiero que alguien lo solucione hoy por favor",
}

# Letters with the complaint inside (French and Portuguese only).
LONG_EMAIL: Table = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de ma mère, qui se remet d'une prothèse de hanche, donc pardon si c'est un peu décousu. Entre ses rendez-vous, le travail et les devoirs des petits, le surf du samedi était mon seul moment à moi depuis des mois.\n\n{core}\n\nJe suis cliente depuis trois ans, j'ai fait découvrir Praiola à la moitié de mon bureau et je n'ai jamais eu à me plaindre. Mais là, franchement, non. J'attends une réponse écrite et une solution cette semaine.\n\nCordialement,\n{first} {last}",
        "Bonsoir,\n\nJe profite de la sieste des jumeaux pour enfin vous écrire. Nous refaisons l'appartement que ma grand-mère nous a laissé à Bayonne, les week-ends se partagent entre les pots de peinture et l'océan, et l'océan c'était vous.\n\n{core}\n\nJ'ai toujours recommandé vos cours autour de moi. J'aimerais continuer, mais il faut que ça se règle, et vite.\n\nBien à vous,\n{first} {last}",
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo do carro à porta da natação dos miúdos, por isso desculpem se sair confuso. Entre o trabalho, as obras na casa da minha sogra e os treinos deles, a aula de surf ao sábado era a minha única hora para mim.\n\n{core}\n\nSou cliente há três anos e já levei meio escritório para a Praiola, nunca tive razão de queixa. Mas isto não. Quero uma resposta por escrito e uma solução esta semana.\n\nCumprimentos,\n{first} {last}",
        "Bom dia,\n\nAproveito a pausa na banca do mercado, entre dois clientes, para finalmente vos escrever. A minha mãe foi operada à anca e ando dividida entre ela, a banca e o mar, e o mar eram vocês.\n\n{core}\n\nRecomendei sempre as vossas aulas a toda a gente. Gostava de continuar, mas isto tem de se resolver, e depressa.\n\nCom os melhores cumprimentos,\n{first} {last}",
    ],
}

CASE_SUBJ: dict[str, str] = {
    "fr": "Votre dossier {case}",
    "pt": "O seu processo {case}",
    "en": "Your case {case}",
    "de": "Ihr Vorgang {case}",
    "it": "La sua pratica {case}",
    "es": "Tu incidencia {case}",
}
RE_CASE_SUBJ: dict[str, str] = {
    "fr": "RE : Dossier {case}",
    "pt": "RE: Processo {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Pratica {case}",
    "es": "RE: Incidencia {case}",
}

CASE_OPENED: dict[str, str] = {
    "fr": "Bonjour {first},\nNous sommes vraiment désolés. Votre dossier {case} est ouvert et nous revenons vers vous sous 48 h.\n{agent}, service clients Praiola",
    "pt": "Olá {first},\nLamentamos muito o sucedido. O seu processo {case} está aberto e respondemos em 48 horas.\n{agent}, apoio ao cliente Praiola",
    "en": "Hi {first},\nSo sorry about this. Your case {case} is open and we'll be back to you within 48 hours.\n{agent}, Praiola customer care",
    "de": "Hallo {first},\ndanke für Ihre Nachricht, das hätte nicht passieren dürfen. Ihr Vorgang {case} ist eröffnet, wir melden uns innerhalb von 48 Stunden.\n{agent}, Praiola Kundenservice",
    "it": "Buongiorno {first},\nci scusi per quanto successo. La pratica {case} è aperta, la ricontattiamo entro 48 ore.\n{agent}, servizio clienti Praiola",
    "es": "Hola {first},\nsentimos mucho lo ocurrido. Tu incidencia {case} está abierta y te respondemos en 48 horas.\n{agent}, atención al cliente Praiola",
}

CHAT_CASE: dict[str, str] = {
    "fr": "Je suis vraiment désolée. Je vous ouvre un dossier tout de suite : {case}. Un collègue vous recontacte aujourd'hui.",
    "pt": "Lamento muito. Abri já o processo {case}, um colega contacta-o hoje.",
    "en": "I'm so sorry. I've opened case {case} for you, a colleague will be in touch today.",
    "de": "Das tut mir leid. Ich habe den Vorgang {case} eröffnet, ein Kollege meldet sich heute.",
    "it": "Mi dispiace molto. Ho aperto la pratica {case}, un collega la contatta oggi.",
    "es": "Lo siento mucho. Te abro la incidencia {case}, un compañero te contacta hoy.",
}

CHAT_URGENT: dict[str, str] = {
    "fr": "C'est noté dans le dossier {case}, je le passe en urgent.",
    "pt": "Fica registado no processo {case}, marquei como urgente.",
    "en": "Added to case {case} and marked urgent.",
    "de": "Zu Vorgang {case} hinzugefügt und als dringend markiert.",
    "it": "Aggiunto alla pratica {case} e segnato come urgente.",
    "es": "Añadido a la incidencia {case} y marcado como urgente.",
}

QUALITY_LEAD: dict[str, str] = {
    "fr": "Bonjour {first},\nVotre dossier {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.\n{agent}, Praiola",
    "pt": "Olá {first},\nO seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao meio-dia.\n{agent}, Praiola",
    "en": "Hi {first},\nYour case {case} is now with our quality lead, who'll call you before Friday lunchtime.\n{agent}, Praiola",
    "de": "Hallo {first},\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.\n{agent}, Praiola",
    "it": "Buongiorno {first},\nla pratica {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno.\n{agent}, Praiola",
    "es": "Hola {first},\ntu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n{agent}, Praiola",
}

GOOD_NEWS: dict[str, str] = {
    "fr": "Bonjour {first},\nBonne nouvelle concernant votre dossier {case} : le montant vous a été remboursé ce matin, vous le verrez sous 2-3 jours. Pouvez-vous nous confirmer que tout est en ordre ?\n{agent}, Praiola",
    "pt": "Olá {first},\nBoas notícias sobre o processo {case}: o valor foi reembolsado esta manhã, deve vê-lo em 2-3 dias. Pode confirmar-nos que está tudo em ordem?\n{agent}, Praiola",
    "en": "Hi {first},\nGood news on case {case}: the money went back to you this morning, you'll see it in 2-3 days. Could you confirm all's well?\n{agent}, Praiola",
    "de": "Hallo {first},\ngute Nachrichten zu Vorgang {case}: Der Betrag wurde heute früh erstattet, in 2-3 Tagen sehen Sie ihn. Können Sie bestätigen, dass alles passt?\n{agent}, Praiola",
    "it": "Buongiorno {first},\nbuone notizie sulla pratica {case}: l'importo è stato rimborsato stamattina, lo vedrà in 2-3 giorni. Può confermarci che è tutto a posto?\n{agent}, Praiola",
    "es": "Hola {first},\nbuenas noticias sobre la incidencia {case}: el importe se ha devuelto esta mañana, lo verás en 2-3 días. ¿Nos confirmas que todo está bien?\n{agent}, Praiola",
}

CONFIRM: Table = {
    "fr": [
        "Bien reçu pour le dossier {case}, le remboursement est arrivé. Merci !",
        "c'est bon pour {case}, tout est en ordre merci beaucoup",
    ],
    "pt": [
        "Confirmo, processo {case} resolvido, o dinheiro já entrou. Obrigada!",
        "tudo certo com o {case}, obrigado pela rapidez",
    ],
    "en": ["Confirmed, case {case} sorted, money's in. Thanks!"],
    "de": ["Bestätige: Vorgang {case} erledigt, das Geld ist da. Danke!"],
    "it": ["Confermo, pratica {case} risolta, i soldi sono arrivati. Grazie!"],
    "es": ["Confirmado, incidencia {case} resuelta, ya me ha llegado. ¡Gracias!"],
}

APOLOGY: Table = {
    "fr": [
        "Je voulais m'excuser pour mon message d'hier, j'étais à bout. Merci d'avoir réglé le dossier {case} si vite.",
        "désolée pour le ton d'hier... journée horrible. merci pour {case}",
    ],
    "pt": [
        "Queria pedir desculpa pela mensagem de ontem, estava mesmo em baixo. Obrigada por resolverem o {case} tão depressa.",
        "desculpem o tom de ontem, dia horrível. obrigado pelo {case}",
    ],
    "en": [
        "Sorry about yesterday's message, I'd had a rotten day. Thanks for sorting {case} so fast."
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, war ein schlimmer Tag. Danke, dass {case} so schnell erledigt ist."
    ],
    "it": [
        "Scusate per il tono di ieri, giornata pessima. Grazie per aver risolto {case} così in fretta."
    ],
    "es": ["Perdón por el mensaje de ayer, estaba fatal. Gracias por resolver {case} tan rápido."],
}

LOW_CSAT_WORDS: Table = {
    "fr": ["Nul", "aucune réponse", ""],
    "pt": ["Péssimo", "sem resposta", ""],
    "en": ["poor", ""],
    "de": ["schlecht", ""],
    "it": ["pessimo", ""],
    "es": ["fatal", ""],
}
LOW_NPS_WORDS: Table = {
    "fr": ["Je ne recommande pas en l'état", "déçue", ""],
    "pt": ["Assim não recomendo", "desiludida", ""],
    "en": ["not like this", ""],
    "de": ["so nicht", ""],
    "it": ["così no", ""],
    "es": ["así no", ""],
}

STILL: Table = {
    "fr": [
        "Dossier {case} : TOUJOURS rien pour {gist}. Je vous ai contactés {day}, personne ne m'a rappelée.",
        "re {case} toujours pas réglé ({gist}). je vous ai contactés {day}, ça commence à faire long",
    ],
    "pt": [
        "Processo {case}: AINDA nada sobre {gist}. Contactei-vos {day} e ninguém me ligou.",
        "re {case} continua por resolver ({gist}). contactei-vos {day}, já chega",
    ],
    "en": ["Case {case}: STILL nothing on {gist}. I contacted you {day}, nobody called back."],
    "de": [
        "Vorgang {case}: IMMER NOCH keine Lösung. Es geht um {gist}. Ich habe mich {day} gemeldet, niemand hat zurückgerufen."
    ],
    "it": [
        "Pratica {case}: ANCORA niente per {gist}. Vi ho contattato {day}, nessuno mi ha richiamato."
    ],
    "es": [
        "Incidencia {case}: TODAVÍA nada sobre {gist}. Os contacté {day} y nadie me ha llamado."
    ],
}

PHONE_STILL: dict[str, str] = {
    "fr": "oui bonjour je rappelle pour le dossier {case} c'est toujours pas réglé c'est pour {gist} je vous ai contactés {day} et toujours rien",
    "pt": "sim bom dia volto a ligar por causa do processo {case} continua por resolver é sobre {gist} contactei-vos {day} e nada",
    "en": "hi calling again about case {case} still not sorted it's {gist} i contacted you {day} and nothing",
    "de": "ja hallo ich rufe nochmal an wegen Vorgang {case} es geht um {gist} ich habe mich {day} gemeldet und nichts passiert",
    "it": "sì buongiorno richiamo per la pratica {case} ancora niente per {gist} vi ho contattato {day} e niente",
    "es": "hola buenas vuelvo a llamar por la incidencia {case} sigue sin resolver lo de {gist} os contacté {day} y nada",
}

THIRD: Table = {
    "fr": [
        "Une collègue surfe chez {comp}, chez eux ce genre de problème est réglé dans la journée.",
        "J'ai regardé les tarifs de {comp}, je vous le dis.",
    ],
    "pt": [
        "Uma colega faz surf na {comp} e lá isto resolve-se no próprio dia.",
        "Já fui ver os preços da {comp}.",
    ],
    "en": ["A mate surfs with {comp} and they sort this kind of thing the same day."],
    "de": ["Eine Kollegin surft bei {comp}, dort wird so was am selben Tag geklärt."],
    "it": ["Una collega fa surf con {comp} e lì si risolve in giornata."],
    "es": ["Una compañera hace surf con {comp} y allí esto se arregla en el día."],
}

FOURTH: dict[str, str] = {
    "fr": "C'est la QUATRIÈME fois que je vous contacte.",
    "pt": "É a QUARTA vez que vos contacto.",
    "en": "This is the FOURTH time I'm contacting you.",
    "de": "Das ist das VIERTE Mal, dass ich mich melde.",
    "it": "È la QUARTA volta che vi contatto.",
    "es": "Es la CUARTA vez que os contacto.",
}

WEEKDAYS: Table = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
}
EARLIER_TODAY: dict[str, str] = {
    "fr": "tout à l'heure",
    "pt": "há bocado",
    "en": "earlier today",
    "de": "vorhin",
    "it": "poco fa",
    "es": "hace un rato",
}

# ---- slide, leavers, grumbles, sarcasm -----------------------------------------------

SLIDE: Table = {
    "fr": [
        "Cours de ce matin à {beach} commencé avec 25 min de retard, aucun message. Bon, ça arrive.",
        "Leash usé jusqu'à la corde et combi encore trempée de la veille. Praiola c'était mieux avant.",
        "14 élèves pour UN moniteur ce matin. J'ai pris trois vagues en deux heures. Pas terrible pour le prix.",
        "Pack photos payé 19 € : floues, et sur la moitié c'est même pas moi. Je commence à en avoir marre de Praiola.",
        "40 € de « frais de changement de plage » parce que VOUS avez déplacé le cours à 20 km. Vous vous fichez de nous. C'est honteux.",
        "Ma cousine surfe chez {comp}, j'ai réservé mon prochain week-end chez eux. On verra bien.",
    ],
    "pt": [
        "A aula de hoje em {beach} começou 25 min atrasada, sem aviso. Pronto, acontece.",
        "Leash todo gasto e o fato ainda encharcado do dia anterior. A Praiola já foi melhor.",
        "14 alunos para UM instrutor hoje. Apanhei três ondas em duas horas. Fraquinho para o preço.",
        "Paguei 19 € pelas fotos: desfocadas e em metade nem sou eu. Começo a ficar farta da Praiola.",
        "40 € de « taxa de mudança de praia » porque VOCÊS mudaram a aula para 20 km daqui. Estão a gozar connosco. Vergonha.",
        "A minha prima faz surf na {comp}, marquei o próximo fim de semana com eles. Logo se vê.",
    ],
    "en": [
        "This morning's lesson at {beach} started 25 minutes late, no message. Fine, happens.",
        "Leash frayed to bits and the wetsuit still soaking from yesterday. Praiola used to be better.",
        "14 students to ONE instructor today. Caught three waves in two hours. Not great for the money.",
        "Paid £16 for the photo pack: blurry, and half of them aren't even me. Getting fed up with Praiola.",
        "£35 'beach change fee' because YOU moved the lesson 20 km away. Having a laugh. Disgraceful.",
        "My cousin surfs with {comp}, I've booked next weekend with them. We'll see.",
    ],
    "de": [
        "Kurs heute in {beach} 25 Minuten zu spät angefangen, keine Nachricht. Na gut, kann passieren.",
        "Leash völlig durch und der Anzug noch nass vom Vortag. Praiola war mal besser.",
        "14 Schüler für EINEN Lehrer heute. Drei Wellen in zwei Stunden. Schwach für den Preis.",
        "19 € fürs Fotopaket: unscharf, und auf der Hälfte bin ich nicht mal drauf. Langsam reicht's mit Praiola.",
        "40 € „Strandwechselgebühr“, weil IHR den Kurs 20 km weiter verlegt habt. Wollt ihr uns veräppeln? Unverschämt.",
        "Meine Cousine surft bei {comp}, ich hab das nächste Wochenende dort gebucht. Mal sehen.",
    ],
    "it": [
        "Lezione di stamattina a {beach} iniziata con 25 minuti di ritardo, nessun messaggio. Vabbè, capita.",
        "Leash consumato e muta ancora fradicia dal giorno prima. Praiola era meglio una volta.",
        "14 allievi per UN istruttore oggi. Tre onde in due ore. Scarso per quello che costa.",
        "19 € per le foto: sfocate, e in metà non ci sono nemmeno io. Comincio a essere stufa di Praiola.",
        "40 € di «cambio spiaggia» perché VOI avete spostato la lezione a 20 km. Ci prendete in giro. Vergogna.",
        "Mia cugina fa surf con {comp}, ho prenotato il prossimo weekend da loro. Vedremo.",
    ],
    "es": [
        "La clase de hoy en {beach} empezó 25 minutos tarde, sin avisar. Bueno, pasa.",
        "Leash destrozado y el neopreno todavía empapado del día anterior. Praiola era mejor antes.",
        "14 alumnos para UN monitor hoy. Tres olas en dos horas. Flojo para lo que cuesta.",
        "19 € por las fotos: borrosas y en la mitad ni salgo yo. Empiezo a estar harta de Praiola.",
        "40 € de «cambio de playa» porque VOSOTROS movisteis la clase a 20 km. Nos tomáis el pelo. Vergüenza.",
        "Mi prima hace surf con {comp}, he reservado el próximo finde con ellos. Ya veremos.",
    ],
}

# (subject, text)
LEAVE: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Résiliation Praiola Pass",
            "Bonjour,\nNous déménageons à Lyon à la rentrée, loin de l'océan, donc je voudrais résilier mon Praiola Pass et fermer mon compte. Merci pour ces deux belles années.\n{first} {last}",
        ),
        (
            "Fermeture de compte",
            "Bonjour, avec ma prime j'ai acheté ma propre planche et je surfe seule maintenant. Je souhaite arrêter le Pass et fermer mon compte. Merci pour tout ! {first}",
        ),
    ],
    "pt": [
        (
            "Cancelar Praiola Pass",
            "Bom dia,\nVamos mudar-nos para Madrid em setembro, longe do mar, por isso quero cancelar o Praiola Pass e fechar a conta. Obrigada por estes dois anos.\n{first} {last}",
        ),
        (
            "Fechar conta",
            "Olá, com o subsídio comprei a minha prancha e agora vou sozinho. Quero cancelar o Pass e fechar a conta. Obrigado por tudo! {first}",
        ),
    ],
    "en": [
        (
            "Cancel my Praiola Pass",
            "Hi,\nWe're moving to Birmingham in September, about as far from the sea as it gets, so I'd like to cancel the Praiola Pass and close my account. Thanks for two great years.\n{first}",
        )
    ],
    "de": [
        (
            "Kündigung Praiola Pass",
            "Hallo,\nwir ziehen im September nach München, weit weg vom Meer. Ich möchte den Praiola Pass kündigen und mein Konto schließen. Danke für zwei tolle Jahre.\n{first} {last}",
        )
    ],
    "it": [
        (
            "Disdetta Praiola Pass",
            "Buongiorno,\nci trasferiamo a Milano a settembre, lontano dal mare: vorrei disdire il Praiola Pass e chiudere il mio account. Grazie per questi due anni.\n{first}",
        )
    ],
    "es": [
        (
            "Baja Praiola Pass",
            "Hola,\nnos mudamos a Madrid en septiembre, lejos del mar, así que quiero dar de baja el Praiola Pass y cerrar mi cuenta. Gracias por estos dos años.\n{first}",
        )
    ],
}

SORRY_TO_GO: dict[str, str] = {
    "fr": "Bonjour {first},\nNous sommes tristes de vous voir partir ! Vous pouvez résilier le Pass et fermer le compte vous-même dans l'app ou sur le site (Mon compte > Pass). Bonne continuation et bonnes vagues,\n{agent}, Praiola",
    "pt": "Olá {first},\nTemos pena que se vá embora! Pode cancelar o Pass e fechar a conta na app ou no site (A minha conta > Pass). Tudo de bom e boas ondas,\n{agent}, Praiola",
    "en": "Hi {first},\nSorry to see you go! You can cancel the Pass and close the account yourself in the app or on the website (My account > Pass). All the best,\n{agent}, Praiola",
    "de": "Hallo {first},\nschade, dass Sie gehen! Sie können den Pass und das Konto selbst in der App oder auf der Website kündigen (Mein Konto > Pass). Alles Gute,\n{agent}, Praiola",
    "it": "Buongiorno {first},\nci dispiace vederla andare! Può disdire il Pass e chiudere l'account in autonomia nell'app o sul sito (Il mio account > Pass). Tutto il meglio,\n{agent}, Praiola",
    "es": "Hola {first},\n¡qué pena que te vayas! Puedes dar de baja el Pass y cerrar la cuenta en la app o en la web (Mi cuenta > Pass). Mucha suerte,\n{agent}, Praiola",
}

GRUMBLES: Table = {
    "fr": [
        "L'app me déconnecte à CHAQUE ouverture. Retaper son mot de passe sur la plage avec les mains mouillées, génial.",
        "Le SMS « conditions du jour » à 5h30 du matin, sérieusement ? Certains dorment.",
        "Douches de la cabane de {beach} encore froides. Comme d'hab.",
        "Jamais de combi à ma taille, toujours trop grande ou trop petite.",
        "Le point de rendez-vous change sans prévenir, j'ai tourné 20 min sur le parking.",
        "Parking de {beach} payant maintenant et rien dans l'app pour prévenir.",
        "Musique du bar de plage à fond pendant le cours, on n'entend pas le moniteur.",
    ],
    "pt": [
        "A app desliga-me a sessão SEMPRE que a abro. Pôr a password na praia com as mãos molhadas, ótimo.",
        "SMS das « condições do dia » às 5h30 da manhã, a sério? Há quem durma.",
        "Duches da cabana de {beach} outra vez frios. Como sempre.",
        "Nunca há fato do meu tamanho, ou grande ou pequeno.",
        "O ponto de encontro muda sem aviso, andei 20 min às voltas no parque.",
        "O estacionamento em {beach} agora é pago e a app não avisa nada.",
        "Música do bar da praia aos berros durante a aula, não se ouve o instrutor.",
    ],
}

SARCASM: Table = {
    "fr": [
        "Super « échauffement » ce matin : 40 min à attendre le van sur le parking 👏 Merci Praiola",
        "Planche louée livrée avec la collection complète de wax et de sable du client précédent, trop gentil 😂",
    ],
    "pt": [
        "Grande « aquecimento » hoje: 40 min à espera da carrinha no parque 👏 Obrigado Praiola",
        "A prancha alugada veio com a coleção completa de parafina e areia do cliente anterior, que simpáticos 😂",
    ],
    "en": [
        "Lovely 'warm-up' today: 40 minutes waiting for the van in the car park 👏 Cheers Praiola"
    ],
    "de": ["Tolles „Aufwärmen“ heute: 40 Minuten auf den Bus gewartet 👏 Danke Praiola"],
    "it": [
        "Bellissimo «riscaldamento» stamattina: 40 minuti ad aspettare il furgone al parcheggio 👏 Grazie Praiola"
    ],
    "es": [
        "Qué buen «calentamiento» hoy: 40 minutos esperando la furgo en el parking 👏 Gracias Praiola"
    ],
}

MILD: Pairs = {
    "fr": [
        (
            "La webcam de {beach} dans l'app montre encore l'image d'hier matin, pas pratique pour choisir son créneau",
            "Merci de nous le signaler ! La webcam est relancée, l'image se met à jour toutes les 10 min.",
        ),
        (
            "l'app repasse en anglais à chaque mise à jour, c'est pénible",
            "Désolés ! Le correctif arrive, en attendant Réglages > Langue la remet en français.",
        ),
    ],
    "pt": [
        (
            "A webcam de {beach} na app ainda mostra a imagem de ontem de manhã, assim é difícil escolher a hora",
            "Obrigada pelo aviso! Reiniciámos a webcam, a imagem atualiza de 10 em 10 min.",
        ),
        (
            "a app volta para inglês a cada atualização, é chato",
            "Pedimos desculpa! A correção vem a caminho, até lá Definições > Idioma resolve.",
        ),
    ],
    "en": [
        (
            "The {beach} webcam in the app is still showing yesterday morning's picture, bit useless for picking a slot",
            "Thanks for flagging it! Webcam restarted, it refreshes every 10 minutes.",
        )
    ],
    "de": [
        (
            "Die Webcam von {beach} in der App zeigt noch das Bild von gestern früh",
            "Danke für den Hinweis! Die Webcam läuft wieder, das Bild wird alle 10 Minuten aktualisiert.",
        )
    ],
    "it": [
        (
            "la webcam di {beach} nell'app mostra ancora l'immagine di ieri mattina",
            "Grazie della segnalazione! Webcam riavviata, si aggiorna ogni 10 minuti.",
        )
    ],
    "es": [
        (
            "La webcam de {beach} en la app sigue mostrando la imagen de ayer por la mañana",
            "¡Gracias por avisar! Webcam reiniciada, se actualiza cada 10 minutos.",
        )
    ],
}

FORM_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre message",
        "Bonjour {first},\nMerci pour votre remarque, c'est transmis à l'équipe de l'app.\nBonne journée,\n{agent}, Praiola",
    ),
    "pt": (
        "A sua mensagem",
        "Olá {first},\nObrigada pela observação, já passámos à equipa da app.\nBom dia,\n{agent}, Praiola",
    ),
    "en": (
        "Your message",
        "Hi {first},\nThanks for the note, it's passed on to the app team.\n{agent}, Praiola",
    ),
    "de": (
        "Ihre Nachricht",
        "Hallo {first},\ndanke für den Hinweis, er ist an das App-Team weitergegeben.\n{agent}, Praiola",
    ),
    "it": (
        "Il suo messaggio",
        "Buongiorno {first},\ngrazie della segnalazione, l'abbiamo girata al team dell'app.\n{agent}, Praiola",
    ),
    "es": (
        "Tu mensaje",
        "Hola {first},\ngracias por el aviso, se lo hemos pasado al equipo de la app.\n{agent}, Praiola",
    ),
}

# Monday grumble of the spike week, answered in chat
TIDE_QA: Pairs = {
    "fr": [
        (
            "Les horaires de marée mettent une éternité à charger dans l'app ce matin",
            "Merci, c'est vu : ça devrait aller mieux d'ici midi.",
        )
    ],
    "pt": [
        (
            "A tabela das marés está a demorar imenso a carregar na app esta manhã",
            "Obrigado, já vimos: deve melhorar até ao meio-dia.",
        )
    ],
}

# ---- the planted spike: the pre-session fitness declaration cannot be signed ---------

SPIKE_CODE = "WV/0438"

SPIKE_REPORT: dict[str, dict[str, list[str]]] = {
    "fr": {
        "social": [
            "Impossible de signer la déclaration d'aptitude dans l'app, erreur WV/0438 « déclaration incomplète ». Le moniteur refuse de nous mettre à l'eau. On est 8 en combi sur le sable à {beach} 🙃",
            "Erreur WV/0438 quand je signe la déclaration, du coup pas de cours. Réveillée à 6h pour rien",
            "Trois essais, trois fois WV/0438. Pas de déclaration signée, pas d'eau. Merci pour le réveil à 6h30 Praiola 🙄",
            "Toute la plage de {beach} coincée par l'erreur WV/0438 sur la déclaration d'aptitude, le moniteur fait le cours sur le sable 🤦",
        ],
        "chat": [
            "Bonjour, la déclaration d'aptitude ne passe pas : WV/0438 déclaration incomplète alors que tout est rempli. Le moniteur dit qu'il ne peut pas me prendre sans. Je fais quoi ?",
            "bjr erreur WV/0438 sur la déclaration, j'ai réinstallé l'app pareil. le cours commence dans 10 min",
        ],
        "community": [
            "Quelqu'un d'autre a l'erreur WV/0438 ce matin ? Impossible de valider la déclaration avant le cours, tout le groupe de {beach} est bloqué sur la plage",
            "Erreur WV/0438 ce matin à {beach} aussi ? Déclaration impossible à signer, personne n'est allé à l'eau.",
        ],
        "email": [
            "Bonjour,\nCe matin à {beach}, impossible de signer la déclaration d'aptitude dans l'app : message « WV/0438 déclaration incomplète » à chaque essai, même après réinstallation. Le moniteur n'a pas pu me faire entrer dans l'eau. J'ai fait 1 h de route. Que proposez-vous ?\n{first}",
            "Bonjour,\nJe n'ai pas pu faire mon cours de 9h à {beach} : la déclaration d'aptitude refuse de se signer, « WV/0438 déclaration incomplète ». Le moniteur a été gentil mais ne pouvait rien faire. Je voudrais un remboursement ou un report.\n{first} {last}",
        ],
        "web": [
            "Erreur WV/0438 « déclaration incomplète » en signant la déclaration d'aptitude avant le cours de 9h. Tous les champs sont remplis. Cours perdu."
        ],
    },
    "pt": {
        "social": [
            "Não dá para assinar a declaração de aptidão na app, erro WV/0438 « declaração incompleta ». O instrutor não nos deixa entrar na água. Estamos 8 de fato na areia em {beach} 🙃",
            "Erro WV/0438 ao assinar a declaração, resultado: sem aula. Acordei às 6h para nada",
            "Três tentativas, três vezes WV/0438. Sem declaração assinada não há água. Obrigadinho pelo despertador às 6h30 Praiola 🙄",
            "A praia toda de {beach} parada com o erro WV/0438 na declaração de aptidão, o instrutor está a dar a aula na areia 🤦",
        ],
        "chat": [
            "Bom dia, a declaração de aptidão não passa: WV/0438 declaração incompleta e está tudo preenchido. O instrutor diz que sem isso não posso entrar. O que faço?",
            "bom dia erro WV/0438 na declaração, reinstalei a app e igual. a aula começa daqui a 10 min",
        ],
        "community": [
            "Mais alguém com o erro WV/0438 esta manhã? Não dá para validar a declaração antes da aula, o grupo todo de {beach} parado na praia",
            "Erro WV/0438 também em {beach}? Impossível assinar a declaração, ninguém foi à água.",
        ],
        "email": [
            "Bom dia,\nHoje em {beach} não consegui assinar a declaração de aptidão na app: aparece « WV/0438 declaração incompleta » sempre, mesmo depois de reinstalar. O instrutor não me deixou entrar na água. Fiz 1 hora de caminho. O que propõem?\n{first}",
            "Bom dia,\nNão consegui fazer a aula das 9h em {beach}: a declaração de aptidão não se deixa assinar, « WV/0438 declaração incompleta ». O instrutor foi simpático mas não podia fazer nada. Quero o reembolso ou remarcar a aula.\n{first} {last}",
        ],
        "web": [
            "Erro WV/0438 « declaração incompleta » ao assinar a declaração de aptidão antes da aula das 9h. Todos os campos preenchidos. Aula perdida."
        ],
    },
    "en": {
        "any": [
            "Can't sign the fitness declaration in the app, error WV/0438 'declaration incomplete'. Instructor won't let anyone in the water. Whole group standing on the sand at {beach}",
            "WV/0438 every time I hit sign on the pre-lesson declaration. Everything's filled in. Lesson gone.",
            "Error WV/0438 on the fitness declaration at {beach}, reinstalled the app, same thing. No surfing for anyone",
        ]
    },
    "de": {
        "any": [
            "Die Tauglichkeitserklärung lässt sich in der App nicht unterschreiben, Fehler WV/0438 „Erklärung unvollständig“. Der Lehrer lässt niemanden ins Wasser. Wir stehen alle am Strand in {beach}",
            "WV/0438 bei jedem Versuch, die Erklärung vor dem Kurs zu unterschreiben. Alles ausgefüllt. Kurs weg.",
            "Fehler WV/0438 bei der Erklärung in {beach}, App neu installiert, gleiches Spiel. Keiner darf ins Wasser",
        ]
    },
    "it": {
        "any": [
            "Impossibile firmare la dichiarazione di idoneità nell'app, errore WV/0438 «dichiarazione incompleta». L'istruttore non fa entrare nessuno in acqua. Tutto il gruppo fermo in spiaggia a {beach}",
            "WV/0438 ogni volta che firmo la dichiarazione prima della lezione. Tutto compilato. Lezione persa.",
            "Errore WV/0438 sulla dichiarazione a {beach}, reinstallata l'app, niente da fare. Nessuno in acqua",
        ]
    },
    "es": {
        "any": [
            "No hay manera de firmar la declaración de aptitud en la app, error WV/0438 «declaración incompleta». El monitor no deja entrar a nadie al agua. Todo el grupo parado en la arena en {beach}",
            "WV/0438 cada vez que firmo la declaración antes de la clase. Todo rellenado. Clase perdida.",
            "Error WV/0438 en la declaración en {beach}, he reinstalado la app y nada. Nadie al agua",
        ]
    },
}

SPIKE_SUBJ: dict[str, str] = {
    "fr": "Cours de ce matin perdu : erreur WV/0438",
    "pt": "Aula de hoje perdida: erro WV/0438",
    "en": "Lesson lost this morning: error WV/0438",
    "de": "Kurs heute verloren: Fehler WV/0438",
    "it": "Lezione persa stamattina: errore WV/0438",
    "es": "Clase perdida esta mañana: error WV/0438",
}

SPIKE_AGAIN: Table = {
    "fr": [
        "Toujours WV/0438, même sur le téléphone de mon mari. Le groupe de 10h est aussi sur le sable.",
        "Re : toujours l'erreur WV/0438, j'ai tout réessayé. Quelqu'un peut répondre ?",
        "Je réessaie depuis 30 min, toujours WV/0438. Le moniteur nous fait faire des étirements en attendant 🙃",
    ],
    "pt": [
        "Continua WV/0438, até no telemóvel do meu marido. O grupo das 10h também está na areia.",
        "Ainda o erro WV/0438, já tentei tudo. Alguém responde?",
        "Há meia hora a tentar, sempre WV/0438. O instrutor pôs-nos a fazer alongamentos enquanto isso 🙃",
    ],
    "en": [
        "Still WV/0438, tried my partner's phone too. The 10 o'clock group is stuck as well.",
        "Half an hour of trying, still WV/0438. Anyone there?",
    ],
    "de": [
        "Immer noch WV/0438, auch auf dem Handy meines Mannes. Die 10-Uhr-Gruppe steht jetzt auch am Strand.",
        "Seit einer halben Stunde probiert, immer noch WV/0438. Meldet sich jemand?",
    ],
    "it": [
        "Ancora WV/0438, anche sul telefono di mio marito. Pure il gruppo delle 10 è fermo.",
        "Mezz'ora che riprovo, sempre WV/0438. C'è qualcuno?",
    ],
    "es": [
        "Sigue WV/0438, también en el móvil de mi marido. El grupo de las 10 también está parado.",
        "Media hora probando y sigue WV/0438. ¿Hay alguien?",
    ],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "fr": "Oui, la signature de la déclaration échoue sur toutes les plages ce matin (WV/0438), nos équipes sont dessus. Toutes nos excuses !",
    "pt": "Sim, a assinatura da declaração está a falhar em todas as praias esta manhã (WV/0438), a equipa já está a tratar. As nossas desculpas!",
    "en": "Yes, signing the declaration is failing at every beach this morning (WV/0438), our team is on it. So sorry!",
    "de": "Ja, das Unterschreiben der Erklärung schlägt heute früh an allen Stränden fehl (WV/0438), unser Team ist dran. Entschuldigung!",
    "it": "Sì, la firma della dichiarazione non funziona in nessuna spiaggia stamattina (WV/0438), il team ci sta lavorando. Ci scusi!",
    "es": "Sí, la firma de la declaración está fallando en todas las playas esta mañana (WV/0438), el equipo está en ello. ¡Perdón!",
}

# (subject, text)
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "fr": (
        "Déclaration d'aptitude : c'est réparé",
        "Bonjour {first},\nLa signature de la déclaration d'aptitude fonctionne de nouveau depuis {time} (heure locale). Le cours de ce matin vous est remboursé et nous ajoutons {credit} de crédit sur votre compte. Toutes nos excuses,\n{agent}, Praiola",
    ),
    "pt": (
        "Declaração de aptidão: já funciona",
        "Olá {first},\nA assinatura da declaração de aptidão voltou a funcionar desde as {time} (hora local). A aula desta manhã é reembolsada e juntámos {credit} de crédito à sua conta. As nossas desculpas,\n{agent}, Praiola",
    ),
    "en": (
        "Fitness declaration: fixed",
        "Hi {first},\nSigning the fitness declaration works again since {time} (local time). This morning's lesson is refunded and we've added {credit} credit to your account. Sorry again,\n{agent}, Praiola",
    ),
    "de": (
        "Tauglichkeitserklärung: behoben",
        "Hallo {first},\ndas Unterschreiben der Erklärung funktioniert seit {time} Uhr (Ortszeit) wieder. Der Kurs von heute Morgen wird erstattet, und wir haben {credit} Guthaben auf Ihr Konto gebucht. Entschuldigung,\n{agent}, Praiola",
    ),
    "it": (
        "Dichiarazione di idoneità: risolto",
        "Buongiorno {first},\nla firma della dichiarazione funziona di nuovo dalle {time} (ora locale). La lezione di stamattina è rimborsata e abbiamo aggiunto {credit} di credito al suo conto. Ci scusi,\n{agent}, Praiola",
    ),
    "es": (
        "Declaración de aptitud: arreglado",
        "Hola {first},\nla firma de la declaración vuelve a funcionar desde las {time} (hora local). La clase de esta mañana está reembolsada y te hemos añadido {credit} de crédito. Perdón de nuevo,\n{agent}, Praiola",
    ),
}

# Lone questions of the Friday before, about a declaration that was signed fine.
LONE_QA: Pairs = {
    "fr": [
        (
            "Bonjour, hier soir l'app m'a redemandé de signer la déclaration d'aptitude alors que je l'avais signée le mois dernier. Je l'ai fait, c'est passé. Je dois la refaire demain matin sur la plage ?",
            "Bonjour ! Non, elle est valable un mois, c'est pour ça qu'elle vous a été redemandée. Vous êtes en règle pour demain 🤙",
        )
    ],
    "pt": [
        (
            "Olá, ontem à noite a app pediu-me para assinar outra vez a declaração de aptidão, já a tinha assinado no mês passado. Assinei e passou. Tenho de voltar a assinar amanhã na praia?",
            "Olá! Não, vale um mês, por isso voltou a pedir. Está tudo em ordem para amanhã 🤙",
        )
    ],
}
