# ruff: noqa: E501
"""Wording of heldout275 (Pulibin: wheelie-bin washing), written for this set."""

from __future__ import annotations

LANGS = ("it", "en", "de", "es", "fr", "pt")

PRAISE: dict[str, list[str]] = {
    "it": [
        "Bidoni lavati stamattina, profumano di limone. Il vicino mi ha chiesto il numero di Pulibin",
        "Terza volta che passano e sempre puntuali, il bidone dell'umido finalmente non puzza più",
        "Ragazzi gentilissimi, hanno pure rimesso i bidoni al loro posto dietro il cancello",
        "Contenta del servizio, solo che l'SMS di arrivo arriva un po' tardi. Per il resto top",
    ],
    "en": [
        "Bins done this morning and the food caddy smells of nothing at all. Brilliant from Pulibin",
        "Third wash this summer and the lads are still on time, no more maggots in the brown bin",
        "Lovely crew, they even wheeled the bins back up the side passage for me",
        "Really pleased, only wish the arrival text came a bit earlier. Otherwise spot on",
    ],
    "de": [
        "Tonnen heute früh gewaschen, die Biotonne riecht endlich nach gar nichts mehr. Danke Pulibin",
        "Wieder pünktlich da, die Jungs stellen die Tonnen sogar zurück hinters Tor",
    ],
    "es": [
        "Cubos lavados esta mañana y ya no huele nada en el patio. Muy bien Pulibin",
        "Otra vez puntuales, y dejaron los cubos en su sitio sin pedirlo",
    ],
    "fr": [
        "Poubelles lavées ce matin, plus aucune odeur dans la cour. Merci Pulibin",
        "Encore une fois à l'heure, et ils ont remis les bacs derrière le portail",
    ],
    "pt": [
        "Contentores lavados esta manhã, acabou o cheiro no quintal. Obrigado Pulibin",
        "Mais uma vez pontuais, e ainda deixaram os caixotes no sítio certo",
    ],
}

QUESTION: dict[str, list[str]] = {
    "it": [
        "Ciao, se il camion dei rifiuti passa in ritardo il lavaggio si sposta da solo?",
        "Posso aggiungere il bidone della carta al piano Fresco da questo mese?",
        "Buongiorno, il lavaggio si fa anche se il bidone è dentro il cortile condominiale?",
    ],
    "en": [
        "Hi, if the council collection runs late does my wash move automatically?",
        "Can I add the recycling bin to my Fresco plan from this month?",
        "Do you still wash if the bin is behind a locked side gate? I can leave the code",
    ],
    "de": [
        "Hallo, wenn die Müllabfuhr später kommt, verschiebt sich dann die Wäsche automatisch?",
        "Kann ich die Papiertonne ab diesem Monat zum Fresco Plan dazunehmen?",
    ],
    "es": [
        "Hola, si el camión de la basura pasa tarde, ¿el lavado se mueve solo?",
        "¿Puedo añadir el contenedor de papel al plan Fresco este mes?",
    ],
    "fr": [
        "Bonjour, si le camion passe en retard, le lavage est décalé automatiquement ?",
        "Je peux ajouter le bac jaune à mon abonnement Fresco ce mois-ci ?",
    ],
    "pt": [
        "Olá, se o camião do lixo passar tarde a lavagem muda sozinha?",
        "Posso juntar o contentor do papel ao plano Fresco este mês?",
    ],
}

ANSWER: dict[str, list[str]] = {
    "it": [
        "Certo! Ho sistemato tutto, lo vede già nell'app. Buona giornata",
        "Sì, nessun problema: il lavaggio segue il giro di raccolta. A presto",
    ],
    "en": [
        "Yes, all sorted, you'll see it in the app now. Have a good day",
        "Yes, no problem: the wash follows the collection round. Cheers",
    ],
    "de": ["Ja, ist erledigt, Sie sehen es schon in der App. Schönen Tag noch"],
    "es": ["Sí, ya está hecho, lo verá en la app. Buen día"],
    "fr": ["Oui, c'est fait, vous le voyez déjà dans l'appli. Bonne journée"],
    "pt": ["Sim, já está tratado, já aparece na app. Bom dia"],
}

THANKS: dict[str, list[str]] = {
    "it": ["Grazie mille, gentilissimi", "Perfetto grazie!"],
    "en": ["Great, thanks a lot", "Cheers, that's perfect"],
    "de": ["Super, danke!"],
    "es": ["Genial, gracias"],
    "fr": ["Parfait, merci !"],
    "pt": ["Ótimo, obrigada"],
}

REVIEW: dict[str, list[str]] = {
    "it": [
        "Servizio comodo e serio, bidoni come nuovi ogni mese",
        "Prezzo giusto, puntuali, consigliato a tutta la via",
    ],
    "en": [
        "Handy and reliable, bins properly clean every month",
        "Fair price, always on time, half our street uses them now",
    ],
    "de": ["Zuverlässig und gründlich, jeden Monat saubere Tonnen"],
    "es": ["Cómodo y serio, los cubos limpios cada mes"],
    "fr": ["Pratique et sérieux, des bacs propres tous les mois"],
    "pt": ["Prático e sério, contentores limpos todos os meses"],
}

