"""Wording for heldout278: Sprossa, vegetable seedlings and plug plants by post (written blind)."""

# ruff: noqa: E501
from __future__ import annotations

LANGS = ("de", "pt", "en", "es", "fr", "it")

PRAISE: dict[str, list[str]] = {
    "de": [
        "Die Tomatenjungpflanzen von Sprossa sind kräftig angekommen, alle 12 stehen schon im Hochbeet!",
        "Schon wieder super Paprika-Setzlinge, gut verpackt und feucht. Danke Sprossa",
        "Zum dritten Mal bestellt, die Zucchini wachsen wie verrückt 🌱",
    ],
    "pt": [
        "As mudas de tomate da Sprossa chegaram lindas, já estão todas na horta!",
        "Mais uma vez tudo certinho, alfaces fortes e bem embaladas. Obg Sprossa",
        "Terceira encomenda e as courgettes estão a crescer imenso 🌱",
    ],
    "en": [
        "Sprossa's tomato plugs arrived sturdy and damp, all potted on by lunch!",
        "Third order this spring and the courgettes are huge 🌱",
    ],
    "es": ["Los plantones de tomate de Sprossa llegaron fuertes, ya están en el huerto!"],
    "fr": ["Les plants de tomates Sprossa sont arrivés en pleine forme, déjà au potager !"],
    "it": ["Le piantine di pomodoro di Sprossa sono arrivate robuste, già tutte nell'orto!"],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "de": ["Sehr schöne Salatpflanzen, nur der Karton war etwas eingedrückt. Sonst top"],
    "pt": ["Mudas ótimas, só a etiqueta do manjericão veio trocada. De resto impecável"],
    "en": ["Lovely lettuce plugs, only the label on the basil was missing. Otherwise spot on"],
    "es": ["Plantones muy buenos, solo faltaba la etiqueta de la albahaca"],
    "fr": ["Très beaux plants, juste l'étiquette du basilic manquait"],
    "it": ["Piantine bellissime, mancava solo l'etichetta del basilico"],
}

QUESTION: dict[str, list[str]] = {
    "de": [
        "Hallo, kann ich die Gurkenpflanzen schon ins Gewächshaus setzen oder lieber noch warten?",
        "Kommt die Lieferung auch an eine Packstation?",
    ],
    "pt": [
        "Olá, posso já pôr as mudas de pimento na rua ou ainda está frio?",
        "Dá para mudar a morada de entrega da próxima caixa?",
    ],
    "en": ["Hi, can the chilli plugs go in the greenhouse yet or is it too cold?"],
    "es": ["Hola, ¿puedo trasplantar ya los pimientos o espero una semana?"],
    "fr": ["Bonjour, je peux repiquer les courgettes maintenant ou j'attends ?"],
    "it": ["Ciao, posso già trapiantare le zucchine o è presto?"],
}

ANSWER: dict[str, str] = {
    "de": "Gerne! Ab etwa 12 Grad nachts können sie raus, bis dahin hell und geschützt stellen. Viele Grüße, Ihr Sprossa-Team",
    "pt": "Olá! Com noites acima de 12 graus já podem ir para fora; até lá, num sítio claro e abrigado. Cumprimentos, equipa Sprossa",
    "en": "Hi! Once nights stay above 12 degrees they can go out; until then keep them bright and sheltered. Sprossa team",
    "es": "¡Hola! Con noches por encima de 12 grados ya pueden salir; hasta entonces, en un sitio luminoso. Equipo Sprossa",
    "fr": "Bonjour ! Dès que les nuits dépassent 12 degrés, c'est bon ; d'ici là, au clair et à l'abri. L'équipe Sprossa",
    "it": "Ciao! Con notti sopra i 12 gradi possono andare fuori; fino ad allora in un posto luminoso. Team Sprossa",
}

THANKS: dict[str, list[str]] = {
    "de": ["Danke, super!", "Alles klar, danke 👍"],
    "pt": ["Obrigada!", "Perfeito, obg"],
    "en": ["Great, thanks!"],
    "es": ["¡Gracias!"],
    "fr": ["Merci beaucoup !"],
    "it": ["Grazie mille!"],
}

