# ruff: noqa: E501
"""Hand-written wording of happy customers of Limora (home cleaning booked in an app).

German and Portuguese first (most variants), then English, Spanish, French, Italian.
Placeholders: {b} brand, {ctx} the customer's reason for booking, {svc} a service,
{amt} an amount, {agent} an agent's first name, {first} the customer's first name,
{last} the surname, {cleaner} the cleaner's first name. ``[[fem|masc]]`` agrees with the
customer. The cleaners named are women (the writers say *sie*, *a*, *elle*).
"""

from __future__ import annotations

LANGS = ("de", "pt", "en", "es", "fr", "it")

# One reason per customer, named again and again; the same index in every language.
CTX: dict[str, list[str]] = {
    "de": [
        "vor dem Besuch meiner Schwiegereltern",
        "nach unserem Umzug",
        "seit unser Sohn auf der Welt ist",
        "weil ich nach der Knie-OP nicht putzen darf",
        "für die Übergabe der alten Wohnung",
        "vor der Taufe von unserer Kleinen",
        "weil meine Mutter allein nicht mehr putzen kann",
        "vor Omas 80. Geburtstag bei uns",
        "seit ich wieder Vollzeit arbeite",
        "nach der Renovierung vom Bad",
    ],
    "pt": [
        "antes da visita dos meus sogros",
        "depois da mudança de casa",
        "desde que o nosso filho nasceu",
        "porque depois da operação ao joelho não posso limpar",
        "para entregar a casa antiga ao senhorio",
        "antes do batizado da pequena",
        "porque a minha mãe já não consegue limpar sozinha",
        "antes dos 80 anos da avó cá em casa",
        "desde que voltei a trabalhar a tempo inteiro",
        "depois das obras na casa de banho",
    ],
    "en": [
        "before my in-laws came to stay",
        "after we moved house",
        "since our little lad was born",
        "because I can't clean after my knee op",
        "to hand the old flat back to the landlord",
        "before the christening",
        "because mum can't manage the cleaning on her own any more",
        "before Nan's 80th at ours",
        "since I went back full time",
        "after the bathroom was redone",
    ],
    "es": [
        "antes de la visita de mis suegros",
        "después de la mudanza",
        "desde que nació el peque",
        "porque después de la operación de rodilla no puedo limpiar",
        "para devolver el piso viejo al casero",
        "antes del bautizo de la niña",
        "porque mi madre ya no puede limpiar sola",
        "antes de los 80 de la abuela en casa",
        "desde que vuelvo a trabajar a jornada completa",
        "después de la obra del baño",
    ],
    "fr": [
        "avant la visite de mes beaux-parents",
        "après le déménagement",
        "depuis la naissance du petit",
        "parce qu'après mon opération du genou je ne peux pas faire le ménage",
        "pour rendre l'ancien appartement au propriétaire",
        "avant le baptême de la petite",
        "parce que ma mère n'arrive plus à faire le ménage seule",
        "avant les 80 ans de mamie chez nous",
        "depuis que j'ai repris à temps plein",
        "après les travaux de la salle de bain",
    ],
    "it": [
        "prima della visita dei miei suoceri",
        "dopo il trasloco",
        "da quando è nato il piccolo",
        "perché dopo l'operazione al ginocchio non posso pulire",
        "per riconsegnare il vecchio appartamento al proprietario",
        "prima del battesimo della piccola",
        "perché mia madre da sola non ce la fa più a pulire",
        "prima degli 80 anni della nonna da noi",
        "da quando lavoro di nuovo a tempo pieno",
        "dopo i lavori in bagno",
    ],
}

CLEANERS = [
    "Ana",
    "Olena",
    "Marta",
    "Sabine",
    "Joana",
    "Irina",
    "Fatima",
    "Rosa",
    "Claudia",
    "Aylin",
]

