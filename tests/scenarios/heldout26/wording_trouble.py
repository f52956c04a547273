# ruff: noqa: E501
"""Hand-written wording of trouble for heldout26 (Ladenza, EV charging).

German and Italian first (most variants), then English, Spanish, French and
Portuguese. Placeholders: {name} {full} {last} {car} {city} {rival} {ref} {amt}
{short} {Short} {agent}; [[fem|masc]] agrees with the writer (or, in agents'
replies, with the customer addressed).
"""

from __future__ import annotations

LANGS = ("de", "it", "en", "es", "fr", "pt")

PROBLEMS = (
    "session_fails",
    "cable_locked",
    "overbilled",
    "double_charge",
    "wallbox_no_show",
    "refund",
)

# The angry message itself, as written (chat, e-mail, social, web form).
CORE: dict[str, dict[str, list[str]]] = {
    "session_fails": {
        "de": [
            "Stehe seit 40 Minuten an der Säule in {city}, weder die App noch die Ladenza-Karte startet den Ladevorgang. Akku bei 7 %. Was soll ich jetzt machen???",
            "Die Ladung startet einfach nicht. Karte wird abgelehnt, App sagt 'Autorisierung fehlgeschlagen'. Ich stehe hier mit meinem {car} und komme nicht weiter. UNFASSBAR.",
            "Heute früh in {city} drei Säulen probiert, keine einzige hat meinen {car} geladen. Musste mir ein Taxi zur Arbeit nehmen. So geht das nicht, Ladenza.",
            "Karte abgelehnt, App abgelehnt, Hotline besetzt. Ich sitze mit 9 % Akku auf dem Rastplatz bei {city} und kann NICHT laden. Danke für nichts.",
        ],
        "it": [
            "Sono alla colonnina di {city} da mezz'ora, né l'app né la tessera Ladenza fanno partire la ricarica. Batteria al 6%. E adesso cosa faccio???",
            "La ricarica non parte. Tessera rifiutata, l'app dice 'autorizzazione non riuscita'. Sono bloccat[[a|o]] qui con la mia {car}. VERGOGNOSO.",
            "Stamattina a {city} ho provato tre colonnine, nessuna ha caricato la mia {car}. Ho dovuto chiamare un taxi per andare al lavoro. Così non si può andare avanti.",
            "Tessera rifiutata, app rifiutata, numero verde occupato. Sono in autogrill vicino a {city} col 9% e NON riesco a caricare. Grazie di niente.",
        ],
        "en": [
            "Been stood at the charger in {city} for 40 minutes, neither the app nor the Ladenza card will start a session. Battery on 7%. What am I supposed to do???",
            "Charging just won't start. Card declined, app says 'authorisation failed'. Stuck here with my {car}. UNBELIEVABLE.",
            "Tried three chargers in {city} this morning, not one of them would charge my {car}. Had to get a taxi to work. Not good enough Ladenza.",
        ],
        "es": [
            "Llevo 40 minutos en el cargador de {city}, ni la app ni la tarjeta Ladenza inician la carga. Batería al 7%. ¿¿Y ahora qué hago??",
            "La carga no arranca. Tarjeta rechazada, la app dice 'autorización fallida'. Tirad[[a|o]] aquí con mi {car}. INCREÍBLE.",
            "Esta mañana en {city} probé tres cargadores y ninguno cargó mi {car}. Tuve que coger un taxi para ir al trabajo. Así no, Ladenza.",
        ],
        "fr": [
            "Ça fait 40 minutes que je suis à la borne à {city}, ni l'appli ni la carte Ladenza ne lancent la charge. Batterie à 7 %. Je fais quoi maintenant ???",
            "La recharge ne démarre pas. Carte refusée, l'appli affiche « autorisation échouée ». Je suis [[coincée|coincé]] ici avec ma {car}. INADMISSIBLE.",
            "Ce matin à {city} j'ai essayé trois bornes, aucune n'a chargé ma {car}. J'ai dû prendre un taxi pour aller au boulot. Franchement Ladenza.",
        ],
        "pt": [
            "Estou há 40 minutos no posto de {city}, nem a app nem o cartão Ladenza iniciam o carregamento. Bateria a 7%. E agora???",
            "O carregamento não arranca. Cartão recusado, a app diz 'autorização falhada'. Estou [[presa|preso]] aqui com o meu {car}. INACREDITÁVEL.",
            "Hoje de manhã em {city} experimentei três postos e nenhum carregou o meu {car}. Tive de apanhar um táxi para o trabalho. Assim não dá, Ladenza.",
        ],
    },
    "cable_locked": {
        "de": [
            "Ladevorgang beendet, aber das Kabel bleibt im Auto verriegelt. Ich bekomme es nicht raus, die Säule in {city} reagiert auf gar nichts. Ich muss in 20 Minuten meine Tochter abholen!!",
            "Das Kabel steckt seit einer Stunde an meinem {car} fest. Hotline: Warteschleife, niemand geht ran. Ich kann nicht wegfahren. Ist das ein Witz?",
            "Die Säule hat die Ladung gestoppt, das Kabel aber NICHT freigegeben. Ich stehe in {city} auf dem Parkplatz und warte. Und die Blockiergebühr läuft bestimmt auch noch.",
        ],
        "it": [
            "Ricarica finita ma il cavo resta bloccato nella macchina. Non riesco a staccarlo, la colonnina di {city} non risponde a niente. Devo prendere mia figlia tra 20 minuti!!",
            "Il cavo è incastrato nella mia {car} da un'ora. Numero verde che squilla a vuoto. Non posso ripartire. Ma stiamo scherzando?",
            "La colonnina ha fermato la ricarica ma NON ha sbloccato il cavo. Sono nel parcheggio a {city} ad aspettare. E scommetto che la tariffa di sosta intanto corre.",
        ],
        "en": [
            "Session finished but the cable is still locked into the car. Can't get it out, the charger in {city} doesn't respond to anything. I have to collect my daughter in 20 minutes!!",
            "Cable stuck in my {car} for an hour now. Helpline just rings out. I can't leave. Is this a joke?",
        ],
        "es": [
            "Ha terminado la carga pero el cable sigue bloqueado en el coche. No hay forma de sacarlo, el cargador de {city} no responde. ¡¡Tengo que recoger a mi hija en 20 minutos!!",
            "El cable lleva una hora atascado en mi {car}. El teléfono de asistencia no lo coge nadie. No me puedo ir. ¿Es una broma?",
        ],
        "fr": [
            "Recharge terminée mais le câble reste verrouillé dans la voiture. Impossible de le retirer, la borne de {city} ne réagit plus. Je dois récupérer ma fille dans 20 minutes !!",
            "Le câble est bloqué sur ma {car} depuis une heure. La hotline sonne dans le vide. Je ne peux pas partir. C'est une blague ?",
        ],
        "pt": [
            "O carregamento terminou mas o cabo continua bloqueado no carro. Não consigo tirá-lo, o posto de {city} não responde a nada. Tenho de ir buscar a minha filha daqui a 20 minutos!!",
            "O cabo está preso no meu {car} há uma hora. A linha de apoio toca e ninguém atende. Não consigo sair daqui. Isto é alguma piada?",
        ],
    },
    "overbilled": {
        "de": [
            "Für eine Ladung von 38 kWh habt ihr mir {amt} abgebucht, angeblich 3 Stunden Blockiergebühr. Ich stand 45 Minuten an der Säule! Das will ich zurück.",
            "Auf meiner Abrechnung steht ein Ladevorgang in {city} mit 212 kWh. Mein {car} hat einen 77-kWh-Akku. Wie soll das bitte gehen??",
            "Eine Rechnung, die hinten und vorne nicht stimmt: {amt} für eine halbe Stunde Laden. Das zahle ich NICHT.",
        ],
        "it": [
            "Per una ricarica di 38 kWh mi avete addebitato {amt}, a quanto pare 3 ore di tariffa di sosta. Sono stat[[a|o]] alla colonnina 45 minuti! Rivoglio i miei soldi.",
            "Nell'estratto conto c'è una ricarica a {city} da 212 kWh. La batteria della mia {car} è da 64 kWh. Com'è possibile??",
            "{amt} per mezz'ora di ricarica. Non pago, NON ESISTE proprio.",
        ],
        "en": [
            "You've charged me {amt} for a 38 kWh session, supposedly 3 hours of idle fee. I was at the charger for 45 minutes! I want that back.",
            "My statement shows a session in {city} of 212 kWh. My {car} has a 64 kWh battery. How does that work??",
        ],
        "es": [
            "Me habéis cobrado {amt} por una carga de 38 kWh, supuestamente 3 horas de penalización por ocupación. ¡Estuve 45 minutos en el cargador! Quiero que me lo devolváis.",
            "En el extracto aparece una carga en {city} de 212 kWh. Mi {car} tiene una batería de 64 kWh. ¿¿Cómo es posible??",
        ],
        "fr": [
            "Vous m'avez prélevé {amt} pour une recharge de 38 kWh, soi-disant 3 heures de frais d'occupation. Je suis [[restée|resté]] 45 minutes à la borne ! Je veux être [[remboursée|remboursé]].",
            "Sur mon relevé il y a une recharge à {city} de 212 kWh. Ma {car} a une batterie de 52 kWh. Comment c'est possible ??",
        ],
        "pt": [
            "Cobraram-me {amt} por um carregamento de 38 kWh, supostamente 3 horas de taxa de ocupação. Estive 45 minutos no posto! Quero o dinheiro de volta.",
            "No extrato aparece um carregamento em {city} de 212 kWh. O meu {car} tem bateria de 64 kWh. Como é que isso é possível??",
        ],
    },
    "double_charge": {
        "de": [
            "Die Monatsgebühr für Ladenza Plus wurde diesen Monat ZWEIMAL abgebucht. Ich habe ein Abo, nicht zwei. Bitte sofort zurückbuchen.",
            "Zwei Abbuchungen von {amt} am selben Tag, beide 'Ladenza Plus'. Mein Konto ist jetzt im Minus, danke auch.",
            "Kontoauszug: Ladenza Plus {amt}, Ladenza Plus {amt}. Gleicher Tag, gleiche Uhrzeit. Ich will mein Geld zurück, und zwar schnell.",
        ],
        "it": [
            "La quota mensile di Ladenza Plus mi è stata addebitata DUE volte questo mese. Ho un abbonamento, non due. Stornate subito.",
            "Due addebiti da {amt} lo stesso giorno, tutti e due 'Ladenza Plus'. Adesso ho il conto in rosso, grazie tante.",
            "Estratto conto: Ladenza Plus {amt}, Ladenza Plus {amt}. Stesso giorno, stessa ora. Rivoglio i miei soldi e in fretta.",
        ],
        "en": [
            "Ladenza Plus fee taken TWICE this month. I have one subscription, not two. Refund it now please.",
            "Two payments of {amt} on the same day, both 'Ladenza Plus'. Now I'm overdrawn, thanks a lot.",
        ],
        "es": [
            "Me habéis cobrado DOS veces la cuota de Ladenza Plus este mes. Tengo una suscripción, no dos. Devolvédmelo ya.",
            "Dos cargos de {amt} el mismo día, los dos 'Ladenza Plus'. Ahora tengo la cuenta en números rojos, gracias.",
        ],
        "fr": [
            "L'abonnement Ladenza Plus a été prélevé DEUX fois ce mois-ci. J'ai un abonnement, pas deux. Remboursez-moi tout de suite svp.",
            "Deux prélèvements de {amt} le même jour, tous les deux « Ladenza Plus ». Mon compte est à découvert maintenant, merci bien.",
        ],
        "pt": [
            "A mensalidade do Ladenza Plus foi cobrada DUAS vezes este mês. Tenho uma assinatura, não duas. Devolvam já.",
            "Dois débitos de {amt} no mesmo dia, os dois 'Ladenza Plus'. Agora tenho a conta a descoberto, obrigadinho.",
        ],
    },
    "wallbox_no_show": {
        "de": [
            "Heute war der Termin für die Installation meiner Ladenza Home Wallbox, 8 bis 12 Uhr. Ich habe mir extra freigenommen. Es ist 14 Uhr und NIEMAND ist gekommen, kein Anruf, nichts.",
            "Der Elektriker für die Wallbox ist nicht erschienen. Den ganzen Vormittag gewartet und einen Urlaubstag verbraten. Sehr enttäuschend.",
            "Installationstermin Wallbox: niemand da. Hotline: 'wir melden uns'. Gemeldet hat sich natürlich niemand.",
        ],
        "it": [
            "Oggi c'era l'appuntamento per installare la wallbox Ladenza Home, dalle 8 alle 12. Ho preso un giorno di ferie apposta. Sono le 14 e NON è venuto NESSUNO, né una telefonata né niente.",
            "L'elettricista per la wallbox non si è presentato. Ho aspettato tutta la mattina e ho bruciato un giorno di ferie. Molto delus[[a|o]].",
            "Appuntamento installazione wallbox: nessuno. Al numero verde 'la richiamiamo noi'. Non mi ha richiamat[[a|o]] nessuno.",
        ],
        "en": [
            "Today was the install appointment for my Ladenza Home wallbox, 8 to 12. Took the day off for it. It's 2pm and NOBODY has turned up, no call, nothing.",
            "Wallbox electrician never showed. Waited in all morning and wasted a day's leave. Really disappointed.",
        ],
        "es": [
            "Hoy tenía la cita para instalar el cargador Ladenza Home, de 8 a 12. Me pedí el día libre. Son las 2 y NO ha venido NADIE, ni una llamada.",
            "El electricista del cargador no se ha presentado. Toda la mañana esperando y un día de vacaciones perdido. Muy decepcionad[[a|o]].",
        ],
        "fr": [
            "C'était aujourd'hui le rendez-vous pour poser ma wallbox Ladenza Home, de 8h à 12h. J'ai pris ma journée. Il est 14h et PERSONNE n'est venu, pas un appel, rien.",
            "L'électricien pour la wallbox n'est jamais venu. J'ai attendu toute la matinée et perdu un jour de congé. Très [[déçue|déçu]].",
        ],
        "pt": [
            "Hoje era a instalação da minha wallbox Ladenza Home, das 8 às 12. Tirei o dia. São 14h e NÃO veio NINGUÉM, nem um telefonema.",
            "O eletricista da wallbox não apareceu. Esperei a manhã toda e perdi um dia de férias. Muito [[desiludida|desiludido]].",
        ],
    },
    "refund": {
        "de": [
            "Ich habe das Ladekabel vor sechs Wochen zurückgeschickt, laut Sendungsverfolgung ist es angekommen. Die {amt} sind bis heute NICHT erstattet.",
            "Wallbox-Bestellung storniert, Bestätigung bekommen, aber kein Geld zurück. Sechs Wochen! Wie lange denn noch?",
            "Seit über einem Monat warte ich auf die Erstattung von {amt}. Jedes Mal heißt es 'in Bearbeitung'. Ich bin es leid.",
        ],
        "it": [
            "Ho rispedito il cavo di ricarica sei settimane fa, il reso risulta consegnato. I {amt} NON mi sono ancora stati rimborsati.",
            "Ordine della wallbox annullato, ho la conferma, ma dei soldi nemmeno l'ombra. Sei settimane! Quanto devo aspettare ancora?",
            "È più di un mese che aspetto il rimborso di {amt}. Ogni volta mi dite 'in lavorazione'. Sono stuf[[a|o]].",
        ],
        "en": [
            "Sent the charging cable back six weeks ago, tracking says delivered. The {amt} has NOT been refunded.",
            "Wallbox order cancelled, got the confirmation, no money back. Six weeks! How much longer?",
        ],
        "es": [
            "Devolví el cable de carga hace seis semanas, consta como entregado. Los {amt} siguen SIN devolverse.",
            "Pedido del cargador anulado, tengo la confirmación, pero del dinero nada. ¡Seis semanas! ¿Cuánto más?",
        ],
        "fr": [
            "J'ai renvoyé le câble de recharge il y a six semaines, le colis est bien arrivé. Les {amt} ne sont PAS remboursés.",
            "Commande de wallbox annulée, j'ai la confirmation, mais pas un centime de retour. Six semaines ! Combien de temps encore ?",
        ],
        "pt": [
            "Devolvi o cabo de carregamento há seis semanas, a encomenda foi entregue. Os {amt} continuam SEM ser reembolsados.",
            "Encomenda da wallbox cancelada, tenho a confirmação, mas do dinheiro nada. Seis semanas! Quanto tempo mais?",
        ],
    },
}

