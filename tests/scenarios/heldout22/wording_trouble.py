# ruff: noqa: E501
"""Troubled wording for heldout22 (Sipario), written by hand.

Placeholders: {artist} {city} {venue} {ref} {comp} {agent} {amount} {noun} {sent};
``[[fem|masc]]`` agrees with the writer's gender.
"""

from __future__ import annotations

Lines = dict[str, list[str]]

PROBLEM_ABOUT: dict[str, str] = {
    "tickets": "paid, but the tickets never appeared in the app or the e-mail",
    "double": "charged twice for one order",
    "refund": "show cancelled, refund never arrived",
    "entry": "QR code refused at the venue door",
    "seats": "seats moved to worse ones without asking",
    "resale": "ticket sold on the official resale, seller never paid",
}

# problem -> lang -> (first-person sentence, noun phrase for subjects and follow-ups)
PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "tickets": {
        "it": (
            "Ho pagato due biglietti per {artist} a {city} dieci giorni fa, addebito fatto, ma nell'app e nella mail non c'è NIENTE.",
            "biglietti pagati e mai arrivati",
        ),
        "fr": (
            "J'ai payé deux billets pour {artist} à {city} il y a dix jours, le débit est passé, mais RIEN dans l'appli ni dans mes mails.",
            "billets payés jamais reçus",
        ),
        "en": (
            "I paid for two tickets for {artist} in {city} ten days ago, money's gone, and there is NOTHING in the app or my inbox.",
            "tickets paid for, never received",
        ),
        "de": (
            "Ich habe vor zehn Tagen zwei Tickets für {artist} in {city} bezahlt, abgebucht ist es, aber in der App und im Postfach ist NICHTS.",
            "bezahlte Tickets nie erhalten",
        ),
        "es": (
            "Pagué dos entradas para {artist} en {city} hace diez días, el cargo está hecho y en la app y el correo NO HAY NADA.",
            "entradas pagadas y nunca recibidas",
        ),
        "pt": (
            "Paguei dois bilhetes para {artist} em {city} há dez dias, o valor foi debitado e na app e no email NÃO HÁ NADA.",
            "bilhetes pagos e nunca recebidos",
        ),
    },
    "double": {
        "it": (
            "Mi avete addebitato DUE volte lo stesso ordine per {artist}, {amount} euro per due, e i biglietti sono solo una coppia.",
            "doppio addebito",
        ),
        "fr": (
            "Vous m'avez débité DEUX fois la même commande pour {artist}, {amount} € fois deux, et je n'ai qu'une paire de billets.",
            "double prélèvement",
        ),
        "en": (
            "You've charged me TWICE for the same {artist} order, {amount} times two, and I've only got one pair of tickets.",
            "double charge",
        ),
        "de": (
            "Ihr habt mir dieselbe Bestellung für {artist} ZWEIMAL abgebucht, {amount} Euro doppelt, und ich habe nur ein Paar Tickets.",
            "doppelte Abbuchung",
        ),
        "es": (
            "Me habéis cobrado DOS veces el mismo pedido de {artist}, {amount} euros por dos, y solo tengo un par de entradas.",
            "cobro duplicado",
        ),
        "pt": (
            "Cobraram-me DUAS vezes a mesma encomenda de {artist}, {amount} euros a dobrar, e só tenho um par de bilhetes.",
            "cobrança em duplicado",
        ),
    },
    "refund": {
        "it": (
            "Il concerto di {artist} a {city} è stato annullato da un mese e il rimborso che avevate promesso 'entro 14 giorni' non si è mai visto.",
            "rimborso del concerto annullato",
        ),
        "fr": (
            "Le concert de {artist} à {city} a été annulé il y a un mois et le remboursement « sous 14 jours » n'est jamais arrivé.",
            "remboursement du concert annulé",
        ),
        "en": (
            "The {artist} show in {city} was cancelled a month ago and the refund you promised 'within 14 days' has never turned up.",
            "refund for the cancelled show",
        ),
        "de": (
            "Das Konzert von {artist} in {city} wurde vor einem Monat abgesagt und die Erstattung „innerhalb von 14 Tagen“ ist nie gekommen.",
            "Erstattung für das abgesagte Konzert",
        ),
        "es": (
            "El concierto de {artist} en {city} se canceló hace un mes y el reembolso 'en 14 días' no ha llegado nunca.",
            "reembolso del concierto cancelado",
        ),
        "pt": (
            "O concerto de {artist} em {city} foi cancelado há um mês e o reembolso 'em 14 dias' nunca chegou.",
            "reembolso do concerto cancelado",
        ),
    },
    "entry": {
        "it": (
            "Ieri sera al {venue} il vostro QR è risultato 'già usato' e non mi hanno fatto entrare a {artist}. Ho dovuto ricomprare il biglietto alla cassa.",
            "QR rifiutato all'ingresso",
        ),
        "fr": (
            "Hier soir au {venue} votre QR est sorti « déjà scanné » et on m'a refusé l'entrée pour {artist}. J'ai dû racheter une place au guichet.",
            "QR refusé à l'entrée",
        ),
        "en": (
            "Last night at the {venue} your QR came up as 'already used' and they wouldn't let me in to {artist}. I had to buy another ticket at the box office.",
            "QR code refused at the door",
        ),
        "de": (
            "Gestern Abend in der {venue} stand bei eurem QR-Code „bereits entwertet“ und ich kam nicht zu {artist} rein. Musste an der Abendkasse neu kaufen.",
            "QR-Code am Einlass abgelehnt",
        ),
        "es": (
            "Anoche en {venue} vuestro QR salió como 'ya utilizado' y no me dejaron entrar a {artist}. Tuve que comprar otra entrada en taquilla.",
            "QR rechazado en la entrada",
        ),
        "pt": (
            "Ontem no {venue} o vosso QR apareceu como 'já utilizado' e não me deixaram entrar no concerto de {artist}. Tive de comprar outro bilhete na bilheteira.",
            "QR recusado à entrada",
        ),
    },
    "seats": {
        "it": (
            "Avevo scelto due posti in platea fila 5 per {artist} e oggi mi ritrovo spostat[[a|o]] in galleria laterale, senza che nessuno mi chiedesse niente.",
            "posti cambiati senza preavviso",
        ),
        "fr": (
            "J'avais choisi deux places en orchestre rang 5 pour {artist} et aujourd'hui je me retrouve au balcon sur le côté, sans que personne ne me demande rien.",
            "places changées sans prévenir",
        ),
        "en": (
            "I picked two stalls seats in row 5 for {artist} and today I find myself moved to the side of the upper circle, nobody asked me anything.",
            "seats changed without asking",
        ),
        "de": (
            "Ich hatte zwei Parkettplätze in Reihe 5 für {artist} gewählt und heute sitze ich plötzlich seitlich im Rang, ohne dass mich jemand gefragt hat.",
            "Plätze ohne Rückfrage geändert",
        ),
        "es": (
            "Elegí dos butacas en platea fila 5 para {artist} y hoy me encuentro en el anfiteatro lateral, sin que nadie me preguntara nada.",
            "butacas cambiadas sin avisar",
        ),
        "pt": (
            "Escolhi dois lugares na plateia fila 5 para {artist} e hoje aparecem-me no balcão lateral, sem ninguém me perguntar nada.",
            "lugares trocados sem aviso",
        ),
    },
    "resale": {
        "it": (
            "Ho rivenduto il mio biglietto per {artist} sulla vostra rivendita ufficiale, risulta 'venduto' da tre settimane ma i {amount} euro non mi sono mai arrivati.",
            "pagamento della rivendita",
        ),
        "fr": (
            "J'ai revendu mon billet pour {artist} sur votre revente officielle, il est « vendu » depuis trois semaines mais je n'ai jamais touché les {amount} €.",
            "paiement de la revente",
        ),
        "en": (
            "I sold my {artist} ticket on your official resale, it's said 'sold' for three weeks but I've never been paid the {amount}.",
            "resale payout",
        ),
        "de": (
            "Ich habe mein Ticket für {artist} über euren offiziellen Weiterverkauf verkauft, seit drei Wochen steht „verkauft“, aber die {amount} Euro sind nie angekommen.",
            "Auszahlung aus dem Weiterverkauf",
        ),
        "es": (
            "Vendí mi entrada de {artist} en vuestra reventa oficial, pone 'vendida' desde hace tres semanas pero los {amount} euros no me han llegado.",
            "pago de la reventa",
        ),
        "pt": (
            "Vendi o meu bilhete de {artist} na vossa revenda oficial, está 'vendido' há três semanas mas os {amount} euros nunca chegaram.",
            "pagamento da revenda",
        ),
    },
}