# Services: (key, name per language, price in euros).
SERVICES: list[tuple[str, dict[str, str], float]] = [
    (
        "basic3h",
        {
            "de": "Unterhaltsreinigung 3 Std.",
            "pt": "Limpeza regular 3 h",
            "en": "Standard clean 3 hrs",
            "es": "Limpieza estándar 3 h",
            "fr": "Ménage 3 h",
            "it": "Pulizia ordinaria 3 ore",
        },
        87.0,
    ),
    (
        "deep",
        {
            "de": "Grundreinigung",
            "pt": "Limpeza profunda",
            "en": "Deep clean",
            "es": "Limpieza a fondo",
            "fr": "Grand ménage",
            "it": "Pulizia a fondo",
        },
        149.0,
    ),
    (
        "windows",
        {
            "de": "Fensterputzen",
            "pt": "Limpeza de janelas",
            "en": "Window cleaning",
            "es": "Limpieza de cristales",
            "fr": "Nettoyage des vitres",
            "it": "Pulizia vetri",
        },
        69.0,
    ),
    (
        "oven",
        {
            "de": "Backofen-Reinigung",
            "pt": "Limpeza do forno",
            "en": "Oven clean",
            "es": "Limpieza de horno",
            "fr": "Nettoyage du four",
            "it": "Pulizia forno",
        },
        39.0,
    ),
    (
        "tenancy",
        {
            "de": "Endreinigung bei Auszug",
            "pt": "Limpeza de fim de arrendamento",
            "en": "End of tenancy clean",
            "es": "Limpieza fin de alquiler",
            "fr": "Ménage de fin de bail",
            "it": "Pulizia fine locazione",
        },
        229.0,
    ),
    (
        "ironing",
        {
            "de": "Bügelservice 2 Std.",
            "pt": "Engomadoria 2 h",
            "en": "Ironing 2 hrs",
            "es": "Plancha 2 h",
            "fr": "Repassage 2 h",
            "it": "Stiratura 2 ore",
        },
        52.0,
    ),
    (
        "sofa",
        {
            "de": "Polsterreinigung Sofa",
            "pt": "Limpeza de sofá",
            "en": "Sofa upholstery clean",
            "es": "Limpieza de sofá",
            "fr": "Nettoyage canapé",
            "it": "Pulizia divano",
        },
        79.0,
    ),
    (
        "plus",
        {
            "de": "Limora Plus (monatlich)",
            "pt": "Limora Plus (mensal)",
            "en": "Limora Plus (monthly)",
            "es": "Limora Plus (mensual)",
            "fr": "Limora Plus (mensuel)",
            "it": "Limora Plus (mensile)",
        },
        94.0,
    ),
    (
        "voucher",
        {
            "de": "Gutschein 50 €",
            "pt": "Vale-oferta 50 €",
            "en": "Gift voucher",
            "es": "Tarjeta regalo",
            "fr": "Carte cadeau",
            "it": "Buono regalo",
        },
        50.0,
    ),
]

PAGES = [
    "/",
    "/services/deep-clean",
    "/services/windows",
    "/services/end-of-tenancy",
    "/plus",
    "/account/bookings",
    "/account/cleaner",
    "/help/keys-and-access",
    "/help/what-to-prepare",
    "/vouchers",
    "/services/ironing",
    "/services/oven",
]

