# ruff: noqa: E501
"""Wording for heldout317 (Regaro: home-watch and plant-watering visits), six languages.

Written by hand for this set; placeholders: {b} brand, {ref} case, {comp} competitor,
{amt} amount, {first} a colleague's first name, {day} a weekday, {code} error code,
{t} a local time.
"""

from __future__ import annotations

LANGS = ("pt", "fr", "es", "de", "en", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)

MARKETS = {
    "pt": ("PT", "PT", "PT", "LU"),
    "fr": ("FR", "FR", "BE", "CH", "LU"),
    "es": ("ES",),
    "de": ("DE", "DE", "AT", "CH"),
    "en": ("UK", "UK", "IE"),
    "it": ("IT", "IT", "CH"),
}

FIRST = {
    "pt": ("Joana", "Tiago", "Inês", "Rui", "Marta", "Duarte", "Beatriz", "Nuno", "Rita", "Hugo"),
    "fr": (
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Sophie",
        "Hugo",
        "Chloé",
        "Nicolas",
        "Léa",
        "Thomas",
    ),
    "es": ("Lucía", "Javier", "Marta", "Álvaro", "Elena", "Pablo"),
    "de": ("Katrin", "Jonas", "Sabine", "Felix", "Anja", "Lukas"),
    "en": ("Hannah", "Owen", "Grace", "Callum", "Megan", "Rory"),
    "it": ("Giulia", "Marco", "Chiara", "Davide", "Silvia", "Luca"),
}
LAST = {
    "pt": ("Ferreira", "Carvalho", "Lopes", "Marques", "Sousa", "Pinto", "Teixeira", "Moreira"),
    "fr": ("Lefèvre", "Garnier", "Roussel", "Bonnet", "Fontaine", "Chevalier", "Morel", "Gauthier"),
    "es": ("Navarro", "Ortega", "Castillo", "Prieto", "Molina"),
    "de": ("Hoffmann", "Krüger", "Lorenz", "Brandt", "Vogel"),
    "en": ("Whitfield", "Doyle", "Harper", "Kerr", "Lawson"),
    "it": ("Bianchi", "Ferraro", "Galli", "Rinaldi", "Conti"),
}

PRODUCTS = (
    ("Holiday pack, 7 visits / Pacote férias, 7 visitas", 89),
    ("Holiday pack, 14 visits / Pacote férias, 14 visitas", 159),
    ("Weekend visit / Visita fim de semana", 24),
    ("Balcony watering, 10 days / Rega de varanda, 10 dias", 69),
    ("Regaro Plus yearly plan / Plano anual Regaro Plus", 119),
    ("Key box fitting / Instalação de cofre de chaves", 39),
)
PAGES = ("/app/visits", "/pricing", "/plus", "/how-it-works", "/carers", "/keys", "/app/reports")

