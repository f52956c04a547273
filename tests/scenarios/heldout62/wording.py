# ruff: noqa: E501
"""Wording of heldout62's households (Certalia: energy certificates for homes sold or let).

Written from the stories, blind: nothing here was chosen for or against any rule.
Placeholders: {brand}, {name}, {agent}, {case}, {amount}, {comp}, {topic}, {time}, {credit}.
"""

from __future__ import annotations

BRAND = "Certalia"
COMPETITORS = ("Termio", "Quadrella")

# (English label / Spanish label, price in euros)
PRODUCTS: list[tuple[str, int]] = [
    ("Energy certificate, flat up to 90 m² / Certificado energético, piso hasta 90 m²", 95),
    ("Energy certificate, house / Certificado energético, vivienda unifamiliar", 149),
    ("Energy certificate + floor plan / Certificado energético + plano", 139),
    ("Express certificate 72 h / Certificado exprés 72 h", 129),
    ("Certalia Casa plan, 12 months / Plan Certalia Casa, 12 meses", 59),
    ("Improvement report / Informe de mejoras", 45),
]
PAGES = [
    "/certificates/flat",
    "/certificates/house",
    "/prices",
    "/my-visit",
    "/casa-plan",
    "/help/registration",
    "/areas",
    "/improvements",
]

PRAISE: dict[str, list[str]] = {
    "es": [
        "El técnico de {brand} vino puntual, midió todo el piso con calma y me explicó lo de las ventanas. Certificado en el correo a los dos días 👌",
        "Vendiendo el piso de mi madre y lo único que ha ido rodado ha sido el certificado energético con {brand}. Gracias a la técnica por la paciencia con el gato",
        "pues nada, certificado de la casa del pueblo hecho y registrado sin que yo moviera un dedo. Recomiendo {brand}",
        "Me daba una pereza horrible el papeleo del alquiler y con {brand} en una semana lo tenía todo. Hasta me dijeron qué aislar para subir de letra",
        "Pasamos de una E a una D solo con los datos bien metidos de la caldera nueva. El técnico se lo curró, gracias {brand}",
    ],
    "de": [
        "Energieausweis für die Eigentumswohnung über {brand}: Termin in 3 Tagen, der Gutachter war superfreundlich und hat sogar den Heizungskeller fotografiert. Top",
        "Wir verkaufen Omas Haus und der Makler wollte den Ausweis SOFORT. {brand} hat's in 48h geschafft. Danke!!",
        "kurz und knapp: pünktlich, sauber erklärt, Ausweis am nächsten Tag im Postfach. So muss das",
        "Hab für die Vermietung meiner kleinen Wohnung endlich einen gültigen Ausweis. Lief alles über die App von {brand}, null Stress",
        "Die Gutachterin hat sich echt Zeit genommen und uns gezeigt wo das Haus Wärme verliert. Hätte ich für den Preis nicht erwartet",
    ],
    "it": [
        "APE fatto con {brand} per l'appartamento che affittiamo: tecnico gentilissimo e documento arrivato in due giorni. Consigliato",
        "Finalmente l'APE della casa al mare, il tecnico è venuto anche di sabato. Bravi {brand}",
    ],
    "fr": [
        "DPE fait avec {brand} pour la vente de notre maison, diagnostiqueur pile à l'heure et très pédagogue. Rapport reçu le lendemain 👍",
        "Franchement rien à redire, le DPE du studio est passé de F à E grâce aux factures qu'il a pris le temps de regarder. Merci {brand}",
    ],
    "en": [
        "Got the EPC for our flat sorted with {brand} in under a week, assessor was on time and actually explained the loft insulation thing. Cheers",
        "Needed an EPC before the letting agent would list the flat and {brand} had someone out in 2 days. Proper job",
    ],
    "pt": [
        "Certificado energético da casa feito pela {brand}, o técnico chegou a horas e explicou tudo. Recebi o certificado em dois dias. Recomendo!",
        "Despachei o certificado do T2 para arrendar numa semana, a técnica foi impecável. Obrigada {brand}",
    ],
}

AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercer certificado que hago con {brand} (ya tengo los tres pisos del alquiler al día) y otra vez todo perfecto",
        "Otra vez el mismo técnico, Javi, majísimo. Da gusto repetir con {brand}",
    ],
    "de": [
        "Schon wieder alles reibungslos, das dritte Mal mit {brand}. Der Gutachter kannte sogar noch unseren alten Heizkessel 😄",
        "Zweite Wohnung, zweiter Ausweis, wieder dieselbe nette Gutachterin. Gerne weiter so {brand}",
    ],
    "it": ["Terza volta con {brand} e sempre impeccabili, anche stavolta certificato in 48 ore"],
    "fr": ["Deuxième DPE avec {brand} pour le studio, toujours aussi carré"],
    "en": ["Third time using {brand} for the rentals and still faultless"],
    "pt": ["Mais uma vez, terceiro certificado com a {brand} e tudo impecável"],
}

GRIPE: dict[str, list[str]] = {
    "es": [
        "Muy contenta con el certificado, solo que el PDF viene con mi apellido sin tilde (manía mía, ya lo sé). Por lo demás genial",
        "Todo bien y rápido, aunque la franja de la cita es de 4 horas y me tocó pedir la mañana entera. El técnico un 10",
    ],
    "de": [
        "Ausweis super und schnell, nur die Rechnung kam an meine alte Adresse. Sonst alles bestens",
        "Klappt alles, aber warum zeigt die App den Termin nur als Zeitfenster von 8 bis 12? Der Gutachter selbst war klasse",
    ],
    "it": [
        "Tutto ok e tecnico bravissimo, solo il PDF sul telefono si legge malissimo. Per il resto 10 e lode"
    ],
    "fr": [
        "Super service, juste dommage que la facture n'arrive que par courrier. Sinon rien à dire"
    ],
    "en": [
        "Really pleased, only gripe is the appointment window was 8 till 12. Assessor himself was great"
    ],
    "pt": ["Muito bom, só é pena as marcações serem só de manhã. De resto, impecável"],
}

# (question, agent's answer, thanks)
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Hola, el certificado sirve también si luego alquilo el piso en vez de venderlo?",
            "¡Hola! Sí, el certificado vale 10 años para venta y para alquiler, mientras no hagas reformas que cambien la calificación.",
            "genial, gracias!!",
        ),
        (
            "buenas, cuanto tarda el registro en la comunidad autonoma? el notario me lo pide para el dia 20",
            "Hola, el registro suele tardar entre 3 y 10 días hábiles según la comunidad; en cuanto esté te llega el justificante al correo y a la app.",
            "vale perfecto gracias",
        ),
        (
            "Tengo que estar yo en casa durante la visita o puede abrir mi hermano?",
            "Puede abrir cualquier persona mayor de edad, solo necesitamos acceso a todas las estancias y a la caldera.",
            "ok mil gracias",
        ),
        (
            "hola! el informe de mejoras viene con presupuestos o solo recomendaciones?",
            "Hola, son recomendaciones con una estimación de coste y de la letra que alcanzarías; presupuestos no hacemos.",
            "entendido, gracias 🙂",
        ),
    ],
    "de": [
        (
            "Hallo, brauche ich für ein Reihenhaus Baujahr 1978 einen Bedarfs- oder Verbrauchsausweis?",
            "Hallo! Bei Baujahr 1978 geht in der Regel der Verbrauchsausweis, wenn Sie die Heizkostenabrechnungen der letzten drei Jahre haben.",
            "Super, danke für die schnelle Antwort",
        ),
        (
            "Kann der Gutachter auch samstags kommen?",
            "Ja, samstags haben wir Termine zwischen 9 und 14 Uhr, in der App unter \u201eTermin ändern\u201c.",
            "perfekt danke",
        ),
        (
            "Muss ich die Heizkostenabrechnungen vorher schicken oder reicht es beim Termin?",
            "Es reicht beim Termin, gern aber vorher in der App, dann geht die Auswertung schneller.",
            "ok mach ich, danke!",
        ),
        (
            "hallo, wie lange ist so ein Ausweis eigentlich gültig?",
            "Hallo! Zehn Jahre ab Ausstellung.",
            "ah ok gut zu wissen, danke",
        ),
    ],
    "it": [
        (
            "Salve, l'APE serve anche per un box auto?",
            "Buongiorno, no: per box e cantine non accatastati come abitazione l'APE non è obbligatorio.",
            "Ah ottimo, grazie",
        ),
        (
            "ciao, il tecnico deve entrare anche in soffitta?",
            "Ciao! Se c'è una botola sì, solo per vedere l'isolamento.",
            "ok grazie mille",
        ),
    ],
    "fr": [
        (
            "Bonjour, le DPE est valable combien de temps pour une location ?",
            "Bonjour, un DPE fait depuis juillet 2021 est valable 10 ans, location comme vente.",
            "Merci beaucoup",
        ),
        (
            "bjr, il faut que je sois là pendant la visite ?",
            "Bonjour ! Une personne majeure suffit, il faut juste l'accès à toutes les pièces.",
            "ok merci",
        ),
    ],
    "en": [
        (
            "Hi, does the assessor need to get into the loft? its a bit of a mess up there lol",
            "Hi! Yes, if there's a hatch they'll pop their head in to check the insulation depth, no need to tidy.",
            "brilliant thanks",
        ),
        ("how long does an EPC last for?", "Hi! Ten years from the date it's lodged.", "great, ta"),
    ],
    "pt": [
        (
            "Olá, preciso de estar presente na visita do técnico?",
            "Olá! Pode ser qualquer pessoa maior de idade, desde que o técnico tenha acesso a todas as divisões.",
            "Ok obrigada",
        ),
        (
            "boa tarde, o certificado fica registado na ADENE automaticamente?",
            "Boa tarde! Sim, o registo é feito por nós e recebe o comprovativo por email.",
            "obg",
        ),
    ],
}

