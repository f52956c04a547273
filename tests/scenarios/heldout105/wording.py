# ruff: noqa: E501
"""Consumer wording for heldout105 (Sanguro: blood tests at sampling points and at home).

Written from the stories, before generation. Placeholders are filled by
make_heldout105.py: {case} case reference, {comp} a competitor, {amt} and
{amt2} amounts in the customer's money, {agent} an agent's first name,
{name} the customer's first name, {topic} the problem's short name.
"""

from __future__ import annotations

BRAND = "Sanguro"
COMPETITORS = ("Prelivo", "Bluttakt")
LANGS = ("de", "it", "en", "fr", "es", "pt")

AGENTS: dict[str, list[str]] = {
    "de": ["Jana", "Malte", "Svenja", "Onur"],
    "it": ["Chiara", "Davide", "Federica", "Nicola"],
    "en": ["Holly", "Callum"],
    "fr": ["Maëlle", "Yanis"],
    "es": ["Lucía", "Iker"],
    "pt": ["Inês", "Rui"],
}

#: (label, price in euros). Labels are English / Italian whatever the market.
PRODUCTS: list[tuple[str, int]] = [
    ("Basic check-up / Check-up di base", 39),
    ("Vitamin D + B12 / Vitamina D + B12", 29),
    ("Thyroid panel TSH fT3 fT4 / Pannello tiroide", 34),
    ("Cholesterol and lipids / Colesterolo e lipidi", 24),
    ("Iron and ferritin / Ferro e ferritina", 22),
    ("Full check-up with home visit / Check-up completo a domicilio", 89),
    ("Sports check-up / Check-up sportivo", 59),
    ("Allergy panel 20 allergens / Pannello allergie 20", 69),
    ("HbA1c diabetes check / Controllo HbA1c", 19),
    ("Finger-prick kit by post, vitamin D / Kit capillare per posta", 25),
]

PAGES = [
    "/app/book",
    "/prices",
    "/sampling-points",
    "/results",
    "/plus",
    "/packages/check-up",
    "/packages/vitamin-d",
    "/home-visit",
    "/faq/fasting",
]

# --- happy ---------------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "de": [
        "Heute morgen bei Sanguro in der Entnahmestelle gewesen, 7:30 Termin, 7:34 war ich schon wieder draußen. So muss das sein",
        "Die Schwester bei Sanguro hat beim ersten Mal die Vene getroffen, und ich hab echt schlechte Venen. Danke!!",
        "Befund war nach 26 Stunden in der App, mit Erklärung zu jedem Wert. Sanguro macht das wirklich gut",
        "Hausbesuch von Sanguro um 6:45 vor der Frühschicht, total freundlich, kein Stress. Top",
        "ne eins für Sanguro, Termin gebucht, Blut abgenommen, Ergebnisse da. fertig",
    ],
    "it": [
        "Prelievo da Sanguro stamattina, prenotato alle 7:40 e alle 7:45 avevo già il cerotto. Perfetto",
        "L'infermiera di Sanguro a casa di mia madre (91 anni) è stata di una dolcezza incredibile. Grazie davvero",
        "Referti in app in meno di un giorno, con le spiegazioni di ogni valore. Sanguro promosso",
        "Finalmente un centro prelievi dove non si aspetta un'ora. Sanguro 10 e lode",
        "grz Sanguro, prenotazione facile e zero coda anche oggi",
    ],
    "en": [
        "In and out of the Sanguro sampling point in six minutes this morning. Didn't even finish my podcast",
        "Sanguro nurse came to the house at 7am, found a vein first go. Honestly the best blood test I've had",
    ],
    "fr": [
        "Prise de sang chez Sanguro ce matin, zéro attente et une infirmière adorable. Merci !",
        "Résultats dans l'appli en 24 h avec les explications, Sanguro c'est vraiment pratique",
    ],
    "es": [
        "Análisis en Sanguro esta mañana, cita a las 8:00 y a las 8:06 fuera. Así da gusto",
        "La enfermera de Sanguro vino a casa de mi padre y fue un encanto. Gracias!!",
    ],
    "pt": [
        "Análises na Sanguro hoje de manhã, sem fila nenhuma e a enfermeira super simpática. Obg!",
        "Resultados na app em menos de um dia. Sanguro, assim sim",
    ],
}

AGAIN: dict[str, list[str]] = {
    "de": [
        "Schon wieder die nette Schwester Petra bei Sanguro erwischt, dritte Kontrolle dieses Jahr und jedes Mal top",
        "Drittes Mal Hausbesuch von Sanguro für meinen Vater, immer noch pünktlich auf die Minute",
        "Immer noch begeistert: wieder Befund am nächsten Tag, wieder keine Wartezeit",
    ],
    "it": [
        "Terza volta quest'anno da Sanguro per la tiroide e ancora una volta zero attesa",
        "Di nuovo la stessa infermiera gentilissima di Sanguro, ormai mi conosce per nome",
        "Ancora una volta referti in 24 ore. Sanguro non sbaglia un colpo",
    ],
    "en": ["Third check-up with Sanguro this year and again bang on time. Still impressed"],
    "fr": ["Troisième prise de sang chez Sanguro cette année et toujours aussi rapide"],
    "es": ["Tercera vez este año en Sanguro y otra vez sin esperar nada"],
    "pt": ["Terceira vez este ano na Sanguro e outra vez impecável"],
}

GRIPE: dict[str, list[str]] = {
    "de": [
        "Sehr gut gelaufen, nur das Pflaster hält nix, ist nach 10 min abgefallen. Sonst alles super bei Sanguro",
        "Befund schnell und verständlich, nur der PDF-Download in der App ist winzig. Trotzdem gerne wieder",
    ],
    "it": [
        "Tutto ottimo, solo che in sala d'attesa non c'è una sedia libera. Per il resto Sanguro top",
        "Infermiera bravissima, peccato che il parcheggio davanti al centro sia sempre pieno",
    ],
    "en": ["Great as always, only wish the Saturday slots didn't go so fast. Otherwise faultless"],
    "fr": ["Très bien, seul bémol la salle d'attente un peu froide le matin"],
    "es": ["Todo genial, solo que la app tarda en mostrar los PDF. Por lo demás 10"],
    "pt": ["Tudo ótimo, só o estacionamento é que é complicado. De resto, impecável"],
}

