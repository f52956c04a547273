# ruff: noqa: E501
"""Wording of heldout216 (Arrumo: home decluttering visits and box storage), written blind.

Every table is keyed by language (pt, fr first, then en, de, it, es); placeholders are
filled by make_heldout216.py: {ref} case reference, {comp} a competitor, {code} the
incident's error code, {first} a colleague's first name, {day} a weekday.
"""

from __future__ import annotations

BRAND = "Arrumo"
COMPETITORS = ("Ordelia", "Rangexo")
CODE = "BXI-529"

Table = dict[str, list[str]]

PRODUCTS = [
    ("Closet reset visit 3 h / Arrumação de roupeiro 3 h", "89.00"),
    ("Kitchen declutter visit 4 h / Désencombrement cuisine 4 h", "119.00"),
    ("Move-in unpacking 6 h / Déballage emménagement 6 h", "179.00"),
    ("Storage boxes x10, monthly / Caixas de guarda x10, mensal", "24.90"),
    ("Garage sort-out 5 h / Tri du garage 5 h", "139.00"),
    ("Arrumo Club, monthly", "9.90"),
]
B2B_PRODUCTS = [
    ("Office reorganisation, day / Réorganisation de bureaux, jour", "890.00"),
    ("Archive boxes x50, monthly / Caixas de arquivo x50, mensal", "210.00"),
    ("Desk move, per desk / Déménagement de poste", "45.00"),
]
PAGES = ["/app/boxes", "/club", "/book/visit", "/pricing", "/help/storage", "/book/garage"]

