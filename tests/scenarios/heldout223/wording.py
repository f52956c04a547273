# ruff: noqa: E501
"""Wording of heldout223 (Fiandra: yarn and knitting kits by subscription). Written blind.

Every table has its own wording in every language: pt, en, fr, de, it, es.
Placeholders: {p} problem phrase, {case} case reference, {comp} competitor,
{first} first name, {name} full name, {product} product, {code} error code,
{who} a colleague's first name, {day} a weekday.
"""

from __future__ import annotations

LANGS = ("pt", "en", "fr", "de", "it", "es")
BRAND = "Fiandra"
COMPETITORS = ("Lanivo", "Tessora")
SPIKE_CODE = "TRK-617"

PRODUCTS = (
    "Kit camisola raglan / Raglan jumper kit",
    "Caixa do mês: merino / Monthly box: merino",
    "Kit manta crochet / Crochet blanket kit",
    "Agulhas circulares bambu / Bamboo circular needles",
    "Kit meias / Sock kit",
    "Novelo alpaca 100 g / Alpaca skein 100 g",
)

PROBLEMS: dict[str, dict[str, str]] = {
    "no_show": {
        "pt": "a encomenda aparece como ENTREGUE desde sexta mas nunca chegou cá a casa",
        "en": "the parcel says DELIVERED since Friday but it never came",
        "fr": "le colis est marqué LIVRÉ depuis vendredi mais je n'ai rien reçu",
        "de": "das Paket steht seit Freitag auf ZUGESTELLT, angekommen ist nichts",
        "it": "il pacco risulta CONSEGNATO da venerdì ma non è mai arrivato",
        "es": "el paquete pone ENTREGADO desde el viernes pero nunca llegó",
    },
    "double_charge": {
        "pt": "cobraram a mensalidade do Clube DUAS vezes este mês",
        "en": "you took the Club fee TWICE this month",
        "fr": "l'abonnement du Club a été prélevé DEUX fois ce mois-ci",
        "de": "der Club-Beitrag wurde diesen Monat ZWEIMAL abgebucht",
        "it": "la quota del Club è stata addebitata DUE volte questo mese",
        "es": "me habéis cobrado la cuota del Club DOS veces este mes",
    },
    "damage": {
        "pt": "a lã do kit chegou molhada e a cheirar a mofo",
        "en": "the yarn in my kit arrived damp and smelling of mould",
        "fr": "la laine du kit est arrivée humide et sent le moisi",
        "de": "die Wolle im Set kam feucht an und riecht nach Schimmel",
        "it": "la lana del kit è arrivata umida e puzza di muffa",
        "es": "la lana del kit llegó húmeda y huele a moho",
    },
    "refund": {
        "pt": "devolvi o kit há TRÊS semanas e do reembolso nada",
        "en": "I sent the kit back THREE weeks ago and still no refund",
        "fr": "j'ai renvoyé le kit il y a TROIS semaines et toujours pas de remboursement",
        "de": "ich habe das Set vor DREI Wochen zurückgeschickt und noch keine Erstattung",
        "it": "ho reso il kit TRE settimane fa e del rimborso nessuna traccia",
        "es": "devolví el kit hace TRES semanas y ni rastro del reembolso",
    },
    "wrong_price": {
        "pt": "sou sócia do Clube e cobraram-me o preço normal, sem desconto",
        "en": "I'm a Club member and got charged full price, no member discount",
        "fr": "je suis membre du Club et j'ai payé plein tarif, sans la remise",
        "de": "ich bin Club-Mitglied und habe den vollen Preis bezahlt, ohne Rabatt",
        "it": "sono socia del Club e mi avete fatto pagare prezzo pieno, niente sconto",
        "es": "soy socia del Club y me cobrasteis el precio normal, sin descuento",
    },
    "cancel_fee": {
        "pt": "cobraram taxa por saltar a caixa do mês e avisei com UMA semana",
        "en": "you charged a skip fee for this month's box and I skipped a WEEK ahead",
        "fr": "frais de report facturés pour la box du mois alors que j'ai prévenu une SEMAINE avant",
        "de": "Gebühr fürs Aussetzen der Monatsbox, obwohl ich eine WOCHE vorher abgesagt habe",
        "it": "penale per saltare la box del mese, e ho avvisato una SETTIMANA prima",
        "es": "me cobrasteis por saltar la caja del mes y avisé con una SEMANA",
    },
}

COMPLAINT: dict[str, list[str]] = {
    "pt": [
        "Olá, {p}. Isto não pode ser, resolvam por favor.",
        "{p}!! Já chega. Quero uma solução HOJE.",
        "Boa tarde. {p}. Estou mesmo chateada.",
    ],
    "en": [
        "Hi, {p}. Not good enough, please sort it.",
        "{p}. Really annoyed. What are you going to do about it?",
        "Seriously?? {p}. Fix it please.",
    ],
    "fr": ["Bonjour, {p}. Merci de régler ça rapidement.", "{p}. C'est inadmissible."],
    "de": ["Hallo, {p}. Bitte klären Sie das schnell.", "{p}. Ich bin echt sauer."],
    "it": ["Buongiorno, {p}. Per favore risolvete subito.", "{p}. Sono davvero arrabbiata."],
    "es": ["Hola, {p}. Esto no puede ser, solucionadlo por favor.", "{p}. YA ESTÁ BIEN."],
}

SUBJECT_COMPLAINT = {
    "pt": "Reclamação: encomenda",
    "en": "Complaint: my order",
    "fr": "Réclamation : commande",
    "de": "Beschwerde: Bestellung",
    "it": "Reclamo: ordine",
    "es": "Reclamación: pedido",
}
SUBJECT_CASE = {
    "pt": "RE: Caso {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
    "es": "RE: Incidencia {case}",
}