# (subject, question, agent's answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Duda sobre factura",
            "Hola, necesito la factura del certificado a nombre de mi empresa en vez de a mi nombre, se puede cambiar? Gracias, {name}",
            "Hola {name}, claro: te la hemos reemitido con el NIF de tu empresa, la tienes en la app en Facturas. Un saludo, {agent} de {brand}",
        ),
        (
            "Certificado para el trastero",
            "Buenas tardes, el trastero del edificio también necesita certificado o va con el piso? Un saludo",
            "Buenas tardes, el trastero vinculado al piso no necesita certificado propio. Un saludo, {agent}",
        ),
    ],
    "de": [
        (
            "Frage zum Ausweis",
            "Guten Tag, gilt der Ausweis auch noch, wenn wir nächstes Jahr die Fenster tauschen? Viele Grüße {name}",
            "Guten Tag, der Ausweis bleibt gültig; nach der Sanierung lohnt sich aber oft ein neuer, weil die Klasse besser wird. Viele Grüße, {agent} von {brand}",
        ),
        (
            "Rechnung an Hausverwaltung?",
            "Hallo, kann die Rechnung direkt an unsere Hausverwaltung gehen? Danke und Gruß",
            "Hallo, ja, tragen Sie die Adresse in der App unter Rechnungsadresse ein, dann geht sie dorthin. Gruß, {agent}",
        ),
    ],
    "it": [
        (
            "Domanda APE",
            "Buongiorno, l'APE viene trasmesso anche al catasto regionale o devo farlo io? Grazie",
            "Buongiorno, lo trasmettiamo noi e le inviamo la ricevuta. Cordiali saluti, {agent}",
        )
    ],
    "fr": [
        (
            "Question DPE",
            "Bonjour, faut-il un DPE pour une chambre de bonne louée à part ? Merci d'avance",
            "Bonjour, oui dès qu'elle est louée comme logement; nous pouvons passer le même jour que pour l'appartement. Bien à vous, {agent}",
        )
    ],
    "en": [
        (
            "EPC question",
            "Hi, do I need a new EPC if the old one from 2017 is still in date? Thanks, {name}",
            "Hi {name}, if it's still within its 10 years you can use it, though a new one may score better after your boiler change. Best, {agent} at {brand}",
        )
    ],
    "pt": [
        (
            "Dúvida certificado",
            "Bom dia, o certificado serve para arrendamento e para venda? Obrigado",
            "Bom dia, sim, serve para ambos durante a validade. Com os melhores cumprimentos, {agent}",
        )
    ],
}

# (speech-to-text call, agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "hola buenos días llamaba porque quiero saber si el certificado de mi piso lo puedo tener antes del viernes que firmo la venta en el notario el viernes por la mañana",
            "Hola {name}, como hablamos por teléfono te hemos puesto el exprés: visita mañana de 9 a 11 y certificado el jueves. Un saludo, {agent}",
        ),
        (
            "sí hola mire es que mi madre tiene un piso en alquiler y no sabe usar la app quería pedir la cita por teléfono para ella",
            "Hola {name}, tal como hablamos, la cita de tu madre queda para el lunes a las 10; le llegará también un SMS. Un saludo, {agent}",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob Sie auch bei uns auf dem Land Termine haben wir haben ein kleines Haus von meinem Vater geerbt und brauchen den Energieausweis für den Verkauf",
            "Guten Tag {name}, wie am Telefon besprochen: ja, wir kommen auch zu Ihnen, der Termin steht jetzt in der App. Viele Grüße, {agent}",
        ),
        (
            "guten Morgen ich hab eine Frage zur Rechnung kann ich die auch in zwei Raten zahlen",
            "Guten Tag {name}, wie besprochen haben wir die Rechnung in zwei Raten aufgeteilt, die Termine sehen Sie in der App. Viele Grüße, {agent}",
        ),
    ],
    "it": [
        (
            "buongiorno volevo sapere quanto costa l'APE per una villetta a schiera di circa 120 metri",
            "Buongiorno {name}, come detto al telefono per 120 m² vale il prezzo della casa, trova il preventivo nella app. Saluti, {agent}",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si le diagnostiqueur peut passer un samedi parce qu'on travaille tous les deux en semaine",
            "Bonjour {name}, comme convenu au téléphone, samedi 9h-12h est noté dans l'appli. Bien cordialement, {agent}",
        )
    ],
    "en": [
        (
            "hi yeah I was just ringing to check if the EPC covers the garage conversion or do I need a separate one",
            "Hi {name}, as discussed on the phone the converted garage is included as long as it's heated living space. Best, {agent}",
        )
    ],
    "pt": [
        (
            "bom dia estava a ligar para saber se o certificado fica registado ou se tenho de tratar eu",
            "Bom dia {name}, como falámos ao telefone, o registo é feito por nós e recebe o comprovativo por email. Cumprimentos, {agent}",
        )
    ],
}

REVIEW: dict[str, list[str]] = {
    "es": [
        "Rápidos, serios y el técnico muy majo. 5 estrellas",
        "Todo correcto, el certificado llegó cuando dijeron",
        "Precio justo y sin sorpresas",
    ],
    "de": [
        "Schnell, fair im Preis, kompetenter Gutachter.",
        "Termin kurzfristig bekommen, Ausweis pünktlich da. Gerne wieder",
        "Unkompliziert.",
    ],
    "it": ["Seri e veloci, consigliati"],
    "fr": ["Rapide et sérieux, je recommande"],
    "en": ["Quick, fair price, no faff"],
    "pt": ["Rápidos e profissionais"],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["Muy bien", "genial", "👍", "", "todo ok", "Muy profesionales"],
    "de": ["Top", "alles gut", "", "👍", "Danke", "passt"],
    "it": ["Ottimo", "", "tutto bene"],
    "fr": ["Très bien", "", "parfait"],
    "en": ["Great", "", "spot on"],
    "pt": ["Muito bom", "", "5 estrelas"],
}

NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "las 2 de la mañana y yo comparando letras de eficiencia de pisos en el portal. Menos mal que el nuestro ya tiene la C gracias a {brand}",
        "turno de noche en urgencias y aprovecho para pedir el certificado del piso de alquiler. La app de {brand} va fina",
        "no puedo dormir asi que he reservado la visita del certificado. algo productivo jaja",
    ],
    "de": [
        "Nachtschicht an der Tanke, nebenbei den Energieausweis für die Einliegerwohnung bestellt. Ging echt fix über {brand}",
        "kann nicht schlafen also hab ich endlich den Termin für den Ausweis gebucht 😅",
        "halb drei, Baby wach, ich buche Gutachtertermine. Danke {brand} für die App die um die Uhrzeit funktioniert",
    ],
    "it": ["Le 3 di notte e ho appena prenotato l'APE con {brand}. Almeno una cosa fatta"],
    "fr": ["Insomnie donc j'ai réservé le DPE de l'appart sur {brand}. Au moins c'est fait"],
    "en": ["3am and I've just booked the EPC for the flat with {brand}. Productive insomnia"],
    "pt": ["Três da manhã e acabei de marcar o certificado na {brand}. Pelo menos isto está feito"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "hola, si cambio la cita desde la app a estas horas me lo confirma alguien mañana?",
            "¡Hola! No hace falta, el cambio queda confirmado al momento y te llega el correo.",
            "ah genial gracias, buenas noches",
        ),
        (
            "buenas noches, puedo subir las facturas de la luz ahora o mejor esperar a la visita?",
            "¡Buenas noches! Puedes subirlas ya desde la app, así el técnico las tiene revisadas.",
            "vale gracias",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich den Termin jetzt noch nachts verschieben oder kostet das was?",
            "Hallo! Verschieben bis 48 Stunden vorher ist kostenlos, einfach in der App.",
            "danke, gute Nacht",
        ),
        (
            "hi, gilt der Express-Termin auch wenn ich jetzt mitten in der Nacht buche?",
            "Hallo! Ja, die 72 Stunden zählen ab der Buchung.",
            "super danke",
        ),
    ],
    "it": [
        (
            "Salve, posso spostare l'appuntamento anche adesso dall'app?",
            "Salve! Sì, fino a 48 ore prima è gratuito.",
            "grazie, buonanotte",
        )
    ],
    "fr": [
        (
            "Bonsoir, je peux déplacer le rdv maintenant depuis l'appli ?",
            "Bonsoir ! Oui, gratuitement jusqu'à 48 h avant.",
            "merci bonne nuit",
        )
    ],
    "en": [
        (
            "hi can i move my appointment this late at night or will someone have to approve it",
            "Hi! It's confirmed straight away, no approval needed.",
            "great thanks, night",
        )
    ],
    "pt": [
        (
            "Olá, posso mudar a marcação agora pela app?",
            "Olá! Sim, até 48 horas antes é gratuito.",
            "obrigado, boa noite",
        )
    ],
}

PROBLEMS = ("no_show", "double_charge", "wrong_rating", "refund", "not_registered", "cancel_fee")

TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "Técnico que no vino",
        "double_charge": "Cobro duplicado",
        "wrong_rating": "Letra equivocada en el certificado",
        "refund": "Devolución pendiente",
        "not_registered": "Certificado sin registrar",
        "cancel_fee": "Cargo por cambiar la cita",
    },
    "de": {
        "no_show": "Gutachter nicht erschienen",
        "double_charge": "Doppelte Abbuchung",
        "wrong_rating": "Falsche Effizienzklasse im Ausweis",
        "refund": "Erstattung ausstehend",
        "not_registered": "Ausweis nicht registriert",
        "cancel_fee": "Gebühr für Terminverschiebung",
    },
    "it": {
        "no_show": "Tecnico mai arrivato",
        "double_charge": "Addebito doppio",
        "wrong_rating": "Classe energetica sbagliata",
        "refund": "Rimborso mai arrivato",
        "not_registered": "APE non registrato",
        "cancel_fee": "Penale per spostamento appuntamento",
    },
    "fr": {
        "no_show": "Diagnostiqueur jamais venu",
        "double_charge": "Prélèvement en double",
        "wrong_rating": "Mauvaise classe sur le DPE",
        "refund": "Remboursement en attente",
        "not_registered": "DPE non enregistré",
        "cancel_fee": "Frais de report de rendez-vous",
    },
    "en": {
        "no_show": "Assessor never turned up",
        "double_charge": "Charged twice",
        "wrong_rating": "Wrong rating on the EPC",
        "refund": "Refund still missing",
        "not_registered": "EPC not lodged",
        "cancel_fee": "Fee for moving my appointment",
    },
    "pt": {
        "no_show": "Técnico não apareceu",
        "double_charge": "Cobrança a dobrar",
        "wrong_rating": "Classe errada no certificado",
        "refund": "Reembolso em falta",
        "not_registered": "Certificado não registado",
        "cancel_fee": "Taxa por mudar a marcação",
    },
}

# One complaint in writing (short e-mails, web forms, and inside long e-mails).
CORE: dict[str, dict[str, list[str]]] = {
    "es": {
        "no_show": [
            'Pedí el día libre en el trabajo para la visita de 9 a 13 y el técnico NO HA VENIDO. Ni una llamada, ni un mensaje. La app sigue diciendo "técnico en camino". El comprador necesita el certificado esta semana.',
            'Llevo toda la mañana esperando al técnico, la app dice que la visita está "realizada" y aquí no ha entrado nadie. Esto es una tomadura de pelo.',
        ],
        "double_charge": [
            "Me habéis cobrado el certificado DOS veces, {amount} y otros {amount} el mismo día. Tengo el extracto delante. Quiero que me devolváis el segundo cargo ya.",
            "Dos cargos de {amount} por UN certificado. Me he quedado en números rojos por vuestra culpa.",
        ],
        "wrong_rating": [
            "El certificado pone letra G y el piso tiene ventanas nuevas y caldera de condensación de 2023. El técnico lo vio con sus ojos. El comprador ahora quiere bajar el precio 6.000 € por la G.",
            "Me llega el certificado con una F y con 20 m² menos de los que tiene la casa. Así no lo puedo presentar.",
        ],
        "refund": [
            'Cancelé la visita hace TRES semanas, con más de una semana de antelación, y los {amount} no me han llegado. Cada vez que pregunto me dicen que "está en proceso".',
            "Sigo esperando la devolución de {amount} de una visita que anulé yo misma a tiempo. Ya está bien.",
        ],
        "not_registered": [
            "El notario no me deja firmar porque el certificado NO está registrado en la comunidad. Me lo entregasteis hace 15 días diciendo que estaba todo hecho. Firma aplazada y el comprador mosqueado.",
            "El certificado no aparece en el registro autonómico y me piden el justificante para el contrato de alquiler. El inquilino entra el día 1.",
        ],
        "cancel_fee": [
            'Moví la cita CINCO días antes desde vuestra propia app y me habéis cobrado {amount} de "gastos de cambio". Vuestras condiciones dicen gratis hasta 48 horas antes.',
            "Cargo de {amount} por cambiar la cita con casi una semana de margen. Explicadme eso.",
        ],
    },
    "de": {
        "no_show": [
            'Ich habe mir für den Termin zwischen 8 und 12 extra freigenommen und der Gutachter ist NICHT gekommen. Kein Anruf, keine Nachricht, in der App steht immer noch "Gutachter unterwegs". Der Käufer braucht den Ausweis diese Woche.',
            'Seit heute früh warte ich, in der App steht jetzt "Termin durchgeführt". Hier war niemand. Was soll das?',
        ],
        "double_charge": [
            "Sie haben den Ausweis ZWEIMAL abgebucht, {amount} und nochmal {amount} am selben Tag. Ich habe den Kontoauszug vor mir. Bitte die zweite Buchung sofort zurück.",
            "Zwei Abbuchungen à {amount} für EINEN Ausweis. Mein Konto ist jetzt im Minus.",
        ],
        "wrong_rating": [
            "Im Ausweis steht Klasse G, obwohl das Haus neue Fenster und eine Wärmepumpe von 2023 hat. Der Gutachter hat das alles gesehen. Der Käufer will jetzt 8.000 € weniger zahlen.",
            "Der Ausweis hat 20 m² zu wenig Wohnfläche und deshalb Klasse F. So kann ich den nicht verwenden.",
        ],
        "refund": [
            'Ich habe den Termin vor DREI Wochen storniert, mehr als eine Woche vorher, und die {amount} sind immer noch nicht zurück. Jedes Mal heißt es "in Bearbeitung".',
            "Ich warte immer noch auf {amount} für einen Termin den ich rechtzeitig abgesagt habe. Langsam reicht es.",
        ],
        "not_registered": [
            "Der Notar will nicht beurkunden, weil die Registriernummer im Ausweis fehlt bzw. der Ausweis nicht registriert ist. Sie haben mir vor zwei Wochen geschrieben, alles sei erledigt. Termin geplatzt.",
            "Die Hausverwaltung sagt, der Ausweis hat keine gültige Registriernummer. Der neue Mieter zieht am Ersten ein.",
        ],
        "cancel_fee": [
            'Ich habe den Termin FÜNF Tage vorher über Ihre eigene App verschoben und Sie buchen mir {amount} "Umbuchungsgebühr" ab. In Ihren Bedingungen steht kostenlos bis 48 Stunden vorher.',
            "{amount} Gebühr fürs Verschieben, fast eine Woche im Voraus. Erklären Sie mir das bitte.",
        ],
    },
    "it": {
        "no_show": [
            "Ho preso un giorno di ferie per l'appuntamento 9-13 e il tecnico NON è venuto. Nessuna chiamata. L'app dice ancora \"tecnico in arrivo\"."
        ],
        "double_charge": [
            "Mi avete addebitato l'APE DUE volte, {amount} più altri {amount} lo stesso giorno. Rivoglio il secondo addebito."
        ],
        "wrong_rating": [
            "Nell'APE c'è classe G ma la casa ha infissi nuovi e caldaia a condensazione. Il tecnico l'ha visto. Ora l'acquirente vuole lo sconto."
        ],
        "refund": [
            "Ho annullato l'appuntamento TRE settimane fa, con una settimana di anticipo, e i {amount} non sono mai tornati."
        ],
        "not_registered": [
            "Il notaio non procede perché l'APE non risulta nel catasto energetico regionale. Mi avevate detto che era tutto fatto."
        ],
        "cancel_fee": [
            "Ho spostato l'appuntamento cinque giorni prima dalla vostra app e mi avete addebitato {amount} di penale. Le condizioni dicono gratis fino a 48 ore prima."
        ],
    },
    "fr": {
        "no_show": [
            "J'ai posé une journée pour le rendez-vous 8h-12h et le diagnostiqueur n'est JAMAIS venu. Aucun appel. L'appli affiche toujours \"diagnostiqueur en route\"."
        ],
        "double_charge": [
            "Vous m'avez prélevé le DPE DEUX fois, {amount} et encore {amount} le même jour. Je veux le remboursement du second prélèvement."
        ],
        "wrong_rating": [
            "Le DPE indique G alors que la maison a des fenêtres neuves et une pompe à chaleur. Le diagnostiqueur l'a vue. L'acheteur veut maintenant baisser le prix."
        ],
        "refund": [
            "J'ai annulé la visite il y a TROIS semaines, plus d'une semaine à l'avance, et toujours pas de remboursement des {amount}."
        ],
        "not_registered": [
            "Le notaire refuse de signer car le DPE n'a pas de numéro d'enregistrement ADEME valide. Vous m'aviez dit que tout était fait."
        ],
        "cancel_fee": [
            "J'ai déplacé le rendez-vous CINQ jours avant via votre appli et vous me facturez {amount} de frais. Vos conditions disent gratuit jusqu'à 48 h avant."
        ],
    },
    "en": {
        "no_show": [
            'I took the day off for the 8-12 slot and the assessor NEVER came. No call, no text. The app still says "assessor on the way". Our buyer needs the EPC this week.'
        ],
        "double_charge": [
            "You've charged me TWICE for the EPC, {amount} and another {amount} on the same day. I want the second one back now."
        ],
        "wrong_rating": [
            "The EPC says band G and the house has new double glazing and a 2023 boiler. Your assessor saw all of it. The buyer now wants money off."
        ],
        "refund": [
            "I cancelled the visit THREE weeks ago, more than a week ahead, and I still haven't had my {amount} back."
        ],
        "not_registered": [
            "The solicitor says the EPC isn't on the register so we can't exchange. You told me it was all done two weeks ago."
        ],
        "cancel_fee": [
            "I moved the appointment FIVE days ahead using your own app and you've charged me {amount} for it. Your terms say free up to 48 hours before."
        ],
    },
    "pt": {
        "no_show": [
            'Tirei o dia para a visita das 9 às 13 e o técnico NÃO apareceu. Nem uma chamada. A app continua a dizer "técnico a caminho".'
        ],
        "double_charge": [
            "Cobraram-me o certificado DUAS vezes, {amount} e mais {amount} no mesmo dia. Quero o segundo valor devolvido."
        ],
        "wrong_rating": [
            "O certificado diz classe F e a casa tem janelas novas e bomba de calor. O técnico viu tudo. O comprador agora quer baixar o preço."
        ],
        "refund": [
            "Cancelei a visita há TRÊS semanas, com mais de uma semana de antecedência, e os {amount} nunca foram devolvidos."
        ],
        "not_registered": [
            "A escritura foi adiada porque o certificado não está registado. Disseram-me há duas semanas que estava tudo tratado."
        ],
        "cancel_fee": [
            "Mudei a marcação CINCO dias antes pela vossa app e cobraram-me {amount}. As condições dizem grátis até 48 horas antes."
        ],
    },
}

