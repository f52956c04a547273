# ruff: noqa: E501
"""Wording of heldout234 (Grillaro: barbecue, pizza-oven and outdoor-kitchen care at home).

Written from the stories, blind: Portuguese and German first (two or three variants in
most tables), then English, French, Italian and Spanish. Placeholders in braces are
filled by the generator: case, comp, first, day, code.
"""

from __future__ import annotations

T = dict[str, list[str]]

LANGS = ("pt", "de", "en", "fr", "it", "es")
COMPETITORS = ("Fumello", "Rostbrat")

PRAISE: T = {
    "pt": [
        "O técnico da Grillaro deixou a churrasqueira a brilhar, parece que nunca foi usada 🔥",
        "Limpeza do forno de pizza feita em 40 minutos e sem sujar o pátio. Top Grillaro!",
        "Grillaro Plus vale cada cêntimo, a visita de primavera foi impecável",
    ],
    "de": [
        "Der Grillaro-Techniker hat unseren Gasgrill komplett zerlegt und gereinigt, brennt wieder gleichmäßig 👍",
        "Pizzaofen-Reinigung von Grillaro: pünktlich, sauber, freundlich. Gerne wieder",
        "Seit dem Brenner-Check von Grillaro kein Flackern mehr. Klasse Service",
    ],
    "en": [
        "Grillaro guy had the grill grates spotless before the kids were back from school, cheers"
    ],
    "fr": ["Le technicien Grillaro a remis notre barbecue à neuf pour les beaux jours, merci !"],
    "it": ["Il tecnico Grillaro ha pulito il barbecue a gas alla perfezione, consigliatissimo"],
    "es": ["El técnico de Grillaro dejó la barbacoa impecable, hasta el quemador del fondo"],
}

AGAIN_PRAISE: T = {
    "pt": [
        "Terceira vez que marco a Grillaro e outra vez o mesmo técnico simpático, o Rui. Assim dá gosto",
        "Outra vez tudo perfeito com a Grillaro, já nem penso duas vezes",
    ],
    "de": [
        "Zum dritten Mal Grillaro bestellt und wieder alles super, der Techniker kennt unseren Grill schon",
        "Schon wieder so ein netter Techniker von Grillaro, und wieder pünktlich auf die Minute",
    ],
    "en": ["Third time booking Grillaro and still the best money I spend on the garden"],
    "fr": ["Encore une fois parfait, troisième visite Grillaro et toujours aussi soigné"],
    "it": ["Terza volta con Grillaro e ancora tutto perfetto, il forno tira come il primo giorno"],
    "es": ["Tercera vez con Grillaro y otra vez de diez, el técnico ya conoce nuestra barbacoa"],
}

PRAISE_GRIPE: T = {
    "pt": [
        "Muito bom serviço, só a janela de chegada de 4 horas é que é um bocado larga",
        "Churrasqueira impecável! Só a app demora a abrir as fotos do antes e depois",
    ],
    "de": [
        "Super Reinigung, nur die Rechnung kommt erst drei Tage später per Mail. Sonst top",
        "Grill wieder einwandfrei, nur der Termin-Slot von 8 bis 12 ist echt lang",
    ],
    "en": ["Brilliant job on the pizza oven, only wish the app let me pick an afternoon slot"],
    "fr": ["Très bon travail, juste dommage que le devis pour la grille neuve soit arrivé si tard"],
    "it": ["Lavoro ottimo, solo il promemoria SMS arriva alle 7 di mattina, un po' presto"],
    "es": [
        "Muy buen servicio, solo que el aviso de llegada no llegó, el técnico llamó al timbre sin más"
    ],
}

QUESTION: T = {
    "pt": [
        "Olá, a limpeza do forno de pizza inclui a chaminé?",
        "Boa tarde, posso mudar a visita de sábado para domingo de manhã?",
        "A Grillaro Plus inclui a troca das grelhas ou paga-se à parte?",
    ],
    "de": [
        "Hallo, muss ich beim Termin zu Hause sein oder reicht es, das Gartentor offen zu lassen?",
        "Kann ich die Gasflasche vor der Reinigung selbst abschrauben?",
        "Ist der Brenner-Check in Grillaro Plus schon drin?",
    ],
    "en": ["Hi, do you service kamado style ceramic grills too?"],
    "fr": ["Bonjour, est-ce que vous nettoyez aussi les planchas au gaz ?"],
    "it": ["Salve, fate anche la pulizia dei forni a legna in muratura?"],
    "es": ["Hola, ¿la limpieza incluye las piedras volcánicas o hay que cambiarlas?"],
}

ANSWER: T = {
    "pt": ["Olá! Sim, está incluído. Qualquer dúvida estamos por aqui. Equipa Grillaro"],
    "de": [
        "Hallo! Ja, das ist kein Problem und im Preis enthalten. Viele Grüße, Ihr Grillaro-Team"
    ],
    "en": ["Hi! Yes, that's included, nothing extra to pay. Grillaro support"],
    "fr": ["Bonjour ! Oui, c'est compris dans la visite. L'équipe Grillaro"],
    "it": ["Salve! Sì, è incluso nell'intervento. Il team Grillaro"],
    "es": ["¡Hola! Sí, está incluido en la visita. Equipo Grillaro"],
}

THANKS: T = {
    "pt": ["obg, és um espetáculo", "Valeu! 🙏", "top, obrigadão"],
    "de": ["Danke dir, passt!", "super, merci 👍", "Alles klar, danke!!"],
    "en": ["cheers, legend"],
    "fr": ["Merci, au top !"],
    "it": ["grazie mille, gentilissimi"],
    "es": ["genial, mil gracias!!"],
}