ANGRY_END: Lines = {
    "it": [
        "Una vergogna.",
        "Pretendo una risposta OGGI.",
        "Sono sinceramente allibit[[a|o]].",
        "Ma vi sembra normale??",
        "Non ho parole 😡",
    ],
    "fr": [
        "C'est honteux.",
        "J'exige une réponse AUJOURD'HUI.",
        "Je suis franchement outré[[e|]].",
        "Vous trouvez ça normal ??",
        "Inadmissible 😡",
    ],
    "en": [
        "Absolutely shocking.",
        "I want an answer TODAY.",
        "Is this normal to you??",
        "Unbelievable 😡",
    ],
    "de": [
        "Eine Frechheit.",
        "Ich erwarte HEUTE eine Antwort.",
        "Ist das euer Ernst??",
        "UNFASSBAR 😡",
    ],
    "es": ["Una vergüenza.", "Quiero una respuesta HOY.", "Os parece normal??", "INCREÍBLE 😡"],
    "pt": ["Uma vergonha.", "Quero uma resposta HOJE.", "Acham isto normal??", "INACREDITÁVEL 😡"],
}

COMPLAIN: dict[str, Lines] = {
    "email": {
        "it": [
            "Buongiorno,\n{sent} {end}\n{name}",
            "Salve,\nvi scrivo per l'ennesima delusione: {sent}\nAttendo riscontro.\n{name}",
        ],
        "fr": [
            "Bonjour,\n{sent} {end}\n{name}",
            "Madame, Monsieur,\n{sent}\nJ'attends votre retour rapidement.\n{name}",
        ],
        "en": ["Hello,\n{sent} {end}\n{name}", "Hi,\n{sent} Please sort this out.\n{name}"],
        "de": [
            "Guten Tag,\n{sent} {end}\n{name}",
            "Hallo,\n{sent} Bitte kümmert euch darum.\n{name}",
        ],
        "es": ["Buenos días,\n{sent} {end}\n{name}", "Hola,\n{sent} Espero respuesta.\n{name}"],
        "pt": ["Bom dia,\n{sent} {end}\n{name}", "Olá,\n{sent} Aguardo resposta.\n{name}"],
    },
    "chat": {
        "it": ["ciao, ho un problema serio. {sent} {end}", "{sent} c'è qualcuno che mi risponde?"],
        "fr": ["bonjour, j'ai un gros problème. {sent} {end}", "{sent} il y a quelqu'un ?"],
        "en": ["hi, I've got a serious problem. {sent} {end}", "{sent} anyone there?"],
        "de": ["hallo, ich habe ein echtes Problem. {sent} {end}", "{sent} ist da jemand?"],
        "es": ["hola, tengo un problema serio. {sent} {end}", "{sent} hay alguien?"],
        "pt": ["olá, tenho um problema sério. {sent} {end}", "{sent} está aí alguém?"],
    },
    "social": {
        "it": ["@Sipario {sent} {end}", "Occhio a comprare su @Sipario: {sent}"],
        "fr": ["@Sipario {sent} {end}", "Méfiez-vous de @Sipario : {sent}"],
        "en": ["@Sipario {sent} {end}", "Beware of @Sipario: {sent}"],
        "de": ["@Sipario {sent} {end}", "Vorsicht bei @Sipario: {sent}"],
        "es": ["@Sipario {sent} {end}", "Cuidado con @Sipario: {sent}"],
        "pt": ["@Sipario {sent} {end}", "Cuidado com a @Sipario: {sent}"],
    },
    "web": {
        "it": ["{sent} Chiedo che il problema venga risolto subito."],
        "fr": ["{sent} Je demande une solution immédiate."],
        "en": ["{sent} I want this fixed now."],
        "de": ["{sent} Ich verlange eine sofortige Lösung."],
        "es": ["{sent} Pido una solución inmediata."],
        "pt": ["{sent} Peço uma solução imediata."],
    },
    "phone": {
        "it": ["pronto buongiorno senta {sent} e io sono veramente arrabbiat[[a|o]]"],
        "fr": ["oui bonjour euh écoutez {sent} et là je suis vraiment en colère"],
        "en": ["hiya hello look {sent} and honestly i'm fuming"],
        "de": ["äh hallo guten tag also {sent} und ich bin echt sauer"],
        "es": ["sí hola mire {sent} y estoy muy enfadad[[a|o]]"],
        "pt": ["pois olhe bom dia {sent} e estou mesmo furios[[a|o]]"],
    },
}

