# ruff: noqa: E501
"""Wording of heldout136 (Orvetta: watch servicing by post and at counters; Orvetta Trade for jewellers).

Placeholders: {case} case reference, {comp} competitor, {watch} a watch, {amt} an amount.
"""

from __future__ import annotations

LANGS = ("fr", "de", "en", "es", "it", "pt")
COMPETITORS = ("Tempivo", "Zeigwerk")
WATCHES = (
    "Seiko automatique",
    "Omega Seamaster",
    "Tissot PRX",
    "Junghans Max Bill",
    "Longines Conquest",
    "Swatch Sistem51",
    "Hamilton Khaki",
    "Oris Aquis",
)

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Ma {watch} revient de revision chez Orvetta, elle avance de 2 secondes par jour, parfait",
        "troisième fois que je confie une montre à Orvetta et toujours aussi soigné, merci l'atelier",
        "Tres contente, le bracelet a été nettoyé en plus sans que je demande. Seul bémol: la boîte d'envoi est un peu juste",
    ],
    "de": [
        "Meine {watch} ist von Orvetta zurück, läuft wieder wie am ersten Tag. Danke ans Uhrmacherteam!",
        "Schon wieder so ein sauberer Service bei Orvetta, die dritte Uhr dieses Jahr",
        "super Arbeit, nur die Versandbox ist etwas klein geraten. Sonst gerne wieder",
    ],
    "en": ["Got my {watch} back from Orvetta today, keeping perfect time again. Lovely job"],
    "es": ["Mi {watch} ha vuelto de Orvetta impecable, otra vez, ya van tres relojes"],
    "it": ["Il mio {watch} è tornato da Orvetta perfetto, bravissimi"],
    "pt": ["O meu {watch} voltou da Orvetta impecável, obg!"],
}

QUESTION: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, combien de temps pour une révision complète d'une {watch} ?",
            "Bonjour, comptez 3 à 4 semaines, atelier compris. Bonne journée !",
        ),
        (
            "bjr est-ce que vous changez aussi les bracelets cuir ?",
            "Oui, nous proposons plusieurs cuirs, visibles dans l'app au moment du devis.",
        ),
    ],
    "de": [
        (
            "Hallo, wie lange dauert eine Revision bei einer {watch}?",
            "Hallo, etwa 3-4 Wochen inklusive Versand. Viele Grüße!",
        ),
        (
            "kann ich die Uhr auch in der Filiale abgeben statt per Post",
            "Ja, jede Filiale nimmt Uhren an, ohne Termin.",
        ),
    ],
    "en": [
        ("Hi, is the return parcel insured?", "Yes, every return is insured to the declared value.")
    ],
    "es": [
        (
            "Hola, ¿se puede cambiar solo la pila de un {watch}?",
            "Sí, claro, en cualquier mostrador o por correo.",
        )
    ],
    "it": [("Ciao, fate anche la prova di impermeabilità?", "Sì, è inclusa in ogni revisione.")],
    "pt": [("Olá, fazem polimento da caixa?", "Sim, é uma opção no orçamento.")],
}

THANKS: dict[str, list[str]] = {
    "fr": ["merci beaucoup !", "Super, merci"],
    "de": ["Danke, perfekt!", "ok danke"],
    "en": ["Thanks!"],
    "es": ["gracias!!"],
    "it": ["grazie mille"],
    "pt": ["obrigada"],
}

NIGHT: dict[str, list[str]] = {
    "fr": [
        "3h du matin, insomnie, et je regarde les vidéos de l'atelier Orvetta en train de démonter une {watch}. fascinant"
    ],
    "de": [
        "Nachtschicht vorbei, und im Bus noch den Service für Papas alte {watch} bei Orvetta gebucht. Läuft"
    ],
    "en": [
        "can't sleep so I booked the service for grandad's {watch} at 2am, Orvetta app is so easy"
    ],
    "es": [
        "de guardia en el hospital y acabo de pedir la revisión del {watch} de mi padre, qué fácil la app de Orvetta"
    ],
    "it": ["notte insonne, ho prenotato la revisione del {watch}, app Orvetta comodissima"],
    "pt": ["turno da noite e marquei a revisão do {watch} do meu avô na app da Orvetta"],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "fr": ["parfait", "", "👍"],
    "de": ["top", "", "sehr gut"],
    "en": ["great", ""],
    "es": ["genial", ""],
    "it": ["ottimo", ""],
    "pt": ["ótimo", ""],
}

