"""Hand-written happy wording for heldout35 (Mendalo, home repairs booked by app).

Placeholders: {brand} (an @mention on social and community, plain elsewhere), {agent},
{town}, {job}, {amount}, {ref}; ``[[fem|masc]]`` agrees with the writer's name.
English and Portuguese carry the most variants.
"""

# ruff: noqa: E501

FIRST_F = {
    "en": [
        "Chloe",
        "Aoife",
        "Megan",
        "Siobhan",
        "Hannah",
        "Priya",
        "Gemma",
        "Niamh",
        "Rachel",
        "Zara",
        "Lucy",
        "Orla",
        "Bethany",
        "Ruth",
    ],
    "pt": [
        "Inês",
        "Beatriz",
        "Mariana",
        "Joana",
        "Catarina",
        "Rita",
        "Sofia",
        "Leonor",
        "Marta",
        "Carolina",
        "Filipa",
        "Raquel",
        "Teresa",
        "Patrícia",
    ],
    "de": ["Anja", "Miriam", "Katrin", "Lena", "Sabine", "Johanna", "Verena", "Nele"],
    "es": ["Lucía", "Nerea", "Marta", "Carmen", "Irene", "Alba", "Rocío", "Pilar"],
    "fr": ["Camille", "Élodie", "Manon", "Claire", "Sandrine", "Léa", "Aurélie", "Margaux"],
    "it": ["Giulia", "Chiara", "Francesca", "Martina", "Elena", "Silvia", "Valeria", "Ilaria"],
}
FIRST_M = {
    "en": [
        "Callum",
        "Liam",
        "Owen",
        "Darragh",
        "Tom",
        "Rhys",
        "Aidan",
        "Jamie",
        "Ciarán",
        "Harry",
        "Nathan",
        "Sean",
        "Gareth",
        "Dev",
    ],
    "pt": [
        "Tiago",
        "Rui",
        "Diogo",
        "Gonçalo",
        "Nuno",
        "Pedro",
        "Miguel",
        "André",
        "Bruno",
        "Hugo",
        "Ricardo",
        "João",
        "Vasco",
        "Filipe",
    ],
    "de": ["Jonas", "Florian", "Matthias", "Lukas", "Stefan", "Tobias", "Jan", "Dominik"],
    "es": ["Javier", "Álvaro", "Iker", "Sergio", "Pablo", "Rubén", "Diego", "Andrés"],
    "fr": ["Julien", "Mathieu", "Thomas", "Nicolas", "Bastien", "Loïc", "Quentin", "Rémi"],
    "it": ["Matteo", "Davide", "Lorenzo", "Simone", "Andrea", "Federico", "Marco", "Stefano"],
}
SURNAMES = {
    "en": [
        "Walsh",
        "Patel",
        "Hughes",
        "Byrne",
        "Morgan",
        "Kennedy",
        "Thornton",
        "Doyle",
        "Ellis",
        "Fitzgerald",
        "Barker",
        "Nolan",
        "Reid",
        "Quinn",
        "Shaw",
        "Lynch",
        "Price",
        "Murphy",
    ],
    "pt": [
        "Ferreira",
        "Carvalho",
        "Sousa",
        "Pinto",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
        "Lopes",
        "Ribeiro",
        "Antunes",
        "Marques",
        "Gaspar",
        "Barros",
        "Fonseca",
        "Rocha",
        "Vieira",
    ],
    "de": [
        "Brandt",
        "Huber",
        "Winkler",
        "Lorenz",
        "Graf",
        "Seidel",
        "Vogt",
        "Berger",
        "Keller",
        "Ziegler",
    ],
    "es": [
        "Navarro",
        "Ortega",
        "Iglesias",
        "Castro",
        "Vidal",
        "Serrano",
        "Molina",
        "Cano",
        "Prieto",
        "Rubio",
    ],
    "fr": [
        "Lefèvre",
        "Mercier",
        "Girard",
        "Faure",
        "Chevalier",
        "Roux",
        "Lambert",
        "Barbier",
        "Perrin",
        "Dumas",
    ],
    "it": [
        "Ferri",
        "Galli",
        "Conti",
        "Marino",
        "Rinaldi",
        "Greco",
        "Barbieri",
        "Fontana",
        "Moretti",
        "Testa",
    ],
}
TOWNS = {
    "UK": [
        "Leeds",
        "Bristol",
        "Cardiff",
        "Sheffield",
        "Brighton",
        "Norwich",
        "Glasgow",
        "Croydon",
        "Reading",
        "Bath",
    ],
    "IE": ["Cork", "Galway", "Limerick", "Drogheda", "Bray", "Kilkenny"],
    "PT": [
        "Braga",
        "Coimbra",
        "Almada",
        "Setúbal",
        "Aveiro",
        "Matosinhos",
        "Faro",
        "Amadora",
        "Viseu",
        "Odivelas",
        "Guimarães",
        "Leiria",
    ],
    "DE": ["Leipzig", "Bochum", "Freiburg", "Kassel", "Mainz", "Augsburg"],
    "AT": ["Graz", "Linz", "Salzburg", "Innsbruck"],
    "CH-de": ["Winterthur", "Luzern", "St. Gallen", "Basel"],
    "CH-fr": ["Lausanne", "Neuchâtel", "Fribourg", "Genève"],
    "CH-it": ["Lugano", "Bellinzona", "Locarno"],
    "CH-pt": ["Lausanne", "Genève", "Sion"],
    "ES": ["Zaragoza", "Murcia", "Valladolid", "Alicante", "Vigo", "Gijón"],
    "FR": ["Nantes", "Rennes", "Dijon", "Tours", "Grenoble", "Amiens"],
    "BE": ["Liège", "Namur", "Charleroi", "Mons"],
    "IT": ["Bergamo", "Padova", "Parma", "Verona", "Lecce", "Trento"],
}
JOBS = {
    "en": [
        "a nurse on rotating shifts",
        "a secondary school teacher",
        "a [[landlady|landlord]] with two flats to let",
        "a bus driver",
        "a freelance sound engineer",
        "a [[mum|dad]] of three under six",
        "a retired postal worker",
        "a software tester working from home",
        "a pharmacist",
        "a PhD student renting with four others",
        "a hairdresser with [[her|his]] own salon",
        "a chef on split shifts",
    ],
    "pt": [
        "[[enfermeira|enfermeiro]] por turnos",
        "[[professora|professor]] do secundário",
        "[[senhoria|senhorio]] de dois T1",
        "[[motorista|motorista]] da Carris",
        "[[designer|designer]] em teletrabalho",
        "[[mãe|pai]] de gémeos de dois anos",
        "[[reformada|reformado]] dos CTT",
        "[[contabilista|contabilista]] por conta própria",
        "[[farmacêutica|farmacêutico]]",
        "[[estudante|estudante]] de mestrado a partilhar casa",
        "[[cabeleireira|cabeleireiro]]",
        "[[cozinheira|cozinheiro]] num restaurante na Baixa",
    ],
    "de": [
        "[[Krankenpflegerin|Krankenpfleger]] im Schichtdienst",
        "[[Lehrerin|Lehrer]] an einer Realschule",
        "[[Vermieterin|Vermieter]] von zwei Wohnungen",
        "[[Rentnerin|Rentner]]",
        "[[Mutter|Vater]] von zwei kleinen Kindern",
        "[[Softwareentwicklerin|Softwareentwickler]] im Homeoffice",
    ],
    "es": [
        "[[enfermera|enfermero]] con turnos de noche",
        "[[profesora|profesor]] de instituto",
        "[[jubilada|jubilado]]",
        "[[madre|padre]] de dos peques",
        "[[autónoma|autónomo]] de diseño gráfico",
        "[[casera|casero]] de un piso de alquiler",
    ],
    "fr": [
        "[[infirmière|infirmier]] de nuit",
        "[[professeure|professeur]] des écoles",
        "[[retraitée|retraité]] de la SNCF",
        "[[maman|papa]] de trois enfants",
        "[[graphiste|graphiste]] en freelance",
        "[[propriétaire|propriétaire]] d'un petit studio en location",
    ],
    "it": [
        "[[infermiera|infermiere]] a turni",
        "[[insegnante|insegnante]] alle medie",
        "[[pensionata|pensionato]]",
        "[[mamma|papà]] di due bimbi piccoli",
        "[[grafica|grafico]] freelance",
        "[[proprietaria|proprietario]] di un bilocale in affitto",
    ],
}
AGENTS = {
    "en": ["Kelly", "Marcus", "Shauna", "Dan"],
    "pt": ["Vera", "Luís", "Sónia", "Paulo"],
    "de": ["Birgit", "Tim"],
    "es": ["Noelia", "Óscar"],
    "fr": ["Nadia", "Cédric"],
    "it": ["Paola", "Gianni"],
}

