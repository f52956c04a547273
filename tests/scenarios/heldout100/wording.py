"""Words of Ritrava's household customers and agents (heldout100, written blind).

Ritrava: portrait photo studios booked by app and web (family, newborn, pet,
couple and Christmas mini-sessions, passport photos), online galleries, prints,
canvases and photo books, and a yearly Family Pass. Placeholders: {b} brand,
{case} case reference, {amt} an amount in the market's money, {comp} a
competitor, {day} a weekday, {first} a first name, {name} a full name, {short}
a problem in a few words, {fix} what was done, {time} a local time, {credit}
a credit.
"""

# ruff: noqa: E501

LANGS = ("de", "fr", "en", "es", "it", "pt")

WEEKDAYS: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

# (label, price in euros, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("Family session 60 min / Séance famille 60 min", 149.0, "/sessions/family"),
    ("Newborn session at home / Séance nouveau-né à domicile", 229.0, "/sessions/newborn"),
    ("Pet portrait session / Séance portrait animal", 119.0, "/sessions/pets"),
    ("Passport photos x4 / Photos d'identité x4", 14.9, "/passport-photos"),
    ("Christmas mini-session 20 min / Mini-séance de Noël 20 min", 69.0, "/sessions/christmas"),
    ("Canvas 60x40 / Toile 60x40", 89.0, "/prints/canvas"),
    ("Framed print 30x40 / Tirage encadré 30x40", 59.0, "/prints/framed"),
    ("Full digital gallery / Galerie numérique complète", 99.0, "/gallery/buy"),
    ("Couple session outdoors / Séance couple en extérieur", 169.0, "/sessions/couple"),
    ("Photo book 30 pages / Livre photo 30 pages", 65.0, "/prints/photo-book"),
]

PAGES = [
    "/sessions",
    "/sessions/family",
    "/gallery",
    "/prints",
    "/family-pass",
    "/studios",
    "/gift-cards",
]

PRAISE: dict[str, list[str]] = {
    "de": [
        "Heute Familienshooting bei {b} gehabt, die Fotografin hat sogar unseren Zweijährigen zum Lachen gebracht. Großartig!",
        "Die Bilder vom Neugeborenen-Shooting sind da und ich heule seit einer Stunde vor Glück. Danke {b}!",
        "Unser Hund war noch nie so fotogen 😄 tolles Team bei {b} in der Südstadt",
        "Passfotos in 5 Minuten, keine Wartezeit, freundlich. So muss das sein.",
        "Leinwand hängt im Flur und jeder Besuch fragt, wo wir die her haben. Von {b} natürlich",
    ],
    "fr": [
        "Séance famille chez {b} ce matin, la photographe a réussi à faire sourire mon ado. Un miracle 😂 Merci !",
        "Reçu la galerie de la séance nouveau-né, je pleure depuis une heure tellement c'est beau. Merci {b}",
        "Notre chien n'a jamais été aussi photogénique, équipe adorable chez {b}",
        "Photos d'identité faites en 5 minutes, personne devant moi, accueil sympa. Top",
        "La toile est au salon et tous les invités demandent d'où elle vient. De chez {b} bien sûr",
    ],
    "en": [
        "Family shoot at {b} this morning and the photographer got our toddler to sit still for a whole minute. Wizardry.",
        "Newborn gallery just landed and I've cried three times already. Thank you {b}",
    ],
    "es": [
        "Sesión de fotos en familia en {b} hoy, la fotógrafa consiguió que mi peque de 2 años sonriera. Genial",
        "Ha llegado la galería del recién nacido y no paro de llorar de lo bonita que es. Gracias {b}",
    ],
    "it": [
        "Servizio di famiglia da {b} stamattina, la fotografa ha fatto ridere perfino mio figlio di due anni. Bravissimi",
        "Arrivata la galleria del servizio neonato, piango da un'ora. Grazie {b}",
    ],
    "pt": [
        "Sessão de família na {b} hoje de manhã, a fotógrafa conseguiu pôr o meu filho de dois anos a sorrir. Espetacular",
        "Chegou a galeria da sessão de recém-nascido e já chorei três vezes. Obrigada {b}",
    ],
}

PRAISE_AGAIN: dict[str, list[str]] = {
    "de": [
        "Schon das dritte Jahr in Folge unser Weihnachtsfoto bei {b}, und wieder perfekt",
        "Wieder die nette Fotografin vom letzten Mal erwischt, die Kinder haben sie sofort erkannt 😊",
        "Immer noch begeistert von unserer Leinwand, hängt jetzt seit einem Jahr und ich schau sie jeden Tag an",
    ],
    "fr": [
        "Troisième année qu'on fait la photo de Noël chez {b}, et encore une réussite",
        "Encore tombés sur le même photographe que l'an dernier, les enfants l'ont reconnu tout de suite 😊",
        "Toujours aussi fan de notre tirage encadré, un an après",
    ],
    "en": ["Third year running we've done our Christmas photo at {b}, still brilliant"],
    "es": ["Tercer año seguido haciendo la foto de Navidad en {b}, otra vez perfecta"],
    "it": ["Terzo anno di fila che facciamo la foto di Natale da {b}, ancora perfetta"],
    "pt": ["Terceiro ano seguido a fazer a foto de Natal na {b}, outra vez perfeita"],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "de": [
        "Tolle Fotos, nur der Parkplatz vorm Studio ist eine Katastrophe. Trotzdem gern wieder",
        "Galerie super, nur schade dass der Download-Link nach 14 Tagen abläuft",
    ],
    "fr": [
        "Super photos, seul bémol : la salle d'attente est un peu froide. On reviendra quand même",
        "Galerie superbe, dommage que les fichiers s'appellent IMG_0001 et pas autrement",
    ],
    "en": ["Lovely photos, only gripe is the studio's tiny changing room. Would still go back"],
    "es": ["Fotos preciosas, solo que el vestuario del estudio es minúsculo. Volveremos igual"],
    "it": ["Foto bellissime, unico neo il camerino minuscolo. Torneremo comunque"],
    "pt": ["Fotos lindas, só o provador do estúdio é minúsculo. Voltamos na mesma"],
}

REVIEWS: dict[str, list[str]] = {
    "de": [
        "Sehr geduldig mit Kindern, Galerie nach 6 Tagen da, faire Preise.",
        "Professionell und herzlich. Die Retusche ist dezent, genau wie gewünscht.",
    ],
    "fr": [
        "Patience incroyable avec les enfants, galerie reçue en 6 jours, prix corrects.",
        "Très pro et chaleureux, retouches discrètes comme demandé.",
    ],
    "en": ["Patient with the kids, gallery in six days, fair prices."],
    "es": ["Mucha paciencia con los niños, galería en seis días, buen precio."],
    "it": ["Pazientissimi con i bambini, galleria in sei giorni, prezzi onesti."],
    "pt": ["Muita paciência com as crianças, galeria em seis dias, preço justo."],
}

