# ruff: noqa: E501
"""Hand-written wording of Netvero's happy customers (heldout32, report only).

Portuguese (Portugal) and German (Germany, Austria, Switzerland) first, then
English, Spanish, French and Italian. Placeholders: {at} (the brand, with an
"@" on social and community), {town}, {reason}, {agent}, {amount}; the writer's
gender as [[fem|masc]].
"""

from __future__ import annotations

LANGS = ("pt", "de", "en", "es", "fr", "it")

NAMES: dict[str, list[tuple[str, str, str]]] = {
    "pt": [
        ("Inês", "Carvalho", "f"),
        ("Joana", "Sousa", "f"),
        ("Beatriz", "Mendes", "f"),
        ("Marta", "Pereira", "f"),
        ("Catarina", "Lopes", "f"),
        ("Rita", "Fonseca", "f"),
        ("Sofia", "Ribeiro", "f"),
        ("Teresa", "Almeida", "f"),
        ("Filipa", "Nogueira", "f"),
        ("Helena", "Barros", "f"),
        ("Ana", "Tavares", "f"),
        ("Leonor", "Pinto", "f"),
        ("Tiago", "Ferreira", "m"),
        ("Rui", "Gonçalves", "m"),
        ("Nuno", "Marques", "m"),
        ("Duarte", "Correia", "m"),
        ("Miguel", "Antunes", "m"),
        ("Pedro", "Machado", "m"),
        ("Bruno", "Teixeira", "m"),
        ("Hugo", "Rocha", "m"),
        ("Gonçalo", "Matos", "m"),
        ("Vasco", "Cardoso", "m"),
        ("João", "Magalhães", "m"),
        ("Diogo", "Simões", "m"),
    ],
    "de": [
        ("Katrin", "Becker", "f"),
        ("Sabine", "Hoffmann", "f"),
        ("Julia", "Wagner", "f"),
        ("Anja", "Schulz", "f"),
        ("Lena", "Krüger", "f"),
        ("Miriam", "Vogel", "f"),
        ("Petra", "Huber", "f"),
        ("Nicole", "Gruber", "f"),
        ("Claudia", "Meier", "f"),
        ("Stefanie", "Keller", "f"),
        ("Ursula", "Brandt", "f"),
        ("Jana", "Lorenz", "f"),
        ("Jonas", "Schmitt", "m"),
        ("Tobias", "Weber", "m"),
        ("Markus", "Fischer", "m"),
        ("Florian", "Bauer", "m"),
        ("Lukas", "Pichler", "m"),
        ("Matthias", "Steiner", "m"),
        ("Reto", "Zürcher", "m"),
        ("Dirk", "Neumann", "m"),
        ("Sven", "Hartmann", "m"),
        ("Bernd", "Kaiser", "m"),
        ("Felix", "Wolf", "m"),
        ("Andreas", "Maurer", "m"),
    ],
    "en": [
        ("Siobhan", "Doyle", "f"),
        ("Rachel", "Hughes", "f"),
        ("Aoife", "Byrne", "f"),
        ("Gemma", "Clarke", "f"),
        ("Hannah", "Price", "f"),
        ("Niamh", "Walsh", "f"),
        ("Owen", "Jenkins", "m"),
        ("Callum", "Reid", "m"),
        ("Ciaran", "Kelly", "m"),
        ("Tom", "Fletcher", "m"),
        ("Gareth", "Lloyd", "m"),
        ("Daniel", "Moss", "m"),
    ],
    "es": [
        ("Lucía", "Navarro", "f"),
        ("Carmen", "Ortega", "f"),
        ("Paula", "Iglesias", "f"),
        ("Elena", "Castro", "f"),
        ("Marina", "Vidal", "f"),
        ("Nuria", "Serrano", "f"),
        ("Javier", "Molina", "m"),
        ("Álvaro", "Rubio", "m"),
        ("Sergio", "Herrero", "m"),
        ("Pablo", "Gil", "m"),
        ("Andrés", "Santos", "m"),
        ("Iker", "Etxeberria", "m"),
    ],
    "fr": [
        ("Camille", "Lefèvre", "f"),
        ("Élodie", "Garnier", "f"),
        ("Sandrine", "Roux", "f"),
        ("Manon", "Dupuis", "f"),
        ("Aurélie", "Lambert", "f"),
        ("Chloé", "Perrin", "f"),
        ("Julien", "Mercier", "m"),
        ("Thibault", "Leroy", "m"),
        ("Antoine", "Fabre", "m"),
        ("Nicolas", "Girard", "m"),
        ("Mathieu", "Janssens", "m"),
        ("Olivier", "Blanc", "m"),
    ],
    "it": [
        ("Chiara", "Colombo", "f"),
        ("Federica", "Marchetti", "f"),
        ("Silvia", "Galli", "f"),
        ("Valentina", "Rinaldi", "f"),
        ("Giorgia", "Bellini", "f"),
        ("Laura", "Ferri", "f"),
        ("Davide", "Conti", "m"),
        ("Matteo", "Sala", "m"),
        ("Stefano", "Greco", "m"),
        ("Luca", "Fontana", "m"),
        ("Andrea", "Moretti", "m"),
        ("Paolo", "Villa", "m"),
    ],
}

