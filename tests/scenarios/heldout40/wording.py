# ruff: noqa: E501
"""Hand-written wording of heldout40's consumers (Volantia, driving schools).

Italian and German first, then English, Spanish, French and Portuguese. Placeholders:
{name} (first name), {ref} (case reference), {agent}, {comp} (competitor), {a1}-{a3}
(amounts, written in the customer's money), {p} / {P} (a problem phrase), {sp} (the
problem as a phone transcript), {fix}, {local} (local time), {code} (the spike's error).
"""

from __future__ import annotations

LANGS = ("it", "de", "en", "es", "fr", "pt")

AGENTS: dict[str, list[str]] = {
    "it": ["Chiara", "Matteo", "Serena", "Luca"],
    "de": ["Jana", "Tobias", "Miriam", "Florian"],
    "en": ["Sophie", "Callum", "Aoife"],
    "es": ["Nerea", "Iván"],
    "fr": ["Manon", "Théo"],
    "pt": ["Inês", "Tiago"],
}

SIGN: dict[str, str] = {
    "it": "Un saluto,\n{agent} – Volantia",
    "de": "Viele Grüße\n{agent} – Volantia",
    "en": "Best wishes,\n{agent} – Volantia",
    "es": "Un saludo,\n{agent} – Volantia",
    "fr": "Bien à vous,\n{agent} – Volantia",
    "pt": "Cumprimentos,\n{agent} – Volantia",
}

HELLO: dict[str, str] = {
    "it": "Ciao {name},",
    "de": "Hallo {name},",
    "en": "Hi {name},",
    "es": "Hola {name}:",
    "fr": "Bonjour {name},",
    "pt": "Olá {name},",
}

PRAISE: dict[str, list[str]] = {
    "it": [
        "Passato l'esame di guida stamattina al primo colpo!! Grazie Volantia e soprattutto grazie a Marco che mi ha sopportata per 20 guide 🙏",
        "istruttrice pazientissima, mi ha fatto rifare la retromarcia finché non mi è venuta naturale. Volantia consigliatissima",
        "L'app dei quiz di Volantia è fatta benissimo, 2 errori all'ultima simulazione, ci siamo quasi 💪",
        "Prima guida in autostrada oggi con Volantia, avevo il terrore e invece tutto liscio. Istruttore calmo e chiarissimo",
        "Prenotare le guide dall'app Volantia è comodissimo, scelgo orario e istruttore in dieci secondi. Finalmente una scuola guida del 2026",
        "mio figlio ha preso la patente con Volantia, io ero più agitata di lui 😅 bravi tutti, davvero",
    ],
    "de": [
        "Heute Führerscheinprüfung bestanden!!! Danke Volantia und danke an Frau Berger für die Geduld bei 14 Fahrstunden 🎉",
        "Die Theorie-App von Volantia ist echt gut gemacht, bin jetzt bei 0 Fehlerpunkten in der Simulation",
        "erste Autobahnfahrt heute, war total nervös aber mein Fahrlehrer hat das super ruhig gemacht. Klare Empfehlung für Volantia",
        "Fahrstunden per App buchen, Fahrlehrer auswählen, fertig. So muss das laufen. Volantia 👍",
        "Nachtfahrt mit Volantia gemacht, jetzt trau ich mich auch im Dunkeln auf die Landstraße",
        "Meine Tochter hat gestern bestanden, beim ersten Versuch. Volantia hat sie echt gut vorbereitet, vielen Dank!",
    ],
    "en": [
        "PASSED my driving test this morning, first time!! Massive thanks to Volantia and to Dave for putting up with my roundabouts 🙌",
        "Volantia's theory app is genuinely good, went from failing hazard perception to 68/75 in a fortnight",
        "First motorway lesson today, was dreading it and it was fine. Calm instructor, clear instructions. Recommend Volantia",
        "booking lessons on the Volantia app takes literally ten seconds, pick a slot, pick an instructor, done",
    ],
    "es": [
        "Aprobado el práctico a la primera!! Gracias Volantia y gracias a Lucía por aguantarme las rotondas 🙌",
        "La app de test de Volantia está genial, ya voy con 1 fallo en los simulacros",
        "Primera clase por autovía hoy con Volantia y muy bien, el profe supertranquilo",
    ],
    "fr": [
        "Permis obtenu ce matin du premier coup !! Merci Volantia et merci à Julien pour sa patience 🙏",
        "l'appli de code de Volantia est vraiment bien faite, je suis à 38/40 aux examens blancs",
        "Première leçon sur autoroute aujourd'hui avec Volantia, j'avais peur et finalement nickel",
    ],
    "pt": [
        "Passei no exame de condução à primeira!! Obrigada Volantia e obrigada ao Rui pela paciência 🙏",
        "A app de código da Volantia é mesmo boa, já só dou 2 erros nos testes",
        "Primeira aula em autoestrada hoje com a Volantia e correu super bem, instrutor muito calmo",
    ],
}

AGAIN: dict[str, list[str]] = {
    "it": [
        "Terza guida notturna con Volantia e terza volta che l'istruttore è sotto casa 5 minuti prima. Puntualità svizzera 👌",
        "Di nuovo promossa: dopo la B anche la A2 con Volantia, sempre con la stessa istruttrice, sempre benissimo",
    ],
    "de": [
        "Dritte Fahrstunde diese Woche und wieder auf die Minute pünktlich abgeholt. Auf Volantia ist einfach Verlass",
        "Schon wieder eine Simulation mit 0 Fehlerpunkten 😎 die App von Volantia macht echt süchtig",
    ],
    "en": [
        "Third lesson this week and third time my instructor's been outside five minutes early. Volantia don't mess about",
    ],
    "es": [
        "Tercera clase esta semana y tercera vez que el profe llega antes de la hora. Así da gusto, Volantia",
    ],
    "fr": [
        "Troisième leçon cette semaine et encore une fois le moniteur est là avant l'heure. Volantia au top",
    ],
    "pt": [
        "Terceira aula esta semana e outra vez o instrutor chegou antes da hora. Volantia nota 10",
    ],
}

GRIPE: dict[str, list[str]] = {
    "it": [
        "Guide ottime e istruttori bravi, solo la musica d'attesa del centralino Volantia è un tormento 😅",
        "Tutto bene con Volantia, unica cosa: al punto di ritrovo in piazza non si parcheggia mai, ogni volta un'avventura. Per il resto 10/10",
    ],
    "de": [
        "Fahrlehrer super, App super, nur warum muss ich mich jedes Mal neu einloggen um eine Rechnung zu sehen? Sonst alles top bei Volantia",
        "Alles gut bei Volantia, nur der Treffpunkt am Bahnhof ist morgens ein Chaos. Die Stunden selbst 1a",
    ],
    "en": [
        "Lessons brilliant, instructors brilliant, my only gripe is that the Volantia car smells of pine air freshener lol",
    ],
    "es": [
        "Todo genial con Volantia, solo que en el punto de recogida de la estación es imposible aparcar. Por lo demás de 10",
    ],
    "fr": [
        "Moniteurs top, appli top, juste dommage qu'il faille se reconnecter à chaque fois pour voir une facture. Sinon Volantia nickel",
    ],
    "pt": [
        "Tudo ótimo com a Volantia, só o ponto de encontro na estação é complicado para estacionar. De resto 5 estrelas",
    ],
}

QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Ciao, posso fare qualche guida con il cambio automatico e poi l'esame con il manuale?",
            "Sì, certo: basta dirlo al tuo istruttore, l'esame si prenota con l'auto che preferisci. Se fai l'esame con l'automatico la patente avrà il codice 78.",
        ),
        (
            "Buongiorno, il pacchetto da 10 guide ha una scadenza?",
            "Il pacchetto vale 12 mesi dall'acquisto e le guide non usate si possono passare a un familiare.",
        ),
        (
            "salve, mio figlio ha 17 anni e mezzo, può già iniziare la teoria con voi?",
            "Sì, può iscriversi alla teoria già da ora e usare l'app dei quiz; le guide partono con il foglio rosa.",
        ),
        (
            "Ciao! Per la guida notturna devo portare qualcosa di particolare?",
            "Solo documento e foglio rosa, l'auto è già pronta. Ti consigliamo occhiali puliti se li porti 🙂",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich die Sonderfahrten (Autobahn, Nacht) auch am Samstag buchen?",
            "Ja, samstags bieten wir Sonderfahrten von 8 bis 16 Uhr an, einfach in der App unter Sonderfahrten den Termin wählen.",
        ),
        (
            "Guten Tag, wie lange ist das 10er-Paket gültig?",
            "Das 10er-Paket gilt 12 Monate ab Kauf, nicht genutzte Stunden kannst du auch an Familienmitglieder übertragen.",
        ),
        (
            "Hi, meine Tochter ist 16, kann sie mit der Theorie für BF17 schon anfangen?",
            "Ja, für BF17 kann sie ab 16 mit Theorie und Fahrstunden beginnen, die Prüfung frühestens einen Monat vor dem 17. Geburtstag.",
        ),
        (
            "Moin, kann ich auf Automatik umsteigen und später trotzdem Schaltwagen fahren?",
            "Ja, mit der Automatik-Prüfung plus einer Testfahrt von 15 Minuten bekommst du die Schlüsselzahl 197 und darfst auch Schaltwagen fahren.",
        ),
    ],
    "en": [
        (
            "Hi, can I try an automatic for a couple of lessons before deciding?",
            "Of course, just pick an automatic car when you book in the app. Passing in an automatic gives you an automatic-only licence though.",
        ),
        (
            "Hello, do unused lessons in the 10-pack expire?",
            "The 10-pack is valid for 12 months from purchase and unused lessons can be passed on to a family member.",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo hacer alguna clase con coche automático antes de decidir?",
            "Claro, al reservar en la app elige un coche automático. Si apruebas con automático, el permiso queda limitado a automáticos.",
        ),
        (
            "Buenas, el bono de 10 clases caduca?",
            "El bono vale 12 meses desde la compra y las clases que no uses se las puedes pasar a un familiar.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que je peux faire quelques leçons en boîte automatique avant de choisir ?",
            "Bien sûr, il suffit de choisir une voiture automatique à la réservation dans l'appli. Le permis passé en automatique est limité aux boîtes automatiques.",
        ),
        (
            "Bonjour, le forfait 10 leçons a une date limite ?",
            "Le forfait est valable 12 mois après l'achat et les leçons non utilisées peuvent être transférées à un proche.",
        ),
    ],
    "pt": [
        (
            "Olá, posso ter algumas aulas com carro automático antes de decidir?",
            "Claro, basta escolher um carro automático na reserva. Se fizer o exame em automático, a carta fica limitada a automáticos.",
        ),
        (
            "Bom dia, o pack de 10 aulas tem validade?",
            "O pack é válido 12 meses após a compra e as aulas que não usar pode passá-las a um familiar.",
        ),
    ],
}