# The problem in a few words, for follow-ups ("{short}" inside a sentence).
SHORT: dict[str, dict[str, str]] = {
    "session_fails": {
        "de": "der Ladevorgang startet nicht, Karte und App werden abgelehnt",
        "it": "la ricarica non parte, tessera e app rifiutate",
        "en": "charging won't start, card and app both declined",
        "es": "la carga no arranca, tarjeta y app rechazadas",
        "fr": "la recharge ne démarre pas, carte et appli refusées",
        "pt": "o carregamento não arranca, cartão e app recusados",
    },
    "cable_locked": {
        "de": "das Ladekabel bleibt nach dem Laden verriegelt",
        "it": "il cavo resta bloccato dopo la ricarica",
        "en": "the cable stays locked in after charging",
        "es": "el cable se queda bloqueado después de cargar",
        "fr": "le câble reste verrouillé après la recharge",
        "pt": "o cabo fica bloqueado depois de carregar",
    },
    "overbilled": {
        "de": "mein Ladevorgang wurde falsch abgerechnet",
        "it": "la ricarica mi è stata fatturata sbagliata",
        "en": "my session was billed wrong",
        "es": "me cobrasteis mal la carga",
        "fr": "ma recharge a été mal facturée",
        "pt": "o carregamento foi mal faturado",
    },
    "double_charge": {
        "de": "Ladenza Plus wurde doppelt abgebucht",
        "it": "Ladenza Plus addebitato due volte",
        "en": "Ladenza Plus taken twice",
        "es": "Ladenza Plus cobrado dos veces",
        "fr": "Ladenza Plus prélevé deux fois",
        "pt": "Ladenza Plus cobrado duas vezes",
    },
    "wallbox_no_show": {
        "de": "zum Wallbox-Termin ist niemand gekommen",
        "it": "per la wallbox non è venuto nessuno",
        "en": "nobody came to fit the wallbox",
        "es": "no vino nadie a instalar el cargador",
        "fr": "personne n'est venu poser la wallbox",
        "pt": "ninguém veio instalar a wallbox",
    },
    "refund": {
        "de": "meine Erstattung ist nicht da",
        "it": "il rimborso non è arrivato",
        "en": "my refund hasn't arrived",
        "es": "el reembolso no ha llegado",
        "fr": "mon remboursement n'est pas arrivé",
        "pt": "o reembolso não chegou",
    },
}

