# ruff: noqa: E501
"""Wording of heldout325 (Tressalia: wigs, toppers and hair pieces by app and web).

Written blind, from the stories, by the set's author. English and French first.
Placeholders: {brand} {ref} {product} {amount} {comp} {time} {code} {first} {day}.
"""

from __future__ import annotations

from typing import Any

BRAND = "Tressalia"
PLAN = "Tressalia Care"
ARM = "Tressalia Studio"
COMPETITORS = ("Wigmora", "Capillon")
CODE = "V518k"
LANGS = ("en", "fr", "de", "es", "it", "pt")

PRODUCTS = [
    ("Synthetic bob wig, chestnut / Perruque carré synthétique, châtain", 139),
    (
        "Human-hair lace-front wig, dark blonde / Perruque lace-front cheveux naturels, blond foncé",
        649,
    ),
    ("Hair topper 15 cm, mocha / Complément capillaire 15 cm, moka", 289),
    ("Wash and restyle by post / Lavage et remise en forme par courrier", 45),
    ("Fitting appointment deposit / Acompte rendez-vous d'essayage", 30),
    ("Wig care kit (shampoo, stand, brush) / Kit d'entretien perruque", 38),
    ("Clip-in fringe, auburn / Frange à clips, auburn", 59),
    ("Silk-lined cotton wig cap (3) / Bonnets coton doublés soie (3)", 24),
]

PAGES = [
    "/wigs",
    "/toppers",
    "/care-plan",
    "/studios",
    "/restyle-by-post",
    "/account/orders",
    "/help",
]

STUDIO_PRODUCTS = [
    ("Period wig, powdered, hand-tied (production) / Perruque d'époque poudrée, nouée main", 1240),
    ("Medical wig, soft cap, 12 units / Perruque médicale bonnet doux, 12 pièces", 2160),
    ("Training heads with hair, 20 / Têtes d'exercice avec cheveux, 20", 780),
    ("Rush restyle of 8 show wigs / Remise en forme express de 8 perruques de scène", 520),
]

