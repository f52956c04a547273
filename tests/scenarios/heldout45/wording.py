# ruff: noqa: E501
"""Consumer wording for heldout45 (hearing care by app, post and high-street centres).

Hand-written from the stories. Tables are language -> list of variants; the
generator picks with its own random.Random. Placeholders: {case}, {amt}, {comp},
{day}, {prod}, {time}, {first}.
"""

BRAND = "Ouvela"
PLAN = "Ouvela Care"
COMPETITORS = ("Tympano", "Klangwerk")
SPIKE_CODE = "BLP-286"
LANGS = ("en", "pt", "fr", "es", "de", "it")

# product label, page, price in EUR
PRODUCTS = [
    ("Batteries size 312, 60 pack", "/shop/batteries-312", 24.90),
    ("Batteries size 13, 60 pack", "/shop/batteries-13", 24.90),
    ("Domes and wax filters kit", "/shop/domes-filters", 14.50),
    ("Drying box with UV", "/shop/drying-box", 39.00),
    ("TV streamer", "/shop/tv-streamer", 189.00),
    ("Custom swim plugs", "/shop/swim-plugs", 79.00),
    ("Spare charging case", "/shop/charging-case", 129.00),
    ("Cleaning kit", "/shop/cleaning-kit", 12.90),
    ("Hearing test, home visit", "/book/home-visit", 45.00),
]
PAGES = [
    "/app/programs",
    "/shop",
    "/care/plan",
    "/book/centre",
    "/help/bluetooth",
    "/help/batteries",
    "/my/appointments",
    "/my/orders",
]

PRAISE = {
    "en": [
        "Got my new aids fitted at {brand} yesterday and heard the kettle click for the first time in years. Silly thing to cry about but I did",
        "shoutout to the audiologist at {brand} who spent 40 mins tuning the restaurant setting with me. dinner with the kids tonight and I followed every word",
        "Battery parcel from {brand} came a day early, neat little box through the letterbox. Proper service.",
        "My dad (84) finally wears his hearing aids because the {brand} app lets him turn them up himself. Game changer honestly",
        "the wax filters kit is so much easier than the old ones, took me 2 min. cheers {brand}",
    ],
    "pt": [
        "Fui ao centro da {brand} fazer o teste e a senhora foi de uma paciencia enorme com a minha mae. Recomendo muito!!",
        "Desde que tenho os aparelhos da {brand} voltei a ouvir os passarinhos de manha. parece parvo mas e verdade",
        "As pilhas chegaram em 2 dias, bem embaladas, e ainda vinha um bilhetinho escrito à mão. Obrigado {brand}",
        "A app da {brand} é tão simples que o meu avô muda os programas sozinho. Top!",
        "Consegui ouvir o sermão todo na missa de domingo pela primeira vez em anos. Obrigada {brand} 🙏",
    ],
    "fr": [
        "Appareillé chez {brand} la semaine dernière, j'entends enfin ma petite-fille au téléphone. Merci à toute l'équipe !",
        "Super accueil au centre {brand}, l'audioprothésiste a tout réglé sans me presser. Bravo",
    ],
    "es": [
        "Mi madre por fin oye la tele sin ponerla a tope gracias a {brand}. La vecina también lo agradece jaja",
        "Atención de diez en el centro {brand}, me explicaron todo con calma. Muy contento",
    ],
    "de": [
        "Neue Hörgeräte von {brand} und ich höre wieder das Ticken der Küchenuhr. Danke ans Team!",
        "Sehr nette Beratung bei {brand}, die Akustikerin hat sich richtig Zeit genommen. Klare Empfehlung",
    ],
    "it": [
        "Con gli apparecchi {brand} finalmente sento mia nipote quando mi chiama. Grazie di cuore",
        "Personale gentilissimo al centro {brand}, mi hanno regolato tutto con pazienza. Consigliato!",
    ],
}

AGAIN = {
    "en": [
        "Third battery delivery from {brand} and once again on the dot. Never thought I'd be this pleased about a small parcel",
        "Back at {brand} for my yearly check and again the same lovely audiologist, remembered my name and my dog's",
    ],
    "pt": [
        "Mais uma vez as pilhas da {brand} chegaram antes do previsto. Ja é a terceira encomenda e sempre impecavel",
        "Voltei ao centro da {brand} para a revisão e outra vez atendimento 5 estrelas",
    ],
    "fr": ["Encore une livraison {brand} pile à l'heure, troisième fois. Rien à redire"],
    "es": ["Otra vez las pilas de {brand} llegaron antes de tiempo, ya van tres pedidos perfectos"],
    "de": ["Schon wieder pünktlich, die dritte Batterielieferung von {brand}. Läuft einfach"],
    "it": ["Di nuovo puntualissimi, terza consegna di pile {brand} senza un problema"],
}

GRIPE = {
    "en": [
        "Really happy with the aids from {brand}, only the charging case lid is fiddly with my arthritis. Otherwise spot on",
        "Love the app, just wish the battery warning didnt come on at 2 in the morning lol. Aids themselves brilliant",
    ],
    "pt": [
        "Muito contente com a {brand}, so acho o folheto de instruções com letra pequena demais para quem ja nao ve bem. De resto 5 estrelas",
        "Aparelhos otimos, a unica coisa é a caixa de carregar que é um bocado grande para a mala. Mas recomendo",
    ],
    "fr": [
        "Très contente de {brand}, juste le boîtier de charge un peu dur à ouvrir. Sinon parfait"
    ],
    "es": [
        "Encantada con {brand}, solo que la app pide actualizar muy a menudo. Por lo demás genial"
    ],
    "de": ["Top Geräte von {brand}, nur die Anleitung gibt es bloß als PDF. Sonst alles bestens"],
    "it": [
        "Contentissima di {brand}, solo la custodia si apre un po' a fatica. Per il resto ottimo"
    ],
}

REVIEW = {
    "en": [
        "Fitted in one visit, clear explanations, follow-up call a week later. 5 stars",
        "Good value batteries, fast post. Would have given 5 but the website checkout asked for my address twice",
    ],
    "pt": [
        "Atendimento excelente e entrega rapida. Aparelhos muito confortaveis",
        "Boa relação qualidade preço, a app funciona bem. So faltou um video a explicar os filtros",
    ],
    "fr": ["Service impeccable, appareils confortables, je recommande"],
    "es": ["Muy buena atención y envío rápido, repetiré"],
    "de": ["Freundlich, schnell, kompetent. Gerne wieder"],
    "it": ["Servizio ottimo e spedizione veloce, consigliato"],
}

CHAT_Q = {
    "en": [
        (
            "hi, can I change my battery delivery from monthly to every 2 months?",
            "Of course! I've changed it to every two months, the next parcel goes out on the 1st.",
        ),
        (
            "Do the swim plugs need a new ear impression or can you use the one from my fitting?",
            "We can use the impression from your fitting if it's under a year old, and yours is. I've added a note to the order.",
        ),
        (
            "is the TV streamer compatible with my aids? model on the box says Aria 2",
            "Yes, the Aria 2 pairs with the TV streamer. Pairing takes about a minute, the guide is in the box.",
        ),
    ],
    "pt": [
        (
            "Boa tarde, posso mudar a morada de entrega das pilhas para casa da minha filha?",
            "Boa tarde! Ja alterei a morada, a próxima encomenda vai para lá.",
        ),
        (
            "ola, o plano {plan} cobre os filtros de cera ou pago a parte?",
            "Olá! Os filtros de cera estão incluídos no {plan}, pode pedi-los na app sem custo.",
        ),
        (
            "Como marco a revisão anual? Nao encontro na app",
            "Está em A minha conta > Marcações. Se preferir, marquei-lhe já para dia 14 às 10h, pode alterar lá.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que les piles 312 sont comprises dans {plan} ?",
            "Bonjour ! Oui, les piles sont incluses, vous pouvez les commander dans l'appli sans frais.",
        )
    ],
    "es": [
        (
            "hola, puedo cambiar la cita de revisión al jueves?",
            "¡Hola! Hecho, tiene la revisión el jueves a las 11:00.",
        )
    ],
    "de": [
        (
            "Hallo, kann ich die Batterielieferung für August pausieren? Sind im Urlaub",
            "Hallo! Ist pausiert, die nächste Lieferung kommt im September.",
        )
    ],
    "it": [
        (
            "Salve, il kit di pulizia va bene anche per gli apparecchi ricaricabili?",
            "Salve! Sì, va bene per tutti i nostri modelli.",
        )
    ],
}

