"""The held-out scenarios' wording, written by hand; nothing here comes from the simulator."""

from __future__ import annotations

QUESTIONS = {
    "en": [
        "Hi, can I change the delivery address on order {order}? I moved last week.",
        "Quick question - do you ship to Northern Ireland?",
        "Hello! Is there a way to download all my invoices at once?",
        "hey how do i add a second user to my account",
        "Can I pause my subscription for August? Going away for a few weeks.",
        "What's the difference between the Plus and the Family plan?",
        "Do the refill packs fit the older model (the grey one)?",
        "Any idea when the blue one is back in stock?",
        "Where do I find my order number? Sorry, first time ordering.",
        "Could you resend the receipt for {order}? My accountant needs it.",
        "Does the app have a dark mode yet?",
        "Is it possible to pay by bank transfer instead of card?",
        "Can I collect from the shop on Rue Neuve instead of home delivery?",
        "Do you do gift wrapping? It's for my mum's birthday.",
        "How many loyalty points do I have left? Can't see it in the app.",
    ],
    "fr": [
        "Bonjour, est-ce possible de changer l'adresse de livraison de la commande {order} ?",
        "Vous livrez en Belgique ?",
        "Bonjour, comment télécharger toutes mes factures d'un coup ?",
        "salut, on peut ajouter un deuxième utilisateur sur le compte ?",
        "Je peux suspendre mon abonnement pendant les vacances ?",
        "Quelle est la différence entre l'offre Plus et l'offre Famille ?",
        "Les recharges sont compatibles avec l'ancien modèle ?",
        "Le modèle bleu revient en stock quand à peu près ?",
        "Pourriez-vous me renvoyer la facture de la commande {order} svp ?",
        "L'appli a un mode sombre maintenant ?",
        "On peut payer par virement plutôt que par carte ?",
        "Est-ce que je peux retirer ma commande en boutique ?",
        "Vous faites les emballages cadeaux ? C'est pour ma mère.",
        "Il me reste combien de points fidélité ? Je ne trouve pas dans l'appli.",
    ],
    "de": [
        "Hallo, kann ich die Lieferadresse für Bestellung {order} noch ändern?",
        "Liefern Sie auch nach Österreich?",
        "Gibt es die Nachfüllpackungen auch einzeln?",
        "Wie kann ich mein Abo für einen Monat pausieren?",
    ],
    "es": [
        "Hola, ¿puedo cambiar la dirección de entrega del pedido {order}?",
        "¿Hacéis envíos a Canarias?",
        "¿Cómo descargo todas mis facturas?",
        "¿Puedo pausar la suscripción durante el verano?",
    ],
}

PRAISE = {
    "en": [
        "Parcel arrived a day early, thank you!",
        "Just wanted to say the lady I spoke to yesterday (Priya I think?) was brilliant.",
        "Love the new app update, so much quicker.",
        "Third order this month and every single one perfect. Keep it up 👍",
        "thanks, that sorted it!",
        "Great quality, the kids love it.",
        "Honestly the best customer service I've dealt with all year.",
        "Super quick reply, much appreciated.",
        "All good now, cheers",
        "Five stars from me. Already recommended you to two friends.",
        "The replacement came this morning in perfect condition. Thanks for being so quick.",
        "Really pleased with the jacket, fits perfectly.",
        "You lot are great. That's all. Have a nice weekend!",
        "Brilliant, exactly what I needed, thank you so much",
    ],
    "fr": [
        "Colis reçu en avance, merci beaucoup !",
        "Je voulais juste dire que la conseillère d'hier a été au top.",
        "La nouvelle version de l'appli est vraiment plus rapide, bravo.",
        "Troisième commande ce mois-ci et toujours impeccable 👍",
        "merci, c'est réglé !",
        "Très bonne qualité, les enfants adorent.",
        "Franchement le meilleur service client que j'ai eu cette année.",
        "Réponse super rapide, merci à vous.",
        "Tout est ok maintenant, merci",
        "5 étoiles, je recommande sans hésiter.",
        "Le remplacement est arrivé ce matin en parfait état. Merci pour la réactivité !",
        "Très contente de la veste, la taille est parfaite.",
        "Vous êtes géniaux, c'est tout. Bon week-end !",
        "Nickel, merci beaucoup",
    ],
    "de": [
        "Paket ist schon heute angekommen, vielen Dank!",
        "Super Service, sehr freundliche Beratung am Telefon.",
        "Alles bestens, danke!",
        "Die Qualität ist wirklich top, gerne wieder.",
    ],
    "es": [
        "¡El pedido llegó antes de lo previsto, muchas gracias!",
        "Muy buena atención por teléfono, un placer.",
        "Todo perfecto, gracias.",
        "Calidad excelente, repetiré seguro.",
    ],
}

