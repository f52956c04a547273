# ruff: noqa: E501
"""Wording of heldout272 (Ardoria: kiln-dried firewood and kindling delivered), six languages."""

from __future__ import annotations

LANGS = ("fr", "es", "de", "en", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "fr": ("FR", "BE", "CH"),
    "es": ("ES",),
    "de": ("DE", "AT", "CH"),
    "en": ("UK", "IE"),
    "it": ("IT", "CH"),
    "pt": ("PT",),
}
FIRST = {
    "fr": ("Camille", "Benoît", "Hélène", "Yannick", "Mathilde", "Gaëlle", "Rémi", "Sylvie"),
    "es": ("Lucía", "Andrés", "Nerea", "Íñigo", "Rocío", "Tomás", "Begoña", "Julián"),
    "de": ("Jörg", "Wiebke", "Henrik", "Ulla", "Till", "Svenja"),
    "en": ("Fiona", "Gareth", "Niamh", "Callum", "Imogen", "Rhys"),
    "it": ("Ilaria", "Corrado", "Nives", "Ettore", "Greta", "Dario"),
    "pt": ("Inês", "Rui", "Leonor", "Vasco", "Filipa", "Nuno"),
}
LAST = {
    "fr": ("Marchal", "Jacquot", "Lebreton", "Vautrin", "Poulain", "Castagné"),
    "es": ("Olmedo", "Zubiri", "Carrasco", "Peñalver", "Ibarra", "Quesada"),
    "de": ("Brandl", "Kessler", "Wöhrle", "Lindner", "Harms"),
    "en": ("Pryce", "Lochhead", "Dunmore", "Ashby", "Keane"),
    "it": ("Ferrandi", "Baldini", "Sartori", "Colombo", "Riva"),
    "pt": ("Sequeira", "Barros", "Meireles", "Antunes", "Vidal"),
}

PRODUCTS = ("crate of oak logs", "crate of beech logs", "kindling sack", "half crate of birch")

# The six consumer problems, as each customer would put it.
PROBLEM = {
    "no_show": {
        "fr": "la livraison est marquée livrée mais aucune caisse de bûches devant chez moi",
        "es": "el pedido sale como entregado pero no hay ninguna caja de leña en mi puerta",
        "de": "die Lieferung steht als zugestellt drin, aber hier liegt kein einziges Scheit",
        "en": "the delivery shows as done but there is no crate of logs anywhere at my house",
        "it": "la consegna risulta effettuata ma davanti a casa non c'è nessuna cassa di legna",
        "pt": "a entrega aparece como feita mas não há caixa de lenha nenhuma à minha porta",
    },
    "wet_logs": {
        "fr": "les bûches soi-disant séchées au four sont humides, elles sifflent et fument",
        "es": "la leña supuestamente secada en horno llegó húmeda, chisporrotea y echa humo",
        "de": "das angeblich kammergetrocknete Holz ist feucht, es zischt und qualmt nur",
        "en": "the so-called kiln-dried logs are damp, they hiss and smoke and won't catch",
        "it": "la legna essiccata in forno è umida, fischia e fa solo fumo",
        "pt": "a lenha dita seca em estufa veio húmida, assobia e só faz fumo",
    },
    "short_load": {
        "fr": "la caisse était à moitié vide, on est loin du mètre cube payé",
        "es": "la caja venía medio vacía, ni de lejos el metro cúbico que pagué",
        "de": "die Kiste war halb leer, von einem Kubikmeter keine Spur",
        "en": "the crate was half empty, nowhere near the cubic metre I paid for",
        "it": "la cassa era mezza vuota, altro che il metro cubo pagato",
        "pt": "a caixa vinha meio vazia, longe do metro cúbico que paguei",
    },
    "double_charge": {
        "fr": "j'ai été débité deux fois pour la même commande",
        "es": "me habéis cobrado dos veces el mismo pedido",
        "de": "mir wurde dieselbe Bestellung zweimal abgebucht",
        "en": "I have been charged twice for the same order",
        "it": "mi avete addebitato due volte lo stesso ordine",
        "pt": "cobraram-me duas vezes a mesma encomenda",
    },
    "wrong_price": {
        "fr": "je suis abonné Foyer mais on m'a facturé le prix plein",
        "es": "soy socio Hogar y me han cobrado el precio completo",
        "de": "ich bin Herd-Mitglied und habe trotzdem den vollen Preis bezahlt",
        "en": "I'm on the Hearth plan and got charged the full non-member price",
        "it": "sono socio Focolare e mi avete fatto pagare il prezzo pieno",
        "pt": "sou sócio Lareira e cobraram-me o preço cheio",
    },
    "refund": {
        "fr": "la consigne de la caisse rendue ne m'a jamais été remboursée",
        "es": "la fianza de la caja devuelta nunca me la habéis reembolsado",
        "de": "das Pfand für die zurückgegebene Kiste kam nie zurück",
        "en": "the deposit for the crate I handed back was never refunded",
        "it": "la cauzione della cassa restituita non mi è mai stata rimborsata",
        "pt": "a caução da caixa devolvida nunca me foi reembolsada",
    },
}

