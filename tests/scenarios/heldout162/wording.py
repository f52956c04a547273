# ruff: noqa: E501
"""Wording of heldout162 (Bollavo, hot-tub hire): tables by language, filled by the generator.

Placeholders: {p} product, {case} case reference, {comp} competitor, {code} error code,
{t} local time, {who} a colleague's name, {day} a weekday, {cred} a credit.
"""

from __future__ import annotations

BRAND = "Bollavo"
COMPETITORS = ("Sprudelia", "Termaxo")
CODE = "WRM-738"

PRODUCTS = {
    "fr": ["le spa gonflable 4 places", "le bain nordique en bois", "le kit produits"],
    "de": ["den aufblasbaren Whirlpool", "den Holz-Badezuber", "das Pflegeset"],
    "en": ["the inflatable hot tub", "the wooden hot tub", "the chemical kit"],
    "it": ["la vasca gonfiabile", "la tinozza in legno", "il kit di prodotti"],
    "pt": ["o jacuzzi insuflável", "a banheira de madeira", "o kit de produtos"],
    "es": ["el jacuzzi hinchable", "la bañera de madera", "el kit de productos"],
}

PRAISE = {
    "fr": [
        "Le spa est arrivé pile à l'heure, monté en 20 minutes, l'eau à 38 degrés le soir même.",
        "Week-end parfait dans {p}, les enfants ne voulaient plus sortir. Merci Bollavo !",
        "Livreur super sympa, tout expliqué, rien à redire.",
    ],
    "de": [
        "Whirlpool kam pünktlich, Aufbau in zwanzig Minuten, abends 38 Grad. Top!",
        "Wunderbares Wochenende mit {p}, sehr zu empfehlen.",
        "Der Fahrer hat alles erklärt und sogar den Schlauch mitgebracht. Danke!",
    ],
    "en": ["Brilliant weekend in {p}, set up in no time and toasty by 7pm."],
    "it": ["Weekend fantastico con {p}, montaggio velocissimo, acqua caldissima."],
    "pt": ["Fim de semana perfeito com {p}, montagem rápida e água quentinha."],
    "es": ["Fin de semana genial con {p}, montado en nada y el agua a 38 grados."],
}

PRAISE_AGAIN = {
    "fr": [
        "Troisième location chez vous et toujours aussi bien. On recommence en mars.",
        "Encore une fois impeccable, {p} était comme neuf.",
    ],
    "de": [
        "Schon das dritte Mal gemietet, wieder alles bestens.",
        "Wieder super geklappt, {p} war blitzsauber.",
    ],
    "en": ["Third time renting from you and still spot on every time."],
    "it": ["Terza volta che noleggio da voi, ancora tutto perfetto."],
    "pt": ["Terceira vez que alugo e outra vez tudo impecável."],
    "es": ["Tercera vez que alquilo y otra vez todo perfecto."],
}

PRAISE_GRIPE = {
    "fr": [
        "Très content du spa, juste la bâche un peu abîmée. Sinon au top.",
        "Super soirée, seul bémol le tuyau trop court pour notre robinet.",
    ],
    "de": [
        "Sehr gut, nur die Abdeckung war etwas eingerissen. Sonst gern wieder.",
        "Klasse Wochenende, einziger Haken: der Schlauch ist zu kurz.",
    ],
    "en": ["Lovely tub, only gripe is the cover had a small tear. Otherwise great."],
    "it": ["Tutto bene, solo il telo di copertura un po' rovinato."],
    "pt": ["Muito bom, só a cobertura vinha um pouco rasgada."],
    "es": ["Muy bien, solo que la tapa venía un poco rota. Por lo demás genial."],
}

QUESTION = {
    "fr": [
        "Bonjour, on peut garder le spa un jour de plus ?",
        "Est-ce que le bain nordique passe par un portail de 90 cm ?",
    ],
    "de": [
        "Hallo, kann ich die Miete um einen Tag verlängern?",
        "Passt der Holzzuber durch ein Gartentor mit 90 cm?",
    ],
    "en": ["Hi, can we keep the tub one more night?"],
    "it": ["Ciao, posso tenere la vasca un giorno in più?"],
    "pt": ["Olá, posso ficar com o jacuzzi mais um dia?"],
    "es": ["Hola, ¿puedo quedarme el jacuzzi un día más?"],
}