CALL = {
    "pt": [
        "ola bom dia ligo porque {p} e queria perceber o que se passa",
        "sim boa tarde olhe {p} e ninguem me diz nada",
    ],
    "en": [
        "hi yeah i'm calling because {p} and i want to know what's going on",
        "hello um so {p} and nobody has got back to me",
    ],
    "fr": ["oui bonjour j'appelle parce que {p} et je voudrais savoir ce qui se passe"],
    "de": ["ja hallo ich rufe an weil {p} und ich möchte wissen was da los ist"],
    "it": ["pronto buongiorno chiamo perché {p} e vorrei capire cosa succede"],
    "es": ["hola buenas llamo porque {p} y quiero saber qué pasa"],
}

LETTER = {
    "pt": [
        "Bom dia,\n\nEscrevo-vos do comboio, entre Coimbra e Lisboa, porque é o único momento do dia em que consigo. A minha mãe está a recuperar de uma operação ao joelho e eu estou a tricotar-lhe uma manta para o sofá, que era para estar pronta no aniversário dela.\n\nAcontece que {p}. Já tentei pelo chat e não me souberam dizer nada.\n\nSou cliente há quatro anos e gosto muito dos vossos kits, mas assim não dá. Peço que me respondam com uma solução concreta.\n\nCumprimentos,\n{name}",
        "Olá equipa Fiandra,\n\nDesculpem o e-mail comprido. Dou aulas de tricô na junta de freguesia às quintas e tinha prometido às alunas mostrar o vosso kit novo.\n\nO problema: {p}. Fiquei mal vista à frente de toda a gente.\n\nNão quero deixar de ser cliente, mas preciso que isto se resolva esta semana.\n\nObrigada,\n{name}",
    ],
    "en": [
        "Hello,\n\nI'm writing this from the car park outside my son's football practice, which is about the only quiet half hour I get this week. I'd ordered the kit to make a christening blanket for my niece, due in three weeks.\n\nThe thing is, {p}. I tried the chat and got nowhere.\n\nI've been with you for years and I usually recommend you to everyone at my knitting group, but this is really not on. Please come back to me with an actual fix.\n\nKind regards,\n{name}",
        "Dear Fiandra team,\n\nSorry for the long email. I run a little charity knit-along at the library on Saturdays and was going to use your kit as the project for the winter.\n\nUnfortunately {p}. It's left me looking rather silly in front of the group.\n\nI'd like to stay a customer, but I need this put right this week.\n\nThanks,\n{name}",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, c'est le seul moment calme de ma journée. Je tricotais un pull pour l'anniversaire de mon père.\n\nOr {p}. Le chat n'a rien pu faire.\n\nJe suis cliente depuis trois ans et j'aime vos kits, mais là ce n'est pas possible. Merci de me proposer une vraie solution.\n\nCordialement,\n{name}"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus der Mittagspause im Büro, sonst komme ich nicht dazu. Ich stricke gerade einen Pullover für meinen Vater, der nächste Woche 70 wird.\n\nLeider {p}. Im Chat konnte man mir nicht helfen.\n\nIch bin seit Jahren Kundin und war immer gern dabei, aber so geht das nicht. Bitte melden Sie sich mit einer Lösung.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dal treno per Bologna, è l'unico momento tranquillo della giornata. Stavo facendo una copertina per il battesimo di mia nipote.\n\nPurtroppo {p}. In chat non hanno saputo aiutarmi.\n\nSono cliente da anni e vi consiglio sempre, ma così non va. Aspetto una soluzione concreta.\n\nCordiali saluti,\n{name}"
    ],
    "es": [
        "Hola,\n\nos escribo desde la sala de espera del dentista, que es el único rato libre que tengo. Estaba tejiendo una chaqueta para mi madre, que cumple 80 el mes que viene.\n\nEl caso es que {p}. En el chat no me supieron decir nada.\n\nSoy clienta desde hace años y os recomiendo siempre, pero así no. Espero una solución de verdad.\n\nUn saludo,\n{name}"
    ],
}

