# ruff: noqa: E501
"""Wording of heldout209 (Mensaro: tableware and party-furniture hire), written from the stories.

Every table has its own words in every language: Italian and Portuguese first (two or
three variants), then English, French, German and Spanish. Placeholders: {b} brand,
{case} case reference, {comp} competitor, {item} product, {what} the problem,
{topic} the problem in a few words, {first} a colleague, {day} a weekday, {agent}.
"""

from __future__ import annotations

T = dict[str, list[str]]

BRAND = "Mensaro"
CLUB = "Mensaro Club"
PRO = "Mensaro Eventi"
COMPETITORS = ("Tavolux", "Copparia")
LANGS = ("it", "pt", "en", "fr", "de", "es")

PRODUCTS = (
    ("Wine glasses, 48 / Calici da vino, 48", "64.00"),
    ("Dinner plates, 60 / Piatti piani, 60", "48.00"),
    ("Folding table 180 cm / Tavolo pieghevole 180 cm", "22.00"),
    ("Chiavari chairs, 20 / Sedie Chiavari, 20", "110.00"),
    ("Linen tablecloths, 6 / Tovaglie di lino, 6", "39.00"),
    ("Cutlery set, 40 / Set posate, 40", "35.00"),
    ("Garden marquee 3x6 m / Gazebo 3x6 m", "149.00"),
    ("Chafing dishes, 4 / Scaldavivande, 4", "56.00"),
    ("Bar counter with fridge / Bancone bar con frigo", "189.00"),
    ("Chocolate fountain / Fontana di cioccolato", "79.00"),
)

PAGES = ("/catalogo", "/club", "/party-builder", "/my-orders", "/delivery-slots", "/faq/returns")

PRAISE: T = {
    "it": [
        "Festa dei 50 anni di mia madre: calici perfetti, tovaglie stirate, ritiro puntuale. Grazie {b}!",
        "Matrimonio in giardino con 80 sedie e il gazebo di {b}, tutto montato in un'ora. Spettacolo",
        "Battesimo di Giulia riuscitissimo, piatti e posate arrivati lucidi. {b} sempre top",
    ],
    "pt": [
        "Jantar de Natal para 30 pessoas e nem um copo partido. Obrigada {b}, salvaram-me!",
        "Aniversário do meu pai com as mesas e as cadeiras da {b}, entrega às 9h em ponto. Impecável",
        "Os pratos e os talheres vieram limpinhos, e a recolha foi rápida. Recomendo a {b}",
    ],
    "en": [
        "Garden party for 40 sorted thanks to {b}: glasses spotless, chairs on time, collection bang on the slot"
    ],
    "fr": [
        "Anniversaire de mariage de mes parents : vaisselle impeccable, livreur adorable. Merci {b} !"
    ],
    "de": [
        "Gartenfest mit 60 Leuten, Geschirr und Bierbänke von {b} pünktlich da und blitzsauber. Top!"
    ],
    "es": [
        "Comunión de mi hija con las mesas y la vajilla de {b}: todo perfecto y recogido a la hora. Gracias!"
    ],
}

AGAIN: T = {
    "it": [
        "Terza volta che noleggio da {b} quest'anno e ancora una volta tutto perfetto",
        "Di nuovo il fattorino gentilissimo di {b}, ci ha pure aiutato a montare i tavoli",
    ],
    "pt": [
        "Terceira vez este ano com a {b} e continua tudo impecável",
        "Outra vez o mesmo estafeta simpático, já é da família lol",
    ],
    "en": ["Third time this year with {b} and still not a single chipped plate"],
    "fr": ["Encore une fois parfait, troisième fête avec {b} et toujours aussi simple"],
    "de": ["Schon wieder alles perfekt, dritte Feier mit {b} und immer noch begeistert"],
    "es": ["Tercera vez este año con {b} y otra vez todo perfecto"],
}

GRIPE_PRAISE: T = {
    "it": [
        "Tutto ottimo, solo le sedie erano un po' polverose. Per il resto rinoleggio volentieri",
        "Servizio bellissimo, peccato che la fascia oraria di consegna sia di quattro ore",
    ],
    "pt": [
        "Correu tudo bem, só a caixa dos copos vinha meio rasgada. De resto cinco estrelas",
        "Muito satisfeita, apenas a app demora a carregar o catálogo. Volto a alugar",
    ],
    "en": ["Lovely kit and friendly driver, only wish the tablecloths came in more colours"],
    "fr": ["Très bien dans l'ensemble, juste le créneau de livraison un peu large"],
    "de": ["Sehr gut, nur die Anleitung für den Pavillon gibt es nur als PDF. Sonst gerne wieder"],
    "es": ["Todo genial, solo que las sillas venían un poco polvorientas. Repetiré"],
}

REVIEW: T = {
    "it": [
        "Noleggio semplice, piatti eleganti e ritiro senza storie",
        "Cinque stelle: consegna puntuale e bicchieri splendidi",
    ],
    "pt": [
        "Serviço rápido e material impecável",
        "Cinco estrelas, a app é fácil e a entrega pontual",
    ],
    "en": ["Easy booking, beautiful glassware, no fuss on return"],
    "fr": ["Location facile, vaisselle élégante, retour sans souci"],
    "de": ["Einfache Buchung, schönes Geschirr, Rückgabe ohne Stress"],
    "es": ["Reserva facil, vajilla preciosa y recogida sin lios"],
}

QUESTION: T = {
    "it": [
        "Ciao, posso aggiungere 10 calici all'ordine di sabato?",
        "Buongiorno, i piatti vanno restituiti lavati o basta sciacquarli?",
        "Il gazebo si può montare anche su prato in pendenza?",
    ],
    "pt": [
        "Olá, posso mudar a entrega de sexta para sábado de manhã?",
        "Boa tarde, os copos têm de ir lavados na devolução?",
        "A mesa de 180 cm dá para quantas pessoas?",
    ],
    "en": ["Hi, can I add 20 more forks to Saturday's order?"],
    "fr": ["Bonjour, est-ce qu'on peut rendre la vaisselle sale ?"],
    "de": ["Hallo, kann ich die Lieferung auf Samstagvormittag verschieben?"],
    "es": ["Hola, ¿puedo añadir diez copas más al pedido del sábado?"],
}

ANSWER: T = {
    "it": ["Certo! Fatto, trova la modifica nell'app. Buona festa, {agent} di {b}"],
    "pt": ["Claro, já está feito, vê a alteração na app. Boa festa! {agent}, {b}"],
    "en": ["Done! You'll see the change in the app. Enjoy the party, {agent} at {b}"],
    "fr": ["C'est fait, vous verrez la modification dans l'appli. Bonne fête ! {agent}, {b}"],
    "de": ["Erledigt, die Änderung sehen Sie in der App. Schöne Feier! {agent} von {b}"],
    "es": ["¡Hecho! Verás el cambio en la app. Que vaya genial la fiesta, {agent} de {b}"],
}

THANKS: T = {
    "it": ["grazie mille, gentilissimi", "grz, siete dei grandi"],
    "pt": ["obg, são uns cracks", "muito obrigado, top"],
    "en": ["cheers, legends"],
    "fr": ["merci, trop sympa"],
    "de": ["danke, ihr seid klasse"],
    "es": ["gracias, sois unos cracks"],
}