# One bad moment in an otherwise happy history.
BAD_DAY = {
    "en": [
        "Really disappointed. The order for my daughter's birthday didn't come and nobody told"
        " me anything.",
        "Worst experience I've had with you. 40 minutes on hold and then cut off.",
        "Your app logged me out three times today and lost my whole basket. Fed up.",
        "Received the wrong size. Seriously? I was clear on the form.",
        "Not happy at all, the vase arrived smashed to pieces.",
        "Terrible today. Driver left the parcel in the rain and it's soaked.",
    ],
    "fr": [
        "Très déçue. La commande pour l'anniversaire de ma fille n'est pas arrivée et personne"
        " ne m'a prévenue.",
        "Pire expérience avec vous. 40 minutes d'attente au téléphone puis coupé.",
        "Votre appli m'a déconnecté trois fois aujourd'hui et mon panier a disparu. Ras-le-bol.",
        "Reçu la mauvaise taille. Sérieusement ? C'était pourtant clair.",
        "Pas content du tout, le vase est arrivé en mille morceaux.",
        "Journée pourrie : le livreur a laissé le colis sous la pluie, tout est trempé.",
    ],
}
BAD_DAY_AFTER = {
    "en": [
        "Update: it turned up this afternoon after all. Sorry for the rant earlier.",
        "Your colleague called me back and sorted it. Thanks, and sorry for being snappy.",
        "OK, refund received, all good. Thanks for fixing it fast.",
    ],
    "fr": [
        "Bon, finalement c'est arrivé cet après-midi. Désolée pour le message énervé.",
        "Votre collègue m'a rappelé et a tout arrangé. Merci, et pardon pour le ton.",
        "Remboursement reçu, tout est bon. Merci d'avoir fait vite.",
    ],
}