PRAISE: dict[str, list[str]] = {
    "de": [
        "{cleaner} war heute wieder da, die Wohnung glänzt 😍 danke {b}!",
        "Ich hab über {b} die Grundreinigung gebucht, {ctx}, und bin echt begeistert. Sogar die Fugen im Bad sind wieder weiß.",
        "Kurze Empfehlung: {b}. Pünktlich, gründlich, freundlich. Mehr will ich nicht.",
        "Endlich jemand, der auch an die Fußleisten denkt 👌 {b} und {cleaner}, ihr seid top",
        "Wer eine zuverlässige Putzhilfe sucht: {b}. Seit Monaten kein einziger Ausfall.",
        "Mega happy mit {b}! Hatte echt Bammel, {ctx}, aber nach 3 Stunden war alles blitzblank ✨",
        "Ich war skeptisch, fremde Leute in der Wohnung und so. Aber {cleaner} ist ein Schatz. Danke {b}",
        "Sauberes Zuhause, entspannte Familie. {b} hat uns echt gerettet, {ctx} 🙏",
    ],
    "pt": [
        "A {cleaner} esteve cá hoje outra vez e a casa está um brinco 😍 obrigad[[a|o]] {b}!",
        "Marquei a limpeza profunda pela {b} {ctx} e fiquei mesmo contente. Até os azulejos da cozinha brilham.",
        "Recomendo a {b} a quem precisar. Pontuais, cuidadosos e simpáticos.",
        "Finalmente alguém que limpa por cima dos armários 👌 {b} e {cleaner}, são os maiores",
        "Quem procura limpeza de confiança: {b}. Há meses que não falham uma vez.",
        "Super satisfeit[[a|o]] com a {b}, marquei {ctx} e em 3 horas estava tudo impecável ✨",
        "Tinha medo de deixar a chave a alguém que não conhecia, mas a {cleaner} é uma joia. Obrigad[[a|o]] {b}",
        "Casa limpa, família feliz. A {b} salvou-nos {ctx} 🙏",
    ],
    "en": [
        "{cleaner} came again today and the place is sparkling 😍 cheers {b}!",
        "Booked a deep clean through {b} {ctx}, honestly can't fault it. Even the grout is white again.",
        "Quick shout out to {b}: on time, thorough, lovely. That's all I want.",
        "Finally someone who does the skirting boards 👌 {b} and {cleaner} you're stars",
        "Dead chuffed with {b}, booked {ctx} and three hours later the house was spotless ✨",
    ],
    "es": [
        "Hoy vino otra vez {cleaner} y la casa está que brilla 😍 gracias {b}!",
        "Reservé la limpieza a fondo con {b} {ctx} y de verdad, genial. Hasta las juntas del baño blancas otra vez.",
        "Recomiendo {b}: puntuales, cuidadosos y majísimos.",
        "Por fin alguien que limpia encima de los armarios 👌 {b} y {cleaner}, unos cracks",
        "Encantad[[a|o]] con {b}, lo reservé {ctx} y en 3 horas todo impecable ✨",
    ],
    "fr": [
        "{cleaner} est repassée aujourd'hui, l'appart brille 😍 merci {b} !",
        "J'ai réservé un grand ménage avec {b} {ctx} et franchement rien à redire. Même les joints de la douche sont redevenus blancs.",
        "Petite reco : {b}. Ponctuels, soigneux, adorables.",
        "Enfin quelqu'un qui pense aux plinthes 👌 {b} et {cleaner}, au top",
        "Ravi[[e|]] de {b}, réservé {ctx} et 3 h plus tard tout était nickel ✨",
    ],
    "it": [
        "Oggi è tornata {cleaner} e la casa brilla 😍 grazie {b}!",
        "Ho prenotato la pulizia a fondo con {b} {ctx} e niente da dire. Perfino le fughe del bagno sono tornate bianche.",
        "Consiglio {b}: puntuali, precisi e gentilissimi.",
        "Finalmente qualcuno che pulisce sopra gli armadi 👌 {b} e {cleaner}, grandi",
        "Content[[a|o]] di {b}, prenotato {ctx} e in 3 ore tutto splendente ✨",
    ],
}

# Said again, still, a third time, of good things.
AGAIN: dict[str, list[str]] = {
    "de": [
        "Zum dritten Mal dieses Jahr die Fenster über {b} machen lassen und wieder streifenfrei. Läuft.",
        "Immer noch total zufrieden mit {b}, jetzt schon über ein Jahr jede zweite Woche {cleaner}.",
        "Schon wieder alles perfekt. Ich glaub ich schreib das jedes Mal 😄 {b}",
        "Und wieder: Termin um 9, {cleaner} um 8:58 vor der Tür. Wie machen die das {b}?",
    ],
    "pt": [
        "Terceira vez este ano que marco as janelas pela {b} e mais uma vez sem uma marca. Impecável.",
        "Continuo super contente com a {b}, já vai mais de um ano com a {cleaner} de 15 em 15 dias.",
        "Outra vez tudo perfeito. Acho que escrevo isto sempre 😄 {b}",
        "E mais uma: marcação às 9, a {cleaner} à porta às 8h58. Como é que fazem isso {b}?",
    ],
    "en": [
        "Third time this year I've had the windows done through {b} and again not a streak. Love it.",
        "Still really happy with {b}, over a year now with {cleaner} every other week.",
    ],
    "es": [
        "Tercera vez este año que pido los cristales con {b} y otra vez sin una marca.",
        "Sigo contentísim[[a|o]] con {b}, ya más de un año con {cleaner} cada dos semanas.",
    ],
    "fr": [
        "Troisième fois cette année que je fais faire les vitres par {b}, encore zéro trace.",
        "Toujours aussi content[[e|]] de {b}, plus d'un an avec {cleaner} toutes les deux semaines.",
    ],
    "it": [
        "Terza volta quest'anno che faccio pulire i vetri con {b} e di nuovo nessun alone.",
        "Ancora contentissim[[a|o]] di {b}, più di un anno con {cleaner} ogni due settimane.",
    ],
}

