# ruff: noqa: E501
"""Consumers' and agents' words for heldout86 (Cestivo, farm veg boxes), written from the stories."""

from __future__ import annotations

import random

Table = dict[str, list[str]]

BRAND = "Cestivo"
COMPETITORS = ("Verdaly", "Raccolto")

PRODUCTS = [
    ("Small veg box / Box verdure piccola", "19.90"),
    ("Family veg box / Box famiglia", "29.90"),
    ("Fruit & veg box / Box frutta e verdura", "34.50"),
    ("Organic eggs x12 / Uova bio x12", "5.40"),
    ("Sourdough loaf / Pane a lievito madre", "4.80"),
    ("Olive oil 1 l / Olio EVO 1 l", "12.90"),
    ("Citrus crate 5 kg / Cassetta agrumi 5 kg", "17.50"),
    ("Soup box / Box zuppe", "24.00"),
]
PAGES = ["/box/customise", "/box/this-week", "/shop/extras", "/plus", "/delivery-slots", "/recipes"]
ITEMS: Table = {
    "it": ["le zucchine", "i pomodori", "le pesche", "le puntarelle", "la zucca", "i carciofi"],
    "pt": ["os tomates", "as couves", "as laranjas", "os pêssegos", "a abóbora", "as favas"],
    "en": ["the tomatoes", "the kale", "the peaches", "the squash"],
    "fr": ["les tomates", "les pêches", "les courgettes", "le potimarron"],
    "de": ["die Tomaten", "die Pfirsiche", "der Kürbis", "die Zucchini"],
    "es": ["los tomates", "los melocotones", "la calabaza", "las alcachofas"],
}