# A problem raised again and again: stage 0 first report, 1 "still", 2 angry, 3 furious.
PROBLEMS: dict[str, dict[str, list[list[str]]]] = {
    "login": {
        "en": [
            [
                "Hi, I can't log in. It says my password is wrong but I've reset it twice.",
                "Can't get into my account since this morning, password reset isn't helping.",
            ],
            [
                "Still can't log in. The reset link says 'expired' the second I click it.",
                "Following up on my login problem - still locked out.",
            ],
            [
                "Third time I'm contacting you about the login issue. I need my invoices TODAY.",
                "Still locked out of my account. Nobody has got back to me. Not acceptable.",
            ],
            [
                "Four contacts and still no access to my account. Is anyone reading these?",
                "Day two locked out. I've emailed, called, chatted. Ridiculous.",
            ],
        ],
        "fr": [
            [
                "Bonjour, impossible de me connecter, mot de passe incorrect alors que je l'ai"
                " réinitialisé deux fois.",
                "Je n'arrive plus à accéder à mon compte depuis ce matin.",
            ],
            [
                "Toujours impossible de me connecter. Le lien de réinitialisation est 'expiré' dès"
                " que je clique.",
                "Je relance pour mon problème de connexion, toujours bloquée.",
            ],
            [
                "Troisième fois que je vous contacte pour ce problème de connexion. J'ai besoin de"
                " mes factures aujourd'hui.",
                "Toujours bloqué hors de mon compte et aucune réponse. Inadmissible.",
            ],
            [
                "Quatre contacts et toujours pas accès à mon compte. Quelqu'un lit ces messages ?",
                "Deuxième jour sans pouvoir me connecter. Mail, téléphone, chat... rien.",
            ],
        ],
    },
    "double_charge": {
        "en": [
            [
                "I've been charged twice for order {order}, can you check please?",
                "Two identical payments on my card for the same order ({order}).",
            ],
            [
                "Any news on the double payment for {order}? Still showing twice on my statement.",
                "Still waiting for one of the two charges for {order} to be refunded.",
            ],
            [
                "I've now asked three times about being charged twice. This is my money.",
                "Still charged twice. Your last reply just said 'we're looking into it'. Great.",
            ],
            [
                "Charged twice, four messages, zero refund. I'll ask my bank to reverse it.",
                "If the duplicate charge isn't refunded today I'm disputing it with my bank.",
            ],
        ],
        "fr": [
            [
                "J'ai été débité deux fois pour la commande {order}, vous pouvez vérifier ?",
                "Deux prélèvements identiques pour la même commande ({order}).",
            ],
            [
                "Des nouvelles du double prélèvement pour {order} ? Toujours deux lignes sur mon"
                " relevé.",
                "J'attends toujours le remboursement du deuxième débit pour {order}.",
            ],
            [
                "Troisième relance pour ce double débit. C'est mon argent quand même.",
                "Toujours débité deux fois. Votre dernière réponse : 'on regarde'. Super.",
            ],
            [
                "Débité deux fois, quatre messages, zéro remboursement. Je fais opposition.",
                "Si le double prélèvement n'est pas remboursé aujourd'hui je passe par ma banque.",
            ],
        ],
    },
    "parcel_missing": {
        "en": [
            [
                "Tracking says delivered but there's no parcel. Order {order}.",
                "My order {order} shows as delivered but I never got it.",
            ],
            [
                "Still no sign of {order}. Neighbours don't have it either.",
                "Chasing my missing parcel {order} again, any update?",
            ],
            [
                "Third time asking about {order}. Where is my parcel??",
                "Still no parcel and no answer. I paid for next-day delivery.",
            ],
            [
                "This is a joke. Missing parcel, four contacts, no help. Resend it or refund me.",
                "Enough. {order} never arrived and you keep fobbing me off.",
            ],
        ],
        "fr": [
            [
                "Le suivi indique livré mais je n'ai rien reçu. Commande {order}.",
                "Ma commande {order} est marquée livrée mais je ne l'ai jamais eue.",
            ],
            [
                "Toujours rien pour {order}. Les voisins ne l'ont pas non plus.",
                "Je relance pour mon colis perdu {order}, des nouvelles ?",
            ],
            [
                "Troisième fois que je demande pour {order}. Il est où mon colis ??",
                "Toujours pas de colis et pas de réponse. J'ai payé la livraison express.",
            ],
            [
                "C'est une blague. Colis perdu, quatre relances, aucune aide. Renvoyez-le ou"
                " remboursez-moi.",
                "Ça suffit. {order} n'est jamais arrivé et vous me baladez.",
            ],
        ],
        "de": [
            [
                "Laut Sendungsverfolgung zugestellt, aber kein Paket da. Bestellung {order}.",
                "Meine Bestellung {order} ist als geliefert markiert, kam aber nie an.",
            ],
            [
                "Immer noch kein Paket ({order}). Gibt es Neuigkeiten?",
                "Ich frage nochmal wegen {order} nach, weiterhin nichts angekommen.",
            ],
            [
                "Dritte Nachfrage wegen {order}. Wo ist mein Paket??",
                "Immer noch nichts und keine Antwort. Sehr ärgerlich.",
            ],
            [
                "Unglaublich. Vier Anfragen, kein Paket, keine Hilfe.",
                "Jetzt reicht es. Entweder neu schicken oder Geld zurück.",
            ],
        ],
        "es": [
            [
                "El seguimiento dice entregado pero no tengo el paquete. Pedido {order}.",
                "Mi pedido {order} aparece como entregado y nunca llegó.",
            ],
            [
                "Sigo sin el pedido {order}. ¿Alguna novedad?",
                "Vuelvo a escribir por el paquete perdido {order}.",
            ],
            [
                "Tercera vez que pregunto por {order}. ¿¿Dónde está mi paquete??",
                "Sigo sin paquete y sin respuesta. Pagué envío urgente.",
            ],
            [
                "Increíble. Cuatro mensajes y nadie me ayuda.",
                "Ya basta. O me lo reenviáis o me devolvéis el dinero.",
            ],
        ],
    },
    "refund_missing": {
        "en": [
            [
                "I returned {order} two weeks ago and haven't had the refund yet.",
                "Return for {order} was received on the 3rd according to tracking. Refund?",
            ],
            [
                "Still no refund for {order}. How long does it take?",
                "Checking again on my refund for {order}, nothing on my account yet.",
            ],
            [
                "Third time asking for my refund. You had no trouble taking the money.",
                "Still waiting on the refund for {order}. Getting really annoyed now.",
            ],
            [
                "No refund, four contacts. I'm reporting this to trading standards.",
                "Refund for {order} STILL missing. Disgraceful.",
            ],
        ],
        "fr": [
            [
                "J'ai renvoyé {order} il y a deux semaines et toujours pas de remboursement.",
                "Le retour de {order} a été reçu le 3 d'après le suivi. Et le remboursement ?",
            ],
            [
                "Toujours pas remboursé pour {order}. Ça prend combien de temps ?",
                "Je relance pour le remboursement de {order}, rien sur mon compte.",
            ],
            [
                "Troisième demande pour mon remboursement. Pour encaisser, pas de souci.",
                "J'attends toujours le remboursement de {order}. Ça commence à bien faire.",
            ],
            [
                "Pas de remboursement, quatre relances. Je saisis la répression des fraudes.",
                "Remboursement de {order} TOUJOURS pas reçu. Honteux.",
            ],
        ],
    },
    "app_crash": {
        "en": [
            [
                "The app crashes every time I open the basket. iPhone 13, latest iOS.",
                "App keeps closing when I try to check out.",
            ],
            [
                "Reinstalled like you said, still crashes at the basket.",
                "Still crashing at checkout after the update.",
            ],
            [
                "Third message about the crashing app. I literally cannot order anything.",
                "App still crashes. Whoever tested this update should be ashamed.",
            ],
            [
                "Still broken. Four contacts. I'll just order elsewhere.",
                "Day two of the app crashing. Done wasting my time.",
            ],
        ],
        "fr": [
            [
                "L'appli plante dès que j'ouvre le panier. iPhone 13, iOS à jour.",
                "L'application se ferme quand je veux payer.",
            ],
            [
                "Réinstallée comme vous avez dit, ça plante toujours au panier.",
                "Ça plante toujours au paiement depuis la mise à jour.",
            ],
            [
                "Troisième message pour l'appli qui plante. Impossible de commander quoi que ce"
                " soit.",
                "Toujours des plantages. Qui a testé cette mise à jour ?",
            ],
            [
                "Toujours en panne. Quatre contacts. Je vais commander ailleurs.",
                "Deuxième jour que l'appli plante. J'arrête de perdre mon temps.",
            ],
        ],
    },
}
RESOLVED = {
    "login": {
        "en": "Logged in fine now, the new link worked. Thanks!",
        "fr": "C'est bon, j'ai pu me connecter avec le nouveau lien. Merci !",
    },
    "double_charge": {
        "en": "I can see the second charge has been refunded. Thanks for sorting it.",
        "fr": "Le deuxième débit a bien été remboursé, merci.",
    },
    "parcel_missing": {
        "en": "Found it! It was in the bin store. Sorry for the hassle and thanks.",
        "fr": "Trouvé ! Il était dans le local poubelles. Désolé pour le dérangement, merci.",
    },
    "refund_missing": {
        "en": "Refund arrived today, thank you.",
        "fr": "Remboursement reçu aujourd'hui, merci.",
    },
    "app_crash": {
        "en": "The new version fixed it, checkout works again. Cheers.",
        "fr": "La nouvelle version a corrigé le souci, le paiement remarche. Merci.",
    },
}
SUBJECTS = {
    "login": {"en": ["Can't log in", "Account access", "locked out!!"], "fr": ["Connexion"]},
    "double_charge": {"en": ["Charged twice", "Billing"], "fr": ["Double prélèvement"]},
    "parcel_missing": {
        "en": ["Where is my parcel", "Order {order}"],
        "fr": ["Colis {order}"],
        "de": ["Paket {order}"],
        "es": ["Pedido {order}"],
    },
    "refund_missing": {"en": ["Refund {order}", "Return"], "fr": ["Remboursement"]},
    "app_crash": {"en": ["App crashing", "Bug"], "fr": ["Bug appli"]},
}

