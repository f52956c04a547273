"""Wording of heldout302 (Zafranto: spices and spice blends by post), written by hand."""
# ruff: noqa: E501

from __future__ import annotations

LANGS = ("fr", "es", "de", "en", "it", "pt")

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Le ras el hanout de Zafranto, une tuerie. Mon tajine n'a jamais eu ce goût.",
        "Encore une box parfaite ce mois-ci, le poivre de Kampot sent jusque dans l'entrée !",
        "Troisième commande chez Zafranto et toujours aussi frais. Les bocaux sont top.",
        "Colis arrivé en 2 jours, tout bien calé, merci Zafranto 🌶️",
    ],
    "es": [
        "El pimentón de la Vera de Zafranto es otra liga, mi paella lo agradece",
        "Otra vez la caja del mes llegó perfecta, el comino huele a gloria!!",
        "Tercer pedido y siguen igual de frescas las especias. Muy contenta con Zafranto",
        "Llegó en dos días y bien empaquetado, así da gusto 👌",
    ],
    "de": [
        "Der Kampot-Pfeffer von Zafranto ist der Hammer, riecht durch die ganze Küche.",
        "Schon wieder eine tolle Monatsbox, das Garam Masala ist richtig frisch.",
    ],
    "en": [
        "Zafranto's smoked paprika has ruined supermarket paprika for me forever.",
        "Third box in a row that arrived perfect, the sumac is gorgeous.",
    ],
    "it": [
        "Lo zafferano di Zafranto è spettacolare, il risotto è venuto da ristorante.",
        "Di nuovo una box perfetta, il curry è profumatissimo.",
    ],
    "pt": [
        "O colorau fumado da Zafranto é outra coisa, adorei.",
        "Mais uma caixa do mês perfeita, os frascos chegaram impecáveis.",
    ],
}

QUESTION: dict[str, list[str]] = {
    "fr": [
        "Bonjour, est-ce que je peux décaler ma box Club d'une semaine ? Je pars en vacances",
        "bjr, le piment d'Espelette se garde combien de temps une fois ouvert ?",
        "Bonjour, vous livrez en point relais ?",
    ],
    "es": [
        "Hola, puedo saltarme la caja del mes que viene? Me voy de viaje",
        "Buenas, el azafrán caduca? Tengo un bote de hace un año",
        "Hola! Se puede cambiar la dirección de envío para el próximo pedido?",
    ],
    "de": [
        "Hallo, kann ich meine Club-Box eine Woche später bekommen?",
        "Wie lange hält sich das Curry nach dem Öffnen?",
    ],
    "en": [
        "Hi, can I skip next month's box? Away on holiday",
        "Does the sumac need to go in the fridge once opened?",
    ],
    "it": [
        "Ciao, posso saltare la box del mese prossimo?",
        "Lo zafferano in pistilli scade? Grazie",
    ],
    "pt": [
        "Olá, posso adiar a caixa do Clube uma semana?",
        "Os frascos vão ao frigorífico depois de abertos?",
    ],
}

ANSWER: dict[str, str] = {
    "fr": "Bonjour, oui bien sûr, c'est fait depuis votre espace client. Belle journée ! {agent}",
    "es": "Hola, sí, ya está hecho desde tu cuenta. ¡Un saludo! {agent}",
    "de": "Hallo, ja, das ist erledigt. Viele Grüße, {agent}",
    "en": "Hi, yes, that's done from your account now. Best, {agent}",
    "it": "Ciao, sì, fatto dal tuo profilo. Buona giornata! {agent}",
    "pt": "Olá, sim, já ficou feito na sua conta. Cumprimentos, {agent}",
}

THANKS: dict[str, list[str]] = {
    "fr": ["Super merci !", "Parfait, merci beaucoup"],
    "es": ["Genial, gracias!", "Perfecto, mil gracias 🙂"],
    "de": ["Super, danke!"],
    "en": ["Brilliant, thanks!"],
    "it": ["Perfetto grazie!"],
    "pt": ["Obrigada, perfeito!"],
}

