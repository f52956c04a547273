# ruff: noqa: E501
"""Wording of heldout187 (Colchavo: mattresses and bedding by app and web, 100-night trial).

Every table has every language (es, de, en, fr, it, pt); Spanish and German have two or
three variants. Placeholders: CASE (case reference), PROD (product), COMP (competitor),
NAME (first name), DAY (weekday), CODE (spike error code), TIME (local time), MONEY.
"""

from __future__ import annotations

LANGS = ("es", "de", "en", "fr", "it", "pt")

PRODUCTS = (
    ("Colchón Nube 150x190 / Matratze Nube 150x190", "649.00"),
    ("Almohada viscoelástica / Nackenkissen Memory", "59.00"),
    ("Topper 5 cm 90x200", "129.00"),
    ("Funda protectora impermeable / Matratzenschoner", "39.00"),
    ("Somier láminas 140x200 / Lattenrost 140x200", "219.00"),
    ("Nórdico 4 estaciones / Ganzjahresdecke", "149.00"),
)

PRAISE = {
    "es": [
        "Llevo tres semanas con el colchón Nube de Colchavo y duermo del tirón, por fin",
        "Tercera vez que compro en Colchavo y otra vez perfecto, el repartidor majísimo",
        "la almohada nueva es una pasada, se me ha quitado el dolor de cuello jaja",
    ],
    "de": [
        "Seit zwei Wochen auf der Nube-Matratze von Colchavo und der Rücken ist endlich ruhig",
        "Schon wieder so eine schnelle Lieferung von Colchavo, die zwei Fahrer waren super nett",
        "das Memory-Kissen ist genial, ich schlafe wie ein Stein",
    ],
    "en": ["Third night on the Colchavo Nube and I actually slept past 7, unheard of"],
    "fr": ["Le matelas Nube de Colchavo est top, enfin des nuits completes"],
    "it": ["Il materasso Nube di Colchavo è fantastico, dormo finalmente tutta la notte"],
    "pt": ["O colchão Nube da Colchavo é incrível, durmo a noite inteira outra vez"],
}

PRAISE_GRIPE = {
    "es": [
        "Muy contenta con el topper, solo que el olor a nuevo tardó dos días en irse",
        "Todo genial, aunque la caja era enorme y no cabía en el ascensor jaja",
    ],
    "de": [
        "Sehr gute Matratze, nur die Folie war ein Kampf zum Aufschneiden",
        "Alles prima, bloß das Lieferfenster von 8 bis 14 Uhr ist echt lang",
    ],
    "en": ["Love the duvet, only wish the delivery text came more than an hour ahead"],
    "fr": ["Tres bien, juste la notice du sommier qui est seulement en PDF"],
    "it": ["Tutto ottimo, solo il cuscino un po' alto per me all'inizio"],
    "pt": ["Tudo ótimo, só a caixa é que era enorme para o meu terceiro andar"],
}

REVIEW = {
    "es": ["Cinco estrellas. Firmeza justa y el periodo de prueba da mucha tranquilidad"],
    "de": ["Fünf Sterne. Richtige Härte, und die 100 Nächte Probeschlafen nehmen jeden Druck"],
    "en": ["Five stars. Firm enough, and the 100-night trial takes the risk out of it"],
    "fr": ["Cinq etoiles. Fermete parfaite et l'essai de 100 nuits rassure"],
    "it": ["Cinque stelle. Rigidità giusta e la prova di 100 notti dà sicurezza"],
    "pt": ["Cinco estrelas. Firmeza certa e o teste de 100 noites dá confiança"],
}

QUESTION = {
    "es": [
        "Hola, se puede lavar la funda del colchón a 60 grados?",
        "una pregunta, el topper sirve para un sofá cama?",
        "Buenas, cuánto tarda el envío a Canarias?",
    ],
    "de": [
        "Hallo, kann ich den Bezug der Matratze bei 60 Grad waschen?",
        "kurze frage: passt der Lattenrost in ein Ikea-Bett?",
        "Wie lange dauert die Lieferung nach Graz?",
    ],
    "en": ["Hi, can the mattress cover go in the washer at 60?"],
    "fr": ["Bonjour, la housse du matelas passe en machine a 60 degres ?"],
    "it": ["Ciao, la fodera del materasso si può lavare a 60 gradi?"],
    "pt": ["Olá, a capa do colchão pode ir à máquina a 60 graus?"],
}

ANSWER = {
    "es": [
        "¡Hola! Sí, sin problema. Cualquier otra duda aquí estamos. Un saludo, Marta de Colchavo"
    ],
    "de": [
        "Hallo! Ja, das geht problemlos. Bei weiteren Fragen einfach melden. Grüße, Jonas von Colchavo"
    ],
    "en": ["Hi! Yes, no problem at all. Anything else, just ask. Best, Hannah at Colchavo"],
    "fr": ["Bonjour ! Oui, sans souci. N'hesitez pas pour toute autre question. Claire, Colchavo"],
    "it": ["Ciao! Sì, nessun problema. Per altro siamo qui. Giulia di Colchavo"],
    "pt": ["Olá! Sim, sem problema. Qualquer outra dúvida, estamos cá. Rita da Colchavo"],
}

THANKS = {
    "es": ["mil gracias!!", "genial, gracias crack", "perfecto, grax"],
    "de": ["Super, danke!", "top, merci", "danke dir, passt"],
    "en": ["cheers, legend"],
    "fr": ["merci beaucoup !"],
    "it": ["grazie mille!"],
    "pt": ["obg, top!"],
}