THANKS = {
    "en": ["thanks!", "brilliant, ta", "Perfect thank you 👍", "great thanks a lot"],
    "pt": ["obrigado!", "Obg :)", "Perfeito, muito obrigada", "ok obrigado pela ajuda"],
    "fr": ["Merci beaucoup !", "super merci"],
    "es": ["gracias!", "Perfecto, mil gracias"],
    "de": ["Danke!", "super, danke"],
    "it": ["grazie mille!", "perfetto grazie"],
}

EMAIL_Q = {
    "en": [
        (
            "Question about my hearing test",
            "Hello, my husband did his test with you last month. Can I book mine for the same centre on a Saturday? Thanks, {first}",
            "Dear {first}, yes: our centre is open Saturdays 9-13. I've held 10:30 next Saturday for you; reply to change it. Kind regards, {agent}",
        ),
        (
            "Receipt for insurance",
            "Hi, my health insurer wants an itemised receipt for the aids. Could you send one? Thank you",
            "Hello {first}, the itemised receipt is attached and also under My orders. Best wishes, {agent}",
        ),
    ],
    "pt": [
        (
            "Fatura com NIF",
            "Bom dia, precisava da fatura das pilhas com o meu NIF para o IRS. É possivel? Obrigado, {first}",
            "Bom dia {first}, enviamos a fatura com NIF em anexo. Com os melhores cumprimentos, {agent}",
        ),
        (
            "Visita ao domicilio",
            "Ola, a minha mae tem 91 anos e nao sai de casa. Fazem o teste em casa? Cumprimentos",
            "Olá {first}, fazemos sim. Temos disponibilidade na quarta às 15h, basta confirmar. Cumprimentos, {agent}",
        ),
    ],
    "fr": [
        (
            "Facture pour la mutuelle",
            "Bonjour, ma mutuelle demande une facture détaillée. Pouvez-vous me l'envoyer ? Cordialement, {first}",
            "Bonjour {first}, la facture détaillée est en pièce jointe. Bien cordialement, {agent}",
        )
    ],
    "es": [
        (
            "Factura",
            "Hola, necesito la factura de los audífonos para el seguro. Gracias, {first}",
            "Hola {first}, le adjuntamos la factura. Un saludo, {agent}",
        )
    ],
    "de": [
        (
            "Rechnung für die Krankenkasse",
            "Guten Tag, die Krankenkasse möchte eine Rechnung mit Einzelposten. Danke, {first}",
            "Guten Tag {first}, die Rechnung finden Sie im Anhang. Freundliche Grüße, {agent}",
        )
    ],
    "it": [
        (
            "Fattura",
            "Buongiorno, mi serve la fattura degli apparecchi per la detrazione. Grazie, {first}",
            "Buongiorno {first}, in allegato la fattura. Cordiali saluti, {agent}",
        )
    ],
}

PHONE_Q = {
    "en": [
        (
            "yeah hi I was just ringing to ask if the drying box works with the rechargeable ones or only batteries",
            "As promised on the phone: the drying box works with rechargeable aids too, just take them out of the charger first. Best, {agent}",
        ),
        (
            "hello it's about my mum's appointment on Friday can my sister come in with her instead of me",
            "Following your call: of course, your sister is welcome at Friday's appointment. Kind regards, {agent}",
        ),
    ],
    "pt": [
        (
            "sim bom dia queria so saber se posso levar os aparelhos antigos para reciclar quando for a consulta",
            "Conforme falámos ao telefone: pode trazer os aparelhos antigos, tratamos da reciclagem. Cumprimentos, {agent}",
        ),
        (
            "ola boa tarde era para perguntar a que horas abre o centro ao sabado",
            "Na sequência do seu telefonema: ao sábado abrimos das 9h às 13h. Cumprimentos, {agent}",
        ),
    ],
    "fr": [
        (
            "oui bonjour c'est pour savoir si je peux décaler mon rendez-vous de contrôle à la semaine prochaine",
            "Suite à votre appel : votre contrôle est décalé à mardi prochain 14h. Cordialement, {agent}",
        )
    ],
    "es": [
        (
            "hola buenas llamaba para saber si el centro abre en agosto",
            "Tras su llamada: el centro abre todo agosto de 9 a 14. Un saludo, {agent}",
        )
    ],
    "de": [
        (
            "ja guten Tag ich wollte fragen ob ich die Batterien auch in der Filiale abholen kann",
            "Wie am Telefon besprochen: ja, Sie können die Batterien in jeder Filiale abholen. Freundliche Grüße, {agent}",
        )
    ],
    "it": [
        (
            "pronto buongiorno volevo sapere se posso passare senza appuntamento per i filtri",
            "Come detto al telefono: sì, per i filtri può passare senza appuntamento. Cordiali saluti, {agent}",
        )
    ],
}

NIGHT_POST = {
    "en": [
        "3am and can't sleep so I'm cleaning my aids with the {brand} kit. at least they'll be spotless for tomorrow",
        "night shift at the sorting office, the {brand} app quiet mode is a lifesaver with the machines going",
    ],
    "pt": [
        "Turno da noite no hospital e os aparelhos da {brand} aguentam o turno todo sem apitar. Impecavel",
        "sao 2 da manha e estou a ver tutoriais da {brand} sobre limpeza dos filtros. insonia produtiva ahah",
    ],
    "fr": [
        "Insomnie, je teste les programmes de l'appli {brand} avec la radio. Le mode musique est top"
    ],
    "es": [
        "Las 3 de la mañana y yo probando el modo música de {brand} con la radio bajita. Una gozada"
    ],
    "de": ["Nachtschicht in der Bäckerei und die {brand} Geräte filtern den Ofenlärm super raus"],
    "it": [
        "Turno di notte in farmacia, con gli apparecchi {brand} sento i clienti anche col vetro. Ottimo"
    ],
}

NIGHT_CHAT = {
    "en": [
        (
            "sorry late q, can I leave the aids in the charger all night or is that bad for the battery?",
            "No problem at all: leaving them in the charger overnight is exactly right, it stops charging when full.",
        ),
        (
            "what time does the battery order cut off for next day delivery",
            "Orders placed before 2pm go out the same day.",
        ),
    ],
    "pt": [
        (
            "desculpem a hora, posso molhar o aparelho no duche se for rapido?",
            "Boa noite! Não convém, retire-os antes do duche. Se molharem, use a caixa de secagem.",
        ),
        (
            "a encomenda que fiz agora chega antes de sexta?",
            "Boa noite! Sim, sai amanhã de manhã e chega quinta.",
        ),
    ],
    "fr": [
        (
            "Bonsoir, on peut changer le programme sans l'appli ?",
            "Bonsoir ! Oui, appui long sur le bouton de l'appareil.",
        )
    ],
    "es": [
        (
            "perdón por la hora, el cargador parpadea naranja es normal?",
            "¡Buenas noches! Sí, naranja es que está cargando.",
        )
    ],
    "de": [
        (
            "Sorry so spät, darf das Ladeetui im Auto liegen?",
            "Guten Abend! Bitte nicht bei Hitze, sonst gern.",
        )
    ],
    "it": [
        (
            "scusate l'ora, la custodia va caricata ogni giorno?",
            "Buonasera! Basta una volta alla settimana.",
        )
    ],
}

SURVEY_WORDS = {
    "en": ["great service", "", "👍", "very helpful", "", "spot on"],
    "pt": ["muito bom", "", "5 estrelas", "👏", "", "excelente atendimento"],
    "fr": ["parfait", ""],
    "es": ["genial", ""],
    "de": ["sehr gut", ""],
    "it": ["ottimo", ""],
}

AGENTS = {
    "en": ["Hannah", "Tom", "Priya", "Gareth"],
    "pt": ["Joana", "Rui", "Marta", "Tiago"],
    "fr": ["Camille", "Julien"],
    "es": ["Lucía", "Javier"],
    "de": ["Katrin", "Jonas"],
    "it": ["Giulia", "Marco"],
}

# --- the six consumer problems: short (email/form/chat), social, call ----------
# {amt} is written in the market's money.
PROBLEM_AMOUNT = {
    "no_show": 24.90,
    "double_charge": 29.00,
    "damage": 0.0,
    "refund": 1480.00,
    "wrong_price": 18.50,
    "cancel_fee": 40.00,
}

