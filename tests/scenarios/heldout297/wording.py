# ruff: noqa: E501
"""Wording of heldout297 (Lumetta: candle-making workshops and kits), written blind.

Every table is keyed by language; French and Portuguese carry the most variants.
"{c}" is a case reference, "{x}" a competitor, "{n}" a first name, "{t}" a time.
"""

from __future__ import annotations

LANGS = ("fr", "pt", "es", "de", "it", "en")
WEIGHTS = (30, 30, 10, 10, 10, 10)
COMPETITORS = ("Cerandia", "Wachsel")

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Atelier bougies chez Lumetta hier soir, on est reparties avec trois bougies au parfum figue, trop fières !",
        "Franchement l'animatrice de Lumetta était géniale, patiente avec tout le monde. Je reviens le mois prochain",
        "Mon kit Lumetta est arrivé nickel, la cire de soja sent super bon. Soirée parfaite",
        "Troisième atelier chez Lumetta cette année et toujours le même plaisir, merci à l'équipe de Lyon",
    ],
    "pt": [
        "Adorei o workshop de velas da Lumetta, saí de lá com duas velas de alecrim lindas",
        "O kit da Lumetta chegou bem embalado e as instruções são claríssimas, fiz a primeira vela sozinha!",
        "Mais uma vez na Lumetta com as amigas, a formadora é um amor. Recomendo muito",
        "Terceira vez que ofereço um workshop Lumetta de presente e toda a gente adora",
    ],
    "es": [
        "Taller de velas en Lumetta este finde, salimos con velas de naranja y canela preciosas",
        "El kit de Lumetta llegó perfecto, muy fácil de seguir. Repetiré seguro",
    ],
    "de": [
        "Kerzenworkshop bei Lumetta war richtig schön, die Kursleiterin hat alles super erklärt",
        "Mein Lumetta Set kam heute, Sojawachs und Dochte top verpackt. Freu mich aufs Wochenende",
    ],
    "it": [
        "Laboratorio di candele da Lumetta bellissimo, siamo uscite con tre candele alla lavanda",
        "Il kit Lumetta è arrivato perfetto, istruzioni chiarissime. Lo rifaccio di sicuro",
    ],
    "en": [
        "Candle workshop at Lumetta last night was lovely, came home with two fig candles and a big grin",
        "My Lumetta kit arrived today, beautifully packed and the wax smells amazing",
    ],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Très bel atelier, juste dommage que la salle soit un peu froide. Sinon rien à redire",
        "Kit super, seulement les mèches sont un peu courtes pour les grands pots",
    ],
    "pt": [
        "Workshop ótimo, só o estacionamento é que é difícil. De resto perfeito",
        "Kit muito bom, apenas o manual podia ter mais fotos",
    ],
    "es": ["Muy buen taller, solo que empezó diez minutos tarde. Por lo demás genial"],
    "de": ["Toller Kurs, nur der Raum war etwas eng. Sonst alles prima"],
    "it": ["Bel laboratorio, solo un po' di attesa all'ingresso. Per il resto ottimo"],
    "en": ["Great session, only the room was a bit warm. Otherwise spot on"],
}

QUESTION: dict[str, list[str]] = {
    "fr": [
        "Bonjour, est-ce qu'on peut amener sa propre huile essentielle à l'atelier ?",
        "Bonsoir, le kit découverte contient combien de pots en verre ?",
        "Salut, je peux décaler mon atelier de samedi à dimanche ?",
    ],
    "pt": [
        "Olá, posso levar a minha filha de 12 anos ao workshop?",
        "Boa tarde, o kit inclui os frascos ou tenho de comprar à parte?",
        "Oi, dá para mudar o workshop de sábado para o outro fim de semana?",
    ],
    "es": [
        "Hola, ¿puedo cambiar el taller del sábado al domingo?",
        "Buenas, ¿el kit trae los moldes de silicona?",
    ],
    "de": [
        "Hallo, kann ich meinen Kurs am Samstag auf Sonntag verschieben?",
        "Guten Tag, sind im Starter-Set auch Duftöle dabei?",
    ],
    "it": [
        "Ciao, posso spostare il laboratorio di sabato a domenica?",
        "Buongiorno, il kit comprende anche i barattoli?",
    ],
    "en": [
        "Hi, can I move my Saturday workshop to the Sunday?",
        "Hello, does the starter kit include the jars?",
    ],
}

ANSWER: dict[str, str] = {
    "fr": "Bonjour ! Oui, c'est tout à fait possible, je vous envoie le lien pour le faire dans l'app. Belle journée, l'équipe Lumetta",
    "pt": "Olá! Sim, é possível, envio já o link para fazer isso na app. Bom dia, equipa Lumetta",
    "es": "¡Hola! Sí, se puede, te paso el enlace para hacerlo en la app. Un saludo, equipo Lumetta",
    "de": "Hallo! Ja, das geht, hier ist der Link, um es in der App zu erledigen. Viele Grüße, Ihr Lumetta-Team",
    "it": "Ciao! Sì, si può fare, ti mando il link per farlo nell'app. Buona giornata, il team Lumetta",
    "en": "Hi! Yes, that's fine, here's the link to do it in the app. Have a lovely day, the Lumetta team",
}