CASE_OPENED = {
    "pt": "Olá {first}, lamentamos imenso. Abrimos o caso {case} e voltamos a falar consigo em 48 horas. Equipa Fiandra",
    "en": "Hi {first}, we're really sorry about this. We've opened case {case} and will get back to you within 48 hours. The Fiandra team",
    "fr": "Bonjour {first}, toutes nos excuses. Nous avons ouvert la demande {case} et revenons vers vous sous 48 heures. L'équipe Fiandra",
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} eröffnet und melden uns innerhalb von 48 Stunden. Ihr Fiandra-Team",
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e ti ricontattiamo entro 48 ore. Il team Fiandra",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y te respondemos en 48 horas. El equipo de Fiandra",
}
CHAT_CASE = {
    "pt": "Lamento muito! Abri o caso {case} e já estamos a tratar.",
    "en": "So sorry about that! I've opened case {case} and we're on it.",
    "fr": "Désolée ! J'ai ouvert la demande {case}, on s'en occupe.",
    "de": "Das tut mir leid! Ich habe den Vorgang {case} angelegt, wir kümmern uns.",
    "it": "Mi dispiace! Ho aperto la segnalazione {case}, ce ne occupiamo.",
    "es": "¡Lo siento mucho! He abierto la incidencia {case} y nos ponemos con ello.",
}
URGENT = {
    "pt": "Acrescentei ao seu caso {case} e marquei como urgente.",
    "en": "Added to your case {case} and marked it urgent.",
    "fr": "Ajouté à votre demande {case}, marquée urgente.",
    "de": "Zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert.",
    "it": "Aggiunto alla tua segnalazione {case} e segnata come urgente.",
    "es": "Añadido a tu incidencia {case} y marcada como urgente.",
}
QUALITY = {
    "pt": "Olá {first}, o seu caso {case} passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Bonjour {first}, votre demande {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.",
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, die Sie vor Freitagmittag anruft.",
    "it": "Ciao {first}, la tua segnalazione {case} è ora nelle mani della nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "es": "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
}
GOOD_NEWS = {
    "pt": "Olá {first}, boas notícias sobre o caso {case}: está resolvido do nosso lado. Pode confirmar que ficou tudo bem?",
    "en": "Hi {first}, good news on case {case}: it's sorted on our side. Could you confirm all is well now?",
    "fr": "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous confirmer ?",
    "de": "Hallo {first}, gute Nachrichten zu Vorgang {case}: auf unserer Seite ist alles erledigt. Können Sie das bestätigen?",
    "it": "Ciao {first}, buone notizie sulla segnalazione {case}: è risolta da parte nostra. Puoi confermare?",
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: está resuelta por nuestra parte. ¿Nos lo confirmas?",
}
CONFIRM = {
    "pt": ["Confirmo, o caso {case} ficou resolvido. Obrigada!", "caso {case} tudo ok, obg"],
    "en": ["Confirmed, case {case} is sorted. Thank you!", "all good on {case} now, cheers"],
    "fr": ["Je confirme, la demande {case} est réglée. Merci !"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "it": ["Confermo, la segnalazione {case} è risolta. Grazie!"],
    "es": ["Confirmo, la incidencia {case} está resuelta. ¡Gracias!"],
}
APOLOGY = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava de cabeça quente. Obrigada pela paciência.",
        "desculpem lá o desabafo de ontem, não era convosco",
    ],
    "en": [
        "Sorry for my tone yesterday, bad day. Thanks for your patience.",
        "apologies for yesterday's rant, wasn't aimed at you personally",
    ],
    "fr": ["Désolée pour mon ton d'hier, mauvaise journée. Merci de votre patience."],
    "de": ["Entschuldigung für meinen Ton gestern, war ein schlechter Tag. Danke für die Geduld."],
    "it": ["Scusate per il tono di ieri, giornataccia. Grazie della pazienza."],
    "es": ["Perdón por el tono de ayer, tuve un mal día. Gracias por la paciencia."],
}
STILL_OPEN = {
    "pt": [
        "Caso {case} continua aberto: {p}. Ainda ninguém me resolveu nada.",
        "Volto a escrever sobre o caso {case}. Ainda {p}.",
    ],
    "en": [
        "Case {case} is still open: {p}. Nobody has fixed anything yet.",
        "Writing again about case {case}. Still the same: {p}.",
    ],
    "fr": ["La demande {case} est toujours ouverte : {p}. Rien n'a bougé."],
    "de": ["Vorgang {case} ist immer noch offen: {p}. Es hat sich nichts getan."],
    "it": ["La segnalazione {case} è ancora aperta: {p}. Non è cambiato niente."],
    "es": ["La incidencia {case} sigue abierta: {p}. Nadie ha hecho nada."],
}
THIRD = {
    "pt": "Terceiro contacto sobre o caso {case}, e continua: {p}. Uma amiga compra na {comp} e lá resolvem isto no próprio dia.",
    "en": "Third time about case {case} and still: {p}. A friend buys from {comp} and they sort this kind of thing the same day.",
    "fr": "Troisième fois pour la demande {case}, et toujours : {p}. Une amie commande chez {comp}, eux règlent ça le jour même.",
    "de": "Zum dritten Mal wegen Vorgang {case}, immer noch: {p}. Eine Freundin bestellt bei {comp}, die klären sowas am selben Tag.",
    "it": "Terza volta per la segnalazione {case}, e ancora: {p}. Un'amica compra da {comp} e lì risolvono in giornata.",
    "es": "Tercera vez por la incidencia {case} y sigue igual: {p}. Una amiga compra en {comp} y allí lo arreglan el mismo día.",
}
FOURTH = {
    "pt": "QUARTA vez sobre o caso {case}. Ainda nada. {p}.",
    "en": "FOURTH time about case {case}. Still nothing. {p}.",
    "fr": "QUATRIÈME fois pour la demande {case}. Toujours rien. {p}.",
    "de": "Zum VIERTEN Mal, Vorgang {case}. Immer noch nichts. {p}.",
    "it": "QUARTA volta per la segnalazione {case}. Ancora niente. {p}.",
    "es": "CUARTA vez por la incidencia {case}. Sigue sin nada. {p}.",
}