# ---------------------------------------------------------------- consumers --
W: dict[str, dict[str, Any]] = {
    "en": {
        "praise": [
            "Wore my new {brand} bob to my sister's wedding and nobody guessed. I actually cried a bit in the mirror this morning",
            "Honestly the fitting at {brand} was the kindest hour I've had since chemo started. The stylist took her time with me",
            "My topper from {brand} came back from the wash-and-restyle looking better than when I sent it. So pleased",
            "Quick shout out to {brand}, parcel arrived next day in a plain box like they promised. Discreet and lovely",
        ],
        "praise_again": [
            "Third wig from {brand} now and they still get the colour match spot on every time",
            "Again a perfect restyle from {brand}, that's four in a row. My curls are back",
        ],
        "praise_gripe": [
            "Love the new lace front, only the little care leaflet is tiny print. Otherwise brilliant, will order again",
            "Really happy with the wig, just wish the stand wasn't so wobbly. Minor thing",
        ],
        "chat_q": [
            (
                "Hi, can I wear the synthetic bob near the oven or will it frizz?",
                "Hi! Keep it away from the oven door and the grill, heat over about 90°C can frizz synthetic fibre. A heat-friendly version is on the product page.",
            ),
            (
                "how long does a restyle by post take at the moment?",
                "Right now about 8 working days from when we receive it, and you get a tracking link for the return.",
            ),
            (
                "Does the Care plan cover the fringe clip-ins too?",
                "Yes, clip-ins count as one piece in your Care plan, so the wash and restyle is included.",
            ),
        ],
        "thanks": ["Perfect, thank you!", "thanks so much, that helps", "Great, cheers"],
        "email_q": [
            (
                "Question about sizing",
                "Hello, my head measures 54 cm, is that petite or average in your wigs? Thank you, {name}",
                "Hello {name}, 54 cm is petite in our sizing. You can also adjust the straps inside by about 1 cm either way. Best wishes, the {brand} team",
            ),
            (
                "Gift voucher",
                "Hi, can a gift voucher be used for a fitting appointment or only online? Thanks",
                "Hi, vouchers work for both, just bring the code to the studio. Kind regards, the {brand} team",
            ),
        ],
        "phone_q": [
            (
                "hi yes i wanted to ask whether i can book a fitting at the manchester studio for a saturday my mum is coming with me",
                "Thanks for calling. As promised: Saturdays at Manchester are bookable in the app up to six weeks ahead, and a companion is always welcome.",
            ),
        ],
        "review": [
            "Lovely soft fibre, natural parting, arrived fast. 5 stars",
            "The fit is perfect and the colour is exactly as shown",
        ],
        "survey_word": ["great", "so kind", "", "🙂", "quick and easy"],
        "night_post": [
            "3am and I'm practising putting my {brand} topper on in the hallway mirror. Night shifts do odd things to you",
            "Can't sleep, so I ordered a second bob from {brand} for work. Wearing the first one every day now",
        ],
        "night_chat": [
            (
                "is the prepaid restyle box ok to drop at a 24h parcel locker?",
                "Yes, any parcel locker works, the label is prepaid. Sleep well!",
            ),
            (
                "when does the weekend 10% off for Care members start?",
                "It starts Friday at 18:00 and runs until Sunday midnight.",
            ),
        ],
        "sub_complaint": "Complaint: ",
        "sub_re": "Re: Your case {ref}",
        "problems": {
            "no_show": {
                "short": (
                    "parcel says delivered, nothing here",
                    "The tracking says my wig was delivered on Tuesday at 14:02. Nothing came, neighbours have nothing, no card. I need it for my daughter's christening on Saturday. Please sort this.",
                ),
                "chat": "my order says DELIVERED but there is no parcel, I've checked everywhere. what now?",
                "social": "@{brand} marked my wig as delivered two days ago and it never came. Nobody answers the phone. Great.",
                "form": "Order marked delivered, nothing received. I have a hospital appointment and no wig.",
                "phone": "hello my order was marked delivered on tuesday and it never arrived i was home all day nobody rang the bell and i need it this week",
            },
            "double_charge": {
                "short": (
                    "charged twice for one order",
                    "You took £649 twice for one lace-front wig. My overdraft is now paying for your mistake. Refund the second one today please.",
                ),
                "chat": "i've been charged TWICE for the same order, 649 each. can you fix this now",
                "social": "@{brand} took my money twice for one wig and the chat just keeps saying 'pending'. Not ok.",
                "form": "Double payment on one order. £649 taken twice. Please refund one immediately.",
                "phone": "hi you've charged my card twice for the same wig it's 649 pounds twice and my rent is due tomorrow",
            },
            "damage": {
                "short": (
                    "wig arrived shedding and matted",
                    "The wig arrived matted at the nape and it sheds a handful every time I brush it. For £289 I expected better. I want a replacement, not a voucher.",
                ),
                "chat": "my topper came matted at the back and it's shedding loads. this can't be right for the price",
                "social": "Unboxed my @{brand} wig and it's shedding like a moulting cat. Lovely.",
                "form": "Topper arrived matted and shedding badly. Photos attached. Please replace.",
                "phone": "yes hello the wig you sent is all matted at the back and hair comes out when i touch it i can't wear it like that",
            },
            "refund": {
                "short": (
                    "still no refund for my return",
                    "I returned the wig unworn on the 2nd, you signed for it on the 4th and three weeks later there's still no refund of £139. Where is my money?",
                ),
                "chat": "returned my wig 3 weeks ago, you received it, still no refund. why?",
                "social": "Three weeks waiting for @{brand} to refund a wig they signed for. Getting fed up.",
                "form": "Return received by you three weeks ago, refund still missing. £139.",
                "phone": "i sent the wig back three weeks ago you signed for it and i still haven't had my money back",
            },
            "wrong_price": {
                "short": (
                    "Care member charged full price",
                    "I pay for Tressalia Care every month and the restyle was charged at full price, £45 instead of nothing. What am I paying the plan for?",
                ),
                "chat": "why was I charged the full restyle price? I'm a Care member",
                "social": "Paying @{brand} Care every month and still charged full price for my restyle. Brilliant value.",
                "form": "Care member, charged full price for a restyle. Please correct it.",
                "phone": "hello i'm on the care plan and you've charged me the full price for the restyle that should be included",
            },
            "cancel_fee": {
                "short": (
                    "cancellation fee for a fitting I cancelled days ahead",
                    "I cancelled my fitting five days ahead in the app and you still took the £30 deposit as a late fee. The app even shows the cancellation date. Refund it please.",
                ),
                "chat": "you kept my 30 pound deposit as a late cancellation fee but I cancelled 5 days before",
                "social": "Cancelled my @{brand} fitting 5 days ahead and got charged a 'late fee' anyway. Cheeky.",
                "form": "Late cancellation fee charged although I cancelled five days before. Please refund the £30.",
                "phone": "i cancelled my fitting five days before and you still kept the deposit as a late fee that's not fair",
            },
        },
        "long": [
            "Dear {brand} team,\n\nI'm writing this on my lunch break in the staff room, so forgive the rush. Since my treatment started in the spring I've relied on you: the fitting in Manchester, the care kit, the restyles by post. Your people have been kind every step, which is why this one stings.\n\n{core}\n\nI know mistakes happen. But I have had to ring twice and I am tired, and I don't have the energy for chasing. I would like this put right this week, please, and somebody to tell me it has been.\n\nKind regards,\n{name}",
            "Hello,\n\nI'll start by saying I've recommended you to three friends from my support group, and I meant it. The wigs are lovely and the studio staff were wonderful with my mother when she came for her first fitting. We are now getting ready for my son's graduation in two weeks and I'd hoped to look my best.\n\n{core}\n\nI'm disappointed more than angry, but I am angry too. Please fix it and let me know by return.\n\nThanks,\n{name}",
        ],
        "case_opened": "Hello {name},\n\nthank you for telling us, and sorry. We've opened case {ref} and a colleague will look into it today. You can reply to this e-mail with anything that helps.\n\nBest wishes,\nthe {brand} team",
        "chat_case": "I'm so sorry about this. I've opened case {ref} and passed it on straight away; you'll hear from us by e-mail.",
        "quality_lead": "Hello {name},\n\nyour case {ref} is now with our customer care lead, who will call you before Friday lunchtime. We're sorry it came to this.\n\nKind regards,\nthe {brand} team",
        "good_news": "Hello {name},\n\ngood news on case {ref}: it has been sorted on our side. Could you confirm everything is fine for you now?\n\nBest wishes,\nthe {brand} team",
        "confirm_fixed": [
            "Confirmed, all fine now on {ref}. Thank you!",
            "Yes that's sorted ({ref}), thanks for your help",
        ],
        "apology": [
            "Sorry for my tone yesterday, it was a long day. Thanks for sorting it.",
            "I was a bit sharp with you yesterday, apologies. All good now.",
        ],
        "later": "Case {ref} is still open and nothing has changed. I'm writing again.",
        "later_chat": "hi again, case {ref} still not solved. still waiting",
        "later_phone": "hello it's about case {ref} again still nothing has happened",
        "third": " A friend of mine buys from {comp} and they fix this kind of thing the same day.",
        "fourth": " This is the FOURTH time I've contacted you.",
        "chat_urgent": "I've added this to case {ref} and marked it urgent.",
        "slide": [
            "My second order from {brand} took a week instead of two days and nobody said why",
            "The new wig's parting isn't as natural as my last one. Bit disappointed with {brand}",
            "{brand} restyle came back still frizzy at the ends. First time that's happened",
            "Waited 40 minutes on hold to {brand} to ask a simple question. Used to be so easy",
            "Charged a £25 'handling fee' for a wig returned in its sealed bag. Seriously, {brand}?",
            "Done. My friend gets hers from {comp} now and I've ordered my next one there",
        ],
        "cancel_sub": "Cancel my Tressalia Care and close my account",
        "cancel_req": [
            "Hello, my hair has grown back properly now so I don't need the wigs anymore. Please cancel my Tressalia Care plan and close my account. Thank you for everything, {name}",
            "Hi, I'm moving abroad for work and won't use the service any more. Please cancel Tressalia Care and close the account. {name}",
        ],
        "sorry_go": "Hello {name},\n\nwe're sorry to see you go. You can cancel Tressalia Care yourself under Account > Plan in the app or on the website; the account closes with it.\n\nAll the best,\nthe {brand} team",
        "grumbles": [
            "The {brand} app logs me out every single time I open it",
            "Why does {brand} send the 'your restyle has shipped' text at 6am",
            "Studio in town only does fittings on weekdays. Not much use if you work",
            "The wig stand in the care kit fell apart again",
            "Tracking page never updates until the parcel is already here",
        ],
        "sarcastic": [
            "Love how @{brand}'s 'express' restyle arrived just in time for the party. The one last week 👏",
            "Great to get a 'how was your fitting?' survey from @{brand} for the fitting they cancelled 🙃",
        ],
        "mild": [
            "The studio search keeps showing me Leeds when I'm in Bristol",
            "Small thing: the order e-mails come in French for me",
        ],
        "spike": [
            "Trying to pay for my wig on the {brand} app and it just says payment could not be authorised, {code}. Card is fine everywhere else",
            "anyone else getting {code} at checkout? can't book my fitting deposit",
            "Payment fails every time with {code}, tried two cards. What's going on?",
        ],
        "spike_again": "Still {code} now, tried on my husband's phone as well. Still can't pay.",
        "spike_chat": "Yes, card payments are failing at checkout for everyone right now. Our engineers are on it, sorry.",
        "works_again": "Hello {name},\n\npayments work again since {time} (your local time). We're sorry: we've added {credit} off your next order.\n\nThe {brand} team",
        "lone_q": "Yesterday the checkout sent me to my bank app twice before it went through. Will it be the same tomorrow?",
        "lone_a": "That's your bank's extra check, it sometimes asks twice. It should go through fine tomorrow.",
        "csat_low": ["slow", "", "not good"],
        "money": "£",
    },
    "fr": {
        "praise": [
            "J'ai porté ma nouvelle perruque {brand} au mariage de ma cousine, personne n'a rien vu. J'étais tellement fière",
            "L'essayage chez {brand} à Lyon, franchement un moment de douceur. La coiffeuse a pris tout son temps",
            "Mon complément capillaire est revenu du lavage {brand} comme neuf, plus beau même. Merci !",
            "Colis {brand} reçu en 24h dans un carton neutre, comme promis. Discret et parfait",
        ],
        "praise_again": [
            "Troisième perruque chez {brand} et toujours la couleur pile comme il faut",
            "Encore une remise en forme impeccable par {brand}. Mes boucles sont de retour",
        ],
        "praise_gripe": [
            "Très contente de la perruque, seul bémol le support qui se renverse. Sinon top",
            "Super essayage, juste un peu d'attente à l'accueil. Je reviendrai",
        ],
        "chat_q": [
            (
                "Bonjour, est-ce que je peux utiliser un fer à lisser sur la perruque synthétique ?",
                "Bonjour ! Seulement sur les modèles « thermo », jusqu'à 150 °C. C'est indiqué sur la fiche produit.",
            ),
            (
                "combien de temps pour un lavage par courrier en ce moment ?",
                "Environ 8 jours ouvrés après réception, avec un lien de suivi pour le retour.",
            ),
            (
                "Le forfait Care couvre aussi la frange à clips ?",
                "Oui, elle compte comme une pièce de votre forfait Care.",
            ),
        ],
        "thanks": ["Parfait, merci beaucoup !", "merci, c'est très clair", "Super merci"],
        "email_q": [
            (
                "Question taille",
                "Bonjour, j'ai un tour de tête de 55 cm, c'est quelle taille chez vous ? Merci, {name}",
                "Bonjour {name}, 55 cm correspond à la taille « petite-moyenne » ; les attaches intérieures se règlent d'un centimètre. Bien à vous, l'équipe {brand}",
            ),
            (
                "Carte cadeau",
                "Bonjour, une carte cadeau peut-elle servir pour un essayage en studio ? Merci",
                "Bonjour, oui, il suffit de donner le code au studio. Cordialement, l'équipe {brand}",
            ),
        ],
        "phone_q": [
            (
                "oui bonjour je voulais savoir si on peut venir à deux à l'essayage à lyon ma fille voudrait m'accompagner",
                "Merci de votre appel. Comme convenu : un accompagnant est toujours le bienvenu, réservation dans l'appli.",
            ),
        ],
        "review": [
            "Fibre douce, raie naturelle, livraison rapide. 5 étoiles",
            "La taille est parfaite et la couleur exactement comme sur la photo",
        ],
        "survey_word": ["top", "très gentils", "", "👍", "rapide"],
        "night_post": [
            "2h du mat, je m'entraîne à mettre mon complément {brand} devant le miroir. Les gardes de nuit, ça rend bizarre",
            "Insomnie, du coup j'ai commandé une deuxième perruque chez {brand} pour le boulot",
        ],
        "night_chat": [
            (
                "la boîte prépayée pour le lavage, je peux la déposer en consigne 24h ?",
                "Oui, n'importe quelle consigne, l'étiquette est prépayée. Bonne nuit !",
            ),
            (
                "la remise du week-end pour les membres Care commence quand ?",
                "Vendredi 18h, jusqu'à dimanche minuit.",
            ),
        ],
        "sub_complaint": "Réclamation : ",
        "sub_re": "RE : Dossier {ref}",
        "problems": {
            "no_show": {
                "short": (
                    "colis indiqué livré, rien reçu",
                    "Le suivi dit que ma perruque a été livrée mardi à 14h02. Rien dans la boîte, rien chez les voisins. J'en ai besoin pour samedi. Merci de régler ça.",
                ),
                "chat": "ma commande est marquée LIVRÉE mais je n'ai rien reçu. je fais quoi ?",
                "social": "@{brand} ma perruque est « livrée » depuis deux jours, jamais reçue. Et personne au téléphone.",
                "form": "Commande indiquée livrée, jamais reçue. J'ai un rendez-vous à l'hôpital et pas de perruque.",
                "phone": "bonjour ma commande est marquée livrée depuis mardi et j'ai rien reçu j'étais chez moi toute la journée",
            },
            "double_charge": {
                "short": (
                    "débitée deux fois",
                    "Vous m'avez prélevé 649 € DEUX fois pour une seule perruque. Mon compte est à découvert à cause de vous. Remboursez le second débit aujourd'hui.",
                ),
                "chat": "j'ai été débitée deux fois pour la même commande, 649 € chaque fois !",
                "social": "@{brand} m'a débitée deux fois pour une perruque et le chat répond « en attente ». Bravo.",
                "form": "Double prélèvement sur une commande, 649 € deux fois. Merci de rembourser.",
                "phone": "oui bonjour vous m'avez prélevé deux fois la même perruque 649 euros deux fois",
            },
            "damage": {
                "short": (
                    "perruque arrivée emmêlée",
                    "La perruque est arrivée toute emmêlée à la nuque et perd des cheveux à chaque coup de brosse. À 289 €, je m'attendais à mieux. Je veux un échange, pas un avoir.",
                ),
                "chat": "mon complément est arrivé feutré derrière et il perd plein de cheveux",
                "social": "Déballage de ma perruque @{brand} : elle perd ses cheveux comme un chat en mue. Génial.",
                "form": "Complément arrivé feutré, perd beaucoup de cheveux. Photos jointes. Merci d'échanger.",
                "phone": "bonjour la perruque que vous m'avez envoyée est toute emmêlée derrière et les cheveux tombent dès que je la touche",
            },
            "refund": {
                "short": (
                    "toujours pas remboursée",
                    "J'ai renvoyé la perruque jamais portée le 2, vous l'avez reçue le 4, et trois semaines après toujours pas de remboursement de 139 €. Il est où ?",
                ),
                "chat": "retour reçu par vous il y a 3 semaines et toujours aucun remboursement",
                "social": "Trois semaines que j'attends le remboursement @{brand} d'un retour qu'ils ont bien reçu.",
                "form": "Retour reçu il y a trois semaines, remboursement de 139 € toujours absent.",
                "phone": "j'ai renvoyé la perruque il y a trois semaines vous l'avez reçue et je suis toujours pas remboursée",
            },
            "wrong_price": {
                "short": (
                    "membre Care facturée plein tarif",
                    "Je paie Tressalia Care tous les mois et on m'a facturé le lavage 45 € au lieu de rien. À quoi sert le forfait ?",
                ),
                "chat": "pourquoi on me facture le lavage plein tarif ? je suis membre Care",
                "social": "Abonnée @{brand} Care et facturée plein pot pour mon lavage. Super le forfait.",
                "form": "Membre Care, lavage facturé plein tarif. Merci de corriger.",
                "phone": "bonjour je suis au forfait care et vous m'avez facturé le lavage plein tarif alors qu'il est compris",
            },
            "cancel_fee": {
                "short": (
                    "frais d'annulation injustifiés",
                    "J'ai annulé mon essayage cinq jours avant dans l'appli et vous avez quand même gardé l'acompte de 30 € comme frais tardifs. L'appli montre la date. Remboursez-moi svp.",
                ),
                "chat": "vous avez gardé mes 30 € d'acompte alors que j'ai annulé 5 jours avant",
                "social": "Annulé mon essayage @{brand} 5 jours avant et facturée « annulation tardive ». Sérieux.",
                "form": "Frais d'annulation tardive alors que j'ai annulé cinq jours avant. Remboursement des 30 € svp.",
                "phone": "j'ai annulé mon essayage cinq jours avant et vous avez gardé l'acompte c'est pas normal",
            },
        },
        "long": [
            "Bonjour,\n\nJe vous écris depuis la salle d'attente de l'hôpital de jour, entre deux perfusions, donc pardon pour le style. Depuis le début de mon traitement vous m'avez beaucoup aidée : l'essayage à Lyon, le kit d'entretien, les lavages par courrier. Vos équipes ont toujours été d'une grande gentillesse, c'est pour ça que ceci me touche.\n\n{core}\n\nJe sais que les erreurs arrivent. Mais j'ai déjà appelé deux fois, je suis fatiguée et je n'ai pas l'énergie de relancer. Merci de régler cela cette semaine et de me tenir au courant.\n\nCordialement,\n{name}",
            "Bonjour à toute l'équipe,\n\nJe commence par dire que je vous ai recommandés à trois amies de mon association, et sincèrement. Les perruques sont belles et la coiffeuse du studio a été adorable avec ma mère lors de son premier essayage. Nous préparons le baptême de ma petite-fille dans quinze jours.\n\n{core}\n\nJe suis plus déçue qu'en colère, mais un peu en colère aussi. Merci de corriger et de me répondre rapidement.\n\nBien à vous,\n{name}",
        ],
        "case_opened": "Bonjour {name},\n\nmerci de nous avoir prévenus, et toutes nos excuses. Nous avons ouvert le dossier {ref} ; une collègue s'en occupe aujourd'hui.\n\nBien à vous,\nl'équipe {brand}",
        "chat_case": "Je suis vraiment désolée. J'ai ouvert le dossier {ref} et je le transmets tout de suite ; vous aurez une réponse par e-mail.",
        "quality_lead": "Bonjour {name},\n\nvotre dossier {ref} est maintenant entre les mains de notre responsable relation client, qui vous appellera avant vendredi midi. Nous sommes désolés d'en arriver là.\n\nCordialement,\nl'équipe {brand}",
        "good_news": "Bonjour {name},\n\nbonne nouvelle pour le dossier {ref} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est bon pour vous ?\n\nBien à vous,\nl'équipe {brand}",
        "confirm_fixed": [
            "Confirmé, tout est en ordre pour {ref}. Merci !",
            "Oui c'est réglé ({ref}), merci pour votre aide",
        ],
        "apology": [
            "Désolée pour mon ton d'hier, journée difficile. Merci d'avoir réglé ça.",
            "J'ai été un peu sèche hier, pardon. Tout est ok.",
        ],
        "later": "Le dossier {ref} est toujours ouvert et rien n'a bougé. Je vous réécris.",
        "later_chat": "re-bonjour, dossier {ref} toujours pas réglé, j'attends toujours",
        "later_phone": "bonjour c'est encore pour le dossier {ref} il s'est toujours rien passé",
        "third": " Une amie achète chez {comp} et eux règlent ce genre de problème dans la journée.",
        "fourth": " C'est la QUATRIÈME fois que je vous contacte.",
        "chat_urgent": "J'ai ajouté votre message au dossier {ref} et je l'ai marqué urgent.",
        "slide": [
            "Ma deuxième commande {brand} a mis une semaine au lieu de deux jours, sans explication",
            "La raie de la nouvelle perruque est moins naturelle que la précédente. Un peu déçue par {brand}",
            "Lavage {brand} revenu encore frisotté aux pointes. Première fois",
            "40 minutes d'attente au téléphone chez {brand} pour une question simple. Avant c'était facile",
            "25 € de « frais de traitement » pour une perruque renvoyée dans son sachet scellé. Sérieusement {brand} ?",
            "C'est fini. Ma voisine commande chez {comp}, j'ai passé ma prochaine commande là-bas",
        ],
        "cancel_sub": "Résiliation Tressalia Care et fermeture du compte",
        "cancel_req": [
            "Bonjour, mes cheveux ont bien repoussé, je n'ai plus besoin de perruques. Merci de résilier mon forfait Tressalia Care et de fermer mon compte. Merci pour tout, {name}",
            "Bonjour, je pars vivre à l'étranger et n'utiliserai plus le service. Merci de résilier Tressalia Care et de fermer le compte. {name}",
        ],
        "sorry_go": "Bonjour {name},\n\nnous sommes tristes de vous voir partir. Vous pouvez résilier Tressalia Care vous-même dans Compte > Forfait, dans l'appli ou sur le site ; le compte se ferme avec.\n\nBelle continuation,\nl'équipe {brand}",
        "grumbles": [
            "L'appli {brand} me déconnecte à chaque ouverture",
            "Pourquoi {brand} envoie le SMS « votre colis est parti » à 6h du matin",
            "Le studio ne fait les essayages qu'en semaine, pas pratique quand on travaille",
            "Le support de perruque du kit s'est encore cassé",
        ],
        "sarcastic": [
            "Merci @{brand} pour le lavage « express » arrivé pile à temps pour la soirée. Celle de la semaine dernière 👏",
            "Adorable de recevoir de @{brand} un sondage sur mon essayage… qu'ils ont annulé 🙃",
        ],
        "mild": [
            "La recherche de studio m'affiche Lille alors que je suis à Nantes",
            "Petit détail : les e-mails de commande arrivent en anglais",
        ],
        "spike": [
            "Impossible de payer ma perruque sur l'appli {brand}, « paiement non autorisé, {code} ». Ma carte marche partout ailleurs",
            "quelqu'un d'autre a l'erreur {code} au paiement ? impossible de payer l'acompte de mon essayage",
            "Paiement refusé à chaque fois avec {code}, j'ai essayé deux cartes. Il se passe quoi ?",
        ],
        "spike_again": "Toujours {code}, même sur le téléphone de mon mari. Toujours impossible de payer.",
        "spike_chat": "Oui, les paiements par carte échouent pour tout le monde en ce moment. Nos équipes techniques sont dessus, désolés.",
        "works_again": "Bonjour {name},\n\nles paiements fonctionnent de nouveau depuis {time} (heure locale). Toutes nos excuses : {credit} de remise sur votre prochaine commande.\n\nL'équipe {brand}",
        "lone_q": "Hier le paiement m'a envoyée deux fois vers l'appli de ma banque avant de passer. Ce sera pareil demain ?",
        "lone_a": "C'est la vérification de votre banque, elle la demande parfois deux fois. Demain ça devrait passer sans souci.",
        "csat_low": ["lent", "", "bof"],
        "money": "€",
    },
    "de": {
        "praise": [
            "Meine neue {brand}-Perücke auf der Hochzeit meiner Schwester getragen, keiner hat was gemerkt",
            "Die Anprobe bei {brand} in Köln war so einfühlsam. Die Friseurin hat sich richtig Zeit genommen",
        ],
        "praise_again": [
            "Schon die dritte Perücke von {brand} und die Farbe passt immer noch perfekt"
        ],
        "praise_gripe": ["Sehr schöne Perücke, nur der Ständer kippelt. Sonst top"],
        "chat_q": [
            (
                "Kann ich die Kunsthaarperücke mit dem Glätteisen stylen?",
                "Nur die Thermo-Modelle, bis 150 °C. Das steht auf der Produktseite.",
            ),
            (
                "wie lange dauert Waschen per Post gerade?",
                "Etwa 8 Werktage ab Eingang, mit Sendungsverfolgung für den Rückweg.",
            ),
        ],
        "thanks": ["Danke, super!", "Alles klar, danke"],
        "email_q": [
            (
                "Frage zur Größe",
                "Hallo, mein Kopfumfang ist 56 cm, welche Größe ist das bei Ihnen? Danke, {name}",
                "Hallo {name}, 56 cm ist bei uns Größe M. Innen lässt sich alles um 1 cm verstellen. Viele Grüße, Ihr {brand}-Team",
            )
        ],
        "phone_q": [
            (
                "ja hallo ich wollte fragen ob ich samstags zur Anprobe nach Köln kommen kann mit meiner Tochter",
                "Danke für Ihren Anruf. Wie besprochen: Samstage sind in der App buchbar, Begleitung ist willkommen.",
            )
        ],
        "review": ["Weiche Faser, natürlicher Scheitel, schnelle Lieferung"],
        "survey_word": ["super", "", "freundlich"],
        "night_post": [
            "3 Uhr nachts und ich übe vorm Spiegel, mein {brand}-Haarteil aufzusetzen. Nachtschicht halt"
        ],
        "night_chat": [
            (
                "kann ich die Waschbox auch an der Packstation abgeben?",
                "Ja, jede Packstation geht, das Etikett ist bezahlt. Gute Nacht!",
            )
        ],
        "sub_complaint": "Beschwerde: ",
        "sub_re": "AW: Vorgang {ref}",
        "problems": {
            "no_show": {
                "short": (
                    "Paket zugestellt, aber nicht da",
                    "Laut Sendungsverfolgung wurde meine Perücke Dienstag um 14:02 zugestellt. Hier ist nichts angekommen. Ich brauche sie bis Samstag.",
                ),
                "chat": "meine Bestellung steht auf ZUGESTELLT aber da ist nichts",
                "social": "@{brand} meine Perücke ist seit zwei Tagen 'zugestellt' und nie angekommen.",
                "form": "Als zugestellt markiert, nie erhalten.",
                "phone": "hallo meine Bestellung ist seit Dienstag als zugestellt markiert und nie angekommen",
            },
            "double_charge": {
                "short": (
                    "doppelt abgebucht",
                    "Sie haben 649 € ZWEIMAL für eine Perücke abgebucht. Bitte sofort zurückbuchen.",
                ),
                "chat": "mir wurde die gleiche Bestellung zweimal abgebucht",
                "social": "@{brand} hat zweimal für eine Perücke abgebucht. Geht gar nicht.",
                "form": "Doppelte Abbuchung, 649 € zweimal.",
                "phone": "sie haben meine Karte zweimal für die gleiche Perücke belastet 649 Euro zweimal",
            },
            "damage": {
                "short": (
                    "Perücke verfilzt angekommen",
                    "Die Perücke kam im Nacken verfilzt an und haart bei jedem Bürsten. Für 289 € erwarte ich mehr. Ich will Ersatz.",
                ),
                "chat": "mein Haarteil ist hinten verfilzt und haart total",
                "social": "Perücke von @{brand} ausgepackt und sie haart wie eine Katze im Fellwechsel.",
                "form": "Haarteil verfilzt und haart stark. Bitte ersetzen.",
                "phone": "die Perücke ist hinten ganz verfilzt und die Haare gehen aus wenn ich sie anfasse",
            },
            "refund": {
                "short": (
                    "immer noch keine Erstattung",
                    "Retoure am 2. geschickt, am 4. bei Ihnen angekommen, drei Wochen später keine Erstattung der 139 €.",
                ),
                "chat": "Retoure vor 3 Wochen angekommen, immer noch kein Geld",
                "social": "Drei Wochen warte ich auf die Erstattung von @{brand}.",
                "form": "Retoure erhalten, Erstattung fehlt seit drei Wochen.",
                "phone": "ich hab die Perücke vor drei Wochen zurückgeschickt und noch kein Geld bekommen",
            },
            "wrong_price": {
                "short": (
                    "Care-Mitglied, voller Preis",
                    "Ich zahle jeden Monat Tressalia Care und die Wäsche wurde voll berechnet, 45 €.",
                ),
                "chat": "warum wurde mir die Wäsche voll berechnet? ich bin Care-Mitglied",
                "social": "Zahle @{brand} Care jeden Monat und trotzdem den vollen Preis. Toll.",
                "form": "Care-Mitglied, voller Preis berechnet.",
                "phone": "ich bin im Care Tarif und sie haben mir die Wäsche voll berechnet",
            },
            "cancel_fee": {
                "short": (
                    "Stornogebühr trotz rechtzeitiger Absage",
                    "Ich habe die Anprobe fünf Tage vorher in der App abgesagt und Sie behalten trotzdem die 30 € Anzahlung.",
                ),
                "chat": "ihr habt meine 30 € Anzahlung behalten obwohl ich 5 Tage vorher storniert habe",
                "social": "Anprobe bei @{brand} 5 Tage vorher abgesagt, trotzdem Stornogebühr.",
                "form": "Stornogebühr trotz Absage fünf Tage vorher.",
                "phone": "ich hab fünf Tage vorher abgesagt und sie behalten die Anzahlung",
            },
        },
        "long": [
            "Sehr geehrtes {brand}-Team,\n\nich schreibe Ihnen aus dem Wartezimmer der Tagesklinik. Seit Beginn meiner Behandlung haben Sie mir sehr geholfen, die Anprobe in Köln war wunderbar, deshalb ärgert mich das hier besonders.\n\n{core}\n\nIch habe schon zweimal angerufen und habe keine Kraft, hinterherzulaufen. Bitte klären Sie das diese Woche.\n\nMit freundlichen Grüßen\n{name}"
        ],
        "case_opened": "Hallo {name},\n\ndanke für Ihre Nachricht, das tut uns leid. Wir haben den Vorgang {ref} eröffnet und kümmern uns heute darum.\n\nViele Grüße\nIhr {brand}-Team",
        "chat_case": "Das tut mir sehr leid. Ich habe den Vorgang {ref} angelegt und direkt weitergegeben.",
        "quality_lead": "Hallo {name},\n\nIhr Vorgang {ref} liegt jetzt bei unserer Kundenservice-Leitung, die Sie vor Freitagmittag anruft.\n\nViele Grüße\nIhr {brand}-Team",
        "good_news": "Hallo {name},\n\ngute Nachricht zu Vorgang {ref}: Es ist erledigt. Können Sie bestätigen, dass alles passt?\n\nIhr {brand}-Team",
        "confirm_fixed": ["Bestätigt, bei {ref} ist alles in Ordnung. Danke!"],
        "apology": ["Entschuldigung für meinen Ton gestern. Danke fürs Klären."],
        "later": "Vorgang {ref} ist immer noch offen, es hat sich nichts getan.",
        "later_chat": "hallo nochmal, Vorgang {ref} ist immer noch nicht gelöst",
        "later_phone": "hallo es geht nochmal um Vorgang {ref} es ist immer noch nichts passiert",
        "third": " Eine Kollegin kauft bei {comp}, da wird sowas am selben Tag gelöst.",
        "fourth": " Das ist das VIERTE Mal, dass ich mich melde.",
        "chat_urgent": "Ich habe das zu Vorgang {ref} hinzugefügt und als dringend markiert.",
        "slide": [
            "Meine zweite Bestellung bei {brand} hat eine Woche gedauert statt zwei Tage",
            "Der Scheitel der neuen Perücke ist nicht so natürlich wie beim letzten Mal. Etwas enttäuscht von {brand}",
            "Wäsche von {brand} kam an den Spitzen immer noch kraus zurück",
            "40 Minuten in der Warteschleife bei {brand} für eine einfache Frage",
            "25 € 'Bearbeitungsgebühr' für eine originalverpackte Retoure. Ernsthaft, {brand}?",
            "Reicht. Meine Nachbarin bestellt bei {comp}, meine nächste Perücke kommt von dort",
        ],
        "cancel_sub": "Kündigung Tressalia Care und Konto schließen",
        "cancel_req": [
            "Hallo, meine Haare sind nachgewachsen, ich brauche keine Perücken mehr. Bitte kündigen Sie Tressalia Care und schließen Sie mein Konto. Danke für alles, {name}"
        ],
        "sorry_go": "Hallo {name},\n\nschade, dass Sie gehen. Sie können Tressalia Care selbst unter Konto > Tarif in der App oder auf der Website kündigen; das Konto wird mit geschlossen.\n\nAlles Gute\nIhr {brand}-Team",
        "grumbles": [
            "Die {brand}-App meldet mich jedes Mal ab",
            "Warum schickt {brand} die Versand-SMS um 6 Uhr früh",
            "Der Perückenständer aus dem Pflegeset ist schon wieder kaputt",
        ],
        "sarcastic": [
            "Danke @{brand} für die 'Express'-Wäsche, pünktlich zur Feier. Der von letzter Woche 👏"
        ],
        "mild": ["Die Studiosuche zeigt mir immer Hamburg an, ich wohne in München"],
        "spike": [
            "Kann meine Perücke in der {brand}-App nicht bezahlen: Zahlung nicht autorisiert, {code}. Karte geht überall sonst",
            "hat noch jemand {code} beim Bezahlen?",
        ],
        "spike_again": "Immer noch {code}, auch am Handy meines Mannes.",
        "spike_chat": "Ja, Kartenzahlungen schlagen gerade bei allen fehl. Unsere Technik ist dran, Entschuldigung.",
        "works_again": "Hallo {name},\n\nZahlungen funktionieren wieder seit {time} (Ortszeit). Entschuldigung: {credit} Rabatt auf Ihre nächste Bestellung.\n\nIhr {brand}-Team",
        "lone_q": "Gestern hat mich die Zahlung zweimal in die Banking-App geschickt, bevor es ging. Wird das morgen wieder so sein?",
        "lone_a": "Das ist die Sicherheitsprüfung Ihrer Bank, manchmal fragt sie zweimal. Morgen sollte es normal klappen.",
        "csat_low": ["langsam", ""],
        "money": "€",
    },
    "es": {
        "praise": [
            "Llevé mi peluca nueva de {brand} a la boda de mi hermana y nadie se dio cuenta. Me emocioné",
            "La prueba en el estudio de {brand} en Madrid fue un rato precioso, la peluquera un amor",
        ],
        "praise_again": ["Tercera peluca de {brand} y siguen acertando con el color"],
        "praise_gripe": [
            "Encantada con la peluca, solo que el soporte se cae. Por lo demás genial"
        ],
        "chat_q": [
            (
                "¿Se puede usar plancha en la peluca sintética?",
                "Solo en los modelos termo, hasta 150 °C. Lo pone en la ficha.",
            ),
            (
                "cuanto tarda ahora el lavado por correo?",
                "Unos 8 días laborables desde que la recibimos, con seguimiento.",
            ),
        ],
        "thanks": ["¡Genial, gracias!", "vale gracias"],
        "email_q": [
            (
                "Duda de talla",
                "Hola, tengo 55 cm de contorno, ¿qué talla es? Gracias, {name}",
                "Hola {name}, 55 cm es talla pequeña-media; por dentro se ajusta 1 cm. Un saludo, el equipo de {brand}",
            )
        ],
        "phone_q": [
            (
                "hola quería saber si puedo ir a la prueba de madrid un sábado con mi madre",
                "Gracias por llamar. Como hablamos: los sábados se reservan en la app y el acompañante es bienvenido.",
            )
        ],
        "review": ["Fibra suave, raya natural, llegó rapidísimo"],
        "survey_word": ["genial", "", "muy amables"],
        "night_post": [
            "Las 3 de la mañana practicando a ponerme el topper de {brand} delante del espejo. Cosas del turno de noche"
        ],
        "night_chat": [
            (
                "puedo dejar la caja prepagada del lavado en un punto 24h?",
                "Sí, en cualquiera, la etiqueta está pagada. ¡Buenas noches!",
            )
        ],
        "sub_complaint": "Reclamación: ",
        "sub_re": "RE: Incidencia {ref}",
        "problems": {
            "no_show": {
                "short": (
                    "pedido entregado que no ha llegado",
                    "El seguimiento dice que mi peluca se entregó el martes a las 14:02. Aquí no ha llegado nada. La necesito para el sábado.",
                ),
                "chat": "mi pedido pone ENTREGADO pero no tengo nada",
                "social": "@{brand} mi peluca lleva dos días 'entregada' y nunca llegó.",
                "form": "Pedido marcado como entregado, nunca recibido.",
                "phone": "hola mi pedido sale como entregado desde el martes y no me ha llegado nada",
            },
            "double_charge": {
                "short": (
                    "cobro doble",
                    "Me habéis cobrado 649 € DOS veces por una sola peluca. Devolvedme el segundo cargo ya.",
                ),
                "chat": "me habéis cobrado dos veces el mismo pedido",
                "social": "@{brand} me cobró dos veces una peluca. Muy mal.",
                "form": "Cobro duplicado, 649 € dos veces.",
                "phone": "me habéis cobrado la misma peluca dos veces 649 euros dos veces",
            },
            "damage": {
                "short": (
                    "peluca enredada y soltando pelo",
                    "La peluca llegó enredada en la nuca y suelta pelo cada vez que la cepillo. Por 289 € quiero un cambio.",
                ),
                "chat": "el topper llegó apelmazado y suelta muchísimo pelo",
                "social": "Abro mi peluca de @{brand} y suelta pelo como un gato en primavera.",
                "form": "Topper apelmazado y soltando pelo. Pido cambio.",
                "phone": "la peluca que me mandasteis está toda enredada por detrás y se cae el pelo al tocarla",
            },
            "refund": {
                "short": (
                    "sin reembolso",
                    "Devolví la peluca el día 2, la recibisteis el 4 y tres semanas después sigo sin los 139 €.",
                ),
                "chat": "devolución recibida hace 3 semanas y sin reembolso",
                "social": "Tres semanas esperando el reembolso de @{brand}.",
                "form": "Devolución recibida, reembolso pendiente desde hace tres semanas.",
                "phone": "devolví la peluca hace tres semanas y todavía no me habéis devuelto el dinero",
            },
            "wrong_price": {
                "short": (
                    "socia Care cobrada a precio completo",
                    "Pago Tressalia Care todos los meses y me cobrasteis el lavado entero, 45 €.",
                ),
                "chat": "por qué me cobráis el lavado completo si soy socia Care?",
                "social": "Pagando @{brand} Care cada mes y me cobran precio completo.",
                "form": "Socia Care, lavado cobrado a precio completo.",
                "phone": "soy del plan care y me habéis cobrado el lavado entero",
            },
            "cancel_fee": {
                "short": (
                    "gastos de cancelación injustos",
                    "Cancelé la prueba cinco días antes en la app y os quedasteis igualmente los 30 € de señal.",
                ),
                "chat": "os habéis quedado mis 30 € de señal y cancelé 5 días antes",
                "social": "Cancelé mi prueba en @{brand} con 5 días y me cobran 'cancelación tardía'.",
                "form": "Cobro de cancelación tardía cancelando cinco días antes.",
                "phone": "cancelé la prueba cinco días antes y os habéis quedado la señal",
            },
        },
        "long": [
            "Hola,\n\nos escribo desde la sala de espera del hospital de día. Desde que empecé el tratamiento me habéis ayudado muchísimo, la prueba en Madrid fue maravillosa, y por eso esto me duele.\n\n{core}\n\nYa he llamado dos veces y no tengo fuerzas para ir detrás. Por favor, solucionadlo esta semana.\n\nUn saludo,\n{name}"
        ],
        "case_opened": "Hola {name}:\n\ngracias por avisarnos y perdona las molestias. Hemos abierto la incidencia {ref} y la revisamos hoy.\n\nUn saludo,\nel equipo de {brand}",
        "chat_case": "Lo siento muchísimo. He abierto la incidencia {ref} y la paso ahora mismo.",
        "quality_lead": "Hola {name}:\n\ntu incidencia {ref} está ahora con nuestra responsable de atención al cliente, que te llamará antes del viernes a mediodía.\n\nEl equipo de {brand}",
        "good_news": "Hola {name}:\n\nbuenas noticias sobre la incidencia {ref}: está resuelta. ¿Nos confirmas que todo está bien?\n\nEl equipo de {brand}",
        "confirm_fixed": ["Confirmado, todo bien con {ref}. ¡Gracias!"],
        "apology": ["Perdón por el tono de ayer, mal día. Gracias por solucionarlo."],
        "later": "La incidencia {ref} sigue abierta y nada ha cambiado.",
        "later_chat": "hola otra vez, la incidencia {ref} sigue sin resolver",
        "later_phone": "hola es otra vez por la incidencia {ref} sigue sin pasar nada",
        "third": " Una amiga compra en {comp} y allí lo arreglan en el día.",
        "fourth": " Es la CUARTA vez que os escribo.",
        "chat_urgent": "Lo he añadido a la incidencia {ref} y la he marcado urgente.",
        "slide": [
            "Mi segundo pedido de {brand} tardó una semana en vez de dos días",
            "La raya de la peluca nueva no es tan natural como la anterior. Algo decepcionada con {brand}",
            "El lavado de {brand} volvió con las puntas encrespadas",
            "40 minutos esperando al teléfono de {brand} para una pregunta sencilla",
            "25 € de 'gastos de gestión' por una devolución precintada. ¿En serio, {brand}?",
            "Se acabó. Mi vecina compra en {comp} y mi próxima peluca será de allí",
        ],
        "cancel_sub": "Baja de Tressalia Care y cierre de cuenta",
        "cancel_req": [
            "Hola, ya me ha vuelto a crecer el pelo y no necesito pelucas. Por favor, dad de baja Tressalia Care y cerrad mi cuenta. Gracias por todo, {name}"
        ],
        "sorry_go": "Hola {name}:\n\nsentimos que te vayas. Puedes dar de baja Tressalia Care tú misma en Cuenta > Plan, en la app o en la web; la cuenta se cierra con ello.\n\nEl equipo de {brand}",
        "grumbles": [
            "La app de {brand} me cierra la sesión cada vez",
            "Por qué {brand} manda el SMS de envío a las 6 de la mañana",
            "El soporte del kit se ha vuelto a romper",
        ],
        "sarcastic": [
            "Gracias @{brand} por el lavado 'exprés' que llegó justo para la fiesta. La de la semana pasada 👏"
        ],
        "mild": ["El buscador de estudios me sale Sevilla y vivo en Bilbao"],
        "spike": [
            "No puedo pagar mi peluca en la app de {brand}: pago no autorizado, {code}. La tarjeta funciona en todo lo demás",
            "a alguien más le sale {code} al pagar?",
        ],
        "spike_again": "Sigue saliendo {code}, también en el móvil de mi marido.",
        "spike_chat": "Sí, los pagos con tarjeta están fallando para todos ahora mismo. El equipo técnico está en ello, perdona.",
        "works_again": "Hola {name}:\n\nlos pagos vuelven a funcionar desde las {time} (hora local). Perdona: te hemos añadido {credit} de descuento en tu próximo pedido.\n\nEl equipo de {brand}",
        "lone_q": "Ayer el pago me mandó dos veces a la app del banco antes de pasar. ¿Mañana será igual?",
        "lone_a": "Es la verificación de tu banco, a veces la pide dos veces. Mañana debería ir bien.",
        "csat_low": ["lento", ""],
        "money": "€",
    },
    "it": {
        "praise": [
            "Ho messo la mia nuova parrucca {brand} al matrimonio di mia sorella e nessuno se n'è accorto",
            "La prova da {brand} a Milano è stata un momento bellissimo, la parrucchiera dolcissima",
        ],
        "praise_again": ["Terza parrucca da {brand} e il colore è sempre perfetto"],
        "praise_gripe": ["Parrucca bellissima, solo il supporto traballa. Per il resto top"],
        "chat_q": [
            (
                "Posso usare la piastra sulla parrucca sintetica?",
                "Solo sui modelli termo, fino a 150 °C. È indicato sulla scheda.",
            ),
            (
                "quanto ci vuole ora per il lavaggio per posta?",
                "Circa 8 giorni lavorativi dal ricevimento, con tracciamento.",
            ),
        ],
        "thanks": ["Perfetto, grazie!", "ok grazie mille"],
        "email_q": [
            (
                "Domanda sulla taglia",
                "Buongiorno, ho 55 cm di circonferenza, che taglia è? Grazie, {name}",
                "Buongiorno {name}, 55 cm è taglia piccola-media; dentro si regola di 1 cm. Cordiali saluti, il team {brand}",
            )
        ],
        "phone_q": [
            (
                "buongiorno volevo sapere se posso venire alla prova di milano di sabato con mia figlia",
                "Grazie della chiamata. Come detto: i sabati si prenotano in app, l'accompagnatore è benvenuto.",
            )
        ],
        "review": ["Fibra morbida, riga naturale, consegna veloce"],
        "survey_word": ["ottimo", "", "gentilissimi"],
        "night_post": [
            "Le 3 di notte e provo a mettere il topper {brand} davanti allo specchio. Il turno di notte fa questi effetti"
        ],
        "night_chat": [
            (
                "posso lasciare la scatola prepagata del lavaggio in un locker 24h?",
                "Sì, qualsiasi locker, l'etichetta è pagata. Buonanotte!",
            )
        ],
        "sub_complaint": "Reclamo: ",
        "sub_re": "R: Segnalazione {ref}",
        "problems": {
            "no_show": {
                "short": (
                    "pacco consegnato ma non arrivato",
                    "Il tracciamento dice che la parrucca è stata consegnata martedì alle 14:02. Qui non è arrivato niente. Mi serve per sabato.",
                ),
                "chat": "il mio ordine risulta CONSEGNATO ma non ho ricevuto nulla",
                "social": "@{brand} la mia parrucca risulta consegnata da due giorni e non è mai arrivata.",
                "form": "Ordine segnato consegnato, mai ricevuto.",
                "phone": "buongiorno il mio ordine risulta consegnato da martedì ma non è arrivato niente",
            },
            "double_charge": {
                "short": (
                    "addebito doppio",
                    "Mi avete addebitato 649 € DUE volte per una parrucca. Rimborsate il secondo addebito subito.",
                ),
                "chat": "mi avete addebitato due volte lo stesso ordine",
                "social": "@{brand} mi ha addebitato due volte una parrucca. Inaccettabile.",
                "form": "Addebito doppio, 649 € due volte.",
                "phone": "mi avete addebitato la stessa parrucca due volte 649 euro due volte",
            },
            "damage": {
                "short": (
                    "parrucca arrivata infeltrita",
                    "La parrucca è arrivata infeltrita sulla nuca e perde capelli a ogni spazzolata. Per 289 € voglio la sostituzione.",
                ),
                "chat": "il topper è arrivato infeltrito e perde un sacco di capelli",
                "social": "Apro la parrucca di @{brand} e perde capelli come un gatto in muta.",
                "form": "Topper infeltrito, perde capelli. Chiedo sostituzione.",
                "phone": "la parrucca che mi avete mandato è tutta infeltrita dietro e perde capelli",
            },
            "refund": {
                "short": (
                    "ancora nessun rimborso",
                    "Ho restituito la parrucca il 2, l'avete ricevuta il 4 e dopo tre settimane niente rimborso di 139 €.",
                ),
                "chat": "reso ricevuto 3 settimane fa e ancora nessun rimborso",
                "social": "Tre settimane che aspetto il rimborso di @{brand}.",
                "form": "Reso ricevuto, rimborso mancante da tre settimane.",
                "phone": "ho rimandato la parrucca tre settimane fa e non ho ancora avuto i soldi",
            },
            "wrong_price": {
                "short": (
                    "socia Care pagata a prezzo pieno",
                    "Pago Tressalia Care ogni mese e mi avete fatto pagare il lavaggio intero, 45 €.",
                ),
                "chat": "perché mi avete fatto pagare il lavaggio pieno? sono socia Care",
                "social": "Pago @{brand} Care ogni mese e mi fanno pagare prezzo pieno.",
                "form": "Socia Care, lavaggio a prezzo pieno.",
                "phone": "sono nel piano care e mi avete fatto pagare il lavaggio intero",
            },
            "cancel_fee": {
                "short": (
                    "penale di cancellazione ingiusta",
                    "Ho cancellato la prova cinque giorni prima nell'app e avete trattenuto lo stesso i 30 € di acconto.",
                ),
                "chat": "avete trattenuto i miei 30 € ma ho cancellato 5 giorni prima",
                "social": "Cancellata la prova @{brand} 5 giorni prima e mi fanno pagare la penale.",
                "form": "Penale di cancellazione tardiva pur cancellando cinque giorni prima.",
                "phone": "ho cancellato la prova cinque giorni prima e avete tenuto l'acconto",
            },
        },
        "long": [
            "Buongiorno,\n\nvi scrivo dalla sala d'attesa del day hospital. Da quando ho iniziato la terapia mi avete aiutata tanto, la prova a Milano è stata splendida, e proprio per questo ci resto male.\n\n{core}\n\nHo già chiamato due volte e non ho la forza di rincorrervi. Vi prego di sistemare questa settimana.\n\nCordiali saluti,\n{name}"
        ],
        "case_opened": "Buongiorno {name},\n\ngrazie della segnalazione e ci scusi. Abbiamo aperto la pratica {ref} e la seguiamo oggi.\n\nIl team {brand}",
        "chat_case": "Mi dispiace molto. Ho aperto la pratica {ref} e la passo subito.",
        "quality_lead": "Buongiorno {name},\n\nla pratica {ref} è ora con la nostra responsabile clienti, che la chiamerà entro venerdì a mezzogiorno.\n\nIl team {brand}",
        "good_news": "Buongiorno {name},\n\nbuone notizie sulla pratica {ref}: è risolta. Può confermarci che va tutto bene?\n\nIl team {brand}",
        "confirm_fixed": ["Confermo, tutto a posto per {ref}. Grazie!"],
        "apology": ["Scusate il tono di ieri, giornata pesante. Grazie di aver risolto."],
        "later": "La pratica {ref} è ancora aperta e non è cambiato nulla.",
        "later_chat": "salve di nuovo, la pratica {ref} non è ancora risolta",
        "later_phone": "buongiorno chiamo ancora per la pratica {ref} non è successo niente",
        "third": " Un'amica compra da {comp} e lì queste cose le risolvono in giornata.",
        "fourth": " È la QUARTA volta che vi contatto.",
        "chat_urgent": "Ho aggiunto il messaggio alla pratica {ref} e l'ho segnata urgente.",
        "slide": [
            "Il mio secondo ordine {brand} ci ha messo una settimana invece di due giorni",
            "La riga della nuova parrucca è meno naturale della precedente. Un po' delusa da {brand}",
            "Il lavaggio {brand} è tornato con le punte crespe",
            "40 minuti in attesa al telefono con {brand} per una domanda semplice",
            "25 € di 'spese di gestione' per un reso ancora sigillato. Davvero, {brand}?",
            "Basta. La mia vicina compra da {comp} e la prossima parrucca la prendo lì",
        ],
        "cancel_sub": "Disdetta Tressalia Care e chiusura account",
        "cancel_req": [
            "Buongiorno, i capelli sono ricresciuti e non mi servono più parrucche. Vi chiedo di disdire Tressalia Care e chiudere il mio account. Grazie di tutto, {name}"
        ],
        "sorry_go": "Buongiorno {name},\n\nci dispiace vederla andare. Può disdire Tressalia Care da sola in Account > Piano, nell'app o sul sito; l'account si chiude insieme.\n\nIl team {brand}",
        "grumbles": [
            "L'app di {brand} mi disconnette ogni volta",
            "Perché {brand} manda l'SMS di spedizione alle 6 del mattino",
        ],
        "sarcastic": [
            "Grazie @{brand} per il lavaggio 'express' arrivato giusto per la festa. Quella della settimana scorsa 👏"
        ],
        "mild": ["La ricerca studi mi mostra Torino ma abito a Bari"],
        "spike": [
            "Non riesco a pagare la parrucca nell'app {brand}: pagamento non autorizzato, {code}. La carta funziona ovunque",
            "anche a voi esce {code} al pagamento?",
        ],
        "spike_again": "Ancora {code}, anche dal telefono di mio marito.",
        "spike_chat": "Sì, i pagamenti con carta non vanno per nessuno in questo momento. I tecnici ci stanno lavorando, ci scusi.",
        "works_again": "Buongiorno {name},\n\ni pagamenti funzionano di nuovo dalle {time} (ora locale). Ci scusi: {credit} di sconto sul prossimo ordine.\n\nIl team {brand}",
        "lone_q": "Ieri il pagamento mi ha mandata due volte nell'app della banca prima di passare. Domani sarà uguale?",
        "lone_a": "È la verifica della sua banca, a volte la chiede due volte. Domani dovrebbe andare bene.",
        "csat_low": ["lento", ""],
        "money": "€",
    },
    "pt": {
        "praise": [
            "Usei a minha peruca nova da {brand} no casamento da minha irmã e ninguém reparou",
            "A prova no estúdio da {brand} em Lisboa foi tão bonita, a cabeleireira um amor",
        ],
        "praise_again": ["Terceira peruca da {brand} e a cor continua perfeita"],
        "praise_gripe": ["Adoro a peruca, só o suporte é que abana. De resto ótimo"],
        "chat_q": [
            (
                "Posso usar prancha na peruca sintética?",
                "Só nos modelos termo, até 150 °C. Está na ficha do produto.",
            ),
            (
                "quanto tempo demora a lavagem por correio agora?",
                "Cerca de 8 dias úteis depois de a recebermos, com seguimento.",
            ),
        ],
        "thanks": ["Perfeito, obrigada!", "ok obg"],
        "email_q": [
            (
                "Dúvida de tamanho",
                "Olá, tenho 55 cm de perímetro, que tamanho é? Obrigada, {name}",
                "Olá {name}, 55 cm é pequeno-médio; por dentro ajusta 1 cm. Cumprimentos, a equipa {brand}",
            )
        ],
        "phone_q": [
            (
                "olá queria saber se posso ir à prova em lisboa num sábado com a minha mãe",
                "Obrigado pela chamada. Como combinado: os sábados reservam-se na app e o acompanhante é bem-vindo.",
            )
        ],
        "review": ["Fibra macia, risca natural, chegou depressa"],
        "survey_word": ["ótimo", "", "muito simpáticos"],
        "night_post": [
            "3 da manhã a treinar pôr o topper da {brand} ao espelho. Coisas do turno da noite"
        ],
        "night_chat": [
            (
                "posso deixar a caixa pré-paga da lavagem num cacifo 24h?",
                "Sim, em qualquer cacifo, a etiqueta está paga. Boa noite!",
            )
        ],
        "sub_complaint": "Reclamação: ",
        "sub_re": "RE: Pedido {ref}",
        "problems": {
            "no_show": {
                "short": (
                    "encomenda entregue que não chegou",
                    "O seguimento diz que a peruca foi entregue terça às 14:02. Aqui não chegou nada. Preciso dela para sábado.",
                ),
                "chat": "a minha encomenda diz ENTREGUE mas não recebi nada",
                "social": "@{brand} a minha peruca está 'entregue' há dois dias e nunca chegou.",
                "form": "Encomenda marcada entregue, nunca recebida.",
                "phone": "olá a minha encomenda aparece entregue desde terça e não me chegou nada",
            },
            "double_charge": {
                "short": (
                    "cobrança a dobrar",
                    "Cobraram-me 649 € DUAS vezes por uma peruca. Devolvam a segunda cobrança já.",
                ),
                "chat": "cobraram-me duas vezes a mesma encomenda",
                "social": "@{brand} cobrou-me duas vezes uma peruca. Péssimo.",
                "form": "Cobrança duplicada, 649 € duas vezes.",
                "phone": "cobraram a mesma peruca duas vezes 649 euros duas vezes",
            },
            "damage": {
                "short": (
                    "peruca chegou emaranhada",
                    "A peruca chegou emaranhada na nuca e larga cabelo sempre que escovo. Por 289 € quero troca.",
                ),
                "chat": "o topper chegou emaranhado e larga imenso cabelo",
                "social": "Abri a peruca da @{brand} e larga cabelo como um gato na muda.",
                "form": "Topper emaranhado a largar cabelo. Peço troca.",
                "phone": "a peruca que mandaram está toda emaranhada atrás e cai cabelo quando lhe toco",
            },
            "refund": {
                "short": (
                    "ainda sem reembolso",
                    "Devolvi a peruca no dia 2, receberam no dia 4 e três semanas depois nada dos 139 €.",
                ),
                "chat": "devolução recebida há 3 semanas e sem reembolso",
                "social": "Três semanas à espera do reembolso da @{brand}.",
                "form": "Devolução recebida, reembolso em falta há três semanas.",
                "phone": "devolvi a peruca há três semanas e ainda não recebi o dinheiro",
            },
            "wrong_price": {
                "short": (
                    "sócia Care cobrada a preço total",
                    "Pago o Tressalia Care todos os meses e cobraram-me a lavagem inteira, 45 €.",
                ),
                "chat": "porque me cobraram a lavagem toda se sou sócia Care?",
                "social": "Pago @{brand} Care todos os meses e cobram preço total.",
                "form": "Sócia Care, lavagem a preço total.",
                "phone": "sou do plano care e cobraram-me a lavagem inteira",
            },
            "cancel_fee": {
                "short": (
                    "taxa de cancelamento injusta",
                    "Cancelei a prova cinco dias antes na app e ficaram na mesma com os 30 € de sinal.",
                ),
                "chat": "ficaram com os meus 30 € e cancelei 5 dias antes",
                "social": "Cancelei a prova na @{brand} 5 dias antes e cobram 'cancelamento tardio'.",
                "form": "Taxa de cancelamento tardio apesar de cancelar cinco dias antes.",
                "phone": "cancelei a prova cinco dias antes e ficaram com o sinal",
            },
        },
        "long": [
            "Olá,\n\nescrevo da sala de espera do hospital de dia. Desde o início do tratamento ajudaram-me muito, a prova em Lisboa foi maravilhosa, e por isso isto custa.\n\n{core}\n\nJá liguei duas vezes e não tenho forças para andar atrás. Por favor resolvam esta semana.\n\nCumprimentos,\n{name}"
        ],
        "case_opened": "Olá {name},\n\nobrigado por nos avisar e pedimos desculpa. Abrimos o pedido {ref} e tratamos dele hoje.\n\nA equipa {brand}",
        "chat_case": "Lamento muito. Abri o pedido {ref} e passei-o já.",
        "quality_lead": "Olá {name},\n\no seu pedido {ref} está agora com a nossa responsável de apoio ao cliente, que lhe liga antes de sexta ao meio-dia.\n\nA equipa {brand}",
        "good_news": "Olá {name},\n\nboas notícias sobre o pedido {ref}: está resolvido. Pode confirmar que está tudo bem?\n\nA equipa {brand}",
        "confirm_fixed": ["Confirmo, tudo certo com {ref}. Obrigada!"],
        "apology": ["Desculpem o tom de ontem, dia difícil. Obrigada por resolverem."],
        "later": "O pedido {ref} continua aberto e nada mudou.",
        "later_chat": "olá outra vez, o pedido {ref} continua por resolver",
        "later_phone": "olá é outra vez sobre o pedido {ref} continua sem acontecer nada",
        "third": " Uma amiga compra na {comp} e lá resolvem isto no mesmo dia.",
        "fourth": " É a QUARTA vez que vos contacto.",
        "chat_urgent": "Juntei isto ao pedido {ref} e marquei-o como urgente.",
        "slide": [
            "A minha segunda encomenda da {brand} demorou uma semana em vez de dois dias",
            "A risca da peruca nova não é tão natural como a anterior. Um pouco desiludida com a {brand}",
            "A lavagem da {brand} voltou com as pontas frisadas",
            "40 minutos em espera ao telefone com a {brand} para uma pergunta simples",
            "25 € de 'taxa de processamento' por uma devolução selada. A sério, {brand}?",
            "Chega. A minha vizinha compra na {comp} e a próxima peruca é de lá",
        ],
        "cancel_sub": "Cancelar Tressalia Care e fechar conta",
        "cancel_req": [
            "Olá, o cabelo já cresceu e não preciso mais de perucas. Por favor cancelem o Tressalia Care e fechem a minha conta. Obrigada por tudo, {name}"
        ],
        "sorry_go": "Olá {name},\n\nlamentamos vê-la partir. Pode cancelar o Tressalia Care em Conta > Plano, na app ou no site; a conta fecha com ele.\n\nA equipa {brand}",
        "grumbles": [
            "A app da {brand} desliga-me a sessão sempre",
            "Porque é que a {brand} manda o SMS de envio às 6 da manhã",
        ],
        "sarcastic": [
            "Obrigada @{brand} pela lavagem 'expresso' que chegou a tempo da festa. A da semana passada 👏"
        ],
        "mild": ["A pesquisa de estúdios mostra-me Faro e eu moro em Braga"],
        "spike": [
            "Não consigo pagar a peruca na app da {brand}: pagamento não autorizado, {code}. O cartão funciona em todo o lado",
            "mais alguém com {code} no pagamento?",
        ],
        "spike_again": "Continua {code}, até no telemóvel do meu marido.",
        "spike_chat": "Sim, os pagamentos com cartão estão a falhar para todos neste momento. A equipa técnica está a tratar, desculpe.",
        "works_again": "Olá {name},\n\nos pagamentos voltaram a funcionar desde as {time} (hora local). Desculpe: {credit} de desconto na próxima encomenda.\n\nA equipa {brand}",
        "lone_q": "Ontem o pagamento mandou-me duas vezes para a app do banco antes de passar. Amanhã vai ser igual?",
        "lone_a": "É a verificação do seu banco, às vezes pede duas vezes. Amanhã deve correr bem.",
        "csat_low": ["lento", ""],
        "money": "€",
    },
}

