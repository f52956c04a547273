# ruff: noqa: E501
"""Hand-written wording of heldout38: people, places and happy moments.

Custodra: home alarms, cameras and 24/7 monitoring run from an app.
``[[fem|masc]]`` agrees with the writer; ``{brand}`` is "@Custodra" in posts and
"Custodra" elsewhere; ``{name}`` and ``{agent}`` are filled by the generator.
"""

from __future__ import annotations

FIRST_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pt": (
        (
            "Ana",
            "Beatriz",
            "Inês",
            "Mariana",
            "Catarina",
            "Joana",
            "Rita",
            "Sofia",
            "Marta",
            "Filipa",
            "Carla",
            "Teresa",
            "Patrícia",
            "Sara",
            "Vera",
            "Cláudia",
        ),
        (
            "João",
            "Tiago",
            "Rui",
            "Miguel",
            "Pedro",
            "Nuno",
            "Diogo",
            "Ricardo",
            "Bruno",
            "André",
            "Paulo",
            "Hugo",
            "Vasco",
            "Gonçalo",
            "Luís",
            "Fábio",
        ),
    ),
    "de": (
        (
            "Anna",
            "Katrin",
            "Julia",
            "Sabine",
            "Lena",
            "Miriam",
            "Petra",
            "Johanna",
            "Sarah",
            "Birgit",
            "Nadine",
            "Franziska",
            "Heike",
            "Carina",
            "Theresa",
            "Ute",
        ),
        (
            "Jonas",
            "Markus",
            "Tobias",
            "Stefan",
            "Florian",
            "Lukas",
            "Matthias",
            "Jan",
            "Thomas",
            "Felix",
            "Andreas",
            "Dominik",
            "Bernd",
            "Kai",
            "Moritz",
            "Sven",
        ),
    ),
    "en": (
        ("Emma", "Sinead", "Claire", "Hannah", "Laura", "Niamh", "Rachel", "Gemma", "Orla"),
        ("Tom", "Ciaran", "James", "Ben", "Owen", "Declan", "Sam", "Gareth", "Rory"),
    ),
    "es": (
        ("Lucía", "Marta", "Elena", "Carmen", "Paula", "Nuria", "Irene", "Rocío", "Ainhoa"),
        ("Javier", "Pablo", "Sergio", "Álvaro", "Diego", "Raúl", "Iker", "Jorge", "Rubén"),
    ),
    "fr": (
        ("Camille", "Léa", "Sophie", "Élodie", "Manon", "Claire", "Julie", "Aurélie", "Margaux"),
        ("Julien", "Thomas", "Maxime", "Nicolas", "Hugo", "Antoine", "Mathieu", "Quentin", "Loïc"),
    ),
    "it": (
        (
            "Giulia",
            "Chiara",
            "Francesca",
            "Sara",
            "Elena",
            "Martina",
            "Valentina",
            "Ilaria",
            "Serena",
        ),
        ("Luca", "Marco", "Andrea", "Matteo", "Davide", "Simone", "Alessandro", "Fabio", "Lorenzo"),
    ),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "pt": (
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Marques",
        "Lopes",
        "Carvalho",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
    ),
    "de": (
        "Müller",
        "Schmidt",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Huber",
        "Gruber",
        "Brunner",
        "Keller",
        "Vogel",
        "Lang",
        "Frank",
        "Hartmann",
    ),
    "en": (
        "Walsh",
        "Murphy",
        "Clarke",
        "Hughes",
        "Evans",
        "Byrne",
        "Kelly",
        "Taylor",
        "Patel",
        "Doyle",
        "Price",
        "Quinn",
    ),
    "es": (
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Gil",
        "Ruiz",
        "Moreno",
        "Vidal",
        "Serrano",
    ),
    "fr": (
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Girard",
        "Moreau",
        "Fontaine",
        "Rousseau",
        "Mercier",
        "Lambert",
        "Perrin",
        "Chevalier",
    ),
    "it": (
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Esposito",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Conti",
        "Gallo",
        "De Luca",
    ),
}

