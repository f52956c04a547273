# ruff: noqa: E501
"""Wording of heldout320 (Typello: typewriter servicing, ribbons and hire by post)."""

from __future__ import annotations

LANGS = ("fr", "de", "en", "es", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "fr": ("FR", "BE", "CH"),
    "de": ("DE", "AT", "CH"),
    "en": ("UK", "IE"),
    "es": ("ES",),
    "it": ("IT", "CH"),
    "pt": ("PT",),
}
FIRST = {
    "fr": ("Camille", "Julien", "Margaux", "Thibault", "Solène", "Bastien", "Aurélie", "Gaël"),
    "de": ("Jonas", "Friederike", "Malte", "Svenja", "Till", "Henrike", "Ole", "Wiebke"),
    "en": ("Harriet", "Callum", "Niamh", "Rhys", "Imogen", "Declan"),
    "es": ("Itziar", "Gonzalo", "Noelia", "Íñigo", "Rocío", "Fermín"),
    "it": ("Ludovica", "Gianmarco", "Serena", "Tommaso", "Ilaria", "Corrado"),
    "pt": ("Inês", "Rui", "Beatriz", "Tiago", "Leonor", "Vasco"),
}
LAST = {
    "fr": ("Lemaire", "Guérin", "Fabre", "Rolland", "Perrin", "Marchal"),
    "de": ("Brinkmann", "Ostermann", "Kühne", "Seidel", "Hartwig", "Vogt"),
    "en": ("Pritchard", "Doyle", "Whitcombe", "Ashworth", "Kearney"),
    "es": ("Arrieta", "Salcedo", "Urquiza", "Benavides", "Quintana"),
    "it": ("Bellandi", "Ferraresi", "Cattaneo", "Sartori", "Mazzoleni"),
    "pt": ("Sequeira", "Fontes", "Valadares", "Brandão", "Pimentel"),
}
PHONE = {
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "CH": ("+41", "79", 7),
    "DE": ("+49", "151", 8),
    "AT": ("+43", "664", 7),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "87", 7),
    "ES": ("+34", "6", 8),
    "IT": ("+39", "34", 8),
    "PT": ("+351", "91", 7),
}
PRODUCTS = (
    ("Full service, portable typewriter", "89.00"),
    ("Ribbon subscription, 3 ribbons", "24.50"),
    ("Platen re-rubbering", "65.00"),
    ("Typewriter hire, 1 month", "39.00"),
    ("Restored Olympia SM3", "240.00"),
    ("Padded shipping box", "12.00"),
)
PAGES = ("/service", "/ribbons", "/hire", "/shop/restored", "/club", "/track")