CHAT_PROBLEM: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "hola?? el tecnico tenia que venir de 9 a 13 y son las 14 y aqui no ha venido nadie. he pedido el dia libre!!",
        "double_charge": "me acabais de cobrar dos veces {amount}, lo estoy viendo en la app del banco. que pasa?",
        "wrong_rating": "el certificado me sale con G y la casa esta reformada entera, esto esta mal",
        "refund": "hola, TRES semanas esperando la devolucion de {amount}, cuando me la haceis?",
        "not_registered": "el notario dice que el certificado no esta registrado y hoy era la firma. que hago??",
        "cancel_fee": "por que me cobrais {amount} por cambiar la cita si la cambie con 5 dias??",
    },
    "de": {
        "no_show": "hallo?? der Gutachter sollte zwischen 8 und 12 kommen, jetzt ist 13 Uhr und keiner da. hab mir extra frei genommen!!",
        "double_charge": "Sie haben gerade zweimal {amount} abgebucht, sehe ich im Banking. Was ist da los?",
        "wrong_rating": "im Ausweis steht Klasse G, das Haus ist komplett saniert. Das ist falsch",
        "refund": "hallo, DREI Wochen warte ich auf {amount} Erstattung, wann kommt das?",
        "not_registered": "der Notar sagt der Ausweis ist nicht registriert und heute war Beurkundung. was jetzt??",
        "cancel_fee": "warum {amount} Gebühr fürs Verschieben, ich hab 5 Tage vorher verschoben??",
    },
    "it": {
        "no_show": "salve, il tecnico doveva venire 9-13, sono le 14 e non si è visto nessuno. ho preso ferie!",
        "double_charge": "mi avete appena addebitato due volte {amount}, lo vedo dalla banca",
        "wrong_rating": "l'APE mi esce in classe G ma la casa è ristrutturata, è sbagliato",
        "refund": "tre settimane che aspetto il rimborso di {amount}",
        "not_registered": "il notaio dice che l'APE non è registrato e oggi era il rogito!!",
        "cancel_fee": "perché {amount} di penale se ho spostato con 5 giorni di anticipo?",
    },
    "fr": {
        "no_show": "bonjour, le diagnostiqueur devait passer entre 8h et 12h, il est 13h et personne. j'ai posé ma journée !",
        "double_charge": "vous venez de me prélever deux fois {amount}, je le vois sur mon appli bancaire",
        "wrong_rating": "mon DPE sort en G alors que la maison est rénovée, c'est faux",
        "refund": "trois semaines que j'attends le remboursement de {amount}",
        "not_registered": "le notaire dit que le DPE n'est pas enregistré et la signature c'était aujourd'hui !!",
        "cancel_fee": "pourquoi {amount} de frais alors que j'ai décalé 5 jours avant ?",
    },
    "en": {
        "no_show": "hi, assessor was due between 8 and 12, its 1pm and nobody's been. I took the day off!!",
        "double_charge": "you've just charged me {amount} twice, I can see it in my banking app",
        "wrong_rating": "my EPC has come back as a G and the house has been fully done up, its wrong",
        "refund": "three weeks waiting for a {amount} refund, when is it coming",
        "not_registered": "solicitor says the EPC isnt lodged and we were meant to exchange today!!",
        "cancel_fee": "why have I been charged {amount} for moving my appointment 5 days ahead??",
    },
    "pt": {
        "no_show": "olá, o técnico vinha entre as 9 e as 13, são 14h e ninguém. tirei o dia!",
        "double_charge": "acabaram de me cobrar {amount} duas vezes, estou a ver na app do banco",
        "wrong_rating": "o certificado saiu classe F e a casa está toda remodelada, está errado",
        "refund": "três semanas à espera do reembolso de {amount}",
        "not_registered": "a escritura era hoje e dizem que o certificado não está registado!!",
        "cancel_fee": "porque é que me cobraram {amount} por mudar a marcação 5 dias antes?",
    },
}

SOCIAL_PROBLEM: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "Día libre pedido para nada. El técnico de @Certalia ni vino ni avisó. Genial todo 🙃",
        "double_charge": "@Certalia me cobra el certificado DOS veces y a ver quién me lo devuelve. Vaya tela",
        "wrong_rating": "@Certalia me pone una G en un piso reformado de arriba abajo y el comprador encantado claro. Menudo desastre",
        "refund": "TRES semanas esperando que @Certalia me devuelva {amount}. Para cobrar sois rapidísimos",
        "not_registered": "Firma en el notario aplazada porque @Certalia no registró el certificado. Gracias por nada",
        "cancel_fee": "@Certalia cobrando {amount} por cambiar una cita con cinco días. Increíble",
    },
    "de": {
        "no_show": "Urlaubstag genommen für nix. Der Gutachter von @Certalia kam nicht und hat sich nicht gemeldet. Danke auch",
        "double_charge": "@Certalia bucht ZWEIMAL ab und jetzt darf ich hinterherlaufen. Super",
        "wrong_rating": "Klasse G für ein saniertes Haus. Danke @Certalia, der Käufer freut sich",
        "refund": "DREI Wochen warte ich jetzt auf mein Geld von @Certalia. Abbuchen geht schneller",
        "not_registered": "Notartermin geplatzt weil @Certalia den Ausweis nicht registriert hat. JETZT REICHTS",
        "cancel_fee": "{amount} Gebühr fürs Verschieben 5 Tage vorher. @Certalia, echt jetzt?",
    },
    "it": {
        "no_show": "Giorno di ferie buttato, il tecnico di @Certalia non è mai venuto",
        "double_charge": "@Certalia mi addebita l'APE due volte. Complimenti",
        "wrong_rating": "Classe G su una casa ristrutturata, grazie @Certalia",
        "refund": "Tre settimane per un rimborso, @Certalia per incassare siete velocissimi",
        "not_registered": "Rogito rimandato perché @Certalia non ha registrato l'APE",
        "cancel_fee": "@Certalia {amount} di penale per spostare con 5 giorni. Assurdo",
    },
    "fr": {
        "no_show": "Journée posée pour rien, le diagnostiqueur @Certalia n'est jamais venu",
        "double_charge": "@Certalia me prélève deux fois le DPE, bravo",
        "wrong_rating": "Classe G pour une maison rénovée, merci @Certalia",
        "refund": "Trois semaines pour un remboursement, @Certalia pour prélever par contre...",
        "not_registered": "Signature chez le notaire reportée parce que @Certalia n'a pas enregistré le DPE",
        "cancel_fee": "@Certalia {amount} de frais pour un report 5 jours avant. Sérieux ?",
    },
    "en": {
        "no_show": "Took a day off for nothing. @Certalia assessor never showed, never rang",
        "double_charge": "@Certalia charged me twice for one EPC. Brilliant",
        "wrong_rating": "Band G on a fully refurbished house. Cheers @Certalia, buyer's delighted",
        "refund": "Three weeks waiting on a refund from @Certalia. Quick enough to take it though",
        "not_registered": "Exchange delayed because @Certalia never lodged the EPC. Thanks for nothing",
        "cancel_fee": "@Certalia charging {amount} to move an appointment 5 days ahead. Unreal",
    },
    "pt": {
        "no_show": "Tirei o dia para nada, o técnico da @Certalia nunca apareceu",
        "double_charge": "@Certalia cobrou-me o certificado duas vezes. Parabéns",
        "wrong_rating": "Classe F numa casa remodelada, obrigado @Certalia",
        "refund": "Três semanas à espera de um reembolso da @Certalia",
        "not_registered": "Escritura adiada porque a @Certalia não registou o certificado",
        "cancel_fee": "@Certalia a cobrar {amount} por mudar a marcação 5 dias antes",
    },
}

