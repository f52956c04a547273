# ruff: noqa: E501
"""Consumer wording for heldout67 (Fiscalto, household tax returns by app).

Written from the people's stories; English and Portuguese first.
"""

from __future__ import annotations

BRAND = "Fiscalto"
PLAN = "Fiscalto Casa"
RIVALS = ("Taxendo", "Declarix")

# (label, price in EUR, page)
PRODUCTS: list[tuple[str, int, str]] = [
    ("Income tax return, single / Declaração de IRS, individual", 89, "/returns/single"),
    ("Joint return, couple / Declaração conjunta", 129, "/returns/joint"),
    ("Fiscalto Casa, yearly plan / Plano Casa anual", 149, "/plans/casa"),
    ("Rental income add-on / Rendimentos prediais", 49, "/addons/rental"),
    ("Capital gains add-on / Mais-valias", 39, "/addons/capital-gains"),
    ("Video consultation 30 min / Videoconsulta 30 min", 35, "/advisers/video"),
    ("Pensioner return / Declaração de reformado", 59, "/returns/pension"),
]
PAGES = [
    "/refund-tracker",
    "/documents/checklist",
    "/tax-calendar",
    "/advisers",
    "/plans/casa",
    "/help/deductions",
    "/help/self-employed",
]

FIRST: dict[str, list[str]] = {
    "en": [
        "Gemma",
        "Darren",
        "Siobhan",
        "Callum",
        "Niamh",
        "Owen",
        "Kerry",
        "Rhys",
        "Aoife",
        "Stuart",
        "Hollie",
        "Declan",
        "Bethany",
        "Craig",
        "Fiona",
        "Liam",
        "Shona",
        "Gareth",
        "Maeve",
        "Ryan",
        "Leanne",
        "Ciaran",
        "Zoe",
        "Martin",
    ],
    "pt": [
        "Inês",
        "Rui",
        "Marta",
        "Tiago",
        "Joana",
        "Nuno",
        "Catarina",
        "Hugo",
        "Sofia",
        "Bruno",
        "Patrícia",
        "Filipe",
        "Rita",
        "Gonçalo",
        "Sandra",
        "Vasco",
        "Carla",
        "Diogo",
        "Helena",
        "Ricardo",
        "Ana",
        "Paulo",
        "Teresa",
        "Miguel",
    ],
    "es": [
        "Lorena",
        "Iker",
        "Marta",
        "Sergio",
        "Nerea",
        "Álvaro",
        "Rocío",
        "Jaime",
        "Aitana",
        "Rubén",
        "Pilar",
        "Óscar",
    ],
    "de": [
        "Anja",
        "Jens",
        "Katrin",
        "Tobias",
        "Silke",
        "Matthias",
        "Jana",
        "Florian",
        "Heike",
        "Dennis",
        "Birgit",
        "Lukas",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Aurélie",
        "Nicolas",
        "Manon",
        "Cédric",
        "Pauline",
        "Yannick",
        "Chloé",
        "Fabien",
    ],
    "it": [
        "Chiara",
        "Davide",
        "Federica",
        "Matteo",
        "Giulia",
        "Stefano",
        "Elisa",
        "Andrea",
        "Silvia",
        "Luca",
        "Valentina",
        "Simone",
    ],
}
LAST: dict[str, list[str]] = {
    "en": [
        "Hughes",
        "Walsh",
        "Barker",
        "McCarthy",
        "Pearce",
        "Doyle",
        "Fletcher",
        "Byrne",
        "Holt",
        "Kavanagh",
        "Price",
        "Murray",
        "Lowe",
        "Quinn",
        "Foster",
        "Nolan",
        "Rowe",
        "Brennan",
    ],
    "pt": [
        "Carvalho",
        "Sousa",
        "Fernandes",
        "Lopes",
        "Marques",
        "Pinto",
        "Ribeiro",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
        "Vieira",
        "Monteiro",
        "Cardoso",
        "Rocha",
        "Batista",
        "Faria",
    ],
    "es": [
        "Ibáñez",
        "Navarro",
        "Gallardo",
        "Cabrera",
        "Soler",
        "Delgado",
        "Pastor",
        "Rubio",
        "Vidal",
        "Herrero",
    ],
    "de": [
        "Krüger",
        "Hartmann",
        "Vogel",
        "Lehmann",
        "Busch",
        "Winkler",
        "Seidel",
        "Kuhn",
        "Brandl",
        "Lorenz",
    ],
    "fr": [
        "Girard",
        "Lemoine",
        "Faure",
        "Rousseau",
        "Mercier",
        "Perrin",
        "Gauthier",
        "Leroy",
        "Chevalier",
        "Masson",
    ],
    "it": [
        "Ferraro",
        "Marchetti",
        "Galli",
        "Barbieri",
        "Rinaldi",
        "Caruso",
        "Moretti",
        "Fontana",
        "De Luca",
        "Santoro",
    ],
}
JOBS: dict[str, list[str]] = {
    "en": [
        "nurse",
        "electrician",
        "primary teacher",
        "bus driver",
        "landlord with one flat",
        "freelance illustrator",
        "retired postman",
        "care worker",
        "plumber",
        "pharmacist",
    ],
    "pt": [
        "enfermeira",
        "professor",
        "cabeleireira",
        "motorista de TVDE",
        "contabilista reformado",
        "empregada de mesa",
        "engenheiro civil",
        "senhoria de um T1",
        "fisioterapeuta",
        "padeiro",
    ],
    "es": ["maestra", "autónomo fontanero", "enfermera", "camarero", "funcionaria", "taxista"],
    "de": [
        "Erzieherin",
        "Pendler und Schichtarbeiter",
        "Krankenpfleger",
        "Vermieterin",
        "Lehrer",
        "Rentnerin",
    ],
    "fr": ["infirmière", "chauffeur-livreur", "professeure", "artisan", "retraité", "vendeuse"],
    "it": ["insegnante", "infermiera", "idraulico", "commessa", "pensionato", "geometra"],
}
TOWNS: dict[str, list[str]] = {
    "UK": ["Leeds", "Swansea", "Norwich", "Stockport", "Derby", "Plymouth", "Glasgow"],
    "IE": ["Cork", "Galway", "Limerick", "Drogheda", "Dublin"],
    "PT": ["Braga", "Coimbra", "Setúbal", "Aveiro", "Faro", "Viseu", "Porto", "Almada"],
    "LU": ["Esch-sur-Alzette", "Differdange", "Luxembourg"],
    "CH": ["Lausanne", "Lugano", "Winterthur", "Fribourg"],
    "ES": ["Zaragoza", "Valladolid", "Alicante", "Gijón", "Murcia"],
    "DE": ["Bielefeld", "Kassel", "Leipzig", "Freiburg", "Essen"],
    "AT": ["Graz", "Linz", "Salzburg"],
    "FR": ["Angers", "Reims", "Limoges", "Toulon"],
    "BE": ["Liège", "Namur", "Charleroi"],
    "IT": ["Bergamo", "Padova", "Bari", "Modena", "Perugia"],
}

