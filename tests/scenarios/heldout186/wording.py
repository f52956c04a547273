# ruff: noqa: E501
"""Wording of heldout186 (Brincaldo: children's party entertainers booked by app and web).

Every table has its own wording in every language: pt and fr first (two or three
variants), then en, de, it and es. Slots: {brand}, {case}, {comp}, {who}, {day}, {code}.
"""

from __future__ import annotations

BRAND = "Brincaldo"
PRO = "Brincaldo Empresas"
COMPETITORS = ("Palhafun", "Animexa")
LANGS = ("pt", "fr", "en", "de", "it", "es")

T = dict[str, list[str]]

PRAISE: T = {
    "pt": [
        "O mágico da {brand} foi incrível, as crianças não pararam de rir!",
        "festa do Tomás foi um sucesso, a palhaça chegou a horas e pintou caras a todos",
        "Obrigada {brand}, o insuflável estava impecável e montado antes das 15h",
    ],
    "fr": [
        "Le magicien de {brand} était génial, les enfants en parlent encore !",
        "anniversaire de Léa parfait, l'animatrice est arrivée pile à l'heure",
        "Merci {brand}, le château gonflable était nickel et monté en 20 minutes",
    ],
    "en": ["The {brand} magician was brilliant, twelve six-year-olds silent for 40 minutes!"],
    "de": ["Die Zauberin von {brand} war großartig, die Kinder waren begeistert!"],
    "it": ["Il mago di {brand} è stato fantastico, i bambini ridevano senza sosta"],
    "es": ["El payaso de {brand} fue genial, los peques no pararon de reír"],
}
AGAIN: T = {
    "pt": [
        "Terceira festa com a {brand} e outra vez tudo perfeito",
        "mais uma vez a mesma animadora simpática, já é da família",
    ],
    "fr": [
        "Troisième anniversaire avec {brand}, et toujours aussi top",
        "encore la même animatrice adorable, les enfants l'attendaient",
    ],
    "en": ["Third party with {brand} and still spot on"],
    "de": ["Schon die dritte Feier mit {brand} und wieder alles perfekt"],
    "it": ["Terza festa con {brand} e ancora tutto perfetto"],
    "es": ["Tercera fiesta con {brand} y otra vez todo perfecto"],
}
GRIPE: T = {
    "pt": [
        "Adorámos o teatro de fantoches, só a fatura demorou dois dias a chegar",
        "Tudo ótimo, só o estacionamento da carrinha ocupou a garagem toda",
    ],
    "fr": [
        "On a adoré le spectacle, seul bémol : la facture arrivée deux jours après",
        "Super animation, juste la musique un peu forte pour les petits",
    ],
    "en": ["Loved the puppet show, only the invoice took two days to turn up"],
    "de": ["Tolle Show, nur die Rechnung kam erst zwei Tage später"],
    "it": ["Spettacolo bellissimo, solo la fattura è arrivata due giorni dopo"],
    "es": ["Nos encantó el espectáculo, solo la factura tardó dos días"],
}
QUESTION: T = {
    "pt": [
        "Olá, o insuflável cabe numa sala de 4x5 metros?",
        "boa tarde, a animadora pode trazer pinturas faciais sem glúten?",
    ],
    "fr": [
        "Bonjour, le magicien peut-il faire le spectacle en extérieur ?",
        "bjr, est-ce que le château gonflable passe dans un jardin de 6 m ?",
    ],
    "en": ["Hi, can the entertainer do a 30-minute show for toddlers?"],
    "de": ["Hallo, passt die Hüpfburg in einen Garten mit 6 Metern?"],
    "it": ["Ciao, il mago può fare lo spettacolo all'aperto?"],
    "es": ["Hola, ¿el castillo hinchable cabe en un jardín de 6 metros?"],
}
ANSWER: T = {
    "pt": ["Olá! Sim, sem problema. Deixámos uma nota na sua reserva. Equipa {brand}"],
    "fr": [
        "Bonjour ! Oui, c'est possible, nous l'avons noté sur votre réservation. L'équipe {brand}"
    ],
    "en": ["Hi! Yes, that's fine, we've added a note to your booking. The {brand} team"],
    "de": ["Hallo! Ja, das geht, wir haben es in Ihrer Buchung vermerkt. Ihr {brand}-Team"],
    "it": ["Ciao! Sì, nessun problema, l'abbiamo annotato sulla prenotazione. Il team {brand}"],
    "es": ["¡Hola! Sí, sin problema, lo hemos anotado en tu reserva. El equipo {brand}"],
}
THANKS: T = {
    "pt": ["obg!! 👍", "Valeu, top"],
    "fr": ["merci, trop cool", "Super, merci bcp"],
    "en": ["cheers, legend"],
    "de": ["Danke, mega!"],
    "it": ["grazie mille, top"],
    "es": ["gracias, crack!"],
}
CALL_Q: T = {
    "pt": ["olá queria saber se a animadora pode ficar mais meia hora e quanto custa"],
    "fr": [
        "bonjour je voulais savoir si l'animatrice peut rester une demi-heure de plus et combien ça coûte"
    ],
    "en": ["hi I wanted to know if the entertainer can stay another half hour and what it costs"],
    "de": [
        "hallo ich wollte fragen ob die Animateurin eine halbe Stunde länger bleiben kann und was das kostet"
    ],
    "it": ["buongiorno volevo sapere se l'animatrice può restare mezz'ora in più e quanto costa"],
    "es": ["hola quería saber si la animadora puede quedarse media hora más y cuánto cuesta"],
}
NIGHT_POST: T = {
    "pt": ["3 da manhã a encher balões para a festa de amanhã, {brand} salva-me o resto"],
    "fr": ["2h du mat à gonfler des ballons, heureusement que {brand} gère le reste"],
    "en": ["2am, wrapping pass-the-parcel, thank god {brand} does the rest"],
    "de": ["2 Uhr nachts Luftballons aufblasen, zum Glück macht {brand} den Rest"],
    "it": ["alle 2 di notte a gonfiare palloncini, per fortuna {brand} fa il resto"],
    "es": ["las 2 de la mañana hinchando globos, menos mal que {brand} hace el resto"],
}
NIGHT_Q: T = {
    "pt": ["boa noite, a que horas chega a animadora se a festa começa às 16h?"],
    "fr": ["bonsoir, l'animatrice arrive à quelle heure si la fête commence à 16h ?"],
    "en": ["evening, what time does the entertainer arrive for a 4pm party?"],
    "de": ["Abend, wann kommt die Animateurin, wenn die Feier um 16 Uhr beginnt?"],
    "it": ["buonasera, a che ora arriva l'animatrice se la festa inizia alle 16?"],
    "es": ["buenas noches, ¿a qué hora llega la animadora si la fiesta empieza a las 16h?"],
}
PROBLEMS = ("no_show", "double_charge", "late", "wrong_show", "refund", "member_price")
COMPLAINT: dict[str, T] = {
    "no_show": {
        "pt": [
            "O MÁGICO NUNCA APARECEU. 15 crianças à espera e ninguém atende o telefone",
            "a animadora não veio à festa da minha filha, estou furiosa",
        ],
        "fr": [
            "L'ANIMATEUR N'EST JAMAIS VENU. 15 enfants qui attendent et personne ne répond",
            "le magicien ne s'est pas présenté à l'anniversaire de mon fils, inadmissible",
        ],
        "en": ["The magician NEVER SHOWED UP. 15 kids waiting and nobody answers the phone"],
        "de": ["Der Zauberer ist NIE GEKOMMEN. 15 Kinder warten und niemand geht ans Telefon"],
        "it": ["Il mago NON È MAI ARRIVATO. 15 bambini in attesa e nessuno risponde"],
        "es": ["El mago NUNCA APARECIÓ. 15 niños esperando y nadie coge el teléfono"],
    },
    "double_charge": {
        "pt": [
            "Cobraram-me a reserva DUAS vezes, 180 € a mais no cartão",
            "a reserva foi debitada duas vezes e o banco não devolve nada",
        ],
        "fr": [
            "Vous m'avez débité la réservation DEUX fois, 180 € en trop",
            "double prélèvement sur ma carte pour la même fête, expliquez-moi",
        ],
        "en": ["You charged my booking TWICE, £160 gone from my card"],
        "de": ["Die Buchung wurde ZWEIMAL abgebucht, 180 € zu viel"],
        "it": ["Mi avete addebitato la prenotazione DUE volte, 180 € in più"],
        "es": ["Me habéis cobrado la reserva DOS veces, 180 € de más"],
    },
    "late": {
        "pt": [
            "A animadora chegou com hora e meia de atraso, a festa já tinha acabado praticamente"
        ],
        "fr": [
            "L'animatrice est arrivée avec une heure et demie de retard, la fête était presque finie",
            "1h30 de retard pour le clown, les parents repartaient déjà",
        ],
        "en": ["The entertainer turned up an hour and a half late, party almost over"],
        "de": ["Die Animateurin kam anderthalb Stunden zu spät, die Feier war fast vorbei"],
        "it": ["L'animatrice è arrivata con un'ora e mezza di ritardo"],
        "es": ["La animadora llegó hora y media tarde, la fiesta casi había acabado"],
    },
    "wrong_show": {
        "pt": [
            "Reservei teatro de fantoches para 4 anos e veio um espetáculo de terror para adolescentes"
        ],
        "fr": [
            "J'avais réservé des marionnettes pour des 4 ans, on a eu un spectacle d'horreur pour ados"
        ],
        "en": ["Booked a puppet show for 4-year-olds, got a spooky show meant for teens"],
        "de": ["Puppentheater für Vierjährige gebucht, gekommen ist eine Gruselshow für Teenager"],
        "it": [
            "Prenotato teatro dei burattini per bimbi di 4 anni, è arrivato uno spettacolo horror"
        ],
        "es": [
            "Reservé títeres para niños de 4 años y vino un espectáculo de terror para adolescentes"
        ],
    },
    "refund": {
        "pt": ["Cancelei com três semanas de antecedência e o reembolso AINDA não chegou"],
        "fr": ["Annulé trois semaines avant et TOUJOURS pas remboursée"],
        "en": ["Cancelled three weeks ahead and STILL no refund"],
        "de": ["Drei Wochen vorher storniert und IMMER NOCH kein Geld zurück"],
        "it": ["Cancellato tre settimane prima e ANCORA nessun rimborso"],
        "es": ["Cancelé con tres semanas y TODAVÍA no me han devuelto nada"],
    },
    "member_price": {
        "pt": ["Sou sócia Festa+ e cobraram-me o preço normal, 40 € a mais"],
        "fr": ["Je suis membre Fête+ et j'ai payé le tarif normal, 40 € de plus"],
        "en": ["I'm a Party+ member and got charged the full price, £35 extra"],
        "de": ["Ich bin Party+-Mitglied und habe den vollen Preis bezahlt, 40 € mehr"],
        "it": ["Sono socia Festa+ e mi avete fatto pagare il prezzo pieno"],
        "es": ["Soy socia Fiesta+ y me cobrasteis el precio normal, 40 € más"],
    },
}
LETTER: T = {
    "pt": [
        "Bom dia,\n\nescrevo-lhes do carro, à porta da natação dos gémeos, porque em casa não tenho um minuto. Somos clientes há três anos e sempre correu bem. Mas desta vez: {problem} Peço que me respondam hoje.\n\nCumprimentos"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du pédiatre, seul moment calme de ma semaine. Nous faisons appel à vous depuis trois ans sans souci. Mais cette fois : {problem} J'attends une réponse rapide.\n\nCordialement"
    ],
    "en": [
        "Hello,\n\nwriting this from the school car park because it is the only quiet ten minutes I get. We have booked with you for three years without trouble. But this time: {problem} I expect an answer today.\n\nRegards"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Kinderarzt, sonst komme ich zu nichts. Wir buchen seit drei Jahren bei Ihnen. Aber diesmal: {problem} Ich erwarte heute eine Antwort.\n\nMit freundlichen Grüßen"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra. Prenotiamo da voi da tre anni senza problemi. Ma questa volta: {problem} Attendo risposta oggi.\n\nCordiali saluti"
    ],
    "es": [
        "Buenos días,\n\nos escribo desde el coche en la puerta de la piscina de los mellizos. Llevamos tres años reservando con vosotros. Pero esta vez: {problem} Espero respuesta hoy.\n\nUn saludo"
    ],
}
CALL_COMPLAINT: T = {
    "pt": ["olá liguei porque {problem_low} e ninguém me diz nada quero uma solução"],
    "fr": [
        "bonjour j'appelle parce que {problem_low} et personne ne me répond je veux une solution"
    ],
    "en": ["hi I'm calling because {problem_low} and nobody gets back to me I want this sorted"],
    "de": ["hallo ich rufe an weil {problem_low} und niemand meldet sich ich will eine Lösung"],
    "it": ["buongiorno chiamo perché {problem_low} e nessuno mi risponde voglio una soluzione"],
    "es": ["hola llamo porque {problem_low} y nadie me dice nada quiero una solución"],
}
CASE_OPENED: T = {
    "pt": ["Lamentamos muito. Abrimos o processo {case} e damos notícias em 24 h. Equipa {brand}"],
    "fr": [
        "Nous sommes désolés. Nous avons ouvert le dossier {case}, réponse sous 24 h. L'équipe {brand}"
    ],
    "en": [
        "We're very sorry. We've opened case {case} and will update you within 24 h. The {brand} team"
    ],
    "de": [
        "Das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns binnen 24 h. Ihr {brand}-Team"
    ],
    "it": [
        "Ci dispiace molto. Abbiamo aperto la pratica {case}, risposta entro 24 h. Il team {brand}"
    ],
    "es": [
        "Lo sentimos mucho. Hemos abierto la incidencia {case} y te respondemos en 24 h. El equipo {brand}"
    ],
}
ESCALATED: T = {
    "pt": [
        "O seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço."
    ],
    "fr": [
        "Votre dossier {case} est désormais chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "en": [
        "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "it": [
        "La sua pratica {case} è ora presso la responsabile qualità, che la chiamerà entro venerdì a pranzo."
    ],
    "es": [
        "Tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}
GOODNEWS: T = {
    "pt": [
        "Boas notícias sobre o processo {case}: está resolvido e o valor foi devolvido. Pode confirmar?"
    ],
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est réglé et le montant est remboursé. Pouvez-vous confirmer ?"
    ],
    "en": ["Good news on case {case}: it's sorted and the amount refunded. Could you confirm?"],
    "de": [
        "Gute Nachricht zu Vorgang {case}: erledigt, der Betrag ist erstattet. Können Sie das bestätigen?"
    ],
    "it": ["Buone notizie sulla pratica {case}: risolto e importo rimborsato. Può confermare?"],
    "es": [
        "Buenas noticias sobre la incidencia {case}: resuelto y el importe devuelto. ¿Puedes confirmar?"
    ],
}
CONFIRM: T = {
    "pt": [
        "Confirmo, processo {case} resolvido, o dinheiro já entrou. Obrigada",
        "sim recebi tudo, {case} pode fechar",
    ],
    "fr": [
        "Je confirme, dossier {case} réglé, l'argent est arrivé. Merci",
        "oui c'est bon pour {case}, merci",
    ],
    "en": ["Confirmed, case {case} sorted, money's back. Thanks"],
    "de": ["Bestätigt, Vorgang {case} erledigt, Geld ist da. Danke"],
    "it": ["Confermo, pratica {case} risolta, rimborso arrivato. Grazie"],
    "es": ["Confirmo, incidencia {case} resuelta, ya tengo el dinero. Gracias"],
}
APOLOGY: T = {
    "pt": ["Peço desculpa pelo tom de ontem, estava nervosa com a festa. Obrigada pela ajuda"],
    "fr": ["Désolée pour mon ton d'hier, j'étais à bout avec la fête. Merci pour votre aide"],
    "en": ["Sorry for my tone yesterday, party stress. Thanks for the help"],
    "de": ["Entschuldigung für meinen Ton gestern, Feierstress. Danke für die Hilfe"],
    "it": ["Scusate per il tono di ieri, ero agitata per la festa. Grazie dell'aiuto"],
    "es": ["Perdón por el tono de ayer, estaba agobiada con la fiesta. Gracias por la ayuda"],
}
REPEAT: T = {
    "pt": [
        "Processo {case}: continua tudo por resolver, ninguém me disse nada",
        "escrevo OUTRA vez sobre o {case}, ainda nada",
    ],
    "fr": [
        "Dossier {case} : toujours rien de réglé, personne ne m'a recontactée",
        "je relance ENCORE pour le {case}, toujours rien",
    ],
    "en": ["Case {case}: still not sorted, nobody has got back to me"],
    "de": ["Vorgang {case}: immer noch nichts geklärt, niemand meldet sich"],
    "it": ["Pratica {case}: ancora niente, nessuno mi ha ricontattata"],
    "es": ["Incidencia {case}: sigue sin resolver, nadie me ha dicho nada"],
}
THIRD: T = {
    "pt": ["Terceira vez sobre o {case}. Uma amiga reserva na {comp} e lá resolvem no mesmo dia"],
    "fr": [
        "Troisième message pour le {case}. Une amie réserve chez {comp}, eux règlent ça le jour même"
    ],
    "en": ["Third time about {case}. A friend books with {comp} and they sort this the same day"],
    "de": [
        "Zum dritten Mal wegen {case}. Eine Freundin bucht bei {comp}, die regeln das am selben Tag"
    ],
    "it": ["Terza volta per la {case}. Un'amica prenota da {comp} e risolvono in giornata"],
    "es": ["Tercera vez por la {case}. Una amiga reserva con {comp} y lo arreglan el mismo día"],
}
FOURTH: T = {
    "pt": ["QUARTA vez que escrevo sobre o {case}. Ainda nada."],
    "fr": ["QUATRIÈME fois que j'écris pour le {case}. Toujours rien."],
    "en": ["FOURTH time writing about {case}. Still nothing."],
    "de": ["Zum VIERTEN Mal wegen {case}. Immer noch nichts."],
    "it": ["QUARTA volta che scrivo per la {case}. Ancora niente."],
    "es": ["CUARTA vez que escribo por la {case}. Nada todavía."],
}
URGENT: T = {
    "pt": ["Acrescentado ao processo {case} e marcado como urgente."],
    "fr": ["Ajouté au dossier {case} et marqué urgent."],
    "en": ["Added to your case {case} and marked urgent."],
    "de": ["Zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert."],
    "it": ["Aggiunto alla pratica {case} e segnato urgente."],
    "es": ["Añadido a tu incidencia {case} y marcado como urgente."],
}
SLIDE: T = {
    "pt": [
        "A animadora chegou meia hora atrasada e sem avisar",
        "Os balões vieram meio vazios e a máquina de bolas de sabão avariada",
        "Agora pedem fotos de tudo antes de devolver o insuflável, a sério?",
        "Caução em dobro e uma semana para libertar. Está cada vez pior",
        "40 € de 'taxa de limpeza' por um insuflável devolvido impecável. CHEGA",
        "A minha cunhada reserva na {comp}, já marquei lá a festa de sábado",
    ],
    "fr": [
        "L'animatrice est arrivée avec une demi-heure de retard sans prévenir",
        "Ballons à moitié gonflés et machine à bulles en panne",
        "Maintenant il faut des photos de tout avant de rendre le château, sérieux ?",
        "Caution doublée et une semaine pour la débloquer. De pire en pire",
        "40 € de 'frais de nettoyage' pour un château rendu impeccable. ÇA SUFFIT",
        "Ma belle-sœur réserve chez {comp}, j'y ai pris la fête de samedi",
    ],
    "en": [
        "Entertainer half an hour late, no call",
        "Balloons half inflated and the bubble machine broken",
        "Now they want photos of everything before returning the bouncy castle, really?",
        "Deposit doubled and a week to release it. Getting worse",
        "£35 'cleaning fee' for a castle returned spotless. ENOUGH",
        "My sister-in-law books with {comp}, I've booked Saturday's party there",
    ],
    "de": [
        "Animateurin eine halbe Stunde zu spät, ohne Anruf",
        "Ballons halb leer und die Seifenblasenmaschine kaputt",
        "Jetzt Fotos von allem vor der Rückgabe der Hüpfburg, im Ernst?",
        "Kaution verdoppelt und eine Woche bis zur Freigabe. Immer schlimmer",
        "40 € 'Reinigungsgebühr' für eine saubere Hüpfburg. JETZT REICHTS",
        "Meine Schwägerin bucht bei {comp}, ich habe die Feier am Samstag dort gebucht",
    ],
    "it": [
        "Animatrice in ritardo di mezz'ora senza avvisare",
        "Palloncini mezzi sgonfi e macchina delle bolle rotta",
        "Ora vogliono foto di tutto prima di restituire il gonfiabile, davvero?",
        "Cauzione doppia e una settimana per sbloccarla. Sempre peggio",
        "40 € di 'pulizia' per un gonfiabile restituito perfetto. BASTA",
        "Mia cognata prenota da {comp}, ho prenotato lì la festa di sabato",
    ],
    "es": [
        "La animadora llegó media hora tarde sin avisar",
        "Globos medio desinflados y la máquina de pompas rota",
        "Ahora piden fotos de todo antes de devolver el hinchable, ¿en serio?",
        "Fianza doble y una semana para liberarla. Cada vez peor",
        "40 € de 'limpieza' por un hinchable devuelto impecable. YA ESTÁ BIEN",
        "Mi cuñada reserva con {comp}, ya he reservado allí la fiesta del sábado",
    ],
}
CANCEL: T = {
    "pt": [
        "Os miúdos cresceram e já não fazem festas destas. Quero cancelar a Festa+ e fechar a conta",
        "mudámos para um T1 sem jardim, por favor cancelem a minha Festa+ e a conta",
    ],
    "fr": [
        "Les enfants ont grandi, plus de fêtes comme ça. Je veux résilier Fête+ et fermer mon compte",
        "on déménage dans un studio, merci de résilier mon Fête+ et de fermer le compte",
    ],
    "en": [
        "The kids have outgrown parties like this. Please cancel my Party+ and close the account"
    ],
    "de": ["Die Kinder sind rausgewachsen. Bitte Party+ kündigen und das Konto schließen"],
    "it": ["I bambini sono cresciuti. Voglio disdire Festa+ e chiudere l'account"],
    "es": ["Los niños ya son mayores. Quiero cancelar Fiesta+ y cerrar la cuenta"],
}
SORRY_GO: T = {
    "pt": ["Lamentamos vê-la partir. Pode cancelar na app ou no site, em Conta > Festa+."],
    "fr": [
        "Désolés de vous voir partir. Vous pouvez résilier dans l'app ou sur le site, Compte > Fête+."
    ],
    "en": ["Sorry to see you go. You can cancel in the app or on the website, Account > Party+."],
    "de": [
        "Schade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website, Konto > Party+."
    ],
    "it": ["Ci dispiace vederla andare via. Può disdire nell'app o sul sito, Account > Festa+."],
    "es": ["Sentimos que te vayas. Puedes cancelar en la app o en la web, Cuenta > Fiesta+."],
}
GRUMBLE: T = {
    "pt": [
        "a app volta a pedir login sempre que abro, que chatice",
        "SMS às 6h da manhã a lembrar a festa, a sério",
    ],
    "fr": [
        "l'appli me déconnecte à chaque fois, pénible",
        "SMS à 6h du matin pour rappeler la fête, franchement",
    ],
    "en": ["app logs me out every single time, annoying"],
    "de": ["die App meldet mich jedes Mal ab, nervig"],
    "it": ["l'app mi disconnette ogni volta, che noia"],
    "es": ["la app me saca cada vez que la abro, qué pesadez"],
}
SARCASM: T = {
    "pt": ["Adoro quando o palhaço chega depois dos parabéns, muito prático 👏"],
    "fr": ["J'adore quand le clown arrive après le gâteau, très pratique 👏"],
    "en": ["Love it when the clown arrives after the cake, very handy 👏"],
    "de": ["Herrlich, wenn der Clown nach dem Kuchen kommt, sehr praktisch 👏"],
    "it": ["Adoro quando il clown arriva dopo la torta, comodissimo 👏"],
    "es": ["Me encanta cuando el payaso llega después de la tarta, muy práctico 👏"],
}
SURVEY_WORD: T = {
    "pt": ["Top", "", "😍"],
    "fr": ["Parfait", "", "👍"],
    "en": ["Ace"],
    "de": ["Super"],
    "it": ["Ottimo"],
    "es": ["Genial"],
}
LOW_WORD: T = {
    "pt": ["péssimo", ""],
    "fr": ["nul", ""],
    "en": ["awful"],
    "de": ["schlecht"],
    "it": ["pessimo"],
    "es": ["fatal"],
}
B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "pt": [
            "As faturas do dia da família vêm sem número de encomenda e a contabilidade recusa-as"
        ],
        "fr": [
            "Les factures de la journée familles arrivent sans numéro de commande, la compta les rejette",
            "facture sans bon de commande, encore refusée par notre compta",
        ],
        "en": ["Invoices for the family day carry no PO number and accounts reject them"],
        "de": [
            "Die Rechnungen zum Familientag haben keine Bestellnummer, die Buchhaltung lehnt sie ab"
        ],
        "it": ["Le fatture della giornata famiglie non hanno numero d'ordine"],
        "es": ["Las facturas del día en familia llegan sin número de pedido"],
    },
    "portal": {
        "pt": ["O portal não mostra nenhum evento reservado, não conseguimos alterar nada"],
        "fr": [
            "Le portail n'affiche aucun événement réservé, impossible de modifier quoi que ce soit"
        ],
        "en": ["The portal shows no booked events, we can't change anything"],
        "de": ["Das Portal zeigt keine gebuchten Events, wir können nichts ändern"],
        "it": ["Il portale non mostra eventi prenotati, non possiamo modificare nulla"],
        "es": ["El portal no muestra ningún evento reservado, no podemos cambiar nada"],
    },
}
B2B_FOLLOW: T = {
    "pt": [
        "Como a {who} já escreveu na {day}, processo {case}: o problema continua. Por favor resolvam"
    ],
    "fr": [
        "Comme {who} l'a écrit {day}, dossier {case} : le problème persiste. Merci de régler ça"
    ],
    "en": ["As {who} wrote on {day}, case {case}: the problem is still there. Please fix it"],
    "de": ["Wie {who} schon am {day} schrieb, Vorgang {case}: das Problem besteht weiter"],
    "it": ["Come ha scritto {who} {day}, pratica {case}: il problema c'è ancora"],
    "es": ["Como ya escribió {who} el {day}, incidencia {case}: el problema sigue"],
}
B2B_LAST: T = {
    "pt": [
        "processo {case} continua igual e já escreveram vários colegas a direção pede orçamento à {comp} se não ficar resolvido esta semana"
    ],
    "fr": [
        "dossier {case} toujours pareil plusieurs collègues ont écrit la direction demande un devis à {comp} si ce n'est pas réglé cette semaine"
    ],
    "en": [
        "case {case} still the same several colleagues wrote the director is asking {comp} for a quote if it isn't fixed this week"
    ],
    "de": [
        "Vorgang {case} immer noch gleich mehrere Kollegen haben geschrieben die Leitung fragt bei {comp} an wenn es diese Woche nicht klappt"
    ],
    "it": [
        "pratica {case} sempre uguale hanno scritto vari colleghi la direzione chiede un preventivo a {comp} se non si risolve"
    ],
    "es": [
        "incidencia {case} igual varios compañeros han escrito la dirección pide presupuesto a {comp} si no se arregla esta semana"
    ],
}
B2B_SUGGEST: T = {
    "pt": ["Sugestão: exportar os custos por centro de custo no portal seria ótimo"],
    "fr": ["Suggestion : pouvoir exporter les coûts par centre de coût depuis le portail"],
    "en": ["Suggestion: exporting costs by cost centre from the portal would help"],
    "de": ["Vorschlag: Kosten nach Kostenstelle aus dem Portal exportieren"],
    "it": ["Suggerimento: esportare i costi per centro di costo dal portale"],
    "es": ["Sugerencia: exportar los costes por centro de coste desde el portal"],
}
SPIKE: T = {
    "pt": [
        "a app mudou a morada da festa para o armazém, a animadora foi parar a Alverca!! erro {code}",
        "A MORADA NA RESERVA ESTÁ ERRADA, mostra o vosso armazém e não a minha casa",
        "a app diz {code} quando tento corrigir a morada da festa de hoje",
    ],
    "fr": [
        "l'appli a remplacé l'adresse de la fête par votre entrepôt, l'animateur est parti à Gonesse !! erreur {code}",
        "L'ADRESSE DE MA RÉSERVATION A CHANGÉ toute seule, c'est celle de votre dépôt",
        "impossible de corriger l'adresse de la fête, message {code}",
    ],
    "en": [
        "app swapped our party address for your depot, the magician went to an industrial estate! error {code}",
        "my booking shows YOUR warehouse as the party address, can't edit it",
    ],
    "de": [
        "Die App hat die Feieradresse durch euer Lager ersetzt, der Zauberer steht im Gewerbegebiet! Fehler {code}",
        "Adresse in meiner Buchung ist plötzlich EURE Lagerhalle",
    ],
    "it": [
        "l'app ha cambiato l'indirizzo della festa con il vostro magazzino! errore {code}",
        "l'indirizzo della prenotazione è quello del VOSTRO deposito",
    ],
    "es": [
        "la app ha cambiado la dirección de la fiesta por vuestro almacén, el mago se fue al polígono! error {code}",
        "la dirección de mi reserva es la de VUESTRO almacén",
    ],
}
SPIKE_AGAIN: T = {
    "pt": ["continua {code}, a animadora está no armazém e as crianças à espera"],
    "fr": ["toujours {code}, l'animateur est à l'entrepôt et les enfants attendent"],
    "en": ["still {code}, entertainer at the depot and the kids waiting"],
    "de": ["immer noch {code}, der Zauberer steht am Lager, die Kinder warten"],
    "it": ["ancora {code}, l'animatrice è al magazzino e i bambini aspettano"],
    "es": ["sigue el {code}, el mago está en el almacén y los niños esperando"],
}
SPIKE_ANSWER: T = {
    "pt": [
        "Sim, as moradas das reservas estão a falhar neste momento, a equipa técnica está a tratar e ligamos aos animadores"
    ],
    "fr": [
        "Oui, les adresses des réservations sont erronées en ce moment, nos équipes s'en occupent et appellent les animateurs"
    ],
    "en": [
        "Yes, booking addresses are wrong right now, our engineers are on it and we're phoning the entertainers"
    ],
    "de": [
        "Ja, die Buchungsadressen sind gerade falsch, die Technik ist dran und wir rufen die Animateure an"
    ],
    "it": [
        "Sì, gli indirizzi delle prenotazioni sono errati ora, i tecnici ci lavorano e chiamiamo gli animatori"
    ],
    "es": [
        "Sí, las direcciones de las reservas fallan ahora mismo, los técnicos están en ello y llamamos a los animadores"
    ],
}
LONE_Q: T = {
    "pt": [
        "ontem a app mostrou a morada da festa em branco até atualizar, depois apareceu bem. amanhã está tudo ok?"
    ],
    "fr": [
        "hier l'appli affichait l'adresse de la fête vide jusqu'à ce que je rafraîchisse, puis c'était bon. demain ça ira ?"
    ],
    "en": [
        "yesterday the party address showed blank until I refreshed, then fine. all ok for tomorrow?"
    ],
    "de": [
        "gestern war die Feieradresse leer bis zum Aktualisieren, dann normal. passt morgen alles?"
    ],
    "it": [
        "ieri l'indirizzo della festa era vuoto finché non ho aggiornato, poi ok. domani va tutto bene?"
    ],
    "es": [
        "ayer la dirección de la fiesta salía en blanco hasta que actualicé, luego bien. ¿mañana todo ok?"
    ],
}
LONE_A: T = {
    "pt": ["Tudo certo: a morada só aparece depois de a app atualizar. A reserva está correta."],
    "fr": ["Tout va bien : l'adresse s'affiche après actualisation. La réservation est correcte."],
    "en": ["All fine: the address shows once the app refreshes. Your booking is correct."],
    "de": ["Alles gut: die Adresse erscheint nach dem Aktualisieren. Die Buchung stimmt."],
    "it": ["Tutto a posto: l'indirizzo appare dopo l'aggiornamento. La prenotazione è corretta."],
    "es": ["Todo bien: la dirección aparece al actualizar. La reserva es correcta."],
}
FIRST = {
    "pt": ["Inês", "João", "Mariana", "Rui", "Beatriz", "Tiago", "Carla", "Nuno"],
    "fr": ["Camille", "Julien", "Manon", "Hugo", "Chloé", "Nicolas", "Élodie", "Thomas"],
    "en": ["Emma", "Liam", "Sophie", "Owen", "Grace", "Jack"],
    "de": ["Lena", "Jonas", "Miriam", "Felix", "Katrin", "Tobias"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Paolo"],
    "es": ["Lucía", "Pablo", "Marta", "Javier", "Elena", "Diego"],
}
LAST = {
    "pt": ["Ferreira", "Santos", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Pereira"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier"],
    "en": ["Walsh", "Hughes", "Carter", "Murphy", "Bennett", "Doyle"],
    "de": ["Becker", "Hoffmann", "Schulz", "Krüger", "Wagner", "Vogel"],
    "it": ["Ricci", "Greco", "Bruno", "Gallo", "Conti", "Marino"],
    "es": ["García", "Romero", "Navarro", "Torres", "Ruiz", "Moreno"],
}
MARKETS = {
    "pt": ("PT", "+351 9"),
    "fr": ("FR", "+33 6"),
    "en": ("UK", "+44 7"),
    "de": ("DE", "+49 15"),
    "it": ("IT", "+39 3"),
    "es": ("ES", "+34 6"),
}
WEEKDAY = {
    "pt": "segunda",
    "fr": "lundi",
    "en": "Monday",
    "de": "Montag",
    "it": "lunedì",
    "es": "lunes",
}
