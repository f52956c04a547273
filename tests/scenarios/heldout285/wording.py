"""Wording of heldout285 (Patinova, roller-skating rinks), written by hand, six languages."""
# ruff: noqa: E501

from __future__ import annotations

LANGS = ("pt", "en", "de", "es", "fr", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)

PRAISE: dict[str, list[str]] = {
    "pt": [
        "Sessão de sábado na Patinova foi incrível, a miúda já anda sozinha!",
        "Adorei a roller disco de ontem, música top e patins limpinhos",
        "Terceira vez este mês na pista da Patinova e continua a ser o melhor plano de sexta",
        "Monitora super paciente na aula de iniciação, obg Patinova",
    ],
    "en": [
        "Roller disco at Patinova last night was brilliant, the DJ was class",
        "Third time this month at the rink and the kids still beg to go back",
        "Lovely staff at the skate hire desk, sorted my son's size in a minute",
        "Beginners lesson was great, I only fell twice haha",
    ],
    "de": [
        "Rollschuhdisko bei Patinova war mega, wir kommen wieder",
        "Schon wieder ein super Kurs, die Trainerin ist echt geduldig",
    ],
    "es": [
        "La sesión de patinaje del sábado en Patinova genial, volvemos seguro",
        "Tercera vez este mes en la pista y los peques encantados",
    ],
    "fr": [
        "Soirée roller disco chez Patinova au top, ambiance de folie",
        "Encore un super cours d'initiation, la coach est adorable",
    ],
    "it": [
        "Serata roller disco da Patinova bellissima, torniamo di sicuro",
        "Lezione per principianti fantastica, istruttore pazientissimo",
    ],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "pt": ["Pista ótima como sempre, só os cacifos é que são pequenos demais para mochilas"],
    "en": ["Great session as ever, only gripe is the café closes way too early"],
    "de": ["Sehr schöne Session, nur die Schließfächer sind etwas klein"],
    "es": ["Todo genial, aunque la música estaba un pelín alta"],
    "fr": ["Super séance, juste les vestiaires un peu serrés"],
    "it": ["Tutto perfetto, solo gli armadietti un po' piccoli"],
}

QUESTION: dict[str, list[str]] = {
    "pt": [
        "Olá, as aulas de iniciação para adultos são ao domingo de manhã?",
        "Boa tarde, posso trazer os meus próprios patins em linha para a sessão livre?",
        "Com o Passe Patinova posso levar um amigo uma vez por mês?",
    ],
    "en": [
        "Hi, do you do adult beginner lessons on Sunday mornings?",
        "Can I bring my own inline skates to the open session?",
        "Is there a minimum age for the roller disco evenings?",
    ],
    "de": ["Hallo, gibt es Anfängerkurse für Erwachsene am Sonntag?"],
    "es": ["Hola, ¿puedo llevar mis propios patines a la sesión libre?"],
    "fr": ["Bonjour, y a-t-il des cours débutants adultes le dimanche ?"],
    "it": ["Ciao, posso portare i miei pattini alla sessione libera?"],
}

ANSWER: dict[str, str] = {
    "pt": "Olá! Sim, claro. Pode ver os horários e reservar na app. Boas patinagens!",
    "en": "Hi! Yes, absolutely. You can see the times and book in the app. Happy skating!",
    "de": "Hallo! Ja, gerne. Die Zeiten und die Buchung finden Sie in der App.",
    "es": "¡Hola! Sí, claro. Puedes ver los horarios y reservar en la app.",
    "fr": "Bonjour ! Oui, bien sûr. Les horaires et la réservation sont dans l'appli.",
    "it": "Ciao! Sì, certo. Orari e prenotazioni sono nell'app.",
}

THANKS: dict[str, list[str]] = {
    "pt": ["Obrigada!", "Perfeito, obg"],
    "en": ["Cheers!", "Perfect, thanks"],
    "de": ["Danke!"],
    "es": ["¡Gracias!"],
    "fr": ["Merci !"],
    "it": ["Grazie!"],
}