#: (question, agent's answer)
CHATQ: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo, muss ich für das Schilddrüsenprofil nüchtern sein?",
            "Hallo! Nein, für TSH, fT3 und fT4 müssen Sie nicht nüchtern sein. Nehmen Sie Ihre Tabletten aber erst nach der Abnahme.",
        ),
        (
            "kann ich meinen Sohn (8) zum Termin mitbringen? er muss nicht getestet werden",
            "Natürlich, Begleitpersonen sind kein Problem. Viel Erfolg morgen!",
        ),
        (
            "Wie lange dauert der Befund beim Eisenprofil?",
            "In der Regel 24 bis 48 Stunden, Sie bekommen eine Nachricht, sobald er in der App ist.",
        ),
        (
            "Gibt es in der Entnahmestelle Leopoldstraße einen Aufzug?",
            "Ja, der Eingang ist barrierefrei und der Aufzug fährt bis in den 2. Stock.",
        ),
    ],
    "it": [
        (
            "Buongiorno, per il colesterolo devo essere a digiuno?",
            "Buongiorno! Sì, a digiuno da almeno 10-12 ore, l'acqua si può bere tranquillamente.",
        ),
        (
            "posso spostare il prelievo di domani alle 9?",
            "Certo, l'ho spostato alle 9:00. Trova la conferma nell'app.",
        ),
        (
            "Il referto lo vede anche il mio medico di base?",
            "Solo se lo condivide lei dall'app, con il pulsante 'Condividi'. Senza il suo consenso non lo vede nessuno.",
        ),
        (
            "C'è un centro Sanguro vicino a Porta Romana aperto il sabato?",
            "Sì, in via Lamarmora, il sabato dalle 7:30 alle 11:00.",
        ),
    ],
    "en": [
        (
            "Hi, do I need to fast for the vitamin D test?",
            "Hi! No fasting needed for vitamin D, eat and drink as normal.",
        ),
        (
            "can my husband come along to the home visit and get his done too",
            "Yes, just add him to the booking in the app and the nurse will do both.",
        ),
    ],
    "fr": [
        (
            "Bonjour, faut-il être à jeun pour le bilan thyroïdien ?",
            "Bonjour ! Non, pas besoin d'être à jeun pour la thyroïde.",
        ),
        (
            "bjr, le centre de la rue Nationale est ouvert samedi ?",
            "Oui, de 7 h 30 à 11 h 30 le samedi.",
        ),
    ],
    "es": [
        (
            "Hola, para la glucosa tengo que ir en ayunas?",
            "¡Hola! Sí, 8 horas de ayuno, el agua sí puedes beberla.",
        ),
        (
            "porfa, se puede cambiar la cita del jueves al viernes?",
            "Hecho, te la he pasado al viernes a la misma hora.",
        ),
    ],
    "pt": [
        (
            "Olá, para o colesterol tenho de ir em jejum?",
            "Olá! Sim, 10 a 12 horas de jejum, água pode beber.",
        ),
        (
            "o resultado aparece na app ou chega por email?",
            "Aparece na app e enviamos também um aviso por email.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "de": ["Danke!", "super, danke dir", "Alles klar, vielen Dank 👍"],
    "it": ["Grazie mille!", "perfetto grz", "Ok grazie, gentilissimi"],
    "en": ["Brilliant, thanks!", "cheers"],
    "fr": ["Merci beaucoup !", "super merci"],
    "es": ["Genial, gracias!", "mil gracias"],
    "pt": ["Obrigada!", "perfeito, obg"],
}

#: (subject, question, agent's answer)
MAILQ: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Termin für meine Mutter",
            "Hallo liebes Sanguro-Team,\nmeine Mutter (79) hat Angst vor Nadeln. Kann ich bei der Blutabnahme dabei sein und gibt es eine Schwester, die das besonders behutsam macht?\nLG",
            "Hallo,\nselbstverständlich dürfen Sie dabei sein. Ich habe in der Buchung vermerkt, dass Ihre Mutter Angst vor Nadeln hat.\nHerzliche Grüße",
        ),
        (
            "Frage zu Sanguro Plus",
            "Guten Tag,\nich überlege Sanguro Plus zu nehmen. Gilt der Rabatt auch für meine Frau, wenn sie unter meinem Konto bucht?\nViele Grüße",
            "Guten Tag,\nja, mit Plus können Sie bis zu zwei Familienmitglieder hinzufügen, der Rabatt gilt für alle.\nBeste Grüße",
        ),
        (
            "Rechnung für die Krankenkasse",
            "Hallo,\nich bräuchte für meine Zusatzversicherung eine Rechnung mit den einzelnen Analysen. Geht das?\nDanke und Gruß",
            "Hallo,\ndie ausführliche Rechnung finden Sie in der App unter Befunde > Dokumente. Ich habe sie Ihnen zusätzlich angehängt.\nFreundliche Grüße",
        ),
    ],
    "it": [
        (
            "Prelievo per mio figlio",
            "Buongiorno,\nmio figlio ha 6 anni e ha paura degli aghi. Avete un'infermiera abituata ai bambini nel centro di via Saragozza?\nGrazie, saluti",
            "Buongiorno,\nsì, il sabato mattina c'è Marta, che segue quasi solo i bimbi. Le ho riservato sabato alle 8:30.\nCordiali saluti",
        ),
        (
            "Domanda sul check-up",
            "Buongiorno,\nil check-up di base comprende anche la glicemia? Vorrei farlo prima di partire in settembre.\nCordiali saluti",
            "Buongiorno,\nsì, la glicemia è inclusa, insieme a emocromo, colesterolo e funzionalità renale.\nCordiali saluti",
        ),
        (
            "Fattura per detrazione",
            "Salve,\nmi servirebbe la fattura con il codice fiscale per la dichiarazione. Come faccio?\nGrazie",
            "Salve,\nla trova nell'app alla voce Documenti; l'abbiamo intestata con il suo codice fiscale. Gliela allego anche qui.\nUn saluto",
        ),
    ],
    "en": [
        (
            "Results for my insurer",
            "Hi there,\nmy insurer wants the cholesterol results on headed paper. Can you do that?\nCheers",
            "Hi,\nyes, the PDF in the app is on headed paper and signed by the lab. I've attached it here too.\nKind regards",
        ),
        (
            "Question about home visits",
            "Hello,\ndo your nurses come out on Saturdays? My mum can't manage the stairs at the centre.\nThanks",
            "Hello,\nyes, home visits run on Saturdays from 7 to 12. You can book one in the app.\nKind regards",
        ),
    ],
    "fr": [
        (
            "Question abonnement Plus",
            "Bonjour,\nl'abonnement Plus est-il sans engagement ?\nCordialement",
            "Bonjour,\noui, il se résilie à tout moment depuis l'appli.\nBien à vous",
        )
    ],
    "es": [
        (
            "Consulta factura",
            "Hola,\nnecesito la factura a nombre de mi empresa, se puede?\nGracias",
            "Hola,\nsí, cámbialo en Ajustes > Facturación y se generará de nuevo.\nUn saludo",
        )
    ],
    "pt": [
        (
            "Fatura com NIF",
            "Olá,\nprecisava da fatura com o meu NIF para o IRS. É possível?\nObg",
            "Olá,\nsim, já a reemitimos com o seu NIF e está na app em Documentos.\nCumprimentos",
        ),
        (
            "Pergunta sobre Plus",
            "Bom dia,\no Plus inclui visitas ao domicílio?\nCumprimentos",
            "Bom dia,\nsim, com 20 % de desconto nas visitas ao domicílio.\nCumprimentos",
        ),
    ],
}

#: (speech-to-text call, the agent's follow-up e-mail)
CALLQ: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "grüß Gott ich hab für nächste Woche den großen Check-up gebucht und wollte fragen ob da Leberwerte mit drin sind weil mein Arzt das wissen will",
            "Grüß Gott,\nja, Leberwerte (GOT, GPT, Gamma-GT) sind im großen Check-up enthalten.\nFreundliche Grüße",
        ),
        (
            "ja hallo {name} hier mein Befund ist da und da steht Ferritin niedrig was heißt das jetzt muss ich mir Sorgen machen",
            "Guten Tag,\nwie am Telefon besprochen: ein leicht niedriger Ferritinwert ist häufig, bitte sprechen Sie ihn bei Ihrem Hausarzt an. Der Befund liegt als PDF in der App.\nBeste Grüße",
        ),
        (
            "ja hallo ich wollte fragen ob ich für den Termin morgen die Überweisung von meinem Hausarzt mitbringen muss oder reicht die App",
            "Guten Tag,\nwie besprochen: die App reicht, die Überweisung brauchen Sie nicht mitzubringen.\nBeste Grüße",
        ),
        (
            "hallo hier ist Schmitt ich hab morgen um acht den Hausbesuch und wollte wissen ob die Schwester auch klingelt wenn ich im dritten Stock wohne ohne Namen an der Tür",
            "Guten Tag,\ndie Pflegekraft ruft Sie 10 Minuten vorher an. Bis morgen!\nFreundliche Grüße",
        ),
    ],
    "it": [
        (
            "pronto sì buongiorno sono {name} volevo chiedere se il referto lo posso stampare in farmacia perché non ho la stampante",
            "Buongiorno,\ncome detto: può inoltrare il PDF alla farmacia dall'app oppure glielo mandiamo per posta.\nCordiali saluti",
        ),
        (
            "buongiorno chiamo per sapere se con il pacchetto tiroide c'è anche la vitamina D o la devo aggiungere a parte",
            "Buongiorno,\nla vitamina D va aggiunta a parte, con Plus costa 12 €. L'abbiamo aggiunta alla sua prenotazione come richiesto.\nUn saluto",
        ),
        (
            "sì buongiorno volevo sapere se per il prelievo di domani posso prendere la pastiglia della pressione o devo aspettare",
            "Buongiorno,\ncome detto al telefono: la pastiglia della pressione può prenderla normalmente con un po' d'acqua.\nCordiali saluti",
        ),
        (
            "salve chiamo per mia madre ha 88 anni vorrei sapere se l'infermiera può venire a casa anche di sabato mattina",
            "Buongiorno,\nconfermo: i prelievi a domicilio si fanno anche il sabato dalle 7 alle 12. Le abbiamo prenotato sabato alle 8.\nUn saluto",
        ),
    ],
    "en": [
        (
            "hiya it's {name} just checking the nurse can do my little girl's bloods at home as well she's four",
            "Hello,\nas discussed, yes, our nurses take bloods from children aged 3 and up at home.\nKind regards",
        ),
        (
            "hi yeah just wanted to check if i can drink black coffee before the fasting test tomorrow",
            "Hello,\nas discussed, water only please, coffee after the test.\nKind regards",
        ),
    ],
    "fr": [
        (
            "allô bonjour c'est {name} je voulais savoir si les résultats vont aussi à mon médecin traitant",
            "Bonjour,\ncomme convenu, vous pouvez les partager depuis l'appli avec votre médecin.\nCordialement",
        ),
        (
            "oui bonjour je voulais savoir si je peux venir sans rendez-vous samedi matin",
            "Bonjour,\ncomme convenu, nous vous avons réservé samedi 8 h 15.\nCordialement",
        ),
    ],
    "es": [
        (
            "hola soy {name} quería saber si la enfermera puede venir a la oficina en vez de a casa",
            "Hola,\ncomo hablamos, sí, puede venir a cualquier dirección que indiques en la reserva.\nUn saludo",
        ),
        (
            "hola buenas quería saber si el análisis de tiroides lo cubre el seguro o lo pago yo",
            "Hola,\ncomo te comenté, lo pagas tú y te damos la factura para el seguro.\nUn saludo",
        ),
    ],
    "pt": [
        (
            "bom dia é o {name} queria saber se o posto de Campanhã abre ao sábado",
            "Bom dia,\ncomo falámos, abre ao sábado das 7:30 às 11:00.\nCumprimentos",
        ),
        (
            "olá bom dia queria saber se posso levar o meu filho de seis anos para fazer análises também",
            "Bom dia,\ncomo falámos, sim, fazemos colheitas a crianças a partir dos 3 anos.\nCumprimentos",
        ),
    ],
}

