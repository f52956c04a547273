"""Wording of heldout203 (Fasciora: cloth-nappy laundry by subscription). Hand-written, per language."""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("it", "de", "en", "fr", "pt", "es")

PRAISE: dict[str, list[str]] = {
    "it": [
        "Fasciora mi ha cambiato le mattine: pannolini puliti sulla porta alle 7, profumano di niente. Perfetto",
        "Terza volta questo mese che l'autista mi lascia anche i salviettini extra senza chiedere. Grazie Fasciora!",
        "Ancora una volta consegna puntuale, la piccola non ha più arrossamenti da quando usiamo i vostri pannolini",
    ],
    "de": [
        "Schon wieder pünktlich, der Fahrer klingelt nicht mal, weil das Baby schläft. Danke Fasciora",
        "Seit drei Monaten Fasciora und kein einziger Wegwerfwindel-Müllsack mehr. Großartig",
        "Dritte Lieferung diese Woche und immer noch alles perfekt gefaltet, wie macht ihr das",
    ],
    "en": [
        "Third week running the nappies came back softer than I ever got them at home. Love Fasciora"
    ],
    "fr": [
        "Encore une livraison nickel, les couches sentent le propre et le bac est toujours vidé à l'heure. Merci Fasciora"
    ],
    "pt": ["Mais uma vez tudo certinho, fraldas limpinhas à porta antes das 8. Obrigada Fasciora"],
    "es": ["Otra vez puntualísimos, pañales de tela impecables y el cubo vacío. Gracias Fasciora"],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "it": [
        "Servizio ottimo, solo il sacco per lo sporco è un po' piccolo per i gemelli. Per il resto top"
    ],
    "de": ["Sehr gut, nur die App-Benachrichtigung kommt manchmal doppelt. Sonst gerne weiter so"],
    "en": ["Brilliant service, only wish the wet bag had a better zip. Otherwise spot on"],
    "fr": ["Super service, juste le sac de retour qui sent un peu le plastique. Sinon parfait"],
    "pt": ["Adoro o serviço, só o horário de entrega podia ser mais cedo. De resto perfeito"],
    "es": ["Muy buen servicio, solo que el saco de ropa sucia es pequeño. Por lo demás genial"],
}

QUESTION: dict[str, list[str]] = {
    "it": [
        "Ciao, posso passare dalla taglia 2 alla taglia 3 già dalla prossima consegna?",
        "Buongiorno, se andiamo dai nonni per una settimana posso sospendere il ritiro?",
    ],
    "de": [
        "Hallo, kann ich ab nächster Woche auf Größe 3 wechseln?",
        "Guten Tag, wir sind zwei Wochen im Urlaub, kann ich die Abholung pausieren?",
    ],
    "en": ["Hi, can I add a few swim nappies to Thursday's drop?"],
    "fr": ["Bonjour, est-ce que je peux ajouter des inserts de nuit à la prochaine livraison ?"],
    "pt": ["Olá, posso mudar a entrega de terça para quarta?"],
    "es": ["Hola, ¿puedo cambiar a talla 3 desde la próxima entrega?"],
}

ANSWER: dict[str, list[str]] = {
    "it": [
        "Certo! L'ho già aggiornato sul tuo abbonamento, vale dalla prossima consegna. Buona giornata"
    ],
    "de": [
        "Gerne, ist in Ihrem Abo schon geändert und gilt ab der nächsten Lieferung. Schönen Tag"
    ],
    "en": ["Done! It's on your plan from the next delivery. Have a lovely day"],
    "fr": ["C'est fait, c'est sur votre abonnement dès la prochaine livraison. Bonne journée"],
    "pt": ["Feito! Já está na sua assinatura a partir da próxima entrega. Bom dia"],
    "es": ["¡Hecho! Ya está en tu suscripción desde la próxima entrega. Buen día"],
}

THANKS: dict[str, list[str]] = {
    "it": ["grazie mille!! 🙏", "top, grz"],
    "de": ["super danke!", "passt, danke euch 👍"],
    "en": ["cheers, legend"],
    "fr": ["merci c'est top"],
    "pt": ["obg!! 😊"],
    "es": ["genial, gracias!!"],
}