NIGHT_POST: dict[str, list[str]] = {
    "pt": [
        "3 da manhã e ainda a ver vídeos de patinagem, sábado vou à Patinova tentar a curva para trás"
    ],
    "en": ["Can't sleep, watching roller dance videos and booking Saturday's session at Patinova"],
    "de": ["Nachtschicht vorbei, Samstag Rollschuhdisko bei Patinova gebucht"],
    "es": ["Las 2 y sin sueño, ya tengo reservada la roller disco del sábado en Patinova"],
    "fr": ["Insomnie, je regarde des tutos roller, samedi direction Patinova"],
    "it": ["Notte insonne, tutorial di pattinaggio e sabato si va da Patinova"],
}

NIGHT_QUESTION: dict[str, list[str]] = {
    "pt": ["A sessão de sábado às 10h ainda tem patins 38 para alugar?"],
    "en": ["Does the Saturday 10am session still have size 7 skates to hire?"],
    "de": ["Gibt es Samstag um 10 noch Leihskates in 39?"],
    "es": ["¿Quedan patines de la 38 para el sábado a las 10?"],
    "fr": ["Reste-t-il des patins taille 38 samedi à 10h ?"],
    "it": ["Ci sono ancora pattini 38 per sabato alle 10?"],
}

PRODUCTS = (
    ("Open session 2h / Sessão livre 2h", "9.50"),
    ("Roller disco night / Noite roller disco", "14.00"),
    ("Beginners lesson / Aula de iniciação", "18.00"),
    ("Skate hire / Aluguer de patins", "5.00"),
    ("Birthday party 10 kids / Festa de anos 10 crianças", "160.00"),
    ("Patinova Passe monthly / Passe Patinova mensal", "29.00"),
)

PROBLEMS = ("no_skates", "double_charge", "damage", "refund", "wrong_price", "party")

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "no_skates": {
        "pt": [
            "Reservei patins tamanho 36 para a minha filha e quando chegámos NÃO HAVIA. Ficou sentada 2 horas a ver os outros.",
            "Paguei aluguer de patins na app e no balcão disseram que não havia o número. Que vergonha.",
        ],
        "en": [
            "Booked size 4 skates for my daughter in the app and at the desk there were NONE. She sat on a bench for two hours.",
            "Paid for skate hire in advance and the desk said my size was all gone. Useless.",
        ],
        "de": [
            "Leihskates Größe 36 reserviert, vor Ort KEINE da. Meine Tochter saß zwei Stunden auf der Bank."
        ],
        "es": ["Reservé patines de la 36 y al llegar NO HABÍA. Mi hija dos horas sentada mirando."],
        "fr": [
            "J'avais réservé des patins en 36, sur place AUCUN. Ma fille a passé deux heures assise."
        ],
        "it": ["Avevo prenotato pattini 36 e al banco NON C'ERANO. Mia figlia due ore seduta."],
    },
    "double_charge": {
        "pt": [
            "Fui cobrado DUAS vezes pela noite de roller disco, 28 euros em vez de 14. Quero o dinheiro de volta.",
            "O cartão foi debitado duas vezes pela mesma reserva. Alguém me explica?",
        ],
        "en": [
            "You charged me TWICE for the roller disco, £24 instead of £12. I want it back.",
            "Same booking taken from my card twice. Please explain.",
        ],
        "de": ["Sie haben mir die Rollschuhdisko ZWEIMAL abgebucht, 28 statt 14 Euro."],
        "es": ["Me habéis cobrado DOS veces la roller disco, 28 euros en vez de 14."],
        "fr": ["Vous m'avez débité DEUX fois la soirée roller disco, 28 € au lieu de 14."],
        "it": ["Mi avete addebitato DUE volte la serata, 28 euro invece di 14."],
    },
    "damage": {
        "pt": [
            "Os patins alugados tinham uma roda solta e o meu filho caiu e magoou o pulso. Ninguém verificou nada.",
            "Patins de aluguer com o travão partido. Caí logo na primeira volta.",
        ],
        "en": [
            "The hire skates had a loose wheel, my son fell and hurt his wrist. Nobody checks these things.",
            "Hire skates with a snapped toe stop. Went down on the first lap.",
        ],
        "de": [
            "Die Leihskates hatten ein lockeres Rad, mein Sohn ist gestürzt und hat sich das Handgelenk verletzt."
        ],
        "es": [
            "Los patines de alquiler tenían una rueda suelta y mi hijo se cayó y se hizo daño en la muñeca."
        ],
        "fr": [
            "Les patins loués avaient une roue desserrée, mon fils est tombé et s'est fait mal au poignet."
        ],
        "it": [
            "I pattini a noleggio avevano una ruota allentata, mio figlio è caduto e si è fatto male al polso."
        ],
    },
    "refund": {
        "pt": [
            "Cancelaram a sessão por causa de uma avaria e até hoje nada de reembolso. Já passaram TRÊS semanas.",
            "Sessão cancelada por vocês e o reembolso nunca chegou.",
        ],
        "en": [
            "You cancelled the session for a fault and I still haven't had my refund. THREE weeks now.",
            "Session cancelled by you, refund promised, nothing since.",
        ],
        "de": ["Sie haben die Session abgesagt und nach DREI Wochen immer noch keine Erstattung."],
        "es": ["Cancelasteis la sesión y TRES semanas después sigo sin reembolso."],
        "fr": [
            "Vous avez annulé la séance et TROIS semaines après, toujours pas de remboursement."
        ],
        "it": ["Avete annullato la sessione e dopo TRE settimane nessun rimborso."],
    },
    "wrong_price": {
        "pt": [
            "Tenho o Passe Patinova e cobraram-me a sessão ao preço normal. Para que pago o passe então?",
            "Sou membro do Passe e a app cobrou-me 9,50 pela sessão livre. Não pode ser.",
        ],
        "en": [
            "I pay for Patinova Passe and still got charged full price for the session. What's the point?",
            "Passe member, charged the non-member rate again.",
        ],
        "de": ["Ich habe den Patinova Passe und zahle trotzdem den vollen Preis. Wozu?"],
        "es": ["Tengo el Passe Patinova y me cobráis la sesión a precio normal."],
        "fr": ["J'ai le Passe Patinova et on me facture le plein tarif."],
        "it": ["Ho il Passe Patinova e mi fate pagare il prezzo pieno."],
    },
    "party": {
        "pt": [
            "A festa de anos do meu filho foi marcada na mesma sala que outra festa. Dez crianças sem mesa. Inacreditável.",
            "Festa de aniversário paga e a sala estava ocupada por outro grupo.",
        ],
        "en": [
            "My son's birthday party was double-booked with another party. Ten kids and no table.",
            "Paid for the party room and another group was already in it.",
        ],
        "de": ["Der Kindergeburtstag war doppelt gebucht, zehn Kinder ohne Tisch."],
        "es": [
            "El cumple de mi hijo estaba reservado en la misma sala que otra fiesta. Diez niños sin mesa."
        ],
        "fr": ["L'anniversaire de mon fils était réservé dans la même salle qu'une autre fête."],
        "it": ["La festa di mio figlio era prenotata nella stessa sala di un'altra festa."],
    },
}