#: Praise posts (social or community).
PRAISE = {
    "en": [
        "Boiler died at 7am, {brand} had a plumber at mine by half 11. Proper legend, even wiped his boots 👌",
        "Just want to say the electrician from {brand} today was brilliant. Explained the fuse box to me like I was 5 and didnt make me feel thick",
        "Booked a handyman for the wobbly banister on {brand} last night, sorted by lunchtime. Fixed price, no faff, cup of tea declined 😂",
        "shoutout to {brand}, tracker in the app said 14 min away and he was there in 14 min. witchcraft",
        "Tap's been dripping since Christmas. 25 minutes with the {brand} lad and silence at last. Should've booked months ago",
        "honestly the easiest tradesperson booking I've done. picked a slot, paid after, receipt in my inbox. {brand} 10/10",
        "Our washing machine is finally plumbed in properly and the kitchen isn't a paddling pool anymore. Cheers {brand}",
        "Can we talk about how the {brand} electrician labelled every switch in the consumer unit for me?? small thing but wow",
    ],
    "pt": [
        "O esquentador avariou às 8h e às 11h já tinha cá o canalizador da {brand}. Impecável, até pôs proteção no chão 👏",
        "Quero deixar aqui um obrigada ao eletricista da {brand} que veio hoje. Explicou tudo com calma e não tentou vender nada",
        "marquei ontem à noite na app da {brand} para arranjar o estore do quarto e ficou feito hoje de manhã. preço fechado, zero surpresas",
        "A app da {brand} dizia 'a 12 minutos' e ao fim de 12 minutos tocaram à campainha. Nunca me tinha acontecido com um técnico",
        "Torneira da cozinha a pingar há meses... 20 minutos com o senhor da {brand} e acabou-se. Devia ter marcado logo",
        "muito fixe a {brand}. escolhi a hora, pagaram-se depois do serviço e a fatura chegou logo com NIF. assim sim",
        "Finalmente a máquina de lavar está bem ligada e a cozinha deixou de ser uma piscina. Obrigado {brand}!",
        "O técnico da {brand} deixou o quadro elétrico todo identificado com etiquetas. Coisa pequena mas fiquei [[rendida|rendido]] 😄",
    ],
    "de": [
        "Heizung um 7 ausgefallen, um halb 12 stand der Installateur von {brand} vor der Tür. Top, sogar Überzieher über den Schuhen 👍",
        "Großes Lob an den Elektriker von {brand} heute: hat mir den Sicherungskasten erklärt, ohne mich blöd dastehen zu lassen",
        "Festpreis, pünktlich, sauber. So stell ich mir Handwerker vor. Danke {brand}",
    ],
    "es": [
        "Se rompió el calentador a las 8 y a las 11 ya tenía aquí al fontanero de {brand}. Un crack, hasta puso plástico en el suelo 👏",
        "Mil gracias al electricista de {brand}, me explicó todo el cuadro sin hacerme sentir tonta ni nada",
        "precio cerrado, puntual y lo dejó todo limpio. así da gusto {brand}",
    ],
    "fr": [
        "Chaudière en panne à 7h, plombier {brand} chez moi à 11h30. Nickel, il a même mis des surchaussures 👌",
        "Merci à l'électricien de {brand} ce matin, il m'a tout expliqué sans me prendre de haut",
        "prix fixé d'avance, pile à l'heure, rien à redire. merci {brand}",
    ],
    "it": [
        "Caldaia morta alle 7, alle 11 e mezza l'idraulico di {brand} era già qui. Bravissimo, pure i copriscarpe 👌",
        "Grazie all'elettricista di {brand} di stamattina, mi ha spiegato tutto il quadro con una pazienza infinita",
        "prezzo fisso, puntuale, casa lasciata pulita. così si fa {brand}",
    ],
}

