"""Wording of heldout260 (Splatera: paintball and laser-tag arenas). Written by hand."""

# ruff: noqa: E501

LANGS = ("pt", "fr", "de", "en", "es", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)

PRAISE: dict[str, list[str]] = {
    "pt": [
        "Festa de anos do meu filho na Splatera, os miúdos vieram todos cheios de tinta e felizes. Monitor 5 estrelas",
        "Terceira vez este ano no laser tag da Splatera e continua top, o Rui da receção é um espetáculo",
        "que tarde brutal no paintball! equipamento limpo, máscaras sem embaciar, voltamos de certeza",
        "Despedida de solteiro na Splatera: impecável do início ao fim. Obrigado malta",
    ],
    "fr": [
        "Anniversaire de ma fille chez Splatera, 12 gamins ravis et zéro larme. Merci à l'animateur !",
        "Encore une super soirée laser game, la nouvelle arène est dingue",
        "paintball entre collègues samedi, masques propres, briefing clair, on revient le mois prochain",
        "Troisième fois qu'on y va et toujours aussi bien accueillis 👍",
    ],
    "de": [
        "Lasertag mit den Jungs bei Splatera, absolut genial. Die neue Arena mit Nebel ist der Hammer",
        "Schon wieder ein toller Kindergeburtstag, danke an das Team!",
    ],
    "en": [
        "Stag do paintballing with Splatera, best Saturday in ages. Marshals were brilliant",
        "Took the kids to laser tag again, they haven't stopped talking about it",
    ],
    "es": [
        "Cumple de mi hijo en Splatera, los críos salieron rendidos y felices. Gracias!!",
        "Paintball con la peña el sábado, todo de diez, repetimos seguro",
    ],
    "it": [
        "Compleanno di mio figlio da Splatera, tutto perfetto e animatori super",
        "Laser tag con i colleghi, serata top, torniamo di sicuro",
    ],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "pt": [
        "Adorámos o paintball, só o bar fecha cedo demais. De resto impecável",
        "Tudo ótimo, só os cacifos são pequenos para mochilas. Voltamos",
    ],
    "fr": [
        "Super partie, juste le parking qui est toujours plein le samedi. Sinon parfait",
        "Génial comme d'hab, dommage que les combinaisons taille enfant manquent parfois",
    ],
    "de": ["Super Nachmittag, nur die Umkleide ist ziemlich eng. Sonst top"],
    "en": ["Great session, only wish the café did more than crisps. Otherwise spot on"],
    "es": ["Genial todo, solo que el vestuario es pequeño. Por lo demás perfecto"],
    "it": ["Bellissimo, peccato solo per il parcheggio sempre pieno. Per il resto ottimo"],
}

QUESTIONS: dict[str, list[str]] = {
    "pt": [
        "Olá, a partir de que idade podem jogar paintball? O meu tem 10 anos",
        "Boa tarde, posso trocar a reserva de sábado para domingo sem custos?",
        "obg, e a partir de quantas pessoas há desconto de grupo?",
        "Têm fatos de proteção para crianças pequenas no laser tag?",
    ],
    "fr": [
        "Bonjour, à partir de quel âge peut-on faire du paintball ?",
        "bjr, est-ce que je peux décaler la résa de samedi à dimanche ?",
        "Les billes sont comprises dans la formule Squad ou pas ?",
        "Bonsoir, on peut apporter un gâteau pour l'anniversaire ?",
    ],
    "de": [
        "Hallo, ab welchem Alter darf man bei euch Paintball spielen?",
        "Kann ich die Buchung am Samstag noch auf Sonntag verschieben?",
    ],
    "en": [
        "Hi, what's the minimum age for paintball? My son is 11",
        "Can I move Saturday's booking to Sunday without a fee?",
    ],
    "es": [
        "Hola, desde qué edad pueden jugar al paintball?",
        "Puedo cambiar la reserva del sábado al domingo sin coste?",
    ],
    "it": [
        "Ciao, da che età si può giocare a paintball?",
        "Posso spostare la prenotazione di sabato a domenica?",
    ],
}