SURVEY_WORD: dict[str, list[str]] = {
    "it": ["ottimo", "tutto bene", ""],
    "en": ["great", "all good", ""],
    "de": ["prima", ""],
    "es": ["muy bien", ""],
    "fr": ["très bien", ""],
    "pt": ["muito bom", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "it": [
        "Turno di notte finito, e domani passano a lavare i bidoni. Piccole gioie",
        "Non dormo e sto prenotando il lavaggio per agosto, almeno una cosa fatta",
    ],
    "en": [
        "Night shift done and the bin wash is booked for the morning. Small wins",
        "Can't sleep so I've booked the bin wash for August. Something achieved",
    ],
    "de": ["Nachtschicht vorbei und morgen kommt die Tonnenwäsche. Kleine Freuden"],
    "es": ["Acabo el turno de noche y mañana lavan los cubos. Pequeñas alegrías"],
    "fr": ["Fin de service de nuit, et demain on lave les poubelles. Petits bonheurs"],
    "pt": ["Acabei o turno da noite e amanhã lavam os contentores. Pequenas alegrias"],
}

NIGHT_Q: dict[str, list[str]] = {
    "it": ["Scusate l'ora, devo lasciare i bidoni fuori già stanotte per il lavaggio di domani?"],
    "en": ["Sorry for the hour, do I need to leave the bins out tonight for tomorrow's wash?"],
    "de": ["Sorry für die Uhrzeit, muss ich die Tonnen schon heute Nacht rausstellen?"],
    "es": ["Perdón por la hora, ¿tengo que sacar los cubos esta noche para el lavado de mañana?"],
    "fr": ["Désolé pour l'heure, je dois sortir les bacs dès ce soir pour le lavage de demain ?"],
    "pt": ["Desculpem a hora, tenho de deixar os contentores na rua esta noite?"],
}

NIGHT_A: dict[str, list[str]] = {
    "it": ["Nessun problema: basta che siano fuori entro le 7. Buonanotte"],
    "en": ["No problem: out by 7am is fine. Good night"],
    "de": ["Kein Problem: bis 7 Uhr draußen reicht. Gute Nacht"],
    "es": ["Sin problema: basta con sacarlos antes de las 7. Buenas noches"],
    "fr": ["Pas de souci : dehors avant 7 h, ça suffit. Bonne nuit"],
    "pt": ["Sem problema: basta estarem na rua até às 7. Boa noite"],
}

PROBLEMS = ("missed", "double_charge", "dirty", "refund", "wrong_price", "lid_broken")

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "it": {
        "missed": [
            "Nell'app risulta LAVATO alle 8:12 ma i bidoni sono ancora sporchi davanti al cancello. Nessuno è passato",
            "Ho pagato il lavaggio di oggi e non è venuto nessuno, eppure l'app dice fatto. Ma scherziamo?",
        ],
        "double_charge": [
            "Mi avete addebitato il mese di Fresco DUE volte, 38 euro sparite così. Rivoglio i soldi",
            "Doppio addebito sulla carta per lo stesso lavaggio, e il mio conto era già al limite",
        ],
        "dirty": [
            "Bidoni lasciati bagnati e puzzolenti, e l'acqua sporca tutta sul vialetto. Vergognoso",
            "Il lavaggio di oggi è stato una presa in giro, il bidone dell'umido è pieno di residui",
        ],
        "refund": [
            "Sono TRE settimane che aspetto il rimborso del lavaggio annullato. Basta scuse",
            "Il rimborso promesso non è mai arrivato, nessuno risponde alle mail",
        ],
        "wrong_price": [
            "Sono iscritta a Fresco e mi avete fatto pagare il prezzo pieno del lavaggio singolo",
            "Prezzo sbagliato: da abbonato dovrei pagare meno, invece 19 euro come tutti",
        ],
        "lid_broken": [
            "Il vostro operatore ha rotto la cerniera del coperchio, ora il bidone non si chiude e arrivano i gabbiani",
            "Coperchio spaccato dopo il lavaggio, e il comune non me lo cambia gratis",
        ],
    },
    "en": {
        "missed": [
            "App says WASHED at 8:12 and the bins are still filthy at the kerb. Nobody came",
            "Paid for today's wash, no one turned up, yet the app says done. Are you joking?",
        ],
        "double_charge": [
            "You've taken my Fresco month TWICE, £33 gone just like that. I want it back",
            "Charged twice for the same wash and my account was already at its limit",
        ],
        "dirty": [
            "Bins left wet and stinking and the dirty water all down my drive. Disgraceful",
            "Today's wash was a joke, the food bin is still caked inside",
        ],
        "refund": [
            "THREE weeks waiting for the refund on a cancelled wash. Enough excuses",
            "The refund I was promised never came and nobody answers emails",
        ],
        "wrong_price": [
            "I'm on Fresco and you've charged me the full one-off price",
            "Wrong price again: members pay less, I was charged £16 like everyone",
        ],
        "lid_broken": [
            "Your operator snapped the lid hinge, now the bin won't shut and the foxes are in it",
            "Lid cracked after the wash and the council won't replace it for free",
        ],
    },
    "de": {
        "missed": [
            "In der App steht GEWASCHEN um 8:12, aber die Tonnen stehen dreckig an der Straße. Keiner war da"
        ],
        "double_charge": ["Sie haben den Fresco Monat ZWEIMAL abgebucht, 36 Euro einfach weg"],
        "dirty": [
            "Tonnen nass und stinkend zurückgelassen, das Schmutzwasser läuft über die Einfahrt"
        ],
        "refund": ["Seit DREI Wochen warte ich auf die Erstattung der stornierten Wäsche"],
        "wrong_price": ["Ich bin Fresco Kundin und zahle trotzdem den vollen Einzelpreis"],
        "lid_broken": [
            "Ihr Mitarbeiter hat das Deckelscharnier abgebrochen, die Tonne geht nicht mehr zu"
        ],
    },
    "es": {
        "missed": [
            "La app dice LAVADO a las 8:12 y los cubos siguen sucios en la acera. No vino nadie"
        ],
        "double_charge": ["Me habéis cobrado el mes de Fresco DOS veces, 36 euros volando"],
        "dirty": ["Cubos mojados y apestando, y el agua sucia por toda la entrada"],
        "refund": ["TRES semanas esperando el reembolso de un lavado cancelado"],
        "wrong_price": ["Soy socia Fresco y me cobráis el precio completo del lavado suelto"],
        "lid_broken": ["Vuestro operario rompió la bisagra de la tapa y el cubo ya no cierra"],
    },
    "fr": {
        "missed": [
            "L'appli indique LAVÉ à 8h12 et les bacs sont toujours sales sur le trottoir. Personne n'est venu"
        ],
        "double_charge": ["Vous avez prélevé le mois Fresco DEUX fois, 36 euros envolés"],
        "dirty": ["Bacs laissés mouillés et puants, l'eau sale partout dans l'allée"],
        "refund": ["TROIS semaines que j'attends le remboursement d'un lavage annulé"],
        "wrong_price": ["Je suis abonnée Fresco et vous me facturez le prix plein"],
        "lid_broken": ["Votre employé a cassé la charnière du couvercle, le bac ne ferme plus"],
    },
    "pt": {
        "missed": [
            "A app diz LAVADO às 8:12 e os contentores continuam sujos na rua. Não veio ninguém"
        ],
        "double_charge": ["Cobraram o mês Fresco DUAS vezes, 36 euros foram-se"],
        "dirty": ["Contentores deixados molhados e a cheirar mal, água suja pela entrada toda"],
        "refund": ["Há TRÊS semanas que espero o reembolso de uma lavagem cancelada"],
        "wrong_price": ["Sou cliente Fresco e cobraram-me o preço inteiro"],
        "lid_broken": ["O vosso funcionário partiu a dobradiça da tampa, o contentor já não fecha"],
    },
}

