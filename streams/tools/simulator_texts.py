"""Text templates for the scenario simulator (streams/tools/simulator.py).

Kept apart from the simulation logic because they are long and only data. The
planted signal lives in the words, as a real customer would carry it: the
pipeline's rules are written against the touchpoint contract, never against the
simulator's internals, so negative stages must *read* negative, repeat contacts
must *say* they are repeats, competitor mentions must name a competitor.

Slots available in every template: {brand} {product} {order} {amount} {days}
{competitor} {card} {iban} {email} {phone} {nth} {handle} {agent} {name}.
"""

from __future__ import annotations

BRAND = "Lumio"
SUPPORT_HANDLE = "@LumioHelp"
COMPETITORS = ("Zentrio", "Kliqo", "Movana")

TOPICS = (
    "billing",
    "price",
    "delivery",
    "quality",
    "bugs",
    "usability",
    "support",
    "onboarding",
    "account_access",
    "cancellation",
    "refund",
)

PRODUCTS = {
    "fr": (
        "Lumio Hub",
        "la caméra Lumio Cam",
        "le thermostat Lumio Therm",
        "le pack d'ampoules Lumio Bulb",
        "la prise Lumio Plug",
        "la sonnette Lumio Door",
        "le capteur Lumio Air",
    ),
    "en": (
        "Lumio Hub",
        "the Lumio Cam",
        "the Lumio Therm thermostat",
        "the Lumio Bulb pack",
        "the Lumio Plug",
        "the Lumio Door bell",
        "the Lumio Air sensor",
    ),
}

FIRST_NAMES = {
    "fr": (
        "Eric",
        "Camille",
        "Julien",
        "Sophie",
        "Nicolas",
        "Manon",
        "Thomas",
        "Léa",
        "Antoine",
        "Chloé",
        "Hugo",
        "Inès",
        "Mathieu",
        "Sarah",
        "Pierre",
        "Julie",
        "Karim",
        "Amélie",
        "Romain",
        "Emma",
        "Yanis",
        "Claire",
        "Lucas",
        "Nadia",
        "Olivier",
        "Pauline",
    ),
    "en": (
        "James",
        "Emily",
        "Oliver",
        "Grace",
        "Harry",
        "Chloe",
        "Jack",
        "Sophia",
        "George",
        "Mia",
        "Noah",
        "Ava",
        "Liam",
        "Ruby",
        "Ethan",
        "Lily",
        "Mason",
        "Zoe",
        "Daniel",
        "Hannah",
        "Ryan",
        "Priya",
        "Sam",
        "Olivia",
    ),
}
LAST_NAMES = {
    "fr": (
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
        "Garcia",
        "Benali",
        "Roux",
        "Fontaine",
        "Chevalier",
        "Girard",
        "Nguyen",
        "Mercier",
    ),
    "en": (
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Johnson",
        "Davies",
        "Patel",
        "Wright",
        "Walker",
        "Evans",
        "Clarke",
        "Hughes",
        "Green",
        "Hall",
        "Wood",
        "Harris",
        "Lewis",
        "Khan",
    ),
}
AGENTS = ("Léo", "Sarah", "Maxime", "Inès", "Tom", "Alice")
EMAIL_DOMAINS = ("example.com", "example.fr", "example.net", "example.org")
ACCOUNT_NAMES = (
    "acme",
    "globex",
    "initech",
    "umbrella",
    "hooli",
    "soylent",
    "stark",
    "wayne",
    "wonka",
    "tyrell",
    "cyberdyne",
    "oscorp",
)

# Deliberately fake test data: Luhn-valid test cards and a documentation IBAN,
# so the redaction stage has something real-looking to catch.
TEST_CARDS = ("4111 1111 1111 1111", "5555 5555 5555 4444", "4012888888881881")
TEST_IBANS = ("FR76 3000 6000 0112 3456 7890 189", "GB82 WEST 1234 5698 7654 32")

