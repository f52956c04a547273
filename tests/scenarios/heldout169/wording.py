"""Wording of heldout169 (Plantavio: plants delivered by app and web; Plantavio Office).

Placeholders are written <CASE>, <COMP>, <PROB>, <FIRST>, <DAY>, <PROD>, <AMT>, <TIME> and
replaced by the generator. Languages: de and pt first, then en, fr, it, es.
"""

# ruff: noqa: E501

LANGS = ["de", "pt", "en", "fr", "it", "es"]
LANG_WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "pt": ["PT"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT"],
    "es": ["ES"],
}
COMPETITORS = ["Grünessa", "Folhario"]

FIRST = {
    "de": [
        "Jana",
        "Lukas",
        "Sabine",
        "Matthias",
        "Katrin",
        "Florian",
        "Anke",
        "Tobias",
        "Heike",
        "Jonas",
        "Miriam",
        "Stefan",
        "Ulrike",
        "Benedikt",
        "Carina",
        "Dominik",
    ],
    "pt": [
        "Joana",
        "Tiago",
        "Marta",
        "Rui",
        "Inês",
        "Duarte",
        "Catarina",
        "Nuno",
        "Beatriz",
        "Hugo",
        "Sofia",
        "Gonçalo",
        "Leonor",
        "Vasco",
        "Rita",
        "Filipe",
    ],
    "en": ["Chloe", "Liam", "Hannah", "Owen", "Niamh", "Callum", "Ruth", "Declan"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Manon", "Bastien", "Aurélie", "Quentin"],
    "it": ["Giulia", "Matteo", "Chiara", "Lorenzo", "Federica", "Davide", "Silvia", "Riccardo"],
    "es": ["Lucía", "Álvaro", "Marina", "Sergio", "Nerea", "Iker", "Paula", "Rubén"],
}
LAST = {
    "de": [
        "Vogt",
        "Krämer",
        "Lindner",
        "Brandl",
        "Seidel",
        "Hartung",
        "Pfeiffer",
        "Kuhn",
        "Ebert",
        "Wendt",
        "Sommer",
        "Roth",
        "Haas",
        "Engel",
    ],
    "pt": [
        "Ferreira",
        "Carvalho",
        "Moreira",
        "Teixeira",
        "Correia",
        "Mendes",
        "Pinto",
        "Sousa",
        "Lopes",
        "Nogueira",
        "Barros",
        "Fonseca",
        "Antunes",
        "Castro",
    ],
    "en": ["Walsh", "Hughes", "Fletcher", "Doyle", "Barnes", "Quinn", "Harper", "Kearney"],
    "fr": ["Lefèvre", "Girard", "Moulin", "Chevalier", "Renaud", "Gauthier", "Perrin", "Marchand"],
    "it": ["Ferri", "Gallo", "Marchetti", "Rinaldi", "Conti", "Bassi", "Testa", "Fabbri"],
    "es": ["Navarro", "Iglesias", "Cano", "Prieto", "Vidal", "Herrera", "Cabrera", "Soler"],
}

PRODUCTS = [
    ("Monstera deliciosa 80 cm, ceramic pot", 64.9),
    ("Olive tree 120 cm, balcony", 89.0),
    ("Herb box, 6 plants", 24.5),
    ("Fiddle-leaf fig 100 cm", 72.0),
    ("Repotting visit, up to 5 plants", 39.0),
    ("Plant-sitting, 2 weeks holiday", 45.0),
    ("Balcony starter set, 10 plants", 58.0),
    ("Orchid trio, glass pots", 34.9),
]
PAGES = [
    "/app/shop",
    "/app/plant-doctor",
    "/app/deliveries",
    "/app/verde",
    "/app/care-calendar",
    "/app/repotting",
]

PRAISE = {
    "de": [
        "Die Monstera von Plantavio ist riesig und kerngesund angekommen, perfekt verpackt. Danke!",
        "Pflanzen-Sitting während unseres Urlaubs hat super geklappt, alles grün und gegossen. Plantavio ist top",
        "Wahnsinn wie schnell die Kräuterbox da war, duftet die ganze Küche nach Basilikum",
    ],
    "pt": [
        "A oliveira da Plantavio chegou linda e bem embalada, a varanda ganhou outra vida. Obrigada!",
        "O serviço de replantação foi impecável, o senhor explicou tudo com paciência. Recomendo a Plantavio",
        "Encomendei ontem à noite e hoje de manhã já tinha as orquídeas em casa, espetáculo",
    ],
    "en": [
        "Plantavio's fiddle-leaf fig arrived in perfect shape, not a single leaf bent. Lovely packaging too",
        "The plant doctor chat saved my peace lily, honestly brilliant service from Plantavio",
    ],
    "fr": ["Le monstera de Plantavio est arrivé en pleine forme, emballage nickel. Merci !"],
    "it": ["L'ulivo di Plantavio è arrivato bellissimo, imballato benissimo. Grazie davvero"],
    "es": ["El kit de balcón de Plantavio llegó perfecto, todas las plantas sanas. Encantada"],
}
AGAIN = {
    "de": [
        "Schon wieder so ein netter Fahrer, der die Pflanze bis in den dritten Stock trägt. Drittes Mal dieses Jahr, immer noch begeistert",
        "Zum dritten Mal die Kräuterbox bestellt und wieder alles frisch",
    ],
    "pt": [
        "Terceira vez que peço a replantação e outra vez tudo perfeito",
        "Continuo a adorar, mais uma vez entrega dentro da janela horária",
    ],
    "en": ["Third order this spring and again everything arrived healthy. Still impressed"],
    "fr": ["Troisième commande et encore une fois tout est parfait"],
    "it": ["Terza volta che ordino e ancora tutto perfetto"],
    "es": ["Tercera vez que pido y otra vez todo impecable"],
}
GRIPE = {
    "de": [
        "Sehr schöne Pflanze, nur der Übertopf hat einen kleinen Kratzer. Sonst alles bestens",
        "Lieferung pünktlich und Pflanze gesund, nur die Pflegeanleitung gibts bloß als PDF",
    ],
    "pt": [
        "Planta muito bonita, só o vaso veio com um risquinho. De resto tudo ótimo",
        "Adorei, só acho que a app podia avisar meia hora antes da entrega",
    ],
    "en": ["Gorgeous plant, only the care card was in German. Otherwise spot on"],
    "fr": ["Très belle plante, juste la soucoupe manquait. Sinon parfait"],
    "it": ["Pianta splendida, solo il sottovaso era un po' piccolo. Per il resto ottimo"],
    "es": ["Planta preciosa, solo que la maceta vino un poco sucia de tierra. Por lo demás genial"],
}
QUESTION = {
    "de": [
        "Hallo, kann ich die Lieferung auf Samstag verschieben?",
        "Wie oft soll ich die Olive im Winter gießen?",
        "Ist der Versand mit Verde wirklich immer gratis?",
    ],
    "pt": [
        "Olá, posso mudar a morada de entrega para o escritório?",
        "De quanto em quanto tempo devo regar a monstera no verão?",
        "O plant-sitting inclui adubo?",
    ],
    "en": ["Hi, can I change my delivery slot to the afternoon?"],
    "fr": ["Bonjour, est-ce que je peux décaler la livraison à samedi ?"],
    "it": ["Ciao, posso spostare la consegna a sabato?"],
    "es": ["Hola, ¿puedo cambiar la entrega al sábado?"],
}
ANSWER = {
    "de": "Hallo! Ja, das ist erledigt, wir haben alles angepasst. Schönen Tag noch, Ihr Plantavio-Team",
    "pt": "Olá! Sim, já está tratado e atualizado na sua conta. Bom dia, equipa Plantavio",
    "en": "Hi! Yes, that's done and updated on your account. Have a lovely day, the Plantavio team",
    "fr": "Bonjour ! Oui, c'est fait et mis à jour sur votre compte. Belle journée, l'équipe Plantavio",
    "it": "Ciao! Sì, fatto e aggiornato sul suo account. Buona giornata, il team Plantavio",
    "es": "¡Hola! Sí, hecho y actualizado en tu cuenta. Buen día, el equipo de Plantavio",
}
THANKS = {
    "de": ["Super, danke!", "merci, top", "ne eins, danke"],
    "pt": ["Obg!!", "Top, valeu", "Muito obrigada, espetáculo"],
    "en": ["cheers, legend"],
    "fr": ["Merci, au top"],
    "it": ["grz mille!"],
    "es": ["Genial, graciass"],
}
CALLQ = {
    "de": [
        "ja hallo ich wollte fragen ob die Olive auch im Winter auf dem Balkon bleiben kann",
        "guten Tag ich hab eine Frage zu Verde ob ich das auch monatlich kündigen kann",
    ],
    "pt": [
        "bom dia queria saber se a replantação também leva a terra velha embora",
        "olá era só para perguntar se posso juntar duas encomendas na mesma entrega",
    ],
    "en": ["hi there just wondering if the plant sitter can water the garden too"],
    "fr": ["bonjour je voulais savoir si le rempotage comprend le terreau"],
    "it": ["buongiorno volevo sapere se il rinvaso comprende il terriccio"],
    "es": ["hola quería saber si el trasplante incluye la tierra"],
}
CALL_FOLLOW = {
    "de": "Wie eben am Telefon besprochen, hier nochmal die Infos zu Ihrer Frage. Viele Grüße, Plantavio",
    "pt": "Como falámos ao telefone, seguem as informações sobre a sua questão. Cumprimentos, Plantavio",
    "en": "As discussed on the phone, here are the details for your question. Best, Plantavio",
    "fr": "Comme convenu au téléphone, voici les informations demandées. Cordialement, Plantavio",
    "it": "Come detto al telefono, ecco le informazioni richieste. Cordiali saluti, Plantavio",
    "es": "Como hablamos por teléfono, aquí tienes la información. Saludos, Plantavio",
}
REVIEW = {
    "de": [
        "Fünf Sterne. Pflanzen kommen gesund an, Lieferfenster stimmt, Beratung im Chat kompetent."
    ],
    "pt": [
        "Cinco estrelas. Plantas saudáveis, entrega pontual e o chat do médico das plantas ajuda mesmo."
    ],
    "en": ["Five stars, healthy plants and on-time deliveries."],
    "fr": ["Cinq étoiles, plantes en pleine santé et livraison à l'heure."],
    "it": ["Cinque stelle, piante sane e consegna puntuale."],
    "es": ["Cinco estrellas, plantas sanas y entrega puntual."],
}
SURVEY_WORD = {
    "de": ["Top", "", "👍"],
    "pt": ["Excelente", "", "💚"],
    "en": ["great", ""],
    "fr": ["Super", ""],
    "it": ["Ottimo", ""],
    "es": ["Genial", ""],
}
NIGHT_POST = {
    "de": [
        "2 Uhr nachts und ich topfe noch die Monstera um weil ich nicht schlafen kann. Plantavio-Erde riecht wenigstens gut",
        "Nachtschicht vorbei, zu Hause wartet die neue Orchidee von Plantavio. Bester Feierabend",
    ],
    "pt": [
        "3 da manhã e eu a ver vídeos de replantação da Plantavio em vez de dormir",
        "Saí do turno da noite e a oliveira nova da Plantavio estava à porta. Que alegria",
    ],
    "en": [
        "can't sleep so I'm reorganising my plant shelf at 2am, the Plantavio herb box smells amazing"
    ],
    "fr": [
        "Insomnie, alors je rempote mes boutures à 3h du matin. Merci Plantavio pour le terreau"
    ],
    "it": ["Insonnia, rinvaso le talee alle 3 di notte. Grazie Plantavio per il terriccio"],
    "es": [
        "Insomnio, así que trasplanto esquejes a las 3 de la mañana. Gracias Plantavio por la tierra"
    ],
}
NIGHT_Q = {
    "de": ["Hallo, noch jemand wach? Kann ich die Pflanze morgen früh vor die Tür stellen lassen?"],
    "pt": ["Olá, ainda há alguém? A entrega de amanhã pode ficar com o vizinho?"],
    "en": ["hi, anyone around? can tomorrow's delivery be left with a neighbour?"],
    "fr": ["Bonsoir, la livraison de demain peut-elle être laissée chez le voisin ?"],
    "it": ["Buonasera, la consegna di domani può essere lasciata al vicino?"],
    "es": ["Hola, ¿la entrega de mañana se puede dejar con el vecino?"],
}

# Consumer problems: a phrase each, put in the complaint templates.
PROBLEMS = ["no_show", "double_charge", "dead_plant", "refund", "wrong_price", "cancel_fee"]
PROB = {
    "no_show": {
        "de": "die App sagt seit heute 9:12 GELIEFERT, aber hier ist keine Pflanze, kein Zettel, nichts. Ich habe extra frei genommen",
        "pt": "a app diz ENTREGUE desde as 9h12 mas aqui não há planta nenhuma, nem aviso, nada. Tirei a manhã de folga para isto",
        "en": "the app has said DELIVERED since 9:12 but there is no plant, no card, nothing. I took the morning off for this",
        "fr": "l'appli indique LIVRÉ depuis 9h12 mais il n'y a aucune plante, aucun avis, rien. J'ai posé ma matinée",
        "it": "l'app dice CONSEGNATO dalle 9:12 ma qui non c'è nessuna pianta, nessun avviso, niente. Ho preso mezza giornata",
        "es": "la app pone ENTREGADO desde las 9:12 pero aquí no hay ninguna planta, ni aviso, nada. Me pedí la mañana libre",
    },
    "double_charge": {
        "de": "die Verde-Mitgliedschaft wurde diesen Monat ZWEIMAL abgebucht, 2 x 9,90. Ich will das Geld zurück",
        "pt": "a assinatura Verde foi cobrada DUAS vezes este mês, 2 x 9,90. Quero o dinheiro de volta",
        "en": "my Verde membership was charged TWICE this month, 2 x 9.90. I want that money back",
        "fr": "l'abonnement Verde a été prélevé DEUX fois ce mois-ci, 2 x 9,90. Je veux être remboursée",
        "it": "l'abbonamento Verde è stato addebitato DUE volte questo mese, 2 x 9,90. Rivoglio i soldi",
        "es": "me habéis cobrado DOS veces la cuota Verde este mes, 2 x 9,90. Quiero mi dinero",
    },
    "dead_plant": {
        "de": "der Olivenbaum kam mit abgebrochenem Stamm und halb leerem Topf an, die Erde überall im Karton. 89 Euro für Brennholz",
        "pt": "a oliveira chegou com o tronco partido e o vaso meio vazio, terra por toda a caixa. 89 euros por lenha",
        "en": "the olive tree arrived with a snapped trunk and half the soil all over the box. 89 pounds for firewood",
        "fr": "l'olivier est arrivé avec le tronc cassé et la moitié du terreau dans le carton. 89 euros pour du bois mort",
        "it": "l'ulivo è arrivato con il tronco spezzato e metà della terra nella scatola. 89 euro per legna da ardere",
        "es": "el olivo llegó con el tronco partido y media maceta de tierra por la caja. 89 euros para leña",
    },
    "refund": {
        "de": "ich habe die kaputte Monstera vor DREI Wochen zurückgegeben und warte immer noch auf die Erstattung von 64,90",
        "pt": "devolvi a monstera estragada há TRÊS semanas e ainda estou à espera do reembolso de 64,90",
        "en": "I returned the damaged monstera THREE weeks ago and I'm still waiting for the 64.90 refund",
        "fr": "j'ai renvoyé le monstera abîmé il y a TROIS semaines et j'attends toujours le remboursement de 64,90",
        "it": "ho restituito la monstera rovinata TRE settimane fa e aspetto ancora il rimborso di 64,90",
        "es": "devolví la monstera estropeada hace TRES semanas y sigo esperando el reembolso de 64,90",
    },
    "wrong_price": {
        "de": "ich bin Verde-Mitglied und trotzdem wurden mir 6,90 Liefergebühr berechnet, jetzt schon bei der zweiten Bestellung",
        "pt": "sou membro Verde e mesmo assim cobraram-me 6,90 de portes, já é a segunda encomenda",
        "en": "I'm a Verde member and I was still charged the 6.90 delivery fee, second order in a row",
        "fr": "je suis membre Verde et on m'a quand même facturé 6,90 de livraison, deuxième commande de suite",
        "it": "sono socia Verde e mi avete comunque addebitato 6,90 di spedizione, seconda volta di fila",
        "es": "soy socia Verde y aun así me habéis cobrado 6,90 de envío, segundo pedido seguido",
    },
    "cancel_fee": {
        "de": "ich habe den Umtopf-Termin fünf Tage vorher storniert und trotzdem 25 Euro Stornogebühr bezahlt",
        "pt": "cancelei a replantação com cinco dias de antecedência e mesmo assim cobraram 25 euros de taxa",
        "en": "I cancelled the repotting visit five days ahead and still got a 25 pound cancellation fee",
        "fr": "j'ai annulé le rempotage cinq jours avant et on m'a quand même facturé 25 euros de frais",
        "it": "ho annullato il rinvaso cinque giorni prima e mi avete addebitato lo stesso 25 euro di penale",
        "es": "cancelé el trasplante con cinco días de antelación y aun así me cobrasteis 25 euros",
    },
}
PROB_TOPIC = {
    "no_show": {
        "de": "Lieferung nie angekommen",
        "pt": "Entrega que nunca chegou",
        "en": "Delivery never arrived",
        "fr": "Livraison jamais reçue",
        "it": "Consegna mai arrivata",
        "es": "Entrega que nunca llegó",
    },
    "double_charge": {
        "de": "Doppelte Abbuchung",
        "pt": "Cobrança em duplicado",
        "en": "Charged twice",
        "fr": "Double prélèvement",
        "it": "Doppio addebito",
        "es": "Cobro duplicado",
    },
    "dead_plant": {
        "de": "Pflanze kaputt geliefert",
        "pt": "Planta entregue partida",
        "en": "Plant arrived broken",
        "fr": "Plante livrée cassée",
        "it": "Pianta arrivata rotta",
        "es": "Planta llegó rota",
    },
    "refund": {
        "de": "Erstattung fehlt",
        "pt": "Reembolso em falta",
        "en": "Refund missing",
        "fr": "Remboursement manquant",
        "it": "Rimborso mancante",
        "es": "Reembolso pendiente",
    },
    "wrong_price": {
        "de": "Liefergebühr trotz Verde",
        "pt": "Portes apesar de Verde",
        "en": "Delivery fee despite Verde",
        "fr": "Frais malgré Verde",
        "it": "Spedizione nonostante Verde",
        "es": "Envío pese a Verde",
    },
    "cancel_fee": {
        "de": "Stornogebühr",
        "pt": "Taxa de cancelamento",
        "en": "Cancellation fee",
        "fr": "Frais d'annulation",
        "it": "Penale di annullamento",
        "es": "Cargo por cancelación",
    },
}
COMPLAINT_SUBJ = {
    "de": "Beschwerde: ",
    "pt": "Reclamação: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
    "es": "Reclamación: ",
}
REPLY_SUBJ = {
    "de": "AW: Vorgang ",
    "pt": "RE: Pedido ",
    "en": "Re: Your case ",
    "fr": "RE : Demande ",
    "it": "R: Segnalazione ",
    "es": "RE: Incidencia ",
}
ANGRY = {
    "de": [
        "Hallo, <PROB>. Das ist echt unmöglich. Bitte sofort melden!",
        "Sorry aber JETZT REICHTS: <PROB>.",
    ],
    "pt": [
        "Boa tarde, <PROB>. Isto não pode ser. Respondam-me hoje por favor!",
        "JÁ CHEGA: <PROB>. Inacreditável.",
    ],
    "en": ["Hello, <PROB>. This is not acceptable, please sort it today."],
    "fr": ["Bonjour, <PROB>. C'est inadmissible, merci de régler ça aujourd'hui."],
    "it": ["Buongiorno, <PROB>. Non è accettabile, sistemate oggi per favore."],
    "es": ["Hola, <PROB>. Esto no es normal, solucionadlo hoy por favor."],
}
LONG = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Tierärztin, unser Kater hat mal wieder Gras gefressen, das er nicht soll. Eigentlich wollte ich diese Woche nur das Wohnzimmer fertig machen, die Wände sind endlich gestrichen und die Ecke am Fenster wartet auf ihre Pflanze. Und jetzt das: <PROB>. Ich habe das Ihrer Hotline schon halb erklärt, bevor die Verbindung abbrach.\n\nIch bestelle seit Jahren bei Ihnen und war immer gern Kundin, aber so etwas geht nicht. Bitte melden Sie sich heute noch.\n\nMit freundlichen Grüßen",
        "Hallo Plantavio-Team,\n\nkurz vorweg: ich sitze im Auto vor der Musikschule meiner Tochter und habe genau zwanzig Minuten. Wir ziehen nächste Woche um, die Kartons stapeln sich, und die Pflanzen sollten eigentlich das Einzige sein, um das ich mich nicht kümmern muss. Leider: <PROB>.\n\nIch erwarte eine Lösung, keine Textbausteine.\n\nGruß",
    ],
    "pt": [
        "Bom dia,\n\nescrevo-vos da sala de espera do hospital, a minha mãe foi operada à anca e eu ando entre o trabalho, a casa dela e a nossa. A única coisa que queria era que a varanda dela estivesse bonita quando ela voltasse. Mas: <PROB>.\n\nSou cliente há três anos e sempre fiquei contente, mas isto não se faz. Aguardo resposta ainda hoje.\n\nCumprimentos",
        "Olá equipa Plantavio,\n\nestou a escrever entre dois clientes na minha banca do mercado, por isso desculpem a pressa. Andamos a renovar a casa que herdámos da minha avó e encomendei as plantas para o pátio. O problema: <PROB>.\n\nPeço que resolvam isto depressa.\n\nObrigada",
    ],
}
CALL = {
    "de": "ja guten Tag ich ruf an weil <PROB> und ich möchte dass das heute noch geklärt wird",
    "pt": "sim bom dia estou a ligar porque <PROB> e queria isto resolvido hoje",
    "en": "yeah hi i'm calling because <PROB> and i want it sorted today",
    "fr": "oui bonjour j'appelle parce que <PROB> et je voudrais que ce soit réglé aujourd'hui",
    "it": "sì buongiorno chiamo perché <PROB> e vorrei che fosse sistemato oggi",
    "es": "sí hola llamo porque <PROB> y quiero que se solucione hoy",
}
CASE_OPENED = {
    "de": "Es tut uns sehr leid. Wir haben den Vorgang <CASE> eröffnet und melden uns so schnell wie möglich. Ihr Plantavio-Team",
    "pt": "Lamentamos muito. Abrimos o pedido <CASE> e entraremos em contacto o mais depressa possível. Equipa Plantavio",
    "en": "We're very sorry. We've opened case <CASE> and will get back to you as soon as we can. The Plantavio team",
    "fr": "Nous sommes désolés. Nous avons ouvert la demande <CASE> et revenons vers vous au plus vite. L'équipe Plantavio",
    "it": "Ci dispiace molto. Abbiamo aperto la segnalazione <CASE> e la ricontatteremo al più presto. Il team Plantavio",
    "es": "Lo sentimos mucho. Hemos abierto la incidencia <CASE> y te contactamos lo antes posible. El equipo de Plantavio",
}
QUALITY = {
    "de": "Ihr Vorgang <CASE> liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "pt": "O seu pedido <CASE> está agora com a nossa responsável de qualidade, que lhe ligará até sexta ao almoço.",
    "en": "Your case <CASE> is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Votre demande <CASE> est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "La sua segnalazione <CASE> è ora con la nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
    "es": "Tu incidencia <CASE> está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
}
URGENT = {
    "de": "Ich habe es zu Vorgang <CASE> hinzugefügt und als dringend markiert.",
    "pt": "Acrescentei ao pedido <CASE> e marquei como urgente.",
    "en": "I've added this to case <CASE> and marked it urgent.",
    "fr": "J'ai ajouté ceci à la demande <CASE> et l'ai marquée urgente.",
    "it": "Ho aggiunto alla segnalazione <CASE> e l'ho segnata come urgente.",
    "es": "Lo he añadido a la incidencia <CASE> y marcado como urgente.",
}
GOOD_NEWS = {
    "de": "Gute Nachrichten zu Vorgang <CASE>: das ist behoben. Können Sie uns kurz bestätigen, dass alles passt?",
    "pt": "Boas notícias sobre o pedido <CASE>: está resolvido. Pode confirmar-nos que está tudo bem?",
    "en": "Good news on case <CASE>: it's sorted. Could you confirm everything is fine on your side?",
    "fr": "Bonne nouvelle pour la demande <CASE> : c'est réglé. Pouvez-vous nous confirmer que tout va bien ?",
    "it": "Buone notizie sulla segnalazione <CASE>: è risolta. Può confermarci che è tutto a posto?",
    "es": "Buenas noticias sobre la incidencia <CASE>: está resuelta. ¿Nos confirmas que todo está bien?",
}
CONFIRM = {
    "de": [
        "Bestätige, Vorgang <CASE> ist erledigt, danke euch!",
        "Ja passt, <CASE> kann zu. Danke",
    ],
    "pt": [
        "Confirmo, o pedido <CASE> está resolvido, obrigada!",
        "Sim, tudo certo com o <CASE>. Obg",
    ],
    "en": ["Confirmed, case <CASE> is sorted, thanks!"],
    "fr": ["Je confirme, la demande <CASE> est réglée, merci !"],
    "it": ["Confermo, la segnalazione <CASE> è risolta, grazie!"],
    "es": ["Confirmo, la incidencia <CASE> está resuelta, ¡gracias!"],
}
APOLOGY = {
    "de": [
        "Sorry wegen gestern, war echt genervt. Ihr habt das schnell gelöst, danke",
        "Entschuldigung für meinen Ton gestern, war ein langer Tag",
    ],
    "pt": [
        "Desculpem o tom de ontem, estava mesmo chateada. Resolveram depressa, obrigada",
        "Peço desculpa pela mensagem de ontem, foi um dia péssimo",
    ],
    "en": ["Sorry about yesterday, I was fuming. You sorted it quickly, thanks"],
    "fr": ["Désolée pour hier, j'étais à bout. Merci d'avoir réglé ça vite"],
    "it": ["Scusate per ieri, ero furiosa. Grazie per aver risolto in fretta"],
    "es": ["Perdón por lo de ayer, estaba desbordada. Gracias por solucionarlo rápido"],
}
STILL = {
    "de": "Vorgang <CASE>: immer noch nichts passiert. <PROB>. Wann kümmert sich endlich jemand?",
    "pt": "Pedido <CASE>: continua tudo igual. <PROB>. Quando é que alguém trata disto?",
    "en": "Case <CASE>: still nothing. <PROB>. When is someone going to deal with it?",
    "fr": "Demande <CASE> : toujours rien. <PROB>. Quand est-ce que quelqu'un s'en occupe ?",
    "it": "Segnalazione <CASE>: ancora niente. <PROB>. Quando se ne occupa qualcuno?",
    "es": "Incidencia <CASE>: sigue igual. <PROB>. ¿Cuándo se va a ocupar alguien?",
}
THIRD = {
    "de": " Eine Kollegin bestellt bei <COMP>, die klären sowas am selben Tag.",
    "pt": " Já fui ver quanto cobra a <COMP>.",
    "en": " A colleague orders from <COMP> and they sort this the same day.",
    "fr": " Une collègue commande chez <COMP> et eux règlent ça le jour même.",
    "it": " Una collega ordina da <COMP> e loro risolvono in giornata.",
    "es": " Una compañera pide en <COMP> y lo arreglan el mismo día.",
}
FOURTH = {
    "de": " Das ist das VIERTE Mal.",
    "pt": " É a QUARTA vez.",
    "en": " This is the FOURTH time.",
    "fr": " C'est la QUATRIÈME fois.",
    "it": " È la QUARTA volta.",
    "es": " Es la CUARTA vez.",
}
SLIDE = {
    "de": [
        "Lieferung drei Stunden zu spät, ohne Anruf. Naja, die Pflanze ist wenigstens hübsch",
        "Diesmal welke Blätter und ein Riss im Topf. Plantavio lässt nach",
        "Jetzt soll ich für die Reklamation jedes Blatt fotografieren? Ernsthaft?",
        "Erstattung dauert angeblich zehn Tage. Früher ging das in zwei",
        "30 Euro Entsorgungsgebühr für einen Topf, den ICH zurückgebracht habe. Unverschämt",
        "Mein Schwager bestellt bei <COMP>, ich hab die Balkonpflanzen für Samstag jetzt dort bestellt",
    ],
    "pt": [
        "Entrega três horas atrasada e sem telefonema. Enfim, a planta é bonita",
        "Desta vez folhas murchas e o vaso rachado. A Plantavio está a piorar",
        "Agora para reclamar tenho de fotografar cada folha? A sério?",
        "O reembolso demora dez dias, dizem. Antes era em dois",
        "30 euros de taxa de recolha por um vaso que EU fui entregar. Vergonha",
        "O meu cunhado compra na <COMP>, já encomendei lá as plantas da varanda para sábado",
    ],
    "en": [
        "Delivery three hours late, no call. Plant's nice at least",
        "Wilted leaves and a cracked pot this time. Plantavio is slipping",
        "Now I have to photograph every leaf to make a claim? Seriously?",
        "Refund takes ten days apparently. Used to be two",
        "A 30 pound disposal fee for a pot I brought back MYSELF. Shameless",
        "My brother-in-law orders from <COMP>, I've ordered Saturday's balcony plants there",
    ],
    "fr": [
        "Livraison trois heures en retard, sans appel. Bon, la plante est jolie",
        "Feuilles fanées et pot fendu cette fois. Plantavio baisse",
        "Il faut maintenant photographier chaque feuille pour réclamer ? Sérieux ?",
        "Le remboursement prend dix jours paraît-il. Avant c'était deux",
        "30 euros de frais de reprise pour un pot que J'AI rapporté. Honteux",
        "Mon beau-frère commande chez <COMP>, j'ai commandé les plantes du balcon là-bas pour samedi",
    ],
    "it": [
        "Consegna tre ore in ritardo, senza chiamata. Vabbè, la pianta è bella",
        "Foglie appassite e vaso crepato stavolta. Plantavio sta peggiorando",
        "Ora devo fotografare ogni foglia per un reclamo? Sul serio?",
        "Il rimborso richiede dieci giorni. Prima erano due",
        "30 euro di smaltimento per un vaso che ho riportato IO. Vergognoso",
        "Mio cognato ordina da <COMP>, ho ordinato lì le piante per sabato",
    ],
    "es": [
        "Entrega tres horas tarde y sin llamada. Bueno, la planta es bonita",
        "Hojas mustias y maceta rajada esta vez. Plantavio va a peor",
        "¿Ahora tengo que fotografiar cada hoja para reclamar? ¿En serio?",
        "El reembolso tarda diez días. Antes eran dos",
        "30 euros de recogida por una maceta que devolví YO. Qué vergüenza",
        "Mi cuñado pide en <COMP>, ya he pedido allí las plantas del balcón para el sábado",
    ],
}
CANCEL = {
    "de": [
        "Hallo, wir ziehen in eine Wohnung ohne Balkon und ohne Licht. Bitte Verde kündigen und mein Konto schließen.",
        "Guten Tag, ich habe jetzt einen eigenen Garten mit Gärtnerei um die Ecke. Bitte kündigen Sie Verde und löschen Sie mein Konto.",
    ],
    "pt": [
        "Olá, vou mudar-me para um quarto sem varanda. Quero cancelar a Verde e fechar a conta.",
        "Boa tarde, quero cancelar a assinatura Verde e encerrar a minha conta, já não preciso.",
    ],
    "en": [
        "Hi, we're moving to a flat with no balcony. Please cancel my Verde membership and close my account."
    ],
    "fr": [
        "Bonjour, je déménage dans un studio sans balcon. Merci de résilier Verde et de fermer mon compte."
    ],
    "it": [
        "Buongiorno, mi trasferisco in un monolocale senza balcone. Vorrei disdire Verde e chiudere l'account."
    ],
    "es": ["Hola, me mudo a un piso sin balcón. Quiero darme de baja de Verde y cerrar mi cuenta."],
}
SORRY_GO = {
    "de": "Schade, dass Sie gehen! Sie können Verde jederzeit selbst in der App oder auf der Website kündigen.",
    "pt": "Temos pena que vá! Pode cancelar a Verde na app ou no site a qualquer momento.",
    "en": "Sorry to see you go! You can cancel Verde yourself in the app or on the website at any time.",
    "fr": "Dommage de vous voir partir ! Vous pouvez résilier Verde vous-même dans l'appli ou sur le site.",
    "it": "Ci dispiace che vada! Può disdire Verde da sola nell'app o sul sito.",
    "es": "¡Qué pena que te vayas! Puedes darte de baja de Verde en la app o en la web.",
}
GRUMBLE = {
    "de": [
        "Die App loggt mich JEDES Mal aus, nervig",
        "Gießerinnerung um 6 Uhr morgens, wer hat sich das ausgedacht",
        "Lieferfenster 8-14 Uhr ist kein Fenster sondern ein Scheunentor",
        "Schon wieder Styropor im Karton, geht das nicht anders?",
    ],
    "pt": [
        "A app faz logout SEMPRE, que chatice",
        "Lembrete de rega às 6 da manhã, a sério?",
        "Janela de entrega das 8 às 14 não é janela, é um portão",
        "Outra vez esferovite na caixa, não há alternativa?",
    ],
    "en": ["The app logs me out EVERY time", "Watering reminder at 6am, who thought that up"],
    "fr": ["L'appli me déconnecte à CHAQUE fois", "Rappel d'arrosage à 6h du matin, vraiment ?"],
    "it": [
        "L'app mi disconnette OGNI volta",
        "Promemoria d'innaffiatura alle 6 di mattina, davvero?",
    ],
    "es": [
        "La app me cierra sesión CADA vez",
        "Recordatorio de riego a las 6 de la mañana, en serio",
    ],
}
SARCASM = {
    "de": [
        "Lieferung um 21:40, genau richtig zum Umtopfen im Dunkeln 👏",
        "Danke Plantavio für den Kaktus mit Gratis-Trauermücken 😂",
    ],
    "pt": [
        "Entrega às 21h40, mesmo a tempo de replantar às escuras 👏",
        "Obrigada Plantavio pelo cato com mosquitos de oferta 😂",
    ],
    "en": ["Delivery at 21:40, perfect for repotting in the dark 👏"],
    "fr": ["Livraison à 21h40, parfait pour rempoter dans le noir 👏"],
    "it": ["Consegna alle 21:40, perfetto per rinvasare al buio 👏"],
    "es": ["Entrega a las 21:40, justo a tiempo para trasplantar a oscuras 👏"],
}
MILD = {
    "de": "Kleine Sache: die Pflanzensuche zeigt mir Gärtnereien in der falschen Stadt.",
    "pt": "Só um pormenor: as notificações da app chegam em inglês.",
    "en": "Small thing: the plant search shows me garden centres in the wrong city.",
    "fr": "Petit détail : les notifications arrivent en anglais.",
    "it": "Piccola cosa: le notifiche arrivano in inglese.",
    "es": "Una cosita: las notificaciones llegan en inglés.",
}
MILD_ACK = {
    "de": "Danke für den Hinweis, wir geben das an unser App-Team weiter.",
    "pt": "Obrigado pelo aviso, vamos passar à equipa da app.",
    "en": "Thanks for letting us know, we'll pass it to our app team.",
    "fr": "Merci du signalement, nous transmettons à l'équipe de l'appli.",
    "it": "Grazie della segnalazione, la giriamo al team dell'app.",
    "es": "Gracias por avisar, lo pasamos al equipo de la app.",
}
NPS_WORD = {
    "de": ["Enttäuscht.", ""],
    "pt": ["Desiludida.", ""],
    "en": ["Disappointed.", ""],
    "fr": ["Déçue.", ""],
    "it": ["Deluso.", ""],
    "es": ["Decepcionada.", ""],
}