PRAISE = {
    "pt": [
        "Acabei a camisola raglan do kit da {brand} e ficou linda, as explicações são mesmo claras",
        "A caixa do mês da {brand} chegou hoje, que cores!! 😍",
        "Recomendo a {brand} a toda a gente do grupo de tricô, lã boa e entrega rápida",
    ],
    "en": [
        "Finished the raglan jumper from my {brand} kit and I'm so proud of it, the pattern is brilliant",
        "This month's {brand} box just landed and the colours are gorgeous 😍",
        "Told the whole knitting circle about {brand}, lovely yarn and quick delivery",
    ],
    "fr": [
        "Le kit plaid de {brand} est terminé, les explications sont top !",
        "Box du mois {brand} reçue, les couleurs sont superbes 😍",
    ],
    "de": [
        "Pullover aus dem {brand}-Set fertig, die Anleitung ist super erklärt!",
        "Die Monatsbox von {brand} ist da, traumhafte Farben 😍",
    ],
    "it": [
        "Finita la copertina del kit {brand}, istruzioni chiarissime!",
        "Arrivata la box del mese di {brand}, colori stupendi 😍",
    ],
    "es": [
        "Terminada la chaqueta del kit de {brand}, el patrón se entiende genial",
        "Llegó la caja del mes de {brand}, ¡qué colores! 😍",
    ],
}
AGAIN = {
    "pt": [
        "Terceira caixa seguida da {brand} e outra vez perfeita",
        "Mais uma vez a entrega chegou antes do previsto, continuam impecáveis",
    ],
    "en": [
        "Third box in a row from {brand} and again it's perfect",
        "Once again the parcel came a day early, still spot on",
    ],
    "fr": ["Troisième box d'affilée et encore parfaite"],
    "de": ["Schon wieder eine perfekte Box, die dritte in Folge"],
    "it": ["Terza box di fila e ancora perfetta"],
    "es": ["Tercera caja seguida y otra vez perfecta"],
}
GRIPE_PRAISE = {
    "pt": [
        "Adoro o kit, só a caixa vinha um bocado amachucada. De resto 10/10",
        "Lã maravilhosa, só o molde em PDF é chato de imprimir",
    ],
    "en": [
        "Love the kit, only the box was a bit squashed. Otherwise 10/10",
        "Gorgeous yarn, just wish the pattern wasn't PDF only",
    ],
    "fr": ["Très beau kit, juste le carton un peu abîmé. Sinon parfait"],
    "de": ["Tolles Set, nur der Karton war etwas eingedrückt. Sonst top"],
    "it": ["Kit bellissimo, solo la scatola un po' schiacciata. Per il resto perfetto"],
    "es": ["Me encanta el kit, solo la caja venía algo aplastada. Por lo demás genial"],
}
QUESTION = {
    "pt": [
        "Olá, dá para mudar a cor da caixa de novembro?",
        "Boa tarde, as agulhas circulares servem para meias?",
    ],
    "en": [
        "Hi, can I change the colourway for November's box?",
        "Hello, are the circular needles OK for socks?",
    ],
    "fr": ["Bonjour, je peux changer le coloris de la box de novembre ?"],
    "de": ["Hallo, kann ich die Farbe der Novemberbox noch ändern?"],
    "it": ["Ciao, posso cambiare il colore della box di novembre?"],
    "es": ["Hola, ¿puedo cambiar el color de la caja de noviembre?"],
}
ANSWER = {
    "pt": "Olá {first}! Sim, já está tratado na sua conta. Bom tricô!",
    "en": "Hi {first}! Yes, that's done on your account. Happy knitting!",
    "fr": "Bonjour {first} ! Oui, c'est fait sur votre compte. Bon tricot !",
    "de": "Hallo {first}! Ja, das ist in Ihrem Konto erledigt. Viel Spaß beim Stricken!",
    "it": "Ciao {first}! Sì, fatto sul tuo account. Buon lavoro a maglia!",
    "es": "¡Hola {first}! Sí, hecho en tu cuenta. ¡Feliz tejido!",
}
THANKS = {
    "pt": ["obg!!", "Top, obrigada 🙏", "valeu"],
    "en": ["cheers!", "ta, legend", "brill thanks"],
    "fr": ["merci !!", "super merci"],
    "de": ["danke!", "super, danke dir"],
    "it": ["grazie mille!", "grz"],
    "es": ["¡gracias!", "mil gracias crack"],
}
NIGHT_POST = {
    "pt": [
        "3 da manhã e eu a desmanchar a manga pela terceira vez 😂 culpa da {brand}",
        "Turno da noite no hospital, a adiantar as meias do kit da {brand} no intervalo",
    ],
    "en": [
        "2am and I've frogged this sleeve for the third time 😂 blame {brand}",
        "night shift at the petrol station, getting a few rows of my {brand} socks done",
    ],
    "fr": ["Insomnie, donc une rangée de plus sur le plaid {brand}"],
    "de": ["Kann nicht schlafen, also noch eine Reihe am {brand}-Schal"],
    "it": ["Insonnia, quindi un altro giro alla sciarpa {brand}"],
    "es": ["Insomnio, así que otra vuelta a la bufanda de {brand}"],
}
NIGHT_Q = {
    "pt": ["Ainda dá para pôr mais um novelo na encomenda de amanhã?"],
    "en": [
        "Can I still add a skein to tomorrow's order?",
        "quick one, does the club discount work on needles too?",
    ],
    "fr": ["Je peux encore ajouter une pelote à la commande de demain ?"],
    "de": ["Kann ich zur Bestellung von morgen noch ein Knäuel hinzufügen?"],
    "it": ["Posso ancora aggiungere un gomitolo all'ordine di domani?"],
    "es": ["¿Puedo añadir todavía un ovillo al pedido de mañana?"],
}
REVIEW = {
    "pt": ["Kit completo, lã macia, molde claro. Recomendo."],
    "en": [
        "Complete kit, soft yarn, clear pattern. Recommended.",
        "Lovely quality, will order again",
    ],
    "fr": ["Kit complet, laine douce, explications claires."],
    "de": ["Vollständiges Set, weiche Wolle, klare Anleitung."],
    "it": ["Kit completo, lana morbida, istruzioni chiare."],
    "es": ["Kit completo, lana suave, patrón claro."],
}
SURVEY_WORD = {
    "pt": ["", "adoro", "😊"],
    "en": ["", "great", "👍"],
    "fr": ["", "parfait"],
    "de": ["", "prima"],
    "it": ["", "ottimo"],
    "es": ["", "genial"],
}
LOW_WORD = {
    "pt": ["", "mau"],
    "en": ["", "poor"],
    "fr": ["", "décevant"],
    "de": ["", "schlecht"],
    "it": ["", "deludente"],
    "es": ["", "mal"],
}
SARCASM = {
    "pt": ["Adorei a caixa do mês chegar com o molde de outro kit, desafio extra 👏"],
    "en": [
        "Love that my 'next day' delivery came on day four, builds suspense 👏",
        "Great, a sock kit with one needle. Very zen 🙃",
    ],
    "fr": ["Génial, le kit chaussettes avec une seule aiguille, très zen 🙃"],
    "de": ["Super, Sockenset mit nur einer Nadel. Sehr meditativ 🙃"],
    "it": ["Fantastico, kit calze con un ferro solo. Molto zen 🙃"],
    "es": ["Genial, kit de calcetines con una sola aguja. Muy zen 🙃"],
}
GRUMBLE = {
    "pt": [
        "A app da {brand} fez logout outra vez",
        "Mais uma vez sem aviso de que a entrega mudou de dia",
        "O site da {brand} é lento à noite",
    ],
    "en": [
        "{brand} app logged me out yet again",
        "no heads-up when the delivery day changes, as usual",
        "the {brand} site is so slow in the evenings",
    ],
    "fr": [
        "L'appli {brand} m'a encore déconnectée",
        "Aucun message quand la livraison change de jour",
    ],
    "de": [
        "Die {brand}-App hat mich schon wieder ausgeloggt",
        "Keine Info, wenn sich der Liefertag ändert",
    ],
    "it": [
        "L'app di {brand} mi ha di nuovo disconnessa",
        "Nessun avviso quando cambia il giorno di consegna",
    ],
    "es": [
        "La app de {brand} me ha vuelto a cerrar sesión",
        "Ningún aviso cuando cambia el día de entrega",
    ],
}
MILD = {
    "pt": "O filtro de cores no site mostra tons que já esgotaram, é só isso",
    "en": "small thing: the colour filter on the site shows shades that are sold out",
    "fr": "Petit détail : le filtre couleurs montre des teintes épuisées",
    "de": "Kleinigkeit: der Farbfilter zeigt ausverkaufte Töne an",
    "it": "Piccola cosa: il filtro colori mostra tonalità esaurite",
    "es": "Una cosita: el filtro de colores muestra tonos agotados",
}
FORM_ACK = {
    "pt": "Obrigada pelo aviso, {first}, passámos à equipa do site.",
    "en": "Thanks for flagging, {first}, we've passed it to the web team.",
    "fr": "Merci du signalement, {first}, transmis à l'équipe du site.",
    "de": "Danke für den Hinweis, {first}, ist an das Web-Team weitergegeben.",
    "it": "Grazie della segnalazione, {first}, passata al team del sito.",
    "es": "Gracias por avisar, {first}, lo hemos pasado al equipo web.",
}

