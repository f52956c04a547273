# ruff: noqa: E501
"""Unhappy wording for heldout23 (Rodavia, car rental), written by hand.

Placeholders: {st} station, {car} car, {ref} case reference, {short} the problem in a
few words, {comp} a competitor, {first} the customer's first name, {agent} an agent's
first name, {amount} an amount with its currency. ``[[fem|masc]]`` agrees with the writer.
"""

PROBLEMS = ("deposit", "damage", "nocar", "double", "fuel", "refund")

#: The problem told in full (first person), two ways each.
CORE: dict[str, dict[str, list[str]]] = {
    "de": {
        "deposit": [
            "Ich habe den {car} vor zwei Wochen in {st} zurückgegeben und die Kaution von {amount} ist immer noch nicht freigegeben.",
            "Meine Kaution ({amount}) ist seit der Rückgabe in {st} blockiert, das sind jetzt 15 Tage.",
        ],
        "damage": [
            "Sie haben mir {amount} für einen Kratzer an der Stoßstange abgebucht, der schon bei der Abholung da war. Ich habe Fotos davon in der App!",
            "Nach der Rückgabe in {st} kam eine Schadensrechnung über {amount} für eine Delle, die ich nicht verursacht habe.",
        ],
        "nocar": [
            "Ich hatte einen {car} in {st} fest gebucht und bezahlt, und als ich ankam, war kein Auto da. Zwei Stunden gewartet, dann Taxi.",
            "Bestätigte Buchung, pünktlich in {st}, und dann heißt es: leider kein Fahrzeug verfügbar. Unser Urlaub fing mit drei Stunden Verspätung an.",
        ],
        "double": [
            "Meine Kreditkarte wurde für dieselbe Buchung zweimal belastet, je {amount}.",
            "Die Miete in {st} wurde doppelt abgebucht, zweimal {amount} am selben Tag.",
        ],
        "fuel": [
            "Ich habe den {car} vollgetankt zurückgegeben (Quittung habe ich!) und trotzdem {amount} Tankgebühr bezahlt.",
            "Auf der Endabrechnung steht eine Nachtankpauschale von {amount}, obwohl der Tank voll war.",
        ],
        "refund": [
            "Ich habe meine Buchung kostenlos storniert, drei Wochen vorher, und die {amount} sind bis heute nicht zurück.",
            "Stornierung vor einem Monat bestätigt, Erstattung von {amount} angekündigt, aber auf meinem Konto ist nichts angekommen.",
        ],
    },
    "pt": {
        "deposit": [
            "Devolvi o {car} em {st} há duas semanas e a caução de {amount} continua cativada no cartão.",
            "A caução ({amount}) ainda não foi libertada, já passaram 15 dias desde a devolução em {st}.",
        ],
        "damage": [
            "Cobraram-me {amount} por um risco no para-choques que já lá estava quando levantei o carro. Tenho as fotos na app!",
            "Depois da devolução em {st} recebi uma fatura de danos de {amount} por uma amolgadela que não fiz.",
        ],
        "nocar": [
            "Tinha um {car} reservado e pago em {st} e quando cheguei não havia carro nenhum. Esperei duas horas e acabei por apanhar um táxi.",
            "Reserva confirmada, cheguei a horas a {st} e disseram-me que não havia viaturas. As férias começaram com três horas de atraso.",
        ],
        "double": [
            "Cobraram duas vezes a mesma reserva no meu cartão, {amount} cada.",
            "O aluguer em {st} foi debitado a dobrar, duas vezes {amount} no mesmo dia.",
        ],
        "fuel": [
            "Entreguei o {car} com o depósito cheio (tenho o talão!) e mesmo assim cobraram-me {amount} de combustível.",
            "Na fatura final aparece uma taxa de reabastecimento de {amount}, mas o depósito estava cheio.",
        ],
        "refund": [
            "Cancelei a reserva com cancelamento grátis, três semanas antes, e os {amount} ainda não foram devolvidos.",
            "O cancelamento foi confirmado há um mês, disseram que o reembolso de {amount} vinha em 5 dias, e nada.",
        ],
    },
    "it": {
        "deposit": [
            "Ho riconsegnato la {car} a {st} due settimane fa e la cauzione di {amount} è ancora bloccata."
        ],
        "damage": [
            "Mi avete addebitato {amount} per un graffio sul paraurti che c'era già al ritiro. Ho le foto nella app!"
        ],
        "nocar": [
            "Avevo una {car} prenotata e pagata a {st} e quando sono arrivat[[a|o]] non c'era nessuna macchina. Due ore di attesa, poi taxi."
        ],
        "double": ["Mi avete addebitato due volte la stessa prenotazione, {amount} ciascuna."],
        "fuel": [
            "Ho riconsegnato la {car} con il pieno (ho lo scontrino!) e mi avete addebitato {amount} di carburante."
        ],
        "refund": [
            "Ho cancellato la prenotazione gratuitamente tre settimane fa e i {amount} non sono ancora tornati."
        ],
    },
    "fr": {
        "deposit": [
            "J'ai rendu la {car} à {st} il y a deux semaines et la caution de {amount} est toujours bloquée."
        ],
        "damage": [
            "Vous m'avez prélevé {amount} pour une rayure sur le pare-chocs qui était déjà là au départ. J'ai les photos dans l'appli !"
        ],
        "nocar": [
            "J'avais une {car} réservée et payée à {st} et à mon arrivée il n'y avait aucune voiture. Deux heures d'attente, puis taxi."
        ],
        "double": [
            "Ma carte a été débitée deux fois pour la même réservation, {amount} chaque fois."
        ],
        "fuel": [
            "J'ai rendu la {car} avec le plein (j'ai le ticket !) et vous m'avez facturé {amount} de carburant."
        ],
        "refund": [
            "J'ai annulé ma réservation gratuitement il y a trois semaines et les {amount} ne sont toujours pas remboursés."
        ],
    },
    "en": {
        "deposit": [
            "I returned the {car} at {st} two weeks ago and my {amount} deposit is still held on my card."
        ],
        "damage": [
            "You charged me {amount} for a scratch on the bumper that was already there at pick-up. I have the photos in the app!"
        ],
        "nocar": [
            "I had a {car} booked and paid for at {st} and when I got there there was no car at all. Waited two hours then got a cab."
        ],
        "double": ["My card has been charged twice for the same booking, {amount} each time."],
        "fuel": [
            "I returned the {car} with a full tank (got the receipt!) and was still charged {amount} for fuel."
        ],
        "refund": [
            "I cancelled my booking for free three weeks ago and the {amount} still hasn't come back."
        ],
    },
    "es": {
        "deposit": [
            "Devolví el {car} en {st} hace dos semanas y la fianza de {amount} sigue bloqueada."
        ],
        "damage": [
            "Me habéis cobrado {amount} por un arañazo en el parachoques que ya estaba al recogerlo. ¡Tengo las fotos en la app!"
        ],
        "nocar": [
            "Tenía un {car} reservado y pagado en {st} y cuando llegué no había ningún coche. Dos horas esperando y al final taxi."
        ],
        "double": ["Me habéis cobrado dos veces la misma reserva, {amount} cada vez."],
        "fuel": [
            "Devolví el {car} con el depósito lleno (¡tengo el ticket!) y aun así me cobrasteis {amount} de combustible."
        ],
        "refund": [
            "Cancelé la reserva gratis hace tres semanas y los {amount} todavía no han vuelto."
        ],
    },
}

