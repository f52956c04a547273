# ruff: noqa: E501
"""Wording of heldout151 (Levarina: sourdough bread boxes, and Levarina Gastro for firms)."""

from __future__ import annotations

T = dict[str, list[str]]

PRAISE: T = {
    "de": [
        "Das Roggenbrot von Levarina diese Woche war wieder der Hammer, Kruste knackt wie beim Bäcker im Dorf",
        "Zum dritten Mal hintereinander perfekt geliefert, der Dinkellaib hält bei uns fast eine Woche. danke Levarina!",
        "Sonntagsfrühstück mit dem Walnussbrot, die Kinder streiten sich ums Knust. Super Box",
    ],
    "pt": [
        "O pão de centeio da Levarina desta semana estava maravilhoso, a côdea estala mesmo",
        "Terceira semana seguida a caixa chega a horas e o pão de espelta dura quase a semana toda. Obrigada Levarina!",
        "Pequeno almoço de domingo com o pão de nozes, os miudos até lutam pela ponta 😄",
    ],
    "en": [
        "Levarina's rye this week was superb again, proper crackly crust",
        "Third box in a row that arrived warm-ish and perfect. The spelt loaf lasts us all week",
    ],
    "fr": [
        "Le pain de seigle Levarina de cette semaine, une merveille, la croûte craque comme il faut"
    ],
    "it": [
        "Il pane di segale di Levarina questa settimana era spettacolare, crosta croccante come dal fornaio"
    ],
    "es": ["El pan de centeno de Levarina esta semana, una maravilla, la corteza cruje de verdad"],
}

GRIPE_PRAISE: T = {
    "de": [
        "Brot top wie immer, nur die Papiertüte reißt jedes Mal unten auf. Sonst gerne weiter so"
    ],
    "pt": [
        "Pão excelente como sempre, só o saco de papel é que rasga sempre no fundo. De resto tudo ótimo"
    ],
    "en": [
        "Bread lovely as ever, only the paper bag always splits at the bottom. Otherwise spot on"
    ],
    "fr": ["Pain parfait, seul le sac en papier se déchire toujours en bas. Sinon rien à dire"],
    "it": ["Pane ottimo come sempre, solo il sacchetto si rompe sempre sul fondo"],
    "es": ["Pan buenísimo como siempre, solo la bolsa de papel se rompe siempre por abajo"],
}

QUESTION: T = {
    "de": [
        "Kann ich die Box nächste Woche auch an meine Arbeit liefern lassen statt nach Hause?",
        "hallo, gibts das Kürbiskernbrot auch ohne Sesam? frage wegen meiner Tochter",
        "Wie lange kann man das Brot einfrieren ohne dass es leidet?",
    ],
    "pt": [
        "Posso mudar a entrega da próxima semana para o meu local de trabalho?",
        "boa tarde, o pão de sementes de abóbora tem sésamo? pergunto por causa da minha filha",
        "Quanto tempo posso congelar o pão sem estragar?",
    ],
    "en": [
        "Can I send next week's box to my office instead of home?",
        "how long can the sourdough go in the freezer?",
    ],
    "fr": ["Est-ce que je peux faire livrer la box de la semaine prochaine à mon bureau ?"],
    "it": ["Posso far consegnare la box della prossima settimana in ufficio?"],
    "es": ["¿Puedo cambiar la entrega de la semana que viene a mi oficina?"],
}

ANSWER: T = {
    "de": [
        "Gerne! Das können Sie bis Mittwoch 18 Uhr in der App unter Lieferung ändern, ich habe es Ihnen schon eingetragen. Viele Grüße, {agent}"
    ],
    "pt": [
        "Claro! Pode alterar até quarta às 18h na app, em Entrega; já deixei registado. Cumprimentos, {agent}"
    ],
    "en": [
        "Of course! You can change it until Wednesday 6pm in the app under Delivery, I've already set it for you. Best, {agent}"
    ],
    "fr": [
        "Bien sûr ! C'est modifiable jusqu'à mercredi 18 h dans l'appli, je l'ai déjà fait pour vous. {agent}"
    ],
    "it": [
        "Certo! Si può cambiare fino a mercoledì alle 18 nell'app, l'ho già impostato io. {agent}"
    ],
    "es": [
        "¡Claro! Se puede cambiar hasta el miércoles a las 18 h en la app, ya lo he dejado hecho. {agent}"
    ],
}