#: "Again / still / third time" said of good things.
AGAIN = {
    "en": [
        "Third time I've used {brand} this year and third time the guy turned up early. Starting to think it's on purpose",
        "Still the only app where 'arriving 9-11' actually means 9-11. Cheers again {brand}",
        "Second winter on the {brand} Care plan and once again the boiler service was done before the cold came. Love it",
    ],
    "pt": [
        "Terceira vez que chamo a {brand} este ano e pela terceira vez chegaram antes da hora. Já não é sorte",
        "Outra vez a revisão da caldeira feita antes do frio. Segundo ano com o plano Care da {brand} e continuo [[contente|contente]]",
        "Mais uma vez o mesmo técnico, o Sr. Armando, que já conhece a casa. Continua a ser o melhor da {brand}",
    ],
    "de": [
        "Schon wieder pünktlich auf die Minute. Drittes Mal {brand} dieses Jahr und immer noch kein Grund zum Meckern"
    ],
    "es": [
        "Tercera vez que llamo a {brand} este año y otra vez llegan antes de hora. Ya no es casualidad"
    ],
    "fr": [
        "Encore une fois pile à l'heure. Deuxième hiver avec le contrat Care de {brand} et toujours rien à redire"
    ],
    "it": ["Di nuovo puntualissimi. Terza volta con {brand} quest'anno e ancora niente da dire"],
}

#: Praise with a small gripe.
GRIPE = {
    "en": [
        "Spark from {brand} was great, job done in 40 mins. Only thing: the app kept asking me to rate him while he was still here lol",
        "Good job on the shower mixer, {brand}. Would be nice if the arrival window was a bit narrower than 4 hours but can't complain really",
    ],
    "pt": [
        "Serviço 5 estrelas da {brand}. Só acho que a janela de 4 horas podia ser mais curta, mas pronto, chegou no início",
        "Canalizador top. A app é que me pediu avaliação quando ele ainda estava cá em casa 😅 {brand}",
    ],
    "de": [
        "Der Monteur von {brand} war klasse. Nur das Zeitfenster von 4 Stunden ist schon lang, aber er kam am Anfang"
    ],
    "es": [
        "El fontanero genial. Solo que la app me pedía la valoración con él aún en casa jaja {brand}"
    ],
    "fr": [
        "Super intervention {brand}. Petit bémol: la fenêtre d'arrivée de 4h c'est long, mais il est venu au début"
    ],
    "it": [
        "Tecnico {brand} bravissimo. Unico neo: la fascia di 4 ore è lunghetta, ma è arrivato all'inizio"
    ],
}