PROBLEM_SUBJECT = {
    "en": {
        "no_show": "Batteries never arrived",
        "double_charge": "Charged twice",
        "damage": "Aid back from repair still faulty",
        "refund": "Trial refund",
        "wrong_price": "Charged full price as Care member",
        "cancel_fee": "Missed appointment fee",
    },
    "pt": {
        "no_show": "Pilhas nao chegaram",
        "double_charge": "Cobrança em duplicado",
        "damage": "Aparelho veio da reparação com defeito",
        "refund": "Reembolso do periodo de experiencia",
        "wrong_price": "Preço errado sendo cliente Care",
        "cancel_fee": "Taxa de falta à consulta",
    },
    "fr": {
        "no_show": "Piles jamais reçues",
        "double_charge": "Double prélèvement",
        "damage": "Appareil toujours en panne après réparation",
        "refund": "Remboursement période d'essai",
        "wrong_price": "Prix plein alors que je suis abonnée Care",
        "cancel_fee": "Frais de rendez-vous manqué",
    },
    "es": {
        "no_show": "Pilas no recibidas",
        "double_charge": "Cobro duplicado",
        "damage": "Audífono sigue averiado tras la reparación",
        "refund": "Reembolso periodo de prueba",
        "wrong_price": "Precio sin descuento Care",
        "cancel_fee": "Cargo por cita no acudida",
    },
    "de": {
        "no_show": "Batterien nie angekommen",
        "double_charge": "Doppelt abgebucht",
        "damage": "Gerät nach Reparatur immer noch defekt",
        "refund": "Erstattung Probezeit",
        "wrong_price": "Voller Preis trotz Care",
        "cancel_fee": "Gebühr für verpassten Termin",
    },
    "it": {
        "no_show": "Pile mai arrivate",
        "double_charge": "Addebito doppio",
        "damage": "Apparecchio ancora guasto dopo riparazione",
        "refund": "Rimborso periodo di prova",
        "wrong_price": "Prezzo pieno con piano Care",
        "cancel_fee": "Penale appuntamento mancato",
    },
}

PROBLEM_SHORT = {
    "en": {
        "no_show": [
            "Tracking says my battery parcel was delivered Saturday 10:02. There is nothing in the letterbox, nothing with the neighbours, and my aids went flat on Sunday in the middle of my granddaughter's christening. I sat there hearing nothing. Where is it?",
            "Parcel marked DELIVERED, never came. I have no batteries left and can't hear the phone. Please send new ones today not next week",
        ],
        "double_charge": [
            "My bank shows the Care plan taken twice this month, {amt} and {amt} on the same day. I'm a pensioner, that's my food shopping. Please put it back.",
            "You've charged my card twice for the monthly plan ({amt} x2). Fix it please",
        ],
        "damage": [
            "The left aid came back from repair yesterday and it still whistles every time I turn my head, and now there's a crack in the casing that wasn't there before. Three weeks without it for this?",
            "got the aid back from your repair, same whistling as before plus the casing is cracked now. not happy",
        ],
        "refund": [
            "I returned the trial aids on day 26 of the 30, with the receipt from the centre. It's now three weeks and the {amt} refund still isn't on my card. Nobody answers the centre phone.",
            "Sent the trial aids back within the 30 days, still waiting for my {amt} after 3 WEEKS",
        ],
        "wrong_price": [
            "I'm on Ouvela Care and was charged the full {amt} for domes and wax filters that are supposed to be included. Please refund it.",
            "Care member since March, charged full price ({amt}) for filters again. It's in the plan!!",
        ],
        "cancel_fee": [
            "I cancelled my hearing check by phone on Monday for Thursday, three days' notice, and you've charged me a {amt} missed appointment fee. I have the call on my phone log.",
            "{amt} 'missed appointment' fee for an appointment I cancelled 3 days before. Take it off please",
        ],
    },
    "pt": {
        "no_show": [
            "Segundo o seguimento as pilhas foram ENTREGUES sabado as 10h02. Nao ha nada na caixa do correio nem com os vizinhos. Fiquei sem pilhas no domingo e nao ouvi nada no almoço de familia. Onde esta a encomenda?",
            "encomenda dada como entregue e nunca chegou. estou sem pilhas e nao ouço o telefone, mandem outra HOJE por favor",
        ],
        "double_charge": [
            "Cobraram-me o plano Care duas vezes este mês, {amt} e {amt} no mesmo dia. Sou reformada, isto faz falta. Quero o dinheiro devolvido.",
            "Debitaram DUAS vezes a mensalidade ({amt}). Corrijam isso se faz favor",
        ],
        "damage": [
            "O aparelho esquerdo voltou ontem da reparação e continua a apitar sempre que viro a cabeça, e agora tem uma racha na caixa que antes nao tinha. Tres semanas sem ele para isto?",
            "recebi o aparelho da reparação, apita igual e vem rachado. inacreditavel",
        ],
        "refund": [
            "Devolvi os aparelhos de experiencia ao dia 26 dos 30, com o comprovativo do centro. Ja passaram tres semanas e o reembolso de {amt} nao aparece no cartão. Ninguem atende no centro.",
            "Devolvi dentro dos 30 dias e ha TRES semanas que espero pelos {amt}",
        ],
        "wrong_price": [
            "Sou cliente Ouvela Care e cobraram-me {amt} pelas olivas e filtros que estão incluidos no plano. Devolvam por favor.",
            "cliente Care desde março e voltaram a cobrar os filtros a preço cheio ({amt})!!",
        ],
        "cancel_fee": [
            "Desmarquei a consulta por telefone na segunda para quinta, com tres dias de antecedencia, e cobraram-me {amt} de taxa de falta. Tenho a chamada no registo do telemovel.",
            "taxa de falta de {amt} por uma consulta que desmarquei 3 dias antes?? retirem isso",
        ],
    },
    "fr": {
        "no_show": [
            "Le suivi dit que le colis de piles a été livré samedi à 10h02. Rien dans la boîte aux lettres ni chez les voisins, et mes appareils se sont éteints dimanche en plein repas de famille. Où est-il ?"
        ],
        "double_charge": [
            "L'abonnement Care m'a été prélevé deux fois ce mois-ci, {amt} deux fois le même jour. Merci de me rembourser."
        ],
        "damage": [
            "L'appareil gauche est revenu de réparation et il siffle toujours, en plus le boîtier est fissuré maintenant. Trois semaines sans appareil pour ça ?"
        ],
        "refund": [
            "J'ai rendu les appareils d'essai au 26e jour sur 30, avec le reçu du centre. Trois semaines plus tard, toujours pas de remboursement de {amt}."
        ],
        "wrong_price": [
            "Je suis abonnée Care et on m'a facturé {amt} pour des dômes et des filtres qui sont inclus. Merci de corriger."
        ],
        "cancel_fee": [
            "J'ai annulé mon contrôle par téléphone trois jours avant et vous me facturez {amt} de frais de rendez-vous manqué. C'est une blague ?"
        ],
    },
    "es": {
        "no_show": [
            "El seguimiento dice que las pilas se ENTREGARON el sábado a las 10:02. No hay nada en el buzón ni en los vecinos y me quedé sin oír nada en la comida familiar del domingo. ¿Dónde está el paquete?"
        ],
        "double_charge": [
            "Me habéis cobrado el plan Care dos veces este mes, {amt} y {amt} el mismo día. Quiero que me lo devolváis."
        ],
        "damage": [
            "El audífono izquierdo volvió de la reparación y sigue pitando, y encima ahora tiene la carcasa rajada. ¿Tres semanas sin él para esto?"
        ],
        "refund": [
            "Devolví los audífonos de prueba el día 26 de 30 con el justificante del centro. Tres semanas después los {amt} siguen sin aparecer."
        ],
        "wrong_price": [
            "Soy socia Care y me habéis cobrado {amt} por olivas y filtros que van incluidos. Devolvedlo por favor."
        ],
        "cancel_fee": [
            "Anulé la revisión por teléfono con tres días de antelación y me cobráis {amt} por no presentarme. Tengo la llamada en el móvil."
        ],
    },
    "de": {
        "no_show": [
            "Laut Sendungsverfolgung wurden die Batterien Samstag 10:02 GELIEFERT. Nichts im Briefkasten, nichts bei den Nachbarn, und am Sonntag waren meine Geräte beim Familienessen leer. Wo ist das Paket?"
        ],
        "double_charge": [
            "Der Care-Beitrag wurde diesen Monat zweimal abgebucht, {amt} und {amt} am selben Tag. Bitte erstatten."
        ],
        "damage": [
            "Das linke Gerät kam gestern aus der Reparatur und pfeift immer noch bei jeder Kopfbewegung, dazu ist jetzt das Gehäuse gerissen. Drei Wochen ohne Gerät dafür?"
        ],
        "refund": [
            "Ich habe die Probegeräte am 26. von 30 Tagen zurückgegeben, mit Quittung der Filiale. Drei Wochen später sind die {amt} immer noch nicht da."
        ],
        "wrong_price": [
            "Ich bin Care-Kundin und mir wurden {amt} für Schirmchen und Filter berechnet, die im Plan enthalten sind. Bitte korrigieren."
        ],
        "cancel_fee": [
            "Ich habe den Kontrolltermin drei Tage vorher telefonisch abgesagt und soll jetzt {amt} Ausfallgebühr zahlen? Der Anruf steht in meiner Anrufliste."
        ],
    },
    "it": {
        "no_show": [
            "Il tracciamento dice che le pile sono state CONSEGNATE sabato alle 10:02. Nella cassetta non c'è niente, dai vicini nemmeno, e domenica a pranzo con la famiglia non sentivo più nulla. Dov'è il pacco?"
        ],
        "double_charge": [
            "Mi avete addebitato il piano Care due volte questo mese, {amt} e {amt} lo stesso giorno. Rimborsate per favore."
        ],
        "damage": [
            "L'apparecchio sinistro è tornato dalla riparazione e fischia ancora, e ora la scocca è crepata. Tre settimane senza per questo?"
        ],
        "refund": [
            "Ho restituito gli apparecchi in prova al giorno 26 su 30 con la ricevuta del centro. Dopo tre settimane i {amt} non sono ancora arrivati."
        ],
        "wrong_price": [
            "Sono cliente Care e mi avete fatto pagare {amt} per cupolini e filtri che sono inclusi. Correggete per favore."
        ],
        "cancel_fee": [
            "Ho disdetto il controllo per telefono tre giorni prima e mi addebitate {amt} di penale. Ho la chiamata nel registro."
        ],
    },
}

