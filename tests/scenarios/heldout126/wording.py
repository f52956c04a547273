# ruff: noqa: E501
"""Wording of heldout126 (Flamora: bottled gas delivered at home). Written from the stories."""

from __future__ import annotations

T = dict[str, list[str]]

PRODUCTS = [
    "Butane 12.5 kg / Butano 12,5 kg",
    "Propane 11 kg / Propano 11 kg",
    "Patio-heater propane 11 kg / Propano estufa 11 kg",
    "Camping cartridge pack x4 / Cartuchos camping x4",
    "BBQ propane 5 kg / Propano barbacoa 5 kg",
    "Regulator and hose kit / Kit regulador y manguera",
]
PAGES = ["/pedido", "/mis-bombonas", "/club", "/zonas", "/ayuda/seguridad", "/precios"]

PRAISE: T = {
    "es": [
        "Pedí la bombona a las 9 y a las 11 ya estaba en la cocina. El repartidor hasta me la subió al tercero sin ascensor. Gracias Flamora!",
        "tercera vez este mes que pido y otra vez puntualisimos, asi da gusto",
        "Muy contenta con Flamora, el chico de reparto súper amable, solo que la app tarda un poco en cargar los horarios",
        "Cambiar la bombona vacía por la llena sin moverme de casa en pleno invierno... no vuelvo a la gasolinera jaja",
    ],
    "en": [
        "Propane for the patio heater arrived in under two hours, driver even checked the regulator for me. Cheers Flamora",
        "third order this winter and again bang on time, lovely driver",
        "Really happy with Flamora, only gripe is the delivery text comes a bit late",
    ],
    "fr": ["Bouteille livrée en une heure, le livreur super sympa. Merci Flamora !"],
    "de": [
        "Gasflasche kam pünktlich, der Fahrer hat sie sogar in den Keller getragen. Danke Flamora!",
        "schon wieder super schnell geliefert, top",
    ],
    "it": ["Bombola arrivata in due ore, il fattorino gentilissimo. Grazie Flamora!"],
    "pt": ["Botija entregue em hora e meia, o estafeta foi impecável. Obrigada Flamora!"],
}
QUESTION: T = {
    "es": [
        "Hola, ¿el regulador de la bombona naranja vale para la de butano de 12,5?",
        "una pregunta, si no estoy en casa puedo dejar la vacia en el portal?",
        "¿Hasta qué hora puedo pedir para que llegue hoy?",
    ],
    "en": [
        "Hi, can I leave the empty cylinder by the gate if I'm out?",
        "quick one - does the patio heater cylinder fit the standard regulator?",
    ],
    "fr": ["Bonjour, je peux laisser la bouteille vide devant la porte si je suis absent ?"],
    "de": ["Hallo, kann ich die leere Flasche vor die Tür stellen wenn ich nicht da bin?"],
    "it": ["Ciao, posso lasciare la bombola vuota davanti al cancello se non ci sono?"],
    "pt": ["Olá, posso deixar a botija vazia à porta se não estiver em casa?"],
}
ANSWER: T = {
    "es": ["¡Hola! Sí, déjala en un sitio visible y el repartidor la cambia. Un saludo, {agent}"],
    "en": ["Hi! Yes, leave it somewhere visible and the driver will swap it. Best, {agent}"],
    "fr": [
        "Bonjour ! Oui, laissez-la bien visible et le livreur l'échangera. Cordialement, {agent}"
    ],
    "de": ["Hallo! Ja, gut sichtbar hinstellen, der Fahrer tauscht sie. Viele Grüße, {agent}"],
    "it": ["Ciao! Sì, lasciala in vista e il fattorino la cambia. Saluti, {agent}"],
    "pt": ["Olá! Sim, deixe-a bem visível e o estafeta troca. Cumprimentos, {agent}"],
}
THANKS: T = {
    "es": ["gracias!!", "Perfecto, muchas gracias 🙂"],
    "en": ["brilliant, thanks", "Great, thank you!"],
    "fr": ["Merci beaucoup !"],
    "de": ["Super, danke!"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Obrigado!"],
}
NIGHT: T = {
    "es": [
        "Las 3 de la mañana, turno de noche en el hospital y acabo de pedir la bombona para mañana. Qué gusto que la app funcione a estas horas"
    ],
    "en": [
        "2am and the heating's gas just ran out, ordered a cylinder for the morning in 30 seconds. Flamora you legends"
    ],
    "fr": ["Commandé une bouteille à 1h du matin, livrée demain 8h. Parfait."],
    "de": ["Nachtschicht vorbei, Gas für morgen bestellt, läuft."],
    "it": ["Ordinata la bombola alle 2 di notte, consegna domattina. Comodissimo"],
    "pt": ["Encomendei a botija às 2 da manhã, chega amanhã cedo. Top"],
}
SARCASM: T = {
    "es": ["Genial, la bombona 'urgente' llegó a las 21:50, justo para cenar frío 👏"],
    "en": [
        "Love that my 'express' cylinder turned up after I'd given up and ordered a takeaway 👏"
    ],
    "fr": ["Super, la livraison express arrivée après le dîner 👏"],
    "de": ["Toll, die Express-Flasche kam nach dem Abendessen 👏"],
    "it": ["Fantastico, la consegna express arrivata dopo cena 👏"],
    "pt": ["Ótimo, a entrega expresso chegou depois do jantar 👏"],
}
GRUMBLE: T = {
    "es": [
        "La app me cierra la sesión cada vez, qué pesadez",
        "Otra vez el SMS de 'repartidor en camino' a las 7 de la mañana un sábado",
        "El repartidor deja la vacía tirada en el rellano, no es la primera vez",
    ],
    "en": [
        "app logs me out every single time",
        "the driver texts at 7am on a Saturday, every time",
    ],
    "fr": ["L'appli me déconnecte à chaque fois, pénible"],
    "de": ["Die App loggt mich jedes Mal aus, nervig"],
    "it": ["L'app mi disconnette ogni volta, che noia"],
    "pt": ["A app termina sempre a sessão, que chatice"],
}
MILD: T = {
    "es": ["Una cosa, el mapa de zonas de reparto tarda muchísimo en cargar"],
    "en": ["small thing, the delivery-zone map takes ages to load"],
    "fr": ["Petite chose, la carte des zones met du temps à charger"],
    "de": ["Kleinigkeit: die Liefergebietskarte lädt ewig"],
    "it": ["Piccola cosa, la mappa delle zone ci mette tanto a caricare"],
    "pt": ["Uma coisa, o mapa das zonas demora imenso a carregar"],
}
MILD_ANSWER: T = {
    "es": ["Gracias por avisar, lo pasamos al equipo de la app. {agent}"],
    "en": ["Thanks for letting us know, passed to the app team. {agent}"],
    "fr": ["Merci, transmis à l'équipe de l'appli. {agent}"],
    "de": ["Danke für den Hinweis, ist ans App-Team weitergegeben. {agent}"],
    "it": ["Grazie, lo passiamo al team dell'app. {agent}"],
    "pt": ["Obrigado, passámos à equipa da app. {agent}"],
}

PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
COMPLAINT: dict[str, T] = {
    "no_show": {
        "es": [
            "La app dice ENTREGADA y aquí no ha venido nadie. Sin gas para cocinar con dos niños. Pedido {case}",
            "llevo toda la mañana esperando la bombona y pone entregada, donde esta???",
        ],
        "en": [
            "App says DELIVERED, nobody came. No gas for the boiler all day. Order {case}",
            "marked delivered at 10:12, I was home all day and no one rang",
        ],
        "fr": ["L'appli dit LIVRÉE, personne n'est venu. Commande {case}"],
        "de": ["App sagt GELIEFERT, hier war niemand. Kein Gas zum Kochen. Bestellung {case}"],
        "it": ["L'app dice CONSEGNATA ma non è venuto nessuno. Ordine {case}"],
        "pt": ["A app diz ENTREGUE e ninguém veio. Encomenda {case}"],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado la fianza de la bombona DOS veces, {amt}. Pedido {case}",
            "cobro duplicado de la fianza, y ahora el recibo de la luz rebotado",
        ],
        "en": ["You've taken the cylinder deposit TWICE, {amt}. Order {case}"],
        "fr": ["Caution de la bouteille débitée DEUX fois, {amt}. Commande {case}"],
        "de": ["Pfand ZWEIMAL abgebucht, {amt}. Bestellung {case}"],
        "it": ["Cauzione addebitata DUE volte, {amt}. Ordine {case}"],
        "pt": ["Cobraram a caução DUAS vezes, {amt}. Encomenda {case}"],
    },
    "damage": {
        "es": [
            "La bombona que me trajeron huele a gas por la válvula, la he sacado al balcón. Esto es peligroso. Pedido {case}"
        ],
        "en": [
            "The cylinder you delivered hisses at the valve, smells of gas, I've put it outside. This is dangerous. Order {case}"
        ],
        "fr": ["La bouteille livrée fuit à la valve, ça sent le gaz. Commande {case}"],
        "de": ["Die gelieferte Flasche zischt am Ventil, riecht nach Gas. Bestellung {case}"],
        "it": ["La bombola consegnata perde dalla valvola, puzza di gas. Ordine {case}"],
        "pt": ["A botija entregue está a verter pela válvula, cheira a gás. Encomenda {case}"],
    },
    "refund": {
        "es": [
            "Devolví las dos bombonas vacías hace TRES semanas y la fianza sigue sin aparecer. Pedido {case}"
        ],
        "en": ["Returned two empties three weeks ago, still no deposit back. Order {case}"],
        "fr": [
            "Bouteilles vides rendues il y a trois semaines, caution toujours pas remboursée. Commande {case}"
        ],
        "de": [
            "Leere Flaschen vor DREI Wochen zurückgegeben, Pfand immer noch nicht da. Bestellung {case}"
        ],
        "it": ["Bombole vuote restituite tre settimane fa, cauzione ancora niente. Ordine {case}"],
        "pt": ["Devolvi as vazias há três semanas e a caução nada. Encomenda {case}"],
    },
    "wrong_price": {
        "es": [
            "Soy del Club Flamora y me habéis cobrado el precio normal, {amt} de más. Pedido {case}"
        ],
        "en": ["I'm a Club member and was charged the full price, {amt} extra. Order {case}"],
        "fr": ["Membre du Club et facturé plein tarif, {amt} de trop. Commande {case}"],
        "de": ["Club-Mitglied und trotzdem Normalpreis, {amt} zu viel. Bestellung {case}"],
        "it": ["Socio Club e mi avete fatto pagare il prezzo pieno, {amt} in più. Ordine {case}"],
        "pt": ["Sou do Clube e cobraram preço normal, {amt} a mais. Encomenda {case}"],
    },
    "cancel_fee": {
        "es": [
            "Cancelé el pedido con dos días de antelación y me cobráis {amt} de 'cancelación tardía'. Pedido {case}"
        ],
        "en": ["Cancelled two days ahead and got a {amt} late-cancellation fee. Order {case}"],
        "fr": ["Annulé deux jours avant et facturé {amt} de frais. Commande {case}"],
        "de": ["Zwei Tage vorher storniert und {amt} Stornogebühr. Bestellung {case}"],
        "it": ["Annullato due giorni prima e addebitati {amt} di penale. Ordine {case}"],
        "pt": ["Cancelei com dois dias e cobraram {amt} de taxa. Encomenda {case}"],
    },
}
LONG_MAIL: T = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde el coche, a la puerta de la academia de mi hija, porque en casa no hay manera. Llevamos dos semanas con obras en el baño y mi suegra en casa recuperándose de una operación de cadera, así que entenderán que el gas no es un capricho.\n\n{complaint}\n\nHe llamado y nadie coge el teléfono. Soy cliente desde hace años y nunca me había pasado algo así. Espero una respuesta hoy.\n\nAtentamente,\n{name}"
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, weil ich sonst keine ruhige Minute habe. Wir renovieren gerade die Wohnung meiner Mutter und die Gastherme ist das Einzige, was dort funktioniert.\n\n{complaint}\n\nIch bin seit Jahren Kunde, aber so geht das nicht. Ich erwarte heute eine Antwort.\n\nMit freundlichen Grüßen\n{name}"
    ],
}
SUBJECT: T = {
    "es": ["Reclamación: pedido {case}"],
    "en": ["Complaint: order {case}"],
    "fr": ["Réclamation : commande {case}"],
    "de": ["Beschwerde: Bestellung {case}"],
    "it": ["Reclamo: ordine {case}"],
    "pt": ["Reclamação: encomenda {case}"],
}
RE_SUBJECT: dict[str, str] = {
    "es": "RE: Incidencia {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}
CASE_OPENED: T = {
    "es": [
        "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te escribimos en cuanto sepamos algo. {agent}"
    ],
    "en": [
        "Hi {first}, we're very sorry. We've opened case {case} and will be back to you as soon as we know more. {agent}"
    ],
    "fr": [
        "Bonjour {first}, désolés. Dossier {case} ouvert, nous revenons vers vous rapidement. {agent}"
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Vorgang {case} ist angelegt, wir melden uns schnellstmöglich. {agent}"
    ],
    "it": [
        "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case}, ti aggiorniamo presto. {agent}"
    ],
    "pt": [
        "Olá {first}, lamentamos. Abrimos o pedido {case} e voltamos a contactar em breve. {agent}"
    ],
}
QUALITY_LEAD: T = {
    "es": [
        "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
    ],
    "en": [
        "Hi {first}, case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "fr": [
        "Bonjour {first}, le dossier {case} est suivi par notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "de": [
        "Hallo {first}, Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}"
    ],
    "it": [
        "Ciao {first}, la segnalazione {case} è ora della nostra responsabile qualità, ti chiamerà entro venerdì a pranzo. {agent}"
    ],
    "pt": [
        "Olá {first}, o pedido {case} está com a nossa responsável de qualidade, que liga até sexta ao almoço. {agent}"
    ],
}
GOOD_NEWS: T = {
    "es": [
        "Hola {first}, buenas noticias sobre la incidencia {case}: ya está resuelto. ¿Nos lo confirmas? {agent}"
    ],
    "en": [
        "Hi {first}, good news on case {case}: it's sorted on our side. Could you confirm? {agent}"
    ],
    "fr": [
        "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ? {agent}"
    ],
    "de": [
        "Hallo {first}, gute Nachricht zu Vorgang {case}: erledigt. Können Sie das bestätigen? {agent}"
    ],
    "it": ["Ciao {first}, buone notizie sulla segnalazione {case}: risolto. Ci confermi? {agent}"],
    "pt": ["Olá {first}, boas notícias sobre o pedido {case}: resolvido. Pode confirmar? {agent}"],
}
CONFIRM: T = {
    "es": [
        "Confirmado, lo de la incidencia {case} ya está bien. Gracias!",
        "si, {case} resuelto, gracias por la rapidez",
    ],
    "en": ["Confirmed, {case} is sorted now. Thanks!"],
    "fr": ["Confirmé, {case} est réglé. Merci !"],
    "de": ["Bestätigt, {case} ist erledigt. Danke!"],
    "it": ["Confermo, {case} risolto. Grazie!"],
    "pt": ["Confirmo, {case} resolvido. Obrigado!"],
}
APOLOGY: T = {
    "es": ["Perdón por el tono de ayer, estaba desbordada. Gracias por resolverlo"],
    "en": ["Sorry for yesterday's rant, long day. Thanks for sorting it"],
    "fr": ["Désolé pour mon ton hier. Merci d'avoir réglé ça"],
    "de": ["Sorry für den Ton gestern, war ein langer Tag. Danke"],
    "it": ["Scusate per il tono di ieri. Grazie"],
    "pt": ["Desculpem o tom de ontem. Obrigado"],
}
STILL_OPEN: T = {
    "es": [
        "Sigo igual con la incidencia {case}, nadie me ha dicho nada y el problema sigue ahí",
        "Vuelvo a escribir por {case}. SIGUE sin resolverse",
    ],
    "en": [
        "Still waiting on case {case}, nothing has changed",
        "writing again about {case}, STILL not fixed",
    ],
    "fr": ["Toujours rien pour le dossier {case}, le problème est toujours là"],
    "de": ["Vorgang {case} immer noch offen, nichts passiert"],
    "it": ["Ancora niente per la segnalazione {case}, il problema resta"],
    "pt": ["Continuo à espera do pedido {case}, nada mudou"],
}
THIRD: T = {
    "es": [
        "Tercera vez que escribo por {case}. Una compañera pide a {comp} y se lo arreglan en el día"
    ],
    "en": ["Third time about {case}. I've looked at what {comp} charges, just saying"],
    "fr": [
        "Troisième fois pour {case}. Une collègue commande chez {comp}, eux règlent ça dans la journée"
    ],
    "de": [
        "Dritte Nachricht zu {case}. Ein Kollege bestellt bei {comp}, die lösen das am selben Tag"
    ],
    "it": ["Terza volta per {case}. Una collega ordina da {comp} e lì risolvono in giornata"],
    "pt": ["Terceira vez sobre {case}. Uma colega pede à {comp} e resolvem no mesmo dia"],
}
FOURTH: T = {
    "es": ["CUARTA vez por {case}. Ya está bien"],
    "en": ["FOURTH time about {case}. Enough"],
    "fr": ["QUATRIÈME fois pour {case}. Ça suffit"],
    "de": ["VIERTES Mal wegen {case}. Jetzt reichts"],
    "it": ["QUARTA volta per {case}. Basta"],
    "pt": ["QUARTA vez sobre {case}. Chega"],
}
URGENT: T = {
    "es": ["Lo añadimos a tu incidencia {case} y la marcamos urgente. {agent}"],
    "en": ["Added to your case {case} and marked urgent. {agent}"],
    "fr": ["Ajouté au dossier {case}, marqué urgent. {agent}"],
    "de": ["Zu Vorgang {case} hinzugefügt, als dringend markiert. {agent}"],
    "it": ["Aggiunto alla segnalazione {case}, segnata urgente. {agent}"],
    "pt": ["Acrescentado ao pedido {case}, marcado urgente. {agent}"],
}
SLIDE: T = {
    "es": [
        "El reparto llegó tres horas tarde y sin avisar, bueno",
        "La bombona vino sucia y con el precinto roto, raro",
        "Ahora hay que fotografiar la vacía antes de entregarla? Qué lío",
        "Fianza doble este mes y una semana para devolverla. Empiezo a estar harta",
        "Me cobran 20 € de 'recargo por planta' cuando siempre lo subían gratis. Vergonzoso",
        "Mi cuñado pide a {comp} y ya le he dicho que me pida a mí también el sábado",
    ],
    "en": [
        "Delivery three hours late, no text. Hmm",
        "Cylinder came grubby with a broken seal, odd",
        "Now I have to photograph the empty before handover? Bit much",
        "Double deposit this month and a week to get it back. Getting fed up",
        "£18 'stairs surcharge' when they always carried it up for free. Disgraceful",
        "My brother-in-law gets his gas from {comp}, booked mine there for Saturday",
    ],
    "fr": [
        "Livraison trois heures en retard, sans prévenir",
        "Bouteille sale, scellé cassé, bizarre",
        "Il faut photographier la bouteille vide maintenant ? Compliqué",
        "Caution doublée et une semaine pour la récupérer, j'en ai marre",
        "20 € de 'supplément étage', honteux",
        "Mon beau-frère commande chez {comp}, j'ai commandé là-bas pour samedi",
    ],
    "de": [
        "Lieferung drei Stunden zu spät, ohne Info",
        "Flasche dreckig, Siegel kaputt, komisch",
        "Jetzt muss man die leere Flasche fotografieren? Umständlich",
        "Doppeltes Pfand und eine Woche bis zur Rückzahlung. Reicht langsam",
        "20 € 'Etagenzuschlag', unverschämt",
        "Mein Schwager bestellt bei {comp}, hab für Samstag dort bestellt",
    ],
    "it": [
        "Consegna tre ore in ritardo, senza avviso",
        "Bombola sporca, sigillo rotto, strano",
        "Ora bisogna fotografare la vuota? Che complicazione",
        "Cauzione doppia e una settimana per riaverla, sono stufa",
        "20 € di 'supplemento piano', vergognoso",
        "Mio cognato ordina da {comp}, ho ordinato lì per sabato",
    ],
    "pt": [
        "Entrega três horas atrasada, sem aviso",
        "Botija suja e selo partido, estranho",
        "Agora tenho de fotografar a vazia? Complicado",
        "Caução a dobrar e uma semana para devolver, estou farta",
        "20 € de 'taxa de andar', vergonhoso",
        "O meu cunhado pede à {comp}, encomendei lá para sábado",
    ],
}
LEAVE: T = {
    "es": [
        "Hola, nos hemos pasado a la vitrocerámica y ya no necesito gas. Quiero darme de baja del Club Flamora y cerrar la cuenta, por favor.",
        "Nos mudamos a un piso con gas natural. Por favor cancelad mi Club y cerrad la cuenta.",
    ],
    "en": [
        "Hi, we've gone all-electric with a heat pump, so please cancel my Flamora Club and close the account."
    ],
    "fr": [
        "Bonjour, nous passons à l'électrique. Merci d'annuler mon Club Flamora et de fermer le compte."
    ],
    "de": ["Hallo, wir sind auf Wärmepumpe umgestiegen. Bitte Club kündigen und Konto schließen."],
    "it": ["Ciao, siamo passati all'induzione. Vi chiedo di disdire il Club e chiudere l'account."],
    "pt": ["Olá, mudámos para elétrico. Cancelem o Clube e fechem a conta, por favor."],
}
SORRY_GO: T = {
    "es": [
        "Sentimos que te vayas, {first}. Puedes darte de baja tú mismo en la app o en la web, en Mi cuenta. {agent}"
    ],
    "en": [
        "Sorry to see you go, {first}. You can cancel yourself in the app or on the website under My account. {agent}"
    ],
    "fr": [
        "Désolés de vous voir partir. Résiliation dans l'appli ou sur le site, Mon compte. {agent}"
    ],
    "de": [
        "Schade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website unter Mein Konto. {agent}"
    ],
    "it": ["Ci dispiace. Puoi disdire nell'app o sul sito, Il mio account. {agent}"],
    "pt": ["Lamentamos. Pode cancelar na app ou no site, A minha conta. {agent}"],
}
SURVEY_WORD: T = {
    "es": ["", "muy bien", "👍", "rapidísimos"],
    "en": ["", "great", "👍"],
    "fr": ["", "parfait"],
    "de": ["", "top"],
    "it": ["", "ottimo"],
    "pt": ["", "ótimo"],
}
LOW_WORD: T = {
    "es": ["", "fatal", "nadie responde"],
    "en": ["", "awful", "still waiting"],
    "fr": ["", "nul"],
    "de": ["", "schlecht"],
    "it": ["", "pessimo"],
    "pt": ["", "péssimo"],
}
CALL_HAPPY: T = {
    "es": ["hola llamaba para preguntar si el sabado reparten en mi zona es que tengo barbacoa"],
    "en": ["hi yeah just calling to check you deliver on saturdays to my postcode"],
    "fr": ["bonjour je voulais savoir si vous livrez le samedi"],
    "de": ["hallo ich wollte fragen ob Sie samstags liefern"],
    "it": ["buongiorno volevo sapere se consegnate il sabato"],
    "pt": ["olá queria saber se entregam ao sábado"],
}

# The planted spike: the app's Club stamp card wiped to zero.
SPIKE: T = {
    "es": [
        "La app dice que tengo 0 sellos en el Club y ayer tenía 9!! y el vale de bombona gratis ha desaparecido. Sale error LY58-Z",
        "Alguien más con la tarjeta de sellos a CERO? me sale LY58-Z al abrir el Club",
        "Flamora mi tarjeta de sellos se ha reseteado a 0 esta mañana, error LY58-Z, y tenía la bombona gratis pendiente",
        "hola, en la app el Club pone 0 sellos y el cupon de la gratis no aparece, codigo LY58-Z",
    ],
    "en": [
        "My Flamora Club stamp card has gone to ZERO, I had 8 stamps and a free cylinder waiting. Error LY58-Z",
        "club card says 0 stamps this morning?? error LY58-Z, free cylinder voucher gone",
    ],
    "fr": [
        "Ma carte de fidélité Club affiche 0 tampon ce matin, erreur LY58-Z, et le bon de bouteille gratuite a disparu"
    ],
    "de": [
        "Meine Club-Stempelkarte steht heute früh auf 0, Fehler LY58-Z, der Gutschein für die Gratisflasche ist weg",
        "stempelkarte auf NULL, gestern 7 stempel, fehler LY58-Z",
    ],
    "it": [
        "La tessera timbri del Club è a zero stamattina, errore LY58-Z, sparito il buono bombola gratis"
    ],
    "pt": [
        "O cartão de carimbos do Clube está a zero esta manhã, erro LY58-Z, e o vale da botija grátis desapareceu"
    ],
}
SPIKE_AGAIN: T = {
    "es": ["Sigue en 0 y ahora también en la web, LY58-Z otra vez"],
    "en": ["Still zero, tried on the website too, same LY58-Z"],
    "fr": ["Toujours 0, sur le site aussi, LY58-Z"],
    "de": ["Immer noch 0, auch auf der Website, wieder LY58-Z"],
    "it": ["Ancora zero, anche dal sito, di nuovo LY58-Z"],
    "pt": ["Continua a zero, no site também, LY58-Z outra vez"],
}
SPIKE_CHAT: T = {
    "es": [
        "Sí, las tarjetas del Club aparecen a cero ahora mismo para todos, el equipo ya está en ello. No se pierde ningún sello. {agent}"
    ],
    "en": [
        "Yes, Club cards are showing zero for everyone right now, our engineers are on it. No stamps are lost. {agent}"
    ],
    "fr": [
        "Oui, les cartes Club affichent zéro pour tout le monde, nos équipes sont dessus. {agent}"
    ],
    "de": ["Ja, die Club-Karten zeigen gerade bei allen 0, wir sind dran. {agent}"],
    "it": ["Sì, le tessere Club sono a zero per tutti, ci stiamo lavorando. {agent}"],
    "pt": ["Sim, os cartões do Clube estão a zero para todos, estamos a tratar. {agent}"],
}
SPIKE_FIXED: T = {
    "es": [
        "Hola {first}, tu tarjeta del Club vuelve a mostrar tus sellos desde las 12:30, y te hemos añadido un sello extra por las molestias. {agent}"
    ],
    "en": [
        "Hi {first}, your Club card shows all your stamps again since {local}, and we've added one extra stamp for the trouble. {agent}"
    ],
    "fr": [
        "Bonjour {first}, vos tampons sont revenus depuis 12:30, un tampon en plus offert. {agent}"
    ],
    "de": [
        "Hallo {first}, Ihre Stempel sind seit 12:30 wieder da, einen Extra-Stempel haben wir gutgeschrieben. {agent}"
    ],
    "it": [
        "Ciao {first}, i timbri sono tornati dalle 12:30, ti abbiamo aggiunto un timbro extra. {agent}"
    ],
    "pt": [
        "Olá {first}, os carimbos voltaram desde as 11:30, oferecemos um carimbo extra. {agent}"
    ],
}
LONE_Q: T = {
    "es": [
        "Hola, ayer la tarjeta del Club tardó en cargar y salía en gris hasta que actualicé, luego bien con mis 6 sellos. ¿Es normal?"
    ],
    "de": [
        "Hallo, gestern war die Club-Karte kurz grau bis ich neu geladen habe, dann alle 6 Stempel da. Ist das normal?"
    ],
}
LONE_A: T = {
    "es": ["Sí, a veces tarda en cargar, tus sellos están bien. {agent}"],
    "de": ["Ja, das Laden dauert manchmal, Ihre Stempel sind alle da. {agent}"],
}
