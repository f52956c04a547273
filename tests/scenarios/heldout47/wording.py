"""Consumer wording of heldout47: Nidolo, baby and toddler gear hire (hand-written).

Placeholders: {ref} case reference, {amt} amount in the customer's money, {comp}
a competitor, {prod} a product's short name, {agent} an agent's first name.
"""

# ruff: noqa: E501

from __future__ import annotations

BRAND = "Nidolo"
COMPETITORS = ("Bimbaro", "Cunitta")

# (English label, Italian label, price in EUR, page slug)
PRODUCTS = [
    ("Stroller 3-in-1, week", "Passeggino trio, settimana", 39.0, "stroller-trio"),
    (
        "Travel cot with mattress, week",
        "Lettino da viaggio con materasso, settimana",
        29.0,
        "travel-cot",
    ),
    ("Car seat 0-4 years, week", "Seggiolino auto 0-4 anni, settimana", 34.0, "car-seat-0-4"),
    ("High chair, week", "Seggiolone, settimana", 19.0, "high-chair"),
    ("Baby carrier, week", "Marsupio ergonomico, settimana", 22.0, "baby-carrier"),
    ("Breast pump, month", "Tiralatte elettrico, mese", 49.0, "breast-pump"),
    ("Baby monitor, month", "Baby monitor, mese", 25.0, "baby-monitor"),
    ("Beach tent UV, week", "Tenda da spiaggia UV, settimana", 18.0, "beach-tent"),
    (
        "Holiday pack (stroller, cot, car seat), 2 weeks",
        "Pacchetto vacanza (passeggino, lettino, seggiolino), 2 settimane",
        119.0,
        "holiday-pack",
    ),
]

PAGES = [
    "/rent/stroller-trio",
    "/rent/travel-cot",
    "/help/deposit",
    "/help/delivery-slots",
    "/plus",
    "/rent/holiday-pack",
    "/help/cleaning",
]

AGENTS = {
    "it": ["Chiara", "Matteo", "Giulia"],
    "es": ["Lucía", "Álvaro", "Marta"],
    "en": ["Hannah", "Owen"],
    "fr": ["Camille", "Julien"],
    "de": ["Katrin", "Jonas"],
    "pt": ["Inês", "Tiago"],
}