THANKS: dict[str, list[str]] = {
    "fr": ["Super merci !", "Parfait, merci beaucoup", "top merci bcp"],
    "pt": ["Obrigada!", "Perfeito, muito obrigado", "ok obg :)"],
    "es": ["¡Genial, gracias!", "Perfecto, mil gracias"],
    "de": ["Super, danke!", "Perfekt, vielen Dank"],
    "it": ["Perfetto, grazie!", "Grazie mille"],
    "en": ["Brilliant, thanks!", "Perfect, thank you"],
}

PHONE_Q: dict[str, list[str]] = {
    "fr": [
        "oui bonjour je voulais savoir si l'atelier de samedi est accessible en fauteuil roulant",
        "bonjour c'est pour offrir un bon cadeau atelier à ma sœur comment je fais",
    ],
    "pt": [
        "bom dia queria saber se o workshop de sábado tem lugar para duas pessoas",
        "olá é para oferecer um vale de workshop à minha mãe como é que faço",
    ],
    "es": ["hola quería saber si el taller del sábado tiene plazas para dos"],
    "de": ["ja hallo ich wollte fragen ob der Kurs am Samstag noch zwei Plätze hat"],
    "it": ["buongiorno volevo sapere se il laboratorio di sabato ha ancora due posti"],
    "en": ["hi there i wanted to ask if saturday's workshop still has two places"],
}

PHONE_FOLLOWUP: dict[str, str] = {
    "fr": "Bonjour, suite à votre appel : voici le lien de réservation. À bientôt chez Lumetta",
    "pt": "Olá, na sequência da sua chamada: aqui fica o link de reserva. Até breve na Lumetta",
    "es": "Hola, tras tu llamada: aquí tienes el enlace de reserva. Hasta pronto en Lumetta",
    "de": "Hallo, nach Ihrem Anruf: hier der Buchungslink. Bis bald bei Lumetta",
    "it": "Ciao, dopo la tua telefonata: ecco il link per prenotare. A presto da Lumetta",
    "en": "Hello, following your call: here is the booking link. See you soon at Lumetta",
}

REVIEW: dict[str, list[str]] = {
    "fr": [
        "Atelier chaleureux, matériel de qualité, on a adoré",
        "Kit complet et joli, parfait pour un cadeau",
    ],
    "pt": [
        "Workshop acolhedor e material de qualidade, adorámos",
        "Kit completo e bonito, ótimo para oferecer",
    ],
    "es": ["Taller acogedor y material de calidad, nos encantó"],
    "de": ["Gemütlicher Kurs, gutes Material, hat uns sehr gefallen"],
    "it": ["Laboratorio accogliente, materiali di qualità, ci è piaciuto tanto"],
    "en": ["Cosy workshop, good materials, we loved it"],
}

NIGHT_POST: dict[str, list[str]] = {
    "fr": [
        "3h du mat, je viens de couler ma première bougie du kit Lumetta, ça sent la vanille dans tout l'appart",
        "insomnie donc je regarde les tutos Lumetta en boucle",
    ],
    "pt": [
        "Fim do turno da noite e acendi a vela que fiz na Lumetta, que paz",
        "duas da manhã e eu a escolher o próximo workshop Lumetta",
    ],
    "es": ["Las 2 de la mañana y yo haciendo velas con el kit de Lumetta, relajante total"],
    "de": ["Nachtschicht vorbei, jetzt die Lumetta Kerze an und runterkommen"],
    "it": ["Le due di notte e io a fare candele col kit Lumetta, rilassante"],
    "en": ["2am and I'm pouring candles from my Lumetta kit, weirdly calming"],
}

NIGHT_Q: dict[str, list[str]] = {
    "fr": ["Bonsoir, la cire doit refroidir combien de temps avant d'allumer ?"],
    "pt": ["Boa noite, quanto tempo a cera tem de arrefecer antes de acender?"],
    "es": ["Buenas noches, ¿cuánto tiene que enfriar la cera antes de encenderla?"],
    "de": ["Guten Abend, wie lange muss das Wachs abkühlen, bevor ich die Kerze anzünde?"],
    "it": ["Buonasera, quanto deve raffreddare la cera prima di accenderla?"],
    "en": ["Evening, how long should the wax cool before I light it?"],
}

NIGHT_A: dict[str, str] = {
    "fr": "Bonsoir ! Idéalement 24 h, pour que la bougie brûle bien uniformément. Bonne nuit",
    "pt": "Boa noite! O ideal são 24 h, para arder por igual. Boa noite",
    "es": "¡Buenas! Lo ideal son 24 h para que se queme de forma uniforme. Buenas noches",
    "de": "Guten Abend! Am besten 24 Stunden, dann brennt sie gleichmäßig. Gute Nacht",
    "it": "Buonasera! L'ideale sono 24 ore, così brucia in modo uniforme. Buonanotte",
    "en": "Evening! Ideally 24 hours so it burns evenly. Good night",
}

SURVEY_WORD: dict[str, list[str]] = {
    "fr": ["Top", "Très bien", "", "😊"],
    "pt": ["Excelente", "Muito bom", "", "👍"],
    "es": ["Genial", ""],
    "de": ["Prima", ""],
    "it": ["Ottimo", ""],
    "en": ["Great", ""],
}

PROBLEMS = ("no_show", "double_charge", "cancelled", "broken_kit", "refund", "wrong_price")