THANKS: T = {
    "de": ["Super, danke!", "perfekt dankeschön"],
    "pt": ["Ótimo, obrigado!", "perfeito obrigada"],
    "en": ["Brilliant, thanks!"],
    "fr": ["Parfait, merci !"],
    "it": ["Perfetto, grazie!"],
    "es": ["¡Genial, gracias!"],
}

PHONE_Q: T = {
    "de": [
        "ja hallo ich wollte fragen ob ich die box in den ferien zwei wochen pausieren kann und ob das was kostet"
    ],
    "pt": [
        "olá boa tarde queria saber se posso pausar a caixa duas semanas nas férias e se isso tem custo"
    ],
    "en": [
        "hi yes I just wanted to ask if I can pause the box for two weeks over the holidays and whether that costs anything"
    ],
    "fr": [
        "oui bonjour je voulais savoir si je peux suspendre la box deux semaines pendant les vacances"
    ],
    "it": ["sì buongiorno volevo sapere se posso sospendere la box per due settimane in vacanza"],
    "es": [
        "hola buenas quería saber si puedo pausar la caja dos semanas en vacaciones y si cuesta algo"
    ],
}

REVIEW: T = {
    "de": ["Bestes Sauerteigbrot, das ich je im Abo hatte. Klare Empfehlung"],
    "pt": ["O melhor pão de fermentação natural que já tive por assinatura. Recomendo"],
    "en": ["Best sourdough subscription I've tried. Recommend"],
    "fr": ["Le meilleur pain au levain en abonnement. Je recommande"],
    "it": ["Il miglior pane a lievitazione naturale in abbonamento. Consigliato"],
    "es": ["El mejor pan de masa madre por suscripción. Recomendado"],
}

NIGHT_POST: T = {
    "de": [
        "Nachtschicht vorbei, 3 Uhr, und das letzte Stück Levarina-Roggen mit Butter. Bestes Ende des Tages"
    ],
    "pt": [
        "Turno da noite acabado, 3 da manhã, e a última fatia do centeio da Levarina com manteiga. Que bom"
    ],
    "en": ["Night shift done, 3am, last slice of the Levarina rye with butter. Perfect"],
    "fr": ["Fin de garde à 3 h du matin, dernière tranche de seigle Levarina. Parfait"],
    "it": ["Fine turno di notte alle 3, ultima fetta di segale Levarina col burro. Perfetto"],
    "es": [
        "Fin del turno de noche a las 3, la última rebanada de centeno Levarina con mantequilla. Perfecto"
    ],
}

NIGHT_Q: T = {
    "de": [
        "kann nicht schlafen: kann ich die Box für morgen noch auf Abholung in der Filiale umstellen?"
    ],
    "pt": ["sem sono: ainda posso mudar a caixa de amanhã para levantar na loja?"],
    "en": ["can't sleep: can I still switch tomorrow's box to shop pick-up?"],
    "fr": ["insomnie : je peux encore passer la box de demain en retrait en boutique ?"],
    "it": ["non dormo: posso ancora cambiare la box di domani in ritiro in negozio?"],
    "es": ["no puedo dormir: ¿aún puedo cambiar la caja de mañana a recogida en tienda?"],
}

NIGHT_A: T = {
    "de": ["Ja, bis 6 Uhr geht das noch, ist umgestellt. Gute Nacht! {agent}"],
    "pt": ["Sim, até às 6h ainda dá, já está alterado. Boa noite! {agent}"],
    "en": ["Yes, until 6am that works, done. Good night! {agent}"],
    "fr": ["Oui, jusqu'à 6 h c'est possible, c'est fait. Bonne nuit ! {agent}"],
    "it": ["Sì, fino alle 6 si può, fatto. Buonanotte! {agent}"],
    "es": ["Sí, hasta las 6 se puede, hecho. ¡Buenas noches! {agent}"],
}

