# ruff: noqa: E501
"""Hand-written wording for the heldout16 scenarios (Vetrino, home appliances).

Written from the stories, as Vetrino's customers and agents would write; the
author has not seen the alert rules. ``{ref}`` is a repair or order reference,
``{comp}`` a competitor. Italian and German first, then en, fr, es, pt.
"""

LANGS: tuple[str, ...] = ("it", "de", "en", "fr", "es", "pt")
COUNTRY = {"it": "IT", "de": "DE", "en": "GB", "fr": "FR", "es": "ES", "pt": "PT"}
PHONE_PREFIX = {"it": "+39", "de": "+49", "en": "+44", "fr": "+33", "es": "+34", "pt": "+351"}
COMPETITORS = ("Domelux", "Kaltwerk")

PRAISE = {
    "it": [
        "Lavatrice Vetrino arrivata ieri, installata in mezz'ora. Silenziosissima, complimenti!",
        "il tecnico è stato gentilissimo e puntuale, forno sistemato in 20 min. grazie",
        "La macchina del caffè fa un espresso che nemmeno al bar 😍",
        "Lavastoviglie perfetta, piatti splendenti e consuma poco. Consigliata",
    ],
    "de": [
        "Neue Vetrino Spülmaschine läuft super leise, bin echt zufrieden.",
        "Techniker kam pünktlich, hat alles erklärt. Top Service!",
        "Kaffeevollautomat ist der Hammer, jeden Morgen ein Genuss",
        "Waschmaschine seit 3 Monaten ohne Probleme, App funktioniert prima",
    ],
    "en": [
        "Love my new Vetrino washer, so quiet I forget it's on",
        "Engineer came on time, fixed the oven door in no time. Cheers!",
        "the coffee machine is honestly the best thing in our kitchen",
        "Dishwasher delivered and fitted same day. Really impressed.",
    ],
    "fr": [
        "Lave-linge Vetrino installé hier, super silencieux, ravie !",
        "Technicien très pro et à l'heure, merci pour le four",
        "La machine à café est top, on ne va plus au café du coin lol",
        "Lave-vaisselle nickel, vaisselle impeccable et l'appli est pratique",
    ],
    "es": [
        "La lavadora Vetrino es una maravilla, ni se oye",
        "El tecnico vino puntual y arreglo el horno en nada, gracias!!",
        "La cafetera hace un cafe buenisimo, muy contentos en casa",
        "Lavavajillas instalado y funcionando perfecto, recomendable",
    ],
    "pt": [
        "A maquina de lavar Vetrino é otima, super silenciosa",
        "O tecnico chegou a horas e resolveu o forno rapidinho, obg!",
        "A maquina de cafe é excelente, adoro",
        "Máquina de lavar loiça instalada no mesmo dia, muito satisfeita",
    ],
}

PRAISE_GRIPE = {
    "it": "Forno ottimo, cuoce benissimo. Solo il manuale è scritto piccolissimo, ma vabbè",
    "de": "Spülmaschine top, nur die App-Benachrichtigung kommt manchmal doppelt. Sonst alles gut",
    "en": "Great washer, does the job brilliantly. Only wish the door seal was easier to clean",
    "fr": "Super four, cuisson parfaite. Juste la notice un peu confuse mais bon",
    "es": "La cafetera genial, solo que el deposito es algo pequeño. Por lo demas perfecta",
    "pt": "Forno muito bom, só o manual é que é confuso. De resto impecavel",
}

QUESTION = {
    "it": "Ciao, come si fa la decalcificazione della macchina del caffè? Grazie",
    "de": "Hallo, wie oft sollte ich den Filter der Spülmaschine reinigen?",
    "en": "Hi, which programme is best for wool on the washer?",
    "fr": "Bonjour, comment activer le mode éco sur le lave-vaisselle ?",
    "es": "Hola, como se programa el inicio diferido de la lavadora?",
    "pt": "Ola, como faço a descalcificação da maquina de cafe?",
}