# The six consumer problems, one short complaint per language.
PROBLEMS = ("not_returned", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
PROBLEM: dict[str, dict[str, str]] = {
    "fr": {
        "not_returned": "Ma {watch} est marquée LIVRÉE depuis lundi et je n'ai rien reçu. Personne chez moi, pas d'avis de passage. C'est une montre de mon père !",
        "double_charge": "Vous avez débité la révision DEUX fois ({amt}). Remboursez le doublon svp",
        "damage": "la {watch} revient de révision avec le verre rayé sur toute la largeur. elle était intacte quand je l'ai envoyée",
        "refund": "Devis refusé il y a trois semaines, toujours pas remboursé de l'acompte de {amt}",
        "wrong_price": "Je suis membre Orvetta Care et on m'a facturé le tarif normal, {amt} de trop",
        "cancel_fee": "Frais d'annulation de {amt} alors que j'ai annulé avant même d'envoyer la montre ?? inacceptable",
    },
    "de": {
        "not_returned": "Meine {watch} steht seit Montag als ZUGESTELLT in der App, hier ist nichts angekommen. Das ist die Uhr von meinem Vater!",
        "double_charge": "Sie haben die Revision ZWEIMAL abgebucht ({amt}). Bitte sofort zurück",
        "damage": "die {watch} kommt mit einem Kratzer quer übers Glas zurück. Vorher war sie einwandfrei",
        "refund": "Kostenvoranschlag vor drei Wochen abgelehnt, Anzahlung {amt} immer noch nicht zurück",
        "wrong_price": "Ich bin Orvetta Care Mitglied und zahle trotzdem den normalen Preis, {amt} zu viel",
        "cancel_fee": "{amt} Stornogebühr obwohl ich storniert habe bevor die Uhr überhaupt verschickt war?? Frechheit",
    },
    "en": {
        "not_returned": "My {watch} shows DELIVERED since Monday and nothing came. Nobody left a card. It was my dad's watch",
        "double_charge": "You've charged me TWICE for the service ({amt}). Refund the duplicate please",
        "damage": "{watch} came back from service with a scratch right across the crystal. It was perfect when I sent it",
        "refund": "Rejected the quote three weeks ago and still no refund of my {amt} deposit",
        "wrong_price": "I'm an Orvetta Care member and got charged the full rate, {amt} too much",
        "cancel_fee": "A {amt} cancellation fee when I cancelled before even posting the watch?",
    },
    "es": {
        "not_returned": "Mi {watch} pone ENTREGADO desde el lunes y aquí no ha llegado nada. Es el reloj de mi padre",
        "double_charge": "Me habéis cobrado la revisión DOS veces ({amt}). Devolvedme el duplicado",
        "damage": "el {watch} vuelve con el cristal rayado de lado a lado, estaba perfecto cuando lo mandé",
        "refund": "rechacé el presupuesto hace TRES semanas y sigo sin mi señal de {amt}",
        "wrong_price": "Soy socia de Orvetta Care y me cobran tarifa normal, {amt} de más",
        "cancel_fee": "{amt} de penalización por cancelar antes de mandar el reloj?? en serio",
    },
    "it": {
        "not_returned": "Il mio {watch} risulta CONSEGNATO da lunedì ma non è arrivato niente. È l'orologio di mio padre",
        "double_charge": "Mi avete addebitato la revisione DUE volte ({amt})",
        "damage": "il {watch} è tornato con il vetro graffiato, prima era perfetto",
        "refund": "preventivo rifiutato tre settimane fa, acconto di {amt} ancora non rimborsato",
        "wrong_price": "Sono socio Orvetta Care e pago la tariffa piena, {amt} in più",
        "cancel_fee": "{amt} di penale per aver annullato prima di spedire l'orologio??",
    },
    "pt": {
        "not_returned": "O meu {watch} aparece ENTREGUE desde segunda e não chegou nada. É o relógio do meu pai",
        "double_charge": "Cobraram a revisão DUAS vezes ({amt})",
        "damage": "o {watch} voltou com o vidro riscado, estava perfeito quando o enviei",
        "refund": "recusei o orçamento há três semanas e ainda não devolveram o sinal de {amt}",
        "wrong_price": "Sou sócia Orvetta Care e cobraram a tarifa normal, {amt} a mais",
        "cancel_fee": "{amt} de taxa de cancelamento por cancelar antes de enviar o relógio??",
    },
}

LONG_EMAIL: dict[str, str] = {
    "fr": (
        "Bonjour,\n\nje vous écris depuis la salle d'attente du kiné, entre deux séances de ma mère qui se remet d'une "
        "fracture du poignet. Je m'occupe de tout en ce moment, la maison, les papiers, et je comptais sur vous pour une "
        "seule chose simple.\n\n{problem}\n\nJe suis cliente depuis des années et j'ai toujours été contente, mais là non.\n\nCordialement"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\nich schreibe aus dem Auto vor der Musikschule, während meine Tochter Geige "
        "übt, weil ich sonst keine ruhige Minute habe. Wir räumen gerade die Wohnung meiner Oma aus.\n\n{problem}\n\n"
        "Ich bin seit Jahren Kunde und war nie unzufrieden, aber so geht das nicht.\n\nMit freundlichen Grüßen"
    ),
}

SARCASM: dict[str, str] = {
    "fr": "Bravo Orvetta, montre révisée et rendue avec 4 minutes d'avance par jour, au moins je suis jamais en retard 👏",
    "de": "Danke Orvetta, die Uhr geht nach der Revision 5 Minuten vor, so bin ich endlich pünktlich 🙃",
    "en": "Cheers Orvetta, serviced watch now gains 4 minutes a day, never late again 👏",
    "es": "Genial Orvetta, reloj revisado que adelanta 4 minutos al día, ya nunca llego tarde 😂",
    "it": "Grazie Orvetta, orologio revisionato che anticipa di 4 minuti al giorno 👏",
    "pt": "Obrigado Orvetta, relógio revisto e agora adianta 4 minutos por dia 😂",
}

APOLOGY: dict[str, str] = {
    "fr": "Désolée pour mon message d'hier, j'étais à bout. Merci de regarder le dossier {case}",
    "de": "Entschuldigung für gestern, ich war echt sauer. Danke, dass Sie sich {case} anschauen",
    "en": "Sorry about yesterday's message, bad day. Thanks for looking into {case}",
    "es": "perdón por lo de ayer, estaba desbordada. Gracias por mirar {case}",
    "it": "scusate per ieri, ero furioso. Grazie per {case}",
    "pt": "desculpem a mensagem de ontem. Obrigada por verem o {case}",
}

CONFIRM: dict[str, str] = {
    "fr": "C'est réglé pour {case}, merci",
    "de": "{case} ist erledigt, danke",
    "en": "Confirmed, {case} is sorted, thanks",
    "es": "Confirmo, {case} resuelto, gracias",
    "it": "Confermo, {case} risolto, grazie",
    "pt": "Confirmo, {case} resolvido, obrigado",
}

AGENT_CASE = {
    "fr": "Bonjour, nous avons ouvert le dossier {case} et revenons vers vous sous 48 h. L'équipe Orvetta",
    "de": "Guten Tag, wir haben den Vorgang {case} angelegt und melden uns binnen 48 h. Ihr Orvetta-Team",
    "en": "Hello, we've opened case {case} and will be back to you within 48 h. The Orvetta team",
    "es": "Hola, hemos abierto la incidencia {case}, te respondemos en 48 h. Equipo Orvetta",
    "it": "Buongiorno, abbiamo aperto la segnalazione {case}, risposta entro 48 h. Team Orvetta",
    "pt": "Olá, abrimos o pedido {case} e respondemos em 48 h. Equipa Orvetta",
}
AGENT_GOOD = {
    "fr": "Bonne nouvelle pour le dossier {case} : c'est corrigé. Pouvez-vous nous le confirmer ?",
    "de": "Gute Nachricht zu {case}: erledigt. Können Sie das bitte bestätigen?",
    "en": "Good news on case {case}: it's fixed. Could you confirm?",
    "es": "Buenas noticias sobre {case}: solucionado. ¿Nos lo confirmas?",
    "it": "Buone notizie su {case}: risolto. Ce lo conferma?",
    "pt": "Boas notícias sobre {case}: resolvido. Pode confirmar?",
}
AGENT_LEAD = {
    "fr": "Votre dossier {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "de": "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "en": "Your case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "es": "Tu incidencia {case} está con nuestra responsable de calidad, te llamará antes del viernes a mediodía.",
    "it": "La segnalazione {case} è ora dal responsabile qualità, che la chiamerà entro venerdì.",
    "pt": "O pedido {case} está com a responsável de qualidade, que liga antes de sexta ao meio-dia.",
}
AGENT_URGENT = {
    "fr": "Ajouté au dossier {case}, marqué urgent.",
    "de": "Zu {case} hinzugefügt, als dringend markiert.",
    "en": "Added to case {case}, marked urgent.",
    "es": "Añadido a {case}, marcado urgente.",
    "it": "Aggiunto a {case}, segnato urgente.",
    "pt": "Adicionado ao {case}, marcado urgente.",
}

REPEAT: dict[str, list[str]] = {
    "fr": [
        "Dossier {case} : toujours rien, c'est la deuxième fois que j'écris",
        "TROISIÈME fois pour {case}. Une collègue passe par {comp}, eux règlent ça dans la journée",
        "QUATRIÈME fois. {case} toujours ouvert. Ça suffit",
    ],
    "de": [
        "Vorgang {case}: immer noch nichts passiert, zweite Nachricht",
        "Zum DRITTEN Mal wegen {case}. Ein Kollege lässt bei {comp} servicen, da geht das am selben Tag",
        "VIERTES Mal. {case} immer noch offen. JETZT REICHTS",
    ],
    "en": [
        "Case {case}: still nothing, second time I'm writing",
        "Third time about {case}. I've looked at what {comp} charges",
        "FOURTH time. {case} still open",
    ],
    "es": [
        "Incidencia {case}: sigue sin resolverse, segunda vez",
        "TERCERA vez por {case}. Una compañera usa {comp} y se lo arreglan en el día",
        "CUARTA vez. {case} sigue abierta. YA ESTÁ BIEN",
    ],
    "it": [
        "Segnalazione {case}: ancora niente, seconda volta",
        "Terza volta per {case}. Ho guardato i prezzi di {comp}",
        "QUARTA volta. {case} ancora aperta",
    ],
    "pt": [
        "Pedido {case}: continua igual, segunda vez",
        "Terceira vez por causa do {case}. Um colega usa a {comp} e resolvem no dia",
        "QUARTA vez. {case} continua aberto",
    ],
}

SLIDE: dict[str, list[str]] = {
    "fr": [
        "Révision de ma {watch} annoncée 3 semaines, on en est à 5, sans nouvelles",
        "Montre revenue mais le remontoir accroche un peu, bof",
        "Orvetta demande maintenant des photos de chaque face avant envoi, c'est lourd",
        "Acompte doublé cette fois, et une semaine pour le récupérer",
        "SCANDALEUX : 35 € de « nettoyage bracelet » que je n'ai jamais demandé",
        "Mon beau-frère fait réviser chez {comp}, j'y envoie la prochaine montre",
    ],
    "de": [
        "Revision meiner {watch} sollte 3 Wochen dauern, jetzt 5, keine Info",
        "Uhr zurück, aber die Krone hakt etwas. Naja",
        "Jetzt will Orvetta vor dem Versand Fotos von jeder Seite, umständlich",
        "Anzahlung diesmal doppelt und eine Woche bis zur Freigabe",
        "UNVERSCHÄMT: 35 € 'Armbandreinigung', nie bestellt",
        "Mein Schwager lässt bei {comp} servicen, die nächste Uhr geht dahin",
    ],
    "en": [
        "{watch} service quoted 3 weeks, now 5, no update",
        "Watch is back but the crown catches a bit, meh",
        "Orvetta now wants photos of every side before posting, tedious",
        "Deposit doubled this time and a week to release it",
        "RIDICULOUS: £30 'strap cleaning' I never asked for",
        "My brother-in-law uses {comp}, next watch goes there",
    ],
    "es": [
        "La revisión del {watch} eran 3 semanas, vamos por 5 sin noticias",
        "ha vuelto pero la corona roza un poco, bueno",
        "ahora Orvetta pide fotos de cada lado antes de enviar, qué pesadez",
        "la señal doble esta vez y una semana para liberarla",
        "VERGONZOSO: 35 € de 'limpieza de correa' que nunca pedí",
        "Mi cuñado revisa en {comp}, el próximo reloj va allí",
    ],
    "it": [
        "Revisione del {watch} prevista 3 settimane, siamo a 5",
        "tornato ma la corona si impunta un po'",
        "ora Orvetta vuole foto di ogni lato prima della spedizione, che noia",
        "acconto doppio e una settimana per sbloccarlo",
        "VERGOGNOSO: 35 € di 'pulizia cinturino' mai chiesta",
        "Mio cognato va da {comp}, il prossimo orologio lo porto lì",
    ],
    "pt": [
        "A revisão do {watch} eram 3 semanas, já vão 5",
        "voltou mas a coroa prende um pouco",
        "agora a Orvetta quer fotos de todos os lados antes do envio, chato",
        "sinal a dobrar e uma semana para o libertar",
        "VERGONHOSO: 35 € de 'limpeza da bracelete' que nunca pedi",
        "O meu cunhado usa a {comp}, o próximo relógio vai para lá",
    ],
}

CANCEL: dict[str, str] = {
    "fr": "Bonjour, j'ai hérité d'une seule montre et je ne la porte plus, je voudrais résilier Orvetta Care et fermer mon compte. Merci pour tout",
    "de": "Hallo, ich trage inzwischen nur noch eine Smartwatch und möchte Orvetta Care kündigen und mein Konto schließen. Danke für alles",
    "en": "Hi, I've sold my watches and would like to cancel Orvetta Care and close my account please",
    "es": "Hola, ya no uso reloj mecánico, quiero darme de baja de Orvetta Care y cerrar la cuenta",
    "it": "Buongiorno, vorrei disdire Orvetta Care e chiudere l'account, non uso più orologi meccanici",
    "pt": "Olá, quero cancelar o Orvetta Care e fechar a conta, já não uso relógios",
}
AGENT_BYE = {
    "fr": "Dommage de vous voir partir. Vous pouvez résilier vous-même dans l'app ou sur le site.",
    "de": "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website.",
    "es": "Sentimos que te vayas. Puedes darte de baja en la app o en la web.",
    "it": "Ci dispiace. Può disdire da solo nell'app o sul sito.",
    "pt": "Lamentamos. Pode cancelar na app ou no site.",
}

GRUMBLE: dict[str, list[str]] = {
    "fr": [
        "l'app me déconnecte à chaque fois",
        "encore 30 min de queue au comptoir le samedi",
        "la boîte d'envoi est trop petite pour une montre de plongée",
    ],
    "de": [
        "App loggt mich jedes Mal aus",
        "wieder 30 Minuten Schlange am Samstag",
        "Versandbox zu klein für eine Taucheruhr",
    ],
    "en": ["app logs me out every single time", "30 minute queue at the counter again on Saturday"],
    "es": ["la app me echa cada vez", "otra vez 30 min de cola el sábado"],
    "it": ["l'app mi disconnette ogni volta", "coda di 30 minuti al banco il sabato"],
    "pt": ["a app desliga-me sempre", "30 min de fila no balcão ao sábado"],
}

MILD: dict[str, str] = {
    "fr": "petite remarque : le suivi ne dit pas dans quelle ville est l'atelier",
    "de": "kleine Anmerkung: die Benachrichtigungen kommen auf Englisch statt Deutsch",
    "en": "small thing: the tracking page shows the wrong city for the workshop",
    "es": "una cosita: las notificaciones me llegan en inglés",
    "it": "piccola nota: le notifiche arrivano in inglese",
    "pt": "pequena nota: as notificações chegam em inglês",
}
AGENT_MILD = {
    "fr": "Merci, c'est noté, nous transmettons à l'équipe produit.",
    "de": "Danke, ist notiert und geht ans Produktteam.",
    "en": "Thanks, noted and passed to the product team.",
    "es": "Gracias, lo pasamos al equipo de producto.",
    "it": "Grazie, lo giriamo al team prodotto.",
    "pt": "Obrigado, passamos à equipa de produto.",
}

# The spike: declining an estimate in the app is recorded as approving a full overhaul.
SPIKE_CODE = "EST~R/29"
SPIKE: dict[str, list[str]] = {
    "fr": [
        "J'ai REFUSÉ le devis dans l'app et elle affiche « révision complète acceptée » !! Annuler donne {code}. je veux juste ma montre",
        "bonjour j'ai cliqué refuser le devis et c'est marqué accepté, 420 euros de révision que je n'ai pas demandée, erreur {code}",
    ],
    "de": [
        "Ich habe den Kostenvoranschlag ABGELEHNT und die App zeigt 'Vollrevision angenommen'. Rückgängig geht nicht: {code}",
        "hallo ablehnen gedrückt und jetzt steht da angenommen, Fehler {code}, ich will die Uhr unrepariert zurück",
    ],
    "en": [
        "Declined the quote in the app and it now says FULL OVERHAUL ACCEPTED. Undo gives {code}. What is going on @Orvetta"
    ],
    "es": [
        "He RECHAZADO el presupuesto y la app dice revisión completa aceptada, deshacer da {code}"
    ],
    "it": ["Ho rifiutato il preventivo e l'app dice revisione completa accettata, errore {code}"],
    "pt": ["Recusei o orçamento e a app diz revisão completa aceite, erro {code}"],
}
SPIKE_AGAIN: dict[str, str] = {
    "fr": "toujours {code} sur le téléphone de mon mari aussi, le devis reste accepté",
    "de": "immer noch {code}, auch am Rechner, der Auftrag steht weiter auf angenommen",
    "en": "still {code} on the website too, quote still shows accepted",
    "es": "sigue {code} también en la web, el presupuesto sigue aceptado",
    "it": "ancora {code} anche dal sito",
    "pt": "continua {code} também no site",
}
AGENT_SPIKE_CHAT = {
    "fr": "Oui, un refus de devis est enregistré comme acceptation en ce moment, aucun atelier ne lancera de travaux, nos équipes corrigent.",
    "de": "Ja, Ablehnungen werden gerade als Annahme gespeichert; keine Werkstatt beginnt Arbeiten, wir beheben es.",
    "en": "Yes, declined quotes are being recorded as accepted right now; no workshop will start work, we're fixing it.",
    "es": "Sí, ahora mismo los rechazos se guardan como aceptación; ningún taller empezará nada, lo estamos arreglando.",
    "it": "Sì, i rifiuti vengono registrati come accettazioni; nessun laboratorio inizierà, stiamo correggendo.",
    "pt": "Sim, as recusas estão a ficar como aceites; nenhuma oficina começa, estamos a corrigir.",
}
AGENT_SPIKE_FIXED = {
    "fr": "Votre refus de devis est bien enregistré depuis 11h40, la montre vous revient sans frais de port.",
    "de": "Ihre Ablehnung ist seit 11:40 korrekt gespeichert, die Uhr kommt versandkostenfrei zurück.",
    "en": "Your declined quote is correctly recorded since 10:40, the watch comes back with free postage.",
    "es": "Tu rechazo está bien registrado desde las 11:40, el reloj vuelve sin gastos de envío.",
    "it": "Il rifiuto è registrato correttamente dalle 11:40, l'orologio torna senza spese.",
    "pt": "A recusa está registada desde as 10:40, o relógio volta sem portes.",
}
LONE_Q = {
    "fr": "petite question : le bouton refuser le devis est gris chez moi ce soir, il marchera demain ?",
    "de": "kurze Frage: der Ablehnen-Knopf war gestern grau bis ich neu geladen habe, ist das normal?",
}
AGENT_LONE = {
    "fr": "Il est gris tant que le devis se charge, il fonctionnera.",
    "de": "Er ist grau, solange der Voranschlag lädt, alles normal.",
}

# The business arm: jewellers on account (Orvetta Trade).
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "Vos factures portent encore l'ancienne raison sociale et aucun numéro de commande, notre compta les rejette",
        "service_blocked": "Le comptoir refuse nos dépôts, « compte bloqué », alors que tout est payé",
        "portal": "Le portail Trade n'affiche aucune réparation en cours, impossible de suivre les montres de nos clients",
        "overbilled": "Facturé au tarif particulier au lieu du tarif contrat Trade, plus de 600 € d'écart",
    },
    "de": {
        "invoice": "Ihre Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, unsere Buchhaltung lehnt sie ab",
        "service_blocked": "Die Annahme verweigert unsere Uhren, 'Konto gesperrt', obwohl alles bezahlt ist",
        "portal": "Das Trade-Portal zeigt keine offenen Reparaturen, wir können unseren Kunden nichts sagen",
        "overbilled": "Abgerechnet zum Privatkundenpreis statt zum Trade-Vertragspreis, über 600 € Differenz",
    },
    "es": {
        "invoice": "Las facturas llevan el nombre antiguo de la empresa y sin número de pedido",
        "service_blocked": "El mostrador rechaza nuestros relojes, 'cuenta bloqueada', y está todo pagado",
        "portal": "El portal Trade no muestra ninguna reparación abierta",
        "overbilled": "Nos cobran tarifa de particular en vez de la de contrato, más de 600 €",
    },
}
B2B_ROUTINE = {
    "fr": ("Bonjour, délai actuel pour un changement de couronne ?", "Environ 10 jours ouvrés."),
    "de": ("Hallo, aktuelle Dauer für einen Kronenwechsel?", "Etwa 10 Werktage."),
    "es": ("Hola, ¿plazo actual para cambio de corona?", "Unos 10 días laborables."),
}
B2B_LAST_CALL = {
    "fr": "oui bonjour c'est encore pour le dossier {case} rien n'a bougé plusieurs collègues vous ont écrit mon patron dit qu'on passe chez {comp} si ce n'est pas réglé cette semaine",
    "de": "ja hallo wegen {case} es hat sich nichts getan mehrere Kollegen haben geschrieben mein Chef sagt wir gehen zu {comp} wenn das diese Woche nicht erledigt ist",
    "es": "hola otra vez por {case} no se ha arreglado nada varios compañeros han escrito mi jefe dice que nos vamos a {comp} si no se arregla esta semana",
}
B2B_MILD = {
    "fr": "suggestion : pourriez-vous indiquer la date du dernier test d'étanchéité sur le bon de retour ?",
    "de": "Vorschlag: könnten Sie die Reparaturkosten nach Kundenauftrag exportierbar machen?",
    "es": "sugerencia: ¿podríais poner la fecha de la última prueba de estanqueidad en el albarán?",
}