Q_SUBJECT: dict[str, list[str]] = {
    "it": ["Informazioni", "domanda pacchetto guide", "Info"],
    "de": ["Frage", "Kurze Frage zu den Fahrstunden", "Anfrage"],
    "en": ["Quick question", "Lessons query"],
    "es": ["Consulta", "Duda clases"],
    "fr": ["Question", "Renseignement"],
    "pt": ["Pergunta", "Dúvida aulas"],
}

THANKS: dict[str, list[str]] = {
    "it": [
        "grazie mille {agent}, chiarissimo",
        "perfetto grazie!! 🙏",
        "ok grazie {agent}, gentilissima/o",
    ],
    "de": [
        "Danke {agent}, super Auskunft",
        "ok perfekt, danke!",
        "alles klar, danke dir {agent} 👍",
    ],
    "en": ["brill, thanks {agent}", "perfect thank you"],
    "es": ["genial, gracias {agent}", "perfecto, gracias!"],
    "fr": ["super merci {agent}", "parfait merci !"],
    "pt": ["obrigado {agent}, perfeito", "ótimo, obrigada!"],
}

MAIL_THANKS: dict[str, str] = {
    "it": "Grazie della risposta veloce, {agent}. Tutto chiaro.\n{name}",
    "de": "Danke für die schnelle Antwort, {agent}. Alles klar.\n{name}",
    "en": "Thanks for getting back so quickly, {agent}, that's all clear.\n{name}",
    "es": "Gracias por la respuesta tan rápida, {agent}. Todo claro.\n{name}",
    "fr": "Merci pour la réponse rapide, {agent}. C'est très clair.\n{name}",
    "pt": "Obrigado pela resposta rápida, {agent}. Ficou tudo claro.\n{name}",
}

PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "pronto buongiorno sì chiamo per mia madre ha 68 anni e deve rifare la patente scaduta da tanti anni volevo sapere se fate delle guide di ripasso per persone più grandi",
            "facciamo guide di ripasso da 60 o 90 minuti, la prima è una guida di valutazione con un istruttore esperto e poi decidete insieme quante ne servono",
        ),
        (
            "sì buonasera senta mio figlio fa l'esame di teoria giovedì e volevo sapere dopo quanto può fare la prima guida",
            "appena ha il foglio rosa può prenotare la prima guida dall'app, di solito ci sono posti già la settimana dopo",
        ),
    ],
    "de": [
        (
            "ja hallo guten Tag ich ruf an wegen meinem Vater der ist 79 und der Hausarzt hat gesagt er soll mal eine Fahrprobe machen bieten Sie sowas an",
            "wir bieten eine freiwillige Rückmeldefahrt von 60 Minuten mit einem erfahrenen Fahrlehrer an, ohne Prüfungscharakter und vertraulich",
        ),
        (
            "ja grüß Gott ich hätte eine Frage meine Tochter hat nächste Woche die Theorieprüfung wann kann sie dann die erste Fahrstunde machen",
            "sie kann die erste Fahrstunde schon jetzt buchen, die Theorieprüfung muss dafür noch nicht bestanden sein",
        ),
    ],
    "en": [
        (
            "hiya yeah I'm ringing about my dad he's 81 and his GP suggested a refresher drive with an instructor just to check he's still safe do you do those",
            "we offer a 60-minute refresher drive with a senior instructor, it isn't a test and nothing is reported anywhere",
        ),
    ],
    "es": [
        (
            "sí hola buenas mire llamo por mi padre que tiene 74 años y quiere unas clases de reciclaje porque hace mucho que no conduce ustedes hacen eso",
            "tenemos clases de reciclaje de 60 o 90 minutos, la primera es de valoración con un profesor con experiencia",
        ),
    ],
    "fr": [
        (
            "oui bonjour j'appelle pour ma mère elle a 70 ans elle n'a pas conduit depuis quinze ans et elle voudrait reprendre quelques leçons vous faites ça",
            "nous proposons des leçons de remise à niveau de 60 ou 90 minutes, la première sert à évaluer avec un moniteur expérimenté",
        ),
    ],
    "pt": [
        (
            "sim bom dia estou a ligar por causa do meu pai tem 77 anos e queria umas aulas de reciclagem porque já não conduz há muito tempo vocês fazem isso",
            "temos aulas de reciclagem de 60 ou 90 minutos, a primeira é de avaliação com um instrutor experiente",
        ),
    ],
}

AFTER_CALL: dict[str, str] = {
    "it": "Grazie per la telefonata di oggi. Come d'accordo: {answer}. Per prenotare basta l'app o rispondere a questa mail.",
    "de": "danke für Ihren Anruf heute. Wie besprochen: {answer}. Buchen können Sie in der App oder einfach per Antwort auf diese Mail.",
    "en": "Thanks for your call today. As discussed, {answer}. You can book in the app or just reply to this e-mail.",
    "es": "Gracias por tu llamada de hoy. Como hablamos, {answer}. Puedes reservar en la app o respondiendo a este correo.",
    "fr": "Merci pour votre appel aujourd'hui. Comme convenu, {answer}. Vous pouvez réserver dans l'appli ou en répondant à ce mail.",
    "pt": "Obrigado pela chamada de hoje. Como falámos, {answer}. Pode reservar na app ou respondendo a este e-mail.",
}

AFTER_CALL_SUBJECT: dict[str, str] = {
    "it": "La tua telefonata con Volantia",
    "de": "Ihr Anruf bei Volantia",
    "en": "Your call with Volantia",
    "es": "Tu llamada con Volantia",
    "fr": "Votre appel à Volantia",
    "pt": "A sua chamada para a Volantia",
}