ANSWER = {
    "it": "Ciao! Dal menu Manutenzione > Decalcifica, ci vogliono circa 25 minuti. Buona giornata, Chiara di Vetrino",
    "de": "Hallo! Am besten einmal pro Woche unter fließendem Wasser. Viele Grüße, Jonas vom Vetrino Service",
    "en": "Hi there! Use the Wool/Hand wash programme at 30°. Any other questions just ask. Sam, Vetrino",
    "fr": "Bonjour ! Menu Options > Éco, puis valider. Bonne journée, Léa de Vetrino",
    "es": "Hola! Pulsa Inicio diferido y elige las horas con +/-. Un saludo, Marta de Vetrino",
    "pt": "Olá! Menu Manutenção > Descalcificar, demora cerca de 25 min. Cumprimentos, Rita da Vetrino",
}

THANKS = {
    "it": "Perfetto, grazie mille!",
    "de": "Super, danke!",
    "en": "brilliant thanks",
    "fr": "Top merci beaucoup",
    "es": "Genial, gracias!",
    "pt": "Perfeito, obrigada!",
}

NIGHT = {
    "it": "Le 2 di notte e la lavastoviglie ha finito in silenzio totale. Adoro",
    "de": "Nachtschicht vorbei, Kaffee aus der Vetrino gemacht, perfekt",
    "en": "3am feed for the baby and the washer on quiet mode didn't wake anyone. Legend",
    "fr": "Insomnie, petit café de la Vetrino à 2h, parfait",
    "es": "Las 2 de la mañana y la lavadora en modo nocturno sin un ruido, top",
    "pt": "2 da manha e a maquina de lavar em modo noturno nem se ouve, adoro",
}

NIGHT_Q = {
    "it": "domanda veloce: si può lasciare la lavatrice in partenza ritardata tutta la notte?",
    "de": "kurze Frage: darf die Spülmaschine nachts laufen wenn niemand zuhause ist?",
    "en": "quick q: is it ok to run the dishwasher overnight on delay start?",
    "fr": "petite question: on peut lancer le lave-linge la nuit en départ différé ?",
    "es": "pregunta rapida: se puede dejar la lavadora con inicio diferido por la noche?",
    "pt": "pergunta rapida: posso deixar a maquina com inicio diferido durante a noite?",
}

SURVEY_WORDS = {
    "it": ["tutto ok", "", "👍", "ottimo"],
    "de": ["passt", "", "alles gut", "10/10"],
    "en": ["grand", "", "-", "spot on"],
    "fr": ["RAS", "", "nickel", "👍"],
    "es": ["nada", "", "todo bien", "10/10"],
    "pt": ["tudo bem", "", "5 estrelas", "👍"],
}

