# ruff: noqa: E501
"""Wording of heldout267 (Lastrelo: patio, driveway and terrace cleaning visits)."""

from __future__ import annotations

LANGS = ("de", "pt", "en", "es", "fr", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)

T = dict[str, list[str]]

PRAISE: T = {
    "de": [
        "Die Einfahrt ist nach dem Lastrelo-Besuch kaum wiederzuerkennen, das Moos in den Fugen ist komplett weg.",
        "Terrasse gereinigt und neu verfugt, die Nachbarn haben schon gefragt wer das war. Lastrelo natürlich!",
        "Schon wieder so ein ordentlicher Trupp, zweimal im Jahr mit Lastrelo Care lohnt sich echt.",
        "Pünktlich um acht da, leise Maschine, alles abgespritzt und sauber hinterlassen. Danke Lastrelo",
    ],
    "pt": [
        "O pátio ficou impecável, nem parece o mesmo chão. Obrigado Lastrelo!",
        "Vieram limpar a entrada da garagem e ainda selaram as juntas, trabalho muito bem feito.",
        "Terceira visita com o plano Lastrelo Care e continuo contente, equipa simpática e cuidadosa.",
        "A varanda de pedra estava preta de verdete, agora está clarinha. Recomendo a Lastrelo",
    ],
    "en": [
        "Driveway looks like the day it was laid, the block paving is actually red again. Cheers Lastrelo",
        "Lastrelo did the patio this morning, weeds gone, joints re-sanded, lovely job.",
    ],
    "es": [
        "La terraza ha quedado de lujo, ni rastro del verdín. Gracias Lastrelo",
        "Otra vez el mismo equipo, educados y rápidos. El plan Lastrelo Care merece la pena.",
    ],
    "fr": [
        "La terrasse en pierre est redevenue claire, travail soigné de l'équipe Lastrelo.",
        "Allée nettoyée et joints refaits, je suis ravie, merci Lastrelo",
    ],
    "it": [
        "Il vialetto sembra rifatto, muschio sparito. Bravi Lastrelo",
        "Terrazzo pulito e sigillato in mezza giornata, squadra gentilissima.",
    ],
}

GRIPE: T = {
    "de": [
        "Sehr gutes Ergebnis auf der Terrasse, nur der Termin kam per SMS erst am Vorabend. Sonst top.",
        "Einfahrt super sauber, allerdings stand der Wasserschlauch danach quer im Beet. Kleinigkeit.",
    ],
    "pt": [
        "Trabalho excelente no pátio, só a fatura demorou uma semana a chegar ao email.",
        "Ficou tudo limpo, apenas deixaram um bocado de areia no degrau da porta. De resto, nota máxima.",
    ],
    "en": ["Great result on the patio, only gripe is the arrival window was four hours wide."],
    "es": ["Muy buen trabajo, aunque me avisaron de la hora con poca antelación."],
    "fr": ["Résultat parfait, seul bémol : le créneau d'arrivée de quatre heures."],
    "it": ["Lavoro ottimo, solo la fattura è arrivata con qualche giorno di ritardo."],
}

QUESTION: T = {
    "de": [
        "Hallo, kann ich den Termin für die Terrasse um eine Woche schieben?",
        "Muss ich zu Hause sein, wenn ihr die Einfahrt macht, oder reicht offenes Tor?",
        "Wie lange sollte man nach dem Versiegeln nicht mit dem Auto drauf?",
    ],
    "pt": [
        "Boa tarde, preciso de estar em casa durante a limpeza do pátio?",
        "Quanto tempo depois de selar posso pôr os vasos outra vez na varanda?",
        "Olá, dá para acrescentar os degraus da entrada à próxima visita?",
    ],
    "en": ["Hi, do I need to move the garden furniture before the crew arrives?"],
    "es": ["Hola, ¿puedo cambiar la visita del jueves al sábado?"],
    "fr": ["Bonjour, faut-il que je sois présent pendant le nettoyage de l'allée ?"],
    "it": ["Ciao, posso spostare l'appuntamento di martedì alla settimana dopo?"],
}

ANSWER: T = {
    "de": ["Gern, das ist erledigt. Sie bekommen gleich eine Bestätigung. Viele Grüße, Lastrelo"],
    "pt": ["Claro, já ficou tratado. Vai receber a confirmação por email. Cumprimentos, Lastrelo"],
    "en": ["Of course, that's sorted. You'll get a confirmation shortly. Lastrelo support"],
    "es": ["Claro, ya está hecho. Recibirá la confirmación enseguida. Un saludo, Lastrelo"],
    "fr": ["Bien sûr, c'est fait. Vous recevrez une confirmation. Cordialement, Lastrelo"],
    "it": ["Certo, fatto. Riceverà a breve una conferma. Saluti, Lastrelo"],
}

THANKS: T = {
    "de": ["Super, danke!", "Perfekt, vielen Dank", "Danke für die schnelle Antwort"],
    "pt": ["Obrigada!", "Perfeito, muito obrigado", "Ótimo, obg"],
    "en": ["Brilliant, thanks"],
    "es": ["Genial, gracias"],
    "fr": ["Parfait, merci"],
    "it": ["Perfetto, grazie"],
}