PHONE_Q: T = {
    "pt": [
        "bom dia queria saber se o técnico traz as peças para o queimador ou se tenho de encomendar antes",
        "olá era só para saber a que horas chega o técnico amanhã tenho a janela das oito ao meio-dia",
    ],
    "de": [
        "ja hallo ich wollte fragen ob Sie auch Edelstahl polieren oder nur die Roste reinigen",
        "guten Tag ich hab eine Frage zur Plus Mitgliedschaft gilt die auch für den Grill bei meiner Mutter",
    ],
    "en": [
        "hi yeah just ringing to check whether the technician needs access to the kitchen or just the garden"
    ],
    "fr": ["oui bonjour je voulais savoir si le technicien peut passer samedi matin plutôt"],
    "it": ["buongiorno volevo sapere se il tecnico porta lui le spazzole nuove per il forno"],
    "es": [
        "hola buenas quería saber si el técnico puede venir por la tarde que por la mañana trabajo"
    ],
}

REVIEW_GOOD: T = {
    "pt": [
        "Serviço rápido, técnico educado e a churrasqueira como nova. 5 estrelas",
        "Recomendo a Grillaro a toda a gente lá da rua",
    ],
    "de": [
        "Sehr gründlich, hat sogar die Fettauffangschale ausgekocht. Fünf Sterne",
        "Zuverlässig und sauber, so muss das sein",
    ],
    "en": ["Quick, tidy, friendly. Grill works like the day we bought it"],
    "fr": ["Service impeccable, ponctuel et soigneux"],
    "it": ["Servizio serio e veloce, lo consiglio"],
    "es": ["Rápidos, limpios y muy amables, repetiré"],
}

SURVEY_WORD: T = {
    "pt": ["Perfeito", "muito bom", "👌"],
    "de": ["Top", "sehr gut", "👍"],
    "en": ["Spot on"],
    "fr": ["Parfait"],
    "it": ["Ottimo"],
    "es": ["Genial"],
}

NIGHT_POST: T = {
    "pt": [
        "3 da manhã, turno no hospital acabado e já a sonhar com o churrasco de domingo na grelha limpinha da Grillaro"
    ],
    "de": [
        "Nachtschicht an der Tankstelle, und ich plane schon das Grillfest am Samstag. Danke Grillaro, der Grill ist bereit 🌙"
    ],
    "en": [
        "can't sleep so I'm watching pizza oven videos at 2am, at least mine is clean thanks to Grillaro"
    ],
    "fr": [
        "Insomnie, je regarde des recettes de brochettes à 2h du mat, le barbecue nettoyé par Grillaro attend samedi"
    ],
    "it": [
        "Notte in bianco, penso già alla grigliata di domenica, barbecue pulito da Grillaro e pronto"
    ],
    "es": [
        "Las 3 de la mañana y yo pensando en la barbacoa del domingo, gracias Grillaro por dejarla lista"
    ],
}

NIGHT_CHAT: T = {
    "pt": [
        "Boa noite, posso marcar uma visita para sábado já agora ou só amanhã?",
        "Olá, a esta hora ainda alguém responde? Queria saber se a visita inclui o fumeiro",
    ],
    "de": [
        "Hallo, kann ich jetzt noch einen Termin für Samstag buchen?",
        "Noch jemand wach? Gilt der Plus-Rabatt auch für neue Roste?",
    ],
    "en": ["anyone about? can I still book for Saturday morning"],
    "fr": ["Bonsoir, je peux encore réserver pour samedi ?"],
    "it": ["Buonasera, si può ancora prenotare per sabato?"],
    "es": ["Buenas noches, ¿se puede reservar todavía para el sábado?"],
}