LONG_EMAIL: Lines = {
    "it": [
        "Gentile servizio clienti,\n\nsono vostr[[a|o]] cliente da anni e di solito parlo bene di Sipario con tutti: ho comprato da voi i biglietti per la stagione del teatro, per i concerti dei miei figli e persino il regalo di laurea di mia nipote.\n\nProprio per questo mi dispiace scrivervi così. {sent} Ho provato a controllare lo spam, a disinstallare e reinstallare l'app, a chiamare, ma nessuno ha saputo dirmi nulla. Il concerto è tra pochi giorni e non so se potrò andarci.\n\n{end} Vi chiedo di verificare e di rispondermi per iscritto.\n\nCordiali saluti,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nje suis client[[e|]] depuis des années et d'habitude je recommande Sipario autour de moi : abonnement théâtre, concerts des enfants, et même le cadeau d'anniversaire de ma sœur.\n\nC'est pour ça que ça me coûte de vous écrire ce message. {sent} J'ai vérifié les spams, réinstallé l'appli, appelé, personne n'a su me répondre. Le concert est dans quelques jours et je ne sais pas si je pourrai y aller.\n\n{end} Merci de vérifier et de me répondre par écrit.\n\nCordialement,\n{name}"
    ],
    "en": [
        "Dear Sipario team,\n\nI've been a customer for years and usually sing your praises: theatre season, the kids' gigs, even my niece's birthday present.\n\nWhich is why I'm sorry to be writing this. {sent} I've checked spam, reinstalled the app, rang up, and nobody could tell me anything. The show is in a few days and I don't know if I can go.\n\n{end} Please look into it and reply in writing.\n\nKind regards,\n{name}"
    ],
    "de": [
        "Liebes Sipario-Team,\n\nich bin seit Jahren Kundin bzw. Kunde und empfehle euch normalerweise überall weiter: Theaterabo, Konzerte der Kinder, sogar das Geburtstagsgeschenk meiner Nichte.\n\nUmso mehr ärgert es mich, das schreiben zu müssen. {sent} Ich habe den Spam-Ordner geprüft, die App neu installiert, angerufen – niemand konnte mir etwas sagen. Das Konzert ist in ein paar Tagen.\n\n{end} Bitte prüft das und antwortet mir schriftlich.\n\nViele Grüße\n{name}"
    ],
    "es": [
        "Hola equipo de Sipario:\n\nsoy client[[a|e]] desde hace años y suelo recomendaros: abono de teatro, conciertos de los niños, hasta el regalo de cumpleaños de mi sobrina.\n\nPor eso me sabe mal escribir esto. {sent} He mirado el spam, reinstalado la app, llamado, y nadie me ha sabido decir nada. El concierto es dentro de unos días.\n\n{end} Os pido que lo reviséis y me contestéis por escrito.\n\nUn saludo,\n{name}"
    ],
    "pt": [
        "Olá equipa Sipario,\n\nsou cliente há anos e costumo recomendar-vos: assinatura de teatro, concertos dos miúdos, até o presente de anos da minha sobrinha.\n\nPor isso custa-me escrever isto. {sent} Já vi o spam, reinstalei a app, liguei, e ninguém me soube dizer nada. O concerto é daqui a poucos dias.\n\n{end} Peço que verifiquem e me respondam por escrito.\n\nCumprimentos,\n{name}"
    ],
}