PRAISE: dict[str, list[str]] = {
    "en": [
        "Return done in about 20 mins of my time and the adviser spotted the uniform allowance I'd been missing for years. {brand} you legends",
        "Refund landed this morning, exactly what the tracker said it would be. Cheers {brand}",
        "Honestly never thought doing my tax could be this painless. Photographed the P60, answered 6 questions, done",
        "My adviser Priya explained the rental stuff like I was five and I mean that as a compliment. Thank you {brand}",
        "first year not doing my self assessment at midnight on 31 Jan. {brand} sorted it in February. amazing",
    ],
    "pt": [
        "IRS entregue sem sair do sofá e a consultora ainda encontrou as despesas de educação dos miúdos que eu nunca punha. Obrigada {brand}!",
        "Reembolso caiu hoje na conta, certinho como dizia o tracker 👌 {brand} top",
        "Melhor dinheiro que gasto no ano a sério. Nada de filas nas Finanças nem de ligar ao meu cunhado",
        "A minha mãe é reformada e tinha sempre medo do IRS, este ano tratei tudo com a {brand} pelo telemóvel dela. Ela ficou encantada",
        "Fotografei os recibos, respondi a meia dúzia de perguntas e pronto. Impecável {brand}",
    ],
    "es": [
        "Renta hecha y presentada, la asesora me encontró la deducción por alquiler que nunca me aplicaba. Genial {brand}",
        "Me ha salido a devolver y encima me lo explicaron todo clarito. Gracias {brand}",
    ],
    "de": [
        "Steuererklärung erledigt, die Beraterin hat die Pendlerpauschale endlich richtig angesetzt. Danke {brand}",
        "Erstattung schon da, genau wie angekündigt. Hätte nie gedacht dass Steuern so entspannt gehen",
    ],
    "fr": [
        "Déclaration faite en deux soirées, le conseiller m'a expliqué les frais réels sans jargon. Merci {brand}",
        "Remboursement reçu, pile le montant annoncé. Franchement bravo {brand}",
    ],
    "it": [
        "730 fatto e inviato, la consulente mi ha trovato le spese mediche che dimenticavo sempre. Grazie {brand}",
        "Rimborso arrivato, come previsto dall'app. Mai stato così facile",
    ],
}
AGAIN: dict[str, list[str]] = {
    "en": [
        "Third year with {brand} and again the refund was in before my mates had even started theirs",
        "Same adviser as last year again, she remembered the flat and everything. Love that",
    ],
    "pt": [
        "Terceiro ano seguido com a {brand} e mais uma vez tudo tratado antes do fim de abril",
        "Outra vez a mesma consultora do ano passado, já sabia tudo da casa e dos miúdos. Assim sim",
    ],
    "es": ["Tercer año con {brand} y otra vez todo perfecto"],
    "de": ["Schon wieder alles glatt gelaufen, drittes Jahr bei {brand}"],
    "fr": ["Encore une fois impeccable, troisième année avec {brand}"],
    "it": ["Terzo anno con {brand} e ancora una volta tutto liscio"],
}
GRIPE: dict[str, list[str]] = {
    "en": [
        "Really happy with my adviser, only gripe is the app's scanner keeps cropping the bottom line off receipts. Otherwise spot on",
        "Great service as always but why does the reminder come at 7am on a Sunday lol",
    ],
    "pt": [
        "Tudo ótimo, só o lembrete das 7h da manhã ao domingo é que dispensava 😅",
        "Serviço 5 estrelas, só acho que o chat podia ter alguém depois das 20h. De resto nada a apontar",
    ],
    "es": ["Muy contenta, solo que el chat tarda un poco por la tarde. Por lo demás genial"],
    "de": ["Sehr gut gelaufen, nur gibt's das PDF der Erklärung nur auf Englisch. Sonst top"],
    "fr": ["Très bien, juste dommage que la visio coupe parfois. Sinon rien à dire"],
    "it": [
        "Tutto bene, solo che l'app mi chiede di rifare l'accesso ogni volta. Per il resto ottimo"
    ],
}
# (question, agent answer, thanks)
CHAT_Q: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "hi do I need to send my P11D as well or just the P60?",
            "Hi! Both if you've got a company car or other benefits, just snap them in the app under Employment and your adviser picks them up.",
            "perfect ta",
        ),
        (
            "can my wife be added to my Casa plan halfway through the year",
            "Yes, any time: Plan > Household > Add person. No extra charge for a second adult.",
            "brilliant thanks",
        ),
        (
            "Hiya, I started doing a bit of dog walking on the side, does that need to go on?",
            "Hi! Yes, but there's a £1,000 trading allowance; tell your adviser roughly what you made and they'll check if it's even taxable.",
            "oh thats good to know, thanks",
        ),
    ],
    "pt": [
        (
            "boa tarde, as faturas da farmácia entram sozinhas ou tenho de as carregar?",
            "Boa tarde! Se estiverem no e-fatura entram sozinhas; as que faltarem pode fotografar na app em Despesas > Saúde.",
            "ok obg",
        ),
        (
            "o meu filho fez 18 anos, continua no meu agregado este ano",
            "Sim, se estudar e não tiver rendimentos acima do limite continua como dependente. A consultora confirma na revisão.",
            "muito obrigada!",
        ),
        (
            "Olá, recebi uma carta das Finanças sobre o IMI, vocês tratam disso também?",
            "Olá! O IMI não faz parte da declaração, mas no plano Casa a consultora pode ver a carta consigo numa videoconsulta sem custo.",
            "ah ótimo, vou marcar",
        ),
    ],
    "es": [
        (
            "hola, podemos hacer la conjunta si nos casamos en octubre?",
            "¡Hola! Sí, podéis elegir conjunta para todo el año; la asesora os calcula las dos opciones.",
            "genial gracias",
        )
    ],
    "de": [
        (
            "Hallo, kann ich die Handwerkerrechnung vom letzten Jahr noch angeben?",
            "Hallo! Nur im Jahr der Zahlung; wenn Sie 2025 bezahlt haben, gehört sie in die Erklärung 2025.",
            "ok danke",
        )
    ],
    "fr": [
        (
            "bonjour, je peux mettre les frais de garde de la petite ?",
            "Bonjour ! Oui, dans Dépenses > Enfants, avec l'attestation de la crèche.",
            "merci beaucoup",
        )
    ],
    "it": [
        (
            "ciao, le spese del veterinario si possono detrarre?",
            "Ciao! Sì, oltre la franchigia; carica le fatture in Spese > Altro e la consulente le inserisce.",
            "grazie mille",
        )
    ],
}
# (subject, question, agent answer)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "Question about pension contributions",
            "Hello, I pay into a private pension on top of the work one. Do I send you the annual statement or is that automatic? Thanks, {first}",
            "Hi {first}, please add the annual statement under Pensions in the app; higher-rate relief is claimed on the return, your adviser will include it. Kind regards, {agent}",
        ),
        (
            "moving to Ireland in autumn",
            "Hi there, we're moving to Cork in October. Can you still do my UK return next year? Cheers {first}",
            "Hi {first}, yes: we'll do your final UK return and can do your first Irish one too if you like. Best, {agent}",
        ),
    ],
    "pt": [
        (
            "Dúvida sobre rendas",
            "Bom dia, comecei a arrendar o T1 da minha avó em junho. Tenho de acrescentar alguma coisa ao plano? Obrigado, {first}",
            "Bom dia {first}, no plano Casa os rendimentos prediais já estão incluídos; basta carregar o contrato e os recibos de renda na app. Cumprimentos, {agent}",
        ),
        (
            "IRS Jovem",
            "Olá, tenho 26 anos e comecei a trabalhar o ano passado. Tenho direito ao IRS Jovem? Cumps {first}",
            "Olá {first}, muito provavelmente sim; a sua consultora aplica-o automaticamente se cumprir os requisitos e diz-lhe na revisão. Com os melhores cumprimentos, {agent}",
        ),
    ],
    "es": [
        (
            "Duda deducción vivienda",
            "Hola, compramos piso en 2012, ¿todavía puedo deducirme la hipoteca? Un saludo, {first}",
            "Hola {first}, sí, si la compra es anterior a 2013 mantiene la deducción; súbanos el certificado del banco. Saludos, {agent}",
        )
    ],
    "de": [
        (
            "Frage Arbeitszimmer",
            "Guten Tag, ich arbeite drei Tage im Homeoffice. Was muss ich hochladen? Grüße {first}",
            "Hallo {first}, die Homeoffice-Pauschale braucht keine Belege, nur die Anzahl der Tage; die Beraterin fragt Sie in der App danach. Viele Grüße, {agent}",
        )
    ],
    "fr": [
        (
            "Question dons",
            "Bonjour, j'ai fait des dons à une association, je vous envoie les reçus ? Cordialement, {first}",
            "Bonjour {first}, oui, ajoutez les reçus fiscaux dans Dépenses > Dons, la réduction sera calculée. Bien cordialement, {agent}",
        )
    ],
    "it": [
        (
            "Domanda bonus ristrutturazione",
            "Buongiorno, abbiamo rifatto il bagno l'anno scorso, va nel 730? Saluti, {first}",
            "Buongiorno {first}, sì, carichi le fatture e i bonifici parlanti nella sezione Casa. Cordiali saluti, {agent}",
        )
    ],
}
# (spoken question, agent's follow-up e-mail subject, text)
PHONE_Q: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "hi yeah I just wanted to check if my mum's return is done she's ninety one and she keeps asking me and I'm down as her contact",
            "Your mum's return",
            "Hi {first}, thanks for calling: your mum's return was filed on Tuesday and she's due a small refund. Kind regards, {agent}",
        ),
        (
            "hello I'm ringing because I sold some shares my dad left me and I don't know if that needs to go on my return",
            "Shares you inherited",
            "Hi {first}, as promised on the phone: yes, the sale goes on the return; add the capital gains add-on and the broker's statement. Best, {agent}",
        ),
    ],
    "pt": [
        (
            "olá boa tarde queria só saber se a declaração da minha mãe já foi entregue ela tem oitenta e oito anos e anda preocupada",
            "Declaração da sua mãe",
            "Boa tarde {first}, conforme falámos: a declaração da sua mãe foi entregue ontem e tem reembolso. Cumprimentos, {agent}",
        ),
        (
            "bom dia eu estou a recibos verdes desde março e queria saber se tenho de pagar segurança social ou se vocês tratam disso também",
            "Recibos verdes",
            "Bom dia {first}, como combinado ao telefone: no primeiro ano está isento; enviamos-lhe o lembrete quando chegar a altura. Cumprimentos, {agent}",
        ),
    ],
    "es": [
        (
            "hola buenas quería saber si ya está presentada la renta de mi madre que tiene ochenta y cinco años",
            "Renta de su madre",
            "Hola {first}, como hablamos: la renta de su madre está presentada y sale a devolver. Saludos, {agent}",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte nur fragen ob die Erklärung von meiner Mutter schon raus ist sie ist neunzig und fragt jeden Tag",
            "Erklärung Ihrer Mutter",
            "Hallo {first}, wie besprochen: die Erklärung Ihrer Mutter ist gestern übermittelt worden. Viele Grüße, {agent}",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si la déclaration de ma mère est partie elle a quatre-vingt-sept ans et elle s'inquiète",
            "Déclaration de votre mère",
            "Bonjour {first}, comme convenu : la déclaration de votre mère a été envoyée hier. Cordialement, {agent}",
        )
    ],
    "it": [
        (
            "sì buongiorno volevo sapere se il 730 di mia madre è stato inviato ha ottantanove anni e si preoccupa",
            "730 di sua madre",
            "Buongiorno {first}, come detto al telefono: il 730 di sua madre è stato inviato ieri. Cordiali saluti, {agent}",
        )
    ],
}
REVIEW: dict[str, list[str]] = {
    "en": [
        "Quick, clear, no jargon. Knocked a star off because the app logged me out twice",
        "Five stars. The adviser found £300 I didn't know I could claim",
    ],
    "pt": [
        "Rápido e sem complicações. Recomendo",
        "Cinco estrelas, a consultora foi de uma paciência enorme com as minhas dúvidas",
    ],
    "es": ["Rápido y claro, repetiré"],
    "de": ["Schnell, freundlich, verständlich erklärt"],
    "fr": ["Simple et efficace, je recommande"],
    "it": ["Veloce e chiaro, consigliato"],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "en": ["great", "easy", "👍", "", "so easy", ""],
    "pt": ["muito bom", "rápido", "👏", "", "excelente", ""],
    "es": ["genial", "", "👍"],
    "de": ["super", "", "👍"],
    "fr": ["parfait", "", "👍"],
    "it": ["ottimo", "", "👍"],
}
NIGHT_POST: dict[str, list[str]] = {
    "en": [
        "2am and I've finally photographed the last receipt from the shoebox. Thank you {brand} for that scanner",
        "night shift on the ward, did my whole return on my break. Didn't even need a coffee for it",
    ],
    "pt": [
        "3 da manhã, bebé acordado e eu a carregar recibos na app 🙃 pelo menos ficou feito",
        "Turno da noite na padaria e aproveitei a pausa para aprovar a declaração. {brand} não dorme e ainda bem",
    ],
    "es": ["Las 2 de la mañana y yo subiendo tickets a la app de {brand}. Por lo menos ya está"],
    "de": ["Nachtschicht und nebenbei die Steuer in der {brand} App freigegeben. Läuft"],
    "fr": ["2h du mat et je valide ma déclaration sur l'appli {brand}. Au moins c'est fait"],
    "it": ["Le 2 di notte e io carico gli scontrini sull'app {brand}. Almeno è fatta"],
}
NIGHT_CHAT: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "is there anyone on at this time? just want to know if I can approve the return before my adviser's looked at the dividends bit",
            "Hi, yes we're here: please wait, the approve button only turns on once your adviser has reviewed everything.",
            "ok makes sense ta",
        ),
        (
            "does the refund tracker update overnight or only in the day",
            "Hi! It checks with the tax office every few hours, day and night.",
            "cool thanks",
        ),
    ],
    "pt": [
        (
            "ainda está alguém? posso aprovar a declaração antes da consultora ver as rendas?",
            "Olá, estamos sim! Aguarde só: o botão de aprovar fica ativo depois da revisão da consultora.",
            "ok obrigada, boa noite",
        ),
        (
            "o tracker atualiza de noite ou só de dia?",
            "Olá! Consulta as Finanças de poucas em poucas horas, de dia e de noite.",
            "fixe obg",
        ),
    ],
    "es": [
        (
            "hay alguien a estas horas? puedo aprobar ya la renta?",
            "¡Hola! Sí: en cuanto la asesora la revise se activa el botón de aprobar.",
            "vale gracias",
        )
    ],
    "de": [
        (
            "ist um die Zeit noch jemand da? kann ich schon freigeben?",
            "Hallo, ja! Freigeben geht, sobald die Beraterin alles geprüft hat.",
            "ok danke",
        )
    ],
    "fr": [
        (
            "il y a quelqu'un à cette heure ? je peux valider ma déclaration ?",
            "Bonjour, oui ! Le bouton s'active dès que votre conseiller a tout vérifié.",
            "ok merci",
        )
    ],
    "it": [
        (
            "c'è qualcuno a quest'ora? posso già approvare il 730?",
            "Ciao, sì! Il pulsante si attiva appena la consulente ha controllato tutto.",
            "ok grazie",
        )
    ],
}

