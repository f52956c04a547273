"""Wording of heldout240 (Raggiolo: bicycle servicing at home by mobile mechanics).

Every table has every language: it and de with two or three variants, en, fr, pt and es
with at least one. Placeholders: NAME (first name), CASE (case reference), COMP (a
competitor), AGENT (agent's first name), TIME (a local time), AMT (an amount).
"""

# ruff: noqa: E501

BRAND = "Raggiolo"
COMPETITORS = ("Speichwerk", "Ciclonetto")
LANGS = ("it", "de", "en", "fr", "pt", "es")

PRAISE: dict[str, list[str]] = {
    "it": [
        "Il meccanico di Raggiolo è venuto sotto casa e in un'ora la bici era come nuova. Consigliatissimo!",
        "Freni regolati, catena pulita, tutto sotto il portone mentre lavoravo. Grazie Raggiolo!",
        "Servizio puntuale e gentile, mi ha pure spiegato come gonfiare bene le gomme tubeless.",
    ],
    "de": [
        "Der Mechaniker von Raggiolo kam pünktlich vor die Haustür, Schaltung läuft wieder butterweich. Top!",
        "Inspektion im Hof erledigt, während ich im Homeoffice saß. Genau so muss das sein.",
        "Sehr freundlicher Mechaniker, hat mir sogar gezeigt, wie ich die Kette selbst öle. Danke!",
    ],
    "en": [
        "Raggiolo's mechanic fixed my gears outside the office in 40 minutes. Brilliant service."
    ],
    "fr": [
        "Le mécanicien Raggiolo est passé en bas de chez moi, vélo révisé en une heure. Parfait !"
    ],
    "pt": ["O mecânico da Raggiolo veio à porta de casa e a bicicleta ficou impecável. Recomendo!"],
    "es": [
        "El mecánico de Raggiolo vino a la puerta de casa y la bici quedó perfecta. ¡Muy recomendable!"
    ],
}

AGAIN_PRAISE: dict[str, list[str]] = {
    "it": [
        "Terza volta che prenoto e ancora una volta tutto perfetto, stesso meccanico simpatico.",
        "Di nuovo impeccabili: revisione di primavera fatta in cortile, come sempre.",
    ],
    "de": [
        "Schon wieder der nette Mechaniker, schon wieder alles perfekt. Drittes Mal dieses Jahr!",
        "Immer noch begeistert: auch die zweite Inspektion lief ohne jeden Haken.",
    ],
    "en": ["Third time this year and still the easiest bike service I've ever booked."],
    "fr": ["Troisième révision chez Raggiolo et toujours aussi simple, merci encore."],
    "pt": ["Terceira vez que marco e continua tudo perfeito, o mesmo mecânico simpático."],
    "es": ["Tercera vez este año y otra vez todo perfecto, el mismo mecánico majísimo."],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "it": [
        "Lavoro ottimo sulla bici, solo la fattura arriva in PDF e non la trovo mai. Per il resto benissimo.",
        "Bravissimi, peccato solo che la fascia oraria sia di tre ore. Comunque ci ricasco volentieri.",
    ],
    "de": [
        "Reparatur super, nur das Zeitfenster von drei Stunden ist echt lang. Ansonsten gerne wieder.",
        "Alles bestens, nur die Rechnung kommt als PDF ohne Positionen. Kleinigkeit, sonst klasse.",
    ],
    "en": [
        "Great job on the brakes, only wish the app showed the mechanic's arrival a bit sooner."
    ],
    "fr": ["Super travail, juste dommage que le créneau fasse trois heures. Sinon je recommande."],
    "pt": ["Trabalho ótimo, só a janela de três horas é longa demais. De resto, excelente."],
    "es": [
        "Muy buen trabajo, solo que la franja de tres horas es larguísima. Por lo demás, genial."
    ],
}

QUESTION: dict[str, list[str]] = {
    "it": [
        "Ciao, il meccanico può cambiare anche la batteria di una e-bike Bosch o solo la manutenzione?",
        "Buongiorno, se il portone è chiuso il meccanico può lavorare in strada?",
        "Ciao! Quanto dura di solito un tagliando completo?",
    ],
    "de": [
        "Hallo, kann der Mechaniker auch Scheibenbremsen entlüften oder nur Beläge tauschen?",
        "Guten Tag, muss ich zu Hause sein oder reicht es, das Rad im Hof abzustellen?",
        "Hi, gilt die Mitgliedschaft auch für das Rad meiner Tochter?",
    ],
    "en": ["Hi, can the mechanic also true a wheel or do I need to book a full service?"],
    "fr": ["Bonjour, le mécanicien peut-il aussi changer une chambre à air de vélo cargo ?"],
    "pt": ["Olá, o mecânico também faz afinação de mudanças elétricas Di2?"],
    "es": ["Hola, ¿el mecánico puede cambiar también los radios o hay que llevarla a taller?"],
}

ANSWER: dict[str, list[str]] = {
    "it": [
        "Ciao NAME, sì, se ne occupa direttamente il meccanico sul posto. Buona pedalata! AGENT, Raggiolo"
    ],
    "de": [
        "Hallo NAME, ja, das erledigt der Mechaniker direkt vor Ort. Gute Fahrt! AGENT, Raggiolo"
    ],
    "en": ["Hi NAME, yes, the mechanic handles that on the spot. Happy riding! AGENT, Raggiolo"],
    "fr": ["Bonjour NAME, oui, le mécanicien s'en occupe sur place. Bonne route ! AGENT, Raggiolo"],
    "pt": ["Olá NAME, sim, o mecânico trata disso no local. Boas pedaladas! AGENT, Raggiolo"],
    "es": ["Hola NAME, sí, el mecánico se encarga allí mismo. ¡Buenas rutas! AGENT, Raggiolo"],
}

THANKS: dict[str, list[str]] = {
    "it": ["grazie mille!! 🙌", "perfetto, grz", "ok top, grazie"],
    "de": ["danke dir! 👍", "super, merci", "alles klar, danke"],
    "en": ["cheers mate, legend", "ta, sorted"],
    "fr": ["merci bcp !", "top, merci"],
    "pt": ["obg! 😊", "perfeito, valeu"],
    "es": ["mil gracias!!", "genial, grax"],
}

CALL_Q: dict[str, list[str]] = {
    "it": [
        "si buongiorno volevo sapere se il meccanico porta anche i copertoni invernali o devo comprarli io",
        "salve chiamo per capire se posso spostare l'appuntamento di giovedi alla mattina",
    ],
    "de": [
        "ja hallo ich wollte fragen ob der Mechaniker auch samstags kommt oder nur unter der Woche",
        "guten Tag ich ruf an weil ich den Termin am Donnerstag auf den Vormittag legen möchte",
    ],
    "en": [
        "hi there just ringing to ask if the mechanic brings tubeless sealant or should i buy some"
    ],
    "fr": ["oui bonjour je voulais savoir si le mecanicien peut passer le samedi matin"],
    "pt": ["bom dia queria saber se o mecanico pode vir ao sabado de manha"],
    "es": ["hola buenas queria saber si el mecanico puede venir el sabado por la mañana"],
}