#: Questions (chat or e-mail) with the agent's answer.
QA = {
    "en": [
        (
            "Hi, does the Care plan cover the radiators as well or only the boiler itself?",
            "Hi! The Care plan covers the boiler service plus two call-outs a year for the heating system, radiators included. Parts are quoted separately. {agent}",
        ),
        (
            "can I book someone to put up 3 shelves and a tv bracket in one visit or do I need separate bookings",
            "One visit is fine: choose 'Handyman, 2 hours' and list the shelves and bracket in the notes. If it runs over, it's billed per 30 minutes. {agent}",
        ),
        (
            "Quick one, I'm a landlord, can the tenant let the plumber in without me being there?",
            "Yes, just add the tenant's name and number in the booking notes and tick 'someone else will be home'. You'll get the photos and the invoice. {agent}",
        ),
        (
            "Hello, do your electricians do the EICR certificate for rentals?",
            "We do, in England, Scotland and Wales: book 'Electrical safety report' and the certificate comes by e-mail within 3 working days. {agent}",
        ),
        (
            "is there a call out fee on Sundays?",
            "There's a £15 weekend supplement, it shows in the price before you confirm. No other call-out fee. {agent}",
        ),
    ],
    "pt": [
        (
            "Olá, o plano Care inclui os radiadores ou só a caldeira?",
            "Olá! O plano Care inclui a revisão anual da caldeira e duas deslocações por ano para o sistema de aquecimento, radiadores incluídos. As peças são orçamentadas à parte. {agent}",
        ),
        (
            "boa tarde, consigo marcar montagem de um roupeiro e pendurar 2 quadros na mesma visita?",
            "Boa tarde! Sim, escolha 'Faz-tudo, 2 horas' e descreva tudo nas notas. Se passar das 2 horas é cobrado por cada meia hora. {agent}",
        ),
        (
            "Sou senhoria, o inquilino pode abrir a porta ao técnico sem eu estar?",
            "Pode sim: ponha o nome e o telemóvel do inquilino nas notas e marque 'outra pessoa estará em casa'. Recebe as fotos e a fatura na mesma. {agent}",
        ),
        (
            "a fatura pode vir com o NIF da minha empresa em vez do meu?",
            "Pode, basta alterar o NIF em Perfil > Faturação antes do serviço. Para faturas já emitidas peça-nos a segunda via por aqui. {agent}",
        ),
        (
            "Fazem certificação de gás para a inspeção do prédio?",
            "Fazemos em Lisboa, Porto, Braga, Coimbra e Faro: escolha 'Inspeção de gás' na app e o certificado segue por e-mail em 3 dias úteis. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, deckt der Care-Vertrag auch die Heizkörper ab oder nur die Therme?",
            "Hallo! Care umfasst die jährliche Wartung der Therme und zwei Einsätze pro Jahr an der Heizungsanlage, Heizkörper inklusive. Ersatzteile werden extra angeboten. {agent}",
        ),
        (
            "Kann ich Regale und eine TV-Halterung in einem Termin buchen?",
            "Ja, einfach 'Handwerker, 2 Stunden' wählen und alles in die Notizen schreiben. Danach wird je halbe Stunde abgerechnet. {agent}",
        ),
    ],
    "es": [
        (
            "Hola, el plan Care cubre también los radiadores o solo la caldera?",
            "¡Hola! El plan Care incluye la revisión anual de la caldera y dos desplazamientos al año para la calefacción, radiadores incluidos. Las piezas se presupuestan aparte. {agent}",
        ),
        (
            "puedo reservar montar una estantería y colgar la tele en la misma visita?",
            "Sí, elige 'Manitas, 2 horas' y pon todo en las notas. Si se alarga se cobra cada media hora. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour, le contrat Care couvre aussi les radiateurs ou seulement la chaudière ?",
            "Bonjour ! Care comprend l'entretien annuel de la chaudière et deux déplacements par an sur le chauffage, radiateurs compris. Les pièces sont chiffrées à part. {agent}",
        ),
        (
            "je peux réserver pose d'étagères + support télé en une seule visite ?",
            "Oui, choisissez 'Bricolage, 2 heures' et détaillez dans les notes. Au-delà, c'est facturé par demi-heure. {agent}",
        ),
    ],
    "it": [
        (
            "Salve, il piano Care copre anche i termosifoni o solo la caldaia?",
            "Salve! Care comprende la manutenzione annuale della caldaia e due uscite l'anno per l'impianto, termosifoni inclusi. I ricambi sono a preventivo. {agent}",
        ),
        (
            "posso prenotare mensole e staffa tv nella stessa visita?",
            "Sì, scelga 'Tuttofare, 2 ore' e scriva tutto nelle note. Oltre si paga a mezz'ora. {agent}",
        ),
    ],
}

THANKS = {
    "en": [
        "Brilliant, thanks {agent}!",
        "perfect cheers",
        "Thanks {agent}, that's really helpful 🙂",
        "great stuff, thank you",
    ],
    "pt": [
        "Obrigada {agent}, era mesmo isso!",
        "perfeito obg",
        "Muito obrigado pela rapidez, {agent} 🙂",
        "Ótimo, obrigad[[a|o]]",
    ],
    "de": ["Super, danke {agent}!", "perfekt, danke"],
    "es": ["Genial, gracias {agent}!", "perfecto gracias"],
    "fr": ["Parfait, merci {agent} !", "super merci"],
    "it": ["Perfetto, grazie {agent}!", "ok grazie mille"],
}

