"""Wording of heldout254 (Rolvetta, suitcase and luggage repair collected by courier)."""

# ruff: noqa: E501

T = dict[str, list[str]]

PRAISE: T = {
    "it": [
        "Trolley tornato come nuovo, ruota sostituita in 4 giorni. Rolvetta top",
        "ragazzi la cerniera della valigia di mia madre e perfetta, grazie Rolvetta!!",
        "Terza volta che mi sistemano il bagaglio, sempre puntuali",
    ],
    "fr": [
        "Ma valise est revenue nickel, poignée changée en trois jours. Merci Rolvetta",
        "franchement rapide et soigné, le coursier etait super sympa",
        "Encore une fois parfait, la coque fissurée ne se voit plus du tout",
    ],
    "en": [
        "Suitcase back in 3 days with a new wheel, cheers Rolvetta",
        "Third repair with them and still spot on",
    ],
    "de": [
        "Koffer nach vier Tagen zurück, Griff neu, alles top. Danke Rolvetta",
        "schon wieder super schnell, der Kurier war pünktlich",
    ],
    "pt": [
        "A mala voltou impecavel, roda nova em 3 dias. Obrigado Rolvetta",
        "Terceira vez que reparo com voces, sempre certinho",
    ],
    "es": [
        "La maleta volvió perfecta, cremallera nueva en tres días. Gracias Rolvetta",
        "otra vez rapidísimos, el mensajero majísimo",
    ],
}
GRIPE_PRAISE: T = {
    "it": [
        "Riparazione perfetta, solo la mail di conferma arriva in inglese boh",
        "Tutto ok, peccato che il tracking si aggiorni una volta al giorno",
    ],
    "fr": [
        "Réparation impeccable, juste l'appli qui me déconnecte tout le temps",
        "Très bien, seul bémol le créneau du coursier de 4 heures",
    ],
    "en": ["Great job on the handle, only the tracking page is a bit slow"],
    "de": ["Reparatur top, nur das Abholfenster von 4 Stunden ist lang"],
    "pt": ["Reparacao otima, so a app que demora a abrir"],
    "es": ["Reparación perfecta, solo que el seguimiento tarda en actualizarse"],
}
QUESTION: T = {
    "it": [
        "Ciao, riparate anche le valigie rigide con la coque in policarbonato?",
        "quanto ci vuole per cambiare una ruota a un trolley da cabina?",
        "Con Plus il ritiro e gratis anche in Svizzera?",
    ],
    "fr": [
        "Bonjour, vous réparez aussi les sacs de voyage en cuir ?",
        "Combien de temps pour une fermeture éclair de valise cabine ?",
        "le retrait est gratuit avec Plus meme le samedi?",
    ],
    "en": ["Hi, do you fix telescopic handles on hard-shell cases?"],
    "de": ["Hallo, repariert ihr auch Rucksäcke mit Rollen?"],
    "pt": ["Ola, fazem reparacao de fechos TSA?"],
    "es": ["Hola, ¿arregláis también bolsas de viaje de piel?"],
}
ANSWER: T = {
    "it": ["Certo! Si, lo facciamo: di solito 3-5 giorni lavorativi. Buona giornata, {agent}"],
    "fr": ["Oui bien sûr, comptez 3 à 5 jours ouvrés. Belle journée, {agent}"],
    "en": ["Yes, we do: usually 3-5 working days. Have a good day, {agent}"],
    "de": ["Ja, machen wir: meist 3-5 Werktage. Schönen Tag, {agent}"],
    "pt": ["Sim, fazemos: normalmente 3 a 5 dias uteis. Bom dia, {agent}"],
    "es": ["Sí, lo hacemos: normalmente de 3 a 5 días laborables. Buen día, {agent}"],
}
THANKS: T = {
    "it": ["grazie mille!", "perfetto grz"],
    "fr": ["super merci !", "merci bcp"],
    "en": ["brilliant, thanks"],
    "de": ["danke!"],
    "pt": ["obg!"],
    "es": ["genial, gracias"],
}
PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
PROBLEM: dict[str, T] = {
    "no_show": {
        "it": [
            "Il corriere per il ritiro non si e mai presentato, ho preso mezza giornata di ferie per niente. Ritiro segnato come FATTO nell'app!",
            "Sono rimasta a casa tutta la mattina e il ritiro risulta effettuato. Nessuno e passato.",
        ],
        "fr": [
            "Le coursier n'est jamais venu chercher ma valise et l'appli dit ENLEVÉ. J'ai posé une demi-journée pour rien",
            "personne n'est passé pour l'enlèvement, et c'est marqué fait. sérieux?",
        ],
        "en": [
            "The courier never turned up to collect my case, yet the app says COLLECTED. Took half a day off for nothing"
        ],
        "de": [
            "Der Kurier ist nie gekommen, die App sagt ABGEHOLT. Halben Tag Urlaub umsonst genommen"
        ],
        "pt": [
            "O estafeta nunca veio buscar a mala e a app diz RECOLHIDO. Tirei meio dia para nada"
        ],
        "es": [
            "El mensajero nunca vino a recoger la maleta y la app pone RECOGIDA. Me pedí medio día para nada"
        ],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato la riparazione DUE volte, 89 euro e 89 euro. Rivoglio i miei soldi",
            "Doppio addebito sulla carta per la stessa ruota, mi e saltato l'affitto",
        ],
        "fr": [
            "Vous m'avez prélevé DEUX fois la réparation, 89 € deux fois. Rendez-moi mon argent",
            "double prélèvement pour la même poignée, mon compte est à découvert",
        ],
        "en": ["You charged me TWICE for the same repair, £76 and £76"],
        "de": ["Ihr habt die Reparatur ZWEIMAL abgebucht, 89 € und nochmal 89 €"],
        "pt": ["Cobraram a reparacao DUAS vezes, 89 € e 89 €"],
        "es": ["Me habéis cobrado DOS veces la reparación, 89 € y 89 €"],
    },
    "damage": {
        "it": [
            "La valigia e tornata con la scocca crepata e una ruota che gira storta. Prima non era cosi",
            "Mi avete restituito il trolley con il manico che non si chiude piu",
        ],
        "fr": [
            "Ma valise est revenue avec la coque fendue et une roue tordue. Elle n'était pas comme ça",
            "le trolley revient avec la poignée bloquée, pire qu'avant",
        ],
        "en": [
            "My case came back with a cracked shell and a wonky wheel. It wasn't like that before"
        ],
        "de": ["Koffer kam mit gerissener Schale und schiefem Rad zurück. Vorher war das nicht so"],
        "pt": ["A mala voltou com a carcaca rachada e uma roda torta"],
        "es": ["La maleta volvió con la carcasa rajada y una rueda torcida"],
    },
    "refund": {
        "it": [
            "Ho annullato la riparazione tre settimane fa e il rimborso non e ancora arrivato",
            "TRE settimane e ancora nessun rimborso dei 65 euro",
        ],
        "fr": [
            "J'ai annulé la réparation il y a trois semaines et toujours pas de remboursement",
            "TROIS semaines sans mes 65 €, c'est une blague",
        ],
        "en": ["Cancelled the repair three weeks ago and still no refund"],
        "de": ["Vor drei Wochen storniert und immer noch keine Erstattung"],
        "pt": ["Cancelei ha tres semanas e ainda nada de reembolso"],
        "es": ["Cancelé hace tres semanas y sigo sin el reembolso"],
    },
    "wrong_price": {
        "it": [
            "Sono socia Plus e mi avete fatto pagare la tariffa piena",
            "Ho Rolvetta Plus ma il prezzo era quello da non iscritto, 20 euro in piu",
        ],
        "fr": [
            "Je suis membre Plus et on m'a facturé le tarif plein",
            "abonné Plus et pourtant tarif non-membre, 20 € de plus",
        ],
        "en": ["I'm a Plus member and got charged the full non-member rate"],
        "de": ["Ich bin Plus-Mitglied und habe den vollen Preis bezahlt"],
        "pt": ["Sou membro Plus e cobraram a tarifa normal"],
        "es": ["Soy socia Plus y me cobrasteis la tarifa normal"],
    },
    "cancel_fee": {
        "it": [
            "Ho annullato il ritiro cinque giorni prima e mi avete messo una penale di 15 euro",
            "penale per cancellazione tardiva?? ho annullato con CINQUE giorni di anticipo",
        ],
        "fr": [
            "J'ai annulé l'enlèvement cinq jours avant et vous me comptez 15 € de frais",
            "frais d'annulation tardive alors que j'ai annulé CINQ jours avant",
        ],
        "en": ["Cancelled the pick-up five days ahead and got a £13 late-cancellation fee"],
        "de": ["Fünf Tage vorher storniert und trotzdem 15 € Stornogebühr"],
        "pt": ["Cancelei com cinco dias de antecedencia e cobraram 15 € de taxa"],
        "es": ["Cancelé la recogida cinco días antes y me cobrasteis 15 € de penalización"],
    },
}
LONG: T = {
    "it": [
        "Buongiorno,\nvi scrivo dalla sala d'attesa del pediatra, quindi perdonate il disordine. Uso Rolvetta da due anni e di solito tutto bene, mia suocera vi ha pure consigliato alle amiche. Ma questa volta no: {problem} Vorrei una risposta seria entro domani, partiamo per il matrimonio di mia cugina sabato.\nCordiali saluti"
    ],
    "fr": [
        "Bonjour,\nje vous écris depuis le train, entre deux réunions. J'ai toujours été contente de vous et j'ai même offert l'abonnement Plus à mon frère. Mais là : {problem} J'attends une solution rapide, nous partons en vacances dans une semaine.\nCordialement"
    ],
    "en": [
        "Hello,\nwriting this from the school car park so forgive the typos. I've used you for ages and recommended you to half my office. But this time: {problem} I'd like this sorted before we fly on Friday.\nRegards"
    ],
    "de": [
        "Guten Tag,\nich schreibe aus dem Wartezimmer beim Zahnarzt. Bisher war ich immer zufrieden mit Ihnen, aber diesmal: {problem} Ich erwarte eine Lösung bis morgen, wir fliegen am Samstag.\nMit freundlichen Grüßen"
    ],
    "pt": [
        "Bom dia,\nescrevo do comboio a caminho do trabalho. Sempre gostei do servico, mas desta vez: {problem} Preciso de uma solucao antes de sexta, vamos viajar.\nCumprimentos"
    ],
    "es": [
        "Hola,\nos escribo desde la puerta del cole mientras espero a los peques. Siempre he estado contenta con vosotros, pero esta vez: {problem} Necesito una solución antes del viernes, nos vamos de viaje.\nUn saludo"
    ],
}
COMPLAINT_SUBJECT = {
    "it": "Reclamo",
    "fr": "Réclamation",
    "en": "Complaint",
    "de": "Beschwerde",
    "pt": "Reclamação",
    "es": "Reclamación",
}
REF_SUBJECT = {
    "it": "R: Pratica {ref}",
    "fr": "RE : Dossier {ref}",
    "en": "Re: Your case {ref}",
    "de": "AW: Vorgang {ref}",
    "pt": "RE: Pedido {ref}",
    "es": "RE: Incidencia {ref}",
}
CASE_OPENED: T = {
    "it": [
        "Ci dispiace molto. Abbiamo aperto la pratica {ref} e la seguiamo noi. {agent}, Rolvetta"
    ],
    "fr": [
        "Nous sommes désolés. Le dossier {ref} est ouvert, nous nous en occupons. {agent}, Rolvetta"
    ],
    "en": ["Sorry about this. We've opened case {ref} and are on it. {agent}, Rolvetta"],
    "de": ["Das tut uns leid. Vorgang {ref} ist eröffnet, wir kümmern uns. {agent}, Rolvetta"],
    "pt": ["Lamentamos. Abrimos o pedido {ref} e estamos a tratar. {agent}, Rolvetta"],
    "es": ["Lo sentimos. Hemos abierto la incidencia {ref} y nos ocupamos. {agent}, Rolvetta"],
}
QUALITY_LEAD: T = {
    "it": [
        "La pratica {ref} e ora con la nostra responsabile qualita, che la chiamera entro venerdi a pranzo. {agent}"
    ],
    "fr": [
        "Le dossier {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "en": [
        "Case {ref} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "de": [
        "Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}"
    ],
    "pt": [
        "O pedido {ref} esta agora com a nossa responsavel de qualidade, que liga antes de sexta ao almoco. {agent}"
    ],
    "es": [
        "La incidencia {ref} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía. {agent}"
    ],
}
GOOD_NEWS: T = {
    "it": [
        "Buone notizie sulla pratica {ref}: abbiamo sistemato tutto. Ci conferma che e tutto a posto? {agent}"
    ],
    "fr": [
        "Bonne nouvelle pour le dossier {ref} : c'est réglé. Pouvez-vous nous confirmer ? {agent}"
    ],
    "en": ["Good news on case {ref}: it's sorted. Could you confirm all is well? {agent}"],
    "de": ["Gute Nachricht zu Vorgang {ref}: erledigt. Können Sie das bestätigen? {agent}"],
    "pt": ["Boas noticias sobre o pedido {ref}: esta resolvido. Pode confirmar? {agent}"],
    "es": ["Buenas noticias sobre la incidencia {ref}: resuelto. ¿Nos lo confirma? {agent}"],
}
CONFIRM: T = {
    "it": ["Confermo, pratica {ref} risolta. Grazie!", "si tutto ok per la {ref}, grazie mille"],
    "fr": ["Je confirme, dossier {ref} réglé. Merci !", "c'est bon pour {ref}, merci"],
    "en": ["Confirmed, case {ref} is sorted. Thanks!"],
    "de": ["Bestätigt, Vorgang {ref} ist erledigt. Danke!"],
    "pt": ["Confirmo, pedido {ref} resolvido. Obrigada!"],
    "es": ["Confirmado, incidencia {ref} resuelta. ¡Gracias!"],
}
APOLOGY: T = {
    "it": [
        "Scusate per il tono di ieri, ero furiosa. Grazie per la pazienza",
        "ieri ho esagerato, scusate",
    ],
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci de votre patience",
        "pardon pour hier, j'étais énervé",
    ],
    "en": ["Sorry for my tone yesterday, long day. Thanks for your patience"],
    "de": ["Entschuldigung für gestern, war echt genervt. Danke für die Geduld"],
    "pt": ["Desculpem o tom de ontem, estava furiosa"],
    "es": ["Perdón por el tono de ayer, estaba muy enfadada"],
}
STILL_OPEN: T = {
    "it": [
        "Pratica {ref}: ancora niente. Il problema e sempre li",
        "Riscrivo per la {ref}, ancora aperta e nessuno mi ha risposto",
    ],
    "fr": [
        "Dossier {ref} : toujours rien. Le problème est toujours là",
        "je relance pour {ref}, toujours pas réglé",
    ],
    "en": ["Case {ref}: still nothing. The problem is still there"],
    "de": ["Vorgang {ref}: immer noch nichts passiert"],
    "pt": ["Pedido {ref}: continua tudo igual"],
    "es": ["Incidencia {ref}: sigue igual, nadie me dice nada"],
}
THIRD: T = {
    "it": [
        "Terza volta che scrivo per la {ref}. Una collega usa {comp} e le risolvono tutto in giornata",
        "Pratica {ref}, terzo messaggio. Ho guardato quanto chiede {comp}...",
    ],
    "fr": [
        "Troisième message pour {ref}. Une collègue passe par {comp} et c'est réglé dans la journée",
        "{ref}, troisième fois. J'ai regardé les prix de {comp}",
    ],
    "en": ["Third time about {ref}. A colleague uses {comp} and they fix this the same day"],
    "de": ["Dritte Nachricht zu {ref}. Eine Kollegin nutzt {comp}, da geht das am selben Tag"],
    "pt": ["Terceira vez sobre o pedido {ref}. Uma colega usa a {comp} e resolvem no mesmo dia"],
    "es": [
        "Tercera vez por la incidencia {ref}. Una compañera usa {comp} y se lo arreglan en el día"
    ],
}
FOURTH: T = {
    "it": ["QUARTA volta per la {ref}. Ancora aperta. Basta"],
    "fr": ["QUATRIÈME fois pour {ref}. Toujours ouvert. Ça suffit"],
    "en": ["FOURTH time about {ref}. Still open. Enough"],
    "de": ["VIERTES Mal wegen {ref}. Immer noch offen. Jetzt reichts"],
    "pt": ["QUARTA vez sobre {ref}. Continua aberto"],
    "es": ["CUARTA vez por {ref}. Sigue abierta. Ya está bien"],
}
URGENT: T = {
    "it": ["Aggiunto alla pratica {ref} e segnato come urgente. {agent}"],
    "fr": ["Ajouté au dossier {ref}, marqué urgent. {agent}"],
    "en": ["Added to case {ref} and marked urgent. {agent}"],
    "de": ["Zu Vorgang {ref} hinzugefügt, als dringend markiert. {agent}"],
    "pt": ["Adicionado ao pedido {ref}, marcado como urgente. {agent}"],
    "es": ["Añadido a la incidencia {ref}, marcada urgente. {agent}"],
}
SLIDE: T = {
    "it": [
        "Il corriere e arrivato con tre ore di ritardo senza avvisare",
        "Ruota cambiata ma la maniglia ora cigola, mah",
        "Adesso vogliono le foto di ogni lato della valigia prima del ritiro??",
        "Prezzi raddoppiati rispetto a marzo e una settimana in piu di attesa",
        "Mi chiedono 30 euro di 'pulizia' per una valigia che ho mandato pulitissima. Vergognoso",
        "Mio cognato usa {comp}, ho gia mandato li il trolley per sabato",
    ],
    "fr": [
        "Coursier arrivé avec trois heures de retard sans prévenir",
        "Roue changée mais la poignée grince maintenant, bof",
        "Il faut maintenant des photos de chaque face avant l'enlèvement??",
        "Tarifs doublés depuis mars et une semaine de délai en plus",
        "30 € de 'nettoyage' pour une valise envoyée propre. Honteux",
        "Mon beau-frère passe par {comp}, j'y ai envoyé le trolley pour samedi",
    ],
    "en": [
        "Courier three hours late, no call",
        "New wheel but the handle squeaks now",
        "Now they want photos of every side before collection??",
        "Prices doubled since March and a week longer",
        "£26 'cleaning fee' for a case I sent spotless. Disgraceful",
        "My brother-in-law uses {comp}, sent the trolley there for Saturday",
    ],
    "de": [
        "Kurier drei Stunden zu spät, ohne Anruf",
        "Neues Rad, aber der Griff quietscht jetzt",
        "Jetzt wollen sie Fotos von jeder Seite vor der Abholung??",
        "Preise verdoppelt seit März und eine Woche länger",
        "30 € 'Reinigungsgebühr' für einen sauberen Koffer. Unverschämt",
        "Mein Schwager nutzt {comp}, der Trolley geht Samstag dorthin",
    ],
    "pt": [
        "Estafeta tres horas atrasado sem avisar",
        "Roda nova mas a pega agora range",
        "Agora querem fotos de todos os lados antes da recolha??",
        "Precos a dobrar desde marco e mais uma semana",
        "30 € de 'limpeza' por uma mala limpa. Vergonhoso",
        "O meu cunhado usa a {comp}, mandei la o trolley para sabado",
    ],
    "es": [
        "El mensajero llegó tres horas tarde sin avisar",
        "Rueda nueva pero el asa chirría ahora",
        "¿¿Ahora piden fotos de cada lado antes de recoger??",
        "Precios doblados desde marzo y una semana más",
        "30 € de 'limpieza' por una maleta que mandé impecable. Vergonzoso",
        "Mi cuñado usa {comp}, le he mandado allí el trolley para el sábado",
    ],
}
CANCEL: T = {
    "it": [
        "Ho comprato una valigia nuova col bonus e non viaggio piu come prima: vorrei disdire Rolvetta Plus e chiudere l'account",
        "Vi scrivo per cancellare il mio abbonamento Plus e chiudere l'account, grazie",
    ],
    "fr": [
        "J'ai racheté une valise neuve et je ne voyage plus : je veux résilier Rolvetta Plus et fermer mon compte",
        "merci de résilier mon abonnement Plus et de clôturer le compte",
    ],
    "en": [
        "Bought a new case and barely travel now: please cancel my Rolvetta Plus and close the account"
    ],
    "de": [
        "Neuer Koffer gekauft, ich reise kaum noch: bitte Rolvetta Plus kündigen und Konto schließen"
    ],
    "pt": ["Comprei mala nova e ja nao viajo: quero cancelar o Rolvetta Plus e fechar a conta"],
    "es": [
        "Me he comprado maleta nueva y ya no viajo: quiero cancelar Rolvetta Plus y cerrar la cuenta"
    ],
}
SORRY_GO: T = {
    "it": ["Ci dispiace vederla andare. Puo disdire da solo nell'app o sul sito. {agent}"],
    "fr": [
        "Désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site. {agent}"
    ],
    "en": ["Sorry to see you go. You can cancel yourself in the app or on the website. {agent}"],
    "de": [
        "Schade, dass Sie gehen. Kündigen können Sie selbst in der App oder auf der Website. {agent}"
    ],
    "pt": ["Lamentamos a saida. Pode cancelar na app ou no site. {agent}"],
    "es": ["Sentimos que se vaya. Puede cancelar usted mismo en la app o en la web. {agent}"],
}
GRUMBLE: T = {
    "it": [
        "L'app mi fa il logout ogni volta, che palle",
        "Finestra di ritiro di 4 ore, ma chi ha tempo",
        "Il sms 'corriere in arrivo' alle 6 di mattina anche no",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois, pénible",
        "Créneau de 4 heures pour l'enlèvement, qui a le temps",
        "le sms 'coursier en route' à 6h du mat, sérieux",
    ],
    "en": ["App logs me out every single time"],
    "de": ["App loggt mich jedes Mal aus, nervig"],
    "pt": ["A app faz logout sempre, irritante"],
    "es": ["La app me cierra sesión cada vez, qué pesadez"],
}
SARCASM: T = {
    "it": [
        "Ritiro 'express' alle 21:40, giusto in tempo per fare la valigia di notte 👏",
        "Che bello ricevere la valigia con le etichette del cliente prima 😂",
    ],
    "fr": [
        "Enlèvement 'express' à 21h40, parfait pour faire sa valise la nuit 👏",
        "génial de recevoir la valise avec les étiquettes du client d'avant 😂",
    ],
    "en": ["'Express' pick-up at 21:40, perfect for packing at midnight 👏"],
    "de": ["'Express'-Abholung um 21:40, perfekt zum nächtlichen Packen 👏"],
    "pt": ["Recolha 'express' as 21:40, otimo para fazer a mala de noite 👏"],
    "es": ["Recogida 'exprés' a las 21:40, ideal para hacer la maleta de madrugada 👏"],
}
NIGHT_POST: T = {
    "it": [
        "Turno di notte finito, trolley riparato arrivato ieri. Grazie Rolvetta",
        "insonnia e valigia pronta per domani, ruota nuova che scorre benissimo",
    ],
    "fr": [
        "Fin de garde à l'hôpital, ma valise réparée m'attendait. Merci Rolvetta",
        "insomnie, valise bouclée, la roue neuve glisse super bien",
    ],
    "en": ["Night shift done and the repaired case is waiting. Cheers Rolvetta"],
    "de": ["Nachtschicht vorbei, Koffer repariert zurück. Danke Rolvetta"],
    "pt": ["Fim do turno da noite, a mala reparada ja ca esta. Obrigada Rolvetta"],
    "es": ["Fin del turno de noche y la maleta arreglada ya en casa. Gracias Rolvetta"],
}
NIGHT_Q: T = {
    "it": [
        "Posso lasciare la valigia al portiere per il ritiro di domattina?",
        "il ritiro di domani si puo spostare al pomeriggio?",
    ],
    "fr": [
        "Je peux laisser la valise au gardien pour l'enlèvement de demain ?",
        "on peut décaler l'enlèvement de demain à l'après-midi ?",
    ],
    "en": ["Can I leave the case with my neighbour for tomorrow's pick-up?"],
    "de": ["Kann ich den Koffer für die Abholung morgen beim Nachbarn lassen?"],
    "pt": ["Posso deixar a mala com o porteiro para a recolha de amanha?"],
    "es": ["¿Puedo dejar la maleta al portero para la recogida de mañana?"],
}
MILD: T = {
    "it": [
        "La ricerca del punto di ritiro mi mostra la citta sbagliata",
        "Le notifiche mi arrivano in tedesco, boh",
    ],
    "fr": [
        "La recherche de point relais m'affiche la mauvaise ville",
        "les notifications arrivent en anglais, bizarre",
    ],
    "en": ["Drop-off point search shows the wrong city"],
    "de": ["Die Suche nach Abgabestellen zeigt die falsche Stadt"],
    "pt": ["A pesquisa de pontos de entrega mostra a cidade errada"],
    "es": ["El buscador de puntos de entrega muestra la ciudad equivocada"],
}
SURVEY_WORD: T = {
    "it": ["ottimo", "", "👍"],
    "fr": ["top", "", "parfait"],
    "en": ["great"],
    "de": ["super"],
    "pt": ["otimo"],
    "es": ["genial"],
}
LOW_WORD: T = {
    "it": ["pessimo", ""],
    "fr": ["nul", ""],
    "en": ["poor"],
    "de": ["schlecht"],
    "pt": ["mau"],
    "es": ["fatal"],
}
B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]
B2B: dict[str, T] = {
    "invoice": {
        "it": [
            "Le fatture portano ancora la vecchia ragione sociale e nessun numero d'ordine: la contabilita le rifiuta"
        ],
        "fr": [
            "Vos factures portent l'ancienne raison sociale et aucun numéro de commande : la compta les rejette"
        ],
        "en": [
            "Your invoices still show our pre-merger name and no PO number: accounts reject them"
        ],
        "de": [
            "Ihre Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer: die Buchhaltung lehnt ab"
        ],
        "pt": ["As faturas tem o nome antigo da empresa e nenhum numero de encomenda"],
        "es": ["Las facturas llevan el nombre antiguo de la empresa y ningún número de pedido"],
    },
    "service_blocked": {
        "it": ["Il corriere rifiuta i ritiri: 'conto bloccato', ma abbiamo pagato tutto"],
        "fr": ["Le coursier refuse nos enlèvements : 'compte bloqué', alors que tout est payé"],
        "en": ["Courier refuses our collections: 'account on stop', though everything is paid"],
        "de": ["Der Kurier verweigert Abholungen: 'Konto gesperrt', obwohl alles bezahlt ist"],
        "pt": ["O estafeta recusa recolhas: 'conta bloqueada', mas esta tudo pago"],
        "es": ["El mensajero rechaza las recogidas: 'cuenta bloqueada', y está todo pagado"],
    },
    "portal": {
        "it": ["Il portale non mostra le riparazioni aperte, non possiamo chiedere la riconsegna"],
        "fr": ["Le portail n'affiche aucune réparation en cours, impossible de demander le retour"],
        "en": ["The portal shows no open repairs, so we can't request returns"],
        "de": ["Das Portal zeigt keine offenen Reparaturen, Rücksendung nicht anforderbar"],
        "pt": ["O portal nao mostra reparacoes abertas, nao conseguimos pedir devolucao"],
        "es": ["El portal no muestra reparaciones abiertas, no podemos pedir la devolución"],
    },
    "overbilled": {
        "it": [
            "Ci fatturate la tariffa singola invece della tariffa a contratto, oltre 600 € di differenza"
        ],
        "fr": ["Vous facturez le tarif à l'unité au lieu du tarif contrat, plus de 600 € d'écart"],
        "en": [
            "You bill the single-repair rate instead of our contract rate, over £500 difference"
        ],
        "de": ["Sie berechnen Einzelpreise statt Vertragspreis, über 600 € Unterschied"],
        "pt": ["Faturam a tarifa avulsa em vez da de contrato, mais de 600 € de diferenca"],
        "es": [
            "Nos facturáis la tarifa suelta en vez de la de contrato, más de 600 € de diferencia"
        ],
    },
}
B2B_LATER: T = {
    "it": ["Come gia scritto da {first} {day}, pratica {ref}: {problem}"],
    "fr": ["Comme {first} l'a écrit {day}, dossier {ref} : {problem}"],
    "en": ["As {first} wrote {day}, case {ref}: {problem}"],
    "de": ["Wie {first} {day} schrieb, Vorgang {ref}: {problem}"],
    "pt": ["Como a {first} escreveu {day}, pedido {ref}: {problem}"],
    "es": ["Como escribió {first} {day}, incidencia {ref}: {problem}"],
}
B2B_LAST: T = {
    "it": [
        "Pratica {ref}: ancora niente risolto, hanno scritto in tanti. Gli acquisti hanno gia chiesto le tariffe a {comp}"
    ],
    "fr": [
        "Dossier {ref} : toujours rien, plusieurs collègues ont écrit. Les achats ont déjà demandé les tarifs de {comp}"
    ],
    "en": [
        "Case {ref}: still nothing fixed, several colleagues wrote. Procurement has already asked {comp} for rates"
    ],
    "de": [
        "Vorgang {ref}: immer noch nichts, mehrere Kollegen schrieben. Der Einkauf hat {comp} schon nach Preisen gefragt"
    ],
    "pt": [
        "Pedido {ref}: nada resolvido, varios colegas escreveram. Compras ja pediu precos a {comp}"
    ],
    "es": [
        "Incidencia {ref}: nada arreglado, han escrito varios. Compras ya ha pedido tarifas a {comp}"
    ],
}
B2B_SUGGEST: T = {
    "it": [
        "Sarebbe utile esportare i costi per codice progetto",
        "suggerimento: data dell'ultimo controllo sulla bolla",
    ],
    "fr": [
        "Ce serait utile d'exporter les coûts par code projet",
        "suggestion : la date du dernier contrôle sur le bon",
    ],
    "en": ["It would help to export costs by project code"],
    "de": ["Export der Kosten nach Projektcode wäre hilfreich"],
    "pt": ["Seria util exportar custos por codigo de projeto"],
    "es": ["Sería útil exportar costes por código de proyecto"],
}
B2B_ACK: T = {
    "it": ["Grazie, riferimento {ref}. {agent}, Rolvetta Pro"],
    "fr": ["Merci, référence {ref}. {agent}, Rolvetta Pro"],
    "en": ["Thanks, reference {ref}. {agent}, Rolvetta Pro"],
    "de": ["Danke, Referenz {ref}. {agent}, Rolvetta Pro"],
    "pt": ["Obrigado, referencia {ref}. {agent}, Rolvetta Pro"],
    "es": ["Gracias, referencia {ref}. {agent}, Rolvetta Pro"],
}
B2B_Q: T = {
    "it": [
        "Possiamo aggiungere una nuova sede al conto?",
        "come scarico le fatture di settembre dal portale?",
    ],
    "fr": [
        "Peut-on ajouter un site au compte ?",
        "comment télécharger les factures de septembre ?",
    ],
    "en": ["Can we add a new site to the account?"],
    "de": ["Können wir einen Standort hinzufügen?"],
    "pt": ["Podemos acrescentar um local a conta?"],
    "es": ["¿Podemos añadir una sede a la cuenta?"],
}
SPIKE: T = {
    "it": [
        "Non riesco ad accettare il preventivo, il pulsante da errore QTE-586",
        "preventivo bloccato, 'Accetta' non va: errore QTE-586",
        "QTE-586 ogni volta che provo ad approvare la riparazione @Rolvetta",
    ],
    "fr": [
        "Impossible d'accepter le devis, le bouton affiche l'erreur QTE-586",
        "devis bloqué, 'Accepter' ne marche pas: erreur QTE-586",
        "QTE-586 à chaque fois que je valide la réparation",
    ],
    "en": ["Can't accept my repair quote, the button gives error QTE-586"],
    "de": ["Kostenvoranschlag lässt sich nicht annehmen, Fehler QTE-586"],
    "pt": ["Nao consigo aceitar o orcamento, erro QTE-586"],
    "es": ["No puedo aceptar el presupuesto, el botón da error QTE-586"],
}
SPIKE_REPEAT: T = {
    "it": ["Ancora QTE-586, anche dal sito e dal telefono di mio marito"],
    "fr": ["Toujours QTE-586, même depuis le site et le téléphone de ma femme"],
    "en": ["Still QTE-586, on the website too"],
    "de": ["Immer noch QTE-586, auch auf der Website"],
    "pt": ["Continua QTE-586, tambem no site"],
    "es": ["Sigue QTE-586, también desde la web"],
}
SPIKE_ANSWER: T = {
    "it": [
        "Si, l'accettazione dei preventivi non funziona per nessuno in questo momento, ci stiamo lavorando. {agent}"
    ],
    "fr": [
        "Oui, l'acceptation des devis est en panne pour tout le monde, nos équipes sont dessus. {agent}"
    ],
    "en": [
        "Yes, quote acceptance is failing for everyone right now, our engineers are on it. {agent}"
    ],
    "de": [
        "Ja, die Annahme von Kostenvoranschlägen fällt gerade überall aus, wir sind dran. {agent}"
    ],
    "pt": ["Sim, a aceitacao de orcamentos esta em baixo para todos, estamos a tratar. {agent}"],
    "es": [
        "Sí, la aceptación de presupuestos falla para todos ahora mismo, estamos en ello. {agent}"
    ],
}
SPIKE_FIXED: T = {
    "it": [
        "L'accettazione dei preventivi funziona di nuovo; il ritiro e gratis, 10 € di credito aggiunto. {agent}"
    ],
    "fr": [
        "L'acceptation des devis refonctionne ; l'enlèvement est offert, 10 € de crédit ajoutés. {agent}"
    ],
    "en": ["Quote acceptance works again; your collection is on us, credit added. {agent}"],
    "de": ["Die Annahme funktioniert wieder; Abholung geht auf uns, 10 € Gutschrift. {agent}"],
    "pt": ["A aceitacao voltou a funcionar; recolha por nossa conta, 10 € de credito. {agent}"],
    "es": [
        "La aceptación vuelve a funcionar; la recogida corre de nuestra cuenta, 10 € de crédito. {agent}"
    ],
}
LONE_Q: T = {
    "it": [
        "Ieri il preventivo mi sembrava in grigio, poi si e caricato normale. Domani funzionera?"
    ],
    "fr": ["Hier le devis s'affichait en gris puis normalement. Ça marchera demain ?"],
    "en": ["Yesterday the quote looked greyed out, then loaded fine. Will it work tomorrow?"],
    "de": ["Gestern war der Kostenvoranschlag grau, dann normal. Geht das morgen?"],
    "pt": ["Ontem o orcamento apareceu a cinzento e depois normal. Amanha funciona?"],
    "es": ["Ayer el presupuesto salía en gris y luego normal. ¿Funcionará mañana?"],
}
LONE_A: T = {
    "it": ["Si, era solo il caricamento, funzionera. {agent}"],
    "fr": ["Oui, c'était juste le chargement. {agent}"],
    "en": ["Yes, just loading, it will work. {agent}"],
    "de": ["Ja, nur das Laden, das klappt. {agent}"],
    "pt": ["Sim, era so o carregamento. {agent}"],
    "es": ["Sí, era solo la carga, funcionará. {agent}"],
}