NIGHT: dict[str, list[str]] = {
    "fr": [
        "2h du mat et je range mes épices par ordre alphabétique. Merci Zafranto pour les bocaux",
        "Garde de nuit finie, petit dhal avec le mélange Zafranto, le bonheur",
    ],
    "es": [
        "Las 3 de la mañana y haciendo pollo al curry con las especias de Zafranto, no juzguéis",
        "Turno de noche acabado y la sopa con el comino de Zafranto me ha salvado",
    ],
    "de": ["Nachtschicht vorbei, Linsen mit Zafranto-Masala. Perfekt."],
    "en": ["3am dhal with the Zafranto garam masala. No regrets."],
    "it": ["Le 2 di notte e pasta al peperoncino Zafranto, che goduria"],
    "pt": ["Três da manhã e caril com as especiarias da Zafranto, sem arrependimentos"],
}

REVIEW: dict[str, list[str]] = {
    "fr": ["Épices fraîches, envoi rapide, je recommande.", "Très bon rapport qualité prix"],
    "es": ["Especias fresquísimas y envío rápido", "Muy buena calidad, repetiré"],
    "de": ["Frische Gewürze, schneller Versand."],
    "en": ["Fresh spices, quick delivery."],
    "it": ["Spezie freschissime, consegna veloce."],
    "pt": ["Especiarias frescas, entrega rápida."],
}

# The six consumer problems.
PROBLEMS = ("missing", "double_charge", "broken", "refund", "wrong_price", "stale")

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "fr": {
        "missing": [
            "Ma box est marquée livrée depuis mardi et je n'ai RIEN reçu. Personne n'a sonné.",
            "Colis 'livré' selon le suivi, introuvable chez moi et chez les voisins. C'est quoi ce délire",
        ],
        "double_charge": [
            "Vous m'avez prélevé DEUX fois l'abonnement Club ce mois-ci, 2 x 24,90 €. Remboursez-moi.",
            "Double prélèvement sur mon compte pour la même box, je suis à découvert à cause de vous",
        ],
        "broken": [
            "Trois bocaux cassés dans le carton, du curcuma partout, mon plan de travail est jaune.",
            "Le colis est arrivé écrasé, deux pots en verre brisés. Inadmissible.",
        ],
        "refund": [
            "J'attends mon remboursement de 31 € depuis TROIS semaines pour un colis perdu.",
            "Toujours pas remboursée pour la box annulée, ça fait trois semaines.",
        ],
        "wrong_price": [
            "Je suis membre Club et on m'a facturé le prix normal sans la remise. Pas normal.",
            "Pourquoi je paie le plein tarif alors que j'ai l'abonnement Club ??",
        ],
        "stale": [
            "Le safran que j'ai reçu n'a aucun goût et la date est dépassée de 4 mois. Sérieusement ?",
            "Cannelle sans odeur, date limite passée. Vous vendez des fonds de stock ?",
        ],
    },
    "es": {
        "missing": [
            "Pone que mi caja está ENTREGADA desde el martes y aquí no ha llegado nada",
            "El seguimiento dice entregado y no tengo nada, ni los vecinos. Qué broma es esta",
        ],
        "double_charge": [
            "Me habéis cobrado DOS veces la cuota del Club, 2 x 24,90 €. Devolvédmelo ya",
            "Cobro doble por la misma caja, me he quedado en números rojos por vuestra culpa",
        ],
        "broken": [
            "Llegaron tres botes rotos, cúrcuma por toda la caja y la encimera amarilla",
            "La caja vino aplastada y dos tarros de cristal hechos añicos. Vergonzoso",
        ],
        "refund": [
            "Llevo TRES semanas esperando el reembolso de 31 € de un pedido perdido",
            "Sigo sin ver el dinero de la caja cancelada, tres semanas ya",
        ],
        "wrong_price": [
            "Soy socia del Club y me cobrais el precio normal sin descuento. No es normal",
            "Por qué pago tarifa completa si tengo el Club??",
        ],
        "stale": [
            "El azafrán no sabe a nada y caducó hace 4 meses. En serio?",
            "Canela sin olor y caducada. Me estáis vendiendo restos?",
        ],
    },
    "de": {
        "missing": ["Box seit Dienstag als GELIEFERT markiert, hier ist nichts angekommen."],
        "double_charge": ["Club-Beitrag ZWEIMAL abgebucht, 2 x 24,90 €. Bitte sofort zurück."],
        "broken": ["Drei Gläser kaputt im Karton, überall Kurkuma. Unmöglich."],
        "refund": ["Warte seit DREI Wochen auf die Erstattung von 31 € für ein verlorenes Paket."],
        "wrong_price": ["Bin Club-Mitglied und zahle trotzdem den normalen Preis. Wieso?"],
        "stale": ["Safran schmeckt nach nichts, Haltbarkeit seit 4 Monaten abgelaufen."],
    },
    "en": {
        "missing": [
            "Tracking says my box was DELIVERED Tuesday. Nothing here, nothing at the neighbours."
        ],
        "double_charge": ["You've taken the Club fee TWICE this month, 2 x £21. Refund it please."],
        "broken": ["Three jars smashed in the box, turmeric everywhere. Not good enough."],
        "refund": ["Three weeks waiting for a £27 refund on a lost parcel."],
        "wrong_price": ["I'm a Club member and got charged full price, no discount. Why?"],
        "stale": ["The saffron tastes of nothing and it's 4 months past its date."],
    },
    "it": {
        "missing": ["Risulta CONSEGNATA da martedì ma qui non è arrivato niente."],
        "double_charge": ["Mi avete addebitato DUE volte la quota del Club, 2 x 24,90 €."],
        "broken": ["Tre vasetti rotti nel pacco, curcuma ovunque. Inaccettabile."],
        "refund": ["Aspetto da TRE settimane il rimborso di 31 € per un pacco perso."],
        "wrong_price": ["Sono socia del Club e mi avete fatto pagare il prezzo pieno."],
        "stale": ["Lo zafferano non sa di niente ed è scaduto da 4 mesi."],
    },
    "pt": {
        "missing": ["Diz ENTREGUE desde terça e não recebi nada."],
        "double_charge": ["Cobraram-me DUAS vezes a mensalidade do Clube, 2 x 24,90 €."],
        "broken": ["Três frascos partidos na caixa, açafrão-da-terra por todo o lado."],
        "refund": ["Há TRÊS semanas que espero o reembolso de 31 € de uma encomenda perdida."],
        "wrong_price": ["Sou sócia do Clube e cobraram-me o preço normal."],
        "stale": ["O açafrão não sabe a nada e está fora de prazo há 4 meses."],
    },
}