CALL_FOLLOWUP: dict[str, list[str]] = {
    "it": ["Ciao NAME, come detto al telefono: fatto, trovi tutto nell'app. AGENT, Raggiolo"],
    "de": [
        "Hallo NAME, wie am Telefon besprochen: erledigt, Details stehen in der App. AGENT, Raggiolo"
    ],
    "en": ["Hi NAME, as discussed on the phone: done, the details are in the app. AGENT, Raggiolo"],
    "fr": [
        "Bonjour NAME, comme convenu au téléphone : c'est fait, tout est dans l'appli. AGENT, Raggiolo"
    ],
    "pt": ["Olá NAME, como falámos ao telefone: feito, os detalhes estão na app. AGENT, Raggiolo"],
    "es": [
        "Hola NAME, como hablamos por teléfono: hecho, tienes los detalles en la app. AGENT, Raggiolo"
    ],
}

REVIEW: dict[str, list[str]] = {
    "it": [
        "Meccanico preciso e simpatico, prezzo onesto. Cinque stelle.",
        "Comodissimo, niente più bici in macchina fino all'officina.",
    ],
    "de": [
        "Zuverlässig, fair, freundlich. Fünf Sterne.",
        "Endlich kein Rad mehr ins Auto wuchten. Klare Empfehlung.",
    ],
    "en": ["Reliable, friendly, fair price. Five stars."],
    "fr": ["Fiable, sympa, prix honnête. Cinq étoiles."],
    "pt": ["Fiável, simpático, preço justo. Cinco estrelas."],
    "es": ["Fiable, amable y buen precio. Cinco estrellas."],
}

SURVEY_WORD: dict[str, list[str]] = {
    "it": ["ottimo", "👍", ""],
    "de": ["top", "passt", ""],
    "en": ["spot on", ""],
    "fr": ["parfait", ""],
    "pt": ["excelente", ""],
    "es": ["genial", ""],
}

LOW_WORD: dict[str, list[str]] = {
    "it": ["mah", "deluso"],
    "de": ["naja", "enttäuscht"],
    "en": ["meh"],
    "fr": ["bof"],
    "pt": ["fraco"],
    "es": ["regular"],
}

NIGHT_POST: dict[str, list[str]] = {
    "it": [
        "Turno di notte finito alle 3, domani alle 9 arriva il meccanico Raggiolo. Speriamo di sentire il campanello 😴",
        "Insonnia, guardo video di gente che centra le ruote. Domani tocca alla mia con Raggiolo.",
    ],
    "de": [
        "Nachtschicht im Krankenhaus vorbei, morgen kommt Raggiolo zur Inspektion. Hoffentlich hör ich die Klingel 😴",
        "Kann nicht schlafen, schaue Videos übers Speichen-Zentrieren. Morgen macht das Raggiolo für mich.",
    ],
    "en": ["3am and I'm watching wheel-truing videos. Raggiolo comes tomorrow, thank god."],
    "fr": ["3h du mat, je regarde des vidéos de dévoilage de roue. Raggiolo passe demain, ouf."],
    "pt": ["3 da manhã a ver vídeos de afinar rodas. Amanhã vem a Raggiolo, ainda bem."],
    "es": ["Las 3 de la mañana viendo vídeos de centrar ruedas. Mañana viene Raggiolo, menos mal."],
}

NIGHT_CHAT: dict[str, list[str]] = {
    "it": [
        "ciao, è tardi lo so: se domattina piove il meccanico viene lo stesso?",
        "scusate l'ora, posso lasciare la bici legata in cortile per l'appuntamento delle 8?",
    ],
    "de": [
        "sorry für die Uhrzeit: kommt der Mechaniker auch, wenn es morgen früh regnet?",
        "kann ich das Rad für den 8-Uhr-Termin schon heute Nacht im Hof anschließen?",
    ],
    "en": ["sorry it's late, does the mechanic still come if it's raining in the morning?"],
    "fr": ["désolé pour l'heure, le mécanicien vient quand même s'il pleut demain matin ?"],
    "pt": ["desculpem a hora, o mecânico vem na mesma se chover amanhã de manhã?"],
    "es": ["perdón por la hora, ¿el mecánico viene igual si mañana llueve?"],
}

NIGHT_ANSWER: dict[str, list[str]] = {
    "it": [
        "Ciao NAME, sì: il furgone ha la tettoia, lavoriamo anche con la pioggia. Buonanotte! AGENT, Raggiolo"
    ],
    "de": [
        "Hallo NAME, ja: der Transporter hat ein Vordach, wir arbeiten auch bei Regen. Gute Nacht! AGENT, Raggiolo"
    ],
    "en": [
        "Hi NAME, yes: the van has an awning, we work in the rain too. Good night! AGENT, Raggiolo"
    ],
    "fr": [
        "Bonjour NAME, oui : le camion a un auvent, on travaille aussi sous la pluie. Bonne nuit ! AGENT, Raggiolo"
    ],
    "pt": [
        "Olá NAME, sim: a carrinha tem toldo, trabalhamos também à chuva. Boa noite! AGENT, Raggiolo"
    ],
    "es": [
        "Hola NAME, sí: la furgoneta tiene toldo, trabajamos también con lluvia. ¡Buenas noches! AGENT, Raggiolo"
    ],
}

