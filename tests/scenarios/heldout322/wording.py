# ruff: noqa: E501
"""Wording of heldout322 (Arborelo: tree surgery and garden tree care), written blind."""

from __future__ import annotations

BRAND = "Arborelo"
PLAN = "Arborelo Chioma"
ARM = "Arborelo Grounds"
COMPETITORS = ("Fogliano", "Cortexa")
CODE = "T4-3818-Q"
LANGS = ("it", "pt", "de", "en", "es", "fr")
WEIGHTS = (30, 30, 10, 10, 10, 10)

MARKETS = {
    "it": ("IT", "IT", "IT", "CH"),
    "pt": ("PT",),
    "de": ("DE", "DE", "AT", "CH"),
    "en": ("UK", "UK", "IE"),
    "es": ("ES",),
    "fr": ("FR", "FR", "BE", "CH", "LU"),
}
# country code, mobile prefix, digits after the prefix
PHONES = {
    "IT": ("+39", "34", 8),
    "CH": ("+41", "79", 7),
    "PT": ("+351", "91", 7),
    "DE": ("+49", "152", 8),
    "AT": ("+43", "664", 7),
    "UK": ("+44", "77", 8),
    "IE": ("+353", "87", 7),
    "ES": ("+34", "61", 7),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "LU": ("+352", "621", 6),
}
DOMAINS = ("posta.example", "mail.example", "correio.example", "netz.example", "inbox.example")

FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Davide",
        "Francesca",
        "Matteo",
        "Elena",
        "Lorenzo",
        "Silvia",
        "Andrea",
        "Paola",
        "Stefano",
    ],
    "pt": [
        "Inês",
        "João",
        "Mariana",
        "Tiago",
        "Beatriz",
        "Rui",
        "Catarina",
        "Nuno",
        "Sofia",
        "Miguel",
        "Leonor",
        "Duarte",
    ],
    "de": ["Jana", "Florian", "Katrin", "Tobias", "Sabine", "Lukas", "Anja", "Jörg"],
    "en": ["Hannah", "Gareth", "Chloe", "Owen", "Fiona", "Declan", "Megan", "Rory"],
    "es": ["Nuria", "Álvaro", "Marta", "Iker", "Rocío", "Sergio", "Lidia", "Pablo"],
    "fr": ["Camille", "Thibault", "Élodie", "Mathis", "Agathe", "Quentin", "Margaux", "Bastien"],
}
LAST = {
    "it": [
        "Bianchi",
        "Colombo",
        "Ferrara",
        "Galli",
        "Marino",
        "Rinaldi",
        "Santoro",
        "Vitale",
        "Fontana",
        "Barbieri",
        "Leone",
        "Caruso",
    ],
    "pt": [
        "Ferreira",
        "Lopes",
        "Marques",
        "Sousa",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Pinto",
        "Correia",
        "Nunes",
        "Baptista",
        "Figueiredo",
    ],
    "de": ["Hoffmann", "Krüger", "Lehmann", "Vogel", "Seidel", "Brandl", "Huber", "Pfeiffer"],
    "en": ["Morgan", "Pritchard", "Doyle", "Walsh", "Harding", "Kerr", "Lynch", "Bellamy"],
    "es": ["Iglesias", "Ortega", "Serrano", "Vidal", "Castro", "Rubio", "Gil", "Pascual"],
    "fr": ["Girard", "Moreau", "Lemoine", "Fabre", "Chevalier", "Roux", "Perrin", "Aubert"],
}

# label, price EUR
PRODUCTS = [
    ("Tree pruning up to 8 m / Potatura albero fino a 8 m", 180),
    ("Hedge trim, 20 m / Taglio siepe 20 m", 95),
    ("Stump grinding / Fresatura ceppaia", 140),
    ("Small tree felling / Abbattimento albero piccolo", 320),
    ("Storm check visit / Sopralluogo dopo temporale", 60),
    ("Fruit tree winter prune / Potatura alberi da frutto", 120),
    ("Annual tree health check / Controllo annuale alberi", 75),
]
PAGES = ("/book", "/prices", "/chioma", "/app/quotes", "/crews", "/garden-guide", "/account")