W: dict[str, dict[str, list[str]]] = {
    "it": {
        "praise_social": [
            "Il passeggino di @Nidolo ci ha salvato la vacanza a Napoli, arrivato in hotel prima di noi 🙌",
            "Noleggiato il lettino da viaggio per la settimana dai nonni, pulitissimo e montato in due minuti. grazie Nidolo",
            "ragazzi il seggiolino di Nidolo era praticamente nuovo, la bimba ha dormito tutto il viaggio",
            "Consiglio Nidolo a tutte le mamme che viaggiano, zero stress e il corriere gentilissimo",
        ],
        "praise_community": [
            "Per chi chiede nel gruppo: abbiamo preso il pacchetto vacanza Nidolo per la Sardegna, tutto perfetto, ritirato sotto casa al rientro.",
            "Terza volta che prendo il tiralatte da Nidolo, sempre sigillato e con il kit nuovo. Ormai non ci penso nemmeno.",
            "Il marsupio di Nidolo e comodissimo, lo abbiamo tenuto una settimana in più e l'estensione dall'app è stata immediata.",
        ],
        "praise_again": [
            "Di nuovo Nidolo per il mare, di nuovo tutto puntuale. Non cambio più",
            "Ancora una volta il corriere ha montato il seggiolone in cucina senza che glielo chiedessi. Grazie!",
        ],
        "praise_gripe": [
            "Tutto ottimo, solo il parasole del passeggino non si aggancia bene. Per il resto lo riprendo sicuro",
            "Lettino perfetto, peccato che la sacca per riportarlo sia così piccola, ci ho messo mezz'ora a richiuderla",
        ],
        "review": [
            "Seggiolino pulito, istruzioni chiare, consegna puntuale. Cinque stelle",
            "Passeggino leggero e in ottimo stato. Il ritiro è stato un attimo",
        ],
        "chat_q": [
            "Ciao, il seggiolino 0-4 va bene anche per una bimba di 9 kg?|Sì, il 0-4 anni va da 0 a 18 kg, a 9 kg si usa ancora contromarcia. Buona giornata!|perfetto grazie mille",
            "buongiorno posso farmi consegnare il lettino direttamente all'agriturismo?|Certo, basta mettere l'indirizzo dell'agriturismo e il nome di chi riceve nel campo note.|ok grazie",
            "Si può allungare il noleggio del marsupio di 3 giorni?|Sì, dall'app in Prenotazioni > Estendi, il prezzo si aggiorna subito.|gentilissimi",
        ],
        "email_q": [
            "Domanda sul deposito|Buongiorno, volevo sapere quando viene sbloccata la cauzione dopo il ritiro. Grazie, {name}|Buongiorno, la cauzione viene sbloccata entro 48 ore dal controllo del prodotto. Cordiali saluti, {agent} - Nidolo",
            "Consegna in hotel|Salve, arriviamo a Rimini sabato sera tardi, il passeggino può essere lasciato in reception? {name}|Buongiorno, sì: lo lasciamo in reception a suo nome, le arriverà l'SMS con la foto. {agent} - Nidolo",
        ],
        "phone_q": [
            "si buongiorno volevo sapere se il tiralatte è già sterilizzato o devo farlo io prima di usarlo|Come da telefonata: il tiralatte arriva sterilizzato e con il kit personale nuovo sigillato. Buon rientro, {agent} - Nidolo",
        ],
        "survey_words": ["ottimo", "tutto perfetto", "👍", "veloci e gentili", ""],
        "night_post": [
            "sono le 2 e la piccola finalmente dorme nel lettino Nidolo, in un appartamento che non è casa nostra. miracolo",
            "turno di notte finito, prenotato il pacchetto vacanza Nidolo per agosto dal telefono in 3 minuti",
        ],
        "night_chat": [
            "scusate l'ora, il ritiro di domani è confermato alle 9?|Sì, il ritiro è confermato tra le 9 e le 11, riceverà un SMS mezz'ora prima. Buona notte!|grazie, buona notte",
        ],
        "sarcasm": [
            'Consegna "entro le 12" arrivata alle 18:50. Complimenti Nidolo, la pennica della bimba la facciamo a cena 👏',
            "Ottimo il seggiolone Nidolo, completo di biscotto dell'ospite precedente incastrato nel vassoio 😂",
        ],
        "mild_grumble": [
            "l'app mi mostra le fasce di consegna di Torino ma abito a Bologna, come si cambia?",
            "le notifiche mi arrivano in tedesco, ma io ho l'app in italiano",
        ],
        "grumbles": [
            "l'app di Nidolo mi chiede di rifare il login ogni singola volta",
            "SMS di promemoria alle 6:30 di domenica. Con una neonata in casa. Davvero?",
            "fascia di consegna 8-14. Sei ore ad aspettare un lettino",
            "la sacca del passeggino ha la cerniera rotta da due noleggi",
            "ancora nessun preavviso quando il corriere cambia orario",
            "il modulo di reso online si blocca sempre all'ultimo passaggio",
        ],
        "apology": [
            "Scusate per l'e-mail di ieri, ero nervosissima con la bimba che piangeva. Il caso {ref} lo seguite voi, grazie",
            "Volevo scusarmi per i toni di ieri sul caso {ref}. Non è colpa vostra se la giornata era storta",
        ],
    },
    "es": {
        "praise_social": [
            "El carrito de @Nidolo llegó al hotel antes que nosotros, vacaciones salvadas 🙌",
            "Alquilamos la cuna de viaje en Nidolo para casa de los abuelos, limpísima y montada en dos minutos",
            "la silla de coche de Nidolo estaba como recién sacada de la caja, el peque durmió todo el viaje",
            "Recomiendo Nidolo a todas las familias que viajan, cero estrés y el repartidor un encanto",
        ],
        "praise_community": [
            "Para quien preguntaba en el foro: cogimos el pack vacaciones de Nidolo para Menorca, todo perfecto y lo recogieron en la puerta a la vuelta.",
            "Tercera vez que alquilo el sacaleches en Nidolo, siempre precintado y con el kit nuevo. Ya ni lo pienso.",
            "La mochila portabebés de Nidolo es comodísima, la alargamos una semana desde la app y al momento.",
        ],
        "praise_again": [
            "Otra vez Nidolo para la playa y otra vez todo puntual. No cambio",
            "De nuevo el repartidor nos montó la trona en la cocina sin pedírselo. Gracias!!",
        ],
        "praise_gripe": [
            "Todo genial, solo que la capota del carrito no encaja bien. Por lo demás repito seguro",
            "Cuna perfecta, pero la bolsa para devolverla es minúscula, media hora para cerrarla jaja",
        ],
        "review": [
            "Silla limpia, instrucciones claras, entrega puntual. Cinco estrellas",
            "Carrito ligero y en muy buen estado. La recogida fue un momento",
        ],
        "chat_q": [
            "Hola, la silla 0-4 sirve para una niña de 9 kilos?|Sí, la 0-4 años va de 0 a 18 kg; con 9 kg todavía va a contramarcha. ¡Buen día!|perfecto, gracias!!",
            "buenas, me podeis llevar la cuna directamente al apartamento de la playa?|Claro, pon la dirección del apartamento y el nombre de quien recibe en las notas.|vale gracias",
            "Se puede alargar el alquiler de la mochila 3 días?|Sí, desde la app en Reservas > Ampliar, el precio se actualiza al momento.|sois unos cracks",
        ],
        "email_q": [
            "Pregunta sobre la fianza|Hola, quería saber cuándo se libera la fianza después de la recogida. Gracias, {name}|Hola, la fianza se libera en 48 horas tras revisar el producto. Un saludo, {agent} - Nidolo",
            "Entrega en hotel|Buenas, llegamos a Málaga el sábado tarde, ¿pueden dejar el carrito en recepción? {name}|Hola, sí: lo dejamos en recepción a tu nombre y te llegará un SMS con la foto. {agent} - Nidolo",
        ],
        "phone_q": [
            "hola buenos días quería saber si el sacaleches viene ya esterilizado o lo tengo que hacer yo antes|Como hablamos por teléfono: el sacaleches llega esterilizado y con el kit personal nuevo precintado. Un saludo, {agent} - Nidolo",
        ],
        "survey_words": ["genial", "todo perfecto", "👍", "rápidos y majos", ""],
        "night_post": [
            "son las 3 y el bebé por fin duerme en la cuna de Nidolo en un piso que no es el nuestro. milagro",
            "saliendo de la guardia del hospital, reservado el pack vacaciones de Nidolo para agosto desde el móvil en 3 minutos",
        ],
        "night_chat": [
            "perdón por la hora, la recogida de mañana sigue a las 9?|Sí, la recogida está confirmada entre las 9 y las 11, te llegará un SMS media hora antes. ¡Buenas noches!|gracias, buenas noches",
        ],
        "sarcasm": [
            'Entrega "antes de las 12" a las 18:50. Bravo Nidolo, la siesta del peque la hacemos en la cena 👏',
            "Muy buena la trona de Nidolo, viene con la galleta del cliente anterior incrustada en la bandeja incluida 😂",
        ],
        "mild_grumble": [
            "la app me enseña las franjas de entrega de Sevilla pero vivo en Valencia, cómo lo cambio?",
            "las notificaciones me llegan en inglés y tengo la app en español",
        ],
        "grumbles": [
            "la app de Nidolo me pide iniciar sesión CADA vez",
            "SMS recordatorio a las 6:30 de un domingo. Con un bebé de un mes. En serio?",
            "franja de entrega de 8 a 14. Seis horas esperando una cuna",
            "la bolsa del carrito lleva la cremallera rota dos alquileres",
            "sigue sin avisar nadie cuando el repartidor cambia la hora",
            "el formulario de devolución se cuelga siempre en el último paso",
        ],
        "apology": [
            "Perdón por el correo de ayer, estaba desbordada con el bebé llorando. El caso {ref} lo lleváis vosotros, gracias",
            "Quería disculparme por el tono de ayer con el caso {ref}. No es culpa vuestra que el día fuera un desastre",
        ],
    },
    "en": {
        "praise_social": [
            "@Nidolo had the buggy at the hotel before we even landed. holiday saved 🙌",
            "Hired a travel cot from Nidolo for the week at my mum's, spotless and up in two minutes",
        ],
        "praise_community": [
            "For whoever asked: we had the Nidolo holiday pack in Cornwall, all perfect, collected from the door when we left.",
            "Third time hiring the breast pump from Nidolo, always sealed with a new kit. Don't even think about it any more.",
        ],
        "praise_again": ["Nidolo again for the beach, on time again. Not changing"],
        "praise_gripe": [
            "All great, only the buggy's sunshade won't click in properly. Would hire again though"
        ],
        "review": ["Clean car seat, clear instructions, on time. Five stars"],
        "chat_q": [
            "hi does the 0-4 car seat work for a 9kg baby?|Yes, the 0-4 seat takes 0-18 kg, at 9 kg it's still rear-facing. Have a nice day!|brilliant thanks",
            "Can you deliver the cot straight to our holiday cottage?|Of course, just put the cottage address and who'll receive it in the notes.|great thanks",
        ],
        "email_q": [
            "Deposit question|Hi, when is the deposit released after collection? Thanks, {name}|Hi, the deposit is released within 48 hours of checking the item. Kind regards, {agent} - Nidolo"
        ],
        "phone_q": [
            "hi yeah just wanted to ask if the breast pump comes sterilised or do i need to do it first|As discussed on the phone: the pump arrives sterilised with a new sealed personal kit. Best, {agent} - Nidolo"
        ],
        "survey_words": ["great", "spot on", "👍", ""],
        "night_post": [
            "3am and the baby is finally asleep in the Nidolo cot in a flat that isn't ours. miracle"
        ],
        "night_chat": [
            "sorry it's late, is tomorrow's collection still 9am?|Yes, collection is confirmed 9-11, you'll get a text half an hour before. Good night!|thanks, night"
        ],
        "sarcasm": [
            '"Before 12" delivery turned up at 18:50. Well done Nidolo, nap time is now dinner time 👏'
        ],
        "mild_grumble": [
            "the app shows me Manchester delivery slots but I live in Leeds, how do I change it?"
        ],
        "grumbles": [
            "Nidolo app logs me out every single time",
            "reminder text at 6.30 on a Sunday. With a newborn. Really?",
            "delivery window 8 till 2. Six hours waiting for a cot",
            "the buggy bag zip has been broken for two hires now",
            "still no heads-up when the driver changes the time",
        ],
        "apology": [
            "Sorry about my email yesterday, I was at the end of my rope with a screaming baby. Thanks for handling {ref}"
        ],
    },
    "fr": {
        "praise_social": [
            "La poussette @Nidolo était à l'hôtel avant nous, vacances sauvées 🙌",
            "Lit parapluie loué chez Nidolo pour la semaine chez mamie, impeccable et monté en deux minutes",
        ],
        "praise_community": [
            "Pour ceux qui demandaient : pack vacances Nidolo en Bretagne, tout parfait, récupéré devant la porte au retour.",
            "Troisième fois que je loue le tire-lait chez Nidolo, toujours scellé avec un kit neuf.",
        ],
        "praise_again": ["Encore Nidolo pour la plage, encore à l'heure. Je ne change plus"],
        "praise_gripe": [
            "Tout top, juste la capote de la poussette qui s'accroche mal. Sinon je reprends sans hésiter"
        ],
        "review": ["Siège auto propre, notice claire, livré à l'heure. Cinq étoiles"],
        "chat_q": [
            "bjr le siège 0-4 ans va pour un bébé de 9 kg ?|Oui, le 0-4 ans va de 0 à 18 kg, à 9 kg il reste dos à la route. Bonne journée !|merci beaucoup"
        ],
        "email_q": [
            "Question caution|Bonjour, quand la caution est-elle débloquée après la reprise ? Merci, {name}|Bonjour, la caution est débloquée sous 48 heures après contrôle. Cordialement, {agent} - Nidolo"
        ],
        "phone_q": [
            "oui bonjour je voulais savoir si le tire-lait arrive stérilisé ou si je dois le faire avant|Suite à notre appel : le tire-lait arrive stérilisé avec un kit personnel neuf scellé. Bien à vous, {agent} - Nidolo"
        ],
        "survey_words": ["top", "parfait", "👍", ""],
        "night_post": [
            "2h du mat et la petite dort enfin dans le lit Nidolo, dans un appart qui n'est pas le nôtre. miracle"
        ],
        "night_chat": [
            "désolée pour l'heure, la reprise de demain est toujours à 9h ?|Oui, reprise confirmée entre 9h et 11h, vous recevrez un SMS 30 minutes avant. Bonne nuit !|merci bonne nuit"
        ],
        "sarcasm": [
            'Livraison "avant midi" arrivée à 18h50. Bravo Nidolo, la sieste se fera au dîner 👏'
        ],
        "mild_grumble": [
            "l'appli m'affiche les créneaux de Lyon alors que j'habite à Lille, comment changer ?"
        ],
        "grumbles": [
            "l'appli Nidolo me déconnecte à chaque fois",
            "SMS de rappel à 6h30 un dimanche. Avec un nouveau-né. Sérieux ?",
            "créneau de livraison 8h-14h. Six heures à attendre un lit",
            "la fermeture du sac de la poussette est cassée depuis deux locations",
            "toujours aucun prévenance quand le livreur change l'heure",
        ],
        "apology": [
            "Désolée pour mon mail d'hier, j'étais à bout avec le bébé qui pleurait. Merci de suivre {ref}"
        ],
    },
    "de": {
        "praise_social": [
            "Der Kinderwagen von @Nidolo stand schon im Hotel, bevor wir gelandet sind 🙌",
            "Reisebett bei Nidolo für die Woche bei Oma gemietet, blitzsauber und in zwei Minuten aufgebaut",
        ],
        "praise_community": [
            "Für alle, die gefragt haben: Urlaubspaket von Nidolo an der Ostsee, alles top, am Ende vor der Tür abgeholt.",
            "Dritte Mal die Milchpumpe bei Nidolo, immer versiegelt mit neuem Set.",
        ],
        "praise_again": ["Wieder Nidolo für den Strand, wieder pünktlich. Ich wechsle nicht mehr"],
        "praise_gripe": [
            "Alles super, nur das Sonnendach vom Kinderwagen rastet schlecht ein. Sonst gerne wieder"
        ],
        "review": ["Kindersitz sauber, Anleitung klar, pünktlich. Fünf Sterne"],
        "chat_q": [
            "Hallo, passt der 0-4 Sitz für ein Baby mit 9 kg?|Ja, der 0-4 Sitz ist für 0-18 kg, mit 9 kg noch rückwärts gerichtet. Schönen Tag!|super danke"
        ],
        "email_q": [
            "Frage zur Kaution|Hallo, wann wird die Kaution nach der Abholung freigegeben? Danke, {name}|Hallo, die Kaution wird innerhalb von 48 Stunden nach der Prüfung freigegeben. Viele Grüße, {agent} - Nidolo"
        ],
        "phone_q": [
            "ja hallo ich wollte fragen ob die Milchpumpe schon sterilisiert kommt oder ob ich das vorher machen muss|Wie am Telefon besprochen: die Pumpe kommt sterilisiert mit neuem versiegeltem Set. Viele Grüße, {agent} - Nidolo"
        ],
        "survey_words": ["super", "alles bestens", "👍", ""],
        "night_post": [
            "3 Uhr nachts und die Kleine schläft endlich im Nidolo Reisebett, in einer fremden Wohnung. Wunder"
        ],
        "night_chat": [
            "sorry für die Uhrzeit, bleibt die Abholung morgen um 9?|Ja, Abholung bestätigt zwischen 9 und 11 Uhr, Sie bekommen eine SMS eine halbe Stunde vorher. Gute Nacht!|danke gute Nacht"
        ],
        "sarcasm": [
            'Lieferung "bis 12 Uhr" kam um 18:50. Danke Nidolo, Mittagsschlaf ist jetzt Abendessen 👏'
        ],
        "mild_grumble": [
            "die App zeigt mir Lieferfenster für Köln, ich wohne aber in Bonn, wie ändere ich das?"
        ],
        "grumbles": [
            "die Nidolo App loggt mich jedes Mal aus",
            "Erinnerungs-SMS um 6:30 am Sonntag. Mit Neugeborenem. Echt jetzt?",
            "Lieferfenster 8 bis 14 Uhr. Sechs Stunden warten auf ein Bett",
            "der Reißverschluss der Kinderwagentasche ist seit zwei Mieten kaputt",
            "immer noch keine Info, wenn der Fahrer die Zeit ändert",
        ],
        "apology": [
            "Entschuldigung für meine Mail gestern, ich war mit dem schreienden Baby am Ende. Danke, dass Sie sich um {ref} kümmern"
        ],
    },
    "pt": {
        "praise_social": [
            "O carrinho da @Nidolo chegou ao hotel antes de nós, férias salvas 🙌",
            "Alugámos o berço de viagem na Nidolo para a semana em casa dos avós, impecável e montado em dois minutos",
        ],
        "praise_community": [
            "Para quem perguntou: pack férias da Nidolo no Algarve, tudo perfeito, recolhido à porta no fim.",
            "Terceira vez que alugo a bomba de leite na Nidolo, sempre selada com kit novo.",
        ],
        "praise_again": ["Outra vez Nidolo para a praia, outra vez pontual. Não troco"],
        "praise_gripe": [
            "Tudo ótimo, só a capota do carrinho encaixa mal. De resto volto a alugar"
        ],
        "review": ["Cadeira limpa, instruções claras, entrega a horas. Cinco estrelas"],
        "chat_q": [
            "olá a cadeira 0-4 serve para um bebé de 9 kg?|Sim, a 0-4 anos vai de 0 a 18 kg, com 9 kg ainda fica de costas. Bom dia!|obg"
        ],
        "email_q": [
            "Pergunta sobre a caução|Olá, quando é libertada a caução depois da recolha? Obrigada, {name}|Olá, a caução é libertada em 48 horas após a verificação. Cumprimentos, {agent} - Nidolo"
        ],
        "phone_q": [
            "sim bom dia queria saber se a bomba de leite já vem esterilizada ou se tenho de fazer antes|Como falámos ao telefone: a bomba chega esterilizada com kit pessoal novo selado. Cumprimentos, {agent} - Nidolo"
        ],
        "survey_words": ["ótimo", "tudo perfeito", "👍", ""],
        "night_post": [
            "3 da manhã e a bebé finalmente dorme no berço Nidolo numa casa que não é a nossa. milagre"
        ],
        "night_chat": [
            "desculpem a hora, a recolha de amanhã continua às 9?|Sim, recolha confirmada entre as 9 e as 11, recebe um SMS meia hora antes. Boa noite!|obrigada boa noite"
        ],
        "sarcasm": [
            'Entrega "até às 12" chegou às 18:50. Parabéns Nidolo, a sesta fica para o jantar 👏'
        ],
        "mild_grumble": [
            "a app mostra-me horários de entrega do Porto mas eu vivo em Braga, como mudo?"
        ],
        "grumbles": [
            "a app da Nidolo pede login TODAS as vezes",
            "SMS de lembrete às 6:30 de domingo. Com um recém-nascido. A sério?",
            "janela de entrega das 8 às 14. Seis horas à espera de um berço",
            "o fecho do saco do carrinho está partido há dois alugueres",
            "continua sem aviso quando o estafeta muda a hora",
        ],
        "apology": [
            "Desculpem o email de ontem, estava desesperada com a bebé a chorar. Obrigada por tratarem do {ref}"
        ],
    },
}