ANSWERS: dict[str, list[str]] = {
    "pt": [
        "Olá! Sim, é possível, já deixámos tudo tratado na sua reserva. Boas partidas!",
        "Olá, a partir dos 10 anos no paintball e dos 7 no laser tag. Qualquer dúvida, estamos cá!",
    ],
    "fr": [
        "Bonjour ! Oui c'est possible, c'est fait sur votre réservation. Bonne partie !",
        "Bonjour, 10 ans pour le paintball et 7 ans pour le laser game. À bientôt !",
    ],
    "de": ["Hallo! Ja, das geht, wir haben es in Ihrer Buchung erledigt. Viel Spaß!"],
    "en": ["Hi! Yes, that's fine, we've sorted it on your booking. Enjoy the game!"],
    "es": ["¡Hola! Sí, ya lo hemos dejado hecho en tu reserva. ¡Buena partida!"],
    "it": ["Ciao! Sì, fatto, l'abbiamo aggiornato sulla tua prenotazione. Buon divertimento!"],
}

THANKS: dict[str, list[str]] = {
    "pt": ["Muito obrigada!", "obg, fico a aguardar o sábado", "Perfeito, obrigado 🙂"],
    "fr": ["Merci beaucoup !", "parfait merci", "Top, merci pour la réponse rapide"],
    "de": ["Danke, super!"],
    "en": ["Brilliant, thanks!"],
    "es": ["Genial, gracias!"],
    "it": ["Perfetto, grazie!"],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "pt": [
        "3 da manhã e ainda a rever os vídeos do paintball de hoje 😂 @Splatera",
        "turno da noite acabado, já reservei laser tag para sábado com os colegas",
    ],
    "fr": [
        "Insomnie, je regarde les vidéos de notre partie de laser game 😂",
        "fin de service de nuit, résa faite pour samedi, vivement !",
    ],
    "de": ["Nachtschicht vorbei, Lasertag für Samstag gebucht 🙌"],
    "en": ["Can't sleep, rewatching our paintball helmet-cam footage 😂"],
    "es": ["Las 3 de la mañana y viendo los vídeos del paintball de hoy jajaja"],
    "it": ["Non dormo, riguardo i video del paintball di oggi 😂"],
}

NIGHT_QUESTIONS: dict[str, list[str]] = {
    "pt": [
        "Boa noite, a sessão das 10h de sábado ainda tem vagas para 6?",
        "ainda acordado.. o voucher de oferta serve para laser tag também?",
    ],
    "fr": [
        "Bonsoir, il reste de la place samedi 10h pour 6 personnes ?",
        "le bon cadeau marche aussi pour le laser game ?",
    ],
    "de": ["Gibt es Samstag um 10 noch Plätze für 6 Leute?"],
    "en": ["Any space left Saturday 10am for 6 people?"],
    "es": ["Quedan plazas el sábado a las 10 para 6?"],
    "it": ["Ci sono ancora posti sabato alle 10 per 6 persone?"],
}

GRUMBLE_ONCE: dict[str, list[str]] = {
    "pt": [
        "A app mostra os horários na hora errada, marquei às 15h e aparece 16h. Podem ver?",
        "o mapa da app manda-me para a arena antiga, já corrigiram?",
    ],
    "fr": [
        "L'appli affiche les créneaux avec une heure de décalage, c'est normal ?",
        "le plan dans l'appli indique encore l'ancienne arène",
    ],
    "de": ["Die App zeigt die Uhrzeiten eine Stunde falsch an."],
    "en": ["The app shows the slots an hour out, can you check?"],
    "es": ["La app me enseña los horarios con una hora de diferencia"],
    "it": ["L'app mostra gli orari sbagliati di un'ora"],
}