PHONE_Q: T = {
    "de": [
        "ja hallo ich wollte fragen ob ihr auch Natursteinplatten macht also Sandstein und ob das extra kostet",
        "guten Tag ich hab Lastrelo Care und wollte wissen wann die zweite Reinigung dieses Jahr fällig ist",
    ],
    "pt": [
        "olá bom dia queria saber se também limpam telhados ou só o chão do pátio",
        "boa tarde tenho o plano Care e queria marcar a segunda limpeza antes do verão",
    ],
    "en": ["hi there just wondering if you do resin driveways as well as block paving"],
    "es": ["hola buenas quería saber si también limpian piedra natural o solo baldosa"],
    "fr": ["oui bonjour je voulais savoir si vous traitez aussi les dalles en pierre naturelle"],
    "it": ["buongiorno volevo sapere se pulite anche il porfido o solo le piastrelle"],
}

NIGHT: T = {
    "de": [
        "Nachtschicht vorbei, und als erstes sehe ich morgens die frisch gereinigte Einfahrt. Lastrelo, ihr seid gut."
    ],
    "pt": [
        "Turno da noite acabado e ainda fico a admirar o pátio limpinho ao luar, obrigado Lastrelo"
    ],
    "en": [
        "Can't sleep so I'm booking the spring patio clean on the Lastrelo app. Easiest thing I've done all week"
    ],
    "es": ["Insomnio y reservando la limpieza de la terraza con Lastrelo, qué fácil la app"],
    "fr": [
        "Insomnie, alors je réserve le nettoyage de la terrasse sur l'appli Lastrelo. Hyper simple"
    ],
    "it": [
        "Notte in bianco, ne approfitto per prenotare la pulizia del terrazzo su Lastrelo. Comodissimo"
    ],
}

NIGHT_Q: T = {
    "de": ["Kann ich den Termin morgen früh noch absagen wenn es regnet?"],
    "pt": ["Se chover amanhã de manhã a visita mantém-se?"],
    "en": ["If it rains tomorrow morning does the visit still go ahead?"],
    "es": ["Si llueve mañana por la mañana, ¿se mantiene la visita?"],
    "fr": ["S'il pleut demain matin, la visite est-elle maintenue ?"],
    "it": ["Se domattina piove la visita resta confermata?"],
}

NIGHT_A: T = {
    "de": ["Bei leichtem Regen arbeiten wir, bei Starkregen rufen wir Sie vorher an. Gute Nacht!"],
    "pt": ["Com chuva fraca trabalhamos; se for forte ligamos antes. Boa noite!"],
    "en": ["Light rain is fine for us; if it pours we'll ring you first. Good night!"],
    "es": ["Con lluvia ligera trabajamos; si llueve fuerte le llamamos antes. ¡Buenas noches!"],
    "fr": ["Par pluie légère nous intervenons ; en cas d'averse nous vous appelons. Bonne nuit !"],
    "it": ["Con pioggia leggera lavoriamo; se diluvia la chiamiamo prima. Buonanotte!"],
}

SURVEY_WORD: T = {
    "de": ["Top", "Sehr gut", ""],
    "pt": ["Excelente", "Muito bom", ""],
    "en": ["Spot on", ""],
    "es": ["Genial", ""],
    "fr": ["Très bien", ""],
    "it": ["Ottimo", ""],
}

PROBLEMS = ("no_show", "stains", "double_charge", "plan_price")

