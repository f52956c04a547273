# ruff: noqa: E501  (the texts are people's sentences: each stays whole on its line)
"""Hand-written wording for the second held-out alert scenarios (report only).

Written for this set alone, without looking at the simulator's phrases, the
first hand-written set or the first held-out set. The business is *Verdalis*,
which sells espresso machines, grinders and a coffee-bean subscription to
households (B2C) and office machines under contract (Verdalis Pro, B2B).

Slots filled by ``make_heldout2.py``: ``{order}`` an order number, ``{machine}``
a machine model, ``{first}`` the customer's first name, ``{when}`` a day word.
Typos, missing accents and odd capitals are on purpose: people write like that.
"""

from __future__ import annotations

LANGS = ("en", "fr", "de", "es", "pt")

FIRST_NAMES = {
    "en": [
        "Siobhan",
        "Gareth",
        "Priya",
        "Callum",
        "Imogen",
        "Tunde",
        "Harriet",
        "Declan",
        "Niamh",
        "Rory",
        "Abigail",
        "Hamish",
        "Leona",
        "Kwame",
        "Poppy",
        "Ewan",
    ],
    "fr": [
        "Océane",
        "Thibault",
        "Maëlys",
        "Yannick",
        "Solène",
        "Gwenaël",
        "Anaïs",
        "Mehdi",
        "Clémence",
        "Loïc",
        "Inès",
        "Baptiste",
        "Séverine",
        "Karim",
        "Margaux",
        "Hervé",
    ],
    "de": ["Anneliese", "Jörg", "Wiebke", "Torsten", "Svenja", "Malte", "Henrike", "Ulf"],
    "es": ["Joaquín", "Itziar", "Begoña", "Álvaro", "Rocío", "Iker", "Nerea", "Fermín"],
    "pt": ["Conceição", "Gonçalo", "Inês", "Tiago", "Leonor", "Rui", "Filipa", "Duarte"],
}
LAST_NAMES = [
    "Okafor",
    "Le Gall",
    "Brennan",
    "Vasseur",
    "Hoffmann",
    "Etxeberria",
    "Tavares",
    "MacLeod",
    "Benali",
    "Kowalczyk",
    "Rousseau",
    "Lindqvist",
    "Ferreira",
    "Quiroga",
    "Dubreuil",
    "Achterberg",
    "Nwosu",
    "Pereira",
    "Castaing",
    "Oyelaran",
]
MAIL_DOMAINS = [
    "post.example",
    "mailbox.example.org",
    "inbox.example.net",
    "correo.example",
    "courriel.example.fr",
    "webpost.example.de",
    "caixa.example.pt",
]
PHONE_PREFIX = {"en": "+44 7", "fr": "+33 6", "de": "+49 15", "es": "+34 6", "pt": "+351 9"}
MACHINES = ["Brio 3", "Brio 3 Duo", "Lungo S", "Crema Pro 2", "Piccolo"]
DAY_WORDS = {
    "en": ["yesterday", "on Monday", "last week", "this morning"],
    "fr": ["hier", "lundi", "la semaine dernière", "ce matin"],
    "de": ["gestern", "am Montag", "letzte Woche", "heute früh"],
    "es": ["ayer", "el lunes", "la semana pasada", "esta mañana"],
    "pt": ["ontem", "na segunda", "na semana passada", "hoje de manhã"],
}

# Openers and sign-offs that real messages carry around what matters.
GREETING = {
    "en": ["Hi,", "Hello there,", "Hiya", "Good afternoon,", "Dear Verdalis team,", ""],
    "fr": ["Bonjour,", "Bonsoir,", "Bjr", "Madame, Monsieur,", "Salut,", ""],
    "de": ["Hallo,", "Guten Tag,", "Hallo zusammen,", "Moin,", ""],
    "es": ["Hola,", "Buenas,", "Buenos días,", ""],
    "pt": ["Olá,", "Boa tarde,", "Bom dia,", ""],
}
SIGNOFF = {
    "en": [
        "Cheers, {first}",
        "Thanks, {first}",
        "{first}",
        "Sent from my Galaxy",
        "Regards\n{first}",
    ],
    "fr": [
        "Cordialement, {first}",
        "Bonne journée, {first}",
        "{first}",
        "Envoyé de mon iPhone",
        "Merci d'avance",
    ],
    "de": ["Viele Grüße, {first}", "Gruß {first}", "Von meinem Handy gesendet", "MfG"],
    "es": ["Saludos, {first}", "Un saludo", "Enviado desde mi móvil"],
    "pt": ["Cumprimentos, {first}", "Obrigado/a", "Enviado do meu telemóvel"],
}
CALL_OPENER = {
    "en": ["Yeah hi, ", "Hi, um, ", "Hello, it's {first} here, ", "Right, so, "],
    "fr": ["Oui bonjour, ", "Allô, bonjour, ", "Bonjour, c'est {first}, ", "Euh oui, "],
    "de": ["Ja hallo, ", "Guten Tag, hier ist {first}, "],
    "es": ["Sí, hola, ", "Hola, soy {first}, "],
    "pt": ["Sim, olá, ", "Olá, fala {first}, "],
}

