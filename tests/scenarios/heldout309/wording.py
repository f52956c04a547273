"""Wording of heldout309 (blind): Cordalto, string-instrument repair by courier."""

# ruff: noqa: E501
from __future__ import annotations

import random
from typing import Any

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Mathieu",
        "Élodie",
        "Julien",
        "Sophie",
        "Thibault",
        "Aurélie",
        "Nicolas",
        "Léa",
        "Hugo",
    ],
    "en": [
        "Oliver",
        "Hannah",
        "George",
        "Priya",
        "Callum",
        "Rosie",
        "Declan",
        "Megan",
        "Tom",
        "Aisling",
    ],
    "de": ["Jonas", "Miriam", "Felix", "Katrin", "Lukas", "Anja"],
    "es": ["Álvaro", "Lucía", "Diego", "Marta", "Pablo", "Nerea"],
    "it": ["Matteo", "Giulia", "Lorenzo", "Chiara", "Davide", "Sara"],
    "pt": ["João", "Inês", "Rui", "Beatriz", "Tiago", "Mariana"],
}
LAST: dict[str, list[str]] = {
    "fr": ["Lefèvre", "Moreau", "Girard", "Bonnet", "Dufour", "Lambert", "Fontaine", "Rousseau"],
    "en": ["Whitaker", "Okafor", "Brennan", "Hughes", "Patel", "Donnelly", "Fraser", "Cole"],
    "de": ["Vogel", "Hartmann", "Krüger", "Lindner", "Seidel", "Böhm"],
    "es": ["Navarro", "Ibáñez", "Rubio", "Castro", "Ortega", "Peña"],
    "it": ["Ferri", "Galli", "Marchetti", "Riva", "Conti", "De Luca"],
    "pt": ["Carvalho", "Pinto", "Moura", "Teixeira", "Lopes", "Faria"],
}
PRODUCTS = [
    ("Guitar full setup / Réglage complet guitare", 89),
    ("Violin restring and bridge check / Cordes et chevalet violon", 64),
    ("Fret dress / Rectification des frettes", 140),
    ("Cello bridge fitting / Chevalet violoncelle", 175),
    ("Bass setup / Réglage basse", 95),
    ("Pickup install / Pose de micro", 120),
]
B2B_PRODUCTS = [
    ("School violins, term service x10 / Révision violons école x10", 620),
    ("Orchestra strings check / Contrôle cordes orchestre", 940),
    ("Rental guitars setup x6 / Réglage guitares location x6", 480),
]