NIGHT: dict[str, list[str]] = {
    "de": [
        "Kann nicht schlafen und plane das Hochbeet für nächstes Jahr. Sprossa-Katalog ist gefährlich 😅"
    ],
    "pt": ["Turno da noite no hospital e já estou a escolher as mudas de outono na Sprossa 🌙"],
    "en": ["2am and I'm reading Sprossa's guide to hardening off. Send help 😅"],
    "es": ["Las 3 de la mañana y yo mirando tomates en Sprossa 🌙"],
    "fr": ["Insomnie, du coup je prépare ma commande Sprossa d'automne 🌙"],
    "it": ["Notte insonne, scelgo le piantine d'autunno su Sprossa 🌙"],
}

SURVEY_WORD: dict[str, list[str]] = {
    "de": ["Top", "", "Gerne wieder"],
    "pt": ["Ótimo", "", "Tudo certo"],
    "en": ["Great", ""],
    "es": ["Genial", ""],
    "fr": ["Parfait", ""],
    "it": ["Ottimo", ""],
}

PRODUCTS = [
    ("Tomato plug box 12 / Tomaten 12er", "19.90"),
    ("Pepper & chilli plugs 8", "16.50"),
    ("Salad plugs 24", "14.90"),
    ("Courgette & squash 6", "12.90"),
    ("Herb plugs 10", "13.50"),
    ("Beet membership box, May", "24.00"),
]

PAGES = [
    "/plugs/tomatoes",
    "/plugs/peppers",
    "/plugs/salad",
    "/beet-membership",
    "/growing-guide",
    "/delivery-dates",
]

# consumer problems: dead (arrived wilted), late (stuck in depot), wrong (wrong variety), charge (charged twice)
PROBLEM: dict[str, dict[str, str]] = {
    "de": {
        "dead": "Die Tomatenpflanzen kamen komplett vertrocknet und umgeknickt an, alle 12 hin. Das Paket lag offenbar tagelang irgendwo.",
        "late": "Meine Jungpflanzen hängen seit FÜNF Tagen im Verteilzentrum fest. Die sind bis morgen tot.",
        "wrong": "Statt Gemüsepaprika habt ihr mir scharfe Chilis geschickt. Die Kinder wollten Paprika ziehen, toll.",
        "charge": "Mir wurde die Beet-Box ZWEIMAL abgebucht, 48 € statt 24 €. Das Konto war dann im Minus.",
    },
    "pt": {
        "dead": "As mudas de tomate chegaram todas secas e partidas, não se aproveita nenhuma. A caixa deve ter ficado dias parada.",
        "late": "As minhas mudas estão há CINCO dias paradas no centro de distribuição. Amanhã já estão mortas.",
        "wrong": "Encomendei pimento doce e mandaram malaguetas picantes. Era para as crianças, que ótimo.",
        "charge": "Cobraram a caixa Beet DUAS vezes, 48 € em vez de 24 €. Fiquei com a conta a descoberto.",
    },
    "en": {
        "dead": "The tomato plugs arrived bone dry and snapped, all 12 dead. The box must have sat somewhere for days.",
        "late": "My plug plants have been stuck at the depot for FIVE days. They'll be dead by tomorrow.",
        "wrong": "I ordered sweet peppers and you sent hot chillies. They were for the kids.",
        "charge": "You charged my Beet box TWICE, £42 instead of £21, and my account went overdrawn.",
    },
    "es": {
        "dead": "Los plantones de tomate llegaron secos y partidos, los 12 muertos.",
        "late": "Mis plantones llevan CINCO días parados en el almacén. Mañana estarán muertos.",
        "wrong": "Pedí pimiento dulce y me mandáis guindillas picantes.",
        "charge": "Me habéis cobrado la caja Beet DOS veces, 48 € en vez de 24 €.",
    },
    "fr": {
        "dead": "Les plants de tomates sont arrivés secs et cassés, les 12 sont morts.",
        "late": "Mes plants sont bloqués au dépôt depuis CINQ jours. Demain ils seront morts.",
        "wrong": "J'ai commandé des poivrons doux et j'ai reçu des piments forts.",
        "charge": "La box Beet m'a été prélevée DEUX fois, 48 € au lieu de 24 €.",
    },
    "it": {
        "dead": "Le piantine di pomodoro sono arrivate secche e spezzate, tutte e 12 morte.",
        "late": "Le mie piantine sono ferme al deposito da CINQUE giorni. Domani saranno morte.",
        "wrong": "Ho ordinato peperoni dolci e mi avete mandato peperoncini piccanti.",
        "charge": "Mi avete addebitato la box Beet DUE volte, 48 € invece di 24 €.",
    },
}