PROBLEM: dict[str, dict[str, list[str]]] = {
    "fr": {
        "no_show": [
            "Mon kit est marqué livré depuis mardi mais je n'ai RIEN reçu, ni dans la boîte ni chez la voisine",
            "Colis Lumetta soi-disant livré, personne ne l'a vu, et l'atelier en ligne c'est demain",
        ],
        "double_charge": [
            "On m'a débité DEUX fois l'atelier du samedi, 2 x 45 € sur mon relevé",
            "Prélèvement en double pour mon atelier, je vois deux fois 45 € sur ma carte",
        ],
        "cancelled": [
            "Arrivée à l'atelier samedi, porte fermée, personne, aucun mail d'annulation",
            "Atelier annulé sans prévenir, on a fait 40 minutes de route pour rien",
        ],
        "broken_kit": [
            "Kit reçu avec les pots en verre cassés et la cire répandue partout dans le carton",
            "Tous les pots du kit sont arrivés en morceaux, impossible de s'en servir",
        ],
        "refund": [
            "Ça fait trois semaines que j'attends le remboursement de l'atelier annulé",
            "Toujours pas remboursée pour l'atelier que VOUS avez annulé",
        ],
        "wrong_price": [
            "Je suis membre Lumetta Club et on m'a facturé le plein tarif pour l'atelier",
            "Abonnée au Club et pourtant payé le prix normal, la réduction n'est pas appliquée",
        ],
    },
    "pt": {
        "no_show": [
            "O meu kit aparece como entregue desde terça mas não recebi NADA",
            "Encomenda Lumetta dada como entregue e ninguém a viu, nem o porteiro",
        ],
        "double_charge": [
            "Cobraram-me DUAS vezes o workshop de sábado, 2 x 40 € no extrato",
            "Tenho o workshop cobrado em duplicado no cartão, 40 € duas vezes",
        ],
        "cancelled": [
            "Cheguei ao workshop no sábado e estava fechado, ninguém avisou nada",
            "Workshop cancelado sem aviso, fiz 50 minutos de carro para nada",
        ],
        "broken_kit": [
            "O kit chegou com os frascos de vidro partidos e cera por todo o lado",
            "Todos os frascos do kit vieram partidos, não dá para usar",
        ],
        "refund": [
            "Há três semanas que espero o reembolso do workshop cancelado",
            "Ainda não fui reembolsada do workshop que VOCÊS cancelaram",
        ],
        "wrong_price": [
            "Sou sócia do Lumetta Club e cobraram-me o preço normal do workshop",
            "Pago o Club todos os meses e o desconto não foi aplicado",
        ],
    },
    "es": {
        "no_show": ["Mi kit sale como entregado desde el martes y no ha llegado NADA"],
        "double_charge": ["Me habéis cobrado DOS veces el taller del sábado, 2 x 42 €"],
        "cancelled": ["Llegué al taller el sábado y estaba cerrado, nadie avisó"],
        "broken_kit": ["El kit llegó con los tarros rotos y la cera por toda la caja"],
        "refund": ["Llevo tres semanas esperando el reembolso del taller cancelado"],
        "wrong_price": ["Soy del Lumetta Club y me cobrasteis el precio normal del taller"],
    },
    "de": {
        "no_show": [
            "Mein Set steht seit Dienstag als zugestellt in der App, angekommen ist NICHTS"
        ],
        "double_charge": ["Der Kurs am Samstag wurde ZWEIMAL abgebucht, 2 x 48 €"],
        "cancelled": ["Samstag zum Kurs gefahren, Tür zu, keiner da, keine Absage"],
        "broken_kit": ["Das Set kam mit zerbrochenen Gläsern an, Wachs überall im Karton"],
        "refund": ["Seit drei Wochen warte ich auf die Erstattung für den abgesagten Kurs"],
        "wrong_price": ["Ich bin Lumetta Club Mitglied und habe trotzdem den vollen Preis bezahlt"],
    },
    "it": {
        "no_show": ["Il mio kit risulta consegnato da martedì ma non è arrivato NIENTE"],
        "double_charge": ["Mi avete addebitato DUE volte il laboratorio di sabato, 2 x 42 €"],
        "cancelled": ["Arrivata al laboratorio sabato, chiuso, nessun avviso"],
        "broken_kit": ["Il kit è arrivato con i barattoli rotti e la cera ovunque"],
        "refund": ["Sono tre settimane che aspetto il rimborso del laboratorio annullato"],
        "wrong_price": ["Sono socia Lumetta Club e mi avete fatto pagare il prezzo pieno"],
    },
    "en": {
        "no_show": ["My kit has shown as delivered since Tuesday and NOTHING has arrived"],
        "double_charge": ["You've charged me TWICE for Saturday's workshop, 2 x £38"],
        "cancelled": ["Turned up for the workshop on Saturday, door locked, nobody told us"],
        "broken_kit": ["The kit arrived with every jar smashed and wax all over the box"],
        "refund": ["Three weeks now waiting for the refund on the cancelled workshop"],
        "wrong_price": ["I'm a Lumetta Club member and was charged the full workshop price"],
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "kit jamais reçu",
        "double_charge": "double prélèvement",
        "cancelled": "atelier annulé",
        "broken_kit": "kit cassé",
        "refund": "remboursement",
        "wrong_price": "tarif Club",
    },
    "pt": {
        "no_show": "kit não recebido",
        "double_charge": "cobrança duplicada",
        "cancelled": "workshop cancelado",
        "broken_kit": "kit partido",
        "refund": "reembolso",
        "wrong_price": "preço Club",
    },
    "es": {
        "no_show": "kit no recibido",
        "double_charge": "cobro doble",
        "cancelled": "taller cancelado",
        "broken_kit": "kit roto",
        "refund": "reembolso",
        "wrong_price": "precio Club",
    },
    "de": {
        "no_show": "Set nicht erhalten",
        "double_charge": "doppelte Abbuchung",
        "cancelled": "Kurs ausgefallen",
        "broken_kit": "Set beschädigt",
        "refund": "Erstattung",
        "wrong_price": "Club-Preis",
    },
    "it": {
        "no_show": "kit mai ricevuto",
        "double_charge": "doppio addebito",
        "cancelled": "laboratorio annullato",
        "broken_kit": "kit rotto",
        "refund": "rimborso",
        "wrong_price": "prezzo Club",
    },
    "en": {
        "no_show": "kit never arrived",
        "double_charge": "double charge",
        "cancelled": "workshop cancelled",
        "broken_kit": "broken kit",
        "refund": "refund",
        "wrong_price": "Club price",
    },
}

