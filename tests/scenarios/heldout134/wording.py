# ruff: noqa: E501
"""Wording of heldout134: Suolaro, shoe and bag repair by post (consumers, hotel and uniform fleets).

Italian and German first (two or three variants), then English, French, Spanish and
Portuguese (one or two). Placeholders: {ref} case reference, {comp} competitor, {item}
the repaired item, {when} a weekday, {name} a colleague, {code} the incident's code.
"""

from typing import Any

W: dict[str, dict[str, Any]] = {
    "praise": {
        "it": [
            "Ho ritirato oggi i miei stivali risuolati da Suolaro, sembrano nuovi. Bravi davvero!",
            "cucitura della borsa fatta benissimo, non si vede nemmeno dove era strappata. grazie suolaro",
            "Servizio impeccabile, spedito lunedi e tornato venerdi. Consigliatissimo",
        ],
        "de": [
            "Meine Budapester sind von Suolaro zurück, neue Ledersohle, perfekt gemacht. Danke!",
            "wahnsinn wie schnell das ging, Absatz repariert und in 6 Tagen wieder da",
            "Top Arbeit an meiner alten Aktentasche, der Griff hält wieder bombenfest.",
        ],
        "en": ["Got my brogues back from Suolaro today, resoled beautifully. Really pleased."],
        "fr": ["Mes bottines sont revenues ressemelées, travail très soigné, merci Suolaro !"],
        "es": ["me han devuelto las botas con tapas nuevas y quedaron genial, gracias Suolaro"],
        "pt": ["Sapatos voltaram impecaveis, sola nova e bem cosida. Obrigada Suolaro!"],
    },
    "again": {
        "it": [
            "Terza volta che mando scarpe a Suolaro e ancora una volta lavoro perfetto",
            "di nuovo puntualissimi, ormai porto da voi tutte le scarpe di famiglia",
        ],
        "de": [
            "Schon das dritte Paar bei euch und wieder top. Ihr seid mein Schuster geworden",
            "Wieder mal alles super gelaufen, Abholung, Reparatur, Rückversand.",
        ],
        "en": ["Third pair I've sent you and still every one comes back better than new"],
        "fr": ["Encore une fois un travail nickel, c'est la troisième paire que je vous confie"],
        "es": ["tercera vez que os mando zapatos y otra vez perfectos"],
        "pt": ["Mais uma vez um trabalho excelente, ja e o terceiro par"],
    },
    "gripe": {
        "it": [
            "Lavoro ottimo sui mocassini, solo la scatola di spedizione era un po' ammaccata. Per il resto 10",
            "Molto contenta della riparazione, peccato che il lucido sia un tono piu scuro. Comunque ci tornero",
        ],
        "de": [
            "Sehr gute Reparatur, nur die Versandtasche ist etwas klein für Stiefel. Sonst alles prima",
            "Schöne Arbeit, einzig die Sendungsverfolgung hing einen Tag. Trotzdem gerne wieder",
        ],
        "en": ["Great job on the heels, only the tracking page was a day behind. Would use again"],
        "fr": ["Très bon travail, juste l'emballage un peu juste pour des bottes. Sinon parfait"],
        "es": ["Muy buen trabajo, solo que la caja llego algo aplastada. Por lo demas genial"],
        "pt": ["Gostei muito, so o prazo foi um dia mais longo do que dizia. De resto otimo"],
    },
    "question": {
        "it": [
            "Buongiorno, riparate anche le cerniere degli stivali in pelle scamosciata?",
            "ciao, quanto costa risuolare delle sneakers in gomma?",
        ],
        "de": [
            "Hallo, macht ihr auch Reißverschlüsse an Lederjacken oder nur Schuhe?",
            "kann ich zwei Paar in einem Paket schicken oder brauche ich zwei Aufträge",
        ],
        "en": ["Hi, do you dye suede shoes as well or only repair them?"],
        "fr": ["Bonjour, est-ce que vous réparez aussi les anses de sacs à main ?"],
        "es": ["Hola, ¿arregláis tambien mochilas de lona o solo cuero?"],
        "pt": ["Ola, fazem tambem alargamento de sapatos?"],
    },
    "answer": {
        "it": [
            "Buongiorno, certo! Trova tutto nella pagina Riparazioni, il preventivo e gratuito. Buona giornata"
        ],
        "de": [
            "Hallo, ja, das machen wir gern. Alle Details und Preise finden Sie unter Reparaturen. Viele Grüße"
        ],
        "en": [
            "Hi, yes we do, you'll find prices on the Repairs page and the quote is free. Have a good day"
        ],
        "fr": [
            "Bonjour, oui tout à fait, les tarifs sont sur la page Réparations, le devis est gratuit."
        ],
        "es": [
            "Hola, si, claro. Tienes los precios en la pagina Reparaciones y el presupuesto es gratis."
        ],
        "pt": ["Ola, sim, claro. Os precos estao na pagina Reparacoes e o orcamento e gratuito."],
    },
    "thanks": {
        "it": ["perfetto grazie mille!", "Grazie, gentilissimi"],
        "de": ["Super, danke!", "danke für die schnelle Antwort"],
        "en": ["Brilliant, thanks!"],
        "fr": ["Merci beaucoup !"],
        "es": ["genial, gracias!"],
        "pt": ["Obrigado!"],
    },
    "phone_q": {
        "it": [
            "si buongiorno volevo sapere se posso mandare anche una borsa insieme alle scarpe nello stesso pacco grazie"
        ],
        "de": [
            "ja hallo ich wollte fragen ob die Abholung auch samstags geht wir sind unter der Woche nie da danke"
        ],
        "en": ["hi yes just wondering if you can do rubber toe taps on leather soles thanks"],
        "fr": [
            "oui bonjour je voulais savoir si vous faites les talons de chaussures de danse merci"
        ],
        "es": [
            "hola buenas queria saber si se pueden cambiar las suelas de unas botas de montana gracias"
        ],
        "pt": ["bom dia queria saber quanto tempo demora uma meia sola obrigado"],
    },
    "phone_followup": {
        "it": [
            "Gentile cliente, come da telefonata le confermo che puo inviare tutto in un unico pacco. Cordiali saluti"
        ],
        "de": ["Guten Tag, wie am Telefon besprochen: Ja, das geht problemlos. Freundliche Grüße"],
        "en": ["Hello, as discussed on the phone: yes, we can do that. Kind regards"],
        "fr": ["Bonjour, comme convenu au téléphone, c'est tout à fait possible. Cordialement"],
        "es": ["Hola, como hablamos por telefono, si, se puede. Un saludo"],
        "pt": ["Ola, como falamos ao telefone, sim, e possivel. Cumprimentos"],
    },
    "night": {
        "it": [
            "sono le due e sto lucidando le scarpe appena tornate da Suolaro. bellissime",
            "notte insonne, almeno ho ordinato la risuolatura degli anfibi",
        ],
        "de": [
            "kann nicht schlafen, hab grad die Sohle für meine Wanderschuhe bestellt 😄",
            "nachts um 3 die reparierten Stiefel bewundern, normal oder?",
        ],
        "en": ["2am and admiring my resoled boots, they look great"],
        "fr": ["insomnie, du coup j'ai commandé le ressemelage de mes boots"],
        "es": ["las tantas y yo mirando las botas que me arreglasteis, que bonitas"],
        "pt": ["madrugada e eu a encomendar a reparacao das botas, otimo site"],
    },
    "night_q": {
        "it": ["scusate l'ora, posso cambiare il colore del tacco dopo aver ordinato?"],
        "de": ["sorry für die Uhrzeit, kann ich die Absatzfarbe nach der Bestellung noch ändern?"],
        "en": ["sorry late one, can I change the heel colour after ordering?"],
        "fr": ["désolé pour l'heure, je peux changer la couleur du talon après commande ?"],
        "es": ["perdon por la hora, puedo cambiar el color del tacon despues de pedir?"],
        "pt": ["desculpem a hora, posso mudar a cor do tacao depois de encomendar?"],
    },
    "night_a": {
        "it": ["Certo, fino alla presa in carico in laboratorio puo cambiarlo nell'ordine."],
        "de": ["Ja, bis zur Annahme in der Werkstatt können Sie das in der Bestellung ändern."],
        "en": ["Yes, until the workshop takes it in you can change it in your order."],
        "fr": ["Oui, jusqu'à la prise en charge à l'atelier vous pouvez le modifier."],
        "es": ["Si, hasta que el taller lo recibe puedes cambiarlo en el pedido."],
        "pt": ["Sim, ate a oficina receber pode alterar na encomenda."],
    },
    "review": {
        "it": ["Risuolatura perfetta, tempi rispettati."],
        "de": ["Saubere Arbeit, faire Preise, gerne wieder."],
        "en": ["Careful work and fair prices."],
        "fr": ["Travail soigné, délais tenus."],
        "es": ["Trabajo cuidado y buen precio."],
        "pt": ["Trabalho cuidado e preco justo."],
    },
    "survey_word": {
        "it": ["ottimo", "", "👍"],
        "de": ["super", "", "passt"],
        "en": ["great", ""],
        "fr": ["parfait", ""],
        "es": ["genial", ""],
        "pt": ["otimo", ""],
    },
    "csat_low": {
        "it": ["pessimo", ""],
        "de": ["schlecht", ""],
        "en": ["poor", ""],
        "fr": ["nul", ""],
        "es": ["fatal", ""],
        "pt": ["mau", ""],
    },
    "sarcasm": {
        "it": ["Wow, solo tre settimane per un tacco. Record mondiale 🙃"],
        "de": ["Klasse, die Versandtasche kam pünktlich, nur die Schuhe nicht 🙄"],
        "en": ["Love how the tracking says 'in the workshop' for nine days straight 🙃"],
        "fr": ["Génial, trois relances pour savoir où sont mes bottes 🙃"],
        "es": ["Que rapidos, solo dos semanas para cambiar una tapa 🙃"],
        "pt": ["Fantastico, o estado diz 'em reparacao' ha dez dias 🙃"],
    },
    "grumble": {
        "it": [
            "la app mi disconnette ogni volta che apro l'ordine",
            "il corriere del ritiro arriva sempre alle 8 di mattina, scomodo",
            "la busta di spedizione e troppo piccola per gli stivali",
        ],
        "de": [
            "Die App loggt mich jedes Mal aus, nervig",
            "Abholung nur zwischen 8 und 12, wer ist da bitte zuhause",
            "Schon wieder nur 3 Sterne von mir, die Versandtüte reißt immer",
        ],
        "en": ["app logs me out every single time I check my order"],
        "fr": ["le créneau de collecte 8h-12h c'est pas pratique du tout"],
        "es": ["la app me echa cada vez que miro el pedido"],
        "pt": ["a app desliga a sessao sempre que vejo a encomenda"],
    },
    "mild_grumble": {
        "it": ["la ricerca dei punti di consegna mostra la citta sbagliata"],
        "de": ["die Annahmestellen-Suche zeigt mir die falsche Stadt an"],
        "en": ["the drop-off point search shows the wrong city"],
        "fr": ["la recherche des points de dépôt affiche la mauvaise ville"],
        "es": ["el buscador de puntos de entrega me sale en otra ciudad"],
        "pt": ["a pesquisa de pontos de entrega mostra a cidade errada"],
    },
    "mild_answer": {
        "it": ["Grazie della segnalazione, lo passiamo al team dell'app."],
        "de": ["Danke für den Hinweis, wir geben das an das App-Team weiter."],
        "en": ["Thanks for flagging it, we've passed it to the app team."],
        "fr": ["Merci du signalement, nous le transmettons à l'équipe de l'appli."],
        "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
        "pt": ["Obrigado pelo aviso, passamos a equipa da app."],
    },
    "complaint": {
        "it": [
            "{problem} E inaccettabile, voglio una risposta oggi.",
            "ma state scherzando?? {problem} rispondete",
        ],
        "de": [
            "{problem} Das ist nicht akzeptabel, ich erwarte heute eine Antwort.",
            "ECHT JETZT? {problem} Bitte melden",
        ],
        "en": ["{problem} This isn't good enough, I want an answer today."],
        "fr": ["{problem} C'est inadmissible, j'attends une réponse aujourd'hui."],
        "es": ["{problem} Esto no es serio, quiero una respuesta hoy."],
        "pt": ["{problem} Isto nao e aceitavel, quero uma resposta hoje."],
    },
    "long_email": {
        "it": [
            "Gentili signori,\n\nvi scrivo dopo anni in cui ho sempre consigliato Suolaro ad amici e colleghi. Purtroppo questa volta devo lamentarmi: {problem} Ho provato a guardare nella app ma non trovo nulla, e nessuno mi ha avvisata.\n\nVi chiedo di sistemare la cosa al piu presto e di farmi sapere cosa intendete fare.\n\nCordiali saluti"
        ],
        "de": [
            "Sehr geehrte Damen und Herren,\n\nich bin seit Jahren Kundin und war bisher immer sehr angetan. Umso mehr ärgert mich Folgendes: {problem} In der App steht nichts dazu, und niemand hat sich gemeldet.\n\nIch bitte um eine zeitnahe Lösung und eine kurze Rückmeldung.\n\nMit freundlichen Grüßen"
        ],
    },
    "problem": {
        "lost_pair": {
            "it": [
                "Il pacco risulta consegnato al laboratorio da 10 giorni ma voi dite che le mie scarpe non ci sono."
            ],
            "de": [
                "Laut Sendungsverfolgung ist mein Paket seit 10 Tagen in eurer Werkstatt, ihr sagt aber, die Schuhe sind nicht da."
            ],
            "en": [
                "Tracking says my parcel reached your workshop ten days ago but you say my shoes aren't there."
            ],
            "fr": [
                "Le suivi dit que mon colis est à l'atelier depuis dix jours mais vous dites que mes chaussures n'y sont pas."
            ],
            "es": [
                "El seguimiento dice que mi paquete llego al taller hace diez dias pero decis que mis zapatos no estan."
            ],
            "pt": [
                "O rastreio diz que a encomenda chegou a oficina ha dez dias mas dizem que os sapatos nao estao la."
            ],
        },
        "wrong_sole": {
            "it": [
                "Avevo pagato la suola in cuoio e mi ritornano gli stivali con una suola in gomma."
            ],
            "de": [
                "Ich habe eine Ledersohle bezahlt und bekomme die Stiefel mit Gummisohle zurück."
            ],
            "en": ["I paid for leather soles and my boots came back with rubber ones."],
            "fr": [
                "J'ai payé une semelle cuir et mes bottes reviennent avec une semelle caoutchouc."
            ],
            "es": ["Pague suela de cuero y las botas vuelven con suela de goma."],
            "pt": ["Paguei sola de couro e as botas voltaram com sola de borracha."],
        },
        "heel_loose": {
            "it": ["Il tacco rifatto si e staccato dopo una settimana."],
            "de": ["Der neue Absatz hat sich nach einer Woche wieder gelöst."],
            "en": ["The new heel came off after one week."],
            "fr": ["Le talon refait s'est décollé au bout d'une semaine."],
            "es": ["El tacon nuevo se despego a la semana."],
            "pt": ["O tacao novo descolou ao fim de uma semana."],
        },
        "refund": {
            "it": [
                "Ho annullato la riparazione tre settimane fa e il rimborso non e ancora arrivato."
            ],
            "de": [
                "Ich habe den Auftrag vor drei Wochen storniert und die Erstattung ist immer noch nicht da."
            ],
            "en": ["I cancelled the repair three weeks ago and still no refund."],
            "fr": [
                "J'ai annulé la réparation il y a trois semaines et toujours pas de remboursement."
            ],
            "es": ["Cancele la reparacion hace tres semanas y sigo sin reembolso."],
            "pt": ["Cancelei a reparacao ha tres semanas e ainda nao fui reembolsada."],
        },
        "overcharged": {
            "it": [
                "Mi avete addebitato la risuolatura premium invece di quella base che avevo scelto."
            ],
            "de": [
                "Mir wurde die Premium-Besohlung berechnet statt der Standard-Besohlung, die ich gewählt habe."
            ],
            "en": ["You charged me for the premium resole instead of the standard one I chose."],
            "fr": [
                "Vous m'avez facturé le ressemelage premium au lieu du standard que j'avais choisi."
            ],
            "es": ["Me habeis cobrado la suela premium en vez de la basica que elegi."],
            "pt": ["Cobraram-me a meia sola premium em vez da normal que escolhi."],
        },
        "late": {
            "it": [
                "Mi avevate promesso 10 giorni e sono passate quattro settimane, nessuna notizia delle mie scarpe."
            ],
            "de": [
                "Versprochen waren 10 Tage, jetzt sind es vier Wochen und keine Spur von meinen Schuhen."
            ],
            "en": ["You promised ten days, it's been four weeks and no sign of my shoes."],
            "fr": [
                "Vous aviez promis dix jours, ça fait quatre semaines, aucune nouvelle de mes chaussures."
            ],
            "es": ["Me prometisteis diez dias y van cuatro semanas sin noticias de mis zapatos."],
            "pt": ["Prometeram dez dias e ja passaram quatro semanas sem noticias dos sapatos."],
        },
    },
    "case_opened": {
        "it": [
            "Buongiorno, ci dispiace molto. Abbiamo aperto la pratica {ref} e la seguiamo noi. Le scriviamo appena possibile."
        ],
        "de": [
            "Guten Tag, das tut uns sehr leid. Wir haben den Fall {ref} eröffnet und melden uns so schnell wie möglich."
        ],
        "en": [
            "Hello, we're very sorry. We've opened case {ref} and will get back to you as soon as we can."
        ],
        "fr": [
            "Bonjour, nous sommes désolés. Nous avons ouvert le dossier {ref} et revenons vers vous au plus vite."
        ],
        "es": [
            "Hola, lo sentimos mucho. Hemos abierto el caso {ref} y te escribimos en cuanto podamos."
        ],
        "pt": [
            "Ola, lamentamos muito. Abrimos o processo {ref} e voltamos a contactar o mais depressa possivel."
        ],
    },
    "good_news": {
        "it": [
            "Buone notizie sulla pratica {ref}: abbiamo risolto. Ci puo confermare che ora e tutto a posto?"
        ],
        "de": [
            "Gute Nachrichten zum Fall {ref}: Wir haben es gelöst. Können Sie bestätigen, dass jetzt alles passt?"
        ],
        "en": [
            "Good news on case {ref}: it's sorted on our side. Could you confirm all is well now?"
        ],
        "fr": [
            "Bonne nouvelle pour le dossier {ref} : c'est réglé. Pouvez-vous confirmer que tout va bien ?"
        ],
        "es": [
            "Buenas noticias sobre el caso {ref}: esta resuelto. ¿Nos confirmas que todo esta bien?"
        ],
        "pt": [
            "Boas noticias sobre o processo {ref}: esta resolvido. Pode confirmar que esta tudo bem?"
        ],
    },
    "confirm": {
        "it": ["Confermo, pratica {ref} risolta, grazie!"],
        "de": ["Bestätige: Fall {ref} ist erledigt, danke euch."],
        "en": ["Confirmed, case {ref} is sorted, thank you."],
        "fr": ["Je confirme, dossier {ref} réglé, merci."],
        "es": ["Confirmo, caso {ref} resuelto, gracias."],
        "pt": ["Confirmo, processo {ref} resolvido, obrigada."],
    },
    "apology": {
        "it": ["Scusate per il tono di ieri, ero furiosa. Grazie per aver risolto"],
        "de": ["Sorry für meinen Ton gestern, war sauer. Danke fürs schnelle Lösen"],
        "en": ["Sorry for my tone yesterday, I was fuming. Thanks for sorting it"],
        "fr": ["Désolée pour mon ton d'hier, merci d'avoir réglé ça"],
        "es": ["Perdon por el tono de ayer, estaba muy enfadada. Gracias por arreglarlo"],
        "pt": ["Desculpem o tom de ontem. Obrigado por resolverem"],
    },
    "repeat": {
        "it": [
            "Scrivo di nuovo per la pratica {ref}: ancora nessuna soluzione. {problem}",
            "pratica {ref} ANCORA aperta, {problem}",
        ],
        "de": [
            "Ich schreibe erneut wegen Fall {ref}: immer noch keine Lösung. {problem}",
            "Fall {ref} ist IMMER NOCH offen. {problem}",
        ],
        "en": ["Writing again about case {ref}: still nothing. {problem}"],
        "fr": ["Je relance pour le dossier {ref} : toujours rien. {problem}"],
        "es": ["Vuelvo a escribir por el caso {ref}: sigue sin resolverse. {problem}"],
        "pt": ["Volto a escrever sobre o processo {ref}: continua sem solucao. {problem}"],
    },
    "third": {
        "it": [
            "Terza volta che scrivo per la pratica {ref}, ancora aperta. Una collega porta tutto da {comp} e le ridanno le scarpe in una settimana."
        ],
        "de": [
            "Zum dritten Mal wegen Fall {ref}, immer noch offen. Ich habe mir schon angesehen, was {comp} verlangt."
        ],
        "en": [
            "Third time about case {ref}, still open. A colleague uses {comp} and gets hers back in a week."
        ],
        "fr": [
            "Troisième fois pour le dossier {ref}, toujours ouvert. J'ai regardé les tarifs de {comp}."
        ],
        "es": ["Tercera vez por el caso {ref}, sigue abierto. Ya he mirado lo que cobra {comp}."],
        "pt": ["Terceira vez sobre o processo {ref}, continua aberto. Ja vi os precos da {comp}."],
    },
    "fourth": {
        "it": ["QUARTA volta. Pratica {ref}. Ancora niente."],
        "de": ["Das VIERTE Mal. Fall {ref}. Immer noch nichts."],
        "en": ["FOURTH time. Case {ref}. Still nothing."],
        "fr": ["QUATRIÈME fois. Dossier {ref}. Toujours rien."],
        "es": ["CUARTA vez. Caso {ref}. Nada."],
        "pt": ["QUARTA vez. Processo {ref}. Nada."],
    },
    "urgent": {
        "it": ["Aggiunto alla pratica {ref} e segnato come urgente."],
        "de": ["Zum Fall {ref} hinzugefügt und als dringend markiert."],
        "en": ["Added to case {ref} and marked urgent."],
        "fr": ["Ajouté au dossier {ref}, marqué urgent."],
        "es": ["Añadido al caso {ref} y marcado como urgente."],
        "pt": ["Adicionado ao processo {ref} e marcado como urgente."],
    },
    "quality": {
        "it": [
            "La pratica {ref} e ora in mano alla nostra responsabile qualita, che la chiamera entro venerdi a pranzo."
        ],
        "de": [
            "Ihr Fall {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
        ],
        "en": [
            "Your case {ref} is now with our quality lead, who will call you before Friday lunchtime."
        ],
        "fr": [
            "Votre dossier {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi."
        ],
        "es": [
            "Tu caso {ref} lo lleva ahora nuestra responsable de calidad, que te llamara antes del viernes a mediodia."
        ],
        "pt": [
            "O seu processo {ref} esta agora com a nossa responsavel de qualidade, que ligara ate sexta ao almoco."
        ],
    },
    "slide": {
        "it": [
            "Questa volta il ritiro e arrivato con due giorni di ritardo, senza avviso.",
            "Scarpe tornate con un graffio sulla punta, mai visto prima.",
            "Adesso chiedono foto di ogni scarpa prima della spedizione, che fatica.",
            "Tre settimane per un tacco. Una volta erano dieci giorni.",
            "15 € di 'pulizia extra' su scarpe che erano pulite. Basta.",
            "Mia cognata porta tutto da {comp}, sabato ci vado anche io.",
        ],
        "de": [
            "Diesmal kam der Abholer zwei Tage zu spät, ohne Info.",
            "Schuhe mit einem Kratzer an der Spitze zurück, das gab's früher nie.",
            "Jetzt soll man jeden Schuh vorher fotografieren, umständlich.",
            "Drei Wochen für einen Absatz. Früher zehn Tage.",
            "15 € 'Extrareinigung' für saubere Schuhe. Reicht.",
            "Mein Schwager geht zu {comp}, ich bring meine am Samstag auch hin.",
        ],
        "en": [
            "Pickup came two days late this time, no message.",
            "Shoes came back with a scratch on the toe, never happened before.",
            "Now they want a photo of every shoe before sending, tedious.",
            "Three weeks for a heel. It used to be ten days.",
            "£13 'extra cleaning' on shoes that were clean. Done.",
            "My brother-in-law uses {comp}, I'm taking mine there on Saturday.",
        ],
        "fr": [
            "Collecte avec deux jours de retard cette fois, sans prévenir.",
            "Chaussures revenues avec une rayure au bout, jamais vu.",
            "Maintenant il faut photographier chaque chaussure avant envoi.",
            "Trois semaines pour un talon. Avant c'était dix jours.",
            "15 € de 'nettoyage' sur des chaussures propres. Stop.",
            "Mon beau-frère passe par {comp}, j'y vais samedi.",
        ],
        "es": [
            "Esta vez la recogida llego dos dias tarde sin avisar.",
            "Zapatos devueltos con un arañazo en la punta, nunca habia pasado.",
            "Ahora piden foto de cada zapato antes de enviar, que pesadez.",
            "Tres semanas para una tapa. Antes eran diez dias.",
            "15 € de 'limpieza extra' en zapatos limpios. Se acabo.",
            "Mi cuñado va a {comp}, el sabado llevo los mios alli.",
        ],
        "pt": [
            "Desta vez a recolha veio dois dias atrasada sem aviso.",
            "Sapatos voltaram com um risco na biqueira, nunca aconteceu.",
            "Agora pedem foto de cada sapato antes de enviar.",
            "Tres semanas por um tacao. Antes eram dez dias.",
            "15 € de 'limpeza extra' em sapatos limpos. Chega.",
            "O meu cunhado vai a {comp}, sabado levo os meus la.",
        ],
    },
    "leave": {
        "it": [
            "Buongiorno, ho comprato una macchinetta per risuolare da solo. Vorrei disdire Suolaro Club e chiudere il mio account, grazie."
        ],
        "de": [
            "Hallo, ich ziehe ins Ausland und möchte Suolaro Club kündigen und mein Konto schließen. Danke für alles."
        ],
        "en": [
            "Hi, I'm moving abroad and would like to cancel Suolaro Club and close my account please."
        ],
        "fr": [
            "Bonjour, je souhaite résilier Suolaro Club et fermer mon compte, je déménage. Merci"
        ],
        "es": ["Hola, quiero darme de baja de Suolaro Club y cerrar mi cuenta, me mudo. Gracias"],
        "pt": ["Ola, quero cancelar o Suolaro Club e fechar a conta, vou mudar de pais. Obrigada"],
    },
    "sorry_go": {
        "it": [
            "Ci dispiace vederla andare. Puo disdire da sola nella app o sul sito, in Account > Club."
        ],
        "de": [
            "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Konto > Club kündigen."
        ],
        "en": [
            "Sorry to see you go. You can cancel yourself in the app or on the website under Account > Club."
        ],
        "fr": [
            "Dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Club."
        ],
        "es": ["Sentimos que te vayas. Puedes darte de baja en la app o en la web, Cuenta > Club."],
        "pt": ["Lamentamos. Pode cancelar na app ou no site, em Conta > Club."],
    },
    "b2b_problem": {
        "invoice": {
            "it": [
                "la fattura di ottobre e intestata alla vecchia ragione sociale e manca il numero d'ordine"
            ],
            "de": ["die Oktoberrechnung hat den alten Firmennamen und keine Bestellnummer"],
            "en": ["October's invoice carries our old company name and no PO number"],
            "fr": ["la facture d'octobre porte l'ancienne raison sociale, sans numéro de commande"],
            "es": ["la factura de octubre sale con el nombre antiguo y sin numero de pedido"],
            "pt": ["a fatura de outubro tem o nome antigo e nao tem numero de encomenda"],
        },
        "portal": {
            "it": ["il portale aziende non mostra nessuna riparazione aperta per le nostre divise"],
            "de": [
                "das Firmenportal zeigt keine offenen Reparaturaufträge für unsere Dienstschuhe"
            ],
            "en": ["the business portal shows none of our open uniform shoe repairs"],
            "fr": ["le portail pro n'affiche aucune réparation en cours pour nos tenues"],
            "es": [
                "el portal de empresas no muestra ninguna reparacion abierta de nuestros uniformes"
            ],
            "pt": ["o portal de empresas nao mostra nenhuma reparacao aberta das fardas"],
        },
        "overbilled": {
            "it": ["ci addebitate il prezzo al pezzo invece della tariffa a contratto"],
            "de": ["ihr berechnet Einzelpreise statt unseres Vertragstarifs"],
            "en": ["you bill us per pair instead of our contract rate"],
            "fr": ["vous facturez à la paire au lieu de notre tarif contrat"],
            "es": ["nos cobrais por par en vez de la tarifa del contrato"],
            "pt": ["cobram por par em vez da tarifa do contrato"],
        },
        "service_blocked": {
            "it": ["il corriere si rifiuta di ritirare perche il nostro conto risulta bloccato"],
            "de": ["der Abholer nimmt nichts mit, unser Konto sei gesperrt"],
            "en": ["the courier won't collect because our account shows as on stop"],
            "fr": ["le coursier refuse la collecte, notre compte serait bloqué"],
            "es": ["el mensajero no recoge porque dice que la cuenta esta bloqueada"],
            "pt": ["o estafeta nao recolhe porque a conta aparece bloqueada"],
        },
    },
    "b2b_first": {
        "it": ["Buongiorno, {problem}. Potete verificare? Grazie"],
        "de": ["Guten Tag, {problem}. Bitte prüfen Sie das. Danke"],
        "en": ["Hello, {problem}. Could you look into it? Thanks"],
        "fr": ["Bonjour, {problem}. Pouvez-vous vérifier ? Merci"],
        "es": ["Hola, {problem}. ¿Podeis revisarlo? Gracias"],
        "pt": ["Ola, {problem}. Podem verificar? Obrigado"],
    },
    "b2b_later": {
        "it": [
            "Buongiorno, come gia scritto da {name} {when} (pratica {ref}): {problem}. Anche da me lo stesso problema."
        ],
        "de": [
            "Guten Tag, wie {name} {when} schon schrieb (Fall {ref}): {problem}. Bei mir genauso."
        ],
        "en": ["Hello, as {name} wrote {when} (case {ref}): {problem}. Same here."],
        "fr": [
            "Bonjour, comme {name} l'a écrit {when} (dossier {ref}) : {problem}. Pareil chez moi."
        ],
        "es": ["Hola, como escribio {name} {when} (caso {ref}): {problem}. A mi igual."],
        "pt": ["Ola, como {name} escreveu {when} (processo {ref}): {problem}. Comigo igual."],
    },
    "b2b_last_mail": {
        "it": [
            "Pratica {ref}: nulla e cambiato, {problem}, e ormai ne hanno scritto diversi colleghi. L'ufficio acquisti ha gia chiesto un'offerta a {comp}."
        ],
        "de": [
            "Fall {ref}: nichts hat sich getan, {problem}, und mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
        ],
        "en": [
            "Case {ref}: nothing has changed, {problem}, and several colleagues have written. Procurement has already asked {comp} for rates."
        ],
        "fr": [
            "Dossier {ref} : rien n'a changé, {problem}, plusieurs collègues ont écrit. Les achats ont déjà consulté {comp}."
        ],
        "es": [
            "Caso {ref}: nada ha cambiado, {problem}, y han escrito varios compañeros. Compras ya ha pedido precios a {comp}."
        ],
        "pt": [
            "Processo {ref}: nada mudou, {problem}, e varios colegas escreveram. As compras ja pediram precos a {comp}."
        ],
    },
    "b2b_last_call": {
        "it": [
            "si buongiorno chiamo per la pratica {ref} non e cambiato niente e hanno scritto in tanti il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
        ],
        "de": [
            "ja guten Tag wegen Fall {ref} es hat sich nichts getan mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht geht wechseln wir"
        ],
        "en": [
            "hi calling about case {ref} nothing has changed several of us have written my boss says we move the account if it isn't fixed this week"
        ],
        "fr": [
            "oui bonjour pour le dossier {ref} rien n'a bougé plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
        ],
        "es": [
            "hola llamo por el caso {ref} no ha cambiado nada han escrito varios mi jefe dice que si no se arregla esta semana cambiamos de proveedor"
        ],
        "pt": [
            "bom dia ligo por causa do processo {ref} nada mudou varios colegas escreveram o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana"
        ],
    },
    "b2b_mild": {
        "it": ["Suggerimento: sarebbe utile esportare le riparazioni per reparto."],
        "de": ["Vorschlag: ein Export der Reparaturen nach Kostenstelle wäre praktisch."],
        "en": ["Suggestion: an export of repairs by cost centre would help."],
        "fr": ["Suggestion : un export des réparations par centre de coût serait utile."],
        "es": ["Sugerencia: exportar las reparaciones por centro de coste ayudaria."],
        "pt": ["Sugestao: exportar as reparacoes por centro de custo ajudava."],
    },
    "ack": {
        "it": ["Grazie, abbiamo registrato la richiesta ({ref})."],
        "de": ["Danke, wir haben Ihr Anliegen aufgenommen ({ref})."],
        "en": ["Thanks, we've logged it ({ref})."],
        "fr": ["Merci, c'est noté ({ref})."],
        "es": ["Gracias, lo hemos registrado ({ref})."],
        "pt": ["Obrigado, registamos o pedido ({ref})."],
    },
    "b2b_praise": {
        "it": ["Le scarpe del personale di sala tornano sempre in tempo, ottimo servizio"],
        "de": ["Die Dienstschuhe unseres Teams kommen immer pünktlich zurück, klasse"],
        "en": ["Staff shoes always back on time, great service"],
        "fr": ["Les chaussures du personnel reviennent toujours à temps, top"],
        "es": ["Los zapatos del personal siempre vuelven a tiempo, genial"],
        "pt": ["Os sapatos da equipa voltam sempre a tempo, otimo"],
    },
    "spike": {
        "it": [
            "Mi e arrivata una mail che le mie scarpe sono 'non riparabili - inviate al riciclo tessile' ?? erano solo da risuolare! errore {code}",
            "AIUTO le mie decolte nuove segnate come da riciclare, codice {code}, fermatevi!!",
            "stamattina la app dice che i miei stivali vanno al riciclo, errore {code}. Ma siete impazziti?",
        ],
        "de": [
            "Ich bekomme gerade eine Mail, meine Stiefel seien 'nicht reparierbar, gehen ins Textilrecycling' – Fehler {code}. Die brauchten nur neue Absätze!!",
            "STOPP! Meine Lieblingsschuhe sollen recycelt werden?? Code {code} in der App",
            "app zeigt bei meinem auftrag 'zur verwertung' fehler {code} was soll das",
        ],
        "en": [
            "Just got an email saying my boots are 'beyond repair, sent to textile recycling', error {code}. They only needed heels!"
        ],
        "fr": [
            "Je reçois un mail : mes chaussures 'non réparables, envoyées au recyclage', erreur {code}. C'était un simple ressemelage !"
        ],
        "es": [
            "Me llega un correo de que mis botas son 'irreparables, enviadas a reciclaje', error {code}. ¡Solo eran unas tapas!"
        ],
        "pt": [
            "Recebi um email a dizer que as botas 'nao tem reparacao, vao para reciclagem', erro {code}. Era so meia sola!"
        ],
    },
    "spike_again": {
        "it": [
            "ancora {code}, adesso anche l'altra coppia nello stesso ordine risulta da riciclare. qualcuno risponde?"
        ],
        "de": ["immer noch {code}, jetzt steht auch das zweite Paar auf Recycling. Hallo??"],
        "en": ["still {code} and now the second pair in the same order says recycling too"],
        "fr": ["toujours {code}, maintenant la deuxième paire aussi. Quelqu'un ?"],
        "es": ["sigue el {code} y ahora el segundo par tambien dice reciclaje"],
        "pt": ["continua {code} e agora o segundo par tambem diz reciclagem"],
    },
    "spike_answer": {
        "it": [
            "Si, e un errore del sistema di smistamento del laboratorio: nessuna scarpa viene riciclata, e tutto fermo e al sicuro. Ci stiamo lavorando."
        ],
        "de": [
            "Ja, ein Fehler in der Werkstatt-Sortierung: Kein Schuh wird recycelt, alles ist gestoppt und sicher. Wir arbeiten daran."
        ],
        "en": [
            "Yes, it's a fault in the workshop sorting system: no shoe is being recycled, everything is held safely. We're on it."
        ],
        "fr": [
            "Oui, c'est une erreur du tri de l'atelier : rien n'est recyclé, tout est bloqué en sécurité. Nous y travaillons."
        ],
        "es": [
            "Si, es un fallo del sistema de clasificacion del taller: nada se recicla, todo esta parado y a salvo. Estamos en ello."
        ],
        "pt": [
            "Sim, e uma falha da triagem da oficina: nada e reciclado, esta tudo parado e seguro. Estamos a tratar."
        ],
    },
    "works_again": {
        "it": [
            "La sua riparazione e di nuovo in lavorazione regolare dalle 13:30 (ora italiana). Ci scusiamo: la spedizione di ritorno e gratuita."
        ],
        "de": [
            "Ihr Auftrag ist seit 13:30 Uhr (Ortszeit) wieder ganz normal in Arbeit. Entschuldigung, der Rückversand geht auf uns."
        ],
        "en": [
            "Your repair is back in normal progress since 12:30 (local time). Sorry: return postage is on us."
        ],
        "fr": [
            "Votre réparation a repris normalement depuis 13h30 (heure locale). Le retour est offert, toutes nos excuses."
        ],
        "es": [
            "Tu reparacion vuelve a estar en curso desde las 13:30 (hora local). El envio de vuelta corre de nuestra cuenta."
        ],
        "pt": [
            "A sua reparacao voltou ao normal desde as 12:30 (hora local). O envio de volta e por nossa conta."
        ],
    },
    "lone_q": {
        "it": [
            "ieri sera nella app il mio ordine era 'in smistamento' per ore, poi e diventato 'in lavorazione'. e normale?"
        ],
        "de": [
            "gestern Abend stand mein Auftrag stundenlang auf 'Sortierung', dann 'in Arbeit'. Ist das normal?"
        ],
    },
    "lone_a": {
        "it": [
            "Si, e normale: lo smistamento serale puo durare qualche ora. Il suo ordine procede regolarmente."
        ],
        "de": [
            "Ja, das ist normal, die abendliche Sortierung dauert manchmal ein paar Stunden. Alles läuft."
        ],
    },
}