# The six consumer problems.
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "late_fee")

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "it": [
            "Ho preso mezza giornata di ferie per il meccanico e NON è MAI arrivato. Nell'app risulta 'completato'. Vergognoso.",
            "Appuntamento segnato come fatto ma qui non è venuto nessuno, ho aspettato tre ore!",
        ],
        "de": [
            "Ich hab mir extra frei genommen und der Mechaniker kam NICHT. In der App steht 'erledigt'. Unfassbar.",
            "Termin als abgeschlossen markiert, aber hier war NIEMAND. Drei Stunden umsonst gewartet!",
        ],
        "en": [
            "Took half a day off and the mechanic NEVER showed. The app says 'completed'. Ridiculous."
        ],
        "fr": [
            "J'ai posé une demi-journée et le mécanicien n'est JAMAIS venu. L'appli dit 'terminé'. Inadmissible."
        ],
        "pt": [
            "Tirei meio dia de folga e o mecânico NUNCA apareceu. A app diz 'concluído'. Inacreditável."
        ],
        "es": [
            "Me cogí medio día libre y el mecánico NO vino. En la app pone 'completado'. Una vergüenza."
        ],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato il tagliando DUE volte, AMT ciascuno. Ridatemi i soldi subito.",
            "Doppio addebito sulla carta per la stessa riparazione. Non è possibile.",
        ],
        "de": [
            "Ihr habt die Inspektion ZWEIMAL abgebucht, je AMT. Ich will mein Geld zurück.",
            "Doppelte Abbuchung für dieselbe Reparatur. Das geht gar nicht.",
        ],
        "en": ["You charged me TWICE for the same service, AMT each. Refund it now please."],
        "fr": ["Vous m'avez débité DEUX fois la même révision, AMT chacune. Remboursez-moi."],
        "pt": ["Cobraram DUAS vezes a mesma revisão, AMT cada. Quero o dinheiro de volta."],
        "es": [
            "Me habéis cobrado DOS veces la misma revisión, AMT cada una. Devolvedme el dinero."
        ],
    },
    "damage": {
        "it": [
            "Dopo il vostro 'tagliando' il cambio salta ad ogni pedalata e il forcellino è piegato. Prima andava benissimo.",
            "Il meccanico ha graffiato tutto il telaio in carbonio. Chi paga?",
        ],
        "de": [
            "Nach eurer 'Inspektion' springt die Schaltung bei jedem Tritt und das Schaltauge ist verbogen. Vorher lief alles.",
            "Der Mechaniker hat den Carbonrahmen komplett zerkratzt. Wer zahlt das?",
        ],
        "en": [
            "Since your 'service' the gears skip every pedal stroke and the hanger is bent. It was fine before."
        ],
        "fr": [
            "Depuis votre 'révision' la chaîne saute à chaque coup de pédale et la patte est tordue."
        ],
        "pt": [
            "Depois da vossa 'revisão' as mudanças saltam a cada pedalada e o dropout está torto."
        ],
        "es": [
            "Desde vuestra 'revisión' el cambio salta a cada pedalada y la patilla está doblada."
        ],
    },
    "refund": {
        "it": [
            "Tre settimane fa avete annullato voi l'appuntamento e il rimborso di AMT non è ancora arrivato.",
            "Aspetto ANCORA il rimborso dell'intervento cancellato. Tre settimane!",
        ],
        "de": [
            "Vor drei Wochen habt IHR den Termin abgesagt und die AMT sind immer noch nicht zurück.",
            "Ich warte IMMER NOCH auf die Erstattung des abgesagten Termins. Drei Wochen!",
        ],
        "en": ["You cancelled my slot three weeks ago and the AMT refund STILL hasn't arrived."],
        "fr": [
            "Vous avez annulé il y a trois semaines et le remboursement de AMT n'est TOUJOURS pas arrivé."
        ],
        "pt": ["Cancelaram há três semanas e o reembolso de AMT AINDA não chegou."],
        "es": ["Cancelasteis hace tres semanas y el reembolso de AMT TODAVÍA no ha llegado."],
    },
    "wrong_price": {
        "it": [
            "Sono socia Raggiolo Club e mi avete fatto pagare la tariffa piena. A cosa serve l'abbonamento?",
            "Tariffa non soci addebitata a un socio Club. Sistemate per favore.",
        ],
        "de": [
            "Ich bin Club-Mitglied und zahle trotzdem den vollen Preis. Wofür zahle ich dann jeden Monat?",
            "Nichtmitglieder-Tarif berechnet, obwohl ich im Raggiolo Club bin. Bitte korrigieren.",
        ],
        "en": [
            "I'm a Raggiolo Club member and got charged the full non-member price. What am I paying for?"
        ],
        "fr": [
            "Je suis membre du Club et on m'a facturé le tarif plein. À quoi sert l'abonnement ?"
        ],
        "pt": ["Sou sócia do Club e cobraram-me o preço normal. Para que pago a assinatura?"],
        "es": ["Soy socia del Club y me habéis cobrado la tarifa de no socio. ¿Para qué pago?"],
    },
    "late_fee": {
        "it": [
            "Ho annullato con cinque giorni di anticipo e mi avete addebitato la penale di cancellazione tardiva. Assurdo.",
            "Penale per disdetta tardiva? Ho disdetto CINQUE giorni prima!",
        ],
        "de": [
            "Fünf Tage vorher storniert und trotzdem eine Spätstorno-Gebühr. Absurd.",
            "Stornogebühr?? Ich hab FÜNF Tage vorher abgesagt!",
        ],
        "en": ["Cancelled five days ahead and still got a late-cancellation fee. Absurd."],
        "fr": ["Annulé cinq jours avant et facturé des frais d'annulation tardive. Absurde."],
        "pt": ["Cancelei com cinco dias de antecedência e cobraram taxa de cancelamento tardio."],
        "es": ["Cancelé con cinco días de antelación y me cobrasteis penalización. Absurdo."],
    },
}

CALL_COMPLAINT: dict[str, list[str]] = {
    "it": [
        "si buongiorno chiamo perche ho un problema serio con l'ultimo intervento e nessuno mi risponde nell'app vorrei parlare con qualcuno adesso"
    ],
    "de": [
        "ja hallo ich ruf an weil beim letzten Termin was schiefgelaufen ist und in der App antwortet keiner ich will das heute geklärt haben"
    ],
    "en": [
        "yeah hi calling because something went really wrong with my last service and nobody answers in the app i want it sorted today"
    ],
    "fr": [
        "oui bonjour j'appelle parce que la derniere intervention s'est mal passee et personne ne repond dans l'appli"
    ],
    "pt": [
        "sim bom dia ligo porque correu mal a ultima intervencao e ninguem responde na app quero resolver hoje"
    ],
    "es": [
        "si hola llamo porque la ultima revision salio fatal y en la app nadie contesta quiero que se arregle hoy"
    ],
}

LONG_EMAIL: dict[str, list[str]] = {
    "it": [
        "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del pediatra, con mio figlio in braccio, perché non riesco a trovare un altro momento. Uso Raggiolo da due anni e vi ho consigliato a mezzo condominio. PROBLEM Capirete che con due bambini e un trasloco in corso non ho tempo da perdere.\n\nVi chiedo di sistemare la cosa entro questa settimana.\n\nCordiali saluti,\nNAME",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Auto vor der Musikschule meiner Tochter, weil ich sonst keine ruhige Minute finde. Seit zwei Jahren lasse ich meine Räder bei Ihnen warten und war immer sehr angetan. PROBLEM Nebenbei renoviere ich gerade die Wohnung meiner Mutter, ich habe für so etwas wirklich keinen Nerv.\n\nBitte klären Sie das bis Ende der Woche.\n\nMit freundlichen Grüßen\nNAME",
    ],
    "en": [
        "Dear Raggiolo team,\n\nI'm writing from the train, the only quiet half hour I get this week. I've used you for two years and recommended you to everyone at work. PROBLEM With a house move on I simply don't have time for this.\n\nPlease sort it out this week.\n\nKind regards,\nNAME"
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris depuis la salle d'attente du kiné, seul moment calme de ma semaine. Je suis cliente depuis deux ans et vous ai recommandés partout. PROBLEM Avec un déménagement en cours je n'ai pas le temps pour ça.\n\nMerci de régler cela cette semaine.\n\nCordialement,\nNAME"
    ],
    "pt": [
        "Caros senhores,\n\nescrevo do carro à porta do treino de futebol do meu filho, o único momento livre da semana. Sou cliente há dois anos e recomendei-vos a toda a gente. PROBLEM Com obras em casa não tenho tempo para isto.\n\nPeço que resolvam esta semana.\n\nCumprimentos,\nNAME"
    ],
    "es": [
        "Estimados señores:\n\nles escribo desde la sala de espera del dentista, el único rato libre de la semana. Soy cliente desde hace dos años y les he recomendado a todo el mundo. PROBLEM Con una mudanza en marcha no tengo tiempo para esto.\n\nLes ruego que lo resuelvan esta semana.\n\nUn saludo,\nNAME"
    ],
}