COMPLAINT_SUBJECT = {
    "fr": "Réclamation : ",
    "pt": "Reclamação: ",
    "es": "Reclamación: ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "en": "Complaint: ",
}
CASE_SUBJECT = {
    "fr": "RE : Dossier {c}",
    "pt": "RE: Pedido {c}",
    "es": "RE: Incidencia {c}",
    "de": "AW: Vorgang {c}",
    "it": "R: Segnalazione {c}",
    "en": "Re: Your case {c}",
}

ANGRY_END: dict[str, list[str]] = {
    "fr": ["C'est inadmissible.", "Je veux une solution rapidement.", "Franchement déçue."],
    "pt": ["É inaceitável.", "Quero uma solução rápida.", "Estou mesmo chateada."],
    "es": ["Es inaceptable."],
    "de": ["Das ist nicht in Ordnung."],
    "it": ["È inaccettabile."],
    "en": ["This isn't acceptable."],
}

LONG_OPEN: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de mon père, alors pardon si c'est un peu décousu. Ma fille et moi avions réservé cet atelier pour son anniversaire, on en parlait depuis des semaines et elle avait même choisi le parfum à l'avance.\n\n",
        "Bonjour,\n\nJe prends cinq minutes entre deux clients à la boulangerie pour vous écrire. Je suis cliente depuis deux ans, j'ai offert vos kits à toute ma famille à Noël et je n'ai jamais eu à me plaindre.\n\n",
    ],
    "pt": [
        "Bom dia,\n\nEscrevo-vos do carro, à porta da escola de música do meu filho, por isso desculpem a confusão. Tinha marcado este workshop para o aniversário da minha mãe, que anda em baixo desde que se reformou, e era a surpresa do mês.\n\n",
        "Boa tarde,\n\nAproveito a pausa do almoço no hospital para vos escrever. Sou cliente há mais de um ano, já ofereci vales a metade das minhas colegas de enfermaria e nunca tive razão de queixa.\n\n",
    ],
}

LONG_CLOSE = {
    "fr": "\n\nJe ne demande pas la lune, juste que ce soit réglé. J'aime beaucoup ce que vous faites, mais là ça ne va pas.\n\nCordialement,\n{n}",
    "pt": "\n\nNão peço nada de especial, só que resolvam isto. Gosto muito do que fazem, mas assim não dá.\n\nCumprimentos,\n{n}",
}

STILL_OPEN: dict[str, list[str]] = {
    "fr": [
        "Je reviens vers vous pour le dossier {c} : toujours rien de réglé.",
        "Dossier {c}, toujours ouvert, toujours pas de réponse concrète.",
    ],
    "pt": [
        "Volto a contactar sobre o pedido {c}: continua tudo por resolver.",
        "Pedido {c} ainda aberto e sem solução nenhuma.",
    ],
    "es": ["Vuelvo a escribir por la incidencia {c}: sigue sin resolverse."],
    "de": ["Ich melde mich wieder wegen Vorgang {c}: immer noch nichts passiert."],
    "it": ["Vi riscrivo per la segnalazione {c}: ancora tutto fermo."],
    "en": ["Writing again about case {c}: still not sorted."],
}

THIRD: dict[str, list[str]] = {
    "fr": [
        "Une amie fait ses ateliers chez {x}, eux règlent ça dans la journée.",
        "J'ai regardé les prix de {x}, je me pose des questions.",
    ],
    "pt": [
        "Uma colega faz os workshops na {x} e lá resolvem isto no mesmo dia.",
        "Já fui ver os preços da {x}, sinceramente.",
    ],
    "es": ["Una amiga va a {x} y allí lo arreglan en el día."],
    "de": ["Eine Kollegin geht zu {x}, die klären so was am selben Tag."],
    "it": ["Un'amica va da {x} e lì risolvono in giornata."],
    "en": ["A friend goes to {x} and they sort this out the same day."],
}

FOURTH = {
    "fr": "C'est la QUATRIÈME fois que j'écris.",
    "pt": "É a QUARTA vez que escrevo.",
    "es": "Es la CUARTA vez que escribo.",
    "de": "Das ist das VIERTE Mal, dass ich schreibe.",
    "it": "È la QUARTA volta che scrivo.",
    "en": "This is the FOURTH time I'm writing.",
}

