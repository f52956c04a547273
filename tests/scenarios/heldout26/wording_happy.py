# ruff: noqa: E501
"""Hand-written wording of everyday, mostly happy acts for heldout26 (Ladenza).

German and Italian first (most variants). Placeholders as in wording_trouble;
[[fem|masc]] agrees with the writer.
"""

from __future__ import annotations

PRAISE: dict[str, list[str]] = {
    "de": [
        "Mit dem {car} von {city} an den Gardasee, dreimal bei Ladenza geladen, jedes Mal sofort los. So muss das sein!",
        "Die Ladenza-App ist echt top: Säule finden, Karte dranhalten, fertig. Danke!",
        "Wallbox von Ladenza Home seit einem Monat in Betrieb, lädt nachts günstig, null Probleme. Sehr zufrieden.",
        "Großes Lob an den Ladenza-Support, meine Frage war in drei Minuten geklärt.",
        "Neuer Ladepark in {city} ist super: schnell, überdacht, sogar mit Kaffeeautomat ☕",
        "Endlich ein Anbieter, bei dem der Preis an der Säule auch der Preis auf der Rechnung ist. Danke Ladenza 👍",
        "150 kW in {city}, in 18 Minuten von 15 auf 80 %. Kaffee war noch nicht mal leer.",
    ],
    "it": [
        "Da {city} al mare con la mia {car}, due soste da Ladenza e tutto liscio. Così si fa!",
        "L'app Ladenza è fantastica: trovi la colonnina, avvicini la tessera, fatto. Grazie!",
        "Wallbox Ladenza Home installata da un mese, carica di notte e zero problemi. Contentissim[[a|o]].",
        "Complimenti all'assistenza Ladenza, mi hanno risposto in tre minuti.",
        "Il nuovo hub di ricarica a {city} è top: veloce, coperto e c'è pure la macchinetta del caffè ☕",
        "Finalmente un gestore dove il prezzo alla colonnina è quello che poi paghi. Brava Ladenza 👍",
        "150 kW a {city}, dal 15 all'80% in 18 minuti. Non avevo neanche finito il caffè.",
    ],
    "en": [
        "{city} to the coast in my {car}, two stops at Ladenza, straight in both times. Brilliant.",
        "Ladenza app is spot on: find charger, tap card, done. Thanks!",
        "Had the Ladenza Home wallbox a month now, cheap overnight charging and zero hassle. Really pleased.",
        "Fair play to Ladenza support, sorted my question in three minutes.",
    ],
    "es": [
        "De {city} a la costa con mi {car}, dos paradas en Ladenza y todo perfecto. ¡Así sí!",
        "La app de Ladenza es una maravilla: buscas cargador, acercas la tarjeta y listo. ¡Gracias!",
        "Un mes con el cargador Ladenza Home, carga barata por la noche y cero problemas. Muy content[[a|o]].",
    ],
    "fr": [
        "De {city} à la mer avec ma {car}, deux arrêts chez Ladenza, ça a démarré tout de suite. Top !",
        "L'appli Ladenza est super : on trouve la borne, on passe la carte, c'est parti. Merci !",
        "Wallbox Ladenza Home installée depuis un mois, recharge la nuit pas chère, aucun souci. Très [[contente|content]].",
    ],
    "pt": [
        "De {city} até à praia com o meu {car}, duas paragens na Ladenza e tudo impecável. Assim sim!",
        "A app da Ladenza é ótima: encontras o posto, passas o cartão, pronto. Obrigad[[a|o]]!",
        "Um mês com a wallbox Ladenza Home, carrega de noite barato e zero problemas. Muito contente.",
    ],
}

