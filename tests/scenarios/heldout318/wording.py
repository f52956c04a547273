# ruff: noqa: E501
"""Wording of the 318th blind set: Clavexo, key copies by app and post."""

from __future__ import annotations

import random

LANGS = ["es", "en", "de", "fr", "it", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "es": ["ES"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE"],
    "it": ["IT", "CH"],
    "pt": ["PT"],
}
COMPETITORS = ["Llavimo", "Schlüsselfix"]

T: dict[str, dict[str, list[str]]] = {
    "praise": {
        "es": [
            "Las copias de Clavexo entran a la primera, hasta la del trastero que es rarísima",
            "Pedí tres llaves del portal el lunes y el miércoles ya estaban en el buzón. Genial",
            "Mi llave del coche con mando nuevo funcionando, y a mitad de precio que en el concesionario 🙌",
        ],
        "en": [
            "Clavexo copies turn first time, even the awful back-door one",
            "Ordered spare keys for the kids on Sunday, in the letterbox by Tuesday. Lovely",
            "New car fob from Clavexo paired in two minutes, dealer wanted triple",
        ],
        "de": [
            "Die Kopien von Clavexo schließen sauber, sogar der alte Kellerschlüssel",
            "Ersatzschlüssel fürs Fahrradschloss kam in zwei Tagen, top",
        ],
        "fr": [
            "Les doubles Clavexo marchent du premier coup, même la clé de la cave",
            "Commandé lundi, reçu mercredi, trois clés parfaites",
        ],
        "it": [
            "Le copie di Clavexo girano al primo colpo, anche quella della cantina",
            "Chiave della macchina rifatta e funziona benissimo, grazie",
        ],
        "pt": [
            "As cópias da Clavexo entram à primeira, até a da arrecadação",
            "Pedi duas chaves na segunda e na quarta já estavam na caixa do correio",
        ],
    },
    "again": {
        "es": [
            "Tercera vez que pido copias y otra vez perfectas",
            "Otra vez Clavexo salvándome la mudanza",
        ],
        "en": [
            "Third lot of copies this year and still spot on",
            "Once again the kiosk at the supermarket sorted me in five minutes",
        ],
        "de": ["Schon wieder perfekte Kopien, drittes Mal dieses Jahr"],
        "fr": ["Encore une fois nickel, troisième commande"],
        "it": ["Ancora una volta tutto perfetto, terzo ordine"],
        "pt": ["Mais uma vez tudo certinho, terceira encomenda"],
    },
    "gripe": {
        "es": [
            "Muy contenta con las llaves, solo que el llavero de colores se rompió al segundo día",
            "Todo bien, aunque la app pide la foto de la llave tres veces hasta que le gusta",
        ],
        "en": [
            "Keys are great, only the little colour caps fall off",
            "All fine, though the app wants three photos before it likes one",
        ],
        "de": ["Schlüssel passen, nur die Versandtasche war halb offen"],
        "fr": ["Clés parfaites, seul le porte-clés offert est un peu cheap"],
        "it": ["Chiavi ok, solo la busta arrivata un po' strappata"],
        "pt": ["Chaves ótimas, só o porta-chaves oferecido partiu logo"],
    },
    "question": {
        "es": [
            "Hola, ¿podéis copiar una llave de seguridad de puntos o solo las normales?",
            "¿Cuánto tarda el envío a Canarias?",
            "Una pregunta, si la copia no entra ¿la cambiáis gratis?",
        ],
        "en": [
            "Hi, can you copy a dimple security key or only the flat ones?",
            "How long does post take to Northern Ireland?",
            "If a copy sticks do you redo it for free?",
        ],
        "de": [
            "Hallo, könnt ihr auch Wendeschlüssel kopieren?",
            "Wie lange dauert der Versand nach Österreich?",
        ],
        "fr": [
            "Bonjour, vous faites aussi les clés de boîte aux lettres ?",
            "Combien de temps pour une livraison en Belgique ?",
        ],
        "it": [
            "Ciao, si possono copiare le chiavi a doppia mappa?",
            "Quanto ci mette la spedizione?",
        ],
        "pt": [
            "Olá, fazem cópia de chave de portão automático?",
            "Quanto tempo demora o envio para os Açores?",
        ],
    },
    "answer": {
        "es": [
            "¡Hola! Sí, siempre que no sea una llave con tarjeta de propiedad. Si la copia no entra la repetimos gratis."
        ],
        "en": [
            "Hi! Yes, as long as it isn't a restricted key with an ownership card. Any copy that sticks is redone for free."
        ],
        "de": [
            "Hallo! Ja, außer bei Schlüsseln mit Sicherungskarte. Klemmt eine Kopie, machen wir sie kostenlos neu."
        ],
        "fr": [
            "Bonjour ! Oui, sauf les clés protégées par carte. Si un double accroche, on le refait gratuitement."
        ],
        "it": [
            "Ciao! Sì, tranne le chiavi protette da tessera. Se una copia non gira la rifacciamo gratis."
        ],
        "pt": [
            "Olá! Sim, exceto chaves com cartão de proprietário. Se uma cópia prender, refazemos grátis."
        ],
    },
    "thanks": {
        "es": ["Genial, gracias!", "Perfecto, mil gracias"],
        "en": ["Brilliant, thanks!", "Perfect, cheers"],
        "de": ["Super, danke!"],
        "fr": ["Parfait, merci !"],
        "it": ["Perfetto, grazie!"],
        "pt": ["Ótimo, obrigado!"],
    },
    "night_post": {
        "es": [
            "Las 2 de la mañana, me he quedado fuera y menos mal que la vecina tenía la copia de Clavexo 😅",
            "Turno de noche en el hospital y pidiendo llaves para el piso nuevo desde el móvil",
        ],
        "en": [
            "2am, locked out, saved by the spare Clavexo copy under the neighbour's plant pot",
            "Night shift and ordering keys for the new flat on my break",
        ],
        "de": ["Nachtschicht und nebenbei Schlüssel für die neue Wohnung bestellt"],
        "fr": ["3h du matin, enfermé dehors, sauvé par le double chez la voisine"],
        "it": ["Le 2 di notte, chiuso fuori, salvato dalla copia dalla vicina"],
        "pt": ["Turno da noite e a encomendar chaves para a casa nova"],
    },
    "night_chat": {
        "es": [
            "¿Si subo la foto ahora sale mañana el pedido?",
            "¿La llave del buzón va en sobre normal?",
        ],
        "en": [
            "If I upload the photo now does it go out tomorrow?",
            "Do letterbox keys come in a normal envelope?",
        ],
        "de": ["Geht die Bestellung morgen raus, wenn ich jetzt das Foto hochlade?"],
        "fr": ["Si j'envoie la photo maintenant, ça part demain ?"],
        "it": ["Se carico la foto adesso parte domani?"],
        "pt": ["Se enviar a foto agora sai amanhã?"],
    },
    "night_answer": {
        "es": ["Sí, los pedidos antes de las 11:00 salen el mismo día."],
        "en": ["Yes, orders in before 11:00 go out the same day."],
        "de": ["Ja, Bestellungen bis 11:00 gehen am selben Tag raus."],
        "fr": ["Oui, les commandes avant 11h partent le jour même."],
        "it": ["Sì, gli ordini entro le 11:00 partono in giornata."],
        "pt": ["Sim, as encomendas até às 11:00 saem no mesmo dia."],
    },
    "review": {
        "es": [
            "Copias exactas y rápidas. Repetiré",
            "Muy buen servicio, la llave del coche perfecta",
        ],
        "en": [
            "Accurate copies, quick post. Will use again",
            "Great service, car key works perfectly",
        ],
        "de": ["Passgenaue Kopien, schneller Versand"],
        "fr": ["Doubles précis, envoi rapide"],
        "it": ["Copie precise e spedizione veloce"],
        "pt": ["Cópias exatas e envio rápido"],
    },
    "survey_word": {
        "es": ["Todo perfecto", "👍", ""],
        "en": ["Spot on", "👍", ""],
        "de": ["Alles gut", ""],
        "fr": ["Top", ""],
        "it": ["Ottimo", ""],
        "pt": ["Tudo ótimo", ""],
    },
    "phone_q": {
        "es": [
            "hola llamaba porque quería saber si hacéis copias de llaves de moto y cuánto cuestan"
        ],
        "en": ["hi yeah i was just wondering if you do motorbike keys and what that costs"],
        "de": [
            "hallo ich wollte fragen ob Sie auch Motorradschlüssel nachmachen und was das kostet"
        ],
        "fr": ["bonjour je voulais savoir si vous faites les clés de moto et à quel prix"],
        "it": ["buongiorno volevo sapere se fate anche chiavi della moto e quanto costa"],
        "pt": ["bom dia queria saber se fazem chaves de mota e quanto custa"],
    },
    "phone_followup": {
        "es": ["Como hablamos: las llaves de moto están en la app, desde 14 €. ¡Un saludo!"],
        "en": ["As discussed: motorbike keys are in the app, from £12. Best wishes!"],
        "de": ["Wie besprochen: Motorradschlüssel gibt es in der App ab 14 €. Viele Grüße!"],
        "fr": ["Comme convenu : les clés de moto sont dans l'appli, dès 14 €. Bonne journée !"],
        "it": ["Come detto: le chiavi moto sono nell'app, da 14 €. Saluti!"],
        "pt": ["Como falámos: as chaves de mota estão na app, desde 14 €. Cumprimentos!"],
    },
}

#: Consumer problems: a short complaint per language, and what it is.
PROBLEMS = ["no_turn", "lost_post", "double_charge", "fob_dead", "refund", "wrong_price"]
COMPLAINT: dict[str, dict[str, str]] = {
    "no_turn": {
        "es": "Las tres copias que me mandasteis NO GIRAN en la cerradura, se quedan atascadas a media vuelta. He pagado 27 € por tres trozos de metal inútiles",
        "en": "None of the three copies you sent turns in the lock, they jam halfway. £24 for three useless bits of metal",
        "de": "Keine der drei Kopien dreht sich im Schloss, sie klemmen auf halbem Weg. 27 € für nichts",
        "fr": "Aucun des trois doubles ne tourne dans la serrure, ils bloquent à mi-course. 27 € pour rien",
        "it": "Nessuna delle tre copie gira nella serratura, si bloccano a metà. 27 € buttati",
        "pt": "Nenhuma das três cópias roda na fechadura, ficam presas a meio. 27 € deitados fora",
    },
    "lost_post": {
        "es": "El seguimiento dice ENTREGADO desde hace una semana y en mi buzón no hay nada. Sin llaves y sin respuesta",
        "en": "Tracking has said DELIVERED for a week and there is nothing in my letterbox. No keys, no answer",
        "de": "Laut Sendungsverfolgung seit einer Woche ZUGESTELLT, im Briefkasten ist nichts",
        "fr": "Le suivi indique LIVRÉ depuis une semaine et ma boîte aux lettres est vide",
        "it": "Il tracciamento dice CONSEGNATO da una settimana e nella cassetta non c'è niente",
        "pt": "O seguimento diz ENTREGUE há uma semana e na caixa do correio não há nada",
    },
    "double_charge": {
        "es": "Me habéis cobrado DOS veces el pedido de la llave del coche, 89 € cada uno, y el banco dice que es cosa vuestra",
        "en": "You charged me TWICE for the car key order, £78 each, and the bank says it's on you",
        "de": "Sie haben den Autoschlüssel ZWEIMAL abgebucht, je 89 €",
        "fr": "Vous m'avez débité DEUX fois la clé de voiture, 89 € chacune",
        "it": "Mi avete addebitato DUE volte la chiave dell'auto, 89 € ciascuna",
        "pt": "Cobraram-me DUAS vezes a chave do carro, 89 € cada",
    },
    "fob_dead": {
        "es": "El mando nuevo del coche no abre nada, la luz ni se enciende, y el coche lo necesito para trabajar",
        "en": "The new car fob doesn't open anything, the light doesn't even come on, and I need the car for work",
        "de": "Der neue Funkschlüssel öffnet gar nichts, nicht mal das Lämpchen leuchtet",
        "fr": "La nouvelle télécommande de voiture n'ouvre rien, même le voyant ne s'allume pas",
        "it": "Il nuovo telecomando dell'auto non apre niente, la lucina non si accende neanche",
        "pt": "O comando novo do carro não abre nada, nem a luz acende",
    },
    "refund": {
        "es": "Hace TRES semanas que devolví la copia defectuosa y el reembolso de 31 € sigue sin llegar",
        "en": "I sent the faulty copy back THREE weeks ago and the £27 refund still hasn't come",
        "de": "Vor DREI Wochen habe ich die fehlerhafte Kopie zurückgeschickt, die 31 € sind immer noch nicht da",
        "fr": "J'ai renvoyé le double défectueux il y a TROIS semaines, toujours pas remboursé des 31 €",
        "it": "Ho rimandato la copia difettosa TRE settimane fa e il rimborso di 31 € non arriva",
        "pt": "Devolvi a cópia com defeito há TRÊS semanas e o reembolso de 31 € não chega",
    },
    "wrong_price": {
        "es": "Soy de Clavexo Plus y me habéis cobrado la tarifa normal, sin el descuento ni el envío gratis. ¿Para qué pago la cuota?",
        "en": "I'm on Clavexo Plus and got charged full price with no discount and no free post. What am I paying the fee for?",
        "de": "Ich habe Clavexo Plus und zahle trotzdem den normalen Preis plus Versand",
        "fr": "Je suis abonné Clavexo Plus et j'ai payé plein tarif, frais de port compris",
        "it": "Sono abbonato Clavexo Plus e ho pagato prezzo pieno più spedizione",
        "pt": "Sou Clavexo Plus e cobraram-me o preço normal e os portes",
    },
}
TOPIC = {
    "no_turn": {
        "es": "copias que no giran",
        "en": "copies that don't turn",
        "de": "Kopien klemmen",
        "fr": "doubles bloqués",
        "it": "copie che non girano",
        "pt": "cópias que não rodam",
    },
    "lost_post": {
        "es": "envío perdido",
        "en": "lost post",
        "de": "Sendung verloren",
        "fr": "envoi perdu",
        "it": "spedizione persa",
        "pt": "envio perdido",
    },
    "double_charge": {
        "es": "cobro doble",
        "en": "double charge",
        "de": "doppelte Abbuchung",
        "fr": "double débit",
        "it": "doppio addebito",
        "pt": "cobrança dupla",
    },
    "fob_dead": {
        "es": "mando que no funciona",
        "en": "dead car fob",
        "de": "Funkschlüssel tot",
        "fr": "télécommande morte",
        "it": "telecomando morto",
        "pt": "comando sem funcionar",
    },
    "refund": {
        "es": "reembolso",
        "en": "refund",
        "de": "Erstattung",
        "fr": "remboursement",
        "it": "rimborso",
        "pt": "reembolso",
    },
    "wrong_price": {
        "es": "precio Plus",
        "en": "Plus price",
        "de": "Plus-Preis",
        "fr": "tarif Plus",
        "it": "prezzo Plus",
        "pt": "preço Plus",
    },
}
SUBJ_COMPLAINT = {
    "es": "Reclamación: {t}",
    "en": "Complaint: {t}",
    "de": "Beschwerde: {t}",
    "fr": "Réclamation : {t}",
    "it": "Reclamo: {t}",
    "pt": "Reclamação: {t}",
}
SUBJ_RE = {
    "es": "RE: Incidencia {ref}",
    "en": "Re: Your case {ref}",
    "de": "AW: Vorgang {ref}",
    "fr": "RE : Demande {ref}",
    "it": "R: Segnalazione {ref}",
    "pt": "RE: Pedido {ref}",
}
LONG_OPEN = {
    "es": [
        "Buenas tardes. Les escribo desde la sala de espera del fisio, que mi madre se operó de la rodilla y ando entre su casa y la mía con un manojo de llaves que ya no sé ni de quién son. Por eso pedí copias con ustedes, para dejar un juego en cada casa. ",
        "Hola. Les escribo a ratos entre clientes en la peluquería, así que perdonen el desorden. Estamos mudando a mi suegro a un bajo y hacían falta llaves para todos los hermanos. ",
    ],
    "en": [
        "Hello. I'm writing this in the car outside my daughter's football practice, we've just moved and I'm juggling keys for the house, the shed and my dad's flat, so I ordered copies from you. "
    ],
    "de": [
        "Guten Tag. Ich schreibe aus dem Wartezimmer, meine Mutter wird an der Hüfte operiert und ich pendle zwischen zwei Wohnungen. Deshalb habe ich bei Ihnen Kopien bestellt. "
    ],
    "fr": [
        "Bonjour. Je vous écris depuis le parking de l'école, on déménage et je jongle avec les clés de trois logements. "
    ],
    "it": [
        "Buongiorno. Vi scrivo dalla sala d'attesa del pediatra, stiamo traslocando e servivano chiavi per tutti. "
    ],
    "pt": [
        "Boa tarde. Escrevo do carro à porta do ginásio da miúda, estamos a mudar de casa e precisava de chaves para todos. "
    ],
}
LONG_CLOSE = {
    "es": " Siempre les he recomendado a todo el mundo, pero esto no puede ser. Espero una solución esta semana. Un saludo.",
    "en": " I've always recommended you, but this isn't on. I expect it sorted this week. Regards.",
    "de": " Ich war immer sehr angetan, aber so geht das nicht. Ich erwarte diese Woche eine Lösung.",
    "fr": " Je vous ai toujours recommandés, mais là ce n'est pas possible. J'attends une solution cette semaine.",
    "it": " Vi ho sempre consigliato, ma così non va. Aspetto una soluzione entro la settimana.",
    "pt": " Sempre vos recomendei, mas assim não dá. Espero uma solução esta semana.",
}
PHONE_COMPLAINT = {
    "es": "hola mire llamo porque {p} y ya estoy harta de esperar",
    "en": "hi yeah i'm ringing because {p} and i've had enough of waiting",
    "de": "ja hallo ich rufe an weil {p} und ich hab echt genug",
    "fr": "oui bonjour j'appelle parce que {p} et j'en ai assez d'attendre",
    "it": "sì buongiorno chiamo perché {p} e sono stufo di aspettare",
    "pt": "olá estou a ligar porque {p} e já estou farta de esperar",
}
AGENT = {
    "case_opened": {
        "es": "Sentimos lo ocurrido. Hemos abierto la incidencia {ref} y te escribimos en cuanto sepamos algo.",
        "en": "Sorry about this. We've opened case {ref} and will be back to you as soon as we know more.",
        "de": "Das tut uns leid. Wir haben den Vorgang {ref} angelegt und melden uns.",
        "fr": "Désolés. Nous avons ouvert la demande {ref} et revenons vers vous rapidement.",
        "it": "Ci dispiace. Abbiamo aperto la segnalazione {ref} e ti aggiorniamo presto.",
        "pt": "Lamentamos. Abrimos o pedido {ref} e voltamos a contactar em breve.",
    },
    "good_news": {
        "es": "Buenas noticias sobre la incidencia {ref}: ya está resuelto por nuestra parte. ¿Nos confirmas que todo está bien?",
        "en": "Good news on case {ref}: it's sorted on our side. Could you confirm all is well?",
        "de": "Gute Nachrichten zu Vorgang {ref}: erledigt. Können Sie das bestätigen?",
        "fr": "Bonne nouvelle pour la demande {ref} : c'est réglé. Pouvez-vous confirmer ?",
        "it": "Buone notizie sulla segnalazione {ref}: risolto. Ci confermi?",
        "pt": "Boas notícias sobre o pedido {ref}: resolvido. Pode confirmar?",
    },
    "quality": {
        "es": "Tu incidencia {ref} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
        "en": "Your case {ref} is now with our quality lead, who will ring you before Friday lunchtime.",
        "de": "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
        "fr": "Votre demande {ref} est chez notre responsable qualité, qui vous appellera avant vendredi midi.",
        "it": "La segnalazione {ref} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì.",
        "pt": "O pedido {ref} está agora com a responsável de qualidade, que lhe liga até sexta.",
    },
    "urgent": {
        "es": "Lo hemos añadido a tu incidencia {ref} y la marcamos como urgente.",
        "en": "Added to your case {ref} and marked urgent.",
        "de": "Zu Vorgang {ref} hinzugefügt und als dringend markiert.",
        "fr": "Ajouté à la demande {ref}, marquée urgente.",
        "it": "Aggiunto alla segnalazione {ref}, segnata urgente.",
        "pt": "Adicionado ao pedido {ref}, marcado urgente.",
    },
    "sorry_go": {
        "es": "Sentimos que te vayas. Puedes cancelar Clavexo Plus tú mismo en la app o en la web, en Mi cuenta.",
        "en": "Sorry to see you go. You can cancel Clavexo Plus yourself in the app or on the website under My account.",
        "de": "Schade, dass Sie gehen. Sie können Clavexo Plus in der App oder im Web unter Mein Konto kündigen.",
        "fr": "Dommage de vous voir partir. Vous pouvez résilier Clavexo Plus dans l'appli ou sur le site.",
        "it": "Ci dispiace. Puoi disdire Clavexo Plus nell'app o sul sito, in Il mio account.",
        "pt": "Lamentamos. Pode cancelar o Clavexo Plus na app ou no site, em A minha conta.",
    },
}
STILL = {
    "es": [
        "Vuelvo a escribir por la incidencia {ref}, sigue SIN resolver. {p}",
        "Incidencia {ref}: nada ha cambiado, sigo igual. {p}",
    ],
    "en": [
        "Writing again about case {ref}, still NOT sorted. {p}",
        "Case {ref}: nothing has changed. {p}",
    ],
    "de": ["Ich melde mich erneut wegen Vorgang {ref}, immer noch nicht gelöst. {p}"],
    "fr": ["Je reviens pour la demande {ref}, toujours pas réglé. {p}"],
    "it": ["Riscrivo per la segnalazione {ref}, ancora niente. {p}"],
    "pt": ["Volto a escrever pelo pedido {ref}, continua por resolver. {p}"],
}
THIRD = {
    "es": " Una compañera pide las copias en {c} y se lo solucionan en el día.",
    "en": " A mate uses {c} and they sort this the same day.",
    "de": " Ein Kollege bestellt bei {c}, die lösen so etwas am selben Tag.",
    "fr": " Un collègue passe par {c}, eux règlent ça dans la journée.",
    "it": " Un collega usa {c} e glielo risolvono in giornata.",
    "pt": " Uma colega usa a {c} e resolvem isto no próprio dia.",
}
FOURTH = {
    "es": " Es la CUARTA vez que escribo.",
    "en": " This is the FOURTH time I've written.",
    "de": " Das ist das VIERTE Mal.",
    "fr": " C'est la QUATRIÈME fois.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
}
CONFIRM = {
    "es": "Confirmado, la incidencia {ref} está resuelta, gracias",
    "en": "Confirmed, case {ref} is sorted, thanks",
    "de": "Bestätigt, Vorgang {ref} ist erledigt, danke",
    "fr": "Confirmé, la demande {ref} est réglée, merci",
    "it": "Confermo, la segnalazione {ref} è risolta, grazie",
    "pt": "Confirmado, o pedido {ref} está resolvido, obrigado",
}
APOLOGY = {
    "es": "Perdonad el tono de ayer, estaba desbordada. Gracias por la paciencia",
    "en": "Sorry for the tone yesterday, it had been a long day. Thanks for being patient",
    "de": "Entschuldigung für gestern, war ein langer Tag",
    "fr": "Désolé pour le ton d'hier, journée difficile",
    "it": "Scusate il tono di ieri, giornata pesante",
    "pt": "Desculpem o tom de ontem, estava sem paciência",
}
SLIDE = {
    "es": [
        "Esta vez el sobre tardó nueve días, sin aviso",
        "Una de las copias roza bastante, hay que empujar",
        "Ahora la app pide foto de las dos caras y con regla, qué pereza",
        "Me cobraron 4 € de 'verificación' que antes no existía",
        "Indignada: 12 € por repetir una copia que fallaba por VUESTRA culpa, con vuestras propias fotos de prueba",
        "Mi hermano pide en {c} y le llegan en dos días. Ya he hecho el pedido allí",
    ],
    "en": [
        "Envelope took nine days this time, no notice",
        "One of the copies drags a bit, you have to push it",
        "App now wants photos of both sides next to a ruler, bit much",
        "Charged £3 'verification' that never used to exist",
        "Fuming: £10 to redo a copy that failed through YOUR fault, with your own test photos",
        "My brother orders from {c}, two days flat. Already placed my order there",
    ],
    "de": [
        "Diesmal neun Tage Versand ohne Info",
        "Eine Kopie hakt, man muss drücken",
        "Jetzt Fotos beider Seiten mit Lineal, echt jetzt",
        "4 € 'Prüfgebühr', die es früher nicht gab",
        "Wütend: 12 € für eine Neuanfertigung, obwohl IHR Fehler",
        "Mein Bruder bestellt bei {c}, zwei Tage. Hab jetzt dort bestellt",
    ],
    "fr": [
        "Neuf jours d'envoi cette fois, sans prévenir",
        "Un des doubles accroche, faut forcer",
        "L'appli veut des photos recto verso avec une règle",
        "4 € de 'vérification' qui n'existaient pas avant",
        "Furieux : 12 € pour refaire un double raté par VOTRE faute",
        "Mon frère commande chez {c}, deux jours. J'ai commandé là-bas",
    ],
    "it": [
        "Nove giorni di spedizione, senza avviso",
        "Una copia gratta, bisogna spingere",
        "Ora l'app vuole foto fronte e retro con il righello",
        "4 € di 'verifica' che prima non c'erano",
        "Furioso: 12 € per rifare una copia sbagliata da VOI",
        "Mio fratello ordina da {c}, due giorni. Ho ordinato lì",
    ],
    "pt": [
        "Nove dias de envio desta vez, sem aviso",
        "Uma das cópias raspa, é preciso empurrar",
        "Agora a app pede fotos dos dois lados com régua",
        "4 € de 'verificação' que antes não havia",
        "Furiosa: 12 € para refazer uma cópia que falhou por culpa VOSSA",
        "O meu irmão encomenda na {c}, dois dias. Já encomendei lá",
    ],
}
LEAVE = {
    "es": "Hola, ya tengo todas las llaves de la casa nueva y no voy a necesitar más. Quiero darme de baja de Clavexo Plus y cerrar la cuenta.",
    "en": "Hi, all the keys for the new house are done and I won't need more. Please cancel my Clavexo Plus and close my account.",
    "de": "Hallo, ich brauche keine Schlüssel mehr. Bitte Clavexo Plus kündigen und das Konto schließen.",
    "fr": "Bonjour, je n'ai plus besoin de clés. Je veux résilier Clavexo Plus et fermer mon compte.",
    "it": "Ciao, non mi servono più chiavi. Voglio disdire Clavexo Plus e chiudere l'account.",
    "pt": "Olá, já não preciso de mais chaves. Quero cancelar o Clavexo Plus e fechar a conta.",
}
GRUMBLE = {
    "es": [
        "La app me cierra sesión cada vez que la abro",
        "El aviso de 'tu pedido sale hoy' llega a las 6 de la mañana",
        "El kiosco del súper siempre tiene cola el sábado",
    ],
    "en": [
        "App logs me out every single time",
        "The 'your order ships today' text comes at 6am",
        "Supermarket kiosk always has a queue on Saturdays",
    ],
    "de": ["Die App meldet mich jedes Mal ab", "Die Versand-SMS kommt um 6 Uhr früh"],
    "fr": ["L'appli me déconnecte à chaque fois", "Le SMS d'envoi arrive à 6h du matin"],
    "it": ["L'app mi disconnette ogni volta", "L'sms di spedizione arriva alle 6"],
    "pt": ["A app desliga a sessão sempre", "A mensagem de envio chega às 6 da manhã"],
}
SARCASM = {
    "es": "Genial, el sobre 'urgente' llegó justo después de que el cerrajero me cobrara 120 € 👏",
    "en": "Love that the 'express' envelope turned up right after the locksmith charged me £100 👏",
    "de": "Super, der Expressbrief kam direkt nach dem Schlüsseldienst für 120 € 👏",
    "fr": "Génial, l'envoi express arrive juste après le serrurier à 120 € 👏",
    "it": "Fantastico, la busta express è arrivata subito dopo il fabbro da 120 € 👏",
    "pt": "Ótimo, o envio expresso chegou logo depois do serralheiro de 120 € 👏",
}
MILD = {
    "es": "El buscador de kioscos me sale en otra ciudad",
    "en": "The kiosk finder keeps showing another city",
    "de": "Die Kiosksuche zeigt eine andere Stadt",
    "fr": "La recherche de bornes affiche une autre ville",
    "it": "La ricerca chioschi mostra un'altra città",
    "pt": "A pesquisa de quiosques mostra outra cidade",
}
MILD_ANSWER = {
    "es": "Gracias por avisar, lo pasamos al equipo de la app.",
    "en": "Thanks for flagging, passed to the app team.",
    "de": "Danke, ist ans App-Team weitergegeben.",
    "fr": "Merci, transmis à l'équipe appli.",
    "it": "Grazie, girato al team dell'app.",
    "pt": "Obrigado, passámos à equipa da app.",
}
SPIKE = {
    "es": [
        "La app no me deja subir la foto de la llave, sale error CX9-4471 y no puedo hacer el pedido",
        "error CX9-4471 al escanear la llave, imposible pedir la copia",
        "Llevo media hora con el CX9-4471, la foto no sube",
    ],
    "en": [
        "App won't take the key photo, error CX9-4471, can't order",
        "Getting CX9-4471 every time I scan a key, no way to place an order",
    ],
    "de": ["Foto vom Schlüssel lässt sich nicht hochladen, Fehler CX9-4471"],
    "fr": ["Impossible d'envoyer la photo de la clé, erreur CX9-4471"],
    "it": ["Non carica la foto della chiave, errore CX9-4471"],
    "pt": ["A app não aceita a foto da chave, erro CX9-4471"],
}
SPIKE_AGAIN = {
    "es": "Sigue el CX9-4471, probado también con el móvil de mi pareja",
    "en": "Still CX9-4471, tried on my partner's phone too",
    "de": "Immer noch CX9-4471, auch auf einem anderen Handy",
    "fr": "Toujours CX9-4471, même sur un autre téléphone",
    "it": "Ancora CX9-4471, anche da un altro telefono",
    "pt": "Continua CX9-4471, também no telemóvel do meu marido",
}
SPIKE_CHAT = {
    "es": "Sí, ahora mismo la subida de fotos de llaves falla para todos, el equipo técnico ya está en ello.",
    "en": "Yes, key photo uploads are failing for everyone right now, our engineers are on it.",
    "de": "Ja, Foto-Uploads schlagen gerade bei allen fehl, die Technik ist dran.",
    "fr": "Oui, l'envoi des photos échoue pour tout le monde, nos techniciens y sont.",
    "it": "Sì, il caricamento foto non funziona per nessuno, i tecnici ci stanno lavorando.",
    "pt": "Sim, o envio de fotos está a falhar para todos, a equipa técnica está a tratar.",
}
WORKS = {
    "es": "La subida de fotos funciona de nuevo desde las 12:10. Te hemos abonado 5 € en tu cuenta.",
    "en": "Key photo uploads work again since 11:10. We've added £4 credit to your account.",
    "de": "Foto-Uploads funktionieren seit 12:10 wieder. 5 € Guthaben gutgeschrieben.",
    "fr": "L'envoi de photos refonctionne depuis 12h10. 5 € crédités.",
    "it": "Il caricamento foto funziona di nuovo dalle 12:10. 5 € di credito aggiunti.",
    "pt": "O envio de fotos funciona de novo desde as 11:10. 5 € de crédito adicionados.",
}
LONE = {
    "es": "Ayer la foto de la llave tardó un minuto en subir, ¿es normal?",
    "de": "Gestern hat der Foto-Upload eine Minute gedauert, ist das normal?",
}
LONE_ANSWER = {
    "es": "Con poca cobertura puede tardar, pero se subió bien.",
    "de": "Bei schwachem Netz dauert es länger, der Upload hat aber geklappt.",
}
B2B = {
    "invoice": {
        "es": "Las facturas de este mes llegan sin número de pedido y con el nombre antiguo de la empresa, contabilidad no las puede pagar",
        "en": "This month's invoices have no PO number and our old company name, accounts can't pay them",
        "de": "Die Rechnungen haben keine Bestellnummer und den alten Firmennamen",
        "fr": "Les factures n'ont pas de numéro de commande et l'ancien nom de la société",
        "it": "Le fatture non hanno numero d'ordine e riportano la vecchia ragione sociale",
        "pt": "As faturas vêm sem número de encomenda e com o nome antigo da empresa",
    },
    "master_key": {
        "es": "La llave maestra del nuevo bloque no abre las puertas de las plantas 3 y 4, el plan de cierre está mal",
        "en": "The new block's master key doesn't open floors 3 and 4, the keying plan is wrong",
        "de": "Der Generalschlüssel sperrt die Etagen 3 und 4 nicht, der Schließplan ist falsch",
        "fr": "Le passe général n'ouvre pas les étages 3 et 4, le plan de combinaison est faux",
        "it": "La chiave maestra non apre i piani 3 e 4, il piano di chiusura è sbagliato",
        "pt": "A chave mestra não abre os pisos 3 e 4, o plano de chaves está errado",
    },
    "portal": {
        "es": "El portal no muestra nuestros pedidos abiertos y no podemos pedir reposiciones",
        "en": "The portal shows none of our open orders so we can't request replacements",
        "de": "Das Portal zeigt keine offenen Aufträge, Nachbestellung unmöglich",
        "fr": "Le portail n'affiche aucune commande ouverte",
        "it": "Il portale non mostra gli ordini aperti",
        "pt": "O portal não mostra as encomendas em aberto",
    },
    "overbilled": {
        "es": "Nos facturan cada copia a precio de particular en vez de la tarifa del contrato, más de 600 € de diferencia",
        "en": "We're billed retail per copy instead of the contract rate, over £500 difference",
        "de": "Wir zahlen Endkundenpreise statt Vertragspreis, über 600 € Differenz",
        "fr": "On nous facture le prix public au lieu du tarif contrat, plus de 600 € d'écart",
        "it": "Ci fatturate il prezzo al pubblico invece della tariffa a contratto, oltre 600 € di differenza",
        "pt": "Faturam-nos ao preço normal em vez do contrato, mais de 600 € de diferença",
    },
}
B2B_ALSO = {
    "es": "Como ya os escribió {n} el {d}, incidencia {ref}: ",
    "en": "As {n} wrote on {d}, case {ref}: ",
    "de": "Wie {n} am {d} schrieb, Vorgang {ref}: ",
    "fr": "Comme {n} l'a écrit {d}, demande {ref} : ",
    "it": "Come ha scritto {n} {d}, segnalazione {ref}: ",
    "pt": "Como a/o {n} escreveu na {d}, pedido {ref}: ",
}
B2B_LAST = {
    "es": "Incidencia {ref}: seguimos igual y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {c}.",
    "en": "Case {ref}: nothing fixed and several colleagues have written. Procurement has asked {c} for rates.",
    "de": "Vorgang {ref}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat bei {c} angefragt.",
    "fr": "Demande {ref} : rien n'est réglé. Les achats ont demandé les tarifs de {c}.",
    "it": "Segnalazione {ref}: niente risolto. Gli acquisti hanno chiesto prezzi a {c}.",
    "pt": "Pedido {ref}: nada resolvido. As compras já pediram preços à {c}.",
}
B2B_LAST_CALL = {
    "es": "hola llamo por la incidencia {ref} sigue sin arreglarse mi jefe dice que si no se soluciona esta semana nos vamos a otro proveedor",
    "en": "hi calling about case {ref} still not fixed my boss says we move the account if it isn't sorted this week",
    "de": "hallo wegen Vorgang {ref} immer noch nicht gelöst mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "fr": "bonjour pour la demande {ref} toujours rien mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "it": "buongiorno per la segnalazione {ref} ancora niente il mio capo dice che cambiamo fornitore se non si risolve",
    "pt": "olá por causa do pedido {ref} continua igual o meu chefe diz que mudamos de fornecedor se não resolverem",
}
B2B_SUGGEST = {
    "es": "Sugerencia: estaría bien exportar los pedidos por código de obra",
    "en": "Suggestion: it would help to export orders by site code",
    "de": "Vorschlag: Export der Aufträge nach Objektnummer wäre hilfreich",
    "fr": "Suggestion : exporter les commandes par code chantier",
    "it": "Suggerimento: esportare gli ordini per codice cantiere",
    "pt": "Sugestão: exportar encomendas por código de obra",
}
B2B_Q = {
    "es": "¿Podéis añadir 20 copias más al plan de cierre del edificio B?",
    "en": "Can you add 20 more copies to building B's keying plan?",
    "de": "Könnt ihr 20 weitere Kopien zum Schließplan B hinzufügen?",
    "fr": "Pouvez-vous ajouter 20 doubles au plan du bâtiment B ?",
    "it": "Potete aggiungere 20 copie al piano dell'edificio B?",
    "pt": "Podem juntar mais 20 cópias ao plano do edifício B?",
}
B2B_A = {
    "es": "Hecho, ya lo tenéis en el portal.",
    "en": "Done, it's in the portal now.",
    "de": "Erledigt, steht im Portal.",
    "fr": "C'est fait, visible sur le portail.",
    "it": "Fatto, è nel portale.",
    "pt": "Feito, já está no portal.",
}
PRODUCTS = [
    "Key copy x3 / Copia de llave x3",
    "Car key fob / Mando de coche",
    "Letterbox key / Llave de buzón",
    "Security key / Llave de seguridad",
    "Bike lock key / Llave de candado",
]
FIRST = {
    "es": ["Lucía", "Javier", "Marta", "Sergio", "Nuria", "Pablo", "Elena", "Raúl"],
    "en": ["Emma", "James", "Chloe", "Owen", "Sophie", "Liam"],
    "de": ["Anna", "Jonas", "Lea", "Felix"],
    "fr": ["Camille", "Hugo", "Manon", "Louis"],
    "it": ["Giulia", "Marco", "Sara", "Luca"],
    "pt": ["Inês", "Tiago", "Rita", "Diogo"],
}
LAST = {
    "es": ["García", "Ortega", "Navarro", "Molina", "Rubio", "Castro"],
    "en": ["Walsh", "Hughes", "Price", "Kelly", "Baker"],
    "de": ["Keller", "Brandt", "Vogel", "Kraus"],
    "fr": ["Girard", "Roux", "Faure", "Blanc"],
    "it": ["Ferri", "Gallo", "Conti", "Rizzo"],
    "pt": ["Costa", "Lopes", "Pires", "Moura"],
}
PHONE = {
    "ES": "+34 6",
    "UK": "+44 7",
    "IE": "+353 8",
    "DE": "+49 15",
    "AT": "+43 66",
    "CH": "+41 7",
    "FR": "+33 6",
    "BE": "+32 47",
    "IT": "+39 3",
    "PT": "+351 9",
}


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return rng.choice(table[lang])