SHORT: dict[str, dict[str, str]] = {
    "de": {
        "deposit": "die Kaution ist immer noch nicht zurück",
        "damage": "die falsche Schadensrechnung",
        "nocar": "kein Auto bei der Abholung trotz Buchung",
        "double": "die doppelte Abbuchung",
        "fuel": "die Tankgebühr trotz vollem Tank",
        "refund": "die Erstattung meiner Stornierung",
    },
    "pt": {
        "deposit": "a caução que continua cativada",
        "damage": "a cobrança de danos que não fiz",
        "nocar": "não haver carro no levantamento apesar da reserva",
        "double": "a cobrança em duplicado",
        "fuel": "a taxa de combustível com o depósito cheio",
        "refund": "o reembolso do cancelamento",
    },
    "it": {
        "deposit": "la cauzione ancora bloccata",
        "damage": "l'addebito per danni non miei",
        "nocar": "la macchina che non c'era al ritiro",
        "double": "il doppio addebito",
        "fuel": "il carburante addebitato col pieno fatto",
        "refund": "il rimborso della cancellazione",
    },
    "fr": {
        "deposit": "la caution toujours bloquée",
        "damage": "la facture de dégâts que je n'ai pas faits",
        "nocar": "l'absence de voiture au retrait",
        "double": "le double prélèvement",
        "fuel": "le carburant facturé alors que j'ai fait le plein",
        "refund": "le remboursement de l'annulation",
    },
    "en": {
        "deposit": "my deposit still being held",
        "damage": "the damage charge for a scratch I didn't cause",
        "nocar": "no car at pick-up despite my booking",
        "double": "the double charge",
        "fuel": "the fuel charge despite a full tank",
        "refund": "the refund for my cancellation",
    },
    "es": {
        "deposit": "la fianza todavía bloqueada",
        "damage": "el cargo por daños que no hice",
        "nocar": "que no hubiera coche en la recogida",
        "double": "el doble cargo",
        "fuel": "el cargo de combustible con el depósito lleno",
        "refund": "el reembolso de la cancelación",
    },
}

SUBJECT: dict[str, dict[str, str]] = {
    "de": {
        "deposit": "Kaution nicht freigegeben",
        "damage": "Ungerechtfertigte Schadensrechnung",
        "nocar": "Kein Fahrzeug bei Abholung",
        "double": "Doppelte Abbuchung",
        "fuel": "Tankgebühr trotz vollem Tank",
        "refund": "Erstattung Stornierung fehlt",
    },
    "pt": {
        "deposit": "Caução não libertada",
        "damage": "Cobrança de danos indevida",
        "nocar": "Sem carro no levantamento",
        "double": "Cobrança em duplicado",
        "fuel": "Taxa de combustível indevida",
        "refund": "Reembolso de cancelamento em falta",
    },
    "it": {
        "deposit": "Cauzione non sbloccata",
        "damage": "Addebito danni non dovuto",
        "nocar": "Nessuna auto al ritiro",
        "double": "Doppio addebito",
        "fuel": "Carburante addebitato",
        "refund": "Rimborso mancante",
    },
    "fr": {
        "deposit": "Caution non débloquée",
        "damage": "Facturation de dégâts injustifiée",
        "nocar": "Pas de voiture au retrait",
        "double": "Double prélèvement",
        "fuel": "Carburant facturé à tort",
        "refund": "Remboursement manquant",
    },
    "en": {
        "deposit": "Deposit not released",
        "damage": "Unfair damage charge",
        "nocar": "No car at pick-up",
        "double": "Charged twice",
        "fuel": "Wrong fuel charge",
        "refund": "Missing refund",
    },
    "es": {
        "deposit": "Fianza no liberada",
        "damage": "Cargo por daños injusto",
        "nocar": "Sin coche en la recogida",
        "double": "Cobro duplicado",
        "fuel": "Cargo de combustible indebido",
        "refund": "Reembolso pendiente",
    },
}

