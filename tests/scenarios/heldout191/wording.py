"""Wording of heldout191 (Calcelo: water softeners, salt deliveries, Calcelo Plus, Calcelo Pro).

Written from the stories; placeholders: {b} brand, {case} case reference, {comp}
competitor, {prob} the problem in the customer's words, {agent} an agent's name,
{who} a colleague's first name.
"""

# ruff: noqa: E501

T = dict[str, list[str]]

BRAND = "Calcelo"
COMPETITORS = ["Durello", "Addolcix"]
LANGS = ["fr", "en", "de", "it", "pt", "es"]

PRAISE: T = {
    "fr": [
        "Le technicien {b} est passé ce matin, l'eau est enfin douce, plus une trace sur la paroi de douche !",
        "Livraison de sel {b} pile dans le créneau, le livreur a même monté les sacs à la cave. Top",
        "Troisième fois que je commande le sel chez {b} et toujours aussi simple, rien à redire",
    ],
    "en": [
        "The {b} engineer was lovely, kettle finally free of limescale after years",
        "Salt blocks from {b} turned up bang on time again, driver carried them to the garage. Brilliant",
        "third time this year the {b} service visit was quick and tidy, still impressed",
    ],
    "de": ["Der Techniker von {b} war super freundlich, endlich kein Kalk mehr an der Armatur"],
    "it": ["Il tecnico {b} è stato gentilissimo, finalmente niente calcare nel bollitore"],
    "pt": ["O técnico da {b} foi impecável, finalmente sem calcário no chuveiro"],
    "es": ["El técnico de {b} fue muy amable, por fin nada de cal en la mampara"],
}

PRAISE_GRIPE: T = {
    "fr": [
        "Très contente de {b}, juste le créneau de livraison 8h-13h un peu large. Sinon parfait",
        "Adoucisseur nickel depuis l'installation, seule la notice papier manque (PDF seulement). Je recommande",
    ],
    "en": [
        "Really pleased with {b}, only the delivery window is a bit wide. Otherwise spot on",
        "Softener works a treat, my only gripe is the app's font is tiny. Would recommend",
    ],
    "de": ["Sehr gut bisher, nur das Lieferfenster ist recht lang. Sonst gerne wieder {b}"],
    "it": ["Molto bene {b}, solo la fascia di consegna è troppo ampia. Per il resto ottimo"],
    "pt": ["Muito bom, só a janela de entrega é demasiado larga. De resto recomendo a {b}"],
    "es": ["Muy bien con {b}, solo que la franja de entrega es muy amplia. Por lo demás genial"],
}

QUESTION: T = {
    "fr": [
        "Bonjour, je peux décaler ma livraison de sel à jeudi ?",
        "bjr, quelle dureté régler pour de l'eau à 32 °f ?",
        "Bonjour, le kit de désinfection de la résine est compris dans Calcelo Plus ?",
    ],
    "en": [
        "Hi, can I move my salt delivery to Thursday?",
        "how often should I sanitise the resin, once a year?",
        "Hi there, does Calcelo Plus include the yearly service or is it extra?",
    ],
    "de": ["Hallo, kann ich die Salzlieferung auf Donnerstag verschieben?"],
    "it": ["Ciao, posso spostare la consegna del sale a giovedì?"],
    "pt": ["Olá, posso mudar a entrega do sal para quinta?"],
    "es": ["Hola, ¿puedo pasar la entrega de sal al jueves?"],
}

ANSWER: T = {
    "fr": ["Bonjour, c'est fait, tout est noté sur votre compte. Bonne journée ! {agent}"],
    "en": ["Hi, all sorted, it's noted on your account now. Have a good day! {agent}"],
    "de": ["Hallo, erledigt, ist in Ihrem Konto vermerkt. Schönen Tag! {agent}"],
    "it": ["Buongiorno, fatto, è segnato sul suo account. Buona giornata! {agent}"],
    "pt": ["Olá, está feito, ficou registado na sua conta. Bom dia! {agent}"],
    "es": ["Hola, hecho, queda anotado en tu cuenta. ¡Buen día! {agent}"],
}

THANKS: T = {
    "fr": ["merci !!", "top merci 👍", "nickel, merci bcp"],
    "en": ["cheers!", "ta, legend", "thanks a lot 🙌"],
    "de": ["danke dir!"],
    "it": ["grazie mille!"],
    "pt": ["obg!!"],
    "es": ["gracias crack!!"],
}

PHONE_Q: T = {
    "fr": [
        "oui bonjour je voulais savoir si le technicien peut passer samedi matin pour l'entretien annuel",
        "bonjour c'est pour savoir combien de sacs il me faut pour trois mois",
    ],
    "en": [
        "hi yeah just calling to ask if the engineer can come saturday morning for the annual service",
        "hello its about how many salt bags i need for three months",
    ],
    "de": ["ja hallo ich wollte fragen ob der Techniker am Samstag vormittag kommen kann"],
    "it": ["sì buongiorno volevo sapere se il tecnico può venire sabato mattina"],
    "pt": ["olá queria saber se o técnico pode vir sábado de manhã"],
    "es": ["hola buenas quería saber si el técnico puede venir el sábado por la mañana"],
}