# Problems: per language, (subject topic, short story, call transcript fragment, long-letter core)
PROBLEMS: dict[str, dict[str, tuple[str, str, str]]] = {
    "it": {
        "no_show": (
            "seggiolino mai arrivato",
            "Il seggiolino risulta CONSEGNATO alle 10:12 all'appartamento ma qui non è arrivato niente. Siamo bloccati con una bimba di un anno e senza seggiolino non possiamo nemmeno prendere un taxi",
            "l'app dice consegnato stamattina ma il seggiolino non c'è siamo in vacanza con la bimba e non possiamo muoverci",
        ),
        "double_charge": (
            "cauzione addebitata due volte",
            "Mi avete bloccato la cauzione DUE volte, {amt} ciascuna, e adesso la carta non passa più nemmeno al supermercato",
            "mi avete preso la cauzione due volte e la carta adesso è bloccata",
        ),
        "damage": (
            "lettino rotto alla consegna",
            "Il lettino da viaggio è arrivato con la rete strappata e una gamba che non si blocca. Ho dovuto far dormire il bambino nel lettone",
            "il lettino è arrivato con la rete strappata e una gamba che non si blocca non ci posso mettere il bambino",
        ),
        "refund": (
            "cauzione non restituita",
            "Ho restituito il passeggino tre settimane fa e la cauzione di {amt} non è ancora tornata. Nessuno risponde",
            "ho restituito il passeggino tre settimane fa e la cauzione non me l'avete ancora ridata",
        ),
        "wrong_price": (
            "prezzo sbagliato per socia Plus",
            "Sono socia Plus da un anno e mi avete fatto pagare la tariffa piena, {amt} in più",
            "sono socia Plus e mi avete fatto pagare il prezzo pieno",
        ),
        "cancel_fee": (
            "penale di cancellazione",
            "Ho cancellato OTTO giorni prima e mi avete addebitato comunque una penale di {amt}",
            "ho cancellato otto giorni prima e mi avete messo la penale lo stesso",
        ),
    },
    "es": {
        "no_show": (
            "silla de coche que nunca llegó",
            "La silla de coche sale como ENTREGADA a las 10:12 en el apartamento pero aquí no ha llegado nada. Estamos tirados con una niña de un año y sin silla no podemos ni coger un taxi",
            "en la app pone entregada esta mañana pero la silla no está estamos de vacaciones con la niña y no nos podemos mover",
        ),
        "double_charge": (
            "fianza cobrada dos veces",
            "Me habéis retenido la fianza DOS veces, {amt} cada una, y ahora la tarjeta no pasa ni en el súper",
            "me habéis cogido la fianza dos veces y ahora la tarjeta está bloqueada",
        ),
        "damage": (
            "cuna rota al llegar",
            "La cuna de viaje llegó con la malla rota y una pata que no se bloquea. El niño ha tenido que dormir con nosotros",
            "la cuna ha llegado con la malla rota y una pata que no se bloquea no puedo meter al niño ahí",
        ),
        "refund": (
            "fianza sin devolver",
            "Devolví el carrito hace TRES semanas y la fianza de {amt} sigue sin aparecer. Nadie contesta",
            "devolví el carrito hace tres semanas y la fianza no me la habéis devuelto",
        ),
        "wrong_price": (
            "precio equivocado siendo socia Plus",
            "Soy socia Plus desde hace un año y me habéis cobrado la tarifa normal, {amt} de más",
            "soy socia Plus y me habéis cobrado el precio normal",
        ),
        "cancel_fee": (
            "penalización por cancelar",
            "Cancelé con OCHO días de antelación y aun así me habéis cobrado {amt} de penalización",
            "cancelé con ocho días de antelación y me habéis cobrado penalización igual",
        ),
    },
    "en": {
        "no_show": (
            "car seat never arrived",
            "The car seat says DELIVERED at 10:12 to the flat but nothing has come. We're stuck with a one-year-old and can't even get a taxi without a seat",
            "the app says delivered this morning but there's no car seat we're on holiday with the baby and can't go anywhere",
        ),
        "double_charge": (
            "deposit taken twice",
            "You've held the deposit TWICE, {amt} each, and now my card won't even go through at the supermarket",
            "you've taken the deposit twice and now my card's blocked",
        ),
        "damage": (
            "cot broken on arrival",
            "The travel cot came with the mesh ripped and a leg that won't lock. The baby had to sleep in our bed",
            "the cot came with the mesh ripped and a leg that won't lock i can't put the baby in it",
        ),
        "refund": (
            "deposit not returned",
            "I returned the buggy three weeks ago and the {amt} deposit still isn't back. Nobody answers",
            "i returned the buggy three weeks ago and i still haven't got the deposit back",
        ),
        "wrong_price": (
            "wrong price for a Plus member",
            "I've been a Plus member for a year and you charged me the full rate, {amt} extra",
            "i'm a Plus member and you charged me full price",
        ),
        "cancel_fee": (
            "cancellation fee",
            "I cancelled EIGHT days ahead and you still charged me a {amt} fee",
            "i cancelled eight days before and you still charged me the fee",
        ),
    },
    "fr": {
        "no_show": (
            "siège auto jamais livré",
            "Le siège auto est marqué LIVRÉ à 10h12 à l'appartement mais rien n'est arrivé. On est coincés avec une petite d'un an, impossible même de prendre un taxi",
            "l'appli dit livré ce matin mais il y a pas de siège auto on est en vacances avec la petite on peut pas bouger",
        ),
        "double_charge": (
            "caution prélevée deux fois",
            "Vous avez bloqué la caution DEUX fois, {amt} chacune, et ma carte ne passe plus",
            "vous avez pris la caution deux fois et ma carte est bloquée",
        ),
        "damage": (
            "lit parapluie cassé à la livraison",
            "Le lit parapluie est arrivé avec le filet déchiré et un pied qui ne se bloque pas. Le bébé a dormi avec nous",
            "le lit est arrivé avec le filet déchiré et un pied qui se bloque pas je peux pas mettre le bébé dedans",
        ),
        "refund": (
            "caution non remboursée",
            "J'ai rendu la poussette il y a trois semaines et la caution de {amt} n'est toujours pas revenue",
            "j'ai rendu la poussette il y a trois semaines et toujours pas de caution",
        ),
        "wrong_price": (
            "mauvais tarif pour une abonnée Plus",
            "Je suis abonnée Plus depuis un an et vous m'avez facturé le plein tarif, {amt} de plus",
            "je suis abonnée Plus et vous m'avez facturé le plein tarif",
        ),
        "cancel_fee": (
            "frais d'annulation",
            "J'ai annulé HUIT jours avant et vous m'avez quand même facturé {amt} de frais",
            "j'ai annulé huit jours avant et vous m'avez mis des frais quand même",
        ),
    },
    "de": {
        "no_show": (
            "Kindersitz nie angekommen",
            "Der Kindersitz steht als GELIEFERT um 10:12 an der Ferienwohnung, aber hier ist nichts. Wir sitzen mit einer Einjährigen fest und können ohne Sitz nicht mal ein Taxi nehmen",
            "die App sagt geliefert heute Morgen aber der Kindersitz ist nicht da wir sind im Urlaub mit der Kleinen und kommen nicht weg",
        ),
        "double_charge": (
            "Kaution doppelt abgebucht",
            "Sie haben die Kaution ZWEIMAL blockiert, je {amt}, und jetzt geht meine Karte nicht mal im Supermarkt",
            "Sie haben die Kaution zweimal genommen und jetzt ist meine Karte gesperrt",
        ),
        "damage": (
            "Reisebett kaputt geliefert",
            "Das Reisebett kam mit gerissenem Netz und einem Bein, das nicht einrastet. Das Baby musste bei uns schlafen",
            "das Reisebett kam mit kaputtem Netz und ein Bein rastet nicht ein da kann ich das Baby nicht reinlegen",
        ),
        "refund": (
            "Kaution nicht zurück",
            "Ich habe den Kinderwagen vor drei Wochen zurückgegeben und die Kaution von {amt} ist immer noch nicht da",
            "ich hab den Kinderwagen vor drei Wochen zurückgegeben und die Kaution ist immer noch nicht da",
        ),
        "wrong_price": (
            "falscher Preis als Plus-Mitglied",
            "Ich bin seit einem Jahr Plus-Mitglied und Sie haben mir den vollen Preis berechnet, {amt} zu viel",
            "ich bin Plus-Mitglied und Sie haben mir den vollen Preis berechnet",
        ),
        "cancel_fee": (
            "Stornogebühr",
            "Ich habe ACHT Tage vorher storniert und trotzdem {amt} Stornogebühr bezahlt",
            "ich habe acht Tage vorher storniert und trotzdem die Gebühr bezahlt",
        ),
    },
    "pt": {
        "no_show": (
            "cadeira auto nunca chegou",
            "A cadeira auto aparece como ENTREGUE às 10:12 no apartamento mas aqui não chegou nada. Estamos presos com uma bebé de um ano e sem cadeira nem um táxi podemos apanhar",
            "na app diz entregue esta manhã mas a cadeira não está estamos de férias com a bebé e não podemos sair",
        ),
        "double_charge": (
            "caução cobrada duas vezes",
            "Bloquearam a caução DUAS vezes, {amt} cada, e agora o cartão nem passa no supermercado",
            "cobraram a caução duas vezes e agora o cartão está bloqueado",
        ),
        "damage": (
            "berço partido na entrega",
            "O berço de viagem chegou com a rede rasgada e uma perna que não trava. O bebé teve de dormir connosco",
            "o berço chegou com a rede rasgada e uma perna que não trava não posso pôr lá o bebé",
        ),
        "refund": (
            "caução não devolvida",
            "Devolvi o carrinho há três semanas e a caução de {amt} ainda não voltou",
            "devolvi o carrinho há três semanas e a caução ainda não voltou",
        ),
        "wrong_price": (
            "preço errado para sócia Plus",
            "Sou sócia Plus há um ano e cobraram-me a tarifa normal, {amt} a mais",
            "sou sócia Plus e cobraram-me o preço normal",
        ),
        "cancel_fee": (
            "taxa de cancelamento",
            "Cancelei com OITO dias de antecedência e mesmo assim cobraram {amt} de taxa",
            "cancelei com oito dias de antecedência e cobraram a taxa na mesma",
        ),
    },
}