GREET: dict[str, list[str]] = {
    "de": ["Sehr geehrte Damen und Herren,", "Hallo Rodavia-Team,", "Guten Tag,"],
    "pt": ["Exmos. Senhores,", "Boa tarde,", "Olá equipa Rodavia,"],
    "it": ["Gentile servizio clienti,", "Buongiorno,"],
    "fr": ["Madame, Monsieur,", "Bonjour,"],
    "en": ["Dear Rodavia,", "Hello,"],
    "es": ["Estimados señores:", "Hola,"],
}

SIGN: dict[str, list[str]] = {
    "de": ["Mit freundlichen Grüßen\n{first} {last}", "Gruß {first}"],
    "pt": ["Com os melhores cumprimentos,\n{first} {last}", "Obrigad[[a|o]],\n{first}"],
    "it": ["Cordiali saluti,\n{first} {last}"],
    "fr": ["Cordialement,\n{first} {last}"],
    "en": ["Regards,\n{first} {last}"],
    "es": ["Un saludo,\n{first} {last}"],
}

DEMAND: dict[str, list[str]] = {
    "de": [
        "Ich erwarte, dass das bis Ende der Woche korrigiert wird.",
        "Bitte erstatten Sie mir den Betrag umgehend.",
        "Das ist einfach nicht in Ordnung. Ich will mein Geld zurück.",
    ],
    "pt": [
        "Exijo que isto seja resolvido até ao fim da semana.",
        "Quero o meu dinheiro de volta, já.",
        "Isto não se faz aos clientes.",
    ],
    "it": ["Pretendo il rimborso entro questa settimana.", "Così non va proprio."],
    "fr": ["J'exige un remboursement d'ici la fin de la semaine.", "C'est inadmissible."],
    "en": ["I expect this sorted by the end of the week.", "This is not acceptable."],
    "es": ["Exijo que me devolváis el dinero esta semana.", "Esto es inaceptable."],
}

ANGRY: dict[str, list[str]] = {
    "de": ["UNFASSBAR.", "Nie wieder so ein Theater!", "Ich bin stinksauer 😡"],
    "pt": ["INACREDITÁVEL.", "Estou furios[[a|o]] 😡", "Uma vergonha!"],
    "it": ["INCREDIBILE.", "Sono furios[[a|o]] 😡"],
    "fr": ["INADMISSIBLE.", "Je suis furieu[[se|x]] 😡"],
    "en": ["UNBELIEVABLE.", "Absolutely fuming 😡"],
    "es": ["INCREÍBLE.", "Estoy furios[[a|o]] 😡"],
}

#: The friendly part of a long e-mail, before and after the complaint.
TRIP: dict[str, list[str]] = {
    "de": [
        "wir sind gerade aus zwei wunderbaren Wochen an der Ostsee zurück, und eigentlich wollte ich Ihnen nur ein Lob schreiben, weil die Abholung so reibungslos lief und die Kinder den {car} geliebt haben.",
        "ich miete seit Jahren bei Ihnen, beruflich wie privat, und war bisher immer sehr zufrieden. Auch diesmal war das Auto sauber und der Mitarbeiter in {st} sehr hilfsbereit.",
    ],
    "pt": [
        "acabámos de chegar de duas semanas maravilhosas no Algarve e a verdade é que queria escrever-vos para agradecer, porque o levantamento foi rapidíssimo e os miúdos adoraram o {car}.",
        "alugo convosco há vários anos, em trabalho e em férias, e sempre fiquei satisfeit[[a|o]]. Desta vez o carro também estava impecável e o colaborador em {st} foi muito prestável.",
    ],
    "it": [
        "siamo appena tornati da due settimane bellissime in Sicilia e volevo scrivervi soprattutto per ringraziare, perché il ritiro a {st} è stato velocissimo."
    ],
    "fr": [
        "nous rentrons de deux semaines formidables en Provence et je voulais d'abord vous remercier, car le retrait à {st} a été très rapide."
    ],
    "en": [
        "we've just got back from a lovely fortnight in Cornwall and honestly I meant to write to say thank you, because pick-up at {st} was so quick and the kids loved the {car}."
    ],
    "es": [
        "acabamos de volver de dos semanas estupendas en Galicia y en realidad quería escribiros para dar las gracias, porque la recogida en {st} fue rapidísima."
    ],
}

