"""Wording of heldout188 (Sillonaro, vinyl record club): every table in every language."""

# ruff: noqa: E501

from __future__ import annotations

BRAND = "Sillonaro"
COMPETITORS = ("Groovetta", "Platinor")
LANGS = ("en", "fr", "de", "it", "pt", "es")
MARKETS = {
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT"),
    "it": ("IT",),
    "pt": ("PT",),
    "es": ("ES",),
}

T = dict[str, list[str]]

FIRST = {
    "en": [
        "Olivia",
        "Harry",
        "Niamh",
        "Callum",
        "Priya",
        "Tom",
        "Grace",
        "Declan",
        "Megan",
        "Rhys",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thibault",
        "Léa",
        "Mathis",
        "Chloé",
        "Bastien",
        "Inès",
        "Yannick",
    ],
    "de": ["Jonas", "Lea", "Malte", "Friederike", "Tobias", "Svenja", "Lukas", "Henrike"],
    "it": ["Giulia", "Matteo", "Chiara", "Lorenzo", "Federica", "Davide"],
    "pt": ["Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Duarte"],
    "es": ["Lucía", "Álvaro", "Nerea", "Iker", "Paula", "Rubén"],
}
LAST = {
    "en": [
        "Hughes",
        "Whitfield",
        "Brennan",
        "Okafor",
        "Patel",
        "Lister",
        "Doyle",
        "Marsh",
        "Quinlan",
        "Ashby",
    ],
    "fr": [
        "Lefèvre",
        "Morvan",
        "Garnier",
        "Rousseau",
        "Peyrac",
        "Dumont",
        "Blanchard",
        "Ferrand",
        "Lemoine",
        "Carré",
    ],
    "de": ["Köhler", "Brandt", "Seidel", "Vogt", "Lindner", "Hartmann", "Krause", "Ostermann"],
    "it": ["Ferraro", "Colombo", "Rinaldi", "Marchetti", "Galli", "Bellini"],
    "pt": ["Sousa", "Carvalho", "Pereira", "Lopes", "Marques", "Teixeira"],
    "es": ["Navarro", "Ibáñez", "Castro", "Serrano", "Vidal", "Roldán"],
}

PRODUCTS = [
    ("Monthly crate, 3 LPs / Caja mensual, 3 LP", "34.90"),
    ("Jazz crate, 2 LPs / Caja jazz, 2 LP", "27.50"),
    ("Turntable hire, 1 month / Alquiler de tocadiscos, 1 mes", "19.00"),
    ("Deluxe reissue box / Caja reedición deluxe", "89.00"),
    ("Stylus replacement / Aguja de repuesto", "24.00"),
]