PRAISE = {
    "it": [
        "La squadra di {brand} ha potato il tiglio davanti casa, lavoro pulitissimo e neanche una foglia rimasta sul vialetto 🌳",
        "Finalmente qualcuno che sa potare un ulivo senza massacrarlo. Grazie {brand}!",
        "Ragazzi di {brand} puntuali alle 8, gentili, e il giardino sembra un altro. Consigliati",
    ],
    "pt": [
        "A equipa da {brand} tirou o pinheiro seco do quintal num instante, e ainda varreram tudo. Impecável!",
        "Podaram as laranjeiras como deve ser, nem parece o mesmo quintal. Obrigado {brand} 🍊",
        "Chegaram à hora marcada e explicaram tudo ao meu pai com paciência. Muito bom serviço {brand}",
    ],
    "de": [
        "Die Truppe von {brand} hat unsere alte Birke gefällt, ohne dass auch nur ein Blumenbeet gelitten hat. Top!",
        "Hecke endlich wieder in Form, und sie haben den Schnitt gleich mitgenommen. Danke {brand}",
    ],
    "en": [
        "{brand} lads took down the dead ash by the shed, tidy job, not a twig left on the lawn 👍",
        "Really pleased with the hedge, they even checked the bird nest before cutting. Nice one {brand}",
    ],
    "es": [
        "Los de {brand} podaron la morera del patio y lo dejaron todo barrido. Un gusto!",
        "Quitaron el tocón que llevaba años ahí en media hora. Muy recomendables {brand}",
    ],
    "fr": [
        "L'équipe {brand} a élagué le vieux cerisier avec un soin fou, rien d'abîmé autour. Bravo",
        "Haie taillée nickel et déchets emportés, merci {brand} 🌿",
    ],
}
PRAISE_AGAIN = {
    "it": [
        "Terza volta che chiamo {brand} per le siepi e sempre la stessa cura. Ormai sono di casa",
        "Di nuovo Marco della squadra {brand}, sempre un piacere vederlo lavorare",
    ],
    "pt": [
        "Já é a terceira vez que chamo a {brand} e continuam impecáveis",
        "Outra vez a mesma equipa simpática da {brand}, já os conheço pelo nome",
    ],
    "de": ["Zum dritten Mal {brand} gebucht, immer noch pünktlich und gründlich"],
    "en": ["Third time using {brand} this year and still spot on"],
    "es": ["Tercera vez que llamo a {brand} y siguen igual de cuidadosos"],
    "fr": ["Troisième fois avec {brand}, toujours aussi soigneux"],
}
PRAISE_GRIPE = {
    "it": [
        "Lavoro ottimo sul noce, solo che l'app mi manda tre notifiche per ogni cosa. Per il resto bravi",
        "Potatura perfetta, peccato che il preventivo sia arrivato solo in PDF e sul telefono non si legge bene",
    ],
    "pt": [
        "Trabalho excelente, só a fatura demorou uma semana a chegar ao email. De resto, tudo ótimo",
        "Muito bem podado, mas o carrinho deles deixou duas marcas na relva. Nada de grave",
    ],
    "de": [
        "Super Arbeit an der Linde, nur die Rechnung kam erst nach zehn Tagen. Sonst gerne wieder"
    ],
    "en": [
        "Great job on the oak, only the app kept logging me out when I tried to pay. Otherwise spot on"
    ],
    "es": [
        "Muy buen trabajo, solo que el presupuesto tardó tres días en llegar. Por lo demás genial"
    ],
    "fr": ["Travail top sur le tilleul, juste la facture arrivée en retard. Sinon je recommande"],
}
REVIEW = {
    "it": [
        "Puntuali, ordinati e il prezzo era quello del preventivo. Cinque stelle",
        "Hanno salvato il mio vecchio ciliegio, consigliatissimi",
    ],
    "pt": [
        "Serviço rápido, limpo e com preço justo. Recomendo",
        "Muito profissionais, voltarei a chamar para as oliveiras",
    ],
    "de": ["Pünktlich, sauber, fairer Preis. Gerne wieder"],
    "en": ["Turned up when they said, tidy work, fair price"],
    "es": ["Puntuales, limpios y con el precio del presupuesto"],
    "fr": ["Ponctuels, propres et au prix annoncé"],
}
# question, agent answer
Q_CHAT = {
    "it": [
        (
            "ciao, si può potare un albicocco a maggio o è meglio aspettare?",
            "Ciao! Per l'albicocco meglio una potatura leggera dopo la raccolta; posso già fissarti un posto a luglio se vuoi.",
        ),
        (
            "Buongiorno, il piano Chioma copre anche la fresatura delle ceppaie?",
            "Buongiorno! Sì, con {plan} la fresatura ha il 20% di sconto, basta prenotarla dall'app.",
        ),
        (
            "la squadra porta via anche i rami o devo noleggiare un cassone?",
            "Portiamo via noi tutto il materiale di taglio, è incluso nel prezzo.",
        ),
    ],
    "pt": [
        (
            "Olá, posso marcar a poda das oliveiras para um sábado?",
            "Olá! Sim, temos sábados de manhã disponíveis, escolha o horário na app.",
        ),
        (
            "boa tarde, o plano Chioma dá desconto no abate de árvores?",
            "Boa tarde! Dá 15% em abates até 10 m, aparece logo no orçamento.",
        ),
        (
            "Preciso de estar em casa durante a poda?",
            "Não é preciso, basta deixar o portão aberto e indicar na app onde fica a árvore.",
        ),
    ],
    "de": [
        (
            "Hallo, muss ich für das Fällen eine Genehmigung von der Gemeinde haben?",
            "Hallo! Bei geschützten Bäumen ja, unser Team prüft das beim Vor-Ort-Termin mit Ihnen.",
        ),
        (
            "Kann man den Heckenschnitt auch auf Oktober verschieben?",
            "Klar, in der App unter Termine einfach ein neues Datum wählen.",
        ),
    ],
    "en": [
        (
            "hi, do your crews take the green waste away or do I need a skip?",
            "Hi! We take all the cuttings away, it's included in the price.",
        ),
        (
            "Can I move my hedge trim to the following Saturday?",
            "Of course, just pick a new slot under Bookings in the app.",
        ),
    ],
    "es": [
        (
            "Hola, ¿cuándo es mejor podar un limonero?",
            "¡Hola! A finales de invierno, te podemos reservar una visita en febrero.",
        ),
        (
            "¿El plan Chioma incluye la revisión tras tormentas?",
            "Sí, una visita de revisión al año incluida en {plan}.",
        ),
    ],
    "fr": [
        (
            "Bonjour, vous pouvez passer un samedi pour la haie ?",
            "Bonjour ! Oui, les samedis matin sont ouverts, choisissez un créneau dans l'appli.",
        ),
        (
            "Est-ce que vous évacuez les branches ?",
            "Oui, toutes les branches sont évacuées, c'est compris dans le prix.",
        ),
    ],
}
THANKS = {
    "it": ["grazie mille!", "Perfetto, grazie", "ok grazie 🙂"],
    "pt": ["Obrigada!", "ótimo, obrigado", "perfeito, obg"],
    "de": ["Danke!", "Super, danke"],
    "en": ["Cheers!", "great, thanks"],
    "es": ["¡Gracias!", "genial, gracias"],
    "fr": ["Merci !", "parfait merci"],
}
Q_MAIL = {
    "it": [
        (
            "Domanda su potatura",
            "Buongiorno, abbiamo un pino marittimo di circa 12 metri, rientra nella potatura standard o serve un preventivo a parte? Grazie, {name}",
        ),
        (
            "Fattura",
            "Salve, potreste rimandarmi la fattura di marzo intestata a mio marito? Grazie mille. {name}",
        ),
    ],
    "pt": [
        (
            "Pergunta sobre o plano",
            "Bom dia, se aderir ao {plan} agora, a poda de março já tem desconto? Cumprimentos, {name}",
        ),
        (
            "Fatura com NIF",
            "Olá, precisava da fatura com o meu NIF, esqueci-me de o pôr na app. Obrigada, {name}",
        ),
    ],
    "de": [
        (
            "Frage zum Termin",
            "Guten Tag, kommt das Team auch bei Regen oder wird verschoben? Viele Grüße, {name}",
        )
    ],
    "en": [
        (
            "Quick question",
            "Hello, can you grind two stumps in the same visit or is it priced per stump? Thanks, {name}",
        )
    ],
    "es": [("Consulta", "Hola, ¿podéis mandarme la factura con mi NIF? Gracias, {name}")],
    "fr": [
        (
            "Question devis",
            "Bonjour, le devis pour l'abattage inclut-il le dessouchage ? Merci, {name}",
        )
    ],
}
A_MAIL = {
    "it": "Gentile {first}, grazie per il messaggio: {answer_it} Un saluto, {agent} – {brand}",
    "pt": "Olá {first}, obrigado pela mensagem: {answer_pt} Cumprimentos, {agent} – {brand}",
    "de": "Hallo {first}, danke für Ihre Nachricht: {answer_de} Viele Grüße, {agent} – {brand}",
    "en": "Hi {first}, thanks for getting in touch: {answer_en} Best, {agent} – {brand}",
    "es": "Hola {first}, gracias por escribirnos: {answer_es} Un saludo, {agent} – {brand}",
    "fr": "Bonjour {first}, merci pour votre message : {answer_fr} Bien à vous, {agent} – {brand}",
}
MAIL_ANSWER = {
    "it": "abbiamo sistemato tutto, trova i dettagli nell'app.",
    "pt": "já tratámos do assunto, tem os detalhes na app.",
    "de": "wir haben das erledigt, die Details finden Sie in der App.",
    "en": "that's sorted, you'll find the details in the app.",
    "es": "ya está resuelto, tienes los detalles en la app.",
    "fr": "c'est réglé, vous trouverez le détail dans l'appli.",
}
CALL_Q = {
    "it": [
        "sì buongiorno volevo sapere se per il taglio della siepe devo essere in casa o posso lasciare il cancello aperto",
        "pronto salve chiamo per capire quanto costa togliere un ceppo di un vecchio fico",
    ],
    "pt": [
        "sim bom dia queria saber se a poda das laranjeiras pode ser na próxima semana",
        "olá boa tarde ligo para saber quanto custa tirar uma palmeira morta",
    ],
    "de": ["ja guten Tag ich wollte fragen ob Sie auch Obstbäume schneiden oder nur Hecken"],
    "en": ["hiya just ringing to ask if you do fruit trees or just hedges"],
    "es": ["sí hola llamaba para saber si podéis venir a quitar un tocón la semana que viene"],
    "fr": ["oui bonjour je voulais savoir si vous taillez aussi les arbres fruitiers"],
}
CALL_FOLLOW = {
    "it": "Buongiorno {first}, come da telefonata le ho messo il preventivo nell'app. A presto, {agent}",
    "pt": "Olá {first}, conforme falámos ao telefone, o orçamento já está na app. Até breve, {agent}",
    "de": "Hallo {first}, wie am Telefon besprochen liegt das Angebot jetzt in der App. Grüße, {agent}",
    "en": "Hi {first}, as we said on the phone, your quote is in the app now. {agent}",
    "es": "Hola {first}, como hablamos por teléfono, tienes el presupuesto en la app. {agent}",
    "fr": "Bonjour {first}, comme convenu au téléphone, votre devis est dans l'appli. {agent}",
}
SURVEY_WORDS = {
    "it": ["top", "bravissimi", "🌳", ""],
    "pt": ["excelente", "5 estrelas", "👏", ""],
    "de": ["prima", ""],
    "en": ["spot on", ""],
    "es": ["genial", ""],
    "fr": ["top", ""],
}
LOW_CSAT = {
    "it": ["pessimo", ""],
    "pt": ["mau", ""],
    "de": ["schlecht", ""],
    "en": ["poor", ""],
    "es": ["mal", ""],
    "fr": ["nul", ""],
}
NIGHT_POST = {
    "it": [
        "Sono le due e sto ancora guardando video di potatura degli ulivi. Sabato arriva {brand}, non vedo l'ora 😅",
        "Turno di notte in ospedale, ho appena prenotato con {brand} la siepe per sabato. Una cosa in meno",
    ],
    "pt": [
        "3 da manhã e eu a ver fotos do quintal antes e depois da {brand}. Que diferença",
        "Saí agora do turno da noite e já marquei a poda com a {brand}. Fácil",
    ],
    "de": [
        "Kann nicht schlafen und buche um 2 Uhr den Heckenschnitt bei {brand}. Klappt sogar nachts"
    ],
    "en": ["2am and I'm booking {brand} for the leylandii. Insomnia has its uses"],
    "es": ["Las 3 y yo mirando el antes y después del patio gracias a {brand} 😍"],
    "fr": ["Insomnie, du coup j'ai réservé {brand} pour la haie. Au moins c'est fait"],
}
NIGHT_Q = {
    "it": [
        (
            "c'è ancora posto sabato mattina per una potatura?",
            "Sì, c'è ancora un posto alle 9, lo trova nell'app.",
        )
    ],
    "pt": [("ainda há vaga para sábado de manhã?", "Há sim, às 9h, pode marcar já na app.")],
    "de": [
        (
            "Gibt es Samstag früh noch einen Termin?",
            "Ja, um 9 Uhr ist noch frei, einfach in der App buchen.",
        )
    ],
    "en": [
        (
            "any slots left this Saturday morning?",
            "Yes, 9am is still free, you can grab it in the app.",
        )
    ],
    "es": [("¿queda hueco el sábado por la mañana?", "Sí, a las 9, resérvalo en la app.")],
    "fr": [
        ("il reste un créneau samedi matin ?", "Oui, 9h est encore libre, réservez dans l'appli.")
    ],
}