AGENTS: dict[str, list[str]] = {
    "pt": ["Carla", "Ricardo", "Patrícia", "Sérgio", "Vânia"],
    "de": ["Nadine", "Kevin", "Melanie", "Timo", "Sandra"],
    "en": ["Becky", "Liam", "Priya"],
    "es": ["Rocío", "Adrián", "Marta"],
    "fr": ["Lucie", "Karim", "Anaïs"],
    "it": ["Giulia", "Marco", "Elisa"],
}

# Towns by market; Switzerland by language.
TOWNS: dict[str, list[str]] = {
    "PT": [
        "Braga",
        "Setúbal",
        "Aveiro",
        "Coimbra",
        "Almada",
        "Matosinhos",
        "Viseu",
        "Faro",
        "Leiria",
        "Amadora",
    ],
    "DE": ["Bochum", "Kassel", "Leipzig", "Freiburg", "Würzburg", "Bremen", "Mainz", "Dresden"],
    "AT": ["Graz", "Linz", "Innsbruck", "Salzburg", "St. Pölten"],
    "CH-de": ["Winterthur", "Luzern", "St. Gallen", "Aarau"],
    "CH-fr": ["Lausanne", "Fribourg", "Neuchâtel"],
    "CH-it": ["Lugano", "Bellinzona"],
    "UK": ["Leeds", "Swansea", "Norwich", "Stockport"],
    "IE": ["Galway", "Limerick", "Drogheda"],
    "ES": ["Zaragoza", "Valladolid", "Málaga", "Vigo"],
    "FR": ["Rennes", "Dijon", "Tours", "Grenoble"],
    "BE": ["Namur", "Liège", "Charleroi"],
    "IT": ["Bergamo", "Modena", "Trento", "Pescara"],
}

REASONS: dict[str, list[str]] = {
    "pt": [
        "trabalho de casa três dias por semana",
        "a minha filha tem explicações online ao fim da tarde",
        "faço turnos no hospital e vejo séries às horas mais estranhas",
        "o meu pai está em Cabo Verde e falamos por videochamada todos os domingos",
        "dou aulas de guitarra por videochamada",
        "jogo online com os amigos à noite",
        "tenho uma loja no Etsy e passo o dia a carregar fotos",
        "somos cinco lá em casa e toda a gente quer a net ao mesmo tempo",
    ],
    "de": [
        "ich seit Corona fast nur noch im Homeoffice bin",
        "meine Frau und ich beide von zuhause arbeiten",
        "ich abends für die Fernuni lerne",
        "unser Sohn Onlineunterricht in Mathe hat",
        "ich nebenbei Podcasts schneide",
        "ich Nachtschicht habe und tagsüber streame",
        "wir zu viert sind und jeder sein eigenes Gerät hat",
        "ich mit meiner Mutter in Kasachstan jeden Sonntag videotelefoniere",
    ],
    "en": [
        "I work from home four days a week",
        "my lad games online every night",
        "I teach piano over video calls",
        "we've three teenagers and everyone streams at once",
    ],
    "es": [
        "teletrabajo casi toda la semana",
        "mi hija estudia online en la UNED",
        "hago directos en Twitch los fines de semana",
        "hablo con mi madre en Rosario por videollamada",
    ],
    "fr": [
        "je suis en télétravail trois jours par semaine",
        "mon fils suit ses cours du CNED en ligne",
        "je fais du montage vidéo le soir",
        "on est quatre à la maison à tout regarder en même temps",
    ],
    "it": [
        "lavoro da casa quasi tutta la settimana",
        "mia figlia segue le lezioni dell'università online",
        "faccio lezioni di yoga in videochiamata",
        "siamo in cinque e tutti vogliono la rete insieme",
    ],
}

# Page, bilingual product label, price in EUR.
PRODUCTS: list[tuple[str, str, str]] = [
    ("/loja/mesh-extra", "Repetidor Mesh / Mesh extender", "59.00"),
    ("/shop/tv-box", "Netvero TV Box", "79.90"),
    ("/loja/sim-adicional", "SIM adicional / Extra SIM", "9.90"),
    ("/shop/roaming-pass", "Roaming Pass 30 dias / 30 days", "14.90"),
    ("/shop/upgrade-1000", "Upgrade Fibra 1000", "10.00"),
    ("/loja/cabo-ethernet", "Cabo Ethernet 10 m / Ethernet cable", "12.50"),
]