# Channel frames per language. {topic} {story} {ref}
FRAMES: dict[str, dict[str, str]] = {
    "it": {
        "subj": "Reclamo: {topic}",
        "re": "R: Segnalazione {ref}",
        "email": "Buongiorno, {story}. Pretendo una soluzione oggi stesso. {name}",
        "chat": "{story}!!! come è possibile?",
        "social": "@Nidolo {story}. VERGOGNA",
        "form": "{story}. Vi chiedo di sistemare subito.",
        "call": "buongiorno chiamo perché {call} voglio sapere cosa fate adesso",
        "long": "Gentile Nidolo,\n\nvi scrivo dalla sala d'attesa del pediatra, con il piccolo in braccio e la febbre a 38, perché al telefono non riesco a prendere la linea. Siamo clienti da quando è nata la prima figlia e vi ho sempre consigliato a tutti i genitori dell'asilo. Questa volta però no. {story}. Mio marito è in trasferta fino a venerdì e io sono sola con due bambini.\n\nVi chiedo di risolvere entro oggi e di farmi sapere qualcosa per iscritto.\n\nCordiali saluti,\n{name}",
        "long2": "Buonasera,\n\nscrivo dalla macchina davanti alla piscina, mentre la grande fa il corso di nuoto e il piccolo dorme dietro. Non è il momento migliore ma se non lo faccio adesso non lo faccio più. Abbiamo prenotato con voi per il matrimonio di mia sorella a Lecce, tutto organizzato da mesi. {story}.\n\nSono sempre stata contenta di voi e proprio per questo ci resto male.\n\nGrazie se qualcuno mi risponde,\n{name}",
        "opened": "Buongiorno {name}, ci dispiace molto. Abbiamo aperto la segnalazione {ref} e la seguiamo noi: le scriviamo entro oggi. {agent} - Nidolo",
        "chat_case": "Mi dispiace davvero. Ho aperto la segnalazione {ref} e l'ho passata con priorità, le scriviamo oggi.",
        "good_news": "Buongiorno {name}, buone notizie sulla segnalazione {ref}: abbiamo sistemato tutto dal nostro lato. Ci può confermare che ora è tutto a posto? {agent} - Nidolo",
        "lead": "Buongiorno {name}, la sua segnalazione {ref} è ora in mano alla nostra responsabile qualità, che la chiamerà entro giovedì mattina. {agent} - Nidolo",
        "urgent": "Aggiunto alla segnalazione {ref} e segnato come urgente.",
        "again2": "Scrivo di nuovo per la segnalazione {ref}: è ancora aperta e non è cambiato niente. {story}",
        "again3": "Terza volta per la {ref}, sempre aperta. Un'amica noleggia da {comp} e lì queste cose le risolvono in giornata. {story}",
        "again4": "QUARTA volta che scrivo per la {ref}. Ancora aperta. Ancora niente.",
        "confirm": "Confermo che la segnalazione {ref} è risolta, tutto a posto. Grazie",
        "leave": "Buongiorno, vorrei disdire Nidolo Plus e chiudere l'account. {why} Grazie per questi anni. {name}",
        "why1": "La bimba ha compiuto quattro anni e ormai non ci serve più niente.",
        "why2": "Ci trasferiamo all'estero per lavoro.",
        "sorry_go": "Buongiorno {name}, ci dispiace vederla andare. Può disdire Plus e chiudere l'account da sola dall'app o dal sito, in Profilo > Abbonamento. {agent} - Nidolo",
        "ack_form": "Grazie per la segnalazione, l'abbiamo girata al team. {agent} - Nidolo",
    },
    "es": {
        "subj": "Reclamación: {topic}",
        "re": "RE: Incidencia {ref}",
        "email": "Hola, {story}. Quiero una solución hoy mismo. {name}",
        "chat": "{story}!!! cómo puede ser?",
        "social": "@Nidolo {story}. VERGÜENZA",
        "form": "{story}. Por favor arreglenlo ya.",
        "call": "hola buenos días llamo porque {call} quiero saber qué vais a hacer",
        "long": "Hola Nidolo:\n\nos escribo desde la sala de espera del pediatra, con el peque en brazos y 38 de fiebre, porque por teléfono no hay manera. Somos clientes desde que nació la mayor y os he recomendado a todas las madres de la guarde. Esta vez no. {story}. Mi marido está de viaje hasta el viernes y estoy sola con los dos.\n\nOs pido que lo arregléis hoy y que me lo confirméis por escrito.\n\nUn saludo,\n{name}",
        "long2": "Buenas tardes:\n\nescribo desde el coche en la puerta de la piscina, mientras la mayor está en natación y el pequeño duerme detrás. No es el mejor momento pero si no lo hago ahora no lo hago. Reservamos con vosotros para la boda de mi hermana en Cádiz, todo organizado desde hace meses. {story}.\n\nSiempre he estado contenta con vosotros y por eso me sabe peor.\n\nGracias si alguien me contesta,\n{name}",
        "opened": "Hola {name}, lo sentimos mucho. Hemos abierto la incidencia {ref} y la llevamos nosotros: te escribimos hoy. {agent} - Nidolo",
        "chat_case": "Lo siento mucho. He abierto la incidencia {ref} con prioridad, te escribimos hoy.",
        "good_news": "Hola {name}, buenas noticias sobre la incidencia {ref}: lo hemos solucionado por nuestra parte. ¿Nos confirmas que ya está todo bien? {agent} - Nidolo",
        "lead": "Hola {name}, tu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del jueves por la mañana. {agent} - Nidolo",
        "urgent": "Añadido a la incidencia {ref} y marcado como urgente.",
        "again2": "Escribo otra vez por la incidencia {ref}: sigue abierta y no ha cambiado nada. {story}",
        "again3": "Tercera vez con la {ref}, sigue abierta. Una amiga alquila en {comp} y allí esto lo arreglan en el día. {story}",
        "again4": "CUARTA vez que escribo por la {ref}. Sigue abierta. Sigue sin nada.",
        "confirm": "Confirmo que la incidencia {ref} está resuelta, todo bien. Gracias",
        "leave": "Hola, quiero darme de baja de Nidolo Plus y cerrar la cuenta. {why} Gracias por estos años. {name}",
        "why1": "El peque ya tiene cuatro años y no necesitamos nada más.",
        "why2": "Nos mudamos fuera por trabajo.",
        "sorry_go": "Hola {name}, sentimos que te vayas. Puedes cancelar Plus y cerrar la cuenta tú misma desde la app o la web, en Perfil > Suscripción. {agent} - Nidolo",
        "ack_form": "Gracias por avisarnos, lo hemos pasado al equipo. {agent} - Nidolo",
    },
    "en": {
        "subj": "Complaint: {topic}",
        "re": "Re: Your case {ref}",
        "email": "Hi, {story}. I want this sorted today. {name}",
        "chat": "{story}!!! how is this possible",
        "social": "@Nidolo {story}. DISGRACEFUL",
        "form": "{story}. Please fix this now.",
        "call": "hi yeah i'm calling because {call} i want to know what you're doing about it",
        "long": "Dear Nidolo,\n\nI'm writing from the GP's waiting room with the little one on my lap running a temperature, because I can't get through on the phone. We've used you since our eldest was born and I've recommended you to every parent at nursery. Not this time. {story}. My husband is away until Friday and I'm on my own with both of them.\n\nPlease sort this out today and confirm in writing.\n\nRegards,\n{name}",
        "opened": "Hi {name}, we're very sorry. We've opened case {ref} and we're on it: we'll write to you today. {agent} - Nidolo",
        "chat_case": "I'm really sorry. I've opened case {ref} as a priority, we'll write to you today.",
        "good_news": "Hi {name}, good news on case {ref}: we've fixed it on our side. Could you confirm everything is fine now? {agent} - Nidolo",
        "lead": "Hi {name}, your case {ref} is now with our quality lead, who will call you before Thursday morning. {agent} - Nidolo",
        "urgent": "Added to case {ref} and marked urgent.",
        "again2": "Writing again about case {ref}: still open, nothing has changed. {story}",
        "again3": "Third time about {ref}, still open. A friend hires from {comp} and they sort this the same day. {story}",
        "again4": "FOURTH time I'm writing about {ref}. Still open. Still nothing.",
        "confirm": "Confirming case {ref} is sorted, all fine. Thanks",
        "leave": "Hi, I'd like to cancel Nidolo Plus and close my account. {why} Thanks for everything. {name}",
        "why1": "Our youngest is four now and we don't need anything any more.",
        "why2": "We're moving abroad for work.",
        "sorry_go": "Hi {name}, sorry to see you go. You can cancel Plus and close the account yourself in the app or on the website, under Profile > Membership. {agent} - Nidolo",
        "ack_form": "Thanks for letting us know, we've passed it to the team. {agent} - Nidolo",
    },
    "fr": {
        "subj": "Réclamation : {topic}",
        "re": "RE : Demande {ref}",
        "email": "Bonjour, {story}. Je veux une solution aujourd'hui. {name}",
        "chat": "{story} !!! comment c'est possible",
        "social": "@Nidolo {story}. HONTEUX",
        "form": "{story}. Merci de régler ça tout de suite.",
        "call": "oui bonjour j'appelle parce que {call} je veux savoir ce que vous faites",
        "opened": "Bonjour {name}, nous sommes désolés. Nous avons ouvert la demande {ref} et nous nous en occupons : nous vous écrivons aujourd'hui. {agent} - Nidolo",
        "chat_case": "Je suis vraiment désolé. J'ai ouvert la demande {ref} en priorité, nous vous écrivons aujourd'hui.",
        "good_news": "Bonjour {name}, bonne nouvelle pour la demande {ref} : c'est réglé de notre côté. Pouvez-vous confirmer que tout va bien ? {agent} - Nidolo",
        "lead": "Bonjour {name}, votre demande {ref} est maintenant suivie par notre responsable qualité, qui vous appellera avant jeudi matin. {agent} - Nidolo",
        "urgent": "Ajouté à la demande {ref} et marqué urgent.",
        "again2": "Je réécris pour la demande {ref} : toujours ouverte, rien n'a changé. {story}",
        "again3": "Troisième fois pour la {ref}, toujours ouverte. Une amie loue chez {comp} et là-bas c'est réglé dans la journée. {story}",
        "again4": "QUATRIÈME fois que j'écris pour la {ref}. Toujours ouverte. Toujours rien.",
        "confirm": "Je confirme que la demande {ref} est réglée, tout va bien. Merci",
        "leave": "Bonjour, je voudrais résilier Nidolo Plus et fermer mon compte. {why} Merci pour ces années. {name}",
        "why1": "Notre dernier a quatre ans, on n'a plus besoin de rien.",
        "why2": "Nous partons à l'étranger pour le travail.",
        "sorry_go": "Bonjour {name}, nous sommes désolés de vous voir partir. Vous pouvez résilier Plus et fermer le compte vous-même dans l'appli ou sur le site, Profil > Abonnement. {agent} - Nidolo",
        "ack_form": "Merci de nous avoir prévenus, nous avons transmis à l'équipe. {agent} - Nidolo",
    },
    "de": {
        "subj": "Beschwerde: {topic}",
        "re": "AW: Vorgang {ref}",
        "email": "Hallo, {story}. Ich will heute noch eine Lösung. {name}",
        "chat": "{story}!!! wie kann das sein",
        "social": "@Nidolo {story}. UNFASSBAR",
        "form": "{story}. Bitte sofort klären.",
        "call": "ja hallo ich rufe an weil {call} ich will wissen was Sie jetzt machen",
        "long": "Liebes Nidolo-Team,\n\nich schreibe aus dem Wartezimmer der Kinderärztin, den Kleinen mit Fieber auf dem Schoß, weil ich telefonisch nicht durchkomme. Wir sind Kunden, seit unsere Große geboren ist, und ich habe Sie allen Eltern in der Kita empfohlen. Diesmal nicht. {story}. Mein Mann ist bis Freitag auf Dienstreise und ich bin allein mit beiden.\n\nBitte lösen Sie das heute und bestätigen Sie es mir schriftlich.\n\nViele Grüße\n{name}",
        "opened": "Hallo {name}, das tut uns sehr leid. Wir haben den Vorgang {ref} eröffnet und kümmern uns: Sie hören heute von uns. {agent} - Nidolo",
        "chat_case": "Das tut mir wirklich leid. Ich habe den Vorgang {ref} mit Priorität eröffnet, Sie hören heute von uns.",
        "good_news": "Hallo {name}, gute Nachrichten zum Vorgang {ref}: wir haben es bei uns behoben. Können Sie bestätigen, dass jetzt alles passt? {agent} - Nidolo",
        "lead": "Hallo {name}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleiterin, die Sie vor Donnerstagvormittag anruft. {agent} - Nidolo",
        "urgent": "Zum Vorgang {ref} hinzugefügt und als dringend markiert.",
        "again2": "Ich schreibe nochmal wegen Vorgang {ref}: immer noch offen, nichts hat sich getan. {story}",
        "again3": "Drittes Mal wegen {ref}, immer noch offen. Eine Freundin mietet bei {comp}, da wird sowas am selben Tag gelöst. {story}",
        "again4": "VIERTES Mal, dass ich wegen {ref} schreibe. Immer noch offen. Immer noch nichts.",
        "confirm": "Bestätige, dass Vorgang {ref} erledigt ist, alles gut. Danke",
        "leave": "Hallo, ich möchte Nidolo Plus kündigen und mein Konto schließen. {why} Danke für die Jahre. {name}",
        "why1": "Unser Jüngster ist jetzt vier, wir brauchen nichts mehr.",
        "why2": "Wir ziehen beruflich ins Ausland.",
        "sorry_go": "Hallo {name}, schade, dass Sie gehen. Sie können Plus selbst in der App oder auf der Website unter Profil > Mitgliedschaft kündigen und das Konto schließen. {agent} - Nidolo",
        "ack_form": "Danke für den Hinweis, wir haben ihn ans Team weitergegeben. {agent} - Nidolo",
    },
    "pt": {
        "subj": "Reclamação: {topic}",
        "re": "RE: Pedido {ref}",
        "email": "Olá, {story}. Quero uma solução hoje. {name}",
        "chat": "{story}!!! como é possível",
        "social": "@Nidolo {story}. VERGONHA",
        "form": "{story}. Resolvam isto já por favor.",
        "call": "sim bom dia estou a ligar porque {call} quero saber o que vão fazer",
        "opened": "Olá {name}, lamentamos muito. Abrimos o pedido {ref} e estamos a tratar: escrevemos-lhe hoje. {agent} - Nidolo",
        "chat_case": "Lamento muito. Abri o pedido {ref} com prioridade, escrevemos-lhe hoje.",
        "good_news": "Olá {name}, boas notícias sobre o pedido {ref}: resolvemos do nosso lado. Pode confirmar que já está tudo bem? {agent} - Nidolo",
        "lead": "Olá {name}, o seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de quinta de manhã. {agent} - Nidolo",
        "urgent": "Acrescentado ao pedido {ref} e marcado como urgente.",
        "again2": "Escrevo outra vez sobre o pedido {ref}: continua aberto, nada mudou. {story}",
        "again3": "Terceira vez com o {ref}, continua aberto. Uma amiga aluga na {comp} e lá resolvem isto no próprio dia. {story}",
        "again4": "QUARTA vez que escrevo sobre o {ref}. Continua aberto. Continua tudo igual.",
        "confirm": "Confirmo que o pedido {ref} está resolvido, tudo bem. Obrigada",
        "leave": "Olá, quero cancelar o Nidolo Plus e fechar a conta. {why} Obrigada por estes anos. {name}",
        "why1": "O mais novo já tem quatro anos e não precisamos de mais nada.",
        "why2": "Vamos mudar-nos para o estrangeiro por trabalho.",
        "sorry_go": "Olá {name}, temos pena de a ver partir. Pode cancelar o Plus e fechar a conta na app ou no site, em Perfil > Subscrição. {agent} - Nidolo",
        "ack_form": "Obrigado pelo aviso, passámos à equipa. {agent} - Nidolo",
    },
}