PRAISE: Table = {
    "it": [
        "Box di oggi strepitosa, {item} sanno di orto vero. Grazie Cestivo!",
        "ragazzi {item} di questa settimana sono una poesia, i bimbi hanno finito tutto 😍",
        "Consegna puntuale, tutto fresco, {item} buonissimi. Cestivo non delude",
    ],
    "pt": [
        "Caixa de hoje impecável, {item} com sabor a horta a sério. Obrigada Cestivo!",
        "que maravilha {item} desta semana, cá em casa não sobrou nada 😋",
        "Entrega à hora certa e tudo fresquíssimo. Cestivo é outra coisa",
    ],
    "en": [
        "This week's box was lovely, {item} actually taste of something. Cheers Cestivo",
        "honestly {item} from Cestivo are the best I've had all year",
    ],
    "fr": ["Panier de cette semaine au top, {item} avaient un goût de jardin. Merci Cestivo"],
    "de": ["Die Kiste diese Woche war super, {item} schmecken wie aus dem Garten. Danke Cestivo"],
    "es": ["La caja de esta semana genial, {item} saben a huerta de verdad. Gracias Cestivo"],
}
AGAIN: Table = {
    "it": [
        "Terza settimana di fila che la box è perfetta. Ancora brava Cestivo",
        "di nuovo il corriere gentilissimo che mi lascia la box all'ombra, grazie!",
    ],
    "pt": [
        "Terceira semana seguida com a caixa perfeita. Outra vez parabéns Cestivo",
        "Continuo encantada, já vou na vigésima caixa e nenhuma falhou",
    ],
    "en": ["Third week running the box has been spot on. Still impressed, Cestivo"],
    "fr": ["Encore une fois un panier parfait, ça fait trois semaines de suite"],
    "de": ["Schon wieder eine perfekte Kiste, dritte Woche in Folge. Immer noch begeistert"],
    "es": ["Tercera semana seguida con la caja perfecta. Sigo encantada con Cestivo"],
}
GRIPE: Table = {
    "it": [
        "Tutto ottimo come sempre, solo che la scatola di cartone è enorme per il mio balcone 😅",
        "Box buonissima, unica cosa: le ricette stampate sono solo in pdf",
    ],
    "pt": [
        "Tudo ótimo, só a caixa de cartão é gigante para a minha cozinha 😅",
        "Adoro a caixa, só gostava que o estafeta tocasse à campainha",
    ],
    "en": ["Great box as always, only wish the ice packs weren't so hard to return"],
    "fr": ["Très bon panier, juste dommage que les sacs isothermes ne soient pas repris"],
    "de": ["Alles bestens, nur die Kühlakkus stapeln sich bei mir inzwischen"],
    "es": ["Todo muy bien, solo que el cartón de la caja es enorme para mi piso"],
}
QUESTION: Table = {
    "it": [
        "Ciao, posso spostare la consegna di giovedì a venerdì questa settimana?",
        "salve, le uova si possono aggiungere anche se la box è già confermata?",
        "Buongiorno, come faccio a mettere in pausa due settimane per le ferie?",
    ],
    "pt": [
        "Olá, posso mudar a entrega desta semana para sexta?",
        "boa tarde, dá para juntar ovos à caixa já confirmada?",
        "Bom dia, como ponho a subscrição em pausa durante as férias?",
    ],
    "en": [
        "Hi, can I move this week's delivery to Friday?",
        "hiya is there a way to add bread to a box that's already confirmed",
    ],
    "fr": ["Bonjour, je peux décaler la livraison de cette semaine à vendredi ?"],
    "de": ["Hallo, kann ich die Lieferung diese Woche auf Freitag verschieben?"],
    "es": ["Hola, ¿puedo cambiar la entrega de esta semana al viernes?"],
}
ANSWER: Table = {
    "it": ["Ciao! Sì, fatto: la trovi ora in 'La mia box'. Buona settimana da Cestivo"],
    "pt": ["Olá! Sim, já está feito, pode ver em 'A minha caixa'. Boa semana da Cestivo"],
    "en": ["Hi! Yes, that's done, you'll see it under 'My box'. Have a good week"],
    "fr": ["Bonjour ! Oui, c'est fait, vous le voyez dans 'Mon panier'. Bonne semaine"],
    "de": ["Hallo! Ja, erledigt, Sie sehen es unter 'Meine Kiste'. Schöne Woche"],
    "es": ["¡Hola! Sí, hecho, lo ves en 'Mi caja'. Buena semana"],
}
THANKS: Table = {
    "it": ["grazie mille!", "Perfetto grazie", "grz 👍"],
    "pt": ["obrigada!", "Perfeito, obg", "muito obrigado 🙏"],
    "en": ["brilliant thanks", "cheers!"],
    "fr": ["super merci !"],
    "de": ["super, danke!"],
    "es": ["genial gracias!"],
}
CALL_Q: Table = {
    "it": [
        "buongiorno volevo sapere se posso ricevere la box anche il sabato mattina perché il giovedì lavoro",
        "si salve chiamo per sapere se le arance della cassetta sono trattate ho un bimbo piccolo",
    ],
    "pt": [
        "bom dia queria saber se posso receber a caixa ao sábado de manhã porque à quinta trabalho",
        "olá ligo para saber se as laranjas da caixa são tratadas tenho um bebé",
    ],
    "en": [
        "hi there I wanted to ask whether you deliver on saturday mornings as well because I work thursdays"
    ],
    "fr": [
        "bonjour je voulais savoir si vous livrez aussi le samedi matin parce que je travaille le jeudi"
    ],
    "de": [
        "hallo ich wollte fragen ob Sie auch samstags vormittags liefern weil ich donnerstags arbeite"
    ],
    "es": [
        "hola quería saber si entregan también el sábado por la mañana porque los jueves trabajo"
    ],
}
FOLLOWUP: Table = {
    "it": [
        "Come da telefonata: sì, puoi scegliere il sabato 8-12 da 'Fasce di consegna'. A presto, Cestivo"
    ],
    "pt": [
        "Como falámos ao telefone: sim, pode escolher sábado 8-12 em 'Horários'. Até breve, Cestivo"
    ],
    "en": [
        "As discussed on the phone: yes, you can pick Saturday 8-12 under 'Delivery slots'. Cestivo"
    ],
    "fr": ["Comme convenu au téléphone : oui, samedi 8-12 dans 'Créneaux'. Cestivo"],
    "de": ["Wie am Telefon besprochen: ja, Samstag 8-12 unter 'Lieferzeiten'. Cestivo"],
    "es": ["Como hablamos por teléfono: sí, sábado 8-12 en 'Franjas'. Cestivo"],
}
SURVEY_WORDS: Table = {
    "it": ["ottimo", "top", "😍", "sempre puntuali", ""],
    "pt": ["excelente", "5 estrelas", "👌", "tudo fresco", ""],
    "en": ["great", "👍", ""],
    "fr": ["parfait", ""],
    "de": ["super", ""],
    "es": ["genial", ""],
}
NIGHT_POST: Table = {
    "it": [
        "sono le 2 e sto ancora pulendo i carciofi della box di Cestivo per il sugo di domani 😂",
        "turno di notte in ospedale finito, a casa mi aspetta la box Cestivo. piccole gioie",
    ],
    "pt": [
        "são 2 da manhã e estou a fazer sopa com a caixa da Cestivo porque não consigo dormir",
        "saí do turno da noite e a caixa Cestivo estava à porta. pequenas alegrias",
    ],
    "en": ["3am insomnia batch cooking with the Cestivo box, the squash soup is unreal"],
    "fr": ["2h du mat, je fais des confitures avec les pêches de Cestivo, aucun regret"],
    "de": ["2 Uhr nachts, ich koche Marmelade aus den Cestivo Pfirsichen. Keine Reue"],
    "es": ["las 2 de la mañana haciendo mermelada con los melocotones de Cestivo jaja"],
}
NIGHT_Q: Table = {
    "it": ["ciao scusate l'ora, entro che ora devo cambiare la box di questa settimana?"],
    "pt": ["olá desculpem a hora, até quando posso mudar a caixa desta semana?"],
    "en": ["sorry for the hour, what's the cut-off to change this week's box?"],
    "fr": ["désolé pour l'heure, jusqu'à quand je peux modifier le panier de la semaine ?"],
    "de": ["sorry für die Uhrzeit, bis wann kann ich die Kiste diese Woche ändern?"],
    "es": ["perdón por la hora, ¿hasta cuándo puedo cambiar la caja de esta semana?"],
}
NIGHT_A: Table = {
    "it": ["Ciao! Fino a martedì alle 23:59 per le consegne di giovedì. Buonanotte 🌙"],
    "pt": ["Olá! Até terça às 23:59 para as entregas de quinta. Boa noite 🌙"],
    "en": ["Hi! Until Tuesday 23:59 for Thursday deliveries. Night night 🌙"],
    "fr": ["Bonjour ! Jusqu'au mardi 23h59 pour les livraisons du jeudi. Bonne nuit"],
    "de": ["Hallo! Bis Dienstag 23:59 für die Lieferungen am Donnerstag. Gute Nacht"],
    "es": ["¡Hola! Hasta el martes a las 23:59 para las entregas del jueves. Buenas noches"],
}