SURVEY_WORD: T = {
    "de": ["top", "lecker", ""],
    "pt": ["excelente", "muito bom", ""],
    "en": ["great", ""],
    "fr": ["super", ""],
    "it": ["ottimo", ""],
    "es": ["genial", ""],
}

PROBLEMS = ["no_show", "mould", "skipped_charged", "wrong_bread", "crushed", "late"]

COMPLAINT: dict[str, T] = {
    "no_show": {
        "de": [
            "Meine Box steht in der App als zugestellt, hier ist aber NICHTS angekommen. Weder vor der Tür noch beim Nachbarn.",
            "box als geliefert markiert aber nie gekommen, wir hatten heute morgen kein brot",
        ],
        "pt": [
            "A minha caixa aparece como entregue na app mas não chegou NADA. Nem à porta nem no vizinho.",
            "caixa marcada como entregue mas nunca chegou, ficamos sem pão de manhã",
        ],
        "en": [
            "My box says delivered in the app but NOTHING arrived. Not at the door, not with the neighbours."
        ],
        "fr": ["Ma box est indiquée livrée dans l'appli mais RIEN n'est arrivé."],
        "it": ["La mia box risulta consegnata nell'app ma non è arrivato NIENTE."],
        "es": ["Mi caja sale como entregada en la app pero no ha llegado NADA."],
    },
    "mould": {
        "de": [
            "Das Dinkelbrot war heute schon beim Auspacken verschimmelt. Grüner Fleck innen. Für 7,90 € echt nicht ok",
            "schimmel im brot. frisch geliefert. ernsthaft?",
        ],
        "pt": [
            "O pão de espelta já vinha com bolor quando abri a caixa hoje. Mancha verde por dentro. Por 7,90 € não está certo",
            "bolor no pão acabado de entregar. a sério?",
        ],
        "en": [
            "The spelt loaf was already mouldy when I unpacked it today. Green patch inside. Not ok for £6.90"
        ],
        "fr": ["Le pain d'épeautre était déjà moisi au déballage aujourd'hui. Inacceptable"],
        "it": ["Il pane di farro era già ammuffito appena aperto oggi. Inaccettabile"],
        "es": ["El pan de espelta ya venía con moho al abrir la caja hoy. Inaceptable"],
    },
    "skipped_charged": {
        "de": [
            "Ich habe diese Woche rechtzeitig ausgesetzt und trotzdem 24,50 € abgebucht bekommen. Bitte zurück.",
            "woche pausiert, trotzdem abgebucht, so nicht",
        ],
        "pt": [
            "Pausei esta semana a tempo e mesmo assim cobraram 24,50 €. Quero o reembolso.",
            "semana em pausa e cobraram na mesma, assim não",
        ],
        "en": ["I skipped this week in time and was still charged £21. I want it back."],
        "fr": ["J'ai suspendu cette semaine à temps et j'ai quand même été prélevée de 24,50 €."],
        "it": ["Ho saltato questa settimana in tempo e mi avete addebitato comunque 24,50 €."],
        "es": ["Pausé esta semana a tiempo y aun así me cobraron 24,50 €."],
    },
    "wrong_bread": {
        "de": [
            "In meiner Box war ein Sesambrot, obwohl ich seit Monaten ohne Sesam bestelle. Meine Tochter ist allergisch!!"
        ],
        "pt": [
            "Veio um pão com sésamo na minha caixa, e eu encomendo sem sésamo há meses. A minha filha é alérgica!!"
        ],
        "en": [
            "There was a sesame loaf in my box although I've ordered sesame-free for months. My daughter is allergic!!"
        ],
        "fr": [
            "Un pain au sésame dans ma box alors que je commande sans sésame depuis des mois. Ma fille est allergique !!"
        ],
        "it": [
            "Nella box c'era un pane al sesamo, ordino senza sesamo da mesi. Mia figlia è allergica!!"
        ],
        "es": [
            "En mi caja venía un pan con sésamo y pido sin sésamo desde hace meses. ¡¡Mi hija es alérgica!!"
        ],
    },
    "crushed": {
        "de": [
            "Die Box kam komplett zerdrückt, das Brot platt wie eine Flunder, Glas Honig kaputt und alles klebt"
        ],
        "pt": [
            "A caixa chegou toda esmagada, o pão espalmado e o frasco de mel partido, tudo peganhento"
        ],
        "en": [
            "Box arrived completely crushed, loaf flat as a pancake, honey jar broken, everything sticky"
        ],
        "fr": ["Box arrivée écrasée, pain aplati, pot de miel cassé, tout colle"],
        "it": ["Box arrivata schiacciata, pane appiattito, vasetto di miele rotto"],
        "es": ["La caja llegó aplastada, el pan plano y el tarro de miel roto, todo pegajoso"],
    },
    "late": {
        "de": [
            "Lieferfenster 6-8 Uhr, Box kam um 14 Uhr. Frühstücksbrot zum Mittag, danke für nichts"
        ],
        "pt": [
            "Janela de entrega 6-8h e a caixa chegou às 14h. Pão do pequeno almoço ao almoço, obrigadinho"
        ],
        "en": [
            "Delivery window 6-8am, box turned up at 2pm. Breakfast bread for lunch, thanks for nothing"
        ],
        "fr": ["Créneau 6-8 h, box arrivée à 14 h. Merci pour rien"],
        "it": ["Fascia 6-8, box arrivata alle 14. Grazie di niente"],
        "es": ["Franja de 6 a 8 y la caja llegó a las 14 h. Gracias por nada"],
    },
}

