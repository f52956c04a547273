"""Wording for heldout301 (Cacavela: chocolate by post), written by hand per language."""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("de", "pt", "es", "en", "fr", "it")

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "de": [
            "Die Haselnuss-Pralinen von Cacavela sind der Wahnsinn, meine Mutter hat sich riesig gefreut",
            "Schon wieder ein Probierpaket aufgemacht und alles weg in einem Abend. Danke Cacavela!",
            "Die Zartbitter 72 % ist einfach meine Lieblingstafel geworden, kommt immer gut gekühlt an",
        ],
        "pt": [
            "As trufas de maracujá da Cacavela são de outro mundo, a minha avó adorou",
            "Terceira caixa este ano e continua perfeita, chegou fresquinha mesmo com calor",
            "Que chocolate bom, a caixa do Club deste mês com flor de sal foi a melhor até agora",
        ],
        "es": [
            "Las trufas de Cacavela llegaron perfectas y mi suegra ya me pide otra caja jaja",
            "Qué barbaridad la tableta de 85 %, la mejor que he probado",
        ],
        "en": [
            "The sea salt caramel box from Cacavela was gone in ten minutes, my kids fought over the last one",
            "Third Club box in a row that arrives cold and perfect, well done",
        ],
        "fr": [
            "Les pralinés de Cacavela sont arrivés bien au frais, un délice, merci",
            "Encore une fois la box du mois est parfaite, les enfants adorent",
        ],
        "it": [
            "Il cioccolato fondente di Cacavela è arrivato perfetto, buonissimo",
            "Ancora una volta la box del Club è stata un successo a cena",
        ],
    },
    "gripe_praise": {
        "de": [
            "Sehr lecker wie immer, nur die Kühlakkus muss ich jetzt irgendwo loswerden",
            "Top Pralinen, nur das Geschenkband war ein bisschen zerknittert",
        ],
        "pt": [
            "Tudo ótimo, só a caixa de esferovite é enorme para quatro tabletes",
            "Chocolate excelente, só o estafeta tocou à campainha às 8h da manhã",
        ],
        "es": ["Riquísimo todo, solo que la caja vino un poco aplastada por fuera"],
        "en": ["Lovely as always, just wish the card message wasn't printed so tiny"],
        "fr": ["Très bon, juste la notice des allergènes écrite tout petit"],
        "it": ["Tutto buonissimo, solo il biglietto era scritto un po' storto"],
    },
    "question": {
        "de": [
            "Hallo, kann ich bei der Club-Box eine Sorte ohne Nüsse wählen?",
            "Wie lange halten die Trüffel im Kühlschrank?",
        ],
        "pt": [
            "Olá, posso mudar a morada de entrega da box do Club deste mês?",
            "As tabletes de 70 % têm leite? A minha filha é intolerante",
        ],
        "es": ["Hola, ¿puedo poner una nota de regalo en el pedido?"],
        "en": ["Hi, can I skip next month's Club box, we're away?"],
        "fr": ["Bonjour, est-ce que je peux décaler la livraison à samedi ?"],
        "it": ["Ciao, posso aggiungere un biglietto di auguri all'ordine?"],
    },
    "answer": {
        "de": [
            "Gerne! Das können Sie im Konto unter Club > Sorten einstellen, ich habe es für Sie vorgemerkt."
        ],
        "pt": ["Claro! Já tratei disso na sua conta, qualquer coisa diga."],
        "es": ["¡Claro! Ya lo he dejado anotado en tu pedido."],
        "en": ["Of course! I've set that up on your account for you."],
        "fr": ["Bien sûr ! C'est fait sur votre compte."],
        "it": ["Certo! L'ho già sistemato sul suo account."],
    },
    "thanks": {
        "de": ["Super, danke!", "Danke, sehr nett"],
        "pt": ["Obrigada, muito simpático", "Ok obg!"],
        "es": ["Genial, gracias"],
        "en": ["Brilliant, thanks"],
        "fr": ["Parfait merci"],
        "it": ["Perfetto grazie"],
    },
    "phone_q": {
        "de": [
            "ja hallo ich wollte fragen ob die Geschenkbox bis Freitag bei meiner Schwester in Köln ankommt wenn ich heute bestelle"
        ],
        "pt": [
            "bom dia queria saber se dá para enviar uma caixa para o Porto ainda esta semana com um cartão escrito por mim"
        ],
        "es": ["hola buenas quería saber si podéis mandar una caja a Sevilla para el viernes"],
        "en": ["hi yeah just wondering if the truffle box can get to my mum in Leeds by Friday"],
        "fr": ["oui bonjour je voulais savoir si la box peut arriver à Lyon avant vendredi"],
        "it": ["buongiorno volevo sapere se la scatola arriva a Bologna entro venerdì"],
    },
    "phone_followup": {
        "de": ["Wie besprochen: Ihre Bestellung kommt bis Freitag an, der Versand ist gebucht."],
        "pt": ["Como falámos ao telefone: a caixa chega até sexta, o envio já está marcado."],
        "es": ["Como hablamos: la caja llega el viernes, el envío ya está reservado."],
        "en": ["As discussed on the phone: the box will arrive by Friday, shipping is booked."],
        "fr": ["Comme convenu au téléphone : la box arrivera vendredi, l'envoi est réservé."],
        "it": [
            "Come detto al telefono: la scatola arriva entro venerdì, la spedizione è prenotata."
        ],
    },
    "night_post": {
        "de": [
            "3 Uhr nachts, Nachtschicht vorbei und die letzte Cacavela-Trüffel war meine Belohnung",
            "Kann nicht schlafen, also Club-Box ausgepackt. Bereue nichts",
        ],
        "pt": [
            "2 da manhã e eu a comer a tablete de caramelo salgado da Cacavela às escondidas",
            "Turno da noite no hospital e a caixa da Cacavela salvou a equipa toda",
        ],
        "es": ["Las 3 de la mañana y aquí estoy con las trufas de Cacavela, sin remordimientos"],
        "en": [
            "Night shift done, 4am, and a Cacavela truffle is the only thing keeping me upright"
        ],
        "fr": ["Insomnie, 2h du matin, une tablette Cacavela et tout va mieux"],
        "it": ["Le tre di notte e sto finendo le praline di Cacavela, nessun rimorso"],
    },
    "night_q": {
        "de": ["Kurze Frage noch so spät: wird die Box auch bei 30 Grad verschickt?"],
        "pt": ["Pergunta tardia: o Club envia em agosto com o calor?"],
        "es": ["Pregunta de madrugada: ¿enviáis también con tanto calor?"],
        "en": ["Late one: do you still ship when it's this hot?"],
        "fr": ["Question tardive : vous envoyez aussi quand il fait si chaud ?"],
        "it": ["Domanda notturna: spedite anche con questo caldo?"],
    },
    "night_a": {
        "de": [
            "Ja, im Sommer mit doppelten Kühlakkus und nur Montag bis Mittwoch, damit nichts am Wochenende liegt."
        ],
        "pt": ["Sim, no verão enviamos com gelo a dobrar e só de segunda a quarta."],
        "es": ["Sí, en verano con doble frío y solo de lunes a miércoles."],
        "en": ["Yes, in summer with double cool packs and only Monday to Wednesday."],
        "fr": ["Oui, l'été avec double pack froid et seulement du lundi au mercredi."],
        "it": ["Sì, d'estate con doppio ghiaccio e solo dal lunedì al mercoledì."],
    },
    "review": {
        "de": ["Tolle Pralinen, gut verpackt, gerne wieder"],
        "pt": ["Excelente, chegou rápido e muito bem embalado"],
        "es": ["Muy rico y bien empaquetado"],
        "en": ["Great chocolate, well packed"],
        "fr": ["Délicieux et bien emballé"],
        "it": ["Buonissimo e ben imballato"],
    },
    "survey_word": {
        "de": ["lecker", "top", ""],
        "pt": ["muito bom", "5 estrelas", ""],
        "es": ["genial", ""],
        "en": ["lovely", ""],
        "fr": ["parfait", ""],
        "it": ["ottimo", ""],
    },
    "complaint": {
        "de": [
            "Meine Bestellung {ref} steht seit Dienstag auf ZUGESTELLT, aber hier ist nichts angekommen. Das war das Geburtstagsgeschenk für meinen Vater",
            "Die Box ist komplett geschmolzen angekommen, Kühlakku warm, die Pralinen ein einziger Klumpen. 49 € für Schokosoße",
            "Ihr habt mir den Club-Beitrag ZWEIMAL abgebucht, 29,90 € doppelt, und jetzt ist mein Konto im Minus",
            "Seit drei Wochen warte ich auf die Erstattung für die falsche Box, nichts passiert, keiner meldet sich",
        ],
        "pt": [
            "A encomenda {ref} diz ENTREGUE desde terça mas não chegou nada. Era a prenda de anos da minha mãe",
            "A caixa chegou toda derretida, o gelo quente e as trufas uma papa. 45 € deitados fora",
            "Cobraram-me a mensalidade do Club DUAS vezes, 27,90 € a dobrar, fiquei sem saldo",
            "Há três semanas que espero o reembolso da caixa errada e ninguém me responde",
        ],
        "es": [
            "El pedido {ref} pone ENTREGADO desde el martes pero aquí no ha llegado nada",
            "La caja llegó derretida, las trufas hechas una pasta, 45 € a la basura",
            "Me habéis cobrado el Club DOS veces este mes",
            "Tres semanas esperando el reembolso y nadie contesta",
        ],
        "en": [
            "Order {ref} says DELIVERED since Tuesday and nothing has turned up",
            "The box arrived completely melted, cool pack warm, £40 of chocolate soup",
            "You've charged my Club fee TWICE this month",
            "Three weeks waiting for a refund on the wrong box and not a word",
        ],
        "fr": [
            "La commande {ref} est marquée LIVRÉE depuis mardi mais rien reçu",
            "La box est arrivée toute fondue, pack froid chaud, 45 € perdus",
            "Vous m'avez prélevé l'abonnement Club DEUX fois",
            "Trois semaines que j'attends le remboursement, aucune réponse",
        ],
        "it": [
            "L'ordine {ref} risulta CONSEGNATO da martedì ma non è arrivato niente",
            "La scatola è arrivata tutta sciolta, 45 € buttati",
            "Mi avete addebitato il Club DUE volte questo mese",
            "Tre settimane che aspetto il rimborso e nessuno risponde",
        ],
    },
    "complaint_phone": {
        "de": [
            "ja hallo meine Bestellung steht auf zugestellt aber hier ist nichts das ist jetzt schon der dritte Tag",
            "die Pralinen sind total geschmolzen angekommen das kann doch nicht sein bei dem Preis",
            "Sie haben mir den Club zweimal abgebucht ich will das Geld sofort zurück",
            "ich warte seit drei Wochen auf meine Erstattung und niemand ruft zurück",
        ],
        "pt": [
            "olá a minha encomenda diz entregue mas não recebi nada já é o terceiro dia",
            "a caixa chegou toda derretida isto não pode ser pelo preço que pago",
            "cobraram me o club duas vezes quero o dinheiro de volta já",
            "estou há três semanas à espera do reembolso e ninguém me liga",
        ],
        "es": [
            "hola mi pedido pone entregado pero no ha llegado nada",
            "la caja llegó derretida entera",
            "me habéis cobrado dos veces el club",
            "llevo tres semanas esperando el reembolso",
        ],
        "en": [
            "hi my order says delivered but nothing came",
            "the box came totally melted",
            "you charged my club fee twice",
            "i've been waiting three weeks for a refund",
        ],
        "fr": [
            "bonjour ma commande est marquée livrée mais rien reçu",
            "la box est arrivée fondue",
            "vous m'avez prélevé deux fois",
            "j'attends mon remboursement depuis trois semaines",
        ],
        "it": [
            "buongiorno l'ordine risulta consegnato ma non è arrivato niente",
            "la scatola è arrivata sciolta",
            "mi avete addebitato due volte",
            "aspetto il rimborso da tre settimane",
        ],
    },
    "letter": {
        "de": [
            "Liebes Cacavela-Team,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, weil ich sonst nicht dazu komme. Wir ziehen gerade um, die Kisten stehen überall, und ich hatte mich wirklich auf Ihre Lieferung gefreut.\n\n{complaint}.\n\nIch bin seit zwei Jahren im Club und war immer begeistert, aber so geht das nicht. Bitte melden Sie sich.\n\nViele Grüße",
            "Hallo zusammen,\n\nkurz zur Lage: meine Schwiegermutter liegt nach der Knie-OP bei uns, die Kinder haben Ferien, und ich arbeite von zu Hause. Eigentlich wollte ich ihr mit der Box eine Freude machen.\n\n{complaint}.\n\nIch hoffe, Sie finden eine Lösung.\n\nGruß",
        ],
        "pt": [
            "Boa tarde,\n\nescrevo do carro à porta do treino de futebol do meu filho, que é o único momento calmo do dia. Estamos a pintar a casa da minha mãe e tinha encomendado a caixa para lhe dar no domingo.\n\n{complaint}.\n\nSou cliente há muito tempo e sempre gostei, mas assim não dá. Aguardo resposta.\n\nCumprimentos",
            "Olá,\n\nperdoem o texto comprido, estou na sala de espera do dentista. Tenho andado numa correria com a mudança de emprego e esta caixa era um mimo para mim.\n\n{complaint}.\n\nObrigada pela atenção",
        ],
        "es": [
            "Hola,\n\nos escribo desde la cola del mercado, que es cuando tengo un rato. Estamos con la reforma del piso y la caja era un regalo para mi madre.\n\n{complaint}.\n\nUn saludo"
        ],
        "en": [
            "Hello,\n\nwriting this from the car outside swimming lessons. We're in the middle of redoing the kitchen and the box was meant to cheer my partner up.\n\n{complaint}.\n\nThanks"
        ],
        "fr": [
            "Bonjour,\n\nje vous écris depuis la salle d'attente du kiné. Nous déménageons et cette box était un cadeau pour ma sœur.\n\n{complaint}.\n\nCordialement"
        ],
        "it": [
            "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra. Stiamo traslocando e la scatola era un regalo per mia madre.\n\n{complaint}.\n\nCordiali saluti"
        ],
    },
    "subject_complaint": {
        "de": ["Beschwerde: Bestellung", "Reklamation"],
        "pt": ["Reclamação: encomenda", "Reclamação"],
        "es": ["Reclamación: pedido"],
        "en": ["Complaint: order"],
        "fr": ["Réclamation : commande"],
        "it": ["Reclamo: ordine"],
    },
    "case_opened": {
        "de": [
            "Es tut uns leid! Wir haben den Vorgang {ref} eröffnet und melden uns innerhalb von 24 Stunden."
        ],
        "pt": ["Lamentamos muito! Abrimos o pedido {ref} e damos notícias em 24 horas."],
        "es": ["¡Lo sentimos! Hemos abierto la incidencia {ref} y te decimos algo en 24 horas."],
        "en": ["So sorry! We've opened case {ref} and will be back to you within 24 hours."],
        "fr": ["Désolés ! Nous avons ouvert la demande {ref}, retour sous 24 heures."],
        "it": ["Ci dispiace! Abbiamo aperto la segnalazione {ref}, vi rispondiamo entro 24 ore."],
    },
    "good_news": {
        "de": [
            "Gute Nachricht zu {ref}: Ersatz bzw. Erstattung ist unterwegs. Können Sie uns kurz bestätigen, dass alles passt?"
        ],
        "pt": [
            "Boas notícias sobre {ref}: a substituição ou o reembolso já seguiu. Pode confirmar que ficou tudo bem?"
        ],
        "es": ["Buenas noticias sobre {ref}: ya está resuelto. ¿Nos confirmas que todo bien?"],
        "en": ["Good news on {ref}: it's sorted. Could you confirm all is well?"],
        "fr": ["Bonne nouvelle pour {ref} : c'est réglé. Pouvez-vous confirmer ?"],
        "it": ["Buone notizie su {ref}: è risolto. Può confermare?"],
    },
    "confirm": {
        "de": ["Bestätige: {ref} ist erledigt, alles angekommen. Danke!"],
        "pt": ["Confirmo: {ref} resolvido, recebi tudo. Obrigado!"],
        "es": ["Confirmo: {ref} resuelto, gracias"],
        "en": ["Confirmed, {ref} is sorted, thanks"],
        "fr": ["Je confirme, {ref} est réglé, merci"],
        "it": ["Confermo, {ref} risolto, grazie"],
    },
    "apology": {
        "de": [
            "Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs schnelle Kümmern",
            "Entschuldigung wegen gestern, war nicht gegen Sie persönlich",
        ],
        "pt": [
            "Peço desculpa pelo tom de ontem, estava mesmo cansada. Obrigada pela ajuda",
            "Desculpem a mensagem de ontem, exagerei",
        ],
        "es": ["Perdón por el tono de ayer, gracias por resolverlo"],
        "en": ["Sorry for being short yesterday, thanks for sorting it"],
        "fr": ["Désolé pour le ton d'hier, merci d'avoir réglé ça"],
        "it": ["Scusate il tono di ieri, grazie per l'aiuto"],
    },
    "still_open": {
        "de": [
            "Vorgang {ref} ist immer noch offen, es hat sich nichts getan",
            "Nochmal wegen {ref}: weiterhin keine Lösung",
        ],
        "pt": [
            "O pedido {ref} continua aberto, nada mudou",
            "Outra vez sobre {ref}: ainda sem solução",
        ],
        "es": ["La incidencia {ref} sigue abierta, nada de nada"],
        "en": ["Case {ref} is still open, nothing has happened"],
        "fr": ["La demande {ref} est toujours ouverte, rien n'a bougé"],
        "it": ["La segnalazione {ref} è ancora aperta, niente di fatto"],
    },
    "third": {
        "de": [
            "Dritter Anlauf wegen {ref}. Eine Kollegin bestellt bei {comp} und da geht so was am selben Tag"
        ],
        "pt": [
            "Terceira vez por causa do {ref}. Uma colega compra na {comp} e lá resolvem no mesmo dia"
        ],
        "es": ["Tercera vez con {ref}. Ya he mirado lo que cobra {comp}"],
        "en": ["Third time about {ref}. I've had a look at what {comp} charges"],
        "fr": ["Troisième fois pour {ref}. J'ai regardé les prix chez {comp}"],
        "it": ["Terza volta per {ref}. Ho guardato quanto costa {comp}"],
    },
    "fourth": {
        "de": ["Zum VIERTEN Mal: {ref} ist nicht gelöst"],
        "pt": ["Pela QUARTA vez: {ref} não está resolvido"],
        "es": ["Por CUARTA vez: {ref} sin resolver"],
        "en": ["FOURTH time: {ref} is still not fixed"],
        "fr": ["QUATRIÈME fois : {ref} toujours pas réglé"],
        "it": ["QUARTA volta: {ref} ancora irrisolto"],
    },
    "urgent": {
        "de": ["Zu {ref} hinzugefügt und als dringend markiert."],
        "pt": ["Acrescentado ao {ref} e marcado como urgente."],
        "es": ["Añadido a {ref} y marcado como urgente."],
        "en": ["Added to {ref} and marked urgent."],
        "fr": ["Ajouté à {ref}, marqué urgent."],
        "it": ["Aggiunto a {ref}, segnato come urgente."],
    },
    "escalated": {
        "de": [
            "Ihr Vorgang {ref} liegt jetzt bei unserer Teamleitung, die Sie bis Freitagmittag anruft."
        ],
        "pt": [
            "O seu pedido {ref} está agora com a nossa chefe de equipa, que lhe liga até sexta ao almoço."
        ],
        "es": [
            "Tu incidencia {ref} la lleva ahora nuestra responsable, te llama antes del viernes a mediodía."
        ],
        "en": [
            "Your case {ref} is now with our team lead, who will call you before Friday lunchtime."
        ],
        "fr": [
            "Votre demande {ref} est chez notre responsable, qui vous appelle avant vendredi midi."
        ],
        "it": [
            "La segnalazione {ref} è ora con la nostra responsabile, che la chiama entro venerdì."
        ],
    },
    "slide": {
        "de": [
            "Die Club-Box kam diesmal zwei Tage später, ohne Info",
            "Nur noch vier statt sechs Trüffel in der Box, aber gleicher Preis?",
            "Kundenservice braucht inzwischen fünf Tage für eine Antwort",
            "Zweite Box in Folge mit gebrochenen Tafeln. Langsam nervt es",
            "Jetzt wollen sie 6,90 € Versand extra für Club-Mitglieder. Unverschämt",
            "Meine Nachbarin bestellt bei {comp}, habe dort jetzt auch mal eine Box geordert",
        ],
        "pt": [
            "A box do Club chegou dois dias atrasada e sem aviso",
            "Agora vêm quatro trufas em vez de seis pelo mesmo preço?",
            "O apoio ao cliente demora cinco dias a responder",
            "Segunda caixa seguida com tabletes partidas. Já chateia",
            "Agora cobram 6,90 € de envio aos sócios do Club. Uma vergonha",
            "A minha vizinha compra na {comp}, já encomendei lá uma caixa",
        ],
        "es": [
            "La caja llegó dos días tarde sin avisar",
            "Ahora cuatro trufas en vez de seis",
            "Atención al cliente tarda cinco días",
            "Otra caja con tabletas rotas",
            "Ahora cobran 6,90 € de envío a los socios. Vergonzoso",
            "Mi vecina compra en {comp}, ya he pedido allí",
        ],
        "en": [
            "Club box two days late, no message",
            "Four truffles instead of six now, same price?",
            "Support takes five days to reply these days",
            "Second box running with broken bars",
            "Now £6 shipping for Club members. Cheeky",
            "My neighbour orders from {comp}, I've put an order in there",
        ],
        "fr": [
            "Box arrivée deux jours en retard sans prévenir",
            "Quatre truffes au lieu de six, même prix ?",
            "Le service client met cinq jours à répondre",
            "Encore des tablettes cassées",
            "6,90 € de port pour les membres maintenant. Honteux",
            "Ma voisine commande chez {comp}, j'y ai commandé aussi",
        ],
        "it": [
            "Box arrivata due giorni in ritardo senza avviso",
            "Quattro tartufi invece di sei, stesso prezzo?",
            "Il servizio clienti ci mette cinque giorni",
            "Altra scatola con tavolette rotte",
            "Ora 6,90 € di spedizione ai soci. Vergogna",
            "La mia vicina compra da {comp}, ho ordinato lì",
        ],
    },
    "cancel": {
        "de": [
            "Bitte kündigen Sie meine Cacavela-Club-Mitgliedschaft und schließen Sie mein Konto. Ich muss wegen der Zuckerwerte aufhören"
        ],
        "pt": [
            "Quero cancelar o Cacavela Club e fechar a minha conta. O médico mandou cortar no açúcar",
            "Por favor cancelem a minha assinatura do Club e apaguem a conta, vou emigrar",
        ],
        "es": ["Quiero darme de baja del Club y cerrar la cuenta"],
        "en": ["Please cancel my Cacavela Club membership and close my account"],
        "fr": ["Merci de résilier mon abonnement Club et de fermer mon compte"],
        "it": ["Vorrei disdire il Club e chiudere l'account"],
    },
    "sorry_go": {
        "de": [
            "Schade, dass Sie gehen! Sie können die Mitgliedschaft selbst in der App oder auf der Website kündigen."
        ],
        "pt": ["Temos pena que saia! Pode cancelar na app ou no site."],
        "es": ["¡Qué pena! Puedes darte de baja en la app o en la web."],
        "en": ["Sorry to see you go! You can cancel yourself in the app or on the website."],
        "fr": ["Dommage ! Vous pouvez résilier dans l'appli ou sur le site."],
        "it": ["Peccato! Può disdire dall'app o dal sito."],
    },
    "grumble": {
        "de": [
            "Die App loggt mich jedes Mal aus, nervig",
            "Warum steht auf jeder Box Plastikfolie drumherum?",
            "Die Sendungsverfolgung ist echt nutzlos",
        ],
        "pt": [
            "A app faz logout sempre, que chatice",
            "Porque é que tudo vem embrulhado em tanto plástico?",
            "O seguimento da encomenda não serve para nada",
        ],
        "es": ["La app me cierra sesión cada vez", "Demasiado plástico en cada caja"],
        "en": ["The app logs me out every single time", "Too much plastic in every box"],
        "fr": ["L'appli me déconnecte à chaque fois", "Trop de plastique dans chaque box"],
        "it": ["L'app mi disconnette ogni volta", "Troppa plastica in ogni scatola"],
    },
    "sarcasm": {
        "de": ["Toll, Schokolade im Juli mit EINEM Kühlakku verschickt. Trinkschokolade gratis 👏"],
        "pt": ["Adorei receber as trufas em formato de sopa, inovação total 👏"],
        "es": ["Genial, trufas líquidas, qué innovación 👏"],
        "en": ["Love that my truffles now come pre-melted, very innovative 👏"],
        "fr": ["Super, les truffes arrivent déjà fondues, quelle innovation 👏"],
        "it": ["Bellissimo, tartufi già sciolti, che innovazione 👏"],
    },
    "mild": {
        "de": [
            "Die Suche im Shop zeigt mir Produkte, die ausverkauft sind",
            "Die Mails kommen bei mir auf Englisch",
        ],
        "pt": ["A pesquisa mostra produtos esgotados", "Os e-mails chegam em inglês"],
        "es": ["El buscador muestra cosas agotadas"],
        "en": ["Search keeps showing sold-out bars"],
        "fr": ["La recherche montre des produits épuisés"],
        "it": ["La ricerca mostra prodotti esauriti"],
    },
    "form_ack": {
        "de": ["Danke für den Hinweis, wir geben das an das Team weiter."],
        "pt": ["Obrigado pela sugestão, passámos à equipa."],
        "es": ["Gracias, se lo pasamos al equipo."],
        "en": ["Thanks, we've passed that to the team."],
        "fr": ["Merci, nous transmettons à l'équipe."],
        "it": ["Grazie, lo passiamo al team."],
    },
    "spike": {
        "de": [
            "Kasse geht nicht! Bei der Zahlung kommt nur Fehler {code}, ich kann nichts bestellen",
            "Seit heute früh Fehler {code} beim Bezahlen in der App, Geschenk muss heute raus",
            "Zahlung bricht immer ab mit {code}, App und Website",
        ],
        "pt": [
            "Não consigo pagar, dá erro {code} no checkout",
            "O pagamento falha sempre com {code}, app e site",
            "Erro {code} ao pagar desde manhã, preciso da prenda hoje",
        ],
        "es": ["No puedo pagar, sale el error {code}", "Error {code} al pagar en la app"],
        "en": [
            "Can't pay, checkout just says {code}",
            "Payment fails with {code} on app and website",
        ],
        "fr": ["Impossible de payer, erreur {code}", "Le paiement échoue avec {code}"],
        "it": ["Non riesco a pagare, errore {code}", "Il pagamento fallisce con {code}"],
    },
    "spike_again": {
        "de": ["Immer noch {code}, jetzt auch am Laptop meines Mannes"],
        "pt": ["Continua {code}, agora também no computador"],
        "es": ["Sigue el {code}, también desde el ordenador"],
        "en": ["Still {code}, tried my partner's phone too"],
        "fr": ["Toujours {code}, même sur l'ordi"],
        "it": ["Ancora {code}, anche dal computer"],
    },
    "spike_chat_a": {
        "de": ["Ja, die Zahlung funktioniert gerade bei niemandem, unser Technikteam ist dran."],
        "pt": ["Sim, os pagamentos estão a falhar para todos, a equipa técnica está a tratar."],
        "es": ["Sí, los pagos fallan ahora mismo para todos, lo estamos arreglando."],
        "en": ["Yes, payments are failing for everyone right now, our engineers are on it."],
        "fr": ["Oui, les paiements échouent pour tout le monde, nos équipes sont dessus."],
        "it": ["Sì, i pagamenti non funzionano per nessuno, ci stiamo lavorando."],
    },
    "works_again": {
        "de": [
            "Die Zahlung funktioniert wieder seit {local} Uhr. Versand Ihrer nächsten Bestellung geht auf uns."
        ],
        "pt": [
            "Os pagamentos voltaram a funcionar desde as {local}. O envio da próxima encomenda é por nossa conta."
        ],
        "es": [
            "Los pagos funcionan de nuevo desde las {local}. El próximo envío corre de nuestra cuenta."
        ],
        "en": ["Payments work again since {local}. Shipping on your next order is on us."],
        "fr": [
            "Les paiements fonctionnent à nouveau depuis {local}. Le port de la prochaine commande est offert."
        ],
        "it": ["I pagamenti funzionano di nuovo dalle {local}. La prossima spedizione è gratis."],
    },
    "lone_q": {
        "de": [
            "Gestern Abend war die Bezahlseite kurz weiß, dann ging es doch. Klappt das morgen normal?"
        ],
        "pt": [
            "Ontem a página de pagamento ficou branca uns segundos e depois carregou. Amanhã vai funcionar?"
        ],
        "es": [
            "Ayer la página de pago se quedó en blanco un momento y luego cargó. ¿Mañana irá bien?"
        ],
        "en": [
            "Last night the payment page went white for a second then loaded. Will it be fine tomorrow?"
        ],
        "fr": ["Hier la page de paiement est restée blanche une seconde. Demain ça ira ?"],
        "it": ["Ieri la pagina di pagamento è rimasta bianca un attimo. Domani funziona?"],
    },
    "lone_a": {
        "de": ["Das war nur ein langsames Laden, alles in Ordnung."],
        "pt": ["Foi só lentidão a carregar, está tudo bem."],
        "es": ["Solo fue una carga lenta, todo bien."],
        "en": ["Just slow loading, all fine."],
        "fr": ["Juste un chargement lent, tout va bien."],
        "it": ["Solo un caricamento lento, tutto a posto."],
    },
    "b2b_q": {
        "de": ["Können wir die Firmenlogos für die Kundengeschenke bis nächste Woche hochladen?"],
        "pt": ["Podemos enviar o logótipo para as caixas de clientes até à próxima semana?"],
        "es": ["¿Podemos subir el logo para las cajas de clientes la semana que viene?"],
        "en": ["Can we upload the logo for the client boxes next week?"],
        "fr": ["Pouvons-nous envoyer le logo pour les coffrets la semaine prochaine ?"],
        "it": ["Possiamo caricare il logo per le scatole clienti la prossima settimana?"],
    },
    "b2b_complaint": {
        "de": [
            "Unsere Rechnungen kommen ohne Bestellnummer, die Buchhaltung kann nichts bezahlen",
            "Die Kundengeschenke sind mit dem alten Logo gedruckt, 200 Boxen unbrauchbar",
            "Die Geschenke für unser Kundenevent kamen einen Tag NACH dem Event",
        ],
        "pt": [
            "As faturas vêm sem número de encomenda, a contabilidade não consegue pagar",
            "As caixas vieram com o logótipo antigo, 200 caixas inúteis",
            "Os presentes para o evento chegaram um dia DEPOIS do evento",
        ],
        "es": [
            "Las facturas llegan sin número de pedido",
            "Las cajas llevan el logo antiguo",
            "Los regalos llegaron un día después del evento",
        ],
        "en": [
            "Our invoices come without a PO number",
            "The boxes were printed with our old logo",
            "The gifts arrived the day AFTER our client event",
        ],
        "fr": [
            "Les factures arrivent sans numéro de commande",
            "Les coffrets portent l'ancien logo",
            "Les cadeaux sont arrivés le lendemain de l'événement",
        ],
        "it": [
            "Le fatture arrivano senza numero d'ordine",
            "Le scatole hanno il vecchio logo",
            "I regali sono arrivati il giorno dopo l'evento",
        ],
    },
    "b2b_again": {
        "de": [
            "Wie {first} schon am {day} geschrieben hat, Vorgang {ref}: {problem}. Das muss jetzt gelöst werden"
        ],
        "pt": [
            "Como a {first} já escreveu na {day}, pedido {ref}: {problem}. Tem de ser resolvido já"
        ],
        "es": ["Como ya escribió {first} el {day}, incidencia {ref}: {problem}"],
        "en": ["As {first} wrote on {day}, case {ref}: {problem}"],
        "fr": ["Comme {first} l'a écrit {day}, demande {ref} : {problem}"],
        "it": ["Come ha scritto {first} {day}, segnalazione {ref}: {problem}"],
    },
    "b2b_last": {
        "de": [
            "Vorgang {ref} ist weiter ungelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt"
        ],
        "pt": [
            "o pedido {ref} continua por resolver vários colegas já escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
        ],
        "es": ["la incidencia {ref} sigue sin resolver mi jefe dice que cambiamos de proveedor"],
        "en": [
            "case {ref} still not fixed several of us have written my boss says we move the account if it isn't sorted this week"
        ],
        "fr": [
            "la demande {ref} n'est toujours pas réglée mon chef dit qu'on change de fournisseur"
        ],
        "it": ["la segnalazione {ref} non è risolta il mio capo dice che cambiamo fornitore"],
    },
    "b2b_mild": {
        "de": ["Schön wäre ein Export der Bestellungen nach Kostenstelle"],
        "pt": ["Seria útil exportar as encomendas por centro de custo"],
        "es": ["Estaría bien exportar pedidos por centro de coste"],
        "en": ["Would be handy to export orders by cost centre"],
        "fr": ["Un export des commandes par centre de coût serait pratique"],
        "it": ["Sarebbe utile esportare gli ordini per centro di costo"],
    },
    "bilingual_why": {
        "de": ["Arbeit in der Nähe der Grenze"],
        "pt": ["família do outro lado"],
        "es": ["estudió fuera"],
        "en": ["works for an international firm"],
        "fr": ["a grandi en Suisse"],
        "it": ["vive in Ticino"],
    },
}