# Praise with a small gripe on the side.
GRIPE_PRAISE: dict[str, list[str]] = {
    "de": [
        "Reinigung wie immer super, nur die App will mich jedes Mal neu einloggen. Egal, {cleaner} ist Gold wert.",
        "{b} ist klasse, aber die {fee} Anfahrtspauschale am Wochenende find ich schon frech. Trotzdem gebucht 😅",
        "Top Arbeit! Einziger Minuspunkt: die Bewertung in der App hängt ewig beim Hochladen.",
    ],
    "pt": [
        "Limpeza ótima como sempre, só a app que me obriga a fazer login outra vez de cada vez. Mas a {cleaner} vale ouro.",
        "A {b} é excelente, mas a taxa de {fee} ao sábado acho um bocado exagerada. Marquei na mesma 😅",
        "Trabalho impecável! Só o envio das fotos na app é que demora uma eternidade.",
    ],
    "en": [
        "Brilliant clean as always, only the app logs me out every single time. {cleaner}'s a gem though."
    ],
    "es": [
        "Limpieza genial como siempre, lo único la app que me saca cada vez. Pero {cleaner} vale oro."
    ],
    "fr": [
        "Ménage parfait comme d'hab, seul bémol l'appli qui me déconnecte à chaque fois. {cleaner} est une perle."
    ],
    "it": [
        "Pulizia ottima come sempre, solo l'app che mi slogga ogni volta. Ma {cleaner} vale oro."
    ],
}

REVIEW: dict[str, list[str]] = {
    "de": [
        "5 Sterne. Zuverlässig, gründlich, faire Preise.",
        "Sehr gute Erfahrung. Kommunikation per App klappt, Reinigungskraft sehr nett.",
        "Nicht ganz billig, aber jeden Cent wert.",
        "Alles bestens, gerne wieder",
    ],
    "pt": [
        "5 estrelas. De confiança, cuidadosos, preço justo.",
        "Muito boa experiência {ctx}. A app funciona bem e a senhora foi muito simpática.",
        "Não é o mais barato mas vale cada cêntimo.",
        "Tudo ótimo, voltarei a marcar",
    ],
    "en": [
        "5 stars. Reliable, thorough, fair price.",
        "Booked {ctx}, great experience, would book again",
    ],
    "es": [
        "5 estrellas. Fiables, detallistas, buen precio.",
        "Muy buena experiencia {ctx}, repetiré",
    ],
    "fr": [
        "5 étoiles. Fiables, soigneux, prix correct.",
        "Très bonne expérience {ctx}, je recommande",
    ],
    "it": ["5 stelle. Affidabili, precisi, prezzo giusto.", "Ottima esperienza {ctx}, rifarò"],
}