LONG_MAIL: T = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich bin seit fast zwei Jahren Kundin bei Levarina und habe Sie oft weiterempfohlen. Umso mehr ärgert mich, was heute passiert ist: {complaint}\n\nIch erwarte eine Erstattung und eine Erklärung, wie das passieren konnte.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "pt": [
        "Exmos. Senhores,\n\nsou cliente da Levarina há quase dois anos e já vos recomendei a muita gente. Por isso mesmo fico muito chateada com o que aconteceu hoje: {complaint}\n\nEspero o reembolso e uma explicação.\n\nCom os melhores cumprimentos,\n{name}"
    ],
}

CASE_OPENED: T = {
    "de": [
        "Das tut uns sehr leid. Wir haben den Fall {case} angelegt und melden uns spätestens morgen. {agent}, Levarina Kundenservice"
    ],
    "pt": [
        "Lamentamos muito. Abrimos o pedido {case} e damos notícias até amanhã. {agent}, Apoio ao Cliente Levarina"
    ],
    "en": [
        "We're really sorry. We've opened case {case} and will come back to you by tomorrow. {agent}, Levarina Customer Care"
    ],
    "fr": [
        "Nous sommes désolés. Dossier {case} ouvert, retour au plus tard demain. {agent}, Service client Levarina"
    ],
    "it": [
        "Ci dispiace molto. Abbiamo aperto la pratica {case}, risposta entro domani. {agent}, Servizio clienti Levarina"
    ],
    "es": [
        "Lo sentimos mucho. Hemos abierto el caso {case} y le respondemos mañana como tarde. {agent}, Atención al cliente Levarina"
    ],
}

PASSED_ON: T = {
    "de": [
        "Ihr Fall {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}"
    ],
    "pt": [
        "O seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço. {agent}"
    ],
    "en": [
        "Your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "fr": [
        "Votre dossier {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "it": [
        "La pratica {case} è ora dalla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}"
    ],
    "es": [
        "Su caso {case} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía. {agent}"
    ],
}

STILL_OPEN: T = {
    "de": [
        "Fall {case}: immer noch nichts passiert. Ich schreibe jetzt zum zweiten Mal. {complaint}",
        "wegen {case} - weiterhin offen, keiner meldet sich. {complaint}",
    ],
    "pt": [
        "Pedido {case}: continua tudo igual. É a segunda vez que escrevo. {complaint}",
        "sobre o {case} - continua em aberto e ninguém diz nada. {complaint}",
    ],
    "en": ["Case {case}: still nothing. This is the second time I'm writing. {complaint}"],
    "fr": ["Dossier {case} : toujours rien. Je relance. {complaint}"],
    "it": ["Pratica {case}: ancora niente. Scrivo di nuovo. {complaint}"],
    "es": ["Caso {case}: sigue sin resolverse. Vuelvo a escribir. {complaint}"],
}

