"""Wording for heldout310 (Dartello: social darts venues with auto-scoring oches).

Written blind, from the stories. Portuguese and German first (two to four
variants), then en, es, fr, it. Placeholders: {case}, {comp}, {first}, {day}.
"""

# ruff: noqa: E501

LANGS = ("pt", "de", "en", "es", "fr", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)

PRAISE: dict[str, list[str]] = {
    "pt": [
        "Noite de anos da minha irmã no Dartello, o placar automático é genial, ninguém teve de fazer contas!",
        "Terceira vez este mês no Dartello e continua espetacular, o staff trouxe-nos as setas novas sem pedirmos.",
        "Adoro o modo Cricket no ecrã, até a minha avó acertou um triplo 20 kkk",
        "Reservei pela app em dois minutos e a pista estava pronta à hora. Assim sim.",
    ],
    "de": [
        "Firmenfreie Freitagsrunde im Dartello, die Kamera zählt jeden Wurf, keiner muss mehr rechnen. Top!",
        "Schon wieder ein super Abend am Board, die Leute an der Bar sind einfach nett.",
        "Mein Sohn hat heute sein erstes 180 geworfen und der Bildschirm hat Konfetti gezeigt, er ist völlig aus dem Häuschen",
        "Buchung in der App, Lane pünktlich frei, Pfeile top in Schuss. Gerne wieder!",
    ],
    "en": [
        "Stag do at Dartello last night, the auto scoring saved us from arguing about maths all evening",
        "Third time this month and still love it, the staff even remembered our team name",
    ],
    "es": [
        "Cumple de mi novia en Dartello, la puntuación automática es una pasada, nadie tuvo que sumar",
        "Otra vez genial en Dartello, los dardos nuevos vuelan solos jaja",
    ],
    "fr": [
        "Soirée entre collègues au Dartello, le comptage automatique c'est magique, plus personne ne triche",
        "Encore une super soirée, l'équipe au bar est adorable et la piste était prête pile à l'heure",
    ],
    "it": [
        "Serata fantastica da Dartello, il punteggio automatico ci ha salvato dalle discussioni",
        "Ancora una volta perfetto, la pista era pronta e le freccette nuove sono ottime",
    ],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "pt": [
        "Muito bom como sempre, só a música estava um bocado alta para conversar. De resto impecável.",
        "Adorámos! Só acho que as batatas da carta podiam ser maiores, mas voltamos.",
    ],
    "de": [
        "Echt klasse, nur die Garderobe ist winzig. Sonst alles bestens, wir kommen wieder.",
        "Sehr schöner Abend, einzig der Parkplatz hinterm Haus ist immer voll. Ansonsten gern wieder.",
    ],
    "en": ["Brilliant night, only wish the chips came a bit quicker. Still five stars from us."],
    "es": ["Muy bien todo, solo que el aire acondicionado estaba fuerte. Repetiremos."],
    "fr": ["Top comme d'hab, juste la musique un peu forte. On revient vite."],
    "it": ["Tutto bello, solo il guardaroba è piccolino. Torneremo di sicuro."],
}

QUESTION: dict[str, list[str]] = {
    "pt": [
        "Olá, posso trazer as minhas próprias setas ou tenho de usar as vossas?",
        "Boa tarde, quantas pessoas cabem numa pista? Somos 9.",
        "Crianças de 12 anos podem jogar ao sábado à tarde?",
    ],
    "de": [
        "Hallo, darf ich meine eigenen Pfeile mitbringen?",
        "Wie viele Leute passen auf eine Lane? Wir wären zu neunt.",
        "Kann man bei euch auch Kindergeburtstage ab 10 Jahren machen?",
    ],
    "en": ["Hi, can we bring our own darts or do we have to use the house ones?"],
    "es": ["Hola, ¿cuántas personas caben en una pista? Somos ocho."],
    "fr": ["Bonjour, on peut venir avec nos propres fléchettes ?"],
    "it": ["Ciao, si possono portare le proprie freccette?"],
}

ANSWER: dict[str, str] = {
    "pt": "Olá! Sim, pode trazer as suas setas e cada pista leva até 8 pessoas; para grupos maiores reservamos duas lado a lado. Boa partida!",
    "de": "Hallo! Eigene Pfeile sind willkommen, eine Lane fasst bis zu 8 Personen, für größere Gruppen legen wir zwei nebeneinander. Viel Spaß!",
    "en": "Hi! Your own darts are welcome and a lane takes up to 8 players; bigger groups get two lanes side by side. Enjoy!",
    "es": "¡Hola! Puedes traer tus dardos y cada pista admite hasta 8 personas; para grupos más grandes juntamos dos. ¡A disfrutar!",
    "fr": "Bonjour ! Vos fléchettes sont les bienvenues, une piste accueille 8 joueurs, au-delà on vous en met deux côte à côte.",
    "it": "Ciao! Le vostre freccette vanno benissimo, ogni pista ospita fino a 8 persone; per gruppi più grandi ne uniamo due.",
}

THANKS: dict[str, list[str]] = {
    "pt": ["Obrigado, perfeito!", "Ótimo, obg 🙏"],
    "de": ["Danke, passt!", "Super, danke euch"],
    "en": ["Cheers, perfect"],
    "es": ["Genial, gracias!"],
    "fr": ["Merci, parfait !"],
    "it": ["Perfetto, grazie!"],
}

PHONE_Q: dict[str, list[str]] = {
    "pt": [
        "bom dia queria saber se ao domingo também há a promoção de grupo e se dá para reservar por telefone"
    ],
    "de": [
        "ja hallo ich wollte fragen ob man eine Lane auch für zwei Stunden am Stück buchen kann und ob das dann günstiger ist"
    ],
    "en": [
        "hi yeah just wondering if the sunday group deal works for ten people and whether we can book it over the phone"
    ],
    "es": [
        "hola buenas quería saber si el domingo también vale la oferta de grupo y si se puede reservar por teléfono"
    ],
    "fr": [
        "oui bonjour je voulais savoir si on peut réserver une piste deux heures d'affilée et si c'est moins cher"
    ],
    "it": [
        "buongiorno volevo sapere se la promozione di gruppo vale anche la domenica e se posso prenotare al telefono"
    ],
}