# Problems: double_charge, cancelled (session cancelled on arrival), equipment (jammed markers, fogged masks), wrong_price (Squad member charged full price)
PROBLEMS = ("double_charge", "cancelled", "equipment", "wrong_price")

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "pt": {
        "double_charge": [
            "Cobraram-me DUAS vezes a festa de anos, 189 € cada. Quero o dinheiro de volta já",
            "Fui cobrada a dobrar pela reserva de sábado (2x 96 €). Isto não pode ser",
        ],
        "cancelled": [
            "Chegámos com 10 crianças e a sessão estava CANCELADA, ninguém avisou. Vergonhoso",
            "viemos de Setúbal para nada, arena fechada e a reserva confirmada na app",
        ],
        "equipment": [
            "Metade dos marcadores encravados e máscaras embaciadas, os miúdos choraram. Péssimo",
            "Paguei 140 € para jogar com armas avariadas, nem meia partida deu",
        ],
        "wrong_price": [
            "Sou membro Squad e cobraram-me o preço normal, 35 € a mais",
            "Porque é que paguei tarifa sem desconto se pago o Squad todos os meses?",
        ],
    },
    "fr": {
        "double_charge": [
            "Vous m'avez débité DEUX fois l'anniversaire, 189 € chacun. Remboursez-moi",
            "prélevé en double pour la résa de samedi (2x 96 €), c'est inadmissible",
        ],
        "cancelled": [
            "Arrivés avec 10 enfants, session ANNULÉE sans prévenir. Honteux",
            "On a fait 40 km pour trouver l'arène fermée alors que la résa était confirmée",
        ],
        "equipment": [
            "La moitié des lanceurs enrayés et les masques plein de buée, les enfants en pleurs",
            "140 € pour jouer avec du matériel en panne, même pas une demi-partie",
        ],
        "wrong_price": [
            "Je suis abonnée Squad et on m'a facturé le plein tarif, 35 € de trop",
            "Pourquoi payer le prix normal alors que je paie le Squad tous les mois ?",
        ],
    },
    "de": {
        "double_charge": [
            "Ihr habt den Kindergeburtstag ZWEIMAL abgebucht, je 189 €. Geld zurück bitte"
        ],
        "cancelled": [
            "Mit 10 Kindern angekommen und die Session war abgesagt, ohne Info. Unmöglich"
        ],
        "equipment": ["Die Hälfte der Markierer klemmte, Masken beschlagen, Kinder haben geweint"],
        "wrong_price": ["Ich bin Squad-Mitglied und habe den vollen Preis bezahlt, 35 € zu viel"],
    },
    "en": {
        "double_charge": ["You've charged me TWICE for the party, £165 each. I want it back now"],
        "cancelled": [
            "Turned up with 10 kids and the session was cancelled, nobody told us. Disgraceful"
        ],
        "equipment": ["Half the markers jammed and the masks fogged, kids in tears. Awful"],
        "wrong_price": ["I'm a Squad member and got charged full price, £30 too much"],
    },
    "es": {
        "double_charge": [
            "Me habéis cobrado DOS veces el cumple, 189 € cada uno. Quiero mi dinero"
        ],
        "cancelled": ["Llegamos con 10 niños y la sesión estaba cancelada sin avisar. Vergonzoso"],
        "equipment": [
            "La mitad de las marcadoras encasquilladas y las máscaras empañadas, los niños llorando"
        ],
        "wrong_price": ["Soy socia Squad y me cobrasteis tarifa completa, 35 € de más"],
    },
    "it": {
        "double_charge": [
            "Mi avete addebitato DUE volte la festa, 189 € ciascuna. Rivoglio i soldi"
        ],
        "cancelled": ["Arrivati con 10 bambini e sessione annullata senza avvisare. Vergognoso"],
        "equipment": ["Metà dei marcatori inceppati e maschere appannate, bambini in lacrime"],
        "wrong_price": ["Sono socio Squad e mi avete fatto pagare prezzo pieno, 35 € in più"],
    },
}

LETTER: dict[str, list[str]] = {
    "pt": [
        "Bom dia,\n\nescrevo-vos do carro, à porta do treino de natação da minha filha, porque em casa não tenho um minuto com a mudança de casa da minha mãe. Sempre gostei da Splatera, já lá fiz três festas e recomendei-vos a meio mundo.\n\nMas desta vez: {complaint}. Liguei duas vezes e ninguém me soube dizer nada.\n\nPeço que resolvam isto esta semana. A minha mãe até me perguntou se não era melhor ir a outro sítio.\n\nCumprimentos,\n{name}",
        "Olá,\n\ndesculpem o testamento, estou na sala de espera do centro de saúde com o meu pai e tenho tempo. Somos clientes há dois anos, o meu marido até é membro Squad.\n\nO problema: {complaint}. Para uma família com três filhos isto não é pouco.\n\nAgradecia uma resposta a sério e não uma mensagem automática.\n\n{name}",
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du kiné, entre deux rendez-vous, parce que le soir je refais la chambre du petit. Nous étions ravis de Splatera jusqu'ici, trois anniversaires chez vous.\n\nMais là : {complaint}. J'ai appelé deux fois, personne ne sait rien.\n\nJ'attends une solution cette semaine.\n\nCordialement,\n{name}",
        "Madame, Monsieur,\n\nje profite de la pause de midi au marché pour vous écrire. Client fidèle depuis l'ouverture de l'arène, je ne me plains jamais.\n\nPourtant : {complaint}. Avec les fins de mois qu'on a, ce n'est pas rien.\n\nMerci de me répondre vraiment, pas avec un message automatique.\n\n{name}",
    ],
    "es": [
        "Hola,\n\nos escribo desde el coche esperando a que salga mi hija de natación, que en casa no paro con la obra del piso de mi suegra. Siempre hemos estado contentos con Splatera.\n\nPero esta vez: {complaint}. Llamé dos veces y nadie sabe nada.\n\nEspero una solución esta semana.\n\nUn saludo,\n{name}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Tierarzt, abends baue ich gerade das Gartenhaus. Bisher waren wir mit Splatera immer glücklich, drei Geburtstage bei Ihnen.\n\nAber diesmal: {complaint}. Zweimal angerufen, niemand wusste etwas.\n\nIch erwarte diese Woche eine Lösung.\n\nMit freundlichen Grüßen\n{name}"
    ],
}

