# ruff: noqa: E501
"""Texts of heldout155 (Luppora, home brewing), written blind from the stories.

Placeholders: {case} a case reference, {comp} a competitor, {prod} a product,
{t} a local time, {first} a colleague's first name, {co} a company.
"""

from __future__ import annotations

LANGS = ("es", "en", "fr", "it", "de", "pt")

PRODUCTS = (
    "Brewer One (alquiler mensual) / Brewer One, monthly hire",
    "Club pack IPA x4 / Pack Club IPA x4",
    "Stout capsule kit / Kit cápsulas Stout",
    "Pilsner starter box / Caja inicio Pilsner",
    "Brewing class, evening / Clase de elaboración, tarde",
    "Bottling set 24 / Set embotellado 24",
)

PRAISE: dict[str, tuple[str, ...]] = {
    "es": (
        "Primera cerveza con la Luppora y madre mía, la tostada me ha salido mejor que la del bar de abajo 🍺",
        "Contentísimo con el Club de Luppora, llegan las cápsulas puntuales y la app te avisa de todo",
        "pues la IPA de este mes está buenísima, mi cuñado ya me ha pedido seis botellas jaja",
    ),
    "en": (
        "First batch off the Luppora machine tonight and honestly it's better than half the stuff at the pub",
        "really impressed with Luppora, the app tells you exactly when to bottle and it just works",
        "Luppora stout came out rich and smooth, the whole family wants a go now",
    ),
    "fr": ("Première bière maison avec Luppora, franchement bluffant, la blonde est parfaite",),
    "it": (
        "Prima birra fatta con la macchina Luppora e devo dire che è venuta benissimo, complimenti",
    ),
    "de": ("Erstes Bier mit der Luppora-Maschine gebraut, das Weizen schmeckt richtig gut. Top!",),
    "pt": ("Primeira cerveja com a Luppora e ficou ótima, a app explica tudo passo a passo",),
}

AGAIN: dict[str, tuple[str, ...]] = {
    "es": (
        "Tercera vez que el repartidor de Luppora me deja la caja justo a la hora, un crack",
        "otra vez la Pilsner perfecta, ya van cuatro lotes seguidos sin un fallo",
    ),
    "en": (
        "Third month in a row the Club box turns up the day it says, love it",
        "again a perfect pale ale, still amazed this comes out of a kitchen counter",
    ),
    "fr": ("Encore une fois la box du Club arrivée pile à l'heure, toujours aussi contente",),
    "it": ("Di nuovo una birra perfetta, ormai è il quinto lotto e ancora non ne sbaglio uno",),
    "de": ("Schon wieder pünktlich geliefert, das dritte Mal diesen Monat, weiter so",),
    "pt": ("Outra vez a caixa do Club chegou no dia certo, ainda estou impressionado",),
}

GRIPE: dict[str, tuple[str, ...]] = {
    "es": (
        "Muy contenta con la máquina, solo que el manual de limpieza viene en PDF y es un rollo. Por lo demás genial",
        "la cerveza buenísima, lo único que el envío de las botellas tarda un poco. Repetiré",
    ),
    "en": (
        "Great kit overall, only gripe is the cleaning tablets run out before the capsules do. Still recommend",
        "love the brewer, just wish the app let me rename my batches. Otherwise spot on",
    ),
    "fr": ("Très bonne machine, juste le tuyau de vidange un peu court. Sinon rien à dire",),
    "it": (
        "Macchina ottima, solo le istruzioni per la pulizia sono un po' confuse. Per il resto bene",
    ),
    "de": ("Sehr gutes Gerät, nur der Schlauch ist etwas kurz. Ansonsten gerne wieder",),
    "pt": ("Gosto muito da máquina, só o tubo de escoamento é curto. De resto tudo ótimo",),
}

QUESTION: dict[str, tuple[str, ...]] = {
    "es": (
        "Hola, ¿cuánto tiempo puedo dejar la cerveza madurando en la máquina antes de embotellar?",
        "buenas, se puede cambiar el pack del Club de este mes por uno de stout?",
    ),
    "en": (
        "Hi, can I pause my Club box for August while we're away?",
        "quick one, do the bottling caps fit standard 33cl bottles?",
    ),
    "fr": ("Bonjour, est-ce que je peux changer la date de livraison de ma box du Club ?",),
    "it": ("Salve, posso mettere in pausa l'abbonamento del Club per un mese?",),
    "de": ("Hallo, kann ich die Club-Box im Juli aussetzen? Wir sind im Urlaub",),
    "pt": ("Olá, posso trocar a caixa deste mês por uma de cerveja escura?",),
}