NIGHT_POST: dict[str, list[str]] = {
    "it": [
        "Sono le 3, terzo cambio della notte, e almeno i pannolini di Fasciora sono morbidi. Qualcuno è sveglio?"
    ],
    "de": [
        "2 Uhr nachts, Baby wach, ich falte die Fasciora-Windeln zum dritten Mal neu weil es beruhigt 😅"
    ],
    "en": [
        "3am feed, baby finally asleep on me, scrolling Fasciora night insert reviews. parenting"
    ],
    "fr": ["4h du mat, la petite dort enfin, merci Fasciora pour les inserts de nuit, zéro fuite"],
    "pt": ["Madrugada acordada com o bebé, ao menos as fraldas Fasciora não falham"],
    "es": ["Las 3 de la mañana y el bebé despierto, al menos los pañales Fasciora no gotean"],
}

NIGHT_QUESTION: dict[str, list[str]] = {
    "it": ["scusate l'ora, se lascio il sacco fuori stanotte lo ritirate alle 7?"],
    "de": ["sorry für die Uhrzeit, reicht es wenn der Sack um 6 vor der Tür steht?"],
    "en": ["sorry it's late, does the bag need to be out before the driver comes at 7?"],
    "fr": ["désolé pour l'heure, le sac doit être dehors avant 7h ?"],
    "pt": ["desculpem a hora, o saco tem de estar à porta antes das 7?"],
    "es": ["perdón por la hora, ¿el saco tiene que estar fuera antes de las 7?"],
}

NIGHT_ANSWER: dict[str, list[str]] = {
    "it": ["Nessun problema! Basta che sia fuori entro le 7, l'autista passa tra le 7 e le 9"],
    "de": ["Kein Problem, bis 7 Uhr vor der Tür reicht, der Fahrer kommt zwischen 7 und 9"],
    "en": ["No worries, out by 7 is fine, the driver comes between 7 and 9"],
    "fr": ["Aucun souci, dehors avant 7h suffit, le chauffeur passe entre 7h et 9h"],
    "pt": ["Sem problema, à porta até às 7 chega, o motorista passa entre as 7 e as 9"],
    "es": ["Sin problema, fuera antes de las 7 vale, el conductor pasa entre las 7 y las 9"],
}

# The five consumer problems.
PROBLEMS = ("missed_pickup", "stained", "double_charge", "wrong_size", "member_fee")

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "it": {
        "missed_pickup": [
            "Il sacco dello sporco è rimasto fuori dalla porta TUTTO IL GIORNO e nessuno è passato. Con il caldo che fa, immaginate",
            "Ritiro saltato per la seconda settimana, il sacco puzza sul pianerottolo e i vicini si lamentano",
        ],
        "stained": [
            "Mi sono arrivati pannolini con macchie gialle, non è accettabile per un neonato",
            "Nel pacco pulito c'erano due pannolini MACCHIATI. Ma li lavate davvero?",
        ],
        "double_charge": [
            "Mi avete addebitato l'abbonamento DUE volte questo mese, 2 x 39 euro. Rimborsate subito"
        ],
        "wrong_size": [
            "Ho chiesto la taglia 3 e mi arriva ancora la 2, il bimbo si bagna tutto di notte"
        ],
        "member_fee": [
            "Sono socia Fasciora Plus e mi avete fatto pagare la consegna extra come ai non soci"
        ],
    },
    "de": {
        "missed_pickup": [
            "Der Schmutzwäschesack stand DEN GANZEN TAG vor der Tür und niemand kam. Im Treppenhaus stinkt es",
            "Abholung schon wieder ausgefallen, der Sack steht seit Montag im Flur",
        ],
        "stained": [
            "In der sauberen Lieferung waren FLECKIGE Windeln. Für ein Neugeborenes, ernsthaft?",
            "Zwei Windeln mit gelben Flecken, so kann ich die nicht benutzen",
        ],
        "double_charge": [
            "Sie haben das Abo ZWEIMAL abgebucht, 2 x 39 Euro. Bitte sofort erstatten"
        ],
        "wrong_size": [
            "Ich habe Größe 3 bestellt, es kommt wieder Größe 2, nachts läuft alles aus"
        ],
        "member_fee": [
            "Ich bin Plus-Mitglied und mir wurde die Extralieferung wie einem Nichtmitglied berechnet"
        ],
    },
    "en": {
        "missed_pickup": ["The dirty bag sat outside ALL DAY and nobody came. The landing stinks"],
        "stained": ["Got STAINED nappies in the clean drop. For a newborn. Seriously?"],
        "double_charge": [
            "You've charged my subscription TWICE this month, £34 twice. Refund it please"
        ],
        "wrong_size": ["Asked for size 3, got size 2 again, leaking every single night"],
        "member_fee": ["I'm a Plus member and got charged the non-member extra drop fee"],
    },
    "fr": {
        "missed_pickup": [
            "Le sac sale est resté devant la porte TOUTE LA JOURNÉE, personne n'est passé"
        ],
        "stained": [
            "Des couches TACHÉES dans la livraison propre, pour un nouveau-né, sérieusement ?"
        ],
        "double_charge": [
            "Vous avez prélevé l'abonnement DEUX fois ce mois-ci, 2 x 39 €. Remboursez svp"
        ],
        "wrong_size": [
            "J'ai demandé la taille 3 et je reçois encore la 2, fuites toutes les nuits"
        ],
        "member_fee": [
            "Je suis membre Plus et on m'a facturé la livraison supplémentaire comme une non-membre"
        ],
    },
    "pt": {
        "missed_pickup": ["O saco sujo ficou à porta O DIA TODO e ninguém veio buscar"],
        "stained": ["Vieram fraldas MANCHADAS na entrega limpa, para um recém-nascido?"],
        "double_charge": [
            "Cobraram a assinatura DUAS vezes este mês, 2 x 39 €. Devolvam por favor"
        ],
        "wrong_size": ["Pedi tamanho 3 e veio outra vez o 2, vaza tudo à noite"],
        "member_fee": ["Sou sócia Plus e cobraram-me a entrega extra como se não fosse"],
    },
    "es": {
        "missed_pickup": ["El saco sucio se quedó en la puerta TODO EL DÍA y nadie vino"],
        "stained": ["Llegaron pañales MANCHADOS en la entrega limpia, ¿para un recién nacido?"],
        "double_charge": [
            "Me habéis cobrado la suscripción DOS veces este mes, 2 x 39 €. Devolvedlo"
        ],
        "wrong_size": ["Pedí talla 3 y llega otra vez la 2, se sale todo por la noche"],
        "member_fee": ["Soy socia Plus y me cobrasteis la entrega extra como a una no socia"],
    },
}