ANGRY_TAIL: dict[str, list[str]] = {
    "de": ["Ich bin echt sauer.", "So geht das nicht, ich will eine Lösung."],
    "pt": ["Estou mesmo chateada.", "Assim não dá, quero uma solução."],
    "en": ["Really not happy."],
    "es": ["Estoy muy enfadada."],
    "fr": ["Je suis vraiment furieux."],
    "it": ["Sono davvero arrabbiata."],
}

LONG_OPEN: dict[str, str] = {
    "de": "Guten Tag, ich schreibe Ihnen aus der Mittagspause, während meine Mutter nach ihrer Knie-OP bei uns wohnt und ich nebenbei den Schrebergarten meines Vaters übernommen habe. Eigentlich wollte ich nur kurz sagen, dass ich Ihre Anleitung zum Abhärten sehr hilfreich fand.",
    "pt": "Boa tarde, escrevo-vos da sala de espera do dentista, entre levar o miúdo ao futebol e regar a horta da minha sogra, que está em Lisboa a recuperar. Queria começar por dizer que os vossos guias de rega me têm ajudado muito.",
}
LONG_CLOSE: dict[str, str] = {
    "de": "Ich bestelle seit drei Jahren bei Ihnen und war immer gern Kundin, aber das hier ist wirklich ärgerlich. Mit freundlichen Grüßen",
    "pt": "Sou cliente há três anos e sempre gostei, mas isto é mesmo frustrante. Com os melhores cumprimentos",
}

SUBJ_COMPLAINT = {
    "de": "Beschwerde: {p}",
    "pt": "Reclamação: {p}",
    "en": "Complaint: {p}",
    "es": "Reclamación: {p}",
    "fr": "Réclamation : {p}",
    "it": "Reclamo: {p}",
}
SUBJ_RE = {
    "de": "AW: Vorgang {ref}",
    "pt": "RE: Pedido {ref}",
    "en": "Re: Your case {ref}",
    "es": "RE: Incidencia {ref}",
    "fr": "RE : Demande {ref}",
    "it": "R: Segnalazione {ref}",
}
PTOPIC = {
    "de": {
        "dead": "Pflanzen tot",
        "late": "Lieferung",
        "wrong": "falsche Sorte",
        "charge": "doppelt abgebucht",
    },
    "pt": {
        "dead": "mudas mortas",
        "late": "entrega",
        "wrong": "variedade errada",
        "charge": "cobrança dupla",
    },
    "en": {
        "dead": "dead plants",
        "late": "delivery",
        "wrong": "wrong variety",
        "charge": "double charge",
    },
    "es": {
        "dead": "plantas muertas",
        "late": "entrega",
        "wrong": "variedad equivocada",
        "charge": "cobro doble",
    },
    "fr": {
        "dead": "plants morts",
        "late": "livraison",
        "wrong": "mauvaise variété",
        "charge": "double prélèvement",
    },
    "it": {
        "dead": "piantine morte",
        "late": "consegna",
        "wrong": "varietà sbagliata",
        "charge": "doppio addebito",
    },
}