PRAISE = {
    "fr": (
        "Les bûches de chêne d'Ardoria brûlent comme il faut, zéro fumée. Ravi",
        "Livraison à l'heure et le livreur a tout rangé sous l'abri. Top",
        "Troisième hiver avec Ardoria, toujours du bois bien sec",
        "Super bois, juste le sac de petit bois un peu léger mais bon",
    ),
    "es": (
        "La leña de encina de Ardoria prende a la primera, un gustazo",
        "Me la dejaron apilada en el cobertizo, muy amables",
        "Tercer invierno con Ardoria y siempre bien seca",
        "Leña estupenda, solo que el saco de astillas es pequeño",
    ),
    "de": (
        "Buchenscheite von Ardoria brennen super, kaum Asche",
        "Pünktlich geliefert und ordentlich gestapelt, danke",
    ),
    "en": (
        "Ardoria's oak logs burn beautifully, the stove has never been happier",
        "Driver stacked the lot in the log store without being asked. Lovely",
    ),
    "it": (
        "La legna di faggio di Ardoria brucia benissimo, pochissima cenere",
        "Consegna puntuale e cassa sistemata in cortile, grazie",
    ),
    "pt": (
        "A lenha de azinho da Ardoria arde lindamente, recomendo",
        "Entregaram a horas e arrumaram tudo no alpendre, impecável",
    ),
}

QUESTION = {
    "fr": (
        "Bonjour, est-ce que le bouleau convient pour un poêle à granulés mixte ?",
        "Vous livrez le samedi matin dans le Jura ?",
    ),
    "es": (
        "Hola, ¿la leña de olivo sirve para horno de leña de casa?",
        "¿Se puede cambiar el día de entrega desde la app?",
    ),
    "de": ("Hallo, liefert ihr auch samstags nach Graz?",),
    "en": ("Hi, can I pause my Hearth plan over the summer?",),
    "it": ("Buongiorno, consegnate anche in montagna sopra i 1000 metri?",),
    "pt": ("Olá, posso mudar a morada de entrega na app?",),
}
ANSWER = {
    "fr": "Bonjour, oui, c'est possible, je vous ai mis le lien dans votre espace. Bonne soirée au coin du feu",
    "es": "Hola, sí, se puede, te he dejado el enlace en tu cuenta. ¡Buen fuego!",
    "de": "Hallo, ja, das geht, den Link finden Sie in Ihrem Konto. Schönen Abend am Ofen",
    "en": "Hi, yes, you can, I've put the link in your account. Enjoy the fire",
    "it": "Buongiorno, sì, si può, le ho messo il link nel suo profilo. Buon fuoco",
    "pt": "Olá, sim, é possível, deixei o link na sua conta. Bom lume",
}
THANKS = {
    "fr": ("Merci beaucoup !", "Parfait, merci"),
    "es": ("¡Mil gracias!", "Perfecto, gracias"),
    "de": ("Danke!",),
    "en": ("Cheers, thanks!",),
    "it": ("Grazie mille!",),
    "pt": ("Obrigada!",),
}
NIGHT = {
    "fr": ("Minuit, le poêle ronronne encore avec les bûches Ardoria",),
    "es": ("Las dos de la mañana y la chimenea aún con brasas, qué leña",),
    "de": ("Nachts um eins, der Ofen glüht noch, tolles Holz",),
    "en": ("1am and the stove is still glowing, proper logs these",),
    "it": ("L'una di notte e la stufa ancora calda, che legna",),
    "pt": ("Uma da manhã e a lareira ainda em brasa, que lenha",),
}
PHONE_Q = {
    "fr": "oui bonjour je voulais savoir si je peux avancer ma livraison à jeudi merci",
    "es": "hola buenas quería saber si me podéis traer la leña el jueves en vez del viernes",
    "de": "ja hallo ich wollte fragen ob die lieferung auch donnerstag gehen würde danke",
    "en": "hi there just wondering if the delivery could come thursday instead thanks",
    "it": "sì buongiorno volevo sapere se potete consegnare giovedì invece di venerdì",
    "pt": "olá boa tarde queria saber se podem entregar na quinta em vez de sexta",
}

