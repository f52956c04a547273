"""Wording of heldout163 (Lavoria makerspaces): every sentence a customer or agent writes."""

# ruff: noqa: E501

W = dict[str, list[str]]

PRAISE: W = {
    "es": [
        "Ayer terminé mi primera mesa de roble en el taller de Lavoria, el monitor un crack",
        "qué gusto la cortadora láser de Lavoria, salió el cartel perfecto",
        "El taller de madera de Lavoria limpio y con todo afilado, así da gusto",
    ],
    "en": [
        "Finished my first walnut chopping board at Lavoria tonight, the staff are brilliant",
        "lavoria's 3D printers are so well kept, print came out spotless",
        "Honestly the best makerspace I've been in, Lavoria wood shop is ace",
    ],
    "fr": ["Super séance à l'atelier bois Lavoria, le moniteur est top"],
    "de": ["Heute im Lavoria Holzatelier mein erstes Regal gebaut, super Betreuung"],
    "it": ["Laboratorio Lavoria pulitissimo, il laser taglia una meraviglia"],
    "pt": ["Adorei a oficina Lavoria, a impressora 3D ficou impecável"],
}
AGAIN: W = {
    "es": [
        "Tercera vez que reservo el torno en Lavoria y otra vez todo perfecto",
        "otra vez genial el taller, siempre igual de bien",
    ],
    "en": [
        "Third time booking the CNC at Lavoria and again it just works",
        "still the friendliest workshop in town, again a lovely session",
    ],
    "fr": ["Encore une fois parfait chez Lavoria, troisième réservation"],
    "de": ["Schon das dritte Mal bei Lavoria und wieder alles bestens"],
    "it": ["Terza volta da Lavoria e ancora tutto perfetto"],
    "pt": ["Terceira vez na Lavoria e outra vez impecável"],
}
GRIPE: W = {
    "es": [
        "Muy contenta con el taller, solo que el parking está fatal. Volveré",
        "todo genial salvo que el café de la máquina es malísimo jaja",
    ],
    "en": [
        "Loved the session, only the dust extraction was a bit loud. Will be back",
        "great kit, shame the lockers are so small",
    ],
    "fr": ["Très bien, juste les casiers un peu petits"],
    "de": ["Alles super, nur die Spinde sind echt klein"],
    "it": ["Tutto bene, solo gli armadietti sono piccoli"],
    "pt": ["Tudo ótimo, só o estacionamento é difícil"],
}
QUESTION: W = {
    "es": [
        "Hola, ¿puedo llevar mi propia madera al taller?",
        "¿la cortadora láser corta metacrilato de 5 mm?",
        "buenas, ¿hasta qué hora abre el taller el sábado?",
    ],
    "en": [
        "Hi, can I bring my own timber to the wood shop?",
        "does the laser cut 5mm acrylic?",
        "what time does the workshop close on Saturday?",
    ],
    "fr": ["Bonjour, je peux apporter mon propre bois ?"],
    "de": ["Hallo, darf ich mein eigenes Holz mitbringen?"],
    "it": ["Ciao, posso portare il mio legno?"],
    "pt": ["Olá, posso levar a minha própria madeira?"],
}
ANSWER: W = {
    "es": ["¡Hola! Sí, sin problema: pásalo por recepción para revisarlo. Un saludo, Lavoria"],
    "en": ["Hi! Yes, no problem, just show it at the front desk first. Cheers, Lavoria"],
    "fr": ["Bonjour ! Oui, montrez-le simplement à l'accueil. Lavoria"],
    "de": ["Hallo! Ja, bitte kurz am Empfang zeigen. Viele Grüße, Lavoria"],
    "it": ["Ciao! Sì, basta mostrarlo alla reception. Lavoria"],
    "pt": ["Olá! Sim, basta mostrar na receção. Lavoria"],
}
THANKS: W = {
    "es": ["mil gracias!! 🙌", "genial, gracias crack", "vale perfecto gracias"],
    "en": ["cheers mate", "ta, legend 👍", "brill thanks"],
    "fr": ["merci, au top"],
    "de": ["danke dir, passt"],
    "it": ["grazie mille!"],
    "pt": ["valeu, obrigado"],
}
CALL_Q: W = {
    "es": [
        "hola buenas llamaba para saber si el curso de iniciación al torno tiene plazas el jueves"
    ],
    "en": ["hi yeah just calling to ask if the intro to lathe course has space on thursday"],
    "fr": ["oui bonjour je voulais savoir s'il reste de la place au cours d'initiation jeudi"],
    "de": ["ja hallo ich wollte fragen ob im drechselkurs am donnerstag noch platz ist"],
    "it": ["pronto buongiorno volevo sapere se c'è posto al corso di tornio giovedì"],
    "pt": ["olá boa tarde queria saber se há vaga no curso de torno na quinta"],
}
CALL_FOLLOW: W = {
    "es": ["Como hablamos por teléfono: te he reservado plaza el jueves a las 18:00. Lavoria"],
    "en": ["As discussed on the phone, you're booked on Thursday 18:00. Lavoria"],
    "fr": ["Comme convenu au téléphone, votre place jeudi 18h est réservée. Lavoria"],
    "de": ["Wie am Telefon besprochen: Ihr Platz am Donnerstag 18 Uhr ist reserviert. Lavoria"],
    "it": ["Come detto al telefono, posto prenotato giovedì alle 18. Lavoria"],
    "pt": ["Como falámos ao telefone, lugar reservado quinta às 18h. Lavoria"],
}
REVIEW: W = {
    "es": ["Taller impecable y monitores pacientes. 5 estrellas"],
    "en": ["Great kit, patient staff, fair membership price"],
    "fr": ["Atelier impeccable, équipe patiente"],
    "de": ["Top Werkstatt, geduldige Betreuer"],
    "it": ["Laboratorio top, staff paziente"],
    "pt": ["Oficina impecável, equipa paciente"],
}
SURVEY_WORD: W = {
    "es": ["", "genial", "😊"],
    "en": ["", "great", "spot on"],
    "fr": ["", "top"],
    "de": ["", "super"],
    "it": ["", "ottimo"],
    "pt": ["", "ótimo"],
}
NIGHT_POST: W = {
    "es": ["las 2 de la mañana y yo diseñando la lámpara para la láser de Lavoria mañana 😅"],
    "en": ["can't sleep so sketching tomorrow's lavoria laser project, cannot wait"],
    "fr": ["insomnie, je prépare mon fichier laser pour Lavoria demain"],
    "de": ["kann nicht schlafen, plane schon mein Lavoria Projekt für morgen"],
    "it": ["notte insonne a preparare il file per il laser Lavoria"],
    "pt": ["sem sono a preparar o ficheiro para a laser da Lavoria"],
}
NIGHT_Q: W = {
    "es": ["hola, ¿a qué hora abre mañana la recepción?"],
    "en": ["hiya, what time does reception open tomorrow?"],
    "fr": ["bonsoir, l'accueil ouvre à quelle heure demain ?"],
    "de": ["hallo, wann öffnet morgen der Empfang?"],
    "it": ["ciao, a che ora apre la reception domani?"],
    "pt": ["olá, a que horas abre a receção amanhã?"],
}
NIGHT_A: W = {
    "es": ["¡Hola! A las 8:00. Buenas noches, Lavoria"],
    "en": ["Hi! 8am. Night night, Lavoria"],
    "fr": ["Bonsoir ! À 8h. Lavoria"],
    "de": ["Hallo! Um 8 Uhr. Lavoria"],
    "it": ["Ciao! Alle 8. Lavoria"],
    "pt": ["Olá! Às 8h. Lavoria"],
}

