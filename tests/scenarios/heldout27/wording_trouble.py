# ruff: noqa: E501
"""Trouble wording for heldout27 (Stampello): complaints, follow-ups, slides, agents.

Hand-written. English and French first. Placeholders: {brand}, {project},
{amount}, {order}, {ref}, {comp}, {pshort}, {agent}, {dear}, {name}, {city};
[[fem|masc]] agrees with the writer.
"""

from __future__ import annotations

PROBLEMS = (
    "upload_lost",
    "print_defect",
    "late_delivery",
    "double_charge",
    "voucher_refused",
    "refund",
)

# the problem in a few words, for follow-ups and subjects
PSHORT: dict[str, dict[str, str]] = {
    "upload_lost": {
        "en": "my project vanished from the editor",
        "fr": "mon projet a disparu de l'éditeur",
        "de": "mein Projekt ist aus dem Editor verschwunden",
        "es": "mi proyecto desapareció del editor",
        "it": "il mio progetto è sparito dall'editor",
        "pt": "o meu projeto desapareceu do editor",
    },
    "print_defect": {
        "en": "the book came printed wrong",
        "fr": "le livre est arrivé mal imprimé",
        "de": "das Buch kam falsch gedruckt",
        "es": "el libro llegó mal impreso",
        "it": "il libro è arrivato stampato male",
        "pt": "o livro chegou mal impresso",
    },
    "late_delivery": {
        "en": "my express order never arrived",
        "fr": "ma commande express n'est jamais arrivée",
        "de": "meine Expressbestellung ist nie angekommen",
        "es": "mi pedido exprés nunca llegó",
        "it": "il mio ordine express non è mai arrivato",
        "pt": "a minha encomenda expresso nunca chegou",
    },
    "double_charge": {
        "en": "the Club fee was taken twice",
        "fr": "l'abonnement Club a été prélevé deux fois",
        "de": "die Club-Gebühr wurde doppelt abgebucht",
        "es": "me cobraron dos veces el Club",
        "it": "il Club mi è stato addebitato due volte",
        "pt": "cobraram o Club duas vezes",
    },
    "voucher_refused": {
        "en": "the gift card is refused at checkout",
        "fr": "la carte cadeau est refusée au paiement",
        "de": "der Gutschein wird an der Kasse abgelehnt",
        "es": "la tarjeta regalo no se acepta al pagar",
        "it": "la gift card viene rifiutata al pagamento",
        "pt": "o cartão-presente é recusado no pagamento",
    },
    "refund": {
        "en": "my refund is still missing",
        "fr": "mon remboursement n'est toujours pas arrivé",
        "de": "meine Erstattung fehlt immer noch",
        "es": "mi reembolso sigue sin llegar",
        "it": "il rimborso non è ancora arrivato",
        "pt": "o meu reembolso ainda não chegou",
    },
}