ANSWER = {
    "fr": "Bonjour, oui, c'est possible : je l'ai ajouté à votre réservation. Bonne baignade !",
    "de": "Hallo, ja, das geht: ich habe es in Ihrer Buchung ergänzt. Viel Spaß!",
    "en": "Hi, yes, that's fine: I've added it to your booking. Enjoy!",
    "it": "Ciao, sì, nessun problema: l'ho aggiunto alla prenotazione. Buon bagno!",
    "pt": "Olá, sim, é possível: já acrescentei à sua reserva. Bom banho!",
    "es": "Hola, sí, sin problema: lo he añadido a tu reserva. ¡Disfruta!",
}

THANKS = {
    "fr": ["merci, au top", "nickel merci 👍", "trop cool merci"],
    "de": ["danke, passt", "mega, danke!", "super, merci"],
    "en": ["cheers, legend"],
    "it": ["grazie mille, top"],
    "pt": ["valeu, obrigado!"],
    "es": ["genial, gracias crack"],
}

PHONE_Q = {
    "fr": ["oui bonjour je voulais savoir si le spa peut aller sur une terrasse en bois voila"],
    "de": ["ja hallo ich wollte fragen ob der whirlpool auf eine holzterrasse darf danke"],
    "en": ["hi yeah just wondering if the tub can go on decking thanks"],
    "it": ["buongiorno volevo sapere se la vasca si può mettere sul terrazzo grazie"],
    "pt": ["bom dia queria saber se o jacuzzi pode ficar num deck de madeira obrigado"],
    "es": ["hola buenas queria saber si el jacuzzi se puede poner en una terraza de madera"],
}

PHONE_FOLLOW = {
    "fr": "Suite à votre appel : oui, une terrasse en bois convient, prévoyez le tapis fourni.",
    "de": "Zu Ihrem Anruf: ja, eine Holzterrasse geht, bitte die mitgelieferte Matte nutzen.",
    "en": "Following your call: yes, decking is fine, just use the mat we supply.",
    "it": "In seguito alla sua chiamata: sì, va bene, usi il tappetino fornito.",
    "pt": "Na sequência da sua chamada: sim, pode, use o tapete fornecido.",
    "es": "Tras tu llamada: sí, se puede, usa la esterilla que te damos.",
}

NIGHT_POST = {
    "fr": ["minuit dans le spa sous les étoiles, meilleure idée de l'année 🌙"],
    "de": ["Mitternacht im Whirlpool unterm Sternenhimmel, beste Idee des Jahres 🌙"],
    "en": ["1am in the tub watching the stars. no regrets 🌙"],
    "it": ["mezzanotte nella vasca sotto le stelle, che pace 🌙"],
    "pt": ["meia-noite no jacuzzi a ver as estrelas 🌙"],
    "es": ["medianoche en el jacuzzi viendo las estrellas 🌙"],
}

NIGHT_Q = {
    "fr": ["question bête : on peut laisser le spa allumé toute la nuit ?"],
    "de": ["kurze Frage: darf der Whirlpool nachts an bleiben?"],
    "en": ["quick q: ok to leave the heater on overnight?"],
    "it": ["domanda: posso lasciare il riscaldamento acceso di notte?"],
    "pt": ["pergunta: posso deixar o aquecimento ligado de noite?"],
    "es": ["pregunta: ¿puedo dejar la calefacción puesta por la noche?"],
}

NIGHT_A = {
    "fr": "Oui, avec la bâche fermée, aucun souci. Bonne nuit !",
    "de": "Ja, mit geschlossener Abdeckung kein Problem. Gute Nacht!",
    "en": "Yes, with the cover on it's fine. Night!",
    "it": "Sì, con la copertura chiusa va benissimo. Buonanotte!",
    "pt": "Sim, com a cobertura fechada não há problema. Boa noite!",
    "es": "Sí, con la tapa puesta no hay problema. ¡Buenas noches!",
}

SURVEY_WORD = {
    "fr": ["parfait", "", "😊"],
    "de": ["alles gut", "", "👍"],
    "en": ["great"],
    "it": ["ottimo"],
    "pt": ["ótimo"],
    "es": ["genial"],
}