COMPLAINT: dict[str, T] = {
    "no_show": {
        "de": [
            "Ich habe den ganzen Vormittag frei genommen, der Trupp ist NICHT gekommen und in der App steht 'erledigt'. Was soll das?",
            "Termin heute 8-12 Uhr, niemand da, kein Anruf. In der App ist die Reinigung als abgeschlossen markiert. Unglaublich.",
            "Schon wieder umsonst gewartet: kein Team, keine Nachricht, aber 'Auftrag erledigt'. Ich will eine Erklärung.",
        ],
        "pt": [
            "Tirei a manhã de folga e a equipa NÃO apareceu, mas na app diz 'concluído'. Isto é brincadeira?",
            "Visita marcada das 8h às 12h, ninguém veio, ninguém ligou, e a limpeza aparece como feita.",
            "Esperei a manhã inteira por nada. A app diz que o pátio foi limpo. Não foi.",
        ],
        "en": [
            "Took the morning off, nobody turned up, and the app says the clean is COMPLETED. Not impressed."
        ],
        "es": [
            "Me cogí la mañana libre, no vino nadie y la app dice que el trabajo está HECHO. Vaya tela."
        ],
        "fr": [
            "J'ai posé ma matinée, personne n'est venu et l'appli indique 'terminé'. C'est une blague ?"
        ],
        "it": [
            "Ho preso la mattina libera, non è venuto nessuno e l'app dice 'completato'. Assurdo."
        ],
    },
    "stains": {
        "de": [
            "Nach der Reinigung sind auf der hellen Sandsteinterrasse dunkle Flecken, offenbar vom Reinigungsmittel. Vorher war da nichts.",
            "Ihre Leute haben mit zu viel Druck gearbeitet, jetzt sind die Fugen ausgewaschen und die Platten fleckig.",
        ],
        "pt": [
            "Depois da limpeza o pátio ficou com manchas escuras na pedra clara. Antes não havia nada disto.",
            "A máquina tinha pressão a mais, as juntas ficaram abertas e o chão todo manchado.",
        ],
        "en": [
            "Since your crew jet-washed the sandstone there are dark blotches all over it. They weren't there before."
        ],
        "es": [
            "Después de la limpieza la piedra clara de la terraza tiene manchas oscuras. Antes no estaban."
        ],
        "fr": [
            "Depuis le nettoyage, la terrasse en pierre claire a des taches sombres. Il n'y en avait pas avant."
        ],
        "it": [
            "Dopo la pulizia il terrazzo in pietra chiara è pieno di macchie scure. Prima non c'erano."
        ],
    },
    "double_charge": {
        "de": [
            "Die Reinigung vom Dienstag wurde ZWEIMAL von meiner Karte abgebucht, 189 € jeweils. Bitte sofort zurück.",
            "Doppelte Abbuchung für eine einzige Einfahrtreinigung. Mein Konto ist jetzt im Minus.",
        ],
        "pt": [
            "Cobraram DUAS vezes a mesma limpeza, 189 € cada. Quero o dinheiro de volta já.",
            "Vejo dois débitos iguais no cartão para uma só visita. Fiquei com a conta a descoberto.",
        ],
        "en": [
            "You've charged my card TWICE for one driveway clean, £165 each time. Refund the second one please."
        ],
        "es": ["Me habéis cobrado DOS veces la misma limpieza, 189 € cada una. Devolvedme uno ya."],
        "fr": ["Vous m'avez débité DEUX fois le même nettoyage, 189 € chacun. Remboursez-moi."],
        "it": ["Mi avete addebitato DUE volte la stessa pulizia, 189 € ciascuna. Rimborsatemi."],
    },
    "plan_price": {
        "de": [
            "Ich bin Lastrelo-Care-Mitglied, wurde aber zum normalen Preis abgerechnet. Das sind 60 € zu viel.",
            "Wofür zahle ich das Care-Abo, wenn die Rechnung trotzdem den vollen Preis zeigt?",
        ],
        "pt": [
            "Sou cliente do Lastrelo Care e cobraram-me o preço normal. São 60 € a mais.",
            "Pago o plano Care todos os meses e a fatura veio com o preço cheio. Não percebo.",
        ],
        "en": ["I'm on Lastrelo Care but got billed the full non-member price. That's £50 extra."],
        "es": ["Soy del plan Lastrelo Care y me han cobrado la tarifa normal. 60 € de más."],
        "fr": ["Je suis abonnée Lastrelo Care et on m'a facturé le plein tarif. 60 € de trop."],
        "it": [
            "Sono abbonato Lastrelo Care ma mi avete fatto pagare il prezzo pieno. 60 € in più."
        ],
    },
}

PHONE_COMPLAINT: dict[str, T] = {
    "no_show": {
        "de": [
            "ja hallo ich hab heute den ganzen Morgen gewartet es ist niemand gekommen und in der App steht erledigt das kann doch nicht sein"
        ],
        "pt": [
            "olá estive a manhã toda à espera ninguém apareceu e a app diz que está concluído isto não pode ser"
        ],
        "en": [
            "hi yeah nobody came this morning and the app says the job's done i took the morning off for this"
        ],
        "es": [
            "hola mire he esperado toda la mañana no ha venido nadie y en la app pone que está hecho"
        ],
        "fr": [
            "bonjour j'ai attendu toute la matinée personne n'est venu et l'appli dit que c'est terminé"
        ],
        "it": [
            "buongiorno ho aspettato tutta la mattina non è venuto nessuno e l'app dice completato"
        ],
    },
    "stains": {
        "de": [
            "guten Tag nach eurer Reinigung hat meine Sandsteinterrasse lauter dunkle Flecken das war vorher nicht so"
        ],
        "pt": [
            "boa tarde depois da vossa limpeza o pátio ficou cheio de manchas escuras antes não tinha nada"
        ],
        "en": [
            "hello after your lot cleaned the patio it's got dark stains everywhere it wasn't like that before"
        ],
        "es": ["buenas después de la limpieza la terraza tiene manchas oscuras por todas partes"],
        "fr": ["bonjour depuis votre nettoyage la terrasse est pleine de taches sombres"],
        "it": ["salve dopo la pulizia il terrazzo è pieno di macchie scure prima non c'erano"],
    },
    "double_charge": {
        "de": [
            "hallo ihr habt mir die Reinigung zweimal abgebucht zweimal 189 Euro und jetzt ist mein Konto im Minus"
        ],
        "pt": [
            "olá cobraram-me duas vezes a limpeza duas vezes 189 euros e fiquei com a conta a zeros"
        ],
        "en": ["hi you've taken the payment twice 165 pounds twice for one clean"],
        "es": ["hola me han cobrado dos veces la limpieza 189 euros dos veces"],
        "fr": ["bonjour vous m'avez prélevé deux fois 189 euros pour un seul nettoyage"],
        "it": ["buongiorno mi avete addebitato due volte 189 euro per una sola pulizia"],
    },
    "plan_price": {
        "de": [
            "ja guten Tag ich bin im Care Abo und die Rechnung hat den vollen Preis 60 Euro zu viel"
        ],
        "pt": ["bom dia tenho o plano Care e a fatura veio com o preço normal são 60 euros a mais"],
        "en": ["hi i'm on the care plan and the invoice has the full price on it"],
        "es": ["buenas tengo el plan Care y me han cobrado el precio normal"],
        "fr": ["bonjour je suis abonné Care et la facture est au plein tarif"],
        "it": ["buongiorno ho l'abbonamento Care e la fattura è a prezzo pieno"],
    },
}