ANSWER: dict[str, tuple[str, ...]] = {
    "es": (
        "¡Hola! Claro que sí, ya lo tienes cambiado en tu cuenta. Cualquier cosa aquí estamos. Un saludo, equipo Luppora",
        "Hola, sin problema: hasta 14 días en la máquina, la app te avisa. ¡Salud!",
    ),
    "en": (
        "Hi! Done, it's updated on your account. Anything else, just shout. Cheers, the Luppora team",
        "Hello, yes they do, and your next box is all set. Enjoy the brew!",
    ),
    "fr": (
        "Bonjour, c'est fait, c'est modifié sur votre compte. Bonne dégustation, l'équipe Luppora",
    ),
    "it": (
        "Buongiorno, fatto, lo trova già aggiornato nel suo account. Buona birra, il team Luppora",
    ),
    "de": ("Hallo, erledigt, ist in Ihrem Konto geändert. Prost, Ihr Luppora-Team",),
    "pt": ("Olá, já está feito na sua conta. Boas cervejas, equipa Luppora",),
}

THANKS: dict[str, tuple[str, ...]] = {
    "es": ("¡Gracias! Rapidísimos", "genial gracias!!"),
    "en": ("Brilliant, thanks!", "cheers, that was quick"),
    "fr": ("Merci beaucoup, super rapide",),
    "it": ("Grazie mille, velocissimi",),
    "de": ("Super, danke!",),
    "pt": ("Obrigado, muito rápido!",),
}

CALL_Q: dict[str, tuple[str, ...]] = {
    "es": (
        "hola mire llamaba para saber si la clase de elaboracion del jueves se puede hacer con un amigo vale perfecto gracias",
        "si buenas queria preguntar como se limpia el deposito despues de una stout vale vale muchas gracias",
    ),
    "en": (
        "hi yeah just calling to check if the brewing class on thursday has space for two brilliant thanks a lot",
        "hello um how long do i leave the stout before bottling okay two weeks lovely thank you",
    ),
    "fr": (
        "oui bonjour je voulais savoir si je peux offrir un cours de brassage d'accord parfait merci",
    ),
    "it": (
        "pronto buongiorno volevo sapere se posso regalare un corso di birra va bene perfetto grazie",
    ),
    "de": ("ja hallo ich wollte fragen ob man den Braukurs verschenken kann ah super danke schön",),
    "pt": (
        "estou sim bom dia queria saber se posso oferecer um curso de cerveja ok perfeito obrigado",
    ),
}

REVIEW: dict[str, tuple[str, ...]] = {
    "es": (
        "Cinco estrellas. Fácil, limpia y la cerveza sale rica",
        "Muy buena compra, la recomiendo a cualquiera",
    ),
    "en": (
        "Five stars, easy to use and the beer is genuinely good",
        "Best present I've bought myself in years",
    ),
    "fr": ("Cinq étoiles, simple et la bière est vraiment bonne",),
    "it": ("Cinque stelle, facile da usare e la birra è ottima",),
    "de": ("Fünf Sterne, einfach zu bedienen und das Bier schmeckt",),
    "pt": ("Cinco estrelas, fácil e a cerveja é mesmo boa",),
}

NIGHT: dict[str, tuple[str, ...]] = {
    "es": (
        "las 3 de la mañana y yo mirando como burbujea la Luppora, turno de noche en el hospital y esto me relaja",
        "no puedo dormir así que he programado la próxima tostada en la app jaja",
    ),
    "en": (
        "2am after a night shift and the Luppora is bubbling away happily, weirdly soothing",
        "can't sleep so I've queued up next week's IPA in the app, no regrets",
    ),
    "fr": ("Insomnie, du coup je prépare ma prochaine brassée dans l'appli Luppora",),
    "it": ("Notte insonne, ne approfitto per programmare la prossima birra nella app Luppora",),
    "de": ("Nachtschicht vorbei und das Luppora blubbert vor sich hin, herrlich",),
    "pt": ("Insónia, aproveitei para programar a próxima cerveja na app da Luppora",),
}

SURVEY_GOOD: dict[str, tuple[str, ...]] = {
    "es": ("Todo perfecto", "muy fácil"),
    "en": ("All good", "easy and quick"),
    "fr": ("Parfait",),
    "it": ("Tutto ottimo",),
    "de": ("Alles bestens",),
    "pt": ("Tudo ótimo",),
}