REVIEW: dict[str, list[str]] = {
    "de": [
        "Schnell, freundlich, Befund am nächsten Tag. Fünf Sterne",
        "Endlich keine Stunde mehr im Wartezimmer. Klare Empfehlung",
        "Hausbesuch für meine Oma, sehr einfühlsam",
    ],
    "it": [
        "Velocissimi e gentili, consigliato",
        "Prenotazione semplice e referti chiari. Ottimo",
        "Prelievo a domicilio perfetto per mio padre",
    ],
    "en": [
        "Quick, friendly, results next day. Five stars",
        "Nurse was lovely with my son, no tears. Will use again",
    ],
    "fr": [
        "Rapide et très professionnel, je recommande",
        "Infirmière très douce, résultats clairs",
    ],
    "es": [
        "Rapidísimos y muy amables, recomendado",
        "La app es muy clara y los resultados llegan enseguida",
    ],
    "pt": ["Rápidos e simpáticos, recomendo", "Marcação fácil e resultados no dia seguinte"],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["Super", "Alles bestens", "schnell und nett", "👍", ""],
    "it": ["Ottimo", "Tutto perfetto", "bravissimi", "👍", ""],
    "en": ["Great", "spot on", ""],
    "fr": ["Parfait", "très bien", ""],
    "es": ["Genial", "todo perfecto", ""],
    "pt": ["Ótimo", "impecável", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "de": [
        "Nachtschicht auf der Intensiv, grad in der Pause den Sanguro Check-up für Samstag gebucht. 2 Minuten, fertig",
        "kann nicht schlafen, hab mir die Befunde von Sanguro nochmal durchgelesen, endlich Vitamin D wieder im grünen Bereich 🙌",
    ],
    "it": [
        "Turno di notte in stazione di servizio, ho prenotato il prelievo a domicilio di Sanguro per mia madre. Facilissimo anche alle 2",
        "Allatto alle 3 di notte e intanto prenoto gli esami post parto su Sanguro. Comodissimo",
    ],
    "en": [
        "3am feed and I've just booked my postnatal bloods with Sanguro one-handed. Easiest app ever"
    ],
    "fr": ["Insomnie, j'en profite pour réserver ma prise de sang Sanguro de samedi. Deux minutes"],
    "es": [
        "Guardia de noche y acabo de reservar los análisis en Sanguro en el descanso. Facilísimo"
    ],
    "pt": ["Turno da noite e já marquei as análises na Sanguro no intervalo. Facílimo"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "darf ich vor dem Nüchterntermin morgen um 7 Wasser trinken?",
            "Ja, Wasser ist erlaubt, gerne sogar. Gute Nacht!",
        ),
        (
            "Hallo, bin Schichtarbeiter, zählt nüchtern auch wenn ich nachts um 23 Uhr gegessen habe und um 10 Uhr komme?",
            "Ja, das sind 11 Stunden, das passt.",
        ),
    ],
    "it": [
        (
            "scusate l'ora, posso bere un caffè prima del prelievo delle 8?",
            "Meglio di no, solo acqua fino al prelievo. Buonanotte!",
        ),
        (
            "Salve, lavoro di notte, se mangio all'una e faccio il prelievo alle 11 va bene per il digiuno?",
            "Sì, sono 10 ore, va bene.",
        ),
    ],
    "en": [
        (
            "is it ok to take ibuprofen the night before a blood test",
            "For most tests yes, but mention it to the nurse.",
        )
    ],
    "fr": [("je peux boire de l'eau avant la prise de sang à jeun ?", "Oui, l'eau est autorisée.")],
    "es": [("puedo tomar agua antes del análisis en ayunas?", "Sí, el agua está permitida.")],
    "pt": [("posso beber água antes da análise em jejum?", "Sim, água pode beber.")],
}

# --- trouble -------------------------------------------------------------

PROBLEMS = ("no_show", "double_charge", "results_late", "refund", "wrong_price", "redraw")

TOPIC: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "Hausbesuch nicht erschienen",
        "double_charge": "doppelte Abbuchung",
        "results_late": "Befund fehlt",
        "refund": "Erstattung fehlt",
        "wrong_price": "falscher Preis trotz Plus",
        "redraw": "Probe verloren",
    },
    "it": {
        "no_show": "prelievo a domicilio saltato",
        "double_charge": "addebito doppio",
        "results_late": "referti in ritardo",
        "refund": "rimborso mai arrivato",
        "wrong_price": "prezzo sbagliato con Plus",
        "redraw": "campione perso",
    },
    "en": {
        "no_show": "home visit no-show",
        "double_charge": "charged twice",
        "results_late": "results missing",
        "refund": "refund not received",
        "wrong_price": "wrong price for Plus member",
        "redraw": "sample lost",
    },
    "fr": {
        "no_show": "infirmière jamais venue",
        "double_charge": "prélevé deux fois",
        "results_late": "résultats introuvables",
        "refund": "remboursement non reçu",
        "wrong_price": "mauvais tarif Plus",
        "redraw": "échantillon perdu",
    },
    "es": {
        "no_show": "la enfermera no vino",
        "double_charge": "cobro doble",
        "results_late": "resultados sin llegar",
        "refund": "reembolso pendiente",
        "wrong_price": "precio equivocado siendo Plus",
        "redraw": "muestra perdida",
    },
    "pt": {
        "no_show": "enfermeira não apareceu",
        "double_charge": "cobrança duplicada",
        "results_late": "resultados em falta",
        "refund": "reembolso em falta",
        "wrong_price": "preço errado sendo Plus",
        "redraw": "amostra perdida",
    },
}

#: The complaint itself, written (e-mail, web form, chat). {amt} {amt2} per problem.
CORE: dict[str, dict[str, list[str]]] = {
    "de": {
        "no_show": [
            "Ich war heute ab 6:30 nüchtern und fertig für den Hausbesuch, NIEMAND ist gekommen. In der App steht jetzt 'Besuch erledigt'. Ich musste ohne Frühstück zur Arbeit.",
            "Hausbesuch für meinen Vater gebucht, er hat bis 10 Uhr nüchtern gewartet, keiner kam, keiner rief an. Er ist 84 und Diabetiker!",
        ],
        "double_charge": [
            "Sie haben mir den Check-up ZWEIMAL abgebucht, {amt} und nochmal {amt}. Eine Untersuchung, zwei Abbuchungen.",
            "Auf meinem Konto sind zwei Abbuchungen über je {amt} für denselben Termin. Bitte sofort zurück.",
        ],
        "results_late": [
            "Blut abgenommen am Montag, Befund 'in 48 Stunden'. Heute ist der sechste Tag und in der App steht immer noch 'in Bearbeitung'. Mein Arzttermin ist morgen.",
            "Seit SECHS Tagen warte ich auf meine Schilddrüsenwerte. Die Hotline sagt jedes Mal 'morgen'.",
        ],
        "refund": [
            "Termin vor drei Wochen storniert, 48 Stunden vorher wie verlangt. Die {amt} sind bis heute nicht zurück.",
            "Die Erstattung über {amt} ist laut Ihnen 'veranlasst', auf meinem Konto ist seit 20 Tagen nichts.",
        ],
        "wrong_price": [
            "Ich bin Plus-Mitglied und habe {amt} bezahlt statt {amt2}. Der Plus-Preis wurde einfach nicht berechnet.",
            "Seit Monaten zahle ich für Plus und heute kostet das Paket {amt} wie für alle anderen statt {amt2}.",
        ],
        "redraw": [
            "Ich soll nochmal zur Blutabnahme kommen, weil meine Probe 'im Labor verloren' ging. Wieder nüchtern, wieder frei nehmen, und bezahlen soll ich auch nochmal {amt}?",
            "Meine Probe ist angeblich beim Transport kaputtgegangen. Das ist das ZWEITE Mal dieses Jahr.",
        ],
    },
    "it": {
        "no_show": [
            "Ero a digiuno dalle 6:30 per il prelievo a domicilio e NON è venuto nessuno. Nell'app c'è scritto 'visita completata'. Sono andata al lavoro senza colazione.",
            "Prelievo a domicilio prenotato per mia madre di 87 anni, ha aspettato a digiuno fino alle 10, nessuno è venuto né ha chiamato.",
        ],
        "double_charge": [
            "Mi avete addebitato il check-up DUE VOLTE, {amt} e poi di nuovo {amt}. Un solo prelievo.",
            "Sulla carta vedo due addebiti da {amt} per lo stesso appuntamento. Rimborsatemi subito.",
        ],
        "results_late": [
            "Prelievo lunedì, referto 'entro 48 ore'. Oggi è il sesto giorno e nell'app c'è ancora 'in lavorazione'. Domani ho la visita dal medico.",
            "Sono SEI giorni che aspetto gli esami della tiroide, al telefono mi dite sempre 'domani'.",
        ],
        "refund": [
            "Ho disdetto l'appuntamento tre settimane fa, con 48 ore di anticipo. I {amt} non sono mai tornati.",
            "Il rimborso di {amt} risulta 'disposto' da 20 giorni ma sul conto non è arrivato niente.",
        ],
        "wrong_price": [
            "Sono socia Plus e ho pagato {amt} invece di {amt2}. Lo sconto Plus non è stato applicato.",
            "Pago Plus da mesi e oggi il pacchetto mi costa {amt} come a tutti invece di {amt2}.",
        ],
        "redraw": [
            "Devo rifare il prelievo perché il mio campione è 'andato perso in laboratorio'. Di nuovo a digiuno, di nuovo permesso al lavoro, e dovrei pure ripagare {amt}?",
            "Il mio campione si sarebbe rotto durante il trasporto. È la SECONDA volta quest'anno.",
        ],
    },
    "en": {
        "no_show": [
            "I was up and fasting from 6:30 for the home visit and NOBODY came. The app now says 'visit completed'. Went to work without breakfast."
        ],
        "double_charge": [
            "You've taken the check-up TWICE, {amt} and another {amt}. One blood test, two payments."
        ],
        "results_late": [
            "Bloods taken Monday, results 'within 48 hours'. It's day six and the app still says 'processing'. My GP appointment is tomorrow."
        ],
        "refund": [
            "Cancelled three weeks ago, 48 hours ahead as required. The {amt} still hasn't come back."
        ],
        "wrong_price": [
            "I'm a Plus member and paid {amt} instead of {amt2}. No Plus price applied."
        ],
        "redraw": [
            "I'm told to come back for another blood test because my sample was 'lost at the lab'. Fasting again, time off again, and pay {amt} again?"
        ],
    },
    "fr": {
        "no_show": [
            "J'étais à jeun depuis 6 h 30 pour la prise de sang à domicile et PERSONNE n'est venu. L'appli indique 'visite effectuée'."
        ],
        "double_charge": [
            "Vous m'avez prélevé le bilan DEUX FOIS, {amt} puis encore {amt}. Une seule prise de sang."
        ],
        "results_late": [
            "Prise de sang lundi, résultats 'sous 48 h'. Sixième jour et toujours 'en cours' dans l'appli."
        ],
        "refund": [
            "Rendez-vous annulé il y a trois semaines, 48 h avant. Les {amt} ne sont jamais revenus."
        ],
        "wrong_price": ["Je suis abonnée Plus et j'ai payé {amt} au lieu de {amt2}."],
        "redraw": [
            "On me demande de refaire la prise de sang car mon échantillon a été 'perdu au labo'. Encore à jeun, et repayer {amt} ?"
        ],
    },
    "es": {
        "no_show": [
            "En ayunas desde las 6:30 esperando a la enfermera y NO vino NADIE. En la app pone 'visita realizada'."
        ],
        "double_charge": [
            "Me habéis cobrado el chequeo DOS VECES, {amt} y otra vez {amt}. Un solo análisis."
        ],
        "results_late": [
            "Análisis el lunes, resultados 'en 48 horas'. Sexto día y en la app sigue 'en proceso'."
        ],
        "refund": ["Cancelé la cita hace tres semanas, con 48 horas. Los {amt} no han vuelto."],
        "wrong_price": ["Soy socia Plus y he pagado {amt} en vez de {amt2}."],
        "redraw": [
            "Me piden repetir el análisis porque mi muestra se 'perdió en el laboratorio'. Otra vez en ayunas y pagar {amt} otra vez?"
        ],
    },
    "pt": {
        "no_show": [
            "Em jejum desde as 6:30 à espera da enfermeira e NINGUÉM apareceu. Na app diz 'visita concluída'."
        ],
        "double_charge": [
            "Cobraram-me o check-up DUAS VEZES, {amt} e outra vez {amt}. Uma só colheita."
        ],
        "results_late": [
            "Análises na segunda, resultados 'em 48 horas'. Sexto dia e na app continua 'em processamento'."
        ],
        "refund": [
            "Cancelei há três semanas, com 48 horas de antecedência. Os {amt} nunca voltaram."
        ],
        "wrong_price": ["Sou sócia Plus e paguei {amt} em vez de {amt2}."],
        "redraw": [
            "Pedem-me para repetir a colheita porque a amostra se 'perdeu no laboratório'. Outra vez em jejum e pagar {amt} outra vez?"
        ],
    },
}

