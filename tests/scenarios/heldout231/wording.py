"""Wording of heldout231 (Montavo: flat-pack assembly and wall mounting at home).

Every table has every language: fr, pt (two or three variants), en, de, it, es.
Placeholders: {brand} {case} {comp} {code} {prob} {item} {name} {day}.
"""

# ruff: noqa: E501

LANGS = ("fr", "pt", "en", "de", "it", "es")

ITEMS = {
    "fr": [
        "l'armoire PAX",
        "le lit mezzanine",
        "la cuisine",
        "le meuble TV fixé au mur",
        "la commode",
    ],
    "pt": ["o roupeiro", "a cama de casal", "a cozinha", "o móvel da TV na parede", "a cómoda"],
    "en": [
        "the wardrobe",
        "the bunk bed",
        "the kitchen units",
        "the wall-mounted TV",
        "the chest of drawers",
    ],
    "de": ["der Kleiderschrank", "das Hochbett", "die Küche", "der TV an der Wand", "die Kommode"],
    "it": ["l'armadio", "il letto a castello", "la cucina", "la TV a parete", "il comò"],
    "es": ["el armario", "la litera", "la cocina", "la tele en la pared", "la cómoda"],
}

PRAISE = {
    "fr": [
        "Le monteur de {brand} a monté {item} en deux heures, propre et carré. Merci !",
        "Super service {brand}, ponctuel et il a même repris les cartons 👌",
        "Franchement bluffée, {item} est parfaitement de niveau. Bravo {brand}",
    ],
    "pt": [
        "O montador da {brand} foi impecável, {item} ficou perfeito. Obrigada!",
        "Serviço top da {brand}, chegou à hora e levou os cartões 👍",
        "Recomendo a {brand}, montaram {item} num instante e sem riscos",
    ],
    "en": ["{brand} fitter built {item} in under two hours and hoovered after. Brilliant"],
    "de": [
        "Der Monteur von {brand} hat {item} super sauber aufgebaut, sogar die Kartons mitgenommen. Danke!"
    ],
    "it": ["Montatore {brand} gentilissimo, {item} montato alla perfezione. Grazie!"],
    "es": ["El montador de {brand} dejó {item} perfecto y nivelado. Un 10"],
}

AGAIN = {
    "fr": [
        "Troisième fois que je passe par {brand} et toujours aussi nickel",
        "Encore un montage parfait avec {brand}, je ne cherche plus ailleurs",
    ],
    "pt": [
        "Terceira vez com a {brand} e sempre impecável",
        "Outra vez o mesmo montador simpático da {brand}, já é da família",
    ],
    "en": ["Third time using {brand} and still spot on"],
    "de": ["Schon wieder ein perfekter Aufbau von {brand}, das dritte Mal dieses Jahr"],
    "it": ["Terza volta con {brand} e sempre precisi"],
    "es": ["Tercera vez con {brand} y siguen igual de bien"],
}

GRIPE = {
    "fr": [
        "Très contente du montage, juste le créneau de 4 heures un peu long. Sinon parfait",
        "Travail impeccable, dommage que la facture arrive seulement par mail",
    ],
    "pt": [
        "Muito bom trabalho, só a janela de 4 horas é que é comprida demais",
        "Tudo certo com {item}, só a app demora a carregar as fotos",
    ],
    "en": ["Great job on {item}, only gripe is the 4-hour arrival window"],
    "de": ["Sehr ordentlich, nur das Zeitfenster von vier Stunden ist echt lang"],
    "it": ["Lavoro ottimo, solo la fascia oraria di 4 ore è lunga"],
    "es": ["Todo bien con {item}, solo que la franja de 4 horas es larguísima"],
}

QUESTION = {
    "fr": [
        "Bonjour, le monteur peut-il aussi fixer une étagère en plus le même jour ?",
        "est-ce que vous montez aussi les meubles achetés d'occasion ?",
    ],
    "pt": [
        "Olá, o montador leva berbequim ou tenho de ter um?",
        "boa tarde, dá para juntar a montagem de duas camas na mesma marcação?",
    ],
    "en": ["Hi, can the fitter also mount a mirror while he's here?"],
    "de": ["Hallo, bringt der Monteur auch Dübel für Betonwände mit?"],
    "it": ["Ciao, il montatore porta anche i tasselli per il cartongesso?"],
    "es": ["Hola, ¿el montador trae taladro o tengo que tener uno?"],
}

ANSWER = {
    "fr": [
        "Bonjour, oui, ajoutez-le simplement dans l'app avant la veille 18h, le monteur aura ce qu'il faut."
    ],
    "pt": [
        "Olá, sim, o montador leva todas as ferramentas e buchas. Pode acrescentar tarefas na app até à véspera."
    ],
    "en": [
        "Hi, yes: add it in the app up to 6pm the day before and the fitter will bring what's needed."
    ],
    "de": [
        "Hallo, ja, einfach bis 18 Uhr am Vortag in der App ergänzen, der Monteur bringt alles mit."
    ],
    "it": ["Ciao, sì: aggiungilo nell'app entro le 18 del giorno prima, il montatore porta tutto."],
    "es": [
        "Hola, sí: añádelo en la app hasta las 18h del día anterior y el montador lo lleva todo."
    ],
}

THANKS = {
    "fr": ["top merci", "merci, c'est noté !", "parfait merci bcp"],
    "pt": ["obg!", "fixe, obrigado", "valeu, obrigada"],
    "en": ["cheers, legend"],
    "de": ["super, danke dir"],
    "it": ["grazie mille!"],
    "es": ["genial, gracias!"],
}