# Happy questions asked in chat or e-mail: (question, agent's answer, customer's thanks).
QA: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Hallo, kann ich meinen Termin am Donnerstag auf Freitag verschieben? Gleiche Uhrzeit wäre super",
            "Hallo [[Frau|Herr]] {last}, ich habe Ihren Termin auf Freitag, gleiche Uhrzeit, verschoben. {cleaner} hat bestätigt. Viele Grüße, {agent}",
            "Perfekt, danke!",
        ),
        (
            "Muss ich Putzmittel selbst bereitstellen oder bringt die Reinigungskraft was mit?",
            "Hallo [[Frau|Herr]] {last}, unsere Reinigungskräfte bringen Mittel und Tücher mit; nur einen Staubsauger bräuchten wir vor Ort. LG {agent}",
            "Ah ok gut zu wissen, danke",
        ),
        (
            "Guten Tag, ist es möglich, dass immer dieselbe Person kommt? Wir hatten jetzt zweimal {cleaner} und würden sie gern behalten",
            "Guten Tag [[Frau|Herr]] {last}, sehr gern: ich habe {cleaner} als Ihre feste Reinigungskraft hinterlegt. Freundliche Grüße, {agent}",
            "Super, vielen Dank 🙂",
        ),
        (
            "hi, kann ich den Schlüssel im Schlüsselkasten lassen? bin morgen nicht da",
            "Hallo [[Frau|Herr]] {last}, ja, tragen Sie einfach den Code des Schlüsselkastens in der App unter Zugang ein, {cleaner} sieht ihn dann. Grüße, {agent}",
            "gemacht, danke!",
        ),
        (
            "Kann ich zusätzlich zur normalen Reinigung noch den Backofen dazubuchen?",
            "Hallo [[Frau|Herr]] {last}, ja, unter Extras finden Sie die Backofen-Reinigung ({oven}), sie wird an Ihren nächsten Termin angehängt. {agent}",
            "Danke, hab ich gleich gemacht",
        ),
    ],
    "pt": [
        (
            "Olá, posso passar a limpeza de quinta para sexta? À mesma hora se possível",
            "Olá [[Sra.|Sr.]] {last}, já passei a sua marcação para sexta à mesma hora, a {cleaner} confirmou. Cumprimentos, {agent}",
            "Perfeito, obrigad[[a|o]]!",
        ),
        (
            "Tenho de ter produtos de limpeza em casa ou a senhora traz?",
            "Olá [[Sra.|Sr.]] {last}, as nossas profissionais levam produtos e panos; só precisamos que tenha aspirador em casa. {agent}",
            "Ah ok, bom saber, obrigad[[a|o]]",
        ),
        (
            "Boa tarde, é possível vir sempre a mesma pessoa? Já veio duas vezes a {cleaner} e gostávamos de ficar com ela",
            "Boa tarde [[Sra.|Sr.]] {last}, com todo o gosto: deixei a {cleaner} como a sua profissional fixa. Cumprimentos, {agent}",
            "Ótimo, muito obrigad[[a|o]] 🙂",
        ),
        (
            "oi, posso deixar a chave na caixa de chaves? amanhã não estou",
            "Olá [[Sra.|Sr.]] {last}, sim, basta pôr o código da caixa na app em Acesso, a {cleaner} vê-o lá. {agent}",
            "feito, obrigad[[a|o]]!",
        ),
        (
            "Dá para juntar a limpeza do forno à limpeza normal de terça?",
            "Olá [[Sra.|Sr.]] {last}, sim, em Extras tem a limpeza do forno ({oven}) e fica junta à marcação de terça. {agent}",
            "Obrigad[[a|o]], já está",
        ),
    ],
    "en": [
        (
            "Hi, can I move Thursday's clean to Friday? Same time ideally",
            "Hi [[Ms|Mr]] {last}, I've moved your booking to Friday at the same time and {cleaner} has confirmed. Best, {agent}",
            "Perfect, thanks!",
        ),
        (
            "Do I need to leave cleaning products out or does the cleaner bring them?",
            "Hi [[Ms|Mr]] {last}, our cleaners bring products and cloths, we just need a hoover on site. {agent}",
            "Great, cheers",
        ),
        (
            "hi can i leave the key in the key safe? im out tomorrow",
            "Hi [[Ms|Mr]] {last}, yes, just add the key safe code in the app under Access and {cleaner} will see it. {agent}",
            "done, thanks!",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo pasar la limpieza del jueves al viernes? A la misma hora si se puede",
            "Hola [[Sra.|Sr.]] {last}, ya he pasado su reserva al viernes a la misma hora, {cleaner} lo ha confirmado. Un saludo, {agent}",
            "Perfecto, gracias!",
        ),
        (
            "¿Tengo que dejar productos o los trae la persona?",
            "Hola [[Sra.|Sr.]] {last}, nuestras profesionales llevan productos y bayetas, solo hace falta aspiradora en casa. {agent}",
            "Genial, gracias",
        ),
        (
            "hola puedo dejar la llave en la caja de llaves? mañana no estoy",
            "Hola [[Sra.|Sr.]] {last}, sí, ponga el código de la caja en la app en Acceso y {cleaner} lo verá. {agent}",
            "hecho, gracias!",
        ),
    ],
    "fr": [
        (
            "Bonjour, je peux décaler le ménage de jeudi à vendredi ? Même heure si possible",
            "Bonjour [[Madame|Monsieur]] {last}, votre réservation est passée à vendredi même heure, {cleaner} a confirmé. Bonne journée, {agent}",
            "Parfait, merci !",
        ),
        (
            "Je dois fournir les produits ou la personne les apporte ?",
            "Bonjour [[Madame|Monsieur]] {last}, nos intervenants apportent produits et chiffons, il faut seulement un aspirateur sur place. {agent}",
            "Super, merci",
        ),
        (
            "bonjour je peux laisser la clé dans la boîte à clés ? je ne suis pas là demain",
            "Bonjour [[Madame|Monsieur]] {last}, oui, indiquez le code dans l'appli sous Accès et {cleaner} le verra. {agent}",
            "c'est fait, merci !",
        ),
    ],
    "it": [
        (
            "Ciao, posso spostare la pulizia di giovedì a venerdì? Stessa ora se si può",
            "Buongiorno [[Sig.ra|Sig.]] {last}, ho spostato la prenotazione a venerdì alla stessa ora, {cleaner} ha confermato. Cordiali saluti, {agent}",
            "Perfetto, grazie!",
        ),
        (
            "Devo lasciare io i prodotti o li porta la persona?",
            "Buongiorno [[Sig.ra|Sig.]] {last}, i nostri addetti portano prodotti e panni, serve solo l'aspirapolvere in casa. {agent}",
            "Ottimo, grazie",
        ),
        (
            "salve posso lasciare la chiave nella cassetta? domani non ci sono",
            "Buongiorno [[Sig.ra|Sig.]] {last}, sì, inserisca il codice della cassetta nell'app alla voce Accesso e {cleaner} lo vedrà. {agent}",
            "fatto, grazie!",
        ),
    ],
}

