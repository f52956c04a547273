"""Wording of heldout277 (Sattelo: saddle fitting, horse-rug washing and repair)."""

# ruff: noqa: E501

LANGS = ["fr", "de", "en", "es", "it", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "fr": ["FR", "BE", "CH"],
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["PT"],
}
FIRST = {
    "fr": ["Camille", "Élodie", "Mathilde", "Julien", "Sandrine", "Margaux", "Thibault", "Aurélie"],
    "de": ["Jana", "Katrin", "Lukas", "Birgit", "Felix", "Anja", "Sophie", "Tobias"],
    "en": ["Hannah", "Georgia", "Rory", "Imogen", "Niamh", "Tom"],
    "es": ["Lucía", "Nerea", "Álvaro", "Paula", "Iker"],
    "it": ["Giulia", "Chiara", "Matteo", "Elisa", "Davide"],
    "pt": ["Inês", "Beatriz", "Tiago", "Marta", "Rui"],
}
LAST = {
    "fr": ["Girard", "Lemoine", "Fabre", "Perrin", "Chevalier", "Roussel", "Bonnet", "Marchal"],
    "de": ["Hofmann", "Krüger", "Vogt", "Brandl", "Seidel", "Winkler", "Haas", "Lorenz"],
    "en": ["Whitfield", "Doyle", "Ashby", "Keane", "Marsh", "Quinn"],
    "es": ["Ibarra", "Soler", "Villalba", "Cano", "Arrieta"],
    "it": ["Ferraro", "Gallo", "Benedetti", "Rinaldi", "Sala"],
    "pt": ["Carvalho", "Pinto", "Moura", "Teixeira", "Lobo"],
}
HORSES = [
    "Caramel",
    "Ulysse",
    "Bella",
    "Nuage",
    "Wotan",
    "Fritzi",
    "Paddy",
    "Luna",
    "Zorro",
    "Mistral",
]