PAGES = [
    "/tarifarios/fibra",
    "/tarife/glasfaser",
    "/app/consumo",
    "/coverage/map",
    "/ajuda/router",
    "/hilfe/wlan-tipps",
    "/area-cliente/faturas",
]

PRAISE: dict[str, list[str]] = {
    "pt": [
        "Mudei para a {at} em {town} e finalmente a net não cai a meio das reuniões. Para quem, como eu, {reason}, faz toda a diferença 👌",
        "Técnico da {at} chegou à hora marcada, instalou tudo em 40 min e ainda me explicou o router. Impecável!",
        "Fibra a voar cá em casa em {town}. {reason_cap}, por isso isto é ouro 🙌",
        "Tenho de dar o braço a torcer: o apoio da {at} no chat resolveu-me a dúvida em 3 minutos. Muito fixe",
        "Passei o fim de semana inteiro a ver o Benfica e séries sem uma única quebra. Obrigad[[a|o]] {at}",
        "A app da {at} mostra o consumo do telemóvel ao dia, adoro. Nunca mais fiquei sem dados a meio do mês",
        "5 estrelas para a {at}: o router novo apanha rede até na marquise!!",
    ],
    "de": [
        "Seit drei Wochen bei {at} in {town} und das Internet läuft einfach. Da {reason}, ist das Gold wert 👍",
        "Techniker von {at} war pünktlich, super freundlich, nach einer Stunde war alles fertig. So muss das!",
        "Kurzes Lob an {at}: Frage im Chat gestellt, nach zwei Minuten Antwort, Problem weg. Danke!",
        "Endlich stabiles WLAN im ganzen Haus, auch im Keller wo mein Büro ist. Da {reason}, bin ich echt froh",
        "Wollte nur mal sagen: die {at} App ist übersichtlich, Rechnung in 10 Sekunden gefunden. Top",
        "Umzug nach {town} und der Anschluss lief am ersten Tag. Hätte ich nie gedacht, ehrlich 😄",
        "Vom alten Anbieter zu {at} gewechselt, Rufnummer mitgenommen, null Stress. Echt entspannt 😊",
    ],
    "en": [
        "Switched to {at} in {town} and the wifi actually reaches the back bedroom now. Since {reason} that's a big deal 🙌",
        "Fair play to {at}, engineer turned up on time, had us online in 45 mins, cup of tea and done",
        "{at} chat sorted my question in two minutes flat. Legend of an agent",
    ],
    "es": [
        "Desde que me pasé a {at} en {town} la fibra va como un tiro. Y como {reason}, se nota muchísimo 👏",
        "El técnico de {at} vino puntual y me dejó todo funcionando en media hora. Un 10",
    ],
    "fr": [
        "Passé chez {at} à {town}, la fibre tient la route même quand tout le monde est connecté. Comme {reason}, ça change la vie 👍",
        "Technicien {at} à l'heure, sympa, installation nickel. Rien à redire",
    ],
    "it": [
        "Passat[[a|o]] a {at} a {town} e la fibra finalmente regge anche con tutti collegati. Visto che {reason}, è una svolta 👏",
        "Tecnico {at} puntualissimo, in un'ora tutto installato. 10 e lode",
    ],
}

AGAIN: dict[str, list[str]] = {
    "pt": [
        "Outra vez a fatura a chegar certinha no dia 1. Já são dois anos com a {at} e nem um erro",
        "Mais um mês sem uma única quebra de ligação. Continuo a não ter razão de queixa da {at}",
        "Terceiro ano com a {at} e o preço ainda é o mesmo que me prometeram. Raro hoje em dia",
        "De novo o apoio a responder em minutos. Vocês estão sempre impecáveis",
    ],
    "de": [
        "Wieder ein Monat ohne einen einzigen Ausfall. {at} läuft und läuft",
        "Schon das zweite Jahr bei {at} und immer noch dieselbe Geschwindigkeit wie am ersten Tag",
        "Und wieder hat der Support am Sonntag innerhalb von Minuten geantwortet. Respekt",
        "Zum dritten Mal den Roaming Pass gebucht, zum dritten Mal hat alles sofort funktioniert",
    ],
    "en": [
        "Another month, another bill exactly what I expected. Still no complaints with {at}",
        "Third year with {at} and the speed is still what they promised. Cheers lads",
    ],
    "es": ["Otra vez la app avisándome antes de gastar los datos. Sigo encantad[[a|o]] con {at}"],
    "fr": ["Encore un mois sans aucune coupure. Toujours aussi content[[e|]] de {at}"],
    "it": ["Ancora una volta fattura puntuale e zero sorprese. Sempre content[[a|o]] di {at}"],
}