CASE_OPENED = {
    "de": "Das tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und melden uns innerhalb von 24 Stunden. Ihr Sprossa-Team",
    "pt": "Lamentamos muito. Abrimos o pedido {ref} e respondemos em 24 horas. Equipa Sprossa",
    "en": "We're very sorry. We've opened case {ref} and will get back to you within 24 hours. Sprossa team",
    "es": "Lo sentimos mucho. Hemos abierto la incidencia {ref} y te respondemos en 24 horas. Equipo Sprossa",
    "fr": "Nous sommes désolés. La demande {ref} est ouverte, réponse sous 24 heures. L'équipe Sprossa",
    "it": "Ci dispiace molto. Abbiamo aperto la segnalazione {ref}, risposta entro 24 ore. Team Sprossa",
}
QUALITY_LEAD = {
    "de": "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "pt": "O seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço.",
    "en": "Your case {ref} is now with our quality lead, who will call you before Friday lunchtime.",
    "es": "Tu incidencia {ref} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "fr": "Votre demande {ref} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi.",
    "it": "La sua segnalazione {ref} è ora dalla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
}
GOOD_NEWS = {
    "de": "Gute Nachricht zu {ref}: Ersatz bzw. Erstattung ist veranlasst. Können Sie kurz bestätigen, dass alles passt?",
    "pt": "Boas notícias sobre {ref}: a substituição/reembolso já está tratada. Pode confirmar que ficou tudo bem?",
    "en": "Good news on {ref}: the replacement or refund is on its way. Could you confirm everything is sorted?",
    "es": "Buenas noticias sobre {ref}: reposición o reembolso en marcha. ¿Nos confirmas que está todo bien?",
    "fr": "Bonne nouvelle pour {ref} : remplacement ou remboursement lancé. Pouvez-vous confirmer que tout va bien ?",
    "it": "Buone notizie su {ref}: sostituzione o rimborso in corso. Può confermare che è tutto a posto?",
}
CONFIRM = {
    "de": "Bestätigt, {ref} ist erledigt, danke!",
    "pt": "Confirmo, o {ref} ficou resolvido, obrigada!",
    "en": "Confirmed, {ref} is sorted, thanks!",
    "es": "Confirmado, {ref} resuelto, ¡gracias!",
    "fr": "Confirmé, {ref} est réglé, merci !",
    "it": "Confermo, {ref} risolto, grazie!",
}
APOLOGY = {
    "de": "Sorry wegen gestern, war nicht an Sie persönlich gerichtet. Danke fürs schnelle Kümmern.",
    "pt": "Desculpem o tom de ontem, não era convosco. Obrigada pela rapidez.",
    "en": "Sorry about my tone yesterday, it wasn't aimed at you. Thanks for sorting it quickly.",
    "es": "Perdón por el tono de ayer. Gracias por resolverlo rápido.",
    "fr": "Désolée pour mon ton d'hier. Merci d'avoir réglé ça vite.",
    "it": "Scusate il tono di ieri. Grazie per la rapidità.",
}
STILL_OPEN = {
    "de": ["Vorgang {ref} ist immer noch offen. {p}", "Nochmal wegen {ref}: nichts passiert. {p}"],
    "pt": [
        "O pedido {ref} continua em aberto. {p}",
        "Outra vez sobre o {ref}: nada resolvido. {p}",
    ],
    "en": ["Case {ref} is still open. {p}"],
    "es": ["La incidencia {ref} sigue abierta. {p}"],
    "fr": ["La demande {ref} est toujours ouverte. {p}"],
    "it": ["La segnalazione {ref} è ancora aperta. {p}"],
}
THIRD = {
    "de": "Eine Nachbarin bestellt bei {comp}, da wird so was am selben Tag geklärt.",
    "pt": "Uma vizinha compra na {comp} e lá resolvem isto no mesmo dia.",
    "en": "A neighbour orders from {comp} and they sort this the same day.",
    "es": "Una vecina compra en {comp} y allí lo resuelven el mismo día.",
    "fr": "Une voisine commande chez {comp}, ils règlent ça le jour même.",
    "it": "Una vicina ordina da {comp} e lì risolvono in giornata.",
}
FOURTH = {
    "de": "Das ist jetzt das VIERTE Mal.",
    "pt": "É a QUARTA vez que escrevo.",
    "en": "This is the FOURTH time.",
    "es": "Es la CUARTA vez.",
    "fr": "C'est la QUATRIÈME fois.",
    "it": "È la QUARTA volta.",
}
URGENT = {
    "de": "Zum Vorgang {ref} hinzugefügt und als dringend markiert.",
    "pt": "Adicionado ao pedido {ref} e marcado como urgente.",
    "en": "Added to case {ref} and marked urgent.",
    "es": "Añadido a la incidencia {ref} y marcado como urgente.",
    "fr": "Ajouté à la demande {ref}, marqué urgent.",
    "it": "Aggiunto alla segnalazione {ref}, segnato come urgente.",
}

