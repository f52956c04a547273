"""Wording of heldout178 (Kaminaro: chimney sweeping and stove servicing), per language."""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("de", "pt", "en", "fr", "it", "es")
W = dict[str, list[str]]

PRAISE: W = {
    "de": [
        "Der Schornsteinfeger von Kaminaro war pünktlich und hat alles sauber hinterlassen. Top!",
        "Schon wieder so ein netter Techniker, dritte Wartung und immer tadellos. Danke Kaminaro",
        "Ofen zieht wieder wie am ersten Tag, super Arbeit",
    ],
    "pt": [
        "O técnico da Kaminaro foi impecável, nem uma mancha de fuligem na sala!",
        "Terceira vez que marco pela app e mais uma vez tudo perfeito, obrigada",
        "A lareira nunca puxou tão bem, valeu pessoal",
    ],
    "en": ["Kaminaro's sweep was on time and left the living room spotless. Cheers!"],
    "fr": ["Ramoneur Kaminaro ponctuel et très soigneux, rien à redire"],
    "it": ["Spazzacamino Kaminaro puntualissimo, stufa come nuova, grazie mille"],
    "es": ["El deshollinador de Kaminaro llegó puntual y lo dejó todo limpio, genial"],
}
GRIPE: W = {
    "de": [
        "Sehr gute Arbeit, nur das Zeitfenster von 4 Stunden ist echt lang.",
        "Alles prima, nur die Rechnung kam erst nach zwei Wochen.",
    ],
    "pt": [
        "Serviço ótimo, só a janela de horário de 4 horas é que é longa demais.",
        "Tudo certo, só o recibo demorou uma semana a chegar.",
    ],
    "en": ["Great job, only the 4-hour arrival window is a bit much."],
    "fr": ["Très bon travail, seul le créneau de 4 heures est un peu long."],
    "it": ["Ottimo lavoro, solo la fascia oraria di 4 ore è lunghetta."],
    "es": ["Muy buen trabajo, solo que la franja de 4 horas es larguísima."],
}
QUESTION: W = {
    "de": [
        "Kann ich den Termin für die Kaminkehrung noch auf Samstag verschieben?",
        "Muss ich den Ofen am Vortag ausgehen lassen?",
    ],
    "pt": [
        "Posso mudar a limpeza da chaminé para sábado?",
        "Tenho de deixar a salamandra apagada na véspera?",
    ],
    "en": ["Can I move my sweep to Saturday morning?"],
    "fr": ["Est-ce que je peux décaler le ramonage à samedi ?"],
    "it": ["Posso spostare la pulizia della canna fumaria a sabato?"],
    "es": ["¿Puedo pasar la limpieza de la chimenea al sábado?"],
}
ANSWER: W = {
    "de": ["Gerne, das ist erledigt. Viele Grüße, Ihr Kaminaro-Team"],
    "pt": ["Claro, já está tratado. Cumprimentos, equipa Kaminaro"],
    "en": ["Sure, that's done. Best wishes, the Kaminaro team"],
    "fr": ["Bien sûr, c'est fait. Cordialement, l'équipe Kaminaro"],
    "it": ["Certo, fatto. Cordiali saluti, il team Kaminaro"],
    "es": ["Claro, ya está hecho. Un saludo, el equipo de Kaminaro"],
}
THANKS: W = {
    "de": ["Danke, passt!", "merci euch, top"],
    "pt": ["Obrigado, perfeito!", "valeu, fixe"],
    "en": ["cheers, legends"],
    "fr": ["Merci, nickel !"],
    "it": ["Grazie, perfetto!"],
    "es": ["Gracias, genial!"],
}
NIGHT: W = {
    "de": [
        "Nachtschicht vorbei, Ofen an, Tee in der Hand. Danke Kaminaro fürs Kehren letzte Woche",
        "kann nicht schlafen, schaue Videos übers Ofenanzünden von oben",
    ],
    "pt": [
        "3 da manhã e a lareira ainda a crepitar, limpeza da Kaminaro valeu a pena",
        "turno da noite acabado, app da Kaminaro para marcar a limpeza de sábado",
    ],
    "en": ["3am, stove still glowing, best sweep we ever booked"],
    "fr": ["Insomnie, poêle qui ronronne, merci Kaminaro"],
    "it": ["Notte fonda, stufa accesa, grazie Kaminaro"],
    "es": ["Las 3 de la mañana y la estufa tirando perfecta, gracias Kaminaro"],
}
NIGHTQ: W = {
    "de": ["Kurze Frage so spät: wann startet der Winterrabatt für Plus?"],
    "pt": ["Pergunta tardia: quando começa o desconto de inverno do Plus?"],
    "en": ["Late one: when does the Plus winter discount start?"],
    "fr": ["Question tardive : quand commence la remise d'hiver Plus ?"],
    "it": ["Domanda notturna: quando parte lo sconto invernale Plus?"],
    "es": ["Pregunta tardía: ¿cuándo empieza el descuento de invierno de Plus?"],
}
PROBLEMS = ("no_show", "double_charge", "soot_mess", "plus_rate", "certificate", "cancel_fee")
COMPLAINT: dict[str, W] = {
    "no_show": {
        "de": [
            "Der Techniker ist NICHT gekommen, ich habe den ganzen Tag frei genommen. In der App steht 'erledigt'!",
            "niemand da, Termin als erledigt markiert, unmöglich",
        ],
        "pt": [
            "O técnico NÃO apareceu, tirei o dia de folga e a app diz 'concluído'!",
            "ninguém veio e está marcado como feito, inacreditável",
        ],
        "en": ["Nobody turned up, I took the day off and the app says COMPLETED"],
        "fr": ["Personne n'est venu, j'ai posé ma journée et l'appli indique 'terminé' !"],
        "it": ["Il tecnico NON è venuto, giornata di ferie buttata e l'app dice 'completato'"],
        "es": ["El técnico NO vino, pedí el día libre y la app pone 'completado'"],
    },
    "double_charge": {
        "de": [
            "Mir wurde die Kehrung ZWEIMAL abgebucht, 89 € doppelt!",
            "doppelte Abbuchung für einen Termin, bitte sofort zurück",
        ],
        "pt": [
            "Cobraram-me a limpeza DUAS vezes, 89 € a dobrar!",
            "cobrança duplicada para uma só visita, quero o reembolso",
        ],
        "en": ["You charged me TWICE for one sweep"],
        "fr": ["Ramonage prélevé DEUX fois !"],
        "it": ["Mi avete addebitato la pulizia DUE volte"],
        "es": ["Me habéis cobrado la limpieza DOS veces"],
    },
    "soot_mess": {
        "de": [
            "Ruß auf dem ganzen hellen Teppich, der Techniker hat keine Abdeckung benutzt",
            "Wohnzimmer voller Ruß nach der Kehrung, so nicht",
        ],
        "pt": [
            "Fuligem no tapete todo, o técnico não pôs proteção nenhuma",
            "a sala ficou cheia de fuligem depois da limpeza",
        ],
        "en": ["Soot all over my cream carpet, no dust sheets used"],
        "fr": ["De la suie partout sur le tapis, aucune bâche posée"],
        "it": ["Fuliggine su tutto il tappeto, nessun telo di protezione"],
        "es": ["Hollín por toda la alfombra, no pusieron ninguna protección"],
    },
    "plus_rate": {
        "de": [
            "Ich bin Plus-Mitglied und zahle trotzdem den vollen Preis",
            "Plus bezahlt, Normalpreis berechnet, warum?",
        ],
        "pt": [
            "Sou sócia Plus e cobraram-me o preço normal",
            "pago o Plus e a visita saiu a preço de não sócio",
        ],
        "en": ["I'm a Plus member and got charged the full rate"],
        "fr": ["Je suis membre Plus et on m'a facturé le plein tarif"],
        "it": ["Sono socio Plus e ho pagato la tariffa piena"],
        "es": ["Soy socia Plus y me cobraron la tarifa normal"],
    },
    "certificate": {
        "de": [
            "Die Kehrbescheinigung fehlt immer noch, der Bezirksschornsteinfeger will sie bis Freitag",
            "keine Bescheinigung bekommen, brauche sie für die Versicherung",
        ],
        "pt": [
            "Ainda não recebi o certificado de limpeza e o seguro exige-o",
            "sem certificado nenhum, preciso dele para o senhorio",
        ],
        "en": ["Still no sweep certificate and my insurer wants it by Friday"],
        "fr": ["Toujours pas de certificat de ramonage, l'assurance le réclame"],
        "it": ["Ancora nessun certificato di pulizia, l'assicurazione lo chiede"],
        "es": ["Sigo sin el certificado de limpieza y el seguro lo pide"],
    },
    "cancel_fee": {
        "de": ["Stornogebühr von 35 €, obwohl ich fünf Tage vorher abgesagt habe"],
        "pt": [
            "Taxa de cancelamento de 35 € e cancelei com cinco dias de antecedência",
            "cobraram cancelamento tardio, cancelei na semana anterior",
        ],
        "en": ["A £30 late-cancellation fee though I cancelled five days ahead"],
        "fr": ["35 € de frais d'annulation alors que j'ai annulé cinq jours avant"],
        "it": ["35 € di penale anche se ho disdetto cinque giorni prima"],
        "es": ["35 € de penalización y cancelé cinco días antes"],
    },
}
LETTER: W = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen zwischen zwei Schichten im Pflegeheim, weil ich sonst keine Zeit finde. Wir renovieren gerade das Haus meiner Eltern. PROBLEM\n\nIch bin seit Jahren Kundin und möchte eine Lösung bis Ende der Woche.\n\nMit freundlichen Grüßen\nNAME"
    ],
    "pt": [
        "Bom dia,\n\nescrevo do carro, à porta da natação dos miúdos, porque é o único momento livre. Estamos a arranjar a casa da avó para o inverno. PROBLEM\n\nSou cliente há anos e espero uma resposta esta semana.\n\nCumprimentos,\nNAME"
    ],
    "en": [
        "Hello,\n\nwriting from the school car park because it's the only quiet minute I get. PROBLEM\n\nI've been with you for years and expect this sorted this week.\n\nRegards,\nNAME"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du dentiste. PROBLEM\n\nMerci de régler cela rapidement.\n\nCordialement,\nNAME"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del veterinario. PROBLEM\n\nAttendo una soluzione in settimana.\n\nCordiali saluti,\nNAME"
    ],
    "es": [
        "Buenas,\n\nos escribo desde el coche a la salida del cole. PROBLEM\n\nEspero una solución esta semana.\n\nUn saludo,\nNAME"
    ],
}
CASE_OPENED: W = {
    "de": ["Es tut uns leid. Wir haben den Vorgang CASE eröffnet und melden uns."],
    "pt": ["Lamentamos. Abrimos o pedido CASE e voltamos a contactar."],
    "en": ["Sorry about this. We've opened case CASE and will be in touch."],
    "fr": ["Désolés. Nous avons ouvert le dossier CASE."],
    "it": ["Ci dispiace. Abbiamo aperto la pratica CASE."],
    "es": ["Lo sentimos. Hemos abierto la incidencia CASE."],
}
GOOD_NEWS: W = {
    "de": ["Gute Nachrichten zu CASE: erledigt. Können Sie das bestätigen?"],
    "pt": ["Boas notícias sobre CASE: resolvido. Pode confirmar?"],
    "en": ["Good news on CASE: it's sorted. Could you confirm?"],
    "fr": ["Bonne nouvelle pour CASE : c'est réglé. Pouvez-vous confirmer ?"],
    "it": ["Buone notizie su CASE: risolto. Può confermare?"],
    "es": ["Buenas noticias sobre CASE: resuelto. ¿Nos lo confirma?"],
}
CONFIRM: W = {
    "de": ["Bestätigt, CASE ist erledigt, danke!", "passt, CASE geklärt, merci"],
    "pt": ["Confirmo, CASE resolvido, obrigada!", "tudo certo com o CASE, valeu"],
    "en": ["Confirmed, CASE is sorted, thanks!"],
    "fr": ["Confirmé, CASE réglé, merci !"],
    "it": ["Confermo, CASE risolto, grazie!"],
    "es": ["Confirmado, CASE resuelto, gracias!"],
}
APOLOGY: W = {
    "de": [
        "Sorry für meinen Ton gestern, war ein langer Tag.",
        "Entschuldigung für gestern, ich war einfach sauer.",
    ],
    "pt": [
        "Desculpem o tom de ontem, foi um dia péssimo.",
        "peço desculpa por ontem, estava muito irritada",
    ],
    "en": ["Sorry for my tone yesterday, long day."],
    "fr": ["Désolée pour mon ton d'hier."],
    "it": ["Scusate i toni di ieri."],
    "es": ["Perdón por el tono de ayer."],
}
STILL_OPEN: W = {
    "de": [
        "Vorgang CASE ist IMMER NOCH offen. PROBLEM",
        "Ich melde mich wieder wegen CASE, nichts ist passiert. PROBLEM",
    ],
    "pt": [
        "O pedido CASE continua em aberto. PROBLEM",
        "Volto a escrever sobre o CASE, nada foi feito. PROBLEM",
    ],
    "en": ["Case CASE is STILL open. PROBLEM"],
    "fr": ["Le dossier CASE est TOUJOURS ouvert. PROBLEM"],
    "it": ["La pratica CASE è ANCORA aperta. PROBLEM"],
    "es": ["La incidencia CASE sigue abierta. PROBLEM"],
}
THIRD: W = {
    "de": ["Meine Nachbarin nutzt COMP, die regeln so etwas am selben Tag."],
    "pt": ["Uma colega usa a COMP e resolvem isto no mesmo dia."],
    "en": ["A friend uses COMP and they sort this the same day."],
    "fr": ["Une amie passe par COMP, ils règlent ça le jour même."],
    "it": ["Una collega usa COMP e risolvono in giornata."],
    "es": ["Una compañera usa COMP y lo arreglan en el día."],
}
FOURTH: W = {
    "de": ["Das ist jetzt das VIERTE Mal."],
    "pt": ["É a QUARTA vez que escrevo."],
    "en": ["This is the FOURTH time."],
    "fr": ["C'est la QUATRIÈME fois."],
    "it": ["È la QUARTA volta."],
    "es": ["Es la CUARTA vez."],
}
SLIDE: W = {
    "de": [
        "Techniker drei Stunden zu spät, ohne Anruf.",
        "Wieder Ruß auf dem Boden, diesmal nur ein bisschen.",
        "Bescheinigung kam erst nach zwei Wochen.",
        "Preis ohne Ankündigung erhöht, nicht schön.",
        "Jetzt reicht's: 35 € 'Reinigungspauschale' für NICHTS.",
        "Mein Schwager nutzt COMP, ich habe dort für Samstag gebucht.",
    ],
    "pt": [
        "Técnico três horas atrasado sem avisar.",
        "Outra vez fuligem no chão, menos mas havia.",
        "O certificado só chegou passadas duas semanas.",
        "Subiram o preço sem aviso, não gostei.",
        "CHEGA: 35 € de 'taxa de limpeza' por NADA.",
        "O meu cunhado usa a COMP, já marquei lá para sábado.",
    ],
    "en": [
        "Sweep three hours late, no call.",
        "Soot on the floor again, less but still.",
        "Certificate took two weeks.",
        "Price went up without notice.",
        "ENOUGH: a £30 'cleaning fee' for NOTHING.",
        "My brother-in-law uses COMP, booked them for Saturday.",
    ],
    "fr": [
        "Ramoneur trois heures en retard sans appel.",
        "Encore de la suie au sol.",
        "Certificat reçu au bout de deux semaines.",
        "Prix augmenté sans prévenir.",
        "ÇA SUFFIT : 35 € de 'frais de nettoyage' pour RIEN.",
        "Mon beau-frère passe par COMP, j'ai réservé chez eux samedi.",
    ],
    "it": [
        "Tecnico tre ore in ritardo senza chiamare.",
        "Di nuovo fuliggine sul pavimento.",
        "Il certificato è arrivato dopo due settimane.",
        "Prezzo aumentato senza preavviso.",
        "BASTA: 35 € di 'pulizia' per NIENTE.",
        "Mio cognato usa COMP, ho prenotato da loro sabato.",
    ],
    "es": [
        "Técnico tres horas tarde sin avisar.",
        "Otra vez hollín en el suelo.",
        "El certificado tardó dos semanas.",
        "Subida de precio sin avisar.",
        "YA BASTA: 35 € de 'limpieza' por NADA.",
        "Mi cuñado usa COMP, he reservado con ellos el sábado.",
    ],
}
CANCEL: W = {
    "de": [
        "Wir haben eine Wärmepumpe einbauen lassen, der Ofen fliegt raus. Bitte Kaminaro Plus kündigen und das Konto schließen.",
        "Wir ziehen in eine Wohnung ohne Kamin, bitte Plus kündigen und Konto löschen.",
    ],
    "pt": [
        "Instalámos bomba de calor e a lareira vai sair. Quero cancelar o Kaminaro Plus e fechar a conta.",
        "Vamos mudar para um apartamento sem lareira, cancelem o Plus e fechem a conta por favor.",
    ],
    "en": [
        "We've put in a heat pump, the stove is going. Please cancel Kaminaro Plus and close my account."
    ],
    "fr": ["Nous déménageons sans cheminée, merci de résilier Plus et de fermer le compte."],
    "it": ["Ci trasferiamo in un appartamento senza camino, disdite Plus e chiudete l'account."],
    "es": ["Nos mudamos a un piso sin chimenea, cancelad Plus y cerrad la cuenta."],
}
SORRY_GO: W = {
    "de": ["Schade, dass Sie gehen. Sie können Plus in der App oder auf der Website kündigen."],
    "pt": ["Temos pena que saia. Pode cancelar o Plus na app ou no site."],
    "en": ["Sorry to see you go. You can cancel Plus in the app or on the website."],
    "fr": ["Dommage de vous voir partir. Résiliation possible dans l'appli ou sur le site."],
    "it": ["Ci dispiace. Può disdire Plus nell'app o sul sito."],
    "es": ["Sentimos que te vayas. Puedes cancelar Plus en la app o la web."],
}
GRUMBLE: W = {
    "de": ["Die App meldet mich ständig ab.", "Schon wieder SMS um 6 Uhr früh zur Erinnerung."],
    "pt": ["A app faz logout a toda a hora.", "SMS de lembrete às 6 da manhã outra vez."],
    "en": ["The app logs me out every single time."],
    "fr": ["L'appli me déconnecte tout le temps."],
    "it": ["L'app mi disconnette ogni volta."],
    "es": ["La app me cierra la sesión cada vez."],
}
SARCASM: W = {
    "de": [
        "Toll, Techniker um 19:40 statt morgens. Kehren bei Kerzenlicht 👏",
        "Super, die Rechnung kam vor dem Termin 😂",
    ],
    "pt": [
        "Fantástico, técnico às 19:40 em vez de manhã. Limpeza à luz das velas 👏",
        "Adorei receber a fatura antes da visita 😂",
    ],
    "en": ["Love a 7:40pm 'morning' slot. Sweeping by candlelight 👏"],
    "fr": ["Génial, ramoneur à 19h40 au lieu du matin 👏"],
    "it": ["Bellissimo, tecnico alle 19:40 invece che al mattino 👏"],
    "es": ["Genial, técnico a las 19:40 en vez de por la mañana 👏"],
}
QUIET_GRUMBLE: W = {
    "de": ["Die Terminsuche zeigt die falsche Stadt an."],
    "pt": ["A pesquisa de horários mostra a cidade errada."],
    "en": ["The slot search shows the wrong town."],
    "fr": ["La recherche de créneaux affiche la mauvaise ville."],
    "it": ["La ricerca degli orari mostra la città sbagliata."],
    "es": ["El buscador de citas muestra la ciudad equivocada."],
}
SURVEY_WORD: W = {
    "de": ["super", "alles gut", ""],
    "pt": ["ótimo", "5 estrelas", ""],
    "en": ["spot on"],
    "fr": ["parfait"],
    "it": ["ottimo"],
    "es": ["genial"],
}
LOW_WORD: W = {
    "de": ["enttäuscht", ""],
    "pt": ["desiludida", ""],
    "en": ["poor"],
    "fr": ["déçue"],
    "it": ["deluso"],
    "es": ["decepcionada"],
}
CALL_Q: W = {
    "de": ["ja hallo ich wollte fragen ob der Techniker auch den Pelletofen macht"],
    "pt": ["sim bom dia queria saber se o técnico também faz a salamandra a pellets"],
    "en": ["hi yeah just wondering if the sweep does pellet stoves too"],
    "fr": ["oui bonjour je voulais savoir si vous faites aussi les poêles à granulés"],
    "it": ["sì buongiorno volevo sapere se fate anche le stufe a pellet"],
    "es": ["sí hola quería saber si también hacéis estufas de pellets"],
}
CALL_BAD: W = {
    "de": ["ja also ich rufe an wegen CASE das ist immer noch nicht erledigt PROBLEM"],
    "pt": ["sim olhe estou a ligar por causa do CASE continua tudo na mesma PROBLEM"],
    "en": ["yeah calling about CASE it's still not sorted PROBLEM"],
    "fr": ["oui j'appelle pour CASE c'est toujours pas réglé PROBLEM"],
    "it": ["sì chiamo per CASE non è ancora risolto PROBLEM"],
    "es": ["sí llamo por CASE sigue sin arreglarse PROBLEM"],
}
B2B_PROBLEMS = ("invoice", "portal", "overbilled", "blocked")
B2B: dict[str, W] = {
    "invoice": {
        "de": [
            "Ihre Rechnungen tragen keine Bestellnummer und den alten Firmennamen, unsere Buchhaltung lehnt sie ab.",
            "Schon wieder Rechnungen ohne PO-Nummer.",
        ],
        "pt": [
            "As faturas vêm sem número de encomenda e com o nome antigo da empresa.",
            "Outra vez faturas sem PO.",
        ],
        "en": ["Your invoices carry no PO number and our old company name."],
        "fr": ["Vos factures n'ont pas de numéro de commande."],
        "it": ["Le fatture non hanno il numero d'ordine."],
        "es": ["Las facturas no llevan número de pedido."],
    },
    "portal": {
        "de": [
            "Das Portal zeigt keine offenen Aufträge für unsere 40 Wohnungen, wir können nichts planen."
        ],
        "pt": ["O portal não mostra visitas em aberto para os nossos 40 apartamentos."],
        "en": ["The portal shows no open jobs for our 40 flats."],
        "fr": ["Le portail n'affiche aucune intervention ouverte."],
        "it": ["Il portale non mostra interventi aperti."],
        "es": ["El portal no muestra trabajos abiertos."],
    },
    "overbilled": {
        "de": [
            "Uns wird der Einzelpreis statt des vereinbarten Rahmenpreises berechnet, über 600 € zu viel."
        ],
        "pt": ["Cobram-nos o preço unitário em vez do preço do contrato, mais de 600 € a mais."],
        "en": ["We're billed the single rate, not our contract rate: over £500 too much."],
        "fr": ["On nous facture le tarif unitaire, pas le tarif contrat."],
        "it": ["Ci fatturate la tariffa singola invece di quella a contratto."],
        "es": ["Nos cobráis la tarifa suelta en vez de la del contrato."],
    },
    "blocked": {
        "de": [
            "Ihr Techniker hat die Arbeit verweigert, 'Konto gesperrt', obwohl alles bezahlt ist."
        ],
        "pt": ["O técnico recusou o serviço, 'conta bloqueada', e está tudo pago."],
        "en": ["Your sweep refused the job, 'account on stop', though we've paid."],
        "fr": ["Le technicien a refusé, 'compte bloqué', alors que tout est payé."],
        "it": ["Il tecnico ha rifiutato, 'conto bloccato', ma è tutto pagato."],
        "es": ["El técnico se negó, 'cuenta bloqueada', y está todo pagado."],
    },
}
B2B_AGAIN: W = {
    "de": ["Wie schon NAME2 am WEEKDAY zu CASE geschrieben hat:"],
    "pt": ["Como o NAME2 já escreveu na WEEKDAY sobre o CASE:"],
    "en": ["As NAME2 already wrote on WEEKDAY about CASE:"],
    "fr": ["Comme NAME2 l'a déjà écrit WEEKDAY pour CASE :"],
    "it": ["Come ha già scritto NAME2 WEEKDAY per CASE:"],
    "es": ["Como ya escribió NAME2 el WEEKDAY sobre CASE:"],
}
B2B_LAST: W = {
    "de": [
        "ja hier nochmal wegen CASE nichts ist behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln zu COMP wenn das diese Woche nicht klappt"
    ],
    "pt": [
        "sim outra vez por causa do CASE nada foi resolvido vários colegas já escreveram o meu chefe diz que mudamos para a COMP se não ficar resolvido esta semana"
    ],
    "en": [
        "yeah again about CASE nothing fixed several colleagues wrote my boss says we move to COMP if it isn't fixed this week"
    ],
    "fr": [
        "oui encore pour CASE rien n'est réglé plusieurs collègues ont écrit mon chef dit qu'on passe chez COMP"
    ],
    "it": [
        "sì di nuovo per CASE niente risolto vari colleghi hanno scritto il capo dice che passiamo a COMP"
    ],
    "es": [
        "sí otra vez por CASE nada arreglado varios compañeros han escrito mi jefe dice que nos vamos a COMP"
    ],
}
B2B_MILD: W = {
    "de": ["Vorschlag: Rechnungen nach Objekt gruppieren wäre hilfreich."],
    "pt": ["Sugestão: agrupar as faturas por prédio ajudava muito."],
    "en": ["Suggestion: grouping invoices by building would help."],
    "fr": ["Suggestion : regrouper les factures par immeuble."],
    "it": ["Suggerimento: raggruppare le fatture per edificio."],
    "es": ["Sugerencia: agrupar facturas por edificio."],
}
SPIKE: W = {
    "de": [
        "Die App lässt mich die Sicherheits-Checkliste vor dem Termin nicht absenden, Fehler CHK-736, und jetzt ist der Termin storniert!",
        "kann die checkliste nicht abschicken, termin einfach weg?!",
        "CHK-736 beim Absenden der Checkliste, Techniker kommt jetzt nicht",
    ],
    "pt": [
        "A app não deixa enviar a lista de verificação antes da visita, erro CHK-736, e a visita foi cancelada!",
        "não consigo submeter a checklist e cancelaram-me a limpeza",
        "erro CHK-736 na checklist, visita anulada sozinha",
    ],
    "en": [
        "Can't submit the pre-visit safety checklist, error CHK-736, and now my sweep is cancelled"
    ],
    "fr": ["Impossible d'envoyer la check-list de sécurité, et le ramonage est annulé !"],
    "it": ["Non riesco a inviare la checklist di sicurezza, errore CHK-736, visita annullata"],
    "es": ["No me deja enviar la lista de seguridad y me han cancelado la cita"],
}
SPIKE_AGAIN: W = {
    "de": ["Immer noch CHK-736, auch am Handy meines Mannes. Termin weiterhin storniert."],
    "pt": ["Continua o CHK-736, até no telemóvel do meu marido. Visita continua cancelada."],
    "en": ["Still CHK-736 on my partner's phone too, still cancelled."],
    "fr": ["Toujours la même erreur sur le téléphone de mon mari."],
    "it": ["Ancora CHK-736 anche sul telefono di mia moglie."],
    "es": ["Sigue igual en el móvil de mi marido, cita cancelada."],
}
SPIKE_ANSWER: W = {
    "de": ["Ja, die Checkliste schlägt gerade bei allen fehl, unsere Technik ist dran."],
    "pt": ["Sim, a checklist está a falhar para todos neste momento, estamos a tratar."],
    "en": ["Yes, the checklist is failing for everyone right now, we're on it."],
    "fr": ["Oui, la check-list échoue pour tout le monde, nous y travaillons."],
    "it": ["Sì, la checklist non funziona per nessuno, ci stiamo lavorando."],
    "es": ["Sí, la lista falla para todos ahora mismo, lo estamos arreglando."],
}
FIRST = {
    "de": ["Anna", "Jonas", "Lena", "Markus", "Sabine", "Tobias", "Heike", "Felix", "Ute", "Dirk"],
    "pt": ["Ana", "João", "Rita", "Tiago", "Inês", "Rui", "Marta", "Nuno", "Sofia", "Pedro"],
    "en": ["Emma", "Tom", "Chloe", "Liam"],
    "fr": ["Claire", "Hugo", "Léa", "Marc"],
    "it": ["Giulia", "Luca", "Chiara", "Marco"],
    "es": ["Lucía", "Javier", "Marta", "Pablo"],
}
LAST = {
    "de": ["Becker", "Wolf", "Krüger", "Hahn", "Vogt", "Lorenz", "Seidel", "Kuhn"],
    "pt": ["Silva", "Costa", "Ferreira", "Pereira", "Rocha", "Mendes", "Lopes", "Sousa"],
    "en": ["Walsh", "Hughes", "Price", "Doyle"],
    "fr": ["Girard", "Moreau", "Faure", "Roux"],
    "it": ["Rinaldi", "Conti", "Gallo", "Ferri"],
    "es": ["Navarro", "Ortega", "Molina", "Rubio"],
}
MARKET = {
    "de": ["DE", "AT", "CH"],
    "pt": ["PT", "BR"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "es": ["ES"],
}
PHONE = {
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 79",
    "PT": "+351 91",
    "BR": "+55 11 9",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
    "ES": "+34 6",
}
WEEKDAY = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
}