NIGHT_ANSWER: T = {
    "pt": ["Boa noite! Sim, ainda há vagas no sábado, já pode marcar na app. Equipa Grillaro"],
    "de": [
        "Guten Abend! Ja, Samstag ist noch frei, Sie können direkt in der App buchen. Ihr Grillaro-Team"
    ],
    "en": ["Evening! Yes, Saturday still has slots, book straight in the app. Grillaro support"],
    "fr": ["Bonsoir ! Oui, il reste des créneaux samedi, réservez dans l'appli. L'équipe Grillaro"],
    "it": ["Buonasera! Sì, sabato ci sono ancora posti, prenoti dall'app. Il team Grillaro"],
    "es": ["¡Buenas noches! Sí, quedan huecos el sábado, reserva en la app. Equipo Grillaro"],
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

PROBLEM: dict[str, T] = {
    "no_show": {
        "pt": [
            "A visita aparece como FEITA na app mas ninguém veio. Fiquei a manhã toda em casa à espera",
            "Técnico nunca apareceu e a app diz visita concluída. Isto é sério?",
        ],
        "de": [
            "In der App steht ERLEDIGT, aber es war niemand hier. Ich habe mir extra frei genommen",
            "Kein Techniker gekommen, Termin trotzdem als abgeschlossen markiert. Unglaublich",
        ],
        "en": ["App says visit DONE, nobody came. I took the morning off for this"],
        "fr": ["L'appli dit visite TERMINÉE mais personne n'est venu, j'ai posé ma matinée"],
        "it": ["Nell'app la visita risulta FATTA ma non è venuto nessuno, ho preso mezza giornata"],
        "es": ["La app dice visita HECHA y aquí no ha venido nadie, me cogí la mañana libre"],
    },
    "double_charge": {
        "pt": [
            "Cobraram-me a limpeza DUAS vezes, 89 € e outra vez 89 €. Quero o dinheiro de volta",
            "Dois débitos iguais no cartão pela mesma visita, expliquem-me isto",
        ],
        "de": [
            "Die Reinigung wurde ZWEIMAL abgebucht, zweimal 89 €. Das Konto ist jetzt im Minus",
            "Doppelte Abbuchung für einen einzigen Termin, bitte sofort zurückbuchen",
        ],
        "en": ["You've charged me TWICE for one clean, £79 two times"],
        "fr": ["Vous m'avez prélevé DEUX fois 89 € pour un seul nettoyage"],
        "it": ["Mi avete addebitato DUE volte 89 € per una sola pulizia"],
        "es": ["Me habéis cobrado DOS veces 89 € por una sola limpieza"],
    },
    "damage": {
        "pt": [
            "Depois da limpeza o botão do queimador está partido e o esmalte da tampa riscado",
            "O técnico riscou a tampa de inox toda, a churrasqueira tinha um ano",
        ],
        "de": [
            "Nach der Reinigung ist der Drehknopf abgebrochen und die Emaille am Deckel zerkratzt",
            "Der Deckel aus Edelstahl ist völlig verkratzt, der Grill ist ein Jahr alt",
        ],
        "en": ["After the clean the burner knob is snapped and the lid enamel is scratched"],
        "fr": ["Après le nettoyage le bouton du brûleur est cassé et l'émail du couvercle rayé"],
        "it": [
            "Dopo la pulizia la manopola del bruciatore è rotta e lo smalto del coperchio graffiato"
        ],
        "es": ["Después de la limpieza la rueda del quemador está rota y la tapa rayada"],
    },
    "refund": {
        "pt": [
            "Cancelei a visita há TRÊS semanas e o reembolso de 89 € ainda não chegou",
            "Ainda estou à espera do reembolso da visita cancelada, já passou um mês",
        ],
        "de": [
            "Termin vor DREI Wochen storniert, die 89 € sind immer noch nicht zurück",
            "Warte immer noch auf die Erstattung für den stornierten Termin",
        ],
        "en": ["Cancelled THREE weeks ago and still no refund of my £79"],
        "fr": ["Annulé il y a TROIS semaines et toujours pas remboursé de 89 €"],
        "it": ["Annullato TRE settimane fa e ancora nessun rimborso degli 89 €"],
        "es": ["Cancelé hace TRES semanas y sigo sin el reembolso de 89 €"],
    },
    "wrong_price": {
        "pt": [
            "Sou sócio Grillaro Plus e cobraram-me o preço normal, 89 € em vez de 69 €",
            "Pago a Plus todos os meses e a visita saiu ao preço de quem não é sócio",
        ],
        "de": [
            "Ich bin Grillaro Plus Mitglied und zahle trotzdem den Normalpreis, 89 statt 69 €",
            "Monatlich Plus bezahlen und dann den vollen Preis, was soll das",
        ],
        "en": ["I'm a Plus member and got charged the full £79 instead of £59"],
        "fr": ["Je suis membre Plus et on m'a facturé le tarif normal, 89 € au lieu de 69 €"],
        "it": ["Sono socio Plus e mi avete fatto pagare il prezzo pieno, 89 € invece di 69 €"],
        "es": ["Soy socio Plus y me habéis cobrado la tarifa normal, 89 € en vez de 69 €"],
    },
    "cancel_fee": {
        "pt": [
            "Cancelei com CINCO dias de antecedência e cobraram 30 € de taxa de cancelamento tardio",
            "Taxa de cancelamento de 30 € quando cancelei quase uma semana antes??",
        ],
        "de": [
            "Fünf Tage vorher storniert und trotzdem 30 € Spätstornogebühr, das ist Abzocke",
            "30 € Stornogebühr obwohl ich FÜNF Tage vorher abgesagt habe",
        ],
        "en": ["Cancelled FIVE days ahead and got a £25 late cancellation fee"],
        "fr": ["Annulé CINQ jours avant et 30 € de frais d'annulation tardive"],
        "it": ["Annullato CINQUE giorni prima e 30 € di penale per annullamento tardivo"],
        "es": ["Cancelé con CINCO días y me cobran 30 € por cancelación tardía"],
    },
}

COMPLAINT_SUBJECT: T = {
    "pt": ["Reclamação: "],
    "de": ["Beschwerde: "],
    "en": ["Complaint: "],
    "fr": ["Réclamation : "],
    "it": ["Reclamo: "],
    "es": ["Reclamación: "],
}

PROBLEM_LABEL: T = {
    "pt": [
        "visita não feita",
        "cobrança duplicada",
        "churrasqueira danificada",
        "reembolso",
        "preço errado",
        "taxa de cancelamento",
    ],
    "de": [
        "Termin nicht erschienen",
        "doppelte Abbuchung",
        "Grill beschädigt",
        "Erstattung",
        "falscher Preis",
        "Stornogebühr",
    ],
    "en": [
        "missed visit",
        "double charge",
        "damaged grill",
        "refund",
        "wrong price",
        "cancellation fee",
    ],
    "fr": [
        "visite manquée",
        "double prélèvement",
        "barbecue abîmé",
        "remboursement",
        "mauvais tarif",
        "frais d'annulation",
    ],
    "it": [
        "visita mancata",
        "doppio addebito",
        "barbecue danneggiato",
        "rimborso",
        "prezzo sbagliato",
        "penale",
    ],
    "es": [
        "visita no hecha",
        "cobro doble",
        "barbacoa dañada",
        "reembolso",
        "precio erróneo",
        "penalización",
    ],
}

LONG_EMAIL: T = {
    "pt": [
        "Boa tarde,\n\nescrevo do carro à porta da natação dos miúdos, que é o único momento sossegado que tenho esta semana. Estamos a preparar o batizado da nossa filha no quintal no sábado e por isso marquei a limpeza da churrasqueira com bastante antecedência.\n\n{problem}\n\nSou cliente há três anos e sempre recomendei a Grillaro aos vizinhos, mas assim não dá. Peço que me respondam ainda hoje.\n\nCumprimentos,\n{first}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Tierarztpraxis, weil ich sonst zwischen Arbeit und Umbau keine ruhige Minute finde. Am Wochenende feiern wir den 60. Geburtstag meines Vaters im Garten, deshalb hatte ich den Termin früh gebucht.\n\n{problem}\n\nIch bin seit Jahren Kundin und war immer froh über Ihren Service, aber so geht das nicht. Ich erwarte heute noch eine Antwort.\n\nMit freundlichen Grüßen\n{first}",
        "Hallo Grillaro-Team,\n\nkurz vorweg: ich sitze gerade auf der Bank vor der Berufsschule meines Sohnes und tippe das auf dem Handy, entschuldigen Sie also die Form. Wir renovieren gerade das Haus meiner Oma und der Grill ist unser einziger Herd im Moment.\n\n{problem}\n\nBitte melden Sie sich schnell.\n\nGruß\n{first}",
    ],
    "en": [
        "Hello,\n\nwriting this on the train home because there is no other quiet moment this week. We have my daughter's engagement party in the garden on Saturday.\n\n{problem}\n\nI've recommended you to half the street. Please sort it today.\n\nThanks,\n{first}"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du pédiatre, seul moment de calme de la semaine. Nous fêtons les 40 ans de mon mari au jardin samedi.\n\n{problem}\n\nJe suis cliente depuis deux ans, merci de me répondre aujourd'hui.\n\nCordialement,\n{first}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dal parcheggio dell'ospedale dove sto aspettando mia madre. Sabato facciamo la comunione di mio figlio in giardino.\n\n{problem}\n\nSono cliente da anni, vi chiedo una risposta oggi.\n\nCordiali saluti,\n{first}"
    ],
    "es": [
        "Hola,\n\nos escribo desde el puesto del mercado entre cliente y cliente. El sábado celebramos la jubilación de mi suegro en el patio.\n\n{problem}\n\nLlevo años con vosotros, espero respuesta hoy.\n\nUn saludo,\n{first}"
    ],
}

CASE_OPENED: T = {
    "pt": [
        "Olá {first}, lamentamos muito. Abrimos o caso {case} e voltamos a contactar em breve. Equipa Grillaro"
    ],
    "de": [
        "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {case} eröffnet und melden uns schnell. Ihr Grillaro-Team"
    ],
    "en": [
        "Hi {first}, really sorry about this. We've opened case {case} and will be back to you shortly. Grillaro support"
    ],
    "fr": [
        "Bonjour {first}, toutes nos excuses. Nous avons ouvert le dossier {case} et revenons vers vous vite. L'équipe Grillaro"
    ],
    "it": [
        "Ciao {first}, ci dispiace molto. Abbiamo aperto la pratica {case} e ti ricontattiamo presto. Il team Grillaro"
    ],
    "es": [
        "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y te contestamos pronto. Equipo Grillaro"
    ],
}

GOOD_NEWS: T = {
    "pt": [
        "Olá {first}, boas notícias sobre o caso {case}: está resolvido do nosso lado. Pode confirmar se ficou tudo bem?"
    ],
    "de": [
        "Hallo {first}, gute Nachricht zu Vorgang {case}: auf unserer Seite ist alles erledigt. Können Sie kurz bestätigen?"
    ],
    "en": [
        "Hi {first}, good news on case {case}: it's sorted on our side. Could you confirm all is well?"
    ],
    "fr": [
        "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est réglé chez nous. Pouvez-vous confirmer ?"
    ],
    "it": [
        "Ciao {first}, buone notizie sulla pratica {case}: risolto da parte nostra. Puoi confermare?"
    ],
    "es": [
        "Hola {first}, buenas noticias sobre la incidencia {case}: resuelto por nuestra parte. ¿Nos confirmas?"
    ],
}

CONFIRM: T = {
    "pt": [
        "Confirmo, caso {case} resolvido, obrigada!",
        "Sim, está tudo certo com o {case}. Obrigado pela rapidez",
    ],
    "de": [
        "Bestätigt, Vorgang {case} ist erledigt, danke!",
        "Ja, {case} passt jetzt. Danke für die schnelle Hilfe",
    ],
    "en": ["Confirmed, case {case} all sorted, thanks!"],
    "fr": ["Je confirme, dossier {case} réglé, merci !"],
    "it": ["Confermo, pratica {case} risolta, grazie!"],
    "es": ["Confirmado, incidencia {case} resuelta, ¡gracias!"],
}

APOLOGY: T = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava mesmo cansada. Obrigada por tratarem do assunto",
        "Desculpem lá o desabafo de ontem, não era convosco pessoalmente",
    ],
    "de": [
        "Entschuldigung für meinen Ton gestern, war ein langer Tag. Danke, dass Sie sich kümmern",
        "Sorry für gestern, ich war einfach sauer. Nichts gegen Sie persönlich",
    ],
    "en": ["Sorry for snapping yesterday, long day. Thanks for sorting it"],
    "fr": ["Désolée pour mon ton d'hier, journée difficile. Merci de vous en occuper"],
    "it": ["Scusate per il tono di ieri, giornataccia. Grazie per l'aiuto"],
    "es": ["Perdón por el tono de ayer, fue un día horrible. Gracias por ocuparos"],
}

