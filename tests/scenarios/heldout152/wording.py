"""Consumer and spike wording of heldout152 (Mappento, guided tours), by language."""

# ruff: noqa: E501

PRAISE = {
    "fr": [
        "Visite gourmande a Lyon avec Mappento hier, la guide Clémence etait geniale, on a goute 9 choses differentes !",
        "deuxieme fois avec Mappento et toujours aussi bien, le tour des passages couverts valait le coup",
        "Super balade street-art, juste le point de rdv un peu dur a trouver mais sinon top",
        "Encore une fois parfait. Mes parents ont adoré la visite du vieux port, merci Mappento",
    ],
    "es": [
        "Tour de tapas con Mappento ayer, el guia Dani un crack, volvemos seguro",
        "tercera vez que hago un tour con Mappento y otra vez genial, el de la Alhambra de noche 10/10",
        "Muy buena ruta en bici, solo que el casco me quedaba grande, por lo demas perfecto",
        "Otra vez encantados!! los niños no se aburrieron ni un minuto en la ruta de leyendas",
    ],
    "en": [
        "Did the Mappento ghost walk last night, guide was brilliant, kids still talking about it",
        "Third tour with Mappento this year and still not a dud one. Food tour was cracking",
    ],
    "de": [
        "Stadtführung mit Mappento heute, super Guide, sehr lustig und trotzdem viel gelernt",
        "Schon wieder eine tolle Radtour mit Mappento, nur der Sattel war etwas hart",
    ],
    "it": [
        "Tour del centro con Mappento, guida bravissima, consigliato",
        "seconda volta con Mappento e sempre top, grz",
    ],
    "pt": [
        "Passeio de tuk-tuk com a Mappento foi otimo, guia muito simpatico",
        "Mais uma vez adorei, obg Mappento",
    ],
}

QUESTION = {
    "fr": [
        "Bonjour, est-ce que la visite gourmande convient a une personne sans gluten ?",
        "bjr on peut venir avec une poussette pour la balade du vieux Lyon ?",
        "Le point de rdv du tour velo c'est devant la gare ou derriere ?",
    ],
    "es": [
        "Hola, el tour de tapas tiene opcion vegetariana?",
        "Se puede llevar al perro en la ruta por el casco antiguo?",
        "A que hora hay que estar en el punto de encuentro del tour en bici?",
    ],
    "en": [
        "Hi, is the food tour ok for someone with a nut allergy?",
        "can I change the name on my booking, my sister is coming instead",
    ],
    "de": [
        "Hallo, ist die Altstadtführung für Rollstuhlfahrer geeignet?",
        "Kann ich die Radtour auf Sonntag verschieben?",
    ],
    "it": ["Ciao, il tour gastronomico va bene per celiaci?", "Si puo portare il passeggino?"],
    "pt": [
        "Ola, o passeio de tuk-tuk aceita criancas de 3 anos?",
        "Posso mudar a hora da reserva?",
    ],
}

ANSWER = {
    "fr": "Bonjour, oui tout à fait, nous prévenons le guide. Bonne visite ! – l'équipe Mappento",
    "es": "Hola, sí, sin problema, avisamos al guía. ¡Que lo disfrutes! – equipo Mappento",
    "en": "Hi, yes that's fine, we've let the guide know. Enjoy! – Mappento team",
    "de": "Hallo, ja, das passt, wir geben der Guide Bescheid. Viel Spaß! – Ihr Mappento-Team",
    "it": "Ciao, sì, nessun problema, avvisiamo la guida. Buon tour! – team Mappento",
    "pt": "Olá, sim, sem problema, avisamos o guia. Bom passeio! – equipa Mappento",
}

THANKS = {
    "fr": ["merci beaucoup !", "Parfait merci"],
    "es": ["mil gracias!!", "Genial, gracias"],
    "en": ["cheers, thanks"],
    "de": ["Danke!"],
    "it": ["grazie mille"],
    "pt": ["obrigado!"],
}