# Problems: complaint text with {ref}.
PROBLEMS = {
    "repair_postponed": {
        "it": "Terza volta che mi spostate l'intervento del tecnico per la lavatrice (rif. {ref}). Sono 3 settimane senza lavatrice, con due bambini. Inaccettabile.",
        "de": "Der Reparaturtermin für meine Waschmaschine ({ref}) wurde jetzt zum DRITTEN Mal verschoben. Drei Wochen ohne Waschmaschine. Unfassbar.",
        "en": "Repair visit for my washer ({ref}) postponed for the third time. Three weeks of launderette trips. Absolutely ridiculous.",
        "fr": "Intervention pour mon lave-linge ({ref}) reportée pour la TROISIÈME fois. Trois semaines sans machine, c'est inadmissible.",
        "es": "Me han aplazado la visita del tecnico para la lavadora ({ref}) por TERCERA vez. Tres semanas sin lavadora, es una vergüenza.",
        "pt": "Adiaram a visita do tecnico da maquina de lavar ({ref}) pela terceira vez. Tres semanas sem maquina, inadmissivel.",
    },
    "part_out_of_stock": {
        "it": "La pompa di scarico per la mia lavastoviglie ({ref}) è 'in arrivo' da 5 settimane. Ma vi sembra normale??",
        "de": "Das Ersatzteil für meine Spülmaschine ({ref}) ist seit fünf Wochen 'nicht auf Lager'. Wie lange soll ich noch warten?",
        "en": "The drain pump for my dishwasher ({ref}) has been 'out of stock' for five weeks now. How is that acceptable?",
        "fr": "La pièce pour mon lave-vaisselle ({ref}) est en rupture depuis 5 semaines. Vous vous moquez de nous ?",
        "es": "La pieza de mi lavavajillas ({ref}) lleva 5 semanas 'sin stock'. En serio??",
        "pt": "A peça da minha maquina de loiça ({ref}) esta 'esgotada' ha cinco semanas. Isto é normal??",
    },
    "app_connection": {
        "it": "Dopo l'ultimo aggiornamento l'app Vetrino Home non vede più la lavatrice ({ref}). Ho reinstallato tutto, niente. L'ho pagata anche per la app!",
        "de": "Seit dem letzten Update verliert die Vetrino Home App ständig die Verbindung zur Maschine ({ref}). Neu installiert, nichts hilft. Ärgerlich.",
        "en": "Since the last update the Vetrino Home app keeps losing my washer ({ref}). Reinstalled twice. Paid extra for the connected model for nothing.",
        "fr": "Depuis la mise à jour l'appli Vetrino Home ne trouve plus ma machine ({ref}). Réinstallée, rien. Très déçue.",
        "es": "Desde la ultima actualizacion la app Vetrino Home ya no encuentra la lavadora ({ref}). Reinstalada y nada. Muy mal.",
        "pt": "Desde a ultima atualização a app Vetrino Home perdeu a ligação à maquina ({ref}). Reinstalei e nada. Pessimo.",
    },
    "leak_after_repair": {
        "it": "Il tecnico è venuto martedì per la lavastoviglie ({ref}) e adesso PERDE ACQUA sul parquet. Prima almeno non perdeva!",
        "de": "Nach der Reparatur ({ref}) läuft meine Spülmaschine AUS. Wasser auf dem Küchenboden. Vorher war das nicht so!",
        "en": "Your engineer 'fixed' my washer ({ref}) on Tuesday and now it's LEAKING all over the kitchen floor. It didn't leak before!",
        "fr": "Depuis la réparation ({ref}) mon lave-vaisselle FUIT partout dans la cuisine. Avant il ne fuyait pas !",
        "es": "Desde la reparacion ({ref}) el lavavajillas PIERDE AGUA por toda la cocina. Antes no pasaba!",
        "pt": "Depois da reparação ({ref}) a maquina de loiça está a VERTER agua pela cozinha toda. Antes nao vertia!",
    },
    "protect_double_charge": {
        "it": "Mi avete addebitato DUE volte il rinnovo di Vetrino Protect (rif. {ref}). 2 x 89 euro. Rivoglio i miei soldi.",
        "de": "Die Verlängerung von Vetrino Protect ({ref}) wurde ZWEIMAL abgebucht. Bitte sofort erstatten.",
        "en": "Why have I been charged TWICE for my Vetrino Protect renewal ({ref})? I want the second charge refunded.",
        "fr": "Le renouvellement Vetrino Protect ({ref}) a été prélevé DEUX fois. Remboursez-moi svp.",
        "es": "Me habeis cobrado DOS veces la renovacion de Vetrino Protect ({ref}). Quiero la devolucion ya.",
        "pt": "Cobraram DUAS vezes a renovação do Vetrino Protect ({ref}). Quero o reembolso.",
    },
    "oven_refund": {
        "it": "Ho restituito il forno un mese fa (reso {ref}), ritirato dal corriere, e il rimborso non è MAI arrivato. Dove sono i miei 649 euro?",
        "de": "Backofen vor einem Monat zurückgeschickt (Retoure {ref}), abgeholt, aber KEINE Erstattung bisher. Wo ist mein Geld?",
        "en": "Returned the oven a month ago (return {ref}), courier collected it, and still NO refund. Where is my money?",
        "fr": "Four retourné il y a un mois (retour {ref}), récupéré par le transporteur, et toujours PAS de remboursement.",
        "es": "Devolvi el horno hace un mes (devolucion {ref}) y el reembolso NO ha llegado. Donde esta mi dinero?",
        "pt": "Devolvi o forno ha um mes (devolução {ref}) e o reembolso NUNCA chegou. Onde esta o meu dinheiro?",
    },
}