AGENT_OPENED = {
    "fr": "Bonjour {n}, nous sommes désolés. Nous avons ouvert le dossier {c} et revenons vers vous au plus vite. L'équipe Lumetta",
    "pt": "Olá {n}, lamentamos muito. Abrimos o pedido {c} e voltamos a contactar com a maior brevidade. Equipa Lumetta",
    "es": "Hola {n}, lo sentimos mucho. Hemos abierto la incidencia {c} y te respondemos cuanto antes. Equipo Lumetta",
    "de": "Hallo {n}, das tut uns leid. Wir haben den Vorgang {c} angelegt und melden uns schnellstmöglich. Ihr Lumetta-Team",
    "it": "Ciao {n}, ci dispiace molto. Abbiamo aperto la segnalazione {c} e ti rispondiamo al più presto. Il team Lumetta",
    "en": "Hi {n}, we're very sorry. We've opened case {c} and will come back to you as soon as we can. The Lumetta team",
}

AGENT_ESCALATED = {
    "fr": "Bonjour {n}, votre dossier {c} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.",
    "pt": "Olá {n}, o seu pedido {c} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta à hora de almoço.",
    "es": "Hola {n}, tu incidencia {c} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "de": "Hallo {n}, Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "it": "Ciao {n}, la tua segnalazione {c} ora è nelle mani della nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "en": "Hi {n}, your case {c} is now with our quality lead, who will call you before Friday lunchtime.",
}

AGENT_URGENT = {
    "fr": "Merci {n}, j'ajoute ceci au dossier {c} et je le marque urgent.",
    "pt": "Obrigada {n}, acrescentei isto ao pedido {c} e marquei-o como urgente.",
    "es": "Gracias {n}, lo añado a la incidencia {c} y la marco como urgente.",
    "de": "Danke {n}, ich ergänze das im Vorgang {c} und markiere ihn als dringend.",
    "it": "Grazie {n}, aggiungo questo alla segnalazione {c} e la segno come urgente.",
    "en": "Thanks {n}, I've added this to case {c} and marked it urgent.",
}

AGENT_GOOD_NEWS = {
    "fr": "Bonjour {n}, bonne nouvelle pour le dossier {c} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ?",
    "pt": "Olá {n}, boas notícias sobre o pedido {c}: do nosso lado está resolvido. Pode confirmar-nos que está tudo bem?",
    "es": "Hola {n}, buenas noticias sobre la incidencia {c}: por nuestra parte está resuelta. ¿Nos confirmas que todo está bien?",
    "de": "Hallo {n}, gute Nachricht zu Vorgang {c}: bei uns ist es erledigt. Können Sie bestätigen, dass alles passt?",
    "it": "Ciao {n}, buone notizie sulla segnalazione {c}: da parte nostra è risolta. Ci confermi che è tutto a posto?",
    "en": "Hi {n}, good news on case {c}: it's sorted on our side. Could you confirm everything is fine?",
}

CONFIRM: dict[str, list[str]] = {
    "fr": [
        "Confirmé pour le dossier {c}, tout est bon, merci !",
        "Oui c'est bon pour {c}, merci pour le suivi",
    ],
    "pt": ["Confirmo, pedido {c} resolvido, obrigada!", "Sim, está tudo certo com o {c}, obrigado"],
    "es": ["Confirmado lo de {c}, todo bien, ¡gracias!"],
    "de": ["Bestätigt, Vorgang {c} ist erledigt, danke!"],
    "it": ["Confermo, segnalazione {c} risolta, grazie!"],
    "en": ["Confirmed for case {c}, all good, thanks!"],
}

APOLOGY: dict[str, list[str]] = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça",
        "Pardon pour le ton d'hier, la journée avait été longue",
    ],
    "pt": [
        "Desculpem a mensagem de ontem, estava mesmo irritada. Obrigada por resolverem",
        "Peço desculpa pelo tom de ontem, foi um dia difícil",
    ],
    "es": ["Perdón por el mensaje de ayer, estaba de los nervios. Gracias por solucionarlo"],
    "de": ["Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs Lösen"],
    "it": ["Scusate il messaggio di ieri, ero nervosa. Grazie per aver risolto"],
    "en": ["Sorry about my message yesterday, I was fuming. Thanks for sorting it"],
}

LOW_CSAT = {
    "fr": ["Bof", ""],
    "pt": ["Mau", ""],
    "es": ["Mal"],
    "de": ["Schlecht"],
    "it": ["Male"],
    "en": ["Poor"],
}