PROBLEMS = ["double_charge", "machine_down", "refund", "wrong_price", "cancel_fee", "lost_project"]
PROBLEM: dict[str, W] = {
    "double_charge": {
        "es": [
            "Me habéis cobrado DOS veces la cuota de Lavoria Plus este mes. Devolvedme el dinero ya",
            "cobro duplicado de la cuota, 39 € dos veces, esto no puede ser",
        ],
        "en": [
            "You've charged my Lavoria Plus membership TWICE this month. Sort it out",
            "double charge on my membership again?? £35 twice",
        ],
        "fr": ["Vous m'avez prélevé DEUX fois l'abonnement Lavoria Plus"],
        "de": ["Sie haben den Lavoria Plus Beitrag ZWEIMAL abgebucht"],
        "it": ["Mi avete addebitato DUE volte l'abbonamento Lavoria Plus"],
        "pt": ["Cobraram-me DUAS vezes a mensalidade Lavoria Plus"],
    },
    "machine_down": {
        "es": [
            "Reservé el torno 3 horas y al llegar estaba averiado. Nadie me avisó, vine desde lejos para NADA",
            "la cnc reservada fuera de servicio y sin aviso, tarde perdida",
        ],
        "en": [
            "Booked the CNC for three hours, turned up and it was OUT OF ORDER. Nobody told me",
            "lathe broken when i arrived, drove 40 min for nothing",
        ],
        "fr": ["Tour réservé, en panne à mon arrivée, personne ne m'a prévenu"],
        "de": ["Drechselbank gebucht, kaputt bei Ankunft, niemand hat Bescheid gesagt"],
        "it": ["Tornio prenotato, guasto al mio arrivo, nessun avviso"],
        "pt": ["Reservei o torno e estava avariado quando cheguei, ninguém avisou"],
    },
    "refund": {
        "es": [
            "Cancelé la sesión con 5 días de antelación y sigo sin el reembolso de 45 €",
            "dos semanas esperando la devolucion de una reserva cancelada",
        ],
        "en": [
            "Cancelled my session five days ahead and still no refund of £40",
            "two weeks waiting for a refund on a cancelled slot",
        ],
        "fr": ["Séance annulée 5 jours avant, toujours pas remboursée"],
        "de": ["Termin 5 Tage vorher storniert, immer noch keine Erstattung"],
        "it": ["Sessione annullata 5 giorni prima e ancora nessun rimborso"],
        "pt": ["Cancelei com 5 dias de antecedência e ainda sem reembolso"],
    },
    "wrong_price": {
        "es": [
            "Soy socia Plus y me cobrasteis la tarifa normal por la láser. Quiero la diferencia",
            "me han cobrado precio de no socio siendo Plus",
        ],
        "en": [
            "I'm a Plus member and got charged the full non-member rate for the laser",
            "charged non member price AGAIN even though i'm Plus",
        ],
        "fr": ["Membre Plus et facturée au tarif non-membre"],
        "de": ["Plus-Mitglied, aber Nicht-Mitglieder-Preis berechnet"],
        "it": ["Socio Plus ma pagato tariffa da non socio"],
        "pt": ["Sou membro Plus e cobraram tarifa de não membro"],
    },
    "cancel_fee": {
        "es": [
            "¿20 € de penalización por cancelar con 3 días? Vuestra web dice 24 horas",
            "penalizacion de cancelacion injusta, leed vuestras propias condiciones",
        ],
        "en": [
            "£18 cancellation fee when I cancelled 3 days ahead? Your site says 24 hours",
            "charged a cancel fee that your own terms say doesn't apply",
        ],
        "fr": ["Frais d'annulation alors que j'ai annulé 3 jours avant"],
        "de": ["Stornogebühr obwohl ich 3 Tage vorher storniert habe"],
        "it": ["Penale di cancellazione anche se ho annullato 3 giorni prima"],
        "pt": ["Taxa de cancelamento apesar de cancelar 3 dias antes"],
    },
    "lost_project": {
        "es": [
            "Dejé mi silla a medio hacer en la taquilla de proyectos y la han TIRADO. Dos meses de trabajo",
            "han tirado mi proyecto de la estanteria, increible",
        ],
        "en": [
            "My half-built chair was in the project store and you THREW IT OUT. Two months of work",
            "project shelf cleared and my box is gone, unbelievable",
        ],
        "fr": ["Ma chaise en cours a été JETÉE du casier projets"],
        "de": ["Mein halbfertiger Stuhl im Projektlager wurde WEGGEWORFEN"],
        "it": ["La mia sedia a metà nel deposito progetti è stata BUTTATA"],
        "pt": ["A minha cadeira a meio foi DEITADA FORA do depósito"],
    },
}
CALL_PROBLEM: W = {
    "es": ["si mire llamo porque {what} y estoy ya harta de esperar quiero una solucion hoy"],
    "en": ["yeah hi look i'm calling because {what} and i'm really fed up i want it sorted today"],
    "fr": ["oui bonjour j'appelle parce que {what} et j'en ai assez je veux une solution"],
    "de": ["ja guten tag ich rufe an weil {what} und ich hab echt genug ich will das heute gelöst"],
    "it": ["pronto chiamo perché {what} e sono stufa voglio una soluzione oggi"],
    "pt": ["olá ligo porque {what} e estou farta quero isto resolvido hoje"],
}
CALL_WHAT: dict[str, dict[str, str]] = {
    "double_charge": {
        "es": "me habeis cobrado la cuota dos veces",
        "en": "you've charged my membership twice",
        "fr": "vous avez prélevé deux fois",
        "de": "sie zweimal abgebucht haben",
        "it": "mi avete addebitato due volte",
        "pt": "cobraram duas vezes",
    },
    "machine_down": {
        "es": "el torno que reserve estaba roto",
        "en": "the machine i booked was broken",
        "fr": "la machine réservée était en panne",
        "de": "die gebuchte maschine kaputt war",
        "it": "la macchina prenotata era guasta",
        "pt": "a máquina reservada estava avariada",
    },
    "refund": {
        "es": "no me ha llegado el reembolso",
        "en": "my refund never came",
        "fr": "je n'ai pas été remboursée",
        "de": "meine erstattung nicht kam",
        "it": "il rimborso non è arrivato",
        "pt": "o reembolso não chegou",
    },
    "wrong_price": {
        "es": "me cobrais precio de no socio",
        "en": "i got charged the non member rate",
        "fr": "on m'a facturé le tarif non membre",
        "de": "ich den nichtmitgliederpreis gezahlt habe",
        "it": "ho pagato la tariffa da non socio",
        "pt": "cobraram tarifa de não membro",
    },
    "cancel_fee": {
        "es": "me cobrasteis una penalizacion que no toca",
        "en": "you charged a cancel fee you shouldn't have",
        "fr": "vous avez facturé des frais d'annulation",
        "de": "sie eine stornogebühr berechnet haben",
        "it": "mi avete messo una penale",
        "pt": "cobraram uma taxa de cancelamento",
    },
    "lost_project": {
        "es": "habeis tirado mi proyecto",
        "en": "you threw out my project",
        "fr": "vous avez jeté mon projet",
        "de": "sie mein projekt weggeworfen haben",
        "it": "avete buttato il mio progetto",
        "pt": "deitaram fora o meu projeto",
    },
}
LONG_EMAIL: W = {
    "es": [
        "Estimado equipo de Lavoria:\n\nLes escribo como socia desde hace dos años, y siempre he recomendado el taller a mis amigas. Sin embargo, lo de esta semana me ha dejado muy decepcionada. {complaint}. Espero una respuesta y una solución antes del viernes.\n\nAtentamente,\n{first}"
    ],
    "en": [
        "Dear Lavoria team,\n\nI've been a member for a couple of years and usually sing your praises to anyone who'll listen. This week though has really let me down. {complaint}. I'd appreciate a reply and a fix by Friday.\n\nKind regards,\n{first}"
    ],
    "fr": [
        "Madame, Monsieur,\n\nMembre depuis deux ans, j'ai toujours été ravie de l'atelier. Mais cette semaine, {complaint}. J'attends une réponse rapide.\n\nCordialement,\n{first}"
    ],
    "de": [
        "Sehr geehrtes Lavoria-Team,\n\nich bin seit zwei Jahren Mitglied und war bisher sehr angetan. Diese Woche aber: {complaint}. Ich erwarte eine Antwort bis Freitag.\n\nMit freundlichen Grüßen\n{first}"
    ],
    "it": [
        "Gentile team Lavoria,\n\nsono socia da due anni e ne ho sempre parlato bene. Questa settimana però {complaint}. Attendo una risposta entro venerdì.\n\nCordiali saluti,\n{first}"
    ],
    "pt": [
        "Caros Lavoria,\n\nsou membro há dois anos e sempre recomendei a oficina. Mas esta semana {complaint}. Aguardo resposta até sexta.\n\nCumprimentos,\n{first}"
    ],
}
CASE_OPENED: W = {
    "es": [
        "Hola {first}, sentimos lo ocurrido. Hemos abierto el caso {case} y lo revisamos hoy. Equipo Lavoria"
    ],
    "en": [
        "Hi {first}, sorry about this. We've opened case {case} and are looking at it today. Lavoria team"
    ],
    "fr": ["Bonjour {first}, désolés. Dossier {case} ouvert, nous regardons aujourd'hui. Lavoria"],
    "de": ["Hallo {first}, das tut uns leid. Fall {case} ist eröffnet, wir prüfen heute. Lavoria"],
    "it": ["Ciao {first}, ci dispiace. Abbiamo aperto la pratica {case}. Lavoria"],
    "pt": ["Olá {first}, lamentamos. Abrimos o caso {case} e vemos hoje. Lavoria"],
}
QUALITY_LEAD: W = {
    "es": [
        "Hola {first}, tu caso {case} ya lo lleva nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Lavoria"
    ],
    "en": [
        "Hi {first}, case {case} is now with our quality lead, who will call you before Friday lunchtime. Lavoria"
    ],
    "fr": [
        "Bonjour {first}, le dossier {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Hallo {first}, Fall {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "it": [
        "Ciao {first}, la pratica {case} è ora con la responsabile qualità, ti chiamerà entro venerdì."
    ],
    "pt": [
        "Olá {first}, o caso {case} está com a nossa responsável de qualidade, que liga antes de sexta."
    ],
}
GOOD_NEWS: W = {
    "es": [
        "Buenas noticias sobre el caso {case}: ya está resuelto y el importe devuelto. ¿Nos confirmas que lo ves bien? Lavoria"
    ],
    "en": [
        "Good news on case {case}: it's sorted and the money is back on your card. Could you confirm? Lavoria"
    ],
    "fr": ["Bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ?"],
    "de": ["Gute Nachricht zu Fall {case}: erledigt. Können Sie das bestätigen?"],
    "it": ["Buone notizie sulla pratica {case}: risolto. Può confermare?"],
    "pt": ["Boas notícias sobre o caso {case}: resolvido. Pode confirmar?"],
}
CONFIRM: W = {
    "es": ["Confirmado, caso {case} resuelto, gracias!", "todo bien con el {case}, gracias"],
    "en": ["Confirmed, case {case} all sorted, thanks", "yep {case} is fine now cheers"],
    "fr": ["Confirmé pour le dossier {case}, merci"],
    "de": ["Bestätigt, Fall {case} ist erledigt, danke"],
    "it": ["Confermo, pratica {case} risolta, grazie"],
    "pt": ["Confirmado, caso {case} resolvido, obrigada"],
}
APOLOGY: W = {
    "es": ["Perdón por el tono de ayer, estaba muy agobiada. Gracias por arreglarlo"],
    "en": ["sorry for being so short yesterday, bad day. thanks for fixing it"],
    "fr": ["Désolée pour mon ton hier, merci d'avoir réglé ça"],
    "de": ["Sorry für meinen Ton gestern, danke fürs Lösen"],
    "it": ["Scusate il tono di ieri, grazie per aver risolto"],
    "pt": ["Desculpem o tom de ontem, obrigada por resolverem"],
}
SARCASM: W = {
    "es": ["Genial, la láser reservada ocupada por otro. Me encanta pagar por nada 🙃"],
    "en": ["Oh brilliant, my booked slot given to someone else. Love that for me 🙃"],
    "fr": ["Génial, mon créneau donné à quelqu'un d'autre. Trop bien 🙃"],
    "de": ["Super, mein gebuchter Slot war vergeben. Toll gemacht 🙃"],
    "it": ["Fantastico, il mio turno dato a un altro. Bravissimi 🙃"],
    "pt": ["Ótimo, o meu horário dado a outra pessoa. Adoro 🙃"],
}
STILL_OPEN: W = {
    "es": [
        "Sigo esperando con el caso {case}. Sigue sin resolverse",
        "caso {case}: otra vez escribiendo, sigue igual",
    ],
    "en": [
        "Still waiting on case {case}, nothing has changed",
        "case {case} is still open, writing again",
    ],
    "fr": ["Toujours rien pour le dossier {case}"],
    "de": ["Fall {case} ist immer noch offen"],
    "it": ["Pratica {case} ancora aperta, nessuna novità"],
    "pt": ["O caso {case} continua por resolver"],
}
THIRD: W = {
    "es": [
        "Tercera vez con el caso {case}. Una amiga va a {comp} y allí esto se arregla en el día"
    ],
    "en": ["Third time about case {case}. A mate uses {comp} and they sort this the same day"],
    "fr": ["Troisième fois pour le dossier {case}. Chez {comp} c'est réglé en un jour"],
    "de": ["Drittes Mal wegen Fall {case}. Bei {comp} geht das am selben Tag"],
    "it": ["Terza volta per la pratica {case}. Da {comp} lo risolvono in giornata"],
    "pt": ["Terceira vez com o caso {case}. Na {comp} resolvem no mesmo dia"],
}
FOURTH: W = {
    "es": ["CUARTA vez. Caso {case}. ¿Alguien lee esto?"],
    "en": ["FOURTH time. Case {case}. Is anyone reading these?"],
    "fr": ["QUATRIÈME fois. Dossier {case}."],
    "de": ["VIERTES Mal. Fall {case}."],
    "it": ["QUARTA volta. Pratica {case}."],
    "pt": ["QUARTA vez. Caso {case}."],
}
URGENT: W = {
    "es": ["Añadido a tu caso {case} y marcado como urgente. Lavoria"],
    "en": ["Added to your case {case} and marked urgent. Lavoria"],
    "fr": ["Ajouté au dossier {case}, marqué urgent."],
    "de": ["Zu Fall {case} hinzugefügt, als dringend markiert."],
    "it": ["Aggiunto alla pratica {case}, segnata urgente."],
    "pt": ["Adicionado ao caso {case}, marcado urgente."],
}
SLIDE: W = {
    "es": [
        "La sesión empezó 40 minutos tarde y nadie dijo nada",
        "fresas melladas y lija gastada en el taller, cada vez peor",
        "ahora hay que hacer foto de cada herramienta al devolverla, qué pesadez",
        "la cuota sube 8 € y el taller igual de sucio",
        "HARTA. 30 € de 'limpieza' por dejar la mesa impecable",
        "mi cuñado va a {comp}, ya he reservado allí el sábado",
    ],
    "en": [
        "Session started 40 minutes late and nobody said a word",
        "blunt bits and worn sandpaper, getting worse every week",
        "now we have to photograph every tool at return, tedious",
        "membership up £7 and the shop is just as dusty",
        "FED UP. £25 'cleaning fee' for a bench I left spotless",
        "my brother-in-law goes to {comp}, booked Saturday there",
    ],
    "fr": [
        "Séance commencée 40 minutes en retard",
        "forets émoussés, de pire en pire",
        "une photo de chaque outil au retour, pénible",
        "l'abonnement augmente, l'atelier toujours sale",
        "MARRE. 25 € de ménage pour un établi propre",
        "mon beau-frère va chez {comp}, j'ai réservé là-bas samedi",
    ],
    "de": [
        "Termin 40 Minuten verspätet, keiner sagt was",
        "stumpfe Bohrer, wird immer schlimmer",
        "jetzt muss man jedes Werkzeug fotografieren",
        "Beitrag rauf, Werkstatt genauso staubig",
        "REICHT. 25 € Reinigung für eine saubere Werkbank",
        "mein Schwager geht zu {comp}, Samstag schon dort gebucht",
    ],
    "it": [
        "Sessione iniziata 40 minuti in ritardo",
        "punte spuntate, sempre peggio",
        "ora foto di ogni attrezzo alla riconsegna",
        "abbonamento su, laboratorio sporco uguale",
        "BASTA. 25 € di pulizia per un banco pulito",
        "mio cognato va da {comp}, ho prenotato lì sabato",
    ],
    "pt": [
        "Sessão começou 40 minutos atrasada",
        "brocas gastas, cada vez pior",
        "agora é foto de cada ferramenta na devolução",
        "mensalidade sobe, oficina igual de suja",
        "FARTA. 25 € de limpeza por uma bancada limpa",
        "o meu cunhado vai à {comp}, já reservei lá sábado",
    ],
}
CANCEL: W = {
    "es": [
        "Hola, he montado mi propio taller en casa y ya no lo uso. Quiero cancelar Lavoria Plus y cerrar mi cuenta"
    ],
    "en": [
        "Hi, I've set up my own garage workshop, so please cancel my Lavoria Plus and close my account"
    ],
    "fr": ["Bonjour, je déménage, merci de résilier Lavoria Plus et fermer mon compte"],
    "de": ["Hallo, ich ziehe um, bitte Lavoria Plus kündigen und Konto schließen"],
    "it": ["Ciao, mi trasferisco, vorrei disdire Lavoria Plus e chiudere l'account"],
    "pt": ["Olá, vou mudar de cidade, quero cancelar Lavoria Plus e fechar a conta"],
}
SORRY_GO: W = {
    "es": [
        "Sentimos verte marchar, {first}. Puedes cancelar tú misma en la app o en la web. Lavoria"
    ],
    "en": [
        "Sorry to see you go, {first}. You can cancel yourself in the app or on the website. Lavoria"
    ],
    "fr": ["Désolés de vous voir partir. Résiliation possible dans l'app ou sur le site."],
    "de": ["Schade! Sie können selbst in der App oder auf der Website kündigen."],
    "it": ["Ci dispiace! Può disdire dall'app o dal sito."],
    "pt": ["Lamentamos! Pode cancelar na app ou no site."],
}
GRUMBLE: W = {
    "es": [
        "la app me cierra sesión cada vez, qué cansinos",
        "otra vez cola de 30 min en recepción",
        "el wifi del taller no va, como siempre",
    ],
    "en": [
        "app logs me out every single time",
        "30 min queue at reception again",
        "workshop wifi down as usual",
    ],
    "fr": ["l'appli me déconnecte à chaque fois"],
    "de": ["die App loggt mich jedes Mal aus"],
    "it": ["l'app mi disconnette ogni volta"],
    "pt": ["a app faz logout sempre"],
}
MILD: W = {
    "es": ["el buscador de talleres me sale en otra ciudad, un poco raro"],
    "en": ["the workshop finder keeps showing the wrong city, bit odd"],
    "fr": ["la recherche d'atelier affiche une autre ville"],
    "de": ["die Werkstattsuche zeigt die falsche Stadt"],
    "it": ["la ricerca laboratori mostra la città sbagliata"],
    "pt": ["a pesquisa de oficinas mostra a cidade errada"],
}
MILD_A: W = {
    "es": ["Gracias por avisar, lo pasamos al equipo de la app. Lavoria"],
    "en": ["Thanks for flagging, passed to the app team. Lavoria"],
    "fr": ["Merci, transmis à l'équipe appli."],
    "de": ["Danke, an das App-Team weitergegeben."],
    "it": ["Grazie, passato al team app."],
    "pt": ["Obrigado, passado à equipa da app."],
}

