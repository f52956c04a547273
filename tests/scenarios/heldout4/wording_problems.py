"""Hand-written texts about Lumeo Energia's problems, per language (pt, es, it, de, fr, en).

Each household problem has, per language, the ``thing`` (a noun phrase that fits
the generic templates below: accusative in German, with its article elsewhere), a
``subject`` line and complaints written as people write them (typos, abbreviations,
no accents, capitals). The generic templates take ``{thing}`` and ``{first}``.
"""

from __future__ import annotations

from typing import Any

LANGS = ("pt", "es", "it", "de", "fr", "en")

#: problem -> language -> {"thing", "subject", "complaints"}
PROBLEMS: dict[str, dict[str, dict[str, Any]]] = {
    "estimated_bill": {
        "pt": {
            "thing": "a fatura estimada",
            "subject": "Fatura com leitura estimada",
            "complaints": [
                "A fatura deste mes veio com leitura ESTIMADA de 287€. Eu envio a leitura todos "
                "os meses pela app! Isto e um abuso.",
                "Boa tarde, mais uma vez estimaram o consumo e cobraram-me o triplo. Quero a "
                "fatura corrigida com a leitura real q enviei dia 2.",
            ],
        },
        "es": {
            "thing": "la factura estimada",
            "subject": "Factura estimada incorrecta",
            "complaints": [
                "Me habeis mandado una factura ESTIMADA de 264 euros cuando yo subo la lectura "
                "cada mes. Esto no puede ser, quiero que la rectifiqueis ya.",
                "otra vez consumo estimado y el doble de lo normal... mande la foto del "
                "contador y nada, nadie lo mira",
            ],
        },
        "it": {
            "thing": "la bolletta stimata",
            "subject": "Bolletta con consumi stimati",
            "complaints": [
                "La bolletta di questo mese e' su consumi STIMATI, 241 euro, io la lettura "
                "l'ho mandata con la app!! Pretendo la rettifica.",
                "Ancora una bolletta stimata e il doppio del solito. Ho mandato la foto del "
                "contatore il 3, cmq nessuno la guarda. Vergognoso",
            ],
        },
        "de": {
            "thing": "die geschätzte Rechnung",
            "subject": "Rechnung mit Schätzwerten",
            "complaints": [
                "Meine Rechnung ist schon wieder GESCHÄTZT, 233 Euro statt der üblichen 80. "
                "Ich habe den Zählerstand doch per App übermittelt. Bitte korrigieren!",
                "Wieso schätzt ihr den Verbrauch, wenn ich jeden Monat ablese?? Das ist das "
                "dritte Mal, ich bin echt sauer.",
            ],
        },
        "fr": {
            "thing": "la facture estimee",
            "subject": "Facture sur estimation",
            "complaints": [
                "Encore une facture sur ESTIMATION, 219 euros alors que j'envoie mon index "
                "tous les mois. C'est n'importe quoi, je veux une facture rectifiee.",
                "Vous avez estime ma conso au double du reel, j'ai envoye la photo du "
                "compteur le 4 et personne ne la regarde. Inadmissible",
            ],
        },
        "en": {
            "thing": "the estimated bill",
            "subject": "Estimated bill AGAIN",
            "complaints": [
                "My bill this month is ESTIMATED at 251 EUR, I submit my reading every month "
                "in the app! Please correct it, this is ridiculous.",
                "You estimated my usage at double again. Sent a photo of the meter on the "
                "3rd, nobody looks at it. Not acceptable tbh",
            ],
        },
    },
    "meter_visit": {
        "pt": {
            "thing": "a visita do tecnico para trocar o contador",
            "subject": "Tecnico nao apareceu",
            "complaints": [
                "Tirei o dia de folga para a troca do contador e o tecnico NAO apareceu. "
                "Ninguem ligou, ninguem avisou. Que falta de respeito.",
                "Esperei das 8h as 13h pelo tecnico do contador inteligente e nada. Quero "
                "uma nova marcacao e uma explicacao.",
            ],
        },
        "es": {
            "thing": "la visita del tecnico para cambiar el contador",
            "subject": "El tecnico no vino",
            "complaints": [
                "Pedi el dia libre para el cambio de contador y el tecnico NO vino. Ni una "
                "llamada. Una falta de respeto total.",
                "Estuve toda la manana esperando al tecnico del contador inteligente y nada de "
                "nada. Quiero otra cita y una explicacion.",
            ],
        },
        "it": {
            "thing": "l'appuntamento col tecnico per il contatore",
            "subject": "Tecnico mai arrivato",
            "complaints": [
                "Ho preso un giorno di ferie per la sostituzione del contatore e il tecnico "
                "NON si e' presentato. Nessuna chiamata. Una presa in giro.",
                "Aspettato il tecnico dalle 8 alle 13, niente di niente. Voglio un nuovo "
                "appuntamento e delle spiegazioni",
            ],
        },
        "de": {
            "thing": "den Technikertermin für den Zählertausch",
            "subject": "Techniker nicht erschienen",
            "complaints": [
                "Ich habe mir extra frei genommen für den Zählertausch und der Techniker kam "
                "NICHT. Kein Anruf, nichts. Unverschämt.",
                "Von 8 bis 13 Uhr auf den Techniker gewartet, umsonst. Ich will einen neuen "
                "Termin und eine Erklärung.",
            ],
        },
        "fr": {
            "thing": "le rdv du technicien pour le compteur",
            "subject": "Technicien jamais venu",
            "complaints": [
                "J'ai pris une journee pour le changement de compteur et le technicien n'est "
                "JAMAIS venu. Aucun appel. C'est se moquer du monde.",
                "Attendu le technicien de 8h a 13h pour rien. Je veux un nouveau rdv et des "
                "explications svp",
            ],
        },
        "en": {
            "thing": "the engineer visit for the smart meter",
            "subject": "Engineer no-show",
            "complaints": [
                "Took a day off for the smart meter swap and the engineer never showed up. "
                "No call, nothing. Really disrespectful.",
                "Waited 8am to 1pm for the meter engineer, nobody came. I want a new slot and "
                "an explanation.",
            ],
        },
    },
    "move_in": {
        "pt": {
            "thing": "a ligacao da luz na casa nova",
            "subject": "Mudanca de casa - sem luz",
            "complaints": [
                "Mudei-me ha 5 dias e a casa nova continua SEM luz, pedi a ligacao com 3 "
                "semanas de antecedencia. Estou a viver com lanternas!!",
                "Ainda me estao a cobrar a casa antiga e a nova nao tem luz. Como e possivel?",
            ],
        },
        "es": {
            "thing": "el alta de la luz en el piso nuevo",
            "subject": "Mudanza - sin suministro",
            "complaints": [
                "Me mude hace 5 dias y el piso nuevo sigue SIN luz, pedi el alta con tres "
                "semanas. Estamos con velas, en serio.",
                "Me seguis cobrando el piso viejo y el nuevo sin luz. Como puede ser??",
            ],
        },
        "it": {
            "thing": "l'attivazione della luce nella casa nuova",
            "subject": "Trasloco - casa senza corrente",
            "complaints": [
                "Traslocato da 5 giorni e la casa nuova e' ancora SENZA corrente, avevo "
                "chiesto l'attivazione 3 settimane fa. Viviamo con le candele.",
                "Mi state ancora fatturando la vecchia casa e la nuova e' al buio. Assurdo.",
            ],
        },
        "de": {
            "thing": "den Stromanschluss in der neuen Wohnung",
            "subject": "Umzug - kein Strom",
            "complaints": [
                "Seit 5 Tagen in der neuen Wohnung und immer noch KEIN Strom, obwohl ich das "
                "vor drei Wochen angemeldet habe. Wir sitzen im Dunkeln.",
                "Die alte Wohnung wird weiter abgerechnet und die neue hat keinen Strom. "
                "Wie kann das sein?",
            ],
        },
        "fr": {
            "thing": "la mise en service dans le nouvel appart",
            "subject": "Demenagement - pas d'electricite",
            "complaints": [
                "Demenage depuis 5 jours et toujours PAS de courant dans le nouvel appart, "
                "demande faite 3 semaines avant. On vit a la bougie.",
                "Vous facturez encore l'ancien logement et le nouveau n'a pas de courant. "
                "Comment c'est possible ?",
            ],
        },
        "en": {
            "thing": "the power connection at my new flat",
            "subject": "Moved in - no power",
            "complaints": [
                "Moved in 5 days ago and the new flat still has NO power, I requested it "
                "three weeks in advance. Living with torches here.",
                "You're still billing my old address and the new one has no electricity. "
                "How is that possible?",
            ],
        },
    },
    "solar_credit": {
        "pt": {
            "thing": "o credito dos paineis solares",
            "subject": "Credito solar em falta",
            "complaints": [
                "Os meus paineis injetaram 310 kWh na rede e o credito nao aparece na fatura. "
                "Ja e o segundo mes. Onde esta o meu dinheiro?",
                "Credito do autoconsumo outra vez a zero. Vendem-nos os paineis e depois "
                "nao pagam o excedente. Muito mal.",
            ],
        },
        "es": {
            "thing": "la compensacion de las placas solares",
            "subject": "Falta compensacion de excedentes",
            "complaints": [
                "Mis placas vertieron 300 kWh y la compensacion no sale en la factura. Ya "
                "van dos meses. Donde esta mi dinero?",
                "Compensacion de excedentes a cero otra vez. Os comprais las placas y luego "
                "no pagais. Fatal.",
            ],
        },
        "it": {
            "thing": "il credito dei pannelli solari",
            "subject": "Credito fotovoltaico mancante",
            "complaints": [
                "I miei pannelli hanno immesso 290 kWh e il credito non compare in bolletta. "
                "Secondo mese di fila. Dove sono i miei soldi?",
                "Credito dello scambio sul posto di nuovo a zero. Vendete i pannelli e poi "
                "non pagate. Pessimo.",
            ],
        },
        "de": {
            "thing": "die Einspeisevergütung für meine Solaranlage",
            "subject": "Einspeisevergütung fehlt",
            "complaints": [
                "Meine Anlage hat 320 kWh eingespeist und auf der Rechnung steht keine "
                "Vergütung. Schon der zweite Monat. Wo ist mein Geld?",
                "Einspeisevergütung wieder null. Erst Solarpanels verkaufen und dann nicht "
                "zahlen, ganz schwach.",
            ],
        },
        "fr": {
            "thing": "le credit de mes panneaux solaires",
            "subject": "Credit solaire manquant",
            "complaints": [
                "Mes panneaux ont injecte 300 kWh et le credit n'apparait pas sur la facture. "
                "Deuxieme mois. Il est ou mon argent ?",
                "Credit de revente encore a zero. Vous vendez les panneaux et apres vous ne "
                "payez pas. Lamentable.",
            ],
        },
        "en": {
            "thing": "the credit for my solar panels",
            "subject": "Solar export credit missing",
            "complaints": [
                "My panels exported 300 kWh and there's no credit on the bill. Second month "
                "running. Where is my money?",
                "Export credit zero again. You sell us the panels then don't pay for the "
                "surplus. Poor.",
            ],
        },
    },
    "wallbox": {
        "pt": {
            "thing": "o carregador Lumeo Wallbox",
            "subject": "Wallbox offline",
            "complaints": [
                "Desde a atualizacao o Wallbox esta offline e o carro nao carrega. Hoje "
                "cheguei atrasado ao trabalho. Resolvam isto!",
                "O carregador pisca vermelho e a app diz 'dispositivo indisponivel'. Paguei "
                "900€ por isto??",
            ],
        },
        "es": {
            "thing": "el cargador Lumeo Wallbox",
            "subject": "Wallbox no carga",
            "complaints": [
                "Desde la actualizacion el Wallbox esta offline y el coche no carga. Hoy he "
                "llegado tarde al curro. Arreglad esto ya!",
                "el cargador parpadea en rojo y la app pone 'dispositivo no disponible'. "
                "900 euros para esto??",
            ],
        },
        "it": {
            "thing": "la wallbox Lumeo",
            "subject": "Wallbox offline",
            "complaints": [
                "Dopo l'aggiornamento la wallbox e' offline e la macchina non carica. Oggi "
                "sono arrivato tardi al lavoro. Sistemate subito!",
                "La wallbox lampeggia rossa e l'app dice 'dispositivo non disponibile'. "
                "900 euro per questo??",
            ],
        },
        "de": {
            "thing": "die Lumeo Wallbox",
            "subject": "Wallbox offline",
            "complaints": [
                "Seit dem Update ist die Wallbox offline und das Auto lädt nicht. Heute zu "
                "spät zur Arbeit gekommen. Bitte sofort beheben!",
                "Die Wallbox blinkt rot, App sagt 'Gerät nicht verfügbar'. 900 Euro für sowas??",
            ],
        },
        "fr": {
            "thing": "la borne Lumeo Wallbox",
            "subject": "Borne hors ligne",
            "complaints": [
                "Depuis la mise a jour la borne est hors ligne et la voiture ne charge pas. "
                "Arrive en retard au boulot ce matin. Reglez ca !",
                "La borne clignote rouge et l'appli dit 'appareil indisponible'. 900 euros "
                "pour ca ??",
            ],
        },
        "en": {
            "thing": "the Lumeo Wallbox charger",
            "subject": "Wallbox offline since update",
            "complaints": [
                "Since the update the Wallbox is offline and the car won't charge. Was late "
                "for work today. Sort it out please!",
                "Charger blinks red and the app says 'device unavailable'. 900 EUR for this??",
            ],
        },
    },
    "night_tariff": {
        "pt": {
            "thing": "a mudanca para a tarifa bi-horaria",
            "subject": "Tarifa bi-horaria nao aplicada",
            "complaints": [
                "Pedi a tarifa bi-horaria em janeiro e continuo a pagar tudo a tarifa "
                "simples. Ja perdi dinheiro com isto, nao e serio.",
                "A minha mudanca de tarifa nunca foi feita e ninguem me sabe explicar pq.",
            ],
        },
        "es": {
            "thing": "el cambio a la tarifa nocturna",
            "subject": "Tarifa nocturna no aplicada",
            "complaints": [
                "Pedi la tarifa nocturna en enero y sigo pagando todo a precio de dia. Estoy "
                "perdiendo dinero, no es serio.",
                "el cambio de tarifa nunca se hizo y nadie sabe decirme xq",
            ],
        },
        "it": {
            "thing": "il passaggio alla tariffa bioraria",
            "subject": "Tariffa bioraria non applicata",
            "complaints": [
                "Ho chiesto la tariffa bioraria a gennaio e pago ancora tutto a prezzo pieno. "
                "Ci sto perdendo soldi, non e' serio.",
                "Il cambio tariffa non e' mai stato fatto e nessuno sa dirmi xche'.",
            ],
        },
        "de": {
            "thing": "den Wechsel in den Nachttarif",
            "subject": "Nachttarif nicht umgestellt",
            "complaints": [
                "Nachttarif im Januar beantragt und ich zahle immer noch alles zum Tagespreis. "
                "Ich verliere Geld, das ist nicht seriös.",
                "Tarifwechsel nie durchgeführt und keiner kann mir sagen warum.",
            ],
        },
        "fr": {
            "thing": "le passage en heures creuses",
            "subject": "Heures creuses pas appliquees",
            "complaints": [
                "J'ai demande les heures creuses en janvier et je paie toujours tout au tarif "
                "plein. Je perds de l'argent, c'est pas serieux.",
                "Mon changement de tarif n'a jamais ete fait et personne sait me dire pk.",
            ],
        },
        "en": {
            "thing": "the switch to the night tariff",
            "subject": "Night tariff not applied",
            "complaints": [
                "Asked for the night tariff in January and I'm still paying day rate for "
                "everything. Losing money here, not serious.",
                "My tariff change was never done and no one can tell me why.",
            ],
        },
    },
    "gas_cut": {
        "pt": {
            "thing": "o corte do gas",
            "subject": "URGENTE corte de gas indevido",
            "complaints": [
                "CORTARAM-ME O GAS por falta de pagamento mas eu paguei tudo por debito "
                "direto!! Tenho dois filhos pequenos e nao ha agua quente. Vergonha.",
                "Gas cortado sem aviso e com as faturas pagas. Quero o gas religado HOJE.",
            ],
        },
        "es": {
            "thing": "el corte del gas",
            "subject": "URGENTE corte de gas",
            "complaints": [
                "ME HABEIS CORTADO EL GAS por impago y lo tengo todo domiciliado y pagado!! "
                "Dos crios en casa sin agua caliente. Verguenza.",
                "Gas cortado sin aviso con las facturas pagadas. Lo quiero reconectado HOY.",
            ],
        },
        "it": {
            "thing": "il distacco del gas",
            "subject": "URGENTE gas staccato",
            "complaints": [
                "MI AVETE STACCATO IL GAS per morosita' ma ho pagato tutto con la "
                "domiciliazione!! Due bambini piccoli e niente acqua calda. Vergogna.",
                "Gas staccato senza preavviso con le bollette pagate. Lo rivoglio OGGI.",
            ],
        },
        "de": {
            "thing": "die Gassperre",
            "subject": "DRINGEND Gas gesperrt",
            "complaints": [
                "IHR HABT MIR DAS GAS GESPERRT wegen Zahlungsverzug, dabei ist alles per "
                "Lastschrift bezahlt!! Zwei kleine Kinder, kein warmes Wasser. Eine Schande.",
                "Gas ohne Ankündigung gesperrt, Rechnungen bezahlt. Ich will es HEUTE wieder.",
            ],
        },
        "fr": {
            "thing": "la coupure du gaz",
            "subject": "URGENT gaz coupe",
            "complaints": [
                "VOUS M'AVEZ COUPE LE GAZ pour impaye alors que tout est preleve et paye !! "
                "Deux enfants en bas age et pas d'eau chaude. Honteux.",
                "Gaz coupe sans preavis avec les factures payees. Je veux le gaz AUJOURD'HUI.",
            ],
        },
        "en": {
            "thing": "the gas disconnection",
            "subject": "URGENT gas cut off",
            "complaints": [
                "YOU CUT OFF MY GAS for non-payment but everything is paid by direct debit!! "
                "Two small kids, no hot water. Disgraceful.",
                "Gas cut without notice and the bills are paid. I want it back on TODAY.",
            ],
        },
    },
}