# Plantavio Office (on account): problems, complaints, suggestions.
B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]
B2B_PROB = {
    "invoice": {
        "de": "die Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, unsere Buchhaltung lehnt sie ab",
        "pt": "as faturas continuam com o nome antigo da empresa e sem número de encomenda, a contabilidade recusa-as",
        "en": "the invoices still carry our old company name and no PO number, accounts payable rejects them",
        "fr": "les factures portent encore l'ancien nom de la société et aucun numéro de commande",
        "it": "le fatture riportano ancora il vecchio nome dell'azienda e nessun numero d'ordine",
        "es": "las facturas siguen con el nombre antiguo de la empresa y sin número de pedido",
    },
    "service_blocked": {
        "de": "Ihr Pflegeteam wurde heute am Empfang weggeschickt, Konto angeblich gesperrt, obwohl alles bezahlt ist",
        "pt": "a vossa equipa de manutenção foi mandada embora hoje, conta bloqueada, apesar de estar tudo pago",
        "en": "your care team was turned away at reception today, account on stop, although everything is paid",
        "fr": "votre équipe d'entretien est repartie aujourd'hui, compte bloqué, alors que tout est payé",
        "it": "la vostra squadra di manutenzione è stata mandata via oggi, conto bloccato, anche se è tutto pagato",
        "es": "vuestro equipo de mantenimiento se fue hoy, cuenta bloqueada, aunque está todo pagado",
    },
    "portal": {
        "de": "das Portal zeigt keine einzige gemietete Pflanze mehr, wir können nichts abbestellen und die Miete läuft weiter",
        "pt": "o portal não mostra nenhuma planta alugada, não conseguimos devolver nada e o aluguer continua a contar",
        "en": "the portal shows none of our rented plants, we can't end any rental and the bill keeps running",
        "fr": "le portail n'affiche aucune plante louée, impossible de résilier et la location continue",
        "it": "il portale non mostra nessuna pianta a noleggio, non possiamo disdire e il noleggio continua",
        "es": "el portal no muestra ninguna planta alquilada, no podemos dar de baja y el alquiler sigue corriendo",
    },
    "overbilled": {
        "de": "uns wird der Einzelpreis statt des vereinbarten Rahmenvertrags berechnet, über 600 Euro zu viel",
        "pt": "estão a cobrar preço unitário em vez do contrato anual acordado, mais de 600 euros a mais",
        "en": "we're billed list prices instead of our framework contract rate, over 600 pounds too much",
        "fr": "on nous facture le prix catalogue au lieu du tarif contrat, plus de 600 euros de trop",
        "it": "ci fatturate il prezzo di listino invece della tariffa a contratto, oltre 600 euro in più",
        "es": "nos cobráis precio de tarifa en vez del contrato marco, más de 600 euros de más",
    },
}
B2B_FIRST = {
    "de": "Guten Tag, <PROB>. Bitte um kurzfristige Klärung.",
    "pt": "Bom dia, <PROB>. Agradeço resolução rápida.",
    "en": "Hello, <PROB>. Please sort this out promptly.",
    "fr": "Bonjour, <PROB>. Merci de régler cela rapidement.",
    "it": "Buongiorno, <PROB>. Vi chiedo di risolvere al più presto.",
    "es": "Buenos días, <PROB>. Por favor, resolvedlo pronto.",
}
B2B_LATER = {
    "de": "Hallo, wie <FIRST> schon <DAY> geschrieben hat (Vorgang <CASE>): <PROB>. Bei mir genauso.",
    "pt": "Olá, como a/o <FIRST> já escreveu <DAY> (pedido <CASE>): <PROB>. Comigo é igual.",
    "en": "Hi, as <FIRST> already wrote <DAY> (case <CASE>): <PROB>. Same here.",
    "fr": "Bonjour, comme <FIRST> l'a écrit <DAY> (demande <CASE>) : <PROB>. Pareil chez moi.",
    "it": "Buongiorno, come ha già scritto <FIRST> <DAY> (segnalazione <CASE>): <PROB>. Anche da me.",
    "es": "Hola, como ya escribió <FIRST> <DAY> (incidencia <CASE>): <PROB>. Igual aquí.",
}
B2B_LAST_MAIL = {
    "de": "Vorgang <CASE> ist immer noch offen, mehrere Kollegen haben geschrieben, nichts ist behoben. Unser Einkauf hat schon Preise bei <COMP> angefragt.",
    "pt": "O pedido <CASE> continua aberto, vários colegas escreveram e nada foi resolvido. As compras já pediram preços à <COMP>.",
    "en": "Case <CASE> is still open, several colleagues have written and nothing is fixed. Procurement has already asked <COMP> for their rates.",
    "fr": "La demande <CASE> est toujours ouverte, plusieurs collègues ont écrit, rien n'est réglé. Les achats ont déjà demandé les tarifs de <COMP>.",
    "it": "La segnalazione <CASE> è ancora aperta, diversi colleghi hanno scritto e niente è risolto. Gli acquisti hanno già chiesto le tariffe a <COMP>.",
    "es": "La incidencia <CASE> sigue abierta, varios compañeros han escrito y nada está arreglado. Compras ya ha pedido tarifas a <COMP>.",
}
B2B_LAST_CALL = {
    "de": "ja hallo wegen Vorgang <CASE> das ist immer noch nicht behoben mehrere Kollegen haben schon geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "pt": "sim bom dia é sobre o pedido <CASE> continua por resolver vários colegas já escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "en": "yes hello it's about case <CASE> it's still not fixed several colleagues have written my boss says we move the account if it isn't sorted this week",
    "fr": "oui bonjour c'est pour la demande <CASE> toujours pas réglé plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "it": "sì buongiorno per la segnalazione <CASE> ancora non risolta diversi colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "es": "sí hola es por la incidencia <CASE> sigue sin resolver varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}
B2B_ACK = {
    "de": "Danke, wir haben den Vorgang <CASE> angelegt und kümmern uns.",
    "pt": "Obrigado, abrimos o pedido <CASE> e estamos a tratar.",
    "en": "Thank you, we've opened case <CASE> and are on it.",
    "fr": "Merci, nous avons ouvert la demande <CASE> et nous en occupons.",
    "it": "Grazie, abbiamo aperto la segnalazione <CASE> e ce ne occupiamo.",
    "es": "Gracias, hemos abierto la incidencia <CASE> y nos ocupamos.",
}
B2B_SUGGEST = {
    "de": [
        "Vorschlag: könnten die Rechnungen die Kostenstelle pro Etage ausweisen?",
        "Wäre schön, wenn der Lieferschein das letzte Pflegedatum zeigt.",
    ],
    "pt": [
        "Sugestão: as faturas podiam mostrar o centro de custo por piso?",
        "Seria útil a guia de entrega mostrar a data da última manutenção.",
    ],
    "en": ["Suggestion: could invoices show the cost centre per floor?"],
    "fr": ["Suggestion : les factures pourraient-elles indiquer le centre de coût par étage ?"],
    "it": ["Suggerimento: le fatture potrebbero indicare il centro di costo per piano?"],
    "es": ["Sugerencia: ¿podrían las facturas indicar el centro de coste por planta?"],
}
B2B_SUGGEST_ACK = {
    "de": "Danke für die Anregung, wir nehmen sie auf.",
    "pt": "Obrigado pela sugestão, vamos considerá-la.",
    "en": "Thanks for the suggestion, we've noted it.",
    "fr": "Merci pour la suggestion, nous la notons.",
    "it": "Grazie del suggerimento, lo annotiamo.",
    "es": "Gracias por la sugerencia, la anotamos.",
}
B2B_Q = {
    "de": "Können wir für den neuen Besprechungsraum zwei weitere Kentiapalmen mieten?",
    "pt": "Podemos alugar mais duas palmeiras para a sala de reuniões nova?",
    "en": "Can we rent two more kentia palms for the new meeting room?",
    "fr": "Pouvons-nous louer deux palmiers kentia de plus pour la nouvelle salle ?",
    "it": "Possiamo noleggiare altre due palme kentia per la nuova sala?",
    "es": "¿Podemos alquilar dos kentias más para la sala nueva?",
}
B2B_PRAISE = {
    "de": "Die Büropflanzen von Plantavio Office sehen nach einem Jahr noch aus wie am ersten Tag, das Pflegeteam ist super.",
    "pt": "As plantas do escritório da Plantavio Office continuam lindas ao fim de um ano, a equipa é ótima.",
    "en": "Our Plantavio Office plants still look great after a year, lovely care team.",
    "fr": "Nos plantes Plantavio Office sont superbes après un an, équipe d'entretien top.",
    "it": "Le piante di Plantavio Office sono ancora splendide dopo un anno, squadra ottima.",
    "es": "Las plantas de Plantavio Office siguen preciosas después de un año, equipo genial.",
}
WEEKDAY = {
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "heute Morgen",
    ],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "hoje de manhã"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "this morning"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "esta mañana"],
}