# Business arm (Lavoria Pro: prototyping hours and laser jobs on account)
B2B_PROBLEM: dict[str, W] = {
    "invoice": {
        "es": [
            "Las facturas de Lavoria Pro salen sin número de pedido y con el nombre antiguo de la empresa; contabilidad no las puede pagar"
        ],
        "en": [
            "Lavoria Pro invoices come without our PO number and under our old company name, accounts can't pay them"
        ],
        "fr": ["Les factures Lavoria Pro n'ont pas notre numéro de commande"],
        "de": ["Lavoria Pro Rechnungen ohne Bestellnummer und mit altem Firmennamen"],
        "it": ["Le fatture Lavoria Pro sono senza numero d'ordine"],
        "pt": ["As faturas Lavoria Pro vêm sem número de encomenda"],
    },
    "service_blocked": {
        "es": [
            "La recepción rechaza a nuestro equipo: dicen que la cuenta está bloqueada, y está al día"
        ],
        "en": ["Reception is turning our team away, says the account is on stop. It is fully paid"],
        "fr": ["L'accueil refuse notre équipe, compte bloqué alors qu'il est à jour"],
        "de": ["Der Empfang weist unser Team ab, Konto gesperrt, obwohl alles bezahlt ist"],
        "it": ["La reception respinge il nostro team, conto bloccato ma è in regola"],
        "pt": ["A receção recusa a nossa equipa, conta bloqueada mas está paga"],
    },
    "portal": {
        "es": ["El portal no muestra ninguna reserva abierta y no podemos cancelar horas"],
        "en": ["The portal shows no open bookings and we can't release any hours"],
        "fr": ["Le portail n'affiche aucune réservation ouverte"],
        "de": ["Das Portal zeigt keine offenen Buchungen an"],
        "it": ["Il portale non mostra prenotazioni aperte"],
        "pt": ["O portal não mostra reservas abertas"],
    },
    "overbilled": {
        "es": [
            "Nos facturáis la hora suelta en vez de la tarifa mensual del contrato, más de 600 € de diferencia"
        ],
        "en": [
            "You're billing us the hourly rate instead of our contract monthly rate, over £500 difference"
        ],
        "fr": ["Facturés au tarif horaire au lieu du forfait mensuel"],
        "de": ["Stundensatz statt vertraglichem Monatspreis berechnet"],
        "it": ["Fatturata la tariffa oraria invece del canone mensile"],
        "pt": ["Faturam à hora em vez da mensalidade do contrato"],
    },
}
B2B_LATER: W = {
    "es": ["Escribo yo también por el caso {case} que abrió {other} el {day}: {complaint}"],
    "en": ["Writing too about case {case} that {other} opened on {day}: {complaint}"],
    "fr": ["J'écris aussi pour le dossier {case} ouvert par {other} {day} : {complaint}"],
    "de": ["Ich schreibe auch zu Fall {case}, den {other} am {day} eröffnet hat: {complaint}"],
    "it": ["Scrivo anch'io per la pratica {case} aperta da {other} {day}: {complaint}"],
    "pt": ["Escrevo também sobre o caso {case} aberto por {other} na {day}: {complaint}"],
}
B2B_LAST_MAIL: W = {
    "es": [
        "Caso {case}: nada resuelto y ya hemos escrito varios. Compras ya ha pedido tarifas a {comp}"
    ],
    "en": [
        "Case {case}: still nothing fixed and several of us have written. Procurement has already asked {comp} for rates"
    ],
    "fr": ["Dossier {case} : rien de réglé. Les achats ont demandé des tarifs à {comp}"],
    "de": ["Fall {case}: nichts gelöst. Der Einkauf hat schon bei {comp} angefragt"],
    "it": ["Pratica {case}: niente risolto. Gli acquisti hanno chiesto tariffe a {comp}"],
    "pt": ["Caso {case}: nada resolvido. As compras já pediram preços à {comp}"],
}
B2B_LAST_CALL: W = {
    "es": [
        "hola llamo por el caso {case} sigue sin arreglarse y mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor"
    ],
    "en": [
        "hi calling about case {case} it's still not fixed and my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "bonjour j'appelle pour le dossier {case} toujours rien mon patron veut changer de fournisseur"
    ],
    "de": [
        "ja hallo wegen fall {case} immer noch nicht gelöst mein chef will den anbieter wechseln"
    ],
    "it": ["pronto chiamo per la pratica {case} ancora niente il capo vuole cambiare fornitore"],
    "pt": ["olá ligo pelo caso {case} continua sem solução o meu chefe quer mudar de fornecedor"],
}
B2B_SUGGEST: W = {
    "es": ["Sugerencia: ¿podríais exportar las horas por código de proyecto?"],
    "en": ["Suggestion: could the portal export hours by project code?"],
    "fr": ["Suggestion : exporter les heures par code projet ?"],
    "de": ["Vorschlag: Stunden nach Projektcode exportieren?"],
    "it": ["Suggerimento: esportare le ore per codice progetto?"],
    "pt": ["Sugestão: exportar as horas por código de projeto?"],
}
B2B_SUGGEST_A: W = {
    "es": ["Gracias por la idea, la pasamos al equipo del portal. Lavoria Pro"],
    "en": ["Thanks for the idea, passed to the portal team. Lavoria Pro"],
    "fr": ["Merci, transmis à l'équipe portail."],
    "de": ["Danke, ans Portal-Team weitergegeben."],
    "it": ["Grazie, passato al team portale."],
    "pt": ["Obrigado, passado à equipa do portal."],
}
B2B_PRAISE: W = {
    "es": ["El equipo de Lavoria Pro nos sacó los prototipos en 48 h, de diez"],
    "en": ["Lavoria Pro turned our prototypes round in 48h, top service"],
    "fr": ["Lavoria Pro a livré nos prototypes en 48 h"],
    "de": ["Lavoria Pro hat unsere Prototypen in 48 h geliefert"],
    "it": ["Lavoria Pro ha consegnato i prototipi in 48 ore"],
    "pt": ["A Lavoria Pro entregou os protótipos em 48 h"],
}
DAY_NAMES: W = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}

