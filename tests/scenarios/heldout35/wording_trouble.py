"""Hand-written trouble wording for heldout35 (Mendalo): the six consumer problems.

Placeholders: {brand}, {agent}, {ref} (MN-123456), {ref_spoken} (as a call hears it),
{amount}, {label} (the problem in a few words), {comp} (a competitor), {fix},
{complaint}, {day}; ``[[fem|masc]]`` agrees with the writer's name.
"""

# ruff: noqa: E501

PROBLEMS = ("no_show", "double_charge", "leak_back", "refund", "damage", "wrong_price")

#: The complaint as written (e-mail, web form, chat).
BODY = {
    "no_show": {
        "en": [
            "I took a day off work for a plumber booked 8-12 and NOBODY came. The app said 'on his way' at 11:40 and then the booking just vanished. No call, no text, nothing. I lost a day's pay for this.",
            "booked the electrician for 1-5pm, sat in all afternoon, at 5:15 I get a text saying 'we need to reschedule'. Seriously?? I had to pick my kids up late for this",
        ],
        "pt": [
            "Tirei o dia no trabalho para receber o canalizador marcado das 8h às 12h e NINGUÉM apareceu. Às 11h40 a app dizia 'a caminho' e depois a marcação simplesmente desapareceu. Nem uma chamada, nem uma SMS. Perdi um dia de trabalho.",
            "marquei o eletricista das 14h às 18h, fiquei a tarde toda em casa e às 18h15 recebo uma mensagem a dizer 'temos de reagendar'. A sério?? Fui buscar os miúdos atrasad[[a|o]] por causa disto",
        ],
        "de": [
            "Ich habe mir für den Installateur (8-12 Uhr) extra freigenommen und NIEMAND kam. Um 11:40 stand 'unterwegs' in der App, dann war die Buchung einfach weg. Kein Anruf, keine SMS."
        ],
        "es": [
            "Pedí el día libre para el fontanero de 8 a 12 y NO VINO NADIE. A las 11:40 la app decía 'en camino' y luego la reserva desapareció. Ni una llamada ni un SMS."
        ],
        "fr": [
            "J'ai posé une journée pour le plombier prévu 8h-12h et PERSONNE n'est venu. À 11h40 l'appli affichait 'en route' puis la réservation a disparu. Pas un appel, pas un SMS."
        ],
        "it": [
            "Ho preso un giorno di ferie per l'idraulico prenotato 8-12 e non è venuto NESSUNO. Alle 11:40 l'app diceva 'in arrivo' e poi la prenotazione è sparita. Né una chiamata né un SMS."
        ],
    },
    "double_charge": {
        "en": [
            "You've charged my card TWICE for the same boiler service, {amount} and {amount} on the same day, two minutes apart. That's money I need for rent. I want the second one back today.",
            "checked my banking app and there's two payments to Mendalo for the one visit. {amount} each. one visit, TWO charges. please fix",
        ],
        "pt": [
            "Cobraram-me DUAS vezes a mesma revisão da caldeira, {amount} e {amount} no mesmo dia, com dois minutos de diferença. É dinheiro que me faz falta para a renda. Quero a segunda cobrança devolvida hoje.",
            "fui ver ao homebanking e tenho dois pagamentos à Mendalo pela mesma visita. {amount} cada. uma visita, DUAS cobranças. resolvam isto",
        ],
        "de": [
            "Sie haben meine Karte ZWEIMAL für dieselbe Thermenwartung belastet, zweimal {amount} am selben Tag. Ich will die zweite Abbuchung sofort zurück."
        ],
        "es": [
            "Me habéis cobrado DOS VECES la misma revisión de la caldera, {amount} y {amount} el mismo día. Quiero que me devolváis el segundo cargo ya."
        ],
        "fr": [
            "Vous avez débité ma carte DEUX FOIS pour le même entretien de chaudière, {amount} et {amount} le même jour. Je veux le remboursement du second aujourd'hui."
        ],
        "it": [
            "Mi avete addebitato DUE VOLTE la stessa manutenzione della caldaia, {amount} e {amount} lo stesso giorno. Rivoglio il secondo addebito oggi."
        ],
    },
    "leak_back": {
        "en": [
            "Your plumber 'fixed' the leak under my kitchen sink on Monday and this morning the cupboard is full of water AGAIN. The bottom of the unit is swollen now. I paid {amount} for this.",
            "the leak is back. Same pipe, same drip, less than 24h after your guy left. There's a towel and a bowl under it and I'm fuming",
        ],
        "pt": [
            "O vosso canalizador 'arranjou' a fuga debaixo do lava-loiça na segunda e hoje de manhã o armário está outra vez cheio de água. O fundo do móvel já inchou. Paguei {amount} por isto.",
            "a fuga voltou. o mesmo cano, a mesma pinga, nem 24h depois de o técnico sair. tenho uma toalha e um alguidar lá debaixo e estou [[furiosa|furioso]]",
        ],
        "de": [
            "Ihr Installateur hat am Montag das Leck unter der Spüle 'repariert' und heute früh ist der Schrank WIEDER voller Wasser. Ich habe {amount} dafür bezahlt."
        ],
        "es": [
            "Vuestro fontanero 'arregló' la fuga bajo el fregadero el lunes y esta mañana el mueble está OTRA VEZ lleno de agua. Pagué {amount} por esto."
        ],
        "fr": [
            "Votre plombier a 'réparé' la fuite sous l'évier lundi et ce matin le meuble est ENCORE plein d'eau. J'ai payé {amount} pour ça."
        ],
        "it": [
            "Il vostro idraulico lunedì ha 'riparato' la perdita sotto il lavello e stamattina il mobile è DI NUOVO pieno d'acqua. Ho pagato {amount} per questo."
        ],
    },
    "refund": {
        "en": [
            "I cancelled my booking 3 days ahead, well within your 24h rule, and was told the refund of {amount} would take 5 days. It's been THREE WEEKS. Where is my money?",
            "still no refund for the visit I cancelled on the 2nd. {amount}. every time I ask the chat says 'processing'. processing what exactly",
        ],
        "pt": [
            "Cancelei a marcação com 3 dias de antecedência, bem dentro das vossas 24h, e disseram-me que o reembolso de {amount} demorava 5 dias. Já passaram TRÊS SEMANAS. Onde está o meu dinheiro?",
            "continuo sem o reembolso da visita que cancelei dia 2. {amount}. sempre que pergunto no chat dizem 'em processamento'. processamento de quê ao certo",
        ],
        "de": [
            "Ich habe drei Tage vorher storniert, weit innerhalb Ihrer 24 Stunden, und die Erstattung von {amount} sollte 5 Tage dauern. Jetzt sind es DREI WOCHEN."
        ],
        "es": [
            "Cancelé con 3 días de antelación, dentro de vuestras 24 horas, y el reembolso de {amount} iba a tardar 5 días. Llevo TRES SEMANAS esperando."
        ],
        "fr": [
            "J'ai annulé 3 jours avant, bien dans vos 24h, et le remboursement de {amount} devait prendre 5 jours. Ça fait TROIS SEMAINES."
        ],
        "it": [
            "Ho disdetto con 3 giorni d'anticipo, ben dentro le vostre 24 ore, e il rimborso di {amount} doveva arrivare in 5 giorni. Sono passate TRE SETTIMANE."
        ],
    },
    "damage": {
        "en": [
            "The electrician you sent cracked two of my bathroom tiles taking the old fan out and just left. Didn't even mention it, I found it after he'd gone. Those tiles aren't made anymore.",
            "your technician put his ladder through the plasterboard in the hallway and said 'that'll fill'. There is a HOLE in my wall. Who's paying for this?",
        ],
        "pt": [
            "O eletricista que mandaram partiu dois azulejos da casa de banho ao tirar o exaustor velho e foi-se embora sem dizer nada. Só vi depois. Esses azulejos já nem se fabricam.",
            "o vosso técnico enfiou o escadote na parede de pladur do corredor e disse 'isso tapa-se'. Tenho um BURACO na parede. Quem paga isto?",
        ],
        "de": [
            "Ihr Elektriker hat beim Ausbau des alten Lüfters zwei Badfliesen gesprungen und ist einfach gegangen. Kein Wort. Die Fliesen gibt es nicht mehr."
        ],
        "es": [
            "El electricista que mandasteis rompió dos azulejos del baño al quitar el extractor y se fue sin decir nada. Esos azulejos ya no se fabrican."
        ],
        "fr": [
            "L'électricien a fendu deux carreaux de la salle de bain en enlevant l'ancienne VMC et il est parti sans rien dire. Ces carreaux ne se font plus."
        ],
        "it": [
            "L'elettricista che avete mandato ha crepato due piastrelle del bagno togliendo l'aspiratore e se n'è andato senza dire niente. Quelle piastrelle non si trovano più."
        ],
    },
    "wrong_price": {
        "en": [
            "The app said fixed price {amount} for the tap replacement. At the end your plumber's invoice says nearly double because of 'access difficulties'. Nobody mentioned that BEFORE he started.",
            "booked at a fixed price, got charged almost twice that. 'extra parts' that he never showed me. what's the point of a fixed price then",
        ],
        "pt": [
            "A app dizia preço fechado de {amount} para trocar a torneira. No fim a fatura do canalizador vem quase ao dobro por 'dificuldade de acesso'. Ninguém disse nada ANTES de ele começar.",
            "marquei a preço fechado e cobraram-me quase o dobro. 'peças extra' que nunca me mostrou. então para que serve o preço fechado",
        ],
        "de": [
            "In der App stand Festpreis {amount} für den Wasserhahn. Auf der Rechnung steht fast das Doppelte wegen 'erschwertem Zugang'. Das hat VORHER keiner gesagt."
        ],
        "es": [
            "La app decía precio cerrado de {amount} por cambiar el grifo. La factura viene casi al doble por 'difícil acceso'. Nadie dijo nada ANTES de empezar."
        ],
        "fr": [
            "L'appli annonçait un prix fixe de {amount} pour le robinet. La facture est presque au double pour 'accès difficile'. Personne ne l'a dit AVANT."
        ],
        "it": [
            "L'app diceva prezzo fisso {amount} per il rubinetto. In fattura c'è quasi il doppio per 'accesso difficile'. Nessuno l'ha detto PRIMA."
        ],
    },
}

