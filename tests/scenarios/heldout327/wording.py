"""Wording of heldout327 (Argolia: ear and body piercing studios), six languages."""

from __future__ import annotations

# ruff: noqa: E501

W: dict[str, dict[str, list[str]]] = {
    "pt": {
        "praise": [
            "Fiz o segundo furo na orelha na Argolia do Chiado e a Marta foi um amor, nem senti quase nada",
            "Terceira vez que vou à Argolia e continuo encantada, estúdio limpinho e brincos lindos",
            "A minha filha furou as orelhas hoje, a piercer teve uma paciência de santa com ela. Obrigada!",
            "Adorei o helix novo, cicatrizou super bem com o spray que me deram",
        ],
        "gripe": ["Tudo ótimo, só a sala de espera é mesmo pequenina. De resto voltarei"],
        "question": [
            "Boa tarde, posso trocar o brinco de titânio ao fim de 6 semanas ou é cedo demais?",
            "Olá, o clube Argolia inclui a troca de joia ou pago à parte?",
        ],
        "night": [
            "3 da manhã e eu a ver fotos de conch piercing em vez de dormir. Sábado vou à Argolia 😅",
            "saída do turno da noite no hospital e já marquei o tragus para sexta, finalmente",
        ],
        "problem": [
            "Marquei às 11h, cheguei a horas e disseram-me que a marcação não existia. Perdi a manhã toda",
            "Cobraram-me a mensalidade do Clube Argolia DUAS vezes este mês",
            "O brinco que me puseram tem o fecho solto e caiu no primeiro dia. A orelha ficou inflamada",
            "Cancelei com 3 dias de antecedência e mesmo assim ficaram com o sinal de 20 euros",
        ],
        "call": [
            "sim bom dia liga a cliente por causa da marcação de sábado que desapareceu do sistema já é a segunda vez que isto me acontece e ninguém me diz nada"
        ],
        "letter": [
            "Bom dia,\n\nEscrevo-vos entre dois turnos na farmácia, porque a semana tem sido complicada: a minha mãe foi operada à anca e ando entre Lisboa e Setúbal. Fui cliente fiel desde que abriram a loja do Saldanha.\n\n{complaint}\n\nGostava de uma resposta rápida, porque sinceramente não esperava isto de vocês.\n\nCumprimentos",
        ],
        "still": [
            "Continua tudo por resolver no processo {case}. Já é a segunda vez que escrevo",
            "Processo {case}: ainda nada. Quanto tempo mais?",
        ],
        "third": [
            "Uma amiga vai à {comp} e lá resolvem isto no mesmo dia. Processo {case}, terceira vez"
        ],
        "fourth": ["QUARTA vez que vos contacto sobre o {case}. Estou farta"],
        "apology": ["Desculpem o tom de ontem, estava mesmo irritada. Obrigada pela resposta"],
        "slide": [
            "O atendimento já não é o que era, esperei 20 minutos com marcação",
            "Outra vez à espera, e a joia que queria estava esgotada",
            "Pagamos o clube para quê, se nunca há vagas ao sábado?",
            "Já me cobraram a troca de joia que devia estar incluída",
            "Sinceramente cada vez pior, estou a pensar desistir",
            "A minha irmã foi à {comp} e ficou tudo feito em meia hora. Se calhar mudo",
        ],
        "cancel": [
            "Quero cancelar o Clube Argolia e fechar a minha conta, por favor. Já não vou usar"
        ],
        "grumble": [
            "Mais uma vez a fila à porta. Nunca muda",
            "Os preços das joias subiram outra vez, típico",
        ],
        "sarcasm": ["Adorei esperar 40 minutos com marcação, experiência premium mesmo 👏"],
        "spike": [
            "A app dá erro {code} quando tento fazer o check-in para a marcação, estou à porta da loja",
            "Não consigo confirmar a marcação, aparece {code}. Alguém mais?",
        ],
        "spike_again": [
            "Continua o erro {code}, já tentei três vezes e a loja diz que não me vê na lista"
        ],
        "lone": [
            "Ontem o check-in pela app funcionou à primeira, só queria saber se é preciso chegar antes"
        ],
        "b2b_complaint": [
            "A fatura deste mês da conta {acc} vem sem número de encomenda e com o nome antigo da empresa. A contabilidade devolveu-a",
            "A encomenda de joias esterilizadas para o salão chegou incompleta outra vez, conta {acc}",
        ],
        "b2b_mild": [
            "Seria útil o portal mostrar o stock de barras de titânio antes de encomendar"
        ],
        "b2b_happy": [
            "Recebemos a encomenda, tudo certo. Obrigado",
            "As luvas e as joias chegaram a tempo, perfeito",
        ],
        "survey": ["Muito bom", "Atendimento simpático", "Péssimo"],
        "agent_case": [
            "Olá {name}, lamentamos muito. Abrimos o processo {case} e respondemos até amanhã."
        ],
        "agent_good": [
            "Olá {name}, boas notícias: o processo {case} está resolvido. Pode confirmar se ficou tudo bem?"
        ],
        "agent_spike": [
            "Olá {name}, o check-in pela app funciona de novo desde as {time}. Pedimos desculpa; creditámos 5 € na sua conta."
        ],
        "agent_bye": ["Olá {name}, a sua conta foi fechada. Temos pena de a ver partir."],
        "agent_answer": ["Olá {name}, sim, pode. Qualquer dúvida estamos por aqui."],
        "thanks": ["Obrigada!", "Perfeito, obrigado"],
        "confirm": ["Sim, o {case} ficou resolvido, obrigada"],
    },
    "en": {
        "praise": [
            "Got my second lobe done at Argolia Camden and Priya was lovely, barely felt it",
            "Third time at Argolia and still impressed, spotless studio and gorgeous studs",
            "Took my daughter for her first ears today, the piercer was so patient with her. Thank you!",
            "My new helix healed really well with the saline spray they gave me",
        ],
        "gripe": ["All great, only the waiting room is tiny. Will be back though"],
        "question": [
            "Hi, can I change my titanium stud after 6 weeks or is that too early?",
            "Hello, does the Argolia Club cover jewellery swaps or is that extra?",
        ],
        "night": [
            "3am and I'm scrolling conch piercings instead of sleeping. Argolia on Saturday 😅",
            "off the night shift at the depot and just booked my tragus for friday, finally",
        ],
        "problem": [
            "Booked for 11, turned up on time and was told the booking didn't exist. Lost my whole morning",
            "You've charged my Argolia Club fee TWICE this month",
            "The stud you put in had a loose back and fell out on day one. Ear is now swollen",
            "I cancelled 3 days ahead and you still kept my £20 deposit",
        ],
        "call": [
            "yeah hi i'm calling about my saturday booking that vanished from your system this is the second time it's happened and nobody tells me anything"
        ],
        "letter": [
            "Hello,\n\nI'm writing this in the car outside my son's football practice, it's been a long week with the kitchen being redone and my dad in and out of hospital. I've been coming to your Leeds studio since it opened.\n\n{complaint}\n\nI'd appreciate a quick answer, honestly I didn't expect this from you.\n\nKind regards",
        ],
        "still": [
            "Still nothing on case {case}. Second time I'm writing",
            "Case {case}: still open. How much longer?",
        ],
        "third": [
            "A friend goes to {comp} and they sort this the same day. Case {case}, third time now"
        ],
        "fourth": ["FOURTH time contacting you about {case}. Fed up"],
        "apology": [
            "Sorry for my tone yesterday, I was really wound up. Thanks for getting back to me"
        ],
        "slide": [
            "Service isn't what it was, waited 20 minutes with a booking",
            "Waiting again, and the jewellery I wanted was out of stock",
            "What's the Club for if there are never Saturday slots?",
            "Got charged for a jewellery swap that's meant to be included",
            "Honestly getting worse every time, thinking of giving up",
            "My sister went to {comp} and was done in half an hour. Might switch",
        ],
        "cancel": [
            "Please cancel my Argolia Club and close my account. I won't be using it any more"
        ],
        "grumble": [
            "Queue out the door again. Never changes",
            "Jewellery prices up again, typical",
        ],
        "sarcasm": ["Loved waiting 40 minutes with a booking, truly premium experience 👏"],
        "spike": [
            "App gives error {code} when I try to check in for my appointment, I'm standing outside the studio",
            "Can't confirm my booking, it just says {code}. Anyone else?",
        ],
        "spike_again": [
            "Still getting {code}, tried three times and the studio says I'm not on their list"
        ],
        "lone": [
            "App check-in worked first time yesterday, just wondering if I need to arrive early"
        ],
        "b2b_complaint": [
            "This month's invoice for account {acc} has no PO number and the old company name. Accounts sent it back",
            "Our sterile jewellery order for the salon came short again, account {acc}",
        ],
        "b2b_mild": ["Would be handy if the portal showed titanium bar stock before we order"],
        "b2b_happy": [
            "Order received, all correct. Thanks",
            "Gloves and jewellery arrived on time, perfect",
        ],
        "survey": ["Very good", "Friendly staff", "Awful"],
        "agent_case": [
            "Hi {name}, really sorry about this. We've opened case {case} and will reply by tomorrow."
        ],
        "agent_good": [
            "Hi {name}, good news: case {case} is sorted. Could you confirm all is well?"
        ],
        "agent_spike": [
            "Hi {name}, app check-in works again since {time}. Sorry; we've credited £5 to your account."
        ],
        "agent_bye": ["Hi {name}, your account is closed. Sorry to see you go."],
        "agent_answer": ["Hi {name}, yes you can. Any questions, we're here."],
        "thanks": ["Thanks!", "Perfect, cheers"],
        "confirm": ["Yes, {case} is sorted, thanks"],
    },
    "es": {
        "praise": [
            "Me hice el segundo agujero en Argolia Malasaña y Lucía un encanto, casi ni lo noté",
            "Tercera vez en Argolia y sigo encantada, estudio limpísimo",
        ],
        "gripe": ["Todo genial, solo que la sala de espera es diminuta"],
        "question": ["Hola, ¿puedo cambiar el pendiente de titanio a las 6 semanas?"],
        "night": ["Las 3 y mirando fotos de piercings en el cartílago. El sábado a Argolia 😅"],
        "problem": [
            "Tenía cita a las 11, llegué puntual y me dicen que la cita no existe. Mañana perdida",
            "Me habéis cobrado la cuota del Club Argolia DOS veces",
            "El pendiente tenía el cierre flojo y se cayó el primer día, la oreja inflamada",
            "Cancelé con 3 días y os quedasteis la señal de 20 €",
        ],
        "call": [
            "hola buenos días llamo por la cita del sábado que ha desaparecido del sistema es la segunda vez que me pasa"
        ],
        "letter": [
            "Buenos días:\n\nOs escribo desde la sala de espera del pediatra, semana de locos con la mudanza. Soy clienta desde que abristeis.\n\n{complaint}\n\nEspero respuesta pronto.\n\nUn saludo"
        ],
        "still": ["Sigue sin resolverse la incidencia {case}. Segunda vez que escribo"],
        "third": [
            "Una amiga va a {comp} y allí lo arreglan el mismo día. Incidencia {case}, tercera vez"
        ],
        "fourth": ["CUARTA vez que os escribo por {case}. Ya está bien"],
        "apology": ["Perdonad el tono de ayer, estaba muy enfadada. Gracias por responder"],
        "slide": [
            "El trato ya no es el de antes, 20 minutos esperando con cita",
            "Otra vez esperando y sin la joya que quería",
            "¿Para qué pago el club si nunca hay hueco los sábados?",
            "Me cobraron el cambio de joya que iba incluido",
            "Cada vez peor, me lo estoy pensando",
            "Mi hermana fue a {comp} y en media hora lista. Igual me cambio",
        ],
        "cancel": ["Quiero darme de baja del Club Argolia y cerrar la cuenta, por favor"],
        "grumble": ["Otra vez cola en la puerta. Nunca cambia"],
        "sarcasm": ["Me encantó esperar 40 minutos con cita, experiencia premium 👏"],
        "spike": ["La app da error {code} al hacer check-in, estoy en la puerta del estudio"],
        "spike_again": ["Sigue saliendo {code}, tres intentos ya"],
        "lone": ["Ayer el check-in por la app fue bien, ¿hay que llegar antes?"],
        "b2b_complaint": [
            "La factura de la cuenta {acc} viene sin número de pedido y con el nombre antiguo"
        ],
        "b2b_mild": ["Estaría bien ver el stock de barras de titanio en el portal"],
        "b2b_happy": ["Pedido recibido, todo correcto. Gracias"],
        "survey": ["Muy bien", "Fatal"],
        "agent_case": ["Hola {name}, lo sentimos. Hemos abierto la incidencia {case}."],
        "agent_good": [
            "Hola {name}, buenas noticias: la incidencia {case} está resuelta. ¿Nos lo confirmas?"
        ],
        "agent_spike": [
            "Hola {name}, el check-in vuelve a funcionar desde las {time}. Te abonamos 5 €."
        ],
        "agent_bye": ["Hola {name}, tu cuenta está cerrada. Sentimos verte marchar."],
        "agent_answer": ["Hola {name}, sí, sin problema."],
        "thanks": ["¡Gracias!"],
        "confirm": ["Sí, {case} resuelto, gracias"],
    },
    "fr": {
        "praise": [
            "Deuxième trou au lobe chez Argolia Bastille, Camille adorable, presque rien senti",
            "Troisième fois chez Argolia, toujours ravie, studio nickel",
        ],
        "gripe": ["Tout super, juste la salle d'attente minuscule"],
        "question": ["Bonjour, je peux changer ma puce en titane après 6 semaines ?"],
        "night": ["3h du mat et je regarde des piercings conch. Argolia samedi 😅"],
        "problem": [
            "RDV à 11h, arrivée à l'heure, on me dit que le rendez-vous n'existe pas",
            "Vous avez prélevé l'abonnement Club Argolia DEUX fois",
            "La puce avait le fermoir desserré, tombée le premier jour, oreille enflée",
            "Annulé 3 jours avant et vous gardez l'acompte de 20 €",
        ],
        "call": [
            "oui bonjour j'appelle pour mon rendez-vous de samedi qui a disparu c'est la deuxième fois"
        ],
        "letter": [
            "Bonjour,\n\nJe vous écris depuis le train, semaine chargée avec les travaux. Cliente depuis l'ouverture.\n\n{complaint}\n\nMerci de me répondre vite.\n\nCordialement"
        ],
        "still": ["Toujours rien pour la demande {case}. Deuxième message"],
        "third": [
            "Une amie va chez {comp}, ils règlent ça dans la journée. Demande {case}, troisième fois"
        ],
        "fourth": ["QUATRIÈME fois pour {case}. J'en ai marre"],
        "apology": ["Désolée pour le ton d'hier. Merci de la réponse"],
        "slide": [
            "L'accueil n'est plus ce qu'il était, 20 minutes d'attente",
            "Encore attendre, et le bijou voulu en rupture",
            "À quoi sert le club sans créneaux le samedi ?",
            "On m'a facturé le changement de bijou inclus",
            "De pire en pire, je réfléchis",
            "Ma soeur est allée chez {comp}, fini en une demi-heure. Je vais peut-être changer",
        ],
        "cancel": ["Merci de résilier mon Club Argolia et de fermer mon compte"],
        "grumble": ["Encore la queue dehors. Ça ne change jamais"],
        "sarcasm": ["Adoré attendre 40 minutes avec rendez-vous, expérience premium 👏"],
        "spike": ["L'appli affiche {code} au check-in, je suis devant le studio"],
        "spike_again": ["Toujours {code}, trois essais"],
        "lone": ["Hier le check-in par l'appli a marché, faut-il arriver en avance ?"],
        "b2b_complaint": [
            "La facture du compte {acc} n'a pas de numéro de commande et porte l'ancien nom"
        ],
        "b2b_mild": ["Ce serait pratique de voir le stock de barres en titane sur le portail"],
        "b2b_happy": ["Commande reçue, tout est bon. Merci"],
        "survey": ["Très bien", "Nul"],
        "agent_case": ["Bonjour {name}, désolés. Nous avons ouvert la demande {case}."],
        "agent_good": [
            "Bonjour {name}, bonne nouvelle : la demande {case} est réglée. Pouvez-vous confirmer ?"
        ],
        "agent_spike": [
            "Bonjour {name}, le check-in marche de nouveau depuis {time}. 5 € crédités."
        ],
        "agent_bye": ["Bonjour {name}, votre compte est fermé. Désolés de vous voir partir."],
        "agent_answer": ["Bonjour {name}, oui tout à fait."],
        "thanks": ["Merci !"],
        "confirm": ["Oui, {case} réglé, merci"],
    },
    "it": {
        "praise": [
            "Secondo buco al lobo da Argolia Navigli, Giulia gentilissima, quasi niente dolore",
            "Terza volta da Argolia, sempre contenta, studio pulitissimo",
        ],
        "gripe": ["Tutto ottimo, solo la sala d'attesa è minuscola"],
        "question": ["Ciao, posso cambiare l'orecchino in titanio dopo 6 settimane?"],
        "night": ["Le 3 e guardo foto di piercing al conch. Sabato da Argolia 😅"],
        "problem": [
            "Appuntamento alle 11, arrivata puntuale e mi dicono che non esiste",
            "Mi avete addebitato il Club Argolia DUE volte",
            "L'orecchino aveva la chiusura lenta, caduto il primo giorno, orecchio gonfio",
            "Ho disdetto 3 giorni prima e avete tenuto la caparra di 20 €",
        ],
        "call": [
            "sì buongiorno chiamo per l'appuntamento di sabato sparito dal sistema è la seconda volta"
        ],
        "letter": [
            "Buongiorno,\n\nvi scrivo dal bar sotto l'ufficio, settimana pesante col trasloco. Sono cliente da quando avete aperto.\n\n{complaint}\n\nAttendo una risposta.\n\nSaluti"
        ],
        "still": ["Ancora niente per la segnalazione {case}. Seconda volta"],
        "third": [
            "Un'amica va da {comp} e lì risolvono in giornata. Segnalazione {case}, terza volta"
        ],
        "fourth": ["QUARTA volta per {case}. Basta"],
        "apology": ["Scusate il tono di ieri. Grazie della risposta"],
        "slide": [
            "Il servizio non è più quello di prima, 20 minuti di attesa",
            "Di nuovo in attesa e gioiello esaurito",
            "A cosa serve il club se il sabato non c'è posto?",
            "Mi hanno fatto pagare il cambio gioiello incluso",
            "Sempre peggio, ci sto pensando",
            "Mia sorella è andata da {comp}, fatto in mezz'ora. Forse cambio",
        ],
        "cancel": ["Vorrei disdire il Club Argolia e chiudere l'account"],
        "grumble": ["Di nuovo la fila fuori. Non cambia mai"],
        "sarcasm": ["Adorato aspettare 40 minuti con appuntamento, esperienza premium 👏"],
        "spike": ["L'app dà errore {code} al check-in, sono davanti allo studio"],
        "spike_again": ["Sempre {code}, tre tentativi"],
        "lone": ["Ieri il check-in in app è andato, devo arrivare prima?"],
        "b2b_complaint": [
            "La fattura dell'account {acc} è senza numero d'ordine e col vecchio nome"
        ],
        "b2b_mild": ["Sarebbe utile vedere le scorte di barrette in titanio nel portale"],
        "b2b_happy": ["Ordine ricevuto, tutto giusto. Grazie"],
        "survey": ["Molto bene", "Pessimo"],
        "agent_case": ["Ciao {name}, ci dispiace. Abbiamo aperto la segnalazione {case}."],
        "agent_good": [
            "Ciao {name}, buone notizie: la segnalazione {case} è risolta. Ci confermi?"
        ],
        "agent_spike": [
            "Ciao {name}, il check-in funziona di nuovo dalle {time}. 5 € accreditati."
        ],
        "agent_bye": ["Ciao {name}, account chiuso. Ci dispiace vederti andare."],
        "agent_answer": ["Ciao {name}, sì certo."],
        "thanks": ["Grazie!"],
        "confirm": ["Sì, {case} risolto, grazie"],
    },
    "de": {
        "praise": [
            "Zweites Ohrloch bei Argolia Kreuzberg, Jana super lieb, kaum was gespürt",
            "Drittes Mal bei Argolia, immer noch begeistert, blitzsauberes Studio",
        ],
        "gripe": ["Alles top, nur das Wartezimmer ist winzig"],
        "question": ["Hallo, kann ich den Titanstecker nach 6 Wochen wechseln?"],
        "night": ["3 Uhr nachts und ich schaue Conch-Piercings an. Samstag zu Argolia 😅"],
        "problem": [
            "Termin um 11, pünktlich da, und angeblich gibt es den Termin nicht",
            "Ihr habt den Club-Beitrag ZWEIMAL abgebucht",
            "Der Stecker hatte einen lockeren Verschluss, am ersten Tag raus, Ohr entzündet",
            "3 Tage vorher storniert und trotzdem 20 € Anzahlung einbehalten",
        ],
        "call": [
            "ja hallo ich rufe wegen meinem Termin am Samstag an der aus dem System verschwunden ist das ist schon das zweite Mal"
        ],
        "letter": [
            "Guten Tag,\n\nich schreibe aus der Mittagspause, die Woche ist wegen der Renovierung chaotisch. Ich bin Kundin seit der Eröffnung.\n\n{complaint}\n\nIch bitte um schnelle Antwort.\n\nViele Grüße"
        ],
        "still": ["Vorgang {case} ist immer noch offen. Zweite Nachricht"],
        "third": [
            "Eine Freundin geht zu {comp}, die klären das am selben Tag. Vorgang {case}, drittes Mal"
        ],
        "fourth": ["VIERTES Mal wegen {case}. Jetzt reichts"],
        "apology": ["Sorry für den Ton gestern. Danke für die Antwort"],
        "slide": [
            "Der Service ist nicht mehr wie früher, 20 Minuten gewartet",
            "Wieder gewartet und der Schmuck ausverkauft",
            "Wozu der Club, wenn samstags nie was frei ist?",
            "Schmuckwechsel berechnet, obwohl inklusive",
            "Wird immer schlechter, ich überlege",
            "Meine Schwester war bei {comp}, in einer halben Stunde fertig. Vielleicht wechsle ich",
        ],
        "cancel": ["Bitte kündigt meinen Argolia Club und schließt mein Konto"],
        "grumble": ["Schon wieder Schlange vor der Tür. Ändert sich nie"],
        "sarcasm": ["Toll, 40 Minuten mit Termin gewartet, echtes Premium-Erlebnis 👏"],
        "spike": ["Die App zeigt {code} beim Check-in, ich stehe vor dem Studio"],
        "spike_again": ["Immer noch {code}, drei Versuche"],
        "lone": ["Gestern ging der Check-in per App, muss ich früher kommen?"],
        "b2b_complaint": [
            "Die Rechnung für Konto {acc} hat keine Bestellnummer und den alten Firmennamen"
        ],
        "b2b_mild": ["Praktisch wäre der Bestand an Titanstäben im Portal"],
        "b2b_happy": ["Lieferung erhalten, alles korrekt. Danke"],
        "survey": ["Sehr gut", "Schlecht"],
        "agent_case": ["Hallo {name}, das tut uns leid. Vorgang {case} ist eröffnet."],
        "agent_good": [
            "Hallo {name}, gute Nachricht: Vorgang {case} ist erledigt. Können Sie das bestätigen?"
        ],
        "agent_spike": ["Hallo {name}, der Check-in geht seit {time} wieder. 5 € gutgeschrieben."],
        "agent_bye": ["Hallo {name}, Ihr Konto ist geschlossen. Schade, dass Sie gehen."],
        "agent_answer": ["Hallo {name}, ja, gerne."],
        "thanks": ["Danke!"],
        "confirm": ["Ja, {case} ist erledigt, danke"],
    },
}

