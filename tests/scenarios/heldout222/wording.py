# ruff: noqa: E501
"""Wording of heldout222 (Relojo: watch servicing by post). Placeholders: {p} product, {c} case, {x} competitor."""

from __future__ import annotations

T = dict[str, list[str]]

PRODUCTS = [
    "Battery swap",
    "Full service",
    "Strap change",
    "Water-resistance test",
    "Crystal replacement",
    "Bracelet shortening",
]

PRAISE: T = {
    "de": [
        "Uhr nach dem Service zurück, läuft auf die Sekunde genau. Danke Relojo!",
        "mega schnell, Batterie gewechselt und schon wieder am Handgelenk",
        "Die Omega von Opa sieht aus als käme sie aus dem Laden. Ich bin gerührt.",
    ],
    "es": [
        "Me ha llegado el reloj de mi padre revisado y funciona perfecto, gracias Relojo",
        "rapidisimos, cambio de pila en tres dias y con la caja bien protegida",
        "El cristal nuevo queda impecable, ni se nota. Muy recomendable.",
    ],
    "en": ["Got my dad's Seiko back from Relojo today, keeps perfect time. Cheers!"],
    "fr": ["Montre revenue nickel après la révision, merci Relojo"],
    "it": ["Orologio tornato perfetto dopo la revisione, grazie Relojo"],
    "pt": ["O relógio voltou impecável da revisão, obrigada Relojo"],
}
AGAIN: T = {
    "de": [
        "Schon wieder so schnell zurück, dritte Uhr diesen Winter bei euch 👌",
        "Immer noch begeistert vom Armbandwechsel letzte Woche",
    ],
    "es": [
        "Tercera vez que os mando un reloj y otra vez perfecto",
        "Otra vez el mismo repartidor majo, ya nos conocemos jaja",
    ],
    "en": ["Third watch I've sent you this year and still spot on"],
    "fr": ["Troisième montre confiée, encore parfait"],
    "it": ["Terza volta che mando un orologio, ancora tutto perfetto"],
    "pt": ["Terceira vez que mando um relógio e outra vez perfeito"],
}
GRIPE: T = {
    "de": [
        "Sehr gut gemacht, nur die Versandbox ist ein bisschen klein für das Lederband.",
        "Top Service, nur die Trackingmail kam erst einen Tag später",
    ],
    "es": [
        "Todo genial, solo que el seguimiento tarda en actualizarse",
        "Muy contenta, aunque la caja de envio es algo justa para la correa",
    ],
    "en": ["Lovely job, only wish the tracking updated a bit quicker"],
    "fr": ["Super travail, juste le suivi un peu lent à se mettre à jour"],
    "it": ["Lavoro ottimo, solo il tracciamento un po' lento"],
    "pt": ["Ótimo trabalho, só o rastreio demora a atualizar"],
}
QUESTION: T = {
    "de": [
        "Hallo, macht ihr auch Automatikuhren mit Datumsanzeige?",
        "kann ich die Versandbox auch in der Packstation abgeben?",
    ],
    "es": [
        "Hola, ¿cuánto tarda una revisión completa de un automático?",
        "se puede mandar la caja desde un punto de recogida?",
    ],
    "en": ["Hi, do you service divers' watches with a helium valve?"],
    "fr": ["Bonjour, vous faites le changement de verre saphir ?"],
    "it": ["Ciao, fate anche il cambio cinturino in pelle?"],
    "pt": ["Olá, fazem revisão de relógios automáticos?"],
}
ANSWER: T = {
    "de": [
        "Ja, das machen wir gerne. Im Auftrag einfach die Option auswählen. Viele Grüße, Ihr Relojo-Team"
    ],
    "es": [
        "Sí, claro. Solo tienes que elegir la opción al crear el pedido. Un saludo, equipo Relojo"
    ],
    "en": ["Yes, we do. Just pick the option when you book. Best, the Relojo team"],
    "fr": ["Oui, bien sûr, il suffit de choisir l'option à la commande. L'équipe Relojo"],
    "it": ["Sì, certo, basta scegliere l'opzione nell'ordine. Il team Relojo"],
    "pt": ["Sim, claro, basta escolher a opção no pedido. Equipa Relojo"],
}
THANKS: T = {
    "de": ["danke, passt!", "super, merci 👍"],
    "es": ["genial, gracias!!", "vale, mil gracias crack"],
    "en": ["cheers, legend"],
    "fr": ["top merci"],
    "it": ["grazie mille!"],
    "pt": ["valeu, obrigada!"],
}
CALL_Q: T = {
    "de": ["ja hallo ich wollte fragen ob ihr auch alte Taschenuhren annehmt von meinem Opa"],
    "es": [
        "hola buenas queria preguntar si cambiais la pila de un reloj de buceo sin perder la estanqueidad"
    ],
    "en": ["hi yeah just wondering how long a full service takes at the moment"],
    "fr": ["bonjour je voulais savoir combien de temps prend une revision complete"],
    "it": ["buongiorno volevo sapere quanto ci vuole per una revisione completa"],
    "pt": ["bom dia queria saber quanto tempo demora uma revisao completa"],
}
NIGHT_POST: T = {
    "de": [
        "3 Uhr nachts, Nachtschicht, und ich schau mir Uhrwerk-Videos an. Freu mich auf meine Uhr von Relojo"
    ],
    "es": ["las 2 de la mañana y yo viendo como abren un reloj en Relojo, que relajante"],
    "en": ["can't sleep, rewatching Relojo's movement cleaning videos, weirdly calming"],
    "fr": ["insomnie, je regarde les vidéos de révision de Relojo, hypnotique"],
    "it": ["notte in bianco, guardo i video di revisione di Relojo"],
    "pt": ["insónia, a ver os vídeos de revisão da Relojo"],
}
NIGHT_Q: T = {
    "de": ["kurze Frage noch so spät: bis wann muss die Box morgen bei der Post sein?"],
    "es": ["pregunta tonta a estas horas: la caja se puede cerrar con celo normal?"],
    "en": ["late one: can I post the box on Saturday?"],
    "fr": ["question tardive : je peux poster la boîte samedi ?"],
    "it": ["domanda notturna: posso spedire la scatola sabato?"],
    "pt": ["pergunta tardia: posso enviar a caixa no sábado?"],
}
PROBLEMS = ["lost_parcel", "scratched", "double_charge", "still_stops", "plus_rate", "refund"]
COMPLAINT: dict[str, T] = {
    "lost_parcel": {
        "de": [
            "Meine Uhr ist seit 12 Tagen ZURÜCKGESCHICKT laut App, angekommen ist NICHTS. Das war die Uhr meines Vaters!",
            "wo ist meine uhr?? Sendung seit einer Woche im Status unterwegs, keiner antwortet",
        ],
        "es": [
            "El reloj sale como ENTREGADO desde hace diez dias y aqui no ha llegado NADA. Era de mi padre!",
            "donde esta mi reloj? lleva una semana en transito y nadie me dice nada",
        ],
        "en": ["App says my watch was DELIVERED ten days ago. It was NOT. It was my dad's."],
        "fr": ["Ma montre est marquée LIVRÉE depuis dix jours, je n'ai RIEN reçu"],
        "it": ["L'orologio risulta CONSEGNATO da dieci giorni, non è arrivato NIENTE"],
        "pt": ["O relógio aparece como ENTREGUE há dez dias e não chegou NADA"],
    },
    "scratched": {
        "de": [
            "Uhr kam mit einem KRATZER quer übers Glas zurück, den es vorher nicht gab. So geht das nicht.",
            "das gehäuse ist zerkratzt seit eurem service, vorher war es makellos",
        ],
        "es": [
            "Me devolveis el reloj con un ARAÑAZO en el cristal que antes no tenia. Inaceptable.",
            "la caja del reloj viene rayada despues del servicio, antes estaba perfecta",
        ],
        "en": ["Watch came back with a SCRATCH across the crystal that wasn't there before."],
        "fr": ["La montre est revenue avec une RAYURE sur le verre, inacceptable"],
        "it": ["L'orologio è tornato con un GRAFFIO sul vetro che prima non c'era"],
        "pt": ["O relógio voltou com um RISCO no vidro que antes não tinha"],
    },
    "double_charge": {
        "de": [
            "Ihr habt mir den Service ZWEIMAL abgebucht, 189 €, jetzt ist mein Konto im Minus",
            "doppelte abbuchung für einen einzigen auftrag, bitte sofort zurück",
        ],
        "es": [
            "Me habeis cobrado la revision DOS veces, 189 €, y me ha dejado la cuenta en negativo",
            "cobro duplicado por un solo pedido, devolvedlo ya por favor",
        ],
        "en": ["You've charged me TWICE for one service, £165, my account's overdrawn"],
        "fr": ["Vous m'avez débité DEUX fois la révision, 189 €"],
        "it": ["Mi avete addebitato la revisione DUE volte, 189 €"],
        "pt": ["Cobraram a revisão DUAS vezes, 189 €"],
    },
    "still_stops": {
        "de": [
            "Nach dem Vollservice für 189 € bleibt die Uhr jede Nacht STEHEN. Was habt ihr da gemacht?",
            "uhr geht nach service 5 minuten am tag nach, vorher lief sie",
        ],
        "es": [
            "Despues de una revision de 189 € el reloj se PARA cada noche. Que habeis hecho?",
            "el reloj atrasa cinco minutos al dia desde la revision",
        ],
        "en": ["After a £165 full service the watch STOPS every night. What did you do to it?"],
        "fr": ["Après une révision à 189 € la montre S'ARRÊTE chaque nuit"],
        "it": ["Dopo una revisione da 189 € l'orologio si FERMA ogni notte"],
        "pt": ["Depois de uma revisão de 189 € o relógio PARA todas as noites"],
    },
    "plus_rate": {
        "de": [
            "Ich bin Relojo Care Mitglied und zahle trotzdem den vollen Preis für den Batteriewechsel. Warum?",
            "care mitglied aber batteriewechsel voll berechnet, das ist doch der sinn der mitgliedschaft",
        ],
        "es": [
            "Soy socia de Relojo Care y me cobrais el cambio de pila a precio normal. Por que?",
            "socio care y me cobrais tarifa normal, para que pago entonces",
        ],
        "en": ["I'm a Relojo Care member and still got charged the full battery price"],
        "fr": ["Je suis membre Relojo Care et on me facture le plein tarif"],
        "it": ["Sono socio Relojo Care e mi fate pagare il prezzo pieno"],
        "pt": ["Sou sócia Relojo Care e cobraram o preço normal"],
    },
    "refund": {
        "de": [
            "Auftrag vor DREI Wochen storniert, Geld immer noch nicht zurück",
            "warte seit drei wochen auf die erstattung, langsam reichts",
        ],
        "es": [
            "Cancele el pedido hace TRES semanas y el dinero sigue sin volver",
            "tres semanas esperando el reembolso, ya esta bien",
        ],
        "en": ["Cancelled THREE weeks ago and still no refund"],
        "fr": ["Annulé il y a TROIS semaines, toujours pas remboursée"],
        "it": ["Annullato TRE settimane fa e ancora nessun rimborso"],
        "pt": ["Cancelei há TRÊS semanas e ainda sem reembolso"],
    },
}
LONG_MAIL: T = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, weil ich sonst keine Ruhe finde. Meine Mutter hat mir zu meinem Abschluss die Uhr meines Großvaters geschenkt, und ich habe sie Ihnen voller Vertrauen geschickt. {m} Ich habe Ihre Firma Freunden empfohlen. Bitte melden Sie sich heute noch.\n\nMit freundlichen Grüßen",
        "Hallo Relojo-Team,\n\nzwischen zwei Schichten im Lager kurz ein paar Zeilen. Eigentlich bin ich seit Jahren Kunde und war nie unglücklich, aber: {m} Ich erwarte eine Lösung und keine Textbausteine.\n\nGruß",
    ],
    "es": [
        "Buenas tardes,\n\nles escribo desde el coche, esperando a que mi hijo salga de clase de natacion, porque no quiero dejarlo para mañana. El reloj era un regalo de boda de mis suegros y se lo envie con toda la confianza. {m} Les he recomendado a media familia. Espero respuesta hoy.\n\nUn saludo",
        "Hola,\n\nentre cliente y cliente en la farmacia les escribo esto. Llevo años con ustedes y nunca he tenido queja, pero: {m} Quiero una solucion, no una plantilla.\n\nGracias",
    ],
}
CASE_OPENED: T = {
    "de": [
        "Es tut uns sehr leid. Wir haben Vorgang {c} angelegt und melden uns innerhalb von 24 Stunden. Ihr Relojo-Team"
    ],
    "es": [
        "Lo sentimos mucho. Hemos abierto la incidencia {c} y te respondemos en menos de 24 horas. Equipo Relojo"
    ],
    "en": [
        "We're very sorry. We've opened case {c} and will be back within 24 hours. The Relojo team"
    ],
    "fr": ["Nous sommes désolés. Le dossier {c} est ouvert, réponse sous 24 h. L'équipe Relojo"],
    "it": [
        "Ci dispiace molto. Abbiamo aperto la pratica {c}, risposta entro 24 ore. Il team Relojo"
    ],
    "pt": ["Lamentamos muito. Abrimos o caso {c}, respondemos em 24 horas. Equipa Relojo"],
}
GOOD_NEWS: T = {
    "de": ["Gute Nachricht zu Vorgang {c}: das ist erledigt. Können Sie es kurz bestätigen?"],
    "es": ["Buenas noticias sobre {c}: ya esta resuelto. ¿Nos lo confirmas?"],
    "en": ["Good news on case {c}: it's sorted. Could you confirm?"],
    "fr": ["Bonne nouvelle pour {c} : c'est réglé. Pouvez-vous confirmer ?"],
    "it": ["Buone notizie su {c}: risolto. Può confermare?"],
    "pt": ["Boas notícias sobre {c}: está resolvido. Pode confirmar?"],
}
QUALITY_LEAD: T = {
    "de": [
        "Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "es": [
        "Tu incidencia {c} la lleva ahora nuestra responsable de calidad, que te llamara antes del viernes a mediodia."
    ],
    "en": [
        "Your case {c} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Votre dossier {c} est chez notre responsable qualité, qui vous appelle avant vendredi midi."
    ],
    "it": [
        "La pratica {c} è ora dalla responsabile qualità, che la chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "O seu caso {c} está agora com a responsável de qualidade, que liga antes de sexta ao almoço."
    ],
}
CONFIRM: T = {
    "de": ["Bestätigt, Vorgang {c} ist erledigt, danke!", "passt, {c} kann zu. danke euch"],
    "es": ["Confirmado, {c} resuelto, gracias!", "todo bien con {c}, podeis cerrarla"],
    "en": ["Confirmed, {c} is sorted, thanks"],
    "fr": ["Confirmé, {c} réglé, merci"],
    "it": ["Confermo, {c} risolto, grazie"],
    "pt": ["Confirmado, {c} resolvido, obrigado"],
}
APOLOGY: T = {
    "de": ["Sorry für meinen Ton gestern, war ein blöder Tag. Danke fürs schnelle Kümmern."],
    "es": ["Perdon por como escribi ayer, estaba desbordada. Gracias por la rapidez."],
    "en": ["Sorry for my tone yesterday, rough day. Thanks for sorting it."],
    "fr": ["Désolée pour mon ton hier, merci pour la réactivité."],
    "it": ["Scusate per il tono di ieri, grazie per la rapidità."],
    "pt": ["Desculpem o tom de ontem, obrigada pela rapidez."],
}
STILL_OPEN: T = {
    "de": [
        "Vorgang {c} ist IMMER NOCH offen. Ich schreibe jetzt zum zweiten Mal.",
        "zu {c}: nichts passiert, immer noch dasselbe problem",
    ],
    "es": [
        "La incidencia {c} SIGUE abierta. Es la segunda vez que escribo.",
        "sobre {c}: nada, sigue igual",
    ],
    "en": ["Case {c} is STILL open. Second time I'm writing."],
    "fr": ["Le dossier {c} est TOUJOURS ouvert, deuxième message."],
    "it": ["La pratica {c} è ANCORA aperta, secondo messaggio."],
    "pt": ["O caso {c} CONTINUA aberto, segunda mensagem."],
}
THIRD: T = {
    "de": [
        "Dritte Nachricht zu {c}. Ein Kollege lässt bei {x} warten, die erledigen sowas am selben Tag."
    ],
    "es": [
        "Tercera vez por {c}. Una compañera lleva sus relojes a {x} y se lo solucionan en el dia."
    ],
    "en": ["Third message about {c}. I've looked at what {x} charges, by the way."],
    "fr": ["Troisième message pour {c}. J'ai regardé les prix de {x}."],
    "it": ["Terzo messaggio per {c}. Ho guardato i prezzi di {x}."],
    "pt": ["Terceira mensagem sobre {c}. Já vi quanto cobra a {x}."],
}
FOURTH: T = {
    "de": ["ZUM VIERTEN MAL wegen {c}. JETZT REICHTS."],
    "es": ["CUARTA vez por {c}. YA ESTA BIEN."],
    "en": ["FOURTH time about {c}. Enough."],
    "fr": ["QUATRIÈME fois pour {c}."],
    "it": ["QUARTA volta per {c}."],
    "pt": ["QUARTA vez sobre {c}."],
}
URGENT: T = {
    "de": ["Zu Ihrem Vorgang hinzugefügt und als dringend markiert."],
    "es": ["Añadido a tu incidencia y marcado como urgente."],
    "en": ["Added to your case and marked urgent."],
    "fr": ["Ajouté à votre dossier, marqué urgent."],
    "it": ["Aggiunto alla pratica, segnato come urgente."],
    "pt": ["Adicionado ao caso e marcado como urgente."],
}
SLIDE: T = {
    "de": [
        "Uhr kam diesmal zwei Tage später als versprochen zurück, ohne Info.",
        "Armband schief montiert, musste ich selbst nachziehen.",
        "Jetzt wollen sie ein Foto von jeder Seite der Uhr bevor sie sie annehmen??",
        "Preis für den Service still und leise um 30 % erhöht. Na toll.",
        "35 € 'Reinigungsgebühr' für eine Uhr, die sauber war. Mit euren eigenen Eingangsfotos. FRECHHEIT.",
        "Meine Schwester schickt ihre Uhren zu {x}. Meine nächste geht auch dahin.",
    ],
    "es": [
        "Esta vez el reloj ha vuelto dos dias tarde y sin avisar.",
        "La correa vino mal puesta, la tuve que ajustar yo.",
        "Ahora piden foto de cada lado del reloj antes de aceptarlo??",
        "Han subido la revision un 30 % sin decir nada. Genial.",
        "35 € de 'limpieza' por un reloj que estaba limpio, con sus propias fotos de entrada. UNA VERGÜENZA.",
        "Mi hermana manda sus relojes a {x}. El proximo mio va alli.",
    ],
    "en": [
        "Watch came back two days late this time, no word.",
        "Strap fitted crooked, had to fix it myself.",
        "Now they want a photo of every side before accepting it??",
        "Service price up 30 % quietly. Great.",
        "£30 'cleaning fee' for a clean watch, with their own intake photos. SHAMEFUL.",
        "My sister sends hers to {x}. My next one goes there too.",
    ],
    "fr": [
        "Montre revenue deux jours en retard, sans nouvelles.",
        "Bracelet monté de travers.",
        "Une photo de chaque côté exigée maintenant ??",
        "Révision augmentée de 30 % en douce.",
        "35 € de 'nettoyage' pour une montre propre. HONTEUX.",
        "Ma soeur passe par {x}, ma prochaine aussi.",
    ],
    "it": [
        "Orologio tornato due giorni in ritardo, senza avvisi.",
        "Cinturino montato storto.",
        "Ora vogliono una foto di ogni lato??",
        "Revisione aumentata del 30 % in silenzio.",
        "35 € di 'pulizia' per un orologio pulito. VERGOGNA.",
        "Mia sorella usa {x}, il prossimo va lì.",
    ],
    "pt": [
        "O relógio voltou dois dias atrasado, sem aviso.",
        "Bracelete montada torta.",
        "Agora querem foto de cada lado??",
        "Revisão subiu 30 % sem avisar.",
        "35 € de 'limpeza' por um relógio limpo. VERGONHA.",
        "A minha irmã usa a {x}, o próximo vai para lá.",
    ],
}
LEAVE: T = {
    "de": [
        "Hallo, ich habe mir eine Smartwatch gekauft und brauche Relojo Care nicht mehr. Bitte Mitgliedschaft kündigen und Konto schließen."
    ],
    "es": [
        "Hola, me he pasado al reloj inteligente y ya no necesito Relojo Care. Quiero darme de baja y cerrar la cuenta."
    ],
    "en": ["Hi, I've switched to a smartwatch, please cancel my Relojo Care and close my account."],
    "fr": [
        "Bonjour, je passe à une montre connectée, merci de résilier Relojo Care et fermer le compte."
    ],
    "it": ["Ciao, sono passato allo smartwatch, vorrei disdire Relojo Care e chiudere l'account."],
    "pt": ["Olá, passei para smartwatch, quero cancelar o Relojo Care e fechar a conta."],
}
SORRY_GO: T = {
    "de": ["Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen."],
    "es": ["Sentimos que te vayas. Puedes darte de baja tu mismo en la app o la web."],
    "en": ["Sorry to see you go. You can cancel yourself in the app or on the website."],
    "fr": ["Désolés de vous voir partir. Résiliation possible dans l'app ou sur le site."],
    "it": ["Ci dispiace. Può disdire da app o sito."],
    "pt": ["Lamentamos. Pode cancelar na app ou no site."],
}
GRUMBLE: T = {
    "de": [
        "die app loggt mich jedes mal aus, nervig",
        "Warum kommt die Erinnerung um 6 Uhr morgens?",
    ],
    "es": [
        "la app me saca de la sesion cada vez, que pesadez",
        "por que el aviso llega a las 6 de la mañana?",
    ],
    "en": ["app logs me out every single time"],
    "fr": ["l'appli me déconnecte à chaque fois"],
    "it": ["l'app mi disconnette ogni volta"],
    "pt": ["a app desliga a sessão sempre"],
}
SARCASM: T = {
    "de": ["Toll, 'Express'-Service in nur drei Wochen 👏"],
    "es": ["Genial, servicio 'urgente' en solo tres semanas 👏"],
    "en": ["Love the 'express' service, only three weeks 👏"],
    "fr": ["Bravo, le service 'express' en trois semaines 👏"],
    "it": ["Bello, servizio 'express' in sole tre settimane 👏"],
    "pt": ["Lindo, serviço 'expresso' em só três semanas 👏"],
}
SURVEY_GOOD: T = {
    "de": ["super", ""],
    "es": ["genial", "😊"],
    "en": ["great"],
    "fr": ["parfait"],
    "it": ["ottimo"],
    "pt": ["ótimo"],
}
SURVEY_BAD: T = {
    "de": ["enttäuscht", ""],
    "es": ["fatal", ""],
    "en": ["poor"],
    "fr": ["déçue"],
    "it": ["deluso"],
    "pt": ["mau"],
}
B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "de": [
            "Ihre Rechnungen tragen immer noch den alten Firmennamen und keine Bestellnummer. Unsere Buchhaltung zahlt so nicht.",
            "rechnung wieder ohne bestellnummer, bitte korrigieren",
        ],
        "es": [
            "Las facturas siguen saliendo sin numero de pedido y con el nombre antiguo. Asi no las podemos pagar."
        ],
        "en": ["Invoices still carry no PO number. Accounts won't pay them."],
        "fr": ["Les factures n'ont toujours pas de numéro de commande."],
        "it": ["Le fatture sono ancora senza numero d'ordine."],
        "pt": ["As faturas continuam sem número de encomenda."],
    },
    "portal": {
        "de": [
            "Das Portal zeigt keine offenen Reparaturaufträge, wir können nichts nachverfolgen."
        ],
        "es": ["El portal no muestra ninguna reparacion abierta, no podemos seguir nada."],
        "en": ["The portal shows no open repairs, we can't track anything."],
        "fr": ["Le portail n'affiche aucune réparation en cours."],
        "it": ["Il portale non mostra riparazioni aperte."],
        "pt": ["O portal não mostra reparações abertas."],
    },
}
B2B_LAST: T = {
    "de": [
        "ich rufe wegen {c} an nichts ist gelöst mehrere Kollegen haben schon geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "es": [
        "llamo por {c} no se ha arreglado nada varios compañeros ya han escrito mi jefe dice que cambiamos de proveedor si no se soluciona esta semana"
    ],
    "en": [
        "calling about {c} nothing is fixed several colleagues wrote already my boss says we move the account if it isnt fixed this week"
    ],
    "fr": [
        "j'appelle pour {c} rien n'est réglé plusieurs collègues ont écrit mon chef dit qu'on change si ce n'est pas réglé cette semaine"
    ],
    "it": [
        "chiamo per {c} niente risolto diversi colleghi hanno scritto il capo dice che cambiamo se non si risolve questa settimana"
    ],
    "pt": [
        "ligo por causa do {c} nada resolvido vários colegas já escreveram o chefe diz que mudamos se não se resolver esta semana"
    ],
}
B2B_MILD: T = {
    "de": ["Vorschlag: könnten die Reparaturkosten nach Kostenstelle exportiert werden?"],
    "es": ["Sugerencia: ¿se podria exportar el coste por centro de coste?"],
    "en": ["Suggestion: could repair costs be exported by cost centre?"],
    "fr": ["Suggestion : export des coûts par centre de coût ?"],
    "it": ["Suggerimento: esportare i costi per centro di costo?"],
    "pt": ["Sugestão: exportar custos por centro de custo?"],
}
SPIKE: T = {
    "de": [
        "Die App zeigt beim Versandetikett nur einen leeren weißen Kasten statt Barcode, Fehler RJL-274. Die Post nimmt das Paket nicht an!",
        "versandlabel in der app leer, kein barcode, die filiale schickt mich weg",
        "Etikett lässt sich nicht erzeugen: RJL-274. Wie soll ich die Uhr jetzt schicken?",
    ],
    "es": [
        "El codigo de envio de la app sale en BLANCO, error RJL-274, y en correos no me aceptan la caja",
        "la etiqueta de envio no tiene codigo de barras, me han echado de la oficina",
        "No se genera la etiqueta: RJL-274. Y ahora como mando el reloj?",
    ],
    "en": [
        "Shipping label in the app is just a blank box, error RJL-274, post office won't take the parcel"
    ],
    "fr": ["L'étiquette d'envoi dans l'appli est vide, erreur RJL-274, La Poste refuse le colis"],
    "it": [
        "L'etichetta di spedizione nell'app è vuota, errore RJL-274, le poste non accettano il pacco"
    ],
    "pt": ["A etiqueta de envio na app está em branco, erro RJL-274, os correios não aceitam"],
}
SPIKE_AGAIN: T = {
    "de": ["immer noch leer, auch auf dem handy meiner frau, RJL-274"],
    "es": ["sigue en blanco, tambien en el movil de mi pareja"],
    "en": ["still blank, tried another phone too"],
    "fr": ["toujours vide, même sur un autre téléphone"],
    "it": ["ancora vuota, anche su un altro telefono"],
    "pt": ["continua em branco, também noutro telemóvel"],
}
SPIKE_ANSWER: T = {
    "de": ["Ja, Versandetiketten werden gerade nicht erzeugt, unser Team ist dran."],
    "es": ["Sí, ahora mismo las etiquetas no se generan, el equipo está en ello."],
    "en": ["Yes, shipping labels are failing right now, our engineers are on it."],
    "fr": ["Oui, les étiquettes échouent en ce moment, on s'en occupe."],
    "it": ["Sì, le etichette non funzionano ora, ci stiamo lavorando."],
    "pt": ["Sim, as etiquetas estão a falhar agora, estamos a tratar."],
}
LONE_Q: T = {
    "de": ["Das Etikett sah gestern im Dunkelmodus grau aus, wird die Post es trotzdem lesen?"],
    "es": ["la etiqueta se veia gris en modo oscuro, la leeran en correos?"],
}
LONE_A: T = {
    "de": ["Im Dunkelmodus wirkt es grau, der Scanner liest es trotzdem."],
    "es": ["En modo oscuro se ve gris, el escaner la lee sin problema."],
}