PROBLEM_SOCIAL = {
    "en": {
        "no_show": "{brand} marked my batteries DELIVERED. They were not. Spent Sunday at a christening hearing absolutely nothing. Thanks a lot",
        "double_charge": "{brand} took my Care plan money TWICE this month. Pensioner here. Not funny",
        "damage": "3 weeks waiting for {brand} to repair my hearing aid and it comes back still whistling AND cracked 🙄",
        "refund": "still no refund from {brand} 3 weeks after returning trial aids. {amt}. answer your phones",
        "wrong_price": "{brand} Care 'includes filters' they said. Charged full price anyway. again.",
        "cancel_fee": "{brand} charging me {amt} for an appointment I cancelled 3 days ahead. Shameful",
    },
    "pt": {
        "no_show": "{brand} deu as minhas pilhas como ENTREGUES. Mentira. Passei o almoço de domingo sem ouvir nada",
        "double_charge": "A {brand} cobrou-me o plano DUAS vezes este mês. Sou reformada. Vergonha",
        "damage": "3 semanas à espera da reparação da {brand} e o aparelho volta a apitar e RACHADO 🙄",
        "refund": "tres semanas e nada do reembolso da {brand}. {amt}. atendam o telefone",
        "wrong_price": "{brand} Care inclui os filtros, diziam eles. Cobraram na mesma. outra vez",
        "cancel_fee": "{brand} a cobrar {amt} por uma consulta que desmarquei com 3 dias. Vergonhoso",
    },
    "fr": {
        "no_show": "{brand} dit que mes piles sont LIVRÉES. Faux. Dimanche sans rien entendre, merci",
        "double_charge": "{brand} m'a prélevé DEUX fois l'abonnement. Retraitée. Pas drôle",
        "damage": "3 semaines de réparation chez {brand} et l'appareil revient qui siffle ET fissuré",
        "refund": "toujours pas remboursée par {brand} 3 semaines après le retour. {amt}",
        "wrong_price": "{brand} Care inclut les filtres, paraît-il. Facturés quand même",
        "cancel_fee": "{brand} me facture {amt} pour un rdv annulé 3 jours avant. Honteux",
    },
    "es": {
        "no_show": "{brand} dice que mis pilas están ENTREGADAS. Mentira. Domingo entero sin oír nada",
        "double_charge": "{brand} me ha cobrado el plan DOS veces. Jubilada. Ni gracia",
        "damage": "3 semanas de reparación en {brand} y el audífono vuelve pitando Y rajado 🙄",
        "refund": "ni rastro del reembolso de {brand} tres semanas después. {amt}",
        "wrong_price": "{brand} Care incluye filtros dicen. Cobrados igual. otra vez",
        "cancel_fee": "{brand} me cobra {amt} por una cita que anulé con 3 días. Vergonzoso",
    },
    "de": {
        "no_show": "{brand} sagt meine Batterien sind GELIEFERT. Sind sie nicht. Ganzen Sonntag nichts gehört",
        "double_charge": "{brand} hat den Beitrag ZWEIMAL abgebucht. Rentnerin. Nicht lustig",
        "damage": "3 Wochen Reparatur bei {brand} und das Gerät pfeift weiter UND ist gerissen",
        "refund": "immer noch keine Erstattung von {brand} nach 3 Wochen. {amt}",
        "wrong_price": "{brand} Care inklusive Filter, hieß es. Trotzdem berechnet",
        "cancel_fee": "{brand} will {amt} für einen Termin, den ich 3 Tage vorher abgesagt hab. Frechheit",
    },
    "it": {
        "no_show": "{brand} dice che le mie pile sono CONSEGNATE. Falso. Domenica senza sentire niente",
        "double_charge": "{brand} mi ha addebitato il piano DUE volte. Pensionata. Non è divertente",
        "damage": "3 settimane di riparazione {brand} e l'apparecchio torna che fischia E crepato",
        "refund": "ancora nessun rimborso da {brand} dopo 3 settimane. {amt}",
        "wrong_price": "{brand} Care include i filtri, dicevano. Pagati lo stesso",
        "cancel_fee": "{brand} mi chiede {amt} per un appuntamento disdetto 3 giorni prima. Vergognoso",
    },
}