SUBJECT: dict[str, dict[str, str]] = {
    "session_fails": {
        "de": "Laden nicht möglich!!",
        "it": "Impossibile ricaricare",
        "en": "Can't charge",
        "es": "No puedo cargar",
        "fr": "Impossible de recharger",
        "pt": "Não consigo carregar",
    },
    "cable_locked": {
        "de": "Kabel steckt fest",
        "it": "Cavo bloccato",
        "en": "Cable stuck",
        "es": "Cable bloqueado",
        "fr": "Câble bloqué",
        "pt": "Cabo preso",
    },
    "overbilled": {
        "de": "Falsche Abrechnung",
        "it": "Addebito sbagliato",
        "en": "Wrong charge on my statement",
        "es": "Cobro incorrecto",
        "fr": "Facturation erronée",
        "pt": "Cobrança errada",
    },
    "double_charge": {
        "de": "Doppelte Abbuchung Ladenza Plus",
        "it": "Doppio addebito Ladenza Plus",
        "en": "Charged twice for Plus",
        "es": "Cobro doble Ladenza Plus",
        "fr": "Double prélèvement Ladenza Plus",
        "pt": "Cobrança duplicada Ladenza Plus",
    },
    "wallbox_no_show": {
        "de": "Wallbox-Termin - niemand gekommen",
        "it": "Installazione wallbox - nessuno",
        "en": "Wallbox installer no-show",
        "es": "Instalación del cargador - no vino nadie",
        "fr": "Pose wallbox - personne",
        "pt": "Instalação da wallbox - ninguém apareceu",
    },
    "refund": {
        "de": "Erstattung fehlt",
        "it": "Rimborso mai arrivato",
        "en": "Refund still missing",
        "es": "Reembolso pendiente",
        "fr": "Remboursement manquant",
        "pt": "Reembolso em falta",
    },
}

EMAIL_OPEN: dict[str, list[str]] = {
    "de": ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo Ladenza,"],
    "it": ["Buongiorno,", "Salve,", "Gentile assistenza,", "Buonasera,"],
    "en": ["Hi,", "Hello,", "To whom it may concern,"],
    "es": ["Hola,", "Buenas tardes,"],
    "fr": ["Bonjour,", "Madame, Monsieur,"],
    "pt": ["Boa tarde,", "Olá,", "Exmos. Senhores,"],
}