# (question, agent's answer)
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo, kann ich beim Familienshooting auch den Hund mitbringen?",
            "Hallo! Ja, Hunde sind bei Familienshootings willkommen, bitte kurz im Buchungsfeld vermerken.",
        ),
        (
            "Wie lange ist der Galerie-Link eigentlich gültig?",
            "Der Link ist 14 Tage gültig, mit Family Pass 90 Tage. Gekaufte Bilder bleiben in Ihrem Konto.",
        ),
        (
            "Gibt es die Leinwand auch in 80x60?",
            "Ja, 80x60 finden Sie im Shop unter Leinwände, Lieferzeit 5 Werktage.",
        ),
        (
            "Muss ich fürs Neugeborenen-Shooting zuhause was vorbereiten?",
            "Den Raum schön warm halten (etwa 24 °C) und das Baby kurz vorher füttern, den Rest bringen wir mit.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que je peux venir avec mon chien pour la séance famille ?",
            "Bonjour ! Oui, les chiens sont les bienvenus, indiquez-le simplement dans la réservation.",
        ),
        (
            "Le lien de la galerie reste valable combien de temps ?",
            "14 jours, et 90 jours avec le Family Pass. Les photos achetées restent dans votre compte.",
        ),
        (
            "La toile existe en 80x60 ?",
            "Oui, dans la boutique rubrique Toiles, livraison en 5 jours ouvrés.",
        ),
        (
            "Il faut préparer quelque chose pour la séance nouveau-né à la maison ?",
            "Une pièce bien chauffée (24 °C environ) et un bébé nourri juste avant, on apporte le reste.",
        ),
    ],
    "en": [
        (
            "Hi, can we bring the dog to the family session?",
            "Hi! Dogs are very welcome, just add a note to the booking.",
        ),
        (
            "How long does the gallery link stay valid?",
            "14 days, or 90 days with the Family Pass. Photos you buy stay in your account.",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo llevar al perro a la sesión de familia?",
            "¡Hola! Sí, los perros son bienvenidos, indícalo en la reserva.",
        ),
        (
            "¿Cuánto tiempo vale el enlace de la galería?",
            "14 días, 90 con el Family Pass. Las fotos compradas se quedan en tu cuenta.",
        ),
    ],
    "it": [
        (
            "Ciao, posso portare il cane al servizio di famiglia?",
            "Ciao! Certo, i cani sono benvenuti, basta segnalarlo nella prenotazione.",
        ),
        (
            "Quanto dura il link della galleria?",
            "14 giorni, 90 con il Family Pass. Le foto acquistate restano nel tuo account.",
        ),
    ],
    "pt": [
        (
            "Olá, posso levar o cão à sessão de família?",
            "Olá! Sim, os cães são bem-vindos, basta indicar na reserva.",
        ),
        (
            "Quanto tempo dura o link da galeria?",
            "14 dias, 90 com o Family Pass. As fotos compradas ficam na sua conta.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "de": ["Super, danke!", "Danke für die schnelle Antwort 👍", "perfekt, danke"],
    "fr": ["Merci beaucoup !", "Top, merci pour la réponse rapide", "parfait merci"],
    "en": ["Great, thanks!", "cheers"],
    "es": ["¡Genial, gracias!", "gracias!!"],
    "it": ["Perfetto, grazie!", "grz"],
    "pt": ["Ótimo, obrigado!", "obg"],
}

# (call transcript, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "ja hallo ich wollte fragen ob man beim Weihnachtsshooting auch zwei Outfits machen kann also einmal schick und einmal im Schlafanzug",
            "Wie am Telefon besprochen: Beim Weihnachts-Mini-Shooting sind zwei Outfits möglich, kommen Sie bitte 10 Minuten früher.",
        ),
        (
            "guten tag ich hab die Galerie gekauft und würde gern wissen ob ich die Bilder auch im Drogeriemarkt drucken lassen darf",
            "Wie besprochen: Ja, mit der gekauften Galerie dürfen Sie die Bilder privat überall drucken lassen.",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut faire deux tenues pour la mini séance de noël une chic et une en pyjama",
            "Comme convenu au téléphone : deux tenues sont possibles pour la mini-séance de Noël, venez 10 minutes plus tôt.",
        ),
        (
            "bonjour j'ai acheté la galerie et je voudrais savoir si j'ai le droit de faire imprimer les photos ailleurs",
            "Comme convenu : oui, la galerie achetée vous permet d'imprimer les photos où vous voulez pour un usage privé.",
        ),
    ],
    "en": [
        (
            "hi yeah just wondering if we can do two outfits at the christmas mini session one smart one in pyjamas",
            "As discussed on the phone: two outfits are fine at the Christmas mini-session, please come 10 minutes early.",
        )
    ],
    "es": [
        (
            "hola quería saber si en la mini sesión de navidad se pueden hacer dos looks uno arreglado y otro en pijama",
            "Como hablamos por teléfono: en la mini sesión de Navidad puedes traer dos looks, ven 10 minutos antes.",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se alla mini sessione di natale si possono fare due outfit uno elegante e uno in pigiama",
            "Come detto al telefono: alla mini sessione di Natale due outfit vanno benissimo, venite 10 minuti prima.",
        )
    ],
    "pt": [
        (
            "olá queria saber se na mini sessão de natal dá para fazer dois looks um arranjado e outro de pijama",
            "Como falámos ao telefone: na mini sessão de Natal pode trazer dois looks, venha 10 minutos antes.",
        )
    ],
}

NIGHT_POST: dict[str, list[str]] = {
    "de": [
        "3 Uhr nachts, Baby trinkt, und ich scroll zum zehnten Mal durch unsere Neugeborenen-Galerie bei {b} 😍",
        "Nachtschicht vorbei, noch schnell das Weihnachtsshooting gebucht bevor alles weg ist",
        "Kann nicht schlafen und hab jetzt um halb drei das Fotobuch von unserer Hochzeit fertig gebaut. Sieht toll aus",
    ],
    "fr": [
        "3h du mat, biberon, et je regarde encore notre galerie nouveau-né 😍",
        "Fin de garde de nuit, j'ai réservé la mini-séance de Noël chez {b} avant qu'il n'y ait plus de place",
        "Insomnie productive : livre photo des vacances terminé à 2h du matin",
    ],
    "en": ["2am feed and I'm scrolling our newborn gallery for the tenth time 😍"],
    "es": ["Las 3 de la mañana, dando el biberón y mirando otra vez la galería del bebé 😍"],
    "it": ["Le 3 di notte, poppata, e riguardo per la decima volta la galleria del neonato 😍"],
    "pt": ["3 da manhã, a dar o biberão e a ver outra vez a galeria do bebé 😍"],
}

NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "kann ich das Shooting morgen noch auf nachmittags verschieben?",
            "Guten Abend! Ja, bis 12 Stunden vorher geht das kostenlos in der App unter Meine Termine.",
        ),
        (
            "bis wann muss ich die Bilder fürs Fotobuch auswählen damit es vor Weihnachten kommt?",
            "Bis zum 10. Dezember bestellt, ist es rechtzeitig da.",
        ),
    ],
    "fr": [
        (
            "je peux encore décaler la séance de demain à l'après-midi ?",
            "Bonsoir ! Oui, jusqu'à 12 h avant, gratuitement dans l'appli, rubrique Mes rendez-vous.",
        ),
        (
            "jusqu'à quand commander le livre photo pour l'avoir avant Noël ?",
            "Commandé avant le 10 décembre, il arrive à temps.",
        ),
    ],
    "en": [
        (
            "can I still move tomorrow's session to the afternoon?",
            "Evening! Yes, up to 12 hours before, free of charge in the app under My bookings.",
        )
    ],
    "es": [
        (
            "¿puedo cambiar la sesión de mañana a la tarde todavía?",
            "¡Buenas noches! Sí, hasta 12 horas antes y gratis desde la app, en Mis citas.",
        )
    ],
    "it": [
        (
            "posso ancora spostare il servizio di domani al pomeriggio?",
            "Buonasera! Sì, fino a 12 ore prima e gratis dall'app, in Le mie prenotazioni.",
        )
    ],
    "pt": [
        (
            "ainda posso passar a sessão de amanhã para a tarde?",
            "Boa noite! Sim, até 12 horas antes e sem custos na app, em As minhas marcações.",
        )
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["Alles bestens", "Danke!", "👍", "super Team", ""],
    "fr": ["Parfait", "Merci !", "😊", "équipe au top", ""],
    "en": ["Brilliant", "thanks!", ""],
    "es": ["Genial", "😊", ""],
    "it": ["Ottimo", "👍", ""],
    "pt": ["Excelente", "😊", ""],
}

LOW_SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["schlecht", "", "enttäuscht"],
    "fr": ["mauvais", "", "déçue"],
    "en": ["poor", ""],
    "es": ["mal", ""],
    "it": ["male", ""],
    "pt": ["mau", ""],
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