SUBJ_COMPLAINT = {
    "de": "Beschwerde: {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
}
TOPIC = {
    "no_show": {
        "de": "Termin nicht erschienen",
        "pt": "visita não realizada",
        "en": "visit never happened",
        "es": "visita no realizada",
        "fr": "visite non effectuée",
        "it": "visita non effettuata",
    },
    "stains": {
        "de": "Flecken auf der Terrasse",
        "pt": "manchas no pátio",
        "en": "stains on patio",
        "es": "manchas en la terraza",
        "fr": "taches sur la terrasse",
        "it": "macchie sul terrazzo",
    },
    "double_charge": {
        "de": "doppelte Abbuchung",
        "pt": "cobrança duplicada",
        "en": "charged twice",
        "es": "cobro duplicado",
        "fr": "double prélèvement",
        "it": "doppio addebito",
    },
    "plan_price": {
        "de": "falscher Preis trotz Care",
        "pt": "preço errado com plano Care",
        "en": "wrong price on Care plan",
        "es": "precio erróneo con Care",
        "fr": "mauvais tarif abonné",
        "it": "prezzo sbagliato con Care",
    },
}
SUBJ_CASE = {
    "de": "AW: Vorgang {case}",
    "pt": "RE: Pedido {case}",
    "en": "Re: Your case {case}",
    "es": "RE: Incidencia {case}",
    "fr": "RE : Demande {case}",
    "it": "R: Segnalazione {case}",
}

LETTER: T = {
    "de": [
        "Sehr geehrtes Lastrelo-Team,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, wo ich meinen Vater jede Woche hinbringe, seit er im Frühjahr gestürzt ist. Wir haben sein Haus so umgebaut, dass er ohne Stufen in den Garten kommt, und die Terrasse war das Letzte, was noch fehlte. Deshalb habe ich Sie gebucht.\n\n{complaint}\n\nIch verstehe, dass etwas schiefgehen kann, aber ich erwarte, dass sich jemand meldet. Ich bin seit drei Jahren Kundin und habe Sie oft weiterempfohlen.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo zusammen,\n\nkurz vorweg: Wir haben gerade das Haus meiner Schwiegereltern übernommen, die Kinder haben Ferien, und ich sitze abends mit dem Laptop auf der Treppe, weil im Wohnzimmer noch Kartons stehen. Die Einfahrt sollte vor der Einweihungsfeier fertig sein.\n\n{complaint}\n\nBitte melden Sie sich bald, die Feier ist in zehn Tagen.\n\nViele Grüße\n{name}",
    ],
    "pt": [
        "Boa tarde,\n\nescrevo-vos do carro, à porta da escola de música da minha filha, porque é o único momento calmo da semana. Estamos a recuperar a casa da minha avó em Sintra e o pátio de pedra era a parte de que ela mais gostava; queria que estivesse bonito para o aniversário dela.\n\n{complaint}\n\nSou cliente há dois anos e sempre vos recomendei aos vizinhos. Espero uma resposta rápida.\n\nCumprimentos,\n{name}",
        "Olá,\n\nentre dois turnos no hospital, tento finalmente tratar disto. A nossa casa está à venda e a agência pediu-nos para arranjar a entrada e o pátio antes das visitas.\n\n{complaint}\n\nAs visitas começam na próxima semana. Preciso que isto se resolva.\n\nObrigada,\n{name}",
    ],
    "en": [
        "Hello,\n\nI'm writing this on the train home; we've spent every weekend since Easter getting Mum's bungalow ready to sell, and the patio was the last job.\n\n{complaint}\n\nI've recommended you to half the street. Please sort it.\n\nRegards,\n{name}"
    ],
    "es": [
        "Hola,\n\nos escribo desde la sala de espera del dentista de mi hijo; estamos reformando la casa del pueblo de mis padres y la terraza era lo último.\n\n{complaint}\n\nLlevo años con vosotros. Espero respuesta pronto.\n\nUn saludo,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis le banc du club de foot de mon fils ; nous préparons la maison de mes beaux-parents pour l'été.\n\n{complaint}\n\nJe suis cliente depuis longtemps. Merci de me répondre vite.\n\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del veterinario; stiamo sistemando la casa di mia nonna e il terrazzo era l'ultima cosa.\n\n{complaint}\n\nSono cliente da anni. Attendo una risposta.\n\n{name}"
    ],
}