SLIDE: dict[str, list[str]] = {
    "fr": [
        "Atelier commencé avec 25 minutes de retard, sans un mot d'excuse",
        "Encore des mèches trop courtes dans le kit, ça commence à faire",
        "Le parfum choisi n'était plus dispo sur place, on nous a donné ce qui restait",
        "Le Club augmente à 19 € par mois et les ateliers sont toujours complets",
        "Franchement ça devient n'importe quoi, 30 € de frais de dossier pour décaler un atelier ?!",
        "Ma sœur fait ses ateliers chez {x} maintenant, j'ai réservé samedi là-bas",
    ],
    "pt": [
        "O workshop começou com 25 minutos de atraso e ninguém pediu desculpa",
        "Outra vez pavios curtos demais no kit, já cansa",
        "O aroma que escolhi não havia no dia, deram-nos o que sobrou",
        "O Club sobe para 19 € por mês e os workshops estão sempre esgotados",
        "Isto está a ficar ridículo, 30 € de taxa para mudar a data de um workshop?!",
        "A minha irmã agora faz os workshops na {x}, marquei sábado lá",
    ],
    "es": [
        "El taller empezó 25 minutos tarde y sin disculpas",
        "Otra vez mechas demasiado cortas en el kit",
        "El aroma que elegí no estaba, nos dieron lo que sobraba",
        "El Club sube a 19 € al mes y los talleres siempre llenos",
        "¿30 € por cambiar la fecha de un taller? Esto ya es el colmo",
        "Mi hermana va ahora a {x}, he reservado el sábado allí",
    ],
    "de": [
        "Kurs fing 25 Minuten zu spät an, ohne Entschuldigung",
        "Schon wieder zu kurze Dochte im Set",
        "Der gewählte Duft war nicht da, wir bekamen die Reste",
        "Club jetzt 19 € im Monat und die Kurse sind immer ausgebucht",
        "30 € Gebühr fürs Umbuchen eines Kurses? Jetzt reicht es",
        "Meine Schwester geht jetzt zu {x}, ich habe Samstag dort gebucht",
    ],
    "it": [
        "Laboratorio iniziato con 25 minuti di ritardo, senza scuse",
        "Di nuovo stoppini troppo corti nel kit",
        "La fragranza scelta non c'era, ci hanno dato gli avanzi",
        "Il Club sale a 19 € al mese e i laboratori sempre pieni",
        "30 € per spostare un laboratorio? Adesso basta",
        "Mia sorella ora va da {x}, ho prenotato sabato lì",
    ],
    "en": [
        "Workshop started 25 minutes late, not a word of apology",
        "Wicks too short in the kit again",
        "The scent I chose wasn't there, we got the leftovers",
        "Club going up to £16 a month and workshops always full",
        "£26 to move a workshop date? That's it",
        "My sister goes to {x} now, I've booked Saturday there",
    ],
}

LEAVE: dict[str, list[str]] = {
    "fr": [
        "Bonjour, je déménage à l'étranger et je souhaite résilier mon Lumetta Club et fermer mon compte. Merci",
        "Bonjour, avec le nouveau bébé je n'ai plus le temps, je veux résilier le Club et supprimer mon compte",
    ],
    "pt": [
        "Olá, vou mudar de país e quero cancelar o Lumetta Club e fechar a conta. Obrigada",
        "Boa tarde, com o bebé já não tenho tempo, quero cancelar o Club e apagar a minha conta",
    ],
    "es": ["Hola, me mudo y quiero darme de baja del Lumetta Club y cerrar la cuenta"],
    "de": ["Hallo, ich ziehe um und möchte den Lumetta Club kündigen und mein Konto schließen"],
    "it": ["Ciao, mi trasferisco e vorrei disdire il Lumetta Club e chiudere l'account"],
    "en": ["Hi, I'm moving abroad and want to cancel my Lumetta Club and close my account"],
}

AGENT_BYE = {
    "fr": "Bonjour {n}, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'app ou sur le site, rubrique Mon Club.",
    "pt": "Olá {n}, temos pena de a ver partir. Pode cancelar na app ou no site, em O meu Club.",
    "es": "Hola {n}, sentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web, en Mi Club.",
    "de": "Hallo {n}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Mein Club kündigen.",
    "it": "Ciao {n}, ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito, in Il mio Club.",
    "en": "Hi {n}, sorry to see you go. You can cancel yourself in the app or on the website under My Club.",
}

GRUMBLE: dict[str, list[str]] = {
    "fr": [
        "L'app me déconnecte à chaque fois, pénible",
        "Toujours aucune place le samedi, c'est lassant",
        "Le parking près de l'atelier de Lille est une galère",
    ],
    "pt": [
        "A app desliga-me a sessão sempre, que chatice",
        "Nunca há vagas ao sábado, cansa",
        "O estacionamento ao pé do estúdio do Porto é um pesadelo",
    ],
    "es": ["La app me cierra la sesión cada vez", "Nunca hay plazas los sábados"],
    "de": ["Die App meldet mich jedes Mal ab", "Samstags nie ein Platz frei"],
    "it": ["L'app mi disconnette ogni volta", "Mai posti il sabato"],
    "en": ["The app logs me out every single time", "Never any Saturday places"],
}

SARCASM: dict[str, list[str]] = {
    "fr": ["Kit « express » livré en 9 jours, parfait pour la Saint-Valentin de l'an prochain 👏"],
    "pt": ['Kit "expresso" entregue em 9 dias, mesmo a tempo do Natal do ano que vem 👏'],
    "es": ['Kit "exprés" en 9 días, justo a tiempo para el año que viene 👏'],
    "de": ['"Express"-Set nach 9 Tagen da, pünktlich fürs nächste Jahr 👏'],
    "it": ['Kit "express" arrivato in 9 giorni, giusto in tempo per l\'anno prossimo 👏'],
    "en": ['"Express" kit arrived in 9 days, just in time for next year 👏'],
}

MILD: dict[str, list[str]] = {
    "fr": ["La carte des ateliers affiche la mauvaise ville chez moi"],
    "pt": ["O mapa dos estúdios mostra a cidade errada"],
    "es": ["El mapa de talleres me muestra la ciudad equivocada"],
    "de": ["Die Kurskarte zeigt mir die falsche Stadt"],
    "it": ["La mappa dei laboratori mi mostra la città sbagliata"],
    "en": ["The workshop map shows me the wrong city"],
}

MILD_A = {
    "fr": "Merci du signalement, nous transmettons à l'équipe technique.",
    "pt": "Obrigada pelo aviso, passámos à equipa técnica.",
    "es": "Gracias por avisar, lo pasamos al equipo técnico.",
    "de": "Danke für den Hinweis, wir geben es an die Technik weiter.",
    "it": "Grazie della segnalazione, la passiamo al team tecnico.",
    "en": "Thanks for letting us know, we've passed it to the tech team.",
}