# Consumer problems: no_show, double_charge, broken, refund.
PROBLEM_SHORT: dict[str, dict[str, tuple[str, ...]]] = {
    "no_show": {
        "es": (
            "La caja del Club aparece como ENTREGADA desde el martes y aquí no ha llegado nada. Pedido {case}",
            "me pone entregado y no tengo NADA, la levadura se me pasa, pedido {case}",
        ),
        "en": (
            "My Club box says DELIVERED since Tuesday and nothing has arrived. Order {case}",
            "tracking says delivered, no box, no note, nothing. {case}",
        ),
        "fr": ("Ma box est marquée LIVRÉE depuis mardi et je n'ai rien reçu. Commande {case}",),
        "it": ("La box risulta CONSEGNATA da martedì ma qui non è arrivato niente. Ordine {case}",),
        "de": (
            "Die Club-Box steht seit Dienstag auf GELIEFERT, hier ist nichts angekommen. Bestellung {case}",
        ),
        "pt": ("A caixa aparece como ENTREGUE desde terça e não recebi nada. Encomenda {case}",),
    },
    "double_charge": {
        "es": (
            "Me habéis cobrado el Club DOS veces este mes, 39,90 y 39,90. Lo quiero devuelto ya. {case}",
            "cobro duplicado de la cuota, revisad esto por favor {case}",
        ),
        "en": (
            "You've charged my Club subscription TWICE this month, £34 and £34. I want it back. {case}",
            "double payment taken for the monthly hire, please sort it {case}",
        ),
        "fr": (
            "Vous m'avez prélevé l'abonnement DEUX fois ce mois-ci. Je veux être remboursée. {case}",
        ),
        "it": (
            "Mi avete addebitato l'abbonamento DUE volte questo mese. Rivoglio i soldi. {case}",
        ),
        "de": (
            "Sie haben den Club ZWEIMAL abgebucht diesen Monat. Ich will mein Geld zurück. {case}",
        ),
        "pt": ("Cobraram a mensalidade DUAS vezes este mês. Quero o dinheiro de volta. {case}",),
    },
    "broken": {
        "es": (
            "La máquina pierde agua por debajo desde el primer día y la bomba hace un ruido horrible. Incidencia {case}",
            "la Brewer ha llegado con la tapa rajada y gotea, no se puede usar {case}",
        ),
        "en": (
            "The brewer leaks from underneath since day one and the pump grinds. Case {case}",
            "machine arrived with a cracked lid and it drips everywhere, unusable {case}",
        ),
        "fr": (
            "La machine fuit par en dessous depuis le premier jour et la pompe grince. Dossier {case}",
        ),
        "it": (
            "La macchina perde acqua da sotto dal primo giorno e la pompa fa un rumore terribile. Pratica {case}",
        ),
        "de": (
            "Das Gerät leckt seit dem ersten Tag unten raus und die Pumpe knirscht. Vorgang {case}",
        ),
        "pt": (
            "A máquina pinga por baixo desde o primeiro dia e a bomba faz um barulho horrível. Processo {case}",
        ),
    },
    "refund": {
        "es": (
            "Devolví la máquina hace TRES semanas y la fianza de 150 € sigue sin aparecer. {case}",
            "la fianza de la Brewer no me la habéis devuelto, ya va para un mes {case}",
        ),
        "en": (
            "Sent the brewer back THREE weeks ago and the £129 deposit still hasn't come back. {case}",
            "still no deposit refund for the returned machine, nearly a month now {case}",
        ),
        "fr": (
            "J'ai renvoyé la machine il y a TROIS semaines et la caution de 150 € n'est toujours pas revenue. {case}",
        ),
        "it": (
            "Ho restituito la macchina TRE settimane fa e il deposito di 150 € non è ancora tornato. {case}",
        ),
        "de": (
            "Gerät vor DREI Wochen zurückgeschickt und die 150 € Kaution sind immer noch nicht da. {case}",
        ),
        "pt": ("Devolvi a máquina há TRÊS semanas e a caução de 150 € ainda não voltou. {case}",),
    },
}

PROBLEM_CALL: dict[str, str] = {
    "es": "si hola llamo porque tengo un problema con el pedido {case} y nadie me dice nada esto no puede ser me tenéis que dar una solucion ya",
    "en": "yeah hi i'm calling about {case} again nobody's told me anything and i've had enough frankly i need this sorted today",
    "fr": "oui bonjour j'appelle pour le dossier {case} personne ne me répond c'est pas normal il faut régler ça aujourd'hui",
    "it": "pronto chiamo per la pratica {case} nessuno mi ha risposto non è possibile dovete risolvere oggi",
    "de": "ja hallo ich rufe wegen Vorgang {case} an keiner meldet sich das geht so nicht das muss heute gelöst werden",
    "pt": "sim olá estou a ligar por causa do processo {case} ninguém me diz nada isto não pode ser tem de ser resolvido hoje",
}