CALL_Q: T = {
    "it": [
        "salve volevo sapere se il gazebo arriva già montato o se lo montiamo noi",
        "buongiorno chiamo per sapere a che ora passa il ritiro domani",
    ],
    "pt": [
        "olá queria saber se a entrega pode ser antes das nove",
        "boa tarde é para confirmar a recolha das mesas amanhã",
    ],
    "en": ["hi just calling to check if the marquee comes with pegs for grass"],
    "fr": ["bonjour je voulais savoir si la livraison peut se faire avant midi samedi"],
    "de": ["hallo ich wollte fragen ob die Bierbänke auch einzeln gehen"],
    "es": ["hola queria saber si la recogida puede ser el domingo por la tarde"],
}

CALL_FOLLOWUP: T = {
    "it": ["Come da telefonata: confermato, passiamo domani tra le 9 e le 11. {agent}, {b}"],
    "pt": [
        "Como falámos ao telefone: confirmado, passamos amanhã entre as 9h e as 11h. {agent}, {b}"
    ],
    "en": [
        "As discussed on the phone: confirmed, we'll be there tomorrow between 9 and 11. {agent}, {b}"
    ],
    "fr": ["Comme convenu au téléphone : confirmé, passage demain entre 9h et 11h. {agent}, {b}"],
    "de": [
        "Wie am Telefon besprochen: bestätigt, wir kommen morgen zwischen 9 und 11 Uhr. {agent}, {b}"
    ],
    "es": [
        "Como hablamos por teléfono: confirmado, pasamos mañana entre las 9 y las 11. {agent}, {b}"
    ],
}

NIGHT_POST: T = {
    "it": [
        "Sono le 2 e sto ancora piegando tovaglie dopo la festa. Però che serata, grazie {b}",
        "Turno di notte in ospedale e intanto prenoto i tavoli per la cresima su {b}",
    ],
    "pt": [
        "3 da manhã, a lavar copos depois da festa e ainda a rir. Valeu {b}",
        "Insónia e a escolher toalhas para o casamento da minha irmã na app da {b}",
    ],
    "en": ["2am, last guest gone, stacking {b} chairs in the hall. Worth it"],
    "fr": ["Il est 2h, on range les tables après la fête. Soirée géniale, merci {b}"],
    "de": ["2 Uhr nachts, letzter Gast weg, Gläser von {b} gespült. War ein Traum"],
    "es": ["Las 3 de la mañana recogiendo mesas de {b} tras la fiesta. Mereció la pena"],
}

NIGHT_Q: T = {
    "it": [
        "ciao, scusate l'ora: i bicchieri li posso lasciare fuori dalla porta per il ritiro?",
        "a che ora inizia la consegna di sabato mattina?",
    ],
    "pt": [
        "olá, desculpem a hora: posso deixar as caixas na portaria para a recolha?",
        "a entrega de amanhã começa a que horas?",
    ],
    "en": ["sorry it's late, can I leave the crates by the door for collection?"],
    "fr": ["désolé pour l'heure, je peux laisser les caisses devant la porte ?"],
    "de": ["sorry für die Uhrzeit, kann ich die Kisten vor die Tür stellen?"],
    "es": ["perdón por la hora, ¿puedo dejar las cajas en la portería para la recogida?"],
}

NIGHT_A: T = {
    "it": ["Buongiorno! Sì, basta che siano chiuse e al riparo. {agent}, {b}"],
    "pt": ["Bom dia! Sim, desde que as caixas estejam fechadas. {agent}, {b}"],
    "en": ["Morning! Yes, as long as the crates are closed and out of the rain. {agent}, {b}"],
    "fr": ["Bonjour ! Oui, tant que les caisses sont fermées et à l'abri. {agent}, {b}"],
    "de": ["Guten Morgen! Ja, solange die Kisten zu und trocken sind. {agent}, {b}"],
    "es": ["¡Buenos días! Sí, mientras las cajas estén cerradas. {agent}, {b}"],
}

SURVEY_WORD: T = {
    "it": ["perfetto", "👍", "consegna puntualissima", ""],
    "pt": ["top", "🙂", "tudo certo", ""],
    "en": ["spot on", ""],
    "fr": ["parfait", ""],
    "de": ["super", ""],
    "es": ["genial", ""],
}

# The six consumer problems: (subject topic, what happened).
PROBLEMS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "no_show": {
        "it": [
            (
                "consegna mai arrivata",
                "l'ordine risulta CONSEGNATO alle 10:12 ma a casa non è arrivato niente, 40 invitati e nessun piatto",
            )
        ],
        "pt": [
            (
                "entrega que nunca chegou",
                "a app diz ENTREGUE às 10h12 mas não chegou nada, 40 convidados e nem um prato",
            )
        ],
        "en": [
            (
                "delivery never came",
                "the app says DELIVERED at 10:12 but nothing came, 40 guests and not one plate",
            )
        ],
        "fr": [
            (
                "livraison jamais arrivée",
                "l'appli dit LIVRÉ à 10h12 mais rien n'est arrivé, 40 invités et pas une assiette",
            )
        ],
        "de": [
            (
                "Lieferung nie angekommen",
                "in der App steht GELIEFERT um 10:12, aber nichts ist da, 40 Gäste und kein einziger Teller",
            )
        ],
        "es": [
            (
                "entrega que nunca llegó",
                "la app pone ENTREGADO a las 10:12 y no ha llegado nada, 40 invitados y ni un plato",
            )
        ],
    },
    "broken": {
        "it": [
            (
                "bicchieri rotti",
                "su 48 calici 11 erano rotti o scheggiati, e ora mi addebitate pure la rottura",
            )
        ],
        "pt": [
            (
                "copos partidos",
                "dos 48 copos vieram 11 partidos ou lascados e agora ainda me cobram a quebra",
            )
        ],
        "en": [
            (
                "broken glasses",
                "11 of the 48 wine glasses arrived broken or chipped and now you charge ME for breakage",
            )
        ],
        "fr": [
            (
                "verres cassés",
                "11 verres sur 48 sont arrivés cassés ou ébréchés et vous me facturez la casse",
            )
        ],
        "de": [
            (
                "kaputte Gläser",
                "von 48 Weingläsern kamen 11 kaputt oder angeschlagen an und jetzt soll ICH den Bruch zahlen",
            )
        ],
        "es": [
            (
                "copas rotas",
                "de 48 copas llegaron 11 rotas o desportilladas y encima me cobráis la rotura",
            )
        ],
    },
    "deposit": {
        "it": [
            (
                "cauzione non restituita",
                "la cauzione di 150 euro è ancora bloccata dopo TRE settimane dal ritiro",
            )
        ],
        "pt": [
            (
                "caução não devolvida",
                "a caução de 150 euros continua retida TRÊS semanas depois da recolha",
            )
        ],
        "en": [
            (
                "deposit not returned",
                "the 150 pound deposit is still held THREE weeks after you collected everything",
            )
        ],
        "fr": [
            (
                "caution non rendue",
                "la caution de 150 euros est toujours bloquée TROIS semaines après la reprise",
            )
        ],
        "de": [
            (
                "Kaution nicht zurück",
                "die Kaution von 150 Euro ist DREI Wochen nach der Abholung immer noch blockiert",
            )
        ],
        "es": [
            (
                "fianza sin devolver",
                "la fianza de 150 euros sigue retenida TRES semanas después de la recogida",
            )
        ],
    },
    "missing_fee": {
        "it": [
            (
                "addebito posate mancanti",
                "mi avete addebitato 36 euro per 12 forchette mancanti che non ci avete MAI consegnato",
            )
        ],
        "pt": [
            (
                "cobrança de talheres em falta",
                "cobraram-me 36 euros por 12 garfos em falta que NUNCA chegaram a entregar",
            )
        ],
        "en": [
            (
                "charged for missing cutlery",
                "you charged me 36 pounds for 12 missing forks you NEVER delivered in the first place",
            )
        ],
        "fr": [
            (
                "facturation couverts manquants",
                "vous m'avez facturé 36 euros pour 12 fourchettes manquantes jamais livrées",
            )
        ],
        "de": [
            (
                "Gebühr für fehlendes Besteck",
                "Sie haben mir 36 Euro für 12 fehlende Gabeln berechnet, die NIE geliefert wurden",
            )
        ],
        "es": [
            (
                "cobro por cubiertos que faltan",
                "me habéis cobrado 36 euros por 12 tenedores que faltan y que NUNCA entregasteis",
            )
        ],
    },
    "wrong_price": {
        "it": [
            (
                "prezzo non da socio",
                "sono socia {club} e mi avete fatto pagare la tariffa piena, 42 euro in più",
            )
        ],
        "pt": [
            (
                "preço sem desconto de sócio",
                "sou sócio do {club} e cobraram-me o preço normal, mais 42 euros",
            )
        ],
        "en": [
            (
                "member price not applied",
                "I'm a {club} member and got charged the full rate, 42 pounds more",
            )
        ],
        "fr": [
            (
                "tarif membre non appliqué",
                "je suis membre {club} et j'ai payé le plein tarif, 42 euros de plus",
            )
        ],
        "de": [
            (
                "kein Mitgliederpreis",
                "ich bin {club}-Mitglied und habe den vollen Preis bezahlt, 42 Euro mehr",
            )
        ],
        "es": [
            (
                "sin precio de socio",
                "soy socia del {club} y me habéis cobrado la tarifa normal, 42 euros más",
            )
        ],
    },
    "wrong_items": {
        "it": [
            (
                "articoli sbagliati",
                "avevo ordinato tovaglie avorio per 8 tavoli tondi e sono arrivate tovaglie bianche rettangolari",
            )
        ],
        "pt": [
            (
                "artigos errados",
                "pedi toalhas marfim para mesas redondas e chegaram toalhas brancas retangulares",
            )
        ],
        "en": [
            (
                "wrong items",
                "I ordered ivory cloths for 8 round tables and got white rectangular ones",
            )
        ],
        "fr": [
            (
                "mauvais articles",
                "j'avais commandé des nappes ivoire rondes et j'ai reçu des nappes blanches rectangulaires",
            )
        ],
        "de": [
            (
                "falsche Artikel",
                "bestellt waren elfenbeinfarbene runde Tischdecken, gekommen sind weiße eckige",
            )
        ],
        "es": [
            (
                "artículos equivocados",
                "pedí manteles marfil para mesas redondas y llegaron manteles blancos rectangulares",
            )
        ],
    },
}

