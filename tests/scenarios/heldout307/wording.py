"""Wording of heldout307 (Calamora: fountain pens, inks, pen repair by post), six languages."""

# ruff: noqa: E501

LANGS = ("de", "en", "es", "fr", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "de": ("DE", "AT", "CH"),
    "en": ("UK", "IE"),
    "es": ("ES",),
    "fr": ("FR", "BE"),
    "it": ("IT", "CH"),
    "pt": ("PT",),
}
FIRST = {
    "de": ("Jonas", "Heike", "Till", "Ulrike", "Malte", "Svenja", "Rüdiger", "Frauke"),
    "en": ("Gareth", "Imogen", "Callum", "Niamh", "Rhys", "Harriet", "Declan", "Freya"),
    "es": ("Nuria", "Íñigo", "Maite", "Fermín", "Rocío", "Arturo"),
    "fr": ("Solène", "Gaspard", "Maëlle", "Yannick", "Clémence", "Thibault"),
    "it": ("Ottavia", "Ruggero", "Ilaria", "Corrado", "Benedetta", "Lapo"),
    "pt": ("Inês", "Duarte", "Leonor", "Vasco", "Beatriz", "Tomás"),
}
LAST = {
    "de": ("Kettler", "Obermaier", "Wiesner", "Thalhofer", "Brückner", "Lindqvist", "Hagedorn"),
    "en": ("Pryce", "Ashworth", "Kilbride", "Murtagh", "Hollis", "Penrose", "Doyle"),
    "es": ("Arrieta", "Bermejo", "Ceballos", "Olmedo", "Zubiri"),
    "fr": ("Lemoine", "Vasseur", "Carré", "Delmas", "Poulain"),
    "it": ("Sartori", "Pellegatti", "Bonfanti", "Zanella", "Cerutti"),
    "pt": ("Valente", "Quaresma", "Teixeira", "Barros", "Amaral"),
}
PRODUCTS = (
    ("Fountain pen Calamora Atelier, medium nib", 89),
    ("Ink bottle 50 ml, Moorland Green", 14),
    ("Nib service by post", 35),
    ("Converter and 30 cartridges", 19),
    ("A5 notebook, 100 g paper", 22),
)