#: Angry openings and endings around a written complaint.
ANGRY_OPEN: dict[str, list[str]] = {
    "de": ["Hallo,", "Guten Tag,", "Sagen Sie mal,", "Hallo Sanguro,"],
    "it": ["Buongiorno,", "Salve,", "Scusate ma", "Gentile Sanguro,"],
    "en": ["Hi,", "Hello,"],
    "fr": ["Bonjour,", "Bonjour,"],
    "es": ["Hola,", "Buenas,"],
    "pt": ["Olá,", "Bom dia,"],
}
ANGRY_CLOSE: dict[str, list[str]] = {
    "de": [
        "Ich erwarte heute noch eine Antwort.",
        "So geht das nicht. Bitte kümmern Sie sich darum.",
        "JETZT REICHTS mir echt.",
        "Ich bin stinksauer.",
    ],
    "it": [
        "Aspetto una risposta oggi stesso.",
        "Così non va. Sistemate per favore.",
        "Sono davvero furiosa.",
        "ADESSO BASTA.",
    ],
    "en": ["I expect an answer today.", "Not good enough."],
    "fr": ["J'attends une réponse aujourd'hui.", "C'est inadmissible."],
    "es": ["Espero respuesta hoy mismo.", "YA ESTÁ BIEN."],
    "pt": ["Espero resposta hoje.", "Isto não pode ser."],
}

SUBJECT_COMPLAINT: dict[str, str] = {
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
}
SUBJECT_CASE: dict[str, list[str]] = {
    "de": ["AW: Vorgang {case}", "Vorgang {case} – immer noch offen"],
    "it": ["R: Segnalazione {case}", "Segnalazione {case} ancora aperta"],
    "en": ["Re: Your case {case}"],
    "fr": ["RE : Dossier {case}"],
    "es": ["RE: Incidencia {case}"],
    "pt": ["RE: Pedido {case}"],
}
SUBJECT_AGENT: dict[str, str] = {
    "de": "Ihr Vorgang {case}",
    "it": "La sua segnalazione {case}",
    "en": "Your case {case}",
    "fr": "Votre dossier {case}",
    "es": "Tu incidencia {case}",
    "pt": "O seu pedido {case}",
}

#: A social mention about the problem (no reply is given).
SOCIAL: dict[str, dict[str, list[str]]] = {
    "de": {
        "no_show": [
            "Sanguro, eure Schwester sollte um 7 kommen. Es ist 10:15, ich sitze hier seit Stunden nüchtern und in der App steht 'erledigt'. Was soll das??"
        ],
        "double_charge": ["Sanguro zieht mir den Check-up einfach ZWEIMAL ab. Toll. Ganz toll."],
        "results_late": ["Tag 6 ohne Befund von Sanguro. 'in 48 Stunden' my ass"],
        "refund": ["3 Wochen auf die Erstattung von Sanguro warten. Wird wohl nix mehr"],
        "wrong_price": [
            "Zahle für Sanguro Plus und krieg trotzdem den vollen Preis. Wofür eigentlich?"
        ],
        "redraw": [
            "Sanguro hat meine Blutprobe verloren. Morgen nochmal nüchtern hin. Super Samstag"
        ],
    },
    "it": {
        "no_show": [
            "Sanguro, l'infermiera doveva venire alle 7. Sono le 10:15, sono a digiuno da ieri sera e nell'app c'è 'completato'. Ma scherziamo??"
        ],
        "double_charge": ["Sanguro mi ha addebitato il check-up DUE volte. Complimenti"],
        "results_late": ["Sesto giorno senza referti da Sanguro. 'entro 48 ore' sì come no"],
        "refund": ["Tre settimane che aspetto il rimborso di Sanguro. Ciao proprio"],
        "wrong_price": ["Pago Sanguro Plus e mi fate pagare prezzo pieno. A che serve?"],
        "redraw": ["Sanguro ha perso la mia provetta. Domani di nuovo a digiuno. Che sabato"],
    },
    "en": {
        p: [t]
        for p, t in (
            (
                "no_show",
                "Sanguro nurse was due at 7. It's 10:15, still fasting, app says 'completed'. Seriously??",
            ),
            ("double_charge", "Sanguro charged me TWICE for one blood test. Lovely"),
            ("results_late", "Day 6 waiting for Sanguro results. '48 hours' they said"),
            ("refund", "Three weeks waiting on a Sanguro refund. Any day now"),
            (
                "wrong_price",
                "Paying for Sanguro Plus and still charged full price. What's the point",
            ),
            ("redraw", "Sanguro lost my blood sample. Back tomorrow fasting again. Great"),
        )
    },
    "fr": {
        p: [t]
        for p, t in (
            (
                "no_show",
                "Sanguro, l'infirmière devait venir à 7 h. Il est 10 h 15, toujours à jeun, et l'appli dit 'effectuée'. Sérieux ??",
            ),
            ("double_charge", "Sanguro m'a débité DEUX fois pour une prise de sang. Bravo"),
            ("results_late", "Jour 6 sans résultats Sanguro. '48 h' qu'ils disaient"),
            ("refund", "Trois semaines que j'attends le remboursement Sanguro"),
            ("wrong_price", "Abonnée Sanguro Plus et facturée plein tarif. À quoi ça sert ?"),
            ("redraw", "Sanguro a perdu mon échantillon. Demain rebelote à jeun"),
        )
    },
    "es": {
        p: [t]
        for p, t in (
            (
                "no_show",
                "Sanguro, la enfermera tenía que venir a las 7. Son las 10:15, sigo en ayunas y en la app pone 'realizada'. En serio??",
            ),
            ("double_charge", "Sanguro me ha cobrado DOS veces un solo análisis. Genial"),
            ("results_late", "Día 6 sin resultados de Sanguro. '48 horas' decían"),
            ("refund", "Tres semanas esperando el reembolso de Sanguro"),
            ("wrong_price", "Pago Sanguro Plus y me cobran precio completo. Para qué?"),
            ("redraw", "Sanguro ha perdido mi muestra. Mañana otra vez en ayunas"),
        )
    },
    "pt": {
        p: [t]
        for p, t in (
            (
                "no_show",
                "Sanguro, a enfermeira vinha às 7. São 10:15, continuo em jejum e a app diz 'concluída'. A sério??",
            ),
            ("double_charge", "A Sanguro cobrou-me DUAS vezes uma análise. Lindo"),
            ("results_late", "Dia 6 sem resultados da Sanguro. '48 horas' diziam"),
            ("refund", "Três semanas à espera do reembolso da Sanguro"),
            ("wrong_price", "Pago Sanguro Plus e cobram-me preço cheio. Para quê?"),
            ("redraw", "A Sanguro perdeu a minha amostra. Amanhã outra vez em jejum"),
        )
    },
}