# Calm, contented writers: praise, thanks, how-to questions, small talk.
PRAISE = {
    "en": [
        "The {machine} makes a better flat white than my local café, honestly chuffed",
        "Just wanted to say the Ethiopian beans this month are gorgeous",
        "Delivery came a day early, lovely surprise",
        "Third year with the subscription and still love it",
        "10/10 would recommend, the grinder is whisper quiet",
        "big fan of the new decaf, my partner can finally join in",
        "Your barista tips video sorted my milk foam, thank you!",
        "Really pleased with the {machine}, looks great on the counter too",
    ],
    "fr": [
        "Ravie de ma {machine}, le café est top",
        "Les grains du mois sont une tuerie, merci !",
        "Livraison rapide et colis nickel comme d'hab",
        "Super service, la personne au tel était adorable",
        "franchement rien a redire, ma machine tourne tous les jours sans souci",
        "Le nouveau décaféiné est très réussi, bravo",
        "Merci pour le petit mot dans le colis, ça fait plaisir",
        "je recommande Verdalis a tout le monde autour de moi",
    ],
    "de": [
        "Die {machine} ist super, der Espresso schmeckt wie in Italien",
        "Vielen Dank für die schnelle Lieferung, alles bestens",
        "Die Bohnen diesen Monat sind richtig lecker",
        "Bin sehr zufrieden mit dem Abo, weiter so",
    ],
    "es": [
        "Encantada con la {machine}, el café sale buenísimo",
        "Muchas gracias, el pedido llegó perfecto y antes de lo previsto",
        "Los granos de este mes están riquísimos",
        "Muy buen servicio, todo genial",
    ],
    "pt": [
        "Adoro a minha {machine}, o café fica ótimo",
        "Muito obrigada, a encomenda chegou rapidíssimo",
        "Os grãos deste mês são excelentes, parabéns",
        "Serviço impecável, estou muito contente",
    ],
}
QUESTION = {
    "en": [
        "Quick question: how often should I descale the {machine}?",
        "Can I move my next bean delivery to the 15th?",
        "Is there a recipe for iced latte on the app?",
        "Do you ship to Jersey?",
        "What grind setting do you suggest for the Colombian?",
        "could I add a second bag to my next box please",
    ],
    "fr": [
        "Petite question : tous les combien faut-il détartrer la {machine} ?",
        "Est-ce possible de décaler ma prochaine livraison de grains au 15 ?",
        "Vous avez une recette de café glacé ?",
        "Quelle mouture conseillez-vous pour le café du Pérou ?",
        "je peux ajouter un paquet de deca dans mon prochain colis ?",
        "Comment je change mon adresse de livraison dans l'appli ?",
    ],
    "de": [
        "Wie oft sollte ich die {machine} entkalken?",
        "Kann ich die nächste Lieferung auf den 15. verschieben?",
        "Welchen Mahlgrad empfehlt ihr für den Kolumbien?",
    ],
    "es": [
        "¿Cada cuánto hay que descalcificar la {machine}?",
        "¿Puedo cambiar la fecha de mi próximo envío?",
        "¿Qué molienda recomendáis para el café de Etiopía?",
    ],
    "pt": [
        "De quanto em quanto tempo devo descalcificar a {machine}?",
        "Posso adiar a próxima entrega para dia 15?",
        "Qual a moagem que recomendam para o café do Brasil?",
    ],
}
THANKS_FOR_ANSWER = {
    "en": [
        "Perfect, thanks for the quick answer!",
        "Brilliant, that's sorted, cheers",
        "Great, thank you",
    ],
    "fr": ["Parfait, merci pour la réponse rapide !", "Super merci bcp", "Top, merci beaucoup"],
    "de": ["Perfekt, danke für die schnelle Antwort!", "Super, vielen Dank"],
    "es": ["Perfecto, ¡gracias por la respuesta!", "Genial, muchas gracias"],
    "pt": ["Perfeito, obrigado pela resposta rápida!", "Ótimo, muito obrigada"],
}
SURVEY_HAPPY = {
    "en": ["Great coffee, great people", "all good", "Fast and friendly", "Love it", "👍", ""],
    "fr": ["Très satisfaite", "RAS, parfait", "Rapide et efficace", "👌", ""],
    "de": ["Alles top", "Sehr zufrieden", ""],
    "es": ["Todo perfecto", "Muy contento", ""],
    "pt": ["Tudo ótimo", "Muito satisfeita", ""],
}
REVIEW_HAPPY = {
    "en": ["Five stars. The {machine} is easy to clean and the crema is spot on."],
    "fr": ["5 étoiles. La {machine} est facile à nettoyer et la crème est parfaite."],
    "de": ["Fünf Sterne. Die {machine} ist leicht zu reinigen."],
    "es": ["Cinco estrellas. La {machine} es fácil de limpiar."],
    "pt": ["Cinco estrelas. A {machine} é fácil de limpar."],
}