#: The new bill that came out three to ten times too high (the planted spike).
BILL_SHOCK: dict[str, list[str]] = {
    "pt": [
        "A fatura que chegou hoje de manha e de {amount}€!!! Normalmente pago 60. Que se passa?",
        "fatura de {amount} euros?? deve ser engano, nunca gastei isto na vida",
        "Acabei de abrir o email da fatura: {amount}€. Isto e um erro ou um roubo?",
    ],
    "es": [
        "La factura de hoy es de {amount} euros!!! Normalmente pago 55. Que ha pasado?",
        "factura de {amount}€?? tiene q ser un error, en mi vida he gastado eso",
        "Acabo de ver el email de la factura: {amount} euros. Error o robo?",
    ],
    "it": [
        "La bolletta arrivata stamattina e' di {amount} euro!!! Di solito pago 60. Che succede?",
        "bolletta da {amount}€?? sara' un errore, mai consumato tanto",
        "Aperta ora la mail della bolletta: {amount} euro. E' un errore o una truffa?",
    ],
    "de": [
        "Die Rechnung von heute früh: {amount} Euro!!! Normal zahle ich 70. Was ist da los?",
        "Rechnung über {amount}€?? Das muss ein Fehler sein, so viel verbrauche ich nie",
        "Gerade die Rechnungsmail geöffnet: {amount} Euro. Fehler oder Abzocke?",
    ],
    "fr": [
        "La facture recue ce matin est de {amount} euros !!! D'habitude je paie 60. C'est quoi ?",
        "facture de {amount}€ ?? c'est forcement une erreur, jamais consomme autant",
        "Je viens d'ouvrir le mail de facture : {amount} euros. Erreur ou arnaque ?",
    ],
    "en": [
        "The bill that arrived this morning is {amount} EUR!!! I normally pay 60. What's going on?",
        "bill of {amount} euros?? must be a mistake, never used that much in my life",
        "Just opened the bill email: {amount} EUR. Is this an error or a scam?",
    ],
}