PHONE_FOLLOW: dict[str, str] = {
    "pt": "Como falámos ao telefone: a promoção de grupo vale também ao domingo e a reserva já está feita. Até breve!",
    "de": "Wie am Telefon besprochen: zwei Stunden am Stück sind möglich, die zweite Stunde ist 20 % günstiger. Bis bald!",
    "en": "As discussed on the phone: the Sunday group deal covers up to ten and your lane is booked. See you soon!",
    "es": "Como hablamos por teléfono: la oferta de grupo vale el domingo y la reserva ya está hecha. ¡Hasta pronto!",
    "fr": "Comme convenu au téléphone : deux heures d'affilée, la deuxième à -20 %. À bientôt !",
    "it": "Come detto al telefono: la promozione vale anche la domenica e la prenotazione è fatta. A presto!",
}

REVIEW: dict[str, list[str]] = {
    "pt": [
        "Ambiente ótimo, pistas limpas, placar automático sem falhas. Recomendo.",
        "Melhor sítio para uma despedida de solteira, ponto.",
    ],
    "de": [
        "Saubere Lanes, faire Preise, die Automatik zählt zuverlässig. Klare Empfehlung.",
        "Perfekt für den Teamabend, nette Bedienung.",
    ],
    "en": ["Clean lanes, fair prices, scoring spot on. Recommended."],
    "es": ["Pistas limpias, buen precio y la puntuación no falla. Recomendado."],
    "fr": ["Pistes propres, prix corrects, le comptage ne se trompe jamais."],
    "it": ["Piste pulite, prezzi giusti, punteggio sempre preciso. Consigliato."],
}