# Amount in euros named in each problem.
PROBLEM_AMOUNT: dict[str, float] = {
    "no_show": 229.0,
    "double_charge": 149.0,
    "damage": 89.0,
    "refund": 60.0,
    "wrong_price": 38.0,
    "cancel_fee": 45.0,
}

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "de": {
        "no_show": [
            "Neugeborenen-Shooting zuhause für {day} 10 Uhr gebucht. Baby angezogen, Wohnung geheizt, NIEMAND gekommen. Kein Anruf, nichts. Was soll das?",
            "Wir haben heute zwei Stunden auf die Fotografin gewartet, die nie kam. {amt} bezahlt für ein Shooting, das nicht stattgefunden hat.",
        ],
        "double_charge": [
            "Mir wurden die {amt} für das Familienshooting ZWEIMAL abgebucht. Bitte sofort zurückbuchen.",
            "Auf meinem Kontoauszug steht das Shooting doppelt, zweimal {amt}. Ich habe EINMAL gebucht.",
        ],
        "damage": [
            "Die Leinwand kam heute an, Rahmen gebrochen und ein Kratzer quer durchs Gesicht meiner Tochter. Für {amt}. Ich bin echt sauer.",
            "Leinwand ausgepackt: Ecke eingedrückt, Leinwand eingerissen. Das war ein Geschenk zum 70. meiner Mutter.",
        ],
        "refund": [
            "Die Anzahlung von {amt} für das verschobene Shooting ist nach drei Wochen immer noch nicht zurück. Wie lange noch?",
            "Drei Wochen warte ich jetzt auf meine {amt} Anzahlung. Ihr habt den Termin abgesagt, nicht ich.",
        ],
        "wrong_price": [
            "Ich habe den Family Pass und trotzdem den vollen Preis für die Abzüge bezahlt, {amt} zu viel. Bitte korrigieren.",
            "Wozu zahle ich eigentlich den Family Pass? Beim Bestellen kein Mitgliederpreis, {amt} mehr bezahlt.",
        ],
        "cancel_fee": [
            "Ich habe acht Tage vorher storniert und jetzt kommt eine Stornogebühr von {amt}?? Das ist eine Frechheit.",
            "Stornogebühr {amt} obwohl ich über eine Woche vorher abgesagt habe. Die Bestätigung hab ich noch!",
        ],
    },
    "fr": {
        "no_show": [
            "Séance nouveau-né à domicile réservée pour {day} 10h. Bébé habillé, appart chauffé, et PERSONNE n'est venu. Aucun appel. Sérieusement ?",
            "On a attendu la photographe deux heures ce matin, elle n'est jamais venue. {amt} payés pour rien.",
        ],
        "double_charge": [
            "Les {amt} de la séance famille ont été prélevés DEUX fois. Merci de rembourser immédiatement.",
            "Sur mon relevé la séance apparaît deux fois, 2 x {amt}. J'ai réservé UNE fois.",
        ],
        "damage": [
            "La toile est arrivée aujourd'hui, cadre cassé et une rayure en plein sur le visage de ma fille. Pour {amt}. Je suis furieuse.",
            "Toile déballée : coin enfoncé, toile déchirée. C'était le cadeau pour les 70 ans de ma mère.",
        ],
        "refund": [
            "L'acompte de {amt} pour la séance reportée n'est toujours pas remboursé après trois semaines. C'est long.",
            "Trois semaines que j'attends mes {amt} d'acompte. C'est vous qui avez annulé le rendez-vous, pas moi.",
        ],
        "wrong_price": [
            "J'ai le Family Pass et j'ai quand même payé le prix normal pour les tirages, {amt} de trop. Merci de corriger.",
            "À quoi sert le Family Pass ? Pas de prix membre à la commande, {amt} de plus.",
        ],
        "cancel_fee": [
            "J'ai annulé huit jours avant et on me facture {amt} de frais d'annulation ?? C'est inadmissible.",
            "Frais d'annulation de {amt} alors que j'ai annulé plus d'une semaine avant. J'ai gardé la confirmation !",
        ],
    },
    "en": {
        "no_show": [
            "Booked a newborn shoot at home for {day} 10am. Baby dressed, flat heated, NOBODY came. No call, nothing."
        ],
        "double_charge": [
            "You've taken the {amt} for the family session TWICE. Please refund one straight away."
        ],
        "damage": [
            "Canvas arrived today with the frame snapped and a scratch right across my daughter's face. {amt} for that."
        ],
        "refund": ["Still no sign of my {amt} deposit for the session you moved, three weeks on."],
        "wrong_price": [
            "I have the Family Pass and still paid full price for the prints, {amt} too much."
        ],
        "cancel_fee": [
            "I cancelled eight days ahead and now there's a {amt} late-cancellation fee?? Seriously."
        ],
    },
    "es": {
        "no_show": [
            "Sesión de recién nacido en casa reservada para el {day} a las 10. Bebé vestido, casa caldeada y NO VINO NADIE. Ni una llamada."
        ],
        "double_charge": [
            "Me habéis cobrado los {amt} de la sesión DOS veces. Devolvedme uno ya, por favor."
        ],
        "damage": [
            "El lienzo llegó hoy con el marco roto y un arañazo en la cara de mi hija. {amt} para esto."
        ],
        "refund": [
            "Tres semanas y la señal de {amt} de la sesión que cambiasteis sigue sin devolverse."
        ],
        "wrong_price": [
            "Tengo el Family Pass y me cobrasteis las copias a precio normal, {amt} de más."
        ],
        "cancel_fee": [
            "Cancelé ocho días antes y ahora me cobráis {amt} de cancelación?? Increíble."
        ],
    },
    "it": {
        "no_show": [
            "Servizio neonato a casa prenotato per {day} alle 10. Bimbo vestito, casa riscaldata e NON È VENUTO NESSUNO. Nemmeno una telefonata."
        ],
        "double_charge": [
            "Mi avete addebitato i {amt} del servizio DUE volte. Rimborsatemene uno, per favore."
        ],
        "damage": [
            "La tela è arrivata oggi con la cornice rotta e un graffio sul viso di mia figlia. {amt} per questo."
        ],
        "refund": [
            "Dopo tre settimane l'acconto di {amt} del servizio che avete spostato non è ancora tornato."
        ],
        "wrong_price": ["Ho il Family Pass e ho pagato le stampe a prezzo pieno, {amt} in più."],
        "cancel_fee": ["Ho disdetto otto giorni prima e mi addebitate {amt} di penale?? Assurdo."],
    },
    "pt": {
        "no_show": [
            "Sessão de recém-nascido em casa marcada para {day} às 10h. Bebé vestido, casa aquecida e NÃO VEIO NINGUÉM. Nem um telefonema."
        ],
        "double_charge": ["Cobraram os {amt} da sessão DUAS vezes. Devolvam um, por favor."],
        "damage": [
            "A tela chegou hoje com a moldura partida e um risco na cara da minha filha. {amt} para isto."
        ],
        "refund": [
            "Três semanas e o sinal de {amt} da sessão que remarcaram continua sem ser devolvido."
        ],
        "wrong_price": ["Tenho o Family Pass e paguei as impressões a preço normal, {amt} a mais."],
        "cancel_fee": [
            "Cancelei oito dias antes e agora cobram {amt} de cancelamento?? Inacreditável."
        ],
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "de": "Beschwerde: {short}",
    "fr": "Réclamation : {short}",
    "en": "Complaint: {short}",
    "es": "Reclamación: {short}",
    "it": "Reclamo: {short}",
    "pt": "Reclamação: {short}",
}