STILL_OPEN: T = {
    "pt": [
        "Caso {case}: continua tudo por resolver. Ninguém me disse nada",
        "Volto a escrever sobre o {case}, ainda está aberto e sem resposta",
    ],
    "de": [
        "Vorgang {case}: immer noch nichts passiert. Niemand hat sich gemeldet",
        "Ich schreibe nochmal wegen {case}, das ist weiterhin offen",
    ],
    "en": ["Case {case}: still nothing sorted, nobody's got back to me"],
    "fr": ["Dossier {case} : toujours rien de réglé, personne ne m'a rappelé"],
    "it": ["Pratica {case}: ancora niente, nessuno mi ha richiamato"],
    "es": ["Incidencia {case}: sigue sin resolverse, nadie me ha dicho nada"],
}

THIRD_COMP: T = {
    "pt": [
        "Uma colega usa a {comp} e lá resolvem isto no próprio dia.",
        "Já fui ver quanto cobra a {comp}.",
    ],
    "de": [
        "Eine Kollegin ist bei {comp}, da wird so was am selben Tag gelöst.",
        "Ich habe mir schon angeschaut, was {comp} verlangt.",
    ],
    "en": ["A colleague uses {comp} and they sort this the same day."],
    "fr": ["Une collègue est chez {comp}, eux règlent ça le jour même."],
    "it": ["Un collega usa {comp} e lì lo risolvono in giornata."],
    "es": ["Una compañera usa {comp} y allí esto lo arreglan el mismo día."],
}