# ----------------------------------------------------------- business arm --
B: dict[str, dict[str, Any]] = {
    "en": {
        "chat_q": [
            (
                "Can we add a second delivery address for the touring company?",
                "Yes, under Account > Sites in the portal; it's live straight away.",
            ),
            (
                "What's the lead time on a hand-tied period wig right now?",
                "About three weeks; rush is possible for eight working days.",
            ),
        ],
        "thanks": ["Thanks, that's done", "Great, thanks"],
        "praise": [
            "The {brand} Studio team turned round eight show wigs overnight for our opening. Lifesavers"
        ],
        "problems": {
            "invoice": "Our {brand} Studio invoices still carry our old company name and no PO number, so finance rejects every one.",
            "service_blocked": "Our order for the production was refused today, 'account on hold', although every invoice is paid.",
            "portal": "The {brand} Studio portal shows no open orders at all, so we can't track or change anything.",
            "overbilled": "We are being charged retail prices instead of our contract prices on the medical wigs, over £600 this month.",
        },
        "first": "Hello,\n\n{problem}\n\nCould you look into it please?\n\n{name}, {company}",
        "later": "Hello,\n\nmy colleague {first} wrote about this {day} (case {ref}). Same here: {problem} Nothing has changed.\n\n{name}, {company}",
        "last_email": "Hello,\n\ncase {ref}: still not fixed and several of us have written now. Procurement has already asked {comp} for their prices.\n\n{name}, {company}",
        "last_phone": "hello it's about case {ref} nothing is fixed several of my colleagues have written and my boss says we move the account if it isn't fixed this week",
        "ack": "Hello {name},\n\nthank you, we've opened case {ref} for {company} and will come back to you today.\n\nKind regards,\n{brand} Studio",
        "mild": [
            "Suggestion: could the invoices show our production code per line? It would save us hours.",
            "It would help if delivery notes said when each wig was last sanitised.",
        ],
        "mild_ack": "Thank you for the suggestion, we've passed it to the product team.",
        "weekdays": [
            "on Monday",
            "on Tuesday",
            "on Wednesday",
            "on Thursday",
            "on Friday",
            "this morning",
        ],
    },
    "fr": {
        "chat_q": [
            (
                "Peut-on ajouter une deuxième adresse de livraison pour la tournée ?",
                "Oui, dans Compte > Sites du portail, c'est immédiat.",
            ),
            (
                "Quel délai pour une perruque d'époque nouée main en ce moment ?",
                "Environ trois semaines ; en urgence, huit jours ouvrés.",
            ),
        ],
        "thanks": ["Merci, c'est fait", "Parfait merci"],
        "praise": [
            "L'équipe {brand} Studio a remis en forme huit perruques de scène en une nuit pour notre première. Merci !"
        ],
        "problems": {
            "invoice": "Nos factures {brand} Studio portent toujours notre ancienne raison sociale et aucun numéro de bon de commande, la compta les rejette toutes.",
            "service_blocked": "Notre commande pour le spectacle a été refusée aujourd'hui, « compte bloqué », alors que tout est payé.",
            "portal": "Le portail {brand} Studio n'affiche aucune commande en cours, impossible de suivre ou modifier quoi que ce soit.",
            "overbilled": "On nous facture les prix publics au lieu des prix du contrat sur les perruques médicales, plus de 600 € ce mois-ci.",
        },
        "first": "Bonjour,\n\n{problem}\n\nPouvez-vous regarder svp ?\n\n{name}, {company}",
        "later": "Bonjour,\n\nma collègue {first} vous a écrit {day} à ce sujet (dossier {ref}). Même chose chez moi : {problem} Rien n'a changé.\n\n{name}, {company}",
        "last_email": "Bonjour,\n\ndossier {ref} : toujours pas réglé et plusieurs d'entre nous vous ont écrit. Les achats ont déjà demandé ses tarifs à {comp}.\n\n{name}, {company}",
        "last_phone": "bonjour c'est pour le dossier {ref} rien n'est réglé plusieurs collègues vous ont écrit et mon chef dit qu'on change de fournisseur si c'est pas réglé cette semaine",
        "ack": "Bonjour {name},\n\nmerci, nous avons ouvert le dossier {ref} pour {company} et revenons vers vous aujourd'hui.\n\nCordialement,\n{brand} Studio",
        "mild": [
            "Suggestion : pourriez-vous indiquer notre code de production sur chaque ligne de facture ?",
            "Ce serait pratique que les bons de livraison indiquent la date de dernière désinfection.",
        ],
        "mild_ack": "Merci pour la suggestion, nous l'avons transmise à l'équipe produit.",
        "weekdays": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "ce matin"],
    },
    "de": {
        "chat_q": [
            (
                "Können wir eine zweite Lieferadresse fürs Tourneeteam anlegen?",
                "Ja, im Portal unter Konto > Standorte, sofort aktiv.",
            )
        ],
        "thanks": ["Danke, erledigt"],
        "praise": [
            "Das {brand} Studio-Team hat acht Bühnenperücken über Nacht für unsere Premiere fertig gemacht. Danke!"
        ],
        "problems": {
            "invoice": "Unsere {brand} Studio-Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt alle ab.",
            "service_blocked": "Unsere Bestellung für die Produktion wurde heute abgelehnt, 'Konto gesperrt', obwohl alles bezahlt ist.",
            "portal": "Das {brand} Studio-Portal zeigt keine offenen Bestellungen, wir können nichts verfolgen oder ändern.",
            "overbilled": "Uns werden bei den medizinischen Perücken Listenpreise statt Vertragspreise berechnet, über 600 € diesen Monat.",
        },
        "first": "Guten Tag,\n\n{problem}\n\nKönnen Sie das bitte prüfen?\n\n{name}, {company}",
        "later": "Guten Tag,\n\nmeine Kollegin {first} hat Ihnen {day} dazu geschrieben (Vorgang {ref}). Bei mir dasselbe: {problem} Es hat sich nichts geändert.\n\n{name}, {company}",
        "last_email": "Guten Tag,\n\nVorgang {ref}: immer noch nicht gelöst, mehrere von uns haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt.\n\n{name}, {company}",
        "last_phone": "guten Tag es geht um Vorgang {ref} nichts ist gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wir wechseln den Lieferanten wenn das diese Woche nicht klappt",
        "ack": "Guten Tag {name},\n\ndanke, wir haben Vorgang {ref} für {company} eröffnet und melden uns heute.\n\nFreundliche Grüße\n{brand} Studio",
        "mild": ["Vorschlag: Könnten die Rechnungen unseren Produktionscode pro Zeile zeigen?"],
        "mild_ack": "Danke für den Vorschlag, wir haben ihn ans Produktteam gegeben.",
        "weekdays": [
            "am Montag",
            "am Dienstag",
            "am Mittwoch",
            "am Donnerstag",
            "am Freitag",
            "heute Morgen",
        ],
    },
    "es": {
        "chat_q": [
            (
                "¿Podemos añadir otra dirección de entrega para la gira?",
                "Sí, en Cuenta > Sedes del portal, al momento.",
            )
        ],
        "thanks": ["Gracias, hecho"],
        "praise": [
            "El equipo de {brand} Studio nos dejó ocho pelucas de escena listas en una noche para el estreno. ¡Gracias!"
        ],
        "problems": {
            "invoice": "Las facturas de {brand} Studio siguen con nuestro nombre antiguo y sin número de pedido, contabilidad las rechaza todas.",
            "service_blocked": "Hoy nos han rechazado el pedido para la producción, 'cuenta bloqueada', y está todo pagado.",
            "portal": "El portal de {brand} Studio no muestra ningún pedido abierto, no podemos seguir ni cambiar nada.",
            "overbilled": "Nos cobran precio de tarifa en vez del precio de contrato en las pelucas médicas, más de 600 € este mes.",
        },
        "first": "Hola,\n\n{problem}\n\n¿Podéis revisarlo?\n\n{name}, {company}",
        "later": "Hola,\n\nmi compañera {first} os escribió {day} sobre esto (incidencia {ref}). A mí me pasa lo mismo: {problem} No ha cambiado nada.\n\n{name}, {company}",
        "last_email": "Hola,\n\nincidencia {ref}: sigue sin resolverse y ya os hemos escrito varios. Compras ya ha pedido precios a {comp}.\n\n{name}, {company}",
        "last_phone": "hola llamo por la incidencia {ref} no se ha arreglado nada varios compañeros os han escrito y mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
        "ack": "Hola {name}:\n\ngracias, hemos abierto la incidencia {ref} para {company} y os respondemos hoy.\n\nUn saludo,\n{brand} Studio",
        "mild": [
            "Sugerencia: ¿podríais poner nuestro código de producción en cada línea de factura?"
        ],
        "mild_ack": "Gracias por la sugerencia, la hemos pasado al equipo de producto.",
        "weekdays": [
            "el lunes",
            "el martes",
            "el miércoles",
            "el jueves",
            "el viernes",
            "esta mañana",
        ],
    },
    "it": {
        "chat_q": [
            (
                "Possiamo aggiungere un secondo indirizzo di consegna per la tournée?",
                "Sì, nel portale in Account > Sedi, subito attivo.",
            )
        ],
        "thanks": ["Grazie, fatto"],
        "praise": [
            "Il team {brand} Studio ci ha sistemato otto parrucche di scena in una notte per la prima. Grazie!"
        ],
        "problems": {
            "invoice": "Le fatture {brand} Studio riportano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le rifiuta tutte.",
            "service_blocked": "Oggi ci hanno rifiutato l'ordine per la produzione, 'account bloccato', ma è tutto pagato.",
            "portal": "Il portale {brand} Studio non mostra nessun ordine aperto, non possiamo seguire né modificare nulla.",
            "overbilled": "Ci fatturate il prezzo di listino invece del prezzo da contratto sulle parrucche mediche, oltre 600 € questo mese.",
        },
        "first": "Buongiorno,\n\n{problem}\n\nPotete verificare?\n\n{name}, {company}",
        "later": "Buongiorno,\n\nla mia collega {first} vi ha scritto {day} (pratica {ref}). Anche per me: {problem} Non è cambiato nulla.\n\n{name}, {company}",
        "last_email": "Buongiorno,\n\npratica {ref}: ancora non risolta e vi abbiamo scritto in diversi. L'ufficio acquisti ha già chiesto i prezzi a {comp}.\n\n{name}, {company}",
        "last_phone": "buongiorno chiamo per la pratica {ref} non è risolto niente diversi colleghi vi hanno scritto e il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
        "ack": "Buongiorno {name},\n\ngrazie, abbiamo aperto la pratica {ref} per {company} e vi rispondiamo oggi.\n\n{brand} Studio",
        "mild": [
            "Suggerimento: potreste indicare il nostro codice di produzione su ogni riga di fattura?"
        ],
        "mild_ack": "Grazie del suggerimento, l'abbiamo girato al team prodotto.",
        "weekdays": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "stamattina"],
    },
    "pt": {
        "chat_q": [
            (
                "Podemos juntar uma segunda morada de entrega para a digressão?",
                "Sim, no portal em Conta > Locais, fica ativo logo.",
            )
        ],
        "thanks": ["Obrigado, feito"],
        "praise": [
            "A equipa {brand} Studio deixou oito perucas de palco prontas numa noite para a estreia. Obrigado!"
        ],
        "problems": {
            "invoice": "As faturas {brand} Studio ainda têm o nosso nome antigo e nenhum número de encomenda, a contabilidade rejeita todas.",
            "service_blocked": "Hoje recusaram a nossa encomenda para a produção, 'conta bloqueada', e está tudo pago.",
            "portal": "O portal {brand} Studio não mostra nenhuma encomenda aberta, não conseguimos acompanhar nem alterar nada.",
            "overbilled": "Estão a cobrar preço de tabela em vez do preço de contrato nas perucas médicas, mais de 600 € este mês.",
        },
        "first": "Olá,\n\n{problem}\n\nPodem verificar?\n\n{name}, {company}",
        "later": "Olá,\n\na minha colega {first} escreveu-vos {day} sobre isto (pedido {ref}). Comigo é igual: {problem} Nada mudou.\n\n{name}, {company}",
        "last_email": "Olá,\n\npedido {ref}: continua por resolver e já vos escrevemos vários. As compras já pediram preços à {comp}.\n\n{name}, {company}",
        "last_phone": "olá ligo por causa do pedido {ref} nada está resolvido vários colegas escreveram e o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
        "ack": "Olá {name},\n\nobrigado, abrimos o pedido {ref} para {company} e respondemos hoje.\n\n{brand} Studio",
        "mild": ["Sugestão: podiam pôr o nosso código de produção em cada linha da fatura?"],
        "mild_ack": "Obrigado pela sugestão, passámos à equipa de produto.",
        "weekdays": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta", "esta manhã"],
    },
}