ANGRY: dict[str, dict[str, list[str]]] = {
    "upload_lost": {
        "en": [
            "I spent TEN HOURS on {project} in your editor and this morning it's gone. Empty. 'Project not found'. The party is on Saturday. How is this even possible??",
            "Your app just ate {project}. 230 photos placed, captions written, all gone after the update. I am absolutely fuming.",
            "project disappeared from my account!!! it was saved, I saw it saved. order {order} never even started. someone call me please",
        ],
        "fr": [
            "J'ai passé DIX HEURES sur {project} dans votre éditeur et ce matin plus rien. « Projet introuvable ». La fête est samedi. C'est quoi ce délire ??",
            "Votre appli a mangé {project}. 230 photos placées, les légendes écrites, tout effacé après la mise à jour. Je suis [[furieuse|furieux]].",
            "projet disparu de mon compte !!! il était enregistré je l'ai vu. aidez moi svp c'est pour un anniversaire",
        ],
        "de": [
            "ZEHN STUNDEN an {project} gesessen und heute früh ist alles weg. 'Projekt nicht gefunden'. Samstag ist die Feier. Wie kann das sein??"
        ],
        "es": [
            "He pasado DIEZ HORAS con {project} en vuestro editor y esta mañana ha desaparecido. 'Proyecto no encontrado'. La fiesta es el sábado. ¿Cómo es posible?"
        ],
        "it": [
            "Ho passato DIECI ORE su {project} nel vostro editor e stamattina non c'è più. 'Progetto non trovato'. La festa è sabato. Ma com'è possibile??"
        ],
        "pt": [
            "Passei DEZ HORAS em {project} no vosso editor e hoje de manhã desapareceu. 'Projeto não encontrado'. A festa é no sábado. Como é possível??"
        ],
    },
    "print_defect": {
        "en": [
            "{project} arrived and half the faces are cut off at the fold, pages 14 to 30 are in the wrong order and the colours look like a photocopy. Order {order}. {amount} for THIS?",
            "Really disappointed. Book turned up with a big white stripe across every page and the cover is the wrong photo. Order {order}.",
            "The prints are all washed out and greenish, nothing like the screen. 100 prints, every single one. Not acceptable.",
        ],
        "fr": [
            "{project} est arrivé et la moitié des visages sont coupés dans la pliure, les pages 14 à 30 sont dans le désordre et les couleurs sont délavées. Commande {order}. {amount} pour ÇA ?",
            "Très [[déçue|déçu]]. Le livre est arrivé avec une bande blanche sur chaque page et la mauvaise photo en couverture. Commande {order}.",
            "Les tirages sont tous verdâtres et pâles, rien à voir avec l'écran. Les 100, tous. INADMISSIBLE.",
        ],
        "de": [
            "{project} ist angekommen und die Hälfte der Gesichter ist im Falz abgeschnitten, die Farben wie kopiert. Bestellung {order}. UNFASSBAR."
        ],
        "es": [
            "Ha llegado {project} con la mitad de las caras cortadas en el pliegue y los colores desvaídos. Pedido {order}. ¿{amount} por ESTO?"
        ],
        "it": [
            "È arrivato {project} con metà delle facce tagliate nella piega e i colori sbiaditi. Ordine {order}. VERGOGNOSO."
        ],
        "pt": [
            "Chegou {project} com metade das caras cortadas na dobra e as cores desbotadas. Encomenda {order}. INACREDITÁVEL."
        ],
    },
    "late_delivery": {
        "en": [
            "Paid for EXPRESS so {project} would be here for the wedding. Wedding was yesterday. Tracking hasn't moved since Tuesday. Order {order}. Thanks for nothing.",
            "Where is my order {order}? Express, 'guaranteed by Friday'. It's Monday. Nobody answers the chat.",
        ],
        "fr": [
            "J'ai payé l'EXPRESS pour avoir {project} pour le mariage. Le mariage c'était hier. Le suivi n'a pas bougé depuis mardi. Commande {order}. Merci pour rien.",
            "Elle est où ma commande {order} ? Express, « garantie vendredi ». On est lundi. PERSONNE au chat.",
        ],
        "de": [
            "EXPRESS bezahlt, damit {project} zur Hochzeit da ist. Die war gestern. Sendungsverfolgung steht seit Dienstag. Bestellung {order}."
        ],
        "es": [
            "Pagué EXPRÉS para tener {project} para la boda. La boda fue ayer. El seguimiento no se mueve desde el martes. Pedido {order}."
        ],
        "it": [
            "Ho pagato l'EXPRESS per avere {project} per il matrimonio. Il matrimonio era ieri. Il tracking è fermo da martedì. Ordine {order}."
        ],
        "pt": [
            "Paguei EXPRESSO para ter {project} no casamento. O casamento foi ontem. O seguimento está parado desde terça. Encomenda {order}."
        ],
    },
    "double_charge": {
        "en": [
            "You've taken the Club fee TWICE this month, {amount} and {amount} on the same day. Please refund one of them, I'm not a bank.",
            "Just checked my statement, {brand} Club charged twice on the 1st. That's my kids' dinner money. Sort it please.",
        ],
        "fr": [
            "Vous avez prélevé l'abonnement Club DEUX FOIS ce mois-ci, {amount} et {amount} le même jour. Remboursez-en un svp.",
            "Je regarde mon relevé : Club {brand} prélevé deux fois le 1er. Ça fait beaucoup pour une fin de mois. Merci de régler ça.",
        ],
        "de": [
            "Ihr habt die Club-Gebühr ZWEIMAL abgebucht, {amount} und {amount} am selben Tag. Bitte eins zurück."
        ],
        "es": [
            "Me habéis cobrado el Club DOS veces este mes, {amount} y {amount} el mismo día. Devolvedme uno, por favor."
        ],
        "it": [
            "Mi avete addebitato il Club DUE volte questo mese, {amount} e {amount} lo stesso giorno. Rimborsatene uno."
        ],
        "pt": [
            "Cobraram o Club DUAS vezes este mês, {amount} e {amount} no mesmo dia. Devolvam um, por favor."
        ],
    },
    "voucher_refused": {
        "en": [
            "My gift card of {amount} (a present from my kids) is 'invalid' at checkout. It's valid until 2027, it says so ON THE CARD. Basket's been sitting there two days.",
            "checkout keeps saying code not recognised. it's YOUR gift card. bought on YOUR site. what am I supposed to do with it",
        ],
        "fr": [
            "Ma carte cadeau de {amount} (offerte par mes enfants) est « invalide » au paiement. Elle est valable jusqu'en 2027, c'est écrit DESSUS. Le panier attend depuis deux jours.",
            "le paiement me dit code non reconnu. c'est VOTRE carte cadeau achetée sur VOTRE site. j'en fais quoi ?",
        ],
        "de": [
            "Mein Gutschein über {amount} ist an der Kasse 'ungültig'. Gültig bis 2027, steht DRAUF."
        ],
        "es": [
            "Mi tarjeta regalo de {amount} sale 'no válida' al pagar. Vale hasta 2027, lo pone EN LA TARJETA."
        ],
        "it": [
            "La mia gift card da {amount} risulta 'non valida' al pagamento. Vale fino al 2027, c'è scritto SOPRA."
        ],
        "pt": [
            "O meu cartão-presente de {amount} aparece 'inválido' no pagamento. É válido até 2027, está escrito NELE."
        ],
    },
    "refund": {
        "en": [
            "Returned the faulty canvas SIX WEEKS ago, you confirmed receipt, and still no refund of {amount}. Order {order}. How long does it take to press a button?",
            "Cancelled order {order} the same day I placed it. {amount}. Still not back on my card a month later.",
        ],
        "fr": [
            "J'ai renvoyé la toile défectueuse il y a SIX SEMAINES, vous avez confirmé la réception, et toujours pas de remboursement de {amount}. Commande {order}.",
            "Commande {order} annulée le jour même. {amount}. Un mois après toujours rien sur ma carte.",
        ],
        "de": [
            "Vor SECHS WOCHEN die Leinwand zurückgeschickt, Eingang bestätigt, und immer noch keine Erstattung von {amount}. Bestellung {order}."
        ],
        "es": [
            "Devolví el lienzo hace SEIS SEMANAS, confirmasteis la recepción y sigo sin el reembolso de {amount}. Pedido {order}."
        ],
        "it": [
            "Ho reso la tela SEI SETTIMANE fa, avete confermato, e ancora niente rimborso di {amount}. Ordine {order}."
        ],
        "pt": [
            "Devolvi a tela há SEIS SEMANAS, confirmaram a receção e ainda nada do reembolso de {amount}. Encomenda {order}."
        ],
    },
}