# {p}: the problem; {r}: the case reference.
COMPLAINT = {
    "fr": (
        "C'est inadmissible : {p}. Je veux une solution aujourd'hui.",
        "Franchement déçu, {p}. Il fait 2 degrés dehors.",
    ),
    "es": (
        "Es una vergüenza: {p}. Quiero una solución hoy mismo.",
        "Estoy muy enfadada, {p}. Y con el frío que hace.",
    ),
    "de": ("Das ist eine Frechheit: {p}. Ich erwarte heute eine Lösung.",),
    "en": ("This is not on: {p}. I want it sorted today.",),
    "it": ("È inaccettabile: {p}. Voglio una soluzione oggi.",),
    "pt": ("Isto é inaceitável: {p}. Quero uma solução hoje.",),
}
LONG_EMAIL = {
    "fr": (
        "Madame, Monsieur,\n\nJe suis client chez vous depuis trois hivers et j'ai "
        "toujours recommandé Ardoria à mes voisins. Cette fois pourtant, {p}. J'ai "
        "appelé, attendu, réessayé. Nous chauffons la maison uniquement au bois.\n\n"
        "Je vous demande de régler cela sans délai.\n\nCordialement"
    ),
    "es": (
        "Buenos días:\n\nLlevo tres inviernos pidiendo leña a Ardoria y siempre he "
        "hablado bien de ustedes. Pero esta vez {p}. He llamado y he esperado. En "
        "casa solo tenemos la chimenea para calentarnos.\n\nLes pido que lo "
        "solucionen ya.\n\nUn saludo"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\nseit Jahren bestelle ich bei Ardoria. "
        "Diesmal aber: {p}. Wir heizen nur mit dem Kaminofen.\n\nBitte klären Sie "
        "das sofort.\n\nMit freundlichen Grüßen"
    ),
    "en": (
        "Dear Ardoria,\n\nI've ordered from you for years and always recommended "
        "you. This time, though, {p}. We heat the house with the stove alone.\n\n"
        "Please put this right now.\n\nRegards"
    ),
    "it": (
        "Gentili signori,\n\nsono cliente da anni e vi ho sempre consigliato. "
        "Questa volta però {p}. Ci scaldiamo solo con la stufa.\n\nVi chiedo di "
        "risolvere subito.\n\nCordiali saluti"
    ),
    "pt": (
        "Exmos. senhores,\n\nsou cliente há anos e sempre vos recomendei. Desta "
        "vez, porém, {p}. Aquecemos a casa só com a lareira.\n\nPeço que resolvam "
        "já.\n\nCumprimentos"
    ),
}
PHONE_COMPLAINT = {
    "fr": "oui bonjour alors voilà {p} et j'aimerais que quelqu'un me rappelle aujourd'hui",
    "es": "sí hola mire {p} y quiero que alguien me llame hoy",
    "de": "ja hallo also {p} und ich möchte heute noch einen rückruf",
    "en": "yeah hello so basically {p} and i want someone to call me back today",
    "it": "sì buongiorno allora {p} e vorrei essere richiamato oggi",
    "pt": "sim olá então {p} e quero que me liguem ainda hoje",
}
CASE_OPENED = {
    "fr": "Bonjour, nous sommes désolés. Votre dossier {r} est ouvert, nous revenons vers vous.",
    "es": "Hola, lo sentimos mucho. Hemos abierto la incidencia {r} y te contamos en breve.",
    "de": "Hallo, das tut uns leid. Ihr Fall {r} ist eröffnet, wir melden uns.",
    "en": "Hello, we're sorry. Your case {r} is open and we'll be back to you.",
    "it": "Buongiorno, ci dispiace. La pratica {r} è aperta, la ricontattiamo.",
    "pt": "Olá, lamentamos. O processo {r} está aberto, voltamos a contactar.",
}
QUALITY_LEAD = {
    "fr": "Bonjour, votre dossier {r} est confié à notre responsable qualité, qui vous appelle avant vendredi midi.",
    "es": "Hola, tu incidencia {r} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "de": "Hallo, Ihr Fall {r} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "en": "Hello, your case {r} is now with our quality lead, who will ring you before Friday lunchtime.",
    "it": "Buongiorno, la pratica {r} è ora in mano al nostro responsabile qualità, che la chiama entro venerdì.",
    "pt": "Olá, o processo {r} está agora com a nossa responsável de qualidade, que liga até sexta.",
}
GOOD_NEWS = {
    "fr": "Bonne nouvelle pour le dossier {r} : c'est réglé de notre côté. Pouvez-vous confirmer ?",
    "es": "Buenas noticias sobre la incidencia {r}: ya está resuelta. ¿Nos lo confirmas?",
    "de": "Gute Nachricht zu Fall {r}: erledigt. Können Sie das bestätigen?",
    "en": "Good news on case {r}: it's sorted on our side. Could you confirm?",
    "it": "Buone notizie sulla pratica {r}: risolta. Può confermare?",
    "pt": "Boas notícias sobre o processo {r}: resolvido. Pode confirmar?",
}
CONFIRM = {
    "fr": "Confirmé pour le dossier {r}, tout est en ordre, merci.",
    "es": "Confirmado lo de la incidencia {r}, todo bien, gracias.",
    "de": "Fall {r} bestätigt, alles gut, danke.",
    "en": "Confirmed on case {r}, all fine now, thanks.",
    "it": "Confermo per la pratica {r}, tutto a posto, grazie.",
    "pt": "Confirmado quanto ao processo {r}, está tudo bem, obrigado.",
}
APOLOGY = {
    "fr": "Désolé pour mon message énervé d'hier, le froid n'aide pas. Merci d'avoir réglé ça.",
    "es": "Perdón por el mensaje de ayer, estaba de los nervios. Gracias por arreglarlo.",
    "de": "Sorry für meinen Ton gestern. Danke fürs schnelle Klären.",
    "en": "Sorry for the grumpy message yesterday. Thanks for sorting it.",
    "it": "Scusate per il tono di ieri. Grazie per aver risolto.",
    "pt": "Desculpem a mensagem de ontem. Obrigado por resolverem.",
}
REPEAT = {
    "fr": (
        "Je relance pour le dossier {r} : toujours rien, {p}.",
        "Dossier {r}, encore ouvert, personne ne m'a recontacté.",
    ),
    "es": (
        "Vuelvo a escribir por la incidencia {r}: sigue igual, {p}.",
        "Incidencia {r} todavía abierta y nadie me ha llamado.",
    ),
    "de": ("Nochmal wegen Fall {r}: immer noch offen, {p}.",),
    "en": ("Chasing case {r} again: still open, {p}.",),
    "it": ("Sollecito la pratica {r}: ancora aperta, {p}.",),
    "pt": ("Volto a insistir no processo {r}: continua aberto, {p}.",),
}
THIRD = {
    "fr": "Troisième fois pour le dossier {r}. Mon beau-frère commande chez {c} et lui est livré le jour même.",
    "es": "Tercera vez con la incidencia {r}. Mi vecino pide a {c} y a él se lo arreglan en el día.",
    "de": "Dritter Versuch, Fall {r}. Mein Nachbar bestellt bei {c}, da klappt das am selben Tag.",
    "en": "Third time about case {r}. My neighbour orders from {c} and they sort it same day.",
    "it": "Terza volta per la pratica {r}. Mio cognato ordina da {c} e risolvono in giornata.",
    "pt": "Terceira vez sobre o processo {r}. O meu vizinho encomenda à {c} e resolvem no mesmo dia.",
}
FOURTH = {
    "fr": "QUATRIÈME fois pour le dossier {r}. Toujours pas réglé.",
    "es": "CUARTA vez por la incidencia {r}. Sigue sin resolverse.",
    "de": "VIERTES Mal wegen Fall {r}. Immer noch nichts.",
    "en": "FOURTH time about case {r}. Still not fixed.",
    "it": "QUARTA volta per la pratica {r}. Ancora niente.",
    "pt": "QUARTA vez sobre o processo {r}. Ainda nada.",
}
URGENT = {
    "fr": "Ajouté à votre dossier {r}, marqué urgent.",
    "es": "Añadido a tu incidencia {r}, marcada como urgente.",
    "de": "Zu Fall {r} hinzugefügt, als dringend markiert.",
    "en": "Added to your case {r}, marked urgent.",
    "it": "Aggiunto alla pratica {r}, segnata urgente.",
    "pt": "Acrescentado ao processo {r}, marcado urgente.",
}
# Six steps from fine to fed up; the last names a competitor ({c}).
SLIDE = {
    "fr": (
        "Livraison avec deux heures de retard, pas de coup de fil. Dommage.",
        "Les bûches de ce mois-ci sont plus petites et pleines d'écorce.",
        "Encore un créneau raté, j'ai attendu tout le samedi.",
        "Le bois n'est plus sec du tout, la vitre du poêle est noire.",
        "Franchement Ardoria se moque de nous, prix en hausse et bois mouillé.",
        "Ma voisine prend chez {c}, j'ai commandé là-bas pour la semaine prochaine.",
    ),
    "es": (
        "La entrega llegó dos horas tarde y sin avisar. Una pena.",
        "Los troncos de este mes son más pequeños y con mucha corteza.",
        "Otra franja de entrega perdida, todo el sábado esperando.",
        "La leña ya no viene seca, el cristal de la estufa negro.",
        "Ardoria nos toma el pelo, suben precios y la leña mojada.",
        "Mi cuñado compra a {c}, ya he pedido allí para la semana que viene.",
    ),
    "de": (
        "Lieferung zwei Stunden zu spät, ohne Anruf.",
        "Die Scheite sind diesen Monat kleiner und voller Rinde.",
        "Wieder ein Lieferfenster verpasst.",
        "Das Holz ist nicht mehr trocken, die Ofenscheibe ist schwarz.",
        "Ardoria wird immer teurer und das Holz immer nasser. Ärgerlich.",
        "Mein Schwager bestellt bei {c}, ich habe dort für nächste Woche bestellt.",
    ),
    "en": (
        "Delivery two hours late and no call. Shame.",
        "This month's logs are smaller and mostly bark.",
        "Another missed slot, whole Saturday waiting in.",
        "The wood isn't dry any more, stove glass black.",
        "Ardoria taking the mick now, prices up and wet logs.",
        "My sister gets hers from {c}, I've ordered there for next week.",
    ),
    "it": (
        "Consegna in ritardo di due ore, senza avvisare.",
        "I ciocchi di questo mese sono più piccoli e pieni di corteccia.",
        "Un'altra fascia oraria saltata.",
        "La legna non è più secca, il vetro della stufa è nero.",
        "Ardoria ci prende in giro, prezzi su e legna bagnata.",
        "Mio fratello compra da {c}, ho ordinato lì per la prossima settimana.",
    ),
    "pt": (
        "Entrega duas horas atrasada e sem aviso.",
        "Os troncos deste mês são mais pequenos e cheios de casca.",
        "Mais uma janela de entrega falhada.",
        "A lenha já não vem seca, o vidro da salamandra está negro.",
        "A Ardoria goza connosco, preços a subir e lenha molhada.",
        "O meu cunhado compra à {c}, já encomendei lá para a próxima semana.",
    ),
}
CANCEL = {
    "fr": "Bonjour, nous avons installé une pompe à chaleur. Je souhaite résilier mon abonnement Ardoria Foyer et fermer mon compte.",
    "es": "Hola, nos mudamos a un piso sin chimenea. Quiero dar de baja Ardoria Hogar y cerrar mi cuenta.",
    "de": "Hallo, wir haben jetzt eine Wärmepumpe. Bitte Ardoria Herd kündigen und mein Konto schließen.",
    "en": "Hi, we've had a heat pump fitted. Please cancel my Ardoria Hearth plan and close my account.",
    "it": "Buongiorno, ci trasferiamo in un appartamento senza stufa. Voglio disdire Ardoria Focolare e chiudere l'account.",
    "pt": "Olá, mudámos para um apartamento sem lareira. Quero cancelar a Ardoria Lareira e fechar a conta.",
}
SORRY_GO = {
    "fr": "Dommage de vous voir partir. Vous pouvez résilier vous-même dans l'app ou sur le site.",
    "es": "Qué pena que te vayas. Puedes darte de baja tú mismo en la app o en la web.",
    "de": "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website.",
    "it": "Ci dispiace vederla andare. Può disdire da solo nell'app o sul sito.",
    "pt": "Lamentamos a sua saída. Pode cancelar na app ou no site.",
}
GRUMBLE = {
    "fr": (
        "L'app me déconnecte à chaque fois, pénible.",
        "Le SMS « livraison demain » à 6h du matin, sérieusement ?",
        "Les sacs de petit bois se déchirent dans la voiture.",
    ),
    "es": (
        "La app me cierra la sesión cada vez, qué rollo.",
        "El SMS de «entrega mañana» a las 6 de la mañana, en serio...",
        "Los sacos de astillas se rompen en el coche.",
    ),
    "de": ("Die App meldet mich ständig ab.", "SMS um 6 Uhr morgens, wirklich?"),
    "en": ("App logs me out every single time.", "Delivery text at 6am, really?"),
    "it": ("L'app mi scollega ogni volta.", "SMS alle 6 del mattino, davvero?"),
    "pt": ("A app desliga-me sempre a sessão.", "SMS às 6 da manhã, a sério?"),
}
SARCASM = {
    "fr": "Génial, la caisse livrée pile sous l'averse. Merci Ardoria, le bois « séché » sera bien arrosé.",
    "es": "Genial, la caja dejada justo bajo el chaparrón. Gracias Ardoria, leña «seca» regada.",
    "de": "Super, Kiste mitten in den Regen gestellt. Danke Ardoria, schön gewässertes Trockenholz.",
    "en": "Brilliant, crate left right out in the downpour. Cheers Ardoria, nicely watered dry logs.",
    "it": "Fantastico, cassa lasciata sotto l'acquazzone. Grazie Ardoria, legna secca ben annaffiata.",
    "pt": "Ótimo, caixa deixada mesmo debaixo da chuvada. Obrigado Ardoria, lenha seca bem regada.",
}
MILD = {
    "fr": "Petite remarque : l'app pourrait afficher le créneau de livraison la veille ?",
    "es": "Una sugerencia: ¿podría la app avisar de la franja de entrega el día antes?",
    "de": "Kleiner Vorschlag: das Lieferfenster schon am Vortag in der App zeigen?",
    "en": "Small thing: could the app show the delivery slot the day before?",
    "it": "Un suggerimento: l'app potrebbe mostrare la fascia di consegna il giorno prima?",
    "pt": "Uma sugestão: a app podia mostrar a janela de entrega na véspera?",
}
# Company arm (Ardoria Pro): restaurants, hotels, bakeries on account.
B2B_PROBLEM = {
    "invoice": {
        "fr": "la facture du mois est au mauvais nom et sans numéro de bon de commande",
        "es": "la factura del mes sale a otro nombre y sin número de pedido",
        "de": "die Monatsrechnung hat den falschen Firmennamen und keine Bestellnummer",
        "en": "this month's invoice has the wrong company name and no PO number",
        "it": "la fattura del mese è intestata male e senza numero d'ordine",
        "pt": "a fatura do mês vem em nome errado e sem número de encomenda",
    },
    "wet_pallet": {
        "fr": "la palette de hêtre pour le four à pizza est humide, le four ne monte pas à 400",
        "es": "el palé de haya para el horno de pizza llegó húmedo, el horno no pasa de 300",
        "de": "die Buchenpalette für den Pizzaofen ist feucht, der Ofen kommt nicht auf Temperatur",
        "en": "the beech pallet for the pizza oven is damp, the oven won't get up to heat",
        "it": "il bancale di faggio per il forno è umido, il forno non arriva in temperatura",
        "pt": "a palete de faia para o forno de pizza veio húmida, o forno não aquece",
    },
    "missed_weekly": {
        "fr": "la livraison hebdomadaire du mardi n'est pas venue, le restaurant tourne à vide",
        "es": "el reparto semanal del martes no ha llegado y el restaurante se queda sin leña",
        "de": "die wöchentliche Dienstagslieferung kam nicht, wir haben kein Holz mehr",
        "en": "the weekly Tuesday delivery never came and we're out of wood",
        "it": "la consegna settimanale del martedì non è arrivata, siamo senza legna",
        "pt": "a entrega semanal de terça não veio, estamos sem lenha",
    },
}
B2B_COMPLAINT = {
    "fr": "Bonjour, pour le compte {a} : {p}. Merci de corriger rapidement.",
    "es": "Hola, cuenta {a}: {p}. Necesitamos que lo corrijan ya.",
    "de": "Hallo, Kundenkonto {a}: {p}. Bitte umgehend korrigieren.",
    "en": "Hello, account {a}: {p}. Please fix this quickly.",
    "it": "Buongiorno, conto {a}: {p}. Correggete al più presto per favore.",
    "pt": "Olá, conta {a}: {p}. Por favor corrijam rapidamente.",
}
B2B_FOLLOW = {
    "fr": "Je rejoins {n} qui vous a écrit {d} (dossier {r}) : {p}. C'est toujours le cas.",
    "es": "Me sumo a lo que os escribió {n} {d} (incidencia {r}): {p}. Sigue igual.",
    "de": "Wie {n} schon {d} schrieb (Fall {r}): {p}. Weiterhin so.",
    "en": "Following up on what {n} wrote {d} (case {r}): {p}. Still the case.",
    "it": "Come vi ha scritto {n} {d} (pratica {r}): {p}. Ancora così.",
    "pt": "Na sequência do que {n} escreveu {d} (processo {r}): {p}. Continua igual.",
}
B2B_LAST = {
    "fr": "dossier {r} toujours rien et plusieurs collègues vous ont écrit mon patron dit qu'on passe chez {c} si ce n'est pas réglé cette semaine",
    "es": "incidencia {r} sigue sin nada y varios compañeros os han escrito mi jefe dice que nos vamos a {c} si no se arregla esta semana",
    "de": "fall {r} immer noch nichts mehrere kollegen haben geschrieben mein chef sagt wir wechseln zu {c} wenn das diese woche nicht klappt",
    "en": "case {r} still nothing and several colleagues have written my boss says we move to {c} if it isn't fixed this week",
    "it": "pratica {r} ancora niente e diversi colleghi vi hanno scritto il mio capo dice che passiamo a {c} se non si risolve questa settimana",
    "pt": "processo {r} continua sem nada e vários colegas já escreveram o meu chefe diz que mudamos para a {c} se não se resolver esta semana",
}
SPIKE = {
    "fr": (
        "Impossible de choisir un créneau de livraison dans l'app, erreur {e}. Commande bloquée.",
        "L'app Ardoria plante au moment de valider le créneau ({e}) ??",
        "Bonjour, je ne peux pas confirmer ma commande de bûches, le créneau ne passe pas",
    ),
    "es": (
        "No puedo elegir franja de entrega en la app, sale el error {e}. Pedido bloqueado.",
        "La app de Ardoria falla al confirmar la franja ({e}), ¿qué pasa?",
        "Hola, no me deja confirmar el pedido de leña, la franja de entrega da error",
    ),
    "de": ("Lieferfenster lässt sich in der App nicht wählen, Fehler {e}.",),
    "en": ("Can't pick a delivery slot in the app, error {e}. Order stuck.",),
    "it": ("Non riesco a scegliere la fascia di consegna nell'app, errore {e}.",),
    "pt": ("Não consigo escolher a janela de entrega na app, erro {e}.",),
}
SPIKE_AGAIN = {
    "fr": "Toujours {e} sur l'app, même sur le téléphone de ma femme.",
    "es": "Sigue saliendo {e}, también en el móvil de mi marido.",
    "de": "Immer noch {e}, auch auf dem Handy meiner Frau.",
    "en": "Still {e}, on my wife's phone too.",
    "it": "Ancora {e}, anche sul telefono di mia moglie.",
    "pt": "Continua {e}, também no telemóvel da minha mulher.",
}
SPIKE_CHAT = {
    "fr": "Oui, le choix du créneau échoue pour tout le monde en ce moment, nos équipes sont dessus.",
    "es": "Sí, ahora mismo la elección de franja falla para todos, ya estamos en ello.",
    "de": "Ja, die Fensterwahl klappt gerade bei allen nicht, wir arbeiten daran.",
    "en": "Yes, slot booking is failing for everyone right now, our engineers are on it.",
    "it": "Sì, la scelta della fascia non funziona per nessuno ora, ci stiamo lavorando.",
    "pt": "Sim, a escolha da janela está a falhar para todos, estamos a tratar.",
}
SPIKE_FIXED = {
    "fr": "Le choix du créneau fonctionne à nouveau depuis {t}. Livraison offerte sur votre prochaine commande.",
    "es": "La elección de franja vuelve a funcionar desde las {t}. Te regalamos el envío del próximo pedido.",
    "de": "Die Fensterwahl funktioniert wieder seit {t}. Die nächste Lieferung ist gratis.",
    "en": "Slot booking works again since {t}. Your next delivery is on us.",
    "it": "La scelta della fascia funziona di nuovo dalle {t}. Prossima consegna gratuita.",
    "pt": "A escolha da janela funciona de novo desde as {t}. A próxima entrega é oferta.",
}
LONE_Q = {
    "fr": "Hier soir l'app affichait les créneaux en gris puis c'est revenu. Ce sera bon samedi ?",
    "es": "Anoche la app mostraba las franjas en gris y luego volvieron. ¿Irá bien el sábado?",
    "de": "Gestern Abend waren die Lieferfenster grau, dann wieder normal. Klappt das am Samstag?",
    "en": "Last night the slots showed grey for a bit then came back. Will Saturday be fine?",
    "it": "Ieri sera le fasce erano grigie poi sono tornate. Sabato andrà bene?",
    "pt": "Ontem à noite as janelas apareciam a cinzento e depois voltaram. Sábado vai correr bem?",
}
LONE_A = {
    "fr": "Oui, c'était un simple rafraîchissement, tout est normal.",
    "es": "Sí, era solo una actualización, todo normal.",
    "de": "Ja, das war nur eine Aktualisierung, alles normal.",
    "en": "Yes, that was just a refresh, all normal.",
    "it": "Sì, era solo un aggiornamento, tutto normale.",
    "pt": "Sim, foi só uma atualização, tudo normal.",
}
DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "es": ("el lunes", "el martes", "el miércoles", "el jueves", "el viernes"),
    "de": ("am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"),
    "en": ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    "pt": ("na segunda", "na terça", "na quarta", "na quinta", "na sexta"),
}