NIGHT = {
    "fr": [
        "insomnie, du coup je reserve la balade des traboules pour samedi, vivement",
        "3h du mat et je regarde les visites Mappento pour nos vacances a Seville lol",
    ],
    "es": [
        "no puedo dormir asi que reservando el tour de tapas para el finde jaja",
        "saliendo del turno de noche y ya tengo el tour de Toledo reservado con Mappento",
    ],
    "en": ["can't sleep, booked the harbour walk for Saturday"],
    "de": ["Nachtschicht vorbei, Radtour für Sonntag gebucht"],
    "it": ["non riesco a dormire, prenotato il tour di Trastevere"],
    "pt": ["sem sono, reservei o passeio de Alfama para sabado"],
}

SURVEY_WORD = {
    "fr": ["top", "", "Tres bien"],
    "es": ["genial", "", "👍"],
    "en": ["great"],
    "de": ["super"],
    "it": ["ottimo"],
    "pt": ["otimo"],
}

# Six consumer problems: no_show, refund, wrong_price, cancel_fee, bike, headset.
PROBLEM = {
    "fr": {
        "no_show": "Personne au point de rdv ce matin !! 45 minutes a attendre devant la cathedrale avec mes parents, aucun guide, aucun message. Je veux etre rembourse.",
        "refund": "Visite annulee par VOUS il y a trois semaines et toujours pas de remboursement des 84 €. C'est quand ?",
        "wrong_price": "Je suis abonnee Mappento Pass et on m'a facture le plein tarif pour la visite gourmande, 30 € de trop.",
        "cancel_fee": "J'ai annule 5 jours avant et vous me prenez 25 € de frais d'annulation ?? Vos conditions disent 48h.",
        "bike": "Le velo qu'on m'a donne pour le tour avait un frein qui ne marchait pas, j'ai failli tomber dans la descente. INADMISSIBLE.",
        "headset": "Les ecouteurs de la visite etaient morts, on n'a rien entendu pendant 2 heures. On a paye pour rien.",
    },
    "es": {
        "no_show": "Nadie en el punto de encuentro!! 40 minutos esperando en la plaza con mis suegros y ni guia ni mensaje. Quiero mi dinero.",
        "refund": "Me cancelasteis el tour hace TRES semanas y sigo sin ver los 72 € de vuelta. Para cuando?",
        "wrong_price": "Tengo el Mappento Pass y me habeis cobrado el precio completo del tour de tapas, 28 € de mas",
        "cancel_fee": "Cancele con cinco dias de antelacion y me cobrais 25 € de gastos?? Vuestras condiciones dicen 48h",
        "bike": "La bici del tour tenia el freno trasero roto, casi me mato bajando la cuesta. Esto es muy grave",
        "headset": "Los auriculares del tour no funcionaban, dos horas sin oir nada al guia. Vaya estafa",
    },
    "en": {
        "no_show": "Nobody at the meeting point. 45 minutes waiting in the rain, no guide, no message. I want a refund.",
        "refund": "You cancelled our tour three weeks ago and I still haven't had the £70 back.",
        "wrong_price": "I'm a Mappento Pass member and was charged full price for the food tour, £25 too much.",
        "cancel_fee": "I cancelled five days before and got charged a £22 cancellation fee?? Your terms say 48h.",
        "bike": "The bike on the tour had a dead back brake, nearly came off on the hill. Not acceptable.",
        "headset": "The headsets were dead the whole tour, couldn't hear a word for two hours.",
    },
    "de": {
        "no_show": "Niemand am Treffpunkt! 40 Minuten im Regen gewartet, kein Guide, keine Nachricht. Ich will mein Geld zurück.",
        "refund": "Sie haben die Führung vor drei Wochen abgesagt und die 78 € sind immer noch nicht zurück.",
        "wrong_price": "Ich habe den Mappento Pass und mir wurde der volle Preis berechnet, 27 € zu viel.",
        "cancel_fee": "Fünf Tage vorher storniert und trotzdem 25 € Gebühr?? In Ihren AGB steht 48 Stunden.",
        "bike": "Beim Leihrad der Tour ging die Hinterbremse nicht, bergab fast gestürzt. Unmöglich.",
        "headset": "Die Kopfhörer waren tot, zwei Stunden nichts gehört. Geld zum Fenster raus.",
    },
    "it": {
        "no_show": "Nessuno al punto d'incontro! 40 minuti ad aspettare, nessuna guida, nessun messaggio. Voglio il rimborso.",
        "refund": "Avete annullato il tour tre settimane fa e i 75 € non sono ancora tornati.",
        "wrong_price": "Ho il Mappento Pass e mi avete fatto pagare il prezzo pieno, 26 € in piu.",
        "cancel_fee": "Ho annullato cinque giorni prima e mi addebitate 25 € di penale??",
        "bike": "La bici del tour aveva il freno rotto, quasi caduto in discesa.",
        "headset": "Le cuffie non funzionavano, due ore senza sentire niente.",
    },
    "pt": {
        "no_show": "Ninguem no ponto de encontro! 40 minutos a espera, sem guia, sem mensagem. Quero o reembolso.",
        "refund": "Cancelaram o passeio ha tres semanas e os 70 € ainda nao voltaram.",
        "wrong_price": "Tenho o Mappento Pass e cobraram-me o preco inteiro, 25 € a mais.",
        "cancel_fee": "Cancelei cinco dias antes e cobraram 25 € de taxa??",
        "bike": "A bicicleta do passeio tinha o travao avariado, quase cai na descida.",
        "headset": "Os auscultadores nao funcionavam, duas horas sem ouvir nada.",
    },
}