#: Towns by market; Switzerland by the language the customer writes there.
TOWNS: dict[str, tuple[str, ...]] = {
    "PT": (
        "Lisboa",
        "Porto",
        "Braga",
        "Coimbra",
        "Setúbal",
        "Aveiro",
        "Faro",
        "Almada",
        "Amadora",
        "Guimarães",
        "Viseu",
        "Leiria",
        "Matosinhos",
        "Évora",
    ),
    "DE": (
        "Berlin",
        "Hamburg",
        "München",
        "Köln",
        "Leipzig",
        "Dresden",
        "Nürnberg",
        "Bremen",
        "Hannover",
        "Freiburg",
        "Mainz",
        "Bochum",
        "Kassel",
        "Münster",
    ),
    "AT": ("Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt"),
    "CH-de": ("Zürich", "Bern", "Basel", "Luzern", "St. Gallen", "Winterthur"),
    "CH-fr": ("Genève", "Lausanne", "Neuchâtel", "Fribourg"),
    "CH-it": ("Lugano", "Bellinzona", "Locarno"),
    "UK": ("Manchester", "Leeds", "Bristol", "Glasgow", "Birmingham", "Cardiff", "Sheffield"),
    "IE": ("Dublin", "Cork", "Galway", "Limerick"),
    "ES": ("Madrid", "Valencia", "Sevilla", "Zaragoza", "Bilbao", "Málaga"),
    "FR": ("Lyon", "Nantes", "Toulouse", "Lille", "Rennes", "Bordeaux", "Montpellier"),
    "BE": ("Bruxelles", "Liège", "Namur", "Charleroi"),
    "IT": ("Milano", "Torino", "Bologna", "Napoli", "Verona", "Padova", "Bari"),
    "LU": ("Luxembourg", "Esch-sur-Alzette"),
}

JOBS: dict[str, tuple[str, ...]] = {
    "pt": (
        "enfermeir[[a|o]] no turno da noite no Santa Maria",
        "professor[[a|]] de Matemática numa secundária",
        "motorista de pesados",
        "estudante de Arquitetura",
        "dona de um café no bairro|dono de um café no bairro",
        "cabeleireir[[a|o]] com salão em casa",
        "técnic[[a|o]] de informática numa seguradora",
        "reformad[[a|o]] da CP",
        "cozinheir[[a|o]] num restaurante da Baixa",
        "mãe de três e contabilista|pai de três e contabilista",
        "vigilante num centro comercial",
        "fisioterapeuta",
    ),
    "de": (
        "Krankenpfleger[[in|]] im Nachtdienst",
        "Grundschullehrer[[in|]]",
        "LKW-Fahrer[[in|]]",
        "Architekturstudent[[in|]]",
        "Inhaber[[in|]] eines kleinen Cafés",
        "Friseur[[in|]] mit eigenem Salon",
        "IT-Admin bei einer Versicherung",
        "Rentner[[in|]], früher bei der Bahn",
        "Köchin in einem Gasthaus|Koch in einem Gasthaus",
        "Mutter von drei Kindern und Steuerberaterin|Vater von drei Kindern und Steuerberater",
        "Schichtleiter[[in|]] in der Logistik",
        "Physiotherapeut[[in|]]",
    ),
    "en": (
        "night-shift nurse",
        "primary school teacher",
        "lorry driver",
        "architecture student",
        "chef in a hotel kitchen",
        "retired postwoman|retired postman",
    ),
    "es": (
        "enfermer[[a|o]] de noche",
        "profesor[[a|]] de instituto",
        "camioner[[a|o]]",
        "estudiante de Arquitectura",
        "cociner[[a|o]] en un bar",
        "jubilad[[a|o]] de Correos",
    ),
    "fr": (
        "infirmi[[ère|er]] de nuit",
        "professeur des écoles",
        "chauffeuse routière|chauffeur routier",
        "étudiant[[e|]] en archi",
        "cuisini[[ère|er]] dans une brasserie",
        "retraité[[e|]] de La Poste",
    ),
    "it": (
        "infermier[[a|e]] di notte",
        "maestr[[a|o]] elementare",
        "camionista",
        "studentessa di architettura|studente di architettura",
        "cuoc[[a|o]] in una trattoria",
        "pensionat[[a|o]] delle Poste",
    ),
}

AGENTS: dict[str, tuple[str, ...]] = {
    "pt": ("Sónia", "Rui", "Marisa"),
    "de": ("Jana", "Timo", "Verena"),
    "en": ("Aoife", "Dan"),
    "es": ("Laura", "Óscar"),
    "fr": ("Inès", "Karim"),
    "it": ("Federica", "Paolo"),
}