PROBLEM_CALL = {
    "en": {
        "no_show": "yes hello my battery parcel says delivered on Saturday but it never came I've looked everywhere asked the neighbours and now I've no batteries at all can you send some out today",
        "double_charge": "hi I'm ringing because you've taken the care plan payment twice this month {amt} two times same day I need that back please",
        "damage": "hello I got my hearing aid back from repair and it's still whistling same as before and the case has a crack in it now I want to know what happened",
        "refund": "yes I sent the trial aids back three weeks ago within the thirty days and I still haven't had my {amt} back",
        "wrong_price": "hi I'm on the care plan and I've been charged full price for the filters {amt} and they're meant to be included",
        "cancel_fee": "I've been charged a missed appointment fee {amt} but I rang on the Monday to cancel three days before I don't understand",
    },
    "pt": {
        "no_show": "sim bom dia a encomenda das pilhas diz entregue no sabado mas nao chegou nada ja perguntei aos vizinhos e estou sem pilhas podem mandar hoje",
        "double_charge": "ola estou a ligar porque me cobraram o plano care duas vezes este mes {amt} duas vezes no mesmo dia quero a devolucao",
        "damage": "boa tarde recebi o aparelho da reparacao e continua a apitar igual e agora tem uma racha na caixa quero saber o que se passou",
        "refund": "sim devolvi os aparelhos de experiencia ha tres semanas dentro dos trinta dias e ainda nao recebi os {amt}",
        "wrong_price": "ola sou cliente do plano care e cobraram me os filtros a preco cheio {amt} e estao incluidos",
        "cancel_fee": "cobraram me uma taxa de falta de {amt} mas eu liguei na segunda a desmarcar tres dias antes nao percebo",
    },
    "fr": {
        "no_show": "oui bonjour le colis de piles est marqué livré samedi mais je n'ai rien reçu je n'ai plus de piles du tout",
        "double_charge": "bonjour vous m'avez prélevé l'abonnement deux fois ce mois {amt} deux fois je voudrais être remboursée",
        "damage": "bonjour mon appareil est revenu de réparation il siffle toujours et le boîtier est fissuré",
        "refund": "j'ai rendu les appareils d'essai il y a trois semaines et toujours pas les {amt}",
        "wrong_price": "bonjour je suis abonnée care et on m'a facturé les filtres {amt} alors qu'ils sont inclus",
        "cancel_fee": "on me facture {amt} de rendez-vous manqué alors que j'ai annulé trois jours avant",
    },
    "es": {
        "no_show": "hola buenas el paquete de pilas pone entregado el sábado pero no ha llegado nada y estoy sin pilas",
        "double_charge": "hola me han cobrado el plan dos veces este mes {amt} dos veces el mismo día quiero que me lo devuelvan",
        "damage": "buenas tardes me ha llegado el audífono de la reparación y sigue pitando y ahora la carcasa está rajada",
        "refund": "devolví los audífonos de prueba hace tres semanas y todavía no me han devuelto los {amt}",
        "wrong_price": "hola soy socia care y me han cobrado los filtros {amt} y van incluidos",
        "cancel_fee": "me han cobrado {amt} por no ir a una cita que anulé tres días antes no lo entiendo",
    },
    "de": {
        "no_show": "ja guten Tag das Batteriepaket steht auf geliefert seit Samstag aber hier ist nichts angekommen und ich hab keine Batterien mehr",
        "double_charge": "hallo Sie haben den Care Beitrag diesen Monat zweimal abgebucht {amt} zweimal am selben Tag das möchte ich zurück",
        "damage": "guten Tag mein Gerät ist aus der Reparatur zurück und pfeift immer noch und das Gehäuse hat jetzt einen Riss",
        "refund": "ich habe die Probegeräte vor drei Wochen zurückgegeben und die {amt} sind immer noch nicht da",
        "wrong_price": "hallo ich bin Care Kundin und mir wurden die Filter berechnet {amt} obwohl die inklusive sind",
        "cancel_fee": "ich soll {amt} Ausfallgebühr zahlen obwohl ich drei Tage vorher angerufen und abgesagt habe",
    },
    "it": {
        "no_show": "pronto buongiorno il pacco delle pile risulta consegnato sabato ma non è arrivato niente e sono senza pile",
        "double_charge": "salve mi avete addebitato il piano due volte questo mese {amt} due volte lo stesso giorno rivoglio i soldi",
        "damage": "buongiorno l'apparecchio è tornato dalla riparazione e fischia ancora e adesso la scocca è crepata",
        "refund": "ho restituito gli apparecchi in prova tre settimane fa e non ho ancora ricevuto i {amt}",
        "wrong_price": "salve sono cliente care e mi hanno fatto pagare i filtri {amt} che sono inclusi",
        "cancel_fee": "mi chiedete {amt} di penale ma ho disdetto per telefono tre giorni prima non capisco",
    },
}

# long e-mails: the complaint inside a letter
LONG_EMAIL = {
    "en": [
        "Dear {brand} team,\n\nI'm writing this on my lunch break in the staff room, so forgive the state of it. My wife and I have been with you since last spring, when she finally agreed to have her hearing tested after forty years of me repeating myself at dinner. The fitting was lovely, truly, and for the first time in ages we watch the news without subtitles.\n\n{core}\n\nI've tried the centre twice and got the answering machine. I'd be grateful for a proper reply rather than another automatic one.\n\nYours sincerely,\n{first}",
        "Hello,\n\nI'll start by saying I'm not someone who complains. I look after my father three days a week since his stroke, I work the other two, and the last thing I want is another phone queue. He has been a customer of yours for two years and up to now we've had nothing but good experiences.\n\n{core}\n\nHe keeps asking me if it's sorted and I keep telling him it will be. Please don't make a liar of me.\n\nRegards,\n{first}",
    ],
    "pt": [
        "Exmos. Senhores da {brand},\n\nEscrevo-vos da sala de espera do centro de saúde, onde estou com a minha mãe à espera da consulta, por isso desculpem algum erro. Somos clientes há quase dois anos e até aqui sempre fomos bem tratados, a senhora do centro de Almada é um amor com ela.\n\n{core}\n\nJá liguei duas vezes e fiquei em espera mais de vinte minutos. Agradecia uma resposta de uma pessoa e não uma mensagem automática.\n\nCom os melhores cumprimentos,\n{first}",
        "Boa tarde,\n\nNão costumo escrever reclamações, mas desta vez tem de ser. Estou a fazer obras na casa que era dos meus sogros e passo o dia entre o pó e os pedreiros, por isso os aparelhos fazem-me falta a sério para falar com eles.\n\n{core}\n\nPeço que resolvam isto com a urgência que merece.\n\nAtentamente,\n{first}",
    ],
}

CASE_OPENED = {
    "en": (
        "Your case {case}",
        "Hello {first}, thank you for telling us and I'm sorry. I've opened case {case} and our team will come back to you within two working days. Kind regards, {agent}",
    ),
    "pt": (
        "O seu processo {case}",
        "Olá {first}, obrigado por nos avisar e lamentamos muito. Abri o processo {case} e a equipa responde em dois dias úteis. Cumprimentos, {agent}",
    ),
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first}, merci de nous avoir prévenus et toutes nos excuses. J'ai ouvert le dossier {case}, l'équipe revient vers vous sous deux jours ouvrés. Cordialement, {agent}",
    ),
    "es": (
        "Su incidencia {case}",
        "Hola {first}, gracias por avisarnos y lo sentimos. He abierto la incidencia {case} y el equipo le responderá en dos días laborables. Un saludo, {agent}",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Guten Tag {first}, danke für Ihre Nachricht, das tut uns leid. Ich habe den Vorgang {case} eröffnet, das Team meldet sich innerhalb von zwei Werktagen. Freundliche Grüße, {agent}",
    ),
    "it": (
        "La sua pratica {case}",
        "Buongiorno {first}, grazie della segnalazione e ci scusi. Ho aperto la pratica {case}, il team la ricontatta entro due giorni lavorativi. Cordiali saluti, {agent}",
    ),
}

CHAT_CASE = {
    "en": "I'm really sorry about this. I've opened case {case} and flagged it for the team today.",
    "pt": "Lamento imenso. Abri o processo {case} e sinalizei-o para a equipa hoje.",
    "fr": "Je suis vraiment désolé. J'ai ouvert le dossier {case} et l'ai signalé à l'équipe aujourd'hui.",
    "es": "Lo siento mucho. He abierto la incidencia {case} y la he marcado para hoy.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} eröffnet und ans Team gegeben.",
    "it": "Mi dispiace molto. Ho aperto la pratica {case} e l'ho segnalata al team oggi.",
}

CHAT_ADDED = {
    "en": "I've added this to case {case} and marked it urgent.",
    "pt": "Acrescentei ao processo {case} e marquei como urgente.",
    "fr": "J'ai ajouté ceci au dossier {case} et l'ai marqué urgent.",
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente.",
    "de": "Ich habe das zum Vorgang {case} hinzugefügt und als dringend markiert.",
    "it": "Ho aggiunto questo alla pratica {case} e l'ho segnata come urgente.",
}

GOOD_NEWS = {
    "en": (
        "Good news on case {case}",
        "Hello {first}, good news on case {case}: it's sorted on our side. Could you confirm all is well now? Kind regards, {agent}",
    ),
    "pt": (
        "Boas notícias sobre o processo {case}",
        "Olá {first}, boas notícias sobre o processo {case}: está resolvido do nosso lado. Pode confirmar que está tudo bem? Cumprimentos, {agent}",
    ),
    "fr": (
        "Bonne nouvelle pour le dossier {case}",
        "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous confirmer que tout va bien ? Cordialement, {agent}",
    ),
    "es": (
        "Buenas noticias sobre {case}",
        "Hola {first}, buenas noticias sobre la incidencia {case}: está resuelta por nuestra parte. ¿Nos confirma que todo está bien? Un saludo, {agent}",
    ),
    "de": (
        "Gute Nachrichten zu {case}",
        "Guten Tag {first}, gute Nachrichten zum Vorgang {case}: bei uns ist alles erledigt. Können Sie bestätigen, dass alles passt? Freundliche Grüße, {agent}",
    ),
    "it": (
        "Buone notizie sulla pratica {case}",
        "Buongiorno {first}, buone notizie sulla pratica {case}: è risolta da parte nostra. Può confermare che ora va tutto bene? Cordiali saluti, {agent}",
    ),
}