AGAIN: dict[str, list[str]] = {
    "de": [
        "Zum dritten Mal diesen Monat am Ladepark in {city} und wieder alles perfekt. Ladenza enttäuscht einfach nie.",
        "Immer noch begeistert von Ladenza, auch nach zwei Jahren.",
        "Schon wieder in 20 Minuten von 10 auf 80 %. Ich liebe es.",
        "Wie immer: reinfahren, laden, weiter. Danke Ladenza, immer noch der beste Anbieter.",
    ],
    "it": [
        "Terza volta questo mese all'hub di {city} e di nuovo tutto perfetto. Ladenza non delude mai.",
        "Ancora content[[issima|issimo]] di Ladenza dopo due anni.",
        "Di nuovo dal 10 all'80% in 20 minuti. Adoro.",
        "Come sempre: arrivi, carichi, riparti. Grazie Ladenza, sempre il migliore.",
    ],
    "en": [
        "Third time this month at the {city} hub and again it's perfect. Ladenza never lets me down.",
        "Still loving Ladenza two years on.",
    ],
    "es": [
        "Tercera vez este mes en {city} y otra vez todo perfecto.",
        "Sigo encantad[[a|o]] con Ladenza después de dos años.",
    ],
    "fr": [
        "Troisième fois ce mois-ci à {city} et encore une fois parfait.",
        "Toujours aussi [[satisfaite|satisfait]] de Ladenza après deux ans.",
    ],
    "pt": [
        "Terceira vez este mês em {city} e outra vez tudo perfeito.",
        "Continuo [[encantada|encantado]] com a Ladenza passados dois anos.",
    ],
}

GRIPE: dict[str, list[str]] = {
    "de": [
        "Laden klappt super, nur die App loggt mich nach jedem Update aus. Sonst top.",
        "Sehr zufrieden mit Ladenza, aber ein Dach über den Säulen in {city} wäre bei dem Wetter nett 🌧️",
        "Preise fair, Säulen schnell. Nur die Kabel sind im Winter steif wie ein Gartenschlauch.",
    ],
    "it": [
        "Ricarica perfetta, solo l'app che mi disconnette a ogni aggiornamento. Per il resto ottimo.",
        "Molto soddisfatt[[a|o]] di Ladenza, però una tettoia sulle colonnine di {city} con questa pioggia non guasterebbe 🌧️",
        "Prezzi onesti, colonnine veloci. Solo i cavi d'inverno sono rigidi come un tubo da giardino.",
    ],
    "en": [
        "Charging is great, just wish the app didn't log me out every update. Otherwise spot on."
    ],
    "es": [
        "La carga va genial, solo que la app me cierra la sesión en cada actualización. Por lo demás, perfecto."
    ],
    "fr": [
        "La recharge est top, juste l'appli qui me déconnecte à chaque mise à jour. Sinon parfait."
    ],
    "pt": [
        "O carregamento é ótimo, só a app que me desliga a sessão a cada atualização. De resto, impecável."
    ],
}

MENTION: dict[str, list[str]] = {
    "de": [
        "Mittagspause + Laden bei @Ladenza in {city} ⚡",
        "Kurzer Stopp bei @Ladenza, weiter geht's Richtung Süden 🚗⚡",
        "@Ladenza danke für den schnellen Ladepark an der A8!",
    ],
    "it": [
        "Pausa pranzo + ricarica da @Ladenza a {city} ⚡",
        "Sosta veloce da @Ladenza e si riparte verso il mare 🚗⚡",
        "@Ladenza grazie per l'hub sull'A1, velocissimo!",
    ],
    "en": ["Lunch + charge at @Ladenza in {city} ⚡"],
    "es": ["Comida + carga en @Ladenza en {city} ⚡"],
    "fr": ["Pause déj + recharge chez @Ladenza à {city} ⚡"],
    "pt": ["Almoço + carregamento na @Ladenza em {city} ⚡"],
}