SLIDE = {
    "de": [
        "Die Lieferung kam diesmal zwei Tage später als angekündigt, Pflanzen etwas schlapp.",
        "Schon wieder Erde überall im Karton und zwei Setzlinge abgeknickt.",
        "Der Kundenservice antwortet nur noch mit Textbausteinen. Schade.",
        "Drei von acht Paprika sind eingegangen, Ersatz gibt es nur gegen Fotos von jeder Pflanze.",
        "Jetzt wollen sie 6,90 € Versand für den Ersatz. Unverschämt.",
        "Meine Schwägerin bestellt bei {comp}, die nächste Box hole ich mir dort.",
    ],
    "pt": [
        "Desta vez a entrega chegou dois dias depois do previsto, mudas um bocado murchas.",
        "Outra vez terra espalhada pela caixa e duas mudas partidas.",
        "O apoio ao cliente agora só responde com mensagens automáticas. Pena.",
        "Três dos oito pimentos morreram e só substituem com fotos de cada planta.",
        "Agora querem 6,90 € de portes pela substituição. Uma vergonha.",
        "A minha cunhada compra na {comp}, a próxima caixa vou buscar lá.",
    ],
    "en": [
        "Delivery two days later than promised this time, plants a bit limp.",
        "Soil all over the box again and two seedlings snapped.",
        "Customer service only sends canned replies now. Shame.",
        "Three of eight peppers died and they want a photo of every plant before replacing.",
        "Now £6 postage for the replacement. Outrageous.",
        "My sister-in-law orders from {comp}, getting my next box there.",
    ],
    "es": [
        "Esta vez la entrega llegó dos días tarde, plantas algo mustias.",
        "Otra vez tierra por toda la caja y dos plantones partidos.",
        "Atención al cliente ya solo manda respuestas automáticas.",
        "Se murieron tres de ocho pimientos y piden foto de cada planta.",
        "Ahora quieren 6,90 € de envío por la reposición. Vergonzoso.",
        "Mi cuñada compra en {comp}, la próxima caja la pido allí.",
    ],
    "fr": [
        "Livraison deux jours en retard cette fois, plants un peu mous.",
        "Encore de la terre partout et deux plants cassés.",
        "Le service client ne répond plus que par des messages automatiques.",
        "Trois poivrons sur huit sont morts et il faut une photo de chaque plant.",
        "Maintenant 6,90 € de port pour le remplacement. Scandaleux.",
        "Ma belle-sœur commande chez {comp}, ma prochaine box sera là-bas.",
    ],
    "it": [
        "Consegna in ritardo di due giorni stavolta, piantine un po' mosce.",
        "Di nuovo terra ovunque e due piantine spezzate.",
        "Il servizio clienti risponde solo con messaggi automatici.",
        "Tre peperoni su otto sono morti e vogliono una foto di ogni pianta.",
        "Ora 6,90 € di spedizione per la sostituzione. Vergognoso.",
        "Mia cognata ordina da {comp}, la prossima box la prendo lì.",
    ],
}