FOLLOW: Lines = {
    "it": [
        "Vi riscrivo per la pratica {ref} ({noun}): è ANCORA tutto fermo, nessuno mi ha risolto niente.",
        "Pratica {ref}: ancora nessuna soluzione per {noun}. Quanto devo aspettare?",
    ],
    "fr": [
        "Je reviens vers vous pour le dossier {ref} ({noun}) : TOUJOURS rien, aucune solution.",
        "Dossier {ref} : toujours pas de solution pour le {noun}. Combien de temps encore ?",
    ],
    "en": [
        "Writing again about case {ref} ({noun}): STILL nothing, nobody has fixed it.",
        "Case {ref}: still no fix for the {noun}. How long do I have to wait?",
    ],
    "de": [
        "Ich schreibe erneut wegen Fall {ref} ({noun}): IMMER NOCH nichts passiert.",
        "Fall {ref}: immer noch keine Lösung ({noun}). Wie lange noch?",
    ],
    "es": [
        "Os escribo otra vez por el caso {ref} ({noun}): TODAVÍA nada, nadie lo ha solucionado.",
        "Caso {ref}: sigue sin solución lo del {noun}. Cuánto más tengo que esperar?",
    ],
    "pt": [
        "Volto a escrever sobre o processo {ref} ({noun}): AINDA nada, ninguém resolveu.",
        "Processo {ref}: continua sem solução ({noun}). Quanto tempo mais?",
    ],
}
THIRD: Lines = {
    "it": [
        "È la TERZA volta che vi contatto per la pratica {ref} e il problema è ancora lì. Sto già guardando i biglietti su {comp}."
    ],
    "fr": [
        "C'est la TROISIÈME fois que je vous contacte pour le dossier {ref} et le problème est toujours là. Je regarde déjà chez {comp}."
    ],
    "en": [
        "This is the THIRD time I've contacted you about case {ref} and it's still not sorted. I'm already looking at {comp}."
    ],
    "de": [
        "Das ist das DRITTE Mal wegen Fall {ref} und das Problem ist immer noch da. Ich schaue schon bei {comp}."
    ],
    "es": [
        "Es la TERCERA vez que os contacto por el caso {ref} y sigue igual. Ya estoy mirando en {comp}."
    ],
    "pt": [
        "É a TERCEIRA vez que vos contacto sobre o processo {ref} e continua tudo igual. Já estou a ver na {comp}."
    ],
}
FOURTH: Lines = {
    "it": ["QUARTO contatto per la pratica {ref}. Ancora irrisolto. Non so più cosa fare."],
    "fr": [
        "QUATRIÈME contact pour le dossier {ref}. Toujours pas réglé. Je ne sais plus quoi faire."
    ],
    "en": ["FOURTH time about case {ref}. Still not fixed. I don't know what else to do."],
    "de": ["VIERTES Mal wegen Fall {ref}. Immer noch nicht gelöst. Ich weiß nicht mehr weiter."],
    "es": ["CUARTA vez por el caso {ref}. Sigue sin resolver. Ya no sé qué hacer."],
    "pt": ["QUARTA vez sobre o processo {ref}. Continua por resolver. Já não sei o que fazer."],
}
PHONE_FOLLOW: Lines = {
    "it": ["pronto sì chiamo per la pratica {ref} {noun} ancora niente non è cambiato nulla"],
    "fr": ["oui bonjour j'appelle pour le dossier {ref} {noun} toujours rien rien n'a bougé"],
    "en": ["hello yeah calling about case {ref} the {noun} still nothing nothing's changed"],
    "de": ["ja hallo ich rufe wegen fall {ref} an {noun} immer noch nichts passiert"],
    "es": ["sí hola llamo por el caso {ref} lo del {noun} todavía nada no ha cambiado nada"],
    "pt": ["pois olhe ligo por causa do processo {ref} {noun} ainda nada não mudou nada"],
}
CONFIRM: Lines = {
    "it": [
        "Confermo, pratica {ref} risolta: adesso è tutto a posto. Grazie!",
        "Tutto ok per la pratica {ref}, grazie per averlo sistemato 🙏",
    ],
    "fr": [
        "Je confirme, dossier {ref} réglé : tout est bon maintenant. Merci !",
        "C'est bon pour le dossier {ref}, merci d'avoir fait le nécessaire 🙏",
    ],
    "en": [
        "Confirmed, case {ref} is sorted now. Thanks!",
        "All good with case {ref}, thanks for fixing it 🙏",
    ],
    "de": [
        "Bestätigt, Fall {ref} ist erledigt. Danke!",
        "Fall {ref} passt jetzt, danke fürs Lösen 🙏",
    ],
    "es": [
        "Confirmo, caso {ref} resuelto. Gracias!",
        "Todo bien con el caso {ref}, gracias por arreglarlo 🙏",
    ],
    "pt": [
        "Confirmo, processo {ref} resolvido. Obrigad[[a|o]]!",
        "Tudo certo com o processo {ref}, obrigad[[a|o]] por resolverem 🙏",
    ],
}
APOLOGY: Lines = {
    "it": [
        "Scusate per il tono di ieri, ero nervos[[a|o]]. Ora è tutto a posto, grazie per la pazienza.",
        "Ieri ho esagerato, chiedo scusa. Problema risolto, grazie!",
    ],
    "fr": [
        "Désolé[[e|]] pour le ton d'hier, j'étais à bout. Tout est rentré dans l'ordre, merci pour votre patience.",
        "J'ai été un peu sec hier, pardon. Problème réglé, merci !",
    ],
    "en": [
        "Sorry for my tone yesterday, I was stressed. All sorted now, thanks for your patience.",
        "Bit much from me yesterday, apologies. Fixed now, thank you!",
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, ich war gestresst. Jetzt ist alles gut, danke für die Geduld.",
        "Gestern war ich zu harsch, sorry. Problem gelöst, danke!",
    ],
    "es": [
        "Perdón por el tono de ayer, estaba nervios[[a|o]]. Ya está todo bien, gracias por la paciencia.",
        "Ayer me pasé, disculpad. Problema resuelto, gracias!",
    ],
    "pt": [
        "Desculpem o tom de ontem, estava nervos[[a|o]]. Já está tudo bem, obrigad[[a|o]] pela paciência.",
        "Ontem exagerei, peço desculpa. Problema resolvido, obrigad[[a|o]]!",
    ],
}