REVIEWS: dict[str, list[tuple[int, str]]] = {
    "it": [
        (5, "Scuola guida seria, istruttori preparati e app comoda. Patente presa in due mesi."),
        (4, "Ottima esperienza, unico neo gli orari serali sempre pieni."),
        (5, "consigliata a tutti i miei amici, Paolo è un grande istruttore"),
    ],
    "de": [
        (5, "Kompetente Fahrlehrer, faire Preise, App funktioniert. Gerne wieder."),
        (4, "Sehr gute Fahrschule, nur abends sind die Termine schnell weg."),
        (5, "Frau Berger ist die beste Fahrlehrerin der Welt, ehrlich"),
    ],
    "en": [
        (5, "Patient instructors, easy booking, passed first time. Can't fault them."),
        (4, "Really good, only downside is evening slots go fast."),
    ],
    "es": [
        (5, "Profes con mucha paciencia y la app muy cómoda. Aprobé a la primera."),
        (4, "Muy bien, solo que por la tarde cuesta encontrar hueco."),
    ],
    "fr": [
        (5, "Moniteurs patients, réservation facile, permis du premier coup."),
        (4, "Très bien, seul bémol les créneaux du soir partent vite."),
    ],
    "pt": [
        (5, "Instrutores pacientes, marcação fácil, passei à primeira."),
        (4, "Muito bom, só os horários ao fim do dia esgotam depressa."),
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "it": ["ottimo", "tutto perfetto", "👍", "bravissimi", "⭐⭐⭐⭐⭐", "top"],
    "de": ["super", "alles bestens", "👍", "sehr gut", "⭐⭐⭐⭐⭐", "passt"],
    "en": ["great", "spot on", "👍", "brilliant"],
    "es": ["genial", "todo perfecto", "👍"],
    "fr": ["top", "parfait", "👍"],
    "pt": ["ótimo", "tudo perfeito", "👍"],
}

LOW_WORDS: dict[str, list[str]] = {
    "it": ["pessimo", "deluso", "👎", "no comment"],
    "de": ["schlecht", "enttäuscht", "👎", "nie wieder so"],
    "en": ["poor", "let down", "👎"],
    "es": ["fatal", "decepcionado", "👎"],
    "fr": ["nul", "déçu", "👎"],
    "pt": ["péssimo", "desiludido", "👎"],
}

# (label, price in euros, page): labels in English / Italian whatever the market.
PRODUCTS: list[tuple[str, float, str]] = [
    ("Lesson pack 10 / Pacchetto 10 guide", 420.0, "/shop/lesson-pack-10"),
    ("Motorway lesson / Guida in autostrada", 55.0, "/shop/motorway-lesson"),
    ("Night lesson / Guida notturna", 55.0, "/shop/night-lesson"),
    ("Theory app premium / Quiz premium", 19.9, "/shop/theory-premium"),
    ("Mock exam / Esame simulato", 45.0, "/shop/mock-exam"),
    ("Gift card / Buono regalo", 100.0, "/shop/gift-card"),
    ("Learner kit / Kit principiante", 34.9, "/shop/learner-kit"),
    ("Simulator hour / Ora al simulatore", 29.0, "/shop/simulator"),
    ("Refresher lesson 90 min / Guida di ripasso", 79.0, "/shop/refresher"),
]

PAGES = [
    "/lessons/book",
    "/instructors",
    "/theory/quiz",
    "/exam/dates",
    "/shop",
    "/plus",
    "/account/invoices",
    "/help/automatic",
    "/locations",
    "/lessons/history",
]

# The six consumer problems: (subject topic, phrase). Phrases start lower case.
PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "no_show": {
        "it": (
            "Istruttore non presentato",
            "sabato alle 8:30 avevo la guida prenotata e l'istruttore NON si è presentato, 45 minuti ad aspettare al punto di ritrovo, nessuna chiamata, nessun messaggio, e l'app la segna pure come svolta",
        ),
        "de": (
            "Fahrlehrer nicht erschienen",
            "ich hatte Samstag um 8:30 eine Fahrstunde gebucht und der Fahrlehrer ist NICHT gekommen, 45 Minuten am Treffpunkt gestanden, kein Anruf, keine Nachricht, und in der App steht die Stunde als gefahren",
        ),
        "en": (
            "Instructor no-show",
            "my lesson on Saturday at 8:30 never happened, the instructor did NOT turn up, I stood at the pick-up point for 45 minutes, no call, no text, and the app now shows it as completed",
        ),
        "es": (
            "Profesor no se presentó",
            "el sábado a las 8:30 tenía clase y el profesor NO apareció, 45 minutos esperando en el punto de recogida, ni una llamada ni un mensaje, y encima la app la marca como hecha",
        ),
        "fr": (
            "Moniteur absent",
            "samedi 8h30 j'avais une leçon réservée et le moniteur n'est JAMAIS venu, 45 minutes à attendre au point de rendez-vous, pas un appel, pas un message, et l'appli la compte comme faite",
        ),
        "pt": (
            "Instrutor não apareceu",
            "no sábado às 8:30 tinha aula marcada e o instrutor NÃO apareceu, 45 minutos à espera no ponto de encontro, nem uma chamada nem uma mensagem, e a app ainda a marca como dada",
        ),
    },
    "double_charge": {
        "it": (
            "Addebito doppio",
            "il pacchetto da 10 guide mi è stato addebitato DUE VOLTE, {a1} e poi di nuovo {a1}, e così mi è tornato indietro l'addebito della bolletta della luce",
        ),
        "de": (
            "Doppelt abgebucht",
            "das 10er-Paket wurde ZWEIMAL abgebucht, zweimal {a1}, und deswegen ist die Lastschrift für meine Handyrechnung geplatzt",
        ),
        "en": (
            "Charged twice",
            "I've been charged TWICE for the 10-lesson pack, {a1} and then {a1} again, and now my phone bill direct debit has bounced",
        ),
        "es": (
            "Cobro duplicado",
            "me habéis cobrado DOS VECES el bono de 10 clases, {a1} y otra vez {a1}, y me han devuelto el recibo de la luz",
        ),
        "fr": (
            "Double prélèvement",
            "le forfait 10 leçons a été prélevé DEUX FOIS, {a1} puis encore {a1}, et du coup mon prélèvement d'électricité a été rejeté",
        ),
        "pt": (
            "Cobrança duplicada",
            "cobraram-me DUAS VEZES o pack de 10 aulas, {a1} e outra vez {a1}, e por isso o débito da luz foi devolvido",
        ),
    },
    "damage": {
        "it": (
            "Kit arrivato rovinato",
            "il kit principiante è arrivato con il libro di teoria completamente bagnato e i magneti P SPEZZATI in due, la scatola era sfondata",
        ),
        "de": (
            "Lernpaket beschädigt",
            "das Starterpaket kam mit einem komplett durchnässten Theoriebuch und die Magnetschilder waren in zwei Teile GEBROCHEN, der Karton war eingedrückt",
        ),
        "en": (
            "Learner kit arrived damaged",
            "the learner kit turned up with the theory book SOAKED through and both L plates snapped in half, the box was caved in",
        ),
        "es": (
            "Kit dañado",
            "el kit de inicio llegó con el libro de teoría EMPAPADO y las placas L partidas por la mitad, la caja hundida",
        ),
        "fr": (
            "Kit abîmé",
            "le kit débutant est arrivé avec le livre de code complètement trempé et les deux plaques magnétiques CASSÉES, carton défoncé",
        ),
        "pt": (
            "Kit danificado",
            "o kit de iniciação chegou com o livro de código todo molhado e as placas magnéticas PARTIDAS, a caixa toda amachucada",
        ),
    },
    "refund": {
        "it": (
            "Rimborso mai arrivato",
            "ho annullato il pacchetto di guide in autostrada più di QUINDICI giorni fa, in chat mi hanno detto rimborso in 5 giorni lavorativi e dei {a1} non ho visto un centesimo",
        ),
        "de": (
            "Erstattung fehlt",
            "ich habe das Autobahn-Paket vor über ZWEI WOCHEN storniert, im Chat hieß es Erstattung in 5 Werktagen und von den {a1} ist bis heute nichts angekommen",
        ),
        "en": (
            "Refund still missing",
            "I cancelled the motorway lessons over TWO WEEKS ago, the chat said refund in 5 working days, and I haven't seen a penny of the {a1}",
        ),
        "es": (
            "Reembolso pendiente",
            "cancelé el pack de autovía hace más de DOS SEMANAS, en el chat me dijeron reembolso en 5 días hábiles y de los {a1} nada de nada",
        ),
        "fr": (
            "Remboursement jamais reçu",
            "j'ai annulé le pack autoroute il y a plus de DEUX SEMAINES, le chat m'a promis un remboursement sous 5 jours ouvrés et toujours rien des {a1}",
        ),
        "pt": (
            "Reembolso em falta",
            "cancelei o pack de autoestrada há mais de DUAS SEMANAS, no chat disseram reembolso em 5 dias úteis e dos {a1} nem sinal",
        ),
    },
    "wrong_price": {
        "it": (
            "Prezzo esame sbagliato",
            "quando ho prenotato il pacchetto esame l'app diceva {a1}, sull'estratto conto ne trovo {a2}, e NESSUNO mi ha spiegato la differenza",
        ),
        "de": (
            "Falscher Preis Prüfung",
            "beim Buchen des Prüfungspakets stand in der App {a1}, abgebucht wurden {a2}, und NIEMAND erklärt mir den Unterschied",
        ),
        "en": (
            "Wrong price for test booking",
            "when I booked the test package the app said {a1}, my bank says {a2}, and NOBODY has explained the difference",
        ),
        "es": (
            "Precio examen incorrecto",
            "cuando reservé el pack de examen la app ponía {a1}, en el banco me aparecen {a2}, y NADIE me explica la diferencia",
        ),
        "fr": (
            "Mauvais prix examen",
            "quand j'ai réservé le pack examen l'appli affichait {a1}, ma banque indique {a2}, et PERSONNE ne m'explique la différence",
        ),
        "pt": (
            "Preço do exame errado",
            "quando marquei o pack de exame a app dizia {a1}, no banco aparecem {a2}, e NINGUÉM me explica a diferença",
        ),
    },
    "cancel_fee": {
        "it": (
            "Penale ingiusta",
            "è stato l'ISTRUTTORE a spostarmi la guida di giovedì a venerdì con un messaggio, e adesso mi addebitate {a1} come assenza per giovedì",
        ),
        "de": (
            "Unberechtigte Gebühr fürs Nichterscheinen",
            "der Fahrlehrer SELBST hat mir die Stunde von Donnerstag per Nachricht auf Freitag verlegt, und jetzt berechnet ihr mir {a1} für Nichterscheinen am Donnerstag",
        ),
        "en": (
            "No-show fee charged wrongly",
            "it was the INSTRUCTOR who moved Thursday's lesson to Friday by text, and now you've charged me {a1} as a no-show for Thursday",
        ),
        "es": (
            "Penalización injusta",
            "fue el PROFESOR quien me pasó la clase del jueves al viernes por mensaje, y ahora me cobráis {a1} por no presentarme el jueves",
        ),
        "fr": (
            "Frais d'annulation injustes",
            "c'est le moniteur LUI-MÊME qui a déplacé la leçon de jeudi à vendredi par SMS, et vous me facturez {a1} d'absence pour jeudi",
        ),
        "pt": (
            "Taxa de cancelamento injusta",
            "foi o PRÓPRIO instrutor que mudou a aula de quinta para sexta por mensagem, e agora cobram-me {a1} por falta na quinta",
        ),
    },
}

# Amounts of each problem in euros: a1, a2, a3 (a3: what is put right).
PROBLEM_AMOUNTS: dict[str, tuple[float, float, float]] = {
    "no_show": (0.0, 0.0, 0.0),
    "double_charge": (420.0, 0.0, 420.0),
    "damage": (34.9, 0.0, 34.9),
    "refund": (165.0, 0.0, 165.0),
    "wrong_price": (120.0, 185.0, 65.0),
    "cancel_fee": (35.0, 0.0, 35.0),
}