LONG_EMAIL = {
    "fr": "Bonjour,\n\nJe vous ecris depuis la salle d'attente du kine de ma mere, qui se remet d'une operation du genou, donc pardon si c'est decousu. Nous avions reserve cette sortie pour lui changer les idees, la premiere depuis deux mois. {problem}\n\nJe suis cliente depuis des annees et j'ai toujours recommande Mappento autour de moi, mais la je ne comprends pas.\n\nCordialement,\n{name}",
    "es": "Buenas,\n\nOs escribo desde el coche, esperando a que salgan los gemelos de natacion, asi que perdon por el desorden. Era el regalo de cumpleaños de mi madre y lo teniamos preparado desde hace un mes. {problem}\n\nLlevo años reservando con vosotros y nunca habia tenido un problema, pero esto no puede ser.\n\nUn saludo,\n{name}",
}

CASE_OPENED = {
    "fr": "Bonjour {first}, nous sommes désolés. Votre demande {case} est ouverte, nous revenons vers vous sous 48h. – Mappento",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y te respondemos en 48h. – Mappento",
    "en": "Hi {first}, we're sorry. We've opened case {case} and will come back to you within 48h. – Mappento",
    "de": "Hallo {first}, das tut uns leid. Vorgang {case} ist eröffnet, wir melden uns innerhalb von 48 Stunden. – Mappento",
    "it": "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case}, ti rispondiamo entro 48 ore. – Mappento",
    "pt": "Ola {first}, lamentamos. Abrimos o pedido {case} e respondemos em 48h. – Mappento",
}

GOOD_NEWS = {
    "fr": "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer ?",
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: ya está resuelto. ¿Nos lo confirmas?",
    "en": "Hi {first}, good news on case {case}: it's sorted on our side. Could you confirm?",
    "de": "Hallo {first}, gute Nachrichten zu Vorgang {case}: erledigt. Können Sie das bestätigen?",
    "it": "Ciao {first}, buone notizie sulla segnalazione {case}: risolto. Puoi confermare?",
    "pt": "Ola {first}, boas noticias sobre o pedido {case}: resolvido. Pode confirmar?",
}

CONFIRM = {
    "fr": [
        "C'est bon pour {case}, bien recu, merci !",
        "confirme pour la demande {case}, tout est ok merci",
    ],
    "es": [
        "Confirmado lo de {case}, ya lo tengo, gracias!",
        "todo ok con la incidencia {case}, gracias",
    ],
    "en": ["Confirmed on {case}, all good now, thanks"],
    "de": ["Bestätigt, {case} ist erledigt, danke"],
    "it": ["Confermo per {case}, tutto ok grazie"],
    "pt": ["Confirmo o pedido {case}, esta tudo ok obrigada"],
}