SUBJ_COMPLAINT: T = {
    "it": ["Reclamo: {topic}"],
    "pt": ["Reclamação: {topic}"],
    "en": ["Complaint: {topic}"],
    "fr": ["Réclamation : {topic}"],
    "de": ["Beschwerde: {topic}"],
    "es": ["Reclamación: {topic}"],
}

SUBJ_CASE: T = {
    "it": ["R: Segnalazione {case}"],
    "pt": ["RE: Pedido {case}"],
    "en": ["Re: Your case {case}"],
    "fr": ["RE : Demande {case}"],
    "de": ["AW: Vorgang {case}"],
    "es": ["RE: Incidencia {case}"],
}

COMPLAIN_SHORT: T = {
    "it": [
        "Buongiorno, {what}. Voglio una soluzione OGGI.",
        "Scusate ma è assurdo: {what}. Chi mi risponde?",
    ],
    "pt": [
        "Bom dia, {what}. Quero uma solução HOJE.",
        "Isto não pode ser: {what}. Alguém me responde?",
    ],
    "en": ["Hello, {what}. I want this sorted TODAY."],
    "fr": ["Bonjour, {what}. Je veux une solution AUJOURD'HUI."],
    "de": ["Guten Tag, {what}. Ich erwarte HEUTE eine Lösung."],
    "es": ["Hola, {what}. Quiero una solución HOY."],
}