#: Happy phone questions (speech to text) and the agent's follow-up e-mail (subject, text).
PHONE_Q = {
    "en": [
        (
            "yeah hi there um I'm moving to a new flat in two weeks and I want the Care plan moved over to the new address is that something you can do or do I cancel and start again",
            (
                "Your Care plan and the new address",
                "Thanks for your call. As discussed, your Care plan moves to the new address on the 1st, nothing to cancel. {agent}",
            ),
        ),
        (
            "hello yeah I've got a quote from you for a new bathroom extractor fan and I just wanted to check if the price includes taking the old one away",
            (
                "Your quote for the extractor fan",
                "Thanks for your call. As discussed, removal of the old fan is included in the fixed price. {agent}",
            ),
        ),
    ],
    "pt": [
        (
            "está sim boa tarde olhe eu vou mudar de casa daqui a duas semanas e queria passar o plano care para a morada nova é possível ou tenho de cancelar",
            (
                "O seu plano Care e a nova morada",
                "Obrigada pela sua chamada. Como combinámos, o plano Care passa para a nova morada no dia 1, não é preciso cancelar nada. {agent}",
            ),
        ),
        (
            "bom dia olhe tenho um orçamento vosso para trocar o esquentador e queria saber se o preço inclui levar o velho",
            (
                "O seu orçamento do esquentador",
                "Obrigado pela chamada. Como falámos, a recolha do esquentador antigo está incluída no preço fechado. {agent}",
            ),
        ),
    ],
    "de": [
        (
            "ja hallo guten tag ich ziehe in zwei wochen um und wollte fragen ob der care vertrag einfach an die neue adresse mitgeht",
            (
                "Ihr Care-Vertrag und die neue Adresse",
                "Danke für Ihren Anruf. Wie besprochen läuft Ihr Care-Vertrag ab dem 1. an der neuen Adresse weiter. {agent}",
            ),
        )
    ],
    "es": [
        (
            "sí hola buenas mire me mudo en dos semanas y quería saber si el plan care se pasa a la casa nueva o tengo que darlo de baja",
            (
                "Su plan Care y la nueva dirección",
                "Gracias por su llamada. Como hablamos, el plan Care pasa a la nueva dirección el día 1, no hay que dar nada de baja. {agent}",
            ),
        )
    ],
    "fr": [
        (
            "oui allô bonjour euh je déménage dans deux semaines et je voulais savoir si le contrat care suit à la nouvelle adresse",
            (
                "Votre contrat Care et la nouvelle adresse",
                "Merci pour votre appel. Comme convenu, votre contrat Care passe à la nouvelle adresse le 1er, rien à résilier. {agent}",
            ),
        )
    ],
    "it": [
        (
            "pronto buongiorno senta tra due settimane trasloco e volevo sapere se il piano care passa al nuovo indirizzo o devo disdire",
            (
                "Il suo piano Care e il nuovo indirizzo",
                "Grazie della telefonata. Come detto, il piano Care passa al nuovo indirizzo dal 1°, nulla da disdire. {agent}",
            ),
        )
    ],
}

#: Reviews (rating 4 or 5).
REVIEWS = {
    "en": [
        "Turned up on time, fixed the leak, showed me the old washer that caused it. Fair price.",
        "Easy booking, friendly electrician, tidy work. Will use again.",
        "Good service overall, arrival window a bit long but he rang ahead.",
    ],
    "pt": [
        "Chegou a horas, resolveu a fuga e ainda me mostrou a peça estragada. Preço justo.",
        "Marcação fácil, eletricista simpático e trabalho limpo. Volto a usar.",
        "Bom serviço, a janela de chegada é que é grande mas ligou antes de vir.",
    ],
    "de": ["Pünktlich, freundlich, sauber gearbeitet. Gerne wieder."],
    "es": ["Puntual, amable y lo dejó todo limpio. Repetiré."],
    "fr": ["Ponctuel, aimable, travail propre. Je recommande."],
    "it": ["Puntuale, gentile, lavoro pulito. Lo richiamerò."],
}

SURVEY_WORDS = {
    "en": ["great", "👍", "spot on", "", "quick and easy", "😊"],
    "pt": ["excelente", "👍", "top", "", "rápido e fácil", "😊"],
    "de": ["top", "👍", ""],
    "es": ["genial", "👍", ""],
    "fr": ["parfait", "👍", ""],
    "it": ["ottimo", "👍", ""],
}