# (question, agent's answer, thanks)
QUESTIONS: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Kann ich mit der Ladenza-Karte auch in Österreich und der Schweiz laden?",
            "Ja, die Karte funktioniert an allen Ladenza-Säulen und bei unseren Roaming-Partnern in Österreich und der Schweiz.",
            "Super, danke!",
        ),
        (
            "Wie ändere ich die Zahlungsmethode in der App?",
            "Unter Konto > Zahlung können Sie eine neue Karte oder PayPal hinterlegen.",
            "Hat geklappt, danke!",
        ),
        (
            "Gibt es bei Ladenza Plus eine Mindestlaufzeit?",
            "Nein, Ladenza Plus ist monatlich kündbar.",
            "Perfekt, dann buche ich das.",
        ),
        (
            "Passt das Typ-2-Kabel aus eurem Shop zu meinem {car}?",
            "Ja, das Typ-2-Kabel passt zu Ihrem Fahrzeug und lädt bis 22 kW.",
            "Danke für die schnelle Antwort!",
        ),
        (
            "Kann ich eine zweite Karte für [[meinen Mann|meine Frau]] bestellen?",
            "Ja, unter Konto > Karten können Sie eine Zusatzkarte bestellen, sie ist kostenlos.",
            "Klasse, danke.",
        ),
        (
            "Wo finde ich die Rechnungen der letzten Monate?",
            "In der App unter Konto > Rechnungen, dort können Sie jede als PDF laden.",
            "Gefunden, danke!",
        ),
    ],
    "it": [
        (
            "Con la tessera Ladenza posso ricaricare anche in Austria e in Svizzera?",
            "Sì, la tessera funziona su tutte le colonnine Ladenza e presso i nostri partner in roaming in Austria e Svizzera.",
            "Perfetto, grazie!",
        ),
        (
            "Come cambio il metodo di pagamento nell'app?",
            "In Account > Pagamento può aggiungere una nuova carta o PayPal.",
            "Fatto, grazie!",
        ),
        (
            "Ladenza Plus ha un vincolo minimo?",
            "No, Ladenza Plus si disdice di mese in mese.",
            "Ottimo, allora lo attivo.",
        ),
        (
            "Il cavo di tipo 2 del vostro shop va bene per la mia {car}?",
            "Sì, il cavo tipo 2 è compatibile con la sua auto e carica fino a 22 kW.",
            "Grazie della risposta veloce!",
        ),
        (
            "Posso ordinare una seconda tessera per [[mio marito|mia moglie]]?",
            "Sì, in Account > Tessere può ordinare una tessera aggiuntiva, è gratuita.",
            "Grande, grazie.",
        ),
        (
            "Dove trovo le fatture degli ultimi mesi?",
            "Nell'app in Account > Fatture, può scaricarle tutte in PDF.",
            "Trovate, grazie mille!",
        ),
    ],
    "en": [
        (
            "Can I use the Ladenza card in France as well?",
            "Yes, the card works at every Ladenza charger and with our roaming partners in France.",
            "Great, thanks!",
        ),
        (
            "How do I change my payment card in the app?",
            "Under Account > Payment you can add a new card or PayPal.",
            "Done, cheers!",
        ),
        (
            "Is there a minimum term on Plus?",
            "No, Plus is month to month.",
            "Perfect, signing up then.",
        ),
    ],
    "es": [
        (
            "¿Puedo usar la tarjeta Ladenza en Francia también?",
            "Sí, la tarjeta funciona en todos los cargadores Ladenza y con nuestros socios de roaming en Francia.",
            "¡Genial, gracias!",
        ),
        (
            "¿Cómo cambio el método de pago en la app?",
            "En Cuenta > Pago puedes añadir otra tarjeta o PayPal.",
            "Hecho, ¡gracias!",
        ),
        (
            "¿Ladenza Plus tiene permanencia?",
            "No, Ladenza Plus es mes a mes.",
            "Perfecto, me lo activo.",
        ),
    ],
    "fr": [
        (
            "Est-ce que la carte Ladenza marche aussi en Italie ?",
            "Oui, la carte fonctionne sur toutes les bornes Ladenza et chez nos partenaires d'itinérance en Italie.",
            "Super, merci !",
        ),
        (
            "Comment je change de carte bancaire dans l'appli ?",
            "Dans Compte > Paiement vous pouvez ajouter une nouvelle carte ou PayPal.",
            "C'est fait, merci !",
        ),
        (
            "Il y a un engagement sur Ladenza Plus ?",
            "Non, Ladenza Plus est sans engagement, au mois.",
            "Parfait, je m'abonne.",
        ),
    ],
    "pt": [
        (
            "Posso usar o cartão Ladenza em Espanha também?",
            "Sim, o cartão funciona em todos os postos Ladenza e nos nossos parceiros de roaming em Espanha.",
            "Ótimo, obrigad[[a|o]]!",
        ),
        (
            "Como mudo o método de pagamento na app?",
            "Em Conta > Pagamento pode juntar outro cartão ou PayPal.",
            "Já está, obrigad[[a|o]]!",
        ),
        (
            "O Ladenza Plus tem fidelização?",
            "Não, o Ladenza Plus é mês a mês.",
            "Perfeito, vou aderir.",
        ),
    ],
}