SUBJECT: dict[str, str] = {
    "fr": "Réclamation : commande",
    "es": "Reclamación: pedido",
    "de": "Beschwerde: Bestellung",
    "en": "Complaint: order",
    "it": "Reclamo: ordine",
    "pt": "Reclamação: encomenda",
}

LONG_OPEN: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, alors pardon si c'est décousu. "
        "Je suis cliente depuis deux ans, j'ai offert vos box à toute ma famille à Noël et je cuisine "
        "avec vos mélanges presque tous les soirs depuis que mon mari a repris le travail de nuit.\n\n",
        "Madame, Monsieur,\n\nNous préparons le baptême de notre petite-fille samedi et j'avais tout "
        "prévu avec vos épices, le couscous pour trente personnes, la liste, tout.\n\n",
    ],
    "es": [
        "Hola,\n\nOs escribo desde el coche mientras espero a que salga mi hijo del conservatorio. "
        "Soy clienta desde hace dos años y he recomendado Zafranto a medio barrio, así que me duele "
        "escribir esto.\n\n",
        "Buenas tardes,\n\nEste fin de semana tenemos la comunión de mi sobrino y me tocaba a mí la "
        "paella para veinte. Lo tenía todo organizado con vuestras especias.\n\n",
    ],
    "de": ["Guten Tag,\n\nich schreibe aus der Mittagspause und bin seit zwei Jahren Kundin.\n\n"],
    "en": ["Hello,\n\nI'm writing from the school car park, I've been with you two years.\n\n"],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista, sono cliente da due anni.\n\n"
    ],
    "pt": ["Bom dia,\n\nescrevo-vos do café em frente ao trabalho, sou cliente há dois anos.\n\n"],
}

LONG_CLOSE: dict[str, str] = {
    "fr": "\n\nJ'aimerais une réponse rapide, j'ai toujours été contente de vous mais là non.\n\nCordialement",
    "es": "\n\nEspero una respuesta pronto, siempre he estado contenta pero esto no.\n\nUn saludo",
    "de": "\n\nBitte um schnelle Antwort.\n\nMit freundlichen Grüßen",
    "en": "\n\nA quick answer would be appreciated.\n\nRegards",
    "it": "\n\nAttendo una risposta veloce.\n\nCordiali saluti",
    "pt": "\n\nAguardo resposta rápida.\n\nCumprimentos",
}