PROBLEM = {
    "no_show": {
        "fr": "Le spa est marqué livré dans l'appli mais personne n'est venu.",
        "de": "In der App steht geliefert, aber niemand ist gekommen.",
        "en": "The app says delivered but nobody ever turned up with the tub.",
        "it": "L'app dice consegnato ma non è venuto nessuno.",
        "pt": "A app diz entregue mas ninguém apareceu.",
        "es": "La app dice entregado pero aquí no ha venido nadie.",
    },
    "double_charge": {
        "fr": "La caution de 200 euros a été prélevée deux fois.",
        "de": "Die Kaution von 200 Euro wurde zweimal abgebucht.",
        "en": "The 200 deposit has been taken twice from my card.",
        "it": "La cauzione di 200 euro è stata addebitata due volte.",
        "pt": "A caução de 200 euros foi cobrada duas vezes.",
        "es": "Me habéis cobrado la fianza de 200 euros dos veces.",
    },
    "damage": {
        "fr": "Le réchauffeur ne marche pas, le spa est arrivé avec une fuite.",
        "de": "Die Heizung geht nicht und der Pool verliert Wasser seit der Lieferung.",
        "en": "The heater is dead and the tub was leaking from the moment it arrived.",
        "it": "Il riscaldatore non funziona e la vasca perde acqua.",
        "pt": "O aquecedor não funciona e o jacuzzi chegou a perder água.",
        "es": "El calentador no funciona y el jacuzzi pierde agua desde que llegó.",
    },
    "refund": {
        "fr": "Trois semaines et ma caution n'est toujours pas rendue.",
        "de": "Drei Wochen und die Kaution ist immer noch nicht zurück.",
        "en": "Three weeks on and my deposit still hasn't been released.",
        "it": "Tre settimane e la cauzione non è ancora tornata.",
        "pt": "Três semanas e a caução ainda não foi devolvida.",
        "es": "Tres semanas y la fianza sigue sin devolverse.",
    },
    "wrong_price": {
        "fr": "Je suis membre Bollavo Plus et on m'a facturé le tarif normal.",
        "de": "Ich bin Bollavo Plus Mitglied und habe den normalen Preis bezahlt.",
        "en": "I'm a Bollavo Plus member and got charged the full non-member rate.",
        "it": "Sono socio Bollavo Plus e mi avete fatto pagare la tariffa piena.",
        "pt": "Sou membro Bollavo Plus e cobraram-me o preço normal.",
        "es": "Soy socio Bollavo Plus y me habéis cobrado la tarifa normal.",
    },
    "cancel_fee": {
        "fr": "J'ai annulé 10 jours avant et vous me prenez 60 euros de frais.",
        "de": "Ich habe zehn Tage vorher storniert und soll 60 Euro Gebühr zahlen.",
        "en": "I cancelled ten days ahead and you still charged a 60 fee.",
        "it": "Ho annullato dieci giorni prima e mi addebitate 60 euro.",
        "pt": "Cancelei com dez dias e cobraram 60 euros de taxa.",
        "es": "Cancelé diez días antes y me cobráis 60 euros de gastos.",
    },
}

ANGRY_TAIL = {
    "fr": "C'EST INADMISSIBLE.",
    "de": "DAS IST EINE FRECHHEIT.",
    "en": "ABSOLUTELY USELESS.",
    "it": "È UNA VERGOGNA.",
    "pt": "É UMA VERGONHA.",
    "es": "ES UNA VERGÜENZA.",
}

LONG_EMAIL = {
    "fr": (
        "Madame, Monsieur,\n\nNous avions réservé {p} pour l'anniversaire de ma femme, "
        "tout était prévu depuis un mois. {x}\n\nJ'ai appelé deux fois sans réponse. "
        "Je loue chez vous depuis deux ans et je n'avais jamais eu de souci, mais là "
        "j'attends une solution rapide.\n\nCordialement"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\nwir hatten {p} für den Geburtstag meiner Frau "
        "gebucht, seit Wochen geplant. {x}\n\nZweimal angerufen, niemand erreichbar. Ich "
        "miete seit zwei Jahren bei Ihnen, aber so geht das nicht. Ich erwarte eine "
        "schnelle Lösung.\n\nMit freundlichen Grüßen"
    ),
}