PRAISE = {
    "fr": [
        "Ma Hermes Baby est revenue de chez Typello, elle tape comme au premier jour. Merci à l'atelier !",
        "Troisième ruban reçu ce mois, toujours impeccable, et le petit mot manuscrit dans le carton 😍",
        "Service nickel, la touche E ne colle plus. Juste le suivi colis un peu lent, sinon parfait.",
    ],
    "de": [
        "Meine Erika ist zurück vom Typello-Service und schreibt wieder sauber. Danke an die Werkstatt!",
        "Schon wieder ein Farbband pünktlich im Briefkasten, Typello macht das einfach gut.",
        "Walze neu bezogen, klingt jetzt richtig satt. Nur der Karton war etwas eingedrückt, sonst top.",
    ],
    "en": [
        "Got my Olivetti back from Typello and the carriage glides again. Lovely work.",
        "Second hire from Typello for my daughter's school project, she's hooked on the bell at the end of the line",
    ],
    "es": [
        "Me ha llegado la Olympia revisada de Typello y escribe de lujo, gracias al taller",
        "Otra vez la cinta a tiempo, se nota que cuidan cada envío",
    ],
    "it": [
        "La mia Lettera 32 è tornata da Typello come nuova di fabbrica, bravissimi",
        "Terzo nastro arrivato puntuale, servizio serio",
    ],
    "pt": [
        "A minha Royal voltou da Typello a escrever lindamente, obrigada à oficina",
        "Mais uma fita que chega certinha, gosto muito do serviço",
    ],
}
QUESTION = {
    "fr": [
        "Bonjour, est-ce que le ruban bicolore va sur une Japy P68 ?",
        "Le carton d'envoi est fourni ou je dois emballer moi-même la machine ?",
    ],
    "de": [
        "Hallo, passt das zweifarbige Band auch auf eine Adler Tippa?",
        "Kann ich die Maschine auch selbst in der Werkstatt abgeben statt per Post?",
    ],
    "en": [
        "Hi, does the monthly hire include a spare ribbon?",
        "Can I pause my Club membership over summer?",
    ],
    "es": [
        "Hola, la cinta sirve para una Hispano Olivetti?",
        "Puedo pausar la suscripción del Club en agosto?",
    ],
    "it": [
        "Ciao, il nastro va bene anche per una Olivetti Studio 44?",
        "Posso spedire la macchina senza custodia?",
    ],
    "pt": ["Olá, a fita serve numa Messa 3000?", "Posso pausar o Clube durante as férias?"],
}
ANSWER = {
    "fr": "Bonjour, oui c'est prévu : tout est indiqué dans votre espace Typello. Bonne frappe !",
    "de": "Hallo, ja, das geht, alle Details stehen in Ihrem Typello-Konto. Viel Freude beim Tippen!",
    "en": "Hi, yes, that's covered, the details are in your Typello account. Happy typing!",
    "es": "Hola, sí, lo tienes todo en tu cuenta de Typello. ¡Feliz escritura!",
    "it": "Ciao, sì, trovi tutti i dettagli nel tuo account Typello. Buona scrittura!",
    "pt": "Olá, sim, tem tudo na sua conta Typello. Boa escrita!",
}
THANKS = {
    "fr": ["Super merci !", "Parfait, merci bien"],
    "de": ["Super, danke!", "Alles klar, vielen Dank"],
    "en": ["Brilliant, thanks"],
    "es": ["Genial, gracias"],
    "it": ["Perfetto, grazie"],
    "pt": ["Ótimo, obrigado"],
}
NIGHT = {
    "fr": [
        "3h du matin, je tape mon roman sur la machine Typello et les voisins dorment, vive les touches silencieuses",
        "Insomnie, je regarde des vidéos de restauration de machines à écrire. Typello, embauchez-moi",
    ],
    "de": [
        "Nachtschicht vorbei, jetzt noch zwei Seiten auf der Typello-Leihmaschine. Bestes Ritual",
        "Kann nicht schlafen und bestelle Farbbänder bei Typello, so sieht mein Leben jetzt aus",
    ],
    "en": ["2am and I'm typing letters to my gran on the Typello hire machine, no regrets"],
    "es": ["Las 3 y sigo escribiendo cartas con la máquina de Typello, qué vicio"],
    "it": ["Notte insonne, scrivo poesie con la macchina di Typello"],
    "pt": ["Três da manhã e eu a escrever na máquina da Typello, que paz"],
}
SURVEY_WORD = {
    "fr": ["Top", "Rapide et soigné", ""],
    "de": ["Klasse", "Sehr sorgfältig", ""],
    "en": ["Spot on", ""],
    "es": ["Muy bien", ""],
    "it": ["Ottimo", ""],
    "pt": ["Muito bom", ""],
}
REVIEW = {
    "fr": "Atelier sérieux, machine rendue propre et réglée.",
    "de": "Gründliche Werkstatt, Maschine sauber justiert zurück.",
    "en": "Careful workshop, machine came back clean and adjusted.",
    "es": "Taller serio, la máquina volvió limpia y ajustada.",
    "it": "Officina seria, macchina tornata pulita e regolata.",
    "pt": "Oficina séria, máquina voltou limpa e afinada.",
}
# Six consumer problems.
PROBLEMS = ("lost_parcel", "double_charge", "damaged", "refund", "club_price", "wrong_machine")
COMPLAINT = {
    "fr": {
        "lost_parcel": [
            "Ma machine est partie chez vous il y a DEUX semaines, le suivi dit livré à l'atelier et vous dites ne rien avoir reçu. C'est la machine de mon grand-père !",
            "Colis marqué livré chez Typello le 3, et personne ne le trouve. Je veux une réponse aujourd'hui.",
        ],
        "double_charge": [
            "Vous m'avez débité deux fois la révision, 178 € au lieu de 89 €, et mon découvert a sauté.",
            "Double prélèvement pour le même service. Remboursez le second tout de suite svp.",
        ],
        "damaged": [
            "La machine est revenue avec le chariot tordu et la cloche arrachée, le carton était intact donc ça vient de l'atelier.",
            "Retour de révision : le levier d'interligne est cassé. Elle marchait avant de partir !",
        ],
        "refund": [
            "Trois semaines que j'attends le remboursement de la location rendue, 39 €, toujours rien.",
            "Location rendue depuis le 2, caution toujours bloquée. Ça suffit.",
        ],
        "club_price": [
            "Je suis membre du Club et on m'a facturé le tarif normal pour la révision.",
            "Membre Typello Club et pas de remise appliquée, encore.",
        ],
        "wrong_machine": [
            "On m'a renvoyé une machine qui n'est PAS la mienne, une Brother en plastique au lieu de mon Olympia.",
            "Ce n'est pas ma machine qui est revenue. Où est mon Olympia ?",
        ],
    },
    "de": {
        "lost_parcel": [
            "Meine Maschine ist seit ZWEI Wochen bei euch, laut Sendungsverfolgung zugestellt, aber angeblich nie angekommen. Das ist die Maschine meines Opas!",
            "Paket laut DHL in der Werkstatt zugestellt und keiner findet es. Ich will heute eine Antwort.",
        ],
        "double_charge": [
            "Ihr habt mir die Wartung ZWEIMAL abgebucht, 178 € statt 89 €, und jetzt ist mein Konto im Minus.",
            "Doppelte Abbuchung für denselben Service. Bitte sofort zurück.",
        ],
        "damaged": [
            "Die Maschine kam mit verbogenem Wagen und abgerissener Glocke zurück, der Karton war heil, also war es die Werkstatt.",
            "Nach der Wartung ist der Zeilenschalthebel gebrochen. Vorher ging alles!",
        ],
        "refund": [
            "Seit drei Wochen warte ich auf die Erstattung der zurückgegebenen Leihmaschine, 39 €. Nichts.",
            "Leihgerät seit dem 2. zurück, Kaution immer noch blockiert. Jetzt reichts.",
        ],
        "club_price": [
            "Ich bin Club-Mitglied und mir wurde der normale Preis für die Wartung berechnet.",
            "Typello Club und wieder kein Rabatt auf der Rechnung.",
        ],
        "wrong_machine": [
            "Ihr habt mir eine FREMDE Maschine geschickt, eine Plastik-Brother statt meiner Olympia.",
            "Das ist nicht meine Maschine. Wo ist meine Olympia?",
        ],
    },
    "en": {
        "lost_parcel": [
            "Tracking says my typewriter was delivered to your workshop TWO weeks ago and you say you never got it. It was my grandad's!"
        ],
        "double_charge": [
            "You've charged me twice for the service, £156 instead of £78, and I'm now overdrawn."
        ],
        "damaged": [
            "The machine came back with a bent carriage and the bell ripped off. The box was fine, so it happened in your workshop."
        ],
        "refund": ["Three weeks waiting for the refund on the hire I sent back. Still nothing."],
        "club_price": ["I'm a Club member and got charged the full price for the service."],
        "wrong_machine": [
            "You sent me back someone else's machine, a plastic Brother instead of my Olympia."
        ],
    },
    "es": {
        "lost_parcel": [
            "El seguimiento dice que mi máquina se entregó en vuestro taller hace DOS semanas y decís que no está. Era de mi abuelo"
        ],
        "double_charge": ["Me habéis cobrado DOS veces la revisión, 178 € en vez de 89 €"],
        "damaged": [
            "La máquina volvió con el carro doblado y el timbre arrancado, la caja estaba perfecta"
        ],
        "refund": ["Tres semanas esperando el reembolso del alquiler devuelto, nada"],
        "club_price": ["Soy del Club y me habéis cobrado la tarifa normal"],
        "wrong_machine": [
            "Me habéis devuelto una máquina que NO es la mía, una Brother de plástico en vez de mi Olympia"
        ],
    },
    "it": {
        "lost_parcel": [
            "Il tracking dice consegnata al vostro laboratorio DUE settimane fa e voi dite di non averla. Era di mio nonno"
        ],
        "double_charge": ["Mi avete addebitato DUE volte la revisione, 178 € invece di 89 €"],
        "damaged": [
            "La macchina è tornata col carrello piegato e il campanello strappato, la scatola era intatta"
        ],
        "refund": ["Tre settimane che aspetto il rimborso del noleggio restituito"],
        "club_price": ["Sono socio del Club e mi avete fatto pagare il prezzo pieno"],
        "wrong_machine": [
            "Mi è tornata una macchina che NON è la mia, una Brother di plastica al posto della mia Olympia"
        ],
    },
    "pt": {
        "lost_parcel": [
            "O seguimento diz entregue na vossa oficina há DUAS semanas e dizem que não a têm. Era do meu avô"
        ],
        "double_charge": ["Cobraram-me DUAS vezes a revisão, 178 € em vez de 89 €"],
        "damaged": [
            "A máquina voltou com o carro torto e a campainha arrancada, a caixa vinha perfeita"
        ],
        "refund": ["Três semanas à espera do reembolso do aluguer devolvido"],
        "club_price": ["Sou do Clube e cobraram-me o preço normal"],
        "wrong_machine": [
            "Devolveram-me uma máquina que NÃO é a minha, uma Brother de plástico em vez da minha Olympia"
        ],
    },
}
SUBJECT = {
    "fr": "Réclamation",
    "de": "Beschwerde",
    "en": "Complaint",
    "es": "Reclamación",
    "it": "Reclamo",
    "pt": "Reclamação",
}
LETTER = {
    "fr": (
        "Bonjour,\n\nJe vous écris du train entre Lyon et Dijon, ma fille dort contre moi et j'ai enfin cinq minutes. Nous préparons le mariage de mon frère et je voulais taper les cartes de table sur la machine de mon père.\n\n",
        "\n\nJe suis cliente depuis des années et je n'ai jamais eu à me plaindre, mais là, franchement, ça ne va pas.\n\nCordialement,\n",
    ),
    "de": (
        "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer der Kinderärztin, der Kleine hat Fieber und wir warten seit einer Stunde. Eigentlich wollte ich diese Woche die Einladungen zur Goldenen Hochzeit meiner Eltern auf der alten Maschine tippen.\n\n",
        "\n\nIch bin seit Jahren Kundin und war nie unzufrieden, aber so geht das nicht.\n\nMit freundlichen Grüßen\n",
    ),
    "en": (
        "Hello,\n\nI'm writing from the car park at my son's football training.\n\n",
        "\n\nKind regards,\n",
    ),
    "es": (
        "Hola:\n\nOs escribo desde el puesto del mercado entre cliente y cliente.\n\n",
        "\n\nUn saludo,\n",
    ),
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista.\n\n",
        "\n\nCordiali saluti,\n",
    ),
    "pt": ("Bom dia,\n\nescrevo-vos do café enquanto espero o comboio.\n\n", "\n\nCumprimentos,\n"),
}
CALL = {
    "fr": "oui bonjour je vous appelle parce que {p} voilà je voudrais savoir ce que vous allez faire",
    "de": "ja hallo ich rufe an weil {p} und ich möchte wissen was Sie jetzt machen",
    "en": "hi yeah i'm calling because {p} so what are you going to do about it",
    "es": "hola sí mire le llamo porque {p} y quiero saber qué van a hacer",
    "it": "pronto sì buongiorno chiamo perché {p} e vorrei sapere cosa fate",
    "pt": "olá sim estou a ligar porque {p} e quero saber o que vão fazer",
}
CALL_P = {
    "fr": {
        "lost_parcel": "ma machine est marquée livrée chez vous et vous l'avez pas",
        "double_charge": "j'ai été débitée deux fois pour la révision",
        "damaged": "la machine est revenue cassée le chariot est tordu",
        "refund": "j'attends le remboursement de la location depuis trois semaines",
        "club_price": "je suis membre du club et j'ai payé plein tarif",
        "wrong_machine": "c'est pas ma machine qui est revenue",
    },
    "de": {
        "lost_parcel": "meine Maschine laut Sendung bei Ihnen ist und keiner sie findet",
        "double_charge": "mir die Wartung zweimal abgebucht wurde",
        "damaged": "die Maschine kaputt zurückkam der Wagen ist verbogen",
        "refund": "ich seit drei Wochen auf die Erstattung warte",
        "club_price": "ich im Club bin und den vollen Preis gezahlt habe",
        "wrong_machine": "das nicht meine Maschine ist die zurückkam",
    },
    "en": {
        "lost_parcel": "my typewriter shows delivered to you and you can't find it",
        "double_charge": "i've been charged twice for the service",
        "damaged": "it came back broken the carriage is bent",
        "refund": "i've waited three weeks for my refund",
        "club_price": "i'm in the club and paid full price",
        "wrong_machine": "you sent me back the wrong machine",
    },
    "es": {
        "lost_parcel": "mi máquina sale entregada en el taller y no la encuentran",
        "double_charge": "me han cobrado dos veces la revisión",
        "damaged": "la máquina ha vuelto rota con el carro doblado",
        "refund": "llevo tres semanas esperando el reembolso",
        "club_price": "soy del club y me cobraron el precio normal",
        "wrong_machine": "me han devuelto una máquina que no es la mía",
    },
    "it": {
        "lost_parcel": "la mia macchina risulta consegnata da voi e non la trovate",
        "double_charge": "mi avete addebitato due volte la revisione",
        "damaged": "la macchina è tornata rotta col carrello piegato",
        "refund": "aspetto il rimborso da tre settimane",
        "club_price": "sono socio e ho pagato il prezzo pieno",
        "wrong_machine": "mi è tornata una macchina che non è la mia",
    },
    "pt": {
        "lost_parcel": "a minha máquina aparece entregue aí e não a encontram",
        "double_charge": "cobraram-me duas vezes a revisão",
        "damaged": "a máquina voltou partida com o carro torto",
        "refund": "estou há três semanas à espera do reembolso",
        "club_price": "sou do clube e paguei o preço normal",
        "wrong_machine": "devolveram-me uma máquina que não é a minha",
    },
}
CASE_OPENED = {
    "fr": "Bonjour {n}, nous sommes désolés. Votre dossier {c} est ouvert, l'atelier vous répond sous 24 h.",
    "de": "Hallo {n}, das tut uns leid. Ihr Vorgang {c} ist angelegt, die Werkstatt meldet sich innerhalb von 24 Stunden.",
    "en": "Hi {n}, we're sorry. Your case {c} is open and the workshop will reply within 24 hours.",
    "es": "Hola {n}, lo sentimos. Hemos abierto la incidencia {c}, el taller te responde en 24 h.",
    "it": "Ciao {n}, ci dispiace. Abbiamo aperto la pratica {c}, il laboratorio risponde entro 24 ore.",
    "pt": "Olá {n}, lamentamos. Abrimos o processo {c}, a oficina responde em 24 h.",
}
GOOD_NEWS = {
    "fr": "Bonne nouvelle sur le dossier {c} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ?",
    "de": "Gute Nachricht zum Vorgang {c}: Es ist erledigt. Können Sie uns bestätigen, dass alles passt?",
    "en": "Good news on case {c}: it's sorted on our side. Could you confirm all is well?",
    "es": "Buenas noticias sobre la incidencia {c}: está resuelta. ¿Nos confirmas que todo está bien?",
    "it": "Buone notizie sulla pratica {c}: è risolta. Ci confermi che è tutto a posto?",
    "pt": "Boas notícias sobre o processo {c}: está resolvido. Pode confirmar que está tudo bem?",
}
CONFIRM = {
    "fr": [
        "C'est bon pour le dossier {c}, merci !",
        "Confirmé pour {c}, tout est rentré dans l'ordre.",
    ],
    "de": ["Passt, Vorgang {c} ist erledigt, danke!", "Bestätigt für {c}, alles gut."],
    "en": ["All good on {c}, thank you"],
    "es": ["Confirmado lo de {c}, gracias"],
    "it": ["Confermo per {c}, grazie"],
    "pt": ["Confirmado o {c}, obrigado"],
}
APOLOGY = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir géré.",
        "Je me suis un peu emporté hier, pardon. Merci pour la réactivité.",
    ],
    "de": [
        "Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs Kümmern.",
        "Entschuldigung wegen gestern, ich war echt sauer. Danke für die schnelle Hilfe.",
    ],
    "en": ["Sorry for yesterday's message, I was wound up. Thanks for sorting it."],
    "es": ["Perdón por el mensaje de ayer, estaba muy agobiada. Gracias"],
    "it": ["Scusate per ieri, ero nervoso. Grazie"],
    "pt": ["Desculpem a mensagem de ontem, estava irritada. Obrigada"],
}
QUALITY = {
    "fr": "Bonjour {n}, votre dossier {c} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "de": "Hallo {n}, Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "en": "Hi {n}, your case {c} is now with our quality lead, who will call you before Friday lunchtime.",
    "es": "Hola {n}, tu incidencia {c} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "it": "Ciao {n}, la tua pratica {c} è ora con il nostro responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "pt": "Olá {n}, o seu processo {c} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
}
URGENT = {
    "fr": "C'est ajouté à votre dossier {c}, marqué urgent.",
    "de": "Ist Ihrem Vorgang {c} hinzugefügt, als dringend markiert.",
    "en": "Added to your case {c}, marked urgent.",
    "es": "Añadido a tu incidencia {c}, marcada como urgente.",
    "it": "Aggiunto alla pratica {c}, segnata urgente.",
    "pt": "Adicionado ao processo {c}, marcado urgente.",
}
AGAIN = {
    "fr": [
        "Toujours rien pour le dossier {c}. Le problème est toujours là.",
        "Je reviens vers vous pour {c}, c'est toujours pas réglé.",
    ],
    "de": [
        "Immer noch nichts zu Vorgang {c}. Das Problem besteht weiter.",
        "Ich melde mich erneut wegen {c}, immer noch nicht gelöst.",
    ],
    "en": ["Still nothing on case {c}. The problem is still there."],
    "es": ["Sigo sin nada de la incidencia {c}. Sigue igual."],
    "it": ["Ancora niente sulla pratica {c}. Il problema resta."],
    "pt": ["Continuo sem nada do processo {c}. Está igual."],
}
THIRD = {
    "fr": " Une collègue fait réviser chez {x} et c'est réglé dans la journée.",
    "de": " Ein Kollege lässt bei {x} warten, die klären so was am selben Tag.",
    "en": " A friend uses {x} and they sort this the same day.",
    "es": " He mirado lo que cobra {x}.",
    "it": " Ho guardato quanto chiede {x}.",
    "pt": " Já vi quanto cobra a {x}.",
}
FOURTH = {
    "fr": " C'est la QUATRIÈME fois que j'écris.",
    "de": " Das ist das VIERTE Mal, dass ich schreibe.",
    "en": " This is the FOURTH time I'm writing.",
    "es": " Es la CUARTA vez que escribo.",
    "it": " È la QUARTA volta che scrivo.",
    "pt": " É a QUARTA vez que escrevo.",
}
SLIDE = {
    "fr": [
        "Le carton de retour est arrivé avec deux jours de retard, sans prévenir.",
        "Ruban reçu déjà sec, bof.",
        "Il faut maintenant photographier chaque touche avant l'envoi ? Sérieusement ?",
        "Frais de port doublés sans annonce, et dix jours pour rembourser.",
        "25 € de « frais de nettoyage » pour une machine que j'avais rendue impeccable, photos à l'appui. Scandaleux.",
        "Mon voisin passe par {x}, j'y envoie ma machine samedi.",
    ],
    "de": [
        "Der Rückversandkarton kam zwei Tage zu spät, ohne Info.",
        "Farbband schon eingetrocknet angekommen, naja.",
        "Jetzt soll ich jede Taste vor dem Versand fotografieren? Ernsthaft?",
        "Versandkosten verdoppelt ohne Ankündigung, und zehn Tage für die Erstattung.",
        "25 € „Reinigungsgebühr“ für eine Maschine, die ich blitzsauber zurückgeschickt habe, mit Fotos. Unverschämt.",
        "Mein Nachbar geht zu {x}, da schicke ich meine Maschine am Samstag hin.",
    ],
    "en": [
        "Return box turned up two days late, no heads-up.",
        "Ribbon arrived dried out, meh.",
        "Photograph every key before sending now? Really?",
        "Postage doubled with no warning and ten days for a refund.",
        "£22 'cleaning fee' for a machine I sent back spotless, with photos. Outrageous.",
        "My neighbour uses {x}, sending mine there on Saturday.",
    ],
    "es": [
        "La caja de devolución llegó dos días tarde sin avisar.",
        "La cinta llegó seca, regular.",
        "¿Ahora hay que fotografiar cada tecla antes de enviar? ¿En serio?",
        "Envío al doble sin avisar y diez días para devolver el dinero.",
        "25 € de «limpieza» por una máquina que devolví impecable, con fotos. Vergonzoso.",
        "Mi vecino usa {x}, el sábado le mando la mía.",
    ],
    "it": [
        "La scatola per il reso è arrivata con due giorni di ritardo.",
        "Nastro arrivato secco, mah.",
        "Adesso devo fotografare ogni tasto prima di spedire? Davvero?",
        "Spedizione raddoppiata senza avviso e dieci giorni per il rimborso.",
        "25 € di «pulizia» per una macchina restituita perfetta, con foto. Vergogna.",
        "Il mio vicino usa {x}, sabato mando la mia lì.",
    ],
    "pt": [
        "A caixa de devolução chegou dois dias atrasada.",
        "Fita chegou seca, enfim.",
        "Agora tenho de fotografar cada tecla antes de enviar? A sério?",
        "Portes a dobrar sem aviso e dez dias para reembolsar.",
        "25 € de «limpeza» por uma máquina que devolvi impecável, com fotos. Vergonha.",
        "O meu vizinho usa a {x}, no sábado mando lá a minha.",
    ],
}
LEAVE = {
    "fr": [
        "Bonjour, j'ai fini mon manuscrit et je range la machine pour de bon. Je voudrais résilier le Typello Club et fermer mon compte.",
        "Je déménage à l'étranger et je vends ma machine. Merci de résilier mon abonnement Club et de clôturer le compte.",
    ],
    "de": [
        "Hallo, die Doktorarbeit ist fertig und die Maschine kommt in den Keller. Bitte Typello Club kündigen und Konto schließen.",
        "Ich ziehe ins Ausland und verkaufe die Maschine. Bitte die Club-Mitgliedschaft kündigen und mein Konto löschen.",
    ],
    "en": ["Hi, I've sold the typewriter, please cancel my Typello Club and close the account."],
    "es": ["Hola, he vendido la máquina, quiero cancelar el Club y cerrar la cuenta."],
    "it": ["Ciao, ho venduto la macchina, vorrei disdire il Club e chiudere l'account."],
    "pt": ["Olá, vendi a máquina, quero cancelar o Clube e fechar a conta."],
}
SORRY_GO = {
    "fr": "Bonjour {n}, dommage de vous voir partir. Vous pouvez résilier vous-même dans l'app ou sur le site.",
    "de": "Hallo {n}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen.",
    "en": "Hi {n}, sorry to see you go. You can cancel yourself in the app or on the website.",
    "es": "Hola {n}, sentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web.",
    "it": "Ciao {n}, ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito.",
    "pt": "Olá {n}, lamentamos vê-lo partir. Pode cancelar na app ou no site.",
}
GRUMBLE = {
    "fr": [
        "L'app me déconnecte à chaque fois, pénible.",
        "Le SMS « votre colis arrive » à 6h du matin, vraiment ?",
        "Toujours pas de ruban violet en stock.",
    ],
    "de": [
        "Die App meldet mich jedes Mal ab, nervig.",
        "Die SMS „Ihr Paket kommt“ um 6 Uhr morgens, echt jetzt?",
        "Immer noch kein violettes Farbband lieferbar.",
    ],
    "en": ["The app logs me out every single time.", "Delivery text at 6am, really?"],
    "es": [
        "La app me cierra la sesión cada vez.",
        "El SMS de reparto a las 6 de la mañana, en serio",
    ],
    "it": ["L'app mi disconnette ogni volta.", "SMS di consegna alle 6 del mattino, davvero?"],
    "pt": ["A app desliga-me a sessão sempre.", "SMS de entrega às 6 da manhã, a sério?"],
}
SARCASM = {
    "fr": "Livraison « express » du ruban : 9 jours. Bravo Typello 👏",
    "de": "„Express“-Versand fürs Farbband: 9 Tage. Glückwunsch Typello 👏",
    "en": "'Express' ribbon delivery: 9 days. Well done Typello 👏",
    "es": "Envío «exprés» de la cinta: 9 días. Enhorabuena Typello 👏",
    "it": "Spedizione «express» del nastro: 9 giorni. Complimenti Typello 👏",
    "pt": "Entrega «expresso» da fita: 9 dias. Parabéns Typello 👏",
}
MILD = {
    "fr": "Petit souci : la recherche des rubans affiche des modèles qui ne vont pas sur ma machine.",
    "de": "Kleinigkeit: Die Bandsuche zeigt Modelle an, die nicht zu meiner Maschine passen.",
    "en": "Small thing: the ribbon search shows ribbons that don't fit my model.",
    "es": "Una cosa: el buscador de cintas muestra modelos que no valen para mi máquina.",
    "it": "Piccola cosa: la ricerca nastri mostra modelli non compatibili.",
    "pt": "Uma coisa: a pesquisa de fitas mostra modelos que não servem.",
}
ACK = {
    "fr": "Merci {n}, c'est noté, nous transmettons à l'équipe.",
    "de": "Danke {n}, ist notiert und geht ans Team.",
    "en": "Thanks {n}, noted and passed on to the team.",
    "es": "Gracias {n}, lo pasamos al equipo.",
    "it": "Grazie {n}, lo passiamo al team.",
    "pt": "Obrigado {n}, passamos à equipa.",
}
# The spike.
SPIKE_TOPIC = "typewriter-service app: checkout and return-label step fails, no label or payment possible, error TY|4052"
SPIKE = {
    "fr": [
        "Impossible de payer ni d'imprimer l'étiquette retour dans l'app Typello, erreur TY|4052",
        "L'app plante à l'étiquette d'envoi, code TY|4052, je dois poster la machine ce matin !",
        "TY|4052 à chaque fois que je valide le panier, ça marche plus",
    ],
    "de": [
        "Typello-App: Bezahlen und Rücksendeetikett gehen nicht, Fehler TY|4052",
        "Kann kein Versandetikett erstellen, die App zeigt TY|4052. Die Post schließt um 12!",
        "Jedes Mal TY|4052 beim Bestellen, geht gar nichts mehr",
    ],
    "en": [
        "Can't pay or print the return label in the Typello app, error TY|4052",
        "TY|4052 every time I check out",
    ],
    "es": [
        "No puedo pagar ni sacar la etiqueta en la app de Typello, error TY|4052",
        "TY|4052 cada vez que intento pagar",
    ],
    "it": [
        "Non riesco a pagare né a stampare l'etichetta nell'app Typello, errore TY|4052",
        "TY|4052 ogni volta che pago",
    ],
    "pt": [
        "Não consigo pagar nem imprimir a etiqueta na app Typello, erro TY|4052",
        "TY|4052 sempre que tento pagar",
    ],
}
SPIKE_AGAIN = {
    "fr": "Toujours TY|4052, même depuis l'ordinateur de mon mari.",
    "de": "Immer noch TY|4052, auch am Laptop.",
    "en": "Still TY|4052, on the laptop too.",
    "es": "Sigue TY|4052, también desde el ordenador.",
    "it": "Ancora TY|4052, anche dal computer.",
    "pt": "Continua TY|4052, também no computador.",
}
SPIKE_CHAT = {
    "fr": "Oui, le paiement et les étiquettes ne passent plus en ce moment, nos ingénieurs sont dessus.",
    "de": "Ja, Bezahlung und Etiketten gehen gerade nicht, unsere Technik ist dran.",
    "en": "Yes, checkout and labels are failing right now, our engineers are on it.",
    "es": "Sí, pagos y etiquetas fallan ahora mismo, nuestros ingenieros están en ello.",
    "it": "Sì, pagamenti ed etichette non vanno al momento, i tecnici ci lavorano.",
    "pt": "Sim, pagamentos e etiquetas estão a falhar, os técnicos estão a tratar.",
}
SPIKE_FIXED = {
    "fr": "Bonjour {n}, le paiement et les étiquettes refonctionnent depuis 11h40. Les frais de port de votre prochain envoi sont offerts.",
    "de": "Hallo {n}, Bezahlung und Etiketten funktionieren seit 11:40 wieder. Ihr nächster Versand geht auf uns.",
    "en": "Hi {n}, checkout and labels work again since 10:40. Your next postage is on us.",
    "es": "Hola {n}, pagos y etiquetas funcionan de nuevo desde las 11:40. Tu próximo envío va por nuestra cuenta.",
    "it": "Ciao {n}, pagamenti ed etichette funzionano di nuovo dalle 11:40. La prossima spedizione la offriamo noi.",
    "pt": "Olá {n}, pagamentos e etiquetas voltaram a funcionar desde as 10:40. O próximo envio é por nossa conta.",
}
LONE_Q = {
    "fr": "Hier soir l'étiquette retour s'est affichée en PDF vide, puis normale après rechargement. Ça ira demain ?",
    "de": "Gestern Abend war das Rücksendeetikett erst ein leeres PDF, nach Neuladen normal. Klappt das morgen?",
}
LONE_A = {
    "fr": "Oui, un rechargement suffit parfois, l'étiquette est valable.",
    "de": "Ja, manchmal hilft Neuladen, das Etikett ist gültig.",
}
COMPETITORS = ("Farbbandia", "Tastero")