LONG_EMAIL: dict[str, str] = {
    "it": "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa della pediatra, con la piccola in braccio e mia suocera che mi manda messaggi ogni cinque minuti. Siamo clienti da otto mesi e finora mi ero sempre trovata bene, lo dico subito. Ma questa settimana {complaint}. Con una neonata in casa non posso permettermi di restare senza pannolini puliti, e non ho tempo di chiamare tre volte.\n\nVi chiedo di sistemare la cosa entro domani.\n\nCordiali saluti,\n{name}",
    "de": "Sehr geehrtes Fasciora-Team,\n\nich schreibe Ihnen aus dem Auto vor der Kita, während der Große noch seine Schuhe sucht und die Kleine hinten schläft. Wir sind seit fast einem Jahr Kunden und ich habe Sie schon drei Freundinnen empfohlen. Aber diese Woche: {complaint}. Mit zwei Kindern unter drei habe ich dafür schlicht keine Nerven.\n\nBitte kümmern Sie sich bis morgen darum.\n\nMit freundlichen Grüßen\n{name}",
}

CASE_OPENED: dict[str, str] = {
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la pratica {case} e la seguiamo noi, ti aggiorniamo entro oggi.",
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns heute noch.",
    "en": "Hi {first}, we're so sorry. We've opened case {case} and will update you today.",
    "fr": "Bonjour {first}, nous sommes désolés. Nous avons ouvert le dossier {case} et revenons vers vous aujourd'hui.",
    "pt": "Olá {first}, lamentamos muito. Abrimos o pedido {case} e damos notícias hoje.",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y te decimos algo hoy.",
}

QUALITY_LEAD: dict[str, str] = {
    "it": "Ciao {first}, la pratica {case} è ora nelle mani della nostra responsabile qualità, che ti chiamerà entro venerdì.",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitag anruft.",
    "en": "Hi {first}, case {case} is now with our quality lead, who will call you before Friday.",
    "fr": "Bonjour {first}, le dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi.",
    "pt": "Olá {first}, o pedido {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta.",
    "es": "Hola {first}, la incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes.",
}

GOOD_NEWS: dict[str, str] = {
    "it": "Buone notizie sulla pratica {case}: dovrebbe essere tutto risolto. Ci confermi?",
    "de": "Gute Nachrichten zu {case}: es sollte alles behoben sein. Können Sie das bestätigen?",
    "en": "Good news on case {case}: it should all be sorted now. Could you confirm?",
    "fr": "Bonne nouvelle pour le dossier {case} : tout devrait être réglé. Pouvez-vous confirmer ?",
    "pt": "Boas notícias sobre o pedido {case}: deve estar tudo resolvido. Pode confirmar?",
    "es": "Buenas noticias sobre la incidencia {case}: debería estar resuelto. ¿Nos lo confirmas?",
}