SURVEY_WORD: dict[str, list[str]] = {
    "pt": ["Top", "Excelente", "", "🎯"],
    "de": ["Super", "Alles bestens", "", "👍"],
    "en": ["Great", ""],
    "es": ["Genial", ""],
    "fr": ["Top", ""],
    "it": ["Ottimo", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "pt": [
        "3 da manhã e ainda a pensar no triplo 20 que falhei hoje no Dartello 😅",
        "Turno da noite acabado, já marquei pista para sábado no Dartello",
    ],
    "de": [
        "2 Uhr nachts und ich träume von der Doppel-16, danke Dartello 😂",
        "Nachtschicht vorbei, Lane für Samstag im Dartello ist gebucht",
    ],
    "en": ["Can't sleep, still replaying that 9-darter attempt at Dartello"],
    "es": ["Las 3 y sigo pensando en el triple 20 que fallé en Dartello jaja"],
    "fr": ["3h du mat et je rejoue encore ma partie au Dartello dans ma tête"],
    "it": ["Le tre di notte e penso ancora alla partita da Dartello"],
}

NIGHT_Q: dict[str, list[str]] = {
    "pt": [
        "Boa noite, a reserva de amanhã às 19h ainda dá para mudar para 20h?",
        "Olá, a que horas abre o bar ao sábado?",
    ],
    "de": [
        "Nabend, kann ich die Buchung morgen 19 Uhr noch auf 20 Uhr schieben?",
        "Hallo, ab wann ist samstags geöffnet?",
    ],
    "en": ["Evening, can I still move tomorrow's 7pm lane to 8pm?"],
    "es": ["Buenas noches, ¿puedo pasar la reserva de mañana de las 19 a las 20?"],
    "fr": ["Bonsoir, je peux décaler la réservation de demain de 19h à 20h ?"],
    "it": ["Buonasera, posso spostare la prenotazione di domani dalle 19 alle 20?"],
}

NIGHT_A: dict[str, str] = {
    "pt": "Boa noite! Pode mudar diretamente na app até 2 horas antes; sábado abrimos às 11h.",
    "de": "Guten Abend! Das geht in der App bis 2 Stunden vorher; samstags öffnen wir um 11 Uhr.",
    "en": "Evening! You can move it in the app up to 2 hours before; Saturdays we open at 11.",
    "es": "¡Buenas noches! Puedes cambiarla en la app hasta 2 horas antes; el sábado abrimos a las 11.",
    "fr": "Bonsoir ! Vous pouvez la décaler dans l'appli jusqu'à 2 h avant ; le samedi on ouvre à 11 h.",
    "it": "Buonasera! Può spostarla nell'app fino a 2 ore prima; il sabato apriamo alle 11.",
}

# Six consumer problems.
PROBLEMS = ("lane_gone", "double_charge", "scoring_dead", "refund", "club_rate", "hours_lost")

PROBLEM: dict[str, dict[str, list[str]]] = {
    "lane_gone": {
        "pt": [
            "Chegámos às 20h com a reserva confirmada e a pista estava dada a outro grupo. Ficámos 40 minutos em pé à espera e no fim mandaram-nos embora. Inaceitável.",
            "Reserva paga para 10 pessoas e quando chegámos NÃO havia pista nenhuma. Aniversário estragado.",
        ],
        "de": [
            "Wir kamen um 20 Uhr mit bestätigter Buchung und die Lane war an eine andere Gruppe vergeben. 40 Minuten rumgestanden, dann weggeschickt. Unmöglich.",
            "Bezahlte Buchung für 10 Leute und vor Ort war KEINE Lane frei. Geburtstag ruiniert.",
        ],
        "en": [
            "Turned up at 8 with a confirmed booking and our lane had been given to another group. Stood around 40 minutes then got sent home."
        ],
        "es": [
            "Llegamos a las 20h con la reserva confirmada y la pista se la habían dado a otro grupo. 40 minutos de pie y a casa."
        ],
        "fr": [
            "Arrivés à 20h avec une réservation confirmée, la piste était donnée à un autre groupe. 40 minutes debout puis renvoyés."
        ],
        "it": [
            "Arrivati alle 20 con prenotazione confermata e la pista era data a un altro gruppo. 40 minuti in piedi e poi a casa."
        ],
    },
    "double_charge": {
        "pt": [
            "Cobraram-me a mesma reserva DUAS vezes, 64 € cada. Quero o dinheiro de volta já.",
            "Vejo dois débitos iguais do Dartello no cartão para uma só reserva. Isto é o quê?",
        ],
        "de": [
            "Ihr habt mir dieselbe Buchung ZWEIMAL abgebucht, je 64 €. Ich will das Geld sofort zurück.",
            "Auf meiner Karte stehen zwei gleiche Abbuchungen von Dartello für eine einzige Buchung. Was soll das?",
        ],
        "en": ["You've charged me TWICE for the same booking, £55 each time. I want it back now."],
        "es": ["Me habéis cobrado la misma reserva DOS veces, 64 € cada una. Quiero mi dinero ya."],
        "fr": [
            "Vous m'avez débité DEUX fois la même réservation, 64 € chacune. Je veux être remboursé."
        ],
        "it": [
            "Mi avete addebitato DUE volte la stessa prenotazione, 64 € l'una. Rivoglio i soldi."
        ],
    },
    "scoring_dead": {
        "pt": [
            "A câmara da pista 6 não contou metade dos lançamentos a noite toda, ninguém nos ajudou e pagámos o preço inteiro.",
            "O ecrã da nossa pista esteve desligado uma hora. Pagámos duas horas de jogo por uma. Vergonha.",
        ],
        "de": [
            "Die Kamera an Lane 6 hat den ganzen Abend die Hälfte der Würfe nicht gezählt, keiner kam, und wir haben voll bezahlt.",
            "Unser Bildschirm war eine Stunde lang schwarz. Zwei Stunden bezahlt, eine gespielt. Frechheit.",
        ],
        "en": [
            "The camera on lane 6 missed half our throws all night, nobody came to help and we paid full price."
        ],
        "es": [
            "La cámara de la pista 6 no contó la mitad de los tiros en toda la noche y pagamos el precio completo."
        ],
        "fr": [
            "La caméra de la piste 6 a raté la moitié des lancers toute la soirée, personne n'est venu et on a tout payé."
        ],
        "it": [
            "La telecamera della pista 6 non ha contato metà dei tiri tutta la sera e abbiamo pagato tutto."
        ],
    },
    "refund": {
        "pt": [
            "Cancelei a reserva com 5 dias de antecedência e há TRÊS semanas que espero o reembolso de 48 €.",
            "Onde está o meu reembolso? Cancelado a tempo, prometido em 5 dias, já passaram 3 semanas.",
        ],
        "de": [
            "Ich habe fünf Tage vorher storniert und warte seit DREI Wochen auf die 48 € Erstattung.",
            "Wo bleibt meine Erstattung? Rechtzeitig storniert, 5 Tage versprochen, jetzt 3 Wochen.",
        ],
        "en": ["Cancelled five days ahead and I've been waiting THREE weeks for my £41 refund."],
        "es": [
            "Cancelé con cinco días de antelación y llevo TRES semanas esperando los 48 € del reembolso."
        ],
        "fr": [
            "Annulé cinq jours avant et j'attends depuis TROIS semaines le remboursement de 48 €."
        ],
        "it": ["Ho annullato cinque giorni prima e aspetto da TRE settimane il rimborso di 48 €."],
    },
    "club_rate": {
        "pt": [
            "Sou sócio Dartello Club e a app cobrou-me a tarifa normal de sexta à noite. Para que pago a mensalidade?",
            "Tarifa de não-sócio outra vez, e eu pago o Club todos os meses. Corrijam isto.",
        ],
        "de": [
            "Ich bin Dartello-Club-Mitglied und die App hat mir den normalen Freitagabendpreis berechnet. Wofür zahle ich den Beitrag?",
            "Schon wieder Nichtmitgliederpreis, obwohl ich jeden Monat den Club zahle. Bitte korrigieren.",
        ],
        "en": [
            "I'm a Dartello Club member and the app charged me the full Friday night rate. What am I paying the monthly fee for?"
        ],
        "es": [
            "Soy socio del Dartello Club y la app me cobró la tarifa normal del viernes noche. ¿Para qué pago la cuota?"
        ],
        "fr": [
            "Je suis membre du Dartello Club et l'appli m'a facturé le plein tarif du vendredi soir. À quoi sert l'abonnement ?"
        ],
        "it": [
            "Sono socio Dartello Club e l'app mi ha fatto pagare la tariffa piena del venerdì sera. A cosa serve la quota?"
        ],
    },
    "hours_lost": {
        "pt": [
            "As 4 horas de pista incluídas no meu Club desapareceram da app a meio do mês. Paguei por elas!",
            "A app diz 0 horas disponíveis e eu não usei nenhuma este mês. Quero as minhas horas.",
        ],
        "de": [
            "Die 4 Lane-Stunden aus meinem Club-Abo sind mitten im Monat aus der App verschwunden. Die habe ich bezahlt!",
            "Die App zeigt 0 Stunden Guthaben, dabei habe ich diesen Monat keine einzige genutzt.",
        ],
        "en": [
            "The 4 lane hours in my Club plan vanished from the app mid-month. I paid for those!"
        ],
        "es": [
            "Las 4 horas de pista incluidas en mi Club han desaparecido de la app a mitad de mes."
        ],
        "fr": [
            "Les 4 heures de piste de mon abonnement Club ont disparu de l'appli en plein mois."
        ],
        "it": ["Le 4 ore di pista incluse nel mio Club sono sparite dall'app a metà mese."],
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "lane_gone": {
        "pt": "pista reservada dada a outros",
        "de": "gebuchte Lane vergeben",
        "en": "booked lane given away",
        "es": "pista reservada dada a otros",
        "fr": "piste réservée donnée",
        "it": "pista prenotata data ad altri",
    },
    "double_charge": {
        "pt": "cobrança duplicada",
        "de": "doppelte Abbuchung",
        "en": "charged twice",
        "es": "cobro doble",
        "fr": "double débit",
        "it": "doppio addebito",
    },
    "scoring_dead": {
        "pt": "placar avariado",
        "de": "Zählung defekt",
        "en": "scoring broken",
        "es": "puntuación rota",
        "fr": "comptage en panne",
        "it": "punteggio guasto",
    },
    "refund": {
        "pt": "reembolso em falta",
        "de": "Erstattung fehlt",
        "en": "refund missing",
        "es": "reembolso pendiente",
        "fr": "remboursement absent",
        "it": "rimborso mancante",
    },
    "club_rate": {
        "pt": "tarifa errada no Club",
        "de": "falscher Club-Preis",
        "en": "wrong Club rate",
        "es": "tarifa Club errónea",
        "fr": "mauvais tarif Club",
        "it": "tariffa Club sbagliata",
    },
    "hours_lost": {
        "pt": "horas do Club desaparecidas",
        "de": "Club-Stunden weg",
        "en": "Club hours gone",
        "es": "horas Club perdidas",
        "fr": "heures Club disparues",
        "it": "ore Club sparite",
    },
}

COMPLAINT_SUBJ: dict[str, str] = {
    "pt": "Reclamação: ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "es": "Reclamación: ",
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
}
CASE_SUBJ: dict[str, str] = {
    "pt": "RE: Processo ",
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "es": "RE: Incidencia ",
    "fr": "RE : Dossier ",
    "it": "R: Pratica ",
}

LONG_OPEN: dict[str, list[str]] = {
    "pt": [
        "Boa tarde,\n\nescrevo-vos do intervalo do turno no hospital, por isso desculpem se for confuso. Somos clientes há dois anos, fazemos lá os anos de toda a família e sempre recomendei o Dartello aos colegas.\n\n",
        "Caros senhores,\n\nestou no carro à porta do treino de natação do meu filho e aproveito para vos escrever, porque já não aguento mais esperar. Temos o Club desde o início e ainda no mês passado levei lá a equipa de futsal.\n\n",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kieferorthopäden meiner Tochter, entschuldigen Sie also die Form. Wir sind seit zwei Jahren Stammgäste, feiern jeden Geburtstag bei Ihnen und haben Sie im Verein weiterempfohlen.\n\n",
        "Hallo zusammen,\n\nzwischen zwei Umzugskartons (wir ziehen gerade zu meiner Mutter, die nach ihrem Sturz Hilfe braucht) will ich das endlich loswerden. Wir haben den Club seit dem ersten Tag.\n\n",
    ],
}

LONG_CLOSE: dict[str, list[str]] = {
    "pt": [
        "\n\nGostava de continuar a ir, mas assim não dá. Aguardo resposta rápida.\n\nCumprimentos,\n{first}",
        "\n\nEspero sinceramente que resolvam isto depressa.\n\n{first}",
    ],
    "de": [
        "\n\nIch würde gerne weiter kommen, aber so geht das nicht. Ich erwarte eine schnelle Antwort.\n\nMit freundlichen Grüßen\n{first}",
        "\n\nBitte kümmern Sie sich zeitnah darum.\n\nViele Grüße\n{first}",
    ],
}

CASE_OPENED: dict[str, str] = {
    "pt": "Olá {first}, lamentamos muito. Abrimos o processo {case} e vamos tratar disto com prioridade.",
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} angelegt und kümmern uns vorrangig darum.",
    "en": "Hi {first}, we're really sorry. We've opened case {case} and are on it as a priority.",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y la tratamos con prioridad.",
    "fr": "Bonjour {first}, nous sommes désolés. Nous avons ouvert le dossier {case} et le traitons en priorité.",
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la pratica {case} e ce ne occupiamo subito.",
}

ESCALATED: dict[str, str] = {
    "pt": "Olá {first}, o seu processo {case} passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "es": "Hola {first}, tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "fr": "Bonjour {first}, votre dossier {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "Ciao {first}, la tua pratica {case} è ora dalla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
}

GOOD_NEWS: dict[str, str] = {
    "pt": "Olá {first}, boas notícias sobre o processo {case}: já está resolvido do nosso lado. Pode confirmar?",
    "de": "Hallo {first}, gute Nachrichten zu {case}: das ist bei uns erledigt. Können Sie das bestätigen?",
    "en": "Hi {first}, good news on case {case}: it's sorted on our side. Could you confirm?",
    "es": "Hola {first}, buenas noticias sobre {case}: ya está resuelto. ¿Nos lo confirmas?",
    "fr": "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé chez nous. Pouvez-vous confirmer ?",
    "it": "Ciao {first}, buone notizie sulla pratica {case}: è risolta. Puoi confermare?",
}

CONFIRM: dict[str, list[str]] = {
    "pt": [
        "Confirmo, o {case} está resolvido. Obrigada!",
        "Sim, já vi, {case} ok. Obrigado pela rapidez.",
    ],
    "de": [
        "Bestätigt, {case} ist erledigt. Danke!",
        "Ja, passt, {case} ist in Ordnung. Danke für die schnelle Hilfe.",
    ],
    "en": ["Confirmed, {case} is sorted. Thanks!"],
    "es": ["Confirmado, {case} resuelto. ¡Gracias!"],
    "fr": ["Je confirme, {case} est réglé. Merci !"],
    "it": ["Confermo, {case} risolta. Grazie!"],
}

APOLOGY: dict[str, list[str]] = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava furiosa. Obrigada por resolverem.",
        "Desculpem a mensagem de ontem, exagerei. Vocês são ótimos.",
    ],
    "de": [
        "Sorry für meinen Ton gestern, ich war sauer. Danke, dass ihr es gelöst habt.",
        "Entschuldigung für die Nachricht gestern, war zu viel. Ihr seid top.",
    ],
    "en": ["Sorry for my tone yesterday, I was fuming. Thanks for sorting it."],
    "es": ["Perdón por el tono de ayer, estaba enfadada. Gracias por arreglarlo."],
    "fr": ["Désolé pour mon ton d'hier, j'étais énervé. Merci d'avoir réglé ça."],
    "it": ["Scusate il tono di ieri, ero arrabbiato. Grazie per aver risolto."],
}