SIGNATURE: dict[str, str] = {
    "pt": "{agent}, Apoio ao Cliente Custodra",
    "de": "{agent}, Custodra Kundenservice",
    "en": "{agent}, Custodra Support",
    "es": "{agent}, Atención al Cliente Custodra",
    "fr": "{agent}, Service Client Custodra",
    "it": "{agent}, Assistenza Clienti Custodra",
}

#: Praise posts (social and community only: they carry {brand} = @Custodra).
POSTS: dict[str, tuple[str, ...]] = {
    "pt": (
        "Fui passar o fim de semana a Tavira e vi tudo pela app da {brand}, até o gato a dormir em cima do sofá 😂 paz de espírito total",
        "O técnico da {brand} chegou às 9h em ponto, instalou tudo em hora e meia e ainda me explicou a app com uma paciência de santo. Impecável!",
        "Recomendo a {brand} a quem vive num rés-do-chão. Desde a instalação durmo descansad[[a|o]] 🙏",
        "A central da {brand} ligou-me 40 segundos depois de o sensor da porta disparar. Era o meu filho que se esqueceu do código, mas fiquei impressionad[[a|o]]",
        "Detetor de fumo da {brand} apitou por causa das torradas queimadas lol. Pelo menos sei que funciona 😅",
        "Mudei de casa e a {brand} levou o alarme comigo sem cobrar a deslocação. Muito fixe",
        "a minha mãe de 80 anos já arma o alarme sozinha com o comando da {brand}. quem a conhece sabe o que isto significa 😄",
    ),
    "de": (
        "Die Kamera von {brand} hat mir gestern gezeigt, dass der Paketbote das Paket in die Mülltonne gelegt hat 😂 Trotzdem: super Ding",
        "Techniker von {brand} war pünktlich, hat sauber gebohrt, alles abgesaugt und mir die App erklärt. So muss das sein 👍",
        "Zwei Wochen Urlaub in Kroatien und kein einziges Mal ans Haus gedacht. Danke {brand}",
        "Die Leitstelle von {brand} hat nach 30 Sek angerufen als der Bewegungsmelder los ging. War die Katze, aber beruhigend zu wissen dass da jemand ist",
        "Endlich eine Alarmanlage, die meine Mutter (82) selbst bedienen kann. Großes Lob an {brand} für die Geduld am Telefon",
        "Nach dem Einbruch bei den Nachbarn haben wir {brand} bestellt. Innerhalb von 3 Tagen installiert. Top",
        "rauchmelder von {brand} hat beim raclette angeschlagen 😅 immerhin weiß ich jetzt dass er geht",
    ),
    "en": (
        "Watched the {brand} app from the beach in Lanzarote, house all green, dog walker came and went on time. Class",
        "Fair play to the {brand} engineer, drilled through 60cm of old stone wall without a word of complaint and hoovered up after",
        "my nan (81) arms her own alarm now with the {brand} fob. anyone who knows her knows what that means 😄",
    ),
    "es": (
        "El técnico de {brand} vino puntual, lo dejó todo instalado en hora y media y encima me enseñó la app con una paciencia... un crack",
        "Una semana en el pueblo mirando la casa desde el móvil cada noche. Tranquilidad total con {brand}",
        "mi abuela de 80 años ya pone la alarma ella sola con el mando de {brand}. quien la conozca sabe lo que eso significa 😄",
    ),
    "fr": (
        "Une semaine en Bretagne sans penser une seule fois à l'appart, merci {brand} 🙏",
        "Le technicien {brand} est venu pile à l'heure, perçage propre, tout aspiré derrière lui. Nickel",
        "ma grand-mère (81 ans) arme son alarme toute seule avec la télécommande {brand}. ceux qui la connaissent comprendront 😄",
    ),
    "it": (
        "Una settimana in Puglia e ogni sera un'occhiata alla casa dall'app. Tranquillità totale con {brand}",
        "Il tecnico di {brand} puntualissimo, ha montato tutto in un'ora e mezza e mi ha pure spiegato l'app con calma. Spettacolo",
        "mia nonna (81 anni) ora inserisce l'allarme da sola col telecomando {brand}. chi la conosce sa cosa vuol dire 😄",
    ),
}