CASE_OPENED: dict[str, str] = {
    "pt": "Olá {first}, lamentamos muito. Abrimos o pedido {ref} e a equipa vai tratar do assunto. Equipa Splatera",
    "fr": "Bonjour {first}, nous sommes désolés. Nous avons ouvert la demande {ref}, l'équipe s'en occupe. L'équipe Splatera",
    "de": "Hallo {first}, das tut uns leid. Wir haben den Vorgang {ref} eröffnet. Ihr Splatera-Team",
    "en": "Hi {first}, we're sorry. We've opened case {ref} and the team is on it. Splatera",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {ref}. Equipo Splatera",
    "it": "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {ref}. Team Splatera",
}

GOOD_NEWS: dict[str, str] = {
    "pt": "Olá {first}, boas notícias sobre o pedido {ref}: já está resolvido. Pode confirmar-nos?",
    "fr": "Bonjour {first}, bonne nouvelle pour la demande {ref} : c'est réglé. Pouvez-vous confirmer ?",
    "de": "Hallo {first}, gute Nachricht zu {ref}: erledigt. Können Sie das bestätigen?",
    "en": "Hi {first}, good news on case {ref}: it's sorted. Could you confirm?",
    "es": "Hola {first}, buenas noticias sobre {ref}: ya está resuelto. ¿Nos lo confirmas?",
    "it": "Ciao {first}, buone notizie su {ref}: risolto. Ce lo confermi?",
}

ESCALATED: dict[str, str] = {
    "pt": "Olá {first}, o seu pedido {ref} passou para a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço.",
    "fr": "Bonjour {first}, votre demande {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "de": "Hallo {first}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "en": "Hi {first}, your case {ref} is now with our quality lead, who will call you before Friday lunchtime.",
    "es": "Hola {first}, tu incidencia {ref} ya la lleva nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "it": "Ciao {first}, la tua segnalazione {ref} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
}

CONFIRMED: dict[str, list[str]] = {
    "pt": ["Confirmo, o pedido {ref} está resolvido. Obrigada", "sim, {ref} tudo certo agora, obg"],
    "fr": ["Je confirme, {ref} est réglé. Merci", "oui c'est bon pour {ref}, merci"],
    "de": ["Bestätige, {ref} ist erledigt. Danke"],
    "en": ["Confirmed, {ref} is sorted. Thanks"],
    "es": ["Confirmado, {ref} resuelto. Gracias"],
    "it": ["Confermo, {ref} risolto. Grazie"],
}

APOLOGY: dict[str, list[str]] = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava de cabeça quente. Obrigada por tratarem",
        "desculpem a mensagem de ontem, foi um dia mau",
    ],
    "fr": [
        "Désolée pour le ton d'hier, j'étais à bout. Merci de gérer",
        "pardon pour hier, journée pourrie",
    ],
    "de": ["Sorry für den Ton gestern, war ein schlechter Tag"],
    "en": ["Sorry for my tone yesterday, bad day. Thanks for sorting it"],
    "es": ["Perdón por el tono de ayer, mal día"],
    "it": ["Scusate il tono di ieri, giornata storta"],
}

STILL_OPEN: dict[str, list[str]] = {
    "pt": [
        "Continuo à espera, o pedido {ref} continua por resolver",
        "Outra vez eu: {ref} ainda aberto e ninguém diz nada",
    ],
    "fr": [
        "Toujours rien pour la demande {ref}, c'est toujours pas réglé",
        "Je relance encore : {ref} toujours ouvert",
    ],
    "de": ["Immer noch nichts zu {ref}, weiterhin offen"],
    "en": ["Still nothing on case {ref}, it's still open"],
    "es": ["Sigo esperando, la incidencia {ref} sigue abierta"],
    "it": ["Ancora niente sulla segnalazione {ref}, è ancora aperta"],
}