#: Night posts (social or community) and night chat questions with answers.
NIGHT_POST = {
    "en": [
        "2am, night shift done, and the {brand} boiler service reminder pops up. Booked for Thursday before I forget 😴",
        "Can't sleep so I'm booking the electrician on {brand} for the garden lights. Love that I can do this at 3am",
        "Home from the late shift, hot shower at last. Cheers to the {brand} plumber who fixed the mixer yesterday 🚿",
        "1am and the new thermostat {brand} fitted is doing its thing, house is toasty. Bliss",
    ],
    "pt": [
        "3 da manhã, turno acabado, e lembrei-me de marcar a revisão da caldeira na {brand}. Feito antes que me esqueça 😴",
        "Insónia produtiva: marquei o eletricista da {brand} para as luzes da varanda às 2h da manhã",
        "Chegar a casa à 1h depois do turno e ter água quente. Obrigad[[a|o]] ao canalizador da {brand} de ontem 🚿",
        "2h da manhã e o termóstato novo que a {brand} instalou está a fazer o seu trabalho. Casa quentinha",
    ],
    "de": [
        "2 Uhr nachts, Nachtschicht vorbei, schnell noch die Thermenwartung bei {brand} gebucht 😴",
        "Halb 3, Abgabe fertig, Heizung läuft wieder dank {brand}. Gute Nacht 🌙",
    ],
    "es": [
        "Las 3 de la mañana y reservando el fontanero en {brand}. Insomnio productivo 😴",
        "La 1 y pico, turno terminado y por fin agua caliente gracias al fontanero de {brand} 🚿",
    ],
    "fr": [
        "2h du mat, fin de garde, et je réserve l'entretien de la chaudière sur {brand}. Fait 😴",
        "1h du matin, enfin une douche chaude grâce au plombier {brand} d'hier 🚿",
    ],
    "it": [
        "Le 2 di notte, fine turno, e prenoto la manutenzione caldaia su {brand}. Fatto 😴",
        "L'una passata, turno finito e finalmente acqua calda grazie all'idraulico di {brand} 🚿",
    ],
}
NIGHT_QA = {
    "en": [
        (
            "hi sorry for the hour, if I book the 7-9 slot tomorrow can I leave the key in a key safe for him?",
            "No problem at all, put the key safe code in the booking notes, it's only shown to the technician on the day. {agent}",
        ),
        (
            "is there anyone who can come tonight for a radiator leaking a bit? not an emergency, bucket under it",
            "Our night team can come tonight for £89 or we have a slot at 8am tomorrow at the normal price, both bookable in the app. {agent}",
        ),
        (
            "can I change the email the invoices go to? doing my paperwork at silly o'clock",
            "Yes, Profile > Billing > Invoice e-mail, it applies from the next invoice. Night owls welcome! {agent}",
        ),
        (
            "does the Care plan renew automatically? just checking before I forget again",
            "It does, on the same date each year, and we e-mail you 30 days before. You can switch renewal off in Profile > Plan. {agent}",
        ),
    ],
    "pt": [
        (
            "desculpe a hora, se marcar para amanhã às 8h posso deixar a chave na caixa do correio?",
            "Sem problema, escreva nas notas onde está a chave, só o técnico vê no dia. {agent}",
        ),
        (
            "alguém pode vir hoje à noite? o radiador está a pingar um bocadinho, tenho um balde por baixo",
            "A equipa noturna pode ir hoje por 95 € ou temos vaga amanhã às 8h ao preço normal, ambos na app. {agent}",
        ),
        (
            "posso mudar o email para onde vão as faturas? a tratar da papelada a horas impróprias",
            "Pode, em Perfil > Faturação > E-mail das faturas, vale a partir da próxima. {agent}",
        ),
        (
            "o plano Care renova sozinho? só para não me esquecer outra vez",
            "Renova na mesma data todos os anos e enviamos e-mail 30 dias antes. Pode desligar em Perfil > Plano. {agent}",
        ),
    ],
    "de": [
        (
            "Sorry für die Uhrzeit, kann ich den Schlüssel morgen im Schlüsseltresor lassen?",
            "Kein Problem, den Code einfach in die Notizen schreiben, nur der Monteur sieht ihn am Tag. {agent}",
        ),
        (
            "Verlängert sich Care automatisch? Frag lieber jetzt, bevor ich es vergesse",
            "Ja, jedes Jahr zum selben Datum, wir schreiben 30 Tage vorher. Abschalten unter Profil > Vertrag. {agent}",
        ),
    ],
    "es": [
        (
            "perdón por la hora, si reservo mañana a las 8 puedo dejar la llave al vecino?",
            "Sin problema, pon en las notas dónde está la llave, solo lo ve el técnico ese día. {agent}",
        ),
        (
            "el plan Care se renueva solo? lo pregunto ahora que si no se me olvida",
            "Sí, cada año en la misma fecha y te avisamos 30 días antes. Se puede desactivar en Perfil > Plan. {agent}",
        ),
    ],
    "fr": [
        (
            "désolée pour l'heure, si je réserve demain 8h je peux laisser la clé chez la voisine ?",
            "Aucun souci, indiquez-le dans les notes, seul le technicien le voit le jour même. {agent}",
        ),
        (
            "le contrat Care se renouvelle tout seul ? je demande avant d'oublier",
            "Oui, chaque année à la même date, avec un e-mail 30 jours avant. Désactivable dans Profil > Contrat. {agent}",
        ),
    ],
    "it": [
        (
            "scusate l'ora, se prenoto domani alle 8 posso lasciare la chiave alla vicina?",
            "Nessun problema, lo scriva nelle note, lo vede solo il tecnico quel giorno. {agent}",
        ),
        (
            "il piano Care si rinnova da solo? chiedo ora prima di dimenticarmene",
            "Sì, ogni anno alla stessa data, con una mail 30 giorni prima. Si disattiva in Profilo > Piano. {agent}",
        ),
    ],
}