# ---------------------------------------------------------------- negative ---
# One level below neutral: a polite but clearly unhappy customer.
NEG: dict[str, dict[str, tuple[str, ...]]] = {
    "billing": {
        "fr": (
            "J'ai été prélevé deux fois de {amount} € ce mois-ci pour {product}, "
            "merci de corriger.",
            "Ma facture {order} est fausse, le montant de {amount} € ne correspond pas du tout.",
            "Problème de facturation : débit de {amount} € sur ma carte {card} alors que j'ai "
            "déjà payé.",
            "Vous m'avez facturé {amount} € pour une option que je n'ai jamais demandée. "
            "Mon IBAN est {iban}, remboursez la différence svp.",
        ),
        "en": (
            "I was charged twice ({amount} each) for {product} this month, please fix it.",
            "Invoice {order} is wrong, the {amount} total doesn't match what I ordered.",
            "Billing problem: my card {card} was debited {amount} even though I already paid.",
            "You billed me {amount} for an add-on I never asked for. Not happy about this.",
        ),
    },
    "price": {
        "fr": (
            "Le prix de {product} a encore augmenté, {amount} € c'est beaucoup trop cher.",
            "Franchement {amount} € par mois pour ce service, c'est abusé.",
            "Hausse de prix sans prévenir, je suis déçu.",
        ),
        "en": (
            "The price of {product} went up again, {amount} is way too expensive.",
            "Honestly {amount} a month for this is a rip-off.",
            "Price increase with no warning, really disappointed.",
        ),
    },
    "delivery": {
        "fr": (
            "Toujours pas reçu ma commande {order}, ça fait {days} jours.",
            "Colis pas reçu ! Commande {order} marquée livrée mais rien dans ma boîte aux lettres.",
            "Ma livraison de {product} a {days} jours de retard, aucune nouvelle du transporteur.",
            "Le colis est arrivé abîmé, {product} a le carton éventré.",
            "Livraison annoncée pour hier, toujours rien. Commande {order}.",
        ),
        "en": (
            "Still haven't received order {order}, it's been {days} days.",
            "Package never arrived! Order {order} says delivered but nothing at my door.",
            "My delivery of {product} is {days} days late and the courier doesn't answer.",
            "The parcel arrived damaged, {product} box was crushed.",
            "Delivery was promised yesterday, still nothing. Order {order}.",
        ),
    },
    "quality": {
        "fr": (
            "{product} ne fonctionne déjà plus au bout de {days} jours, qualité décevante.",
            "La qualité de {product} est vraiment pas au niveau pour {amount} €.",
            "{product} chauffe et se coupe tout seul, c'est du matériel défectueux.",
        ),
        "en": (
            "{product} stopped working after {days} days, poor quality.",
            "The build quality of {product} is not worth {amount}.",
            "{product} overheats and shuts down on its own, it's defective.",
        ),
    },
    "bugs": {
        "fr": (
            "L'appli plante à chaque ouverture depuis la dernière mise à jour.",
            "Bug : impossible d'appairer {product}, l'appli affiche une erreur 500.",
            "L'application crashe dès que j'ouvre l'historique, c'est inutilisable.",
            "Depuis la mise à jour {product} se déconnecte toutes les heures.",
        ),
        "en": (
            "The app crashes every time I open it since the last update.",
            "Bug: can't pair {product}, the app shows error 500.",
            "App keeps crashing when I open the history tab, unusable.",
            "Since the update {product} disconnects every hour.",
        ),
    },
    "usability": {
        "fr": (
            "Impossible de trouver où changer les réglages de {product}, l'interface est confuse.",
            "La nouvelle interface est pas pratique du tout, il faut 6 clics pour tout.",
        ),
        "en": (
            "I can't find where to change the settings of {product}, the UI is confusing.",
            "The new interface is really clunky, six clicks for everything.",
        ),
    },
    "support": {
        "fr": (
            "Personne ne répond au service client, j'attends depuis {days} jours.",
            "J'ai écrit trois fois et toujours aucune réponse. Personne ne répond !",
            "Le support m'a raccroché au nez, pas de solution.",
        ),
        "en": (
            "Nobody answers at customer support, I've been waiting {days} days.",
            "I wrote three times and still no reply. Nobody responds!",
            "Support hung up on me, no solution at all.",
        ),
    },
    "onboarding": {
        "fr": (
            "L'installation de {product} est un cauchemar, la notice ne sert à rien.",
            "Impossible de terminer la configuration, bloqué à l'étape du wifi.",
        ),
        "en": (
            "Setting up {product} is a nightmare, the manual is useless.",
            "Can't finish the setup, stuck at the wifi step.",
        ),
    },
    "account_access": {
        "fr": (
            "Je n'arrive plus à me connecter, le lien mot de passe oublié ne marche pas. "
            "Mon email : {email}",
            "Compte bloqué après changement de mot de passe, je n'ai plus accès à rien.",
        ),
        "en": (
            "I can't log in anymore, the password reset link doesn't work. My email is {email}",
            "Account locked after a password change, I have no access at all.",
        ),
    },
    "cancellation": {
        "fr": (
            "J'ai demandé la résiliation il y a {days} jours et je suis toujours prélevé.",
            "Impossible de résilier en ligne, le bouton ne fait rien.",
        ),
        "en": (
            "I asked to cancel {days} days ago and I'm still being charged.",
            "Can't cancel online, the button does nothing.",
        ),
    },
    "refund": {
        "fr": (
            "J'attends toujours mon remboursement de {amount} € pour la commande {order}.",
            "Remboursement promis il y a {days} jours, toujours rien sur mon compte {iban}.",
        ),
        "en": (
            "Still waiting for my refund of {amount} for order {order}.",
            "Refund promised {days} days ago, still nothing on my card {card}.",
        ),
    },
}