# The six consumer problems, said the way each language's customers say them.
PROBLEM: dict[str, Table] = {
    "no_show": {
        "it": [
            "la box risulta CONSEGNATA alle 7:50 ma davanti alla porta non c'è niente",
            "l'app dice consegnata ma la box non è mai arrivata",
        ],
        "pt": [
            "a caixa aparece como ENTREGUE às 7:50 mas à porta não há nada",
            "a app diz entregue e a caixa nunca chegou",
        ],
        "en": ["the box shows as DELIVERED at 7:50 but there's nothing at my door"],
        "fr": ["le panier est marqué LIVRÉ à 7h50 mais il n'y a rien devant ma porte"],
        "de": ["die Kiste steht auf GELIEFERT um 7:50, vor der Tür ist aber nichts"],
        "es": ["la caja sale como ENTREGADA a las 7:50 pero en mi puerta no hay nada"],
    },
    "double_charge": {
        "it": [
            "mi avete addebitato DUE volte la stessa box della settimana, {amount} in più sulla carta",
            "doppio addebito per la stessa box, {amount} spariti",
        ],
        "pt": [
            "cobraram-me DUAS vezes a mesma caixa da semana, mais {amount} no cartão",
            "cobrança a dobrar pela mesma caixa, {amount} a mais",
        ],
        "en": ["you've charged me TWICE for the same weekly box, {amount} extra on my card"],
        "fr": ["vous m'avez prélevé DEUX fois le même panier, {amount} en trop"],
        "de": ["Sie haben mir dieselbe Kiste ZWEIMAL abgebucht, {amount} zu viel"],
        "es": ["me habéis cobrado DOS veces la misma caja, {amount} de más"],
    },
    "rotten": {
        "it": [
            "metà della box era marcia, fragole ammuffite e insalata liquefatta",
            "le verdure sono arrivate marce e la scatola gocciolava",
        ],
        "pt": [
            "metade da caixa vinha podre, morangos com bolor e alface desfeita",
            "os legumes chegaram podres e a caixa pingava",
        ],
        "en": ["half the box was rotten, mouldy strawberries and slimy lettuce"],
        "fr": ["la moitié du panier était pourrie, fraises moisies et salade en bouillie"],
        "de": ["die halbe Kiste war verdorben, schimmlige Erdbeeren und matschiger Salat"],
        "es": ["media caja venía podrida, fresas con moho y la lechuga deshecha"],
    },
    "refund": {
        "it": [
            "avevo saltato la settimana ma mi avete addebitato lo stesso e il rimborso non arriva da TRE settimane"
        ],
        "pt": [
            "tinha saltado a semana e cobraram na mesma, o reembolso não chega há TRÊS semanas",
            "saltei a entrega e continuo à espera do reembolso há três semanas",
        ],
        "en": [
            "I skipped the week, you charged anyway and the refund still hasn't come after THREE weeks"
        ],
        "fr": [
            "j'avais sauté la semaine, vous avez prélevé quand même et pas de remboursement depuis TROIS semaines"
        ],
        "de": [
            "ich hatte die Woche ausgesetzt, trotzdem abgebucht und seit DREI Wochen keine Erstattung"
        ],
        "es": [
            "me salté la semana, cobrasteis igual y el reembolso no llega desde hace TRES semanas"
        ],
    },
    "wrong_price": {
        "it": [
            "sono socia Cestivo Più ma mi fate pagare il prezzo pieno da non socia",
            "da socio Più pago la box a prezzo pieno, non ha senso",
        ],
        "pt": [
            "sou sócia Cestivo Mais e estão a cobrar-me o preço de não sócia",
            "pago Mais todos os meses e a caixa vem a preço cheio",
        ],
        "en": ["I pay for Cestivo Plus and I'm being charged the non-member price"],
        "fr": ["je suis abonnée Cestivo Plus et je paie le prix non-membre"],
        "de": ["ich bin Cestivo Plus Mitglied und zahle den Nichtmitgliederpreis"],
        "es": ["soy socia Cestivo Plus y me cobráis el precio de no socia"],
    },
    "cancel_fee": {
        "it": [
            "ho annullato la box con CINQUE giorni di anticipo e mi avete messo la penale di annullamento tardivo"
        ],
        "pt": [
            "cancelei a caixa com CINCO dias de antecedência e cobraram-me a taxa de cancelamento tardio",
            "taxa de cancelamento tardio quando cancelei cinco dias antes??",
        ],
        "en": ["I cancelled the box FIVE days ahead and got the late-cancellation fee"],
        "fr": ["j'ai annulé CINQ jours avant et j'ai eu les frais d'annulation tardive"],
        "de": ["ich habe FÜNF Tage vorher storniert und trotzdem die Spätstorno-Gebühr bekommen"],
        "es": ["cancelé la caja con CINCO días de antelación y me cobrasteis la penalización"],
    },
}
PROBLEMS = list(PROBLEM)
SUBJECT_TOPIC = {
    "no_show": "box non consegnata / missing box",
    "double_charge": "doppio addebito / double charge",
    "rotten": "box marcia / rotten box",
    "refund": "rimborso / refund",
    "wrong_price": "prezzo Più / Plus price",
    "cancel_fee": "penale / cancellation fee",
}
COMPLAINT_SUBJECT = {
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "es": "Reclamación: ",
}
RE = {
    "it": "R: Segnalazione ",
    "pt": "RE: Pedido ",
    "en": "Re: Your case ",
    "fr": "RE : Demande ",
    "de": "AW: Vorgang ",
    "es": "RE: Incidencia ",
}