LETTER: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Buonasera,\n\nvi scrivo dalla sala d'attesa del pediatra, con due bambini che si contendono un tablet, quindi perdonate la forma. Sono vostra cliente da un anno e di solito non ho niente da dire, anzi vi ho consigliati a mezzo condominio.\n\n",
            "\n\nVi chiedo di sistemare la cosa in fretta, perché così non va.\n\nCordiali saluti",
        ),
        (
            "Gentile servizio clienti,\n\nsono appena rientrata da tre giorni da mia madre, che si sta riprendendo da un'operazione, e tra valigie e lavatrici trovo questa sorpresa.\n\n",
            "\n\nMi aspetto una risposta seria, non il solito messaggio automatico.\n\nSaluti",
        ),
    ],
    "en": [
        (
            "Hello,\n\nI'm writing this in the car outside my son's football training, so forgive the state of it. I've been with you over a year and normally I'd only have good things to say, I've even told the neighbours about you.\n\n",
            "\n\nPlease sort this out quickly because it isn't good enough.\n\nRegards",
        ),
        (
            "Dear customer services,\n\nI've just got back from three days looking after my dad after his knee operation, and between the washing and the post I find this waiting for me.\n\n",
            "\n\nI'd like a proper answer please, not another automatic reply.\n\nThanks",
        ),
    ],
}

