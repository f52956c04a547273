# ruff: noqa: E501
"""Wording of heldout207 (Abissea: dive school, boat dives and dive-gear hire).

Every table has its own wording in every language: es and de first (two or three
variants), then en, fr, it and pt. Placeholders: name, first, case, comp, product,
amount, desc, colleague, day, code, time, brand.
"""

from __future__ import annotations

LANGS = ("es", "de", "en", "fr", "it", "pt")

FIRST = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Andrés",
        "Nuria",
        "Sergio",
        "Inés",
        "Rubén",
        "Carmen",
        "Álvaro",
        "Paula",
        "Diego",
        "Elena",
        "Óscar",
        "Sara",
        "Hugo",
        "Irene",
        "Raúl",
        "Alba",
        "Pablo",
    ],
    "de": [
        "Jonas",
        "Lea",
        "Matthias",
        "Sabine",
        "Felix",
        "Anja",
        "Tobias",
        "Katrin",
        "Lukas",
        "Miriam",
        "Stefan",
        "Julia",
        "Florian",
        "Nina",
        "Jörg",
        "Hanna",
        "Benedikt",
        "Ute",
        "Moritz",
        "Svenja",
    ],
    "en": [
        "Oliver",
        "Chloe",
        "Liam",
        "Grace",
        "Aidan",
        "Sophie",
        "Callum",
        "Niamh",
        "Harry",
        "Megan",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Léa",
        "Mathieu",
        "Chloé",
        "Antoine",
        "Manon",
        "Thibault",
        "Élodie",
        "Rémi",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Davide",
        "Francesca",
        "Matteo",
        "Sara",
        "Luca",
        "Elisa",
        "Simone",
    ],
    "pt": [
        "Beatriz",
        "João",
        "Inês",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Duarte",
        "Sofia",
        "Nuno",
    ],
}
LAST = {
    "es": [
        "García",
        "Moreno",
        "Ruiz",
        "Navarro",
        "Serrano",
        "Castillo",
        "Ortega",
        "Delgado",
        "Vidal",
        "Herrera",
        "Cabrera",
        "Molina",
        "Gil",
        "Prieto",
        "Lozano",
    ],
    "de": [
        "Becker",
        "Hoffmann",
        "Krüger",
        "Wagner",
        "Schäfer",
        "Neumann",
        "Braun",
        "Vogel",
        "Lorenz",
        "Hartmann",
        "Winkler",
        "Seidel",
        "Kühn",
        "Graf",
        "Busch",
    ],
    "en": ["Walsh", "Turner", "Doyle", "Hughes", "Carter", "Byrne", "Morgan", "Price"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Fontaine", "Mercier", "Dupuis", "Rolland", "Perrin"],
    "it": ["Ricci", "Bianchi", "Greco", "Fontana", "Rinaldi", "Gallo", "Conti", "Marini"],
    "pt": ["Ferreira", "Carvalho", "Lopes", "Pereira", "Sousa", "Rodrigues", "Matos", "Almeida"],
}
TOWNS = {
    "ES": ["Valencia", "Málaga", "Alicante", "Cartagena", "Tarragona", "Gijón"],
    "DE": ["Hamburg", "Kiel", "Köln", "Leipzig", "Stuttgart", "Bremen"],
    "AT": ["Wien", "Graz", "Linz"],
    "CH": ["Zürich", "Luzern", "Genève", "Lugano"],
    "UK": ["Plymouth", "Brighton", "Bristol"],
    "IE": ["Cork", "Galway"],
    "FR": ["Marseille", "Brest", "Nice"],
    "BE": ["Liège", "Namur"],
    "IT": ["Genova", "Livorno", "Napoli"],
    "PT": ["Lisboa", "Porto", "Sesimbra"],
}

PRODUCTS = [
    ("Two-tank boat dive / Inmersión doble en barco", "89.00"),
    ("Open Water course / Curso Open Water", "349.00"),
    ("Wetsuit 7 mm, weekend / Traje 7 mm, fin de semana", "35.00"),
    ("Dive computer, one week / Ordenador de buceo, una semana", "49.00"),
    ("Night dive / Inmersión nocturna", "65.00"),
    ("Nitrox course / Curso Nitrox", "179.00"),
    ("Regulator service / Revisión de regulador", "59.00"),
    ("Club membership, month / Cuota Club, mes", "14.90"),
]
PAGES = ["/inmersiones", "/cursos", "/alquiler", "/club", "/app/reservas", "/centros", "/tarifas"]

PRAISE = {
    "es": [
        "Inmersión de hoy con Abissea: mero, dos morenas y una visibilidad de 20 metros. El instructor un crack 🐟",
        "Primer curso con Abissea terminado y estoy flipando, paciencia infinita con mis oídos. Gracias!!",
        "Equipo de alquiler impecable y el barco salió puntual. Así da gusto, Abissea",
    ],
    "de": [
        "Heute zwei Tauchgänge mit Abissea, Sicht top und die Crew super entspannt. Danke euch 🤿",
        "Mein Open-Water-Kurs bei Abissea ist durch, die Tauchlehrerin hat mir echt die Angst genommen",
        "Leihausrüstung frisch gewartet, Boot pünktlich, Briefing klar. So muss das, Abissea",
    ],
    "en": ["Two dives with Abissea today, turtles on both. Crew were brilliant 🐢"],
    "fr": ["Plongée de nuit avec Abissea, des poulpes partout et un guide adorable. Merci !"],
    "it": ["Uscita in barca con Abissea perfetta, istruttore bravissimo e attrezzatura come nuova"],
    "pt": ["Mergulho com a Abissea hoje, água limpíssima e a equipa muito simpática. Obrigada!"],
}
AGAIN = {
    "es": [
        "Tercera vez este año con Abissea y otra vez todo perfecto",
        "Otra vez el mismo patrón de barco majísimo, ya somos casi amigos jaja",
    ],
    "de": [
        "Schon wieder ein perfekter Tauchtag mit Abissea, das dritte Mal diesen Sommer",
        "Immer noch begeistert vom Nitrox-Kurs letzte Woche, beste Entscheidung",
    ],
    "en": ["Third trip with Abissea and still the best crew on the coast"],
    "fr": ["Encore une sortie parfaite avec Abissea, la troisième cette année"],
    "it": ["Ancora una volta tutto perfetto con Abissea, è la terza uscita quest'anno"],
    "pt": ["Terceira vez com a Abissea e continua tudo impecável"],
}
GRIPE = {
    "es": [
        "Muy contenta con el curso, solo que el vestuario del centro estaba sin agua caliente. Por lo demás genial",
        "Todo bien con la inmersión, aunque el café del barco era malísimo jaja",
    ],
    "de": [
        "Sehr schöner Tauchgang, nur die Neoprenhaube war eine Nummer zu klein. Sonst gerne wieder",
        "Kurs top, nur das Logbuch gibt es bloß als PDF. Trotzdem volle Empfehlung",
    ],
    "en": ["Lovely dive, only the changing hut had no hooks. Otherwise spot on"],
    "fr": ["Très bonne plongée, juste le parking du centre est un enfer. Sinon top"],
    "it": ["Bellissima immersione, solo la muta era un po' larga. Per il resto ottimo"],
    "pt": ["Gostei muito do curso, só o manual vem apenas em PDF. De resto impecável"],
}
QUESTION = {
    "es": [
        "Hola, ¿puedo llevar mi propio ordenador de buceo a la inmersión del sábado?",
        "Buenas, ¿a qué hora hay que estar en el puerto para la salida de las 9?",
        "¿El curso Nitrox se puede hacer en un fin de semana?",
    ],
    "de": [
        "Hallo, kann ich meinen eigenen Tauchcomputer am Samstag mitbringen?",
        "Wie früh muss ich für die Ausfahrt um 9 am Hafen sein?",
        "Geht der Nitrox-Kurs auch an einem Wochenende?",
    ],
    "en": ["Hi, can I bring my own mask to Saturday's boat dive?"],
    "fr": ["Bonjour, je peux venir avec mon propre détendeur samedi ?"],
    "it": ["Ciao, posso portare il mio computer subacqueo sabato?"],
    "pt": ["Olá, posso levar o meu próprio computador de mergulho no sábado?"],
}
ANSWER = {
    "es": "Hola {first}, ¡claro que sí! Te lo dejamos anotado en la reserva. Buen buceo 🤿",
    "de": "Hallo {first}, ja, das geht. Wir haben es in deiner Buchung vermerkt. Gut Luft!",
    "en": "Hi {first}, yes of course, we've noted it on your booking. Enjoy the dive!",
    "fr": "Bonjour {first}, oui bien sûr, c'est noté sur votre réservation. Bonne plongée !",
    "it": "Ciao {first}, certo, l'abbiamo segnato sulla prenotazione. Buona immersione!",
    "pt": "Olá {first}, claro que sim, ficou anotado na reserva. Bom mergulho!",
}
THANKS = {
    "es": ["genial, mil gracias!!", "vale perfecto, graciass", "top, gracias crack"],
    "de": ["super, danke dir!", "passt, merci 👍", "mega, danke"],
    "en": ["cheers, legend"],
    "fr": ["top merci bcp"],
    "it": ["perfetto grz!"],
    "pt": ["boa, obg!"],
}
PHONE_Q = {
    "es": [
        "hola buenas quería saber si el curso open water incluye el material o hay que alquilarlo aparte",
        "sí hola llamaba porque quiero regalar una inmersión de bautismo a mi pareja cómo lo hago",
    ],
    "de": [
        "ja hallo ich wollte fragen ob beim Open Water Kurs die Ausrüstung dabei ist oder extra kostet",
        "guten Tag ich möchte meinem Vater einen Schnuppertauchgang schenken wie geht das",
    ],
    "en": ["hi yeah just wondering if the open water course includes the kit or is that extra"],
    "fr": ["oui bonjour je voulais savoir si le matériel est compris dans le cours open water"],
    "it": ["sì buongiorno volevo sapere se il corso open water comprende l'attrezzatura"],
    "pt": ["olá bom dia queria saber se o curso open water inclui o equipamento"],
}
PHONE_FOLLOW = {
    "es": "Hola {first}, como hablamos por teléfono: el material está incluido en el curso. Aquí tienes el enlace para reservar. Un saludo, Abissea",
    "de": "Hallo {first}, wie telefonisch besprochen: die Ausrüstung ist im Kurs enthalten. Hier der Link zur Buchung. Viele Grüße, Abissea",
    "en": "Hi {first}, as discussed on the phone: the kit is included. Here is the booking link. Best, Abissea",
    "fr": "Bonjour {first}, comme convenu au téléphone : le matériel est compris. Voici le lien de réservation. Abissea",
    "it": "Ciao {first}, come detto al telefono: l'attrezzatura è inclusa. Ecco il link per prenotare. Abissea",
    "pt": "Olá {first}, como falámos ao telefone: o equipamento está incluído. Aqui fica o link para reservar. Abissea",
}
REVIEW = {
    "es": [
        "Centro serio, barcos limpios y briefings claros. Repetiré seguro",
        "Hice el bautismo con mi hija y salimos encantadas",
    ],
    "de": [
        "Seriöse Basis, saubere Boote, klare Briefings. Komme wieder",
        "Schnuppertauchen mit meinem Sohn, er redet von nichts anderem mehr",
    ],
    "en": ["Friendly crew, tidy boats, clear briefings. Will be back"],
    "fr": ["Équipe sympa, bateaux propres, briefings clairs. Je reviendrai"],
    "it": ["Staff gentile, barche pulite, briefing chiari. Tornerò"],
    "pt": ["Equipa simpática, barcos limpos e briefings claros. Vou voltar"],
}
NIGHT_POST = {
    "es": [
        "las 3 de la mañana y viendo vídeos de tiburones ballena en vez de dormir. Abissea, cuándo hacéis viaje a Maldivas??",
        "salgo del turno de noche del hospital y ya tengo reservada la inmersión del sábado con Abissea, vivo por esto",
    ],
    "de": [
        "3 Uhr nachts, kann nicht schlafen und plane schon den nächsten Tauchurlaub mit Abissea 😅",
        "Nachtschicht an der Tanke vorbei, Samstag geht's mit Abissea raus aufs Boot",
    ],
    "en": ["2am and watching manta ray videos instead of sleeping. Abissea, take me back"],
    "fr": [
        "3h du mat et je regarde des vidéos de raies manta au lieu de dormir. Abissea, vivement samedi"
    ],
    "it": ["sono le 3 e guardo video di mante invece di dormire. Abissea, sabato ci vediamo"],
    "pt": ["3 da manhã e a ver vídeos de tubarões em vez de dormir. Abissea, sábado estou aí"],
}
NIGHT_CHAT = {
    "es": [
        "hola, sé que es tarde, ¿el traje de 7 mm se puede devolver mojado en la taquilla?",
        "una duda: la tarifa de fin de semana empieza el viernes por la tarde?",
    ],
    "de": [
        "Hi, späte Frage: darf der Neopren nass in den Rückgabeschrank?",
        "kurze Frage, ab wann gilt der Wochenendtarif?",
    ],
    "en": ["late one sorry, can the wetsuit go back wet in the locker?"],
    "fr": ["désolé pour l'heure, on peut rendre la combi mouillée au casier ?"],
    "it": ["scusate l'ora, la muta si può riconsegnare bagnata nell'armadietto?"],
    "pt": ["desculpem a hora, o fato pode ser devolvido molhado no cacifo?"],
}
NIGHT_ANSWER = {
    "es": "Hola {first}, sí, sin problema: déjalo en la bolsa de red de la taquilla. ¡Buenas noches!",
    "de": "Hallo {first}, ja, kein Problem: einfach im Netzbeutel in den Schrank. Gute Nacht!",
    "en": "Hi {first}, yes, no problem: just use the mesh bag in the locker. Night!",
    "fr": "Bonjour {first}, oui, pas de souci : dans le sac filet du casier. Bonne nuit !",
    "it": "Ciao {first}, sì, nessun problema: nella sacca a rete dell'armadietto. Buonanotte!",
    "pt": "Olá {first}, sim, sem problema: no saco de rede do cacifo. Boa noite!",
}
JOKE = {
    "es": ["mi pareja dice que hablo más de Abissea que de ella. no lo niego jajaja"],
    "de": ["Meine Frau sagt, ich rede öfter von Abissea als von ihr. Kein Kommentar 😂"],
    "en": ["my wife says I mention Abissea more than her. no comment lol"],
    "fr": ["ma copine dit que je parle plus d'Abissea que d'elle. sans commentaire mdr"],
    "it": ["mia moglie dice che parlo più di Abissea che di lei. no comment ahah"],
    "pt": ["a minha mulher diz que falo mais da Abissea do que dela. sem comentários kkk"],
}
SURVEY_WORD = {
    "es": ["genial", "", "🤿", "todo perfecto"],
    "de": ["super", "", "👍", "alles bestens"],
    "en": ["great", ""],
    "fr": ["parfait", ""],
    "it": ["ottimo", ""],
    "pt": ["ótimo", ""],
}
LOW_WORD = {
    "es": ["fatal", ""],
    "de": ["schlecht", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "pt": ["péssimo", ""],
}

# Consumer problems: no_show, double_charge, damage, refund, wrong_price, cancel_fee.
DESC = {
    "es": {
        "no_show": "el barco de la inmersión doble salió SIN MÍ aunque la tenía reservada y pagada",
        "double_charge": "me habéis cobrado el curso Open Water DOS veces",
        "damage": "el regulador de alquiler perdía aire en la primera inmersión y tuve que abortar",
        "refund": "cancelasteis la salida por mal tiempo y el reembolso sigue sin llegar",
        "wrong_price": "soy socia del Club y me habéis cobrado la tarifa de no socio",
        "cancel_fee": "me cobráis gastos de cancelación aunque cancelé CINCO días antes",
    },
    "de": {
        "no_show": "das Boot für den Doppeltauchgang ist OHNE MICH rausgefahren, obwohl gebucht und bezahlt",
        "double_charge": "ihr habt den Open-Water-Kurs ZWEIMAL abgebucht",
        "damage": "der Leihregler hat beim ersten Tauchgang abgeblasen und ich musste abbrechen",
        "refund": "ihr habt die Ausfahrt wegen Wetter abgesagt und die Erstattung ist immer noch nicht da",
        "wrong_price": "ich bin Club-Mitglied und habe den Nichtmitgliederpreis bezahlt",
        "cancel_fee": "ihr berechnet eine Stornogebühr, obwohl ich FÜNF Tage vorher storniert habe",
    },
    "en": {
        "no_show": "the boat left WITHOUT ME even though the dive was booked and paid",
        "double_charge": "you charged my Open Water course TWICE",
        "damage": "the hired regulator free-flowed on the first dive and I had to abort",
        "refund": "you cancelled the trip for weather and the refund still hasn't come",
        "wrong_price": "I'm a Club member and was charged the non-member price",
        "cancel_fee": "you charged a cancellation fee though I cancelled FIVE days ahead",
    },
    "fr": {
        "no_show": "le bateau est parti SANS MOI alors que la plongée était réservée et payée",
        "double_charge": "vous avez prélevé le cours Open Water DEUX fois",
        "damage": "le détendeur loué a fusé dès la première plongée, j'ai dû remonter",
        "refund": "vous avez annulé la sortie pour la météo et le remboursement n'est toujours pas arrivé",
        "wrong_price": "je suis membre du Club et j'ai payé le tarif non-membre",
        "cancel_fee": "vous facturez des frais d'annulation alors que j'ai annulé CINQ jours avant",
    },
    "it": {
        "no_show": "la barca è partita SENZA DI ME anche se l'immersione era prenotata e pagata",
        "double_charge": "mi avete addebitato il corso Open Water DUE volte",
        "damage": "l'erogatore a noleggio andava in erogazione continua e ho dovuto risalire",
        "refund": "avete annullato l'uscita per il meteo e il rimborso non è ancora arrivato",
        "wrong_price": "sono socio del Club e ho pagato la tariffa da non socio",
        "cancel_fee": "mi addebitate una penale anche se ho disdetto CINQUE giorni prima",
    },
    "pt": {
        "no_show": "o barco saiu SEM MIM apesar de o mergulho estar reservado e pago",
        "double_charge": "cobraram o curso Open Water DUAS vezes",
        "damage": "o regulador alugado disparou no primeiro mergulho e tive de subir",
        "refund": "cancelaram a saída por causa do tempo e o reembolso ainda não chegou",
        "wrong_price": "sou sócia do Clube e paguei a tarifa de não sócio",
        "cancel_fee": "cobraram taxa de cancelamento apesar de ter cancelado CINCO dias antes",
    },
}
TOPIC = {
    "es": {
        "no_show": "salida sin mí",
        "double_charge": "cobro doble",
        "damage": "regulador defectuoso",
        "refund": "reembolso",
        "wrong_price": "tarifa de socio",
        "cancel_fee": "gastos de cancelación",
    },
    "de": {
        "no_show": "Ausfahrt ohne mich",
        "double_charge": "doppelte Abbuchung",
        "damage": "defekter Regler",
        "refund": "Erstattung",
        "wrong_price": "Mitgliederpreis",
        "cancel_fee": "Stornogebühr",
    },
    "en": {
        "no_show": "boat left without me",
        "double_charge": "double charge",
        "damage": "faulty regulator",
        "refund": "refund",
        "wrong_price": "member price",
        "cancel_fee": "cancellation fee",
    },
    "fr": {
        "no_show": "bateau parti sans moi",
        "double_charge": "double prélèvement",
        "damage": "détendeur défectueux",
        "refund": "remboursement",
        "wrong_price": "tarif membre",
        "cancel_fee": "frais d'annulation",
    },
    "it": {
        "no_show": "barca partita senza di me",
        "double_charge": "doppio addebito",
        "damage": "erogatore difettoso",
        "refund": "rimborso",
        "wrong_price": "tariffa socio",
        "cancel_fee": "penale",
    },
    "pt": {
        "no_show": "barco saiu sem mim",
        "double_charge": "cobrança dupla",
        "damage": "regulador avariado",
        "refund": "reembolso",
        "wrong_price": "tarifa de sócio",
        "cancel_fee": "taxa de cancelamento",
    },
}
COMPLAINT_SUBJ = {
    "es": "Reclamación: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
RE_SUBJ = {
    "es": "RE: Incidencia {case}",
    "de": "AW: Vorgang {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}
SHORT = {
    "es": [
        "Hola, {desc}. Quiero una solución YA, no es normal.",
        "Estoy harta: {desc}. Espero respuesta hoy mismo.",
    ],
    "de": [
        "Hallo, {desc}. Ich erwarte eine Lösung, und zwar schnell.",
        "Echt jetzt? {desc}. JETZT REICHTS mir.",
    ],
    "en": ["Hi, {desc}. Not good enough, please sort it today."],
    "fr": ["Bonjour, {desc}. C'est inadmissible, merci de régler ça vite."],
    "it": ["Buongiorno, {desc}. Non è accettabile, aspetto una risposta oggi."],
    "pt": ["Olá, {desc}. Isto não é aceitável, quero uma resposta hoje."],
}
SOCIAL_ANGRY = {
    "es": ["Abissea, {desc}. VERGONZOSO.", "Pues nada, {desc}. Gracias por nada Abissea"],
    "de": ["Abissea, {desc}. UNFASSBAR.", "Na toll, {desc}. Danke für nichts, Abissea"],
    "en": ["Abissea, {desc}. SHOCKING."],
    "fr": ["Abissea, {desc}. HONTEUX."],
    "it": ["Abissea, {desc}. VERGOGNOSO."],
    "pt": ["Abissea, {desc}. VERGONHOSO."],
}
LONG_EMAIL = {
    "es": [
        "Buenos días:\n\nLes escribo desde la sala de espera del fisioterapeuta, entre sesión y sesión de mi rodilla, así que perdonen si voy al grano. Llevo tres años buceando con ustedes y siempre he hablado maravillas de Abissea a todo el mundo, a mis compañeros de trabajo y a mi cuñado, que se sacó el curso gracias a mí.\n\nPero esta vez no. {desc}, y nadie me ha dado una explicación. Llamé dos veces y me dijeron que me escribirían. No me ha escrito nadie.\n\nLes pido que lo revisen y me contesten por escrito. No quiero un cupón, quiero que se arregle.\n\nUn saludo,\n{name}",
        "Hola equipo de Abissea:\n\nOs escribo desde el coche, aparcada delante del colegio de los niños mientras espero que salgan de natación, porque es el único rato libre que tengo esta semana: estamos de mudanza y mi madre se ha venido a vivir con nosotros.\n\nEl caso es que {desc}. Lo vi ayer al revisar el banco y todavía no me lo creo. Con todo lo que tengo encima, lo último que necesito es perseguir a una empresa en la que confiaba.\n\nPor favor, decidme qué vais a hacer.\n\n{name}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer meiner Zahnärztin, weil ich sonst diese Woche keine ruhige Minute habe: wir renovieren gerade das Haus meiner Großeltern und ich fahre jeden Abend hin.\n\nIch tauche seit Jahren bei Ihnen und habe Abissea im ganzen Verein empfohlen. Umso mehr ärgert es mich: {desc}. Zweimal angerufen, zweimal vertröstet.\n\nBitte prüfen Sie das und antworten Sie mir schriftlich. Einen Gutschein will ich nicht, ich will, dass es in Ordnung gebracht wird.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo Abissea-Team,\n\nkurz vorweg: ich sitze gerade im Auto vor der Musikschule meiner Tochter und tippe das auf dem Handy, also bitte Tippfehler verzeihen. Wir sind mitten im Umzug und ich habe eigentlich keine Zeit für so etwas.\n\nAber: {desc}. Gestern auf dem Kontoauszug gesehen und ich war sprachlos. Ich war immer gerne Kundin bei Ihnen.\n\nBitte melden Sie sich, was Sie jetzt tun.\n\nGruß\n{name}",
    ],
}
PHONE_COMPLAINT = {
    "es": [
        "sí hola mire le llamo porque {desc} y ya es la segunda vez que llamo quiero que alguien me lo solucione"
    ],
    "de": ["ja guten Tag ich rufe an weil {desc} und ich möchte dass das jetzt jemand klärt"],
    "en": ["hi yeah i'm calling because {desc} and i want someone to sort it out"],
    "fr": ["oui bonjour j'appelle parce que {desc} et je voudrais que quelqu'un règle ça"],
    "it": ["sì buongiorno chiamo perché {desc} e vorrei che qualcuno lo risolvesse"],
    "pt": ["sim bom dia estou a ligar porque {desc} e quero que alguém resolva isto"],
}
CASE_OPENED = {
    "es": "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te responderemos en 48 horas como máximo. Equipo Abissea",
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns spätestens in 48 Stunden. Dein Abissea-Team",
    "en": "Hi {first}, we're very sorry. We've opened case {case} and will get back to you within 48 hours. Abissea",
    "fr": "Bonjour {first}, nous sommes désolés. Nous avons ouvert la demande {case} et revenons vers vous sous 48 heures. Abissea",
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e ti risponderemo entro 48 ore. Abissea",
    "pt": "Olá {first}, lamentamos muito. Abrimos o pedido {case} e respondemos em 48 horas no máximo. Abissea",
}
CHAT_CASE = {
    "es": "Lo siento mucho, {first}. Te abro la incidencia {case} ahora mismo y lo revisa el equipo de reservas.",
    "de": "Das tut mir leid, {first}. Ich lege sofort den Vorgang {case} an, das Buchungsteam schaut es sich an.",
    "en": "So sorry, {first}. I've opened case {case} right now and the bookings team will look at it.",
    "fr": "Désolé, {first}. J'ouvre tout de suite la demande {case}, l'équipe réservations s'en occupe.",
    "it": "Mi dispiace, {first}. Apro subito la segnalazione {case}, se ne occupa l'ufficio prenotazioni.",
    "pt": "Lamento, {first}. Abro já o pedido {case} e a equipa de reservas vai tratar disto.",
}
GOOD_NEWS = {
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: ya está corregido en tu cuenta. ¿Nos confirmas que lo ves bien?",
    "de": "Hallo {first}, gute Nachrichten zu Vorgang {case}: es ist in deinem Konto korrigiert. Kannst du uns das bestätigen?",
    "en": "Hi {first}, good news on case {case}: it's corrected on your account. Could you confirm it looks right?",
    "fr": "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est corrigé sur votre compte. Pouvez-vous confirmer ?",
    "it": "Ciao {first}, buone notizie sulla segnalazione {case}: è corretto sul tuo account. Ce lo confermi?",
    "pt": "Olá {first}, boas notícias sobre o pedido {case}: já está corrigido na sua conta. Pode confirmar?",
}
CONFIRM = {
    "es": [
        "Confirmado, la incidencia {case} está resuelta. Gracias por la rapidez",
        "visto, todo bien con {case}, gracias!",
    ],
    "de": [
        "Bestätigt, Vorgang {case} ist erledigt. Danke für die schnelle Hilfe",
        "passt, {case} ist geklärt, danke!",
    ],
    "en": ["Confirmed, case {case} is sorted. Thanks"],
    "fr": ["Confirmé, la demande {case} est réglée. Merci"],
    "it": ["Confermo, la segnalazione {case} è risolta. Grazie"],
    "pt": ["Confirmo, o pedido {case} está resolvido. Obrigado"],
}
APOLOGY = {
    "es": [
        "Oye, perdón por el tono de ayer, estaba de los nervios. Gracias por contestar tan rápido",
        "Siento lo borde que fui ayer, no es culpa vuestra personalmente",
    ],
    "de": [
        "Sorry für meinen Ton gestern, ich war echt geladen. Danke für die schnelle Antwort",
        "Entschuldigung für gestern, war nicht persönlich gemeint",
    ],
    "en": ["Sorry for my tone yesterday, I was wound up. Thanks for the quick reply"],
    "fr": ["Désolée pour mon ton d'hier, j'étais à bout. Merci pour la réponse rapide"],
    "it": ["Scusate per il tono di ieri, ero nervoso. Grazie per la risposta veloce"],
    "pt": ["Desculpem o tom de ontem, estava nervosa. Obrigada pela resposta rápida"],
}
QUALITY_LEAD = {
    "es": "Hola {first}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "de": "Hallo {first}, dein Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, sie ruft dich vor Freitagmittag an.",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Bonjour {first}, votre demande {case} est entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "Ciao {first}, la tua segnalazione {case} è ora in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "pt": "Olá {first}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
}
STILL = {
    "es": [
        "Sigo esperando con la incidencia {case}: {desc} y nadie lo ha arreglado.",
        "Incidencia {case} todavía abierta. Otra vez os escribo: {desc}.",
    ],
    "de": [
        "Vorgang {case} ist immer noch offen: {desc}, und nichts passiert.",
        "Ich melde mich WIEDER wegen {case}: {desc}. Noch keine Lösung.",
    ],
    "en": ["Case {case} is still open: {desc}, and nothing has happened."],
    "fr": ["La demande {case} est toujours ouverte : {desc}, et rien ne bouge."],
    "it": ["La segnalazione {case} è ancora aperta: {desc}, e non succede niente."],
    "pt": ["O pedido {case} continua aberto: {desc}, e nada acontece."],
}
THIRD = {
    "es": [
        "Tercera vez con la incidencia {case}. Una amiga bucea con {comp} y allí esto lo arreglan el mismo día.",
        "Es la tercera vez que escribo por {case}. He mirado lo que cobra {comp}, por si acaso.",
    ],
    "de": [
        "Zum dritten Mal wegen {case}. Ein Kollege taucht bei {comp}, da wird sowas am selben Tag geklärt.",
        "Dritte Nachricht zu {case}. Ich habe mir schon angesehen, was {comp} verlangt.",
    ],
    "en": [
        "Third time about case {case}. A mate dives with {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième fois pour la demande {case}. Un collègue plonge chez {comp}, eux règlent ça dans la journée."
    ],
    "it": [
        "Terza volta per la segnalazione {case}. Un'amica si immerge con {comp} e lì lo risolvono in giornata."
    ],
    "pt": [
        "Terceira vez por causa do pedido {case}. Um colega mergulha com a {comp} e lá resolvem no mesmo dia."
    ],
}
FOURTH = {
    "es": "CUARTA vez con la incidencia {case}. {desc}. YA ESTÁ BIEN.",
    "de": "Das VIERTE Mal wegen {case}. {desc}. Ich bin fassungslos.",
    "en": "FOURTH time about case {case}. {desc}. Enough.",
    "fr": "QUATRIÈME fois pour la demande {case}. {desc}. Ça suffit.",
    "it": "QUARTA volta per la segnalazione {case}. {desc}. Basta.",
    "pt": "QUARTA vez por causa do pedido {case}. {desc}. Chega.",
}
ADDED_URGENT = {
    "es": "Lo he añadido a tu incidencia {case} y la he marcado como urgente, {first}.",
    "de": "Ich habe es zu deinem Vorgang {case} hinzugefügt und als dringend markiert, {first}.",
    "en": "I've added this to your case {case} and marked it urgent, {first}.",
    "fr": "J'ai ajouté ceci à votre demande {case} et l'ai marquée urgente, {first}.",
    "it": "L'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente, {first}.",
    "pt": "Acrescentei isto ao pedido {case} e marquei-o como urgente, {first}.",
}
SLIDE = {
    "es": [
        "El barco salió con una hora de retraso y nadie avisó. Bueno, pasa",
        "El traje de alquiler tenía la cremallera rota y el ordenador sin batería. Regular",
        "Ahora piden foto de cada pieza del equipo al devolverlo? Qué pereza",
        "La fianza del equipo ha subido al doble y tarda una semana en liberarse. No me gusta nada",
        "Me cobran 30 € de 'limpieza' por un traje que devolví impecable, con las fotos de la propia app. Indignada",
        "Mi cuñado bucea con {comp} y el sábado ya tengo reservada allí la salida. Abissea, me habéis perdido",
    ],
    "de": [
        "Boot eine Stunde zu spät raus, keiner hat Bescheid gesagt. Naja, kann passieren",
        "Leihanzug mit kaputtem Reißverschluss und Computer ohne Akku. Mäßig",
        "Jetzt soll man jedes Teil bei der Rückgabe fotografieren? Echt mühsam",
        "Kaution verdoppelt und eine Woche bis zur Freigabe. Gefällt mir gar nicht",
        "30 € 'Reinigungsgebühr' für einen Anzug, den ich sauber zurückgegeben habe, mit den Fotos aus eurer eigenen App. Sauer",
        "Mein Schwager taucht bei {comp}, Samstag bin ich dort schon gebucht. Abissea, das war's wohl",
    ],
    "en": [
        "Boat went out an hour late, nobody told us. Oh well",
        "Hired suit had a broken zip and the computer was flat. Meh",
        "Now they want a photo of every bit of kit on return? Tedious",
        "Deposit doubled and a week to release it. Not keen",
        "£25 'cleaning fee' for a suit I returned spotless, with the app's own photos. Fuming",
        "My brother-in-law dives with {comp}, I've booked Saturday there. Abissea, you've lost me",
    ],
    "fr": [
        "Bateau parti avec une heure de retard, personne ne prévient. Bon",
        "Combi louée avec la fermeture cassée et ordinateur déchargé. Bof",
        "Maintenant il faut photographier chaque pièce au retour ? Pénible",
        "Caution doublée et une semaine pour la récupérer. Pas terrible",
        "30 € de 'nettoyage' pour une combi rendue impeccable, avec les photos de leur propre appli. Furieuse",
        "Mon beau-frère plonge chez {comp}, j'ai réservé samedi là-bas. Abissea, c'est fini",
    ],
    "it": [
        "Barca partita con un'ora di ritardo, nessuno ha avvisato. Vabbè",
        "Muta a noleggio con la zip rotta e computer scarico. Così così",
        "Adesso bisogna fotografare ogni pezzo alla riconsegna? Che noia",
        "Cauzione raddoppiata e una settimana per riaverla. Non mi piace",
        "30 € di 'pulizia' per una muta riconsegnata perfetta, con le foto della loro app. Arrabbiatissimo",
        "Mio cognato si immerge con {comp}, sabato ho già prenotato da loro. Abissea, mi avete perso",
    ],
    "pt": [
        "O barco saiu com uma hora de atraso e ninguém avisou. Enfim",
        "Fato alugado com o fecho partido e computador sem bateria. Mais ou menos",
        "Agora querem foto de cada peça na devolução? Que chatice",
        "Caução a dobrar e uma semana para a libertar. Não gosto",
        "30 € de 'limpeza' por um fato devolvido impecável, com as fotos da própria app. Furiosa",
        "O meu cunhado mergulha com a {comp}, sábado já reservei lá. Abissea, perderam-me",
    ],
}
CANCEL_REQ = {
    "es": [
        "Hola, me he comprado mi propio equipo con la paga extra y buceo con el club del barrio. Quiero darme de baja del Club Abissea y cerrar la cuenta, por favor.",
        "Buenas, nos mudamos a Madrid, lejos del mar. Quiero cancelar el Club Abissea y cerrar mi cuenta.",
    ],
    "de": [
        "Hallo, ich habe mir mit dem Bonus eigene Ausrüstung gekauft und tauche jetzt im Verein. Bitte Club-Mitgliedschaft kündigen und Konto schließen.",
        "Hallo, wir ziehen nach Kassel, weit weg vom Meer. Ich möchte den Abissea Club kündigen und mein Konto schließen.",
    ],
    "en": [
        "Hi, I've bought my own kit and dive with a local club now. Please cancel my Abissea Club membership and close my account."
    ],
    "fr": [
        "Bonjour, j'ai acheté mon propre matériel et je plonge en club. Merci de résilier mon Club Abissea et de fermer mon compte."
    ],
    "it": [
        "Buongiorno, ho comprato l'attrezzatura e mi immergo con un circolo. Vorrei disdire il Club Abissea e chiudere l'account."
    ],
    "pt": [
        "Olá, comprei o meu próprio equipamento e mergulho num clube. Quero cancelar o Clube Abissea e fechar a conta."
    ],
}
SORRY_GO = {
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelar tú mismo en la app o en la web, en Mi cuenta > Club. ¡Buenas inmersiones!",
    "de": "Hallo {first}, schade, dass du gehst. Du kannst selbst in der App oder auf der Website kündigen, unter Mein Konto > Club. Gut Luft!",
    "en": "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website under My account > Club.",
    "fr": "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, Mon compte > Club.",
    "it": "Ciao {first}, ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito, Il mio account > Club.",
    "pt": "Olá {first}, lamentamos que saia. Pode cancelar na app ou no site, em A minha conta > Clube.",
}
GRUMBLE = {
    "es": [
        "La app me cierra sesión cada vez que la abro. Cansino",
        "El SMS de 'tu salida es en 2 horas' a las 6 de la mañana, en serio?",
        "40 minutos de cola en el mostrador de alquiler un sábado",
        "El parking del puerto es imposible, como siempre",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus. Nervig",
        "Die SMS 'Ausfahrt in 2 Stunden' um 6 Uhr morgens, echt jetzt?",
        "40 Minuten Schlange am Verleih, an einem Samstag",
        "Parken am Hafen ist wie immer eine Katastrophe",
    ],
    "en": [
        "App logs me out every single time. Tiresome",
        "The 'your trip is in 2 hours' text at 6am, really?",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois. Pénible",
        "Le SMS 'sortie dans 2 heures' à 6h du matin, sérieux ?",
    ],
    "it": [
        "L'app mi scollega ogni volta. Che noia",
        "L'SMS 'uscita tra 2 ore' alle 6 del mattino, davvero?",
    ],
    "pt": [
        "A app termina a sessão sempre que a abro. Cansativo",
        "O SMS 'saída daqui a 2 horas' às 6 da manhã, a sério?",
    ],
}
SARCASM = {
    "es": [
        "Genial la salida 'de mañana' que zarpó a las 13:40, justo para la siesta bajo el agua 👏",
        "Qué detalle el traje de alquiler con arena de regalo del cliente anterior 😂",
    ],
    "de": [
        "Super, die 'Morgen'-Ausfahrt um 13:40, perfekt fürs Mittagsschläfchen unter Wasser 👏",
        "Nett, der Leihanzug kam mit Gratis-Sand vom Vorgänger 😂",
    ],
    "en": ["Love a 'morning' boat leaving at 13:40, perfect for an underwater nap 👏"],
    "fr": ["Génial la sortie 'du matin' partie à 13h40, parfait pour la sieste sous l'eau 👏"],
    "it": [
        "Fantastica l'uscita 'del mattino' partita alle 13:40, perfetta per il pisolino sott'acqua 👏"
    ],
    "pt": ["Adorei a saída 'da manhã' às 13:40, perfeita para a sesta debaixo de água 👏"],
}
MILD = {
    "es": [
        "El buscador de centros me sale en otra ciudad, ¿es normal?",
        "Las notificaciones me llegan en inglés aunque tengo la app en español",
    ],
    "de": [
        "Die Basissuche zeigt mir eine andere Stadt an, ist das normal?",
        "Die Benachrichtigungen kommen auf Englisch, obwohl die App auf Deutsch steht",
    ],
    "en": ["The centre search shows me another town, is that normal?"],
    "fr": ["La recherche de centres m'affiche une autre ville, c'est normal ?"],
    "it": ["La ricerca dei centri mi mostra un'altra città, è normale?"],
    "pt": ["A pesquisa de centros mostra outra cidade, é normal?"],
}
MILD_ANSWER = {
    "es": "Gracias por avisar, {first}. Lo pasamos al equipo de la app; mientras tanto puedes elegir el centro a mano.",
    "de": "Danke für den Hinweis, {first}. Wir geben es ans App-Team weiter; bis dahin kannst du die Basis von Hand wählen.",
    "en": "Thanks for flagging, {first}. Passed to the app team; meanwhile you can pick the centre by hand.",
    "fr": "Merci du signalement, {first}. C'est transmis à l'équipe appli ; en attendant choisissez le centre à la main.",
    "it": "Grazie della segnalazione, {first}. L'abbiamo girata al team dell'app; intanto puoi scegliere il centro a mano.",
    "pt": "Obrigado pelo aviso, {first}. Passámos à equipa da app; entretanto pode escolher o centro à mão.",
}
BILINGUAL_WHY = {
    "es": "trabaja en una empresa de {other}",
    "de": "arbeitet für eine Firma aus {other}",
    "en": "works for a company from {other}",
    "fr": "travaille pour une entreprise de {other}",
    "it": "lavora per un'azienda di {other}",
    "pt": "trabalha para uma empresa de {other}",
}

# Spike: the planted incident (described only in README and truth).
SPIKE = {
    "es": [
        "Me acaban de dejar en tierra en el puerto: la tarjeta de certificación de la app sale como 'no certificado' (error {code}). Tengo el Advanced desde hace 6 años!!",
        "abissea la app dice que no tengo titulación y el patrón no me deja subir al barco. qué está pasando??",
        "En el mostrador de alquiler no me dan el equipo porque la app dice que mi certificación no es válida. Error {code}",
    ],
    "de": [
        "Am Steg abgewiesen: die Brevet-Karte in der App zeigt 'nicht zertifiziert', Fehler {code}. Ich tauche seit 8 Jahren!",
        "Abissea, laut App habe ich kein Brevet mehr und die Crew lässt mich nicht aufs Boot. Was ist los??",
        "Verleih gibt mir keine Ausrüstung, weil die App mein Brevet als ungültig anzeigt. {code}",
    ],
    "en": [
        "Turned away at the boat: the app's certification card says 'not certified', error {code}. I've been Advanced for years!",
        "app says I'm not certified and the crew won't let me on the boat?? what's going on",
    ],
    "fr": [
        "Refusée au bateau : la carte de niveau dans l'appli affiche 'non certifié', erreur {code}. Je suis N2 depuis 5 ans !",
        "l'appli dit que je n'ai pas de niveau et on me refuse le matériel, c'est quoi ce bug",
    ],
    "it": [
        "Respinto all'imbarco: il brevetto nell'app risulta 'non certificato', errore {code}. Ho l'Advanced da anni!",
        "l'app dice che non ho il brevetto e non mi danno l'attrezzatura, che succede?",
    ],
    "pt": [
        "Recusada no barco: o cartão de certificação na app diz 'não certificado', erro {code}. Tenho o Advanced há anos!",
        "a app diz que não tenho certificação e não me deixam embarcar, o que se passa?",
    ],
}
SPIKE_AGAIN = {
    "es": [
        "Sigue igual: ahora en el barco de las 9:30 tampoco, 'no certificado'. {code} otra vez. Alguien me explica algo?",
        "Probado con el móvil de mi pareja y lo mismo, no certificado. Seguimos en el puerto",
    ],
    "de": [
        "Immer noch: auch beim 9:30-Boot 'nicht zertifiziert', wieder {code}. Gibt's eine Info?",
        "Mit dem Handy meines Mannes probiert, gleiches Bild. Wir stehen immer noch am Hafen",
    ],
    "en": ["Still the same on the 9:30 boat, 'not certified' again. Any update?"],
    "fr": ["Toujours pareil au bateau de 9h30, 'non certifié'. Des nouvelles ?"],
    "it": ["Ancora uguale alla barca delle 9:30, 'non certificato'. Novità?"],
    "pt": ["Continua igual no barco das 9:30, 'não certificado'. Alguma novidade?"],
}
SPIKE_CHAT_ANSWER = {
    "es": "Sí, {first}, ahora mismo las tarjetas de certificación de la app fallan en todos los centros. El equipo técnico ya está en ello.",
    "de": "Ja, {first}, gerade zeigen die Brevet-Karten in der App an allen Basen einen Fehler. Die Technik ist dran.",
    "en": "Yes, {first}, certification cards in the app are failing at every centre right now. Our engineers are on it.",
    "fr": "Oui, {first}, les cartes de niveau de l'appli sont en panne dans tous les centres. Nos techniciens s'en occupent.",
    "it": "Sì, {first}, in questo momento i brevetti nell'app non funzionano in nessun centro. I tecnici ci stanno lavorando.",
    "pt": "Sim, {first}, os cartões de certificação da app estão a falhar em todos os centros. A equipa técnica já está a tratar.",
}
SPIKE_FIXED = {
    "es": "Hola {first}, las tarjetas de certificación vuelven a funcionar desde las {time}. La salida de hoy corre de nuestra cuenta y te hemos abonado 15 €.",
    "de": "Hallo {first}, die Brevet-Karten funktionieren wieder seit {time} Uhr. Die heutige Ausfahrt geht auf uns, 15 € sind gutgeschrieben.",
    "en": "Hi {first}, certification cards work again since {time}. Today's trip is on us and we've added a £13 credit.",
    "fr": "Bonjour {first}, les cartes de niveau fonctionnent à nouveau depuis {time}. La sortie du jour est offerte, 15 € crédités.",
    "it": "Ciao {first}, i brevetti nell'app funzionano di nuovo dalle {time}. L'uscita di oggi la offriamo noi, 15 € accreditati.",
    "pt": "Olá {first}, os cartões de certificação voltaram a funcionar desde as {time}. A saída de hoje é por nossa conta, 15 € creditados.",
}
LONE_Q = {
    "es": "Una pregunta: anoche la foto de mi tarjeta de certificación en la app salía borrosa hasta que actualicé. ¿Mañana en el barco la aceptarán?",
    "de": "Kurze Frage: gestern Abend war das Foto auf meiner Brevet-Karte in der App unscharf, bis ich aktualisiert habe. Wird die Crew sie morgen akzeptieren?",
}
LONE_A = {
    "es": "Hola {first}, sí: la foto carga a veces con retraso, pero la tarjeta es válida y la tripulación la verá bien.",
    "de": "Hallo {first}, ja: das Foto lädt manchmal verzögert, die Karte ist gültig und die Crew sieht sie normal.",
}

# Business arm (Abissea Pro): invoice, service_blocked, portal, overbilled.
B2B_DESC = {
    "es": {
        "invoice": "las facturas siguen saliendo con el nombre antiguo de la empresa y sin número de pedido",
        "service_blocked": "en el centro nos han negado la salida del grupo porque la cuenta está 'bloqueada', y está todo pagado",
        "portal": "el portal no muestra ninguna reserva y no podemos añadir participantes",
        "overbilled": "nos cobráis tarifa por persona en lugar de la tarifa de grupo del contrato",
    },
    "de": {
        "invoice": "die Rechnungen kommen immer noch mit dem alten Firmennamen und ohne Bestellnummer",
        "service_blocked": "an der Basis wurde unsere Gruppe abgewiesen, Konto 'gesperrt', obwohl alles bezahlt ist",
        "portal": "das Portal zeigt keine Buchungen und wir können keine Teilnehmer eintragen",
        "overbilled": "ihr berechnet Einzelpreise statt des vertraglichen Gruppentarifs",
    },
    "en": {
        "invoice": "invoices still carry our old company name and no PO number",
        "service_blocked": "our group was refused at the centre, account 'on stop', though everything is paid",
        "portal": "the portal shows no bookings and we can't add participants",
        "overbilled": "you bill per-person rates instead of our contract group rate",
    },
    "fr": {
        "invoice": "les factures portent toujours l'ancien nom de la société et aucun numéro de commande",
        "service_blocked": "notre groupe a été refusé au centre, compte 'bloqué', alors que tout est payé",
        "portal": "le portail n'affiche aucune réservation et on ne peut pas ajouter de participants",
        "overbilled": "vous facturez au tarif individuel au lieu du tarif groupe du contrat",
    },
    "it": {
        "invoice": "le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine",
        "service_blocked": "il nostro gruppo è stato respinto al centro, account 'bloccato', anche se è tutto pagato",
        "portal": "il portale non mostra prenotazioni e non possiamo aggiungere partecipanti",
        "overbilled": "fatturate la tariffa individuale invece della tariffa di gruppo del contratto",
    },
    "pt": {
        "invoice": "as faturas continuam com o nome antigo da empresa e sem número de encomenda",
        "service_blocked": "recusaram o nosso grupo no centro, conta 'bloqueada', apesar de estar tudo pago",
        "portal": "o portal não mostra reservas e não conseguimos adicionar participantes",
        "overbilled": "cobram tarifa individual em vez da tarifa de grupo do contrato",
    },
}
B2B_FIRST = {
    "es": "Buenos días,\n\nos escribo de {company}: {desc}. Necesitamos que se corrija esta semana.\n\nSaludos,\n{name}, {title}",
    "de": "Guten Tag,\n\nich schreibe für {company}: {desc}. Bitte korrigieren Sie das diese Woche.\n\nGrüße\n{name}, {title}",
    "en": "Hello,\n\nwriting for {company}: {desc}. Please fix this this week.\n\nRegards,\n{name}, {title}",
    "fr": "Bonjour,\n\nje vous écris pour {company} : {desc}. Merci de corriger cela cette semaine.\n\nCordialement,\n{name}, {title}",
    "it": "Buongiorno,\n\nvi scrivo per {company}: {desc}. Vi chiediamo di correggere entro la settimana.\n\nSaluti,\n{name}, {title}",
    "pt": "Bom dia,\n\nescrevo pela {company}: {desc}. Pedimos que corrijam esta semana.\n\nCumprimentos,\n{name}, {title}",
}
B2B_LATER = {
    "es": "Hola, soy compañera de {colleague}, que os escribió el {day} (incidencia {case}). Lo mismo: {desc}. Seguimos igual.\n\n{name}, {title}",
    "de": "Hallo, ich bin Kollege von {colleague}, der Ihnen am {day} geschrieben hat (Vorgang {case}). Dasselbe Problem: {desc}. Unverändert.\n\n{name}, {title}",
    "en": "Hi, I work with {colleague}, who wrote on {day} (case {case}). Same problem: {desc}. Nothing has changed.\n\n{name}, {title}",
    "fr": "Bonjour, je suis collègue de {colleague}, qui vous a écrit {day} (demande {case}). Même problème : {desc}. Rien n'a changé.\n\n{name}, {title}",
    "it": "Buongiorno, sono collega di {colleague}, che vi ha scritto {day} (segnalazione {case}). Stesso problema: {desc}. Nulla è cambiato.\n\n{name}, {title}",
    "pt": "Olá, sou colega de {colleague}, que vos escreveu na {day} (pedido {case}). O mesmo problema: {desc}. Continua tudo igual.\n\n{name}, {title}",
}
WEEKDAY = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
B2B_LAST_MAIL = {
    "es": "Incidencia {case}: nada arreglado, y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.\n\n{name}, {title}",
    "de": "Vorgang {case}: nichts behoben, mehrere Kollegen haben schon geschrieben. Der Einkauf hat bereits bei {comp} Preise angefragt.\n\n{name}, {title}",
    "en": "Case {case}: nothing fixed, and several colleagues have written. Procurement has already asked {comp} for their rates.\n\n{name}, {title}",
    "fr": "Demande {case} : rien n'est réglé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n\n{name}, {title}",
    "it": "Segnalazione {case}: nulla risolto, vi hanno scritto diversi colleghi. L'ufficio acquisti ha già chiesto le tariffe a {comp}.\n\n{name}, {title}",
    "pt": "Pedido {case}: nada resolvido, e vários colegas já escreveram. As compras já pediram preços à {comp}.\n\n{name}, {title}",
}
B2B_LAST_CALL = {
    "es": "sí hola llamo de {company} por la incidencia {case} sigue sin arreglarse ya os han escrito varios compañeros y mi jefe dice que si no se soluciona esta semana cambiamos de proveedor",
    "de": "ja guten Tag hier {company} wegen Vorgang {case} das ist immer noch nicht behoben mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Anbieter",
    "en": "hi it's {company} about case {case} it still isn't fixed several of us have written and my boss says we move the account if it isn't sorted this week",
    "fr": "oui bonjour c'est {company} pour la demande {case} toujours pas réglé plusieurs collègues ont écrit et mon chef dit qu'on change de prestataire si ce n'est pas fait cette semaine",
    "it": "sì buongiorno sono di {company} per la segnalazione {case} non è ancora risolto hanno scritto diversi colleghi e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "sim bom dia é da {company} por causa do pedido {case} continua por resolver vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
B2B_ACK = {
    "es": "Hola {first}, gracias por avisarnos. Hemos abierto la incidencia {case} para {company}. Abissea Pro",
    "de": "Hallo {first}, danke für die Nachricht. Wir haben den Vorgang {case} für {company} angelegt. Abissea Pro",
    "en": "Hi {first}, thanks for letting us know. We've opened case {case} for {company}. Abissea Pro",
    "fr": "Bonjour {first}, merci de nous avoir prévenus. Nous avons ouvert la demande {case} pour {company}. Abissea Pro",
    "it": "Ciao {first}, grazie della segnalazione. Abbiamo aperto la segnalazione {case} per {company}. Abissea Pro",
    "pt": "Olá {first}, obrigado pelo aviso. Abrimos o pedido {case} para a {company}. Abissea Pro",
}
B2B_SUGGEST = {
    "es": [
        "Sugerencia: estaría bien exportar los costes por código de proyecto desde el portal.",
        "Sería útil que el certificado de revisión del equipo viniera en el albarán.",
    ],
    "de": [
        "Vorschlag: Kosten im Portal nach Projektnummer exportieren wäre praktisch.",
        "Hilfreich wäre das Datum der letzten Ausrüstungsprüfung auf dem Lieferschein.",
    ],
    "en": ["Suggestion: exporting costs by project code from the portal would help."],
    "fr": ["Suggestion : pouvoir exporter les coûts par code projet depuis le portail."],
    "it": ["Suggerimento: esportare i costi per codice progetto dal portale sarebbe utile."],
    "pt": ["Sugestão: exportar os custos por código de projeto no portal dava jeito."],
}
B2B_Q = {
    "es": [
        "¿Podemos cambiar el número de participantes de la jornada del jueves?",
        "¿La sesión de piscina incluye el seguro para los empleados?",
    ],
    "de": [
        "Können wir die Teilnehmerzahl für Donnerstag noch ändern?",
        "Ist bei der Pool-Session die Versicherung für die Mitarbeitenden dabei?",
    ],
    "en": ["Can we change the headcount for Thursday's team day?"],
    "fr": ["Peut-on modifier le nombre de participants pour jeudi ?"],
    "it": ["Possiamo cambiare il numero di partecipanti per giovedì?"],
    "pt": ["Podemos alterar o número de participantes de quinta-feira?"],
}
B2B_A = {
    "es": "Claro, {first}, ya lo tienes cambiado en el portal.",
    "de": "Klar, {first}, ist im Portal schon angepasst.",
    "en": "Sure, {first}, it's updated in the portal.",
    "fr": "Bien sûr, {first}, c'est mis à jour dans le portail.",
    "it": "Certo, {first}, è già aggiornato nel portale.",
    "pt": "Claro, {first}, já está atualizado no portal.",
}
B2B_PRAISE = {
    "es": ["Jornada de equipo con Abissea Pro redonda, todo el mundo encantado"],
    "de": ["Teamtag mit Abissea Pro war rundum gelungen, alle begeistert"],
    "en": ["Team day with Abissea Pro went perfectly, everyone loved it"],
    "fr": ["Journée d'équipe avec Abissea Pro parfaite, tout le monde ravi"],
    "it": ["Giornata di team con Abissea Pro perfetta, tutti entusiasti"],
    "pt": ["Dia de equipa com a Abissea Pro perfeito, todos adoraram"],
}
TITLES = [
    "Office manager",
    "HR lead",
    "Events coordinator",
    "Procurement",
    "Operations manager",
    "Team assistant",
]
B2B_PRODUCTS = [
    ("Team dive day, 10 people / Jornada de buceo, 10 personas", "1450.00"),
    ("Pool try-dive session / Bautismo en piscina", "620.00"),
    ("Gear service, 8 sets / Revisión de 8 equipos", "472.00"),
]