PROBLEMS = ["late", "double_charge", "wrong_return", "refund", "wrong_price", "no_show"]
TOPIC: dict[str, dict[str, str]] = {
    "en": {
        "late": "late filing penalty",
        "double_charge": "Casa plan charged twice",
        "wrong_return": "rental income left off my return",
        "refund": "refund sent to old bank account",
        "wrong_price": "Casa member charged full price",
        "no_show": "adviser never joined video call",
    },
    "pt": {
        "late": "coima por entrega fora de prazo",
        "double_charge": "plano Casa cobrado duas vezes",
        "wrong_return": "rendas esquecidas na declaração",
        "refund": "reembolso enviado para o IBAN antigo",
        "wrong_price": "cliente Casa cobrado a preço normal",
        "no_show": "consultora faltou à videoconsulta",
    },
    "es": {
        "late": "recargo por presentar fuera de plazo",
        "double_charge": "plan Casa cobrado dos veces",
        "wrong_return": "alquiler olvidado en la renta",
        "refund": "devolución a la cuenta antigua",
        "wrong_price": "socia Casa cobrada a precio normal",
        "no_show": "la asesora no se conectó",
    },
    "de": {
        "late": "Verspätungszuschlag",
        "double_charge": "Casa-Tarif doppelt abgebucht",
        "wrong_return": "Mieteinnahmen vergessen",
        "refund": "Erstattung aufs alte Konto",
        "wrong_price": "Casa-Kundin zum Normalpreis abgerechnet",
        "no_show": "Beraterin nicht zum Videotermin erschienen",
    },
    "fr": {
        "late": "majoration pour retard",
        "double_charge": "forfait Casa prélevé deux fois",
        "wrong_return": "loyers oubliés dans la déclaration",
        "refund": "remboursement sur l'ancien compte",
        "wrong_price": "abonnée Casa facturée plein tarif",
        "no_show": "conseiller absent à la visio",
    },
    "it": {
        "late": "sanzione per invio in ritardo",
        "double_charge": "piano Casa addebitato due volte",
        "wrong_return": "affitti dimenticati nel 730",
        "refund": "rimborso sul vecchio conto",
        "wrong_price": "cliente Casa pagata a prezzo pieno",
        "no_show": "consulente assente alla videochiamata",
    },
}
# written complaint: {fine} {fee} {fee2} are amounts in the market's money
SHORT: dict[str, dict[str, list[str]]] = {
    "en": {
        "late": [
            "You filed my return AFTER the deadline and now I've got a {fine} penalty letter. I sent everything in January!! Who pays this?",
            "penalty letter today for filing late. I uploaded my stuff in FEBRUARY. your job was to file it on time, that's literally what I pay you for",
        ],
        "double_charge": [
            "My Casa plan was taken TWICE this month, {fee} and {fee} again two days later. Rent goes out Friday, I need that back now",
            "why have I been charged twice for the same plan?? {fee} x2. not impressed",
        ],
        "wrong_return": [
            "My adviser left my rental income off the return even though I uploaded the tenancy agreement. Now the tax office wants the difference plus interest. Brilliant",
            "the tax office has sent a correction because YOUR adviser forgot my rent. I gave you every receipt. I want this fixed and the interest paid by you",
        ],
        "refund": [
            "My refund has gone to my OLD bank account. I changed it in the app in March, I have the screenshot. Still nothing 5 weeks on",
            "where is my refund. tracker says paid. paid to an account I closed in march because you never updated it",
        ],
        "wrong_price": [
            "I'm on Casa, it says joint return included, and you've charged me {fee2} for my husband's return on top. Explain please",
            "charged full price for my partner's return when we're both on the Casa plan?? that's the whole point of the plan",
        ],
        "no_show": [
            "Took the afternoon off work for my video call with the adviser and NOBODY joined. Sat there 40 minutes. Not even an email",
            "booked a video consultation, paid {fee2}, waited 45 mins looking at a spinning wheel. no adviser, no call, nothing",
        ],
    },
    "pt": {
        "late": [
            "Entregaram a minha declaração FORA DE PRAZO e agora tenho uma coima de {fine}. Eu carreguei tudo em abril!! Quem paga isto?",
            "recebi notificação das Finanças por atraso na entrega. mandei tudo em ABRIL. era só entregar a tempo, é para isso que vos pago",
        ],
        "double_charge": [
            "Cobraram-me o plano Casa DUAS vezes este mês, {fee} e outra vez {fee} dois dias depois. A renda sai sexta, quero o dinheiro de volta já",
            "porque é que fui cobrada duas vezes pelo mesmo plano?? {fee} x2. não pode ser",
        ],
        "wrong_return": [
            "A consultora esqueceu-se das rendas do T1 na declaração, apesar de eu ter carregado o contrato. Agora as Finanças querem a diferença e juros. Lindo",
            "as Finanças mandaram uma correção porque a VOSSA consultora se esqueceu das rendas. dei-vos todos os recibos. quero isto resolvido e os juros pagos por vocês",
        ],
        "refund": [
            "O meu reembolso foi para o IBAN ANTIGO. Mudei na app em março, tenho o print. 5 semanas e nada",
            "onde está o meu reembolso. o tracker diz pago. pago numa conta que fechei em março porque vocês nunca atualizaram o IBAN",
        ],
        "wrong_price": [
            "Sou cliente Casa, diz declaração conjunta incluída, e cobraram-me {fee2} pela declaração do meu marido. Expliquem-me isto por favor",
            "cobraram preço inteiro pela declaração da minha mulher quando estamos os dois no plano Casa?? então para que serve o plano",
        ],
        "no_show": [
            "Tirei a tarde no trabalho para a videoconsulta e NINGUÉM apareceu. 40 minutos à espera. Nem um email",
            "marquei videoconsulta, paguei {fee2}, fiquei 45 min a olhar para a rodinha. nem consultora nem chamada nem nada",
        ],
    },
    "es": {
        "late": [
            "Presentasteis mi renta FUERA DE PLAZO y ahora tengo un recargo de {fine}. Yo lo subí todo en abril!! Quién paga esto?"
        ],
        "double_charge": [
            "Me habéis cobrado el plan Casa DOS veces este mes, {fee} y otra vez {fee}. Quiero mi dinero ya"
        ],
        "wrong_return": [
            "La asesora se olvidó del alquiler del piso aunque subí el contrato. Ahora Hacienda me pide la diferencia con intereses"
        ],
        "refund": [
            "La devolución ha ido a mi cuenta ANTIGUA. La cambié en la app en marzo, tengo captura. 5 semanas y nada"
        ],
        "wrong_price": [
            "Soy socia Casa, pone declaración conjunta incluida, y me cobráis {fee2} por la de mi marido. Explicádmelo"
        ],
        "no_show": [
            "Pedí la tarde libre para la videollamada con la asesora y NO SE CONECTÓ NADIE. 40 minutos esperando"
        ],
    },
    "de": {
        "late": [
            "Ihr habt meine Erklärung ZU SPÄT abgegeben und jetzt hab ich {fine} Verspätungszuschlag. Ich hab alles im April hochgeladen!!"
        ],
        "double_charge": [
            "Der Casa-Tarif wurde ZWEIMAL abgebucht, {fee} und nochmal {fee}. Ich will das Geld sofort zurück"
        ],
        "wrong_return": [
            "Die Beraterin hat meine Mieteinnahmen vergessen obwohl der Mietvertrag hochgeladen war. Jetzt will das Finanzamt nachzahlen plus Zinsen"
        ],
        "refund": [
            "Meine Erstattung ging aufs ALTE Konto. Ich hab die IBAN im März in der App geändert, Screenshot hab ich. 5 Wochen nichts"
        ],
        "wrong_price": [
            "Ich bin Casa-Kundin, Zusammenveranlagung inklusive, und ihr berechnet {fee2} für die Erklärung meines Mannes. Bitte erklären"
        ],
        "no_show": [
            "Hab mir extra frei genommen für den Videotermin und es kam NIEMAND. 40 Minuten gewartet. Nicht mal eine Mail"
        ],
    },
    "fr": {
        "late": [
            "Vous avez déposé ma déclaration EN RETARD et j'ai une majoration de {fine}. J'avais tout envoyé en avril !!"
        ],
        "double_charge": [
            "Le forfait Casa a été prélevé DEUX fois, {fee} puis encore {fee}. Je veux être remboursée tout de suite"
        ],
        "wrong_return": [
            "Le conseiller a oublié mes loyers alors que j'avais envoyé le bail. Les impôts me réclament la différence avec intérêts"
        ],
        "refund": [
            "Mon remboursement est parti sur mon ANCIEN compte. J'ai changé l'IBAN dans l'appli en mars, j'ai la capture. 5 semaines et rien"
        ],
        "wrong_price": [
            "Je suis abonnée Casa, déclaration commune incluse, et vous me facturez {fee2} pour celle de mon mari. Expliquez-moi"
        ],
        "no_show": [
            "J'ai posé mon après-midi pour la visio et PERSONNE ne s'est connecté. 40 minutes d'attente. Même pas un mail"
        ],
    },
    "it": {
        "late": [
            "Avete inviato il mio 730 IN RITARDO e ora ho una sanzione di {fine}. Avevo caricato tutto ad aprile!!"
        ],
        "double_charge": [
            "Mi avete addebitato il piano Casa DUE volte, {fee} e poi ancora {fee}. Rivoglio i soldi subito"
        ],
        "wrong_return": [
            "La consulente ha dimenticato gli affitti anche se avevo caricato il contratto. Ora l'Agenzia vuole la differenza con gli interessi"
        ],
        "refund": [
            "Il rimborso è andato sul conto VECCHIO. Ho cambiato l'IBAN nell'app a marzo, ho lo screenshot. 5 settimane e niente"
        ],
        "wrong_price": [
            "Sono cliente Casa, dichiarazione congiunta inclusa, e mi addebitate {fee2} per quella di mio marito. Spiegatemi"
        ],
        "no_show": [
            "Ho preso il pomeriggio libero per la videochiamata e NON SI È COLLEGATO NESSUNO. 40 minuti ad aspettare"
        ],
    },
}
SPOKEN: dict[str, dict[str, str]] = {
    "en": {
        "late": "yeah hi I've had a letter from the tax office with a {fine} late filing penalty and I sent you everything back in January so I need to know why it went in late and who's paying it",
        "double_charge": "hi I've just looked at my banking app and you've taken the Casa plan twice {fee} and then {fee} again and my rent's due so I need one of them back today please",
        "wrong_return": "hello I'm calling because the tax office have written to say my rental income wasn't declared and I definitely uploaded the tenancy agreement so your adviser's missed it and now there's interest",
        "refund": "hi my refund's gone to my old account the one I closed I changed the details in the app in March and the tracker says paid so where's my money",
        "wrong_price": "hi I'm on the Casa plan and I've been charged {fee2} for my partner's return which is supposed to be included can you sort that",
        "no_show": "hiya I had a video call booked with my adviser at two and nobody came on I waited forty minutes I'd taken the afternoon off work for it",
    },
    "pt": {
        "late": "boa tarde recebi uma notificação das Finanças com uma coima de {fine} por entrega fora de prazo e eu mandei tudo em abril quero saber porque é que foi entregue atrasada e quem paga isto",
        "double_charge": "olá estou a ver a app do banco e cobraram o plano Casa duas vezes {fee} e depois outra vez {fee} e a renda sai esta semana preciso que devolvam hoje",
        "wrong_return": "bom dia estou a ligar porque as Finanças dizem que as rendas do meu apartamento não foram declaradas e eu carreguei o contrato a consultora esqueceu-se e agora há juros",
        "refund": "olá o meu reembolso foi para a conta antiga a que fechei eu mudei o IBAN na app em março e o tracker diz pago então onde está o meu dinheiro",
        "wrong_price": "boa tarde eu tenho o plano Casa e cobraram-me {fee2} pela declaração do meu marido que devia estar incluída podem ver isso",
        "no_show": "olá eu tinha videoconsulta marcada às duas e ninguém apareceu fiquei quarenta minutos à espera tirei a tarde no trabalho para isto",
    },
    "es": {
        "late": "hola buenas me ha llegado un recargo de {fine} de Hacienda por presentar fuera de plazo y yo lo subí todo en abril quiero saber quién paga esto",
        "double_charge": "hola me habéis cobrado el plan Casa dos veces {fee} y otra vez {fee} y necesito que me lo devolváis hoy",
        "wrong_return": "hola llamo porque Hacienda dice que no declaré el alquiler y yo subí el contrato la asesora se lo olvidó y ahora hay intereses",
        "refund": "hola la devolución ha ido a mi cuenta antigua la que cerré y la cambié en la app en marzo",
        "wrong_price": "hola tengo el plan Casa y me habéis cobrado {fee2} por la declaración de mi marido que va incluida",
        "no_show": "hola tenía videollamada a las cuatro y no se conectó nadie estuve cuarenta minutos esperando",
    },
    "de": {
        "late": "ja hallo ich hab vom Finanzamt {fine} Verspätungszuschlag bekommen und ich hab alles im April hochgeladen wer zahlt das jetzt",
        "double_charge": "hallo ihr habt den Casa Tarif zweimal abgebucht {fee} und nochmal {fee} ich brauch das Geld zurück",
        "wrong_return": "hallo das Finanzamt sagt meine Mieteinnahmen fehlen und ich hab den Mietvertrag hochgeladen jetzt gibt es Zinsen",
        "refund": "hallo meine Erstattung ist aufs alte Konto gegangen das ich im März in der App geändert habe",
        "wrong_price": "hallo ich hab Casa und ihr habt {fee2} für die Erklärung von meinem Mann berechnet die ist doch inklusive",
        "no_show": "hallo ich hatte um vierzehn Uhr den Videotermin und es kam niemand ich hab vierzig Minuten gewartet",
    },
    "fr": {
        "late": "oui bonjour j'ai reçu une majoration de {fine} pour retard alors que j'avais tout envoyé en avril je veux savoir qui paie",
        "double_charge": "bonjour vous avez prélevé le forfait Casa deux fois {fee} et encore {fee} il me le faut aujourd'hui",
        "wrong_return": "bonjour les impôts disent que mes loyers n'ont pas été déclarés alors que j'avais envoyé le bail et maintenant il y a des intérêts",
        "refund": "bonjour mon remboursement est parti sur l'ancien compte que j'avais changé en mars dans l'appli",
        "wrong_price": "bonjour j'ai le forfait Casa et vous m'avez facturé {fee2} pour la déclaration de mon mari qui est incluse",
        "no_show": "bonjour j'avais une visio à quatorze heures et personne ne s'est connecté j'ai attendu quarante minutes",
    },
    "it": {
        "late": "sì buongiorno mi è arrivata una sanzione di {fine} per invio in ritardo e io avevo caricato tutto ad aprile chi paga",
        "double_charge": "buongiorno mi avete addebitato il piano Casa due volte {fee} e ancora {fee} mi servono indietro oggi",
        "wrong_return": "buongiorno l'Agenzia dice che gli affitti non sono stati dichiarati e io avevo caricato il contratto ora ci sono gli interessi",
        "refund": "buongiorno il rimborso è andato sul conto vecchio che avevo cambiato a marzo nell'app",
        "wrong_price": "buongiorno ho il piano Casa e mi avete addebitato {fee2} per la dichiarazione di mio marito che è inclusa",
        "no_show": "buongiorno avevo la videochiamata alle quattordici e non si è collegato nessuno ho aspettato quaranta minuti",
    },
}
COMPLAINT_SUBJECT = {
    "en": "Complaint: {topic}",
    "pt": "Reclamação: {topic}",
    "es": "Reclamación: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
}
CASE_SUBJECT = {
    "en": "Re: Your case {case}",
    "pt": "RE: Processo {case}",
    "es": "RE: Incidencia {case}",
    "de": "AW: Vorgang {case}",
    "fr": "RE : Dossier {case}",
    "it": "R: Pratica {case}",
}
GREET = {
    "en": "Hi,",
    "pt": "Olá,",
    "es": "Hola,",
    "de": "Hallo,",
    "fr": "Bonjour,",
    "it": "Buongiorno,",
}
SIGN = {
    "en": "{first}",
    "pt": "{first}",
    "es": "{first}",
    "de": "{first} {last}",
    "fr": "{first} {last}",
    "it": "{first}",
}