# Very negative: prepended / appended to a NEG body, sometimes in ALL CAPS.
ANGRY_OPEN = {
    "fr": (
        "C'est INADMISSIBLE.",
        "J'en ai vraiment marre.",
        "Service nul, honte à vous.",
        "Scandaleux.",
        "Je suis furieux.",
    ),
    "en": (
        "This is UNACCEPTABLE.",
        "I'm so fed up.",
        "Worst service ever.",
        "Ridiculous.",
        "I'm furious.",
    ),
}
ANGRY_CLOSE = {
    "fr": (
        "Plus jamais je ne recommanderai {brand}.",
        "Vous vous moquez de vos clients.",
        "C'est la dernière fois que je vous écris poliment.",
    ),
    "en": (
        "Never recommending {brand} again.",
        "You clearly don't care about customers.",
        "This is the last time I'm asking politely.",
    ),
}
# Repeat contact about the same problem: said out loud, as customers do.
REPEAT_OPEN = {
    "fr": (
        "Je relance pour la {nth} fois concernant le même problème.",
        "Je vous ai déjà contacté à ce sujet, toujours pas de solution.",
        "Suite à mon appel d'avant-hier, rien n'a bougé.",
    ),
    "en": (
        "Following up for the {nth} time about the same issue.",
        "I already contacted you about this, still no fix.",
        "Following my call two days ago, nothing has changed.",
    ),
}
NTH = {
    "fr": ("deuxième", "troisième", "quatrième", "cinquième"),
    "en": ("2nd", "3rd", "4th", "5th"),
}
COMPETITOR = {
    "fr": (
        "{competitor} est moins cher et eux au moins répondent.",
        "Je regarde sérieusement chez {competitor}.",
        "Chez {competitor} ce problème n'existe pas.",
        "Un ami est passé chez {competitor}, il ne regrette pas.",
    ),
    "en": (
        "Thinking of switching to {competitor}.",
        "{competitor} is cheaper and at least they answer.",
        "{competitor} doesn't have this problem.",
        "A friend moved to {competitor} and never looked back.",
    ),
}
CHURN_INTENT = {
    "fr": (
        "Je veux résilier mon abonnement, merci de faire le nécessaire.",
        "Résiliez mon contrat immédiatement.",
        "Je résilie. Merci de confirmer la fin de mon abonnement Lumio+.",
        "Je ne renouvellerai pas, veuillez clôturer mon compte.",
    ),
    "en": (
        "Please cancel my subscription.",
        "I want to close my account, effective immediately.",
        "I'm cancelling. Please confirm my Lumio+ plan is terminated.",
        "I won't renew, please close my account.",
    ),
}