T: dict[str, dict[str, list[str]]] = {
    "fr": {
        "praise": [
            "Ma guitare est revenue de chez Cordalto, elle n'a jamais joué aussi bien, l'action est parfaite",
            "Troisième passage chez Cordalto pour le violon de ma fille, encore une fois impeccable, merci !",
            "Franchement le coursier est venu chercher le violoncelle à l'heure dite, housse rembourrée fournie. Top",
        ],
        "gripe_praise": [
            "Réglage nickel, juste le suivi dans l'appli qui reste bloqué sur « en atelier » alors que je l'ai reçue",
            "Très contente du travail sur les frettes, seul bémol : le carton de retour était un peu juste",
        ],
        "question": [
            "Bonjour, vous faites aussi les ukulélés ou seulement guitares et violons ?",
            "Est-ce que je peux choisir mes cordes pour le réglage ou vous mettez les vôtres ?",
            "Bonsoir, combien de jours en moyenne pour un chevalet de violoncelle ?",
        ],
        "answer": [
            "Bonjour, oui, on prend les ukulélés, guitares, basses et tout le quatuor. Bonne journée, Cordalto",
            "Vous pouvez indiquer vos cordes dans la commande, sinon on monte celles d'origine. Belle journée",
        ],
        "thanks": ["Merci beaucoup !", "Super merci", "Parfait, merci pour la réponse"],
        "night": [
            "2h du mat, j'ai enfin rejoué mon vieux morceau sur la guitare révisée par Cordalto, les voisins dorment j'espère",
            "Garde de nuit aux urgences, pause café, je réserve la révision du violon du petit sur Cordalto",
        ],
        "review": [
            "Travail soigné, délai tenu, je recommande",
            "Luthiers sérieux, emballage très protecteur",
        ],
        "sarcasm": [
            "Bravo Cordalto, ma guitare est revenue avec des cordes neuves… et le capodastre de quelqu'un d'autre dans l'étui 👏",
            "Livraison « express » à 21h un dimanche, pile pour répéter en pyjama 🙄",
        ],
        "survey_word": ["Parfait", "Très bien", "", "👍"],
        "low_word": ["Déçue", "Pas terrible", ""],
    },
    "en": {
        "praise": [
            "Got my Strat back from Cordalto and honestly it plays better than the day I bought it",
            "Third time using Cordalto for my son's violin and yet again spot on, thank you folks",
            "Courier turned up bang on time with a proper padded case for the cello. Really impressed",
        ],
        "gripe_praise": [
            "Lovely setup, only the tracking page still says 'in the workshop' though it's sat on my sofa",
            "Really pleased with the fret work, just wish the return box had a bit more padding",
        ],
        "question": [
            "Hi, do you do mandolins or is it just guitars and violins?",
            "Can I send my own strings with the guitar for the setup?",
            "hiya how long does a cello bridge usually take at the moment",
        ],
        "answer": [
            "Hi, yes, mandolins, ukuleles and the whole violin family too. Have a good day, Cordalto",
            "You can pop your strings in the case and note it on the order, we'll fit those. Cheers",
        ],
        "thanks": ["Thanks a lot!", "Brilliant, cheers", "Great, thank you"],
        "night": [
            "3am and I'm playing the old songs on the guitar Cordalto fixed, headphones on, neighbours safe",
            "Night shift at the depot, tea break, booking the violin's service on Cordalto before I forget",
        ],
        "review": [
            "Careful work, back on the day promised",
            "Proper luthiers, packaging was excellent",
        ],
        "sarcasm": [
            "Cheers Cordalto, got my guitar back with fresh strings and someone else's capo in the case 👏",
            "'Express' return at 9pm on a Sunday, perfect for practising in my pyjamas 🙄",
        ],
        "survey_word": ["Great", "Spot on", "", "👍"],
        "low_word": ["Disappointed", "Not good", ""],
    },
    "de": {
        "praise": [
            "Gitarre von Cordalto zurück und sie spielt sich besser als neu gekauft, super Arbeit",
            "Schon wieder die Geige meiner Tochter bei Cordalto, schon wieder perfekt. Danke!",
        ],
        "gripe_praise": [
            "Einstellung top, nur die Sendungsverfolgung zeigt immer noch 'in der Werkstatt'"
        ],
        "question": [
            "Hallo, macht ihr auch Mandolinen?",
            "Kann ich meine eigenen Saiten mitschicken?",
        ],
        "answer": ["Hallo, ja, Mandolinen und Ukulelen auch. Schönen Tag, Ihr Cordalto-Team"],
        "thanks": ["Danke!", "Super, vielen Dank"],
        "night": [
            "Nachtschicht vorbei, 4 Uhr, spiele leise auf der Gitarre, die Cordalto gerichtet hat"
        ],
        "review": ["Saubere Arbeit, pünktlich zurück"],
        "sarcasm": [
            "Danke Cordalto, Gitarre zurück mit neuen Saiten und dem Kapodaster eines Fremden im Koffer 👏"
        ],
        "survey_word": ["Prima", ""],
        "low_word": ["Enttäuscht", ""],
    },
    "es": {
        "praise": [
            "Me devolvieron la guitarra de Cordalto y suena mejor que cuando la compré, qué maravilla",
            "Tercera vez que mando el violín de mi hija a Cordalto y otra vez perfecto, gracias!",
        ],
        "gripe_praise": [
            "Ajuste perfecto, solo que el seguimiento sigue diciendo 'en taller' y ya la tengo en casa"
        ],
        "question": [
            "Hola, ¿arregláis también mandolinas?",
            "¿Puedo mandar mis propias cuerdas con la guitarra?",
        ],
        "answer": ["Hola, sí, mandolinas y ukeleles también. Un saludo, equipo Cordalto"],
        "thanks": ["Gracias!", "Genial, gracias"],
        "night": [
            "Las 3 y tocando bajito la guitarra que me arregló Cordalto, no puedo dormir jaja"
        ],
        "review": ["Trabajo muy cuidado, llegó el día prometido"],
        "sarcasm": [
            "Gracias Cordalto, la guitarra volvió con cuerdas nuevas y la cejilla de otro en el estuche 👏"
        ],
        "survey_word": ["Genial", ""],
        "low_word": ["Decepcionada", ""],
    },
    "it": {
        "praise": [
            "Chitarra tornata da Cordalto, suona meglio di quando l'ho comprata, complimenti",
            "Terza volta che mando il violino di mia figlia a Cordalto, sempre perfetto. Grazie!",
        ],
        "gripe_praise": ["Regolazione ottima, solo il tracciamento dice ancora 'in laboratorio'"],
        "question": [
            "Ciao, riparate anche mandolini?",
            "Posso mandare le mie corde con la chitarra?",
        ],
        "answer": ["Ciao, sì, anche mandolini e ukulele. Buona giornata, Cordalto"],
        "thanks": ["Grazie!", "Perfetto, grazie mille"],
        "night": ["Le 2 di notte e suono piano la chitarra sistemata da Cordalto, insonnia"],
        "review": ["Lavoro accurato, riconsegna puntuale"],
        "sarcasm": [
            "Grazie Cordalto, chitarra tornata con corde nuove e il capotasto di un altro nella custodia 👏"
        ],
        "survey_word": ["Ottimo", ""],
        "low_word": ["Delusa", ""],
    },
    "pt": {
        "praise": [
            "A guitarra voltou da Cordalto e está a tocar melhor do que nova, excelente trabalho",
            "Terceira vez que mando o violino da minha filha à Cordalto, outra vez perfeito. Obrigada!",
        ],
        "gripe_praise": [
            "Afinação ótima, só o seguimento ainda diz 'na oficina' e já a tenho em casa"
        ],
        "question": [
            "Olá, também reparam bandolins?",
            "Posso enviar as minhas cordas com a guitarra?",
        ],
        "answer": ["Olá, sim, bandolins e cavaquinhos também. Bom dia, equipa Cordalto"],
        "thanks": ["Obrigado!", "Ótimo, obrigada"],
        "night": ["3 da manhã a tocar baixinho a guitarra que a Cordalto arranjou, sem sono"],
        "review": ["Trabalho cuidado, chegou no dia prometido"],
        "sarcasm": [
            "Obrigado Cordalto, a guitarra voltou com cordas novas e o capotraste de outra pessoa no estojo 👏"
        ],
        "survey_word": ["Ótimo", ""],
        "low_word": ["Desiludida", ""],
    },
}