NIGHT_POST: T = {
    "fr": [
        "3h du mat, insomnie, je fais des comptes : grâce à {b} plus un seul détartrant acheté depuis mars 😅",
        "retour de garde de nuit, une douche à l'eau douce, merci {b} 🌙",
    ],
    "en": [
        "night shift done and a 2am shower with soft water, {b} you beauty 🌙",
        "cant sleep so reading softener forums, still glad we went with {b}",
    ],
    "de": ["Nachtschicht vorbei, Dusche ohne Kalkflecken, danke {b} 🌙"],
    "it": ["turno di notte finito, doccia con acqua morbida, grazie {b} 🌙"],
    "pt": ["turno da noite acabado, banho com água macia, obrigada {b} 🌙"],
    "es": ["salgo del turno de noche y ducha sin cal, gracias {b} 🌙"],
}

NIGHT_CHAT: T = {
    "fr": [
        "bonsoir, je peux lancer une régénération manuelle la nuit sans risque ?",
        "re, le bac à sel fait du bruit la nuit c'est normal ?",
    ],
    "en": [
        "hi, is it fine to leave the bypass valve open overnight?",
        "hey, the brine tank gurgles at night, normal?",
    ],
    "de": ["Hallo, darf die Regeneration nachts laufen?"],
    "it": ["ciao, va bene se la rigenerazione parte di notte?"],
    "pt": ["olá, a regeneração pode correr de noite?"],
    "es": ["hola, ¿la regeneración puede ir de noche?"],
}

NIGHT_ANSWER: T = {
    "fr": ["Bonsoir, oui aucun souci, c'est même l'heure idéale. Bonne nuit ! {agent}"],
    "en": ["Evening! Yes, that's fine, night is the best time for it. Night! {agent}"],
    "de": ["Guten Abend, ja, nachts ist sogar ideal. Gute Nacht! {agent}"],
    "it": ["Buonasera, sì, anzi la notte è l'ideale. Buonanotte! {agent}"],
    "pt": ["Boa noite, sim, aliás é a melhor hora. Boa noite! {agent}"],
    "es": ["Buenas noches, sí, de hecho es la mejor hora. ¡Buenas noches! {agent}"],
}

SURVEY_WORD: T = {
    "fr": ["Parfait", "", "👍"],
    "en": ["Spot on", "", "🙂"],
    "de": ["Top"],
    "it": ["Ottimo"],
    "pt": ["Excelente"],
    "es": ["Genial"],
}

LOW_SURVEY_WORD: T = {
    "fr": ["Déçue", ""],
    "en": ["Poor", ""],
    "de": ["Schwach"],
    "it": ["Deludente"],
    "pt": ["Fraco"],
    "es": ["Flojo"],
}

PRODUCTS = [
    ("Salt blocks 8 x 4 kg", "34.90"),
    ("Salt tablets 25 kg", "18.50"),
    ("Annual service visit", "89.00"),
    ("Resin sanitiser kit", "14.90"),
    ("Filter cartridge set", "29.90"),
]