#: Speech-to-text calls: opening, the problem, ending (no punctuation).
CALL_OPEN: dict[str, list[str]] = {
    "de": [
        "ja hallo hier ist {name} ich ruf an weil",
        "hallo guten Tag also",
        "ja grüß Gott ich hab ein Problem",
    ],
    "it": [
        "sì pronto buongiorno sono {name} chiamo perché",
        "salve allora",
        "buongiorno guardi ho un problema",
    ],
    "en": ["yeah hi it's {name} i'm calling because"],
    "fr": ["oui bonjour c'est {name} j'appelle parce que"],
    "es": ["hola buenas soy {name} llamo porque"],
    "pt": ["olá bom dia é a {name} estou a ligar porque"],
}
CALL_CORE: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "die Schwester heute morgen nicht gekommen ist ich war ab halb sieben nüchtern und in der App steht erledigt",
        "double_charge": "Sie mir den Check-up zweimal abgebucht haben zweimal {amt} für einen Termin",
        "results_late": "ich seit sechs Tagen auf meinen Befund warte und morgen zum Arzt muss",
        "refund": "meine Erstattung von {amt} seit drei Wochen nicht da ist",
        "wrong_price": "ich Plus habe und trotzdem {amt} bezahlt habe statt {amt2}",
        "redraw": "Sie meine Probe verloren haben und ich nochmal kommen soll und nochmal zahlen",
    },
    "it": {
        "no_show": "l'infermiera stamattina non è venuta ero a digiuno dalle sei e mezza e nell'app c'è scritto completato",
        "double_charge": "mi avete addebitato il check-up due volte due volte {amt} per un appuntamento",
        "results_late": "aspetto il referto da sei giorni e domani ho la visita",
        "refund": "il rimborso di {amt} non è arrivato dopo tre settimane",
        "wrong_price": "sono socia Plus e ho pagato {amt} invece di {amt2}",
        "redraw": "avete perso il mio campione e dovrei rifare il prelievo e ripagare",
    },
    "en": {
        "no_show": "the nurse never turned up this morning i was fasting from half six and the app says completed",
        "double_charge": "you've charged me twice for the check-up {amt} twice for one appointment",
        "results_late": "i've been waiting six days for my results and i'm seeing my gp tomorrow",
        "refund": "my refund of {amt} still hasn't come after three weeks",
        "wrong_price": "i'm a plus member and paid {amt} instead of {amt2}",
        "redraw": "you lost my sample and now i have to come back and pay again",
    },
    "fr": {
        "no_show": "l'infirmière n'est pas venue ce matin j'étais à jeun depuis six heures et demie et l'appli dit effectuée",
        "double_charge": "vous m'avez débité le bilan deux fois {amt} deux fois pour un rendez-vous",
        "results_late": "j'attends mes résultats depuis six jours",
        "refund": "mon remboursement de {amt} n'est toujours pas arrivé",
        "wrong_price": "je suis abonnée plus et j'ai payé {amt} au lieu de {amt2}",
        "redraw": "vous avez perdu mon échantillon et je dois revenir et repayer",
    },
    "es": {
        "no_show": "la enfermera no vino esta mañana estaba en ayunas desde las seis y media y la app pone realizada",
        "double_charge": "me habéis cobrado el chequeo dos veces {amt} dos veces por una cita",
        "results_late": "llevo seis días esperando los resultados",
        "refund": "el reembolso de {amt} no ha llegado en tres semanas",
        "wrong_price": "soy socia plus y he pagado {amt} en vez de {amt2}",
        "redraw": "habéis perdido mi muestra y tengo que volver y pagar otra vez",
    },
    "pt": {
        "no_show": "a enfermeira não veio hoje de manhã estava em jejum desde as seis e meia e a app diz concluída",
        "double_charge": "cobraram-me o check-up duas vezes {amt} duas vezes por uma marcação",
        "results_late": "estou há seis dias à espera dos resultados",
        "refund": "o reembolso de {amt} não chegou em três semanas",
        "wrong_price": "sou sócia plus e paguei {amt} em vez de {amt2}",
        "redraw": "perderam a minha amostra e tenho de voltar e pagar outra vez",
    },
}
CALL_CLOSE: dict[str, list[str]] = {
    "de": [
        "ich will dass das heute geklärt wird",
        "also das geht so nicht ehrlich",
        "rufen Sie mich bitte zurück",
    ],
    "it": ["voglio che si risolva oggi", "guardi così non va proprio", "mi richiamate per favore"],
    "en": ["i want this sorted today"],
    "fr": ["je veux que ce soit réglé aujourd'hui"],
    "es": ["quiero que se solucione hoy"],
    "pt": ["quero isto resolvido hoje"],
}

#: Long letters with the complaint inside ({complaint}), German and Italian.
LONG: dict[str, list[str]] = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen vom Parkplatz der Reha-Klinik, in der mein Vater seit dem Schlaganfall liegt, also entschuldigen Sie bitte, wenn das etwas durcheinander ist. Ich pendle gerade jeden Tag zwischen Arbeit, Klinik und seiner Wohnung, die ich für die Rückkehr umbauen lasse, und ich hatte Sanguro genommen, weil ich dachte, das ist das eine Ding, um das ich mich nicht kümmern muss.\n\n{complaint}\n\nIch habe wirklich keine Kraft für so etwas im Moment. Ich bin seit zwei Jahren Kundin und war immer zufrieden, aber das hier ist nicht in Ordnung. Bitte melden Sie sich bei mir, schriftlich, ich komme nicht ans Telefon.\n\nMit freundlichen Grüßen",
        "Hallo zusammen,\n\nich sitze in der Laube im Kleingarten, weil es hier als einziger Ort gerade ruhig ist (zu Hause renovieren wir das Bad und die Kinder haben Herbstferien). Eigentlich wollte ich nur kurz meine Befunde anschauen und dann das hier:\n\n{complaint}\n\nIch habe Ihren Dienst im ganzen Freundeskreis empfohlen. Das mache ich gerade nicht mehr. Ich erwarte eine Lösung und keine Textbausteine.\n\nGruß",
        "Guten Tag,\n\nich arbeite in einer Bäckerei, Schicht ab 4 Uhr, und schreibe Ihnen jetzt in meiner Pause hinter der Theke. Ich nehme mir für Termine bei Ihnen extra frei, weil man bei Ihnen angeblich nicht warten muss.\n\n{complaint}\n\nDas kostet mich nicht nur Geld, sondern auch Urlaubstage. Bitte prüfen Sie das und geben Sie mir Bescheid.\n\nViele Grüße",
    ],
    "it": [
        "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del pediatra, con la piccola che ha la febbre in braccio, quindi perdonate eventuali errori. In questo periodo gestisco due figli, il lavoro part-time e mia suocera appena operata all'anca, e avevo scelto Sanguro proprio per non dover pensare anche a questo.\n\n{complaint}\n\nSono cliente da tre anni e non mi ero mai lamentata. Ma così non va. Vi chiedo una risposta scritta, al telefono non riesco a rispondere.\n\nCordiali saluti",
        "Buonasera,\n\nvi scrivo dal regionale per Bologna, faccio la pendolare e questa è l'unica ora che ho per queste cose. Vi ho consigliati a mezzo ufficio perché finora eravate perfetti.\n\n{complaint}\n\nMi aspetto che la cosa venga sistemata senza che io debba chiamare dieci volte. Grazie per l'attenzione.\n\nSaluti",
    ],
}

#: Agent: case opened (e-mail) and chat answer with a case.
CASE_OPENED: dict[str, list[str]] = {
    "de": [
        "Hallo {name},\nes tut mir sehr leid. Ich habe den Vorgang {case} angelegt und an das zuständige Team gegeben. Sie hören spätestens morgen von uns.\nViele Grüße\n{agent}",
        "Guten Tag {name},\ndanke für Ihre Nachricht, das hätte nicht passieren dürfen. Vorgang {case} ist eröffnet, wir melden uns.\nFreundliche Grüße\n{agent}",
    ],
    "it": [
        "Gentile {name},\nci dispiace molto. Ho aperto la segnalazione {case} e l'ho passata al reparto competente. La ricontattiamo entro domani.\nCordiali saluti\n{agent}",
        "Buongiorno {name},\ngrazie del messaggio, non doveva succedere. Segnalazione {case} aperta, le faremo sapere.\nUn saluto\n{agent}",
    ],
    "en": [
        "Hi {name},\nreally sorry about this. I've opened case {case} and passed it to the team. You'll hear from us by tomorrow.\nBest\n{agent}"
    ],
    "fr": [
        "Bonjour {name},\nnous sommes désolés. Le dossier {case} est ouvert, nous revenons vers vous d'ici demain.\nCordialement\n{agent}"
    ],
    "es": [
        "Hola {name},\nlo sentimos mucho. He abierto la incidencia {case}, te decimos algo mañana como tarde.\nUn saludo\n{agent}"
    ],
    "pt": [
        "Olá {name},\nlamentamos muito. Abri o pedido {case}, damos notícias até amanhã.\nCumprimentos\n{agent}"
    ],
}
CHAT_CASE: dict[str, list[str]] = {
    "de": [
        "Das tut mir leid! Ich habe dazu den Vorgang {case} angelegt, die Kollegen melden sich per Mail.",
        "Oh nein, Entschuldigung. Vorgang {case} ist offen, Sie bekommen heute noch eine Mail.",
    ],
    "it": [
        "Mi dispiace! Ho aperto la segnalazione {case}, i colleghi le scrivono via mail.",
        "Ci scusi davvero. Segnalazione {case} aperta, oggi riceve una mail.",
    ],
    "en": ["So sorry! I've opened case {case}, the team will email you."],
    "fr": ["Désolé ! J'ai ouvert le dossier {case}, l'équipe vous écrit."],
    "es": ["¡Lo siento! He abierto la incidencia {case}, el equipo te escribe."],
    "pt": ["Lamento! Abri o pedido {case}, a equipa escreve-lhe."],
}
URGENT: dict[str, list[str]] = {
    "de": ["Ich habe das zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert."],
    "it": ["Ho aggiunto tutto alla segnalazione {case} e l'ho segnata come urgente."],
    "en": ["I've added this to case {case} and marked it urgent."],
    "fr": ["J'ai ajouté ceci au dossier {case}, marqué urgent."],
    "es": ["Lo he añadido a la incidencia {case} como urgente."],
    "pt": ["Acrescentei ao pedido {case} e marquei como urgente."],
}
QUALITY: dict[str, list[str]] = {
    "de": [
        "Hallo {name},\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\nViele Grüße\n{agent}"
    ],
    "it": [
        "Gentile {name},\nla sua segnalazione {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.\nCordiali saluti\n{agent}"
    ],
    "en": [
        "Hi {name},\ncase {case} is now with our quality lead, who will call you before Friday lunchtime.\nBest\n{agent}"
    ],
    "fr": [
        "Bonjour {name},\nle dossier {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi.\nCordialement\n{agent}"
    ],
    "es": [
        "Hola {name},\nla incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\nUn saludo\n{agent}"
    ],
    "pt": [
        "Olá {name},\no pedido {case} está agora com a nossa responsável de qualidade, que liga antes de sexta ao almoço.\nCumprimentos\n{agent}"
    ],
}
GOOD_NEWS: dict[str, list[str]] = {
    "de": [
        "Hallo {name},\ngute Nachrichten zu Vorgang {case}: das ist erledigt, Sie sollten es in der App bzw. auf Ihrem Konto sehen. Können Sie mir kurz bestätigen, dass alles passt?\nViele Grüße\n{agent}",
        "Guten Tag {name},\nzu {case}: wir haben das korrigiert. Würden Sie kurz bestätigen, ob es bei Ihnen angekommen ist?\nDanke und Gruß\n{agent}",
    ],
    "it": [
        "Gentile {name},\nbuone notizie sulla segnalazione {case}: è tutto sistemato. Può confermarmi che lo vede anche lei?\nCordiali saluti\n{agent}",
        "Buongiorno {name},\nper la {case}: abbiamo corretto. Mi conferma che le risulta?\nGrazie\n{agent}",
    ],
    "en": [
        "Hi {name},\ngood news on case {case}: it's sorted. Could you confirm it looks right on your side?\nBest\n{agent}"
    ],
    "fr": [
        "Bonjour {name},\nbonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ?\nCordialement\n{agent}"
    ],
    "es": [
        "Hola {name},\nbuenas noticias sobre {case}: está resuelto. ¿Nos lo confirmas?\nUn saludo\n{agent}"
    ],
    "pt": [
        "Olá {name},\nboas notícias sobre o pedido {case}: está resolvido. Pode confirmar?\nCumprimentos\n{agent}"
    ],
}
CONFIRM: dict[str, list[str]] = {
    "de": [
        "Bestätigt, {case} passt jetzt, danke!",
        "Hallo, ja ist angekommen, Vorgang {case} kann zu. Danke für die schnelle Hilfe",
    ],
    "it": [
        "Confermo, {case} risolta, grazie!",
        "Sì tutto a posto, potete chiudere la {case}. Grazie mille",
    ],
    "en": ["Confirmed, {case} is sorted, thanks!"],
    "fr": ["Je confirme, dossier {case} réglé, merci !"],
    "es": ["Confirmado, {case} resuelta, gracias!"],
    "pt": ["Confirmo, pedido {case} resolvido, obrigado!"],
}
APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry wegen gestern, war echt nicht mein Tag. Danke, dass Sie {case} so schnell gelöst haben",
        "Ich war gestern ziemlich unfreundlich, tut mir leid. Jetzt ist alles gut",
    ],
    "it": [
        "Scusate per ieri, ero fuori di me. Grazie per aver risolto la {case} così in fretta",
        "Ieri sono stata scortese, mi dispiace. Ora è tutto a posto",
    ],
    "en": ["Sorry for yesterday, bad day. Thanks for fixing {case} so fast"],
    "fr": ["Désolée pour hier, mauvaise journée. Merci d'avoir réglé {case} si vite"],
    "es": ["Perdón por lo de ayer, mal día. Gracias por resolver {case} tan rápido"],
    "pt": ["Desculpem por ontem, dia mau. Obrigada por resolverem {case} tão depressa"],
}
LOW_WORDS: dict[str, list[str]] = {
    "de": ["schlecht", "enttäuscht", ""],
    "it": ["pessimo", "deludente", ""],
    "en": ["poor", ""],
    "fr": ["décevant", ""],
    "es": ["fatal", ""],
    "pt": ["mau", ""],
}