GRIPE: dict[str, list[str]] = {
    "pt": [
        "A net é ótima, sem dúvida, só a app às vezes demora um bocado a abrir de manhã. De resto tudo 5 estrelas",
        "Adoro a {at}, mas a fatura em PDF podia ter a letra maior, a minha mãe não consegue ler. Fora isso, perfeito",
    ],
    "de": [
        "Internet top, Support top, nur die Rechnung kommt als PDF mit zwölf Seiten, das geht kürzer 😅 Sonst alles bestens",
        "Bin sehr zufrieden mit der Leitung, nur der Router blinkt nachts wie ein Weihnachtsbaum. Kann man die LEDs ausmachen?",
    ],
    "en": [
        "Love the fibre, only gripe is the router's so ugly it lives behind the telly now 😂 otherwise spot on"
    ],
    "es": [
        "Todo genial, solo que el correo de bienvenida llegó tres días tarde. Por lo demás, perfecto"
    ],
    "fr": ["Connexion au top, juste l'appli un peu lente le matin. Sinon nickel"],
    "it": [
        "Rete ottima, solo il modem fa una lucina blu fortissima di notte 😅 per il resto tutto perfetto"
    ],
}

# A question and the agent's answer to it.
QA: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Boa tarde, consigo mudar a data de pagamento da fatura para dia 8? Recebo só a 7",
            "Olá {first}, consegue sim: na app vá a Faturas > Data de pagamento e escolha o dia 8. A alteração vale já a partir da próxima fatura.",
        ),
        (
            "ola, se eu for passar o verão a Espanha os dados do telemovel funcionam lá sem pagar mais?",
            "Olá {first}, funcionam sim: na UE os dados do seu tarifário valem como em Portugal, até 22 GB por mês. Boas férias!",
        ),
        (
            "Como é que ponho a password do wifi mais simples? A minha avó não consegue escrever aquela que vem no router",
            "Olá {first}, na app vá a Router > Wi-Fi > Editar e escreva a nova password (mínimo 8 caracteres). O router reinicia em 1 minuto.",
        ),
        (
            "Boas, dá para ter controlo parental só no tablet do miúdo?",
            "Olá {first}, dá sim: em Router > Dispositivos escolha o tablet e ative Horários e Filtro infantil.",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich meine Rufnummer vom alten Anbieter noch mitnehmen wenn der Vertrag schon gekündigt ist?",
            "Guten Tag {title}, ja, das geht bis zu 90 Tage nach Vertragsende. Tragen Sie die Nummer in der App unter Mobilfunk > Rufnummer mitnehmen ein, den Rest erledigen wir.",
        ),
        (
            "Wie kann ich das WLAN für Gäste einrichten ohne mein Passwort rauszugeben?",
            "Guten Tag {title}, in der App unter Router > Gäste-WLAN einschalten, dort sehen Sie auch einen QR-Code für Ihre Gäste.",
        ),
        (
            "Moin, gibts die Rechnung auch mit Firmenanschrift? Brauch ich fürs Homeoffice für die Steuer",
            "Guten Tag {title}, ja: unter Konto > Rechnungsadresse können Sie eine zweite Zeile für die Firma ergänzen, ab der nächsten Rechnung steht sie drauf.",
        ),
        (
            "Kann ich den Roaming Pass auch für die Schweiz nutzen?",
            "Guten Tag {title}, ja, der Roaming Pass gilt in der Schweiz und in Großbritannien, 30 Tage ab Aktivierung.",
        ),
    ],
    "en": [
        (
            "hi, can I move my bill date to the 5th? payday's the 4th",
            "Hi {first}, you can: in the app go to Bills > Payment date and pick the 5th. It applies from your next bill.",
        ),
        (
            "Is there a way to see which device is hogging all the bandwidth?",
            "Hi {first}, yes: Router > Devices in the app shows live usage per device, and you can pause any of them from there.",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo cambiar el nombre de la red wifi desde la app?",
            "Hola {first}, sí: en Router > Wi-Fi > Editar pones el nombre nuevo y en un minuto se reinicia.",
        ),
        (
            "¿La SIM adicional comparte los datos con la mía?",
            "Hola {first}, sí, la SIM adicional comparte el bono de datos de tu tarifa principal.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que je peux décaler la date de prélèvement au 10 ?",
            "Bonjour {title}, oui : dans l'appli, Factures > Date de prélèvement, choisissez le 10. Ce sera effectif dès la prochaine facture.",
        ),
        (
            "Comment on active le wifi invité ?",
            "Bonjour {title}, dans l'appli : Routeur > Wi-Fi invité, un QR code s'affiche pour vos invités.",
        ),
    ],
    "it": [
        (
            "Ciao, posso spostare l'addebito al 10 del mese?",
            "Ciao {first}, certo: in app vai su Fatture > Data addebito e scegli il 10. Vale dalla prossima fattura.",
        ),
        (
            "Il roaming pass vale anche in Svizzera?",
            "Ciao {first}, sì, vale in Svizzera e nel Regno Unito per 30 giorni dall'attivazione.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "pt": [
        "Obrigad[[a|o]] {agent}, já está!",
        "Perfeito, muito obrigad[[a|o]] 🙏",
        "top, obrigad[[a|o]] pela rapidez",
        "Funcionou, obrigad[[a|o]] {agent}!! 😊",
    ],
    "de": [
        "Danke {agent}, hat geklappt!",
        "Super, vielen Dank für die schnelle Antwort",
        "Perfekt, danke 👍",
        "Klappt, danke schön!",
    ],
    "en": ["Cheers {agent}, sorted!", "Brilliant, thanks a million"],
    "es": ["Genial {agent}, ¡gracias!", "Perfecto, mil gracias"],
    "fr": ["Merci {agent}, c'est bon !", "Parfait, merci beaucoup"],
    "it": ["Grazie {agent}, fatto!", "Perfetto, grazie mille"],
}