STILL_OPEN: dict[str, list[str]] = {
    "pt": [
        "O processo {case} continua aberto e ninguém me diz nada. {problem}",
        "Volto a escrever sobre o {case}: continua por resolver. {problem}",
    ],
    "de": [
        "Vorgang {case} ist immer noch offen und keiner meldet sich. {problem}",
        "Ich schreibe nochmal wegen {case}: weiterhin nicht gelöst. {problem}",
    ],
    "en": ["Case {case} is still open and nobody's been in touch. {problem}"],
    "es": ["La incidencia {case} sigue abierta y nadie me dice nada. {problem}"],
    "fr": ["Le dossier {case} est toujours ouvert et personne ne me répond. {problem}"],
    "it": ["La pratica {case} è ancora aperta e nessuno mi risponde. {problem}"],
}

THIRD: dict[str, list[str]] = {
    "pt": [
        "Terceira vez que escrevo sobre o {case}. Um colega joga no {comp} e lá resolvem isto no mesmo dia.",
        "Já é a terceira mensagem sobre o {case}. Fui ver os preços do {comp}.",
    ],
    "de": [
        "Zum dritten Mal wegen {case}. Ein Kollege spielt bei {comp}, da wird sowas am selben Tag geklärt.",
        "Dritte Nachricht zu {case}. Ich habe mir schon die Preise bei {comp} angeschaut.",
    ],
    "en": [
        "Third time writing about {case}. A mate plays at {comp} and they sort this the same day."
    ],
    "es": [
        "Tercera vez que escribo por {case}. Un compañero juega en {comp} y allí lo arreglan el mismo día."
    ],
    "fr": [
        "Troisième fois que j'écris pour {case}. Un collègue joue chez {comp}, là-bas c'est réglé le jour même."
    ],
    "it": [
        "Terza volta che scrivo per {case}. Un collega gioca da {comp} e lì lo risolvono in giornata."
    ],
}