PROBLEM_LONG = {
    "it": "Buongiorno,\n\nvi scrivo perché sono cliente Vetrino da anni, ho lavatrice, forno e macchina del caffè tutti vostri e finora mi sono sempre trovato bene.\n\n{complaint}\n\nHo chiamato il numero verde, ho scritto in chat, e ogni volta mi dicono di aspettare. Vorrei solo una risposta chiara.\n\nCordiali saluti",
    "de": "Sehr geehrte Damen und Herren,\n\nich bin eigentlich seit Jahren zufriedene Kundin, wir haben mehrere Vetrino Geräte im Haus.\n\n{complaint}\n\nIch habe schon angerufen und im Chat geschrieben. Ich erwarte jetzt eine verbindliche Antwort.\n\nMit freundlichen Grüßen",
    "en": "Hello,\n\nI've had Vetrino appliances for years and recommended you to friends, so this is frustrating to write.\n\n{complaint}\n\nI've phoned, I've used the chat and I keep being told to wait. I'd just like a straight answer.\n\nRegards",
    "fr": "Bonjour,\n\nJe suis cliente Vetrino depuis longtemps, four, lave-linge et machine à café, et jusque-là tout allait bien.\n\n{complaint}\n\nJ'ai appelé, écrit sur le chat, on me dit toujours d'attendre. J'aimerais une réponse claire.\n\nCordialement",
}

STILL = {
    "it": [
        "RE: {ref} - ANCORA niente. Nessuno mi ha richiamato.",
        "Scrivo di nuovo per la pratica {ref}: ancora nessuna soluzione",
    ],
    "de": [
        "AW: {ref} - IMMER NOCH nichts passiert. Keiner meldet sich.",
        "Ich schreibe nochmal wegen {ref}, immer noch ungelöst",
    ],
    "en": [
        "RE: {ref} - STILL nothing. Nobody called me back.",
        "Writing again about {ref}, still not sorted",
    ],
    "fr": [
        "RE : {ref} - TOUJOURS rien. Personne ne m'a rappelée.",
        "Je relance pour le dossier {ref}, toujours pas résolu",
    ],
    "es": [
        "RE: {ref} - SIGO sin respuesta. Nadie me ha llamado.",
        "Vuelvo a escribir por {ref}, sigue sin solucion",
    ],
    "pt": [
        "RES: {ref} - AINDA nada. Ninguem me ligou.",
        "Escrevo outra vez sobre {ref}, continua por resolver",
    ],
}

THIRD = {
    "it": "Terzo contatto per {ref}. Mia sorella ha preso una {comp} e le hanno risolto tutto in due giorni. Pensateci.",
    "de": "Dritte Nachricht wegen {ref}. Mein Nachbar hat eine {comp} und da kam der Techniker am nächsten Tag.",
    "en": "Third time contacting you about {ref}. My neighbour's {comp} got fixed in two days. Just saying.",
    "fr": "Troisième fois pour {ref}. Ma voisine a une {comp}, réparée en deux jours, elle.",
    "es": "Tercera vez que escribo por {ref}. A mi cuñado con una {comp} se lo arreglaron en dos dias.",
    "pt": "Terceira vez que contacto por {ref}. A minha vizinha tem uma {comp} e resolveram em dois dias.",
}

FOURTH = {
    "it": "QUARTA volta. {ref}. Vi rendete conto?",
    "de": "Zum VIERTEN Mal: {ref}. Ernsthaft?",
    "en": "FOURTH time. {ref}. Seriously??",
    "fr": "QUATRIÈME fois. {ref}. Sérieusement ?",
    "es": "CUARTA vez. {ref}. En serio??",
    "pt": "QUARTA vez. {ref}. A serio??",
}

PASSED = {
    "it": "Gentile cliente, abbiamo inoltrato la pratica {ref} al reparto tecnico. La ricontatteremo appena possibile. Assistenza Vetrino",
    "de": "Guten Tag, wir haben Ihren Fall {ref} an das Technik-Team weitergegeben und melden uns. Ihr Vetrino Kundenservice",
    "en": "Hello, we've passed case {ref} to our technical team and will be in touch. Vetrino Customer Care",
    "fr": "Bonjour, votre dossier {ref} a été transmis au service technique. Nous revenons vers vous. Service client Vetrino",
    "es": "Hola, hemos pasado el caso {ref} al equipo tecnico y te contactaremos. Atencion al cliente Vetrino",
    "pt": "Olá, encaminhámos o processo {ref} para a equipa técnica e entraremos em contacto. Apoio ao Cliente Vetrino",
}