SUBJECT: dict[str, str] = {
    "pt": "Reclamação",
    "en": "Complaint",
    "de": "Beschwerde",
    "es": "Reclamación",
    "fr": "Réclamation",
    "it": "Reclamo",
}

LONG_OPEN: dict[str, str] = {
    "pt": "Boa noite,\n\nescrevo do carro à porta do treino de futebol do mais novo, por isso desculpem a pressa. Somos clientes há dois anos e quase sempre correu bem.\n\n",
    "en": "Hello,\n\nI'm writing this at the kitchen table while the dinner burns, so forgive the tone. We've been coming for two years and it's usually lovely.\n\n",
    "de": "Guten Abend,\n\nich schreibe aus dem Wartezimmer beim Kinderarzt. Wir sind seit zwei Jahren Kunden und waren meist zufrieden.\n\n",
    "es": "Buenas,\n\nos escribo desde la parada del bus. Llevamos dos años yendo y casi siempre bien.\n\n",
    "fr": "Bonsoir,\n\nje vous écris depuis le parking de la piscine. Nous venons depuis deux ans.\n\n",
    "it": "Buonasera,\n\nvi scrivo dalla sala d'attesa del dentista. Veniamo da due anni.\n\n",
}

LONG_CLOSE: dict[str, str] = {
    "pt": "\n\nEspero uma resposta séria. Cumprimentos,",
    "en": "\n\nI'd like a proper answer this time. Regards,",
    "de": "\n\nIch erwarte eine ernsthafte Antwort. Grüße,",
    "es": "\n\nEspero una respuesta en serio. Saludos,",
    "fr": "\n\nJ'attends une vraie réponse. Cordialement,",
    "it": "\n\nAspetto una risposta seria. Saluti,",
}

