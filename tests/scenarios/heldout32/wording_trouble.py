# ruff: noqa: E501
"""Hand-written wording of Netvero's customers in trouble (heldout32, report only).

Placeholders: {at}, {amount}, {case}, {spoken_case}, {topic}, {competitor},
{first}, {title}, {agent}, {town}, {complaint}; the writer's gender as [[fem|masc]].
"""

from __future__ import annotations

PROBLEMS = ("no_internet", "late_router", "double_charge", "technician", "refund", "slow_speed")

# Amount in EUR a problem's text names ({amount}), if any.
AMOUNTS = {"double_charge": "34.90", "refund": "59.00"}

TOPIC: dict[str, dict[str, str]] = {
    "pt": {
        "no_internet": "sem internet há dias",
        "late_router": "router nunca chegou",
        "double_charge": "fatura cobrada duas vezes",
        "technician": "técnico não apareceu",
        "refund": "reembolso em falta",
        "slow_speed": "velocidade muito abaixo do contratado",
    },
    "de": {
        "no_internet": "seit Tagen kein Internet",
        "late_router": "Router nie angekommen",
        "double_charge": "doppelt abgebucht",
        "technician": "Techniker nicht erschienen",
        "refund": "Erstattung fehlt",
        "slow_speed": "Geschwindigkeit weit unter Vertrag",
    },
    "en": {
        "no_internet": "no internet for days",
        "late_router": "router never arrived",
        "double_charge": "charged twice",
        "technician": "engineer no-show",
        "refund": "refund missing",
        "slow_speed": "speed nowhere near the plan",
    },
    "es": {
        "no_internet": "sin internet desde hace días",
        "late_router": "el router no llega",
        "double_charge": "cobro duplicado",
        "technician": "el técnico no vino",
        "refund": "reembolso pendiente",
        "slow_speed": "velocidad muy por debajo",
    },
    "fr": {
        "no_internet": "plus d'internet depuis des jours",
        "late_router": "box jamais reçue",
        "double_charge": "prélevé deux fois",
        "technician": "technicien absent",
        "refund": "remboursement manquant",
        "slow_speed": "débit très en dessous",
    },
    "it": {
        "no_internet": "senza internet da giorni",
        "late_router": "modem mai arrivato",
        "double_charge": "addebito doppio",
        "technician": "tecnico non pervenuto",
        "refund": "rimborso mancante",
        "slow_speed": "velocità molto sotto il contratto",
    },
}