#: Second message after a spike report: still no answer, bill still wrong.
BILL_SHOCK_AGAIN: dict[str, list[str]] = {
    "pt": ["Ja escrevi ha pouco sobre a fatura de {amount}€ e ninguem responde. Continua la!"],
    "es": ["Ya os he escrito por la factura de {amount}€ y nadie contesta. Sigue igual!"],
    "it": ["Vi ho gia' scritto per la bolletta da {amount}€ e nessuno risponde. E' ancora li!"],
    "de": ["Hab vorhin schon wegen der {amount}€-Rechnung geschrieben, keine Antwort. Immer noch!"],
    "fr": ["Deja ecrit tout a l'heure pour la facture de {amount}€, aucune reponse. Toujours la !"],
    "en": ["Already wrote earlier about the {amount} EUR bill and nobody answers. Still there!"],
}

#: The customer raises the same open problem again, upset.
STILL: dict[str, list[str]] = {
    "pt": [
        "Escrevo OUTRA VEZ sobre {thing}. Continua tudo na mesma e ninguem me responde.",
        "Ja e a terceira vez que falo sobre {thing}!! Continua sem solucao.",
        "{first} aqui de novo. Ainda nada sobre {thing}, estou farto de esperar.",
    ],
    "es": [
        "Os escribo OTRA VEZ sobre {thing}. Sigue todo igual y nadie me contesta.",
        "Es la tercera vez que hablo de {thing}!! sigo sin solucion",
        "Soy {first} otra vez. Nada sobre {thing}, estoy harto de esperar.",
    ],
    "it": [
        "Scrivo DI NUOVO per {thing}. E' tutto come prima e nessuno risponde.",
        "E' la terza volta che vi contatto per {thing}!! Ancora nessuna soluzione.",
        "Sono {first}, ancora io. Ancora niente per {thing}, sono stufo di aspettare.",
    ],
    "de": [
        "Ich schreibe SCHON WIEDER wegen {thing}. Immer noch nichts passiert, keine Antwort.",
        "Das dritte Mal, dass ich mich um {thing} kümmern muss!! Immer noch ungelöst.",
        "Nochmal {first}. Immer noch nichts über {thing}, ich hab es satt zu warten.",
    ],
    "fr": [
        "Je vous ecris ENCORE pour {thing}. Toujours rien, personne ne repond.",
        "C'est la troisieme fois que je relance pour {thing} !! Toujours pas regle.",
        "{first} encore. Toujours rien concernant {thing}, j'en ai marre d'attendre.",
    ],
    "en": [
        "Writing AGAIN about {thing}. Nothing has changed and nobody answers.",
        "Third time I'm chasing {thing}!! Still not sorted.",
        "{first} again. Still nothing on {thing}, sick of waiting.",
    ],
}