NICE: dict[str, list[str]] = {
    "de": [
        "Bis dahin war wirklich alles perfekt, deshalb ärgert mich das umso mehr.",
        "Ich würde gern weiter bei Ihnen mieten, aber so nicht.",
    ],
    "pt": [
        "Até aí estava tudo perfeito, por isso ainda me custa mais.",
        "Gostava de continuar a alugar convosco, mas assim não.",
    ],
    "it": ["Fino a lì era tutto perfetto, per questo mi dispiace ancora di più."],
    "fr": ["Jusque-là tout était parfait, c'est d'autant plus rageant."],
    "en": ["Up to then it was all perfect, which makes this even more annoying."],
    "es": ["Hasta ahí todo perfecto, por eso me molesta todavía más."],
}

PHONE_OPEN: dict[str, list[str]] = {
    "de": ["äh hallo guten tag", "ja hallo hier ist {first} {last}", "grüß gott"],
    "pt": ["pois olhe boa tarde", "sim bom dia fala {first} {last}", "olá boa tarde"],
    "it": ["pronto buongiorno"],
    "fr": ["oui bonjour euh"],
    "en": ["hiya hello"],
    "es": ["sí hola mire"],
}

#: Second contact on the same open case.
FOLLOW2: dict[str, list[str]] = {
    "de": [
        "Nachfrage zu Fall {ref}: es geht immer noch um {short}. Seit meiner letzten Nachricht ist NICHTS passiert.",
        "{ref} ist immer noch offen. Ich warte weiter auf eine Lösung für {short}.",
        "Ich melde mich nochmal wegen {ref}, {short}. Immer noch keine Antwort, keine Erstattung.",
    ],
    "pt": [
        "Volto a escrever sobre o processo {ref}: continua tudo igual com {short}. Desde a última mensagem NADA.",
        "O caso {ref} continua em aberto. Ainda estou à espera de solução para {short}.",
        "Outra vez por causa do {ref}, {short}. Ainda sem resposta nem reembolso.",
    ],
    "it": ["Scrivo di nuovo per la pratica {ref}: {short}, ANCORA niente."],
    "fr": ["Je relance pour le dossier {ref} : {short}, TOUJOURS rien."],
    "en": ["Chasing case {ref} again: {short}, STILL nothing."],
    "es": ["Vuelvo a escribir por el caso {ref}: {short}, TODAVÍA nada."],
}

FOLLOW3: dict[str, list[str]] = {
    "de": [
        "Das ist jetzt das DRITTE Mal wegen {ref} ({short}). Ich schaue mich schon bei {comp} um.",
        "Dritte Nachricht zu {ref}. Immer noch nicht gelöst. Bei {comp} wäre mir das nicht passiert.",
    ],
    "pt": [
        "É a TERCEIRA vez que escrevo sobre o {ref} ({short}). Já estou a ver preços na {comp}.",
        "Terceira mensagem sobre o {ref} e continua por resolver. Na {comp} isto não acontecia.",
    ],
    "it": ["È la TERZA volta che scrivo per la pratica {ref} ({short}). Sto già guardando {comp}."],
    "fr": [
        "C'est la TROISIÈME fois que j'écris pour le dossier {ref} ({short}). Je regarde déjà chez {comp}."
    ],
    "en": ["This is the THIRD time I'm writing about {ref} ({short}). Already looking at {comp}."],
    "es": ["Es la TERCERA vez que escribo por el caso {ref} ({short}). Ya estoy mirando {comp}."],
}

FOLLOW4: dict[str, list[str]] = {
    "de": [
        "VIERTE Nachricht zu {ref}. Ich bin fassungslos, dass {short} nach so vielen Tagen immer noch offen ist."
    ],
    "pt": [
        "QUARTA vez sobre o {ref}. Não acredito que {short} continue por resolver ao fim de tantos dias."
    ],
    "it": ["QUARTA volta per la pratica {ref}. Non ci credo che sia ancora aperta."],
    "fr": [
        "QUATRIÈME fois pour le dossier {ref}. Je n'en reviens pas que ce soit toujours ouvert."
    ],
    "en": ["FOURTH time about {ref}. Can't believe it's still open after all these days."],
    "es": ["CUARTA vez por el caso {ref}. No me puedo creer que siga abierto."],
}

AG_OPENED: dict[str, str] = {
    "de": "Hallo {first},\n\nvielen Dank für Ihre Nachricht. Wir haben den Fall {ref} eröffnet und melden uns so schnell wie möglich.\n\nViele Grüße\n{agent}, Rodavia Kundenservice",
    "pt": "Olá {first},\n\nobrigado pelo seu contacto. Abrimos o processo {ref} e voltaremos a falar consigo o mais depressa possível.\n\nCumprimentos,\n{agent}, Apoio ao Cliente Rodavia",
    "it": "Ciao {first},\n\ngrazie per averci scritto. Abbiamo aperto la pratica {ref} e ti ricontatteremo al più presto.\n\n{agent}, Servizio clienti Rodavia",
    "fr": "Bonjour {first},\n\nmerci pour votre message. Nous avons ouvert le dossier {ref} et revenons vers vous au plus vite.\n\n{agent}, Service client Rodavia",
    "en": "Hi {first},\n\nthanks for getting in touch. We've opened case {ref} and will get back to you as soon as we can.\n\n{agent}, Rodavia Customer Care",
    "es": "Hola {first}:\n\ngracias por escribirnos. Hemos abierto el caso {ref} y te responderemos lo antes posible.\n\n{agent}, Atención al cliente Rodavia",
}