PHONE_Q: dict[str, list[str]] = {
    "de": [
        "ja hallo ich wollte nur fragen ob ich mit der karte auch in der schweiz laden kann wir fahren nächste woche in den urlaub",
        "guten tag ähm ich hab die wallbox bestellt und wollte fragen ob der elektriker vorher anruft oder einfach kommt",
        "hallo ich bräuchte eine rechnung für meinen arbeitgeber geht das auch mit firmenadresse danke",
    ],
    "it": [
        "pronto buongiorno volevo solo chiedere se con la tessera posso ricaricare anche in svizzera la settimana prossima andiamo in vacanza",
        "sì buongiorno ho ordinato la wallbox e volevo sapere se l'elettricista chiama prima o viene direttamente",
        "salve mi servirebbe una fattura intestata alla ditta si può fare grazie",
    ],
    "en": [
        "hiya just wondering if the card works in france we're driving down next week",
        "hello yeah i need an invoice with my company address on it is that possible",
    ],
    "es": [
        "hola buenas quería saber si la tarjeta funciona en francia que nos vamos de vacaciones",
        "sí hola necesito una factura a nombre de la empresa se puede",
    ],
    "fr": [
        "oui bonjour je voulais savoir si la carte marche en espagne on part en vacances la semaine prochaine",
        "allô bonjour il me faudrait une facture au nom de ma société c'est possible",
    ],
    "pt": [
        "está sim boa tarde queria saber se o cartão funciona em espanha vamos de férias",
        "olá bom dia precisava de uma fatura com o contribuinte da empresa é possível",
    ],
}

# (product, price in euros, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("type2-cable-7m", 189.0, "/shop/type2-cable"),
    ("card-holder", 12.9, "/shop/card-holder"),
    ("ladenza-plus", 9.99, "/plus"),
    ("wallbox-home-11kw", 899.0, "/home/wallbox"),
    ("cable-bag", 24.5, "/shop/cable-bag"),
    ("charging-credit-50", 50.0, "/account/credit"),
]

PAGES: list[str] = [
    "/map",
    "/prices",
    "/plus",
    "/home/wallbox",
    "/account/invoices",
    "/help/roaming",
    "/shop",
    "/map/route-planner",
]

REVIEWS: dict[str, list[str]] = {
    "de": [
        "Zuverlässig, faire Preise, gute App. 5 Sterne.",
        "Säulen fast immer frei und schnell. Gerne wieder.",
        "Wallbox-Installation pünktlich und sauber, sehr empfehlenswert.",
    ],
    "it": [
        "Affidabile, prezzi onesti, app ottima. 5 stelle.",
        "Colonnine quasi sempre libere e veloci. Consigliato.",
        "Installazione della wallbox puntuale e pulita, consigliatissimo.",
    ],
    "en": ["Reliable, fair prices, good app. Five stars.", "Chargers nearly always free and fast."],
    "es": [
        "Fiable, precios justos, buena app. Cinco estrellas.",
        "Cargadores casi siempre libres y rápidos.",
    ],
    "fr": [
        "Fiable, prix honnêtes, bonne appli. 5 étoiles.",
        "Bornes presque toujours libres et rapides.",
    ],
    "pt": ["Fiável, preços justos, boa app. 5 estrelas.", "Postos quase sempre livres e rápidos."],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "de": ["", "top", "Alles super", "👍", "Schnell und einfach", "", "weiter so"],
    "it": ["", "ottimo", "tutto perfetto", "👍", "Veloce e semplice", "", "continuate così"],
    "en": ["", "great", "👍", "easy"],
    "es": ["", "genial", "👍", "muy fácil"],
    "fr": ["", "top", "👍", "très simple"],
    "pt": ["", "ótimo", "👍", "muito fácil"],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "de": [
        "2 Uhr nachts auf der A9, Ladepark leer, Säule sofort frei. Nachtschicht hat auch Vorteile ⚡",
        "Nachtdienst vorbei, noch schnell bei Ladenza in {city} geladen. Rund um die Uhr offen, herrlich.",
        "Kann nicht schlafen, plane mit der Ladenza-App schon mal die Route für den Urlaub 🗺️",
    ],
    "it": [
        "Le 2 di notte in autostrada, hub deserto, colonnina subito libera. Il turno di notte ha i suoi vantaggi ⚡",
        "Finito il turno, ricarica al volo da Ladenza a {city}. Aperto 24 ore, che comodità.",
        "Non riesco a dormire, intanto pianifico il viaggio con l'app Ladenza 🗺️",
    ],
    "en": [
        "2am on the motorway, hub empty, charger free straight away. Night shift has its perks ⚡",
        "Can't sleep, planning the holiday route in the Ladenza app 🗺️",
    ],
    "es": [
        "Las 2 de la mañana en la autovía, cargador libre al momento. El turno de noche tiene ventajas ⚡"
    ],
    "fr": ["2h du mat sur l'autoroute, borne libre tout de suite. Le travail de nuit a du bon ⚡"],
    "pt": ["2 da manhã na autoestrada, posto livre logo. O turno da noite tem vantagens ⚡"],
}