CONFIRM: dict[str, str] = {
    "it": "confermo, {case} risolta, grazie",
    "de": "Bestätigt, {case} ist erledigt, danke",
    "en": "confirmed, {case} is sorted, thanks",
    "fr": "je confirme, {case} c'est réglé, merci",
    "pt": "confirmo, {case} resolvido, obrigada",
    "es": "confirmado, {case} solucionado, gracias",
}

STILL_OPEN: dict[str, str] = {
    "it": "Pratica {case}: ancora niente, il problema è sempre lì. {complaint}",
    "de": "Vorgang {case}: immer noch nichts passiert. {complaint}",
    "en": "Case {case}: still nothing. {complaint}",
    "fr": "Dossier {case} : toujours rien. {complaint}",
    "pt": "Pedido {case}: continua tudo igual. {complaint}",
    "es": "Incidencia {case}: sigue igual. {complaint}",
}

THIRD_LINE: dict[str, str] = {
    "it": "Una mia amica usa {competitor} e a lei lo risolvono in giornata.",
    "de": "Meine Schwester ist bei {competitor}, da wird sowas am selben Tag gelöst.",
    "en": "A friend uses {competitor} and they sort this the same day.",
    "fr": "Une amie est chez {competitor}, eux règlent ça le jour même.",
    "pt": "Uma amiga usa a {competitor} e lá resolvem no mesmo dia.",
    "es": "Una amiga está con {competitor} y allí lo arreglan en el día.",
}

FOURTH_LINE: dict[str, str] = {
    "it": "È la QUARTA volta che scrivo.",
    "de": "Das ist das VIERTE Mal, dass ich schreibe.",
    "en": "This is the FOURTH time I'm writing.",
    "fr": "C'est la QUATRIÈME fois que j'écris.",
    "pt": "É a QUARTA vez que escrevo.",
    "es": "Es la CUARTA vez que escribo.",
}

URGENT: dict[str, str] = {
    "it": "Aggiunto alla pratica {case} e segnato come urgente.",
    "de": "Zu {case} hinzugefügt und als dringend markiert.",
    "en": "Added to case {case} and marked urgent.",
    "fr": "Ajouté au dossier {case}, marqué urgent.",
    "pt": "Acrescentado ao pedido {case}, marcado como urgente.",
    "es": "Añadido a la incidencia {case}, marcada como urgente.",
}

APOLOGY: dict[str, str] = {
    "it": "scusate per ieri, ero stanchissima e ho esagerato. grazie per la pazienza",
    "de": "Sorry wegen gestern, war total übermüdet. Danke für die Geduld",
    "en": "sorry about yesterday, zero sleep, I was rude. thanks for sorting it",
    "fr": "désolée pour hier, nuit blanche, j'ai été sèche. merci",
    "pt": "desculpem ontem, noite sem dormir, fui bruta. obrigada",
    "es": "perdón por lo de ayer, sin dormir, me pasé. gracias",
}