CASE_OPENED: dict[str, str] = {
    "pt": "Lamentamos muito. Abrimos o processo {case} e damos notícias em breve.",
    "en": "We're really sorry. We've opened case {case} and will be back to you shortly.",
    "de": "Das tut uns leid. Wir haben den Vorgang {case} eröffnet.",
    "es": "Lo sentimos mucho. Hemos abierto la incidencia {case}.",
    "fr": "Nous sommes désolés. Nous avons ouvert le dossier {case}.",
    "it": "Ci dispiace molto. Abbiamo aperto la pratica {case}.",
}

GOOD_NEWS: dict[str, str] = {
    "pt": "Boas notícias sobre o processo {case}: está resolvido. Pode confirmar?",
    "en": "Good news on case {case}: it's sorted. Could you confirm?",
    "de": "Gute Nachrichten zu {case}: erledigt. Können Sie das bestätigen?",
    "es": "Buenas noticias sobre {case}: resuelto. ¿Nos lo confirmas?",
    "fr": "Bonne nouvelle pour {case} : c'est réglé. Pouvez-vous confirmer ?",
    "it": "Buone notizie su {case}: risolto. Può confermare?",
}

ESCALATED: dict[str, str] = {
    "pt": "O seu processo {case} passou para a nossa responsável de qualidade, que lhe liga até sexta ao almoço.",
    "en": "Your case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "de": "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "es": "Tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes.",
    "fr": "Votre dossier {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi.",
    "it": "La sua pratica {case} è ora con la responsabile qualità, che la chiamerà entro venerdì.",
}

CONFIRM: dict[str, str] = {
    "pt": "Confirmo, {case} resolvido. Obrigado!",
    "en": "Confirmed, {case} is sorted. Thanks!",
    "de": "Bestätigt, {case} ist erledigt. Danke!",
    "es": "Confirmado, {case} resuelto. ¡Gracias!",
    "fr": "Confirmé, {case} réglé. Merci !",
    "it": "Confermo, {case} risolto. Grazie!",
}

APOLOGY: dict[str, str] = {
    "pt": "Desculpem o tom de ontem, estava mesmo chateada. Obrigada por resolverem.",
    "en": "Sorry for my tone yesterday, I was fuming. Thanks for sorting it.",
    "de": "Entschuldigung für gestern, ich war sauer. Danke fürs Lösen.",
    "es": "Perdón por el tono de ayer, estaba muy enfadada. Gracias.",
    "fr": "Désolée pour mon ton d'hier. Merci d'avoir réglé ça.",
    "it": "Scusate il tono di ieri, ero arrabbiata. Grazie.",
}

STILL_OPEN: dict[str, str] = {
    "pt": "Processo {case} continua por resolver. Já escrevi antes e nada.",
    "en": "Case {case} is still open. I've already been in touch and nothing.",
    "de": "Vorgang {case} ist immer noch offen. Ich habe schon geschrieben.",
    "es": "La incidencia {case} sigue abierta. Ya escribí y nada.",
    "fr": "Le dossier {case} est toujours ouvert. J'ai déjà écrit.",
    "it": "La pratica {case} è ancora aperta. Ho già scritto.",
}

THIRD: dict[str, str] = {
    "pt": " Uma amiga vai à {comp} e lá resolvem isto no próprio dia.",
    "en": " A mate goes to {comp} and they sort this sort of thing same day.",
    "de": " Eine Kollegin geht zu {comp}, die klären so etwas am selben Tag.",
    "es": " Una amiga va a {comp} y allí lo arreglan el mismo día.",
    "fr": " Une amie va chez {comp}, eux règlent ça le jour même.",
    "it": " Un'amica va da {comp} e lì risolvono in giornata.",
}

FOURTH: dict[str, str] = {
    "pt": " É a QUARTA vez que escrevo.",
    "en": " This is the FOURTH time I'm writing.",
    "de": " Das ist das VIERTE Mal.",
    "es": " Es la CUARTA vez que escribo.",
    "fr": " C'est la QUATRIÈME fois.",
    "it": " È la QUARTA volta.",
}

URGENT: dict[str, str] = {
    "pt": "Acrescentei ao processo {case} e marquei como urgente.",
    "en": "Added to your case {case} and marked urgent.",
    "de": "Zum Vorgang {case} hinzugefügt, dringend markiert.",
    "es": "Añadido a la incidencia {case}, marcada urgente.",
    "fr": "Ajouté au dossier {case}, marqué urgent.",
    "it": "Aggiunto alla pratica {case}, segnata urgente.",
}