# The six steps of a slide, per language; the last names {comp}.
SLIDE: dict[str, list[str]] = {
    "it": [
        "Il passeggino di Nidolo stavolta è arrivato con due ore di ritardo e nessuno ha avvisato. Pazienza",
        "Seggiolone con il vassoio che non si sgancia e le cinghie sfilacciate. Non è più quello di una volta",
        "Adesso per il reso vogliono una foto di ogni pezzo, anche delle viti del lettino. Ma dai",
        "Cauzione raddoppiata senza avviso e una settimana per sbloccarla. Nidolo sta peggiorando tanto",
        '{amt} di "sanificazione extra" per un marsupio riconsegnato pulito, con le foto fatte nell\'app da loro stessi. BASTA',
        "mia cognata noleggia da {comp} da mesi, ho prenotato lì il passeggino per il mare. ciao Nidolo",
    ],
    "es": [
        "El carrito de Nidolo esta vez llegó con dos horas de retraso y sin avisar. Bueno",
        "Trona con la bandeja que no se suelta y los arneses deshilachados. Ya no es lo que era",
        "Ahora para devolver quieren una foto de cada pieza, hasta de los tornillos de la cuna. Venga ya",
        "Fianza doblada sin avisar y una semana para liberarla. Nidolo va cada vez peor",
        '{amt} de "higienización extra" por una mochila devuelta limpia, con las fotos de su propia app. YA ESTÁ BIEN',
        "mi cuñada alquila en {comp} desde hace meses, he reservado allí el carrito para la playa. adiós Nidolo",
    ],
    "en": [
        "Nidolo's buggy was two hours late this time and nobody called. Oh well",
        "High chair tray won't come off and the straps are frayed. Not what it used to be",
        "Now they want a photo of every part at return, even the cot's screws. Come on",
        "Deposit doubled without notice and a week to release it. Nidolo is going downhill fast",
        '{amt} "extra sanitising" for a carrier returned clean, with their own app\'s photos. ENOUGH',
        "my sister-in-law hires from {comp} for months now, booked the beach buggy there. bye Nidolo",
    ],
    "fr": [
        "La poussette Nidolo est arrivée avec deux heures de retard cette fois, sans prévenir. Bon",
        "Chaise haute avec un plateau qui ne se détache pas et des sangles effilochées. Plus comme avant",
        "Maintenant il faut une photo de chaque pièce au retour, même des vis du lit. Sérieusement",
        "Caution doublée sans prévenir et une semaine pour la débloquer. Nidolo se dégrade vraiment",
        '{amt} de "désinfection supplémentaire" pour un porte-bébé rendu propre, avec les photos de leur propre appli. ÇA SUFFIT',
        "ma belle-sœur loue chez {comp} depuis des mois, j'ai réservé la poussette pour la plage là-bas. salut Nidolo",
    ],
    "de": [
        "Der Kinderwagen von Nidolo kam diesmal zwei Stunden zu spät, ohne Anruf. Naja",
        "Hochstuhl, Tablett geht nicht ab, Gurte ausgefranst. Nicht mehr wie früher",
        "Jetzt wollen sie bei der Rückgabe ein Foto von jedem Teil, sogar von den Schrauben vom Reisebett. Echt jetzt",
        "Kaution ohne Ankündigung verdoppelt und eine Woche bis zur Freigabe. Nidolo wird immer schlechter",
        '{amt} "Sonderreinigung" für eine sauber zurückgegebene Trage, mit den Fotos aus ihrer eigenen App. JETZT REICHTS',
        "meine Schwägerin mietet seit Monaten bei {comp}, hab den Strandbuggy dort gebucht. tschüss Nidolo",
    ],
    "pt": [
        "O carrinho da Nidolo chegou desta vez com duas horas de atraso e sem aviso. Enfim",
        "Cadeira de refeição com o tabuleiro que não sai e as correias desfiadas. Já não é o que era",
        "Agora querem uma foto de cada peça na devolução, até dos parafusos do berço. A sério",
        "Caução dobrada sem aviso e uma semana para libertar. A Nidolo está cada vez pior",
        '{amt} de "higienização extra" por um marsúpio devolvido limpo, com as fotos da própria app. CHEGA',
        "a minha cunhada aluga na {comp} há meses, reservei lá o carrinho para a praia. adeus Nidolo",
    ],
}