COMPLAINT: Table = {
    "it": [
        "Buongiorno, {desc}. Vorrei una soluzione oggi, grazie.",
        "ma è possibile?? {desc}. sono davvero arrabbiata",
        "{desc}. ADESSO BASTA, rispondete",
    ],
    "pt": [
        "Bom dia, {desc}. Quero uma solução hoje.",
        "a sério?? {desc}. estou mesmo chateada",
        "{desc}. JÁ CHEGA, respondam",
    ],
    "en": ["Hi, {desc}. I'd like this sorted today please.", "seriously?? {desc}. not impressed"],
    "fr": [
        "Bonjour, {desc}. Je veux une solution aujourd'hui.",
        "sérieusement ?? {desc}. je suis furieuse",
    ],
    "de": [
        "Guten Tag, {desc}. Ich erwarte heute eine Lösung.",
        "echt jetzt?? {desc}. JETZT REICHTS",
    ],
    "es": ["Hola, {desc}. Quiero una solución hoy.", "en serio?? {desc}. YA ESTÁ BIEN"],
}
CALL_COMPLAINT: Table = {
    "it": [
        "si buongiorno chiamo perché {desc} e nessuno mi risponde in chat vorrei parlare con qualcuno"
    ],
    "pt": ["sim bom dia estou a ligar porque {desc} e ninguém me responde quero falar com alguém"],
    "en": ["yeah hi I'm calling because {desc} and I can't get an answer anywhere"],
    "fr": ["oui bonjour j'appelle parce que {desc} et personne ne me répond"],
    "de": ["ja hallo ich rufe an weil {desc} und mir niemand antwortet"],
    "es": ["sí hola llamo porque {desc} y nadie me contesta"],
}
LONG_EMAIL: Table = {
    "it": [
        "Gentile Cestivo,\n\nvi scrivo dal corridoio dell'ospedale dove mia madre aspetta l'esito degli esami, quindi scusate se sarò breve e un po' confusa. Sono cliente da due anni e vi ho consigliato a mezza palazzina. Questa settimana però {desc}. Con mia madre ricoverata e i bambini a casa da scuola contavo su quella box per tutta la settimana.\n\nVi chiedo di sistemare e di farmi sapere entro domani.\n\nCordiali saluti",
        "Buonasera,\n\nscrivo dal furgone tra un cantiere e l'altro, la casa nuova è ancora senza cucina e vivo di quello che mi portate. Finora tutto perfetto, davvero. Ma {desc}, e sinceramente non me lo aspettavo da voi.\n\nAttendo una risposta seria.\n\nGrazie",
    ],
    "pt": [
        "Olá Cestivo,\n\nescrevo da sala de espera da fisioterapia do meu pai, que partiu a anca, por isso desculpem a desarrumação. Sou cliente há dois anos e recomendei-vos a meio prédio. Esta semana, porém, {desc}. Com o meu pai em casa e sem poder ir às compras, contava com essa caixa.\n\nPeço que resolvam e me digam algo até amanhã.\n\nCumprimentos",
        "Boa noite,\n\nescrevo do carro à porta do treino de futebol dos miúdos, estamos a meio das obras da cozinha e a vossa caixa tem sido uma salvação. Até agora tudo perfeito. Mas {desc}, e não esperava isto de vocês.\n\nAguardo resposta.\n\nObrigada",
    ],
}
CASE_OPENED: Table = {
    "it": [
        "Ciao, abbiamo aperto la segnalazione {ref} e ce ne occupiamo. Ti aggiorniamo a breve. Team Cestivo"
    ],
    "pt": [
        "Olá, abrimos o pedido {ref} e estamos a tratar. Damos notícias em breve. Equipa Cestivo"
    ],
    "en": ["Hi, we've opened case {ref} and we're on it. We'll update you shortly. Cestivo team"],
    "fr": [
        "Bonjour, nous avons ouvert la demande {ref} et nous nous en occupons. L'équipe Cestivo"
    ],
    "de": ["Hallo, wir haben den Vorgang {ref} eröffnet und kümmern uns. Ihr Cestivo Team"],
    "es": ["Hola, hemos abierto la incidencia {ref} y nos ocupamos. Equipo Cestivo"],
}
QUALITY_LEAD: Table = {
    "it": [
        "Ciao, la tua segnalazione {ref} è ora in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. Scusaci"
    ],
    "pt": [
        "Olá, o seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao almoço. As nossas desculpas"
    ],
    "en": [
        "Hi, your case {ref} is now with our quality lead, who will call you before Friday lunchtime. Sorry about this"
    ],
    "fr": [
        "Bonjour, votre demande {ref} est chez notre responsable qualité, qui vous appellera avant vendredi midi"
    ],
    "de": [
        "Hallo, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft"
    ],
    "es": [
        "Hola, tu incidencia {ref} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía"
    ],
}
GOOD_NEWS: Table = {
    "it": [
        "Buone notizie sulla segnalazione {ref}: abbiamo sistemato e riaccreditato. Ci confermi che ora è tutto a posto?"
    ],
    "pt": [
        "Boas notícias sobre o pedido {ref}: está resolvido e creditado. Pode confirmar que ficou tudo bem?"
    ],
    "en": ["Good news on case {ref}: it's fixed and credited. Could you confirm all is well now?"],
    "fr": [
        "Bonne nouvelle pour la demande {ref} : c'est réglé et remboursé. Pouvez-vous confirmer ?"
    ],
    "de": [
        "Gute Nachricht zu Vorgang {ref}: erledigt und gutgeschrieben. Können Sie das bestätigen?"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {ref}: resuelto y abonado. ¿Nos confirmas que todo bien?"
    ],
}
CONFIRM: Table = {
    "it": [
        "Confermo, segnalazione {ref} risolta, è tutto a posto. Grazie!",
        "tutto ok per la {ref}, grazie della velocità",
    ],
    "pt": [
        "Confirmo, pedido {ref} resolvido, está tudo certo. Obrigada!",
        "tudo ok com o {ref}, obrigado pela rapidez",
    ],
    "en": ["Confirmed, case {ref} is sorted, all good. Thanks!"],
    "fr": ["Je confirme, demande {ref} réglée. Merci !"],
    "de": ["Bestätigt, Vorgang {ref} ist erledigt. Danke!"],
    "es": ["Confirmado, incidencia {ref} resuelta. ¡Gracias!"],
}
APOLOGY: Table = {
    "it": ["scusate per il tono di ieri, ero nervosa. Grazie per aver sistemato"],
    "pt": ["desculpem o tom de ontem, estava nervosa. Obrigada por terem resolvido"],
    "en": ["sorry for being short yesterday, long day. Thanks for sorting it"],
    "fr": ["désolée pour mon ton d'hier. Merci d'avoir réglé ça"],
    "de": ["sorry für meinen Ton gestern. Danke fürs Lösen"],
    "es": ["perdón por el tono de ayer. Gracias por resolverlo"],
}
STILL_OPEN: Table = {
    "it": [
        "Segnalazione {ref}: ancora niente. {desc}, e nessuno mi ha richiamata.",
        "di nuovo per la {ref}, è ANCORA tutto fermo: {desc}",
    ],
    "pt": [
        "Pedido {ref}: continua tudo igual. {desc}, e ninguém me ligou.",
        "outra vez sobre o {ref}, AINDA nada: {desc}",
    ],
    "en": ["Case {ref}: still nothing. {desc}, and nobody has called me."],
    "fr": ["Demande {ref} : toujours rien. {desc}, et personne ne m'a rappelée."],
    "de": ["Vorgang {ref}: immer noch nichts. {desc}, und niemand hat angerufen."],
    "es": ["Incidencia {ref}: sigue igual. {desc}, y nadie me ha llamado."],
}
THIRD: Table = {
    "it": [
        "Terza volta che scrivo per la {ref}. Una collega prende la box da {comp} e lì te lo risolvono in giornata."
    ],
    "pt": ["Terceira vez que escrevo sobre o {ref}. Já fui ver quanto cobra a {comp}."],
    "en": [
        "Third time writing about {ref}. A colleague gets hers from {comp} and they fix this the same day."
    ],
    "fr": ["Troisième fois que j'écris pour {ref}. J'ai regardé les prix de {comp}."],
    "de": [
        "Das dritte Mal wegen {ref}. Eine Kollegin bestellt bei {comp}, dort wird das am selben Tag gelöst."
    ],
    "es": ["Tercera vez que escribo por {ref}. He mirado lo que cobra {comp}."],
}
FOURTH: Table = {
    "it": ["QUARTA volta per la {ref}. Ancora aperta. Non so più come dirvelo."],
    "pt": ["QUARTA vez por causa do {ref}. Continua aberto. Já não sei o que dizer."],
    "en": ["FOURTH time about {ref}. Still open. I don't know how else to say it."],
    "fr": ["QUATRIÈME fois pour {ref}. Toujours ouverte."],
    "de": ["Zum VIERTEN Mal wegen {ref}. Immer noch offen."],
    "es": ["CUARTA vez por {ref}. Sigue abierta."],
}
URGENT: Table = {
    "it": ["Aggiunto alla segnalazione {ref} e segnato come urgente. Scusaci davvero"],
    "pt": ["Acrescentado ao pedido {ref} e marcado como urgente. As nossas desculpas"],
    "en": ["Added to your case {ref} and marked urgent. Really sorry"],
    "fr": ["Ajouté à votre demande {ref}, marquée urgente. Désolés"],
    "de": ["Zu Ihrem Vorgang {ref} hinzugefügt und als dringend markiert"],
    "es": ["Añadido a tu incidencia {ref} y marcada como urgente. Lo sentimos"],
}
# The six-step slide: late, wilted, missing, substitutions, charged, leaving for a competitor.
SLIDE: Table = {
    "it": [
        "box arrivata alle 14 invece che la mattina, e senza avviso. peccato",
        "le erbe aromatiche erano appassite e le pesche ammaccate. non è da Cestivo",
        "mancavano le uova e il pane, scritti sulla bolla ma non nella scatola",
        "sostituzioni a caso: al posto dei pomodori tre cavoli. Chi me li ha chiesti??",
        "11 € di 'extra' che non ho mai ordinato addebitati sulla carta. Sono stufa",
        "mio cognato prende la box da {comp}, ho già ordinato lì per sabato. Ciao Cestivo",
    ],
    "pt": [
        "a caixa chegou às 14h em vez de manhã, sem aviso nenhum. pena",
        "as ervas aromáticas vinham murchas e os pêssegos pisados. não é costume",
        "faltavam os ovos e o pão, estavam na guia mas não na caixa",
        "substituições ao calhas: em vez de tomates, três couves. Quem pediu??",
        "11 € de 'extras' que nunca pedi cobrados no cartão. Estou farta",
        "o meu cunhado compra a caixa à {comp}, já encomendei lá para sábado. Adeus Cestivo",
    ],
    "en": [
        "box turned up at 2pm instead of the morning, no heads-up. shame",
        "the herbs were wilted and the peaches bruised. not like Cestivo",
        "eggs and bread missing, on the slip but not in the box",
        "random substitutions: three cabbages instead of tomatoes. who asked for that??",
        "£9 of 'extras' I never ordered taken from my card. fed up",
        "my brother-in-law gets his box from {comp}, I've ordered there for Saturday. Bye Cestivo",
    ],
    "fr": [
        "panier arrivé à 14h au lieu du matin, sans prévenir. dommage",
        "herbes fanées et pêches abîmées. ça ne ressemble pas à Cestivo",
        "il manquait les œufs et le pain, sur le bon mais pas dans le carton",
        "substitutions au hasard : trois choux à la place des tomates. Qui a demandé ça ??",
        "11 € d'« extras » jamais commandés prélevés. J'en ai marre",
        "mon beau-frère prend son panier chez {comp}, j'ai commandé là-bas pour samedi",
    ],
    "de": [
        "Kiste kam um 14 Uhr statt morgens, ohne Bescheid. Schade",
        "Kräuter welk, Pfirsiche mit Druckstellen. So kenne ich Cestivo nicht",
        "Eier und Brot fehlten, auf dem Lieferschein ja, in der Kiste nein",
        "Ersatz nach Lust und Laune: drei Kohlköpfe statt Tomaten. Wer wollte das??",
        "11 € 'Extras' abgebucht, die ich nie bestellt habe. Mir reichts",
        "mein Schwager bestellt bei {comp}, ich habe dort für Samstag bestellt. Tschüss Cestivo",
    ],
    "es": [
        "caja a las 14h en vez de por la mañana, sin avisar. una pena",
        "hierbas mustias y melocotones golpeados. no es propio de Cestivo",
        "faltaban los huevos y el pan, en el albarán sí, en la caja no",
        "sustituciones al azar: tres coles en vez de tomates. ¿Quién lo pidió??",
        "11 € de 'extras' que nunca pedí cobrados. Estoy harta",
        "mi cuñado pide la caja a {comp}, ya he pedido allí para el sábado. Adiós Cestivo",
    ],
}
CANCEL: Table = {
    "it": [
        "Buongiorno, mi trasferisco a Londra per lavoro: vorrei annullare Cestivo Più e chiudere l'account. Grazie di tutto",
        "Salve, ora che abbiamo l'orto nostro in campagna non ci serve più la box. Vorrei disdire Cestivo Più e chiudere l'account",
    ],
    "pt": [
        "Bom dia, vou viver para o estrangeiro: quero cancelar o Cestivo Mais e fechar a conta. Obrigada por tudo",
        "Olá, agora temos horta própria na aldeia e já não precisamos da caixa. Quero cancelar o Mais e fechar a conta",
    ],
    "en": [
        "Hi, we're moving abroad so I'd like to cancel Cestivo Plus and close my account. Thanks for everything"
    ],
    "fr": [
        "Bonjour, nous déménageons à l'étranger : je souhaite résilier Cestivo Plus et fermer mon compte"
    ],
    "de": ["Hallo, wir ziehen ins Ausland: bitte Cestivo Plus kündigen und mein Konto schließen"],
    "es": ["Hola, nos mudamos al extranjero: quiero cancelar Cestivo Plus y cerrar la cuenta"],
}
SORRY_GO: Table = {
    "it": [
        "Ci dispiace vederti andare! Puoi annullare da solo in app o sul sito, in 'Account'. In bocca al lupo"
    ],
    "pt": ["Temos pena que saia! Pode cancelar na app ou no site, em 'Conta'. Boa sorte"],
    "en": [
        "Sorry to see you go! You can cancel yourself in the app or on the website under 'Account'. Good luck"
    ],
    "fr": [
        "Désolés de vous voir partir ! Vous pouvez résilier dans l'app ou sur le site, rubrique 'Compte'"
    ],
    "de": [
        "Schade, dass Sie gehen! Sie können selbst in der App oder auf der Website unter 'Konto' kündigen"
    ],
    "es": ["¡Sentimos que te vayas! Puedes cancelar tú mismo en la app o en la web, en 'Cuenta'"],
}
GRUMBLE: Table = {
    "it": [
        "l'app mi fa rifare il login ogni santa volta",
        "il sms 'consegna in arrivo' alle 6 di mattina anche no",
        "ancora cartoni enormi per due zucchine",
        "le ricette della settimana sempre con ingredienti che non sono nella box",
    ],
    "pt": [
        "a app pede login sempre que abro",
        "sms 'entrega a caminho' às 6 da manhã, a sério",
        "caixas de cartão enormes para duas curgetes",
        "as receitas pedem sempre coisas que não vêm na caixa",
    ],
    "en": ["the app logs me out every single time", "a 'delivery on its way' text at 6am, really"],
    "fr": [
        "l'appli me déconnecte à chaque fois",
        "un sms « livraison en route » à 6h du matin, vraiment",
    ],
    "de": [
        "die App meldet mich jedes Mal ab",
        "SMS 'Lieferung unterwegs' um 6 Uhr morgens, ernsthaft",
    ],
    "es": [
        "la app me cierra la sesión cada vez",
        "un sms de 'entrega en camino' a las 6 de la mañana, en serio",
    ],
}
SARCASM: Table = {
    "it": [
        "consegna 'mattutina' alle 19:40, giusto in tempo per cucinare a mezzanotte 👏",
        "box arrivata 'fresca': insalata già pronta per il compost 😂",
    ],
    "pt": [
        "entrega 'de manhã' às 19:40, mesmo a tempo de cozinhar à meia-noite 👏",
        "caixa 'fresquinha': a alface já vinha pronta para o compostor 😂",
    ],
    "en": ["'morning' delivery at 19:40, just in time to cook at midnight 👏"],
    "fr": ["livraison « du matin » à 19h40, pile pour cuisiner à minuit 👏"],
    "de": ["'Morgen'-Lieferung um 19:40, genau richtig zum Kochen um Mitternacht 👏"],
    "es": ["entrega 'de mañana' a las 19:40, justo para cocinar a medianoche 👏"],
}
MILD: Table = {
    "it": [
        "la ricerca della fascia oraria mi propone la città sbagliata",
        "le notifiche mi arrivano in inglese",
    ],
    "pt": ["a pesquisa de horários mostra a cidade errada", "as notificações chegam em inglês"],
    "en": ["the slot search keeps showing the wrong town"],
    "fr": ["les notifications arrivent en anglais"],
    "de": ["die Benachrichtigungen kommen auf Englisch"],
    "es": ["las notificaciones me llegan en inglés"],
}
MILD_ACK: Table = {
    "it": ["Grazie della segnalazione, la giriamo al team dell'app."],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app."],
    "en": ["Thanks for flagging this, we've passed it to the app team."],
    "fr": ["Merci du signalement, transmis à l'équipe de l'appli."],
    "de": ["Danke für den Hinweis, ist ans App-Team weitergegeben."],
    "es": ["Gracias por el aviso, lo pasamos al equipo de la app."],
}