THIRD: T = {
    "de": [
        "Dritter Anlauf wegen {case}, immer noch offen. Meine Nachbarin bekommt ihr Brot von {comp}, da klappt sowas am selben Tag."
    ],
    "pt": [
        "Terceira vez por causa do {case}, continua aberto. A minha vizinha compra na {comp} e lá resolvem no mesmo dia."
    ],
    "en": [
        "Third time about {case}, still open. My neighbour gets her bread from {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième relance pour {case}, toujours ouvert. Ma voisine est chez {comp}, eux règlent ça le jour même."
    ],
    "it": [
        "Terza volta per {case}, ancora aperta. La mia vicina prende il pane da {comp} e lì risolvono in giornata."
    ],
    "es": [
        "Tercera vez por el {case}, sigue abierto. Mi vecina compra en {comp} y allí lo resuelven el mismo día."
    ],
}

FOURTH: T = {
    "de": ["ZUM VIERTEN MAL: {case} ist NICHT erledigt."],
    "pt": ["PELA QUARTA VEZ: o {case} NÃO está resolvido."],
    "en": ["FOURTH time: {case} is NOT sorted."],
    "fr": ["QUATRIÈME fois : {case} n'est PAS réglé."],
    "it": ["QUARTA volta: {case} NON è risolta."],
    "es": ["CUARTA vez: el {case} NO está resuelto."],
}

URGENT: T = {
    "de": ["Ich habe das zu {case} ergänzt und als dringend markiert. {agent}"],
    "pt": ["Acrescentei ao {case} e marquei como urgente. {agent}"],
    "en": ["I've added this to {case} and marked it urgent. {agent}"],
    "fr": ["Ajouté au dossier {case}, marqué urgent. {agent}"],
    "it": ["Aggiunto alla pratica {case}, segnata urgente. {agent}"],
    "es": ["Lo he añadido al {case} y marcado como urgente. {agent}"],
}

GOOD_NEWS: T = {
    "de": [
        "Gute Nachrichten zu {case}: Wir haben das erstattet bzw. eine neue Box geschickt. Können Sie kurz bestätigen, dass alles passt? {agent}"
    ],
    "pt": [
        "Boas notícias sobre o {case}: reembolsámos / enviámos nova caixa. Pode confirmar que está tudo bem? {agent}"
    ],
    "en": [
        "Good news on {case}: we've refunded it / sent a new box. Could you confirm all is well? {agent}"
    ],
    "fr": [
        "Bonne nouvelle pour {case} : remboursé / nouvelle box envoyée. Pouvez-vous confirmer ? {agent}"
    ],
    "it": [
        "Buone notizie sulla pratica {case}: rimborsato / nuova box inviata. Può confermare? {agent}"
    ],
    "es": [
        "Buenas noticias sobre el {case}: reembolsado / caja nueva enviada. ¿Nos confirma que todo bien? {agent}"
    ],
}

CONFIRM: T = {
    "de": [
        "Bestätigt, {case} ist erledigt, Geld ist da. Danke!",
        "jap {case} passt jetzt, danke euch",
    ],
    "pt": [
        "Confirmo, o {case} está resolvido, o dinheiro já entrou. Obrigada!",
        "sim o {case} ficou resolvido, obrigado",
    ],
    "en": ["Confirmed, {case} is sorted, money's back. Thanks!"],
    "fr": ["Confirmé, {case} est réglé. Merci !"],
    "it": ["Confermo, {case} risolta. Grazie!"],
    "es": ["Confirmado, el {case} está resuelto. ¡Gracias!"],
}