#: Steady grumbles (no crisis, grumpy from the start).
GRUMBLES = {
    "en": [
        "App logged me out again after the update. Every. Single. Time.",
        "Why is the Sunday supplement £15 when it's a 20 min job",
        "The invoice PDF still has my old address on it, changed it weeks ago",
        "Tracker said 5 min away for 25 minutes. Fine, he came, but still",
        "The chat bot keeps offering me a boiler service when I ask about a door handle",
        "Reminder texts at 7am on a Saturday, really?",
        "Rating screen pops up three times after every visit, give it a rest",
    ],
    "pt": [
        "A app voltou a fazer logout depois da atualização. Sempre a mesma coisa.",
        "15 € de suplemento ao sábado para um trabalho de 20 minutos, enfim",
        "A fatura continua com a morada antiga, já mudei há semanas",
        "O mapa dizia 'a 5 minutos' durante 25 minutos. Veio, mas pronto",
        "O assistente automático só me oferece revisão da caldeira quando pergunto por um puxador",
        "SMS de lembrete às 7h de sábado, a sério?",
        "A janela de avaliação aparece três vezes depois de cada visita, chega",
    ],
    "de": [
        "Nach dem Update wieder ausgeloggt. Jedes Mal.",
        "15 € Samstagszuschlag für 20 Minuten Arbeit, naja",
        "Rechnung immer noch mit alter Adresse",
        "Erinnerungs-SMS um 7 Uhr am Samstag, ernsthaft?",
        "Bewertungsfenster kommt dreimal nach jedem Termin",
    ],
    "es": [
        "Otra vez me ha echado la app después de actualizar. Siempre igual.",
        "15 € de recargo el sábado por 20 minutos de trabajo, en fin",
        "La factura sigue con la dirección antigua",
        "SMS de recordatorio a las 7 un sábado, en serio?",
        "La ventana de valoración sale tres veces después de cada visita",
    ],
    "fr": [
        "L'appli m'a encore déconnecté après la mise à jour. À chaque fois.",
        "15 € de supplément le samedi pour 20 minutes, bon",
        "La facture a toujours mon ancienne adresse",
        "SMS de rappel à 7h un samedi, sérieusement ?",
        "La fenêtre de notation s'ouvre trois fois après chaque passage",
    ],
    "it": [
        "L'app mi ha sloggato di nuovo dopo l'aggiornamento. Ogni volta.",
        "15 € di supplemento il sabato per 20 minuti, vabbè",
        "La fattura ha ancora il vecchio indirizzo",
        "SMS promemoria alle 7 di sabato, sul serio?",
        "La finestra di valutazione esce tre volte dopo ogni intervento",
    ],
}

#: One sarcastic post with an emoji.
SARCASM = {
    "en": [
        "Love how the {brand} app reminds me to rate the plumber... a week after he's been 🙃",
        "Oh good, another 'exciting update' from {brand} that moved the book button again 🙃",
    ],
    "pt": [
        "Adoro quando a app da {brand} me pede para avaliar o técnico... uma semana depois 🙃",
        "Mais uma 'grande novidade' da {brand}: o botão de marcar mudou outra vez de sítio 🙃",
    ],
    "de": ["Schön, dass mich die {brand}-App eine Woche später an die Bewertung erinnert 🙃"],
    "es": [
        "Me encanta que la app de {brand} me pida valorar al fontanero... una semana después 🙃"
    ],
    "fr": ["J'adore quand l'appli {brand} me demande de noter le plombier... une semaine après 🙃"],
    "it": [
        "Adoro quando l'app di {brand} mi chiede di valutare l'idraulico... una settimana dopo 🙃"
    ],
}

#: Mild one-off grumbles for quiet_hours with an answer.
MILD = {
    "en": [
        (
            "the photos of the job in the app are a bit blurry on my tablet, is that just me?",
            "Thanks for flagging, a fix for tablets is in the next update. You can download the full-size photos from the invoice e-mail meanwhile. {agent}",
        )
    ],
    "pt": [
        (
            "as fotos do serviço na app aparecem desfocadas no tablet, é só comigo?",
            "Obrigada pelo aviso, a correção para tablets vem na próxima atualização. Entretanto as fotos em tamanho real estão no e-mail da fatura. {agent}",
        )
    ],
    "de": [
        (
            "Die Fotos vom Einsatz sind auf dem Tablet unscharf, liegt das an mir?",
            "Danke für den Hinweis, das nächste Update behebt es. Die Fotos in voller Größe sind in der Rechnungs-Mail. {agent}",
        )
    ],
    "es": [
        (
            "las fotos del trabajo en la app salen borrosas en la tablet, es cosa mía?",
            "Gracias por avisar, la próxima actualización lo arregla. Las fotos a tamaño real están en el e-mail de la factura. {agent}",
        )
    ],
    "fr": [
        (
            "les photos de l'intervention sont floues sur ma tablette, c'est normal ?",
            "Merci du signalement, la prochaine mise à jour corrige ça. Les photos en taille réelle sont dans l'e-mail de facture. {agent}",
        )
    ],
    "it": [
        (
            "le foto dell'intervento sull'app sono sfocate sul tablet, è normale?",
            "Grazie della segnalazione, il prossimo aggiornamento lo sistema. Le foto a piena risoluzione sono nella mail della fattura. {agent}",
        )
    ],
}
FORM_MILD = {
    "en": [
        "The slot picker takes ages to load in the morning. Not a big deal, just letting you know."
    ],
    "pt": [
        "A lista de horários demora imenso a carregar de manhã. Nada de grave, só para saberem."
    ],
    "de": ["Die Terminauswahl lädt morgens ewig. Nichts Schlimmes, nur zur Info."],
    "es": [
        "El selector de horas tarda mucho en cargar por la mañana. Nada grave, solo para que lo sepáis."
    ],
    "fr": ["Le choix du créneau met du temps à charger le matin. Rien de grave, juste pour info."],
    "it": [
        "La scelta dell'orario ci mette tanto a caricare la mattina. Niente di grave, solo per dirvelo."
    ],
}
FORM_ACK = {
    "en": (
        "We got your message",
        "Thanks for your message, it's with our app team. {agent}, Mendalo",
    ),
    "pt": (
        "Recebemos a sua mensagem",
        "Obrigada pela sua mensagem, já seguiu para a equipa da app. {agent}, Mendalo",
    ),
    "de": (
        "Ihre Nachricht ist angekommen",
        "Danke für Ihre Nachricht, sie ist beim App-Team. {agent}, Mendalo",
    ),
    "es": (
        "Hemos recibido tu mensaje",
        "Gracias por tu mensaje, ya está con el equipo de la app. {agent}, Mendalo",
    ),
    "fr": (
        "Nous avons reçu votre message",
        "Merci pour votre message, il est transmis à l'équipe de l'appli. {agent}, Mendalo",
    ),
    "it": (
        "Abbiamo ricevuto il suo messaggio",
        "Grazie del messaggio, è passato al team dell'app. {agent}, Mendalo",
    ),
}