SLIDE = {
    "pt": [
        "A encomenda chegou com dois dias de atraso e sem aviso. Enfim.",
        "Faltava um novelo no kit e a cor de substituição não tem nada a ver.",
        "Para devolver pedem fotos de cada novelo. A sério?",
        "Reembolso da devolução a demorar uma semana e meia, nada que se compare a antes",
        "Cobraram 8 € de 'portes de troca' por um erro VOSSO. Estou farta.",
        "Pronto, encomendei o kit de inverno na {comp}. A {brand} já não é o que era.",
    ],
    "en": [
        "Parcel two days late and no message. Hmm.",
        "A skein missing from the kit and the replacement shade is nothing like it.",
        "You want a photo of every skein before a return? Really?",
        "Refund taking a week and a half, not like it used to be",
        "£7 'exchange postage' for YOUR mistake. I'm fed up.",
        "That's it, winter kit ordered from {comp}. {brand} isn't what it was.",
    ],
    "fr": [
        "Colis avec deux jours de retard, sans message.",
        "Une pelote manquante et la teinte de remplacement n'a rien à voir.",
        "Une photo de chaque pelote pour un retour ? Sérieusement ?",
        "Remboursement qui traîne depuis dix jours, ce n'était pas comme ça avant",
        "8 € de 'frais d'échange' pour VOTRE erreur. J'en ai assez.",
        "Terminé, kit d'hiver commandé chez {comp}. {brand} n'est plus ce que c'était.",
    ],
    "de": [
        "Paket zwei Tage zu spät, ohne Nachricht.",
        "Ein Knäuel fehlte und der Ersatzton passt überhaupt nicht.",
        "Für eine Rücksendung ein Foto von jedem Knäuel? Ernsthaft?",
        "Erstattung dauert schon zehn Tage, früher ging das schneller",
        "8 € 'Umtauschporto' für IHREN Fehler. Mir reicht's.",
        "Das war's, Winterset bei {comp} bestellt. {brand} ist nicht mehr, was es war.",
    ],
    "it": [
        "Pacco in ritardo di due giorni, nessun avviso.",
        "Mancava un gomitolo e il colore sostitutivo non c'entra niente.",
        "Una foto di ogni gomitolo per un reso? Davvero?",
        "Rimborso che tarda da dieci giorni, prima non era così",
        "8 € di 'spese di cambio' per un errore VOSTRO. Sono stufa.",
        "Basta, kit invernale ordinato da {comp}. {brand} non è più quella di una volta.",
    ],
    "es": [
        "Paquete con dos días de retraso y sin aviso.",
        "Faltaba un ovillo y el color de repuesto no tiene nada que ver.",
        "¿Una foto de cada ovillo para devolver? ¿En serio?",
        "El reembolso lleva diez días, antes no era así",
        "8 € de 'gastos de cambio' por un error VUESTRO. Estoy harta.",
        "Se acabó, kit de invierno pedido en {comp}. {brand} ya no es lo que era.",
    ],
}
CANCEL = {
    "pt": [
        "Olá, deixei de ter tempo para tricotar com o bebé novo. Quero cancelar o Clube Fiandra e fechar a conta, por favor."
    ],
    "en": [
        "Hi, I've moved in with my partner who has a whole cupboard of yarn already, so I'd like to cancel my Fiandra Club membership and close the account please.",
        "Hello, new job, no time to knit any more. Please cancel the Club and close my account.",
    ],
    "fr": [
        "Bonjour, je n'ai plus le temps de tricoter avec mon nouveau travail. Je souhaite résilier le Club et fermer mon compte."
    ],
    "de": [
        "Hallo, mit dem neuen Job komme ich nicht mehr zum Stricken. Bitte Club kündigen und Konto schließen."
    ],
    "it": [
        "Ciao, con il nuovo lavoro non ho più tempo per la maglia. Vorrei disdire il Club e chiudere l'account."
    ],
    "es": [
        "Hola, con el trabajo nuevo ya no tengo tiempo de tejer. Quiero cancelar el Club y cerrar la cuenta."
    ],
}
SORRY_GO = {
    "pt": "Olá {first}, temos pena de a ver partir. Pode cancelar na app ou no site em Conta > Clube.",
    "en": "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website under Account > Club.",
    "fr": "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Club.",
    "de": "Hallo {first}, schade, dass Sie gehen. Sie können in der App oder auf der Website unter Konto > Club kündigen.",
    "it": "Ciao {first}, ci dispiace vederti andare. Puoi disdire nell'app o sul sito in Account > Club.",
    "es": "Hola {first}, sentimos que te vayas. Puedes cancelar en la app o en la web en Cuenta > Club.",
}