LEAVE = {
    "de": "Wir ziehen in eine Wohnung ohne Garten. Bitte kündigen Sie meine Beet-Mitgliedschaft und schließen Sie mein Konto.",
    "pt": "Vamos mudar para um apartamento sem quintal. Por favor cancelem a minha adesão Beet e fechem a minha conta.",
    "en": "We're moving to a flat with no garden. Please cancel my Beet membership and close my account.",
    "es": "Nos mudamos a un piso sin jardín. Cancelad mi membresía Beet y cerrad mi cuenta, por favor.",
    "fr": "Nous déménageons sans jardin. Merci de résilier mon abonnement Beet et de fermer mon compte.",
    "it": "Ci trasferiamo in un appartamento senza giardino. Annullate la mia iscrizione Beet e chiudete l'account.",
}
SORRY_GO = {
    "de": "Schade, dass Sie gehen! Sie können Beet selbst in der App oder auf der Website kündigen.",
    "pt": "Que pena! Pode cancelar o Beet na app ou no site.",
    "en": "Sorry to see you go! You can cancel Beet yourself in the app or on the website.",
    "es": "¡Qué pena! Puedes cancelar Beet en la app o en la web.",
    "fr": "Dommage ! Vous pouvez résilier Beet dans l'appli ou sur le site.",
    "it": "Peccato! Può annullare Beet nell'app o sul sito.",
}
GRUMBLE = {
    "de": [
        "Die App zeigt den Liefertermin immer erst am Vorabend an, nervig.",
        "Warum ist der Karton so riesig für sechs Pflanzen?",
        "Bewertung: Pflanzen ok, Verpackung mäh.",
    ],
    "pt": [
        "A app só mostra a data de entrega na véspera, irrita.",
        "Porque é que a caixa é enorme para seis mudas?",
        "Mudas ok, embalagem fraquinha.",
    ],
    "en": [
        "The app only shows the delivery date the night before. Annoying.",
        "Why such a huge box for six plants?",
    ],
    "es": [
        "La app solo enseña la fecha de entrega la víspera.",
        "¿Por qué una caja tan grande para seis plantas?",
    ],
    "fr": [
        "L'appli n'affiche la date de livraison que la veille.",
        "Pourquoi un carton si énorme pour six plants ?",
    ],
    "it": [
        "L'app mostra la data di consegna solo la sera prima.",
        "Perché una scatola così grande per sei piantine?",
    ],
}
SARCASM = {
    "de": "Super, Sprossa liefert die Frostschutz-Vlies-Box pünktlich am ersten warmen Tag 👏",
    "pt": "Fantástico, a Sprossa entrega a manta antigeada mesmo no primeiro dia de calor 👏",
    "en": "Brilliant, Sprossa delivers the frost fleece right on the first hot day 👏",
    "es": "Genial, Sprossa entrega la manta antiheladas justo el primer día de calor 👏",
    "fr": "Génial, Sprossa livre le voile d'hivernage pile le premier jour de chaleur 👏",
    "it": "Fantastico, Sprossa consegna il telo antigelo proprio il primo giorno caldo 👏",
}
MILD = {
    "de": "Kleine Anmerkung: die Suche nach Sorten findet 'Zucchini' nicht, nur 'Courgette'.",
    "pt": "Pequena nota: a pesquisa não encontra 'curgete', só 'courgette'.",
    "en": "Small thing: the variety search doesn't find 'zucchini', only 'courgette'.",
    "es": "Un detalle: el buscador no encuentra 'calabacín'.",
    "fr": "Petit détail : la recherche ne trouve pas 'zucchini'.",
    "it": "Piccola cosa: la ricerca non trova 'zucchina'.",
}