MARKETS: dict[str, list[tuple[str, str, int]]] = {
    "pt": [("PT", "+351 9", 8)],
    "en": [("UK", "+44 7", 9), ("IE", "+353 8", 8)],
    "es": [("ES", "+34 6", 8)],
    "fr": [("FR", "+33 6", 8), ("BE", "+32 4", 8)],
    "it": [("IT", "+39 3", 9)],
    "de": [("DE", "+49 15", 9), ("AT", "+43 66", 8)],
}

FIRST: dict[str, list[str]] = {
    "pt": ["Ana", "Inês", "Rita", "Joana", "Beatriz", "Carla", "Sofia", "Tiago", "Rui", "Marta"],
    "en": ["Chloe", "Megan", "Aisha", "Holly", "Ella", "Liam", "Sophie", "Jade", "Ryan", "Niamh"],
    "es": ["Lucía", "Marta", "Paula", "Irene", "Nerea", "Sergio", "Alba"],
    "fr": ["Camille", "Léa", "Manon", "Inès", "Julie", "Hugo"],
    "it": ["Giulia", "Chiara", "Sara", "Elisa", "Marco", "Federica"],
    "de": ["Jana", "Lena", "Miriam", "Sophie", "Jonas", "Katrin"],
}
LAST: dict[str, list[str]] = {
    "pt": ["Silva", "Costa", "Ferreira", "Lopes", "Marques", "Pinto"],
    "en": ["Walsh", "Patel", "Hughes", "Byrne", "Clarke", "Evans"],
    "es": ["Ruiz", "Moreno", "Navarro", "Castro", "Iglesias"],
    "fr": ["Martin", "Lefèvre", "Roux", "Girard", "Mercier"],
    "it": ["Rossi", "Conti", "Greco", "Ferri", "Marino"],
    "de": ["Krüger", "Vogel", "Brandt", "Hahn", "Lorenz"],
}
COMPS = ["Pierzalo", "Anellix"]