AG_PASSED: dict[str, str] = {
    "de": "Hallo {first},\n\nwir haben Ihr Anliegen (Fall {ref}) an unser Team für Abrechnung und Stationen weitergegeben. Bitte haben Sie etwas Geduld.\n\n{agent}, Rodavia",
    "pt": "Olá {first},\n\nencaminhámos o seu pedido (processo {ref}) para a nossa equipa de faturação e lojas. Pedimos alguma paciência.\n\n{agent}, Rodavia",
    "it": "Ciao {first},\n\nabbiamo passato la tua richiesta (pratica {ref}) al team fatturazione e stazioni.\n\n{agent}, Rodavia",
    "fr": "Bonjour {first},\n\nnous avons transmis votre demande (dossier {ref}) à notre équipe facturation et agences.\n\n{agent}, Rodavia",
    "en": "Hi {first},\n\nwe've passed your request (case {ref}) on to our billing and stations team.\n\n{agent}, Rodavia",
    "es": "Hola {first}:\n\nhemos pasado tu solicitud (caso {ref}) a nuestro equipo de facturación y oficinas.\n\n{agent}, Rodavia",
}

AG_FIXED: dict[str, str] = {
    "de": "Hallo {first},\n\nwir haben das auf unserer Seite korrigiert (Fall {ref}), der Betrag wird in 2-3 Werktagen gutgeschrieben. Können Sie uns kurz bestätigen, ob alles passt?\n\n{agent}, Rodavia",
    "pt": "Olá {first},\n\ncorrigimos a situação do nosso lado (processo {ref}); o valor aparece na conta em 2-3 dias úteis. Pode confirmar-nos se ficou tudo bem?\n\n{agent}, Rodavia",
    "it": "Ciao {first},\n\nabbiamo corretto tutto (pratica {ref}), l'importo arriverà in 2-3 giorni lavorativi. Ci confermi che è tutto a posto?\n\n{agent}, Rodavia",
    "fr": "Bonjour {first},\n\nc'est corrigé de notre côté (dossier {ref}), le montant arrive sous 2-3 jours ouvrés. Pouvez-vous nous confirmer que tout est en ordre ?\n\n{agent}, Rodavia",
    "en": "Hi {first},\n\nthis is fixed on our side (case {ref}), the money will reach you in 2-3 working days. Could you confirm it all looks right?\n\n{agent}, Rodavia",
    "es": "Hola {first}:\n\nlo hemos corregido (caso {ref}), el importe llegará en 2-3 días laborables. ¿Nos confirmas que está todo bien?\n\n{agent}, Rodavia",
}

AG_LEAVE: dict[str, str] = {
    "de": "Hallo {first},\n\nschade, dass Sie gehen möchten. Sie können Rodavia Plus und Ihr Konto selbst in der App unter Profil > Konto schließen beenden.\n\n{agent}, Rodavia",
    "pt": "Olá {first},\n\nlamentamos que queira sair. Pode cancelar o Rodavia Plus e fechar a conta na app, em Perfil > Fechar conta.\n\n{agent}, Rodavia",
    "it": "Ciao {first},\n\nci dispiace. Puoi disdire Rodavia Plus e chiudere l'account dalla app in Profilo > Chiudi account.\n\n{agent}, Rodavia",
    "fr": "Bonjour {first},\n\nnous sommes désolés de vous voir partir. Vous pouvez résilier Rodavia Plus et fermer le compte dans l'appli, Profil > Fermer le compte.\n\n{agent}, Rodavia",
    "en": "Hi {first},\n\nsorry to see you go. You can cancel Rodavia Plus and close the account yourself in the app under Profile > Close account.\n\n{agent}, Rodavia",
    "es": "Hola {first}:\n\nsentimos que te vayas. Puedes cancelar Rodavia Plus y cerrar la cuenta en la app, en Perfil > Cerrar cuenta.\n\n{agent}, Rodavia",
}

AG_SPIKE_FIXED: dict[str, str] = {
    "de": "Hallo {first},\n\nder Fehler beim digitalen Schlüssel nach dem gestrigen App-Update ist behoben. Entschuldigen Sie die Unannehmlichkeiten.\n\n{agent}, Rodavia",
    "pt": "Olá {first},\n\no erro da chave digital depois da atualização de ontem já está corrigido. Pedimos desculpa pelo incómodo.\n\n{agent}, Rodavia",
    "it": "Ciao {first},\n\nil problema della chiave digitale dopo l'aggiornamento di ieri è risolto. Ci scusiamo.\n\n{agent}, Rodavia",
    "fr": "Bonjour {first},\n\nle bug de la clé digitale après la mise à jour d'hier est corrigé. Toutes nos excuses.\n\n{agent}, Rodavia",
    "en": "Hi {first},\n\nthe digital key fault after yesterday's app update is fixed. Sorry for the trouble.\n\n{agent}, Rodavia",
    "es": "Hola {first}:\n\nel fallo de la llave digital tras la actualización de ayer está resuelto. Disculpa las molestias.\n\n{agent}, Rodavia",
}