LONG_EMAIL: dict[str, tuple[str, ...]] = {
    "es": (
        "Buenas tardes:\n\nLes escribo desde el coche, esperando a que mi hija salga de natación, porque en casa no tengo un minuto con la mudanza de mi madre. Soy del Club desde marzo y hasta ahora todo había ido muy bien, lo digo de verdad.\n\nPero lo de este mes no tiene nombre: {problem}\n\nHe llamado, he escrito por el chat y nadie me da una respuesta. No pido nada raro, solo que se arregle.\n\nQuedo a la espera.\nUn saludo",
        "Hola,\n\nos escribo un poco tarde porque llevo toda la semana con obras en el piso y un crío con fiebre. No suelo quejarme, me encanta la máquina y se la he recomendado a medio barrio.\n\nEl caso es este: {problem}\n\nSinceramente esperaba otra cosa de vosotros. Espero noticias pronto.\n\nGracias",
    ),
    "en": (
        "Hello,\n\nI'm writing this from the hospital car park while my dad has his check-up, so forgive the typos. I've been a Club member since spring and I've been really happy, I even gave a machine to my brother for his birthday.\n\nBut this month: {problem}\n\nI've tried chat and the phone and I'm getting nowhere. I just want it fixed.\n\nThanks,",
    ),
    "fr": (
        "Bonjour,\n\nJe vous écris entre deux rendez-vous, la semaine est chargée avec le déménagement de ma mère. Je suis cliente depuis le printemps et j'étais ravie jusque-là.\n\nMais voilà : {problem}\n\nJ'attends une réponse rapide.\n\nCordialement",
    ),
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del veterinario, scusate la fretta. Sono socio del Club da marzo e finora tutto bene.\n\nPerò questo mese: {problem}\n\nAttendo una risposta.\n\nCordiali saluti",
    ),
    "de": (
        "Guten Tag,\n\nich schreibe Ihnen in der Mittagspause, die Woche ist voll mit dem Umzug meiner Mutter. Ich bin seit März im Club und war bisher immer zufrieden.\n\nAber diesmal: {problem}\n\nIch erwarte eine schnelle Lösung.\n\nMit freundlichen Grüßen",
    ),
    "pt": (
        "Boa tarde,\n\nescrevo do carro enquanto espero pelo meu filho no futebol. Sou do Club desde março e até agora tudo bem.\n\nMas este mês: {problem}\n\nAguardo resposta.\n\nCumprimentos",
    ),
}

CASE_ACK: dict[str, str] = {
    "es": "Hola, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y la revisamos hoy mismo. Equipo Luppora",
    "en": "Hello, we're really sorry about this. We've opened case {case} and are looking at it today. The Luppora team",
    "fr": "Bonjour, nous sommes désolés. Nous avons ouvert le dossier {case} et le traitons aujourd'hui. L'équipe Luppora",
    "it": "Buongiorno, ci scusiamo. Abbiamo aperto la pratica {case} e la verifichiamo oggi. Il team Luppora",
    "de": "Hallo, das tut uns leid. Wir haben den Vorgang {case} eröffnet und prüfen ihn heute. Ihr Luppora-Team",
    "pt": "Olá, lamentamos muito. Abrimos o processo {case} e vamos tratar hoje. Equipa Luppora",
}

ESCALATED: dict[str, str] = {
    "es": "Hola de nuevo, hemos escalado la incidencia {case} con carácter urgente. Perdona las molestias",
    "en": "Hello again, we've escalated case {case} as urgent. Apologies for the trouble",
    "fr": "Bonjour, nous avons escaladé le dossier {case} en urgence. Toutes nos excuses",
    "it": "Buongiorno, abbiamo inoltrato la pratica {case} con urgenza. Ci scusiamo",
    "de": "Hallo, wir haben Vorgang {case} dringend eskaliert. Entschuldigen Sie bitte",
    "pt": "Olá, escalámos o processo {case} com urgência. Pedimos desculpa",
}

FIXED: dict[str, str] = {
    "es": "¡Buenas noticias! La incidencia {case} está resuelta. ¿Nos confirmas que todo está bien?",
    "en": "Good news: case {case} is sorted on our side. Could you confirm all is well?",
    "fr": "Bonne nouvelle : le dossier {case} est réglé. Pouvez-vous nous confirmer ?",
    "it": "Buone notizie: la pratica {case} è risolta. Ce lo conferma?",
    "de": "Gute Nachricht: Vorgang {case} ist erledigt. Können Sie das bestätigen?",
    "pt": "Boas notícias: o processo {case} está resolvido. Pode confirmar?",
}

CONFIRM: dict[str, tuple[str, ...]] = {
    "es": (
        "Confirmado, lo de {case} ya está bien. Gracias por arreglarlo",
        "si si todo ok con {case}, gracias!",
    ),
    "en": (
        "Confirmed, {case} is all fine now. Thanks for sorting it",
        "yep all good with {case}, cheers",
    ),
    "fr": ("Confirmé, {case} est réglé. Merci",),
    "it": ("Confermo, {case} è tutto a posto. Grazie",),
    "de": ("Bestätigt, {case} ist erledigt. Danke",),
    "pt": ("Confirmo, {case} está resolvido. Obrigada",),
}