APOLOGY = {
    "fr": "Desolee pour mon message d'hier, j'etais a bout. Merci d'avoir repondu si vite.",
    "es": "Perdon por el tono de ayer, estaba muy quemada. Gracias por contestar tan rapido.",
    "en": "Sorry for yesterday's rant, long day. Thanks for getting back so fast.",
    "de": "Sorry für gestern, war echt genervt. Danke für die schnelle Antwort.",
    "it": "Scusate per ieri, ero nervosa. Grazie della risposta veloce.",
    "pt": "Desculpem o tom de ontem. Obrigada pela resposta rapida.",
}

STILL_OPEN = {
    "fr": [
        "Toujours rien pour la demande {case}. {problem}",
        "RE {case} : c'est toujours pas regle. Je relance.",
    ],
    "es": [
        "Sigo sin respuesta de la incidencia {case}. {problem}",
        "Otra vez escribiendo por {case}, sigue SIN resolver.",
    ],
    "en": ["Still nothing on case {case}. {problem}"],
    "de": ["Immer noch nichts zu Vorgang {case}. {problem}"],
    "it": ["Ancora niente per la segnalazione {case}. {problem}"],
    "pt": ["Continua sem resposta o pedido {case}. {problem}"],
}

THIRD = {
    "fr": "Une collegue passe par {comp} et chez eux c'est regle le jour meme.",
    "es": "Una compañera reserva con {comp} y alli lo arreglan en el dia.",
    "en": "A mate books with {comp} and they sort this the same day.",
    "de": "Eine Kollegin bucht bei {comp}, da geht sowas am selben Tag.",
    "it": "Una collega prenota con {comp} e li lo risolvono in giornata.",
    "pt": "Uma colega reserva com a {comp} e la resolvem no mesmo dia.",
}

FOURTH = {
    "fr": "C'est la QUATRIEME fois que j'ecris.",
    "es": "Es la CUARTA vez que escribo.",
    "en": "This is the FOURTH time I'm writing.",
    "de": "Das ist das VIERTE Mal.",
    "it": "E la QUARTA volta che scrivo.",
    "pt": "E a QUARTA vez que escrevo.",
}

SLIDE = {
    "fr": [
        "Guide arrive avec 20 min de retard, sans s'excuser. Bof.",
        "Visite raccourcie d'une demi-heure sans explication, et le groupe etait a 30 personnes.",
        "Plus personne ne repond au chat le week-end chez Mappento ?",
        "Prix du tour gourmand passe de 59 a 79 € en un mois, et moins de degustations.",
        "Franchement furieuse : 3e tour rate d'affilee, et on me refuse le geste commercial.",
        "Ma soeur reserve chez {comp} maintenant, j'ai pris notre prochaine visite chez eux.",
    ],
    "es": [
        "El guia llego 20 minutos tarde y ni perdon. Regular.",
        "Acortaron el tour media hora sin explicar nada y eramos 30 en el grupo.",
        "Ya nadie contesta el chat de Mappento el finde?",
        "El tour de tapas ha pasado de 49 a 69 € en un mes y con menos paradas.",
        "Harta. Tercer tour que sale mal seguido y ni un detalle.",
        "Mi cuñado reserva con {comp} y ya he cogido alli la proxima ruta.",
    ],
    "en": [
        "Guide 20 min late, no apology. Meh.",
        "Tour cut short by half an hour, group of 30.",
        "Does anyone answer the Mappento chat at weekends now?",
        "Food tour up from £45 to £62 in a month, fewer stops.",
        "Fuming. Third bad tour in a row and no goodwill gesture.",
        "My sister books with {comp} now, I've booked our next walk there.",
    ],
    "de": [
        "Guide 20 Minuten zu spät, keine Entschuldigung.",
        "Führung eine halbe Stunde gekürzt, 30 Leute in der Gruppe.",
        "Antwortet am Wochenende keiner mehr im Chat?",
        "Preis von 49 auf 69 € in einem Monat, weniger Stopps.",
        "Stinksauer. Dritte schlechte Tour in Folge.",
        "Mein Schwager bucht bei {comp}, nächste Tour hab ich dort gebucht.",
    ],
    "it": [
        "Guida in ritardo di 20 minuti, senza scuse.",
        "Tour accorciato di mezz'ora, gruppo di 30.",
        "Nessuno risponde piu in chat nel weekend?",
        "Prezzo da 49 a 69 € in un mese.",
        "Furiosa. Terzo tour andato male.",
        "Mio cognato prenota con {comp}, il prossimo l'ho preso li.",
    ],
    "pt": [
        "Guia atrasado 20 minutos, sem desculpas.",
        "Passeio encurtado meia hora, grupo de 30.",
        "Ja ninguem responde ao chat ao fim de semana?",
        "Preco de 49 para 69 € num mes.",
        "Furiosa. Terceiro passeio mau seguido.",
        "O meu cunhado reserva com a {comp}, o proximo marquei la.",
    ],
}