SHORT: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "Fotografin nicht erschienen",
        "double_charge": "doppelte Abbuchung",
        "damage": "Leinwand beschädigt",
        "refund": "Anzahlung nicht erstattet",
        "wrong_price": "kein Mitgliederpreis trotz Family Pass",
        "cancel_fee": "Stornogebühr trotz rechtzeitiger Absage",
    },
    "fr": {
        "no_show": "photographe jamais venue",
        "double_charge": "double prélèvement",
        "damage": "toile abîmée",
        "refund": "acompte non remboursé",
        "wrong_price": "pas de prix membre malgré le Family Pass",
        "cancel_fee": "frais d'annulation injustifiés",
    },
    "en": {
        "no_show": "photographer never turned up",
        "double_charge": "charged twice",
        "damage": "damaged canvas",
        "refund": "deposit not refunded",
        "wrong_price": "no member price despite Family Pass",
        "cancel_fee": "cancellation fee",
    },
    "es": {
        "no_show": "la fotógrafa no vino",
        "double_charge": "cobro duplicado",
        "damage": "lienzo dañado",
        "refund": "señal sin devolver",
        "wrong_price": "sin precio de socio con Family Pass",
        "cancel_fee": "gastos de cancelación",
    },
    "it": {
        "no_show": "la fotografa non è venuta",
        "double_charge": "addebito doppio",
        "damage": "tela danneggiata",
        "refund": "acconto non rimborsato",
        "wrong_price": "niente prezzo soci col Family Pass",
        "cancel_fee": "penale di disdetta",
    },
    "pt": {
        "no_show": "a fotógrafa não apareceu",
        "double_charge": "cobrança duplicada",
        "damage": "tela danificada",
        "refund": "sinal não devolvido",
        "wrong_price": "sem preço de sócio com o Family Pass",
        "cancel_fee": "taxa de cancelamento",
    },
}

FIX: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "ein neuer Termin am Samstag ist für Sie reserviert und das Shooting geht auf uns",
        "double_charge": "die doppelte Abbuchung ist storniert",
        "damage": "eine neue Leinwand ist unterwegs",
        "refund": "die Anzahlung wurde heute überwiesen",
        "wrong_price": "die Differenz wurde Ihnen erstattet",
        "cancel_fee": "die Stornogebühr wurde gestrichen",
    },
    "fr": {
        "no_show": "un nouveau rendez-vous samedi vous est réservé et la séance est offerte",
        "double_charge": "le double prélèvement est annulé",
        "damage": "une nouvelle toile est en route",
        "refund": "l'acompte a été viré aujourd'hui",
        "wrong_price": "la différence vous a été remboursée",
        "cancel_fee": "les frais d'annulation ont été annulés",
    },
    "en": {
        "no_show": "a new slot on Saturday is held for you and the shoot is on us",
        "double_charge": "the second charge has been reversed",
        "damage": "a new canvas is on its way",
        "refund": "the deposit was paid back today",
        "wrong_price": "the difference has been refunded",
        "cancel_fee": "the cancellation fee has been removed",
    },
    "es": {
        "no_show": "te hemos reservado otra cita el sábado y la sesión corre de nuestra cuenta",
        "double_charge": "el cobro duplicado está anulado",
        "damage": "un lienzo nuevo va de camino",
        "refund": "la señal se ha devuelto hoy",
        "wrong_price": "te hemos devuelto la diferencia",
        "cancel_fee": "hemos anulado los gastos de cancelación",
    },
    "it": {
        "no_show": "ti abbiamo riservato un nuovo appuntamento sabato e il servizio è offerto da noi",
        "double_charge": "l'addebito doppio è stato annullato",
        "damage": "una tela nuova è in viaggio",
        "refund": "l'acconto è stato rimborsato oggi",
        "wrong_price": "ti abbiamo rimborsato la differenza",
        "cancel_fee": "la penale è stata annullata",
    },
    "pt": {
        "no_show": "reservámos uma nova marcação no sábado e a sessão é por nossa conta",
        "double_charge": "a cobrança duplicada foi anulada",
        "damage": "uma tela nova vai a caminho",
        "refund": "o sinal foi devolvido hoje",
        "wrong_price": "devolvemos a diferença",
        "cancel_fee": "a taxa de cancelamento foi retirada",
    },
}

CALL_OPEN: dict[str, str] = {
    "de": "ja guten tag hier ist {name}",
    "fr": "oui bonjour c'est {name}",
    "en": "hi yeah it's {name}",
    "es": "hola buenas soy {name}",
    "it": "pronto buongiorno sono {name}",
    "pt": "olá bom dia fala {name}",
}

LONG_EMAIL: dict[str, list[str]] = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Kinderärztin, während mein Sohn seine Impfung bekommt, also verzeihen Sie bitte Tippfehler. Wir sind seit drei Jahren Kunden bei {b}, die Bilder von unserer Hochzeit und der Taufe hängen bei uns im Treppenhaus und ich habe Sie im Freundeskreis immer empfohlen. Umso ärgerlicher ist das hier: {complaint}\n\nIch erwarte eine Antwort bis morgen und eine Lösung, keine Textbausteine.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo liebes {b}-Team,\n\neigentlich wollte ich mich nur für den schönen Termin im Frühjahr bedanken, meine Eltern haben das Bild zur Goldenen Hochzeit bekommen und waren zu Tränen gerührt. Ich sitze gerade im Zug zur Messe nach Hannover und gehe endlich meine Post durch, und dabei ist mir das hier aufgefallen: {complaint}\n\nIch weiß, dass Fehler passieren, aber ich möchte das bitte schnell gelöst haben. Nebenbei renovieren wir gerade das Kinderzimmer und ich habe wirklich keinen Kopf für so etwas.\n\nViele Grüße\n{name}",
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris depuis le parking de la piscine pendant le cours de natation des jumeaux, donc pardonnez les fautes. Nous sommes clients de {b} depuis trois ans, les photos du mariage et du baptême sont dans notre entrée et je vous ai recommandés à toutes mes amies. C'est d'autant plus agaçant : {complaint}\n\nJ'attends une réponse d'ici demain et une vraie solution, pas un message automatique.\n\nCordialement,\n{name}",
        "Bonjour l'équipe {b},\n\nau départ je voulais juste vous remercier pour la belle séance du printemps, mes parents ont reçu la photo pour leurs noces d'or et ils ont pleuré. Je suis dans le TGV pour un salon à Lyon et je trie enfin mon courrier, et là je tombe sur ceci : {complaint}\n\nJe sais que les erreurs arrivent, mais j'aimerais que ce soit réglé vite. On refait la chambre du petit en ce moment et je n'ai vraiment pas la tête à ça.\n\nBien à vous,\n{name}",
    ],
}

CASE_OPENED: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Vorgang {case}",
        "Guten Tag {first},\n\nvielen Dank für Ihre Nachricht, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns so schnell wie möglich.\n\nIhr {b}-Kundenservice",
    ),
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first},\n\nmerci pour votre message et toutes nos excuses. Nous avons ouvert le dossier {case} et revenons vers vous au plus vite.\n\nLe service client {b}",
    ),
    "en": (
        "Your case {case}",
        "Hello {first},\n\nthank you for getting in touch, and we're sorry. We've opened case {case} and will come back to you as soon as we can.\n\n{b} customer care",
    ),
    "es": (
        "Tu incidencia {case}",
        "Hola {first}:\n\ngracias por escribirnos y lo sentimos mucho. Hemos abierto la incidencia {case} y te contestamos lo antes posible.\n\nAtención al cliente de {b}",
    ),
    "it": (
        "La tua pratica {case}",
        "Ciao {first},\n\ngrazie per averci scritto e ci scusiamo. Abbiamo aperto la pratica {case} e ti rispondiamo al più presto.\n\nAssistenza clienti {b}",
    ),
    "pt": (
        "O seu processo {case}",
        "Olá {first},\n\nobrigado pela mensagem e as nossas desculpas. Abrimos o processo {case} e respondemos assim que possível.\n\nApoio ao cliente {b}",
    ),
}