COMPLAIN_LONG: T = {
    "it": [
        "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del pediatra, con il piccolo in braccio, perché stasera non avrò un minuto. Sabato abbiamo festeggiato i novant'anni di mia nonna in cortile, con tutta la famiglia venuta dalla Puglia. Avevo prenotato da voi mesi fa e mi fidavo. Invece: {what}. Mia zia ha dovuto correre al supermercato a comprare piatti di plastica, e la nonna ci è rimasta male.\n\nNoleggio da voi da anni e sono sempre stata contenta, ma così non va. Chiedo un rimborso e una spiegazione.\n\nCordiali saluti,\n{name}",
        "Buonasera,\n\nscrivo dal treno di ritorno da Milano, dopo una settimana di trasferte. Domenica c'era la comunione di mio figlio e avevo organizzato tutto con {b}, tavoli, sedie, piatti. Non voglio farla lunga ma {what}. Ho passato la mattinata al telefono invece di stare con gli ospiti.\n\nAttendo una risposta seria.\n\n{name}",
    ],
    "pt": [
        "Boa tarde,\n\nescrevo do carro, à porta do ginásio onde a minha filha treina, porque em casa não tenho sossego com as obras da cozinha. No sábado fizemos o batizado do meu sobrinho no quintal da minha mãe, com família vinda de França. Tinha tudo reservado convosco há dois meses. Pois bem: {what}. A minha mãe ficou em lágrimas.\n\nSou cliente há anos e nunca me tinha queixado, mas isto não se faz. Peço o reembolso e uma explicação.\n\nCumprimentos,\n{name}",
        "Exmos. Senhores,\n\naproveito a pausa do almoço no escritório para vos escrever. No domingo celebrámos as bodas de ouro dos meus pais e contratei a {b} para as mesas, cadeiras e a loiça. Resumindo: {what}. Passei a festa a pedir desculpa aos convidados.\n\nAguardo resposta.\n\n{name}",
    ],
    "en": [
        "Dear Mensaro team,\n\nI'm writing from the hospital car park while my dad has his check-up, so forgive the typos. On Saturday we had my daughter's christening lunch at home, thirty people, family over from Cork. I booked everything with you in June. And then {what}. My sister-in-law drove round three shops for paper plates.\n\nI've always recommended you, which makes this worse. I'd like a refund and an explanation.\n\nKind regards,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du garage, ma voiture est en révision. Samedi nous avons fêté les 60 ans de mon mari dans le jardin, avec ses collègues et toute la famille. J'avais tout réservé chez vous en juillet. Et voilà : {what}. J'ai passé l'après-midi au téléphone au lieu de profiter.\n\nCliente depuis des années, je suis très déçue. Je demande un remboursement.\n\nCordialement,\n{name}"
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus der Mittagspause, weil ich abends mit dem Umzug meiner Schwiegermutter beschäftigt bin. Am Samstag haben wir die Konfirmation unseres Sohnes im Garten gefeiert, 35 Gäste. Ich hatte alles im Juli bei Ihnen gebucht. Und dann: {what}. Mein Schwager musste Pappteller an der Tankstelle kaufen.\n\nIch habe Sie immer weiterempfohlen. Ich erwarte eine Erstattung und eine Erklärung.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "es": [
        "Buenas tardes,\n\nos escribo desde la puerta del colegio mientras espero a los mellizos, porque en casa con la reforma del baño no hay manera. El sábado celebramos la jubilación de mi padre en el patio, con cuarenta personas. Lo reservé todo con vosotros en junio. Y resulta que {what}. Mi cuñado acabó comprando platos de plástico en la gasolinera.\n\nSiempre os he recomendado. Pido un reembolso y una explicación.\n\nUn saludo,\n{name}"
    ],
}

COMPLAIN_SOCIAL: T = {
    "it": ["@{b} {what}. COMPLIMENTI 👎", "Ma @{b} vi sembra normale? {what}"],
    "pt": ["@{b} {what}. PARABÉNS 👎", "A sério @{b}? {what}"],
    "en": ["@{b} {what}. Brilliant. 👎"],
    "fr": ["@{b} {what}. Bravo 👎"],
    "de": ["@{b} {what}. Danke für nichts 👎"],
    "es": ["@{b} {what}. Enhorabuena 👎"],
}

CASE_OPENED: T = {
    "it": [
        "Ci dispiace davvero. Abbiamo aperto la segnalazione {case} e la ricontattiamo entro domani. {agent}, {b}"
    ],
    "pt": [
        "Lamentamos muito. Abrimos o pedido {case} e voltamos a contactar até amanhã. {agent}, {b}"
    ],
    "en": [
        "We're really sorry. We've opened case {case} and will get back to you by tomorrow. {agent}, {b}"
    ],
    "fr": [
        "Nous sommes vraiment désolés. Nous avons ouvert la demande {case} et revenons vers vous d'ici demain. {agent}, {b}"
    ],
    "de": [
        "Das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns bis morgen. {agent}, {b}"
    ],
    "es": [
        "Lo sentimos mucho. Hemos abierto la incidencia {case} y te contestamos antes de mañana. {agent}, {b}"
    ],
}

GOOD_NEWS: T = {
    "it": [
        "Buone notizie sulla segnalazione {case}: abbiamo sistemato tutto e rimborsato l'importo. Ci conferma che è tutto ok? {agent}, {b}"
    ],
    "pt": [
        "Boas notícias sobre o pedido {case}: está resolvido e o valor foi reembolsado. Pode confirmar que está tudo bem? {agent}, {b}"
    ],
    "en": [
        "Good news on case {case}: it's sorted and the amount refunded. Could you confirm all is well? {agent}, {b}"
    ],
    "fr": [
        "Bonne nouvelle pour la demande {case} : c'est réglé et le montant remboursé. Pouvez-vous confirmer ? {agent}, {b}"
    ],
    "de": [
        "Gute Nachrichten zu Vorgang {case}: erledigt und der Betrag erstattet. Können Sie das bestätigen? {agent}, {b}"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {case}: resuelto y reembolsado. ¿Nos confirmas que todo está bien? {agent}, {b}"
    ],
}

CONFIRM: T = {
    "it": [
        "Confermo, segnalazione {case} risolta, rimborso arrivato. Grazie",
        "tutto ok per la {case}, grazie della pazienza",
    ],
    "pt": [
        "Confirmo, pedido {case} resolvido e reembolso recebido. Obrigada",
        "tudo certo com o {case}, obg",
    ],
    "en": ["Confirmed, case {case} sorted and refund in. Thanks"],
    "fr": ["Je confirme, demande {case} réglée, remboursement reçu. Merci"],
    "de": ["Bestätigt, Vorgang {case} erledigt, Geld ist da. Danke"],
    "es": ["Confirmado, incidencia {case} resuelta y reembolso recibido. Gracias"],
}

APOLOGY: T = {
    "it": [
        "Scusate per il tono di ieri, ero sotto stress con la festa. Grazie di aver risolto",
        "ieri ho esagerato, scusate. la segnalazione è a posto",
    ],
    "pt": [
        "Peço desculpa pelo tom de ontem, estava nervosa com a festa. Obrigada por resolverem",
        "ontem passei-me, desculpem. já está tudo bem",
    ],
    "en": ["Sorry for yesterday's rant, party stress. Thanks for fixing it"],
    "fr": ["Désolée pour mon ton hier, le stress de la fête. Merci d'avoir réglé ça"],
    "de": ["Sorry für meinen Ton gestern, Feierstress. Danke fürs Lösen"],
    "es": [
        "Perdón por el tono de ayer, estaba con los nervios de la fiesta. Gracias por solucionarlo"
    ],
}

LOW_CSAT_WORD: T = {
    "it": ["pessimo", ""],
    "pt": ["mau", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "de": ["schlecht", ""],
    "es": ["fatal", ""],
}

QUALITY_LEAD: T = {
    "it": [
        "La segnalazione {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}, {b}"
    ],
    "pt": [
        "O pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço. {agent}, {b}"
    ],
    "en": [
        "Case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}, {b}"
    ],
    "fr": [
        "La demande {case} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi. {agent}, {b}"
    ],
    "de": [
        "Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}, {b}"
    ],
    "es": [
        "La incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}, {b}"
    ],
}

STILL_OPEN: T = {
    "it": [
        "Segnalazione {case}: ancora niente. {what}, e nessuno mi ha richiamato",
        "vi riscrivo per la {case}, è ancora tutto aperto: {what}",
    ],
    "pt": [
        "Pedido {case}: ainda nada. {what}, e ninguém me ligou",
        "volto a escrever sobre o {case}, continua tudo por resolver: {what}",
    ],
    "en": ["Case {case}: still nothing. {what}, and nobody has called back"],
    "fr": ["Demande {case} : toujours rien. {what}, et personne ne m'a rappelé"],
    "de": ["Vorgang {case}: immer noch nichts. {what}, und niemand hat sich gemeldet"],
    "es": ["Incidencia {case}: sigue sin resolver. {what}, y nadie me ha llamado"],
}

THIRD: T = {
    "it": [
        "Terzo messaggio per la {case}. Una mia collega noleggia da {comp} e queste cose le risolvono in giornata."
    ],
    "pt": [
        "Terceira mensagem sobre o {case}. Uma colega aluga na {comp} e lá resolvem isto no mesmo dia."
    ],
    "en": [
        "Third message about {case}. A colleague hires from {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième message pour {case}. J'ai regardé les prix chez {comp}, je me pose des questions."
    ],
    "de": ["Dritte Nachricht zu {case}. Ich habe mir angeschaut, was {comp} verlangt."],
    "es": [
        "Tercer mensaje por la {case}. Una compañera alquila en {comp} y allí lo arreglan en el día."
    ],
}

FOURTH: T = {
    "it": ["QUARTA volta che scrivo per la {case}. Ancora aperta. Basta."],
    "pt": ["É a QUARTA vez que escrevo sobre o {case}. Continua aberto. Chega."],
    "en": ["FOURTH time writing about {case}. Still open. Enough."],
    "fr": ["QUATRIÈME fois que j'écris pour {case}. Toujours ouvert. Ça suffit."],
    "de": ["Zum VIERTEN Mal wegen {case}. Immer noch offen. Jetzt reicht's."],
    "es": ["CUARTA vez que escribo por la {case}. Sigue abierta. Ya está bien."],
}

CHAT_URGENT: T = {
    "it": [
        "Ho aggiunto il suo messaggio alla segnalazione {case} e l'ho segnata come urgente. {agent}"
    ],
    "pt": ["Acrescentei a sua mensagem ao pedido {case} e marquei-o como urgente. {agent}"],
    "en": ["I've added this to case {case} and marked it urgent. {agent}"],
    "fr": ["J'ai ajouté votre message à la demande {case}, marquée urgente. {agent}"],
    "de": ["Ich habe das zu Vorgang {case} gelegt und als dringend markiert. {agent}"],
    "es": ["He añadido tu mensaje a la incidencia {case} y la he marcado como urgente. {agent}"],
}

# Six steps of a slow slide; the last names a competitor.
SLIDE: dict[str, list[list[str]]] = {
    "it": [
        [
            "Consegna arrivata con due ore di ritardo e nessuna chiamata. Peccato, {b} di solito è puntuale",
            "Tovaglie con macchie di vino del cliente prima. Non era mai successo",
            "Adesso per il ritiro vogliono le foto di ogni cassa. Ma dai",
            "Cauzione raddoppiata e una settimana per sbloccarla. Sempre peggio",
            "25 euro di 'lavaggio extra' per piatti restituiti puliti, con le foto dell'app stessa. Vergognoso",
            "Mia cognata noleggia da {comp}, per la festa di sabato ho prenotato lì",
        ],
        [
            "Fascia di consegna spostata senza avviso, ho aspettato tutta la mattina",
            "Metà delle sedie traballanti, mai visto da {b}",
            "Ora serve la foto di ogni bicchiere alla restituzione, assurdo",
            "La cauzione è il doppio di prima e ci mettono giorni a ridarla",
            "Mi addebitano 25 euro di lavaggio per bicchieri lucidi. Basta",
            "Ho provato {comp} per il compleanno di mio figlio, altro mondo",
        ],
    ],
    "pt": [
        [
            "Entrega com duas horas de atraso e sem aviso. Costumava ser pontual a {b}",
            "Toalhas com nódoas de vinho do cliente anterior. Nunca tinha acontecido",
            "Agora para a recolha querem fotos de cada caixa. A sério?",
            "Caução a dobrar e uma semana para a libertar. Cada vez pior",
            "25 euros de 'lavagem extra' por pratos devolvidos limpos, com as fotos da própria app. Uma vergonha",
            "A minha cunhada aluga na {comp}, para a festa de sábado reservei lá",
        ],
        [
            "Mudaram a hora de entrega sem avisar, esperei a manhã toda",
            "Metade das cadeiras a abanar, nunca tinha visto isto na {b}",
            "Agora exigem foto de cada copo na devolução, ridículo",
            "A caução duplicou e demoram dias a devolver",
            "Cobraram 25 euros de lavagem por copos a brilhar. Chega",
            "Experimentei a {comp} para o aniversário do meu filho, outra coisa",
        ],
    ],
    "en": [
        [
            "Delivery two hours late and no call. Not like {b}",
            "Tablecloths with the last customer's wine stains. First time ever",
            "Now they want a photo of every crate at collection. Really?",
            "Deposit doubled and a week to release it. Getting worse",
            "£20 'extra washing' for plates returned clean, with the app's own photos. Shameful",
            "My sister-in-law hires from {comp}, I've booked Saturday's party there",
        ]
    ],
    "fr": [
        [
            "Livraison avec deux heures de retard et pas d'appel. Pas le genre de {b}",
            "Nappes avec les taches de vin du client d'avant. Une première",
            "Maintenant il faut une photo de chaque caisse au retour. Sérieux ?",
            "Caution doublée et une semaine pour la débloquer. De pire en pire",
            "25 euros de 'lavage supplémentaire' pour des assiettes rendues propres, photos de l'appli à l'appui. Honteux",
            "Ma belle-sœur loue chez {comp}, j'ai réservé là-bas pour samedi",
        ]
    ],
    "de": [
        [
            "Lieferung zwei Stunden zu spät, kein Anruf. Kennt man von {b} nicht",
            "Tischdecken mit Weinflecken vom Vorkunden. Zum ersten Mal",
            "Jetzt wollen sie bei der Abholung ein Foto von jeder Kiste. Ernsthaft?",
            "Kaution verdoppelt und eine Woche bis zur Freigabe. Wird immer schlimmer",
            "25 Euro 'Zusatzreinigung' für sauber zurückgegebene Teller, mit den Fotos aus der eigenen App. Frechheit",
            "Meine Schwägerin mietet bei {comp}, ich habe für Samstag dort gebucht",
        ]
    ],
    "es": [
        [
            "Entrega con dos horas de retraso y sin llamar. No es propio de {b}",
            "Manteles con manchas de vino del cliente anterior. Primera vez",
            "Ahora quieren una foto de cada caja en la recogida. ¿En serio?",
            "Fianza doblada y una semana para liberarla. Cada vez peor",
            "25 euros de 'lavado extra' por platos devueltos limpios, con las fotos de su propia app. Vergonzoso",
            "Mi cuñada alquila en {comp}, he reservado allí la fiesta del sábado",
        ]
    ],
}

CANCEL: T = {
    "it": [
        "Buongiorno, ci trasferiamo in un monolocale in centro e di feste in casa non ne faremo più. Vorrei disdire il {club} e chiudere l'account. Grazie di tutto",
        "Salve, ormai abbiamo comprato piatti e bicchieri nostri per le feste. Per favore disdite il mio {club} e chiudete l'account",
    ],
    "pt": [
        "Bom dia, vamos mudar para um T1 sem quintal e já não faremos festas em casa. Quero cancelar o {club} e fechar a conta. Obrigada por tudo",
        "Olá, compramos a nossa própria loiça para as festas. Por favor cancelem o meu {club} e fechem a conta",
    ],
    "en": [
        "Hi, we've bought our own party kit now the kids are older. Please cancel my {club} membership and close the account"
    ],
    "fr": [
        "Bonjour, nous déménageons dans un petit appartement. Merci de résilier mon {club} et de fermer mon compte"
    ],
    "de": [
        "Hallo, wir ziehen in eine kleine Wohnung ohne Garten. Bitte kündigen Sie meinen {club} und schließen Sie das Konto"
    ],
    "es": [
        "Hola, nos mudamos a un piso pequeño sin terraza. Por favor dad de baja mi {club} y cerrad la cuenta"
    ],
}

SORRY_GO: T = {
    "it": [
        "Ci dispiace vederla andare via. Può disdire il {club} da sola nell'app o sul sito, in Profilo > Abbonamento. {agent}, {b}"
    ],
    "pt": [
        "Temos pena de o ver partir. Pode cancelar o {club} na app ou no site, em Perfil > Subscrição. {agent}, {b}"
    ],
    "en": [
        "Sorry to see you go. You can cancel {club} yourself in the app or on the website, under Profile > Membership. {agent}, {b}"
    ],
    "fr": [
        "Dommage de vous voir partir. Vous pouvez résilier {club} dans l'appli ou sur le site, Profil > Abonnement. {agent}, {b}"
    ],
    "de": [
        "Schade, dass Sie gehen. Sie können {club} selbst in der App oder auf der Website kündigen, unter Profil > Mitgliedschaft. {agent}, {b}"
    ],
    "es": [
        "Sentimos que te vayas. Puedes dar de baja {club} tú mismo en la app o en la web, en Perfil > Suscripción. {agent}, {b}"
    ],
}

GRUMBLE: T = {
    "it": [
        "L'app mi slogga ogni volta che apro il catalogo",
        "L'sms 'ritiro tra 2 ore' alle 6 di mattina anche no",
        "Fascia di consegna di quattro ore, come sempre",
        "Le casse dei bicchieri hanno le chiusure rotte",
        "Il parcheggio del magazzino è un incubo",
    ],
    "pt": [
        "A app faz logout sempre que abro o catálogo",
        "SMS 'recolha daqui a 2 horas' às 6 da manhã, obrigadinho",
        "Janela de entrega de quatro horas, como sempre",
        "As caixas dos copos têm os fechos partidos",
        "Mudam a hora de entrega sem avisar, outra vez",
    ],
    "en": [
        "App logs me out every single time",
        "4-hour delivery window again, lovely",
        "Crate latches broken again",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois",
        "Créneau de livraison de quatre heures, comme d'hab",
        "Encore des caisses aux fermetures cassées",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus",
        "Vier Stunden Lieferfenster, wie immer",
        "Kistenverschlüsse schon wieder kaputt",
    ],
    "es": [
        "La app me echa cada vez que entro",
        "Franja de entrega de cuatro horas, como siempre",
        "Otra vez las cajas con los cierres rotos",
    ],
}

SARCASM: T = {
    "it": [
        "Consegna 'express' alle 21:30, giusto in tempo per apparecchiare al buio 👏",
        "Gazebo arrivato con i coriandoli della festa prima, che pensiero gentile 😂",
    ],
    "pt": [
        "Entrega 'expresso' às 21h30, mesmo a tempo de pôr a mesa às escuras 👏",
        "As toalhas vieram com confettis da festa anterior, que simpatia 😂",
    ],
    "en": ["'Express' delivery at 9:30pm, just in time to lay the tables in the dark 👏"],
    "fr": ["Livraison 'express' à 21h30, pile pour dresser la table dans le noir 👏"],
    "de": ["'Express'-Lieferung um 21:30, genau richtig zum Tischdecken im Dunkeln 👏"],
    "es": ["Entrega 'exprés' a las 21:30, justo a tiempo para poner la mesa a oscuras 👏"],
}

MILD: T = {
    "it": [
        "La ricerca del magazzino mi mostra sempre Torino anche se sono a Bologna",
        "Le notifiche arrivano in inglese anche se l'app è in italiano",
    ],
    "pt": [
        "A pesquisa de armazém mostra sempre Lisboa e eu estou no Porto",
        "As notificações vêm em inglês apesar de a app estar em português",
    ],
    "en": ["The depot search keeps showing Leeds, I'm in Bristol"],
    "fr": ["Les notifications arrivent en anglais alors que l'appli est en français"],
    "de": ["Die Depotsuche zeigt immer Köln, ich wohne in Hamburg"],
    "es": ["Las notificaciones llegan en inglés aunque la app está en español"],
}

MILD_ANSWER: T = {
    "it": ["Grazie della segnalazione, lo passiamo al team dell'app. {agent}, {b}"],
    "pt": ["Obrigado pelo aviso, passamos à equipa da app. {agent}, {b}"],
    "en": ["Thanks for flagging, passing it to the app team. {agent}, {b}"],
    "fr": ["Merci du signalement, je transmets à l'équipe de l'appli. {agent}, {b}"],
    "de": ["Danke für den Hinweis, ich gebe es ans App-Team weiter. {agent}, {b}"],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app. {agent}, {b}"],
}

# The planted incident (topic_spike only).
SPIKE_CODE = "CRT-586"
SPIKE_REPORT: T = {
    "it": [
        "Ogni volta che premo paga il carrello si svuota, errore {code}. Come prenoto per sabato??",
        "app impazzita: arrivo al pagamento e il carrello torna VUOTO",
        "Carrello vuoto al momento del pagamento, tre volte di fila. Errore {code}",
    ],
    "pt": [
        "Sempre que carrego em pagar o carrinho fica vazio, erro {code}. Como é que reservo??",
        "a app está doida, chego ao pagamento e o carrinho volta a ficar VAZIO",
        "Carrinho esvaziado no pagamento, já tentei no site e igual. Erro {code}",
    ],
    "en": [
        "Basket empties itself the moment I hit pay, error {code}. Can't book anything",
        "every time i get to checkout the basket is EMPTY again",
    ],
    "fr": [
        "Le panier se vide au moment de payer, erreur {code}. Impossible de réserver",
        "à chaque paiement le panier redevient VIDE",
    ],
    "de": [
        "Warenkorb ist beim Bezahlen plötzlich leer, Fehler {code}. Buchen unmöglich",
        "jedes Mal beim Bezahlen ist der Warenkorb wieder LEER",
    ],
    "es": [
        "El carrito se vacía al pagar, error {code}. No hay manera de reservar",
        "cada vez que voy a pagar el carrito se queda VACÍO",
    ],
}

SPIKE_REPEAT: T = {
    "it": [
        "Ancora {code}, ho provato dal pc di mio marito e il carrello si svuota uguale",
        "scusate ancora io: carrello sempre vuoto al pagamento",
    ],
    "pt": [
        "Continua o {code}, tentei no telemóvel do meu marido e igual",
        "outra vez eu: o carrinho continua a esvaziar no pagamento",
    ],
    "en": ["Still {code}, tried on my husband's laptop, same thing"],
    "fr": ["Toujours {code}, même sur l'ordinateur de mon mari"],
    "de": ["Immer noch {code}, auch am Laptop meines Mannes"],
    "es": ["Sigue el {code}, probé en el portátil de mi marido y nada"],
}

SPIKE_CHAT_ANSWER: T = {
    "it": [
        "Sì, in questo momento i pagamenti svuotano il carrello per tutti, i tecnici ci stanno lavorando. {agent}"
    ],
    "pt": [
        "Sim, neste momento os pagamentos estão a esvaziar o carrinho a todos, a equipa técnica está a tratar. {agent}"
    ],
    "en": [
        "Yes, checkout is emptying baskets for everyone right now, our engineers are on it. {agent}"
    ],
    "fr": [
        "Oui, le paiement vide les paniers de tout le monde en ce moment, nos techniciens s'en occupent. {agent}"
    ],
    "de": [
        "Ja, beim Bezahlen leeren sich gerade bei allen die Warenkörbe, unsere Technik ist dran. {agent}"
    ],
    "es": [
        "Sí, ahora mismo el pago vacía el carrito a todo el mundo, los técnicos ya están en ello. {agent}"
    ],
}

SPIKE_FIXED: T = {
    "it": [
        "Il pagamento funziona di nuovo dalle {local}. Le abbiamo tenuto il carrello e aggiunto un credito di 10 € per il disagio. {agent}, {b}"
    ],
    "pt": [
        "Os pagamentos voltaram a funcionar desde as {local}. Guardámos o seu carrinho e juntámos 10 € de crédito. {agent}, {b}"
    ],
    "en": [
        "Checkout works again since {local}. We've kept your basket and added a £9 credit. {agent}, {b}"
    ],
    "fr": [
        "Le paiement fonctionne de nouveau depuis {local}. Panier conservé et 10 € de crédit ajoutés. {agent}, {b}"
    ],
    "de": [
        "Das Bezahlen funktioniert seit {local} wieder. Ihr Warenkorb ist gespeichert, 10 € Guthaben gutgeschrieben. {agent}, {b}"
    ],
    "es": [
        "El pago vuelve a funcionar desde las {local}. Hemos guardado tu carrito y añadido 10 € de crédito. {agent}, {b}"
    ],
}

LONE_Q: T = {
    "it": [
        "Ieri sera il carrello ci ha messo un po' a caricare i prezzi, poi è andato tutto bene. Domani posso prenotare tranquilla?"
    ],
    "pt": [
        "Ontem à noite o carrinho demorou a mostrar os preços, depois correu bem. Amanhã posso reservar à vontade?"
    ],
    "en": ["Last night the basket was slow to show prices, then fine. Will booking work tomorrow?"],
    "fr": [
        "Hier soir le panier a mis du temps à afficher les prix, puis ça a marché. Je peux réserver demain ?"
    ],
    "de": [
        "Gestern Abend hat der Warenkorb lange für die Preise gebraucht, dann ging es. Kann ich morgen buchen?"
    ],
    "es": [
        "Anoche el carrito tardó en cargar los precios, luego bien. ¿Mañana podré reservar sin problema?"
    ],
}

LONE_A: T = {
    "it": ["Sì, era solo lento per il traffico serale, funziona regolarmente. {agent}"],
    "pt": ["Sim, estava só lento com o tráfego da noite, funciona normalmente. {agent}"],
    "en": ["Yes, it was just slow with evening traffic, all working normally. {agent}"],
    "fr": ["Oui, c'était juste lent avec le trafic du soir, tout fonctionne. {agent}"],
    "de": ["Ja, das war nur abends langsam, alles läuft normal. {agent}"],
    "es": ["Sí, solo iba lento por el tráfico de la noche, funciona con normalidad. {agent}"],
}

AGENTS = ("Chiara", "Rui", "Marta", "Tom", "Léa", "Jonas", "Lucía", "Beatriz")

# The business arm (Mensaro Eventi): caterers, hotels, schools, firms on account.
B2B_PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "invoice": {
        "it": (
            "fatture senza ordine d'acquisto",
            "le fatture di {pro} escono ancora con la vecchia ragione sociale e senza numero d'ordine, l'amministrazione le rifiuta",
        ),
        "pt": (
            "faturas sem nota de encomenda",
            "as faturas da {pro} saem com a designação antiga e sem número de encomenda, a contabilidade devolve-as",
        ),
        "en": (
            "invoices without PO",
            "{pro} invoices still carry our old company name and no PO number, accounts payable rejects them",
        ),
        "fr": (
            "factures sans bon de commande",
            "les factures {pro} portent encore l'ancienne raison sociale et aucun numéro de commande, la compta les rejette",
        ),
        "de": (
            "Rechnungen ohne Bestellnummer",
            "die Rechnungen von {pro} tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab",
        ),
        "es": (
            "facturas sin pedido",
            "las facturas de {pro} siguen saliendo con la razón social antigua y sin número de pedido, contabilidad las rechaza",
        ),
    },
    "service_blocked": {
        "it": (
            "conto bloccato al magazzino",
            "al magazzino ci hanno rifiutato 200 sedie per il banchetto: 'conto bloccato', ma è tutto pagato",
        ),
        "pt": (
            "conta bloqueada no armazém",
            "no armazém recusaram-nos 200 cadeiras para o banquete: 'conta bloqueada', mas está tudo pago",
        ),
        "en": (
            "account on stop at the depot",
            "the depot refused us 200 chairs for a banquet, 'account on stop', though everything is paid",
        ),
        "fr": (
            "compte bloqué au dépôt",
            "le dépôt nous a refusé 200 chaises pour un banquet : 'compte bloqué', alors que tout est payé",
        ),
        "de": (
            "Konto im Depot gesperrt",
            "im Depot wurden uns 200 Stühle für ein Bankett verweigert, 'Konto gesperrt', obwohl alles bezahlt ist",
        ),
        "es": (
            "cuenta bloqueada en el almacén",
            "en el almacén nos negaron 200 sillas para un banquete: 'cuenta bloqueada', y está todo pagado",
        ),
    },
    "portal": {
        "it": (
            "portale senza noleggi aperti",
            "il portale non mostra nessun noleggio aperto, quindi non possiamo chiedere il ritiro e il noleggio continua a correre",
        ),
        "pt": (
            "portal sem alugueres abertos",
            "o portal não mostra alugueres abertos, não conseguimos pedir a recolha e a conta continua a correr",
        ),
        "en": (
            "portal shows no open hires",
            "the portal shows no open hires, so we can't request collection and the bill keeps running",
        ),
        "fr": (
            "portail sans locations ouvertes",
            "le portail n'affiche aucune location en cours, impossible de demander l'enlèvement et la facture court",
        ),
        "de": (
            "Portal zeigt keine offenen Mieten",
            "das Portal zeigt keine offenen Mieten, wir können keine Abholung anfordern und die Rechnung läuft weiter",
        ),
        "es": (
            "portal sin alquileres abiertos",
            "el portal no muestra alquileres abiertos, no podemos pedir la recogida y la factura sigue corriendo",
        ),
    },
    "overbilled": {
        "it": (
            "tariffa giornaliera invece di quella a contratto",
            "ci fatturate la tariffa giornaliera invece della tariffa settimanale del contratto, oltre 600 € di differenza",
        ),
        "pt": (
            "tarifa diária em vez da contratada",
            "estão a faturar a tarifa diária em vez da semanal do contrato, mais de 600 € de diferença",
        ),
        "en": (
            "day rate instead of contract rate",
            "you bill us the day rate instead of our contract weekly rate, over £500 difference",
        ),
        "fr": (
            "tarif journalier au lieu du contrat",
            "vous facturez le tarif journalier au lieu du tarif hebdomadaire du contrat, plus de 600 € d'écart",
        ),
        "de": (
            "Tagessatz statt Vertragssatz",
            "Sie berechnen den Tagessatz statt unseres vertraglichen Wochensatzes, über 600 € Unterschied",
        ),
        "es": (
            "tarifa diaria en vez de la del contrato",
            "nos facturáis la tarifa diaria en lugar de la semanal del contrato, más de 600 € de diferencia",
        ),
    },
}

B2B_FIRST: T = {
    "it": [
        "Buongiorno, scrivo per {company}: {what}. Chiediamo una correzione urgente.\n\n{name}, {title}",
        "Salve, {what}. Per {company} è un problema serio, attendo riscontro.\n\n{name}",
    ],
    "pt": [
        "Bom dia, escrevo em nome da {company}: {what}. Pedimos correção urgente.\n\n{name}, {title}",
        "Olá, {what}. Para a {company} isto é grave, aguardo resposta.\n\n{name}",
    ],
    "en": [
        "Hello, writing for {company}: {what}. Please correct this urgently.\n\n{name}, {title}"
    ],
    "fr": [
        "Bonjour, je vous écris pour {company} : {what}. Merci de corriger rapidement.\n\n{name}, {title}"
    ],
    "de": [
        "Guten Tag, ich schreibe für {company}: {what}. Bitte korrigieren Sie das dringend.\n\n{name}, {title}"
    ],
    "es": [
        "Buenos días, escribo de parte de {company}: {what}. Pedimos una corrección urgente.\n\n{name}, {title}"
    ],
}

B2B_LATER: T = {
    "it": [
        "Buongiorno, la mia collega {first} vi ha già scritto {day} (segnalazione {case}): {what}. Anche io ho lo stesso problema.\n\n{name}, {title}"
    ],
    "pt": [
        "Bom dia, a minha colega {first} já vos escreveu {day} (pedido {case}): {what}. Eu tenho o mesmo problema.\n\n{name}, {title}"
    ],
    "en": [
        "Hello, my colleague {first} already wrote {day} (case {case}): {what}. Same problem on my side.\n\n{name}, {title}"
    ],
    "fr": [
        "Bonjour, ma collègue {first} vous a déjà écrit {day} (demande {case}) : {what}. Même problème de mon côté.\n\n{name}, {title}"
    ],
    "de": [
        "Guten Tag, meine Kollegin {first} hat Ihnen {day} schon geschrieben (Vorgang {case}): {what}. Bei mir dasselbe.\n\n{name}, {title}"
    ],
    "es": [
        "Buenos días, mi compañera {first} ya os escribió {day} (incidencia {case}): {what}. Yo tengo el mismo problema.\n\n{name}, {title}"
    ],
}

WEEKDAY: T = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
}