SLIDE: Lines = {
    "it": [
        "l'app di @Sipario ultimamente ci mette un'eternità ad aprire il wallet 🤔",
        "Un po' delus[[a|o]] da Sipario: commissioni aumentate e nessuno lo dice.",
        "Comincio a essere stuf[[a|o]]: seconda volta che la coda virtuale mi butta fuori al pagamento.",
        "Sipario sta peggiorando a vista d'occhio, l'assistenza non risponde più in chat.",
        "FURIOS[[A|O]]. Biglietti spariti dal wallet e nessuno che risponde. @Sipario vergogna",
        "Basta, mi avete stancat[[a|o]]. Sto confrontando i prezzi su {comp}.",
    ],
    "fr": [
        "l'appli @Sipario met un temps fou à ouvrir le wallet ces temps-ci 🤔",
        "Un peu déçu[[e|]] par Sipario : les frais ont augmenté sans prévenir.",
        "Je commence à en avoir marre : deuxième fois que la file d'attente m'éjecte au paiement.",
        "Sipario se dégrade à vue d'œil, le chat ne répond plus.",
        "FURIEU[[SE|X]]. Billets disparus du wallet et personne ne répond. @Sipario honte à vous",
        "Ça suffit, j'en ai assez. Je compare les prix chez {comp}.",
    ],
    "en": [
        "@Sipario app takes ages to open the wallet lately 🤔",
        "Bit disappointed with Sipario, fees went up and nobody said.",
        "Getting fed up: second time the queue kicked me out at payment.",
        "Sipario's getting worse by the week, chat support never answers now.",
        "FURIOUS. Tickets vanished from the wallet and nobody replies. @Sipario disgrace",
        "That's it, I've had enough. Comparing prices on {comp}.",
    ],
    "de": [
        "Die @Sipario App braucht in letzter Zeit ewig, bis das Wallet aufgeht 🤔",
        "Etwas enttäuscht von Sipario, Gebühren erhöht ohne Hinweis.",
        "Langsam reicht's: zweites Mal, dass mich die Warteschlange beim Bezahlen rauswirft.",
        "Sipario wird von Woche zu Woche schlechter, im Chat antwortet keiner mehr.",
        "STINKSAUER. Tickets aus dem Wallet verschwunden und keiner antwortet. @Sipario peinlich",
        "Mir reicht's. Ich vergleiche jetzt die Preise bei {comp}.",
    ],
    "es": [
        "la app de @Sipario tarda una eternidad en abrir el wallet últimamente 🤔",
        "Un poco decepcionad[[a|o]] con Sipario: han subido los gastos sin avisar.",
        "Empiezo a estar hart[[a|o]]: segunda vez que la cola me echa al pagar.",
        "Sipario va a peor cada semana, en el chat ya no contesta nadie.",
        "FURIOS[[A|O]]. Entradas desaparecidas del wallet y nadie responde. @Sipario vergüenza",
        "Se acabó, estoy hart[[a|o]]. Comparando precios en {comp}.",
    ],
    "pt": [
        "a app da @Sipario demora imenso a abrir a wallet ultimamente 🤔",
        "Um pouco desiludid[[a|o]] com a Sipario: subiram as taxas sem avisar.",
        "Começo a estar fart[[a|o]]: segunda vez que a fila me expulsa no pagamento.",
        "A Sipario está cada vez pior, no chat já ninguém responde.",
        "FURIOS[[A|O]]. Bilhetes desapareceram da wallet e ninguém responde. @Sipario vergonha",
        "Chega, estou fart[[a|o]]. A comparar preços na {comp}.",
    ],
}
LEAVE_ASK: Lines = {
    "it": [
        "Buongiorno, vorrei disdire il Sipario Pass e chiudere definitivamente il mio account. Non userò più il servizio. Grazie.\n{name}",
        "Salve, per favore cancellate il mio abbonamento Pass e il mio account: ho deciso di smettere. {name}",
    ],
    "fr": [
        "Bonjour, je souhaite résilier mon Sipario Pass et fermer définitivement mon compte. Je n'utiliserai plus le service. Merci.\n{name}",
        "Bonjour, merci de résilier mon Pass et de supprimer mon compte, j'arrête. {name}",
    ],
    "en": [
        "Hello, I'd like to cancel my Sipario Pass and close my account for good. I won't be using the service any more. Thanks.\n{name}"
    ],
    "de": [
        "Guten Tag, ich möchte meinen Sipario Pass kündigen und mein Konto endgültig schließen. Ich werde den Dienst nicht mehr nutzen.\n{name}"
    ],
    "es": [
        "Hola, quiero dar de baja el Sipario Pass y cerrar mi cuenta definitivamente. No voy a usar más el servicio.\n{name}"
    ],
    "pt": [
        "Olá, quero cancelar o Sipario Pass e fechar a minha conta de vez. Não vou voltar a usar o serviço.\n{name}"
    ],
}
LEAVE_SUBJ: dict[str, str] = {
    "it": "Disdetta Pass e chiusura account",
    "fr": "Résiliation Pass et fermeture du compte",
    "en": "Cancel Pass and close account",
    "de": "Kündigung Pass und Kontoschließung",
    "es": "Baja del Pass y cierre de cuenta",
    "pt": "Cancelamento do Pass e da conta",
}
LEAVE_REASON: Lines = {
    "it": ["troppe commissioni", "non vado più ai concerti", ""],
    "fr": ["trop de frais", "je ne vais plus aux concerts", ""],
    "en": ["too many fees", ""],
    "de": ["zu viele Gebühren", ""],
    "es": ["demasiados gastos", ""],
    "pt": ["taxas a mais", ""],
}
GRUMPY: Lines = {
    "it": [
        "Ennesimo aggiornamento dell'app, ennesimo login da rifare. Che noia.",
        "Commissioni di servizio sempre più alte, il biglietto costa 40 e ne pago 48.",
        "Il chatbot di Sipario non capisce mai niente.",
        "Coda virtuale di 40 minuti anche per un teatro di provincia, dai.",
        "Il Pass è aumentato di nuovo, mah.",
    ],
    "fr": [
        "Encore une mise à jour de l'appli, encore un login à refaire. Pénible.",
        "Frais de service toujours plus chers, billet à 40 et j'en paie 48.",
        "Le chatbot de Sipario ne comprend jamais rien.",
        "File d'attente de 40 minutes pour un petit théâtre, sérieusement.",
        "Le Pass a encore augmenté, bof.",
    ],
    "en": [
        "Another app update, another login. Tedious.",
        "Booking fees keep creeping up, £40 ticket and I pay £48.",
        "The Sipario chatbot never understands a thing.",
    ],
    "de": [
        "Schon wieder ein App-Update, schon wieder neu einloggen. Nervig.",
        "Servicegebühren immer höher, Ticket 40 und ich zahle 48.",
        "Der Sipario-Chatbot versteht nie etwas.",
    ],
    "es": [
        "Otra actualización de la app, otra vez a iniciar sesión. Qué pesadez.",
        "Los gastos de gestión cada vez más altos, entrada de 40 y pago 48.",
        "El chatbot de Sipario no entiende nunca nada.",
    ],
    "pt": [
        "Mais uma atualização da app, mais um login. Que seca.",
        "Taxas de serviço cada vez mais altas, bilhete de 40 e pago 48.",
        "O chatbot da Sipario nunca percebe nada.",
    ],
}
SARCASM: Lines = {
    "it": [
        "Adoro quando l'app di Sipario decide di aggiornarsi proprio davanti ai tornelli 🙃",
        "Bellissima la coda virtuale che ti dà 'posizione 1' e poi 'posizione 8000' 🙃",
    ],
    "fr": [
        "J'adore quand l'appli Sipario décide de se mettre à jour pile devant les portiques 🙃",
        "Magnifique la file d'attente qui t'affiche « position 1 » puis « position 8000 » 🙃",
    ],
    "en": ["Love it when the Sipario app decides to update right at the turnstiles 🙃"],
    "de": ["Ich liebe es, wenn sich die Sipario-App genau am Drehkreuz aktualisiert 🙃"],
    "es": ["Me encanta cuando la app de Sipario se actualiza justo en los tornos 🙃"],
    "pt": ["Adoro quando a app da Sipario decide atualizar-se mesmo à frente dos torniquetes 🙃"],
}
GRUMBLE_ONCE: Lines = {
    "it": [
        "La mail di conferma mi è arrivata due volte, niente di grave ma confonde un po'.",
        "L'app stasera è un po' lenta ad aprire, tutto qui.",
        "Il promemoria del concerto è arrivato un po' tardi, a pomeriggio inoltrato.",
    ],
    "fr": [
        "J'ai reçu le mail de confirmation deux fois, rien de grave mais ça embrouille un peu.",
        "L'appli est un peu lente à s'ouvrir ce soir, c'est tout.",
        "Le rappel du concert est arrivé un peu tard, en fin d'après-midi.",
    ],
    "en": [
        "Got the confirmation e-mail twice, no big deal but a bit confusing.",
        "App's a bit slow to open tonight, that's all.",
    ],
    "de": [
        "Die Bestätigungsmail kam zweimal, nicht schlimm, aber verwirrend.",
        "Die App ist heute Abend etwas langsam beim Öffnen.",
    ],
    "es": [
        "Me llegó el correo de confirmación dos veces, nada grave pero lía un poco.",
        "La app va algo lenta al abrir esta noche, nada más.",
    ],
    "pt": [
        "Recebi o email de confirmação duas vezes, nada de grave mas confunde.",
        "A app está um bocado lenta a abrir hoje, só isso.",
    ],
}