EMAIL_CLOSE: dict[str, list[str]] = {
    "de": ["Gruß\n{name}", "Mit freundlichen Grüßen\n{full}", "{name}", "MfG {full}"],
    "it": ["Saluti\n{name}", "Cordiali saluti\n{full}", "{name}", "Grazie\n{full}"],
    "en": ["Thanks\n{name}", "Regards\n{full}", "{name}"],
    "es": ["Saludos\n{name}", "Un saludo,\n{full}"],
    "fr": ["Cordialement\n{full}", "{name}"],
    "pt": ["Cumprimentos\n{full}", "{name}"],
}

WEB_TITLE: dict[str, str] = {
    "de": "Reklamation",
    "it": "Reclamo",
    "en": "Complaint",
    "es": "Reclamación",
    "fr": "Réclamation",
    "pt": "Reclamação",
}

CASE_WORD: dict[str, str] = {
    "de": "Fall",
    "it": "Pratica",
    "en": "Case",
    "es": "Caso",
    "fr": "Dossier",
    "pt": "Processo",
}

REPLY_PREFIX: dict[str, list[str]] = {
    "de": ["AW:", "AW: AW:", "Re:"],
    "it": ["R:", "Re:", "RE:"],
    "en": ["RE:", "Re:"],
    "es": ["RE:", "Re:"],
    "fr": ["RE :", "Re:"],
    "pt": ["RE:", "Re:"],
}

PHONE_OPEN: dict[str, list[str]] = {
    "de": [
        "äh hallo guten tag",
        "ja hallo hier ist {name} {last}",
        "guten tag ich ruf an weil",
        "hallo ja also",
    ],
    "it": [
        "pronto buongiorno",
        "sì buonasera sono {name} {last}",
        "pronto salve allora",
        "buongiorno senta",
    ],
    "en": ["hiya hello", "hi yeah it's {name} here", "hello there right so"],
    "es": ["sí hola buenas", "hola buenas tardes soy {name}", "oiga mire"],
    "fr": ["oui bonjour euh", "allô bonjour c'est {name} {last}", "bonjour madame euh"],
    "pt": ["está sim boa tarde", "olá bom dia fala {name}", "sim olhe boa tarde"],
}

# A long friendly letter with the complaint in the middle ({core}).
LONG: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Hallo liebes Ladenza-Team,\n\nich schreibe eigentlich selten, und vorweg: ich bin seit zwei Jahren mit eurer App unterwegs und meistens zufrieden. Wir stecken gerade mitten im Umzug von {city} aufs Land, die Kinder wechseln die Schule, und [[mein Mann|meine Frau]] ist die halbe Woche beruflich in Wien. Es ist also ohnehin alles ein bisschen viel im Moment.\n\nUnd jetzt das: ",
            "\n\nIch hoffe wirklich, dass ihr das schnell klären könnt. Ich brauche meinen {car} jeden Tag für die Kinder und die Arbeit und habe keine Lust, meine Abende in der Warteschleife zu verbringen.\n\nViele Grüße aus dem Umzugschaos\n{full}",
        ),
        (
            "Guten Tag,\n\nentschuldigen Sie die lange Mail. Meine Mutter ist vor drei Wochen ins Pflegeheim nach {city} gezogen, ich fahre seitdem fast jeden Abend hin und lade meinen {car} unterwegs bei Ihnen, das hat bisher auch prima funktioniert. Das Heim ist wirklich schön, sie hat sogar einen Balkon, und das Personal ist sehr freundlich.\n\nAber: ",
            "\n\nIch weiß, dass Sie dafür nichts können, wenn mal was schiefgeht, aber ich habe gerade wirklich keine Nerven für so etwas. Bitte melden Sie sich.\n\nMit freundlichen Grüßen\n{full}",
        ),
        (
            "Hallo zusammen,\n\nkurz zu mir: ich bin Hebamme, fahre jeden Tag quer durch den Landkreis zu meinen Familien und bin deshalb auf meinen {car} und eure Säulen angewiesen. Letzte Woche hatte ich drei Geburten hintereinander, entsprechend müde bin ich gerade.\n\n",
            "\n\nIch schreibe das nicht gern, eigentlich mag ich Ladenza. Aber so kann ich nicht arbeiten.\n\nLiebe Grüße\n{name}",
        ),
    ],
    "it": [
        (
            "Buongiorno,\n\nvi scrivo una mail un po' lunga, scusate. Premetto che uso Ladenza da due anni e di solito mi trovo bene. In questo periodo stiamo traslocando da {city} in campagna, i bambini cambiano scuola e [[mio marito|mia moglie]] è a Roma per lavoro metà settimana, quindi è già tutto abbastanza complicato.\n\nE adesso questo: ",
            "\n\nSpero davvero che possiate risolvere in fretta. La mia {car} mi serve tutti i giorni per i bambini e per il lavoro e non ho voglia di passare le serate in attesa al telefono.\n\nUn saluto dal caos del trasloco\n{full}",
        ),
        (
            "Gentile assistenza,\n\nscusate la lunghezza. Da tre settimane mia madre è in una RSA a {city}, vado a trovarla quasi tutte le sere e ricarico la mia {car} da voi lungo la strada, e fino ad ora è sempre andato tutto bene. La struttura è bellissima, ha anche un balconcino e il personale è gentilissimo.\n\nPerò: ",
            "\n\nSo che non è colpa vostra se ogni tanto qualcosa va storto, ma in questo momento non ho proprio la testa per queste cose. Vi prego di ricontattarmi.\n\nCordiali saluti\n{full}",
        ),
        (
            "Ciao,\n\ndue parole su di me: faccio l'infermier[[a|e]] a domicilio, giro tutto il giorno per la provincia con la mia {car} e dipendo dalle vostre colonnine. La settimana scorsa ho fatto doppi turni, quindi sono piuttosto stanc[[a|o]].\n\n",
            "\n\nNon mi piace scrivere queste cose, Ladenza mi è sempre piaciuto. Ma così non riesco a lavorare.\n\nUn saluto\n{name}",
        ),
    ],
    "en": [
        (
            "Hi there,\n\nsorry in advance, this is a long one. I've been using Ladenza for about two years and I'm normally happy. We're in the middle of moving out of {city}, the kids are changing schools and my [[husband|wife]] is away with work half the week, so it's all a bit much right now.\n\nAnyway: ",
            "\n\nI really hope you can sort it quickly. I need my {car} every day for the school run and work and I don't fancy spending my evenings on hold.\n\nCheers from the moving chaos\n{full}",
        ),
        (
            "Hello,\n\nI'll try to keep this short but probably won't. My mum moved into a care home near {city} three weeks ago and I drive over most evenings, charging with you on the way, which has been fine up to now. The home is lovely by the way, she has a little garden and the staff are great.\n\nBut: ",
            "\n\nI know things go wrong sometimes but I haven't got the headspace for this at the minute. Please get back to me.\n\nRegards\n{full}",
        ),
    ],
    "es": [
        (
            "Hola,\n\nperdón por el correo tan largo. Llevo dos años con Ladenza y normalmente estoy content[[a|o]]. Estamos de mudanza desde {city}, los niños cambian de colegio y mi [[marido|mujer]] está media semana fuera por trabajo, así que ya vamos bastante justos.\n\nY ahora esto: ",
            "\n\nEspero de verdad que lo podáis arreglar pronto. Necesito mi {car} todos los días para el cole y el trabajo y no tengo ganas de pasarme las tardes al teléfono.\n\nUn saludo desde el caos de cajas\n{full}",
        ),
    ],
    "fr": [
        (
            "Bonjour,\n\ndésolé[[e|]] pour ce long message. Je suis chez Ladenza depuis deux ans et en général j'en suis [[contente|content]]. On est en plein déménagement de {city} vers la campagne, les enfants changent d'école et mon [[mari|épouse]] est en déplacement la moitié de la semaine, donc c'est déjà un peu la course.\n\nEt maintenant ça : ",
            "\n\nJ'espère vraiment que vous pourrez régler ça vite. J'ai besoin de ma {car} tous les jours pour les enfants et le travail, et je n'ai pas envie de passer mes soirées en attente au téléphone.\n\nBien à vous, depuis les cartons\n{full}",
        ),
    ],
    "pt": [
        (
            "Boa tarde,\n\npeço desculpa pelo email comprido. Sou cliente Ladenza há dois anos e normalmente estou [[satisfeita|satisfeito]]. Estamos a mudar de casa de {city} para o campo, os miúdos mudam de escola e [[o meu marido|a minha mulher]] passa metade da semana fora em trabalho, portanto já anda tudo um bocado apertado.\n\nE agora isto: ",
            "\n\nEspero mesmo que consigam resolver depressa. Preciso do meu {car} todos os dias para a escola e para o trabalho e não me apetece passar as noites em espera ao telefone.\n\nCumprimentos do meio das caixas\n{full}",
        ),
    ],
}

