"""Wording of heldout296: Invernia, greenhouse and garden-room kits, delivered and built.

Written blind from the stories; es and en first (most variants), then de, fr, it, pt.
"""

# ruff: noqa: E501

LANGS = ("es", "en", "de", "fr", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "es": ("ES",),
    "en": ("UK", "IE"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE"),
    "it": ("IT",),
    "pt": ("PT",),
}
COMPETITORS = ("Vetrosa", "Kastgrün")
PROBLEMS = ("no_crew", "cracked_pane", "double_charge", "refund", "wrong_price", "leak")
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

PRAISE: dict[str, list[str]] = {
    "es": [
        "El invernadero de Invernia ya está montado y los tomates encantados. Equipo puntual y majísimo",
        "Tercera temporada con mi invernadero Invernia y ni una gota dentro. Muy contenta",
        "Los del montaje dejaron el jardín más limpio de lo que estaba jaja. 10/10 Invernia",
    ],
    "en": [
        "Invernia put our lean-to greenhouse up in one morning, tidy lads, chillies already loving it",
        "Second spring with the Invernia glasshouse and it still looks spotless. Cracking kit",
        "Really pleased with the potting bench add-on from Invernia, sturdy and arrived a day early",
    ],
    "de": [
        "Gewächshaus von Invernia steht, Monteure super freundlich und schnell. Die Gurken danken",
        "Schon wieder top: der Pflegeservice von Invernia hat alle Scheiben geputzt, sieht toll aus",
    ],
    "fr": [
        "Serre Invernia montée en une matinée, équipe au top, mes semis sont ravis",
        "Très contente du service Invernia, la serre tient parfaitement malgré le vent",
    ],
    "it": [
        "Serra Invernia montata in mezza giornata, ragazzi gentilissimi. Pomodori felici",
        "Seconda estate con la serra Invernia e va alla grande, complimenti",
    ],
    "pt": [
        "Estufa da Invernia montada numa manhã, equipa impecável. As alfaces agradecem",
        "Muito satisfeita com a Invernia, a estufa aguentou a tempestade sem um arranhão",
    ],
}
GRIPE_PRAISE: dict[str, list[str]] = {
    "es": [
        "Todo genial con el invernadero, solo que el manual de las ventanas es un lío. Por lo demás perfecto"
    ],
    "en": [
        "Lovely greenhouse, only gripe is the gutter kit came as a separate parcel. Otherwise spot on"
    ],
    "de": ["Alles prima, nur die Anleitung für die Regenrinne ist etwas knapp. Sonst sehr gut"],
    "fr": ["Tout est bien, juste la notice des lucarnes un peu confuse. Sinon parfait"],
    "it": [
        "Tutto ottimo, solo le istruzioni delle finestrelle poco chiare. Per il resto benissimo"
    ],
    "pt": ["Tudo ótimo, só o manual das janelas é confuso. De resto perfeito"],
}
QUESTION: dict[str, list[str]] = {
    "es": [
        "Hola, ¿el plan Invernia Plus incluye la limpieza de cristales en otoño?",
        "Buenas, ¿puedo añadir estanterías al invernadero de 2x3 después del montaje?",
        "¿Cuánto tarda en llegar una luna de repuesto si se rompe una?",
    ],
    "en": [
        "Hi, does Invernia Plus cover the autumn glass clean or is that extra?",
        "Can I add staging shelves to the 8x6 after it's been built?",
        "How long does a replacement pane take if one cracks?",
    ],
    "de": [
        "Hallo, ist die Scheibenreinigung im Herbst bei Invernia Plus dabei?",
        "Kann ich nachträglich Regale ins Gewächshaus einbauen lassen?",
    ],
    "fr": [
        "Bonjour, le nettoyage des vitres en automne est-il inclus dans Invernia Plus ?",
        "Peut-on ajouter des étagères après le montage ?",
    ],
    "it": [
        "Salve, la pulizia dei vetri in autunno è inclusa in Invernia Plus?",
        "Posso aggiungere dei ripiani dopo il montaggio?",
    ],
    "pt": [
        "Olá, a limpeza dos vidros no outono está incluída no Invernia Plus?",
        "Posso pôr prateleiras depois da montagem?",
    ],
}
ANSWER: dict[str, str] = {
    "es": "¡Hola! Sí, te lo explicamos: con Invernia Plus la revisión de otoño y las estanterías se reservan desde la app. Un saludo",
    "en": "Hi! Yes, with Invernia Plus the autumn visit and any add-ons can be booked in the app. Anything else, just ask",
    "de": "Hallo! Ja, mit Invernia Plus buchen Sie Herbstbesuch und Zubehör direkt in der App. Viele Grüße",
    "fr": "Bonjour ! Oui, avec Invernia Plus la visite d'automne et les accessoires se réservent dans l'appli. Bonne journée",
    "it": "Ciao! Sì, con Invernia Plus la visita d'autunno e gli accessori si prenotano dall'app. Buona giornata",
    "pt": "Olá! Sim, com o Invernia Plus a visita de outono e os acessórios reservam-se na app. Bom dia",
}
THANKS: dict[str, list[str]] = {
    "es": ["Genial, muchas gracias!", "Perfecto, gracias 🙂"],
    "en": ["Brilliant, thanks!", "Great, cheers"],
    "de": ["Super, danke!"],
    "fr": ["Parfait, merci !"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Ótimo, obrigado!"],
}
PHONE_Q: dict[str, str] = {
    "es": "hola llamaba para saber si el montaje se puede pasar al sábado que entre semana no estoy en casa",
    "en": "hi yeah just ringing to see if the build can move to the saturday as we're both at work in the week",
    "de": "hallo ich wollte fragen ob der Aufbau auch am Samstag geht unter der Woche bin ich nicht da",
    "fr": "bonjour je voulais savoir si le montage peut se faire le samedi en semaine je travaille",
    "it": "buongiorno volevo sapere se il montaggio si può fare di sabato in settimana lavoro",
    "pt": "bom dia queria saber se a montagem pode ser ao sábado durante a semana não estou",
}
PHONE_FOLLOW: dict[str, str] = {
    "es": "Como hablamos por teléfono, tu montaje queda el sábado de 9 a 13. ¡Un saludo!",
    "en": "As discussed on the phone, your build is now booked for Saturday 9-1. Have a good week!",
    "de": "Wie telefonisch besprochen: Ihr Aufbau ist jetzt am Samstag 9-13 Uhr. Schöne Woche!",
    "fr": "Comme convenu au téléphone, le montage est prévu samedi de 9 h à 13 h. Bonne semaine !",
    "it": "Come detto al telefono, il montaggio è fissato sabato 9-13. Buona settimana!",
    "pt": "Como falámos ao telefone, a montagem fica no sábado das 9 às 13. Boa semana!",
}
SURVEY_WORD: dict[str, list[str]] = {
    "es": ["Todo perfecto", "Muy bien", ""],
    "en": ["Great service", "Very good", ""],
    "de": ["Sehr gut", ""],
    "fr": ["Très bien", ""],
    "it": ["Ottimo", ""],
    "pt": ["Muito bom", ""],
}
LOW_WORD: dict[str, list[str]] = {
    "es": ["Fatal", ""],
    "en": ["Poor", ""],
    "de": ["Schlecht", ""],
    "fr": ["Mauvais", ""],
    "it": ["Pessimo", ""],
    "pt": ["Mau", ""],
}
NIGHT_POST: dict[str, list[str]] = {
    "es": [
        "3am y yo mirando fotos de invernaderos de Invernia en vez de dormir. Turno de noche en urgencias, qué le vamos a hacer",
        "Insomnio = planificar el huerto del invernadero. Ya tengo sitio para 40 tomateras",
    ],
    "en": [
        "Night shift done, sitting in the Invernia greenhouse with a tea at 4am listening to the rain. Bliss",
        "Can't sleep so I'm planning what goes in the new greenhouse. Aubergines, definitely",
    ],
    "de": [
        "Nachtschicht vorbei, um 3 noch schnell die Tomaten im Gewächshaus gegossen. Herrlich ruhig"
    ],
    "fr": ["Insomnie, donc je planifie les semis de la serre. Vivement le printemps"],
    "it": ["Turno di notte finito, passo a vedere la serra alle 3. I peperoni crescono"],
    "pt": ["Insónia, a planear a estufa nova. Pimentos este ano sim"],
}
NIGHT_Q: dict[str, str] = {
    "es": "Hola, ¿a qué hora abren la reserva de montajes de mayo? Es que trabajo de noche",
    "en": "Hi, what time do May build slots open? I work nights so trying to catch it",
    "de": "Hallo, wann werden die Aufbautermine für Mai freigeschaltet?",
    "fr": "Bonjour, à quelle heure ouvrent les créneaux de montage de mai ?",
    "it": "Ciao, a che ora aprono gli slot di montaggio di maggio?",
    "pt": "Olá, a que horas abrem as marcações de montagem de maio?",
}
PRODUCTS = (
    ("Greenhouse 6x8 polycarbonate / Invernadero 2x2,5 policarbonato", 689),
    ("Greenhouse 8x10 toughened glass / Invernadero 2,5x3 vidrio templado", 1249),
    ("Lean-to greenhouse / Invernadero adosado", 899),
    ("Staging shelves set / Juego de estanterías", 89),
    ("Automatic vent opener pair / Par de abridores automáticos", 119),
    ("Garden room 3x3 / Caseta jardín 3x3", 3890),
)
PAGES = (
    "/greenhouses",
    "/garden-rooms",
    "/plus",
    "/accessories",
    "/care-visits",
    "/help/build-day",
)

# The six consumer problems: what they wrote, short, per language.
PROBLEM_TEXT: dict[str, dict[str, list[str]]] = {
    "no_crew": {
        "es": [
            "Pedí el día libre para el montaje del invernadero y el equipo NO vino. Nadie llama, nadie avisa. Un día de vacaciones tirado",
            "Llevo desde las 8 esperando a los montadores de Invernia y son las 2. Ni una llamada. Vergonzoso",
        ],
        "en": [
            "Took a day off for the greenhouse build and the crew never turned up. No call, no text, nothing. Absolutely fuming",
            "Waited in since 8am for the Invernia fitters, it's now 3pm and not a word. Useless",
        ],
        "de": [
            "Extra Urlaub genommen für den Aufbau und KEIN Monteur kam. Kein Anruf, nichts. Unverschämt"
        ],
        "fr": [
            "J'ai posé un jour de congé pour le montage et personne n'est venu. Aucun appel. Inadmissible"
        ],
        "it": [
            "Ho preso un giorno di ferie per il montaggio e non si è presentato nessuno. Nessuna chiamata. Vergognoso"
        ],
        "pt": [
            "Tirei um dia de férias para a montagem e a equipa não apareceu. Nem uma chamada. Inaceitável"
        ],
    },
    "cracked_pane": {
        "es": [
            "Han llegado TRES cristales rotos en el palé del invernadero y el transportista se fue sin esperar. Ahora qué, ¿monto medio invernadero?",
            "Los cristales del invernadero vienen rajados de fábrica, se ve clarísimo. Quiero reposición ya",
        ],
        "en": [
            "Three panes smashed on the pallet and the driver just left. So I'm meant to build half a greenhouse?",
            "The glass arrived cracked, you can see the crack runs under the seal so it's not us. Want replacements now",
        ],
        "de": [
            "DREI Scheiben kaputt geliefert und der Fahrer ist einfach weg. Soll ich jetzt ein halbes Gewächshaus bauen?"
        ],
        "fr": [
            "Trois vitres cassées à la livraison et le chauffeur est reparti. Je monte une demi-serre ?"
        ],
        "it": ["Tre vetri rotti alla consegna e il corriere se n'è andato. Monto mezza serra?"],
        "pt": ["Três vidros partidos na entrega e o motorista foi-se embora. Monto meia estufa?"],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado el invernadero DOS veces, 1249 € cada vez. Tengo la cuenta en números rojos",
            "Doble cargo en la tarjeta por el mismo pedido. Devolvedme uno hoy, por favor, que no llego a fin de mes",
        ],
        "en": [
            "You've charged me TWICE for the greenhouse, £1,080 each time. My account is overdrawn",
            "Double payment taken for one order. I need one refunded today, the mortgage goes out tomorrow",
        ],
        "de": ["Sie haben das Gewächshaus ZWEIMAL abgebucht. Mein Konto ist im Minus"],
        "fr": ["Vous m'avez débité DEUX fois la serre. Mon compte est à découvert"],
        "it": ["Mi avete addebitato la serra DUE volte. Conto in rosso"],
        "pt": ["Cobraram a estufa DUAS vezes. Tenho a conta a descoberto"],
    },
    "refund": {
        "es": [
            "Devolví las estanterías hace cuatro semanas y sigo sin el reembolso. Cuatro semanas ya",
            "¿Dónde está mi dinero? Recogieron el abridor automático hace un mes y nada",
        ],
        "en": [
            "Returned the staging four weeks ago, still no refund. Four weeks",
            "Where's my money? You collected the vent openers a month ago and nothing since",
        ],
        "de": ["Regale vor vier Wochen zurückgeschickt, immer noch keine Erstattung"],
        "fr": ["Étagères renvoyées il y a quatre semaines, toujours pas remboursée"],
        "it": ["Ho reso i ripiani quattro settimane fa e ancora niente rimborso"],
        "pt": ["Devolvi as prateleiras há quatro semanas e nada de reembolso"],
    },
    "wrong_price": {
        "es": [
            "Soy socia Invernia Plus y me habéis cobrado la visita de mantenimiento a precio normal. Entonces para qué pago la cuota",
            "Me cobran 95 € por la limpieza cuando con Plus tendría que ser gratis. No lo entiendo",
        ],
        "en": [
            "I'm an Invernia Plus member and got charged full price for the care visit. What am I paying the monthly fee for then",
            "Charged £80 for the glass clean that's meant to be included with Plus. Not on",
        ],
        "de": [
            "Ich bin Plus-Mitglied und zahle trotzdem den vollen Preis für den Pflegebesuch. Wofür dann der Beitrag"
        ],
        "fr": [
            "Membre Invernia Plus et on me facture la visite d'entretien plein tarif. À quoi sert l'abonnement"
        ],
        "it": [
            "Sono socio Invernia Plus e mi avete fatto pagare la visita a prezzo pieno. A che serve l'abbonamento"
        ],
        "pt": [
            "Sou cliente Invernia Plus e cobraram a visita a preço normal. Para que pago a mensalidade"
        ],
    },
    "leak": {
        "es": [
            "Una semana montado y el invernadero gotea por la cumbrera. Los plantones empapados, se me están pudriendo",
            "Llueve DENTRO del invernadero. Recién montado. Esto no puede ser",
        ],
        "en": [
            "A week after the build and the ridge leaks every time it rains. Seedlings drowning",
            "It's raining INSIDE the greenhouse. Brand new build. Not acceptable",
        ],
        "de": ["Eine Woche nach dem Aufbau tropft es am First rein. Die Setzlinge saufen ab"],
        "fr": ["Une semaine après le montage, ça fuit au faîtage. Mes semis sont noyés"],
        "it": ["Dopo una settimana la serra perde dal colmo. Le piantine affogano"],
        "pt": ["Uma semana depois da montagem a estufa pinga no cume. As plantas encharcadas"],
    },
}
PROBLEM_SUBJECT: dict[str, str] = {
    "es": "Reclamación: ",
    "en": "Complaint: ",
    "de": "Beschwerde: ",
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}
PROBLEM_LABEL: dict[str, str] = {
    "no_crew": "build day",
    "cracked_pane": "broken glass",
    "double_charge": "double charge",
    "refund": "refund",
    "wrong_price": "Plus price",
    "leak": "leak",
}
LONG_OPEN: dict[str, list[str]] = {
    "es": [
        "Hola, os escribo desde la sala de espera del dentista de mi hija, que llevamos una semana de locos con la mudanza de mi madre a casa. Os cuento porque ya no sé a quién acudir.",
        "Buenas tardes. Escribo esto en el coche mientras espero a que salga mi hijo del entrenamiento, así que perdonad si va un poco a trompicones.",
    ],
    "en": [
        "Hello, I'm writing this on my lunch break at the surgery, it's been a long week with my dad coming out of hospital, so bear with me.",
        "Hi there. Typing this in the car outside my daughter's swimming lesson, so apologies if it rambles.",
    ],
    "de": [
        "Guten Tag, ich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, die Woche war ohnehin chaotisch mit dem Umzug meiner Mutter."
    ],
    "fr": [
        "Bonjour, je vous écris depuis la salle d'attente du kiné, semaine compliquée avec le déménagement de ma sœur."
    ],
    "it": [
        "Buongiorno, vi scrivo dalla sala d'attesa del pediatra, settimana pesante con il trasloco dei miei."
    ],
    "pt": [
        "Bom dia, escrevo da sala de espera do médico, semana difícil com a mudança da minha mãe."
    ],
}
LONG_CLOSE: dict[str, str] = {
    "es": "Llevo años recomendándoos a todo el mundo y nunca había tenido un problema, pero esto no es normal. Espero respuesta.",
    "en": "I've recommended you to half the street and never had an issue before, but this isn't right. I expect a reply.",
    "de": "Ich habe Sie oft weiterempfohlen, aber so geht das nicht. Ich erwarte eine Antwort.",
    "fr": "Je vous ai souvent recommandés, mais là ce n'est pas normal. J'attends une réponse.",
    "it": "Vi ho consigliato a molti, ma così non va. Aspetto una risposta.",
    "pt": "Já vos recomendei a muita gente, mas isto não está certo. Aguardo resposta.",
}
CASE_OPENED: dict[str, str] = {
    "es": "Hola {name}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te escribimos en cuanto sepamos algo.",
    "en": "Hi {name}, we're really sorry about this. We've opened case {case} and will update you as soon as we know more.",
    "de": "Hallo {name}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns so bald wie möglich.",
    "fr": "Bonjour {name}, nous sommes désolés. Le dossier {case} est ouvert, nous revenons vers vous au plus vite.",
    "it": "Ciao {name}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e ti aggiorniamo appena possibile.",
    "pt": "Olá {name}, lamentamos muito. Abrimos o pedido {case} e damos notícias assim que possível.",
}
CASE_SUBJECT: dict[str, str] = {
    "es": "RE: Incidencia {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "fr": "RE : Dossier {case}",
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
}
ESCALATED: dict[str, str] = {
    "es": "Hola {name}, tu incidencia {case} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "en": "Hi {name}, your case {case} is now with our quality lead, who will ring you before Friday lunchtime.",
    "de": "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "fr": "Bonjour {name}, votre dossier {case} est suivi par notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "Ciao {name}, la segnalazione {case} è ora seguita dalla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "pt": "Olá {name}, o pedido {case} está agora com a nossa responsável de qualidade, que liga até sexta ao almoço.",
}
GOOD_NEWS: dict[str, str] = {
    "es": "Hola {name}, buenas noticias sobre {case}: ya está solucionado por nuestra parte. ¿Nos confirmas que te ha llegado todo bien?",
    "en": "Hi {name}, good news on {case}: it's sorted on our side. Could you confirm all is well your end?",
    "de": "Hallo {name}, gute Nachricht zu {case}: Es ist erledigt. Können Sie kurz bestätigen, dass alles passt?",
    "fr": "Bonjour {name}, bonne nouvelle pour {case} : c'est réglé. Pouvez-vous nous confirmer que tout va bien ?",
    "it": "Ciao {name}, buone notizie su {case}: è risolto. Ci confermi che è tutto a posto?",
    "pt": "Olá {name}, boas notícias sobre {case}: está resolvido. Pode confirmar que está tudo bem?",
}
CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmado, {case} solucionado. Gracias por la rapidez",
        "Sí, todo bien con {case}, gracias!",
    ],
    "en": [
        "Confirmed, {case} is sorted, thanks for the quick turnaround",
        "Yes all fine now re {case}, cheers",
    ],
    "de": ["Bestätigt, {case} ist erledigt. Danke!"],
    "fr": ["Confirmé, {case} réglé. Merci !"],
    "it": ["Confermo, {case} risolto. Grazie!"],
    "pt": ["Confirmo, {case} resolvido. Obrigada!"],
}
APOLOGY: dict[str, list[str]] = {
    "es": [
        "Perdonad el tono de ayer, estaba desbordada. Gracias por arreglarlo",
        "Siento lo de ayer, se me fue un poco. Todo bien ya",
    ],
    "en": [
        "Sorry for the tone yesterday, bad day all round. Thanks for sorting it",
        "Apologies for snapping yesterday, appreciate the help",
    ],
    "de": ["Entschuldigung für gestern, war ein schlechter Tag. Danke fürs Klären"],
    "fr": ["Désolée pour le ton d'hier, mauvaise journée. Merci"],
    "it": ["Scusate il tono di ieri, giornataccia. Grazie"],
    "pt": ["Desculpem o tom de ontem, dia mau. Obrigado"],
}
STILL_OPEN: dict[str, list[str]] = {
    "es": [
        "Sigo igual con la incidencia {case}. Nadie me ha dicho nada y el problema sigue ahí",
        "Otra vez yo. {case} sigue abierta y sin solución",
    ],
    "en": [
        "Still waiting on {case}. Nobody has come back to me and nothing is fixed",
        "Me again about {case}, still open, still not sorted",
    ],
    "de": ["Vorgang {case} ist immer noch offen, niemand hat sich gemeldet"],
    "fr": ["Dossier {case} toujours ouvert, personne ne m'a recontactée"],
    "it": ["La segnalazione {case} è ancora aperta, nessuno mi ha richiamato"],
    "pt": ["O pedido {case} continua aberto e ninguém me disse nada"],
}
THIRD: dict[str, str] = {
    "es": " Un compañero compró el suyo en {comp} y se lo arreglaron en el día.",
    "en": " A mate got his from {comp} and they sorted the same thing in a day.",
    "de": " Ein Kollege hat seins bei {comp} und da ging das am selben Tag.",
    "fr": " Un collègue a pris chez {comp}, réglé dans la journée.",
    "it": " Un collega l'ha preso da {comp} e gliel'hanno sistemato in giornata.",
    "pt": " Um colega comprou na {comp} e resolveram no mesmo dia.",
}
FOURTH: dict[str, str] = {
    "es": " Es la CUARTA vez que escribo.",
    "en": " This is the FOURTH time I've written.",
    "de": " Das ist das VIERTE Mal.",
    "fr": " C'est la QUATRIÈME fois.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
}
URGENT: dict[str, str] = {
    "es": "Añadido a tu incidencia {case} y marcado como urgente.",
    "en": "Added to your case {case} and marked urgent.",
    "de": "Zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert.",
    "fr": "Ajouté à votre dossier {case}, marqué urgent.",
    "it": "Aggiunto alla segnalazione {case}, segnata come urgente.",
    "pt": "Adicionado ao pedido {case} e marcado como urgente.",
}
SLIDE: dict[str, list[str]] = {
    "es": [
        "El montaje se retrasó tres horas y nadie avisó. Bueno, al final quedó bien",
        "Una bisagra de la puerta vino floja. Lo he apañado yo pero vaya",
        "Para la garantía piden fotos de cada tornillo. En serio?",
        "La visita de limpieza la han cambiado dos veces. Ya empieza a cansar",
        "Me cobran 60 € por 'ajuste' de una puerta que ya vino mal. Estoy harta de Invernia",
        "Mi cuñado tiene uno de {comp} y le va de lujo. Se acabó la paciencia",
    ],
    "en": [
        "Build ran three hours late with no heads-up. Fine in the end I suppose",
        "Door hinge came loose in the first week. Fixed it myself but still",
        "Warranty wants a photo of every single bolt. Seriously?",
        "Care visit moved twice now. Getting old",
        "£50 'adjustment fee' for a door that was wrong from day one. Fed up with Invernia",
        "Brother-in-law's got a {comp} one and it's faultless. Patience gone",
    ],
    "de": [
        "Aufbau drei Stunden zu spät, ohne Bescheid. Naja, passt am Ende",
        "Türscharnier nach einer Woche locker. Selbst repariert",
        "Für die Garantie soll ich jede Schraube fotografieren. Ernsthaft?",
        "Pflegebesuch zweimal verschoben. Nervt langsam",
        "60 € 'Justiergebühr' für eine Tür, die von Anfang an schief war. Mir reichts mit Invernia",
        "Mein Schwager hat eins von {comp}, null Probleme. Geduld am Ende",
    ],
    "fr": [
        "Montage avec trois heures de retard sans prévenir. Bon, c'est fait",
        "Charnière de porte desserrée au bout d'une semaine",
        "Pour la garantie il faut photographier chaque vis. Sérieux ?",
        "Visite d'entretien déplacée deux fois. Ça devient lassant",
        "60 € de 'réglage' pour une porte mal posée dès le départ. Marre d'Invernia",
        "Mon beau-frère a une serre {comp}, aucun souci. J'en ai assez",
    ],
    "it": [
        "Montaggio tre ore in ritardo senza avvisare. Vabbè, alla fine ok",
        "Cerniera della porta allentata dopo una settimana",
        "Per la garanzia vogliono la foto di ogni vite. Davvero?",
        "Visita di manutenzione spostata due volte. Inizia a stancare",
        "60 € di 'regolazione' per una porta montata storta. Basta Invernia",
        "Mio cognato ha una serra {comp} e va benissimo. Pazienza finita",
    ],
    "pt": [
        "Montagem com três horas de atraso sem aviso. Enfim, ficou bem",
        "Dobradiça da porta solta ao fim de uma semana",
        "Para a garantia querem foto de cada parafuso. A sério?",
        "Visita de manutenção adiada duas vezes. Já cansa",
        "60 € de 'ajuste' por uma porta que veio mal. Farta da Invernia",
        "O meu cunhado tem uma da {comp} e está ótima. Acabou a paciência",
    ],
}
CANCEL: dict[str, str] = {
    "es": "Hola, nos mudamos a un piso sin jardín y ya no necesito el plan. Quiero darme de baja de Invernia Plus y cerrar la cuenta, por favor.",
    "en": "Hi, we're moving to a flat with no garden so please cancel my Invernia Plus and close my account.",
    "de": "Hallo, wir ziehen in eine Wohnung ohne Garten. Bitte Invernia Plus kündigen und das Konto schließen.",
    "fr": "Bonjour, nous déménageons en appartement sans jardin. Merci de résilier Invernia Plus et de fermer mon compte.",
    "it": "Salve, ci trasferiamo in un appartamento senza giardino. Vorrei disdire Invernia Plus e chiudere l'account.",
    "pt": "Olá, vamos para um apartamento sem quintal. Quero cancelar o Invernia Plus e fechar a conta.",
}
SORRY_GO: dict[str, str] = {
    "es": "Hola {name}, sentimos que te vayas. Puedes cancelar Invernia Plus y cerrar la cuenta tú misma desde la app o la web, en Mi cuenta.",
    "en": "Hi {name}, sorry to see you go. You can cancel Invernia Plus and close the account yourself in the app or on the website under My account.",
    "de": "Hallo {name}, schade, dass Sie gehen. Kündigen können Sie selbst in der App oder auf der Website unter Mein Konto.",
    "fr": "Bonjour {name}, navrés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, Mon compte.",
    "it": "Ciao {name}, ci dispiace. Puoi disdire da solo dall'app o dal sito, in Il mio account.",
    "pt": "Olá {name}, lamentamos. Pode cancelar na app ou no site, em A minha conta.",
}
GRUMBLE: dict[str, list[str]] = {
    "es": [
        "La app de Invernia me cierra sesión cada vez. Qué pesadez",
        "El aviso de 'montaje mañana' a las 6 de la mañana, en serio",
        "El chat tarda 20 minutos en contestar, como siempre",
    ],
    "en": [
        "Invernia app logs me out every single time. Tedious",
        "The 'build tomorrow' text at 6am, really",
        "Chat takes 20 minutes to answer, as usual",
    ],
    "de": ["Die Invernia-App meldet mich jedes Mal ab. Nervig", "Chat braucht wieder 20 Minuten"],
    "fr": [
        "L'appli Invernia me déconnecte à chaque fois. Pénible",
        "Le chat met 20 minutes à répondre",
    ],
    "it": ["L'app Invernia mi scollega ogni volta. Che noia", "La chat ci mette 20 minuti"],
    "pt": ["A app da Invernia faz logout sempre. Que seca", "O chat demora 20 minutos"],
}
SARCASM: dict[str, str] = {
    "es": "Qué bien, la 'visita exprés' de Invernia llega a las 20:30, justo para limpiar cristales a oscuras 👏",
    "en": "Love that Invernia's 'express' care visit turned up at 8.30pm, perfect for cleaning glass in the dark 👏",
    "de": "Toll, der 'Express'-Besuch von Invernia kam um 20:30, ideal zum Scheibenputzen im Dunkeln 👏",
    "fr": "Génial, la visite 'express' d'Invernia à 20 h 30, parfait pour laver les vitres dans le noir 👏",
    "it": "Fantastico, la visita 'express' di Invernia alle 20:30, perfetta per pulire i vetri al buio 👏",
    "pt": "Ótimo, a visita 'expresso' da Invernia às 20:30, ideal para limpar vidros às escuras 👏",
}
MILD: dict[str, str] = {
    "es": "El buscador de accesorios me saca modelos que no encajan con mi invernadero. Un filtro por modelo vendría bien",
    "en": "Accessory search shows bits that don't fit my model. A filter by greenhouse model would help",
    "de": "Die Zubehörsuche zeigt Teile, die nicht passen. Ein Filter nach Modell wäre gut",
    "fr": "La recherche d'accessoires montre des pièces incompatibles. Un filtre par modèle serait utile",
    "it": "La ricerca accessori mostra pezzi non compatibili. Servirebbe un filtro per modello",
    "pt": "A pesquisa de acessórios mostra peças que não servem. Um filtro por modelo ajudava",
}
FORM_ACK: dict[str, str] = {
    "es": "Gracias por tu mensaje, lo pasamos al equipo de la web.",
    "en": "Thanks for your message, we've passed it to the web team.",
    "de": "Danke für Ihre Nachricht, wir geben sie ans Web-Team weiter.",
    "fr": "Merci pour votre message, transmis à l'équipe web.",
    "it": "Grazie, lo passiamo al team del sito.",
    "pt": "Obrigado, passámos ao equipa do site.",
}
# The spike: automatic vent controllers shown offline in the app, vents stuck shut.
SPIKE: dict[str, list[str]] = {
    "es": [
        "La app de Invernia dice que el controlador de ventanas está desconectado, error 7H-4402, y las ventanas no abren. 38 grados dentro!",
        "Error 7H-4402 en la app, las ventilaciones cerradas y se me cuecen las plantas",
        "No puedo abrir las ventanas del invernadero desde la app: 7H-4402. Qué pasa?",
    ],
    "en": [
        "Invernia app says the vent controller is offline, error 7H-4402, and the vents won't open. 36 degrees in there",
        "Getting 7H-4402 in the app, vents stuck shut, plants cooking",
        "Can't open the greenhouse vents from the app, error 7H-4402. What's going on?",
    ],
    "de": [
        "Invernia-App zeigt Fehler 7H-4402, Lüftungssteuerung offline, Fenster gehen nicht auf. 35 Grad drin"
    ],
    "fr": [
        "L'appli Invernia affiche l'erreur 7H-4402, les lucarnes ne s'ouvrent plus. 35 degrés dans la serre"
    ],
    "it": [
        "App Invernia con errore 7H-4402, le finestre della serra non si aprono. 35 gradi dentro"
    ],
    "pt": [
        "A app da Invernia dá erro 7H-4402 e as janelas da estufa não abrem. 35 graus lá dentro"
    ],
}
SPIKE_ANSWER: dict[str, str] = {
    "es": "Sí, ahora mismo los controladores de ventanas aparecen desconectados en todas las cuentas. El equipo técnico está en ello; abre las ventanas a mano con la palanca mientras tanto.",
    "en": "Yes, vent controllers are showing offline for everyone right now. Our engineers are on it; please open the vents by hand with the lever meanwhile.",
    "de": "Ja, die Lüftungssteuerungen sind gerade bei allen offline. Die Technik ist dran; bitte die Fenster solange per Hebel öffnen.",
    "fr": "Oui, les contrôleurs apparaissent hors ligne pour tous. Nos techniciens s'en occupent ; ouvrez à la main en attendant.",
    "it": "Sì, i controller risultano offline per tutti. I tecnici ci stanno lavorando; apri a mano nel frattempo.",
    "pt": "Sim, os controladores estão offline para todos. A equipa técnica está a tratar; abra à mão entretanto.",
}
SPIKE_AGAIN: dict[str, str] = {
    "es": "Sigue el 7H-4402, lo he probado también desde el móvil de mi marido. Nada",
    "en": "Still 7H-4402, tried on my wife's phone too. Nothing",
    "de": "Immer noch 7H-4402, auch auf dem Handy meiner Frau",
    "fr": "Toujours 7H-4402, même sur le téléphone de mon mari",
    "it": "Ancora 7H-4402, anche dal telefono di mia moglie",
    "pt": "Continua 7H-4402, também no telemóvel do meu marido",
}
SPIKE_FIXED: dict[str, str] = {
    "es": "Hola {name}, los controladores de ventanas vuelven a funcionar desde las {local}. Te hemos abonado 10 € por las molestias.",
    "en": "Hi {name}, vent controllers work again since {local} (your local time). We've added a {credit} credit for the trouble.",
    "de": "Hallo {name}, die Lüftungssteuerung funktioniert seit {local} wieder. Wir haben {credit} gutgeschrieben.",
    "fr": "Bonjour {name}, les contrôleurs fonctionnent à nouveau depuis {local}. 10 € crédités sur votre compte.",
    "it": "Ciao {name}, i controller funzionano di nuovo dalle {local}. Ti abbiamo accreditato 10 €.",
    "pt": "Olá {name}, os controladores voltaram a funcionar desde as {local}. Creditámos 10 €.",
}
LONE_Q: dict[str, str] = {
    "es": "Hola, anoche la app tardó un poco en mostrar la temperatura del invernadero pero luego salió bien. ¿Es normal?",
    "en": "Hi, last night the app took a while to show the greenhouse temperature but then it came up fine. Is that normal?",
}
LONE_A: dict[str, str] = {
    "es": "Hola, sí, a veces tarda unos segundos en sincronizar. Si luego sale, todo correcto.",
    "en": "Hi, yes, it can take a few seconds to sync. If it shows after that, all is fine.",
}
CALM_GRUMBLE: dict[str, str] = {
    "es": "El mapa de zonas de reparto carga lentísimo hoy",
    "en": "The delivery area map is loading really slowly today",
}
# The business arm: Invernia Pro, polytunnels and glasshouses for nurseries, schools, councils.
B2B_TEXT: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "Las facturas de Invernia Pro siguen sin número de pedido y con la razón social antigua. Contabilidad no puede pagarlas.",
        "en": "Invernia Pro invoices still have no PO number and the old company name. Accounts can't pay them.",
        "de": "Die Rechnungen von Invernia Pro haben keine Bestellnummer und den alten Firmennamen. Die Buchhaltung kann nicht zahlen.",
        "fr": "Les factures Invernia Pro n'ont pas de numéro de commande et portent l'ancienne raison sociale. Impossible de payer.",
        "it": "Le fatture Invernia Pro non hanno il numero d'ordine e riportano la vecchia ragione sociale. Non possiamo pagarle.",
        "pt": "As faturas da Invernia Pro não têm número de encomenda e têm o nome antigo. A contabilidade não paga assim.",
    },
    "service_blocked": {
        "es": "Nos han bloqueado los pedidos de repuestos por 'cuenta suspendida' y está todo pagado. Tenemos un túnel sin cubierta.",
        "en": "Spare-part orders blocked, 'account on hold', though everything is paid. We have a tunnel without its cover.",
        "de": "Ersatzteilbestellungen gesperrt, 'Konto gesperrt', obwohl alles bezahlt ist. Ein Tunnel steht ohne Folie.",
        "fr": "Commandes de pièces bloquées, 'compte suspendu', alors que tout est payé.",
        "it": "Ordini ricambi bloccati, 'conto sospeso', eppure è tutto pagato.",
        "pt": "Encomendas de peças bloqueadas, 'conta suspensa', e está tudo pago.",
    },
    "portal": {
        "es": "El portal Pro no muestra ninguna obra abierta, así que no podemos pedir la revisión anual. Y los plazos corren.",
        "en": "The Pro portal shows no open sites, so we can't request the annual inspection. And the deadline is running.",
        "de": "Das Pro-Portal zeigt keine offenen Standorte, wir können die Jahresprüfung nicht beantragen.",
        "fr": "Le portail Pro n'affiche aucun site, impossible de demander l'inspection annuelle.",
        "it": "Il portale Pro non mostra nessun sito, non possiamo chiedere l'ispezione annuale.",
        "pt": "O portal Pro não mostra nenhuma obra, não conseguimos pedir a inspeção anual.",
    },
    "overbilled": {
        "es": "Nos cobran la tarifa de visita suelta en vez de la del contrato anual. Más de 900 € de diferencia este trimestre.",
        "en": "We're billed the one-off visit rate instead of our annual contract rate. Over £800 difference this quarter.",
        "de": "Uns wird der Einzelbesuchstarif statt des Vertragstarifs berechnet. Über 900 € Unterschied.",
        "fr": "On nous facture le tarif à la visite au lieu du contrat annuel. Plus de 900 € d'écart.",
        "it": "Ci fatturate la tariffa a visita invece del contratto annuale. Oltre 900 € di differenza.",
        "pt": "Cobram a tarifa avulsa em vez do contrato anual. Mais de 900 € de diferença.",
    },
}
B2B_AGAIN: dict[str, str] = {
    "es": "Como ya os escribió {first} el {day}, seguimos igual con {case}. ",
    "en": "As {first} wrote on {day}, we're still stuck with {case}. ",
    "de": "Wie {first} am {day} schrieb, hängt {case} weiter. ",
    "fr": "Comme {first} l'a écrit {day}, {case} n'avance pas. ",
    "it": "Come ha scritto {first} {day}, {case} è ancora fermo. ",
    "pt": "Como a {first} escreveu na {day}, {case} continua parado. ",
}
B2B_LAST_MAIL: dict[str, str] = {
    "es": "Seguimos sin solución con {case} y ya os han escrito varios compañeros. Compras ha pedido precios a {comp}.",
    "en": "Still nothing fixed on {case} and several of us have written. Procurement has asked {comp} for rates.",
    "de": "{case} ist immer noch nicht gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat {comp} angefragt.",
    "fr": "{case} toujours pas réglé, plusieurs collègues ont écrit. Les achats ont demandé des prix à {comp}.",
    "it": "{case} ancora irrisolto, hanno scritto diversi colleghi. Gli acquisti hanno chiesto prezzi a {comp}.",
    "pt": "{case} continua por resolver, vários colegas escreveram. As compras pediram preços à {comp}.",
}
B2B_LAST_CALL: dict[str, str] = {
    "es": "hola llamo por la incidencia {case} sigue sin arreglar y ya os han escrito varios mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor",
    "en": "hi calling about case {case} it's still not fixed and several of us have emailed my boss says we move the account if it isn't sorted this week",
    "de": "hallo ich rufe wegen Vorgang {case} an es ist immer noch nicht gelöst mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "fr": "bonjour j'appelle pour le dossier {case} toujours pas réglé mon chef dit qu'on change de fournisseur si ce n'est pas fait cette semaine",
    "it": "buongiorno chiamo per la segnalazione {case} ancora niente il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "bom dia ligo por causa do pedido {case} continua sem solução o meu chefe diz que mudamos de fornecedor se não resolverem esta semana",
}
B2B_SUGGEST: dict[str, str] = {
    "es": "Sería útil poder exportar las visitas por centro de coste. Es solo una idea",
    "en": "Would be handy to export visits by cost centre. Just a thought",
    "de": "Ein Export der Besuche nach Kostenstelle wäre praktisch",
    "fr": "Un export des visites par centre de coût serait pratique",
    "it": "Sarebbe utile esportare le visite per centro di costo",
    "pt": "Dava jeito exportar as visitas por centro de custo",
}
B2B_Q: dict[str, str] = {
    "es": "Hola, ¿podemos añadir otro túnel al contrato de mantenimiento?",
    "en": "Hi, can we add another polytunnel to the maintenance contract?",
    "de": "Hallo, können wir einen weiteren Folientunnel in den Wartungsvertrag aufnehmen?",
    "fr": "Bonjour, peut-on ajouter un tunnel au contrat d'entretien ?",
    "it": "Salve, possiamo aggiungere un tunnel al contratto?",
    "pt": "Olá, podemos juntar outra estufa ao contrato?",
}
B2B_PRAISE: dict[str, str] = {
    "es": "El equipo de Invernia Pro dejó los túneles del vivero como nuevos antes de la campaña",
    "en": "Invernia Pro crew had the nursery tunnels re-skinned in a day, great job",
    "de": "Das Team von Invernia Pro hat die Tunnel der Gärtnerei an einem Tag neu bespannt",
    "fr": "L'équipe Invernia Pro a rebâché nos tunnels en une journée",
    "it": "La squadra Invernia Pro ha ricoperto i tunnel in un giorno",
    "pt": "A equipa Invernia Pro reforrou as estufas num dia",
}
WEEKDAY: dict[str, tuple[str, ...]] = {
    "es": ("el lunes", "el martes", "el miércoles", "el jueves", "el viernes"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta"),
}
FIRST = {
    "es": (
        "Lucía",
        "Javier",
        "Marta",
        "Andrés",
        "Nuria",
        "Pablo",
        "Carmen",
        "Sergio",
        "Elena",
        "Iván",
    ),
    "en": ("Sophie", "Liam", "Hannah", "Owen", "Grace", "Callum", "Niamh", "Rhys", "Megan", "Tom"),
    "de": ("Jana", "Lukas", "Miriam", "Felix", "Katrin", "Jonas"),
    "fr": ("Camille", "Hugo", "Léa", "Mathis", "Chloé", "Théo"),
    "it": ("Giulia", "Marco", "Chiara", "Davide", "Sara", "Luca"),
    "pt": ("Inês", "Tiago", "Beatriz", "Rui", "Marta", "Diogo"),
}
LAST = {
    "es": ("Robles", "Ferrer", "Castaño", "Vidal", "Prieto", "Soler", "Gallego", "Ibáñez"),
    "en": ("Walsh", "Pritchard", "Doyle", "Hughes", "Barker", "Quinn", "Fenwick", "Oakes"),
    "de": ("Hartmann", "Vogel", "Krüger", "Seidel", "Brandl"),
    "fr": ("Lefèvre", "Marchand", "Roussel", "Perrin", "Gauthier"),
    "it": ("Ferrante", "Galli", "Colombo", "Rinaldi", "Pellegrini"),
    "pt": ("Carvalho", "Moreira", "Pinto", "Teixeira", "Fonseca"),
}