THIRD: dict[str, str] = {
    "pt": "Terceira vez que escrevo sobre {ref}. Um colega vai à {comp} e lá resolvem no próprio dia",
    "fr": "Troisième fois que j'écris pour {ref}. Un collègue va chez {comp}, eux règlent ça le jour même",
    "de": "Dritte Nachricht zu {ref}. Ein Kollege geht zu {comp}, die lösen das am selben Tag",
    "en": "Third time writing about {ref}. A colleague goes to {comp} and they sort this the same day",
    "es": "Tercera vez que escribo por {ref}. Un compañero va a {comp} y allí lo arreglan en el día",
    "it": "Terza volta che scrivo per {ref}. Un collega va da {comp} e lì risolvono in giornata",
}

FOURTH: dict[str, str] = {
    "pt": "QUARTA vez. {ref} continua aberto. Já chega",
    "fr": "QUATRIÈME fois. {ref} toujours pas réglé. Ça suffit",
    "de": "VIERTES Mal. {ref} immer noch offen. Jetzt reicht's",
    "en": "FOURTH time. {ref} still open. Enough",
    "es": "CUARTA vez. {ref} sigue abierta. Ya está bien",
    "it": "QUARTA volta. {ref} ancora aperta. Basta",
}

SLIDE: dict[str, list[str]] = {
    "pt": [
        "A sessão de sábado começou 40 minutos atrasada e ninguém explicou nada",
        "Fatos ainda húmidos da sessão anterior e um marcador sem pressão",
        "Agora exigem reserva com 7 dias e caução de 50 € por grupo? Desde quando?",
        "Mudaram o árbitro a meio da partida e as regras também, confusão total",
        "Cobraram 25 € de 'limpeza' porque um fato veio com tinta. É PAINTBALL!",
        "Chega. O meu cunhado vai à {comp}, já marquei lá a festa do mês que vem",
    ],
    "fr": [
        "Partie de samedi lancée avec 40 minutes de retard, sans explication",
        "Combinaisons encore mouillées de la session d'avant et un lanceur sans pression",
        "Réservation 7 jours à l'avance et caution de 50 € par groupe maintenant ? Depuis quand ?",
        "Arbitre changé en pleine partie et règles changées aussi, n'importe quoi",
        "25 € de 'nettoyage' parce qu'une combi avait de la peinture. C'est du PAINTBALL !",
        "Fini. Mon beau-frère va chez {comp}, j'y ai réservé l'anniversaire du mois prochain",
    ],
    "de": [
        "Samstag 40 Minuten Verspätung, keine Erklärung",
        "Anzüge noch nass vom Vorgänger, ein Markierer ohne Druck",
        "7 Tage Vorlauf und 50 € Kaution pro Gruppe? Seit wann?",
        "Schiedsrichter mitten im Spiel gewechselt, Chaos",
        "25 € 'Reinigung' weil ein Anzug Farbe hatte. Es ist PAINTBALL!",
        "Reicht. Mein Schwager geht zu {comp}, Geburtstag dort gebucht",
    ],
    "en": [
        "Saturday's session started 40 minutes late, no explanation",
        "Overalls still damp from the last group and one marker with no pressure",
        "7 days' notice and a £45 deposit per group now? Since when?",
        "Changed the referee mid-game and the rules too, shambles",
        "£22 'cleaning fee' because an overall had paint on it. It's PAINTBALL!",
        "Done. My brother-in-law goes to {comp}, booked next month's party there",
    ],
    "es": [
        "La sesión del sábado empezó 40 minutos tarde sin explicación",
        "Monos todavía mojados del grupo anterior y una marcadora sin presión",
        "¿Ahora reserva con 7 días y fianza de 50 € por grupo?",
        "Cambiaron el árbitro a mitad de partida, un caos",
        "25 € de 'limpieza' porque un mono tenía pintura. ¡Es PAINTBALL!",
        "Se acabó. Mi cuñado va a {comp}, ya he reservado allí el cumple",
    ],
    "it": [
        "Sessione di sabato partita con 40 minuti di ritardo, nessuna spiegazione",
        "Tute ancora bagnate e un marcatore senza pressione",
        "Ora prenotazione con 7 giorni e cauzione di 50 € a gruppo?",
        "Arbitro cambiato a metà partita, caos",
        "25 € di 'pulizia' perché una tuta aveva vernice. È PAINTBALL!",
        "Basta. Mio cognato va da {comp}, ho prenotato lì la festa",
    ],
}