# A problem, in the customer's words: how it is first said, said again, and said
# once it is fixed. Keys are the author's own labels, not the pipeline's topics.
PROBLEMS = ("delivery", "double_charge", "refund", "leak", "app_login", "repair")
ISSUE = {
    "delivery": {
        "en": [
            "my order {order} still hasn't turned up",
            "the parcel {order} says delivered but there's nothing here",
            "order {order} was due {when} and never arrived",
        ],
        "fr": [
            "ma commande {order} n'est toujours pas arrivée",
            "le colis {order} est marqué livré mais je n'ai rien reçu",
            "commande {order} prévue {when}, jamais livrée",
        ],
        "de": [
            "meine Bestellung {order} ist immer noch nicht angekommen",
            "das Paket {order} gilt als zugestellt, ist aber nicht da",
        ],
        "es": [
            "mi pedido {order} todavía no ha llegado",
            "el paquete {order} pone entregado pero no tengo nada",
        ],
        "pt": [
            "a minha encomenda {order} ainda não chegou",
            "o pacote {order} diz entregue mas não recebi nada",
        ],
    },
    "double_charge": {
        "en": [
            "you've charged my card twice for this month's subscription",
            "I was billed twice, 2 x 24.90 on my statement",
            "there's a duplicate payment for order {order}",
        ],
        "fr": [
            "vous m'avez prélevé deux fois l'abonnement ce mois-ci",
            "j'ai été débité 2 fois de 24,90 €",
            "double prélèvement sur la commande {order}",
        ],
        "de": [
            "ihr habt mein Abo diesen Monat zweimal abgebucht",
            "doppelte Abbuchung für Bestellung {order}",
        ],
        "es": [
            "me habéis cobrado dos veces la suscripción este mes",
            "tengo un cargo duplicado del pedido {order}",
        ],
        "pt": [
            "cobraram-me a assinatura duas vezes este mês",
            "tenho um pagamento duplicado da encomenda {order}",
        ],
    },
    "refund": {
        "en": [
            "I returned the grinder three weeks ago and the refund still hasn't come through",
            "still waiting on my refund for return {order}",
        ],
        "fr": [
            "j'ai renvoyé le moulin il y a trois semaines et toujours pas de remboursement",
            "j'attends toujours le remboursement du retour {order}",
        ],
        "de": [
            "ich habe die Mühle vor drei Wochen zurückgeschickt und noch keine Erstattung erhalten"
        ],
        "es": ["devolví el molinillo hace tres semanas y sigo sin el reembolso"],
        "pt": ["devolvi o moinho há três semanas e ainda não recebi o reembolso"],
    },
    "leak": {
        "en": [
            "the {machine} is leaking water all over the worktop",
            "my {machine} shows error E07 and leaks from underneath",
        ],
        "fr": [
            "ma {machine} fuit, il y a de l'eau partout sous la machine",
            "la {machine} affiche l'erreur E07 et fuit",
        ],
        "de": [
            "die {machine} leckt, überall Wasser auf der Arbeitsplatte",
            "die {machine} zeigt Fehler E07 und tropft",
        ],
        "es": ["la {machine} pierde agua por debajo", "la {machine} da el error E07 y gotea"],
        "pt": ["a {machine} está a perder água por baixo", "a {machine} dá erro E07 e pinga"],
    },
    "app_login": {
        "en": [
            "I can't log in to the app, the verification code never arrives",
            "the app keeps logging me out and won't accept my password",
        ],
        "fr": [
            "impossible de me connecter à l'appli, le code de vérification n'arrive jamais",
            "l'application refuse mon mot de passe",
        ],
        "de": ["ich kann mich nicht in der App anmelden, der Bestätigungscode kommt nie an"],
        "es": ["no puedo iniciar sesión en la app, nunca llega el código"],
        "pt": ["não consigo entrar na app, o código de verificação nunca chega"],
    },
    "repair": {
        "en": [
            "I sent the {machine} in for repair under warranty a fortnight ago and have heard nothing"
        ],
        "fr": [
            "j'ai envoyé la {machine} en réparation sous garantie il y a 15 jours et aucune nouvelle"
        ],
        "de": ["die {machine} ist seit zwei Wochen in der Garantiereparatur und ich höre nichts"],
        "es": ["mandé la {machine} a reparar en garantía hace dos semanas y no sé nada"],
        "pt": ["enviei a {machine} para reparação na garantia há duas semanas e nada"],
    },
}
# How a problem is framed on its first contact (negative, but civil).
FIRST_FRAME = {
    "en": [
        "{issue}. Can someone look into this please?",
        "{issue} and I'm not impressed.",
        "{issue}?? What's going on",
        "Not happy: {issue}.",
    ],
    "fr": [
        "{issue}. Pouvez-vous regarder svp ?",
        "{issue}, c'est pénible.",
        "{issue} !! Que se passe-t-il ?",
        "Mécontent : {issue}.",
    ],
    "de": ["{issue}. Bitte kümmern Sie sich darum.", "{issue}, sehr ärgerlich."],
    "es": ["{issue}. ¿Podéis revisarlo, por favor?", "{issue}, qué fastidio."],
    "pt": ["{issue}. Podem verificar, por favor?", "{issue}, que chatice."],
}
# The same problem raised again: says it is a repeat.
AGAIN_FRAME = {
    "en": [
        "Second time I'm contacting you about this: {issue}.",
        "I already wrote yesterday, {issue}. Still nothing.",
        "Following up on my email, {issue} and nobody has replied",
        "STILL not sorted. {issue}.",
        "This is the third time I've had to chase this. {issue}. Ridiculous.",
    ],
    "fr": [
        "Je vous ai déjà écrit à ce sujet : {issue}.",
        "Deuxième relance, {issue}. Toujours rien.",
        "Suite à mon mail de ce matin, {issue} et personne ne répond",
        "TOUJOURS pas réglé. {issue}.",
        "C'est la troisième fois que je relance. {issue}. Inadmissible.",
    ],
    "de": [
        "Ich habe schon geschrieben: {issue}. Immer noch nichts.",
        "Zum dritten Mal: {issue}. Unmöglich.",
    ],
    "es": [
        "Ya os escribí por esto: {issue}. Sigo sin respuesta.",
        "Es la tercera vez que reclamo. {issue}. Vergonzoso.",
    ],
    "pt": [
        "Já vos escrevi sobre isto: {issue}. Continua sem resposta.",
        "É a terceira vez que reclamo. {issue}. Inaceitável.",
    ],
}
# A calm follow-up on a call, same problem, still open.
CALL_AGAIN = {
    "en": [
        "I'm calling about the email I sent, {issue}, it's still not sorted",
        "ringing back about the same thing as before, {issue}",
    ],
    "fr": [
        "j'appelle au sujet de mon mail, {issue}, ce n'est toujours pas réglé",
        "je rappelle pour la même chose que tout à l'heure, {issue}",
    ],
    "de": ["ich rufe wegen meiner Mail an, {issue}, das ist immer noch nicht gelöst"],
    "es": ["llamo por el correo que mandé, {issue}, sigue sin resolverse"],
    "pt": ["estou a ligar por causa do email que enviei, {issue}, continua por resolver"],
}
# The customer says the problem is fixed.
FIXED = {
    "delivery": {
        "en": "Parcel arrived this morning, all good now, thanks for chasing it",
        "fr": "Colis bien reçu ce matin, merci pour votre aide",
        "de": "Paket ist heute angekommen, danke für die Hilfe",
        "es": "Ya me llegó el paquete, gracias por la ayuda",
        "pt": "A encomenda chegou hoje, obrigado pela ajuda",
    },
    "double_charge": {
        "en": "I can see the second payment has been refunded, thank you for sorting it",
        "fr": "Le double prélèvement a été remboursé, merci beaucoup",
        "de": "Die doppelte Abbuchung ist erstattet, vielen Dank",
        "es": "Ya veo devuelto el cargo duplicado, muchas gracias",
        "pt": "Já vi o reembolso do pagamento duplicado, muito obrigado",
    },
    "refund": {
        "en": "Refund received today, thanks!",
        "fr": "Remboursement reçu, merci !",
        "de": "Erstattung ist da, danke!",
        "es": "¡Reembolso recibido, gracias!",
        "pt": "Reembolso recebido, obrigado!",
    },
    "leak": {
        "en": "The replacement seal fixed the leak, thanks so much for the quick help",
        "fr": "Le joint de remplacement a réglé la fuite, merci pour la réactivité",
        "de": "Die neue Dichtung hat das Leck behoben, danke",
        "es": "La junta nueva ha solucionado la fuga, gracias",
        "pt": "A borracha nova resolveu a fuga, obrigado",
    },
    "app_login": {
        "en": "The new code worked and I'm back in the app, cheers",
        "fr": "Le nouveau code a fonctionné, je suis reconnectée, merci",
        "de": "Der neue Code hat funktioniert, danke",
        "es": "El código nuevo ha funcionado, gracias",
        "pt": "O código novo funcionou, obrigado",
    },
    "repair": {
        "en": "Got the {machine} back from repair and it works perfectly, thank you",
        "fr": "Machine revenue de réparation, elle marche parfaitement, merci",
        "de": "Die {machine} ist repariert zurück und läuft, danke",
        "es": "Me ha llegado la {machine} reparada y funciona, gracias",
        "pt": "A {machine} voltou da reparação e funciona, obrigado",
    },
}
# An agent's answer to a calm question (outbound).
HELP_REPLY = {
    "en": "Hi {first}, happy to help: you'll find it under Account > Settings. Verdalis Care",
    "fr": "Bonjour {first}, avec plaisir : c'est dans Mon compte > Réglages. L'équipe Verdalis",
    "de": "Hallo {first}, gern: Sie finden es unter Konto > Einstellungen. Ihr Verdalis-Team",
    "es": "Hola {first}, con gusto: está en Mi cuenta > Ajustes. Equipo Verdalis",
    "pt": "Olá {first}, com todo o gosto: está em A minha conta > Definições. Equipa Verdalis",
}
# Words that say a contact is the third or later (never on a second contact).
THIRD_TIME_WORDS = ("third", "troisième", "dritten", "tercera", "terceira")