# long e-mails: (opening, closing); the complaint goes in the middle
LONG_EMAIL: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Hello,\n\nI hope whoever reads this is having a better week than me. We've just moved from Leeds to {city}, the boxes are still everywhere, the kids started a new school on Monday and my husband is away for work till the end of the month. I've been a customer for years and always recommended you to everyone at work.\n\nBut:",
            "I don't usually write emails like this. I just need someone to actually look at it and tell me what happens next, because I haven't got the energy to chase it every day.\n\nKind regards,\n{name}",
        ),
        (
            "Dear {brand} team,\n\nMy mother went into a care home in March and I've been making her little books of old photos, she forgets a lot now but she knows the pictures. It's honestly the one thing that makes the visits easier. So this matters to me more than a normal order.\n\nThe thing is,",
            "Sorry for the long message. I just want this put right.\n\n{name}",
        ),
    ],
    "fr": [
        (
            "Bonjour,\n\nJe vous écris un peu à bout. On vient de déménager à {city}, les cartons sont partout, les enfants ont changé d'école lundi et je fais des doubles gardes à la clinique. Je suis [[cliente|client]] depuis des années et je vous ai recommandés à toutes mes collègues.\n\nSeulement voilà :",
            "Je n'écris jamais ce genre de mail. J'ai juste besoin que quelqu'un regarde vraiment et me dise ce qui va se passer, parce que je n'ai pas l'énergie de relancer tous les jours.\n\nCordialement,\n{name}",
        ),
        (
            "Madame, Monsieur,\n\nMa mère est entrée en EHPAD au printemps et je lui fais des petits livres avec les vieilles photos : elle oublie beaucoup mais elle reconnaît les images. C'est ce qui rend les visites plus douces. Cette commande compte donc plus qu'une autre.\n\nOr,",
            "[[Désolée|Désolé]] pour la longueur. Je voudrais juste que ce soit réparé.\n\n{name}",
        ),
    ],
    "de": [
        (
            "Hallo,\n\nwir sind gerade nach {city} umgezogen, überall Kartons, die Kinder in neuer Schule und ich im Schichtdienst. Ich bin seit Jahren [[Kundin|Kunde]] und habe euch allen empfohlen.\n\nAber:",
            "Ich schreibe sonst nie solche Mails. Ich möchte nur, dass sich jemand das anschaut.\n\nMfG\n{name}",
        )
    ],
    "es": [
        (
            "Hola:\n\nAcabamos de mudarnos a {city}, cajas por todas partes, los niños en colegio nuevo y yo con turnos dobles. Soy [[clienta|cliente]] desde hace años y os he recomendado a todo el mundo.\n\nPero:",
            "No suelo escribir correos así. Solo necesito que alguien lo mire de verdad.\n\nUn saludo,\n{name}",
        )
    ],
    "it": [
        (
            "Buongiorno,\n\nci siamo appena trasferiti a {city}, scatoloni ovunque, i bambini in una scuola nuova e io con i doppi turni. Sono cliente da anni e vi ho consigliati a tutti.\n\nPerò:",
            "Non scrivo mai mail così. Vorrei solo che qualcuno guardasse davvero.\n\nCordiali saluti,\n{name}",
        )
    ],
    "pt": [
        (
            "Olá,\n\nMudámo-nos agora para {city}, caixas por todo o lado, os miúdos em escola nova e eu com turnos dobrados. Sou cliente há anos e recomendei-vos a toda a gente.\n\nMas:",
            "Não costumo escrever emails assim. Só preciso que alguém veja mesmo.\n\nCumprimentos,\n{name}",
        )
    ],
}