# Sentiment levels for customers whose mood moves: +2 delighted ... -3 furious.
MOOD = {
    "en": {
        2: PRAISE["en"],
        1: [
            "Order arrived fine, thanks.",
            "Delivery was OK. Quick one: can I reuse the box for returns?",
            "Good as usual.",
        ],
        0: QUESTIONS["en"],
        -1: [
            "Delivery was a bit late this time. Not the end of the world.",
            "The new packaging feels a bit flimsy, just saying.",
            "Bit disappointed with the last order, the colour is duller than the photos.",
            "Took three days to get a reply last time. Used to be quicker.",
        ],
        -2: [
            "Second late delivery in a row. This used to be so reliable.",
            "Prices up again and the quality down. Not great.",
            "The last two orders had something missing. What's happening over there?",
            "Oh great, another 'we're looking into it'. Love that for me.",
        ],
        -3: [
            "I'm done. Every order is late and support sends copy-paste answers.",
            "You've become terrible. I used to recommend you to everyone, not any more.",
            "Worst service I've had anywhere. Absolutely useless.",
            "Honestly fed up. Nothing works, nobody cares. Shocking.",
        ],
    },
    "fr": {
        2: PRAISE["fr"],
        1: [
            "Commande bien reçue, merci.",
            "Livraison ok. Petite question : je peux réutiliser le carton pour un retour ?",
            "Bien, comme d'habitude.",
        ],
        0: QUESTIONS["fr"],
        -1: [
            "Livraison un peu en retard cette fois. Pas dramatique.",
            "Le nouvel emballage fait un peu cheap, je dis ça je dis rien.",
            "Un peu déçue par la dernière commande, la couleur est plus terne que sur la photo.",
            "Trois jours pour avoir une réponse la dernière fois. C'était plus rapide avant.",
        ],
        -2: [
            "Deuxième livraison en retard d'affilée. C'était tellement fiable avant.",
            "Les prix augmentent et la qualité baisse. Pas top.",
            "Il manquait un article dans les deux dernières commandes. Il se passe quoi ?",
            "Génial, encore un « nous regardons ». Merci hein.",
        ],
        -3: [
            "J'en ai marre. Chaque commande en retard et le service client fait du copier-coller.",
            "Vous êtes devenus nuls. Je vous recommandais à tout le monde, c'est fini.",
            "Pire service que j'aie connu. Complètement inutile.",
            "Franchement ras-le-bol. Rien ne marche et tout le monde s'en fiche.",
        ],
    },
    "de": {
        2: PRAISE["de"],
        1: ["Bestellung gut angekommen, danke.", "Alles ok soweit."],
        0: QUESTIONS["de"],
        -1: ["Lieferung diesmal etwas spät.", "Die Verpackung war leider beschädigt."],
        -2: [
            "Schon wieder zu spät geliefert. Früher war das besser.",
            "Preise rauf, Qualität runter. Schade.",
        ],
        -3: [
            "Mir reicht es. Jede Lieferung zu spät, der Support hilft nie.",
            "Katastrophaler Service, ich bin sehr verärgert.",
        ],
    },
    "es": {
        2: PRAISE["es"],
        1: ["Pedido recibido, gracias.", "Todo bien por ahora."],
        0: QUESTIONS["es"],
        -1: ["El envío llegó un poco tarde esta vez.", "El embalaje venía algo dañado."],
        -2: [
            "Otra vez tarde. Antes erais mucho más fiables.",
            "Suben los precios y baja la calidad. Una pena.",
        ],
        -3: [
            "Estoy harta. Todos los pedidos tarde y el soporte no sirve para nada.",
            "Servicio pésimo, muy enfadado.",
        ],
    },
}
CANCEL = {
    "en": [
        "Please cancel my subscription. I'm switching to Zalando.",
        "Cancel my account please, I've had enough.",
    ],
    "fr": [
        "Merci de résilier mon abonnement, je passe chez la concurrence.",
        "Résiliez mon compte svp, j'en ai assez.",
    ],
    "de": ["Bitte kündigen Sie mein Abo zum nächstmöglichen Termin."],
    "es": ["Por favor, cancelad mi suscripción."],
}