FIXES: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "la guida di sabato è stata tolta dal registro e ti abbiamo accreditato due guide gratuite",
        "de": "die Stunde vom Samstag ist aus deinem Verlauf gelöscht und dir wurden zwei Gratisstunden gutgeschrieben",
        "en": "Saturday's lesson has been taken off your record and two free lessons added to your account",
        "es": "la clase del sábado está anulada y te hemos abonado dos clases gratis",
        "fr": "la leçon de samedi est annulée et deux leçons gratuites ont été ajoutées à ton compte",
        "pt": "a aula de sábado foi anulada e creditámos duas aulas grátis na tua conta",
    },
    "double_charge": {
        "it": "il secondo addebito di {a3} è stato stornato, lo vedrai sul conto in 2-3 giorni",
        "de": "die zweite Abbuchung über {a3} ist storniert, das Geld ist in 2-3 Tagen wieder auf deinem Konto",
        "en": "the second charge of {a3} has been reversed and should show in your account in 2-3 days",
        "es": "hemos anulado el segundo cargo de {a3}, lo verás en tu cuenta en 2-3 días",
        "fr": "le second prélèvement de {a3} a été annulé, tu le reverras sur ton compte sous 2-3 jours",
        "pt": "a segunda cobrança de {a3} foi anulada e volta à tua conta em 2-3 dias",
    },
    "damage": {
        "it": "un kit nuovo è partito oggi con corriere espresso, quello rovinato puoi buttarlo",
        "de": "ein neues Starterpaket ist heute per Express rausgegangen, das kaputte kannst du entsorgen",
        "en": "a new learner kit went out by express courier today, you can bin the damaged one",
        "es": "hoy ha salido un kit nuevo por mensajería urgente, el dañado puedes tirarlo",
        "fr": "un nouveau kit est parti aujourd'hui en express, tu peux jeter l'ancien",
        "pt": "seguiu hoje um kit novo por correio expresso, o danificado pode deitar fora",
    },
    "refund": {
        "it": "il rimborso di {a3} è stato eseguito oggi, arriva in 1-2 giorni",
        "de": "die Erstattung über {a3} wurde heute angewiesen und ist in 1-2 Tagen da",
        "en": "the refund of {a3} went out today and should land in 1-2 days",
        "es": "el reembolso de {a3} se ha hecho hoy y llegará en 1-2 días",
        "fr": "le remboursement de {a3} est parti aujourd'hui, il arrive sous 1-2 jours",
        "pt": "o reembolso de {a3} foi feito hoje e chega em 1-2 dias",
    },
    "wrong_price": {
        "it": "ti abbiamo rimborsato la differenza di {a3}, vale il prezzo del preventivo",
        "de": "die Differenz von {a3} ist erstattet, es gilt der Preis aus dem Angebot",
        "en": "we've refunded the difference of {a3}, the quoted price stands",
        "es": "te hemos devuelto la diferencia de {a3}, vale el precio del presupuesto",
        "fr": "nous t'avons remboursé la différence de {a3}, le prix du devis s'applique",
        "pt": "devolvemos a diferença de {a3}, vale o preço do orçamento",
    },
    "cancel_fee": {
        "it": "la penale di {a3} è stata annullata e rimborsata",
        "de": "die Ausfallgebühr von {a3} ist storniert und erstattet",
        "en": "the {a3} fee has been cancelled and refunded",
        "es": "la penalización de {a3} está anulada y devuelta",
        "fr": "les frais de {a3} sont annulés et remboursés",
        "pt": "a taxa de {a3} foi anulada e devolvida",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "it": "Reclamo: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
}

CASE_SUBJECT: dict[str, str] = {
    "it": "Pratica {ref}",
    "de": "Vorgang {ref}",
    "en": "Case {ref}",
    "es": "Expediente {ref}",
    "fr": "Dossier {ref}",
    "pt": "Processo {ref}",
}

REPLY_PREFIX: dict[str, list[str]] = {
    "it": ["R:", "Re:", "RE:"],
    "de": ["AW:", "Aw:", "RE:"],
    "en": ["RE:", "Re:"],
    "es": ["RE:", "RV:"],
    "fr": ["RE :", "Re:"],
    "pt": ["RES:", "Re:"],
}

# A bad moment, by channel.
SHORT_MAIL: dict[str, list[str]] = {
    "it": [
        "Buongiorno,\n{P}.\nNessuno mi ha avvisato di niente. Aspetto una risposta OGGI.\n{name}",
        "Salve, vi scrivo perché {p}. Mi sembra assurdo. Attendo riscontro.\n{name}",
    ],
    "de": [
        "Hallo,\n{P}.\nNiemand hat mir Bescheid gegeben. Ich erwarte heute noch eine Antwort.\n{name}",
        "Guten Tag, ich schreibe, weil {p}. Das kann doch nicht wahr sein. Bitte um Rückmeldung.\n{name}",
    ],
    "en": ["Hello,\n{P}.\nNobody told me anything. I'd like an answer today please.\n{name}"],
    "es": ["Hola,\n{P}.\nNadie me ha avisado de nada. Espero respuesta hoy.\n{name}"],
    "fr": ["Bonjour,\n{P}.\nPersonne ne m'a prévenu. J'attends une réponse aujourd'hui.\n{name}"],
    "pt": ["Bom dia,\n{P}.\nNinguém me avisou de nada. Aguardo resposta hoje.\n{name}"],
}

CHAT_BAD: dict[str, list[str]] = {
    "it": ["ciao, {p}. cosa devo fare??", "buongiorno, {p}!! mi spiegate come è possibile"],
    "de": ["hallo, {p}. was soll ich jetzt machen??", "Hallo!! {P}. Wie kann das sein?"],
    "en": ["hi, {p}. what am I supposed to do now??"],
    "es": ["hola, {p}. qué hago ahora??"],
    "fr": ["bonjour, {p}. je fais quoi maintenant ??"],
    "pt": ["olá, {p}. o que faço agora??"],
}

SOCIAL_BAD: dict[str, list[str]] = {
    "it": ["@Volantia {p}. Complimenti davvero 👏", "{P}. @Volantia qualcuno mi risponde o no?"],
    "de": ["@Volantia {p}. Ganz großes Kino 👏", "{P}. @Volantia antwortet da irgendwer?"],
    "en": ["@Volantia {p}. Stellar work 👏"],
    "es": ["@Volantia {p}. Enhorabuena de verdad 👏"],
    "fr": ["@Volantia {p}. Bravo vraiment 👏"],
    "pt": ["@Volantia {p}. Parabéns a sério 👏"],
}

FORM_BAD: dict[str, str] = {
    "it": "{P}. Chiedo che venga sistemato al più presto.",
    "de": "{P}. Ich bitte um schnellstmögliche Klärung.",
    "en": "{P}. Please sort this out as soon as possible.",
    "es": "{P}. Pido que se solucione cuanto antes.",
    "fr": "{P}. Merci de régler ça au plus vite.",
    "pt": "{P}. Peço que resolvam isto o mais rápido possível.",
}

PHONE_BAD: dict[str, list[str]] = {
    "it": [
        "pronto buongiorno chiamo perché {sp} vorrei capire cosa sta succedendo",
        "sì buongiorno senta {sp} e nessuno mi ha detto niente",
    ],
    "de": [
        "ja hallo guten Tag ich ruf an weil {sp} ich möchte wissen was da los ist",
        "ja grüß Gott also {sp} und niemand hat sich gemeldet",
    ],
    "en": ["hi there good morning I'm calling because {sp} and I want to know what's going on"],
    "es": ["sí hola buenos días mire llamo porque {sp} y quiero saber qué pasa"],
    "fr": ["oui bonjour j'appelle parce que {sp} et je voudrais comprendre"],
    "pt": ["sim bom dia estou a ligar porque {sp} e queria perceber o que se passa"],
}