QUALITY_LEAD = {
    "en": (
        "Case {case}: passed to our care manager",
        "Hello {first}, I've passed case {case} to our care manager, who will ring you before Thursday evening. Kind regards, {agent}",
    ),
    "pt": (
        "Processo {case}: encaminhado à gestora de clientes",
        "Olá {first}, encaminhei o processo {case} à nossa gestora de clientes, que lhe liga até quinta à tarde. Cumprimentos, {agent}",
    ),
    "fr": (
        "Dossier {case} : transmis à notre responsable",
        "Bonjour {first}, j'ai transmis le dossier {case} à notre responsable clientèle, qui vous appellera avant jeudi soir. Cordialement, {agent}",
    ),
    "es": (
        "Incidencia {case}: pasada a la responsable",
        "Hola {first}, he pasado la incidencia {case} a nuestra responsable de clientes, que le llamará antes del jueves por la tarde. Un saludo, {agent}",
    ),
    "de": (
        "Vorgang {case}: an die Kundenbetreuung",
        "Guten Tag {first}, ich habe den Vorgang {case} an unsere Kundenbetreuerin gegeben, die Sie bis Donnerstagabend anruft. Freundliche Grüße, {agent}",
    ),
    "it": (
        "Pratica {case}: passata alla responsabile",
        "Buongiorno {first}, ho passato la pratica {case} alla nostra responsabile clienti, che la chiamerà entro giovedì sera. Cordiali saluti, {agent}",
    ),
}

APOLOGY = {
    "en": [
        "sorry for my tone yesterday, I was at the end of my rope. your colleague was very kind",
        "Apologies for the rant yesterday. Not your fault personally",
    ],
    "pt": [
        "peço desculpa pela forma como escrevi ontem, estava muito nervosa. obrigada pela paciencia",
        "Desculpem o tom de ontem, nao era nada convosco pessoalmente",
    ],
    "fr": ["Désolée pour mon ton d'hier, j'étais à bout"],
    "es": ["perdón por cómo escribí ayer, estaba desbordado"],
    "de": ["Entschuldigung für meinen Ton gestern, war mit den Nerven durch"],
    "it": ["scusate il tono di ieri, ero esasperata"],
}

CONFIRM = {
    "en": ("Re: Good news on case {case}", "Yes all fine now, case {case} can be closed. Thanks"),
    "pt": (
        "Re: Boas notícias sobre o processo {case}",
        "Sim, está tudo certo, podem fechar o processo {case}. Obrigado",
    ),
    "fr": (
        "RE : Bonne nouvelle pour le dossier {case}",
        "Oui tout est en ordre, vous pouvez clore le dossier {case}. Merci",
    ),
    "es": (
        "RE: Buenas noticias sobre {case}",
        "Sí, todo bien, podéis cerrar la incidencia {case}. Gracias",
    ),
    "de": (
        "AW: Gute Nachrichten zu {case}",
        "Ja, passt jetzt alles, Vorgang {case} kann geschlossen werden. Danke",
    ),
    "it": (
        "R: Buone notizie sulla pratica {case}",
        "Sì, ora va tutto bene, potete chiudere la pratica {case}. Grazie",
    ),
}

CONFIRM_CHAT = {
    "en": "just to say case {case} is sorted, all working, thanks",
    "pt": "so para dizer que o processo {case} ficou resolvido, obrigada",
    "fr": "juste pour dire que le dossier {case} est réglé, merci",
    "es": "solo decir que la incidencia {case} está resuelta, gracias",
    "de": "nur kurz: Vorgang {case} ist erledigt, danke",
    "it": "solo per dire che la pratica {case} è risolta, grazie",
}

LOW_CSAT_WORD = {
    "en": ["", "poor", "useless"],
    "pt": ["", "mau", "pessimo"],
    "fr": ["", "nul"],
    "es": ["", "fatal"],
    "de": ["", "schlecht"],
    "it": ["", "pessimo"],
}

LOW_NPS_WORD = {
    "en": ["", "not until this is fixed", "would not recommend right now"],
    "pt": ["", "so quando resolverem", "nao recomendo assim"],
    "fr": ["", "pas tant que ce n'est pas réglé"],
    "es": ["", "hasta que lo arreglen, no"],
    "de": ["", "so nicht"],
    "it": ["", "così no"],
}

# repeat contacts: second, third (names a competitor), fourth
REPEAT_2 = {
    "en": [
        "Case {case} is still open and nothing has happened. I wrote {day}. Still waiting.",
        "following up on {case}, still not sorted, still no answer",
    ],
    "pt": [
        "O processo {case} continua aberto e nada aconteceu. Escrevi {day}. Continuo à espera.",
        "sobre o processo {case}: continua por resolver e ninguem diz nada",
    ],
    "fr": ["Le dossier {case} est toujours ouvert et rien n'a bougé depuis {day}."],
    "es": ["La incidencia {case} sigue abierta y nada desde {day}."],
    "de": ["Vorgang {case} ist immer noch offen, seit {day} passiert nichts."],
    "it": ["La pratica {case} è ancora aperta, da {day} non è successo niente."],
}
REPEAT_3 = {
    "en": [
        "This is the third time about {case}. My neighbour gets her batteries from {comp} and they'd have sent new ones the same day. Still open.",
        "Third message about {case}, still open. I've been looking at what {comp} charge for the same plan, funnily enough",
    ],
    "pt": [
        "É a terceira vez que escrevo sobre o processo {case}. A minha vizinha compra na {comp} e la resolvem no proprio dia. Continua aberto.",
        "terceira mensagem sobre {case}, continua aberto. ja fui ver quanto a {comp} cobra pelo mesmo plano",
    ],
    "fr": [
        "Troisième fois pour le dossier {case}. Ma sœur est chez {comp}, chez eux c'est réglé le jour même. Toujours ouvert."
    ],
    "es": [
        "Tercera vez con la incidencia {case}. Mi cuñada va a {comp} y allí lo arreglan en el día. Sigue abierta."
    ],
    "de": [
        "Zum dritten Mal wegen {case}. Meine Schwester ist bei {comp}, da wird sowas am selben Tag erledigt. Immer noch offen."
    ],
    "it": [
        "Terza volta per la pratica {case}. Mia cugina va da {comp} e lì risolvono in giornata. Ancora aperta."
    ],
}
REPEAT_4 = {
    "en": [
        "FOURTH time. Case {case}. Still nothing. Does anyone read these?",
        "this is the FOURTH message about {case} and it's still open",
    ],
    "pt": [
        "QUARTA vez. Processo {case}. Nada. Alguem le isto?",
        "é a QUARTA mensagem sobre o {case} e continua aberto",
    ],
    "fr": ["QUATRIÈME fois. Dossier {case}. Toujours rien."],
    "es": ["CUARTA vez. Incidencia {case}. Nada de nada."],
    "de": ["Zum VIERTEN Mal. Vorgang {case}. Immer noch nichts."],
    "it": ["QUARTA volta. Pratica {case}. Ancora niente."],
}
REPEAT_SUBJECT = {
    "en": "Re: Your case {case}",
    "pt": "Re: O seu processo {case}",
    "fr": "RE : Votre dossier {case}",
    "es": "RE: Su incidencia {case}",
    "de": "AW: Ihr Vorgang {case}",
    "it": "R: La sua pratica {case}",
}

# second problem (two different problems) uses another of the six