CASE_OPENED = {
    "fr": "Bonjour, nous sommes désolés. Dossier {case} ouvert, nous revenons vers vous aujourd'hui.",
    "de": "Hallo, das tut uns leid. Fall {case} ist eröffnet, wir melden uns heute.",
    "en": "Hi, sorry about this. Case {case} is open and we'll be back to you today.",
    "it": "Salve, ci dispiace. Pratica {case} aperta, la ricontattiamo oggi.",
    "pt": "Olá, lamentamos. Processo {case} aberto, voltamos a contactar hoje.",
    "es": "Hola, lo sentimos. Caso {case} abierto, te respondemos hoy.",
}

QUALITY_LEAD = {
    "fr": "Votre dossier {case} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi.",
    "de": "Ihr Fall {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitag anruft.",
    "en": "Your case {case} is now with our quality lead, who will call you before Friday.",
    "it": "La pratica {case} è ora dalla nostra responsabile qualità, che la chiama entro venerdì.",
    "pt": "O processo {case} está agora com a nossa responsável de qualidade, que liga antes de sexta.",
    "es": "Tu caso {case} está ya con nuestra responsable de calidad, que te llama antes del viernes.",
}

GOOD_NEWS = {
    "fr": "Bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous confirmer ?",
    "de": "Gute Nachricht zu Fall {case}: bei uns ist es erledigt. Können Sie das bestätigen?",
    "en": "Good news on case {case}: it's sorted on our side. Could you confirm?",
    "it": "Buone notizie sulla pratica {case}: risolto da parte nostra. Può confermare?",
    "pt": "Boas notícias sobre o processo {case}: está resolvido. Pode confirmar?",
    "es": "Buenas noticias del caso {case}: resuelto por nuestra parte. ¿Puedes confirmarlo?",
}

CONFIRM = {
    "fr": "Confirmé pour le dossier {case}, c'est bon, merci.",
    "de": "Fall {case}: bestätigt, alles erledigt, danke.",
    "en": "Confirmed on {case}, all sorted now, thanks.",
    "it": "Confermo per la pratica {case}, tutto a posto, grazie.",
    "pt": "Confirmo o processo {case}, está tudo resolvido, obrigado.",
    "es": "Confirmo el caso {case}, ya está todo bien, gracias.",
}

APOLOGY = {
    "fr": "Désolé pour mon message d'hier, j'étais à bout. Merci de votre patience.",
    "de": "Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs Kümmern.",
    "en": "Sorry for yesterday's rant, bad day. Thanks for sorting it.",
    "it": "Scusate per il messaggio di ieri, ero nervoso. Grazie.",
    "pt": "Desculpem a mensagem de ontem, estava irritado. Obrigado.",
    "es": "Perdón por el mensaje de ayer, estaba de los nervios. Gracias.",
}

STILL_OPEN = {
    "fr": "Dossier {case} : toujours rien, le problème n'est pas réglé. {x}",
    "de": "Fall {case}: immer noch nichts passiert, das Problem ist weiter offen. {x}",
    "en": "Case {case}: still nothing, this is still not fixed. {x}",
    "it": "Pratica {case}: ancora niente, il problema è ancora aperto. {x}",
    "pt": "Processo {case}: continua tudo igual, ainda não está resolvido. {x}",
    "es": "Caso {case}: sigue sin resolverse, nadie ha hecho nada. {x}",
}

THIRD = {
    "fr": "Troisième fois que j'écris pour le dossier {case}. Un collègue loue chez {comp}, chez eux c'est réglé le jour même.",
    "de": "Zum dritten Mal wegen Fall {case}. Ein Kollege mietet bei {comp}, da ist sowas am selben Tag erledigt.",
    "en": "Third time about case {case}. A colleague rents from {comp} and they sort this the same day.",
    "it": "Terza volta per la pratica {case}. Un collega noleggia da {comp}, lì risolvono in giornata.",
    "pt": "Terceira vez sobre o processo {case}. Um colega aluga na {comp} e lá resolvem no mesmo dia.",
    "es": "Tercera vez por el caso {case}. Un compañero alquila en {comp} y allí lo arreglan en el día.",
}

FOURTH = {
    "fr": "QUATRIÈME fois pour le dossier {case}. Toujours pas réglé.",
    "de": "VIERTES Mal wegen Fall {case}. Immer noch nicht gelöst.",
    "en": "FOURTH time about case {case}. Still not fixed.",
    "it": "QUARTA volta per la pratica {case}. Ancora niente.",
    "pt": "QUARTA vez sobre o processo {case}. Continua por resolver.",
    "es": "CUARTA vez por el caso {case}. Sigue sin arreglarse.",
}