PHONE_Q: dict[str, list[str]] = {
    "pt": [
        "queria saber se posso levar o router para a casa da praia no verão e se funciona lá",
        "era só para confirmar se a fibra de mil já chega à minha rua ouvi dizer que sim",
        "queria acrescentar um cartão para a minha filha como é que faço",
    ],
    "de": [
        "ich wollte fragen ob ich den router in die ferienwohnung mitnehmen kann ob das da auch geht",
        "ich hätte gern gewusst ob die tausender leitung bei uns in der straße schon verfügbar ist",
        "ich möchte eine zweite sim karte für meine tochter wie geht das",
    ],
    "en": ["just wondering can i get a second sim for my daughter on the same account"],
    "es": ["quería saber si puedo llevarme el router al pueblo en agosto y si funciona allí"],
    "fr": ["je voulais savoir si la fibre mille est disponible dans ma rue"],
    "it": ["volevo sapere se posso aggiungere una sim per mio figlio sullo stesso contratto"],
}

PHONE_OPEN: dict[str, list[str]] = {
    "pt": ["está sim boa tarde", "bom dia olhe", "sim olá boa tarde", "boa tarde é o seguinte"],
    "de": ["ja hallo guten tag", "äh hallo", "grüß gott", "grüezi ja"],
    "en": ["yeah hi there", "hiya"],
    "es": ["sí hola buenas", "oiga hola mire"],
    "fr": ["oui bonjour euh", "allô bonjour"],
    "it": ["pronto buongiorno", "sì salve"],
}

PHONE_ANSWER: dict[str, str] = {
    "pt": "Olá {first}, obrigada pela chamada de hoje. Como combinado: já tratámos do seu pedido, a confirmação segue na app.",
    "de": "Guten Tag {title}, danke für Ihren Anruf heute. Wie besprochen ist Ihr Anliegen erledigt, die Bestätigung finden Sie in der App.",
    "en": "Hi {first}, thanks for your call today. As discussed it's all set up, you'll see the confirmation in the app.",
    "es": "Hola {first}, gracias por tu llamada. Como hablamos, ya está hecho; tienes la confirmación en la app.",
    "fr": "Bonjour {title}, merci pour votre appel. Comme convenu, c'est fait ; la confirmation est dans l'appli.",
    "it": "Ciao {first}, grazie per la chiamata. Come d'accordo è tutto fatto, trovi la conferma in app.",
}

REVIEWS: dict[str, list[tuple[str, int]]] = {
    "pt": [
        ("Fibra estável, técnico simpático, preço justo. Recomendo", 5),
        ("Muito bom. A app podia ser mais rápida mas a net é excelente", 4),
        ("5 estrelas, finalmente um operador que atende o telefone", 5),
    ],
    "de": [
        ("Schnelle Leitung, fairer Preis, Support erreichbar. Klare Empfehlung", 5),
        ("Läuft stabil seit Monaten. Ein Stern Abzug für die lange Lieferzeit vom Router", 4),
        ("Bester Anbieter den ich bisher hatte", 5),
    ],
    "en": [("Solid connection, decent price, no faff", 5)],
    "es": [("Fibra estable y buen precio. Recomendable", 5)],
    "fr": [("Connexion stable, prix correct, je recommande", 5)],
    "it": [("Fibra stabile e assistenza veloce. Consigliato", 5)],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "pt": ["Excelente", "Tudo ótimo", "Rápido e simpático", "nada a apontar"],
    "de": ["Sehr gut", "Alles bestens", "schnell und freundlich", "passt"],
    "en": ["Spot on", "Great stuff"],
    "es": ["Muy bien", "Genial"],
    "fr": ["Très bien", "Top"],
    "it": ["Ottimo", "Tutto perfetto"],
}