# Long letters, the complaint inside: (subject, text) with {core}
LONG: dict[str, list[str]] = {
    "en": [
        "Dear Fiscalto,\n\nI'm writing this from the car park at the Royal Infirmary, my dad had his knee done this morning and I've got an hour before they let me back in, so forgive the typos.\n\nI've been with you three years and recommended you to half my street, which is partly why I'm so cross. {core}\n\nI've got my dad to look after, two kids and a job, and the one thing I thought I didn't have to worry about this year was my tax. I'd like someone to ring me, not a chatbot, and tell me what happens now.\n\nRegards,\n{first} {last}",
        "Hello,\n\nBit of a long one sorry. We've just moved into my late nan's house and I'm doing it up in the evenings, so I'm typing this on my phone sat on a paint tin.\n\n{core}\n\nI'm not someone who complains. I actually left you a five star review last year. But I honestly don't know how this happened when I did everything the app asked, in the order it asked, with weeks to spare. Please look at my file properly and come back to me this week.\n\nThanks,\n{first}",
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo-vos da sala de espera do centro de saúde, a minha sogra foi operada à anca e sou eu que a trago às consultas, por isso desculpem algum erro.\n\nSou cliente há três anos e já vos recomendei a meio escritório, e é por isso que estou tão chateada. {core}\n\nTenho a minha sogra, dois filhos e um trabalho a tempo inteiro, e a única coisa com que achava que não tinha de me preocupar este ano era o IRS. Quero que alguém me ligue, uma pessoa, e me explique o que acontece agora.\n\nCumprimentos,\n{first} {last}",
        "Olá,\n\nDesculpem o testamento. Estou a escrever da bancada do mercado entre clientes, ao sábado é sempre assim, por isso vai aos bocados.\n\n{core}\n\nNão sou pessoa de reclamar, até vos dei cinco estrelas o ano passado. Mas não percebo como é que isto aconteceu quando fiz tudo o que a app pediu, pela ordem que pediu, com semanas de antecedência. Vejam o meu processo com atenção e respondam-me esta semana por favor.\n\nObrigado,\n{first}",
    ],
}