CONFIRM: dict[str, list[str]] = {
    "de": [
        "Bestätigt, der Betrag ist da. Danke für die Lösung von {ref}!",
        "Fall {ref}: alles angekommen, danke euch.",
    ],
    "pt": [
        "Confirmo, o valor já chegou. Obrigad[[a|o]] por resolverem o {ref}!",
        "Processo {ref}: já está tudo certo, obrigad[[a|o]].",
    ],
    "it": ["Confermo, l'importo è arrivato. Grazie per la pratica {ref}!"],
    "fr": ["Je confirme, le montant est arrivé. Merci pour le dossier {ref} !"],
    "en": ["Confirmed, the money's arrived. Thanks for sorting {ref}!"],
    "es": ["Confirmado, ya me ha llegado. ¡Gracias por resolver el caso {ref}!"],
}

APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs schnelle Kümmern!",
        "Entschuldigung für die wütende Nachricht gestern. Alles geklärt, danke.",
    ],
    "pt": [
        "Peço desculpa pelo tom de ontem, estava de cabeça quente. Obrigad[[a|o]] pela rapidez!",
        "Desculpem a mensagem de ontem. Já está resolvido, obrigad[[a|o]].",
    ],
    "it": ["Scusate per il tono di ieri, giornata pesante. Grazie per la rapidità!"],
    "fr": ["Désolé[[e|]] pour mon ton d'hier, journée difficile. Merci d'avoir réglé ça vite !"],
    "en": ["Sorry for my tone yesterday, long day. Thanks for sorting it so fast!"],
    "es": ["Perdón por el tono de ayer, mal día. ¡Gracias por resolverlo tan rápido!"],
}

LOW_SURVEY: dict[str, list[str]] = {
    "de": ["enttäuschend", "so nicht", "", "😡"],
    "pt": ["muito mau", "péssimo serviço", "", "😡"],
    "it": ["pessimo", ""],
    "fr": ["décevant", ""],
    "en": ["poor", ""],
    "es": ["fatal", ""],
}

#: A slide from happy to gone, six steps.
SLIDE: dict[str, list[list[str]]] = {
    "de": [
        [
            "Die App braucht neuerdings ewig, bis der digitale Schlüssel lädt. Hm.",
            "Komisch, die Rodavia-App ist seit Kurzem echt lahm",
        ],
        [
            "Etwas enttäuscht: Rodavia Plus kostet jetzt mehr und die Preise sind auch hoch gegangen",
            "Die Mieten sind gefühlt 20 % teurer geworden. Schade",
        ],
        [
            "Schon wieder 40 Minuten am Schalter in {st}. Was ist da los?",
            "Nervt langsam, dass in {st} nie jemand am Schalter ist",
        ],
        [
            "Der Chat antwortet gar nicht mehr, nur noch ein Bot, der nichts versteht",
            "Keine Antwort vom Support seit drei Tagen. Toll.",
        ],
        [
            "Jetzt reicht es mir. Auto dreckig, Tank halb leer, und keiner fühlt sich zuständig 😡",
            "Ich bin richtig sauer. So schlecht war Rodavia noch nie",
        ],
        [
            "Ich habe genug. Vergleiche gerade die Preise bei {comp}.",
            "Das war's wohl. Schaue mir jetzt {comp} an.",
        ],
    ],
    "pt": [
        [
            "A app anda muito lenta a carregar a chave digital. Hum.",
            "Estranho, a app da Rodavia está super lenta ultimamente",
        ],
        [
            "Um bocado desiludid[[a|o]]: o Rodavia Plus ficou mais caro e os preços também subiram",
            "Os alugueres estão bem mais caros. Pena",
        ],
        [
            "Outra vez 40 minutos na fila em {st}. O que se passa?",
            "Começa a cansar, nunca há ninguém ao balcão em {st}",
        ],
        [
            "O chat já não responde, só um robô que não percebe nada",
            "Três dias sem resposta do apoio. Lindo.",
        ],
        [
            "Chega. Carro sujo, depósito a meio e ninguém se responsabiliza 😡",
            "Estou mesmo chatead[[a|o]]. A Rodavia nunca esteve tão mal",
        ],
        ["Já chega. Estou a comparar preços na {comp}.", "Acho que acabou. Vou ver a {comp}."],
    ],
    "it": [
        ["L'app ci mette un'eternità a caricare la chiave digitale. Mah."],
        ["Un po' delus[[a|o]]: Rodavia Plus costa di più e anche i prezzi sono saliti"],
        ["Di nuovo 40 minuti di coda a {st}. Ma che succede?"],
        ["La chat non risponde più, solo un bot che non capisce niente"],
        ["Basta. Macchina sporca, mezzo serbatoio e nessuno se ne occupa 😡"],
        ["Ne ho abbastanza. Sto confrontando i prezzi di {comp}."],
    ],
    "fr": [
        ["L'appli met une éternité à charger la clé digitale. Bof."],
        ["Un peu déçu[[e|]] : Rodavia Plus coûte plus cher et les prix ont grimpé"],
        ["Encore 40 minutes de queue à {st}. C'est quoi le problème ?"],
        ["Le chat ne répond plus, juste un robot qui ne comprend rien"],
        ["Ras le bol. Voiture sale, réservoir à moitié vide et personne ne s'en occupe 😡"],
        ["J'en ai assez. Je compare les prix chez {comp}."],
    ],
    "en": [
        ["The app takes forever to load the digital key lately. Hmm."],
        ["Bit disappointed: Rodavia Plus costs more now and prices have gone up too"],
        ["Another 40 minutes queuing at {st}. What's going on?"],
        ["Chat doesn't answer anymore, just a bot that understands nothing"],
        ["Had it. Dirty car, half a tank and nobody cares 😡"],
        ["Enough. Comparing prices at {comp} now."],
    ],
    "es": [
        ["La app tarda una eternidad en cargar la llave digital. Mmm."],
        ["Algo decepcionad[[a|o]]: Rodavia Plus cuesta más y los precios han subido"],
        ["Otra vez 40 minutos de cola en {st}. ¿Qué pasa?"],
        ["El chat ya no contesta, solo un bot que no entiende nada"],
        ["Hart[[a|o]]. Coche sucio, medio depósito y nadie se hace cargo 😡"],
        ["Ya está. Estoy comparando precios en {comp}."],
    ],
}