# The spike: Saturday 14 November, every item of the morning boxes substituted by onions.
SPIKE: Table = {
    "it": [
        "ma che scherzo è?? la box di stamattina è SOLO cipolle, 5 kg di cipolle, e sulla bolla c'è scritto K7Q/03 su ogni riga",
        "Cestivo la mia box di oggi: tutto sostituito con cipolle, codice K7Q/03 sulla bolla. Dove sono le verdure?",
        "aperto la box e dentro solo cipolle 🧅🧅🧅 la bolla dice 'SOST. K7Q/03' per ogni articolo",
    ],
    "pt": [
        "que brincadeira é esta?? a caixa de hoje é SÓ cebolas e a guia diz K7Q/03 em todas as linhas",
        "Cestivo a minha caixa de hoje: tudo substituído por cebolas, código K7Q/03 na guia. Onde estão os legumes?",
        "abri a caixa e só cebolas 🧅🧅 a guia diz 'SUBST K7Q/03' em cada artigo",
    ],
    "en": [
        "my box this morning is nothing but ONIONS, every line on the slip says K7Q/03. what happened?",
        "Cestivo every item in today's box swapped for onions, code K7Q/03 on the packing slip",
    ],
    "fr": [
        "mon panier de ce matin ne contient QUE des oignons, le bon indique K7Q/03 à chaque ligne"
    ],
    "de": ["meine Kiste heute früh: NUR Zwiebeln, auf dem Lieferschein bei jeder Zeile K7Q/03"],
    "es": ["la caja de esta mañana es SOLO cebollas, en el albarán pone K7Q/03 en cada línea"],
}
SPIKE_ANSWER: Table = {
    "it": [
        "Sì, purtroppo stamattina le box del sabato sono partite con un errore di sostituzione (K7Q/03). Ci stiamo lavorando, ti aggiorniamo"
    ],
    "pt": [
        "Sim, infelizmente as caixas de sábado saíram com um erro de substituição (K7Q/03). Estamos a tratar, damos notícias"
    ],
    "en": [
        "Yes, this morning's Saturday boxes went out with a substitution error (K7Q/03). We're on it and will update you"
    ],
    "fr": [
        "Oui, les paniers du samedi sont partis avec une erreur de substitution (K7Q/03). Nous y travaillons"
    ],
    "de": [
        "Ja, die Samstagskisten sind mit einem Ersatzfehler (K7Q/03) rausgegangen. Wir arbeiten daran"
    ],
    "es": [
        "Sí, las cajas del sábado salieron con un error de sustitución (K7Q/03). Estamos en ello"
    ],
}
SPIKE_REPEAT: Table = {
    "it": [
        "ancora niente? scrivo di nuovo, box di cipolle K7Q/03, cosa devo fare con 5 kg di cipolle",
        "riscrivo: anche la box di mia madre, stessa via, solo cipolle K7Q/03",
    ],
    "pt": [
        "ainda nada? escrevo outra vez, caixa de cebolas K7Q/03, que faço a 5 kg de cebolas",
        "volto a escrever: a caixa da minha mãe também, só cebolas K7Q/03",
    ],
    "en": [
        "still nothing? writing again, onion box K7Q/03, what am I meant to do with 5 kg of onions"
    ],
    "fr": ["toujours rien ? je réécris, panier d'oignons K7Q/03"],
    "de": ["immer noch nichts? ich schreibe nochmal, Zwiebelkiste K7Q/03"],
    "es": ["¿nada todavía? escribo otra vez, caja de cebollas K7Q/03"],
}
WORKS_AGAIN: Table = {
    "it": [
        "Le box corrette partono ora e arrivano entro le 14 (ora locale). La box di oggi è offerta da noi: 10 € di credito aggiunti. Scusaci per le cipolle"
    ],
    "pt": [
        "As caixas corretas saem agora e chegam até às 13h (hora local). A caixa de hoje é por nossa conta: 10 € de crédito. Desculpe as cebolas"
    ],
    "en": [
        "Corrected boxes are leaving now and will reach you by 1pm (local time). Today's box is on us: {credit} credit added. Sorry about the onions"
    ],
    "fr": [
        "Les bons paniers partent maintenant et arrivent avant 14h (heure locale). Celui d'aujourd'hui est offert : 10 € de crédit"
    ],
    "de": [
        "Die richtigen Kisten fahren jetzt los und sind bis 14 Uhr (Ortszeit) da. Die heutige geht auf uns: {credit} Guthaben"
    ],
    "es": [
        "Las cajas correctas salen ya y llegan antes de las 14h (hora local). La de hoy corre de nuestra cuenta: 10 € de crédito"
    ],
}
LONE_Q: Table = {
    "it": [
        "ciao, la bolla della box di ieri era stampata sbiadita ma dentro c'era tutto. domani è uguale o devo preoccuparmi?"
    ],
    "pt": [
        "olá, a guia da caixa de ontem vinha mal impressa mas estava tudo lá. amanhã vai ser igual?"
    ],
}
LONE_A: Table = {
    "it": [
        "Ciao! Era solo la stampante di un magazzino, già sostituita: la box di domani è a posto."
    ],
    "pt": ["Olá! Foi só uma impressora do armazém, já trocada: a caixa de amanhã está em ordem."],
}
SPIKE_GRUMBLE: Table = {
    "it": ["la pagina 'personalizza box' oggi è lentissima, ci mette un minuto"],
    "pt": ["a página 'personalizar caixa' hoje está lentíssima"],
}
SLOW_ANSWER: Table = {
    "it": ["Ci scusiamo, un aggiornamento del sito: ora dovrebbe andare meglio."],
    "pt": ["Pedimos desculpa, foi uma atualização do site: já deve estar melhor."],
}


def pick(rng: random.Random, table: Table, lang: str, **kw: str) -> str:
    return rng.choice(table[lang]).format(**kw)