PHONE_PROBLEM: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "sí mire llamo porque el técnico tenía que venir esta mañana yo he pedido el día en el trabajo y no ha venido nadie y en la app pone que está en camino desde las nueve",
        "double_charge": "hola le llamo porque me han cobrado el certificado dos veces {amount_spoken} y otros {amount_spoken} y quiero que me devuelvan uno",
        "wrong_rating": "buenas mire el certificado me ha llegado con una G y el piso tiene todo nuevo ventanas caldera todo y el comprador me quiere bajar el precio",
        "refund": "hola llamo por una devolución de {amount_spoken} que llevo tres semanas esperando de una visita que anulé",
        "not_registered": "llamo porque estoy en la notaría y dicen que el certificado no está registrado y no podemos firmar",
        "cancel_fee": "hola me han cobrado {amount_spoken} por cambiar la cita y la cambié con cinco días de antelación",
    },
    "de": {
        "no_show": "ja guten Tag ich rufe an weil der Gutachter heute Vormittag kommen sollte ich hab mir frei genommen und es kam niemand und in der App steht seit neun Uhr unterwegs",
        "double_charge": "hallo ich rufe an weil Sie den Ausweis zweimal abgebucht haben {amount_spoken} und nochmal {amount_spoken} und ich will eine Buchung zurück",
        "wrong_rating": "ja hallo der Ausweis ist gekommen mit Klasse G und das Haus ist komplett saniert Fenster Heizung alles und der Käufer will jetzt runter mit dem Preis",
        "refund": "guten Tag es geht um eine Erstattung von {amount_spoken} auf die ich seit drei Wochen warte für einen Termin den ich storniert habe",
        "not_registered": "ich sitze hier beim Notar und der sagt der Ausweis ist nicht registriert und wir können nicht unterschreiben",
        "cancel_fee": "hallo Sie haben mir {amount_spoken} abgebucht fürs Verschieben und ich hab fünf Tage vorher verschoben",
    },
    "it": {
        "no_show": "buongiorno chiamo perché il tecnico doveva venire stamattina ho preso ferie e non è venuto nessuno",
        "double_charge": "salve mi avete addebitato l'APE due volte {amount_spoken} e altri {amount_spoken}",
        "wrong_rating": "buongiorno l'APE è arrivato in classe G ma la casa è tutta ristrutturata",
        "refund": "chiamo per un rimborso di {amount_spoken} che aspetto da tre settimane",
        "not_registered": "sono dal notaio e dicono che l'APE non è registrato",
        "cancel_fee": "mi avete addebitato {amount_spoken} per spostare l'appuntamento con cinque giorni di anticipo",
    },
    "fr": {
        "no_show": "oui bonjour j'appelle parce que le diagnostiqueur devait passer ce matin j'ai posé ma journée et personne n'est venu",
        "double_charge": "bonjour vous m'avez prélevé deux fois {amount_spoken} pour le même DPE",
        "wrong_rating": "bonjour mon DPE est arrivé en G alors que la maison est entièrement rénovée",
        "refund": "j'appelle pour un remboursement de {amount_spoken} que j'attends depuis trois semaines",
        "not_registered": "je suis chez le notaire et il dit que le DPE n'est pas enregistré",
        "cancel_fee": "vous m'avez facturé {amount_spoken} pour avoir déplacé le rendez-vous cinq jours avant",
    },
    "en": {
        "no_show": "hi yeah I'm ringing because the assessor was meant to come this morning I took the day off and nobody came and the app still says on the way",
        "double_charge": "hi you've taken {amount_spoken} twice for the same EPC and I need one of them back",
        "wrong_rating": "hiya the EPC's come back as a G and we've had new windows and a new boiler the buyer wants money off now",
        "refund": "hi I'm calling about a {amount_spoken} refund I've been waiting three weeks for",
        "not_registered": "I'm at the solicitors and they're saying the EPC isn't lodged so we can't exchange",
        "cancel_fee": "you've charged me {amount_spoken} for moving my appointment and I moved it five days ahead",
    },
    "pt": {
        "no_show": "bom dia estou a ligar porque o técnico vinha esta manhã tirei o dia e não apareceu ninguém",
        "double_charge": "olá cobraram-me duas vezes {amount_spoken} pelo mesmo certificado",
        "wrong_rating": "bom dia o certificado veio com classe F e a casa está toda remodelada",
        "refund": "estou a ligar por causa de um reembolso de {amount_spoken} que espero há três semanas",
        "not_registered": "estou no notário e dizem que o certificado não está registado",
        "cancel_fee": "cobraram-me {amount_spoken} por mudar a marcação cinco dias antes",
    },
}

# Long letters with the complaint inside ({core} is the complaint).
LONG_EMAIL: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Reclamación y algo más",
            "Buenas tardes:\n\nOs escribo desde el coche, en la puerta del colegio, porque es el único rato que tengo. Estamos vendiendo el piso de mis suegros en el centro para pagarles la residencia, mi suegra con alzhéimer y mi marido trabajando a turnos, así que todo el papeleo me ha tocado a mí. El banco, el notario, la comunidad, la agencia... y vosotros, que se supone que erais lo fácil.\n\n{core}\n\nNo os pido nada raro: que alguien coja el teléfono, me diga qué ha pasado y lo arregle. La agencia me llama cada día y yo ya no sé qué contarles.\n\nGracias por leer hasta aquí.\n{name}",
        ),
        (
            "Sobre mi certificado",
            "Hola,\n\nPerdón por el rollo. Soy autónoma, tengo una pequeña tienda de lanas y estoy alquilando el piso de arriba para poder cerrar a las siete y no a las nueve, que ya no puedo más. Encontré inquilina, una enfermera majísima, y solo me faltaba vuestro papel.\n\n{core}\n\nLlevo años recomendándoos a mis clientas, de verdad, pero esto me ha dejado muy mal cuerpo. Espero respuesta hoy.\n\nUn saludo,\n{name}",
        ),
    ],
    "de": [
        (
            "Beschwerde, bitte lesen",
            "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie meiner Mutter, weil ich sonst keine ruhige Minute finde. Wir verkaufen gerade ihre Wohnung, damit sie ins betreute Wohnen ziehen kann, und ich kümmere mich nebenbei um alles, Makler, Bank, Entrümpelung, und arbeite Vollzeit.\n\n{core}\n\nIch erwarte keine Wunder, aber einen Rückruf heute und eine Lösung. Der Makler fragt jeden Tag nach.\n\nMit freundlichen Grüßen\n{name}",
        ),
        (
            "Energieausweis - so geht das nicht",
            "Hallo,\n\nkurz zu mir: ich vermiete seit zehn Jahren eine kleine Einliegerwohnung in unserem Haus, bisher immer ohne Ärger. Dieses Jahr musste der Ausweis neu, und ich dachte, mit {brand} ist das in einer Woche erledigt. Meine Frau hat noch gesagt, nimm den vom letzten Mal.\n\n{core}\n\nIch bin eigentlich ein geduldiger Mensch, aber das hier kostet mich Zeit und Nerven, die ich nicht habe, weil wir gerade ein Baby bekommen haben.\n\nGruß\n{name}",
        ),
    ],
}

# Later contacts about the same open case. Written ones (e-mail, chat, web form, social) and calls.
STILL: dict[str, list[str]] = {
    "es": [
        "Vuelvo a escribir por la incidencia {case} ({topic}). Sigue igual y nadie me ha llamado.",
        "Incidencia {case}: seguimos igual. {topic}, sin novedades. Alguien lo está mirando?",
    ],
    "de": [
        "Ich melde mich nochmal wegen Vorgang {case} ({topic}). Immer noch nichts passiert, kein Rückruf.",
        "Vorgang {case}: Stand unverändert. {topic}. Kümmert sich da jemand?",
    ],
    "it": [
        "Riscrivo per la segnalazione {case} ({topic}). Ancora niente, nessuno mi ha richiamato."
    ],
    "fr": ["Je relance pour le dossier {case} ({topic}). Toujours rien, personne ne m'a rappelé."],
    "en": ["Chasing case {case} again ({topic}). Still nothing and nobody's called me."],
    "pt": [
        "Volto a escrever sobre o pedido {case} ({topic}). Continua tudo igual, ninguém me ligou."
    ],
}
THIRD: dict[str, list[str]] = {
    "es": [
        "Tercera vez que escribo por {case}. {topic} y sigue sin arreglarse. Una compañera de trabajo lo hizo con {comp} y se lo solucionaron en el día.",
        "Es la tercera vez con la incidencia {case}. He mirado lo que cobra {comp} y me estoy arrepintiendo de no haberles llamado a ellos.",
    ],
    "de": [
        "Das ist jetzt das dritte Mal wegen {case}. {topic}, immer noch offen. Ein Kollege hat das bei {comp} machen lassen, da war es am selben Tag erledigt.",
        "Dritte Nachricht zu Vorgang {case}. Ich habe mir inzwischen angeschaut was {comp} verlangt.",
    ],
    "it": [
        "Terza volta che scrivo per {case}. {topic}, ancora aperto. Un collega l'ha fatto con {comp} e gliel'hanno risolto in giornata."
    ],
    "fr": [
        "Troisième fois que j'écris pour {case}. {topic}, toujours rien. Une collègue est passée par {comp}, réglé dans la journée."
    ],
    "en": [
        "Third time writing about {case}. {topic}, still open. A mate at work used {comp} and they sorted it the same day."
    ],
    "pt": [
        "Terceira vez que escrevo por causa do {case}. {topic}, continua em aberto. Um colega fez com a {comp} e resolveram no mesmo dia."
    ],
}
FOURTH: dict[str, list[str]] = {
    "es": ["CUARTA vez. Incidencia {case}. {topic}. YA ESTÁ BIEN, quiero una solución hoy."],
    "de": ["Zum VIERTEN Mal: Vorgang {case}. {topic}. Ich erwarte heute eine Lösung."],
    "it": ["QUARTA volta. {case}. {topic}. Basta, voglio una soluzione oggi."],
    "fr": ["QUATRIÈME fois. Dossier {case}. {topic}. J'attends une solution aujourd'hui."],
    "en": ["FOURTH time. Case {case}. {topic}. I want this fixed today."],
    "pt": ["QUARTA vez. Pedido {case}. {topic}. Quero isto resolvido hoje."],
}
STILL_CALL: dict[str, str] = {
    "es": "hola llamo otra vez por la incidencia {case} que sigue sin resolverse nadie me ha llamado",
    "de": "ja hallo ich rufe wieder an wegen Vorgang {case} da ist immer noch nichts passiert",
    "it": "salve richiamo per la segnalazione {case} che è ancora aperta",
    "fr": "bonjour je rappelle pour le dossier {case} toujours pas réglé",
    "en": "hi I'm calling again about case {case} it's still not sorted",
    "pt": "olá volto a ligar por causa do pedido {case} que continua por resolver",
}
THIRD_CALL: dict[str, str] = {
    "es": "es la tercera vez que contacto por la incidencia {case} y una compañera lo hizo con {comp} y se lo arreglaron en el día",
    "de": "das ist das dritte Mal wegen {case} und ein Kollege war bei {comp} da ging das am selben Tag",
    "it": "è la terza volta per {case} e un collega con {comp} ha risolto in giornata",
    "fr": "c'est la troisième fois pour le dossier {case} une collègue chez {comp} a eu ça réglé dans la journée",
    "en": "this is the third time about case {case} a mate used {comp} and they sorted it same day",
    "pt": "é a terceira vez por causa do {case} um colega foi à {comp} e resolveram no mesmo dia",
}
FOURTH_CALL: dict[str, str] = {
    "es": "es la cuarta vez que llamo por {case} quiero hablar con un responsable",
    "de": "das ist das vierte Mal wegen {case} ich will jetzt einen Vorgesetzten sprechen",
    "it": "è la quarta volta per {case} voglio parlare con un responsabile",
    "fr": "c'est la quatrième fois pour {case} je veux parler à un responsable",
    "en": "this is the fourth time about {case} I want to speak to a manager",
    "pt": "é a quarta vez por causa do {case} quero falar com um responsável",
}