CANCEL_ASK: dict[str, list[str]] = {
    "pt": [
        "Os miúdos cresceram e já não vão. Quero cancelar o Splatera Squad e fechar a conta, por favor",
        "Mudámos para o Porto e não há arena perto. Cancelem o meu Squad e fechem a conta",
    ],
    "fr": [
        "Les enfants ont grandi et n'y vont plus. Je veux résilier Splatera Squad et fermer mon compte",
        "On déménage loin de toute arène, merci de résilier le Squad et de fermer le compte",
    ],
    "de": ["Wir ziehen weg, bitte Splatera Squad kündigen und Konto schließen"],
    "en": ["Kids have outgrown it. Please cancel my Splatera Squad and close the account"],
    "es": ["Los niños ya no van. Quiero cancelar Splatera Squad y cerrar la cuenta"],
    "it": ["I ragazzi non ci vanno più. Voglio disdire Splatera Squad e chiudere l'account"],
}

SORRY_GO: dict[str, str] = {
    "pt": "Olá {first}, temos pena de a ver partir. Pode cancelar o Squad na app ou no site, em Conta > Plano.",
    "fr": "Bonjour {first}, nous sommes tristes de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Formule.",
    "de": "Hallo {first}, schade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website.",
    "en": "Hi {first}, sorry to see you go. You can cancel in the app or on the website under Account > Plan.",
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelar en la app o en la web.",
    "it": "Ciao {first}, ci dispiace vederti andare. Puoi disdire nell'app o sul sito.",
}

GRUMPY: dict[str, list[str]] = {
    "pt": [
        "A app faz logout sempre. Sempre.",
        "SMS de lembrete às 7 da manhã, a sério?",
        "Fila de 30 minutos para levantar o equipamento, como sempre",
        "os cacifos continuam avariados",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois",
        "SMS de rappel à 7h du matin, sérieux ?",
        "30 minutes de queue pour le matériel, comme d'hab",
        "les casiers toujours en panne",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus",
        "Erinnerungs-SMS um 7 Uhr morgens, ernsthaft?",
        "30 Minuten Schlange für die Ausrüstung",
    ],
    "en": [
        "App logs me out every single time",
        "Reminder text at 7am, really?",
        "30-minute queue for kit, as usual",
    ],
    "es": [
        "La app me cierra sesión siempre",
        "SMS de recordatorio a las 7 de la mañana, en serio?",
        "30 minutos de cola para el equipo",
    ],
    "it": [
        "L'app mi fa logout ogni volta",
        "SMS di promemoria alle 7 del mattino, sul serio?",
        "30 minuti di fila per l'attrezzatura",
    ],
}

SARCASM: dict[str, list[str]] = {
    "pt": [
        "Adoro quando a sessão das 10h começa às 11h, dá tempo para um segundo pequeno-almoço 👏",
        "máscara tão embaciada que joguei às cegas, experiência imersiva 😂",
    ],
    "fr": [
        "J'adore quand la partie de 10h commence à 11h, on a le temps de bruncher 👏",
        "masque tellement embué que j'ai joué à l'aveugle, expérience immersive 😂",
    ],
    "de": ["Toll, wenn die 10-Uhr-Runde um 11 startet, Zeit für ein zweites Frühstück 👏"],
    "en": ["Love it when the 10am game starts at 11, time for second breakfast 👏"],
    "es": [
        "Me encanta cuando la partida de las 10 empieza a las 11, da para un segundo desayuno 👏"
    ],
    "it": [
        "Adoro quando la partita delle 10 inizia alle 11, c'è tempo per una seconda colazione 👏"
    ],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "pt": ["Excelente", "adorámos", ""],
    "fr": ["Top", "super accueil", ""],
    "de": ["Super", ""],
    "en": ["Great", ""],
    "es": ["Genial", ""],
    "it": ["Ottimo", ""],
}

LOW_WORDS: dict[str, list[str]] = {
    "pt": ["Mau", "", "nada resolvido"],
    "fr": ["Nul", "", "toujours rien"],
    "de": ["Schlecht", ""],
    "en": ["Poor", ""],
    "es": ["Mal", ""],
    "it": ["Male", ""],
}