URGENT = {
    "fr": "Ajouté au dossier {case}, marqué urgent.",
    "de": "Zu Fall {case} ergänzt und als dringend markiert.",
    "en": "Added to case {case} and marked urgent.",
    "it": "Aggiunto alla pratica {case}, segnato come urgente.",
    "pt": "Acrescentado ao processo {case}, marcado como urgente.",
    "es": "Añadido al caso {case}, marcado como urgente.",
}

SLIDE = {
    "fr": [
        "Livraison avec trois heures de retard, sans appel. Dommage.",
        "Le spa est arrivé avec un filtre usé et la pompe bruyante.",
        "Maintenant il faut photographier chaque pièce au retour ? Pénible.",
        "Caution doublée et une semaine pour la récupérer. Ça commence à bien faire.",
        "60 euros de frais de nettoyage pour un spa rendu PROPRE, photos de l'appli à l'appui. Honteux.",
        "Mon beau-frère loue chez {comp}, j'ai réservé leur spa pour samedi.",
    ],
    "de": [
        "Lieferung drei Stunden zu spät, ohne Anruf. Schade.",
        "Der Pool kam mit altem Filter und lauter Pumpe.",
        "Jetzt soll man jedes Teil bei Rückgabe fotografieren? Nervig.",
        "Kaution verdoppelt und eine Woche bis zur Freigabe. Langsam reicht es.",
        "60 Euro Reinigungsgebühr für einen SAUBER zurückgegebenen Pool, mit Fotos aus eurer App. Unverschämt.",
        "Mein Schwager mietet bei {comp}, ich habe deren Pool für Samstag gebucht.",
    ],
    "en": [
        "Delivery three hours late, no call. Shame.",
        "Tub came with a worn filter and a noisy pump.",
        "Now we have to photograph every part on return? Tedious.",
        "Deposit doubled and a week to release it. Getting fed up.",
        "A 60 cleaning fee for a tub returned SPOTLESS, with your own app's photos. Disgraceful.",
        "My brother-in-law rents from {comp}, booked theirs for Saturday.",
    ],
    "it": [
        "Consegna con tre ore di ritardo, senza una chiamata.",
        "La vasca è arrivata con il filtro consumato e la pompa rumorosa.",
        "Ora bisogna fotografare ogni pezzo alla riconsegna? Che noia.",
        "Cauzione raddoppiata e una settimana per riaverla. Basta.",
        "60 euro di pulizia per una vasca restituita PULITA, con le foto della vostra app. Vergognoso.",
        "Mio cognato noleggia da {comp}, ho prenotato da loro per sabato.",
    ],
    "pt": [
        "Entrega com três horas de atraso, sem aviso.",
        "O jacuzzi veio com o filtro gasto e a bomba barulhenta.",
        "Agora é preciso fotografar cada peça na devolução? Chato.",
        "Caução a dobrar e uma semana para a devolverem. Já chega.",
        "60 euros de limpeza por um jacuzzi devolvido LIMPO, com as fotos da vossa app. Vergonhoso.",
        "O meu cunhado aluga na {comp}, reservei lá para sábado.",
    ],
    "es": [
        "Entrega con tres horas de retraso y sin llamar.",
        "El jacuzzi llegó con el filtro gastado y la bomba ruidosa.",
        "¿Ahora hay que fotografiar cada pieza al devolverlo? Qué pesadez.",
        "Fianza doble y una semana para devolverla. Ya está bien.",
        "60 euros de limpieza por un jacuzzi devuelto LIMPIO, con las fotos de vuestra app. Vergonzoso.",
        "Mi cuñado alquila en {comp}, he reservado allí para el sábado.",
    ],
}

CANCEL = {
    "fr": "Bonjour, nous déménageons en appartement, je souhaite résilier Bollavo Plus et fermer mon compte.",
    "de": "Hallo, wir haben jetzt einen eigenen Whirlpool gekauft. Bitte Bollavo Plus kündigen und mein Konto schließen.",
    "en": "Hi, we've bought our own tub, please cancel my Bollavo Plus and close my account.",
    "it": "Salve, ci trasferiamo in appartamento, vorrei disdire Bollavo Plus e chiudere l'account.",
    "pt": "Olá, vamos mudar para um apartamento, quero cancelar o Bollavo Plus e fechar a conta.",
    "es": "Hola, nos mudamos a un piso, quiero darme de baja de Bollavo Plus y cerrar la cuenta.",
}