#: "Again / third time" said of good things (posts).
AGAIN: dict[str, tuple[str, ...]] = {
    "pt": (
        "Terceira vez que a central da {brand} me liga por causa de um alarme e terceira vez que atendem em menos de um minuto. Sempre de confiança",
        "Outra vez o técnico da {brand} chegou antes da hora marcada. Já é hábito 😄",
        "Mais uma vez encomendei um sensor à {brand} ao fim da tarde e no dia seguinte de manhã estava cá. Assim sim",
    ),
    "de": (
        "Zum dritten Mal einen Sensor nachbestellt und zum dritten Mal am nächsten Tag da. {brand} liefert einfach",
        "Schon wieder hat mich die {brand}-App daran erinnert, dass das Küchenfenster offen ist. Danke, ihr rettet mich jedes Mal",
        "Wieder mal in unter einer Minute jemanden bei {brand} am Telefon gehabt. Das gibt's sonst nirgends",
    ),
    "en": (
        "Third time I've rung {brand} and third time I got a human in under two minutes. Unreal",
    ),
    "es": (
        "Tercera vez que llamo a {brand} y tercera vez que me atiende una persona en menos de dos minutos. Así da gusto",
    ),
    "fr": (
        "Troisième fois que j'appelle {brand} et troisième fois qu'on me répond en moins de deux minutes. Chapeau",
    ),
    "it": (
        "Terza volta che chiamo {brand} e terza volta che mi risponde una persona in meno di due minuti. Niente da dire",
    ),
}

#: Praise with a small gripe (posts).
GRIPE: dict[str, tuple[str, ...]] = {
    "pt": (
        "Adoro o alarme da {brand}, só queria que a app não me pedisse o PIN cada vez que abro as câmaras. De resto tudo ótimo",
        "Instalação 5 estrelas pela {brand}. Só o teclado é que podia ter letras maiores, a minha avó não vê nada",
        "Tudo certinho com a {brand}, mas o teste da sirene podia ser avisado antes, o cão foi parar debaixo da cama 🙈",
    ),
    "de": (
        "Alles top mit {brand}, nur den Sirenentest hätte man vorher ankündigen können, der Hund ist unters Bett verschwunden 🙈",
        "Super Service von {brand}, einziger Wunsch: die Push-Nachricht 'Haus scharf' muss nicht jedes Mal mit Ton kommen",
        "Kameras von {brand} sind klasse, nur die App fragt gefühlt jeden Tag nach einer Bewertung",
    ),
    "en": (
        "Love the {brand} kit, only gripe is the app logs me out every couple of weeks. Otherwise spot on",
    ),
    "es": (
        "Muy content[[a|o]] con {brand}, solo que la app me pide el PIN cada vez que abro las cámaras. Por lo demás, genial",
    ),
    "fr": (
        "Très bien {brand}, juste la notification 'maison armée' avec le son à chaque fois, c'est un peu trop. Sinon rien à redire",
    ),
    "it": (
        "Tutto ottimo con {brand}, solo la notifica 'casa inserita' col suono ogni volta è un po' troppo. Per il resto niente da dire",
    ),
}

#: Reviews (text, rating), plain brand.
REVIEWS: dict[str, tuple[tuple[str, int], ...]] = {
    "pt": (
        ("Instalação rápida e limpa, app fácil de usar. Recomendo a Custodra.", 5),
        ("Bom serviço, o técnico explicou tudo. Só demorou uma semana a arranjar data.", 4),
        ("Câmaras com ótima imagem à noite e a central atende logo. Cinco estrelas.", 5),
    ),
    "de": (
        (
            "Saubere Montage, App selbsterklärend, Leitstelle schnell erreichbar. Volle Punktzahl.",
            5,
        ),
        ("Guter Service, auf den Termin mussten wir aber 10 Tage warten.", 4),
        ("Kameras mit super Nachtsicht, Einrichtung in 20 Minuten. Gerne wieder.", 5),
    ),
    "en": (("Quick, tidy install and the app is dead easy. Would recommend Custodra.", 5),),
    "es": (("Instalación rápida y limpia, la app facilísima. Recomiendo Custodra.", 5),),
    "fr": (("Installation rapide et propre, appli simple. Je recommande Custodra.", 5),),
    "it": (("Installazione veloce e pulita, app semplicissima. Consiglio Custodra.", 4),),
}