WEEKDAY = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}

FIRST = {
    "de": [
        "Jonas",
        "Lea",
        "Felix",
        "Mia",
        "Lukas",
        "Hannah",
        "Tobias",
        "Sophie",
        "Moritz",
        "Clara",
    ],
    "pt": [
        "João",
        "Inês",
        "Tiago",
        "Beatriz",
        "Rui",
        "Mariana",
        "Pedro",
        "Carolina",
        "Nuno",
        "Joana",
    ],
    "es": ["Pablo", "Lucía", "Diego", "Carmen", "Álvaro", "Marta"],
    "en": ["Oliver", "Grace", "Harry", "Chloe", "Jack", "Ella"],
    "fr": ["Hugo", "Léa", "Louis", "Camille", "Jules", "Manon"],
    "it": ["Marco", "Giulia", "Luca", "Chiara", "Matteo", "Sara"],
}
LAST = {
    "de": ["Becker", "Wolf", "Krüger", "Hoffmann", "Schäfer", "Richter", "Neumann", "Braun"],
    "pt": ["Silva", "Costa", "Ferreira", "Sousa", "Pereira", "Carvalho", "Gonçalves", "Lopes"],
    "es": ["García", "Ruiz", "Moreno", "Navarro", "Romero"],
    "en": ["Walker", "Hughes", "Clarke", "Wright", "Turner"],
    "fr": ["Martin", "Girard", "Lefèvre", "Roux", "Faure"],
    "it": ["Rossi", "Bianchi", "Colombo", "Ricci", "Greco"],
}
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "pt": ["PT", "PT", "PT"],
    "es": ["ES"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
}
PHONE = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 79",
    "PT": "+351 91",
    "ES": "+34 6",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
}
PRODUCTS = [
    ("Truffle box 16 / Trufas 16", "34.90"),
    ("Dark 72% bars x4 / Tabletas 72% x4", "22.00"),
    ("Praline gift box / Caja regalo pralinés", "49.00"),
    ("Club box / Caja Club", "29.90"),
]