# What an agent writes back (outbound): not the customer's own voice.
AGENT_REPLY = {
    "en": [
        "Hi {first}, sorry about this, I've raised it with the team and will update you within 48h. Verdalis Care",
        "Thanks for your patience {first}, we're looking into it.",
    ],
    "fr": [
        "Bonjour {first}, désolés pour ce souci, je transmets au service concerné. L'équipe Verdalis",
        "Merci de votre patience {first}, nous regardons cela.",
    ],
    "de": ["Hallo {first}, das tut uns leid, wir kümmern uns darum. Ihr Verdalis-Team"],
    "es": ["Hola {first}, sentimos las molestias, lo estamos revisando. Equipo Verdalis"],
    "pt": ["Olá {first}, lamentamos o incómodo, estamos a verificar. Equipa Verdalis"],
}

# One bad day: one angry message out of character (then back to normal).
BAD_DAY = {
    "en": [
        "Honestly fuming, the bag of beans arrived split open and coffee everywhere in the box. Not what I pay for.",
        "Worst coffee I've had from you, tastes burnt and stale. Really disappointed today.",
        "Your courier threw the box over my gate in the rain. Soaked. Terrible.",
        "The app crashed mid-order and now I've no idea if it went through. So annoying!!",
    ],
    "fr": [
        "Franchement énervée, le sachet de grains est arrivé éventré, du café partout dans le carton.",
        "Le café de ce mois est imbuvable, goût de brûlé. Très déçu aujourd'hui.",
        "Le livreur a balancé le colis par-dessus le portail sous la pluie. Tout trempé. Nul.",
        "L'appli a planté en pleine commande, je ne sais même pas si c'est passé, c'est agaçant !!",
    ],
    "de": [
        "Total verärgert, die Bohnentüte kam aufgerissen an, Kaffee überall im Karton.",
        "Der Kaffee diesen Monat schmeckt verbrannt. Heute echt enttäuscht.",
    ],
    "es": [
        "Muy enfadada, la bolsa de café llegó rota y todo lleno de café.",
        "El café de este mes sabe a quemado, qué decepción hoy.",
    ],
    "pt": [
        "Muito irritado, o saco de café chegou rasgado e estava tudo sujo.",
        "O café deste mês sabe a queimado, que desilusão hoje.",
    ],
}
BACK_TO_NORMAL = {
    "en": [
        "Sorry for the rant the other day, the replacement beans are lovely",
        "All forgotten, the new bag is great",
    ],
    "fr": [
        "Désolée pour mon message énervé, le nouveau paquet est parfait",
        "Oubliez mon coup de gueule, tout va bien",
    ],
    "de": ["Sorry für die schlechte Laune neulich, die Ersatzbohnen sind super"],
    "es": ["Perdón por el mensaje del otro día, el nuevo paquete es perfecto"],
    "pt": ["Desculpem o desabafo do outro dia, o novo saco está ótimo"],
}