#: Chat or e-mail questions with the agent's answer.
QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "pt": (
        (
            "Olá, se for de férias consigo pôr o alarme em modo férias pela app? Obrigad[[a|o]]",
            "Olá {name}! Sim: em Definições > Modo férias escolhe as datas e a central passa a ligar primeiro para o seu contacto de emergência. Boas férias!",
        ),
        (
            "Boa tarde, posso pôr eu um sensor na janela da cozinha ou tem de vir o técnico?",
            "Boa tarde {name}, pode pôr: o sensor já vem emparelhado, basta seguir os 3 passos da app em Dispositivos > Adicionar.",
        ),
        (
            "a senhora que me limpa a casa vem às terças, dá para lhe criar um código só para esse dia?",
            "Dá sim, {name}: em Utilizadores > Códigos temporários cria um código válido só às terças, das 9h às 13h por exemplo.",
        ),
        (
            "Bom dia, o gato faz disparar o sensor de movimento? tem 6 kg",
            "Bom dia {name}! Os nossos sensores ignoram animais até 25 kg, o seu gato está à vontade 🐱",
        ),
        (
            "Olá! Dá para a minha filha receber também as notificações no telemóvel dela?",
            "Olá {name}, dá: em Utilizadores > Convidar envie-lhe o convite e ela escolhe que notificações quer receber.",
        ),
    ),
    "de": (
        (
            "Hallo, kann ich den Urlaubsmodus auch über die App einstellen? Wir fahren Samstag weg",
            "Hallo {name}, ja: unter Einstellungen > Urlaubsmodus die Daten wählen, dann ruft die Leitstelle zuerst Ihren Notfallkontakt an. Schönen Urlaub!",
        ),
        (
            "Guten Tag, kann ich einen zusätzlichen Fenstersensor selbst anbringen oder muss der Techniker kommen?",
            "Guten Tag {name}, das geht selbst: der Sensor ist schon gekoppelt, einfach in der App unter Geräte > Hinzufügen den drei Schritten folgen.",
        ),
        (
            "Unsere Putzhilfe kommt dienstags, kann man für sie einen Code nur für den Tag anlegen?",
            "Ja, {name}: unter Benutzer > Zeitcodes einen Code anlegen, der z. B. nur dienstags von 9 bis 13 Uhr gilt.",
        ),
        (
            "Moin, löst unser Hund (30 kg) den Bewegungsmelder aus?",
            "Moin {name}! Die Melder ignorieren Tiere bis 25 kg. Bei 30 kg unter Geräte > Empfindlichkeit auf 'großes Tier' stellen, dann passt das.",
        ),
        (
            "Hallo! Kann mein Mann die Benachrichtigungen auch auf sein Handy bekommen?",
            "Hallo {name}, klar: unter Benutzer > Einladen eine Einladung schicken, dann wählt er selbst, welche Meldungen er bekommt.",
        ),
    ),
    "en": (
        (
            "Hi, can I set holiday mode from the app? Off to Spain Saturday",
            "Hi {name}, yes: Settings > Holiday mode, pick the dates and the monitoring team will ring your emergency contact first. Enjoy!",
        ),
        (
            "Hiya, can I put up an extra window sensor myself or does an engineer need to come out?",
            "Hi {name}, you can do it yourself: it comes paired, just follow the three steps under Devices > Add.",
        ),
    ),
    "es": (
        (
            "Hola, ¿puedo poner el modo vacaciones desde la app? Nos vamos el sábado",
            "Hola {name}, sí: en Ajustes > Modo vacaciones eliges las fechas y la central llamará primero a tu contacto de emergencia. ¡Buen viaje!",
        ),
        (
            "Buenas, ¿puedo poner yo un sensor más en la ventana o tiene que venir el técnico?",
            "Hola {name}, puedes ponerlo tú: viene emparejado, solo sigue los tres pasos en Dispositivos > Añadir.",
        ),
    ),
    "fr": (
        (
            "Bonjour, on peut mettre le mode vacances depuis l'appli ? On part samedi",
            "Bonjour {name}, oui : Réglages > Mode vacances, vous choisissez les dates et le centre appellera d'abord votre contact d'urgence. Bonnes vacances !",
        ),
        (
            "Bonjour, je peux poser moi-même un capteur sur la fenêtre de la cuisine ?",
            "Bonjour {name}, oui, il est déjà appairé : suivez les trois étapes dans Appareils > Ajouter.",
        ),
    ),
    "it": (
        (
            "Ciao, posso mettere la modalità vacanza dall'app? Partiamo sabato",
            "Ciao {name}, sì: Impostazioni > Modalità vacanza, scegli le date e la centrale chiamerà prima il tuo contatto di emergenza. Buone vacanze!",
        ),
        (
            "Salve, il sensore in più sulla finestra posso montarlo io o deve venire il tecnico?",
            "Salve {name}, può montarlo lei: è già associato, basta seguire i tre passaggi in Dispositivi > Aggiungi.",
        ),
    ),
}