SUBJECT_COMPLAINT: dict[str, str] = {
    "it": "Reclamo",
    "de": "Beschwerde",
    "en": "Complaint",
    "fr": "Réclamation",
    "pt": "Reclamação",
    "es": "Reclamación",
}
SUBJECT_CASE: dict[str, str] = {
    "it": "R: Segnalazione CASE",
    "de": "AW: Vorgang CASE",
    "en": "Re: Your case CASE",
    "fr": "RE : Demande CASE",
    "pt": "RE: Pedido CASE",
    "es": "RE: Incidencia CASE",
}

CASE_OPENED: dict[str, list[str]] = {
    "it": [
        "Ciao NAME, ci dispiace davvero. Abbiamo aperto la segnalazione CASE e ti aggiorniamo entro 24 ore. AGENT, Raggiolo"
    ],
    "de": [
        "Hallo NAME, das tut uns sehr leid. Wir haben den Vorgang CASE eröffnet und melden uns binnen 24 Stunden. AGENT, Raggiolo"
    ],
    "en": [
        "Hi NAME, we're really sorry. We've opened case CASE and will update you within 24 hours. AGENT, Raggiolo"
    ],
    "fr": [
        "Bonjour NAME, nous sommes désolés. La demande CASE est ouverte, retour sous 24 heures. AGENT, Raggiolo"
    ],
    "pt": [
        "Olá NAME, lamentamos muito. Abrimos o pedido CASE e damos notícias em 24 horas. AGENT, Raggiolo"
    ],
    "es": [
        "Hola NAME, lo sentimos mucho. Hemos abierto la incidencia CASE y te decimos algo en 24 horas. AGENT, Raggiolo"
    ],
}

PASSED_ON: dict[str, list[str]] = {
    "it": [
        "Ciao NAME, la segnalazione CASE è ora in mano al nostro responsabile qualità, che ti chiamerà entro venerdì a pranzo. AGENT, Raggiolo"
    ],
    "de": [
        "Hallo NAME, Vorgang CASE liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. AGENT, Raggiolo"
    ],
    "en": [
        "Hi NAME, case CASE is now with our quality lead, who will call you before Friday lunchtime. AGENT, Raggiolo"
    ],
    "fr": [
        "Bonjour NAME, la demande CASE est chez notre responsable qualité, qui vous appellera avant vendredi midi. AGENT, Raggiolo"
    ],
    "pt": [
        "Olá NAME, o pedido CASE está com o nosso responsável de qualidade, que lhe liga antes de sexta ao almoço. AGENT, Raggiolo"
    ],
    "es": [
        "Hola NAME, la incidencia CASE está ya con nuestro responsable de calidad, que te llamará antes del viernes a mediodía. AGENT, Raggiolo"
    ],
}

CHAT_CASE: dict[str, list[str]] = {
    "it": [
        "Mi dispiace NAME, ho aperto la segnalazione CASE, ti scriviamo appena possibile. AGENT"
    ],
    "de": [
        "Tut mir leid, NAME, ich habe Vorgang CASE angelegt, wir melden uns schnellstmöglich. AGENT"
    ],
    "en": ["Sorry NAME, I've opened case CASE, we'll be in touch as soon as we can. AGENT"],
    "fr": ["Désolé NAME, j'ai ouvert la demande CASE, on revient vers vous vite. AGENT"],
    "pt": ["Lamento NAME, abri o pedido CASE, damos notícias o mais depressa possível. AGENT"],
    "es": ["Lo siento NAME, he abierto la incidencia CASE, te escribimos en cuanto podamos. AGENT"],
}

URGENT: dict[str, list[str]] = {
    "it": ["Aggiunto alla segnalazione CASE e segnato come urgente, NAME. AGENT"],
    "de": ["Zum Vorgang CASE hinzugefügt und als dringend markiert, NAME. AGENT"],
    "en": ["Added to case CASE and marked urgent, NAME. AGENT"],
    "fr": ["Ajouté à la demande CASE et marqué urgent, NAME. AGENT"],
    "pt": ["Adicionado ao pedido CASE e marcado como urgente, NAME. AGENT"],
    "es": ["Añadido a la incidencia CASE y marcado como urgente, NAME. AGENT"],
}

STILL_OPEN: dict[str, list[str]] = {
    "it": [
        "Segnalazione CASE: ancora niente, il problema è sempre lì. Quando lo risolvete?",
        "scrivo di nuovo per la CASE, ancora tutto fermo e nessuno mi ha richiamato",
    ],
    "de": [
        "Vorgang CASE: immer noch nichts passiert, das Problem besteht weiter. Wann kümmert sich jemand?",
        "ich schreibe nochmal wegen CASE, weiterhin ungelöst und kein Rückruf",
    ],
    "en": ["Case CASE: still nothing, the problem is still there. When will someone sort it?"],
    "fr": [
        "Demande CASE : toujours rien, le problème est toujours là. Quand allez-vous le régler ?"
    ],
    "pt": ["Pedido CASE: ainda nada, o problema continua. Quando é que resolvem?"],
    "es": ["Incidencia CASE: sigue sin resolverse, el problema sigue ahí. ¿Cuándo lo arregláis?"],
}

STILL_OPEN_CALL: dict[str, list[str]] = {
    "it": ["si buongiorno chiamo per la segnalazione CASE e ancora aperta nessuno ha fatto niente"],
    "de": [
        "ja guten Tag es geht um den Vorgang CASE der ist immer noch offen und keiner hat sich gemeldet"
    ],
    "en": ["hi calling about case CASE it's still open nobody has done anything"],
    "fr": ["oui bonjour j'appelle pour la demande CASE toujours ouverte personne n'a rien fait"],
    "pt": ["bom dia ligo por causa do pedido CASE continua aberto ninguem fez nada"],
    "es": ["hola llamo por la incidencia CASE sigue abierta y nadie ha hecho nada"],
}

THIRD: dict[str, list[str]] = {
    "it": [
        "Un collega va da COMP e gli risolvono queste cose in giornata. Sto cominciando a pensarci."
    ],
    "de": [
        "Ein Kollege lässt bei COMP warten, da wird sowas am selben Tag geklärt. Ich denk langsam drüber nach."
    ],
    "en": ["A colleague uses COMP and they sort this kind of thing the same day. Just saying."],
    "fr": ["Un collègue passe par COMP et chez eux c'est réglé le jour même. Je dis ça comme ça."],
    "pt": ["Um colega usa a COMP e lá resolvem isto no mesmo dia. Fica a nota."],
    "es": ["Un compañero usa COMP y allí esto lo arreglan el mismo día. Lo dejo caer."],
}

