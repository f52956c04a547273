# ruff: noqa: E501
"""Wording of heldout293 (Brevaro: espresso and bean-to-cup machine servicing).

Written for this set, from the stories, in de, fr (first), es, en, it, pt.
Placeholders: {brand} {plan} {case} {amt} {comp} {first} {when} {code} {time}
{company} {colleague}.
"""

from __future__ import annotations

BRAND = "Brevaro"
PLAN = "Brevaro Care"
ARM = "Brevaro Office"
COMPETITORS = ("Caffenzo", "Mahlwerk24")
LANGS = ("de", "fr", "es", "en", "it", "pt")

T = dict[str, list[str]]

# Products: (label, price in EUR)
PRODUCTS: list[tuple[str, float]] = [
    ("Espresso machine service, standard / Service Siebträger Standard", 89.0),
    ("Bean-to-cup full service / Vollservice Kaffeevollautomat", 129.0),
    ("Descaling kit x3 / Entkalkungsset 3x", 24.9),
    ("Grinder burrs replacement / Mahlwerk-Tausch", 59.0),
    ("Milk system deep clean / Milchsystem-Reinigung", 39.0),
    ("Group head gasket set / Brühgruppendichtung", 19.5),
    ("Water filter cartridges x4 / Wasserfilter 4x", 32.0),
    ("Brevaro Care, monthly / Brevaro Care, monatlich", 9.9),
]
PAGES = [
    "/service/book",
    "/care",
    "/shop/descaling",
    "/shop/filters",
    "/track",
    "/faq/loan-machine",
    "/shop/gaskets",
    "/help/collection",
]

PRAISE: T = {
    "de": [
        "Meine Siebträger ist vom {brand}-Service zurück und zieht wieder wie am ersten Tag. Crema top, Temperatur stabil. Danke an die Werkstatt!",
        "Kurz mal Lob: Abholung pünktlich, Leihmaschine am selben Tag da, und nach fünf Tagen war meine Maschine zurück. So muss das laufen, {brand}.",
        "Der Vollautomat war total verkalkt, jetzt läuft er leise und der Milchschaum ist wieder richtig fest. Sehr gute Arbeit von {brand}.",
        "Hätte nicht gedacht, dass sich ein Service so lohnt. Der Kaffee schmeckt wieder nach Kaffee und nicht nach Kalk 😄 {brand} kann ich empfehlen.",
    ],
    "fr": [
        "Ma machine est revenue de chez {brand} et elle fait un espresso comme au premier jour. La crème est revenue, merci l'atelier !",
        "Petit mot pour dire que tout s'est très bien passé : enlèvement à l'heure, machine de prêt le jour même, retour en une semaine. Bravo {brand}.",
        "Le broyeur faisait un bruit horrible, {brand} l'a remplacé et maintenant c'est silencieux. Service nickel.",
    ],
    "es": [
        "Me ha vuelto la cafetera del servicio de {brand} y hace el café como el primer día. Muy contenta con el taller.",
        "Recogida puntual, cafetera de préstamo el mismo día y la mía de vuelta en una semana. Así da gusto, {brand}.",
    ],
    "en": [
        "Got my espresso machine back from {brand} and the shots are properly good again. Steady temperature, lovely crema. Cheers to the workshop.",
        "Courier came when they said, loan machine the same day, mine back within a week. Painless. Well done {brand}.",
    ],
    "it": [
        "La mia macchina è tornata dal servizio {brand} e fa un espresso come appena comprata. Crema perfetta, grazie all'officina!",
        "Ritiro puntuale, macchina sostitutiva lo stesso giorno e la mia riportata in una settimana. Bravi {brand}.",
    ],
    "pt": [
        "A minha máquina voltou da revisão da {brand} e o café está outra vez como no primeiro dia. Obrigada à oficina!",
        "Recolha à hora marcada, máquina de empréstimo no mesmo dia e a minha de volta numa semana. Muito bem {brand}.",
    ],
}

AGAIN: T = {
    "de": [
        "Schon der dritte Service bei {brand} und wieder alles perfekt. Ich geb meine Maschine keinem anderen mehr.",
        "Wieder mal die nette Fahrerin bei der Abholung, wieder mal ruckzuck zurück. {brand} bleibt meine Werkstatt.",
    ],
    "fr": [
        "Troisième révision chez {brand} et toujours aussi impeccable. Je ne confie plus ma machine à personne d'autre.",
        "Encore une fois la machine de prêt est arrivée avant même que la mienne parte. Toujours au top {brand}.",
    ],
    "es": [
        "Tercera revisión con {brand} y otra vez perfecta. Ya no llevo la cafetera a ningún otro sitio."
    ],
    "en": [
        "Third service with {brand} and still spot on. Not taking the machine anywhere else now."
    ],
    "it": [
        "Terza revisione con {brand} e ancora tutto perfetto. Non la porto più da nessun'altra parte."
    ],
    "pt": [
        "Terceira revisão com a {brand} e outra vez impecável. Já não levo a máquina a mais lado nenhum."
    ],
}

GRIPE: T = {
    "de": [
        "Service war super, Maschine läuft wieder. Nur der Karton für die Rücksendung war etwas knapp, musste ordentlich stopfen. Sonst gerne wieder.",
        "Alles gut gelaufen, nur die Tracking-Seite zeigt immer noch 'in der Werkstatt', obwohl die Maschine längst hier steht.",
    ],
    "fr": [
        "Révision parfaite, seul bémol : le carton de renvoi est un peu juste pour une machine à levier. Sinon rien à redire.",
        "Très bien dans l'ensemble, juste la notice de détartrage qui n'existe qu'en PDF, pas pratique dans la cuisine.",
    ],
    "es": [
        "Todo muy bien, solo que la caja para enviarla es un poco justa para mi cafetera. Por lo demás, repetiré."
    ],
    "en": [
        "Service was great, only niggle is the return box is a tight fit for a dual boiler. Otherwise would use again."
    ],
    "it": [
        "Tutto bene, solo la scatola per la spedizione è un po' stretta per la mia macchina. Per il resto ottimo."
    ],
    "pt": [
        "Tudo ótimo, só a caixa para enviar a máquina é um bocado apertada. De resto, recomendo."
    ],
}

# (question, agent answer)
QA: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo, wie lange dauert ein Vollservice für einen Kaffeevollautomaten gerade ungefähr?",
            "Hallo! Im Moment sind es 5 bis 7 Werktage ab Eingang in der Werkstatt. Eine Leihmaschine ist bei {plan} inklusive.",
        ),
        (
            "Muss ich den Wassertank leeren, bevor der Kurier die Maschine abholt?",
            "Ja, bitte Tank und Tropfschale leeren und den Bohnenbehälter möglichst leer laufen lassen. Danke!",
        ),
        (
            "Kann ich die Leihmaschine auch mit Hafermilch nutzen?",
            "Klar, jede Milch geht. Bitte nach Gebrauch nur einmal das Spülprogramm laufen lassen.",
        ),
    ],
    "fr": [
        (
            "Bonjour, combien de temps prend une révision complète en ce moment ?",
            "Bonjour ! Comptez 5 à 7 jours ouvrés à partir de la réception à l'atelier. La machine de prêt est incluse avec {plan}.",
        ),
        (
            "Faut-il vider le bac à grains avant l'enlèvement ?",
            "Oui, si possible videz le bac à grains, le réservoir et le bac d'égouttage. Merci !",
        ),
        (
            "La machine de prêt accepte-t-elle les capsules ou seulement le café moulu ?",
            "Seulement grains ou moulu, pas de capsules. Le mode d'emploi est dans le carton.",
        ),
    ],
    "es": [
        (
            "Hola, ¿cuánto tarda ahora mismo una revisión completa?",
            "¡Hola! Ahora mismo entre 5 y 7 días laborables desde que llega al taller. Con {plan} la cafetera de préstamo va incluida.",
        ),
        (
            "¿Tengo que vaciar el depósito antes de que venga el mensajero?",
            "Sí, por favor vacía el depósito y la bandeja de goteo. ¡Gracias!",
        ),
    ],
    "en": [
        (
            "Hi, roughly how long is a full service taking at the moment?",
            "Hi! Currently 5 to 7 working days from when it reaches the workshop. A loan machine is included with {plan}.",
        ),
        (
            "Do I need to empty the water tank before the courier picks it up?",
            "Yes please, tank and drip tray empty, and the hopper run as empty as you can. Thanks!",
        ),
    ],
    "it": [
        (
            "Ciao, quanto ci vuole adesso per una revisione completa?",
            "Ciao! Al momento 5-7 giorni lavorativi dall'arrivo in officina. Con {plan} la macchina sostitutiva è inclusa.",
        ),
        (
            "Devo svuotare il serbatoio prima del ritiro?",
            "Sì, svuota serbatoio e vaschetta, grazie!",
        ),
    ],
    "pt": [
        (
            "Olá, quanto tempo demora agora uma revisão completa?",
            "Olá! Neste momento 5 a 7 dias úteis a partir da chegada à oficina. Com o {plan} a máquina de empréstimo está incluída.",
        ),
        (
            "Tenho de esvaziar o depósito antes da recolha?",
            "Sim, por favor esvazie o depósito e o tabuleiro de pingos. Obrigado!",
        ),
    ],
}