PRODUCTS = [
    ("Starter candle kit / Kit bougies découverte", 39),
    ("Evening workshop, 2h / Atelier du soir 2h", 45),
    ("Soy wax refill 2 kg / Recharge cire de soja 2 kg", 24),
    ("Gift voucher workshop / Bon cadeau atelier", 50),
]
PAGES = ["/ateliers", "/kits", "/club", "/bons-cadeaux", "/faq"]

# ---- the spike (topic_spike) ----
SPIKE: dict[str, list[str]] = {
    "fr": [
        "Impossible d'entrer à l'atelier, le billet dans l'app affiche « annulé » et la tablette de l'accueil le refuse, erreur TKT+0613",
        "Ce matin la tablette refuse nos billets Lumetta, code TKT+0613, on attend devant la porte",
    ],
    "pt": [
        "Não conseguimos entrar no workshop, o bilhete na app diz cancelado e o tablet da entrada recusa, erro TKT+0613",
        "O tablet à porta da Lumetta recusa os bilhetes, dá TKT+0613, estamos cá fora à espera",
    ],
    "es": [
        "El tablet de la entrada rechaza la entrada de la app, error TKT+0613, no nos dejan pasar"
    ],
    "de": ["Das Tablet am Eingang lehnt unser Ticket ab, Fehler TKT+0613, wir stehen draußen"],
    "it": ["Il tablet all'ingresso rifiuta il biglietto dell'app, errore TKT+0613, siamo fuori"],
    "en": [
        "The check-in tablet rejects the ticket in the app, error TKT+0613, we're stuck outside"
    ],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "fr": [
        "Toujours TKT+0613, même avec le téléphone de mon mari",
        "Encore TKT+0613 au deuxième essai, l'atelier commence sans nous",
    ],
    "pt": [
        "Continua TKT+0613, mesmo no telemóvel do meu marido",
        "Outra vez TKT+0613, o workshop começa sem nós",
    ],
    "es": ["Sigue TKT+0613 también en el móvil de mi pareja"],
    "de": ["Immer noch TKT+0613, auch mit dem Handy meines Mannes"],
    "it": ["Ancora TKT+0613 anche col telefono di mio marito"],
    "en": ["Still TKT+0613, on my husband's phone too"],
}
SPIKE_CHAT_A = {
    "fr": "Oui, les billets sont refusés dans tous nos ateliers en ce moment, nos équipes sont dessus.",
    "pt": "Sim, os bilhetes estão a ser recusados em todos os estúdios neste momento, a equipa já está a tratar.",
    "es": "Sí, ahora mismo se rechazan las entradas en todos los talleres, el equipo ya está en ello.",
    "de": "Ja, gerade werden in allen Studios die Tickets abgelehnt, unser Team ist dran.",
    "it": "Sì, in questo momento i biglietti vengono rifiutati in tutti i laboratori, il team ci sta lavorando.",
    "en": "Yes, tickets are being rejected at every studio right now, our team is on it.",
}
SPIKE_FIXED = {
    "fr": "Bonjour {n}, les billets fonctionnent à nouveau depuis {t}. Votre atelier est offert : 20 € de crédit ajoutés.",
    "pt": "Olá {n}, os bilhetes voltaram a funcionar desde as {t}. O workshop fica por nossa conta: 20 € de crédito.",
    "es": "Hola {n}, las entradas vuelven a funcionar desde las {t}. El taller corre de nuestra cuenta: 20 € de crédito.",
    "de": "Hallo {n}, die Tickets funktionieren seit {t} Uhr wieder. Der Kurs geht auf uns: 20 € Guthaben.",
    "it": "Ciao {n}, i biglietti funzionano di nuovo dalle {t}. Il laboratorio è offerto: 20 € di credito.",
    "en": "Hi {n}, tickets work again since {t}. Today's workshop is on us: £17 credit added.",
}
LONE_Q = {
    "fr": "Bonjour, hier soir mon billet d'atelier s'affichait tout gris dans l'app, puis normal après redémarrage. Ça passera demain à l'accueil ?",
    "pt": "Olá, ontem à noite o bilhete do workshop aparecia cinzento na app, depois de reiniciar ficou normal. Amanhã vai funcionar na entrada?",
}
LONE_A = {
    "fr": "Bonjour, oui : le gris vient du mode économie d'énergie, le billet sera lu sans souci.",
    "pt": "Olá, sim: o cinzento é do modo de poupança de energia, o bilhete será lido sem problema.",
}

