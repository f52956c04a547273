"""Hand-written everyday texts for Lumeo Energia's customers, per language.

Praise, questions with the agent's answer and the customer's thanks, reviews,
one-word survey comments, sarcasm, the stages of a slow slide, cancellations,
competitor names (Brisaluz, Kernwatt), apologies after a bad day, steady grumbles
and code-switched lines. ``{comp}`` is a competitor's name.
"""

from __future__ import annotations

COMPETITORS = ("Brisaluz", "Kernwatt")

HAPPY: dict[str, list[str]] = {
    "pt": [
        "A app nova da Lumeo esta otima, vejo o consumo por hora. Parabens!",
        "Fatura certinha outra vez, leitura real. Assim da gosto.",
        "Os paineis produziram imenso esta semana, adoro ver o grafico na app",
        "Atendimento 5 estrelas, a Sofia resolveu tudo em 3 min. Obrigada!",
        "O Wallbox carrega o carro de noite sem falhas. Top",
        "Poupei 18€ este mes com a tarifa bi-horaria, obg pela dica",
    ],
    "es": [
        "La app nueva de Lumeo esta genial, veo el consumo por horas. Enhorabuena!",
        "Factura correcta otra vez, con lectura real. Asi da gusto.",
        "Las placas han producido un monton esta semana, me encanta la grafica",
        "Atencion de 10, Lucia me lo soluciono en 3 minutos. Gracias!",
        "El Wallbox carga el coche por la noche sin fallos. Top",
        "Me he ahorrado 20 euros este mes con la tarifa nocturna, gracias x el consejo",
    ],
    "it": [
        "La nuova app di Lumeo e' fantastica, vedo i consumi ora per ora. Complimenti!",
        "Bolletta giusta anche stavolta, lettura reale. Cosi' va bene.",
        "I pannelli hanno prodotto tantissimo questa settimana, adoro il grafico",
        "Assistenza top, Giulia mi ha risolto tutto in 3 minuti. Grazie!",
        "La wallbox carica la macchina di notte senza problemi. Ottimo",
        "Risparmiati 17 euro questo mese con la bioraria, grazie del consiglio",
    ],
    "de": [
        "Die neue Lumeo-App ist super, ich sehe den Verbrauch stündlich. Klasse!",
        "Rechnung wieder korrekt mit echtem Zählerstand. So soll es sein.",
        "Die Solaranlage hat diese Woche richtig viel produziert, tolle Grafik in der App",
        "Super Service, Frau Wagner hat alles in 3 Minuten erledigt. Danke!",
        "Die Wallbox lädt nachts zuverlässig. Top",
        "Diesen Monat 19 Euro gespart mit dem Nachttarif, danke für den Tipp",
    ],
    "fr": [
        "La nouvelle appli Lumeo est top, je vois ma conso heure par heure. Bravo !",
        "Facture juste encore une fois, sur index reel. Ca fait plaisir.",
        "Les panneaux ont super bien produit cette semaine, j'adore le graphique",
        "Service au top, Camille a tout regle en 3 min. Merci !",
        "La borne recharge la voiture la nuit sans souci. Nickel",
        "16 euros economises ce mois avec les heures creuses, merci du conseil",
    ],
    "en": [
        "The new Lumeo app is great, I can see usage hour by hour. Well done!",
        "Bill spot on again, real reading. That's how it should be.",
        "Panels produced loads this week, love the chart in the app",
        "Brilliant support, Tom sorted everything in 3 minutes. Thanks!",
        "Wallbox charges the car overnight no problem. Top",
        "Saved 15 quid this month with the night tariff, cheers for the tip",
    ],
}