# later contacts about the same open case
FOLLOW2: dict[str, list[str]] = {
    "en": [
        "Case {ref}: still open, still nothing. {pshort}. Can someone please actually reply?",
        "Writing again about {ref}. {pshort} and nobody has come back to me. STILL waiting.",
    ],
    "fr": [
        "Dossier {ref} : toujours ouvert, toujours rien. {pshort}. Quelqu'un peut répondre svp ?",
        "Je relance pour le dossier {ref}. {pshort} et personne ne m'a recontacté(e). TOUJOURS en attente.",
    ],
    "de": ["Fall {ref}: immer noch offen, immer noch nichts. {pshort}. Antwortet bitte jemand?"],
    "es": ["Caso {ref}: sigue abierto, sigue sin nada. {pshort}. ¿Alguien puede responder?"],
    "it": ["Pratica {ref}: ancora aperta, ancora niente. {pshort}. Qualcuno risponde?"],
    "pt": ["Processo {ref}: continua aberto, continua nada. {pshort}. Alguém responde?"],
}
FOLLOW3: dict[str, list[str]] = {
    "en": [
        "THIRD time now about {ref}. {pshort}. If it's not sorted tomorrow I'm taking my orders to {comp}.",
        "This is my third message on case {ref}. Nothing has moved. {comp} are starting to look very tempting.",
    ],
    "fr": [
        "TROISIÈME fois pour le dossier {ref}. {pshort}. Si ce n'est pas réglé demain je passe chez {comp}.",
        "Troisième message pour le dossier {ref}. Rien n'a bougé. {comp} commence à me tenter sérieusement.",
    ],
    "de": [
        "Zum DRITTEN Mal wegen {ref}. {pshort}. Wenn das morgen nicht geklärt ist, bestelle ich bei {comp}."
    ],
    "es": ["TERCERA vez por el caso {ref}. {pshort}. Si mañana no está resuelto me voy a {comp}."],
    "it": ["TERZA volta per la pratica {ref}. {pshort}. Se domani non è risolto passo a {comp}."],
    "pt": [
        "TERCEIRA vez pelo processo {ref}. {pshort}. Se amanhã não estiver resolvido vou para a {comp}."
    ],
}
FOLLOW4: dict[str, list[str]] = {
    "en": [
        "FOURTH time. Case {ref}. {pshort}. NOTHING. I've given you every chance.",
        "fourth contact on {ref} and still NOTHING done. unbelievable",
    ],
    "fr": [
        "QUATRIÈME fois. Dossier {ref}. {pshort}. RIEN. Je vous ai laissé toutes les chances.",
        "quatrième relance pour {ref} et toujours RIEN. incroyable",
    ],
    "de": ["VIERTER Versuch. Fall {ref}. {pshort}. NICHTS."],
    "es": ["CUARTA vez. Caso {ref}. {pshort}. NADA."],
    "it": ["QUARTA volta. Pratica {ref}. {pshort}. NIENTE."],
    "pt": ["QUARTA vez. Processo {ref}. {pshort}. NADA."],
}

APOLOGY: dict[str, list[str]] = {
    "en": [
        "Sorry for yesterday's message, I was stressed and took it out on you. Thanks for sorting it so fast.",
        "Just to say sorry for being rude yesterday. All fine now, thank you {agent}.",
    ],
    "fr": [
        "[[Désolée|Désolé]] pour mon message d'hier, j'étais à cran. Merci d'avoir réglé ça si vite.",
        "Pardon pour le ton d'hier. Tout est rentré dans l'ordre, merci {agent}.",
    ],
    "de": ["Entschuldigung für gestern, war gestresst. Danke fürs schnelle Klären."],
    "es": [
        "Perdón por el mensaje de ayer, estaba [[agobiada|agobiado]]. Gracias por resolverlo tan rápido."
    ],
    "it": [
        "Scusate per il messaggio di ieri, ero [[nervosa|nervoso]]. Grazie per aver risolto così in fretta."
    ],
    "pt": [
        "Desculpem a mensagem de ontem, estava [[stressada|stressado]]. [[Obrigada|Obrigado]] por resolverem tão depressa."
    ],
}

CONFIRM: dict[str, list[str]] = {
    "en": [
        "Confirmed, case {ref} is sorted on my side too. Thanks!",
        "Yes all good now re {ref}, thank you {agent}",
    ],
    "fr": [
        "Confirmé, le dossier {ref} est réglé de mon côté aussi. Merci !",
        "Oui c'est bon pour {ref}, merci {agent}",
    ],
    "de": ["Bestätigt, Fall {ref} ist erledigt. Danke!"],
    "es": ["Confirmado, el caso {ref} está resuelto. ¡Gracias!"],
    "it": ["Confermo, la pratica {ref} è risolta. Grazie!"],
    "pt": ["Confirmado, o processo {ref} está resolvido. [[Obrigada|Obrigado]]!"],
}

LOW_WORDS: dict[str, list[str]] = {
    "en": ["", "terrible week with you", "disappointed", "👎", "not impressed"],
    "fr": ["", "très [[déçue|déçu]]", "semaine horrible", "👎", "bof"],
    "de": ["", "enttäuscht", "👎"],
    "es": ["", "muy [[decepcionada|decepcionado]]", "👎"],
    "it": ["", "molto [[delusa|deluso]]", "👎"],
    "pt": ["", "muito [[desiludida|desiludido]]", "👎"],
}