NIGHT_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Ist der Ladepark in {city} auch nachts geöffnet?",
            "Ja, rund um die Uhr, an 365 Tagen.",
            "Danke, dann fahr ich gleich los.",
        ),
        (
            "Kann ich nachts auch mit Kreditkarte direkt an der Säule zahlen?",
            "Ja, alle Schnelllader haben ein Kartenterminal, Tag und Nacht.",
            "Prima, danke!",
        ),
    ],
    "it": [
        (
            "L'hub di {city} è aperto anche di notte?",
            "Sì, 24 ore su 24, tutto l'anno.",
            "Grazie, allora vado subito.",
        ),
        (
            "Di notte posso pagare con la carta di credito direttamente alla colonnina?",
            "Sì, tutte le colonnine rapide hanno il lettore di carte, giorno e notte.",
            "Perfetto, grazie!",
        ),
    ],
    "en": [
        ("Is the {city} hub open overnight?", "Yes, 24/7, all year.", "Cheers, heading there now.")
    ],
    "es": [
        (
            "¿El cargador de {city} está abierto de noche?",
            "Sí, 24 horas, todo el año.",
            "Gracias, voy para allá.",
        )
    ],
    "fr": [
        (
            "La station de {city} est ouverte la nuit ?",
            "Oui, 24h/24, toute l'année.",
            "Merci, j'y vais.",
        )
    ],
    "pt": [
        (
            "O posto de {city} está aberto à noite?",
            "Sim, 24 horas por dia, todo o ano.",
            "Obrigad[[a|o]], vou já.",
        )
    ],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Toll, dass die App genau dann ein Update braucht, wenn ich mit 5 % an der Säule stehe 🙃",
        "Super Timing, Ladenza: Wartungsarbeiten an der einzigen Säule im Ort, natürlich am Freitagabend 🙃",
    ],
    "it": [
        "Adoro quando l'app decide di aggiornarsi proprio mentre sono alla colonnina col 5% 🙃",
        "Tempismo perfetto, Ladenza: manutenzione all'unica colonnina del paese, ovviamente il venerdì sera 🙃",
    ],
    "en": ["Love how the app needs an update exactly when I'm at the charger on 5% 🙃"],
    "es": ["Me encanta que la app se actualice justo cuando estoy en el cargador con un 5% 🙃"],
    "fr": [
        "J'adore quand l'appli décide de se mettre à jour pile quand je suis à la borne à 5 % 🙃"
    ],
    "pt": ["Adoro quando a app decide atualizar precisamente quando estou no posto com 5% 🙃"],
}

GRUMBLES: dict[str, list[str]] = {
    "de": [
        "Schon wieder ein App-Update, schon wieder ausgeloggt.",
        "Die Grundgebühr von Ladenza Plus ist echt happig für das, was man bekommt.",
        "Der Chatbot versteht keine einzige Frage. Wozu gibt es den?",
        "Warum hat keine Säule in {city} ein Dach? Ich steh hier im Regen.",
        "20 € für eine Kartenhülle? Echt jetzt?",
        "Die Blockiergebühr startet nach 10 Minuten, das ist doch reine Abzocke.",
    ],
    "it": [
        "Un altro aggiornamento dell'app, un'altra volta disconness[[a|o]].",
        "La quota di Ladenza Plus è davvero salata per quello che offre.",
        "Il chatbot non capisce una sola domanda. A cosa serve?",
        "Perché nessuna colonnina a {city} ha una tettoia? Sono qui sotto la pioggia.",
        "20 € per un portatessera? Davvero?",
        "La tariffa di sosta parte dopo 10 minuti, è una presa in giro.",
    ],
    "en": [
        "Another app update, logged out again.",
        "The Plus fee is steep for what you get.",
        "The chatbot doesn't understand a single question.",
    ],
    "es": [
        "Otra actualización de la app, otra vez sin sesión.",
        "La cuota de Plus es cara para lo que ofrece.",
        "El chatbot no entiende ni una pregunta.",
    ],
    "fr": [
        "Encore une mise à jour, encore [[déconnectée|déconnecté]].",
        "L'abonnement Plus est cher pour ce qu'il offre.",
        "Le chatbot ne comprend aucune question.",
    ],
    "pt": [
        "Mais uma atualização, mais uma vez sem sessão.",
        "A mensalidade do Plus é cara para o que dá.",
        "O chatbot não percebe uma única pergunta.",
    ],
}