# A slow slide, stage by stage: content, lukewarm, let down, fed up, done.
SLIDE = {
    "en": {
        "lukewarm": [
            "The last two boxes were a bit meh to be honest",
            "Coffee's been ok lately, not amazing",
            "Delivery was late again but whatever",
        ],
        "letdown": [
            "Getting a bit fed up, the beans taste flat and the box came late again",
            "Not the quality I signed up for any more. Disappointed.",
            "Your prices went up and the coffee got worse, great combo",
        ],
        "fedup": [
            "Really unhappy now. Every box has a problem and nobody seems to care.",
            "This is getting worse every week. Stale beans, late parcels, useless replies.",
            "I'm sick of chasing you. Poor service, poor coffee.",
        ],
        "done": [
            "Absolutely done with Verdalis. Awful service, I want to cancel.",
            "Worst subscription I've ever had. Cancel it. Now.",
            "Thinking of switching to Kaffeko, at least they answer emails. Appalling.",
        ],
        "cancel": [
            "Please cancel my subscription effective immediately.",
            "Cancel my account. I'm leaving.",
        ],
    },
    "fr": {
        "lukewarm": [
            "Les deux derniers colis étaient bof honnêtement",
            "Le café est correct en ce moment, sans plus",
            "Encore un peu de retard sur la livraison mais bon",
        ],
        "letdown": [
            "Je commence à en avoir marre, les grains sont fades et le colis encore en retard",
            "Ce n'est plus la qualité d'avant. Déçue.",
            "Les prix augmentent et le café est moins bon, bravo",
        ],
        "fedup": [
            "Vraiment mécontente maintenant. Chaque colis a un problème et tout le monde s'en fiche.",
            "Ça empire chaque semaine. Grains rassis, colis en retard, réponses inutiles.",
            "J'en ai ras le bol de vous relancer. Service nul, café nul.",
        ],
        "done": [
            "J'en ai fini avec Verdalis. Service déplorable, je veux résilier.",
            "Le pire abonnement de ma vie. Résiliez-le. Maintenant.",
            "Je pense passer chez Kaffeko, eux au moins répondent. Lamentable.",
        ],
        "cancel": [
            "Merci de résilier mon abonnement immédiatement.",
            "Résiliation de mon compte svp, je pars.",
        ],
    },
    "de": {
        "lukewarm": [
            "Die letzten Lieferungen waren nur so lala",
            "Der Kaffee ist gerade okay, mehr nicht",
        ],
        "letdown": [
            "Langsam reicht es, die Bohnen schmecken fad und das Paket kam wieder zu spät",
            "Das ist nicht mehr die Qualität von früher. Enttäuscht.",
        ],
        "fedup": [
            "Jetzt wirklich unzufrieden. Jede Lieferung hat ein Problem und keinen interessiert es.",
            "Es wird jede Woche schlimmer. Alte Bohnen, späte Pakete, nutzlose Antworten.",
        ],
        "done": [
            "Ich bin fertig mit Verdalis. Miserabler Service, ich will kündigen.",
            "Das schlechteste Abo überhaupt. Kündigen Sie es sofort.",
        ],
        "cancel": ["Bitte kündigen Sie mein Abo mit sofortiger Wirkung."],
    },
    "es": {
        "lukewarm": [
            "Las dos últimas cajas estaban regular, la verdad",
            "El café está bien últimamente, sin más",
        ],
        "letdown": [
            "Empiezo a estar harta, el café sabe plano y la caja llegó tarde otra vez",
            "Ya no es la calidad de antes. Decepcionada.",
        ],
        "fedup": [
            "Muy descontenta ya. Cada caja tiene un problema y a nadie le importa.",
            "Cada semana peor. Café rancio, envíos tarde, respuestas inútiles.",
        ],
        "done": [
            "Se acabó con Verdalis. Servicio pésimo, quiero darme de baja.",
            "La peor suscripción que he tenido. Cancelad la ya.",
        ],
        "cancel": ["Por favor, cancelad mi suscripción de inmediato."],
    },
    "pt": {
        "lukewarm": [
            "As duas últimas caixas estavam assim-assim",
            "O café tem estado razoável, nada de especial",
        ],
        "letdown": [
            "Começo a ficar farto, o café sabe a pouco e a caixa voltou a chegar tarde",
            "Já não é a qualidade de antes. Desiludido.",
        ],
        "fedup": [
            "Muito insatisfeito agora. Todas as caixas têm um problema e ninguém quer saber.",
            "Cada semana pior. Café velho, entregas atrasadas, respostas inúteis.",
        ],
        "done": [
            "Chega de Verdalis. Serviço péssimo, quero cancelar.",
            "A pior assinatura que já tive. Cancelem já.",
        ],
        "cancel": ["Por favor cancelem a minha assinatura de imediato."],
    },
}
# Steadily grumpy from the first day (no fall from their own baseline).
GRUMPY = {
    "en": [
        "Coffee's overpriced as usual",
        "Box late. Again. Typical.",
        "Meh. The beans are nothing special.",
        "Why is the app so slow, every single time",
        "Still think you charge too much for what it is",
        "Not great, not terrible. Mostly not great.",
    ],
    "fr": [
        "Toujours trop cher pour ce que c'est",
        "Colis en retard. Encore. Classique.",
        "Bof, les grains n'ont rien d'exceptionnel",
        "Pourquoi l'appli est si lente, à chaque fois",
        "Je trouve toujours ça hors de prix",
        "Pas terrible comme d'habitude",
    ],
    "de": ["Wie immer zu teuer", "Paket zu spät. Mal wieder.", "Die App ist jedes Mal so langsam"],
    "es": ["Caro como siempre", "La caja tarde. Otra vez.", "La app siempre tan lenta"],
    "pt": ["Caro como sempre", "A caixa atrasada. Outra vez.", "A app sempre tão lenta"],
}
# Grumpy customers who then become happy (they recover).
RECOVERED = {
    "en": [
        "Ok I take it back, the new roast is excellent",
        "Credit where it's due, the last three boxes were spot on",
        "Genuinely impressed with how you handled it, thank you",
    ],
    "fr": [
        "Bon je retire ce que j'ai dit, la nouvelle torréfaction est excellente",
        "Il faut le reconnaître, les trois derniers colis étaient parfaits",
        "Vraiment bluffée par votre réactivité, merci",
    ],
    "de": ["Okay, ich nehme es zurück, die neue Röstung ist ausgezeichnet"],
    "es": ["Vale, retiro lo dicho, el nuevo tueste es excelente"],
    "pt": ["Ok, retiro o que disse, a nova torra é excelente"],
}
# Sarcasm: one remark, not a trend.
SARCASM = {
    "en": [
        "Oh great, another 'price adjustment'. Love that for me.",
        "Wow, only four days late this time, well done",
    ],
    "fr": [
        "Génial, encore un « ajustement tarifaire ». Trop contente.",
        "Bravo, seulement quatre jours de retard cette fois",
    ],
}
# Mixed-language writers (code-switching): fr/en mostly.
MIXED = {
    "happy": [
        "Franchement the new beans are amazing, merci !",
        "Top service as usual, bisous à l'équipe",
        "Love la nouvelle machine, c'est trop bien",
        "thanks pour la livraison express, super",
    ],
    # by problem: the last contact of a repeat thread, half French half English
    "angry": {
        "delivery": "Sérieux, order {order} still not here, c'est n'importe quoi",
        "double_charge": "Again?! Prélevé deux fois pour {order}, fix it please",
        "app_login": "honestly j'en ai marre, still can't log in, the code never comes",
    },
}