FOURTH: dict[str, list[str]] = {
    "it": ["È la QUARTA volta che scrivo per questo."],
    "de": ["Das ist das VIERTE Mal, dass ich schreibe."],
    "en": ["This is the FOURTH time I'm writing about this."],
    "fr": ["C'est la QUATRIÈME fois que j'écris."],
    "pt": ["É a QUARTA vez que escrevo."],
    "es": ["Es la CUARTA vez que escribo."],
}

GOOD_NEWS: dict[str, list[str]] = {
    "it": [
        "Ciao NAME, buone notizie sulla segnalazione CASE: abbiamo sistemato tutto. Puoi confermarci che ora è a posto? AGENT, Raggiolo"
    ],
    "de": [
        "Hallo NAME, gute Nachrichten zu Vorgang CASE: alles ist behoben. Können Sie uns bestätigen, dass es jetzt passt? AGENT, Raggiolo"
    ],
    "en": [
        "Hi NAME, good news on case CASE: it's fixed. Could you confirm all is well now? AGENT, Raggiolo"
    ],
    "fr": [
        "Bonjour NAME, bonne nouvelle pour la demande CASE : c'est réglé. Pouvez-vous confirmer ? AGENT, Raggiolo"
    ],
    "pt": [
        "Olá NAME, boas notícias sobre o pedido CASE: está resolvido. Pode confirmar? AGENT, Raggiolo"
    ],
    "es": [
        "Hola NAME, buenas noticias sobre la incidencia CASE: está resuelto. ¿Nos lo confirmas? AGENT, Raggiolo"
    ],
}

CONFIRM: dict[str, list[str]] = {
    "it": ["Confermo, CASE risolta, tutto ok ora. Grazie!", "sì CASE sistemata, grazie mille"],
    "de": [
        "Bestätige: CASE ist erledigt, jetzt passt alles. Danke!",
        "jep, CASE ist gelöst, danke euch",
    ],
    "en": ["Confirmed, CASE is sorted, all good now. Thanks!"],
    "fr": ["Je confirme, CASE réglée, tout va bien. Merci !"],
    "pt": ["Confirmo, CASE resolvido, está tudo bem. Obrigada!"],
    "es": ["Confirmado, CASE resuelta, todo bien ya. ¡Gracias!"],
}

APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate per i toni di ieri, ero proprio fuori di me. Grazie per la pazienza.",
        "ieri ho esagerato, scusate. grazie per aver risposto così in fretta",
    ],
    "de": [
        "Sorry für meinen Ton gestern, ich war echt auf 180. Danke für die Geduld.",
        "gestern war ich zu harsch, tut mir leid. Danke für die schnelle Antwort",
    ],
    "en": ["Sorry for my tone yesterday, I was fuming. Thanks for your patience."],
    "fr": ["Désolée pour mon ton d'hier, j'étais à bout. Merci de votre patience."],
    "pt": ["Desculpem o tom de ontem, estava mesmo irritada. Obrigada pela paciência."],
    "es": ["Perdón por el tono de ayer, estaba muy enfadada. Gracias por la paciencia."],
}

SARCASM: dict[str, list[str]] = {
    "it": [
        "Meccanico 'in arrivo tra 10 minuti' da un'ora e mezza. Puntualità svizzera proprio 👏",
        "Grazie Raggiolo, la catena ora è pulitissima... e anche il mio pavimento, di grasso 😂",
    ],
    "de": [
        "Mechaniker 'in 10 Minuten da' seit anderthalb Stunden. Pünktlichkeit wie bei der Bahn 👏",
        "Danke Raggiolo, Kette blitzblank... und mein Hausflur jetzt auch, voller Öl 😂",
    ],
    "en": ["'Mechanic 10 minutes away' for an hour and a half now. Stellar timing 👏"],
    "fr": ["Mécanicien 'à 10 minutes' depuis une heure et demie. Ponctualité légendaire 👏"],
    "pt": ["Mecânico 'a 10 minutos' há hora e meia. Pontualidade exemplar 👏"],
    "es": ["Mecánico 'a 10 minutos' desde hace hora y media. Puntualidad británica 👏"],
}

SLIDE: dict[str, list[str]] = {
    "it": [
        "Meccanico arrivato con due ore di ritardo senza avvisare. Capita, ma non bello.",
        "Freni ancora morbidi dopo la revisione, e il meccanico aveva fretta.",
        "Ora per ogni intervento chiedete foto della bici prima e dopo. Che fatica.",
        "Preautorizzazione sulla carta raddoppiata e una settimana per sbloccarla. Non ci siamo.",
        "AMT di 'supplemento pulizia' per una bici già pulita, con le foto dell'app che lo dimostrano. Basta!",
        "Mio cognato va da COMP, ho già prenotato lì per sabato.",
    ],
    "de": [
        "Mechaniker kam zwei Stunden zu spät, ohne Bescheid. Kann passieren, aber schade.",
        "Bremsen nach der Inspektion immer noch weich, und der Mechaniker hatte es eilig.",
        "Jetzt soll ich vor und nach jedem Termin Fotos vom Rad hochladen. Nervig.",
        "Vorautorisierung auf der Karte verdoppelt und eine Woche bis zur Freigabe. So nicht.",
        "AMT 'Reinigungszuschlag' für ein sauberes Rad, die App-Fotos beweisen es. JETZT REICHTS!",
        "Mein Schwager geht zu COMP, ich hab für Samstag dort gebucht.",
    ],
    "en": [
        "Mechanic turned up two hours late without a word. Happens, but not great.",
        "Brakes still spongy after the service, and the mechanic was in a rush.",
        "Now you want photos of the bike before and after every visit. Tedious.",
        "Card pre-authorisation doubled and a week to release it. Not on.",
        "AMT 'cleaning surcharge' for a spotless bike, your own app photos prove it. ENOUGH!",
        "My brother-in-law uses COMP, I've booked them for Saturday.",
    ],
    "fr": [
        "Mécanicien arrivé deux heures en retard sans prévenir. Ça arrive, mais bof.",
        "Freins toujours mous après la révision, et le mécanicien était pressé.",
        "Maintenant il faut des photos du vélo avant et après chaque passage. Pénible.",
        "Préautorisation doublée sur la carte et une semaine pour la débloquer. Non.",
        "AMT de 'supplément nettoyage' pour un vélo propre, vos photos le prouvent. ÇA SUFFIT !",
        "Mon beau-frère passe par COMP, j'ai réservé chez eux pour samedi.",
    ],
    "pt": [
        "O mecânico chegou duas horas atrasado sem avisar. Acontece, mas não é bom.",
        "Travões ainda moles depois da revisão, e o mecânico estava com pressa.",
        "Agora querem fotos da bicicleta antes e depois de cada visita. Cansativo.",
        "Pré-autorização duplicada no cartão e uma semana para libertar. Assim não.",
        "AMT de 'taxa de limpeza' para uma bicicleta limpa, as vossas fotos provam. CHEGA!",
        "O meu cunhado usa a COMP, já marquei lá para sábado.",
    ],
    "es": [
        "El mecánico llegó dos horas tarde sin avisar. Pasa, pero no mola.",
        "Frenos todavía blandos después de la revisión, y el mecánico iba con prisa.",
        "Ahora pedís fotos de la bici antes y después de cada visita. Qué pesadez.",
        "Preautorización duplicada en la tarjeta y una semana para liberarla. Así no.",
        "AMT de 'suplemento de limpieza' por una bici limpia, vuestras fotos lo demuestran. ¡YA ESTÁ BIEN!",
        "Mi cuñado va a COMP, ya he reservado allí para el sábado.",
    ],
}
SLIDE_AMT: dict[str, str] = {
    "it": "25 €",
    "de": "25 €",
    "en": "£22",
    "fr": "25 €",
    "pt": "25 €",
    "es": "25 €",
}