FOURTH: dict[str, str] = {
    "pt": "QUARTA vez, processo {case}. Continua tudo igual.",
    "de": "Zum VIERTEN Mal, Vorgang {case}. Nichts hat sich getan.",
    "en": "FOURTH time, case {case}. Nothing has changed.",
    "es": "CUARTA vez, incidencia {case}. Todo sigue igual.",
    "fr": "QUATRIÈME fois, dossier {case}. Rien n'a bougé.",
    "it": "QUARTA volta, pratica {case}. Non è cambiato niente.",
}

URGENT: dict[str, str] = {
    "pt": "Acrescentado ao processo {case} e marcado como urgente.",
    "de": "Zu {case} hinzugefügt und als dringend markiert.",
    "en": "Added to case {case} and marked urgent.",
    "es": "Añadido a la incidencia {case} y marcado como urgente.",
    "fr": "Ajouté au dossier {case} et marqué urgent.",
    "it": "Aggiunto alla pratica {case} e segnato come urgente.",
}

SLIDE: dict[str, list[str]] = {
    "pt": [
        "Desta vez a pista demorou 20 minutos a ficar livre. Acontece.",
        "As setas da casa estavam tortas e com as penas rasgadas. Já foi melhor.",
        "O ecrã perdeu a pontuação a meio do jogo e tivemos de recomeçar.",
        "Subiram o preço de sexta em 30 % sem avisar os sócios do Club. Muito mal.",
        "Cobraram-me 25 € de 'taxa de limpeza' por uma cerveja entornada. Isto é um roubo.",
        "Chega. O meu cunhado joga no {comp} e já reservei lá para sábado.",
    ],
    "de": [
        "Diesmal hat es 20 Minuten gedauert, bis die Lane frei war. Kann passieren.",
        "Die Hauspfeile waren verbogen und die Flights zerfetzt. War schon mal besser.",
        "Der Bildschirm hat mitten im Spiel den Stand verloren, wir mussten neu anfangen.",
        "Freitagspreis um 30 % erhöht, ohne die Club-Mitglieder zu informieren. Echt schwach.",
        "25 € 'Reinigungsgebühr' für ein umgekipptes Bier. Das ist Abzocke.",
        "Mir reicht's. Mein Schwager spielt bei {comp}, ich habe dort für Samstag gebucht.",
    ],
    "en": [
        "Lane took 20 minutes to come free this time. It happens.",
        "House darts were bent and the flights torn. Not what it was.",
        "Screen lost the score mid-game and we had to restart.",
        "Friday price up 30% with no word to Club members. Poor.",
        "£22 'cleaning fee' for one spilt pint. Daylight robbery.",
        "Done. My brother-in-law plays at {comp}, I've booked there for Saturday.",
    ],
    "es": [
        "Esta vez la pista tardó 20 minutos en quedar libre. Puede pasar.",
        "Los dardos de la casa estaban torcidos y con las plumas rotas. Ha bajado.",
        "La pantalla perdió la puntuación a mitad de partida y tuvimos que empezar de nuevo.",
        "Han subido el viernes un 30 % sin avisar a los socios del Club. Fatal.",
        "25 € de 'limpieza' por una cerveza derramada. Es un robo.",
        "Se acabó. Mi cuñado juega en {comp} y ya he reservado allí el sábado.",
    ],
    "fr": [
        "Cette fois la piste a mis 20 minutes à se libérer. Ça arrive.",
        "Les fléchettes de la maison étaient tordues, les ailettes déchirées. Moins bien qu'avant.",
        "L'écran a perdu le score en pleine partie, on a dû recommencer.",
        "Le vendredi augmenté de 30 % sans prévenir les membres du Club. Nul.",
        "25 € de 'frais de nettoyage' pour une bière renversée. C'est du vol.",
        "Stop. Mon beau-frère joue chez {comp}, j'ai réservé là-bas pour samedi.",
    ],
    "it": [
        "Stavolta la pista ci ha messo 20 minuti a liberarsi. Capita.",
        "Le freccette della casa erano storte e con le alette rotte. Peggiorati.",
        "Lo schermo ha perso il punteggio a metà partita, abbiamo ricominciato.",
        "Venerdì aumentato del 30 % senza avvisare i soci Club. Male.",
        "25 € di 'pulizia' per una birra rovesciata. È un furto.",
        "Basta. Mio cognato gioca da {comp}, ho già prenotato lì per sabato.",
    ],
}