SUBJ_COMPLAINT = {
    "es": "Reclamación: {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "pt": "Reclamação: {topic}",
}
SUBJ_RE = {
    "es": "RE: Incidencia {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
    "fr": "RE : Dossier {case}",
    "en": "Re: Your case {case}",
    "pt": "RE: Pedido {case}",
}

AGENT_OPENED: dict[str, str] = {
    "es": "Hola {name}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te escribimos en cuanto tengamos novedades. Un saludo, {agent}, atención al cliente de {brand}",
    "de": "Guten Tag {name}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns, sobald wir mehr wissen. Viele Grüße, {agent}, Kundenservice {brand}",
    "it": "Gentile {name}, ci scusiamo. Abbiamo aperto la segnalazione {case} e la aggiorneremo appena possibile. Cordiali saluti, {agent}, {brand}",
    "fr": "Bonjour {name}, nous sommes désolés. Nous avons ouvert le dossier {case} et revenons vers vous au plus vite. Cordialement, {agent}, service client {brand}",
    "en": "Hi {name}, really sorry about this. We've opened case {case} and will be back in touch as soon as we know more. Best, {agent}, {brand} customer care",
    "pt": "Olá {name}, lamentamos muito. Abrimos o pedido {case} e voltamos a contactar assim que houver novidades. Cumprimentos, {agent}, {brand}",
}
AGENT_CHAT_CASE: dict[str, str] = {
    "es": "Lo siento mucho, {name}. Te abro la incidencia {case} y lo paso ahora mismo al equipo.",
    "de": "Das tut mir sehr leid, {name}. Ich lege den Vorgang {case} an und gebe ihn sofort weiter.",
    "it": "Mi dispiace molto, {name}. Apro la segnalazione {case} e la passo subito al team.",
    "fr": "Je suis vraiment désolé, {name}. J'ouvre le dossier {case} et je le transmets tout de suite.",
    "en": "I'm really sorry, {name}. I've opened case {case} and passed it straight to the team.",
    "pt": "Lamento muito, {name}. Abri o pedido {case} e passei já à equipa.",
}
AGENT_URGENT: dict[str, str] = {
    "es": "Lo he añadido a tu incidencia {case} y la he marcado como urgente.",
    "de": "Ich habe das zu Ihrem Vorgang {case} hinzugefügt und ihn als dringend markiert.",
    "it": "L'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente.",
    "fr": "Je l'ai ajouté au dossier {case} et l'ai marqué comme urgent.",
    "en": "I've added this to case {case} and marked it urgent.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
}
AGENT_LEAD: dict[str, str] = {
    "es": "Hola {name}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Un saludo, {agent}",
    "de": "Guten Tag {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Viele Grüße, {agent}",
    "it": "Gentile {name}, la segnalazione {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a mezzogiorno. Saluti, {agent}",
    "fr": "Bonjour {name}, votre dossier {case} est maintenant suivi par notre responsable qualité, qui vous appellera avant vendredi midi. Cordialement, {agent}",
    "en": "Hi {name}, case {case} is now with our quality lead, who'll ring you before Friday lunchtime. Best, {agent}",
    "pt": "Olá {name}, o pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao meio-dia. Cumprimentos, {agent}",
}
FIX: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "el técnico tiene nueva cita contigo mañana a primera hora y la visita no se cobra",
        "double_charge": "el segundo cargo ya está devuelto",
        "wrong_rating": "el técnico ha revisado los datos y el certificado corregido está en la app",
        "refund": "la devolución ya está emitida",
        "not_registered": "el certificado ya está registrado y tienes el justificante en la app",
        "cancel_fee": "hemos anulado el cargo por el cambio de cita",
    },
    "de": {
        "no_show": "der Gutachter kommt morgen früh als Erstes zu Ihnen, der Termin ist kostenlos",
        "double_charge": "die zweite Abbuchung ist zurücküberwiesen",
        "wrong_rating": "der Gutachter hat die Daten geprüft, der korrigierte Ausweis liegt in der App",
        "refund": "die Erstattung ist veranlasst",
        "not_registered": "der Ausweis ist registriert, die Bestätigung liegt in der App",
        "cancel_fee": "die Umbuchungsgebühr ist storniert",
    },
    "it": {
        "no_show": "il tecnico verrà domattina per primo, senza costi",
        "double_charge": "il secondo addebito è stato stornato",
        "wrong_rating": "l'APE corretto è nella app",
        "refund": "il rimborso è stato emesso",
        "not_registered": "l'APE è registrato, la ricevuta è nella app",
        "cancel_fee": "abbiamo annullato la penale",
    },
    "fr": {
        "no_show": "le diagnostiqueur passe demain à la première heure, sans frais",
        "double_charge": "le second prélèvement est remboursé",
        "wrong_rating": "le DPE corrigé est dans l'appli",
        "refund": "le remboursement est émis",
        "not_registered": "le DPE est enregistré, le justificatif est dans l'appli",
        "cancel_fee": "les frais de report sont annulés",
    },
    "en": {
        "no_show": "the assessor is booked in first thing tomorrow at no cost",
        "double_charge": "the second charge has been refunded",
        "wrong_rating": "the corrected EPC is in the app",
        "refund": "your refund has been issued",
        "not_registered": "the EPC is now lodged and the receipt is in the app",
        "cancel_fee": "we've cancelled the fee",
    },
    "pt": {
        "no_show": "o técnico vai amanhã logo de manhã, sem custos",
        "double_charge": "a segunda cobrança foi devolvida",
        "wrong_rating": "o certificado corrigido está na app",
        "refund": "o reembolso foi emitido",
        "not_registered": "o certificado está registado e o comprovativo está na app",
        "cancel_fee": "anulámos a taxa",
    },
}
AGENT_GOOD: dict[str, str] = {
    "es": "Hola {name}, buenas noticias sobre la incidencia {case}: {fix}. ¿Nos confirmas que todo está bien? Un saludo, {agent}",
    "de": "Guten Tag {name}, gute Nachrichten zu Vorgang {case}: {fix}. Können Sie uns kurz bestätigen, dass alles passt? Viele Grüße, {agent}",
    "it": "Gentile {name}, buone notizie sulla segnalazione {case}: {fix}. Ci conferma che è tutto a posto? Saluti, {agent}",
    "fr": "Bonjour {name}, bonne nouvelle pour le dossier {case} : {fix}. Pouvez-vous nous confirmer que tout est bon ? Cordialement, {agent}",
    "en": "Hi {name}, good news on case {case}: {fix}. Could you confirm everything's fine now? Best, {agent}",
    "pt": "Olá {name}, boas notícias sobre o pedido {case}: {fix}. Pode confirmar que está tudo bem? Cumprimentos, {agent}",
}
CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmado, incidencia {case} resuelta. Gracias!",
        "Sí, todo bien ya con {case}. Gracias por la rapidez",
    ],
    "de": [
        "Bestätigt, Vorgang {case} ist erledigt. Danke!",
        "Ja, passt jetzt alles mit {case}. Danke",
    ],
    "it": ["Confermo, {case} risolta. Grazie"],
    "fr": ["Je confirme, dossier {case} réglé. Merci"],
    "en": ["Confirmed, case {case} is sorted. Thanks"],
    "pt": ["Confirmo, pedido {case} resolvido. Obrigada"],
}
APOLOGY: dict[str, list[str]] = {
    "es": [
        "Perdonad el tono de ayer, estaba muy agobiada con la venta. Gracias por resolverlo tan rápido",
        "Siento lo de ayer, se me fue la mano con las mayúsculas. Gracias",
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, war ein furchtbarer Tag. Danke fürs schnelle Lösen",
        "Sorry wegen gestern, ich war echt sauer. Danke",
    ],
    "it": ["Scusate il tono di ieri, giornata pesante. Grazie"],
    "fr": ["Désolée pour le ton d'hier, journée difficile. Merci"],
    "en": ["Sorry for the tone yesterday, bad day. Thanks for sorting it"],
    "pt": ["Desculpem o tom de ontem, foi um dia mau. Obrigada"],
}
THANKS: dict[str, list[str]] = {
    "es": ["gracias!", "mil gracias", "perfecto, gracias"],
    "de": ["danke!", "vielen Dank", "super, danke"],
    "it": ["grazie!"],
    "fr": ["merci !"],
    "en": ["thanks!"],
    "pt": ["obrigado!"],
}