PRAISE = {
    "pt": (
        "Voltei de 3 semanas no Algarve e as minhas orquídeas estão melhores do que quando saí. Obrigada {b}!",
        "O relatório com fotos depois de cada visita dá-me uma paz enorme nas férias. Recomendo {b}",
        "A cuidadora da {b} até deixou um bilhete com dicas para o limoeiro 🍋 5 estrelas",
        "Caixa do correio vazia, janelas arejadas, plantas vivas. {b} nunca falha",
    ),
    "fr": (
        "Rentrée de vacances, mes fougères sont magnifiques et la boîte aux lettres vidée. Merci {b} 🌿",
        "Les photos après chaque passage, c'est top, je pars l'esprit tranquille avec {b}",
        "Notre intervenante {b} a même rempoté le ficus qui était trop à l'étroit. Adorable",
        "Troisième été avec {b} et toujours aussi sérieux, rien à redire",
    ),
    "es": (
        "Vuelvo de dos semanas fuera y el jazmín del balcón está precioso. Gracias {b}!",
        "Las fotos de cada visita de {b} me dejan dormir tranquila en vacaciones",
    ),
    "de": (
        "Zwei Wochen Ostsee und die Tomaten auf dem Balkon leben noch. Danke {b}!",
        "Die Fotoberichte nach jedem Besuch von {b} sind super, so entspannt war Urlaub lange nicht",
    ),
    "en": (
        "Back from a fortnight away and the monstera has grown a new leaf. Cheers {b} 🌱",
        "Love the photo report after each {b} visit, proper peace of mind",
    ),
    "it": (
        "Tornata dal mare e il basilico sul balcone è ancora vivo! Grazie {b}",
        "Il report con le foto dopo ogni visita di {b} è comodissimo, consigliato",
    ),
}
PRAISE_GRIPE = {
    "pt": (
        "Muito bom serviço, só a app demora um bocado a abrir os relatórios. De resto impecável",
    ),
    "fr": ("Très bon service, seul bémol la boîte à clés un peu dure à ouvrir. Sinon parfait",),
    "es": (
        "Muy bien todo, solo que el horario de visita no se puede elegir al minuto. Por lo demás genial",
    ),
    "de": ("Alles prima, nur die Rechnung kommt als PDF ohne Namen. Sonst top",),
    "en": ("Great service, only wish I could pick the visit time myself. Otherwise spot on",),
    "it": ("Servizio ottimo, solo la app è un po' lenta la sera. Per il resto perfetto",),
}
QUESTION = {
    "pt": (
        (
            "Olá, a cuidadora pode também regar as plantas do terraço de cima?",
            "Olá! Sim, basta acrescentar 'terraço' nas notas da visita na app. Boas férias!",
        ),
        (
            "Boa tarde, consigo mudar a visita de quinta para sexta?",
            "Boa tarde! Já está mudada para sexta, mesma hora.",
        ),
        (
            "Se eu voltar mais cedo, as visitas que sobram ficam em crédito?",
            "Sim, as visitas não feitas passam a crédito na sua conta.",
        ),
    ),
    "fr": (
        (
            "Bonjour, est-ce que l'intervenant peut aussi nourrir les poissons ?",
            "Bonjour ! Oui, ajoutez-le dans les consignes de la visite, c'est inclus.",
        ),
        (
            "Je pars plus tôt que prévu, je peux avancer la première visite ?",
            "Aucun souci, la première visite est avancée au lendemain de votre départ.",
        ),
        (
            "Les clés sont rendues comment à la fin ?",
            "Elles restent dans la boîte à clés, le code change après votre retour.",
        ),
    ),
    "es": (
        (
            "Hola, ¿la cuidadora puede sacar la basura también?",
            "¡Hola! Sí, añádelo en las notas de la visita y listo.",
        ),
    ),
    "de": (
        (
            "Hallo, kann die Betreuerin auch den Briefkasten leeren?",
            "Hallo! Ja, das ist bei jedem Besuch dabei.",
        ),
    ),
    "en": (
        (
            "Hi, can the carer open the windows for an hour as well?",
            "Hi! Yes, just add it to the visit notes in the app.",
        ),
    ),
    "it": (
        (
            "Ciao, la persona può anche innaffiare l'orto in giardino?",
            "Ciao! Certo, basta scriverlo nelle note della visita.",
        ),
    ),
}
THANKS = {
    "pt": ("Obrigada!", "Perfeito, obrigado 👍", "Ótimo, obg"),
    "fr": ("Merci beaucoup !", "Parfait, merci", "Super merci 🙂"),
    "es": ("¡Gracias!", "Perfecto, gracias"),
    "de": ("Danke!", "Super, danke"),
    "en": ("Thanks!", "Brilliant, ta"),
    "it": ("Grazie!", "Perfetto grazie"),
}
CALL_Q = {
    "pt": (
        "boa tarde queria saber se a cuidadora pode passar duas vezes por semana em vez de uma e quanto fica",
    ),
    "fr": (
        "oui bonjour je voulais savoir si on peut ajouter une visite le week-end pendant nos vacances et combien ça coûte",
    ),
    "es": (
        "hola buenas quería saber si la visita puede ser por la tarde porque por la mañana da el sol en el balcón",
    ),
    "de": (
        "ja hallo ich wollte fragen ob die Betreuerin auch die Katze vom Nachbarn füttern kann das ist ja nebenan",
    ),
    "en": (
        "hi there just wondering if the carer can take the bins out on tuesday while we're away",
    ),
    "it": (
        "buongiorno volevo chiedere se la visita si può spostare al pomeriggio perché la mattina c'è la portinaia",
    ),
}
CALL_FOLLOW = {
    "pt": "Conforme falámos ao telefone: está tudo registado na sua reserva. Qualquer dúvida estamos aqui. Equipa {b}",
    "fr": "Suite à notre appel : c'est noté dans votre réservation. Bonne journée, l'équipe {b}",
    "es": "Como hablamos por teléfono: queda anotado en tu reserva. Un saludo, equipo {b}",
    "de": "Wie telefonisch besprochen: ist in Ihrer Buchung vermerkt. Viele Grüße, Ihr {b}-Team",
    "en": "As discussed on the phone: it's noted on your booking. Best, the {b} team",
    "it": "Come detto al telefono: è annotato nella prenotazione. Saluti, il team {b}",
}
REVIEW = {
    "pt": (
        "Serviço cuidadoso e fotos em todas as visitas",
        "Plantas vivas e casa arejada, recomendo",
    ),
    "fr": ("Sérieux, ponctuel, photos à chaque passage", "Intervenante adorable, plantes au top"),
    "es": ("Muy cuidadosos con las plantas",),
    "de": ("Zuverlässig und freundlich",),
    "en": ("Reliable and lovely carers",),
    "it": ("Affidabili e gentili",),
}
SURVEY_WORD = {
    "pt": ("Excelente", "🌿", "Tudo ótimo", ""),
    "fr": ("Impeccable", "Top", "👍", ""),
    "es": ("Genial", ""),
    "de": ("Sehr gut", ""),
    "en": ("Spot on", ""),
    "it": ("Ottimo", ""),
}
NIGHT_POST = {
    "pt": (
        "3 da manhã, turno no hospital acabado e o relatório da {b} mostra a minha costela-de-adão feliz. Ah pois",
    ),
    "fr": (
        "Insomnie, je regarde les photos de mes plantes envoyées par {b}, c'est apaisant en fait",
    ),
    "es": ("Las 2 y yo mirando fotos de mis cactus que me manda {b} desde casa. Nostalgia",),
    "de": ("Nachtschicht, Pause, und {b} schickt Fotos von meinem Zitronenbaum. Herz",),
    "en": ("Can't sleep so I'm scrolling my own plant photos from {b}. Peak adulthood",),
    "it": ("Notte in bianco e guardo le foto delle mie piante mandate da {b}",),
}
NIGHT_Q = {
    "pt": (
        (
            "Ainda dá para marcar visita para amanhã de manhã?",
            "Olá! Sim, até às 22h locais do dia anterior. Já ficou marcada.",
        ),
    ),
    "fr": (
        (
            "Je peux encore réserver une visite pour demain matin ?",
            "Bonsoir ! Oui, c'est réservé pour demain matin.",
        ),
    ),
    "es": (
        (
            "¿Se puede reservar visita para mañana temprano?",
            "¡Hola! Sí, queda reservada para mañana.",
        ),
    ),
    "de": (("Kann ich noch einen Besuch für morgen früh buchen?", "Hallo! Ja, ist gebucht."),),
    "en": (("Can I still book a visit for tomorrow morning?", "Hi! Yes, that's booked in."),),
    "it": (("Posso ancora prenotare una visita per domattina?", "Ciao! Sì, è prenotata."),),
}