#: (question, agent's answer, customer's thanks)
QUESTIONS: dict[str, list[tuple[str, str, str]]] = {
    "pt": [
        (
            "Como envio a leitura do contador pela app?",
            "Ola! Em Consumos > Enviar leitura, pode tirar foto. lumeo.pt/ajuda/leituras",
            "Consegui, obrigado!",
        ),
        (
            "Posso mudar a data do debito direto para dia 10?",
            "Pode sim, em Conta > Pagamentos. Qualquer duvida diga.",
            "Feito, obrigada pela rapidez",
        ),
        (
            "Quanto tempo demora a instalar paineis numa moradia?",
            "Normalmente 1 dia, apos a visita tecnica. Marcamos?",
            "Perfeito, obg!",
        ),
    ],
    "es": [
        (
            "Como subo la lectura del contador en la app?",
            "Hola! En Consumos > Enviar lectura, puedes hacer foto. lumeo.es/ayuda/lecturas",
            "Hecho, gracias!",
        ),
        (
            "Puedo cambiar el dia del cargo al 10?",
            "Claro, en Cuenta > Pagos. Cualquier cosa nos dices.",
            "Listo, gracias por la rapidez",
        ),
        (
            "Cuanto se tarda en instalar placas en un chalet?",
            "Normalmente 1 dia tras la visita tecnica. Te la agendamos?",
            "Perfecto, gracias!",
        ),
    ],
    "it": [
        (
            "Come invio la lettura del contatore dalla app?",
            "Ciao! In Consumi > Invia lettura, anche con foto. lumeo.it/aiuto/letture",
            "Fatto, grazie!",
        ),
        (
            "Posso spostare l'addebito al giorno 10?",
            "Certo, in Account > Pagamenti. Per qualsiasi dubbio scrivici.",
            "Fatto, grazie per la velocita'",
        ),
        (
            "Quanto ci vuole per installare i pannelli su una villetta?",
            "Di solito 1 giorno dopo il sopralluogo. Lo fissiamo?",
            "Perfetto, grazie!",
        ),
    ],
    "de": [
        (
            "Wie übermittle ich den Zählerstand in der App?",
            "Hallo! Unter Verbrauch > Zählerstand, auch per Foto. lumeo.de/hilfe/zaehler",
            "Hat geklappt, danke!",
        ),
        (
            "Kann ich den Abbuchungstag auf den 10. legen?",
            "Ja, unter Konto > Zahlungen. Melden Sie sich bei Fragen.",
            "Erledigt, danke für die schnelle Antwort",
        ),
        (
            "Wie lange dauert die Montage einer Solaranlage auf einem Einfamilienhaus?",
            "Meist 1 Tag nach der Besichtigung. Sollen wir einen Termin machen?",
            "Perfekt, danke!",
        ),
    ],
    "fr": [
        (
            "Comment j'envoie mon index depuis l'appli ?",
            "Bonjour ! Dans Conso > Envoyer un index, photo possible. lumeo.fr/aide/index",
            "C'est fait, merci !",
        ),
        (
            "Je peux decaler le prelevement au 10 ?",
            "Oui, dans Compte > Paiements. N'hesitez pas si besoin.",
            "C'est bon, merci pour la rapidite",
        ),
        (
            "Combien de temps pour poser des panneaux sur une maison ?",
            "En general 1 jour apres la visite technique. On la planifie ?",
            "Parfait, merci !",
        ),
    ],
    "en": [
        (
            "How do I send my meter reading in the app?",
            "Hi! Usage > Send reading, a photo works too. lumeo.eu/help/readings",
            "Done, thanks!",
        ),
        (
            "Can I move my direct debit to the 10th?",
            "Sure, under Account > Payments. Shout if you need anything.",
            "Sorted, thanks for the quick reply",
        ),
        (
            "How long does a solar install take on a house?",
            "Usually 1 day after the survey visit. Shall we book one?",
            "Perfect, thanks!",
        ),
    ],
}

REVIEWS: dict[str, list[str]] = {
    "pt": ["Fornecedor serio, faturas claras e app excelente. Recomendo."],
    "es": ["Compania seria, facturas claras y una app excelente. Recomendable."],
    "it": ["Fornitore serio, bollette chiare e app eccellente. Consigliato."],
    "de": ["Seriöser Anbieter, klare Rechnungen, sehr gute App. Empfehlenswert."],
    "fr": ["Fournisseur serieux, factures claires et appli excellente. Je recommande."],
    "en": ["Solid supplier, clear bills and a great app. Would recommend."],
}

#: One-word survey comments (some are below eight letters on purpose).
ONE_WORD = (
    "5",
    "ok",
    "👌",
    "top",
    "Perfeito",
    "nada",
    "va bene",
    "passt",
    "Impecable",
    "nickel",
    "👍👍",
    "10/10",
    "-",
    "Sehr gut",
    "Bravo",
    "Fine",
    "certo",
)