THANKS: T = {
    "de": ["Super, danke!", "Alles klar, danke euch", "Perfekt, merci"],
    "fr": ["Parfait, merci !", "Super merci beaucoup", "Ok merci bonne journée"],
    "es": ["¡Genial, gracias!", "Perfecto, grcias"],
    "en": ["Brilliant, thanks!", "Perfect, cheers"],
    "it": ["Perfetto, grazie!", "Ok grz"],
    "pt": ["Ótimo, obrigada!", "Perfeito, obg"],
}

# e-mail question: (subject, text, answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Frage zu {plan}",
            "Guten Tag, ist bei {plan} auch der Tausch der Brühgruppendichtung dabei oder kostet der extra? Viele Grüße",
            "Guten Tag, die Dichtungen sind beim Jahresservice im {plan} inklusive. Viele Grüße, Ihr {brand}-Team",
        ),
        (
            "Rechnung für die Steuer",
            "Hallo, könnten Sie mir die Rechnung vom letzten Service noch einmal als PDF schicken? Danke",
            "Hallo, die Rechnung hängt an. Sie finden sie auch jederzeit im Kundenkonto unter Rechnungen.",
        ),
    ],
    "fr": [
        (
            "Question sur {plan}",
            "Bonjour, est-ce que le remplacement des joints est compris dans {plan} ? Merci d'avance",
            "Bonjour, oui, les joints sont compris dans la révision annuelle de {plan}. Bonne journée, l'équipe {brand}",
        ),
        (
            "Facture",
            "Bonjour, pourriez-vous me renvoyer la facture de la dernière révision ? Je ne la retrouve plus. Cordialement",
            "Bonjour, vous la trouverez en pièce jointe et dans votre espace client.",
        ),
    ],
    "es": [
        (
            "Pregunta sobre {plan}",
            "Hola, ¿el cambio de juntas entra en {plan}? Gracias",
            "Hola, sí, las juntas entran en la revisión anual de {plan}. Un saludo",
        )
    ],
    "en": [
        (
            "Question about {plan}",
            "Hi, does {plan} cover the group head gasket or is that extra? Thanks",
            "Hi, gaskets are included in the yearly service under {plan}. Best, the {brand} team",
        )
    ],
    "it": [
        (
            "Domanda su {plan}",
            "Buongiorno, la sostituzione delle guarnizioni è compresa in {plan}? Grazie",
            "Buongiorno, sì, è compresa nella revisione annuale di {plan}. Cordiali saluti",
        )
    ],
    "pt": [
        (
            "Pergunta sobre o {plan}",
            "Bom dia, a troca das borrachas está incluída no {plan}? Obrigado",
            "Bom dia, sim, está incluída na revisão anual do {plan}. Cumprimentos",
        )
    ],
}

# phone: (transcript, follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "ja hallo ich wollte fragen ob ich die Abholung auch an meine Arbeitsadresse legen kann weil ich tagsüber nicht zu Hause bin geht das",
            "Wie am Telefon besprochen: Sie können die Abholadresse in der App unter Abholung ändern, auch auf eine Firmenadresse.",
        ),
        (
            "guten Tag ich hab eine Siebträgermaschine von neunzehnhundertneunzig machen Sie sowas noch oder ist die zu alt",
            "Wie besprochen: ja, auch ältere Siebträger nehmen wir an. Ersatzteile klären wir nach der Diagnose mit Ihnen.",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si le coursier peut passer le samedi matin parce qu'en semaine je travaille",
            "Comme convenu au téléphone : les enlèvements du samedi matin se réservent dans l'application, rubrique Enlèvement.",
        ),
        (
            "bonjour c'est pour savoir si vous réparez aussi les moulins à café seuls sans la machine",
            "Comme évoqué au téléphone : oui, nous révisons aussi les moulins seuls, réservation sur le site.",
        ),
    ],
    "es": [
        (
            "hola quería saber si el mensajero puede venir el sábado por la mañana porque entre semana trabajo",
            "Como hablamos: las recogidas del sábado se reservan en la app, en Recogida.",
        )
    ],
    "en": [
        (
            "hi yeah just wondering if the courier can come saturday morning as i'm at work in the week",
            "As discussed on the phone: Saturday morning collections can be booked in the app under Collection.",
        )
    ],
    "it": [
        (
            "buongiorno volevo sapere se il corriere può passare il sabato mattina perché in settimana lavoro",
            "Come detto al telefono: i ritiri del sabato si prenotano nell'app, alla voce Ritiro.",
        )
    ],
    "pt": [
        (
            "olá queria saber se o estafeta pode vir ao sábado de manhã porque durante a semana trabalho",
            "Como falámos: as recolhas ao sábado marcam-se na app, em Recolha.",
        )
    ],
}

REVIEW: T = {
    "de": [
        "Schneller Service, faire Preise, Maschine läuft wie neu gekauft.",
        "Top Werkstatt, klare Kommunikation.",
    ],
    "fr": [
        "Service rapide, prix corrects, machine comme au premier jour.",
        "Atelier sérieux et bien organisé.",
    ],
    "es": ["Servicio rápido y buen precio."],
    "en": ["Quick turnaround, fair price, clear updates."],
    "it": ["Servizio veloce e prezzi onesti."],
    "pt": ["Serviço rápido e preço justo."],
}

SURVEY_WORDS: T = {
    "de": ["", "Gern wieder", "👍", "Schnell und freundlich"],
    "fr": ["", "Très bien", "👌", "Rien à dire"],
    "es": ["", "Muy bien", "👍"],
    "en": ["", "Great", "👍"],
    "it": ["", "Ottimo", "👍"],
    "pt": ["", "Muito bom", "👍"],
}

NIGHT_POST: T = {
    "de": [
        "Nachtschicht im Krankenhaus überstanden und der erste Espresso aus der frisch gewarteten Maschine. Danke {brand}, das hab ich gebraucht.",
        "Kann nicht schlafen, hab um 2 Uhr die Maschine entkalkt mit eurem Set. Ging easy, Anleitung super.",
    ],
    "fr": [
        "Retour de garde de nuit et premier café avec la machine révisée par {brand}. Ça fait du bien.",
        "Insomnie, alors détartrage à 2h du mat avec le kit {brand}. Super simple, bravo pour la notice.",
    ],
    "es": [
        "Salgo del turno de noche y el primer café con la cafetera recién revisada por {brand}. Gloria."
    ],
    "en": [
        "Off a night shift and the first shot from the freshly serviced machine. Thanks {brand}, needed that."
    ],
    "it": [
        "Fine turno di notte e primo caffè con la macchina appena revisionata da {brand}. Una goduria."
    ],
    "pt": [
        "Saí do turno da noite e o primeiro café da máquina revista pela {brand}. Que bem que sabe."
    ],
}

NIGHT_QA: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Kurze Frage so spät: kann ich für morgen noch eine Abholung buchen oder ist das zu kurzfristig?",
            "Bis 23:59 gebuchte Abholungen klappen meist am nächsten Werktag. Gute Nacht!",
        )
    ],
    "fr": [
        (
            "Petite question tardive : je peux encore réserver un enlèvement pour demain ?",
            "Oui, réservé avant minuit c'est en général le jour ouvré suivant. Bonne nuit !",
        )
    ],
    "es": [
        (
            "¿Puedo reservar todavía una recogida para mañana?",
            "Sí, si reservas antes de medianoche suele ser el siguiente día laborable. ¡Buenas noches!",
        )
    ],
    "en": [
        (
            "Late one: can I still book a collection for tomorrow?",
            "Booked before midnight it's usually the next working day. Night!",
        )
    ],
    "it": [
        (
            "Domanda a tarda ora: posso ancora prenotare un ritiro per domani?",
            "Sì, entro mezzanotte di solito è il giorno lavorativo dopo. Buonanotte!",
        )
    ],
    "pt": [
        (
            "Ainda dá para marcar uma recolha para amanhã?",
            "Sim, marcada antes da meia-noite costuma ser no dia útil seguinte. Boa noite!",
        )
    ],
}

PROBLEM_LABEL: dict[str, T] = {
    "no_pickup": {
        "de": ["Abholung nicht erfolgt"],
        "fr": ["Enlèvement non effectué"],
        "es": ["Recogida no realizada"],
        "en": ["Collection never happened"],
        "it": ["Ritiro mai avvenuto"],
        "pt": ["Recolha não feita"],
    },
    "double_charge": {
        "de": ["Doppelte Abbuchung"],
        "fr": ["Double prélèvement"],
        "es": ["Cobro duplicado"],
        "en": ["Charged twice"],
        "it": ["Addebito doppio"],
        "pt": ["Cobrança duplicada"],
    },
    "damage": {
        "de": ["Maschine beschädigt zurück"],
        "fr": ["Machine rendue abîmée"],
        "es": ["Cafetera devuelta dañada"],
        "en": ["Machine returned damaged"],
        "it": ["Macchina restituita danneggiata"],
        "pt": ["Máquina devolvida danificada"],
    },
    "refund": {
        "de": ["Erstattung fehlt"],
        "fr": ["Remboursement non reçu"],
        "es": ["Reembolso pendiente"],
        "en": ["Refund missing"],
        "it": ["Rimborso mancante"],
        "pt": ["Reembolso em falta"],
    },
    "wrong_price": {
        "de": ["Falscher Preis trotz Care"],
        "fr": ["Mauvais tarif malgré Care"],
        "es": ["Precio equivocado con Care"],
        "en": ["Wrong price despite Care"],
        "it": ["Prezzo sbagliato con Care"],
        "pt": ["Preço errado com Care"],
    },
    "no_loan": {
        "de": ["Keine Leihmaschine"],
        "fr": ["Pas de machine de prêt"],
        "es": ["Sin cafetera de préstamo"],
        "en": ["No loan machine"],
        "it": ["Nessuna macchina sostitutiva"],
        "pt": ["Sem máquina de empréstimo"],
    },
}