# The planted spike: the app's checkout fails at payment with an error code.
SPIKE_CODE = "NDP-274"
SPIKE: dict[str, list[str]] = {
    "it": [
        "@Nidolo l'app si blocca al pagamento con errore NDP-274, non riesco a prenotare il lettino per stasera",
        "ma cosa succede? provo a pagare il passeggino e mi dice errore NDP-274. tre volte",
        "Impossibile prenotare dall'app: al pagamento compare NDP-274 e torna al carrello. Partiamo domani!",
    ],
    "es": [
        "@Nidolo la app se queda colgada al pagar, error NDP-274, no puedo reservar la cuna para esta noche",
        "qué pasa? intento pagar el carrito y me sale error NDP-274. tres veces ya",
        "Imposible reservar en la app: al pagar sale NDP-274 y vuelve a la cesta. Nos vamos mañana!",
    ],
    "en": [
        "@Nidolo app freezes at payment with error NDP-274, can't book the cot for tonight",
        "Can't book anything in the app, payment screen says NDP-274 and dumps me back to the basket",
    ],
    "fr": [
        "@Nidolo l'appli plante au paiement avec l'erreur NDP-274, impossible de réserver le lit pour ce soir",
        "Impossible de réserver : au paiement l'appli affiche NDP-274 et revient au panier",
    ],
    "de": [
        "@Nidolo die App hängt beim Bezahlen, Fehler NDP-274, ich kann das Reisebett für heute Abend nicht buchen",
        "Buchen in der App unmöglich: beim Bezahlen kommt NDP-274 und es geht zurück in den Warenkorb",
    ],
    "pt": [
        "@Nidolo a app bloqueia no pagamento com erro NDP-274, não consigo reservar o berço para hoje",
        "Impossível reservar na app: no pagamento aparece NDP-274 e volta ao carrinho",
    ],
}
SPIKE_AGAIN: dict[str, str] = {
    "it": "ancora NDP-274, anche dal sito e dal telefono di mio marito. nessuna prenotazione possibile",
    "es": "sigue saliendo NDP-274, también desde la web y desde el móvil de mi marido. no hay forma de reservar",
    "en": "still NDP-274, on the website too and on my partner's phone. can't book at all",
    "fr": "toujours NDP-274, sur le site aussi et sur le téléphone de mon mari. aucune réservation possible",
    "de": "immer noch NDP-274, auch auf der Website und auf dem Handy von meinem Mann. Buchen geht gar nicht",
    "pt": "continua NDP-274, também no site e no telemóvel do meu marido. não dá para reservar",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "it": "Sì, in questo momento il pagamento in app e sul sito non va per tutti, i tecnici ci stanno lavorando. Le scriviamo appena funziona.",
    "es": "Sí, ahora mismo el pago en la app y en la web falla para todos, los técnicos están en ello. Te escribimos en cuanto funcione.",
    "en": "Yes, payment in the app and on the website is failing for everyone right now, our engineers are on it. We'll write as soon as it works.",
    "fr": "Oui, le paiement dans l'appli et sur le site échoue pour tout le monde en ce moment, nos techniciens sont dessus. Nous vous écrivons dès que ça marche.",
    "de": "Ja, das Bezahlen in App und Website schlägt gerade bei allen fehl, unsere Technik ist dran. Wir schreiben, sobald es geht.",
    "pt": "Sim, neste momento o pagamento na app e no site está a falhar para todos, os técnicos estão a tratar. Escrevemos assim que funcionar.",
}
SPIKE_FIXED: dict[str, str] = {
    "it": "Buongiorno {name}, le prenotazioni in app funzionano di nuovo dalle {local}. Per il disagio le abbiamo accreditato {credit} sul prossimo noleggio. {agent} - Nidolo",
    "es": "Hola {name}, las reservas en la app vuelven a funcionar desde las {local}. Por las molestias te hemos abonado {credit} para el próximo alquiler. {agent} - Nidolo",
    "en": "Hi {name}, booking in the app works again since {local}. For the trouble we've added {credit} credit to your next hire. {agent} - Nidolo",
    "fr": "Bonjour {name}, les réservations dans l'appli fonctionnent à nouveau depuis {local}. Pour la gêne, nous avons crédité {credit} sur votre prochaine location. {agent} - Nidolo",
    "de": "Hallo {name}, Buchen in der App geht seit {local} wieder. Für den Ärger haben wir Ihnen {credit} für die nächste Miete gutgeschrieben. {agent} - Nidolo",
    "pt": "Olá {name}, as reservas na app voltaram a funcionar desde as {local}. Pelo incómodo creditámos {credit} no próximo aluguer. {agent} - Nidolo",
}
LONE_Q: dict[str, tuple[str, str]] = {
    "it": (
        "ieri sera il pagamento in app ci ha messo un minuto buono prima di confermare, poi è andato. domani devo prenotare il lettino, è normale?",
        "Sì, ieri sera c'era molto traffico, il pagamento è andato a buon fine. Domani può prenotare tranquillamente.",
    ),
    "es": (
        "anoche el pago en la app tardó casi un minuto en confirmar, pero al final fue bien. mañana tengo que reservar la cuna, es normal?",
        "Sí, anoche había mucho tráfico, el pago se hizo bien. Mañana puedes reservar sin problema.",
    ),
}