PRAISE: T = {
    "en": [
        "This month's {brand} crate is unreal, the Nina Simone pressing sounds warm and dead quiet",
        "{brand} curators clearly know their stuff, found three new favourite bands this month",
        "Crate arrived on a rainy Tuesday and made my week, thanks {brand}",
    ],
    "fr": [
        "La caisse {brand} de ce mois est une tuerie, le pressage de Gainsbourg est nickel",
        "Les curateurs de {brand} ont du goût, j'ai découvert trois groupes ce mois-ci",
        "Reçu ma caisse ce matin, café + vinyle, dimanche parfait grâce à {brand}",
    ],
    "de": [
        "Die {brand} Kiste diesen Monat ist großartig, Pressung absolut knisterfrei",
        "Wieder tolle Auswahl von {brand}, die Kuratoren treffen genau meinen Geschmack",
    ],
    "it": [
        "La cassetta {brand} di questo mese è stupenda, stampa pulitissima",
        "Curatori di {brand} bravissimi, ho scoperto due band nuove",
    ],
    "pt": [
        "A caixa da {brand} deste mês está incrível, prensagem impecável",
        "Os curadores da {brand} acertaram em cheio outra vez",
    ],
    "es": [
        "La caja de {brand} de este mes es una pasada, el prensado suena limpísimo",
        "Los curadores de {brand} aciertan siempre, tres grupos nuevos descubiertos",
    ],
}
AGAIN: T = {
    "en": [
        "Third month in a row the {brand} crate is spot on, how do they do it",
        "Again the courier left it with the neighbour exactly as I asked, love it",
    ],
    "fr": [
        "Troisième mois d'affilée que la caisse {brand} tombe juste, chapeau",
        "Encore une fois livré pile le samedi matin, merci",
    ],
    "de": [
        "Schon wieder eine perfekte Kiste, dritter Monat in Folge",
        "Immer noch begeistert vom Club, jede Lieferung ein Treffer",
    ],
    "it": [
        "Terzo mese di fila che la cassetta è perfetta",
        "Ancora una volta imballaggio perfetto, zero angoli rovinati",
    ],
    "pt": [
        "Terceiro mês seguido com uma caixa perfeita",
        "Outra vez chegou antes do previsto, impecável",
    ],
    "es": [
        "Tercer mes seguido que la caja es perfecta",
        "Otra vez el mensajero puntualísimo, da gusto",
    ],
}
PRAISE_GRIPE: T = {
    "en": [
        "Lovely crate as always, only the inner sleeves are paper and scuff a bit. Still five stars"
    ],
    "fr": [
        "Super caisse comme d'hab, juste les pochettes intérieures en papier qui rayent un peu",
        "Très contente du club, seul bémol l'appli qui oublie ma liste d'envies",
    ],
    "de": ["Tolle Kiste, nur die Innenhüllen sind aus Papier. Ansonsten gerne weiter so"],
    "it": ["Cassetta bellissima, solo il foglietto con le note è minuscolo"],
    "pt": ["Adorei a caixa, só a etiqueta de devolução vem sempre amarrotada"],
    "es": ["Caja genial, solo que las fundas interiores son de papel y rayan un poco"],
}
QUESTION: T = {
    "en": [
        "Hi, can I skip next month's crate? Away on holiday",
        "Quick one: does the turntable hire include a spare stylus?",
        "can I swap the jazz crate for the soul one from next month",
    ],
    "fr": [
        "Bonjour, je peux sauter la caisse du mois prochain ? Je pars en vacances",
        "Est-ce que la location de platine inclut une cellule de rechange ?",
        "salut, on peut offrir un abonnement en cadeau ?",
    ],
    "de": [
        "Hallo, kann ich die Kiste nächsten Monat aussetzen?",
        "Ist bei der Plattenspieler-Miete eine Ersatznadel dabei?",
    ],
    "it": [
        "Ciao, posso saltare la cassetta del mese prossimo?",
        "Il noleggio del giradischi include una puntina di ricambio?",
    ],
    "pt": [
        "Olá, posso saltar a caixa do próximo mês?",
        "O aluguer do gira-discos inclui agulha de substituição?",
    ],
    "es": [
        "Hola, ¿puedo saltarme la caja del mes que viene?",
        "¿El alquiler del tocadiscos incluye aguja de repuesto?",
    ],
}
ANSWER: T = {
    "en": [
        "Hi {name}, yes, done: you'll find it under My crates in the app. Anything else, just ask!"
    ],
    "fr": [
        "Bonjour {name}, c'est fait, vous le retrouverez dans Mes caisses sur l'appli. Belle journée !"
    ],
    "de": ["Hallo {name}, erledigt, Sie finden es in der App unter Meine Kisten. Schönen Tag!"],
    "it": ["Ciao {name}, fatto: lo trovi in Le mie cassette nell'app. Buona giornata!"],
    "pt": ["Olá {name}, feito, encontra tudo em As minhas caixas na app. Bom dia!"],
    "es": ["Hola {name}, hecho, lo tienes en Mis cajas en la app. ¡Buen día!"],
}
THANKS: T = {
    "en": ["cheers, legend", "Brilliant, thanks!", "ta very much"],
    "fr": ["Merci beaucoup !", "top merci", "parfait, mercii"],
    "de": ["Danke, super!", "top, danke dir"],
    "it": ["Grazie mille!", "perfetto grz"],
    "pt": ["Obrigado, top!", "valeu, obg"],
    "es": ["¡Mil gracias!", "genial, grax"],
}
CALL_Q: T = {
    "en": [
        "hi yeah i just wanted to check when the next crate ships because i'm moving house on the fifth"
    ],
    "fr": [
        "oui bonjour je voulais savoir quand part la prochaine caisse parce que je déménage le cinq",
        "bonjour c'est pour changer mon adresse de livraison pour le mois prochain",
    ],
    "de": [
        "ja hallo ich wollte fragen wann die nächste Kiste verschickt wird ich ziehe am fünften um"
    ],
    "it": [
        "sì buongiorno volevo sapere quando parte la prossima cassetta perché trasloco il cinque"
    ],
    "pt": ["olá queria saber quando sai a próxima caixa porque mudo de casa no dia cinco"],
    "es": ["hola quería saber cuándo sale la próxima caja porque me mudo el día cinco"],
}
CALL_FOLLOW: T = {
    "en": [
        "Hi {name}, as promised on the phone: your next crate ships on the 3rd, to your new address."
    ],
    "fr": [
        "Bonjour {name}, comme convenu au téléphone : votre prochaine caisse part le 3, à la nouvelle adresse."
    ],
    "de": [
        "Hallo {name}, wie am Telefon besprochen: Ihre nächste Kiste geht am 3. an die neue Adresse."
    ],
    "it": [
        "Ciao {name}, come detto al telefono: la prossima cassetta parte il 3, al nuovo indirizzo."
    ],
    "pt": [
        "Olá {name}, como combinado ao telefone: a próxima caixa sai dia 3, para a nova morada."
    ],
    "es": [
        "Hola {name}, como hablamos por teléfono: tu próxima caja sale el día 3 a la nueva dirección."
    ],
}
REVIEW: T = {
    "en": ["Five stars. Best record club I've tried, and the packaging is bombproof"],
    "fr": [
        "Cinq étoiles, le meilleur club vinyle que j'ai testé",
        "Emballage béton, disques parfaits, je recommande",
    ],
    "de": ["Fünf Sterne, bester Plattenclub, den ich kenne"],
    "it": ["Cinque stelle, il miglior club di vinili provato"],
    "pt": ["Cinco estrelas, o melhor clube de vinil que experimentei"],
    "es": ["Cinco estrellas, el mejor club de vinilos que he probado"],
}
NIGHT_POST: T = {
    "en": [
        "3am, can't sleep, side B of this month's {brand} record on headphones. Bliss",
        "night shift done, crate waiting on the doormat, best welcome home",
    ],
    "fr": [
        "2h du mat, insomnie, face B du vinyle {brand} du mois au casque. Le bonheur",
        "fin de garde à l'hôpital, la caisse m'attendait, merci la vie",
    ],
    "de": ["2 Uhr nachts, kann nicht schlafen, B-Seite der neuen {brand} Platte läuft"],
    "it": ["Le tre di notte e sto ascoltando il lato B del vinile {brand}, pace"],
    "pt": ["Três da manhã, sem sono, lado B do disco {brand} a tocar"],
    "es": ["Las tres de la mañana y yo con la cara B del vinilo de {brand}, gloria"],
}
NIGHT_Q: T = {
    "en": ["up late, quick one: can I still add the reissue box to this month's crate?"],
    "fr": [
        "bonsoir, je peux encore ajouter le coffret réédition à la caisse de ce mois ?",
        "petite question nocturne : la platine louée se rend dans quel carton ?",
    ],
    "de": ["Noch wach, kurze Frage: kann ich die Deluxe-Box noch zur Kiste dazupacken?"],
    "it": ["Domanda notturna: posso ancora aggiungere il cofanetto alla cassetta?"],
    "pt": ["Pergunta noturna: ainda posso juntar a caixa deluxe à deste mês?"],
    "es": ["Pregunta nocturna: ¿aún puedo añadir la caja deluxe a la de este mes?"],
}
SURVEY_WORD: T = {
    "en": ["great", "👍", "spot on"],
    "fr": ["top", "👌", "parfait"],
    "de": ["super"],
    "it": ["ottimo"],
    "pt": ["excelente"],
    "es": ["genial"],
}
# problems: no_show (crate marked delivered, never came), warped (records warped),
# double_charge (membership charged twice), wrong_price (non-member price for a member)
PROB: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "my crate is marked DELIVERED but nothing came",
        "warped": "two of the three records arrived warped, they wobble on the platter",
        "double_charge": "my membership was taken TWICE this month",
        "wrong_price": "I was charged the non-member price though I'm a Club member",
    },
    "fr": {
        "no_show": "ma caisse est marquée LIVRÉE mais je n'ai rien reçu",
        "warped": "deux disques sur trois sont arrivés voilés, ils ondulent sur le plateau",
        "double_charge": "mon abonnement a été prélevé DEUX fois ce mois-ci",
        "wrong_price": "on m'a facturé le prix non-membre alors que je suis membre du Club",
    },
    "de": {
        "no_show": "meine Kiste steht als ZUGESTELLT, aber es kam nichts",
        "warped": "zwei von drei Platten sind verzogen angekommen",
        "double_charge": "der Mitgliedsbeitrag wurde ZWEIMAL abgebucht",
        "wrong_price": "mir wurde der Nichtmitgliederpreis berechnet, obwohl ich im Club bin",
    },
    "it": {
        "no_show": "la cassetta risulta CONSEGNATA ma non è arrivato niente",
        "warped": "due dischi su tre sono arrivati deformati",
        "double_charge": "l'abbonamento è stato addebitato DUE volte",
        "wrong_price": "mi avete fatto pagare il prezzo non soci anche se sono socio",
    },
    "pt": {
        "no_show": "a caixa aparece como ENTREGUE mas não chegou nada",
        "warped": "dois dos três discos chegaram empenados",
        "double_charge": "a assinatura foi cobrada DUAS vezes",
        "wrong_price": "cobraram o preço de não-sócio e eu sou sócio do Club",
    },
    "es": {
        "no_show": "la caja sale como ENTREGADA pero no ha llegado nada",
        "warped": "dos de los tres discos han llegado alabeados",
        "double_charge": "me habéis cobrado la cuota DOS veces",
        "wrong_price": "me cobrasteis el precio de no socio y soy socio del Club",
    },
}
COMPLAINT: T = {
    "en": [
        "Seriously? {prob}. Sort it out please",
        "hello, {prob}. What now?",
        "{prob}. Not impressed at all",
    ],
    "fr": [
        "Sérieusement ? {prob}. Merci de régler ça",
        "bonjour, {prob}. On fait comment ?",
        "{prob}. Franchement déçue",
    ],
    "de": ["Im Ernst? {prob}. Bitte klären", "hallo, {prob}. Was jetzt?"],
    "it": ["Sul serio? {prob}. Sistemate per favore"],
    "pt": ["A sério? {prob}. Resolvam por favor"],
    "es": ["¿En serio? {prob}. Arregladlo por favor"],
}
CALL_COMPLAINT: T = {
    "en": ["yes hi so {prob} and i've been waiting all week can someone sort it"],
    "fr": [
        "oui bonjour alors voilà {prob} et ça fait une semaine que j'attends",
        "allo bonjour je vous appelle parce que {prob} voilà",
    ],
    "de": ["ja hallo also {prob} und ich warte seit einer Woche"],
    "it": ["sì pronto allora {prob} e aspetto da una settimana"],
    "pt": ["sim olá então {prob} e estou à espera há uma semana"],
    "es": ["sí hola mira {prob} y llevo una semana esperando"],
}
LONG_EMAIL: T = {
    "en": [
        "Dear Sillonaro team,\n\nI'm writing this in the hospital car park while my dad has his check-up, so forgive the brevity. I've been a member for two years and told half my friends about you. This month, though, {prob}. I had planned the evening around it with my daughter.\n\nI'd like this put right, please.\n\nBest,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du vétérinaire, le chat n'aime pas ça et moi non plus. Je suis membre depuis trois ans et j'ai parrainé quatre amis. Mais ce mois-ci, {prob}. C'était un cadeau pour les 60 ans de ma mère.\n\nJ'attends une solution rapide.\n\nCordialement,\n{name}",
        "Madame, Monsieur,\n\nEntre deux cartons de déménagement, je prends le temps de vous écrire. J'adore le club, vraiment. Mais {prob}, et personne ne m'a prévenue.\n\nMerci de faire le nécessaire.\n\n{name}",
    ],
    "de": [
        "Sehr geehrtes Team,\n\nich schreibe aus der Mittagspause, der Kaffee wird kalt. Seit zwei Jahren bin ich Mitglied und habe Sie oft empfohlen. Diesen Monat aber: {prob}. Die Platten waren ein Geschenk.\n\nBitte um schnelle Lösung.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dal treno per Bologna. Sono socia da due anni e vi ho sempre consigliato. Questo mese però {prob}. Era un regalo per mio fratello.\n\nAspetto una soluzione.\n\nCordiali saluti,\n{name}"
    ],
    "pt": [
        "Bom dia,\n\nescrevo do intervalo do trabalho. Sou sócio há dois anos e recomendo-vos a toda a gente. Este mês, porém, {prob}. Era uma prenda.\n\nAguardo uma solução.\n\nCumprimentos,\n{name}"
    ],
    "es": [
        "Hola,\n\nos escribo desde la sala de espera del pediatra. Soy socia desde hace dos años y os he recomendado mil veces. Pero este mes {prob}. Era un regalo para mi padre.\n\nEspero una solución.\n\nUn saludo,\n{name}"
    ],
}
SUBJ_COMPLAINT = {
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
    "es": "Reclamación: ",
}
SUBJ_RE = {
    "en": "Re: Your case ",
    "fr": "RE : Demande ",
    "de": "AW: Vorgang ",
    "it": "R: Segnalazione ",
    "pt": "RE: Pedido ",
    "es": "RE: Incidencia ",
}
CASE_OPENED: T = {
    "en": [
        "Hi {name}, sorry about this. We've opened case {case} and will come back to you within 24 hours."
    ],
    "fr": [
        "Bonjour {name}, désolés pour ce souci. Nous avons ouvert la demande {case} et revenons vers vous sous 24 h."
    ],
    "de": [
        "Hallo {name}, das tut uns leid. Wir haben Vorgang {case} eröffnet und melden uns binnen 24 Stunden."
    ],
    "it": [
        "Ciao {name}, ci dispiace. Abbiamo aperto la segnalazione {case}, ti rispondiamo entro 24 ore."
    ],
    "pt": ["Olá {name}, lamentamos. Abrimos o pedido {case} e respondemos em 24 horas."],
    "es": [
        "Hola {name}, lo sentimos. Hemos abierto la incidencia {case} y te respondemos en 24 horas."
    ],
}
QUALITY_LEAD: T = {
    "en": [
        "Hi {name}, your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Bonjour {name}, votre demande {case} est désormais suivie par notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "it": [
        "Ciao {name}, la segnalazione {case} è ora seguita dalla nostra responsabile qualità, che ti chiamerà entro venerdì."
    ],
    "pt": [
        "Olá {name}, o pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta."
    ],
    "es": [
        "Hola {name}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes."
    ],
}
GOOD_NEWS: T = {
    "en": ["Good news on case {case}: it's sorted on our side. Could you confirm all is well?"],
    "fr": [
        "Bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous confirmer ?"
    ],
    "de": [
        "Gute Nachricht zu Vorgang {case}: auf unserer Seite erledigt. Können Sie das bestätigen?"
    ],
    "it": ["Buone notizie sulla segnalazione {case}: risolto da parte nostra. Puoi confermare?"],
    "pt": ["Boas notícias sobre o pedido {case}: resolvido do nosso lado. Pode confirmar?"],
    "es": [
        "Buenas noticias sobre la incidencia {case}: resuelto por nuestra parte. ¿Nos lo confirmas?"
    ],
}
CONFIRM: T = {
    "en": ["Confirmed, case {case} all fine now. Thanks!"],
    "fr": [
        "Je confirme, demande {case} réglée. Merci !",
        "c'est bon pour {case}, tout est rentré dans l'ordre merci",
    ],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "it": ["Confermo, segnalazione {case} risolta. Grazie!"],
    "pt": ["Confirmo, pedido {case} resolvido. Obrigado!"],
    "es": ["Confirmado, incidencia {case} resuelta. ¡Gracias!"],
}
APOLOGY: T = {
    "en": ["Sorry for snapping yesterday, it wasn't your fault. Thanks for sorting it"],
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça",
        "pardon pour le ton hier, merci pour la réactivité",
    ],
    "de": ["Entschuldigung für gestern, war nicht böse gemeint. Danke fürs Klären"],
    "it": ["Scusate per ieri, ero nervoso. Grazie per aver risolto"],
    "pt": ["Desculpem o tom de ontem. Obrigado por resolverem"],
    "es": ["Perdón por lo de ayer, estaba de los nervios. Gracias por solucionarlo"],
}
STILL_OPEN: T = {
    "en": ["Case {case} is STILL open and {prob}. Nobody has come back to me"],
    "fr": [
        "La demande {case} est TOUJOURS ouverte et {prob}. Personne ne m'a recontactée",
        "encore moi pour {case}, toujours rien, {prob}",
    ],
    "de": ["Vorgang {case} ist IMMER NOCH offen, {prob}. Keiner meldet sich"],
    "it": ["La segnalazione {case} è ANCORA aperta, {prob}. Nessuno mi ha risposto"],
    "pt": ["O pedido {case} continua ABERTO, {prob}. Ninguém me respondeu"],
    "es": ["La incidencia {case} sigue ABIERTA, {prob}. Nadie me ha contestado"],
}
THIRD: T = {
    "en": ["Third time about {case}. A friend is with {comp} and they sort this the same day"],
    "fr": [
        "Troisième fois pour {case}. Une collègue est chez {comp} et chez eux c'est réglé dans la journée"
    ],
    "de": ["Dritter Versuch wegen {case}. Ein Kollege ist bei {comp}, da geht das am selben Tag"],
    "it": ["Terza volta per {case}. Un'amica è con {comp} e lì risolvono in giornata"],
    "pt": ["Terceira vez por causa do {case}. Um amigo está na {comp} e resolvem no mesmo dia"],
    "es": ["Tercera vez por {case}. Una amiga está con {comp} y allí lo arreglan en el día"],
}
FOURTH: T = {
    "en": ["FOURTH time. Case {case}. Still not fixed"],
    "fr": ["QUATRIÈME fois. Demande {case}. Toujours pas réglé"],
    "de": ["ZUM VIERTEN MAL. Vorgang {case}. Immer noch nicht gelöst"],
    "it": ["QUARTA volta. Segnalazione {case}. Ancora niente"],
    "pt": ["QUARTA vez. Pedido {case}. Ainda nada"],
    "es": ["CUARTA vez. Incidencia {case}. Sigue sin arreglarse"],
}
URGENT: T = {
    "en": ["Added to your case {case} and marked urgent, sorry {name}."],
    "fr": ["Ajouté à votre demande {case}, marquée urgente. Désolés {name}."],
    "de": ["Zu Vorgang {case} hinzugefügt und als dringend markiert, sorry {name}."],
    "it": ["Aggiunto alla segnalazione {case}, segnata urgente. Scusa {name}."],
    "pt": ["Acrescentado ao pedido {case}, marcado urgente. Desculpe {name}."],
    "es": ["Añadido a la incidencia {case}, marcada urgente. Perdona {name}."],
}
SLIDE: T = {
    "en": [
        "Crate came two days late this month, no email. Bit meh",
        "Sleeves scuffed and one record had a fingerprint on it. Hmm",
        "Curation feels lazy lately, same three labels every month",
        "Had to chase a missing record for a week. Getting tired of this",
        "£12 'restocking fee' for returning a turntable I never unboxed. Are you kidding",
        "Done. Moved my subscription to {comp}, first crate already shipped",
    ],
    "fr": [
        "Caisse arrivée deux jours en retard, sans mail. Bof",
        "Pochettes abîmées et une trace de doigt sur un disque. Mouais",
        "La sélection tourne en rond, toujours les trois mêmes labels",
        "Une semaine à relancer pour un disque manquant. J'en ai marre",
        "14 € de 'frais de remise en stock' pour une platine jamais déballée. Sérieux ?",
        "Terminé. Je suis passée chez {comp}, première caisse déjà en route",
    ],
    "de": [
        "Kiste kam zwei Tage zu spät, keine Mail. Naja",
        "Hüllen zerkratzt, Fingerabdruck auf einer Platte. Hm",
        "Die Auswahl wird langweilig, immer dieselben Labels",
        "Eine Woche hinter einer fehlenden Platte hergerannt. Nervt",
        "14 € 'Wiedereinlagerungsgebühr' für einen nie ausgepackten Plattenspieler. Echt jetzt?",
        "Schluss. Bin zu {comp} gewechselt, erste Kiste schon unterwegs",
    ],
    "it": [
        "Cassetta arrivata con due giorni di ritardo, senza mail. Mah",
        "Copertine rovinate e un'impronta su un disco. Uhm",
        "La selezione è sempre uguale, stesse tre etichette",
        "Una settimana per un disco mancante. Sono stufa",
        "14 € di 'costo di riassortimento' per un giradischi mai aperto. Davvero?",
        "Basta. Passata a {comp}, prima cassetta già spedita",
    ],
    "pt": [
        "A caixa chegou dois dias atrasada, sem email. Enfim",
        "Capas riscadas e uma dedada num disco. Hmm",
        "A seleção anda repetitiva, sempre as mesmas editoras",
        "Uma semana atrás de um disco em falta. Estou farto",
        "14 € de 'taxa de reposição' por um gira-discos que nem abri. A sério?",
        "Chega. Mudei para a {comp}, primeira caixa já vem a caminho",
    ],
    "es": [
        "La caja llegó dos días tarde, sin email. Bueno",
        "Fundas rayadas y una huella en un disco. Mmm",
        "La selección se repite, siempre los mismos sellos",
        "Una semana persiguiendo un disco que faltaba. Harta",
        "14 € de 'tasa de reposición' por un tocadiscos sin abrir. ¿En serio?",
        "Se acabó. Me he pasado a {comp}, la primera caja ya viene",
    ],
}
SARCASM: T = {
    "en": ["Love how the 'express' crate turned up at 9pm, perfect for annoying the neighbours 👏"],
    "fr": [
        "J'adore la livraison 'express' à 21h, parfait pour réveiller les voisins 👏",
        "Merci pour le carton ouvert 'pour vérification', très rassurant 🙃",
    ],
    "de": ["Super, die 'Express'-Kiste um 21 Uhr, perfekt für die Nachbarn 👏"],
    "it": ["Adoro la consegna 'express' alle 21, perfetta per i vicini 👏"],
    "pt": ["Adoro a entrega 'expresso' às 21h, perfeita para os vizinhos 👏"],
    "es": ["Me encanta la entrega 'exprés' a las 21h, ideal para los vecinos 👏"],
}
CANCEL: T = {
    "en": [
        "Hi, we're moving abroad and can't take the records. Please cancel my Club membership and close the account."
    ],
    "fr": [
        "Bonjour, je déménage dans un studio sans place pour les vinyles. Merci de résilier mon abonnement Club et de fermer le compte.",
        "Bonjour, avec le bébé plus le temps d'écouter quoi que ce soit. Je souhaite résilier le Club et clôturer mon compte.",
    ],
    "de": [
        "Hallo, ich ziehe ins Ausland. Bitte kündigen Sie meine Club-Mitgliedschaft und schließen Sie das Konto."
    ],
    "it": ["Ciao, mi trasferisco all'estero. Vorrei disdire il Club e chiudere l'account."],
    "pt": ["Olá, vou emigrar. Quero cancelar o Club e fechar a conta."],
    "es": ["Hola, me mudo fuera. Quiero dar de baja el Club y cerrar la cuenta."],
}
SORRY_GO: T = {
    "en": [
        "Sorry to see you go, {name}. You can cancel yourself under Account > Membership in the app or on the website."
    ],
    "fr": [
        "Dommage de vous voir partir, {name}. Vous pouvez résilier vous-même dans Compte > Abonnement, sur l'appli ou le site."
    ],
    "de": [
        "Schade, {name}. Sie können selbst unter Konto > Mitgliedschaft in der App oder auf der Website kündigen."
    ],
    "it": ["Ci dispiace, {name}. Puoi disdire da Account > Abbonamento nell'app o sul sito."],
    "pt": ["Temos pena, {name}. Pode cancelar em Conta > Assinatura na app ou no site."],
    "es": ["Qué pena, {name}. Puedes darte de baja en Cuenta > Suscripción en la app o la web."],
}
GRUMBLE: T = {
    "en": [
        "App logs me out every single time",
        "Why does the 'crate ships tomorrow' text come at 6am",
        "Wishlist keeps forgetting what I add",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois",
        "Pourquoi le SMS 'votre caisse part demain' arrive à 6h du mat",
        "La liste d'envies oublie ce que j'ajoute",
    ],
    "de": ["Die App meldet mich jedes Mal ab", "Warum kommt die SMS um 6 Uhr morgens"],
    "it": ["L'app mi disconnette ogni volta", "Perché l'sms arriva alle 6 del mattino"],
    "pt": ["A app desliga-me sempre a sessão", "Porque é que o sms chega às 6 da manhã"],
    "es": ["La app me cierra la sesión cada vez", "¿Por qué llega el sms a las 6 de la mañana?"],
}
MILD: T = {
    "en": ["the track list in the app loads slowly today"],
    "fr": [
        "la liste des titres met du temps à charger aujourd'hui",
        "petit souci : les notes de pochette s'affichent en anglais",
    ],
    "de": ["die Titelliste lädt heute langsam"],
    "it": ["la lista dei brani oggi si carica lentamente"],
    "pt": ["a lista de faixas está lenta hoje"],
    "es": ["la lista de canciones carga lenta hoy"],
}
MILD_ANSWER: T = {
    "en": ["Thanks {name}, we've passed it to the app team."],
    "fr": ["Merci {name}, c'est transmis à l'équipe appli."],
    "de": ["Danke {name}, ist ans App-Team weitergegeben."],
    "it": ["Grazie {name}, passato al team dell'app."],
    "pt": ["Obrigado {name}, já passámos à equipa da app."],
    "es": ["Gracias {name}, se lo pasamos al equipo de la app."],
}
# business arm
B2B_PROB: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "our invoices still carry the old company name and no PO number, finance rejects them",
        "portal": "the portal shows no active players, so we can't request a swap",
        "overbilled": "we're billed per venue per month instead of our contract group rate",
    },
    "fr": {
        "invoice": "nos factures portent toujours l'ancienne raison sociale et aucun numéro de commande",
        "portal": "le portail n'affiche aucun lecteur actif, impossible de demander un échange",
        "overbilled": "on nous facture au mois par site au lieu du tarif groupe du contrat",
    },
    "de": {
        "invoice": "unsere Rechnungen tragen den alten Firmennamen und keine Bestellnummer",
        "portal": "das Portal zeigt keine aktiven Geräte, kein Tausch möglich",
        "overbilled": "wir zahlen pro Standort statt des vertraglichen Gruppentarifs",
    },
    "it": {
        "invoice": "le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine",
        "portal": "il portale non mostra lettori attivi, niente sostituzione",
        "overbilled": "ci fatturate per sede invece della tariffa di gruppo",
    },
    "pt": {
        "invoice": "as faturas têm o nome antigo da empresa e nenhum número de encomenda",
        "portal": "o portal não mostra leitores ativos, não conseguimos pedir troca",
        "overbilled": "faturam por loja em vez da tarifa de grupo do contrato",
    },
    "es": {
        "invoice": "las facturas llevan la razón social antigua y ningún número de pedido",
        "portal": "el portal no muestra reproductores activos, no podemos pedir cambio",
        "overbilled": "nos facturáis por local en vez de la tarifa de grupo del contrato",
    },
}
B2B_FIRST: T = {
    "en": ["Hello, {prob}. Please fix before month end.\n\n{name}, {job}"],
    "fr": ["Bonjour, {prob}. Merci de corriger avant la clôture.\n\n{name}, {job}"],
    "de": ["Guten Tag, {prob}. Bitte vor Monatsende korrigieren.\n\n{name}, {job}"],
    "it": ["Buongiorno, {prob}. Da correggere entro fine mese.\n\n{name}, {job}"],
    "pt": ["Bom dia, {prob}. Corrijam antes do fim do mês.\n\n{name}, {job}"],
    "es": ["Buenos días, {prob}. Corregidlo antes de fin de mes.\n\n{name}, {job}"],
}
B2B_NEXT: T = {
    "en": [
        "Hello, same issue as {first} reported {when} (case {case}): {prob}. This is blocking us."
    ],
    "fr": [
        "Bonjour, même problème que {first} a signalé {when} (demande {case}) : {prob}. Ça nous bloque."
    ],
    "de": [
        "Guten Tag, dasselbe wie {first} {when} gemeldet hat (Vorgang {case}): {prob}. Das blockiert uns."
    ],
    "it": [
        "Buongiorno, stesso problema segnalato da {first} {when} (segnalazione {case}): {prob}. Siamo bloccati."
    ],
    "pt": [
        "Bom dia, o mesmo que {first} reportou {when} (pedido {case}): {prob}. Estamos bloqueados."
    ],
    "es": [
        "Buenos días, lo mismo que reportó {first} {when} (incidencia {case}): {prob}. Nos bloquea."
    ],
}
WHEN = {
    "en": "on Wednesday",
    "fr": "mercredi",
    "de": "am Mittwoch",
    "it": "mercoledì",
    "pt": "na quarta",
    "es": "el miércoles",
}
B2B_LAST_MAIL: T = {
    "en": [
        "Case {case}: still nothing fixed and several of us have written. Procurement has already asked {comp} for rates."
    ],
    "fr": [
        "Demande {case} : toujours rien, plusieurs collègues ont écrit. Les achats ont déjà demandé un devis à {comp}."
    ],
    "de": [
        "Vorgang {case}: immer noch nichts, mehrere Kollegen haben geschrieben. Der Einkauf hat schon {comp} angefragt."
    ],
    "it": [
        "Segnalazione {case}: ancora niente, abbiamo scritto in tanti. L'ufficio acquisti ha già chiesto le tariffe a {comp}."
    ],
    "pt": [
        "Pedido {case}: continua tudo igual, vários colegas escreveram. As compras já pediram preços à {comp}."
    ],
    "es": [
        "Incidencia {case}: sigue sin arreglarse y os hemos escrito varios. Compras ya ha pedido tarifas a {comp}."
    ],
}
B2B_LAST_CALL: T = {
    "en": [
        "hi it's about case {case} still not fixed several of my colleagues have written my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "bonjour c'est pour la demande {case} toujours pas réglée plusieurs collègues vous ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas fait cette semaine"
    ],
    "de": [
        "hallo es geht um Vorgang {case} immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "it": [
        "buongiorno è per la segnalazione {case} ancora non risolta hanno scritto in tanti il capo dice che cambiamo fornitore se non si sistema questa settimana"
    ],
    "pt": [
        "bom dia é sobre o pedido {case} ainda nada vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "es": [
        "hola es por la incidencia {case} sigue sin arreglar han escrito varios compañeros mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
SUGGEST: T = {
    "en": ["Suggestion: could the monthly invoice list plays per venue?"],
    "fr": ["Suggestion : la facture mensuelle pourrait-elle détailler par établissement ?"],
    "de": ["Vorschlag: könnte die Monatsrechnung pro Standort aufgeschlüsselt sein?"],
    "it": ["Suggerimento: la fattura mensile potrebbe dividere per sede?"],
    "pt": ["Sugestão: a fatura mensal podia vir separada por loja?"],
    "es": ["Sugerencia: ¿la factura mensual podría ir desglosada por local?"],
}
B2B_Q: T = {
    "en": ["Can we add a second player for the terrace bar?"],
    "fr": [
        "Peut-on ajouter un second lecteur pour la terrasse ?",
        "Le renouvellement du catalogue d'ambiance est prévu quand ?",
    ],
    "de": ["Können wir einen zweiten Player für die Terrasse dazunehmen?"],
    "it": ["Possiamo aggiungere un secondo lettore per la terrazza?"],
    "pt": ["Podemos juntar um segundo leitor para a esplanada?"],
    "es": ["¿Podemos añadir un segundo reproductor para la terraza?"],
}
# the planted incident (topic_spike only)
SPIKE: T = {
    "en": [
        "WHAT? Opened the {brand} app and I'm looking at someone else's orders and address. Error SXM-266 popped up first",
        "my account page shows a stranger's name and a flat in Leeds?? that's not me",
        "Logged in and got 'session mismatch SXM-266', then somebody else's order history. Is my card safe??",
    ],
    "fr": [
        "C'est QUOI ce bazar, l'appli {brand} m'affiche les commandes et l'adresse de quelqu'un d'autre !! erreur SXM-266",
        "je vois le nom et l'adresse d'une inconnue dans mon compte, c'est grave là",
        "Message 'session mismatch SXM-266' puis l'historique d'un autre client. Mes données sont où ??",
    ],
    "de": [
        "Die {brand} App zeigt mir die Bestellungen und Adresse einer fremden Person! Fehler SXM-266",
        "in meinem Konto steht ein fremder Name, was ist da los",
    ],
    "it": [
        "L'app {brand} mi mostra gli ordini e l'indirizzo di un altro! Errore SXM-266",
        "nel mio account c'è il nome di uno sconosciuto, ma scherziamo",
    ],
    "pt": [
        "A app da {brand} mostra as encomendas e a morada de outra pessoa! Erro SXM-266",
        "na minha conta aparece o nome de um desconhecido, isto é grave",
    ],
    "es": [
        "¡La app de {brand} me enseña los pedidos y la dirección de otra persona! Error SXM-266",
        "en mi cuenta sale el nombre de un desconocido, esto es muy grave",
    ],
}
SPIKE_AGAIN: T = {
    "en": ["Still seeing the other person's account, now on the website too. SXM-266 again"],
    "fr": [
        "Toujours le compte de l'autre personne, maintenant aussi sur le site. Encore SXM-266",
        "j'ai réessayé sur le téléphone de mon mari, pareil, toujours pas mon compte",
    ],
    "de": ["Immer noch das fremde Konto, jetzt auch auf der Website. Wieder SXM-266"],
    "it": ["Vedo ancora l'account dell'altro, ora anche sul sito. Di nuovo SXM-266"],
    "pt": ["Continua a mostrar a conta da outra pessoa, agora no site também. SXM-266 outra vez"],
    "es": [
        "Sigue saliendo la cuenta de la otra persona, ahora también en la web. Otra vez SXM-266"
    ],
}
SPIKE_CHAT: T = {
    "en": [
        "We know, {name}: some accounts are showing other members' details right now. We've taken the app offline while engineers fix it."
    ],
    "fr": [
        "Nous savons, {name} : certains comptes affichent les données d'autres membres. L'appli est coupée pendant la correction."
    ],
    "de": [
        "Bekannt, {name}: manche Konten zeigen gerade Daten anderer Mitglieder. Die App ist offline, bis es behoben ist."
    ],
    "it": [
        "Lo sappiamo, {name}: alcuni account mostrano dati di altri soci. L'app è offline finché non è risolto."
    ],
    "pt": [
        "Sabemos, {name}: algumas contas mostram dados de outros sócios. A app está desligada até corrigirmos."
    ],
    "es": [
        "Lo sabemos, {name}: algunas cuentas muestran datos de otros socios. Hemos parado la app mientras se arregla."
    ],
}
SPIKE_FIXED: T = {
    "en": [
        "Hi {name}, accounts show the right details again since 11:40. Nothing was changed or charged; a month's Club fee is on us."
    ],
    "fr": [
        "Bonjour {name}, les comptes affichent de nouveau les bonnes données depuis 12h40. Rien n'a été modifié ni débité ; un mois de Club vous est offert."
    ],
    "de": [
        "Hallo {name}, seit 12:40 zeigen die Konten wieder die richtigen Daten. Nichts wurde geändert oder belastet; ein Monat Club geht auf uns."
    ],
    "it": [
        "Ciao {name}, dalle 12:40 gli account mostrano di nuovo i dati giusti. Niente è stato modificato; un mese di Club è offerto da noi."
    ],
    "pt": [
        "Olá {name}, desde as 11:40 as contas mostram os dados certos. Nada foi alterado; um mês de Club fica por nossa conta."
    ],
    "es": [
        "Hola {name}, desde las 12:40 las cuentas muestran los datos correctos. No se cambió ni cobró nada; un mes de Club corre de nuestra cuenta."
    ],
}
LONE_Q: T = {
    "en": [
        "The app asked me to log in again twice today, is that normal? Everything else looks fine"
    ],
    "fr": [
        "L'appli m'a redemandé de me connecter deux fois aujourd'hui, c'est normal ? Sinon tout va bien"
    ],
    "de": ["Die App wollte heute zweimal neu angemeldet werden, normal? Sonst alles gut"],
    "it": ["L'app oggi mi ha chiesto due volte di rifare il login, è normale?"],
    "pt": ["A app pediu-me para entrar outra vez duas vezes hoje, é normal?"],
    "es": ["La app me ha pedido iniciar sesión dos veces hoy, ¿es normal?"],
}
LONE_A: T = {
    "en": ["Hi {name}, yes, we rolled out an update today; logging in again once is expected."],
    "fr": [
        "Bonjour {name}, oui, une mise à jour est sortie aujourd'hui, une reconnexion est normale."
    ],
    "de": ["Hallo {name}, ja, heute kam ein Update, eine neue Anmeldung ist normal."],
    "it": ["Ciao {name}, sì, oggi è uscito un aggiornamento, è normale."],
    "pt": ["Olá {name}, sim, saiu hoje uma atualização, é normal."],
    "es": ["Hola {name}, sí, hoy salió una actualización, es normal."],
}