# Sliding customers (small landlords with several flats), six steps, last names {comp}.
SLIDE: dict[str, list[str]] = {
    "es": [
        "El técnico llegó dos horas tarde y sin avisar. Bueno, le puede pasar a cualquiera",
        "Tercera vez que me piden las facturas de la caldera que ya subí a la app. Un poco cansino",
        "El certificado del piso de Avenida vino con la superficie mal, 58 m² en vez de 68. Hay que repetirlo",
        'Ahora me cobran 45 € por la "segunda visita" para corregir SU error. No lo entiendo',
        "Harta. 45 € por arreglar un fallo vuestro, el inquilino esperando y nadie coge el teléfono. Ya no es lo que era {brand}",
        "Mi vecino hace los certificados con {comp} y para el piso de arriba ya les he pedido presupuesto. Lo siento pero así no",
    ],
    "de": [
        "Gutachter kam zwei Stunden zu spät, ohne Bescheid. Kann passieren",
        "Zum dritten Mal soll ich die Heizkostenabrechnungen schicken, die längst in der App sind. Nervig",
        "Im Ausweis für die Dachgeschosswohnung stimmt die Wohnfläche nicht, 58 statt 68 m². Muss neu gemacht werden",
        'Und jetzt sollen 45 € für den "Zweittermin" fällig werden, um IHREN Fehler zu korrigieren. Verstehe ich nicht',
        "Reicht mir. 45 € für Ihren Fehler, der Mieter wartet und am Telefon geht keiner ran. {brand} war mal gut",
        "Mein Nachbar macht seine Ausweise bei {comp}, für die nächste Wohnung habe ich dort schon angefragt. Tut mir leid, aber so nicht",
    ],
    "it": [
        "Il tecnico è arrivato con due ore di ritardo senza avvisare. Capita",
        "Per la terza volta mi chiedono le bollette già caricate nella app",
        "L'APE del bilocale ha la superficie sbagliata, 58 invece di 68 mq. Da rifare",
        'Adesso vogliono 45 € per la "seconda visita" per correggere un LORO errore',
        "Basta. 45 € per un vostro sbaglio, l'inquilino che aspetta e nessuno risponde. {brand} non è più quella di prima",
        "Il mio vicino fa gli APE con {comp}, per il prossimo appartamento ho già chiesto a loro",
    ],
    "fr": [
        "Diagnostiqueur arrivé avec deux heures de retard sans prévenir. Ça arrive",
        "Troisième fois qu'on me redemande les factures déjà envoyées dans l'appli",
        "Le DPE du T2 a une surface fausse, 58 au lieu de 68 m². À refaire",
        'Et maintenant 45 € pour la "seconde visite" pour corriger LEUR erreur',
        "Ras le bol. 45 € pour votre erreur, le locataire qui attend et personne au téléphone. {brand} n'est plus ce que c'était",
        "Mon voisin fait ses DPE chez {comp}, pour le prochain appart je leur ai déjà demandé un devis",
    ],
    "en": [
        "Assessor turned up two hours late, no call. These things happen",
        "Third time I've been asked for the boiler paperwork that's already in the app",
        "The EPC for the top-floor flat has the floor area wrong, 58 instead of 68 m². Needs redoing",
        'Now they want £40 for a "second visit" to fix THEIR mistake',
        "Fed up. £40 for your error, tenant waiting and nobody picks up the phone. {brand} used to be good",
        "My neighbour uses {comp} for his EPCs and I've already asked them to quote for the next flat",
    ],
    "pt": [
        "O técnico chegou duas horas atrasado sem avisar. Acontece",
        "Terceira vez que me pedem as faturas que já carreguei na app",
        "O certificado do T1 veio com a área errada, 58 em vez de 68 m². Tem de ser refeito",
        'Agora querem 45 € pela "segunda visita" para corrigir um erro DELES',
        "Chega. 45 € por um erro vosso, o inquilino à espera e ninguém atende. A {brand} já não é o que era",
        "O meu vizinho faz os certificados com a {comp} e para o próximo apartamento já lhes pedi orçamento",
    ],
}

CANCEL_REQ: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Baja del plan Certalia Casa",
            "Hola, hemos vendido los dos pisos que teníamos alquilados (nos vamos a vivir al pueblo) y ya no necesito el plan Certalia Casa. Quiero darlo de baja y cerrar la cuenta, por favor. Gracias por estos años. {name}",
        ),
        (
            "Cancelar plan y cuenta",
            "Buenas, me jubilo y he dejado de alquilar el estudio, así que quiero cancelar el plan Casa y cerrar la cuenta. Un saludo, {name}",
        ),
    ],
    "de": [
        (
            "Kündigung Certalia Casa",
            "Hallo, wir haben die Einliegerwohnung zu einem Arbeitszimmer umgebaut und vermieten nicht mehr. Ich möchte Certalia Casa kündigen und das Konto schließen. Danke für alles, {name}",
        ),
        (
            "Konto schließen",
            "Guten Tag, die Wohnung ist verkauft, ich brauche Certalia Casa nicht mehr. Bitte kündigen und mein Konto löschen. Gruß {name}",
        ),
    ],
    "it": [
        (
            "Disdetta Certalia Casa",
            "Buongiorno, abbiamo venduto l'appartamento in affitto e vorrei disdire Certalia Casa e chiudere l'account. Grazie, {name}",
        )
    ],
    "fr": [
        (
            "Résiliation Certalia Casa",
            "Bonjour, j'ai vendu le studio que je louais, je souhaite résilier Certalia Casa et fermer mon compte. Merci, {name}",
        )
    ],
    "en": [
        (
            "Cancel Certalia Casa",
            "Hi, we've sold the flat we were letting so I'd like to cancel Certalia Casa and close my account please. Thanks, {name}",
        )
    ],
    "pt": [
        (
            "Cancelar Certalia Casa",
            "Bom dia, vendemos o apartamento que tínhamos arrendado e quero cancelar o Certalia Casa e fechar a conta. Obrigada, {name}",
        )
    ],
}
AGENT_SORRY: dict[str, str] = {
    "es": "Hola {name}, sentimos que te vayas. Puedes dar de baja el plan tú mismo desde la app o la web, en Mi cuenta > Plan, y cerrar la cuenta en el mismo sitio. Gracias por confiar en nosotros, {agent}",
    "de": "Guten Tag {name}, schade, dass Sie gehen. Sie können Certalia Casa selbst in der App oder auf der Website unter Mein Konto > Plan kündigen und dort auch das Konto schließen. Viele Grüße, {agent}",
    "it": "Gentile {name}, ci dispiace vederla andare. Può disdire da sola nella app o sul sito, in Il mio account > Piano. Saluti, {agent}",
    "fr": "Bonjour {name}, nous regrettons votre départ. Vous pouvez résilier vous-même dans l'appli ou sur le site, Mon compte > Formule. Cordialement, {agent}",
    "en": "Hi {name}, sorry to see you go. You can cancel yourself in the app or on the website under My account > Plan. Best, {agent}",
    "pt": "Olá {name}, lamentamos a sua saída. Pode cancelar na app ou no site, em A minha conta > Plano. Cumprimentos, {agent}",
}

GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app me cierra la sesión cada vez que la abro. Cada. Vez.",
        "Otra vez el SMS de recordatorio a las 7 de la mañana un sábado",
        "El chat tarda 20 minutos en contestar, para preguntar una tontería",
        "Las franjas de cita de 4 horas son una broma",
        "El PDF del certificado no se ve bien en el móvil, hay que hacer zoom mil veces",
        "Me piden subir las facturas en PDF, si son fotos no valen. Por qué?",
        "Ni una sola cita por la tarde en todo el mes",
    ],
    "de": [
        "Die App loggt mich bei jedem Öffnen aus. Jedes. Mal.",
        "Schon wieder die Erinnerungs-SMS um 7 Uhr am Samstag",
        "20 Minuten Wartezeit im Chat für eine simple Frage",
        "Zeitfenster von 4 Stunden sind ein Witz",
        "Das PDF vom Ausweis ist auf dem Handy kaum lesbar",
        "Warum nur PDF und keine Fotos beim Hochladen der Abrechnungen?",
        "Kein einziger Nachmittagstermin im ganzen Monat",
    ],
    "it": [
        "L'app mi disconnette ogni volta",
        "Di nuovo l'SMS alle 7 di sabato",
        "20 minuti di attesa in chat",
        "Fasce di 4 ore, ridicolo",
        "Nessun appuntamento il pomeriggio",
    ],
    "fr": [
        "L'appli me déconnecte à chaque ouverture",
        "Encore le SMS de rappel à 7h un samedi",
        "20 minutes d'attente sur le chat",
        "Des créneaux de 4 heures, sérieusement",
        "Aucun rendez-vous l'après-midi",
    ],
    "en": [
        "App logs me out every single time",
        "Reminder text at 7am on a Saturday again",
        "20 minute wait on the chat for a simple question",
        "4 hour appointment windows are a joke",
        "Not one afternoon slot all month",
    ],
    "pt": [
        "A app faz logout sempre que a abro",
        "Outra vez o SMS às 7 da manhã de sábado",
        "20 minutos à espera no chat",
        "Janelas de 4 horas, a sério?",
        "Nem uma marcação à tarde o mês todo",
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Qué maravilla, el técnico de {brand} midiendo mi salón con el metro del móvil y el del láser en la mochila. Precisión suiza 👏",
        'Me encanta que la app de {brand} me felicite por mi "letra C" tres días después de decirme que era una E. Emoción hasta el final 😂',
    ],
    "de": [
        "Toll, der Gutachter von {brand} misst mein Wohnzimmer mit der Handy-App, während der Laser im Rucksack bleibt. Präzision 👏",
        'Liebe es, dass mir die App von {brand} zur "Klasse C" gratuliert, drei Tage nachdem sie E sagte. Spannung bis zum Schluss 😂',
    ],
    "it": [
        "Bellissimo, il tecnico di {brand} misura il salotto col telefono e il laser resta nello zaino. Precisione svizzera 👏"
    ],
    "fr": [
        "Génial, le diagnostiqueur {brand} mesure mon salon avec son téléphone, le laser reste dans le sac. Précision suisse 👏"
    ],
    "en": [
        "Love that the {brand} assessor measured my lounge with a phone app while the laser stayed in his bag. Precision 👏"
    ],
    "pt": [
        "Adorei, o técnico da {brand} a medir a sala com o telemóvel e o laser na mochila. Precisão suíça 👏"
    ],
}