PRAISE = {
    "de": (
        "Die neue Tinte von @Calamora ist der Hammer, Herbstlaub-Braun, genau so wie auf dem Foto 🖋",
        "Füller kam nach dem Schleifservice zurück und schreibt butterweich. Danke @Calamora",
        "Drittes Mal bei @Calamora bestellt, wieder alles top verpackt, sogar ein Löschpapier dabei",
    ),
    "en": (
        "My nib came back from @Calamora writing like a dream, no more scratchy downstrokes",
        "Ink sampler from @Calamora arrived today, the teal one is gorgeous on cream paper",
        "Third order with @Calamora this year and every parcel smells faintly of ink, love it",
    ),
    "es": (
        "El plumín que me ajustó @Calamora escribe suavísimo, por fin sin saltos",
        "Llegó la caja de tintas de @Calamora, el azul pizarra es precioso",
    ),
    "fr": (
        "Ma plume revient de chez @Calamora et glisse enfin sur le papier, merci !",
        "Le coffret d'encres @Calamora est arrivé, le vert mousse est sublime",
    ),
    "it": (
        "Il pennino sistemato da @Calamora ora scrive fluido, contentissima",
        "Arrivato il campionario di inchiostri @Calamora, il bordeaux è bellissimo",
    ),
    "pt": (
        "A caneta voltou da reparação da @Calamora a escrever lindamente",
        "Chegou a caixa de tintas da @Calamora, o verde musgo é lindo",
    ),
}
QUESTION = {
    "de": (
        "Hallo, passt der Konverter auch in den Atelier mit feiner Feder?",
        "Kann ich beim Schleifservice eine Kursivfeder wünschen?",
        "Wie lange dauert der Feder-Service gerade ungefähr?",
    ),
    "en": (
        "Hi, does the converter fit the Atelier with a fine nib?",
        "Can I ask for a stub grind when I send my pen in?",
        "Roughly how long is the nib service taking at the moment?",
    ),
    "es": (
        "Hola, ¿el convertidor sirve para la Atelier de plumín fino?",
        "¿Cuánto tarda ahora el servicio de plumines?",
    ),
    "fr": (
        "Bonjour, le convertisseur va-t-il sur l'Atelier plume fine ?",
        "Combien de temps prend le service plume en ce moment ?",
    ),
    "it": (
        "Ciao, il convertitore va bene per l'Atelier pennino fine?",
        "Quanto ci mette adesso il servizio pennini?",
    ),
    "pt": (
        "Olá, o conversor serve na Atelier de aparo fino?",
        "Quanto tempo demora agora o serviço de aparos?",
    ),
}
ANSWER = {
    "de": "Hallo! Ja, das passt, und der Service dauert gerade etwa acht Werktage. Viele Grüße, Calamora",
    "en": "Hi! Yes, that works, and the service is taking about eight working days right now. Best, Calamora",
    "es": "¡Hola! Sí, funciona, y el servicio tarda ahora unos ocho días laborables. Un saludo, Calamora",
    "fr": "Bonjour ! Oui, c'est compatible, et le service prend environ huit jours ouvrés. Bien à vous, Calamora",
    "it": "Ciao! Sì, va bene, e il servizio richiede circa otto giorni lavorativi. Un saluto, Calamora",
    "pt": "Olá! Sim, serve, e o serviço demora cerca de oito dias úteis. Cumprimentos, Calamora",
}
THANKS = {
    "de": ("Super, danke!", "Alles klar, vielen Dank"),
    "en": ("Brilliant, thanks!", "Perfect, cheers"),
    "es": ("Genial, gracias!",),
    "fr": ("Parfait, merci !",),
    "it": ("Perfetto, grazie!",),
    "pt": ("Ótimo, obrigado!",),
}
REVIEW = {
    "de": "Tolle Tinten, schnelle Lieferung, Füller perfekt eingestellt.",
    "en": "Lovely inks, quick delivery, pen perfectly set up.",
    "es": "Tintas preciosas y envío rápido.",
    "fr": "Belles encres, livraison rapide.",
    "it": "Inchiostri stupendi, spedizione veloce.",
    "pt": "Tintas lindas, entrega rápida.",
}
NIGHT = {
    "de": (
        "Kann nicht schlafen, also Tinten-Swatches gemalt. @Calamora Mitternachtsblau ist einfach schön",
        "Nachtschicht vorbei, und zu Hause wartet das Paket von @Calamora",
    ),
    "en": (
        "3am and I'm swatching inks instead of sleeping, @Calamora Midnight Blue is unreal",
        "Night shift done, and the @Calamora parcel was waiting on the mat",
    ),
    "es": ("Son las 2 y aquí probando tintas de @Calamora, no tengo remedio",),
    "fr": ("2h du matin, je teste les encres @Calamora au lieu de dormir",),
    "it": ("Le due di notte e provo inchiostri @Calamora invece di dormire",),
    "pt": ("Duas da manhã e eu a testar tintas da @Calamora",),
}
PROBLEM = {
    "de": {
        "no_show": "das Paket mit meinem Füller steht seit Dienstag als zugestellt drin, es ist aber nie angekommen",
        "double_charge": "der Club-Beitrag wurde diesen Monat ZWEIMAL abgebucht",
        "damage": "der Füller kam vom Feder-Service mit einem Riss im Schaft zurück",
        "refund": "ich warte seit drei Wochen auf die Erstattung für die zurückgeschickte Tinte",
        "wrong_price": "ich bin im Calamora Club und habe trotzdem den vollen Preis ohne Rabatt bezahlt",
        "cancel_fee": "mir wurde eine Stornogebühr berechnet, obwohl ich den Service vier Tage vorher abgesagt habe",
    },
    "en": {
        "no_show": "my pen's parcel says delivered since Tuesday but it never came",
        "double_charge": "my Club fee was taken TWICE this month",
        "damage": "my pen came back from the nib service with a crack in the barrel",
        "refund": "I've waited three weeks for the refund on the ink I sent back",
        "wrong_price": "I'm in Calamora Club and still got charged full price, no discount",
        "cancel_fee": "I was charged a cancellation fee though I cancelled the service four days ahead",
    },
    "es": {
        "no_show": "el paquete con mi pluma figura entregado desde el martes y nunca llegó",
        "double_charge": "me han cobrado la cuota del Club DOS veces este mes",
        "damage": "la pluma volvió del servicio con una grieta en el cuerpo",
        "refund": "llevo tres semanas esperando el reembolso de la tinta devuelta",
        "wrong_price": "soy del Calamora Club y me cobraron precio completo",
        "cancel_fee": "me cobraron gastos de cancelación aunque cancelé cuatro días antes",
    },
    "fr": {
        "no_show": "le colis de mon stylo est marqué livré depuis mardi mais rien reçu",
        "double_charge": "la cotisation du Club a été prélevée DEUX fois ce mois-ci",
        "damage": "mon stylo est revenu du service plume avec le corps fêlé",
        "refund": "j'attends depuis trois semaines le remboursement de l'encre renvoyée",
        "wrong_price": "je suis membre Calamora Club et j'ai payé plein tarif",
        "cancel_fee": "on m'a facturé des frais d'annulation alors que j'ai annulé quatre jours avant",
    },
    "it": {
        "no_show": "il pacco con la mia stilografica risulta consegnato da martedì ma non è mai arrivato",
        "double_charge": "la quota del Club è stata addebitata DUE volte questo mese",
        "damage": "la penna è tornata dal servizio con il fusto crepato",
        "refund": "aspetto da tre settimane il rimborso dell'inchiostro reso",
        "wrong_price": "sono nel Calamora Club e ho pagato prezzo pieno",
        "cancel_fee": "mi hanno addebitato una penale anche se ho annullato quattro giorni prima",
    },
    "pt": {
        "no_show": "a encomenda com a minha caneta aparece entregue desde terça mas nunca chegou",
        "double_charge": "a quota do Club foi cobrada DUAS vezes este mês",
        "damage": "a caneta voltou da reparação com o corpo rachado",
        "refund": "há três semanas que espero o reembolso da tinta devolvida",
        "wrong_price": "sou do Calamora Club e paguei o preço todo",
        "cancel_fee": "cobraram-me taxa de cancelamento apesar de ter cancelado quatro dias antes",
    },
}
ANGRY = {
    "de": (
        "Ehrlich jetzt: {p}. Ich erwarte eine Lösung.",
        "Das ist ärgerlich, {p}. Bitte kümmern Sie sich darum!",
    ),
    "en": ("Honestly: {p}. I expect this sorted.", "Really annoyed, {p}. Please fix this!"),
    "es": ("En serio: {p}. Espero una solución.",),
    "fr": ("Franchement : {p}. J'attends une solution.",),
    "it": ("Sinceramente: {p}. Mi aspetto una soluzione.",),
    "pt": ("A sério: {p}. Espero uma solução.",),
}
CALL = {
    "de": "hallo ja ich rufe an weil {p} und ich will wissen was Sie jetzt machen",
    "en": "hi yeah i'm calling because {p} and i want to know what you're doing about it",
    "es": "hola sí llamo porque {p} y quiero saber qué van a hacer",
    "fr": "bonjour oui j'appelle parce que {p} et je veux savoir ce que vous faites",
    "it": "pronto sì chiamo perché {p} e voglio sapere cosa fate",
    "pt": "olá sim ligo porque {p} e quero saber o que vão fazer",
}
LONG = {
    "de": "Liebes Calamora-Team,\n\nich schreibe Ihnen aus dem Lehrerzimmer in der Freistunde, zwischen zwei Stapeln Klausuren, also verzeihen Sie die Kürze. Seit Jahren schreibe ich meine Korrekturen mit Ihrem Atelier, und ich habe Sie oft weiterempfohlen.\n\nJetzt aber: {p}. Ich habe zweimal nachgeschaut und mit der Nachbarin gesprochen, es ist nichts da.\n\nIch möchte bitte bis Ende der Woche eine Antwort.\n\nMit freundlichen Grüßen",
    "en": "Dear Calamora,\n\nI'm writing this on the train home from my mother's care home, so forgive the rambling. I've bought my inks from you for years and always told my friends at the calligraphy group about you.\n\nBut this time {p}. I've checked with the neighbours and the post office and nothing.\n\nI'd like an answer this week, please.\n\nKind regards",
    "es": "Hola equipo de Calamora:\n\nOs escribo desde la sala de espera del dentista de mi hijo, así que perdonad el desorden. Llevo años comprándoos y siempre os recomiendo.\n\nPero esta vez {p}. Ya lo he comprobado dos veces.\n\nEspero respuesta esta semana.\n\nUn saludo",
    "fr": "Bonjour,\n\nJe vous écris depuis le quai de la gare en attendant un train en retard. Je suis cliente depuis des années et je vous recommande souvent.\n\nMais cette fois {p}. J'ai vérifié deux fois.\n\nMerci de me répondre cette semaine.\n\nCordialement",
    "it": "Buongiorno,\n\nvi scrivo dalla sala d'attesa del veterinario, scusate la fretta. Sono cliente da anni e vi consiglio sempre.\n\nMa stavolta {p}. Ho controllato due volte.\n\nAttendo una risposta entro la settimana.\n\nCordiali saluti",
    "pt": "Olá,\n\nescrevo da sala de espera do hospital, desculpem a confusão. Sou cliente há anos e recomendo-vos sempre.\n\nMas desta vez {p}. Já verifiquei duas vezes.\n\nAguardo resposta esta semana.\n\nCumprimentos",
}
SUBJ = {
    "de": "Beschwerde: {t}",
    "en": "Complaint: {t}",
    "es": "Reclamación: {t}",
    "fr": "Réclamation : {t}",
    "it": "Reclamo: {t}",
    "pt": "Reclamação: {t}",
}
TOPIC = {
    "no_show": "Paket / parcel",
    "double_charge": "Club",
    "damage": "Atelier",
    "refund": "Refund",
    "wrong_price": "Club",
    "cancel_fee": "Service",
}
CASE = {
    "de": "Hallo, das tut uns leid. Wir haben den Vorgang {ref} angelegt und melden uns. Calamora Service",
    "en": "Hi, sorry about this. We've opened case {ref} and will be in touch. Calamora Support",
    "es": "Hola, lo sentimos. Hemos abierto la incidencia {ref} y te escribimos pronto. Calamora",
    "fr": "Bonjour, désolés. Nous avons ouvert le dossier {ref}. Calamora",
    "it": "Ciao, ci dispiace. Abbiamo aperto la pratica {ref}. Calamora",
    "pt": "Olá, lamentamos. Abrimos o processo {ref}. Calamora",
}
ESCALATED = {
    "de": "Ihr Vorgang {ref} liegt jetzt bei unserer Teamleitung, die Sie bis Freitagmittag anruft.",
    "en": "Your case {ref} is now with our team lead, who will call you before Friday lunchtime.",
    "es": "Tu incidencia {ref} está ahora con nuestra responsable, que te llamará antes del viernes a mediodía.",
    "fr": "Votre dossier {ref} est maintenant chez notre responsable, qui vous appellera avant vendredi midi.",
    "it": "La pratica {ref} è ora alla nostra responsabile, che la chiamerà entro venerdì a mezzogiorno.",
    "pt": "O processo {ref} está agora com a nossa responsável, que lhe liga antes de sexta ao almoço.",
}
GOOD = {
    "de": "Gute Nachricht zu {ref}: das ist erledigt. Können Sie kurz bestätigen?",
    "en": "Good news on {ref}: it's sorted on our side. Could you confirm?",
    "es": "Buenas noticias sobre {ref}: está resuelto. ¿Nos lo confirmas?",
    "fr": "Bonne nouvelle pour {ref} : c'est réglé. Pouvez-vous confirmer ?",
    "it": "Buone notizie su {ref}: è risolto. Può confermare?",
    "pt": "Boas notícias sobre {ref}: está resolvido. Pode confirmar?",
}
CONFIRM = {
    "de": "Bestätige, {ref} ist erledigt, danke!",
    "en": "Confirmed, {ref} is sorted, thanks!",
    "es": "Confirmado, {ref} resuelto, gracias",
    "fr": "Confirmé pour {ref}, merci",
    "it": "Confermo, {ref} risolto, grazie",
    "pt": "Confirmo, {ref} resolvido, obrigada",
}
APOLOGY = {
    "de": "Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs schnelle Kümmern.",
    "en": "Sorry for snapping yesterday, long day. Thanks for sorting it so fast.",
    "es": "Perdón por el tono de ayer, mal día. Gracias por la rapidez.",
    "fr": "Désolée pour mon ton hier. Merci d'avoir fait vite.",
    "it": "Scusate il tono di ieri. Grazie della rapidità.",
    "pt": "Desculpem o tom de ontem. Obrigado pela rapidez.",
}
STILL = {
    "de": "Vorgang {ref} ist immer noch offen, {p}. Warum passiert nichts?",
    "en": "Case {ref} is still open, {p}. Why is nothing happening?",
    "es": "La incidencia {ref} sigue abierta, {p}. ¿Por qué no hacéis nada?",
    "fr": "Le dossier {ref} est toujours ouvert, {p}. Pourquoi rien ne bouge ?",
    "it": "La pratica {ref} è ancora aperta, {p}. Perché nessuno fa niente?",
    "pt": "O processo {ref} continua aberto, {p}. Porque é que nada acontece?",
}
THIRD = {
    "de": " Bei {c} hätte ich das am selben Tag erledigt.",
    "en": " A friend orders from {c} and they sort this the same day.",
    "es": " En {c} esto lo arreglan el mismo día.",
    "fr": " Chez {c} on règle ça le jour même.",
    "it": " Da {c} lo risolvono in giornata.",
    "pt": " Na {c} resolvem isto no mesmo dia.",
}
FOURTH = {
    "de": " Das ist das VIERTE Mal.",
    "en": " This is the FOURTH time.",
    "es": " Es la CUARTA vez.",
    "fr": " C'est la QUATRIÈME fois.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
}
URGENT = {
    "de": "Zum Vorgang {ref} ergänzt und als dringend markiert.",
    "en": "Added to case {ref} and marked urgent.",
    "es": "Añadido a {ref} y marcado urgente.",
    "fr": "Ajouté au dossier {ref}, marqué urgent.",
    "it": "Aggiunto alla pratica {ref}, segnata urgente.",
    "pt": "Adicionado ao processo {ref}, marcado urgente.",
}
SLIDE = {
    "de": (
        "Lieferung diesmal drei Tage zu spät, ohne Info",
        "Die Tinte war ausgelaufen, halbe Flasche im Karton",
        "Der Feder-Service hat meine Feder kratziger gemacht als vorher",
        "Club-Rabatt wieder nicht abgezogen, langsam nervt es",
        "Wütend. 9 € Versand für ein Päckchen, das dann beschädigt ankommt",
        "Reicht mir. Bestelle ab jetzt bei {c}",
    ),
    "en": (
        "Delivery three days late this time, no word",
        "Ink bottle leaked, half of it in the box",
        "The nib service made my nib scratchier than before",
        "Club discount missing again, getting tiresome",
        "Furious. £8 postage for a parcel that arrives crushed",
        "Done. Ordering from {c} from now on",
    ),
    "es": (
        "Esta vez el envío llegó tres días tarde",
        "El tintero venía derramado",
        "El servicio dejó el plumín peor que antes",
        "Otra vez sin el descuento del Club",
        "Harta. 9 € de envío y llega aplastado",
        "Se acabó, ahora compro en {c}",
    ),
    "fr": (
        "Livraison trois jours en retard, sans info",
        "Flacon d'encre qui a fui dans le carton",
        "Le service a rendu ma plume plus rêche",
        "Encore sans la remise Club",
        "Furieux. 9 € de port pour un colis écrasé",
        "Terminé, je commande chez {c} maintenant",
    ),
    "it": (
        "Consegna in ritardo di tre giorni",
        "Boccetta di inchiostro rovesciata nel pacco",
        "Il servizio ha peggiorato il pennino",
        "Di nuovo niente sconto Club",
        "Furiosa. 9 € di spedizione e arriva schiacciato",
        "Basta, ora compro da {c}",
    ),
    "pt": (
        "Entrega três dias atrasada",
        "O frasco de tinta veio entornado",
        "O serviço deixou o aparo pior",
        "Outra vez sem desconto do Club",
        "Furiosa. 9 € de portes e chega esmagado",
        "Chega, agora compro na {c}",
    ),
}
CANCEL = {
    "de": "Hallo, ich schreibe fast nur noch am Laptop und brauche den Club nicht mehr. Bitte Calamora Club kündigen und mein Konto schließen.",
    "en": "Hi, I've moved to typing everything and don't need the Club any more. Please cancel my Calamora Club and close my account.",
    "es": "Hola, ya casi no escribo a mano. Quiero cancelar el Calamora Club y cerrar mi cuenta.",
    "fr": "Bonjour, je n'écris presque plus à la main. Merci de résilier mon Calamora Club et de fermer mon compte.",
    "it": "Ciao, ormai non scrivo più a mano. Vorrei disdire il Calamora Club e chiudere l'account.",
    "pt": "Olá, já quase não escrevo à mão. Quero cancelar o Calamora Club e fechar a conta.",
}
SORRY = {
    "de": "Schade, dass Sie gehen. Sie können den Club selbst in der App oder auf der Website kündigen.",
    "en": "Sorry to see you go. You can cancel the Club yourself in the app or on the website.",
    "es": "Sentimos que te vayas. Puedes cancelar el Club en la app o en la web.",
    "fr": "Dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site.",
    "it": "Ci dispiace. Può disdire il Club dall'app o dal sito.",
    "pt": "Lamentamos. Pode cancelar o Club na app ou no site.",
}
GRUMBLE = {
    "de": (
        "Die App loggt mich jedes Mal aus, nervig",
        "Warum sind die Tintenproben so winzig",
        "Versandkosten ab 40 € frei wäre schön",
    ),
    "en": (
        "The app logs me out every single time",
        "Why are the ink samples so tiny",
        "Free postage only from £40 is a bit stingy",
    ),
    "es": ("La app me cierra sesión cada vez",),
    "fr": ("L'appli me déconnecte à chaque fois",),
    "it": ("L'app mi disconnette ogni volta",),
    "pt": ("A app faz logout sempre",),
}
SARCASM = {
    "de": "Toll, Expressversand in nur neun Tagen 👏 @Calamora",
    "en": "Wow, express delivery in only nine days 👏 @Calamora",
    "es": "Genial, envío exprés en solo nueve días 👏 @Calamora",
    "fr": "Super, l'express en seulement neuf jours 👏 @Calamora",
    "it": "Fantastico, spedizione express in soli nove giorni 👏 @Calamora",
    "pt": "Ótimo, envio expresso em só nove dias 👏 @Calamora",
}
MILD = {
    "de": "Der Tintenfilter zeigt nur Blau, egal was ich anklicke",
    "en": "The ink colour filter only shows blues whatever I click",
    "es": "El filtro de colores solo muestra azules",
    "fr": "Le filtre de couleurs n'affiche que des bleus",
    "it": "Il filtro colori mostra solo blu",
    "pt": "O filtro de cores só mostra azuis",
}
CSAT_WORD = {
    "de": ("schlecht", ""),
    "en": ("poor", ""),
    "es": ("mal", ""),
    "fr": ("nul", ""),
    "it": ("male", ""),
    "pt": ("mau", ""),
}
SPIKE = {
    "de": (
        "Checkout bei Calamora geht nicht, jede Karte abgelehnt, Fehler {code}",
        "Kann nicht bezahlen, Fehlermeldung {code}, auch mit PayPal",
        "@Calamora Kasse kaputt? {code} bei jeder Bestellung",
    ),
    "en": (
        "Checkout won't take my card, error {code}",
        "Can't pay for anything, keeps saying {code}",
        "@Calamora checkout broken? {code} every time",
    ),
    "es": ("No puedo pagar, error {code}",),
    "fr": ("Impossible de payer, erreur {code}",),
    "it": ("Non riesco a pagare, errore {code}",),
    "pt": ("Não consigo pagar, erro {code}",),
}
SPIKE_AGAIN = {
    "de": "Immer noch {code}, auch mit der Karte meines Mannes",
    "en": "Still {code}, tried my partner's card too",
    "es": "Sigue {code}, también con otra tarjeta",
    "fr": "Toujours {code}, même avec une autre carte",
    "it": "Ancora {code}, anche con un'altra carta",
    "pt": "Continua {code}, com outro cartão também",
}
SPIKE_ANS = {
    "de": "Ja, die Zahlung schlägt gerade bei allen fehl, wir sind dran.",
    "en": "Yes, payments are failing for everyone right now, we're on it.",
    "es": "Sí, los pagos fallan ahora para todos, estamos en ello.",
    "fr": "Oui, les paiements échouent pour tous, on s'en occupe.",
    "it": "Sì, i pagamenti falliscono per tutti, ci stiamo lavorando.",
    "pt": "Sim, os pagamentos falham para todos, estamos a tratar.",
}
WORKS = {
    "de": "Die Kasse funktioniert seit 11:20 wieder. 5 € Gutschrift ist auf Ihrem Konto.",
    "en": "Checkout works again since 10:20 (local time). A 5 € / £4 credit is on your account.",
    "es": "El pago funciona de nuevo desde las 11:20. Tienes 5 € de crédito.",
    "fr": "Le paiement fonctionne depuis 11h20. 5 € de crédit ajoutés.",
    "it": "Il pagamento funziona dalle 11:20. 5 € di credito aggiunti.",
    "pt": "O pagamento funciona desde as 10:20. 5 € de crédito.",
}
LONE_Q = {
    "de": "Gestern Abend hat die Kasse kurz gehangen, ging dann aber. Ist das morgen normal?",
    "en": "Checkout hung for a second last night but then went through. Is that normal?",
    "es": "Anoche el pago tardó un poco pero funcionó. ¿Es normal?",
    "fr": "Hier soir le paiement a traîné puis est passé. Normal ?",
    "it": "Ieri sera il pagamento è stato lento ma è andato. Normale?",
    "pt": "Ontem o pagamento demorou mas passou. É normal?",
}
LONE_A = {
    "de": "Ja, alles in Ordnung, Ihre Bestellung ist durch.",
    "en": "Yes, all fine, your order went through.",
    "es": "Sí, todo bien, el pedido está hecho.",
    "fr": "Oui, tout va bien, commande passée.",
    "it": "Sì, tutto ok, ordine fatto.",
    "pt": "Sim, tudo bem, encomenda feita.",
}
B2B = {
    "de": {
        "invoice": "die Rechnungen tragen den alten Firmennamen und keine Bestellnummer, unsere Buchhaltung lehnt sie ab",
        "service_blocked": "unsere Bestellung für 200 gravierte Füller wird abgelehnt, Konto gesperrt, obwohl alles bezahlt ist",
        "portal": "das Firmenportal zeigt keine offenen Bestellungen, wir können nichts nachverfolgen",
        "overbilled": "uns wird der Einzelpreis statt des vereinbarten Mengenpreises berechnet",
    },
    "en": {
        "invoice": "the invoices carry our old company name and no PO number, accounts reject them",
        "service_blocked": "our order for 200 engraved pens is refused, account on stop, though everything is paid",
        "portal": "the company portal shows no open orders, we can't track anything",
        "overbilled": "we're billed the single-unit price instead of our agreed volume price",
    },
    "es": {
        "invoice": "las facturas llevan el nombre antiguo y sin número de pedido",
        "service_blocked": "rechazan nuestro pedido de 200 plumas grabadas, cuenta bloqueada aunque está pagado",
        "portal": "el portal no muestra pedidos abiertos",
        "overbilled": "nos cobran precio unitario en vez del precio por volumen",
    },
    "fr": {
        "invoice": "les factures portent l'ancien nom et pas de numéro de commande",
        "service_blocked": "notre commande de 200 stylos gravés est refusée, compte bloqué alors que tout est payé",
        "portal": "le portail n'affiche aucune commande en cours",
        "overbilled": "on nous facture le prix unitaire au lieu du tarif volume",
    },
    "it": {
        "invoice": "le fatture hanno il vecchio nome e nessun numero d'ordine",
        "service_blocked": "il nostro ordine di 200 penne incise è rifiutato, conto bloccato anche se pagato",
        "portal": "il portale non mostra ordini aperti",
        "overbilled": "ci addebitano il prezzo unitario invece di quello a volume",
    },
    "pt": {
        "invoice": "as faturas têm o nome antigo e sem número de encomenda",
        "service_blocked": "recusam a encomenda de 200 canetas gravadas, conta bloqueada apesar de pago",
        "portal": "o portal não mostra encomendas abertas",
        "overbilled": "cobram o preço unitário em vez do preço por volume",
    },
}
B2B_FIRST = {
    "de": "Guten Tag, {p}. Bitte um Klärung.",
    "en": "Hello, {p}. Please look into it.",
    "es": "Buenas, {p}. Por favor revisadlo.",
    "fr": "Bonjour, {p}. Merci de vérifier.",
    "it": "Buongiorno, {p}. Vi prego di verificare.",
    "pt": "Bom dia, {p}. Por favor vejam isto.",
}
B2B_LATER = {
    "de": "Wie {n} schon am {d} schrieb (Vorgang {ref}): {p}. Das betrifft jetzt auch mein Team.",
    "en": "As {n} wrote on {d} (case {ref}): {p}. It now hits my team too.",
    "es": "Como escribió {n} el {d} ({ref}): {p}. Ahora también afecta a mi equipo.",
    "fr": "Comme l'a écrit {n} {d} ({ref}) : {p}. Mon équipe est touchée aussi.",
    "it": "Come ha scritto {n} {d} ({ref}): {p}. Ora tocca anche il mio team.",
    "pt": "Como a {n} escreveu {d} ({ref}): {p}. Agora afeta a minha equipa.",
}
B2B_LAST = {
    "de": "zum Vorgang {ref} mehrere Kollegen haben geschrieben und nichts ist behoben mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht klappt",
    "en": "about case {ref} several colleagues have written and nothing is fixed my boss says we move the account if it isn't sorted this week",
    "es": "sobre {ref} varios compañeros han escrito y nada está arreglado mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "fr": "pour le dossier {ref} plusieurs collègues ont écrit et rien n'est réglé mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "it": "per la pratica {ref} diversi colleghi hanno scritto e niente è risolto il mio capo dice che cambiamo fornitore se non si sistema questa settimana",
    "pt": "sobre o processo {ref} vários colegas escreveram e nada está resolvido o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
SUGGEST = {
    "de": "Kleiner Wunsch: könnten Sie die Gravurtexte als CSV importierbar machen?",
    "en": "Small suggestion: could engraving texts be uploaded as a CSV?",
    "es": "Sugerencia: ¿podríamos subir los textos de grabado en CSV?",
    "fr": "Suggestion : pouvoir importer les textes de gravure en CSV ?",
    "it": "Suggerimento: importare i testi di incisione da CSV?",
    "pt": "Sugestão: importar os textos de gravação em CSV?",
}
ACK = {
    "de": "Danke, haben wir notiert ({ref}).",
    "en": "Thanks, noted ({ref}).",
    "es": "Gracias, anotado ({ref}).",
    "fr": "Merci, noté ({ref}).",
    "it": "Grazie, annotato ({ref}).",
    "pt": "Obrigado, anotado ({ref}).",
}