# six-step slide, from mild to leaving
SLIDE: dict[str, list[list[str]]] = {
    "en": [
        [
            "Latest prints seem a bit darker than usual? Maybe it's me",
            "Book took 6 days this time instead of 3, hmm",
        ],
        [
            "Bit disappointed the Club price went up again and the free shipping is gone",
            "Not loving the new editor, everything takes more clicks",
        ],
        [
            "Fed up with the app crashing every time I add more than 50 photos",
            "Third reprint needed this year, getting tired of it",
        ],
        [
            "Chat is just a bot now. 'Did this answer your question?' NO.",
            "Nobody real to talk to at {brand} anymore, just the bot",
        ],
        [
            "Furious. Calendar arrived with March printed twice and April missing, and the reprint costs me shipping AGAIN",
            "Absolutely livid, cover scratched again and you want photos of the damage AGAIN",
        ],
        [
            "Had enough. Comparing prices at {comp}, they do the same book for less",
            "Honestly done. Looking at {comp} for the Christmas books this year",
        ],
    ],
    "fr": [
        [
            "Les derniers tirages sont un peu plus sombres que d'habitude non ?",
            "Livre reçu en 6 jours cette fois au lieu de 3, bof",
        ],
        [
            "Un peu [[déçue|déçu]] que le Club augmente encore et que la livraison offerte saute",
            "Pas fan du nouvel éditeur, tout demande plus de clics",
        ],
        [
            "Marre que l'appli plante dès que j'ajoute plus de 50 photos",
            "Troisième réimpression cette année, ça devient lassant",
        ],
        [
            "Le chat c'est juste un robot maintenant. « Cela a-t-il répondu à votre question ? » NON.",
            "Plus un humain à qui parler chez {brand}",
        ],
        [
            "[[Furieuse|Furieux]]. Calendrier reçu avec deux fois mars et pas d'avril, et la réimpression me coûte encore les frais de port",
            "Hors de moi, couverture rayée encore une fois et il faut ENCORE envoyer des photos",
        ],
        [
            "J'en ai marre. Je compare les prix chez {comp}, même livre moins cher",
            "Franchement c'est fini. Je regarde {comp} pour les livres de Noël",
        ],
    ],
    "de": [
        ["Die letzten Abzüge sind etwas dunkler als sonst?"],
        ["Etwas enttäuscht, dass der Club schon wieder teurer wird"],
        ["Genervt, dass die App bei mehr als 50 Fotos abstürzt"],
        ["Im Chat nur noch ein Bot. NIEMAND echtes mehr"],
        ["WÜTEND. Kalender mit zweimal März und ohne April, Nachdruck kostet wieder Versand"],
        ["Reicht mir. Ich vergleiche gerade Preise bei {comp}"],
    ],
    "es": [
        ["¿Las últimas copias salen más oscuras de lo normal?"],
        ["Un poco [[decepcionada|decepcionado]], el Club sube otra vez de precio"],
        ["[[Harta|Harto]] de que la app se cuelgue con más de 50 fotos"],
        ["El chat ya es solo un bot. NADIE de verdad"],
        [
            "[[Furiosa|Furioso]]. Calendario con marzo dos veces y sin abril, y la reimpresión me cuesta el envío OTRA VEZ"
        ],
        ["Ya está. Estoy comparando precios en {comp}"],
    ],
    "it": [
        ["Le ultime stampe sono più scure del solito?"],
        ["Un po' [[delusa|deluso]], il Club aumenta di nuovo"],
        ["[[Stufa|Stufo]] che l'app si blocchi con più di 50 foto"],
        ["In chat solo un bot ormai. NESSUNO di vero"],
        [
            "[[Furiosa|Furioso]]. Calendario con marzo due volte e senza aprile, e la ristampa mi costa di nuovo la spedizione"
        ],
        ["Basta. Sto confrontando i prezzi da {comp}"],
    ],
    "pt": [
        ["As últimas impressões estão mais escuras do que o costume?"],
        ["Um pouco [[desiludida|desiludido]], o Club sobe outra vez"],
        ["[[Farta|Farto]] de a app bloquear com mais de 50 fotos"],
        ["No chat é só um bot agora. NINGUÉM a sério"],
        [
            "[[Furiosa|Furioso]]. Calendário com março duas vezes e sem abril, e a reimpressão custa-me o envio OUTRA VEZ"
        ],
        ["Chega. Estou a comparar preços na {comp}"],
    ],
}

CANCEL_REQ: dict[str, list[str]] = {
    "en": [
        "Hello, please cancel my {brand} Club membership and close my account. I don't need it anymore. Thanks",
        "Hi, I'd like to end the Club and have my account and photos deleted please.",
    ],
    "fr": [
        "Bonjour, merci de résilier mon abonnement Club {brand} et de fermer mon compte. Je n'en ai plus besoin.",
        "Bonjour, je souhaite arrêter le Club et supprimer mon compte et mes photos svp.",
    ],
    "de": ["Hallo, bitte kündigt meine Club-Mitgliedschaft und schließt mein Konto."],
    "es": ["Hola, por favor cancelad mi Club {brand} y cerrad mi cuenta."],
    "it": ["Buongiorno, vorrei disdire il Club {brand} e chiudere il mio account."],
    "pt": ["Olá, quero cancelar o Club {brand} e fechar a minha conta."],
}
CANCEL_REASON: dict[str, list[str]] = {
    "en": ["", "too expensive", "don't print much anymore"],
    "fr": ["", "trop cher", "je n'imprime plus beaucoup"],
    "de": ["", "zu teuer"],
    "es": ["", "demasiado caro"],
    "it": ["", "troppo caro"],
    "pt": ["", "demasiado caro"],
}