QUESTION_SUBJECTS: dict[str, tuple[str, ...]] = {
    "pt": ("Dúvida", "Pergunta sobre a app", "pergunta rápida"),
    "de": ("Frage zur App", "Kurze Frage", "frage"),
    "en": ("Quick question", "Question about the app"),
    "es": ("Duda", "Pregunta sobre la app"),
    "fr": ("Question", "Petite question"),
    "it": ("Domanda", "Domanda sull'app"),
}

THANKS: dict[str, tuple[str, ...]] = {
    "pt": (
        "Obrigad[[a|o]] {agent}, era mesmo isso!",
        "Perfeito, obg {agent} 👍",
        "Já está, muito obrigad[[a|o]]!",
        "Ok, já consegui. Obrigad[[a|o]] pela ajuda",
    ),
    "de": (
        "Danke {agent}, genau das wollte ich wissen!",
        "Super, hat geklappt. Danke!",
        "Perfekt, vielen Dank {agent} 👍",
        "Alles klar, danke für die schnelle Antwort",
    ),
    "en": ("Cheers {agent}, sorted!", "Brilliant, thanks {agent}"),
    "es": ("¡Gracias {agent}, justo eso!", "Perfecto, mil gracias"),
    "fr": ("Merci {agent}, c'est parfait !", "Top, merci beaucoup"),
    "it": ("Grazie {agent}, perfetto!", "Fatto, grazie mille"),
}

#: Phone questions as speech-to-text transcripts, with the agent's follow-up e-mail.
PHONE_QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "pt": (
        (
            "está sim bom dia olhe eu queria saber se quando mudar de casa em janeiro posso levar o alarme comigo e quanto custa voltar a instalar",
            "Obrigada pela sua chamada, {name}. Como falámos: levar o alarme para a casa nova é gratuito com o Custodra Plus, basta marcar a data na app com uma semana de antecedência.",
        ),
        (
            "boa tarde olhe eu tenho uma câmara na garagem e queria pôr outra no quintal dá para ver as duas na mesma app",
            "Obrigado pela sua chamada, {name}. Como combinado: as duas câmaras aparecem lado a lado em Câmaras, e a câmara de exterior custa 89 € com instalação incluída.",
        ),
        (
            "sim olá boa tarde a minha mãe tem oitenta e quatro anos e eu queria pôr-lhe um botão de emergência ligado à vossa central é possível",
            "Obrigada pela sua chamada, {name}. Como falámos: o botão de emergência junta-se à sua conta por 39 €, e a central liga à sua mãe e depois a si sempre que ela o carregar.",
        ),
    ),
    "de": (
        (
            "ja hallo guten tag ich wollte fragen ob ich die anlage mitnehmen kann wenn wir im januar umziehen und was das kostet",
            "Danke für Ihren Anruf, {name}. Wie besprochen: der Umzug der Anlage ist mit Custodra Plus kostenlos, einfach den Termin eine Woche vorher in der App eintragen.",
        ),
        (
            "äh hallo also meine mutter ist vierundachtzig und ich würde ihr gern so einen notrufknopf dazu bestellen geht das mit dem gleichen konto",
            "Danke für Ihren Anruf, {name}. Wie besprochen: der Notrufknopf kommt für 39 € zu Ihrem Konto dazu, die Leitstelle ruft bei Druck zuerst Ihre Mutter und dann Sie an.",
        ),
        (
            "ja grüß gott ich hab eine kamera in der garage und möchte noch eine für den garten kann ich die beide in einer app sehen",
            "Danke für Ihren Anruf, {name}. Wie besprochen: beide Kameras erscheinen nebeneinander unter Kameras, die Außenkamera kostet 89 € inklusive Montage.",
        ),
    ),
    "en": (
        (
            "yeah hi there I've a camera in the garage and I'd like another one out the back can I see the two of them in the one app",
            "Thanks for your call, {name}. As discussed: both cameras show side by side under Cameras, and the outdoor camera is 89 € fitted (£77 in the UK).",
        ),
    ),
    "es": (
        (
            "sí hola buenas quería saber si cuando me mude en enero me puedo llevar la alarma y cuánto cuesta",
            "Gracias por tu llamada, {name}. Como hablamos: el traslado de la alarma es gratis con Custodra Plus, solo reserva la fecha en la app con una semana de antelación.",
        ),
    ),
    "fr": (
        (
            "oui allô bonjour j'ai une caméra dans le garage et j'en voudrais une autre pour le jardin je peux voir les deux dans la même appli",
            "Merci pour votre appel, {name}. Comme convenu : les deux caméras s'affichent côte à côte dans Caméras, et la caméra extérieure coûte 89 € pose comprise.",
        ),
    ),
    "it": (
        (
            "pronto buongiorno mia madre ha ottantaquattro anni e volevo aggiungere un pulsante di emergenza collegato alla vostra centrale si può fare",
            "Grazie per la chiamata, {name}. Come detto: il pulsante di emergenza si aggiunge al suo account per 39 €, la centrale chiama sua madre e poi lei ogni volta che lo preme.",
        ),
    ),
}