#: Consumer problems: lost (courier says delivered, never came), double (charged twice),
#: damage (crack after the repair), late (promised 5 days, three weeks).
PROBLEMS = ["lost", "double", "damage", "late"]
P: dict[str, dict[str, list[str]]] = {
    "fr": {
        "lost": [
            "Le suivi dit que ma guitare m'a été livrée hier à 14h, je n'ai RIEN reçu. C'est un instrument à 1800 €, je veux savoir où elle est",
            "Retour « livré » selon votre appli mais aucun colis, ni chez moi ni chez la gardienne. Je suis inquiète pour mon violon",
        ],
        "double": [
            "Vous m'avez débité deux fois le réglage, 89 € et encore 89 €. Merci de rembourser le double",
            "Double prélèvement pour une seule révision, je vois les deux lignes sur mon compte",
        ],
        "damage": [
            "Mon violon est revenu avec une fissure sur la table à côté du chevalet. Il n'y était pas avant l'envoi",
            "La guitare est revenue avec le manche qui frise partout et une éraflure sur la caisse, c'est pire qu'avant",
        ],
        "late": [
            "On m'avait promis 5 jours ouvrés, ça fait trois semaines que mon violoncelle est chez vous et j'ai un concert samedi",
            "Toujours pas de nouvelles de ma basse, 19 jours au lieu de 5, personne ne répond",
        ],
    },
    "en": {
        "lost": [
            "Tracking says my guitar was delivered yesterday at 2pm, I have NOTHING. That's a £1500 instrument, where is it",
            "App says 'delivered' but there's no parcel, not with me, not with the neighbours. Worried sick about my violin",
        ],
        "double": [
            "You've charged me twice for the setup, £79 and then £79 again. Please refund one",
            "Two payments taken for one service, both showing on my bank app",
        ],
        "damage": [
            "My violin came back with a crack in the top right by the bridge. It was not there when I sent it",
            "Guitar came back buzzing on every fret and a scratch on the body, it's worse than before",
        ],
        "late": [
            "You promised 5 working days, my cello has been with you three weeks and I've a concert on Saturday",
            "Still nothing on my bass, 19 days instead of 5 and nobody answers",
        ],
    },
    "de": {
        "lost": [
            "Laut Sendungsverfolgung wurde meine Gitarre gestern zugestellt, hier ist NICHTS angekommen"
        ],
        "double": ["Sie haben die Einstellung ZWEIMAL abgebucht, 89 € und nochmal 89 €"],
        "damage": [
            "Meine Geige kam mit einem Riss in der Decke neben dem Steg zurück, der war vorher nicht da"
        ],
        "late": [
            "Fünf Werktage versprochen, seit drei Wochen ist mein Cello bei Ihnen und Samstag ist Konzert"
        ],
    },
    "es": {
        "lost": ["El seguimiento dice que me entregaron la guitarra ayer, aquí no ha llegado NADA"],
        "double": ["Me habéis cobrado DOS veces el ajuste, 89 € y otra vez 89 €"],
        "damage": ["El violín volvió con una grieta en la tapa junto al puente, antes no estaba"],
        "late": [
            "Me prometisteis 5 días laborables y llevo tres semanas sin mi chelo, el sábado tengo concierto"
        ],
    },
    "it": {
        "lost": ["Il tracciamento dice consegnata ieri, ma qui la chitarra non è MAI arrivata"],
        "double": ["Mi avete addebitato DUE volte la regolazione, 89 € e di nuovo 89 €"],
        "damage": [
            "Il violino è tornato con una crepa sulla tavola vicino al ponticello, prima non c'era"
        ],
        "late": [
            "Promessi 5 giorni lavorativi, il violoncello è da voi da tre settimane e sabato ho un concerto"
        ],
    },
    "pt": {
        "lost": ["O seguimento diz que a guitarra foi entregue ontem, aqui não chegou NADA"],
        "double": ["Cobraram-me DUAS vezes a afinação, 89 € e outra vez 89 €"],
        "damage": ["O violino voltou com uma racha no tampo junto ao cavalete, antes não tinha"],
        "late": [
            "Prometeram 5 dias úteis, o violoncelo está convosco há três semanas e sábado tenho concerto"
        ],
    },
}

LONG: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du kiné de mon père, entre deux rendez-vous, parce que je n'ai pas eu une minute à moi cette semaine. Nous préparons la fête de fin d'année de l'école de musique où j'enseigne et j'avais confié à Cordalto ma guitare classique pour un réglage.\n\n{complaint}\n\nJe suis cliente depuis des années et je vous ai toujours recommandés, mais là je ne comprends pas. Merci de me rappeler rapidement.\n\nCordialement,\n{name}",
        "Madame, Monsieur,\n\nentre le déménagement de ma mère et les devoirs des enfants, j'avoue que je n'avais pas besoin de ça. J'avais tout organisé pour que l'instrument soit prêt avant les vacances.\n\n{complaint}\n\nJ'attends une réponse claire et une solution, pas un message automatique.\n\n{name}",
    ],
    "en": [
        "Hello,\n\nI'm writing this from the car outside my daughter's swimming lesson because it's the only quiet ten minutes I get. We've had the in-laws staying all week and I'd sent my acoustic to Cordalto so it would be ready for my brother's wedding.\n\n{complaint}\n\nI've used you for years and always sent friends your way, but this isn't on. Please ring me back today.\n\nRegards,\n{name}",
        "Dear Cordalto,\n\nbetween the kitchen being ripped out and two kids off sick, this is the last thing I needed. I booked early precisely so the instrument would be back in time for the grade exam.\n\n{complaint}\n\nI'd like a proper answer from a person, not another template.\n\n{name}",
    ],
}