FIXED = {
    "it": "Gentile cliente, la pratica {ref} è stata risolta. Ci scusiamo per il disagio. Assistenza Vetrino",
    "de": "Guten Tag, Ihr Fall {ref} ist erledigt. Entschuldigen Sie die Unannehmlichkeiten. Ihr Vetrino Kundenservice",
    "en": "Hello, case {ref} is now resolved. Sorry for the trouble. Vetrino Customer Care",
    "fr": "Bonjour, le dossier {ref} est résolu. Toutes nos excuses. Service client Vetrino",
    "es": "Hola, el caso {ref} esta resuelto. Disculpa las molestias. Atencion al cliente Vetrino",
    "pt": "Olá, o processo {ref} está resolvido. Pedimos desculpa. Apoio ao Cliente Vetrino",
}

SORTED = {
    "it": "Confermo, ora è tutto a posto ({ref}). Grazie",
    "de": "Kann bestätigen, jetzt passt alles ({ref}). Danke",
    "en": "All sorted now ({ref}), thanks for getting it done",
    "fr": "C'est réglé ({ref}), merci",
    "es": "Confirmo que ya esta todo bien ({ref}), gracias",
    "pt": "Confirmo, já está tudo resolvido ({ref}). Obrigado",
}

APOLOGY = {
    "it": "Scusate per il messaggio di ieri, ero arrabbiato. Il vostro collega in chat è stato gentile.",
    "de": "Sorry für meinen Ton gestern, war einfach genervt. Danke für die Geduld.",
    "en": "Sorry about my rant yesterday, bad day. Your chat guy was lovely.",
    "fr": "Désolée pour mon message d'hier, j'étais énervée. Merci pour votre patience.",
    "es": "Perdon por el mensaje de ayer, estaba de mal humor. Gracias por la paciencia.",
    "pt": "Desculpem a mensagem de ontem, estava irritado. Obrigado pela paciencia.",
}

SARCASM = {
    "it": "Wow, la app Vetrino mi avvisa che il bucato è finito... 40 minuti dopo. Tecnologia 🙃",
    "de": "Toll, die App meldet 'Programm beendet' eine Stunde nachdem ich die Wäsche schon aufgehängt hab 🙃",
    "en": "Love how the Vetrino app tells me the wash is done an hour after I've hung it out. Genius 🙃",
    "fr": "Génial, l'appli me prévient que le lavage est fini une heure après 🙃",
    "es": "Que bien, la app me avisa de que ha terminado la lavadora una hora despues 🙃",
    "pt": "Que maravilha, a app avisa que a maquina acabou uma hora depois 🙃",
}

# Six steps from lukewarm to done.
SLIDE = {
    "it": [
        "La macchina del caffè ultimamente è un po' lenta a scaldare",
        "Un po' delusa, il caffè non è più buono come prima",
        "Sinceramente comincio a stufarmi, ogni settimana un problema",
        "Il servizio Vetrino è peggiorato tantissimo, non rispondete più",
        "Sono davvero furiosa. Un elettrodomestico da 900 euro che non funziona",
        "Basta, ne ho abbastanza. Sto guardando le macchine {comp}",
    ],
    "de": [
        "Die Spülmaschine braucht in letzter Zeit etwas länger",
        "Bin etwas enttäuscht, die Teller werden nicht mehr richtig sauber",
        "Langsam reicht es mir, ständig ist irgendwas",
        "Der Vetrino Service ist deutlich schlechter geworden",
        "Ich bin richtig sauer. Teures Gerät und nichts funktioniert",
        "Mir reicht's. Ich schaue mir jetzt {comp} an",
    ],
    "en": [
        "Washer's been a bit slow lately",
        "Bit disappointed, clothes aren't coming out as clean",
        "Getting fed up now, something every week",
        "Vetrino's service has really gone downhill",
        "Honestly furious. £800 machine and it barely works",
        "Had enough. Looking at {comp} instead",
    ],
    "fr": [
        "Le four chauffe un peu lentement ces temps-ci",
        "Un peu déçu, les gâteaux ne cuisent plus pareil",
        "Je commence à en avoir marre, toujours un souci",
        "Le service Vetrino s'est vraiment dégradé",
        "Franchement furieux. Un four à 700 € qui marche à moitié",
        "J'en ai assez. Je regarde chez {comp}",
    ],
    "es": [
        "La lavadora ultimamente va un poco lenta",
        "Algo decepcionada, la ropa no sale tan limpia",
        "Empiezo a estar harta, cada semana algo",
        "El servicio de Vetrino ha empeorado muchisimo",
        "Estoy muy enfadada. 700 euros de lavadora que no funciona",
        "Ya esta, me canse. Mirando lavadoras {comp}",
    ],
    "pt": [
        "A maquina de cafe anda um pouco lenta",
        "Um pouco desiludido, o cafe ja nao sabe igual",
        "Estou a ficar farto, todas as semanas algo",
        "O serviço da Vetrino piorou imenso",
        "Estou mesmo furioso. Maquina cara e nao funciona",
        "Chega. Vou ver as maquinas {comp}",
    ],
}