SLIDE: dict[str, list[str]] = {
    "pt": [
        "A pista hoje estava cheia demais, mal se conseguia patinar",
        "Outra vez patins de aluguer com rodas gastas, escorregava em todo o lado",
        "Mudaram o horário da roller disco sem avisar ninguém",
        "Fila de 40 minutos no balcão com a reserva já paga. Cansativo",
        "Cobraram 10 euros de 'limpeza' por uns patins que devolvi impecáveis. Estou furiosa",
        "Chega. Fui à {comp} no sábado e marquei lá a festa da miúda",
    ],
    "en": [
        "Rink was rammed today, could barely move",
        "Hire skates with worn wheels again, sliding everywhere",
        "Roller disco time changed without a word to anyone",
        "40 minute queue at the desk with a paid booking. Tiring",
        "£8 'cleaning fee' for skates I returned spotless. Livid",
        "Done. Went to {comp} on Saturday and booked the party there",
    ],
    "de": [
        "Heute war die Bahn viel zu voll",
        "Wieder abgefahrene Rollen bei den Leihskates",
        "Disko-Zeit ohne Info geändert",
        "40 Minuten Schlange trotz bezahlter Buchung",
        "10 Euro Reinigungsgebühr für saubere Skates. Ich bin wütend",
        "Reicht. Samstag waren wir bei {comp}, dort buchen wir jetzt",
    ],
    "es": [
        "Hoy la pista a reventar, ni se podía patinar",
        "Otra vez patines con las ruedas gastadas",
        "Cambiaron el horario de la disco sin avisar",
        "40 minutos de cola con la reserva pagada",
        "10 euros de 'limpieza' por unos patines impecables. Furiosa",
        "Se acabó. El sábado fuimos a {comp} y ya reservamos allí",
    ],
    "fr": [
        "Piste bondée aujourd'hui, impossible de patiner",
        "Encore des patins de location aux roues usées",
        "Horaire de la disco changé sans prévenir",
        "40 minutes de queue avec une réservation payée",
        "10 € de 'nettoyage' pour des patins rendus impeccables. Furieuse",
        "Fini. Samedi on est allés chez {comp}, on réserve là-bas",
    ],
    "it": [
        "Pista strapiena oggi, impossibile pattinare",
        "Di nuovo pattini con le ruote consumate",
        "Orario della disco cambiato senza avvisare",
        "40 minuti di coda con la prenotazione pagata",
        "10 euro di 'pulizia' per pattini puliti. Furiosa",
        "Basta. Sabato siamo andati da {comp}, prenotiamo lì",
    ],
}

CANCEL: dict[str, str] = {
    "pt": "Boa tarde, mudámo-nos para longe da pista. Quero cancelar o Passe Patinova e fechar a conta, por favor.",
    "en": "Hi, we've moved away from the rink. Please cancel my Patinova Passe and close the account.",
    "de": "Hallo, wir sind umgezogen. Bitte kündigen Sie meinen Patinova Passe und schließen das Konto.",
    "es": "Hola, nos hemos mudado. Quiero cancelar el Passe Patinova y cerrar la cuenta.",
    "fr": "Bonjour, nous avons déménagé. Merci d'annuler mon Passe Patinova et de fermer le compte.",
    "it": "Salve, ci siamo trasferiti. Vorrei disdire il Passe Patinova e chiudere l'account.",
}

SORRY_GO: dict[str, str] = {
    "pt": "Temos pena de a ver partir. Pode cancelar na app ou no site.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website.",
    "de": "Schade! Sie können in der App oder auf der Website kündigen.",
    "es": "¡Qué pena! Puedes cancelar en la app o en la web.",
    "fr": "Dommage ! Vous pouvez résilier dans l'appli ou sur le site.",
    "it": "Ci dispiace! Può disdire nell'app o sul sito.",
}

GRUMBLE: dict[str, list[str]] = {
    "pt": [
        "A app volta a pedir login sempre que abro",
        "Música demasiado alta outra vez",
        "Cacifos avariados como de costume",
    ],
    "en": ["App logs me out every single time", "Music too loud again", "Lockers broken as usual"],
    "de": ["App meldet mich ständig ab", "Musik wieder viel zu laut"],
    "es": ["La app me desconecta cada vez", "La música otra vez altísima"],
    "fr": ["L'appli me déconnecte à chaque fois", "Musique encore trop forte"],
    "it": ["L'app mi disconnette ogni volta", "Musica di nuovo troppo alta"],
}