#: Short public version (social, community).
SHORT = {
    "no_show": {
        "en": "Took a day off for {brand} and NOBODY turned up. Booking just vanished at 11:40. Thanks for nothing",
        "pt": "Tirei o dia para a {brand} e NINGUÉM apareceu. A marcação desapareceu às 11h40. Obrigadinho",
        "de": "Extra freigenommen für {brand} und NIEMAND kam. Buchung einfach weg.",
        "es": "Pido el día libre para {brand} y NO VIENE NADIE. La reserva desaparece sin más.",
        "fr": "Journée posée pour {brand} et PERSONNE. Réservation disparue à 11h40.",
        "it": "Giorno di ferie per {brand} e NON È VENUTO NESSUNO. Prenotazione sparita.",
    },
    "double_charge": {
        "en": "{brand} charged me TWICE for one boiler service. Rent's due Friday. Sort it out",
        "pt": "A {brand} cobrou-me DUAS vezes a mesma revisão. A renda é sexta. Resolvam",
        "de": "{brand} hat mich ZWEIMAL für eine Wartung abgebucht. Unfassbar.",
        "es": "{brand} me ha cobrado DOS VECES la misma revisión. Increíble.",
        "fr": "{brand} m'a débité DEUX FOIS pour un seul entretien. Incroyable.",
        "it": "{brand} mi ha addebitato DUE VOLTE la stessa manutenzione. Incredibile.",
    },
    "leak_back": {
        "en": "Paid {brand} to fix a leak on Monday. Tuesday morning: cupboard full of water again. Brilliant 👏",
        "pt": "Paguei à {brand} para arranjar uma fuga na segunda. Terça de manhã: armário outra vez cheio de água. Lindo",
        "de": "{brand} hat Montag das Leck repariert. Dienstag: Schrank wieder voll Wasser.",
        "es": "{brand} arregla la fuga el lunes. El martes: el mueble otra vez lleno de agua.",
        "fr": "{brand} répare la fuite lundi. Mardi: le meuble de nouveau plein d'eau.",
        "it": "{brand} ripara la perdita lunedì. Martedì: mobile di nuovo pieno d'acqua.",
    },
    "refund": {
        "en": "3 weeks waiting for a {brand} refund for a visit I cancelled in time. 'Processing'. Sure",
        "pt": "3 semanas à espera do reembolso da {brand} por uma visita que cancelei a tempo. 'Em processamento'. Pois",
        "de": "3 Wochen warte ich auf die Erstattung von {brand}. 'In Bearbeitung'. Klar.",
        "es": "3 semanas esperando el reembolso de {brand}. 'En proceso'. Ya.",
        "fr": "3 semaines que j'attends le remboursement de {brand}. 'En cours'. Mais oui.",
        "it": "3 settimane che aspetto il rimborso di {brand}. 'In lavorazione'. Certo.",
    },
    "damage": {
        "en": "{brand} electrician cracked my bathroom tiles and left without a word. Found it after. Class",
        "pt": "O eletricista da {brand} partiu-me os azulejos da casa de banho e saiu sem dizer nada. Bonito",
        "de": "Der Elektriker von {brand} hat meine Fliesen kaputt gemacht und ist wortlos gegangen.",
        "es": "El electricista de {brand} me rompe los azulejos y se va sin decir nada.",
        "fr": "L'électricien {brand} fend mes carreaux et part sans un mot.",
        "it": "L'elettricista di {brand} mi crepa le piastrelle e se ne va senza dire niente.",
    },
    "wrong_price": {
        "en": "'Fixed price' on {brand} apparently means whatever the plumber fancies on the day. Nearly double.",
        "pt": "'Preço fechado' na {brand} afinal é o que o técnico quiser no dia. Quase o dobro.",
        "de": "'Festpreis' bei {brand} heißt wohl, was der Monteur will. Fast das Doppelte.",
        "es": "'Precio cerrado' en {brand} es lo que le apetezca al técnico. Casi el doble.",
        "fr": "'Prix fixe' chez {brand} = ce que le technicien veut. Presque le double.",
        "it": "'Prezzo fisso' su {brand} vuol dire quello che decide il tecnico. Quasi il doppio.",
    },
}