CASE_OPENED: dict[str, str] = {
    "fr": "Bonjour, nous sommes désolés. Votre demande {ref} est ouverte, nous revenons vers vous. {agent}",
    "es": "Hola, lo sentimos mucho. Hemos abierto la incidencia {ref} y te decimos algo pronto. {agent}",
    "de": "Hallo, das tut uns leid. Vorgang {ref} ist eröffnet, wir melden uns. {agent}",
    "en": "Hi, sorry about this. Case {ref} is open and we'll be back to you. {agent}",
    "it": "Ciao, ci dispiace. Abbiamo aperto la segnalazione {ref}, ti aggiorniamo presto. {agent}",
    "pt": "Olá, lamentamos. Abrimos o pedido {ref} e voltamos a contactar. {agent}",
}

PASSED_ON: dict[str, str] = {
    "fr": "Bonjour, votre demande {ref} est entre les mains de notre responsable qualité, qui vous appelle avant vendredi midi. {agent}",
    "es": "Hola, tu incidencia {ref} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}",
    "de": "Hallo, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}",
    "en": "Hi, case {ref} is now with our quality lead, who will call you before Friday lunchtime. {agent}",
    "it": "Ciao, la segnalazione {ref} è passata alla responsabile qualità, che ti chiama entro venerdì a pranzo. {agent}",
    "pt": "Olá, o pedido {ref} está com a nossa responsável de qualidade, que liga antes de sexta ao almoço. {agent}",
}

GOOD_NEWS: dict[str, str] = {
    "fr": "Bonne nouvelle pour la demande {ref} : c'est réglé de notre côté. Pouvez-vous nous confirmer ? {agent}",
    "es": "Buenas noticias sobre la incidencia {ref}: ya está resuelto. ¿Nos lo confirmas? {agent}",
    "de": "Gute Nachrichten zu {ref}: erledigt. Können Sie das bestätigen? {agent}",
    "en": "Good news on case {ref}: it's sorted on our side. Could you confirm? {agent}",
    "it": "Buone notizie su {ref}: risolto. Ce lo confermi? {agent}",
    "pt": "Boas notícias sobre {ref}: resolvido. Pode confirmar? {agent}",
}

CONFIRM: dict[str, list[str]] = {
    "fr": [
        "C'est bon pour {ref}, bien reçu, merci !",
        "Confirmé pour {ref}, tout est rentré dans l'ordre merci",
    ],
    "es": [
        "Confirmado lo de {ref}, todo bien, gracias!",
        "Sí, {ref} resuelto, gracias por la rapidez",
    ],
    "de": ["{ref} passt jetzt, danke!"],
    "en": ["Confirmed on {ref}, all good now, thanks"],
    "it": ["Confermo per {ref}, tutto a posto grazie"],
    "pt": ["Confirmo o {ref}, está tudo bem, obrigada"],
}

APOLOGY: dict[str, list[str]] = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci pour votre réactivité.",
        "Pardon pour le ton d'hier, vous avez été top",
    ],
    "es": [
        "Perdón por el mensaje de ayer, estaba desbordada. Gracias por arreglarlo",
        "Siento lo de ayer, se me fue la olla. Gracias!",
    ],
    "de": ["Sorry für gestern, war etwas gereizt. Danke fürs schnelle Lösen."],
    "en": ["Sorry for yesterday's rant, thanks for fixing it so fast."],
    "it": ["Scusate per ieri, ero nervosa. Grazie per aver risolto."],
    "pt": ["Desculpem a mensagem de ontem, estava nervosa. Obrigada."],
}

STILL_OPEN: dict[str, list[str]] = {
    "fr": [
        "Demande {ref} : toujours rien. Je relance, c'est toujours le même problème.",
        "Re {ref}, toujours pas réglé et personne ne me répond",
    ],
    "es": [
        "Incidencia {ref}: sigue igual, nadie me ha dicho nada",
        "Vuelvo a escribir por {ref}, sigue sin resolverse",
    ],
    "de": ["Vorgang {ref}: immer noch nicht gelöst."],
    "en": ["Case {ref}: still not sorted, still the same problem."],
    "it": ["Segnalazione {ref}: ancora niente, stesso problema."],
    "pt": ["Pedido {ref}: continua por resolver."],
}