# The six consumer problems: a clause each, in the customer's words.
PROBLEMS = ("no_show", "double_charge", "damage", "keys", "wrong_price", "cancel_fee")
PROBLEM = {
    "pt": {
        "no_show": "a visita de ontem aparece como feita mas ninguém cá veio, as fotos são da semana passada e o manjericão morreu",
        "double_charge": "cobraram-me o pacote de férias DUAS vezes, {amt} a mais no cartão",
        "damage": "a cuidadora deixou a rega a correr e o soalho da sala ficou todo empenado",
        "keys": "voltei de férias e as chaves não estão na caixa, ninguém me diz onde estão",
        "wrong_price": "sou membro Plus e cobraram-me o preço normal, {amt} a mais",
        "cancel_fee": "cancelei com uma semana de antecedência e mesmo assim cobraram taxa de cancelamento",
    },
    "fr": {
        "no_show": "la visite d'hier est marquée faite mais personne n'est venu, les photos datent de la semaine dernière et mon basilic est mort",
        "double_charge": "vous m'avez prélevé le forfait vacances DEUX fois, {amt} en trop",
        "damage": "l'intervenant a laissé l'arrosage couler et le parquet du salon a gondolé",
        "keys": "je rentre de vacances et les clés ne sont pas dans la boîte, personne ne sait où elles sont",
        "wrong_price": "je suis membre Plus et on m'a facturé le tarif normal, {amt} de plus",
        "cancel_fee": "j'ai annulé une semaine avant et vous me facturez quand même des frais d'annulation",
    },
    "es": {
        "no_show": "la visita de ayer sale como hecha pero no vino nadie, las fotos son de la semana pasada y la albahaca se ha muerto",
        "double_charge": "me habéis cobrado el pack de vacaciones DOS veces, {amt} de más",
        "damage": "la cuidadora dejó el riego abierto y se ha levantado el parquet del salón",
        "keys": "he vuelto y las llaves no están en la caja, nadie sabe dónde están",
        "wrong_price": "soy socia Plus y me cobrasteis la tarifa normal, {amt} de más",
        "cancel_fee": "cancelé con una semana de antelación y aun así me cobráis gastos de cancelación",
    },
    "de": {
        "no_show": "der Besuch gestern steht als erledigt drin, aber es war niemand da, die Fotos sind von letzter Woche und das Basilikum ist hin",
        "double_charge": "das Urlaubspaket wurde ZWEIMAL abgebucht, {amt} zu viel",
        "damage": "die Betreuerin hat das Wasser laufen lassen und das Parkett im Wohnzimmer ist aufgequollen",
        "keys": "ich bin zurück und die Schlüssel sind nicht im Schlüsselkasten, keiner weiß wo sie sind",
        "wrong_price": "ich bin Plus-Mitglied und mir wurde der normale Preis berechnet, {amt} mehr",
        "cancel_fee": "ich habe eine Woche vorher storniert und soll trotzdem Stornogebühr zahlen",
    },
    "en": {
        "no_show": "yesterday's visit shows as done but nobody came, the photos are from last week and the basil is dead",
        "double_charge": "you've charged the holiday pack TWICE, {amt} extra on my card",
        "damage": "the carer left the tap running and the living room floorboards have warped",
        "keys": "I'm back and the keys aren't in the key box, nobody can tell me where they are",
        "wrong_price": "I'm a Plus member and got charged the normal rate, {amt} more",
        "cancel_fee": "I cancelled a week ahead and you've still charged a cancellation fee",
    },
    "it": {
        "no_show": "la visita di ieri risulta fatta ma non è venuto nessuno, le foto sono della settimana scorsa e il basilico è morto",
        "double_charge": "mi avete addebitato il pacchetto vacanze DUE volte, {amt} in più",
        "damage": "l'operatrice ha lasciato l'acqua aperta e il parquet del soggiorno si è gonfiato",
        "keys": "sono tornata e le chiavi non sono nella cassetta, nessuno sa dove siano",
        "wrong_price": "sono socia Plus e mi avete fatto pagare la tariffa normale, {amt} in più",
        "cancel_fee": "ho disdetto una settimana prima e mi addebitate lo stesso la penale",
    },
}
AMOUNT = {"pt": "89 €", "fr": "89 €", "es": "89 €", "de": "89 €", "en": "£77", "it": "89 €"}
SUBJECT_COMPLAINT = {
    "pt": "Reclamação: {topic}",
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
    "de": "Beschwerde: {topic}",
    "en": "Complaint: {topic}",
    "it": "Reclamo: {topic}",
}
TOPIC_WORD = {
    "pt": {
        "no_show": "visita não feita",
        "double_charge": "cobrança dupla",
        "damage": "soalho estragado",
        "keys": "chaves desaparecidas",
        "wrong_price": "preço Plus",
        "cancel_fee": "taxa de cancelamento",
    },
    "fr": {
        "no_show": "visite non faite",
        "double_charge": "double prélèvement",
        "damage": "parquet abîmé",
        "keys": "clés disparues",
        "wrong_price": "tarif Plus",
        "cancel_fee": "frais d'annulation",
    },
    "es": {
        "no_show": "visita no hecha",
        "double_charge": "cobro doble",
        "damage": "parquet dañado",
        "keys": "llaves perdidas",
        "wrong_price": "tarifa Plus",
        "cancel_fee": "gastos de cancelación",
    },
    "de": {
        "no_show": "Besuch nicht erfolgt",
        "double_charge": "doppelte Abbuchung",
        "damage": "Parkett beschädigt",
        "keys": "Schlüssel weg",
        "wrong_price": "Plus-Preis",
        "cancel_fee": "Stornogebühr",
    },
    "en": {
        "no_show": "visit not done",
        "double_charge": "double charge",
        "damage": "damaged floor",
        "keys": "missing keys",
        "wrong_price": "Plus rate",
        "cancel_fee": "cancellation fee",
    },
    "it": {
        "no_show": "visita non fatta",
        "double_charge": "doppio addebito",
        "damage": "parquet rovinato",
        "keys": "chiavi sparite",
        "wrong_price": "tariffa Plus",
        "cancel_fee": "penale",
    },
}
ANGRY = {
    "pt": (
        "Olá, {p}. Isto é inaceitável, quero uma solução hoje.",
        "{p}!! Estou furiosa, paguei para ter descanso nas férias.",
        "Boa tarde. {p}. Expliquem-me como é possível.",
    ),
    "fr": (
        "Bonjour, {p}. C'est inadmissible, je veux une réponse aujourd'hui.",
        "{p} !! Je suis furieux, je paie justement pour partir tranquille.",
        "Bonjour. {p}. Comment est-ce possible ?",
    ),
    "es": ("Hola, {p}. Es inaceptable, quiero una solución ya.", "{p}!! Estoy que echo humo."),
    "de": (
        "Hallo, {p}. Das ist unmöglich, ich erwarte heute eine Lösung.",
        "{p}!! Ich bin stinksauer.",
    ),
    "en": ("Hi, {p}. This is not on, I want it sorted today.", "{p}!! Absolutely fuming."),
    "it": ("Buongiorno, {p}. È inaccettabile, voglio una soluzione oggi.", "{p}!! Sono furiosa."),
}
LONG_EMAIL = {
    "pt": (
        "Bom dia,\n\nEscrevo-vos da sala de espera do centro de saúde, enquanto a minha mãe faz os exames de rotina, por isso desculpem se isto sair aos bocados. Fomos três semanas para casa da minha irmã em Viseu, coisa que não fazíamos há anos, e contratei o vosso pacote precisamente para não ter de pedir favores aos vizinhos. O problema é este: {p}. Já liguei duas vezes e ninguém me dá resposta. Tenho sido cliente fiel e até recomendei a {b} no trabalho, mas assim não dá.\n\nAguardo contacto ainda hoje.\nCumprimentos",
    ),
    "fr": (
        "Bonjour,\n\nJe vous écris depuis le parking de l'école en attendant la sortie des enfants, pardon pour le style. Nous avons passé quinze jours chez mes beaux-parents en Bretagne, avec le déménagement de mon beau-père en maison de retraite au milieu, donc des vacances qui n'en étaient pas vraiment. Je comptais au moins retrouver l'appartement en ordre. Or voilà : {p}. J'ai écrit dans l'application sans réponse. Je vous fais confiance depuis deux étés, mais là je suis très déçue.\n\nMerci de me rappeler rapidement.\nCordialement",
    ),
}
CALL_COMPLAINT = {
    "pt": "sim boa tarde estou a ligar porque {p} e quero saber o que vão fazer porque isto não pode ser",
    "fr": "oui bonjour j'appelle parce que {p} et je voudrais savoir ce que vous comptez faire parce que là c'est pas possible",
    "es": "hola mire le llamo porque {p} y quiero saber qué van a hacer",
    "de": "ja hallo ich rufe an weil {p} und ich will wissen was Sie jetzt machen",
    "en": "yeah hi i'm calling because {p} and i want to know what you're going to do about it",
    "it": "sì buongiorno chiamo perché {p} e voglio sapere cosa fate adesso",
}
CASE_OPENED = {
    "pt": "Lamentamos muito. Abrimos o processo {ref} e voltamos a contactar hoje. Equipa {b}",
    "fr": "Nous sommes désolés. Le dossier {ref} est ouvert, nous revenons vers vous aujourd'hui. L'équipe {b}",
    "es": "Lo sentimos mucho. Hemos abierto la incidencia {ref} y te decimos algo hoy. Equipo {b}",
    "de": "Das tut uns leid. Wir haben den Vorgang {ref} eröffnet und melden uns heute. Ihr {b}-Team",
    "en": "We're very sorry. We've opened case {ref} and will get back to you today. The {b} team",
    "it": "Ci dispiace molto. Abbiamo aperto la pratica {ref} e ti aggiorniamo oggi. Il team {b}",
}
CASE_SUBJ = {
    "pt": "Processo {ref}",
    "fr": "Dossier {ref}",
    "es": "Incidencia {ref}",
    "de": "Vorgang {ref}",
    "en": "Your case {ref}",
    "it": "Pratica {ref}",
}
GOOD_NEWS = {
    "pt": "Boas notícias sobre o processo {ref}: já está resolvido do nosso lado. Pode confirmar que está tudo bem?",
    "fr": "Bonne nouvelle pour le dossier {ref} : c'est réglé de notre côté. Pouvez-vous confirmer que tout est en ordre ?",
    "es": "Buenas noticias sobre la incidencia {ref}: ya está resuelta. ¿Nos confirmas que todo está bien?",
    "de": "Gute Nachrichten zu Vorgang {ref}: ist bei uns erledigt. Können Sie bestätigen, dass alles passt?",
    "en": "Good news on case {ref}: it's sorted on our side. Could you confirm all is well?",
    "it": "Buone notizie sulla pratica {ref}: risolta da parte nostra. Ci confermi che è tutto a posto?",
}
CONFIRM = {
    "pt": ("Confirmo, processo {ref} resolvido. Obrigada pela rapidez",),
    "fr": ("Je confirme, dossier {ref} réglé. Merci",),
    "es": ("Confirmado, incidencia {ref} resuelta. Gracias",),
    "de": ("Bestätigt, Vorgang {ref} ist erledigt. Danke",),
    "en": ("Confirmed, case {ref} is sorted. Thanks",),
    "it": ("Confermo, pratica {ref} risolta. Grazie",),
}
APOLOGY = {
    "pt": ("Peço desculpa pelo tom de ontem, estava mesmo chateada. Obrigada por tratarem disto",),
    "fr": ("Désolée pour mon message d'hier un peu sec, j'étais à bout. Merci de vous en occuper",),
    "es": ("Perdón por el tono de ayer, estaba muy agobiada. Gracias por encargaros",),
    "de": ("Entschuldigung für den Ton gestern, war echt genervt. Danke fürs Kümmern",),
    "en": ("Sorry for the tone yesterday, I was properly stressed. Thanks for dealing with it",),
    "it": ("Scusate il tono di ieri, ero esasperata. Grazie per esservene occupati",),
}
LOW_WORD = {
    "pt": ("Péssimo", ""),
    "fr": ("Nul", ""),
    "es": ("Fatal", ""),
    "de": ("Schlecht", ""),
    "en": ("Poor", ""),
    "it": ("Pessimo", ""),
}
STILL_OPEN = {
    "pt": ("Volto a escrever sobre o processo {ref}: continua por resolver. {p}",),
    "fr": ("Je reviens vers vous pour le dossier {ref} : toujours rien de réglé. {p}",),
    "es": ("Vuelvo a escribir por la incidencia {ref}: sigue sin resolverse. {p}",),
    "de": ("Ich melde mich wieder wegen Vorgang {ref}: immer noch offen. {p}",),
    "en": ("Writing again about case {ref}: still not sorted. {p}",),
    "it": ("Riscrivo per la pratica {ref}: ancora niente. {p}",),
}
THIRD = {
    "pt": " Uma amiga usa a {comp} e resolvem estas coisas no próprio dia.",
    "fr": " Une collègue passe par {comp} et chez eux c'est réglé dans la journée.",
    "es": " Una amiga usa {comp} y se lo arreglan en el día.",
    "de": " Eine Kollegin nutzt {comp}, da geht sowas am selben Tag.",
    "en": " A mate uses {comp} and they sort this the same day.",
    "it": " Una collega usa {comp} e lì lo risolvono in giornata.",
}
FOURTH = {
    "pt": " É a QUARTA vez que escrevo.",
    "fr": " C'est la QUATRIÈME fois que j'écris.",
    "es": " Es la CUARTA vez que escribo.",
    "de": " Das ist das VIERTE Mal.",
    "en": " This is the FOURTH time.",
    "it": " È la QUARTA volta che scrivo.",
}
PASSED_ON = {
    "pt": "O seu processo {ref} passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
    "fr": "Votre dossier {ref} est transmis à notre responsable qualité, qui vous appelle avant vendredi midi.",
    "es": "Tu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "de": "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "en": "Your case {ref} is now with our quality lead, who will call you before Friday lunchtime.",
    "it": "La tua pratica {ref} è ora alla nostra responsabile qualità, che ti chiama entro venerdì a pranzo.",
}
ADDED_URGENT = {
    "pt": "Acrescentado ao processo {ref} e marcado como urgente.",
    "fr": "Ajouté au dossier {ref}, marqué urgent.",
    "es": "Añadido a la incidencia {ref}, marcada como urgente.",
    "de": "Zum Vorgang {ref} hinzugefügt, als dringend markiert.",
    "en": "Added to case {ref}, marked urgent.",
    "it": "Aggiunto alla pratica {ref}, segnata urgente.",
}
SLIDE = {
    "pt": (
        "A cuidadora chegou 3 horas depois da hora marcada e sem avisar. Hmm",
        "As fotos da visita vieram desfocadas, não se vê se a rega foi feita",
        "Agora a {b} pede que eu fotografe todas as plantas antes de sair? Para quê",
        "Subiram o preço da visita e o relatório ficou mais curto. Não gosto",
        "Cobraram {amt} de 'taxa de deslocação' que nunca existiu. Estou farta",
        "A minha cunhada usa a {comp}, já marquei lá as visitas de agosto.",
    ),
    "fr": (
        "L'intervenant est passé avec 3 heures de retard sans prévenir. Bof",
        "Photos de visite floues, impossible de voir si l'arrosage a été fait",
        "Maintenant {b} veut que je photographie chaque plante avant de partir ? Sérieux",
        "Prix de la visite en hausse et rapport plus court. Pas terrible",
        "{amt} de 'frais de déplacement' sortis de nulle part. J'en ai marre",
        "Mon beau-frère passe par {comp}, j'ai réservé chez eux pour août.",
    ),
    "es": (
        "La cuidadora llegó 3 horas tarde sin avisar. Mmm",
        "Fotos borrosas, no se ve si han regado",
        "¿Ahora {b} quiere que fotografíe cada planta antes de irme?",
        "Suben el precio y el informe es más corto. Mal",
        "{amt} de 'gastos de desplazamiento' que nunca existieron. Harta",
        "Mi cuñado usa {comp}, ya he reservado allí agosto.",
    ),
    "de": (
        "Betreuerin kam 3 Stunden zu spät ohne Bescheid. Naja",
        "Fotos verwackelt, man sieht nicht ob gegossen wurde",
        "Jetzt will {b}, dass ich jede Pflanze vorher fotografiere?",
        "Preis rauf, Bericht kürzer. Schwach",
        "{amt} 'Anfahrtspauschale' aus dem Nichts. Mir reichts",
        "Mein Schwager nutzt {comp}, hab den August dort gebucht.",
    ),
    "en": (
        "Carer turned up 3 hours late, no heads-up. Hmm",
        "Blurry visit photos, can't tell if anything got watered",
        "So {b} now wants me to photograph every plant before I leave?",
        "Price up, report shorter. Not great",
        "{amt} 'travel fee' out of nowhere. Fed up",
        "My brother-in-law uses {comp}, I've booked August with them.",
    ),
    "it": (
        "L'operatrice è arrivata 3 ore in ritardo senza avvisare. Mah",
        "Foto sfocate, non si capisce se hanno innaffiato",
        "Adesso {b} vuole che fotografi ogni pianta prima di partire?",
        "Prezzo su, report più corto. Male",
        "{amt} di 'spese di trasferta' mai viste. Basta",
        "Mio cognato usa {comp}, ho prenotato agosto da loro.",
    ),
}
SLIDE_AMT = {"pt": "15 €", "fr": "15 €", "es": "15 €", "de": "15 €", "en": "£13", "it": "15 €"}
CANCEL = {
    "pt": (
        "Olá, mudámo-nos para um T1 sem plantas e a minha mãe fica lá em casa quando viajamos. Quero cancelar o Regaro Plus e fechar a conta, por favor.",
    ),
    "fr": (
        "Bonjour, nous déménageons dans un studio sans balcon et ma sœur gardera l'appartement. Je souhaite résilier Regaro Plus et fermer mon compte.",
    ),
    "es": (
        "Hola, nos mudamos a un piso sin terraza. Quiero darme de baja de Regaro Plus y cerrar la cuenta.",
    ),
    "de": (
        "Hallo, wir ziehen in eine kleine Wohnung ohne Balkon. Bitte Regaro Plus kündigen und das Konto schließen.",
    ),
    "en": (
        "Hi, we're moving to a flat with no plants and my mum will keep an eye on it. Please cancel Regaro Plus and close my account.",
    ),
    "it": (
        "Ciao, ci trasferiamo in un monolocale senza balcone. Voglio disdire Regaro Plus e chiudere l'account.",
    ),
}
SORRY_GO = {
    "pt": "Lamentamos vê-la partir. Pode cancelar na app ou no site, em Conta > Plano.",
    "fr": "Dommage de vous voir partir. Vous pouvez résilier dans l'app ou sur le site, Compte > Abonnement.",
    "es": "Sentimos que te vayas. Puedes darte de baja en la app o en la web, Cuenta > Plan.",
    "de": "Schade, dass Sie gehen. Kündigen können Sie in der App oder online unter Konto > Plan.",
    "en": "Sorry to see you go. You can cancel in the app or on the website under Account > Plan.",
    "it": "Ci dispiace vederti andare. Puoi disdire nell'app o sul sito, Account > Piano.",
}
GRUMBLE = {
    "pt": (
        "A app desliga-me a sessão sempre que abro um relatório",
        "Notificação da visita às 6h30 da manhã, precisam mesmo?",
        "O horário da visita muda sem aviso, outra vez",
    ),
    "fr": (
        "L'appli me déconnecte à chaque rapport ouvert",
        "Notification de visite à 6h30 du matin, vraiment ?",
        "L'heure de passage change sans prévenir, encore",
    ),
    "es": ("La app me cierra sesión cada vez", "Aviso de visita a las 6:30, en serio"),
    "de": ("Die App loggt mich dauernd aus", "Besuchsbenachrichtigung um 6:30, echt jetzt"),
    "en": ("App logs me out every single time", "Visit notification at 6:30am, really?"),
    "it": ("L'app mi disconnette ogni volta", "Notifica della visita alle 6:30, davvero?"),
}
SARCASM = {
    "pt": ("Adoro quando a visita 'da manhã' é às 19h, as plantas agradecem 👏",),
    "fr": ("J'adore la visite 'du matin' à 19h, mes plantes adorent l'attente 👏",),
    "es": ("Me encanta la visita 'de mañana' a las 19h, las plantas felices 👏",),
    "de": ("Toll, der 'Vormittagsbesuch' um 19 Uhr, die Pflanzen freuen sich 👏",),
    "en": ("Love a 'morning' visit at 7pm, the plants are thrilled 👏",),
    "it": ("Adoro la visita 'di mattina' alle 19, le piante ringraziano 👏",),
}
MILD = {
    "pt": ("A pesquisa de cuidadores mostra Lisboa quando estou no Porto",),
    "fr": ("La recherche d'intervenants affiche Lyon alors que je suis à Lille",),
    "es": ("El buscador de cuidadores me pone otra ciudad",),
    "de": ("Die Betreuersuche zeigt die falsche Stadt",),
    "en": ("The carer search keeps showing the wrong town",),
    "it": ("La ricerca operatori mostra la città sbagliata",),
}
MILD_ANSWER = {
    "pt": "Obrigado pelo aviso, já passámos à equipa da app.",
    "fr": "Merci du signalement, c'est transmis à l'équipe de l'appli.",
    "es": "Gracias por avisar, lo pasamos al equipo de la app.",
    "de": "Danke für den Hinweis, ist an das App-Team weitergegeben.",
    "en": "Thanks for flagging, passed to the app team.",
    "it": "Grazie della segnalazione, girata al team dell'app.",
}

