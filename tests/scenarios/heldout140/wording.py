# ruff: noqa: E501
"""Wording of heldout140: Ludovara, a board-game library (home loans, a business arm).

Written from the stories; Portuguese and Italian first, then en, fr, de, es.
"""

from __future__ import annotations

LANGS = ("pt", "it", "en", "fr", "de", "es")
MARKETS = {
    "pt": ("PT",),
    "it": ("IT", "CH"),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT"),
    "es": ("ES",),
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}

GAMES = [
    "Cartografos",
    "Azul",
    "Wingspan",
    "Dixit",
    "Terraforming Mars",
    "Codenames",
    "Catan",
    "Everdell",
]

PRAISE: dict[str, list[str]] = {
    "pt": [
        "o {game} chegou impecavel, todas as pecas contadas. adoramos a noite de jogo!",
        "Mais uma vez a caixa veio perfeita, terceira vez este mes que alugamos e nunca falhou 👏",
        "obrigada ludovara, os miudos passaram o domingo inteiro no {game}",
    ],
    "it": [
        "{game} arrivato in ordine, manuale pulito, serata perfetta con gli amici",
        "di nuovo tutto perfetto, è la terza volta che prendo un gioco e ogni volta è curato benissimo",
        "Grazie Ludovara! il {game} ci ha salvato la domenica piovosa",
    ],
    "en": ["{game} arrived spotless again, every card there. brilliant service"],
    "fr": ["{game} reçu nickel, merci, soirée réussie avec les voisins"],
    "de": ["{game} kam vollständig an, super verpackt. Danke!"],
    "es": ["el {game} llego perfecto otra vez, gracias!!"],
}
PRAISE_GRIPE: dict[str, list[str]] = {
    "pt": ["adoro o servico, so a caixa de devolucao e um bocado fraca, rasgou no canto"],
    "it": ["servizio ottimo, solo il corriere arriva sempre dopo le 19, un po tardi per giocare"],
    "en": ["love it, only wish the app showed play time before I borrow"],
    "fr": ["très bien, juste le carton de retour un peu juste pour les grosses boîtes"],
    "de": ["Top, nur die Rückgabe-Etikette ist etwas klein gedruckt"],
    "es": ["genial, solo que el manual venia en ingles"],
}
QUESTION: dict[str, list[str]] = {
    "pt": [
        "ola, posso ficar com o {game} mais uma semana?",
        "Boa tarde, o {game} serve para criancas de 8 anos?",
    ],
    "it": ["ciao, posso tenere {game} fino a lunedì?", "Buongiorno, {game} si può giocare in due?"],
    "en": ["hi, can I keep {game} over the weekend?"],
    "fr": ["bonjour, est-ce que {game} se joue à deux ?"],
    "de": ["Hallo, kann ich {game} eine Woche verlängern?"],
    "es": ["hola, puedo quedarme el {game} una semana mas?"],
}
CALL_QUESTION: dict[str, list[str]] = {
    "pt": ["sim bom dia queria saber se posso trocar o {game} por outro sem pagar portes obrigada"],
    "it": ["si buongiorno volevo chiedere se il {game} ha anche l espansione grazie mille"],
    "en": ["yeah hi just wondering if {game} comes with the expansion thanks"],
    "fr": ["oui bonjour je voulais savoir si on peut prolonger le {game} merci"],
    "de": ["ja hallo ich wollte fragen ob ich den {game} verlaengern kann danke"],
    "es": ["si hola queria saber si el {game} trae la expansion gracias"],
}
ANSWER: dict[str, str] = {
    "pt": "Olá! Sim, já está tratado na sua conta. Bom jogo! – Equipa Ludovara",
    "it": "Ciao! Sì, è già fatto sul tuo account. Buon divertimento! – Team Ludovara",
    "en": "Hi! Yes, that's done on your account. Have fun! – Ludovara team",
    "fr": "Bonjour ! Oui, c'est fait sur votre compte. Bon jeu ! – L'équipe Ludovara",
    "de": "Hallo! Ja, das ist in Ihrem Konto erledigt. Viel Spaß! – Ihr Ludovara-Team",
    "es": "¡Hola! Sí, ya está hecho en tu cuenta. ¡A jugar! – Equipo Ludovara",
}
THANKS: dict[str, list[str]] = {
    "pt": ["obrigada!!", "perfeito, obrigado"],
    "it": ["grazie mille!", "perfetto grazie"],
    "en": ["cheers!"],
    "fr": ["merci beaucoup"],
    "de": ["Danke!"],
    "es": ["gracias!"],
}
SURVEY_WORD: dict[str, list[str]] = {
    "pt": ["", "top", "😊"],
    "it": ["", "ottimo", "👍"],
    "en": ["great"],
    "fr": ["parfait"],
    "de": ["super"],
    "es": ["genial"],
}
NIGHT: dict[str, list[str]] = {
    "pt": ["3 da manha e ainda estamos no {game} kkk melhor aluguer de sempre"],
    "it": ["sono le 2 e siamo ancora al {game}, colpa vostra 😂"],
    "en": ["2am and still playing {game}. send help (and another expansion)"],
    "fr": ["1h du mat et on rejoue au {game}, merci Ludovara"],
    "de": ["2 Uhr nachts und wir spielen immer noch {game} 😅"],
    "es": ["las 2 de la mañana y seguimos con el {game} jaja"],
}