THIRD: dict[str, str] = {
    "fr": " Troisième fois que j'écris. Une amie commande chez {comp}, eux règlent ça le jour même.",
    "es": " Es la tercera vez. Una amiga compra en {comp} y allí lo arreglan en el día.",
    "de": " Dritte Nachricht. Eine Freundin bestellt bei {comp}, da geht das am selben Tag.",
    "en": " Third time writing. A friend orders from {comp} and they sort this same day.",
    "it": " Terza volta. Un'amica ordina da {comp} e lì risolvono in giornata.",
    "pt": " Terceira vez. Uma amiga compra na {comp} e resolvem no próprio dia.",
}

FOURTH: dict[str, str] = {
    "fr": " QUATRIÈME fois. Ça suffit.",
    "es": " CUARTA vez. Ya está bien.",
    "de": " VIERTES Mal. Jetzt reichts.",
    "en": " FOURTH time. Enough.",
    "it": " QUARTA volta. Basta.",
    "pt": " QUARTA vez. Chega.",
}

URGENT: dict[str, str] = {
    "fr": "C'est ajouté à votre demande {ref}, marquée urgente. {agent}",
    "es": "Lo añado a tu incidencia {ref}, marcada como urgente. {agent}",
    "de": "Zu {ref} hinzugefügt, als dringend markiert. {agent}",
    "en": "Added to your case {ref}, marked urgent. {agent}",
    "it": "Aggiunto a {ref}, segnata come urgente. {agent}",
    "pt": "Acrescentado ao pedido {ref}, marcado urgente. {agent}",
}

SLIDE: dict[str, list[str]] = {
    "fr": [
        "Box arrivée avec 4 jours de retard, sans un mot. Bof.",
        "Le poivre de ce mois-ci sent moins qu'avant, je trouve.",
        "Plus de bocaux en verre, que des sachets plastiques maintenant ? Dommage.",
        "Deux mélanges sur cinq que je n'ai pas choisis, et impossible de les échanger.",
        "Frais de port passés de 3,90 € à 6,90 € sans prévenir. Franchement déçue.",
        "Ma voisine commande chez {comp}, j'ai pris mon safran là-bas pour Noël.",
    ],
    "es": [
        "La caja llegó 4 días tarde y sin avisar. Regular.",
        "La pimienta de este mes huele menos que antes, no sé",
        "Ya no hay tarros de cristal, solo bolsitas de plástico? Pues vaya",
        "Dos de cinco mezclas que no elegí y no me las dejan cambiar",
        "Los gastos de envío de 3,90 € a 6,90 € sin avisar. Muy decepcionada",
        "Mi vecina compra en {comp}, ya he pedido allí el azafrán para Navidad",
    ],
    "de": [
        "Box kam 4 Tage zu spät, ohne Info.",
        "Der Pfeffer riecht irgendwie schwächer als früher.",
        "Keine Gläser mehr, nur Plastiktüten? Schade.",
        "Zwei Mischungen, die ich nicht gewählt habe, Umtausch unmöglich.",
        "Versand von 3,90 € auf 6,90 € ohne Ankündigung. Enttäuscht.",
        "Meine Nachbarin bestellt bei {comp}, dort habe ich jetzt den Safran gekauft.",
    ],
    "en": [
        "Box came 4 days late, no message.",
        "This month's pepper smells weaker than it used to.",
        "No more glass jars, just plastic pouches? Shame.",
        "Two blends I never picked and no way to swap them.",
        "Postage up from £3 to £6 with no warning. Really disappointed.",
        "My neighbour uses {comp}, I've ordered my Christmas saffron there.",
    ],
    "it": [
        "Box arrivata con 4 giorni di ritardo, senza avviso.",
        "Il pepe di questo mese profuma meno di prima.",
        "Niente più vasetti di vetro, solo bustine? Peccato.",
        "Due miscele che non ho scelto e non si possono cambiare.",
        "Spedizione da 3,90 € a 6,90 € senza avvisare. Delusa.",
        "La mia vicina ordina da {comp}, lo zafferano per Natale l'ho preso lì.",
    ],
    "pt": [
        "A caixa chegou 4 dias atrasada, sem aviso.",
        "A pimenta deste mês cheira menos do que antes.",
        "Já não há frascos de vidro, só saquinhos? Pena.",
        "Duas misturas que não escolhi e não dá para trocar.",
        "Portes de 3,90 € para 6,90 € sem aviso. Desiludida.",
        "A minha vizinha compra na {comp}, já encomendei lá o açafrão.",
    ],
}

