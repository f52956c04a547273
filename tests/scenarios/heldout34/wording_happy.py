"""Happy wording for heldout34 (Deskora, coworking by app), written by hand.

Italian and German first (most variants), then English, Spanish, French and
Portuguese. ``[[fem|masc]]`` agrees with the writer; ``{town}``, ``{job}``,
``{agent}``, ``{amount}`` are filled in by the generator.
"""

# ruff: noqa: E501

FIRST_F: dict[str, list[str]] = {
    "it": [
        "Giulia",
        "Chiara",
        "Federica",
        "Sara",
        "Elisa",
        "Martina",
        "Ilaria",
        "Valentina",
        "Roberta",
        "Silvia",
        "Marta",
        "Alessia",
        "Paola",
        "Serena",
        "Arianna",
        "Beatrice",
    ],
    "de": [
        "Katrin",
        "Julia",
        "Anna",
        "Lea",
        "Miriam",
        "Sabine",
        "Franziska",
        "Nina",
        "Carla",
        "Stefanie",
        "Johanna",
        "Svenja",
        "Theresa",
        "Ines",
        "Birgit",
        "Hannah",
    ],
    "en": ["Siobhan", "Chloe", "Hannah", "Aoife", "Rachel", "Megan", "Niamh", "Laura"],
    "es": ["Lucía", "Marta", "Nuria", "Paula", "Irene", "Elena", "Ainhoa", "Carmen"],
    "fr": ["Camille", "Léa", "Manon", "Julie", "Sophie", "Aurélie", "Margaux", "Élodie"],
    "pt": ["Inês", "Mariana", "Catarina", "Beatriz", "Joana", "Rita", "Sofia", "Marta"],
}
FIRST_M: dict[str, list[str]] = {
    "it": [
        "Marco",
        "Luca",
        "Davide",
        "Matteo",
        "Andrea",
        "Stefano",
        "Paolo",
        "Simone",
        "Riccardo",
        "Fabio",
        "Lorenzo",
        "Alessandro",
        "Giacomo",
        "Enrico",
        "Tommaso",
        "Nicola",
    ],
    "de": [
        "Jonas",
        "Felix",
        "Tobias",
        "Lukas",
        "Matthias",
        "Stefan",
        "Florian",
        "Jan",
        "Philipp",
        "Andreas",
        "Moritz",
        "Benedikt",
        "Sebastian",
        "Markus",
        "Dominik",
        "Kai",
    ],
    "en": ["Ciaran", "Tom", "James", "Conor", "Oliver", "Sean", "Dan", "Rory"],
    "es": ["Javier", "Pablo", "Sergio", "Iñaki", "David", "Álvaro", "Jorge", "Raúl"],
    "fr": ["Julien", "Thomas", "Nicolas", "Maxime", "Antoine", "Romain", "Hugo", "Bastien"],
    "pt": ["João", "Tiago", "Miguel", "Rui", "Pedro", "Nuno", "André", "Diogo"],
}
SURNAMES: dict[str, list[str]] = {
    "it": [
        "Rossi",
        "Bianchi",
        "Colombo",
        "Ferri",
        "Galli",
        "Marchetti",
        "Conti",
        "Barbieri",
        "Fontana",
        "Rinaldi",
        "Caruso",
        "Mancini",
        "Lombardi",
        "Moretti",
        "Greco",
        "Sartori",
    ],
    "de": [
        "Bauer",
        "Huber",
        "Wagner",
        "Schmid",
        "Hofmann",
        "Keller",
        "Brandt",
        "Lehmann",
        "Vogel",
        "Krause",
        "Winkler",
        "Berger",
        "Seidel",
        "Frank",
        "Roth",
        "Pichler",
    ],
    "en": ["Murphy", "Walsh", "Hughes", "Clarke", "Byrne", "Taylor", "Doyle", "Evans"],
    "es": ["García", "Ruiz", "Moreno", "Ortega", "Navarro", "Iglesias", "Castro", "Vidal"],
    "fr": ["Martin", "Lefèvre", "Girard", "Roux", "Fournier", "Morel", "Lambert", "Chevalier"],
    "pt": ["Silva", "Costa", "Ferreira", "Rocha", "Pinto", "Carvalho", "Sousa", "Lopes"],
}
TOWNS: dict[str, list[str]] = {
    "IT": ["Milano", "Torino", "Bologna", "Roma", "Firenze", "Padova", "Verona", "Bari"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Frankfurt", "Stuttgart", "Dresden"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck"],
    "CH-de": ["Zürich", "Basel", "Bern", "Luzern", "Winterthur"],
    "CH-it": ["Lugano", "Bellinzona", "Locarno"],
    "CH-fr": ["Genève", "Lausanne", "Neuchâtel"],
    "UK": ["Manchester", "Bristol", "Leeds", "London", "Glasgow"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Bilbao", "Sevilla"],
    "FR": ["Lyon", "Nantes", "Lille", "Bordeaux", "Paris"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra"],
}
JOBS: dict[str, list[str]] = {
    "it": [
        "[[una traduttrice|un traduttore]] freelance",
        "[[una grafica|un grafico]]",
        "[[una sviluppatrice|uno sviluppatore]] che lavora con clienti in Giappone",
        "[[una commercialista|un commercialista]] in proprio",
        "[[una architetta|un architetto]] con lo studio in casa",
        "[[una fotografa|un fotografo]]",
        "[[una consulente|un consulente]] che passa la giornata in call",
        "[[una copywriter|un copywriter]]",
    ],
    "de": [
        "[[eine freie Übersetzerin|ein freier Übersetzer]]",
        "[[eine Grafikerin|ein Grafiker]]",
        "[[eine Entwicklerin|ein Entwickler]] mit Kunden in Kanada",
        "[[eine Steuerberaterin|ein Steuerberater]] ohne eigenes Büro",
        "[[eine Architektin|ein Architekt]]",
        "[[eine Fotografin|ein Fotograf]]",
        "[[eine Beraterin|ein Berater]], [[die|der]] den ganzen Tag in Calls hängt",
        "[[eine Texterin|ein Texter]]",
    ],
    "en": [
        "a freelance translator",
        "a graphic designer",
        "a developer with clients in Toronto",
        "a bookkeeper working for myself",
    ],
    "es": [
        "[[traductora|traductor]] autónom[[a|o]]",
        "[[diseñadora|diseñador]] gráfic[[a|o]]",
        "[[programadora|programador]] con clientes en México",
    ],
    "fr": [
        "[[traductrice|traducteur]] indépendant[[e|]]",
        "[[graphiste|graphiste]]",
        "[[développeuse|développeur]] avec des clients au Québec",
    ],
    "pt": [
        "[[tradutora|tradutor]] freelancer",
        "[[designer|designer]] gráfic[[a|o]]",
        "[[programadora|programador]] com clientes no Brasil",
    ],
}
AGENTS: dict[str, list[str]] = {
    "it": ["Francesca", "Giorgio", "Laura", "Emanuele"],
    "de": ["Mareike", "Timo", "Ulrike", "Bastian"],
    "en": ["Gemma", "Liam"],
    "es": ["Rocío", "Dani"],
    "fr": ["Pauline", "Yann"],
    "pt": ["Filipa", "Hugo"],
}
#: Agents' sign-off line ("{agent}" filled in).
SIGN: dict[str, str] = {
    "it": "Un saluto,\n{agent} – Team Deskora",
    "de": "Viele Grüße\n{agent} – Deskora Team",
    "en": "Best,\n{agent} – Deskora Support",
    "es": "Un saludo,\n{agent} – Equipo Deskora",
    "fr": "Bonne journée,\n{agent} – Équipe Deskora",
    "pt": "Cumprimentos,\n{agent} – Equipa Deskora",
}

PRAISE: dict[str, list[str]] = {
    "it": [
        "Terzo mese al @Deskora di {town} e ancora non ho trovato un motivo per tornare a lavorare in cucina. Caffè buono, sedie vere, gente tranquilla",
        "Call con un cliente di Tokyo alle 7, sala prenotata ieri sera dall'app in 20 secondi. @Deskora 10 e lode",
        "Da quando vado al @Deskora {town} ho smesso di lavorare in pigiama. Mia madre ringrazia 😂",
        "La cabina telefonica del @Deskora di {town} mi ha salvato la call di oggi, a casa c'erano i muratori",
        "Il wifi del @Deskora regge tre videochiamate di fila e un upload da 4 giga. Per {job} è tutto",
        "ragazzi della reception @Deskora {town} siete i migliori, mi avete tenuto il pacco del corriere per tre giorni",
        "Consiglio il @Deskora di {town} a chiunque lavori da casa e stia impazzendo. Luce, silenzio, niente lavatrice che ti chiama",
        "Prima volta nella sala grande al @Deskora: proiettore partito al primo colpo. Un miracolo italiano",
        "Terrazza del @Deskora {town} alle 18 con il portatile chiuso e un chinotto. Ne avevo bisogno",
    ],
    "de": [
        "Drittes Jahr im @Deskora {town} und der Kaffee ist immer noch besser als in jedem Büro, in dem ich je angestellt war",
        "Call mit einem Kunden in New York um 7, Raum gestern Abend in der App gebucht, 20 Sekunden. @Deskora einfach top",
        "Seit ich ins @Deskora {town} gehe, arbeite ich nicht mehr im Schlafanzug. Meine Mitbewohnerin findet das gut 😂",
        "Die Telefonbox im @Deskora {town} hat heute meinen Pitch gerettet. Zuhause hat der Nachbar gebohrt",
        "WLAN im @Deskora hält drei Videocalls am Stück und einen 4-GB-Upload aus. Für {job} zählt nur das",
        "Danke ans Team am Empfang im @Deskora {town}, ihr habt drei Tage mein Paket aufgehoben. Spitze",
        "Kann das @Deskora in {town} allen empfehlen, denen zuhause die Decke auf den Kopf fällt. Licht, Ruhe, keine Waschmaschine",
        "Erstes Mal im großen Besprechungsraum @Deskora: Beamer ging beim ersten Versuch. Ich war sprachlos",
        "Dachterrasse im @Deskora {town}, 18 Uhr, Laptop zu, Radler auf. So muss Feierabend",
    ],
    "en": [
        "Third month at @Deskora {town} and still no reason to go back to working off the kitchen table. Proper chairs, decent coffee, quiet people",
        "Booked a room on the @Deskora app at 11pm for a 7am call with Tokyo. Took 20 seconds. Legends",
        "the phone booths at @Deskora {town} are the best thing about my week, builders next door at home",
    ],
    "es": [
        "Tercer mes en @Deskora {town} y no echo nada de menos trabajar en la mesa de la cocina. Sillas de verdad y café decente",
        "Reservé sala desde la app de @Deskora a las 11 de la noche para una call a las 7 con Tokio. 20 segundos. Un 10",
        "la cabina de @Deskora {town} me ha salvado la reunión, en casa tenía obras",
    ],
    "fr": [
        "Troisième mois au @Deskora de {town} et aucune envie de retravailler sur la table de la cuisine. Vraies chaises, café correct, calme",
        "Salle réservée sur l'appli @Deskora à 23h pour un call à 7h avec Montréal. 20 secondes. Nickel",
        "la cabine téléphonique du @Deskora {town} m'a sauvé la réunion, travaux chez moi toute la matinée",
    ],
    "pt": [
        "Terceiro mês no @Deskora {town} e não tenho saudades nenhumas de trabalhar na mesa da cozinha. Cadeiras a sério e café decente",
        "Reservei sala na app @Deskora às 23h para uma call às 7 com São Paulo. 20 segundos. Muito fixe",
    ],
}
AGAIN: dict[str, list[str]] = {
    "it": [
        "Ancora una volta postazione vicino alla finestra libera alle 9 @Deskora {town}. Non so come facciate",
        "Terza settimana di fila che trovo la sala pronta, pulita e con i pennarelli che scrivono @Deskora",
        "Di nuovo la macchinetta del caffè riparata in giornata. @Deskora {town} sempre sul pezzo",
        "Secondo anno di abbonamento @Deskora e ancora mi sorprendo di quanto sia silenzioso il piano di sopra",
    ],
    "de": [
        "Schon wieder um 9 ein freier Fensterplatz im @Deskora {town}. Keine Ahnung, wie ihr das macht",
        "Zum dritten Mal diese Woche den Raum pünktlich, sauber und mit funktionierenden Stiften vorgefunden @Deskora",
        "Wieder die Kaffeemaschine am selben Tag repariert. @Deskora {town} ist auf Zack",
        "Zweites Jahr Abo bei @Deskora und ich wundere mich immer noch, wie ruhig es oben ist",
    ],
    "en": [
        "Again a window desk free at 9 at @Deskora {town}. No idea how you manage it",
        "Second year with @Deskora and still the quietest room in {town}",
    ],
    "es": [
        "Otra vez mesa junto a la ventana libre a las 9 en @Deskora {town}. No sé cómo lo hacéis"
    ],
    "fr": [
        "Encore une fois une place près de la fenêtre libre à 9h au @Deskora {town}. Je sais pas comment vous faites"
    ],
    "pt": ["Outra vez mesa à janela livre às 9 no @Deskora {town}. Não sei como conseguem"],
}
GRIPE: dict[str, list[str]] = {
    "it": [
        "@Deskora {town} sempre top, unico appunto: l'aria condizionata al secondo piano è polare. Porto la felpa ad agosto 🥶",
        "Adoro il @Deskora di {town}, ma l'app ogni mattina ci mette un'eternità ad aprirsi. Per il resto nulla da dire",
        "Posto bellissimo @Deskora, solo le prese vicino al divano sono sempre occupate. Dettagli",
    ],
    "de": [
        "@Deskora {town} wie immer super, nur die Klimaanlage im 2. Stock ist eiskalt. Ich komme im August mit Pulli 🥶",
        "Ich liebe das @Deskora in {town}, aber die App braucht morgens ewig zum Starten. Sonst alles bestens",
        "Toller Ort @Deskora, nur die Steckdosen am Sofa sind immer belegt. Kleinigkeit",
    ],
    "en": [
        "Love @Deskora {town}, only gripe: the aircon on the second floor is arctic. Jumper in August 🥶"
    ],
    "es": [
        "@Deskora {town} genial como siempre, solo que el aire del segundo piso es polar. Sudadera en agosto 🥶"
    ],
    "fr": [
        "@Deskora {town} toujours top, seul bémol : la clim du 2e étage est polaire. Pull en août 🥶"
    ],
    "pt": [
        "@Deskora {town} sempre impecável, só o ar condicionado do 2.º andar é polar. Casaco em agosto 🥶"
    ],
}
#: (question, agent's answer) for chat and e-mail.
QA: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Ciao, con il pass Flex da 10 giorni posso portare un ospite per un pomeriggio? È una collega che viene da Napoli",
            "Ciao! Sì, ogni pass include due ingressi ospite al mese: basta registrarlo in app alla voce Ospiti prima che arrivi.",
        ),
        (
            "buongiorno, la sala piccola di {town} ha uno schermo per collegare il portatile? domani ho una presentazione",
            "Buongiorno! Sì, c'è uno schermo da 55 pollici con cavo HDMI e USB-C, e un adattatore in reception se serve.",
        ),
        (
            "Salve, posso mettere in pausa l'abbonamento ad agosto? Vado via tre settimane",
            "Certo: in app, Abbonamento > Pausa, fino a 4 settimane l'anno. Il rinnovo si sposta di conseguenza.",
        ),
        (
            "Ciao, l'armadietto si può prendere solo per un mese? Giusto per settembre",
            "Ciao! Sì, l'armadietto si prenota anche per un solo mese dalla sezione Extra dell'app.",
        ),
        (
            "Ma il Deskora di {town} è aperto anche il sabato? Ho una consegna lunedì",
            "Sì, con l'abbonamento accedi 7 giorni su 7, dalle 6 alle 24, con il QR dell'app.",
        ),
    ],
    "de": [
        (
            "Hallo, darf ich mit dem Flex-Pass 10 Tage einen Gast für einen Nachmittag mitbringen? Eine Kollegin aus Hamburg",
            "Hallo! Ja, jeder Pass enthält zwei Gastzutritte pro Monat: einfach vorher in der App unter Gäste eintragen.",
        ),
        (
            "guten morgen, hat der kleine Raum in {town} einen Bildschirm für den Laptop? Morgen hab ich eine Präsentation",
            "Guten Morgen! Ja, ein 55-Zoll-Bildschirm mit HDMI und USB-C, Adapter gibt's am Empfang.",
        ),
        (
            "Hallo, kann ich das Abo im August pausieren? Bin drei Wochen weg",
            "Klar: in der App unter Abo > Pausieren, bis zu 4 Wochen im Jahr. Die Verlängerung verschiebt sich entsprechend.",
        ),
        (
            "Kann man ein Schließfach auch nur für einen Monat mieten? Nur für September",
            "Ja, Schließfächer gibt es auch monatsweise im Bereich Extras der App.",
        ),
        (
            "Hat das Deskora in {town} auch samstags offen? Hab Montag Abgabe",
            "Ja, mit Abo kommst du 7 Tage die Woche von 6 bis 24 Uhr mit dem QR-Code der App rein.",
        ),
    ],
    "en": [
        (
            "Hi, can I bring a guest for an afternoon on the Flex 10 pass? A colleague over from Cork",
            "Hi! Yes, every pass includes two guest visits a month: just add them under Guests in the app before they arrive.",
        ),
        (
            "morning, does the small room in {town} have a screen for my laptop? presenting tomorrow",
            "Morning! Yes, a 55-inch screen with HDMI and USB-C, and there's an adapter at reception if needed.",
        ),
    ],
    "es": [
        (
            "Hola, ¿con el pase Flex de 10 días puedo llevar a un invitado una tarde? Es una compañera de Sevilla",
            "¡Hola! Sí, cada pase incluye dos entradas de invitado al mes: regístrala en la app en Invitados antes de que llegue.",
        ),
        (
            "buenas, ¿la sala pequeña de {town} tiene pantalla para el portátil? mañana presento",
            "¡Buenas! Sí, pantalla de 55 pulgadas con HDMI y USB-C, y en recepción hay adaptador.",
        ),
    ],
    "fr": [
        (
            "Bonjour, avec le pass Flex 10 jours je peux venir avec un invité un après-midi ? Une collègue de Lille",
            "Bonjour ! Oui, chaque pass inclut deux entrées invité par mois : ajoutez-la dans l'appli, rubrique Invités, avant son arrivée.",
        ),
        (
            "bonjour, la petite salle de {town} a un écran pour brancher mon portable ? présentation demain",
            "Bonjour ! Oui, un écran 55 pouces avec HDMI et USB-C, et un adaptateur à l'accueil si besoin.",
        ),
    ],
    "pt": [
        (
            "Olá, com o passe Flex de 10 dias posso levar uma convidada uma tarde? É uma colega do Porto",
            "Olá! Sim, cada passe inclui duas entradas de convidado por mês: basta registá-la na app em Convidados antes de chegar.",
        ),
        (
            "bom dia, a sala pequena de {town} tem ecrã para ligar o portátil? amanhã tenho uma apresentação",
            "Bom dia! Sim, ecrã de 55 polegadas com HDMI e USB-C, e há adaptador na receção.",
        ),
    ],
}
THANKS: dict[str, list[str]] = {
    "it": [
        "Perfetto, grazie {agent}!",
        "grazie mille, gentilissimi",
        "Ok chiarissimo, grazie!",
        "Grazie {agent}, velocissimi",
        "ottimo grazie 🙏",
    ],
    "de": [
        "Super, danke {agent}!",
        "danke euch, sehr hilfreich",
        "Alles klar, vielen Dank!",
        "Danke {agent}, das ging schnell",
        "perfekt danke 🙏",
    ],
    "en": ["Brilliant, thanks {agent}!", "cheers, that's grand", "Perfect, thank you!"],
    "es": ["Perfecto, ¡gracias {agent}!", "genial, mil gracias", "Vale, ¡gracias!"],
    "fr": ["Parfait, merci {agent} !", "super merci beaucoup", "Top, merci !"],
    "pt": ["Perfeito, obrigad[[a|o]] {agent}!", "ótimo, muito obrigad[[a|o]]"],
}
#: Phone questions: (speech-to-text transcript, agent's follow-up e-mail).
PHONE_QA: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "pronto buongiorno allora volevo sapere se con l'abbonamento illimitato posso usare anche la sede di bologna quando vado da mia sorella o solo quella di {town} grazie",
            "Grazie per la telefonata. Come detto, l'abbonamento Illimitato vale in tutte le sedi Deskora d'Italia, Bologna compresa: basta il QR dell'app.",
        ),
        (
            "sì salve chiamavo perché vorrei prenotare la sala grande per un workshop di otto persone un sabato mattina si può fare anche senza essere in reception",
            "Grazie per la telefonata. Come detto, la sala grande si prenota in app anche per il sabato; l'accesso è con il QR, la reception non serve.",
        ),
    ],
    "de": [
        (
            "ja hallo guten tag ich wollte fragen ob ich mit dem unlimited abo auch in münchen arbeiten kann wenn ich bei meinen eltern bin oder nur in {town}",
            "Danke für Ihren Anruf. Wie besprochen gilt das Unlimited-Abo in allen Deskora-Standorten in Deutschland und Österreich, München inklusive.",
        ),
        (
            "grüß gott ich hätte eine frage kann man den großen raum auch an einem samstagvormittag für einen workshop mit acht leuten buchen wenn niemand am empfang ist",
            "Danke für Ihren Anruf. Wie besprochen lässt sich der große Raum auch samstags in der App buchen; der Zutritt läuft über den QR-Code.",
        ),
        (
            "äh hallo ja kurze frage kann ich meine rechnungen auf meine firma umstellen ich bin jetzt selbstständig mit eigener steuernummer",
            "Danke für Ihren Anruf. Wie besprochen können Sie die Rechnungsadresse und Steuernummer unter Profil > Rechnungen selbst ändern.",
        ),
    ],
    "en": [
        (
            "hello yeah just ringing to ask if the unlimited plan works in the dublin site as well when im up there or only {town} thanks",
            "Thanks for your call. As discussed, the Unlimited plan works in every Deskora site in Ireland and the UK, Dublin included.",
        )
    ],
    "es": [
        (
            "sí hola buenas quería saber si con la tarifa ilimitada puedo ir al de barcelona cuando voy a ver a mi hermano o solo al de {town}",
            "Gracias por tu llamada. Como hablamos, la tarifa Ilimitada vale en todos los Deskora de España, Barcelona incluido.",
        )
    ],
    "fr": [
        (
            "oui bonjour euh je voulais savoir si avec l'abonnement illimité je peux aller au deskora de paris quand je monte voir ma sœur ou seulement à {town}",
            "Merci pour votre appel. Comme convenu, l'abonnement Illimité est valable dans tous les Deskora de France et de Belgique, Paris compris.",
        )
    ],
    "pt": [
        (
            "bom dia olhe queria saber se com o plano ilimitado posso usar o deskora do porto quando vou lá ou só o de {town}",
            "Obrigado pela chamada. Como combinado, o plano Ilimitado vale em todos os Deskora de Portugal, incluindo o Porto.",
        )
    ],
}
NIGHT_POST: dict[str, list[str]] = {
    "it": [
        "Le 2 di notte, consegna finita al @Deskora {town}, c'ero solo io e il ronzio del frigo. Grazie per l'accesso h24",
        "mezzanotte passata, @Deskora vuoto, musica in cuffia e il progetto finalmente chiuso. Che pace",
        "Alle 3 il QR mi ha aperto al primo colpo e la sala era già calda. @Deskora {town} salva i notturni",
    ],
    "de": [
        "2 Uhr nachts, Abgabe fertig im @Deskora {town}, nur ich und der Kühlschrank. Danke für den Zugang rund um die Uhr",
        "nach Mitternacht, @Deskora leer, Kopfhörer auf, Projekt endlich durch. Herrlich ruhig",
        "Um 3 ging die Tür mit dem QR beim ersten Mal auf und der Raum war warm. @Deskora {town} rettet Nachteulen",
    ],
    "en": [
        "2am, deadline done at @Deskora {town}, just me and the fridge humming. Thanks for the 24h access"
    ],
    "es": [
        "Las 2 de la mañana, entrega terminada en @Deskora {town}, solo yo y la nevera. Gracias por el acceso 24h"
    ],
    "fr": [
        "2h du mat, rendu bouclé au @Deskora {town}, juste moi et le frigo. Merci pour l'accès 24h/24"
    ],
    "pt": [
        "2 da manhã, entrega feita no @Deskora {town}, só eu e o frigorífico. Obrigad[[a|o]] pelo acesso 24h"
    ],
}
NIGHT_QA: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "ciao, sono al deskora di {town} e sono le 2, il riscaldamento si è spento. si può riaccendere da qualche parte?",
            "Ciao! Di notte il riscaldamento va a zone: il pulsante verde vicino alla porta della sala lo riattiva per 2 ore.",
        ),
        (
            "scusate l'ora, domani alle 6 ho un volo: posso lasciare la valigia nell'armadietto stanotte?",
            "Nessun problema! L'armadietto si apre con il QR anche di notte, la valigia può restare fino a domani sera.",
        ),
    ],
    "de": [
        (
            "hallo, bin im Deskora {town}, es ist 2 Uhr und die Heizung ist aus. Kann man die irgendwo wieder anmachen?",
            "Hallo! Nachts läuft die Heizung in Zonen: der grüne Knopf neben der Raumtür schaltet sie für 2 Stunden an.",
        ),
        (
            "sorry für die Uhrzeit, morgen um 6 geht mein Flug: kann ich den Koffer heute Nacht im Schließfach lassen?",
            "Kein Problem! Das Schließfach öffnet auch nachts per QR, der Koffer kann bis morgen Abend bleiben.",
        ),
    ],
    "en": [
        (
            "hiya, in Deskora {town} at 2am and the heating's gone off. any way to turn it back on?",
            "Hi! At night the heating runs by zone: the green button by the room door turns it on for 2 hours.",
        )
    ],
    "es": [
        (
            "hola, estoy en Deskora {town}, son las 2 y se ha apagado la calefacción. ¿se puede encender?",
            "¡Hola! De noche la calefacción va por zonas: el botón verde junto a la puerta la enciende 2 horas.",
        )
    ],
    "fr": [
        (
            "bonsoir, je suis au Deskora {town}, il est 2h et le chauffage s'est coupé. on peut le rallumer ?",
            "Bonsoir ! La nuit le chauffage fonctionne par zone : le bouton vert près de la porte le relance pour 2 heures.",
        )
    ],
    "pt": [
        (
            "olá, estou no Deskora {town}, são 2h e o aquecimento desligou. dá para ligar?",
            "Olá! À noite o aquecimento funciona por zonas: o botão verde ao lado da porta liga-o durante 2 horas.",
        )
    ],
}
REVIEW: dict[str, list[str]] = {
    "it": [
        "Spazio luminoso, wifi solido, personale gentile. Il caffè incluso è un plus",
        "Prenotare una sala dall'app è facilissimo, e le cabine telefoniche sono insonorizzate davvero",
        "Ci lavoro da un anno, mai avuto un problema serio",
    ],
    "de": [
        "Helle Räume, stabiles WLAN, nettes Team. Kaffee inklusive ist ein Plus",
        "Räume buchen per App geht super einfach, die Telefonboxen sind wirklich schalldicht",
        "Arbeite seit einem Jahr hier, nie ein ernstes Problem gehabt",
    ],
    "en": ["Bright space, solid wifi, lovely staff. Free coffee is a bonus"],
    "es": ["Espacio luminoso, wifi estable, personal majísimo. El café incluido suma"],
    "fr": ["Espace lumineux, wifi solide, équipe sympa. Le café inclus, c'est le top"],
    "pt": ["Espaço luminoso, wifi estável, equipa simpática. O café incluído é ótimo"],
}
SURVEY_WORDS: dict[str, list[str]] = {
    "it": ["Ottimo", "tutto perfetto", "👍", "❤️", "grazie!", ""],
    "de": ["Super", "alles bestens", "👍", "❤️", "danke!", ""],
    "en": ["Great", "all good", "👍", ""],
    "es": ["Genial", "todo perfecto", "👍", ""],
    "fr": ["Top", "rien à redire", "👍", ""],
    "pt": ["Ótimo", "tudo certo", "👍", ""],
}
#: (product label, EUR price, page) bought after a page view.
PRODUCTS: list[tuple[str, str, str]] = [
    ("Pass Flex 10 giorni / Flex-Pass 10 Tage", "149.00", "/pass/flex-10"),
    ("Abbonamento Illimitato / Unlimited-Abo (1 mese)", "259.00", "/abbonamenti/illimitato"),
    ("Ingresso giornaliero / Tagespass", "25.00", "/pass/giorno"),
    ("Sala riunioni 2 ore / Besprechungsraum 2 Std.", "38.00", "/sale/prenota"),
    ("Armadietto 1 mese / Schließfach 1 Monat", "19.00", "/extra/armadietto"),
    ("Credito caffè 20 / Kaffeeguthaben 20", "12.00", "/extra/caffe"),
    ("Cabina telefonica 1 ora / Telefonbox 1 Std.", "9.00", "/extra/cabina"),
]
PAGES: list[str] = [
    "/sedi",
    "/abbonamenti",
    "/sale",
    "/eventi",
    "/app/prenotazioni",
    "/extra",
    "/community",
]
#: Subject of a question sent by e-mail.
QSUBJ: dict[str, str] = {
    "it": "Domanda",
    "de": "Frage",
    "en": "Quick question",
    "es": "Pregunta",
    "fr": "Question",
    "pt": "Pergunta",
}
#: Subject of the agent's follow-up e-mail after a phone call.
CALL_SUBJ: dict[str, str] = {
    "it": "La tua telefonata",
    "de": "Ihr Anruf",
    "en": "Your call",
    "es": "Tu llamada",
    "fr": "Votre appel",
    "pt": "A sua chamada",
}