SUBJ_QUESTION: dict[str, list[str]] = {
    "de": ["Frage zu meinem Termin", "Kurze Frage", "Termin", "Frage Reinigung"],
    "pt": ["Dúvida sobre a marcação", "Pergunta rápida", "Marcação", "Dúvida limpeza"],
    "en": ["Quick question", "My booking"],
    "es": ["Duda sobre mi reserva", "Pregunta"],
    "fr": ["Question sur ma réservation", "Petite question"],
    "it": ["Domanda sulla prenotazione", "Domanda"],
}

# Happy phone questions, as the speech-to-text service writes them.
PHONE_Q: dict[str, list[str]] = {
    "de": [
        "äh hallo guten tag ich wollte nur fragen ob ich die reinigung nächste woche auch auf nachmittags legen kann so ab zwei",
        "ja hallo hier {first} {last} ich hab eine frage zum fensterputzen machen sie auch die rahmen oder nur das glas",
        "grüß gott ich wollt fragen ob die {cleaner} nächsten dienstag auch zwei stunden länger bleiben kann wir haben besuch",
        "hallo ich rufe an wegen dem gutschein kann man den auch für die grundreinigung nehmen",
    ],
    "pt": [
        "está sim boa tarde queria só saber se posso passar a limpeza da próxima semana para a parte da tarde",
        "olá daqui fala {first} {last} tenho uma dúvida sobre as janelas vocês limpam também os caixilhos ou só o vidro",
        "bom dia queria saber se a {cleaner} pode ficar mais duas horas na terça que vamos ter visitas",
        "olá estou a ligar por causa do vale de oferta dá para usar na limpeza profunda",
    ],
    "en": [
        "yeah hi just wondering if i can move next weeks clean to the afternoon like two ish",
        "hiya its {first} {last} quick one about the windows do you do the frames as well or just the glass",
    ],
    "es": [
        "sí hola buenas quería saber si puedo pasar la limpieza de la semana que viene a la tarde",
        "hola buenas soy {first} {last} una pregunta los cristales limpiáis también los marcos o solo el cristal",
    ],
    "fr": [
        "oui bonjour euh je voulais savoir si je peux mettre le ménage de la semaine prochaine l'après-midi",
        "allô bonjour c'est {first} {last} une question pour les vitres vous faites aussi les cadres ou juste le verre",
    ],
    "it": [
        "pronto buongiorno volevo sapere se posso spostare la pulizia della settimana prossima al pomeriggio",
        "sì salve sono {first} {last} una domanda sui vetri pulite anche i telai o solo il vetro",
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["Sehr zufrieden", "Alles bestens", "👍", "top", "Weiter so!", "{cleaner} ist super", ""],
    "pt": [
        "Muito satisfeit[[a|o]]",
        "Tudo ótimo",
        "👍",
        "5*",
        "Continuem assim!",
        "A {cleaner} é ótima",
        "",
    ],
    "en": ["Very happy", "All good", "👍", ""],
    "es": ["Muy bien", "Todo perfecto", "👍", ""],
    "fr": ["Très bien", "Rien à redire", "👍", ""],
    "it": ["Molto bene", "Tutto ok", "👍", ""],
}

# Night posts and night chat questions (night writers and night owls).
NIGHT_POST: dict[str, list[str]] = {
    "de": [
        "Halb drei, Zahnschmerzen, kann eh nicht schlafen. Also Putzhilfe für Donnerstag gebucht. Geht ja zum Glück auch nachts 😅",
        "Wer braucht Schlaf, wenn man um 1 Uhr nachts die Endreinigung für die alte Wohnung klarmachen kann. Danke {b} 🌙",
        "Nachtschicht vorbei, Wohnung sieht aus wie Schlachtfeld. Gerade {b} für morgen Nachmittag gebucht, bester Kauf des Monats 🌙",
        "2 Uhr nachts, Baby schläft endlich und ich buche die Grundreinigung. Danke {b} dass das um die Uhrzeit geht",
        "Kann nicht schlafen, hab stattdessen die Fenster für Samstag gebucht. {b} rettet mein Wochenende 🌙",
    ],
    "pt": [
        "Duas e meia, dor de dentes, não durmo na mesma. Aproveitei e marquei limpeza para quinta 😅",
        "Quem precisa de dormir quando se pode marcar a limpeza da casa antiga à 1 da manhã. Obrigad[[a|o]] {b} 🌙",
        "Acabei o turno da noite e a casa está um caos. Marquei agora a {b} para amanhã à tarde, melhor decisão do mês 🌙",
        "3 da manhã, bebé finalmente a dormir e eu a marcar a limpeza {ctx}. Obrigad[[a|o]] {b} por dar a esta hora",
        "Sem sono, marquei as janelas para sábado. A {b} salva-me o fim de semana 🌙",
    ],
    "en": [
        "Night shift done, flat looks like a bomb hit it. Just booked {b} for tomorrow arvo, best decision this month 🌙",
        "2am, teething baby, no sleep anyway so I've booked the deep clean {ctx}. Thank god {b} works at this hour 🌙",
    ],
    "es": [
        "3 de la mañana, el peque por fin dormido y yo reservando la limpieza {ctx}. Gracias {b} 🌙",
        "Salgo de guardia a las 2 y lo primero que hago es reservar {b} para el sábado. Prioridades 😅🌙",
    ],
    "fr": [
        "Fin de garde de nuit, appart en vrac. Réservé {b} pour demain aprèm, meilleure décision du mois 🌙",
        "Insomnie, du coup j'ai réservé les vitres pour samedi. Merci {b} d'exister à 2 h du mat 🌙",
    ],
    "it": [
        "Finito il turno di notte, casa un disastro. Prenotato {b} per domani pomeriggio, miglior scelta del mese 🌙",
        "Le 2 di notte, il piccolo ha la febbre e non dormo. Almeno ho prenotato la pulizia per sabato con {b} 🌙",
    ],
}

NIGHT_QA: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Hallo, sorry für die Uhrzeit: kann ich für morgen früh noch was buchen oder ist das zu kurzfristig?",
            "Guten Abend [[Frau|Herr]] {last}, ja, morgen ab 10 Uhr ist noch frei, ich habe es für Sie reserviert. Gute Nacht, {agent}",
            "Wow danke, gute Nacht!",
        ),
        (
            "ist noch jemand da? ich wollte fragen ob man im Plus auch mal eine Woche aussetzen kann",
            "Hallo [[Frau|Herr]] {last}, ja, unter Plus > Pausieren können Sie einzelne Wochen auslassen. {agent}",
            "cool danke",
        ),
    ],
    "pt": [
        (
            "Olá, desculpem a hora: ainda dá para marcar para amanhã de manhã ou é muito em cima?",
            "Boa noite [[Sra.|Sr.]] {last}, dá sim, amanhã a partir das 10h está livre e já reservei. Boa noite, {agent}",
            "Uau obrigad[[a|o]], boa noite!",
        ),
        (
            "ainda está alguém? queria saber se no Plus posso saltar uma semana",
            "Olá [[Sra.|Sr.]] {last}, sim, em Plus > Pausar pode saltar semanas. {agent}",
            "fixe obrigad[[a|o]]",
        ),
    ],
    "en": [
        (
            "anyone still on? can I pause Plus for a week while we're away?",
            "Hi [[Ms|Mr]] {last}, yes, under Plus > Pause you can skip single weeks. {agent}",
            "brill thanks",
        ),
        (
            "Sorry for the hour, can I still book for tomorrow morning?",
            "Evening [[Ms|Mr]] {last}, yes, 10am is free and I've reserved it for you. {agent}",
            "Amazing thanks, night!",
        ),
    ],
    "es": [
        (
            "hay alguien? se puede pausar el Plus una semana que nos vamos?",
            "Hola [[Sra.|Sr.]] {last}, sí, en Plus > Pausar puede saltarse semanas sueltas. {agent}",
            "genial gracias",
        ),
        (
            "Perdón por la hora, ¿aún puedo reservar para mañana por la mañana?",
            "Buenas noches [[Sra.|Sr.]] {last}, sí, mañana a las 10 está libre y se lo he reservado. {agent}",
            "Genial gracias, buenas noches!",
        ),
    ],
    "fr": [
        (
            "il y a quelqu'un ? on peut suspendre le Plus une semaine pendant les vacances ?",
            "Bonsoir [[Madame|Monsieur]] {last}, oui, dans Plus > Pause vous pouvez sauter une semaine. {agent}",
            "super merci",
        ),
        (
            "Désolé[[e|]] pour l'heure, je peux encore réserver pour demain matin ?",
            "Bonsoir [[Madame|Monsieur]] {last}, oui, 10 h est libre, je vous l'ai réservé. {agent}",
            "Top merci, bonne nuit !",
        ),
    ],
    "it": [
        (
            "c'è qualcuno? posso sospendere il Plus per una settimana che siamo via?",
            "Buonasera [[Sig.ra|Sig.]] {last}, sì, in Plus > Pausa può saltare singole settimane. {agent}",
            "ottimo grazie",
        ),
        (
            "Scusate l'ora, posso ancora prenotare per domattina?",
            "Buonasera [[Sig.ra|Sig.]] {last}, sì, domani alle 10 è libero e l'ho riservato. {agent}",
            "Grazie mille, buonanotte!",
        ),
    ],
}

AGENTS: dict[str, list[str]] = {
    "de": ["Jana", "Lukas", "Miriam", "Tobias", "Selin"],
    "pt": ["Inês", "Rui", "Beatriz", "Diogo", "Carla"],
    "en": ["Sophie", "Liam", "Aoife"],
    "es": ["Lucía", "Javier", "Nerea"],
    "fr": ["Camille", "Julien", "Léa"],
    "it": ["Chiara", "Matteo", "Sara"],
}