CASE_OPENED: dict[str, str] = {
    "en": "Hi {first}, I'm really sorry about this. I've opened case {case} and a senior adviser is looking at it today; we'll update you by e-mail. {agent}, Fiscalto support",
    "pt": "Olá {first}, lamentamos muito. Abrimos o processo {case} e uma consultora sénior está a analisá-lo hoje; damos notícias por email. {agent}, apoio Fiscalto",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y una asesora sénior la revisa hoy. {agent}, soporte Fiscalto",
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt, eine erfahrene Beraterin schaut sich das heute an. {agent}, Fiscalto Support",
    "fr": "Bonjour {first}, nous sommes désolés. Nous avons ouvert le dossier {case}, une conseillère senior s'en occupe aujourd'hui. {agent}, support Fiscalto",
    "it": "Buongiorno {first}, ci dispiace molto. Abbiamo aperto la pratica {case}, una consulente senior la esamina oggi. {agent}, assistenza Fiscalto",
}
CHAT_CASE: dict[str, str] = {
    "en": "I'm so sorry {first}, that shouldn't have happened. I've opened case {case} and passed it to a senior adviser, you'll hear from us by e-mail today.",
    "pt": "Lamento imenso {first}, não devia ter acontecido. Abri o processo {case} e passei a uma consultora sénior, recebe notícias por email hoje.",
    "es": "Lo siento mucho {first}. He abierto la incidencia {case} y la he pasado a una asesora sénior.",
    "de": "Das tut mir sehr leid {first}. Ich habe den Vorgang {case} angelegt und an eine erfahrene Beraterin gegeben.",
    "fr": "Je suis vraiment désolée {first}. J'ai ouvert le dossier {case} et l'ai transmis à une conseillère senior.",
    "it": "Mi dispiace molto {first}. Ho aperto la pratica {case} e l'ho passata a una consulente senior.",
}
GOOD_NEWS: dict[str, str] = {
    "en": "Hi {first}, good news on case {case}: {fix}. Could you confirm on your side when you get a moment? {agent}",
    "pt": "Olá {first}, boas notícias sobre o processo {case}: {fix}. Pode confirmar do seu lado quando puder? {agent}",
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: {fix}. ¿Nos lo confirmas cuando puedas? {agent}",
    "de": "Hallo {first}, gute Nachrichten zu Vorgang {case}: {fix}. Können Sie das kurz bestätigen? {agent}",
    "fr": "Bonjour {first}, bonne nouvelle pour le dossier {case} : {fix}. Pouvez-vous confirmer de votre côté ? {agent}",
    "it": "Buongiorno {first}, buone notizie sulla pratica {case}: {fix}. Può confermarci quando può? {agent}",
}
FIX: dict[str, dict[str, str]] = {
    "en": {
        "late": "we've paid the penalty to the tax office ourselves and you'll see the letter cancelled",
        "double_charge": "the second payment has been refunded today",
        "wrong_return": "the corrected return is filed and we've paid the interest",
        "refund": "the tax office has reissued the refund to your new account",
        "wrong_price": "the extra charge is refunded",
        "no_show": "the consultation fee is refunded and your adviser has a new slot for you",
    },
    "pt": {
        "late": "pagámos nós a coima às Finanças e vai ver a notificação anulada",
        "double_charge": "o segundo pagamento foi devolvido hoje",
        "wrong_return": "a declaração de substituição foi entregue e pagámos os juros",
        "refund": "as Finanças reemitiram o reembolso para o IBAN novo",
        "wrong_price": "o valor a mais foi devolvido",
        "no_show": "a videoconsulta foi reembolsada e a consultora tem uma nova hora para si",
    },
    "es": {
        "late": "hemos pagado nosotros el recargo",
        "double_charge": "el segundo cargo está devuelto",
        "wrong_return": "la complementaria está presentada y pagamos los intereses",
        "refund": "Hacienda ha reenviado la devolución a la cuenta nueva",
        "wrong_price": "el cargo extra está devuelto",
        "no_show": "la consulta está reembolsada y hay nueva cita",
    },
    "de": {
        "late": "wir haben den Zuschlag selbst bezahlt",
        "double_charge": "die zweite Abbuchung ist erstattet",
        "wrong_return": "die berichtigte Erklärung ist abgegeben, die Zinsen übernehmen wir",
        "refund": "das Finanzamt überweist die Erstattung aufs neue Konto",
        "wrong_price": "der Aufpreis ist erstattet",
        "no_show": "der Termin ist erstattet und es gibt einen neuen",
    },
    "fr": {
        "late": "nous avons payé la majoration nous-mêmes",
        "double_charge": "le second prélèvement est remboursé",
        "wrong_return": "la déclaration rectificative est déposée, nous payons les intérêts",
        "refund": "les impôts ont renvoyé le remboursement sur le nouveau compte",
        "wrong_price": "le supplément est remboursé",
        "no_show": "la visio est remboursée et un nouveau créneau vous attend",
    },
    "it": {
        "late": "abbiamo pagato noi la sanzione",
        "double_charge": "il secondo addebito è rimborsato",
        "wrong_return": "il 730 integrativo è inviato e gli interessi li paghiamo noi",
        "refund": "l'Agenzia ha riemesso il rimborso sul nuovo conto",
        "wrong_price": "il sovrapprezzo è rimborsato",
        "no_show": "la videochiamata è rimborsata e c'è un nuovo appuntamento",
    },
}
CONFIRM: dict[str, str] = {
    "en": "Yes all sorted on {case}, can see it now. Thanks for fixing it",
    "pt": "Sim, confirmo o processo {case}, já está tudo certo. Obrigada por resolverem",
    "es": "Confirmado lo de {case}, ya está todo bien. Gracias",
    "de": "Bestätigt, Vorgang {case} ist erledigt. Danke",
    "fr": "C'est bon pour le dossier {case}, tout est en ordre. Merci",
    "it": "Confermo, la pratica {case} è a posto. Grazie",
}
APOLOGY: dict[str, str] = {
    "en": "Hi, sorry for the shouty message yesterday, it had been a long day. Thanks for sorting it so quickly",
    "pt": "Olá, desculpem a mensagem de ontem, estava mesmo de cabeça perdida. Obrigada por resolverem tão depressa",
    "es": "Perdón por el mensaje de ayer, iba con el día torcido. Gracias por resolverlo tan rápido",
    "de": "Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs schnelle Lösen",
    "fr": "Désolée pour mon message d'hier, journée difficile. Merci d'avoir réglé ça si vite",
    "it": "Scusate per il messaggio di ieri, giornata pesante. Grazie per aver risolto così in fretta",
}
QUALITY_LEAD: dict[str, str] = {
    "en": "Hi {first}, your case {case} is now with our quality lead, Harriet, who will call you before Friday lunchtime. {agent}",
    "pt": "Olá {first}, o seu processo {case} está agora com a nossa responsável de qualidade, a Dra. Luísa, que lhe liga antes de sexta à hora de almoço. {agent}",
    "es": "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, die Sie bis Freitagmittag anruft. {agent}",
    "fr": "Bonjour {first}, votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi. {agent}",
    "it": "Buongiorno {first}, la pratica {case} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}",
}
URGENT: dict[str, str] = {
    "en": "I've added this to case {case} and marked it urgent, I'm sorry it's still not sorted.",
    "pt": "Acrescentei ao processo {case} e marquei como urgente, lamento que ainda não esteja resolvido.",
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente.",
    "de": "Ich habe das zum Vorgang {case} hinzugefügt und als dringend markiert.",
    "fr": "J'ai ajouté ceci au dossier {case} et l'ai marqué urgent.",
    "it": "Ho aggiunto tutto alla pratica {case} e l'ho segnata come urgente.",
}
# later contacts of a repeat contact
AGAIN_OPEN: dict[str, list[str]] = {
    "en": [
        "Case {case} - still not sorted. {short}",
        "Writing again about {case}. Nobody has come back to me and it's still the same. {short}",
        "{case}: still open, still waiting. I was told someone would look at it",
    ],
    "pt": [
        "Processo {case} - continua por resolver. {short}",
        "Volto a escrever sobre o {case}. Ninguém me respondeu e está tudo igual. {short}",
        "{case}: continua aberto, continuo à espera. Disseram que alguém ia ver",
    ],
    "es": ["Incidencia {case}: sigue sin resolver. {short}"],
    "de": ["Vorgang {case}: immer noch nicht gelöst. {short}"],
    "fr": ["Dossier {case} : toujours pas réglé. {short}"],
    "it": ["Pratica {case}: ancora niente. {short}"],
}
THIRD: dict[str, list[str]] = {
    "en": [
        "Third time I'm writing about {case}. A mate at work uses {rival} and they sorted the same thing for him in a day.",
        "Third message on {case}. I've had a look at what {rival} charge and honestly.",
    ],
    "pt": [
        "Terceira vez que escrevo sobre o {case}. Uma colega usa a {rival} e resolveram-lhe o mesmo num dia.",
        "Terceira mensagem sobre o {case}. Já fui ver quanto cobra a {rival}.",
    ],
    "es": [
        "Tercera vez que escribo por {case}. Un compañero está con {rival} y se lo arreglaron en un día."
    ],
    "de": [
        "Zum dritten Mal wegen {case}. Ein Kollege ist bei {rival}, da war das an einem Tag erledigt."
    ],
    "fr": [
        "Troisième fois que j'écris pour {case}. Un collègue est chez {rival}, réglé en une journée."
    ],
    "it": [
        "Terza volta che scrivo per {case}. Un collega usa {rival} e gliel'hanno sistemato in un giorno."
    ],
}
FOURTH: dict[str, str] = {
    "en": "This is the FOURTH time about {case}. Still nothing. {short}",
    "pt": "É a QUARTA vez sobre o {case}. Continua tudo igual. {short}",
    "es": "Es la CUARTA vez por {case}. Nada. {short}",
    "de": "Das ist das VIERTE Mal wegen {case}. Nichts passiert. {short}",
    "fr": "C'est la QUATRIÈME fois pour {case}. Rien. {short}",
    "it": "È la QUARTA volta per {case}. Niente. {short}",
}
SPOKEN_AGAIN: dict[str, str] = {
    "en": "hi it's about case {case} again it's still not sorted {spoken}",
    "pt": "olá é outra vez sobre o processo {case} continua por resolver {spoken}",
    "es": "hola otra vez por la incidencia {case} sigue igual {spoken}",
    "de": "hallo nochmal wegen Vorgang {case} ist immer noch nicht gelöst {spoken}",
    "fr": "bonjour c'est encore pour le dossier {case} toujours rien {spoken}",
    "it": "buongiorno di nuovo per la pratica {case} ancora niente {spoken}",
}