# The six consumer problems: subject topic and short complaint.
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
TOPIC = {
    "it": {
        "no_show": "squadra mai arrivata",
        "double_charge": "acconto addebitato due volte",
        "damage": "recinzione danneggiata",
        "refund": "rimborso acconto",
        "wrong_price": "prezzo senza sconto Chioma",
        "cancel_fee": "penale di annullamento",
    },
    "pt": {
        "no_show": "equipa não apareceu",
        "double_charge": "sinal cobrado duas vezes",
        "damage": "muro danificado",
        "refund": "reembolso do sinal",
        "wrong_price": "preço sem desconto Chioma",
        "cancel_fee": "taxa de cancelamento",
    },
    "de": {
        "no_show": "Team nicht erschienen",
        "double_charge": "Anzahlung doppelt",
        "damage": "Zaun beschädigt",
        "refund": "Erstattung Anzahlung",
        "wrong_price": "kein Chioma-Rabatt",
        "cancel_fee": "Stornogebühr",
    },
    "en": {
        "no_show": "crew never came",
        "double_charge": "deposit taken twice",
        "damage": "fence damaged",
        "refund": "deposit refund",
        "wrong_price": "no Chioma discount",
        "cancel_fee": "cancellation fee",
    },
    "es": {
        "no_show": "el equipo no vino",
        "double_charge": "anticipo cobrado dos veces",
        "damage": "valla dañada",
        "refund": "devolución del anticipo",
        "wrong_price": "sin descuento Chioma",
        "cancel_fee": "penalización por cancelar",
    },
    "fr": {
        "no_show": "équipe jamais venue",
        "double_charge": "acompte débité deux fois",
        "damage": "clôture abîmée",
        "refund": "remboursement acompte",
        "wrong_price": "pas de remise Chioma",
        "cancel_fee": "frais d'annulation",
    },
}
COMPLAINT = {
    "it": {
        "no_show": [
            "Ho preso mezza giornata di ferie per aspettare la squadra dalle 8 alle 13 e non è venuto NESSUNO. Nessuna chiamata, niente. L'app dice ancora 'in arrivo'.",
            "Sabato mattina in giardino ad aspettare come uno scemo, la squadra non si è mai vista e l'app dice lavoro completato. Completato cosa?",
        ],
        "double_charge": [
            "Mi avete addebitato l'acconto di 90 € DUE volte per la stessa potatura. Sul conto mi mancano 180 € e a fine mese pago l'affitto.",
            "Acconto preso due volte sulla carta, ho gli screenshot della banca. Rimettetemi i soldi subito per favore.",
        ],
        "damage": [
            "Nell'abbattimento del pino è caduto un ramo sulla recinzione del vicino e l'ha piegata. La squadra se n'è andata senza dire niente, ora il vicino se la prende con me.",
            "Hanno rotto due pannelli della recinzione con la cippatrice e nessuno mi ha detto niente, li ho scoperti io la sera.",
        ],
        "refund": [
            "Ho annullato la potatura tre settimane fa e l'acconto di 90 € non è ancora tornato. Ogni volta mi dite 'entro 5 giorni'.",
            "Sono passati 20 giorni e del rimborso dell'acconto nemmeno l'ombra. Basta con le promesse.",
        ],
        "wrong_price": [
            "Pago il piano Chioma da un anno e mi avete fatto pagare la fresatura a prezzo pieno, 140 € invece di 112. Che senso ha l'abbonamento?",
            "Sono abbonata Chioma e in fattura non c'è nessuno sconto. Controllate per favore, non è la prima volta.",
        ],
        "cancel_fee": [
            "Ho spostato l'appuntamento con CINQUE giorni di anticipo e mi trovo 40 € di penale. Sul sito c'è scritto 48 ore!",
            "Penale di annullamento addebitata anche se ho cancellato una settimana prima. Voglio indietro quei soldi.",
        ],
    },
    "pt": {
        "no_show": [
            "Fiquei em casa a manhã toda à espera da equipa e ninguém apareceu. Nem um telefonema. A app continua a dizer 'a caminho'.",
            "Tirei um dia de férias para a poda e NINGUÉM veio. A app diz serviço concluído. Concluído onde??",
        ],
        "double_charge": [
            "Cobraram-me o sinal de 80 € DUAS vezes pela mesma poda. Tenho 160 € a menos na conta e ainda é dia 10.",
            "O sinal foi debitado duas vezes no cartão, tenho o extrato do banco. Quero o dinheiro de volta já.",
        ],
        "damage": [
            "Ao abater o pinheiro partiram a telha do anexo e a equipa foi-se embora sem dizer nada. Agora chove lá dentro.",
            "Estragaram o muro do vizinho com um tronco e ninguém me avisou, soube pelo vizinho aos gritos.",
        ],
        "refund": [
            "Cancelei a poda há três semanas e o sinal de 80 € ainda não voltou. Dizem sempre 'em 5 dias úteis'.",
            "Já passaram 20 dias e nada do reembolso. Chega de promessas.",
        ],
        "wrong_price": [
            "Pago o plano Chioma há um ano e cobraram-me o abate a preço cheio. Para que serve então o plano?",
            "Sou cliente Chioma e a fatura não tem desconto nenhum. Não é a primeira vez.",
        ],
        "cancel_fee": [
            "Remarquei com CINCO dias de antecedência e cobraram-me 35 € de taxa. No site diz 48 horas!",
            "Taxa de cancelamento cobrada mesmo tendo cancelado uma semana antes. Quero esse dinheiro de volta.",
        ],
    },
    "de": {
        "no_show": [
            "Ich habe mir extra frei genommen, von 8 bis 13 Uhr gewartet und es kam NIEMAND. Kein Anruf, nichts. Die App sagt immer noch 'unterwegs'."
        ],
        "double_charge": [
            "Sie haben die Anzahlung von 90 € ZWEIMAL abgebucht. Mir fehlen 180 € auf dem Konto."
        ],
        "damage": [
            "Beim Fällen ist ein Ast auf den Zaun vom Nachbarn gefallen, der ist jetzt krumm. Das Team ist einfach gefahren."
        ],
        "refund": [
            "Vor drei Wochen storniert und die Anzahlung ist immer noch nicht zurück. Jedes Mal heißt es '5 Werktage'."
        ],
        "wrong_price": [
            "Ich zahle seit einem Jahr Chioma und bekomme die Stubbenfräse zum vollen Preis berechnet. Wozu das Abo?"
        ],
        "cancel_fee": [
            "Fünf Tage vorher verschoben und trotzdem 40 € Stornogebühr. Auf der Website steht 48 Stunden!"
        ],
    },
    "en": {
        "no_show": [
            "Took the morning off, waited 8 till 1 and NOBODY turned up. No call, nothing. App still says 'on the way'."
        ],
        "double_charge": [
            "You've taken the £75 deposit TWICE for the same job. That's £150 out of my account."
        ],
        "damage": [
            "Your crew dropped a limb on my fence felling the sycamore, two panels snapped, and they just left without a word."
        ],
        "refund": [
            "Cancelled three weeks ago and the deposit still isn't back. Every time it's 'within 5 working days'."
        ],
        "wrong_price": [
            "I pay for Chioma every month and got charged full price for the stump grinding. What's the point?"
        ],
        "cancel_fee": [
            "Moved the booking FIVE days ahead and got hit with a £35 fee. Your site says 48 hours!"
        ],
    },
    "es": {
        "no_show": [
            "Me pedí la mañana libre, esperé de 8 a 13 y no vino NADIE. Ni una llamada. La app sigue diciendo 'en camino'."
        ],
        "double_charge": [
            "Me habéis cobrado el anticipo de 90 € DOS veces. Me faltan 180 € en la cuenta."
        ],
        "damage": [
            "Al talar el pino cayó una rama sobre la valla del vecino y la doblasteis. El equipo se fue sin decir nada."
        ],
        "refund": [
            "Cancelé hace tres semanas y el anticipo sigue sin volver. Siempre 'en 5 días hábiles'."
        ],
        "wrong_price": [
            "Pago el plan Chioma hace un año y me cobrasteis el destoconado a precio completo. ¿Para qué pago?"
        ],
        "cancel_fee": [
            "Cambié la cita con CINCO días de antelación y me cobrasteis 40 € de penalización. ¡En la web pone 48 horas!"
        ],
    },
    "fr": {
        "no_show": [
            "J'ai posé ma matinée, attendu de 8h à 13h et PERSONNE n'est venu. Pas un appel. L'appli affiche toujours 'en route'."
        ],
        "double_charge": [
            "Vous avez prélevé l'acompte de 90 € DEUX fois. Il me manque 180 € sur le compte."
        ],
        "damage": [
            "En abattant le pin une branche est tombée sur la clôture du voisin, elle est tordue. L'équipe est partie sans rien dire."
        ],
        "refund": [
            "Annulé il y a trois semaines et l'acompte n'est toujours pas revenu. À chaque fois '5 jours ouvrés'."
        ],
        "wrong_price": [
            "Je paie Chioma depuis un an et on m'a facturé le dessouchage plein tarif. À quoi sert l'abonnement ?"
        ],
        "cancel_fee": [
            "Décalé CINQ jours avant et 40 € de frais quand même. Votre site dit 48 heures !"
        ],
    },
}
CALL_OPEN = {
    "it": "sì pronto buongiorno chiamo per un problema",
    "pt": "sim olá bom dia ligo por causa de um problema",
    "de": "ja hallo guten Tag ich rufe an wegen einem Problem",
    "en": "yeah hi I'm ringing about a problem",
    "es": "sí hola buenos días llamo por un problema",
    "fr": "oui allô bonjour j'appelle pour un problème",
}
LONG_MAIL = {
    "it": [
        "Buongiorno,\n\nvi scrivo dal treno mentre torno dall'ospedale dove mia madre è ricoverata da una settimana, quindi scusate se sarò un po' disordinata. Da quando papà non c'è più mi occupo io della casa di campagna e del giardino, che per lei è tutto: il ciliegio l'aveva piantato lui.\n\n{complaint}\n\nVi ho scelti proprio perché non avevo tempo di seguire niente e mi serviva qualcuno di affidabile. Mi aspetto una risposta seria, non un messaggio automatico.\n\nCordiali saluti,\n{name}",
        "Salve,\n\nsono un cliente da due anni e vi ho sempre consigliato a tutti, anche ai colleghi di mio figlio. Scrivo dalla sala d'attesa del dentista, quindi vado al punto.\n\n{complaint}\n\nNon è da voi, per questo scrivo invece di lasciare una recensione. Aspetto notizie.\n\n{name}",
    ],
    "pt": [
        "Boa tarde,\n\nescrevo-vos do carro, à porta do treino de natação dos miúdos, porque é o único momento do dia em que tenho sossego. Estamos a arrumar a casa da minha avó para a vender e o quintal era a parte que mais me preocupava.\n\n{complaint}\n\nEscolhi-vos porque uma vizinha falou muito bem de vocês. Gostava de uma resposta de uma pessoa, não de um robô.\n\nCumprimentos,\n{name}",
        "Bom dia,\n\nsou cliente há mais de um ano e sempre fiquei bem servido. Escrevo no intervalo do trabalho, por isso vou direto ao assunto.\n\n{complaint}\n\nEspero que resolvam depressa, porque até agora não tinha razão de queixa.\n\n{name}",
    ],
}
AGENTS = {
    "it": ["Valentina", "Simone", "Ilaria"],
    "pt": ["Rita", "Pedro", "Joana"],
    "de": ["Miriam", "Jonas"],
    "en": ["Kirsty", "Liam"],
    "es": ["Alba", "Hugo"],
    "fr": ["Léa", "Hugo"],
}
CASE_OPENED = {
    "it": (
        "Segnalazione {case}",
        "Gentile {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e la ricontattiamo entro 48 ore. {agent} – {brand}",
    ),
    "pt": (
        "Pedido {case}",
        "Olá {first}, lamentamos muito. Abrimos o pedido {case} e voltamos a contactar em 48 horas. {agent} – {brand}",
    ),
    "de": (
        "Vorgang {case}",
        "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} eröffnet und melden uns in 48 Stunden. {agent} – {brand}",
    ),
    "en": (
        "Your case {case}",
        "Hi {first}, really sorry about this. We've opened case {case} and will be back to you within 48 hours. {agent} – {brand}",
    ),
    "es": (
        "Incidencia {case}",
        "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y te contestamos en 48 horas. {agent} – {brand}",
    ),
    "fr": (
        "Dossier {case}",
        "Bonjour {first}, toutes nos excuses. Nous avons ouvert le dossier {case} et revenons vers vous sous 48 heures. {agent} – {brand}",
    ),
}
CHAT_CASE = {
    "it": "Mi dispiace davvero. Ho aperto la segnalazione {case}, la seguo io.",
    "pt": "Lamento imenso. Abri o pedido {case}, fico eu a acompanhar.",
    "de": "Das tut mir leid. Ich habe den Vorgang {case} eröffnet und kümmere mich.",
    "en": "So sorry. I've opened case {case} and I'll keep an eye on it.",
    "es": "Lo siento mucho. He abierto la incidencia {case} y la sigo yo.",
    "fr": "Vraiment désolée. J'ai ouvert le dossier {case}, je le suis personnellement.",
}
GOOD_NEWS = {
    "it": (
        "R: Segnalazione {case}",
        "Buone notizie {first}: la segnalazione {case} è stata risolta da parte nostra. Può confermarci che per lei è tutto a posto? {agent}",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Boas notícias {first}: o pedido {case} está resolvido do nosso lado. Pode confirmar que está tudo bem? {agent}",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Gute Nachrichten, {first}: Vorgang {case} ist bei uns erledigt. Können Sie bestätigen, dass alles passt? {agent}",
    ),
    "en": (
        "Re: Your case {case}",
        "Good news {first}: case {case} is sorted on our side. Could you confirm it's all fine for you? {agent}",
    ),
    "es": (
        "RE: Incidencia {case}",
        "Buenas noticias {first}: la incidencia {case} está resuelta. ¿Nos confirmas que todo está bien? {agent}",
    ),
    "fr": (
        "RE : Dossier {case}",
        "Bonne nouvelle {first} : le dossier {case} est réglé de notre côté. Pouvez-vous confirmer que tout va bien ? {agent}",
    ),
}
QUALITY_LEAD = {
    "it": (
        "Segnalazione {case}",
        "Gentile {first}, la sua segnalazione {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}",
    ),
    "pt": (
        "Pedido {case}",
        "Olá {first}, o seu pedido {case} passou para a nossa responsável de qualidade, que lhe liga até sexta ao almoço. {agent}",
    ),
    "de": (
        "Vorgang {case}",
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie bis Freitagmittag an. {agent}",
    ),
    "en": (
        "Your case {case}",
        "Hi {first}, case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}",
    ),
    "es": (
        "Incidencia {case}",
        "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, te llamará antes del viernes a mediodía. {agent}",
    ),
    "fr": (
        "Dossier {case}",
        "Bonjour {first}, votre dossier {case} est entre les mains de notre responsable qualité, qui vous appelle avant vendredi midi. {agent}",
    ),
}
ADDED_URGENT = {
    "it": "L'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente.",
    "pt": "Juntei ao pedido {case} e marquei como urgente.",
    "de": "Ich habe es zu {case} hinzugefügt und als dringend markiert.",
    "en": "I've added this to case {case} and marked it urgent.",
    "es": "Lo he añadido a la incidencia {case} y la he marcado urgente.",
    "fr": "Je l'ai ajouté au dossier {case} et marqué urgent.",
}
CONFIRM = {
    "it": [
        "Confermo, la segnalazione {case} è risolta. Grazie",
        "Sì tutto a posto per {case}, grazie della pazienza",
    ],
    "pt": [
        "Confirmo, o pedido {case} ficou resolvido. Obrigada",
        "Tudo certo com o {case}, obrigado",
    ],
    "de": ["Bestätige, {case} ist erledigt. Danke"],
    "en": ["Confirmed, {case} is sorted. Thanks"],
    "es": ["Confirmo, {case} resuelta. Gracias"],
    "fr": ["Je confirme, {case} est réglé. Merci"],
}
APOLOGY = {
    "it": [
        "Scusate per i toni di ieri, ero fuori di me. Grazie per averlo sistemato",
        "Ieri ho esagerato, mi scuso. Apprezzo che abbiate risolto in fretta",
    ],
    "pt": [
        "Peço desculpa pela mensagem de ontem, estava furiosa. Obrigada por resolverem",
        "Ontem exagerei, desculpem. Obrigado pela rapidez",
    ],
    "de": ["Sorry für gestern, war sauer. Danke fürs schnelle Lösen"],
    "en": ["Sorry for yesterday's rant, was fuming. Thanks for sorting it"],
    "es": ["Perdón por lo de ayer, estaba muy enfadada. Gracias por arreglarlo"],
    "fr": ["Désolé pour hier, j'étais énervé. Merci d'avoir réglé ça"],
}
STILL_OPEN = {
    "it": [
        "Segnalazione {case}: ancora niente. {complaint_short} È ancora tutto aperto.",
        "Scrivo di nuovo per {case}, nessuna novità e il problema è sempre lì.",
    ],
    "pt": [
        "Pedido {case}: continua tudo igual. {complaint_short} Ainda está em aberto.",
        "Volto a escrever por causa do {case}, nada resolvido.",
    ],
    "de": ["Vorgang {case}: immer noch nichts. Das Problem ist weiter offen."],
    "en": ["Case {case}: still nothing. It's still open."],
    "es": ["Incidencia {case}: sigue igual, nada resuelto."],
    "fr": ["Dossier {case} : toujours rien, c'est toujours ouvert."],
}
THIRD = {
    "it": "Un collega usa {comp} e queste cose gliele risolvono in giornata.",
    "pt": "Um colega meu trabalha com a {comp} e lá resolvem isto no mesmo dia.",
    "de": "Ein Kollege lässt bei {comp} schneiden, die klären so was am selben Tag.",
    "en": "A mate uses {comp} and they sort this kind of thing same day.",
    "es": "Un compañero usa {comp} y eso se lo arreglan en el día.",
    "fr": "Un collègue passe par {comp}, eux règlent ça dans la journée.",
}
FOURTH = {
    "it": "È la QUARTA volta che scrivo per {case}.",
    "pt": "É a QUARTA vez que escrevo sobre o {case}.",
    "de": "Das ist das VIERTE Mal wegen {case}.",
    "en": "This is the FOURTH time about {case}.",
    "es": "Es la CUARTA vez que escribo por {case}.",
    "fr": "C'est la QUATRIÈME fois pour {case}.",
}
SLIDE = {
    "it": [
        "La squadra è arrivata con due ore di ritardo e senza avvisare. Pazienza, ma un messaggio costava poco",
        "Questa volta il taglio della siepe è venuto storto, da un lato più alta. Mai successo prima",
        "Ora per spostare un appuntamento bisogna chiamare, l'app non lo fa più. Che passo indietro",
        "Acconto raddoppiato e una settimana per restituirlo. {brand} non è più quella di una volta",
        "Mi hanno addebitato 35 € di 'smaltimento extra' per quattro rami. Sono senza parole",
        "Mia cognata usa {comp} da mesi, ho già prenotato con loro la potatura di sabato",
    ],
    "pt": [
        "A equipa chegou duas horas atrasada sem avisar. Enfim, mas uma mensagem não custava nada",
        "Desta vez a sebe ficou torta, mais alta de um lado. Nunca tinha acontecido",
        "Agora para remarcar é preciso ligar, a app já não deixa. Que retrocesso",
        "Sinal a dobrar e uma semana para devolver. A {brand} já não é o que era",
        "Cobraram-me 35 € de 'recolha extra' por quatro ramos. Nem sei o que dizer",
        "O meu cunhado usa a {comp} há meses, já marquei com eles a poda de sábado",
    ],
    "de": [
        "Team kam zwei Stunden zu spät, ohne Bescheid. Naja",
        "Hecke diesmal schief geschnitten, das gab's noch nie",
        "Umbuchen geht nur noch telefonisch, die App kann's nicht mehr",
        "Anzahlung verdoppelt und eine Woche bis zur Rückzahlung. {brand} ist nicht mehr, was es war",
        "35 € 'Entsorgungszuschlag' für vier Äste. Sprachlos",
        "Meine Schwägerin nimmt {comp}, ich habe den Samstag dort gebucht",
    ],
    "en": [
        "Crew two hours late, no text. Oh well",
        "Hedge cut wonky this time, never happened before",
        "Can only rebook by phone now, the app won't. Backwards",
        "Deposit doubled and a week to get it back. {brand} isn't what it was",
        "£30 'extra disposal' for four branches. Speechless",
        "My sister-in-law uses {comp}, booked Saturday with them",
    ],
    "es": [
        "El equipo llegó dos horas tarde sin avisar. En fin",
        "Esta vez el seto quedó torcido, nunca había pasado",
        "Ahora para cambiar cita hay que llamar, la app ya no deja",
        "Anticipo doble y una semana para devolverlo. {brand} ya no es lo que era",
        "35 € de 'retirada extra' por cuatro ramas. Sin palabras",
        "Mi cuñada usa {comp}, ya he reservado el sábado con ellos",
    ],
    "fr": [
        "Équipe deux heures en retard sans prévenir. Bon",
        "Haie taillée de travers cette fois, jamais vu",
        "On ne peut plus décaler que par téléphone, l'appli ne le fait plus",
        "Acompte doublé et une semaine pour le rendre. {brand} n'est plus ce que c'était",
        "35 € de 'évacuation supplémentaire' pour quatre branches. Sans voix",
        "Ma belle-sœur passe par {comp}, j'ai réservé samedi chez eux",
    ],
}
LEAVE = {
    "it": [
        (
            "Disdetta Chioma",
            "Buongiorno, abbiamo venduto la casa col giardino e ci trasferiamo in un appartamento in città. Vorrei disdire {plan} e chiudere l'account. Grazie di tutto, {name}",
        ),
        (
            "Chiusura account",
            "Salve, mio figlio ha comprato un tosasiepi e una motosega e ormai ci pensa lui. Voglio disdire {plan} e chiudere l'account. {name}",
        ),
    ],
    "pt": [
        (
            "Cancelar Chioma",
            "Bom dia, vendemos a moradia e vamos para um apartamento sem quintal. Quero cancelar o {plan} e fechar a conta. Obrigada por tudo, {name}",
        ),
        (
            "Fechar conta",
            "Olá, o meu genro comprou as máquinas todas e agora trata ele do quintal. Quero cancelar o {plan} e fechar a conta. {name}",
        ),
    ],
    "de": [
        (
            "Kündigung Chioma",
            "Guten Tag, wir ziehen in eine Wohnung ohne Garten. Ich möchte {plan} kündigen und das Konto schließen. {name}",
        )
    ],
    "en": [
        (
            "Cancel Chioma",
            "Hi, we've sold up and moved to a flat with no garden. Please cancel {plan} and close my account. {name}",
        )
    ],
    "es": [
        (
            "Baja Chioma",
            "Hola, nos mudamos a un piso sin jardín. Quiero dar de baja {plan} y cerrar la cuenta. {name}",
        )
    ],
    "fr": [
        (
            "Résiliation Chioma",
            "Bonjour, nous partons en appartement sans jardin. Je souhaite résilier {plan} et fermer mon compte. {name}",
        )
    ],
}
SORRY_GO = {
    "it": "Gentile {first}, ci dispiace vederla andare. Può disdire {plan} e chiudere l'account da sola nell'app o sul sito, in Profilo. {agent}",
    "pt": "Olá {first}, é pena vê-lo partir. Pode cancelar o {plan} e fechar a conta na app ou no site, em Perfil. {agent}",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können {plan} und das Konto selbst in der App oder auf der Website unter Profil kündigen. {agent}",
    "en": "Hi {first}, sorry to see you go. You can cancel {plan} and close the account yourself in the app or on the website, under Profile. {agent}",
    "es": "Hola {first}, sentimos que te vayas. Puedes dar de baja {plan} y cerrar la cuenta tú mismo en la app o la web, en Perfil. {agent}",
    "fr": "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier {plan} et fermer le compte dans l'appli ou sur le site, rubrique Profil. {agent}",
}
GRUMBLE = {
    "it": [
        "L'app mi fa rifare il login ogni volta, che fatica",
        "Il promemoria 'la squadra arriva domani' alle 6 del mattino anche no",
        "Mai una fascia oraria precisa, sempre 'mattina'",
        "Il preventivo cambia se lo riapri dopo un giorno, mah",
        "La squadra parcheggia davanti al passo carrabile del vicino, ogni volta",
    ],
    "pt": [
        "A app pede login sempre que a abro, que seca",
        "Mensagem 'a equipa chega amanhã' às 6 da manhã, a sério?",
        "Nunca dão uma hora certa, é sempre 'manhã'",
        "O orçamento muda se o abrir no dia seguinte, estranho",
        "A carrinha fica sempre a tapar a garagem do vizinho",
    ],
    "de": [
        "App loggt mich jedes Mal aus, nervig",
        "SMS um 6 Uhr früh, ehrlich?",
        "Nie ein genaues Zeitfenster, immer nur 'vormittags'",
    ],
    "en": [
        "App logs me out every single time",
        "Reminder text at 6am, really?",
        "Never a proper time slot, always 'morning'",
    ],
    "es": [
        "La app me saca de la sesión cada vez",
        "SMS a las 6 de la mañana, en serio",
        "Nunca una hora concreta, siempre 'mañana'",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois",
        "SMS à 6h du matin, sérieusement",
        "Jamais de créneau précis, toujours 'matin'",
    ],
}
SARCASM = {
    "it": [
        "Che bello, la 'squadra express' è arrivata alle 19:40, giusto in tempo per potare al buio 👏",
        "Siepe tagliata e tutte le foglie lasciate in regalo sul mio vialetto, che pensiero gentile 😂",
    ],
    "pt": [
        "Adorei, a 'equipa expresso' chegou às 19:40, mesmo a tempo de podar às escuras 👏",
        "Sebe cortada e as folhas todas de oferta na minha entrada, que simpático 😂",
    ],
    "de": ["Toll, das 'Express-Team' kam um 19:40, genau richtig zum Schneiden im Dunkeln 👏"],
    "en": ["Love that the 'express crew' rocked up at 7:40pm, perfect for pruning in the dark 👏"],
    "es": ["Qué maravilla, el 'equipo exprés' llegó a las 19:40, justo para podar a oscuras 👏"],
    "fr": ["Génial, 'l'équipe express' arrivée à 19h40, pile pour élaguer dans le noir 👏"],
}
MILD = {
    "it": [
        "la mappa delle zone servite mostra ancora la città sbagliata",
        "le notifiche mi arrivano in tedesco, si può cambiare?",
    ],
    "pt": [
        "o mapa das zonas mostra a cidade errada",
        "as notificações chegam em inglês, dá para mudar?",
    ],
    "de": ["Die Karte zeigt die falsche Stadt an"],
    "en": ["the coverage map shows the wrong town"],
    "es": ["el mapa de zonas muestra la ciudad equivocada"],
    "fr": ["la carte des zones affiche la mauvaise ville"],
}
MILD_ANSWER = {
    "it": "Grazie della segnalazione, lo passiamo al team dell'app.",
    "pt": "Obrigado pelo aviso, vamos passar à equipa da app.",
    "de": "Danke für den Hinweis, geben wir ans App-Team weiter.",
    "en": "Thanks for flagging, passing it to the app team.",
    "es": "Gracias por avisar, lo pasamos al equipo de la app.",
    "fr": "Merci du signalement, on transmet à l'équipe appli.",
}