CASE_OPENED: T = {
    "de": [
        "Es tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns innerhalb von 24 Stunden. Ihr Lastrelo-Team"
    ],
    "pt": [
        "Lamentamos muito. Abrimos o pedido {case} e voltamos a contactá-lo em 24 horas. Equipa Lastrelo"
    ],
    "en": [
        "Sorry about this. We've opened case {case} and will be back to you within 24 hours. Lastrelo"
    ],
    "es": [
        "Lo sentimos. Hemos abierto la incidencia {case} y le responderemos en 24 horas. Lastrelo"
    ],
    "fr": ["Nous sommes désolés. La demande {case} est ouverte, retour sous 24 heures. Lastrelo"],
    "it": [
        "Ci dispiace. Abbiamo aperto la segnalazione {case}, la ricontattiamo entro 24 ore. Lastrelo"
    ],
}
ESCALATED: T = {
    "de": [
        "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "pt": [
        "O seu pedido {case} passou para a nossa responsável de qualidade, que lhe liga até sexta ao almoço."
    ],
    "en": [
        "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "es": [
        "Su incidencia {case} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía."
    ],
    "fr": [
        "Votre demande {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "it": [
        "La sua segnalazione {case} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo."
    ],
}
GOOD_NEWS: T = {
    "de": [
        "Gute Nachrichten zu {case}: Das ist behoben. Können Sie uns kurz bestätigen, dass alles passt?"
    ],
    "pt": ["Boas notícias sobre {case}: está resolvido. Pode confirmar-nos que ficou tudo bem?"],
    "en": ["Good news on {case}: it's fixed. Could you confirm everything is fine now?"],
    "es": ["Buenas noticias sobre {case}: está resuelto. ¿Nos confirma que todo está bien?"],
    "fr": [
        "Bonne nouvelle pour {case} : c'est réglé. Pouvez-vous nous confirmer que tout va bien ?"
    ],
    "it": ["Buone notizie su {case}: è risolto. Può confermarci che è tutto a posto?"],
}
CONFIRM: T = {
    "de": [
        "Bestätige: {case} ist erledigt, danke.",
        "Ja, passt jetzt ({case}). Danke für die Mühe.",
    ],
    "pt": ["Confirmo, {case} está resolvido. Obrigado.", "Sim, já está tudo certo com o {case}."],
    "en": ["Confirmed, {case} is sorted. Thanks."],
    "es": ["Confirmado, {case} resuelto. Gracias."],
    "fr": ["Confirmé, {case} est réglé. Merci."],
    "it": ["Confermo, {case} risolto. Grazie."],
}
APOLOGY: T = {
    "de": [
        "Entschuldigung für meinen Ton gestern, war ein langer Tag. Danke, dass Sie sich kümmern.",
        "Sorry wegen gestern, ich war echt sauer. Jetzt ist alles gut.",
    ],
    "pt": [
        "Peço desculpa pelo tom de ontem, estava muito cansada. Obrigada pela ajuda.",
        "Desculpem o desabafo de ontem, já está tudo bem.",
    ],
    "en": ["Sorry for snapping yesterday, long day. Thanks for sorting it."],
    "es": ["Perdón por el tono de ayer, estaba agotado. Gracias por resolverlo."],
    "fr": ["Désolé pour mon ton hier, longue journée. Merci d'avoir réglé ça."],
    "it": ["Scusate per il tono di ieri, giornataccia. Grazie per l'aiuto."],
}
STILL_OPEN: T = {
    "de": [
        "Vorgang {case} ist immer noch offen, niemand hat sich gemeldet.",
        "Zu {case}: Es hat sich nichts getan. Wie lange noch?",
    ],
    "pt": [
        "O pedido {case} continua aberto, ninguém me contactou.",
        "Sobre o {case}: continua tudo na mesma. Até quando?",
    ],
    "en": ["Case {case} is still open and nobody has called."],
    "es": ["La incidencia {case} sigue abierta y nadie me ha llamado."],
    "fr": ["La demande {case} est toujours ouverte, personne ne m'a rappelé."],
    "it": ["La segnalazione {case} è ancora aperta, nessuno mi ha richiamato."],
}
THIRD: T = {
    "de": [
        "Dritter Versuch wegen {case}. Mein Nachbar hat {comp}, die kommen am selben Tag nochmal raus."
    ],
    "pt": [
        "Terceira vez por causa do {case}. Fui ver quanto cobra a {comp} e começo a pensar nisso."
    ],
    "en": ["Third time about {case}. A friend uses {comp} and they'd have been back the same day."],
    "es": ["Tercera vez por {case}. Un vecino tiene {comp} y se lo arreglan en el día."],
    "fr": ["Troisième fois pour {case}. Ma voisine passe par {comp}, eux reviennent le jour même."],
    "it": ["Terza volta per {case}. Un collega usa {comp} e gliel'hanno sistemato in giornata."],
}
FOURTH: T = {
    "de": ["Zum VIERTEN Mal: {case} ist nicht gelöst."],
    "pt": ["Pela QUARTA vez: o {case} não está resolvido."],
    "en": ["FOURTH time: {case} is still not fixed."],
    "es": ["Por CUARTA vez: {case} sigue sin resolver."],
    "fr": ["Pour la QUATRIÈME fois : {case} n'est pas réglé."],
    "it": ["Per la QUARTA volta: {case} non è risolto."],
}
URGENT: T = {
    "de": ["Ich habe das zu {case} hinzugefügt und als dringend markiert."],
    "pt": ["Acrescentei ao pedido {case} e marquei como urgente."],
    "en": ["I've added this to {case} and marked it urgent."],
    "es": ["Lo he añadido a {case} y marcado como urgente."],
    "fr": ["Ajouté à {case}, marqué urgent."],
    "it": ["Aggiunto a {case} e segnato come urgente."],
}