SHORT: dict[str, dict[str, list[str]]] = {
    "pt": {
        "no_internet": [
            "Estou SEM INTERNET desde sábado. Três dias! Reiniciei o router mil vezes, a luz fica vermelha. Trabalho de casa, isto não pode ser {at}",
            "{at} vão resolver isto ou não?? Sem net desde domingo e no apoio dizem «estamos a verificar». A verificar o quê??",
        ],
        "late_router": [
            "Encomendei o router há 12 dias, o tracking diz «em trânsito» desde dia 3 e ninguém sabe de nada. Estou a pagar fibra que não uso",
            "Onde está o meu router {at}?! Duas semanas e NADA. Tracking parado",
        ],
        "double_charge": [
            "Cobraram-me a fatura DUAS vezes este mês, {amount} + {amount}. Quero o dinheiro de volta já",
            "Vejam lá isso {at}: débito duplicado de {amount}. Fiquei com a conta a zeros antes do fim do mês",
        ],
        "technician": [
            "Tirei o dia de folga para receber o técnico das 9h às 13h. Não apareceu, ninguém ligou. Estou furios[[a|o]]",
            "Segunda vez que o técnico da {at} não aparece. Dia de trabalho perdido. Inacreditável",
        ],
        "refund": [
            "Devolvi o repetidor há três semanas e o reembolso de {amount} ainda não caiu. Já enviei o comprovativo dos CTT duas vezes",
            "Então e o meu reembolso, {at}? {amount}, devolução feita há 21 dias. Ninguém responde",
        ],
        "slow_speed": [
            "Pago fibra 500 e tenho 40 Mbps. QUARENTA. Fiz o teste com cabo, à noite é ainda pior",
            "{at} a velocidade que me dão é uma anedota. 500 no contrato, 35 na realidade",
        ],
    },
    "de": {
        "no_internet": [
            "Seit Samstag KEIN INTERNET. Drei Tage! Router neu gestartet, Lampe bleibt rot. Ich arbeite im Homeoffice, so geht das nicht {at}",
            "{at} wird das noch was?? Seit Sonntag offline und die Hotline sagt nur «wir prüfen». Was denn bitte??",
        ],
        "late_router": [
            "Router vor 12 Tagen bestellt, Sendungsverfolgung steht seit dem 3. auf «unterwegs» und keiner weiß was. Ich zahle für Glasfaser, die ich nicht nutzen kann",
            "Wo ist mein Router {at}?! Zwei Wochen und NICHTS. Tracking hängt",
        ],
        "double_charge": [
            "Ihr habt mir die Rechnung ZWEIMAL abgebucht, {amount} und nochmal {amount}. Ich will das Geld sofort zurück",
            "Hallo {at}, doppelte Abbuchung von {amount}. Mein Konto ist jetzt im Minus, danke auch",
        ],
        "technician": [
            "Extra Urlaub genommen für den Technikertermin 8-12 Uhr. Keiner kam, keiner rief an. Ich bin stinksauer",
            "Zum zweiten Mal ist der {at} Techniker nicht gekommen. Wieder ein Arbeitstag weg. Unfassbar",
        ],
        "refund": [
            "Mesh Repeater vor drei Wochen zurückgeschickt, die Erstattung von {amount} ist immer noch nicht da. Beleg zweimal geschickt",
            "Wo bleibt meine Erstattung {at}? {amount}, Rücksendung vor 21 Tagen. Keine Antwort",
        ],
        "slow_speed": [
            "Ich zahle für 500 Mbit und bekomme 40. VIERZIG. Mit Kabel gemessen, abends noch schlimmer",
            "{at} die Geschwindigkeit ist ein Witz. 500 im Vertrag, 35 in echt",
        ],
    },
    "en": {
        "no_internet": [
            "NO INTERNET since Saturday. Three days! Restarted the router a hundred times, light stays red. I work from home {at}, this is a joke"
        ],
        "late_router": [
            "Ordered the router 12 days ago, tracking stuck on in transit since the 3rd, nobody knows anything. Paying for fibre I can't use"
        ],
        "double_charge": [
            "You've charged me TWICE this month, {amount} and {amount} again. Want it back now"
        ],
        "technician": [
            "Took the day off for the engineer 8-12. Nobody came, nobody rang. Absolutely fuming"
        ],
        "refund": [
            "Sent the mesh extender back three weeks ago and still no sign of my {amount} refund. Sent proof of postage twice"
        ],
        "slow_speed": [
            "Paying for 500 and getting 40. FORTY. Tested on cable, evenings even worse"
        ],
    },
    "es": {
        "no_internet": [
            "SIN INTERNET desde el sábado. ¡Tres días! El router con la luz roja. Teletrabajo {at}, esto no puede ser"
        ],
        "late_router": [
            "Pedí el router hace 12 días, el seguimiento parado en «en tránsito» y nadie sabe nada"
        ],
        "double_charge": [
            "Me habéis cobrado la factura DOS veces, {amount} y otra vez {amount}. Quiero mi dinero ya"
        ],
        "technician": [
            "Me cogí el día libre para el técnico de 9 a 13. No vino ni llamó. Estoy furios[[a|o]]"
        ],
        "refund": [
            "Devolví el repetidor hace tres semanas y el reembolso de {amount} sigue sin llegar"
        ],
        "slow_speed": ["Pago 500 megas y me llegan 40. CUARENTA. Con cable"],
    },
    "fr": {
        "no_internet": [
            "PLUS D'INTERNET depuis samedi. Trois jours ! La box reste rouge. Je suis en télétravail {at}, c'est inadmissible"
        ],
        "late_router": [
            "Box commandée il y a 12 jours, le suivi bloqué sur «en transit» depuis le 3, personne ne sait rien"
        ],
        "double_charge": [
            "Vous m'avez prélevé DEUX FOIS ce mois-ci, {amount} et encore {amount}. Je veux être remboursé[[e|]] tout de suite"
        ],
        "technician": [
            "Journée posée pour le technicien 8h-12h. Personne, aucun appel. Je suis FURIEU[[SE|X]]"
        ],
        "refund": [
            "Répéteur renvoyé il y a trois semaines, toujours pas de remboursement de {amount}"
        ],
        "slow_speed": ["Je paie la fibre 500 et j'ai 40 Mb/s. QUARANTE. En filaire"],
    },
    "it": {
        "no_internet": [
            "SENZA INTERNET da sabato. Tre giorni! Il modem resta rosso. Lavoro da casa {at}, così non va"
        ],
        "late_router": [
            "Ordinato il modem 12 giorni fa, tracking fermo su «in transito» dal 3 e nessuno sa niente"
        ],
        "double_charge": [
            "Mi avete addebitato la fattura DUE volte, {amount} e ancora {amount}. Rivoglio i soldi subito"
        ],
        "technician": [
            "Preso ferie per il tecnico 9-13. Non è venuto nessuno, nessuna chiamata. Sono furios[[a|o]]"
        ],
        "refund": [
            "Ho reso il ripetitore tre settimane fa e il rimborso di {amount} non è ancora arrivato"
        ],
        "slow_speed": ["Pago 500 mega e ne ho 40. QUARANTA. Col cavo"],
    },
}