# (mild remark, agent's answer in chat)
MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die App braucht morgens ewig, bis sie die Säulen in der Nähe anzeigt. Kleine Sache, aber nervig.",
            "Danke für den Hinweis, das geben wir an das App-Team weiter.",
        ),
        (
            "Am Ladepark {city} ist die Beleuchtung abends etwas schwach, nur so als Info.",
            "Vielen Dank, wir geben das an den Standort weiter.",
        ),
    ],
    "it": [
        (
            "L'app la mattina ci mette una vita a mostrare le colonnine vicine. Cosa piccola, ma fastidiosa.",
            "Grazie della segnalazione, la giriamo al team dell'app.",
        ),
        (
            "All'hub di {city} la sera l'illuminazione è un po' scarsa, giusto per dirvelo.",
            "Grazie mille, lo segnaliamo al sito.",
        ),
    ],
    "en": [
        (
            "App takes ages to show nearby chargers in the mornings. Small thing but annoying.",
            "Thanks for letting us know, we'll pass it to the app team.",
        )
    ],
    "es": [
        (
            "La app tarda muchísimo por la mañana en mostrar los cargadores cercanos. Una tontería, pero molesta.",
            "Gracias por avisar, se lo pasamos al equipo de la app.",
        )
    ],
    "fr": [
        (
            "L'appli met un temps fou le matin à afficher les bornes proches. Rien de grave mais agaçant.",
            "Merci du retour, nous transmettons à l'équipe de l'appli.",
        )
    ],
    "pt": [
        (
            "A app demora imenso de manhã a mostrar os postos perto. Coisa pequena, mas irrita.",
            "Obrigado pelo aviso, vamos passar à equipa da app.",
        )
    ],
}

WEB_ACK: dict[str, str] = {
    "de": "danke für Ihre Nachricht über das Kontaktformular. Wir haben sie erhalten und kümmern uns darum.",
    "it": "grazie per il messaggio inviato dal modulo di contatto. L'abbiamo ricevuto e ce ne occupiamo.",
    "en": "thanks for your message through our contact form. We've got it and we're on it.",
    "es": "gracias por tu mensaje en el formulario de contacto. Lo hemos recibido y nos ocupamos.",
    "fr": "merci pour votre message via le formulaire de contact. Nous l'avons bien reçu.",
    "pt": "obrigado pela mensagem enviada pelo formulário. Recebemos e vamos tratar.",
}

WEB_ACK_SUBJECT: dict[str, str] = {
    "de": "Ihre Nachricht an Ladenza",
    "it": "Il suo messaggio a Ladenza",
    "en": "Your message to Ladenza",
    "es": "Tu mensaje a Ladenza",
    "fr": "Votre message à Ladenza",
    "pt": "A sua mensagem à Ladenza",
}

FEEDBACK_TITLE: dict[str, str] = {
    "de": "Feedback",
    "it": "Suggerimento",
    "en": "Feedback",
    "es": "Sugerencia",
    "fr": "Suggestion",
    "pt": "Sugestão",
}

# topic_spike's two lone questions (German and Italian), the evenings before.
LONE_Q: dict[str, tuple[str, str]] = {
    "de": (
        "Heute Abend hat die Säule in {city} ewig gebraucht, bis die Ladung losging, dann lief es aber. Ist das normal?",
        "Das kann bei hoher Auslastung vorkommen, die Verbindung zum Server dauert dann etwas länger. Wenn es öfter passiert, melden Sie sich gern.",
    ),
    "it": (
        "Stasera la colonnina di {city} ci ha messo tantissimo a far partire la ricarica, poi però è andata. È normale?",
        "Può succedere quando c'è molto traffico, la connessione al server richiede qualche secondo in più. Se capita spesso ci scriva pure.",
    ),
}

QUESTION_SUBJECT: dict[str, str] = {
    "de": "Frage",
    "it": "Domanda",
    "en": "Quick question",
    "es": "Consulta",
    "fr": "Question",
    "pt": "Pergunta",
}