REPEAT: dict[str, tuple[str, ...]] = {
    "es": (
        "Sigo igual con {case}, nadie me ha contestado y sigue SIN resolver",
        "segunda vez que escribo por {case}, sigue abierto",
    ),
    "en": (
        "Still nothing on {case}, it is STILL not fixed",
        "writing again about {case}, still open, still no answer",
    ),
    "fr": ("Toujours rien pour {case}, ce n'est TOUJOURS pas réglé",),
    "it": ("Ancora niente per {case}, NON è ancora risolto",),
    "de": ("Immer noch nichts zu {case}, es ist IMMER NOCH nicht gelöst",),
    "pt": ("Ainda nada sobre {case}, continua SEM solução",),
}

REPEAT3: dict[str, str] = {
    "es": "Tercera vez con {case}. Un compañero del trabajo usa {comp} y a él se lo arreglan en el día",
    "en": "Third time about {case}. A mate of mine uses {comp} and they sort this the same day",
    "fr": "Troisième fois pour {case}. Une collègue est chez {comp} et eux règlent ça dans la journée",
    "it": "Terza volta per {case}. Un collega usa {comp} e a lui lo risolvono in giornata",
    "de": "Dritte Mal wegen {case}. Ein Kollege ist bei {comp}, da wird sowas am selben Tag erledigt",
    "pt": "Terceira vez por {case}. Um colega usa a {comp} e resolvem no mesmo dia",
}

REPEAT4: dict[str, str] = {
    "es": "CUARTA vez que escribo por {case}. YA ESTÁ BIEN",
    "en": "FOURTH time writing about {case}. This is ridiculous",
    "fr": "QUATRIÈME fois pour {case}. Ça suffit",
    "it": "QUARTA volta per {case}. Adesso basta",
    "de": "VIERTE Mal wegen {case}. JETZT REICHTS",
    "pt": "QUARTA vez por {case}. Chega",
}

APOLOGY: dict[str, str] = {
    "es": "Perdonad el tono de ayer, no era con vosotros, fue un día horrible",
    "en": "sorry for the rant yesterday, long day, not your fault",
    "fr": "Désolée pour le ton d'hier, journée difficile",
    "it": "Scusate per il tono di ieri, giornata pessima",
    "de": "Sorry für den Ton gestern, war ein schlechter Tag",
    "pt": "Desculpem o tom de ontem, foi um dia mau",
}

SARCASM: dict[str, tuple[str, ...]] = {
    "es": ("Envío exprés de Luppora: pedido el lunes, llega el viernes. Un aplauso 👏",),
    "en": (
        "Luppora 'next day' delivery turned up in four days, truly the speed of fermentation 😂",
    ),
    "fr": ("Livraison express Luppora : quatre jours. Bravo 👏",),
    "it": ("Consegna express di Luppora: quattro giorni. Complimenti 👏",),
    "de": ("Expresslieferung von Luppora: vier Tage. Respekt 👏",),
    "pt": ("Entrega expresso da Luppora: quatro dias. Parabéns 👏",),
}

GRUMBLE: dict[str, tuple[str, ...]] = {
    "es": (
        "la app tarda bastante en cargar el historial de lotes, no es grave pero molesta",
        "el buscador de recetas no encuentra nada si escribes con tilde",
    ),
    "en": (
        "the app's a bit slow loading my batch history, not a big deal but annoying",
        "recipe search doesn't find anything if you misspell it slightly",
    ),
    "fr": ("L'appli met du temps à charger l'historique, pas grave mais agaçant",),
    "it": ("L'app ci mette un po' a caricare lo storico, niente di grave",),
    "de": ("Die App lädt den Brauverlauf ziemlich langsam, nicht schlimm aber nervig",),
    "pt": ("A app demora a carregar o histórico, nada de grave mas irrita",),
}

GRUMBLE_ANSWER: dict[str, str] = {
    "es": "Gracias por avisar, lo pasamos al equipo de la app",
    "en": "Thanks for flagging it, we've passed it to the app team",
    "fr": "Merci du signalement, c'est transmis à l'équipe de l'appli",
    "it": "Grazie della segnalazione, l'abbiamo passata al team dell'app",
    "de": "Danke für den Hinweis, ist ans App-Team weitergegeben",
    "pt": "Obrigado pelo aviso, passámos à equipa da app",
}