SPIKE: dict[str, list[str]] = {
    "pt": [
        "Não consigo pagar a reserva na app, dá sempre erro PAY.9C41 com qualquer cartão",
        "checkout da Splatera em baixo? erro PAY.9C41, tentei 3 cartões",
        "Queria marcar para hoje à tarde e o pagamento falha: PAY.9C41",
    ],
    "fr": [
        "Impossible de payer la résa dans l'appli, erreur PAY.9C41 avec toutes mes cartes",
        "paiement refusé sur Splatera, code PAY.9C41, j'ai essayé 3 cartes",
        "je voulais réserver pour cet après-midi et le paiement plante : PAY.9C41",
    ],
    "de": ["Zahlung in der App geht nicht, Fehler PAY.9C41 mit jeder Karte"],
    "en": ["Can't pay for a booking in the app, error PAY.9C41 with every card"],
    "es": ["No puedo pagar la reserva en la app, error PAY.9C41 con cualquier tarjeta"],
    "it": ["Impossibile pagare la prenotazione nell'app, errore PAY.9C41 con ogni carta"],
}

SPIKE_AGAIN: dict[str, str] = {
    "pt": "Ainda PAY.9C41, agora também no site e no telemóvel do meu marido",
    "fr": "Toujours PAY.9C41, sur le site aussi et sur le téléphone de mon mari",
    "de": "Immer noch PAY.9C41, auch auf der Website",
    "en": "Still PAY.9C41, on the website too",
    "es": "Sigue el PAY.9C41, también en la web",
    "it": "Ancora PAY.9C41, anche sul sito",
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "pt": "Sim, os pagamentos estão a falhar neste momento, a equipa técnica está a tratar.",
    "fr": "Oui, les paiements échouent en ce moment, nos techniciens sont dessus.",
    "de": "Ja, Zahlungen schlagen gerade fehl, die Technik ist dran.",
    "en": "Yes, payments are failing right now, our engineers are on it.",
    "es": "Sí, los pagos están fallando ahora mismo, el equipo técnico está en ello.",
    "it": "Sì, i pagamenti non vanno in questo momento, i tecnici ci stanno lavorando.",
}

SPIKE_FIXED: dict[str, str] = {
    "pt": "Olá {first}, os pagamentos funcionam de novo desde as 11:30. Oferecemos 10 € de crédito na sua conta.",
    "fr": "Bonjour {first}, les paiements fonctionnent de nouveau depuis 12:30. 10 € de crédit ajoutés à votre compte.",
    "de": "Hallo {first}, Zahlungen gehen seit 12:30 wieder. 10 € Guthaben gutgeschrieben.",
    "en": "Hi {first}, payments work again since 11:30. We've added £9 credit to your account.",
    "es": "Hola {first}, los pagos funcionan de nuevo desde las 12:30. Te hemos añadido 10 € de crédito.",
    "it": "Ciao {first}, i pagamenti funzionano di nuovo dalle 12:30. Ti abbiamo aggiunto 10 € di credito.",
}

LONE_Q: dict[str, str] = {
    "pt": "Ontem o pagamento na app pediu-me código do banco duas vezes mas passou. É normal?",
    "fr": "Hier le paiement a demandé deux fois la validation de ma banque mais ça a marché. C'est normal ?",
}

LONE_A: dict[str, str] = {
    "pt": "Sim, alguns bancos pedem a validação duas vezes; o pagamento ficou feito.",
    "fr": "Oui, certaines banques demandent deux validations ; le paiement est bien passé.",
}

B2B_PROBLEMS = ("invoice", "portal", "overbilled")

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "pt": {
        "invoice": "As faturas do team building vêm sem número de encomenda e com o NIF errado, a contabilidade devolve tudo",
        "portal": "O portal de empresas não mostra as reservas, não conseguimos confirmar o evento",
        "overbilled": "Faturaram tarifa por pessoa normal em vez do preço de contrato",
    },
    "fr": {
        "invoice": "Les factures arrivent sans numéro de commande et avec un mauvais SIRET, la compta rejette tout",
        "portal": "Le portail entreprises n'affiche aucune réservation, impossible de confirmer l'événement",
        "overbilled": "Facturé au tarif public par personne au lieu du tarif contrat",
    },
    "de": {
        "invoice": "Rechnungen ohne Bestellnummer und mit falscher USt-ID, die Buchhaltung lehnt ab",
        "portal": "Das Firmenportal zeigt keine Buchungen, wir können nichts bestätigen",
        "overbilled": "Öffentlicher Preis statt Vertragspreis berechnet",
    },
    "en": {
        "invoice": "Invoices arrive without our PO number and with the wrong VAT number",
        "portal": "The business portal shows no bookings, we can't confirm the event",
        "overbilled": "Billed the public per-head price instead of our contract rate",
    },
    "es": {
        "invoice": "Las facturas llegan sin número de pedido y con CIF erróneo",
        "portal": "El portal de empresas no muestra reservas",
        "overbilled": "Facturado a precio público en vez de tarifa de contrato",
    },
    "it": {
        "invoice": "Fatture senza numero d'ordine e con partita IVA sbagliata",
        "portal": "Il portale aziende non mostra prenotazioni",
        "overbilled": "Fatturato il prezzo pubblico invece della tariffa di contratto",
    },
}