# Short written complaints (e-mail, chat, web form)
PROBLEM: dict[str, T] = {
    "no_pickup": {
        "de": [
            "Ich habe mir heute extra frei genommen, Abholung 8-12 Uhr gebucht, niemand kam. Kein Anruf, keine Mail. Die Maschine steht verpackt im Flur. Das ist echt ärgerlich.",
            "Zum ZWEITEN Mal sitze ich den ganzen Vormittag zu Hause und kein Kurier kommt. Die App zeigt 'abgeholt'. Abgeholt von wem bitte??",
        ],
        "fr": [
            "J'ai posé une demi-journée pour l'enlèvement de 8h à 12h, personne n'est venu. Aucun appel, rien. La machine est emballée dans l'entrée. Inadmissible.",
            "L'appli indique 'enlevée' alors que la machine est toujours chez moi dans son carton. J'ai attendu toute la matinée pour RIEN.",
        ],
        "es": [
            "Pedí la mañana libre para la recogida de 8 a 12 y no vino nadie. Ni una llamada. La app pone 'recogida' y la cafetera sigue en mi pasillo."
        ],
        "en": [
            "Took the morning off for the 8-12 collection and nobody turned up. No call, nothing. The app says COLLECTED and the machine is still boxed in my hallway."
        ],
        "it": [
            "Ho preso mezza giornata per il ritiro 8-12 e non è venuto nessuno. L'app dice 'ritirata' e la macchina è ancora nell'ingresso."
        ],
        "pt": [
            "Tirei a manhã para a recolha das 8 às 12 e ninguém apareceu. A app diz 'recolhida' e a máquina continua no corredor."
        ],
    },
    "double_charge": {
        "de": [
            "Der Service wurde ZWEIMAL abgebucht, {amt} und noch mal {amt}. Jetzt ist mein Konto im Minus. Bitte sofort zurückbuchen.",
            "Auf meinem Kontoauszug steht der Vollservice doppelt. Ich habe eine Maschine geschickt, nicht zwei. Ich will mein Geld zurück.",
        ],
        "fr": [
            "La révision a été prélevée DEUX fois, {amt} puis encore {amt}. Mon compte est à découvert. Remboursez-moi immédiatement.",
            "Je vois deux prélèvements identiques pour une seule machine. J'attends une explication et le remboursement.",
        ],
        "es": [
            "Me habéis cobrado la revisión DOS veces, {amt} y otra vez {amt}. Tengo la cuenta en números rojos. Quiero la devolución ya."
        ],
        "en": [
            "You've charged me TWICE for one service, {amt} and {amt} again. My account's overdrawn now. Refund it today please."
        ],
        "it": [
            "Mi avete addebitato la revisione DUE volte, {amt} e ancora {amt}. Voglio il rimborso subito."
        ],
        "pt": [
            "Cobraram-me a revisão DUAS vezes, {amt} e outra vez {amt}. Quero o dinheiro devolvido já."
        ],
    },
    "damage": {
        "de": [
            "Die Maschine kam heute vom Service zurück und der Wassertank hat einen Riss, unten läuft alles aus. Vorher war der heil. Ich bin echt sauer.",
            "Nach eurem Service tropft die Brühgruppe und das Gehäuse ist zerkratzt. Ich hab für eine Reparatur bezahlt, nicht für einen Schaden.",
        ],
        "fr": [
            "La machine est revenue de révision avec le réservoir fendu, l'eau coule partout sur le plan de travail. Avant, il était intact.",
            "Depuis votre révision le groupe fuit et la carrosserie est rayée. J'ai payé pour une réparation, pas pour des dégâts.",
        ],
        "es": [
            "La cafetera ha vuelto del taller con el depósito rajado y pierde agua por todas partes. Antes estaba perfecto. Estoy muy enfadado."
        ],
        "en": [
            "Machine came back from the service with a cracked water tank, water all over the worktop. It was fine when it left. Not happy at all."
        ],
        "it": [
            "La macchina è tornata con il serbatoio crepato, perde acqua ovunque. Prima era intatto. Sono furiosa."
        ],
        "pt": [
            "A máquina voltou da revisão com o depósito rachado e a pingar por todo o lado. Antes estava perfeito."
        ],
    },
    "refund": {
        "de": [
            "Meine Maschine wurde für nicht reparierbar erklärt, Erstattung von {amt} wurde zugesagt. Das ist DREI Wochen her. Wo ist mein Geld?",
            "Seit drei Wochen warte ich auf die versprochene Rückzahlung von {amt}. Jedes Mal heißt es 'in Bearbeitung'. Mir reichts langsam.",
        ],
        "fr": [
            "Machine déclarée irréparable, remboursement de {amt} promis il y a TROIS semaines. Toujours rien sur mon compte.",
            "Cela fait trois semaines que j'attends les {amt} promis. À chaque fois 'en cours de traitement'. J'en ai assez.",
        ],
        "es": [
            "Me dijisteis que la cafetera no tenía arreglo y que me devolvíais {amt}. Hace TRES semanas. ¿Dónde está mi dinero?"
        ],
        "en": [
            "You declared my machine beyond repair and promised a {amt} refund. That was THREE weeks ago. Where is it?"
        ],
        "it": [
            "Macchina dichiarata non riparabile, rimborso di {amt} promesso TRE settimane fa. Ancora niente."
        ],
        "pt": [
            "Disseram que a máquina não tinha arranjo e prometeram devolver {amt}. Há TRÊS semanas. Onde está o dinheiro?"
        ],
    },
    "wrong_price": {
        "de": [
            "Ich zahle seit einem Jahr {plan} und mir wurde trotzdem der volle Servicepreis berechnet, {amt} zu viel. Wofür zahle ich die Mitgliedschaft?",
            "Als {plan}-Kundin sollte der Jahresservice drin sein. Stattdessen wurden mir {amt} abgebucht. Bitte korrigieren.",
        ],
        "fr": [
            "Je paie {plan} depuis un an et on m'a facturé le plein tarif, {amt} de trop. À quoi sert l'abonnement ?",
            "En tant qu'abonné {plan}, la révision annuelle devait être incluse. On m'a débité {amt}. Merci de corriger.",
        ],
        "es": [
            "Pago {plan} desde hace un año y aun así me habéis cobrado el precio completo, {amt} de más. ¿Para qué pago la cuota?"
        ],
        "en": [
            "I've paid for {plan} for a year and still got charged the full service price, {amt} too much. What's the membership for?"
        ],
        "it": [
            "Pago {plan} da un anno e mi avete fatto pagare il prezzo pieno, {amt} in più. A cosa serve l'abbonamento?"
        ],
        "pt": [
            "Pago o {plan} há um ano e cobraram-me o preço total, {amt} a mais. Para que serve a mensalidade?"
        ],
    },
    "no_loan": {
        "de": [
            "Die Maschine ist seit 16 Tagen bei euch und die versprochene Leihmaschine ist nie gekommen. Ich trinke seit zwei Wochen Instantkaffee. Geht gar nicht.",
            "Leihmaschine war im {plan} versprochen. Bekommen habe ich: nichts. Und meine eigene ist seit über zwei Wochen weg.",
        ],
        "fr": [
            "Ma machine est chez vous depuis 16 jours et la machine de prêt promise n'est jamais arrivée. Deux semaines au café soluble, merci bien.",
            "Machine de prêt incluse dans {plan}, paraît-il. Reçue : aucune. Et la mienne a disparu depuis plus de deux semaines.",
        ],
        "es": [
            "La cafetera lleva 16 días en vuestro taller y la de préstamo que me prometisteis no ha llegado nunca. Dos semanas con café soluble."
        ],
        "en": [
            "My machine's been with you 16 days and the loan machine you promised never came. Two weeks of instant coffee. Not good enough."
        ],
        "it": [
            "La macchina è da voi da 16 giorni e quella sostitutiva promessa non è mai arrivata. Due settimane di solubile."
        ],
        "pt": [
            "A máquina está aí há 16 dias e a de empréstimo prometida nunca chegou. Duas semanas de café solúvel."
        ],
    },
}