B2B_LAST_EMAIL: T = {
    "it": [
        "Segnalazione {case}: ancora nulla è stato corretto e ormai vi hanno scritto in diversi. L'ufficio acquisti ha già chiesto i prezzi a {comp}.\n\n{name}"
    ],
    "pt": [
        "Pedido {case}: continua tudo igual e já vos escreveram vários colegas. As compras já pediram preços à {comp}.\n\n{name}"
    ],
    "en": [
        "Case {case}: nothing fixed and several of us have written. Procurement has already asked {comp} for their rates.\n\n{name}"
    ],
    "fr": [
        "Demande {case} : rien n'est corrigé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n\n{name}"
    ],
    "de": [
        "Vorgang {case}: nichts ist behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt.\n\n{name}"
    ],
    "es": [
        "Incidencia {case}: nada corregido y os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.\n\n{name}"
    ],
}

B2B_LAST_CALL: T = {
    "it": [
        "buongiorno chiamo per la segnalazione {case} non è cambiato niente e vi hanno scritto in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "pt": [
        "bom dia ligo por causa do pedido {case} continua tudo igual e já vos escreveram vários o meu chefe diz que se não resolverem esta semana mudamos de fornecedor"
    ],
    "en": [
        "hi calling about case {case} nothing has changed and loads of us have written my boss says we move the account if it isnt fixed this week"
    ],
    "fr": [
        "bonjour j'appelle pour la demande {case} rien n'a changé plusieurs collègues ont écrit mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "guten Tag ich rufe wegen Vorgang {case} an es hat sich nichts getan mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht gelöst ist"
    ],
    "es": [
        "hola llamo por la incidencia {case} no ha cambiado nada y os han escrito varios mi jefe dice que si no se arregla esta semana cambiamos de proveedor"
    ],
}