CANCEL: dict[str, list[str]] = {
    "fr": [
        "Bonjour, je déménage en colocation et je ne cuisine plus. Je veux résilier le Club Zafranto et fermer mon compte.",
        "Bonjour, j'ai trop d'épices pour trois vies, merci de résilier mon abonnement Club et de supprimer mon compte.",
    ],
    "es": [
        "Hola, me voy a vivir a una residencia con comedor. Quiero darme de baja del Club y cerrar la cuenta.",
        "Hola, tengo especias para tres vidas, quiero cancelar el Club Zafranto y cerrar mi cuenta por favor",
    ],
    "de": [
        "Hallo, ich ziehe in eine WG ohne eigene Küche. Bitte Club kündigen und Konto schließen."
    ],
    "en": ["Hi, moving into halls with a canteen. Please cancel my Club and close my account."],
    "it": ["Ciao, mi trasferisco e non cucino più. Voglio disdire il Club e chiudere l'account."],
    "pt": ["Olá, vou viver para uma residência. Quero cancelar o Clube e fechar a conta."],
}

SORRY_GO: dict[str, str] = {
    "fr": "Dommage de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site. {agent}",
    "es": "¡Qué pena! Puedes darte de baja tú misma en la app o en la web. {agent}",
    "de": "Schade! Sie können selbst in der App oder auf der Website kündigen. {agent}",
    "en": "Sorry to see you go! You can cancel yourself in the app or on the website. {agent}",
    "it": "Peccato! Puoi disdire da sola nell'app o sul sito. {agent}",
    "pt": "Pena! Pode cancelar na app ou no site. {agent}",
}

GRUMBLE: dict[str, list[str]] = {
    "fr": [
        "L'appli me déconnecte à chaque fois, pénible.",
        "Les sachets refermables ne se referment pas.",
        "Encore un SMS de relance pour la box à 7h du matin.",
    ],
    "es": [
        "La app me cierra sesión cada dos por tres, un rollo",
        "Las bolsitas con cierre no cierran",
        "Otro SMS a las 7 de la mañana recordándome la caja",
    ],
    "de": ["Die App meldet mich jedes Mal ab, nervig."],
    "en": ["The app logs me out every single time."],
    "it": ["L'app mi disconnette ogni volta, che noia."],
    "pt": ["A app desliga-me a sessão sempre, chato."],
}

MILD: dict[str, list[str]] = {
    "fr": [
        "La recherche du site ne trouve pas 'sumac' avec l'accent, petit bug.",
        "Les notifications arrivent en anglais chez moi.",
    ],
    "es": [
        "El buscador no encuentra 'cúrcuma' si lo escribo con tilde",
        "Me llegan las notificaciones en inglés",
    ],
    "de": ["Die Suche findet 'Kümmel' nicht mit Umlaut."],
    "en": ["Search doesn't find 'za'atar' with the apostrophe."],
    "it": ["Le notifiche mi arrivano in inglese."],
    "pt": ["As notificações chegam em inglês."],
}

SARCASM: dict[str, list[str]] = {
    "fr": [
        "Génial, la box 'express' arrive le jour où je pars en vacances 👏",
        "Merci pour le carton taille frigo pour un bocal de cumin 😂",
    ],
    "es": [
        "Qué bien, la caja 'exprés' llega justo el día que me voy de vacaciones 👏",
        "Gracias por la caja tamaño nevera para un bote de comino 😂",
    ],
    "de": ["Super, die Express-Box kommt genau am Urlaubstag 👏"],
    "en": ["Love the fridge-sized box for one jar of cumin 😂"],
    "it": ["Fantastico, la box express arriva il giorno che parto 👏"],
    "pt": ["Adorei a caixa do tamanho de um frigorífico para um frasco de cominhos 😂"],
}

SURVEY_WORD: dict[str, list[str]] = {
    "fr": ["Top", "", "Très bien"],
    "es": ["Genial", "", "Todo bien"],
    "de": ["Gut", ""],
    "en": ["Great", ""],
    "it": ["Ottimo", ""],
    "pt": ["Ótimo", ""],
}

LOW_WORD: dict[str, list[str]] = {
    "fr": ["Nul", "", "Décevant"],
    "es": ["Fatal", "", "Muy mal"],
    "de": ["Schlecht", ""],
    "en": ["Poor", ""],
    "it": ["Pessimo", ""],
    "pt": ["Mau", ""],
}