#: Leavers: the e-mail asking to cancel (subject, text), the agent's reply, the web reason.
LEAVE = {
    "en": [
        (
            "Cancel Care plan and close account",
            "Hi, I'm moving to Canada for work next month so I won't need the Care plan anymore. Please cancel it and close my account. Thanks for everything, the boiler didn't miss a beat in three winters ❤️",
        ),
        (
            "Closing my account",
            "Hello, we've sold the house and the new flat's heating is managed by the building. Can you cancel my Care plan and delete my account please. Cheers",
        ),
    ],
    "pt": [
        (
            "Cancelar plano Care e fechar conta",
            "Olá, vou trabalhar para o Luxemburgo no próximo mês e já não vou precisar do plano Care. Podem cancelar e fechar a minha conta? Obrigad[[a|o]] por tudo",
        ),
        (
            "Fechar conta",
            "Boa tarde, vendemos a casa e no apartamento novo a manutenção é do condomínio. Queria cancelar o plano Care e fechar a conta, por favor.",
        ),
    ],
    "de": [
        (
            "Care kündigen und Konto schließen",
            "Hallo, ich ziehe beruflich nach Kanada und brauche den Care-Vertrag nicht mehr. Bitte kündigen und mein Konto schließen. Danke für alles",
        )
    ],
    "es": [
        (
            "Cancelar plan Care y cerrar cuenta",
            "Hola, me voy a trabajar a Canadá el mes que viene y ya no necesito el plan Care. Por favor cancelad y cerrad mi cuenta. Gracias por todo",
        )
    ],
    "fr": [
        (
            "Résilier Care et fermer le compte",
            "Bonjour, je pars travailler au Canada le mois prochain, je n'aurai plus besoin du contrat Care. Merci de le résilier et de fermer mon compte.",
        )
    ],
    "it": [
        (
            "Disdire Care e chiudere l'account",
            "Salve, il mese prossimo mi trasferisco in Canada per lavoro e il piano Care non mi serve più. Potete disdirlo e chiudere l'account? Grazie di tutto",
        )
    ],
}
LEAVE_REPLY = {
    "en": (
        "Re: your Care plan",
        "Thanks for letting us know and good luck with the move! You can cancel the plan and close the account yourself in the app or on the website under Profile > Plan. {agent}",
    ),
    "pt": (
        "Re: o seu plano Care",
        "Obrigada por nos avisar e boa sorte! Pode cancelar o plano e fechar a conta [[sozinha|sozinho]] na app ou no site em Perfil > Plano. {agent}",
    ),
    "de": (
        "AW: Ihr Care-Vertrag",
        "Danke für die Nachricht und alles Gute! Sie können den Vertrag und das Konto selbst in der App oder auf der Website unter Profil > Vertrag kündigen. {agent}",
    ),
    "es": (
        "RE: tu plan Care",
        "¡Gracias por avisar y mucha suerte! Puedes cancelar el plan y cerrar la cuenta tú [[misma|mismo]] en la app o en la web en Perfil > Plan. {agent}",
    ),
    "fr": (
        "RE : votre contrat Care",
        "Merci de nous avoir prévenus et bonne chance ! Vous pouvez résilier et fermer le compte vous-même dans l'appli ou sur le site, Profil > Contrat. {agent}",
    ),
    "it": (
        "R: il suo piano Care",
        "Grazie dell'avviso e in bocca al lupo! Può disdire e chiudere l'account da [[sola|solo]] nell'app o sul sito in Profilo > Piano. {agent}",
    ),
}
CANCEL_REASON = {
    "en": "moving abroad",
    "pt": "mudança",
    "de": "Umzug",
    "es": "mudanza",
    "fr": "déménagement",
    "it": "trasloco",
}

#: Products: (label, price in EUR, page).
PRODUCTS = [
    ("Care plan, 1 year / Plano Care anual", 129.0, "/care"),
    ("Boiler service / Revisão da caldeira", 89.0, "/services/boiler-service"),
    ("Handyman 2 hours / Faz-tudo 2 horas", 79.0, "/services/handyman"),
    ("Electrician call-out / Deslocação eletricista", 69.0, "/services/electrician"),
    ("Smart thermostat fitted / Termóstato inteligente instalado", 189.0, "/services/thermostat"),
    ("Tap replacement / Troca de torneira", 59.0, "/services/plumbing/tap"),
]
PAGES = [
    "/services",
    "/care",
    "/services/plumbing",
    "/help/arrival-window",
    "/services/boiler-service",
    "/prices",
    "/account/bookings",
]