SURVEY_HIGH = {
    "en": ["Great service", "quick and easy", "👍", "Lovely staff", "no complaints", "ok"],
    "fr": ["Rapide et efficace", "RAS", "top", "Très bien", "👍", "nickel"],
    "de": ["Sehr gut", "alles super"],
    "es": ["Muy bien", "todo perfecto"],
}
SURVEY_LOW = {
    "en": ["slow and unhelpful", "Too long on hold", "meh", "not impressed"],
    "fr": ["trop long", "pas aidé du tout", "bof", "décevant"],
    "de": ["zu langsam", "enttäuschend"],
    "es": ["muy lento", "decepcionante"],
}
SHORT_ODD = ["CSAT", "ok", "merci", "thx", "RAS", "-", "👍", "N/A", "5/5", "top"]

SIGN_OFF = {
    "en": ["Thanks,\n{first}", "Cheers\n{first}", "Kind regards,\n{first} {last}", "{first}"],
    "fr": ["Cordialement,\n{first} {last}", "Merci,\n{first}", "Bonne journée\n{first}"],
    "de": ["Viele Grüße\n{first} {last}", "Danke, {first}"],
    "es": ["Saludos,\n{first}", "Gracias\n{first} {last}"],
}
GREETING = {
    "en": ["Hi,", "Hello,", "Hi there,", "Dear Sir/Madam,", "Morning,"],
    "fr": ["Bonjour,", "Bonjour Madame, Monsieur,", "Bonsoir,", "Salut,"],
    "de": ["Hallo,", "Guten Tag,"],
    "es": ["Hola,", "Buenos días,"],
}
DEVICE_SIG = {
    "en": "Sent from my iPhone",
    "fr": "Envoyé de mon iPhone",
    "de": "Von meinem iPhone gesendet",
    "es": "Enviado desde mi iPhone",
}
SPOKEN = {
    "en": ["Yeah hi, um, ", "Hi, yes, so ", "Hello, I'm calling because ", ""],
    "fr": ["Oui bonjour, alors voilà, ", "Allô, oui, ", "Bonjour, j'appelle parce que ", ""],
    "de": ["Ja hallo, ", ""],
    "es": ["Sí, hola, ", ""],
}