CHAT_CASE: dict[str, str] = {
    "de": "Das tut mir sehr leid! Ich habe den Vorgang {case} angelegt und an das Studio-Team gegeben, Sie hören heute noch von uns.",
    "fr": "Je suis vraiment désolée ! J'ai ouvert le dossier {case} et l'ai transmis à l'équipe du studio, vous aurez des nouvelles aujourd'hui.",
    "en": "I'm so sorry! I've opened case {case} and passed it to the studio team, you'll hear from us today.",
    "es": "¡Lo siento mucho! He abierto la incidencia {case} y la he pasado al equipo del estudio, hoy te decimos algo.",
    "it": "Mi dispiace molto! Ho aperto la pratica {case} e l'ho passata al team dello studio, ti aggiorniamo oggi.",
    "pt": "Lamento muito! Abri o processo {case} e passei à equipa do estúdio, hoje ainda damos notícias.",
}

GOOD_NEWS: dict[str, tuple[str, str]] = {
    "de": (
        "Gute Nachrichten zu {case}",
        "Guten Tag {first},\n\ngute Nachrichten zu Ihrem Vorgang {case}: {fix}. Könnten Sie uns kurz bestätigen, dass alles passt?\n\nIhr {b}-Kundenservice",
    ),
    "fr": (
        "Bonne nouvelle pour {case}",
        "Bonjour {first},\n\nbonne nouvelle pour votre dossier {case} : {fix}. Pourriez-vous nous confirmer que tout est en ordre ?\n\nLe service client {b}",
    ),
    "en": (
        "Good news on {case}",
        "Hello {first},\n\ngood news on case {case}: {fix}. Could you confirm everything is sorted?\n\n{b} customer care",
    ),
    "es": (
        "Buenas noticias: {case}",
        "Hola {first}:\n\nbuenas noticias sobre la incidencia {case}: {fix}. ¿Nos confirmas que todo está bien?\n\nAtención al cliente de {b}",
    ),
    "it": (
        "Buone notizie: {case}",
        "Ciao {first},\n\nbuone notizie sulla pratica {case}: {fix}. Ci confermi che è tutto a posto?\n\nAssistenza clienti {b}",
    ),
    "pt": (
        "Boas notícias: {case}",
        "Olá {first},\n\nboas notícias sobre o processo {case}: {fix}. Pode confirmar que está tudo bem?\n\nApoio ao cliente {b}",
    ),
}

REPLY_SUBJECT: dict[str, str] = {
    "de": "AW: Vorgang {case}",
    "fr": "RE : Dossier {case}",
    "en": "Re: Your case {case}",
    "es": "RE: Incidencia {case}",
    "it": "R: Pratica {case}",
    "pt": "RE: Processo {case}",
}

CONFIRM: dict[str, list[str]] = {
    "de": [
        "Bestätige: Vorgang {case} ist erledigt, alles angekommen. Danke!",
        "Passt, {case} kann geschlossen werden. Danke für die schnelle Lösung",
    ],
    "fr": [
        "Je confirme : dossier {case} réglé, tout est bon. Merci !",
        "C'est bon pour le dossier {case}, vous pouvez le fermer. Merci d'avoir fait vite",
    ],
    "en": ["Confirmed, case {case} is sorted. Thanks!"],
    "es": ["Confirmo: la incidencia {case} está resuelta. ¡Gracias!"],
    "it": ["Confermo: pratica {case} risolta, tutto ok. Grazie!"],
    "pt": ["Confirmo: processo {case} resolvido, está tudo bem. Obrigado!"],
}

APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry für meinen Ton gestern, war ein langer Tag. Danke, dass ihr euch so schnell gekümmert habt.",
        "Entschuldigung für die wütende Nachricht gestern. Ihr habt das echt gut gelöst.",
    ],
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite.",
        "Pardon pour le ton d'hier. Vous avez vraiment bien géré.",
    ],
    "en": ["Sorry for my tone yesterday, long day. Thanks for sorting it so fast."],
    "es": ["Perdón por el tono de ayer, fue un día horrible. Gracias por solucionarlo tan rápido."],
    "it": ["Scusate il tono di ieri, giornata pesante. Grazie per aver risolto così in fretta."],
    "pt": ["Desculpem o tom de ontem, foi um dia péssimo. Obrigada por resolverem tão depressa."],
}

AGAIN: dict[str, list[str]] = {
    "de": [
        "Vorgang {case}: {short}. Immer noch nichts passiert. Ich schreibe jetzt zum zweiten Mal.",
        "Ich melde mich nochmal wegen {case}, {short}, das ist IMMER NOCH offen.",
    ],
    "fr": [
        "Dossier {case} : {short}. Toujours rien. C'est la deuxième fois que j'écris.",
        "Je relance pour le dossier {case} ({short}), c'est TOUJOURS pas réglé.",
    ],
    "en": ["Case {case}: {short}. Still nothing. This is the second time I'm writing."],
    "es": ["Incidencia {case}: {short}. Sigue sin resolverse, es la segunda vez que escribo."],
    "it": ["Pratica {case}: {short}. Ancora niente, è la seconda volta che scrivo."],
    "pt": ["Processo {case}: {short}. Continua sem solução, é a segunda vez que escrevo."],
}

THIRD: dict[str, list[str]] = {
    "de": [
        "Zum dritten Mal, Vorgang {case}: {short}. Eine Kollegin geht zu {comp}, da wird sowas am selben Tag erledigt.",
        "Dritter Versuch wegen {case} ({short}). Ich hab mir schon angeschaut, was {comp} kostet.",
    ],
    "fr": [
        "Troisième fois, dossier {case} : {short}. Une collègue va chez {comp}, eux règlent ça le jour même.",
        "Troisième relance pour {case} ({short}). J'ai déjà regardé les prix de {comp}.",
    ],
    "en": [
        "Third time now, case {case}: {short}. A friend uses {comp} and they sort this kind of thing the same day."
    ],
    "es": [
        "Tercera vez, incidencia {case}: {short}. Una compañera va a {comp} y allí esto lo arreglan en el día."
    ],
    "it": [
        "Terza volta, pratica {case}: {short}. Una collega va da {comp} e lì risolvono in giornata."
    ],
    "pt": [
        "Terceira vez, processo {case}: {short}. Uma colega vai à {comp} e lá resolvem isto no mesmo dia."
    ],
}

FOURTH: dict[str, list[str]] = {
    "de": ["Zum VIERTEN Mal: Vorgang {case}, {short}. Ich hab echt keine Lust mehr."],
    "fr": ["QUATRIÈME fois : dossier {case}, {short}. J'en ai vraiment assez."],
    "en": ["FOURTH time: case {case}, {short}. I'm done chasing this."],
    "es": ["CUARTA vez: incidencia {case}, {short}. Estoy harta."],
    "it": ["QUARTA volta: pratica {case}, {short}. Sono stufa."],
    "pt": ["QUARTA vez: processo {case}, {short}. Estou farta."],
}

QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Vorgang {case}",
        "Guten Tag {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie bis Freitagmittag an.\n\nIhr {b}-Kundenservice",
    ),
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first},\n\nvotre dossier {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.\n\nLe service client {b}",
    ),
    "en": (
        "Your case {case}",
        "Hello {first},\n\nyour case {case} is now with our quality lead, who will call you before Friday lunchtime.\n\n{b} customer care",
    ),
    "es": (
        "Tu incidencia {case}",
        "Hola {first}:\n\ntu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\nAtención al cliente de {b}",
    ),
    "it": (
        "La tua pratica {case}",
        "Ciao {first},\n\nla tua pratica {case} ora è in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.\n\nAssistenza clienti {b}",
    ),
    "pt": (
        "O seu processo {case}",
        "Olá {first},\n\no seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço.\n\nApoio ao cliente {b}",
    ),
}