CANCEL: dict[str, list[str]] = {
    "it": [
        "Buongiorno, ho venduto la bici da corsa e ora vado solo in monopattino. Vorrei disdire il Raggiolo Club e chiudere l'account. Grazie di tutto.",
        "Ciao, mi trasferisco all'estero per lavoro: per favore annullate l'abbonamento Club e chiudete il mio account.",
    ],
    "de": [
        "Guten Tag, ich habe das Rad verkauft und fahre nur noch Bahn. Bitte den Raggiolo Club kündigen und mein Konto schließen. Danke für alles.",
        "Hallo, ich ziehe beruflich ins Ausland. Bitte Club-Mitgliedschaft kündigen und Konto löschen.",
    ],
    "en": [
        "Hi, I've sold the bike and I'm moving abroad. Please cancel my Raggiolo Club membership and close the account. Thanks for everything."
    ],
    "fr": [
        "Bonjour, j'ai vendu mon vélo et je déménage. Merci de résilier le Club Raggiolo et de fermer mon compte."
    ],
    "pt": [
        "Olá, vendi a bicicleta e vou mudar de país. Por favor cancelem o Raggiolo Club e fechem a conta."
    ],
    "es": [
        "Hola, he vendido la bici y me mudo al extranjero. Por favor, dad de baja el Raggiolo Club y cerrad mi cuenta."
    ],
}

SORRY_GO: dict[str, list[str]] = {
    "it": [
        "Ciao NAME, ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito in due clic. AGENT, Raggiolo"
    ],
    "de": [
        "Hallo NAME, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen. AGENT, Raggiolo"
    ],
    "en": [
        "Hi NAME, sorry to see you go. You can cancel yourself in the app or on the website. AGENT, Raggiolo"
    ],
    "fr": [
        "Bonjour NAME, désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site. AGENT, Raggiolo"
    ],
    "pt": ["Olá NAME, lamentamos vê-lo partir. Pode cancelar na app ou no site. AGENT, Raggiolo"],
    "es": [
        "Hola NAME, sentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web. AGENT, Raggiolo"
    ],
}

GRUMBLE: dict[str, list[str]] = {
    "it": [
        "L'app mi fa rifare il login ogni volta. Che noia.",
        "SMS 'il meccanico arriva domani' alle 6 del mattino, ma perché?",
        "Fascia oraria spostata senza avvisare, di nuovo.",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus. Nervt.",
        "SMS 'Mechaniker kommt morgen' um 6 Uhr früh, warum?",
        "Zeitfenster wieder ohne Info verschoben.",
    ],
    "en": ["The app logs me out every single time. Annoying."],
    "fr": ["L'appli me déconnecte à chaque fois. Agaçant."],
    "pt": ["A app faz logout sempre. Irritante."],
    "es": ["La app me cierra la sesión cada vez. Un rollo."],
}

MILD: dict[str, list[str]] = {
    "it": ["Piccola cosa: la mappa dei meccanici in zona carica lentissima stamattina."],
    "de": ["Kleinigkeit: die Benachrichtigungen kommen bei mir auf Englisch statt Deutsch."],
    "en": ["Small thing: the map of nearby mechanics is very slow to load today."],
    "fr": ["Petit détail : les notifications arrivent en anglais au lieu du français."],
    "pt": ["Pormenor: o mapa dos mecânicos demora imenso a carregar hoje."],
    "es": ["Una cosita: el mapa de mecánicos cercanos tarda muchísimo en cargar hoy."],
}

FORM_ACK: dict[str, list[str]] = {
    "it": [
        "Ciao NAME, grazie della segnalazione, l'abbiamo passata al team dell'app. AGENT, Raggiolo"
    ],
    "de": [
        "Hallo NAME, danke für den Hinweis, wir haben ihn ans App-Team weitergegeben. AGENT, Raggiolo"
    ],
    "en": ["Hi NAME, thanks for letting us know, we've passed it to the app team. AGENT, Raggiolo"],
    "fr": ["Bonjour NAME, merci du signalement, transmis à l'équipe de l'appli. AGENT, Raggiolo"],
    "pt": ["Olá NAME, obrigado pelo aviso, passámos à equipa da app. AGENT, Raggiolo"],
    "es": ["Hola NAME, gracias por avisar, lo hemos pasado al equipo de la app. AGENT, Raggiolo"],
}