B2B_ACK: T = {
    "it": [
        "Grazie, abbiamo aperto la segnalazione {case} per {company} e la stiamo verificando con l'amministrazione. {agent}, {pro}"
    ],
    "pt": [
        "Obrigado, abrimos o pedido {case} para a {company} e estamos a verificar com a faturação. {agent}, {pro}"
    ],
    "en": [
        "Thank you, we've opened case {case} for {company} and are checking it with billing. {agent}, {pro}"
    ],
    "fr": [
        "Merci, nous avons ouvert la demande {case} pour {company} et vérifions avec la facturation. {agent}, {pro}"
    ],
    "de": [
        "Danke, wir haben Vorgang {case} für {company} angelegt und prüfen das mit der Buchhaltung. {agent}, {pro}"
    ],
    "es": [
        "Gracias, hemos abierto la incidencia {case} para {company} y lo revisamos con facturación. {agent}, {pro}"
    ],
}

B2B_SUGGEST: T = {
    "it": [
        "Suggerimento: sarebbe utile esportare i costi di noleggio per codice evento dal portale",
        "Si potrebbe indicare sul documento di consegna il numero di pezzi per cassa?",
    ],
    "pt": [
        "Sugestão: dava jeito exportar os custos de aluguer por código de evento no portal",
        "Podiam indicar na guia de entrega o número de peças por caixa?",
    ],
    "en": ["Suggestion: an export of hire costs by event code in the portal would help"],
    "fr": [
        "Suggestion : un export des coûts de location par code événement dans le portail serait utile"
    ],
    "de": ["Vorschlag: ein Export der Mietkosten nach Veranstaltungscode im Portal wäre hilfreich"],
    "es": [
        "Sugerencia: sería útil exportar los costes de alquiler por código de evento en el portal"
    ],
}