# six steps of a slide, the last names a rival
SLIDE: dict[str, list[list[str]]] = {
    "en": [
        [
            "Bit disappointed, asked my adviser a simple question on Monday and got an answer on Friday",
            "The document checklist has now asked me for the same payslip three times. I uploaded it. Three times",
            "Video call moved by them. Twice. I'd rearranged my shifts both times",
            "Refund estimate just dropped by £260 overnight and nobody can tell me why",
            "Now there's a £35 'priority review' fee on my account that I never asked for. Genuinely furious",
            "My sister does hers with {rival} and I've sent my papers there this year. Done waiting",
        ],
    ],
    "pt": [
        [
            "Um bocado desiludida, fiz uma pergunta simples à consultora na segunda e só tive resposta na sexta",
            "A lista de documentos já me pediu o mesmo recibo de vencimento três vezes. Eu carreguei. Três vezes",
            "Videoconsulta adiada por eles. Duas vezes. Troquei o turno as duas vezes",
            "A estimativa de reembolso baixou 300 € de um dia para o outro e ninguém sabe explicar",
            "Agora aparece uma taxa de 'revisão prioritária' de 40 € que eu nunca pedi. Estou furiosa",
            "A minha irmã faz o IRS com a {rival} e este ano mandei os papéis para lá. Chega",
        ],
    ],
    "es": [
        [
            "Un poco decepcionada, pregunté algo sencillo el lunes y me contestaron el viernes",
            "La lista de documentos me ha pedido la misma nómina tres veces",
            "Me han cambiado la videollamada dos veces, y yo cambiando turnos",
            "La estimación de devolución ha bajado 300 € de un día para otro sin explicación",
            "Ahora un cargo de 40 € por 'revisión prioritaria' que nunca pedí. Estoy que echo humo",
            "Mi hermana la hace con {rival} y este año les he mandado mis papeles. Se acabó",
        ]
    ],
    "de": [
        [
            "Etwas enttäuscht, einfache Frage am Montag gestellt, Antwort am Freitag",
            "Die Checkliste will jetzt zum dritten Mal dieselbe Gehaltsabrechnung",
            "Videotermin zweimal von euch verschoben, ich hab jedes Mal Schichten getauscht",
            "Die geschätzte Erstattung ist über Nacht um 300 € gefallen und keiner kann's erklären",
            "Jetzt eine 'Prioritätsprüfung' für 40 € die ich nie bestellt habe. Ich bin stinksauer",
            "Meine Schwester macht's mit {rival}, ich hab meine Unterlagen dieses Jahr dorthin geschickt",
        ]
    ],
    "fr": [
        [
            "Un peu déçue, question simple lundi, réponse vendredi",
            "La liste des documents me redemande la même fiche de paie pour la troisième fois",
            "Visio déplacée deux fois par vous, j'avais changé mes horaires",
            "L'estimation du remboursement a baissé de 300 € en une nuit sans explication",
            "Maintenant des frais de 'révision prioritaire' de 40 € que je n'ai jamais demandés. Furieuse",
            "Ma sœur passe par {rival}, cette année j'ai envoyé mes papiers chez eux",
        ]
    ],
    "it": [
        [
            "Un po' delusa, domanda semplice lunedì, risposta venerdì",
            "La lista documenti mi chiede per la terza volta la stessa busta paga",
            "Videochiamata spostata da voi due volte, e io a cambiare turni",
            "La stima del rimborso è scesa di 300 € in una notte senza spiegazioni",
            "Ora un addebito di 40 € per 'revisione prioritaria' mai chiesta. Sono furiosa",
            "Mia sorella usa {rival}, quest'anno ho mandato lì i miei documenti",
        ]
    ],
}
CANCEL_REQ: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Cancel my Casa plan",
            "Hi, we're emigrating to New Zealand in the spring so we won't need UK returns any more. Please cancel Fiscalto Casa and close my account. Thanks for the last few years, {first}",
        ),
        (
            "Closing my account",
            "Hello, I've retired and my son's an accountant, he's going to do ours from now on. Please cancel the Casa plan and close my account. {first} {last}",
        ),
    ],
    "pt": [
        (
            "Cancelar plano Casa",
            "Olá, vamos emigrar para a Suíça e deixo de precisar do IRS cá. Queria cancelar o plano Fiscalto Casa e fechar a conta. Obrigada por estes anos, {first}",
        ),
        (
            "Fechar conta",
            "Boa tarde, reformei-me e a minha filha é contabilista, passa a ser ela a tratar. Por favor cancelem o plano Casa e fechem a minha conta. {first} {last}",
        ),
    ],
    "es": [
        (
            "Cancelar plan Casa",
            "Hola, me jubilo y mi hijo es gestor, me la hará él. Quiero cancelar Fiscalto Casa y cerrar la cuenta. {first}",
        )
    ],
    "de": [
        (
            "Kündigung Casa",
            "Hallo, wir ziehen ins Ausland und brauchen keine Erklärung mehr hier. Bitte Fiscalto Casa kündigen und das Konto schließen. {first} {last}",
        )
    ],
    "fr": [
        (
            "Résiliation Casa",
            "Bonjour, je pars à la retraite et mon fils est comptable, il s'en chargera. Merci de résilier Fiscalto Casa et de fermer mon compte. {first} {last}",
        )
    ],
    "it": [
        (
            "Disdetta Casa",
            "Buongiorno, ci trasferiamo all'estero. Vorrei disdire Fiscalto Casa e chiudere l'account. {first}",
        )
    ],
}
SORRY_GO: dict[str, str] = {
    "en": "Hi {first}, sorry to see you go and thank you for the years with us. You can cancel yourself in the app or on the website under Plan > Cancel. {agent}",
    "pt": "Olá {first}, temos pena que saia e obrigado por estes anos. Pode cancelar na app ou no site em Plano > Cancelar. {agent}",
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelar en la app o en la web, en Plan > Cancelar. {agent}",
    "de": "Hallo {first}, schade dass Sie gehen. Sie können in der App oder auf der Website unter Tarif > Kündigen kündigen. {agent}",
    "fr": "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Forfait > Résilier. {agent}",
    "it": "Buongiorno {first}, ci dispiace vederla andare via. Può disdire dall'app o dal sito, Piano > Disdici. {agent}",
}
GRUMBLES: dict[str, list[str]] = {
    "en": [
        "App logged me out AGAIN. Every single time I open it. Face ID is right there",
        "the 'your return is waiting' reminder at 6:58am on a saturday. why",
        "40 minutes in the chat queue for a yes/no question",
        "scanner cuts the bottom off every receipt, had to do them all twice",
        "new adviser again this year, explained my whole life story from scratch",
        "the PDF of my return is in English only and my mum can't read it",
    ],
    "pt": [
        "A app fez logout OUTRA VEZ. Sempre que abro. Para que serve o Face ID",
        "lembrete 'a sua declaração está à espera' às 6:58 de um sábado. porquê",
        "40 minutos na fila do chat para uma pergunta de sim ou não",
        "o scanner corta o fundo de todos os recibos, tive de fazer tudo duas vezes",
        "consultora nova outra vez este ano, contei a minha vida toda do zero",
        "o PDF da declaração só vem em inglês e a minha mãe não percebe nada",
    ],
    "es": [
        "La app me ha cerrado la sesión OTRA VEZ",
        "recordatorio a las 6:58 de un sábado. por qué",
        "40 minutos en la cola del chat para un sí o no",
    ],
    "de": [
        "App hat mich SCHON WIEDER ausgeloggt",
        "Erinnerung um 6:58 am Samstag. Warum",
        "40 Minuten Warteschlange im Chat für eine Ja/Nein-Frage",
    ],
    "fr": [
        "L'appli m'a encore DÉCONNECTÉE",
        "rappel à 6h58 un samedi. pourquoi",
        "40 minutes d'attente au chat pour une question oui/non",
    ],
    "it": [
        "L'app mi ha scollegata DI NUOVO",
        "promemoria alle 6:58 di sabato. perché",
        "40 minuti in coda in chat per un sì o no",
    ],
}
SARCASM: dict[str, list[str]] = {
    "en": [
        "Love getting my 'return ready to approve' notification at 23:52 on deadline day. Living on the edge 👏",
        "Adviser's big tip of the year: 'keep your receipts'. Groundbreaking stuff 😂",
    ],
    "pt": [
        "Adoro receber o 'declaração pronta a aprovar' às 23:52 do último dia. Emoção até ao fim 👏",
        "A grande dica da consultora este ano: 'guarde as faturas'. Revolucionário 😂",
    ],
    "es": [
        "Me encanta que me avisen de aprobar la renta a las 23:52 del último día. Emoción pura 👏"
    ],
    "de": ["Herrlich, die Freigabe-Nachricht um 23:52 am letzten Tag. Nervenkitzel pur 👏"],
    "fr": [
        "J'adore recevoir 'déclaration prête à valider' à 23h52 le dernier jour. Frissons garantis 👏"
    ],
    "it": [
        "Adoro la notifica 'pronto da approvare' alle 23:52 dell'ultimo giorno. Adrenalina pura 👏"
    ],
}
# mild once (quiet hours): (text, agent answer)
MILD: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "the adviser finder shows me people in Lisbon?? I'm in Leeds",
            "Sorry about that! The finder had your region wrong, it's reset now to the UK.",
        ),
        (
            "notifications are coming through in Portuguese for some reason",
            "Sorry! Your language setting had flipped, it's back to English now.",
        ),
    ],
    "pt": [
        (
            "o localizador de consultores mostra-me gente em Madrid, estou em Braga",
            "Pedimos desculpa! A região estava errada, já está corrigida para Portugal.",
        ),
        (
            "as notificações vêm em espanhol não sei porquê",
            "Desculpe! A língua tinha mudado, já está em português.",
        ),
    ],
    "es": [
        (
            "el buscador de asesores me enseña gente de Lisboa",
            "¡Perdona! Ya está corregida la región.",
        )
    ],
    "de": [
        (
            "Benachrichtigungen kommen auf Französisch",
            "Entschuldigung, die Sprache ist wieder Deutsch.",
        )
    ],
    "fr": [
        ("les notifications arrivent en italien", "Désolés, c'est corrigé, elles sont en français.")
    ],
    "it": [("le notifiche arrivano in tedesco", "Scusi, ora sono di nuovo in italiano.")],
}
MILD_ACK: dict[str, str] = {
    "en": "Hi {first}, thanks for letting us know, we've fixed that on your account. {agent}",
    "pt": "Olá {first}, obrigado pelo aviso, já corrigimos na sua conta. {agent}",
    "es": "Hola {first}, gracias por avisar, ya está corregido. {agent}",
    "de": "Hallo {first}, danke für den Hinweis, ist korrigiert. {agent}",
    "fr": "Bonjour {first}, merci, c'est corrigé. {agent}",
    "it": "Buongiorno {first}, grazie della segnalazione, corretto. {agent}",
}
AGENTS = {
    "en": ["Priya", "Tom", "Hannah"],
    "pt": ["Beatriz", "João", "Sara"],
    "es": ["Lucía", "Pablo"],
    "de": ["Miriam", "Jonas"],
    "fr": ["Sophie", "Antoine"],
    "it": ["Marta", "Giorgio"],
}