PHONE: dict[str, dict[str, str]] = {
    "pt": {
        "no_internet": "estou sem internet desde sábado o router está com a luz vermelha já reiniciei tudo e nada preciso disto para trabalhar",
        "late_router": "encomendei o router há quase duas semanas e o seguimento está parado ninguém me diz nada",
        "double_charge": "cobraram me a fatura duas vezes este mês e eu quero o dinheiro de volta",
        "technician": "tinha o técnico marcado para hoje de manhã tirei o dia e ele não apareceu nem ligou",
        "refund": "devolvi o repetidor há três semanas e o reembolso ainda não chegou",
        "slow_speed": "eu pago a fibra de quinhentos e a velocidade não passa dos quarenta isto não está certo",
    },
    "de": {
        "no_internet": "ich hab seit samstag kein internet die lampe am router ist rot ich hab alles neu gestartet und nichts ich brauch das für die arbeit",
        "late_router": "ich hab den router vor fast zwei wochen bestellt und die sendung hängt keiner sagt mir was",
        "double_charge": "sie haben mir die rechnung zweimal abgebucht und ich möchte das geld zurück",
        "technician": "der techniker sollte heute vormittag kommen ich hab extra frei genommen und er ist nicht gekommen",
        "refund": "ich hab den repeater vor drei wochen zurückgeschickt und die erstattung ist immer noch nicht da",
        "slow_speed": "ich zahle für fünfhundert und krieg vierzig raus das kann doch nicht sein",
    },
    "en": {
        "no_internet": "i've had no internet since saturday the light on the router's red i've restarted it loads and nothing i need it for work",
        "late_router": "i ordered the router nearly two weeks ago and the tracking's stuck nobody can tell me anything",
        "double_charge": "you've taken the bill twice this month and i want it back",
        "technician": "the engineer was booked for this morning i took the day off and nobody turned up",
        "refund": "i sent the extender back three weeks ago and the refund still hasn't come through",
        "slow_speed": "i'm paying for five hundred and getting forty it's not right",
    },
    "es": {
        "no_internet": "llevo sin internet desde el sábado la luz del router está en rojo y ya lo he reiniciado todo",
        "late_router": "pedí el router hace casi dos semanas y el seguimiento está parado",
        "double_charge": "me han cobrado la factura dos veces este mes y quiero que me lo devuelvan",
        "technician": "tenía el técnico esta mañana me cogí el día y no vino nadie",
        "refund": "devolví el repetidor hace tres semanas y no me ha llegado el reembolso",
        "slow_speed": "pago quinientos megas y me llegan cuarenta",
    },
    "fr": {
        "no_internet": "je n'ai plus internet depuis samedi la box est rouge j'ai tout redémarré et rien",
        "late_router": "j'ai commandé la box il y a presque deux semaines et le suivi est bloqué",
        "double_charge": "vous m'avez prélevé la facture deux fois ce mois-ci je veux être remboursé",
        "technician": "le technicien devait venir ce matin j'ai posé ma journée et personne",
        "refund": "j'ai renvoyé le répéteur il y a trois semaines et toujours pas de remboursement",
        "slow_speed": "je paie pour cinq cents et j'ai quarante",
    },
    "it": {
        "no_internet": "sono senza internet da sabato il modem è rosso ho riavviato tutto e niente",
        "late_router": "ho ordinato il modem quasi due settimane fa e il tracking è fermo",
        "double_charge": "mi avete addebitato la fattura due volte questo mese e rivoglio i soldi",
        "technician": "il tecnico doveva venire stamattina ho preso ferie e non è venuto nessuno",
        "refund": "ho reso il ripetitore tre settimane fa e il rimborso non è arrivato",
        "slow_speed": "pago cinquecento mega e ne arrivano quaranta",
    },
}