# Phone complaints: unpunctuated lower-case transcripts
PHONE_PROBLEM: dict[str, T] = {
    "no_pickup": {
        "de": [
            "ja hallo ich hab heute frei genommen für die Abholung und es kam niemand die App sagt abgeholt aber die Maschine steht hier im Flur das kann doch nicht sein"
        ],
        "fr": [
            "oui bonjour j'ai pris ma matinée pour l'enlèvement personne n'est venu et l'appli dit enlevée alors que la machine est devant moi"
        ],
        "es": [
            "hola mire pedí la mañana para la recogida y no ha venido nadie y la app dice recogida"
        ],
        "en": [
            "hi yeah i took the morning off for the collection and nobody came and the app says collected it's sat right here"
        ],
        "it": [
            "pronto sì ho preso la mattina per il ritiro e non è venuto nessuno e l'app dice ritirata"
        ],
        "pt": ["olá tirei a manhã para a recolha e ninguém veio e a app diz recolhida"],
    },
    "double_charge": {
        "de": [
            "guten Tag mir wurde der Service zweimal abgebucht {amt} zweimal und jetzt bin ich im Minus das muss sofort zurück"
        ],
        "fr": [
            "bonjour on m'a prélevé deux fois la révision {amt} deux fois et je suis à découvert"
        ],
        "es": [
            "hola me han cobrado dos veces la revisión {amt} dos veces y estoy en números rojos"
        ],
        "en": ["hello you've taken {amt} twice for one service and i'm overdrawn now"],
        "it": ["buongiorno mi avete addebitato due volte {amt} per una sola revisione"],
        "pt": ["bom dia cobraram-me duas vezes {amt} pela mesma revisão"],
    },
    "damage": {
        "de": [
            "hallo die Maschine ist gerade vom Service zurück und der Wassertank ist gerissen es läuft alles aus vorher war der ganz"
        ],
        "fr": [
            "allô oui la machine vient de revenir et le réservoir est fendu ça coule partout alors qu'avant il était intact"
        ],
        "es": ["hola la cafetera ha vuelto con el depósito rajado y pierde agua antes estaba bien"],
        "en": [
            "hi the machine's just come back and the water tank is cracked it's leaking everywhere it was fine before"
        ],
        "it": ["pronto la macchina è tornata con il serbatoio crepato perde acqua"],
        "pt": ["olá a máquina voltou com o depósito rachado está a pingar"],
    },
    "refund": {
        "de": [
            "ja guten Tag ich warte seit drei Wochen auf meine Erstattung von {amt} die Maschine war ja nicht mehr zu reparieren und es passiert einfach nichts"
        ],
        "fr": [
            "bonjour j'attends depuis trois semaines le remboursement de {amt} pour la machine irréparable et toujours rien"
        ],
        "es": ["hola llevo tres semanas esperando la devolución de {amt} y nada"],
        "en": [
            "hi i've been waiting three weeks for the {amt} refund for the machine you couldn't fix and nothing"
        ],
        "it": ["buongiorno aspetto da tre settimane il rimborso di {amt} e niente"],
        "pt": ["olá estou há três semanas à espera do reembolso de {amt} e nada"],
    },
    "wrong_price": {
        "de": [
            "hallo ich bin {plan} Mitglied und mir wurde der volle Preis berechnet {amt} zu viel das ist doch der Sinn vom Abo"
        ],
        "fr": ["bonjour je suis abonnée {plan} et on m'a facturé le plein tarif {amt} de trop"],
        "es": ["hola soy de {plan} y me han cobrado el precio completo {amt} de más"],
        "en": ["hi i'm on {plan} and you've charged me full price {amt} too much"],
        "it": ["buongiorno sono abbonato {plan} e mi avete fatto pagare {amt} in più"],
        "pt": ["olá sou do {plan} e cobraram-me {amt} a mais"],
    },
    "no_loan": {
        "de": [
            "hallo meine Maschine ist seit sechzehn Tagen bei Ihnen und die Leihmaschine ist nie gekommen ich trink seit zwei Wochen Instantkaffee"
        ],
        "fr": [
            "bonjour ma machine est chez vous depuis seize jours et la machine de prêt n'est jamais arrivée"
        ],
        "es": ["hola la cafetera lleva dieciséis días con ustedes y la de préstamo no ha llegado"],
        "en": ["hi my machine's been with you sixteen days and the loan machine never turned up"],
        "it": [
            "pronto la macchina è da voi da sedici giorni e quella sostitutiva non è mai arrivata"
        ],
        "pt": ["olá a máquina está aí há dezasseis dias e a de empréstimo nunca chegou"],
    },
}

# Social: angry public posts (@brand added by the generator)
SOCIAL_PROBLEM: dict[str, T] = {
    "no_pickup": {
        "de": [
            "Halben Tag Urlaub genommen für die Abholung von Brevaro. Niemand kam. App sagt 'abgeholt'. Danke für nichts."
        ],
        "fr": [
            "Demi-journée posée pour l'enlèvement Brevaro, personne. L'appli dit 'enlevée'. Merci pour rien."
        ],
        "es": [
            "Mañana libre para la recogida de Brevaro y no viene nadie. La app dice 'recogida'. Genial."
        ],
        "en": [
            "Took the morning off for the Brevaro collection. Nobody came. App says collected. Great."
        ],
        "it": ["Mezza giornata di ferie per il ritiro Brevaro. Nessuno. L'app dice 'ritirata'."],
        "pt": ["Tirei a manhã para a recolha da Brevaro. Ninguém veio. A app diz recolhida."],
    },
    "double_charge": {
        "de": ["Brevaro bucht den Service einfach ZWEIMAL ab. Konto im Minus. Ernsthaft?"],
        "fr": ["Brevaro m'a prélevé la révision DEUX fois. Compte à découvert. Sérieusement ?"],
        "es": ["Brevaro me ha cobrado la revisión DOS veces. Cuenta en rojo. En serio?"],
        "en": ["Brevaro charged me TWICE for one service. Overdrawn. Seriously?"],
        "it": ["Brevaro mi ha addebitato la revisione DUE volte. Ma dai."],
        "pt": ["A Brevaro cobrou-me a revisão DUAS vezes. A sério?"],
    },
    "damage": {
        "de": [
            "Maschine zur Wartung zu Brevaro geschickt, mit gerissenem Tank zurückbekommen. Küche unter Wasser."
        ],
        "fr": [
            "Machine envoyée en révision chez Brevaro, revenue avec le réservoir fendu. Cuisine inondée."
        ],
        "es": [
            "Mandé la cafetera a Brevaro a revisar y vuelve con el depósito roto. Cocina inundada."
        ],
        "en": [
            "Sent my machine to Brevaro for a service, got it back with a cracked tank. Kitchen flooded."
        ],
        "it": ["Macchina mandata a Brevaro per la revisione, tornata con il serbatoio rotto."],
        "pt": ["Mandei a máquina à Brevaro para revisão e voltou com o depósito rachado."],
    },
    "refund": {
        "de": [
            "Drei Wochen warte ich schon auf die Erstattung von Brevaro. 'In Bearbeitung'. Klar."
        ],
        "fr": ["Trois semaines que j'attends le remboursement Brevaro. 'En cours'. Bien sûr."],
        "es": ["Tres semanas esperando el reembolso de Brevaro. 'En trámite'. Ya."],
        "en": ["Three weeks waiting on a Brevaro refund. 'Being processed'. Sure."],
        "it": ["Tre settimane ad aspettare il rimborso Brevaro. 'In lavorazione'. Certo."],
        "pt": ["Três semanas à espera do reembolso da Brevaro. 'Em processamento'. Pois."],
    },
    "wrong_price": {
        "de": [
            "Zahle jeden Monat Brevaro Care und krieg trotzdem den vollen Preis berechnet. Wozu das Abo?"
        ],
        "fr": ["Je paie Brevaro Care tous les mois et on me facture le plein tarif. À quoi bon ?"],
        "es": ["Pago Brevaro Care cada mes y me cobran el precio completo. Para qué?"],
        "en": ["Paying Brevaro Care every month and still charged full price. What's the point?"],
        "it": ["Pago Brevaro Care ogni mese e mi fanno pagare il prezzo pieno. A che serve?"],
        "pt": ["Pago o Brevaro Care todos os meses e cobram-me o preço total. Para quê?"],
    },
    "no_loan": {
        "de": [
            "16 Tage ohne Kaffeemaschine, die versprochene Leihmaschine von Brevaro kam nie. Instantkaffee-Hölle."
        ],
        "fr": [
            "16 jours sans machine, la machine de prêt Brevaro jamais arrivée. L'enfer du soluble."
        ],
        "es": ["16 días sin cafetera, la de préstamo de Brevaro nunca llegó."],
        "en": [
            "16 days without a machine, the Brevaro loan machine never came. Instant coffee hell."
        ],
        "it": ["16 giorni senza macchina, quella sostitutiva Brevaro mai arrivata."],
        "pt": ["16 dias sem máquina, a de empréstimo da Brevaro nunca chegou."],
    },
}

LONG_EMAIL: T = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, wo ich seit der Knie-OP dreimal die Woche sitze, deshalb entschuldigen Sie bitte, wenn das etwas durcheinander ist. Meine Frau und ich haben die Maschine zur Hochzeit bekommen, sie ist uns wirklich wichtig, und wir haben Ihnen vertraut, weil die Nachbarn so zufrieden waren.\n\n{complaint}\n\nIch bin nicht jemand, der schnell Beschwerden schreibt, aber ich erwarte jetzt eine Lösung und eine Antwort, die nicht aus Textbausteinen besteht.\n\nMit freundlichen Grüßen\n{first}",
        "Hallo liebes {brand}-Team,\n\nich sitze gerade im Auto vor der Musikschule und warte auf meine Tochter, also nutze ich die Zeit. Wir renovieren seit Monaten die Wohnung meiner Eltern, und der Kaffee morgens ist ehrlich gesagt das Einzige, was noch funktioniert. Dachte ich jedenfalls.\n\n{complaint}\n\nBitte melden Sie sich zeitnah. Ich habe im Moment wirklich keine Nerven für so etwas.\n\nGrüße\n{first}",
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous, donc pardonnez le style. Cette machine m'a été offerte par ma sœur pour mes quarante ans et je l'entretiens avec soin, c'est pour cela que je vous l'avais confiée.\n\n{complaint}\n\nJe ne suis pas du genre à me plaindre, mais j'attends maintenant une vraie réponse et une solution rapide.\n\nCordialement,\n{first}",
        "Bonjour,\n\nje profite de ma pause au marché, entre deux clients, pour vous écrire. Avec le déménagement de ma mère et le travail, le café du matin est mon seul moment calme de la journée.\n\n{complaint}\n\nMerci de me répondre rapidement, je n'ai vraiment pas le temps de courir après ce dossier.\n\n{first}",
    ],
}