FIRST_NAMES: dict[str, list[str]] = {
    "en": [
        "Sarah",
        "Joanne",
        "Priya",
        "Helen",
        "Aoife",
        "Claire",
        "Mark",
        "Fiona",
        "Grace",
        "Tom",
        "Niamh",
        "Ruth",
    ],
    "fr": [
        "Nathalie",
        "Sophie",
        "Isabelle",
        "Camille",
        "Amina",
        "Claire",
        "Julien",
        "Brigitte",
        "Manon",
        "Hélène",
        "Élodie",
        "Karim",
    ],
    "de": ["Sabine", "Petra", "Anja", "Jens", "Monika", "Lea"],
    "es": ["Lucía", "Carmen", "Marta", "Pilar", "Javier", "Nuria"],
    "it": ["Giulia", "Francesca", "Paola", "Marco", "Chiara", "Elena"],
    "pt": ["Ana", "Inês", "Joana", "Rita", "Sofia", "Rui"],
}
SURNAMES: dict[str, list[str]] = {
    "en": ["Walsh", "Patel", "Hughes", "Murphy", "Bennett", "Clarke", "Doyle", "Shaw"],
    "fr": ["Moreau", "Lefèvre", "Girard", "Benali", "Rousseau", "Faure", "Mercier", "Chevalier"],
    "de": ["Krüger", "Hoffmann", "Schulz", "Becker", "Vogel"],
    "es": ["García", "Navarro", "Ortega", "Romero", "Iglesias"],
    "it": ["Ricci", "Conti", "Galli", "Marino", "Fontana"],
    "pt": ["Silva", "Costa", "Pereira", "Ferreira", "Lopes"],
}
MARKETS: dict[str, list[str]] = {
    "en": ["UK", "UK", "UK", "IE"],
    "fr": ["FR", "FR", "FR", "BE", "CH"],
    "de": ["DE", "DE", "AT", "CH"],
    "es": ["ES"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
}
PHONE: dict[str, tuple[str, str, int]] = {
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "CH": ("+41", "7", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "ES": ("+34", "6", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
COMPANIES = [
    ("Théâtre des Quais", "theatre", "fr", "FR"),
    ("Northgate Repertory", "theatre", "en", "UK"),
    ("Clinique Saint-Aubin Oncologie", "clinic", "fr", "FR"),
    ("Harbourlight Films", "film", "en", "UK"),
    ("École de coiffure Lumière", "school", "fr", "BE"),
    ("Bühnen Linden", "theatre", "de", "DE"),
    ("St Brigid's Cancer Centre", "clinic", "en", "IE"),
    ("Producciones Candil", "film", "es", "ES"),
    ("Teatro Corvino", "theatre", "it", "IT"),
    ("Opéra de Vevey", "opera", "fr", "CH"),
    ("Kingsway Hair Academy", "school", "en", "UK"),
    ("Clínica Alvorada", "clinic", "pt", "PT"),
    ("Compagnie Bris de Lune", "theatre", "fr", "FR"),
    ("Elmbank TV Studios", "film", "en", "UK"),
    ("Hôpital de jour Belvédère", "clinic", "fr", "FR"),
]