SORRY_GO = {
    "fr": "Désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site.",
    "de": "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website.",
    "it": "Ci dispiace vederla andare. Può disdire da solo nell'app o sul sito.",
    "pt": "Lamentamos a sua saída. Pode cancelar na app ou no site.",
    "es": "Sentimos que te vayas. Puedes darte de baja en la app o en la web.",
}

SARCASM = {
    "fr": "Génial, le livreur a garé le camion sur mes tulipes. Merci beaucoup 🙃",
    "de": "Super, der Fahrer hat direkt auf meinen Tulpen geparkt. Danke auch 🙃",
    "en": "Love that the driver parked on my tulips. Thanks so much 🙃",
    "it": "Fantastico, il furgone parcheggiato sui miei tulipani. Grazie davvero 🙃",
    "pt": "Ótimo, a carrinha estacionou em cima das tulipas. Muito obrigado 🙃",
    "es": "Genial, la furgoneta aparcada encima de mis tulipanes. Mil gracias 🙃",
}

GRUMBLE = {
    "fr": "La carte des créneaux de livraison s'affiche en anglais chez moi, un peu pénible.",
    "de": "Die Lieferzeiten-Auswahl lädt bei mir ewig. Etwas nervig.",
    "en": "Delivery slot picker takes ages to load, bit annoying.",
    "it": "Il calendario delle consegne è lentissimo a caricare.",
    "pt": "O calendário de entregas demora imenso a carregar.",
    "es": "El calendario de entregas tarda muchísimo en cargar.",
}

GRUMBLE_A = {
    "fr": "Merci du signalement, c'est transmis à l'équipe appli.",
    "de": "Danke für den Hinweis, ist an das App-Team weitergegeben.",
    "en": "Thanks for flagging, passed to the app team.",
    "it": "Grazie della segnalazione, girata al team dell'app.",
    "pt": "Obrigado pelo aviso, passámos à equipa da app.",
    "es": "Gracias por avisar, lo pasamos al equipo de la app.",
}

GRUMPY = {
    "fr": [
        "Encore un tuyau qui fuit.",
        "Appli lente comme d'habitude.",
        "Le livreur toujours en retard.",
    ],
    "de": [
        "Schon wieder ein undichter Schlauch.",
        "App wie immer lahm.",
        "Fahrer wie immer zu spät.",
    ],
    "en": ["Leaky hose again.", "App slow as usual.", "Driver late as always."],
    "it": ["Di nuovo il tubo che perde.", "App lenta come sempre.", "Corriere sempre in ritardo."],
    "pt": [
        "Outra vez a mangueira a pingar.",
        "App lenta como sempre.",
        "Estafeta sempre atrasado.",
    ],
    "es": [
        "Otra vez la manguera gotea.",
        "La app lenta como siempre.",
        "El repartidor tarde, como siempre.",
    ],
}

B2B_PROBLEM = {
    "invoice": {
        "fr": "Les factures portent encore l'ancien nom de société et aucun numéro de commande : la comptabilité les rejette.",
        "de": "Die Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab.",
        "en": "Invoices still carry our old company name and no PO number, accounts payable rejects them.",
        "es": "Las facturas llevan el nombre antiguo de la empresa y ningún número de pedido.",
    },
    "service_blocked": {
        "fr": "Notre compte est bloqué : le dépôt refuse nos locations pour le week-end.",
        "de": "Unser Konto ist gesperrt, das Depot lehnt unsere Mieten fürs Wochenende ab.",
        "en": "Our account is on stop and the depot refuses our weekend hires.",
        "es": "Nuestra cuenta está bloqueada y el almacén rechaza los alquileres.",
    },
    "portal": {
        "fr": "Le portail Pro n'affiche aucune location en cours, impossible de déclarer un retour.",
        "de": "Das Pro-Portal zeigt keine laufenden Mieten, keine Rückmeldung möglich.",
        "en": "The Pro portal shows no open hires and we can't book a collection.",
        "es": "El portal Pro no muestra alquileres abiertos y no podemos pedir la recogida.",
    },
    "overbilled": {
        "fr": "On nous facture au jour au lieu du tarif semaine du contrat.",
        "de": "Wir werden pro Tag abgerechnet statt zum vertraglichen Wochensatz.",
        "en": "We're billed the day rate instead of our contract weekly rate.",
        "es": "Nos facturáis por día en vez de la tarifa semanal del contrato.",
    },
}