# Quiet hours: short night-time messages, no single theme.
NIGHT = {
    "en": [
        "can't sleep so ordering beans, love the new site",
        "is the night shift reading this? app won't load",
        "quick one, can I pause my sub for December",
        "machine making a weird gurgle at 3am lol",
        "where's my parcel, tracking not updated since tuesday",
    ],
    "fr": [
        "insomnie donc je commande du café, le site est top",
        "l'appli ne charge pas ce soir",
        "je peux suspendre mon abo en décembre ?",
        "ma machine fait un bruit bizarre, normal ?",
        "le suivi de mon colis n'a pas bougé depuis mardi",
    ],
}

# The planted spike: a carrier loses a day's parcels (delivery problem).
SPIKE = {
    "en": [
        "Tracking for {order} says 'returned to depot' and nobody can tell me why",
        "my parcel {order} was marked undeliverable?? I was home all day",
        "Delivery failed for {order}, courier says address not found, it's the same address as always",
        "where is my box? {order} shows delivery failed",
        "Parcel {order} not delivered today, app says 'exception'",
    ],
    "fr": [
        "Le suivi du colis {order} indique « retour au dépôt », personne ne sait pourquoi",
        "colis {order} marqué non livrable ?? j'étais chez moi",
        "Échec de livraison pour {order}, adresse introuvable selon le transporteur, c'est la même que d'habitude",
        "où est mon colis ? {order} livraison échouée",
    ],
    "de": ["Paket {order} wurde nicht zugestellt, angeblich Adresse unbekannt"],
    "es": ["El paquete {order} no se ha entregado, dicen que la dirección no existe"],
    "pt": ["A encomenda {order} não foi entregue, dizem que a morada não existe"],
}
SPIKE_AGAIN = {
    "en": [
        "Reported this earlier: {order} still shows delivery failed, what's happening?",
        "Me again, second message about {order} not delivered",
    ],
    "fr": [
        "Déjà signalé tout à l'heure : {order} toujours en échec de livraison",
        "C'est encore moi, deuxième message pour le colis {order} non livré",
    ],
    "de": ["Schon vorhin gemeldet: {order} immer noch nicht zugestellt"],
    "es": ["Ya lo avisé antes: {order} sigue sin entregarse"],
    "pt": ["Já reportei há pouco: {order} continua sem ser entregue"],
}