AGENT: dict[str, dict[str, str]] = {
    "opened": {
        "it": "Gentile {name}, abbiamo aperto la pratica {ref} e la stiamo verificando. Le scriviamo appena possibile. {agent}, Servizio Clienti Sipario",
        "fr": "Bonjour {name}, nous avons ouvert le dossier {ref} et nous le vérifions. Nous revenons vers vous au plus vite. {agent}, Service Client Sipario",
        "en": "Hi {name}, we've opened case {ref} and are looking into it. We'll be back to you as soon as we can. {agent}, Sipario Support",
        "de": "Hallo {name}, wir haben den Fall {ref} angelegt und prüfen ihn. Wir melden uns so schnell wie möglich. {agent}, Sipario Kundenservice",
        "es": "Hola {name}, hemos abierto el caso {ref} y lo estamos revisando. Te escribimos lo antes posible. {agent}, Atención al Cliente Sipario",
        "pt": "Olá {name}, abrimos o processo {ref} e estamos a verificar. Voltamos a contactar assim que possível. {agent}, Apoio ao Cliente Sipario",
    },
    "passed": {
        "it": "Gentile {name}, la pratica {ref} è stata passata al nostro team pagamenti e biglietteria, che la sta analizzando. {agent}, Sipario",
        "fr": "Bonjour {name}, le dossier {ref} a été transmis à notre équipe paiements et billetterie, qui l'analyse. {agent}, Sipario",
        "en": "Hi {name}, case {ref} has been passed to our payments and ticketing team, who are looking at it. {agent}, Sipario",
        "de": "Hallo {name}, Fall {ref} wurde an unser Team Zahlungen und Ticketing weitergegeben. {agent}, Sipario",
        "es": "Hola {name}, el caso {ref} se ha pasado a nuestro equipo de pagos y entradas, que lo está analizando. {agent}, Sipario",
        "pt": "Olá {name}, o processo {ref} foi passado à nossa equipa de pagamentos e bilheteira. {agent}, Sipario",
    },
    "fixed": {
        "it": "Gentile {name}, abbiamo sistemato il problema dal nostro lato (pratica {ref}). Può confermarci che ora è tutto in ordine? {agent}, Sipario",
        "fr": "Bonjour {name}, le problème est corrigé de notre côté (dossier {ref}). Pouvez-vous nous confirmer que tout est en ordre ? {agent}, Sipario",
        "en": "Hi {name}, we've fixed this on our side (case {ref}). Can you confirm everything's fine now? {agent}, Sipario",
        "de": "Hallo {name}, wir haben das auf unserer Seite behoben (Fall {ref}). Kannst du bestätigen, dass jetzt alles passt? {agent}, Sipario",
        "es": "Hola {name}, lo hemos solucionado por nuestra parte (caso {ref}). Nos confirmas que ya está todo bien? {agent}, Sipario",
        "pt": "Olá {name}, resolvemos do nosso lado (processo {ref}). Pode confirmar que já está tudo bem? {agent}, Sipario",
    },
    "self_cancel": {
        "it": "Gentile {name}, può disdire il Pass e chiudere l'account da sé in Profilo > Account > Chiudi account. Ci dispiace vederla andare. {agent}",
        "fr": "Bonjour {name}, vous pouvez résilier le Pass et fermer le compte vous-même dans Profil > Compte > Fermer le compte. Dommage de vous voir partir. {agent}",
        "en": "Hi {name}, you can cancel the Pass and close the account yourself under Profile > Account > Close account. Sorry to see you go. {agent}",
        "de": "Hallo {name}, du kannst Pass und Konto selbst unter Profil > Konto > Konto schließen kündigen. Schade, dass du gehst. {agent}",
        "es": "Hola {name}, puedes dar de baja el Pass y cerrar la cuenta tú mism[[a|o]] en Perfil > Cuenta > Cerrar cuenta. Sentimos que te vayas. {agent}",
        "pt": "Olá {name}, pode cancelar o Pass e fechar a conta em Perfil > Conta > Fechar conta. Lamentamos vê-l[[a|o]] partir. {agent}",
    },
}
AGENT_SUBJ: dict[str, dict[str, str]] = {
    "opened": {
        "it": "Pratica {ref} aperta",
        "fr": "Dossier {ref} ouvert",
        "en": "Case {ref} opened",
        "de": "Fall {ref} angelegt",
        "es": "Caso {ref} abierto",
        "pt": "Processo {ref} aberto",
    },
    "passed": {
        "it": "Pratica {ref}: inoltrata",
        "fr": "Dossier {ref} : transmis",
        "en": "Case {ref}: passed on",
        "de": "Fall {ref}: weitergeleitet",
        "es": "Caso {ref}: derivado",
        "pt": "Processo {ref}: encaminhado",
    },
    "fixed": {
        "it": "Pratica {ref}: risolta?",
        "fr": "Dossier {ref} : résolu ?",
        "en": "Case {ref}: fixed?",
        "de": "Fall {ref}: gelöst?",
        "es": "Caso {ref}: resuelto?",
        "pt": "Processo {ref}: resolvido?",
    },
}
REPLY_PREFIX: dict[str, str] = {
    "it": "R:",
    "fr": "RE :",
    "en": "RE:",
    "de": "AW:",
    "es": "RE:",
    "pt": "RE:",
}