#: Repeat contacts: second (still open), third (names a competitor), fourth.
REPEAT2: dict[str, list[str]] = {
    "de": [
        "Vorgang {case}: immer noch nichts passiert. {topic}, seit Tagen. Wann kümmert sich jemand?",
        "Ich melde mich NOCHMAL wegen {case}. Das Problem ({topic}) ist immer noch offen.",
        "hallo, wegen {case} - {topic} - ist immer noch nicht gelöst, bitte endlich melden",
    ],
    "it": [
        "Segnalazione {case}: ancora niente. {topic}, da giorni. Quando qualcuno se ne occupa?",
        "Scrivo DI NUOVO per la {case}. Il problema ({topic}) è ancora lì.",
        "salve, per la {case} - {topic} - ancora nessuna soluzione, fatevi sentire",
    ],
    "en": ["Case {case}: still nothing. {topic}, days now. Is anyone on this?"],
    "fr": ["Dossier {case} : toujours rien. {topic}, depuis des jours."],
    "es": ["Incidencia {case}: sigue sin resolverse. {topic}, ya van días."],
    "pt": ["Pedido {case}: continua tudo igual. {topic}, há dias."],
}
REPEAT3: dict[str, list[str]] = {
    "de": [
        "Dritte Nachricht zu {case} ({topic}), immer noch offen. Meine Kollegin geht zu {comp}, da wird sowas am selben Tag geklärt.",
        "Zum dritten Mal: {case}, {topic}. Ich hab mir schon angeschaut, was {comp} verlangt.",
    ],
    "it": [
        "Terzo messaggio per la {case} ({topic}), ancora aperta. Una collega va da {comp} e lì queste cose le risolvono in giornata.",
        "Per la terza volta: {case}, {topic}. Ho già guardato i prezzi di {comp}.",
    ],
    "en": [
        "Third message about {case} ({topic}), still open. A colleague uses {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième message pour {case} ({topic}), toujours ouvert. Une collègue va chez {comp}, eux règlent ça dans la journée."
    ],
    "es": ["Tercer mensaje por {case} ({topic}), sigue abierta. He mirado lo que cobra {comp}."],
    "pt": [
        "Terceira mensagem sobre {case} ({topic}), continua aberto. Já fui ver os preços da {comp}."
    ],
}
REPEAT4: dict[str, list[str]] = {
    "de": ["Zum VIERTEN Mal: {case}. {topic}. Immer noch offen. Ich kann es nicht fassen."],
    "it": ["Per la QUARTA volta: {case}. {topic}. Ancora aperta. Non ci posso credere."],
    "en": ["FOURTH time: {case}. {topic}. Still open. Unbelievable."],
    "fr": ["QUATRIÈME fois : {case}. {topic}. Toujours pas réglé."],
    "es": ["CUARTA vez: {case}. {topic}. Sigue sin resolverse."],
    "pt": ["QUARTA vez: {case}. {topic}. Continua por resolver."],
}
CALL_THIRD: dict[str, str] = {
    "de": "meine Kollegin geht zu {comp} da geht sowas am selben Tag",
    "it": "una collega va da {comp} e lì lo risolvono in giornata",
    "en": "a colleague uses {comp} and they'd have sorted it the same day",
    "fr": "une collègue va chez {comp} eux règlent ça dans la journée",
    "es": "una compañera va a {comp} y allí lo solucionan el mismo día",
    "pt": "uma colega vai à {comp} e lá resolvem no mesmo dia",
}
CALL_FOURTH: dict[str, str] = {
    "de": "das ist jetzt das vierte Mal dass ich mich melde",
    "it": "è la quarta volta che vi contatto",
    "en": "this is the fourth time i've been in touch",
    "fr": "c'est la quatrième fois que je vous contacte",
    "es": "es la cuarta vez que os contacto",
    "pt": "é a quarta vez que vos contacto",
}
RE_PREFIX: dict[str, str] = {
    "de": "AW: ",
    "it": "R: ",
    "en": "Re: ",
    "fr": "RE : ",
    "es": "RE: ",
    "pt": "RE: ",
}

REPEAT_CALL: dict[str, list[str]] = {
    "de": [
        "ja hallo ich ruf wegen dem Vorgang {case} an {topic} das ist immer noch nicht erledigt"
    ],
    "it": ["sì buongiorno chiamo per la segnalazione {case} {topic} non è ancora risolto"],
    "en": ["hi calling about case {case} {topic} it's still not sorted"],
    "fr": ["bonjour j'appelle pour le dossier {case} {topic} toujours pas réglé"],
    "es": ["hola llamo por la incidencia {case} {topic} sigue sin resolverse"],
    "pt": ["olá ligo por causa do pedido {case} {topic} continua sem resolução"],
}

#: The six steps of a slide; the last names a competitor {comp}.
SLIDE: dict[str, list[list[str]]] = {
    "de": [
        [
            "Sanguro heute: Schwester 40 Minuten zu spät, kein Anruf. Naja, kann passieren",
            "Wartezimmer in der Entnahmestelle voll, 50 Minuten trotz Termin. Früher war das anders",
            "Drei Versuche bis die Vene getroffen war, Arm grün und blau. Ich bin echt nicht empfindlich",
            "Befund da, aber keine ärztliche Erklärung mehr dabei, nur Zahlen. Und dafür zahl ich Plus?",
            "Jetzt wollen die 15 € 'Express-Gebühr' für einen Befund, der ZWEI Tage zu spät kam. Unverschämt",
            "Meine Schwester geht zu {comp}, ich hab meinen nächsten Check-up dort gebucht",
        ],
        [
            "Hm, Termin bei Sanguro heute kurzfristig um eine Stunde verschoben. Ok",
            "Schon wieder verschoben. Und wieder nur per SMS",
            "Blutabnahme war diesmal echt grob, hab jetzt einen riesigen Bluterguss",
            "Befund unvollständig, Ferritin fehlt einfach. Muss nachfragen",
            "15 € Gebühr für 'Nachbearbeitung', weil IHR Labor den Wert vergessen hat. Reicht langsam",
            "Ein Kollege schwört auf {comp}, nächste Kontrolle mach ich da",
        ],
    ],
    "it": [
        [
            "Sanguro oggi: infermiera in ritardo di 40 minuti, nessuna chiamata. Vabbè, capita",
            "Sala d'attesa piena, 50 minuti nonostante l'appuntamento. Prima non era così",
            "Tre tentativi per trovare la vena, braccio viola. E non sono una che si lamenta",
            "Referto arrivato ma senza più il commento del medico, solo numeri. E io pago Plus?",
            "Adesso 15 € di 'supplemento urgenza' per un referto arrivato con DUE giorni di ritardo. Vergognoso",
            "Mia sorella va da {comp}, il prossimo check-up l'ho prenotato lì",
        ],
        [
            "Appuntamento da Sanguro spostato di un'ora all'ultimo. Ok",
            "Spostato di nuovo. E sempre solo per SMS",
            "Prelievo fatto in modo davvero brusco, ho un livido enorme",
            "Referto incompleto, manca la ferritina. Devo chiedere io",
            "15 € per 'rielaborazione' perché il VOSTRO laboratorio ha dimenticato un valore. Basta",
            "Un collega si trova benissimo con {comp}, il prossimo controllo lo faccio da loro",
        ],
    ],
    "en": [
        [
            "Sanguro nurse 40 minutes late today, no call. Fine, happens",
            "Waiting room rammed, 50 minutes despite a booking. Didn't used to be like this",
            "Three goes to find a vein, arm's black and blue. And I'm not squeamish",
            "Results in but no doctor's note any more, just numbers. And I pay for Plus?",
            "Now a £13 'express fee' for results that came TWO days late. Cheeky",
            "My sister uses {comp}, I've booked my next check-up with them",
        ]
    ],
    "fr": [
        [
            "Sanguro aujourd'hui : infirmière 40 minutes en retard, pas d'appel. Bon, ça arrive",
            "Salle d'attente pleine, 50 minutes malgré le rendez-vous. Avant c'était pas comme ça",
            "Trois essais pour trouver la veine, bras tout bleu",
            "Résultats arrivés mais plus de commentaire du médecin. Et je paie Plus ?",
            "Maintenant 15 € de 'frais express' pour des résultats avec DEUX jours de retard. Scandaleux",
            "Ma sœur va chez {comp}, j'y ai réservé mon prochain bilan",
        ]
    ],
    "es": [
        [
            "Sanguro hoy: la enfermera 40 minutos tarde, sin llamar. Bueno, pasa",
            "Sala de espera llena, 50 minutos con cita. Antes no era así",
            "Tres intentos para encontrar la vena, brazo morado",
            "Resultados sin comentario del médico, solo números. Y pago Plus?",
            "Ahora 15 € de 'tarifa exprés' por resultados que llegaron DOS días tarde. Vergonzoso",
            "Mi hermana va a {comp}, ya he reservado allí mi próximo chequeo",
        ]
    ],
    "pt": [
        [
            "Sanguro hoje: enfermeira 40 minutos atrasada, sem ligar. Pronto, acontece",
            "Sala de espera cheia, 50 minutos com marcação. Antes não era assim",
            "Três tentativas para encontrar a veia, braço roxo",
            "Resultados sem o comentário do médico, só números. E pago Plus?",
            "Agora 15 € de 'taxa expresso' por resultados que chegaram DOIS dias atrasados. Vergonhoso",
            "A minha irmã vai à {comp}, já marquei lá o próximo check-up",
        ]
    ],
}