# ----------------------------------------------------------------- neutral ---
NEU: dict[str, dict[str, tuple[str, ...]]] = {
    "billing": {
        "fr": (
            "Bonjour, où puis-je télécharger ma facture {order} ?",
            "Est-il possible de changer le moyen de paiement ?",
        ),
        "en": ("Hi, where can I download invoice {order}?", "Can I change my payment method?"),
    },
    "price": {
        "fr": ("Quel est le prix de {product} en version annuelle ?",),
        "en": ("What's the yearly price for {product}?",),
    },
    "delivery": {
        "fr": (
            "Quel est le délai de livraison pour {product} ?",
            "Pouvez-vous me donner le suivi de la commande {order} ?",
        ),
        "en": ("How long is delivery for {product}?", "Could you send tracking for order {order}?"),
    },
    "quality": {
        "fr": ("{product} est-il compatible avec une installation extérieure ?",),
        "en": ("Is {product} suitable for outdoor use?",),
    },
    "bugs": {
        "fr": ("Petite question : l'appli affiche une notification en double, est-ce normal ?",),
        "en": ("Quick question: the app shows duplicate notifications, is that expected?",),
    },
    "usability": {
        "fr": (
            "Comment créer un scénario automatique avec {product} ?",
            "Où se trouve le mode vacances dans l'appli ?",
        ),
        "en": (
            "How do I create an automation with {product}?",
            "Where is the vacation mode in the app?",
        ),
    },
    "support": {
        "fr": ("Quels sont les horaires du service client ?",),
        "en": ("What are your support opening hours?",),
    },
    "onboarding": {
        "fr": (
            "Je viens de recevoir {product}, par quoi dois-je commencer ?",
            "Faut-il un hub pour utiliser {product} ?",
        ),
        "en": ("Just got {product}, where do I start?", "Do I need a hub to use {product}?"),
    },
    "account_access": {
        "fr": ("Comment changer l'adresse email de mon compte ({email}) ?",),
        "en": ("How do I change the email on my account ({email})?",),
    },
    "cancellation": {
        "fr": ("Quelles sont les conditions de résiliation de Lumio+ ?",),
        "en": ("What are the terms for ending a Lumio+ plan?",),
    },
    "refund": {
        "fr": ("Quel est le délai de remboursement après un retour ?",),
        "en": ("How long does a refund take after a return?",),
    },
}

# ---------------------------------------------------------------- positive ---
POS = {
    "fr": (
        "Super produit, {product} fonctionne parfaitement, merci !",
        "Très satisfait de {product}, installation en 5 minutes.",
        "Merci à {agent} du support, réponse rapide et efficace.",
        "Livraison rapide, colis reçu en 48h, nickel.",
        "J'adore l'appli, la nouvelle mise à jour est top.",
        "Rien à redire, {brand} c'est du solide. Je recommande.",
        "Excellent rapport qualité prix pour {product}.",
        "Content de mon achat, merci pour le suivi.",
    ),
    "en": (
        "Great product, {product} works perfectly, thanks!",
        "Really happy with {product}, set up in 5 minutes.",
        "Thanks to {agent} from support, quick and helpful answer.",
        "Fast delivery, got the parcel in two days, perfect.",
        "Love the app, the new update is great.",
        "Nothing to complain about, {brand} is solid. Recommended.",
        "Excellent value for money with {product}.",
        "Pleased with my purchase, thanks for the follow-up.",
    ),
}
RESOLVED = {
    "fr": (
        "Finalement c'est arrivé, merci pour votre aide !",
        "Problème réglé, merci beaucoup pour la réactivité.",
        "Tout est rentré dans l'ordre, merci {agent} !",
    ),
    "en": (
        "It finally arrived, thanks for your help!",
        "Issue solved, thanks a lot for the quick reaction.",
        "All sorted now, thank you {agent}!",
    ),
}