CASE_OPENED: T = {
    "de": [
        "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} angelegt und kümmern uns heute noch darum. Viele Grüße, {agent}"
    ],
    "fr": [
        "Bonjour {first}, nous sommes désolés. Nous avons ouvert le dossier {case} et nous nous en occupons aujourd'hui. Cordialement, {agent}"
    ],
    "es": [
        "Hola {first}, lo sentimos. Hemos abierto la incidencia {case} y la revisamos hoy mismo. Un saludo, {agent}"
    ],
    "en": [
        "Hi {first}, sorry about this. We've opened case {case} and will look at it today. Best, {agent}"
    ],
    "it": [
        "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case} e ce ne occupiamo oggi. Saluti, {agent}"
    ],
    "pt": [
        "Olá {first}, lamentamos. Abrimos o pedido {case} e tratamos dele hoje. Cumprimentos, {agent}"
    ],
}
CASE_SUBJECT: T = {
    "de": ["AW: Vorgang {case}"],
    "fr": ["RE : Dossier {case}"],
    "es": ["RE: Incidencia {case}"],
    "en": ["Re: Your case {case}"],
    "it": ["R: Segnalazione {case}"],
    "pt": ["RE: Pedido {case}"],
}
COMPLAINT_SUBJECT: T = {
    "de": ["Beschwerde: {label}"],
    "fr": ["Réclamation : {label}"],
    "es": ["Reclamación: {label}"],
    "en": ["Complaint: {label}"],
    "it": ["Reclamo: {label}"],
    "pt": ["Reclamação: {label}"],
}
CHAT_CASE: T = {
    "de": [
        "Das tut mir leid! Ich habe den Vorgang {case} angelegt, Sie bekommen heute noch Bescheid."
    ],
    "fr": ["Je suis désolé ! J'ai ouvert le dossier {case}, vous aurez des nouvelles aujourd'hui."],
    "es": ["¡Lo siento! He abierto la incidencia {case}, hoy te decimos algo."],
    "en": ["Sorry about that! I've opened case {case}, you'll hear from us today."],
    "it": ["Mi dispiace! Ho aperto la segnalazione {case}, ti aggiorniamo oggi."],
    "pt": ["Lamento! Abri o pedido {case}, hoje damos notícias."],
}
GOOD_NEWS: T = {
    "de": [
        "Hallo {first}, gute Nachrichten zu {case}: das ist erledigt. Können Sie kurz bestätigen, dass jetzt alles passt? Viele Grüße, {agent}"
    ],
    "fr": [
        "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous nous confirmer que tout est en ordre ? {agent}"
    ],
    "es": [
        "Hola {first}, buenas noticias sobre {case}: ya está resuelto. ¿Nos confirmas que todo está bien? {agent}"
    ],
    "en": [
        "Hi {first}, good news on {case}: it's sorted. Could you confirm everything's fine now? {agent}"
    ],
    "it": [
        "Ciao {first}, buone notizie su {case}: è risolto. Ci confermi che ora è tutto a posto? {agent}"
    ],
    "pt": [
        "Olá {first}, boas notícias sobre o {case}: está resolvido. Pode confirmar que está tudo bem? {agent}"
    ],
}
APOLOGY: T = {
    "de": [
        "Sorry für meinen Ton gestern, war ein blöder Tag. Danke, dass ihr das so schnell gelöst habt.",
        "Entschuldigung nochmal für gestern, ich war echt genervt. Jetzt ist alles gut, danke.",
    ],
    "fr": [
        "Désolée pour le ton d'hier, journée difficile. Merci d'avoir réglé ça si vite.",
        "Pardon pour mon message d'hier, j'étais à bout. Tout est rentré dans l'ordre, merci.",
    ],
    "es": ["Perdón por cómo escribí ayer, mal día. Gracias por solucionarlo tan rápido."],
    "en": ["Sorry for the tone yesterday, rough day. Thanks for sorting it so quickly."],
    "it": ["Scusate per il tono di ieri, giornataccia. Grazie per aver risolto subito."],
    "pt": ["Desculpem o tom de ontem, foi um dia mau. Obrigada por resolverem tão depressa."],
}
LOW_CSAT_WORDS: T = {
    "de": ["", "Enttäuschend", "schlecht"],
    "fr": ["", "Décevant", "nul"],
    "es": ["", "Mal"],
    "en": ["", "Poor"],
    "it": ["", "Pessimo"],
    "pt": ["", "Mau"],
}
CONFIRM: T = {
    "de": ["Bestätige: {case} ist erledigt, alles passt jetzt. Danke!"],
    "fr": ["Je confirme : dossier {case} réglé, tout va bien. Merci !"],
    "es": ["Confirmo: {case} resuelto, todo bien. ¡Gracias!"],
    "en": ["Confirmed: {case} is sorted, all good now. Thanks!"],
    "it": ["Confermo: {case} risolto, tutto a posto. Grazie!"],
    "pt": ["Confirmo: o {case} está resolvido, tudo bem. Obrigado!"],
}
LATER: T = {
    "de": [
        "Vorgang {case}: immer noch nicht gelöst. Ich hatte {when} schon geschrieben. {label}, und niemand meldet sich.",
        "Ich melde mich erneut wegen {case}. Es ist weiterhin offen: {label}. Was ist da los?",
    ],
    "fr": [
        "Dossier {case} : toujours pas réglé. J'ai déjà écrit {when}. {label}, et personne ne me rappelle.",
        "Je reviens vers vous pour le dossier {case}, toujours ouvert : {label}. Que se passe-t-il ?",
    ],
    "es": [
        "Incidencia {case}: sigue sin resolver. Ya escribí {when}. {label} y nadie me dice nada."
    ],
    "en": [
        "Case {case}: still not sorted. I already wrote {when}. {label}, and nobody gets back to me."
    ],
    "it": [
        "Segnalazione {case}: ancora niente. Ho già scritto {when}. {label} e nessuno mi risponde."
    ],
    "pt": ["Pedido {case}: continua por resolver. Já escrevi {when}. {label} e ninguém responde."],
}
LATER_PHONE: T = {
    "de": [
        "ja hallo ich ruf an wegen Vorgang {case} das ist immer noch offen {label} ich hab {when} schon geschrieben"
    ],
    "fr": [
        "oui bonjour j'appelle pour le dossier {case} c'est toujours pas réglé j'ai déjà écrit {when}"
    ],
    "es": ["hola llamo por la incidencia {case} sigue sin resolver ya escribí {when}"],
    "en": ["hi i'm calling about case {case} it's still not sorted i wrote {when} already"],
    "it": ["pronto chiamo per la segnalazione {case} è ancora aperta ho già scritto {when}"],
    "pt": ["olá ligo por causa do pedido {case} continua por resolver já escrevi {when}"],
}
THIRD: T = {
    "de": [
        "Das ist jetzt das dritte Mal. Ein Kollege lässt seine Maschine bei {comp} warten, die regeln so was am selben Tag.",
        "Dritter Anlauf. Ich hab mir inzwischen angeschaut, was {comp} verlangt.",
    ],
    "fr": [
        "C'est la troisième fois. Un collègue fait réviser sa machine chez {comp}, eux règlent ça dans la journée.",
        "Troisième relance. J'ai regardé les tarifs de {comp} entre-temps.",
    ],
    "es": ["Es la tercera vez. Una compañera lleva la suya a {comp} y se lo arreglan en el día."],
    "en": ["Third time now. A colleague uses {comp} and they sort this kind of thing same day."],
    "it": ["È la terza volta. Un collega porta la sua da {comp} e risolvono in giornata."],
    "pt": ["É a terceira vez. Uma colega usa a {comp} e resolvem no mesmo dia."],
}
FOURTH: T = {
    "de": ["VIERTES Mal jetzt."],
    "fr": ["QUATRIÈME fois."],
    "es": ["CUARTA vez ya."],
    "en": ["FOURTH time."],
    "it": ["QUARTA volta."],
    "pt": ["QUARTA vez."],
}
QUALITY_LEAD: T = {
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}"
    ],
    "fr": [
        "Bonjour {first}, votre dossier {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "es": [
        "Hola {first}, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
    ],
    "en": [
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "it": [
        "Ciao {first}, la tua segnalazione {case} è ora in mano al nostro responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno. {agent}"
    ],
    "pt": [
        "Olá {first}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao meio-dia. {agent}"
    ],
}
URGENT: T = {
    "de": ["Ich habe es zu {case} hinzugefügt und als dringend markiert."],
    "fr": ["Je l'ai ajouté au dossier {case} et marqué urgent."],
    "es": ["Lo he añadido a {case} y lo he marcado urgente."],
    "en": ["Added to {case} and marked urgent."],
    "it": ["Aggiunto a {case} e segnato urgente."],
    "pt": ["Acrescentei ao {case} e marquei como urgente."],
}
WHEN: T = {
    "de": ["gestern", "am Montag", "vorgestern"],
    "fr": ["hier", "lundi", "avant-hier"],
    "es": ["ayer", "el lunes"],
    "en": ["yesterday", "on Monday"],
    "it": ["ieri", "lunedì"],
    "pt": ["ontem", "na segunda"],
}