CSAT_WORD: dict[str, list[str]] = {
    "it": ["pessimo", ""],
    "de": ["schlecht", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "pt": ["mau", ""],
    "es": ["fatal", ""],
}

HAPPY_SURVEY: dict[str, list[str]] = {
    "it": ["bravissimi", "❤️", ""],
    "de": ["top", "👍", ""],
    "en": ["spot on", ""],
    "fr": ["parfait", ""],
    "pt": ["5 estrelas", ""],
    "es": ["genial", ""],
}

SLIDE: dict[str, list[str]] = {
    "it": [
        "Consegna arrivata alle 13 invece che alle 8, senza avvisare. Vabbè",
        "Questa volta due pannolini con gli automatici rotti",
        "Nel sacco pulito c'era un body che non è nostro. Un po' inquietante",
        "Addebito di 6 € per 'sacco non conforme'. Il sacco è il vostro",
        "Pannolini che sanno di candeggina, al bimbo si arrossa tutto. Basta",
        "Mia cognata usa {competitor}, ho già prenotato la prova gratuita per lunedì",
    ],
    "de": [
        "Lieferung um 13 statt um 8 Uhr, ohne Bescheid. Naja",
        "Diesmal zwei Windeln mit kaputten Druckknöpfen",
        "Im sauberen Sack lag ein Body, der nicht uns gehört. Etwas gruselig",
        "6 € Gebühr für 'falschen Sack'. Es ist EUER Sack",
        "Windeln riechen nach Chlor, der Po ist wund. Reicht jetzt",
        "Meine Schwägerin ist bei {competitor}, Probewoche ab Montag ist gebucht",
    ],
    "en": [
        "Drop came at 1pm not 8am, no text. Oh well",
        "Two nappies with broken poppers this time",
        "Someone else's vest in our clean bag. Bit creepy",
        "£5 'non-standard bag' fee. It's YOUR bag",
        "Nappies smell of bleach and his bum is raw. Enough",
        "My sister-in-law uses {competitor}, trial week booked from Monday",
    ],
    "fr": [
        "Livraison à 13h au lieu de 8h, sans prévenir. Bon",
        "Deux couches avec les pressions cassées cette fois",
        "Un body qui n'est pas à nous dans le sac propre. Bizarre",
        "6 € de frais 'sac non conforme'. C'est VOTRE sac",
        "Les couches sentent la javel, fesses rouges. Ça suffit",
        "Ma belle-sœur est chez {competitor}, semaine d'essai réservée lundi",
    ],
    "pt": [
        "Entrega às 13h em vez das 8h, sem aviso. Enfim",
        "Duas fraldas com molas partidas desta vez",
        "Um body que não é nosso no saco limpo. Estranho",
        "6 € de taxa 'saco não conforme'. O saco é VOSSO",
        "Fraldas a cheirar a lixívia, rabinho todo vermelho. Chega",
        "A minha cunhada usa a {competitor}, semana de teste marcada para segunda",
    ],
    "es": [
        "Entrega a las 13h en vez de a las 8, sin avisar. Bueno",
        "Dos pañales con los corchetes rotos esta vez",
        "Un body que no es nuestro en el saco limpio. Raro",
        "6 € de cargo por 'saco no conforme'. El saco es VUESTRO",
        "Pañales con olor a lejía, el culito rojo. Se acabó",
        "Mi cuñada usa {competitor}, semana de prueba reservada para el lunes",
    ],
}

CANCEL_ASK: dict[str, str] = {
    "it": "Buongiorno, la bimba ormai va al vasino da sola, quindi vorrei disdire Fasciora Plus e chiudere l'account. Grazie di tutto",
    "de": "Hallo, unser Sohn ist jetzt trocken, ich möchte Fasciora Plus kündigen und das Konto schließen. Danke für alles",
    "en": "Hi, our little one is potty trained now, so I'd like to cancel Fasciora Plus and close the account. Thanks for everything",
    "fr": "Bonjour, la petite est propre, je souhaite résilier Fasciora Plus et fermer le compte. Merci pour tout",
    "pt": "Olá, o bebé já não usa fralda, quero cancelar o Fasciora Plus e fechar a conta. Obrigada por tudo",
    "es": "Hola, el niño ya no usa pañal, quiero cancelar Fasciora Plus y cerrar la cuenta. Gracias por todo",
}

SORRY_GO: dict[str, str] = {
    "it": "Ci dispiace vederti andare! Puoi disdire da sola nell'app o sul sito, in Abbonamento.",
    "de": "Schade, dass Sie gehen! Sie können selbst in der App oder auf der Website unter Abo kündigen.",
    "en": "Sorry to see you go! You can cancel yourself in the app or on the website under Plan.",
    "fr": "Dommage de vous voir partir ! Vous pouvez résilier dans l'app ou sur le site, rubrique Abonnement.",
    "pt": "Pena vê-la partir! Pode cancelar na app ou no site, em Assinatura.",
    "es": "¡Qué pena que te vayas! Puedes cancelar en la app o en la web, en Suscripción.",
}

SARCASM: dict[str, str] = {
    "it": "Consegna 'mattutina' alle 19:30, giusto in tempo per il bagnetto 👏",
    "de": "'Morgenlieferung' um 19:30, pünktlich zum Baden 👏",
    "en": "'Morning' drop at 7:30pm, just in time for bath time 👏",
    "fr": "Livraison 'matinale' à 19h30, pile pour le bain 👏",
    "pt": "Entrega 'da manhã' às 19:30, mesmo a tempo do banho 👏",
    "es": "Entrega 'de mañana' a las 19:30, justo para el baño 👏",
}

GRUMBLE: dict[str, list[str]] = {
    "it": [
        "L'app mi scollega ogni volta, che noia",
        "Il promemoria delle 6 di mattina sveglia il bambino",
    ],
    "de": ["Die App loggt mich jedes Mal aus, nervig", "Die Erinnerung um 6 Uhr weckt das Baby"],
    "en": ["App logs me out every single time"],
    "fr": ["L'appli me déconnecte à chaque fois"],
    "pt": ["A app desliga a sessão sempre"],
    "es": ["La app me cierra la sesión cada vez"],
}

MILD: dict[str, str] = {
    "it": "La mappa delle zone di consegna nell'app è lenta a caricare oggi",
    "de": "Die Liefergebietskarte in der App lädt heute sehr langsam",
    "en": "The delivery-area map in the app is slow to load today",
    "fr": "La carte des zones de livraison est lente aujourd'hui",
    "pt": "O mapa das zonas de entrega está lento hoje",
    "es": "El mapa de zonas de entrega va lento hoy",
}

MILD_ANSWER: dict[str, str] = {
    "it": "Grazie della segnalazione, lo giriamo al team dell'app.",
    "de": "Danke für den Hinweis, wir geben es ans App-Team weiter.",
    "en": "Thanks for flagging, we've passed it to the app team.",
    "fr": "Merci du signalement, transmis à l'équipe appli.",
    "pt": "Obrigado pelo aviso, passámos à equipa da app.",
    "es": "Gracias por avisar, lo pasamos al equipo de la app.",
}

# The spike: the doorstep scan of the return bag says the bag belongs to another household.
SPIKE: dict[str, list[str]] = {
    "it": [
        "L'autista non ritira il sacco: lo scanner dice che il sacco è di un'altra famiglia, errore BGX-726. È il NOSTRO sacco",
        "Ma che succede? L'autista scansiona il codice del sacco e gli esce 'sacco di un altro cliente', se n'è andato senza ritirarlo",
        "Errore BGX-726 sul palmare del corriere, niente ritiro, niente pannolini puliti. Aiuto",
    ],
    "de": [
        "Fahrer nimmt den Sack nicht mit, Scanner sagt 'gehört anderem Haushalt', Fehler BGX-726. Es ist UNSER Sack",
        "Was ist los? Beim Scannen des Sacks steht 'anderer Kunde', der Fahrer ist ohne Abholung weg",
        "BGX-726 beim Scannen an der Tür, keine Abholung und keine sauberen Windeln",
    ],
    "en": [
        "Driver won't take our bag, scanner says it belongs to another household, BGX-726. It's OUR bag",
        "driver scanned the bag tag and it came up as someone else's, left without collecting",
    ],
    "fr": [
        "Le livreur refuse le sac, le scanner dit qu'il appartient à un autre foyer, erreur BGX-726"
    ],
    "pt": ["O motorista não leva o saco, o leitor diz que é de outra família, erro BGX-726"],
    "es": [
        "El repartidor no se lleva el saco, el escáner dice que es de otro hogar, error BGX-726"
    ],
}

SPIKE_AGAIN: dict[str, str] = {
    "it": "Ancora BGX-726, ora anche il vicino ha lo stesso problema. Il sacco è sempre qui",
    "de": "Immer noch BGX-726, der Nachbar hat jetzt dasselbe. Der Sack steht noch da",
    "en": "Still BGX-726, neighbour's driver got the same now. Bag still on the step",
    "fr": "Toujours BGX-726, la voisine aussi maintenant. Le sac est encore là",
    "pt": "Continua o BGX-726, a vizinha também agora. O saco continua cá",
    "es": "Sigue el BGX-726, la vecina igual. El saco sigue aquí",
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "it": "Sì, in questo momento gli scanner dei ritiri danno errore ovunque, i tecnici ci stanno lavorando",
    "de": "Ja, die Abhol-Scanner melden gerade überall Fehler, unsere Technik ist dran",
    "en": "Yes, pick-up scanners are failing everywhere right now, our engineers are on it",
    "fr": "Oui, les scanners de collecte sont en panne partout, nos techniciens s'en occupent",
    "pt": "Sim, os leitores de recolha estão a falhar em todo o lado, os técnicos estão a tratar",
    "es": "Sí, los escáneres de recogida fallan en todas partes, los técnicos están en ello",
}

SPIKE_FIXED: dict[str, str] = {
    "it": "Gli scanner funzionano di nuovo dalle 12:40; ripassiamo oggi pomeriggio e ti abbiamo accreditato 10 €.",
    "de": "Die Scanner gehen seit 12:40 wieder; wir kommen heute Nachmittag nochmal und haben 10 € gutgeschrieben.",
    "en": "Scanners work again since 11:40; we'll come back this afternoon and have added a £9 credit.",
    "fr": "Les scanners refonctionnent depuis 12h40 ; nous repassons cet après-midi, 10 € crédités.",
    "pt": "Os leitores funcionam desde as 11:40; voltamos esta tarde e creditámos 10 €.",
    "es": "Los escáneres funcionan desde las 12:40; volvemos esta tarde y te abonamos 10 €.",
}

LONE_Q: dict[str, str] = {
    "it": "Ieri l'autista ha scansionato il sacco due volte prima che passasse, è normale?",
    "de": "Gestern musste der Fahrer den Sack zweimal scannen bis es ging, ist das normal?",
}

LONE_A: dict[str, str] = {
    "it": "Sì, se l'etichetta è piegata a volte serve una seconda lettura, nessun problema.",
    "de": "Ja, bei geknickter Etikette braucht es manchmal zwei Versuche, alles in Ordnung.",
}

# Business arm (Fasciora Nido: nurseries on account).
B2B_PROBLEMS = ("invoice", "short_delivery", "portal")

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "it": {
        "invoice": "La fattura di questo mese non riporta il numero d'ordine e ha la ragione sociale vecchia, l'amministrazione la respinge",
        "short_delivery": "Ci sono arrivati 200 pannolini invece di 400, con 30 bambini non bastano fino a venerdì",
        "portal": "Il portale non mostra gli ordini aperti, non possiamo modificare la consegna di lunedì",
    },
    "de": {
        "invoice": "Die Rechnung hat keine Bestellnummer und den alten Firmennamen, die Buchhaltung lehnt sie ab",
        "short_delivery": "Es kamen 200 statt 400 Windeln, bei 30 Kindern reicht das nicht bis Freitag",
        "portal": "Das Portal zeigt keine offenen Bestellungen, wir können die Montagslieferung nicht ändern",
    },
    "en": {
        "invoice": "This month's invoice has no PO number and the old company name, accounts won't pay it",
        "short_delivery": "We got 200 nappies instead of 400, not enough for 30 children until Friday",
        "portal": "The portal shows no open orders, we can't change Monday's delivery",
    },
    "fr": {
        "invoice": "La facture n'a pas de numéro de commande et l'ancienne raison sociale, la compta la refuse",
        "short_delivery": "200 couches livrées au lieu de 400, pas assez pour 30 enfants jusqu'à vendredi",
        "portal": "Le portail n'affiche aucune commande ouverte, impossible de modifier lundi",
    },
    "pt": {
        "invoice": "A fatura não tem número de encomenda e tem o nome antigo da empresa, a contabilidade recusa",
        "short_delivery": "Chegaram 200 fraldas em vez de 400, não chega para 30 crianças até sexta",
        "portal": "O portal não mostra encomendas abertas, não conseguimos alterar a de segunda",
    },
    "es": {
        "invoice": "La factura no lleva número de pedido y tiene la razón social antigua, contabilidad la rechaza",
        "short_delivery": "Llegaron 200 pañales en vez de 400, no llegan para 30 niños hasta el viernes",
        "portal": "El portal no muestra pedidos abiertos, no podemos cambiar la entrega del lunes",
    },
}