# Six steps of a slow slide; the last names a competitor.
SLIDE: dict[str, tuple[str, str, str, str, str, str]] = {
    "es": (
        "La caja de este mes llegó un día tarde, sin aviso. Bueno",
        "las cápsulas de lúpulo venían medio abiertas, olían a rancio",
        "la cerveza de este lote sabe rara, creo que la levadura estaba mal",
        "otra vez caja tarde y el chat tarda una hora en contestar",
        "Me han subido la cuota del Club 5 € sin avisar. Ya no sé si me compensa",
        "mi hermano se ha pasado a {comp} y le sale más barato y mejor. Me lo estoy pensando",
    ),
    "en": (
        "Box came a day late this month, no email. Fine",
        "hop capsules arrived half open and smelt stale",
        "this batch tastes off, I think the yeast was dead",
        "late again and chat took an hour to reply",
        "Club price went up £4 without a word. Not sure it's worth it any more",
        "my brother switched to {comp}, cheaper and frankly better. Thinking about it",
    ),
    "fr": (
        "La box est arrivée avec un jour de retard",
        "Les capsules de houblon étaient à moitié ouvertes",
        "Ce lot a un goût bizarre",
        "Encore en retard, et le chat répond en une heure",
        "Le prix du Club a augmenté sans prévenir",
        "Ma sœur est passée chez {comp}, moins cher et mieux. J'y pense",
    ),
    "it": (
        "La box è arrivata con un giorno di ritardo",
        "Le capsule di luppolo erano mezze aperte",
        "Questo lotto ha un sapore strano",
        "Di nuovo in ritardo e la chat risponde dopo un'ora",
        "Il prezzo del Club è aumentato senza avviso",
        "Mio fratello è passato a {comp}, costa meno ed è meglio. Ci sto pensando",
    ),
    "de": (
        "Box kam einen Tag zu spät, ohne Info",
        "Hopfenkapseln halb offen, rochen alt",
        "Dieser Sud schmeckt komisch",
        "Wieder zu spät und der Chat braucht eine Stunde",
        "Club-Preis ohne Ankündigung erhöht",
        "Mein Bruder ist zu {comp} gewechselt, billiger und besser. Ich überlege",
    ),
    "pt": (
        "A caixa chegou um dia atrasada",
        "As cápsulas de lúpulo vinham meio abertas",
        "Este lote tem um sabor estranho",
        "Outra vez atrasada e o chat demora uma hora",
        "Subiram a mensalidade sem avisar",
        "O meu irmão mudou para a {comp}, mais barato e melhor. Estou a pensar",
    ),
}

CANCEL: dict[str, str] = {
    "es": "Quiero darme de baja del Club y cerrar la cuenta. Ya no voy a usar la máquina",
    "en": "I'd like to cancel my Club membership and close my account please, not brewing any more",
    "fr": "Je souhaite résilier mon abonnement au Club et fermer mon compte",
    "it": "Vorrei disdire l'abbonamento al Club e chiudere l'account",
    "de": "Ich möchte meine Club-Mitgliedschaft kündigen und das Konto schließen",
    "pt": "Quero cancelar a subscrição do Club e fechar a conta",
}

CANCEL_REPLY: dict[str, str] = {
    "es": "Sentimos que te vayas. Hemos tramitado la baja; puedes terminarla tú mismo en la web",
    "en": "Sorry to see you go. We've started the cancellation; you can finish it yourself on the website",
    "fr": "Désolés de vous voir partir. La résiliation est lancée, finalisez-la sur le site",
    "it": "Ci dispiace vederla andare via. Abbiamo avviato la disdetta, può completarla sul sito",
    "de": "Schade, dass Sie gehen. Die Kündigung ist eingeleitet, Sie können sie online abschließen",
    "pt": "Lamentamos que saia. Iniciámos o cancelamento, pode concluí-lo no site",
}

SPIKE: dict[str, tuple[str, ...]] = {
    "es": (
        "La app acaba de mandar una actualización de receta y la máquina se ha puesto a CALENTAR la cerveza que estaba fermentando. Error BRW-738. Se me ha muerto el lote",
        "que le pasa a la app de Luppora?? me sale BRW-738 y la maquina calentando a 70 grados con la cerveza dentro",
        "acabo de ver la máquina a tope de temperatura con 10 litros fermentando. Lote tirado. Qué habéis hecho",
    ),
    "en": (
        "Your app just pushed a recipe update and my brewer started HEATING a batch mid-fermentation. Error BRW-738. Batch ruined",
        "anyone else? Luppora showing BRW-738 and the machine is cooking my beer at 70 degrees",
        "came home to the brewer at full heat with ten litres fermenting inside, two weeks wasted",
    ),
    "fr": (
        "L'appli a envoyé une mise à jour et la machine chauffe ma bière en fermentation. Erreur BRW-738",
    ),
    "it": (
        "L'app ha mandato un aggiornamento e la macchina sta scaldando la birra in fermentazione. Errore BRW-738",
    ),
    "de": (
        "Die App hat ein Update geschickt und das Gerät heizt jetzt meinen gärenden Sud auf. Fehler BRW-738",
    ),
    "pt": (
        "A app mandou uma atualização e a máquina está a aquecer a cerveja a fermentar. Erro BRW-738",
    ),
}