SARCASM: dict[str, str] = {
    "pt": "Adoro esperar 50 minutos por uns patins, faz parte da experiência 👏",
    "en": "Love queueing 50 minutes for skates, really adds to the fun 👏",
    "de": "Toll, 50 Minuten auf Skates warten, gehört wohl dazu 👏",
    "es": "Me encanta esperar 50 minutos por unos patines, parte de la experiencia 👏",
    "fr": "J'adore attendre 50 minutes pour des patins, ça fait partie du charme 👏",
    "it": "Adoro aspettare 50 minuti per i pattini, fa parte del divertimento 👏",
}

MILD: dict[str, str] = {
    "pt": "A pesquisa de pistas mostra a cidade errada",
    "en": "Rink search keeps showing the wrong city",
    "de": "Die Bahnsuche zeigt die falsche Stadt",
    "es": "El buscador de pistas muestra la ciudad equivocada",
    "fr": "La recherche de pistes affiche la mauvaise ville",
    "it": "La ricerca piste mostra la città sbagliata",
}

SURVEY_WORD: dict[str, list[str]] = {
    "pt": ["Top", "Adorámos", ""],
    "en": ["Great", "Loved it", ""],
    "de": ["Super", ""],
    "es": ["Genial", ""],
    "fr": ["Top", ""],
    "it": ["Ottimo", ""],
}

LOW_WORD: dict[str, list[str]] = {
    "pt": ["Mau", ""],
    "en": ["Poor", ""],
    "de": ["Schlecht", ""],
    "es": ["Mal", ""],
    "fr": ["Nul", ""],
    "it": ["Pessimo", ""],
}

B2B_PROBLEMS = ("invoice", "service_blocked", "overbilled")

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "As faturas da Patinova Eventos continuam sem o nosso número de encomenda e a contabilidade devolve-as.",
        "en": "Patinova Eventos invoices still carry no PO number and our finance team keeps bouncing them.",
        "de": "Die Rechnungen von Patinova Eventos haben keine Bestellnummer, die Buchhaltung lehnt sie ab.",
        "es": "Las facturas de Patinova Eventos siguen sin número de pedido y contabilidad las rechaza.",
        "fr": "Les factures Patinova Eventos n'ont pas de numéro de commande, la compta les refuse.",
        "it": "Le fatture di Patinova Eventos non hanno il numero d'ordine, l'amministrazione le respinge.",
    },
    "service_blocked": {
        "pt": "Chegámos com a turma para a visita e disseram que a conta estava bloqueada, apesar de estar tudo pago.",
        "en": "We turned up with the group and were told the account is on stop, though everything is paid.",
        "de": "Wir kamen mit der Gruppe und das Konto war gesperrt, obwohl alles bezahlt ist.",
        "es": "Llegamos con el grupo y nos dijeron que la cuenta estaba bloqueada, con todo pagado.",
        "fr": "Arrivés avec le groupe, on nous dit que le compte est bloqué alors que tout est payé.",
        "it": "Arrivati col gruppo ci dicono che il conto è bloccato, anche se è tutto pagato.",
    },
    "overbilled": {
        "pt": "Cobraram a pista ao preço avulso e não à tarifa do nosso contrato anual.",
        "en": "We've been billed the walk-in rink rate instead of our annual contract rate.",
        "de": "Uns wurde der Einzelpreis statt unseres Jahresvertragspreises berechnet.",
        "es": "Nos han cobrado la pista a precio suelto y no con la tarifa del contrato anual.",
        "fr": "On nous a facturé le tarif public au lieu du tarif de notre contrat annuel.",
        "it": "Ci avete fatturato la tariffa singola invece di quella del contratto annuale.",
    },
}

B2B_FOLLOW: dict[str, str] = {
    "pt": "Como a {first} já escreveu na {day}, processo {case}: ",
    "en": "As {first} already wrote on {day}, case {case}: ",
    "de": "Wie {first} schon am {day} schrieb, Vorgang {case}: ",
    "es": "Como ya escribió {first} el {day}, incidencia {case}: ",
    "fr": "Comme {first} l'a écrit {day}, dossier {case} : ",
    "it": "Come ha già scritto {first} {day}, pratica {case}: ",
}

