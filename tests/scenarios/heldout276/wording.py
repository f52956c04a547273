# ruff: noqa: E501
"""Wording of heldout276 (Ramura: bonsai shop, boarding and care). Written by hand, blind."""

from __future__ import annotations

LANGS = ["es", "en", "de", "fr", "it", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "es": ["ES"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
FIRST = {
    "es": [
        "Lucía",
        "Mateo",
        "Carmen",
        "Iker",
        "Nerea",
        "Álvaro",
        "Rocío",
        "Jaime",
        "Inés",
        "Sergio",
        "Maite",
        "Rubén",
    ],
    "en": [
        "Oliver",
        "Hannah",
        "Callum",
        "Niamh",
        "Priya",
        "Gareth",
        "Eileen",
        "Tom",
        "Shauna",
        "Declan",
        "Freya",
        "Rhys",
    ],
    "de": ["Jonas", "Brigitte", "Lukas", "Anke", "Florian", "Heike", "Timo", "Sabine"],
    "fr": ["Camille", "Théo", "Margaux", "Bastien", "Élodie", "Quentin", "Soline", "Yanis"],
    "it": ["Giulia", "Matteo", "Chiara", "Lorenzo", "Federica", "Davide", "Serena", "Tommaso"],
    "pt": ["Beatriz", "Tiago", "Inês", "Rui", "Mafalda", "Duarte", "Carolina", "Nuno"],
}
LAST = {
    "es": [
        "Olmedo",
        "Berrocal",
        "Quintana",
        "Arrieta",
        "Salcedo",
        "Villalba",
        "Toledano",
        "Escudero",
        "Luque",
        "Aranda",
    ],
    "en": [
        "Pritchard",
        "Donnelly",
        "Ashworth",
        "Kaur",
        "McBride",
        "Fenwick",
        "Holloway",
        "Brennan",
        "Marsh",
        "Lowry",
    ],
    "de": ["Hartmann", "Vogt", "Reinholz", "Lindner", "Kessler", "Brückner", "Stahl", "Eder"],
    "fr": ["Delorme", "Fabre", "Marchal", "Rousset", "Lemaire", "Chevallier", "Perrin", "Garnier"],
    "it": ["Bellandi", "Ferraresi", "Colombo", "Santoro", "Rinaldi", "Gatti", "Monti", "Vitale"],
    "pt": ["Azevedo", "Moura", "Carvalho", "Teixeira", "Pinheiro", "Lobo", "Correia", "Frade"],
}
AGENTS = ["Aiko (Ramura)", "Marta (Ramura)", "Ben (Ramura)", "Sofia (Ramura)"]
PRODUCTS = [
    "Ficus retusa 8 yrs / Ficus retusa 8 años",
    "Juniper procumbens nana / Enebro",
    "Boarding 2 weeks / Hotel bonsái 2 semanas",
    "Repotting visit / Visita de trasplante",
    "Akadama 14 l + tools / Akadama 14 l + herramientas",
    "Japanese maple 12 yrs / Arce japonés 12 años",
]

PRAISE = {
    "es": [
        "Mi olmo ha vuelto del hotel de Ramura con brotes nuevos, qué maravilla",
        "Tercera vez que dejo el ficus en el hotel bonsái y vuelve mejor que se fue",
        "El trasplante que me hicieron ayer, impecable. Gracias Ramura!",
        "La caja del Club de este mes trae un alambre de cobre buenísimo, me encanta",
        "Jajaja mi enebro ya tiene más vida social que yo, gracias al taller de Ramura",
    ],
    "en": [
        "Collected my juniper from Ramura boarding today and it looks happier than when I left it",
        "Third time using the repotting visit, Kenji is a legend with roots",
        "The Club box this month had proper concave cutters, lovely",
        "Honestly the care guide that came with the maple is better than any book I own",
        "My ficus survived my fortnight in Spain thanks to Ramura, cheers",
    ],
    "de": [
        "Mein Wacholder kam aus der Ramura-Pflege mit frischen Trieben zurück, super",
        "Schon wieder ein toller Umtopf-Termin, sehr nett und pünktlich",
        "Die Club-Box diesen Monat ist echt gelungen",
    ],
    "fr": [
        "Mon érable est revenu de la pension Ramura en pleine forme, merci",
        "Encore une super séance de rempotage, très pro",
        "La box du Club ce mois-ci est top",
    ],
    "it": [
        "Il mio ginepro è tornato dalla pensione Ramura in splendida forma",
        "Ancora una volta un rinvaso perfetto, grazie",
        "La box del Club di questo mese è bellissima",
    ],
    "pt": [
        "O meu ficus voltou do hotel da Ramura cheio de folhas novas, adorei",
        "Mais uma vez uma visita de transplante impecável, obrigada",
        "A caixa do Clube deste mês está ótima",
    ],
}
GRIPE = {
    "es": [
        "Todo genial con el arce, solo que la factura llegó sin el descuento del Club. Por lo demás, de diez"
    ],
    "en": ["Lovely tree, only the care card was in Spanish. Otherwise spot on"],
    "de": ["Schöner Baum, nur die Pflegekarte fehlte. Sonst alles bestens"],
    "fr": ["Bel arbre, seul le sac de terreau était un peu abîmé. Sinon parfait"],
    "it": ["Albero stupendo, solo la scatola era un po' schiacciata. Per il resto ottimo"],
    "pt": ["Árvore linda, só o cartão de cuidados veio em inglês. De resto tudo ótimo"],
}
QUESTION = {
    "es": [
        "Hola, ¿el hotel bonsái acepta árboles de exterior en agosto?",
        "¿Cada cuánto viene la caja del Club?",
        "¿Se puede cambiar la visita de trasplante al martes?",
    ],
    "en": [
        "Hi, do you board outdoor trees over winter too?",
        "Can I move my repotting visit to Thursday?",
        "What soil mix do you use for the junipers?",
    ],
    "de": [
        "Hallo, nehmt ihr auch Outdoor-Bäume in Pflege?",
        "Kann ich den Umtopf-Termin verschieben?",
    ],
    "fr": [
        "Bonjour, vous gardez aussi les arbres d'extérieur ?",
        "Je peux décaler ma visite de rempotage ?",
    ],
    "it": [
        "Ciao, accettate anche alberi da esterno in pensione?",
        "Posso spostare la visita di rinvaso?",
    ],
    "pt": [
        "Olá, o hotel aceita árvores de exterior?",
        "Posso mudar a visita de transplante para quinta?",
    ],
}
THANKS = {
    "es": ["Genial, gracias!", "Perfecto, mil gracias"],
    "en": ["Brilliant, thanks", "Perfect, cheers"],
    "de": ["Super, danke!"],
    "fr": ["Parfait, merci !"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Ótimo, obrigada!"],
}
ANSWER = {
    "es": "Hola {n}, sí, sin problema. Te lo dejo anotado. Un saludo",
    "en": "Hi {n}, yes, no problem at all, I've noted it on your account.",
    "de": "Hallo {n}, ja, kein Problem, ist vermerkt.",
    "fr": "Bonjour {n}, oui, c'est noté sur votre compte.",
    "it": "Ciao {n}, sì, nessun problema, l'ho annotato.",
    "pt": "Olá {n}, sim, sem problema, fica registado.",
}
NIGHT = {
    "es": [
        "Las 3 de la mañana y yo mirando vídeos de defoliado. Gracias Ramura por la guía",
        "Turno de noche terminado, reservada la visita de trasplante del sábado",
    ],
    "en": [
        "2am and I'm wiring a juniper by lamp light, the Ramura guide is gold",
        "Night shift done, booked Saturday's repot visit, easy as anything",
    ],
    "de": ["Kann nicht schlafen, lese die Ramura-Pflegetipps. Sehr gut gemacht"],
    "fr": ["Insomnie, je relis le guide Ramura sur l'arrosage, très clair"],
    "it": ["Notte insonne, ho prenotato la pensione per agosto in due minuti"],
    "pt": ["Insónia, reservei o hotel para agosto em dois minutos, muito fácil"],
}

PROBLEMS = [
    "dead_on_arrival",
    "boarding_damage",
    "double_charge",
    "club_box_missing",
    "visit_no_show",
    "refund",
]
COMPLAINT = {
    "es": {
        "dead_on_arrival": "El arce que me llegó ayer viene con todas las hojas secas y la maceta rota. 89 € por un palo",
        "boarding_damage": "Recojo mi olmo del hotel bonsái y tiene dos ramas partidas y el alambre clavado en la corteza. Cuatro años de trabajo",
        "double_charge": "Me habéis cobrado DOS veces la cuota del Club este mes",
        "club_box_missing": "La caja del Club de este mes no ha llegado y el seguimiento dice entregada",
        "visit_no_show": "Me pedí la mañana libre para la visita de trasplante y no vino nadie. Ni una llamada",
        "refund": "Tres semanas esperando el reembolso del ficus devuelto. YA ESTÁ BIEN",
    },
    "en": {
        "dead_on_arrival": "The maple that arrived yesterday is completely dried out and the pot is cracked. £78 for a stick",
        "boarding_damage": "Picked my elm up from boarding and two branches are snapped and the wire has cut into the bark. Four years of work",
        "double_charge": "You've charged my Club fee TWICE this month",
        "club_box_missing": "This month's Club box never came and tracking says delivered",
        "visit_no_show": "Took the morning off for the repotting visit and nobody turned up. Not even a call",
        "refund": "Three weeks waiting for the refund on the returned ficus. Not good enough",
    },
    "de": {
        "dead_on_arrival": "Der Ahorn kam komplett vertrocknet an, Topf gebrochen. 89 € für einen Stock",
        "boarding_damage": "Meine Ulme aus der Pflege zurück: zwei Äste abgebrochen, Draht eingewachsen",
        "double_charge": "Ihr habt den Club-Beitrag ZWEIMAL abgebucht",
        "club_box_missing": "Die Club-Box kam nie an, laut Sendungsverfolgung zugestellt",
        "visit_no_show": "Extra freigenommen für den Umtopf-Termin und niemand kam",
        "refund": "Seit drei Wochen warte ich auf die Erstattung",
    },
    "fr": {
        "dead_on_arrival": "L'érable reçu hier est complètement sec et le pot est cassé. 89 € pour un bâton",
        "boarding_damage": "Mon orme revient de la pension avec deux branches cassées et le fil incrusté",
        "double_charge": "Vous avez prélevé DEUX fois l'abonnement du Club",
        "club_box_missing": "La box du Club n'est jamais arrivée, le suivi dit livrée",
        "visit_no_show": "J'ai pris ma matinée pour le rempotage et personne n'est venu",
        "refund": "Trois semaines que j'attends le remboursement",
    },
    "it": {
        "dead_on_arrival": "L'acero arrivato ieri è secco e il vaso è rotto. 89 € per un bastone",
        "boarding_damage": "Il mio olmo è tornato dalla pensione con due rami spezzati",
        "double_charge": "Mi avete addebitato DUE volte la quota del Club",
        "club_box_missing": "La box del Club non è mai arrivata ma risulta consegnata",
        "visit_no_show": "Ho preso un permesso per il rinvaso e non è venuto nessuno",
        "refund": "Tre settimane che aspetto il rimborso",
    },
    "pt": {
        "dead_on_arrival": "O ácer chegou ontem todo seco e com o vaso partido. 89 € por um pau",
        "boarding_damage": "O meu olmo voltou do hotel com dois ramos partidos",
        "double_charge": "Cobraram DUAS vezes a quota do Clube",
        "club_box_missing": "A caixa do Clube nunca chegou e o tracking diz entregue",
        "visit_no_show": "Tirei a manhã para o transplante e ninguém apareceu",
        "refund": "Três semanas à espera do reembolso",
    },
}
LETTER = {
    "es": (
        "Hola, os escribo desde la sala de espera del fisio de mi padre, que se operó de la rodilla y me toca llevarlo cada martes. Llevo cuatro años con vosotros y siempre he estado contenta, el hotel bonsái me ha salvado más de un verano. Pero esta vez no. {c}. Os agradecería que alguien me dijera qué vais a hacer. Un saludo, {n}",
        "Buenas tardes, aprovecho que los niños están en natación para escribir esto con calma. {c}. No suelo quejarme, de verdad, pero necesito una solución. Gracias, {n}",
    ),
    "en": (
        "Hello, writing this from the car outside my daughter's violin lesson, so forgive the length. I've been with you since the start and the boarding has saved my trees every summer. But this time: {c}. I'd like to know what you will do about it. Regards, {n}",
        "Hi there, sat in the garden centre café of all places. {c}. I don't usually complain but I need this sorted. Thanks, {n}",
    ),
    "de": (
        "Hallo, ich schreibe aus dem Wartezimmer beim Tierarzt. {c}. Ich bin seit Jahren Kundin und war immer froh, aber so geht das nicht. Grüße, {n}",
    ),
    "fr": (
        "Bonjour, je vous écris depuis le train. {c}. Je suis cliente depuis longtemps, mais là je ne comprends pas. Cordialement, {n}",
    ),
    "it": (
        "Buongiorno, vi scrivo dalla sala d'attesa del dentista. {c}. Sono cliente da anni ma così non va. Saluti, {n}",
    ),
    "pt": (
        "Bom dia, escrevo do comboio. {c}. Sou cliente há anos mas assim não dá. Cumprimentos, {n}",
    ),
}
SUBJ_COMPLAINT = {
    "es": "Reclamación: ",
    "en": "Complaint: ",
    "de": "Beschwerde: ",
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}
SUBJ_RE = {
    "es": "RE: Incidencia ",
    "en": "Re: Your case ",
    "de": "AW: Vorgang ",
    "fr": "RE : Demande ",
    "it": "R: Segnalazione ",
    "pt": "RE: Pedido ",
}
CASE_OPEN = {
    "es": "Hola {n}, lo sentimos mucho. Abrimos la incidencia {k} y te decimos algo en 48 h.",
    "en": "Hi {n}, really sorry about this. I've opened case {k} and we'll come back within 48 hours.",
    "de": "Hallo {n}, das tut uns leid. Vorgang {k} ist angelegt.",
    "fr": "Bonjour {n}, désolés. Demande {k} ouverte.",
    "it": "Ciao {n}, ci dispiace. Segnalazione {k} aperta.",
    "pt": "Olá {n}, lamentamos. Pedido {k} aberto.",
}
ESCALATED = {
    "es": "Hola {n}, he pasado la incidencia {k} a la responsable de calidad.",
    "en": "Hi {n}, I've passed case {k} to our quality lead.",
    "de": "Hallo {n}, Vorgang {k} geht an die Qualitätsleitung.",
    "fr": "Bonjour {n}, demande {k} transmise à la responsable qualité.",
    "it": "Ciao {n}, segnalazione {k} passata alla responsabile qualità.",
    "pt": "Olá {n}, passei o pedido {k} à responsável de qualidade.",
}
GOOD_NEWS = {
    "es": "Hola {n}, buenas noticias sobre {k}: ya está resuelto. ¿Nos lo confirmas?",
    "en": "Hi {n}, good news on {k}: it's sorted. Could you confirm?",
    "de": "Hallo {n}, gute Nachricht zu {k}: erledigt. Können Sie das bestätigen?",
    "fr": "Bonjour {n}, bonne nouvelle pour {k} : c'est réglé. Vous confirmez ?",
    "it": "Ciao {n}, buone notizie su {k}: risolto. Ci confermi?",
    "pt": "Olá {n}, boas notícias sobre {k}: está resolvido. Confirma?",
}
CONFIRM = {
    "es": "Confirmado, {k} resuelto. Gracias por la rapidez",
    "en": "Confirmed, {k} is sorted, thanks for being quick",
    "de": "Bestätigt, {k} ist erledigt, danke",
    "fr": "Confirmé, {k} est réglé, merci",
    "it": "Confermo, {k} risolto, grazie",
    "pt": "Confirmo, {k} resolvido, obrigada",
}
APOLOGY = {
    "es": "Perdón por el tono de ayer, estaba muy quemada. Gracias por responder",
    "en": "Sorry for my tone yesterday, bad day. Thanks for getting back to me",
    "de": "Sorry für meinen Ton gestern, war ein schlechter Tag",
    "fr": "Désolée pour le ton d'hier, mauvaise journée",
    "it": "Scusate il tono di ieri, giornata pessima",
    "pt": "Desculpem o tom de ontem, dia mau",
}
STILL_OPEN = {
    "es": ["Sigo sin noticias de {k}. Sigue igual", "Otra vez yo con {k}. Nada resuelto todavía"],
    "en": ["Still nothing on {k}. Nothing has changed", "Me again about {k}, still not sorted"],
    "de": ["Immer noch nichts zu {k}"],
    "fr": ["Toujours rien pour {k}"],
    "it": ["Ancora niente su {k}"],
    "pt": ["Ainda nada sobre {k}"],
}
THIRD = {
    "es": "Tercera vez que escribo por {k}. Una amiga compra en {x} y allí lo arreglan en el día",
    "en": "Third time writing about {k}. A mate uses {x} and they sort this the same day",
    "de": "Das dritte Mal wegen {k}. Bei {x} geht das am selben Tag",
    "fr": "Troisième fois pour {k}. Chez {x} c'est réglé le jour même",
    "it": "Terza volta per {k}. Da {x} lo risolvono in giornata",
    "pt": "Terceira vez por {k}. Na {x} resolvem no mesmo dia",
}
FOURTH = {
    "es": "CUARTA vez con {k}. Esto no es serio",
    "en": "FOURTH time about {k}. This is a joke",
    "de": "Zum VIERTEN Mal {k}",
    "fr": "QUATRIÈME fois pour {k}",
    "it": "QUARTA volta per {k}",
    "pt": "QUARTA vez por {k}",
}
SLIDE = {
    "es": [
        "La caja del Club llegó un día tarde, no pasa nada",
        "El musgo de la caja venía seco, qué pena",
        "Otra vez la caja tarde y el alambre no era el que anunciabais",
        "Llevo tres cajas flojas seguidas, empiezo a dudar del Club",
        "Sinceramente, el servicio ha bajado mucho. Ya no es lo que era",
        "Mi cuñado compra en {x} y le va mejor. Estoy muy decepcionada",
    ],
    "en": [
        "Club box a day late, no big deal",
        "The moss in the box was dried out, shame",
        "Box late again and not the wire you advertised",
        "Three poor boxes in a row now, starting to doubt the Club",
        "Honestly the service has gone downhill. Not what it was",
        "My brother-in-law uses {x} now and gets better. Really disappointed",
    ],
    "de": [
        "Club-Box einen Tag zu spät, halb so wild",
        "Moos war vertrocknet, schade",
        "Wieder zu spät, falscher Draht",
        "Drei schwache Boxen hintereinander",
        "Der Service ist echt schlechter geworden",
        "Mein Schwager bestellt bei {x}, viel besser. Sehr enttäuscht",
    ],
    "fr": [
        "Box du Club avec un jour de retard, pas grave",
        "La mousse était sèche, dommage",
        "Encore en retard, pas le bon fil",
        "Trois box décevantes de suite",
        "Le service s'est vraiment dégradé",
        "Mon beau-frère passe par {x}, c'est mieux. Très déçue",
    ],
    "it": [
        "Box del Club in ritardo di un giorno, pazienza",
        "Il muschio era secco, peccato",
        "Di nuovo in ritardo, filo sbagliato",
        "Tre box deludenti di fila",
        "Il servizio è peggiorato parecchio",
        "Mio cognato usa {x} e si trova meglio. Molto delusa",
    ],
    "pt": [
        "Caixa do Clube um dia atrasada, não faz mal",
        "O musgo vinha seco, pena",
        "Outra vez atrasada, arame errado",
        "Três caixas fracas seguidas",
        "O serviço piorou muito",
        "O meu cunhado usa a {x} e está melhor. Muito desiludida",
    ],
}
CANCEL = {
    "es": "Quiero darme de baja del Club Ramura y cerrar mi cuenta. Ya no tengo sitio para los árboles en el piso nuevo",
    "en": "I want to cancel my Ramura Club membership and close my account please. Moving to a flat with no balcony",
    "de": "Ich möchte den Ramura Club kündigen und mein Konto schließen",
    "fr": "Je veux résilier le Club Ramura et fermer mon compte",
    "it": "Voglio disdire il Club Ramura e chiudere il mio account",
    "pt": "Quero cancelar o Clube Ramura e fechar a minha conta",
}
BYE = {
    "es": "Hola {n}, hecho: baja del Club y cuenta cerrada. Sentimos que te vayas.",
    "en": "Hi {n}, done: Club cancelled and account closed. Sorry to see you go.",
    "de": "Hallo {n}, erledigt. Schade, dass Sie gehen.",
    "fr": "Bonjour {n}, c'est fait. Dommage de vous voir partir.",
    "it": "Ciao {n}, fatto. Ci dispiace vederti andare.",
    "pt": "Olá {n}, feito. Lamentamos vê-la partir.",
}
GRUMPY = {
    "es": [
        "La web va lentísima, como siempre",
        "Los gastos de envío son un robo",
        "Otra vez sin stock de akadama",
    ],
    "en": [
        "Website slow as usual",
        "Postage costs are daylight robbery",
        "Out of akadama again, typical",
    ],
    "de": ["Versandkosten wie immer zu hoch", "Wieder kein Akadama da"],
    "fr": ["Frais de port toujours trop chers", "Encore en rupture d'akadama"],
    "it": ["Spese di spedizione sempre care", "Di nuovo senza akadama"],
    "pt": ["Portes sempre caros", "Outra vez sem akadama"],
}
SARCASM = {
    "es": "Genial, la caja del Club ha llegado con el musgo hecho polvo. Justo lo que quería 👏",
    "en": "Great, Club box turned up with the moss as dust. Just what I wanted 👏",
    "de": "Toll, das Moos kam als Staub an 👏",
    "fr": "Génial, la mousse est arrivée en poussière 👏",
    "it": "Fantastico, il muschio è arrivato in polvere 👏",
    "pt": "Ótimo, o musgo chegou em pó 👏",
}
SPIKE = {
    "es": [
        "No puedo pagar la cuota del Club en la app, sale el error RMC:7731",
        "La app me da RMC:7731 al pagar la caja del Club. ¿Qué pasa?",
        "error RMC:7731 al intentar pagar, ya van tres intentos",
    ],
    "en": [
        "Can't pay for my Club box in the app, error RMC:7731",
        "App keeps throwing RMC:7731 at checkout for Club members",
        "RMC:7731 every time I try to pay, anyone else?",
    ],
    "de": ["Zahlung in der App geht nicht, Fehler RMC:7731"],
    "fr": ["Impossible de payer dans l'appli, erreur RMC:7731"],
    "it": ["Non riesco a pagare nell'app, errore RMC:7731"],
    "pt": ["Não consigo pagar na app, erro RMC:7731"],
}
SPIKE_AGAIN = {
    "es": "Sigue el RMC:7731, media hora después",
    "en": "Still getting RMC:7731 half an hour later",
    "de": "Immer noch RMC:7731",
    "fr": "Toujours RMC:7731",
    "it": "Ancora RMC:7731",
    "pt": "Ainda RMC:7731",
}
WORKS = {
    "es": "Hola {n}, el pago en la app funciona de nuevo desde las {t}. Te hemos abonado 5 €.",
    "en": "Hi {n}, app checkout works again since {t}. We've credited £5.",
    "de": "Hallo {n}, die Zahlung geht seit {t} wieder. 5 € gutgeschrieben.",
    "fr": "Bonjour {n}, le paiement fonctionne depuis {t}. 5 € crédités.",
    "it": "Ciao {n}, il pagamento funziona di nuovo dalle {t}. 5 € accreditati.",
    "pt": "Olá {n}, o pagamento funciona desde as {t}. 5 € creditados.",
}
LONE = {
    "es": "¿El pago con tarjeta en la app cambia algo? Me pidió el código del banco, pero funcionó",
    "en": "Did app checkout change? It asked for a bank code, but it went through fine",
    "de": "Hat sich die Zahlung geändert? Ging aber",
    "fr": "Le paiement a changé ? Ça a marché quand même",
    "it": "È cambiato il pagamento? Ha funzionato comunque",
    "pt": "O pagamento mudou? Funcionou na mesma",
}

B2B_PROBLEMS = ["invoice", "care_missed", "plants_dead", "portal"]
B2B_COMPLAINT = {
    "es": {
        "invoice": "Las facturas de Ramura Oficina llegan sin número de pedido y contabilidad las rechaza",
        "care_missed": "El técnico de cuidado no ha venido en tres semanas y los bonsáis de recepción están secos",
        "plants_dead": "Tres de los arces de la sala de juntas se han muerto y seguimos pagando el alquiler",
        "portal": "El portal no deja dar de baja las plantas de la planta 2",
    },
    "en": {
        "invoice": "Ramura Office invoices come without our PO number and finance bounces them",
        "care_missed": "The care visit hasn't happened in three weeks and the reception bonsai are dry",
        "plants_dead": "Three of the boardroom maples have died and we're still paying rental",
        "portal": "The portal won't let us off-hire the second-floor plants",
    },
    "de": {
        "invoice": "Rechnungen ohne Bestellnummer, die Buchhaltung lehnt ab",
        "care_missed": "Seit drei Wochen kein Pflegebesuch",
        "plants_dead": "Drei Ahorne im Konferenzraum sind eingegangen",
        "portal": "Im Portal kann man nichts abmelden",
    },
    "fr": {
        "invoice": "Factures sans numéro de commande",
        "care_missed": "Pas de visite d'entretien depuis trois semaines",
        "plants_dead": "Trois érables de la salle de réunion sont morts",
        "portal": "Le portail ne permet pas de rendre les plantes",
    },
    "it": {
        "invoice": "Fatture senza numero d'ordine",
        "care_missed": "Nessuna visita di cura da tre settimane",
        "plants_dead": "Tre aceri della sala riunioni sono morti",
        "portal": "Il portale non permette di restituire le piante",
    },
    "pt": {
        "invoice": "Faturas sem número de encomenda",
        "care_missed": "Três semanas sem visita de manutenção",
        "plants_dead": "Três áceres da sala de reuniões morreram",
        "portal": "O portal não deixa devolver as plantas",
    },
}
B2B_AGAIN = {
    "es": "Como dijo {f}, seguimos igual con {k}. Nada resuelto",
    "en": "As {f} said, {k} is still not fixed",
    "de": "Wie {f} schrieb, {k} ist nicht gelöst",
    "fr": "Comme disait {f}, {k} n'est pas réglé",
    "it": "Come ha scritto {f}, {k} non è risolto",
    "pt": "Como disse {f}, {k} continua por resolver",
}
B2B_MILD = {
    "es": "Sugerencia: estaría bien poder elegir la hora de la visita de cuidado",
    "en": "Suggestion: it would help to pick the care visit time slot",
    "de": "Vorschlag: Uhrzeit der Pflege wählen können wäre gut",
    "fr": "Suggestion : pouvoir choisir l'heure de la visite",
    "it": "Suggerimento: poter scegliere l'orario della visita",
    "pt": "Sugestão: poder escolher a hora da visita",
}
B2B_HAPPY = {
    "es": [
        "Las plantas nuevas de recepción quedan preciosas, gracias",
        "Factura recibida, todo correcto",
    ],
    "en": ["The new reception display looks great, thanks", "Invoice received, all correct"],
    "de": ["Neue Pflanzen sehen toll aus, danke"],
    "fr": ["Les nouvelles plantes sont superbes, merci"],
    "it": ["Le nuove piante sono bellissime, grazie"],
    "pt": ["As plantas novas estão lindas, obrigado"],
}