PHONE_FOLLOWUP_SUBJECT: dict[str, str] = {
    "pt": "A sua chamada de hoje",
    "de": "Ihr Anruf heute",
    "en": "Your call today",
    "es": "Tu llamada de hoy",
    "fr": "Votre appel d'aujourd'hui",
    "it": "La sua chiamata di oggi",
}

#: (label, price in euros, page). Labels are English/German whatever the market.
PRODUCTS: tuple[tuple[str, str, str], ...] = (
    ("Window sensor / Fenstersensor", "29.00", "/shop/sensors/window"),
    ("Outdoor camera / Außenkamera", "89.00", "/shop/cameras/outdoor"),
    ("Video doorbell / Video-Türklingel", "119.00", "/shop/doorbell"),
    ("Smoke detector / Rauchmelder", "39.00", "/shop/smoke"),
    ("Key fob / Schlüsselanhänger", "19.00", "/shop/fobs"),
    ("Extra siren / Zusatzsirene", "59.00", "/shop/sirens"),
    ("Panic button / Notrufknopf", "39.00", "/shop/panic-button"),
    ("Water leak sensor / Wassermelder", "34.00", "/shop/sensors/water"),
    ("Indoor camera / Innenkamera", "69.00", "/shop/cameras/indoor"),
)

PAGES: tuple[str, ...] = (
    "/help/holiday-mode",
    "/plans/plus",
    "/shop/cameras",
    "/help/temporary-codes",
    "/account/devices",
    "/help/pets",
    "/shop/smoke",
    "/help/moving-home",
)

SURVEY_WORDS: dict[str, tuple[str, ...]] = {
    "pt": ("Excelente", "Tudo ótimo", "👍", "Rápido e simpático", "5 estrelas", "🙂"),
    "de": ("Top", "Alles bestens", "🙂", "Schnell und freundlich", "👍", "passt"),
    "en": ("Spot on", "👌", "Grand"),
    "es": ("Genial", "👍", "Muy bien"),
    "fr": ("Parfait", "👍", "Top"),
    "it": ("Ottimo", "👍", "Perfetto"),
}

#: Night posts (social and community).
NIGHT_POSTS: dict[str, tuple[str, ...]] = {
    "pt": (
        "3h da manhã, acabei o turno e a app da {brand} mostra a casa toda verde. Vou dormir descansad[[a|o]]",
        "Meia-noite e meia e o bebé finalmente adormeceu. Armei o modo noite pela app da {brand} sem sair do sofá 🙌",
        "1h da manhã a chegar do restaurante e desarmei o alarme ainda no carro com a app da {brand}. Uma maravilha",
    ),
    "de": (
        "3 Uhr nachts, Schicht vorbei, und die {brand}-App zeigt alles grün. Gute Nacht zusammen",
        "Halb eins, Baby schläft endlich, Nachtmodus per {brand}-App vom Sofa aus scharf geschaltet 🙌",
        "Kurz nach 1, komm aus der Küche vom Restaurant und hab schon im Auto per {brand}-App unscharf geschaltet. Herrlich",
    ),
    "en": (
        "Gone 1am, back from the restaurant, disarmed from the car with the {brand} app before I even had the keys out. Love it",
    ),
    "es": (
        "La una y pico, vuelvo del bar donde curro y desactivo la alarma desde el coche con la app de {brand}. Una maravilla",
    ),
    "fr": (
        "Minuit passé, je rentre du resto où je bosse, alarme désarmée depuis le parking avec l'appli {brand}. Trop pratique",
    ),
    "it": (
        "Mezzanotte passata, torno dal ristorante dove lavoro e ho disinserito l'allarme dal parcheggio con l'app di {brand}. Comodissimo",
    ),
}

