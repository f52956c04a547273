"""Wording of heldout204 (Carrivo: roof boxes, roof bars, bike carriers and snow chains on hire).

Every table has every language; English and French carry two or three variants.
Placeholders: prod, case, comp, first, amount, code, company, day, time.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("en", "fr", "de", "it", "pt", "es")
Table = dict[str, list[str]]

BRAND = "Carrivo"
COMPETITORS = ("Valigon", "Tragmeister")
CODE = "FIT-592"

PRODUCTS: Table = {
    "en": [
        "Roof box 420 L, week",
        "Roof bars, weekend",
        "Tow-bar bike carrier, 3 bikes",
        "Snow chains, week",
    ],
    "fr": [
        "Coffre de toit 420 L, semaine",
        "Barres de toit, week-end",
        "Porte-vélos d'attelage, 3 vélos",
        "Chaînes à neige, semaine",
    ],
    "de": [
        "Dachbox 420 L, Woche",
        "Dachträger, Wochenende",
        "Heckträger für 3 Räder",
        "Schneeketten, Woche",
    ],
    "it": [
        "Box da tetto 420 L, settimana",
        "Barre portatutto, weekend",
        "Portabici da gancio, 3 bici",
        "Catene da neve, settimana",
    ],
    "pt": [
        "Caixa de tejadilho 420 L, semana",
        "Barras de tejadilho, fim de semana",
        "Porta-bicicletas de engate, 3 bicicletas",
        "Correntes de neve, semana",
    ],
    "es": [
        "Cofre de techo 420 L, semana",
        "Barras de techo, fin de semana",
        "Portabicis de bola, 3 bicis",
        "Cadenas de nieve, semana",
    ],
}

PRAISE: Table = {
    "en": [
        "Carrivo fitted the roof box in ten minutes flat, kids' stuff all up top, road trip sorted",
        "honestly the easiest hire ever, bike carrier on and off without a scratch. cheers Carrivo",
        "Roof box was spotless and the fitter even showed me how the lock works. Top service",
    ],
    "fr": [
        "Coffre de toit posé en dix minutes par Carrivo, on part en vacances l'esprit léger",
        "super accueil au point de montage, le porte-vélos était comme neuf, merci Carrivo !",
        "franchement rien à redire, réservation en deux clics et barres de toit nickel",
    ],
    "de": [
        "Dachbox in zehn Minuten montiert, alles passt rein. Danke Carrivo!",
        "Heckträger top in Schuss, der Monteur war super freundlich",
    ],
    "it": [
        "Box montato in dieci minuti, tutto perfetto. Grazie Carrivo!",
        "portabici pulitissimo e il montatore gentilissimo, consigliato",
    ],
    "pt": [
        "Caixa de tejadilho montada em dez minutos, impecável. Obrigado Carrivo!",
        "porta-bicicletas em ótimo estado e o técnico muito simpático",
    ],
    "es": [
        "Cofre montado en diez minutos, cabe todo. ¡Gracias Carrivo!",
        "portabicis impecable y el montador majísimo, repetiré",
    ],
}

AGAIN: Table = {
    "en": [
        "Third winter in a row with Carrivo snow chains and still not one problem",
        "again the same lovely fitter at the depot, he remembered our car!",
    ],
    "fr": [
        "Troisième été avec le coffre Carrivo, toujours aussi simple",
        "encore une fois parfait, le monteur se souvenait de notre voiture",
    ],
    "de": ["Schon das dritte Mal die Dachbox gemietet, immer noch begeistert"],
    "it": ["Terza volta che noleggio il box, sempre impeccabile"],
    "pt": ["Terceira vez que alugo o porta-bicicletas e continua perfeito"],
    "es": ["Tercera vez que alquilo el cofre y sigue siendo perfecto"],
}

PRAISE_GRIPE: Table = {
    "en": [
        "Great box, fitted fast. Only gripe: the key fob is tiny and I nearly lost it",
        "Love the service, just wish the app remembered my car reg",
    ],
    "fr": [
        "Très bien dans l'ensemble, juste la notice du porte-vélos uniquement en PDF",
        "service au top, seul bémol le parking du point de montage",
    ],
    "de": ["Alles bestens, nur die Anleitung gibt es nur als PDF"],
    "it": ["Tutto ottimo, solo il parcheggio del centro montaggio è piccolo"],
    "pt": ["Tudo ótimo, só a chave da caixa é minúscula"],
    "es": ["Todo genial, solo que la llave del cofre es diminuta"],
}

QUESTION: Table = {
    "en": [
        "Hi, does the 420 L box fit a Golf estate with the panoramic roof?",
        "can I pick the bike carrier up Friday evening instead of Saturday?",
        "Do I need my own roof bars for the box or are they included?",
    ],
    "fr": [
        "Bonjour, le coffre 420 L va sur une Mégane break avec barres d'origine ?",
        "est-ce que je peux rendre les chaînes un jour plus tôt ?",
        "Les barres sont-elles comprises avec le coffre ?",
    ],
    "de": ["Hallo, passt die 420-L-Box auf einen Passat Variant?"],
    "it": ["Ciao, il box da 420 L va bene su una Tipo station wagon?"],
    "pt": ["Olá, a caixa de 420 L serve num Clio Break?"],
    "es": ["Hola, ¿el cofre de 420 L vale para un León ST?"],
}

ANSWER: Table = {
    "en": ["Hi, yes it fits, the app's fit check confirms it when you book. Have a great trip!"],
    "fr": [
        "Bonjour, oui c'est compatible, la vérification dans l'appli le confirme à la réservation. Bon voyage !"
    ],
    "de": [
        "Hallo, ja, das passt, der Fahrzeug-Check in der App bestätigt es bei der Buchung. Gute Fahrt!"
    ],
    "it": ["Ciao, sì, è compatibile: lo conferma il controllo veicolo nell'app. Buon viaggio!"],
    "pt": ["Olá, sim, é compatível, a verificação na app confirma na reserva. Boa viagem!"],
    "es": [
        "Hola, sí, es compatible, la comprobación de la app lo confirma al reservar. ¡Buen viaje!"
    ],
}

THANKS: Table = {
    "en": ["cheers, legend", "brilliant thanks!", "ta very much"],
    "fr": ["merci beaucoup !", "top merci", "parfait, merci bcp"],
    "de": ["Super, danke!"],
    "it": ["Grazie mille!"],
    "pt": ["Obrigado, top!"],
    "es": ["¡Mil gracias!"],
}

NIGHT_POST: Table = {
    "en": [
        "3am and I'm still packing the roof box for the 6am ferry. Carrivo box swallowed everything",
        "night shift done, booked the bike carrier for Saturday on the Carrivo app in two minutes",
    ],
    "fr": [
        "2h du mat, le coffre de toit Carrivo est chargé, départ dans 4h",
        "insomnie, j'ai réservé les chaînes Carrivo pour la Savoie, facile",
    ],
    "de": ["2 Uhr nachts, Dachbox von Carrivo ist gepackt, um 5 geht's los"],
    "it": ["alle 2 di notte ho caricato il box Carrivo, si parte all'alba"],
    "pt": ["2 da manhã e a caixa Carrivo já está carregada, partimos às 6"],
    "es": ["las 2 de la mañana y el cofre de Carrivo ya está cargado, salimos a las 6"],
}

NIGHT_Q: Table = {
    "en": ["quick one, can I drop the box at the 24h return bay before 7?"],
    "fr": ["petite question, je peux déposer le coffre au retour 24h avant 7h ?"],
    "de": ["kurze Frage: kann ich die Box vor 7 Uhr am 24-h-Rückgabeplatz abstellen?"],
    "it": ["domanda veloce: posso lasciare il box al punto di riconsegna 24h prima delle 7?"],
    "pt": ["pergunta rápida: posso deixar a caixa no ponto de devolução 24h antes das 7?"],
    "es": ["pregunta rápida: ¿puedo dejar el cofre en el punto de devolución 24h antes de las 7?"],
}

NIGHT_A: Table = {
    "en": ["Yes, the 24h bay is open all night, just scan the code on the post. Safe travels!"],
    "fr": [
        "Oui, le point 24h est ouvert toute la nuit, scannez le code sur la borne. Bonne route !"
    ],
    "de": ["Ja, der 24-h-Platz ist die ganze Nacht offen, einfach den Code an der Säule scannen."],
    "it": [
        "Sì, il punto 24h è aperto tutta la notte, basta scansionare il codice sulla colonnina."
    ],
    "pt": ["Sim, o ponto 24h está aberto toda a noite, basta ler o código no poste."],
    "es": ["Sí, el punto 24h está abierto toda la noche, escanea el código del poste."],
}

SURVEY_WORD: Table = {
    "en": ["great", "spot on", ""],
    "fr": ["parfait", "top", ""],
    "de": ["prima"],
    "it": ["ottimo"],
    "pt": ["ótimo"],
    "es": ["genial"],
}

REVIEW: Table = {
    "en": [
        "Five stars: fitting took ten minutes and the box was like new",
        "Easy booking, friendly fitter, fair price",
    ],
    "fr": [
        "Cinq étoiles : montage rapide et coffre impeccable",
        "Réservation simple, monteur sympa, prix correct",
    ],
    "de": ["Fünf Sterne: schnelle Montage, Box wie neu"],
    "it": ["Cinque stelle: montaggio rapido, box perfetto"],
    "pt": ["Cinco estrelas: montagem rápida, caixa impecável"],
    "es": ["Cinco estrellas: montaje rápido y cofre impecable"],
}

PHONE_Q: Table = {
    "en": ["hi yeah just wanted to ask if the ski carrier takes snowboards as well thanks"],
    "fr": ["oui bonjour je voulais savoir si le porte-skis prend aussi les snowboards merci"],
    "de": ["ja hallo ich wollte fragen ob der Skiträger auch Snowboards nimmt danke"],
    "it": ["pronto buongiorno volevo sapere se il portasci prende anche gli snowboard grazie"],
    "pt": ["olá queria saber se o porta-esquis também leva pranchas de snowboard obrigado"],
    "es": ["hola buenas quería saber si el portaesquís lleva también tablas de snowboard gracias"],
}

PHONE_FOLLOW: Table = {
    "en": [
        "As discussed on the phone: yes, the ski carrier takes up to 4 snowboards. Enjoy the snow!"
    ],
    "fr": [
        "Comme convenu au téléphone : oui, le porte-skis prend jusqu'à 4 snowboards. Bonne glisse !"
    ],
    "de": ["Wie besprochen: Ja, der Skiträger nimmt bis zu 4 Snowboards. Viel Spaß im Schnee!"],
    "it": ["Come detto al telefono: sì, il portasci prende fino a 4 snowboard. Buona neve!"],
    "pt": ["Como falámos: sim, o porta-esquis leva até 4 pranchas. Boa neve!"],
    "es": ["Como hablamos: sí, el portaesquís lleva hasta 4 tablas. ¡Buena nieve!"],
}

# The six consumer problems, short.
PROBLEM: dict[str, Table] = {
    "no_show": {
        "en": [
            "Booked a 9am fitting for the roof box, drove 40 minutes, NOBODY there and no box. Holiday starts tomorrow. Unreal.",
            "Your fitter never turned up for my bike carrier slot, app says FITTED. It is not fitted.",
        ],
        "fr": [
            "Rendez-vous de montage à 9h, 40 minutes de route, PERSONNE et pas de coffre. On part demain. Inadmissible.",
            "le monteur n'est jamais venu, l'appli affiche MONTÉ alors que rien n'est monté",
        ],
        "de": [
            "Montagetermin um 9 Uhr, 40 Minuten gefahren, NIEMAND da und keine Box. Morgen geht der Urlaub los!"
        ],
        "it": [
            "Appuntamento alle 9 per il montaggio, NESSUNO al centro e niente box. Partiamo domani!"
        ],
        "pt": ["Marcação às 9h para montar a caixa, NINGUÉM lá e caixa nenhuma. Partimos amanhã!"],
        "es": [
            "Cita a las 9 para montar el cofre, NADIE allí y ni rastro del cofre. ¡Nos vamos mañana!"
        ],
    },
    "double_charge": {
        "en": [
            "You've taken the £150 deposit TWICE off my card, now my rent payment bounced",
            "deposit charged twice for one roof box, please sort this today",
        ],
        "fr": [
            "Vous avez prélevé la caution de 150 € DEUX fois, mon loyer est rejeté",
            "caution débitée deux fois pour un seul coffre, merci de corriger vite",
        ],
        "de": ["Die Kaution von 150 € wurde ZWEIMAL abgebucht, jetzt platzt meine Miete"],
        "it": ["Mi avete addebitato la cauzione di 150 € DUE volte, ora l'affitto è rimbalzato"],
        "pt": ["Cobraram a caução de 150 € DUAS vezes, agora a renda foi recusada"],
        "es": ["Me habéis cobrado la fianza de 150 € DOS veces y me han devuelto el alquiler"],
    },
    "damage": {
        "en": [
            "Roof box lid cracked right across and the lock is broken, found out at the motorway services. Rain got in.",
            "bike carrier arrived with a bent clamp, one bike nearly came off",
        ],
        "fr": [
            "Couvercle du coffre fendu et serrure cassée, on s'en est rendu compte sur l'autoroute, tout est mouillé",
            "porte-vélos livré avec une pince tordue, un vélo a failli tomber",
        ],
        "de": ["Deckel der Dachbox gerissen, Schloss kaputt, alles nass geworden"],
        "it": ["Coperchio del box crepato e serratura rotta, tutto bagnato in autostrada"],
        "pt": ["Tampa da caixa rachada e fechadura partida, ficou tudo molhado"],
        "es": ["Tapa del cofre rajada y cerradura rota, se nos mojó todo en la autopista"],
    },
    "refund": {
        "en": [
            "Returned the box three weeks ago and my £150 deposit is STILL held",
            "where is my deposit? returned everything on the 2nd",
        ],
        "fr": [
            "Coffre rendu il y a trois semaines et ma caution de 150 € est TOUJOURS bloquée",
            "où est ma caution ? tout rendu le 2",
        ],
        "de": ["Box vor drei Wochen zurückgegeben, Kaution immer noch nicht zurück"],
        "it": ["Box restituito tre settimane fa e la cauzione è ANCORA bloccata"],
        "pt": ["Devolvi a caixa há três semanas e a caução AINDA está retida"],
        "es": ["Devolví el cofre hace tres semanas y la fianza SIGUE retenida"],
    },
    "wrong_price": {
        "en": [
            "I'm a Carrivo Club member and got charged the full non-member rate, £38 more",
            "club rate not applied AGAIN on my snow chains",
        ],
        "fr": [
            "Je suis membre Carrivo Club et on m'a facturé le tarif non-membre, 42 € de plus",
            "tarif club pas appliqué sur mes chaînes",
        ],
        "de": ["Ich bin Club-Mitglied und habe den vollen Preis bezahlt, 42 € zu viel"],
        "it": ["Sono socio Club e mi avete fatto pagare la tariffa piena, 42 € in più"],
        "pt": ["Sou sócio do Club e cobraram a tarifa normal, mais 42 €"],
        "es": ["Soy socio del Club y me habéis cobrado la tarifa normal, 42 € de más"],
    },
    "cancel_fee": {
        "en": [
            "Cancelled five days ahead and you charged a £25 late-cancellation fee?!",
            "late cancel fee for cancelling a week early, seriously",
        ],
        "fr": [
            "Annulé cinq jours avant et facturé 25 € de frais d'annulation tardive ?!",
            "frais d'annulation alors que j'ai annulé une semaine avant",
        ],
        "de": ["Fünf Tage vorher storniert und trotzdem 25 € Stornogebühr?!"],
        "it": ["Annullato cinque giorni prima e mi addebitate 25 € di penale?!"],
        "pt": ["Cancelei cinco dias antes e cobraram 25 € de cancelamento tardio?!"],
        "es": ["Cancelé cinco días antes y me cobráis 25 € por cancelación tardía?!"],
    },
}

PROBLEM_NAME: Table = {
    "en": ["Fitting", "Deposit", "Damaged kit", "Deposit refund", "Club rate", "Cancellation fee"],
    "fr": [
        "Montage",
        "Caution",
        "Matériel abîmé",
        "Remboursement caution",
        "Tarif club",
        "Frais d'annulation",
    ],
    "de": ["Montage", "Kaution", "Beschädigt", "Kaution zurück", "Club-Preis", "Stornogebühr"],
    "it": ["Montaggio", "Cauzione", "Danno", "Rimborso cauzione", "Tariffa club", "Penale"],
    "pt": ["Montagem", "Caução", "Dano", "Reembolso caução", "Tarifa club", "Taxa de cancelamento"],
    "es": ["Montaje", "Fianza", "Daño", "Devolución fianza", "Tarifa club", "Penalización"],
}
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

COMPLAINT_SUBJECT: Table = {
    "en": ["Complaint: "],
    "fr": ["Réclamation : "],
    "de": ["Beschwerde: "],
    "it": ["Reclamo: "],
    "pt": ["Reclamação: "],
    "es": ["Reclamación: "],
}
CASE_SUBJECT: Table = {
    "en": ["Re: Your case "],
    "fr": ["RE : Dossier "],
    "de": ["AW: Vorgang "],
    "it": ["R: Pratica "],
    "pt": ["RE: Processo "],
    "es": ["RE: Incidencia "],
}

LONG_EMAIL: Table = {
    "en": [
        "Dear Carrivo team,\n\nI am writing this from the hospital car park while my dad has his check-up, so forgive the brevity. We have hired from you for three summers and I have always recommended you to friends. This time, however, {problem} I have two children, a dog and a ferry to catch, and I simply do not have the time to chase this. Please put it right and let me know what you will do.\n\nKind regards",
        "Hello,\n\nI hope this finds you well. We are moving my mother-in-law into her new flat this week and the roof box was meant to carry her winter things. Sadly {problem} I have rung twice and been told someone would call back, and nobody has. I would like an answer in writing, please.\n\nThanks in advance",
    ],
    "fr": [
        "Madame, Monsieur,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous. Nous louons chez vous depuis plusieurs années et j'en ai toujours été contente. Mais cette fois, {problem} Avec trois enfants et un départ en vacances, je n'ai pas le temps de courir après vous. Merci de régler cela rapidement et de me dire ce que vous comptez faire.\n\nCordialement",
        "Bonjour,\n\nJe profite d'une pause au bureau pour vous écrire. Nous déménageons le studio de mon fils cette semaine et le coffre devait servir pour ses affaires. Malheureusement, {problem} J'ai appelé deux fois, on m'a promis un rappel qui n'est jamais venu. Je souhaite une réponse écrite.\n\nBien à vous",
    ],
    "de": [
        "Sehr geehrtes Carrivo-Team,\n\nich schreibe Ihnen aus dem Wartezimmer beim Zahnarzt. Wir mieten seit Jahren bei Ihnen und waren immer sehr froh damit. Diesmal aber {problem} Mit zwei Kindern und der Fähre am Samstag habe ich keine Zeit, dem hinterherzulaufen. Bitte klären Sie das umgehend.\n\nMit freundlichen Grüßen"
    ],
    "it": [
        "Gentile team Carrivo,\n\nvi scrivo dalla sala d'attesa del pediatra. Noleggiamo da voi da anni e vi ho sempre consigliato. Questa volta però {problem} Con due bambini e la partenza sabato non ho tempo di rincorrervi. Vi prego di risolvere subito.\n\nCordiali saluti"
    ],
    "pt": [
        "Caros senhores,\n\nescrevo da sala de espera do hospital enquanto o meu pai faz exames. Alugamos convosco há anos e sempre vos recomendei. Desta vez, porém, {problem} Com dois filhos e a viagem no sábado, não tenho tempo para isto. Peço que resolvam rapidamente.\n\nCumprimentos"
    ],
    "es": [
        "Estimado equipo de Carrivo:\n\nos escribo desde la sala de espera del pediatra. Llevamos años alquilando con vosotros y siempre os he recomendado. Pero esta vez {problem} Con dos niños y el viaje el sábado no tengo tiempo para perseguiros. Os ruego que lo solucionéis ya.\n\nUn saludo"
    ],
}

CALL_COMPLAINT: Table = {
    "en": [
        "yeah hi i'm calling about my booking the problem is {problem_low} and i really need this sorted today"
    ],
    "fr": [
        "oui bonjour j'appelle pour ma réservation le problème c'est que {problem_low} et il faut que ce soit réglé aujourd'hui"
    ],
    "de": [
        "ja hallo ich rufe wegen meiner Buchung an das Problem ist {problem_low} und das muss heute geklärt werden"
    ],
    "it": [
        "pronto buongiorno chiamo per la prenotazione il problema è che {problem_low} e va risolto oggi"
    ],
    "pt": [
        "olá ligo por causa da reserva o problema é que {problem_low} e preciso disto resolvido hoje"
    ],
    "es": [
        "hola buenas llamo por mi reserva el problema es que {problem_low} y necesito que se arregle hoy"
    ],
}

CASE_OPENED: Table = {
    "en": [
        "Hi {first}, sorry about this. I've opened case {case} and we'll come back to you within 24 hours."
    ],
    "fr": [
        "Bonjour {first}, désolés pour ce souci. J'ai ouvert le dossier {case}, nous revenons vers vous sous 24 h."
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Ich habe den Vorgang {case} angelegt, wir melden uns innerhalb von 24 Stunden."
    ],
    "it": [
        "Ciao {first}, ci dispiace. Ho aperto la pratica {case}, ti ricontattiamo entro 24 ore."
    ],
    "pt": ["Olá {first}, lamentamos. Abri o processo {case} e respondemos em 24 horas."],
    "es": [
        "Hola {first}, lo sentimos. He abierto la incidencia {case} y te respondemos en 24 horas."
    ],
}

PASSED_ON: Table = {
    "en": [
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Bonjour {first}, votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "it": [
        "Ciao {first}, la pratica {case} è ora in mano al responsabile qualità, che ti chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "Olá {first}, o processo {case} está agora com a nossa responsável de qualidade, que liga antes de sexta ao almoço."
    ],
    "es": [
        "Hola {first}, tu incidencia {case} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}

GOOD_NEWS: Table = {
    "en": ["Good news on case {case}: it's sorted on our side. Could you confirm all is fine now?"],
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est réglé chez nous. Pouvez-vous confirmer que tout va bien ?"
    ],
    "de": [
        "Gute Nachricht zu Vorgang {case}: Bei uns ist alles erledigt. Können Sie bestätigen, dass es passt?"
    ],
    "it": [
        "Buone notizie sulla pratica {case}: abbiamo risolto. Puoi confermare che ora è tutto ok?"
    ],
    "pt": [
        "Boas notícias sobre o processo {case}: está resolvido. Pode confirmar que está tudo bem?"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {case}: está resuelto. ¿Nos confirmas que todo está bien?"
    ],
}

CONFIRM: Table = {
    "en": [
        "Confirmed, case {case} is all fine now. Thanks for sorting it",
        "yes all good with {case}, cheers",
    ],
    "fr": ["Je confirme, dossier {case} réglé. Merci", "c'est bon pour {case}, merci à vous"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "it": ["Confermo, pratica {case} risolta. Grazie!"],
    "pt": ["Confirmo, processo {case} resolvido. Obrigado!"],
    "es": ["Confirmado, incidencia {case} resuelta. ¡Gracias!"],
}

APOLOGY: Table = {
    "en": [
        "Sorry for shouting yesterday, it was a long day. You lot sorted it fast",
        "apologies for my rant yesterday, the fitter was lovely today",
    ],
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça",
        "pardon pour hier, c'était une sale journée",
    ],
    "de": ["Entschuldigung für gestern, war ein langer Tag. Danke fürs schnelle Lösen"],
    "it": ["Scusate per ieri, giornata storta. Grazie per la rapidità"],
    "pt": ["Desculpem ontem, foi um dia péssimo. Obrigado pela rapidez"],
    "es": ["Perdón por lo de ayer, fue un día horrible. Gracias por resolverlo"],
}

STILL_OPEN: Table = {
    "en": [
        "Case {case} is STILL open, nobody has come back to me. {problem}",
        "writing again about {case}: still not sorted. {problem}",
    ],
    "fr": [
        "Le dossier {case} est TOUJOURS ouvert, personne ne m'a recontacté. {problem}",
        "je relance pour {case} : toujours rien. {problem}",
    ],
    "de": ["Vorgang {case} ist IMMER NOCH offen, keiner meldet sich. {problem}"],
    "it": ["La pratica {case} è ANCORA aperta, nessuno mi ha ricontattato. {problem}"],
    "pt": ["O processo {case} AINDA está aberto, ninguém me respondeu. {problem}"],
    "es": ["La incidencia {case} SIGUE abierta, nadie me ha contestado. {problem}"],
}

THIRD: Table = {
    "en": [" A colleague hires from {comp} and they sort this kind of thing the same day."],
    "fr": [" Un collègue loue chez {comp} et eux règlent ça dans la journée."],
    "de": [" Ein Kollege mietet bei {comp}, die klären so etwas am selben Tag."],
    "it": [" Un collega noleggia da {comp} e loro risolvono in giornata."],
    "pt": [" Um colega aluga na {comp} e eles resolvem isto no mesmo dia."],
    "es": [" Un compañero alquila en {comp} y allí lo arreglan en el día."],
}

FOURTH: Table = {
    "en": [" This is the FOURTH time I'm writing."],
    "fr": [" C'est la QUATRIÈME fois que j'écris."],
    "de": [" Ich schreibe jetzt zum VIERTEN Mal."],
    "it": [" È la QUARTA volta che scrivo."],
    "pt": [" É a QUARTA vez que escrevo."],
    "es": [" Es la CUARTA vez que escribo."],
}

URGENT: Table = {
    "en": ["Added to your case {case} and marked urgent."],
    "fr": ["Ajouté à votre dossier {case}, marqué urgent."],
    "de": ["Zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert."],
    "it": ["Aggiunto alla pratica {case} e segnato come urgente."],
    "pt": ["Acrescentado ao processo {case} e marcado como urgente."],
    "es": ["Añadido a tu incidencia {case} y marcado como urgente."],
}

# Six steps of a slide from a happy baseline.
SLIDE: Table = {
    "en": [
        "Fitting was 2 hours late this time, no call",
        "Box had someone else's sand in it and a wobbly hinge",
        "Now they want a photo of every clamp when I return it?",
        "Deposit held for a week again, getting tired of this",
        "£30 cleaning fee for a box I returned spotless, the app's own photos show it",
        "My brother-in-law hires from {comp}, booked the bike carrier there for Saturday",
    ],
    "fr": [
        "Montage avec 2 heures de retard cette fois, sans appel",
        "Coffre plein de sable du client d'avant et charnière qui branle",
        "Maintenant il faut photographier chaque pince au retour ?",
        "Caution bloquée une semaine encore, ça devient lassant",
        "35 € de frais de nettoyage pour un coffre rendu impeccable, vos propres photos le montrent",
        "Mon beau-frère loue chez {comp}, j'ai réservé le porte-vélos là-bas pour samedi",
    ],
    "de": [
        "Montage diesmal 2 Stunden zu spät, ohne Anruf",
        "Sand vom Vormieter in der Box und ein wackeliges Scharnier",
        "Jetzt soll ich jede Klemme bei der Rückgabe fotografieren?",
        "Kaution wieder eine Woche blockiert, nervt langsam",
        "35 € Reinigungsgebühr für eine saubere Box, eure eigenen Fotos zeigen das",
        "Mein Schwager mietet bei {comp}, hab den Heckträger für Samstag dort gebucht",
    ],
    "it": [
        "Montaggio con 2 ore di ritardo, senza una chiamata",
        "Box pieno di sabbia del cliente prima e cerniera traballante",
        "Ora devo fotografare ogni morsetto alla riconsegna?",
        "Cauzione bloccata un'altra settimana, comincio a stancarmi",
        "35 € di pulizia per un box restituito pulito, lo dicono le vostre foto",
        "Mio cognato noleggia da {comp}, ho prenotato lì il portabici per sabato",
    ],
    "pt": [
        "Montagem 2 horas atrasada, sem aviso",
        "Caixa com areia do cliente anterior e dobradiça solta",
        "Agora querem foto de cada grampo na devolução?",
        "Caução retida mais uma semana, já cansa",
        "35 € de limpeza por uma caixa devolvida limpa, as vossas fotos mostram",
        "O meu cunhado aluga na {comp}, reservei lá o porta-bicicletas para sábado",
    ],
    "es": [
        "Montaje con 2 horas de retraso, sin avisar",
        "Cofre con arena del cliente anterior y una bisagra floja",
        "¿Ahora hay que fotografiar cada abrazadera al devolver?",
        "Fianza retenida otra semana, ya cansa",
        "35 € de limpieza por un cofre devuelto impecable, vuestras fotos lo muestran",
        "Mi cuñado alquila en {comp}, he reservado allí el portabicis para el sábado",
    ],
}

CANCEL: Table = {
    "en": [
        "Hi, we've bought our own roof box with my bonus, so please cancel my Carrivo Club membership and close my account. Thanks for the good years.",
        "hello, we've sold the car and move to the city, please cancel the Club and close the account",
    ],
    "fr": [
        "Bonjour, nous avons acheté notre propre coffre, merci de résilier mon abonnement Carrivo Club et de fermer mon compte.",
        "bonjour, on vend la voiture et on part en ville, merci de résilier le Club et fermer le compte",
    ],
    "de": [
        "Hallo, wir haben jetzt eine eigene Dachbox, bitte kündigen Sie meine Club-Mitgliedschaft und schließen Sie mein Konto."
    ],
    "it": [
        "Ciao, abbiamo comprato un box nostro, vi prego di disdire il Club e chiudere l'account."
    ],
    "pt": ["Olá, comprámos a nossa própria caixa, por favor cancelem o Club e fechem a conta."],
    "es": [
        "Hola, nos hemos comprado nuestro propio cofre, por favor dad de baja el Club y cerrad mi cuenta."
    ],
}

SORRY_GO: Table = {
    "en": [
        "Sorry to see you go, {first}. You can cancel yourself in the app or on the website under Membership."
    ],
    "fr": [
        "Dommage de vous voir partir, {first}. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Abonnement."
    ],
    "de": [
        "Schade, dass Sie gehen, {first}. Sie können selbst in der App oder auf der Website unter Mitgliedschaft kündigen."
    ],
    "it": [
        "Ci dispiace vederti andare, {first}. Puoi disdire da solo nell'app o sul sito, sezione Abbonamento."
    ],
    "pt": ["Lamentamos a sua saída, {first}. Pode cancelar na app ou no site, em Subscrição."],
    "es": [
        "Sentimos que te vayas, {first}. Puedes darte de baja en la app o en la web, en Suscripción."
    ],
}

GRUMBLE: Table = {
    "en": [
        "the app logs me out every single time",
        "why does the 'hire ends soon' text come at 6am",
        "40 minute queue at the fitting point on a Saturday, again",
        "the box key ring snapped, cheap stuff",
    ],
    "fr": [
        "l'appli me déconnecte à chaque fois",
        "pourquoi le SMS de fin de location arrive à 6h du matin",
        "40 minutes d'attente au point de montage le samedi",
        "l'anneau de la clé du coffre a cassé",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus",
        "Warum kommt die SMS zum Mietende um 6 Uhr morgens",
        "40 Minuten Schlange am Samstag an der Montagestelle",
    ],
    "it": [
        "l'app mi disconnette ogni volta",
        "perché l'SMS di fine noleggio arriva alle 6",
        "40 minuti di coda il sabato al centro montaggio",
    ],
    "pt": [
        "a app desliga-me a sessão sempre",
        "porque é que o SMS do fim do aluguer chega às 6h",
        "40 minutos de fila ao sábado na montagem",
    ],
    "es": [
        "la app me cierra la sesión cada vez",
        "por qué el SMS de fin de alquiler llega a las 6",
        "40 minutos de cola el sábado en el montaje",
    ],
}

SARCASM: Table = {
    "en": [
        "Love how the 'express fitting' took 3 hours. Express 👏",
        "wow the bike carrier came with free mud from the last customer 😂",
    ],
    "fr": [
        "Génial le 'montage express' en 3 heures. Express 👏",
        "trop bien, le porte-vélos livré avec la boue du client d'avant 😂",
    ],
    "de": ["Toll, die 'Express-Montage' hat 3 Stunden gedauert 👏"],
    "it": ["Bellissimo il 'montaggio express' in 3 ore 👏"],
    "pt": ["Adoro a 'montagem expresso' de 3 horas 👏"],
    "es": ["Qué maravilla el 'montaje exprés' de 3 horas 👏"],
}

MILD: Table = {
    "en": ["small thing: the fitting point search shows the wrong town for my postcode"],
    "fr": ["petit souci : la recherche de point de montage affiche la mauvaise ville"],
    "de": ["Kleinigkeit: Die Suche nach Montagestellen zeigt die falsche Stadt"],
    "it": ["piccola cosa: la ricerca del centro montaggio mostra la città sbagliata"],
    "pt": ["coisa pequena: a pesquisa de pontos de montagem mostra a cidade errada"],
    "es": ["una cosa: el buscador de puntos de montaje muestra la ciudad equivocada"],
}

MILD_ACK: Table = {
    "en": ["Thanks for flagging it, we've passed it to the app team."],
    "fr": ["Merci du signalement, transmis à l'équipe de l'appli."],
    "de": ["Danke für den Hinweis, ist ans App-Team weitergegeben."],
    "it": ["Grazie della segnalazione, l'abbiamo passata al team dell'app."],
    "pt": ["Obrigado pelo aviso, já passámos à equipa da app."],
    "es": ["Gracias por avisar, lo hemos pasado al equipo de la app."],
}

# Business arm.
B2B_PROBLEM: dict[str, Table] = {
    "invoice": {
        "en": ["our Carrivo Fleet invoices still carry no PO number, so finance cannot pay them"],
        "fr": [
            "vos factures Carrivo Fleet n'ont toujours pas de numéro de commande, la compta ne peut pas payer"
        ],
        "de": [
            "Ihre Carrivo-Fleet-Rechnungen haben immer noch keine Bestellnummer, die Buchhaltung kann nicht zahlen"
        ],
        "it": [
            "le fatture Carrivo Fleet non riportano il numero d'ordine, l'amministrazione non può pagarle"
        ],
        "pt": [
            "as faturas Carrivo Fleet continuam sem número de encomenda, a contabilidade não paga"
        ],
        "es": [
            "las facturas de Carrivo Fleet siguen sin número de pedido y contabilidad no puede pagarlas"
        ],
    },
    "service_blocked": {
        "en": [
            "the fitting point refused to fit ladder racks on our vans, 'account on stop', though we paid last month"
        ],
        "fr": [
            "le point de montage a refusé de monter les galeries sur nos utilitaires, 'compte bloqué', alors que tout est payé"
        ],
        "de": [
            "die Montagestelle hat die Leiterträger verweigert, 'Konto gesperrt', obwohl alles bezahlt ist"
        ],
        "it": [
            "il centro montaggio ha rifiutato i portascale sui furgoni, 'conto bloccato', ma abbiamo pagato"
        ],
        "pt": [
            "o ponto de montagem recusou montar as grades nas carrinhas, 'conta bloqueada', mas está tudo pago"
        ],
        "es": [
            "el punto de montaje se negó a montar las bacas en las furgonetas, 'cuenta bloqueada', y está todo pagado"
        ],
    },
    "portal": {
        "en": [
            "the Fleet portal shows no open hires at all, so we cannot off-hire and the bill keeps running"
        ],
        "fr": [
            "le portail Fleet n'affiche aucune location en cours, impossible de restituer, la facture court"
        ],
        "de": [
            "das Fleet-Portal zeigt keine offenen Mieten, wir können nichts abmelden und die Rechnung läuft weiter"
        ],
        "it": [
            "il portale Fleet non mostra noleggi aperti, non possiamo chiuderli e la fattura corre"
        ],
        "pt": [
            "o portal Fleet não mostra alugueres em curso, não conseguimos devolver e a fatura continua"
        ],
        "es": [
            "el portal Fleet no muestra alquileres abiertos, no podemos dar de baja y la factura sigue corriendo"
        ],
    },
    "overbilled": {
        "en": [
            "we are billed the daily rate instead of our fleet monthly rate, over £600 too much"
        ],
        "fr": [
            "on nous facture le tarif journalier au lieu du tarif flotte mensuel, plus de 600 € de trop"
        ],
        "de": [
            "uns wird der Tagespreis statt des Flotten-Monatspreises berechnet, über 600 € zu viel"
        ],
        "it": [
            "ci fatturate la tariffa giornaliera invece di quella mensile flotta, oltre 600 € in più"
        ],
        "pt": ["estão a faturar a tarifa diária em vez da mensal de frota, mais de 600 € a mais"],
        "es": ["nos cobráis la tarifa diaria en vez de la mensual de flota, más de 600 € de más"],
    },
}
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_FIRST: Table = {
    "en": ["Hello, {problem}. Please look into it urgently. Regards, {first}, {company}"],
    "fr": [
        "Bonjour, {problem}. Merci de traiter cela en urgence. Cordialement, {first}, {company}"
    ],
    "de": ["Guten Tag, {problem}. Bitte dringend prüfen. Gruß, {first}, {company}"],
    "it": [
        "Buongiorno, {problem}. Vi chiediamo di verificare con urgenza. Saluti, {first}, {company}"
    ],
    "pt": ["Bom dia, {problem}. Peço que vejam com urgência. Cumprimentos, {first}, {company}"],
    "es": [
        "Buenos días, {problem}. Por favor, revisadlo con urgencia. Saludos, {first}, {company}"
    ],
}

B2B_LATER: Table = {
    "en": [
        "Hello, my colleague {other} wrote on {day} about case {case}: {problem}. Still the same today."
    ],
    "fr": [
        "Bonjour, ma collègue {other} vous a écrit {day} (dossier {case}) : {problem}. Toujours pareil aujourd'hui."
    ],
    "de": [
        "Guten Tag, mein Kollege {other} hat am {day} geschrieben (Vorgang {case}): {problem}. Heute unverändert."
    ],
    "it": [
        "Buongiorno, il mio collega {other} vi ha scritto {day} (pratica {case}): {problem}. Oggi tutto uguale."
    ],
    "pt": [
        "Bom dia, o meu colega {other} escreveu na {day} (processo {case}): {problem}. Hoje igual."
    ],
    "es": [
        "Buenos días, mi compañero {other} os escribió el {day} (incidencia {case}): {problem}. Hoy sigue igual."
    ],
}

B2B_LAST_MAIL: Table = {
    "en": [
        "Case {case}: nothing is fixed and several of us have written. Procurement has already asked {comp} for their rates."
    ],
    "fr": [
        "Dossier {case} : rien n'est réglé et plusieurs d'entre nous ont écrit. Les achats ont déjà demandé les tarifs de {comp}."
    ],
    "de": [
        "Vorgang {case}: nichts ist behoben, mehrere von uns haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "it": [
        "Pratica {case}: nulla è risolto e vi abbiamo scritto in tanti. Gli acquisti hanno già chiesto i prezzi a {comp}."
    ],
    "pt": [
        "Processo {case}: nada resolvido e vários de nós escrevemos. As compras já pediram preços à {comp}."
    ],
    "es": [
        "Incidencia {case}: nada resuelto y os hemos escrito varios. Compras ya ha pedido tarifas a {comp}."
    ],
}

B2B_LAST_CALL: Table = {
    "en": [
        "hello it's about case {case} still nothing fixed several colleagues wrote my boss says we move the account if it isn't fixed this week"
    ],
    "fr": [
        "bonjour c'est pour le dossier {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "ja guten Tag es geht um Vorgang {case} immer noch nichts mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "it": [
        "buongiorno è per la pratica {case} ancora niente hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "pt": [
        "bom dia é sobre o processo {case} continua tudo igual vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "es": [
        "buenos días es por la incidencia {case} sigue igual han escrito varios compañeros mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana"
    ],
}

B2B_SUGGEST: Table = {
    "en": ["Suggestion: could hire costs be exported by cost centre in the Fleet portal?"],
    "fr": [
        "Suggestion : pourrait-on exporter les coûts par centre de coût dans le portail Fleet ?"
    ],
    "de": [
        "Vorschlag: Könnten die Mietkosten im Fleet-Portal nach Kostenstelle exportiert werden?"
    ],
    "it": ["Suggerimento: si possono esportare i costi per centro di costo nel portale Fleet?"],
    "pt": ["Sugestão: seria possível exportar os custos por centro de custo no portal Fleet?"],
    "es": ["Sugerencia: ¿se podrían exportar los costes por centro de coste en el portal Fleet?"],
}

B2B_Q: Table = {
    "en": ["Hi, can we add two more vans to next week's ladder-rack fitting?"],
    "fr": [
        "Bonjour, peut-on ajouter deux utilitaires au montage des galeries de la semaine prochaine ?"
    ],
    "de": [
        "Hallo, können wir zwei weitere Transporter zur Leiterträger-Montage nächste Woche hinzufügen?"
    ],
    "it": [
        "Ciao, possiamo aggiungere due furgoni al montaggio portascale della prossima settimana?"
    ],
    "pt": ["Olá, podemos juntar mais duas carrinhas à montagem das grades da próxima semana?"],
    "es": ["Hola, ¿podemos añadir dos furgonetas más al montaje de bacas de la semana que viene?"],
}

B2B_A: Table = {
    "en": ["Done, both vans are added to the slot. Thanks!"],
    "fr": ["C'est fait, les deux utilitaires sont ajoutés. Merci !"],
    "de": ["Erledigt, beide Transporter sind eingetragen. Danke!"],
    "it": ["Fatto, entrambi i furgoni sono aggiunti. Grazie!"],
    "pt": ["Feito, as duas carrinhas estão incluídas. Obrigado!"],
    "es": ["Hecho, las dos furgonetas están añadidas. ¡Gracias!"],
}

B2B_PRAISE: Table = {
    "en": ["Carrivo Fleet fitted racks on all 12 vans before 8am, crews out on time"],
    "fr": ["Carrivo Fleet a équipé nos 12 utilitaires avant 8h, équipes parties à l'heure"],
    "de": ["Carrivo Fleet hat alle 12 Transporter vor 8 Uhr ausgerüstet, top"],
    "it": ["Carrivo Fleet ha attrezzato i 12 furgoni prima delle 8, perfetto"],
    "pt": ["A Carrivo Fleet equipou as 12 carrinhas antes das 8h, impecável"],
    "es": ["Carrivo Fleet equipó las 12 furgonetas antes de las 8, perfecto"],
}

WEEKDAY: Table = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
}

# The planted incident (topic_spike only).
SPIKE_CODE: Table = {
    "en": [
        "app says my car is NOT COMPATIBLE with the roof box I hired last month for the same car, error {code}, can't book",
        "Booking stuck: 'vehicle not compatible {code}' for a bog-standard Focus estate??",
    ],
    "fr": [
        "l'appli dit que ma voiture n'est PAS COMPATIBLE avec le coffre que j'ai loué le mois dernier, erreur {code}",
        "Impossible de réserver : 'véhicule non compatible {code}' pour une Clio !",
    ],
    "de": ["App sagt, mein Auto ist NICHT KOMPATIBEL mit der Box vom letzten Monat, Fehler {code}"],
    "it": [
        "l'app dice che la mia auto NON È COMPATIBILE col box noleggiato il mese scorso, errore {code}"
    ],
    "pt": [
        "a app diz que o meu carro NÃO É COMPATÍVEL com a caixa que aluguei o mês passado, erro {code}"
    ],
    "es": [
        "la app dice que mi coche NO ES COMPATIBLE con el cofre que alquilé el mes pasado, error {code}"
    ],
}

SPIKE_PLAIN: Table = {
    "en": [
        "every car I try in the fit check comes back 'not compatible', even my wife's, so I can't finish the booking",
        "your vehicle check rejects my car for every box and rack. leaving tomorrow!!",
    ],
    "fr": [
        "la vérification véhicule refuse ma voiture pour tous les coffres et toutes les barres, je ne peux pas finir la réservation",
        "toutes les voitures sont 'non compatibles' dans votre appli ce matin ?",
    ],
    "de": [
        "Der Fahrzeug-Check lehnt mein Auto für jede Box und jeden Träger ab, ich kann nicht buchen"
    ],
    "it": [
        "il controllo veicolo rifiuta la mia auto per ogni box e portapacchi, non riesco a prenotare"
    ],
    "pt": [
        "a verificação do veículo recusa o meu carro para todas as caixas e barras, não consigo reservar"
    ],
    "es": [
        "la comprobación del vehículo rechaza mi coche para todos los cofres y barras, no puedo reservar"
    ],
}

SPIKE_REPEAT: Table = {
    "en": [
        "still {code} on the fit check, tried the website too, same thing. we leave at 6am tomorrow"
    ],
    "fr": [
        "toujours {code} sur la vérification, essayé sur le site aussi, pareil. départ demain 6h"
    ],
    "de": ["immer noch {code} beim Fahrzeug-Check, auch auf der Website. Wir fahren morgen um 6"],
    "it": ["ancora {code} sul controllo veicolo, anche dal sito. Partiamo domani alle 6"],
    "pt": ["continua {code} na verificação, também no site. Partimos amanhã às 6"],
    "es": ["sigue el {code} en la comprobación, también en la web. Salimos mañana a las 6"],
}

SPIKE_ANSWER: Table = {
    "en": ["Yes, the vehicle fit check is rejecting every car right now, our engineers are on it."],
    "fr": [
        "Oui, la vérification véhicule refuse toutes les voitures en ce moment, nos ingénieurs sont dessus."
    ],
    "de": ["Ja, der Fahrzeug-Check lehnt gerade jedes Auto ab, unsere Technik arbeitet daran."],
    "it": [
        "Sì, il controllo veicolo rifiuta tutte le auto in questo momento, i tecnici ci stanno lavorando."
    ],
    "pt": [
        "Sim, a verificação do veículo está a recusar todos os carros, a equipa técnica está a tratar."
    ],
    "es": [
        "Sí, la comprobación del vehículo rechaza todos los coches ahora mismo, el equipo técnico está en ello."
    ],
}

SPIKE_FIXED: Table = {
    "en": [
        "The vehicle fit check works again since 12:10 (local time). Your booking fee today is on us, £9 credit added."
    ],
    "fr": [
        "La vérification véhicule fonctionne de nouveau depuis 13h10 (heure locale). Frais de réservation offerts, 10 € de crédit ajoutés."
    ],
    "de": [
        "Der Fahrzeug-Check funktioniert wieder seit 13:10 Uhr (Ortszeit). 10 € Guthaben als Entschuldigung."
    ],
    "it": [
        "Il controllo veicolo funziona di nuovo dalle 13:10 (ora locale). Ti abbiamo aggiunto 10 € di credito."
    ],
    "pt": [
        "A verificação do veículo voltou a funcionar às 12:10 (hora local). Oferecemos 10 € de crédito."
    ],
    "es": [
        "La comprobación del vehículo vuelve a funcionar desde las 13:10 (hora local). Te regalamos 10 € de crédito."
    ],
}

LONE_Q: Table = {
    "en": [
        "the fit check asked me twice for my reg last night, then it went through fine. will the booking be ok?"
    ],
    "fr": [
        "hier soir la vérification m'a demandé deux fois l'immatriculation, puis c'est passé. la réservation est bonne ?"
    ],
    "de": [
        "gestern Abend fragte der Check zweimal nach dem Kennzeichen, dann ging es. Ist die Buchung gültig?"
    ],
    "it": [
        "ieri sera il controllo mi ha chiesto la targa due volte, poi è andato. la prenotazione va bene?"
    ],
    "pt": [
        "ontem à noite a verificação pediu a matrícula duas vezes e depois passou. a reserva está ok?"
    ],
    "es": [
        "anoche la comprobación me pidió la matrícula dos veces y luego pasó. ¿la reserva está bien?"
    ],
}

LONE_A: Table = {
    "en": ["Yes, your booking is confirmed, the second prompt was just a timeout."],
    "fr": [
        "Oui, votre réservation est confirmée, la deuxième demande était juste un délai dépassé."
    ],
    "de": ["Ja, Ihre Buchung ist bestätigt, die zweite Abfrage war nur ein Timeout."],
    "it": ["Sì, la prenotazione è confermata, la seconda richiesta era solo un timeout."],
    "pt": ["Sim, a reserva está confirmada, o segundo pedido foi só um timeout."],
    "es": ["Sí, tu reserva está confirmada, la segunda petición fue solo un timeout."],
}

FIRST_NAMES: Table = {
    "en": [
        "Olivia",
        "Harry",
        "Amelia",
        "Jack",
        "Isla",
        "Noah",
        "Freya",
        "Oscar",
        "Ruby",
        "George",
        "Maeve",
        "Cian",
    ],
    "fr": [
        "Camille",
        "Louis",
        "Léa",
        "Hugo",
        "Manon",
        "Jules",
        "Chloé",
        "Arthur",
        "Inès",
        "Théo",
        "Zoé",
        "Lucas",
    ],
    "de": ["Lena", "Jonas", "Mia", "Felix", "Hannah", "Paul", "Lea", "Max"],
    "it": ["Giulia", "Luca", "Sofia", "Marco", "Chiara", "Matteo"],
    "pt": ["Beatriz", "Tiago", "Inês", "Rui", "Marta", "João"],
    "es": ["Lucía", "Pablo", "Marta", "Javier", "Irene", "Diego"],
}

LAST_NAMES: Table = {
    "en": ["Walsh", "Patel", "Hughes", "Murphy", "Clarke", "Byrne", "Evans", "Kelly"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fontaine"],
    "de": ["Müller", "Schmidt", "Weber", "Becker", "Wagner"],
    "it": ["Rossi", "Bianchi", "Russo", "Ferrari", "Greco"],
    "pt": ["Silva", "Santos", "Ferreira", "Costa", "Sousa"],
    "es": ["García", "López", "Martín", "Sánchez", "Romero"],
}

COMPANIES = (
    "Brightline Roofing",
    "Atelier Gavroche",
    "Kaltwerk Elektro",
    "Impianti Serra",
    "Obras Douro",
    "Reformas Albero",
    "Nordbau",
    "Clarke & Sons Scaffolding",
    "Paysages Morel",
    "Sanitär Vogt",
    "Verde Giardini",
    "Limpezas Tejo",
    "Eventos Faro",
    "Hôtel des Cimes",
    "Pluma Facilities",
)