AGENT: dict[str, dict[str, str]] = {
    "fr": {
        "case": "Bonjour {first}, nous avons bien reçu votre message, dossier {ref} ouvert. Un technicien revient vers vous sous 24 h. L'équipe Cordalto",
        "chat_case": "Je suis désolé, j'ouvre le dossier {ref} tout de suite et je le transmets à l'atelier.",
        "good": "Bonjour {first}, bonne nouvelle sur le dossier {ref} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est bon ?",
        "quality": "Bonjour {first}, votre dossier {ref} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi.",
        "urgent": "Ajouté à votre dossier {ref}, marqué urgent.",
        "bye": "Bonjour {first}, nous sommes désolés de vous voir partir. Vous pouvez résilier Cordalto Soin vous-même dans l'appli ou sur le site.",
        "form": "Merci {first}, votre suggestion est transmise à l'équipe (réf. {ref}).",
    },
    "en": {
        "case": "Hi {first}, thanks for getting in touch, case {ref} is open. A technician will come back to you within 24 hours. Cordalto",
        "chat_case": "I'm sorry about that, I've opened case {ref} and passed it to the workshop.",
        "good": "Hi {first}, good news on case {ref}: it's sorted on our side. Could you confirm all is well?",
        "quality": "Hi {first}, your case {ref} is now with our quality lead, who will call you before Friday lunchtime.",
        "urgent": "Added to your case {ref}, marked urgent.",
        "bye": "Hi {first}, sorry to see you go. You can cancel Cordalto Care yourself in the app or on the website.",
        "form": "Thanks {first}, your suggestion is with the team (ref {ref}).",
    },
    "de": {
        "case": "Hallo {first}, danke für Ihre Nachricht, Vorgang {ref} ist eröffnet. Wir melden uns binnen 24 Stunden. Cordalto",
        "chat_case": "Das tut mir leid, ich habe Vorgang {ref} eröffnet und an die Werkstatt gegeben.",
        "good": "Hallo {first}, gute Nachricht zu Vorgang {ref}: erledigt. Können Sie bestätigen, dass alles passt?",
        "quality": "Hallo {first}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
        "urgent": "Zu Vorgang {ref} hinzugefügt, als dringend markiert.",
        "bye": "Hallo {first}, schade, dass Sie gehen. Sie können Cordalto Pflege selbst in der App oder auf der Website kündigen.",
        "form": "Danke {first}, Ihr Vorschlag ist beim Team (Ref. {ref}).",
    },
    "es": {
        "case": "Hola {first}, hemos recibido tu mensaje, incidencia {ref} abierta. Un técnico te responde en 24 h. Cordalto",
        "chat_case": "Lo siento mucho, abro la incidencia {ref} y la paso al taller.",
        "good": "Hola {first}, buenas noticias sobre la incidencia {ref}: resuelto. ¿Nos confirmas que todo está bien?",
        "quality": "Hola {first}, tu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
        "urgent": "Añadido a tu incidencia {ref}, marcada urgente.",
        "bye": "Hola {first}, sentimos que te vayas. Puedes dar de baja Cordalto Cuidado tú mismo en la app o en la web.",
        "form": "Gracias {first}, tu sugerencia ya está con el equipo (ref. {ref}).",
    },
    "it": {
        "case": "Ciao {first}, abbiamo ricevuto il messaggio, pratica {ref} aperta. Un tecnico ti risponde entro 24 ore. Cordalto",
        "chat_case": "Mi dispiace, apro subito la pratica {ref} e la passo al laboratorio.",
        "good": "Ciao {first}, buone notizie sulla pratica {ref}: risolto. Puoi confermarci che va tutto bene?",
        "quality": "Ciao {first}, la tua pratica {ref} ora è seguita dalla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
        "urgent": "Aggiunto alla pratica {ref}, segnata urgente.",
        "bye": "Ciao {first}, ci dispiace vederti andare. Puoi disdire Cordalto Cura da solo nell'app o sul sito.",
        "form": "Grazie {first}, il suggerimento è arrivato al team (rif. {ref}).",
    },
    "pt": {
        "case": "Olá {first}, recebemos a sua mensagem, pedido {ref} aberto. Um técnico responde em 24 h. Cordalto",
        "chat_case": "Lamento muito, abri o pedido {ref} e passei à oficina.",
        "good": "Olá {first}, boas notícias sobre o pedido {ref}: resolvido. Pode confirmar que está tudo bem?",
        "quality": "Olá {first}, o seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
        "urgent": "Adicionado ao pedido {ref}, marcado urgente.",
        "bye": "Olá {first}, lamentamos vê-lo partir. Pode cancelar o Cordalto Cuidado sozinho na app ou no site.",
        "form": "Obrigado {first}, a sugestão está com a equipa (ref. {ref}).",
    },
}