B2B_SAME: dict[str, str] = {
    "it": "Come vi ha già scritto {other}, stesso problema (pratica {case}): {complaint}",
    "de": "Wie {other} Ihnen schon geschrieben hat, dasselbe Problem (Vorgang {case}): {complaint}",
    "en": "As {other} already wrote, same problem (case {case}): {complaint}",
    "fr": "Comme {other} vous l'a écrit, même problème (dossier {case}) : {complaint}",
    "pt": "Como a {other} já escreveu, o mesmo problema (pedido {case}): {complaint}",
    "es": "Como ya os escribió {other}, mismo problema (incidencia {case}): {complaint}",
}

B2B_LAST: dict[str, str] = {
    "it": "pratica {case} ancora niente risolto hanno scritto in tre il mio capo dice che se non si sistema questa settimana passiamo a {competitor}",
    "de": "Vorgang {case} immer noch nicht gelöst drei Kolleginnen haben geschrieben mein Chef sagt wenn das diese Woche nicht klappt wechseln wir zu {competitor}",
    "en": "case {case} still not fixed three of us have written my manager says we move to {competitor} if it isn't sorted this week",
    "fr": "dossier {case} toujours pas réglé on est trois à avoir écrit ma directrice dit qu'on passe chez {competitor} si ce n'est pas réglé cette semaine",
    "pt": "pedido {case} ainda nada três de nós escrevemos a diretora diz que mudamos para a {competitor} se não ficar resolvido esta semana",
    "es": "incidencia {case} sigue sin resolver hemos escrito tres mi jefa dice que nos vamos a {competitor} si no se arregla esta semana",
}