# The spike: the app's visit reports will not open.
SPIKE = {
    "pt": (
        "Não consigo abrir o relatório da visita de hoje, dá erro {code}. Estou de férias e não sei se regaram!",
        "@Regaro a app dá {code} em todos os relatórios, o que se passa?",
        "Relatórios de visita não abrem: {code}. Alguém mais?",
    ),
    "fr": (
        "Impossible d'ouvrir le rapport de visite, erreur {code}. Je suis en vacances, je ne sais pas si c'est arrosé !",
        "@Regaro tous les rapports affichent {code}, c'est quoi le souci ?",
        "Rapports de visite bloqués avec {code} ce matin. D'autres ?",
    ),
    "es": ("No abre el informe de la visita, error {code}. ¿Han regado o no?",),
    "de": ("Besuchsbericht lässt sich nicht öffnen, Fehler {code}. Wurde gegossen?",),
    "en": ("Visit report won't open, error {code}. Has anyone watered or not?",),
    "it": ("Il report della visita non si apre, errore {code}. Hanno innaffiato?",),
}
SPIKE_AGAIN = {
    "pt": "Continua {code}, agora também no telemóvel do meu marido.",
    "fr": "Toujours {code}, même sur le téléphone de mon mari.",
    "es": "Sigue {code}, también en el móvil de mi pareja.",
    "de": "Immer noch {code}, auch am Handy meines Mannes.",
    "en": "Still {code}, on my partner's phone too.",
    "it": "Ancora {code}, anche sul telefono di mio marito.",
}
SPIKE_CHAT = {
    "pt": "Sim, os relatórios de visita estão a falhar neste momento para todos, a equipa técnica já está a tratar. As visitas estão a ser feitas.",
    "fr": "Oui, les rapports de visite ne s'ouvrent pas en ce moment pour tout le monde, nos équipes sont dessus. Les visites ont bien lieu.",
    "es": "Sí, los informes fallan ahora mismo para todos, el equipo técnico está en ello. Las visitas se hacen.",
    "de": "Ja, die Berichte fallen gerade überall aus, die Technik ist dran. Die Besuche finden statt.",
    "en": "Yes, visit reports are failing for everyone right now, engineers are on it. Visits are going ahead.",
    "it": "Sì, i report non si aprono per nessuno in questo momento, i tecnici ci stanno lavorando. Le visite si fanno.",
}
WORKS_AGAIN = {
    "pt": "Os relatórios de visita voltaram a funcionar desde as {t}. Oferecemos a próxima visita (crédito de 12 €).",
    "fr": "Les rapports de visite fonctionnent de nouveau depuis {t}. La prochaine visite est offerte (avoir de 12 €).",
    "es": "Los informes vuelven a funcionar desde las {t}. Te regalamos la próxima visita (12 € de crédito).",
    "de": "Die Berichte funktionieren seit {t} Uhr wieder. Der nächste Besuch geht auf uns (12 € Gutschrift).",
    "en": "Visit reports work again since {t}. Your next visit is on us (£10 credit).",
    "it": "I report funzionano di nuovo dalle {t}. La prossima visita è offerta (12 € di credito).",
}
LONE_Q = {
    "pt": (
        "Ontem à noite o relatório demorou a carregar mas abriu. É normal?",
        "Sim, à noite às vezes carrega mais devagar, está tudo bem.",
    ),
    "fr": (
        "Hier soir le rapport a mis du temps à charger puis s'est ouvert. Normal ?",
        "Oui, le soir le chargement peut être plus lent, tout va bien.",
    ),
}