PRAISE = {
    "fr": [
        "Sattelo a refait l'ajustement de la selle de {h}, il ne creuse plus le dos, génial",
        "Couverture de {h} revenue propre et recousue, franchement nickel 🐴",
        "Troisième lavage de couvertures chez Sattelo cet hiver, toujours impeccable",
    ],
    "de": [
        "Sattelo hat den Sattel für {h} neu angepasst, er läuft wieder locker über den Rücken. Top!",
        "Decken von {h} kommen sauber und geflickt zurück, schon wieder pünktlich",
        "Zum dritten Mal die Winterdecken bei Sattelo waschen lassen, immer tadellos",
    ],
    "en": [
        "Sattelo's fitter sorted {h}'s saddle in an hour, he's moving so much freer",
        "Rugs back from Sattelo clean, dry and the leg strap mended, lovely job",
    ],
    "es": [
        "La ajustadora de Sattelo dejó la silla de {h} perfecta, se nota en el paso",
        "Mantas de {h} devueltas limpias y cosidas, muy contenta",
    ],
    "it": [
        "La sellaia di Sattelo ha sistemato la sella di {h}, finalmente niente fastidi",
        "Coperte di {h} tornate pulite e riparate, servizio ottimo",
    ],
    "pt": [
        "A técnica da Sattelo ajustou a sela do {h}, ele anda muito mais solto",
        "Mantas do {h} voltaram limpas e cosidas, adorei",
    ],
}
QUESTION = {
    "fr": [
        "Bonjour, vous passez aussi récupérer les couvertures dans les écuries sans personne sur place ?",
        "Est-ce que l'abonnement Sattelo Care couvre deux chevaux ?",
    ],
    "de": [
        "Hallo, holt ihr die Decken auch ab, wenn im Stall niemand da ist?",
        "Gilt der Sattelo Care Plan auch für zwei Pferde?",
    ],
    "en": ["Hi, can you collect rugs from the yard if nobody is there on the day?"],
    "es": ["Hola, ¿recogéis las mantas en la cuadra aunque no haya nadie?"],
    "it": ["Ciao, ritirate le coperte anche se in scuderia non c'è nessuno?"],
    "pt": ["Olá, recolhem as mantas na cocheira mesmo sem ninguém lá?"],
}
ANSWER = {
    "fr": "Bonjour, oui : laissez les couvertures dans le sac Sattelo au nom du cheval, le chauffeur les prend. Bonne journée, {a}",
    "de": "Hallo, ja: einfach die Decken im Sattelo-Sack mit dem Pferdenamen hinlegen, der Fahrer nimmt sie mit. Viele Grüße, {a}",
    "en": "Hi, yes: leave them in the Sattelo bag labelled with the horse's name and the driver will take them. Best, {a}",
    "es": "Hola, sí: dejadlas en la bolsa Sattelo con el nombre del caballo y el conductor se las lleva. Saludos, {a}",
    "it": "Ciao, sì: lasciatele nel sacco Sattelo con il nome del cavallo, l'autista le ritira. Saluti, {a}",
    "pt": "Olá, sim: deixem-nas no saco Sattelo com o nome do cavalo e o motorista recolhe. Cumprimentos, {a}",
}
THANKS = {
    "fr": ["Merci beaucoup !", "Super, merci"],
    "de": ["Danke euch!", "Super, danke"],
    "en": ["Brilliant, thanks"],
    "es": ["Genial, gracias"],
    "it": ["Perfetto, grazie"],
    "pt": ["Ótimo, obrigada"],
}
NIGHT = {
    "fr": [
        "Nuit de garde à la jument qui va pouliner, au moins les couvertures Sattelo sont propres",
        "Insomnie, je regarde les vidéos d'ajustement de selle de Sattelo, passionnant",
    ],
    "de": [
        "Nachtwache bei der Stute, wenigstens sind die Decken von Sattelo frisch",
        "Kann nicht schlafen, schaue Sattelo-Videos zur Sattelanpassung",
    ],
    "en": ["Night shift done, booked {h}'s saddle check with Sattelo before bed"],
    "es": ["Turno de noche acabado, reservada la revisión de la silla de {h} en Sattelo"],
    "it": ["Turno di notte finito, prenotato il controllo sella di {h} con Sattelo"],
    "pt": ["Turno da noite acabado, marquei a revisão da sela do {h} na Sattelo"],
}
PROBLEMS = ["pinch", "dirty_rug", "double_charge", "lost_rug", "no_show", "care_price"]
PROBLEM = {
    "fr": {
        "pinch": "depuis votre ajustement la selle de {h} le blesse au garrot, il a une plaie",
        "dirty_rug": "la couverture de {h} est revenue encore pleine de boue et mouillée",
        "double_charge": "vous m'avez débité DEUX fois le lavage, 84 €",
        "lost_rug": "vous avez perdu la couverture d'hiver de {h}, 190 €",
        "no_show": "le chauffeur n'est jamais venu chercher les couvertures, j'ai attendu à l'écurie toute la matinée",
        "care_price": "je suis abonnée Sattelo Care et on m'a facturé le tarif plein",
    },
    "de": {
        "pinch": "seit eurer Anpassung drückt der Sattel {h} am Widerrist, er hat eine Scheuerstelle",
        "dirty_rug": "die Decke von {h} kam voller Matsch und nass zurück",
        "double_charge": "ihr habt die Wäsche ZWEIMAL abgebucht, 84 €",
        "lost_rug": "ihr habt die Winterdecke von {h} verloren, 190 €",
        "no_show": "der Fahrer ist nie gekommen, ich stand den ganzen Vormittag im Stall",
        "care_price": "ich habe Sattelo Care und trotzdem den vollen Preis bezahlt",
    },
    "en": {
        "pinch": "since your fitting the saddle rubs {h}'s withers raw",
        "dirty_rug": "{h}'s rug came back still caked in mud and damp",
        "double_charge": "you charged me TWICE for the wash, £72",
        "lost_rug": "you've lost {h}'s winter rug, £165",
        "no_show": "the driver never came for the rugs, I waited at the yard all morning",
        "care_price": "I'm on Sattelo Care and was charged the full price",
    },
    "es": {
        "pinch": "desde vuestro ajuste la silla le hace herida a {h} en la cruz",
        "dirty_rug": "la manta de {h} volvió llena de barro y mojada",
        "double_charge": "me habéis cobrado DOS veces el lavado, 84 €",
        "lost_rug": "habéis perdido la manta de invierno de {h}, 190 €",
        "no_show": "el conductor nunca vino, esperé en la cuadra toda la mañana",
        "care_price": "tengo Sattelo Care y me cobrasteis la tarifa completa",
    },
    "it": {
        "pinch": "dopo il vostro adattamento la sella ferisce {h} al garrese",
        "dirty_rug": "la coperta di {h} è tornata piena di fango e bagnata",
        "double_charge": "mi avete addebitato DUE volte il lavaggio, 84 €",
        "lost_rug": "avete perso la coperta invernale di {h}, 190 €",
        "no_show": "l'autista non è mai venuto, ho aspettato in scuderia tutta la mattina",
        "care_price": "ho Sattelo Care e mi avete fatto pagare la tariffa piena",
    },
    "pt": {
        "pinch": "desde o vosso ajuste a sela fere o {h} na cernelha",
        "dirty_rug": "a manta do {h} voltou cheia de lama e molhada",
        "double_charge": "cobraram-me DUAS vezes a lavagem, 84 €",
        "lost_rug": "perderam a manta de inverno do {h}, 190 €",
        "no_show": "o motorista nunca veio, esperei na cocheira a manhã toda",
        "care_price": "tenho Sattelo Care e cobraram-me o preço inteiro",
    },
}
COMPLAINT = {
    "fr": [
        "C'est inadmissible : {p}. Je veux une solution aujourd'hui.",
        "franchement je suis furieuse, {p}. Qui répare ça ?",
    ],
    "de": [
        "Das ist eine Frechheit: {p}. Ich erwarte heute eine Lösung.",
        "JETZT REICHTS, {p}. Wer kümmert sich darum?",
    ],
    "en": ["This is not acceptable: {p}. I want it sorted today."],
    "es": ["Esto es inaceptable: {p}. Quiero una solución hoy."],
    "it": ["È inaccettabile: {p}. Voglio una soluzione oggi."],
    "pt": ["Isto é inaceitável: {p}. Quero uma solução hoje."],
}
LETTER = {
    "fr": "Bonjour,\n\nJe vous écris depuis le camion, entre deux concours, ma fille monte à 14h. Cela fait trois ans que nous confions la sellerie à Sattelo et l'hiver dernier tout s'était bien passé. Mais cette fois {p}. Je dois annuler l'entraînement de la semaine et le vétérinaire passe demain.\n\nJe demande un geste et une réponse rapide.\n\nCordialement,\n{n}",
    "de": "Guten Tag,\n\nich schreibe aus dem Auto vor der Reithalle, mein Sohn hat gleich Voltigieren. Wir sind seit Jahren bei Sattelo und bisher lief alles gut. Diesmal aber {p}. Ich muss das Training absagen und der Tierarzt kommt morgen.\n\nIch erwarte eine schnelle Antwort und eine Erstattung.\n\nMit freundlichen Grüßen\n{n}",
}
CASE_OPENED = {
    "fr": "Bonjour {f}, nous sommes désolés. Votre dossier {c} est ouvert, un conseiller revient vers vous aujourd'hui. {a}, Sattelo",
    "de": "Hallo {f}, das tut uns leid. Ihr Vorgang {c} ist angelegt, wir melden uns heute noch. {a}, Sattelo",
    "en": "Hi {f}, we're sorry. Your case {c} is open and someone will be back to you today. {a}, Sattelo",
    "es": "Hola {f}, lo sentimos. Tu incidencia {c} está abierta, te respondemos hoy. {a}, Sattelo",
    "it": "Ciao {f}, ci dispiace. La segnalazione {c} è aperta, ti rispondiamo oggi. {a}, Sattelo",
    "pt": "Olá {f}, lamentamos. O pedido {c} está aberto, respondemos hoje. {a}, Sattelo",
}
QUALITY = {
    "fr": "Bonjour {f}, votre dossier {c} est confié à notre responsable qualité, qui vous appelle avant vendredi midi. {a}",
    "de": "Hallo {f}, Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {a}",
    "en": "Hi {f}, your case {c} is now with our quality lead, who will call you before Friday lunchtime. {a}",
    "es": "Hola {f}, tu incidencia {c} pasa a nuestra responsable de calidad, que te llama antes del viernes a mediodía. {a}",
    "it": "Ciao {f}, la segnalazione {c} è passata alla responsabile qualità, che ti chiama entro venerdì a pranzo. {a}",
    "pt": "Olá {f}, o pedido {c} passou para a responsável de qualidade, que liga antes de sexta ao almoço. {a}",
}
GOOD_NEWS = {
    "fr": "Bonne nouvelle pour le dossier {c} : c'est corrigé et remboursé. Pouvez-vous nous confirmer ? {a}",
    "de": "Gute Nachricht zu {c}: ist behoben und erstattet. Können Sie das kurz bestätigen? {a}",
    "en": "Good news on {c}: it's fixed and refunded. Could you confirm? {a}",
    "es": "Buenas noticias sobre {c}: está resuelto y reembolsado. ¿Nos lo confirmas? {a}",
    "it": "Buone notizie su {c}: risolto e rimborsato. Ci confermi? {a}",
    "pt": "Boas notícias sobre {c}: está resolvido e reembolsado. Pode confirmar? {a}",
}
CONFIRM = {
    "fr": "Confirmé pour {c}, tout est en ordre, merci",
    "de": "Bestätigt, {c} ist erledigt, danke",
    "en": "Confirmed, {c} is all sorted, thanks",
    "es": "Confirmado, {c} resuelto, gracias",
    "it": "Confermo, {c} risolto, grazie",
    "pt": "Confirmado, {c} resolvido, obrigada",
}
APOLOGY = {
    "fr": "Désolée pour mon ton d'hier, j'étais à bout. Merci d'avoir réglé ça",
    "de": "Sorry für meinen Ton gestern, war einfach fertig. Danke fürs Lösen",
    "en": "Sorry for yesterday's tone, long day. Thanks for fixing it",
    "es": "Perdón por el tono de ayer, gracias por resolverlo",
    "it": "Scusate il tono di ieri, grazie per aver risolto",
    "pt": "Desculpem o tom de ontem, obrigada por resolverem",
}
STILL = {
    "fr": [
        "Dossier {c} toujours ouvert : {p}. Personne ne m'a rappelée.",
        "Je relance pour {c}, rien n'a bougé, {p}.",
    ],
    "de": [
        "Vorgang {c} ist immer noch offen: {p}. Niemand hat sich gemeldet.",
        "Nochmal wegen {c}, nichts passiert, {p}.",
    ],
    "en": ["Case {c} still open: {p}. Nobody has called."],
    "es": ["La incidencia {c} sigue abierta: {p}. Nadie me ha llamado."],
    "it": ["La segnalazione {c} è ancora aperta: {p}. Nessuno mi ha chiamata."],
    "pt": ["O pedido {c} continua aberto: {p}. Ninguém me ligou."],
}
THIRD = {
    "fr": " Une amie de l'écurie passe par {x} et eux règlent ça dans la journée.",
    "de": " Eine Stallkollegin ist bei {x}, die lösen sowas am selben Tag.",
    "en": " A friend at the yard uses {x} and they sort this the same day.",
    "es": " Una compañera de la cuadra usa {x} y lo arreglan en el día.",
    "it": " Un'amica della scuderia usa {x} e risolvono in giornata.",
    "pt": " Uma amiga da cocheira usa a {x} e resolvem no próprio dia.",
}
FOURTH = {
    "fr": " QUATRIÈME fois que j'écris.",
    "de": " Das ist das VIERTE Mal.",
    "en": " FOURTH time I'm writing.",
    "es": " Es la CUARTA vez.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
}
SLIDE = {
    "fr": [
        "Le chauffeur Sattelo est passé avec trois heures de retard, sans prévenir",
        "Couvertures revenues avec une sangle manquante, bof",
        "Il faut maintenant photographier chaque couverture à l'enlèvement, pénible",
        "Encore un retard, et le prix du lavage a augmenté de 20 %",
        "Frais de « séchage spécial » de 35 € pour une couverture légère, c'est du vol",
        "Ma voisine de box passe par {x}, j'y ai envoyé les couvertures cette semaine",
    ],
    "de": [
        "Sattelo-Fahrer drei Stunden zu spät, ohne Anruf",
        "Decken zurück, ein Beingurt fehlt, naja",
        "Jetzt muss man jede Decke bei Abholung fotografieren, nervig",
        "Wieder verspätet und die Wäsche 20 % teurer",
        "35 € „Spezialtrocknung“ für eine Fliegendecke, das ist Abzocke",
        "Meine Boxnachbarin ist bei {x}, ich habe die Decken diese Woche dorthin gegeben",
    ],
    "en": [
        "Sattelo driver three hours late, no call",
        "Rugs back with a leg strap missing, meh",
        "Now we have to photograph every rug at collection, tedious",
        "Late again and the wash price up 20 %",
        "£30 'special drying' fee for a fly sheet, daylight robbery",
        "The girl in the next stable uses {x}, sent the rugs there this week",
    ],
    "es": [
        "El conductor de Sattelo llegó tres horas tarde sin avisar",
        "Mantas devueltas sin una cincha, bueno",
        "Ahora hay que fotografiar cada manta en la recogida, qué pesadez",
        "Otra vez tarde y el lavado un 20 % más caro",
        "35 € de 'secado especial' por una manta de verano, un robo",
        "Mi vecina de box usa {x}, he mandado las mantas allí esta semana",
    ],
    "it": [
        "Autista Sattelo in ritardo di tre ore senza avvisare",
        "Coperte tornate senza un sottopancia, mah",
        "Ora bisogna fotografare ogni coperta al ritiro, che noia",
        "Di nuovo in ritardo e lavaggio più caro del 20 %",
        "35 € di 'asciugatura speciale' per una coperta estiva, un furto",
        "La mia vicina di box usa {x}, questa settimana ho mandato le coperte lì",
    ],
    "pt": [
        "Motorista da Sattelo três horas atrasado sem avisar",
        "Mantas devolvidas sem uma cilha, enfim",
        "Agora temos de fotografar cada manta na recolha, chato",
        "Outra vez atrasado e a lavagem 20 % mais cara",
        "35 € de 'secagem especial' por uma manta de verão, um roubo",
        "A vizinha de box usa a {x}, mandei as mantas para lá esta semana",
    ],
}
CANCEL = {
    "fr": "Bonjour, j'ai vendu {h} et j'arrête l'équitation. Merci de résilier mon abonnement Sattelo Care et de fermer mon compte.",
    "de": "Hallo, ich habe {h} verkauft und höre mit dem Reiten auf. Bitte kündigt meinen Sattelo Care Plan und schließt mein Konto.",
    "en": "Hi, I've sold {h} and I'm giving up riding. Please cancel my Sattelo Care plan and close my account.",
    "es": "Hola, he vendido a {h} y dejo de montar. Cancelad mi Sattelo Care y cerrad mi cuenta.",
    "it": "Ciao, ho venduto {h} e smetto di montare. Disdite il mio Sattelo Care e chiudete l'account.",
    "pt": "Olá, vendi o {h} e deixo de montar. Cancelem o meu Sattelo Care e fechem a conta.",
}
SORRY_GO = {
    "fr": "Bonjour {f}, nous sommes tristes de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site. {a}",
    "de": "Hallo {f}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen. {a}",
    "en": "Hi {f}, sorry to see you go. You can cancel yourself in the app or on the website. {a}",
    "es": "Hola {f}, sentimos que te vayas. Puedes cancelar tú mismo en la app o la web. {a}",
    "it": "Ciao {f}, ci dispiace. Puoi disdire dall'app o dal sito. {a}",
    "pt": "Olá {f}, lamentamos. Pode cancelar na app ou no site. {a}",
}
GRUMBLE = {
    "fr": [
        "L'appli Sattelo me déconnecte à chaque fois",
        "Le SMS de passage à 6h du matin, sérieusement",
        "Toujours pas de créneau le samedi pour l'ajusteur",
    ],
    "de": [
        "Die Sattelo-App loggt mich jedes Mal aus",
        "Die Abhol-SMS um 6 Uhr morgens, echt jetzt",
        "Immer noch kein Samstagstermin beim Sattler",
    ],
    "en": ["The Sattelo app logs me out every single time", "Collection text at 6am, really?"],
    "es": [
        "La app de Sattelo me echa cada vez",
        "El SMS de recogida a las 6 de la mañana, en serio",
    ],
    "it": ["L'app Sattelo mi scollega ogni volta", "SMS del ritiro alle 6 del mattino, davvero?"],
    "pt": ["A app da Sattelo desliga-me sempre", "SMS da recolha às 6 da manhã, a sério?"],
}
MILD = {
    "fr": "Petit souci : l'appli affiche l'écurie dans la mauvaise ville, sinon ça va",
    "de": "Kleinigkeit: die App zeigt den Stall in der falschen Stadt, sonst passt alles",
    "en": "Small thing: the app shows the yard in the wrong town, otherwise fine",
    "es": "Detalle: la app pone la cuadra en otra ciudad, por lo demás bien",
    "it": "Piccola cosa: l'app mostra la scuderia nella città sbagliata, per il resto ok",
    "pt": "Pormenor: a app mostra a cocheira na cidade errada, de resto tudo bem",
}
SARCASM = {
    "fr": "Bravo Sattelo, la couverture « imperméable » revient avec un trou tout neuf 👏",
    "de": "Danke Sattelo, die „wasserdichte“ Decke kam mit einem brandneuen Loch zurück 👏",
    "en": "Cheers Sattelo, the 'waterproof' rug came back with a shiny new hole 👏",
    "es": "Gracias Sattelo, la manta 'impermeable' volvió con un agujero nuevo 👏",
    "it": "Grazie Sattelo, la coperta 'impermeabile' è tornata con un buco nuovo 👏",
    "pt": "Obrigada Sattelo, a manta 'impermeável' voltou com um buraco novo 👏",
}
SPIKE = {
    "fr": [
        "L'appli Sattelo refuse toute réservation d'enlèvement, erreur {e}",
        "impossible de réserver l'ajusteur ce matin, l'appli affiche {e}",
    ],
    "de": [
        "Sattelo-App lässt keine Abholung buchen, Fehler {e}",
        "kann heute früh keinen Sattlertermin buchen, App zeigt {e}",
    ],
    "en": ["Sattelo app won't let me book a collection, error {e}"],
    "es": ["La app de Sattelo no deja reservar recogida, error {e}"],
    "it": ["L'app Sattelo non fa prenotare il ritiro, errore {e}"],
    "pt": ["A app da Sattelo não deixa marcar recolha, erro {e}"],
}
SPIKE_AGAIN = {
    "fr": "Toujours {e}, même sur le site et le téléphone de mon mari",
    "de": "Immer noch {e}, auch auf der Website und dem Handy meines Mannes",
    "en": "Still {e}, on the website and my partner's phone too",
    "es": "Sigue {e}, también en la web",
    "it": "Ancora {e}, anche sul sito",
    "pt": "Continua {e}, também no site",
}
WORKS = {
    "fr": "Les réservations fonctionnent de nouveau depuis 11h30. Un avoir de 10 € est ajouté à votre compte. {a}",
    "de": "Buchungen gehen seit 11:30 wieder. 10 € Guthaben sind auf Ihrem Konto. {a}",
    "en": "Bookings work again since 10:30. A £9 credit is on your account. {a}",
    "es": "Las reservas funcionan de nuevo desde las 11:30. Tienes 10 € de crédito. {a}",
    "it": "Le prenotazioni funzionano di nuovo dalle 11:30. 10 € di credito sul conto. {a}",
    "pt": "As reservas funcionam de novo desde as 10:30. 10 € de crédito na conta. {a}",
}
LONE = {
    "fr": "Hier soir l'appli était lente pour réserver mais ça a marché. Normal ?",
    "de": "Gestern Abend war die App beim Buchen langsam, hat aber geklappt. Normal?",
}
B2B_PROBLEM = {
    "invoice": {
        "fr": "nos factures portent l'ancien nom de l'écurie et aucun numéro de commande",
        "de": "unsere Rechnungen tragen den alten Hofnamen und keine Bestellnummer",
        "en": "our invoices carry our old yard name and no PO number",
        "es": "las facturas llevan el nombre antiguo y sin número de pedido",
        "it": "le fatture hanno il vecchio nome e nessun numero d'ordine",
        "pt": "as faturas têm o nome antigo e sem número de encomenda",
    },
    "portal": {
        "fr": "le portail n'affiche aucun enlèvement en cours, impossible de suivre les 40 couvertures",
        "de": "das Portal zeigt keine laufenden Abholungen, die 40 Decken sind nicht auffindbar",
        "en": "the portal shows no open collections, we can't track 40 rugs",
        "es": "el portal no muestra recogidas abiertas, no sabemos dónde están 40 mantas",
        "it": "il portale non mostra ritiri aperti, 40 coperte introvabili",
        "pt": "o portal não mostra recolhas abertas, 40 mantas sem rasto",
    },
    "overbilled": {
        "fr": "on nous facture au cheval au lieu du forfait écurie du contrat",
        "de": "ihr rechnet pro Pferd statt der vertraglichen Hofpauschale ab",
        "en": "you bill per horse instead of our contract's yard rate",
        "es": "nos cobráis por caballo en vez de la tarifa de cuadra del contrato",
        "it": "ci fatturate a cavallo invece della tariffa scuderia del contratto",
        "pt": "cobram por cavalo em vez da tarifa de cocheira do contrato",
    },
}
B2B_COMPLAINT = {
    "fr": "Bonjour, pour le compte {acc} : {p}. {prev}Merci de corriger au plus vite.",
    "de": "Guten Tag, zum Konto {acc}: {p}. {prev}Bitte umgehend korrigieren.",
    "en": "Hello, regarding account {acc}: {p}. {prev}Please correct this urgently.",
    "es": "Hola, sobre la cuenta {acc}: {p}. {prev}Corregidlo cuanto antes.",
    "it": "Buongiorno, per il conto {acc}: {p}. {prev}Correggete al più presto.",
    "pt": "Olá, sobre a conta {acc}: {p}. {prev}Corrijam com urgência.",
}
B2B_PREV = {
    "fr": "Ma collègue {n} vous a déjà écrit (dossier {c}). ",
    "de": "Meine Kollegin {n} hat schon geschrieben (Vorgang {c}). ",
    "en": "My colleague {n} already wrote (case {c}). ",
    "es": "Mi compañera {n} ya os escribió (incidencia {c}). ",
    "it": "La collega {n} vi ha già scritto (pratica {c}). ",
    "pt": "A colega {n} já escreveu (pedido {c}). ",
}
B2B_LAST = {
    "fr": "toujours rien de corrigé pour le dossier {c} plusieurs collègues vous ont écrit ma directrice dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "de": "beim Vorgang {c} ist immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht gelöst ist",
    "en": "still nothing fixed on case {c} several of us have written my boss says we move the account if it isn't sorted this week",
    "es": "sigue sin arreglarse la incidencia {c} varios compañeros os escribimos mi jefa dice que cambiamos de proveedor si no se arregla esta semana",
    "it": "la pratica {c} non è ancora risolta vi abbiamo scritto in tanti il capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "o pedido {c} continua sem solução vários colegas escreveram o chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
B2B_MILD = {
    "fr": "Suggestion : pourriez-vous indiquer la date du dernier contrôle de la selle sur le bon de retour ?",
    "de": "Vorschlag: könntet ihr das Datum der letzten Sattelkontrolle auf den Rückschein drucken?",
    "en": "Suggestion: could the return note show the date of the last saddle check?",
    "es": "Sugerencia: ¿podríais poner la fecha de la última revisión en el albarán?",
    "it": "Suggerimento: potreste indicare la data dell'ultimo controllo sulla bolla?",
    "pt": "Sugestão: podiam pôr a data da última revisão na guia de devolução?",
}
AGENTS = ["Léa", "Moritz", "Ciara", "Nuria", "Sara", "Joana"]
COMPETITORS = ["Reitmax", "Cavallix"]