# Quiet-hours mild grumbles (question, agent's answer).
MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "El buscador de zonas dice que no cubrís mi código postal y el técnico vino el año pasado. Será un error?",
            "Hola, sí, era un fallo del mapa con algunos códigos nuevos, ya está corregido. Gracias por avisar.",
        )
    ],
    "de": [
        (
            "Die App schickt mir die Benachrichtigungen auf Spanisch, obwohl alles auf Deutsch eingestellt ist",
            "Hallo, danke für den Hinweis, wir haben die Sprache Ihres Kontos korrigiert.",
        )
    ],
    "it": [
        (
            "Le notifiche arrivano in inglese anche se ho scelto l'italiano",
            "Salve, grazie, abbiamo corretto la lingua del suo account.",
        )
    ],
    "fr": [
        (
            "La carte des zones affiche Lyon alors que je suis à Lille",
            "Bonjour, merci, c'est corrigé.",
        )
    ],
    "en": [
        (
            "The area search keeps showing Leeds when I'm in Dublin",
            "Hi, thanks for flagging, it's fixed now.",
        )
    ],
    "pt": [
        ("As notificações chegam em espanhol", "Olá, obrigado, já corrigimos o idioma da conta.")
    ],
}

# The planted incident: the app's "My visit" page shows every booked visit on 01/01/1970, error 9F-07.
SPIKE_TOPIC = "certificate app's My visit page shows every booked inspection dated 01/01/1970 with error 9F-07 and the reschedule button does nothing: customers fear their visit was cancelled"
SPIKE_REPORT: dict[str, list[str]] = {
    "es": [
        'La app dice que mi visita es el 01/01/1970?? Sale un aviso rojo "error 9F-07" y el botón de cambiar cita no hace nada. Me la habéis anulado? Es el jueves y firmo el lunes',
        "abro la app y mi cita pone 1 de enero de 1970 jajaja. error 9F-07. en serio, sigue en pie lo del viernes o no?",
        "Buenos días, en Mi visita aparece fecha 01/01/1970 01:00 y el código 9F-07. Le he dado a reprogramar y nada. Necesito saber si viene el técnico mañana",
        "ERROR 9F-07 y fecha de 1970 en la cita. He tenido que cambiar el turno del trabajo para esa visita, que alguien me diga algo",
    ],
    "de": [
        'In der App steht mein Termin jetzt am 01.01.1970?? Roter Balken "Fehler 9F-07" und Termin ändern geht nicht. Ist der Termin am Donnerstag storniert?',
        "guten morgen, mein Gutachtertermin zeigt 1.1.1970 01:00 und Fehler 9F-07. Kommt morgen jemand oder nicht??",
        'Fehler 9F-07 beim Öffnen von "Mein Termin", Datum 1970. Verschieben-Knopf tut nichts. Ich hab extra Urlaub genommen, bitte um Info',
        "Lustig, laut App ist mein Termin vor 56 Jahren gewesen 😅 Fehler 9F-07. Aber im Ernst, gilt Freitag noch?",
    ],
    "it": [
        "L'app dice che il mio appuntamento è il 01/01/1970, errore 9F-07, e il tasto sposta non funziona. È stato cancellato? Era per giovedì",
        "errore 9F-07 e data 1970 sull'appuntamento, viene il tecnico domani o no?",
    ],
    "fr": [
        "L'appli affiche mon rendez-vous au 01/01/1970 avec une erreur 9F-07 et le bouton reporter ne marche pas. Il est annulé ? C'était jeudi",
        "erreur 9F-07 et date de 1970 sur mon rdv, le diagnostiqueur vient demain ou pas ?",
    ],
    "en": [
        "App says my EPC visit is on 01/01/1970?? Red banner error 9F-07 and the reschedule button does nothing. Has it been cancelled? It's meant to be Thursday",
        "error 9F-07 and my appointment's dated 1970, is the assessor still coming tomorrow or what",
    ],
    "pt": [
        "A app diz que a minha visita é a 01/01/1970, erro 9F-07, e o botão de reagendar não faz nada. Foi cancelada? Era quinta",
        "erro 9F-07 e data de 1970 na marcação, o técnico vem amanhã ou não?",
    ],
}
SPIKE_SUBJECT = {
    "es": "Mi cita sale en 1970 (error 9F-07)",
    "de": "Termin 1970 / Fehler 9F-07",
    "it": "Appuntamento 1970, errore 9F-07",
    "fr": "Rendez-vous en 1970, erreur 9F-07",
    "en": "Appointment showing 1970 - error 9F-07",
    "pt": "Marcação em 1970, erro 9F-07",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigue igual, 9F-07 y 1970, también desde el móvil de mi marido. Alguien me confirma si viene el técnico?",
        "Vuelvo a escribir: sigo con el error 9F-07 y la cita en 1970. Nadie contesta",
    ],
    "de": [
        "Immer noch 9F-07 und 1970, auch auf dem Handy meiner Frau. Kann mir jemand sagen ob der Termin steht?",
        "Nochmal: Fehler 9F-07, Datum 1970, auch im Browser. Bitte melden",
    ],
    "it": ["Ancora errore 9F-07 e 1970, anche dal telefono di mia moglie"],
    "fr": ["Toujours 9F-07 et 1970, même sur le téléphone de mon mari"],
    "en": ["Still 9F-07 and 1970, same on my husband's phone. Anyone?"],
    "pt": ["Continua o erro 9F-07 e 1970, também no telemóvel do meu marido"],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "es": "Sí, ahora mismo la app muestra mal la fecha de todas las visitas (error 9F-07). Tu cita sigue en pie tal cual la reservaste; nuestros técnicos informáticos están en ello.",
    "de": "Ja, die App zeigt gerade bei allen Terminen ein falsches Datum (Fehler 9F-07). Ihr Termin bleibt wie gebucht bestehen; unsere Technik arbeitet daran.",
    "it": "Sì, in questo momento l'app mostra male la data di tutti gli appuntamenti (errore 9F-07). Il suo appuntamento resta confermato; ci stiamo lavorando.",
    "fr": "Oui, l'appli affiche en ce moment une mauvaise date pour tous les rendez-vous (erreur 9F-07). Votre rendez-vous est maintenu; nos équipes techniques s'en occupent.",
    "en": "Yes, the app is showing the wrong date for every visit right now (error 9F-07). Your appointment stands as booked; our engineers are on it.",
    "pt": "Sim, neste momento a app mostra a data errada em todas as visitas (erro 9F-07). A sua marcação mantém-se; a equipa técnica está a tratar.",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "es": (
        "Tu visita sigue en pie",
        "Hola {name}, desde las {time} la página Mi visita vuelve a mostrar la fecha correcta y tu cita no ha cambiado. Perdona el susto: te hemos puesto {credit} de descuento en tu próximo certificado. Un saludo, {agent}",
    ),
    "de": (
        "Ihr Termin steht",
        'Guten Tag {name}, seit {time} Uhr zeigt "Mein Termin" wieder das richtige Datum, Ihr Termin ist unverändert. Entschuldigen Sie den Schreck: Sie haben {credit} Gutschrift auf den nächsten Ausweis. Viele Grüße, {agent}',
    ),
    "it": (
        "Il suo appuntamento è confermato",
        "Gentile {name}, dalle {time} la pagina dell'appuntamento mostra di nuovo la data giusta e nulla è cambiato. Per scusarci le abbiamo accreditato {credit}. Saluti, {agent}",
    ),
    "fr": (
        "Votre rendez-vous est maintenu",
        "Bonjour {name}, depuis {time} la page Mon rendez-vous affiche à nouveau la bonne date, rien n'a changé. Pour nous excuser, {credit} de remise sur votre prochain diagnostic. Cordialement, {agent}",
    ),
    "en": (
        "Your visit is still on",
        "Hi {name}, since {time} the My visit page shows the right date again and your appointment hasn't changed. Sorry for the scare: we've added {credit} credit to your account. Best, {agent}",
    ),
    "pt": (
        "A sua visita mantém-se",
        "Olá {name}, desde as {time} a página A minha visita volta a mostrar a data certa e a marcação não mudou. Pedimos desculpa: tem {credit} de crédito. Cumprimentos, {agent}",
    ),
}
# The day before: lone questions about a page that worked (question, answer).
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "Hola, la página de Mi visita ha tardado un poco en cargar pero sale bien, jueves a las 9. Solo confirmar que el técnico trae él el medidor láser y no tengo que preparar nada?",
        "¡Hola! Sí, el técnico lo lleva todo; solo necesitamos acceso a todas las estancias. Tu cita del jueves está confirmada.",
    ),
    "de": (
        "Hallo, in der App steht mein Termin Freitag 8-12, passt. Muss ich den Schornsteinfegerbericht bereitlegen?",
        "Hallo! Wenn Sie ihn haben, gern, Pflicht ist er nicht. Ihr Termin am Freitag steht.",
    ),
}
SPIKE_WEEK_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "La búsqueda de la ayuda tarda siglos en cargar, llevo 2 minutos mirando la ruedecita",
        "Hola, perdona, hoy la ayuda va lenta. ¿En qué te puedo ayudar?",
    ),
    "de": (
        "Die Hilfeseite lädt ewig, geht das nur mir so?",
        "Hallo, heute ist die Hilfe etwas langsam, sorry. Wobei kann ich helfen?",
    ),
}