SURVEY_COMMENT: dict[str, dict[str, tuple[str, ...]]] = {
    "promoter": {
        "fr": ("Très bon service, je recommande.", "Produits fiables et support au top.", ""),
        "en": ("Great service, would recommend.", "Reliable products and great support.", ""),
    },
    "passive": {
        "fr": ("Correct, sans plus.", "Bien mais un peu cher.", ""),
        "en": ("Okay, nothing special.", "Good but a bit pricey.", ""),
    },
    "detractor": {
        "fr": (
            "Service client injoignable, produit décevant. Je ne recommande pas.",
            "Trop cher pour ce que c'est et l'appli plante tout le temps.",
            "Livraison en retard et aucune réponse du support, très déçu.",
            "Mauvaise expérience du début à la fin.",
        ),
        "en": (
            "Support unreachable, disappointing product. Would not recommend.",
            "Too expensive for what it is and the app keeps crashing.",
            "Late delivery and no answer from support, very disappointed.",
            "Bad experience from start to finish.",
        ),
    },
}

SUBJECTS = {
    "fr": {
        "billing": "Facture {order}",
        "price": "Question tarif",
        "delivery": "Commande {order}",
        "quality": "Produit défectueux",
        "bugs": "Bug application",
        "usability": "Question appli",
        "support": "Service client injoignable",
        "onboarding": "Aide à l'installation",
        "account_access": "Accès compte",
        "cancellation": "Résiliation",
        "refund": "Remboursement commande {order}",
    },
    "en": {
        "billing": "Invoice {order}",
        "price": "Pricing question",
        "delivery": "Order {order}",
        "quality": "Faulty product",
        "bugs": "App bug",
        "usability": "App question",
        "support": "Can't reach support",
        "onboarding": "Setting up {product}",
        "account_access": "Account access",
        "cancellation": "Cancellation",
        "refund": "Refund for order {order}",
    },
}

THANKS_SUBJECT = {
    "fr": ("Merci !", "Retour d'expérience", "Bravo"),
    "en": ("Thanks!", "Feedback", "Kudos"),
}
GREETING = {
    "fr": ("Bonjour,", "Bonjour Madame, Monsieur,", "Bonsoir,", "Salut,"),
    "en": ("Hi,", "Hello,", "Dear Lumio team,", "Hi there,"),
}
SIGNOFF = {
    "fr": ("Cordialement,", "Bien à vous,", "Merci d'avance,", "Bonne journée,"),
    "en": ("Best regards,", "Thanks,", "Kind regards,", "Cheers,"),
}

PHONE_OPEN = {
    "fr": "Agent: Bonjour, service client {brand}, {agent} à l'appareil, que puis-je faire "
    "pour vous ? Client: ",
    "en": "Agent: Hello, {brand} customer care, {agent} speaking, how can I help? Client: ",
}
PHONE_CLOSE = {
    "fr": (
        " Agent: Je comprends, je transmets votre dossier en priorité. Client: D'accord.",
        " Agent: Je note tout, vous aurez un retour sous 48h. Client: J'espère bien.",
        " Agent: Très bien, autre chose ? Client: Non merci, bonne journée.",
    ),
    "en": (
        " Agent: I understand, I'm escalating your case. Client: Okay.",
        " Agent: Noted, you'll hear back within 48 hours. Client: I hope so.",
        " Agent: Great, anything else? Client: No thanks, bye.",
    ),
}
IN_PERSON_OPEN = {"fr": "Visite en boutique, client dit : ", "en": "Store visit, customer said: "}
REVIEW_STARS = ("★☆☆☆☆", "★★☆☆☆", "★★★☆☆", "★★★★☆", "★★★★★")