CALL_QUESTION = {
    "es": [
        "hola llamaba para preguntar si el somier de láminas se puede montar sin herramientas gracias"
    ],
    "de": ["ja hallo ich wollte fragen ob man den Lattenrost ohne Werkzeug aufbauen kann danke"],
    "en": [
        "hi yeah just calling to ask if the slatted base needs any tools to put together thanks"
    ],
    "fr": ["bonjour je voulais savoir si le sommier se monte sans outils merci"],
    "it": ["buongiorno volevo sapere se la rete a doghe si monta senza attrezzi grazie"],
    "pt": ["olá queria saber se o estrado se monta sem ferramentas obrigado"],
}

NIGHT_POST = {
    "es": ["son las 3 y yo aquí mirando colchones en Colchavo, el insomnio es real"],
    "de": ["Nachtschicht vorbei, endlich ins Colchavo-Bett. Gute Nacht Welt"],
    "en": ["2am and I'm reading Colchavo reviews instead of sleeping, the irony"],
    "fr": ["3h du mat et je compare les matelas Colchavo, logique"],
    "it": ["sono le 2 e guardo i materassi di Colchavo invece di dormire lol"],
    "pt": ["3 da manhã e eu a ver colchões da Colchavo, faz sentido"],
}

NIGHT_QUESTION = {
    "es": [
        "hola, a estas horas hay alguien? el periodo de prueba cuenta desde la entrega o desde la compra?"
    ],
    "de": ["noch jemand wach? zählen die 100 Nächte ab Lieferung oder ab Kauf?"],
    "en": ["anyone there this late? does the 100-night trial start at delivery or at order?"],
    "fr": ["quelqu'un a cette heure ? les 100 nuits comptent depuis la livraison ?"],
    "it": ["c'è qualcuno a quest'ora? le 100 notti partono dalla consegna?"],
    "pt": ["está alguém a esta hora? as 100 noites contam desde a entrega?"],
}

NIGHT_ANSWER = {
    "es": ["¡Buenas noches! Desde la entrega. Que descanses 🙂"],
    "de": ["Guten Abend! Ab der Lieferung. Schlaf gut 🙂"],
    "en": ["Evening! From delivery. Sleep well 🙂"],
    "fr": ["Bonsoir ! Depuis la livraison. Bonne nuit 🙂"],
    "it": ["Buonasera! Dalla consegna. Buon riposo 🙂"],
    "pt": ["Boa noite! Desde a entrega. Bom descanso 🙂"],
}

SURVEY_WORD = {
    "es": ["genial", "", "👍"],
    "de": ["super", "", "👍"],
    "en": ["great"],
    "fr": ["parfait"],
    "it": ["ottimo"],
    "pt": ["ótimo"],
}

# Consumer problems: (key, {lang: [texts]}).
PROBLEMS: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "es": [
            "El colchón sale como ENTREGADO desde esta mañana y aquí no ha llegado nada. He pedido el día libre para esto",
            "me dicen que está entregado pero en casa no hay ningún colchón, esto es una broma?",
        ],
        "de": [
            "Die Matratze steht seit heute früh auf GELIEFERT, hier ist nichts angekommen. Ich habe extra Urlaub genommen",
            "laut App zugestellt, aber hier ist keine Matratze. Wo ist sie?",
        ],
        "en": [
            "Tracking says DELIVERED since this morning, nothing here. I took the day off for this"
        ],
        "fr": ["Le suivi dit LIVRE depuis ce matin, rien ici. J'ai pris ma journee pour ca"],
        "it": [
            "Risulta CONSEGNATO da stamattina ma qui non è arrivato niente. Ho preso ferie apposta"
        ],
        "pt": ["Diz ENTREGUE desde manhã e aqui não chegou nada. Tirei o dia para isto"],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado el colchón DOS veces, 649 € y 649 €. Devolvedme uno YA",
            "cargo duplicado en la tarjeta por el mismo pedido, me he quedado sin saldo",
        ],
        "de": [
            "Sie haben die Matratze ZWEIMAL abgebucht, 649 € und 649 €. Bitte sofort zurück",
            "doppelte Abbuchung für dieselbe Bestellung, mein Konto ist jetzt im Minus",
        ],
        "en": ["You charged me TWICE for the same mattress, £560 each time. Refund one now"],
        "fr": ["Vous m'avez debite DEUX fois le meme matelas, 649 € chaque fois"],
        "it": ["Mi avete addebitato DUE volte lo stesso materasso, 649 € ciascuna"],
        "pt": ["Cobraram-me DUAS vezes o mesmo colchão, 649 € cada"],
    },
    "damage": {
        "es": [
            "El colchón ha llegado con una mancha enorme y la funda rota. Así no lo quiero",
            "la caja venía abierta y el topper con un corte de cúter, vaya tela",
        ],
        "de": [
            "Die Matratze kam mit einem großen Fleck und aufgerissenem Bezug. So nicht",
            "karton offen, Topper mit Cuttermesser-Schnitt drin. Unmöglich",
        ],
        "en": ["Mattress arrived stained with the cover ripped. Not acceptable"],
        "fr": ["Matelas arrive tache et housse dechiree. Inacceptable"],
        "it": ["Materasso arrivato macchiato e con la fodera strappata. Inaccettabile"],
        "pt": ["O colchão chegou manchado e com a capa rasgada. Inaceitável"],
    },
    "refund": {
        "es": [
            "Devolví el colchón dentro de las 100 noches hace TRES semanas y el reembolso sigue sin llegar",
            "recogieron el colchón hace 3 semanas y del dinero ni rastro",
        ],
        "de": [
            "Ich habe die Matratze innerhalb der 100 Nächte zurückgegeben, vor DREI Wochen, und kein Geld",
            "abgeholt vor 3 Wochen, Erstattung immer noch nicht da",
        ],
        "en": ["Returned the mattress within the trial THREE weeks ago and still no refund"],
        "fr": ["Matelas rendu pendant l'essai il y a TROIS semaines, toujours pas rembourse"],
        "it": ["Ho reso il materasso durante la prova TRE settimane fa, nessun rimborso"],
        "pt": ["Devolvi o colchão no período de teste há TRÊS semanas e nada de reembolso"],
    },
    "wrong_price": {
        "es": [
            "Soy de Colchavo Plus y me habéis cobrado el precio sin descuento, 80 € de más",
            "el descuento de socio no se aplica en la app, pago como cualquiera",
        ],
        "de": [
            "Ich bin Colchavo-Plus-Mitglied und zahle trotzdem den vollen Preis, 80 € zu viel",
            "mitgliederrabatt wird in der App nicht abgezogen",
        ],
        "en": ["I'm a Colchavo Plus member and got charged the full price, £70 over"],
        "fr": ["Je suis membre Colchavo Plus et j'ai paye plein tarif, 80 € de trop"],
        "it": ["Sono socio Colchavo Plus e ho pagato prezzo pieno, 80 € in più"],
        "pt": ["Sou membro Colchavo Plus e paguei preço cheio, 80 € a mais"],
    },
    "pickup_fee": {
        "es": [
            "Me cobran 59 € de recogida por devolver el colchón en periodo de prueba, que era GRATIS",
            "la devolucion era gratis y ahora me cobrais la recogida??",
        ],
        "de": [
            "Für die Rückholung in der Probezeit werden 59 € berechnet, die war KOSTENLOS",
            "rückgabe sollte gratis sein, jetzt zahle ich die Abholung??",
        ],
        "en": ["Charged £50 to collect a return inside the trial, which was meant to be FREE"],
        "fr": ["59 € factures pour reprendre le matelas pendant l'essai, c'etait GRATUIT"],
        "it": ["Mi avete addebitato 59 € per il ritiro durante la prova, era GRATIS"],
        "pt": ["Cobraram 59 € pela recolha no período de teste, que era GRÁTIS"],
    },
}