C: dict[str, dict[str, list[str]]] = {
    "fr": {
        "confirm": [
            "Oui c'est bon pour le dossier {ref}, merci beaucoup",
            "Confirmé pour {ref}, tout est rentré dans l'ordre, merci",
        ],
        "apology": [
            "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça",
            "Je m'excuse pour le ton hier, vous avez été réactifs",
        ],
        "still": [
            "Dossier {ref} : toujours rien, le problème est toujours là",
            "Je relance pour {ref}, rien n'a bougé depuis mon dernier message",
        ],
        "third": [
            "Troisième fois que j'écris pour {ref}. Un ami passe par {comp} et eux règlent ça dans la journée",
            "{ref}, troisième relance. J'ai regardé les tarifs de {comp}, franchement ça fait réfléchir",
        ],
        "fourth": ["QUATRIÈME fois pour le dossier {ref}. Toujours pas de solution"],
        "cancel": [
            "Bonjour, j'ai revendu ma guitare et j'arrête la musique pour l'instant. Je souhaite résilier Cordalto Soin et fermer mon compte",
            "Bonjour, mon fils a arrêté le violon, merci de résilier l'abonnement Cordalto Soin et de clôturer le compte",
        ],
        "grumble": [
            "L'appli me déconnecte à chaque fois, c'est pénible",
            "Encore un SMS « votre instrument part demain » à 6h du matin…",
            "Les créneaux de collecte sont toujours le matin, pas pratique quand on travaille",
        ],
    },
    "en": {
        "confirm": [
            "Yes all fine on case {ref}, thanks very much",
            "Confirmed for {ref}, all sorted, cheers",
        ],
        "apology": [
            "Sorry for my message yesterday, I'd had a nightmare day. Thanks for fixing it",
            "Apologies for the tone yesterday, you were quick to sort it",
        ],
        "still": [
            "Case {ref}: still nothing, the problem's still there",
            "Chasing {ref} again, nothing has moved since I last wrote",
        ],
        "third": [
            "Third time writing about {ref}. A mate uses {comp} and they sort this the same day",
            "{ref}, third chase. I've looked at what {comp} charges and it's tempting",
        ],
        "fourth": ["FOURTH time on case {ref}. Still no fix"],
        "cancel": [
            "Hi, I've sold the guitar and I'm packing in playing for now. Please cancel Cordalto Care and close my account",
            "Hello, my son has given up the violin so please cancel the Cordalto Care plan and close the account",
        ],
        "grumble": [
            "The app logs me out every single time, so annoying",
            "Another 'your instrument ships tomorrow' text at 6am…",
            "Collection slots are always mornings, useless if you work",
        ],
    },
    "de": {
        "confirm": ["Ja, Vorgang {ref} passt, danke"],
        "apology": ["Entschuldigung für gestern, war ein schlimmer Tag. Danke fürs Lösen"],
        "still": ["Vorgang {ref}: immer noch nichts, das Problem besteht weiter"],
        "third": [
            "Zum dritten Mal wegen {ref}. Ein Freund geht zu {comp}, die lösen das am selben Tag"
        ],
        "fourth": ["VIERTES Mal wegen {ref}. Immer noch keine Lösung"],
        "cancel": [
            "Hallo, ich habe die Gitarre verkauft. Bitte Cordalto Pflege kündigen und mein Konto schließen"
        ],
        "grumble": [
            "Die App meldet mich jedes Mal ab",
            "Abholung immer nur vormittags, unpraktisch",
        ],
    },
    "es": {
        "confirm": ["Sí, todo bien con la incidencia {ref}, gracias"],
        "apology": [
            "Perdón por el mensaje de ayer, tuve un día horrible. Gracias por solucionarlo"
        ],
        "still": ["Incidencia {ref}: sigue igual, el problema sigue ahí"],
        "third": [
            "Tercera vez que escribo por {ref}. Un amigo usa {comp} y se lo resuelven en el día"
        ],
        "fourth": ["CUARTA vez por la incidencia {ref}. Sigue sin solución"],
        "cancel": [
            "Hola, he vendido la guitarra. Quiero dar de baja Cordalto Cuidado y cerrar mi cuenta"
        ],
        "grumble": [
            "La app me cierra la sesión cada vez",
            "Las recogidas siempre por la mañana, imposible si trabajas",
        ],
    },
    "it": {
        "confirm": ["Sì, tutto a posto con la pratica {ref}, grazie"],
        "apology": [
            "Scusate per il messaggio di ieri, giornata pessima. Grazie per averlo risolto"
        ],
        "still": ["Pratica {ref}: ancora niente, il problema c'è ancora"],
        "third": [
            "Terza volta che scrivo per {ref}. Un amico va da {comp} e lo risolvono in giornata"
        ],
        "fourth": ["QUARTA volta per la pratica {ref}. Ancora nessuna soluzione"],
        "cancel": [
            "Ciao, ho venduto la chitarra. Vorrei disdire Cordalto Cura e chiudere l'account"
        ],
        "grumble": [
            "L'app mi disconnette ogni volta",
            "Ritiri sempre al mattino, scomodo se lavori",
        ],
    },
    "pt": {
        "confirm": ["Sim, está tudo bem com o pedido {ref}, obrigado"],
        "apology": ["Desculpem a mensagem de ontem, foi um dia péssimo. Obrigada por resolverem"],
        "still": ["Pedido {ref}: continua tudo igual, o problema mantém-se"],
        "third": [
            "Terceira vez que escrevo sobre {ref}. Um amigo usa a {comp} e resolvem no próprio dia"
        ],
        "fourth": ["QUARTA vez sobre o pedido {ref}. Continua sem solução"],
        "cancel": ["Olá, vendi a guitarra. Quero cancelar o Cordalto Cuidado e fechar a conta"],
        "grumble": [
            "A app desliga-me a sessão sempre",
            "Recolhas só de manhã, impossível para quem trabalha",
        ],
    },
}