# The planted incident (topic_spike only).
SPIKE: dict[str, list[str]] = {
    "it": [
        "Il meccanico è qui col mio telaio smontato, ma quando premo 'approva preventivo' l'app dà errore QTE-286 e lui non può andare avanti!",
        "non riesco ad approvare il preventivo dei ricambi, l'app si blocca e il meccanico aspetta sotto casa",
        "APPROVA PREVENTIVO NON FUNZIONA, errore QTE-286, bici a pezzi in cortile. Che faccio?",
    ],
    "de": [
        "Mechaniker steht mit meinem halb zerlegten Rad vor der Tür, aber 'Kostenvoranschlag freigeben' bringt Fehler QTE-286. Er darf nicht weitermachen!",
        "ich kann das Ersatzteil-Angebot nicht bestätigen, App hängt, und der Mechaniker wartet",
        "FREIGABE GEHT NICHT. QTE-286. Rad liegt in Einzelteilen im Hof.",
    ],
    "en": [
        "Mechanic's here with my bike in bits but 'approve quote' gives error QTE-286, so he can't carry on!",
        "can't approve the parts quote in the app, it just spins, mechanic is waiting outside",
    ],
    "fr": [
        "Le mécanicien est là, vélo démonté, mais 'valider le devis' affiche l'erreur QTE-286. Il ne peut pas continuer !"
    ],
    "pt": [
        "O mecânico está cá com a bicicleta desmontada, mas 'aprovar orçamento' dá erro QTE-286 e ele não pode continuar!"
    ],
    "es": [
        "El mecánico está aquí con la bici desmontada y al darle a 'aprobar presupuesto' sale el error QTE-286. ¡No puede seguir!"
    ],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "it": [
        "Riprovato anche dal telefono di mio marito: sempre QTE-286. Il meccanico se ne sta andando.",
        "ancora bloccato, il preventivo non si approva, il meccanico deve andare al prossimo cliente",
    ],
    "de": [
        "Auch vom Handy meiner Frau: immer noch QTE-286. Der Mechaniker muss gleich weiter.",
        "immer noch keine Freigabe möglich, Rad weiter zerlegt",
    ],
    "en": ["Tried from my partner's phone too, still QTE-286. Mechanic has to leave soon."],
    "fr": ["Essayé depuis le téléphone de ma femme : toujours QTE-286. Le mécanicien doit partir."],
    "pt": ["Tentei no telemóvel do meu marido: continua QTE-286. O mecânico tem de ir embora."],
    "es": ["Probado desde el móvil de mi marido: sigue el QTE-286. El mecánico se tiene que ir."],
}
SPIKE_CHAT_ANSWER: dict[str, list[str]] = {
    "it": [
        "Sì NAME, l'approvazione dei preventivi non funziona in questo momento per tutti, i tecnici ci stanno lavorando. AGENT"
    ],
    "de": [
        "Ja NAME, Freigaben von Kostenvoranschlägen schlagen gerade überall fehl, die Technik arbeitet daran. AGENT"
    ],
    "en": [
        "Yes NAME, quote approvals are failing for everyone right now, our engineers are on it. AGENT"
    ],
    "fr": [
        "Oui NAME, la validation des devis échoue pour tout le monde en ce moment, nos équipes y travaillent. AGENT"
    ],
    "pt": [
        "Sim NAME, a aprovação de orçamentos está a falhar para todos neste momento, a equipa técnica está a tratar. AGENT"
    ],
    "es": [
        "Sí NAME, la aprobación de presupuestos falla ahora mismo para todos, los técnicos están en ello. AGENT"
    ],
}
SPIKE_FIXED: dict[str, list[str]] = {
    "it": [
        "Ciao NAME, l'approvazione dei preventivi funziona di nuovo dalle TIME. L'intervento di oggi è offerto da noi. AGENT, Raggiolo"
    ],
    "de": [
        "Hallo NAME, Freigaben funktionieren seit TIME Uhr wieder. Der heutige Termin geht auf uns. AGENT, Raggiolo"
    ],
    "en": [
        "Hi NAME, quote approvals work again since TIME. Today's service is on us. AGENT, Raggiolo"
    ],
    "fr": [
        "Bonjour NAME, la validation des devis fonctionne à nouveau depuis TIME. L'intervention du jour est offerte. AGENT, Raggiolo"
    ],
    "pt": [
        "Olá NAME, a aprovação de orçamentos voltou a funcionar desde as TIME. A intervenção de hoje é por nossa conta. AGENT, Raggiolo"
    ],
    "es": [
        "Hola NAME, la aprobación de presupuestos funciona de nuevo desde las TIME. La revisión de hoy corre de nuestra cuenta. AGENT, Raggiolo"
    ],
}
LONE_Q: dict[str, list[str]] = {
    "it": [
        "ciao, ieri sera il pulsante 'approva preventivo' era grigio finché non ho aggiornato l'app, poi ok. Domani funzionerà col meccanico?"
    ],
    "de": [
        "Hallo, gestern Abend war 'Freigeben' grau, bis ich die App aktualisiert habe, dann ging's. Klappt das morgen beim Termin?"
    ],
    "en": [
        "hi, last night 'approve quote' was greyed out until I updated the app, then fine. Will it work tomorrow?"
    ],
    "fr": [
        "bonjour, hier soir 'valider le devis' était grisé jusqu'à la mise à jour, puis ok. Ça marchera demain ?"
    ],
    "pt": [
        "olá, ontem à noite 'aprovar orçamento' estava cinzento até atualizar a app. Amanhã vai funcionar?"
    ],
    "es": [
        "hola, anoche 'aprobar presupuesto' salía gris hasta que actualicé la app. ¿Mañana funcionará?"
    ],
}
LONE_A: dict[str, list[str]] = {
    "it": ["Ciao NAME, sì: era solo la versione vecchia dell'app, ora sei a posto. AGENT"],
    "de": ["Hallo NAME, ja: das lag an der alten App-Version, jetzt passt alles. AGENT"],
    "en": ["Hi NAME, yes: that was the old app version, you're all set now. AGENT"],
    "fr": ["Bonjour NAME, oui : c'était l'ancienne version, tout est bon. AGENT"],
    "pt": ["Olá NAME, sim: era a versão antiga da app, já está tudo bem. AGENT"],
    "es": ["Hola NAME, sí: era la versión antigua de la app, ya está todo bien. AGENT"],
}