SPIKE = {
    "de": [
        "Bezahlen in der App geht nicht, Fehler CHK#4093, wollte die Beet-Box noch heute bestellen",
        "Checkout bricht ab mit CHK#4093, bei Karte und PayPal. Was ist da los?",
    ],
    "pt": [
        "Não consigo pagar na app, dá erro CHK#4093 no checkout",
        "O pagamento falha sempre com CHK#4093, cartão e MB Way",
    ],
    "en": ["Can't pay in the app, checkout fails with CHK#4093"],
    "es": ["No puedo pagar en la app, sale error CHK#4093"],
    "fr": ["Impossible de payer dans l'appli, erreur CHK#4093"],
    "it": ["Non riesco a pagare nell'app, errore CHK#4093"],
}
SPIKE_AGAIN = {
    "de": "Immer noch CHK#4093, jetzt auch am Laptop.",
    "pt": "Continua o CHK#4093, agora também no computador.",
    "en": "Still CHK#4093, on my laptop too now.",
    "es": "Sigue el CHK#4093, ahora también en el portátil.",
    "fr": "Toujours CHK#4093, aussi sur l'ordinateur.",
    "it": "Ancora CHK#4093, anche dal portatile.",
}
SPIKE_CHAT = {
    "de": "Ja, der Checkout ist gerade gestört, wir arbeiten daran.",
    "pt": "Sim, o checkout está com falhas neste momento, estamos a tratar.",
    "en": "Yes, checkout is failing right now, our engineers are on it.",
    "es": "Sí, el pago falla ahora mismo, estamos en ello.",
    "fr": "Oui, le paiement est en panne, nous y travaillons.",
    "it": "Sì, il pagamento non funziona ora, ci stiamo lavorando.",
}
WORKS_AGAIN = {
    "de": "Der Checkout funktioniert wieder. Als Entschuldigung haben wir Ihnen 5 € gutgeschrieben.",
    "pt": "O checkout já funciona. Como pedido de desculpa, creditámos 5 € na sua conta.",
    "en": "Checkout works again. We've added a 5 € credit to your account as an apology.",
    "es": "El pago ya funciona. Te hemos abonado 5 € como disculpa.",
    "fr": "Le paiement fonctionne à nouveau. Un avoir de 5 € a été ajouté.",
    "it": "Il pagamento funziona di nuovo. Le abbiamo accreditato 5 €.",
}
LONE_Q = {
    "de": "Gestern Abend hat der Checkout kurz länger geladen, ging dann aber. Ist das normal?",
    "pt": "Ontem à noite o pagamento demorou a carregar mas acabou por passar. É normal?",
}
LONE_A = {
    "de": "Ja, das war eine kurze Verzögerung, Ihre Bestellung ist da.",
    "pt": "Sim, foi só um atraso momentâneo, a encomenda está registada.",
}