SPIKE: dict[str, list[str]] = {
    "fr": [
        "Impossible de payer ma commande, le paiement plante avec l'erreur {code}. Appli et site pareil.",
        "Erreur {code} au paiement, panier bloqué, je ne peux rien commander",
    ],
    "es": [
        "No puedo pagar el pedido, sale error {code} al pagar. En la app y en la web igual",
        "Error {code} al pagar, el carrito se queda colgado y no hay manera",
    ],
    "de": ["Bezahlen geht nicht, Fehler {code} in App und Web."],
    "en": ["Can't pay for my order, checkout fails with error {code}."],
    "it": ["Non riesco a pagare, errore {code} al checkout."],
    "pt": ["Não consigo pagar, dá erro {code} no pagamento."],
}

SPIKE_AGAIN: dict[str, str] = {
    "fr": "Toujours l'erreur {code}, j'ai essayé avec une autre carte, pareil.",
    "es": "Sigue el error {code}, probé con otra tarjeta y nada",
    "de": "Immer noch {code}, auch mit anderer Karte.",
    "en": "Still {code}, tried another card, same thing.",
    "it": "Ancora {code}, anche con un'altra carta.",
    "pt": "Continua o {code}, com outro cartão também.",
}

SPIKE_ANSWER: dict[str, str] = {
    "fr": "Oui, le paiement échoue pour tout le monde en ce moment, nos équipes sont dessus. {agent}",
    "es": "Sí, el pago está fallando a todo el mundo ahora mismo, lo estamos arreglando. {agent}",
    "de": "Ja, die Zahlung klappt gerade bei niemandem, wir sind dran. {agent}",
    "en": "Yes, checkout is failing for everyone right now, our engineers are on it. {agent}",
    "it": "Sì, il pagamento non funziona per nessuno ora, ci stiamo lavorando. {agent}",
    "pt": "Sim, o pagamento está a falhar para todos, estamos a resolver. {agent}",
}

WORKS_AGAIN: dict[str, str] = {
    "fr": "Le paiement refonctionne depuis 12h40. Frais de port offerts sur votre prochaine commande. {agent}",
    "es": "El pago vuelve a funcionar desde las 12:40. Te regalamos el envío del próximo pedido. {agent}",
    "de": "Die Zahlung funktioniert seit 12:40 wieder. Der nächste Versand geht auf uns. {agent}",
    "en": "Checkout works again since 11:40. Your next delivery is on us. {agent}",
    "it": "Il pagamento funziona di nuovo dalle 12:40. La prossima spedizione è gratis. {agent}",
    "pt": "O pagamento voltou a funcionar às 11:40. O próximo envio é por nossa conta. {agent}",
}

LONE_Q: dict[str, str] = {
    "fr": "Bonjour, hier soir le bouton payer est resté gris un moment puis ça a marché. Ça ira samedi ?",
    "es": "Hola, anoche el botón de pagar se quedó gris un rato y luego fue bien. Irá bien el sábado?",
}

LONE_A: dict[str, str] = {
    "fr": "Bonjour, il reste gris tant que l'adresse n'est pas validée, aucun souci. {agent}",
    "es": "Hola, se queda gris hasta validar la dirección, sin problema. {agent}",
}