# Business arm (Raggiolo Flotte: company bike fleets on account).
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT: dict[str, dict[str, list[str]]] = {
    "invoice": {
        "it": [
            "Le fatture della flotta arrivano senza numero d'ordine e con la vecchia ragione sociale: la contabilità le rifiuta tutte."
        ],
        "de": [
            "Die Flottenrechnungen kommen ohne Bestellnummer und mit dem alten Firmennamen, unsere Buchhaltung lehnt sie ab."
        ],
        "en": [
            "Fleet invoices arrive without our PO number and with our old company name, accounts reject them all."
        ],
        "fr": [
            "Les factures de flotte arrivent sans numéro de commande et avec l'ancien nom, la compta les refuse."
        ],
        "pt": [
            "As faturas da frota chegam sem número de encomenda e com o nome antigo, a contabilidade rejeita."
        ],
        "es": [
            "Las facturas de la flota llegan sin número de pedido y con el nombre antiguo, contabilidad las rechaza."
        ],
    },
    "service_blocked": {
        "it": [
            "Il meccanico si è rifiutato di intervenire sulle nostre cargo bike: 'conto bloccato', ma abbiamo pagato tutto."
        ],
        "de": [
            "Der Mechaniker hat unsere Lastenräder nicht gewartet: 'Konto gesperrt', obwohl alles bezahlt ist."
        ],
        "en": [
            "The mechanic refused to service our cargo bikes, 'account on stop', though everything is paid."
        ],
        "fr": [
            "Le mécanicien a refusé d'intervenir sur nos vélos cargo : 'compte bloqué', alors que tout est payé."
        ],
        "pt": [
            "O mecânico recusou-se a reparar as nossas bicicletas de carga: 'conta bloqueada', mas está tudo pago."
        ],
        "es": [
            "El mecánico se negó a revisar nuestras bicis de carga: 'cuenta bloqueada', y está todo pagado."
        ],
    },
    "portal": {
        "it": [
            "Il portale flotta non mostra nessuna bici registrata, quindi non possiamo prenotare nessun intervento."
        ],
        "de": [
            "Das Flottenportal zeigt keine einzige registrierte Rad an, wir können nichts buchen."
        ],
        "en": [
            "The fleet portal shows none of our registered bikes, so we can't book any service."
        ],
        "fr": ["Le portail flotte n'affiche aucun vélo enregistré, impossible de réserver."],
        "pt": [
            "O portal da frota não mostra nenhuma bicicleta registada, não conseguimos marcar nada."
        ],
        "es": ["El portal de flota no muestra ninguna bici registrada, no podemos reservar nada."],
    },
    "overbilled": {
        "it": [
            "Ci fatturate ogni intervento a prezzo singolo invece della tariffa forfettaria del contratto: oltre 700 € di differenza."
        ],
        "de": [
            "Ihr berechnet jeden Einsatz einzeln statt der Vertragspauschale: über 700 € Unterschied."
        ],
        "en": [
            "You bill each visit at the single rate instead of our contract flat rate: over £600 difference."
        ],
        "fr": [
            "Vous facturez chaque intervention au tarif unitaire au lieu du forfait contractuel : plus de 700 €."
        ],
        "pt": [
            "Faturam cada intervenção ao preço unitário em vez da tarifa fixa do contrato: mais de 700 €."
        ],
        "es": [
            "Facturáis cada visita a precio suelto en lugar de la tarifa plana del contrato: más de 700 €."
        ],
    },
}
B2B_ALSO: dict[str, list[str]] = {
    "it": ["Scrivo anche io, come già NAME2 stamattina (CASE): "],
    "de": ["Ich schließe mich NAME2 von heute Morgen an (CASE): "],
    "en": ["Writing as well, like NAME2 this morning (CASE): "],
    "fr": ["J'écris aussi, comme NAME2 ce matin (CASE) : "],
    "pt": ["Escrevo também, como a NAME2 esta manhã (CASE): "],
    "es": ["Escribo yo también, como NAME2 esta mañana (CASE): "],
}
B2B_LAST: dict[str, list[str]] = {
    "it": [
        "si buongiorno chiamo per la CASE non e cambiato niente e hanno scritto gia in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "de": [
        "ja guten Tag wegen Vorgang CASE es hat sich nichts getan mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter"
    ],
    "en": [
        "hi calling about case CASE nothing has changed several of us wrote my boss says if it isn't fixed this week we move the account"
    ],
    "fr": [
        "bonjour j'appelle pour la demande CASE rien n'a change plusieurs collegues ont ecrit mon chef dit qu'on change de prestataire si rien cette semaine"
    ],
    "pt": [
        "bom dia ligo pelo pedido CASE nada mudou varios colegas escreveram o meu chefe diz que mudamos de fornecedor se nao resolverem esta semana"
    ],
    "es": [
        "hola llamo por la incidencia CASE no ha cambiado nada varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
B2B_SUGGEST: dict[str, list[str]] = {
    "it": ["Suggerimento: sarebbe utile esportare i costi per centro di costo dal portale."],
    "de": ["Vorschlag: ein Export der Kosten nach Kostenstelle im Portal wäre super."],
    "en": ["Suggestion: exporting costs by cost centre from the portal would help a lot."],
    "fr": ["Suggestion : un export des coûts par centre de coût serait très utile."],
    "pt": ["Sugestão: exportar custos por centro de custo no portal ajudaria muito."],
    "es": ["Sugerencia: exportar los costes por centro de coste desde el portal ayudaría mucho."],
}
B2B_Q: dict[str, list[str]] = {
    "it": [
        "Buongiorno, possiamo aggiungere tre nuove e-bike alla flotta dal portale?",
        "Ciao, il meccanico può passare in sede martedì mattina?",
    ],
    "de": [
        "Guten Morgen, können wir drei neue E-Bikes im Portal zur Flotte hinzufügen?",
        "Hallo, kann der Mechaniker Dienstag früh in die Zentrale kommen?",
    ],
    "en": ["Morning, can we add three new e-bikes to the fleet in the portal?"],
    "fr": ["Bonjour, peut-on ajouter trois nouveaux VAE à la flotte depuis le portail ?"],
    "pt": ["Bom dia, podemos adicionar três novas e-bikes à frota no portal?"],
    "es": ["Buenos días, ¿podemos añadir tres e-bikes nuevas a la flota desde el portal?"],
}
B2B_PRAISE: dict[str, list[str]] = {
    "it": ["Flotta di cargo bike sempre in ordine grazie a Raggiolo Flotte, i rider ringraziano."],
    "de": ["Unsere Dienstrad-Flotte läuft dank Raggiolo Flotte wie geschmiert."],
    "en": ["Our staff bike fleet has never run so smoothly, thanks Raggiolo Fleet."],
    "fr": ["Notre flotte de vélos n'a jamais aussi bien roulé, merci Raggiolo Flotte."],
    "pt": ["A nossa frota de bicicletas nunca andou tão bem, obrigado Raggiolo Frota."],
    "es": ["Nuestra flota de bicis nunca ha ido tan bien, gracias Raggiolo Flota."],
}

FIRST: dict[str, list[str]] = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Sara",
        "Davide",
        "Elena",
        "Paolo",
        "Martina",
        "Stefano",
        "Valentina",
        "Andrea",
        "Federica",
        "Simone",
    ],
    "de": [
        "Anna",
        "Jonas",
        "Lena",
        "Felix",
        "Sophie",
        "Lukas",
        "Marie",
        "Tobias",
        "Julia",
        "Stefan",
        "Katrin",
        "Florian",
        "Miriam",
        "Jan",
        "Sabine",
        "Moritz",
    ],
    "en": ["Emma", "Oliver", "Chloe", "Jack", "Sophie", "Harry", "Grace", "Liam", "Ella", "Sean"],
    "fr": ["Camille", "Louis", "Manon", "Hugo", "Léa", "Théo", "Chloé", "Lucas", "Inès", "Julien"],
    "pt": [
        "Inês",
        "João",
        "Mariana",
        "Tiago",
        "Beatriz",
        "Rui",
        "Catarina",
        "Miguel",
        "Sofia",
        "Duarte",
    ],
    "es": [
        "Lucía",
        "Pablo",
        "Carmen",
        "Javier",
        "Elena",
        "Diego",
        "Marta",
        "Álvaro",
        "Irene",
        "Sergio",
    ],
}
LAST: dict[str, list[str]] = {
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Esposito",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
        "Mancini",
        "Lombardi",
        "Moretti",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Neumann",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Walsh",
        "Murphy",
        "Evans",
        "Wilson",
        "Byrne",
        "Clarke",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Laurent",
        "Simon",
        "Michel",
        "Lefèvre",
        "Leroy",
        "Roux",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Lopes",
    ],
    "es": [
        "García",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Navarro",
    ],
}
AGENTS = ("Alessia", "Tim", "Nora", "Bruno", "Lia", "Rafa")
MARKETS: dict[str, list[str]] = {
    "it": ["IT", "IT", "CH"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "pt": ["PT"],
    "es": ["ES"],
}
PHONE_PREFIX: dict[str, str] = {
    "IT": "+39 3",
    "CH": "+41 7",
    "DE": "+49 15",
    "AT": "+43 66",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 47",
    "PT": "+351 9",
    "ES": "+34 6",
}
SERVICES = (
    "Tagliando completo / Full service",
    "Regolazione freni / Brake tune",
    "Cambio catena / Chain swap",
    "Revisione e-bike / E-bike check",
)