#: Spoken (speech to text, lower case, no punctuation).
SPOKEN = {
    "no_show": {
        "en": "yeah hi there I had a plumber booked this morning eight to twelve and nobody came I took the day off work the app said on his way and then the booking just disappeared I want to know what happened",
        "pt": "está sim boa tarde eu tinha um canalizador marcado hoje das oito ao meio dia e não apareceu ninguém tirei o dia no trabalho a app dizia a caminho e depois a marcação desapareceu quero saber o que se passou",
        "de": "ja hallo guten tag ich hatte heute von acht bis zwölf einen installateur gebucht und es ist niemand gekommen ich hab mir extra freigenommen",
        "es": "sí hola buenas tenía un fontanero reservado hoy de ocho a doce y no ha venido nadie pedí el día libre",
        "fr": "oui allô bonjour j'avais un plombier ce matin de huit heures à midi et personne n'est venu j'ai posé ma journée",
        "it": "pronto buongiorno avevo un idraulico prenotato stamattina dalle otto alle dodici e non è venuto nessuno ho preso ferie",
    },
    "double_charge": {
        "en": "hello yeah I've been charged twice for the same boiler service two payments same day and I need one of them back because that's my rent money",
        "pt": "bom dia olhe cobraram-me duas vezes a mesma revisão da caldeira dois pagamentos no mesmo dia e eu preciso desse dinheiro de volta",
        "de": "äh hallo also sie haben mich zweimal für dieselbe wartung abgebucht am selben tag und ich will das zurück",
        "es": "oiga hola mire me han cobrado dos veces la misma revisión el mismo día y necesito que me devuelvan uno",
        "fr": "oui bonjour euh vous m'avez prélevé deux fois le même entretien le même jour je veux être [[remboursée|remboursé]]",
        "it": "sì salve guardi mi avete addebitato due volte la stessa manutenzione lo stesso giorno e rivoglio i soldi",
    },
    "leak_back": {
        "en": "yeah hi the plumber you sent on monday fixed the leak under my sink and this morning it's leaking again the cupboard's full of water",
        "pt": "está sim olhe o canalizador que mandaram na segunda arranjou a fuga do lava loiça e hoje de manhã está a pingar outra vez o armário está cheio de água",
        "de": "grüß gott der installateur von montag hat das leck unter der spüle repariert und heute früh tropft es wieder",
        "es": "sí hola buenas el fontanero del lunes arregló la fuga del fregadero y esta mañana vuelve a gotear",
        "fr": "oui allô bonjour le plombier de lundi a réparé la fuite sous l'évier et ce matin ça refuit",
        "it": "pronto buongiorno l'idraulico di lunedì ha riparato la perdita sotto il lavello e stamattina perde di nuovo",
    },
    "refund": {
        "en": "hello yeah I cancelled a booking three weeks ago in plenty of time and I still haven't got my refund and every time I ask it's processing",
        "pt": "bom dia olhe cancelei uma marcação há três semanas com tempo e ainda não recebi o reembolso e sempre que pergunto está em processamento",
        "de": "ja hallo ich habe vor drei wochen rechtzeitig storniert und die erstattung ist immer noch nicht da",
        "es": "sí hola buenas cancelé hace tres semanas con tiempo y el reembolso sigue sin llegar",
        "fr": "oui bonjour euh j'ai annulé il y a trois semaines dans les temps et toujours pas de remboursement",
        "it": "sì salve ho disdetto tre settimane fa in tempo e il rimborso non è ancora arrivato",
    },
    "damage": {
        "en": "yeah hi there your electrician cracked two tiles in my bathroom yesterday taking the old fan out and just left without saying anything",
        "pt": "está sim boa tarde o vosso eletricista partiu dois azulejos da casa de banho ontem a tirar o exaustor e foi-se embora sem dizer nada",
        "de": "äh hallo also ihr elektriker hat gestern zwei fliesen im bad kaputt gemacht und ist einfach gegangen",
        "es": "oiga hola mire su electricista me rompió ayer dos azulejos del baño y se fue sin decir nada",
        "fr": "oui allô bonjour votre électricien a fendu deux carreaux de ma salle de bain hier et il est parti sans rien dire",
        "it": "pronto buongiorno il vostro elettricista ieri mi ha crepato due piastrelle del bagno e se n'è andato senza dire niente",
    },
    "wrong_price": {
        "en": "hello yeah I booked a tap replacement at a fixed price and the invoice is nearly double for access difficulties nobody told me that before",
        "pt": "bom dia olhe marquei a troca da torneira a preço fechado e a fatura veio quase ao dobro por dificuldade de acesso ninguém me disse nada antes",
        "de": "ja hallo guten tag ich hab einen festpreis gebucht und die rechnung ist fast doppelt so hoch",
        "es": "sí hola buenas reservé a precio cerrado y la factura viene casi al doble",
        "fr": "oui bonjour euh j'ai réservé à prix fixe et la facture est presque au double",
        "it": "sì salve guardi ho prenotato a prezzo fisso e la fattura è quasi il doppio",
    },
}