NIGHT_POST = {
    "fr": [
        "3h du mat, insomnie, je regarde {item} monté par {brand} et je suis fière lol",
        "Rentrée de garde de nuit, la chambre du petit est enfin finie grâce à {brand}",
    ],
    "pt": [
        "2 da manhã e eu a admirar {item} que a {brand} montou hoje haha",
        "Turno da noite acabado, casa finalmente arrumada graças à {brand}",
    ],
    "en": ["2am, can't sleep, just admiring {item} the {brand} guy put up today"],
    "de": ["Nachtschicht vorbei und das Kinderzimmer steht endlich, danke {brand}"],
    "it": ["Le 2 di notte e guardo {item} montato da {brand}, che soddisfazione"],
    "es": ["Las 3 de la mañana y yo mirando {item} que montó {brand}, qué gusto"],
}

NIGHT_Q = {
    "fr": [
        "bonsoir, je peux déplacer mon rendez-vous de demain matin depuis l'app à cette heure-ci ?"
    ],
    "pt": [
        "boa noite, ainda dá para mudar a marcação de amanhã a esta hora?",
        "olá, o montador de amanhã pode vir mais cedo?",
    ],
    "en": ["evening, can I still add a shelf to tomorrow's booking this late?"],
    "de": ["Guten Abend, kann ich den Termin morgen früh jetzt noch verschieben?"],
    "it": ["buonasera, posso ancora spostare l'appuntamento di domani?"],
    "es": ["buenas noches, ¿puedo cambiar la cita de mañana a estas horas?"],
}

NIGHT_A = {
    "fr": ["Bonsoir, oui, jusqu'à 7h dans l'app, sans frais. Bonne nuit !"],
    "pt": ["Boa noite, sim, até às 7h na app e sem custos. Boa noite!"],
    "en": ["Evening, yes, up to 7am in the app at no charge. Good night!"],
    "de": ["Guten Abend, ja, bis 7 Uhr in der App und kostenlos. Gute Nacht!"],
    "it": ["Buonasera, sì, fino alle 7 nell'app e senza costi. Buonanotte!"],
    "es": ["Buenas noches, sí, hasta las 7h en la app y sin coste. ¡Buenas noches!"],
}

JOKE = {
    "fr": ["Le monteur {brand} a fini {item} plus vite que mon mari trouve la notice 😂"],
    "pt": [
        "O montador da {brand} montou {item} antes de eu encontrar a chave Allen 😂",
        "Sobrou um parafuso... é decoração, certo? 😂 {brand}",
    ],
    "en": ["{brand} fitter finished before I found the allen key 😂"],
    "de": ["Der {brand}-Monteur war schneller fertig als ich die Anleitung gefunden hab 😂"],
    "it": ["Il montatore {brand} ha finito prima che trovassi la brugola 😂"],
    "es": ["El de {brand} terminó antes de que yo encontrara la llave Allen 😂"],
}

CALL_Q = {
    "fr": [
        "oui bonjour je voulais savoir si le monteur peut venir un samedi matin et combien ça coûte en plus merci"
    ],
    "pt": [
        "olá boa tarde queria saber se a montagem de uma cozinha pequena cabe numa manhã obrigada",
        "bom dia era só para saber se vocês também fixam televisões na parede de pladur",
    ],
    "en": [
        "hi there just wondering if you do saturday slots for a wardrobe and how much extra that is thanks"
    ],
    "de": [
        "ja hallo ich wollte fragen ob der Monteur auch samstags kommt und was das kostet danke"
    ],
    "it": ["pronto buongiorno volevo sapere se il montatore viene anche il sabato mattina grazie"],
    "es": [
        "hola buenas quería saber si el montador viene también los sábados por la mañana gracias"
    ],
}

CALL_FOLLOWUP = {
    "fr": [
        "Bonjour, suite à votre appel : oui, samedi 8h-12h, supplément de 15 €. Bonne journée, l'équipe {brand}"
    ],
    "pt": [
        "Olá, na sequência da sua chamada: sim, em regra cabe numa manhã. Cumprimentos, equipa {brand}"
    ],
    "en": ["Hi, following your call: yes, Saturday 8-12, £13 extra. Best, the {brand} team"],
    "de": [
        "Hallo, zu Ihrem Anruf: ja, samstags 8-12 Uhr, 15 € Aufpreis. Viele Grüße, Ihr {brand}-Team"
    ],
    "it": ["Buongiorno, come da telefonata: sì, sabato 8-12, 15 € in più. Il team {brand}"],
    "es": ["Hola, como le dijimos por teléfono: sí, sábados de 8 a 12, 15 € más. Equipo {brand}"],
}

SURVEY_WORD = {
    "fr": ["top", "nickel", ""],
    "pt": ["excelente", "5 estrelas", ""],
    "en": ["spot on", ""],
    "de": ["prima", ""],
    "it": ["perfetto", ""],
    "es": ["genial", ""],
}