# The six consumer problems, in the customer's words.
PROB: dict[str, T] = {
    "no_show": {
        "fr": [
            "livraison de sel marquée LIVRÉE à 9h12 et rien devant ma porte",
            "les sacs de sel soi-disant livrés hier, jamais vus",
        ],
        "en": [
            "salt delivery marked DELIVERED at 9:12 and nothing at my door",
            "salt supposedly delivered yesterday, never arrived",
        ],
        "de": ["Salzlieferung als GELIEFERT markiert, aber nichts vor der Tür"],
        "it": ["consegna del sale segnata come CONSEGNATA e davanti alla porta niente"],
        "pt": ["entrega do sal marcada como ENTREGUE e nada à porta"],
        "es": ["entrega de sal marcada como ENTREGADA y en mi puerta nada"],
    },
    "double_charge": {
        "fr": [
            "l'abonnement Calcelo Plus prélevé DEUX fois ce mois-ci",
            "prélevée deux fois pour Calcelo Plus",
        ],
        "en": [
            "Calcelo Plus taken TWICE from my account this month",
            "charged twice for Calcelo Plus",
        ],
        "de": ["Calcelo Plus diesen Monat ZWEIMAL abgebucht"],
        "it": ["Calcelo Plus addebitato DUE volte questo mese"],
        "pt": ["Calcelo Plus cobrado DUAS vezes este mês"],
        "es": ["Calcelo Plus cobrado DOS veces este mes"],
    },
    "damage": {
        "fr": [
            "le raccord posé par votre technicien fuit, l'eau coule sous l'évier",
            "fuite au raccord depuis l'entretien, meuble sous évier gonflé",
        ],
        "en": [
            "the fitting your engineer put in is leaking under the sink",
            "leak at the joint since the service, cupboard base ruined",
        ],
        "de": ["die Verschraubung vom Techniker leckt, Wasser unter der Spüle"],
        "it": ["il raccordo montato dal tecnico perde, acqua sotto il lavello"],
        "pt": ["a ligação feita pelo técnico está a pingar, água debaixo do lava-loiça"],
        "es": ["el racor que puso el técnico gotea, agua bajo el fregadero"],
    },
    "refund": {
        "fr": [
            "toujours pas remboursée pour l'adoucisseur rendu il y a TROIS semaines",
            "remboursement de l'appareil rendu jamais arrivé",
        ],
        "en": [
            "still no refund for the softener I returned THREE weeks ago",
            "refund for the returned unit never came",
        ],
        "de": ["nach DREI Wochen noch keine Erstattung für das zurückgegebene Gerät"],
        "it": ["dopo TRE settimane nessun rimborso per l'addolcitore restituito"],
        "pt": ["TRÊS semanas e nada do reembolso do aparelho devolvido"],
        "es": ["TRES semanas sin el reembolso del descalcificador devuelto"],
    },
    "wrong_price": {
        "fr": [
            "membre Calcelo Plus et facturée au tarif non-membre pour l'entretien",
            "tarif plein sur l'entretien alors que je suis Plus",
        ],
        "en": [
            "I'm a Calcelo Plus member and was billed the non-member service rate",
            "full price for the service though I'm on Plus",
        ],
        "de": ["als Plus-Mitglied den Normalpreis für die Wartung berechnet"],
        "it": ["socia Plus e mi avete fatto pagare la tariffa piena"],
        "pt": ["sou membro Plus e cobraram o preço normal da manutenção"],
        "es": ["soy socia Plus y me cobrasteis la tarifa normal del mantenimiento"],
    },
    "cancel_fee": {
        "fr": [
            "29 € de frais d'annulation alors que j'ai annulé la visite QUATRE jours avant",
            "frais d'annulation pour une visite annulée 4 jours avant",
        ],
        "en": [
            "a £25 cancellation fee though I cancelled the visit FOUR days ahead",
            "charged a cancellation fee for cancelling 4 days early",
        ],
        "de": ["29 € Stornogebühr, obwohl ich VIER Tage vorher abgesagt habe"],
        "it": ["29 € di penale anche se ho disdetto QUATTRO giorni prima"],
        "pt": ["29 € de taxa de cancelamento e cancelei QUATRO dias antes"],
        "es": ["29 € de penalización y cancelé CUATRO días antes"],
    },
}

PROBLEMS = list(PROB)

ANGRY: T = {
    "fr": [
        "{prob}. C'EST INADMISSIBLE, je veux une réponse aujourd'hui.",
        "Franchement {b}... {prob}. J'attends une solution.",
    ],
    "en": [
        "{prob}. This is NOT ok, I want an answer today.",
        "Honestly {b}... {prob}. Sort it out please.",
    ],
    "de": ["{prob}. Das geht SO NICHT, ich erwarte heute eine Antwort."],
    "it": ["{prob}. Così NON va, voglio una risposta oggi."],
    "pt": ["{prob}. Isto NÃO pode ser, quero resposta hoje."],
    "es": ["{prob}. Esto NO puede ser, quiero respuesta hoy."],
}

CALL: T = {
    "fr": ["oui bonjour j'appelle parce que {prob} et personne ne me rappelle"],
    "en": ["yeah hi im calling because {prob} and nobody has called me back"],
    "de": ["ja hallo ich rufe an weil {prob} und keiner ruft zurück"],
    "it": ["sì buongiorno chiamo perché {prob} e nessuno mi richiama"],
    "pt": ["olá estou a ligar porque {prob} e ninguém me liga de volta"],
    "es": ["hola buenas llamo porque {prob} y nadie me devuelve la llamada"],
}

LONG_EMAIL: T = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de ma mère, qui se remet doucement de son opération du genou, alors pardonnez le style. Nous avons pris l'abonnement Calcelo Plus à l'arrivée de notre deuxième enfant, et jusqu'ici tout allait bien.\n\nMais voilà : {prob}. Entre les biberons, le travail et les allers-retours chez ma mère, je n'ai vraiment pas le temps de courir après ça.\n\nMerci de régler le problème rapidement.\n\nCordialement",
        "Madame, Monsieur,\n\nJe rénove la maison de ma grand-mère le soir après le travail, et l'adoucisseur était la seule chose que je pensais ne pas avoir à surveiller. J'ai toujours recommandé {b} autour de moi.\n\nOr {prob}. J'ai déjà perdu une matinée à attendre.\n\nJe compte sur vous pour une réponse rapide.\n\nBien à vous",
    ],
    "en": [
        "Hello,\n\nI'm writing this from the car outside my son's swimming lesson, so forgive the brevity. We've had Calcelo Plus since we moved in and I've always been happy.\n\nHowever, {prob}. With two jobs and a house half painted I really don't have time to chase this.\n\nPlease sort it out quickly.\n\nKind regards",
        "Dear Calcelo,\n\nI volunteer at the food bank on Saturdays and was typing this between deliveries. I recommended you to three neighbours last spring.\n\nBut {prob}, and I've already lost a morning waiting in.\n\nI'd appreciate a quick answer.\n\nBest wishes",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer der Tierärztin, während unser Hund behandelt wird. Wir sind seit Jahren zufriedene Kunden.\n\nAber {prob}. Ich habe dafür wirklich keine Zeit.\n\nBitte lösen Sie das schnell.\n\nMit freundlichen Grüßen"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra. Siamo clienti da anni.\n\nPerò {prob}. Non ho tempo per rincorrervi.\n\nGrazie per una risposta rapida.\n\nCordiali saluti"
    ],
    "pt": [
        "Bom dia,\n\nescrevo da sala de espera do dentista. Somos clientes há anos.\n\nMas {prob}. Não tenho tempo para isto.\n\nObrigada por uma resposta rápida.\n\nCumprimentos"
    ],
    "es": [
        "Hola,\n\nos escribo desde la sala de espera del fisio de mi padre. Somos clientes desde hace años.\n\nPero {prob}. No tengo tiempo para perseguir esto.\n\nGracias por una respuesta rápida.\n\nUn saludo"
    ],
}