#: Six steps of a slide; the last names a competitor.
SLIDE: dict[str, list[str]] = {
    "fr": [
        "Guitare revenue un jour plus tard que prévu, sans prévenir. Bon.",
        "Les cordes montées ne sont pas celles que j'avais demandées",
        "Il faut maintenant photographier l'instrument sous six angles avant l'envoi, c'est lourd",
        "La housse de transport m'a été facturée 15 € alors qu'elle était incluse avant",
        "Quarante minutes d'attente au téléphone pour apprendre que mon violon est « en file », franchement ras le bol",
        "Mon prof passe par {comp}, j'y envoie le violoncelle la semaine prochaine",
    ],
    "en": [
        "Guitar came back a day late without a word. Fine.",
        "The strings fitted aren't the ones I asked for",
        "Now I have to photograph the instrument from six angles before sending, what a faff",
        "Got charged £12 for the transport case that used to be included",
        "Forty minutes on hold to hear my violin is 'in the queue', honestly fed up",
        "My teacher uses {comp}, sending the cello to them next week",
    ],
    "de": [
        "Gitarre einen Tag zu spät zurück, ohne Info. Na gut.",
        "Falsche Saiten aufgezogen",
        "Jetzt Fotos aus sechs Winkeln vor dem Versand, umständlich",
        "15 € für die Transporttasche, die früher inklusive war",
        "Vierzig Minuten Warteschleife, ich habe echt genug",
        "Mein Lehrer geht zu {comp}, das Cello schicke ich nächste Woche dorthin",
    ],
    "es": [
        "La guitarra volvió un día tarde sin avisar. Bueno.",
        "Las cuerdas no son las que pedí",
        "Ahora hay que fotografiar el instrumento desde seis ángulos, qué pesadez",
        "Me han cobrado 15 € por la funda de transporte que antes era gratis",
        "Cuarenta minutos al teléfono para oír que mi violín está 'en cola', estoy harta",
        "Mi profesor trabaja con {comp}, el chelo se lo mando a ellos la semana que viene",
    ],
    "it": [
        "Chitarra tornata un giorno in ritardo senza avviso. Vabbè.",
        "Le corde montate non sono quelle richieste",
        "Adesso bisogna fotografare lo strumento da sei angolazioni, che fatica",
        "15 € per la custodia da trasporto che prima era inclusa",
        "Quaranta minuti al telefono per sapere che il violino è 'in coda', basta",
        "Il mio insegnante va da {comp}, il violoncello lo mando lì la prossima settimana",
    ],
    "pt": [
        "A guitarra voltou um dia atrasada sem aviso. Pronto.",
        "As cordas não são as que pedi",
        "Agora é preciso fotografar o instrumento de seis ângulos, que chatice",
        "Cobraram 15 € pela capa de transporte que antes estava incluída",
        "Quarenta minutos ao telefone para saber que o violino está 'em fila', estou farta",
        "O meu professor usa a {comp}, mando o violoncelo para lá na próxima semana",
    ],
}