SLIDE: T = {
    "de": [
        "Team kam diesmal zwei Stunden später als angekündigt, ohne Anruf. Ergebnis ok.",
        "Die Fugen sind nach drei Wochen schon wieder grün. Letztes Jahr hielt das länger.",
        "Jetzt soll ich für jeden Termin ein Foto der Fläche vorab hochladen? Umständlich.",
        "Rechnung kam mit Anfahrtspauschale, die es vorher nie gab. Niemand hat das angekündigt.",
        "Jetzt reicht es: 35 € 'Entsorgungsgebühr' für Moos, das auf dem Kompost gelandet ist. Frechheit.",
        "Meine Schwester hat {comp}, die machen das ohne Gebühren. Hab dort schon mal angefragt.",
    ],
    "pt": [
        "Desta vez a equipa chegou duas horas atrasada e sem avisar. O trabalho ficou razoável.",
        "As juntas já estão verdes outra vez passadas três semanas. No ano passado durava mais.",
        "Agora temos de enviar fotografia do pátio antes de cada visita? Que complicação.",
        "A fatura trouxe uma taxa de deslocação que nunca existiu. Ninguém avisou.",
        "Chega: 35 € de 'taxa de resíduos' por musgo que ficou no meu compostor. Vergonha.",
        "A minha irmã usa a {comp}, sem taxas nenhumas. Já pedi orçamento lá.",
    ],
    "en": [
        "Crew turned up two hours late this time, no call. Job was fine.",
        "Joints are green again after three weeks. Last year it lasted much longer.",
        "Now I have to upload a photo of the patio before every visit? Faff.",
        "Invoice had a call-out fee that never existed before. Nobody mentioned it.",
        "That's it: a £30 'waste fee' for moss that went on MY compost heap. Cheek.",
        "My sister uses {comp}, no fees at all. I've asked them for a quote.",
    ],
    "es": [
        "Esta vez el equipo llegó dos horas tarde y sin avisar. El trabajo, normal.",
        "Las juntas ya están verdes otra vez a las tres semanas. El año pasado duraba más.",
        "¿Ahora hay que mandar foto de la terraza antes de cada visita? Qué lío.",
        "La factura trae una tasa de desplazamiento que nunca existió.",
        "Ya está bien: 35 € de 'tasa de residuos' por un musgo que acabó en MI compostera.",
        "Mi hermana tiene {comp}, sin tasas. Ya les he pedido presupuesto.",
    ],
    "fr": [
        "L'équipe est arrivée avec deux heures de retard, sans prévenir. Travail correct.",
        "Les joints sont déjà verts au bout de trois semaines. L'an dernier ça tenait plus.",
        "Il faut maintenant envoyer une photo avant chaque visite ? Pénible.",
        "La facture a des frais de déplacement qui n'existaient pas.",
        "Ça suffit : 35 € de 'frais de déchets' pour de la mousse restée dans MON compost.",
        "Ma sœur passe par {comp}, sans frais. J'ai demandé un devis.",
    ],
    "it": [
        "Questa volta la squadra è arrivata con due ore di ritardo, senza avvisare. Lavoro discreto.",
        "Le fughe sono di nuovo verdi dopo tre settimane. L'anno scorso durava di più.",
        "Ora bisogna mandare una foto prima di ogni visita? Che seccatura.",
        "In fattura c'è un costo di uscita che prima non c'era.",
        "Basta: 35 € di 'smaltimento' per il muschio finito nel MIO compost.",
        "Mia sorella usa {comp}, niente costi extra. Ho chiesto un preventivo.",
    ],
}

LEAVE: T = {
    "de": [
        "Wir ziehen in eine Wohnung ohne Garten. Bitte Lastrelo Care kündigen und mein Konto schließen.",
        "Wir haben uns selbst einen Hochdruckreiniger gekauft. Ich möchte Lastrelo Care kündigen und das Konto auflösen.",
    ],
    "pt": [
        "Vamos mudar para um apartamento sem pátio. Quero cancelar o Lastrelo Care e fechar a conta.",
        "Comprámos uma máquina de pressão própria. Por favor cancelem o plano Care e encerrem a minha conta.",
    ],
    "en": [
        "We're moving to a flat with no garden. Please cancel my Lastrelo Care plan and close the account."
    ],
    "es": ["Nos mudamos a un piso sin terraza. Quiero cancelar Lastrelo Care y cerrar la cuenta."],
    "fr": [
        "Nous déménageons dans un appartement sans jardin. Merci de résilier Lastrelo Care et de fermer mon compte."
    ],
    "it": [
        "Ci trasferiamo in un appartamento senza giardino. Vorrei disdire Lastrelo Care e chiudere l'account."
    ],
}
SORRY_GO: T = {
    "de": [
        "Schade, dass Sie gehen. Sie können Care selbst in der App oder auf der Website kündigen."
    ],
    "pt": ["Temos pena que saia. Pode cancelar o Care na app ou no site."],
    "en": ["Sorry to see you go. You can cancel Care yourself in the app or on the website."],
    "es": ["Sentimos que se vaya. Puede cancelar Care en la app o en la web."],
    "fr": ["Dommage de vous voir partir. Vous pouvez résilier Care dans l'appli ou sur le site."],
    "it": ["Ci dispiace. Può disdire Care dall'app o dal sito."],
}
GRUMBLE: T = {
    "de": [
        "Die App loggt mich jedes Mal aus. Nervig.",
        "Warum kommt die Terminerinnerung um 6 Uhr morgens?",
        "Das Zeitfenster von vier Stunden ist einfach zu lang.",
        "Die Rechnung als PDF ist kaum lesbar.",
    ],
    "pt": [
        "A app faz logout sempre que a fecho. Irritante.",
        "Porque é que o lembrete chega às 6 da manhã?",
        "Janela de quatro horas para a visita é demasiado.",
        "O PDF da fatura mal se lê.",
    ],
    "en": ["App logs me out every single time.", "Why does the reminder text come at 6am?"],
    "es": [
        "La app me cierra sesión cada vez.",
        "¿Por qué llega el recordatorio a las 6 de la mañana?",
    ],
    "fr": ["L'appli me déconnecte à chaque fois.", "Pourquoi le rappel arrive à 6 h du matin ?"],
    "it": ["L'app mi disconnette ogni volta.", "Perché il promemoria arriva alle 6 di mattina?"],
}
SARCASM: T = {
    "de": [
        "Toll, die 'Express'-Reinigung kam pünktlich zum Gewitter 👏",
        "Danke für die Erinnerungs-SMS um 5:58, Wecker brauche ich jetzt keinen mehr 😂",
    ],
    "pt": [
        "Adorei a limpeza 'expresso' a começar mesmo antes da trovoada 👏",
        "Obrigado pela SMS às 5:58, já nem preciso de despertador 😂",
    ],
    "en": ["Love that the 'express' clean started right as the thunderstorm hit 👏"],
    "es": ["Genial la limpieza 'exprés' justo cuando empezó la tormenta 👏"],
    "fr": ["Super, le nettoyage 'express' pile au début de l'orage 👏"],
    "it": ["Fantastica la pulizia 'express' proprio all'inizio del temporale 👏"],
}
MILD: T = {
    "de": ["Die Terminauswahl zeigt manchmal Zeiten, die dann nicht buchbar sind."],
    "pt": ["A escolha de horário mostra às vezes horas que depois não dá para marcar."],
    "en": ["The slot picker sometimes shows times you can't actually book."],
    "es": ["El selector de horas a veces muestra huecos que no se pueden reservar."],
    "fr": ["Le choix de créneau affiche parfois des heures non réservables."],
    "it": ["La scelta dell'orario a volte mostra fasce non prenotabili."],
}
MILD_A: T = {
    "de": ["Danke für den Hinweis, wir geben das weiter."],
    "pt": ["Obrigado pelo aviso, vamos passar à equipa."],
    "en": ["Thanks for flagging, we've passed it on."],
    "es": ["Gracias por avisar, lo trasladamos al equipo."],
    "fr": ["Merci du signalement, nous transmettons."],
    "it": ["Grazie della segnalazione, la inoltriamo."],
}