CASE_OPENED: dict[str, list[str]] = {
    "it": [
        "Ci scusi per il disagio. Abbiamo aperto la segnalazione {ref} e la ricontattiamo entro 48 ore"
    ],
    "en": ["Sorry about this. We've opened case {ref} and will get back to you within 48 hours"],
    "de": [
        "Entschuldigung für den Ärger. Wir haben den Vorgang {ref} eröffnet und melden uns in 48 Stunden"
    ],
    "es": [
        "Disculpe las molestias. Hemos abierto la incidencia {ref} y le contestamos en 48 horas"
    ],
    "fr": ["Désolés pour ce souci. Nous avons ouvert le dossier {ref}, réponse sous 48 heures"],
    "pt": ["Pedimos desculpa. Abrimos o processo {ref} e respondemos em 48 horas"],
}

QUALITY_LEAD: dict[str, list[str]] = {
    "it": [
        "La segnalazione {ref} è passata alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo"
    ],
    "en": ["Case {ref} is now with our quality lead, who will ring you before Friday lunchtime"],
    "de": [
        "Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft"
    ],
    "es": [
        "La incidencia {ref} está con nuestra responsable de calidad, que le llamará antes del viernes a mediodía"
    ],
    "fr": [
        "Le dossier {ref} est chez notre responsable qualité, qui vous appelle avant vendredi midi"
    ],
    "pt": [
        "O processo {ref} está com a nossa responsável de qualidade, que lhe liga até sexta ao almoço"
    ],
}

GOOD_NEWS: dict[str, list[str]] = {
    "it": [
        "Buone notizie sulla segnalazione {ref}: abbiamo sistemato tutto. Può confermarci che è a posto?"
    ],
    "en": [
        "Good news on case {ref}: it's all been put right. Could you confirm it's fine your end?"
    ],
    "de": ["Gute Nachrichten zu Vorgang {ref}: alles ist behoben. Können Sie das bestätigen?"],
    "es": ["Buenas noticias sobre la incidencia {ref}: ya está resuelta. ¿Nos lo confirma?"],
    "fr": ["Bonne nouvelle pour le dossier {ref} : tout est réglé. Pouvez-vous confirmer ?"],
    "pt": ["Boas notícias sobre o processo {ref}: está resolvido. Pode confirmar?"],
}

CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, la segnalazione {ref} è risolta. Grazie",
        "Tutto a posto per {ref}, grazie della rapidità",
    ],
    "en": [
        "Confirmed, case {ref} is sorted. Thanks",
        "All fine on {ref} now, thanks for being quick",
    ],
    "de": ["Bestätigt, Vorgang {ref} ist erledigt. Danke"],
    "es": ["Confirmado, la incidencia {ref} está resuelta. Gracias"],
    "fr": ["Confirmé, le dossier {ref} est réglé. Merci"],
    "pt": ["Confirmo, o processo {ref} está resolvido. Obrigada"],
}

APOLOGY: dict[str, list[str]] = {
    "it": ["Scusate per il tono di ieri, era una giornataccia. Grazie per aver sistemato"],
    "en": ["Sorry for my tone yesterday, it was a rotten day. Thanks for fixing it"],
    "de": ["Sorry für meinen Ton gestern, war ein mieser Tag. Danke fürs Kümmern"],
    "es": ["Perdón por el tono de ayer, fue un mal día. Gracias por arreglarlo"],
    "fr": ["Désolée pour mon ton hier, mauvaise journée. Merci d'avoir réglé ça"],
    "pt": ["Desculpem o tom de ontem, foi um dia mau. Obrigada por resolverem"],
}

STILL_OPEN: dict[str, list[str]] = {
    "it": [
        "Segnalazione {ref}: ancora niente, il problema è sempre lì. Vi ho già scritto",
        "Scrivo di nuovo per {ref}, nessuno ha risolto nulla",
    ],
    "en": [
        "Case {ref}: still nothing, the problem's exactly where it was. I've already written",
        "Writing again about {ref}, nothing has been fixed",
    ],
    "de": [
        "Vorgang {ref}: immer noch nichts, das Problem ist unverändert. Ich hatte schon geschrieben"
    ],
    "es": ["Incidencia {ref}: sigue igual, nadie lo ha resuelto. Ya os escribí"],
    "fr": ["Dossier {ref} : toujours rien, le problème est toujours là. J'ai déjà écrit"],
    "pt": ["Processo {ref}: continua tudo igual, ninguém resolveu. Já escrevi"],
}

THIRD: dict[str, str] = {
    "it": " Una collega usa {comp} e glielo sistemano in giornata.",
    "en": " A mate of mine uses {comp} and they sort this the same day.",
    "de": " Ein Kollege nutzt {comp}, da geht sowas am selben Tag.",
    "es": " Una compañera usa {comp} y se lo arreglan el mismo día.",
    "fr": " Une collègue passe par {comp}, eux règlent ça dans la journée.",
    "pt": " Uma colega usa a {comp} e resolvem no mesmo dia.",
}

FOURTH: dict[str, str] = {
    "it": " È la QUARTA volta che scrivo.",
    "en": " This is the FOURTH time I've been in touch.",
    "de": " Das ist das VIERTE Mal.",
    "es": " Es la CUARTA vez que escribo.",
    "fr": " C'est la QUATRIÈME fois que j'écris.",
    "pt": " É a QUARTA vez que escrevo.",
}

