# ruff: noqa: E501
"""Wording of heldout305 (Puttora, indoor mini-golf venues), written blind."""

LANGS = ("de", "fr", "en", "es", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH"),
    "en": ("UK", "IE"),
    "es": ("ES",),
    "it": ("IT",),
    "pt": ("PT",),
}
FIRST = {
    "de": ("Jonas", "Lea", "Tobias", "Miriam", "Falk", "Ute", "Henrik", "Svenja"),
    "fr": ("Camille", "Julien", "Margaux", "Thibault", "Océane", "Rémi", "Solène", "Bastien"),
    "en": ("Hannah", "Callum", "Niamh", "Oliver", "Freya", "Rhys"),
    "es": ("Lucía", "Álvaro", "Nerea", "Iker", "Rocío", "Gonzalo"),
    "it": ("Chiara", "Matteo", "Giulia", "Davide", "Ilaria", "Lorenzo"),
    "pt": ("Inês", "Tiago", "Beatriz", "Rui", "Mariana", "Duarte"),
}
LAST = {
    "de": ("Krämer", "Vogt", "Lindner", "Hahn", "Böhm", "Seidel", "Kuhn", "Pohl"),
    "fr": ("Lemoine", "Garnier", "Roussel", "Chevalier", "Perrin", "Morel", "Fabre"),
    "en": ("Walsh", "Hughes", "Pryce", "Doyle", "Barker", "Finch"),
    "es": ("Ibarra", "Muñoz", "Salas", "Crespo", "Vidal", "Arroyo"),
    "it": ("Ferraro", "Galli", "Conti", "Rinaldi", "Marchi", "Sala"),
    "pt": ("Sousa", "Lopes", "Figueira", "Matos", "Pinto", "Ramos"),
}
PRODUCTS = (
    ("Round 18 holes, 2 players", 19),
    ("Glow course, family of 4", 36),
    ("Birthday party package, 10 kids", 149),
    ("Puttora Club membership, monthly", 12),
    ("Gift voucher 50", 50),
)
PRAISE = {
    "de": (
        "Mit den Kindern auf der Glow-Bahn bei Puttora, Loch 14 mit dem Looping ist der Hammer",
        "Zum dritten Mal diesen Monat bei Puttora und immer noch nicht langweilig",
        "Super Nachmittag, das Personal hat unserem Opa extra einen kürzeren Schläger gebracht",
        "Puttora Club lohnt sich echt, jeden Mittwoch eine Runde",
    ),
    "fr": (
        "Soirée géniale chez Puttora, le trou du volcan a fait hurler de rire toute la bande",
        "Encore une fois au parcours fluo avec les petits, ils en redemandent",
        "Accueil adorable, on nous a laissé finir le parcours après la fermeture",
        "Abonnée au Puttora Club depuis mars, aucun regret",
    ),
    "en": (
        "Brilliant evening at Puttora, the pirate ship hole is class",
        "Third time this month and the kids still beg to go back",
    ),
    "es": (
        "Tarde genial en Puttora con los primos, el hoyo del castillo es lo más",
        "Otra vez al circuito fluorescente, mis hijos encantados",
    ),
    "it": (
        "Serata bellissima da Puttora, la buca col vulcano è fantastica",
        "Terza volta questo mese, i bimbi non si stancano mai",
    ),
    "pt": (
        "Tarde ótima na Puttora, o buraco do farol é demais",
        "Mais uma vez no percurso fluorescente, os miúdos adoram",
    ),
}
QUESTION = {
    "de": (
        "Kann man mit Kinderwagen auf die Bahn?",
        "Gilt die Club-Karte auch in der Filiale in Graz?",
        "Bis wann kann ich eine Runde für Samstag umbuchen?",
    ),
    "fr": (
        "Est-ce qu'on peut venir avec une poussette sur le parcours ?",
        "La carte Club marche aussi à Lille ?",
        "Jusqu'à quand je peux décaler ma réservation de samedi ?",
    ),
    "en": ("Can we bring a pram onto the course?", "Is the glow course OK for a 4 year old?"),
    "es": (
        "¿Se puede entrar con carrito de bebé?",
        "¿Hasta qué hora puedo cambiar la reserva del sábado?",
    ),
    "it": ("Si può entrare col passeggino?", "La tessera Club vale anche a Torino?"),
    "pt": ("Dá para entrar com carrinho de bebé?", "O cartão Club vale também no Porto?"),
}
ANSWER = {
    "de": "Ja, das geht. Bei Fragen sind wir gern da!",
    "fr": "Oui, tout à fait. N'hésitez pas si besoin !",
    "en": "Yes, that's fine. Shout if you need anything!",
    "es": "Sí, sin problema. ¡Aquí estamos para lo que necesites!",
    "it": "Sì, nessun problema. Siamo qui per qualsiasi cosa!",
    "pt": "Sim, sem problema. Estamos cá para o que precisar!",
}
THANKS = {
    "de": ("Danke!", "Perfekt, danke euch"),
    "fr": ("Merci !", "Top, merci beaucoup"),
    "en": ("Thanks!",),
    "es": ("¡Gracias!",),
    "it": ("Grazie!",),
    "pt": ("Obrigado!",),
}
NIGHT_POST = {
    "de": (
        "Kann nicht schlafen und plane schon den Kindergeburtstag bei Puttora",
        "Nachtschicht vorbei, morgen früh erst mal Minigolf",
    ),
    "fr": (
        "Insomnie, je regarde les photos de notre partie chez Puttora",
        "Fin de garde de nuit, demain parcours fluo avec ma fille",
    ),
    "en": ("Can't sleep, booking the glow course for Saturday",),
    "es": ("Sin sueño, reservando el minigolf para el finde",),
    "it": ("Non riesco a dormire, prenoto il minigolf per sabato",),
    "pt": ("Sem sono, a marcar o minigolfe para sábado",),
}
NIGHT_Q = {
    "de": ("Ab wann gilt morgen der Wochenendtarif?",),
    "fr": ("Le tarif week-end commence à quelle heure demain ?",),
    "en": ("What time does the weekend rate start tomorrow?",),
    "es": ("¿A qué hora empieza mañana la tarifa de fin de semana?",),
    "it": ("Da che ora vale domani la tariffa weekend?",),
    "pt": ("A que horas começa amanhã a tarifa de fim de semana?",),
}
# Six consumer problems.
PROBLEMS = ("double_charge", "refund", "wrong_price", "voucher", "party_lost", "cancel_fee")
PROBLEM = {
    "de": {
        "double_charge": "Die Club-Mitgliedschaft wurde diesen Monat ZWEIMAL abgebucht, 24 € statt 12 €.",
        "refund": "Ich habe den Kindergeburtstag vor drei Wochen storniert und die 149 € sind immer noch nicht zurück.",
        "wrong_price": "Ich bin im Puttora Club und an der Kasse wurde mir der volle Preis berechnet.",
        "voucher": "Der Gutschein, den meine Mutter mir geschenkt hat, wird an der Kasse als ungültig abgelehnt.",
        "party_lost": "Wir standen mit zehn Kindern da und unser gebuchter Geburtstagsraum war an jemand anderen vergeben.",
        "cancel_fee": "Ich habe fünf Tage vorher storniert und trotzdem eine Stornogebühr von 40 € bezahlt.",
    },
    "fr": {
        "double_charge": "L'abonnement Club a été prélevé DEUX fois ce mois-ci, 24 € au lieu de 12 €.",
        "refund": "J'ai annulé l'anniversaire il y a trois semaines et les 149 € ne sont toujours pas remboursés.",
        "wrong_price": "Je suis membre du Puttora Club et on m'a fait payer le plein tarif à la caisse.",
        "voucher": "Le bon cadeau offert par ma sœur est refusé à la caisse, soi-disant invalide.",
        "party_lost": "On est arrivés avec dix enfants et la salle d'anniversaire réservée avait été donnée à une autre famille.",
        "cancel_fee": "J'ai annulé cinq jours avant et on m'a quand même facturé 40 € de frais d'annulation.",
    },
    "en": {
        "double_charge": "My Club membership was taken TWICE this month, £20 instead of £10.",
        "refund": "I cancelled the birthday party three weeks ago and still no sign of the £129 refund.",
        "wrong_price": "I'm a Puttora Club member and got charged full price at the till.",
        "voucher": "The gift voucher my partner bought me is being refused at the till as invalid.",
        "party_lost": "We turned up with ten kids and our booked party room had been given to someone else.",
        "cancel_fee": "I cancelled five days ahead and was still charged a £35 cancellation fee.",
    },
    "es": {
        "double_charge": "Me han cobrado DOS veces el Club este mes, 24 € en vez de 12 €.",
        "refund": "Cancelé el cumple hace tres semanas y los 149 € siguen sin devolverse.",
        "wrong_price": "Soy socia del Puttora Club y en caja me cobraron el precio completo.",
        "voucher": "El bono regalo que me hizo mi hermano lo rechazan en caja como no válido.",
        "party_lost": "Llegamos con diez niños y la sala del cumple que teníamos reservada se la habían dado a otros.",
        "cancel_fee": "Cancelé con cinco días de antelación y aun así me cobraron 40 € de gastos.",
    },
    "it": {
        "double_charge": "L'abbonamento Club mi è stato addebitato DUE volte questo mese, 24 € invece di 12 €.",
        "refund": "Ho annullato la festa tre settimane fa e i 149 € non sono ancora tornati.",
        "wrong_price": "Sono socio del Puttora Club e alla cassa mi hanno fatto pagare il prezzo pieno.",
        "voucher": "Il buono regalo di mia zia viene rifiutato alla cassa come non valido.",
        "party_lost": "Siamo arrivati con dieci bambini e la sala festa prenotata era stata data a un'altra famiglia.",
        "cancel_fee": "Ho disdetto cinque giorni prima e mi hanno comunque addebitato 40 € di penale.",
    },
    "pt": {
        "double_charge": "Cobraram-me DUAS vezes o Club este mês, 24 € em vez de 12 €.",
        "refund": "Cancelei a festa há três semanas e os 149 € ainda não foram devolvidos.",
        "wrong_price": "Sou sócia do Puttora Club e na caixa cobraram-me o preço inteiro.",
        "voucher": "O vale de oferta da minha madrinha é recusado na caixa como inválido.",
        "party_lost": "Chegámos com dez crianças e a sala de festa reservada tinha sido dada a outra família.",
        "cancel_fee": "Cancelei com cinco dias de antecedência e mesmo assim cobraram 40 € de taxa.",
    },
}
ANGRY_END = {
    "de": ("Das ist echt ärgerlich.", "So geht das nicht, ich erwarte eine Lösung.", "Unmöglich!"),
    "fr": (
        "C'est vraiment pénible.",
        "Inadmissible, j'attends une solution.",
        "Franchement déçue.",
    ),
    "en": ("Not good enough.", "Really annoyed, sort it out please."),
    "es": ("Esto no puede ser.", "Estoy muy molesta, quiero una solución."),
    "it": ("Non è accettabile.", "Sono davvero arrabbiato."),
    "pt": ("Isto não pode ser.", "Estou mesmo chateada."),
}
SUBJ_COMPLAINT = {
    "de": "Beschwerde",
    "fr": "Réclamation",
    "en": "Complaint",
    "es": "Reclamación",
    "it": "Reclamo",
    "pt": "Reclamação",
}
SUBJ_RE = {
    "de": "AW: Vorgang",
    "fr": "RE : Dossier",
    "en": "Re: Your case",
    "es": "RE: Incidencia",
    "it": "R: Pratica",
    "pt": "RE: Processo",
}
LETTER = {
    "de": (
        "Hallo liebes Puttora-Team,\n\nich schreibe das hier in der Mittagspause im Lehrerzimmer, zwischen zwei Klassenarbeiten. Eigentlich wollte ich mich nur für den schönen Sommer bedanken, wir waren ja fast jede Woche bei euch. Aber: {p} Ich habe an der Kasse nachgefragt und wurde auf die Hotline verwiesen, die Hotline auf die Kasse. Mein Sohn fragt jeden Tag, wann wir wieder hingehen.\n\nBitte kümmert euch darum.\n\nViele Grüße\n{name}",
        "Guten Tag,\n\nich sitze gerade im Wartezimmer beim Kinderarzt und nutze die Zeit. Wir sind seit zwei Jahren Stammgäste in der Filiale am Bahnhof, meine Frau und ich haben dort sogar unseren Jahrestag gefeiert. Umso mehr ärgert mich Folgendes: {p} Niemand fühlt sich zuständig.\n\nIch bitte um eine schnelle Klärung.\n\nMit freundlichen Grüßen\n{name}",
    ),
    "fr": (
        "Bonjour,\n\nje vous écris depuis le train entre Lyon et Dijon, alors pardon pour les fautes. Nous venons chez vous presque chaque dimanche avec mes neveux, et d'habitude tout se passe très bien. Mais voilà : {p} J'ai appelé deux fois, on m'a promis un rappel qui n'est jamais venu.\n\nMerci de régler ça rapidement.\n\nCordialement,\n{name}",
        "Madame, Monsieur,\n\nje profite de la sieste de mon petit dernier pour vous écrire. Cliente depuis l'ouverture de votre salle de Nantes, j'y ai fêté les 40 ans de mon mari. Aujourd'hui pourtant : {p} Je ne comprends pas comment c'est possible.\n\nDans l'attente de votre retour,\n{name}",
    ),
}
CALL = {
    "de": "ja hallo {name} hier ich rufe an weil {p} das kann doch nicht sein ich will dass das geklärt wird",
    "fr": "oui bonjour {name} à l'appareil je vous appelle parce que {p} ça ne va pas du tout il faut régler ça",
    "en": "hi it's {name} calling because {p} it's really not on can someone sort it",
    "es": "hola soy {name} llamo porque {p} esto no puede ser quiero que lo solucionen",
    "it": "pronto sono {name} chiamo perché {p} non va bene voglio una soluzione",
    "pt": "olá é {name} ligo porque {p} isto não pode ser quero uma solução",
}
CALL_Q = {
    "de": "hallo ich wollte fragen ob man bei euch auch einen Geburtstag am Sonntagvormittag machen kann",
    "fr": "bonjour je voulais savoir si on peut faire un anniversaire le dimanche matin chez vous",
    "en": "hi just wondering can we do a birthday party on a sunday morning",
    "es": "hola quería saber si se puede hacer un cumple el domingo por la mañana",
    "it": "salve volevo sapere se si può fare una festa la domenica mattina",
    "pt": "olá queria saber se dá para fazer uma festa no domingo de manhã",
}
CASE_OPENED = {
    "de": "Hallo {first}, danke für Ihre Nachricht. Wir haben den Vorgang {case} angelegt und melden uns.",
    "fr": "Bonjour {first}, merci pour votre message. Nous avons ouvert le dossier {case} et revenons vers vous.",
    "en": "Hi {first}, thanks for getting in touch. We've opened case {case} and will be back to you.",
    "es": "Hola {first}, gracias por escribirnos. Hemos abierto la incidencia {case} y te decimos algo.",
    "it": "Ciao {first}, grazie del messaggio. Abbiamo aperto la pratica {case} e ti aggiorniamo.",
    "pt": "Olá {first}, obrigado pela mensagem. Abrimos o processo {case} e damos notícias.",
}
ESCALATED = {
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Teamleitung, die Sie vor Freitagmittag anruft.",
    "fr": "Bonjour {first}, votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will ring you before Friday lunchtime.",
    "es": "Hola {first}, tu incidencia {case} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "it": "Ciao {first}, la pratica {case} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "pt": "Olá {first}, o processo {case} está agora com a nossa responsável de qualidade, que liga antes de sexta ao almoço.",
}
GOOD_NEWS = {
    "de": "Gute Nachricht zu {case}: das ist korrigiert. Können Sie kurz bestätigen, dass alles passt?",
    "fr": "Bonne nouvelle pour le dossier {case} : c'est corrigé. Pouvez-vous nous confirmer que tout est bon ?",
    "en": "Good news on case {case}: it's been put right. Could you confirm all is well?",
    "es": "Buenas noticias sobre {case}: ya está corregido. ¿Nos confirmas que todo bien?",
    "it": "Buone notizie sulla pratica {case}: è sistemato. Ci confermi che è tutto a posto?",
    "pt": "Boas notícias sobre {case}: já está corrigido. Pode confirmar que está tudo bem?",
}
CONFIRM = {
    "de": ("Bestätige: {case} ist erledigt, danke!", "Passt jetzt, danke für {case}"),
    "fr": ("Je confirme, {case} est réglé, merci !", "C'est bon pour {case}, merci bien"),
    "en": ("Confirmed, {case} is sorted, thanks",),
    "es": ("Confirmo, {case} resuelto, ¡gracias!",),
    "it": ("Confermo, {case} risolto, grazie!",),
    "pt": ("Confirmo, {case} resolvido, obrigada!",),
}
APOLOGY = {
    "de": ("Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs Kümmern.",),
    "fr": ("Désolée pour mon message d'hier, j'étais à bout. Merci de votre réactivité.",),
    "en": ("Sorry for snapping yesterday, long day. Thanks for sorting it.",),
    "es": ("Perdón por el tono de ayer, día largo. Gracias por la ayuda.",),
    "it": ("Scusate il tono di ieri, giornataccia. Grazie dell'aiuto.",),
    "pt": ("Desculpem o tom de ontem, dia longo. Obrigada pela ajuda.",),
}
CSAT_WORD = {
    "de": ("schlecht", ""),
    "fr": ("nul", ""),
    "en": ("poor", ""),
    "es": ("mal", ""),
    "it": ("male", ""),
    "pt": ("mau", ""),
}
NPS_LOW = {
    "de": ("Enttäuscht", ""),
    "fr": ("Déçue", ""),
    "en": ("Let down", ""),
    "es": ("Decepcionada", ""),
    "it": ("Deluso", ""),
    "pt": ("Desiludida", ""),
}
SURVEY_HAPPY = {
    "de": ("Top!", "", "🙂"),
    "fr": ("Parfait", "", "👍"),
    "en": ("Great", ""),
    "es": ("Genial", ""),
    "it": ("Ottimo", ""),
    "pt": ("Ótimo", ""),
}
STILL_OPEN = {
    "de": (
        "Vorgang {case} ist immer noch offen. {p}",
        "Wieder ich wegen {case}, es hat sich nichts getan. {p}",
    ),
    "fr": (
        "Le dossier {case} n'est toujours pas réglé. {p}",
        "Encore moi pour {case}, rien n'a bougé. {p}",
    ),
    "en": ("Case {case} is still open. {p}",),
    "es": ("La incidencia {case} sigue abierta. {p}",),
    "it": ("La pratica {case} è ancora aperta. {p}",),
    "pt": ("O processo {case} continua aberto. {p}",),
}
THIRD = {
    "de": "Eine Freundin geht zu {comp}, da wird sowas am selben Tag erledigt.",
    "fr": "Une amie va chez {comp}, là-bas c'est réglé le jour même.",
    "en": "A mate goes to {comp} and they sort this the same day.",
    "es": "Una amiga va a {comp} y allí lo arreglan en el día.",
    "it": "Un'amica va da {comp} e lì lo risolvono in giornata.",
    "pt": "Uma amiga vai à {comp} e lá resolvem no mesmo dia.",
}
FOURTH = {
    "de": "Das ist jetzt das VIERTE Mal.",
    "fr": "C'est la QUATRIÈME fois.",
    "en": "This is the FOURTH time.",
    "es": "Es la CUARTA vez.",
    "it": "È la QUARTA volta.",
    "pt": "É a QUARTA vez.",
}
URGENT = {
    "de": "Zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert.",
    "fr": "Ajouté à votre dossier {case}, marqué urgent.",
    "en": "Added to your case {case} and marked urgent.",
    "es": "Añadido a tu incidencia {case}, marcada como urgente.",
    "it": "Aggiunto alla pratica {case}, segnata come urgente.",
    "pt": "Adicionado ao processo {case}, marcado como urgente.",
}
SLIDE = {
    "de": (
        "Heute 40 Minuten Schlange an der Kasse, obwohl online gebucht",
        "Die Hälfte der Bälle auf der Glow-Bahn leuchtet nicht mehr",
        "Loch 9 ist seit Wochen kaputt, keiner repariert es",
        "Club-Beitrag erhöht ohne jede Info, nicht okay",
        "Jetzt auch noch 8 € Pfand für Schläger, frech",
        "Reicht mir, wir gehen ab jetzt zu {comp}, dort ist alles gepflegt",
    ),
    "fr": (
        "40 minutes d'attente à la caisse alors qu'on avait réservé",
        "La moitié des balles fluo ne brillent plus",
        "Le trou 9 est cassé depuis des semaines, personne ne répare",
        "Cotisation Club augmentée sans prévenir, pas sympa",
        "Et maintenant 8 € de caution pour les clubs, sérieux",
        "Ras le bol, on va chez {comp} maintenant, au moins c'est entretenu",
    ),
    "en": (
        "40 minute queue at the till despite booking online",
        "Half the glow balls don't glow any more",
        "Hole 9 broken for weeks, nobody fixes it",
        "Club fee up with no notice, not on",
        "Now a £7 deposit for putters, cheeky",
        "Done. We're going to {comp} from now on, at least it's looked after",
    ),
    "es": (
        "40 minutos de cola en caja aunque reservamos online",
        "La mitad de las bolas fluorescentes ya no brillan",
        "El hoyo 9 lleva semanas roto y nadie lo arregla",
        "Suben la cuota del Club sin avisar, fatal",
        "Ahora 8 € de fianza por los palos, qué cara",
        "Se acabó, ahora vamos a {comp}, por lo menos lo cuidan",
    ),
    "it": (
        "40 minuti di coda alla cassa pur avendo prenotato",
        "Metà delle palline fluo non si illuminano più",
        "La buca 9 è rotta da settimane, nessuno la ripara",
        "Quota Club aumentata senza avviso, non va",
        "Adesso anche 8 € di cauzione per le mazze, assurdo",
        "Basta, d'ora in poi andiamo da {comp}, almeno è curato",
    ),
    "pt": (
        "40 minutos de fila na caixa apesar da reserva online",
        "Metade das bolas fluorescentes já não brilha",
        "O buraco 9 está partido há semanas e ninguém arranja",
        "Subiram a quota do Club sem avisar, mal",
        "Agora 8 € de caução pelos tacos, que lata",
        "Chega, agora vamos à {comp}, pelo menos está tudo cuidado",
    ),
}
CANCEL = {
    "de": (
        "Wir ziehen aufs Land, keine Filiale in der Nähe. Bitte Puttora Club kündigen und Konto schließen.",
    ),
    "fr": (
        "On déménage, plus de salle près de chez nous. Merci de résilier mon Puttora Club et de fermer le compte.",
    ),
    "en": (
        "We're moving away, no venue near us. Please cancel my Puttora Club and close the account.",
    ),
    "es": (
        "Nos mudamos y no hay local cerca. Por favor, dad de baja mi Puttora Club y cerrad la cuenta.",
    ),
    "it": (
        "Ci trasferiamo, nessuna sede vicina. Vi prego di disdire il Puttora Club e chiudere l'account.",
    ),
    "pt": (
        "Vamos mudar de cidade, não há sala perto. Cancelem o meu Puttora Club e fechem a conta, por favor.",
    ),
}
SORRY_GO = {
    "de": "Schade, dass Sie gehen, {first}. Sie können in der App oder auf der Website selbst kündigen.",
    "fr": "Dommage de vous voir partir, {first}. Vous pouvez résilier vous-même dans l'appli ou sur le site.",
    "en": "Sorry to see you go, {first}. You can cancel yourself in the app or on the website.",
    "es": "Qué pena que te vayas, {first}. Puedes darte de baja en la app o en la web.",
    "it": "Ci dispiace vederti andare, {first}. Puoi disdire da solo nell'app o sul sito.",
    "pt": "Pena que vá embora, {first}. Pode cancelar na app ou no site.",
}
GRUMBLE = {
    "de": (
        "Die App loggt mich jedes Mal aus",
        "Samstags immer überfüllt",
        "Parkplatz wieder voll",
        "Bälle klebrig, wie immer",
    ),
    "fr": (
        "L'appli me déconnecte à chaque fois",
        "Toujours bondé le samedi",
        "Parking plein, encore",
        "Balles collantes, comme d'hab",
    ),
    "en": ("App logs me out every time", "Always rammed on Saturdays"),
    "es": ("La app me desconecta cada vez", "Los sábados siempre a tope"),
    "it": ("L'app mi disconnette ogni volta", "Il sabato sempre pieno"),
    "pt": ("A app desliga-me sempre", "Ao sábado está sempre cheio"),
}
SARCASM = {
    "de": ("Toll, der Looping ist mal wieder gesperrt, genau das wollten die Kinder 👏",),
    "fr": ("Génial, le trou du volcan encore fermé, exactement ce que voulaient les enfants 👏",),
    "en": ("Lovely, the pirate ship closed again, just what the kids wanted 👏",),
    "es": ("Genial, el castillo cerrado otra vez, justo lo que querían los niños 👏",),
    "it": ("Fantastico, il vulcano di nuovo chiuso, proprio quello che volevano i bimbi 👏",),
    "pt": ("Ótimo, o farol fechado outra vez, mesmo o que os miúdos queriam 👏",),
}
MILD = {
    "de": ("Die Filialsuche zeigt die falsche Stadt an",),
    "fr": ("La recherche de salle affiche la mauvaise ville",),
    "en": ("Venue finder shows the wrong city",),
    "es": ("El buscador de locales muestra la ciudad equivocada",),
    "it": ("La ricerca sedi mostra la città sbagliata",),
    "pt": ("A pesquisa de salas mostra a cidade errada",),
}
# Business arm: Puttora Events (team events on account).
B2B_PROBLEMS = ("invoice", "overbilled", "portal", "service_blocked")
B2B = {
    "de": {
        "invoice": "Die Rechnung für unser Teamevent hat keine Bestellnummer, unsere Buchhaltung lehnt sie ab.",
        "overbilled": "Uns wurde der Einzelpreis pro Person berechnet statt des vereinbarten Firmentarifs.",
        "portal": "Im Firmenportal sind unsere Buchungen nicht sichtbar, wir können nichts umbuchen.",
        "service_blocked": "Die Filiale hat unser Event abgewiesen, Konto gesperrt, obwohl alles bezahlt ist.",
    },
    "fr": {
        "invoice": "La facture de notre soirée d'équipe n'a pas de numéro de commande, la compta la rejette.",
        "overbilled": "On nous a facturé le tarif individuel au lieu du tarif entreprise convenu.",
        "portal": "Le portail entreprise n'affiche plus nos réservations, impossible de modifier quoi que ce soit.",
        "service_blocked": "La salle a refusé notre événement, compte bloqué, alors que tout est payé.",
    },
    "en": {
        "invoice": "The invoice for our team event has no PO number, accounts won't pay it.",
        "overbilled": "We were billed the walk-in price per head instead of our agreed company rate.",
        "portal": "The company portal shows none of our bookings, we can't change anything.",
        "service_blocked": "The venue turned our event away, account on stop, though everything is paid.",
    },
    "es": {
        "invoice": "La factura del evento de empresa no lleva número de pedido y contabilidad la rechaza.",
        "overbilled": "Nos cobraron el precio individual en vez de la tarifa de empresa pactada.",
        "portal": "El portal de empresa no muestra nuestras reservas, no podemos cambiar nada.",
        "service_blocked": "El local rechazó nuestro evento, cuenta bloqueada, y está todo pagado.",
    },
    "it": {
        "invoice": "La fattura dell'evento aziendale non ha il numero d'ordine, l'amministrazione la respinge.",
        "overbilled": "Ci hanno fatturato il prezzo singolo invece della tariffa aziendale concordata.",
        "portal": "Il portale aziendale non mostra le nostre prenotazioni, non possiamo modificare nulla.",
        "service_blocked": "La sede ha respinto il nostro evento, conto bloccato, anche se è tutto pagato.",
    },
    "pt": {
        "invoice": "A fatura do evento de equipa não tem número de encomenda, a contabilidade rejeita-a.",
        "overbilled": "Cobraram-nos o preço individual em vez da tarifa de empresa acordada.",
        "portal": "O portal de empresa não mostra as nossas reservas, não conseguimos alterar nada.",
        "service_blocked": "A sala recusou o nosso evento, conta bloqueada, e está tudo pago.",
    },
}
B2B_SAME = {
    "de": "Wie {first} schon am {day} geschrieben hat ({case}): {p}",
    "fr": "Comme {first} l'a déjà écrit {day} ({case}) : {p}",
    "en": "As {first} already wrote on {day} ({case}): {p}",
    "es": "Como ya escribió {first} el {day} ({case}): {p}",
    "it": "Come ha già scritto {first} {day} ({case}): {p}",
    "pt": "Como o/a {first} já escreveu na {day} ({case}): {p}",
}
WEEKDAY = {
    "de": "Mittwoch",
    "fr": "mercredi",
    "en": "Wednesday",
    "es": "miércoles",
    "it": "mercoledì",
    "pt": "quarta",
}
B2B_LAST = {
    "de": "ja hier nochmal wegen {case} es ist immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "fr": "oui bonjour je rappelle pour le dossier {case} rien n'est réglé plusieurs collègues vous ont écrit mon patron dit qu'on change de prestataire si ce n'est pas fait cette semaine",
    "en": "hi calling again about {case} nothing is fixed several colleagues wrote in my boss says we move the account if it isn't sorted this week",
    "es": "hola llamo otra vez por {case} no se ha arreglado nada varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "it": "salve richiamo per {case} non è stato risolto niente diversi colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "olá ligo outra vez por {case} nada foi resolvido vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não se resolver esta semana",
}
B2B_MILD = {
    "de": ("Wäre schön, wenn man die Kosten pro Abteilung exportieren könnte.",),
    "fr": ("Ce serait pratique de pouvoir exporter les coûts par service.",),
    "en": ("Would be handy to export costs by department.",),
    "es": ("Estaría bien poder exportar los costes por departamento.",),
    "it": ("Sarebbe utile poter esportare i costi per reparto.",),
    "pt": ("Dava jeito exportar os custos por departamento.",),
}
ACK = {
    "de": "Danke für den Hinweis, wir geben ihn ans Produktteam weiter.",
    "fr": "Merci pour la suggestion, nous la transmettons à l'équipe produit.",
    "en": "Thanks for the suggestion, we've passed it to the product team.",
    "es": "Gracias por la sugerencia, la pasamos al equipo de producto.",
    "it": "Grazie del suggerimento, lo giriamo al team prodotto.",
    "pt": "Obrigado pela sugestão, passamos à equipa de produto.",
}
# The planted spike: the booking payment page fails, error code below.
CODE = "pt.318.c"
SPIKE = {
    "de": (
        "Kann keine Bahn buchen, Zahlung bricht ab mit Fehler pt.318.c",
        "Buchung für heute geht nicht, immer pt.318.c beim Bezahlen",
        "Zahlung in der App schlägt fehl: pt.318.c. Was ist los?",
    ),
    "fr": (
        "Impossible de réserver, le paiement plante avec l'erreur pt.318.c",
        "Réservation pour ce matin bloquée, toujours pt.318.c au paiement",
        "Le paiement dans l'appli échoue : pt.318.c. Il se passe quoi ?",
    ),
    "en": ("Can't book a course, payment fails with error pt.318.c",),
    "es": ("No puedo reservar, el pago falla con error pt.318.c",),
    "it": ("Non riesco a prenotare, il pagamento fallisce con errore pt.318.c",),
    "pt": ("Não consigo reservar, o pagamento falha com erro pt.318.c",),
}
SPIKE_AGAIN = {
    "de": "Immer noch pt.318.c, auch am Handy meiner Frau",
    "fr": "Toujours pt.318.c, même avec la carte de mon mari",
    "en": "Still pt.318.c, tried another card too",
    "es": "Sigue pt.318.c, también con otra tarjeta",
    "it": "Ancora pt.318.c, anche con un'altra carta",
    "pt": "Continua pt.318.c, também com outro cartão",
}
SPIKE_CHAT = {
    "de": "Ja, Zahlungen bei Buchungen schlagen gerade überall fehl, unsere Technik ist dran.",
    "fr": "Oui, les paiements de réservation échouent partout en ce moment, nos équipes sont dessus.",
    "en": "Yes, booking payments are failing everywhere right now, our engineers are on it.",
    "es": "Sí, los pagos de reservas fallan ahora mismo en todas partes, el equipo técnico está en ello.",
    "it": "Sì, i pagamenti delle prenotazioni non vanno ovunque in questo momento, i tecnici ci lavorano.",
    "pt": "Sim, os pagamentos de reservas estão a falhar em todo o lado, a equipa técnica está a tratar.",
}
SPIKE_FIXED = {
    "de": "Buchen und Bezahlen geht wieder seit 12:20 Uhr. Ihre nächste Runde geht auf uns.",
    "fr": "La réservation et le paiement refonctionnent depuis 12h20. Votre prochaine partie est offerte.",
    "en": "Booking and payment work again since 11:20. Your next round is on us.",
    "es": "Reservar y pagar vuelve a funcionar desde las 12:20. Tu próxima partida corre de nuestra cuenta.",
    "it": "Prenotazione e pagamento funzionano di nuovo dalle 12:20. La prossima partita la offriamo noi.",
    "pt": "Reservar e pagar voltou a funcionar desde as 11:20. A próxima partida é por nossa conta.",
}
LONE_Q = {
    "de": (
        "Gestern Abend hat die Zahlung etwas länger geladen, hat aber geklappt. Ist die Buchung für morgen sicher drin?",
    ),
    "fr": (
        "Hier soir le paiement a mis du temps mais c'est passé. Ma réservation de demain est bien enregistrée ?",
    ),
}
LONE_A = {
    "de": "Ja, Ihre Buchung ist bestätigt, bis morgen!",
    "fr": "Oui, votre réservation est bien confirmée, à demain !",
}
