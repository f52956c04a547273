# ruff: noqa: E501
"""Wording of heldout217: Stagiona, cheese and charcuterie boxes by app and web.

Every table has every language (it, en first; then fr, de, pt, es). Placeholders:
brand, case, p (a problem phrase), comp (a competitor), name, code, day.
"""

from __future__ import annotations

LANGS = ("it", "en", "fr", "de", "pt", "es")
BRAND = "Stagiona"
COMPETITORS = ("Casarigo", "Lattifera")
MARKETS = {
    "it": ("IT", "IT", "CH"),
    "en": ("UK", "UK", "IE"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT"),
    "pt": ("PT",),
    "es": ("ES",),
}
PHONE = {
    "IT": ("+39", "3", 9),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "PT": ("+351", "9", 8),
    "ES": ("+34", "6", 8),
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
FIRST = {
    "it": (
        "Giulia",
        "Marco",
        "Chiara",
        "Davide",
        "Francesca",
        "Luca",
        "Sara",
        "Matteo",
        "Elena",
        "Paolo",
        "Silvia",
        "Andrea",
        "Marta",
        "Stefano",
    ),
    "en": (
        "Emma",
        "James",
        "Olivia",
        "Tom",
        "Chloe",
        "Liam",
        "Grace",
        "Ben",
        "Niamh",
        "Sam",
        "Holly",
        "Owen",
        "Ruth",
        "Callum",
    ),
    "fr": ("Camille", "Julien", "Manon", "Hugo", "Léa", "Thomas", "Inès", "Nicolas"),
    "de": ("Anna", "Jonas", "Lena", "Felix", "Miriam", "Tobias", "Sabine", "Lukas"),
    "pt": ("Beatriz", "João", "Inês", "Tiago", "Marta", "Rui", "Catarina", "Pedro"),
    "es": ("Lucía", "Javier", "Carmen", "Diego", "Irene", "Pablo", "Nuria", "Álvaro"),
}
LAST = {
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
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
        "Mancini",
        "Lombardi",
        "Moretti",
    ),
    "en": (
        "Walsh",
        "Harris",
        "Byrne",
        "Clarke",
        "Hughes",
        "Kelly",
        "Turner",
        "Murphy",
        "Shaw",
        "Price",
        "Doyle",
        "Bennett",
        "Hall",
        "Quinn",
        "Foster",
        "Lynch",
    ),
    "fr": ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Rousseau"),
    "de": ("Müller", "Schmidt", "Wagner", "Becker", "Hofmann", "Keller", "Fischer", "Weber"),
    "pt": ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Almeida"),
    "es": ("García", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz"),
}
PRODUCTS = (
    "Alpine box, monthly",
    "Aged cheeses box, 1.2 kg",
    "Charcuterie & cheese board for 6",
    "Blue cheeses trio",
    "Pecorino & salami box",
    "Gift box with honey and crackers",
)
PAGES = ("/box/alpine", "/box/aged", "/club", "/gift", "/box/blue", "/account/deliveries")

PRAISE = {
    "it": (
        "Il Pecorino di fossa di questo mese era spettacolare, complimenti {brand}!",
        "box arrivata fredda e perfetta, il gorgonzola dolce è sparito in 10 minuti 😍",
        "Ogni mese una scoperta, la box di {brand} è il mio momento preferito del venerdì",
    ),
    "en": (
        "This month's {brand} box was cracking, that smoked cheddar is unreal",
        "box came on time, ice packs still frozen, the Comté was gorgeous 🧀",
        "honestly the best subscription I have, the cards telling you where each cheese is from are lovely",
    ),
    "fr": ("La box {brand} de ce mois, un régal, le Saint-Nectaire était parfait",),
    "de": ("Die {brand} Box war wieder super, der Bergkäse ist ein Traum",),
    "pt": ("A caixa da {brand} deste mês estava ótima, o queijo da Serra divinal",),
    "es": ("La caja de {brand} de este mes, una maravilla, el manchego curado buenísimo",),
}
AGAIN = {
    "it": (
        "Terza volta che il corriere di {brand} mi chiama prima di arrivare, che gentilezza",
        "di nuovo una box perfetta, ormai è una garanzia",
    ),
    "en": (
        "third month running the box is spot on, still the best thing on my doorstep",
        "Again the driver left it in the shade like I asked, love it",
    ),
    "fr": ("Encore une fois une box parfaite, toujours aussi bonne",),
    "de": ("Schon wieder eine perfekte Box, immer noch begeistert",),
    "pt": ("Outra vez uma caixa perfeita, continua ótimo",),
    "es": ("Tercera vez este año que repito la caja de regalo, siempre perfecta",),
}
GRIPE = {
    "it": (
        "Formaggi ottimi, solo la scatola di polistirolo è enorme e non so dove buttarla",
        "tutto buonissimo, peccato che l'app non mostri l'orario di consegna",
    ),
    "en": (
        "Lovely cheeses, only the crackers were a bit broken. Still happy",
        "great box, wish the tasting card was bigger, tiny writing",
    ),
    "fr": ("Fromages top, juste les crackers un peu cassés",),
    "de": ("Käse top, nur die Kühlakkus sind viel zu viele für so eine kleine Box",),
    "pt": ("Queijos ótimos, só a caixa de esferovite é enorme",),
    "es": ("Quesos buenísimos, solo que el folleto viene solo en inglés",),
}
QUESTION = {
    "it": (
        "Ciao, posso spostare la consegna di venerdì a sabato?",
        "il pecorino sottovuoto quanto dura in frigo?",
    ),
    "en": (
        "Hi, can I add a second board to this month's delivery?",
        "how long does the brie keep once opened?",
    ),
    "fr": ("Bonjour, je peux changer l'adresse de livraison pour ce mois-ci ?",),
    "de": ("Hallo, kann ich die Lieferung auf Samstag verschieben?",),
    "pt": ("Olá, posso juntar uma caixa de oferta à entrega deste mês?",),
    "es": ("Hola, ¿puedo cambiar la entrega al sábado?",),
}
ANSWER = {
    "it": ("Certo! Fatto, trovi la modifica nell'app. Buona degustazione, {agent} di {brand}",),
    "en": ("Of course, done: you'll see it in the app. Enjoy, {agent} at {brand}",),
    "fr": ("Bien sûr, c'est fait, vous le verrez dans l'appli. {agent}, {brand}",),
    "de": ("Klar, erledigt, Sie sehen es in der App. Viele Grüße, {agent} von {brand}",),
    "pt": ("Claro, já está, vê na app. Cumprimentos, {agent} da {brand}",),
    "es": ("¡Claro! Hecho, lo verás en la app. Un saludo, {agent} de {brand}",),
}
THANKS = {
    "it": ("grazie mille!! 🙏", "grz, top"),
    "en": ("cheers, legend", "ta very much!"),
    "fr": ("merci, super 👍",),
    "de": ("danke, passt!",),
    "pt": ("obg, 5 estrelas",),
    "es": ("gracias, sois unos cracks",),
}
NIGHT_POST = {
    "it": (
        "Turno di notte in ospedale finito, tagliere di {brand} e si va a dormire alle 3",
        "le 2 e sto mangiando il taleggio della box in piedi davanti al frigo, non giudicatemi",
    ),
    "en": (
        "2am cheese toastie with the {brand} cheddar after a night shift, no regrets",
        "cant sleep so I'm planning next month's box, send help",
    ),
    "fr": ("3h du mat, insomnie, un bout de comté de la box {brand}",),
    "de": ("Nachtschicht vorbei, Käsebrot mit dem {brand} Bergkäse um 3 Uhr",),
    "pt": ("3 da manhã e eu a comer o queijo da {brand}, sem arrependimentos",),
    "es": ("Las 3 de la mañana y yo con el manchego de {brand}, jajaja",),
}
NIGHT_Q = {
    "it": ("scusate l'ora, se salto la box di ottobre la quota del club resta uguale?",),
    "en": ("sorry it's late, if I pause the box in October do I keep the Club price?",),
    "fr": ("désolé pour l'heure, si je saute octobre je garde le tarif Club ?",),
    "de": ("sorry für die Uhrzeit, wenn ich Oktober aussetze, bleibt der Club-Preis?",),
    "pt": ("desculpem a hora, se saltar outubro mantenho o preço do Clube?",),
    "es": ("perdón por la hora, si salto octubre ¿mantengo el precio del Club?",),
}
NIGHT_A = {
    "it": ("Sì, la quota del club resta invariata. Buonanotte! {agent}",),
    "en": ("Yes, your Club price stays. Good night! {agent}",),
    "fr": ("Oui, le tarif Club reste. Bonne nuit ! {agent}",),
    "de": ("Ja, der Club-Preis bleibt. Gute Nacht! {agent}",),
    "pt": ("Sim, o preço do Clube mantém-se. Boa noite! {agent}",),
    "es": ("Sí, el precio del Club se mantiene. ¡Buenas noches! {agent}",),
}
REVIEW = {
    "it": ("Box curata, formaggi di piccoli caseifici, consegna puntuale. Consigliata",),
    "en": ("Great small-dairy cheeses, careful packing, on time. Recommended",),
    "fr": ("Fromages de petits producteurs, bien emballés, à l'heure",),
    "de": ("Käse von kleinen Sennereien, gut verpackt, pünktlich",),
    "pt": ("Queijos de pequenos produtores, bem embalados, a horas",),
    "es": ("Quesos de pequeñas queserías, bien embalados, puntuales",),
}
SURVEY_WORD = {
    "it": ("ottimo", "😋", ""),
    "en": ("spot on", "👌", ""),
    "fr": ("parfait", ""),
    "de": ("super", ""),
    "pt": ("ótimo", ""),
    "es": ("genial", ""),
}
BAD_WORD = {
    "it": ("pessimo", ""),
    "en": ("poor", ""),
    "fr": ("nul", ""),
    "de": ("schlecht", ""),
    "pt": ("mau", ""),
    "es": ("fatal", ""),
}

PROBLEMS = ("no_show", "warm", "double_charge", "wrong_box", "refund", "skip_ignored")
P = {
    "no_show": {
        "it": "la box risulta CONSEGNATA ieri alle 11 ma qui non è arrivato niente",
        "en": "the box says DELIVERED at 11 yesterday but nothing came",
        "fr": "la box est marquée LIVRÉE hier à 11h mais rien n'est arrivé",
        "de": "die Box steht seit gestern 11 Uhr auf ZUGESTELLT, hier ist nichts",
        "pt": "a caixa aparece como ENTREGUE ontem às 11 e não chegou nada",
        "es": "la caja sale como ENTREGADA ayer a las 11 y aquí no ha llegado nada",
    },
    "warm": {
        "it": "la box è arrivata calda, ghiaccio sciolto e formaggi che sudavano, tutto da buttare",
        "en": "the box arrived warm, ice packs melted and the cheese sweating, all binned",
        "fr": "la box est arrivée tiède, pains de glace fondus, fromages qui suintent",
        "de": "die Box kam warm an, Kühlakkus geschmolzen, der Käse hat geschwitzt",
        "pt": "a caixa chegou quente, gelo derretido e queijos a suar",
        "es": "la caja llegó caliente, el hielo derretido y los quesos sudando",
    },
    "double_charge": {
        "it": "mi avete addebitato DUE volte la box di questo mese, 49,90 € per due",
        "en": "you've charged me TWICE for this month's box, £43 twice",
        "fr": "vous m'avez débité DEUX fois la box du mois, 49,90 € deux fois",
        "de": "Sie haben die Box diesen Monat ZWEIMAL abgebucht, zweimal 49,90 €",
        "pt": "cobraram-me DUAS vezes a caixa deste mês, 49,90 € a dobrar",
        "es": "me habéis cobrado DOS veces la caja de este mes, 49,90 € dos veces",
    },
    "wrong_box": {
        "it": "mi è arrivata la box di un altro, con salumi, e io sono vegetariana",
        "en": "I got someone else's box, full of salami, and I'm vegetarian",
        "fr": "j'ai reçu la box de quelqu'un d'autre, pleine de charcuterie, je suis végétarien",
        "de": "ich habe die Box von jemand anderem bekommen, voller Salami, ich bin Vegetarierin",
        "pt": "recebi a caixa de outra pessoa, cheia de enchidos, e sou vegetariana",
        "es": "me ha llegado la caja de otra persona, llena de embutido, y soy vegetariana",
    },
    "refund": {
        "it": "il rimborso della box rovinata di tre settimane fa non è MAI arrivato",
        "en": "the refund for the spoiled box three weeks ago has NEVER arrived",
        "fr": "le remboursement de la box abîmée il y a trois semaines n'est JAMAIS arrivé",
        "de": "die Erstattung für die verdorbene Box vor drei Wochen ist NIE gekommen",
        "pt": "o reembolso da caixa estragada de há três semanas NUNCA chegou",
        "es": "el reembolso de la caja estropeada de hace tres semanas NO ha llegado",
    },
    "skip_ignored": {
        "it": "avevo saltato il mese nell'app e mi avete spedito e addebitato la box lo stesso",
        "en": "I skipped this month in the app and you shipped and charged it anyway",
        "fr": "j'avais sauté ce mois dans l'appli et vous avez envoyé et débité quand même",
        "de": "ich hatte den Monat in der App ausgesetzt und ihr habt trotzdem geliefert und abgebucht",
        "pt": "tinha saltado este mês na app e enviaram e cobraram na mesma",
        "es": "había saltado este mes en la app y me la habéis enviado y cobrado igual",
    },
}
COMPLAINT = {
    "it": (
        "Buongiorno, {p}. Vorrei una soluzione oggi, grazie.",
        "ma è possibile?? {p}. Sono socia del club da due anni",
    ),
    "en": (
        "Hello, {p}. I'd like this sorted today please.",
        "seriously?? {p}. Club member for two years",
    ),
    "fr": ("Bonjour, {p}. Merci de régler ça aujourd'hui.",),
    "de": ("Guten Tag, {p}. Bitte heute noch klären.",),
    "pt": ("Bom dia, {p}. Gostava que resolvessem hoje.",),
    "es": ("Hola, {p}. Quiero una solución hoy, por favor.",),
}
SUBJECT = {
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
    "es": "Reclamación: {topic}",
}
RE_SUBJECT = {
    "it": "R: Segnalazione {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "pt": "RE: Pedido {case}",
    "es": "RE: Incidencia {case}",
}
TOPIC = {
    "it": "la mia box",
    "en": "my box",
    "fr": "ma box",
    "de": "meine Box",
    "pt": "a minha caixa",
    "es": "mi caja",
}
CALL = {
    "it": ("si buongiorno chiamo perche {p} e vorrei sapere cosa fate",),
    "en": ("yeah hi im calling because {p} and i want to know whats happening",),
    "fr": ("oui bonjour j'appelle parce que {p} et je voudrais savoir ce que vous faites",),
    "de": ("ja hallo ich rufe an weil {p} und ich möchte wissen was jetzt passiert",),
    "pt": ("sim bom dia estou a ligar porque {p} e queria saber o que vão fazer",),
    "es": ("sí hola llamo porque {p} y quiero saber qué vais a hacer",),
}
LONG_EMAIL = {
    "it": (
        "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del pediatra, tra una visita e l'altra dei gemelli, quindi perdonate la fretta. Sono abbonata da quasi due anni e la vostra box è sempre stata il piccolo lusso del mese, l'ho regalata anche a mia suocera per Natale.\n\nQuesta volta però {p}. Ho già perso mezza mattina a cercare il pacco tra i vicini e in portineria.\n\nVi chiedo di sistemare la cosa entro oggi e di farmi sapere cosa intendete fare.\n\nCordiali saluti,\n{name}",
        "Buonasera,\n\nscrivo dopo una giornata lunghissima in negozio, con la ristrutturazione della cucina ancora a metà e la polvere ovunque. Di solito non scrivo mai reclami, e con voi non ce n'era mai stato bisogno.\n\nMa {p}, e sinceramente non me lo aspettavo.\n\nAttendo una risposta concreta.\n\n{name}",
    ),
    "en": (
        "Dear Stagiona team,\n\nI'm writing this from the car outside my daughter's swimming lesson, so apologies if it's brief. I've been a Club member since the start and have recommended you to half the office.\n\nThis month, though, {p}. I spent my lunch break chasing it with the neighbours.\n\nI'd appreciate it if you could put this right today and let me know what you'll do.\n\nKind regards,\n{name}",
        "Hi,\n\nlong day, we're in the middle of moving my dad into the granny flat and the house is boxes everywhere. I never write complaints and never needed to with you.\n\nBut {p}, and I honestly didn't expect it.\n\nPlease sort it.\n\n{name}",
    ),
    "fr": (
        "Madame, Monsieur,\n\nje vous écris entre deux rendez-vous au cabinet. Cliente depuis longtemps, je n'avais jamais eu à me plaindre.\n\nCependant {p}.\n\nMerci de régler cela rapidement.\n\n{name}",
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\nich schreibe aus dem Wartezimmer beim Tierarzt, wir bauen gerade das Dachgeschoss aus. Ich bin seit Jahren Kundin und war immer froh.\n\nAber {p}.\n\nBitte klären Sie das umgehend.\n\n{name}",
    ),
    "pt": (
        "Caros senhores,\n\nescrevo-vos do carro à porta da escola. Sou cliente há muito tempo e nunca tive razão de queixa.\n\nMas {p}.\n\nAguardo resolução rápida.\n\n{name}",
    ),
    "es": (
        "Estimados señores:\n\nles escribo desde el puesto del mercado entre cliente y cliente. Llevo años con ustedes y nunca había tenido que quejarme.\n\nPero {p}.\n\nEspero una solución pronto.\n\n{name}",
    ),
}
CASE_OPENED = {
    "it": (
        "Ciao {name}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e ti aggiorniamo entro domani. {agent}, {brand}",
    ),
    "en": (
        "Hi {name}, really sorry about this. We've opened case {case} and will update you by tomorrow. {agent}, {brand}",
    ),
    "fr": (
        "Bonjour {name}, toutes nos excuses. Nous avons ouvert la demande {case}, retour d'ici demain. {agent}, {brand}",
    ),
    "de": (
        "Hallo {name}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns bis morgen. {agent}, {brand}",
    ),
    "pt": (
        "Olá {name}, lamentamos muito. Abrimos o pedido {case} e damos notícias até amanhã. {agent}, {brand}",
    ),
    "es": (
        "Hola {name}, lo sentimos mucho. Hemos abierto la incidencia {case} y te decimos algo mañana. {agent}, {brand}",
    ),
}
PASSED_ON = {
    "it": (
        "Ciao {name}, la segnalazione {case} è ora in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì. {agent}",
    ),
    "en": (
        "Hi {name}, case {case} is now with our quality lead, who will call you before Friday. {agent}",
    ),
    "fr": (
        "Bonjour {name}, la demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi. {agent}",
    ),
    "de": (
        "Hallo {name}, der Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitag anruft. {agent}",
    ),
    "pt": (
        "Olá {name}, o pedido {case} está com a nossa responsável de qualidade, que liga até sexta. {agent}",
    ),
    "es": (
        "Hola {name}, la incidencia {case} la lleva ya nuestra responsable de calidad, que te llama antes del viernes. {agent}",
    ),
}
GOOD_NEWS = {
    "it": (
        "Buone notizie su {case}: abbiamo sistemato tutto. Puoi confermarci che è tutto a posto? {agent}",
    ),
    "en": ("Good news on {case}: it's sorted on our side. Could you confirm all is well? {agent}",),
    "fr": ("Bonne nouvelle pour {case} : c'est réglé. Pouvez-vous confirmer ? {agent}",),
    "de": ("Gute Nachricht zu {case}: erledigt. Können Sie das kurz bestätigen? {agent}",),
    "pt": ("Boas notícias sobre {case}: está resolvido. Pode confirmar? {agent}",),
    "es": ("Buenas noticias sobre {case}: resuelto. ¿Nos lo confirmas? {agent}",),
}
CONFIRM = {
    "it": ("Confermo, {case} risolto, grazie per la rapidità!",),
    "en": ("Confirmed, {case} is sorted, thanks for being quick!",),
    "fr": ("Je confirme, {case} réglé, merci !",),
    "de": ("Bestätige, {case} ist erledigt, danke!",),
    "pt": ("Confirmo, {case} resolvido, obrigada!",),
    "es": ("Confirmo, {case} resuelto, ¡gracias!",),
}
APOLOGY = {
    "it": ("Scusate per i toni di ieri, ero esasperata. Grazie per averlo risolto",),
    "en": ("sorry for the shouty message yesterday, long day. thanks for fixing it",),
    "fr": ("Désolée pour mon message d'hier, j'étais à bout. Merci",),
    "de": ("Entschuldigung für den Ton gestern, war ein langer Tag. Danke",),
    "pt": ("Desculpem o tom de ontem, estava farta. Obrigada",),
    "es": ("Perdón por el tono de ayer, estaba harta. Gracias",),
}
STILL_OPEN = {
    "it": (
        "Scrivo di nuovo per {case}: è ancora tutto fermo, {p}. Nessuno mi ha risposto",
        "ANCORA niente su {case}. {p}",
    ),
    "en": (
        "Writing again about {case}: still nothing, {p}. Nobody got back to me",
        "STILL nothing on {case}. {p}",
    ),
    "fr": ("Je relance pour {case} : toujours rien, {p}",),
    "de": ("Ich melde mich wieder wegen {case}: immer noch nichts, {p}",),
    "pt": ("Volto a escrever sobre {case}: continua tudo igual, {p}",),
    "es": ("Vuelvo a escribir por {case}: sigue todo igual, {p}",),
}
THIRD = {
    "it": ("Una collega prende le box da {comp} e a lei risolvono queste cose in giornata.",),
    "en": ("A mate gets his from {comp} and they sort this the same day.",),
    "fr": ("Une collègue est chez {comp} et eux règlent ça dans la journée.",),
    "de": ("Eine Kollegin bestellt bei {comp}, da wird so was am selben Tag geklärt.",),
    "pt": ("Uma colega compra na {comp} e lá resolvem isto no mesmo dia.",),
    "es": ("Una compañera pide a {comp} y allí esto lo arreglan en el día.",),
}
FOURTH = {
    "it": ("È la QUARTA volta che scrivo.",),
    "en": ("This is the FOURTH time I'm writing.",),
    "fr": ("C'est la QUATRIÈME fois que j'écris.",),
    "de": ("Das ist das VIERTE Mal, dass ich schreibe.",),
    "pt": ("É a QUARTA vez que escrevo.",),
    "es": ("Es la CUARTA vez que escribo.",),
}
URGENT = {
    "it": ("Aggiunto alla segnalazione {case} e segnato come urgente. {agent}",),
    "en": ("Added to case {case} and marked urgent. {agent}",),
    "fr": ("Ajouté à la demande {case}, marqué urgent. {agent}",),
    "de": ("Zum Vorgang {case} hinzugefügt, als dringend markiert. {agent}",),
    "pt": ("Acrescentado ao pedido {case}, marcado urgente. {agent}",),
    "es": ("Añadido a la incidencia {case}, marcado urgente. {agent}",),
}
SLIDE = {
    "it": (
        "box arrivata con un giorno di ritardo, senza avviso",
        "questo mese formaggi un po' anonimi, il pecorino era secco",
        "di nuovo ritardo e il ghiaccio era già mezzo sciolto",
        "il supporto mi ha risposto dopo 4 giorni con un messaggio automatico",
        "box calda, taleggio da buttare e mi offrite 5 € di buono. Ridicolo",
        "mio cognato prende le box da {comp}, ho ordinato lì per il compleanno di sabato",
    ),
    "en": (
        "box a day late this month, no heads-up",
        "cheeses a bit meh this time, the pecorino was dry",
        "late again and the ice packs half melted",
        "support answered after 4 days with a canned reply",
        "warm box, the taleggio went in the bin and I'm offered a £4 voucher. A joke",
        "my brother-in-law gets his from {comp}, ordered there for Saturday's birthday",
    ),
    "fr": (
        "box avec un jour de retard, sans prévenir",
        "fromages un peu fades ce mois-ci",
        "encore en retard, glace à moitié fondue",
        "le support a répondu au bout de 4 jours, message automatique",
        "box tiède, tout à la poubelle, et un bon de 5 €. Ridicule",
        "mon beau-frère commande chez {comp}, j'ai commandé là-bas pour samedi",
    ),
    "de": (
        "Box einen Tag zu spät, ohne Info",
        "diesmal eher langweiliger Käse",
        "wieder zu spät und die Kühlakkus halb geschmolzen",
        "Support hat nach 4 Tagen mit Textbaustein geantwortet",
        "Box warm, alles weggeworfen, dafür 5 € Gutschein. Lächerlich",
        "mein Schwager bestellt bei {comp}, ich habe dort für Samstag bestellt",
    ),
    "pt": (
        "caixa com um dia de atraso, sem aviso",
        "queijos sem graça este mês",
        "outra vez atrasada e o gelo meio derretido",
        "o apoio respondeu ao fim de 4 dias com mensagem automática",
        "caixa quente, foi tudo para o lixo e dão-me 5 €. Ridículo",
        "o meu cunhado compra na {comp}, encomendei lá para sábado",
    ),
    "es": (
        "caja con un día de retraso y sin avisar",
        "este mes quesos bastante sosos",
        "otra vez tarde y el hielo medio derretido",
        "soporte contestó a los 4 días con un mensaje automático",
        "caja caliente, todo a la basura y me ofrecen 5 €. Ridículo",
        "mi cuñado pide a {comp}, he pedido allí para el sábado",
    ),
}
CANCEL = {
    "it": (
        "Buongiorno, ci trasferiamo all'estero per lavoro e non ha senso continuare. Vorrei disdire il Club e chiudere l'account, grazie di tutto",
    ),
    "en": (
        "Hi, we're moving abroad for work so I'd like to cancel my Club membership and close the account. Thanks for everything",
    ),
    "fr": (
        "Bonjour, je déménage à l'étranger, je souhaite résilier le Club et fermer mon compte. Merci pour tout",
    ),
    "de": (
        "Hallo, wir ziehen ins Ausland, bitte Club kündigen und Konto schließen. Danke für alles",
    ),
    "pt": ("Olá, vou emigrar, quero cancelar o Clube e fechar a conta. Obrigada por tudo",),
    "es": (
        "Hola, me mudo al extranjero, quiero darme de baja del Club y cerrar la cuenta. Gracias por todo",
    ),
}
SORRY_GO = {
    "it": ("Ci dispiace vederti andare! Puoi disdire da solo nell'app o sul sito. {agent}",),
    "en": ("Sorry to see you go! You can cancel yourself in the app or on the website. {agent}",),
    "fr": (
        "Désolés de vous voir partir ! Résiliation possible dans l'appli ou sur le site. {agent}",
    ),
    "de": ("Schade! Sie können selbst in der App oder auf der Website kündigen. {agent}",),
    "pt": ("Pena vê-la partir! Pode cancelar na app ou no site. {agent}",),
    "es": ("¡Qué pena! Puedes darte de baja tú mismo en la app o en la web. {agent}",),
}
GRUMBLE = {
    "it": (
        "l'app mi fa rifare il login ogni volta",
        "la finestra di consegna 8-20 è inutile",
        "il promemoria alle 6 del mattino anche no",
    ),
    "en": (
        "app logs me out every single time",
        "an 8am-8pm delivery window is useless",
        "reminder text at 6am, why",
    ),
    "fr": ("l'appli me déconnecte à chaque fois", "créneau 8h-20h, inutile"),
    "de": ("die App meldet mich jedes Mal ab", "Lieferfenster 8-20 Uhr bringt nichts"),
    "pt": ("a app pede login sempre", "janela de entrega 8-20h não serve"),
    "es": ("la app me echa cada vez", "franja de entrega de 8 a 20, inútil"),
}
SARCASM = {
    "it": ("Wow, box 'refrigerata' arrivata a 30 gradi, fonduta gratis 👏",),
    "en": ("Love that the 'chilled' box came at 30 degrees, free fondue 👏",),
    "fr": ("Génial, la box 'réfrigérée' à 30 degrés, fondue offerte 😂",),
    "de": ("Toll, die 'gekühlte' Box bei 30 Grad, gratis Fondue 👏",),
    "pt": ("Adoro, caixa 'refrigerada' a 30 graus, fondue grátis 😂",),
    "es": ("Genial, la caja 'refrigerada' a 30 grados, fondue gratis 👏",),
}
MILD = {
    "it": ("la mappa delle consegne mostra la città sbagliata",),
    "en": ("the delivery map shows the wrong town",),
    "fr": ("la carte de livraison affiche la mauvaise ville",),
    "de": ("die Lieferkarte zeigt die falsche Stadt",),
    "pt": ("o mapa de entrega mostra a cidade errada",),
    "es": ("el mapa de entrega muestra la ciudad equivocada",),
}
MILD_ACK = {
    "it": ("Grazie della segnalazione, lo giriamo al team dell'app. {agent}",),
    "en": ("Thanks for flagging, passed to the app team. {agent}",),
    "fr": ("Merci, transmis à l'équipe de l'appli. {agent}",),
    "de": ("Danke, an das App-Team weitergegeben. {agent}",),
    "pt": ("Obrigado, passámos à equipa da app. {agent}",),
    "es": ("Gracias, lo pasamos al equipo de la app. {agent}",),
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
BP = {
    "invoice": {
        "it": "le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine",
        "en": "the invoices still show our old company name and no PO number",
        "fr": "les factures portent l'ancienne raison sociale et aucun bon de commande",
        "de": "die Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer",
        "pt": "as faturas têm o nome antigo da empresa e nenhum número de encomenda",
        "es": "las facturas llevan la razón social antigua y ningún número de pedido",
    },
    "service_blocked": {
        "it": "gli ordini risultano bloccati, 'conto sospeso', anche se abbiamo pagato tutto",
        "en": "our orders are blocked, 'account on hold', though everything is paid",
        "fr": "nos commandes sont bloquées, 'compte suspendu', alors que tout est payé",
        "de": "unsere Bestellungen sind gesperrt, 'Konto gesperrt', obwohl alles bezahlt ist",
        "pt": "as encomendas estão bloqueadas, 'conta suspensa', e está tudo pago",
        "es": "los pedidos salen bloqueados, 'cuenta en espera', y está todo pagado",
    },
    "portal": {
        "it": "nel portale l'ordine ricorrente non si può modificare né sospendere",
        "en": "the portal won't let us change or pause the standing order",
        "fr": "le portail ne permet ni de modifier ni de suspendre la commande récurrente",
        "de": "im Portal lässt sich der Dauerauftrag weder ändern noch pausieren",
        "pt": "o portal não deixa alterar nem suspender a encomenda recorrente",
        "es": "el portal no deja cambiar ni pausar el pedido recurrente",
    },
    "overbilled": {
        "it": "ci fatturate il prezzo di listino invece del prezzo da contratto",
        "en": "you're billing list price instead of our contract price",
        "fr": "vous facturez le prix catalogue au lieu du prix contractuel",
        "de": "Sie berechnen Listenpreise statt unseres Vertragspreises",
        "pt": "estão a faturar preço de tabela em vez do preço de contrato",
        "es": "nos facturáis precio de tarifa en vez del precio de contrato",
    },
}
B2B_FIRST = {
    "it": ("Buongiorno, per il conto {account}: {p}. Chiediamo una correzione. {name}",),
    "en": ("Hello, on account {account}: {p}. Please correct this. {name}",),
    "fr": ("Bonjour, pour le compte {account} : {p}. Merci de corriger. {name}",),
    "de": ("Guten Tag, zum Konto {account}: {p}. Bitte korrigieren. {name}",),
    "pt": ("Bom dia, na conta {account}: {p}. Pedimos correção. {name}",),
    "es": ("Buenos días, en la cuenta {account}: {p}. Rogamos corrección. {name}",),
}
B2B_LATER = {
    "it": (
        "Buongiorno, come già scritto da {first} {day} ({case}): {p}. Anche per noi in amministrazione è un problema. {name}",
    ),
    "en": (
        "Hello, as {first} wrote {day} ({case}): {p}. It's a problem for us in accounts too. {name}",
    ),
    "fr": ("Bonjour, comme {first} l'a écrit {day} ({case}) : {p}. {name}",),
    "de": ("Guten Tag, wie {first} {day} schon schrieb ({case}): {p}. {name}",),
    "pt": ("Bom dia, como {first} escreveu {day} ({case}): {p}. {name}",),
    "es": ("Buenos días, como escribió {first} {day} ({case}): {p}. {name}",),
}
B2B_DAY = {
    "it": "lunedì",
    "en": "on Monday",
    "fr": "lundi",
    "de": "am Montag",
    "pt": "na segunda",
    "es": "el lunes",
}
B2B_LAST = {
    "it": (
        "si buongiorno chiamo per la pratica {case} non e cambiato niente e hanno scritto in tanti il mio capo dice che se non si sistema questa settimana cambiamo fornitore",
    ),
    "en": (
        "yeah hi calling about case {case} nothing has changed several of us have written and my boss says if its not fixed this week we move the account",
    ),
    "fr": (
        "oui bonjour j'appelle pour la demande {case} rien n'a changé plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    ),
    "de": (
        "ja hallo wegen Vorgang {case} es hat sich nichts geändert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht geklärt ist",
    ),
    "pt": (
        "sim bom dia ligo pelo pedido {case} nada mudou varios colegas escreveram e o meu chefe diz que mudamos de fornecedor se nao resolverem esta semana",
    ),
    "es": (
        "sí buenos días llamo por la incidencia {case} no ha cambiado nada han escrito varios compañeros y mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
    ),
}
B2B_ACK = {
    "it": (
        "Buongiorno {name}, abbiamo aperto la pratica {case} per il conto. {agent}, {brand} Business",
    ),
    "en": ("Hello {name}, we've opened case {case} for the account. {agent}, {brand} Business",),
    "fr": ("Bonjour {name}, demande {case} ouverte pour le compte. {agent}, {brand} Business",),
    "de": ("Guten Tag {name}, Vorgang {case} für das Konto eröffnet. {agent}, {brand} Business",),
    "pt": ("Bom dia {name}, abrimos o pedido {case} para a conta. {agent}, {brand} Business",),
    "es": (
        "Buenos días {name}, abierta la incidencia {case} para la cuenta. {agent}, {brand} Business",
    ),
}
B2B_Q = {
    "it": ("Possiamo aggiungere due taglieri per l'evento di giovedì?",),
    "en": ("Can we add two boards for Thursday's client event?",),
    "fr": ("Peut-on ajouter deux plateaux pour jeudi ?",),
    "de": ("Können wir zwei Platten für Donnerstag dazubestellen?",),
    "pt": ("Podemos juntar duas tábuas para quinta?",),
    "es": ("¿Podemos añadir dos tablas para el jueves?",),
}
B2B_MILD = {
    "it": ("Suggerimento: sarebbe utile esportare le spese per centro di costo",),
    "en": ("Suggestion: it would help to export costs by cost centre",),
    "fr": ("Suggestion : pouvoir exporter par centre de coût serait utile",),
    "de": ("Vorschlag: Export nach Kostenstelle wäre hilfreich",),
    "pt": ("Sugestão: exportar custos por centro de custo ajudaria",),
    "es": ("Sugerencia: exportar gastos por centro de coste ayudaría",),
}
B2B_PRAISE = {
    "it": ("Taglieri di {brand} al convegno: i clienti ne parlano ancora",),
    "en": ("{brand} boards at our open day went down a storm",),
    "fr": ("Les plateaux {brand} au séminaire, un succès",),
    "de": ("Die {brand} Platten beim Sommerfest waren ein Hit",),
    "pt": ("As tábuas da {brand} no evento foram um sucesso",),
    "es": ("Las tablas de {brand} en la jornada, un éxito",),
}

SPIKE_TOPIC = "cheese-box app refuses Club members at checkout: 'membership not found', member prices gone, error CLB-286"
SPIKE = {
    "it": (
        "l'app dice 'iscrizione al Club non trovata' e mi fa pagare prezzo pieno?? errore CLB-286",
        "Ma che succede? Sono socia del Club da 3 anni e al pagamento dice che non esisto",
        "Non riesco a ordinare, dice iscrizione non trovata CLB-286",
    ),
    "en": (
        "app says 'Club membership not found' at checkout and wants full price?? CLB-286",
        "been a Club member 3 years and checkout says I don't exist. what",
        "can't order, 'membership not found', code CLB-286",
    ),
    "fr": (
        "l'appli dit 'adhésion Club introuvable' au paiement, erreur CLB-286",
        "au moment de payer, plus de tarif Club, on me dit que je ne suis pas membre ?!",
    ),
    "de": (
        "App sagt beim Bezahlen 'Club-Mitgliedschaft nicht gefunden', Fehler CLB-286",
        "Seit Jahren im Club und beim Bezahlen heißt es, ich sei kein Mitglied?!",
    ),
    "pt": (
        "a app diz 'adesão ao Clube não encontrada' no pagamento, erro CLB-286",
        "sou do Clube há anos e no pagamento diz que não sou sócia?!",
    ),
    "es": (
        "la app dice 'membresía del Club no encontrada' al pagar, error CLB-286",
        "llevo años en el Club y al pagar dice que no soy socia?!",
    ),
}
SPIKE_AGAIN = {
    "it": (
        "Ancora CLB-286, anche dal sito e dal telefono di mio marito. Il prezzo Club è sparito",
    ),
    "en": ("still CLB-286, tried the website and my partner's phone too. member price gone",),
    "fr": ("toujours CLB-286, aussi sur le site. plus de tarif Club",),
    "de": ("immer noch CLB-286, auch auf der Website. Club-Preis weg",),
    "pt": ("continua CLB-286, também no site. o preço do Clube desapareceu",),
    "es": ("sigue el CLB-286, también en la web. el precio del Club ha desaparecido",),
}
SPIKE_CHAT_A = {
    "it": (
        "Sì, in questo momento l'app non riconosce le iscrizioni al Club. I tecnici ci stanno lavorando. {agent}",
    ),
    "en": (
        "Yes, right now checkout isn't recognising Club memberships. Our engineers are on it. {agent}",
    ),
    "fr": (
        "Oui, le paiement ne reconnaît pas les adhésions Club en ce moment. Nos techniciens y travaillent. {agent}",
    ),
    "de": (
        "Ja, gerade werden Club-Mitgliedschaften beim Bezahlen nicht erkannt. Die Technik ist dran. {agent}",
    ),
    "pt": (
        "Sim, neste momento o pagamento não reconhece as adesões ao Clube. A equipa técnica está a tratar. {agent}",
    ),
    "es": (
        "Sí, ahora mismo el pago no reconoce las membresías del Club. Los técnicos están en ello. {agent}",
    ),
}
SPIKE_FIXED = {
    "it": (
        "Il riconoscimento del Club funziona di nuovo. Ti abbiamo accreditato 5 € per il disagio. {agent}",
    ),
    "en": (
        "Club memberships are recognised again at checkout. We've added a 5 € / £4 credit for the trouble. {agent}",
    ),
    "fr": ("Les adhésions Club sont de nouveau reconnues. 5 € de crédit ajoutés. {agent}",),
    "de": ("Club-Mitgliedschaften werden wieder erkannt. 5 € Guthaben gutgeschrieben. {agent}",),
    "pt": ("As adesões ao Clube voltaram a ser reconhecidas. Creditámos 5 €. {agent}",),
    "es": ("Las membresías del Club vuelven a reconocerse. Te hemos abonado 5 €. {agent}",),
}
LONE_Q = {
    "it": (
        "ieri sera nell'app il badge del Club era grigio finché non ho aggiornato, domani al pagamento va tutto bene?",
    ),
    "en": (
        "last night my Club badge looked grey in the app till I refreshed, will checkout be fine tomorrow?",
    ),
    "fr": (
        "hier soir le badge Club était gris jusqu'à l'actualisation, ça ira au paiement demain ?",
    ),
    "de": (
        "gestern Abend war das Club-Abzeichen grau bis zum Aktualisieren, klappt das Bezahlen morgen?",
    ),
    "pt": (
        "ontem à noite o selo do Clube estava cinzento até atualizar, amanhã o pagamento funciona?",
    ),
    "es": (
        "anoche la insignia del Club salía gris hasta que actualicé, ¿mañana al pagar irá bien?",
    ),
}
LONE_A = {
    "it": ("Sì, il grigio è solo un caricamento lento, il pagamento funziona. {agent}",),
    "en": ("Yes, grey is just slow loading, checkout works fine. {agent}",),
    "fr": ("Oui, le gris n'est qu'un chargement lent, le paiement marche. {agent}",),
    "de": ("Ja, grau heißt nur langsames Laden, Bezahlen klappt. {agent}",),
    "pt": ("Sim, o cinzento é só carregamento lento, o pagamento funciona. {agent}",),
    "es": ("Sí, el gris es solo carga lenta, el pago funciona. {agent}",),
}
AGENTS = ("Giada", "Rob", "Aurélie", "Katrin", "Sofia", "Marta")