#: Night chat questions with the agent's answer.
NIGHT_QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "pt": (
        (
            "boa noite, o sensor da janela da sala diz bateria fraca, posso trocar a pilha eu ou dispara o alarme?",
            "Boa noite {name}! Pode trocar: ponha primeiro o sistema em Modo manutenção na app, troque a pilha CR2032 e volte a armar. Nada dispara.",
        ),
        (
            "olá, estou no aeroporto e não me lembro se armei o alarme. a app diz 'parcial', está ligado ou não?",
            "Olá {name}, 'Parcial' quer dizer que só portas e janelas estão armadas. Pode armar tudo já em Início > Armar total. Boa viagem!",
        ),
    ),
    "de": (
        (
            "n'Abend, Fenstersensor im Bad meldet Batterie schwach, kann ich die selbst tauschen ohne dass der Alarm losgeht?",
            "Guten Abend {name}! Ja: zuerst in der App den Wartungsmodus einschalten, Batterie CR2032 tauschen, dann wieder scharf schalten. Da geht nichts los.",
        ),
        (
            "Hallo, bin am Flughafen und weiß nicht mehr ob ich scharf geschaltet habe. App sagt 'Teilschutz', heißt das an oder aus?",
            "Hallo {name}, 'Teilschutz' heißt: nur Türen und Fenster sind scharf. Unter Start > Vollschutz können Sie jetzt alles scharf schalten. Gute Reise!",
        ),
    ),
    "en": (
        (
            "evening, the bathroom window sensor says low battery, can I swap it myself without setting the alarm off?",
            "Evening {name}! Yes: put the system in Maintenance mode in the app first, swap the CR2032 and arm again. Nothing will go off.",
        ),
    ),
    "es": (
        (
            "buenas noches, el sensor de la ventana del baño dice batería baja, ¿puedo cambiarla yo sin que salte la alarma?",
            "¡Buenas noches {name}! Sí: pon primero el modo mantenimiento en la app, cambia la pila CR2032 y vuelve a armar. No salta nada.",
        ),
    ),
    "fr": (
        (
            "bonsoir, le capteur de la fenêtre de la salle de bain indique pile faible, je peux la changer sans déclencher l'alarme ?",
            "Bonsoir {name} ! Oui : activez d'abord le mode maintenance dans l'appli, changez la pile CR2032 et réarmez. Rien ne se déclenche.",
        ),
    ),
    "it": (
        (
            "buonasera, il sensore della finestra del bagno dice batteria scarica, posso cambiarla io senza far scattare l'allarme?",
            "Buonasera {name}! Sì: attiva prima la modalità manutenzione nell'app, cambia la pila CR2032 e reinserisci. Non scatta niente.",
        ),
    ),
}

#: One sarcastic post, with an emoji.
SARCASM: dict[str, tuple[str, ...]] = {
    "pt": (
        "Adoro quando a app da {brand} me avisa que 'a porta da frente foi aberta'... enquanto sou eu que a estou a abrir 🙃",
        "Que simpático a app da {brand} dar-me os parabéns por '100 dias sem alarmes' às 6h de um domingo 🙃",
    ),
    "de": (
        "Liebe es, wenn mir die {brand}-App um 6:30 an einem Sonntag mitteilt, dass das Update erfolgreich war 🙃 danke, jetzt bin ich wach",
        "Wie aufmerksam von {brand}, mir zu '100 Tage ohne Alarm' zu gratulieren. Sonntag. 6 Uhr früh. 🙃",
    ),
    "en": (
        "Cracking that the {brand} app congratulates me on '100 days without an alarm' at 6am on a Sunday 🙃",
    ),
    "es": (
        "Qué detalle que la app de {brand} me felicite por '100 días sin alarmas' a las 6 de la mañana de un domingo 🙃",
    ),
    "fr": (
        "Trop sympa, l'appli {brand} qui me félicite pour '100 jours sans alarme' à 6h un dimanche 🙃",
    ),
    "it": (
        "Che pensiero gentile l'app di {brand} che mi fa i complimenti per '100 giorni senza allarmi' alle 6 di domenica mattina 🙃",
    ),
}