CANCEL_ASK = {
    "it": "Vi chiedo di disdire Vetrino Protect e chiudere il mio account. Non rinnovate più nulla.",
    "de": "Bitte kündigen Sie mein Vetrino Protect und löschen Sie mein Kundenkonto.",
    "en": "Please cancel my Vetrino Protect plan and close my account. I don't want it renewed.",
    "fr": "Merci de résilier mon Vetrino Protect et de fermer mon compte.",
    "es": "Quiero dar de baja Vetrino Protect y cerrar mi cuenta, por favor.",
    "pt": "Quero cancelar o Vetrino Protect e fechar a minha conta, por favor.",
}

GRUMPY = {
    "it": [
        "Il cestello fa rumore, come al solito",
        "Consegna in ritardo, che novità",
        "la app è lenta, come sempre",
    ],
    "de": ["Trommel klappert, wie immer", "Lieferung zu spät, was sonst", "App lahm wie immer"],
    "en": ["Drum rattling again, typical", "Late delivery, what a surprise", "app slow as usual"],
    "fr": [
        "Le tambour fait du bruit, comme d'hab",
        "Livraison en retard, quelle surprise",
        "appli lente comme toujours",
    ],
    "es": [
        "El tambor hace ruido, como siempre",
        "Entrega tarde, que novedad",
        "la app lenta como siempre",
    ],
    "pt": [
        "O tambor faz barulho, como sempre",
        "Entrega atrasada, que novidade",
        "app lenta como sempre",
    ],
}

PURCHASES = [
    ("Vetrino Protect 12 mesi", "89.00"),
    ("Filtro anticalcare x3", "24.90"),
    ("Lavatrice Vetrino L8", "649.00"),
    ("Macchina caffè Vetrino Barista", "429.00"),
    ("Guarnizione porta lavastoviglie", "18.50"),
    ("Forno Vetrino F60", "699.00"),
]
PAGES = [
    "/it/lavatrici",
    "/de/spuelmaschinen",
    "/en/protect",
    "/fr/fours",
    "/es/cafeteras",
    "/pt/pecas",
    "/app/help",
]