PROBLEM = {
    "fr": {
        "no_show": "le monteur n'est jamais venu alors que l'app dit « intervention terminée »",
        "damage": "le monteur a percé dans un tuyau et le mur est trempé",
        "double_charge": "j'ai été débitée DEUX fois pour le même montage",
        "wrong_price": "je suis membre Plus et on m'a facturé le tarif normal",
    },
    "pt": {
        "no_show": "o montador nunca apareceu mas a app diz 'serviço concluído'",
        "damage": "o montador furou um cano e a parede está encharcada",
        "double_charge": "fui cobrada DUAS vezes pela mesma montagem",
        "wrong_price": "sou membro Plus e cobraram-me o preço normal",
    },
    "en": {
        "no_show": "the fitter never turned up but the app says 'job completed'",
        "damage": "the fitter drilled into a pipe and the wall is soaked",
        "double_charge": "I've been charged TWICE for the same job",
        "wrong_price": "I'm a Plus member and was charged the full rate",
    },
    "de": {
        "no_show": "der Monteur kam nie, aber die App zeigt 'Auftrag erledigt'",
        "damage": "der Monteur hat in ein Wasserrohr gebohrt und die Wand ist nass",
        "double_charge": "mir wurde der gleiche Aufbau ZWEIMAL abgebucht",
        "wrong_price": "ich bin Plus-Mitglied und habe den normalen Preis bezahlt",
    },
    "it": {
        "no_show": "il montatore non è mai arrivato ma l'app dice 'intervento completato'",
        "damage": "il montatore ha forato un tubo e il muro è fradicio",
        "double_charge": "mi avete addebitato DUE volte lo stesso montaggio",
        "wrong_price": "sono socia Plus e mi avete fatto pagare la tariffa piena",
    },
    "es": {
        "no_show": "el montador no vino nunca pero la app pone 'servicio terminado'",
        "damage": "el montador perforó una tubería y la pared está empapada",
        "double_charge": "me habéis cobrado DOS veces el mismo montaje",
        "wrong_price": "soy socia Plus y me cobrasteis la tarifa normal",
    },
}

COMPLAINT_EMAIL = {
    "fr": [
        "Bonjour, {prob}. Je veux une solution aujourd'hui. Cordialement",
        "Franchement inadmissible : {prob}. J'attends votre réponse.",
    ],
    "pt": [
        "Boa tarde, {prob}. Quero uma solução hoje. Cumprimentos",
        "Inaceitável: {prob}. Aguardo resposta urgente.",
    ],
    "en": ["Hello, {prob}. I need this sorted today. Regards"],
    "de": ["Guten Tag, {prob}. Ich erwarte heute eine Lösung. Grüße"],
    "it": ["Buongiorno, {prob}. Voglio una soluzione oggi. Saluti"],
    "es": ["Buenas, {prob}. Quiero una solución hoy. Saludos"],
}

LONG_EMAIL = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous, parce que je n'ai pas une minute à moi avec le déménagement et ma mère qui sort de l'hôpital. Nous avions réservé le montage de {item} pour accueillir ma mère chez nous. Or {prob}. Je vous laisse imaginer la soirée.\n\nJe suis cliente depuis deux ans et j'ai toujours recommandé {brand} autour de moi, mais là je ne comprends pas.\n\nMerci de me rappeler rapidement.\nBien à vous"
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo do carro à porta da natação dos miúdos, porque entre as obras da casa da minha avó e o trabalho não tenho tempo para nada. Tínhamos marcado a montagem de {item} para o fim de semana. Acontece que {prob}. Nem imaginam a confusão cá em casa.\n\nSou cliente há anos e sempre falei bem da {brand}, mas assim não dá.\n\nAguardo contacto com urgência.\nCumprimentos"
    ],
    "en": [
        "Hello,\n\nI'm writing this on my lunch break at the garden centre, with the in-laws arriving Friday. We booked {item} so the spare room would be ready. Instead {prob}. You can imagine how the evening went.\n\nI've used {brand} for years and recommended you to half the street, but this isn't on.\n\nPlease call me back.\nRegards"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, weil ich zwischen Umzug und Arbeit sonst keine Minute finde. Wir hatten den Aufbau für {item} gebucht, damit meine Schwiegermutter nach der Reha einziehen kann. Stattdessen: {prob}. Sie können sich den Abend vorstellen.\n\nIch bin seit Jahren Kundin und habe {brand} immer weiterempfohlen, aber so geht das nicht.\n\nBitte rufen Sie mich zurück.\nMit freundlichen Grüßen"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista, perché tra il trasloco e il lavoro non ho un attimo. Avevamo prenotato il montaggio per {item} in vista dell'arrivo di mia madre. Invece {prob}. Immaginate la serata.\n\nSono cliente da anni e vi ho sempre consigliato, ma così non va.\n\nRichiamatemi per favore.\nCordiali saluti"
    ],
    "es": [
        "Hola,\n\nos escribo desde el coche, a la puerta del fisio de mi padre, porque entre la mudanza y el trabajo no tengo ni un minuto. Habíamos reservado el montaje de {item} para que mi padre pudiera venirse a casa. Pues {prob}. Imaginad la noche.\n\nSoy clienta desde hace años y siempre os he recomendado, pero esto no.\n\nLlamadme, por favor.\nUn saludo"
    ],
}

COMPLAINT_CALL = {
    "fr": [
        "oui bonjour alors voilà {prob} et personne ne me rappelle je veux quelqu'un aujourd'hui"
    ],
    "pt": [
        "sim boa tarde olhe {prob} e ninguém me diz nada preciso de alguém hoje",
        "está lá é que {prob} e já estou farta de esperar",
    ],
    "en": ["yeah hi so {prob} and nobody has called me back i need someone today"],
    "de": ["ja hallo also {prob} und niemand meldet sich ich brauche heute jemanden"],
    "it": ["pronto sì allora {prob} e nessuno mi richiama mi serve qualcuno oggi"],
    "es": ["sí hola mire {prob} y nadie me llama necesito a alguien hoy"],
}