#: (subject, request) to cancel Rodavia Plus and close the account
CANCEL_ASK: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Kündigung Rodavia Plus",
            "Hallo, bitte kündigen Sie meine Rodavia-Plus-Mitgliedschaft und löschen Sie mein Kundenkonto. Ich werde nicht mehr bei Ihnen mieten.",
        ),
        ("Konto schließen", "Ich möchte mein Konto schließen und Plus kündigen. Danke."),
    ],
    "pt": [
        (
            "Cancelar Rodavia Plus",
            "Olá, quero cancelar a minha adesão ao Rodavia Plus e fechar a conta. Não vou voltar a alugar convosco.",
        ),
        ("Fechar conta", "Por favor fechem a minha conta e cancelem o Plus. Obrigad[[a|o]]."),
    ],
    "it": [
        (
            "Disdetta Rodavia Plus",
            "Buongiorno, vorrei disdire Rodavia Plus e chiudere il mio account. Non noleggerò più con voi.",
        )
    ],
    "fr": [
        (
            "Résiliation Rodavia Plus",
            "Bonjour, je souhaite résilier Rodavia Plus et fermer mon compte. Je ne louerai plus chez vous.",
        )
    ],
    "en": [
        (
            "Cancel Rodavia Plus",
            "Hi, please cancel my Rodavia Plus membership and close my account. I won't be renting with you again.",
        )
    ],
    "es": [
        (
            "Baja Rodavia Plus",
            "Hola, quiero darme de baja de Rodavia Plus y cerrar mi cuenta. No volveré a alquilar con vosotros.",
        )
    ],
}

CANCEL_REASON: dict[str, list[str]] = {
    "de": ["zu teuer geworden", "", "Service schlechter geworden"],
    "pt": ["ficou caro demais", "", "o serviço piorou"],
    "it": ["troppo caro", ""],
    "fr": ["trop cher", ""],
    "en": ["too expensive now", ""],
    "es": ["demasiado caro", ""],
}

GRUMPY: dict[str, list[str]] = {
    "de": [
        "Mal wieder das App-Update, das mich ausloggt. Danke für nichts.",
        "Die Servicegebühren steigen und steigen.",
        "Der Chatbot ist komplett nutzlos.",
        "Warum dauert die Abholung in {st} eigentlich immer so lange?",
        "Kindersitz 25 € für 3 Tage? Frechheit.",
    ],
    "pt": [
        "Mais uma atualização da app que me faz logout. Obrigadinho.",
        "As taxas de serviço não param de subir.",
        "O chatbot não serve para nada.",
        "Porque é que o levantamento em {st} demora sempre tanto?",
        "25 € pela cadeirinha por 3 dias? Abuso.",
    ],
    "it": [
        "L'ennesimo aggiornamento della app che mi fa uscire.",
        "Il chatbot è completamente inutile.",
        "Perché a {st} c'è sempre coda?",
    ],
    "fr": [
        "Encore une mise à jour de l'appli qui me déconnecte.",
        "Le chatbot ne sert à rien.",
        "Pourquoi il y a toujours la queue à {st} ?",
    ],
    "en": [
        "Yet another app update that logs me out.",
        "The chatbot is completely useless.",
        "Why is there always a queue at {st}?",
    ],
    "es": [
        "Otra actualización de la app que me cierra la sesión.",
        "El chatbot no sirve para nada.",
        "¿Por qué siempre hay cola en {st}?",
    ],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Liebe es, wenn die Rodavia-App sich genau am Parkplatz aktualisieren will 🙃",
        "Toll, 20 Minuten Shuttle in {st}, genau was man nach einem Flug braucht 🙃",
    ],
    "pt": [
        "Adoro quando a app da Rodavia decide atualizar-se mesmo no parque 🙃",
        "Maravilha, 20 minutos à espera do shuttle em {st}, era mesmo o que precisava 🙃",
    ],
    "it": ["Adoro quando la app Rodavia si aggiorna proprio al parcheggio 🙃"],
    "fr": ["J'adore quand l'appli Rodavia se met à jour pile au parking 🙃"],
    "en": ["Love it when the Rodavia app decides to update right in the car park 🙃"],
    "es": ["Me encanta cuando la app de Rodavia se actualiza justo en el parking 🙃"],
}