GRUMPY: dict[str, list[str]] = {
    "en": [
        "App logged me out again after the update. every. single. time.",
        "Club fee for what exactly",
        "the chat bot is useless",
        "Shipping to {city} costs more than the prints",
        "Photo books are fine but the greeting cards are overpriced",
        "Why does the editor still not have a proper undo button",
    ],
    "fr": [
        "Encore déconnecté(e) après la mise à jour. à chaque fois.",
        "L'abonnement Club, pour quoi au juste",
        "le chatbot ne sert à rien",
        "La livraison à {city} coûte plus cher que les tirages",
        "Les cartes de vœux sont hors de prix",
        "Toujours pas de vrai bouton annuler dans l'éditeur",
    ],
    "de": [
        "Nach dem Update wieder abgemeldet. Jedes Mal.",
        "Club-Gebühr wofür eigentlich",
        "der Chatbot ist nutzlos",
        "Versand nach {city} teurer als die Abzüge",
        "Grußkarten völlig überteuert",
    ],
    "es": [
        "Otra vez [[desconectada|desconectado]] tras la actualización.",
        "La cuota del Club para qué",
        "el chatbot no sirve",
        "El envío a {city} cuesta más que las copias",
        "Las tarjetas carísimas",
    ],
    "it": [
        "Di nuovo [[sloggata|sloggato]] dopo l'aggiornamento.",
        "La quota del Club per cosa",
        "il chatbot è inutile",
        "La spedizione a {city} costa più delle stampe",
        "I biglietti d'auguri costano troppo",
    ],
    "pt": [
        "Outra vez [[desligada|desligado]] depois da atualização.",
        "A quota do Club para quê",
        "o chatbot não serve",
        "O envio para {city} custa mais que as fotos",
        "Os postais são caríssimos",
    ],
}

SARCASM: dict[str, list[str]] = {
    "en": [
        "Love it when the app decides to update right as I hit 'order' 🙃",
        "Oh great, another 'improved' editor. Just what I wanted 🙃",
    ],
    "fr": [
        "J'adore quand l'appli décide de se mettre à jour pile au moment de commander 🙃",
        "Génial, encore un éditeur « amélioré ». Exactement ce que je voulais 🙃",
    ],
    "de": ["Ich liebe es, wenn die App genau beim Bestellen ein Update macht 🙃"],
    "es": ["Me encanta cuando la app se actualiza justo al darle a 'pedir' 🙃"],
    "it": ["Adoro quando l'app si aggiorna proprio mentre premo 'ordina' 🙃"],
    "pt": ["Adoro quando a app se atualiza mesmo no momento de encomendar 🙃"],
}

GRUMBLE_ONCE: dict[str, list[str]] = {
    "en": [
        "Small thing: the app takes ages to load my albums in the morning. Otherwise fine.",
        "The preview in the editor is a bit blurry on my tablet, is that normal?",
    ],
    "fr": [
        "Petit détail : l'appli met longtemps à charger mes albums le matin. Sinon ça va.",
        "L'aperçu dans l'éditeur est un peu flou sur ma tablette, c'est normal ?",
    ],
    "de": ["Kleinigkeit: die App lädt morgens meine Alben sehr langsam."],
    "es": ["Una cosa pequeña: la app tarda mucho en cargar los álbumes por la mañana."],
    "it": ["Piccola cosa: l'app ci mette tanto a caricare gli album la mattina."],
    "pt": ["Uma coisa pequena: a app demora a carregar os álbuns de manhã."],
}
GRUMBLE_ANSWER: dict[str, list[str]] = {
    "en": ["Thanks {name}, we've passed it to the app team. {agent}"],
    "fr": ["Merci {name}, c'est transmis à l'équipe de l'appli. {agent}"],
    "de": ["Danke {name}, ist ans App-Team weitergegeben. {agent}"],
    "es": ["Gracias {name}, lo pasamos al equipo de la app. {agent}"],
    "it": ["Grazie {name}, l'abbiamo girato al team dell'app. {agent}"],
    "pt": ["Obrigado {name}, passámos à equipa da app. {agent}"],
}

# the planted spike: uploads fail with error S-713
SPIKE: dict[str, list[str]] = {
    "en": [
        "anyone else getting 'Upload failed (S-713)' on {brand}? none of my photos will go up",
        "{brand} app keeps saying error S-713 and the book won't save. is it down??",
        "S-713 on every photo I try to upload. tried wifi, 4g, reinstalled. nothing",
        "Error S-713, can't upload a single picture and the offer ends tonight!!",
    ],
    "fr": [
        "quelqu'un d'autre a « Échec de l'envoi (S-713) » sur {brand} ? aucune photo ne passe",
        "L'appli {brand} affiche erreur S-713 et le livre ne s'enregistre pas. c'est en panne ??",
        "S-713 sur chaque photo. wifi, 4G, réinstallé. rien",
        "Erreur S-713, impossible d'envoyer une seule photo et la promo finit ce soir !!",
    ],
    "de": [
        "noch jemand 'Upload fehlgeschlagen (S-713)' bei {brand}? kein Foto geht hoch",
        "Fehler S-713, kein einziges Bild lädt hoch",
    ],
    "es": [
        "¿a alguien más le sale 'Error al subir (S-713)' en {brand}? no sube ninguna foto",
        "Error S-713, no puedo subir ni una foto",
    ],
    "it": [
        "anche a voi 'Caricamento non riuscito (S-713)' su {brand}? nessuna foto va su",
        "Errore S-713, non carica neanche una foto",
    ],
    "pt": [
        "mais alguém com 'Falha no envio (S-713)' na {brand}? nenhuma foto sobe",
        "Erro S-713, não consigo enviar uma única foto",
    ],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "en": [
        "still S-713, tried the website too now, same thing. nobody answering the chat",
        "Still error S-713 half an hour later. Nothing from you.",
    ],
    "fr": [
        "toujours S-713, même sur le site maintenant. personne au chat",
        "Toujours l'erreur S-713 une demi-heure après. Aucune nouvelle.",
    ],
    "de": ["immer noch S-713, jetzt auch auf der Website. niemand im Chat"],
    "es": ["sigue el S-713, ahora también en la web. nadie en el chat"],
    "it": ["ancora S-713, ora anche sul sito. nessuno in chat"],
    "pt": ["continua o S-713, agora também no site. ninguém no chat"],
}
SPIKE_FIXED: dict[str, list[str]] = {
    "en": [
        "{dear},\n\nlast night's upload error (S-713) is fixed. Your projects are safe and nothing was charged twice. Sorry for the trouble.\n\n{agent}, {brand}"
    ],
    "fr": [
        "{dear},\n\nl'erreur d'envoi S-713 d'hier soir est corrigée. Vos projets sont intacts et rien n'a été débité deux fois. Toutes nos excuses.\n\n{agent}, {brand}"
    ],
    "de": [
        "{dear},\n\nder Upload-Fehler S-713 von gestern Abend ist behoben. Ihre Projekte sind sicher.\n\n{agent}, {brand}"
    ],
    "es": [
        "{dear}:\n\nel error de subida S-713 de anoche está resuelto. Sus proyectos están a salvo.\n\n{agent}, {brand}"
    ],
    "it": [
        "{dear},\n\nl'errore di caricamento S-713 di ieri sera è risolto. I suoi progetti sono al sicuro.\n\n{agent}, {brand}"
    ],
    "pt": [
        "{dear},\n\no erro de envio S-713 de ontem à noite está resolvido. Os seus projetos estão seguros.\n\n{agent}, {brand}"
    ],
}
LONE_Q: dict[str, list[str]] = {
    "en": [
        "tonight the upload took ages, like 10 min for 40 photos, then it worked. is that normal?"
    ],
    "fr": [
        "ce soir l'envoi a mis super longtemps, 10 min pour 40 photos, puis c'est passé. c'est normal ?"
    ],
}
LONE_ANSWER: dict[str, list[str]] = {
    "en": ["Hi {name}, evenings are busy, uploads can be slower but nothing is lost. {agent}"],
    "fr": [
        "Bonjour {name}, le soir c'est chargé, l'envoi peut être plus lent mais rien n'est perdu. {agent}"
    ],
}