COMPLAINT_SUBJECT: T = {
    "fr": ["Réclamation : {topic}"],
    "en": ["Complaint: {topic}"],
    "de": ["Beschwerde: {topic}"],
    "it": ["Reclamo: {topic}"],
    "pt": ["Reclamação: {topic}"],
    "es": ["Reclamación: {topic}"],
}

CASE_SUBJECT: T = {
    "fr": ["RE : Dossier {case}"],
    "en": ["Re: Your case {case}"],
    "de": ["AW: Vorgang {case}"],
    "it": ["R: Pratica {case}"],
    "pt": ["RE: Processo {case}"],
    "es": ["RE: Incidencia {case}"],
}

CASE_OPENED: T = {
    "fr": ["Bonjour, nous avons ouvert le dossier {case} et revenons vers vous sous 48 h. {agent}"],
    "en": ["Hi, we've opened case {case} and will come back to you within 48 hours. {agent}"],
    "de": [
        "Hallo, wir haben den Vorgang {case} eröffnet und melden uns binnen 48 Stunden. {agent}"
    ],
    "it": ["Buongiorno, abbiamo aperto la pratica {case}, le rispondiamo entro 48 ore. {agent}"],
    "pt": ["Olá, abrimos o processo {case} e respondemos em 48 horas. {agent}"],
    "es": ["Hola, hemos abierto la incidencia {case} y te respondemos en 48 h. {agent}"],
}

QUALITY_LEAD: T = {
    "fr": [
        "Bonjour, votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "en": [
        "Hello, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "de": [
        "Hallo, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}"
    ],
    "it": [
        "Buongiorno, la pratica {case} è ora dal nostro responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}"
    ],
    "pt": [
        "Olá, o processo {case} está agora com a nossa responsável de qualidade, que liga antes de sexta ao almoço. {agent}"
    ],
    "es": [
        "Hola, tu incidencia {case} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
    ],
}

GOOD_NEWS: T = {
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est corrigé de notre côté. Pouvez-vous nous confirmer que tout est bon ? {agent}"
    ],
    "en": [
        "Good news on case {case}: it's fixed on our side. Could you confirm all is well? {agent}"
    ],
    "de": [
        "Gute Nachricht zu {case}: auf unserer Seite behoben. Können Sie das bestätigen? {agent}"
    ],
    "it": ["Buone notizie per la pratica {case}: risolto da parte nostra. Può confermare? {agent}"],
    "pt": ["Boas notícias sobre o processo {case}: está resolvido. Pode confirmar? {agent}"],
    "es": [
        "Buenas noticias sobre {case}: está resuelto por nuestra parte. ¿Nos lo confirmas? {agent}"
    ],
}

CONFIRM: T = {
    "fr": [
        "Confirmé pour {case}, tout est rentré dans l'ordre, merci !",
        "c'est bon pour {case}, merci beaucoup",
    ],
    "en": ["Confirmed for {case}, all sorted now, thank you!", "yep {case} is fine now, thanks"],
    "de": ["Bestätigt für {case}, alles in Ordnung, danke!"],
    "it": ["Confermo per {case}, tutto a posto, grazie!"],
    "pt": ["Confirmo o {case}, está tudo bem, obrigado!"],
    "es": ["Confirmado lo de {case}, todo bien, ¡gracias!"],
}

APOLOGY: T = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci pour votre aide.",
        "pardon pour le ton hier, journée horrible. merci",
    ],
    "en": [
        "Sorry about my message yesterday, I was at the end of my rope. Thanks for the help.",
        "apologies for the tone yesterday, awful day. thanks",
    ],
    "de": ["Entschuldigung für meinen Ton gestern, war ein schlimmer Tag. Danke."],
    "it": ["Scusate per il tono di ieri, giornataccia. Grazie."],
    "pt": ["Desculpem o tom de ontem, foi um dia péssimo. Obrigada."],
    "es": ["Perdón por el tono de ayer, fue un día horrible. Gracias."],
}