SPIKE: T = {
    "de": [
        "Kann meinen Termin in der App nicht verschieben, Fehler {code}. Was ist da los?",
        "Button 'Termin verschieben' geht nicht, immer {code}",
        "{code} beim Umbuchen, auch nach Neuinstallation",
    ],
    "pt": [
        "Não consigo remarcar a visita na app, dá erro {code}.",
        "O botão de reagendar não funciona, aparece sempre {code}",
        "Erro {code} ao mudar a data da limpeza, mesmo depois de reinstalar",
    ],
    "en": ["Can't move my visit in the app, error {code}. What's going on?"],
    "es": ["No puedo cambiar la visita en la app, error {code}."],
    "fr": ["Impossible de déplacer ma visite dans l'appli, erreur {code}."],
    "it": ["Non riesco a spostare la visita dall'app, errore {code}."],
}
SPIKE_AGAIN: T = {
    "de": ["Immer noch {code}, jetzt auch auf dem Handy meiner Frau."],
    "pt": ["Continua {code}, agora também no telemóvel do meu marido."],
    "en": ["Still {code}, on my partner's phone too."],
    "es": ["Sigue {code}, también en el móvil de mi pareja."],
    "fr": ["Toujours {code}, aussi sur le téléphone de mon conjoint."],
    "it": ["Ancora {code}, anche sul telefono di mia moglie."],
}
SPIKE_CHAT_A: T = {
    "de": ["Ja, das Umbuchen in der App klappt gerade nirgends, die Technik ist dran."],
    "pt": [
        "Sim, remarcar na app está a falhar para todos neste momento, a equipa técnica já está a tratar."
    ],
    "en": [
        "Yes, rescheduling in the app is failing for everyone right now, our engineers are on it."
    ],
    "es": ["Sí, cambiar citas en la app falla ahora mismo para todos, ya están en ello."],
    "fr": ["Oui, le report dans l'appli échoue pour tout le monde, nos équipes sont dessus."],
    "it": ["Sì, lo spostamento in app non funziona per nessuno, i tecnici ci stanno lavorando."],
}
SPIKE_FIXED: T = {
    "de": [
        "Das Umbuchen funktioniert seit {time} Uhr wieder. Als Entschuldigung haben wir 10 € gutgeschrieben."
    ],
    "pt": ["Remarcar voltou a funcionar desde as {time}. Creditámos 10 € como pedido de desculpa."],
    "en": ["Rescheduling works again since {time}. We've added a £9 credit to say sorry."],
    "es": ["Cambiar citas funciona de nuevo desde las {time}. Le abonamos 10 € por las molestias."],
    "fr": ["Le report fonctionne à nouveau depuis {time}. 10 € crédités pour la gêne."],
    "it": ["Lo spostamento funziona di nuovo dalle {time}. Le abbiamo accreditato 10 €."],
}
LONE_Q: T = {
    "de": [
        "Gestern Abend zeigte die App beim Verschieben kurz eine Sanduhr, dann ging es doch. Ist mein neuer Termin gespeichert?"
    ],
    "pt": [
        "Ontem à noite a app ficou uns segundos a carregar ao remarcar, mas depois deu. A nova data ficou gravada?"
    ],
    "en": [
        "Last night the app spun for a bit when I moved my visit, then it worked. Is the new date saved?"
    ],
    "es": [
        "Anoche la app tardó un poco al cambiar la cita, pero funcionó. ¿Se guardó la nueva fecha?"
    ],
    "fr": [
        "Hier soir l'appli a mouliné en déplaçant ma visite, puis c'est passé. La date est enregistrée ?"
    ],
    "it": [
        "Ieri sera l'app ha caricato un po' quando ho spostato la visita, poi è andata. È salvata?"
    ],
}
LONE_A: T = {
    "de": ["Ja, Ihr neuer Termin ist gespeichert."],
    "pt": ["Sim, a nova data está gravada."],
    "en": ["Yes, the new date is saved."],
    "es": ["Sí, la nueva fecha está guardada."],
    "fr": ["Oui, la nouvelle date est enregistrée."],
    "it": ["Sì, la nuova data è salvata."],
}