# Agents' salutation and signature (by the language of the message answered).
GREET: dict[str, str] = {
    "de": "Guten Tag [[Frau|Herr]] {last},",
    "it": "Gentile [[Sig.ra|Sig.]] {last},",
    "en": "Hi {name},",
    "es": "Hola {name}:",
    "fr": "Bonjour [[Madame|Monsieur]] {last},",
    "pt": "Car[[a|o]] {name},",
}

SIGN: dict[str, str] = {
    "de": "Freundliche Grüße\n{agent}\nLadenza Kundenservice",
    "it": "Cordiali saluti\n{agent}\nServizio clienti Ladenza",
    "en": "Kind regards\n{agent}\nLadenza Customer Care",
    "es": "Un saludo,\n{agent}\nAtención al cliente Ladenza",
    "fr": "Cordialement,\n{agent}\nService client Ladenza",
    "pt": "Com os melhores cumprimentos,\n{agent}\nApoio ao cliente Ladenza",
}

AGENTS: dict[str, list[str]] = {
    "de": ["Jonas", "Melanie", "Kerstin", "Felix"],
    "it": ["Giorgia", "Matteo", "Serena", "Nicola"],
    "en": ["Chloe", "Liam"],
    "es": ["Marina", "Rubén"],
    "fr": ["Léa", "Bastien"],
    "pt": ["Sara", "Filipe"],
}

AGENT_OPENED: dict[str, str] = {
    "de": "vielen Dank für Ihre Nachricht. Wir haben dazu den Fall {ref} eröffnet und melden uns, sobald wir mehr wissen.",
    "it": "grazie per averci scritto. Abbiamo aperto la pratica {ref} e la ricontatteremo appena avremo novità.",
    "en": "thanks for getting in touch. We've opened case {ref} for this and will come back to you as soon as we know more.",
    "es": "gracias por escribirnos. Hemos abierto el caso {ref} y te contactaremos en cuanto sepamos algo más.",
    "fr": "merci pour votre message. Nous avons ouvert le dossier {ref} et revenons vers vous dès que nous en savons plus.",
    "pt": "obrigado pela sua mensagem. Abrimos o processo {ref} e voltamos a contactar assim que tivermos novidades.",
}

AGENT_PASSED: dict[str, str] = {
    "de": "Ihr Anliegen haben wir unter Fall {ref} an unser Technik- und Abrechnungsteam weitergegeben. Bitte haben Sie noch etwas Geduld, die Kollegen melden sich direkt bei Ihnen.",
    "it": "abbiamo inoltrato la sua segnalazione (pratica {ref}) al nostro team tecnico e di fatturazione. Le chiediamo ancora un po' di pazienza, i colleghi la contatteranno direttamente.",
    "en": "we've passed your case {ref} on to our technical and billing team. Please bear with us a little longer, they'll contact you directly.",
    "es": "hemos pasado tu caso {ref} a nuestro equipo técnico y de facturación. Te pedimos un poco más de paciencia, te contactarán directamente.",
    "fr": "nous avons transmis votre dossier {ref} à notre équipe technique et facturation. Merci de patienter encore un peu, ils vous recontacteront directement.",
    "pt": "encaminhámos o seu processo {ref} para a nossa equipa técnica e de faturação. Pedimos só mais um pouco de paciência, vão contactá-l[[a|o]] diretamente.",
}

AGENT_SORTED: dict[str, str] = {
    "de": "Ihr Anliegen ({ref}) ist auf unserer Seite erledigt. Können Sie uns kurz bestätigen, dass jetzt alles passt?",
    "it": "la sua segnalazione ({ref}) è stata risolta da parte nostra. Può confermarci per favore che adesso è tutto a posto?",
    "en": "your case {ref} is sorted on our side. Could you confirm everything's OK now?",
    "es": "tu caso {ref} está resuelto por nuestra parte. ¿Nos confirmas que ya está todo bien?",
    "fr": "votre dossier {ref} est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ?",
    "pt": "o seu processo {ref} ficou resolvido do nosso lado. Pode confirmar-nos que já está tudo bem?",
}

AGENT_SUBJECT: dict[str, str] = {
    "de": "Ihr Fall {ref}",
    "it": "La sua pratica {ref}",
    "en": "Your case {ref}",
    "es": "Tu caso {ref}",
    "fr": "Votre dossier {ref}",
    "pt": "O seu processo {ref}",
}

CONFIRM: dict[str, list[str]] = {
    "de": [
        "Fall {ref}: kann bestätigen, jetzt passt alles. Danke für die schnelle Hilfe!",
        "Kurze Rückmeldung zu {ref}: erledigt, alles gut. Vielen Dank!",
        "Hallo, zu {ref}: ja, funktioniert wieder bzw. ist angekommen. Danke euch!",
    ],
    "it": [
        "Pratica {ref}: confermo, adesso è tutto a posto. Grazie per l'aiuto veloce!",
        "Solo per dirvi che la pratica {ref} è risolta, tutto ok. Grazie mille!",
        "Ciao, per la {ref}: sì, tutto sistemato. Grazie!",
    ],
    "en": [
        "Case {ref}: confirmed, all good now. Thanks for sorting it!",
        "Re {ref} - yes that's fixed, cheers!",
    ],
    "es": [
        "Caso {ref}: confirmado, ya está todo bien. ¡Gracias!",
        "Sobre el {ref}: resuelto, mil gracias.",
    ],
    "fr": [
        "Dossier {ref} : je confirme, tout est rentré dans l'ordre. Merci !",
        "Pour le {ref} : c'est bon, merci beaucoup.",
    ],
    "pt": [
        "Processo {ref}: confirmo, já está tudo bem. Obrigad[[a|o]]!",
        "Sobre o {ref}: resolvido, muito obrigad[[a|o]].",
    ],
}

APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry wegen meiner Nachricht gestern, war echt gestresst. Danke, dass ihr euch so schnell gekümmert habt.",
        "Entschuldigung für den Ton gestern. Ist ja jetzt geklärt, danke!",
        "Ich war gestern ziemlich unfreundlich, tut mir leid. Danke fürs schnelle Lösen.",
    ],
    "it": [
        "Scusate per il messaggio di ieri, ero nervos[[a|o]]. Grazie per aver risolto così in fretta.",
        "Chiedo scusa per i toni di ieri. Ora è tutto a posto, grazie!",
        "Ieri sono stat[[a|o]] un po' brusc[[a|o]], mi dispiace. Grazie per la rapidità.",
    ],
    "en": [
        "Sorry about my message yesterday, I was really stressed. Thanks for sorting it so fast.",
        "Apologies for the tone yesterday. All fixed now, thank you!",
    ],
    "es": [
        "Perdón por el mensaje de ayer, estaba muy agobiad[[a|o]]. Gracias por solucionarlo tan rápido.",
        "Disculpad el tono de ayer. Ya está arreglado, ¡gracias!",
    ],
    "fr": [
        "Désolé[[e|]] pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite.",
        "Pardon pour le ton d'hier. C'est réglé, merci !",
    ],
    "pt": [
        "Desculpem a mensagem de ontem, estava muito [[stressada|stressado]]. Obrigad[[a|o]] por resolverem tão depressa.",
        "Peço desculpa pelo tom de ontem. Já está resolvido, obrigad[[a|o]]!",
    ],
}

FOLLOW2: dict[str, list[str]] = {
    "de": [
        "Zu Fall {ref}: {short}, immer noch nicht gelöst. Ich habe schon geschrieben, passiert ist nichts.",
        "Ich melde mich nochmal wegen {ref}. Stand: nichts. {Short}, IMMER NOCH.",
        "{ref} ist weiterhin offen. Problem: {short}. Kann mir bitte endlich jemand helfen?",
    ],
    "it": [
        "Pratica {ref}: {short}, ancora niente. Ho già scritto, non è successo nulla.",
        "Vi riscrivo per la pratica {ref}. {Short}, ANCORA irrisolto.",
        "La pratica {ref} è ancora aperta. Il problema: {short}. Qualcuno mi può aiutare per favore?",
    ],
    "en": [
        "Case {ref}: {short}, still not sorted. I've written already and nothing's happened.",
        "Chasing {ref} again. {Short}, STILL.",
    ],
    "es": [
        "Caso {ref}: {short}, todavía sin resolver. Ya escribí y no ha pasado nada.",
        "Vuelvo a escribir por el caso {ref}. {Short}, TODAVÍA.",
    ],
    "fr": [
        "Dossier {ref} : {short}, toujours pas réglé. J'ai déjà écrit, rien ne bouge.",
        "Je relance pour le dossier {ref}. {Short}, TOUJOURS.",
    ],
    "pt": [
        "Processo {ref}: {short}, ainda por resolver. Já escrevi e nada.",
        "Volto a escrever pelo processo {ref}. {Short}, AINDA.",
    ],
}

FOLLOW3: dict[str, list[str]] = {
    "de": [
        "Zum DRITTEN Mal wegen {ref}: {short}. Wenn das bis morgen nicht erledigt ist, schaue ich mir {rival} an.",
        "Dritter Kontakt, Fall {ref}, und es ist immer noch nichts passiert ({short}). {rival} hat mir schon ein Angebot gemacht, nur so nebenbei.",
    ],
    "it": [
        "Per la TERZA volta, pratica {ref}: {short}. Se domani non è risolto passo a {rival}.",
        "Terzo contatto per la pratica {ref} e ancora nulla ({short}). {rival} mi ha già fatto un'offerta, giusto per dire.",
    ],
    "en": ["THIRD time about {ref}: {short}. If it's not sorted tomorrow I'm looking at {rival}."],
    "es": ["Por TERCERA vez, caso {ref}: {short}. Si mañana no está resuelto me miro {rival}."],
    "fr": [
        "Pour la TROISIÈME fois, dossier {ref} : {short}. Si ce n'est pas réglé demain je regarde chez {rival}."
    ],
    "pt": [
        "Pela TERCEIRA vez, processo {ref}: {short}. Se amanhã não estiver resolvido vou ver a {rival}."
    ],
}

FOLLOW4: dict[str, list[str]] = {
    "de": [
        "Das ist jetzt mein VIERTER Versuch zu {ref}. {Short}. Ich bin fassungslos.",
        "Vierte Nachricht zu Fall {ref}. Niemand meldet sich, das Problem ({short}) besteht weiter.",
    ],
    "it": [
        "È il mio QUARTO tentativo per la pratica {ref}. {Short}. Sono senza parole.",
        "Quarto messaggio sulla pratica {ref}. Nessuno si fa sentire, il problema ({short}) c'è ancora.",
    ],
    "en": ["This is my FOURTH go at {ref}. {Short}. Unbelievable."],
    "es": ["CUARTA vez que escribo por el caso {ref}. {Short}. Increíble."],
    "fr": ["QUATRIÈME message pour le dossier {ref}. {Short}. Je n'en reviens pas."],
    "pt": ["QUARTA vez que escrevo sobre o processo {ref}. {Short}. Inacreditável."],
}