URGENT: dict[str, str] = {
    "de": "Ich habe das zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert.",
    "fr": "Je l'ai ajouté à votre dossier {case} et marqué comme urgent.",
    "en": "I've added this to case {case} and marked it urgent.",
    "es": "Lo he añadido a tu incidencia {case} y la he marcado como urgente.",
    "it": "L'ho aggiunto alla pratica {case} e l'ho segnata come urgente.",
    "pt": "Acrescentei ao processo {case} e marquei como urgente.",
}

# Six steps; the last names a competitor. Ratings when posted as reviews: 3, 3, 2, 2, 1, 1.
SLIDE: dict[str, list[list[str]]] = {
    "de": [
        [
            "Fotograf kam 40 Minuten zu spät zum Shooting, ohne Bescheid zu sagen. Die Kinder waren dann natürlich durch. Naja.",
            "Galerie sollte nach einer Woche da sein, jetzt sind es drei. Bei {b} war das früher anders.",
            "Die Hälfte der Bilder unscharf oder mit geschlossenen Augen. Retusche kostet extra, sagt man mir.",
            "Abzüge farblich total daneben, alles gelbstichig. Neudruck abgelehnt. Ich bin enttäuscht.",
            "Und jetzt noch 25 € Express-Gebühr für eine Galerie, die drei Wochen zu spät kam. Ich bin wirklich wütend, {b}.",
            "Meine Schwester geht zu {comp}, ich hab unser Weihnachtsfoto dort gebucht.",
        ],
        [
            "Termin kurzfristig um zwei Stunden verschoben, per SMS. Hm.",
            "Studio war eiskalt und die Fotografin genervt. Früher war das gemütlicher bei {b}.",
            "In der Galerie fehlen genau die Bilder mit Oma. Auf Nachfrage: gelöscht.",
            "Fotobuch kam mit vertauschten Seiten. Reklamation läuft seit zehn Tagen.",
            "25 € Versand für den Neudruck, den IHR verbockt habt?! Ich bin so sauer.",
            "Mein Nachbar schwört auf {comp}, wir machen die Weihnachtsbilder jetzt dort.",
        ],
    ],
    "fr": [
        [
            "Photographe arrivé avec 40 minutes de retard, sans prévenir. Les enfants n'en pouvaient plus. Bon.",
            "Galerie promise en une semaine, on en est à trois. Avant chez {b} c'était pas comme ça.",
            "La moitié des photos floues ou yeux fermés. La retouche est en supplément, paraît-il.",
            "Tirages aux couleurs complètement fausses, tout jaune. Réimpression refusée. Très déçue.",
            "Et maintenant 25 € de frais express pour une galerie arrivée avec trois semaines de retard. Je suis furieuse, {b}.",
            "Ma sœur va chez {comp}, j'ai réservé notre photo de Noël là-bas.",
        ],
        [
            "Rendez-vous décalé de deux heures au dernier moment, par SMS. Hmm.",
            "Studio glacial et photographe pressée. C'était plus chaleureux avant chez {b}.",
            "Dans la galerie il manque justement les photos avec mamie. Réponse : supprimées.",
            "Livre photo reçu avec les pages dans le désordre. Réclamation en cours depuis dix jours.",
            "25 € de port pour la réimpression de VOTRE erreur ?! Je suis hors de moi.",
            "Mon voisin ne jure que par {comp}, on fera les photos de Noël chez eux.",
        ],
    ],
    "en": [
        [
            "Photographer turned up 40 minutes late without a word. Kids were done by then. Oh well.",
            "Gallery was meant to take a week, it's been three. {b} used to be better than this.",
            "Half the photos blurry or eyes shut. Retouching costs extra, apparently.",
            "Prints came back with the colours all wrong, everything yellow. Reprint refused. Disappointed.",
            "And now a £22 express fee for a gallery three weeks late. I'm properly angry, {b}.",
            "My sister uses {comp}, I've booked our Christmas photo with them.",
        ]
    ],
    "es": [
        [
            "El fotógrafo llegó 40 minutos tarde sin avisar. Los niños ya no podían más. En fin.",
            "La galería iba a tardar una semana y van tres. {b} antes no era así.",
            "La mitad de las fotos movidas o con los ojos cerrados. El retoque se paga aparte, dicen.",
            "Copias con los colores fatal, todo amarillo. No quieren reimprimir. Qué decepción.",
            "Y ahora 25 € de 'gastos exprés' por una galería que llegó tres semanas tarde. Estoy muy enfadada, {b}.",
            "Mi hermana va a {comp}, he reservado allí la foto de Navidad.",
        ]
    ],
    "it": [
        [
            "Il fotografo è arrivato con 40 minuti di ritardo senza avvisare. I bambini erano già stanchi. Vabbè.",
            "La galleria doveva arrivare in una settimana, ne sono passate tre. {b} prima non era così.",
            "Metà delle foto mosse o con gli occhi chiusi. Il ritocco si paga a parte, dicono.",
            "Stampe con i colori sbagliati, tutto giallo. Ristampa rifiutata. Che delusione.",
            "E adesso 25 € di 'spese express' per una galleria arrivata con tre settimane di ritardo. Sono furiosa, {b}.",
            "Mia sorella va da {comp}, ho prenotato lì la foto di Natale.",
        ]
    ],
    "pt": [
        [
            "O fotógrafo chegou 40 minutos atrasado sem avisar. Os miúdos já estavam cansados. Enfim.",
            "A galeria era para uma semana e já vão três. A {b} antes não era assim.",
            "Metade das fotos tremidas ou de olhos fechados. O retoque paga-se à parte, dizem.",
            "Impressões com as cores todas erradas, tudo amarelo. Recusaram reimprimir. Que desilusão.",
            "E agora 25 € de 'taxa expresso' por uma galeria que chegou três semanas atrasada. Estou furiosa, {b}.",
            "A minha irmã vai à {comp}, marquei lá a foto de Natal.",
        ]
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Family Pass kündigen",
            "Hallo, unsere Kinder sind inzwischen Teenager und wollen sich nicht mehr fotografieren lassen 😅 Bitte kündigen Sie meinen Family Pass und schließen Sie mein Konto. Danke für die schönen Jahre!",
        ),
        (
            "Kündigung und Kontoschließung",
            "Guten Tag, wir ziehen im Dezember nach Kanada. Ich möchte den Family Pass kündigen und mein Konto schließen. Viele Grüße",
        ),
    ],
    "fr": [
        (
            "Résiliation Family Pass",
            "Bonjour, on a acheté un bon appareil photo et mon mari s'est découvert une passion 😅 Merci de résilier mon Family Pass et de fermer mon compte.",
        ),
        (
            "Résiliation et fermeture du compte",
            "Bonjour, nous partons vivre au Québec. Je souhaite résilier le Family Pass et fermer mon compte. Cordialement",
        ),
    ],
    "en": [
        (
            "Cancel Family Pass",
            "Hi, the kids are teenagers now and refuse any photo 😅 Please cancel my Family Pass and close my account. Thanks for the lovely years!",
        )
    ],
    "es": [
        (
            "Cancelar Family Pass",
            "Hola, mi cuñado se ha hecho fotógrafo y nos hace las fotos gratis 😅 Quiero cancelar el Family Pass y cerrar mi cuenta.",
        )
    ],
    "it": [
        (
            "Disdetta Family Pass",
            "Buongiorno, ci trasferiamo all'estero a gennaio. Vorrei disdire il Family Pass e chiudere il mio account.",
        )
    ],
    "pt": [
        (
            "Cancelar Family Pass",
            "Olá, vamos emigrar em janeiro. Quero cancelar o Family Pass e fechar a minha conta.",
        )
    ],
}