LATER: T = {
    "fr": [
        "Dossier {case} toujours ouvert : {prob}. J'ai déjà écrit, rien ne bouge.",
        "{case} : TOUJOURS rien. {prob}.",
    ],
    "en": [
        "Case {case} still open: {prob}. I already wrote, nothing has moved.",
        "{case}: STILL nothing. {prob}.",
    ],
    "de": ["Vorgang {case} immer noch offen: {prob}. Es tut sich nichts."],
    "it": ["Pratica {case} ancora aperta: {prob}. Non si muove niente."],
    "pt": ["Processo {case} ainda aberto: {prob}. Nada mudou."],
    "es": ["Incidencia {case} sigue abierta: {prob}. No se mueve nada."],
}

THIRD: T = {
    "fr": [
        "Troisième message pour {case}, toujours rien. Ma voisine est chez {comp} et eux règlent ça dans la journée."
    ],
    "en": [
        "Third message about {case}, still nothing. A colleague uses {comp} and they sort this the same day."
    ],
    "de": [
        "Dritte Nachricht zu {case}, immer noch nichts. Ein Kollege ist bei {comp}, die lösen das am selben Tag."
    ],
    "it": [
        "Terzo messaggio per {case}, ancora niente. Una collega usa {comp} e lì risolvono in giornata."
    ],
    "pt": [
        "Terceira mensagem sobre {case}, nada. Uma colega usa a {comp} e resolvem no mesmo dia."
    ],
    "es": [
        "Tercer mensaje por {case}, nada. Una compañera está con {comp} y lo arreglan en el día."
    ],
}

FOURTH: T = {
    "fr": ["QUATRIÈME fois que je vous contacte pour {case}. {prob}. Ça suffit."],
    "en": ["FOURTH time I'm contacting you about {case}. {prob}. Enough."],
    "de": ["Zum VIERTEN Mal wegen {case}. {prob}. Jetzt reicht's."],
    "it": ["QUARTA volta che vi contatto per {case}. {prob}. Basta."],
    "pt": ["QUARTA vez que vos contacto pelo {case}. {prob}. Chega."],
    "es": ["CUARTA vez que os escribo por {case}. {prob}. Ya está bien."],
}

URGENT: T = {
    "fr": ["C'est ajouté à votre dossier {case}, marqué urgent. {agent}"],
    "en": ["Added to your case {case}, marked urgent. {agent}"],
    "de": ["Zum Vorgang {case} hinzugefügt, als dringend markiert. {agent}"],
    "it": ["Aggiunto alla pratica {case}, segnata urgente. {agent}"],
    "pt": ["Acrescentado ao processo {case}, marcado urgente. {agent}"],
    "es": ["Añadido a tu incidencia {case}, marcada urgente. {agent}"],
}

SLIDE: T = {
    "fr": [
        "Livraison de sel avec trois heures de retard et sans un appel, bof",
        "Le technicien a oublié de reprogrammer la dureté, l'eau recalcaire",
        "Il faut maintenant une photo du bac à sel pour chaque réclamation, sérieux ?",
        "Prix du sel augmenté deux fois en deux mois pour les membres Plus",
        "35 € de « frais de déplacement » pour une visite sous garantie. Je suis furieuse",
        "Mon beau-frère est chez {comp}, j'ai demandé un devis chez eux pour samedi",
    ],
    "en": [
        "Salt delivery three hours late and no call, meh",
        "Engineer forgot to reset the hardness, limescale back already",
        "Now they want a photo of the brine tank for every claim, seriously?",
        "Salt price up twice in two months for Plus members",
        "£30 'call-out fee' for a visit under warranty. Furious",
        "My brother-in-law is with {comp}, asked them for a quote for Saturday",
    ],
    "de": [
        "Salz drei Stunden zu spät, ohne Anruf",
        "Härte nicht neu eingestellt, wieder Kalk",
        "Jetzt Foto vom Salzbehälter für jede Reklamation?",
        "Salzpreis zweimal in zwei Monaten erhöht",
        "35 € Anfahrt für einen Garantiefall. Wütend",
        "Mein Schwager ist bei {comp}, habe dort ein Angebot für Samstag angefragt",
    ],
    "it": [
        "Sale consegnato con tre ore di ritardo, senza chiamata",
        "Il tecnico non ha reimpostato la durezza, di nuovo calcare",
        "Ora serve una foto del serbatoio per ogni reclamo?",
        "Prezzo del sale aumentato due volte in due mesi",
        "35 € di uscita per un intervento in garanzia. Furiosa",
        "Mio cognato è con {comp}, ho chiesto un preventivo per sabato",
    ],
    "pt": [
        "Sal entregue com três horas de atraso, sem chamada",
        "O técnico não reprogramou a dureza, calcário outra vez",
        "Agora é preciso foto do depósito para cada reclamação?",
        "Preço do sal subiu duas vezes em dois meses",
        "35 € de deslocação numa visita em garantia. Furiosa",
        "O meu cunhado está com a {comp}, pedi orçamento para sábado",
    ],
    "es": [
        "Sal entregada con tres horas de retraso, sin llamar",
        "El técnico no reprogramó la dureza, otra vez cal",
        "¿Ahora foto del depósito para cada reclamación?",
        "Precio de la sal subido dos veces en dos meses",
        "35 € de desplazamiento en una visita en garantía. Furiosa",
        "Mi cuñado está con {comp}, les he pedido presupuesto para el sábado",
    ],
}