# Long e-mails with the complaint inside a letter about something else.
LONG: dict[str, list[str]] = {
    "pt": [
        "Bom dia,\n\nescrevo-vos com alguma paciência que ainda me resta. A minha mãe foi operada à anca na semana passada e estou a ficar com ela em {town} para a ajudar, o que quer dizer que trabalho a partir de lá e que a internet é a única forma de não perder o emprego. {complaint}\n\nJá liguei, já escrevi, e a cada vez explico tudo de novo. Não peço nada de especial, só que resolvam. A minha mãe até já pergunta se eu não devia mudar de operador.\n\nCumprimentos,\n{first}",
        "Olá,\n\nacabámos de nos mudar para {town} com dois miúdos pequenos, caixas por todo o lado, e a única coisa que eu pensava estar garantida era a internet. {complaint}\n\nO mais novo acorda às 5h e eu às 6 já estou ao computador. Preciso que isto funcione, por favor.\n\n{first}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nmein Vater liegt seit letzter Woche im Krankenhaus in {town}, meine Schwester und ich wechseln uns mit den Besuchen ab und ich arbeite dazwischen von seiner Wohnung aus. {complaint}\n\nIch habe bereits angerufen und geschrieben und muss jedes Mal alles neu erklären. Ich erwarte nichts Besonderes, nur dass es endlich funktioniert.\n\nMit freundlichen Grüßen\n{first}",
        "Hallo,\n\nwir sind gerade mit zwei kleinen Kindern nach {town} gezogen, überall Kisten, und das Einzige, worauf ich mich verlassen wollte, war das Internet. {complaint}\n\nDie Kleine wacht um 5 auf, ich sitze um 6 am Rechner. Bitte kümmern Sie sich darum.\n\nViele Grüße\n{first}",
    ],
    "en": [
        "Hi,\n\nmy dad's in hospital in {town} since last week and my sister and I are taking turns, so I'm working from his flat in between. {complaint}\n\nI've rung and written and every time I have to explain it all again. I'm not asking for anything special, just for it to work.\n\nThanks,\n{first}"
    ],
    "es": [
        "Hola:\n\nnos acabamos de mudar a {town} con dos niños pequeños y lo único que daba por hecho era internet. {complaint}\n\nNecesito que esto funcione, por favor.\n\n{first}"
    ],
    "fr": [
        "Bonjour,\n\nmon père est hospitalisé à {town} depuis la semaine dernière, ma sœur et moi nous relayons et je travaille depuis chez lui entre deux visites. {complaint}\n\nJ'ai appelé, écrit, et je dois tout réexpliquer à chaque fois.\n\nCordialement,\n{first}"
    ],
    "it": [
        "Buongiorno,\n\nci siamo appena trasferiti a {town} con due bimbi piccoli e l'unica cosa che davo per scontata era internet. {complaint}\n\nHo bisogno che funzioni, per favore.\n\n{first}"
    ],
}

SUBJ_COMPLAINT = {
    "pt": "Reclamação: {topic}",
    "de": "Reklamation: {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
}
SUBJ_CASE = {
    "pt": "Processo {case}",
    "de": "Fall {case}",
    "en": "Case {case}",
    "es": "Caso {case}",
    "fr": "Dossier {case}",
    "it": "Pratica {case}",
}
REPLY = {"pt": "RE: ", "de": "AW: ", "en": "RE: ", "es": "RE: ", "fr": "RE : ", "it": "R: "}