URGENT: dict[str, list[str]] = {
    "it": ["Aggiunto alla segnalazione {ref} e segnato come urgente"],
    "en": ["Added to case {ref} and marked urgent"],
    "de": ["Zum Vorgang {ref} hinzugefügt und als dringend markiert"],
    "es": ["Añadido a la incidencia {ref} y marcado urgente"],
    "fr": ["Ajouté au dossier {ref} et marqué urgent"],
    "pt": ["Adicionado ao processo {ref} e marcado como urgente"],
}

SLIDE: dict[str, list[str]] = {
    "it": [
        "Lavaggio arrivato con tre ore di ritardo e senza avviso, ho dovuto aspettare per rimettere dentro i bidoni",
        "Stavolta il bidone della carta è rimasto com'era, lavato solo a metà",
        "Ora chiedono una foto del bidone prima di ogni lavaggio, che fastidio",
        "Il prezzo di Fresco aumenta di 4 euro senza una mail, l'ho scoperto dall'estratto conto",
        "Basta: 12 euro di supplemento sporco eccessivo su un bidone che avevo già sciacquato io, con le vostre foto che lo mostrano",
        "Mio cognato usa {comp} e da sabato il lavaggio lo faccio fare a loro",
    ],
    "en": [
        "Wash turned up three hours late with no text, I had to hang about to wheel the bins in",
        "This time the recycling bin was only half done",
        "Now they want a photo of the bin before every wash, what a faff",
        "Fresco has gone up £4 without an email, I found out from my bank statement",
        "That's it: a £10 heavy soiling surcharge on a bin I'd rinsed myself, and your own photos show it",
        "My brother-in-law uses {comp} and I've booked them for Saturday",
    ],
    "de": [
        "Drei Stunden zu spät und ohne Nachricht, ich musste warten, um die Tonnen reinzuholen",
        "Diesmal die Papiertonne nur halb gewaschen",
        "Jetzt wollen sie vor jeder Wäsche ein Foto der Tonne, nervig",
        "Fresco kostet 4 Euro mehr ohne Mail, gesehen auf dem Kontoauszug",
        "Jetzt reicht es: 12 Euro Aufschlag für starke Verschmutzung auf eine Tonne, die ich selbst ausgespült hatte",
        "Mein Schwager nutzt {comp}, ab Samstag wasche ich dort",
    ],
    "es": [
        "Tres horas tarde y sin aviso, tuve que esperar para meter los cubos",
        "Esta vez el cubo del papel quedó a medio lavar",
        "Ahora piden una foto del cubo antes de cada lavado, qué pesadez",
        "Fresco sube 4 euros sin un correo, lo vi en el banco",
        "Ya está bien: 12 euros de recargo por suciedad en un cubo que yo ya había enjuagado",
        "Mi cuñado usa {comp} y el sábado lo lavan ellos",
    ],
    "fr": [
        "Trois heures de retard sans prévenir, j'ai dû attendre pour rentrer les bacs",
        "Cette fois le bac jaune était lavé à moitié",
        "Maintenant il faut une photo du bac avant chaque lavage, pénible",
        "Fresco augmente de 4 euros sans un mail, vu sur mon relevé",
        "Ça suffit : 12 euros de supplément saleté sur un bac que j'avais rincé moi-même",
        "Mon beau-frère passe par {comp}, samedi c'est eux qui lavent",
    ],
    "pt": [
        "Três horas atrasados e sem aviso, tive de esperar para recolher os contentores",
        "Desta vez o contentor do papel ficou meio lavado",
        "Agora pedem uma foto do contentor antes de cada lavagem, que chatice",
        "O Fresco subiu 4 euros sem um email, vi no extrato",
        "Chega: 12 euros de sobretaxa por sujidade num contentor que eu já tinha passado por água",
        "O meu cunhado usa a {comp} e no sábado lavam eles",
    ],
}

CANCEL: dict[str, list[str]] = {
    "it": [
        "Ci trasferiamo in un appartamento con la raccolta condominiale, vorrei disdire Fresco e chiudere l'account",
        "Ho comprato un'idropulitrice e faccio da me: disdite Fresco e chiudete il mio account per favore",
    ],
    "en": [
        "We're moving to a flat with communal bins, so please cancel my Fresco plan and close the account",
        "Bought a pressure washer, I'll do it myself now: cancel Fresco and close my account please",
    ],
    "de": [
        "Wir ziehen in eine Wohnung mit Gemeinschaftstonnen, bitte Fresco kündigen und das Konto schließen"
    ],
    "es": [
        "Nos mudamos a un piso con contenedores comunitarios, quiero dar de baja Fresco y cerrar la cuenta"
    ],
    "fr": [
        "On déménage dans un appartement avec bacs collectifs, merci de résilier Fresco et fermer le compte"
    ],
    "pt": [
        "Vamos mudar para um apartamento com contentores comuns, quero cancelar o Fresco e fechar a conta"
    ],
}