# Six steps, praise to anger; last names a competitor
SLIDE: T = {
    "de": [
        "Abholung diesmal erst am Nachmittag statt morgens, ohne Bescheid. Naja, kann passieren.",
        "Maschine zurück, aber der Dampfhahn tropft und die Entkalkung wurde anscheinend ausgelassen.",
        "Jetzt soll ich die Maschine für die Reklamation selber verpacken und zahlen, obwohl die das verbockt haben.",
        "Zweite Reklamation, wieder zwei Wochen ohne Maschine, wieder keine Leihmaschine. Langsam reichts.",
        "JETZT REICHTS. {amt} 'Reinigungspauschale' für eine Maschine, die ich blitzsauber geschickt habe. Mit Fotos.",
        "Mein Schwager lässt seine bei {comp} warten. Ich hab da für nächste Woche schon die Abholung gebucht.",
    ],
    "fr": [
        "Enlèvement l'après-midi au lieu du matin, sans prévenir. Bon, ça arrive.",
        "Machine revenue, mais la buse vapeur goutte et le détartrage n'a visiblement pas été fait.",
        "On me demande de remballer et payer le renvoi moi-même alors que c'est leur erreur.",
        "Deuxième réclamation, encore deux semaines sans machine, toujours pas de prêt. Ça commence à bien faire.",
        "Là c'est TROP. {amt} de 'frais de nettoyage' pour une machine envoyée impeccable. Photos à l'appui.",
        "Mon beau-frère fait réviser la sienne chez {comp}. J'ai déjà réservé un enlèvement chez eux.",
    ],
    "es": [
        "Esta vez la recogida por la tarde y sin avisar. Bueno, puede pasar.",
        "Ha vuelto la cafetera pero el vaporizador gotea y no parece que la hayan descalcificado.",
        "Ahora quieren que la embale y pague yo el envío de la reclamación, cuando el fallo es suyo.",
        "Segunda reclamación, otras dos semanas sin cafetera y sin préstamo. Ya cansa.",
        "YA ESTÁ BIEN. {amt} de 'limpieza' por una cafetera que mandé impecable. Con fotos.",
        "Mi cuñado lleva la suya a {comp}. Ya he reservado la recogida con ellos.",
    ],
    "en": [
        "Collection in the afternoon this time instead of the morning, no heads-up. Fine, happens.",
        "Machine back but the steam wand drips and it doesn't look like it was descaled.",
        "Now they want me to pack and pay for the return for a fault that's theirs.",
        "Second complaint, another two weeks without a machine, no loan again. Getting fed up.",
        "ENOUGH. {amt} 'cleaning fee' for a machine I sent spotless. With photos.",
        "My brother-in-law uses {comp}. Already booked a collection with them.",
    ],
    "it": [
        "Ritiro di pomeriggio invece che di mattina, senza avvisare. Vabbè, capita.",
        "Macchina tornata ma la lancia vapore gocciola e la decalcificazione non sembra fatta.",
        "Ora devo imballarla e pagare io la spedizione del reclamo, per un errore loro.",
        "Secondo reclamo, altre due settimane senza macchina e niente sostitutiva. Comincio a stufarmi.",
        "BASTA. {amt} di 'pulizia' per una macchina mandata pulitissima. Con le foto.",
        "Mio cognato la porta da {comp}. Ho già prenotato il ritiro da loro.",
    ],
    "pt": [
        "Recolha à tarde desta vez em vez de manhã, sem aviso. Pronto, acontece.",
        "A máquina voltou mas o vaporizador pinga e não parece descalcificada.",
        "Agora querem que eu embale e pague o envio da reclamação, quando o erro é deles.",
        "Segunda reclamação, mais duas semanas sem máquina e sem empréstimo. Já chega quase.",
        "JÁ CHEGA. {amt} de 'limpeza' por uma máquina que enviei impecável. Com fotos.",
        "O meu cunhado usa a {comp}. Já marquei a recolha com eles.",
    ],
}
LEAVE: T = {
    "de": [
        "Hallo, wir haben uns eine neue Maschine mit Garantie gekauft und brauchen den Service nicht mehr. Bitte {plan} kündigen und mein Kundenkonto schließen. Danke"
    ],
    "fr": [
        "Bonjour, nous avons acheté une machine neuve sous garantie et n'avons plus besoin du service. Merci de résilier {plan} et de fermer mon compte."
    ],
    "es": [
        "Hola, nos hemos comprado una cafetera nueva con garantía. Por favor, dad de baja {plan} y cerrad mi cuenta."
    ],
    "en": [
        "Hi, we've bought a new machine under warranty so no longer need you. Please cancel {plan} and close my account."
    ],
    "it": [
        "Buongiorno, abbiamo comprato una macchina nuova in garanzia. Per favore disdite {plan} e chiudete il mio account."
    ],
    "pt": [
        "Olá, comprámos uma máquina nova com garantia. Por favor cancelem o {plan} e fechem a minha conta."
    ],
}
LEAVE_SUBJECT: T = {
    "de": ["Kündigung {plan}"],
    "fr": ["Résiliation {plan}"],
    "es": ["Baja {plan}"],
    "en": ["Cancel {plan}"],
    "it": ["Disdetta {plan}"],
    "pt": ["Cancelamento {plan}"],
}
SORRY: T = {
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Sie können {plan} und das Konto selbst in der App oder auf der Website kündigen. {agent}"
    ],
    "fr": [
        "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier {plan} et fermer le compte vous-même dans l'appli ou sur le site. {agent}"
    ],
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes dar de baja {plan} y la cuenta tú mismo en la app o la web. {agent}"
    ],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel {plan} and close the account yourself in the app or on the website. {agent}"
    ],
    "it": [
        "Ciao {first}, ci dispiace. Puoi disdire {plan} e chiudere l'account da solo nell'app o sul sito. {agent}"
    ],
    "pt": [
        "Olá {first}, lamentamos. Pode cancelar o {plan} e fechar a conta na app ou no site. {agent}"
    ],
}
GRUMPY: T = {
    "de": [
        "Die App meldet mich jedes Mal ab. Jedes. Mal.",
        "Warum kommt die SMS 'Kurier unterwegs' um 6 Uhr früh?",
        "Die Tracking-Seite ist wieder mal zwei Tage hinterher.",
        "Versandkarton wieder zu klein, die Maschine passt nur mit Gewalt rein.",
        "Hotline 25 Minuten Warteschleife, wie immer.",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois. À chaque fois.",
        "Pourquoi le SMS 'coursier en route' arrive à 6h du matin ?",
        "Le suivi a encore deux jours de retard.",
        "Carton d'envoi encore trop petit.",
        "25 minutes d'attente au téléphone, comme d'hab.",
    ],
    "es": [
        "La app me cierra la sesión cada vez.",
        "¿Por qué llega el SMS del mensajero a las 6 de la mañana?",
        "El seguimiento va dos días tarde, como siempre.",
    ],
    "en": [
        "App logs me out every single time.",
        "Why does the 'courier on the way' text come at 6am?",
        "Tracking page two days behind again.",
    ],
    "it": [
        "L'app mi disconnette ogni volta.",
        "Perché l'SMS del corriere arriva alle 6 di mattina?",
        "Il tracciamento è indietro di due giorni, come sempre.",
    ],
    "pt": [
        "A app desliga-me a sessão sempre.",
        "Porque é que o SMS do estafeta chega às 6 da manhã?",
        "O seguimento está outra vez dois dias atrasado.",
    ],
}
SARCASM: T = {
    "de": ["Die Maschine kam mit 'Express' nach nur elf Tagen zurück. Rekord 👏"],
    "fr": ["Retour 'express' en seulement onze jours. Record battu 👏"],
    "es": ["Devolución 'exprés' en solo once días. Récord 👏"],
    "en": ["'Express' return in just eleven days. What a record 👏"],
    "it": ["Rientro 'express' in soli undici giorni. Record 👏"],
    "pt": ["Devolução 'expresso' em apenas onze dias. Recorde 👏"],
}
MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die Werkstattsuche zeigt mir immer eine Stadt weiter weg an, ist das gewollt?",
            "Danke für den Hinweis, das schauen wir uns an. Die nächstgelegene Werkstatt ist trotzdem richtig hinterlegt.",
        )
    ],
    "fr": [
        (
            "Les notifications de l'appli arrivent en anglais alors que tout est réglé en français.",
            "Merci, nous transmettons. En attendant, la langue se règle dans Profil.",
        )
    ],
    "es": [
        (
            "Las notificaciones me llegan en inglés aunque tengo la app en español.",
            "Gracias, lo pasamos al equipo. Puedes cambiar el idioma en Perfil.",
        )
    ],
    "en": [
        (
            "The workshop finder shows a town further away than mine, bit odd.",
            "Thanks, we'll look into it. Your nearest workshop is set correctly.",
        )
    ],
    "it": [
        (
            "Le notifiche arrivano in inglese anche se l'app è in italiano.",
            "Grazie, lo segnaliamo. La lingua si cambia in Profilo.",
        )
    ],
    "pt": [
        (
            "As notificações chegam em inglês apesar da app estar em português.",
            "Obrigado, vamos ver. A língua muda-se no Perfil.",
        )
    ],
}