APOLOGY: T = {
    "de": ["Sorry für meinen Ton gestern, war ein blöder Morgen. Ihr seid sonst echt super."],
    "pt": ["Desculpem o tom de ontem, foi uma manhã má. Normalmente são impecáveis."],
    "en": ["Sorry for my tone yesterday, bad morning. You're normally great."],
    "fr": ["Désolée pour mon ton hier, mauvaise matinée. D'habitude vous êtes top."],
    "it": ["Scusate il tono di ieri, mattinata storta. Di solito siete ottimi."],
    "es": ["Perdón por el tono de ayer, mala mañana. Normalmente sois geniales."],
}

LOW_CSAT_WORD: T = {
    "de": ["schlecht", ""],
    "pt": ["mau", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "es": ["malo", ""],
}

SLIDE: T = {
    "de": [
        "Box diese Woche erst um 11 statt um 7, kein Bescheid. Schade",
        "Das Roggenbrot war diesmal ziemlich blass und innen klitschig",
        "Jetzt soll ich die Pfandkiste selbst zur Filiale bringen? Das war nie so ausgemacht",
        "Preis der Box von 22 auf 27 € rauf, ohne Mail vorher. Ernsthaft?",
        "Jetzt reichts: 4 € Gebühr für eine Pfandkiste, die ich pünktlich zurückgegeben habe, Foto in eurer eigenen App",
        "Mein Schwager holt sein Brot bei {comp}, ich hab für Samstag dort auch mal bestellt",
    ],
    "pt": [
        "A caixa esta semana chegou às 11 em vez das 7, sem aviso. Pena",
        "O centeio desta vez veio pálido e meio cru por dentro",
        "Agora tenho de ser eu a levar a caixa retornável à loja? Não foi isso que combinámos",
        "Subiram a caixa de 22 para 27 € sem avisar por email. A sério?",
        "Chega: 4 € de taxa por uma caixa retornável que devolvi a tempo, com foto na vossa própria app",
        "O meu cunhado compra o pão na {comp}, encomendei lá para sábado",
    ],
    "en": [
        "Box came at 11 instead of 7 this week, no heads-up. Shame",
        "Rye was pale and a bit gummy inside this time",
        "Now I'm supposed to take the crate back to the shop myself? That was never the deal",
        "Box price up from £19 to £23 without an email first. Really?",
        "That's it: £3.50 fee for a crate I returned on time, with a photo in your own app",
        "My brother-in-law gets his bread from {comp}, I've ordered there for Saturday",
    ],
    "fr": [
        "Box arrivée à 11 h au lieu de 7 h, sans prévenir. Dommage",
        "Le seigle était pâle et pâteux cette fois",
        "Je dois rapporter la caisse moi-même en boutique ? Ce n'était pas prévu",
        "Box passée de 22 à 27 € sans mail avant. Sérieux ?",
        "Ça suffit : 4 € de frais pour une caisse rendue à temps, photo dans votre propre appli",
        "Mon beau-frère prend son pain chez {comp}, j'ai commandé là-bas pour samedi",
    ],
    "it": [
        "Box arrivata alle 11 invece delle 7, nessun avviso. Peccato",
        "La segale stavolta era pallida e gommosa dentro",
        "Ora devo riportare io la cassetta in negozio? Non era questo l'accordo",
        "Box da 22 a 27 € senza una mail prima. Davvero?",
        "Basta: 4 € di penale per una cassetta resa in tempo, con foto nella vostra app",
        "Mio cognato prende il pane da {comp}, ho ordinato lì per sabato",
    ],
    "es": [
        "La caja llegó a las 11 en vez de a las 7, sin aviso. Qué pena",
        "El centeno esta vez vino pálido y gomoso por dentro",
        "¿Ahora tengo que llevar yo la caja retornable a la tienda? Eso no era lo acordado",
        "La caja ha pasado de 22 a 27 € sin avisar. ¿En serio?",
        "Se acabó: 4 € de cargo por una caja devuelta a tiempo, con foto en vuestra propia app",
        "Mi cuñado compra el pan en {comp}, he pedido allí para el sábado",
    ],
}

CANCEL: T = {
    "de": [
        "Hallo, wir ziehen nächsten Monat nach Portugal, daher möchte ich Levarina Plus kündigen und mein Konto schließen. Danke für die schönen Brote!"
    ],
    "pt": [
        "Olá, vou deixar de comer glúten por ordem médica, por isso quero cancelar o Levarina Plus e fechar a minha conta. Obrigada por tudo."
    ],
    "en": [
        "Hi, I've started baking my own sourdough, so please cancel Levarina Plus and close my account."
    ],
    "fr": [
        "Bonjour, je déménage à l'étranger, merci d'annuler Levarina Plus et de fermer mon compte."
    ],
    "it": [
        "Buongiorno, mi trasferisco all'estero: vorrei disdire Levarina Plus e chiudere l'account."
    ],
    "es": ["Hola, me mudo al extranjero, quiero cancelar Levarina Plus y cerrar mi cuenta."],
}

SORRY_GO: T = {
    "de": [
        "Schade, dass Sie gehen! Sie können selbst in der App oder auf der Website unter Abo kündigen. Alles Gute, {agent}"
    ],
    "pt": ["Que pena! Pode cancelar na app ou no site, em Assinatura. Tudo de bom, {agent}"],
    "en": [
        "Sorry to see you go! You can cancel yourself in the app or on the website under Subscription. All the best, {agent}"
    ],
    "fr": [
        "Dommage ! Vous pouvez résilier dans l'appli ou sur le site, rubrique Abonnement. {agent}"
    ],
    "it": ["Peccato! Può disdire nell'app o sul sito, sezione Abbonamento. {agent}"],
    "es": ["¡Qué pena! Puede cancelar en la app o en la web, en Suscripción. {agent}"],
}

GRUMBLE: T = {
    "de": [
        "Die App loggt mich JEDES Mal aus.",
        "Warum kommt die Lieferbenachrichtigung um 5 Uhr früh?",
        "Die Pfandkisten stapeln sich bei mir, Abholung klappt nie",
    ],
    "pt": [
        "A app faz logout SEMPRE.",
        "Porque é que a notificação de entrega chega às 5 da manhã?",
        "As caixas retornáveis acumulam-se cá em casa, nunca as vêm buscar",
    ],
    "en": ["The app logs me out EVERY time.", "Why does the delivery text come at 5am?"],
    "fr": ["L'appli me déconnecte À CHAQUE FOIS."],
    "it": ["L'app mi disconnette OGNI volta."],
    "es": ["La app me cierra la sesión CADA vez."],
}

SARCASM: T = {
    "de": ["Toll, die Box kam heute schon um 13 Uhr. Frühstück ist ja überbewertet 🙃"],
    "pt": ["Fantástico, a caixa chegou hoje às 13h. Pequeno almoço é sobrevalorizado 🙃"],
    "en": ["Great, box arrived at 1pm today. Breakfast is overrated anyway 🙃"],
    "fr": ["Génial, box arrivée à 13 h. Le petit-déj c'est surfait 🙃"],
    "it": ["Fantastico, box arrivata alle 13. La colazione è sopravvalutata 🙃"],
    "es": ["Genial, la caja llegó a las 13 h. El desayuno está sobrevalorado 🙃"],
}

MILD: T = {
    "de": ["Kleinigkeit: die Filialsuche in der App zeigt mir immer Hamburg statt München"],
    "pt": ["Pormenor: a pesquisa de lojas na app mostra-me sempre Lisboa em vez do Porto"],
    "en": ["Small thing: the shop finder in the app keeps showing the wrong city"],
    "fr": ["Détail : la recherche de boutiques dans l'appli affiche la mauvaise ville"],
    "it": ["Piccolezza: la ricerca negozi nell'app mostra la città sbagliata"],
    "es": ["Detalle: el buscador de tiendas de la app me muestra la ciudad equivocada"],
}

MILD_ACK: T = {
    "de": ["Danke für den Hinweis, wir geben es an das App-Team weiter. {agent}"],
    "pt": ["Obrigado pelo aviso, passamos à equipa da app. {agent}"],
    "en": ["Thanks for flagging, passed to the app team. {agent}"],
    "fr": ["Merci, transmis à l'équipe de l'appli. {agent}"],
    "it": ["Grazie, girato al team dell'app. {agent}"],
    "es": ["Gracias, se lo pasamos al equipo de la app. {agent}"],
}