# Six steps of a slow slide, mild to fed up.
SLIDE: dict[str, list[list[str]]] = {
    "de": [
        [
            "Heute in {city} nur mit 40 kW geladen statt 150. Naja, hat halt länger gedauert.",
            "Die Säule an meiner Stammstation war heute ziemlich lahm. Nicht schlimm, aber schade.",
        ],
        [
            "Ladenza Plus kostet ab nächstem Monat mehr und der kWh-Preis steigt auch. Bin ehrlich gesagt etwas enttäuscht.",
            "9 Cent mehr pro kWh? Hm. Etwas enttäuscht von Ladenza, muss ich sagen.",
        ],
        [
            "Die Schnellladesäule in {city} ist schon wieder außer Betrieb und die andere von einem Verbrenner zugeparkt. Langsam nervt es.",
            "Ich habe die Nase voll von kaputten Säulen. Jede zweite Woche steht eine in {city} still.",
        ],
        [
            "Wollte eine Frage zur Abrechnung stellen: im Chat nur ein Bot, der mich im Kreis schickt, an der Hotline 25 Minuten Warteschleife. Gibt es noch Menschen bei Ladenza?",
            "Niemand im Chat außer einem Bot. Kundenservice sieht anders aus.",
        ],
        [
            "Ladung bei 30 % abgebrochen, mal wieder, und dafür noch Blockiergebühr kassiert. Ich bin richtig sauer, Ladenza.",
            "WÜTEND. Mein {car} lädt nicht zu Ende, die Säule bricht ab, und die App berechnet trotzdem alles.",
        ],
        [
            "Mir reicht's. Ich vergleiche gerade die Preise bei {rival}, da ist die kWh billiger und die Säulen funktionieren.",
            "Genug ist genug. Hab mir heute die Tarife von {rival} angeschaut.",
        ],
    ],
    "it": [
        [
            "Oggi a {city} la colonnina andava a 40 kW invece di 150. Vabbè, ci ho messo un po' di più.",
            "La colonnina di sempre oggi era lentissima. Niente di grave, però peccato.",
        ],
        [
            "Dal mese prossimo Ladenza Plus costa di più e aumenta anche il prezzo al kWh. Un po' delus[[a|o]], devo dire.",
            "9 centesimi in più al kWh? Mah. Un po' delus[[a|o]] da Ladenza.",
        ],
        [
            "La colonnina rapida di {city} è di nuovo fuori servizio e l'altra occupata da un'auto a benzina. Comincio a stufarmi.",
            "Sono stuf[[a|o]] delle colonnine rotte. A {city} ce n'è sempre una ferma.",
        ],
        [
            "Volevo fare una domanda sulla fattura: in chat solo un bot che mi fa girare in tondo, al telefono 25 minuti di attesa. L'assistenza clienti esiste ancora?",
            "In chat nessuno, solo un bot. Bell'assistenza.",
        ],
        [
            "Ricarica interrotta al 30%, per l'ennesima volta, e pure la tariffa di sosta. Sono davvero arrabbiat[[a|o]], Ladenza.",
            "FURIOS[[A|O]]. La mia {car} non finisce mai la ricarica, la colonnina si ferma e l'app mi fa pagare tutto lo stesso.",
        ],
        [
            "Basta. Sto confrontando i prezzi di {rival}, il kWh costa meno e le colonnine funzionano.",
            "Ne ho abbastanza. Oggi mi sono guardat[[a|o]] le tariffe di {rival}.",
        ],
    ],
    "en": [
        ["Only got 40 kW in {city} today instead of 150. Oh well, just took longer."],
        ["Plus is going up next month and so is the kWh price. Bit disappointed if I'm honest."],
        [
            "The rapid in {city} is out of order yet again and the other one's blocked by a petrol car. Getting fed up."
        ],
        [
            "Tried to ask about my bill: just a bot in the chat sending me round in circles, 25 mins on hold on the phone. Are there any humans left at Ladenza?"
        ],
        [
            "Session cut off at 30% AGAIN and they still charged me the idle fee. Properly angry now."
        ],
        [
            "That's it. Comparing prices at {rival}, cheaper per kWh and their chargers actually work."
        ],
    ],
    "es": [
        ["Hoy en {city} solo cargaba a 40 kW en vez de 150. Bueno, tardé un poco más."],
        [
            "Ladenza Plus sube el mes que viene y el kWh también. Un poco decepcionad[[a|o]], la verdad."
        ],
        [
            "El cargador rápido de {city} otra vez averiado y el otro ocupado por un coche de gasolina. Empiezo a estar hart[[a|o]]."
        ],
        [
            "Quería preguntar por una factura: en el chat solo un bot que me manda en círculos, 25 minutos de espera al teléfono. ¿Queda alguien en Ladenza?"
        ],
        [
            "Carga cortada al 30%, OTRA vez, y encima me cobran la penalización. Estoy muy enfadad[[a|o]]."
        ],
        [
            "Se acabó. Estoy comparando precios con {rival}, el kWh es más barato y sus cargadores funcionan."
        ],
    ],
    "fr": [
        ["Seulement 40 kW à {city} aujourd'hui au lieu de 150. Bon, ça a pris plus longtemps."],
        [
            "Ladenza Plus augmente le mois prochain et le prix du kWh aussi. Un peu [[déçue|déçu]], honnêtement."
        ],
        [
            "La borne rapide de {city} encore en panne et l'autre squattée par une thermique. Ça commence à m'agacer."
        ],
        [
            "Je voulais poser une question sur ma facture : dans le chat juste un bot qui tourne en rond, 25 min d'attente au téléphone. Il reste des humains chez Ladenza ?"
        ],
        [
            "Charge coupée à 30 %, ENCORE, et on me facture quand même les frais d'occupation. Je suis [[furieuse|furieux]]."
        ],
        [
            "Ras le bol. Je compare les prix chez {rival}, le kWh est moins cher et leurs bornes marchent."
        ],
    ],
    "pt": [
        ["Hoje em {city} só carreguei a 40 kW em vez de 150. Pronto, demorou mais um bocado."],
        [
            "O Ladenza Plus vai subir no próximo mês e o kWh também. Um bocado [[desiludida|desiludido]], sinceramente."
        ],
        [
            "O posto rápido de {city} outra vez avariado e o outro ocupado por um carro a gasolina. Começo a ficar [[farta|farto]]."
        ],
        [
            "Queria perguntar sobre uma fatura: no chat só um bot que me põe às voltas, 25 minutos em espera ao telefone. Ainda há pessoas na Ladenza?"
        ],
        [
            "Carregamento cortado aos 30%, OUTRA vez, e ainda me cobram a taxa de ocupação. Estou mesmo [[furiosa|furioso]]."
        ],
        [
            "Chega. Estou a comparar preços com a {rival}, o kWh é mais barato e os postos funcionam."
        ],
    ],
}

LEAVE_SUBJECT: dict[str, str] = {
    "de": "Kündigung Ladenza Plus und Konto",
    "it": "Disdetta abbonamento e chiusura account",
    "en": "Cancel my subscription and account",
    "es": "Baja de la suscripción y la cuenta",
    "fr": "Résiliation abonnement et compte",
    "pt": "Cancelamento da assinatura e conta",
}

LEAVE_ASK: dict[str, list[str]] = {
    "de": [
        "bitte kündigen Sie mein Ladenza-Plus-Abo zum nächstmöglichen Termin und schließen Sie mein Kundenkonto. Wir haben den {car} verkauft und brauchen das nicht mehr.",
        "hiermit kündige ich Ladenza Plus und bitte um Löschung meines Kontos. Ich lade inzwischen nur noch zu Hause.",
        "ich möchte mein Abo beenden und mein Konto schließen. Bitte bestätigen Sie mir die Kündigung schriftlich.",
    ],
    "it": [
        "vi chiedo di disdire il mio abbonamento Ladenza Plus e chiudere il mio account. Abbiamo venduto la {car} e non ci serve più.",
        "con la presente disdico Ladenza Plus e chiedo la chiusura dell'account. Ormai ricarico solo a casa.",
        "vorrei chiudere l'abbonamento e l'account. Mi confermate la disdetta per iscritto per favore?",
    ],
    "en": [
        "please cancel my Ladenza Plus subscription and close my account. We've sold the {car} and don't need it any more."
    ],
    "es": [
        "por favor dad de baja mi suscripción Ladenza Plus y cerrad mi cuenta. Hemos vendido el {car} y ya no la necesito."
    ],
    "fr": [
        "merci de résilier mon abonnement Ladenza Plus et de fermer mon compte. Nous avons vendu la {car}, je n'en ai plus besoin."
    ],
    "pt": [
        "por favor cancelem a minha assinatura Ladenza Plus e fechem a minha conta. Vendemos o {car} e já não preciso."
    ],
}