B2B_SUGGEST_ACK: T = {
    "it": ["Grazie del suggerimento, lo giriamo al team del portale. {agent}, {pro}"],
    "pt": ["Obrigado pela sugestão, passamos à equipa do portal. {agent}, {pro}"],
    "en": ["Thanks for the suggestion, we'll pass it to the portal team. {agent}, {pro}"],
    "fr": ["Merci pour la suggestion, transmise à l'équipe du portail. {agent}, {pro}"],
    "de": ["Danke für den Vorschlag, wir geben ihn ans Portal-Team weiter. {agent}, {pro}"],
    "es": ["Gracias por la sugerencia, la pasamos al equipo del portal. {agent}, {pro}"],
}

B2B_Q: T = {
    "it": [
        "Buongiorno, possiamo aggiungere 30 coperti al banchetto di giovedì?",
        "Il ritiro di venerdì può slittare alle 15?",
    ],
    "pt": [
        "Bom dia, podemos juntar 30 lugares ao banquete de quinta?",
        "A recolha de sexta pode passar para as 15h?",
    ],
    "en": ["Morning, can we add 30 covers to Thursday's banquet?"],
    "fr": ["Bonjour, peut-on ajouter 30 couverts au banquet de jeudi ?"],
    "de": ["Guten Morgen, können wir 30 Gedecke zum Bankett am Donnerstag dazunehmen?"],
    "es": ["Buenos días, ¿podemos añadir 30 cubiertos al banquete del jueves?"],
}

B2B_PRAISE: T = {
    "it": ["Convegno da 300 persone, allestimento {b} impeccabile come sempre"],
    "pt": ["Congresso de 300 pessoas e a montagem da {b} impecável como sempre"],
    "en": ["300-guest conference, {b} set-up flawless as ever"],
    "fr": ["Congrès de 300 personnes, installation {b} impeccable comme toujours"],
    "de": ["Kongress mit 300 Gästen, Aufbau von {b} wie immer tadellos"],
    "es": ["Congreso de 300 personas y el montaje de {b} impecable como siempre"],
}

JOB_TITLES = (
    "Office manager",
    "Events coordinator",
    "Head of catering",
    "Accounts payable",
    "Facilities lead",
    "Banqueting manager",
)