# Spike: collection booking fails with {code}
SPIKE: T = {
    "de": [
        "Abholung buchen geht nicht, die App zeigt nur Fehler {code}. Hab's dreimal probiert.",
        "Bei mir auch: 'Abholung buchen' -> Fehler {code}. Webseite genauso. Was ist da los?",
        "Kann keine Abholung für meine Maschine buchen, immer Fehler {code}.",
    ],
    "fr": [
        "Impossible de réserver un enlèvement, l'appli affiche l'erreur {code}.",
        "Pareil ici : réservation d'enlèvement -> erreur {code}, sur le site aussi.",
    ],
    "es": [
        "No puedo reservar la recogida, la app da el error {code}.",
        "A mí igual, reservar recogida -> error {code}, en la web también.",
    ],
    "en": [
        "Can't book a collection, the app just says error {code}.",
        "Same here, booking a collection gives {code}, website too.",
    ],
    "it": ["Non riesco a prenotare il ritiro, l'app dà errore {code}."],
    "pt": ["Não consigo marcar a recolha, a app dá erro {code}."],
}
SPIKE_REPEAT: T = {
    "de": ["Immer noch {code} beim Buchen der Abholung, jetzt auch am Laptop."],
    "fr": ["Toujours {code} pour réserver l'enlèvement, même sur le téléphone de mon mari."],
    "es": ["Sigue dando {code} al reservar la recogida, también desde el ordenador."],
    "en": ["Still {code} when booking the collection, on my partner's phone too."],
    "it": ["Ancora {code} per prenotare il ritiro, anche dal computer."],
    "pt": ["Continua o {code} ao marcar a recolha, também no computador."],
}
SPIKE_CHAT_ANSWER: T = {
    "de": ["Ja, die Abholbuchung schlägt gerade überall fehl, unsere Technik ist dran."],
    "fr": [
        "Oui, la réservation des enlèvements échoue partout en ce moment, nos techniciens sont dessus."
    ],
    "es": [
        "Sí, la reserva de recogidas falla ahora mismo en todas partes, el equipo técnico está en ello."
    ],
    "en": ["Yes, collection booking is failing for everyone right now, our engineers are on it."],
    "it": [
        "Sì, la prenotazione dei ritiri non funziona per nessuno al momento, i tecnici ci stanno lavorando."
    ],
    "pt": [
        "Sim, a marcação de recolhas está a falhar para todos neste momento, a equipa técnica está a tratar."
    ],
}
WORKS_AGAIN: T = {
    "de": [
        "Hallo {first}, die Abholbuchung funktioniert seit {time} Uhr wieder. Als Entschuldigung ist die nächste Abholung gratis, {amt} Guthaben gutgeschrieben. {agent}"
    ],
    "fr": [
        "Bonjour {first}, la réservation d'enlèvement fonctionne à nouveau depuis {time}. Pour nous excuser, {amt} de crédit ont été ajoutés. {agent}"
    ],
    "es": [
        "Hola {first}, la reserva de recogidas funciona otra vez desde las {time}. Te hemos añadido {amt} de saldo. {agent}"
    ],
    "en": [
        "Hi {first}, collection booking works again since {time}. We've added {amt} credit to say sorry. {agent}"
    ],
    "it": [
        "Ciao {first}, la prenotazione dei ritiri funziona di nuovo dalle {time}. Ti abbiamo aggiunto {amt} di credito. {agent}"
    ],
    "pt": [
        "Olá {first}, a marcação de recolhas funciona outra vez desde as {time}. Acrescentámos {amt} de crédito. {agent}"
    ],
}
LONE_Q: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Gestern Abend hat die App beim Abholung buchen kurz gehangen, dann ging es doch. Ist die Buchung jetzt sicher drin?",
            "Ja, Ihre Abholung ist bestätigt, Sie haben auch die Mail dazu bekommen.",
        )
    ],
    "fr": [
        (
            "Hier soir l'appli a mis du temps à réserver l'enlèvement, puis c'est passé. La réservation est bien enregistrée ?",
            "Oui, votre enlèvement est confirmé, vous avez reçu l'e-mail.",
        )
    ],
    "es": [
        (
            "Ayer la app tardó en reservar la recogida pero al final funcionó. ¿Está bien hecha la reserva?",
            "Sí, tu recogida está confirmada.",
        )
    ],
    "en": [
        (
            "The app was slow booking my collection last night but it went through. Is it definitely booked?",
            "Yes, your collection is confirmed.",
        )
    ],
    "it": [
        (
            "Ieri sera l'app era lenta a prenotare il ritiro ma poi ha funzionato. È confermato?",
            "Sì, il ritiro è confermato.",
        )
    ],
    "pt": [
        (
            "Ontem a app demorou a marcar a recolha mas funcionou. Ficou marcada?",
            "Sim, a recolha está confirmada.",
        )
    ],
}
CALM_GRUMBLE: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die Sendungsverfolgung lädt heute ewig.",
            "Danke, wir schauen es uns an. Ihre Maschine ist in der Werkstatt angekommen.",
        )
    ],
    "fr": [
        (
            "Le suivi met une éternité à charger aujourd'hui.",
            "Merci, nous regardons. Votre machine est bien arrivée à l'atelier.",
        )
    ],
    "es": [
        (
            "El seguimiento tarda muchísimo en cargar hoy.",
            "Gracias, lo miramos. Tu cafetera ya está en el taller.",
        )
    ],
    "en": [
        (
            "Tracking page is taking ages to load today.",
            "Thanks, we'll check. Your machine has reached the workshop.",
        )
    ],
    "it": [
        (
            "Il tracciamento oggi ci mette una vita.",
            "Grazie, controlliamo. La macchina è arrivata in officina.",
        )
    ],
    "pt": [
        (
            "O seguimento está a demorar imenso hoje.",
            "Obrigado, vamos ver. A máquina já chegou à oficina.",
        )
    ],
}