LONG_MAIL: dict[str, list[str]] = {
    "it": [
        "Buonasera,\n\nvi scrivo a fine serata, dopo aver chiuso il ristorante dove lavoro, perché durante il giorno non ho mai un momento e al telefono non riesco a prendere la linea. Premetto che con Volantia mi sono trovato bene fin dall'inizio: ho fatto la teoria con la vostra app, ho passato il quiz con zero errori e il mio istruttore, Davide, è una persona splendida che consiglio a tutti.\n\nPerò questa volta devo proprio lamentarmi: {p}. Per me ogni guida vuol dire chiedere un cambio turno al titolare, e non posso permettermi di buttare mattine e soldi così.\n\nVi chiedo di verificare e di farmi sapere cosa intendete fare. Non voglio fare polemica, voglio solo che la cosa venga sistemata.\n\nCordiali saluti,\n{name}",
        "Salve,\n\nscrivo dal pullman che mi porta all'università, quindi perdonate gli errori, sto scrivendo dal telefono. Mia sorella ha preso la patente con voi due anni fa e me ne aveva parlato benissimo, e fino a oggi devo dire che aveva ragione: orari flessibili, app comoda, istruttori gentili.\n\nIl motivo della mail però è un altro: {p}. Lo so che può capitare, ma nessuno mi ha dato una spiegazione e mi sento un po' presa in giro.\n\nResto in attesa di una risposta, possibilmente scritta.\nGrazie,\n{name}",
    ],
    "de": [
        "Hallo zusammen,\n\nich schreibe in meiner Mittagspause aus dem Baucontainer, weil ich telefonisch einfach nicht durchkomme. Vorweg: Ich war mit Volantia bisher wirklich gut bedient, die Theorie-App hat mir sehr geholfen und mein Fahrlehrer Herr Kaya ist geduldig und erklärt gut. Ich habe euch auch schon zwei Kollegen empfohlen.\n\nAber jetzt muss ich mich beschweren: {p}. Ich arbeite Schicht und muss mir jede Fahrstunde beim Polier freinehmen, da tut so etwas doppelt weh.\n\nBitte klärt das und gebt mir kurz Bescheid, was ihr macht. Ich will keinen Ärger, nur dass das in Ordnung kommt.\n\nViele Grüße\n{name}",
        "Guten Abend,\n\ndie Zwillinge schlafen endlich und ich sitze auf dem Balkon, also schreibe ich euch jetzt, bevor ich es wieder vergesse. Ich habe mich für Volantia entschieden, weil eine Mutter aus der Kita so begeistert war, und die ersten Wochen waren auch wirklich prima: Termine per App, eine pünktliche Fahrlehrerin, alles unkompliziert.\n\nDann das: {p}. Mit zwei kleinen Kindern ist jede Stunde organisiert wie ein Umzug, Oma muss kommen, mein Mann muss früher heim. Ich finde das nicht in Ordnung.\n\nIch bitte um eine kurze Rückmeldung, wie das gelöst wird.\n\nFreundliche Grüße\n{name}",
    ],
    "en": [
        "Hi there,\n\nI'm writing this in the school staffroom over lunch, because I can never get through on the phone between lessons. First of all, I've been really happy with Volantia up to now: the theory app got me through my theory test and my instructor Priya is lovely and so patient with me.\n\nBut I do need to raise something: {p}. Between marking and parents' evenings every lesson takes some juggling, so this has really knocked me.\n\nCould someone please look into it and let me know what happens next? I'm not after a fight, I just want it put right.\n\nThanks,\n{name}",
    ],
}

CASE_OPENED: dict[str, str] = {
    "it": "Ciao {name}, ci dispiace davvero. Abbiamo aperto la pratica {ref} e la stiamo verificando, ti aggiorniamo al più presto.",
    "de": "Hallo {name}, das tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und prüfen das, du hörst so bald wie möglich von uns.",
    "en": "Hi {name}, we're really sorry about this. We've opened case {ref} and we're looking into it; we'll update you as soon as we can.",
    "es": "Hola {name}, lo sentimos mucho. Hemos abierto el expediente {ref} y lo estamos revisando, te decimos algo lo antes posible.",
    "fr": "Bonjour {name}, nous sommes vraiment désolés. Nous avons ouvert le dossier {ref} et nous vérifions, on revient vers toi au plus vite.",
    "pt": "Olá {name}, lamentamos muito. Abrimos o processo {ref} e estamos a verificar, damos notícias o mais depressa possível.",
}

PASSED_ON: dict[str, str] = {
    "it": "Ciao {name}, abbiamo passato la pratica {ref} al nostro ufficio reclami e al coordinatore degli istruttori: ti ricontattano entro 48 ore.",
    "de": "Hallo {name}, wir haben den Vorgang {ref} an unser Beschwerdeteam und an die Fahrlehrer-Koordination weitergegeben, sie melden sich innerhalb von 48 Stunden.",
    "en": "Hi {name}, we've passed case {ref} on to our complaints team and the instructors' coordinator, and they'll be in touch within 48 hours.",
    "es": "Hola {name}, hemos pasado el expediente {ref} al equipo de reclamaciones y a la coordinadora de profesores, te contactarán en 48 horas.",
    "fr": "Bonjour {name}, nous avons transmis le dossier {ref} au service réclamations et au coordinateur des moniteurs, ils te recontactent sous 48 heures.",
    "pt": "Olá {name}, passámos o processo {ref} à equipa de reclamações e ao coordenador dos instrutores, vão contactar-te em 48 horas.",
}

GOOD_NEWS: dict[str, str] = {
    "it": "Ciao {name}, buone notizie sulla pratica {ref}: {fix}. Ci confermi che adesso è tutto a posto?",
    "de": "Hallo {name}, gute Nachrichten zum Vorgang {ref}: {fix}. Kannst du uns kurz bestätigen, dass jetzt alles passt?",
    "en": "Hi {name}, good news on case {ref}: {fix}. Could you confirm everything's all right now?",
    "es": "Hola {name}, buenas noticias del expediente {ref}: {fix}. ¿Nos confirmas que ya está todo bien?",
    "fr": "Bonjour {name}, bonne nouvelle pour le dossier {ref} : {fix}. Tu nous confirmes que tout est en ordre ?",
    "pt": "Olá {name}, boas notícias sobre o processo {ref}: {fix}. Confirma-nos que agora está tudo bem?",
}

CHAT_CASE: dict[str, str] = {
    "it": "Mi dispiace tantissimo, {name}. Ho aperto la pratica {ref}, ti scriviamo appena abbiamo verificato.",
    "de": "Das tut mir wirklich leid, {name}. Ich habe den Vorgang {ref} angelegt, wir melden uns, sobald wir es geprüft haben.",
    "en": "I'm so sorry, {name}. I've opened case {ref} and we'll come back to you as soon as we've checked.",
    "es": "Lo siento muchísimo, {name}. He abierto el expediente {ref}, te escribimos en cuanto lo revisemos.",
    "fr": "Je suis vraiment désolée, {name}. J'ai ouvert le dossier {ref}, on revient vers toi dès qu'on a vérifié.",
    "pt": "Lamento imenso, {name}. Abri o processo {ref}, escrevemos assim que verificarmos.",
}

CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, pratica {ref} sistemata, tutto a posto. Grazie {agent}!",
        "sì tutto ok per la {ref}, grazie mille",
    ],
    "de": [
        "Bestätige, Vorgang {ref} ist erledigt, alles passt. Danke {agent}!",
        "ja passt, {ref} ist geklärt, danke euch",
    ],
    "en": ["Confirmed, case {ref} is sorted, all good now. Thanks {agent}!"],
    "es": ["Confirmado, expediente {ref} resuelto, todo bien. Gracias {agent}!"],
    "fr": ["Je confirme, dossier {ref} réglé, tout est bon. Merci {agent} !"],
    "pt": ["Confirmo, processo {ref} resolvido, está tudo bem. Obrigado {agent}!"],
}

APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate per il tono di ieri, ero proprio arrabbiata. Grazie per aver sistemato così in fretta",
        "mi scuso per la mail di ieri, non era colpa di chi risponde. grazie davvero",
    ],
    "de": [
        "Sorry für meinen Ton gestern, ich war echt sauer. Danke, dass das so schnell geklärt wurde",
        "Entschuldigung für die Nachricht gestern, ihr könnt ja nichts dafür. Danke!",
    ],
    "en": ["Sorry for the tone yesterday, I was properly wound up. Thanks for sorting it so fast"],
    "es": ["Perdón por el tono de ayer, estaba muy enfadada. Gracias por solucionarlo tan rápido"],
    "fr": ["Désolé pour le ton d'hier, j'étais vraiment énervé. Merci d'avoir réglé ça si vite"],
    "pt": ["Desculpem o tom de ontem, estava mesmo irritado. Obrigado por resolverem tão depressa"],
}

# Later contacts on one open case: second, third (names a competitor), fourth.
FOLLOW: dict[str, dict[int, str]] = {
    "it": {
        2: "Vi riscrivo per la pratica {ref}: {p}. Ancora niente, nessuna novità.",
        3: "È la terza volta che vi contatto per la pratica {ref}. {P}. Se entro domani non è sistemato passo a {comp}.",
        4: "QUARTA volta, pratica {ref}. {P}. Nessuno mi richiama, sto perdendo la pazienza.",
    },
    "de": {
        2: "Ich schreibe nochmal wegen Vorgang {ref}: {p}. Immer noch nichts passiert.",
        3: "Das ist jetzt das dritte Mal wegen Vorgang {ref}. {P}. Wenn das bis morgen nicht geklärt ist, gehe ich zu {comp}.",
        4: "VIERTES Mal, Vorgang {ref}. {P}. Kein Rückruf, nichts. Mir reicht's langsam.",
    },
    "en": {
        2: "Writing again about case {ref}: {p}. Still nothing, no update.",
        3: "This is the third time I've been in touch about case {ref}. {P}. If it isn't sorted by tomorrow I'm going to {comp}.",
        4: "FOURTH time, case {ref}. {P}. Nobody calls back, I've had enough.",
    },
    "es": {
        2: "Vuelvo a escribir por el expediente {ref}: {p}. Sigue todo igual.",
        3: "Es la tercera vez que os contacto por el expediente {ref}. {P}. Si mañana no está resuelto me voy a {comp}.",
        4: "CUARTA vez, expediente {ref}. {P}. Nadie me llama, estoy harta.",
    },
    "fr": {
        2: "Je réécris pour le dossier {ref} : {p}. Toujours rien.",
        3: "C'est la troisième fois que je vous contacte pour le dossier {ref}. {P}. Si ce n'est pas réglé demain, je pars chez {comp}.",
        4: "QUATRIÈME fois, dossier {ref}. {P}. Personne ne rappelle, j'en ai marre.",
    },
    "pt": {
        2: "Volto a escrever sobre o processo {ref}: {p}. Continua tudo na mesma.",
        3: "É a terceira vez que vos contacto pelo processo {ref}. {P}. Se amanhã não estiver resolvido mudo para a {comp}.",
        4: "QUARTA vez, processo {ref}. {P}. Ninguém liga de volta, estou farto.",
    },
}