SORRY_GO: dict[str, list[str]] = {
    "it": [
        "Ci dispiace vederla andare via. Può disdire da sola nell'app o sul sito, in Account > Piano"
    ],
    "en": [
        "Sorry to see you go. You can cancel yourself in the app or on the website under Account > Plan"
    ],
    "de": [
        "Schade, dass Sie gehen. Kündigen können Sie selbst in der App oder auf der Website unter Konto > Plan"
    ],
    "es": ["Sentimos que se vaya. Puede darse de baja en la app o en la web, en Cuenta > Plan"],
    "fr": [
        "Navrés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Offre"
    ],
    "pt": ["Lamentamos que saia. Pode cancelar na app ou no site, em Conta > Plano"],
}

GRUMBLE: dict[str, list[str]] = {
    "it": [
        "L'app mi scollega ogni volta, devo rifare il login per vedere un orario",
        "Il messaggio 'arriviamo tra 10 minuti' alle 6 di mattina anche no",
        "Il furgone blocca il passo carraio ogni volta",
    ],
    "en": [
        "The app logs me out every single time, just to check a time",
        "The 'we're 10 minutes away' text at 6am, really",
        "The van blocks the drive every time",
    ],
    "de": [
        "Die App meldet mich jedes Mal ab",
        "Die SMS 'wir sind in 10 Minuten da' um 6 Uhr früh, wirklich",
    ],
    "es": [
        "La app me cierra la sesión cada vez",
        "El SMS de 'llegamos en 10 minutos' a las 6 de la mañana, en serio",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois",
        "Le SMS 'on arrive dans 10 minutes' à 6 h du matin, sérieux",
    ],
    "pt": ["A app faz logout sempre", "O SMS 'chegamos em 10 minutos' às 6 da manhã, a sério"],
}

SARCASM: dict[str, list[str]] = {
    "it": ["Bidone lavato e riconsegnato con dentro mezzo litro d'acqua, così lo risciacquo io 👏"],
    "en": [
        "Bin washed and handed back with half a litre of water still in it, so I can rinse it myself 👏"
    ],
    "de": [
        "Tonne gewaschen und mit einem halben Liter Wasser drin zurück, damit ich selbst spülen darf 👏"
    ],
    "es": ["Cubo lavado y devuelto con medio litro de agua dentro, para que lo aclare yo 👏"],
    "fr": ["Bac lavé et rendu avec un demi-litre d'eau dedans, pour que je rince moi-même 👏"],
    "pt": ["Contentor lavado e devolvido com meio litro de água lá dentro, para eu enxaguar 👏"],
}

MILD: dict[str, list[str]] = {
    "it": ["La mappa del giro mostra la città sbagliata, niente di grave"],
    "en": ["The round map shows the wrong town, nothing serious"],
    "de": ["Die Tourenkarte zeigt die falsche Stadt, nichts Schlimmes"],
    "es": ["El mapa de rutas muestra otra ciudad, nada grave"],
    "fr": ["La carte des tournées affiche la mauvaise ville, rien de grave"],
    "pt": ["O mapa das rotas mostra a cidade errada, nada de grave"],
}

FORM_ACK: dict[str, list[str]] = {
    "it": ["Grazie della segnalazione, la giriamo al team dell'app"],
    "en": ["Thanks for letting us know, we've passed it to the app team"],
    "de": ["Danke für den Hinweis, wir geben es ans App-Team weiter"],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app"],
    "fr": ["Merci du signalement, nous le transmettons à l'équipe appli"],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app"],
}

SPIKE: dict[str, list[str]] = {
    "it": [
        "L'app non mi fa prenotare il lavaggio di lunedì, alla conferma esce errore PB+772",
        "Errore PB+772 quando confermo lo slot, impossibile prenotare. Che succede?",
    ],
    "en": [
        "App won't let me book Monday's wash, I get error PB+772 when I confirm the slot",
        "PB+772 every time I try to confirm a slot, can't book anything. What's going on?",
    ],
    "de": ["Die App lässt mich die Wäsche nicht buchen, beim Bestätigen kommt Fehler PB+772"],
    "es": ["La app no me deja reservar el lavado, al confirmar sale el error PB+772"],
    "fr": ["Impossible de réserver le lavage, erreur PB+772 à la confirmation du créneau"],
    "pt": ["A app não deixa marcar a lavagem, ao confirmar dá erro PB+772"],
}

SPIKE_AGAIN: dict[str, list[str]] = {
    "it": ["Ancora PB+772, provato anche dal telefono di mio marito. Niente"],
    "en": ["Still PB+772, tried on my partner's phone too. Nothing"],
    "de": ["Immer noch PB+772, auch auf dem Handy meines Mannes"],
    "es": ["Sigue el PB+772, también desde el móvil de mi marido"],
    "fr": ["Toujours PB+772, même depuis le téléphone de mon mari"],
    "pt": ["Continua o PB+772, também no telemóvel do meu marido"],
}