#: The second contact of a two-contact thread: says plainly it is a repeat.
SECOND_TIME: dict[str, list[str]] = {
    "pt": ["E a segunda vez que contacto sobre {thing} e continua por resolver."],
    "es": ["Es la segunda vez que contacto por {thing} y sigue sin resolverse."],
    "it": ["E' la seconda volta che vi contatto per {thing} e non e' ancora risolto."],
    "de": ["Ich melde mich zum zweiten Mal wegen {thing}, es ist immer noch nicht erledigt."],
    "fr": ["C'est la deuxieme fois que je vous contacte pour {thing}, toujours pas regle."],
    "en": ["This is the second time I'm contacting you about {thing}, still not resolved."],
}

#: A calm follow-up on the same open problem.
CALM: dict[str, list[str]] = {
    "pt": ["Bom dia, ha novidades sobre {thing}? Ainda esta pendente. Obg"],
    "es": ["Hola, hay alguna novedad sobre {thing}? Sigue pendiente. Gracias"],
    "it": ["Buongiorno, novita' su {thing}? E' ancora in sospeso. Grazie"],
    "de": ["Hallo, gibt es Neuigkeiten um {thing}? Ist noch offen. Danke"],
    "fr": ["Bonjour, du nouveau concernant {thing} ? C'est toujours en attente. Merci"],
    "en": ["Hi, any news about {thing}? Still pending on my side. Thanks"],
}