# Regaro Office: plant care for offices, shops and hotels, on account.
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_PROBLEM = {
    "pt": {
        "invoice": "as faturas vêm com o nome antigo da empresa e sem número de encomenda, a contabilidade devolve-as todas",
        "service_blocked": "as visitas às nossas lojas foram suspensas por 'conta bloqueada' mas está tudo pago",
        "portal": "o portal não mostra nenhum dos nossos espaços, não conseguimos pausar as visitas de agosto",
        "overbilled": "estão a cobrar cada visita à parte em vez da mensalidade do contrato",
    },
    "fr": {
        "invoice": "les factures portent l'ancien nom de la société et aucun numéro de bon de commande, la compta les rejette",
        "service_blocked": "les passages dans nos agences sont suspendus pour 'compte bloqué' alors que tout est payé",
        "portal": "le portail n'affiche aucun de nos sites, impossible de suspendre les passages d'août",
        "overbilled": "vous facturez chaque passage au lieu du forfait mensuel du contrat",
    },
    "es": {
        "invoice": "las facturas llevan el nombre antiguo de la empresa y sin número de pedido",
        "service_blocked": "han suspendido las visitas por 'cuenta bloqueada' y está todo pagado",
        "portal": "el portal no muestra ninguna oficina",
        "overbilled": "cobráis cada visita en vez de la cuota mensual",
    },
    "de": {
        "invoice": "die Rechnungen tragen den alten Firmennamen und keine Bestellnummer",
        "service_blocked": "die Besuche wurden wegen 'Konto gesperrt' eingestellt, obwohl alles bezahlt ist",
        "portal": "das Portal zeigt keinen unserer Standorte",
        "overbilled": "Sie berechnen jeden Besuch einzeln statt der Monatspauschale",
    },
    "en": {
        "invoice": "the invoices carry our old company name and no PO number",
        "service_blocked": "visits were stopped for 'account on hold' though everything is paid",
        "portal": "the portal shows none of our sites",
        "overbilled": "you're billing every visit instead of the monthly contract fee",
    },
    "it": {
        "invoice": "le fatture hanno la vecchia ragione sociale e nessun numero d'ordine",
        "service_blocked": "le visite sono sospese per 'conto bloccato' ma è tutto pagato",
        "portal": "il portale non mostra nessuna delle nostre sedi",
        "overbilled": "fatturate ogni visita invece del canone mensile",
    },
}
B2B_FIRST = {
    "pt": "Bom dia, {p}. Precisamos disto resolvido esta semana.",
    "fr": "Bonjour, {p}. Merci de régler cela cette semaine.",
    "es": "Buenos días, {p}. Necesitamos que se resuelva esta semana.",
    "de": "Guten Tag, {p}. Bitte klären Sie das diese Woche.",
    "en": "Hello, {p}. We need this fixed this week.",
    "it": "Buongiorno, {p}. Va risolto questa settimana.",
}
B2B_LATER = {
    "pt": "Bom dia, a {first} já vos escreveu na {day} sobre o processo {ref}: {p}. Continua igual.",
    "fr": "Bonjour, {first} vous a déjà écrit {day} pour le dossier {ref} : {p}. Rien n'a bougé.",
    "es": "Hola, {first} ya os escribió el {day} por la incidencia {ref}: {p}. Sigue igual.",
    "de": "Hallo, {first} hat Ihnen schon am {day} wegen Vorgang {ref} geschrieben: {p}. Unverändert.",
    "en": "Hi, {first} already wrote on {day} about case {ref}: {p}. Nothing has changed.",
    "it": "Buongiorno, {first} vi ha già scritto {day} per la pratica {ref}: {p}. Tutto uguale.",
}
B2B_LAST_MAIL = {
    "pt": "Processo {ref}: nada resolvido e já vários colegas escreveram. As compras já pediram preços à {comp}.",
    "fr": "Dossier {ref} : toujours rien, plusieurs collègues vous ont écrit. Les achats ont demandé un devis à {comp}.",
    "es": "Incidencia {ref}: nada resuelto y ya han escrito varios compañeros. Compras ha pedido precios a {comp}.",
    "de": "Vorgang {ref}: nichts erledigt, mehrere Kollegen haben geschrieben. Der Einkauf hat bei {comp} angefragt.",
    "en": "Case {ref}: nothing fixed and several colleagues have written. Procurement has asked {comp} for a quote.",
    "it": "Pratica {ref}: niente di risolto e hanno scritto diversi colleghi. Gli acquisti hanno chiesto un preventivo a {comp}.",
}
B2B_LAST_CALL = {
    "pt": "bom dia é sobre o processo {ref} continua tudo igual já vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "fr": "bonjour c'est pour le dossier {ref} rien n'a changé plusieurs collègues vous ont écrit et mon responsable dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "es": "hola es por la incidencia {ref} sigue igual varios compañeros han escrito y mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "de": "guten Tag es geht um Vorgang {ref} nichts hat sich getan mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "en": "hi it's about case {ref} nothing's changed several colleagues have written and my boss says we'll move the account if it isn't fixed this week",
    "it": "buongiorno è per la pratica {ref} tutto uguale hanno scritto vari colleghi e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
}
B2B_SUGGEST = {
    "pt": (
        "Sugestão: seria útil exportar os custos por centro de custo.",
        "Sugestão: indicar no relatório a data da última adubação.",
    ),
    "fr": (
        "Suggestion : pouvoir exporter les coûts par centre de coût.",
        "Suggestion : indiquer sur le rapport la date du dernier engrais.",
    ),
    "es": ("Sugerencia: exportar costes por centro de coste.",),
    "de": ("Vorschlag: Kosten nach Kostenstelle exportieren.",),
    "en": ("Suggestion: export costs by cost centre.",),
    "it": ("Suggerimento: esportare i costi per centro di costo.",),
}
B2B_SUGGEST_ACK = {
    "pt": "Obrigado pela sugestão, passámos à equipa de produto.",
    "fr": "Merci pour la suggestion, transmise à l'équipe produit.",
    "es": "Gracias por la sugerencia, la pasamos a producto.",
    "de": "Danke für den Vorschlag, ist beim Produktteam.",
    "en": "Thanks for the suggestion, passed to the product team.",
    "it": "Grazie del suggerimento, passato al team prodotto.",
}
B2B_Q = {
    "pt": (
        (
            "Podem acrescentar duas plantas à receção do 3.º piso?",
            "Claro, ficam na próxima visita.",
        ),
    ),
    "fr": (
        (
            "Pouvez-vous ajouter deux plantes à l'accueil du 3e ?",
            "Bien sûr, dès le prochain passage.",
        ),
    ),
    "es": (("¿Podéis añadir dos plantas en recepción?", "Claro, en la próxima visita."),),
    "de": (("Können Sie zwei Pflanzen am Empfang ergänzen?", "Gern, beim nächsten Besuch."),),
    "en": (("Could you add two plants to reception?", "Of course, from the next visit."),),
    "it": (("Potete aggiungere due piante in reception?", "Certo, dalla prossima visita."),),
}
B2B_PRAISE = {
    "pt": ("A equipa da Regaro Office mantém o escritório sempre verde, os clientes reparam",),
    "fr": ("Regaro Office garde nos bureaux bien verts, nos clients le remarquent",),
    "es": ("Regaro Office tiene la oficina siempre verde",),
    "de": ("Regaro Office hält unser Büro schön grün",),
    "en": ("Regaro Office keeps the office looking lovely",),
    "it": ("Regaro Office tiene l'ufficio sempre verde",),
}
WEEKDAY = {
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
}