LEAVE: T = {
    "fr": [
        "Bonjour, nous déménageons dans un immeuble avec adoucisseur collectif. Je souhaite résilier Calcelo Plus et fermer mon compte.",
        "Bonjour, la maison est vendue, je voudrais résilier mon abonnement Plus et clôturer le compte svp.",
    ],
    "en": [
        "Hi, we're moving to a flat with a shared softener. I'd like to cancel Calcelo Plus and close my account.",
        "Hello, house is sold, please cancel my Plus membership and close the account.",
    ],
    "de": [
        "Hallo, wir ziehen in eine Wohnung mit zentraler Enthärtung. Bitte Calcelo Plus kündigen und Konto schließen."
    ],
    "it": [
        "Buongiorno, ci trasferiamo in un condominio con addolcitore centralizzato. Vorrei disdire Calcelo Plus e chiudere l'account."
    ],
    "pt": [
        "Olá, vamos mudar para um prédio com descalcificador comum. Quero cancelar o Calcelo Plus e fechar a conta."
    ],
    "es": [
        "Hola, nos mudamos a un piso con descalcificador comunitario. Quiero cancelar Calcelo Plus y cerrar la cuenta."
    ],
}

SORRY_GO: T = {
    "fr": [
        "Désolés de vous voir partir ! Vous pouvez résilier vous-même dans l'app ou sur le site. {agent}"
    ],
    "en": ["Sorry to see you go! You can cancel yourself in the app or on the website. {agent}"],
    "de": [
        "Schade, dass Sie gehen! Sie können selbst in der App oder auf der Website kündigen. {agent}"
    ],
    "it": ["Ci dispiace vederla andare! Può disdire da sola nell'app o sul sito. {agent}"],
    "pt": ["Pena vê-la partir! Pode cancelar na app ou no site. {agent}"],
    "es": ["¡Qué pena que te vayas! Puedes cancelar tú misma en la app o en la web. {agent}"],
}

GRUMBLE: T = {
    "fr": [
        "l'app me déconnecte à chaque fois, pénible",
        "le SMS de rappel à 6h du matin, vraiment ?",
        "créneau de 5 heures pour des sacs de sel, bof",
    ],
    "en": [
        "app logs me out every single time, annoying",
        "reminder text at 6am, really?",
        "five-hour window for some salt bags, meh",
    ],
    "de": [
        "App meldet mich jedes Mal ab, nervig",
        "Erinnerungs-SMS um 6 Uhr früh, echt?",
        "Fünf-Stunden-Fenster für Salz, naja",
    ],
    "it": [
        "l'app mi disconnette ogni volta, che noia",
        "SMS di promemoria alle 6 di mattina, davvero?",
        "fascia di cinque ore per il sale, mah",
    ],
    "pt": [
        "a app desliga-me sempre, chato",
        "SMS de lembrete às 6 da manhã, a sério?",
        "janela de cinco horas para sal, enfim",
    ],
    "es": [
        "la app me desconecta cada vez, un rollo",
        "SMS de recordatorio a las 6 de la mañana, ¿en serio?",
        "franja de cinco horas para sal, meh",
    ],
}

SARCASM: T = {
    "fr": [
        "Génial, livraison « express » du sel à 21h40, parfait pour porter 50 kg dans le noir 👏",
        "Bravo {b}, trois SMS pour une seule livraison, je me sens aimée 😂",
    ],
    "en": [
        "Love that the 'next-day' salt came after five days, truly next-level service 🙃",
        "Great, {b} sent me four reminder texts for one delivery, I feel so loved 😂",
    ],
    "de": ["Super, Express-Salz um 21:40, perfekt um 50 kg im Dunkeln zu schleppen 👏"],
    "it": ["Fantastico, sale 'express' alle 21:40, perfetto per portare 50 kg al buio 👏"],
    "pt": ["Ótimo, sal 'expresso' às 21:40, perfeito para carregar 50 kg às escuras 👏"],
    "es": ["Genial, sal 'exprés' a las 21:40, perfecto para cargar 50 kg a oscuras 👏"],
}

MILD: T = {
    "fr": [
        "la carte des points relais affiche la mauvaise ville",
        "les notifications arrivent en anglais",
    ],
    "en": [
        "the pick-up point map shows the wrong town",
        "notifications come through in Spanish for some reason",
    ],
    "de": ["die Karte zeigt die falsche Stadt"],
    "it": ["la mappa mostra la città sbagliata"],
    "pt": ["o mapa mostra a cidade errada"],
    "es": ["el mapa muestra la ciudad equivocada"],
}

MILD_ANSWER: T = {
    "fr": ["Merci du signalement, c'est transmis à l'équipe app. {agent}"],
    "en": ["Thanks for flagging, passed on to the app team. {agent}"],
    "de": ["Danke für den Hinweis, ist ans App-Team weitergegeben. {agent}"],
    "it": ["Grazie della segnalazione, passata al team app. {agent}"],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app. {agent}"],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app. {agent}"],
}