# The planted incident (topic_spike only).
SPIKE_TOPIC = "plant-delivery app reroutes every open order to a depot in another city and locks the address field, error ADR-276"
SPIKE = {
    "de": [
        "Was ist mit der App los?? Meine Bestellung wird plötzlich an ein Depot in Leipzig umgeleitet, ich wohne in Köln. Fehler ADR-276 wenn ich die Adresse ändern will",
        "hallo, bei mir steht auf einmal Zustellung an Depot in einer anderen Stadt und die Adresse lässt sich nicht ändern",
        "Plantavio App zeigt ADR-276 und meine Olive geht jetzt nach Hannover statt zu mir. Hilfe!",
    ],
    "pt": [
        "A app está a mandar a minha encomenda para um depósito no Porto e eu moro em Lisboa! Erro ADR-276 quando tento mudar a morada",
        "olá, a minha entrega aparece redirecionada para outra cidade e não consigo editar a morada",
        "Plantavio a app diz ADR-276 e a monstera vai para Braga?? Eu estou em Faro",
    ],
    "en": [
        "Plantavio app just moved my order to a depot in Leeds, I live in Bristol. ADR-276 when I try to fix the address",
        "my delivery now says another city's depot and the address field is greyed out??",
    ],
    "fr": [
        "L'appli a redirigé ma commande vers un dépôt à Lille, j'habite Lyon. Erreur ADR-276 pour changer l'adresse"
    ],
    "it": [
        "L'app ha dirottato il mio ordine su un deposito a Torino, abito a Bari. Errore ADR-276 se cambio indirizzo"
    ],
    "es": [
        "La app ha mandado mi pedido a un almacén en Bilbao y vivo en Sevilla. Error ADR-276 al cambiar la dirección"
    ],
}
SPIKE_REPEAT = {
    "de": "Immer noch ADR-276, auch am Laptop. Die Bestellung hängt weiter im falschen Depot",
    "pt": "Continua o ADR-276, também no telemóvel do meu marido. A encomenda continua no depósito errado",
    "en": "Still ADR-276, tried on my partner's phone too. Order still going to the wrong depot",
    "fr": "Toujours ADR-276, même sur l'ordinateur. La commande part toujours au mauvais dépôt",
    "it": "Ancora ADR-276, anche dal computer. L'ordine va sempre al deposito sbagliato",
    "es": "Sigue el ADR-276, también desde el ordenador. El pedido sigue yendo al almacén equivocado",
}
SPIKE_ANSWER = {
    "de": "Ja, gerade werden Bestellungen falsch umgeleitet, unser Technikteam ist dran. Ihre Adresse bleibt gespeichert.",
    "pt": "Sim, neste momento as encomendas estão a ser mal redirecionadas, a equipa técnica está a tratar. A sua morada está guardada.",
    "en": "Yes, orders are being rerouted wrongly right now, our engineers are on it. Your address is saved.",
    "fr": "Oui, les commandes sont mal redirigées en ce moment, nos techniciens s'en occupent. Votre adresse est conservée.",
    "it": "Sì, in questo momento gli ordini vengono dirottati per errore, i tecnici ci stanno lavorando. Il suo indirizzo è salvato.",
    "es": "Sí, ahora mismo los pedidos se están desviando por error, el equipo técnico está en ello. Tu dirección está guardada.",
}
WORKS_AGAIN = {
    "de": "Die Zustellung läuft seit <TIME> Uhr wieder an Ihre Adresse. Die Liefergebühr heute übernehmen wir, 5 € Gutschrift.",
    "pt": "As entregas voltaram à sua morada desde as <TIME>. Os portes de hoje são por nossa conta, 5 € de crédito.",
    "en": "Deliveries go to your address again since <TIME>. Today's delivery fee is on us, 5 credit added.",
    "fr": "Les livraisons repartent à votre adresse depuis <TIME>. Frais du jour offerts, 5 € de crédit.",
    "it": "Le consegne tornano al suo indirizzo dalle <TIME>. Spedizione di oggi offerta, 5 € di credito.",
    "es": "Las entregas vuelven a tu dirección desde las <TIME>. El envío de hoy corre de nuestra cuenta, 5 € de crédito.",
}
LONE_Q = {
    "de": "Hallo, gestern hat die App kurz ein anderes Depot angezeigt, nach Neustart war wieder alles richtig. Kommt meine Bestellung morgen normal?",
    "pt": "Olá, ontem a app mostrou por momentos outro depósito, depois de reiniciar ficou certo. A entrega de amanhã vem normal?",
}
LONE_A = {
    "de": "Alles in Ordnung, das war nur die Anzeige beim Laden. Ihre Bestellung kommt wie geplant.",
    "pt": "Está tudo bem, era só a visualização ao carregar. A encomenda chega como previsto.",
}