#: Leavers: (subject, e-mail asking to cancel Plus and close the account)
CANCEL: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Kündigung Sanguro Plus",
            "Hallo,\nmein neuer Arbeitgeber macht die Vorsorge-Blutwerte jetzt kostenlos beim Betriebsarzt. Ich möchte Sanguro Plus kündigen und mein Konto schließen.\nDanke für alles\n{name}",
        ),
        (
            "Konto schließen",
            "Guten Tag,\nwir ziehen Ende des Monats nach Kanada. Bitte Plus kündigen und das Konto löschen.\nViele Grüße\n{name}",
        ),
    ],
    "it": [
        (
            "Disdetta Sanguro Plus",
            "Buongiorno,\nil mio medico di base ora mi prescrive tutto con la mutua. Vorrei disdire Sanguro Plus e chiudere l'account.\nGrazie di tutto\n{name}",
        ),
        (
            "Chiusura account",
            "Salve,\nci trasferiamo in Australia a fine mese. Per favore disdite Plus e chiudete l'account.\nSaluti\n{name}",
        ),
    ],
    "en": [
        (
            "Cancel Plus",
            "Hi,\nmy new job includes health checks through work. I'd like to cancel Sanguro Plus and close my account.\nThanks for everything\n{name}",
        )
    ],
    "fr": [
        (
            "Résiliation Plus",
            "Bonjour,\nnous déménageons au Québec. Je souhaite résilier Sanguro Plus et fermer mon compte.\nMerci\n{name}",
        )
    ],
    "es": [
        (
            "Baja Plus",
            "Hola,\nmi empresa ahora incluye los análisis en el seguro. Quiero darme de baja de Sanguro Plus y cerrar la cuenta.\nGracias\n{name}",
        )
    ],
    "pt": [
        (
            "Cancelar Plus",
            "Olá,\nvamos emigrar para a Suíça. Quero cancelar o Sanguro Plus e fechar a conta.\nObrigada\n{name}",
        )
    ],
}
SORRY: dict[str, list[str]] = {
    "de": [
        "Hallo {name},\nschade, dass Sie gehen! Sie können Plus selbst in der App oder auf der Website kündigen, das Konto wird danach geschlossen.\nAlles Gute\n{agent}"
    ],
    "it": [
        "Gentile {name},\nci dispiace vederla andare via! Può disdire Plus da sola nell'app o sul sito, poi l'account viene chiuso.\nTanti auguri\n{agent}"
    ],
    "en": [
        "Hi {name},\nsorry to see you go! You can cancel Plus yourself in the app or on the website, the account closes after that.\nAll the best\n{agent}"
    ],
    "fr": [
        "Bonjour {name},\ndommage de vous voir partir ! Vous pouvez résilier Plus dans l'appli ou sur le site.\nBonne continuation\n{agent}"
    ],
    "es": [
        "Hola {name},\n¡qué pena que te vayas! Puedes cancelar Plus tú mismo en la app o en la web.\nUn saludo\n{agent}"
    ],
    "pt": [
        "Olá {name},\ntemos pena que saia! Pode cancelar o Plus na app ou no site.\nTudo de bom\n{agent}"
    ],
}

#: Steadily grumpy: one complaint after another about small things.
GRUMBLES: dict[str, list[str]] = {
    "de": [
        "Warum loggt mich die Sanguro App JEDES Mal aus? Jedes. Mal.",
        "Erinnerungs-SMS am Sonntag um 5:45. Danke Sanguro, jetzt bin ich wach",
        "Entnahmestelle macht um 10 zu. Wer arbeitet, kann halt nicht",
        "25 Minuten Warteschleife bei Sanguro für eine einfache Frage",
        "Der Befund als PDF ist auf dem Handy nicht lesbar, winzige Schrift",
        "Das Pflaster von Sanguro hält keine 5 Minuten",
        "Im Wartebereich gibts 4 Stühle für 15 Leute. Sanguro, echt jetzt",
    ],
    "it": [
        "Perché l'app di Sanguro mi butta fuori OGNI volta?",
        "SMS di promemoria domenica alle 5:45. Grazie Sanguro",
        "Il centro chiude alle 10. Chi lavora come fa?",
        "25 minuti di attesa al telefono per una domanda banale",
        "Il PDF del referto sul telefono è illeggibile",
        "Il cerotto di Sanguro non tiene neanche 5 minuti",
        "In sala d'attesa 4 sedie per 15 persone. Dai Sanguro",
    ],
    "en": [
        "Why does the Sanguro app log me out EVERY time",
        "Reminder text at 5:45 on a Sunday. Thanks Sanguro",
        "Centre shuts at 10. Some of us work",
        "25 minutes on hold for a simple question",
        "Results PDF unreadable on a phone",
        "Plaster fell off in 5 minutes",
    ],
    "fr": [
        "Pourquoi l'appli Sanguro me déconnecte à CHAQUE fois",
        "SMS de rappel dimanche à 5 h 45. Merci",
        "Le centre ferme à 10 h, et ceux qui travaillent ?",
        "25 minutes d'attente au téléphone",
        "Le PDF est illisible sur téléphone",
        "Le pansement tient 5 minutes",
    ],
    "es": [
        "Por qué la app de Sanguro me saca CADA vez",
        "SMS de recordatorio el domingo a las 5:45. Gracias",
        "El centro cierra a las 10, y los que trabajamos?",
        "25 minutos en espera al teléfono",
        "El PDF no se lee en el móvil",
        "La tirita no dura ni 5 minutos",
    ],
    "pt": [
        "Porque é que a app da Sanguro me desliga SEMPRE",
        "SMS de lembrete domingo às 5:45. Obrigadinho",
        "O posto fecha às 10, e quem trabalha?",
        "25 minutos em espera ao telefone",
        "O PDF não se lê no telemóvel",
        "O penso não dura 5 minutos",
    ],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Danke Sanguro für die Nüchtern-Erinnerung um 9:30. Nach dem Frühstück. Sehr hilfreich 👏",
        "Schwester kam 'pünktlich' um 11 statt 7. Hab 16 Stunden gefastet, neuer Rekord 😂",
    ],
    "it": [
        "Grazie Sanguro per il promemoria del digiuno arrivato alle 9:30, dopo la colazione 👏",
        "Infermiera 'puntualissima' alle 11 invece che alle 7. 16 ore di digiuno, record personale 😂",
    ],
    "en": ["Thanks Sanguro for the fasting reminder at 9:30. After breakfast. Super helpful 👏"],
    "fr": ["Merci Sanguro pour le rappel 'à jeun' reçu à 9 h 30, après le petit-déj 👏"],
    "es": ["Gracias Sanguro por el recordatorio de ayuno a las 9:30, después del desayuno 👏"],
    "pt": ["Obrigada Sanguro pelo lembrete de jejum às 9:30, depois do pequeno-almoço 👏"],
}

#: Mild one-off grumbles (quiet_hours) and the answer.
MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Kleine Sache: die Suche nach Entnahmestellen zeigt mir immer Köln an, obwohl ich in Bonn wohne",
            "Danke für den Hinweis! Bitte einmal die Standortfreigabe neu erlauben, wir schauen uns das an.",
        ),
        (
            "Auf der Preisseite stehen die Samstags-Öffnungszeiten nicht, wäre praktisch",
            "Guter Punkt, ich gebe das ans Web-Team weiter. Danke!",
        ),
    ],
    "it": [
        (
            "Piccola cosa: la ricerca dei centri mi mostra sempre Torino anche se sono a Milano",
            "Grazie della segnalazione! Provi a riattivare la posizione, intanto verifichiamo.",
        ),
        (
            "Nella pagina prezzi mancano gli orari del sabato, sarebbe comodo",
            "Ottimo suggerimento, lo passo al team web. Grazie!",
        ),
    ],
    "en": [
        (
            "Small thing, the centre search keeps showing Leeds when I'm in York",
            "Thanks for flagging! Try re-allowing location, we'll look into it.",
        )
    ],
    "fr": [
        (
            "Petit détail, la recherche de centres m'affiche Lille alors que je suis à Lyon",
            "Merci ! Réactivez la localisation, nous regardons.",
        )
    ],
    "es": [
        (
            "Una cosita, el buscador de centros me muestra Sevilla y estoy en Málaga",
            "¡Gracias! Vuelve a activar la ubicación, lo revisamos.",
        )
    ],
    "pt": [
        (
            "Uma coisa pequena, a pesquisa de postos mostra-me Braga e estou no Porto",
            "Obrigado! Volte a ativar a localização, vamos ver.",
        )
    ],
}