# --- business arm: Fiandra Pro (wholesale yarn on account) ---------------------
B2B_PROBLEMS = {
    "invoice": {
        "pt": "as faturas continuam sem número de encomenda e com o NIF antigo",
        "en": "the invoices still have no PO number and our old company name",
        "fr": "les factures n'ont toujours pas de numéro de bon de commande et l'ancien nom de la société",
        "de": "die Rechnungen haben immer noch keine Bestellnummer und den alten Firmennamen",
        "it": "le fatture sono ancora senza numero d'ordine e con la vecchia ragione sociale",
        "es": "las facturas siguen sin número de pedido y con el nombre antiguo de la empresa",
    },
    "service_blocked": {
        "pt": "o portal diz 'conta bloqueada' ao encomendar, e está tudo pago",
        "en": "the portal says 'account on hold' at checkout, and everything is paid",
        "fr": "le portail affiche 'compte bloqué' à la commande, alors que tout est payé",
        "de": "das Portal meldet beim Bestellen 'Konto gesperrt', obwohl alles bezahlt ist",
        "it": "il portale dice 'conto bloccato' all'ordine, ed è tutto pagato",
        "es": "el portal dice 'cuenta bloqueada' al pedir, y está todo pagado",
    },
    "portal": {
        "pt": "o portal não mostra as encomendas abertas e não conseguimos pedir devolução",
        "en": "the portal shows no open orders so we can't request a return",
        "fr": "le portail n'affiche aucune commande en cours, impossible de demander un retour",
        "de": "das Portal zeigt keine offenen Bestellungen, wir können nichts zurückgeben",
        "it": "il portale non mostra ordini aperti e non possiamo chiedere il reso",
        "es": "el portal no muestra pedidos abiertos y no podemos pedir devolución",
    },
    "overbilled": {
        "pt": "cobraram o preço de retalho em vez do preço de contrato por quilo",
        "en": "we've been billed retail prices instead of our contract price per kilo",
        "fr": "on nous facture le prix public au lieu du prix contractuel au kilo",
        "de": "uns wird der Endkundenpreis statt des Vertragspreises pro Kilo berechnet",
        "it": "ci fatturate il prezzo al dettaglio invece del prezzo di contratto al chilo",
        "es": "nos cobran precio de tienda en vez del precio de contrato por kilo",
    },
}
B2B_FIRST = {
    "pt": "Bom dia, escrevo da {company}: {p}. Precisamos disto resolvido esta semana.",
    "en": "Good morning, writing from {company}: {p}. We need this fixed this week.",
    "fr": "Bonjour, je vous écris pour {company} : {p}. Il faut régler ça cette semaine.",
    "de": "Guten Morgen, hier {company}: {p}. Das muss diese Woche gelöst werden.",
    "it": "Buongiorno, scrivo per {company}: {p}. Va risolto questa settimana.",
    "es": "Buenos días, os escribo de {company}: {p}. Necesitamos que se resuelva esta semana.",
}
B2B_LATER = {
    "pt": "A {who} já vos escreveu {day} sobre o caso {case}. Confirmo: {p}. Isto afeta todo o departamento.",
    "en": "{who} already wrote to you {day} about case {case}. Same here: {p}. It's holding up the whole team.",
    "fr": "{who} vous a déjà écrit {day} pour la demande {case}. Pareil ici : {p}. Tout le service est bloqué.",
    "de": "{who} hat Ihnen {day} schon wegen Vorgang {case} geschrieben. Bei mir dasselbe: {p}. Das ganze Team hängt.",
    "it": "{who} vi ha già scritto {day} per la segnalazione {case}. Confermo: {p}. Tutto l'ufficio è fermo.",
    "es": "{who} ya os escribió {day} por la incidencia {case}. Lo mismo aquí: {p}. Tiene parado a todo el equipo.",
}
B2B_LAST_MAIL = {
    "pt": "Caso {case}: continua tudo igual e vários colegas já escreveram. As compras já pediram preços à {comp}.",
    "en": "Case {case}: still nothing fixed and several colleagues have written. Procurement has already asked {comp} for their prices.",
    "fr": "Demande {case} : toujours rien de réglé, plusieurs collègues ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "de": "Vorgang {case}: immer noch nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt.",
    "it": "Segnalazione {case}: ancora niente, diversi colleghi hanno scritto. L'ufficio acquisti ha già chiesto i prezzi a {comp}.",
    "es": "Incidencia {case}: sigue sin arreglarse y varios compañeros han escrito. Compras ya ha pedido precios a {comp}.",
}
B2B_LAST_CALL = {
    "pt": "bom dia ligo por causa do caso {case} continua sem solução e o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana",
    "en": "hi calling about case {case} it's still not fixed and my boss says we move the account if it isn't sorted this week",
    "fr": "bonjour j'appelle pour la demande {case} toujours pas réglé et mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "de": "ja hallo wegen Vorgang {case} das ist immer noch nicht gelöst und mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht klappt",
    "it": "buongiorno chiamo per la segnalazione {case} ancora niente e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "es": "hola llamo por la incidencia {case} sigue sin arreglarse y mi jefe dice que cambiamos de proveedor si no se soluciona esta semana",
}
B2B_ACK = {
    "pt": "Bom dia {first}, registámos o caso {case} para a {company} e tratamos disto com prioridade.",
    "en": "Morning {first}, we've logged case {case} for {company} and are treating it as a priority.",
    "fr": "Bonjour {first}, demande {case} ouverte pour {company}, traitée en priorité.",
    "de": "Guten Morgen {first}, Vorgang {case} für {company} ist angelegt und hat Priorität.",
    "it": "Buongiorno {first}, abbiamo aperto la segnalazione {case} per {company}, priorità alta.",
    "es": "Buenos días {first}, hemos abierto la incidencia {case} para {company} con prioridad.",
}
B2B_MILD = {
    "pt": [
        "Sugestão: exportar as compras por turma ou projeto no portal ajudava muito.",
        "Seria útil o lote de tingimento vir na guia de remessa.",
    ],
    "en": [
        "Suggestion: exporting orders by class or project code from the portal would help a lot.",
        "Would be handy to have the dye lot printed on the delivery note.",
    ],
    "fr": ["Suggestion : exporter les commandes par projet depuis le portail aiderait beaucoup."],
    "de": ["Vorschlag: Bestellungen nach Projekt aus dem Portal exportieren wäre hilfreich."],
    "it": ["Suggerimento: esportare gli ordini per progetto dal portale sarebbe utile."],
    "es": ["Sugerencia: exportar los pedidos por proyecto desde el portal ayudaría mucho."],
}
B2B_Q = {
    "pt": ["Bom dia, conseguem entregar 20 kg de algodão até quinta?"],
    "en": [
        "Morning, can you deliver 20 kg of cotton by Thursday?",
        "Hi, is the merino DK back in stock for trade?",
    ],
    "fr": ["Bonjour, vous pouvez livrer 20 kg de coton d'ici jeudi ?"],
    "de": ["Guten Morgen, können Sie bis Donnerstag 20 kg Baumwolle liefern?"],
    "it": ["Buongiorno, potete consegnare 20 kg di cotone entro giovedì?"],
    "es": ["Buenos días, ¿podéis entregar 20 kg de algodón antes del jueves?"],
}
B2B_A = {
    "pt": "Bom dia {first}, sim, fica agendado. Obrigada!",
    "en": "Morning {first}, yes, that's booked in. Thanks!",
    "fr": "Bonjour {first}, oui, c'est planifié. Merci !",
    "de": "Guten Morgen {first}, ja, ist eingeplant. Danke!",
    "it": "Buongiorno {first}, sì, è programmato. Grazie!",
    "es": "Buenos días {first}, sí, queda programado. ¡Gracias!",
}
B2B_PRAISE = {
    "pt": "Entrega para o atelier sempre a horas, bom serviço da {brand}",
    "en": "Trade deliveries from {brand} always on time, great for our workshops",
    "fr": "Livraisons pro de {brand} toujours à l'heure, parfait pour nos ateliers",
    "de": "Lieferungen von {brand} immer pünktlich, ideal für unsere Kurse",
    "it": "Consegne di {brand} sempre puntuali, perfette per i nostri corsi",
    "es": "Entregas de {brand} siempre puntuales, ideales para nuestros talleres",
}