# slow churn: six steps, the last names a competitor
SLIDE = {
    "en": [
        "{brand} battery parcel came 4 days late this time. Not the end of the world but I had to borrow my brother's",
        "the {brand} app has been logging me out every morning since the update. annoying when you just want to turn the volume up",
        "Rang {brand} to move my check-up, 35 minutes on hold with that music. Used to be 2 minutes",
        "Second month in a row {brand} sends the wrong size domes. I've told them twice which size I wear",
        "So {brand} want £40 for a 'deep clean' of aids that are 8 months old and spotless. Getting really fed up",
        "My neighbour moved to {comp} last year and keeps telling me how easy it is. Booked a hearing test there on Saturday",
    ],
    "pt": [
        "As pilhas da {brand} chegaram com 4 dias de atraso desta vez. Nao é grave mas tive de pedir emprestadas",
        "a app da {brand} desliga-me a sessão todas as manhas desde a atualização. chato",
        "Liguei para a {brand} para mudar a revisão, 35 minutos em espera. Antes era num instante",
        "Segundo mês seguido que a {brand} manda olivas do tamanho errado. Ja avisei duas vezes",
        "Agora a {brand} quer 45 € por uma 'limpeza profunda' de aparelhos com 8 meses e impecaveis. Estou farta",
        "A minha vizinha mudou para a {comp} e so diz bem. Marquei o teste la para sabado",
    ],
    "fr": [
        "Colis de piles {brand} avec 4 jours de retard cette fois. Pas grave mais bon",
        "l'appli {brand} me déconnecte tous les matins depuis la mise à jour",
        "35 minutes d'attente au téléphone chez {brand} pour décaler un rdv. Avant c'était 2 minutes",
        "Deuxième mois que {brand} m'envoie la mauvaise taille de dômes",
        "{brand} veut 45 € pour un 'nettoyage profond' d'appareils de 8 mois impeccables. J'en ai assez",
        "Ma voisine est passée chez {comp} et en est ravie. J'ai pris rdv là-bas samedi",
    ],
    "es": [
        "Las pilas de {brand} llegaron con 4 días de retraso esta vez. Bueno",
        "la app de {brand} me cierra la sesión cada mañana desde la actualización",
        "35 minutos en espera con {brand} para cambiar una cita. Antes eran 2",
        "Segundo mes que {brand} me manda olivas de la talla equivocada",
        "{brand} me pide 45 € por una 'limpieza a fondo' de audífonos de 8 meses impecables. Harta",
        "Mi vecina se pasó a {comp} y está encantada. He pedido cita allí el sábado",
    ],
    "de": [
        "Batterien von {brand} diesmal 4 Tage zu spät. Naja",
        "die {brand} App meldet mich seit dem Update jeden Morgen ab",
        "35 Minuten Warteschleife bei {brand} um einen Termin zu verschieben. Früher 2 Minuten",
        "Zweiter Monat in Folge schickt {brand} die falsche Schirmchengröße",
        "{brand} will 45 € für eine 'Tiefenreinigung' von 8 Monate alten, sauberen Geräten. Reicht mir langsam",
        "Meine Nachbarin ist zu {comp} gewechselt und schwärmt. Hab dort für Samstag einen Hörtest gebucht",
    ],
    "it": [
        "Pile {brand} arrivate con 4 giorni di ritardo stavolta. Vabbè",
        "l'app {brand} mi disconnette ogni mattina dall'aggiornamento",
        "35 minuti in attesa con {brand} per spostare un appuntamento. Prima 2 minuti",
        "Secondo mese che {brand} manda cupolini della misura sbagliata",
        "{brand} vuole 45 € per una 'pulizia profonda' di apparecchi di 8 mesi perfetti. Sono stufa",
        "La mia vicina è passata a {comp} ed è contentissima. Ho prenotato un test lì per sabato",
    ],
}

LEAVE = {
    "en": [
        (
            "Cancel Ouvela Care",
            "Hello, my mother passed away last month and I'd like to cancel her Ouvela Care plan and close the account. Thank you for looking after her. {first}",
        ),
        (
            "Cancel my plan",
            "Hi, my new employer's health plan covers batteries and checks now, so please cancel my Ouvela Care plan and close my account. Thanks",
        ),
    ],
    "pt": [
        (
            "Cancelar plano",
            "Bom dia, vou viver para França com a minha filha e queria cancelar o plano Ouvela Care e fechar a conta. Obrigada por tudo, {first}",
        ),
        (
            "Cancelamento",
            "Ola, o meu seguro de saude passou a cobrir as pilhas e revisoes, por isso quero cancelar o Ouvela Care e fechar a conta. Obrigado",
        ),
    ],
    "fr": [
        (
            "Résiliation",
            "Bonjour, ma mutuelle prend désormais tout en charge, je souhaite résilier Ouvela Care et fermer mon compte. Merci, {first}",
        )
    ],
    "es": [
        (
            "Baja del plan",
            "Hola, me mudo con mi hijo a otra ciudad y quiero dar de baja el plan Ouvela Care y cerrar la cuenta. Gracias, {first}",
        )
    ],
    "de": [
        (
            "Kündigung",
            "Guten Tag, meine Krankenkasse übernimmt jetzt alles, bitte kündigen Sie Ouvela Care und schließen Sie mein Konto. Danke, {first}",
        )
    ],
    "it": [
        (
            "Disdetta",
            "Buongiorno, l'assicurazione ora copre tutto, vorrei disdire Ouvela Care e chiudere l'account. Grazie, {first}",
        )
    ],
}
SORRY_GO = {
    "en": (
        "Re: your plan",
        "Hello {first}, we're sorry to see you go. You can cancel yourself in the app or on the website under My plan. Kind regards, {agent}",
    ),
    "pt": (
        "Re: o seu plano",
        "Olá {first}, lamentamos vê-la partir. Pode cancelar na app ou no site em O meu plano. Cumprimentos, {agent}",
    ),
    "fr": (
        "RE : votre abonnement",
        "Bonjour {first}, nous sommes désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, rubrique Mon abonnement. Cordialement, {agent}",
    ),
    "es": (
        "RE: su plan",
        "Hola {first}, sentimos que se vaya. Puede darse de baja en la app o en la web, en Mi plan. Un saludo, {agent}",
    ),
    "de": (
        "AW: Ihr Plan",
        "Guten Tag {first}, schade, dass Sie gehen. Sie können in der App oder auf der Website unter Mein Plan kündigen. Freundliche Grüße, {agent}",
    ),
    "it": (
        "R: il suo piano",
        "Buongiorno {first}, ci dispiace vederla andare. Può disdire nell'app o sul sito in Il mio piano. Cordiali saluti, {agent}",
    ),
}

GRUMPY = {
    "en": [
        "{brand} app logged me out AGAIN",
        "why does the {brand} battery reminder go off at 6am",
        "45 min queue at the {brand} centre on a Saturday, every time",
        "{brand} charging case lid broke off, third one",
        "the TV streamer from {brand} drops out every ad break",
        "{brand} never tell you when the courier changes the day",
    ],
    "pt": [
        "a app da {brand} desligou-me outra vez a sessão",
        "porque é que o lembrete das pilhas da {brand} toca as 6 da manha",
        "fila de 45 min no centro da {brand} ao sabado, sempre igual",
        "a tampa da caixa de carregar da {brand} partiu, a terceira",
        "o streamer de TV da {brand} falha em todos os intervalos",
        "a {brand} nunca avisa quando a transportadora muda o dia",
    ],
    "fr": [
        "l'appli {brand} m'a encore déconnecté",
        "file d'attente de 45 min au centre {brand} le samedi",
    ],
    "es": [
        "la app de {brand} me ha vuelto a echar",
        "cola de 45 min en el centro {brand} el sábado",
    ],
    "de": [
        "{brand} App hat mich schon wieder abgemeldet",
        "45 Minuten Schlange bei {brand} am Samstag",
    ],
    "it": [
        "l'app {brand} mi ha disconnesso di nuovo",
        "45 minuti di fila al centro {brand} il sabato",
    ],
}

SARCASM = {
    "en": [
        "Love how {brand} sends my 'express' batteries on the one day I'm away. Timing 👏",
        "Nothing says hearing care like {brand} hold music so loud I can hear it without my aids 😂",
    ],
    "pt": [
        "Adoro quando a {brand} manda as pilhas 'expresso' precisamente no dia em que estou fora 👏",
        "Nada como a musica de espera da {brand}, tao alta que a ouço sem aparelhos 😂",
    ],
    "fr": ["J'adore {brand} qui livre mes piles 'express' le seul jour où je suis absente 👏"],
    "es": ["Me encanta que {brand} mande las pilas 'exprés' justo el día que no estoy 👏"],
    "de": [
        "Toll, wie {brand} die 'Express'-Batterien genau an meinem einzigen freien Tag schickt 👏"
    ],
    "it": ["Adoro {brand} che spedisce le pile 'express' proprio il giorno che non ci sono 👏"],
}