CANCEL: dict[str, list[str]] = {
    "pt": [
        "Olá, mudámo-nos para o Algarve e já não há Dartello perto. Quero cancelar o Dartello Club e fechar a conta, por favor.",
        "Bom dia, comprei um alvo eletrónico para casa e já não vou usar. Cancelem o meu Club e fechem a conta.",
    ],
    "de": [
        "Hallo, wir ziehen aufs Land, da gibt es kein Dartello. Bitte den Dartello Club kündigen und mein Konto schließen.",
        "Guten Tag, ich habe mir ein E-Dartboard für den Keller gekauft. Bitte Club kündigen und Konto löschen.",
    ],
    "en": [
        "Hi, we're moving up north with no Dartello nearby. Please cancel my Dartello Club and close my account."
    ],
    "es": [
        "Hola, nos mudamos y no hay Dartello cerca. Quiero cancelar el Dartello Club y cerrar la cuenta."
    ],
    "fr": [
        "Bonjour, on déménage loin de tout Dartello. Merci de résilier mon Dartello Club et de fermer mon compte."
    ],
    "it": [
        "Ciao, ci trasferiamo e non c'è un Dartello vicino. Vorrei disdire il Dartello Club e chiudere l'account."
    ],
}

SORRY_GO: dict[str, str] = {
    "pt": "Olá {first}, é pena vê-lo partir! Pode cancelar o Club e fechar a conta na app ou no site, em Conta > Subscrição.",
    "de": "Hallo {first}, schade, dass Sie gehen! Club und Konto können Sie in der App oder auf der Website unter Konto > Abo kündigen.",
    "en": "Hi {first}, sorry to see you go! You can cancel the Club and close the account in the app or on the website under Account > Plan.",
    "es": "Hola {first}, ¡qué pena que te vayas! Puedes cancelar el Club y cerrar la cuenta en la app o la web, en Cuenta > Suscripción.",
    "fr": "Bonjour {first}, dommage de vous voir partir ! Vous pouvez résilier dans l'appli ou sur le site, Compte > Abonnement.",
    "it": "Ciao {first}, peccato vederti andare! Puoi disdire il Club e chiudere l'account nell'app o sul sito, Account > Abbonamento.",
}

GRUMPY: dict[str, list[str]] = {
    "pt": [
        "A app pede o login outra vez. Todas. As. Vezes.",
        "Porque é que a notificação de lembrete chega às 7 da manhã?",
        "As filas no bar ao sábado são ridículas.",
        "O estacionamento continua um caos.",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus. Jedes. Mal.",
        "Warum kommt die Erinnerung um 7 Uhr morgens?",
        "Samstags an der Bar ewig anstehen, wie immer.",
        "Der Parkplatz ist und bleibt eine Katastrophe.",
    ],
    "en": ["App logs me out every single time.", "Why does the reminder ping at 7am?"],
    "es": [
        "La app me desconecta cada vez.",
        "¿Por qué el recordatorio llega a las 7 de la mañana?",
    ],
    "fr": ["L'appli me déconnecte à chaque fois.", "Pourquoi le rappel arrive à 7h du matin ?"],
    "it": [
        "L'app mi fa rifare il login ogni volta.",
        "Perché il promemoria arriva alle 7 di mattina?",
    ],
}

SARCASM: dict[str, list[str]] = {
    "pt": [
        "Adorei esperar 35 minutos pela pista 'reservada'. Excelente serviço 👏",
        "Fantástico, as setas novas já vêm sem ponta 😂",
    ],
    "de": [
        "Toll, 35 Minuten auf die 'reservierte' Lane warten. Spitzenservice 👏",
        "Super, die neuen Pfeile gibt's jetzt ohne Spitze 😂",
    ],
    "en": ["Loved waiting 35 minutes for our 'booked' lane. Stellar service 👏"],
    "es": ["Me encantó esperar 35 minutos por la pista 'reservada'. Servicio de diez 👏"],
    "fr": ["Adoré attendre 35 minutes notre piste 'réservée'. Service au top 👏"],
    "it": ["Adorato aspettare 35 minuti la pista 'prenotata'. Servizio stellare 👏"],
}

MILD: dict[str, list[str]] = {
    "pt": [
        "A pesquisa de espaços mostra Lisboa quando estou no Porto, é estranho.",
        "As notificações vêm em inglês, dá para mudar?",
    ],
    "de": [
        "Die Standortsuche zeigt mir Köln, obwohl ich in Hamburg bin, komisch.",
        "Die Benachrichtigungen kommen auf Englisch, kann man das ändern?",
    ],
    "en": ["Venue search keeps showing the wrong city, bit odd."],
    "es": ["El buscador de locales me muestra otra ciudad, qué raro."],
    "fr": ["La recherche de salle affiche la mauvaise ville, bizarre."],
    "it": ["La ricerca dei locali mostra la città sbagliata, strano."],
}

MILD_ACK: dict[str, str] = {
    "pt": "Obrigado pelo aviso, {first}! Já passámos à equipa da app.",
    "de": "Danke für den Hinweis, {first}! Ist ans App-Team weitergegeben.",
    "en": "Thanks for flagging, {first}! Passed to the app team.",
    "es": "¡Gracias por avisar, {first}! Lo pasamos al equipo de la app.",
    "fr": "Merci pour le signalement, {first} ! Transmis à l'équipe de l'appli.",
    "it": "Grazie della segnalazione, {first}! Girata al team dell'app.",
}

# The planted spike: booking payments refused in the app, error code VX:7304.
SPIKE: dict[str, list[str]] = {
    "pt": [
        "A app recusa o pagamento de qualquer reserva, dá erro VX:7304. Não consigo marcar pista para hoje!",
        "Erro VX:7304 ao pagar a reserva no Dartello, já tentei 3 cartões.",
        "Alguém mais? Pagamento da reserva falha sempre com VX:7304",
    ],
    "de": [
        "Die App lehnt jede Zahlung für eine Buchung ab, Fehler VX:7304. So kann ich heute keine Lane buchen!",
        "Fehler VX:7304 beim Bezahlen der Buchung, drei Karten probiert.",
        "Noch jemand? Zahlung geht nicht, immer VX:7304",
    ],
    "en": ["App refuses payment for any booking, error VX:7304. Can't book a lane for tonight!"],
    "es": ["La app rechaza el pago de cualquier reserva, error VX:7304. ¡No puedo reservar pista!"],
    "fr": [
        "L'appli refuse le paiement de toute réservation, erreur VX:7304. Impossible de réserver !"
    ],
    "it": [
        "L'app rifiuta il pagamento di ogni prenotazione, errore VX:7304. Non riesco a prenotare!"
    ],
}