B2B_PROBLEMS = ("invoice", "on_stop", "portal", "overbilled")

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "Vos factures portent encore l'ancienne raison sociale et aucun numéro de bon de commande. Notre compta les rejette.",
        "on_stop": "Notre compte est marqué 'bloqué' et les commandes sont refusées alors que tout est payé.",
        "portal": "Le portail n'affiche plus nos commandes en cours, impossible de modifier la livraison de lundi.",
        "overbilled": "On nous facture le prix public au kilo au lieu du tarif contrat.",
    },
    "es": {
        "invoice": "Las facturas siguen saliendo con la razón social antigua y sin número de pedido. Contabilidad las rechaza.",
        "on_stop": "La cuenta aparece 'bloqueada' y nos rechazan los pedidos aunque está todo pagado.",
        "portal": "El portal no muestra los pedidos abiertos, no podemos cambiar la entrega del lunes.",
        "overbilled": "Nos cobran el precio público por kilo en vez de la tarifa de contrato.",
    },
    "de": {
        "invoice": "Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer.",
        "on_stop": "Konto gesperrt, Bestellungen abgelehnt, obwohl alles bezahlt ist.",
        "portal": "Das Portal zeigt keine offenen Bestellungen mehr.",
        "overbilled": "Wir zahlen den Listenpreis statt Vertragspreis.",
    },
    "en": {
        "invoice": "Invoices still carry our old company name and no PO number.",
        "on_stop": "Account shows 'on stop' and orders get refused though we're paid up.",
        "portal": "The portal shows no open orders, we can't change Monday's delivery.",
        "overbilled": "We're billed list price per kilo instead of our contract rate.",
    },
    "it": {
        "invoice": "Le fatture hanno ancora la vecchia ragione sociale e nessun numero d'ordine.",
        "on_stop": "Account bloccato e ordini rifiutati anche se tutto è pagato.",
        "portal": "Il portale non mostra gli ordini aperti.",
        "overbilled": "Ci fatturate il prezzo di listino invece di quello da contratto.",
    },
    "pt": {
        "invoice": "As faturas continuam com o nome antigo e sem número de encomenda.",
        "on_stop": "Conta bloqueada e encomendas recusadas, apesar de tudo pago.",
        "portal": "O portal não mostra as encomendas em aberto.",
        "overbilled": "Cobram-nos o preço de tabela em vez do preço de contrato.",
    },
}

B2B_ALSO: dict[str, str] = {
    "fr": "Comme {first} vous l'a écrit {when} (demande {ref}) : ",
    "es": "Como os escribió {first} {when} (incidencia {ref}): ",
    "de": "Wie {first} schon {when} schrieb (Vorgang {ref}): ",
    "en": "As {first} wrote {when} (case {ref}): ",
    "it": "Come vi ha scritto {first} {when} (segnalazione {ref}): ",
    "pt": "Como o {first} escreveu {when} (pedido {ref}): ",
}

B2B_LAST: dict[str, str] = {
    "fr": "Demande {ref} : rien n'est réglé, plusieurs collègues vous ont écrit. Les achats ont demandé les tarifs de {comp}.",
    "es": "Incidencia {ref}: nada resuelto y ya os han escrito varios compañeros. Compras ha pedido precios a {comp}.",
    "de": "Vorgang {ref}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat bei {comp} angefragt.",
    "en": "Case {ref}: nothing fixed, several colleagues have written. Procurement has asked {comp} for rates.",
    "it": "Segnalazione {ref}: niente risolto, vi hanno scritto in tanti. Gli acquisti hanno chiesto prezzi a {comp}.",
    "pt": "Pedido {ref}: nada resolvido, vários colegas escreveram. As compras pediram preços à {comp}.",
}

B2B_SUGGEST: dict[str, str] = {
    "fr": "Suggestion : pourriez-vous indiquer l'origine et le lot sur chaque bon de livraison ?",
    "es": "Sugerencia: podríais poner origen y lote en cada albarán?",
    "de": "Vorschlag: Herkunft und Charge auf jedem Lieferschein wären hilfreich.",
    "en": "Suggestion: could delivery notes show origin and batch number?",
    "it": "Suggerimento: potreste indicare origine e lotto sulle bolle?",
    "pt": "Sugestão: podiam indicar origem e lote nas guias?",
}

B2B_Q: dict[str, str] = {
    "fr": "Bonjour, on peut ajouter 2 kg de cumin à la livraison de jeudi ?",
    "es": "Hola, se pueden añadir 2 kg de comino al envío del jueves?",
    "de": "Hallo, können wir 2 kg Kreuzkümmel zur Donnerstagslieferung dazunehmen?",
    "en": "Hi, can we add 2 kg of cumin to Thursday's delivery?",
    "it": "Ciao, possiamo aggiungere 2 kg di cumino alla consegna di giovedì?",
    "pt": "Olá, dá para juntar 2 kg de cominhos à entrega de quinta?",
}

WHEN: dict[str, str] = {
    "fr": "ce matin",
    "es": "esta mañana",
    "de": "heute Morgen",
    "en": "this morning",
    "it": "stamattina",
    "pt": "esta manhã",
}

PRODUCTS = (
    ("Club box / Caja del mes", "24.90"),
    ("Saffron 2 g / Azafrán 2 g", "12.50"),
    ("Smoked paprika 100 g / Pimentón 100 g", "5.90"),
    ("Ras el hanout 80 g", "6.40"),
    ("Kampot pepper 100 g / Pimienta Kampot", "9.80"),
)
