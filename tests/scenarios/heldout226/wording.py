"""Wording of heldout226 (Pulvera: coffee subscriptions and espresso-machine rental).

Every language has its own wording in every table. Placeholders: {b} brand, {c} case,
{comp} competitor, {p} product.
"""

# ruff: noqa: E501

LANGS = ("en", "de", "fr", "it", "pt", "es")

PRAISE = {
    "en": [
        "Beans from {b} arrived roasted four days ago, the flat white this morning was unreal",
        "honestly the best crema I've had at home, cheers {b}",
    ],
    "de": [
        "Die Bohnen von {b} sind wieder frisch geröstet angekommen, der Espresso heute früh ein Traum",
        "Mietmaschine läuft seit Monaten ohne Zicken, danke {b}",
    ],
    "fr": ["Les grains {b} arrivent toujours fraîchement torréfiés, un régal le matin"],
    "it": ["Il caffè di {b} arriva sempre tostato da pochi giorni, crema perfetta"],
    "pt": ["O café da {b} chega sempre acabado de torrar, que maravilha de manhã"],
    "es": ["El café de {b} llega recién tostado, el cortado de esta mañana buenísimo"],
}
AGAIN = {
    "en": ["third time this year the grinder burrs were swapped free, {b} still brilliant"],
    "de": ["Schon wieder pünktlich geliefert, zum dritten Mal diesen Monat, {b} bleibt super"],
    "fr": ["Encore une livraison impeccable, la troisième ce mois-ci, merci {b}"],
    "it": ["Ancora una volta consegna puntuale, terza di fila, grazie {b}"],
    "pt": ["Outra vez entrega no dia certo, terceira seguida, obrigada {b}"],
    "es": ["Otra vez el pedido a tiempo, ya van tres seguidos, gracias {b}"],
}
GRIPE = {
    "en": ["Love the Ethiopian roast, only the bag's zip is rubbish. Otherwise spot on"],
    "de": ["Sehr lecker, nur der Beutelverschluss hält nicht. Sonst top"],
    "fr": ["Très bon café, seul le zip du sachet ne ferme pas bien. Sinon parfait"],
    "it": ["Ottimo caffè, solo la zip della busta non chiude. Per il resto perfetto"],
    "pt": ["Café ótimo, só o fecho do saco não fecha bem. De resto perfeito"],
    "es": ["Café buenísimo, solo el cierre de la bolsa no va bien. Por lo demás genial"],
}
QUESTION = {
    "en": [
        "Can I pause my subscription for two weeks while I'm away?",
        "which grind suits a moka pot?",
    ],
    "de": [
        "Kann ich mein Abo für zwei Wochen pausieren, wir sind im Urlaub?",
        "Welcher Mahlgrad passt für die Siebträgermaschine?",
    ],
    "fr": ["Je peux mettre mon abonnement en pause deux semaines ?"],
    "it": ["Posso sospendere l'abbonamento per due settimane?"],
    "pt": ["Posso pausar a assinatura durante duas semanas?"],
    "es": ["¿Puedo pausar la suscripción dos semanas?"],
}
CALL_Q = {
    "en": ["hi yeah just wondering if i can swap next weeks beans for the decaf thanks"],
    "de": [
        "ja hallo ich wollte fragen ob ich nächste Woche statt Espresso den Entkoffeinierten bekommen kann"
    ],
    "fr": ["oui bonjour je voulais savoir si je peux passer au déca la semaine prochaine"],
    "it": ["sì buongiorno volevo sapere se posso avere il decaffeinato la prossima settimana"],
    "pt": ["olá queria saber se posso trocar para descafeinado na próxima semana"],
    "es": ["hola buenas quería saber si puedo cambiar al descafeinado la semana que viene"],
}
ANSWER = {
    "en": ["Yes of course, done from our side. Enjoy! – Pulvera team"],
    "de": ["Klar, ist erledigt. Viel Genuss! – Ihr Pulvera-Team"],
    "fr": ["Bien sûr, c'est fait de notre côté. Bonne dégustation ! – L'équipe Pulvera"],
    "it": ["Certo, fatto. Buon caffè! – Il team Pulvera"],
    "pt": ["Claro, já está tratado. Bom café! – Equipa Pulvera"],
    "es": ["Claro, ya está hecho. ¡Que lo disfrutes! – Equipo Pulvera"],
}
THANKS = {
    "en": ["cheers legend", "ta very much"],
    "de": ["Danke dir, mega", "merci, passt"],
    "fr": ["merci c'est top"],
    "it": ["grazie mille, gentilissimi"],
    "pt": ["valeu, obrigado"],
    "es": ["mil gracias, cracks"],
}
NIGHT_POST = {
    "en": ["3am, newborn awake, and the {b} decaf is the only thing keeping me human"],
    "de": ["Nachtschicht im Krankenhaus, die {b} Bohnen im Pausenraum retten mich"],
    "fr": ["Insomnie, je regarde des vidéos de latte art, vivement le café {b} demain"],
    "it": ["Turno di notte, per fortuna c'è il decaffeinato {b}"],
    "pt": ["Noite de estudo, o café {b} está a salvar-me"],
    "es": ["Las 2 de la mañana estudiando, y el descafeinado de {b} salvándome"],
}
NIGHT_Q = {
    "en": ["quick one, does the machine need descaling if the light blinks orange?"],
    "de": ["Kurze Frage: muss ich entkalken, wenn die Lampe orange blinkt?"],
    "fr": ["petite question, faut-il détartrer si le voyant clignote orange ?"],
    "it": ["domanda veloce, devo decalcificare se la spia lampeggia arancione?"],
    "pt": ["pergunta rápida, tenho de descalcificar se a luz pisca laranja?"],
    "es": ["pregunta rápida, ¿hay que descalcificar si la luz parpadea naranja?"],
}
SURVEY_WORD = {
    "en": ["great", ""],
    "de": ["super", ""],
    "fr": ["parfait", ""],
    "it": ["ottimo", ""],
    "pt": ["ótimo", ""],
    "es": ["genial", ""],
}
# Consumer problems: no_show, double_charge, broken_machine, refund, wrong_price.
PROBLEM = {
    "en": {
        "no_show": "Marked delivered at 8:14 and NO beans anywhere. Third week running I'm buying supermarket coffee",
        "double_charge": "You charged my membership TWICE this month, £19 gone twice, sort it please",
        "broken_machine": "The rental machine arrived leaking water all over the worktop, unusable",
        "refund": "Returned the machine three weeks ago and STILL no deposit back",
        "wrong_price": "I'm a Pulvera Club member and got charged the full non-member price",
    },
    "de": {
        "no_show": "Als zugestellt markiert und KEINE Bohnen da. Schon wieder kein Kaffee am Montag",
        "double_charge": "Ihr habt die Mitgliedschaft ZWEIMAL abgebucht, 19 € doppelt weg",
        "broken_machine": "Die Mietmaschine kam undicht an, die ganze Küche steht unter Wasser",
        "refund": "Maschine vor drei Wochen zurückgeschickt und IMMER NOCH keine Kaution",
        "wrong_price": "Ich bin Club-Mitglied und zahle trotzdem den vollen Preis",
    },
    "fr": {
        "no_show": "Marqué livré et AUCUN café reçu. Lundi sans café, merci",
        "double_charge": "Abonnement prélevé DEUX fois ce mois-ci, 19 € en double",
        "broken_machine": "La machine louée fuit partout, inutilisable",
        "refund": "Machine rendue il y a trois semaines, TOUJOURS pas de caution remboursée",
        "wrong_price": "Je suis membre du Club et on m'a facturé le plein tarif",
    },
    "it": {
        "no_show": "Risulta consegnato ma NIENTE caffè. Lunedì senza caffè",
        "double_charge": "Mi avete addebitato l'abbonamento DUE volte, 19 € in più",
        "broken_machine": "La macchina a noleggio perde acqua ovunque, inutilizzabile",
        "refund": "Macchina restituita tre settimane fa e ANCORA nessun rimborso della cauzione",
        "wrong_price": "Sono socio del Club e mi avete fatto pagare il prezzo pieno",
    },
    "pt": {
        "no_show": "Marcado como entregue e NADA de café. Segunda sem café",
        "double_charge": "Cobraram a assinatura DUAS vezes este mês, 19 € a mais",
        "broken_machine": "A máquina alugada chegou a pingar água por todo o lado",
        "refund": "Devolvi a máquina há três semanas e AINDA sem a caução",
        "wrong_price": "Sou sócio do Clube e cobraram-me o preço normal",
    },
    "es": {
        "no_show": "Marcado como entregado y NI RASTRO del café. Lunes sin café",
        "double_charge": "Me habéis cobrado la cuota DOS veces este mes, 19 € de más",
        "broken_machine": "La cafetera de alquiler llegó goteando agua por toda la encimera",
        "refund": "Devolví la cafetera hace tres semanas y SIGO sin la fianza",
        "wrong_price": "Soy socia del Club y me han cobrado el precio normal",
    },
}
LONG_OPEN = {
    "en": "Dear Pulvera team,\n\nI'm writing this from the hospital car park while my dad has his check-up, so forgive the tone. We've been with you for two years and I've recommended you to half my office. But this week: ",
    "de": "Liebes Pulvera-Team,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, der Hund hat sich die Pfote verletzt. Wir sind seit drei Jahren Kunden und haben Sie überall empfohlen. Aber diese Woche: ",
    "fr": "Bonjour,\n\nje vous écris depuis le train, entre deux réunions. Cliente depuis deux ans, je vous ai toujours recommandés. Mais cette semaine : ",
    "it": "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista. Siamo clienti da due anni e vi abbiamo sempre consigliato. Ma questa settimana: ",
    "pt": "Olá,\n\nescrevo-vos da paragem do autocarro, a caminho do trabalho. Sou cliente há dois anos e sempre vos recomendei. Mas esta semana: ",
    "es": "Hola,\n\nos escribo desde la puerta del cole esperando a los niños. Llevamos dos años con vosotros y os he recomendado a todo el mundo. Pero esta semana: ",
}
LONG_CLOSE = {
    "en": ".\n\nPlease sort this out. Regards",
    "de": ".\n\nBitte kümmern Sie sich darum. Viele Grüße",
    "fr": ".\n\nMerci de régler ça. Cordialement",
    "it": ".\n\nVi prego di risolvere. Cordiali saluti",
    "pt": ".\n\nPor favor resolvam isto. Cumprimentos",
    "es": ".\n\nPor favor, solucionadlo. Un saludo",
}
SUBJ_COMPLAINT = {
    "en": "Complaint",
    "de": "Beschwerde",
    "fr": "Réclamation",
    "it": "Reclamo",
    "pt": "Reclamação",
    "es": "Reclamación",
}
SUBJ_RE = {
    "en": "Re: Your case",
    "de": "AW: Vorgang",
    "fr": "RE : Demande",
    "it": "R: Segnalazione",
    "pt": "RE: Pedido",
    "es": "RE: Incidencia",
}
CASE_OPENED = {
    "en": "Sorry about this. We've opened case {c} and will get back to you within a day. – Pulvera",
    "de": "Das tut uns leid. Wir haben den Vorgang {c} eröffnet und melden uns binnen eines Tages. – Pulvera",
    "fr": "Désolés. Nous avons ouvert la demande {c} et revenons vers vous sous 24 h. – Pulvera",
    "it": "Ci dispiace. Abbiamo aperto la segnalazione {c}, vi rispondiamo entro un giorno. – Pulvera",
    "pt": "Lamentamos. Abrimos o pedido {c} e respondemos dentro de um dia. – Pulvera",
    "es": "Lo sentimos. Hemos abierto la incidencia {c} y te respondemos en un día. – Pulvera",
}
QUALITY_LEAD = {
    "en": "Your case {c} is now with our quality lead, who will call you before Friday lunchtime. – Pulvera",
    "de": "Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. – Pulvera",
    "fr": "Votre demande {c} est chez notre responsable qualité, qui vous appellera avant vendredi midi. – Pulvera",
    "it": "La segnalazione {c} è ora al nostro responsabile qualità, che la chiamerà entro venerdì. – Pulvera",
    "pt": "O pedido {c} está agora com a nossa responsável de qualidade, que liga antes de sexta. – Pulvera",
    "es": "Tu incidencia {c} está con nuestra responsable de calidad, que te llamará antes del viernes. – Pulvera",
}
GOOD_NEWS = {
    "en": "Good news on case {c}: it's sorted on our side. Could you confirm all is well? – Pulvera",
    "de": "Gute Nachricht zu Vorgang {c}: bei uns erledigt. Können Sie bestätigen, dass alles passt? – Pulvera",
    "fr": "Bonne nouvelle pour la demande {c} : c'est réglé. Pouvez-vous confirmer ? – Pulvera",
    "it": "Buone notizie sulla segnalazione {c}: risolto. Può confermare? – Pulvera",
    "pt": "Boas notícias sobre o pedido {c}: resolvido. Pode confirmar? – Pulvera",
    "es": "Buenas noticias sobre la incidencia {c}: resuelto. ¿Nos lo confirmas? – Pulvera",
}
CONFIRM = {
    "en": "confirmed, {c} all fine now, thanks a lot",
    "de": "Bestätige: {c} ist erledigt, alles gut, danke",
    "fr": "je confirme, {c} c'est bon, merci",
    "it": "confermo, {c} tutto a posto, grazie",
    "pt": "confirmo, {c} está resolvido, obrigado",
    "es": "confirmado, {c} todo bien ya, gracias",
}
APOLOGY = {
    "en": "sorry for my rant yesterday, bad day, your team was lovely",
    "de": "Sorry für meinen Ton gestern, war ein mieser Tag. Ihr wart nett",
    "fr": "désolée pour mon message d'hier, mauvaise journée, merci pour votre patience",
    "it": "scusate per ieri, giornataccia, siete stati gentili",
    "pt": "desculpem o tom de ontem, foi um mau dia, foram simpáticos",
    "es": "perdón por lo de ayer, mal día, habéis sido muy amables",
}
STILL_OPEN = {
    "en": "Case {c} still open, nothing has changed. {prob}",
    "de": "Vorgang {c} ist immer noch offen, nichts passiert. {prob}",
    "fr": "La demande {c} est toujours ouverte, rien n'a bougé. {prob}",
    "it": "La segnalazione {c} è ancora aperta, non è cambiato niente. {prob}",
    "pt": "O pedido {c} continua aberto, nada mudou. {prob}",
    "es": "La incidencia {c} sigue abierta, nada ha cambiado. {prob}",
}
THIRD = {
    "en": " A colleague gets her beans from {comp} and they sort this the same day.",
    "de": " Ein Kollege bestellt bei {comp}, da wird sowas am selben Tag gelöst.",
    "fr": " Une collègue commande chez {comp}, eux règlent ça le jour même.",
    "it": " Un collega compra da {comp} e risolvono in giornata.",
    "pt": " Uma colega compra na {comp} e resolvem no mesmo dia.",
    "es": " Una compañera pide a {comp} y lo arreglan en el día.",
}
FOURTH = {
    "en": " FOURTH time I'm writing.",
    "de": " Zum VIERTEN Mal schreibe ich.",
    "fr": " C'est la QUATRIÈME fois.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
    "es": " Es la CUARTA vez.",
}
URGENT = {
    "en": "Added to your case {c} and marked urgent.",
    "de": "Zu Vorgang {c} ergänzt und dringend markiert.",
    "fr": "Ajouté à la demande {c}, marquée urgente.",
    "it": "Aggiunto alla segnalazione {c}, segnata urgente.",
    "pt": "Acrescentado ao pedido {c}, marcado urgente.",
    "es": "Añadido a la incidencia {c}, marcada urgente.",
}
SARCASM = {
    "en": "Love how my 'next-day' beans turned up on day five 👏 truly express",
    "de": "Toll, die Express-Lieferung kam nach fünf Tagen 👏 echt schnell",
    "fr": "Bravo, la livraison express en cinq jours 👏 quelle rapidité",
    "it": "Bellissimo, la consegna express in cinque giorni 👏 velocissimi",
    "pt": "Adoro a entrega expresso em cinco dias 👏 rapidíssimo",
    "es": "Qué maravilla, el envío exprés en cinco días 👏 rapidísimo",
}
SLIDE = {
    "en": [
        "beans came two days late this time, no email",
        "the roast tastes stale lately, dated a month back",
        "machine's frothing wand barely works now",
        "support took four days to answer me",
        "charged a £12 'cleaning fee' for a machine I returned spotless, photos and all. Ridiculous",
        "my sister gets hers from {comp}, ordered there for next week",
    ],
    "de": [
        "Bohnen diesmal zwei Tage zu spät, keine Mail",
        "der Kaffee schmeckt alt, Röstdatum vor einem Monat",
        "die Milchdüse geht kaum noch",
        "vier Tage auf eine Antwort gewartet",
        "14 € 'Reinigungsgebühr' für eine blitzsaubere Maschine, mit Fotos. Frechheit",
        "meine Schwester bestellt bei {comp}, hab da jetzt auch bestellt",
    ],
    "fr": [
        "café livré deux jours en retard, sans mail",
        "le café a un goût de vieux, torréfié il y a un mois",
        "la buse vapeur marche à peine",
        "quatre jours pour une réponse",
        "14 € de 'frais de nettoyage' pour une machine rendue nickel, photos à l'appui. Scandaleux",
        "ma sœur commande chez {comp}, j'ai commandé là-bas aussi",
    ],
    "it": [
        "caffè arrivato con due giorni di ritardo, nessuna mail",
        "sa di vecchio, tostato un mese fa",
        "la lancia vapore quasi non funziona",
        "quattro giorni per una risposta",
        "14 € di 'pulizia' per una macchina resa perfetta, con foto. Vergogna",
        "mia sorella compra da {comp}, ho ordinato lì",
    ],
    "pt": [
        "café chegou dois dias atrasado, sem aviso",
        "sabe a velho, torrado há um mês",
        "o vaporizador quase não funciona",
        "quatro dias para responderem",
        "14 € de 'limpeza' por uma máquina devolvida impecável, com fotos. Vergonha",
        "a minha irmã compra na {comp}, já encomendei lá",
    ],
    "es": [
        "el café llegó dos días tarde, sin avisar",
        "sabe a rancio, tostado hace un mes",
        "el vaporizador casi no funciona",
        "cuatro días para contestarme",
        "14 € de 'limpieza' por una cafetera devuelta impecable, con fotos. Vergüenza",
        "mi hermana pide a {comp}, ya he pedido allí",
    ],
}
LEAVE = {
    "en": "We're moving abroad next month, please cancel my Pulvera Club membership and close the account.",
    "de": "Wir ziehen ins Ausland, bitte kündigen Sie meine Club-Mitgliedschaft und schließen Sie das Konto.",
    "fr": "Nous déménageons à l'étranger, merci de résilier mon adhésion au Club et de fermer le compte.",
    "it": "Ci trasferiamo all'estero, vi prego di disdire il Club e chiudere l'account.",
    "pt": "Vamos mudar para o estrangeiro, por favor cancelem o Clube e fechem a conta.",
    "es": "Nos mudamos al extranjero, por favor dad de baja el Club y cerrad la cuenta.",
}
SORRY_GO = {
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website. – Pulvera",
    "de": "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen. – Pulvera",
    "fr": "Dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site. – Pulvera",
    "it": "Ci dispiace vederla andare. Può disdire nell'app o sul sito. – Pulvera",
    "pt": "Lamentamos a sua saída. Pode cancelar na app ou no site. – Pulvera",
    "es": "Sentimos que te vayas. Puedes darte de baja en la app o en la web. – Pulvera",
}
GRUMBLE = {
    "en": ["app logs me out every single time", "the delivery slot text comes at 6am, why"],
    "de": ["App meldet mich jedes Mal ab", "die Lieferfenster-SMS um 6 Uhr früh, warum"],
    "fr": ["l'appli me déconnecte à chaque fois"],
    "it": ["l'app mi disconnette ogni volta"],
    "pt": ["a app desliga-me a sessão sempre"],
    "es": ["la app me cierra la sesión cada vez"],
}
B2B_PROBLEM = {
    "en": {
        "invoice": "our invoices still show the old company name and no PO number, finance can't pay them",
        "portal": "the portal shows no rented machines, so we can't request a swap or collection",
        "overbilled": "we're billed per cup instead of our flat office rate",
    },
    "de": {
        "invoice": "unsere Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung zahlt so nicht",
        "portal": "das Portal zeigt keine gemieteten Maschinen, wir können keinen Tausch anfordern",
        "overbilled": "wir werden pro Tasse abgerechnet statt zur Büro-Pauschale",
    },
    "fr": {
        "invoice": "nos factures portent l'ancien nom et aucun numéro de commande",
        "portal": "le portail n'affiche aucune machine louée",
        "overbilled": "facturés à la tasse au lieu du forfait bureau",
    },
    "it": {
        "invoice": "le fatture riportano ancora il vecchio nome e nessun numero d'ordine",
        "portal": "il portale non mostra le macchine a noleggio",
        "overbilled": "fatturati a tazza invece del forfait ufficio",
    },
    "pt": {
        "invoice": "as faturas têm o nome antigo e nenhum número de encomenda",
        "portal": "o portal não mostra as máquinas alugadas",
        "overbilled": "cobrados à chávena em vez da tarifa fixa",
    },
    "es": {
        "invoice": "las facturas llevan el nombre antiguo y ningún número de pedido",
        "portal": "el portal no muestra las cafeteras alquiladas",
        "overbilled": "nos cobran por taza en vez de la tarifa plana de oficina",
    },
}
B2B_LATER = {
    "en": "Same as {first} reported: ",
    "de": "Wie {first} schon gemeldet hat: ",
    "fr": "Comme l'a signalé {first} : ",
    "it": "Come ha già segnalato {first}: ",
    "pt": "Como a {first} já reportou: ",
    "es": "Como ya dijo {first}: ",
}
B2B_LAST = {
    "en": "Case {c}: nothing fixed, several of us have written. Procurement has asked {comp} for rates.",
    "de": "vorgang {c} nichts behoben mehrere kollegen haben geschrieben mein Chef sagt wir wechseln zu {comp} wenn das diese Woche nicht klappt",
    "fr": "demande {c} rien n'est réglé plusieurs collègues ont écrit mon chef parle de passer chez {comp}",
    "it": "segnalazione {c} niente risolto diversi colleghi hanno scritto il capo dice che passiamo a {comp}",
    "pt": "pedido {c} nada resolvido vários colegas escreveram o chefe diz que mudamos para a {comp}",
    "es": "incidencia {c} nada arreglado varios compañeros han escrito mi jefe dice que nos vamos a {comp}",
}
B2B_MILD = {
    "en": "Suggestion: could the portal export costs by cost centre?",
    "de": "Vorschlag: könnte das Portal die Kosten nach Kostenstelle exportieren?",
    "fr": "Suggestion : exporter les coûts par centre de coût dans le portail ?",
    "it": "Suggerimento: esportare i costi per centro di costo dal portale?",
    "pt": "Sugestão: exportar custos por centro de custo no portal?",
    "es": "Sugerencia: ¿exportar costes por centro de coste en el portal?",
}
B2B_Q = {
    "en": "Can we add a second machine for the 3rd floor kitchen?",
    "de": "Können wir eine zweite Maschine für die Küche im 3. Stock dazunehmen?",
    "fr": "Peut-on ajouter une deuxième machine pour la cuisine du 3e ?",
    "it": "Possiamo aggiungere una seconda macchina per la cucina al 3° piano?",
    "pt": "Podemos juntar uma segunda máquina para a copa do 3.º piso?",
    "es": "¿Podemos añadir una segunda cafetera para la cocina de la 3.ª planta?",
}
# The planted incident (topic_spike only).
SPIKE = {
    "en": [
        "My rented machine says DESCALE LOCK CRM-608 after last night's update and won't make coffee. It was descaled on Monday",
        "machine locked this morning, no coffee at all, just says descale lock",
    ],
    "de": [
        "Seit dem Update heute Nacht zeigt die Mietmaschine DESCALE LOCK und macht keinen Kaffee, Fehler CRM-608. Entkalkt war sie letzte Woche",
        "maschine gesperrt entkalkungssperre obwohl frisch entkalkt kein einziger kaffee",
    ],
    "fr": [
        "Ma machine louée est bloquée en 'détartrage' depuis la mise à jour, erreur CRM-608, aucun café"
    ],
    "it": [
        "La macchina a noleggio è bloccata per decalcificazione dopo l'aggiornamento, niente caffè"
    ],
    "pt": [
        "A máquina alugada está bloqueada a pedir descalcificação depois da atualização, erro CRM-608"
    ],
    "es": [
        "La cafetera de alquiler se ha bloqueado pidiendo descalcificar tras la actualización, error CRM-608, ni un café"
    ],
}
SPIKE_AGAIN = {
    "en": "still locked with CRM-608, tried unplugging it, nothing",
    "de": "immer noch gesperrt, CRM-608, auch nach Stecker ziehen",
    "fr": "toujours bloquée CRM-608, même après l'avoir débranchée",
    "it": "ancora bloccata, CRM-608, anche staccando la spina",
    "pt": "continua bloqueada, CRM-608, mesmo depois de desligar",
    "es": "sigue bloqueada, CRM-608, aunque la desenchufé",
}
SPIKE_CHAT = {
    "en": "Yes, a faulty update locked rented machines. Our engineers are rolling it back now.",
    "de": "Ja, ein fehlerhaftes Update hat Mietmaschinen gesperrt. Wir setzen es gerade zurück.",
    "fr": "Oui, une mise à jour défectueuse bloque les machines. Nous la retirons.",
    "it": "Sì, un aggiornamento difettoso ha bloccato le macchine. Lo stiamo ritirando.",
    "pt": "Sim, uma atualização com erro bloqueou as máquinas. Estamos a revertê-la.",
    "es": "Sí, una actualización fallida ha bloqueado las cafeteras. La estamos retirando.",
}
SPIKE_FIXED = {
    "en": "Machines work again since 11:30 local time after a restart; this month's rental is credited 10 %.",
    "de": "Die Maschinen laufen seit 11:30 Uhr Ortszeit nach einem Neustart wieder; 10 % der Monatsmiete gutgeschrieben.",
    "fr": "Les machines remarchent depuis 11h30 heure locale après redémarrage ; 10 % du loyer crédités.",
    "it": "Le macchine funzionano dalle 11:30 ora locale dopo un riavvio; 10 % del noleggio accreditato.",
    "pt": "As máquinas funcionam desde as 11:30 hora local após reiniciar; 10 % do aluguer creditado.",
    "es": "Las cafeteras funcionan desde las 11:30 hora local tras reiniciar; abonado un 10 % del alquiler.",
}
LONE_Q = {
    "es": "La cafetera dice que hay una actualización esta noche, ¿tengo que hacer algo?",
    "de": "Die Maschine kündigt für heute Nacht ein Update an, muss ich etwas tun?",
}
LONE_A = {
    "es": "No hace falta hacer nada, se instala sola. – Pulvera",
    "de": "Sie müssen nichts tun, es installiert sich selbst. – Pulvera",
}
SLOW_GRUMBLE = {
    "en": "the shop page takes ages to load today",
    "de": "die Shopseite lädt heute ewig",
    "fr": "la boutique met un temps fou à charger",
    "it": "il negozio online è lentissimo oggi",
    "pt": "a loja está lentíssima hoje",
    "es": "la tienda tarda muchísimo en cargar hoy",
}
NAMES = {
    "en": (
        ["Olivia", "Jack", "Amelia", "Harry", "Chloe", "Liam", "Megan", "Owen"],
        ["Walsh", "Hughes", "Patel", "Brennan", "Carter", "Doyle", "Fraser", "Quinn"],
    ),
    "de": (
        ["Lena", "Jonas", "Mia", "Felix", "Hannah", "Paul", "Sophie", "Lukas"],
        ["Brandt", "Vogel", "Kraus", "Seidel", "Huber", "Lorenz", "Winkler", "Haas"],
    ),
    "fr": (
        ["Camille", "Hugo", "Léa", "Louis", "Manon", "Théo"],
        ["Moreau", "Girard", "Roux", "Fontaine", "Blanc", "Garnier"],
    ),
    "it": (
        ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo"],
        ["Ricci", "Greco", "Bruno", "Gallo", "Conti", "Marino"],
    ),
    "pt": (
        ["Beatriz", "Tiago", "Inês", "Rui", "Marta", "Diogo"],
        ["Silva", "Costa", "Ferreira", "Pinto", "Sousa", "Lopes"],
    ),
    "es": (
        ["Lucía", "Pablo", "Carmen", "Álvaro", "Irene", "Javier"],
        ["Torres", "Navarro", "Ruiz", "Moreno", "Gil", "Serrano"],
    ),
}
MARKET = {
    "en": ("UK", "+447"),
    "de": ("DE", "+4915"),
    "fr": ("FR", "+336"),
    "it": ("IT", "+393"),
    "pt": ("PT", "+3519"),
    "es": ("ES", "+346"),
}
PRODUCTS = ["Espresso beans 1 kg", "Filter roast 500 g", "Decaf 500 g", "Machine rental, monthly"]