B2B_LAST: dict[str, str] = {
    "pt": "Processo {case}: nada resolvido e já escreveram vários colegas. As compras já pediram preços à {comp}.",
    "en": "Case {case}: still nothing fixed and several colleagues have written. Procurement has asked {comp} for their rates.",
    "de": "Vorgang {case}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat {comp} nach Preisen gefragt.",
    "es": "Incidencia {case}: nada resuelto y han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
    "fr": "Dossier {case} : rien de réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}.",
    "it": "Pratica {case}: niente risolto, hanno scritto vari colleghi. Gli acquisti hanno chiesto i prezzi a {comp}.",
}

B2B_SUGGEST: dict[str, str] = {
    "pt": "Sugestão: seria útil a fatura trazer o nome do evento e o centro de custo.",
    "en": "Suggestion: it would help if invoices showed the event name and cost centre.",
    "de": "Vorschlag: Eventname und Kostenstelle auf der Rechnung wären hilfreich.",
    "es": "Sugerencia: estaría bien que la factura incluyera el evento y el centro de coste.",
    "fr": "Suggestion : afficher le nom de l'événement et le centre de coût sur la facture.",
    "it": "Suggerimento: sarebbe utile il nome dell'evento e il centro di costo in fattura.",
}

B2B_PRAISE: dict[str, str] = {
    "pt": "O evento de equipa na Patinova correu lindamente, toda a gente adorou",
    "en": "Team night at Patinova went brilliantly, everyone loved it",
    "de": "Teamevent bei Patinova war klasse, alle begeistert",
    "es": "El evento de equipo en Patinova salió genial",
    "fr": "Soirée d'équipe chez Patinova réussie, tout le monde a adoré",
    "it": "Serata aziendale da Patinova riuscitissima",
}

B2B_QUESTION: dict[str, str] = {
    "pt": "Conseguem reservar a pista inteira para 40 pessoas numa quinta à tarde?",
    "en": "Can we book the whole rink for 40 people on a Thursday afternoon?",
    "de": "Können wir die ganze Bahn für 40 Personen am Donnerstag buchen?",
    "es": "¿Podemos reservar la pista entera para 40 personas un jueves?",
    "fr": "Peut-on réserver toute la piste pour 40 personnes un jeudi ?",
    "it": "Possiamo prenotare tutta la pista per 40 persone un giovedì?",
}

SPIKE: dict[str, list[str]] = {
    "pt": [
        "O bilhete da app não passa no torniquete da pista, dá erro TRN.44.7 e estamos todos à porta",
        "Torniquete rejeita o QR da sessão das 10, erro TRN.44.7. Alguém sabe?",
    ],
    "en": [
        "App ticket won't open the turnstile at the rink, error TRN.44.7, whole queue stuck outside",
        "Turnstile rejects my session QR, says TRN.44.7. Anyone else?",
    ],
    "de": ["Das App-Ticket geht am Drehkreuz nicht durch, Fehler TRN.44.7"],
    "es": ["El QR de la app no abre el torniquete, error TRN.44.7, todos fuera esperando"],
    "fr": ["Le billet de l'appli ne passe pas au tourniquet, erreur TRN.44.7"],
    "it": ["Il biglietto dell'app non apre il tornello, errore TRN.44.7"],
}

SPIKE_AGAIN: dict[str, str] = {
    "pt": "Continua TRN.44.7 com o telemóvel do meu marido também",
    "en": "Still TRN.44.7 on my partner's phone as well",
    "de": "Immer noch TRN.44.7, auch mit dem Handy meines Mannes",
    "es": "Sigue TRN.44.7 también con el móvil de mi marido",
    "fr": "Toujours TRN.44.7 avec le téléphone de mon mari aussi",
    "it": "Ancora TRN.44.7 anche col telefono di mio marito",
}

SPIKE_CHAT: dict[str, str] = {
    "pt": "Sim, os bilhetes da app estão a falhar nos torniquetes de todas as pistas, a equipa técnica já está a tratar.",
    "en": "Yes, app tickets are failing at the turnstiles of every rink right now, our engineers are on it.",
    "de": "Ja, App-Tickets scheitern gerade an allen Drehkreuzen, die Technik ist dran.",
    "es": "Sí, los billetes de la app fallan en todos los torniquetes, el equipo técnico ya está en ello.",
    "fr": "Oui, les billets de l'appli échouent à tous les tourniquets, nos techniciens s'en occupent.",
    "it": "Sì, i biglietti dell'app non funzionano ai tornelli, i tecnici ci stanno lavorando.",
}