# --- the spike (Saturday 14 November 2026) ---------------------------------

SPIKE_CODE = "ORD/E-27"

SPIKE_REPORT: dict[str, list[str]] = {
    "de": [
        "Entnahmestelle Südstadt, 9:10: 'Ihr Auftrag enthält keine Analysen' ORD/E-27. Bei mir, bei der Frau neben mir, beim Herrn hinter uns. Alle nüchtern, alle wieder heim. Danke Sanguro",
        "Sanguro ORD/E-27 ?? Schwester sagt im System ist meine Buchung da aber leer. Ich hab extra den Samstag genommen weil ich unter der Woche nicht kann",
        "Sanguro was ist los?? Bei der Entnahmestelle steht meine Buchung auf dem Bildschirm, aber OHNE Analysen, 'Auftrag ohne Analysen ORD/E-27'. Die Schwester darf nichts abnehmen. Bin seit gestern 20 Uhr nüchtern",
        "Gerade in der Entnahmestelle: jede App-Buchung kommt ohne Untersuchungen an, Fehler ORD/E-27. Drei Leute vor mir wurden heimgeschickt, ich auch. Nüchtern natürlich",
        "hallo, mein Termin heute 9 Uhr, am Empfang sagen sie der Auftrag ist leer, keine Tests drauf, ORD/E-27. was soll ich jetzt machen?? ich hab extra nichts gegessen",
    ],
    "it": [
        "Centro prelievi di via Farini ore 9:10: 'la prenotazione non contiene esami' ORD/E-27. A me, alla signora accanto, al ragazzo dietro. Tutti a digiuno, tutti a casa. Grazie Sanguro",
        "ORD/E-27 cos'è?? L'infermiera dice che la prenotazione c'è ma è vuota. Ho preso il sabato apposta perché in settimana lavoro",
        "Sanguro che succede?? Al centro prelievi la mia prenotazione c'è ma SENZA esami, 'ordine senza analisi ORD/E-27'. L'infermiera non può fare il prelievo. A digiuno da ieri sera",
        "Al centro stamattina: tutte le prenotazioni dall'app arrivano vuote, senza esami, errore ORD/E-27. Rimandati a casa in quattro, io compresa. A digiuno ovviamente",
        "buongiorno, prelievo alle 9, in accettazione dicono che l'ordine è vuoto, nessun esame, ORD/E-27. e adesso? non ho nemmeno bevuto il caffè",
    ],
    "en": [
        "Sanguro what's going on? Booking shows at the centre but with NO tests on it, 'order without analyses ORD/E-27'. Nurse can't take blood. Fasting since last night",
        "Sent home from the Sanguro centre, my app booking has no tests attached, error ORD/E-27. Same for everyone in the queue",
    ],
    "fr": [
        "Sanguro c'est quoi ce bazar ? Ma réservation arrive au centre SANS analyses, 'ordre sans analyses ORD/E-27', l'infirmière ne peut rien prélever. À jeun depuis hier soir",
        "Renvoyée chez moi : la réservation de l'appli n'a aucun examen dessus, erreur ORD/E-27",
    ],
    "es": [
        "Sanguro qué pasa?? En el centro aparece mi cita pero SIN análisis, 'orden sin análisis ORD/E-27'. La enfermera no puede sacar sangre. En ayunas desde anoche",
        "Me han mandado a casa: la cita de la app llega sin pruebas, error ORD/E-27. A todos los de la cola igual",
    ],
    "pt": [
        "Sanguro o que se passa?? No posto aparece a marcação mas SEM análises, 'pedido sem análises ORD/E-27'. A enfermeira não pode colher. Em jejum desde ontem",
        "Mandaram-me para casa: a marcação da app chega sem análises, erro ORD/E-27. Igual para toda a gente na fila",
    ],
}
SPIKE_SUBJECT: dict[str, str] = {
    "de": "Termin heute: Auftrag ohne Analysen ORD/E-27",
    "it": "Prelievo di oggi: ordine senza esami ORD/E-27",
    "en": "Today's appointment: no tests on booking ORD/E-27",
    "fr": "Rendez-vous ce matin : aucune analyse ORD/E-27",
    "es": "Cita de hoy: sin análisis ORD/E-27",
    "pt": "Marcação de hoje: sem análises ORD/E-27",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "de": [
        "Immer noch ORD/E-27, jetzt auch in der anderen Entnahmestelle am Bahnhof. Leer. Ich hab Hunger",
        "Nochmal: auch mit der Buchung über das Handy meines Mannes derselbe Fehler ORD/E-27, keine Analysen drauf",
    ],
    "it": [
        "Ancora ORD/E-27, anche nell'altro centro in stazione. Ordine vuoto. Ho fame",
        "Di nuovo: anche prenotando dal telefono di mio marito stesso errore ORD/E-27, nessun esame",
    ],
    "en": ["Still ORD/E-27, tried the other centre by the station too. Empty order"],
    "fr": ["Toujours ORD/E-27, même dans l'autre centre près de la gare"],
    "es": ["Sigue ORD/E-27, también en el otro centro de la estación"],
    "pt": ["Continua ORD/E-27, também no outro posto da estação"],
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "de": "Ja, seit heute früh kommen App-Buchungen ohne Analysen in den Entnahmestellen an, unsere Technik ist dran. Es tut uns sehr leid!",
    "it": "Sì, da stamattina le prenotazioni dall'app arrivano ai centri senza esami, i tecnici ci stanno lavorando. Ci scusi davvero!",
    "en": "Yes, since this morning app bookings are reaching centres without their tests, our engineers are on it. So sorry!",
    "fr": "Oui, depuis ce matin les réservations de l'appli arrivent sans analyses, nos techniciens s'en occupent. Désolés !",
    "es": "Sí, desde esta mañana las citas de la app llegan sin análisis, los técnicos están en ello. ¡Lo sentimos!",
    "pt": "Sim, desde esta manhã as marcações da app chegam sem análises, os técnicos estão a tratar. Lamentamos!",
}
SPIKE_FIXED: dict[str, str] = {
    "de": "Hallo {name},\nApp-Buchungen kommen seit {time} wieder mit allen Analysen in den Entnahmestellen an. Der heutige Termin geht auf uns, wir haben Ihnen {amt} gutgeschrieben, und Sie können diese Woche jeden freien Termin vorrangig buchen.\nEntschuldigung!\n{agent}",
    "it": "Gentile {name},\ndalle {time} le prenotazioni dall'app arrivano di nuovo ai centri con tutti gli esami. Il prelievo di oggi è offerto da noi, le abbiamo accreditato {amt} e questa settimana può prenotare qualsiasi orario con priorità.\nCi scusi!\n{agent}",
    "en": "Hi {name},\napp bookings reach our centres with all their tests again since {time}. Today's visit is on us, we've added {amt} credit, and you can book any slot this week with priority.\nSorry!\n{agent}",
    "fr": "Bonjour {name},\ndepuis {time} les réservations arrivent de nouveau avec toutes les analyses. La visite d'aujourd'hui est offerte, {amt} crédités sur votre compte.\nToutes nos excuses\n{agent}",
    "es": "Hola {name},\ndesde las {time} las citas de la app llegan otra vez con todos los análisis. La visita de hoy corre de nuestra cuenta, te hemos abonado {amt}.\nPerdona las molestias\n{agent}",
    "pt": "Olá {name},\ndesde as {time} as marcações chegam outra vez com todas as análises. A visita de hoje é por nossa conta, creditámos {amt}.\nAs nossas desculpas\n{agent}",
}
SPIKE_FIXED_SUBJECT: dict[str, str] = {
    "de": "Ihr Termin heute: wieder möglich, Gutschrift",
    "it": "Il suo prelievo di oggi: di nuovo possibile, accredito",
    "en": "Today's appointment: working again, credit added",
    "fr": "Votre rendez-vous : rétabli, crédit ajouté",
    "es": "Tu cita de hoy: solucionado, abono añadido",
    "pt": "A sua marcação: resolvido, crédito adicionado",
}
#: Lone questions on the Friday before (the order showed after a refresh).
LONE_Q: dict[str, tuple[str, str]] = {
    "de": (
        "Hallo, gestern Abend standen bei meiner Buchung für Samstag erst keine Analysen, nach dem Runterziehen zum Aktualisieren waren sie dann da. Sieht die Entnahmestelle die morgen?",
        "Hallo! Ja, die Analysen werden beim Buchen übertragen, die App zeigt sie manchmal erst nach dem Aktualisieren. Alles gut für morgen.",
    ),
    "it": (
        "Buongiorno, ieri sera nella prenotazione di sabato all'inizio non vedevo gli esami, poi aggiornando sono comparsi. Il centro li vede domani?",
        "Buongiorno! Sì, gli esami vengono trasmessi al momento della prenotazione, l'app a volte li mostra solo dopo l'aggiornamento. Tutto a posto.",
    ),
}
CALM_GRUMBLE: dict[str, tuple[str, str]] = {
    "de": (
        "Die Karte mit den Entnahmestellen lädt heute ewig, fast eine Minute",
        "Danke, wir wissen davon, die Karte ist heute langsam. Die Liste darunter geht schneller.",
    ),
    "it": (
        "La mappa dei centri oggi ci mette un'eternità a caricare",
        "Grazie, lo sappiamo, oggi la mappa è lenta. L'elenco sotto è più veloce.",
    ),
}