#: The agent said it was fixed; the customer says it is not.
NOT_FIXED: dict[str, list[str]] = {
    "pt": ["Disseram-me que {thing} estava resolvido mas NAO esta. Continua igual."],
    "es": ["Me dijisteis que {thing} estaba resuelto pero NO. Sigue igual."],
    "it": ["Mi avete detto che {thing} era risolto ma NON e' vero. Tutto uguale."],
    "de": ["Mir wurde gesagt, das Problem um {thing} sei gelöst, ist es aber NICHT."],
    "fr": ["On m'a dit que c'etait regle pour {thing} mais NON. Rien n'a change."],
    "en": ["You told me {thing} was sorted but it is NOT. Same as before."],
}

#: The customer says the problem is solved, with thanks.
FIXED: dict[str, list[str]] = {
    "pt": ["Ja esta resolvido, {thing} ficou tratado. Muito obrigado pela ajuda!"],
    "es": ["Ya esta resuelto lo de {thing}. Muchas gracias por la ayuda!"],
    "it": ["Tutto risolto per {thing}. Grazie mille per l'aiuto!"],
    "de": ["Hat sich erledigt, um {thing} wurde sich gekümmert. Vielen Dank für die Hilfe!"],
    "fr": ["C'est regle pour {thing}. Merci beaucoup pour votre aide !"],
    "en": ["All sorted now with {thing}. Many thanks for the help!"],
}