WORKS_AGAIN: dict[str, str] = {
    "pt": "Os bilhetes da app voltaram a funcionar às 11h45. A sessão de hoje é por nossa conta.",
    "en": "App tickets work again since 11:45 local time. Today's session is on us.",
    "de": "App-Tickets funktionieren seit 12:45 wieder. Die heutige Session geht auf uns.",
    "es": "Los billetes vuelven a funcionar desde las 12:45. La sesión de hoy corre de nuestra cuenta.",
    "fr": "Les billets fonctionnent à nouveau depuis 12h45. La séance d'aujourd'hui est offerte.",
    "it": "I biglietti funzionano di nuovo dalle 12:45. La sessione di oggi è offerta.",
}

LONE: dict[str, str] = {
    "pt": "O QR do bilhete aparece cinzento no ecrã, amanhã vai passar no torniquete?",
    "en": "My ticket QR shows up grey at low brightness, will it still work at the turnstile tomorrow?",
    "de": "Mein Ticket-QR ist grau bei wenig Helligkeit, geht er morgen am Drehkreuz?",
    "es": "El QR del billete sale gris con poco brillo, ¿funcionará mañana en el torniquete?",
    "fr": "Le QR du billet est gris avec peu de luminosité, il passera demain ?",
    "it": "Il QR del biglietto è grigio con poca luminosità, funzionerà domani?",
}

LONE_ANSWER: dict[str, str] = {
    "pt": "Fica cinzento com pouco brilho, mas o torniquete lê sem problema.",
    "en": "It looks grey at low brightness, the turnstile will read it fine.",
    "de": "Bei wenig Helligkeit wirkt er grau, das Drehkreuz liest ihn trotzdem.",
    "es": "Con poco brillo se ve gris, pero el torniquete lo lee bien.",
    "fr": "Il paraît gris avec peu de luminosité, le tourniquet le lit quand même.",
    "it": "Con poca luminosità sembra grigio, ma il tornello lo legge.",
}

WEEKDAY: dict[str, list[str]] = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}

FIRST_NAMES: dict[str, list[str]] = {
    "pt": ["Inês", "Rui", "Marta", "Tiago", "Beatriz", "Nuno", "Joana", "Duarte", "Carla", "Vasco"],
    "en": [
        "Chloe",
        "Liam",
        "Hannah",
        "Callum",
        "Megan",
        "Owen",
        "Abbie",
        "Rhys",
        "Niamh",
        "Kieran",
    ],
    "de": ["Anja", "Lukas", "Sabine", "Jonas", "Katrin", "Felix"],
    "es": ["Nuria", "Pablo", "Alba", "Iker", "Rocío", "Marcos"],
    "fr": ["Manon", "Hugo", "Camille", "Théo", "Léa", "Bastien"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Sara", "Luca"],
}

SURNAMES: dict[str, list[str]] = {
    "pt": ["Ferreira", "Sousa", "Carvalho", "Pinto", "Moreira", "Lopes", "Teixeira", "Correia"],
    "en": ["Hughes", "Walsh", "Patel", "Morgan", "Doyle", "Barker", "Lloyd", "Quinn"],
    "de": ["Kraus", "Vogel", "Brandl", "Seidel", "Hartmann", "Lorenz"],
    "es": ["Ibáñez", "Cano", "Vidal", "Serrano", "Gallego", "Nieto"],
    "fr": ["Lemoine", "Girard", "Faure", "Roux", "Perrin", "Blanc"],
    "it": ["Greco", "Bruno", "Galli", "Conti", "Marino", "Rinaldi"],
}

MARKETS: dict[str, list[tuple[str, str]]] = {
    "pt": [("PT", "+3519"), ("PT", "+3519")],
    "en": [("UK", "+447"), ("IE", "+3538")],
    "de": [("DE", "+4917"), ("AT", "+43664")],
    "es": [("ES", "+346")],
    "fr": [("FR", "+336"), ("BE", "+324")],
    "it": [("IT", "+393")],
}

COMPETITORS = ("Rolamba", "Giravolt")