SPIKE_CHAT: dict[str, list[str]] = {
    "it": [
        "Sì, al momento la conferma degli slot non funziona per nessuno, i tecnici ci stanno lavorando"
    ],
    "en": ["Yes, slot confirmation is failing for everyone right now, our engineers are on it"],
    "de": ["Ja, die Slot-Bestätigung geht gerade bei niemandem, die Technik ist dran"],
    "es": [
        "Sí, ahora mismo la confirmación de franjas falla para todos, los técnicos están en ello"
    ],
    "fr": [
        "Oui, la confirmation des créneaux échoue pour tout le monde, nos techniciens s'en occupent"
    ],
    "pt": [
        "Sim, a confirmação de horários está a falhar para todos, a equipa técnica está a tratar"
    ],
}

WORKS_AGAIN: dict[str, list[str]] = {
    "it": [
        "La prenotazione funziona di nuovo dalle {t}. Le abbiamo accreditato 5 euro per il disagio"
    ],
    "en": ["Booking works again since {t}. We've added a {cur}5 credit for the trouble"],
    "de": ["Die Buchung geht seit {t} wieder. Wir haben 5 Euro gutgeschrieben"],
    "es": ["La reserva funciona de nuevo desde las {t}. Le hemos abonado 5 euros"],
    "fr": ["La réservation fonctionne de nouveau depuis {t}. 5 euros crédités sur votre compte"],
    "pt": ["A marcação funciona de novo desde as {t}. Creditámos 5 euros"],
}

LONE_Q: dict[str, list[str]] = {
    "it": [
        "Ieri sera l'app ci ha messo un po' a confermare lo slot ma alla fine ok. Per domani va tutto bene?"
    ],
    "en": [
        "Last night the app took a while to confirm my slot but it went through. All fine for tomorrow?"
    ],
}

LONE_A: dict[str, list[str]] = {
    "it": ["Sì, la prenotazione risulta confermata, tutto a posto"],
    "en": ["Yes, your booking is confirmed, all fine"],
}

B2B_PROBLEMS = ("invoice", "missed_site", "portal", "overbilled")

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "it": {
        "invoice": "Le fatture arrivano ancora intestate alla vecchia ragione sociale e senza numero d'ordine, l'amministrazione non le può pagare",
        "missed_site": "Il lavaggio settimanale dei cassonetti del ristorante è saltato, l'ASL passa giovedì",
        "portal": "Il portale non mostra i nostri punti di raccolta, non possiamo spostare i lavaggi",
        "overbilled": "Ci fatturate a prezzo singolo invece della tariffa a contratto, differenza di oltre 400 euro",
    },
    "en": {
        "invoice": "Invoices still carry our old company name and no PO number, accounts can't pay them",
        "missed_site": "The weekly wash of the restaurant's bins was skipped and the inspector is in on Thursday",
        "portal": "The portal shows none of our sites, so we can't move any washes",
        "overbilled": "You're billing one-off prices instead of our contract rate, over £350 difference",
    },
    "de": {
        "invoice": "Die Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer",
        "missed_site": "Die wöchentliche Wäsche der Container am Hotel ist ausgefallen",
        "portal": "Das Portal zeigt keinen unserer Standorte, wir können nichts verschieben",
        "overbilled": "Sie berechnen Einzelpreise statt unseres Vertragstarifs",
    },
    "es": {
        "invoice": "Las facturas siguen con el nombre antiguo y sin número de pedido",
        "missed_site": "Se saltaron el lavado semanal de los contenedores del restaurante",
        "portal": "El portal no muestra nuestras sedes, no podemos mover lavados",
        "overbilled": "Nos facturáis precio suelto en vez de la tarifa del contrato",
    },
    "fr": {
        "invoice": "Les factures portent encore l'ancienne raison sociale et aucun numéro de commande",
        "missed_site": "Le lavage hebdomadaire des bacs du restaurant a sauté",
        "portal": "Le portail n'affiche aucun de nos sites, impossible de décaler un lavage",
        "overbilled": "Vous facturez au prix unitaire au lieu du tarif contractuel",
    },
    "pt": {
        "invoice": "As faturas ainda vêm com o nome antigo e sem número de encomenda",
        "missed_site": "Falharam a lavagem semanal dos contentores do restaurante",
        "portal": "O portal não mostra as nossas moradas, não conseguimos mudar lavagens",
        "overbilled": "Estão a faturar preço avulso em vez da tarifa do contrato",
    },
}

B2B_ALSO: dict[str, str] = {
    "it": "Anche io, come {first} vi ha scritto {when}, segnalo lo stesso problema (segnalazione {ref}): ",
    "en": "Like {first} wrote to you {when}, I'm raising the same problem (case {ref}): ",
    "de": "Wie {first} schon {when} schrieb, dasselbe Problem (Vorgang {ref}): ",
    "es": "Como ya os escribió {first} {when}, el mismo problema (incidencia {ref}): ",
    "fr": "Comme {first} vous l'a écrit {when}, même problème (dossier {ref}) : ",
    "pt": "Como a {first} já escreveu {when}, o mesmo problema (processo {ref}): ",
}