# --- the planted incident (topic_spike) ---------------------------------------
SPIKE = {
    "pt": [
        "Abri o seguimento da encomenda na app e aparece o nome e a morada de OUTRA pessoa!! {code}",
        "a app da {brand} está a mostrar a encomenda de um desconhecido, com morada e tudo. isto é grave",
        "Seguimento de encomenda mostra dados de outro cliente, erro {code}. Onde está a minha?",
    ],
    "en": [
        "Opened order tracking in the app and it's showing SOMEONE ELSE'S name and address!! {code}",
        "the {brand} app is showing me a stranger's parcel with their home address. that's a data breach surely",
        "Tracking page shows another customer's details, error {code}. Where's my order?",
    ],
    "fr": [
        "Le suivi de commande dans l'appli affiche le nom et l'adresse de QUELQU'UN D'AUTRE ! {code}",
        "L'appli {brand} me montre le colis d'une inconnue avec son adresse, c'est grave",
    ],
    "de": [
        "Die Sendungsverfolgung in der App zeigt Name und Adresse von JEMAND ANDEREM! {code}",
        "Die {brand}-App zeigt mir das Paket einer fremden Person mit Adresse. Datenschutz??",
    ],
    "it": [
        "Il tracciamento nell'app mostra nome e indirizzo di UN'ALTRA persona! {code}",
        "L'app di {brand} mi fa vedere il pacco di uno sconosciuto con indirizzo. Gravissimo",
    ],
    "es": [
        "El seguimiento del pedido en la app muestra el nombre y la dirección de OTRA persona! {code}",
        "La app de {brand} me enseña el paquete de un desconocido con su dirección. Esto es grave",
    ],
}
SPIKE_REPEAT = {
    "pt": "Ainda aparece a morada de outra pessoa no seguimento, {code}. E se alguém está a ver a MINHA morada?",
    "en": "Still seeing a stranger's address on tracking, {code}. Is someone else seeing MINE?",
    "fr": "Toujours l'adresse d'un autre dans le suivi, {code}. Et quelqu'un voit la MIENNE ?",
    "de": "Immer noch fremde Adresse in der Sendungsverfolgung, {code}. Sieht jemand MEINE?",
    "it": "Ancora l'indirizzo di un altro nel tracciamento, {code}. Qualcuno vede il MIO?",
    "es": "Sigue saliendo la dirección de otra persona en el seguimiento, {code}. ¿Alguien ve la MÍA?",
}
SPIKE_CHAT_A = {
    "pt": "Sim, o seguimento de encomendas está a mostrar dados errados neste momento. Desligámos a página e a equipa técnica está a tratar.",
    "en": "Yes, order tracking is showing the wrong details right now. We've taken the page offline and engineers are on it.",
    "fr": "Oui, le suivi de commande affiche de mauvaises données en ce moment. Page coupée, l'équipe technique est dessus.",
    "de": "Ja, die Sendungsverfolgung zeigt gerade falsche Daten. Die Seite ist abgeschaltet, die Technik ist dran.",
    "it": "Sì, il tracciamento mostra dati sbagliati in questo momento. Pagina disattivata, i tecnici ci lavorano.",
    "es": "Sí, el seguimiento muestra datos erróneos ahora mismo. Hemos desactivado la página y el equipo técnico está en ello.",
}
SPIKE_FIXED = {
    "pt": "Olá {first}, o seguimento de encomendas voltou a funcionar corretamente. Pedimos desculpa; enviámos-lhe um vale de 10 €.",
    "en": "Hi {first}, order tracking is working correctly again. We're sorry; a £9 / 10 € voucher is on your account.",
    "fr": "Bonjour {first}, le suivi de commande fonctionne de nouveau. Toutes nos excuses, un bon de 10 € est sur votre compte.",
    "de": "Hallo {first}, die Sendungsverfolgung funktioniert wieder richtig. Entschuldigung, ein 10-€-Gutschein ist auf Ihrem Konto.",
    "it": "Ciao {first}, il tracciamento funziona di nuovo. Ci scusiamo, trovi un buono da 10 € sul tuo account.",
    "es": "Hola {first}, el seguimiento vuelve a funcionar bien. Lo sentimos, tienes un vale de 10 € en tu cuenta.",
}
LONE_Q = {
    "pt": "Ontem o seguimento mostrava 'em trânsito' e hoje diz 'em preparação', é normal?",
    "en": "Yesterday tracking said 'in transit' and today it says 'being packed', is that normal?",
    "fr": "Hier le suivi disait 'en transit', aujourd'hui 'en préparation', c'est normal ?",
    "de": "Gestern stand 'unterwegs', heute 'wird gepackt', ist das normal?",
    "it": "Ieri il tracciamento diceva 'in transito', oggi 'in preparazione', è normale?",
    "es": "Ayer el seguimiento ponía 'en tránsito' y hoy 'en preparación', ¿es normal?",
}
LONE_A = {
    "pt": "Olá {first}, é normal: o estado volta atrás quando a transportadora reetiqueta. Chega amanhã.",
    "en": "Hi {first}, that's normal: the status steps back when the courier relabels. It arrives tomorrow.",
    "fr": "Bonjour {first}, c'est normal : le statut recule quand le transporteur réétiquette. Livraison demain.",
    "de": "Hallo {first}, das ist normal: der Status springt zurück, wenn der Versender neu etikettiert. Kommt morgen.",
    "it": "Ciao {first}, è normale: lo stato torna indietro quando il corriere rietichetta. Arriva domani.",
    "es": "Hola {first}, es normal: el estado retrocede cuando la mensajería reetiqueta. Llega mañana.",
}
QH_GRUMBLE = {
    "pt": "A pesquisa de lojas parceiras mostra a cidade errada",
    "en": "the stockist finder keeps showing the wrong city",
    "fr": "La recherche de points de vente affiche la mauvaise ville",
    "de": "Die Händlersuche zeigt die falsche Stadt an",
    "it": "La ricerca dei rivenditori mostra la città sbagliata",
    "es": "El buscador de tiendas muestra la ciudad equivocada",
}