SORRY_GO: dict[str, str] = {
    "de": "Guten Tag {first},\n\nschade, dass Sie gehen! Kündigen können Sie selbst in der App oder auf der Website unter Konto > Family Pass. Alles Gute!\n\nIhr {b}-Kundenservice",
    "fr": "Bonjour {first},\n\ndommage de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Compte > Family Pass. Bonne continuation !\n\nLe service client {b}",
    "en": "Hello {first},\n\nsorry to see you go! You can cancel yourself in the app or on the website under Account > Family Pass. All the best!\n\n{b} customer care",
    "es": "Hola {first}:\n\n¡qué pena que te vayas! Puedes cancelar tú misma en la app o en la web, en Cuenta > Family Pass. ¡Mucha suerte!\n\nAtención al cliente de {b}",
    "it": "Ciao {first},\n\nci dispiace vederti andare! Puoi disdire da solo nell'app o sul sito, in Account > Family Pass. Tanti auguri!\n\nAssistenza clienti {b}",
    "pt": "Olá {first},\n\ntemos pena que se vá! Pode cancelar na app ou no site, em Conta > Family Pass. Tudo de bom!\n\nApoio ao cliente {b}",
}

GRUMPY: dict[str, list[str]] = {
    "de": [
        "Die App loggt mich JEDES Mal aus. Jedes. Mal.",
        "Erinnerungs-SMS um 6 Uhr morgens. Danke auch.",
        "Wartebereich im Studio eiskalt, das Baby hat gefroren.",
        "Parkplatz vorm Studio wieder voll, 20 Minuten gesucht.",
        "Wasserzeichen in der Vorschau so riesig, dass man nichts erkennt.",
        "Galerie-Link schon wieder abgelaufen, ich komm da nicht hinterher.",
        "Musik im Studio viel zu laut, der Kleine hat nur geweint.",
    ],
    "fr": [
        "L'appli me déconnecte À CHAQUE FOIS. À chaque fois.",
        "SMS de rappel à 6h du matin. Merci bien.",
        "Salle d'attente glaciale, le bébé avait froid.",
        "Parking du studio encore plein, 20 minutes à tourner.",
        "Le filigrane sur les aperçus est tellement énorme qu'on ne voit rien.",
        "Lien de la galerie encore expiré, impossible de suivre.",
        "Musique beaucoup trop forte au studio, le petit a pleuré tout du long.",
    ],
    "en": [
        "App logs me out EVERY single time.",
        "Reminder text at 6am. Thanks for that.",
        "Waiting area freezing, baby was cold.",
        "Studio car park full again, 20 minutes circling.",
        "Watermark on the previews so huge you can't see anything.",
        "Gallery link expired again, can't keep up.",
    ],
    "es": [
        "La app me cierra la sesión CADA vez.",
        "SMS de recordatorio a las 6 de la mañana. Gracias, eh.",
        "Sala de espera helada, el bebé pasó frío.",
        "Parking del estudio lleno otra vez, 20 minutos dando vueltas.",
        "La marca de agua de las vistas previas es tan grande que no se ve nada.",
        "Otra vez caducado el enlace de la galería.",
    ],
    "it": [
        "L'app mi fa uscire OGNI volta.",
        "SMS di promemoria alle 6 del mattino. Grazie eh.",
        "Sala d'attesa gelida, il bimbo aveva freddo.",
        "Parcheggio dello studio di nuovo pieno, 20 minuti a girare.",
        "Filigrana sulle anteprime così grande che non si vede niente.",
        "Link della galleria scaduto di nuovo.",
    ],
    "pt": [
        "A app termina a sessão SEMPRE.",
        "SMS de lembrete às 6 da manhã. Obrigadinha.",
        "Sala de espera gelada, o bebé passou frio.",
        "Parque do estúdio cheio outra vez, 20 minutos às voltas.",
        "A marca de água nas pré-visualizações é tão grande que não se vê nada.",
        "Link da galeria expirado outra vez.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Danke {b} für die Express-Galerie, nur 19 Tage gewartet 👏",
        "Schön, dass die beruhigende Musik im Studio Techno ist, das Baby war begeistert 😂",
    ],
    "fr": [
        "Merci {b} pour la galerie express, seulement 19 jours d'attente 👏",
        "J'adore que la musique apaisante du studio soit de la techno, bébé a adoré 😂",
    ],
    "en": ["Thanks {b} for the express gallery, only 19 days 👏"],
    "es": ["Gracias {b} por la galería exprés, solo 19 días de espera 👏"],
    "it": ["Grazie {b} per la galleria express, solo 19 giorni di attesa 👏"],
    "pt": ["Obrigada {b} pela galeria expresso, só 19 dias de espera 👏"],
}

# Quiet hours: one mild grumble. (text, agent's answer)
GRUMBLE_ONCE: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die Studiosuche zeigt mir nur Studios in Köln, ich wohne in Graz??",
            "Danke für den Hinweis! Bitte den Standort in der App einmal neu freigeben, dann passt die Suche.",
        ),
        (
            "Die Terminbestätigung kam dreimal per Mail, bisschen viel",
            "Danke, das haben wir an das App-Team weitergegeben.",
        ),
    ],
    "fr": [
        (
            "La recherche de studios m'affiche Lille alors que j'habite à Genève ??",
            "Merci ! Réautorisez la localisation dans l'appli, la recherche sera correcte.",
        ),
        (
            "J'ai reçu la confirmation de rendez-vous trois fois par mail, un peu beaucoup",
            "Merci, c'est transmis à l'équipe de l'appli.",
        ),
    ],
    "en": [
        (
            "Studio search keeps showing me Leeds, I live in Cork?",
            "Thanks! Please allow location again in the app and the search will be right.",
        )
    ],
    "es": [
        (
            "El buscador de estudios me sale en Valencia y vivo en Bilbao??",
            "¡Gracias! Vuelve a permitir la ubicación en la app y saldrá bien.",
        )
    ],
    "it": [
        (
            "La ricerca studi mi mostra Bari, ma abito a Torino??",
            "Grazie! Riattiva la posizione nell'app e la ricerca sarà giusta.",
        )
    ],
    "pt": [
        (
            "A pesquisa de estúdios mostra-me Faro e eu vivo em Braga??",
            "Obrigado! Volte a autorizar a localização na app e fica certo.",
        )
    ],
}

FORM_ACK: dict[str, tuple[str, str]] = {
    "de": (
        "Ihr Hinweis",
        "Guten Tag {first},\n\ndanke für Ihren Hinweis, wir haben ihn an das zuständige Team weitergegeben.\n\nIhr {b}-Kundenservice",
    ),
    "fr": (
        "Votre remarque",
        "Bonjour {first},\n\nmerci pour votre remarque, nous l'avons transmise à l'équipe concernée.\n\nLe service client {b}",
    ),
    "en": (
        "Your note",
        "Hello {first},\n\nthanks for letting us know, we've passed it to the team.\n\n{b} customer care",
    ),
    "es": (
        "Tu comentario",
        "Hola {first}:\n\ngracias por avisarnos, lo hemos pasado al equipo.\n\nAtención al cliente de {b}",
    ),
    "it": (
        "La tua segnalazione",
        "Ciao {first},\n\ngrazie della segnalazione, l'abbiamo passata al team.\n\nAssistenza clienti {b}",
    ),
    "pt": (
        "O seu comentário",
        "Olá {first},\n\nobrigado pelo aviso, passámos à equipa.\n\nApoio ao cliente {b}",
    ),
}

# topic_spike's Monday grumble: (text, answer)
SLOW_GALLERY: dict[str, tuple[str, str]] = {
    "de": (
        "Die Galerie lädt heute ewig, jedes Bild 10 Sekunden",
        "Danke! Heute früh war der Server etwas langsam, jetzt sollte es wieder flott gehen.",
    ),
    "fr": (
        "La galerie met des plombes à charger aujourd'hui",
        "Merci ! Le serveur était un peu lent ce matin, ça devrait aller mieux maintenant.",
    ),
}