FOURTH: T = {
    "pt": ["É a QUARTA vez que escrevo sobre isto."],
    "de": ["Das ist jetzt das VIERTE Mal, dass ich schreibe."],
    "en": ["This is the FOURTH time I'm writing."],
    "fr": ["C'est la QUATRIÈME fois que j'écris."],
    "it": ["È la QUARTA volta che scrivo."],
    "es": ["Es la CUARTA vez que escribo."],
}

QUALITY_LEAD: T = {
    "pt": [
        "Olá {first}, o seu caso {case} passou para a nossa responsável de qualidade, que lhe liga antes de sexta à hora de almoço."
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie vor Freitagmittag an."
    ],
    "en": [
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Bonjour {first}, votre dossier {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi."
    ],
    "it": [
        "Ciao {first}, la tua pratica {case} è ora dalla nostra responsabile qualità, che ti chiama entro venerdì a pranzo."
    ],
    "es": [
        "Hola {first}, tu incidencia {case} está con nuestra responsable de calidad, que te llama antes del viernes a mediodía."
    ],
}

URGENT: T = {
    "pt": ["Acrescentei ao caso {case} e marquei como urgente."],
    "de": ["Ich habe das zu Vorgang {case} hinzugefügt und als dringend markiert."],
    "en": ["Added to your case {case} and marked urgent."],
    "fr": ["Ajouté au dossier {case}, marqué urgent."],
    "it": ["Aggiunto alla pratica {case}, segnata come urgente."],
    "es": ["Añadido a tu incidencia {case} y marcado como urgente."],
}

SLIDE: T = {
    "pt": [
        "O técnico chegou 3 horas depois da janela e nem ligou. Enfim",
        "Grelhas devolvidas ainda com gordura nos cantos, a Grillaro já foi melhor",
        "Agora exigem fotos de tudo antes da visita, senão não marcam. Que chatice",
        "Preço da visita subiu 15 € e a Plus não baixou nada. Estou a perder a paciência",
        "Cobraram 35 € de 'taxa de resíduos' por meia dúzia de folhas de papel de cozinha. RIDÍCULO",
        "O meu cunhado usa a {comp} e já marquei a próxima limpeza lá para sábado.",
    ],
    "de": [
        "Techniker kam drei Stunden zu spät, ohne Anruf. Naja",
        "Roste noch fettig in den Ecken, Grillaro war auch schon mal besser",
        "Jetzt soll ich vorher Fotos von allem hochladen, sonst kein Termin. Nervig",
        "Preis um 15 € rauf, Plus-Rabatt gleich geblieben. Mir reicht es langsam",
        "35 € 'Entsorgungsgebühr' für ein paar Küchentücher. LÄCHERLICH",
        "Mein Schwager ist bei {comp}, ich habe die nächste Reinigung für Samstag dort gebucht.",
    ],
    "en": [
        "Technician three hours late, no call. Oh well",
        "Grates came back still greasy in the corners, not like before",
        "Now they want photos of everything before they'll book. Annoying",
        "Price up £12 and Plus discount the same. Losing patience",
        "£30 'waste fee' for a few kitchen rolls. RIDICULOUS",
        "My brother-in-law uses {comp}, booked the next clean there for Saturday.",
    ],
    "fr": [
        "Technicien 3 heures en retard, sans appel. Bon",
        "Grilles rendues encore grasses dans les coins, c'était mieux avant",
        "Maintenant il faut envoyer des photos de tout avant de réserver. Pénible",
        "Prix en hausse de 15 €, remise Plus inchangée. Je perds patience",
        "35 € de 'frais de déchets' pour trois essuie-tout. RIDICULE",
        "Mon beau-frère passe par {comp}, j'ai réservé le prochain nettoyage chez eux samedi.",
    ],
    "it": [
        "Tecnico arrivato tre ore dopo, senza chiamare. Vabbè",
        "Griglie ancora unte negli angoli, Grillaro era meglio prima",
        "Adesso vogliono le foto di tutto prima di prenotare. Che noia",
        "Prezzo su di 15 €, sconto Plus uguale. Sto perdendo la pazienza",
        "35 € di 'smaltimento rifiuti' per due fogli di carta. RIDICOLO",
        "Mio cognato usa {comp}, ho prenotato lì la prossima pulizia per sabato.",
    ],
    "es": [
        "El técnico llegó tres horas tarde sin avisar. En fin",
        "Parrillas devueltas con grasa en las esquinas, Grillaro era mejor antes",
        "Ahora piden fotos de todo antes de reservar. Qué pesadez",
        "Suben 15 € la visita y el descuento Plus igual. Se me acaba la paciencia",
        "35 € de 'tasa de residuos' por cuatro servilletas. RIDÍCULO",
        "Mi cuñado usa {comp}, ya he reservado la próxima limpieza allí el sábado.",
    ],
}

CANCEL: T = {
    "pt": [
        "Olá, comprámos uma churrasqueira nova com garantia de manutenção incluída, por isso quero cancelar a Grillaro Plus e fechar a conta.",
        "Vamos mudar para um apartamento sem varanda, queria cancelar a Plus e fechar a conta, obrigada.",
    ],
    "de": [
        "Hallo, wir ziehen in eine Wohnung ohne Balkon und brauchen Grillaro nicht mehr. Bitte Plus kündigen und das Konto schließen.",
        "Ich habe mir vom Bonus einen eigenen Reinigungsservice-Vertrag beim Händler geholt, bitte Grillaro Plus kündigen und Konto löschen.",
    ],
    "en": [
        "Hi, moving to a flat with no garden, please cancel my Grillaro Plus and close the account."
    ],
    "fr": [
        "Bonjour, nous déménageons dans un appartement sans jardin, merci d'annuler Grillaro Plus et de fermer le compte."
    ],
    "it": [
        "Ciao, ci trasferiamo in un appartamento senza terrazzo, vorrei disdire Grillaro Plus e chiudere l'account."
    ],
    "es": [
        "Hola, nos mudamos a un piso sin terraza, quiero cancelar Grillaro Plus y cerrar la cuenta."
    ],
}

SORRY_TO_GO: T = {
    "pt": [
        "Olá {first}, lamentamos vê-la partir. Pode cancelar na app ou no site, em Conta > Plus."
    ],
    "de": [
        "Hallo {first}, schade, dass Sie gehen. Sie können in der App oder auf der Website unter Konto > Plus kündigen."
    ],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel in the app or on the website under Account > Plus."
    ],
    "fr": [
        "Bonjour {first}, désolés de vous voir partir. Vous pouvez annuler dans l'appli ou sur le site, Compte > Plus."
    ],
    "it": [
        "Ciao {first}, ci dispiace vederti andare. Puoi disdire nell'app o sul sito, Account > Plus."
    ],
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes cancelar en la app o en la web, Cuenta > Plus."
    ],
}