# The same problem raised again, still open; {case}.
FOLLOW: dict[str, list[str]] = {
    "pt": [
        "Processo {case}: continua TUDO igual. {topic_cap}. Disseram-me que iam tratar e até agora nada",
        "Volto a escrever sobre o processo {case}. Ainda não está resolvido, {topic}. Quanto tempo mais?",
        "Mais uma vez: {case}, {topic}. Ninguém me dá uma resposta a sério",
    ],
    "de": [
        "Fall {case}: IMMER NOCH nichts passiert. {topic_cap}. Mir wurde gesagt, man kümmert sich",
        "Ich schreibe nochmal wegen Fall {case}. Immer noch nicht gelöst: {topic}. Wie lange noch?",
        "Nochmal zu {case}: {topic}, und keiner meldet sich",
    ],
    "en": [
        "Case {case}: STILL nothing. {topic_cap}. I was told it would be sorted",
        "Writing again about {case}, still not fixed: {topic}",
    ],
    "es": [
        "Caso {case}: SIGUE igual. {topic_cap}. Me dijeron que lo mirarían",
        "Vuelvo a escribir por el caso {case}, sigue sin resolverse: {topic}",
    ],
    "fr": [
        "Dossier {case} : TOUJOURS rien. {topic_cap}. On m'avait dit que ce serait réglé",
        "Je réécris pour le dossier {case}, toujours pas résolu : {topic}",
    ],
    "it": [
        "Pratica {case}: ANCORA niente. {topic_cap}. Mi avevano detto che se ne occupavano",
        "Riscrivo per la pratica {case}, ancora non risolto: {topic}",
    ],
}

THIRD: dict[str, str] = {
    "pt": "É a TERCEIRA vez que vos contacto pelo processo {case}: {topic}. Se amanhã não estiver resolvido vou para a {competitor}",
    "de": "Das ist jetzt das DRITTE Mal wegen Fall {case}: {topic}. Wenn das bis morgen nicht gelöst ist, gehe ich zu {competitor}",
    "en": "THIRD time contacting you about {case}: {topic}. If it's not fixed by tomorrow I'm going to {competitor}",
    "es": "Es la TERCERA vez que escribo por el caso {case}: {topic}. Si mañana no está, me voy a {competitor}",
    "fr": "C'est la TROISIÈME fois pour le dossier {case} : {topic}. Si ce n'est pas réglé demain je pars chez {competitor}",
    "it": "È la TERZA volta che vi contatto per la pratica {case}: {topic}. Se domani non è risolto passo a {competitor}",
}

FOURTH: dict[str, str] = {
    "pt": "QUARTA vez. Processo {case}. {topic_cap}. Já nem sei o que dizer, estou exaust[[a|o]]",
    "de": "Zum VIERTEN Mal. Fall {case}. {topic_cap}. Ich weiß nicht mehr, was ich noch sagen soll",
    "en": "FOURTH time. Case {case}. {topic_cap}. I honestly don't know what else to say",
    "es": "CUARTA vez. Caso {case}. {topic_cap}. Ya no sé qué más decir",
    "fr": "QUATRIÈME fois. Dossier {case}. {topic_cap}. Je ne sais plus quoi dire",
    "it": "QUARTA volta. Pratica {case}. {topic_cap}. Non so più cosa dire",
}

PHONE_FOLLOW: dict[str, str] = {
    "pt": "estou a ligar outra vez por causa do processo {spoken_case} continua sem estar resolvido",
    "de": "ich rufe nochmal an wegen fall {spoken_case} das ist immer noch nicht gelöst",
    "en": "i'm ringing again about case {spoken_case} it's still not sorted",
    "es": "llamo otra vez por el caso {spoken_case} sigue sin resolverse",
    "fr": "je rappelle pour le dossier {spoken_case} c'est toujours pas réglé",
    "it": "richiamo per la pratica {spoken_case} ancora non è risolto",
}

SPOKEN_CASE_WORD = {
    "pt": "ene vê",
    "de": "en fau",
    "en": "n v",
    "es": "ene uve",
    "fr": "enne vé",
    "it": "enne vu",
}