SPIKE: dict[str, dict[str, Any]] = {
    "fr": {
        "report": [
            "Impossible d'imprimer l'étiquette de collecte dans l'appli, erreur {code}, le coursier arrive dans une heure",
            "L'appli Cordalto affiche {code} quand je veux générer le bordereau d'envoi, je ne peux pas expédier ma guitare",
            "Erreur {code} sur le site aussi, aucune étiquette d'envoi possible ce matin",
        ],
        "again": [
            "Toujours {code}, j'ai essayé sur le site et sur l'ordi de mon mari, rien",
            "Le coursier est reparti sans l'instrument, toujours {code}",
        ],
        "answer": "Oui, la création des étiquettes d'envoi échoue pour tout le monde en ce moment, nos ingénieurs sont dessus.",
        "fixed": "Bonjour {first}, les étiquettes d'envoi fonctionnent de nouveau depuis {local}. La collecte d'aujourd'hui vous est offerte et un avoir de 10 € est ajouté à votre compte.",
        "lone": "Bonjour, hier soir l'étiquette s'est affichée toute petite sur mon téléphone, j'ai zoomé et c'était bon. Le coursier pourra la scanner demain ?",
        "lone_answer": "Bonjour, oui, l'étiquette s'agrandit au zoom et le coursier la scannera sans souci.",
    },
    "en": {
        "report": [
            "Can't print the collection label in the app, error {code}, courier's due in an hour",
            "Cordalto app shows {code} when I try to make the shipping label, can't send my guitar",
            "{code} on the website as well, no label at all this morning",
        ],
        "again": [
            "Still {code}, tried the website and my partner's laptop, nothing",
            "Courier's just left without the instrument, still {code}",
        ],
        "answer": "Yes, shipping labels are failing for everyone right now, our engineers are on it.",
        "fixed": "Hi {first}, shipping labels work again since {local}. Today's collection is on us and a £9 credit has been added to your account.",
        "lone": "Hi, last night the label showed up tiny on my phone, I zoomed in and it was fine. Will the courier be able to scan it tomorrow?",
        "lone_answer": "Hi, yes, zooming in is fine and the courier will scan it without trouble.",
    },
    "de": {
        "report": ["Versandetikett in der App geht nicht, Fehler {code}, der Kurier kommt gleich"],
        "again": ["Immer noch {code}, auch auf der Website"],
        "answer": "Ja, Versandetiketten schlagen gerade bei allen fehl, unsere Technik ist dran.",
        "fixed": "Hallo {first}, Versandetiketten funktionieren wieder seit {local}. Die heutige Abholung geht auf uns, 10 € Guthaben sind gebucht.",
        "lone": "Hallo, gestern Abend war das Etikett winzig auf dem Handy, mit Zoom ging es. Kann der Kurier es morgen scannen?",
        "lone_answer": "Hallo, ja, mit Zoom liest der Kurier es problemlos.",
    },
    "es": {
        "report": [
            "No puedo generar la etiqueta de envío en la app, error {code}, el mensajero viene en una hora"
        ],
        "again": ["Sigue saliendo {code}, también en la web"],
        "answer": "Sí, las etiquetas de envío fallan para todos ahora mismo, nuestros técnicos están en ello.",
        "fixed": "Hola {first}, las etiquetas funcionan de nuevo desde las {local}. La recogida de hoy corre de nuestra cuenta y tienes 10 € de saldo.",
        "lone": "Hola, anoche la etiqueta salía diminuta en el móvil, con zoom se veía bien. ¿La podrá escanear el mensajero mañana?",
        "lone_answer": "Hola, sí, con zoom el mensajero la escanea sin problema.",
    },
    "it": {
        "report": [
            "Non riesco a creare l'etichetta di spedizione nell'app, errore {code}, il corriere arriva tra un'ora"
        ],
        "again": ["Ancora {code}, anche dal sito"],
        "answer": "Sì, le etichette di spedizione non funzionano per nessuno in questo momento, i tecnici ci stanno lavorando.",
        "fixed": "Ciao {first}, le etichette funzionano di nuovo dalle {local}. Il ritiro di oggi è offerto e hai 10 € di credito.",
        "lone": "Ciao, ieri sera l'etichetta era minuscola sul telefono, con lo zoom si vedeva. Il corriere riuscirà a leggerla domani?",
        "lone_answer": "Ciao, sì, con lo zoom il corriere la legge senza problemi.",
    },
    "pt": {
        "report": [
            "Não consigo gerar a etiqueta de envio na app, erro {code}, o estafeta chega daqui a uma hora"
        ],
        "again": ["Continua {code}, também no site"],
        "answer": "Sim, as etiquetas de envio estão a falhar para todos neste momento, os técnicos estão a tratar.",
        "fixed": "Olá {first}, as etiquetas funcionam de novo desde as {local}. A recolha de hoje é oferta e tem 10 € de crédito.",
        "lone": "Olá, ontem à noite a etiqueta aparecia minúscula no telemóvel, com zoom via-se bem. O estafeta vai conseguir ler amanhã?",
        "lone_answer": "Olá, sim, com zoom o estafeta lê sem problema.",
    },
}