AGENTS = {"fr": "Camille", "en": "Tom", "de": "Jana", "it": "Marco", "pt": "Rita", "es": "Lucía"}

SPIKE_CODE = "SYN-R73"

SPIKE: T = {
    "fr": [
        "après la synchro de l'app {b}, l'adoucisseur régénère en boucle et l'eau du robinet est SALÉE, erreur SYN-R73",
        "Bonjour, l'eau du robinet a un goût de sel depuis ce matin, l'app affiche SYN-R73 et la vanne tourne sans arrêt",
        "Eau salée au robinet et l'adoucisseur qui tourne en boucle depuis que j'ai ouvert l'app, c'est quoi ce délire ?",
    ],
    "en": [
        "since the {b} app synced this morning the softener keeps regenerating and the tap water tastes SALTY, error SYN-R73",
        "Tap water is salty, app says SYN-R73 and the valve won't stop cycling",
        "softener stuck regenerating over and over after opening the app, water tastes like the sea",
    ],
    "de": [
        "Seit dem App-Sync regeneriert die Anlage ständig und das Leitungswasser ist SALZIG, Fehler SYN-R73",
        "Wasser schmeckt salzig, die Anlage spült in Dauerschleife",
    ],
    "it": [
        "dopo la sincronizzazione dell'app l'addolcitore rigenera in continuo e l'acqua è SALATA, errore SYN-R73",
        "acqua del rubinetto salata e l'addolcitore che rigenera senza sosta",
    ],
    "pt": [
        "depois da sincronização da app o descalcificador regenera sem parar e a água está SALGADA, erro SYN-R73",
        "água da torneira salgada e o aparelho sempre a regenerar",
    ],
    "es": [
        "desde que la app sincronizó el descalcificador regenera sin parar y el agua del grifo está SALADA, error SYN-R73",
        "agua salada en el grifo y el aparato regenerando en bucle",
    ],
}

SPIKE_AGAIN: T = {
    "fr": ["Toujours SYN-R73 et toujours de l'eau salée, même après avoir débranché l'adoucisseur"],
    "en": ["Still SYN-R73 and still salty water, even after unplugging the softener"],
    "de": ["Immer noch SYN-R73 und salziges Wasser, auch nach dem Ausstecken"],
    "it": ["Ancora SYN-R73 e acqua salata, anche dopo aver staccato la spina"],
    "pt": ["Ainda SYN-R73 e água salgada, mesmo depois de desligar o aparelho"],
    "es": ["Sigue SYN-R73 y el agua salada, incluso desenchufando el aparato"],
}

SPIKE_ANSWER: T = {
    "fr": [
        "Oui, un souci touche les adoucisseurs connectés en ce moment, nos ingénieurs sont dessus. Mettez la vanne en bypass en attendant. {agent}"
    ],
    "en": [
        "Yes, connected softeners are affected right now, our engineers are on it. Please set the valve to bypass meanwhile. {agent}"
    ],
    "de": [
        "Ja, vernetzte Anlagen sind gerade betroffen, unsere Technik arbeitet daran. Bitte solange auf Bypass stellen. {agent}"
    ],
    "it": [
        "Sì, gli addolcitori connessi hanno un problema ora, i nostri tecnici ci lavorano. Metta la valvola in bypass. {agent}"
    ],
    "pt": [
        "Sim, os aparelhos ligados têm um problema agora, a equipa está a tratar. Ponha a válvula em bypass. {agent}"
    ],
    "es": [
        "Sí, los equipos conectados tienen un problema ahora, nuestros técnicos están en ello. Pon la válvula en bypass. {agent}"
    ],
}

LONE_Q: T = {
    "fr": [
        "bonjour, hier soir l'app est restée longtemps sur 'synchronisation', mais l'eau est normale. c'est grave ?"
    ],
    "es": [
        "hola, anoche la app se quedó un rato en 'sincronizando' pero el agua está normal, ¿pasa algo?"
    ],
}

LONE_A: T = {
    "fr": ["Bonjour, rien de grave, la synchro est parfois lente le soir. {agent}"],
    "es": ["Hola, nada grave, la sincronización a veces va lenta por la noche. {agent}"],
}