GRUMBLE_ONCE: dict[str, list[str]] = {
    "de": [
        "Die Bestätigungsmail kam doppelt, ist das normal?",
        "Die App war heute früh etwas langsam beim Öffnen.",
        "Die Erinnerung an die Abholung kam erst eine Stunde vorher.",
    ],
    "pt": [
        "Recebi o email de confirmação duas vezes, é normal?",
        "A app hoje de manhã estava um bocado lenta a abrir.",
        "O lembrete do levantamento só chegou uma hora antes.",
    ],
    "it": ["La mail di conferma mi è arrivata due volte, è normale?"],
    "fr": ["J'ai reçu l'e-mail de confirmation deux fois, c'est normal ?"],
    "en": ["Got the confirmation email twice, is that normal?"],
    "es": ["Me llegó el email de confirmación dos veces, ¿es normal?"],
}

#: The planted spike: the app's digital key fails to unlock cars at pick-up.
SPIKE: dict[str, list[str]] = {
    "de": [
        "@rodavia der digitale Schlüssel geht nicht! Stehe in {st} vor dem Auto und die App sagt 'Schlüssel nicht verfügbar'",
        "App-Schlüssel funktioniert seit dem Update nicht, Auto bleibt zu. Was soll das??",
        "Kann den {car} nicht öffnen, App zeigt nur Fehler beim Entsperren. Schalter hat lange Schlange",
        "Wir stehen hier in {st} und kommen nicht ins Auto, die App meldet 'Entsperren fehlgeschlagen'. Flieger landet gleich mit meinen Eltern 😤",
        "Was ist heute früh mit der App los? Digitaler Schlüssel weg, Fahrzeug lässt sich nicht öffnen, am Schalter 30 Leute",
        "seit dem update heute nacht zeigt die app bei meiner buchung nur noch 'schlüssel nicht verfügbar'. wie soll ich jetzt zur arbeit kommen",
    ],
    "pt": [
        "@rodavia a chave digital não funciona! Estou em {st} à frente do carro e a app diz 'chave indisponível'",
        "Depois da atualização a chave da app não abre o carro. O que se passa??",
        "Não consigo abrir o {car}, a app só dá erro ao desbloquear. Fila enorme no balcão",
        "Estamos em {st} e não conseguimos entrar no carro, a app diz 'falha ao desbloquear'. Isto logo de manhã 😤",
        "O que se passa com a app hoje? A chave digital desapareceu e o carro não abre. Meia hora de fila no balcão",
        "desde a atualização desta noite a app mostra 'chave indisponível' na minha reserva. e agora como vou trabalhar??",
    ],
    "it": [
        "@rodavia la chiave digitale non funziona! Sono a {st} davanti alla macchina e la app dice 'chiave non disponibile'",
        "Dopo l'aggiornamento la chiave della app non apre la {car}. Coda infinita al banco, ma che succede??",
    ],
    "fr": [
        "@rodavia la clé digitale ne marche pas ! Je suis à {st} devant la voiture et l'appli dit 'clé indisponible'",
        "Depuis la mise à jour impossible d'ouvrir la {car} avec l'appli, erreur de déverrouillage. Et 40 personnes au comptoir...",
    ],
    "en": [
        "@rodavia digital key not working! Standing at {st} next to the car and the app says 'key unavailable'",
        "Since the update the app won't unlock the {car}, just says unlock failed. Massive queue at the desk, great start to the trip",
    ],
    "es": [
        "@rodavia la llave digital no funciona! Estoy en {st} delante del coche y la app dice 'llave no disponible'",
        "Desde la actualización la app no abre el {car}, solo da error al desbloquear. Cola enorme en el mostrador",
    ],
}

SPIKE_AGAIN: dict[str, list[str]] = {
    "de": [
        "Immer noch kein Schlüssel in der App, und niemand antwortet. Stehe seit 40 Minuten hier.",
        "Nochmal: Auto geht IMMER NOCH nicht auf. Hotline besetzt, Chat antwortet nicht.",
    ],
    "pt": [
        "Continua sem funcionar a chave e ninguém responde. Estou aqui há 40 minutos.",
        "Outra vez: o carro AINDA não abre. A linha está sempre ocupada e o chat não responde.",
    ],
    "it": ["Ancora niente chiave nella app e nessuno risponde."],
    "fr": ["Toujours pas de clé dans l'appli et personne ne répond."],
    "en": ["Still no key in the app and nobody's answering."],
    "es": ["Sigue sin funcionar la llave y nadie contesta."],
}

#: Lone questions days before the spike (answered), de and pt.
LONE_Q: dict[str, tuple[str, str]] = {
    "de": (
        "Kurze Frage: der digitale Schlüssel hat heute Abend eine Weile gebraucht, dann ging es. Kommt das öfter vor?",
        "Hallo {first}, das kann bei schwachem Netz passieren; danke für den Hinweis! {agent}",
    ),
    "pt": (
        "Uma pergunta: hoje à noite a chave digital demorou a aparecer, depois funcionou. Isto é normal?",
        "Olá {first}, pode acontecer com rede fraca; obrigado pelo aviso! {agent}",
    ),
}