B2B_LATER: dict[str, str] = {
    "pt": "Como a {who} já escreveu na {day}, pedido {ref}: {problem}",
    "fr": "Comme {who} l'a écrit {day}, demande {ref} : {problem}",
    "de": "Wie {who} schon am {day} schrieb, Vorgang {ref}: {problem}",
    "en": "As {who} wrote on {day}, case {ref}: {problem}",
    "es": "Como ya escribió {who} el {day}, incidencia {ref}: {problem}",
    "it": "Come ha già scritto {who} {day}, segnalazione {ref}: {problem}",
}

B2B_LAST: dict[str, str] = {
    "pt": "pedido {ref} continua sem solução e já escreveram vários colegas o meu diretor diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "fr": "demande {ref} toujours pas réglée plusieurs collègues ont écrit mon directeur dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "de": "Vorgang {ref} immer noch offen mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn es diese Woche nicht gelöst ist",
    "en": "case {ref} still not fixed several colleagues have written my boss says we move the account if it isn't fixed this week",
    "es": "la incidencia {ref} sigue sin resolver varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "it": "segnalazione {ref} ancora aperta hanno scritto diversi colleghi il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
}

B2B_MILD: dict[str, list[str]] = {
    "pt": [
        "Sugestão: seria útil exportar as faturas por centro de custo",
        "Era ótimo ter a lista de participantes no portal",
    ],
    "fr": [
        "Suggestion : pouvoir exporter les factures par centre de coût",
        "Ce serait pratique d'avoir la liste des participants dans le portail",
    ],
    "de": ["Vorschlag: Rechnungen nach Kostenstelle exportieren"],
    "en": ["Suggestion: export invoices by cost centre"],
    "es": ["Sugerencia: exportar facturas por centro de coste"],
    "it": ["Suggerimento: esportare le fatture per centro di costo"],
}

WEEKDAY: dict[str, list[str]] = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}

FIRST: dict[str, list[str]] = {
    "pt": [
        "Ana",
        "Rui",
        "Inês",
        "Tiago",
        "Marta",
        "João",
        "Sofia",
        "Pedro",
        "Carla",
        "Nuno",
        "Rita",
        "Bruno",
    ],
    "fr": [
        "Claire",
        "Julien",
        "Camille",
        "Thomas",
        "Léa",
        "Nicolas",
        "Manon",
        "Hugo",
        "Émilie",
        "Antoine",
        "Chloé",
        "Mathieu",
    ],
    "de": ["Jana", "Lukas", "Miriam", "Felix", "Sabine", "Jonas"],
    "en": ["Emma", "Liam", "Sophie", "Owen", "Grace", "Callum"],
    "es": ["Lucía", "Javier", "Elena", "Pablo", "Carmen", "Diego"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Davide"],
}

LAST: dict[str, list[str]] = {
    "pt": [
        "Silva",
        "Ferreira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Gomes",
        "Lopes",
        "Marques",
        "Carvalho",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Laurent",
        "Girard",
        "Roux",
        "Fournier",
        "Morel",
        "Lefèvre",
    ],
    "de": ["Keller", "Hoffmann", "Brandt", "Vogel", "Krüger"],
    "en": ["Walsh", "Hughes", "Turner", "Patel", "Murray"],
    "es": ["García", "Navarro", "Romero", "Ortega", "Molina"],
    "it": ["Rossi", "Bianchi", "Greco", "Conti", "Marino"],
}

MARKETS: dict[str, list[str]] = {
    "pt": ["PT", "PT", "PT"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "it": ["IT", "CH"],
}