SPIKE_TOPIC = "tickets not showing in the app's wallet at the venue door (faulty app update)"
SPIKE: Lines = {
    "it": [
        "@Sipario sono davanti al {venue} e l'app dice 'biglietto non disponibile'!!! la coda è lunghissima, che succede?",
        "Aiuto, il wallet di Sipario non mi carica il QR, schermata bianca con errore. Il concerto inizia tra mezz'ora",
        "Anche a voi l'app Sipario dà 'biglietto non disponibile'? Siamo in 4 bloccati all'ingresso",
        "stasera al {venue} mezza fila col telefono in mano e l'app Sipario che non mostra i biglietti. bravi eh",
    ],
    "fr": [
        "@Sipario je suis devant le {venue} et l'appli affiche « billet indisponible » !!! la file est énorme, il se passe quoi ?",
        "Au secours, le wallet Sipario ne charge pas mon QR, écran blanc avec une erreur. Le concert commence dans une demi-heure",
        "Vous aussi l'appli Sipario met « billet indisponible » ? On est bloqués à 4 à l'entrée",
        "ce soir au {venue} la moitié de la file le téléphone à la main et l'appli Sipario qui n'affiche pas les billets. bravo",
    ],
    "en": [
        "@Sipario stood outside the {venue} and the app says 'ticket unavailable'!!! massive queue, what's going on?",
        "Help, the Sipario wallet won't load my QR, blank screen with an error. Show starts in half an hour",
        "Anyone else getting 'ticket unavailable' in the Sipario app? Four of us stuck at the door",
    ],
    "de": [
        "@Sipario ich stehe vor der {venue} und die App sagt „Ticket nicht verfügbar“!!! riesige Schlange, was ist los?",
        "Hilfe, das Sipario-Wallet lädt meinen QR-Code nicht, weißer Bildschirm mit Fehler. Konzert fängt in einer halben Stunde an",
    ],
    "es": [
        "@Sipario estoy en la puerta de {venue} y la app dice 'entrada no disponible'!!! colas enormes, qué pasa?",
        "Socorro, el wallet de Sipario no carga mi QR, pantalla en blanco con error. El concierto empieza en media hora",
    ],
    "pt": [
        "@Sipario estou à porta do {venue} e a app diz 'bilhete indisponível'!!! fila enorme, o que se passa?",
        "Socorro, a wallet da Sipario não carrega o meu QR, ecrã branco com erro. O concerto começa daqui a meia hora",
    ],
}
SPIKE_AGAIN: Lines = {
    "it": [
        "Ancora niente, il biglietto continua a non comparire e nessuno risponde. Siamo ancora fuori."
    ],
    "fr": [
        "Toujours rien, le billet n'apparaît toujours pas et personne ne répond. On est encore dehors."
    ],
    "en": [
        "Still not working, ticket still won't show and nobody's answering. Still stuck outside."
    ],
    "de": [
        "Immer noch nichts, das Ticket wird immer noch nicht angezeigt und keiner antwortet. Wir stehen noch draußen."
    ],
    "es": ["Sigue sin funcionar, la entrada sigue sin aparecer y nadie contesta. Seguimos fuera."],
    "pt": [
        "Continua sem funcionar, o bilhete continua sem aparecer e ninguém responde. Ainda estamos cá fora."
    ],
}
SPIKE_FIXED: dict[str, str] = {
    "it": "Gentile {name}, ieri sera un aggiornamento dell'app ha bloccato la visualizzazione dei biglietti. È stato corretto e i locali hanno accettato gli ingressi con documento. Ci scusiamo. {agent}, Sipario",
    "fr": "Bonjour {name}, hier soir une mise à jour de l'appli a bloqué l'affichage des billets. C'est corrigé et les salles ont accepté les entrées sur pièce d'identité. Toutes nos excuses. {agent}, Sipario",
    "en": "Hi {name}, last night an app update stopped tickets from showing. It's fixed, and venues let people in on ID. We're sorry. {agent}, Sipario",
    "de": "Hallo {name}, gestern Abend hat ein App-Update die Anzeige der Tickets blockiert. Es ist behoben, die Veranstaltungsorte haben Einlass per Ausweis gewährt. Entschuldigung. {agent}, Sipario",
    "es": "Hola {name}, anoche una actualización de la app impidió ver las entradas. Ya está corregido y los recintos dejaron entrar con DNI. Lo sentimos. {agent}, Sipario",
    "pt": "Olá {name}, ontem à noite uma atualização da app impediu a visualização dos bilhetes. Já está corrigido e as salas deixaram entrar com documento. Pedimos desculpa. {agent}, Sipario",
}
LONE_Q: dict[str, tuple[str, str]] = {
    "it": (
        "stasera il QR ci ha messo un po' a comparire nel wallet, poi è andato. capita spesso?",
        "Ciao! Succede se la connessione è debole: ti consigliamo di aprire il biglietto prima di arrivare in coda. {agent}",
    ),
    "fr": (
        "ce soir le QR a mis un moment à apparaître dans le wallet, puis c'est passé. ça arrive souvent ?",
        "Bonsoir ! Ça arrive quand le réseau est faible : ouvrez le billet avant d'arriver dans la file. {agent}",
    ),
}