CANCEL = {
    "fr": "Bonjour, on quitte la ville pour la campagne et on ne fera plus de visites. Je voudrais resilier mon Mappento Pass et fermer mon compte. Merci pour tout.",
    "es": "Hola, me mudo a un pueblo y ya no voy a hacer tours. Quiero darme de baja del Mappento Pass y cerrar la cuenta. Gracias por todo.",
    "en": "Hi, we're moving abroad, please cancel my Mappento Pass and close my account.",
    "de": "Hallo, wir ziehen weg, bitte Mappento Pass kündigen und Konto schließen.",
    "it": "Ciao, mi trasferisco, vorrei disdire il Mappento Pass e chiudere l'account.",
    "pt": "Ola, vou mudar de pais, quero cancelar o Mappento Pass e fechar a conta.",
}

SORRY_GO = {
    "fr": "Bonjour {first}, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'app ou sur le site.",
    "es": "Hola {first}, sentimos que te vayas. Puedes darte de baja tú mismo en la app o la web.",
    "en": "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website.",
    "de": "Hallo {first}, schade! Sie können selbst in der App oder auf der Website kündigen.",
    "it": "Ciao {first}, ci dispiace. Puoi disdire da solo nell'app o sul sito.",
    "pt": "Ola {first}, lamentamos. Pode cancelar na app ou no site.",
}

GRUMBLE = {
    "fr": [
        "L'appli Mappento me deconnecte a chaque fois, penible",
        "Toujours pas de filtre 'accessible poussette' dans l'appli...",
    ],
    "es": [
        "La app de Mappento me cierra la sesion cada vez, que pesadez",
        "Los puntos de encuentro en el mapa siempre mal puestos",
    ],
    "en": ["App logs me out every single time"],
    "de": ["App loggt mich jedes Mal aus, nervig"],
    "it": ["L'app mi disconnette ogni volta"],
    "pt": ["A app faz logout sempre, que chatice"],
}

SARCASM = {
    "fr": "Bravo Mappento, visite 'en petit groupe' a 35 personnes, j'ai vu la nuque du guide pendant 2h 👏",
    "es": "Genial Mappento, el tour 'en grupo reducido' eramos 35, le vi la nuca al guia dos horas 👏",
    "en": "Love a 'small group' tour of 35, Mappento. Great view of the guide's back 😂",
    "de": "Super, 'Kleingruppe' mit 35 Leuten, Mappento 👏",
    "it": "Complimenti, 'piccolo gruppo' di 35 persone 👏",
    "pt": "Muito bem, 'grupo pequeno' de 35 pessoas 👏",
}

MILD = {
    "fr": "Petit bemol : la recherche de visites m'affiche Lille au lieu de Lyon, c'est un peu agacant.",
    "es": "Una cosa: el buscador de tours me sale en ingles aunque tengo la app en español.",
    "en": "Small thing: the tour search keeps showing the wrong city.",
    "de": "Kleinigkeit: die Tour-Suche zeigt die falsche Stadt.",
    "it": "Piccola cosa: la ricerca mostra la citta sbagliata.",
    "pt": "Pequena coisa: a pesquisa mostra a cidade errada.",
}