# agents' replies
CASE_OPENED: dict[str, list[str]] = {
    "en": [
        "{dear},\n\nthank you for getting in touch. I've opened case {ref} and a colleague will look at it today.\n\n{agent}, {brand} Customer Care"
    ],
    "fr": [
        "{dear},\n\nmerci pour votre message. J'ai ouvert le dossier {ref}, un collègue s'en occupe aujourd'hui.\n\n{agent}, Service client {brand}"
    ],
    "de": [
        "{dear},\n\ndanke für Ihre Nachricht. Ich habe den Fall {ref} eröffnet.\n\n{agent}, {brand} Kundenservice"
    ],
    "es": [
        "{dear}:\n\ngracias por escribirnos. He abierto el caso {ref}.\n\n{agent}, Atención al cliente {brand}"
    ],
    "it": [
        "{dear},\n\ngrazie per averci scritto. Ho aperto la pratica {ref}.\n\n{agent}, Servizio clienti {brand}"
    ],
    "pt": [
        "{dear},\n\nobrigado pelo contacto. Abri o processo {ref}.\n\n{agent}, Apoio ao cliente {brand}"
    ],
}
PASSED_ON: dict[str, list[str]] = {
    "en": [
        "{dear},\n\nyour case {ref} has been passed on to our production and billing team. They will contact you directly.\n\n{agent}"
    ],
    "fr": [
        "{dear},\n\nvotre dossier {ref} a été transmis à notre équipe production et facturation. Elle vous recontactera directement.\n\n{agent}"
    ],
    "de": [
        "{dear},\n\nIhr Fall {ref} wurde an unser Produktions- und Abrechnungsteam weitergegeben.\n\n{agent}"
    ],
    "es": [
        "{dear}:\n\nsu caso {ref} se ha pasado a nuestro equipo de producción y facturación.\n\n{agent}"
    ],
    "it": [
        "{dear},\n\nla pratica {ref} è stata passata al team produzione e fatturazione.\n\n{agent}"
    ],
    "pt": ["{dear},\n\no processo {ref} foi passado à equipa de produção e faturação.\n\n{agent}"],
}
SORTED: dict[str, list[str]] = {
    "en": [
        "{dear},\n\ngood news on {ref}: it's sorted on our side ({pfix}). Could you confirm it's fine for you too?\n\n{agent}, {brand}"
    ],
    "fr": [
        "{dear},\n\nbonne nouvelle pour {ref} : c'est réglé de notre côté ({pfix}). Pouvez-vous nous confirmer que tout est bon ?\n\n{agent}, {brand}"
    ],
    "de": [
        "{dear},\n\ngute Nachricht zu {ref}: bei uns erledigt ({pfix}). Können Sie das bestätigen?\n\n{agent}, {brand}"
    ],
    "es": [
        "{dear}:\n\nbuenas noticias sobre {ref}: resuelto por nuestra parte ({pfix}). ¿Puede confirmarlo?\n\n{agent}, {brand}"
    ],
    "it": [
        "{dear},\n\nbuone notizie per {ref}: risolto da parte nostra ({pfix}). Può confermare?\n\n{agent}, {brand}"
    ],
    "pt": [
        "{dear},\n\nboas notícias sobre {ref}: resolvido do nosso lado ({pfix}). Pode confirmar?\n\n{agent}, {brand}"
    ],
}
PFIX: dict[str, dict[str, str]] = {
    "upload_lost": {
        "en": "project restored from backup",
        "fr": "projet restauré depuis la sauvegarde",
        "de": "Projekt aus dem Backup wiederhergestellt",
        "es": "proyecto restaurado",
        "it": "progetto ripristinato",
        "pt": "projeto restaurado",
    },
    "print_defect": {
        "en": "free reprint sent by express",
        "fr": "réimpression offerte envoyée en express",
        "de": "kostenloser Nachdruck per Express",
        "es": "reimpresión gratis por exprés",
        "it": "ristampa gratuita in express",
        "pt": "reimpressão grátis por expresso",
    },
    "late_delivery": {
        "en": "express fee refunded, parcel found",
        "fr": "frais express remboursés, colis retrouvé",
        "de": "Expressgebühr erstattet, Paket gefunden",
        "es": "exprés reembolsado, paquete localizado",
        "it": "express rimborsato, pacco trovato",
        "pt": "expresso reembolsado, encomenda encontrada",
    },
    "double_charge": {
        "en": "second fee refunded",
        "fr": "second prélèvement remboursé",
        "de": "zweite Abbuchung erstattet",
        "es": "segundo cobro devuelto",
        "it": "secondo addebito rimborsato",
        "pt": "segunda cobrança devolvida",
    },
    "voucher_refused": {
        "en": "gift card reactivated",
        "fr": "carte cadeau réactivée",
        "de": "Gutschein wieder aktiviert",
        "es": "tarjeta reactivada",
        "it": "gift card riattivata",
        "pt": "cartão reativado",
    },
    "refund": {
        "en": "refund sent today",
        "fr": "remboursement envoyé aujourd'hui",
        "de": "Erstattung heute angewiesen",
        "es": "reembolso enviado hoy",
        "it": "rimborso inviato oggi",
        "pt": "reembolso enviado hoje",
    },
}
CANCEL_SELF: dict[str, list[str]] = {
    "en": [
        "{dear},\n\nyou can cancel the Club and close your account yourself in the app under Account > Membership. Your projects stay downloadable for 30 days.\n\n{agent}"
    ],
    "fr": [
        "{dear},\n\nvous pouvez résilier le Club et fermer votre compte vous-même dans l'appli, Compte > Abonnement. Vos projets restent téléchargeables 30 jours.\n\n{agent}"
    ],
    "de": [
        "{dear},\n\nSie können den Club selbst in der App unter Konto > Mitgliedschaft kündigen.\n\n{agent}"
    ],
    "es": [
        "{dear}:\n\npuede cancelar el Club usted mismo en la app, Cuenta > Suscripción.\n\n{agent}"
    ],
    "it": [
        "{dear},\n\npuò disdire il Club direttamente nell'app, Account > Abbonamento.\n\n{agent}"
    ],
    "pt": ["{dear},\n\npode cancelar o Club na app, Conta > Subscrição.\n\n{agent}"],
}
FORM_ACK: dict[str, list[str]] = {
    "en": [
        "{dear},\n\nthanks for your message through our contact form, we've received it and will reply within two working days.\n\n{agent}"
    ],
    "fr": [
        "{dear},\n\nnous avons bien reçu votre message via le formulaire de contact et vous répondrons sous deux jours ouvrés.\n\n{agent}"
    ],
    "de": ["{dear},\n\nwir haben Ihre Nachricht über das Kontaktformular erhalten.\n\n{agent}"],
    "es": ["{dear}:\n\nhemos recibido su mensaje del formulario.\n\n{agent}"],
    "it": ["{dear},\n\nabbiamo ricevuto il suo messaggio dal modulo.\n\n{agent}"],
    "pt": ["{dear},\n\nrecebemos a sua mensagem do formulário.\n\n{agent}"],
}