CASE_OPENED: dict[str, str] = {
    "pt": "Olá {first}, lamentamos muito. Abrimos o processo {case} ({topic}) e vamos dar-lhe notícias o mais depressa possível. {agent}",
    "de": "Guten Tag {title}, das tut uns leid. Wir haben den Fall {case} ({topic}) angelegt und melden uns so schnell wie möglich. {agent}",
    "en": "Hi {first}, really sorry about this. We've opened case {case} ({topic}) and will be back to you as soon as we can. {agent}",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto el caso {case} ({topic}) y te diremos algo lo antes posible. {agent}",
    "fr": "Bonjour {title}, nous sommes désolés. Le dossier {case} ({topic}) est ouvert, nous revenons vers vous au plus vite. {agent}",
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la pratica {case} ({topic}) e ti aggiorniamo il prima possibile. {agent}",
}

PASSED_ON: dict[str, str] = {
    "pt": "Olá {first}, o seu processo {case} foi passado à nossa equipa técnica e de faturação, que o vai contactar diretamente. {agent}",
    "de": "Guten Tag {title}, Ihr Fall {case} wurde an unser Technik- und Abrechnungsteam weitergegeben, das sich direkt bei Ihnen meldet. {agent}",
    "en": "Hi {first}, your case {case} has been passed on to our network and billing team, who will contact you directly. {agent}",
    "es": "Hola {first}, tu caso {case} ha pasado a nuestro equipo técnico y de facturación, que te contactará directamente. {agent}",
    "fr": "Bonjour {title}, votre dossier {case} a été transmis à notre équipe technique et facturation, qui vous recontactera. {agent}",
    "it": "Ciao {first}, la tua pratica {case} è passata al team tecnico e fatturazione, che ti contatterà direttamente. {agent}",
}

FIX: dict[str, dict[str, str]] = {
    "pt": {
        "no_internet": "a avaria na central da sua zona foi reparada e a ligação deve estar de volta",
        "late_router": "o router foi reenviado por estafeta e chega amanhã",
        "double_charge": "o débito em duplicado de {amount} foi devolvido",
        "technician": "marcámos nova visita para amanhã às 9h, com confirmação por SMS",
        "refund": "o reembolso de {amount} foi processado hoje",
        "slow_speed": "corrigimos o perfil da sua linha, deve ver já os 500 Mbps",
    },
    "de": {
        "no_internet": "die Störung im Verteiler in Ihrer Straße ist behoben, Ihr Anschluss sollte wieder laufen",
        "late_router": "der Router wurde per Express neu verschickt und kommt morgen",
        "double_charge": "die doppelte Abbuchung von {amount} wurde zurücküberwiesen",
        "technician": "ein neuer Termin ist morgen um 8 Uhr, mit SMS-Bestätigung",
        "refund": "die Erstattung von {amount} wurde heute angewiesen",
        "slow_speed": "wir haben das Profil Ihrer Leitung korrigiert, Sie sollten jetzt 500 Mbit sehen",
    },
    "en": {
        "no_internet": "the fault at your local cabinet is fixed and you should be back online",
        "late_router": "the router's been re-sent by courier and arrives tomorrow",
        "double_charge": "the duplicate {amount} has been refunded",
        "technician": "a new visit is booked for tomorrow at 8, confirmed by text",
        "refund": "the {amount} refund went out today",
        "slow_speed": "we've fixed your line profile, you should see the full 500 now",
    },
    "es": {
        "no_internet": "la avería de tu zona está reparada y deberías tener conexión",
        "late_router": "el router se ha reenviado por mensajero y llega mañana",
        "double_charge": "te hemos devuelto el cobro duplicado de {amount}",
        "technician": "hay nueva visita mañana a las 9, con SMS de confirmación",
        "refund": "el reembolso de {amount} se ha hecho hoy",
        "slow_speed": "hemos corregido el perfil de tu línea, ya deberías tener los 500",
    },
    "fr": {
        "no_internet": "la panne du répartiteur de votre quartier est réparée, la connexion devrait être revenue",
        "late_router": "la box a été renvoyée par coursier et arrive demain",
        "double_charge": "le prélèvement en double de {amount} a été remboursé",
        "technician": "un nouveau rendez-vous est fixé demain à 8h, confirmé par SMS",
        "refund": "le remboursement de {amount} est parti aujourd'hui",
        "slow_speed": "nous avons corrigé le profil de votre ligne, vous devriez avoir les 500",
    },
    "it": {
        "no_internet": "il guasto alla centralina della tua zona è risolto e la linea dovrebbe essere tornata",
        "late_router": "il modem è stato rispedito con corriere e arriva domani",
        "double_charge": "l'addebito doppio di {amount} è stato rimborsato",
        "technician": "c'è un nuovo appuntamento domani alle 9, con SMS di conferma",
        "refund": "il rimborso di {amount} è partito oggi",
        "slow_speed": "abbiamo corretto il profilo della linea, dovresti vedere i 500",
    },
}