SARCASM: dict[str, list[str]] = {
    "pt": ["Que maravilha, a app foi abaixo logo no dia de enviar a leitura. Adoro 🙃"],
    "es": ["Genial, la app caida justo el dia de mandar la lectura. Me encanta 🙃"],
    "it": ["Fantastico, app ko proprio il giorno della lettura. Adoro 🙃"],
    "de": ["Super, App down genau am Ablesetag. Ich liebe es 🙃"],
    "fr": ["Genial, l'appli plantee pile le jour de l'index. J'adore 🙃"],
    "en": ["Brilliant, app down exactly on meter reading day. Love it 🙃"],
}

#: A slow slide: lukewarm, let down, fed up, awful, done (index = stage).
SLIDE: dict[str, list[list[str]]] = {
    "pt": [
        ["A ultima fatura veio um pouco mais alta, espero que seja so o inverno."],
        ["Ja nao estou tao contente, a app anda lenta e as faturas confusas."],
        ["Estou farto: faturas erradas, esperas de 40 min ao telefone."],
        ["Pessimo servico. Nunca mais resolvem nada, so desculpas."],
        ["Chega. A Lumeo foi a pior escolha que fiz."],
    ],
    "es": [
        ["La ultima factura ha venido algo mas alta, espero que sea el invierno."],
        ["Ya no estoy tan contento, la app va lenta y las facturas no se entienden."],
        ["Estoy harto: facturas mal, 40 min esperando al telefono."],
        ["Servicio pesimo. No resolveis nada, solo excusas."],
        ["Se acabo. Lumeo ha sido la peor decision."],
    ],
    "it": [
        ["L'ultima bolletta e' un po' piu' alta, spero sia solo l'inverno."],
        ["Non sono piu' cosi' contento, app lenta e bollette poco chiare."],
        ["Sono stufo: bollette sbagliate, 40 minuti di attesa al telefono."],
        ["Servizio pessimo. Non risolvete mai niente, solo scuse."],
        ["Basta. Lumeo e' stata la scelta peggiore."],
    ],
    "de": [
        ["Die letzte Rechnung war etwas höher, hoffentlich nur der Winter."],
        ["Nicht mehr so zufrieden, die App ist langsam und die Rechnungen unklar."],
        ["Ich hab die Nase voll: falsche Rechnungen, 40 Minuten Warteschleife."],
        ["Miserabler Service. Nichts wird gelöst, nur Ausreden."],
        ["Es reicht. Lumeo war die schlechteste Wahl."],
    ],
    "fr": [
        ["La derniere facture est un peu plus elevee, j'espere que c'est l'hiver."],
        ["Plus trop content, l'appli rame et les factures sont floues."],
        ["J'en ai marre : factures fausses, 40 min d'attente au tel."],
        ["Service lamentable. Rien n'est jamais regle, que des excuses."],
        ["Stop. Lumeo, le pire choix que j'ai fait."],
    ],
    "en": [
        ["Last bill was a bit higher, hopefully just the winter."],
        ["Not so happy anymore, the app is slow and the bills confusing."],
        ["Fed up: wrong bills, 40 minutes on hold every time."],
        ["Awful service. Nothing ever gets fixed, just excuses."],
        ["Enough. Lumeo was the worst choice I made."],
    ],
}

CANCEL: dict[str, str] = {
    "pt": "Quero cancelar o meu contrato com a Lumeo a partir do fim do mes.",
    "es": "Quiero dar de baja mi contrato con Lumeo a final de mes.",
    "it": "Voglio disdire il mio contratto Lumeo dalla fine del mese.",
    "de": "Ich kündige hiermit meinen Vertrag mit Lumeo zum Monatsende.",
    "fr": "Je souhaite resilier mon contrat Lumeo a la fin du mois.",
    "en": "I want to cancel my Lumeo contract from the end of the month.",
}

#: Thinking of leaving, not asking to cancel (debatable churn intent).
THINKING: dict[str, str] = {
    "pt": "Um vizinho passou para a {comp} e paga menos. Estou a pensar nisso.",
    "es": "Mi vecino se paso a {comp} y paga menos. Me lo estoy pensando.",
    "it": "Un vicino e' passato a {comp} e paga meno. Ci sto pensando.",
    "de": "Mein Nachbar ist zu {comp} gewechselt und zahlt weniger. Ich überlege.",
    "fr": "Mon voisin est passe chez {comp} et paie moins. J'y reflechis.",
    "en": "My neighbour moved to {comp} and pays less. Thinking about it.",
}