SUBJ_COMPLAINT = {
    "en": "Complaint: {pshort}",
    "fr": "Réclamation : {pshort}",
    "de": "Reklamation: {pshort}",
    "es": "Reclamación: {pshort}",
    "it": "Reclamo: {pshort}",
    "pt": "Reclamação: {pshort}",
}
SUBJ_CASE = {
    "en": "Case {ref}",
    "fr": "Dossier {ref}",
    "de": "Fall {ref}",
    "es": "Caso {ref}",
    "it": "Pratica {ref}",
    "pt": "Processo {ref}",
}
REPLY_PREFIX = {
    "en": ["RE:", "Re:", "RE: RE:"],
    "fr": ["RE :", "Re:", "TR:"],
    "de": ["AW:", "AW: AW:"],
    "es": ["RE:", "Re:"],
    "it": ["R:", "Re:"],
    "pt": ["RE:", "Re:"],
}
SUBJ_CANCEL = {
    "en": "Cancel membership",
    "fr": "Résiliation",
    "de": "Kündigung",
    "es": "Baja",
    "it": "Disdetta",
    "pt": "Cancelamento",
}
PHONE_OPENER = {
    "en": ["yeah hi", "hiya hello", "hello yes hi it's {name}"],
    "fr": ["oui bonjour euh", "allô oui bonjour", "bonjour c'est {name}"],
    "de": ["äh hallo guten Tag", "ja hallo hier ist {name}"],
    "es": ["sí hola buenas", "hola soy {name}"],
    "it": ["pronto buongiorno", "sì buonasera sono {name}"],
    "pt": ["está sim boa tarde", "olá é [[a|o]] {name}"],
}