B2B_SUGGEST: dict[str, str] = {
    "it": "Suggerimento: sarebbe utile esportare i costi per sezione (lattanti, divezzi)",
    "de": "Vorschlag: Kosten nach Gruppe exportieren können wäre praktisch",
    "en": "Suggestion: could we export costs by room (babies, toddlers)?",
    "fr": "Suggestion : pouvoir exporter les coûts par section serait pratique",
    "pt": "Sugestão: exportar custos por sala dava jeito",
    "es": "Sugerencia: poder exportar costes por aula sería útil",
}

B2B_QUESTION: dict[str, str] = {
    "it": "Buongiorno, possiamo aggiungere 50 bavaglini alla consegna di giovedì?",
    "de": "Guten Morgen, können wir 50 Lätzchen zur Donnerstagslieferung dazunehmen?",
    "en": "Morning, can we add 50 bibs to Thursday's delivery?",
    "fr": "Bonjour, on peut ajouter 50 bavoirs jeudi ?",
    "pt": "Bom dia, podemos juntar 50 babetes à entrega de quinta?",
    "es": "Buenos días, ¿podemos añadir 50 baberos a la entrega del jueves?",
}

ACK: dict[str, str] = {
    "it": "Grazie, registrato con il riferimento {case}.",
    "de": "Danke, erfasst unter {case}.",
    "en": "Thanks, logged under {case}.",
    "fr": "Merci, enregistré sous {case}.",
    "pt": "Obrigado, registado com {case}.",
    "es": "Gracias, registrado con {case}.",
}