FOLLOW_PHONE: dict[str, dict[int, str]] = {
    "it": {
        2: "sì buongiorno richiamo per la pratica {sref} {sp} ancora niente",
        3: "pronto è la terza volta che chiamo per la pratica {sref} {sp} se domani non è risolto vado da {comp}",
        4: "buongiorno quarta volta pratica {sref} {sp} nessuno mi ha richiamato",
    },
    "de": {
        2: "ja hallo ich ruf nochmal an wegen Vorgang {sref} {sp} immer noch nichts",
        3: "ja hallo das ist jetzt das dritte Mal Vorgang {sref} {sp} wenn das morgen nicht geklärt ist geh ich zu {comp}",
        4: "ja guten Tag viertes Mal Vorgang {sref} {sp} keiner ruft zurück",
    },
    "en": {
        2: "hiya yeah calling again about case {sref} {sp} still nothing",
        3: "hi it's the third time I'm calling about case {sref} {sp} if it's not sorted tomorrow I'm going to {comp}",
        4: "hello fourth time now case {sref} {sp} nobody rang me back",
    },
    "es": {
        2: "sí hola llamo otra vez por el expediente {sref} {sp} sigue igual",
        3: "hola es la tercera vez que llamo por el expediente {sref} {sp} si mañana no está me voy a {comp}",
        4: "hola cuarta vez expediente {sref} {sp} nadie me ha llamado",
    },
    "fr": {
        2: "oui bonjour je rappelle pour le dossier {sref} {sp} toujours rien",
        3: "bonjour c'est la troisième fois que j'appelle pour le dossier {sref} {sp} si demain c'est pas réglé je pars chez {comp}",
        4: "bonjour quatrième fois dossier {sref} {sp} personne ne m'a rappelé",
    },
    "pt": {
        2: "sim bom dia volto a ligar pelo processo {sref} {sp} continua igual",
        3: "bom dia é a terceira vez que ligo pelo processo {sref} {sp} se amanhã não estiver resolvido mudo para a {comp}",
        4: "bom dia quarta vez processo {sref} {sp} ninguém me ligou",
    },
}

# How a case reference VL-482107 is heard on the phone.
SPOKEN_REF: dict[str, str] = {
    "it": "vu elle",
    "de": "vau el",
    "en": "v l",
    "es": "uve ele",
    "fr": "vé èl",
    "pt": "vê éle",
}

SPOKEN_MONEY: dict[str, dict[str, str]] = {
    "EUR": {"it": "euro", "de": "Euro", "en": "euros", "es": "euros", "fr": "euros", "pt": "euros"},
    "GBP": {
        "it": "sterline",
        "de": "Pfund",
        "en": "pounds",
        "es": "libras",
        "fr": "livres",
        "pt": "libras",
    },
    "CHF": {
        "it": "franchi",
        "de": "Franken",
        "en": "francs",
        "es": "francos",
        "fr": "francs",
        "pt": "francos",
    },
}

# The slide from a happy baseline: six steps (ratings 3, 3, 2, 2, 1, 1 when a review).
SLIDE: dict[str, list[str]] = {
    "it": [
        "Da qualche settimana l'app di Volantia ci mette un'eternità a mostrare gli orari liberi degli istruttori. Prima era velocissima, peccato",
        "Volantia Plus passa da {a1} a {a2} al mese e lo scopro dall'estratto conto. Un avviso no eh? Delusa",
        "Terzo istruttore diverso in due settimane, ognuno mi dice di fare la rotonda in un modo diverso. Così non si impara, Volantia",
        "Chiedo all'assistente dell'app quando posso prenotare l'esame e lui mi propone il pacchetto autostrada. Ma mi ascoltate?",
        "{a3} per l'esame simulato che con Plus dovrebbe essere INCLUSO. Sono furiosa, è un furto bello e buono",
        "Ho chiesto i prezzi a {comp}. Vediamo se almeno loro rispondono alle domande.",
    ],
    "de": [
        "Die Volantia-App braucht seit Wochen ewig, bis die freien Termine der Fahrlehrer da sind. Früher ging das in einer Sekunde, schade",
        "Volantia Plus von {a1} auf {a2} im Monat und ich merk es erst am Kontoauszug. Eine Info vorher wäre nett gewesen. Enttäuscht",
        "Dritter Fahrlehrer in zwei Wochen und jeder erklärt das Einparken anders. So lernt man nix, Volantia",
        "Frage den Assistenten in der App nach einem Prüfungstermin und er will mir ein Autobahnpaket verkaufen. Hört da irgendwer zu?",
        "{a3} für die Prüfungssimulation, die bei Plus INKLUSIVE sein soll. Ich bin stinksauer, das ist Abzocke",
        "Hab mir jetzt die Preise von {comp} schicken lassen. Mal sehen, ob die wenigstens auf Fragen antworten.",
    ],
    "en": [
        "The Volantia app takes forever to show instructors' free slots lately. Used to be instant, shame",
        "Volantia Plus has gone from {a1} to {a2} a month and I found out from my bank statement. A heads-up would've been nice. Disappointed",
        "Third different instructor in two weeks and each one tells me to take roundabouts differently. Can't learn like this, Volantia",
        "Asked the app's assistant when I can book my test and it tried to sell me a motorway package. Is anyone listening?",
        "{a3} for a mock test that's supposed to be INCLUDED in Plus. Absolutely livid, it's daylight robbery",
        "Got a price list from {comp} today. Let's see if they at least answer questions.",
    ],
    "es": [
        "Últimamente la app de Volantia tarda una eternidad en enseñar los huecos de los profes. Antes iba volando, qué pena",
        "Volantia Plus pasa de {a1} a {a2} al mes y me entero por el extracto del banco. Un aviso no? Decepcionada",
        "Tercer profesor distinto en dos semanas y cada uno me dice que haga las rotondas de una forma. Así no se aprende, Volantia",
        "Le pregunto al asistente de la app cuándo puedo reservar el examen y me ofrece el pack de autovía. Alguien escucha?",
        "{a3} por el simulacro de examen que con Plus debería estar INCLUIDO. Estoy furiosa, es un robo",
        "He pedido precios a {comp}. A ver si ellos por lo menos contestan.",
    ],
    "fr": [
        "Depuis quelques semaines l'appli Volantia met une éternité à afficher les créneaux des moniteurs. Avant c'était instantané, dommage",
        "Volantia Plus passe de {a1} à {a2} par mois et je l'apprends sur mon relevé. Un petit mail avant, non ? Déçue",
        "Troisième moniteur différent en deux semaines et chacun m'explique le créneau autrement. On n'apprend rien comme ça, Volantia",
        "Je demande à l'assistant de l'appli quand je peux réserver l'examen et il me propose le pack autoroute. Quelqu'un écoute ?",
        "{a3} pour l'examen blanc qui devrait être INCLUS dans Plus. Je suis furieuse, c'est du vol",
        "J'ai demandé les tarifs de {comp}. On verra s'ils répondent au moins aux questions.",
    ],
    "pt": [
        "Há umas semanas que a app da Volantia demora uma eternidade a mostrar os horários livres dos instrutores. Antes era instantâneo, pena",
        "Volantia Plus passa de {a1} para {a2} por mês e descubro pelo extrato do banco. Um aviso não? Desiludida",
        "Terceiro instrutor diferente em duas semanas e cada um manda fazer as rotundas de outra maneira. Assim não se aprende, Volantia",
        "Pergunto ao assistente da app quando posso marcar o exame e propõe-me o pack de autoestrada. Alguém ouve?",
        "{a3} pelo exame simulado que com o Plus devia estar INCLUÍDO. Estou furiosa, é um roubo",
        "Pedi os preços à {comp}. Vamos ver se ao menos respondem às perguntas.",
    ],
}

SLIDE_AMOUNTS = (12.9, 15.9, 45.0)

LEAVE: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Disdetta Volantia Plus",
            "Buongiorno,\na fine mese mi trasferisco a Lione per lavoro e non potrò più fare guide con voi. Vorrei disdire Volantia Plus e chiudere l'account. Grazie di tutto, mi sono trovata bene.\n{name}",
        ),
        (
            "Chiusura account",
            "Salve, mia figlia ha preso la patente la settimana scorsa (grazie!) e a noi Volantia Plus non serve più. Potete chiudere l'abbonamento e l'account?\n{name}",
        ),
    ],
    "de": [
        (
            "Kündigung Volantia Plus",
            "Hallo,\nich ziehe nächsten Monat beruflich nach Wien zu meiner Partnerin und brauche Volantia Plus nicht mehr. Bitte kündigt das Abo und löscht mein Konto. Danke für alles!\n{name}",
        ),
        (
            "Konto schließen",
            "Guten Tag, mein Sohn hat jetzt den Führerschein, Volantia Plus brauchen wir nicht mehr. Bitte Abo kündigen und das Konto schließen.\n{name}",
        ),
    ],
    "en": [
        (
            "Cancel Volantia Plus",
            "Hi,\nI'm moving to Melbourne for work at the end of the month so I won't need Volantia Plus any more. Please cancel it and close my account. Thanks for everything.\n{name}",
        )
    ],
    "es": [
        (
            "Baja Volantia Plus",
            "Hola,\nme mudo a Lisboa por trabajo a final de mes y ya no podré dar clases con vosotros. Quiero dar de baja Volantia Plus y cerrar la cuenta. Gracias por todo.\n{name}",
        )
    ],
    "fr": [
        (
            "Résiliation Volantia Plus",
            "Bonjour,\nje pars vivre chez mes parents en Bretagne le mois prochain et je n'aurai plus besoin de Volantia Plus. Merci de résilier l'abonnement et de fermer mon compte.\n{name}",
        )
    ],
    "pt": [
        (
            "Cancelar Volantia Plus",
            "Olá,\nvou viver para Zurique por motivos de trabalho e já não vou precisar do Volantia Plus. Quero cancelar a subscrição e fechar a conta. Obrigada por tudo.\n{name}",
        )
    ],
}