B2B_WHEN: dict[str, str] = {
    "it": "ieri",
    "en": "yesterday",
    "de": "gestern",
    "es": "ayer",
    "fr": "hier",
    "pt": "ontem",
}

B2B_FINAL: dict[str, str] = {
    "it": "Segnalazione {ref}: non è cambiato nulla e ormai vi hanno scritto in tre. Il mio capo dice che se non si risolve questa settimana cambiamo fornitore, tipo {comp}",
    "en": "Case {ref}: nothing has changed and several of us have written now. My boss says if it isn't fixed this week we move to another supplier like {comp}",
    "de": "Vorgang {ref}: nichts hat sich geändert, mehrere von uns haben geschrieben. Mein Chef sagt, sonst wechseln wir zu {comp}",
    "es": "Incidencia {ref}: nada ha cambiado y ya os hemos escrito varios. Mi jefe dice que si no se arregla esta semana nos vamos a {comp}",
    "fr": "Dossier {ref} : rien n'a changé et plusieurs d'entre nous ont écrit. Mon chef dit qu'on passe chez {comp} sinon",
    "pt": "Processo {ref}: nada mudou e já escrevemos vários. O meu chefe diz que mudamos para a {comp} se não resolverem",
}

B2B_MILD: dict[str, list[str]] = {
    "it": [
        "Sarebbe utile esportare i costi per punto vendita",
        "Suggerimento: indicare sulla bolla il prodotto sanificante usato",
    ],
    "en": [
        "It would help to export wash costs per site",
        "Suggestion: show the sanitiser used on the wash report",
    ],
    "de": ["Ein Export der Kosten pro Standort wäre hilfreich"],
    "es": ["Sería útil exportar los costes por local"],
    "fr": ["Un export des coûts par site serait utile"],
    "pt": ["Seria útil exportar os custos por loja"],
}

B2B_PRAISE: dict[str, list[str]] = {
    "it": ["Cassonetti del ristorante sempre puliti, l'ispezione è andata liscia"],
    "en": ["Kitchen bins spotless every week, the inspection went smoothly"],
    "de": ["Container jede Woche sauber, die Kontrolle lief glatt"],
    "es": ["Contenedores limpios cada semana, la inspección fue bien"],
    "fr": ["Bacs propres chaque semaine, le contrôle s'est bien passé"],
    "pt": ["Contentores limpos todas as semanas, a inspeção correu bem"],
}

SUBJECT_COMPLAINT: dict[str, str] = {
    "it": "Reclamo",
    "en": "Complaint",
    "de": "Beschwerde",
    "es": "Reclamación",
    "fr": "Réclamation",
    "pt": "Reclamação",
}
SUBJECT_RE: dict[str, str] = {
    "it": "R: Segnalazione",
    "en": "Re: Your case",
    "de": "AW: Vorgang",
    "es": "RE: Incidencia",
    "fr": "RE : Dossier",
    "pt": "RE: Processo",
}

FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Paolo",
        "Elena",
        "Davide",
        "Sara",
        "Matteo",
    ],
    "en": ["Emma", "James", "Sophie", "Tom", "Hannah", "Dan", "Lucy", "Rob", "Katie", "Sam"],
    "de": ["Anna", "Jonas", "Lena", "Felix", "Miriam", "Tobias"],
    "es": ["Lucía", "Javier", "Marta", "Pablo", "Irene", "Sergio"],
    "fr": ["Camille", "Julien", "Claire", "Hugo", "Manon", "Théo"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Joana", "Nuno"],
}
LAST = {
    "it": ["Rossi", "Bianchi", "Conti", "Galli", "Ferraro", "Marini", "Greco", "Rinaldi"],
    "en": ["Walker", "Hughes", "Patel", "Turner", "Doyle", "Brennan", "Clarke", "Evans"],
    "de": ["Brandt", "Krüger", "Vogel", "Hartmann", "Seidel"],
    "es": ["Torres", "Ruiz", "Navarro", "Gil", "Molina"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Fontaine", "Roux"],
    "pt": ["Sousa", "Ferreira", "Lopes", "Marques", "Pinto"],
}
MARKETS = {
    "it": ["IT", "IT", "CH"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "AT", "CH"],
    "es": ["ES"],
    "fr": ["FR", "BE"],
    "pt": ["PT"],
}
PHONE = {
    "IT": ("+39 3", 9),
    "CH": ("+41 7", 8),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "DE": ("+49 15", 9),
    "AT": ("+43 66", 8),
    "ES": ("+34 6", 8),
    "FR": ("+33 6", 8),
    "BE": ("+32 4", 8),
    "PT": ("+351 9", 8),
}