SURVEY_EMOJI = ["👍", "😊", "🙌", "👌", "⭐⭐⭐⭐⭐", "💯"]

NIGHT_POSTS: dict[str, list[str]] = {
    "pt": [
        "3 da manhã, acabei o turno e a {at} aguenta o episódio final sem pestanejar. Boa noite a todos",
        "Quem mais está acordad[[a|o]] às 2h a fazer upload de fotos? Pelo menos a fibra voa a esta hora 😴",
    ],
    "de": [
        "Halb drei, Nachtschicht vorbei, und das Streaming läuft ohne Ruckeln. Danke {at} 😴",
        "Um 1 Uhr nachts noch 20 GB Fotos hochgeladen, in zehn Minuten fertig. Wahnsinn",
    ],
    "en": ["2am after a night shift and the footie replay's streaming perfect. Night all"],
    "es": ["Las 3 de la mañana, búho nocturno subiendo vídeos y la fibra ni se inmuta 🦉"],
    "fr": ["2h du mat, fin de garde, et le streaming tourne impeccable. Bonne nuit"],
    "it": ["Le 2 di notte dopo il turno e lo streaming va liscio. Buonanotte"],
}

NIGHT_QA: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Olá, estão aí? A esta hora consigo ativar o passe de roaming? Apanho o avião às 6",
            "Olá {first}, estamos sim! Pode ativar já na app em Móvel > Roaming Pass, fica ativo na hora. Boa viagem!",
        )
    ],
    "de": [
        (
            "Hallo, ist noch jemand da? Kann ich jetzt nachts noch den Roaming Pass buchen, Flug geht um 6",
            "Guten Abend {title}, ja, wir sind rund um die Uhr da. In der App unter Mobilfunk > Roaming Pass buchen, er ist sofort aktiv. Gute Reise!",
        )
    ],
    "en": [
        (
            "anyone there at this hour? can I turn on the roaming pass now, flight's at 6",
            "Hi {first}, we're here 24/7! Mobile > Roaming Pass in the app, it's active straight away. Safe travels!",
        )
    ],
    "es": [
        (
            "¿Hay alguien? ¿Puedo activar ahora el bono de roaming? Vuelo a las 6",
            "Hola {first}, ¡aquí estamos! En la app, Móvil > Roaming Pass, se activa al momento. ¡Buen viaje!",
        )
    ],
    "fr": [
        (
            "Il y a quelqu'un ? Je peux activer le pass roaming maintenant, vol à 6h",
            "Bonsoir {title}, oui, dans l'appli Mobile > Roaming Pass, il est actif tout de suite. Bon voyage !",
        )
    ],
    "it": [
        (
            "C'è qualcuno? Posso attivare ora il roaming pass, volo alle 6",
            "Ciao {first}, ci siamo! In app Mobile > Roaming Pass, è attivo subito. Buon viaggio!",
        )
    ],
}

SARCASM: dict[str, list[str]] = {
    "pt": [
        "Adoro quando a app da {at} me pede para iniciar sessão pela quinta vez esta semana. Fantástico 🙃",
        "Que bonito, a notificação «a sua fatura está disponível» chegou dois dias depois de pagar 🙃",
    ],
    "de": [
        "Toll, dass mich die {at} App jeden Morgen wieder ausloggt. Ich liebe Passwörter 🙃",
        "Herrlich, die SMS «Ihr Techniker kommt morgen» kam, als der Techniker schon wieder weg war 🙃",
    ],
    "en": ["Love how the {at} app logs me out every single morning. Living the dream 🙃"],
    "es": ["Me encanta que la app de {at} me pida la contraseña cada día. Maravilloso 🙃"],
    "fr": ["Génial, l'appli {at} me déconnecte tous les matins. Trop bien 🙃"],
    "it": ["Bellissimo, l'app di {at} mi fa rifare il login ogni mattina 🙃"],
}