# ---- the business arm (Lumetta Équipe: team workshops for companies on account) ----
B2B_PROBLEMS = ("invoice", "no_host", "portal", "overbilled")
B2B: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "Vos factures pour les ateliers d'équipe arrivent sans notre numéro de bon de commande, la compta les rejette toutes.",
        "no_host": "L'animatrice prévue pour notre atelier d'équipe n'est jamais venue, 20 collègues attendaient dans la salle.",
        "portal": "Le portail entreprise n'affiche plus nos ateliers réservés, impossible de modifier le nombre de participants.",
        "overbilled": "On nous facture le tarif individuel par personne au lieu du forfait équipe du contrat.",
        "later": "Je rejoins le message de {n} de {d} (dossier {c}) : ",
        "last": "Dossier {c} : toujours rien, plusieurs collègues vous ont écrit. Les achats ont déjà demandé un devis à {x}.",
        "mild": "Suggestion : pourriez-vous indiquer le centre de coût sur chaque facture d'atelier ?",
        "q": "Bonjour, peut-on ajouter deux participants à l'atelier de jeudi ?",
    },
    "pt": {
        "invoice": "As vossas faturas dos workshops de equipa vêm sem o nosso número de nota de encomenda e a contabilidade rejeita-as.",
        "no_host": "A formadora marcada para o nosso workshop de equipa nunca apareceu, 20 colegas à espera na sala.",
        "portal": "O portal de empresas deixou de mostrar os workshops reservados, não conseguimos mudar o número de participantes.",
        "overbilled": "Estão a cobrar o preço individual por pessoa em vez do pacote de equipa do contrato.",
        "later": "Junto-me à mensagem da {n} de {d} (pedido {c}): ",
        "last": "Pedido {c}: continua tudo igual, vários colegas já escreveram. As compras já pediram orçamento à {x}.",
        "mild": "Sugestão: podiam indicar o centro de custo em cada fatura de workshop?",
        "q": "Olá, dá para juntar mais dois participantes ao workshop de quinta?",
    },
    "es": {
        "invoice": "Vuestras facturas de talleres de equipo llegan sin nuestro número de pedido y contabilidad las rechaza.",
        "no_host": "La monitora de nuestro taller de equipo no apareció, 20 compañeros esperando.",
        "portal": "El portal de empresas ya no muestra los talleres reservados, no podemos cambiar asistentes.",
        "overbilled": "Nos cobráis tarifa individual por persona en vez del paquete de equipo del contrato.",
        "later": "Me sumo al mensaje de {n} del {d} (incidencia {c}): ",
        "last": "Incidencia {c}: nada resuelto, varios compañeros os han escrito. Compras ya ha pedido presupuesto a {x}.",
        "mild": "Sugerencia: ¿podríais poner el centro de coste en cada factura?",
        "q": "Hola, ¿podemos añadir dos personas al taller del jueves?",
    },
    "de": {
        "invoice": "Ihre Rechnungen für Teamworkshops kommen ohne unsere Bestellnummer, die Buchhaltung lehnt sie ab.",
        "no_host": "Die Kursleiterin für unseren Teamworkshop ist nie gekommen, 20 Kollegen haben gewartet.",
        "portal": "Das Firmenportal zeigt unsere gebuchten Workshops nicht mehr, Teilnehmerzahl nicht änderbar.",
        "overbilled": "Sie berechnen Einzelpreise pro Person statt der Teampauschale aus dem Vertrag.",
        "later": "Ich schließe mich der Nachricht von {n} vom {d} an (Vorgang {c}): ",
        "last": "Vorgang {c}: nichts passiert, mehrere Kollegen haben geschrieben. Der Einkauf hat schon ein Angebot bei {x} angefragt.",
        "mild": "Vorschlag: könnten Sie die Kostenstelle auf jede Rechnung schreiben?",
        "q": "Hallo, können wir zum Workshop am Donnerstag zwei Personen nachmelden?",
    },
    "it": {
        "invoice": "Le vostre fatture dei laboratori di team arrivano senza il nostro numero d'ordine, l'amministrazione le rifiuta.",
        "no_host": "L'animatrice del nostro laboratorio di team non si è presentata, 20 colleghi in attesa.",
        "portal": "Il portale aziende non mostra più i laboratori prenotati, non possiamo cambiare i partecipanti.",
        "overbilled": "Ci fatturate il prezzo singolo a persona invece del pacchetto team del contratto.",
        "later": "Mi unisco al messaggio di {n} del {d} (segnalazione {c}): ",
        "last": "Segnalazione {c}: niente di risolto, diversi colleghi vi hanno scritto. Gli acquisti hanno già chiesto un preventivo a {x}.",
        "mild": "Suggerimento: potreste indicare il centro di costo su ogni fattura?",
        "q": "Ciao, possiamo aggiungere due persone al laboratorio di giovedì?",
    },
    "en": {
        "invoice": "Your team-workshop invoices arrive without our PO number and accounts payable reject every one.",
        "no_host": "The host booked for our team workshop never turned up, 20 colleagues waiting in the room.",
        "portal": "The company portal no longer shows our booked workshops, we can't change headcount.",
        "overbilled": "You're billing the per-person retail price instead of our contract team rate.",
        "later": "Following up {n}'s message of {d} (case {c}): ",
        "last": "Case {c}: nothing fixed, several colleagues have written. Procurement has already asked {x} for a quote.",
        "mild": "Suggestion: could you put the cost centre on each workshop invoice?",
        "q": "Hi, can we add two people to Thursday's workshop?",
    },
}
B2B_CALL_LAST = {
    "fr": "oui bonjour c'est au sujet du dossier {c} toujours rien de réglé mon directeur dit qu'on change de prestataire si ce n'est pas fait cette semaine",
    "pt": "bom dia é sobre o pedido {c} continua tudo na mesma o meu diretor diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "es": "hola llamo por la incidencia {c} sigue todo igual mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "de": "ja hallo wegen Vorgang {c} es ist immer noch nichts passiert mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "it": "buongiorno chiamo per la segnalazione {c} ancora niente il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "en": "hi it's about case {c} still nothing sorted my boss says we move supplier if it isn't fixed this week",
}