#: The problem in a few words (for follow-ups and agents).
LABEL = {
    "no_show": {
        "en": "the plumber who never came",
        "pt": "o técnico que não apareceu",
        "de": "den Installateur, der nie kam",
        "es": "el fontanero que no vino",
        "fr": "le plombier jamais venu",
        "it": "l'idraulico mai arrivato",
    },
    "double_charge": {
        "en": "the double charge for one boiler service",
        "pt": "a cobrança em duplicado da revisão",
        "de": "die doppelte Abbuchung",
        "es": "el cobro duplicado",
        "fr": "le double prélèvement",
        "it": "il doppio addebito",
    },
    "leak_back": {
        "en": "the leak under the sink that came back",
        "pt": "a fuga do lava-loiça que voltou",
        "de": "das Leck unter der Spüle, das wieder da ist",
        "es": "la fuga del fregadero que ha vuelto",
        "fr": "la fuite sous l'évier revenue",
        "it": "la perdita sotto il lavello tornata",
    },
    "refund": {
        "en": "the refund for the cancelled visit",
        "pt": "o reembolso da visita cancelada",
        "de": "die Erstattung der stornierten Buchung",
        "es": "el reembolso de la visita cancelada",
        "fr": "le remboursement de la visite annulée",
        "it": "il rimborso della visita disdetta",
    },
    "damage": {
        "en": "the tiles your electrician cracked",
        "pt": "os azulejos partidos pelo eletricista",
        "de": "die kaputten Fliesen",
        "es": "los azulejos rotos",
        "fr": "les carreaux fendus",
        "it": "le piastrelle crepate",
    },
    "wrong_price": {
        "en": "the 'fixed price' that nearly doubled",
        "pt": "o 'preço fechado' que quase duplicou",
        "de": "den 'Festpreis', der sich fast verdoppelt hat",
        "es": "el 'precio cerrado' que casi se dobla",
        "fr": "le 'prix fixe' presque doublé",
        "it": "il 'prezzo fisso' quasi raddoppiato",
    },
}
SUBJECT_TOPIC = {
    "no_show": {
        "en": "technician no-show",
        "pt": "técnico não apareceu",
        "de": "Techniker nicht erschienen",
        "es": "técnico no vino",
        "fr": "technicien absent",
        "it": "tecnico non arrivato",
    },
    "double_charge": {
        "en": "charged twice",
        "pt": "cobrança duplicada",
        "de": "doppelt abgebucht",
        "es": "cobro duplicado",
        "fr": "prélevé deux fois",
        "it": "addebito doppio",
    },
    "leak_back": {
        "en": "leak not fixed",
        "pt": "fuga não resolvida",
        "de": "Leck nicht behoben",
        "es": "fuga sin arreglar",
        "fr": "fuite non réparée",
        "it": "perdita non riparata",
    },
    "refund": {
        "en": "missing refund",
        "pt": "reembolso em falta",
        "de": "Erstattung fehlt",
        "es": "reembolso pendiente",
        "fr": "remboursement manquant",
        "it": "rimborso mancante",
    },
    "damage": {
        "en": "damage in my bathroom",
        "pt": "estragos na casa de banho",
        "de": "Schaden im Bad",
        "es": "daños en el baño",
        "fr": "dégâts salle de bain",
        "it": "danni in bagno",
    },
    "wrong_price": {
        "en": "invoice above fixed price",
        "pt": "fatura acima do preço fechado",
        "de": "Rechnung über Festpreis",
        "es": "factura por encima del precio",
        "fr": "facture au-dessus du prix",
        "it": "fattura sopra il prezzo fisso",
    },
}
COMPLAINT_WORD = {
    "en": "Complaint",
    "pt": "Reclamação",
    "de": "Reklamation",
    "es": "Reclamación",
    "fr": "Réclamation",
    "it": "Reclamo",
}
CASE_WORD = {
    "en": "Case",
    "pt": "Processo",
    "de": "Fall",
    "es": "Caso",
    "fr": "Dossier",
    "it": "Pratica",
}
REPLY_PREFIX = {
    "en": ["RE:", "Re:"],
    "pt": ["RE:", "Re:"],
    "de": ["AW:"],
    "es": ["RE:"],
    "fr": ["RE :"],
    "it": ["R:"],
}
SPOKEN_REF = {
    "en": "em en",
    "pt": "eme ene",
    "de": "em en",
    "es": "eme ene",
    "fr": "èm ène",
    "it": "emme enne",
}

#: The fix, in the agent's words.
FIX = {
    "no_show": {
        "en": "we've booked you a priority slot tomorrow 8-10 and refunded the visit fee",
        "pt": "marcámos uma vaga prioritária amanhã das 8h às 10h e devolvemos a taxa da visita",
        "de": "wir haben Ihnen morgen 8-10 Uhr einen Vorrangtermin gebucht und die Anfahrt erstattet",
        "es": "te hemos reservado una cita prioritaria mañana de 8 a 10 y devuelto el desplazamiento",
        "fr": "nous vous avons réservé un créneau prioritaire demain 8h-10h et remboursé le déplacement",
        "it": "le abbiamo prenotato un'uscita prioritaria domani 8-10 e rimborsato l'uscita",
    },
    "double_charge": {
        "en": "the second payment has been refunded, it shows as pending on your card now",
        "pt": "o segundo pagamento foi devolvido e já aparece como pendente no cartão",
        "de": "die zweite Abbuchung ist erstattet und als vorgemerkt sichtbar",
        "es": "el segundo cargo está devuelto y ya aparece como pendiente",
        "fr": "le second prélèvement est remboursé, il apparaît en attente sur votre carte",
        "it": "il secondo addebito è stato rimborsato, risulta in sospeso sulla carta",
    },
    "leak_back": {
        "en": "a senior plumber replaced the whole trap this morning at no cost and we're covering the cupboard base",
        "pt": "um canalizador sénior trocou hoje o sifão inteiro sem custos e pagamos o fundo do armário",
        "de": "ein Meister hat heute früh den ganzen Siphon kostenlos getauscht, den Schrankboden übernehmen wir",
        "es": "un fontanero senior cambió esta mañana todo el sifón sin coste y pagamos la base del mueble",
        "fr": "un plombier senior a changé tout le siphon ce matin sans frais et nous prenons en charge le meuble",
        "it": "un idraulico senior ha sostituito stamattina tutto il sifone gratis e paghiamo il fondo del mobile",
    },
    "refund": {
        "en": "the refund went out today, it should be on your card in 1-2 days",
        "pt": "o reembolso foi feito hoje e deve chegar ao cartão em 1-2 dias",
        "de": "die Erstattung ist heute raus, in 1-2 Tagen auf der Karte",
        "es": "el reembolso salió hoy, llegará en 1-2 días",
        "fr": "le remboursement est parti aujourd'hui, 1-2 jours sur votre carte",
        "it": "il rimborso è partito oggi, arriva in 1-2 giorni",
    },
    "damage": {
        "en": "our insurer approved the tiler's quote and he'll call you to book",
        "pt": "o seguro aprovou o orçamento do ladrilhador e ele vai ligar para marcar",
        "de": "unsere Versicherung hat das Angebot des Fliesenlegers genehmigt, er ruft Sie an",
        "es": "el seguro aprobó el presupuesto del alicatador y te llamará para quedar",
        "fr": "notre assureur a validé le devis du carreleur, il vous appelle pour fixer un rendez-vous",
        "it": "l'assicurazione ha approvato il preventivo del piastrellista, la chiamerà lui",
    },
    "wrong_price": {
        "en": "the invoice has been corrected to the fixed price and the difference refunded",
        "pt": "a fatura foi corrigida para o preço fechado e a diferença devolvida",
        "de": "die Rechnung ist auf den Festpreis korrigiert, die Differenz erstattet",
        "es": "la factura se ha corregido al precio cerrado y la diferencia devuelta",
        "fr": "la facture est corrigée au prix fixe et la différence remboursée",
        "it": "la fattura è stata corretta al prezzo fisso e la differenza rimborsata",
    },
}