# The planted spike: purchased photos come out mirrored, banner OR-27X.
SPIKE: dict[str, list[str]] = {
    "de": [
        "@Ritrava alle gekauften Fotos kommen gespiegelt runter!! Die Schrift auf dem Pulli meines Sohnes steht verkehrt rum. App zeigt OR-27X. Was ist da los?",
        "Wollte heute die Weihnachtskarten bestellen, in der Vorschau ist jedes Bild seitenverkehrt und oben steht Ausrichtungsprüfung fehlgeschlagen (OR-27X). So kann ich nix bestellen",
        "Hallo, seit heute früh lädt die App unsere Galerie nur gespiegelt herunter, Fehler OR-27X. Der Scheitel meines Mannes ist plötzlich links 😅 Bitte beheben",
        "ALLE Bilder gespiegelt!!! Auch die von letzter Woche, wenn ich sie neu lade. OR-27X. Die Karten müssen heute in den Druck",
        "Download aus der Galerie kommt seitenverkehrt, auch am Laptop. Meldung OR-27X. Geht das nur mir so?",
        "guten morgen, im Fotobuch sind alle Bilder gespiegelt und die App sagt OR-27X, kann man das reparieren",
    ],
    "fr": [
        "@Ritrava toutes les photos téléchargées sortent en miroir !! Le prénom sur le pull de ma fille se lit à l'envers. Code OR-27X",
        "Je voulais commander nos cartes de Noël ce matin, l'aperçu montre chaque photo inversée gauche-droite et contrôle d'orientation échoué (OR-27X)",
        "Bonjour, depuis ce matin l'appli télécharge la galerie en miroir, erreur OR-27X. Merci de corriger vite",
        "TOUTES les photos en miroir, même celles de la semaine dernière si je les retélécharge. OR-27X. Les cartes doivent partir aujourd'hui !",
        "Le téléchargement de la galerie sort inversé, même sur l'ordi. Message OR-27X. C'est que moi ?",
        "bjr, dans le livre photo toutes les images sont en miroir et l'appli affiche OR-27X",
    ],
    "en": [
        "@Ritrava every photo I download comes out mirrored, the writing on my son's jumper is backwards. Banner says OR-27X",
        "Trying to order Christmas cards and every preview is flipped left to right, orientation check failed OR-27X. Can't order like this",
    ],
    "es": [
        "@Ritrava todas las fotos descargadas salen en espejo, el nombre de la camiseta de mi hija se lee al revés. Código OR-27X",
        "Quería pedir las felicitaciones de Navidad y todas las vistas previas salen invertidas, error OR-27X",
    ],
    "it": [
        "@Ritrava tutte le foto scaricate escono a specchio, la scritta sulla felpa di mio figlio è al contrario. Codice OR-27X",
        "Volevo ordinare i biglietti di Natale ma ogni anteprima è ribaltata, controllo orientamento fallito OR-27X",
    ],
    "pt": [
        "@Ritrava todas as fotos descarregadas saem em espelho, o nome na camisola da minha filha lê-se ao contrário. Código OR-27X",
        "Queria encomendar os postais de Natal e todas as pré-visualizações saem invertidas, erro OR-27X",
    ],
}

SPIKE_SUBJECT: dict[str, str] = {
    "de": "Galerie gespiegelt, OR-27X",
    "fr": "Galerie en miroir, OR-27X",
    "en": "Photos mirrored, OR-27X",
    "es": "Fotos en espejo, OR-27X",
    "it": "Foto a specchio, OR-27X",
    "pt": "Fotos em espelho, OR-27X",
}

SPIKE_AGAIN: dict[str, list[str]] = {
    "de": [
        "Immer noch OR-27X, jetzt auch am Handy meiner Frau, alles gespiegelt",
        "Nochmal: Galerie weiterhin seitenverkehrt, OR-27X, auch nach Neuinstallation der App",
    ],
    "fr": [
        "Toujours OR-27X, même sur le téléphone de mon mari, tout est en miroir",
        "Je relance : galerie toujours inversée, OR-27X, même après avoir réinstallé l'appli",
    ],
    "en": ["Still OR-27X, tried my wife's phone too, everything still mirrored"],
    "es": ["Sigue saliendo OR-27X, también en el móvil de mi marido, todo en espejo"],
    "it": ["Ancora OR-27X, anche sul telefono di mio marito, tutto a specchio"],
    "pt": ["Continua OR-27X, também no telemóvel do meu marido, tudo em espelho"],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "de": "Ja, gerade kommen alle Galerie-Downloads gespiegelt heraus (OR-27X), unser Technikteam ist dran. Bitte jetzt noch keine Drucke bestellen.",
    "fr": "Oui, en ce moment tous les téléchargements de galerie sortent en miroir (OR-27X), nos techniciens sont dessus. Merci de ne pas commander de tirages pour l'instant.",
    "en": "Yes, right now every gallery download comes out mirrored (OR-27X), our engineers are on it. Please hold off on print orders for now.",
    "es": "Sí, ahora mismo todas las descargas salen en espejo (OR-27X), el equipo técnico está en ello. Mejor no pidas copias todavía.",
    "it": "Sì, in questo momento tutti i download escono a specchio (OR-27X), i tecnici ci stanno lavorando. Meglio non ordinare stampe per ora.",
    "pt": "Sim, neste momento todas as transferências saem em espelho (OR-27X), a equipa técnica está a tratar. Por agora não encomende impressões.",
}

SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "de": (
        "Ihre Galerie ist wieder richtig herum",
        "Guten Tag {first},\n\nseit {time} Uhr kommen Downloads und Druckvorschauen wieder richtig herum. Gespiegelte Bestellungen von heute haben wir storniert, als Entschuldigung haben wir Ihnen {credit} gutgeschrieben.\n\nIhr {b}-Kundenservice",
    ),
    "fr": (
        "Votre galerie est rétablie",
        "Bonjour {first},\n\ndepuis {time} les téléchargements et les aperçus d'impression sont de nouveau dans le bon sens. Les commandes en miroir de ce matin sont annulées et nous vous avons crédité {credit} pour nous excuser.\n\nLe service client {b}",
    ),
    "en": (
        "Your gallery is the right way round again",
        "Hello {first},\n\nsince {time} downloads and print previews are the right way round again. This morning's mirrored orders are cancelled and we've added a {credit} credit to say sorry.\n\n{b} customer care",
    ),
    "es": (
        "Tu galería vuelve a estar bien",
        "Hola {first}:\n\ndesde las {time} las descargas y vistas previas vuelven a salir bien. Hemos anulado los pedidos en espejo de esta mañana y te hemos abonado {credit} como disculpa.\n\nAtención al cliente de {b}",
    ),
    "it": (
        "La tua galleria è tornata a posto",
        "Ciao {first},\n\ndalle {time} download e anteprime di stampa escono di nuovo nel verso giusto. Abbiamo annullato gli ordini a specchio di stamattina e ti abbiamo accreditato {credit} per scusarci.\n\nAssistenza clienti {b}",
    ),
    "pt": (
        "A sua galeria voltou ao normal",
        "Olá {first},\n\ndesde as {time} as transferências e pré-visualizações voltaram a sair bem. Anulámos as encomendas em espelho desta manhã e creditámos {credit} como pedido de desculpa.\n\nApoio ao cliente {b}",
    ),
}

# Friday before the spike: a question about a preview that looked turned, answered.
LONE_Q: dict[str, tuple[str, str]] = {
    "de": (
        "Gestern Abend war ein Bild in der Galerie-Vorschau um 90 Grad gedreht, der Download war aber richtig. Wird der Abzug morgen richtig rum gedruckt?",
        "Ja! Nur die kleine Vorschau dreht Hochformate manchmal, gedruckt wird die Originaldatei, die ist richtig.",
    ),
    "fr": (
        "Hier soir une photo était tournée de 90 degrés dans l'aperçu de la galerie, mais le téléchargement était bon. Le tirage de demain sera dans le bon sens ?",
        "Oui ! Seul le petit aperçu tourne parfois les portraits, l'impression utilise le fichier original, qui est correct.",
    ),
}