# The planted incident (topic_spike only)
SPIKE_TOPIC = "makerspace app sends laser-cutter jobs at a tenth of their size: material ruined, error LZR-208"
SPIKE: W = {
    "es": [
        "La láser me ha cortado la pieza a una décima del tamaño, error LZR-208. Tablero de nogal a la basura",
        "he mandado el archivo desde la app y la laser lo corta ENANO, 10 veces mas pequeño",
        "Error LZR-208 en la cortadora, sale todo diminuto. ¿Qué pasa?",
    ],
    "en": [
        "laser just cut my sign at a tenth of the size, error LZR-208, that's my acrylic gone",
        "Sent my job from the app and the laser cut it TINY. Like 10x smaller. What's going on?",
        "LZR-208 on the laser cutter, every job comes out miniature",
    ],
    "fr": ["La découpe laser sort tout à un dixième de la taille, erreur LZR-208"],
    "de": ["Der Laser schneidet alles zehnmal zu klein, Fehler LZR-208, Platte hin"],
    "it": ["Il laser taglia tutto dieci volte più piccolo, errore LZR-208"],
    "pt": ["A laser corta tudo dez vezes mais pequeno, já estraguei a placa"],
}
SPIKE_AGAIN: W = {
    "es": ["Sigue igual, LZR-208 también en la otra láser. Probado desde el móvil de mi pareja"],
    "en": ["still LZR-208, tried the other laser and my partner's phone, same tiny cut"],
    "fr": ["Toujours LZR-208 sur l'autre machine aussi"],
    "de": ["Immer noch LZR-208, auch am zweiten Laser"],
    "it": ["Ancora LZR-208 anche sull'altro laser"],
    "pt": ["Continua, LZR-208 também na outra laser"],
}
SPIKE_CHAT_A: W = {
    "es": [
        "Sí, ahora mismo los trabajos enviados desde la app salen a escala incorrecta en todas las láseres. Estamos en ello"
    ],
    "en": [
        "Yes, jobs sent from the app are coming out at the wrong scale on every laser right now, our engineers are on it"
    ],
    "fr": ["Oui, problème d'échelle sur toutes les lasers, nous y travaillons"],
    "de": ["Ja, gerade falscher Maßstab an allen Lasern, wir arbeiten daran"],
    "it": ["Sì, scala sbagliata su tutti i laser, ci stiamo lavorando"],
    "pt": ["Sim, escala errada em todas as lasers, estamos a tratar"],
}
SPIKE_FIXED: W = {
    "es": [
        "Las láseres vuelven a cortar a escala correcta desde las 17:10. Te abonamos el material y la sesión. Lavoria"
    ],
    "en": [
        "The lasers cut at the right scale again since 16:10. We've credited your material and session. Lavoria"
    ],
    "fr": ["Les lasers fonctionnent à nouveau depuis 17h10. Matière et séance remboursées."],
    "de": ["Die Laser schneiden seit 17:10 wieder richtig. Material und Termin gutgeschrieben."],
    "it": ["I laser tagliano di nuovo bene dalle 17:10. Materiale e sessione rimborsati."],
    "pt": ["As lasers voltaram a cortar bem desde as 16:10. Material e sessão creditados."],
}
LONE_Q: W = {
    "es": [
        "ayer la vista previa de la láser en la app salía más pequeña, pero cortó bien. ¿Es normal?"
    ],
    "de": [
        "Gestern war die Laser-Vorschau in der App kleiner, geschnitten hat er aber richtig. Normal?"
    ],
}
LONE_A: W = {
    "es": ["Sí, la vista previa se ajusta a la pantalla; el corte usa la medida real. Lavoria"],
    "de": [
        "Ja, die Vorschau passt sich dem Bildschirm an, geschnitten wird in echter Größe. Lavoria"
    ],
}