#: Later contacts on the same open case: {2: ..., 3: ..., 4: ...}; 3 names a competitor.
FOLLOW = {
    "en": {
        2: [
            "Case {ref}: still nothing on {label}. I was told someone would get back to me. Nobody has.",
            "Writing again about {ref} ({label}). It is STILL not sorted. Can someone actually read this",
        ],
        3: [
            "Third time now about {ref} ({label}), still open. If it's not sorted tomorrow I'm booking {comp} instead, they've a slot Thursday",
            "3rd message on case {ref}. Still open, still {label}. {comp} can come tomorrow, just saying",
        ],
        4: [
            "This is the FOURTH time about {ref} ({label}). Four messages, zero answers. Unbelievable"
        ],
    },
    "pt": {
        2: [
            "Processo {ref}: continuo sem nada sobre {label}. Disseram que me contactavam. Ninguém contactou.",
            "Volto a escrever sobre o {ref} ({label}). Continua POR resolver. Alguém lê isto?",
        ],
        3: [
            "Terceira vez sobre o {ref} ({label}), ainda em aberto. Se amanhã não estiver resolvido chamo a {comp}, têm vaga na quinta",
            "3ª mensagem sobre o processo {ref}. Continua em aberto. A {comp} vem amanhã, só digo isto",
        ],
        4: [
            "É a QUARTA vez que escrevo sobre o {ref} ({label}). Quatro mensagens, zero respostas. Inacreditável"
        ],
    },
    "de": {
        2: ["Fall {ref}: immer noch nichts zu {label}. Mir wurde ein Rückruf versprochen."],
        3: [
            "Zum dritten Mal wegen {ref} ({label}), immer noch offen. Wenn das morgen nicht erledigt ist, buche ich bei {comp}"
        ],
        4: ["Das VIERTE Mal wegen {ref} ({label}). Vier Nachrichten, null Antworten."],
    },
    "es": {
        2: ["Caso {ref}: sigo sin nada sobre {label}. Me dijeron que me llamaríais."],
        3: ["Tercera vez por el {ref} ({label}), sigue abierto. Si mañana no está, llamo a {comp}"],
        4: ["Es la CUARTA vez por el {ref} ({label}). Cuatro mensajes, cero respuestas."],
    },
    "fr": {
        2: ["Dossier {ref} : toujours rien pour {label}. On devait me rappeler."],
        3: [
            "Troisième fois pour le {ref} ({label}), toujours ouvert. Si demain rien n'est fait, je passe chez {comp}"
        ],
        4: ["C'est la QUATRIÈME fois pour le {ref} ({label}). Quatre messages, zéro réponse."],
    },
    "it": {
        2: ["Pratica {ref}: ancora niente su {label}. Mi avevano detto che mi richiamavate."],
        3: [
            "Terza volta per la {ref} ({label}), ancora aperta. Se domani non è risolto chiamo {comp}"
        ],
        4: ["È la QUARTA volta per la {ref} ({label}). Quattro messaggi, zero risposte."],
    },
}
FOLLOW_SHORT = {
    "en": {
        2: "Still waiting on {brand} about {label}. Case {ref}. Nothing.",
        3: "3rd time chasing {brand}, case {ref}. Looking at {comp} now",
        4: "4th message to {brand} about case {ref}. Still open. Still nothing.",
    },
    "pt": {
        2: "Continuo à espera da {brand} por causa de {label}. Processo {ref}. Nada.",
        3: "3ª vez atrás da {brand}, processo {ref}. Já estou a ver a {comp}",
        4: "4ª mensagem à {brand} sobre o processo {ref}. Continua aberto.",
    },
    "de": {
        2: "Warte immer noch auf {brand}, Fall {ref}.",
        3: "Zum 3. Mal {brand}, Fall {ref}. Schaue jetzt bei {comp}",
        4: "4. Nachricht an {brand}, Fall {ref}. Immer noch offen.",
    },
    "es": {
        2: "Sigo esperando a {brand}, caso {ref}.",
        3: "3ª vez con {brand}, caso {ref}. Mirando {comp}",
        4: "4º mensaje a {brand}, caso {ref}. Sigue abierto.",
    },
    "fr": {
        2: "J'attends toujours {brand}, dossier {ref}.",
        3: "3e relance {brand}, dossier {ref}. Je regarde {comp}",
        4: "4e message à {brand}, dossier {ref}. Toujours ouvert.",
    },
    "it": {
        2: "Aspetto ancora {brand}, pratica {ref}.",
        3: "3ª volta con {brand}, pratica {ref}. Guardo {comp}",
        4: "4º messaggio a {brand}, pratica {ref}. Ancora aperta.",
    },
}
FOLLOW_SPOKEN = {
    "en": {
        2: "hello yeah I'm ringing again about case {ref_spoken} it's still not sorted nobody got back to me",
        3: "yeah hi it's the third time I'm calling about {ref_spoken} still open if it's not done tomorrow I'll get {comp} out instead",
        4: "hi this is the fourth time about {ref_spoken} still nothing I can't believe this",
    },
    "pt": {
        2: "está sim volto a ligar por causa do processo {ref_spoken} continua por resolver ninguém me ligou",
        3: "bom dia é a terceira vez que ligo por causa do {ref_spoken} continua em aberto se amanhã não estiver resolvido chamo a {comp}",
        4: "boa tarde é a quarta vez por causa do {ref_spoken} e nada não acredito",
    },
    "de": {
        2: "ja hallo ich rufe nochmal wegen fall {ref_spoken} an immer noch nicht erledigt",
        3: "zum dritten mal wegen {ref_spoken} wenn das morgen nicht erledigt ist nehme ich {comp}",
        4: "das vierte mal wegen {ref_spoken} immer noch nichts",
    },
    "es": {
        2: "sí hola llamo otra vez por el caso {ref_spoken} sigue sin resolver",
        3: "tercera vez que llamo por el {ref_spoken} si mañana no está llamo a {comp}",
        4: "cuarta vez por el {ref_spoken} y nada",
    },
    "fr": {
        2: "oui bonjour je rappelle pour le dossier {ref_spoken} toujours pas réglé",
        3: "troisième fois pour le {ref_spoken} si demain rien je prends {comp}",
        4: "quatrième fois pour le {ref_spoken} toujours rien",
    },
    "it": {
        2: "pronto richiamo per la pratica {ref_spoken} ancora non risolta",
        3: "terza volta per la {ref_spoken} se domani niente chiamo {comp}",
        4: "quarta volta per la {ref_spoken} ancora niente",
    },
}