COMPLAINT_SHORT = {
    "fr": [
        "C'est une blague ? {prob}. Je veux une réponse MAINTENANT",
        "sérieux {brand}... {prob}",
    ],
    "pt": ["Isto é para rir? {prob}. Quero resposta JÁ", "a sério {brand}... {prob}"],
    "en": ["Are you joking? {prob}. I want an answer NOW"],
    "de": ["Ist das ein Witz? {prob}. Ich will JETZT eine Antwort"],
    "it": ["Ma scherziamo? {prob}. Voglio una risposta SUBITO"],
    "es": ["¿Es una broma? {prob}. Quiero respuesta YA"],
}

CASE_OPENED = {
    "fr": [
        "Bonjour, nous sommes désolés. Votre dossier {case} est ouvert, un conseiller vous recontacte aujourd'hui. L'équipe {brand}"
    ],
    "pt": [
        "Olá, lamentamos muito. O seu processo {case} está aberto e um colega contacta-a hoje. Equipa {brand}"
    ],
    "en": [
        "Hi, we're very sorry. Your case {case} is open and someone will contact you today. The {brand} team"
    ],
    "de": [
        "Hallo, das tut uns leid. Ihr Vorgang {case} ist eröffnet, wir melden uns heute. Ihr {brand}-Team"
    ],
    "it": [
        "Buongiorno, ci dispiace molto. La pratica {case} è aperta, la ricontattiamo oggi. Il team {brand}"
    ],
    "es": [
        "Hola, lo sentimos mucho. Tu caso {case} está abierto y te contactamos hoy. Equipo {brand}"
    ],
}

GOOD_NEWS = {
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ?"
    ],
    "pt": [
        "Boas notícias sobre o processo {case}: está resolvido do nosso lado. Pode confirmar que está tudo bem?"
    ],
    "en": ["Good news on case {case}: it's sorted our end. Could you confirm all is well?"],
    "de": [
        "Gute Nachricht zu Vorgang {case}: auf unserer Seite ist alles erledigt. Können Sie das bestätigen?"
    ],
    "it": ["Buone notizie sulla pratica {case}: da parte nostra è risolta. Può confermare?"],
    "es": [
        "Buenas noticias sobre el caso {case}: está resuelto por nuestra parte. ¿Nos lo confirmas?"
    ],
}

CONFIRM = {
    "fr": [
        "Confirmé pour le dossier {case}, tout est bon, merci !",
        "c'est bon pour {case}, merci beaucoup",
    ],
    "pt": ["Confirmo o processo {case}, está tudo certo, obrigada!", "tudo ok com o {case}, obg"],
    "en": ["Confirmed on {case}, all good now, thanks!"],
    "de": ["Bestätige Vorgang {case}, alles in Ordnung, danke!"],
    "it": ["Confermo per la pratica {case}, tutto a posto, grazie!"],
    "es": ["Confirmado el caso {case}, todo bien, ¡gracias!"],
}

APOLOGY = {
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réagi vite."],
    "pt": [
        "Desculpem a mensagem de ontem, estava mesmo em baixo. Obrigada pela rapidez.",
        "peço desculpa pelo tom de ontem, obrigado pela ajuda",
    ],
    "en": ["Sorry about my message yesterday, I was at the end of my rope. Thanks for sorting it."],
    "de": [
        "Sorry für meine Nachricht gestern, ich war einfach fertig. Danke fürs schnelle Kümmern."
    ],
    "it": ["Scusate per il messaggio di ieri, ero esausta. Grazie della rapidità."],
    "es": ["Perdón por el mensaje de ayer, estaba a tope. Gracias por la rapidez."],
}

STILL_OPEN = {
    "fr": [
        "Dossier {case} : toujours rien. {prob}, et personne ne revient vers moi.",
        "je relance pour {case}, c'est TOUJOURS pas réglé",
    ],
    "pt": [
        "Processo {case}: continua tudo igual. {prob} e ninguém me responde.",
        "volto a insistir no {case}, AINDA não está resolvido",
    ],
    "en": ["Case {case}: still nothing. {prob} and nobody gets back to me."],
    "de": ["Vorgang {case}: immer noch nichts. {prob} und keiner meldet sich."],
    "it": ["Pratica {case}: ancora niente. {prob} e nessuno mi risponde."],
    "es": ["Caso {case}: sigue igual. {prob} y nadie me contesta."],
}

THIRD = {
    "fr": [
        "Troisième fois pour {case}. Une collègue passe par {comp} et eux règlent ça le jour même."
    ],
    "pt": [
        "Terceira vez por causa do {case}. Uma colega usa a {comp} e resolvem no próprio dia.",
        "Já é a terceira vez ({case}). Fui ver quanto cobra a {comp}.",
    ],
    "en": ["Third time about {case}. A colleague uses {comp} and they sort this the same day."],
    "de": [
        "Drittes Mal wegen {case}. Eine Kollegin bucht bei {comp}, die lösen das am selben Tag."
    ],
    "it": ["Terza volta per {case}. Una collega usa {comp} e risolvono in giornata."],
    "es": ["Tercera vez por el {case}. Una compañera usa {comp} y lo arreglan en el día."],
}

FOURTH = {
    "fr": ["QUATRIÈME fois pour {case}. Rien n'a bougé."],
    "pt": ["QUARTA vez com o {case}. Nada mudou."],
    "en": ["FOURTH time about {case}. Nothing has changed."],
    "de": ["VIERTES Mal wegen {case}. Nichts passiert."],
    "it": ["QUARTA volta per {case}. Non è cambiato niente."],
    "es": ["CUARTA vez por el {case}. No ha cambiado nada."],
}