#: An agent's reply (outbound), with a help-page link.
AGENT_REPLY: dict[str, list[str]] = {
    "pt": [
        "Ola {first}, lamentamos o incomodo. O seu pedido sobre {thing} foi encaminhado "
        "para a equipa tecnica. Mais info em lumeo.pt/ajuda"
    ],
    "es": [
        "Hola {first}, sentimos las molestias. Tu solicitud sobre {thing} ha pasado al "
        "equipo tecnico. Mas info en lumeo.es/ayuda"
    ],
    "it": [
        "Ciao {first}, ci scusiamo per il disagio. La richiesta per {thing} e' stata "
        "passata al team tecnico. Info: lumeo.it/aiuto"
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Ihre Anfrage um {thing} liegt beim Technikteam. "
        "Mehr unter lumeo.de/hilfe"
    ],
    "fr": [
        "Bonjour {first}, desoles pour la gene. Votre demande concernant {thing} est "
        "transmise a l'equipe technique. Infos : lumeo.fr/aide"
    ],
    "en": [
        "Hi {first}, sorry for the trouble. Your request about {thing} has gone to our "
        "technical team. More at lumeo.eu/help"
    ],
}

#: An agent's reply (outbound) claiming the problem is fixed.
AGENT_FIXED: dict[str, str] = {
    "pt": "Ola {first}, confirmamos que o problema com {thing} ficou resolvido. Boa semana!",
    "es": "Hola {first}, te confirmamos que lo de {thing} ya esta solucionado. Buena semana!",
    "it": "Ciao {first}, confermiamo che il problema per {thing} e' stato risolto. Buona "
    "settimana!",
    "de": "Hallo {first}, das Problem um {thing} ist behoben. Schöne Woche!",
    "fr": "Bonjour {first}, le probleme concernant {thing} est resolu. Bonne semaine !",
    "en": "Hi {first}, we can confirm the issue with {thing} is now fixed. Have a good week!",
}