PHONE_Q: dict[str, str] = {
    "it": "salve volevo sapere se posso cambiare il giorno di consegna da martedì a giovedì grazie",
    "de": "hallo ich wollte fragen ob ich den Liefertag von Dienstag auf Donnerstag ändern kann danke",
    "en": "hi yeah just wondering if i can move my delivery day from tuesday to thursday thanks",
    "fr": "bonjour je voulais savoir si je peux changer le jour de livraison de mardi à jeudi merci",
    "pt": "olá queria saber se posso mudar o dia de entrega de terça para quinta obrigada",
    "es": "hola quería saber si puedo cambiar el día de entrega de martes a jueves gracias",
}

SUBJECT_COMPLAINT: dict[str, str] = {
    "it": "Reclamo: ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "pt": "Reclamação: ",
    "es": "Reclamación: ",
}

SUBJECT_RE: dict[str, str] = {
    "it": "R: Pratica ",
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "fr": "RE : Dossier ",
    "pt": "RE: Pedido ",
    "es": "RE: Incidencia ",
}

TOPIC_WORD: dict[str, dict[str, str]] = {
    lang: {p: COMPLAINT[lang][p][0].split(",")[0][:40] for p in PROBLEMS} for lang in LANGS
}

FIRST = {
    "it": [
        "Giulia",
        "Chiara",
        "Marco",
        "Sara",
        "Luca",
        "Francesca",
        "Elena",
        "Matteo",
        "Alessia",
        "Davide",
    ],
    "de": ["Lena", "Jonas", "Anna", "Felix", "Marie", "Lukas", "Sophie", "Tobias", "Hannah", "Jan"],
    "en": ["Emma", "Oliver", "Chloe", "Harry", "Amelia", "Jack"],
    "fr": ["Camille", "Louis", "Manon", "Hugo", "Léa", "Jules"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui"],
    "es": ["Lucía", "Pablo", "Marta", "Diego", "Irene", "Álvaro"],
}

LAST = {
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Esposito",
        "Romano",
        "Colombo",
        "Ricci",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Marino",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Koch",
        "Richter",
        "Wolf",
        "Neumann",
        "Braun",
    ],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walsh", "Byrne"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Leroy", "Moreau"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Oliveira", "Rodrigues", "Martins"],
    "es": ["García", "López", "Martín", "Sánchez", "Pérez", "Gómez", "Ruiz", "Navarro"],
}

MARKETS = {
    "it": [("IT", "+39 3", 9), ("CH", "+41 7", 8)],
    "de": [("DE", "+49 15", 9), ("AT", "+43 66", 8), ("CH", "+41 7", 8)],
    "en": [("UK", "+44 7", 9), ("IE", "+353 8", 8)],
    "fr": [("FR", "+33 6", 8), ("BE", "+32 47", 7)],
    "pt": [("PT", "+351 9", 8)],
    "es": [("ES", "+34 6", 8)],
}

COMPETITORS = ("Pannolo", "Windelwerk")