# A mild grumble and the agent's answer (calm streams).
MILD: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "O mapa de cobertura na app demora imenso a carregar de manhã, é normal?",
            "Olá {first}, obrigada pelo aviso, passámos à equipa da app. Entretanto o mapa abre mais rápido em netvero.pt/cobertura.",
        ),
        (
            "No tablet as fotos dos routers na loja aparecem desfocadas. Nada de grave mas fica mal",
            "Olá {first}, obrigado, já reportámos à equipa do site.",
        ),
    ],
    "de": [
        (
            "Die Verfügbarkeitskarte in der App lädt morgens ewig. Ist das bekannt?",
            "Guten Tag {title}, danke für den Hinweis, wir haben es ans App-Team gegeben. Im Browser unter netvero.de/karte geht es schneller.",
        ),
        (
            "Im Shop auf dem Tablet sind die Produktbilder verschwommen, nur so als Info",
            "Guten Tag {title}, danke, ist ans Web-Team weitergeleitet.",
        ),
    ],
    "en": [
        (
            "coverage map in the app takes ages to load in the mornings, known issue?",
            "Hi {first}, thanks for flagging, passed to the app team. The web version is quicker in the meantime.",
        )
    ],
    "es": [
        (
            "El mapa de cobertura tarda muchísimo en cargar por la mañana",
            "Hola {first}, gracias por avisar, lo pasamos al equipo de la app.",
        )
    ],
    "fr": [
        (
            "La carte de couverture met un temps fou à charger le matin",
            "Bonjour {title}, merci, c'est remonté à l'équipe de l'appli.",
        )
    ],
    "it": [
        (
            "La mappa di copertura in app ci mette un'eternità a caricare la mattina",
            "Ciao {first}, grazie della segnalazione, l'abbiamo girata al team dell'app.",
        )
    ],
}

GRUMPY: dict[str, list[str]] = {
    "pt": [
        "Outra vez a app a fazer logout depois da atualização. Já nem me dou ao trabalho",
        "O chat é um robô que não percebe nada. Escrevo «falar com pessoa» e manda-me um artigo de ajuda",
        "Porque é que tenho de pôr o NIF de novo sempre que peço uma fatura? Não está guardado?",
        "Cobram 3 € por enviar a fatura em papel. A sério?",
        "A app esquece-se do cartão todos os meses. Cansativo",
    ],
    "de": [
        "Nach jedem Update wieder ausgeloggt. Nervt.",
        "Der Chatbot versteht gar nichts, ich schreib «Mitarbeiter» und krieg einen FAQ-Link",
        "Warum muss ich bei jeder Änderung die IBAN neu eingeben? Ist doch hinterlegt",
        "3 € für eine Papierrechnung. Ernsthaft?",
        "Die App vergisst jeden Monat die Zahlungsart. Mühsam",
    ],
    "en": [
        "Logged out again after the update. Can't be bothered anymore",
        "The chatbot is useless. Typed agent and got a help article",
        "£2.60 for a paper bill. Really?",
    ],
    "es": [
        "Otra vez fuera de la sesión tras la actualización. Qué pereza",
        "El chatbot no entiende nada",
        "3 € por la factura en papel. ¿En serio?",
    ],
    "fr": [
        "Encore déconnecté[[e|]] après la mise à jour. Pénible",
        "Le chatbot ne comprend rien",
        "3 € la facture papier. Sérieusement ?",
    ],
    "it": [
        "Di nuovo disconness[[a|o]] dopo l'aggiornamento. Che noia",
        "Il chatbot non capisce niente",
        "3 € per la fattura cartacea. Davvero?",
    ],
}