# The spike: approving a quote in the app fails.
SPIKE_REPORT = {
    "it": [
        "Non riesco ad approvare il preventivo nell'app, esce l'errore {code} e la squadra arriva tra un'ora!",
        "App {brand}: premo 'Approva preventivo' e mi dà {code}. Cosa faccio?",
        "l'app si blocca sul pagamento dell'acconto, errore {code}, provato tre volte",
        "Errore {code} quando confermo la potatura, così perdo l'appuntamento di oggi",
    ],
    "pt": [
        "Não consigo aprovar o orçamento na app, dá erro {code} e a equipa chega daqui a uma hora!",
        "App da {brand}: carrego em 'Aprovar orçamento' e aparece {code}. E agora?",
        "a app fica presa no pagamento do sinal, erro {code}",
        "Erro {code} ao confirmar a poda, assim perco a marcação de hoje",
    ],
    "de": [
        "Angebot lässt sich in der App nicht freigeben, Fehler {code}, und das Team kommt gleich!"
    ],
    "en": ["Can't approve my quote in the app, keeps saying {code} and the crew's due in an hour"],
    "es": [
        "No puedo aprobar el presupuesto en la app, sale el error {code} y el equipo viene en una hora"
    ],
    "fr": [
        "Impossible de valider le devis dans l'appli, erreur {code}, et l'équipe arrive dans une heure !"
    ],
}
SPIKE_REPEAT = {
    "it": "Ancora {code}, anche dal telefono di mio marito. Non si riesce ad approvare niente",
    "pt": "Continua {code}, até no telemóvel da minha mulher. Não dá para aprovar nada",
    "de": "Immer noch {code}, auch am Handy meiner Frau",
    "en": "Still {code}, tried my wife's phone too",
    "es": "Sigue {code}, también desde el móvil de mi mujer",
    "fr": "Toujours {code}, même sur le téléphone de ma femme",
}
SPIKE_CHAT = {
    "it": "Sì, in questo momento l'approvazione dei preventivi non funziona per nessuno, i tecnici ci stanno lavorando. Le squadre aspettano.",
    "pt": "Sim, neste momento a aprovação de orçamentos falha para todos, a equipa técnica está a tratar. As equipas esperam.",
    "de": "Ja, Freigaben funktionieren gerade bei niemandem, die Technik ist dran. Die Teams warten.",
    "en": "Yes, quote approvals are failing for everyone right now, our engineers are on it. Crews will wait.",
    "es": "Sí, ahora mismo la aprobación de presupuestos falla para todos, los técnicos están en ello.",
    "fr": "Oui, la validation des devis échoue pour tout le monde en ce moment, nos techniciens s'en occupent.",
}
SPIKE_FIXED = {
    "it": (
        "Preventivi di nuovo attivi",
        "Gentile {first}, l'approvazione dei preventivi funziona di nuovo dalle {local}. Le abbiamo accreditato 15 € per il disagio. {agent}",
    ),
    "pt": (
        "Orçamentos a funcionar",
        "Olá {first}, a aprovação de orçamentos funciona de novo desde as {local}. Creditámos 15 € pelo incómodo. {agent}",
    ),
    "de": (
        "Freigaben gehen wieder",
        "Hallo {first}, Freigaben funktionieren seit {local} Uhr wieder. 15 € Gutschrift ist gebucht. {agent}",
    ),
    "en": (
        "Quote approvals working again",
        "Hi {first}, quote approvals work again since {local}. We've added a £13 credit. {agent}",
    ),
    "es": (
        "Presupuestos funcionando",
        "Hola {first}, la aprobación funciona otra vez desde las {local}. Te hemos abonado 15 €. {agent}",
    ),
    "fr": (
        "Validation rétablie",
        "Bonjour {first}, la validation des devis remarche depuis {local}. 15 € crédités sur votre compte. {agent}",
    ),
}
LONE_Q = {
    "it": (
        "ieri sera il tasto 'Approva preventivo' era grigio finché non ho aggiornato l'app, poi è andato. Domani funziona?",
        "Sì, era la versione vecchia dell'app: aggiornata funziona.",
    ),
    "pt": (
        "ontem o botão 'Aprovar orçamento' estava cinzento até atualizar a app, depois deu. Amanhã funciona?",
        "Sim, era a versão antiga da app; atualizada funciona.",
    ),
}