# B2B (Verdalis Pro): office machines under contract.
B2B_COMPANIES = [
    "Halvorsen Architects",
    "Cabinet Morvan",
    "Brauwerk Logistik",
    "Estudio Ordaz",
    "Nortada Software",
    "Pemberton & Lyle",
    "Atelier Sauvage",
    "Kessler Medizintechnik",
    "Grupo Ribera",
    "Lusoclima",
    "Quayside Dental",
    "Fiduciaire Arnaud",
    "Oberland Versicherung",
    "Talleres Bidasoa",
    "Marés Digital",
    "Ashgrove Studios",
    "Librairie Coquelicot",
    "Feldmann IT",
    "Clínica Aurora",
    "Vinhas do Sado",
    "Redwing Recruitment",
    "Agence Tramontane",
    "Stahlbau Görlitz",
    "Hostal Cantábrico",
    "Porto Bits",
    "Foxhollow Vets",
    "Notaires du Lac",
    "Bergmann Apotheke",
    "Ingenia Norte",
    "Atlântico Seguros",
    "Kiln & Co",
    "Studio Pivoine",
    "Rheinblick Hotels",
    "Mudanzas Peral",
    "Casa Varanda",
    "Thistle Accounting",
    "Boulangeries Ferrand",
    "Wendt Gartenbau",
    "Sierra Ópticas",
    "Tejo Labs",
    "Marlow Print",
    "Crèches Les Lutins",
]
B2B_PROBLEM = {
    "en": [
        "The office machine on floor 2 has been out of order since {when}, 40 people without coffee",
        "Your technician didn't turn up for the scheduled service visit, again nobody called",
        "Invoice {order} charges us for 3 machines, we have 2. Please correct.",
        "Renewal quote is 35% higher than last year, that's not acceptable",
        "We still can't access the Pro portal to order supplies",
        "Milk supply order {order} never arrived, meeting room machine useless",
    ],
    "fr": [
        "La machine du 2e étage est en panne depuis {when}, 40 personnes sans café",
        "Votre technicien n'est pas venu pour la maintenance prévue, personne n'a prévenu",
        "La facture {order} compte 3 machines, nous en avons 2. Merci de corriger.",
        "Le devis de renouvellement est 35 % plus cher, inacceptable",
        "Toujours impossible d'accéder au portail Pro pour commander les consommables",
    ],
    "de": [
        "Die Maschine im 2. OG ist seit {when} kaputt, 40 Leute ohne Kaffee",
        "Der Techniker ist zum Wartungstermin nicht erschienen, niemand hat angerufen",
        "Rechnung {order} berechnet 3 Maschinen, wir haben 2. Bitte korrigieren.",
    ],
    "es": [
        "La máquina de la segunda planta no funciona desde {when}, 40 personas sin café",
        "El técnico no vino a la revisión programada",
    ],
    "pt": [
        "A máquina do 2.º piso está avariada desde {when}, 40 pessoas sem café",
        "O técnico não apareceu na manutenção marcada",
    ],
}
B2B_HAPPY = {
    "en": [
        "The team loves the new bean-to-cup machine, thanks for the install",
        "Could we add a machine for our new Leeds office?",
        "Monthly supplies arrived, all fine",
        "What's the cleaning schedule for the Crema Pro 2?",
    ],
    "fr": [
        "L'équipe adore la nouvelle machine, merci pour l'installation",
        "Peut-on ajouter une machine pour le site de Lyon ?",
        "Consommables du mois bien reçus, merci",
        "Quel est le planning de nettoyage de la Crema Pro 2 ?",
    ],
    "de": [
        "Das Team ist begeistert von der neuen Maschine, danke",
        "Monatliche Lieferung angekommen, alles gut",
    ],
    "es": [
        "Al equipo le encanta la máquina nueva, gracias",
        "Ha llegado el material del mes, todo bien",
    ],
    "pt": ["A equipa adora a máquina nova, obrigado", "Chegou o material do mês, tudo bem"],
}
B2B_GRUMPY_ONE = {
    "en": ["Honestly the coffee in the office is mediocre, but that's just me"],
    "fr": ["Perso je trouve le café du bureau moyen, mais bon"],
    "de": ["Ich finde den Bürokaffee ehrlich gesagt mittelmäßig"],
    "es": ["A mí el café de la oficina me parece mediocre, la verdad"],
    "pt": ["Acho o café do escritório fraquinho, sinceramente"],
}

SUBJECTS = {
    "en": [
        "Order query",
        "Re: your order",
        "Problem",
        "Help please",
        "Subscription",
        "(no subject)",
    ],
    "fr": ["Ma commande", "Re: votre commande", "Réclamation", "Question", "Abonnement", ""],
    "de": ["Bestellung", "Reklamation", "Frage"],
    "es": ["Pedido", "Reclamación", "Consulta"],
    "pt": ["Encomenda", "Reclamação", "Pergunta"],
}