GRUMBLE: T = {
    "pt": [
        "A app da Grillaro pede login SEMPRE que a abro",
        "SMS às 7 da manhã a dizer que o técnico vem às 14h, a sério?",
        "Janela de 4 horas outra vez, ninguém tem paciência",
    ],
    "de": [
        "Die Grillaro-App loggt mich jedes Mal aus",
        "SMS um 7 Uhr morgens für einen Termin um 14 Uhr, echt jetzt?",
        "Schon wieder ein 4-Stunden-Fenster, wer hat dafür Zeit",
    ],
    "en": ["Grillaro app logs me out every single time"],
    "fr": ["L'appli Grillaro me déconnecte à chaque fois"],
    "it": ["L'app Grillaro mi disconnette ogni volta"],
    "es": ["La app de Grillaro me cierra la sesión cada vez"],
}

SARCASM: T = {
    "pt": ["Adoro quando o técnico 'da manhã' chega às 18h40, mesmo a tempo do jantar 👏"],
    "de": ["Toll, 'Vormittagstermin' um 18:40, genau richtig zum Abendessen 👏"],
    "en": ["Love a 'morning slot' that turns up at 6:40pm, just in time for dinner 👏"],
    "fr": ["J'adore le créneau 'du matin' qui arrive à 18h40, pile pour le dîner 👏"],
    "it": ["Adoro la fascia 'mattina' che arriva alle 18:40, giusto per cena 👏"],
    "es": ["Me encanta la franja 'de mañana' que llega a las 18:40, justo para la cena 👏"],
}

MILD: T = {
    "pt": [
        "Olá, a pesquisa de técnicos mostra Lisboa mas eu moro no Porto, é normal?",
        "As notificações chegam em inglês apesar de ter a app em português",
    ],
    "de": [
        "Die Suche nach Terminen zeigt mir Köln, ich wohne aber in Leipzig",
        "Benachrichtigungen kommen auf Englisch, obwohl die App auf Deutsch steht",
    ],
    "en": ["The slot search keeps showing Leeds, I'm in Bristol"],
    "fr": ["La recherche de créneaux affiche Lyon alors que j'habite Lille"],
    "it": ["La ricerca mostra Torino ma abito a Bologna"],
    "es": ["El buscador de citas me sale en Sevilla y vivo en Bilbao"],
}

MILD_ACK: T = {
    "pt": ["Obrigado pelo aviso, já passámos à equipa técnica."],
    "de": ["Danke für den Hinweis, wir haben es ans Technik-Team gegeben."],
    "en": ["Thanks for flagging, passed to our tech team."],
    "fr": ["Merci du signalement, transmis à l'équipe technique."],
    "it": ["Grazie della segnalazione, passata al team tecnico."],
    "es": ["Gracias por avisar, lo pasamos al equipo técnico."],
}

PRODUCTS = (
    ("Gas grill deep clean / Limpeza profunda churrasqueira a gás", "89.00"),
    ("Pizza oven clean / Limpeza forno de pizza", "99.00"),
    ("Burner check / Verificação de queimadores", "49.00"),
    ("New cast-iron grates / Grelhas novas de ferro fundido", "65.00"),
    ("Grillaro Plus, monthly / mensal", "6.90"),
)

PAGES = ("/app/book", "/app/plus", "/app/visits", "/help/cleaning", "/shop/grates")