# The consumer problems.
PROBLEMS = ("missing_box", "pieces_missing", "late_fee", "deposit")
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "missing_box": {
        "pt": [
            "a app diz que a caixa foi entregue no cacifo mas o cacifo esta VAZIO. tinha uma festa hoje",
            "Encomenda dada como entregue e nao recebi nada. Isto nao se faz.",
        ],
        "it": [
            "l'app dice consegnato nel locker ma il locker è vuoto!! avevo invitato 6 persone",
            "Pacco segnato come consegnato, mai arrivato. Pessimo.",
        ],
        "en": [
            "app says the box was left in the locker. locker is EMPTY. guests arriving in an hour"
        ],
        "fr": ["l'appli dit livré au casier mais le casier est vide. super."],
        "de": ["Laut App im Schließfach zugestellt, das Fach ist leer. Ärgerlich."],
        "es": ["la app dice entregado en la taquilla y la taquilla esta vacia"],
    },
    "pieces_missing": {
        "pt": [
            "faltam cartas no {game}, metade do baralho nao veio. impossivel jogar",
            "o {game} veio sem o tabuleiro, como e possivel",
        ],
        "it": [
            "mancano metà delle carte di {game}, non si può giocare",
            "nel {game} manca il tabellone, serata rovinata",
        ],
        "en": ["half the cards of {game} are missing, can't play it"],
        "fr": ["il manque la moitié des cartes de {game}, injouable"],
        "de": ["Bei {game} fehlt die Hälfte der Karten, unspielbar"],
        "es": ["al {game} le faltan la mitad de las cartas"],
    },
    "late_fee": {
        "pt": ["cobraram-me multa de atraso mas devolvi o {game} no dia certo, tenho o talao"],
        "it": [
            "mi avete addebitato la penale di ritardo ma ho reso {game} in tempo, ho la ricevuta",
            "PENALE di ritardo?? ho restituito il gioco due giorni prima",
        ],
        "en": ["charged a late fee but I returned {game} on time, I have the receipt"],
        "fr": ["frais de retard alors que j'ai rendu {game} à temps"],
        "de": ["Verspätungsgebühr, obwohl ich {game} pünktlich zurückgegeben habe"],
        "es": ["me cobrais recargo por retraso y devolvi el {game} a tiempo"],
    },
    "deposit": {
        "pt": ["a caucao do {game} ainda nao foi devolvida, ja passaram 3 semanas"],
        "it": ["la cauzione di {game} non mi è ancora tornata, sono passate tre settimane"],
        "en": ["still no deposit back for {game}, three weeks now"],
        "fr": ["toujours pas récupéré la caution de {game}, trois semaines"],
        "de": ["Die Kaution für {game} ist nach drei Wochen immer noch nicht zurück"],
        "es": ["la fianza del {game} sigue sin devolverse, tres semanas ya"],
    },
}
LONG_EMAIL: dict[str, str] = {
    "pt": (
        "Boa tarde,\n\nSou cliente da Ludovara ha dois anos e sempre recomendei o servico a toda a familia. "
        "Escrevo porque {complaint}. Ja tentei resolver pela app sem sucesso.\n\n"
        "Agradeco uma resposta rapida.\n\nCumprimentos,\n{name}"
    ),
    "it": (
        "Gentile servizio clienti,\n\nsono abbonata da tempo e di solito tutto funziona. "
        "Vi scrivo perché {complaint}. Non è la prima volta che aspetto una risposta.\n\n"
        "Resto in attesa.\n\nCordiali saluti,\n{name}"
    ),
}
CALL_COMPLAINT: dict[str, str] = {
    "pt": "sim boa tarde ligo porque {complaint} e ninguem me diz nada",
    "it": "si buonasera chiamo perché {complaint} e nessuno mi risponde",
    "en": "yeah hi calling because {complaint} and nobody tells me anything",
    "fr": "oui bonjour j'appelle parce que {complaint} et personne ne répond",
    "de": "ja guten tag ich rufe an weil {complaint} und keiner meldet sich",
    "es": "si hola llamo porque {complaint} y nadie me dice nada",
}
CASE_OPENED: dict[str, str] = {
    "pt": "Lamentamos muito. Abrimos o processo {ref} e voltamos a contactar em breve.",
    "it": "Ci dispiace molto. Abbiamo aperto la pratica {ref}, ti ricontattiamo a breve.",
    "en": "Very sorry about this. We've opened case {ref} and will be back to you shortly.",
    "fr": "Toutes nos excuses. Nous avons ouvert le dossier {ref}, nous revenons vers vous.",
    "de": "Das tut uns leid. Wir haben den Fall {ref} eröffnet und melden uns bald.",
    "es": "Lo sentimos mucho. Hemos abierto el caso {ref} y te respondemos pronto.",
}
QUALITY_LEAD: dict[str, str] = {
    "pt": "O seu processo {ref} passou para a nossa responsavel de qualidade, que lhe liga antes de sexta.",
    "it": "La tua pratica {ref} è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì.",
    "en": "Your case {ref} is now with our quality lead, who will call you before Friday.",
    "fr": "Votre dossier {ref} est chez notre responsable qualité, qui vous appelle avant vendredi.",
    "de": "Ihr Fall {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitag anruft.",
    "es": "Tu caso {ref} está con nuestra responsable de calidad, que te llamará antes del viernes.",
}
GOOD_NEWS: dict[str, str] = {
    "pt": "Boas noticias sobre o processo {ref}: ja esta resolvido. Pode confirmar?",
    "it": "Buone notizie sulla pratica {ref}: è risolta. Ce lo confermi?",
    "en": "Good news on case {ref}: it's sorted. Could you confirm?",
    "fr": "Bonne nouvelle pour le dossier {ref} : c'est réglé. Pouvez-vous confirmer ?",
    "de": "Gute Nachricht zu Fall {ref}: erledigt. Können Sie das bestätigen?",
    "es": "Buenas noticias sobre el caso {ref}: resuelto. ¿Nos lo confirmas?",
}
CONFIRM: dict[str, str] = {
    "pt": "confirmo, processo {ref} resolvido. obrigada",
    "it": "confermo, pratica {ref} risolta, grazie",
    "en": "confirmed, case {ref} is sorted, thanks",
    "fr": "je confirme, dossier {ref} réglé, merci",
    "de": "bestätigt, Fall {ref} ist erledigt, danke",
    "es": "confirmado, caso {ref} resuelto, gracias",
}
APOLOGY: dict[str, str] = {
    "pt": "desculpem o tom de ontem, estava furiosa. obrigada por resolverem",
    "it": "scusate i toni di ieri, ero nervoso. grazie per averlo risolto",
    "en": "sorry for the rant yesterday, thanks for sorting it",
    "fr": "désolée pour mon message d'hier, merci d'avoir réglé ça",
    "de": "sorry für den Ton gestern, danke fürs Lösen",
    "es": "perdon por el tono de ayer, gracias por solucionarlo",
}
STILL_OPEN: dict[str, list[str]] = {
    "pt": [
        "processo {ref}: continua por resolver. alguem me responde?",
        "escrevo outra vez sobre o {ref}, NADA mudou",
    ],
    "it": [
        "pratica {ref} ancora aperta, nessuna novità",
        "riscrivo per la pratica {ref}: ancora niente",
    ],
    "en": ["case {ref} still open, nothing has happened"],
    "fr": ["dossier {ref} toujours ouvert, rien n'a bougé"],
    "de": ["Fall {ref} ist immer noch offen, nichts passiert"],
    "es": ["caso {ref} sigue abierto, nada de nada"],
}
THIRD: dict[str, str] = {
    "pt": "terceira vez sobre o {ref}. uma amiga aluga na {comp} e resolvem tudo no proprio dia",
    "it": "terza volta per la pratica {ref}. una collega noleggia da {comp} e lì risolvono in giornata",
    "en": "third time about {ref}. a friend rents from {comp} and they sort things the same day",
    "fr": "troisième fois pour {ref}. une amie loue chez {comp}, ils règlent ça dans la journée",
    "de": "dritte Nachricht zu {ref}. Eine Freundin leiht bei {comp}, die lösen sowas am selben Tag",
    "es": "tercera vez con el caso {ref}. una amiga alquila en {comp} y lo arreglan en el dia",
}
FOURTH: dict[str, str] = {
    "pt": "QUARTA vez. processo {ref}. continua tudo igual",
    "it": "QUARTA volta. pratica {ref}. tutto come prima",
    "en": "FOURTH time. case {ref}. still nothing",
    "fr": "QUATRIÈME fois. dossier {ref}. toujours rien",
    "de": "VIERTES Mal. Fall {ref}. Immer noch nichts",
    "es": "CUARTA vez. caso {ref}. sigue igual",
}
URGENT: dict[str, str] = {
    "pt": "Acrescentado ao processo {ref}, marcado como urgente.",
    "it": "Aggiunto alla pratica {ref}, segnata come urgente.",
    "en": "Added to case {ref}, marked urgent.",
    "fr": "Ajouté au dossier {ref}, marqué urgent.",
    "de": "Zu Fall {ref} hinzugefügt, als dringend markiert.",
    "es": "Añadido al caso {ref}, marcado urgente.",
}
COMPETITORS = ("Dadoteca", "Pedinix")
SLIDE: dict[str, list[str]] = {
    "pt": [
        "a caixa chegou dois dias depois do prometido, sem aviso",
        "o {game} veio com as cartas coladas de humidade",
        "agora pedem fotografia de cada peca na devolucao?? sao 300 pecas",
        "a caucao subiu para o dobro e demora uma semana a voltar",
        "cobraram 12 euros de limpeza por uma caixa que devolvi impecavel, com fotos da vossa app",
        "o meu cunhado aluga na {comp}, ja reservei la o jogo de sabado",
    ],
    "it": [
        "il gioco è arrivato con due giorni di ritardo, senza avviso",
        "le carte di {game} erano incollate dall'umidità",
        "adesso volete la foto di ogni pezzo al reso?? sono 300 pezzi",
        "cauzione raddoppiata e una settimana per riaverla",
        "12 euro di pulizia per una scatola resa perfetta, con le foto della vostra app",
        "mio cognato noleggia da {comp}, ho già prenotato lì il gioco di sabato",
    ],
    "en": [
        "box came two days late, no heads up",
        "cards in {game} stuck together from damp",
        "a photo of every piece on return now?? 300 pieces",
        "deposit doubled and a week to get it back",
        "£10 cleaning fee for a box I returned spotless, your own app photos show it",
        "my brother-in-law rents from {comp}, booked Saturday's game there",
    ],
    "fr": [
        "colis arrivé avec deux jours de retard sans prévenir",
        "les cartes de {game} collées par l'humidité",
        "une photo de chaque pièce au retour ?? 300 pièces",
        "caution doublée et une semaine pour la récupérer",
        "12 € de nettoyage pour une boîte rendue impeccable, photos de votre appli à l'appui",
        "mon beau-frère loue chez {comp}, j'ai réservé le jeu de samedi là-bas",
    ],
    "de": [
        "Paket zwei Tage zu spät, ohne Info",
        "Karten von {game} vom Feuchtigkeit verklebt",
        "Jetzt ein Foto von jedem Teil bei Rückgabe?? 300 Teile",
        "Kaution verdoppelt und eine Woche bis zur Rückzahlung",
        "12 € Reinigung für eine tadellose Schachtel, Ihre eigenen App-Fotos zeigen es",
        "Mein Schwager leiht bei {comp}, das Samstagsspiel hab ich dort gebucht",
    ],
    "es": [
        "la caja llego dos dias tarde sin avisar",
        "las cartas del {game} pegadas por la humedad",
        "ahora foto de cada pieza al devolver?? son 300 piezas",
        "fianza doblada y una semana para recuperarla",
        "12 € de limpieza por una caja devuelta impecable, con fotos de vuestra app",
        "mi cuñado alquila en {comp}, ya reserve alli el juego del sabado",
    ],
}
CANCEL: dict[str, str] = {
    "pt": "Bom dia, compramos os nossos proprios jogos e ja nao usamos o servico. Quero cancelar o Ludovara Mais e fechar a conta.",
    "it": "Buongiorno, ci trasferiamo all'estero: vorrei disdire Ludovara Più e chiudere l'account.",
    "en": "Hello, we've built up our own shelf of games now. Please cancel Ludovara Plus and close my account.",
    "fr": "Bonjour, nous déménageons. Je souhaite résilier Ludovara Plus et fermer mon compte.",
    "de": "Hallo, wir haben inzwischen eigene Spiele. Bitte Ludovara Plus kündigen und das Konto schließen.",
    "es": "Hola, ya tenemos nuestros propios juegos. Quiero cancelar Ludovara Plus y cerrar la cuenta.",
}
SORRY_GO: dict[str, str] = {
    "pt": "Temos pena de a ver partir. Pode cancelar na app ou no site, em Conta.",
    "it": "Ci dispiace vederti andare. Puoi disdire dall'app o dal sito, in Account.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website under Account.",
    "fr": "Désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, rubrique Compte.",
    "de": "Schade, dass Sie gehen. Sie können in der App oder auf der Website unter Konto kündigen.",
    "es": "Sentimos que te vayas. Puedes cancelar en la app o la web, en Cuenta.",
}
GRUMBLE: dict[str, list[str]] = {
    "pt": [
        "a app pede sempre o codigo outra vez, que seca",
        "porque e que o aviso de devolucao chega as 6 da manha",
    ],
    "it": [
        "l'app mi slogga ogni volta, che noia",
        "perché la notifica di reso arriva alle 6 di mattina",
    ],
    "en": ["app logs me out every single time"],
    "fr": ["l'appli me déconnecte à chaque fois"],
    "de": ["Die App loggt mich jedes Mal aus"],
    "es": ["la app me saca cada vez"],
}
SARCASM: dict[str, str] = {
    "pt": "adoro esperar 40 minutos na loja ao sabado, mesmo o meu passatempo preferido 🙃",
    "it": "adoro aspettare 40 minuti al punto ritiro di sabato, il mio hobby preferito 🙃",
    "en": "love queueing 40 minutes at the pick-up point on a Saturday, best hobby ever 🙃",
    "fr": "j'adore attendre 40 minutes au point retrait le samedi 🙃",
    "de": "Ich liebe 40 Minuten Warten am Samstag an der Abholstelle 🙃",
    "es": "me encanta esperar 40 minutos el sabado en el punto de recogida 🙃",
}
MILD: dict[str, str] = {
    "pt": "a pesquisa de pontos de recolha mostra a cidade errada",
    "it": "la ricerca dei punti ritiro mostra la città sbagliata",
    "en": "the pick-up point search shows the wrong town",
    "fr": "la recherche de points retrait affiche la mauvaise ville",
    "de": "Die Suche nach Abholstellen zeigt die falsche Stadt",
    "es": "la busqueda de puntos de recogida muestra otra ciudad",
}
ACK: dict[str, str] = {
    "pt": "Obrigado pelo aviso, passamos à equipa.",
    "it": "Grazie della segnalazione, l'abbiamo girata al team.",
    "en": "Thanks for letting us know, passed to the team.",
    "fr": "Merci du signalement, transmis à l'équipe.",
    "de": "Danke für den Hinweis, ist ans Team weitergegeben.",
    "es": "Gracias por avisar, lo pasamos al equipo.",
}