SPIKE_AGAIN: dict[str, str] = {
    "pt": "Continua VX:7304, agora também no site e no telemóvel do meu marido.",
    "de": "Immer noch VX:7304, jetzt auch auf der Website und am Handy meiner Frau.",
    "en": "Still VX:7304, on the website too and on my partner's phone.",
    "es": "Sigue VX:7304, ahora también en la web y en el móvil de mi pareja.",
    "fr": "Toujours VX:7304, sur le site aussi et sur le téléphone de ma femme.",
    "it": "Ancora VX:7304, anche sul sito e sul telefono di mia moglie.",
}

SPIKE_ANSWER: dict[str, str] = {
    "pt": "Sim, os pagamentos de reservas estão a falhar neste momento em todo o lado; a equipa técnica já está a tratar.",
    "de": "Ja, Zahlungen für Buchungen schlagen gerade überall fehl; die Technik ist dran.",
    "en": "Yes, booking payments are failing everywhere right now; our engineers are on it.",
    "es": "Sí, los pagos de reservas fallan ahora mismo en todas partes; el equipo técnico ya está en ello.",
    "fr": "Oui, les paiements de réservation échouent partout en ce moment ; nos techniciens s'en occupent.",
    "it": "Sì, i pagamenti delle prenotazioni non vanno in questo momento ovunque; i tecnici ci stanno lavorando.",
}

WORKS_AGAIN: dict[str, str] = {
    "pt": "Olá {first}, os pagamentos funcionam de novo desde as {t}. Pela espera, oferecemos 10 € na sua próxima reserva.",
    "de": "Hallo {first}, Zahlungen funktionieren seit {t} Uhr wieder. Für den Ärger schreiben wir Ihnen 10 € für die nächste Buchung gut.",
    "en": "Hi {first}, payments work again since {t}. For the hassle we've added £9 credit to your next booking.",
    "es": "Hola {first}, los pagos funcionan de nuevo desde las {t}. Te regalamos 10 € en tu próxima reserva.",
    "fr": "Bonjour {first}, les paiements fonctionnent à nouveau depuis {t}. 10 € offerts sur votre prochaine réservation.",
    "it": "Ciao {first}, i pagamenti funzionano di nuovo dalle {t}. Ti regaliamo 10 € sulla prossima prenotazione.",
}

LONE_Q: dict[str, str] = {
    "pt": "Ontem à noite a página de pagamento demorou uns segundos a abrir mas pagou bem. Amanhã vai funcionar normalmente?",
    "de": "Gestern Abend hat die Bezahlseite ein paar Sekunden geladen, dann ging es. Klappt das morgen normal?",
}

LONE_A: dict[str, str] = {
    "pt": "Olá! Sim, foi só lentidão momentânea; a reserva está paga e amanhã funciona normalmente.",
    "de": "Hallo! Ja, das war nur kurz langsam; Ihre Buchung ist bezahlt und morgen läuft alles normal.",
}

# Business arm: Dartello Teams (company events on account).
B2B_PROBLEMS = ("invoice", "service_blocked", "overbilled", "portal")

B2B_PROBLEM: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "As faturas do evento de equipa vêm sem o nosso NIF e sem número de encomenda, a contabilidade não as aceita.",
        "de": "Die Rechnungen für unser Teamevent kommen ohne USt-IdNr. und ohne Bestellnummer, die Buchhaltung lehnt sie ab.",
        "en": "Our team event invoices have no VAT number and no PO number, finance won't accept them.",
        "es": "Las facturas del evento vienen sin nuestro CIF ni número de pedido, contabilidad no las acepta.",
        "fr": "Les factures de l'événement n'ont ni notre numéro de TVA ni le bon de commande, la compta les refuse.",
        "it": "Le fatture dell'evento non hanno partita IVA né numero d'ordine, l'amministrazione le rifiuta.",
    },
    "service_blocked": {
        "pt": "Na receção disseram que a conta está bloqueada e não nos deram as pistas, apesar de tudo pago.",
        "de": "Am Empfang hieß es, unser Konto sei gesperrt, wir bekamen keine Lanes, obwohl alles bezahlt ist.",
        "en": "Reception said our account is on stop and wouldn't give us the lanes, though everything is paid.",
        "es": "En recepción dijeron que la cuenta está bloqueada y no nos dieron las pistas, aunque está todo pagado.",
        "fr": "À l'accueil on nous a dit que le compte était bloqué, pas de pistes, alors que tout est payé.",
        "it": "Alla reception hanno detto che l'account è bloccato e niente piste, anche se è tutto pagato.",
    },
    "overbilled": {
        "pt": "Fomos faturados por 8 pistas e pacote de comida quando reservámos 4 pistas sem comida.",
        "de": "Uns wurden 8 Lanes plus Catering berechnet, gebucht waren 4 Lanes ohne Essen.",
        "en": "We were billed for 8 lanes plus catering when we booked 4 lanes and no food.",
        "es": "Nos han facturado 8 pistas y catering cuando reservamos 4 pistas sin comida.",
        "fr": "On nous a facturé 8 pistes et le traiteur pour 4 pistes réservées sans repas.",
        "it": "Ci avete fatturato 8 piste più catering, avevamo prenotato 4 piste senza cibo.",
    },
    "portal": {
        "pt": "O portal Dartello Teams não mostra nenhuma das nossas reservas, não conseguimos alterar nem cancelar o evento.",
        "de": "Das Dartello-Teams-Portal zeigt keine unserer Buchungen, wir können das Event weder ändern noch stornieren.",
        "en": "The Dartello Teams portal shows none of our bookings, so we can't change or cancel the event.",
        "es": "El portal Dartello Teams no muestra ninguna reserva, no podemos cambiar ni cancelar el evento.",
        "fr": "Le portail Dartello Teams n'affiche aucune réservation, impossible de modifier ou d'annuler.",
        "it": "Il portale Dartello Teams non mostra le prenotazioni, non possiamo modificare né annullare l'evento.",
    },
}