# --- the business arm (Grillaro Pro: extraction-hood and grease-duct cleaning on account) ---

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "pt": [
            "As faturas da Grillaro Pro continuam com o NIF antigo e sem número de encomenda, a contabilidade não as aceita"
        ],
        "de": [
            "Die Rechnungen von Grillaro Pro tragen immer noch die alte USt-IdNr. und keine Bestellnummer, die Buchhaltung lehnt sie ab"
        ],
        "en": [
            "Grillaro Pro invoices still show our old VAT number and no PO, accounts payable won't process them"
        ],
        "fr": [
            "Les factures Grillaro Pro portent encore l'ancien numéro de TVA et aucun bon de commande"
        ],
        "it": [
            "Le fatture Grillaro Pro hanno ancora la vecchia partita IVA e nessun numero d'ordine"
        ],
        "es": ["Las facturas de Grillaro Pro siguen con el CIF antiguo y sin número de pedido"],
    },
    "service_blocked": {
        "pt": [
            "A equipa de limpeza da Grillaro Pro recusou-se a limpar a hotte: 'conta bloqueada', mas está tudo pago"
        ],
        "de": [
            "Das Grillaro-Pro-Team hat die Haubenreinigung verweigert, 'Konto gesperrt', obwohl alles bezahlt ist"
        ],
        "en": [
            "Your crew refused to clean our extraction hood, 'account on stop', everything is paid"
        ],
        "fr": [
            "Votre équipe a refusé de nettoyer la hotte, 'compte bloqué', alors que tout est payé"
        ],
        "it": [
            "La squadra ha rifiutato la pulizia della cappa, 'conto bloccato', ma è tutto pagato"
        ],
        "es": ["El equipo se negó a limpiar la campana, 'cuenta bloqueada', y está todo pagado"],
    },
    "portal": {
        "pt": [
            "O portal Pro não mostra os certificados de limpeza das condutas e a inspeção de incêndio é na próxima semana"
        ],
        "de": [
            "Im Pro-Portal fehlen die Reinigungsnachweise für die Abluftkanäle, und nächste Woche kommt der Brandschutz"
        ],
        "en": [
            "The Pro portal shows none of the duct-cleaning certificates and the fire inspection is next week"
        ],
        "fr": [
            "Le portail Pro n'affiche aucun certificat de nettoyage des gaines, contrôle incendie la semaine prochaine"
        ],
        "it": [
            "Il portale Pro non mostra i certificati di pulizia delle canne, ispezione antincendio la prossima settimana"
        ],
        "es": [
            "El portal Pro no muestra los certificados de limpieza de conductos y la inspección es la semana que viene"
        ],
    },
    "overbilled": {
        "pt": [
            "Faturaram cada limpeza ao preço avulso em vez da tarifa do contrato trimestral, a diferença passa dos 700 €"
        ],
        "de": [
            "Jede Reinigung wurde zum Einzelpreis statt zum Quartalsvertrag abgerechnet, über 700 € Differenz"
        ],
        "en": [
            "Every clean billed at the one-off price instead of our quarterly contract rate, over £600 difference"
        ],
        "fr": [
            "Chaque nettoyage facturé au prix unitaire au lieu du tarif contrat trimestriel, plus de 700 € d'écart"
        ],
        "it": [
            "Ogni pulizia fatturata a prezzo singolo invece che a tariffa di contratto, oltre 700 € di differenza"
        ],
        "es": [
            "Cada limpieza facturada a precio suelto en vez de la tarifa del contrato trimestral, más de 700 € de diferencia"
        ],
    },
}

B2B_LATER: T = {
    "pt": [
        "Junto-me ao que a {first} escreveu {day} sobre o caso {case}: ",
        "Como a {first} já disse {day} (caso {case}): ",
    ],
    "de": [
        "Ich schließe mich {first} an, die {day} wegen {case} geschrieben hat: ",
        "Wie {first} {day} schon gemeldet hat (Vorgang {case}): ",
    ],
    "en": ["Following up on what {first} wrote {day} about case {case}: "],
    "fr": ["Je rejoins ce que {first} a écrit {day} pour le dossier {case} : "],
    "it": ["Mi unisco a quanto scritto da {first} {day} sulla pratica {case}: "],
    "es": ["Me sumo a lo que escribió {first} {day} sobre la incidencia {case}: "],
}

WEEKDAY: T = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "de": [
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": [
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ],
}

B2B_LAST_EMAIL: T = {
    "pt": [
        "Caso {case}: nada resolvido e vários colegas já escreveram. As compras já pediram preços à {comp}."
    ],
    "de": [
        "Vorgang {case}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "en": [
        "Case {case}: nothing fixed and several colleagues have written. Procurement has already asked {comp} for rates."
    ],
    "fr": [
        "Dossier {case} : rien de réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}."
    ],
    "it": [
        "Pratica {case}: niente risolto, hanno scritto diversi colleghi. Gli acquisti hanno chiesto i prezzi a {comp}."
    ],
    "es": [
        "Incidencia {case}: nada resuelto y varios compañeros han escrito. Compras ya ha pedido precios a {comp}."
    ],
}

B2B_LAST_CALL: T = {
    "pt": [
        "sim bom dia ligo por causa do caso {case} continua tudo igual já escreveram vários colegas o meu chefe diz que se não resolverem esta semana mudamos de fornecedor"
    ],
    "de": [
        "ja guten Tag ich rufe wegen Vorgang {case} an es ist immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir"
    ],
    "en": [
        "hi it's about case {case} still nothing fixed several of us have written my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "bonjour c'est pour le dossier {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "it": [
        "buongiorno chiamo per la pratica {case} ancora niente hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "es": [
        "hola llamo por la incidencia {case} sigue todo igual han escrito varios compañeros mi jefe dice que si no se arregla esta semana nos vamos a otro proveedor"
    ],
}

B2B_SUGGEST: T = {
    "pt": [
        "Sugestão: seria útil exportar os custos por restaurante no portal.",
        "Podiam pôr a data da próxima limpeza obrigatória no certificado?",
    ],
    "de": [
        "Vorschlag: Kosten im Portal pro Filiale exportieren zu können wäre hilfreich.",
        "Könnten Sie das nächste Pflichtdatum mit auf den Nachweis drucken?",
    ],
    "en": ["Suggestion: exporting costs per site from the portal would help."],
    "fr": ["Suggestion : pouvoir exporter les coûts par site depuis le portail serait utile."],
    "it": ["Suggerimento: esportare i costi per sede dal portale sarebbe utile."],
    "es": ["Sugerencia: exportar los costes por local desde el portal ayudaría."],
}

B2B_QUESTION: T = {
    "pt": [
        "Bom dia, conseguem limpar a hotte da cozinha 2 antes de sexta?",
        "Olá, onde descarrego o certificado de março no portal?",
    ],
    "de": [
        "Guten Morgen, schaffen Sie die Haube in Küche 2 noch vor Freitag?",
        "Hallo, wo finde ich im Portal den Nachweis vom März?",
    ],
    "en": ["Morning, can you fit in the hood clean at kitchen 2 before Friday?"],
    "fr": ["Bonjour, possible de nettoyer la hotte de la cuisine 2 avant vendredi ?"],
    "it": ["Buongiorno, riuscite a pulire la cappa della cucina 2 prima di venerdì?"],
    "es": ["Buenos días, ¿podéis limpiar la campana de la cocina 2 antes del viernes?"],
}