B2B_PROBLEMS = ("invoice", "portal", "missed_site")
B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "de": [
            "Die Rechnungen für unsere Objekte kommen ohne Bestellnummer, unsere Buchhaltung kann sie nicht zahlen.",
            "Wieder Rechnungen ohne PO-Nummer. So kommen wir nicht weiter.",
        ],
        "pt": [
            "As faturas dos nossos condomínios chegam sem número de encomenda e a contabilidade não as consegue pagar.",
            "Mais faturas sem número de PO. Assim não dá.",
        ],
        "en": [
            "Your invoices for our sites arrive without a PO number, so accounts can't pay them."
        ],
        "es": ["Las facturas de nuestras fincas llegan sin número de pedido."],
        "fr": ["Vos factures pour nos sites arrivent sans numéro de commande."],
        "it": ["Le vostre fatture per i nostri siti arrivano senza numero d'ordine."],
    },
    "portal": {
        "de": [
            "Im Kundenportal sehen wir keine geplanten Reinigungen mehr, wir können nichts freigeben.",
            "Portal zeigt seit Tagen keine Einsätze. Unsere Hausmeister wissen nicht, wann Sie kommen.",
        ],
        "pt": [
            "No portal de clientes já não aparecem as limpezas planeadas, não conseguimos aprovar nada.",
            "O portal não mostra intervenções há dias. Os porteiros não sabem quando vêm.",
        ],
        "en": ["The business portal shows no planned cleans, we can't approve anything."],
        "es": ["El portal no muestra limpiezas programadas."],
        "fr": ["Le portail n'affiche plus aucun nettoyage planifié."],
        "it": ["Il portale non mostra più le pulizie programmate."],
    },
    "missed_site": {
        "de": [
            "Der Hotelparkplatz wurde laut Plan gestern gereinigt, war er aber nicht. Gäste beschweren sich.",
            "Auch diese Woche kein Team auf dem Parkplatz, obwohl im Vertrag wöchentlich steht.",
        ],
        "pt": [
            "O parque de estacionamento do hotel devia ter sido limpo ontem e não foi. Os hóspedes queixam-se.",
            "Esta semana outra vez ninguém no parque, e o contrato diz semanal.",
        ],
        "en": ["The hotel car park was due a clean yesterday and nobody came."],
        "es": ["El aparcamiento del hotel debía limpiarse ayer y no vino nadie."],
        "fr": ["Le parking de l'hôtel devait être nettoyé hier, personne n'est venu."],
        "it": ["Il parcheggio dell'hotel doveva essere pulito ieri, non è venuto nessuno."],
    },
}
B2B_FOLLOW: T = {
    "de": ["Wie {first} schon am {day} geschrieben hat ({case}): {complaint}"],
    "pt": ["Como a {first} já escreveu na {day} ({case}): {complaint}"],
    "en": ["As {first} wrote on {day} ({case}): {complaint}"],
    "es": ["Como ya escribió {first} el {day} ({case}): {complaint}"],
    "fr": ["Comme {first} l'a écrit {day} ({case}) : {complaint}"],
    "it": ["Come ha già scritto {first} {day} ({case}): {complaint}"],
}
B2B_LAST: T = {
    "de": [
        "{case}: Nichts ist gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "pt": [
        "{case}: nada resolvido, vários colegas já escreveram. As compras já pediram preços à {comp}."
    ],
    "en": [
        "{case}: nothing fixed, several colleagues have written. Procurement has asked {comp} for rates."
    ],
    "es": [
        "{case}: nada resuelto, varios compañeros han escrito. Compras ya ha pedido precios a {comp}."
    ],
    "fr": [
        "{case} : rien n'est réglé, plusieurs collègues ont écrit. Les achats ont demandé un tarif à {comp}."
    ],
    "it": [
        "{case}: niente risolto, diversi colleghi hanno scritto. Gli acquisti hanno chiesto prezzi a {comp}."
    ],
}
B2B_SUGGEST: T = {
    "de": ["Vorschlag: Einsatzberichte mit Fotos vorher/nachher pro Objekt im Portal."],
    "pt": ["Sugestão: relatórios de cada intervenção com fotos antes e depois no portal."],
    "en": ["Suggestion: before/after photos per site in the portal reports."],
    "es": ["Sugerencia: fotos de antes y después por finca en el portal."],
    "fr": ["Suggestion : photos avant/après par site dans le portail."],
    "it": ["Suggerimento: foto prima/dopo per ogni sito nel portale."],
}
WEEKDAY = {
    "de": "Mittwoch",
    "pt": "quarta-feira",
    "en": "Wednesday",
    "es": "miércoles",
    "fr": "mercredi",
    "it": "mercoledì",
}