#: Business arm (Cordalto Écoles / Schools): invoices, term service late, portal.
B2B_PROBLEMS = ["invoice", "late_term", "portal"]
B2B: dict[str, dict[str, list[str]]] = {
    "fr": {
        "invoice": [
            "Nos factures Cordalto Écoles arrivent sans numéro de bon de commande, la comptabilité de la mairie les rejette toutes"
        ],
        "late_term": [
            "Les 12 violons de l'école devaient revenir révisés avant la rentrée, nous sommes le {day} et rien"
        ],
        "portal": [
            "Le portail Cordalto Écoles n'affiche aucun instrument en atelier, impossible de suivre quoi que ce soit"
        ],
        "follow": [
            "Comme {who} vous l'a écrit ({ref}), même problème : {problem}. Toujours pas résolu ce {day}"
        ],
        "last": [
            "Dossier {ref} : rien n'est réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé un devis à {comp}"
        ],
        "last_call": [
            "oui bonjour c'est pour le dossier {ref} rien n'est réglé mon directeur dit qu'on change de prestataire si ce n'est pas fait cette semaine"
        ],
        "mild": [
            "Suggestion : pourriez-vous indiquer la date du dernier contrôle sur chaque bon de retour ?",
            "Ce serait pratique d'exporter les coûts par établissement",
        ],
        "question": ["Bonjour, pouvez-vous ajouter deux contrebasses à notre révision de juin ?"],
        "praise": ["Instruments de l'orchestre revenus impeccables, merci à l'atelier Cordalto"],
    },
    "en": {
        "invoice": [
            "Our Cordalto Schools invoices come without a PO number and the council's finance team rejects every one"
        ],
        "late_term": [
            "The school's 12 violins were due back serviced before term, it's {day} and nothing"
        ],
        "portal": [
            "The Cordalto Schools portal shows no instruments in the workshop, we can't track anything"
        ],
        "follow": [
            "As {who} wrote to you ({ref}), same problem: {problem}. Still not fixed this {day}"
        ],
        "last": [
            "Case {ref}: nothing is fixed and several colleagues have written. Procurement has already asked {comp} for a quote"
        ],
        "last_call": [
            "hi it's about case {ref} nothing's been fixed my head says we move to another supplier if it isn't sorted this week"
        ],
        "mild": [
            "Suggestion: could you put the last check date on each return note?",
            "Would be handy to export costs by school site",
        ],
        "question": ["Hi, can we add two double basses to the June service?"],
        "praise": ["Orchestra instruments all back spotless, thanks to the Cordalto workshop"],
    },
    "de": {
        "invoice": ["Rechnungen ohne Bestellnummer, unsere Buchhaltung lehnt sie ab"],
        "late_term": [
            "Die 12 Schulgeigen sollten vor Schulbeginn zurück sein, heute ist {day} und nichts"
        ],
        "portal": ["Das Portal zeigt keine Instrumente in der Werkstatt"],
        "follow": [
            "Wie {who} schrieb ({ref}), gleiches Problem: {problem}. Am {day} immer noch nicht gelöst"
        ],
        "last": [
            "Vorgang {ref}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat {comp} um ein Angebot gebeten"
        ],
        "last_call": [
            "ja hallo wegen Vorgang {ref} es ist nichts gelöst mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt"
        ],
        "mild": ["Vorschlag: Datum der letzten Prüfung auf dem Rückschein?"],
        "question": ["Können wir zwei Kontrabässe zur Juni-Wartung hinzufügen?"],
        "praise": ["Orchesterinstrumente tadellos zurück, danke"],
    },
    "es": {
        "invoice": ["Las facturas llegan sin número de pedido y contabilidad las rechaza"],
        "late_term": [
            "Los 12 violines del colegio tenían que volver antes del curso, hoy es {day} y nada"
        ],
        "portal": ["El portal no muestra ningún instrumento en taller"],
        "follow": [
            "Como os escribió {who} ({ref}), mismo problema: {problem}. Sigue sin resolver este {day}"
        ],
        "last": [
            "Incidencia {ref}: nada resuelto y varios compañeros os han escrito. Compras ya ha pedido presupuesto a {comp}"
        ],
        "last_call": [
            "hola llamo por la incidencia {ref} no se ha resuelto nada mi director dice que cambiamos de proveedor si no está esta semana"
        ],
        "mild": ["Sugerencia: poner la fecha de la última revisión en cada albarán"],
        "question": ["¿Podemos añadir dos contrabajos a la revisión de junio?"],
        "praise": ["Instrumentos de la orquesta perfectos, gracias"],
    },
    "it": {
        "invoice": ["Le fatture arrivano senza numero d'ordine e l'amministrazione le rifiuta"],
        "late_term": [
            "I 12 violini della scuola dovevano tornare prima dell'inizio, oggi è {day} e niente"
        ],
        "portal": ["Il portale non mostra nessuno strumento in laboratorio"],
        "follow": [
            "Come vi ha scritto {who} ({ref}), stesso problema: {problem}. Ancora irrisolto questo {day}"
        ],
        "last": [
            "Pratica {ref}: niente risolto e diversi colleghi vi hanno scritto. Gli acquisti hanno chiesto un preventivo a {comp}"
        ],
        "last_call": [
            "buongiorno chiamo per la pratica {ref} non è risolto niente il preside dice che cambiamo fornitore se non si sistema questa settimana"
        ],
        "mild": ["Suggerimento: la data dell'ultimo controllo su ogni bolla di reso"],
        "question": ["Possiamo aggiungere due contrabbassi alla revisione di giugno?"],
        "praise": ["Strumenti dell'orchestra tornati perfetti, grazie"],
    },
    "pt": {
        "invoice": ["As faturas chegam sem número de encomenda e a contabilidade rejeita-as"],
        "late_term": [
            "Os 12 violinos da escola deviam voltar antes do ano letivo, hoje é {day} e nada"
        ],
        "portal": ["O portal não mostra nenhum instrumento na oficina"],
        "follow": [
            "Como {who} vos escreveu ({ref}), mesmo problema: {problem}. Continua por resolver esta {day}"
        ],
        "last": [
            "Pedido {ref}: nada resolvido e vários colegas escreveram. As compras já pediram orçamento à {comp}"
        ],
        "last_call": [
            "bom dia ligo por causa do pedido {ref} nada foi resolvido o diretor diz que mudamos de fornecedor se não ficar resolvido esta semana"
        ],
        "mild": ["Sugestão: a data da última revisão em cada guia de devolução"],
        "question": ["Podemos juntar dois contrabaixos à revisão de junho?"],
        "praise": ["Instrumentos da orquestra impecáveis, obrigado"],
    },
}

WEEKDAY: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
SUBJECT: dict[str, str] = {
    "fr": "Réclamation",
    "en": "Complaint",
    "de": "Beschwerde",
    "es": "Reclamación",
    "it": "Reclamo",
    "pt": "Reclamação",
}


def pick(rng: random.Random, table: dict[str, Any], lang: str, key: str, **kw: str) -> str:
    """One variant of a table's entry for a language, filled in."""
    variants = table[lang][key]
    text: str = rng.choice(variants) if isinstance(variants, list) else variants
    return text.format(**kw) if kw else text