LEAVE_REPLY: dict[str, str] = {
    "it": "Ciao {name}, ci dispiace vederti andare! Puoi annullare Volantia Plus da solo nell'app o sul sito, in Account > Piano > Annulla; l'account si chiude con l'ultimo mese pagato.",
    "de": "Hallo {name}, schade, dass du gehst! Du kannst Volantia Plus selbst in der App oder auf der Website kündigen, unter Konto > Abo > Kündigen; das Konto schließt mit dem letzten bezahlten Monat.",
    "en": "Hi {name}, sorry to see you go! You can cancel Volantia Plus yourself in the app or on the website, under Account > Plan > Cancel; the account closes at the end of the paid month.",
    "es": "Hola {name}, ¡sentimos que te vayas! Puedes cancelar Volantia Plus tú mismo en la app o en la web, en Cuenta > Plan > Cancelar; la cuenta se cierra al final del mes pagado.",
    "fr": "Bonjour {name}, dommage de te voir partir ! Tu peux résilier Volantia Plus toi-même dans l'appli ou sur le site, dans Compte > Offre > Résilier ; le compte se ferme à la fin du mois payé.",
    "pt": "Olá {name}, temos pena que vás! Podes cancelar o Volantia Plus na app ou no site, em Conta > Plano > Cancelar; a conta fecha no fim do mês pago.",
}

LEAVE_REASON: dict[str, list[str]] = {
    "it": ["trasferimento", "patente presa, non serve più", ""],
    "de": ["Umzug", "Führerschein geschafft", ""],
    "en": ["moving abroad", ""],
    "es": ["me mudo", ""],
    "fr": ["déménagement", ""],
    "pt": ["mudança", ""],
}

GRUMBLES: dict[str, list[str]] = {
    "it": [
        "La macchina di Volantia è sempre in riserva e 10 minuti della MIA guida pagata li passiamo dal benzinaio",
        "Il punto di ritrovo cambia ogni settimana, una volta la stazione, una volta il parcheggio del supermercato. Decidetevi Volantia",
        "I quiz dell'app Volantia ripetono sempre le stesse 40 domande, ormai le so a memoria ma non so se so la teoria",
        "Ogni guida comincia con l'istruttore al telefono con la segreteria per cinque minuti. Cronometrato.",
        "Il sedile della Panda di Volantia non va avanti, sono alta 1,58 e guido in punta di piedi",
        "Le guide finiscono sempre 5 minuti prima ma sull'app risultano 60 minuti pieni. Mah",
    ],
    "de": [
        "Das Volantia-Auto ist jedes Mal auf Reserve und 10 Minuten MEINER bezahlten Stunde stehen wir an der Tankstelle",
        "Der Treffpunkt wechselt jede Woche, mal Bahnhof, mal Supermarktparkplatz. Entscheidet euch mal, Volantia",
        "Die Theorie-App von Volantia bringt immer dieselben 40 Fragen, die kann ich auswendig, aber ob ich die Regeln kann?",
        "Jede Fahrstunde fängt damit an, dass der Fahrlehrer fünf Minuten mit dem Büro telefoniert. Hab mitgestoppt.",
        "Der Sitz im Volantia-Golf lässt sich nicht nach vorn stellen, ich bin 1,58 und fahre auf Zehenspitzen",
        "Die Stunden enden immer 5 Minuten früher, in der App stehen aber volle 60 Minuten. Naja",
    ],
    "en": [
        "The Volantia car is always on reserve and 10 minutes of MY paid lesson get spent at the petrol station",
        "The pick-up point changes every week, station one week, supermarket car park the next. Make your mind up Volantia",
        "Volantia's theory app keeps serving the same 40 questions, I know the answers by heart but not the rules",
        "Every lesson starts with my instructor on the phone to the office for five minutes. I timed it.",
    ],
    "es": [
        "El coche de Volantia siempre va en reserva y 10 minutos de MI clase pagada los pasamos en la gasolinera",
        "El punto de recogida cambia cada semana, un día la estación, otro el parking del súper. Aclaraos Volantia",
        "La app de test de Volantia repite las mismas 40 preguntas, me las sé de memoria pero no la teoría",
        "Cada clase empieza con el profe hablando por teléfono con la oficina cinco minutos. Lo he cronometrado.",
    ],
    "fr": [
        "La voiture Volantia est toujours sur la réserve et 10 minutes de MA leçon payée se passent à la station-service",
        "Le point de rendez-vous change toutes les semaines, la gare puis le parking du supermarché. Décidez-vous Volantia",
        "L'appli de code Volantia pose toujours les mêmes 40 questions, je connais les réponses par cœur, pas le code",
        "Chaque leçon commence par cinq minutes du moniteur au téléphone avec l'agence. J'ai chronométré.",
    ],
    "pt": [
        "O carro da Volantia está sempre na reserva e 10 minutos da MINHA aula paga passam-se na bomba de gasolina",
        "O ponto de encontro muda todas as semanas, ora a estação ora o parque do supermercado. Decidam-se Volantia",
        "A app de código da Volantia repete sempre as mesmas 40 perguntas, sei as respostas de cor mas não o código",
        "Cada aula começa com o instrutor cinco minutos ao telefone com a escola. Cronometrei.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "it": [
        "L'app di Volantia mi ha appena dato il badge 'guida ecologica 🌱' dopo una guida in cui ho spento la macchina 6 volte in salita. Grazie eh 🙃",
        "Niente dice 'scuola guida attenta' come l'app che alle 23:50 mi chiede di valutare una guida che devo ancora fare 😂",
    ],
    "de": [
        "Die Volantia-App hat mir gerade das Abzeichen 'Sparfuchs 🌱' verliehen, nach einer Stunde, in der ich am Berg sechsmal abgewürgt hab. Danke auch 🙃",
        "Nichts sagt 'wir kümmern uns' so schön wie die App, die mich um 23:50 bittet, eine Stunde zu bewerten, die erst morgen ist 😂",
    ],
    "en": [
        "The Volantia app just gave me an 'eco-driving streak 🌱' badge after a lesson where I stalled six times on a hill. Thanks I guess 🙃"
    ],
    "es": [
        "La app de Volantia me acaba de dar la medalla 'conducción eficiente 🌱' después de una clase en la que se me caló seis veces en la cuesta. Gracias supongo 🙃"
    ],
    "fr": [
        "L'appli Volantia vient de me donner le badge 'écoconduite 🌱' après une leçon où j'ai calé six fois en côte. Merci je suppose 🙃"
    ],
    "pt": [
        "A app da Volantia acabou de me dar o crachá 'condução ecológica 🌱' depois de uma aula em que deixei o carro ir abaixo seis vezes na subida. Obrigada acho eu 🙃"
    ],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "it": [
        "Turno finito in panetteria alle 3, e ora 20 quiz sull'app Volantia prima di dormire. Zero errori anche mezza addormentata 😴",
        "Non riesco a dormire, domani ho l'esame di guida alle 9. Ripasso le precedenze sull'app Volantia e incrocio le dita",
    ],
    "de": [
        "Nachtschicht im Lager vorbei, noch schnell 30 Fragen in der Volantia-App in der S-Bahn. Läuft 💪",
        "Kann nicht schlafen, morgen um 8 ist Prüfung. Noch mal Vorfahrt üben in der Volantia-App. Daumen drücken bitte",
    ],
    "en": [
        "can't sleep, test at 9. doing hazard perception clips on the Volantia app at 2am like a lunatic"
    ],
    "es": [
        "No puedo dormir, mañana examen a las 9. Repasando preferencias en la app de Volantia, deseadme suerte"
    ],
    "fr": [
        "Insomnie avant l'examen de demain, je refais des séries de code sur l'appli Volantia à 2h du mat"
    ],
    "pt": [
        "Sem sono, amanhã é o exame às 9. A rever prioridades na app da Volantia, desejem-me sorte"
    ],
}

NIGHT_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "scusate l'orario, domani ho la guida alle 7 ma ho la febbre a 38, posso spostarla senza penale?",
            "Nessun problema: con il certificato medico la disdetta è gratuita, l'ho già spostata e domattina ti proponiamo una nuova data. Guarisci presto!",
        ),
        (
            "ciao, ho perso il foglio rosa in palestra, cosa faccio per la guida di dopodomani?",
            "Tranquilla: fai la denuncia di smarrimento e portala alla guida, intanto avvisiamo noi l'istruttore.",
        ),
    ],
    "de": [
        (
            "sorry für die Uhrzeit, hab morgen um 7 Fahrstunde aber 38 Fieber, kann ich kostenlos absagen?",
            "Kein Problem: mit ärztlichem Attest ist die Absage kostenlos, ich habe die Stunde schon storniert und morgen früh schlagen wir dir einen neuen Termin vor. Gute Besserung!",
        ),
        (
            "hallo, finde meinen Ausbildungsnachweis nicht mehr, kann ich morgen trotzdem fahren?",
            "Ja, der Nachweis ist auch digital in der App unter Profil hinterlegt, das reicht für die Fahrstunde.",
        ),
    ],
    "en": [
        (
            "sorry it's late, I've got a 7am lesson but I've come down with a temperature, can I move it without a fee?",
            "No problem at all: with a sick note there's no fee, I've cancelled it and we'll offer you a new slot in the morning. Get well soon!",
        )
    ],
    "es": [
        (
            "perdón por la hora, mañana tengo clase a las 7 pero tengo 38 de fiebre, puedo cambiarla sin penalización?",
            "Sin problema: con justificante médico no hay penalización, ya la he anulado y mañana te proponemos otro día. Que te mejores!",
        )
    ],
    "fr": [
        (
            "désolée pour l'heure, j'ai leçon à 7h mais 38 de fièvre, je peux décaler sans frais ?",
            "Aucun souci : avec un certificat médical c'est gratuit, j'ai annulé la leçon et on te propose un créneau demain matin. Bon rétablissement !",
        )
    ],
    "pt": [
        (
            "desculpem a hora, tenho aula às 7 mas estou com 38 de febre, posso mudar sem taxa?",
            "Sem problema: com atestado médico não há taxa, já anulei a aula e amanhã propomos nova data. As melhoras!",
        )
    ],
}