# business arm (Sprossa Pro): market gardens, school gardens, restaurants on account
B2B_PROBLEM = {
    "de": {
        "invoice": "Die Rechnungen kommen ohne Bestellnummer, unsere Buchhaltung schickt sie alle zurück.",
        "short": "Die Lieferung für unsere Gärtnerei kam mit 200 statt 600 Salatsetzlingen.",
    },
    "pt": {
        "invoice": "As faturas vêm sem número de encomenda e a contabilidade devolve todas.",
        "short": "A entrega veio com 200 em vez de 600 mudas de alface.",
    },
    "en": {
        "invoice": "Invoices arrive with no PO number and finance rejects every one.",
        "short": "The delivery came with 200 instead of 600 lettuce plugs.",
    },
    "es": {
        "invoice": "Las facturas llegan sin número de pedido y contabilidad las devuelve.",
        "short": "Llegaron 200 plantones en vez de 600.",
    },
    "fr": {
        "invoice": "Les factures arrivent sans numéro de commande, la compta les rejette.",
        "short": "Livraison de 200 plants au lieu de 600.",
    },
    "it": {
        "invoice": "Le fatture arrivano senza numero d'ordine, la contabilità le rifiuta.",
        "short": "Consegnate 200 piantine invece di 600.",
    },
}
B2B_FOLLOW = {
    "de": "Wie meine Kollegin {first} schon geschrieben hat (Vorgang {ref}): {p}",
    "pt": "Como a minha colega {first} já escreveu (pedido {ref}): {p}",
    "en": "As my colleague {first} already wrote (case {ref}): {p}",
    "es": "Como ya escribió mi compañera {first} (incidencia {ref}): {p}",
    "fr": "Comme ma collègue {first} l'a déjà écrit (demande {ref}) : {p}",
    "it": "Come ha già scritto la mia collega {first} (segnalazione {ref}): {p}",
}
B2B_LAST = {
    "de": "Zu {ref}: immer noch nichts behoben, mehrere Kollegen haben geschrieben. Der Einkauf fragt schon bei {comp} an.",
    "pt": "Sobre o {ref}: continua tudo igual, vários colegas escreveram. As compras já pediram preços à {comp}.",
    "en": "On {ref}: still nothing fixed and several colleagues have written. Procurement has asked {comp} for prices.",
    "es": "Sobre {ref}: nada resuelto y han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
    "fr": "Concernant {ref} : toujours rien, plusieurs collègues ont écrit. Les achats consultent {comp}.",
    "it": "Su {ref}: ancora niente, hanno scritto diversi colleghi. Gli acquisti hanno chiesto prezzi a {comp}.",
}
B2B_MILD = {
    "de": "Vorschlag: könnten die Lieferscheine die Sorte auch auf Latein angeben?",
    "pt": "Sugestão: as guias de entrega podiam trazer o nome latino da variedade?",
    "en": "Suggestion: could delivery notes show the Latin variety name?",
    "es": "Sugerencia: ¿podrían los albaranes indicar el nombre latino?",
    "fr": "Suggestion : le bon de livraison pourrait indiquer le nom latin ?",
    "it": "Suggerimento: le bolle potrebbero indicare il nome latino?",
}
B2B_ACK = {
    "de": "Danke für den Hinweis, wir geben ihn weiter ({ref}).",
    "pt": "Obrigado pela sugestão, vamos encaminhar ({ref}).",
    "en": "Thanks for the suggestion, passed on ({ref}).",
    "es": "Gracias, lo trasladamos ({ref}).",
    "fr": "Merci, nous transmettons ({ref}).",
    "it": "Grazie, lo inoltriamo ({ref}).",
}

FIRST = {
    "de": [
        "Jana",
        "Tobias",
        "Miriam",
        "Felix",
        "Ute",
        "Jonas",
        "Sabine",
        "Lars",
        "Katrin",
        "Moritz",
        "Heike",
        "Bernd",
    ],
    "pt": [
        "Inês",
        "Tiago",
        "Marta",
        "Rui",
        "Beatriz",
        "Nuno",
        "Carla",
        "Hugo",
        "Sofia",
        "Duarte",
        "Joana",
        "Paulo",
    ],
    "en": ["Fiona", "Callum", "Priya", "Gareth", "Niamh", "Owen"],
    "es": ["Lucía", "Iker", "Nerea", "Sergio", "Ainhoa", "Pablo"],
    "fr": ["Margaux", "Bastien", "Chloé", "Yannick", "Léa", "Hugo"],
    "it": ["Chiara", "Matteo", "Giulia", "Davide", "Elena", "Marco"],
}
LAST = {
    "de": ["Kessler", "Vogt", "Albrecht", "Brandl", "Seidel", "Roth", "Hartung", "Engel"],
    "pt": ["Carvalho", "Pires", "Moura", "Teixeira", "Lopes", "Antunes", "Ramos", "Correia"],
    "en": ["Whitfield", "Doyle", "Okafor", "Pryce"],
    "es": ["Olmedo", "Ibarra", "Navas", "Quintana"],
    "fr": ["Lemoine", "Garnier", "Perrot", "Chauvin"],
    "it": ["Ferraro", "Galli", "Marchetti", "Lombardi"],
}
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "pt": ["PT", "PT", "PT"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
}
PHONE = {
    "DE": ("+4915", 9),
    "AT": ("+43664", 7),
    "CH": ("+4179", 7),
    "PT": ("+3519", 8),
    "UK": ("+447", 9),
    "IE": ("+3538", 8),
    "ES": ("+346", 8),
    "FR": ("+336", 8),
    "BE": ("+324", 8),
    "IT": ("+393", 9),
}
COMPETITORS = ("Keimora", "Ortavia")