NAMES = {
    "en": (
        "Aisha Ben Callum Dev Eleanor Fiona Gareth Hannah Imran Jess Kieran Laura Mo Niamh"
        " Olu Priya Rhys Sana Tom Una Vik Wendy Yusuf Zara",
        "Ahmed Brennan Chowdhury Doyle Evans Fletcher Gill Hughes Iqbal Jones Kaur Lloyd"
        " Murphy Nolan Okafor Patel Quinn Reid Shah Turner Walsh Young",
    ),
    "fr": (
        "Amandine Bastien Chloé Damien Élodie Fabrice Gaëlle Hugo Inès Julien Karima Léa"
        " Mathis Nadia Océane Pierre Rémi Sophie Théo Valérie Yanis Zoé",
        "Arnaud Bertin Charpentier Diallo Etienne Fontaine Garnier Haddad Jacquet Lemoine"
        " Martin Nguyen Olivier Perrin Roux Simon Traoré Vidal",
    ),
    "de": ("Anna Jonas Lena Markus Sabine Tobias", "Becker Hoffmann Klein Müller Schulz Weber"),
    "es": ("Alba Carlos Lucía Javier Marta Sergio", "García López Martín Navarro Ruiz Torres"),
}
DIAL = {"en": ("+447", 13), "fr": ("+336", 12), "de": ("+4915", 14), "es": ("+346", 12)}
MAIL = {
    "en": ["example.co.uk", "mail.example.com", "example.net"],
    "fr": ["example.fr", "courriel.example.fr", "example.net"],
    "de": ["example.de"],
    "es": ["example.es"],
}


NIGHT_CHAT = {
    "en": [
        [
            "hi, sorry it's late, quick question",
            "is the 20% code still valid for the sale items?",
            "ah ok, and does it stack with free delivery?",
            "perfect thanks, night!",
        ],
        [
            "Hello, are you there?",
            "I'm between a M and a L in the wool coat, which way would you go?",
            "Shoulders are broad-ish if that helps",
            "L it is then. Thank you!",
        ],
        [
            "hey, night shift here so I only get to do this now lol",
            "if I order now does it still go out tomorrow?",
            "great, cheers",
        ],
    ],
    "fr": [
        [
            "bonsoir, désolé pour l'heure, petite question",
            "le code -20% marche aussi sur les soldes ?",
            "ok et c'est cumulable avec la livraison gratuite ?",
            "parfait merci, bonne nuit !",
        ],
        [
            "Bonjour, il y a quelqu'un ?",
            "J'hésite entre le M et le L pour le manteau en laine, vous me conseillez quoi ?",
            "j'ai les épaules plutôt larges",
            "Va pour le L. Merci beaucoup !",
        ],
        [
            "coucou, je travaille de nuit donc je vous écris maintenant",
            "si je commande là, c'est expédié demain ?",
            "super merci",
        ],
    ],
}