MILD: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "con il tema scuro dell'app i cartelli stradali nei quiz quasi non si vedono",
            "Grazie della segnalazione! Stiamo sistemando i colori dei cartelli, intanto con il tema chiaro si vedono bene.",
        ),
        (
            "il listino prezzi sul sito dal telefono non si apre, scarica un file senza nome",
            "Hai ragione, lo stiamo correggendo; i prezzi sono anche nell'app sotto Negozio. Grazie!",
        ),
    ],
    "de": [
        (
            "im dunklen Modus der App sieht man die Verkehrszeichen in den Fragen kaum",
            "Danke für den Hinweis! Wir passen die Farben gerade an, im hellen Modus sind sie gut sichtbar.",
        ),
        (
            "die Preisliste auf der Website lässt sich am Handy nicht öffnen, es kommt nur eine Datei ohne Namen",
            "Stimmt, wird gerade behoben; die Preise stehen auch in der App unter Shop. Danke!",
        ),
    ],
    "en": [
        (
            "in the app's dark mode the road signs in the quiz are barely visible",
            "Thanks for flagging it! We're fixing the colours; they show fine in light mode meanwhile.",
        )
    ],
    "es": [
        (
            "la lista de precios de la web no se abre en el móvil, se descarga un archivo sin nombre",
            "Tienes razón, lo estamos arreglando; los precios también están en la app, en Tienda. Gracias!",
        )
    ],
    "fr": [
        (
            "en mode sombre de l'appli on voit à peine les panneaux dans les questions",
            "Merci pour la remarque ! Nous corrigeons les couleurs, en mode clair ils s'affichent bien.",
        )
    ],
    "pt": [
        (
            "a tabela de preços do site não abre no telemóvel, descarrega um ficheiro sem nome",
            "Tem razão, estamos a corrigir; os preços também estão na app, em Loja. Obrigado!",
        )
    ],
}

FORM_ACK: dict[str, str] = {
    "it": "Ciao {name}, grazie per la segnalazione: l'abbiamo girata al team che se ne occupa.",
    "de": "Hallo {name}, danke für deinen Hinweis, wir haben ihn an das zuständige Team weitergegeben.",
    "en": "Hi {name}, thanks for the feedback, we've passed it on to the team looking after it.",
    "es": "Hola {name}, gracias por el aviso, lo hemos pasado al equipo que se encarga.",
    "fr": "Bonjour {name}, merci pour la remarque, nous l'avons transmise à l'équipe concernée.",
    "pt": "Olá {name}, obrigado pelo aviso, passámos à equipa responsável.",
}

FORM_ACK_SUBJECT: dict[str, str] = {
    "it": "La tua segnalazione",
    "de": "Dein Hinweis",
    "en": "Your feedback",
    "es": "Tu aviso",
    "fr": "Ta remarque",
    "pt": "O teu aviso",
}

# The spike: the app cannot open booked lessons (error {code}).
SPIKE: dict[str, list[str]] = {
    "it": [
        "L'app Volantia non mi fa aprire la guida di stamattina, esce errore {code}. L'istruttore è sotto casa e senza il QR non può registrare la presenza",
        "qualcuno ha problemi con l'app Volantia? {code} appena apro le guide prenotate, non riesco neanche a prenotare",
        "Errore {code} sull'app, guida alle 8 e non vedo niente. Che faccio??",
    ],
    "de": [
        "Volantia-App zeigt nur Fehler {code}, wenn ich meine Fahrstunde öffnen will. Fahrlehrer steht unten und kann mich ohne QR-Code nicht einchecken",
        "Hat noch wer {code} in der Volantia-App? Gebuchte Stunden lassen sich nicht öffnen und buchen geht auch nicht",
        "Fehler {code}, Fahrstunde um 8:15 und die App lädt nix. Was jetzt?",
    ],
    "en": [
        "Volantia app just says error {code} when I open today's lesson, instructor's outside and can't check me in without the QR code",
        "anyone else getting {code} on the Volantia app? can't open my booked lessons or book anything",
    ],
    "es": [
        "La app de Volantia me da error {code} al abrir la clase de hoy, el profe está abajo y sin el QR no puede registrarme",
        "a alguien más le sale {code} en la app de Volantia? no puedo abrir las clases ni reservar",
    ],
    "fr": [
        "L'appli Volantia affiche erreur {code} quand j'ouvre ma leçon de ce matin, le moniteur est en bas et sans QR il ne peut pas me pointer",
        "quelqu'un d'autre a {code} sur l'appli Volantia ? impossible d'ouvrir les leçons ou de réserver",
    ],
    "pt": [
        "A app da Volantia dá erro {code} quando abro a aula de hoje, o instrutor está lá em baixo e sem o QR não me pode registar",
        "mais alguém com {code} na app da Volantia? não consigo abrir as aulas nem marcar",
    ],
}

SPIKE_AGAIN: dict[str, list[str]] = {
    "it": [
        "ancora {code}. ho disinstallato e reinstallato l'app, uguale, e l'istruttore mi aspetta in doppia fila",
        "sono passati 40 minuti, guida saltata e {code} sempre lì. Chi mi rimborsa?",
    ],
    "de": [
        "immer noch {code}. App gelöscht und neu installiert, gleiches Bild, und der Fahrlehrer wartet mit laufendem Motor",
        "40 Minuten später, Stunde futsch und {code} ist immer noch da. Wer zahlt mir das?",
    ],
    "en": [
        "still {code}. deleted the app and reinstalled it, same thing, and my instructor's parked on double yellows waiting"
    ],
    "es": [
        "sigue el {code}. He desinstalado y vuelto a instalar la app, igual, y el profe esperando en doble fila"
    ],
    "fr": [
        "toujours {code}. J'ai désinstallé et réinstallé l'appli, pareil, et le moniteur attend en double file"
    ],
    "pt": [
        "continua o {code}. Desinstalei e voltei a instalar a app, igual, e o instrutor à espera em segunda fila"
    ],
}

SPIKE_FIXED: dict[str, str] = {
    "it": "Ciao {name}, il problema dell'app di stamattina (errore {code}) è risolto dalle {local}. Le guide perse sono state riprogrammate gratis e ti abbiamo accreditato {a1}. Scusaci per il disagio.",
    "de": "Hallo {name}, das App-Problem von heute Morgen (Fehler {code}) ist seit {local} Uhr behoben. Verpasste Fahrstunden sind kostenlos neu eingeplant und wir haben dir {a1} gutgeschrieben. Entschuldige bitte.",
    "en": "Hi {name}, this morning's app problem (error {code}) has been fixed since {local}. Missed lessons have been rebooked free and we've credited {a1} to your account. Sorry for the hassle.",
    "es": "Hola {name}, el problema de la app de esta mañana (error {code}) está resuelto desde las {local}. Las clases perdidas se han reprogramado gratis y te hemos abonado {a1}. Perdona las molestias.",
    "fr": "Bonjour {name}, le problème de l'appli de ce matin (erreur {code}) est réglé depuis {local}. Les leçons manquées sont reprogrammées gratuitement et nous t'avons crédité {a1}. Désolés pour la gêne.",
    "pt": "Olá {name}, o problema da app desta manhã (erro {code}) está resolvido desde as {local}. As aulas perdidas foram remarcadas sem custo e creditámos {a1}. Pedimos desculpa.",
}

SPIKE_SUBJECT: dict[str, str] = {
    "it": "Errore {code} nell'app",
    "de": "Fehler {code} in der App",
    "en": "Error {code} in the app",
    "es": "Error {code} en la app",
    "fr": "Erreur {code} dans l'appli",
    "pt": "Erro {code} na app",
}

LONE_Q: dict[str, tuple[str, str]] = {
    "it": (
        "ieri sera il QR della guida è comparso solo dopo aver chiuso e riaperto l'app, poi tutto ok e la guida l'ho fatta. devo aggiornare qualcosa?",
        "No, non serve fare niente: a volte dopo l'aggiornamento notturno l'app va riaperta una volta. Se ti capita spesso scrivici pure.",
    ),
    "de": (
        "gestern hat die App beim Öffnen der Stunde kurz nur einen grauen Bildschirm gezeigt, nach dem Neustart ging alles und ich bin gefahren. Muss ich was aktualisieren?",
        "Nein, da musst du nichts tun: nach dem nächtlichen Update muss die App manchmal einmal neu gestartet werden. Wenn es öfter passiert, schreib uns gern.",
    ),
}