# The planted spike (topic_spike only).
SPIKE = {
    "fr": [
        "Mappento vient d'annuler notre visite de 10h pour 'alerte tempete' alors qu'il fait grand soleil ?? Erreur MTO.19-S quand je veux reprogrammer",
        "le guide est LA devant nous au point de rdv mais l'appli dit visite annulee meteo, MTO.19-S, c'est quoi ce bordel",
        "Bonjour, alerte orage sur toutes nos visites de ce matin alors que le ciel est bleu, et impossible de rebooker (MTO.19-S). On fait quoi ?",
    ],
    "es": [
        "Mappento me cancela el tour de las 10 por 'aviso de tormenta' con un sol que raja las piedras?? y al reprogramar error MTO.19-S",
        "el guia esta aqui en la plaza y la app dice cancelado por meteo MTO.19-S, no entiendo nada",
        "Hola, la app ha cancelado TODAS nuestras rutas de hoy por tormenta y hace un dia precioso, error MTO.19-S al cambiar la fecha",
    ],
    "en": [
        "Mappento just cancelled our 10am walk for a 'storm warning' under a clear blue sky, rebooking gives MTO.19-S"
    ],
    "de": [
        "Mappento sagt unsere Führung wegen 'Sturmwarnung' ab, strahlender Sonnenschein, Umbuchen: Fehler MTO.19-S"
    ],
    "it": [
        "Mappento annulla il tour per 'allerta tempesta' con il sole, e per riprenotare errore MTO.19-S"
    ],
    "pt": [
        "A Mappento cancelou o passeio por 'alerta de tempestade' com sol, e ao remarcar da erro MTO.19-S"
    ],
}

SPIKE_AGAIN = {
    "fr": "Toujours MTO.19-S, meme depuis le telephone de mon mari, et le groupe attend.",
    "es": "Sigue dando MTO.19-S, tambien desde el movil de mi pareja, y el grupo esperando",
    "en": "Still MTO.19-S from my partner's phone too, group still waiting",
    "de": "Immer noch MTO.19-S, auch vom Handy meiner Frau",
    "it": "Ancora MTO.19-S anche dal telefono di mio marito",
    "pt": "Continua MTO.19-S, tambem no telemovel do meu marido",
}

SPIKE_CHAT = {
    "fr": "Oui, une fausse alerte météo annule des visites partout en ce moment, nos équipes s'en occupent. Les guides sont bien là.",
    "es": "Sí, una falsa alerta meteorológica está cancelando tours en todas partes, el equipo está en ello. Los guías están allí.",
    "en": "Yes, a false weather alert is cancelling tours everywhere right now, our engineers are on it. Guides are there.",
    "de": "Ja, ein falscher Wetteralarm sagt gerade überall Touren ab, wir arbeiten daran.",
    "it": "Sì, un falso allarme meteo sta annullando i tour ovunque, ci stiamo lavorando.",
    "pt": "Sim, um falso alerta meteorologico esta a cancelar passeios, estamos a tratar.",
}

SPIKE_FIXED = {
    "fr": "Bonjour {first}, la fausse alerte météo est corrigée depuis 11h40, votre visite est rétablie et 10 € sont crédités.",
    "es": "Hola {first}, la falsa alerta está corregida desde las 11:40, tu tour está restablecido y te abonamos 10 €.",
    "en": "Hi {first}, the false weather alert is fixed since 10:40, your tour is back on and £9 credit added.",
    "de": "Hallo {first}, der falsche Wetteralarm ist seit 11:40 behoben, 10 € Gutschrift.",
    "it": "Ciao {first}, il falso allarme è risolto dalle 11:40, 10 € di credito.",
    "pt": "Ola {first}, o falso alerta esta corrigido desde as 10:40, 10 € de credito.",
}

LONE_Q = {
    "es": "Hola, ayer la app me mostro un icono de nube en el tour del sabado, luego desaparecio. Se hace igual manana?",
    "fr": "Bonjour, hier soir un petit nuage s'est affiche sur ma visite de samedi puis a disparu, elle a bien lieu ?",
}

LONE_A = {
    "es": "Hola, sí, el icono es solo la previsión, el tour se hace. ¡Buen finde!",
    "fr": "Bonjour, oui, l'icône n'est que la prévision, la visite a bien lieu.",
}

PRODUCTS = [
    "Food tour / Tour gastronomico",
    "Old town walk / Casco antiguo",
    "Bike tour / Ruta en bici",
    "Night legends walk / Ruta de leyendas",
    "Street-art walk / Arte urbano",
]