# Business arm (Arborelo Grounds): site kinds, problems, complaints.
SITES = (
    "school",
    "hotel",
    "municipality",
    "facilities",
    "golf club",
    "housing association",
    "campsite",
    "cemetery",
    "business park",
)
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT = {
    "it": {
        "invoice": "Le fatture di Arborelo Grounds arrivano senza numero d'ordine e con la ragione sociale vecchia, l'amministrazione le respinge tutte.",
        "service_blocked": "La squadra si è rifiutata di iniziare il lavoro dicendo 'conto bloccato', ma abbiamo pagato tutto il mese scorso.",
        "portal": "Il portale non mostra gli interventi programmati, non possiamo confermare né annullare nulla e il contratto corre.",
        "overbilled": "Ci fatturate ogni intervento a prezzo singolo invece della tariffa del contratto annuale.",
    },
    "pt": {
        "invoice": "As faturas da Arborelo Grounds vêm sem número de encomenda e com o nome antigo da empresa, a contabilidade devolve tudo.",
        "service_blocked": "A equipa recusou começar o trabalho a dizer 'conta bloqueada', mas pagámos tudo no mês passado.",
        "portal": "O portal não mostra as intervenções marcadas, não conseguimos confirmar nem cancelar nada.",
        "overbilled": "Estão a faturar cada intervenção a preço avulso em vez da tarifa do contrato anual.",
    },
    "de": {
        "invoice": "Die Rechnungen von Arborelo Grounds kommen ohne Bestellnummer und mit altem Firmennamen, die Buchhaltung weist alles zurück.",
        "service_blocked": "Das Team wollte nicht anfangen, 'Konto gesperrt', obwohl alles bezahlt ist.",
        "portal": "Das Portal zeigt keine geplanten Einsätze, wir können nichts bestätigen oder absagen.",
        "overbilled": "Sie berechnen jeden Einsatz einzeln statt zum Jahresvertragspreis.",
    },
    "en": {
        "invoice": "Arborelo Grounds invoices arrive with no PO number and our old company name, accounts bounce every one.",
        "service_blocked": "Your crew refused to start, 'account on stop', though we paid in full last month.",
        "portal": "The portal shows no scheduled visits, so we can't confirm or cancel anything.",
        "overbilled": "You're billing every visit at the one-off rate instead of our annual contract rate.",
    },
    "es": {
        "invoice": "Las facturas de Arborelo Grounds llegan sin número de pedido y con el nombre antiguo, contabilidad las rechaza.",
        "service_blocked": "El equipo se negó a empezar, 'cuenta bloqueada', y lo pagamos todo.",
        "portal": "El portal no muestra las visitas programadas, no podemos confirmar ni anular nada.",
        "overbilled": "Nos facturáis cada visita a precio suelto en vez de la tarifa del contrato anual.",
    },
    "fr": {
        "invoice": "Les factures Arborelo Grounds arrivent sans numéro de commande et avec l'ancien nom, la compta les rejette.",
        "service_blocked": "L'équipe a refusé de commencer, 'compte bloqué', alors que tout est payé.",
        "portal": "Le portail n'affiche aucune intervention prévue, impossible de confirmer ou d'annuler.",
        "overbilled": "Vous facturez chaque passage au tarif unitaire au lieu du tarif du contrat annuel.",
    },
}
B2B_ALSO = {
    "it": "Come le ha già scritto {other} {when}, segnalazione {case}: ",
    "pt": "Como a {other} já escreveu {when}, pedido {case}: ",
    "de": "Wie {other} schon {when} geschrieben hat, Vorgang {case}: ",
    "en": "As {other} already wrote {when}, case {case}: ",
    "es": "Como ya os escribió {other} {when}, incidencia {case}: ",
    "fr": "Comme {other} vous l'a écrit {when}, dossier {case} : ",
}
WHEN = {
    "it": ("stamattina", "ieri"),
    "pt": ("esta manhã", "ontem"),
    "de": ("heute Morgen", "gestern"),
    "en": ("this morning", "yesterday"),
    "es": ("esta mañana", "ayer"),
    "fr": ("ce matin", "hier"),
}
B2B_LAST_MAIL = {
    "it": "Segnalazione {case}: non è cambiato niente e ormai vi hanno scritto in quattro. L'ufficio acquisti ha già chiesto un'offerta a {comp}.",
    "pt": "Pedido {case}: nada mudou e já vos escrevemos vários. As compras já pediram orçamento à {comp}.",
    "de": "Vorgang {case}: nichts hat sich getan, mehrere Kollegen haben geschrieben. Der Einkauf hat bei {comp} angefragt.",
    "en": "Case {case}: nothing has changed and several of us have written. Procurement has asked {comp} for rates.",
    "es": "Incidencia {case}: nada ha cambiado y os hemos escrito varios. Compras ya pidió precios a {comp}.",
    "fr": "Dossier {case} : rien n'a changé et plusieurs collègues ont écrit. Les achats ont demandé un tarif à {comp}.",
}
B2B_LAST_CALL = {
    "it": "sì buongiorno chiamo per la segnalazione {case} non è ancora risolto niente ve l'hanno scritto anche i miei colleghi e il mio capo dice che se non si sistema questa settimana cambiamo fornitore",
    "pt": "sim bom dia ligo por causa do pedido {case} continua tudo por resolver os meus colegas também escreveram e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "de": "ja guten Tag es geht um den Vorgang {case} es ist immer noch nichts gelöst meine Kollegen haben auch geschrieben und mein Chef sagt wenn das diese Woche nicht klappt wechseln wir",
    "en": "yeah hi it's about case {case} still nothing sorted my colleagues have written too and my boss says if it's not fixed this week we move the account",
    "es": "sí hola llamo por la incidencia {case} sigue sin resolverse mis compañeros también escribieron y mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
    "fr": "oui bonjour c'est pour le dossier {case} toujours rien de réglé mes collègues ont écrit aussi et mon chef dit que si ce n'est pas réglé cette semaine on change de prestataire",
}
B2B_ACK = {
    "it": (
        "Segnalazione {case}",
        "Gentile {first}, abbiamo aperto la segnalazione {case} per {company} e la aggiorniamo entro due giorni lavorativi. {agent} – {arm}",
    ),
    "pt": (
        "Pedido {case}",
        "Olá {first}, abrimos o pedido {case} para a {company} e damos notícias em dois dias úteis. {agent} – {arm}",
    ),
    "de": (
        "Vorgang {case}",
        "Hallo {first}, wir haben den Vorgang {case} für {company} eröffnet und melden uns in zwei Werktagen. {agent} – {arm}",
    ),
    "en": (
        "Case {case}",
        "Hi {first}, we've opened case {case} for {company} and will update you within two working days. {agent} – {arm}",
    ),
    "es": (
        "Incidencia {case}",
        "Hola {first}, hemos abierto la incidencia {case} para {company} y te decimos algo en dos días laborables. {agent} – {arm}",
    ),
    "fr": (
        "Dossier {case}",
        "Bonjour {first}, nous avons ouvert le dossier {case} pour {company}, retour sous deux jours ouvrés. {agent} – {arm}",
    ),
}
B2B_SUGGEST = {
    "it": [
        "Sarebbe utile esportare i costi degli interventi per centro di costo.",
        "Potreste indicare nel rapportino la data dell'ultima ispezione di ogni albero?",
    ],
    "pt": [
        "Dava jeito exportar os custos por centro de custo.",
        "Podiam pôr no relatório a data da última inspeção de cada árvore?",
    ],
    "de": ["Ein Export der Kosten nach Kostenstelle wäre praktisch."],
    "en": ["Would be handy to export visit costs by cost centre."],
    "es": ["Sería útil exportar los costes por centro de coste."],
    "fr": ["Un export des coûts par centre de coût serait pratique."],
}
B2B_Q = {
    "it": (
        "Possiamo aggiungere il parco nord al contratto?",
        "Certo, lo aggiungo io, lo vede nel portale da domani.",
    ),
    "pt": (
        "Podemos acrescentar o jardim norte ao contrato?",
        "Claro, acrescento eu, aparece no portal a partir de amanhã.",
    ),
    "de": (
        "Können wir den Nordpark in den Vertrag aufnehmen?",
        "Klar, ich trage ihn ein, ab morgen im Portal.",
    ),
    "en": (
        "Can we add the north grounds to the contract?",
        "Sure, I'll add them, they'll show in the portal tomorrow.",
    ),
    "es": (
        "¿Podemos añadir el parque norte al contrato?",
        "Claro, lo añado yo, lo verás en el portal mañana.",
    ),
    "fr": (
        "On peut ajouter le parc nord au contrat ?",
        "Bien sûr, je l'ajoute, visible dans le portail demain.",
    ),
}
B2B_PRAISE = {
    "it": "Con {arm} i viali della scuola sono in ordine da due stagioni, squadre sempre puntuali.",
    "pt": "Com a {arm} os jardins do hotel estão impecáveis há dois anos.",
    "de": "Mit {arm} sind unsere Grünanlagen seit zwei Jahren tipptopp.",
    "en": "Two seasons with {arm}, grounds always tidy, crews on time.",
    "es": "Con {arm} los jardines están perfectos desde hace dos temporadas.",
    "fr": "Avec {arm} nos espaces verts sont impeccables depuis deux saisons.",
}
COMPANY_WORDS = {
    "it": ("Verde", "Servizi", "Gestioni", "Istituto"),
    "pt": ("Verde", "Serviços", "Gestão", "Colégio"),
    "de": ("Grün", "Dienste", "Verwaltung", "Schule"),
    "en": ("Green", "Services", "Estates", "Academy"),
    "es": ("Verde", "Servicios", "Gestión", "Colegio"),
    "fr": ("Vert", "Services", "Gestion", "Lycée"),
}
JOBS = (
    "Facilities Manager",
    "Office Manager",
    "Head Groundskeeper",
    "Procurement Officer",
    "Site Manager",
    "Bursar",
)