SORRY: dict[str, list[str]] = {
    "pt": ["Peco desculpa pelo tom de ontem, ja esta tudo resolvido. Obrigado!"],
    "es": ["Perdon por el tono de ayer, ya esta todo arreglado. Gracias!"],
    "it": ["Scusate per il tono di ieri, ora e' tutto a posto. Grazie!"],
    "de": ["Sorry für den Ton gestern, ist alles wieder gut. Danke!"],
    "fr": ["Desole pour le ton d'hier, tout est rentre dans l'ordre. Merci !"],
    "en": ["Sorry for my tone yesterday, all sorted now. Thanks!"],
}

GRUMBLES: dict[str, list[str]] = {
    "pt": [
        "A app e lenta como sempre.",
        "Mais uma fatura confusa, como de costume.",
        "Ao telefone esperei 20 min, o normal convosco.",
    ],
    "es": [
        "La app lenta como siempre.",
        "Otra factura confusa, lo de siempre.",
        "20 min esperando al telefono, lo normal con vosotros.",
    ],
    "it": [
        "L'app lenta come sempre.",
        "Un'altra bolletta incomprensibile, come al solito.",
        "20 minuti al telefono, il solito con voi.",
    ],
    "de": [
        "Die App ist lahm wie immer.",
        "Wieder eine unverständliche Rechnung, wie üblich.",
        "20 Minuten Warteschleife, normal bei euch.",
    ],
    "fr": [
        "L'appli rame comme d'hab.",
        "Encore une facture incomprehensible, comme toujours.",
        "20 min d'attente au tel, la routine avec vous.",
    ],
    "en": [
        "App slow as always.",
        "Another confusing bill, as usual.",
        "20 minutes on hold, standard with you lot.",
    ],
}

#: Two languages mixed in one line, keyed by the pair.
CODE_SWITCH: dict[tuple[str, str], str] = {
    ("pt", "es"): "Obrigado pela ayuda, ya esta todo ok com a fatura!",
    ("it", "de"): "Alles passt, grazie mille per l'aiuto con la Wallbox!",
    ("fr", "it"): "Merci, la bolletta est enfin correcte, perfetto!",
    ("en", "pt"): "Thanks a lot, a app esta a funcionar perfeitamente now!",
    ("de", "en"): "Danke, the new app is really super übersichtlich!",
    ("es", "fr"): "Gracias, tout est regle con el contador, genial!",
}

#: A mixed-language complaint (bilingual repeaters' last contact).
MIXED_COMPLAINT: dict[tuple[str, str], str] = {
    ("pt", "es"): "Otra vez escribo, a fatura continua mal y nadie me responde!!",
    ("it", "de"): "Immer noch kaputt, la wallbox non carica ancora, unglaublich!",
    ("fr", "it"): "Toujours rien, ancora nessuna risposta, c'est une honte!",
    ("en", "pt"): "Still not fixed, continuo sem resposta, seriously!!",
    ("de", "en"): "Still nothing, immer noch keine Antwort, really annoying!",
    ("es", "fr"): "Toujours pas regle, sigo esperando, c'est nul!",
}

#: How a call transcript starts (the agent's speech-to-text keeps the customer's side).
SPOKEN: dict[str, list[str]] = {
    "pt": ["Sim, bom dia, ", "Esta? Sim, olhe, ", "Ola, ligo porque "],
    "es": ["Si hola buenas, ", "Oiga, mire, ", "Hola, llamo porque "],
    "it": ["Pronto, buongiorno, ", "Si' salve, senta, ", "Salve, chiamo perche' "],
    "de": ["Ja hallo, guten Tag, ", "Grüß Gott, also ", "Hallo, ich rufe an, weil "],
    "fr": ["Oui bonjour, ", "Allo, oui, alors ", "Allo oui, j'appelle parce que "],
    "en": ["Hiya, ", "Hi there, yeah, ", "Hello, I'm calling because "],
}

#: A second lukewarm line, so that a slide does not repeat itself.
LUKEWARM: dict[str, list[str]] = {
    "pt": ["Hmm, a app pediu-me a leitura duas vezes este mes. Enfim."],
    "es": ["Bueno, la app me ha pedido la lectura dos veces este mes. En fin."],
    "it": ["Mah, l'app mi ha chiesto la lettura due volte questo mese. Vabbe'."],
    "de": ["Naja, die App wollte diesen Monat zweimal den Zählerstand. Egal."],
    "fr": ["Bon, l'appli m'a demande l'index deux fois ce mois-ci. Bref."],
    "en": ["Meh, the app asked for my reading twice this month. Whatever."],
}