B2B_PROB: dict[str, T] = {
    "invoice": {
        "fr": [
            "les factures portent encore l'ancien nom de la société et aucun numéro de commande"
        ],
        "en": ["invoices still carry our old company name and no PO number"],
        "de": ["Rechnungen mit altem Firmennamen und ohne Bestellnummer"],
        "it": ["fatture con la vecchia ragione sociale e senza numero d'ordine"],
        "pt": ["faturas com o nome antigo da empresa e sem número de encomenda"],
        "es": ["facturas con el nombre antiguo de la empresa y sin número de pedido"],
    },
    "service_blocked": {
        "fr": ["livraison de sel refusée, « compte bloqué », alors que tout est payé"],
        "en": ["salt delivery refused, 'account on stop', though everything is paid"],
        "de": ["Lieferung verweigert, 'Konto gesperrt', obwohl alles bezahlt ist"],
        "it": ["consegna rifiutata, 'conto bloccato', ma è tutto pagato"],
        "pt": ["entrega recusada, 'conta bloqueada', e está tudo pago"],
        "es": ["entrega rechazada, 'cuenta bloqueada', y está todo pagado"],
    },
    "portal": {
        "fr": [
            "le portail n'affiche aucun contrat, impossible de demander la résiliation d'un site"
        ],
        "en": ["the portal shows no contracts so we can't end service on a closed site"],
        "de": ["das Portal zeigt keine Verträge, Kündigung eines Standorts unmöglich"],
        "it": ["il portale non mostra contratti, impossibile disdire una sede"],
        "pt": ["o portal não mostra contratos, impossível cancelar um local"],
        "es": ["el portal no muestra contratos, imposible dar de baja una sede"],
    },
    "overbilled": {
        "fr": ["facturés au tarif unitaire au lieu du tarif contrat"],
        "en": ["billed the per-visit rate instead of our contract rate"],
        "de": ["Einzelpreis statt Vertragspreis berechnet"],
        "it": ["fatturato a prezzo unitario invece della tariffa a contratto"],
        "pt": ["faturado ao preço unitário em vez do preço de contrato"],
        "es": ["facturado a precio unitario en vez de tarifa de contrato"],
    },
}

B2B_COMPLAINT: T = {
    "fr": ["Bonjour, pour le compte {acct} : {prob}. Merci de corriger rapidement."],
    "en": ["Hello, regarding account {acct}: {prob}. Please correct this promptly."],
    "de": ["Guten Tag, zum Konto {acct}: {prob}. Bitte zeitnah korrigieren."],
    "it": ["Buongiorno, per il conto {acct}: {prob}. Vi prego di correggere."],
    "pt": ["Bom dia, quanto à conta {acct}: {prob}. Agradeço a correção."],
    "es": ["Buenos días, sobre la cuenta {acct}: {prob}. Por favor corregidlo."],
}

B2B_FOLLOW: T = {
    "fr": [
        "Bonjour, comme {who} vous l'a écrit pour le dossier {case} : {prob}. Toujours pas corrigé."
    ],
    "en": ["Hello, as {who} wrote about case {case}: {prob}. Still not corrected."],
    "de": ["Hallo, wie {who} zu Vorgang {case} schrieb: {prob}. Noch nicht korrigiert."],
    "it": ["Buongiorno, come vi ha scritto {who} per la pratica {case}: {prob}. Ancora niente."],
    "pt": ["Olá, como {who} escreveu sobre o processo {case}: {prob}. Continua por corrigir."],
    "es": ["Hola, como os escribió {who} por la incidencia {case}: {prob}. Sigue sin corregir."],
}

B2B_LAST: T = {
    "fr": [
        "oui bonjour c'est encore pour le dossier {case} rien n'est réglé plusieurs collègues vous ont écrit mon directeur dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
    ],
    "en": [
        "hi its about case {case} again nothing is fixed several colleagues wrote my boss says we move the account if it isnt fixed this week"
    ],
    "de": [
        "ja hallo nochmal wegen Vorgang {case} nichts ist behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn es diese Woche nicht klappt"
    ],
    "it": [
        "sì buongiorno ancora per la pratica {case} niente è risolto più colleghi vi hanno scritto il mio capo dice che cambiamo fornitore"
    ],
    "pt": [
        "olá é outra vez pelo processo {case} nada resolvido vários colegas escreveram o meu chefe diz que mudamos de fornecedor"
    ],
    "es": [
        "hola otra vez por la incidencia {case} nada resuelto varios compañeros os han escrito mi jefe dice que cambiamos de proveedor"
    ],
}

B2B_SUGGEST: T = {
    "fr": ["Suggestion : pourriez-vous ajouter le code projet sur l'export des factures ?"],
    "en": ["Suggestion: could the invoice export include our cost-centre code?"],
    "de": ["Vorschlag: könnte der Rechnungsexport die Kostenstelle enthalten?"],
    "it": ["Suggerimento: potreste aggiungere il centro di costo nell'export fatture?"],
    "pt": ["Sugestão: podiam incluir o centro de custo na exportação das faturas?"],
    "es": ["Sugerencia: ¿podríais añadir el centro de coste en la exportación de facturas?"],
}

B2B_ROUTINE_Q: T = {
    "fr": ["Bonjour, pouvez-vous ajouter 10 sacs à la livraison de mardi pour le site de Lyon ?"],
    "en": ["Hi, can you add 10 bags to Tuesday's delivery for the Leeds site?"],
    "de": ["Hallo, können Sie 10 Säcke zur Dienstagslieferung für den Standort Köln hinzufügen?"],
    "it": [
        "Buongiorno, potete aggiungere 10 sacchi alla consegna di martedì per la sede di Bologna?"
    ],
    "pt": ["Olá, podem juntar 10 sacos à entrega de terça para o Porto?"],
    "es": ["Hola, ¿podéis añadir 10 sacos a la entrega del martes para la sede de Valencia?"],
}