MILD = {
    "en": [
        (
            "the appointment calendar shows the wrong centre for my postcode",
            "Thanks for flagging, I've passed it to the web team.",
        ),
        (
            "app notifications arrive in Spanish though my phone is in English",
            "Thanks, I've reported it to the app team.",
        ),
    ],
    "pt": [
        (
            "o calendario de marcações mostra o centro errado para o meu codigo postal",
            "Obrigado pelo aviso, passei à equipa do site.",
        ),
        (
            "as notificações da app vêm em ingles e o telemovel esta em portugues",
            "Obrigado, reportei à equipa da app.",
        ),
    ],
    "fr": [
        ("les notifications de l'appli arrivent en anglais", "Merci, c'est signalé à l'équipe.")
    ],
    "es": [
        ("el calendario de citas muestra el centro equivocado", "Gracias, lo paso al equipo web.")
    ],
    "de": [
        ("die App-Benachrichtigungen kommen auf Englisch", "Danke, ist ans App-Team weitergegeben.")
    ],
    "it": [
        ("il calendario mostra il centro sbagliato per il mio CAP", "Grazie, segnalato al team.")
    ],
}
FORM_ACK = {
    "en": (
        "We got your message",
        "Hello {first}, thanks for the note, it's with the right team. {agent}",
    ),
    "pt": (
        "Recebemos a sua mensagem",
        "Olá {first}, obrigado pela nota, já está com a equipa certa. {agent}",
    ),
    "fr": ("Message bien reçu", "Bonjour {first}, merci, c'est transmis à l'équipe. {agent}"),
    "es": ("Mensaje recibido", "Hola {first}, gracias, ya lo tiene el equipo. {agent}"),
    "de": ("Nachricht erhalten", "Guten Tag {first}, danke, ist beim richtigen Team. {agent}"),
    "it": ("Messaggio ricevuto", "Buongiorno {first}, grazie, è passato al team. {agent}"),
}

# --- the spike: the app can't reach the hearing aids after an update ------------
SPIKE = {
    "en": [
        "{brand} app says {code} and won't connect to my hearing aids since tonight's update. can't change program or volume at all",
        "anyone else getting {code} in the {brand} app?? both aids disconnected, stuck on the loud setting in a restaurant",
        "Your app update broke everything. Error {code}, aids not found, reinstalled twice. My mother is panicking",
    ],
    "pt": [
        "A app da {brand} da erro {code} desde a atualização de hoje e nao liga aos aparelhos. Nao consigo mudar o volume",
        "mais alguem com o erro {code} na app {brand}? os dois aparelhos desligados, fiquei preso no programa de rua",
        "Atualizaram a app e agora so aparece {code}. Ja reinstalei duas vezes. O meu pai esta aflito",
    ],
    "fr": [
        "Erreur {code} dans l'appli {brand} depuis la mise à jour, plus aucune connexion aux appareils",
        "l'appli {brand} affiche {code}, impossible de régler le volume ce soir",
    ],
    "es": [
        "La app de {brand} da error {code} desde la actualización y no conecta con los audífonos",
        "alguien más con {code} en la app de {brand}? no puedo cambiar el programa",
    ],
    "de": [
        "{brand} App zeigt seit dem Update Fehler {code}, keine Verbindung zu den Hörgeräten",
        "noch jemand {code} in der {brand} App? Lautstärke lässt sich nicht mehr ändern",
    ],
    "it": [
        "L'app {brand} dà errore {code} dopo l'aggiornamento e non si collega agli apparecchi",
        "anche voi {code} sull'app {brand}? non riesco a cambiare programma",
    ],
}
SPIKE_SUBJECT = {
    "en": "App error {code}",
    "pt": "Erro {code} na app",
    "fr": "Erreur {code} appli",
    "es": "Error {code} en la app",
    "de": "Fehler {code} in der App",
    "it": "Errore {code} app",
}
SPIKE_CHAT_ANSWER = {
    "en": "Yes, the app can't connect to hearing aids for many customers right now after tonight's update. Our engineers are on it; the aids themselves still work with their buttons.",
    "pt": "Sim, a app não está a ligar aos aparelhos para muitos clientes depois da atualização de hoje. Os engenheiros estão a tratar; os botões dos aparelhos continuam a funcionar.",
    "fr": "Oui, l'appli ne se connecte plus aux appareils pour beaucoup de clients depuis la mise à jour. Nos ingénieurs s'en occupent ; les boutons des appareils fonctionnent toujours.",
    "es": "Sí, la app no conecta con los audífonos para muchos clientes tras la actualización. Los ingenieros están en ello; los botones del audífono siguen funcionando.",
    "de": "Ja, die App verbindet sich seit dem Update bei vielen nicht mit den Geräten. Unsere Technik ist dran; die Tasten an den Geräten funktionieren weiter.",
    "it": "Sì, dopo l'aggiornamento l'app non si collega agli apparecchi per molti clienti. I tecnici ci stanno lavorando; i tasti degli apparecchi funzionano.",
}
SPIKE_REPEAT = {
    "en": [
        "still {code}. tried my husband's phone too, same thing",
        "Still getting {code} after restarting the phone and the aids. Nothing works",
    ],
    "pt": [
        "continua {code}. experimentei no telemovel da minha mulher e igual",
        "Ainda {code} depois de reiniciar tudo. Nada",
    ],
    "fr": ["toujours {code}, même sur le téléphone de mon fils"],
    "es": ["sigue {code}, también en el móvil de mi hija"],
    "de": ["immer noch {code}, auch auf dem Handy meiner Frau"],
    "it": ["ancora {code}, anche sul telefono di mia figlia"],
}
SPIKE_FIXED = {
    "en": (
        "App working again",
        "Hello {first}, the app connects to hearing aids again since {local}. Sorry for the evening: we've added {credit} credit to your account. {agent}",
    ),
    "pt": (
        "A app voltou a funcionar",
        "Olá {first}, a app volta a ligar aos aparelhos desde as {local}. Pedimos desculpa pela noite: acrescentámos {credit} de crédito à sua conta. {agent}",
    ),
    "fr": (
        "L'appli fonctionne à nouveau",
        "Bonjour {first}, l'appli se connecte de nouveau aux appareils depuis {local}. Désolés pour la soirée : {credit} de crédit ajoutés à votre compte. {agent}",
    ),
    "es": (
        "La app vuelve a funcionar",
        "Hola {first}, la app vuelve a conectar con los audífonos desde las {local}. Perdón por la noche: le hemos añadido {credit} de crédito. {agent}",
    ),
    "de": (
        "App funktioniert wieder",
        "Guten Tag {first}, die App verbindet sich seit {local} Uhr wieder mit den Geräten. Entschuldigung für den Abend: {credit} Guthaben gutgeschrieben. {agent}",
    ),
    "it": (
        "L'app funziona di nuovo",
        "Buongiorno {first}, l'app si collega di nuovo agli apparecchi dalle {local}. Ci scusi per la serata: abbiamo aggiunto {credit} di credito. {agent}",
    ),
}
LONE_Q = {
    "en": (
        "the app asked me to update last night, is it safe to do it before my flight tomorrow? it works fine now",
        "Yes, it's safe: the update is small and your aids keep their settings.",
    ),
    "pt": (
        "a app pediu para atualizar ontem a noite, posso fazer antes de viajar amanha? agora funciona bem",
        "Pode sim, a atualização é pequena e os aparelhos mantêm as definições.",
    ),
    "fr": (
        "l'appli me propose une mise à jour, je peux la faire ? tout marche bien",
        "Oui, sans souci, vos réglages sont conservés.",
    ),
    "es": (
        "la app me pide actualizar, lo hago? ahora va bien",
        "Sí, sin problema, se mantienen los ajustes.",
    ),
    "de": (
        "die App will ein Update, kann ich das machen? läuft gerade gut",
        "Ja, gern, die Einstellungen bleiben erhalten.",
    ),
    "it": (
        "l'app chiede di aggiornare, posso farlo? ora funziona bene",
        "Sì, tranquillo, le impostazioni restano.",
    ),
}
SLOW_GRUMBLE = {
    "en": (
        "the centre finder map takes ages to load on my phone",
        "Sorry about that, we've seen it too and the web team is looking at it.",
    ),
    "pt": (
        "o mapa dos centros demora imenso a carregar no telemovel",
        "Pedimos desculpa, ja reportámos à equipa do site.",
    ),
    "fr": ("la carte des centres met une éternité à charger", "Désolés, c'est remonté à l'équipe."),
    "es": ("el mapa de centros tarda muchísimo en cargar", "Perdón, ya lo está mirando el equipo."),
    "de": ("die Filialkarte lädt ewig am Handy", "Sorry, das Team schaut sich das an."),
    "it": (
        "la mappa dei centri ci mette tantissimo a caricare",
        "Ci scusi, il team ci sta lavorando.",
    ),
}