LEAVE_ANSWER: dict[str, str] = {
    "de": "schade, dass Sie gehen möchten. Sie können Ladenza Plus jederzeit selbst in der App unter Konto > Abo beenden und dort auch Ihr Konto schließen; die Kündigung wird sofort bestätigt.",
    "it": "ci dispiace che voglia lasciarci. Può disdire Ladenza Plus in qualsiasi momento direttamente dall'app in Account > Abbonamento e chiudere lì anche l'account; la conferma arriva subito.",
    "en": "sorry to see you go. You can cancel Plus yourself any time in the app under Account > Subscription and close your account there too; you'll get the confirmation straight away.",
    "es": "sentimos que quieras irte. Puedes dar de baja Ladenza Plus tú mism[[a|o]] en la app, en Cuenta > Suscripción, y cerrar allí la cuenta; la confirmación llega al momento.",
    "fr": "nous regrettons votre départ. Vous pouvez résilier Ladenza Plus vous-même dans l'appli, Compte > Abonnement, et y fermer votre compte ; la confirmation est immédiate.",
    "pt": "lamentamos que queira sair. Pode cancelar o Ladenza Plus na app em Conta > Assinatura e fechar aí a conta; a confirmação é imediata.",
}

CANCEL_REASON: dict[str, list[str]] = {
    "de": ["Auto verkauft", "", "zu teuer geworden", "lade nur noch zu Hause", ""],
    "it": ["auto venduta", "", "troppo caro", "ricarico solo a casa", ""],
    "en": ["sold the car", "", "too expensive"],
    "es": ["coche vendido", "", "demasiado caro"],
    "fr": ["voiture vendue", "", "trop cher"],
    "pt": ["carro vendido", "", "ficou caro"],
}

LOW_SURVEY: dict[str, list[str]] = {
    "de": ["", "enttäuschend", "schlecht", "😡", "nicht zufrieden", ""],
    "it": ["", "deludente", "pessimo", "😡", "non sono soddisfatt[[a|o]]", ""],
    "en": ["", "poor", "not happy", "👎"],
    "es": ["", "malo", "decepcionante"],
    "fr": ["", "décevant", "nul"],
    "pt": ["", "mau", "desiludid[[a|o]]"],
}

# topic_spike: error E-42 at the chargers on Thursday 5 November 2026.
SPIKE_REPORT: dict[str, list[str]] = {
    "de": [
        "Säule in {city} zeigt 'Fehler E-42', Ladung startet weder mit App noch mit Karte. Bei jemand anderem auch?",
        "@Ladenza E-42 an allen Säulen im Ladepark {city}, nichts geht. Feierabendverkehr und ich stehe hier mit 8 %.",
        "Was ist denn heute Abend los? Fehler E-42, Ladevorgang wird abgebrochen, bevor er anfängt. Zwei Säulen probiert.",
        "Hallo, die Säule meldet E-42 und lädt nicht. Die App zeigt 'Sitzung konnte nicht gestartet werden'. Bitte um Hilfe, ich muss heim.",
    ],
    "it": [
        "La colonnina di {city} dà 'errore E-42', la ricarica non parte né con l'app né con la tessera. Succede anche a voi?",
        "@Ladenza E-42 su tutte le colonnine dell'hub di {city}, non funziona niente. Ora di punta e sono qui col 9%.",
        "Ma che succede stasera? Errore E-42, la sessione si chiude prima di iniziare. Provate due colonnine.",
        "Buonasera, la colonnina segna E-42 e non carica. L'app dice 'impossibile avviare la sessione'. Aiuto, devo tornare a casa.",
    ],
    "en": [
        "Charger in {city} showing 'error E-42', won't start with the app or the card. Anyone else?",
        "@Ladenza E-42 on every charger at the {city} hub, nothing works. Rush hour and I'm on 8%.",
    ],
    "es": [
        "El cargador de {city} marca 'error E-42', no arranca ni con la app ni con la tarjeta. ¿A alguien más?",
        "@Ladenza E-42 en todos los cargadores de {city}, no funciona nada. Hora punta y yo al 8%.",
    ],
    "fr": [
        "La borne de {city} affiche « erreur E-42 », impossible de lancer la charge avec l'appli ou la carte. D'autres personnes ?",
        "@Ladenza E-42 sur toutes les bornes de {city}, rien ne marche. Heure de pointe et je suis à 8 %.",
    ],
    "pt": [
        "O posto de {city} mostra 'erro E-42', não arranca nem com a app nem com o cartão. Mais alguém?",
        "@Ladenza E-42 em todos os postos de {city}, nada funciona. Hora de ponta e eu com 8%.",
    ],
}

SPIKE_SUBJECT: dict[str, str] = {
    "de": "Fehler E-42 an der Säule",
    "it": "Errore E-42 colonnina",
    "en": "Error E-42",
    "es": "Error E-42 en el cargador",
    "fr": "Erreur E-42 borne",
    "pt": "Erro E-42 no posto",
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "de": [
        "Immer noch E-42, jetzt auch an der dritten Säule. Im Chat antwortet niemand!",
        "Geht immer noch nicht, E-42 wieder. Hallo?? Meldet sich da mal jemand?",
    ],
    "it": [
        "Ancora E-42, adesso anche sulla terza colonnina. In chat non risponde nessuno!",
        "Non va ancora, di nuovo E-42. Pronto?? Qualcuno risponde?",
    ],
    "en": ["Still not working, E-42 again. Nobody answering the chat!"],
    "es": ["Sigue sin funcionar, E-42 otra vez. ¡Nadie contesta en el chat!"],
    "fr": ["Toujours pas, encore E-42. Personne ne répond sur le chat !"],
    "pt": ["Continua sem funcionar, E-42 outra vez. Ninguém responde no chat!"],
}

SPIKE_FIXED: dict[str, str] = {
    "de": "der Fehler E-42, der gestern Abend an vielen unserer Säulen den Ladestart verhindert hat, ist behoben. Es wurden keine Kosten berechnet. Entschuldigen Sie die Unannehmlichkeiten.",
    "it": "l'errore E-42 che ieri sera ha impedito l'avvio della ricarica su molte colonnine è stato risolto. Non è stato addebitato nulla. Ci scusiamo per il disagio.",
    "en": "the E-42 error that stopped sessions starting at many of our chargers last night is fixed. Nothing was charged. Sorry for the trouble.",
    "es": "el error E-42 que anoche impidió iniciar la carga en muchos cargadores está solucionado. No se ha cobrado nada. Disculpa las molestias.",
    "fr": "l'erreur E-42 qui empêchait hier soir de lancer la charge sur beaucoup de nos bornes est corrigée. Rien n'a été facturé. Toutes nos excuses.",
    "pt": "o erro E-42 que ontem à noite impediu o arranque do carregamento em muitos postos está resolvido. Não foi cobrado nada. Pedimos desculpa.",
}

SPIKE_FIXED_SUBJECT: dict[str, str] = {
    "de": "Fehler E-42 behoben",
    "it": "Errore E-42 risolto",
    "en": "E-42 fixed",
    "es": "Error E-42 solucionado",
    "fr": "Erreur E-42 corrigée",
    "pt": "Erro E-42 resolvido",
}