PROBLEM_TOPIC = {
    "no_show": "Pedido entregado sin llegar / Lieferung nicht angekommen",
    "double_charge": "Cobro duplicado / Doppelte Abbuchung",
    "damage": "Colchón dañado / Beschädigte Matratze",
    "refund": "Reembolso / Erstattung",
    "wrong_price": "Precio de socio / Mitgliederpreis",
    "pickup_fee": "Cargo de recogida / Abholgebühr",
}

COMPLAINT_SUBJECT = {
    "es": "Reclamación: ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}

RE_SUBJECT = {
    "es": "RE: Incidencia CASE",
    "de": "AW: Vorgang CASE",
    "en": "Re: Your case CASE",
    "fr": "RE : Demande CASE",
    "it": "R: Segnalazione CASE",
    "pt": "RE: Pedido CASE",
}

LONG_EMAIL = {
    "es": [
        "Buenas tardes:\n\nOs escribo desde el hospital, en la sala de espera, mientras operan a mi padre de la cadera. "
        "Compramos el colchón precisamente para cuando vuelva a casa, y quería dejarlo todo listo esta semana. "
        "PROBLEM. Entiendo que hay errores, pero necesito una solución concreta y no otra respuesta automática.\n\n"
        "Soy clienta desde hace años y siempre os he recomendado.\n\nUn saludo,\nNAME",
        "Hola,\n\nperdonad el rollo. Estoy de mudanza, con dos críos y el piso lleno de cajas, y lo único que tenía "
        "claro era la cama. PROBLEM. Llevo toda la mañana con esto y ya no sé a quién llamar.\n\nGracias,\nNAME",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Zug nach Hamburg, zwischen zwei Terminen. "
        "Die Matratze war für das Gästezimmer gedacht, meine Schwiegermutter kommt am Wochenende. "
        "PROBLEM. Ich erwarte eine konkrete Lösung, keinen Textbaustein.\n\nMit freundlichen Grüßen\nNAME",
        "Hallo,\n\nentschuldigen Sie den langen Text. Wir renovieren gerade das Kinderzimmer, alles steht im Flur, "
        "und die neue Matratze war das Letzte, was fehlte. PROBLEM. Bitte melden Sie sich heute noch.\n\nDanke\nNAME",
    ],
    "en": [
        "Hello,\n\nwriting from my lunch break at the depot. PROBLEM. I need this sorted this week.\n\nThanks,\nNAME"
    ],
    "fr": [
        "Bonjour,\n\nje vous ecris depuis le bureau. PROBLEM. Merci de me repondre vite.\n\nCordialement,\nNAME"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dall'ufficio. PROBLEM. Vi prego di rispondere presto.\n\nCordiali saluti,\nNAME"
    ],
    "pt": [
        "Bom dia,\n\nescrevo-vos do trabalho. PROBLEM. Preciso de uma solução rápida.\n\nCumprimentos,\nNAME"
    ],
}

CALL_COMPLAINT = {
    "es": ["sí hola mire le llamo porque PROBLEM y nadie me dice nada ya está bien"],
    "de": ["ja guten Tag ich rufe an weil PROBLEM und keiner meldet sich das geht so nicht"],
    "en": ["yeah hi I'm calling because PROBLEM and nobody's getting back to me"],
    "fr": ["oui bonjour j'appelle parce que PROBLEM et personne ne me repond"],
    "it": ["sì buongiorno chiamo perché PROBLEM e nessuno mi risponde"],
    "pt": ["sim bom dia ligo porque PROBLEM e ninguém me responde"],
}

CASE_OPENED = {
    "es": [
        "Hola NAME, sentimos mucho lo ocurrido. Hemos abierto la incidencia CASE y te escribimos en cuanto sepamos más. Marta, Colchavo"
    ],
    "de": [
        "Hallo NAME, das tut uns sehr leid. Wir haben den Vorgang CASE angelegt und melden uns, sobald wir mehr wissen. Jonas, Colchavo"
    ],
    "en": [
        "Hi NAME, really sorry about this. We've opened case CASE and will update you as soon as we know more. Hannah, Colchavo"
    ],
    "fr": [
        "Bonjour NAME, desoles. Nous avons ouvert la demande CASE et revenons vers vous rapidement. Claire, Colchavo"
    ],
    "it": [
        "Ciao NAME, ci dispiace. Abbiamo aperto la segnalazione CASE e ti aggiorniamo appena possibile. Giulia, Colchavo"
    ],
    "pt": [
        "Olá NAME, lamentamos. Abrimos o pedido CASE e damos notícias assim que possível. Rita, Colchavo"
    ],
}

ESCALATED = {
    "es": [
        "Hola NAME, tu incidencia CASE está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Marta, Colchavo"
    ],
    "de": [
        "Hallo NAME, Ihr Vorgang CASE liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. Jonas, Colchavo"
    ],
    "en": [
        "Hi NAME, case CASE is now with our quality lead, who'll call you before Friday lunchtime. Hannah, Colchavo"
    ],
    "fr": [
        "Bonjour NAME, la demande CASE est chez notre responsable qualite, qui vous appelle avant vendredi midi. Claire"
    ],
    "it": [
        "Ciao NAME, la segnalazione CASE è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì. Giulia"
    ],
    "pt": [
        "Olá NAME, o pedido CASE está agora com a nossa responsável de qualidade, que liga antes de sexta. Rita"
    ],
}

GOOD_NEWS = {
    "es": [
        "Hola NAME, buenas noticias sobre CASE: está solucionado. ¿Nos confirmas que todo está bien? Marta, Colchavo"
    ],
    "de": [
        "Hallo NAME, gute Nachrichten zu CASE: erledigt. Können Sie kurz bestätigen, dass alles passt? Jonas, Colchavo"
    ],
    "en": [
        "Hi NAME, good news on CASE: it's sorted. Could you confirm all is well? Hannah, Colchavo"
    ],
    "fr": ["Bonjour NAME, bonne nouvelle pour CASE : c'est regle. Pouvez-vous confirmer ? Claire"],
    "it": ["Ciao NAME, buone notizie su CASE: risolto. Ci confermi che va tutto bene? Giulia"],
    "pt": ["Olá NAME, boas notícias sobre CASE: resolvido. Pode confirmar? Rita"],
}

CONFIRM = {
    "es": [
        "Confirmado lo de CASE, ya está todo bien. Gracias!",
        "todo ok con CASE, gracias por la rapidez",
    ],
    "de": ["CASE ist erledigt, alles gut. Danke!", "bestätige: CASE passt jetzt, danke"],
    "en": ["Confirmed, CASE is all fine now. Thanks!"],
    "fr": ["Confirme pour CASE, tout est bon. Merci !"],
    "it": ["Confermo per CASE, ora tutto a posto. Grazie!"],
    "pt": ["Confirmo o CASE, está tudo bem. Obrigado!"],
}

APOLOGY = {
    "es": [
        "Perdón por el tono de ayer, estaba desbordada. Gracias por la paciencia",
        "siento lo de ayer, no era con vosotros",
    ],
    "de": [
        "Sorry für meinen Ton gestern, war ein furchtbarer Tag. Danke für die Geduld",
        "entschuldigung für gestern, nicht persönlich gemeint",
    ],
    "en": ["Sorry for my tone yesterday, rough day. Thanks for your patience"],
    "fr": ["Desole pour mon ton hier, journee terrible. Merci de votre patience"],
    "it": ["Scusate per il tono di ieri, giornataccia. Grazie della pazienza"],
    "pt": ["Desculpem o tom de ontem, foi um dia péssimo. Obrigado pela paciência"],
}

LATER_CONTACT = {
    "es": [
        "Sigo igual con la incidencia CASE: PROBLEM. Sigue abierta y nadie me dice nada",
        "otra vez por lo de CASE, sigue SIN resolver",
    ],
    "de": [
        "Immer noch wegen Vorgang CASE: PROBLEM. Weiter offen, keiner meldet sich",
        "schon wieder wegen CASE, immer noch NICHT gelöst",
    ],
    "en": ["Still about case CASE: PROBLEM. Still open, nobody gets back to me"],
    "fr": ["Toujours la demande CASE : PROBLEM. Toujours ouverte, personne ne repond"],
    "it": ["Ancora per la segnalazione CASE: PROBLEM. Ancora aperta, nessuno risponde"],
    "pt": ["Ainda sobre o pedido CASE: PROBLEM. Continua aberto, ninguém responde"],
}

THIRD_LINE = {
    "es": [" Una compañera compró en COMP y se lo solucionaron en el día."],
    "de": [" Ein Kollege hat bei COMP bestellt, die klären sowas am selben Tag."],
    "en": [" A mate bought from COMP and they sorted this same day."],
    "fr": [" Une collegue a achete chez COMP, regle dans la journee."],
    "it": [" Una collega ha comprato da COMP, risolto in giornata."],
    "pt": [" Uma colega comprou na COMP e resolveram no mesmo dia."],
}

FOURTH_LINE = {
    "es": [" Es la CUARTA vez que escribo."],
    "de": [" Das ist das VIERTE Mal, dass ich schreibe."],
    "en": [" This is the FOURTH time I write."],
    "fr": [" C'est la QUATRIEME fois que j'ecris."],
    "it": [" È la QUARTA volta che scrivo."],
    "pt": [" É a QUARTA vez que escrevo."],
}

ADDED_TO_CASE = {
    "es": ["Lo he añadido a tu incidencia CASE y la he marcado urgente. Marta"],
    "de": ["Ich habe es zu Vorgang CASE hinzugefügt und als dringend markiert. Jonas"],
    "en": ["Added to your case CASE and marked urgent. Hannah"],
    "fr": ["Ajoute a votre demande CASE, marquee urgente. Claire"],
    "it": ["Aggiunto alla segnalazione CASE, segnata urgente. Giulia"],
    "pt": ["Acrescentado ao pedido CASE, marcado urgente. Rita"],
}

SLIDE = {
    "es": [
        "El repartidor llegó con tres horas de retraso y sin avisar. Bueno, pasa",
        "La funda del topper vino con un hilo suelto y la almohada huele raro",
        "Para la devolución me piden fotos de cada etiqueta, cada costura, en serio?",
        "La recogida la cambian dos veces y nadie me lo dice, he perdido dos mañanas",
        "Ahora un cargo de 35 € de 'limpieza' por un colchón que devolví con su funda. Indignante",
        "Mi cuñado compró en COMP y le va de lujo, ya he pedido el mío allí",
    ],
    "de": [
        "Lieferung drei Stunden zu spät und ohne Anruf. Naja, kann passieren",
        "Bezug vom Topper mit losem Faden, das Kissen riecht komisch",
        "Für die Rückgabe soll ich jedes Etikett und jede Naht fotografieren? Ernsthaft?",
        "Abholung zweimal verschoben ohne Bescheid, zwei Vormittage verloren",
        "Jetzt 35 € 'Reinigungsgebühr' für eine Matratze, die im Schoner zurückging. Frechheit",
        "Mein Schwager hat bei COMP bestellt und ist zufrieden, ich habe meine dort schon bestellt",
    ],
    "en": [
        "Driver three hours late, no call. Fine, happens",
        "Topper cover came with a loose seam, pillow smells odd",
        "For the return they want photos of every label and seam? Really?",
        "Collection moved twice without telling me, two mornings lost",
        "Now a £30 'cleaning fee' for a mattress returned in its protector. Outrageous",
        "My brother-in-law bought from COMP and loves it, I've ordered mine there",
    ],
    "fr": [
        "Livreur trois heures en retard sans appel. Bon, ca arrive",
        "Housse du topper avec un fil qui pend, l'oreiller sent bizarre",
        "Pour le retour il faut photographier chaque etiquette ? Serieusement ?",
        "Reprise deplacee deux fois sans prevenir, deux matinees perdues",
        "Maintenant 35 € de 'nettoyage' pour un matelas rendu sous housse. Scandaleux",
        "Mon beau-frere a achete chez COMP, j'ai commande le mien la-bas",
    ],
    "it": [
        "Corriere tre ore in ritardo senza chiamare. Vabbè, capita",
        "Fodera del topper con un filo scucito, il cuscino ha un odore strano",
        "Per il reso vogliono foto di ogni etichetta? Davvero?",
        "Ritiro spostato due volte senza avvisare, due mattine perse",
        "Adesso 35 € di 'pulizia' per un materasso reso con la fodera. Vergognoso",
        "Mio cognato ha comprato da COMP, ho già ordinato il mio lì",
    ],
    "pt": [
        "Estafeta três horas atrasado sem avisar. Pronto, acontece",
        "Capa do topper com uma costura solta, a almofada cheira estranho",
        "Para devolver pedem fotos de cada etiqueta? A sério?",
        "Recolha mudada duas vezes sem aviso, duas manhãs perdidas",
        "Agora 35 € de 'limpeza' por um colchão devolvido com capa. Vergonhoso",
        "O meu cunhado comprou na COMP e adora, já encomendei o meu lá",
    ],
}

CANCEL = {
    "es": [
        "Hola, me mudo a casa de mi pareja y ya tenemos cama. Quiero darme de baja de Colchavo Plus y cerrar la cuenta"
    ],
    "de": [
        "Hallo, ich ziehe zu meiner Freundin, Betten haben wir genug. Bitte Colchavo Plus kündigen und Konto schließen"
    ],
    "en": [
        "Hi, moving in with my partner and we've got a bed. Please cancel Colchavo Plus and close my account"
    ],
    "fr": [
        "Bonjour, j'emmenage chez mon compagnon. Je souhaite resilier Colchavo Plus et fermer mon compte"
    ],
    "it": [
        "Ciao, vado a vivere col mio compagno. Vorrei disdire Colchavo Plus e chiudere l'account"
    ],
    "pt": ["Olá, vou morar com a minha namorada. Quero cancelar o Colchavo Plus e fechar a conta"],
}

SORRY_TO_GO = {
    "es": [
        "Sentimos que te vayas, NAME. Puedes darte de baja tú mismo en la app o en la web. Marta"
    ],
    "de": [
        "Schade, dass Sie gehen, NAME. Kündigen können Sie selbst in der App oder auf der Website. Jonas"
    ],
    "en": [
        "Sorry to see you go, NAME. You can cancel yourself in the app or on the website. Hannah"
    ],
    "fr": [
        "Desoles de vous voir partir, NAME. Resiliation possible dans l'app ou sur le site. Claire"
    ],
    "it": ["Ci dispiace, NAME. Puoi disdire da solo nell'app o sul sito. Giulia"],
    "pt": ["Lamentamos, NAME. Pode cancelar na app ou no site. Rita"],
}

GRUMBLE = {
    "es": [
        "la app me cierra sesión cada vez, qué pereza",
        "el aviso de entrega llega a las 6 de la mañana, gracias eh",
        "la web tarda un siglo en cargar",
    ],
    "de": [
        "App loggt mich jedes Mal aus, nervig",
        "Lieferbenachrichtigung um 6 Uhr früh, danke auch",
        "Website lädt ewig",
    ],
    "en": ["app logs me out every single time"],
    "fr": ["l'app me deconnecte a chaque fois"],
    "it": ["l'app mi disconnette ogni volta"],
    "pt": ["a app faz logout sempre"],
}

SARCASM = {
    "es": ["Entrega 'express' a las 21:30, justo para montar la cama a oscuras 👏"],
    "de": ["'Express'-Lieferung um 21:30, perfekt zum Bettaufbau im Dunkeln 👏"],
    "en": ["'Express' delivery at 21:30, just in time to build a bed in the dark 👏"],
    "fr": ["Livraison 'express' a 21h30, parfait pour monter le lit dans le noir 👏"],
    "it": ["Consegna 'express' alle 21:30, giusto per montare il letto al buio 👏"],
    "pt": ["Entrega 'expresso' às 21:30, mesmo a tempo de montar a cama às escuras 👏"],
}

MILD = {
    "es": ["El mapa de tiendas muestra otra ciudad", "las notificaciones me llegan en inglés"],
    "de": ["Die Filialsuche zeigt die falsche Stadt", "Benachrichtigungen kommen auf Englisch"],
    "en": ["Store finder shows the wrong city"],
    "fr": ["La recherche de magasin montre une autre ville"],
    "it": ["La ricerca negozi mostra un'altra città"],
    "pt": ["O mapa de lojas mostra outra cidade"],
}

ACK = {
    "es": ["Gracias por avisar, lo pasamos al equipo. Marta"],
    "de": ["Danke für den Hinweis, ist ans Team weitergegeben. Jonas"],
    "en": ["Thanks for flagging, passed to the team. Hannah"],
    "fr": ["Merci, transmis a l'equipe. Claire"],
    "it": ["Grazie, passato al team. Giulia"],
    "pt": ["Obrigado, passámos à equipa. Rita"],
}

# The planted incident (topic_spike only).
SPIKE = {
    "es": [
        "La app dice que mi prueba de 100 noches ha CADUCADO y solo llevo 20. No me deja pedir la devolución, error CODE",
        "el boton de devolver esta gris, pone prueba terminada y el colchón llegó hace dos semanas",
        "Colchavo me dice que mi periodo de prueba se acabó?? llevo 12 noches. CODE",
    ],
    "de": [
        "Die App sagt, meine 100 Nächte sind ABGELAUFEN, nach 18 Nächten. Rückgabe geht nicht, Fehler CODE",
        "Rückgabe-Button grau, 'Probezeit beendet', die Matratze kam vor drei Wochen",
        "Probeschlafen angeblich vorbei?? Nacht 25 von 100. CODE",
    ],
    "en": [
        "App says my 100-night trial has EXPIRED after 15 nights, can't start a return, error CODE",
        "return button greyed out, says trial over, mattress came 3 weeks ago",
    ],
    "fr": [
        "L'app dit que mon essai de 100 nuits est TERMINE apres 20 nuits, retour impossible, erreur CODE"
    ],
    "it": [
        "L'app dice che la prova di 100 notti è SCADUTA dopo 14 notti, reso bloccato, errore CODE"
    ],
    "pt": [
        "A app diz que o teste de 100 noites EXPIROU ao fim de 16 noites, não deixa devolver, erro CODE"
    ],
}

SPIKE_ANSWER = {
    "es": [
        "Sí, ahora mismo la app marca todas las pruebas como terminadas por error. Nadie pierde su periodo de prueba, el equipo técnico está en ello"
    ],
    "de": [
        "Ja, die App zeigt gerade fälschlich alle Probezeiten als beendet. Niemand verliert seine 100 Nächte, die Technik arbeitet daran"
    ],
    "en": [
        "Yes, right now the app wrongly shows every trial as ended. Nobody loses their trial, engineers are on it"
    ],
    "fr": [
        "Oui, l'app affiche a tort tous les essais comme termines. Personne ne perd son essai, on s'en occupe"
    ],
    "it": [
        "Sì, l'app mostra per errore tutte le prove come scadute. Nessuno perde la prova, ci stiamo lavorando"
    ],
    "pt": [
        "Sim, a app mostra por erro todos os testes como terminados. Ninguém perde o teste, estamos a tratar"
    ],
}

SPIKE_AGAIN = {
    "es": [
        "Sigo igual, desde el móvil de mi pareja también pone CODE y prueba caducada",
        "sigue el CODE, ahora en la web tampoco deja devolver",
    ],
    "de": [
        "Immer noch CODE, auch auf dem Handy meines Mannes 'Probezeit beendet'",
        "weiterhin CODE, jetzt auch auf der Website",
    ],
    "en": ["Still CODE, on my partner's phone too"],
    "fr": ["Toujours CODE, meme sur le telephone de mon mari"],
    "it": ["Ancora CODE, anche dal telefono di mia moglie"],
    "pt": ["Continua o CODE, também no telemóvel do meu marido"],
}

SPIKE_FIXED = {
    "es": [
        "Hola NAME, la app vuelve a mostrar bien tu periodo de prueba desde las TIME. Te hemos añadido 10 € de crédito por las molestias"
    ],
    "de": [
        "Hallo NAME, die App zeigt Ihre Probezeit seit TIME wieder richtig an. Als Entschuldigung 10 € Guthaben"
    ],
    "en": [
        "Hi NAME, the app shows your trial correctly again since TIME. We've added £9 credit for the bother"
    ],
    "fr": [
        "Bonjour NAME, l'app affiche de nouveau correctement votre essai depuis TIME. 10 € de credit ajoutes"
    ],
    "it": [
        "Ciao NAME, l'app mostra di nuovo bene la tua prova dalle TIME. 10 € di credito aggiunti"
    ],
    "pt": [
        "Olá NAME, a app volta a mostrar bem o seu teste desde as TIME. 10 € de crédito adicionados"
    ],
}

LONE_QUESTION = {
    "es": [
        "Hola, en la app mi contador de noches salta de 30 a 31 dos veces en un día, es normal? todo lo demás bien"
    ],
    "de": [
        "Hallo, mein Nächte-Zähler in der App sprang heute zweimal, ist das normal? Sonst alles gut"
    ],
    "en": [
        "Hi, my nights counter in the app jumped twice today, is that normal? all fine otherwise"
    ],
    "fr": ["Bonjour, mon compteur de nuits a saute deux fois aujourd'hui, normal ?"],
    "it": ["Ciao, il contatore delle notti è saltato due volte oggi, è normale?"],
    "pt": ["Olá, o contador de noites saltou duas vezes hoje, é normal?"],
}

LONE_ANSWER = {
    "es": ["Hola, es solo la zona horaria al sincronizar, tu periodo de prueba está bien. Marta"],
    "de": ["Hallo, das ist nur die Zeitzone beim Synchronisieren, Ihre Probezeit stimmt. Jonas"],
    "en": ["Hi, just the time zone on sync, your trial is fine. Hannah"],
    "fr": ["Bonjour, juste le fuseau horaire, votre essai est correct. Claire"],
    "it": ["Ciao, è solo il fuso orario, la prova è a posto. Giulia"],
    "pt": ["Olá, é só o fuso horário, o teste está correto. Rita"],
}

# Business arm (Colchavo Hotel: hotels, hostels, residences on account).
B2B_PROBLEMS: dict[str, dict[str, list[str]]] = {
    "invoice": {
        "es": [
            "Las facturas siguen saliendo sin número de pedido y con el CIF antiguo, contabilidad no puede pagarlas",
            "otra factura sin número de pedido, imposible de contabilizar",
        ],
        "de": [
            "Die Rechnungen kommen weiter ohne Bestellnummer und mit alter Firmierung, die Buchhaltung kann nicht zahlen",
            "wieder eine Rechnung ohne Bestellnummer",
        ],
        "en": [
            "Invoices still come without a PO number and with our old company name, accounts can't pay them"
        ],
        "fr": [
            "Les factures arrivent sans numero de commande et avec l'ancien nom, la compta bloque"
        ],
        "it": ["Le fatture arrivano senza numero d'ordine e con la vecchia ragione sociale"],
        "pt": ["As faturas chegam sem número de encomenda e com o nome antigo"],
    },
    "portal": {
        "es": [
            "El portal no muestra los pedidos abiertos, no podemos programar las entregas por planta",
            "el portal sigue sin pedidos abiertos",
        ],
        "de": [
            "Das Portal zeigt keine offenen Bestellungen, wir können keine Lieferungen pro Etage planen",
            "Portal weiterhin leer",
        ],
        "en": ["The portal shows no open orders, we can't schedule deliveries per floor"],
        "fr": ["Le portail n'affiche aucune commande ouverte"],
        "it": ["Il portale non mostra ordini aperti"],
        "pt": ["O portal não mostra encomendas abertas"],
    },
    "overbilled": {
        "es": [
            "Nos facturan precio de catálogo en vez del precio de contrato por volumen, más de 600 € de diferencia",
            "sigue el precio de catálogo en la factura",
        ],
        "de": [
            "Uns wird Listenpreis statt Vertragspreis berechnet, über 600 € Unterschied",
            "immer noch Listenpreis auf der Rechnung",
        ],
        "en": [
            "We're billed list price instead of our contract volume price, over £500 difference"
        ],
        "fr": ["On nous facture le prix catalogue au lieu du prix contrat, plus de 600 € d'ecart"],
        "it": ["Ci fatturate prezzo di listino invece del prezzo di contratto, oltre 600 €"],
        "pt": ["Faturam-nos preço de catálogo em vez do preço de contrato, mais de 600 €"],
    },
    "late_batch": {
        "es": [
            "Los 40 colchones para la reapertura del hotel no han llegado y la fecha era ayer",
            "seguimos sin los 40 colchones",
        ],
        "de": [
            "Die 40 Matratzen für die Wiedereröffnung sind nicht da, Termin war gestern",
            "40 Matratzen immer noch nicht da",
        ],
        "en": ["The 40 mattresses for our reopening haven't arrived, the date was yesterday"],
        "fr": ["Les 40 matelas pour la reouverture ne sont pas arrives, c'etait hier"],
        "it": ["I 40 materassi per la riapertura non sono arrivati, la data era ieri"],
        "pt": ["Os 40 colchões para a reabertura não chegaram, era ontem"],
    },
}

B2B_LATER = {
    "es": ["Como ya escribió FIRST el DAY: CASE. PROBLEM"],
    "de": ["Wie FIRST schon am DAY geschrieben hat: CASE. PROBLEM"],
    "en": ["As FIRST already wrote on DAY: CASE. PROBLEM"],
    "fr": ["Comme FIRST l'a ecrit DAY : CASE. PROBLEM"],
    "it": ["Come ha già scritto FIRST DAY: CASE. PROBLEM"],
    "pt": ["Como o FIRST já escreveu na DAY: CASE. PROBLEM"],
}

B2B_LAST_CALL = {
    "es": [
        "sí buenos días le llamo por la incidencia CASE sigue sin arreglarse y ya han escrito varios compañeros mi jefa dice que si no se arregla esta semana cambiamos de proveedor"
    ],
    "de": [
        "ja guten Morgen wegen Vorgang CASE das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Lieferanten"
    ],
    "en": [
        "yes morning calling about case CASE still not fixed several colleagues wrote my boss says we move the account if it isn't fixed this week"
    ],
    "fr": [
        "oui bonjour pour la demande CASE toujours pas regle plusieurs collegues ont ecrit mon chef dit qu'on change de fournisseur si ce n'est pas regle cette semaine"
    ],
    "it": [
        "sì buongiorno per la segnalazione CASE ancora niente diversi colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "pt": [
        "sim bom dia pelo pedido CASE continua sem solução vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
}

B2B_SUGGEST = {
    "es": ["Sugerencia: poder exportar los pedidos por hotel en CSV nos ahorraría mucho"],
    "de": ["Vorschlag: Export der Bestellungen pro Haus als CSV wäre sehr hilfreich"],
    "en": ["Suggestion: exporting orders per property as CSV would save us time"],
    "fr": ["Suggestion : exporter les commandes par etablissement en CSV"],
    "it": ["Suggerimento: esportare gli ordini per struttura in CSV"],
    "pt": ["Sugestão: exportar encomendas por hotel em CSV"],
}

B2B_QUESTION = {
    "es": [
        "Hola, ¿podemos añadir 10 fundas a la entrega del jueves?",
        "¿el plazo para 20 toppers sigue siendo una semana?",
    ],
    "de": [
        "Hallo, können wir 10 Schoner zur Lieferung am Donnerstag dazunehmen?",
        "gilt für 20 Topper noch eine Woche Lieferzeit?",
    ],
    "en": ["Hi, can we add 10 protectors to Thursday's delivery?"],
    "fr": ["Bonjour, peut-on ajouter 10 proteges-matelas a la livraison de jeudi ?"],
    "it": ["Ciao, possiamo aggiungere 10 coprimaterassi alla consegna di giovedì?"],
    "pt": ["Olá, podemos juntar 10 protetores à entrega de quinta?"],
}

B2B_PRAISE = {
    "es": ["Los colchones de Colchavo en las 30 habitaciones nuevas: cero quejas de huéspedes"],
    "de": ["Colchavo-Matratzen in allen 30 Zimmern, keine einzige Gästebeschwerde"],
    "en": ["Colchavo mattresses in all 30 rooms, not one guest complaint"],
    "fr": ["Matelas Colchavo dans les 30 chambres, aucune plainte"],
    "it": ["Materassi Colchavo in 30 camere, nessun reclamo"],
    "pt": ["Colchões Colchavo nos 30 quartos, zero queixas"],
}

WEEKDAY = {
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

FIRST_NAMES = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Irene",
        "Pablo",
        "Nuria",
        "Álvaro",
        "Carmen",
        "Diego",
        "Elena",
        "Raúl",
    ],
    "de": [
        "Lena",
        "Matthias",
        "Sabine",
        "Jonas",
        "Katrin",
        "Felix",
        "Anja",
        "Tobias",
        "Miriam",
        "Lukas",
        "Ute",
        "Stefan",
    ],
    "en": ["Hannah", "Callum", "Siobhan", "Owen", "Grace", "Rhys"],
    "fr": ["Claire", "Mathieu", "Élodie", "Julien", "Nadia", "Hugo"],
    "it": ["Giulia", "Marco", "Chiara", "Davide", "Sara", "Luca"],
    "pt": ["Rita", "João", "Inês", "Tiago", "Marta", "Rui"],
}

SURNAMES = {
    "es": ["Torres", "Fuentes", "Navarro", "Ortega", "Molina", "Serrano", "Castro", "Rubio"],
    "de": ["Brandt", "Zimmermann", "Krüger", "Hoffmann", "Wagner", "Vogel", "Lorenz", "Peters"],
    "en": ["Walsh", "Hughes", "Murphy", "Price"],
    "fr": ["Lefevre", "Moreau", "Girard", "Roux"],
    "it": ["Rossi", "Bianchi", "Greco", "Conti"],
    "pt": ["Silva", "Costa", "Ferreira", "Sousa"],
}

MARKETS = {
    "es": ["ES"],
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "pt": ["PT"],
}

PHONE_PREFIX = {
    "ES": "+34 6",
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 7",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
    "PT": "+351 9",
}