GOOD_NEWS_SUBJ = {
    "pt": "Boas notícias sobre o processo {case}",
    "de": "Gute Nachricht zu Fall {case}",
    "en": "Good news on case {case}",
    "es": "Buenas noticias sobre el caso {case}",
    "fr": "Bonne nouvelle pour le dossier {case}",
    "it": "Buone notizie sulla pratica {case}",
}
GOOD_NEWS: dict[str, str] = {
    "pt": "Olá {first}, boas notícias sobre o processo {case}: {fix}. Pode confirmar-nos se ficou tudo bem? {agent}",
    "de": "Guten Tag {title}, gute Nachricht zu Fall {case}: {fix}. Können Sie uns kurz bestätigen, dass alles passt? {agent}",
    "en": "Hi {first}, good news on case {case}: {fix}. Could you confirm all's well? {agent}",
    "es": "Hola {first}, buenas noticias sobre el caso {case}: {fix}. ¿Nos confirmas que todo va bien? {agent}",
    "fr": "Bonjour {title}, bonne nouvelle pour le dossier {case} : {fix}. Pouvez-vous nous confirmer que tout va bien ? {agent}",
    "it": "Ciao {first}, buone notizie sulla pratica {case}: {fix}. Ci confermi che è tutto a posto? {agent}",
}

CONFIRM: dict[str, list[str]] = {
    "pt": [
        "Confirmo, processo {case} resolvido. Obrigad[[a|o]] {agent}",
        "Sim, já está tudo a funcionar ({case}). Obrigad[[a|o]] pela ajuda",
    ],
    "de": [
        "Bestätige, Fall {case} ist erledigt. Danke {agent}",
        "Ja, läuft wieder ({case}). Vielen Dank für die Hilfe",
    ],
    "en": ["Confirmed, case {case} sorted. Thanks {agent}"],
    "es": ["Confirmado, caso {case} resuelto. Gracias {agent}"],
    "fr": ["Je confirme, dossier {case} réglé. Merci {agent}"],
    "it": ["Confermo, pratica {case} risolta. Grazie {agent}"],
}

APOLOGY: dict[str, list[str]] = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava mesmo no limite. Obrigad[[a|o]] por terem resolvido",
        "Ontem passei-me um bocado, desculpem. Já está tudo bem, obrigad[[a|o]]",
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, ich war echt am Ende. Danke, dass es so schnell ging",
        "Sorry wegen gestern, war nicht persönlich gemeint. Läuft jetzt, danke",
    ],
    "en": ["Sorry for my tone yesterday, was at the end of my rope. Thanks for sorting it"],
    "es": ["Perdón por el tono de ayer, estaba al límite. Gracias por solucionarlo"],
    "fr": ["Désolé[[e|]] pour le ton d'hier, j'étais à bout. Merci d'avoir réglé ça"],
    "it": ["Scusate per il tono di ieri, ero esaust[[a|o]]. Grazie per aver risolto"],
}

LOW_WORDS: dict[str, list[str]] = {
    "pt": ["Péssimo", "ninguém resolve nada", ""],
    "de": ["Schlecht", "keiner kümmert sich", ""],
    "en": ["Rubbish", ""],
    "es": ["Fatal", ""],
    "fr": ["Nul", ""],
    "it": ["Pessimo", ""],
}