SPIKE_CALL: dict[str, str] = {
    "es": "hola mire la maquina se ha puesto a calentar sola despues de la actualizacion y tengo la cerveza dentro que hago la desenchufo",
    "en": "hi the brewer's just started heating on its own after the update and there's beer fermenting in it what do i do unplug it",
    "fr": "allo la machine chauffe toute seule depuis la mise à jour et ma bière est dedans je la débranche ou quoi",
    "it": "pronto la macchina si è messa a scaldare da sola dopo l'aggiornamento con la birra dentro la stacco",
    "de": "hallo das Gerät heizt seit dem Update von selbst und mein Bier ist drin soll ich den Stecker ziehen",
    "pt": "olá a máquina começou a aquecer sozinha depois da atualização e tenho a cerveja lá dentro desligo",
}

SPIKE_AGAIN: dict[str, str] = {
    "es": "Sigo con el BRW-738, he desenchufado y al enchufar vuelve a calentar",
    "en": "still BRW-738 here, unplugged it and it heats again as soon as it's back on",
    "fr": "Toujours BRW-738, débranchée et ça rechauffe dès que je la rebranche",
    "it": "Ancora BRW-738, staccata e riattaccata, riprende a scaldare",
    "de": "Immer noch BRW-738, Stecker gezogen und es heizt sofort wieder",
    "pt": "Continua BRW-738, desliguei e volta a aquecer",
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "es": "Es un fallo nuestro que afecta a muchas máquinas, estamos en ello. Desenchúfala de momento",
    "en": "It's a fault on our side affecting many machines, we're on it. Please unplug for now",
    "fr": "C'est une panne de notre côté, nous sommes dessus. Débranchez pour l'instant",
    "it": "È un guasto nostro su molte macchine, ci stiamo lavorando. Per ora la stacchi",
    "de": "Ein Fehler bei uns, viele Geräte betroffen, wir arbeiten daran. Bitte vorerst ausstecken",
    "pt": "É uma falha nossa em muitas máquinas, estamos a tratar. Desligue por agora",
}

SPIKE_FIXED: dict[str, str] = {
    "es": "Funciona de nuevo desde las {t}. Te reponemos el lote con un pack gratis. Perdona",
    "en": "Working again since {t}. We're replacing your batch with a free pack. Sorry",
    "fr": "Fonctionne à nouveau depuis {t}. Nous remplaçons votre brassin par un pack offert",
    "it": "Funziona di nuovo dalle {t}. Le sostituiamo il lotto con un pack omaggio",
    "de": "Funktioniert wieder seit {t}. Wir ersetzen Ihren Sud mit einem Gratis-Paket",
    "pt": "Funciona de novo desde as {t}. Substituímos o lote com um pack grátis",
}

LONE_QUESTION: dict[str, str] = {
    "es": "La actualización de recetas de la app funciona bien? me ha cambiado la temperatura pero parece correcto",
    "en": "does the recipe update in the app change anything? mine just synced and the temps look right",
    "fr": "La mise à jour des recettes change quelque chose ? la mienne s'est synchronisée sans souci",
    "it": "L'aggiornamento delle ricette cambia qualcosa? il mio si è sincronizzato bene",
    "de": "Ändert das Rezept-Update etwas? Bei mir hat es synchronisiert, alles normal",
    "pt": "A atualização das receitas muda alguma coisa? a minha sincronizou bem",
}