B2B_FOLLOW = {
    "fr": "Ma collègue {who} vous a écrit {day} (dossier {case}), même problème ici : {x}",
    "de": "Mein Kollege {who} hat Ihnen {day} geschrieben (Fall {case}), bei mir dasselbe: {x}",
    "en": "My colleague {who} wrote to you {day} (case {case}), same here: {x}",
    "es": "Mi compañera {who} os escribió {day} (caso {case}), aquí lo mismo: {x}",
}

B2B_LAST = {
    "fr": "dossier {case} toujours rien de réglé plusieurs collègues vous ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "de": "fall {case} immer noch nichts passiert mehrere kollegen haben geschrieben mein chef sagt wir wechseln den anbieter wenn das diese woche nicht klappt",
    "en": "case {case} still nothing fixed several colleagues have written my boss says we move the account if it isnt sorted this week",
    "es": "caso {case} sigue sin arreglarse varios compañeros os han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}

B2B_LAST_MAIL = {
    "fr": "Dossier {case} : toujours rien, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "de": "Fall {case}: weiterhin nichts, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt.",
    "en": "Case {case}: still nothing, several colleagues have written. Procurement has already asked {comp} for rates.",
    "es": "Caso {case}: sigue igual, varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}.",
}

B2B_MILD = {
    "fr": "Suggestion : pourriez-vous ajouter le code chantier sur les factures ?",
    "de": "Vorschlag: könnten Sie die Kostenstelle auf den Rechnungen angeben?",
    "en": "Suggestion: could invoices show our cost-centre code?",
    "es": "Sugerencia: ¿podríais poner el centro de coste en las facturas?",
}

B2B_ACK = {
    "fr": "Merci, bien noté (réf. {case}).",
    "de": "Danke, notiert (Ref. {case}).",
    "en": "Thanks, noted (ref. {case}).",
    "es": "Gracias, anotado (ref. {case}).",
}

B2B_PRAISE = {
    "fr": "Le spa pour notre gîte a été livré et installé avant l'arrivée des clients, merci.",
    "de": "Der Whirlpool fürs Hotel stand pünktlich vor der Anreise der Gäste. Danke!",
    "en": "The tubs for our holiday lets were in place before guests arrived, thanks.",
    "es": "Los jacuzzis para las casas rurales llegaron antes que los clientes, gracias.",
}

SPIKE = {
    "fr": [
        "Le chauffage programmé dans l'appli n'a pas démarré, spa à 12 degrés ce matin, erreur {code}",
        "appli bloquée sur 'chauffe en attente', l'eau est GLACÉE, on a des invités ce soir",
        "Impossible de lancer la chauffe depuis l'appli, message {code}. On fait comment ?",
    ],
    "de": [
        "Die Heizplanung in der App ist nicht angesprungen, Wasser 12 Grad, Fehler {code}",
        "app zeigt nur 'Aufheizen ausstehend', Wasser EISKALT, heute Abend kommen Gäste",
        "Aufheizen per App geht nicht, Meldung {code}. Was jetzt?",
    ],
    "en": ["Scheduled heating never started, tub is freezing this morning, app says {code}"],
    "it": ["Il riscaldamento programmato nell'app non è partito, acqua gelata, errore {code}"],
    "pt": ["O aquecimento programado na app não arrancou, água gelada, erro {code}"],
    "es": ["La calefacción programada en la app no ha arrancado, agua helada, error {code}"],
}

SPIKE_PHONE = {
    "fr": "oui bonjour le spa na pas chauffé cette nuit lappli dit que cest programmé mais rien",
    "de": "ja hallo der whirlpool hat nachts nicht geheizt die app sagt geplant aber nichts passiert",
    "en": "hi the tub didnt heat overnight the app says its scheduled but nothing",
    "it": "buongiorno la vasca non si è scaldata stanotte lapp dice programmato ma niente",
    "pt": "bom dia o jacuzzi nao aqueceu esta noite a app diz programado mas nada",
    "es": "hola buenas el jacuzzi no ha calentado esta noche la app dice programado pero nada",
}

SPIKE_AGAIN = {
    "fr": "Toujours {code}, même en relançant la chauffe à la main depuis l'appli.",
    "de": "Immer noch {code}, auch nach manuellem Start in der App.",
    "en": "Still {code}, even after restarting the heating by hand in the app.",
    "it": "Ancora {code}, anche riavviando a mano dall'app.",
    "pt": "Continua {code}, mesmo a reiniciar à mão na app.",
    "es": "Sigue {code}, incluso reiniciando a mano desde la app.",
}

SPIKE_CHAT_A = {
    "fr": "Oui, la chauffe à distance ne démarre sur aucun spa en ce moment, nos techniciens sont dessus.",
    "de": "Ja, das Aufheizen per App startet gerade bei keinem Pool, unsere Technik ist dran.",
    "en": "Yes, remote heating isn't starting on any tub right now, our engineers are on it.",
    "it": "Sì, il riscaldamento da remoto non parte su nessuna vasca, i tecnici ci lavorano.",
    "pt": "Sim, o aquecimento remoto não arranca em nenhum jacuzzi, os técnicos estão a tratar.",
    "es": "Sí, la calefacción remota no arranca en ningún jacuzzi ahora mismo, estamos en ello.",
}

SPIKE_FIXED = {
    "fr": "La chauffe à distance fonctionne de nouveau depuis {t}. Un avoir de {cred} a été ajouté.",
    "de": "Das Aufheizen per App funktioniert wieder seit {t}. Eine Gutschrift von {cred} ist gebucht.",
    "en": "Remote heating works again since {t}. A {cred} credit has been added.",
    "it": "Il riscaldamento da remoto funziona di nuovo dalle {t}. Accreditati {cred}.",
    "pt": "O aquecimento remoto funciona de novo desde as {t}. Crédito de {cred} adicionado.",
    "es": "La calefacción remota funciona de nuevo desde las {t}. Te hemos abonado {cred}.",
}

LONE_Q = {
    "de": "Gestern Abend stand in der App kurz 'Heizplan wird synchronisiert', danach lief alles. Ist das normal?",
    "es": "Anoche la app puso un rato 'sincronizando programa', luego calentó bien. ¿Es normal?",
}

LONE_A = {
    "de": "Ja, das ist normal, die Synchronisierung dauert ein paar Sekunden.",
    "es": "Sí, es normal, la sincronización tarda unos segundos.",
}

B2B_FIRST_NAMES = ["Anne", "Jonas", "Claire", "Lukas", "Marta", "Paul", "Sophie", "Tobias"]
FIRST = {
    "fr": ["Élodie", "Julien", "Margaux", "Théo", "Camille", "Hugo", "Léa", "Bastien"],
    "de": ["Jürgen", "Anja", "Lena", "Maximilian", "Sabine", "Felix", "Katrin", "Jonas"],
    "en": ["Megan", "Callum", "Aisling", "Rhys"],
    "it": ["Giulia", "Matteo", "Chiara", "Lorenzo"],
    "pt": ["Inês", "Rui", "Beatriz", "Tiago"],
    "es": ["Lucía", "Javier", "Nerea", "Álvaro"],
}
LAST = {
    "fr": ["Lefèvre", "Moreau", "Girard", "Chevalier", "Roussel", "Dubois"],
    "de": ["Schröder", "Becker", "Wagner", "Hofmann", "Krüger", "Vogel"],
    "en": ["Hughes", "Doyle", "Pritchard", "Walsh"],
    "it": ["Ferrari", "Galli", "Conti", "Marchetti"],
    "pt": ["Antunes", "Ferreira", "Lopes", "Carvalho"],
    "es": ["Ortega", "Navarro", "Ibáñez", "Serrano"],
}
MARKETS = {
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
TOWNS = {
    "FR": "Annecy",
    "BE": "Namur",
    "CH": "Fribourg",
    "LU": "Esch",
    "DE": "Freiburg",
    "AT": "Graz",
    "UK": "Leeds",
    "IE": "Galway",
    "IT": "Trento",
    "PT": "Braga",
    "ES": "Girona",
}
JOBS = ["teacher", "nurse", "electrician", "accountant", "chef", "designer", "retired", "student"]
