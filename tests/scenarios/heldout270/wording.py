"""Wording of heldout270 (Fungara: fresh mushrooms and grow kits by subscription), six languages."""

# ruff: noqa: E501

LANGS = ("pt", "it", "de", "en", "es", "fr")
MARKET = {"pt": "PT", "it": "IT", "de": "DE", "en": "UK", "es": "ES", "fr": "FR"}
AGENTS = ("Inês", "Matteo", "Jonas", "Holly", "Nuria", "Élodie")
FIRST = {
    "pt": ("Joana", "Tiago", "Marta", "Rui", "Filipa", "Nuno", "Beatriz", "Duarte"),
    "it": ("Giulia", "Lorenzo", "Chiara", "Davide", "Serena", "Paolo", "Ilaria", "Marco"),
    "de": ("Katrin", "Florian", "Svenja", "Tobias", "Anke", "Jörg"),
    "en": ("Harriet", "Callum", "Niamh", "Owen", "Priya", "Gareth"),
    "es": ("Amaia", "Íñigo", "Rocío", "Sergio", "Lourdes", "Álvaro"),
    "fr": ("Maëlle", "Bastien", "Solène", "Thibault", "Anouk", "Rémi"),
}
LAST = {
    "pt": ("Carvalho", "Pinto", "Azevedo", "Moura", "Teixeira", "Barros"),
    "it": ("Ferraro", "Galli", "Marchetti", "Bellini", "Testa", "Rinaldi"),
    "de": ("Kessler", "Vogt", "Brandl", "Seifert", "Haas", "Lorenz"),
    "en": ("Pritchard", "Doyle", "Kaur", "Whitfield", "Lennon", "Ashworth"),
    "es": ("Urrutia", "Benítez", "Garrido", "Quintana", "Salas", "Rivero"),
    "fr": ("Lemaire", "Caron", "Perrot", "Giraud", "Masson", "Barbier"),
}
PROBLEMS = ("slimy", "double_charge", "missing_kit")
PROB = {
    "pt": {
        "slimy": "a caixa desta semana chegou com os shiitake moles e viscosos, a cheirar mal",
        "double_charge": "cobraram-me a mensalidade do Cesto duas vezes este mês",
        "missing_kit": "o kit de cultivo de pleurotos que paguei não vinha na caixa",
    },
    "it": {
        "slimy": "i pleurotus di questa settimana sono arrivati molli e viscidi, con un odore strano",
        "double_charge": "mi avete addebitato due volte l'abbonamento Cesto questo mese",
        "missing_kit": "nella scatola mancava il kit di coltivazione che avevo pagato",
    },
    "de": {
        "slimy": "die Kräuterseitlinge kamen diese Woche matschig und schmierig an",
        "double_charge": "mir wurde das Cesto-Abo diesen Monat zweimal abgebucht",
        "missing_kit": "das bezahlte Zuchtset für Austernpilze fehlte im Karton",
    },
    "en": {
        "slimy": "this week's shiitake turned up slimy and smelling off",
        "double_charge": "you've taken the Cesto membership twice this month",
        "missing_kit": "the oyster grow kit I paid for wasn't in the box",
    },
    "es": {
        "slimy": "los shiitake de esta semana llegaron blandos y babosos, oliendo raro",
        "double_charge": "me habéis cobrado dos veces la cuota del Cesto este mes",
        "missing_kit": "en la caja faltaba el kit de cultivo de setas que pagué",
    },
    "fr": {
        "slimy": "les pleurotes de cette semaine sont arrivés mous et gluants, avec une drôle d'odeur",
        "double_charge": "vous avez prélevé deux fois l'abonnement Cesto ce mois-ci",
        "missing_kit": "le kit de culture de pleurotes que j'ai payé n'était pas dans le carton",
    },
}
B2B_PROB = {
    "pt": {
        "invoice": "as faturas do restaurante vêm sem o nosso NIF e sem número de encomenda",
        "short": "as entregas de segunda chegam com metade dos quilos encomendados",
    },
    "it": {
        "invoice": "le fatture del ristorante arrivano senza partita IVA e senza numero d'ordine",
        "short": "le consegne del lunedì arrivano con metà dei chili ordinati",
    },
    "de": {
        "invoice": "die Rechnungen für unsere Küche kommen ohne USt-ID und ohne Bestellnummer",
        "short": "die Montagslieferungen kommen mit der Hälfte der bestellten Kilos",
    },
    "en": {
        "invoice": "our kitchen invoices arrive without our VAT number or PO number",
        "short": "Monday deliveries arrive with half the kilos we ordered",
    },
    "es": {
        "invoice": "las facturas del restaurante llegan sin nuestro CIF ni número de pedido",
        "short": "los repartos del lunes llegan con la mitad de los kilos pedidos",
    },
    "fr": {
        "invoice": "les factures de la cuisine arrivent sans notre numéro de TVA ni bon de commande",
        "short": "les livraisons du lundi arrivent avec la moitié des kilos commandés",
    },
}
W: dict[str, dict[str, tuple[str, ...]]] = {
    "praise": {
        "pt": (
            "Os cogumelos-ostra da Fungara desta semana estavam incríveis, fiz um risotto de comer e chorar por mais",
            "Terceira caixa seguida perfeita. Os shiitake duram a semana toda no frigorífico!",
            "O kit de cultivo já deu a segunda colheita, os miúdos adoram ver crescer",
        ),
        "it": (
            "I cardoncelli di Fungara erano spettacolari, li ho fatti in padella con aglio e prezzemolo",
            "Ancora una volta la cassetta perfetta, i porcini secchi profumano tutta la cucina",
            "Il kit di coltivazione ha già fatto il secondo raccolto, mia figlia è entusiasta",
        ),
        "de": (
            "Die Shiitake von Fungara waren diese Woche wieder top, perfekt für unser Ramen",
            "Das Zuchtset trägt schon zum zweiten Mal, die Kinder messen jeden Morgen nach",
        ),
        "en": (
            "Fungara's king oysters this week were gorgeous, seared them in butter and we fought over the last one",
            "Grow kit on its second flush already, honestly chuffed",
        ),
        "es": (
            "Las setas de cardo de Fungara de esta semana, una maravilla, las hice a la plancha",
            "El kit de cultivo ya va por la segunda cosecha, mis hijos flipan",
        ),
        "fr": (
            "Les shiitakés Fungara de cette semaine étaient superbes, poêlés avec une échalote, un régal",
            "Le kit de culture donne déjà sa deuxième pousse, les enfants adorent",
        ),
    },
    "question": {
        "pt": (
            "Olá, posso mudar a entrega da caixa de quinta para sábado esta semana?",
            "Boa tarde, o kit de cultivo precisa de luz direta ou fica bem na despensa?",
            "Dá para pôr a subscrição em pausa duas semanas em agosto?",
        ),
        "it": (
            "Ciao, posso spostare la consegna da giovedì a sabato questa settimana?",
            "Buongiorno, il kit va tenuto alla luce o va bene in cantina?",
            "Si può sospendere il Cesto per due settimane ad agosto?",
        ),
        "de": (
            "Hallo, kann ich die Lieferung diese Woche auf Samstag verschieben?",
            "Braucht das Zuchtset Licht oder geht auch der Keller?",
        ),
        "en": (
            "Hi, can I move this week's box from Thursday to Saturday?",
            "Does the grow kit need light or is a cupboard fine?",
        ),
        "es": (
            "Hola, ¿puedo pasar la entrega de esta semana al sábado?",
            "¿El kit de cultivo necesita luz o vale en la despensa?",
        ),
        "fr": (
            "Bonjour, je peux décaler la livraison de cette semaine au samedi ?",
            "Le kit de culture a besoin de lumière ou un placard suffit ?",
        ),
    },
    "answer": {
        "pt": (
            "Olá! Já está alterado, a caixa chega no sábado entre as 9h e as 13h. Bom apetite!",
        ),
        "it": ("Ciao! Fatto, la cassetta arriva sabato tra le 9 e le 13. Buon appetito!",),
        "de": ("Hallo! Erledigt, der Karton kommt am Samstag zwischen 9 und 13 Uhr.",),
        "en": ("Hi! Done, the box will arrive on Saturday between 9 and 1.",),
        "es": ("¡Hola! Hecho, la caja llega el sábado entre las 9 y las 13.",),
        "fr": ("Bonjour ! C'est fait, le carton arrive samedi entre 9 h et 13 h.",),
    },
    "thanks": {
        "pt": ("Perfeito, obrigada!", "Top, obg"),
        "it": ("Perfetto, grazie mille!", "Ottimo grz"),
        "de": ("Super, danke!",),
        "en": ("Brilliant, thanks!",),
        "es": ("¡Genial, gracias!",),
        "fr": ("Parfait, merci !",),
    },
    "night": {
        "pt": (
            "3 da manhã e eu a ver vídeos de cogumelos a crescer em time-lapse. A caixa de amanhã não chega depressa",
            "Turno da noite no hospital, a sopa de cogumelos da Fungara salvou-me",
        ),
        "it": (
            "Sono le 2 e sto guardando il kit crescere con la torcia del telefono, sono ufficialmente fissata",
            "Turno di notte in farmacia, per fortuna ho la zuppa di funghi di Fungara nel thermos",
        ),
        "de": ("Halb drei und ich gucke den Austernpilzen beim Wachsen zu. Schlaflos in Kassel",),
        "en": (
            "2am and I'm checking whether the oyster kit has grown. It has. Barely. Still thrilled",
        ),
        "es": ("Las 3 de la mañana mirando cómo crecen las setas del kit, no tengo remedio",),
        "fr": (
            "2 h du matin et je surveille la pousse des pleurotes à la lampe de poche, je suis fichue",
        ),
    },
    "complaint": {
        "pt": (
            "Olá, {p}. Paguei e quero uma solução, não é a primeira vez que espero pela Fungara.",
            "Isto é inaceitável: {p}. Exijo o reembolso já.",
        ),
        "it": (
            "Buongiorno, {p}. Così non va, voglio una soluzione subito.",
            "Sono davvero arrabbiata: {p}. Rivoglio i miei soldi.",
        ),
        "de": ("Guten Tag, {p}. So geht das nicht, ich will mein Geld zurück.",),
        "en": ("Hello, {p}. Not good enough, I want this sorted today.",),
        "es": ("Hola, {p}. Esto no puede ser, quiero una solución ya.",),
        "fr": ("Bonjour, {p}. C'est inadmissible, je veux être remboursée.",),
    },
    "call": {
        "pt": ("sim olá estou a ligar porque {p} e ninguém me responde isto não pode ser",),
        "it": ("sì buongiorno chiamo perché {p} e sinceramente sono stufa",),
        "de": ("ja hallo ich rufe an weil {p} und das ärgert mich wirklich",),
        "en": ("yeah hi i'm ringing because {p} and frankly i'm fed up",),
        "es": ("sí hola llamo porque {p} y la verdad estoy harta",),
        "fr": ("oui bonjour j'appelle parce que {p} et franchement j'en ai assez",),
    },
    "long": {
        "pt": (
            "Bom dia,\n\nEscrevo-vos da sala de espera do dentista, enquanto a minha mãe é atendida. Somos clientes há quase dois anos e sempre recomendei a Fungara às vizinhas do prédio. Esta semana, porém, {p}, e tinha convidados para jantar no sábado. Tive de ir ao supermercado à última hora comprar cogumelos de plástico.\n\nPeço que me digam o que vão fazer.\n\nCumprimentos",
        ),
        "it": (
            "Buongiorno,\n\nvi scrivo dal treno per Bologna, tra una riunione e l'altra. Sono abbonata da più di un anno e ho sempre parlato bene di voi ai colleghi. Questa settimana però {p}, proprio quando avevo i suoceri a cena. Ho dovuto cambiare menù all'ultimo.\n\nAttendo una risposta.\n\nCordiali saluti",
        ),
        "de": (
            "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt. Wir sind seit langem Kunden und ich habe Sie oft empfohlen. Diese Woche aber {p}, ausgerechnet zum Geburtstagsessen meines Mannes.\n\nIch erwarte eine Antwort.\n\nMit freundlichen Grüßen",
        ),
        "en": (
            "Hello,\n\nI'm writing from the car outside my son's football practice. We've been with you over a year and I've recommended you to half the street. This week, though, {p}, on the one weekend we had friends over.\n\nPlease tell me what you'll do about it.\n\nRegards",
        ),
        "es": (
            "Buenos días,\n\nos escribo desde el banco del parque mientras mi hija está en clase de natación. Llevamos más de un año con vosotros y siempre os he recomendado. Esta semana, sin embargo, {p}, justo cuando venían mis suegros.\n\nEspero respuesta.\n\nUn saludo",
        ),
        "fr": (
            "Bonjour,\n\nje vous écris depuis la salle d'attente du kiné. Nous sommes abonnés depuis plus d'un an et je vous ai souvent recommandés. Cette semaine pourtant {p}, le soir où nous recevions des amis.\n\nJ'attends votre réponse.\n\nCordialement",
        ),
    },
    "opened": {
        "pt": ("Lamentamos muito. Abrimos o pedido {case} e vamos tratar disto hoje.",),
        "it": ("Ci dispiace molto. Abbiamo aperto la segnalazione {case} e la gestiamo oggi.",),
        "de": (
            "Das tut uns leid. Wir haben den Vorgang {case} eröffnet und kümmern uns heute darum.",
        ),
        "en": ("Really sorry about this. We've opened case {case} and will sort it today.",),
        "es": ("Lo sentimos mucho. Hemos abierto la incidencia {case} y la revisamos hoy.",),
        "fr": (
            "Toutes nos excuses. Nous avons ouvert la demande {case} et la traitons aujourd'hui.",
        ),
    },
    "goodnews": {
        "pt": (
            "Boas notícias: o pedido {case} está resolvido e o valor foi devolvido. Pode confirmar que está tudo bem?",
        ),
        "it": (
            "Buone notizie: la segnalazione {case} è risolta e l'importo rimborsato. Può confermarci che è tutto a posto?",
        ),
        "de": (
            "Gute Nachricht: Vorgang {case} ist erledigt und erstattet. Können Sie uns bestätigen, dass alles passt?",
        ),
        "en": ("Good news: case {case} is sorted and refunded. Could you confirm all is well?",),
        "es": (
            "Buenas noticias: la incidencia {case} está resuelta y reembolsada. ¿Nos confirma que todo está bien?",
        ),
        "fr": (
            "Bonne nouvelle : la demande {case} est réglée et remboursée. Pouvez-vous confirmer que tout va bien ?",
        ),
    },
    "apology": {
        "pt": ("Peço desculpa pelo tom de ontem, estava cansada. Obrigada por terem resolvido.",),
        "it": ("Scusate per il tono di ieri, era una giornataccia. Grazie per la pazienza.",),
        "de": ("Entschuldigung für meinen Ton gestern, war ein langer Tag. Danke fürs Kümmern.",),
        "en": ("Sorry for my tone yesterday, long day. Thanks for sorting it.",),
        "es": ("Perdón por el tono de ayer, tenía un mal día. Gracias por resolverlo.",),
        "fr": ("Désolée pour mon ton d'hier, mauvaise journée. Merci d'avoir réglé ça.",),
    },
    "repeat": {
        "pt": (
            "Pedido {case} continua aberto: {p}. Ninguém me diz nada.",
            "Volto a escrever sobre o {case}. Nada resolvido, {p}.",
        ),
        "it": (
            "La segnalazione {case} è ancora aperta: {p}. Nessuno mi risponde.",
            "Riscrivo per la {case}: niente di risolto, {p}.",
        ),
        "de": ("Vorgang {case} ist immer noch offen: {p}.",),
        "en": ("Case {case} still open: {p}. Nobody's got back to me.",),
        "es": ("La incidencia {case} sigue abierta: {p}.",),
        "fr": ("La demande {case} est toujours ouverte : {p}.",),
    },
    "third": {
        "pt": (
            "Terceira vez que escrevo sobre o {case}. Uma colega compra na {comp} e lá resolvem no próprio dia.",
        ),
        "it": (
            "Terza volta per la {case}. Un collega si rifornisce da {comp} e lì risolvono in giornata.",
        ),
        "de": (
            "Dritte Nachricht zu {case}. Eine Kollegin bestellt bei {comp}, dort geht sowas am selben Tag.",
        ),
        "en": (
            "Third time writing about {case}. A colleague orders from {comp} and they fix this the same day.",
        ),
        "es": (
            "Tercera vez por la {case}. Una compañera pide en {comp} y allí lo arreglan en el día.",
        ),
        "fr": (
            "Troisième fois pour {case}. Une collègue commande chez {comp}, eux règlent ça dans la journée.",
        ),
    },
    "fourth": {
        "pt": ("QUARTA vez. {case} continua por resolver.",),
        "it": ("QUARTA volta. {case} ancora irrisolta.",),
        "de": ("Zum VIERTEN Mal: {case} ist offen.",),
        "en": ("FOURTH time. {case} is still not fixed.",),
        "es": ("CUARTA vez. {case} sin resolver.",),
        "fr": ("QUATRIÈME fois. {case} toujours pas réglée.",),
    },
    "fixed": {
        "pt": ("Confirmo que o {case} ficou resolvido, obrigada.",),
        "it": ("Confermo che la {case} è risolta, grazie.",),
        "de": ("Bestätige: {case} ist erledigt, danke.",),
        "en": ("Confirming {case} is sorted, thanks.",),
        "es": ("Confirmo que la {case} está resuelta, gracias.",),
        "fr": ("Je confirme que {case} est réglée, merci.",),
    },
    "grumpy": {
        "pt": (
            "Mais uma vez a caixa veio amassada. Típico.",
            "Os preços sobem e a qualidade igual. Enfim.",
        ),
        "it": (
            "Solita scatola ammaccata. Come sempre.",
            "Prezzi che salgono, funghi sempre quelli. Vabbè.",
        ),
        "de": ("Wie immer ein zerdrückter Karton.",),
        "en": ("Box squashed again. Typical.",),
        "es": ("La caja otra vez aplastada. Lo de siempre.",),
        "fr": ("Carton encore écrasé. Comme d'hab.",),
    },
    "sarcasm": {
        "pt": ("Adoro quando a caixa 'fresca' chega às 22h, cogumelos ao luar 👏",),
        "it": (
            "Che bello quando la cassetta 'fresca' arriva alle 22, funghi al chiaro di luna 👏",
        ),
        "de": ("Toll, die 'frische' Kiste um 22 Uhr, Pilze bei Mondschein 👏",),
        "en": ("Love it when the 'fresh' box turns up at 10pm, mushrooms by moonlight 👏",),
        "es": ("Me encanta que la caja 'fresca' llegue a las 22h, setas a la luz de la luna 👏",),
        "fr": ("J'adore quand le carton 'frais' arrive à 22 h, champignons au clair de lune 👏",),
    },
    "grumble": {
        "pt": ("A app mostra a data da próxima entrega errada, é só para saberem",),
        "it": ("L'app mostra la data della prossima consegna sbagliata, ve lo segnalo",),
        "de": ("Die App zeigt das falsche Lieferdatum an, nur zur Info",),
        "en": ("The app shows the wrong next delivery date, just so you know",),
        "es": ("La app muestra mal la fecha de la próxima entrega, para que lo sepáis",),
        "fr": ("L'appli affiche une mauvaise date de prochaine livraison, pour info",),
    },
    "slide": {
        "pt": (
            "A caixa chegou três horas atrasada, sem aviso.",
            "Os shiitake vinham já com manchas castanhas.",
            "Pedi para trocar o dia e ignoraram o pedido.",
            "Cobraram 6 € de portes numa caixa que devia ser grátis para membros.",
            "Farta. A caixa veio aberta e meio vazia, e o apoio não responde.",
            "A minha irmã compra na {comp} e vou experimentar lá para a semana.",
        ),
        "it": (
            "La cassetta è arrivata con tre ore di ritardo, senza avviso.",
            "I shiitake avevano già macchie marroni.",
            "Ho chiesto di cambiare giorno e nessuno ha risposto.",
            "6 € di spedizione su una cassetta che per i soci è gratis.",
            "Basta. Scatola aperta e mezza vuota, e l'assistenza sparita.",
            "Mia sorella compra da {comp}, la settimana prossima provo lì.",
        ),
        "de": (
            "Kiste drei Stunden zu spät, ohne Bescheid.",
            "Die Shiitake hatten schon braune Flecken.",
            "Lieferdatum ändern? Keine Reaktion.",
            "6 € Versand, obwohl für Mitglieder gratis.",
            "Mir reichts. Karton offen, halb leer, Support schweigt.",
            "Meine Schwester bestellt bei {comp}, ich probiere es nächste Woche dort.",
        ),
        "en": (
            "Box three hours late, no word.",
            "Shiitake already had brown spots.",
            "Asked to change the day, ignored.",
            "£5 delivery on a box that's free for members.",
            "Done. Box opened, half empty, support silent.",
            "My sister orders from {comp}, trying them next week.",
        ),
        "es": (
            "La caja llegó tres horas tarde, sin avisar.",
            "Los shiitake ya tenían manchas marrones.",
            "Pedí cambiar el día y nada.",
            "6 € de envío en una caja gratis para socios.",
            "Harta. Caja abierta y medio vacía, y soporte desaparecido.",
            "Mi hermana pide en {comp}, la semana que viene pruebo allí.",
        ),
        "fr": (
            "Carton arrivé trois heures en retard, sans prévenir.",
            "Les shiitakés avaient déjà des taches brunes.",
            "J'ai demandé à changer de jour, aucune réponse.",
            "6 € de port sur un carton gratuit pour les abonnés.",
            "Ras-le-bol. Carton ouvert, à moitié vide, support muet.",
            "Ma sœur commande chez {comp}, j'essaie chez eux la semaine prochaine.",
        ),
    },
    "cancel": {
        "pt": (
            "Quero cancelar o Fungara Cesto e fechar a minha conta. Mudamos para um T1 sem espaço e já não cozinho tanto.",
        ),
        "it": (
            "Vorrei disdire Fungara Cesto e chiudere il mio account. Ho cambiato lavoro e non cucino quasi più.",
        ),
        "de": ("Bitte kündigen Sie mein Fungara Cesto und schließen Sie mein Konto.",),
        "en": ("Please cancel my Fungara Cesto and close my account.",),
        "es": ("Quiero cancelar mi Fungara Cesto y cerrar la cuenta.",),
        "fr": ("Merci de résilier mon Fungara Cesto et de fermer mon compte.",),
    },
    "bye": {
        "pt": ("Lamentamos vê-la partir. O Cesto foi cancelado e a conta será fechada.",),
        "it": ("Ci dispiace vederla andare via. Cesto disdetto, l'account verrà chiuso.",),
        "de": ("Schade, dass Sie gehen. Cesto ist gekündigt, das Konto wird geschlossen.",),
        "en": ("Sorry to see you go. Cesto cancelled, account will be closed.",),
        "es": ("Sentimos que se vaya. Cesto cancelado, la cuenta se cerrará.",),
        "fr": ("Désolés de vous voir partir. Cesto résilié, le compte sera fermé.",),
    },
    "spike": {
        "pt": (
            "Não consigo pagar a caixa de sábado na app, dá erro {code} ao confirmar",
            "App da Fungara a dar {code} no pagamento, já tentei três cartões",
        ),
        "it": (
            "Non riesco a pagare la cassetta del sabato, l'app dà errore {code}",
            "Fungara bloccata al pagamento con {code}, provato due carte",
        ),
        "de": ("Bezahlen in der App geht nicht, Fehler {code} beim Bestätigen",),
        "en": ("Can't pay for Saturday's box in the app, error {code} at checkout",),
        "es": ("No puedo pagar la caja del sábado en la app, sale error {code}",),
        "fr": ("Impossible de payer le carton de samedi dans l'appli, erreur {code}",),
    },
    "spike_again": {
        "pt": ("Continua {code}, agora também no site",),
        "it": ("Ancora {code}, anche dal sito",),
        "de": ("Immer noch {code}, auch im Browser",),
        "en": ("Still {code}, on the website too",),
        "es": ("Sigue {code}, también en la web",),
        "fr": ("Toujours {code}, aussi sur le site",),
    },
    "spike_ack": {
        "pt": (
            "Sim, o pagamento está a falhar para todos neste momento, a equipa já está a tratar.",
        ),
        "it": ("Sì, i pagamenti non passano per nessuno in questo momento, ci stiamo lavorando.",),
        "de": ("Ja, Zahlungen schlagen gerade bei allen fehl, wir arbeiten daran.",),
        "en": ("Yes, payments are failing for everyone right now, we're on it.",),
        "es": ("Sí, los pagos fallan para todos ahora mismo, estamos en ello.",),
        "fr": ("Oui, les paiements échouent pour tout le monde en ce moment, on s'en occupe.",),
    },
    "works": {
        "pt": ("O pagamento voltou a funcionar. A caixa de hoje segue com 5 € de crédito.",),
        "it": ("I pagamenti funzionano di nuovo. La cassetta di oggi parte con 5 € di credito.",),
        "de": ("Zahlungen gehen wieder. Ihr Karton kommt heute, 5 € Gutschrift dazu.",),
        "en": ("Payments work again. Today's box is on its way with £4 credit.",),
        "es": ("Los pagos vuelven a funcionar. La caja de hoy sale con 5 € de crédito.",),
        "fr": ("Les paiements refonctionnent. Le carton du jour part avec 5 € de crédit.",),
    },
    "lone": {
        "pt": (
            "Ontem à noite a app pediu-me para confirmar o cartão outra vez, é normal? O pagamento passou.",
        ),
        "it": (
            "Ieri sera l'app mi ha chiesto di nuovo la carta, è normale? Il pagamento è andato.",
        ),
        "de": ("Die App wollte gestern die Karte neu bestätigen, normal? Zahlung ging durch.",),
        "en": (
            "App asked me to re-confirm my card last night, is that normal? Payment went through.",
        ),
        "es": ("Anoche la app me pidió confirmar la tarjeta otra vez, ¿es normal? El pago pasó.",),
        "fr": ("Hier soir l'appli m'a redemandé ma carte, c'est normal ? Le paiement est passé.",),
    },
    "lone_a": {
        "pt": ("Sim, é normal de vez em quando. Está tudo certo.",),
        "it": ("Sì, capita ogni tanto. È tutto a posto.",),
        "de": ("Ja, das kommt ab und zu vor. Alles gut.",),
        "en": ("Yes, that happens now and then. All fine.",),
        "es": ("Sí, pasa de vez en cuando. Todo correcto.",),
        "fr": ("Oui, ça arrive de temps en temps. Tout va bien.",),
    },
    "b2b": {
        "pt": ("Bom dia, {p}. A contabilidade não aceita assim.",),
        "it": ("Buongiorno, {p}. L'amministrazione non può accettarle così.",),
        "de": ("Guten Tag, {p}. Die Buchhaltung kann so nicht arbeiten.",),
        "en": ("Hello, {p}. Accounts can't process them like this.",),
        "es": ("Buenos días, {p}. Contabilidad no puede así.",),
        "fr": ("Bonjour, {p}. La compta ne peut pas travailler ainsi.",),
    },
    "b2b_later": {
        "pt": ("A {first} já escreveu sobre o {case}: {p}. Continua igual.",),
        "it": ("{first} ha già scritto per la {case}: {p}. Nulla è cambiato.",),
        "de": ("{first} hat schon wegen {case} geschrieben: {p}. Unverändert.",),
        "en": ("{first} already wrote about {case}: {p}. Nothing's changed.",),
        "es": ("{first} ya escribió por la {case}: {p}. Sigue igual.",),
        "fr": ("{first} a déjà écrit pour {case} : {p}. Rien n'a changé.",),
    },
    "b2b_last": {
        "pt": (
            "{case} continua por resolver e várias colegas já escreveram. As compras já pediram preços à {comp}.",
        ),
        "it": (
            "{case} ancora aperta e diversi colleghi hanno scritto. Gli acquisti hanno chiesto i prezzi a {comp}.",
        ),
        "de": (
            "{case} ist weiter offen, mehrere Kollegen haben geschrieben. Der Einkauf fragt schon bei {comp} an.",
        ),
        "en": (
            "{case} still open and several colleagues have written. Purchasing has asked {comp} for prices.",
        ),
        "es": (
            "{case} sigue abierta y han escrito varios compañeros. Compras ya ha pedido precios a {comp}.",
        ),
        "fr": (
            "{case} toujours ouverte, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}.",
        ),
    },
    "b2b_mild": {
        "pt": ("Sugestão: seria ótimo ter a fatura agrupada por restaurante.",),
        "it": ("Suggerimento: sarebbe utile avere le fatture raggruppate per locale.",),
        "de": ("Vorschlag: Rechnungen pro Standort gebündelt wären praktisch.",),
        "en": ("Suggestion: invoices grouped per site would help.",),
        "es": ("Sugerencia: estaría bien agrupar las facturas por local.",),
        "fr": ("Suggestion : des factures regroupées par établissement, ce serait pratique.",),
    },
    "ack": {
        "pt": ("Obrigado pela mensagem, passámos à equipa.",),
        "it": ("Grazie del messaggio, l'abbiamo girato al team.",),
        "de": ("Danke, haben wir ans Team weitergegeben.",),
        "en": ("Thanks, passed on to the team.",),
        "es": ("Gracias, lo pasamos al equipo.",),
        "fr": ("Merci, transmis à l'équipe.",),
    },
}