# Business arm (Luppora Taproom: machines on contract for bars, restaurants, offices).
B2B_PROBLEM: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "Las facturas de {co} siguen saliendo sin número de pedido y con el CIF antiguo. Contabilidad no las puede pagar así. {case}",
        "en": "The invoices for {co} still carry no PO number and the old VAT id, finance can't pay them. {case}",
        "fr": "Les factures de {co} n'ont toujours pas de numéro de commande. La compta bloque. {case}",
        "it": "Le fatture di {co} non hanno ancora il numero d'ordine. L'amministrazione non paga. {case}",
        "de": "Die Rechnungen für {co} haben weiterhin keine Bestellnummer. Die Buchhaltung zahlt so nicht. {case}",
        "pt": "As faturas da {co} continuam sem número de encomenda. A contabilidade não paga assim. {case}",
    },
    "service_blocked": {
        "es": "Los pedidos de cápsulas de {co} salen bloqueados 'cuenta en espera' y está todo pagado. Nos quedamos sin cerveza de barril. {case}",
        "en": "Capsule orders for {co} are blocked 'account on hold' though everything is paid. We're running dry. {case}",
        "fr": "Les commandes de {co} sont bloquées « compte en attente » alors que tout est payé. {case}",
        "it": "Gli ordini di {co} risultano bloccati 'account sospeso' anche se è tutto pagato. {case}",
        "de": "Bestellungen für {co} sind 'Konto gesperrt', obwohl alles bezahlt ist. {case}",
        "pt": "As encomendas da {co} aparecem bloqueadas 'conta suspensa' e está tudo pago. {case}",
    },
    "portal": {
        "es": "El portal no muestra ninguna máquina de {co}, así que no podemos pedir la revisión y el contrato sigue corriendo. {case}",
        "en": "The portal shows no machines for {co}, so we can't book the service and the contract keeps running. {case}",
        "fr": "Le portail n'affiche aucune machine pour {co}, impossible de réserver l'entretien. {case}",
        "it": "Il portale non mostra nessuna macchina di {co}, non possiamo prenotare la manutenzione. {case}",
        "de": "Das Portal zeigt keine Geräte für {co}, wir können keine Wartung buchen. {case}",
        "pt": "O portal não mostra nenhuma máquina da {co}, não conseguimos marcar a manutenção. {case}",
    },
    "overbilled": {
        "es": "A {co} le estáis cobrando tarifa de lista y no la del contrato, más de 600 € de diferencia. {case}",
        "en": "{co} is being billed list price, not our contract rate, over £500 difference. {case}",
        "fr": "{co} est facturé au prix catalogue et non au tarif du contrat. {case}",
        "it": "A {co} state fatturando il listino e non la tariffa del contratto. {case}",
        "de": "{co} wird der Listenpreis statt des Vertragspreises berechnet. {case}",
        "pt": "A {co} está a ser faturada a preço de tabela e não ao do contrato. {case}",
    },
}

B2B_ALSO: dict[str, str] = {
    "es": "Os escribo yo también por lo mismo que {first}: {problem}",
    "en": "Writing as well about the same thing {first} raised: {problem}",
    "fr": "J'écris aussi pour la même chose que {first} : {problem}",
    "it": "Scrivo anche io per la stessa cosa di {first}: {problem}",
    "de": "Ich schreibe auch wegen derselben Sache wie {first}: {problem}",
    "pt": "Escrevo também pelo mesmo que a {first}: {problem}",
}

B2B_AGAIN: dict[str, str] = {
    "es": "Seguimos igual con {case}, no se ha arreglado nada. Compras ya ha pedido precio a {comp}",
    "en": "Still the same on {case}, nothing fixed. Procurement has asked {comp} for rates",
    "fr": "Toujours pareil pour {case}, rien n'est réglé. Les achats ont consulté {comp}",
    "it": "Ancora uguale per {case}, niente risolto. Gli acquisti hanno chiesto un preventivo a {comp}",
    "de": "Immer noch dasselbe bei {case}, nichts gelöst. Der Einkauf hat {comp} angefragt",
    "pt": "Continua igual no {case}, nada resolvido. As compras já pediram preço à {comp}",
}

B2B_ROUTINE: dict[str, tuple[str, ...]] = {
    "es": (
        "Hola, ¿podéis añadir 20 packs de IPA al pedido de la semana que viene? Gracias",
        "Buenos días, necesitamos la factura de octubre en PDF, gracias",
    ),
    "en": (
        "Hi, could you add 20 IPA packs to next week's order? Thanks",
        "Morning, please send October's invoice as PDF",
    ),
    "fr": ("Bonjour, pouvez-vous ajouter 20 packs IPA à la commande de la semaine prochaine ?",),
    "it": ("Buongiorno, potete aggiungere 20 pack IPA all'ordine della prossima settimana?",),
    "de": ("Hallo, können Sie 20 IPA-Pakete zur Bestellung nächste Woche hinzufügen?",),
    "pt": ("Olá, podem juntar 20 packs de IPA à encomenda da próxima semana?",),
}

B2B_ROUTINE_ANSWER: dict[str, str] = {
    "es": "Hecho, ya lo tenéis en el portal. Un saludo, Luppora Taproom",
    "en": "Done, it's on the portal now. Best, Luppora Taproom",
    "fr": "C'est fait, c'est sur le portail. Luppora Taproom",
    "it": "Fatto, è già sul portale. Luppora Taproom",
    "de": "Erledigt, ist im Portal. Luppora Taproom",
    "pt": "Feito, já está no portal. Luppora Taproom",
}

B2B_PRAISE: dict[str, tuple[str, ...]] = {
    "es": (
        "Los clientes del bar encantados con la tostada de la casa, gracias al técnico por la instalación",
    ),
    "en": ("Our guests love the house pale ale, and the engineer's install was spot on",),
    "fr": ("Nos clients adorent la blonde maison, installation impeccable",),
    "it": ("I clienti adorano la birra della casa, installazione perfetta",),
    "de": ("Unsere Gäste lieben das Hausbier, Installation war top",),
    "pt": ("Os clientes adoram a cerveja da casa, instalação impecável",),
}