# Business arm (Brevaro Office): company problems
B2B_LABEL: dict[str, T] = {
    "invoice": {
        "de": ["Rechnungen ohne Bestellnummer"],
        "fr": ["Factures sans numéro de commande"],
        "es": ["Facturas sin número de pedido"],
        "en": ["Invoices without PO number"],
        "it": ["Fatture senza numero d'ordine"],
        "pt": ["Faturas sem número de encomenda"],
    },
    "service_blocked": {
        "de": ["Techniker verweigert Einsatz"],
        "fr": ["Technicien refuse l'intervention"],
        "es": ["Técnico se niega a intervenir"],
        "en": ["Engineer refused the visit"],
        "it": ["Tecnico rifiuta l'intervento"],
        "pt": ["Técnico recusa a visita"],
    },
    "portal": {
        "de": ["Portal zeigt keine Geräte"],
        "fr": ["Portail sans aucune machine"],
        "es": ["El portal no muestra máquinas"],
        "en": ["Portal shows no machines"],
        "it": ["Il portale non mostra macchine"],
        "pt": ["Portal não mostra máquinas"],
    },
    "overbilled": {
        "de": ["Abrechnung pro Tasse statt Pauschale"],
        "fr": ["Facturation à la tasse au lieu du forfait"],
        "es": ["Cobro por taza en vez de tarifa plana"],
        "en": ["Billed per cup instead of flat rate"],
        "it": ["Fatturato a tazza invece che forfait"],
        "pt": ["Faturado ao café em vez de avença"],
    },
}
B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "de": [
            "Guten Tag, auch die Rechnungen dieses Monats für unsere Kaffeevollautomaten kommen ohne Bestellnummer und mit unserer alten Kostenstelle. Unsere Buchhaltung kann sie so nicht bezahlen. Bitte korrigieren und neu ausstellen.",
            "Hallo, schon wieder Rechnungen ohne PO-Nummer. Die Kreditorenbuchhaltung schickt sie uns zurück, die Mahnungen von Ihnen kommen trotzdem.",
        ],
        "fr": [
            "Bonjour, les factures de ce mois pour nos machines arrivent encore sans numéro de commande et avec l'ancien centre de coût. Notre comptabilité ne peut pas les payer. Merci de les rééditer."
        ],
        "es": [
            "Buenos días, las facturas de este mes de nuestras cafeteras llegan otra vez sin número de pedido. Contabilidad no puede pagarlas así."
        ],
        "en": [
            "Hello, this month's invoices for our office machines have arrived without a PO number again, so accounts payable can't pay them. Please reissue."
        ],
        "it": [
            "Buongiorno, le fatture di questo mese arrivano ancora senza numero d'ordine, la contabilità non può pagarle."
        ],
        "pt": [
            "Bom dia, as faturas deste mês chegaram outra vez sem número de encomenda e a contabilidade não as pode pagar."
        ],
    },
    "service_blocked": {
        "de": [
            "Guten Tag, Ihr Techniker stand heute bei uns und ist wieder gegangen, weil unser Konto angeblich gesperrt ist. Wir haben alles bezahlt. Drei Etagen ohne Kaffee, bitte sofort klären."
        ],
        "fr": [
            "Bonjour, votre technicien est venu ce matin et est reparti sans intervenir, notre compte serait bloqué. Tout est payé. Trois étages sans café, merci de régler ça aujourd'hui."
        ],
        "es": [
            "Hola, el técnico ha venido y se ha ido sin arreglar la máquina porque dice que la cuenta está bloqueada. Está todo pagado."
        ],
        "en": [
            "Hi, your engineer turned up this morning and left without touching the machine, saying our account is on stop. Everything is paid. Please sort it today."
        ],
        "it": [
            "Buongiorno, il tecnico è venuto e se n'è andato senza intervenire, dice che l'account è bloccato. Abbiamo pagato tutto."
        ],
        "pt": [
            "Bom dia, o técnico veio e foi-se embora sem reparar a máquina, diz que a conta está bloqueada. Está tudo pago."
        ],
    },
    "portal": {
        "de": [
            "Hallo, im Firmenportal werden seit Montag keine unserer Geräte mehr angezeigt, wir können also keine Störung melden. Die Maschine im 2. OG ist seit zwei Tagen aus."
        ],
        "fr": [
            "Bonjour, depuis lundi le portail entreprise n'affiche plus aucune de nos machines, impossible de déclarer une panne. La machine du 2e étage est hors service depuis deux jours."
        ],
        "es": [
            "Hola, desde el lunes el portal de empresa no muestra ninguna de nuestras máquinas y no podemos avisar de averías."
        ],
        "en": [
            "Hi, since Monday the business portal shows none of our machines, so we can't log a fault. The one on the second floor has been dead for two days."
        ],
        "it": [
            "Buongiorno, da lunedì il portale aziendale non mostra nessuna macchina, non possiamo segnalare guasti."
        ],
        "pt": [
            "Bom dia, desde segunda que o portal não mostra nenhuma máquina e não conseguimos reportar avarias."
        ],
    },
    "overbilled": {
        "de": [
            "Guten Tag, laut Vertrag zahlen wir eine Monatspauschale, abgerechnet wurde aber pro Tasse, über 700 € mehr. Bitte korrigieren."
        ],
        "fr": [
            "Bonjour, notre contrat prévoit un forfait mensuel et vous avez facturé à la tasse, plus de 700 € d'écart. Merci de corriger."
        ],
        "es": [
            "Buenos días, el contrato es tarifa plana mensual y nos habéis cobrado por taza, más de 700 € de diferencia."
        ],
        "en": [
            "Hello, our contract is a flat monthly fee but we've been billed per cup, over £600 more. Please correct it."
        ],
        "it": [
            "Buongiorno, il contratto è a forfait mensile ma ci avete fatturato a tazza, oltre 700 € in più."
        ],
        "pt": [
            "Bom dia, o contrato é uma avença mensal e faturaram ao café, mais de 700 € de diferença."
        ],
    },
}
B2B_LATER: T = {
    "de": [
        "Guten Tag, ich schließe mich {colleague} an, die {when} wegen {case} geschrieben hat: {label}. Das betrifft auch meine Abteilung."
    ],
    "fr": [
        "Bonjour, je rejoins {colleague} qui vous a écrit {when} pour le dossier {case} : {label}. Mon service est aussi concerné."
    ],
    "es": [
        "Hola, me sumo a lo que escribió {colleague} {when} sobre {case}: {label}. Mi departamento también está afectado."
    ],
    "en": [
        "Hello, following up on what {colleague} wrote {when} about {case}: {label}. My team is affected too."
    ],
    "it": [
        "Buongiorno, mi aggiungo a {colleague} che ha scritto {when} per {case}: {label}. Anche il mio reparto è coinvolto."
    ],
    "pt": [
        "Bom dia, junto-me ao que {colleague} escreveu {when} sobre o {case}: {label}. O meu departamento também."
    ],
}
B2B_LAST_EMAIL: T = {
    "de": [
        "{case} ist immer noch nicht gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Angebote bei {comp} angefragt."
    ],
    "fr": [
        "Le dossier {case} n'est toujours pas réglé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé un devis à {comp}."
    ],
    "es": [
        "{case} sigue sin resolver y varios compañeros os han escrito. Compras ya ha pedido precios a {comp}."
    ],
    "en": [
        "{case} is still not fixed and several colleagues have written. Procurement has already asked {comp} for a quote."
    ],
    "it": [
        "{case} non è ancora risolto, diversi colleghi vi hanno scritto. Gli acquisti hanno già chiesto un preventivo a {comp}."
    ],
    "pt": [
        "O {case} continua por resolver e vários colegas escreveram. As compras já pediram orçamento à {comp}."
    ],
}
B2B_LAST_PHONE: T = {
    "de": [
        "ja guten Tag wegen Vorgang {case} das ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Anbieter"
    ],
    "fr": [
        "oui bonjour c'est pour le dossier {case} toujours pas réglé plusieurs collègues ont écrit mon chef dit que si ce n'est pas réglé cette semaine on change de prestataire"
    ],
    "es": [
        "hola llamo por {case} sigue sin resolver varios compañeros han escrito mi jefe dice que si no se arregla esta semana cambiamos de proveedor"
    ],
    "en": [
        "hi it's about case {case} still not sorted several colleagues have written my boss says if it's not fixed this week we're moving supplier"
    ],
    "it": [
        "buongiorno per la segnalazione {case} ancora non risolta diversi colleghi hanno scritto il capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "pt": [
        "bom dia é por causa do {case} continua por resolver vários colegas escreveram o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor"
    ],
}
B2B_ACK: T = {
    "de": [
        "Guten Tag {first}, danke für Ihre Nachricht. Wir haben den Vorgang {case} angelegt und melden uns. {agent}, {arm}"
    ],
    "fr": [
        "Bonjour {first}, merci pour votre message. Nous avons ouvert le dossier {case}. {agent}, {arm}"
    ],
    "es": ["Hola {first}, gracias. Hemos abierto la incidencia {case}. {agent}, {arm}"],
    "en": ["Hello {first}, thanks for letting us know. We've opened case {case}. {agent}, {arm}"],
    "it": ["Buongiorno {first}, grazie. Abbiamo aperto la segnalazione {case}. {agent}, {arm}"],
    "pt": ["Bom dia {first}, obrigado. Abrimos o pedido {case}. {agent}, {arm}"],
}
B2B_SUGGEST: T = {
    "de": [
        "Vorschlag: könnten die Monatsberichte den Verbrauch pro Etage zeigen? Dann könnten wir intern besser abrechnen.",
        "Wäre schön, wenn auf dem Wartungsschein das Datum der letzten Entkalkung stünde.",
    ],
    "fr": [
        "Suggestion : pourriez-vous indiquer la consommation par étage dans le rapport mensuel ?",
        "Ce serait pratique d'avoir la date du dernier détartrage sur le bon d'intervention.",
    ],
    "es": ["Sugerencia: ¿podríais poner el consumo por planta en el informe mensual?"],
    "en": [
        "Suggestion: could the monthly report show usage per floor? Would help our internal recharging."
    ],
    "it": ["Suggerimento: potreste indicare il consumo per piano nel report mensile?"],
    "pt": ["Sugestão: podiam mostrar o consumo por piso no relatório mensal?"],
}
B2B_SUGGEST_ACK: T = {
    "de": ["Danke für den Vorschlag, {first}, wir geben ihn an das Produktteam weiter. {agent}"],
    "fr": ["Merci pour la suggestion, {first}, nous la transmettons à l'équipe produit. {agent}"],
    "es": ["Gracias por la sugerencia, {first}, la pasamos al equipo de producto. {agent}"],
    "en": ["Thanks for the suggestion, {first}, passing it to the product team. {agent}"],
    "it": ["Grazie del suggerimento, {first}, lo giriamo al team prodotto. {agent}"],
    "pt": ["Obrigado pela sugestão, {first}, passamos à equipa de produto. {agent}"],
}
B2B_QA: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Können wir für die neue Etage eine zweite Maschine dazu mieten?",
            "Ja, gern, das geht über das Portal unter Geräte hinzufügen.",
        ),
        ("Wann ist die nächste Wartung im 3. OG geplant?", "Am Donnerstag zwischen 9 und 11 Uhr."),
    ],
    "fr": [
        (
            "Peut-on louer une deuxième machine pour le nouvel étage ?",
            "Oui, via le portail, rubrique Ajouter une machine.",
        ),
        ("Quand est prévue la prochaine maintenance ?", "Jeudi entre 9h et 11h."),
    ],
    "es": [
        (
            "¿Podemos alquilar una segunda máquina para la nueva planta?",
            "Sí, desde el portal en Añadir máquina.",
        )
    ],
    "en": [
        (
            "Can we add a second machine for the new floor?",
            "Yes, through the portal under Add machine.",
        )
    ],
    "it": [
        (
            "Possiamo noleggiare una seconda macchina per il nuovo piano?",
            "Sì, dal portale in Aggiungi macchina.",
        )
    ],
    "pt": [
        (
            "Podemos alugar uma segunda máquina para o novo piso?",
            "Sim, no portal em Adicionar máquina.",
        )
    ],
}
B2B_PRAISE: T = {
    "de": [
        "Die Maschinen von {arm} laufen bei uns seit Monaten ohne Ausfall, Wartung immer pünktlich."
    ],
    "fr": [
        "Les machines {arm} tournent sans panne depuis des mois chez nous, maintenance toujours à l'heure."
    ],
    "es": ["Las máquinas de {arm} funcionan sin fallos desde hace meses."],
    "en": ["{arm} machines have run without a hitch for months here, servicing always on time."],
    "it": ["Le macchine {arm} funzionano senza problemi da mesi."],
    "pt": ["As máquinas da {arm} funcionam sem falhas há meses."],
}