PRAISE: Table = {
    "pt": [
        "A organizadora da Arrumo deixou o meu roupeiro irreconhecível, finalmente encontro tudo!",
        "Que diferença na cozinha, obrigada Arrumo, a Rita foi impecável e super simpática",
        "Adoro a app das caixas, vejo a foto de cada caixa antes de pedir a devolução. Top",
    ],
    "fr": [
        "L'organisatrice Arrumo a transformé mon dressing en trois heures, je suis bluffée",
        "Super visite ce matin, le garage est enfin praticable. Merci Arrumo !",
        "franchement le service de garde-meubles en boîtes est génial, tout est photographié",
    ],
    "en": [
        "Arrumo sorted our spare room in one afternoon, we can actually use it now. Brilliant team"
    ],
    "de": ["Die Aufräumhilfe von Arrumo war großartig, der Keller ist endlich wieder begehbar"],
    "it": ["Visita Arrumo perfetta, l'armadio sembra un altro. Bravissimi davvero"],
    "es": ["La organizadora de Arrumo dejó la despensa perfecta, qué gusto abrirla ahora"],
}
AGAIN: Table = {
    "pt": [
        "Terceira vez que chamo a Arrumo e mais uma vez impecável, já é tradição cá em casa",
        "Outra vez a mesma organizadora, a Sofia, e outra vez tudo perfeito",
    ],
    "fr": [
        "Troisième visite Arrumo et toujours aussi top, on ne s'en lasse pas",
        "Encore une fois ponctuels et adorables, merci l'équipe",
    ],
    "en": ["Third time using Arrumo and still impressed, same lovely organiser again"],
    "de": ["Schon das dritte Mal bei Arrumo gebucht und immer noch begeistert"],
    "it": ["Terza volta con Arrumo e ancora una volta tutto perfetto"],
    "es": ["Tercera vez que reservo con Arrumo y otra vez de diez"],
}
GRIPE: Table = {
    "pt": [
        "Muito contente com a visita, só a app demora um bocado a abrir as fotos das caixas",
        "Tudo ótimo, só acho as caixas um pouco pequenas para casacos de inverno",
    ],
    "fr": [
        "Très contente de la visite, seul bémol le créneau de 8h c'est tôt",
        "Top comme d'hab, juste dommage que les étiquettes des boîtes se décollent",
    ],
    "en": ["Really happy with the visit, only gripe is the booking slots are a bit early"],
    "de": ["Sehr gute Arbeit, nur die Etiketten auf den Kisten halten schlecht"],
    "it": ["Ottimo lavoro, solo le etichette delle scatole si staccano un po'"],
    "es": ["Muy contenta, solo que las cajas de guarda se quedan algo pequeñas"],
}
QUESTION: Table = {
    "pt": [
        "Olá, posso juntar mais 5 caixas ao meu plano de guarda a meio do mês?",
        "boa tarde, a organizadora leva sacos para doações ou tenho de ter em casa?",
    ],
    "fr": [
        "Bonjour, est-ce que je peux décaler ma visite de jeudi à samedi ?",
        "bjr, les boîtes de stockage acceptent des livres lourds ?",
    ],
    "en": ["Hi, can I add five more storage boxes to my plan mid-month?"],
    "de": ["Hallo, kann ich meinen Termin von Donnerstag auf Samstag verschieben?"],
    "it": ["Ciao, posso aggiungere altre 5 scatole al mio piano a metà mese?"],
    "es": ["Hola, ¿puedo añadir cinco cajas más a mi plan a mitad de mes?"],
}
ANSWER: Table = {
    "pt": [
        "Olá! Sim, pode fazê-lo na app em Caixas > Adicionar; fica já no próximo recibo. Bom dia!"
    ],
    "fr": [
        "Bonjour ! Oui, c'est possible depuis l'appli dans Mes visites > Modifier. Belle journée !"
    ],
    "en": [
        "Hi! Yes, you can do that in the app under Boxes > Add; it shows on your next receipt. Have a good day!"
    ],
    "de": ["Hallo! Ja, das geht in der App unter Termine > Ändern. Schönen Tag noch!"],
    "it": ["Ciao! Sì, puoi farlo dall'app in Scatole > Aggiungi. Buona giornata!"],
    "es": ["¡Hola! Sí, puedes hacerlo en la app en Cajas > Añadir. ¡Buen día!"],
}
THANKS: Table = {
    "pt": ["Obg!! 👌", "top, obrigada", "valeu 🙏"],
    "fr": ["merci c'est cool", "Top merci 👍", "parfait merciii"],
    "en": ["cheers, legend"],
    "de": ["Super, danke dir!"],
    "it": ["grz mille 🙌"],
    "es": ["Genial, gracias crack"],
}
CALL_Q: Table = {
    "pt": [
        "olá queria saber se a visita de sábado inclui levar as caixas para o armazém ou se isso é à parte obrigado"
    ],
    "fr": [
        "oui bonjour je voulais savoir si la visite de samedi comprend l'enlèvement des cartons vers le garde-meubles merci"
    ],
    "en": [
        "hi there just wondering if saturday's visit includes taking the boxes to storage or is that extra"
    ],
    "de": [
        "ja hallo ich wollte fragen ob beim Termin am Samstag die Kisten gleich ins Lager mitgenommen werden"
    ],
    "it": [
        "sì buongiorno volevo sapere se la visita di sabato include il ritiro delle scatole per il deposito"
    ],
    "es": [
        "hola buenas quería saber si la visita del sábado incluye llevar las cajas al almacén o va aparte"
    ],
}
CALL_FOLLOW: Table = {
    "pt": [
        "Na sequência da sua chamada: sim, a recolha das caixas está incluída na visita de sábado. Cumprimentos, Arrumo"
    ],
    "fr": [
        "Suite à votre appel : oui, l'enlèvement des cartons est compris dans la visite de samedi. Cordialement, Arrumo"
    ],
    "en": [
        "Following your call: yes, taking the boxes to storage is included in Saturday's visit. Kind regards, Arrumo"
    ],
    "de": [
        "Zu Ihrem Anruf: Ja, die Kisten nehmen wir beim Termin am Samstag mit. Viele Grüße, Arrumo"
    ],
    "it": [
        "A seguito della sua chiamata: sì, il ritiro delle scatole è incluso. Cordiali saluti, Arrumo"
    ],
    "es": [
        "Tras su llamada: sí, llevar las cajas al almacén está incluido en la visita. Saludos, Arrumo"
    ],
}
REVIEW: Table = {
    "pt": ["Serviço cinco estrelas, pontuais e cuidadosos com tudo"],
    "fr": ["Service au top, ponctuels et très soigneux"],
    "en": ["Five stars, on time and careful with everything"],
    "de": ["Fünf Sterne, pünktlich und sorgfältig"],
    "it": ["Cinque stelle, puntuali e attenti"],
    "es": ["Cinco estrellas, puntuales y cuidadosos"],
}
NIGHT_POST: Table = {
    "pt": [
        "3 da manhã e eu a dobrar t-shirts à Arrumo, a insónia tem destas coisas 😅",
        "turno da noite no hospital e só penso na visita de sábado, mal posso esperar",
    ],
    "fr": [
        "2h du mat et je regarde des vidéos de rangement, vivement la visite Arrumo samedi",
        "insomnie = j'ai vidé le placard de l'entrée, l'organisatrice va être fière",
    ],
    "en": ["2am and I'm watching drawer-folding videos, Arrumo visit can't come soon enough"],
    "de": ["3 Uhr nachts und ich sortiere Socken, Samstag kommt endlich Arrumo"],
    "it": ["Le 2 di notte e guardo video di riordino, sabato arriva Arrumo"],
    "es": ["Las 3 de la mañana y yo viendo vídeos de orden, el sábado viene Arrumo"],
}
NIGHT_CHAT: Table = {
    "pt": ["olá, ainda alguém aí? posso deixar as caixas cheias à porta para a recolha de amanhã?"],
    "fr": [
        "bonsoir, je peux laisser les cartons sur le palier pour l'enlèvement de demain ?",
        "petite question de nuit: la visite de 8h c'est 8h pile ?",
    ],
    "en": ["hi, late one: can I leave the full boxes on the doorstep for tomorrow's pick-up?"],
    "de": ["Hallo, kann ich die vollen Kisten für morgen vor die Tür stellen?"],
    "it": ["ciao, posso lasciare le scatole piene fuori dalla porta per il ritiro di domani?"],
    "es": ["hola, ¿puedo dejar las cajas llenas en la puerta para la recogida de mañana?"],
}
NIGHT_ANSWER: Table = {
    "pt": ["Olá! Pode sim, basta fechar com a fita da Arrumo. Boa noite!"],
    "fr": ["Bonsoir ! Oui, fermez-les avec le ruban Arrumo et c'est bon. Bonne nuit !"],
    "en": ["Hi! Yes, just seal them with the Arrumo tape. Good night!"],
    "de": ["Hallo! Ja, einfach mit dem Arrumo-Band verschließen. Gute Nacht!"],
    "it": ["Ciao! Sì, basta chiuderle con il nastro Arrumo. Buonanotte!"],
    "es": ["¡Hola! Sí, ciérralas con la cinta de Arrumo. ¡Buenas noches!"],
}
SURVEY_WORD: Table = {
    "pt": ["Excelente", "👏", ""],
    "fr": ["Parfait", "top", ""],
    "en": ["Spot on", ""],
    "de": ["Prima", ""],
    "it": ["Ottimo", ""],
    "es": ["Genial", ""],
}
LOW_WORD: Table = {
    "pt": ["péssimo", ""],
    "fr": ["nul", ""],
    "en": ["poor", ""],
    "de": ["schlecht", ""],
    "it": ["pessimo", ""],
    "es": ["fatal", ""],
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
PROBLEM_TOPIC = {
    "no_show": "organiser never came",
    "double_charge": "Club fee charged twice",
    "damage": "item broken during the visit",
    "refund": "box deposit not refunded",
    "wrong_price": "non-member rate for a Club member",
    "cancel_fee": "late-cancellation fee when cancelled days ahead",
}
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "pt": [
            "Tirei o dia de férias para a visita das 9h e NINGUÉM apareceu. A app diz 'visita concluída'. Concluída onde??",
            "a organizadora não veio, esperei a manhã toda e ninguém atende o telefone, que falta de respeito",
        ],
        "fr": [
            "J'ai posé une journée pour la visite de 9h et PERSONNE n'est venu. L'appli affiche 'visite terminée'. Terminée où ??",
            "l'organisatrice n'est jamais venue, j'ai attendu toute la matinée, c'est inadmissible",
        ],
        "en": [
            "Took a day off for the 9am visit and NOBODY came. App says 'visit completed'. Completed where??"
        ],
        "de": [
            "Extra Urlaub genommen für den Termin um 9 und NIEMAND kam. App sagt 'Termin erledigt'. Wo denn??"
        ],
        "it": [
            "Preso un giorno di ferie per la visita delle 9 e NESSUNO si è presentato. L'app dice 'visita completata'"
        ],
        "es": [
            "Pedí el día libre para la visita de las 9 y NO VINO NADIE. La app dice 'visita completada'. ¿Dónde?"
        ],
    },
    "double_charge": {
        "pt": [
            "Cobraram-me a mensalidade do Arrumo Club DUAS vezes este mês, 9,90 € e 9,90 €. Quero o dinheiro de volta já",
            "dois débitos do Club no mesmo dia, alguém me explica?",
        ],
        "fr": [
            "Vous m'avez prélevé l'abonnement Arrumo Club DEUX fois ce mois-ci. Remboursez-moi svp",
            "deux prélèvements Club le même jour, c'est quoi ce bazar",
        ],
        "en": ["You've taken my Arrumo Club fee TWICE this month. I want it back now"],
        "de": ["Der Club-Beitrag wurde ZWEIMAL abgebucht. Bitte sofort zurück"],
        "it": ["Mi avete addebitato l'Arrumo Club DUE volte questo mese. Rivoglio i soldi"],
        "es": ["Me habéis cobrado el Arrumo Club DOS veces este mes. Quiero el dinero ya"],
    },
    "damage": {
        "pt": [
            "A organizadora partiu a jarra da minha avó ao mudar a estante de sítio e foi-se embora sem dizer nada",
            "jarra partida e nem um pedido de desculpa, encontrei os cacos no saco do lixo",
        ],
        "fr": [
            "L'organisatrice a cassé le vase de ma grand-mère en déplaçant l'étagère et est partie sans rien dire",
            "vase cassé, morceaux cachés dans le sac poubelle, bravo",
        ],
        "en": [
            "Your organiser broke my grandmother's vase moving the shelf and left without a word"
        ],
        "de": ["Die Aufräumhilfe hat die Vase meiner Oma zerbrochen und nichts gesagt"],
        "it": [
            "L'organizzatrice ha rotto il vaso di mia nonna spostando lo scaffale e se n'è andata zitta"
        ],
        "es": [
            "La organizadora rompió el jarrón de mi abuela al mover la estantería y se fue sin decir nada"
        ],
    },
    "refund": {
        "pt": [
            "Devolvi as caixas há TRÊS semanas e a caução de 40 € continua sem aparecer",
            "a caução das caixas ainda não voltou, já lá vão três semanas",
        ],
        "fr": [
            "J'ai rendu les boîtes il y a TROIS semaines et la caution de 40 € n'est toujours pas revenue",
            "toujours pas de caution remboursée, trois semaines, sérieux",
        ],
        "en": ["Returned the boxes THREE weeks ago and the £35 deposit still hasn't come back"],
        "de": ["Kisten vor DREI Wochen zurückgegeben, Kaution von 40 € immer noch nicht da"],
        "it": ["Scatole restituite TRE settimane fa e la cauzione di 40 € non è ancora tornata"],
        "es": ["Devolví las cajas hace TRES semanas y la fianza de 40 € sigue sin llegar"],
    },
    "wrong_price": {
        "pt": [
            "Sou sócia do Arrumo Club e cobraram-me a tarifa normal na visita de ontem, 30 € a mais",
            "pago o Club todos os meses para quê se me cobram o preço de não-sócio?",
        ],
        "fr": [
            "Je suis membre Arrumo Club et on m'a facturé le tarif normal, 30 € de plus",
            "à quoi sert le Club si on me facture le prix non-membre ?",
        ],
        "en": ["I'm an Arrumo Club member and got charged the standard rate, £26 extra"],
        "de": ["Ich bin Club-Mitglied und habe den Normalpreis bezahlt, 30 € zu viel"],
        "it": ["Sono socia Arrumo Club e mi avete fatto pagare la tariffa normale, 30 € in più"],
        "es": ["Soy socia del Arrumo Club y me cobrasteis la tarifa normal, 30 € de más"],
    },
    "cancel_fee": {
        "pt": [
            "Cancelei a visita com CINCO dias de antecedência e cobraram-me taxa de cancelamento tardio",
            "taxa de cancelamento tardio com cinco dias de aviso? só pode ser engano",
        ],
        "fr": [
            "J'ai annulé la visite CINQ jours avant et vous me facturez des frais d'annulation tardive",
            "frais d'annulation tardive avec cinq jours d'avance, vous rigolez ?",
        ],
        "en": ["Cancelled the visit FIVE days ahead and got a late-cancellation fee"],
        "de": ["FÜNF Tage vorher storniert und trotzdem Stornogebühr berechnet"],
        "it": ["Ho disdetto CINQUE giorni prima e mi avete addebitato la penale"],
        "es": ["Cancelé la visita con CINCO días de antelación y me cobrasteis penalización"],
    },
}
COMPLAINT_SUBJECT: Table = {
    "pt": ["Reclamação: "],
    "fr": ["Réclamation : "],
    "en": ["Complaint: "],
    "de": ["Beschwerde: "],
    "it": ["Reclamo: "],
    "es": ["Reclamación: "],
}
LONG_EMAIL: Table = {
    "pt": [
        "Bom dia,\n\nEscrevo-vos da sala de espera do centro de saúde, enquanto a minha mãe faz análises, porque não consigo ficar calada. Estamos a preparar a casa dela para venda e contratei a Arrumo precisamente para não ter de tratar de tudo sozinha.\n\nPROBLEM\n\nSou cliente há dois anos e sempre recomendei o serviço às amigas. Mas assim não dá. Espero uma resposta séria.\n\nCumprimentos",
        "Olá,\n\nestou no carro à porta do ATL dos miúdos e aproveito para escrever. Temos obras na cozinha e a visita era essencial para arrumar tudo antes.\n\nPROBLEM\n\nAgradeço que me respondam hoje.\n\nObrigado",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis le quai de la gare, entre deux trains, parce que ça ne peut plus attendre. Nous vidons l'appartement de mon père qui part en maison de retraite et j'avais réservé Arrumo pour m'aider.\n\nPROBLEM\n\nJ'ai toujours été très contente de vos services, mais là c'est non. J'attends une réponse rapide.\n\nCordialement",
        "Madame, Monsieur,\n\nje profite de la pause déjeuner au bureau. Avec le déménagement et le bébé qui arrive, la visite devait tout débloquer.\n\nPROBLEM\n\nMerci de me rappeler au plus vite.\n\nBien à vous",
    ],
}
CALL_COMPLAINT: dict[str, dict[str, str]] = {
    "no_show": {
        "pt": "olá estou a ligar porque a organizadora não apareceu esperei a manhã toda e a app diz que a visita está concluída",
        "fr": "oui bonjour j'appelle parce que personne n'est venu ce matin et l'appli dit visite terminée",
        "en": "hi i'm calling because nobody turned up this morning and the app says the visit is done",
        "de": "ja hallo es ist heute morgen niemand gekommen und die App sagt Termin erledigt",
        "it": "buongiorno chiamo perché stamattina non è venuto nessuno e l'app dice visita completata",
        "es": "hola llamo porque esta mañana no ha venido nadie y la app dice visita completada",
    },
    "double_charge": {
        "pt": "olá cobraram-me o club duas vezes este mês queria que me devolvessem",
        "fr": "bonjour vous m'avez prélevé le club deux fois ce mois je voudrais être remboursée",
        "en": "hi you've charged my club fee twice this month i want one back",
        "de": "hallo der Club wurde zweimal abgebucht ich möchte das Geld zurück",
        "it": "buongiorno mi avete addebitato il club due volte",
        "es": "hola me habéis cobrado el club dos veces este mes",
    },
    "damage": {
        "pt": "olá a organizadora partiu uma jarra e não disse nada queria saber como é",
        "fr": "bonjour l'organisatrice a cassé un vase et n'a rien dit",
        "en": "hello your organiser broke a vase and didn't say anything",
        "de": "hallo die Aufräumhilfe hat eine Vase kaputt gemacht und nichts gesagt",
        "it": "buongiorno l'organizzatrice ha rotto un vaso senza dire niente",
        "es": "hola la organizadora rompió un jarrón y no dijo nada",
    },
    "refund": {
        "pt": "olá devolvi as caixas há três semanas e a caução ainda não voltou",
        "fr": "bonjour j'ai rendu les boîtes il y a trois semaines et pas de caution",
        "en": "hi i returned the boxes three weeks ago and no deposit back yet",
        "de": "hallo Kisten vor drei Wochen zurück und keine Kaution",
        "it": "buongiorno ho reso le scatole tre settimane fa e niente cauzione",
        "es": "hola devolví las cajas hace tres semanas y la fianza nada",
    },
    "wrong_price": {
        "pt": "olá sou sócia do club e cobraram-me o preço normal",
        "fr": "bonjour je suis membre du club et j'ai payé le tarif normal",
        "en": "hi i'm a club member and got charged the normal rate",
        "de": "hallo ich bin im Club und habe den Normalpreis gezahlt",
        "it": "buongiorno sono socia del club e ho pagato la tariffa normale",
        "es": "hola soy socia del club y me cobrasteis la tarifa normal",
    },
    "cancel_fee": {
        "pt": "olá cancelei com cinco dias e cobraram taxa de cancelamento tardio",
        "fr": "bonjour j'ai annulé cinq jours avant et j'ai des frais d'annulation tardive",
        "en": "hi i cancelled five days ahead and got a late cancellation fee",
        "de": "hallo fünf Tage vorher storniert und Stornogebühr bekommen",
        "it": "buongiorno ho disdetto cinque giorni prima e ho la penale",
        "es": "hola cancelé con cinco días y me cobrasteis penalización",
    },
}
CASE_OPENED: Table = {
    "pt": ["Lamentamos muito. Abrimos o processo {ref} e damos notícias em breve. Equipa Arrumo"],
    "fr": [
        "Nous sommes désolés. Nous avons ouvert le dossier {ref} et revenons vers vous rapidement. L'équipe Arrumo"
    ],
    "en": [
        "We're very sorry. We've opened case {ref} and will be back to you shortly. The Arrumo team"
    ],
    "de": [
        "Das tut uns leid. Wir haben den Vorgang {ref} angelegt und melden uns bald. Ihr Arrumo-Team"
    ],
    "it": [
        "Ci dispiace molto. Abbiamo aperto la pratica {ref}, la ricontattiamo a breve. Il team Arrumo"
    ],
    "es": [
        "Lo sentimos mucho. Hemos abierto la incidencia {ref} y te contamos pronto. Equipo Arrumo"
    ],
}
QUALITY_LEAD: Table = {
    "pt": [
        "O seu processo {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
    ],
    "fr": [
        "Votre dossier {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "en": [
        "Your case {ref} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "de": [
        "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
    ],
    "it": [
        "La sua pratica {ref} è ora con la nostra responsabile qualità, che la chiamerà prima di venerdì a pranzo."
    ],
    "es": [
        "Tu incidencia {ref} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}
GOOD_NEWS: Table = {
    "pt": [
        "Boas notícias sobre o processo {ref}: está resolvido do nosso lado. Pode confirmar-nos que está tudo bem?"
    ],
    "fr": [
        "Bonne nouvelle pour le dossier {ref} : c'est réglé de notre côté. Pouvez-vous nous confirmer ?"
    ],
    "en": ["Good news on case {ref}: it's sorted on our side. Could you confirm all is well?"],
    "de": ["Gute Nachrichten zu Vorgang {ref}: bei uns erledigt. Können Sie das bestätigen?"],
    "it": ["Buone notizie sulla pratica {ref}: risolta da parte nostra. Può confermarci?"],
    "es": [
        "Buenas noticias sobre la incidencia {ref}: resuelta por nuestra parte. ¿Nos lo confirmas?"
    ],
}
CONFIRM: Table = {
    "pt": [
        "Confirmo, o processo {ref} está resolvido, obrigada pela rapidez",
        "tudo certo com o {ref}, obg",
    ],
    "fr": ["Je confirme, dossier {ref} réglé, merci beaucoup", "c'est bon pour le {ref}, merci !"],
    "en": ["Confirmed, case {ref} is sorted, thanks"],
    "de": ["Bestätigt, Vorgang {ref} ist erledigt, danke"],
    "it": ["Confermo, pratica {ref} risolta, grazie"],
    "es": ["Confirmado, la incidencia {ref} está resuelta, gracias"],
}
APOLOGY: Table = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava mesmo de cabeça perdida. Obrigada por tratarem disto"
    ],
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci de vous en occuper"],
    "en": ["Sorry for my tone yesterday, it had been a long day. Thanks for sorting it"],
    "de": ["Entschuldigung für gestern, war ein furchtbarer Tag. Danke fürs Kümmern"],
    "it": ["Scusate per il tono di ieri, giornata storta. Grazie"],
    "es": ["Perdón por el tono de ayer, estaba desbordada. Gracias por ocuparos"],
}
STILL_OPEN: Table = {
    "pt": [
        "Processo {ref}: continua por resolver. Já escrevi e ninguém faz nada",
        "volto a escrever sobre o {ref}, AINDA nada resolvido",
    ],
    "fr": [
        "Dossier {ref} : toujours rien de réglé. J'ai déjà écrit, aucune nouvelle",
        "je relance pour le {ref}, TOUJOURS pas résolu",
    ],
    "en": ["Case {ref}: still not sorted. I've already written and nothing happens"],
    "de": ["Vorgang {ref}: immer noch nicht erledigt. Ich habe schon geschrieben"],
    "it": ["Pratica {ref}: ancora niente. Ho già scritto e nessuno risponde"],
    "es": ["Incidencia {ref}: sigue sin resolver. Ya escribí y nada"],
}
THIRD: Table = {
    "pt": [
        "Terceira vez por causa do {ref}. Uma colega usa a {comp} e lá resolvem isto no mesmo dia"
    ],
    "fr": [
        "Troisième fois pour le {ref}. Une collègue passe par {comp} et eux règlent ça dans la journée"
    ],
    "en": ["Third time about {ref}. A colleague uses {comp} and they sort this the same day"],
    "de": [
        "Zum dritten Mal wegen {ref}. Eine Kollegin bucht bei {comp}, da geht sowas am selben Tag"
    ],
    "it": ["Terza volta per la {ref}. Una collega usa {comp} e lì risolvono in giornata"],
    "es": ["Tercera vez por la {ref}. Una compañera usa {comp} y allí lo arreglan en el día"],
}
FOURTH: Table = {
    "pt": ["QUARTA vez que contacto sobre o {ref}. Continua igual"],
    "fr": ["QUATRIÈME fois que je vous contacte pour le {ref}. Toujours rien"],
    "en": ["FOURTH time contacting you about {ref}. Still nothing"],
    "de": ["Zum VIERTEN Mal wegen {ref}. Immer noch nichts"],
    "it": ["QUARTA volta per la {ref}. Ancora niente"],
    "es": ["CUARTA vez por la {ref}. Sigue igual"],
}
URGENT: Table = {
    "pt": ["Acrescentei ao processo {ref} e marquei como urgente."],
    "fr": ["J'ai ajouté cela au dossier {ref} et l'ai marqué urgent."],
    "en": ["I've added this to case {ref} and marked it urgent."],
    "de": ["Ich habe das zu Vorgang {ref} hinzugefügt und als dringend markiert."],
    "it": ["Ho aggiunto alla pratica {ref} e segnato come urgente."],
    "es": ["Lo he añadido a la incidencia {ref} y marcado como urgente."],
}
SLIDE: Table = {
    "pt": [
        "A organizadora chegou hora e meia atrasada, sem avisar. Pronto, acontece",
        "As caixas novas vieram com fita que não cola, meio desiludida",
        "Agora pedem foto de cada caixa antes da devolução? Que burocracia",
        "A caução das caixas duplicou e demora uma semana a libertar. Cada vez pior",
        "Cobraram 35 € de 'limpeza' por caixas devolvidas impecáveis, com as fotos da própria app. É demais",
        "A minha cunhada usa a {comp} e já marquei lá a visita de sábado",
    ],
    "fr": [
        "L'organisatrice est arrivée avec 1h30 de retard sans prévenir. Bon, ça arrive",
        "Les nouvelles boîtes ont un scotch qui ne colle pas, un peu déçue",
        "Maintenant il faut une photo de chaque boîte avant le retour ? Quelle paperasse",
        "La caution des boîtes a doublé et met une semaine à revenir. De pire en pire",
        "35 € de 'frais de nettoyage' pour des boîtes rendues impeccables, photos de votre appli à l'appui. C'est trop",
        "Ma belle-sœur passe par {comp}, j'ai réservé la visite de samedi chez eux",
    ],
    "en": [
        "Organiser turned up an hour and a half late, no call. Oh well, happens",
        "The new boxes came with tape that won't stick, bit disappointed",
        "Now you want a photo of every box before return? So much admin",
        "Box deposit doubled and takes a week to release. Getting worse",
        "A £30 'cleaning fee' for boxes returned spotless, with your own app's photos. Unbelievable",
        "My sister-in-law uses {comp}, I've booked Saturday's visit there",
    ],
    "de": [
        "Die Aufräumhilfe kam anderthalb Stunden zu spät, ohne Anruf. Naja, kann passieren",
        "Die neuen Kisten haben Klebeband, das nicht hält, etwas enttäuscht",
        "Jetzt soll man jede Kiste vor der Rückgabe fotografieren? Bürokratie",
        "Kaution verdoppelt und eine Woche bis zur Freigabe. Wird immer schlimmer",
        "35 € 'Reinigungsgebühr' für tadellose Kisten, mit den Fotos eurer eigenen App. Unfassbar",
        "Meine Schwägerin bucht bei {comp}, ich habe den Samstag dort gebucht",
    ],
    "it": [
        "L'organizzatrice è arrivata con un'ora e mezza di ritardo senza avvisare. Vabbè",
        "Le scatole nuove hanno un nastro che non tiene, un po' delusa",
        "Ora serve una foto di ogni scatola prima del reso? Che burocrazia",
        "Cauzione raddoppiata e una settimana per lo sblocco. Sempre peggio",
        "35 € di 'pulizia' per scatole rese perfette, con le foto della vostra app. Assurdo",
        "Mia cognata usa {comp}, ho prenotato lì la visita di sabato",
    ],
    "es": [
        "La organizadora llegó hora y media tarde sin avisar. Bueno, pasa",
        "Las cajas nuevas traen una cinta que no pega, algo decepcionada",
        "¿Ahora hay que hacer foto de cada caja antes de devolverla? Qué burocracia",
        "La fianza de las cajas se ha duplicado y tarda una semana. Cada vez peor",
        "35 € de 'limpieza' por cajas devueltas impecables, con las fotos de vuestra app. Increíble",
        "Mi cuñada usa {comp} y he reservado allí la visita del sábado",
    ],
}
CANCEL_ASK: Table = {
    "pt": [
        "Olá, mudámo-nos para um T1 e já não há nada para arrumar. Quero cancelar o Arrumo Club e fechar a conta, obrigado"
    ],
    "fr": [
        "Bonjour, on déménage dans un studio et on a tout donné. Je souhaite résilier Arrumo Club et fermer mon compte",
        "bonjour, plus besoin de vos services depuis le tri de printemps, merci de résilier le Club et fermer le compte",
    ],
    "en": [
        "Hi, we've moved into a tiny flat and got rid of everything. Please cancel my Arrumo Club and close the account"
    ],
    "de": [
        "Hallo, wir sind in eine kleine Wohnung gezogen. Bitte Arrumo Club kündigen und Konto schließen"
    ],
    "it": [
        "Salve, ci siamo trasferiti in un monolocale. Vorrei disdire Arrumo Club e chiudere l'account"
    ],
    "es": [
        "Hola, nos mudamos a un estudio y ya no hace falta. Quiero cancelar el Arrumo Club y cerrar la cuenta"
    ],
}
SORRY_GO: Table = {
    "pt": ["Lamentamos vê-lo partir. Pode cancelar na app ou no site em Conta > Club."],
    "fr": [
        "Désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Club."
    ],
    "en": [
        "Sorry to see you go. You can cancel in the app or on the website under Account > Club."
    ],
    "de": [
        "Schade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website unter Konto > Club."
    ],
    "it": ["Ci dispiace vederla andare. Può disdire dall'app o dal sito in Account > Club."],
    "es": ["Sentimos que te vayas. Puedes cancelar en la app o en la web en Cuenta > Club."],
}
GRUMBLE: Table = {
    "pt": [
        "A app desliga-me a sessão sempre que abro as fotos das caixas",
        "o SMS de lembrete às 7 da manhã, a sério?",
        "janelas de visita de 4 horas é muito",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois que j'ouvre les photos",
        "le SMS de rappel à 7h du mat, vraiment ?",
        "des créneaux de 4 heures c'est trop large",
    ],
    "en": ["The app logs me out every time I open the box photos", "reminder text at 7am, really?"],
    "de": [
        "Die App loggt mich jedes Mal aus, wenn ich Fotos öffne",
        "Erinnerungs-SMS um 7 Uhr, echt jetzt?",
    ],
    "it": [
        "L'app mi disconnette ogni volta che apro le foto",
        "SMS di promemoria alle 7, davvero?",
    ],
    "es": [
        "La app me cierra la sesión cada vez que abro las fotos",
        "¿el SMS de recordatorio a las 7 de la mañana, en serio?",
    ],
}
SARCASM: Table = {
    "pt": [
        "Adoro quando a visita 'das 9h' começa às 11h45, dá tempo para arrumar antes da arrumação 👏",
        "Caixas 'novas' com o nome do cliente anterior escrito, que toque pessoal 😂",
    ],
    "fr": [
        "J'adore quand la visite 'de 9h' commence à 11h45, ça laisse le temps de ranger avant le rangement 👏",
        "Boîtes 'neuves' avec le nom du client d'avant dessus, quelle touche perso 😂",
    ],
    "en": [
        "Love it when the '9am' visit starts at 11:45, gives me time to tidy before the tidying 👏"
    ],
    "de": ["Toll, wenn der '9-Uhr'-Termin um 11:45 beginnt, da kann man vorher noch aufräumen 👏"],
    "it": [
        "Adoro quando la visita 'delle 9' inizia alle 11:45, così riordino prima del riordino 👏"
    ],
    "es": [
        "Me encanta cuando la visita 'de las 9' empieza a las 11:45, da tiempo a ordenar antes de ordenar 👏"
    ],
}
MILD: Table = {
    "pt": ["A pesquisa de organizadoras mostra Lisboa quando estou no Porto"],
    "fr": [
        "Les notifications arrivent en anglais alors que l'appli est en français",
        "la carte des organisatrices affiche la mauvaise ville",
    ],
    "en": ["Notifications come through in Spanish though my app is in English"],
    "de": ["Die Benachrichtigungen kommen auf Englisch statt Deutsch"],
    "it": ["La ricerca delle organizzatrici mostra la città sbagliata"],
    "es": ["Las notificaciones llegan en inglés aunque la app está en español"],
}
MILD_ACK: Table = {
    "pt": ["Obrigado pelo aviso, já passámos à equipa da app."],
    "fr": ["Merci du signalement, c'est transmis à l'équipe de l'appli."],
    "en": ["Thanks for flagging, passed to the app team."],
    "de": ["Danke für den Hinweis, ist ans App-Team weitergegeben."],
    "it": ["Grazie della segnalazione, girata al team dell'app."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
}

# --------------------------------------------------------------- business arm --
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT: dict[str, Table] = {
    "invoice": {
        "pt": [
            "As faturas da Arrumo Pro chegam sem número de encomenda e com o NIF antigo, a contabilidade devolve todas"
        ],
        "fr": [
            "Les factures Arrumo Pro arrivent sans numéro de bon de commande et avec l'ancienne raison sociale, la compta les rejette toutes"
        ],
        "en": [
            "Arrumo Pro invoices come without our PO number and with the old company name, accounts reject every one"
        ],
        "de": [
            "Die Rechnungen von Arrumo Pro kommen ohne Bestellnummer und mit altem Firmennamen, die Buchhaltung lehnt alle ab"
        ],
        "it": [
            "Le fatture Arrumo Pro arrivano senza numero d'ordine e con la vecchia ragione sociale"
        ],
        "es": [
            "Las facturas de Arrumo Pro llegan sin número de pedido y con la razón social antigua"
        ],
    },
    "service_blocked": {
        "pt": [
            "A equipa recusou a mudança de secretárias hoje porque a conta está 'bloqueada', mas está tudo pago"
        ],
        "fr": [
            "L'équipe a refusé le déménagement des postes ce matin, compte 'bloqué', alors que tout est payé"
        ],
        "en": [
            "Your crew refused the desk move this morning, account 'on stop', though everything is paid"
        ],
        "de": [
            "Das Team hat den Umzug der Arbeitsplätze verweigert, Konto 'gesperrt', obwohl alles bezahlt ist"
        ],
        "it": [
            "La squadra ha rifiutato il trasloco delle scrivanie, conto 'bloccato' ma è tutto pagato"
        ],
        "es": [
            "El equipo rechazó el traslado de puestos, cuenta 'bloqueada' aunque está todo pagado"
        ],
    },
    "portal": {
        "pt": [
            "O portal não mostra as caixas de arquivo em guarda, não conseguimos pedir recolhas e a faturação continua"
        ],
        "fr": [
            "Le portail n'affiche aucune boîte d'archives en garde, impossible de demander un retour et la facturation continue"
        ],
        "en": [
            "The portal shows none of our archive boxes in storage, we can't request returns and billing runs on"
        ],
        "de": [
            "Das Portal zeigt keine eingelagerten Archivkisten, keine Rückholung möglich und die Abrechnung läuft weiter"
        ],
        "it": ["Il portale non mostra le scatole d'archivio, impossibile chiedere la restituzione"],
        "es": [
            "El portal no muestra las cajas de archivo, no podemos pedir devoluciones y se sigue facturando"
        ],
    },
    "overbilled": {
        "pt": [
            "Estão a faturar as caixas de arquivo à tarifa avulsa e não à mensal do contrato, mais de 600 € de diferença"
        ],
        "fr": [
            "Vous facturez les boîtes d'archives au tarif unitaire et pas au forfait mensuel du contrat, plus de 600 € d'écart"
        ],
        "en": [
            "You bill the archive boxes at the single rate instead of our contract monthly rate, over £500 difference"
        ],
        "de": [
            "Sie berechnen Einzelpreise statt des vertraglichen Monatspreises, über 600 € Unterschied"
        ],
        "it": [
            "Fatturate a tariffa singola invece del canone mensile del contratto, oltre 600 € di differenza"
        ],
        "es": [
            "Facturáis a tarifa suelta y no a la mensual del contrato, más de 600 € de diferencia"
        ],
    },
}
B2B_LATER: Table = {
    "pt": ["Como a {first} já escreveu na {day} (processo {ref}): "],
    "fr": ["Comme {first} vous l'a écrit {day} (dossier {ref}) : "],
    "en": ["As {first} wrote on {day} (case {ref}): "],
    "de": ["Wie {first} schon am {day} schrieb (Vorgang {ref}): "],
    "it": ["Come ha già scritto {first} {day} (pratica {ref}): "],
    "es": ["Como ya escribió {first} el {day} (incidencia {ref}): "],
}
B2B_LAST_MAIL: Table = {
    "pt": [
        "Processo {ref}: nada resolvido e já escreveram vários colegas. As compras já pediram preços à {comp}."
    ],
    "fr": [
        "Dossier {ref} : rien n'est réglé et plusieurs collègues ont écrit. Les achats ont déjà demandé les tarifs de {comp}."
    ],
    "en": [
        "Case {ref}: nothing fixed and several colleagues have written. Procurement has already asked {comp} for rates."
    ],
    "de": [
        "Vorgang {ref}: nichts erledigt, mehrere Kollegen haben geschrieben. Der Einkauf hat {comp} schon nach Preisen gefragt."
    ],
    "it": [
        "Pratica {ref}: niente risolto, hanno scritto diversi colleghi. Gli acquisti hanno chiesto prezzi a {comp}."
    ],
    "es": [
        "Incidencia {ref}: nada resuelto y han escrito varios compañeros. Compras ya ha pedido precios a {comp}."
    ],
}
B2B_LAST_CALL: Table = {
    "pt": [
        "olá ligo por causa do processo {ref} continua tudo igual já escreveram vários colegas e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
    ],
    "fr": [
        "bonjour j'appelle pour le dossier {ref} toujours rien plusieurs collègues ont écrit et mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "en": [
        "hi calling about case {ref} still nothing several colleagues wrote and my boss says we move the account if it isn't fixed this week"
    ],
    "de": [
        "hallo wegen Vorgang {ref} immer noch nichts mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
    ],
    "it": [
        "buongiorno chiamo per la pratica {ref} ancora niente e il mio capo dice che cambiamo fornitore se non si risolve"
    ],
    "es": [
        "hola llamo por la incidencia {ref} sigue todo igual y mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}
B2B_SUGGEST: Table = {
    "pt": [
        "Sugestão: seria útil exportar os custos por centro de custo no portal",
        "sugestão: pôr a data da última inventariação na guia de recolha",
    ],
    "fr": [
        "Suggestion : pouvoir exporter les coûts par centre analytique depuis le portail",
        "suggestion : indiquer la date du dernier inventaire sur le bon d'enlèvement",
    ],
    "en": ["Suggestion: exporting costs by cost centre from the portal would help"],
    "de": ["Vorschlag: Kosten nach Kostenstelle aus dem Portal exportieren"],
    "it": ["Suggerimento: esportare i costi per centro di costo dal portale"],
    "es": ["Sugerencia: poder exportar los costes por centro de coste desde el portal"],
}
B2B_QUESTION: Table = {
    "pt": ["Bom dia, conseguem fazer a recolha de 30 caixas de arquivo na quinta de manhã?"],
    "fr": [
        "Bonjour, possible d'enlever 30 boîtes d'archives jeudi matin ?",
        "bonjour, on peut ajouter un site de livraison au compte ?",
    ],
    "en": ["Morning, can you collect 30 archive boxes Thursday morning?"],
    "de": ["Guten Morgen, könnt ihr Donnerstag früh 30 Archivkisten abholen?"],
    "it": ["Buongiorno, potete ritirare 30 scatole d'archivio giovedì mattina?"],
    "es": ["Buenos días, ¿podéis recoger 30 cajas de archivo el jueves por la mañana?"],
}
B2B_PRAISE: Table = {
    "pt": [
        "Reorganização do escritório feita num sábado, segunda estava tudo pronto. Recomendo a Arrumo Pro"
    ],
    "fr": [
        "Réorganisation des bureaux faite un samedi, lundi tout était prêt. Je recommande Arrumo Pro"
    ],
    "en": ["Office reorganised on a Saturday, all ready Monday. Recommend Arrumo Pro"],
    "de": ["Büro an einem Samstag umorganisiert, Montag alles fertig. Arrumo Pro top"],
    "it": ["Ufficio riorganizzato di sabato, lunedì tutto pronto. Consiglio Arrumo Pro"],
    "es": ["Oficina reorganizada un sábado, el lunes todo listo. Recomiendo Arrumo Pro"],
}
WEEKDAY: Table = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
}

# ------------------------------------------------------------------- incident --
SPIKE_TOPIC = "box-storage app shows every stored box as empty (0 items, no photos) and return requests fail, error BXI-529"
SPIKE_REPORT: Table = {
    "pt": [
        "A app diz que TODAS as minhas caixas estão vazias, 0 artigos e sem fotos! Onde está a minha roupa de inverno?? erro {code}",
        "abro as caixas na app e aparecem todas vazias, e pedir devolução dá erro",
        "Socorro, as minhas 12 caixas aparecem com 0 itens na app",
    ],
    "fr": [
        "L'appli affiche TOUTES mes boîtes comme vides, 0 objet et plus de photos ! Erreur {code} quand je demande le retour",
        "toutes mes boites sont vides dans l'appli ?? impossible de demander le retour",
        "Mes 8 boîtes en garde apparaissent à 0 article, j'ai des papiers importants dedans",
    ],
    "en": [
        "App shows ALL my stored boxes as empty, 0 items, photos gone, and return request fails with {code}"
    ],
    "de": [
        "Die App zeigt ALLE meine Kisten als leer an, 0 Artikel, keine Fotos, Rückholung geht nicht: {code}"
    ],
    "it": [
        "L'app mostra TUTTE le mie scatole vuote, 0 oggetti, niente foto, e la restituzione dà errore"
    ],
    "es": [
        "La app dice que TODAS mis cajas están vacías, 0 artículos y sin fotos, y la devolución da error {code}"
    ],
}
SPIKE_REPEAT: Table = {
    "pt": ["Continua: caixas a 0 itens também no telemóvel do meu marido, {code} outra vez"],
    "fr": ["Toujours pareil, même sur le téléphone de mon copain, boîtes vides et {code}"],
    "en": ["Still the same on my partner's phone, every box empty, {code} again"],
    "de": ["Immer noch, auch am Handy meiner Frau alle Kisten leer, wieder {code}"],
    "it": ["Ancora uguale anche dal telefono di mio marito, scatole vuote"],
    "es": ["Sigue igual en el móvil de mi marido, todas vacías y otra vez {code}"],
}
SPIKE_CHAT_ANSWER: Table = {
    "pt": [
        "Sim, neste momento a app mostra as caixas vazias a todos os clientes; as caixas e o conteúdo estão seguros no armazém e a equipa técnica está a tratar."
    ],
    "fr": [
        "Oui, l'appli affiche en ce moment les boîtes vides pour tous ; vos affaires sont en sécurité à l'entrepôt, nos ingénieurs sont dessus."
    ],
    "en": [
        "Yes, the app is showing boxes as empty for everyone right now; your things are safe in the warehouse and our engineers are on it."
    ],
    "de": [
        "Ja, die App zeigt gerade bei allen leere Kisten; Ihre Sachen sind sicher im Lager, unsere Technik ist dran."
    ],
    "it": [
        "Sì, al momento l'app mostra le scatole vuote a tutti; le sue cose sono al sicuro, i tecnici ci stanno lavorando."
    ],
    "es": [
        "Sí, ahora mismo la app muestra las cajas vacías a todos; tus cosas están seguras en el almacén y el equipo técnico está en ello."
    ],
}
SPIKE_FIXED: Table = {
    "pt": [
        "O inventário das caixas voltou a aparecer na app desde as 11h40. Este mês de guarda fica por nossa conta."
    ],
    "fr": [
        "L'inventaire de vos boîtes s'affiche à nouveau depuis 12h40. Ce mois de garde est offert."
    ],
    "en": ["Your box inventory shows again in the app since 11:40. This month's storage is on us."],
    "de": ["Das Kisteninventar wird seit 12:40 wieder angezeigt. Dieser Lagermonat geht auf uns."],
    "it": [
        "L'inventario delle scatole è di nuovo visibile dalle 12:40. Questo mese di deposito è offerto."
    ],
    "es": [
        "El inventario de tus cajas vuelve a verse en la app desde las 12:40. Este mes de guarda corre de nuestra cuenta."
    ],
}
LONE_QUESTION: Table = {
    "pt": [
        "Ontem à noite uma caixa apareceu sem foto durante um minuto e depois voltou ao normal. Está tudo bem com ela?"
    ],
    "fr": [
        "Hier soir une boîte s'est affichée sans photo une minute puis c'est revenu. Tout va bien ?"
    ],
    "en": [
        "Last night one box showed without its photo for a minute, then it came back. Is it all fine?"
    ],
    "de": [
        "Gestern Abend war bei einer Kiste kurz kein Foto zu sehen, dann wieder schon. Alles in Ordnung?"
    ],
    "it": ["Ieri sera una scatola è apparsa senza foto per un minuto, poi è tornata. Tutto bene?"],
    "es": ["Anoche una caja salió sin foto un minuto y luego volvió. ¿Está todo bien?"],
}
LONE_ANSWER: Table = {
    "pt": ["Está tudo bem: as fotos carregam depois do resto quando a rede está lenta."],
    "fr": ["Tout va bien : les photos se chargent après le reste quand le réseau est lent."],
    "en": ["All fine: photos load after the rest when the connection is slow."],
    "de": ["Alles gut: Fotos laden bei langsamer Verbindung etwas später."],
    "it": ["Tutto bene: le foto si caricano dopo il resto se la rete è lenta."],
    "es": ["Todo bien: las fotos cargan después del resto si la red va lenta."],
}