#: Agents (subject, text).
CASE_OPENED = {
    "en": (
        "Case {ref}: we're on it",
        "Sorry about {label}. I've opened case {ref} and you'll hear from us as soon as we have news. {agent}, Mendalo",
    ),
    "pt": (
        "Processo {ref}: estamos a tratar",
        "Lamentamos {label}. Abri o processo {ref} e damos notícias logo que possível. {agent}, Mendalo",
    ),
    "de": (
        "Fall {ref}: wir kümmern uns",
        "Das mit {label} tut uns leid. Ich habe den Fall {ref} eröffnet. {agent}, Mendalo",
    ),
    "es": (
        "Caso {ref}: estamos en ello",
        "Sentimos lo de {label}. He abierto el caso {ref}. {agent}, Mendalo",
    ),
    "fr": (
        "Dossier {ref} : nous nous en occupons",
        "Désolés pour {label}. J'ai ouvert le dossier {ref}. {agent}, Mendalo",
    ),
    "it": (
        "Pratica {ref}: ce ne occupiamo",
        "Ci dispiace per {label}. Ho aperto la pratica {ref}. {agent}, Mendalo",
    ),
}
PASSED_ON = {
    "en": (
        "Case {ref}: passed on",
        "Thanks for your patience. Case {ref} ({label}) is now with our field and billing team, who'll contact you directly. {agent}, Mendalo",
    ),
    "pt": (
        "Processo {ref}: encaminhado",
        "Obrigada pela paciência. O processo {ref} ({label}) seguiu para a equipa técnica e de faturação, que [[a|o]] vai contactar diretamente. {agent}, Mendalo",
    ),
    "de": (
        "Fall {ref}: weitergeleitet",
        "Der Fall {ref} ({label}) liegt jetzt bei unserem Außendienst- und Abrechnungsteam. {agent}, Mendalo",
    ),
    "es": (
        "Caso {ref}: derivado",
        "El caso {ref} ({label}) está ahora con el equipo técnico y de facturación. {agent}, Mendalo",
    ),
    "fr": (
        "Dossier {ref} : transmis",
        "Le dossier {ref} ({label}) est transmis à l'équipe terrain et facturation. {agent}, Mendalo",
    ),
    "it": (
        "Pratica {ref}: inoltrata",
        "La pratica {ref} ({label}) è passata al team tecnico e fatturazione. {agent}, Mendalo",
    ),
}
GOOD_NEWS = {
    "en": (
        "Good news on case {ref}",
        "Good news on case {ref}: {fix}. Could you confirm it's all OK on your side? {agent}, Mendalo",
    ),
    "pt": (
        "Boas notícias sobre o processo {ref}",
        "Boas notícias sobre o processo {ref}: {fix}. Pode confirmar se está tudo bem do seu lado? {agent}, Mendalo",
    ),
    "de": (
        "Gute Nachrichten zu Fall {ref}",
        "Gute Nachrichten zu Fall {ref}: {fix}. Können Sie bestätigen, dass alles passt? {agent}, Mendalo",
    ),
    "es": (
        "Buenas noticias del caso {ref}",
        "Buenas noticias del caso {ref}: {fix}. ¿Nos confirmas que está todo bien? {agent}, Mendalo",
    ),
    "fr": (
        "Bonne nouvelle pour le dossier {ref}",
        "Bonne nouvelle pour le dossier {ref} : {fix}. Pouvez-vous confirmer que tout va bien ? {agent}, Mendalo",
    ),
    "it": (
        "Buone notizie sulla pratica {ref}",
        "Buone notizie sulla pratica {ref}: {fix}. Ci conferma che è tutto a posto? {agent}, Mendalo",
    ),
}
CONFIRM = {
    "en": [
        "Confirmed, {ref} is sorted. Thanks {agent}, appreciate it",
        "yes all good now with {ref}, thanks for sorting it",
    ],
    "pt": [
        "Confirmo, o {ref} está resolvido. Obrigad[[a|o]] {agent}",
        "sim, agora está tudo bem com o {ref}, obrigad[[a|o]] por resolverem",
    ],
    "de": ["Bestätigt, {ref} ist erledigt. Danke {agent}"],
    "es": ["Confirmado, el {ref} está resuelto. Gracias {agent}"],
    "fr": ["Confirmé, le {ref} est réglé. Merci {agent}"],
    "it": ["Confermo, la {ref} è risolta. Grazie {agent}"],
}
APOLOGY = {
    "en": [
        "Sorry for the tone yesterday, I'd been up since 5 with the baby and lost it a bit. Thanks for sorting it so fast",
        "Apologies for the rant yesterday. Bad day all round. You lot fixed it quicker than I expected",
    ],
    "pt": [
        "Desculpem o tom de ontem, estava de rastos com o miúdo doente. Obrigad[[a|o]] por resolverem tão depressa",
        "Peço desculpa pelo desabafo de ontem. Dia péssimo. Resolveram mais rápido do que eu esperava",
    ],
    "de": ["Sorry für den Ton gestern, war ein furchtbarer Tag. Danke fürs schnelle Lösen"],
    "es": [
        "Perdón por el tono de ayer, estaba [[agotada|agotado]]. Gracias por arreglarlo tan rápido"
    ],
    "fr": ["Désolé[[e|]] pour le ton d'hier, journée horrible. Merci d'avoir réglé ça si vite"],
    "it": ["Scusate per il tono di ieri, ero a pezzi. Grazie per aver risolto così in fretta"],
}
CSAT_LOW = {
    "en": ["awful", "", "not good"],
    "pt": ["péssimo", "", "mau"],
    "de": ["schlecht", ""],
    "es": ["fatal", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
}
NPS_LOW = {
    "en": ["Nobody came. Why would I recommend you", "", "after this? no"],
    "pt": ["Depois disto? Não", "", "ninguém resolve nada"],
    "de": ["Nach dem Erlebnis? Nein", ""],
    "es": ["¿Después de esto? No", ""],
    "fr": ["Après ça ? Non", ""],
    "it": ["Dopo questo? No", ""],
}

#: Long e-mails with the complaint in the middle.
LETTER = {
    "en": [
        "Hello,\n\nI'm writing this from the hospital car park, so forgive the typos. My dad had a fall on Saturday and I've been back and forth to the Royal every day since, trying to keep the house going and the kids fed at the same time. I'd booked your service weeks ago so at least that would be one thing off my list.\n\n{complaint}\n\nI know these things happen but honestly this week of all weeks. My sister is flying in from Dubai on Thursday and I wanted the house sorted before she gets here. I would really appreciate someone calling me back rather than another automated e-mail.\n\nThanks,\n{name}",
        "Hi there,\n\nWe moved in three weeks ago with a newborn and a four-year-old and everything that could break has broken. You were recommended by a neighbour and the first visit went well, which is why this is so disappointing.\n\n{complaint}\n\nI'm on [[maternity|paternity]] leave so money is tight and time is tighter. Please can you let me know what you're going to do about it.\n\n{name}",
    ],
    "pt": [
        "Bom dia,\n\nEscrevo do parque de estacionamento do hospital, por isso desculpem os erros. O meu pai caiu no sábado e tenho andado todos os dias entre Santa Maria e casa, a tentar dar conta dos miúdos ao mesmo tempo. Tinha marcado o vosso serviço há semanas para ser pelo menos uma coisa a menos.\n\n{complaint}\n\nSei que estas coisas acontecem, mas logo esta semana. A minha irmã chega de França na quinta e eu queria a casa em ordem. Agradecia muito que alguém me ligasse em vez de mais um e-mail automático.\n\nCumprimentos,\n{name}",
        "Olá,\n\nMudámo-nos há três semanas com um bebé de dois meses e uma miúda de quatro anos e tudo o que se podia estragar estragou-se. Foram-me recomendados por uma vizinha e a primeira visita correu bem, por isso é que isto me custa tanto.\n\n{complaint}\n\nEstou de licença [[de maternidade|parental]], o dinheiro é pouco e o tempo ainda menos. Digam-me por favor o que vão fazer.\n\n{name}",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe vom Parkplatz der Klinik, mein Vater ist am Samstag gestürzt und ich pendle seitdem jeden Tag. Ich hatte Ihren Termin vor Wochen gebucht, damit wenigstens das erledigt ist.\n\n{complaint}\n\nAusgerechnet diese Woche. Ich bitte um einen Rückruf statt einer automatischen Mail.\n\nViele Grüße\n{name}"
    ],
    "es": [
        "Hola,\n\nOs escribo desde el parking del hospital, mi padre se cayó el sábado y estoy yendo y viniendo cada día. Había reservado hace semanas para quitarme al menos eso de encima.\n\n{complaint}\n\nJusto esta semana. Os agradecería una llamada y no otro correo automático.\n\nUn saludo,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris du parking de l'hôpital, mon père a fait une chute samedi et je fais les allers-retours tous les jours. J'avais réservé il y a des semaines pour avoir au moins ça de réglé.\n\n{complaint}\n\nJustement cette semaine. Merci de me rappeler plutôt qu'un énième mail automatique.\n\nCordialement,\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dal parcheggio dell'ospedale, mio padre è caduto sabato e faccio avanti e indietro ogni giorno. Avevo prenotato settimane fa per togliermi almeno questo pensiero.\n\n{complaint}\n\nProprio questa settimana. Gradirei una telefonata e non l'ennesima mail automatica.\n\nCordiali saluti,\n{name}"
    ],
}

#: The six-step slide of a happy customer; the last names a competitor.
SLIDE = {
    "en": [
        "App's taking ages to load the slots lately, anyone else?",
        "Bit disappointed the Care plan's gone from £112 to £129 with no warning. Still good value I suppose",
        "Second time in a month the arrival window's been moved by a day. Not great when you've arranged work around it",
        "Tried to move my booking with the chat bot. It doesn't understand 'move my booking'. At all.",
        "Now I've been charged for a 'key safe fitting' I never asked for. Honestly fuming. This used to be so easy",
        "Right, that's it. Tonight I'm checking what {comp} charge for the same plan",
    ],
    "pt": [
        "A app anda a demorar imenso a mostrar as vagas, só comigo?",
        "Um bocado [[desiludida|desiludido]] com o plano Care a passar de 119 € para 129 € sem aviso. Ainda compensa, acho eu",
        "Segunda vez este mês que mudam a janela de chegada para o dia seguinte. Organizei o trabalho à volta disso",
        "Tentei mudar a marcação com o assistente do chat. Não percebe 'mudar a marcação'. De todo.",
        "Agora cobraram-me a 'instalação de cofre de chaves' que nunca pedi. Estou [[furiosa|furioso]]. Isto antes era tão fácil",
        "Pronto, chega. Hoje à noite vou ver quanto é que a {comp} cobra pelo mesmo plano",
    ],
    "de": [
        "Die App lädt die Termine in letzter Zeit ewig",
        "Etwas enttäuscht, dass Care ohne Ankündigung von 119 auf 129 € gestiegen ist",
        "Zum zweiten Mal diesen Monat wurde das Zeitfenster um einen Tag verschoben",
        "Der Chatbot versteht 'Termin verschieben' nicht. Gar nicht.",
        "Jetzt wurde mir eine 'Schlüsseltresor-Montage' berechnet, die ich nie bestellt habe. Stinksauer",
        "Gut, verstanden. Heute Abend schaue ich, was {comp} für denselben Vertrag nimmt",
    ],
    "es": [
        "La app tarda muchísimo en mostrar las horas últimamente",
        "Algo [[decepcionada|decepcionado]] con que el plan Care pase de 119 a 129 € sin avisar",
        "Segunda vez este mes que me cambian la franja al día siguiente",
        "El bot del chat no entiende 'cambiar mi cita'. Nada.",
        "Ahora me cobran un 'montaje de caja de llaves' que nunca pedí. [[Harta|Harto]]",
        "Vale, ya está. Esta noche miro cuánto cobra {comp} por lo mismo",
    ],
    "fr": [
        "L'appli met un temps fou à afficher les créneaux ces temps-ci",
        "Un peu [[déçue|déçu]] que Care passe de 119 à 129 € sans prévenir",
        "Deuxième fois ce mois-ci qu'on décale mon créneau d'un jour",
        "Le chatbot ne comprend pas 'déplacer mon rendez-vous'. Pas du tout.",
        "Et là on me facture une 'pose de boîte à clés' jamais demandée. [[Énervée|Énervé]]",
        "Bon, ça suffit. Ce soir je regarde ce que {comp} demande pour le même contrat",
    ],
    "it": [
        "L'app ci mette un'eternità a mostrare gli orari ultimamente",
        "Un po' [[delusa|deluso]] che Care passi da 119 a 129 € senza avviso",
        "Seconda volta questo mese che mi spostano la fascia di un giorno",
        "Il chatbot non capisce 'spostare la prenotazione'. Per niente.",
        "Ora mi addebitano un 'montaggio cassetta chiavi' mai chiesto. [[Arrabbiatissima|Arrabbiatissimo]]",
        "Va bene, basta. Stasera guardo quanto chiede {comp} per lo stesso piano",
    ],
}

#: The planted spike: payment at booking refused with error PG-208.
SPIKE = {
    "en": [
        "Trying to book a plumber on {brand} and payment keeps failing. 'Payment could not be authorised (PG-208)'. Card's fine, used it 5 min ago",
        "is the {brand} app down? error PG-208 every time I hit confirm",
        "Hi, I can't book anything, it says PG-208 payment not authorised. Tried two cards. Leak under the bath so kind of urgent",
    ],
    "pt": [
        "Estou a tentar marcar um canalizador na {brand} e o pagamento falha sempre. 'Não foi possível autorizar o pagamento (PG-208)'. O cartão está bom",
        "a app da {brand} está em baixo? erro PG-208 sempre que carrego em confirmar",
        "Boa noite, não consigo marcar nada, dá PG-208 pagamento não autorizado. Já tentei dois cartões e o MB Way. Tenho uma fuga na banheira",
    ],
    "de": [
        "Kann bei {brand} nicht buchen, Zahlung fehlgeschlagen 'PG-208'. Karte funktioniert sonst",
        "Hallo, jede Buchung endet mit Fehler PG-208, Zahlung nicht autorisiert",
    ],
    "es": [
        "No puedo reservar en {brand}, error PG-208 pago no autorizado. La tarjeta va bien",
        "hola, cada vez que confirmo sale PG-208",
    ],
    "fr": [
        "Impossible de réserver sur {brand}, erreur PG-208 paiement non autorisé. Ma carte marche",
        "bonsoir, chaque réservation finit en erreur PG-208",
    ],
    "it": [
        "Non riesco a prenotare su {brand}, errore PG-208 pagamento non autorizzato. La carta funziona",
        "buonasera, ogni prenotazione finisce con errore PG-208",
    ],
}
SPIKE_AGAIN = {
    "en": "Still PG-208. Tried my partner's card, same thing. And nobody's answering on the chat",
    "pt": "Continua PG-208. Tentei com o cartão do meu marido, igual. E no chat ninguém responde",
    "de": "Immer noch PG-208. Mit einer anderen Karte probiert, dasselbe. Und im Chat antwortet keiner",
    "es": "Sigue el PG-208. Probé con otra tarjeta, igual. Y en el chat no contesta nadie",
    "fr": "Toujours PG-208. Essayé avec une autre carte, pareil. Et personne au chat",
    "it": "Ancora PG-208. Provato con un'altra carta, uguale. E in chat non risponde nessuno",
}
SPIKE_FIXED = {
    "en": (
        "Your booking this evening",
        "Sorry about this evening's payment problem (error PG-208). It's been fixed since 9pm and your booking went through; we've taken {amount} off it. {agent}, Mendalo",
    ),
    "pt": (
        "A sua marcação desta noite",
        "Pedimos desculpa pelo problema de pagamento desta noite (erro PG-208). Está resolvido desde as 21h e a sua marcação ficou feita, com {amount} de desconto. {agent}, Mendalo",
    ),
    "de": (
        "Ihre Buchung heute Abend",
        "Entschuldigung für das Zahlungsproblem heute Abend (Fehler PG-208). Seit 22 Uhr behoben, Ihre Buchung ist durch, {amount} günstiger. {agent}, Mendalo",
    ),
    "es": (
        "Tu reserva de esta tarde",
        "Perdona el problema de pago de esta tarde (error PG-208). Está resuelto desde las 22:00 y tu reserva está hecha, con {amount} de descuento. {agent}, Mendalo",
    ),
    "fr": (
        "Votre réservation de ce soir",
        "Désolés pour le problème de paiement de ce soir (erreur PG-208). Résolu depuis 22h, votre réservation est passée avec {amount} de remise. {agent}, Mendalo",
    ),
    "it": (
        "La sua prenotazione di stasera",
        "Ci scusiamo per il problema di pagamento di stasera (errore PG-208). Risolto dalle 22, la prenotazione è andata a buon fine con {amount} di sconto. {agent}, Mendalo",
    ),
}
#: Two lone questions on a calm day before the spike (a payment that went through).
LONE = {
    "en": (
        "last night the payment screen spun for like 20 seconds before it went through, booking's fine. is that normal?",
        "That can happen when the bank asks for an extra check, nothing to worry about: your booking is confirmed. {agent}",
    ),
    "pt": (
        "ontem à noite o pagamento ficou a carregar uns 20 segundos e depois passou, a marcação está feita. é normal?",
        "Pode acontecer quando o banco pede uma verificação extra, não se preocupe: a marcação está confirmada. {agent}",
    ),
}