# The planted spike: mobile network down, phones on "SOS only", error NV-208 in the app.
SPIKE_REPORT: dict[str, list[str]] = {
    "pt": [
        "{at} o telemóvel está só com SOS desde as 8 e tal, sem rede nenhuma. A app diz «Serviço móvel indisponível (NV-208)». Passa-se alguma coisa?",
        "Alguém mais sem rede da {at}? Só SOS no ecrã, reiniciei duas vezes. Erro NV-208 na app",
        "Bom dia, estou sem rede móvel desde há meia hora, aparece SOS e na app o erro NV-208. Estou a escrever do wifi do escritório",
        "sem rede nenhuma no telemovel, so SOS, e a app da NV-208. o que se passa {at}??",
    ],
    "de": [
        "{at} seit kurz nach 9 kein Netz, nur SOS. App zeigt «Mobilfunk nicht verfügbar (NV-208)». Ist was los?",
        "Noch wer ohne Netz bei {at}? Nur Notrufe, zweimal neu gestartet. NV-208 in der App",
        "Guten Morgen, seit einer halben Stunde kein Mobilfunk, oben steht SOS, App sagt NV-208. Schreibe übers Büro-WLAN",
        "kein netz, nur SOS, app sagt NV-208. was ist los {at}??",
    ],
    "en": [
        "{at} no signal since just after 8, phone just says SOS. App shows NV-208 mobile service unavailable. Anything going on?",
        "Anyone else on {at} with no signal? SOS only, restarted twice. NV-208 in the app",
    ],
    "es": [
        "{at} sin cobertura desde las 9 y pico, solo SOS. La app dice NV-208 servicio móvil no disponible"
    ],
    "fr": [
        "{at} plus de réseau depuis 9h passées, que SOS. L'appli affiche NV-208 service mobile indisponible"
    ],
    "it": [
        "{at} niente rete dalle 9 passate, solo SOS. L'app dice NV-208 servizio mobile non disponibile"
    ],
}

SPIKE_REPEAT: dict[str, str] = {
    "pt": "Continua SOS, NV-208 outra vez. Tentei com outro telemóvel e o mesmo. E no chat ninguém responde",
    "de": "Immer noch SOS, wieder NV-208. Mit einem anderen Handy das Gleiche. Und im Chat antwortet keiner",
    "en": "Still SOS, still NV-208. Tried my other phone, same thing. Nobody answering on chat",
    "es": "Sigue en SOS, otra vez NV-208. Con otro móvil igual. Y en el chat nadie contesta",
    "fr": "Toujours SOS, toujours NV-208. Même chose avec un autre téléphone. Personne au chat",
    "it": "Ancora SOS, ancora NV-208. Con un altro telefono uguale. In chat non risponde nessuno",
}

SPIKE_FIXED: dict[str, str] = {
    "pt": "Olá {first}, a falha da rede móvel desta manhã (erro NV-208) está resolvida desde as 10h20. Pedimos desculpa; o dia de hoje não será cobrado. {agent}",
    "de": "Guten Tag {title}, die Mobilfunkstörung von heute Morgen (Fehler NV-208) ist seit 11:20 Uhr behoben. Entschuldigung; der heutige Tag wird nicht berechnet. {agent}",
    "en": "Hi {first}, this morning's mobile outage (error NV-208) has been fixed since 10:20. Sorry; today won't be charged. {agent}",
    "es": "Hola {first}, la caída de la red móvil de esta mañana (error NV-208) está resuelta desde las 11:20. Perdona; hoy no se cobrará. {agent}",
    "fr": "Bonjour {title}, la panne mobile de ce matin (erreur NV-208) est réglée depuis 11h20. Désolés ; la journée ne sera pas facturée. {agent}",
    "it": "Ciao {first}, il guasto della rete mobile di stamattina (errore NV-208) è risolto dalle 11:20. Scusaci; oggi non sarà addebitato. {agent}",
}
SPIKE_FIXED_SUBJ = {
    "pt": "Rede móvel reposta",
    "de": "Mobilfunk wieder verfügbar",
    "en": "Mobile service restored",
    "es": "Red móvil restablecida",
    "fr": "Réseau mobile rétabli",
    "it": "Rete mobile ripristinata",
}

# Two lone questions on the calm mornings before the spike, with the answer.
LONE: dict[str, tuple[str, str]] = {
    "pt": (
        "hoje de manha no comboio o telemovel ficou uns 2 minutos sem rede e depois voltou. é normal?",
        "Olá {first}, em alguns túneis da linha de Sintra a rede cai por instantes, é normal. Se acontecer fora daí diga-nos.",
    ),
    "de": (
        "heute morgen in der s-bahn hatte ich so 2 minuten kein netz, dann gings wieder. ist das normal?",
        "Guten Tag {title}, in einigen Tunnelabschnitten kann das kurz passieren, das ist normal. Wenn es woanders auftritt, melden Sie sich gern.",
    ),
}