# Vetrino Business.
B2B_PROBLEMS = {
    "response_time": {
        "it": "Il contratto prevede intervento entro 24 ore. La lavastoviglie professionale è ferma da 3 giorni ({ref}) e il ristorante lava a mano. Inaccettabile.",
        "de": "Laut Wartungsvertrag 24h Reaktionszeit. Unsere Profi-Waschmaschine steht seit drei Tagen ({ref}). Das ist nicht akzeptabel.",
        "en": "Our contract says 24-hour response. The commercial dishwasher has been down three days ({ref}) and we're washing by hand in service.",
        "fr": "Le contrat prévoit 24h d'intervention. Notre lave-vaisselle pro est en panne depuis 3 jours ({ref}).",
        "es": "El contrato dice respuesta en 24 horas. El lavavajillas industrial lleva 3 dias parado ({ref}).",
        "pt": "O contrato prevê resposta em 24 horas. A maquina profissional está parada ha 3 dias ({ref}).",
    },
    "invoice_entity": {
        "it": "Le fatture ({ref}) sono ancora intestate alla vecchia società. Il commercialista non può registrarle. Terza richiesta.",
        "de": "Die Rechnungen ({ref}) laufen immer noch auf die falsche Firma. Die Buchhaltung kann nichts verbuchen.",
        "en": "Invoices ({ref}) are still made out to the wrong company entity. Our accounts team can't process them.",
        "fr": "Les factures ({ref}) sont toujours au nom de la mauvaise société. La compta bloque tout.",
        "es": "Las facturas ({ref}) siguen a nombre de la sociedad equivocada. Contabilidad no puede pagarlas.",
        "pt": "As faturas ({ref}) continuam em nome da empresa errada. A contabilidade não as aceita.",
    },
    "tickets_closed": {
        "it": "Nel portale Vetrino Business i ticket ({ref}) vengono chiusi come 'risolti' senza che nessun tecnico sia venuto.",
        "de": "Im Vetrino Business Portal werden unsere Tickets ({ref}) geschlossen, ohne dass ein Techniker da war.",
        "en": "Tickets in the Vetrino Business portal ({ref}) keep getting closed as 'resolved' without anyone visiting.",
        "fr": "Sur le portail Vetrino Business, nos tickets ({ref}) sont clos sans aucune visite.",
        "es": "En el portal Vetrino Business cierran los tickets ({ref}) como resueltos sin que venga nadie.",
        "pt": "No portal Vetrino Business os tickets ({ref}) são fechados sem nenhuma visita.",
    },
    "maintenance_skipped": {
        "it": "La manutenzione programmata delle lavatrici della lavanderia ({ref}) è saltata per il secondo trimestre di fila.",
        "de": "Die geplante Wartung unserer Waschsalon-Maschinen ({ref}) ist das zweite Quartal in Folge ausgefallen.",
        "en": "Scheduled maintenance on our launderette machines ({ref}) was skipped for the second quarter running.",
        "fr": "La maintenance prévue de nos machines de laverie ({ref}) a sauté pour le deuxième trimestre.",
        "es": "El mantenimiento de las maquinas de la lavanderia ({ref}) se ha saltado por segundo trimestre.",
        "pt": "A manutenção programada das maquinas da lavandaria ({ref}) falhou pelo segundo trimestre seguido.",
    },
}

B2B_STILL_QUOTES = {
    "it": "RE: {ref} - ancora niente di risolto. Stiamo chiedendo preventivi ad altri fornitori.",
    "de": "AW: {ref} - nach wie vor nichts gelöst. Wir holen jetzt Angebote anderer Anbieter ein.",
    "en": "RE: {ref} - still nothing fixed. We are now getting quotes from other suppliers.",
    "fr": "RE : {ref} - toujours rien. Nous demandons des devis à d'autres fournisseurs.",
    "es": "RE: {ref} - sigue sin resolverse. Estamos pidiendo presupuestos a otros proveedores.",
    "pt": "RES: {ref} - continua sem solução. Estamos a pedir orçamentos a outros fornecedores.",
}

B2B_MILD = {
    "it": "Piccola cosa: nel PDF della fattura il nome della sede è tagliato. Nulla di grave.",
    "de": "Kleinigkeit: auf der Rechnungs-PDF ist der Standortname abgeschnitten. Nicht dramatisch.",
    "en": "Minor thing: the site name gets cut off on the invoice PDF. Not urgent.",
    "fr": "Détail : le nom du site est coupé sur le PDF de facture. Rien de grave.",
    "es": "Una cosa menor: en el PDF de la factura se corta el nombre del local. Nada urgente.",
    "pt": "Pormenor: no PDF da fatura o nome do local aparece cortado. Nada de grave.",
}

B2B_ROUTINE = {
    "it": "Buongiorno, potete mandarci il calendario delle manutenzioni del prossimo trimestre?",
    "de": "Guten Tag, können Sie uns den Wartungsplan fürs nächste Quartal schicken?",
    "en": "Morning, could you send over next quarter's maintenance schedule?",
    "fr": "Bonjour, pouvez-vous nous envoyer le planning de maintenance du trimestre ?",
    "es": "Buenos dias, nos podeis enviar el calendario de mantenimiento del trimestre?",
    "pt": "Bom dia, podem enviar o calendário de manutenção do próximo trimestre?",
}