HASHTAGS = {
    "billing": ("#facturation", "#billing"),
    "price": ("#prix", "#pricing"),
    "delivery": ("#livraison", "#colis", "#delivery"),
    "quality": ("#qualité", "#quality"),
    "bugs": ("#bug", "#appcrash"),
    "usability": ("#UX",),
    "support": ("#serviceclient", "#support"),
    "onboarding": ("#installation", "#setup"),
    "account_access": ("#motdepasse", "#login"),
    "cancellation": ("#résiliation", "#cancel"),
    "refund": ("#remboursement", "#refund"),
}
EMOJI_NEG = ("😡", "😤", "👎", "🤬", "😠")
EMOJI_POS = ("🙂", "👍", "😍", "🙏", "✨")

AGENT_REPLY = {
    "fr": (
        "Bonjour {name}, nous avons bien reçu votre demande et revenons vers vous rapidement. "
        "L'équipe {brand}",
        "Bonjour {name}, votre dossier a été transmis au service concerné. {agent}, {brand}",
        "Bonjour {name}, merci pour votre message. Pouvez-vous nous envoyer une photo du "
        "produit ? {agent}, service client {brand}",
    ),
    "en": (
        "Hi {name}, we've received your request and will get back to you shortly. The {brand} team",
        "Hi {name}, your case has been passed on to the right team. {agent}, {brand}",
        "Hi {name}, thanks for your message. Could you send us a photo of the product? "
        "{agent}, {brand} support",
    ),
}
# Long emails: context before the point, as people write them.
EMAIL_CONTEXT_NEG = {
    "fr": (
        "Je suis client depuis plusieurs années et jusqu'ici j'étais satisfait.",
        "Je vous écris car la situation devient vraiment pénible au quotidien.",
        "J'utilise {product} tous les jours pour mon travail, c'est donc urgent.",
        "Je me permets de vous écrire après avoir passé la matinée sur votre site d'aide.",
    ),
    "en": (
        "I've been a customer for years and was happy until now.",
        "I'm writing because this is becoming a real pain day to day.",
        "I use {product} every day for work, so this is urgent.",
        "I'm writing after spending the whole morning on your help pages.",
    ),
}
EMAIL_CONTEXT_POS = {
    "fr": (
        "Petit message pour vous faire un retour.",
        "Je voulais prendre le temps de vous écrire.",
    ),
    "en": ("Just a quick note to share some feedback.", "I wanted to take a minute to write."),
}
RETENTION = {
    "fr": "Bonjour {name}, nous sommes désolés de vous voir partir. -30% sur 3 mois si vous "
    "restez ? L'équipe {brand}",
    "en": "Hi {name}, sorry to see you go. 30% off for 3 months if you stay? The {brand} team",
}

# Typo pairs applied to a few messages so text matching cannot be exact-string.
TYPOS = {
    "fr": (("vous", "vs"), ("toujours", "tjrs"), ("pas", "pa"), ("commande", "comande")),
    "en": (("you", "u"), ("received", "recieved"), ("please", "pls"), ("the", "teh")),
}

# Cue words for tests and quick sanity checks (never used by the pipeline).
NEGATIVE_CUES = (
    "pas",
    "toujours",
    "inadmissible",
    "nul",
    "honte",
    "jamais",
    "résili",
    "marre",
    "déçu",
    "problème",
    "plante",
    "scandaleux",
    "furieux",
    "personne ne",
    "not",
    "never",
    "still",
    "unacceptable",
    "worst",
    "cancel",
    "ridiculous",
    "disappointed",
    "problem",
    "furious",
    "nobody",
    "crash",
    "fed up",
    "switching",
    "moins cher",
    "cheaper",
    "retard",
    "late",
    "aucune",
    "damaged",
    "abîmé",
    "trop cher",
    "expensive",
    "impossible",
    "can't",
    "bug",
    "erreur",
    "error",
    "wrong",
    "fausse",
    "défectueux",
    "defective",
    "déconnect",
    "disconnect",
    "confus",
    "clunky",
)