QUALITY_LEAD = {
    "fr": [
        "Votre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "pt": [
        "O seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
    ],
    "en": [
        "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "it": [
        "La pratica {case} è ora al nostro responsabile qualità, che la chiamerà entro venerdì a pranzo."
    ],
    "es": [
        "Tu caso {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}

URGENT = {
    "fr": ["C'est ajouté au dossier {case} et marqué urgent."],
    "pt": ["Acrescentado ao processo {case} e marcado como urgente."],
    "en": ["Added to case {case} and marked urgent."],
    "de": ["Zum Vorgang {case} hinzugefügt und als dringend markiert."],
    "it": ["Aggiunto alla pratica {case} e segnato urgente."],
    "es": ["Añadido al caso {case} y marcado como urgente."],
}

SLIDE = {
    "fr": [
        "Monteur arrivé avec 3 heures de retard, sans prévenir. Bon.",
        "Il manquait la moitié des vis, le monteur est reparti en chercher. Deux heures perdues.",
        "Porte d'armoire de travers, il faut rappeler. Ça commence à faire beaucoup.",
        "Le deuxième passage a été annulé par l'app sans explication. J'en ai marre.",
        "30 € de « frais de déplacement » pour une intervention qui n'a jamais eu lieu. SCANDALEUX.",
        "Ma belle-sœur passe par {comp}, j'ai réservé chez eux pour samedi.",
    ],
    "pt": [
        "Montador chegou 3 horas atrasado e sem avisar. Enfim.",
        "Faltavam metade dos parafusos, foi buscar mais. Duas horas perdidas.",
        "Porta do roupeiro torta, tenho de marcar outra vez. Já começa a ser demais.",
        "A segunda visita foi cancelada pela app sem explicação. Estou farta.",
        "30 € de 'deslocação' por uma visita que NUNCA aconteceu. VERGONHA.",
        "A minha cunhada usa a {comp}, já marquei com eles para sábado.",
    ],
    "en": [
        "Fitter three hours late, no call. Fine.",
        "Half the screws missing, he went off to get more. Two hours gone.",
        "Wardrobe door hangs crooked, need another visit. Getting a bit much.",
        "Second visit cancelled by the app, no reason given. Fed up.",
        "£26 'call-out fee' for a visit that NEVER happened. DISGRACEFUL.",
        "My sister-in-law uses {comp}, I've booked them for Saturday.",
    ],
    "de": [
        "Monteur drei Stunden zu spät, ohne Anruf. Naja.",
        "Die Hälfte der Schrauben fehlte, er ist neue holen gefahren. Zwei Stunden weg.",
        "Schranktür hängt schief, nochmal Termin nötig. Langsam reicht es.",
        "Zweiter Termin von der App storniert, ohne Grund. Ich bin genervt.",
        "30 € 'Anfahrtspauschale' für einen Termin, der NIE stattfand. UNVERSCHÄMT.",
        "Meine Schwägerin bucht bei {comp}, ich hab dort für Samstag gebucht.",
    ],
    "it": [
        "Montatore in ritardo di tre ore, senza avvisare. Va be'.",
        "Mancavano metà delle viti, è andato a prenderle. Due ore perse.",
        "Anta dell'armadio storta, serve un'altra visita. Comincia a essere troppo.",
        "Seconda visita annullata dall'app senza motivo. Sono stufa.",
        "30 € di 'uscita' per una visita MAI avvenuta. VERGOGNOSO.",
        "Mia cognata usa {comp}, ho prenotato da loro per sabato.",
    ],
    "es": [
        "Montador con tres horas de retraso y sin avisar. En fin.",
        "Faltaban la mitad de los tornillos, se fue a por más. Dos horas perdidas.",
        "Puerta del armario torcida, otra visita. Ya empieza a ser mucho.",
        "La segunda visita la canceló la app sin explicación. Estoy harta.",
        "30 € de 'desplazamiento' por una visita que NUNCA ocurrió. VERGONZOSO.",
        "Mi cuñada usa {comp}, ya he reservado con ellos para el sábado.",
    ],
}

SARCASM = {
    "fr": ["Créneau 8h-12h, monteur à 11h58. Quelle ponctualité 👏 {brand}"],
    "pt": [
        "Janela das 8h às 12h, montador às 11h58. Que pontualidade 👏 {brand}",
        "Adoro quando a app diz 'a caminho' durante 3 horas 🙃 {brand}",
    ],
    "en": ["8-12 slot, fitter at 11:58. Punctual as ever 👏 {brand}"],
    "de": ["Zeitfenster 8-12, Monteur um 11:58. Pünktlich wie immer 👏 {brand}"],
    "it": ["Fascia 8-12, montatore alle 11:58. Che puntualità 👏 {brand}"],
    "es": ["Franja de 8 a 12, montador a las 11:58. Qué puntualidad 👏 {brand}"],
}

GRUMBLE = {
    "fr": [
        "L'app me déconnecte à chaque fois, pénible",
        "Encore le SMS de rappel à 6h du matin...",
        "le créneau de 4h c'est vraiment long",
    ],
    "pt": [
        "A app desliga-me a sessão sempre, irritante",
        "Outra vez o SMS de lembrete às 6 da manhã...",
        "a janela de 4 horas é mesmo longa",
    ],
    "en": ["App logs me out every single time, annoying", "the 4-hour window really is too long"],
    "de": ["Die App meldet mich jedes Mal ab, nervig", "das 4-Stunden-Fenster ist echt zu lang"],
    "it": ["L'app mi disconnette ogni volta, che noia", "la fascia di 4 ore è troppo lunga"],
    "es": [
        "La app me cierra la sesión cada vez, qué pesadez",
        "la franja de 4 horas es demasiado larga",
    ],
}

CANCEL = {
    "fr": [
        "Bonjour, on a tout meublé, on n'aura plus besoin de vous. Je veux résilier Montavo Plus et fermer mon compte. Merci"
    ],
    "pt": [
        "Olá, mudámo-nos para um T1 já mobilado. Quero cancelar o Montavo Plus e fechar a conta. Obrigada",
        "Bom dia, a casa está toda montada, já não preciso. Cancelem o Montavo Plus e a conta, por favor",
    ],
    "en": [
        "Hi, we've moved into a furnished flat. I'd like to cancel Montavo Plus and close my account. Thanks"
    ],
    "de": [
        "Hallo, wir ziehen in eine möblierte Wohnung. Bitte Montavo Plus kündigen und das Konto schließen. Danke"
    ],
    "it": [
        "Buongiorno, ci trasferiamo in un arredato. Voglio disdire Montavo Plus e chiudere l'account. Grazie"
    ],
    "es": [
        "Hola, nos mudamos a un piso amueblado. Quiero dar de baja Montavo Plus y cerrar la cuenta. Gracias"
    ],
}

SORRY_GO = {
    "fr": [
        "Dommage de vous voir partir ! Vous pouvez résilier vous-même dans l'app ou sur le site."
    ],
    "pt": ["Temos pena que nos deixe! Pode cancelar na app ou no site."],
    "en": ["Sorry to see you go! You can cancel yourself in the app or on the website."],
    "de": ["Schade, dass Sie gehen! Sie können selbst in der App oder auf der Website kündigen."],
    "it": ["Ci dispiace vederla andare! Può disdire nell'app o sul sito."],
    "es": ["¡Qué pena que te vayas! Puedes darte de baja en la app o en la web."],
}

B2B_PROBLEM = {
    "fr": {
        "invoice": "les factures portent l'ancien nom de la société et aucun numéro de bon de commande",
        "portal": "le portail n'affiche aucune intervention en cours, impossible de valider les fins de chantier",
    },
    "pt": {
        "invoice": "as faturas vêm com o nome antigo da empresa e sem número de nota de encomenda",
        "portal": "o portal não mostra nenhuma intervenção em curso, não conseguimos fechar as obras",
    },
    "en": {
        "invoice": "the invoices carry our old company name and no PO number",
        "portal": "the portal shows no open jobs, so we cannot sign any off",
    },
    "de": {
        "invoice": "die Rechnungen tragen den alten Firmennamen und keine Bestellnummer",
        "portal": "das Portal zeigt keine offenen Aufträge, wir können nichts abnehmen",
    },
    "it": {
        "invoice": "le fatture hanno la vecchia ragione sociale e nessun numero d'ordine",
        "portal": "il portale non mostra interventi aperti, non possiamo chiudere nulla",
    },
    "es": {
        "invoice": "las facturas llevan el nombre antiguo de la empresa y sin número de pedido",
        "portal": "el portal no muestra trabajos abiertos y no podemos cerrar ninguno",
    },
}

B2B_FIRST = {
    "fr": [
        "Bonjour, pour le compte {acct} : {prob}. Notre comptabilité bloque les paiements. Merci de corriger."
    ],
    "pt": [
        "Bom dia, relativamente à conta {acct}: {prob}. A contabilidade está a bloquear pagamentos. Agradeço correção."
    ],
    "en": [
        "Hello, regarding account {acct}: {prob}. Our accounts team is holding payments. Please fix."
    ],
    "de": [
        "Guten Tag, zum Konto {acct}: {prob}. Unsere Buchhaltung hält Zahlungen zurück. Bitte korrigieren."
    ],
    "it": [
        "Buongiorno, per il conto {acct}: {prob}. L'amministrazione blocca i pagamenti. Grazie di correggere."
    ],
    "es": [
        "Buenos días, sobre la cuenta {acct}: {prob}. Contabilidad está bloqueando pagos. Por favor corregidlo."
    ],
}

B2B_LATER = {
    "fr": [
        "Bonjour, ma collègue {name} vous a écrit {day} (dossier {case}) : {prob}. Même problème chez moi."
    ],
    "pt": [
        "Bom dia, a minha colega {name} escreveu-vos {day} (processo {case}): {prob}. Tenho o mesmo problema."
    ],
    "en": ["Hi, my colleague {name} wrote to you {day} (case {case}): {prob}. Same problem here."],
    "de": [
        "Hallo, meine Kollegin {name} hat Ihnen {day} geschrieben (Vorgang {case}): {prob}. Bei mir dasselbe."
    ],
    "it": [
        "Buongiorno, la collega {name} vi ha scritto {day} (pratica {case}): {prob}. Stesso problema qui."
    ],
    "es": ["Hola, mi compañera {name} os escribió {day} (caso {case}): {prob}. Aquí lo mismo."],
}

B2B_LAST_MAIL = {
    "fr": [
        "Dossier {case} : toujours rien de corrigé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}."
    ],
    "pt": [
        "Processo {case}: nada corrigido e vários colegas já escreveram. As compras já pediram preços à {comp}."
    ],
    "en": [
        "Case {case}: still nothing fixed and several colleagues have written. Procurement has already asked {comp} for rates."
    ],
    "de": [
        "Vorgang {case}: nichts behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt."
    ],
    "it": [
        "Pratica {case}: ancora niente, più colleghi vi hanno scritto. Gli acquisti hanno già chiesto i prezzi a {comp}."
    ],
    "es": [
        "Caso {case}: nada arreglado y varios compañeros os han escrito. Compras ya ha pedido tarifas a {comp}."
    ],
}

B2B_LAST_CALL = {
    "fr": [
        "oui bonjour c'est pour le dossier {case} rien n'est corrigé plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si c'est pas réglé cette semaine"
    ],
    "pt": [
        "bom dia é sobre o processo {case} continua tudo igual vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "en": [
        "hi it's about case {case} nothing's fixed several of us have written my boss says we move the account if it isn't sorted this week"
    ],
    "de": [
        "ja hallo wegen Vorgang {case} es ist nichts behoben mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "it": [
        "pronto è per la pratica {case} non è cambiato niente più colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "es": [
        "hola es por el caso {case} no se ha arreglado nada varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}

B2B_ACK = {
    "fr": [
        "Bonjour, merci, c'est enregistré sous le dossier {case}. Nous revenons vers vous rapidement."
    ],
    "pt": ["Bom dia, obrigado, ficou registado no processo {case}. Voltamos ao contacto em breve."],
    "en": ["Hello, thank you, logged as case {case}. We'll come back to you shortly."],
    "de": ["Guten Tag, danke, erfasst als Vorgang {case}. Wir melden uns zeitnah."],
    "it": ["Buongiorno, grazie, registrato come pratica {case}. Vi ricontattiamo a breve."],
    "es": ["Buenos días, gracias, registrado como caso {case}. Os contestamos en breve."],
}

B2B_SUGGEST = {
    "fr": [
        "Suggestion : pourriez-vous indiquer le code projet sur chaque ligne de facture ? Ce serait pratique."
    ],
    "pt": ["Sugestão: seria possível pôr o código de projeto em cada linha da fatura? Dava jeito."],
    "en": ["Suggestion: could the project code appear on each invoice line? Would help us."],
    "de": ["Vorschlag: könnte der Projektcode auf jeder Rechnungszeile stehen? Wäre praktisch."],
    "it": [
        "Suggerimento: si potrebbe mettere il codice progetto su ogni riga di fattura? Sarebbe comodo."
    ],
    "es": [
        "Sugerencia: ¿podríais poner el código de proyecto en cada línea de factura? Nos vendría bien."
    ],
}

B2B_Q = {
    "fr": ["Bonjour, pouvez-vous monter 12 bureaux assis-debout lundi au 3e étage ?"],
    "pt": [
        "Bom dia, conseguem montar 12 secretárias no 3.º andar na segunda?",
        "Olá, podem fixar os quadros brancos nas salas de reunião esta semana?",
    ],
    "en": ["Hi, can you assemble 12 standing desks on the 3rd floor on Monday?"],
    "de": ["Hallo, könnt ihr am Montag 12 Steh-Sitz-Tische im 3. OG aufbauen?"],
    "it": ["Buongiorno, potete montare 12 scrivanie al terzo piano lunedì?"],
    "es": ["Hola, ¿podéis montar 12 mesas elevables en la 3.ª planta el lunes?"],
}

B2B_A = {
    "fr": ["Bonjour, oui, deux monteurs lundi 8h, c'est réservé sur votre compte."],
    "pt": ["Bom dia, sim, dois montadores na segunda às 8h, reservado na vossa conta."],
    "en": ["Hi, yes, two fitters Monday 8am, booked on your account."],
    "de": ["Hallo, ja, zwei Monteure Montag 8 Uhr, auf Ihr Konto gebucht."],
    "it": ["Buongiorno, sì, due montatori lunedì alle 8, prenotato sul vostro conto."],
    "es": ["Hola, sí, dos montadores el lunes a las 8, reservado en vuestra cuenta."],
}

B2B_PRAISE = {
    "fr": ["Très bon travail des monteurs {brand} sur notre nouvel open space, rien à redire."],
    "pt": ["Excelente trabalho da {brand} no nosso escritório novo, tudo a horas."],
    "en": ["Great work from the {brand} crew on our new office floor, no complaints."],
    "de": ["Tolle Arbeit vom {brand}-Team in unserem neuen Büro, alles pünktlich."],
    "it": ["Ottimo lavoro della squadra {brand} nel nostro nuovo ufficio."],
    "es": ["Muy buen trabajo del equipo {brand} en la oficina nueva."],
}

SPIKE_REPORT = {
    "fr": [
        "L'app vient d'ANNULER mon montage de ce matin alors que le monteur est devant chez moi ! Message « réservation annulée, erreur {code} »",
        "bonjour, rendez-vous de 9h annulé tout seul par l'app il y a 10 min, et on me dit que c'est remboursé ?? je n'ai rien demandé",
        "Montavo annule toutes les réservations ou quoi ? La mienne a disparu, écran {code}",
    ],
    "pt": [
        "A app CANCELOU a minha montagem de hoje e o montador já está à porta! Diz 'reserva cancelada, erro {code}'",
        "bom dia, a marcação das 9h foi cancelada sozinha há 10 minutos e diz que fui reembolsada?? não pedi nada",
        "Alguém mais com a marcação de hoje cancelada pela app? Aparece {code}",
    ],
    "en": [
        "App just CANCELLED this morning's booking while the fitter is at my door! Says 'booking cancelled, error {code}'",
        "anyone else had today's booking cancelled by the app? mine just vanished",
    ],
    "de": [
        "Die App hat meinen heutigen Termin STORNIERT, der Monteur steht vor der Tür! 'Buchung storniert, Fehler {code}'",
        "hat noch jemand seine Buchung heute früh einfach storniert bekommen? meine ist weg",
    ],
    "it": [
        "L'app ha ANNULLATO il montaggio di stamattina e il montatore è sotto casa! Dice 'prenotazione annullata, errore {code}'"
    ],
    "es": [
        "¡La app ha CANCELADO el montaje de esta mañana y el montador está en la puerta! Pone 'reserva cancelada, error {code}'",
        "¿a alguien más le ha cancelado la app la reserva de hoy? la mía ha desaparecido",
    ],
}

SPIKE_REPEAT = {
    "fr": [
        "Toujours annulé, et je ne peux pas reréserver, même erreur {code} depuis le téléphone de mon mari"
    ],
    "pt": [
        "Continua cancelada e não consigo voltar a marcar, mesmo erro {code} no telemóvel do meu marido"
    ],
    "en": ["Still cancelled and I can't rebook, same {code} on my partner's phone too"],
    "de": [
        "Immer noch storniert, neu buchen geht nicht, gleicher Fehler {code} auch am Handy meines Mannes"
    ],
    "it": [
        "Ancora annullata e non riesco a riprenotare, stesso {code} anche dal telefono di mio marito"
    ],
    "es": ["Sigue cancelada y no puedo volver a reservar, mismo {code} en el móvil de mi marido"],
}

SPIKE_ANSWER = {
    "fr": [
        "Oui, des réservations du jour sont annulées par erreur en ce moment, nos équipes y travaillent. Le monteur peut commencer."
    ],
    "pt": [
        "Sim, há marcações de hoje a ser canceladas por erro neste momento, a equipa está a tratar. O montador pode começar."
    ],
    "en": [
        "Yes, some of today's bookings are being cancelled in error right now, our engineers are on it. The fitter can go ahead."
    ],
    "de": [
        "Ja, heutige Buchungen werden gerade fälschlich storniert, unser Team ist dran. Der Monteur kann anfangen."
    ],
    "it": [
        "Sì, alcune prenotazioni di oggi vengono annullate per errore, ci stiamo lavorando. Il montatore può iniziare."
    ],
    "es": [
        "Sí, se están cancelando por error reservas de hoy, el equipo ya está en ello. El montador puede empezar."
    ],
}

SPIKE_FIXED = {
    "fr": [
        "Les réservations du jour sont rétablies depuis 12h40 (heure locale). Votre montage est offert, 10 € crédités."
    ],
    "pt": [
        "As marcações de hoje estão repostas desde as 11h40 (hora local). A montagem é por nossa conta, 10 € creditados."
    ],
    "en": [
        "Today's bookings are restored since 11:40 (local time). Your job is on us, £9 credited."
    ],
    "de": [
        "Die heutigen Buchungen sind seit 12:40 Uhr (Ortszeit) wiederhergestellt. Der Aufbau geht auf uns, 10 € gutgeschrieben."
    ],
    "it": [
        "Le prenotazioni di oggi sono ripristinate dalle 12:40 (ora locale). Il montaggio lo offriamo noi, 10 € accreditati."
    ],
    "es": [
        "Las reservas de hoy están restablecidas desde las 12:40 (hora local). El montaje corre de nuestra cuenta, 10 € abonados."
    ],
}

LONE_Q = {
    "fr": [
        "bonjour, hier soir l'app affichait ma réservation en gris un moment puis c'est revenu, elle est bien maintenue pour demain ?"
    ],
    "pt": [
        "olá, ontem à noite a marcação apareceu a cinzento um bocado e depois voltou ao normal, amanhã está confirmada?"
    ],
    "en": ["hi, last night my booking showed grey for a bit then came back, is tomorrow still on?"],
    "de": [
        "hallo, gestern Abend war meine Buchung kurz grau und dann wieder normal, steht der Termin morgen?"
    ],
    "it": [
        "ciao, ieri sera la prenotazione era grigia per un po' poi è tornata normale, domani è confermata?"
    ],
    "es": [
        "hola, anoche la reserva salió en gris un rato y luego volvió a la normalidad, ¿mañana sigue en pie?"
    ],
}

LONE_A = {
    "fr": [
        "Bonjour, oui, c'était une mise à jour de l'affichage, votre réservation est bien confirmée."
    ],
    "pt": ["Olá, sim, foi uma atualização do ecrã, a marcação está confirmada."],
    "en": ["Hi, yes, that was a display refresh, your booking is confirmed."],
    "de": ["Hallo, ja, das war nur eine Aktualisierung der Anzeige, der Termin steht."],
    "it": ["Ciao, sì, era un aggiornamento della schermata, la prenotazione è confermata."],
    "es": ["Hola, sí, era una actualización de la pantalla, la reserva está confirmada."],
}

SUBJ_COMPLAINT = {
    "fr": "Réclamation",
    "pt": "Reclamação",
    "en": "Complaint",
    "de": "Beschwerde",
    "it": "Reclamo",
    "es": "Reclamación",
}
SUBJ_RE = {
    "fr": "RE : Dossier",
    "pt": "RE: Processo",
    "en": "Re: Your case",
    "de": "AW: Vorgang",
    "it": "R: Pratica",
    "es": "RE: Caso",
}
DAYWORD = {
    "fr": "mercredi",
    "pt": "na quarta-feira",
    "en": "on Wednesday",
    "de": "am Mittwoch",
    "it": "mercoledì",
    "es": "el miércoles",
}

PRODUCTS = [
    ("Wardrobe assembly / Montage armoire", "89.00"),
    ("Bed assembly / Montagem cama", "59.00"),
    ("TV wall mount / Fixation TV", "69.00"),
    ("Kitchen units, per metre / Cuisine au mètre", "149.00"),
    ("Shelves and mirrors / Étagères et miroirs", "39.00"),
]