B2B_ANSWER = {
    "it": "Buongiorno, in allegato il calendario. Cordiali saluti, Vetrino Business",
    "de": "Guten Tag, anbei der Wartungsplan. Freundliche Grüße, Vetrino Business",
    "en": "Morning, schedule attached. Best regards, Vetrino Business",
    "fr": "Bonjour, voici le planning en pièce jointe. Cordialement, Vetrino Business",
    "es": "Buenos dias, adjuntamos el calendario. Saludos, Vetrino Business",
    "pt": "Bom dia, segue o calendário em anexo. Cumprimentos, Vetrino Business",
}

B2B_PRAISE = {
    "it": "Tecnico arrivato in 4 ore per il forno della cucina, servizio impeccabile",
    "de": "Techniker war in 4 Stunden da, genau so stellt man sich Service vor",
    "en": "Engineer out within 4 hours for the combi oven, exactly what we pay for",
    "fr": "Technicien venu en 4h pour le four de la cuisine, impeccable",
    "es": "El tecnico vino en 4 horas por el horno, servicio de diez",
    "pt": "Tecnico veio em 4 horas para o forno, serviço impecável",
}

B2B_PURCHASES = [
    ("Contratto manutenzione Pro 12 mesi", "2400.00"),
    ("Lavastoviglie professionale P900", "4890.00"),
    ("Kit guarnizioni Pro", "210.00"),
]

# The planted spike: the app loses the machine after a firmware push (error VH-417).
SPIKE = {
    "it": [
        "L'app Vetrino Home dice 'Macchina offline - errore VH-417' e non riesco ad avviare la lavatrice. Da stamattina.",
        "errore VH-417 sull'app, la lavatrice non si collega più. Anche a voi??",
    ],
    "de": [
        "Vetrino Home App zeigt 'Gerät offline – Fehler VH-417', Waschmaschine lässt sich nicht starten",
        "Fehler VH-417 seit heute früh, App findet die Maschine nicht mehr. Bei euch auch?",
    ],
    "en": [
        "Vetrino Home app says 'Machine offline - error VH-417', can't start my wash",
        "anyone else getting VH-417 on the Vetrino app this morning? washer just shows offline",
    ],
    "fr": [
        "L'appli Vetrino Home affiche 'Machine hors ligne - erreur VH-417', impossible de lancer le lavage",
        "erreur VH-417 ce matin, l'appli ne voit plus le lave-linge. Vous aussi ?",
    ],
    "es": [
        "La app Vetrino Home pone 'Maquina desconectada - error VH-417' y no puedo poner la lavadora",
        "error VH-417 esta mañana, la app no encuentra la lavadora. A alguien mas le pasa?",
    ],
    "pt": [
        "A app Vetrino Home diz 'Maquina offline - erro VH-417' e não consigo ligar a maquina",
        "erro VH-417 esta manha, a app já não encontra a maquina. Mais alguem?",
    ],
}

SPIKE_STILL = {
    "it": "ancora VH-417, ho riavviato il router e la lavatrice, niente",
    "de": "immer noch VH-417, Router und Maschine neu gestartet, nichts",
    "en": "still VH-417, rebooted router and washer, nothing",
    "fr": "toujours VH-417, box et machine redémarrées, rien",
    "es": "sigue el VH-417, reiniciado router y lavadora, nada",
    "pt": "continua o VH-417, reiniciei router e maquina, nada",
}

SPIKE_FIXED = {
    "it": "Gentile cliente, il problema VH-417 dell'app è stato risolto con un aggiornamento. Ci scusiamo. Vetrino",
    "de": "Guten Tag, der Fehler VH-417 ist mit einem Update behoben. Entschuldigung, Ihr Vetrino Team",
    "en": "Hello, the VH-417 app issue has been fixed with an update. Apologies, Vetrino",
    "fr": "Bonjour, le souci VH-417 est corrigé par une mise à jour. Toutes nos excuses, Vetrino",
    "es": "Hola, el error VH-417 se ha corregido con una actualizacion. Disculpas, Vetrino",
    "pt": "Olá, o erro VH-417 foi corrigido com uma atualização. As nossas desculpas, Vetrino",
}