# The six steps of a slide, in order; {competitor} in the last.
SLIDE: dict[str, list[str]] = {
    "pt": [
        "Hmm, desde a atualização a app está bem mais lenta. Espero que resolvam",
        "Um bocado desiludid[[a|o]] com a subida da fibra de 29,90 para 34,90. Não avisaram com muita antecedência",
        "À noite a net anda a cair uns minutos, já é a terceira vez esta semana",
        "Tentei falar com alguém e só há o robô no chat. Meia hora para nada",
        "ESTOU FART[[A|O]]. Cobraram-me a box de TV que eu nunca pedi e ninguém me responde",
        "Pronto, chega. Já estou a ver quanto é que a {competitor} cobra pelo mesmo",
    ],
    "de": [
        "Seit dem Update ist die App irgendwie langsam. Hoffe das wird wieder",
        "Etwas enttäuscht, dass der Preis von 29,90 auf 34,90 geht. Kam ziemlich kurzfristig",
        "Abends bricht die Verbindung jetzt öfter mal für ein paar Minuten weg, schon das dritte Mal diese Woche",
        "Wollte mit einem Menschen reden, gibt aber nur den Chatbot. Halbe Stunde verschwendet",
        "Jetzt reicht's. Mir wurde eine TV Box berechnet die ich NIE bestellt habe und keiner antwortet",
        "Das war's für mich. Ich schau mir gerade an, was {competitor} für dasselbe verlangt",
    ],
    "en": [
        "App's gone really slow since the update. Hope they sort it",
        "Bit gutted the fibre's going from £26 to £30 a month, not much notice either",
        "Connection keeps dropping for a few mins in the evenings, third time this week",
        "Tried to get a human, only the bot. Half an hour wasted",
        "FUMING. Charged for a TV box I never ordered and nobody answers",
        "That's it for me. Having a look at what {competitor} charge",
    ],
    "es": [
        "Desde la actualización la app va lentísima",
        "Algo decepcionad[[a|o]] con la subida de 29,90 a 34,90",
        "Por las noches se corta la conexión unos minutos, ya van tres esta semana",
        "Quería hablar con una persona y solo está el bot",
        "Me han cobrado una TV Box que NUNCA pedí y nadie contesta",
        "Se acabó. Estoy mirando lo que cobra {competitor}",
    ],
    "fr": [
        "Depuis la mise à jour l'appli rame",
        "Un peu déçu[[e|]] par le passage de 29,90 à 34,90",
        "Le soir la connexion coupe quelques minutes, troisième fois cette semaine",
        "Impossible d'avoir un humain, que le bot",
        "On m'a facturé une TV Box que je n'ai JAMAIS commandée et personne ne répond",
        "C'est fini pour moi. Je regarde ce que propose {competitor}",
    ],
    "it": [
        "Dopo l'aggiornamento l'app è lentissima",
        "Un po' delus[[a|o]] dall'aumento da 29,90 a 34,90",
        "La sera la connessione cade per qualche minuto, terza volta questa settimana",
        "Volevo parlare con una persona, c'è solo il bot",
        "Mi hanno addebitato una TV Box che non ho MAI chiesto e nessuno risponde",
        "Basta. Sto guardando quanto chiede {competitor}",
    ],
}

# Leavers: subject, request, agent's answer, reason given on the web cancellation.
LEAVE: dict[str, tuple[str, str, str, str]] = {
    "pt": (
        "Cancelamento do contrato",
        "Bom dia, venho por este meio pedir o cancelamento do meu contrato de fibra e móvel e o fecho da conta. Vou mudar-me para casa da minha companheira e ela já tem internet. Obrigad[[a|o]]",
        "Olá {first}, lamentamos vê-l[[a|o]] partir. Pode cancelar sozinh[[a|o]] em Conta > Cancelar contrato, na app ou no site; o router pode ser entregue em qualquer loja CTT.",
        "Mudança de casa",
    ),
    "de": (
        "Kündigung",
        "Sehr geehrte Damen und Herren, hiermit möchte ich meinen Internet- und Mobilfunkvertrag kündigen und mein Kundenkonto schließen. Ich ziehe zu meinem Partner, dort gibt es schon einen Anschluss. Mit freundlichen Grüßen",
        "Guten Tag {title}, schade, dass Sie gehen. Sie können selbst unter Konto > Vertrag kündigen in der App oder auf der Website kündigen; den Router schicken Sie mit dem beiliegenden Etikett zurück.",
        "Umzug",
    ),
    "en": (
        "Cancel my contract",
        "Hi, I'd like to cancel my broadband and mobile contract and close my account please. Moving in with my partner who already has internet. Thanks",
        "Hi {first}, sorry to see you go. You can cancel yourself under Account > Cancel contract in the app or on the website.",
        "Moving house",
    ),
    "es": (
        "Baja del contrato",
        "Hola, quiero dar de baja mi contrato de fibra y móvil y cerrar la cuenta. Me mudo con mi pareja y allí ya tienen internet. Gracias",
        "Hola {first}, sentimos que te vayas. Puedes darte de baja tú mism[[a|o]] en Cuenta > Cancelar contrato, en la app o la web.",
        "Mudanza",
    ),
    "fr": (
        "Résiliation",
        "Bonjour, je souhaite résilier mon abonnement fibre et mobile et clôturer mon compte. Je déménage chez mon conjoint qui a déjà internet. Cordialement",
        "Bonjour {title}, dommage de vous voir partir. Vous pouvez résilier vous-même dans Compte > Résilier, dans l'appli ou sur le site.",
        "Déménagement",
    ),
    "it": (
        "Disdetta contratto",
        "Buongiorno, vorrei disdire il contratto fibra e mobile e chiudere l'account. Vado a vivere dal mio compagno che ha già internet. Grazie",
        "Ciao {first}, ci dispiace vederti andare. Puoi disdire da sol[[a|o]] in Account > Disdici contratto, in app o sul sito.",
        "Trasloco",
    ),
}