B2B_SAME: dict[str, str] = {
    "pt": "A minha colega {other} já escreveu na {day} sobre o processo {case}. O mesmo problema aqui: ",
    "de": "Meine Kollegin {other} hat schon am {day} wegen {case} geschrieben. Dasselbe Problem bei mir: ",
    "en": "My colleague {other} already wrote on {day} about case {case}. Same here: ",
    "es": "Mi compañera {other} ya escribió el {day} por la incidencia {case}. Lo mismo aquí: ",
    "fr": "Ma collègue {other} a déjà écrit {day} pour le dossier {case}. Pareil ici : ",
    "it": "La mia collega {other} ha già scritto {day} per la pratica {case}. Stesso problema: ",
}

B2B_AGAIN: dict[str, str] = {
    "pt": "Processo {case}: nada resolvido e já escreveram vários colegas. As compras já pediram preços ao {comp}.",
    "de": "Vorgang {case}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt.",
    "en": "Case {case}: nothing fixed and several colleagues have written. Procurement has already asked {comp} for rates.",
    "es": "Incidencia {case}: nada resuelto y varios compañeros han escrito. Compras ya ha pedido precios a {comp}.",
    "fr": "Dossier {case} : rien de réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}.",
    "it": "Pratica {case}: niente risolto, hanno scritto vari colleghi. Gli acquisti hanno già chiesto i prezzi a {comp}.",
}

B2B_CALL: dict[str, str] = {
    "pt": "sim bom dia ligo por causa do processo {case} continua tudo igual já escreveram vários colegas o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "de": "ja guten Tag ich rufe wegen {case} an es ist immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht gelöst ist",
    "en": "yeah hi calling about case {case} still nothing fixed several of us have written my boss says we move the account if it isn't sorted this week",
    "es": "sí hola llamo por la incidencia {case} sigue todo igual han escrito varios compañeros mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "fr": "oui bonjour j'appelle pour le dossier {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "it": "sì buongiorno chiamo per la pratica {case} ancora niente hanno scritto vari colleghi il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
}

B2B_SUGGEST: dict[str, list[str]] = {
    "pt": [
        "Seria ótimo poder exportar os custos dos eventos por centro de custo.",
        "Sugestão: mostrar na fatura o nome do evento.",
    ],
    "de": [
        "Es wäre hilfreich, die Eventkosten nach Kostenstelle exportieren zu können.",
        "Vorschlag: den Eventnamen auf der Rechnung anzeigen.",
    ],
    "en": ["Would be handy to export event costs by cost centre."],
    "es": ["Estaría bien exportar los costes por centro de coste."],
    "fr": ["Ce serait pratique d'exporter les coûts par centre de coût."],
    "it": ["Sarebbe utile esportare i costi per centro di costo."],
}

B2B_ROUTINE_Q: dict[str, str] = {
    "pt": "Bom dia, conseguem juntar 3 pistas para 20 pessoas na próxima quinta?",
    "de": "Guten Morgen, könnt ihr nächsten Donnerstag 3 Lanes für 20 Leute zusammenlegen?",
    "en": "Morning, can you put 3 lanes together for 20 people next Thursday?",
    "es": "Buenos días, ¿podéis juntar 3 pistas para 20 personas el jueves?",
    "fr": "Bonjour, possible de regrouper 3 pistes pour 20 personnes jeudi prochain ?",
    "it": "Buongiorno, potete unire 3 piste per 20 persone giovedì prossimo?",
}

B2B_ROUTINE_A: dict[str, str] = {
    "pt": "Bom dia! Sim, ficam reservadas 3 pistas lado a lado na conta da empresa.",
    "de": "Guten Morgen! Ja, 3 Lanes nebeneinander sind auf Ihr Firmenkonto reserviert.",
    "en": "Morning! Yes, 3 lanes side by side are held on your company account.",
    "es": "¡Buenos días! Sí, quedan 3 pistas juntas en la cuenta de empresa.",
    "fr": "Bonjour ! Oui, 3 pistes côte à côte sont réservées sur le compte société.",
    "it": "Buongiorno! Sì, 3 piste affiancate sono sul conto aziendale.",
}

WEEKDAY: dict[str, list[str]] = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}

FIRST: dict[str, list[str]] = {
    "pt": ["Inês", "João", "Marta", "Rui", "Beatriz", "Tiago", "Carla", "Nuno"],
    "de": ["Jana", "Felix", "Anke", "Jonas", "Svenja", "Tobias", "Heike", "Lars"],
    "en": ["Megan", "Callum", "Siobhan", "Rhys"],
    "es": ["Lucía", "Álvaro", "Nerea", "Iker"],
    "fr": ["Chloé", "Bastien", "Maëlle", "Yann"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide"],
}
LAST: dict[str, list[str]] = {
    "pt": ["Ferreira", "Lopes", "Carvalho", "Moura", "Pacheco", "Teixeira"],
    "de": ["Krüger", "Hoffmann", "Vogt", "Brandl", "Seidel", "Kühn"],
    "en": ["Walsh", "Pryce", "Doyle", "Hughes"],
    "es": ["Ortega", "Iglesias", "Vidal", "Nuñez"],
    "fr": ["Lefèvre", "Garnier", "Roussel", "Perrin"],
    "it": ["Ferri", "Greco", "Marchetti", "Lombardi"],
}
MARKETS: dict[str, list[str]] = {
    "pt": ["PT"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "fr": ["FR", "BE"],
    "it": ["IT", "CH"],
}
PHONE_PREFIX: dict[str, str] = {
    "PT": "+351 91",
    "DE": "+49 151",
    "AT": "+43 664",
    "CH": "+41 79",
    "UK": "+44 7700",
    "IE": "+353 85",
    "ES": "+34 612",
    "FR": "+33 6",
    "BE": "+32 470",
    "IT": "+39 333",
}
CURRENCY: dict[str, str] = {"UK": "GBP", "CH": "CHF"}
PRODUCTS = (
    "Lane 1 h / Pista 1 h",
    "Lane 2 h / Pista 2 h",
    "Party pack 8 players",
    "Dartello Club month",
)