# ---- the spike: refund tracker shows every refund as an amount owed, banner ref 7Q-208
SPIKE_TOPIC = "tax-return app's refund tracker shows every expected refund as tax owed with a red 'payment due' banner, reference 7Q-208"
SPIKE_REPORT: dict[str, list[str]] = {
    "en": [
        "@Fiscalto your app is telling me I OWE {amt} with a red 'payment due in 5 days' banner, ref 7Q-208. Yesterday it was a refund of {amt}!! what is going on",
        "Just opened the app and nearly had a heart attack. Refund tracker says payment due, 7Q-208, same amount as my refund but in red. Anyone else?",
        "hi the tracker is showing my refund as money I owe?? banner says 7Q-208 payment due. please tell me this is a glitch",
        "refund tracker says I owe the tax office instead of them owing me. reference 7Q-208. is this real??",
    ],
    "pt": [
        "@Fiscalto a app diz que DEVO {amt} às Finanças com um aviso vermelho 'pagamento em falta' ref 7Q-208. Ontem era reembolso de {amt}!! o que se passa",
        "Abri a app e quase me deu uma coisinha. O tracker diz pagamento em falta, 7Q-208, o mesmo valor do reembolso mas a vermelho. Mais alguém?",
        "olá o tracker mostra o meu reembolso como dívida?? o aviso diz 7Q-208 pagamento em falta. digam-me que é erro",
        "o tracker diz que sou eu que devo às Finanças e não o contrário. referência 7Q-208. isto é verdade??",
    ],
    "es": [
        "La app dice que DEBO {amt} con un aviso rojo 'pago pendiente' ref 7Q-208. Ayer era una devolución!!",
        "hola el tracker muestra mi devolución como deuda, aviso 7Q-208. es un error?",
    ],
    "de": [
        "Die App sagt ich SCHULDE {amt} mit rotem Banner 'Zahlung fällig' 7Q-208. Gestern war das noch eine Erstattung!!",
        "hallo der Tracker zeigt meine Erstattung als Nachzahlung, 7Q-208. ist das ein Fehler?",
    ],
    "fr": [
        "L'appli dit que je DOIS {amt} avec un bandeau rouge 'paiement dû' réf 7Q-208. Hier c'était un remboursement !!",
        "bonjour le suivi affiche mon remboursement comme une dette, 7Q-208. c'est un bug ?",
    ],
    "it": [
        "L'app dice che DEVO {amt} con un banner rosso 'pagamento dovuto' rif 7Q-208. Ieri era un rimborso!!",
        "ciao il tracker mostra il rimborso come debito, 7Q-208. è un errore?",
    ],
}
SPIKE_REPEAT: dict[str, str] = {
    "en": "Still showing 7Q-208 payment due, on my husband's phone too. Do I need to pay this or not??",
    "pt": "Continua 7Q-208 pagamento em falta, também no telemóvel do meu marido. Tenho de pagar ou não??",
    "es": "Sigue saliendo 7Q-208 pago pendiente, también en el móvil de mi marido. ¿Pago o no??",
    "de": "Immer noch 7Q-208 Zahlung fällig, auch auf dem Handy meiner Frau. Muss ich zahlen oder nicht??",
    "fr": "Toujours 7Q-208 paiement dû, aussi sur le téléphone de mon mari. Je dois payer ou pas ??",
    "it": "Ancora 7Q-208 pagamento dovuto, anche sul telefono di mio marito. Devo pagare o no??",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "en": "Yes, the refund tracker is showing refunds as payments due for everyone right now (7Q-208). Nothing has changed with the tax office and you don't owe anything, our engineers are on it.",
    "pt": "Sim, o tracker está a mostrar os reembolsos como pagamentos em falta a toda a gente neste momento (7Q-208). Nada mudou nas Finanças e não deve nada, a equipa técnica está a tratar.",
    "es": "Sí, el tracker muestra las devoluciones como pagos pendientes a todo el mundo ahora mismo (7Q-208). No debes nada, lo estamos arreglando.",
    "de": "Ja, der Tracker zeigt gerade bei allen Erstattungen als fällige Zahlungen (7Q-208). Sie schulden nichts, wir arbeiten daran.",
    "fr": "Oui, le suivi affiche en ce moment les remboursements comme des paiements dus pour tout le monde (7Q-208). Vous ne devez rien, nos équipes s'en occupent.",
    "it": "Sì, il tracker mostra ora i rimborsi come pagamenti dovuti a tutti (7Q-208). Non deve nulla, ci stiamo lavorando.",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "en": (
        "Refund tracker fixed",
        "Hi {first}, the refund tracker shows refunds correctly again since {local}. You never owed anything and your refund is unchanged. We've added {credit} credit to your account for the fright. {agent}",
    ),
    "pt": (
        "Tracker de reembolso corrigido",
        "Olá {first}, o tracker mostra os reembolsos corretamente desde as {local}. Nunca deveu nada e o reembolso mantém-se. Acrescentámos {credit} de crédito à sua conta pelo susto. {agent}",
    ),
    "es": (
        "Tracker corregido",
        "Hola {first}, el tracker vuelve a mostrar bien las devoluciones desde las {local}. Nunca debiste nada. Te hemos puesto {credit} de crédito por el susto. {agent}",
    ),
    "de": (
        "Tracker wieder korrekt",
        "Hallo {first}, der Tracker zeigt Erstattungen seit {local} Uhr wieder richtig. Sie haben nie etwas geschuldet. Für den Schreck gibt es {credit} Guthaben. {agent}",
    ),
    "fr": (
        "Suivi corrigé",
        "Bonjour {first}, le suivi affiche de nouveau correctement les remboursements depuis {local}. Vous n'avez jamais rien dû. Nous avons ajouté {credit} de crédit pour la frayeur. {agent}",
    ),
    "it": (
        "Tracker corretto",
        "Buongiorno {first}, il tracker mostra di nuovo correttamente i rimborsi dalle {local}. Non ha mai dovuto nulla. Le abbiamo aggiunto {credit} di credito per lo spavento. {agent}",
    ),
}
# lone questions the day before: (question, answer)
LONE_Q: dict[str, tuple[str, str]] = {
    "en": (
        "quick one, last night my refund on the tracker said 'pending' in grey for a bit then went back to green 'approved' when I refreshed. is it all ok?",
        "Hi! Yes, it shows 'pending' while it checks with the tax office, then goes back; your refund is approved and unchanged.",
    ),
    "pt": (
        "boa tarde, ontem à noite o reembolso no tracker ficou a cinzento 'pendente' uns minutos e depois voltou a verde 'aprovado'. está tudo bem?",
        "Boa tarde! Sim, fica 'pendente' enquanto consulta as Finanças e depois volta; o reembolso está aprovado e igual.",
    ),
}
# grumble once on the Monday, answered
SLOW: dict[str, tuple[str, str]] = {
    "en": (
        "the document checklist takes ages to load this morning, like a minute a page",
        "Sorry about that, it was slow for a while this morning and should be quick again now.",
    ),
    "pt": (
        "a lista de documentos está a demorar imenso a carregar hoje, quase um minuto por página",
        "Pedimos desculpa, esteve lenta esta manhã e já deve estar normal.",
    ),
}