SPIKE_TEXT = {
    "en": [
        "Card keeps getting declined at checkout, tried two cards. Bank says all fine on their"
        " side.",
        "Payment page just spins and then says 'transaction failed'. Anyone else?",
        "can't pay. 3D secure screen loops back to the basket",
        "Is your payment system down? Declined three times.",
        "Trying to pay for order and it errors at the last step, every time.",
        "Checkout broken?? my card works everywhere else",
    ],
    "fr": [
        "Ma carte est refusée au paiement, j'ai essayé deux cartes. La banque dit que tout va"
        " bien.",
        "La page de paiement tourne puis affiche 'transaction échouée'. Quelqu'un d'autre ?",
        "impossible de payer, l'écran 3D Secure me renvoie au panier",
        "Votre paiement est en panne ? Refusé trois fois.",
        "Erreur à la dernière étape du paiement, à chaque fois.",
        "paiement cassé ?? ma carte marche partout ailleurs",
    ],
}
SPIKE_AGAIN = {
    "en": [
        "Still can't pay, tried PayPal as well now. Same error.",
        "Tried again, still declined. Sale ends tonight...",
    ],
    "fr": [
        "Toujours impossible de payer, j'ai essayé PayPal aussi. Même erreur.",
        "Réessayé, toujours refusé. La promo finit ce soir...",
    ],
}


B2B_COMPLAINTS = {
    "en": [
        (
            "API errors",
            "Your API has been returning 500s since Tuesday's release. Our order sync is down.",
        ),
        ("SSO", "SSO login broke for our whole team this morning. Nobody can get in."),
        ("Invoice", "The invoice shows last year's VAT number again. Third month in a row."),
        (
            "Export",
            "Dashboard export times out on anything over a week of data. Useless for month-end.",
        ),
        (
            "Onboarding",
            "We were promised onboarding sessions in the contract. Still nothing scheduled.",
        ),
        ("Renewal", "Renewal quote is up 30% with no warning. We are reviewing alternatives."),
        ("Support", "Ticket open 9 days with no answer. This is not the SLA we pay for."),
        ("Outage", "Second outage this month during our peak hours. Not acceptable."),
    ],
    "fr": [
        (
            "Erreurs API",
            "Votre API renvoie des erreurs 500 depuis la mise en production de mardi."
            " Notre synchro des commandes est à l'arrêt.",
        ),
        ("SSO", "Le SSO ne fonctionne plus pour toute l'équipe depuis ce matin."),
        ("Facture", "La facture porte encore l'ancien numéro de TVA. Troisième mois de suite."),
        (
            "Export",
            "L'export du tableau de bord expire dès qu'on dépasse une semaine. Inutilisable"
            " pour la clôture.",
        ),
        (
            "Formation",
            "Les sessions de formation prévues au contrat ne sont toujours pas planifiées.",
        ),
        (
            "Renouvellement",
            "Devis de renouvellement +30 % sans prévenir. Nous étudions d'autres solutions.",
        ),
        ("Support", "Ticket ouvert depuis 9 jours sans réponse. Ce n'est pas le SLA prévu."),
        ("Panne", "Deuxième panne ce mois-ci en pleine heure de pointe. Inacceptable."),
    ],
}
B2B_HAPPY = {
    "en": [
        "Thanks for the quick turnaround on the new user accounts.",
        "Could you add two more seats to our plan from next month?",
        "The new reporting page is great, the team loves it.",
        "Where can I find the API rate limits for the Pro tier?",
        "Thanks Marc for the training session yesterday, very useful.",
        "Can we get the invoices sent to accounts@ instead of me?",
    ],
    "fr": [
        "Merci pour la création rapide des nouveaux comptes utilisateurs.",
        "Pouvez-vous ajouter deux licences à notre abonnement le mois prochain ?",
        "La nouvelle page de reporting est super, l'équipe adore.",
        "Où trouver les limites d'appels API pour l'offre Pro ?",
        "Merci à Julie pour la formation d'hier, très utile.",
        "Pouvez-vous envoyer les factures à compta@ plutôt qu'à moi ?",
    ],
}
COMPANIES = (
    "northwind-logistics brightpath-media cobalt-dental harbourline hexa-conseil"
    " lumen-architectes maison-ferrand orbit-foods pellicano-travel quarry-analytics"
    " riviera-optique sable-retail tandem-legal ubiq-energy verdant-farms wexford-print"
    " atelier-moreau bleu-horizon cap-sud-transports delta-pharma ecole-lumiere"
    " forge-digital granit-btp helix-biotech ivory-hotels jade-assurances kestrel-security"
    " lattice-finance"
).split()