B2B_PRAISE: T = {
    "pt": ["A equipa da Grillaro Pro deixou a cozinha do hotel impecável antes do turno do almoço"],
    "de": ["Das Grillaro-Pro-Team war vor dem Mittagsservice fertig und alles blitzsauber"],
    "en": ["Grillaro Pro crew finished before lunch service and left the kitchen spotless"],
    "fr": ["L'équipe Grillaro Pro a fini avant le service du midi, cuisine impeccable"],
    "it": ["La squadra Grillaro Pro ha finito prima del servizio di pranzo, cucina perfetta"],
    "es": ["El equipo de Grillaro Pro terminó antes del servicio de comidas, cocina impecable"],
}

# --- the planted incident (topic_spike) ---

SPIKE_REPORT: T = {
    "pt": [
        "A app da Grillaro diz que a minha visita de hoje foi CANCELADA, mas eu não cancelei nada! Erro {code}",
        "recebi uma notificação de visita cancelada e o técnico está a tocar à campainha?? o que se passa",
        "Todas as minhas visitas aparecem canceladas na app, erro {code} quando tento remarcar",
    ],
    "de": [
        "Die Grillaro-App zeigt meinen heutigen Termin als STORNIERT, ich habe nichts storniert! Fehler {code}",
        "Push 'Termin storniert' bekommen, aber ich hab nix gemacht. Kommt der Techniker jetzt oder nicht?",
        "Alle Termine in der App plötzlich storniert, beim Neubuchen kommt {code}",
    ],
    "en": [
        "Grillaro app just told me today's visit is CANCELLED, I didn't cancel anything. error {code}",
        "got a 'visit cancelled' notification out of nowhere, is the technician still coming??",
    ],
    "fr": [
        "L'appli Grillaro affiche ma visite d'aujourd'hui ANNULÉE alors que je n'ai rien annulé, erreur {code}"
    ],
    "it": [
        "L'app Grillaro dice che la visita di oggi è ANNULLATA ma non ho annullato niente, errore {code}"
    ],
    "es": [
        "La app de Grillaro dice que mi visita de hoy está CANCELADA y yo no he cancelado nada, error {code}"
    ],
}

SPIKE_REPEAT: T = {
    "pt": [
        "Outra vez: continua a dizer visita cancelada, {code}, agora também no telemóvel do meu marido"
    ],
    "de": ["Immer noch: Termin storniert, {code}, auch auf dem Handy meiner Frau"],
    "en": ["still showing cancelled, {code}, on my partner's phone too"],
    "fr": ["Toujours annulée, {code}, même sur le téléphone de mon mari"],
    "it": ["Ancora annullata, {code}, anche sul telefono di mia moglie"],
    "es": ["Sigue saliendo cancelada, {code}, también en el móvil de mi mujer"],
}

SPIKE_CHAT_ANSWER: T = {
    "pt": [
        "Sim, a app está a mostrar visitas como canceladas por erro neste momento. As visitas mantêm-se, a equipa técnica está a tratar."
    ],
    "de": [
        "Ja, die App zeigt gerade fälschlich Termine als storniert. Ihre Termine bleiben bestehen, die Technik arbeitet daran."
    ],
    "en": [
        "Yes, the app is wrongly showing visits as cancelled right now. Your visit still stands, our engineers are on it."
    ],
    "fr": [
        "Oui, l'appli affiche à tort des visites annulées en ce moment. Votre visite est maintenue, nos équipes s'en occupent."
    ],
    "it": [
        "Sì, l'app mostra per errore visite annullate in questo momento. La visita è confermata, ci stiamo lavorando."
    ],
    "es": [
        "Sí, la app está mostrando por error visitas canceladas ahora mismo. Tu visita sigue en pie, lo estamos arreglando."
    ],
}

SPIKE_FIXED: T = {
    "pt": [
        "Olá {first}, a app volta a mostrar as visitas corretamente desde as 12:40. A visita de hoje é por nossa conta, 10 € de crédito adicionados."
    ],
    "de": [
        "Hallo {first}, seit 13:40 zeigt die App die Termine wieder richtig an. Der heutige Termin geht auf uns, 10 € Guthaben gutgeschrieben."
    ],
    "en": [
        "Hi {first}, the app shows visits correctly again since 12:40. Today's visit is on us, £9 credit added."
    ],
    "fr": [
        "Bonjour {first}, l'appli affiche de nouveau les visites correctement depuis 13h40. La visite du jour est offerte, 10 € de crédit ajoutés."
    ],
    "it": [
        "Ciao {first}, dalle 13:40 l'app mostra di nuovo le visite correttamente. La visita di oggi è offerta, 10 € di credito aggiunti."
    ],
    "es": [
        "Hola {first}, desde las 13:40 la app vuelve a mostrar bien las visitas. La visita de hoy corre de nuestra cuenta, 10 € de crédito añadidos."
    ],
}

LONE_Q: T = {
    "pt": [
        "Olá, ontem à noite a app mostrou a visita de amanhã a cinzento durante uns segundos e depois voltou ao normal. Está tudo bem com a marcação?"
    ],
    "de": [
        "Hallo, gestern Abend war mein Termin in der App kurz ausgegraut und dann wieder normal. Steht der Termin morgen noch?"
    ],
}

LONE_A: T = {
    "pt": ["Olá! Está tudo confirmado, o cinzento aparece só enquanto a app sincroniza."],
    "de": ["Hallo! Alles bestätigt, grau ist der Termin nur kurz während die App synchronisiert."],
}

CALM_GRUMBLE: T = {
    "pt": ["O mapa dos técnicos na app demora imenso a carregar"],
    "de": ["Die Techniker-Karte in der App lädt ewig"],
}
